"""`@protect`: every return shape filtered, routing per call, streams, errors, signatures.

Shapes, routing and streams run on `FakeGuard` (an e-mail filter); the tables of numbers,
keys, nested containers, pydantic models and dataclasses run on the real Presidio filter,
each case asserting the exact output or the exact error.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime
import decimal
import enum
import inspect
import logging
import traceback
import uuid
from collections import OrderedDict, defaultdict, namedtuple

import pytest
from guard_fakes import FakeFilterResult, FakeGuard, shared_output_filter
from pydantic import BaseModel

from guardrail.audit import AUDIT_LOGGER
from guardrail.decorator import filter_value, protect
from guardrail.errors import FilterError, PolicyError

EMAIL = "jane.doe@example.com"
REDACTED = "<EMAIL_ADDRESS>"


@pytest.fixture
def guard() -> FakeGuard:
    return FakeGuard()


class Contact(BaseModel):
    name: str
    email: str
    tags: list[str] = []


class Level(str, enum.Enum):
    GOLD = "gold@example.com"  # an enum member is a code constant, never filtered


@dataclasses.dataclass(frozen=True)
class Ticket:
    subject: str
    contact: Contact


Pair = namedtuple("Pair", "left right")


def _redact(texts: list[str]) -> list[FakeFilterResult]:
    return [FakeFilterResult(t.replace(EMAIL, REDACTED), ()) for t in texts]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (f"write to {EMAIL}", f"write to {REDACTED}"),
        ({EMAIL: EMAIL, "n": 3}, {REDACTED: REDACTED, "n": 3}),  # keys are filtered too
        ([EMAIL, [EMAIL, None]], [REDACTED, [REDACTED, None]]),
        ((EMAIL, 1.5), (REDACTED, 1.5)),
        (Pair(EMAIL, 2), Pair(REDACTED, 2)),
        ({EMAIL}, {REDACTED}),
        (OrderedDict(a=EMAIL), OrderedDict(a=REDACTED)),
        ({"when": datetime.date(2024, 1, 2), "id": uuid.UUID(int=7), "level": Level.GOLD},
         {"when": datetime.date(2024, 1, 2), "id": uuid.UUID(int=7), "level": Level.GOLD}),
    ],
    ids=["str", "dict", "list", "tuple", "namedtuple", "set", "ordereddict", "plain-values"],
)
def test_filter_value_shapes(value, expected):
    out = filter_value(value, _redact)
    assert out == expected
    assert type(out) is type(expected)


def test_filter_value_models_and_dataclasses_come_back_as_filtered_copies():
    contact = Contact(name="Jane", email=EMAIL, tags=[EMAIL])
    ticket = Ticket(subject=f"from {EMAIL}", contact=contact)
    out = filter_value(ticket, _redact)
    assert type(out) is Ticket and type(out.contact) is Contact
    assert out == Ticket(subject=f"from {REDACTED}", contact=Contact(name="Jane", email=REDACTED, tags=[REDACTED]))
    assert contact.email == EMAIL  # the original is not mutated


def test_filter_value_keeps_defaultdict_factory():
    value = defaultdict(list, a=[EMAIL])
    out = filter_value(value, _redact)
    assert type(out) is defaultdict and out["a"] == [REDACTED] and out["missing"] == []


def test_filter_value_makes_one_filter_call_for_every_text():
    calls = []
    value = {f"k{i}": [f"mail {EMAIL}", {"note": EMAIL}] for i in range(10)}
    out = filter_value(value, lambda texts: calls.append(len(texts)) or _redact(texts))
    assert calls == [40]  # 10 keys and 30 values, one batch
    assert out["k3"] == [f"mail {REDACTED}", {"note": REDACTED}]


@pytest.mark.parametrize("value", [b"jane.doe@example.com", object(), {"k": bytearray(b"x")}])
def test_filter_value_refuses_what_it_cannot_read(value):
    with pytest.raises(FilterError, match="cannot read a value of type"):
        filter_value(value, _redact)


def test_sync_handler_is_filtered_and_keeps_name_doc_and_signature(guard):
    def lookup(customer_id: int, *, verbose: bool = False) -> dict:
        """Look a customer up."""
        return {"id": customer_id, "email": EMAIL, "notes": [f"mail {EMAIL} today"]}

    protected = protect(guard, tenant="shop", source="storefront")(lookup)
    assert protected(7) == {"id": 7, "email": REDACTED, "notes": [f"mail {REDACTED} today"]}
    assert protected.__name__ == "lookup" and protected.__doc__ == "Look a customer up."
    assert inspect.signature(protected) == inspect.signature(lookup)


def test_pydantic_return_is_a_filtered_copy_of_the_same_type(guard):
    @protect(guard, tenant="shop")
    def handler() -> Contact:
        return Contact(name="Jane", email=EMAIL)

    out = handler()
    assert isinstance(out, Contact) and out.email == REDACTED


def test_tenant_and_source_callables_receive_the_handler_arguments(guard):
    seen = []

    def pick_source(request: dict) -> str:
        seen.append(request)
        return request["source"]

    @protect(guard, tenant=lambda request: request["tenant"], source=pick_source)
    def handler(request: dict) -> str:
        return f"contact {EMAIL}"

    assert handler({"tenant": "shop", "source": "storefront"}) == f"contact {REDACTED}"
    # support_agent's policy does not filter e-mail addresses: the route really changes per call
    assert handler({"tenant": "shop", "source": "support_agent"}) == f"contact {EMAIL}"
    assert seen == [{"tenant": "shop", "source": "storefront"}, {"tenant": "shop", "source": "support_agent"}]


def test_callables_without_parameters_are_called_without_arguments(guard):
    @protect(guard, tenant=lambda: "shop", source=lambda: "storefront")
    def handler(ticket_id: str) -> str:
        return f"{ticket_id}: {EMAIL}"

    assert handler("T-1") == f"T-1: {REDACTED}"


@pytest.mark.parametrize(("tenant", "source"), [("nobody", None), ("shop", "no_such_source")])
def test_unknown_route_raises_before_the_handler_runs(guard, tenant, source):
    ran = []

    @protect(guard, tenant=tenant, source=source)
    def handler():
        ran.append(True)
        return "x"

    @protect(guard, tenant=tenant, source=source)
    def streaming():
        ran.append(True)
        yield "x"

    with pytest.raises(PolicyError, match="unknown"):
        handler()
    with pytest.raises(PolicyError, match="unknown"):
        streaming()  # raised at call time, not at the first iteration
    assert ran == []


def test_handler_exceptions_are_raised_as_the_same_type_with_a_filtered_message(guard):
    error = KeyError(f"customer {EMAIL}")

    @protect(guard, tenant="shop")
    def handler():
        raise error

    with pytest.raises(KeyError) as caught:
        handler()
    assert caught.value is not error and caught.value.args == (f"customer {REDACTED}",)
    assert caught.value.__cause__ is None and caught.value.__context__ is None  # the original is not reachable
    assert EMAIL not in "".join(traceback.format_exception(caught.value))


def test_filter_failure_propagates(guard, monkeypatch):
    def broken(*args, **kwargs):
        raise FilterError("the output filter failed; on_error is block")

    monkeypatch.setattr(guard, "redact_many", broken)

    @protect(guard, tenant="shop")
    def handler():
        return f"mail {EMAIL}"

    with pytest.raises(FilterError):
        handler()


def test_redact_input_filters_string_arguments(guard):
    received = []

    @protect(guard, tenant="shop", redact_input=True)
    def handler(question: str, limit: int, *, note: str) -> str:
        received.append((question, limit, note))
        return "ok"

    assert handler(f"who is {EMAIL}?", 3, note=EMAIL) == "ok"
    assert received == [(f"who is {REDACTED}?", 3, REDACTED)]
    assert [call[0] for call in guard.calls] == ["redact_many", "redact_many"]  # the arguments, the answer


def test_async_handler(guard):
    @protect(guard, tenant="shop", source="storefront")
    async def handler(n: int) -> list:
        await asyncio.sleep(0)
        return [EMAIL] * n

    assert inspect.iscoroutinefunction(handler)
    assert asyncio.run(handler(2)) == [REDACTED, REDACTED]


SPLIT_EMAIL = ["Contact: ja", "ne.doe@exa", "mple.com ", "today.", " Bye"]


def _assert_safe_stream(pieces: list) -> None:
    text = "".join(p for p in pieces if isinstance(p, str))
    assert text == f"Contact: {REDACTED} today. Bye"
    assert not any("jane" in p or "@" in p or "mple" in p for p in pieces if isinstance(p, str))


def test_generator_is_streamed_through_the_streaming_filter(guard):
    @protect(guard, tenant="shop", source="storefront")
    def handler():
        yield from SPLIT_EMAIL

    pieces = list(handler())
    _assert_safe_stream(pieces)
    assert len(pieces) > 1  # released progressively, not all at close
    assert all(stream.closed for stream in guard.streams)


def test_generator_filters_text_across_non_text_items(guard):
    @protect(guard, tenant="shop")
    def handler():
        yield "see jane.doe@"
        yield {"email": EMAIL}
        yield "example.com bye"

    # one streaming filter reads all the text: the dict does not split the e-mail in two
    pieces = list(handler())
    assert {"email": REDACTED} in pieces
    assert "".join(p for p in pieces if isinstance(p, str)) == f"see {REDACTED} bye"
    assert not any("jane" in p or "@" in p for p in pieces if isinstance(p, str))


def test_generator_closed_early_closes_the_handler(guard):
    finished = []

    @protect(guard, tenant="shop")
    def handler():
        try:
            for i in range(100):
                yield f"word{i} "
        finally:
            finished.append(True)

    stream = handler()
    assert next(stream) == "word0 "
    stream.close()
    assert finished == [True]


def test_async_generator(guard):
    @protect(guard, tenant="shop", source="storefront")
    async def handler(pieces: list[str]):
        for piece in pieces:
            await asyncio.sleep(0)
            yield piece

    async def collect():
        return [p async for p in handler(SPLIT_EMAIL)]

    _assert_safe_stream(asyncio.run(collect()))
    assert handler.__name__ == "handler"


def test_generator_error_midway_releases_nothing_held_back(guard):
    @protect(guard, tenant="shop")
    def handler():
        yield "mail jane.doe@exa"
        raise RuntimeError("upstream failed")

    stream = handler()
    assert next(stream) == "mail "
    with pytest.raises(RuntimeError, match="upstream failed"):
        next(stream)


# --- the real filter: numbers, keys, nested containers, models, dataclasses ---------------

BANK_POLICY = """
tenant: bank
default_source: strict
sources:
  strict:
    filter:
      entities: [EMAIL_ADDRESS, PHONE_NUMBER, CREDIT_CARD, US_SSN, ACCOUNT_NUMBER]
      threshold: 0.4
      operator: replace
      recognizers:
        - name: account_numbers
          entity: ACCOUNT_NUMBER
          patterns:
            - {regex: '\\b7\\d{11}\\b', score: 0.9}
  masked:
    filter:
      entities: [EMAIL_ADDRESS, PHONE_NUMBER, CREDIT_CARD, US_SSN]
      operator: mask
      on_error: redact_all
