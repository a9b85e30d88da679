"""The committed lock agrees with pyproject.toml: every declared dependency is locked, at a
version its declared range allows, and the Makefile's torch pin is in torch's range."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
LOCK = ROOT / ".ci" / "requirements.lock"
SETUP_EXTRAS = ("dev",)  # what `make setup` installs: `-e .[dev]` resolved into the lock


def _locked() -> dict[str, str]:
    pins = re.findall(r"^([A-Za-z0-9_.\-]+)==([^\s\\;]+)", LOCK.read_text(encoding="utf-8"), flags=re.M)
    return {canonicalize_name(name): version for name, version in pins}


def _declared() -> list[Requirement]:
    """The requirements `pip install -e .[dev]` asks for, self-referencing extras expanded."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras, seen, wanted = project["optional-dependencies"], set(), list(SETUP_EXTRAS)
    requirements = [Requirement(r) for r in project["dependencies"]]
    while wanted:
        extra = wanted.pop()
        if extra in seen:
            continue
        seen.add(extra)
        for line in extras[extra]:
            requirement = Requirement(line)
            if canonicalize_name(requirement.name) == canonicalize_name(project["name"]):
                wanted.extend(requirement.extras)
            else:
                requirements.append(requirement)
    return requirements


def _makefile_value(variable: str) -> str:
    match = re.search(rf"^export {variable} := (.+)$", (ROOT / "Makefile").read_text(encoding="utf-8"), flags=re.M)
    assert match, f"the Makefile no longer sets {variable}"
    return match.group(1).strip()


@pytest.mark.parametrize("requirement", _declared(), ids=str)
def test_every_declared_dependency_is_locked_inside_its_range(requirement: Requirement):
    if requirement.marker is not None and not requirement.marker.evaluate():
        pytest.skip(f"not installed here ({requirement.marker})")
    name = canonicalize_name(requirement.name)
    if name == "torch":
        version = _makefile_value("TORCH_VERSION")
    else:
        locked = _locked()
        assert name in locked, f"{requirement.name} is declared in pyproject.toml but not locked: run `make lock`"
        version = locked[name]
    assert requirement.specifier.contains(version, prereleases=True), (
        f"{requirement.name}=={version} is outside the declared range {requirement.specifier}: run `make lock` "
        "or widen the range in pyproject.toml"
    )


@pytest.mark.parametrize("pin", _makefile_value("MODEL_PACKAGES").split())
def test_the_model_packages_are_locked_at_the_makefile_pins(pin: str):
    name, version = pin.split("==")
    assert _locked().get(canonicalize_name(name)) == version, f"{pin} (Makefile) differs from the lock: run `make lock`"


def test_every_locked_package_has_a_hash():
    entries = re.split(r"\n(?=[A-Za-z0-9])", LOCK.read_text(encoding="utf-8"))
    unhashed = [entry.split("==")[0] for entry in entries if "==" in entry and "--hash=sha256:" not in entry]
    assert not unhashed, f"locked without a hash: {unhashed}; run `make lock`"
