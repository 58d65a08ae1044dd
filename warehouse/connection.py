"""The one place that calls ``duckdb.connect``.

Every read and write of the warehouse goes through :class:`Warehouse`, a thin
wrapper that applies the migrations on a writable open, retries DuckDB's file
lock with back-off (another process holds the database for one transaction at a
time), binds parameters (user input is never interpolated into SQL) and turns
DuckDB's errors into :class:`~schema.errors.WarehouseError` with one clear line.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb

from schema.errors import WarehouseError, WarehouseLockedError

Params = Sequence[Any] | dict[str, Any] | None


def _is_lock_error(exc: duckdb.Error) -> bool:
    text = str(exc)
    return "Could not set lock" in text or "Conflicting lock" in text


class Warehouse:
    """An open DuckDB warehouse (use :meth:`open`)."""

    def __init__(self, con: duckdb.DuckDBPyConnection, path: Path, read_only: bool) -> None:
        self.con = con
        self.path = path
        self.read_only = read_only

    @classmethod
    @contextmanager
    def open(
        cls, path: Path, read_only: bool = False, wait_seconds: float = 60.0, migrate: bool = True
    ) -> Iterator[Warehouse]:
        """Open (and on a writable open, create and migrate) the warehouse at ``path``.

        ``migrate=False`` skips the migrations: for a writer that opened the warehouse
        with them earlier in the same run, under the run's lock (a run's batch loads).
        """
        path = Path(path)
        if read_only and not path.exists():
            raise WarehouseError(f"no warehouse at {path}: run `newsevents run` first")
        if not read_only:
            path.parent.mkdir(parents=True, exist_ok=True)
        con = cls._connect(path, read_only, wait_seconds)
        wh = cls(con, path, read_only)
        try:
            if not read_only and migrate:
                from warehouse.migrations import migrate as apply_migrations

                apply_migrations(wh)
            yield wh
        finally:
            con.close()

    @staticmethod
    def _connect(path: Path, read_only: bool, wait_seconds: float) -> duckdb.DuckDBPyConnection:
        deadline = time.monotonic() + wait_seconds
        delay = 0.05
        while True:
            try:
                return duckdb.connect(str(path), read_only=read_only)
            except duckdb.Error as exc:
                if not _is_lock_error(exc):
                    raise WarehouseError(
                        f"cannot open warehouse {path}: {_first_line(exc)}"
                    ) from None
                if time.monotonic() >= deadline:
                    raise WarehouseLockedError(
                        f"warehouse {path} is in use by another process; try again later"
                    ) from None
                time.sleep(delay)
                delay = min(delay * 2, 1.0)

    def query(self, sql: str, params: Params = None) -> tuple[list[str], list[tuple[Any, ...]]]:
        """Run one statement; return column names and rows."""
        try:
            cur = self.con.execute(sql, params) if params is not None else self.con.execute(sql)
            cols = [d[0] for d in cur.description] if cur.description else []
            rows = cur.fetchall() if cur.description else []
        except duckdb.Error as exc:
            raise WarehouseError(f"query failed: {_first_line(exc)}") from None
        return cols, rows

    def execute(self, sql: str, params: Params = None) -> None:
        """Run one statement for its effect."""
        try:
            if params is not None:
                self.con.execute(sql, params)
            else:
                self.con.execute(sql)
        except duckdb.Error as exc:
            raise WarehouseError(f"statement failed: {_first_line(exc)}") from None

    def insert_arrow(self, table: str, data: Any) -> None:
        """Append a pyarrow table whose columns are named like ``table``'s."""
        if data.num_rows == 0:
            return
        cols = ", ".join(data.column_names)
        try:
            self.con.register("_incoming", data)
            self.con.execute(f"INSERT INTO {table} ({cols}) SELECT {cols} FROM _incoming")
        except duckdb.Error as exc:
            raise WarehouseError(f"insert into {table} failed: {_first_line(exc)}") from None
        finally:
            try:
                self.con.unregister("_incoming")
            except duckdb.Error:
                pass  # an aborted transaction is rolled back by the caller

    @contextmanager
    def transaction(self) -> Iterator[Warehouse]:
        """All or nothing: a failure (or a kill) leaves the warehouse as it was."""
        self.con.execute("BEGIN TRANSACTION")
        try:
            yield self
        except BaseException:
            self.con.execute("ROLLBACK")
            raise
        self.con.execute("COMMIT")

    def tables(self) -> list[str]:
        _, rows = self.query(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = 'main' ORDER BY table_name"
        )
        return [r[0] for r in rows]


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__