"""
PHONE, CARD, SSN, ACCOUNT = 4155550187, 4929185152316740, 536221234, 712345678901
MAIL, OTHER = "jane.roe@example.org", "sam.poe@example.org"
MERGE = "two keys of a dict became equal after filtering"


@pytest.fixture(scope="module")
def bank(tmp_path_factory):
    from guardrail import Guardrail

    folder = tmp_path_factory.mktemp("bank")
    (folder / "bank.yaml").write_text(BANK_POLICY)
    return Guardrail.from_dir(folder, output_filter=shared_output_filter())


def _protected(bank, value, source="strict"):
    return protect(bank, tenant="bank", source=source)(lambda: value)()


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (PHONE, "<PHONE_NUMBER>"),
        (CARD, "<CREDIT_CARD>"),
        (SSN, "<US_SSN>"),  # analysed in the 536-22-1234 layout too
        (ACCOUNT, "<ACCOUNT_NUMBER>"),  # the policy's own recognizer
        (float(PHONE), "<PHONE_NUMBER>"),
        (decimal.Decimal(CARD), "<CREDIT_CARD>"),
        (3, 3),
        (84.5, 84.5),
        (2026, 2026),
        (99999, 99999),  # fewer than MIN_DIGITS digits: never analysed
        (250000, 250000),
        (True, True),
        ({"phone": PHONE, "card": CARD, "qty": 2, "price": 19.99},
         {"phone": "<PHONE_NUMBER>", "card": "<CREDIT_CARD>", "qty": 2, "price": 19.99}),
    ],
    ids=["phone", "card", "ssn", "account", "float-phone", "decimal-card", "small", "price", "year",
         "five-digits", "six-digits-no-value", "bool", "issue-dict"],
)
def test_numbers(bank, value, expected):
    assert _protected(bank, value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [(PHONE, "*" * 10), (SSN, "*" * 11), ({"card": CARD}, {"card": "*" * 16})],
    ids=["phone", "ssn-layout", "card"],
)
def test_numbers_masked(bank, value, expected):
    assert _protected(bank, value, "masked") == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ({MAIL: "subscribed"}, {"<EMAIL_ADDRESS>": "subscribed"}),
        ({PHONE: "mobile", 7: "seven"}, {"<PHONE_NUMBER>": "mobile", 7: "seven"}),
        ({(MAIL, 1): "row"}, {("<EMAIL_ADDRESS>", 1): "row"}),
        ({MAIL: 1, OTHER: 2}, FilterError(MERGE)),
        ({"<EMAIL_ADDRESS>": 1, MAIL: 2}, FilterError(MERGE)),  # the filtered key meets an existing one
        ({MAIL, OTHER}, FilterError("two members of a set became equal")),
        (frozenset({MAIL, "plain"}), frozenset({"<EMAIL_ADDRESS>", "plain"})),
    ],
    ids=["email-key", "number-key", "tuple-key", "two-keys-merge", "key-meets-key", "set-merge", "frozenset"],
)
def test_keys(bank, value, expected):
    _check(bank, value, expected)


def test_keys_masked_to_the_same_length_would_merge(bank):
    with pytest.raises(FilterError, match=MERGE):
        _protected(bank, {"ann@example.org": 1, "bob@example.org": 2}, "masked")


class Person(BaseModel):
    name: str
    email: str
    phone: int | None = None
    ids: list[int] = []
    orders: dict[str, int] = {}


@dataclasses.dataclass(frozen=True)
class Row:
    note: str
    phone: int
    extra: dict


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ({"customer": {"contacts": [("email", MAIL), {"card": CARD}], "ids": {PHONE}}},
         {"customer": {"contacts": [("email", "<EMAIL_ADDRESS>"), {"card": "<CREDIT_CARD>"}], "ids": {"<PHONE_NUMBER>"}}}),
        (Person(name="Jane", email=MAIL, ids=[3, 250000], orders={MAIL: 2}),
         Person(name="Jane", email="<EMAIL_ADDRESS>", ids=[3, 250000], orders={"<EMAIL_ADDRESS>": 2})),
        (Person(name="Jane", email=MAIL, phone=PHONE),
         FilterError("Person.phone holds a number that the route filters as PHONE_NUMBER")),
        ([Person(name="x", email="x", ids=[SSN])],
         FilterError("Person.ids holds a number that the route filters as US_SSN")),
        (Row(note=f"call {MAIL}", phone=PHONE, extra={MAIL: [CARD, 12]}),
         Row(note="call <EMAIL_ADDRESS>", phone="<PHONE_NUMBER>", extra={"<EMAIL_ADDRESS>": ["<CREDIT_CARD>", 12]})),
    ],
    ids=["nested-containers", "model", "model-number-field", "model-in-list", "dataclass"],
)
def test_models_dataclasses_and_nesting(bank, value, expected):
    _check(bank, value, expected)


def _check(bank, value, expected):
    if isinstance(expected, Exception):
        with pytest.raises(type(expected), match=str(expected)):
            _protected(bank, value)
    else:
        out = _protected(bank, value)
        assert out == expected
        assert type(out) is type(expected)


def test_one_analysis_batch_and_one_audit_event_per_call(bank, caplog, monkeypatch):
    analyzer = bank.output_filter.analyzer
    batches = []
    original = analyzer.analyze
    monkeypatch.setattr(analyzer, "analyze", lambda texts, spec, **kw: batches.append(len(texts)) or original(texts, spec, **kw))
    record = {f"field{i}": f"Customer {i} writes from {MAIL}." for i in range(20)}

    with caplog.at_level(logging.INFO, logger=AUDIT_LOGGER):
        out = _protected(bank, {**record, "phone": PHONE})
    assert out == {**{k: f"Customer {i} writes from <EMAIL_ADDRESS>." for i, k in enumerate(record)},
                   "phone": "<PHONE_NUMBER>"}
    assert len(batches) == 1
    events = [r.guardrail_audit for r in caplog.records if r.name == AUDIT_LOGGER]
    assert len(events) == 1
    assert events[0]["entity_counts"] == {"EMAIL_ADDRESS": 20, "PHONE_NUMBER": 1}
    assert MAIL not in caplog.text


# --- Guardrail.redact_many: the batch behind @protect ----------------------------------

LONG = "word " * 90 + "then mail jane.roe@example.org"  # no sentence end: the filter must cut it


@pytest.mark.parametrize(
    "texts",
    [
        ["plain", f"mail {MAIL} now.", "call +1 415 555 0187", ""],
        ["Line one\nLine two: 536-22-1234\n", "\n\nleading blank lines", "trailing newline\n"],
        [LONG, f"{MAIL} starts this one", LONG],
        ["has the marker \u2063 inside", f"mail {MAIL}"],  # joined texts could not be split back: one by one
    ],
    ids=["mixed", "newlines", "forced-cuts", "marker"],
)
def test_redact_many_equals_redacting_each_text(bank, texts):
    many = bank.redact_many(texts, tenant="bank")
    assert many == [bank.redact(text, tenant="bank") for text in texts]


def test_redact_many_is_one_analysis_batch(bank, monkeypatch):
    analyzer = bank.output_filter.analyzer
    batches = []
    original = analyzer.analyze
    monkeypatch.setattr(analyzer, "analyze", lambda texts, spec, **kw: batches.append(len(texts)) or original(texts, spec, **kw))
    bank.redact_many([f"text {i} from {MAIL}." for i in range(30)], tenant="bank")
    assert len(batches) == 1


def _broken(texts, spec):
    raise RuntimeError("analyzer down")


@pytest.mark.parametrize(("source", "outcome"), [("strict", "blocked"), ("masked", "withheld")])
def test_redact_many_failure_follows_on_error_with_one_audit_event(bank, monkeypatch, caplog, source, outcome):
    from guardrail.filtering import WITHHELD_NOTICE

    monkeypatch.setattr(bank.output_filter.analyzer, "analyze", _broken)
    with caplog.at_level(logging.INFO, logger=AUDIT_LOGGER):
        if source == "strict":
            with pytest.raises(FilterError):
                bank.redact_many([f"mail {MAIL}", "x"], tenant="bank", source=source)
        else:
            results = bank.redact_many([f"mail {MAIL}", "x"], tenant="bank", source=source)
            assert [(r.text, r.withheld) for r in results] == [(WITHHELD_NOTICE, True)] * 2
    events = [r.guardrail_audit for r in caplog.records if r.name == AUDIT_LOGGER]
    assert [e["outcome"] for e in events] == [outcome]


def test_a_returned_message_is_filtered_field_by_field_tool_calls_included(guard):
    from langchain_core.messages import AIMessage
    from pydantic import ConfigDict

    class Loose(BaseModel):
        model_config = ConfigDict(extra="allow")
        kind: str

    @protect(guard, tenant="shop")
    def handler():
        call = {"name": "send_email", "args": {"to": EMAIL, "n": 2}, "id": "call-1"}
        return AIMessage(content="ok", tool_calls=[call], response_metadata={"note": EMAIL}), Loose(kind="x", mail=EMAIL)

    message, loose = handler()
    assert message.tool_calls[0]["args"] == {"to": REDACTED, "n": 2} and message.tool_calls[0]["id"] == "call-1"
    assert message.response_metadata == {"note": REDACTED}
    assert loose.model_extra == {"mail": REDACTED} and loose.kind == "x"


@pytest.mark.parametrize("kind", ["async", "generator", "async-generator"])
def test_exceptions_from_every_kind_of_handler_are_raised_filtered(guard, kind):
    error = ValueError(f"CRM lookup failed for {EMAIL}")

    async def coroutine():
        raise error

    def generator():
        yield "partial answer "
        raise error

    async def async_generator():
        yield "partial answer "
        raise error

    handler = protect(guard, tenant="shop")({"async": coroutine, "generator": generator, "async-generator": async_generator}[kind])

    async def consume():
        return [piece async for piece in handler()]

    with pytest.raises(ValueError) as caught:
        if kind == "async":
            asyncio.run(handler())
        elif kind == "generator":
            list(handler())
        else:
            asyncio.run(consume())
    assert str(caught.value) == f"CRM lookup failed for {REDACTED}" and caught.value is not error
    assert caught.value.__cause__ is None and caught.value.__context__ is None
