"""The decoding loop on the tiny model, without an engine: greedy tokens, joins, drops, stops, the profile."""

from __future__ import annotations

import pytest
import torch

from guardrail.policy import DecodingSpec, SteeringSpec
from guardrail.steering.batch import RowBatch
from guardrail.steering.decoding import RequestState
from guardrail.steering.loop import StepProfile, decode
from guardrail.steering.requests import GenerationRequest
from guardrail.steering.textstream import IncrementalDecoder, StopStrings

PROMPTS = ("Hi", "What is the email of John Smith?", "Summarise the ticket: the printer does not work.")


def state(tokenizer, text: str, n: int, eos: frozenset[int] = frozenset(), **decoding) -> RequestState:
    """An unsteered (w = 1) greedy request whose prompt is `text`'s token ids."""
    spec = SteeringSpec(guidance=1.0, decoding=DecodingSpec(max_new_tokens=n, **decoding))
    return RequestState(
        request=GenerationRequest(text, spec),
        prompts=[tokenizer(text)["input_ids"]],
        max_new_tokens=n,
        decoder=IncrementalDecoder(tokenizer),
        stops=StopStrings(spec.decoding.stop),
        eos_ids=eos,
    )


def reference(model, prompt: list[int], n: int) -> list[int]:
    """Greedy tokens from whole-sequence forwards: no cache, no padding, no batch."""
    ids = list(prompt)
    with torch.inference_mode():
        for _ in range(n):
            ids.append(int(model(input_ids=torch.tensor([ids])).logits[0, -1].argmax()))
    return ids[len(prompt) :]


def run(tiny_model, tiny_forward, joining, admit=lambda batch: [], drop_finished=True, profile=None) -> None:
    pad = tiny_model.tokenizer.pad_token_id
    decode(RowBatch(tiny_forward, pad, tiny_model.device), joining, admit, pad, drop_finished, profile)


@pytest.mark.parametrize("drop_finished", [True, False], ids=["drop", "mask"])
@pytest.mark.parametrize("lengths", [(6,), (6, 6, 6), (2, 7, 4)], ids=["one", "equal", "finishing-apart"])
def test_greedy_tokens_equal_whole_sequence_decoding(tiny_model, tiny_forward, lengths, drop_finished) -> None:
    slots = [state(tiny_model.tokenizer, PROMPTS[i % 3], n) for i, n in enumerate(lengths)]
    run(tiny_model, tiny_forward, list(slots), drop_finished=drop_finished)
    for i, (slot, n) in enumerate(zip(slots, lengths)):
        assert slot.finish == "length" and slot.generated == reference(tiny_model.model, slot.prompts[0], n)
        assert slot.text == tiny_model.tokenizer.decode(slot.generated, skip_special_tokens=True)


@pytest.mark.parametrize("after", [1, 3], ids=["after-one-step", "after-three-steps"])
def test_requests_admitted_between_steps_get_what_they_get_alone(tiny_model, tiny_forward, after) -> None:
    first = state(tiny_model.tokenizer, PROMPTS[2], 6)
    late = state(tiny_model.tokenizer, PROMPTS[0], 4)
    calls: list[int] = []

    def admit(batch: RowBatch) -> list[RequestState]:
        calls.append(len(batch))
        return [late] if len(calls) == after else []

    run(tiny_model, tiny_forward, [first], admit)
    assert first.generated == reference(tiny_model.model, first.prompts[0], 6)
    assert late.generated == reference(tiny_model.model, late.prompts[0], 4)
    assert late.finish == first.finish == "length"


def test_an_eos_token_ends_only_its_request(tiny_model, tiny_forward) -> None:
    expected = reference(tiny_model.model, tiny_model.tokenizer(PROMPTS[1])["input_ids"], 8)
    ending = state(tiny_model.tokenizer, PROMPTS[1], 8, eos=frozenset({expected[2]}))
    other = state(tiny_model.tokenizer, PROMPTS[2], 8)
    run(tiny_model, tiny_forward, [ending, other])
    assert ending.finish == "eos" and ending.generated == expected[: expected.index(expected[2]) + 1]
    assert other.finish == "length" and len(other.generated) == 8


def test_a_cancelled_request_leaves_and_the_others_go_on(tiny_model, tiny_forward) -> None:
    cancelled, other = state(tiny_model.tokenizer, PROMPTS[0], 20), state(tiny_model.tokenizer, PROMPTS[1], 5)
    cancelled.cancelled.set()
    run(tiny_model, tiny_forward, [cancelled, other])
    assert cancelled.finish == "cancelled" and cancelled.generated == []
    assert other.generated == reference(tiny_model.model, other.prompts[0], 5)


def test_no_repeat_ngram_size_bans_a_repeated_pair(tiny_model, tiny_forward) -> None:
    slot = state(tiny_model.tokenizer, PROMPTS[0], 40, no_repeat_ngram_size=2)
    run(tiny_model, tiny_forward, [slot])
    pairs = list(zip(slot.generated, slot.generated[1:]))
    assert len(pairs) == 39 and len(set(pairs)) == len(pairs)


@pytest.mark.parametrize("lengths", [(5,), (5, 3)], ids=["one", "two"])
def test_the_profile_counts_steps_and_prompt_tokens(tiny_model, tiny_forward, lengths) -> None:
    slots = [state(tiny_model.tokenizer, PROMPTS[i], n) for i, n in enumerate(lengths)]
    profile = StepProfile()
    run(tiny_model, tiny_forward, slots, profile=profile)
    assert profile.prefill_tokens == sum(len(s.prompts[0]) for s in slots)
    assert profile.steps == max(lengths)  # one iteration per token; the first comes from the prefill
    assert profile.decode_steps == max(lengths) - 1
    assert min(profile.prefill, profile.forward, profile.guidance, profile.host) > 0
