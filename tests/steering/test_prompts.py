"""`render_chat`: the one chat-template renderer the engine and training share."""

from __future__ import annotations

import pytest

from guardrail.policy.schema import SteeringSpec
from guardrail.steering.prompts import render_chat
from guardrail.steering.requests import GenerationRequest

CHATS = {
    "user_only": [{"role": "user", "content": "Where is my parcel?"}],
    "system_and_user": [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hello"}],
    "multi_turn": [
        {"role": "user", "content": "Hi"},
        {"role": "assistant", "content": "Hello, how can I help?"},
        {"role": "user", "content": "Track order 42"},
    ],
}


@pytest.mark.parametrize("chat", CHATS.values(), ids=CHATS.keys())
@pytest.mark.parametrize("generation_prompt", [True, False], ids=["answer", "block"])
def test_renders_the_template_text_into_ids(tiny_model, chat, generation_prompt: bool) -> None:
    tokenizer = tiny_model.tokenizer
    text = tokenizer.apply_chat_template(chat, tokenize=False, add_generation_prompt=generation_prompt)
    assert render_chat(tokenizer, chat, generation_prompt=generation_prompt) == tokenizer(text, add_special_tokens=False)["input_ids"]


def test_a_generation_prompt_extends_the_block(tiny_model) -> None:
    system = [{"role": "system", "content": "Do not provide any personal data."}]
    block = render_chat(tiny_model.tokenizer, system, generation_prompt=False)
    assert render_chat(tiny_model.tokenizer, system)[: len(block)] == block
    assert len(render_chat(tiny_model.tokenizer, system)) > len(block)


@pytest.mark.parametrize("guidance", [1.0, 3.0], ids=["one_row", "cfg"])
def test_the_engine_prompts_each_row_as_rendered(tiny_model, guidance: float) -> None:
    from guardrail.steering.engine import SteeringEngine

    spec = SteeringSpec(guidance=guidance, positive_prompt="POS", negative_prompt="NEG")
    rows = SteeringEngine(tiny_model).encode(GenerationRequest([{"role": "user", "content": "Hi"}], spec))
    tokenizer = tiny_model.tokenizer
    assert rows == [render_chat(tokenizer, [{"role": "system", "content": s}, {"role": "user", "content": "Hi"}]) for s in ("POS", "NEG")][: len(rows)]
    assert len(rows) == (2 if guidance != 1.0 else 1)
