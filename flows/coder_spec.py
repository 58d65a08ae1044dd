"""What names a coder: its options (``CoderSpec``) and the versions a run records.

Nothing here imports the coder or spaCy. The process that plans a run, loads its
batches and records its versions (``newsevents run`` when extraction workers code the
batches) never builds a coder, so it should not pay for one: importing spaCy alone
costs it some 60 MB and half a second. ``flows.coding`` builds coders from a spec.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from extractors.dictionaries import dictionary_files, identify_dictionary_files
from extractors.models import installed_model_label, resolve_model_name
from extractors.version import EXTRACTOR_VERSION


@dataclass(frozen=True)
class CoderSpec:
    """Everything needed to build a coder: hashable, so it can key a cache."""

    dictionaries: tuple[str, ...] = ()  # files or folders; empty = the project's lexicon
    spacy_model: str = "none"  # auto | none | NAME
    # Keep events with a source and no target; None = the default for the lexicon (kept
    # with the project's lexicon, as the real-news figures decided; not with PETRARCH's).
    one_actor_events: bool | None = None
    # Every actor may be a source, as PETRARCH-2 codes: no relevance rules (companies,
    # agents of no known country, names inside longer names all code events).
    all_actors: bool = False


def project_lexicon_files() -> list[Path]:
    folder = resources.files("extractors.data.lexicon")
    return sorted(Path(str(p)) for p in folder.iterdir() if p.name.endswith(".txt") and p.is_file())


def dictionary_sources(dictionaries: Sequence[str]) -> list[tuple[list[Path], str | None]]:
    """The files each ``--dictionaries`` item stands for, in the order they are read, and
    the name of its lexicon where it is not the files' own (a folder's); the project's
    lexicon when none is given."""
    if not dictionaries:
        return [(project_lexicon_files(), None)]
    sources: list[tuple[list[Path], str | None]] = []
    for item in dictionaries:
        path = Path(item)
        sources.append((dictionary_files(path), path.name) if path.is_dir() else ([path], None))
    return sources


def lexicon_label(dictionaries: tuple[str, ...]) -> str:
    """``name@version`` of the lexicon ``flows.coding.load_lexicon`` reads for these
    dictionaries, from the files' names and bytes (``identify_dictionary_files``)."""
    names = [
        identify_dictionary_files(files, name) for files, name in dictionary_sources(dictionaries)
    ]
    return f"{'+'.join(n for n, _ in names)}@{'+'.join(v for _, v in names)}"


def describe(spec: CoderSpec) -> dict[str, str]:
    """Versions a run records: extractor, lexicon and spaCy pipeline.

    Read from the lexicon files and the pipeline's ``meta.json`` without building
    a coder or loading a model: with worker processes, the flow's own process
    never codes an article and should not pay for (or hold) a coder.
    """
    label = lexicon_label(spec.dictionaries)
    if spec.one_actor_events is not None:
        label += " one-actor" if spec.one_actor_events else " no-one-actor"
    if spec.all_actors:
        label += " all-actors"
    return {
        "extractor_version": EXTRACTOR_VERSION,
        "lexicon_version": label,
        "spacy_model": installed_model_label(resolve_model_name(spec.spacy_model)),
    }
