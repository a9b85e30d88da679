"""The steering engine: batched privacy CFG with per-row LoRA adapters.

Every request with guidance `w != 1` becomes two rows of one batch, its messages under the
positive and under the negative system prompt; a request with `w == 1` is one row. One
forward pass per step runs every row of every request (left padding, attention mask,
position ids, one KV cache), each row with its own LoRA adapter through peft's per-row
`adapter_names` ("__base__" for none), so no global adapter switch is ever made. Each
request then mixes its two rows (`guardrail.steering.sampling.guide`), applies its repetition
controls, picks a token, and appends it to both of its rows. A finished request's rows are
dropped from the batch and the cache, so it stops costing compute.

One decoding thread per engine runs the loop. `generate` calls from any number of threads
queue their requests and wait; requests that arrive while a batch is decoding join it at
the next step boundary (their prompts are prefilled and their KV cache stacked onto the
batch's), so concurrent callers share forward passes and nobody waits for a whole batch.
"""

from __future__ import annotations

import atexit
import os
import queue
import secrets
import threading
import time
import warnings
import weakref
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from guardrail.errors import AdapterError, EngineError, GuardrailError
from guardrail.steering.adapters import adapter_folder, check_adapter_folder
from guardrail.steering.batch import RowBatch, mergeable
from guardrail.steering.decoding import RequestState
from guardrail.steering.models import cache_argument
from guardrail.steering.requests import GenerationRequest, GenerationResult, failed
from guardrail.steering.textstream import IncrementalDecoder, StopStrings

if TYPE_CHECKING:
    import torch

    from guardrail.steering.models import LoadedModel

BASE = "__base__"  # peft's adapter name for a row that runs the base model alone
__all__ = ["GenerationRequest", "GenerationResult", "SteeringEngine"]


