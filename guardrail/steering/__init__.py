"""The steering engine: batched privacy CFG decoding with per-row LoRA adapters on one
resident base model (`engine`), and what it is built from: the row batch and KV cache
(`batch`), one request's decoding state (`decoding`), the per-step math (`sampling`),
incremental text (`textstream`), adapter folders (`adapters`), model loading (`models`)
the tiny in-process model for tests (`tiny`), the gathered LoRA forward (`lora`), per-step
constraints (`constraints`) and the explicit process-wide thread setup (`threads`). Nothing
here imports torch at import time."""

from guardrail.steering.threads import configure_threads

__all__ = ["configure_threads"]
