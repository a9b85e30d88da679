"""The copy guard bans what would copy a protected value, in any spelling, and nothing else."""

from __future__ import annotations

import pytest

from guardrail.steering.copyguard import CopyGuard, TokenTexts, normalise, protected_keys

VALUES = (
    "Danielle Olson",
    "danielle.olson12@gmail.com",
    "+1 415 555 0198",
    "4539 1488 0343 6467",
    "7483 Padilla Street",
    "GB82WEST12345698765432",
    "386-45-1234",
    "Renee Price",
)


def _tokenisations(text: str, tokenizer) -> dict[str, list[str]]:
    """Three ways a model could produce `text`: the tokenizer's own, one piece per character, per word."""
    words = text.split(" ")
    return {
        "bpe": [tokenizer.decode([i]) for i in tokenizer.encode(text)],
        "chars": list(text),
        "words": [words[0]] + [" " + w for w in words[1:]],
    }


def first_banned(pieces: list[str], values=VALUES, min_chars: int = 4, texts: list[str] | None = None,
                 inner_chars: int | None = 6) -> int | None:
    """Generate `pieces` one at a time; the index of the first piece the guard bans (None: all pass).

    `texts[i]` is the text before piece i (default: the pieces joined; a byte-level tokenizer's
    pieces can be partial characters, so its own decode of the prefix is passed then).
    """
    vocab = list(dict.fromkeys(pieces))
    guard = CopyGuard(values, vocab.__getitem__, min_chars, inner_chars)
    for index, piece in enumerate(pieces):
        text = texts[index] if texts is not None else "".join(pieces[:index])
        if guard.banned(text, [vocab.index(piece)]):
            return index
    return None


def _first_banned_in(text: str, how: str, tokenizer) -> tuple[list[str], int | None]:
    pieces = _tokenisations(text, tokenizer)[how]
    texts = None
    if how == "bpe":
        ids = tokenizer.encode(text)
        texts = [tokenizer.decode(ids[:i]) for i in range(len(ids))]
    return pieces, first_banned(pieces, texts=texts)


@pytest.fixture(scope="module")
def tokenizer():
    from guardrail.steering.tiny import build_tiny_tokenizer

    return build_tiny_tokenizer()


BLOCKED = {
    "name": "The customer is Danielle Olson.",
    "name-upper": "DANIELLE OLSON",
    "name-lower": "danielle olson",
    "name-spaced": "D a n i e l l e",
    "name-hyphenated": "Dan-ielle",
    "surname-first": "Olson, Danielle",
    "surname-alone": "Ms Olson called.",
    "given-name-alone": "Hello Danielle!",
    "accented": "Dánielle",
    "email": "Write to danielle.olson12@gmail.com",
    "email-obfuscated": "danielle dot olson12 at gmail dot com",
    "phone-dashes": "Call 415-555-0198",
    "phone-brackets": "(415) 555 0198",
    "phone-country": "+1 415 555 0198",
    "phone-words": "four one five five five five",
    "phone-words-caps": "Four One Five Five Five",
    "card-spaced": "card 4539 1488 0343 6467",
    "card-glued": "4539148803436467",
    "card-digit-spaced": "4 5 3 9 1 4 8 8",
    "card-commas": "4539, 1488, 0343",
    "ssn-dashes": "SSN 386-45-1234",
    "ssn-dots": "386.45.1234",
    "iban": "IBAN GB82 WEST 1234 5698 7654 32",
    "iban-lower": "gb82west12345698765432",
    "street": "lives at 7483 Padilla Street",
}


# Copying from inside a value: more than `inner_chars` (6) normalised characters in a row.
INNER_BLOCKED = {
    "email-without-first-name": "Mail olson12@gmail.com",
    "email-local-tail": "it is elle.olson12",
    "phone-last-seven": "the number ends in 555-0198",
    "phone-last-seven-words": "five five five zero one nine eight",
    "card-middle": "card ...1488 0343 64...",
    "card-last-eight": "ending 0343 6467",
    "ssn-last-seven": "SSN ...6-45-1234",
    "iban-middle": "account WEST 1234 5698",
    "street-name": "on Padilla Street",
}
BLOCKED.update(INNER_BLOCKED)


@pytest.mark.parametrize("how", ["bpe", "chars", "words"])
@pytest.mark.parametrize("name", sorted(BLOCKED))
def test_blocks_a_value_in_any_spelling(name, how, tokenizer):
    pieces, index = _first_banned_in(BLOCKED[name], how, tokenizer)
    assert index is not None, f"{BLOCKED[name]!r} as {pieces} was not blocked"


