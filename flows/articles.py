"""Reading article files: discovery, formats, metadata, and an explicit policy for bad input.

Policy: a file or record that cannot be read becomes a :class:`Reject` with
its path, line and a one-line reason, and reading goes on. Nothing here
raises for bad content; only a path that does not exist at all is an error.
An unexpected error inside a reader (a missing optional dependency, a
library's bug) is a reject too, marked ``retry``: the fault is not the
file's, so the next run reads it again. :func:`unusable_inputs` finds an
input type that cannot be read at all before any file is read.

Formats: ``.txt`` (with an optional sidecar ``NAME.json`` of metadata),
``.jsonl``/``.ndjson`` (one record per line), ``.json`` (a record, a list of
records, or ``{"articles": [...]}``), ``.html``/``.htm`` (main text, title and
date by trafilatura), and any of these gzipped.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import gzip
import json
import os
import re
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import IO, Any

from extractors.boilerplate import strip_boilerplate
from schema.errors import InputError
from schema.ids import content_hash, stable_id
from schema.records import Article, Reject

TEXT_SUFFIXES = (".txt",)
RECORD_SUFFIXES = (".jsonl", ".ndjson")
JSON_SUFFIXES = (".json",)
HTML_SUFFIXES = (".html", ".htm")
SUFFIXES = TEXT_SUFFIXES + RECORD_SUFFIXES + JSON_SUFFIXES + HTML_SUFFIXES

# Limits that keep one bad input from exhausting memory or stalling a batch.
MAX_FILE_BYTES = 64 * 1024 * 1024  # a single-document file (txt, html, json)
MAX_RECORD_BYTES = 4 * 1024 * 1024  # one JSONL line
MAX_TEXT_CHARS = 1_000_000  # an article's text; real news articles are far shorter

ID_KEYS = ("id", "doc_id", "newid", "guid", "uuid")
TEXT_KEYS = ("text", "body", "content", "article", "maintext")
TITLE_KEYS = ("title", "headline")
DATELINE_KEYS = ("dateline",)
DATE_KEYS = ("published", "date", "date_iso", "published_at", "publish_date", "pubdate")
SOURCE_KEYS = ("source", "publisher", "outlet", "sitename")
URL_KEYS = ("url", "link")


def suffixes(path: Path) -> tuple[str, bool]:
    """The article suffix of a path and whether it is gzipped (``a.jsonl.gz`` → ``.jsonl``)."""
    name = path.name.lower()
    gz = name.endswith(".gz")
    if gz:
        name = name[:-3]
    return Path(name).suffix, gz


def is_article_file(path: Path) -> bool:
    suffix, _ = suffixes(path)
    return suffix in SUFFIXES and not path.name.startswith(".")


def sidecar_of(path: Path) -> Path | None:
    """The metadata sidecar ``NAME.json`` of ``NAME.txt`` (or ``NAME.txt.gz``), if present."""
    suffix, gz = suffixes(path)
    if suffix != ".txt":
        return None
    stem = path.name[: -len(".txt.gz")] if gz else path.name[: -len(".txt")]
    side = path.with_name(stem + ".json")
    return side if side.is_file() else None


def _is_sidecar(path: Path) -> bool:
    if suffixes(path) != (".json", False):
        return False
    stem = path.name[: -len(".json")]
    return path.with_name(stem + ".txt").exists() or path.with_name(stem + ".txt.gz").exists()


def discover(paths: Sequence[Path]) -> list[Path]:
    """Article files under the given files and folders: recursive, sorted, each once.

    Symbolic links are followed, but a folder is entered once (by device and
    inode), so a link loop ends. A path that does not exist raises InputError.
    """
    found: dict[str, Path] = {}
    for given in paths:
        if not given.exists():
            raise InputError("no such file or directory", str(given))
        if given.is_file():
            found.setdefault(str(given.resolve()), given.resolve())
            continue
        for path in _walk(given):
            if is_article_file(path) and not _is_sidecar(path):
                found.setdefault(str(path), path)
    return [found[k] for k in sorted(found)]


def _walk(root: Path) -> Iterator[Path]:
    seen: set[tuple[int, int]] = set()
    stack = [root.resolve()]
    while stack:
        folder = stack.pop()
        try:
            st = folder.stat()
        except OSError:
            continue
        if (st.st_dev, st.st_ino) in seen:
            continue
        seen.add((st.st_dev, st.st_ino))
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            continue
        for entry in entries:
            if entry.name.startswith("."):
                continue
            try:
                if entry.is_dir(follow_symlinks=True):
                    stack.append(Path(entry.path).resolve())
                elif entry.is_file(follow_symlinks=True):
                    yield Path(entry.path).resolve()
            except OSError:
                continue


def count_records(path: Path) -> int:
    """Lines in a JSONL file (gzipped or not): what a batch planner splits on."""
    n = 0
    with _open_binary(path) as fh:
        for _ in fh:
            n += 1
    return n


def is_record_file(path: Path) -> bool:
    return suffixes(path)[0] in RECORD_SUFFIXES


# --------------------------------------------------------------------------- reading


def read_file(
    path: Path,
    published_default: dt.date | None = None,
    lines: tuple[int, int | None] | None = None,
) -> tuple[list[Article], list[Reject]]:
    """Articles and rejects from one file (or lines ``lines[0]..lines[1]`` of a JSONL file)."""
    suffix, _ = suffixes(path)
    try:
        if suffix in RECORD_SUFFIXES:
            return _read_records(path, published_default, lines)
        if suffix not in SUFFIXES:
            raise InputError(f"unsupported file type {suffix or '(none)'!r}", str(path))
        data = _read_bytes(path)
        if suffix in TEXT_SUFFIXES:
            return _read_text(path, data, published_default)
        if suffix in JSON_SUFFIXES:
            return _read_json(path, data, published_default)
        return _read_html(path, data, published_default)
    except InputError as exc:
        return [], [Reject(str(path), exc.line, exc.reason)]
    except OSError as exc:
        return [], [Reject(str(path), None, f"cannot read file: {exc.strerror or exc}")]
    except Exception as exc:  # noqa: BLE001 - one reader's fault never sinks the run
        return [], [Reject(str(path), None, reader_failure(suffix, exc), retry=True)]


def _open_binary(path: Path) -> IO[bytes]:
    if suffixes(path)[1]:
        return gzip.open(path, "rb")  # type: ignore[return-value]
    return open(path, "rb")  # noqa: SIM115 - returned to a with-block


def _read_bytes(path: Path) -> bytes:
    try:
        with _open_binary(path) as fh:
            data = fh.read(MAX_FILE_BYTES + 1)
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        raise InputError(f"corrupt gzip file ({exc})", str(path)) from None
    if len(data) > MAX_FILE_BYTES:
        raise InputError(f"file larger than {MAX_FILE_BYTES // 2**20} MB", str(path))
    return data


def decode(data: bytes, path: str = "", line: int | None = None) -> tuple[str, str]:
    """Text and a note: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1252.

    Binary content (NUL bytes, control characters) is rejected rather than
    decoded into noise that would then be coded as text.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16"), "decoded as UTF-16"
        except UnicodeDecodeError:
            raise InputError("invalid UTF-16 text", path, line) from None
    if b"\x00" in data[:65536]:
        raise InputError("binary content (NUL bytes), not text", path, line)
    try:
        text = data.decode("utf-8-sig")
        note = ""
    except UnicodeDecodeError as exc:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise InputError(
                f"not UTF-8 text (invalid byte 0x{data[exc.start]:02x} at offset {exc.start})",
                path,
                line,
            ) from None
        note = "not UTF-8; decoded as Windows-1252"
    if _control_share(text) > 0.01:
        raise InputError("binary content (control characters), not text", path, line)
    return text, note


