"""Reading policy files: `load_policy_file` and `load_global_config`.

Every problem becomes a `PolicyError` that names the file, the line, the field path, the
bad value and the fix (with a "did you mean" for a mistyped field); an adapter a file names
must exist and fit the base model.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from guardrail.errors import AdapterError, PolicyError
from guardrail.policy.advice import warn_if_broken
from guardrail.policy.schema import GlobalConfig, SteeringSpec, TenantPolicy, did_you_mean
from guardrail.policy.yamlfile import read_yaml


def load_policy_file(
    path: Path, adapters_dir: Path | None, check_adapter: Callable[[Path], object] | None = None
) -> TenantPolicy:
    """Read and validate one tenant file.

    Args:
        path: the YAML file; its stem must equal its `tenant`.
        adapters_dir: folder holding one sub-folder per adapter; every `adapter` named in
            the file must exist there. None skips the check.
        check_adapter: called with each named adapter's folder; raises `AdapterError` if the
            adapter does not fit the base model (e.g. its manifest names another model).

    Raises:
        PolicyError: naming the file, line, field, bad value and fix.

    A source whose steering the evaluation found to break answers loads with one warning
    (`guardrail.policy.advice`).
    """
    data, lines = _read_yaml(path)
    try:
        policy = TenantPolicy.model_validate(data)
    except ValidationError as exc:
        raise PolicyError(_describe(path, exc, lines, TenantPolicy)) from None
    if policy.tenant != path.stem:
        raise PolicyError(
            f"{path}:{lines.get(('tenant',), '?')}: field `tenant` is {policy.tenant!r} but the file is "
            f"named {path.name!r}; rename the file to {policy.tenant}.yaml or fix the field"
        )
    if adapters_dir is not None:
        for source, spec in policy.sources.items():
            for field in ("adapter", "negative_adapter"):
                name = getattr(spec.steering, field)
                if name not in (None, "same"):
                    _check_adapter(path, lines, adapters_dir, check_adapter, source, field, name)
    for source, spec in policy.sources.items():  # settings the evaluation found to break answers: a warning
        where = f"{path}:{_line_of(('sources', source, 'steering'), lines) or '?'}"
        warn_if_broken(where, f"sources.{source}.steering", spec.steering)
    return policy


def _check_adapter(
    path: Path,
    lines: dict[tuple, int],
    adapters_dir: Path,
    check_adapter: Callable[[Path], object] | None,
    source: str,
    field: str,
    name: str,
) -> None:
    """Raise a `PolicyError` unless adapter `name` (named by `sources.<source>.steering.<field>`) is usable."""
    where = f"{path}:{lines.get(('sources', source, 'steering', field), '?')}"
    folder = adapters_dir / name
    if not folder.is_dir():
        available = _adapter_names(adapters_dir)
        raise PolicyError(
            f"{where}: field `sources.{source}.steering.{field}` is {name!r} but there is no folder {folder}; "
            f"available adapters: {available or 'none'}. "
            f"Train one with `guardrail train --out DIR`, fix the name, or set `{field}: null`"
        )
    if check_adapter is not None:
        try:
            check_adapter(folder)
        except AdapterError as exc:
            raise PolicyError(f"{where}: field `sources.{source}.steering.{field}` is {name!r}: {exc}") from None


def _adapter_names(adapters_dir: Path, limit: int = 20) -> list[str]:
    """The adapters in `adapters_dir` (sub-folders with peft's `adapter_config.json`), at most `limit`.

    Other folders are never named: a mistyped `adapters_dir` must not list a system folder.
    """
    if not adapters_dir.is_dir():
        return []
    names = sorted(p.name for p in adapters_dir.iterdir() if (p / "adapter_config.json").is_file())
    return names[:limit] + (["..."] if len(names) > limit else [])


def load_global_config(path: Path) -> GlobalConfig:
    """Read `guardrail.yaml`; a missing file gives the defaults."""
    if not path.exists():
        return GlobalConfig()
    data, lines = _read_yaml(path)
    try:
        return GlobalConfig.model_validate(data)
    except ValidationError as exc:
        raise PolicyError(_describe(path, exc, lines, GlobalConfig)) from None


def _read_yaml(path: Path) -> tuple[Any, dict[tuple, int]]:
    document = read_yaml(path)
    if not isinstance(document.data, dict):
        raise PolicyError(
            f"{path}: expected a mapping with `tenant`, `default_source` and `sources`, got {type(document.data).__name__}"
        )
    return document.data, document.lines


def _describe(path: Path, exc: ValidationError, lines: dict[tuple, int], root: type[BaseModel]) -> str:
    messages = []
    for error in exc.errors():
        loc = tuple(error["loc"])
        field = ".".join(str(part) for part in loc) or "(top level)"
        line = _line_of(loc, lines)
        where = f"{path}:{line}" if line else str(path)
        value = error.get("input")
        if error["type"] == "extra_forbidden":
            valid = _fields_at(root, loc[:-1])
            hint = did_you_mean(str(loc[-1]), valid)
            if "steering" in valid and str(loc[-1]) in SteeringSpec.model_fields:
                hint = f" (steering settings nest under `steering:`; move it to `{'.'.join(map(str, loc[:-1]))}.steering.{loc[-1]}`)"
            messages.append(f"{where}: unknown field `{field}`{hint}; valid fields here: {', '.join(valid)}")
        elif error["type"] == "missing":
            messages.append(f"{where}: field `{field}` is required; add it")
        else:
            reason = error["msg"].removeprefix("Value error, ")
            messages.append(f"{where}: field `{field}` has the bad value {_shown(value)}: {reason}")
    return "\n".join(messages)


def _shown(value: Any, limit: int = 80) -> str:
    """`repr(value)`, cut to `limit` characters: an error quotes the start of a bad value, never a megabyte."""
    text = repr(value)
    return text if len(text) <= limit else f"{text[:limit]}... ({len(text)} characters)"


def _line_of(loc: tuple, lines: dict[tuple, int]) -> int | None:
    while loc:
        if loc in lines:
            return lines[loc]
        loc = loc[:-1]
    return None


def _fields_at(root: type[BaseModel], loc: tuple) -> list[str]:
    """The field names valid at `loc` (a pydantic error location) of the `root` model."""
    model = root
    for part in loc:
        field = model.model_fields.get(part) if isinstance(part, str) else None
        if field is not None:  # otherwise a list index or a dict key such as a source name
            model = _inner_model(field.annotation) or model
    return sorted(model.model_fields)


def _inner_model(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        found = _inner_model(arg)
        if found is not None:
            return found
    return None
