"""The fakes and the real classes keep to the Protocols the code is typed against.

`isinstance` against a runtime-checkable Protocol checks that the members exist; the
signature check below also checks that each method takes every argument the Protocol
passes, by name, so a fake cannot drift from the real thing unnoticed.
"""

from __future__ import annotations

import inspect

import pytest

from fakes import FakeGuard, FakeStreamingFilter, ScriptEngine
from guardrail.filtering import OutputFilter, StreamingFilter
from guardrail.guard import Guardrail
from guardrail.protocols import Engine, Guard, Redactor, StreamFilter, TextFilter
from guardrail.steering.engine import SteeringEngine


def _methods(protocol: type) -> list[str]:
    return [name for name, member in vars(protocol).items() if inspect.isfunction(member) and not name.startswith("_")]


def _missing_parameters(protocol: type, implementation: type) -> list[str]:
    """`method(parameter)` for every Protocol parameter the implementation's method does not take."""
    missing = []
    for klass in (k for k in protocol.__mro__ if k not in (object,) and getattr(k, "_is_protocol", False)):
        for name in _methods(klass):
            taken = inspect.signature(getattr(implementation, name)).parameters
            if any(p.kind is inspect.Parameter.VAR_KEYWORD for p in taken.values()):
                continue
            wanted = list(inspect.signature(getattr(klass, name)).parameters)[1:]  # without self
            missing += [f"{name}({p})" for p in wanted if p not in taken]
    return missing


@pytest.mark.parametrize(
    ("protocol", "implementation"),
    [(Guard, FakeGuard), (Guard, Guardrail), (Redactor, Guardrail), (Engine, ScriptEngine), (Engine, SteeringEngine),
     (TextFilter, OutputFilter), (StreamFilter, FakeStreamingFilter), (StreamFilter, StreamingFilter)],
    ids=["fake-guard", "guardrail", "guardrail-redactor", "script-engine", "steering-engine", "output-filter",
         "fake-stream", "streaming-filter"],
)
def test_implementations_take_what_the_protocol_passes(protocol, implementation):
    assert _missing_parameters(protocol, implementation) == []


def test_the_fakes_are_instances_of_the_protocols():
    guard = FakeGuard()
    assert isinstance(guard, Guard) and isinstance(guard, Redactor)
    assert isinstance(guard.filter_stream(tenant="shop"), StreamFilter)
    assert isinstance(ScriptEngine(), Engine)


def test_a_fake_that_drifts_is_caught():
    class Drifted(ScriptEngine):
        def generate(self, requests):  # lost `on_text`
            return []

    assert _missing_parameters(Engine, Drifted) == ["generate(on_text)"]
