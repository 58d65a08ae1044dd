"""What the code imports is declared, and the lock matches pyproject.toml's ranges."""

from __future__ import annotations

import re
import sys
import tomllib
from importlib import metadata

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

from flows.doctor import locked_versions
from tests.conftest import ROOT
from tests.test_layers import OURS, imports_of

PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
DEPENDENCIES = [Requirement(r) for r in PROJECT["project"]["dependencies"]]
EXTRAS = {
    extra: [Requirement(r) for r in reqs]
    for extra, reqs in PROJECT["project"]["optional-dependencies"].items()
}
LOCK = ROOT / "requirements" / "lock.txt"
LOCKED_EXTRAS = ("dev", "dask")  # the parser extra is installed from requirements/parser.txt


def names(reqs: list[Requirement]) -> set[str]:
    return {canonicalize_name(r.name) for r in reqs}


def distributions_of(module: str) -> set[str]:
    return {canonicalize_name(d) for d in metadata.packages_distributions().get(module, [])}


@pytest.mark.parametrize(
    ("layer", "allowed"),
    [
        ("schema", ()),
        ("extractors", ("parser",)),
        ("warehouse", ()),
        ("flows", ("dask", "parser")),
        ("tests", ("dask", "parser", "dev")),
    ],
)
def test_every_imported_package_is_declared(layer: str, allowed: tuple[str, ...]) -> None:
    declared = names(DEPENDENCIES).union(*(names(EXTRAS[e]) for e in allowed))
    for path in sorted((ROOT / layer).rglob("*.py")):
        for module in sorted(imports_of(path)):
            if module in OURS or module == "tests" or module in sys.stdlib_module_names:
                continue
            dists = distributions_of(module)
            assert dists, f"{path.relative_to(ROOT)} imports {module}, which is not installed"
            assert dists & declared, (
                f"{path.relative_to(ROOT)} imports {module} ({', '.join(sorted(dists))}), "
                f"not declared in pyproject.toml for {layer}"
            )


def test_html_reading_declares_lxml_html_clean() -> None:
    # jusText asks for lxml[html_clean]; pip 23 does not match lxml's html-clean extra.
    assert "lxml-html-clean" in names(DEPENDENCIES)


def test_the_lock_pins_every_declared_package_within_its_range() -> None:
    pins = locked_versions(LOCK)
    wanted = DEPENDENCIES + [r for e in LOCKED_EXTRAS for r in EXTRAS[e]]
    for req in wanted:
        if req.marker is not None and not req.marker.evaluate():
            continue
        name = canonicalize_name(req.name)
        assert name in pins, f"{req.name} is not in the lock: make lock"
        assert req.specifier.contains(pins[name], prereleases=True), (
            f"{req.name}=={pins[name]} in the lock is outside {req}: make lock"
        )


def test_every_pin_of_every_lock_has_a_hash() -> None:
    for path in (LOCK, ROOT / "requirements" / "uv.txt", ROOT / "requirements" / "parser.txt"):
        text = path.read_text(encoding="utf-8")
        pins = re.findall(r"^\S+==\S+.*(?:\n(?: +.*)?)*", text, flags=re.MULTILINE)
        assert pins, path
        for pin in pins:
            assert "--hash=sha256:" in pin, f"{path.name}: {pin.splitlines()[0]} has no hash"


def test_build_requirements_are_locked_too() -> None:
    build = [
        line.strip()
        for line in (ROOT / "requirements" / "build.in").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert build == PROJECT["build-system"]["requires"]
    assert {"setuptools", "wheel"} <= set(locked_versions(LOCK))


def test_the_parser_pin_is_the_parser_extra() -> None:
    text = (ROOT / "requirements" / "parser.txt").read_text(encoding="utf-8")
    pinned = re.findall(r"^(\S+==\S+)", text, flags=re.MULTILINE)
    assert pinned == [str(r) for r in EXTRAS["parser"]]