ALLOWED = {
    "danish": "She ate a Danish pastry.",  # shares "Dani" with Danielle
    "dance": "They love to dance and dine.",
    "across-words": "and a niece and Dan",  # "danie" only across a word boundary
    "olive": "Olive oil, olives and Olsen",  # "Ols" then a different letter
    "price-common-word": "The price is fair; prices rise.",  # the surname Price, written as a common word
    "renew": "Renew the plan, renewal is due.",  # "Rene" of Renee
    "total": "The total is $1,234.56 on 2024-05-12.",
    "prefix-of-number": "Order 4539 shipped, order 4155 too.",  # 4 digits of a value: min_chars
    "other-number": "Call 212-555-0134 instead.",  # the same exchange, another number
    "gmail": "Use any gmail account.",
    "street-word": "Street food on Padre Island.",
    "oh": "Oh, one more thing: it is fine.",
}
INNER_ALLOWED = {
    "email-domain": "They use gmail.com too.",  # an e-mail address's domain identifies nobody
    "card-last-four": "the card ending 6467",
    "ssn-last-four": "SSN ending in 1234",
    "phone-last-four": "call the line ending 0198",
    "total-with-value-digits": "Total $45.39, order 1488 03",  # short runs of the card's digits, not one long one
    "street-suffix": "The street is quiet.",
}
ALLOWED.update(INNER_ALLOWED)


@pytest.mark.parametrize("how", ["bpe", "chars", "words"])
@pytest.mark.parametrize("name", sorted(ALLOWED))
def test_leaves_ordinary_words_alone(name, how, tokenizer):
    pieces, index = _first_banned_in(ALLOWED[name], how, tokenizer)
    assert index is None, f"{pieces[index]!r} of {ALLOWED[name]!r} was banned"


@pytest.mark.parametrize("name", sorted(INNER_BLOCKED))
def test_the_prefix_check_alone_misses_inner_runs(name):
    assert first_banned(list(INNER_BLOCKED[name]), inner_chars=None) is None


@pytest.mark.parametrize(("inner_chars", "allowed", "banned"), [(6, "555019", "5550198"), (8, "15555019", "155550198")])
def test_inner_chars_is_how_long_an_inside_run_may_be(inner_chars, allowed, banned):
    values = ("+1 415 555 0198",)
    assert first_banned(list(" x" + allowed), values, 4, inner_chars=inner_chars) is None
    assert first_banned(list(" x" + banned), values, 4, inner_chars=inner_chars) == len(banned) + 1


def test_rejects_inner_chars_below_min_chars():
    with pytest.raises(ValueError, match="inner_chars"):
        CopyGuard(("x",), str, 4, 3)


@pytest.mark.parametrize(
    ("min_chars", "allowed", "banned"),
    [(4, "Dani", "Danie"), (2, "Da", "Dan"), (6, "Daniel", "Daniell")],
)
def test_min_chars_is_how_much_of_a_value_may_appear(min_chars, allowed, banned):
    assert first_banned(list(allowed), ("Danielle Olson",), min_chars) is None
    assert first_banned(list(banned), ("Danielle Olson",), min_chars) == len(banned) - 1


def test_a_slipped_prefix_is_not_extended_but_may_end():
    guard = CopyGuard(("Danielle Olson",), ["l", " ", ".", "le"].__getitem__, 4)
    assert list(guard.banned("Call Daniel", [0, 1, 2, 3])) == [0, 3]  # "Daniell" banned, " " and "." pass


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(415) 555-0198", "4155550198"),
        ("Four ONE five", "415"),
        ("fourteen", "fourteen"),
        ("J. O’Brien-Smith", "jobriensmith"),
        ("Ｄａｎ ４２", "dan42"),
        ("Crème Brûlée", "cremebrulee"),
    ],
)
def test_normalise(text, expected):
    assert normalise(text).text == expected


def test_keys_of_values():
    keys = {k.text: k for k in protected_keys(("+1 (415) 555-0198", "Renee Price", "Jo Li"), 4)}
    assert {"14155550198", "4155550198", "reneeprice", "renee", "price"} <= set(keys)
    assert keys["price"].capital and not keys["reneeprice"].capital
    assert "jo" not in keys and "li" not in keys  # too short to protect at min_chars=4
    assert not keys["4155550198"].word_start


def test_banned_is_a_subset_of_candidates_and_empty_without_values():
    vocab = [" Dan", "ielle", " the", "."]
    guard = CopyGuard(("Danielle Olson",), vocab.__getitem__, 4)
    assert set(guard.banned(" Dan", [2, 3])) == set()
    assert set(guard.banned(" Dan", [1, 2, 3])) == {1}
    assert CopyGuard((), vocab.__getitem__, 4).banned(" Dan", [1]) == ()


def test_rejects_bad_min_chars():
    with pytest.raises(ValueError, match="min_chars"):
        CopyGuard(("x",), str, 0)


