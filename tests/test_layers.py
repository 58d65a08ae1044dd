"""The shape of the house: imports flow one way, and `schema` is ours."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import ROOT

# What each layer may import, of our own packages and of the heavy libraries.
OURS = ("schema", "extractors", "warehouse", "flows")
ALLOWED = {
    "schema": {"schema"},
    "extractors": {"schema", "extractors"},
    "warehouse": {"schema", "warehouse"},
    "flows": {"schema", "extractors", "warehouse", "flows"},
}
FORBIDDEN = {
    "schema": {"duckdb", "prefect", "spacy", "dateparser", "pandas"},
    "extractors": {"duckdb", "prefect", "pandas"},
    "warehouse": {"spacy", "dateparser", "prefect"},
    "flows": set(),
}


def imports_of(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module.split(".")[0])
    return found


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_layer_imports_flow_one_way(layer: str) -> None:
    files = sorted((ROOT / layer).rglob("*.py"))
    assert files, layer
    for path in files:
        used = imports_of(path)
        ours = {m for m in used if m in OURS}
        assert ours <= ALLOWED[layer], f"{path.relative_to(ROOT)} imports {ours - ALLOWED[layer]}"
        heavy = used & FORBIDDEN[layer]
        assert not heavy, f"{path.relative_to(ROOT)} imports {heavy}"


def test_import_schema_is_ours() -> None:
    import schema

    assert Path(schema.__file__).resolve().parent == ROOT / "schema"
