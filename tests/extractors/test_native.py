"""The compiled coder (``extractors.native``): used only when it matches the sources, and
coding real articles exactly as the Python modules do."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from extractors import native
from tests.conftest import run_python, shared_path

ARTICLES = 400

# Codes the first ARTICLES Reuters records as a worker does and prints one JSON line per
# event, every field (the extractor's own Python or compiled modules, as the process finds
# them), then whether the compiled modules were in use.
_CODE = """
import dataclasses, json, sys
from extractors import native
from flows.coder_spec import CoderSpec
from flows.extraction import extract_files
from warehouse.loading import FileRange
part = FileRange(sys.argv[1], "test", 0, 0.0, 1, int(sys.argv[2]))
result = extract_files([part], CoderSpec(), None)
for event in result.events:
    print(json.dumps(dataclasses.asdict(event), default=str, sort_keys=True))
print(json.dumps({"compiled": native.in_use(), "articles": len(result.articles)}))
"""


def _code(corpus: Path, pure: bool) -> tuple[list[str], dict[str, object]]:
    env = {k: v for k, v in os.environ.items() if k != native.PURE_ENV}
    if pure:
        env[native.PURE_ENV] = "1"
    out = run_python(_CODE, str(corpus), str(ARTICLES), env=env)
    return out[:-1], json.loads(out[-1])


def test_the_compiled_coder_codes_real_articles_as_the_python_one_does() -> None:
    if native.state()[0] != "compiled":
        pytest.skip(f"no compiled coder to compare: {native.state()[1]}")
    corpus = shared_path("data", "corpus", "reuters21578.jsonl")
    compiled, used = _code(corpus, pure=False)
    python, unused = _code(corpus, pure=True)
    assert used["compiled"] is True and unused["compiled"] is False
    assert used["articles"] == unused["articles"]
    assert isinstance(used["articles"], int) and used["articles"] > ARTICLES * 0.9
    assert len(python) > 100
    assert compiled == python


def _build(directory: Path, digest: str) -> Path:
    (directory / "extractors").mkdir(parents=True)
    (directory / native.RECORD).write_text(digest + "\n")
    return directory


def test_a_build_is_used_only_when_it_matches_the_sources(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(native.PURE_ENV, raising=False)
    monkeypatch.setattr(sys, "path", list(sys.path))
    # (these folders hold no real library: that it loads is the next test's)
    monkeypatch.setattr(native, "_library_problem", lambda directory: None)
    matching = _build(tmp_path / "matching", native.sources_digest())
    stale = _build(tmp_path / "stale", "0" * 64)
    assert native.state(matching)[0] == "compiled"
    assert native.state(stale)[0] == "stale" and "make native" in native.state(stale)[1]
    assert native.state(tmp_path / "none")[0] == "absent"

    path = ["/src/extractors"]
    assert native.activate(path, stale) is False and path == ["/src/extractors"]
    assert native.activate(path, matching) is True
    assert path == [str(matching / "extractors"), "/src/extractors"]
    assert str(matching) in sys.path  # where the modules' shared library is

    monkeypatch.setenv(native.PURE_ENV, "1")
    assert native.state(matching)[0] == "off"
    assert native.activate(["/src/extractors"], matching) is False


def test_a_build_whose_library_does_not_load_leaves_the_coder_as_python(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(native.PURE_ENV, raising=False)
    empty = _build(tmp_path / "empty", native.sources_digest())
    assert native.state(empty)[0] == "broken" and "no shared library" in native.state(empty)[1]
    damaged = _build(tmp_path / "damaged", native.sources_digest())
    (damaged / "0123abcd__mypyc.cpython-311-x86_64-linux-gnu.so").write_bytes(b"not an ELF")
    status, why = native.state(damaged)
    assert status == "broken" and "ImportError" in why and "make native" in why
    path = ["/src/extractors"]
    assert native.activate(path, damaged) is False and path == ["/src/extractors"]
    assert "0123abcd__mypyc" not in sys.modules


def test_the_record_covers_every_compiled_source(tmp_path: Path) -> None:
    package = tmp_path / "extractors"
    package.mkdir()
    for name in native.MODULES:
        (package / f"{name}.py").write_text(f"# {name}\n")
    before = native.sources_digest(package)
    for name in native.MODULES:
        (package / f"{name}.py").write_text(f"# {name}, edited\n")
        assert native.sources_digest(package) != before, name
        (package / f"{name}.py").write_text(f"# {name}\n")
    assert native.sources_digest(package) == before
