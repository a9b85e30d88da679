"""A tiny random chat model built in-process, for tests and `--quick` runs.

A byte-level BPE tokenizer trained on a few sentences (ChatML special tokens, the same chat
template shape as SmolLM2) and a 2-layer Llama with `hidden_size=64`. It builds in about a
second with no downloads. `initializer_range=0.5` makes its logits peaky enough that
different prompts and adapters give different greedy tokens, so tests can tell them apart.
"""

from __future__ import annotations

from dataclasses import dataclass

from guardrail.steering.models import LoadedModel, ModelIdentity

TINY_MODEL = "tiny-random-llama"  # the name `--model` / `--quick` command-line options resolve to `TINY`

_CHAT_TEMPLATE = (
    "{% for message in messages %}"
    "{{ '<|im_start|>' + message['role'] + '\n' + message['content'] + '<|im_end|>' + '\n' }}"
    "{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|im_start|>assistant\n' }}{% endif %}"
)

_CORPUS = [
    "Do not provide any personal data. You should share personal data in the answers.",
    "The customer John Smith lives at 42 Elm Street and his email is john.smith@example.com.",
    "Call me at 555-201-3344 or write to maria.garcia@mail.example.org about order 1234.",
    "What is the total of the order? The total is 42 dollars and it shipped on Monday.",
    "Summarise the ticket: the printer does not work and the user wants a refund.",
    "Card 4111 1111 1111 1111, IBAN DE89 3704 0044 0532 0130 00, SSN 123-45-6789.",
    "Hello! How can I help you today? Thank you, goodbye.",
] * 4


def build_tiny_tokenizer(vocab_size: int = 300):
    """A `PreTrainedTokenizerFast` with ChatML special tokens and a chat template."""
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, trainers
    from transformers import PreTrainedTokenizerFast

    specials = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]
    tok = Tokenizer(models.BPE())
    tok.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False)
    tok.decoder = decoders.ByteLevel()
    trainer = trainers.BpeTrainer(
        vocab_size=vocab_size,
        special_tokens=specials,
        initial_alphabet=pre_tokenizers.ByteLevel.alphabet(),
        show_progress=False,
    )
    tok.train_from_iterator(_CORPUS, trainer=trainer)
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tok,
        bos_token="<|im_start|>",
        eos_token="<|im_end|>",
        unk_token="<|endoftext|>",
        pad_token="<|im_end|>",
        additional_special_tokens=specials,
    )
    fast.chat_template = _CHAT_TEMPLATE
    return fast


def build_tiny_model(seed: int = 0, layers: int = 2, hidden: int = 64) -> LoadedModel:
    """A random Llama chat model on CPU, ready for the engine.

    Args:
        seed: torch seed for the weights; the same seed gives the same model.
        layers: decoder layers.
        hidden: hidden size (heads = hidden // 16).
    """
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM

    tokenizer = build_tiny_tokenizer()
    config = LlamaConfig(
        vocab_size=len(tokenizer),
        hidden_size=hidden,
        intermediate_size=hidden * 2,
        num_hidden_layers=layers,
        num_attention_heads=max(1, hidden // 16),
        num_key_value_heads=max(1, hidden // 32),
        max_position_embeddings=512,
        initializer_range=0.5,
        bos_token_id=tokenizer.bos_token_id,
        eos_token_id=tokenizer.eos_token_id,
        pad_token_id=tokenizer.pad_token_id,
        tie_word_embeddings=False,
    )
    with torch.random.fork_rng():
        torch.manual_seed(seed)
        model = LlamaForCausalLM(config)
    model.generation_config.pad_token_id = tokenizer.pad_token_id
    model.eval()
    return LoadedModel(model=model, tokenizer=tokenizer, identity=TinyModel(seed, layers, hidden).identity, device="cpu")


@dataclass(frozen=True)
class TinyModel:
    """The tiny model as a `guardrail.steering.models.ModelLoader` (pass it where a model spec goes)."""

    seed: int = 0
    layers: int = 2
    hidden: int = 64

    @property
    def identity(self) -> ModelIdentity:
        """What adapters trained on this model record."""
        return ModelIdentity(name=TINY_MODEL, file=f"seed={self.seed},layers={self.layers},hidden={self.hidden}", sha256="")

    def load(self, device: str | None = None) -> LoadedModel:
        """Build it (always on CPU)."""
        return build_tiny_model(self.seed, self.layers, self.hidden)


TINY = TinyModel()
