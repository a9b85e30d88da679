"""Keys and values of the prompt prefixes that many requests share, computed once.

Every request of a route starts with the same system block (the positive prompt, or the
negative one on the second CFG row), so its keys and values are the same each time for the
same adapter. `PrefixCache` keeps them, least recently used first out, within a budget of
cached tokens; `RowBatch.prefill` then runs only the rest of each prompt.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import torch

# Per layer, (keys, values) of one prefix: tensors of shape (kv_heads, prefix_tokens, head_dim).
Layers = list[tuple["torch.Tensor", "torch.Tensor"]]


class PrefixCache:
    """Cached keys and values per `(adapter, prefix token ids)`.

    Args:
        max_tokens: the most prefix tokens kept in all (0 turns caching off). Each token costs
            `2 * layers * kv_heads * head_dim` numbers: about 46 KB for SmolLM2-135M in float32.
    """

    def __init__(self, max_tokens: int = 2048) -> None:
        if max_tokens < 0:
            raise ValueError(f"`max_tokens` (={max_tokens}) must be 0 (off) or more")
        self.max_tokens = max_tokens
        self.tokens = 0  # prefix tokens held now
        self.hits = 0  # rows whose prefix was found (statistics)
        self.misses = 0
        self._entries: OrderedDict[tuple, Layers] = OrderedDict()

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, adapter: str | None, prefix: Sequence[int]) -> Layers | None:
        """The cached layers of `prefix` under `adapter`, or None (counted as a hit or a miss)."""
        key = (adapter, tuple(prefix))
        layers = self._entries.get(key)
        if layers is None:
            self.misses += 1
            return None
        self._entries.move_to_end(key)
        self.hits += 1
        return layers

    def put(self, adapter: str | None, prefix: Sequence[int], layers: Layers) -> None:
        """Keep `layers` for `prefix` under `adapter`, dropping the least recently used beyond the budget."""
        key = (adapter, tuple(prefix))
        if key in self._entries or not 0 < len(prefix) <= self.max_tokens:
            return
        self._entries[key] = layers
        self.tokens += len(prefix)
        while self.tokens > self.max_tokens:
            (_, old), _ = self._entries.popitem(last=False)
            self.tokens -= len(old)


def shared_length(prompt: Sequence[int], prefix: Sequence[int]) -> int:
    """`len(prefix)` if `prompt` starts with it and goes on past it, else 0.

    At least one token of the prompt must stay to be run: its logits start the answer.
    """
    n = len(prefix)
    return n if 0 < n < len(prompt) and tuple(prompt[:n]) == tuple(prefix) else 0
