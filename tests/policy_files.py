"""Policy files for the policy tests: a good tenant file, a writer, an adapters folder."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

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