_WORD = re.compile(r"[^\W\d_]{2,}")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _control_share(text: str) -> float:
    sample = text[:65536]
    return len(_CONTROL.findall(sample)) / max(1, len(sample))


# Web text is full of no-break and thin spaces; as plain spaces they match what
# users type in SQL (``sentence_text LIKE '%in Iraq%'``) and what the lexicon holds.
_SPACES = str.maketrans({"\xa0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " "})


def _clean_text(text: str, path: str, line: int | None) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_SPACES)
    if not text.strip():
        raise InputError("empty article text", path, line)
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(
            f"article text too long ({len(text):,} characters > {MAX_TEXT_CHARS:,})", path, line
        )
    stripped = strip_boilerplate(text)
    if not stripped.strip():
        raise InputError("article holds only boilerplate", path, line)
    return stripped


def _first(record: dict[str, Any], keys: Iterable[str]) -> Any:
    for k in keys:
        v = record.get(k)
        if v not in (None, ""):
            return v
    return None


def _title_of(text: str) -> str:
    for line in text.split("\n"):
        line = line.strip()
        if line:
            return line[:300] if len(line) <= 300 else ""
    return ""


def _mtime_day(path: Path) -> dt.date:
    try:
        return dt.datetime.fromtimestamp(path.stat().st_mtime, tz=dt.UTC).date()
    except OSError:
        return dt.datetime.now(tz=dt.UTC).date()


def _publication(raw: Any, default: dt.date | None, path: Path) -> tuple[dt.date, bool, str]:
    """(date, inferred, note): metadata, else ``--published``, else the file's mtime."""
    note = ""
    if raw not in (None, ""):
        day = parse_published(str(raw))
        if day is not None:
            return day, False, ""
        note = f"unparseable publication date {str(raw)[:60]!r}; date inferred"
    if default is not None:
        return default, False, note
    return _mtime_day(path), True, note


_ISO_PREFIX = re.compile(r"^\d{4}-\d{2}-\d{2}")
_FORMATS = ("%d-%b-%Y", "%d %b %Y", "%d %B %Y", "%b %d, %Y", "%B %d, %Y", "%m/%d/%Y", "%Y/%m/%d")


@lru_cache(maxsize=4096)
def parse_published(raw: str) -> dt.date | None:
    """A publication date in any common format, or None."""
    raw = raw.strip()
    if not raw:
        return None
    if _ISO_PREFIX.match(raw):
        try:
            return dt.date.fromisoformat(raw[:10])
        except ValueError:
            return None
    try:
        return email.utils.parsedate_to_datetime(raw).date()
    except (TypeError, ValueError, IndexError):
        pass
    head = raw.split(" ")[0] if re.match(r"^\d{1,2}-[A-Za-z]{3}-\d{4}", raw) else raw
    for fmt in _FORMATS:
        try:
            return dt.datetime.strptime(head, fmt).date()
        except ValueError:
            continue
    if re.fullmatch(r"\d{9,11}(\.\d+)?", raw):  # a Unix timestamp
        return dt.datetime.fromtimestamp(float(raw), tz=dt.UTC).date()
    import dateparser

    parsed = dateparser.parse(raw, settings={"PREFER_DAY_OF_MONTH": "first"})
    if parsed is None or not 1800 <= parsed.year <= 2200:
        return None
    return parsed.date()


def _article(
    path: Path,
    line: int | None,
    text: str,
    meta: dict[str, Any],
    published_default: dt.date | None,
    notes: list[str],
) -> Article:
    where = str(path)
    text = _clean_text(text, where, line)
    day, inferred, note = _publication(_first(meta, DATE_KEYS), published_default, path)
    if note:
        notes.append(note)
    given_id = _first(meta, ID_KEYS)
    digest = content_hash(text)
    if given_id is not None:
        doc_id = str(given_id)
    elif line is None:
        doc_id = stable_id("file", where)
    else:
        doc_id = stable_id("record", where, digest)
    title = _first(meta, TITLE_KEYS)
    return Article(
        doc_id=doc_id,
        text=text,
        path=where,
        line=line,
        title=str(title).strip() if title is not None else _title_of(text),
        published=day,
        published_inferred=inferred,
        source=str(_first(meta, SOURCE_KEYS) or ""),
        url=str(_first(meta, URL_KEYS) or ""),
        content_hash=digest,
        notes="; ".join(notes),
    )


def _read_text(
    path: Path, data: bytes, published_default: dt.date | None
) -> tuple[list[Article], list[Reject]]:
    text, note = decode(data, str(path))
    rejects: list[Reject] = []
    meta: dict[str, Any] = {}
    notes = [note] if note else []
    side = sidecar_of(path)
    if side is not None:
        try:
            loaded = json.loads(decode(side.read_bytes(), str(side))[0])
            if not isinstance(loaded, dict):
                raise InputError("sidecar metadata is not a JSON object", str(side))
            meta = loaded
        except (InputError, json.JSONDecodeError, OSError) as exc:
            reason = exc.reason if isinstance(exc, InputError) else f"malformed JSON: {exc}"
            rejects.append(Reject(str(side), None, f"sidecar ignored: {reason}"))
            notes.append("sidecar metadata unreadable")
    return [_article(path, None, text, meta, published_default, notes)], rejects


def _record_article(
    path: Path, line: int | None, record: Any, published_default: dt.date | None
) -> Article:
    if not isinstance(record, dict):
        raise InputError(
            f"record is a JSON {type(record).__name__}, not an object", str(path), line
        )
    text = _first(record, TEXT_KEYS)
    if text is None:
        raise InputError("record has no text (text, body or content)", str(path), line)
    if not isinstance(text, str):
        raise InputError("record text is not a string", str(path), line)
    dateline = _first(record, DATELINE_KEYS)
    if (
        isinstance(dateline, str)
        and dateline.strip()
        and not text.lstrip().startswith(dateline.strip())
    ):
        # "OTTAWA, March 16 -": written before the body, as the wire printed it; it places
        # the story and gives its unnamed officials their country.
        text = f"{dateline.strip()} {text.lstrip()}"
    title = _first(record, TITLE_KEYS)
    if isinstance(title, str) and title.strip() and not text.lstrip().startswith(title.strip()):
        # The headline is part of what the coder reads (and dates via the lead).
        text = f"{title.strip()}\n\n{text}"
    return _article(path, line, text, record, published_default, [])


def _read_records(
    path: Path, published_default: dt.date | None, lines: tuple[int, int | None] | None
) -> tuple[list[Article], list[Reject]]:
    first, last = lines if lines is not None else (1, None)
    suffix = suffixes(path)[0]
    articles: list[Article] = []
    rejects: list[Reject] = []
    try:
        with _open_binary(path) as fh:
            for number, raw in enumerate(fh, start=1):
                if number < first:
                    continue
                if last is not None and number > last:
                    break
                try:
                    if len(raw) > MAX_RECORD_BYTES:
                        raise InputError(
                            f"record too long ({len(raw) / 2**20:.1f} MB > "
                            f"{MAX_RECORD_BYTES // 2**20} MB)",
                            str(path),
                            number,
                        )
                    if not raw.strip():
                        continue
                    line_text, _ = decode(raw, str(path), number)
                    try:
                        record = json.loads(line_text)
                    except json.JSONDecodeError as exc:
                        raise InputError(f"malformed JSON: {exc.msg}", str(path), number) from None
                    articles.append(_record_article(path, number, record, published_default))
                except InputError as exc:
                    rejects.append(Reject(str(path), exc.line, exc.reason))
                except Exception as exc:  # noqa: BLE001 - one record's fault spares the rest
                    rejects.append(
                        Reject(str(path), number, reader_failure(suffix, exc), retry=True)
                    )
    except (gzip.BadGzipFile, EOFError, zlib.error) as exc:
        rejects.append(Reject(str(path), None, f"corrupt gzip file ({exc})"))
    if not articles and not rejects and first <= 1:
        rejects.append(Reject(str(path), None, "empty file: no records"))
    return articles, rejects


def _read_json(
    path: Path, data: bytes, published_default: dt.date | None
) -> tuple[list[Article], list[Reject]]:
    text, _ = decode(data, str(path))
    if not text.strip():
        raise InputError("empty file", str(path))
    try:
        loaded = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"malformed JSON: {exc.msg} (line {exc.lineno})", str(path)) from None
    if isinstance(loaded, dict) and isinstance(loaded.get("articles"), list):
        loaded = loaded["articles"]
    if isinstance(loaded, dict):
        return [_record_article(path, None, loaded, published_default)], []
    if not isinstance(loaded, list):
        raise InputError("JSON is neither a record nor a list of records", str(path))
    articles: list[Article] = []
    rejects: list[Reject] = []
    for i, record in enumerate(loaded, start=1):
        try:
            articles.append(_record_article(path, i, record, published_default))
        except InputError as exc:
            rejects.append(Reject(str(path), i, exc.reason))
    return articles, rejects


