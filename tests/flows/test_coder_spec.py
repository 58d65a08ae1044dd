"""The versions a run records, read without building a coder (``flows.coder_spec``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from flows.coder_spec import CoderSpec, describe, lexicon_label, project_lexicon_files
from flows.coding import load_lexicon
from tests.conftest import ROOT, shared_path


def _loaded_label(dictionaries: tuple[str, ...]) -> str:
    lexicon = load_lexicon(dictionaries)
    return f"{lexicon.name}@{lexicon.version}"


def test_the_lexicon_label_is_the_loaded_lexicons() -> None:
    assert lexicon_label(()) == _loaded_label(())


def test_a_folder_and_files_of_dictionaries_are_labelled_as_loaded(tmp_path: Path) -> None:
    folder = shared_path("data", "dictionaries", "petrarch2")
    assert lexicon_label((str(folder),)) == _loaded_label((str(folder),))
    one = sorted(folder.iterdir())[0]
    both = (str(folder), str(one))  # a merge: names and versions joined by "+"
    assert lexicon_label(both) == _loaded_label(both)
    assert "+" in lexicon_label(both)


def test_a_changed_dictionary_changes_the_label(tmp_path: Path) -> None:
    source = next(p for p in project_lexicon_files() if "verbs" in p.name)
    copy = tmp_path / source.name
    copy.write_bytes(source.read_bytes())
    before = lexicon_label((str(copy),))
    copy.write_bytes(source.read_bytes() + b"\n# one more comment line\n")
    assert lexicon_label((str(copy),)) != before
    assert lexicon_label((str(copy),)) == _loaded_label((str(copy),))


def test_describing_a_run_imports_no_spacy() -> None:
    """The process that runs the flow with workers records the versions without spaCy."""
    code = (
        "import sys; from flows.coder_spec import CoderSpec, describe; import flows.run; "
        "v = describe(CoderSpec()); print(v['spacy_model'], 'spacy' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["none", "False"]
    assert describe(CoderSpec())["lexicon_version"] == _loaded_label(())
