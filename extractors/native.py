"""The coder compiled to C by mypyc, used only while it matches the sources.

The rule coder is pure, typed Python; mypyc (part of mypy) compiles its modules
to C extensions that run the same code without the interpreter's per-bytecode
cost. ``make native`` (part of ``make setup``) builds them (:func:`main`) into the
environment's own folder (``.venv/newsevents-native``), never into the package, so a
``.py`` file is never shadowed by an extension built from an older copy of it, and
each environment (``.venv``, ``.venv-latest``) has a build for its own Python and mypyc.

``extractors/__init__.py`` calls :func:`activate` at import: it puts the compiled
modules first on the package's path only when the build's record of the sources
(their SHA-256, with mypyc's and Python's versions) equals the sources on disk.
Otherwise — no build (no C compiler, an installed wheel), a stale build after an
edit, or ``NEWSEVENTS_PURE_PYTHON=1`` — the package imports its ``.py`` files as
ever. Either way the events are the same (``tests/extractors/test_native.py``
codes real articles both ways); ``newsevents doctor`` says which is in use.
"""

from __future__ import annotations

import hashlib
import importlib.util
import os
import subprocess
import sys
from collections.abc import MutableSequence, Sequence
from pathlib import Path

# The modules compiled: the coder's per-sentence work. ``phrases`` stays Python (mypyc
# cannot compile its generic frozen dataclass), as do the gazetteer's file, dictionary
# parsing and the other modules that run once per process.
MODULES = (
    "actors",
    "coder",
    "dates",
    "events",
    "evidence",
    "frames",
    "grammar",
    "lexicon",
    "morphology",
    "parse_roles",
    "pipeline",
    "places",
    "readers",
    "roles",
    "sentences",
    "story",
    "verbs",
)
PACKAGE_DIR = Path(__file__).resolve().parent
# In the environment that runs the coder (a virtual environment's own folder).
DEFAULT_DIR = Path(sys.prefix) / "newsevents-native"
RECORD = "SOURCES.sha256"
# Set to 1 to import the ``.py`` files even where a matching build exists.
PURE_ENV = "NEWSEVENTS_PURE_PYTHON"
DIR_ENV = "NEWSEVENTS_NATIVE_DIR"


def native_dir() -> Path:
    return Path(os.environ.get(DIR_ENV) or DEFAULT_DIR)


def sources_digest(package_dir: Path = PACKAGE_DIR) -> str:
    """SHA-256 of the compiled modules' sources, with Python's and mypyc's versions."""
    digest = hashlib.sha256(sys.version.encode())
    digest.update(_mypyc_version().encode())
    for name in MODULES:
        digest.update(name.encode())
        digest.update((package_dir / f"{name}.py").read_bytes())
    return digest.hexdigest()


def _mypyc_version() -> str:
    # The version as installed, read without importing mypy (which takes a second).
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("mypy")
    except PackageNotFoundError:
        return "none"


def state(directory: Path | None = None) -> tuple[str, str]:
    """("compiled" | "stale" | "broken" | "absent" | "off", one line saying why)."""
    directory = directory or native_dir()
    if os.environ.get(PURE_ENV) == "1":
        return "off", f"{PURE_ENV}=1: the coder runs as Python"
    record = directory / RECORD
    if not record.is_file():
        return "absent", f"no compiled coder in {directory} (make setup builds it; needs gcc)"
    if record.read_text().strip() != sources_digest():
        return "stale", (
            f"the compiled coder in {directory} was built from other sources: "
            "the coder runs as Python until `make native` rebuilds it"
        )
    problem = _library_problem(directory)
    if problem is not None:
        return "broken", (
            f"the compiled coder in {directory} does not load ({problem}): the coder runs "
            "as Python until `make native` rebuilds it"
        )
    return "compiled", f"compiled coder in use ({directory})"


def _library_problem(directory: Path) -> str | None:
    """Why the build's shared library does not load here, or None when it does.

    The compiled modules are small stubs over one library (``<hash>__mypyc``, a
    top-level module): it is loaded now, so a build this interpreter cannot load
    leaves the coder as Python instead of failing at its first import."""
    libraries = sorted(directory.glob("*__mypyc.*"))
    if not libraries:
        return "no shared library"
    name = libraries[0].name.split(".")[0]
    if name in sys.modules:
        return None
    try:
        spec = importlib.util.spec_from_file_location(name, libraries[0])
        if spec is None or spec.loader is None:
            return f"{libraries[0].name} is not a module"
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
    except (ImportError, OSError) as exc:
        return f"{type(exc).__name__}: {str(exc).strip().splitlines()[0] if str(exc) else ''}"
    sys.modules[name] = module
    return None


def activate(package_path: MutableSequence[str], directory: Path | None = None) -> bool:
    """Put a matching build's modules first on ``package_path``; True if they are used."""
    directory = directory or native_dir()
    if state(directory)[0] != "compiled":
        return False
    # The extensions share one library, a top-level module beside the package's folder.
    if str(directory) not in sys.path:
        sys.path.append(str(directory))
    compiled = str(directory / PACKAGE_DIR.name)
    if compiled not in package_path:
        package_path.insert(0, compiled)
    return True


def in_use() -> bool:
    """Whether this process's coder modules are the compiled ones."""
    from extractors import readers

    return not str(readers.__file__).endswith(".py")


def build(directory: Path | None = None, jobs: int = 2) -> None:
    """Compile :data:`MODULES` with mypyc into ``directory`` and record their sources."""
    directory = directory or native_dir()
    directory.mkdir(parents=True, exist_ok=True)
    (directory / RECORD).unlink(missing_ok=True)  # no record while the build is partial
    root = PACKAGE_DIR.parent
    paths = [f"{PACKAGE_DIR.name}/{name}.py" for name in MODULES]
    script = (
        "import sys\n"
        "from setuptools import setup\n"
        "from mypyc.build import mypycify\n"
        "setup(name='newsevents-native', ext_modules=mypycify(sys.argv[1:], opt_level='3', "
        f"multi_file=True, target_dir={str(directory / 'c')!r}),\n"
        "      script_args=['-q', 'build_ext', '--build-lib', "
        f"{str(directory)!r}, '--build-temp', {str(directory / 'obj')!r}, '-j', '{jobs}'])\n"
    )
    digest = sources_digest()
    subprocess.run([sys.executable, "-c", script, *paths], cwd=root, check=True)
    (directory / RECORD).write_text(digest + "\n")


def main(argv: Sequence[str]) -> int:
    """``make native``: build, then say which coder runs (``newsevents doctor`` says it too)."""
    if list(argv) != ["build"]:
        print("usage: main(['build'])", file=sys.stderr)
        return 2
    build()
    print(state()[1])
    return 0
