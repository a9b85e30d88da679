"""Policy files: schema, error messages, routing, reload."""

from __future__ import annotations

import textwrap
import threading
from pathlib import Path

import pytest
from pydantic import ValidationError

from guardrail import PolicyError, PolicyStore
from guardrail.policy.entities import PRESIDIO_ENTITIES
from guardrail.policy import DEFAULT_NEGATIVE_PROMPT, DEFAULT_POSITIVE_PROMPT, SteeringSpec

REPO = Path(__file__).resolve().parents[2]

GOOD = """\
tenant: acme
default_source: public_web
sources:
  public_web:
    steering:
      guidance: 3.0
      adapter: privacy
      decoding: {max_new_tokens: 64, temperature: 0.0}
    filter:
      entities: [PERSON, EMAIL_ADDRESS]
      threshold: 0.4
      operator: replace
      allow: ["Acme Support"]
  back_office:
    steering:
      guidance: 1.0
      adapter: null
    filter: {entities: []}
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(textwrap.dedent(text))
    return path


@pytest.fixture
def adapters(tmp_path: Path) -> Path:
    folder = tmp_path / "adapters"
    (folder / "privacy").mkdir(parents=True)
    (folder / "privacy" / "adapter_config.json").write_text("{}")  # what makes a folder an adapter
    (folder / "notes").mkdir()  # not an adapter: never listed
    return folder


@pytest.fixture
def policies(tmp_path: Path) -> Path:
    folder = tmp_path / "policies"
    folder.mkdir()
    write(folder, "acme.yaml", GOOD)
    return folder


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


# (name, YAML text, fragments the message must contain)
BAD_FILES = [
    ("malformed_yaml", "tenant: acme\nsources: [a, b\n", ["acme.yaml:", "malformed YAML"]),
    ("not_a_mapping", "- just\n- a list\n", ["acme.yaml", "expected a mapping"]),
    (
        "unknown_key_suggests",
        GOOD.replace("      guidance: 3.0\n", "      guidence: 3.0\n", 1),
        ["acme.yaml:6", "sources.public_web.steering.guidence", "did you mean 'guidance'"],
    ),
    (
        "unknown_filter_key",
        GOOD.replace("      threshold: 0.4", "      treshold: 0.4"),
        ["acme.yaml:11", "sources.public_web.filter.treshold", "did you mean 'threshold'"],
    ),
    ("wrong_type", GOOD.replace("guidance: 3.0", "guidance: lots"), ["acme.yaml:6", "sources.public_web.steering.guidance", "'lots'"]),
    ("negative_guidance", GOOD.replace("guidance: 3.0", "guidance: -2"), ["acme.yaml:6", "sources.public_web.steering.guidance", "-2", "greater than or equal to 0"]),
    (
        "unknown_entity",
        GOOD.replace("[PERSON, EMAIL_ADDRESS]", "[PERSON, EMAIL]"),
        ["acme.yaml:10", "sources.public_web.filter.entities", "'EMAIL'", "did you mean 'EMAIL_ADDRESS'"],
    ),
    ("bad_operator", GOOD.replace("operator: replace", "operator: shred"), ["sources.public_web.filter.operator", "'shred'", "replace"]),
    ("threshold_range", GOOD.replace("threshold: 0.4", "threshold: 4"), ["sources.public_web.filter.threshold", "4"]),
    (
        "missing_adapter_folder",
        GOOD.replace("adapter: privacy", "adapter: nonexistent"),
        ["acme.yaml:7", "sources.public_web.steering.adapter", "'nonexistent'", "available adapters: ['privacy']"],
    ),
    (
        "missing_negative_adapter_folder",
        GOOD.replace("adapter: privacy", "adapter: privacy\n      negative_adapter: leaky"),
        ["acme.yaml:8", "sources.public_web.steering.negative_adapter", "'leaky'", "available adapters: ['privacy']", "negative_adapter: null"],
    ),
    (
        "negative_adapter_without_negative_row",
        GOOD.replace("      guidance: 1.0\n      adapter: null", "      guidance: 1.0\n      negative_adapter: privacy"),
        ["acme.yaml:17", "sources.back_office.steering.negative_adapter", "'privacy'", "guidance 1.0 runs none"],
    ),
    ("bad_negative_adapter_name", GOOD.replace("adapter: privacy", "adapter: privacy\n      negative_adapter: ../x"), ["sources.public_web.steering.negative_adapter", "'../x'", "'same'"]),
    ("infinite_guidance", GOOD.replace("guidance: 3.0", "guidance: .inf"), ["sources.public_web.steering.guidance", "inf"]),
    ("bad_mode", GOOD.replace("guidance: 3.0", "guidance: 3.0\n      mode: geometric"), ["sources.public_web.steering.mode", "'geometric'", "logprob"]),
    (
        "flat_steering_field_points_to_steering",
        GOOD.replace("    steering:\n      guidance: 3.0\n", "    guidance: 3.0\n    steering:\n", 1),
        ["acme.yaml:5", "unknown field `sources.public_web.guidance`", "move it to `sources.public_web.steering.guidance`"],
    ),
    (
        "unknown_copy_guard_entity",
        GOOD.replace("guidance: 3.0", "guidance: 3.0\n      copy_guard: {enabled: true, entities: [EMAIL]}"),
        ["sources.public_web.steering", "copy_guard.entities", "'EMAIL'", "did you mean 'EMAIL_ADDRESS'"],
    ),
    (
        "default_source_missing",
        GOOD.replace("default_source: public_web", "default_source: kiosk"),
        ["default_source", "'kiosk'", "back_office", "public_web"],
    ),
    ("tenant_mismatch", GOOD.replace("tenant: acme", "tenant: globex"), ["acme.yaml", "'globex'", "rename the file"]),
    ("missing_field", GOOD.replace("default_source: public_web\n", ""), ["field `default_source` is required"]),
    (
        "bad_regex",
        GOOD.replace("      allow: [\"Acme Support\"]", "      recognizers:\n        - {name: ids, entity: ACME_ID, patterns: [{regex: '(ACC-'}]}"),
        ["sources.public_web.filter.recognizers.0.patterns.0.regex", "'(ACC-'", "not a valid regular expression"],
    ),
    (
        "empty_recognizer",
        GOOD.replace("      allow: [\"Acme Support\"]", "      recognizers:\n        - {name: ids, entity: ACME_ID}"),
        ["sources.public_web.filter.recognizers.0", "needs `patterns` or `deny_list`"],
    ),
    ("no_sources", "tenant: acme\ndefault_source: a\nsources: {}\n", ["field `sources`", "at least 1"]),
    ("bad_decoding", GOOD.replace("max_new_tokens: 64", "max_new_tokens: 0"), ["acme.yaml:8", "sources.public_web.steering.decoding.max_new_tokens", "0"]),
]


@pytest.mark.parametrize(("name", "text", "fragments"), BAD_FILES, ids=[case[0] for case in BAD_FILES])
def test_bad_policy_file_names_file_field_value_and_fix(tmp_path: Path, adapters: Path, name, text, fragments) -> None:
    folder = tmp_path / "policies"
    folder.mkdir()
    write(folder, "acme.yaml", text)
    with pytest.raises(PolicyError) as info:
        PolicyStore.from_dir(folder, adapters_dir=adapters)
    message = str(info.value)
    for fragment in fragments:
        assert fragment in message, f"{fragment!r} not in {message!r}"


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


def test_global_config_is_not_a_tenant(policies: Path, adapters: Path) -> None:
    write(policies, "guardrail.yaml", "model: /models/llama\n")
    store = PolicyStore.from_dir(policies, adapters_dir=adapters)
    assert store.tenants == ["acme"] and store.config.model == "/models/llama"
    write(policies, "guardrail.yaml", "modle: x\n")
    with pytest.raises(PolicyError, match="did you mean 'model'"):
        PolicyStore.from_dir(policies, adapters_dir=adapters)


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
