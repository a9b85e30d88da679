"""`@protect`: every return shape filtered, routing per call, streams, errors, signatures."""

from __future__ import annotations

import asyncio
import dataclasses
import datetime
import enum
import inspect
import uuid
from collections import OrderedDict, defaultdict, namedtuple

import pytest
from guard_fakes import FakeGuard
from pydantic import BaseModel

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


def _redact(text: str) -> str:
    return text.replace(EMAIL, REDACTED)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (f"write to {EMAIL}", f"write to {REDACTED}"),
        ({EMAIL: EMAIL, "n": 3}, {EMAIL: REDACTED, "n": 3}),  # keys untouched
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


def test_handler_exceptions_pass_through_untouched(guard):
    error = KeyError("customer 7")

    @protect(guard, tenant="shop")
    def handler():
        raise error

    with pytest.raises(KeyError) as caught:
        handler()
    assert caught.value is error


def test_filter_failure_propagates(guard, monkeypatch):
    def broken(*args, **kwargs):
        raise FilterError("the output filter failed; on_error is block")

    monkeypatch.setattr(guard, "redact", broken)

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


def test_generator_non_text_items_are_filtered_whole_in_order(guard):
    @protect(guard, tenant="shop")
    def handler():
        yield "see jane"
        yield {"email": EMAIL}
        yield " bye"

    # a non-text item closes the running stream first, so text never crosses it
    assert list(handler()) == ["see ", "jane", {"email": REDACTED}, " ", "bye"]


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