def test_token_texts_decodes_once(tokenizer):
    texts = TokenTexts(tokenizer)
    ids = tokenizer.encode(" John Smith")
    assert "".join(texts(i) for i in ids) == " John Smith"
    assert texts(ids[0]) is texts(ids[0])


# -- in the engine (tiny model): greedy, CFG, sampling, a mixed batch -----------------------

PROMPT = "The customer John Smith lives at 42 Elm Street, call 555-201-3344. What is the total?"


@pytest.fixture(scope="module")
def engine(tiny_model):
    import copy

    from guardrail.steering.engine import SteeringEngine
    from guardrail.steering.models import LoadedModel

    own = LoadedModel(copy.deepcopy(tiny_model.model), tiny_model.tokenizer, tiny_model.identity, tiny_model.device)
    return SteeringEngine(own)


def _request(w: float, constraints=(), **decoding):
    from guardrail.policy import DecodingSpec, SteeringSpec
    from guardrail.steering.engine import GenerationRequest

    spec = DecodingSpec(max_new_tokens=24, repetition_penalty=1.0, **decoding)
    return GenerationRequest(PROMPT, SteeringSpec(guidance=w, decoding=spec), constraints=constraints)


def _emitted_tokens_allowed(result, guard: CopyGuard, tokenizer) -> bool:
    """Whether a fresh guard would have allowed every token the engine emitted."""
    ids = list(result.token_ids)
    return not any(guard.banned(tokenizer.decode(ids[:i], skip_special_tokens=True), [ids[i]]) for i in range(len(ids)))


@pytest.mark.parametrize(
    ("w", "decoding"),
    [(1.0, {}), (3.0, {}), (2.0, {"temperature": 1.0, "seed": 7})],
    ids=["greedy", "cfg", "cfg-sampled"],
)
def test_guard_in_the_engine_blocks_what_it_would_copy(engine, w, decoding):
    """Protect what the model says unguarded; guarded, every token it emits passes the guard."""
    tokenizer = engine.loaded.tokenizer
    free = engine.generate([_request(w, **decoding)])[0]
    value = free.text.strip()
    assert len(normalise(value).text) > 5, "precondition: the unguarded answer has something to protect"
    texts = TokenTexts(tokenizer)
    guarded = engine.generate([_request(w, (CopyGuard([value], texts, 4),), **decoding)])[0]
    assert guarded.error is None and guarded.finish_reason in {"eos", "length", "constraint"}
    assert not _emitted_tokens_allowed(free, CopyGuard([value], texts, 4), tokenizer)
    assert _emitted_tokens_allowed(guarded, CopyGuard([value], texts, 4), tokenizer)
    assert normalise(value).text[:5] not in normalise(guarded.text).text


def test_the_engine_builds_the_guard_from_the_values_a_request_protects(engine):
    """`protect` under an enabled copy guard decodes exactly as the same guard passed as a constraint."""
    from dataclasses import replace

    from guardrail.policy import CopyGuardSpec

    value = engine.generate([_request(3.0)])[0].text.strip()
    spec = CopyGuardSpec(enabled=True, min_chars=4)
    by_hand = engine.generate([_request(3.0, (CopyGuard([value], TokenTexts(engine.loaded.tokenizer), 4, spec.inner_chars),))])[0]
    plain = _request(3.0)
    guarded = replace(plain, steering=plain.steering.model_copy(update={"copy_guard": spec}), protect=(value,))
    unguarded = replace(plain, protect=(value,))  # values without an enabled guard guard nothing
    by_engine, ignored = engine.generate([guarded, unguarded])
    assert by_engine.token_ids == by_hand.token_ids and by_engine.text != ignored.text


def test_mixed_batch_guards_only_the_request_that_asks(engine):
    tokenizer = engine.loaded.tokenizer
    alone = engine.generate([_request(3.0)])[0]
    guard = CopyGuard([alone.text.strip()], TokenTexts(tokenizer), 4)
    plain, guarded = engine.generate([_request(3.0), _request(3.0, (guard,))])
    assert plain.text == alone.text  # the unguarded neighbour is untouched
    assert guarded.text != alone.text
    assert _emitted_tokens_allowed(guarded, CopyGuard([alone.text.strip()], TokenTexts(tokenizer), 4), tokenizer)


def test_guard_with_no_values_changes_nothing(engine):
    alone = engine.generate([_request(1.0)])[0]
    guarded = engine.generate([_request(1.0, (CopyGuard([], TokenTexts(engine.loaded.tokenizer), 4),))])[0]
    assert guarded.text == alone.text


# -- the facade builds one guard per request from the prompt's values --------------------

