"""Reading article files: formats, metadata precedence, and the bad-input policy."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import os
from pathlib import Path

import pytest

from flows.articles import decode, discover, parse_published, read_file
from schema.errors import InputError

PUB = dt.date(2014, 9, 25)


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_txt_with_sidecar_takes_its_metadata(tmp_path: Path) -> None:
    txt = write(tmp_path / "a.txt", "Headline here\n\nFrance praised Germany on Monday.\n")
    write(tmp_path / "a.json", json.dumps({"id": "x1", "published": "2020-01-07", "url": "u"}))
    (art,), rejects = read_file(txt, published_default=PUB)
    assert rejects == []
    assert (art.doc_id, art.published, art.published_inferred, art.url) == (
        "x1",
        dt.date(2020, 1, 7),
        False,
        "u",
    )
    assert art.title == "Headline here"


def test_published_precedence_default_then_mtime(tmp_path: Path) -> None:
    txt = write(tmp_path / "b.txt", "France praised Germany.\n")
    (art,), _ = read_file(txt, published_default=PUB)
    assert (art.published, art.published_inferred) == (PUB, False)
    os.utime(txt, (0, 86400 * 365))
    (art,), _ = read_file(txt)
    assert (art.published, art.published_inferred) == (dt.date(1971, 1, 1), True)


def test_unparseable_date_still_loads_with_a_note(tmp_path: Path) -> None:
    f = write(tmp_path / "c.jsonl", json.dumps({"id": "q", "text": "Hi there.", "date": "soonish"}))
    (art,), rejects = read_file(f, published_default=PUB)
    assert rejects == []
    assert art.published == PUB
    assert "unparseable publication date" in art.notes


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2014-09-25", dt.date(2014, 9, 25)),
        ("2014-09-25T10:00:00Z", dt.date(2014, 9, 25)),
        ("Thu, 25 Sep 2014 10:00:00 +0000", dt.date(2014, 9, 25)),
        ("25-SEP-1987 15:01:01.79", dt.date(1987, 9, 25)),
        ("September 25, 2014", dt.date(2014, 9, 25)),
        ("25 September 2014", dt.date(2014, 9, 25)),
        ("not a date at all", None),
    ],
)
def test_parse_published(raw: str, expected: dt.date | None) -> None:
    assert parse_published(raw) == expected


def test_jsonl_bad_records_become_rejects_with_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "1", "body": "Russia condemned the strikes."}),
        "{broken",
        json.dumps({"id": "2"}),
        json.dumps(["not", "an", "object"]),
        "",
        json.dumps({"id": "3", "content": "Iran agreed to talks."}),
        json.dumps({"id": "4", "text": "x" * (5 * 1024 * 1024)}),
    ]
    f = write(tmp_path / "d.jsonl", "\n".join(lines) + "\n")
    arts, rejects = read_file(f)
    assert [a.doc_id for a in arts] == ["1", "3"]
    assert [(r.line, r.reason.split(" ")[0]) for r in rejects] == [
        (2, "malformed"),
        (3, "record"),
        (4, "record"),
        (7, "record"),
    ]
    assert "too long" in rejects[-1].reason


def test_jsonl_line_ranges(tmp_path: Path) -> None:
    lines = [json.dumps({"id": str(i), "text": f"Text {i}."}) for i in range(1, 11)]
    f = write(tmp_path / "e.jsonl", "\n".join(lines) + "\n")
    arts, _ = read_file(f, lines=(4, 6))
    assert [a.doc_id for a in arts] == ["4", "5", "6"]
    assert [a.line for a in arts] == [4, 5, 6]


def test_binary_empty_and_bad_gzip_are_rejected(tmp_path: Path) -> None:
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\xff" * 100)
    write(tmp_path / "empty.txt", "  \n\n")
    (tmp_path / "bad.txt.gz").write_bytes(b"\x1f\x8b\x08\x00garbage")
    reasons = {}
    for name in ("bin.txt", "empty.txt", "bad.txt.gz"):
        arts, rejects = read_file(tmp_path / name)
        assert arts == []
        assert len(rejects) == 1
        reasons[name] = rejects[0].reason
    assert "binary" in reasons["bin.txt"]
    assert "empty" in reasons["empty.txt"]
    assert "gzip" in reasons["bad.txt.gz"]


def test_cp1252_text_loads_with_a_note(tmp_path: Path) -> None:
    (tmp_path / "l.txt").write_bytes("Le Pen criticised Macron for \u00a3 costs.".encode("cp1252"))
    (art,), rejects = read_file(tmp_path / "l.txt", published_default=PUB)
    assert rejects == []
    assert "\u00a3" in art.text
    assert "Windows-1252" in art.notes


def test_decode_rejects_undecodable_bytes() -> None:
    with pytest.raises(InputError):
        decode(b"abc \x81\x8d\x8f\x90 def")


def test_gzipped_jsonl_and_json_list(tmp_path: Path) -> None:
    with gzip.open(tmp_path / "g.jsonl.gz", "wt", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "g1", "text": "Peace talks began."}) + "\n")
    arts, rejects = read_file(tmp_path / "g.jsonl.gz")
    assert [a.doc_id for a in arts] == ["g1"] and rejects == []
    write(tmp_path / "l.json", json.dumps({"articles": [{"text": "A."}, {"title": "none"}]}))
    arts, rejects = read_file(tmp_path / "l.json")
    assert len(arts) == 1 and [r.line for r in rejects] == [2]
    write(tmp_path / "m.json", "{nope")
    arts, rejects = read_file(tmp_path / "m.json")
    assert arts == [] and "malformed JSON" in rejects[0].reason


def test_html_main_text_title_and_date(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Egypt Opens Crossing | Wire</title>"
        '<meta property="article:published_time" content="2023-10-21T09:30:00Z"></head>'
        "<body><nav>Home | World</nav><article><h1>Egypt Opens Crossing</h1>"
        + "".join(
            f"<p>Egypt opened the Rafah crossing on Saturday to let aid trucks into Gaza, "
            f"officials said in statement number {i}.</p>"
            for i in range(4)
        )
        + "</article></body></html>"
    )
    write(tmp_path / "p.html", page)
    (art,), rejects = read_file(tmp_path / "p.html")
    assert rejects == []
    assert "Rafah" in art.text and "Home | World" not in art.text
    assert art.published == dt.date(2023, 10, 21)
    assert "Egypt Opens Crossing" in art.title
    write(tmp_path / "broken.html", "<html><body><div><<<>>></div")
    arts, rejects = read_file(tmp_path / "broken.html")
    assert arts == [] and len(rejects) == 1


def test_discover_recurses_skips_sidecars_and_survives_link_loops(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    write(tmp_path / "sub" / "a.txt", "A.")
    write(tmp_path / "sub" / "a.json", "{}")
    write(tmp_path / "b.jsonl", "{}")
    write(tmp_path / "notes.md", "x")
    (tmp_path / "sub" / "loop").symlink_to(tmp_path, target_is_directory=True)
    found = discover([tmp_path])
    assert [p.name for p in found] == ["b.jsonl", "a.txt"]
    with pytest.raises(InputError, match="no such file"):
        discover([tmp_path / "missing"])


def test_boilerplate_is_removed(tmp_path: Path) -> None:
    body = "\n\n".join(
        [
            "Support The Moscow Times!",
            "Russia Condemns U.S. Strikes",
            "Russia's Foreign Ministry said Wednesday the strikes were in doubt.",
            "Moscow has backed Syria's government.",
            "Read more",
            "Please consider making a one-time donation to help us continue.",
        ]
    )
    f = write(tmp_path / "mt.txt", body)
    (art,), _ = read_file(f, published_default=PUB)
    assert art.text.startswith("Russia Condemns")
    assert "donation" not in art.text and "Read more" not in art.text
    assert art.title == "Russia Condemns U.S. Strikes"


def test_record_dateline_opens_the_body_once(tmp_path: Path) -> None:
    """Reuters-style records keep the dateline apart: it is read as the wire printed it."""
    records = [
        {"title": "CANADA SAYS DEAL NEARS", "dateline": "OTTAWA, March 16 -", "body": "Talks."},
        {"dateline": "OTTAWA, March 16 -", "body": "OTTAWA, March 16 - Talks."},
    ]
    f = write(tmp_path / "r.jsonl", "\n".join(json.dumps(r) for r in records))
    (first, second), rejects = read_file(f, published_default=PUB)
    assert rejects == []
    assert first.text == "CANADA SAYS DEAL NEARS\n\nOTTAWA, March 16 - Talks."
    assert second.text == "OTTAWA, March 16 - Talks."
