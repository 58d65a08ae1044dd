"""What reaches the terminal: one line per error; tracebacks only with --debug."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest


def failing_query(monkeypatch: pytest.MonkeyPatch) -> None:
    import warehouse.connection

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("something unexpected\nand its second line")

    monkeypatch.setattr(warehouse.connection.Warehouse, "open", boom)


def test_an_unexpected_error_is_one_line_and_exit_1(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from typer.testing import CliRunner

    from flows.cli import app

    failing_query(monkeypatch)
    db = tmp_path / "w.duckdb"
    db.touch()  # the query gets as far as opening it
    result = CliRunner().invoke(app, ["query", "SELECT 1", "--db", str(db)])
    assert result.exit_code == 1
    assert "error: RuntimeError: something unexpected (newsevents --debug" in result.output
    assert "second line" not in result.output and "Traceback" not in result.output
    debug = CliRunner().invoke(app, ["--debug", "query", "SELECT 1", "--db", str(db)])
    assert isinstance(debug.exception, RuntimeError)  # raised, so its traceback prints


def test_prefect_console_lines_leave_the_traceback_out() -> None:
    from flows.console import OneLineConsoleHandler

    try:
        raise ValueError("deep inside a task")
    except ValueError:
        record = logging.LogRecord(
            "prefect.task_runs", logging.ERROR, __file__, 1, "Task run failed", None, sys.exc_info()
        )
    handler = OneLineConsoleHandler()
    assert handler.format(record).endswith("Task run failed")
    assert record.exc_info is not None  # the API handler still sends it to the server


def test_the_cli_names_the_handler_that_exists() -> None:
    import importlib

    from flows.cli import ONE_LINE_HANDLER
    from flows.console import OneLineConsoleHandler

    module, _, name = ONE_LINE_HANDLER.rpartition(".")
    assert getattr(importlib.import_module(module), name) is OneLineConsoleHandler


def test_a_damaged_dictionary_stops_a_run_in_one_line_before_it_starts(tmp_path: Path) -> None:
    """With worker processes the coder is built in them, not in the command's process:
    the command reads the dictionaries given first, so a damaged one is one line and no
    run starts (no Prefect server, no flow run, no row in ``runs``)."""
    from typer.testing import CliRunner

    from flows.cli import app

    bad = tmp_path / "bad.verbs.txt"
    bad.write_text("garbage, not a verb pattern\n", encoding="utf-8")
    src = tmp_path / "a.txt"
    src.write_text("Russia condemned the United States on Wednesday.\n", encoding="utf-8")
    db = tmp_path / "w.duckdb"
    args = ["run", str(src), "--db", str(db), "--workers", "2", "--dictionaries", str(bad)]
    result = CliRunner().invoke(app, args)
    said = " ".join(result.output.split())  # (the console wraps long lines)
    assert result.exit_code == 1
    assert said == f"error: {bad}: no verbs entries found"
    assert not db.exists()
