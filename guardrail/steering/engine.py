"""The steering engine: batched privacy CFG with a LoRA adapter per row, on one base model.

Every request with guidance `w != 1` becomes two rows of one batch, its messages under the
positive and under the negative system prompt, each row with its own adapter (or the base
model); a request with `w == 1` is one row. One forward pass per step runs every row of
every request (left padding, attention mask, position ids, one KV cache); adapters run
through the gathered multi-LoRA bank (`guardrail.steering.lora`), so no global adapter
switch is ever made. Guidance, repetition controls and the greedy pick run for all requests
at once on the model's device (`guardrail.steering.loop`); a finished request's rows are
dropped from the batch and the cache.

Modules: `requests` (what callers send and get), `scheduler` (the job queue and the decoding
thread), `loop` (the decode loop), `decoding` (one request's state), `guidance` and
`sampling` (the per-step math), `batch` (rows and KV cache), `lora` (adapters in the forward).
Requests that arrive while a batch is decoding join it at the next step boundary.
"""

from __future__ import annotations

import dataclasses
import secrets
import threading
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from guardrail.errors import EngineError, GuardrailError
from guardrail.steering.adapters import adapter_folder, check_adapter_folder
from guardrail.steering.batch import RowBatch, mergeable
from guardrail.steering.copyguard import CopyGuard, TokenTexts
from guardrail.steering.decoding import RequestState
from guardrail.steering.loop import StepProfile, decode
from guardrail.steering.prefix import PrefixCache, shared_length
from guardrail.steering.prompts import render_chat
from guardrail.steering.models import cache_argument
from guardrail.steering.requests import GenerationRequest, GenerationResult, failed
from guardrail.steering.scheduler import Job, Scheduler
from guardrail.steering.textstream import IncrementalDecoder, StopStrings
from guardrail.steering.threads import cap_torch_threads, decode_threads

if TYPE_CHECKING:
    import torch

    from guardrail.policy.schema import CopyGuardSpec
    from guardrail.steering.models import LoadedModel

__all__ = ["GenerationRequest", "GenerationResult", "SteeringEngine"]


