"""The rows of a running decode: padded inputs, attention mask, positions and the KV cache.

`RowBatch` keeps every row's state so that rows can join a running decode (their prompts
are prefilled on their own, then their cache is left-padded and stacked onto the batch's)
and leave it (their cache rows are dropped). Padding is masked everywhere, so a row's
tokens do not depend on which other rows share its batch. With a `PrefixCache`, a joining
row's shared system block comes from the cache and only the rest of its prompt runs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import torch

    from guardrail.steering.prefix import PrefixCache

# forward(input_ids, attention_mask, position_ids, cache, row_tags) -> last-position logits (rows, vocab)
Forward = Callable[[Any, Any, Any, Any, list], Any]


def left_pad(sequences: Sequence[Sequence[int]], pad_id: int) -> tuple[torch.Tensor, torch.Tensor]:
    """Left-pad token id lists into one batch.

    Args:
        sequences: one list of token ids per row.
        pad_id: the id to pad with.

    Returns:
        `input_ids` and `attention_mask`, `torch.LongTensor`s of shape `(rows, longest)`;
        the mask is 0 on padding.
    """
    import torch

    longest = max(len(s) for s in sequences)
    input_ids = torch.full((len(sequences), longest), pad_id, dtype=torch.long)
    mask = torch.zeros((len(sequences), longest), dtype=torch.long)
    for i, ids in enumerate(sequences):
        if ids:
            input_ids[i, longest - len(ids) :] = torch.tensor(ids, dtype=torch.long)
            mask[i, longest - len(ids) :] = 1
    return input_ids, mask


def mergeable(cache: Any) -> bool:
    """Whether rows can be stacked onto `cache` (plain full-attention dynamic layers only)."""
    from transformers.cache_utils import DynamicLayer

    return all(type(layer) is DynamicLayer for layer in getattr(cache, "layers", [None]))


class RowBatch:
    """The state of the rows of one running decode.

    Args:
        forward: runs the model (see `Forward`).
        pad_id: the token id fed to padding and to finished rows that are kept.
        device: where the tensors live.
        prefixes: cached keys and values of shared prompt prefixes (None: run every prompt whole).
    """

    def __init__(self, forward: Forward, pad_id: int, device: str, prefixes: PrefixCache | None = None) -> None:
        self._forward = forward
        self._pad_id = pad_id
        self.device = device
        self.prefixes = prefixes
        self.tags: list = []  # one caller-defined tag per row (the engine: (slot, 0|1))
        self.mask: torch.Tensor | None = None  # (rows, cached length + 0), 0 on padding
        self.last_position: torch.Tensor | None = None  # (rows, 1)
        self.cache: Any = None

    def __len__(self) -> int:
        return len(self.tags)

    def prefill(self, prompts: Sequence[Sequence[int]], tags: list, adapters: list, shared: Sequence[int] | None = None) -> torch.Tensor:
        """Run new rows' prompts and stack the rows onto the batch.

        Args:
            prompts: token ids per new row.
            tags: one tag per new row (kept in `tags`).
            adapters: the adapter name (or None) per new row.
            shared: per new row, how many leading tokens are a prefix that other requests
                share (see `guardrail.steering.prefix.shared_length`; 0: none). With a
                `PrefixCache`, those tokens' keys and values come from it (computed once) and
                only the rest of the prompt runs.

        Returns:
            `torch.FloatTensor` of shape `(len(prompts), vocab_size)`: the new rows' logits.
        """
        import torch

        room = self.prefixes.max_tokens if self.prefixes is not None else 0
        shared = [n if n <= room else 0 for n in shared or ()]  # a block the cache cannot keep runs whole
        if any(shared):
            logits, cache, mask, positions = self._run_after_prefixes(prompts, adapters, shared)
        else:
            logits, cache, mask, positions = self._run_whole(prompts, adapters)
        if self.cache is None:
            self.cache, self.mask, self.last_position = cache, mask, positions[:, -1:]
        else:
            width = max(self.mask.shape[1], mask.shape[1])
            # The cache has no public method to stack rows of two caches: pad and join the layers' tensors.
            for old, new in zip(self.cache.layers, cache.layers):
                old.keys = torch.cat([_pad_left(old.keys, width, -2), _pad_left(new.keys, width, -2)])
                old.values = torch.cat([_pad_left(old.values, width, -2), _pad_left(new.values, width, -2)])
            self.mask = torch.cat([_pad_left(self.mask, width, -1), _pad_left(mask, width, -1)])
            self.last_position = torch.cat([self.last_position, positions[:, -1:]])
        self.tags.extend(tags)
        return logits

    def _run_after_prefixes(self, prompts: Sequence[Sequence[int]], adapters: list, shared: list[int]) -> tuple:
        """Prefill with each row's shared prefix taken from the `PrefixCache` (computed first if new).

        The new rows' cache is laid out `[padding | prefix | padding | rest of the prompt]`:
        the prefix block right-aligned to the longest prefix, the rest left-padded after it.
        Padding is masked and positions are explicit, so each row sees exactly its own prompt.

        Returns:
            (logits, cache, mask, positions) of the new rows.
        """
        import torch
        from transformers import DynamicCache

        found = [self.prefixes.get(a, p[:n]) if n else None for p, a, n in zip(prompts, adapters, shared)]
        missing = list(dict.fromkeys((a, tuple(p[:n])) for p, a, n, f in zip(prompts, adapters, shared, found) if n and f is None))
        if missing:
            computed = self._run_prefixes(missing)
            for (adapter, prefix), layers in computed.items():
                self.prefixes.put(adapter, prefix, layers)
            found = [f if f is not None or not n else computed[(a, tuple(p[:n]))] for p, a, n, f in zip(prompts, adapters, shared, found)]
        longest = max(shared)
        reference = next(f for f in found if f is not None)
        cache = DynamicCache()
        for index, (keys, values) in enumerate(reference):
            empty_keys = keys.new_zeros(keys.shape[0], longest, keys.shape[2])
            empty_values = values.new_zeros(values.shape[0], longest, values.shape[2])
            cache.update(
                torch.stack([_pad_left(f[index][0], longest, -2) if f is not None else empty_keys for f in found]),
                torch.stack([_pad_left(f[index][1], longest, -2) if f is not None else empty_values for f in found]),
                index,
            )
        input_ids, rest_mask = left_pad([p[n:] for p, n in zip(prompts, shared)], self._pad_id)
        prefix_mask = torch.zeros((len(prompts), longest), dtype=torch.long)
        for row, n in enumerate(shared):
            prefix_mask[row, longest - n :] = 1
        mask = torch.cat([prefix_mask, rest_mask], dim=-1).to(self.device)
        input_ids, rest_mask = input_ids.to(self.device), rest_mask.to(self.device)
        positions = torch.tensor(shared, device=self.device).unsqueeze(-1) + (rest_mask.cumsum(-1) - 1).clamp_min(0)
        logits = self._forward(input_ids, mask, positions, cache, adapters)
        return logits, cache, mask, positions

    def _run_whole(self, prompts: Sequence[Sequence[int]], adapters: list) -> tuple:
        """Prefill whole prompts, left-padded: (logits, cache, mask, positions) of the new rows."""
        from transformers import DynamicCache

        input_ids, mask = left_pad(prompts, self._pad_id)
        input_ids, mask = input_ids.to(self.device), mask.to(self.device)
        positions = (mask.cumsum(-1) - 1).clamp_min(0)
        cache = DynamicCache()
        return self._forward(input_ids, mask, positions, cache, adapters), cache, mask, positions

    def _run_prefixes(self, keys: list[tuple[str | None, tuple[int, ...]]]) -> dict:
        """Keys and values of each `(adapter, prefix)` on its own: one forward for all of them."""
        _, cache, mask, _ = self._run_whole([list(prefix) for _, prefix in keys], [adapter for adapter, _ in keys])
        width = mask.shape[1]
        return {
            key: [(layer.keys[row, :, width - len(key[1]) :].clone(), layer.values[row, :, width - len(key[1]) :].clone()) for layer in cache.layers]
            for row, key in enumerate(keys)
        }

    def decode(self, tokens: Sequence[int], adapters: list) -> torch.Tensor:
        """Feed one token per row; returns logits of shape `(rows, vocab_size)`."""
        import torch

        input_ids = torch.tensor(list(tokens), device=self.device).unsqueeze(-1)
        self.mask = torch.cat([self.mask, self.mask.new_ones(len(self), 1)], dim=-1)
        self.last_position = self.last_position + 1
        return self._forward(input_ids, self.mask, self.last_position, self.cache, adapters)

    def keep(self, indices: Sequence[int]) -> None:
        """Keep only the rows at `indices` (in this order), in every tensor and the cache."""
        import torch

        if len(indices) == len(self):
            return
        index = torch.tensor(list(indices), dtype=torch.long, device=self.device)
        self.cache.batch_select_indices(index)
        self.mask, self.last_position = self.mask[index], self.last_position[index]
        self.tags = [self.tags[i] for i in indices]
        if mergeable(self.cache):  # leading columns that are padding for every row left: drop them
            start = int(self.mask.any(dim=0).int().argmax())
            if start > 0:  # no public method trims leading columns (crop(-n) cuts the end)
                self.mask = self.mask[:, start:]
                for layer in self.cache.layers:
                    layer.keys, layer.values = layer.keys[:, :, start:], layer.values[:, :, start:]


def _pad_left(tensor: torch.Tensor, width: int, dim: int) -> torch.Tensor:
    """Zero-pad `tensor` on the left of `dim` to `width` (dim is -1 or -2)."""
    import torch.nn.functional as F

    missing = width - tensor.shape[dim]
    if missing <= 0:
        return tensor
    return F.pad(tensor, (missing, 0) if dim == -1 else (0, 0, missing, 0))
