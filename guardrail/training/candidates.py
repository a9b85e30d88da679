"""Candidate answers sampled from the base model under a system prompt.

Plain batched `model.generate` (left-padded) is enough here: candidates come from the
base model under the positive and the negative system prompt separately, which keeps the
adapter's training answers close to the base model's own distribution.
"""

from __future__ import annotations

from collections.abc import Sequence

from guardrail.steering.models import LoadedModel
from guardrail.training.data import Scenario


def sample_answers(
    loaded: LoadedModel,
    scenarios: Sequence[Scenario],
    system_prompt: str,
    max_new_tokens: int = 48,
    temperature: float = 0.7,
    top_p: float = 0.9,
    batch_size: int = 16,
    seed: int = 0,
) -> list[str]:
    """One sampled answer per scenario under `system_prompt`.

    Args:
        loaded: the base model (no adapter attached).
        scenarios: the scenarios to answer.
        system_prompt: the positive or the negative prompt.
        max_new_tokens: answer length bound.
        temperature / top_p: sampling settings (temperature 0 decodes greedily).
        batch_size: scenarios per `generate` call.
        seed: torch seed; the same seed and inputs give the same answers on one machine.

    Returns:
        The decoded answers, in the order of `scenarios`.
    """
    import torch

    tokenizer, model = loaded.tokenizer, loaded.model
    pad = tokenizer.pad_token_id
    answers: list[str] = []
    with torch.random.fork_rng(devices=[]), torch.no_grad():
        torch.manual_seed(seed)
        for start in range(0, len(scenarios), batch_size):
            batch = scenarios[start : start + batch_size]
            prompts = [
                tokenizer(
                    tokenizer.apply_chat_template(list(s.messages(system_prompt)), add_generation_prompt=True, tokenize=False),
                    add_special_tokens=False,
                ).input_ids
                for s in batch
            ]
            width = max(len(p) for p in prompts)
            ids = torch.tensor([[pad] * (width - len(p)) + p for p in prompts], device=loaded.device)
            mask = torch.tensor([[0] * (width - len(p)) + [1] * len(p) for p in prompts], device=loaded.device)
            out = model.generate(
                input_ids=ids,
                attention_mask=mask,
                max_new_tokens=max_new_tokens,
                do_sample=temperature > 0,
                temperature=temperature if temperature > 0 else None,
                top_p=top_p if temperature > 0 else None,
                top_k=None,
                repetition_penalty=1.1,
                pad_token_id=pad,
                eos_token_id=tokenizer.eos_token_id,
            )
            answers += [tokenizer.decode(row[width:], skip_special_tokens=True).strip() for row in out]
    return answers
