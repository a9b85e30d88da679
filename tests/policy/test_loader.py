"""Reading policy files (`guardrail/policy/loader.py`): every problem names file, line, field, value and fix."""

from __future__ import annotations

from pathlib import Path

import pytest

from guardrail import PolicyError, PolicyStore
from policy_files import GOOD, adapters, policies, write  # noqa: F401 - `adapters`, `policies` are fixtures


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


def test_global_config_is_not_a_tenant(policies: Path, adapters: Path) -> None:
    write(policies, "guardrail.yaml", "model: /models/llama\n")
    store = PolicyStore.from_dir(policies, adapters_dir=adapters)
    assert store.tenants == ["acme"] and store.config.model == "/models/llama"
    write(policies, "guardrail.yaml", "modle: x\n")
    with pytest.raises(PolicyError, match="did you mean 'model'"):
        PolicyStore.from_dir(policies, adapters_dir=adapters)
