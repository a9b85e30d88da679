"""Steering settings the evaluation found to break answers, and the warning a source using them gets.

A policy may still choose them (a larger model may cope), so loading warns rather than
refuses: once per source, on the `guardrail.policy` logger (the command line prints it on
standard error; `guardrail policy check` shows it too), naming the evaluation row that
shows the damage. Logging rather than `warnings.warn`: a host that turns warnings into
errors must still be able to load its policies.

The rows are those of `docs/eval-cfg/results.md` (192 held-out scenarios, the embedded
SmolLM2-135M, greedy, 48 new tokens); `docs/evaluation.md` has the table.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Protocol


class SteeringSpec(Protocol):
    """What the advice reads of `guardrail.policy.schema.SteeringSpec` (kept apart: the schema calls this module)."""

    mode: str
    guidance: float

    @property
    def steered(self) -> bool: ...

    @property
    def row_adapters(self) -> tuple[str | None, str | None]: ...


logger = logging.getLogger("guardrail.policy")
EVAL_ROWS = "docs/eval-cfg/results.md"


@dataclass(frozen=True)
class BrokenSetting:
    """A combination of steering settings that broke answers in the evaluation.

    Attributes:
        mode: the guidance mode.
        min_guidance: the smallest w at which it broke (larger w break at least as much).
        adapter_rows: "both" when an adapter runs on both rows, "none" when neither row runs one.
        row: the configuration's row in `EVAL_ROWS`.
        finding: what that row measured, against the w = 1 reference.
        fix: the setting to use instead.
    """

    mode: str
    min_guidance: float
    adapter_rows: str
    row: str
    finding: str
    fix: str

    def matches(self, spec: SteeringSpec) -> bool:
        """Whether `spec` runs this combination."""
        pos, neg = spec.row_adapters
        rows = "both" if pos is not None and neg is not None else "none" if pos is None and neg is None else "one"
        return spec.steered and spec.mode == self.mode and spec.guidance >= self.min_guidance and rows == self.adapter_rows


_AT_W1 = "against 47/64 (73 %) for the adapter at w = 1; the words fall apart"
_USE_PROB = "set `mode: prob` (the default; with `guidance: 2.0`, also the default: 44/64, row adapter-cfg-prob-w2) or `guidance: 1.0`"
# the first that matches names the row: the larger w first
BROKEN_SETTINGS: tuple[BrokenSetting, ...] = (
    BrokenSetting(mode="logprob", min_guidance=3.0, adapter_rows="both", row="adapter-cfg-logprob-w3",
                  finding=f"utility 13/64 (20 %) {_AT_W1}", fix=_USE_PROB),
    BrokenSetting(mode="top_k", min_guidance=3.0, adapter_rows="both", row="adapter-cfg-topk-w3",
                  finding=f"utility 13/64 (20 %) {_AT_W1}", fix=_USE_PROB),
    BrokenSetting(mode="logprob", min_guidance=2.0, adapter_rows="both", row="adapter-cfg-logprob-w2",
                  finding=f"utility 28/64 (44 %) {_AT_W1}", fix=_USE_PROB),
    BrokenSetting(mode="top_k", min_guidance=2.0, adapter_rows="both", row="adapter-cfg-topk-w2",
                  finding=f"utility 27/64 (42 %) {_AT_W1}", fix=_USE_PROB),
)


def broken_setting(spec: SteeringSpec) -> BrokenSetting | None:
    """The evaluated combination that `spec` runs and that broke answers, or None."""
    return next((b for b in BROKEN_SETTINGS if b.matches(spec)), None)


def warn_if_broken(where: str, field: str, spec: SteeringSpec) -> bool:
    """Log one warning when `spec` runs a combination that broke answers; True if it did.

    Args:
        where: the file and line of the setting (`path:line`).
        field: the setting's field path, e.g. `sources.public_web.steering`.
        spec: the source's steering.
    """
    broken = broken_setting(spec)
    if broken is None:
        return False
    adapters = "an adapter on both rows" if broken.adapter_rows == "both" else "no adapter"
    logger.warning(
        "warning: %s: `%s` runs mode %s at guidance %g with %s, which broke answers in the evaluation "
        "(%s, row %s: %s); %s",
        where, field, spec.mode, spec.guidance, adapters, EVAL_ROWS, broken.row, broken.finding, broken.fix,
    )
    return True
