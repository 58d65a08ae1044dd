"""`newsevents doctor`: each part's check, with OK or the fix, and the command."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from flows import doctor
from flows.doctor import FIX, OFF, OK
from warehouse.connection import Warehouse
from warehouse.migrations import migration_files


def lock_file(path: Path, lines: list[str]) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_locked_versions_apply_markers_and_skip_hashes(tmp_path: Path) -> None:
    lock = lock_file(
        tmp_path / "lock.txt",
        [
            "# a comment",
            "PyYAML==6.0.4 \\",
            "    --hash=sha256:00",
            "    # via prefect",
            "pywin32==312 ; sys_platform == 'win32' \\",
            "numpy==2.4.6 ; python_full_version < '4' \\",
            "numpy==0.1 ; python_full_version >= '4' \\",
        ],
    )
    assert doctor.locked_versions(lock) == {"pyyaml": "6.0.4", "numpy": "2.4.6"}


def test_lock_check_names_what_differs_and_the_fix(tmp_path: Path) -> None:
    typer_version = doctor.version_of("typer")
    assert typer_version
    same = lock_file(tmp_path / "same.txt", [f"typer=={typer_version} \\"])
    assert doctor.check_lock(same).status == OK
    off = lock_file(tmp_path / "off.txt", [f"typer=={typer_version} \\", "typer-nope==1.0 \\"])
    check = doctor.check_lock(off)
    assert check.status == FIX
    assert "typer-nope missing (locked 1.0)" in check.detail and "make setup" in check.detail
    assert doctor.check_lock(tmp_path / "absent.txt").status == OK


def test_html_check(request: pytest.FixtureRequest) -> None:
    check = doctor.check_html()
    assert check.status == OK and "lxml_html_clean" in check.detail
    request.getfixturevalue("html_clean_missing")
    broken = doctor.check_html()
    assert broken.status == FIX
    assert broken.detail.startswith("HTML input needs lxml_html_clean: pip install")


def test_warehouse_check_reports_the_migration_state(tmp_path: Path) -> None:
    db = tmp_path / "w.duckdb"
    assert doctor.check_warehouse(db).status == OK  # none yet
    with Warehouse.open(db):
        pass
    total = len(migration_files())
    assert doctor.check_warehouse(db) == doctor.Check(
        "warehouse", OK, f"{db}: all {total} migrations applied"
    )
    last = migration_files()[-1][0]
    with Warehouse.open(db) as wh:  # as a warehouse from before the latest migration
        wh.execute("DELETE FROM schema_migrations WHERE name = ?", [last])
    pending = doctor.check_warehouse(db)
    assert pending.status == OK and f"the next run applies {last}" in pending.detail
    with Warehouse.open(db) as wh:  # applies it; then one from a newer version
        wh.execute("INSERT INTO schema_migrations VALUES ('9999_future', now())")
    newer = doctor.check_warehouse(db)
    assert newer.status == FIX and "9999_future" in newer.detail


def test_server_check_gives_the_fix_for_a_server_that_does_not_answer() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again: nothing listens there
    check = doctor.check_server(f"http://127.0.0.1:{port}/api")
    assert check.status == FIX
    assert "does not answer" in check.detail and "prefect server start" in check.detail


def test_optional_parts_are_ok_or_off_with_the_way_to_add_them() -> None:
    dask = doctor.check_dask()
    assert dask.status == OK and "distributed" in dask.detail
    parser = doctor.check_parser()
    assert parser.status in (OK, OFF)
    if parser.status == OFF:
        assert "requirements/parser.txt" in parser.detail


def test_doctor_command_prints_every_part(prefect_harness: None, tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from flows.cli import app

    result = CliRunner().invoke(app, ["doctor", "--db", str(tmp_path / "none.duckdb")])
    lines = result.output.splitlines()
    assert lines[0].startswith("Python 3.")
    assert "prefect 3." in lines[1] and "lxml_html_clean" in lines[1]
    parts = {line[5:21].strip(): line[:4].strip() for line in lines[2:]}
    assert list(parts) == [
        "lock",
        "HTML reading",
        "parser pipeline",
        "Dask",
        "compiled coder",
        "gazetteer cache",
        "warehouse",
        "Prefect server",
    ]
    assert set(parts.values()) <= {OK, OFF, FIX}
    assert parts["HTML reading"] == parts["Prefect server"] == OK
    assert result.exit_code == (1 if FIX in parts.values() else 0), result.output
    assert "Traceback" not in result.output
