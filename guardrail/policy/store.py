"""The policy store: (tenant, source) -> Route.

`PolicyStore.from_dir` loads every `<tenant>.yaml` of a folder; `route()` resolves a request
to a frozen `Route`. An unknown tenant or source is an error, never a fallback. `reload()`
swaps in a freshly validated set of policies in one assignment, or keeps the old set.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

from guardrail.errors import PolicyError
from guardrail.policy.entities import DEFAULT_ENTITIES
from guardrail.policy.loader import load_global_config, load_policy_file
from guardrail.policy.schema import GLOBAL_CONFIG_NAME, FilterSpec, GlobalConfig, SteeringSpec, TenantPolicy

logger = logging.getLogger("guardrail.policy")
RELOAD_DEADLINE_S = 10.0


@dataclass(frozen=True)
class Route:
    """Everything the engine and the filter need for one request."""

    tenant: str
    source: str
    steering: SteeringSpec
    filter: FilterSpec

    @property
    def copy_guard_filter(self) -> FilterSpec:
        """The filter settings whose analyzer finds the prompt values the copy guard protects:
        the route filter's, with the guard's own entities, else the filter's, else `DEFAULT_ENTITIES`."""
        entities = self.steering.copy_guard.entities or self.filter.entities or DEFAULT_ENTITIES
        return self.filter.model_copy(update={"entities": entities})


@dataclass(frozen=True)
class _Snapshot:
    tenants: Mapping[str, TenantPolicy]
    config: GlobalConfig


class PolicyStore:
    """All tenants' policies, loaded from one folder.

    Routing reads one immutable snapshot, so `reload()` from another thread never exposes a
    half-applied set of files.
    """

    def __init__(
        self,
        directory: Path,
        adapters_dir: Path | None,
        snapshot: _Snapshot,
        check_adapter: Callable[[Path], object] | None = None,
    ) -> None:
        self.directory = directory
        self.adapters_dir = adapters_dir
        self.check_adapter = check_adapter
        self._snapshot = snapshot
        self._reload_lock = threading.Lock()

    @classmethod
    def from_dir(
        cls,
        path: str | Path,
        adapters_dir: str | Path | None = "adapters",
        check_adapter: Callable[[Path], object] | None = None,
    ) -> PolicyStore:
        """Load and validate every `*.yaml` / `*.yml` tenant file in `path`.

        Args:
            path: the policies folder.
            adapters_dir: folder of adapters that `adapter:` fields name; a relative path is
                resolved against the current directory. None skips the adapter check.
            check_adapter: called with each named adapter's folder, at load and at every
                reload; raises `AdapterError` when the adapter does not fit the base model.

        Raises:
            PolicyError: for the first bad file (nothing is loaded).
        """
        directory = Path(path)
        adapters = Path(adapters_dir) if adapters_dir is not None else None
        return cls(directory, adapters, _load_snapshot(directory, adapters, check_adapter), check_adapter)

    @property
    def tenants(self) -> list[str]:
        """Tenant names, sorted."""
        return sorted(self._snapshot.tenants)

    @property
    def config(self) -> GlobalConfig:
        """Settings from `guardrail.yaml` (defaults if the folder has none)."""
        return self._snapshot.config

    def policy(self, tenant: str) -> TenantPolicy:
        """The validated policy of `tenant`.

        Raises:
            PolicyError: if the tenant is unknown.
        """
        tenants = self._snapshot.tenants
        if tenant not in tenants:
            raise PolicyError(
                f"unknown tenant {tenant!r}; known tenants: {sorted(tenants) or 'none'}. "
                f"Add {self.directory / (str(tenant) + '.yaml')} or fix the tenant name"
            )
        return tenants[tenant]

    def route(self, tenant: str, source: str | None = None) -> Route:
        """Resolve a request to its route.

        Args:
            tenant: the tenant name.
            source: the traffic source; None means the tenant's `default_source`.

        Raises:
            PolicyError: unknown tenant or source. There is no fallback.
        """
        policy = self.policy(tenant)
        name = policy.default_source if source is None else source
        spec = policy.sources.get(name)
        if spec is None:
            raise PolicyError(
                f"unknown source {name!r} for tenant {tenant!r}; its sources are {sorted(policy.sources)}. "
                f"Add it under `sources:` in {self.directory / (tenant + '.yaml')} or pass a known source"
            )
        return Route(tenant=tenant, source=name, steering=spec.steering, filter=spec.filter)

    def routes(self) -> list[Route]:
        """Every (tenant, source) route, sorted."""
        return [self.route(t, s) for t in self.tenants for s in sorted(self.policy(t).sources)]

    def reload(self, deadline_s: float = RELOAD_DEADLINE_S) -> None:
        """Re-read the folder; all files take effect together or none do.

        The folder is read on a worker thread that may take at most `deadline_s`: a file
        system that stops answering fails this reload instead of wedging every later one
        (the abandoned read finishes, or not, on its own and is never applied).

        Raises:
            PolicyError: a file is bad, or the read ran past `deadline_s` (the message names
                the file it was on). The previous policies stay in force.
        """
        if not self._reload_lock.acquire(timeout=deadline_s):
            raise PolicyError(f"another reload of {self.directory} is still running; try again")
        try:
            try:
                snapshot = _load_with_deadline(self.directory, self.adapters_dir, self.check_adapter, deadline_s)
            except PolicyError as exc:
                logger.error("policy reload failed, previous policies stay in force: %s", exc)
                raise
            self._snapshot = snapshot  # one reference swap: readers see old or new, never a mix
        finally:
            self._reload_lock.release()
        logger.info("policies reloaded: %d tenants", len(snapshot.tenants))