GUARDED_POLICY = """\
tenant: shop
default_source: public
sources:
  public:
    steering:
      guidance: 1.0
      copy_guard: {enabled: true, min_chars: 3}
    filter: {entities: [EMAIL_ADDRESS, PERSON]}
  open:
    steering:
      guidance: 1.0
      copy_guard: {enabled: true}
    filter: {entities: []}
  plain:
    steering:
      guidance: 1.0
    filter: {entities: [EMAIL_ADDRESS]}
"""


class RecordingEngine:
    """Records the requests; answers with an empty text."""

    def __init__(self, tokenizer) -> None:
        from types import SimpleNamespace

        self.loaded = SimpleNamespace(tokenizer=tokenizer)
        self.requests = []

    def generate(self, requests, on_text=None):
        from guardrail.steering.engine import GenerationResult

        self.requests += list(requests)
        return [GenerationResult("ok", (), 1, 1, "eos") for _ in requests]


class ValuesFilter:
    """`find_values` returns fixed values and records the spec it was given; `filter` passes text through."""

    def __init__(self, values=(), fail: bool = False) -> None:
        self.values, self.fail, self.specs, self.protected = list(values), fail, [], []

    def find_values(self, texts, spec):
        from guardrail.errors import FilterError

        self.specs.append((list(texts), spec))
        if self.fail:
            raise FilterError("analysis failed: RuntimeError")
        return self.values

    def filter(self, text, spec, tenant, *, protect=()):
        from guardrail.filtering.base import FilterResult

        self.protected.append(tuple(protect))
        return FilterResult(text, ())


@pytest.fixture
def guarded_store(tmp_path):
    from guardrail.policy.store import PolicyStore

    (tmp_path / "shop.yaml").write_text(GUARDED_POLICY)
    return PolicyStore.from_dir(tmp_path, adapters_dir=None)


def test_facade_guards_requests_of_routes_that_enable_it(guarded_store, tokenizer, engine):
    from guardrail import Guardrail
    from guardrail.policy import DEFAULT_ENTITIES

    recorder, found = RecordingEngine(tokenizer), ValuesFilter(["Danielle Olson", "d.olson@mail.example"])
    guard = Guardrail(guarded_store, engine=recorder, output_filter=found)
    try:
        guard.generate([{"role": "system", "content": "Danielle Olson, d.olson@mail.example"}, {"role": "user", "content": "Hi"}],
                       tenant="shop", source="public")
        guard.generate("Hi", tenant="shop", source="open")
        guard.generate("Hi", tenant="shop", source="plain")
    finally:
        guard.close()
    public, open_, plain = recorder.requests
    assert public.protect == ("Danielle Olson", "d.olson@mail.example")  # the facade passes values, the engine guards
    copy_guard = engine.copy_guard(public.steering.copy_guard, public.protect)
    assert isinstance(copy_guard, CopyGuard) and copy_guard.min_chars == 3
    assert {"danielleolson", "olson", "dolsonmailexample"} <= {k.text for k in copy_guard.keys}
    assert found.specs[0][0] == ["Danielle Olson, d.olson@mail.example", "Hi"]  # every message is analysed
    assert found.specs[0][1].entities == ("EMAIL_ADDRESS", "PERSON")  # () = the route filter's entities
    assert found.specs[1][1].entities == DEFAULT_ENTITIES  # the filter is off: the default entities
    assert open_.steering.copy_guard.enabled and len(open_.protect) == 2
    assert not plain.steering.copy_guard.enabled and plain.protect == () and plain.constraints == ()
    # A filtering route without the guard analyses the prompt once, for the filter's context values.
    assert len(found.specs) == 3 and found.specs[2][1].entities == ("EMAIL_ADDRESS",)


def test_the_prompts_values_are_removed_from_the_answer_wherever_they_reappear(guarded_store, tokenizer):
    from guardrail import Guardrail

    engine = RecordingEngine(tokenizer)
    found = ValuesFilter(values=["Danielle Olson"])
    guard = Guardrail(guarded_store, engine=engine, output_filter=found)
    try:
        guard.generate("Danielle Olson wrote in.", tenant="shop", source="plain")
        guard.generate("Danielle Olson wrote in.", tenant="shop", source="open")  # no filter: nothing to protect
    finally:
        guard.close()
    assert found.protected == [("Danielle Olson",), ()]


def test_facade_fails_closed_when_the_prompt_cannot_be_analysed(guarded_store, tokenizer):
    from guardrail import Guardrail
    from guardrail.errors import FilterError

    engine = RecordingEngine(tokenizer)
    guard = Guardrail(guarded_store, engine=engine, output_filter=ValuesFilter(fail=True))
    try:
        with pytest.raises(FilterError):
            guard.generate("Hi Danielle", tenant="shop", source="public")
    finally:
        guard.close()
    assert engine.requests == []  # nothing was generated unguarded
