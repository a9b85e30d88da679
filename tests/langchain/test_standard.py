"""LangChain's standard chat-model suites (langchain-tests) run against `ChatGuardrail`.

The unit suite runs on the tiny in-process model; the integration suite decodes with the
embedded default model through the example shop policies (short answers), so it is marked
slow. Both run with the suites' default standard parameters (`temperature`, `max_tokens`,
`timeout`, `stop`, `max_retries`). What `ChatGuardrail` does not support is declared, so the
suites skip those tests: tool calling, structured output, JSON mode, images, audio, PDFs, a
per-call model.
"""

from __future__ import annotations

import functools
import inspect
from typing import Any

import pytest
from guard_fakes import quick_policies, shared_output_filter
from langchain_tests.integration_tests import ChatModelIntegrationTests
from langchain_tests.unit_tests import ChatModelUnitTests

from guardrail.langchain import ChatGuardrail


@functools.cache
def _guard(model: str) -> Any:
    """One `Guardrail` per model for the whole session ("tiny" or the embedded default)."""
    import tempfile
    from pathlib import Path

    from guardrail import Guardrail, PolicyStore

    folder = quick_policies(Path(tempfile.mkdtemp(prefix="guardrail-standard-")) / "policies", max_new_tokens=24)
    store = PolicyStore.from_dir(folder, adapters_dir=None)
    engine = None
    if model == "tiny":
        from guardrail.steering.engine import SteeringEngine
        from guardrail.steering.tiny import build_tiny_model

        engine = SteeringEngine(build_tiny_model())
    return Guardrail(store, engine=engine, output_filter=shared_output_filter())


class _Declared:
    """What `ChatGuardrail` supports, declared once for both suites."""

    @property
    def chat_model_class(self) -> type[ChatGuardrail]:
        return ChatGuardrail

    @property
    def has_tool_calling(self) -> bool:
        return False

    @property
    def has_structured_output(self) -> bool:
        return False

    @property
    def supports_json_mode(self) -> bool:
        return False

    @property
    def supports_image_inputs(self) -> bool:
        return False

    @property
    def supports_model_override(self) -> bool:
        return False

    @property
    def returns_usage_metadata(self) -> bool:
        return True


class TestChatGuardrailUnit(_Declared, ChatModelUnitTests):
    @property
    def chat_model_params(self) -> dict[str, Any]:
        return {"guard": _guard("tiny"), "tenant": "shop"}


# The suite's coroutine tests expect pytest-asyncio's auto mode; this project runs strict
# mode, so they get the asyncio mark here (on the suite's own functions: none is overridden).
for _name, _test in vars(ChatModelIntegrationTests).items():
    if _name.startswith("test_") and inspect.iscoroutinefunction(_test):
        pytest.mark.asyncio(_test)


@pytest.mark.slow
class TestChatGuardrailIntegration(_Declared, ChatModelIntegrationTests):
    @property
    def chat_model_params(self) -> dict[str, Any]:
        return {"guard": _guard("default"), "tenant": "shop"}