@dataclass
class _Job:
    """One `generate` call waiting for, or in, the decoding loop."""

    requests: list[GenerationRequest]
    on_text: Callable[[int, str], None] | None
    submitted: float = field(default_factory=time.perf_counter)
    cancelled: threading.Event = field(default_factory=threading.Event)
    done: threading.Event = field(default_factory=threading.Event)
    partial: dict[int, GenerationResult] = field(default_factory=dict)
    results: list[GenerationResult] | None = None

    @property
    def rows(self) -> int:
        return sum(r.rows for r in self.requests)

    def settle(self, index: int, result: GenerationResult) -> None:
        """Record request `index`'s result; the job is done when every request has one."""
        self.partial[index] = result
        if len(self.partial) == len(self.requests) and not self.done.is_set():
            self.results = [self.partial[i] for i in range(len(self.requests))]
            self.done.set()


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
    """

    def __init__(
        self,
        loaded: LoadedModel,
        adapters_dir: str | Path | None = None,
        *,
        max_batch_rows: int = 64,
        drop_finished: bool = True,
    ) -> None:
        if max_batch_rows < 2:
            raise ValueError(f"`max_batch_rows` (={max_batch_rows}) has to be at least 2 (one steered request)")
        self.loaded = loaded
        self.adapters_dir = Path(adapters_dir) if adapters_dir is not None else None
        self.max_batch_rows = max_batch_rows
        self.drop_finished = drop_finished
        self._model = loaded.model
        self._peft: Any = None  # the PeftModel, made when the first adapter loads
        self._adapters: dict[str, Path] = {}
        self._adapter_lock = threading.Lock()
        self._wakeup = threading.Condition()  # guards _pending and _closed
        self._pending: list[_Job] = []
        self._closed = False
        self._worker: threading.Thread | None = None
        self.admitted = 0  # requests that joined a decode already running (a statistic)
        tokenizer = loaded.tokenizer
        self._pad_id = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else tokenizer.eos_token_id
        self._eos_ids = _eos_ids(loaded)
        self.context_length = int(getattr(loaded.model.config, "max_position_embeddings", 0) or 2048)
        self._cache_argument = cache_argument(loaded.model)
        _cap_threads(loaded.device)

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
        """Make adapter `name` resident (once). Called only inside the decoding loop's lock."""
        with self._adapter_lock:
            if name in self._adapters:
                return
            folder = adapter_folder(self.adapters_dir, name)
            check_adapter_folder(folder, self.loaded.identity)
            try:
                with warnings.catch_warnings():
                    # peft 0.21 reads a property transformers 5 deprecated; nothing for us to change
                    warnings.filterwarnings("ignore", message=".*is_gradient_checkpointing.*", category=FutureWarning)
                    if self._peft is None:
                        from peft import PeftModel

                        self._peft = PeftModel.from_pretrained(
                            self._model, str(folder), adapter_name=name, is_trainable=False
                        )
                    else:
                        self._peft.load_adapter(str(folder), adapter_name=name, is_trainable=False)
            except Exception as exc:  # peft raises many types for a bad folder
                raise AdapterError(
                    f"adapter {folder} could not be loaded by peft ({type(exc).__name__}: {exc}); "
                    "re-save it with peft's save_pretrained for this base model"
                ) from exc
            # No active adapter: a forward without `adapter_names` runs the plain base model.
            self._peft.base_model.set_adapter([])
            self._peft.eval()
            self._adapters[name] = folder

    # ----------------------------------------------------------------- prompts

    def encode(self, request: GenerationRequest) -> list[list[int]]:
        """The prompt token ids of a request's rows: `[positive]`, or `[positive, negative]`.

        Raises:
            EngineError: if a prompt does not fit the model's context.
        """
        steering = request.steering
        systems = [steering.positive_prompt, steering.negative_prompt][: request.rows]
        rows = []
        for system in systems:
            chat = [{"role": "system", "content": system}, *request.messages]
            text = self.loaded.tokenizer.apply_chat_template(chat, tokenize=False, add_generation_prompt=True)
            rows.append(list(self.loaded.tokenizer(text, add_special_tokens=False)["input_ids"]))
        longest = max(len(ids) for ids in rows)
        if longest >= self.context_length:
            raise EngineError(
                f"the prompt is {longest} tokens but the model's context is {self.context_length}; "
                "shorten the messages (or drop earlier turns)"
            )
        return rows

    # ----------------------------------------------------------------- public entry points

    def generate(
        self,
        requests: Sequence[GenerationRequest],
        on_text: Callable[[int, str], None] | None = None,
    ) -> list[GenerationResult]:
        """Generate every request's answer in one batched decoding loop.

        A bad request gets a result with `finish_reason == "error"` and its `error`; the
        other requests still complete. Thread-safe: concurrent calls share batches.

        Args:
            requests: the requests.
            on_text: called as `on_text(i, piece)` with request `i`'s newly decodable text
                while it is generated; the pieces add up to `results[i].text`.

        Returns:
            One `GenerationResult` per request, in order.
        """
        job = _Job(list(requests), on_text)
        if job.requests:
            self._execute(job)
        return job.results or []

    def stream(self, request: GenerationRequest) -> Iterator[str]:
        """Yield one request's text pieces as they are generated.

        Closing the iterator early stops the request's generation.

        Raises:
            GuardrailError: the request's error (before any piece for a bad request).
        """
        pieces: queue.Queue = queue.Queue()
        done = object()
        job = _Job([request], lambda _i, piece: pieces.put(piece))

        def run() -> None:
            try:
                self._execute(job)
            finally:
                pieces.put(done)

        worker = threading.Thread(target=run, name="guardrail-stream", daemon=True)
        worker.start()
        try:
            while (piece := pieces.get()) is not done:
                yield piece
        finally:
            job.cancelled.set()
        result = job.results[0] if job.results else None
        if result is None:
            raise EngineError("the decoding loop stopped without a result; see the log")
        if result.error is not None:
            raise result.error

    # ----------------------------------------------------------------- the loop

    def close(self, wait: bool = False, timeout: float = 30.0) -> None:
        """Stop the decoding thread once the requests already submitted are done.

        Args:
            wait: block until the thread has finished (at most `timeout` seconds).
            timeout: seconds to wait with `wait`.
        """
        with self._wakeup:
            self._closed = True
            self._wakeup.notify_all()
            worker = self._worker
        if wait and worker is not None and worker is not threading.current_thread():
            worker.join(timeout)

    def _execute(self, job: _Job) -> None:
        """Queue `job` for the decoding thread and wait for its results."""
        with self._wakeup:
            if self._closed:
                raise EngineError("the engine is closed; create a new SteeringEngine")
            self._pending.append(job)
            self._start_worker()
            self._wakeup.notify()
        while not job.done.wait(1.0):
            with self._wakeup:
                self._start_worker()  # never wait on a thread that died

    def _start_worker(self) -> None:
        """Start the decoding thread if it is not running (call with `_wakeup` held)."""
        if self._worker is None or not self._worker.is_alive():
            self._worker = threading.Thread(target=self._serve, name="guardrail-engine", daemon=True)
            self._worker.start()
            # Let the thread leave torch code before the interpreter tears down (it aborts otherwise).
            atexit.register(_close_at_exit, weakref.ref(self))

    def _serve(self) -> None:
        """The decoding thread: run batches of waiting jobs until the engine is closed."""
        while True:
            with self._wakeup:
                while not self._pending and not self._closed:
                    self._wakeup.wait()
                if not self._pending:
                    return
            self._run(self._take_pending(self.max_batch_rows, at_least_one=True))

    def _take_pending(self, budget: int, at_least_one: bool = False) -> list[_Job]:
        """Waiting jobs, oldest first, while their rows fit in `budget`.

        With `at_least_one`, the oldest job is taken even if it alone exceeds the budget.
        """
        with self._wakeup:
            jobs, rows = [], 0
            while self._pending:
                need = self._pending[0].rows
                if rows + need > budget and not (at_least_one and not jobs):
                    break
                rows += need
                jobs.append(self._pending.pop(0))
            return jobs

    def _prepare(self, jobs: list[_Job], started: float) -> list[RequestState]:
        """Slots for every valid request of `jobs`; a bad request settles with its error now."""
        slots = []
        for job in jobs:
            for i, request in enumerate(job.requests):
                try:
                    slots.append(self._slot(job, i, request))
                except Exception as exc:  # noqa: BLE001 - one bad request must not sink the batch
                    job.settle(i, failed(_as_guardrail_error(exc, "invalid request"), started - job.submitted))
        return slots

    def _run(self, jobs: list[_Job]) -> None:
        """Decode `jobs` and every job admitted while they run; every job gets its results."""
        started = time.perf_counter()
        slots: list[RequestState] = []
        try:
            slots = self._prepare(jobs, started)
            self._decode(slots, jobs)
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

    def _slot(self, job: _Job, index: int, request: GenerationRequest) -> RequestState:
        for name in request.steering.adapters:
            self.check_adapter(name)
        prompts = self.encode(request)
        for name in request.steering.adapters:
            self._load_adapter(name)
        spec = request.steering.decoding
        generator = None
        if spec.temperature > 0:
            import torch

            generator = torch.Generator().manual_seed(spec.seed if spec.seed is not None else secrets.randbits(63))
        room = self.context_length - max(len(p) for p in prompts)
        on_text = job.on_text
        return RequestState(
            request=request,
            prompts=prompts,
            max_new_tokens=min(spec.max_new_tokens, room),
            decoder=IncrementalDecoder(self.loaded.tokenizer),
            stops=StopStrings(spec.stop),
            generator=generator,
            eos_ids=self._eos_ids,
            on_text=None if on_text is None else (lambda piece: on_text(index, piece)),
            on_done=lambda result: job.settle(index, result),
            cancelled=job.cancelled,
            queued_s=time.perf_counter() - job.submitted,
            started=time.perf_counter(),
        )

    def _decode(self, slots: list[RequestState], jobs: list[_Job]) -> None:
        """The decoding loop: one forward per step over every row; new requests join between steps.

        `jobs` grows with the jobs admitted while the loop runs, so `_run` settles them too.
        """
        import torch

        batch = RowBatch(self._forward, self._pad_id, self.loaded.device)
        live: list[RequestState] = []
        joining = list(slots)
        with torch.inference_mode():
            while live or joining:
                # 1. one decode step for the rows already in the batch, a prefill for joining rows
                logits = []
                if live:
                    last = [slot.generated[-1] if slot.finish is None else self._pad_id for slot, _ in batch.tags]
                    logits.append(batch.decode(last, [slot.request.steering.row_adapters[r] for slot, r in batch.tags]))
                if joining:
                    tags = [(slot, r) for slot in joining for r in range(len(slot.prompts))]  # r: 0 pos, 1 neg
                    prompts = [slot.prompts[r] for slot, r in tags]
                    logits.append(batch.prefill(prompts, tags, [slot.request.steering.row_adapters[r] for slot, r in tags]))
                    live.extend(joining)
                logprobs = torch.cat(logits).float().log_softmax(-1).cpu()
                # 2. per request: mix its rows, penalise repeats, pick a token, release its text
                rows: dict[int, list] = {}
                for i, (slot, r) in enumerate(batch.tags):
                    rows.setdefault(id(slot), [None, None])[r] = i
                for slot in live:
                    pos_row, neg_row = rows[id(slot)]
                    slot.step(logprobs[pos_row], logprobs[neg_row] if neg_row is not None else None)
                    if slot.finish is not None:
                        slot.settle()
                live = [slot for slot in live if slot.finish is None]
                if not live:
                    break
                # 3. drop the rows of finished requests from the batch and the cache
                if self.drop_finished:
                    batch.keep([i for i, (slot, _) in enumerate(batch.tags) if slot.finish is None])
                # 4. admit requests that arrived meanwhile, if their rows fit and the cache can take them
                joining = []
                if self._pending and mergeable(batch.cache):
                    admitted = self._take_pending(self.max_batch_rows - len(batch))
                    jobs.extend(admitted)
                    joining = self._prepare(admitted, time.perf_counter())
                    slots.extend(joining)
                    self.admitted += len(joining)

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
        if self._peft is not None and any(adapters):
            output = self._peft(**kwargs, adapter_names=[a or BASE for a in adapters])
        else:  # no active adapter is ever set, so the (possibly wrapped) model runs the plain base
            output = self._model(**kwargs)
        return output.logits[:, -1, :]


def _close_at_exit(ref: weakref.ref) -> None:
    engine = ref()
    if engine is not None:
        engine.close(wait=True, timeout=10.0)


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


def _cap_threads(device: str) -> None:
    """On CPU, use no more intra-op threads than the cores this process may run on."""
    if not device.startswith("cpu") or not hasattr(os, "sched_getaffinity"):
        return
    import torch

    cores = len(os.sched_getaffinity(0))
    if torch.get_num_threads() > cores:
        torch.set_num_threads(cores)
