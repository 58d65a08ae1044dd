"""One reader never sinks the run: a failing reader costs its own file, in one line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from flows.articles import html_reader_problem, read_file, unusable_inputs
from tests.conftest import ROOT
from warehouse.connection import Warehouse

PAGE = (
    "<html><head><title>Egypt Opens Crossing</title></head><body><article>"
    "<h1>Egypt Opens Crossing</h1><p>Egypt opened the Rafah crossing on Saturday to let "
    "aid trucks into Gaza, officials said.</p></article></body></html>"
)
# Nested deeper than Python's recursion limit: the JSON decoder raises RecursionError,
# an error no reader expects.
TOO_DEEP = "[" * 100_000


def folder_of_mixed_input(folder: Path) -> Path:
    """Good articles beside an HTML page and a file whose reader raises."""
    folder.mkdir()
    (folder / "good.txt").write_text("France praised Germany on Monday.\n", encoding="utf-8")
    records = [
        {"id": "r1", "text": "Russia condemned the United States on Wednesday."},
        {"id": "r2", "text": "Iraqi troops attacked Islamic State fighters near Mosul."},
    ]
    (folder / "good.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in records), encoding="utf-8"
    )
    (folder / "page.html").write_text(PAGE, encoding="utf-8")
    (folder / "deep.json").write_text(TOO_DEEP, encoding="utf-8")
    return folder


def test_a_reader_that_raises_is_one_reject_to_retry(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text(TOO_DEEP, encoding="utf-8")
    articles, (reject,) = read_file(path)
    assert articles == []
    assert (reject.path, reject.line, reject.retry) == (str(path), None, True)
    assert reject.reason.startswith("JSON reader failed: RecursionError: ")
    assert "\n" not in reject.reason


def test_a_record_whose_reading_raises_spares_the_other_records(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import flows.articles

    real = flows.articles.parse_published

    def buggy(raw: str):  # type: ignore[no-untyped-def]
        if raw == "trigger":
            raise ValueError("a library bug\nwith a second line")
        return real(raw)

    monkeypatch.setattr(flows.articles, "parse_published", buggy)
    lines = [
        {"id": "a", "text": "France praised Germany.", "date": "2020-01-07"},
        {"id": "b", "text": "Russia condemned the strikes.", "date": "trigger"},
        {"id": "c", "text": "Iran agreed to talks.", "date": "2020-01-08"},
    ]
    path = tmp_path / "r.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in lines), encoding="utf-8")
    articles, (reject,) = read_file(path)
    assert [a.doc_id for a in articles] == ["a", "c"]
    assert (reject.line, reject.retry) == (2, True)
    assert reject.reason == "JSONL reader failed: ValueError: a library bug"


@pytest.mark.usefixtures("html_clean_missing")
def test_html_without_lxml_html_clean_is_one_line_with_the_fix(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(PAGE, encoding="utf-8")
    articles, (reject,) = read_file(page)
    assert articles == [] and reject.retry
    assert reject.reason.startswith("HTML input needs lxml_html_clean: pip install lxml_html_clean")
    (problem,) = unusable_inputs([page, tmp_path / "a.txt"])
    assert problem.startswith("HTML input needs lxml_html_clean: ")
    assert "1 HTML file rejected" in problem and "\n" not in problem
    assert unusable_inputs([tmp_path / "a.txt", tmp_path / "b.jsonl"]) == []


def test_html_reader_works_here() -> None:
    assert html_reader_problem() is None


def test_mixed_folder_loads_every_good_article_and_retries_the_failures(
    prefect_harness: None, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    from flows.run import run_pipeline

    src = folder_of_mixed_input(tmp_path / "in")
    db = tmp_path / "w.duckdb"
    request.getfixturevalue("html_clean_missing")
    summary = run_pipeline(paths=[str(src)], db=str(db), published="2014-09-25")
    assert summary["status"] == "completed"
    with Warehouse.open(db, read_only=True) as wh:
        _, docs = wh.query("SELECT path, line FROM documents ORDER BY path, line")
        _, rejects = wh.query("SELECT path, line, reason, retry FROM rejects ORDER BY path")
    assert docs == [
        (str(src / "good.jsonl"), 1),
        (str(src / "good.jsonl"), 2),
        (str(src / "good.txt"), None),
    ]
    assert [(Path(p).name, line, retry) for p, line, _, retry in rejects] == [
        ("deep.json", None, True),
        ("page.html", None, True),
    ]
    reasons = {Path(p).name: reason for p, _, reason, _ in rejects}
    assert reasons["deep.json"].startswith("JSON reader failed: RecursionError")
    assert reasons["page.html"].startswith("HTML input needs lxml_html_clean: ")
    assert all("\n" not in r for r in reasons.values())


def test_after_the_fix_the_next_run_reads_the_rejected_files_again(
    prefect_harness: None, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    from flows.run import run_pipeline

    src = folder_of_mixed_input(tmp_path / "in")
    db = tmp_path / "w.duckdb"
    request.getfixturevalue("html_clean_missing")
    run_pipeline(paths=[str(src)], db=str(db), published="2014-09-25")
    # The fix: the HTML reader's dependencies importable again.
    from flows.articles import html_reader_problem
    from tests.flows.conftest import _HTML_CHAIN

    del sys.modules["lxml_html_clean"]
    for name in [n for n in sys.modules if n.startswith(_HTML_CHAIN)]:
        del sys.modules[name]
    assert html_reader_problem() is None
    again = run_pipeline(paths=[str(src)], db=str(db), published="2014-09-25")
    assert (again["files_seen"], again["files_skipped"]) == (4, 2)  # the good files
    with Warehouse.open(db, read_only=True) as wh:
        _, docs = wh.query("SELECT count(*) FROM documents WHERE path LIKE '%page.html'")
        _, rejects = wh.query("SELECT path FROM rejects")
    assert docs == [(1,)]
    assert [Path(p).name for (p,) in rejects] == ["deep.json"]  # still failing, still retried


def test_an_article_the_coder_fails_on_is_one_reject(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import flows.coding
    import flows.extraction
    from flows.coder_spec import CoderSpec
    from flows.coding import coder_for
    from warehouse.loading import FileRange

    real = coder_for(CoderSpec())

    class Faulty:
        def code_articles(self, articles):  # type: ignore[no-untyped-def]
            if any("Boom" in a.text for a in articles):
                raise IndexError("a coder bug")
            return real.code_articles(articles)

    monkeypatch.setattr(flows.coding, "coder_for", lambda spec: Faulty())
    good = tmp_path / "good.txt"
    good.write_text("Russia condemned the United States on Wednesday.", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_text("Boom said France praised Germany.", encoding="utf-8")
    files = [FileRange(str(good), "h1"), FileRange(str(bad), "h2")]
    batch = flows.extraction.extract_files(files, CoderSpec(), None)
    assert [a.path for a in batch.articles] == [str(good)]
    assert batch.events and {e.doc_id for e in batch.events} == {batch.articles[0].doc_id}
    (reject,) = batch.rejects
    assert (reject.path, reject.reason, reject.retry) == (
        str(bad),
        "coding failed: IndexError: a coder bug",
        True,
    )


def test_the_command_line_reports_a_missing_html_dependency_in_one_line(
    prefect_harness: None, tmp_path: Path
) -> None:
    """The issue's case for real: a fresh pip install without lxml_html_clean."""
    from prefect.settings import PREFECT_API_URL

    shadow = tmp_path / "shadow" / "lxml_html_clean"
    shadow.mkdir(parents=True)
    (shadow / "__init__.py").write_text(
        'raise ImportError("No module named lxml_html_clean", name="lxml_html_clean")\n',
        encoding="utf-8",
    )
    src = folder_of_mixed_input(tmp_path / "in")
    db = tmp_path / "w.duckdb"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(shadow.parent), str(ROOT)])}
    url = PREFECT_API_URL.value()
    if url:  # the session's test server, not one more temporary server
        env["PREFECT_API_URL"] = url
    env.pop("PREFECT_LOGGING_HANDLERS_CONSOLE_CLASS", None)  # as a fresh shell has it
    result = subprocess.run(
        [sys.executable, "-m", "flows.cli", "run", str(src), "--db", str(db)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=600,
    )
    out = result.stdout + result.stderr
    assert result.returncode == 0, out[-3000:]
    assert "Traceback" not in out
    warnings = [line for line in out.splitlines() if "HTML input needs lxml_html_clean:" in line]
    assert warnings and "pip install lxml_html_clean" in warnings[0]
    assert "3 documents and" in out and "2 rejects" in out
