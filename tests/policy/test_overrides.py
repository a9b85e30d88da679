"""`RequestOptions`: what a caller may ask of the decoder, bounded by the route's policy."""

from __future__ import annotations

import pytest

from guardrail.errors import GuardrailError, OptionsError
from guardrail.policy.overrides import RequestOptions, decoding_of
from guardrail.policy.store import PolicyStore

POLICY = """\
tenant: shop
default_source: closed
sources:
  closed:
    steering:
      decoding: {max_new_tokens: 64, temperature: 0.0, top_p: 1.0, stop: ["END"]}
  open:
    steering:
      decoding: {max_new_tokens: 64, temperature: 0.3, client_sampling: true}
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> PolicyStore:
    folder = tmp_path_factory.mktemp("policies")
    (folder / "shop.yaml").write_text(POLICY)
    return PolicyStore.from_dir(folder, adapters_dir=None)


@pytest.mark.parametrize(
    ("source", "options", "expected"),
    [
        ("closed", RequestOptions(), {"max_new_tokens": 64, "temperature": 0.0, "stop": ("END",)}),
        ("closed", RequestOptions(max_tokens=500), {"max_new_tokens": 64}),
        ("closed", RequestOptions(max_tokens=5), {"max_new_tokens": 5}),
        ("closed", RequestOptions(stop=("x", "END")), {"stop": ("END", "x")}),
        ("closed", RequestOptions(temperature=1.5, top_p=0.5), {"temperature": 0.0, "top_p": 1.0}),
        ("open", RequestOptions(temperature=1.5, top_p=0.5), {"temperature": 1.5, "top_p": 0.5}),
        ("open", RequestOptions(top_p=0.5), {"temperature": 0.3, "top_p": 0.5}),
        ("closed", RequestOptions(seed=3), {"seed": None}),
        ("open", RequestOptions(seed=3), {"seed": 3}),
    ],
    ids=["nothing", "max-tokens-capped", "max-tokens-shorter", "stop-added", "sampling-refused", "sampling-allowed", "top-p-only",
         "seed-refused", "seed-allowed"],
)
def test_options_apply_within_the_policy(store, source, options, expected) -> None:
    route = options.apply(store.route("shop", source))
    decoding = decoding_of(route)
    assert {name: getattr(decoding, name) for name in expected} == expected
    assert (route.steering.guidance, route.filter) == (store.route("shop", source).steering.guidance, store.route("shop", source).filter)


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [({"max_tokens": 0}, "max_tokens"), ({"temperature": 2.5}, "temperature"), ({"top_p": 0.0}, "top_p"),
     ({"stop": ("",)}, "stop"), ({"stop": ("a", "b", "c", "d", "e")}, "stop"), ({"seed": -1}, "seed")],
)
def test_bad_options_are_refused_by_name(kwargs, field: str) -> None:
    with pytest.raises(OptionsError, match=f"`{field}`") as refused:
        RequestOptions(**kwargs)
    assert isinstance(refused.value, GuardrailError) and isinstance(refused.value, ValueError)
