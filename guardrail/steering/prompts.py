"""The one place a chat is rendered with the model's chat template into token ids.

The engine (each CFG row's prompt and the system blocks its prefix cache keeps) and
training (examples and sampled candidates) must see the same tokens for the same chat, or
an adapter learns a prompt the engine never sends.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any


def render_chat(tokenizer: Any, messages: Sequence[Mapping[str, str]], *, generation_prompt: bool = True) -> list[int]:
    """Token ids of `messages` under the tokenizer's chat template.

    Args:
        tokenizer: a transformers tokenizer with a chat template.
        messages: the chat, `{"role": ..., "content": ...}` per turn.
        generation_prompt: end with the assistant turn's opening (True for a prompt to
            answer; False for a block that other turns follow, e.g. a system message alone).

    Returns:
        The ids, with no special tokens added beyond those the template writes.
    """
    text = tokenizer.apply_chat_template(list(messages), tokenize=False, add_generation_prompt=generation_prompt)
    return list(tokenizer(text, add_special_tokens=False)["input_ids"])
