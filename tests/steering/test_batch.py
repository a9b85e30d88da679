"""`RowBatch`: rows prefilled together, joining a running decode or dropped give what each row gives alone."""

from __future__ import annotations

import pytest
import torch

from guardrail.steering.batch import RowBatch, left_pad, mergeable

PROMPTS = {
    "short": "Hi",
    "medium": "What is the email of John Smith?",
    "long": "Summarise the ticket: the printer does not work and the user wants a refund.",
}
ATOL = 1e-4


@pytest.fixture(scope="module")
def ids(tiny_model) -> dict[str, list[int]]:
    return {name: tiny_model.tokenizer(text)["input_ids"] for name, text in PROMPTS.items()}


@pytest.fixture
def new_batch(tiny_model, tiny_forward):
    return lambda: RowBatch(tiny_forward, tiny_model.tokenizer.pad_token_id, tiny_model.device)


def greedy_run(batch: RowBatch, rows: list[list[int]], steps: int) -> list[torch.Tensor]:
    """Prefill `rows`, then feed each row's argmax `steps` times; the logits of every step."""
    logits = [batch.prefill(rows, list(range(len(rows))), [None] * len(rows))]
    for _ in range(steps):
        logits.append(batch.decode(logits[-1].argmax(-1).tolist(), [None] * len(batch)))
    return logits


def alone(new_batch, row: list[int], steps: int) -> list[torch.Tensor]:
    return [step[0] for step in greedy_run(new_batch(), [row], steps)]


@pytest.mark.parametrize(
    ("sequences", "input_ids", "mask"),
    [
        ([[5, 6, 7], [8]], [[5, 6, 7], [0, 0, 8]], [[1, 1, 1], [0, 0, 1]]),
        ([[1, 2]], [[1, 2]], [[1, 1]]),
        ([[4], [], [3, 9]], [[0, 4], [0, 0], [3, 9]], [[0, 1], [0, 0], [1, 1]]),
    ],
    ids=["ragged", "one-row", "empty-row"],
)
def test_left_pad_builds_the_mask(sequences, input_ids, mask) -> None:
    got_ids, got_mask = left_pad(sequences, pad_id=0)
    assert got_ids.tolist() == input_ids and got_mask.tolist() == mask
    assert got_ids.dtype == got_mask.dtype == torch.long


@pytest.mark.parametrize(
    "names",
    [("short", "long"), ("long", "short", "medium"), ("medium", "medium")],
    ids=["two-lengths", "three-lengths", "equal-lengths"],
)
def test_rows_prefilled_together_decode_as_alone(new_batch, ids, names) -> None:
    rows = [ids[n] for n in names]
    together = greedy_run(new_batch(), rows, steps=4)
    for i, row in enumerate(rows):
        reference = alone(new_batch, row, steps=4)
        for step, expected in zip(together, reference):
            torch.testing.assert_close(step[i], expected, atol=ATOL, rtol=0)


@pytest.mark.parametrize(("first", "joining"), [("long", "short"), ("short", "long")], ids=["shorter-joins", "longer-joins"])
def test_a_row_joining_a_running_decode_gets_what_it_gets_alone(new_batch, ids, first, joining) -> None:
    batch = new_batch()
    step = batch.prefill([ids[first]], ["first"], [None])
    first_logits = [step[0]]
    for _ in range(3):
        step = batch.decode(step.argmax(-1).tolist(), [None])
        first_logits.append(step[0])
    joined = batch.prefill([ids[joining]], ["joining"], [None])
    assert batch.tags == ["first", "joining"] and len(batch) == 2
    step = batch.decode([int(first_logits[-1].argmax()), int(joined[0].argmax())], [None, None])
    first_ref, joining_ref = alone(new_batch, ids[first], steps=4), alone(new_batch, ids[joining], steps=1)
    torch.testing.assert_close(joined[0], joining_ref[0], atol=ATOL, rtol=0)
    torch.testing.assert_close(step[0], first_ref[4], atol=ATOL, rtol=0)
    torch.testing.assert_close(step[1], joining_ref[1], atol=ATOL, rtol=0)


@pytest.mark.parametrize("kept", [[1], [0, 2], [2, 0]], ids=["middle", "ends", "reordered"])
def test_keep_drops_rows_and_the_rest_decode_as_alone(new_batch, ids, kept) -> None:
    names = ["short", "long", "medium"]
    batch = new_batch()
    step = batch.prefill([ids[n] for n in names], names, [None] * 3)
    step = batch.decode(step.argmax(-1).tolist(), [None] * 3)
    batch.keep(kept)
    assert batch.tags == [names[i] for i in kept]
    assert batch.mask.shape[0] == len(kept) and batch.last_position.shape[0] == len(kept)
    after = batch.decode(step[kept].argmax(-1).tolist(), [None] * len(kept))
    for row, i in enumerate(kept):
        torch.testing.assert_close(after[row], alone(new_batch, ids[names[i]], steps=2)[2], atol=ATOL, rtol=0)
    if kept == [1]:  # the longest row alone: no column is padding any more
        assert bool(batch.mask.all())


def test_a_plain_dynamic_cache_is_mergeable(new_batch, ids) -> None:
    batch = new_batch()
    batch.prefill([ids["short"]], [0], [None])
    assert mergeable(batch.cache)