def _read_html(
    path: Path, data: bytes, published_default: dt.date | None
) -> tuple[list[Article], list[Reject]]:
    import trafilatura

    html, note = decode(data, str(path))
    if not html.strip():
        raise InputError("empty file", str(path))
    try:
        extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    except Exception as exc:  # noqa: BLE001 - trafilatura raises many kinds on broken pages
        raise InputError(f"unreadable HTML ({type(exc).__name__})", str(path)) from None
    doc: dict[str, Any] = {}
    if extracted is not None:
        doc = extracted if isinstance(extracted, dict) else extracted.as_dict()
    if len(_WORD.findall(doc.get("text") or "")) < 3:
        raise InputError("no article text found in the HTML", str(path))
    meta = {
        "title": doc.get("title"),
        "published": doc.get("date"),
        "source": doc.get("sitename"),
        "url": doc.get("url"),
    }
    article = _record_article(path, None, {"text": doc["text"], **meta}, published_default)
    if note:
        article = replace(article, notes="; ".join(filter(None, [article.notes, note])))
    return [article], []


# --------------------------------------------------------------------------- readers' health

KINDS = {".txt": "text", ".jsonl": "JSONL", ".ndjson": "JSONL", ".json": "JSON"}
KINDS.update(dict.fromkeys(HTML_SUFFIXES, "HTML"))

