"""The dashboard: its data from DuckDB, its escaping, and the page in a real browser.

The browser tests load pages written from real warehouses in the system's headless
Chromium, through Playwright (never `playwright install`: no browser is downloaded),
and skip with a message when Chromium, Playwright or ../shared is absent.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from schema.errors import NewsEventsError
from schema.records import Article, Event
from tests.conftest import shared_path
from warehouse import loading
from warehouse.connection import Warehouse
from warehouse.dashboard import embed, world, write_dashboard
from warehouse.dashboard_data import actor_label, dashboard_data, pick_unit
from warehouse.loading import FileRange

HOSTILE = "<script>document.title='pwned'</script>\tTab\nLine"
BBC_FILES = 100  # of the 417 BBC politics files: a real warehouse, built in ~15 s
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


def build_small(db: Path) -> None:
    """Two articles, one with a hostile title, three events (one undated, one placed)."""
    arts = [
        Article(
            "a",
            "x",
            path="/a",
            title=HOSTILE,
            published=dt.date(2014, 9, 25),
            url="javascript:alert(1)",
        ),  # fmt: skip
        Article("b", "y", path="/b", title="Second", published=dt.date(2014, 10, 2)),
    ]

    def ev(doc: str, code: str, quad: int, g: float, day: dt.date | None, **kw: Any) -> Event:
        return Event(doc, 0, HOSTILE, "RUSGOV", HOSTILE, "USA", "United States", code, code[:2],
                     quad, g, "p:1", event_date=day, source_country="RUS", **kw)  # fmt: skip

    events = [
        ev(
            "a",
            "111",
            3,
            -2.0,
            dt.date(2014, 9, 25),
            location_name="Moscow",
            location_country="RUS",
            latitude=55.75,
            longitude=37.62,
        ),  # fmt: skip
        ev("b", "042", 1, 1.9, dt.date(2014, 10, 2)),
        ev("b", "190", 4, -10.0, None),
    ]
    with Warehouse.open(db) as wh:
        loading.load_batch(
            wh, "r", arts, events, [], [FileRange("/a", "1"), FileRange("/b", "2")], "v"
        )


@pytest.fixture(scope="module")
def small_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("small") / "w.duckdb"
    build_small(db)
    return db


def test_small_warehouse_data(small_db: Path) -> None:
    db = small_db
    with Warehouse.open(db, read_only=True) as wh:
        data = dashboard_data(wh, max_rows=2)
    meta = data["meta"]
    assert (meta["events"], meta["undated"], meta["located"], meta["rows"]) == (3, 1, 1, 2)
    # Newest first, the cap applied, the undated event last (so cut here).
    assert [r[0] for r in data["events"]["data"]] == ["2014-10-02", "2014-09-25"]
    assert {r["code"]: r["name"] for r in data["types"]}["111"] == "Criticize or denounce"
    assert data["dyads"][0]["label"] == "Russian Federation government → United States"
    assert [(c["iso3"], c["n"], c["as_source"]) for c in data["countries"]] == [("RUS", 1, 3)]
    assert data["places"][0]["top"] == "111 Criticize or denounce (1)"
    # Only web addresses become links.
    assert [d[2] for d in data["events"]["docs"]] == ["", ""]
    assert sum(r["n"] for r in data["periods"]) == 2


def test_page_escapes_text(small_db: Path, tmp_path: Path) -> None:
    db = small_db
    with Warehouse.open(db, read_only=True) as wh:
        assert write_dashboard(wh, tmp_path / "d.html") == 3
    page = (tmp_path / "d.html").read_text(encoding="utf-8")
    assert "<script>document.title" not in page
    assert "\\u003cscript\\u003e" in page
    assert "javascript:alert" not in page
    # One self-contained file: no address to fetch anything from.
    assert not re.search(r"""(src|href)=["']?(https?:)?//""", page)
    assert "default-src 'none'" in page


