"""The policy layer through its public API: schema, routing, reload (reading files: `test_loader.py`)."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from pydantic import ValidationError

from guardrail import PolicyError, PolicyStore
from guardrail.policy.entities import PRESIDIO_ENTITIES
from guardrail.policy import DEFAULT_NEGATIVE_PROMPT, DEFAULT_POSITIVE_PROMPT, SteeringSpec
from policy_files import GOOD, adapters, policies, write  # noqa: F401 - `adapters`, `policies` are fixtures

REPO = Path(__file__).resolve().parents[2]


def test_route_resolves_source_and_default(policies: Path, adapters: Path) -> None:
    store = PolicyStore.from_dir(policies, adapters_dir=adapters)
    public = store.route("acme", "public_web")
    assert (public.tenant, public.source, public.steering.guidance, public.steering.adapter) == ("acme", "public_web", 3.0, "privacy")
    assert public.filter.entities == ("PERSON", "EMAIL_ADDRESS")
    assert public.filter.allow == ("Acme Support",)
    assert public.steering.decoding.max_new_tokens == 64
    assert public.steering.positive_prompt == DEFAULT_POSITIVE_PROMPT
    assert public.steering.negative_prompt == DEFAULT_NEGATIVE_PROMPT
    assert public.steering.steered and public.steering.row_adapters == ("privacy", "privacy")
    assert store.route("acme") == public  # default_source
    office = store.route("acme", "back_office")
    assert office.steering.adapter is None and not office.steering.steered and not office.filter.active


def test_route_is_frozen(policies: Path, adapters: Path) -> None:
    route = PolicyStore.from_dir(policies, adapters_dir=adapters).route("acme")
    with pytest.raises(AttributeError):
        route.steering = route.steering  # type: ignore[misc]
    with pytest.raises(ValidationError):
        route.steering.guidance = 1.0  # type: ignore[misc]


def test_missing_filter_section_filters_by_default(tmp_path: Path) -> None:
    write(tmp_path, "t.yaml", "tenant: t\ndefault_source: s\nsources:\n  s: {steering: {guidance: 1.0}}\n")
    route = PolicyStore.from_dir(tmp_path, adapters_dir=None).route("t")
    assert route.filter.active and "EMAIL_ADDRESS" in route.filter.entities


@pytest.mark.parametrize(
    ("tenant", "source", "expected"),
    [
        ("nobody", None, ["unknown tenant", "'nobody'", "acme"]),
        ("acme", "partner_api", ["unknown source", "'partner_api'", "back_office", "public_web"]),
    ],
)
def test_unknown_tenant_or_source_never_falls_back(policies: Path, adapters: Path, tenant, source, expected) -> None:
    store = PolicyStore.from_dir(policies, adapters_dir=adapters)
    with pytest.raises(PolicyError) as info:
        store.route(tenant, source)
    for fragment in expected:
        assert fragment in str(info.value)


def test_custom_recognizer_entity_may_be_listed(tmp_path: Path) -> None:
    write(
        tmp_path,
        "t.yaml",
        """\
        tenant: t
        default_source: s
        sources:
          s:
            filter:
              entities: [ACME_ID]
              recognizers:
                - {name: ids, entity: ACME_ID, patterns: [{regex: 'ACC-\\d{8}', score: 0.9}], context: [account]}
        """,
    )
    route = PolicyStore.from_dir(tmp_path, adapters_dir=None).route("t")
    assert route.filter.recognizers[0].patterns[0].score == 0.9


# (name, YAML steering settings, expected (positive, negative) row adapters)
ROW_ADAPTERS = [
    ("same_by_default", "{guidance: 3.0, adapter: privacy}", ("privacy", "privacy")),
    ("contrastive_base_negative", "{guidance: 3.0, adapter: privacy, negative_adapter: null}", ("privacy", None)),
    ("adapter_on_negative_only", "{guidance: 2.0, negative_adapter: privacy}", (None, "privacy")),
    ("base_both", "{guidance: 1.0}", (None, None)),
]


@pytest.mark.parametrize(("name", "steering", "rows"), ROW_ADAPTERS, ids=[case[0] for case in ROW_ADAPTERS])
def test_each_cfg_branch_names_its_adapter(tmp_path: Path, adapters: Path, name, steering, rows) -> None:
    write(tmp_path, "t.yaml", f"tenant: t\ndefault_source: s\nsources:\n  s: {{steering: {steering}}}\n")
    route = PolicyStore.from_dir(tmp_path, adapters_dir=adapters).route("t")
    assert route.steering.row_adapters == rows
    assert route.steering.adapters == tuple(dict.fromkeys(a for a in (rows[0], rows[1] if route.steering.steered else None) if a))


def test_steering_spec_is_one_frozen_model() -> None:
    spec = SteeringSpec()
    assert (spec.guidance, spec.mode, spec.top_k, spec.negative_adapter) == (2.0, "prob", 20, "same")
    assert spec.steered and not SteeringSpec(guidance=1.0).steered
    with pytest.raises(ValidationError, match="negative_adapter"):
        SteeringSpec(guidance=1.0, negative_adapter=None)


def test_duplicate_tenant_is_rejected(policies: Path, adapters: Path) -> None:
    write(policies, "acme.yml", GOOD)
    with pytest.raises(PolicyError, match="already defined"):
        PolicyStore.from_dir(policies, adapters_dir=adapters)


def test_empty_or_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(PolicyError, match="no tenant files"):
        PolicyStore.from_dir(tmp_path, adapters_dir=None)
    with pytest.raises(PolicyError, match="does not exist"):
        PolicyStore.from_dir(tmp_path / "nope", adapters_dir=None)


def test_reload_applies_all_or_nothing(policies: Path, adapters: Path) -> None:
    store = PolicyStore.from_dir(policies, adapters_dir=adapters)
    write(policies, "acme.yaml", GOOD.replace("guidance: 3.0", "guidance: 2.0"))
    write(policies, "beta.yaml", GOOD.replace("tenant: acme", "tenant: beta"))
    store.reload()
    assert store.route("acme").steering.guidance == 2.0 and store.tenants == ["acme", "beta"]

    # one good change and one bad file: neither takes effect
    write(policies, "acme.yaml", GOOD.replace("guidance: 3.0", "guidance: 5.0"))
    write(policies, "beta.yaml", GOOD.replace("tenant: acme", "tenant: beta").replace("operator: replace", "operator: x"))
    with pytest.raises(PolicyError, match="beta.yaml"):
        store.reload()
    assert store.route("acme").steering.guidance == 2.0
    assert store.route("beta").filter.operator == "replace"


def test_reload_under_concurrent_routing(policies: Path, adapters: Path) -> None:
    store = PolicyStore.from_dir(policies, adapters_dir=adapters)
    good = {3.0, 4.0}
    seen: set[tuple[float, float]] = set()
    errors: list[BaseException] = []
    stop = threading.Event()

    def reader() -> None:
        while not stop.is_set():
            try:
                snapshot_pair = (store.route("acme", "public_web").steering.guidance, store.route("acme", "public_web").steering.guidance)
                seen.add(snapshot_pair)
                store.route("acme", "back_office")
            except BaseException as exc:  # noqa: BLE001 - any error fails the test
                errors.append(exc)

    threads = [threading.Thread(target=reader) for _ in range(4)]
    for thread in threads:
        thread.start()
    try:
        for i in range(30):
            if i % 3 == 2:  # a bad file: reload must fail and leave the last good policies
                write(policies, "acme.yaml", GOOD.replace("guidance: 3.0", "guidance: -1"))
                with pytest.raises(PolicyError):
                    store.reload()
            else:
                write(policies, "acme.yaml", GOOD.replace("guidance: 3.0", f"guidance: {3.0 + i % 2}"))
                store.reload()
    finally:
        stop.set()
        for thread in threads:
            thread.join()
    assert not errors
    assert {value for pair in seen for value in pair} <= good


def test_example_policies_validate() -> None:
    store = PolicyStore.from_dir(REPO / "policies", adapters_dir=REPO / "adapters")
    assert len(store.tenants) >= 2
    for route in store.routes():
        assert route.steering.guidance >= 0
    # the examples show both ends: a steered (CFG or copy guard), filtered source and a trusted one
    assert any((r.steering.steered or r.steering.copy_guard.enabled) and r.filter.active for r in store.routes())
    assert any(not r.steering.steered and not r.filter.active for r in store.routes())


def test_entity_list_matches_installed_presidio() -> None:
    from presidio_analyzer import RecognizerRegistry

    registry = RecognizerRegistry()
    registry.load_predefined_recognizers(languages=["en"])
    installed = {entity for recognizer in registry.recognizers for entity in recognizer.supported_entities}
    assert installed == PRESIDIO_ENTITIES