# A page trafilatura must read: what the HTML check feeds the real reader.
_TEST_PAGE = (
    b"<html><head><title>A test page</title></head><body><article><h1>A test page</h1>"
    b"<p>France praised Germany on Monday for its help with the harvest, and both "
    b"governments agreed to meet again in Paris next month.</p></article></body></html>"
)


def reader_failure(suffix: str, exc: BaseException) -> str:
    """One line for an unexpected error inside a reader: what is wrong and, if known, the fix."""
    kind = KINDS.get(suffix, suffix or "file")
    if isinstance(exc, ImportError):
        missing = _missing_module(exc)
        return f"{kind} input needs {missing}: pip install {missing}, or make setup (the lock)"
    return f"{kind} reader failed: {type(exc).__name__}: {_first_line(exc)}"[:300]


def _missing_module(exc: ImportError) -> str:
    # lxml's own message names the separate project that replaced lxml.html.clean.
    moved = re.search(r"separate project (\w+)", str(exc))
    if moved:
        return moved.group(1)
    if exc.name:
        return exc.name.split(".")[0]
    return _first_line(exc)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def html_reader_problem() -> str | None:
    """Why HTML pages cannot be read here, with the fix; None when a test page reads."""
    try:
        _read_html(Path("test-page.html"), _TEST_PAGE, dt.date(2000, 1, 1))
    except InputError as exc:
        return f"HTML reader failed on a test page: {exc.reason}"
    except Exception as exc:  # noqa: BLE001 - whatever breaks it, say so in one line
        return reader_failure(".html", exc)
    return None


def unusable_inputs(files: Sequence[Path]) -> list[str]:
    """One line with the fix for each input type among ``files`` that cannot be read here.

    Checked before any file is read. Such files still become rejects (marked
    ``retry``, so they are read once the fix is in); the other files load.
    """
    pages = sum(1 for f in files if suffixes(f)[0] in HTML_SUFFIXES)
    if not pages:
        return []
    problem = html_reader_problem()
    if problem is None:
        return []
    return [f"{problem}; {pages} HTML file{'s' if pages != 1 else ''} rejected until then"]