def test_embed_cannot_close_a_script_block() -> None:
    text = embed({"t": "</script><script>x()</script> & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"t": "</script><script>x()</script> & \u2028"}


@pytest.mark.parametrize(
    ("code", "label"),
    [
        ("GBRGOV", "United Kingdom government"),
        ("---MIL", "Military"),
        ("USAELIGOV", "United States elite government"),
        ("IGO", "Intergovernmental org."),
        ("", "(none)"),
        ("XYZ", "XYZ"),
    ],
)
def test_actor_labels(code: str, label: str) -> None:
    assert actor_label(code) == label


@pytest.mark.parametrize(
    ("days", "unit"), [(0, "day"), (120, "day"), (121, "week"), (730, "week"), (731, "month")]
)
def test_unit_is_picked_by_span(days: int, unit: str) -> None:
    start = dt.date(2020, 1, 1)
    assert pick_unit(start, start + dt.timedelta(days=days)) == unit


def test_world_outlines_are_natural_earth_countries() -> None:
    geometries = world()["objects"]["countries"]["geometries"]
    codes = {g["properties"]["iso3"] for g in geometries}
    assert len(geometries) == 177 and {"GBR", "USA", "RUS", "CHN", "BRA"} <= codes
    assert all(len(c) == 3 for c in codes)


def test_max_rows_must_be_positive(small_db: Path, tmp_path: Path) -> None:
    db = small_db
    with Warehouse.open(db, read_only=True) as wh, pytest.raises(NewsEventsError):
        write_dashboard(wh, tmp_path / "d.html", max_rows=0)


# ---- in a real browser ------------------------------------------------------------


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    return found


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    path = chromium()
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError:
        pytest.skip("playwright is not installed (make setup: the dev extra)")
    with sync_playwright() as pw:
        try:
            b = pw.chromium.launch(executable_path=path, args=CHROMIUM_FLAGS)
        except Error as exc:
            pytest.skip(f"Chromium at {path} does not start under Playwright: {exc}")
        yield b
        b.close()


@pytest.fixture(scope="module")
def bbc_page(prefect_harness, tmp_path_factory: pytest.TempPathFactory) -> Path:  # type: ignore[no-untyped-def]
    """The page written from a warehouse of real BBC politics articles."""
    from flows.run import run_pipeline

    files = sorted(shared_path("data", "corpus", "bbc", "politics").glob("*.txt"))[:BBC_FILES]
    tmp = tmp_path_factory.mktemp("bbc")
    db = tmp / "bbc.duckdb"
    summary = run_pipeline(paths=[str(f) for f in files], db=str(db), published="2005-03-01")
    assert summary["status"] == "completed" and summary["events_loaded"] > 50, summary
    page = tmp / "dashboard.html"
    with Warehouse.open(db, read_only=True) as wh:
        write_dashboard(wh, page)
    return page


def open_page(browser: Any, page_path: Path) -> tuple[Any, list[str]]:
    page = browser.new_page(viewport={"width": 1280, "height": 1800})
    problems: list[str] = []
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    page.on("request", lambda r: None if r.url.startswith(("file:", "data:", "about:"))
            else problems.append(f"fetched {r.url}"))  # fmt: skip
    page.goto(page_path.as_uri())
    page.wait_for_selector("body[data-ready=yes]", timeout=30_000)
    return page, problems


def texts(page: Any, selector: str) -> list[str]:
    return page.eval_on_selector_all(selector, "es => es.map(e => e.textContent)")


def click(page: Any, locator: Any) -> None:
    """A real mouse click on a mark scrolled clear of the sticky filter bar.

    The mouse goes to the mark's centre once the page says the mark is the element on
    top there. Playwright's own ``locator.click`` also waits for the mark to hold still
    over two animation frames, which timed out once in CI on a loaded machine (30 s
    on a map point that was drawn and on top); the check here is the one that matters:
    that a user's click at that point lands on the mark.
    """
    spot = locator.evaluate(
        """e => { e.scrollIntoView({block: 'center'});
             const r = e.getBoundingClientRect(), x = r.x + r.width / 2, y = r.y + r.height / 2;
             const top = document.elementFromPoint(x, y);
             return {x, y, on_top: top === e || e.contains(top)}; }"""
    )
    assert spot["on_top"], spot
    page.mouse.click(spot["x"], spot["y"])


def rows_shown(page: Any) -> list[list[str]]:
    return page.eval_on_selector_all(
        "#events tbody tr", "trs => trs.map(tr => [...tr.cells].map(td => td.innerText))"
    )


def test_bbc_page_has_a_map_charts_and_a_drill_down(browser: Any, bbc_page: Path) -> None:
    page, problems = open_page(browser, bbc_page)
    # The map: Natural Earth's country shapes, some shaded, and the event points.
    countries = page.locator("#map g.mark-shape path")
    assert countries.count() >= 176 + 5, countries.count()  # every country, some shaded
    assert page.locator("#map g.mark-symbol path").count() >= 5
    assert page.locator("#map .role-legend").count() >= 2  # shading and point sizes
    # Charts with axes, dated ticks, titles and a coloured quad-class legend.
    for chart in ("timeline", "trend", "types", "dyads"):
        assert page.locator(f"#{chart} .role-axis").count() >= 2, chart
    ticks = texts(page, "#timeline .role-axis-label text")
    assert any(re.search(r"\d{2} \w{3} \d{4}|\w{3} \d{4}", t) for t in ticks), ticks
    assert any("Mean Goldstein" in t for t in texts(page, "#trend .role-axis-title"))
    legend = page.locator("#timeline .role-legend")
    assert texts(page, "#timeline .role-legend text") == [
        "Verbal cooperation", "Material cooperation", "Verbal conflict", "Material conflict"
    ]  # fmt: skip
    swatches = legend.locator("path").evaluate_all("ps => ps.map(p => p.getAttribute('fill'))")
    assert [f for f in swatches if f] == ["#6baed6", "#08519c", "#fd8d3c", "#b30000"], swatches
    assert "Make statement" in " ".join(texts(page, "#types .role-axis-label text"))
    # The table, then a click on the top event type filters it to that code.
    before = rows_shown(page)
    assert before and all(re.fullmatch(r"\d{4}-\d{2}-\d{2}|undated", r[0]) for r in before)
    top = page.locator("#types g.mark-rect path").first
    code = page.evaluate(
        "JSON.parse(document.getElementById('specs').textContent).types.data.values[0].code"
    )
    click(page, top)
    page.wait_for_function("document.querySelector('#chips').textContent.includes('event type')")
    after = rows_shown(page)
    assert 0 < len(after) <= len(before)
    assert all(r[2].startswith(code) for r in after), (code, after[:3])
    # A click on a place on the map lists that place's events only.
    page.click("#f-clear")
    points = page.locator("#map g.mark-symbol path")
    on_top = points.evaluate_all(
        """ps => ps.findIndex(p => { p.scrollIntoView({block: 'center'});
             const r = p.getBoundingClientRect();
             return document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) === p; })"""
    )
    assert on_top >= 0
    click(page, points.nth(on_top))
    page.wait_for_function("document.querySelector('#chips').textContent.includes('place')")
    place = page.locator("#chips").inner_text().split("place ", 1)[1].split(" (")[0].rstrip("×")
    placed = rows_shown(page)
    assert placed and all(r[4].startswith(place) for r in placed), (place, placed[:3])
    # A click on the tallest bar of the timeline sets the date range to its period.
    page.click("#f-clear")
    bars = page.locator("#timeline g.mark-rect path")
    tallest = bars.evaluate_all(
        "ps => { const h = ps.map(p => p.getBBox().height); return h.indexOf(Math.max(...h)); }"
    )
    click(page, bars.nth(tallest))
    start, end = page.input_value("#f-from"), page.input_value("#f-to")
    assert start and end >= start
    dated = rows_shown(page)
    assert dated and all(start <= r[0] <= end for r in dated), (start, end, dated[:2])
    # The map's shading by the user's choice: mean Goldstein instead of the count.
    page.check("input[name=shade][value=goldstein]")
    page.wait_for_function(
        "[...document.querySelectorAll('#map .role-legend-title')]"
        ".some(t => t.textContent.startsWith('Mean Goldstein'))"
    )
    assert page.locator("#map g.mark-shape path").count() >= 176 + 5
    # The filters: a root code from the select.
    page.click("#f-clear")
    page.select_option("#f-root", "01")
    assert all(r[2][:2] == "01" for r in rows_shown(page))
    assert problems == []
    page.close()


def test_the_hostile_page_shows_titles_as_text(
    browser: Any, small_db: Path, tmp_path: Path
) -> None:
    db = small_db
    path = tmp_path / "d.html"
    with Warehouse.open(db, read_only=True) as wh:
        write_dashboard(wh, path)
    page, problems = open_page(browser, path)
    assert page.title() == "newsevents dashboard"  # the injected script never ran
    assert "<script>document.title='pwned'</script>" in page.locator("#events").inner_text()
    assert page.locator("#events a").count() == 0  # javascript: is no link
    assert problems == []
    page.close()
