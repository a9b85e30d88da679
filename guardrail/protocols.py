"""The seams between the layers, as small Protocols.

The facade (`guardrail.guard`) is typed against an `Engine` and a `TextFilter`, not against
`SteeringEngine` and `OutputFilter` themselves, so that neither layer's module is imported to
route a request and a test can stand in for either. The surfaces (the decorator, the LangChain
layer, the HTTP service) are typed against `Guard`, or the smaller `Redactor` where they only
filter. The test fakes implement these same Protocols (`tests/fakes.py` checks it).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from guardrail.errors import GuardrailError
    from guardrail.filtering.base import FilterResult, Finding
    from guardrail.policy.overrides import RequestOptions
    from guardrail.policy.schema import FilterSpec
    from guardrail.policy.store import PolicyStore
    from guardrail.results import GuardedResponse, GuardRequest, OnFinish, Prompt
    from guardrail.steering.requests import GenerationRequest, GenerationResult

__all__ = ["Engine", "Guard", "Redactor", "StreamFilter", "TextFilter"]


@runtime_checkable
class Engine(Protocol):
    """Decodes requests (`guardrail.steering.engine.SteeringEngine`)."""

    def generate(
        self, requests: Sequence[GenerationRequest], on_text: Callable[[int, str], None] | None = None
    ) -> list[GenerationResult]:
        """One result per request, in order; `on_text(i, piece)` as request `i`'s text is decoded."""
        ...

    def check_adapter(self, name: str) -> None:
        """Raise `AdapterError` unless adapter `name` exists for this base model."""
        ...


@runtime_checkable
class StreamFilter(Protocol):
    """Filters a text that arrives in pieces (`guardrail.filtering.StreamingFilter`)."""

    @property
    def findings(self) -> tuple[Finding, ...]: ...

    withheld: bool

    def feed(self, piece: str) -> str:
        """The text that is safe to release now."""
        ...

    def close(self) -> str:
        """The rest of the text, filtered."""
        ...


@runtime_checkable
class TextFilter(Protocol):
    """A route's output filter (`guardrail.filtering.OutputFilter`)."""

    def warmup(self) -> None: ...

    def filter(self, text: str, spec: FilterSpec, tenant: str, *, protect: Sequence[str] = ()) -> FilterResult: ...

    def find_values(self, texts: Sequence[str], spec: FilterSpec) -> list[str]: ...

    def stream(self, spec: FilterSpec, tenant: str, *, protect: Sequence[str] = ()) -> StreamFilter: ...


@runtime_checkable
class Redactor(Protocol):
    """What a surface that only filters uses of `guardrail.Guardrail` (the model never loads)."""

    store: PolicyStore

    def redact(self, text: str, *, tenant: str, source: str | None = None) -> FilterResult: ...

    def redact_many(self, texts: Sequence[str], *, tenant: str, source: str | None = None) -> list[FilterResult]: ...

    def filter_stream(self, *, tenant: str, source: str | None = None) -> StreamFilter: ...


@runtime_checkable
class Guard(Redactor, Protocol):
    """What the surfaces use of `guardrail.Guardrail` to generate."""

    def generate(
        self, prompt: Prompt, *, tenant: str, source: str | None = None, options: RequestOptions | None = None
    ) -> GuardedResponse: ...

    def generate_batch(
        self, requests: Sequence[GuardRequest], *, return_exceptions: bool = False
    ) -> list[GuardedResponse | GuardrailError]: ...

    def stream(
        self, prompt: Prompt, *, tenant: str, source: str | None = None, options: RequestOptions | None = None,
        on_finish: OnFinish | None = None,
    ) -> Iterator[str]: ...

    async def agenerate(
        self, prompt: Prompt, *, tenant: str, source: str | None = None, options: RequestOptions | None = None
    ) -> GuardedResponse: ...

    def astream(
        self, prompt: Prompt, *, tenant: str, source: str | None = None, options: RequestOptions | None = None,
        on_finish: OnFinish | None = None,
    ) -> AsyncIterator[str]: ...
