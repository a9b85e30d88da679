"""The `guardrail` command line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from guardrail.cli import COMMANDS, build_parser, main

REPO = Path(__file__).resolve().parents[2]

TENANT = """\
tenant: shop
default_source: public
sources:
  public:
    steering:
      guidance: 2.0
      decoding: {max_new_tokens: 8}
    filter: {entities: [EMAIL_ADDRESS]}
  trusted:
    steering:
      guidance: 1.0
      decoding: {max_new_tokens: 8}
    filter: {entities: []}
"""


def test_every_command_is_registered() -> None:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    assert set(sub.choices) == set(COMMANDS)


def test_policy_check_prints_every_route(capsys) -> None:
    assert main(["policy", "check", str(REPO / "policies")]) == 0
    out = capsys.readouterr().out
    assert "acme-bank" in out and "public_web (default)" in out and "back_office" in out
    assert "helpdesk" in out and "OK: 2 tenants" in out


def test_policy_check_shows_each_cfg_branchs_adapter(tmp_path: Path, capsys) -> None:
    (tmp_path / "adapters" / "privacy").mkdir(parents=True)
    (tmp_path / "shop.yaml").write_text(
        TENANT.replace("guidance: 2.0", "guidance: 2.0\n      adapter: privacy\n      negative_adapter: null")
    )
    assert main(["policy", "check", str(tmp_path), "--adapters-dir", str(tmp_path / "adapters")]) == 0
    rows = {line.split()[1]: line for line in capsys.readouterr().out.splitlines()[2:] if line.strip()}
    assert "privacy/(base)" in rows["public"] and "(base)" in rows["trusted"]


def test_policy_check_bad_file_exits_1_with_the_reason(tmp_path: Path, capsys) -> None:
    (tmp_path / "shop.yaml").write_text(TENANT.replace("guidance: 2.0", "guidance: -1"))
    assert main(["policy", "check", str(tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "shop.yaml:6" in err and "sources.public.steering.guidance" in err


@pytest.fixture
def policies(tmp_path: Path) -> Path:
    (tmp_path / "shop.yaml").write_text(TENANT)
    return tmp_path


def test_redact_filters_text(policies: Path, capsys) -> None:
    text = "Reach me at ana.lima@gmx.net please."
    assert main(["redact", "--policies", str(policies), "--tenant", "shop", text]) == 0
    assert capsys.readouterr().out.strip() == "Reach me at <EMAIL_ADDRESS> please."
    assert main(["redact", "--policies", str(policies), "--tenant", "shop", "--json", text]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["findings"][0]["entity_type"] == "EMAIL_ADDRESS" and "ana.lima" not in json.dumps(data)


def test_generate_on_the_tiny_model(policies: Path, capsys) -> None:
    args = ["generate", "--policies", str(policies), "--model", "tiny-random-llama", "--tenant", "shop"]
    assert main([*args, "--json", "Hello there"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["tenant"] == "shop" and data["source"] == "public" and 0 < data["completion_tokens"] <= 8
    assert main([*args, "--source", "trusted", "--stream", "Hello there"]) == 0
    assert capsys.readouterr().out.endswith("\n")


def test_unknown_tenant_is_an_error_not_a_fallback(policies: Path, capsys) -> None:
    assert main(["redact", "--policies", str(policies), "--tenant", "nobody", "x"]) == 1
    assert "unknown tenant 'nobody'" in capsys.readouterr().err
