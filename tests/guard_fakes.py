"""What the surface tests share: tool policies, one real output filter, quick policies.

`FakeGuard` and its parts live in `fakes` and are re-exported here for the tests that
import them from this module.
"""

from __future__ import annotations

import functools
from pathlib import Path

from fakes import (  # noqa: F401  (re-exported)
    EMAIL,
    EXAMPLE_POLICIES,
    FakeFilterResult,
    FakeFinding,
    FakeGuard,
    FakeResponse,
    FakeStreamingFilter,
    fake_redact,
)


TOOL_POLICY = """
tenant: tools
default_source: redact
sources:
  redact: {filter: {entities: [EMAIL_ADDRESS]}}
  block: {filter: {entities: [EMAIL_ADDRESS], tool_calls: block}}
  allow: {filter: {entities: [EMAIL_ADDRESS], tool_calls: allow, tool_results: allow, exceptions: allow}}
"""
"""A tenant `tools` whose sources differ only in what they do with tool calls, tool results and errors."""


def tool_guard(folder: Path) -> FakeGuard:
    """A `FakeGuard` over `TOOL_POLICY` (written into `folder`)."""
    (folder / "tools.yaml").write_text(TOOL_POLICY)
    return FakeGuard(folder)


@functools.lru_cache(maxsize=1)
def shared_output_filter():
    """One real `OutputFilter` for the whole test session (Presidio takes seconds to build)."""
    from guardrail.filtering import OutputFilter

    output_filter = OutputFilter()
    output_filter.warmup()
    return output_filter


def quick_policies(folder: Path, max_new_tokens: int = 10) -> Path:
    """A copy of the example policies with short answers, for tests that decode with the tiny model."""
    import yaml

    folder.mkdir(parents=True, exist_ok=True)
    for file in EXAMPLE_POLICIES.glob("*.yaml"):
        data = yaml.safe_load(file.read_text())
        for source in data["sources"].values():
            source.setdefault("steering", {}).setdefault("decoding", {})["max_new_tokens"] = max_new_tokens
        (folder / file.name).write_text(yaml.safe_dump(data))
    return folder