def _load_with_deadline(
    directory: Path, adapters_dir: Path | None, check_adapter: Callable[[Path], object] | None, deadline_s: float
) -> _Snapshot:
    """`_load_snapshot` on a daemon thread, abandoned after `deadline_s`."""
    outcome: list[_Snapshot | BaseException] = []
    reading: list[Path] = [directory]  # the file being read, for the timeout message
    done = threading.Event()

    def work() -> None:
        try:
            outcome.append(_load_snapshot(directory, adapters_dir, check_adapter, reading))
        except BaseException as exc:  # handed to the caller below
            outcome.append(exc)
        finally:
            done.set()

    threading.Thread(target=work, name="guardrail-policy-read", daemon=True).start()
    if not done.wait(deadline_s):
        raise PolicyError(
            f"{reading[-1]}: reading the policies took longer than {deadline_s} s, so the reload was abandoned; "
            "check that file and the file system it is on"
        )
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return outcome[0]


def _load_snapshot(
    directory: Path,
    adapters_dir: Path | None,
    check_adapter: Callable[[Path], object] | None,
    reading: list[Path] | None = None,
) -> _Snapshot:
    if not directory.is_dir():
        raise PolicyError(f"policies folder {directory} does not exist; create it with one <tenant>.yaml per tenant")
    files = sorted(p for p in directory.iterdir() if p.suffix in {".yaml", ".yml"} and p.name != GLOBAL_CONFIG_NAME)
    if reading is not None:
        reading.append(directory / GLOBAL_CONFIG_NAME)
    config = load_global_config(directory / GLOBAL_CONFIG_NAME)
    tenants: dict[str, TenantPolicy] = {}
    origin: dict[str, Path] = {}
    for file in files:
        if reading is not None:
            reading.append(file)
        policy = load_policy_file(file, adapters_dir, check_adapter)
        if policy.tenant in tenants:
            raise PolicyError(
                f"{file}: tenant {policy.tenant!r} is already defined in {origin[policy.tenant]}; "
                "keep one file per tenant"
            )
        tenants[policy.tenant] = policy
        origin[policy.tenant] = file
    if not tenants:
        raise PolicyError(f"policies folder {directory} has no tenant files; add <tenant>.yaml files")
    return _Snapshot(tenants=MappingProxyType(tenants), config=config)
