"""Named, ordered migrations, each recorded in ``schema_migrations`` once applied.

The DDL lives in ``schema/sql`` (one file per migration, applied in name
order); the CAMEO code table is kept in step with the packaged codebook.
"""

from __future__ import annotations

from importlib import resources
from typing import TYPE_CHECKING

import pyarrow as pa

from schema.codebook import Codebook

if TYPE_CHECKING:
    from warehouse.connection import Warehouse


def migration_files() -> list[tuple[str, str]]:
    """(name, SQL) of every migration, in the order they apply."""
    folder = resources.files("schema.sql")
    files = sorted((p for p in folder.iterdir() if p.name.endswith(".sql")), key=lambda p: p.name)
    return [(p.name.removesuffix(".sql"), p.read_text(encoding="utf-8")) for p in files]


def applied(wh: Warehouse) -> list[str]:
    _, rows = wh.query("SELECT name FROM schema_migrations ORDER BY name")
    return [r[0] for r in rows]


def migration_state(wh: Warehouse) -> tuple[list[str], list[str], list[str]]:
    """Migrations applied here, those still to apply, and applied ones this code lacks.

    The last kind means a newer version of newsevents wrote this warehouse.
    """
    known = [name for name, _ in migration_files()]
    if "schema_migrations" not in wh.tables():
        return [], known, []
    done = applied(wh)
    pending = [name for name in known if name not in done]
    unknown = [name for name in done if name not in known]
    return done, pending, unknown


def migrate(wh: Warehouse) -> list[str]:
    """Apply the migrations not yet recorded; return their names."""
    wh.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations "
        "(name VARCHAR PRIMARY KEY, applied_at TIMESTAMP NOT NULL)"
    )
    done = set(applied(wh))
    new: list[str] = []
    for name, sql in migration_files():
        if name in done:
            continue
        with wh.transaction():
            wh.con.execute(sql)
            wh.execute("INSERT INTO schema_migrations VALUES (?, now())", [name])
        new.append(name)
    sync_codebook(wh)
    return new


def sync_codebook(wh: Warehouse, codebook: Codebook | None = None) -> None:
    """Load the CAMEO code table when the warehouse's copy differs from the packaged one."""
    book = codebook or Codebook.load()
    rows = book.rows()
    _, have = wh.query("SELECT count(*), coalesce(sum(goldstein), 0) FROM cameo_codes")
    total = round(sum(r.goldstein for r in rows), 4)
    if have[0][0] == len(rows) and round(float(have[0][1]), 4) == total:
        return
    table = pa.table(
        {
            "code": [r.code for r in rows],
            "name": [r.name for r in rows],
            "root_code": [r.root_code for r in rows],
            "goldstein": pa.array([r.goldstein for r in rows], pa.float64()),
            "quad_class": pa.array([r.quad_class for r in rows], pa.int32()),
            "quad_class_gdelt": pa.array([r.quad_class_gdelt for r in rows], pa.int32()),
            "penta_class": pa.array([r.penta_class for r in rows], pa.int32()),
        }
    )
    with wh.transaction():
        wh.execute("DELETE FROM cameo_codes")
        wh.insert_arrow("cameo_codes", table)
