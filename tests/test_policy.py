"""Policy files: schema, error messages, routing, reload."""

from __future__ import annotations

import textwrap
import threading
from pathlib import Path

import pytest

from guardrail import PolicyError, PolicyStore
from guardrail.policy.entities import PRESIDIO_ENTITIES
from guardrail.policy import DEFAULT_NEGATIVE_PROMPT, DEFAULT_POSITIVE_PROMPT

REPO = Path(__file__).resolve().parents[1]

GOOD = """\
tenant: acme
default_source: public_web
sources:
  public_web:
    guidance: 3.0
    adapter: privacy
    filter:
      entities: [PERSON, EMAIL_ADDRESS]
      threshold: 0.4
      operator: replace
      allow: ["Acme Support"]
    decoding: {max_new_tokens: 64, temperature: 0.0}
  back_office:
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
    assert (public.tenant, public.source, public.guidance, public.adapter) == ("acme", "public_web", 3.0, "privacy")
    assert public.filter.entities == ("PERSON", "EMAIL_ADDRESS")
    assert public.filter.allow == ("Acme Support",)
    assert public.decoding.max_new_tokens == 64
    assert public.positive_prompt == DEFAULT_POSITIVE_PROMPT
    assert public.negative_prompt == DEFAULT_NEGATIVE_PROMPT
    assert public.steered
    assert store.route("acme") == public  # default_source
    office = store.route("acme", "back_office")
    assert office.adapter is None and not office.steered and not office.filter.active


def test_route_is_frozen(policies: Path, adapters: Path) -> None:
    route = PolicyStore.from_dir(policies, adapters_dir=adapters).route("acme")
    with pytest.raises(AttributeError):
        route.guidance = 1.0  # type: ignore[misc]


def test_missing_filter_section_filters_by_default(tmp_path: Path) -> None:
    write(tmp_path, "t.yaml", "tenant: t\ndefault_source: s\nsources:\n  s: {guidance: 1.0}\n")
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
        GOOD.replace("    guidance: 3.0\n", "    guidence: 3.0\n", 1),
        ["acme.yaml:5", "sources.public_web.guidence", "did you mean 'guidance'"],
    ),
    (
        "unknown_filter_key",
        GOOD.replace("      threshold: 0.4", "      treshold: 0.4"),
        ["acme.yaml:9", "sources.public_web.filter.treshold", "did you mean 'threshold'"],
    ),
    ("wrong_type", GOOD.replace("guidance: 3.0", "guidance: lots"), ["acme.yaml:5", "sources.public_web.guidance", "'lots'"]),
    ("negative_guidance", GOOD.replace("guidance: 3.0", "guidance: -2"), ["sources.public_web.guidance", "-2", "greater than or equal to 0"]),
    (
        "unknown_entity",
        GOOD.replace("[PERSON, EMAIL_ADDRESS]", "[PERSON, EMAIL]"),
        ["acme.yaml:8", "sources.public_web.filter.entities", "'EMAIL'", "did you mean 'EMAIL_ADDRESS'"],
    ),
    ("bad_operator", GOOD.replace("operator: replace", "operator: shred"), ["sources.public_web.filter.operator", "'shred'", "replace"]),
    ("threshold_range", GOOD.replace("threshold: 0.4", "threshold: 4"), ["sources.public_web.filter.threshold", "4"]),
    (
        "missing_adapter_folder",
        GOOD.replace("adapter: privacy", "adapter: nonexistent"),
        ["acme.yaml:6", "sources.public_web.adapter", "'nonexistent'", "available adapters: ['privacy']"],
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
    ("bad_decoding", GOOD.replace("max_new_tokens: 64", "max_new_tokens: 0"), ["sources.public_web.decoding.max_new_tokens", "0"]),
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
    assert store.route("acme").guidance == 2.0 and store.tenants == ["acme", "beta"]

    # one good change and one bad file: neither takes effect
    write(policies, "acme.yaml", GOOD.replace("guidance: 3.0", "guidance: 5.0"))
    write(policies, "beta.yaml", GOOD.replace("tenant: acme", "tenant: beta").replace("operator: replace", "operator: x"))
    with pytest.raises(PolicyError, match="beta.yaml"):
        store.reload()
    assert store.route("acme").guidance == 2.0
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
                snapshot_pair = (store.route("acme", "public_web").guidance, store.route("acme", "public_web").guidance)
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
        assert route.guidance >= 0
    # the examples show both ends: a steered, filtered source and a trusted one
    assert any(r.steered and r.filter.active for r in store.routes())
    assert any(not r.steered and not r.filter.active for r in store.routes())


def test_entity_list_matches_installed_presidio() -> None:
    from presidio_analyzer import RecognizerRegistry

    registry = RecognizerRegistry()
    registry.load_predefined_recognizers(languages=["en"])
    installed = {entity for recognizer in registry.recognizers for entity in recognizer.supported_entities}
    assert installed == PRESIDIO_ENTITIES