class SteeringEngine:
    """Batched privacy-steering generation on one resident base model.

    Args:
        loaded: the base model (`guardrail.steering.models.load_model`).
        adapters_dir: folder of adapter folders; adapters load lazily on first use, once,
            and stay resident.
        max_batch_rows: most rows (2 per steered request, 1 otherwise) in one batch; more
            waiting requests join as rows free up (one `generate` call's requests always
            run together, even past this).
        drop_finished: drop a finished request's rows from the batch and KV cache (True,
            measured faster) or keep them in the batch, masked (False; for benchmarks).
        prefix_cache_tokens: how many tokens of system blocks (the chat template's system
            message, per system prompt and adapter) to keep keys and values for, so that a
            request runs only the rest of its prompt (`guardrail.steering.prefix`); 0 turns
            the reuse off. About 46 KB per token for SmolLM2-135M in float32.
    """

    def __init__(
        self,
        loaded: LoadedModel,
        adapters_dir: str | Path | None = None,
        *,
        max_batch_rows: int = 64,
        drop_finished: bool = True,
        prefix_cache_tokens: int = 2048,
    ) -> None:
        if max_batch_rows < 2:
            raise ValueError(f"`max_batch_rows` (={max_batch_rows}) has to be at least 2 (one steered request)")
        self.loaded = loaded
        self.adapters_dir = Path(adapters_dir) if adapters_dir is not None else None
        self.max_batch_rows = max_batch_rows
        self.drop_finished = drop_finished
        self.profile: StepProfile | None = None  # set a StepProfile to time the decode steps
        self.prefixes = PrefixCache(prefix_cache_tokens)  # system blocks' keys and values (decoding thread only)
        self._system_blocks: dict[str, tuple[int, ...]] = {}  # system prompt -> its block's token ids
        self.admitted = 0  # requests that joined a decode already running (a statistic)
        self._model = loaded.model
        self._bank: Any = None  # the LoRABank (`guardrail.steering.lora`), made when the first adapter loads
        self._adapters: dict[str, Path] = {}
        self._adapter_lock = threading.Lock()
        self._token_texts: TokenTexts | None = None  # the copy guard's decoded-token table, made on first use
        self._scheduler = Scheduler(self._run, max_batch_rows)
        tokenizer = loaded.tokenizer
        self._pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
        self._eos_ids = _eos_ids(loaded)
        self.context_length = int(getattr(loaded.model.config, "max_position_embeddings", 0) or 2048)
        self._cache_argument = cache_argument(loaded.model)
        cap_torch_threads(loaded.device)

    @property
    def waiting(self) -> int:
        """`generate` calls queued and not yet taken by the decoding loop."""
        return self._scheduler.waiting

    # ----------------------------------------------------------------- adapters

    @property
    def resident_adapters(self) -> list[str]:
        """Names of the adapters loaded so far."""
        return sorted(self._adapters)

    def check_adapter(self, name: str) -> None:
        """Check that adapter `name` exists and was trained on the loaded base model.

        Raises:
            AdapterError: if it is missing, malformed, or names another base model.
        """
        if name not in self._adapters:
            check_adapter_folder(adapter_folder(self.adapters_dir, name), self.loaded.identity)

    def _load_adapter(self, name: str) -> None:
        """Make adapter `name` resident (once): read it with peft, stack it into the LoRA bank."""
        with self._adapter_lock:
            if name in self._adapters:
                return
            folder = adapter_folder(self.adapters_dir, name)
            check_adapter_folder(folder, self.loaded.identity)
            from guardrail.steering.lora import LoRABank, read_adapter

            weights = read_adapter(folder)
            if self._bank is None:
                self._bank = LoRABank(self._model)
            self._bank.load(name, weights)
            self._adapters[name] = folder

    # ----------------------------------------------------------------- prompts

    def encode(self, request: GenerationRequest) -> list[list[int]]:
        """The prompt token ids of a request's rows: `[positive]`, or `[positive, negative]`.

        Raises:
            EngineError: if a prompt does not fit the model's context.
        """
        steering = request.steering
        systems = [steering.positive_prompt, steering.negative_prompt][: request.rows]
        rows = [render_chat(self.loaded.tokenizer, [{"role": "system", "content": s}, *request.messages]) for s in systems]
        longest = max(len(ids) for ids in rows)
        if longest >= self.context_length:
            raise EngineError(
                f"the prompt is {longest} tokens but the model's context is {self.context_length}; "
                "shorten the messages (or drop earlier turns)"
            )
        return rows

    def _system_block(self, system: str) -> tuple[int, ...]:
        """The token ids of the chat template's system block alone: every prompt of a request
        with this system prompt starts with them, whatever the conversation (`shared_length`
        checks it per prompt, so a template that breaks this only loses the reuse)."""
        block = self._system_blocks.get(system)
        if block is None:
            block = tuple(render_chat(self.loaded.tokenizer, [{"role": "system", "content": system}], generation_prompt=False))
            if len(self._system_blocks) >= 256:  # policies name a handful; never grow without bound
                self._system_blocks.clear()
            self._system_blocks[system] = block
        return block

    def copy_guard(self, spec: CopyGuardSpec, values: Sequence[str]) -> CopyGuard:
        """The copy guard that keeps `values` (found in a prompt) out of an answer, on this tokenizer."""
        if self._token_texts is None:  # one decoded-token table per tokenizer, shared by every request
            self._token_texts = TokenTexts(self.loaded.tokenizer)
        return CopyGuard(values, self._token_texts, spec.min_chars, spec.inner_chars)

    # ----------------------------------------------------------------- public entry points

    def generate(
        self,
        requests: Sequence[GenerationRequest],
        on_text: Callable[[int, str], None] | None = None,
    ) -> list[GenerationResult]:
        """Generate every request's answer in one batched decoding loop.

        A request that fails in the engine gets a result with `finish_reason == "error"`
        and its `error`; the other requests still complete. Thread-safe: concurrent calls
        share batches.

        Args:
            requests: the requests.
            on_text: called as `on_text(i, piece)` with request `i`'s newly decodable text
                while it is generated; the pieces add up to `results[i].text`.

        Returns:
            One `GenerationResult` per request, in order.
        """
        job = Job(list(requests), on_text)
        if job.requests:
            self._scheduler.execute(job)
        return job.results or []

    def close(self, wait: bool = False, timeout: float = 30.0) -> None:
        """Stop the decoding thread once the requests already submitted are done.

        Args:
            wait: block until the thread has finished (at most `timeout` seconds).
            timeout: seconds to wait with `wait`.
        """
        self._scheduler.close(wait, timeout)

    # ----------------------------------------------------------------- the decoding thread

    def _run(self, jobs: list[Job]) -> None:
        """Decode `jobs` and every job admitted while they run; every job gets its results."""
        slots: list[RequestState] = []

        def admit(batch: RowBatch) -> list[RequestState]:
            if not self._scheduler.waiting or not mergeable(batch.cache):
                return []
            admitted = self._scheduler.take(self.max_batch_rows - len(batch))
            jobs.extend(admitted)
            joining = self._prepare(admitted)
            slots.extend(joining)
            self.admitted += len(joining)
            return joining

        try:
            slots.extend(self._prepare(jobs))
            batch = RowBatch(self._forward, self._pad_id, self.loaded.device, self.prefixes)
            decode(batch, list(slots), admit, self._pad_id, self.drop_finished, self.profile)
        except Exception as exc:  # noqa: BLE001 - a failed forward fails the batch, never the process
            error = _as_guardrail_error(exc, "generation failed")
            for slot in slots:
                if slot.finish is None:
                    slot.finish, slot.error = "error", error
        finally:
            for slot in slots:
                slot.settle()
            lost = EngineError("the decoding loop stopped before this request was prepared; retry it")
            for job in jobs:
                for i in range(len(job.requests)):
                    if i not in job.partial:
                        job.settle(i, failed(lost))

    def _prepare(self, jobs: list[Job]) -> list[RequestState]:
        """States for every request of `jobs` the engine accepts; the others settle with their error now."""
        slots = []
        for job in jobs:
            for i, request in enumerate(job.requests):
                try:
                    slots.append(self._state(job, i, request))
                except Exception as exc:  # noqa: BLE001 - one bad request must not sink the batch
                    job.settle(i, failed(_as_guardrail_error(exc, "invalid request"), time.perf_counter() - job.submitted))
        return slots

    def _state(self, job: Job, index: int, request: GenerationRequest) -> RequestState:
        """One request's decoding state: its adapters resident, its prompts encoded, its copy guard built."""
        for name in request.steering.adapters:
            self.check_adapter(name)
        prompts = self.encode(request)
        for name in request.steering.adapters:
            self._load_adapter(name)
        if request.steering.copy_guard.enabled:
            guard = self.copy_guard(request.steering.copy_guard, request.protect)
            request = dataclasses.replace(request, constraints=(*request.constraints, guard))
        spec = request.steering.decoding
        generator = None
        if spec.temperature > 0:
            import torch

            generator = torch.Generator(device=self.loaded.device)
            generator.manual_seed(spec.seed if spec.seed is not None else secrets.randbits(63))
        on_text = job.on_text
        systems = (request.steering.positive_prompt, request.steering.negative_prompt)
        return RequestState(
            request=request,
            prompts=prompts,
            shared=[shared_length(prompt, self._system_block(system)) for prompt, system in zip(prompts, systems)],
            max_new_tokens=min(spec.max_new_tokens, self.context_length - max(len(p) for p in prompts)),
            decoder=IncrementalDecoder(self.loaded.tokenizer),
            stops=StopStrings(spec.stop),
            eos_ids=self._eos_ids,
            on_text=None if on_text is None else (lambda piece: on_text(index, piece)),
            on_done=lambda result: job.settle(index, result),
            cancelled=job.cancelled,
            generator=generator,
            queued_s=time.perf_counter() - job.submitted,
            started=time.perf_counter(),
        )

    def _forward(self, input_ids: torch.Tensor, mask: torch.Tensor, positions: torch.Tensor, cache: Any, adapters: list) -> torch.Tensor:
        """One forward pass; returns the last position's logits, shape `(rows, vocab_size)`."""
        kwargs = {
            "input_ids": input_ids,
            "attention_mask": mask,
            "position_ids": positions,
            self._cache_argument: cache,
            "use_cache": True,
            "logits_to_keep": 1,
        }
        with decode_threads(self.loaded.device, *input_ids.shape):  # a few-row decode step: one CPU thread
            if self._bank is None:
                return self._model(**kwargs).logits[:, -1, :]
            with self._bank.rows(adapters, self.loaded.device):  # each row's adapter, in every adapted layer
                return self._model(**kwargs).logits[:, -1, :]


def _as_guardrail_error(exc: Exception, what: str) -> GuardrailError:
    """`exc` itself if it is a GuardrailError, else an EngineError naming its type."""
    if isinstance(exc, GuardrailError):
        return exc
    error = EngineError(f"{what}: {type(exc).__name__}: {exc}")
    error.__cause__ = exc
    return error


def _eos_ids(loaded: LoadedModel) -> frozenset[int]:
    """Every end-of-sequence id the tokenizer, generation config or model config names."""
    ids: set[int] = set()
    generation_config = getattr(loaded.model, "generation_config", None)
    for source in (loaded.tokenizer.eos_token_id, getattr(generation_config, "eos_token_id", None), loaded.model.config.eos_token_id):
        if isinstance(source, int):
            ids.add(source)
        elif isinstance(source, (list, tuple)):
            ids.update(int(i) for i in source)
    return frozenset(ids)
