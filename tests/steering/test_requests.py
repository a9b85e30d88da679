"""`GenerationRequest` checks itself when built; `GenerationResult` and `failed` report what came back."""

from __future__ import annotations

import dataclasses

import pytest

from guardrail.errors import AdapterError, EngineError
from guardrail.policy import FilterSpec, SteeringSpec
from guardrail.policy.store import Route
from guardrail.steering.requests import FINISH_REASONS, GenerationRequest, GenerationResult, failed


class BansNothing:
    def banned(self, text: str, candidates):
        return set()


@pytest.mark.parametrize(
    ("messages", "expected"),
    [
        ("hello", ({"role": "user", "content": "hello"},)),
        ([{"role": "user", "content": "hi"}], ({"role": "user", "content": "hi"},)),
        (
            [{"role": "system", "content": "s", "name": "x"}, {"role": "assistant", "content": "a"}],
            ({"role": "system", "content": "s"}, {"role": "assistant", "content": "a"}),
        ),
    ],
    ids=["str-is-one-user-message", "list-becomes-tuple", "extra-keys-dropped"],
)
def test_messages_are_normalised(messages, expected) -> None:
    request = GenerationRequest(messages)
    assert request.messages == expected and isinstance(request.messages, tuple)


@pytest.mark.parametrize(
    ("build", "fragment"),
    [
        (lambda: GenerationRequest(()), "no messages"),
        (lambda: GenerationRequest([]), "no messages"),
        (lambda: GenerationRequest(42), "no messages"),
        (lambda: GenerationRequest([{"role": "tool", "content": "x"}]), "message 0"),
        (lambda: GenerationRequest([{"role": "user", "content": "ok"}, {"role": "user"}]), "message 1"),
        (lambda: GenerationRequest(["just a string in a list"]), "message 0"),
        (lambda: GenerationRequest("hi", steering=None), "SteeringSpec"),
        (lambda: GenerationRequest("hi", protect=["ok", 3]), "protect"),
        (lambda: GenerationRequest("hi", constraints=[BansNothing(), "not one"]), "StepConstraint"),
    ],
    ids=["empty", "empty-list", "not-a-sequence", "unknown-role", "no-content", "not-a-mapping",
         "steering-none", "protect-not-str", "constraint-not-one"],
)
def test_a_bad_request_fails_when_built_naming_the_problem(build, fragment) -> None:
    with pytest.raises(EngineError, match=fragment):
        build()


@pytest.mark.parametrize(("guidance", "rows"), [(1.0, 1), (0.0, 2), (3.0, 2)], ids=["plain", "w0", "steered"])
def test_rows_are_two_only_when_steered(guidance, rows) -> None:
    assert GenerationRequest("hi", SteeringSpec(guidance=guidance)).rows == rows


def test_sequences_become_tuples_and_the_request_is_frozen() -> None:
    request = GenerationRequest("hi", protect=["a@b.org"], constraints=[BansNothing()])
    assert request.protect == ("a@b.org",) and isinstance(request.constraints, tuple)
    with pytest.raises(dataclasses.FrozenInstanceError):
        request.protect = ()  # type: ignore[misc]


def test_from_route_takes_the_routes_steering_and_the_values() -> None:
    steering = SteeringSpec(guidance=2.5)
    route = Route(tenant="shop", source="chat", steering=steering, filter=FilterSpec())
    request = GenerationRequest.from_route(route, "hello", protect=["x@y.org"])
    assert request.steering is steering and request.protect == ("x@y.org",)
    assert request.messages == ({"role": "user", "content": "hello"},)


@pytest.mark.parametrize(("tokens", "seconds", "rate"), [(10, 2.0, 5.0), (0, 1.0, 0.0), (7, 0.0, 0.0)], ids=["rate", "nothing", "no-time"])
def test_tokens_per_second(tokens, seconds, rate) -> None:
    assert GenerationResult("x", (), 3, tokens, "length", total_s=seconds).tokens_per_second == rate


def test_failed_carries_the_error_and_nothing_generated() -> None:
    error = AdapterError("no adapter 'x'")
    result = failed(error, queued_s=0.25)
    assert (result.text, result.token_ids, result.completion_tokens) == ("", (), 0)
    assert result.finish_reason == "error" and result.finish_reason in FINISH_REASONS
    assert result.error is error and result.queued_s == 0.25
