"""Readers for the PETRARCH-2 dictionary formats (verbs, actors, agents, discards).

These are the ecosystem's formats, and the project's own lexicon
(``extractors/data/lexicon``) is written in them too, so a user's PETRARCH or
Phoenix dictionaries and ours load into the same :class:`Lexicon`.

Verbs (``*verbs*`` or ``CAMEO.*.txt``)::

    &SYNSET            a synonym set, then one "+phrase" per line
    --- NAME [code] ---  a verb block and its default code ("[---]": no event)
    CONDEMN {FORMS}    a verb; irregular forms in braces, others generated
    +CARRY_OUT         a multi-word verb ("+" marks the inflected word, else the first)
    - $ * (AT +) [code:code2]   a pattern: words before and after the verb ("*"),
                       "$" source, "+" target, "%" both, "&SET" any synset phrase,
                       "_" joins neighbours; "(…)" and "{…}" group a phrase;
                       "[a:b]" codes a second event with the roles swapped.

Actors (``*actors*``): an entry line, "+alias" lines, and codes in brackets on
the entry line or indented below it: ``[CODE]``, ``[CODE >YYMMDD]`` (from),
``[CODE <YYMMDD]`` (until), ``[CODE YYMMDD-YYMMDD]`` (between). Agents
(``*agents*``): ``!SUB! = A, B`` substitutions, ``PHRASE {PLURALS} [~CODE]``
(code after the actor's) or ``[CODE~]`` (before it). Discards (``*discards*``):
one phrase per line, "+" for the whole story. Everywhere "_" stands for a
space and "#" starts a comment; lines in ``<!-- -->`` are comments.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal

from extractors.lexicon import (
    ActorEntry,
    AgentEntry,
    CodeSpan,
    Discard,
    Lexicon,
    PatternToken,
    Phrase,
    VerbEntry,
    VerbPattern,
)
from extractors.morphology import plural, spelling_variants, verb_forms
from schema.errors import DictionaryError

log = logging.getLogger(__name__)

Kind = Literal["verbs", "actors", "agents", "discards"]

_BLOCK = re.compile(r"^---+\s*(?P<name>.*?)\s*\[(?P<code>[^\]]*)\]\s*-*\s*$")
_CODE = re.compile(r"\[(?P<body>[^\]]*)\]")
_SIMPLE = re.compile(r"^[a-z0-9]+$")


def kind_of(path: Path) -> Kind | None:
    """Which dictionary a file holds, from its name (None: not a dictionary)."""
    name = path.name.lower()
    if "verbs" in name or re.match(r"^cameo\..*\.txt$", name):
        return "verbs"
    for kind in ("actors", "agents", "discards"):
        if kind in name:
            return kind  # type: ignore[return-value]
    return None


def load_dictionaries(folder: Path) -> Lexicon:
    """Every dictionary file in a folder; files of other kinds are ignored."""
    return load_dictionary_files(dictionary_files(folder), name=folder.name)


def dictionary_files(folder: Path) -> list[Path]:
    """The dictionary files of a folder, in the order they are read."""
    if not folder.is_dir():
        raise DictionaryError("not a folder of dictionaries", str(folder))
    files = sorted(p for p in folder.iterdir() if p.is_file() and kind_of(p) is not None)
    if not files:
        raise DictionaryError("no *verbs*, *actors*, *agents* or *discards* files", str(folder))
    return files


def identify_dictionary_files(paths: Sequence[Path], name: str | None = None) -> tuple[str, str]:
    """The name and version a lexicon read from these files has, without reading its
    entries: the version is a hash of the files' names and bytes, so a process that only
    records which lexicon a run used (``flows.coder_spec.describe``) needs no parsing."""
    return name or _common_name(paths), _version((p, _dictionary_bytes(p)) for p in paths)


def _version(files: Iterable[tuple[Path, bytes]]) -> str:
    """A hash of the files' names and bytes, in order."""
    digest = hashlib.sha256()
    for path, data in files:
        digest.update(path.name.encode() + b"\0" + data)
    return digest.hexdigest()[:12]


def _dictionary_bytes(path: Path) -> bytes:
    if kind_of(path) is None:
        raise DictionaryError(
            "not a dictionary file (names must contain verbs, actors, agents or discards)",
            str(path),
        )
    try:
        return path.read_bytes()
    except OSError as exc:
        raise DictionaryError(f"cannot read: {exc.strerror}", str(path)) from None


def load_dictionary_files(paths: Sequence[Path], name: str | None = None) -> Lexicon:
    """The given dictionary files, each read by the reader its name selects."""
    read = [(path, _dictionary_bytes(path)) for path in paths]
    lexicon = Lexicon(name or _common_name(paths), _version(read))
    for path, data in read:
        kind = kind_of(path)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
        lines = _lines(text)
        if kind == "verbs":
            verbs, synsets = read_verbs(lines, path.name)
            # Several verb dictionaries (a folder holding CAMEO.2.0 and older pattern
            # files) are alternatives, not additions: a verb is read from the first file
            # that has it, so one verb makes one frame, not one per file.
            seen = {v.lemma for v in lexicon.verbs}
            fresh = [v for v in verbs if v.lemma not in seen]
            if len(fresh) < len(verbs) and seen:
                log.info(
                    "%s: %d verbs already read from an earlier file",
                    path.name,
                    len(verbs) - len(fresh),
                )
            lexicon.verbs.extend(fresh)
            lexicon.synsets.update(synsets)
            found = len(verbs) + len(synsets)
        elif kind == "actors":
            actors = read_actors(lines, path.name)
            lexicon.actors.extend(actors)
            found = len(actors)
        elif kind == "agents":
            agents = read_agents(lines, path.name)
            lexicon.agents.extend(agents)
            found = len(agents)
        else:
            discards = read_discards(lines, path.name)
            lexicon.discards.extend(discards)
            found = len(discards)
        if found == 0:
            raise DictionaryError(f"no {kind} entries found", str(path))
        lexicon.sources.append(str(path))
    return lexicon


def _common_name(paths: Sequence[Path]) -> str:
    stems = {p.name.split(".")[0] for p in paths}
    return stems.pop() if len(stems) == 1 else "dictionaries"


# --------------------------------------------------------------------------- text


def _lines(text: str) -> list[tuple[int, str]]:
    """(line number, text without comments), dropping blank and comment lines."""
    out: list[tuple[int, str]] = []
    in_comment = False
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip()
        stripped = line.strip()
        if in_comment:
            if "-->" in stripped:
                in_comment = False
            continue
        if stripped.startswith("<!--"):
            in_comment = "-->" not in stripped
            continue
        if stripped.startswith("<"):
            continue
        line = line.split("#", 1)[0].rstrip()
        if line.strip():
            out.append((number, line))
    return out


@lru_cache(maxsize=1)
def _tokenizer():  # type: ignore[no-untyped-def]
    import spacy

    return spacy.blank("en").tokenizer


@lru_cache(maxsize=200_000)
def phrase_of(text: str) -> Phrase:
    """Dictionary text ("AL-QAEDA", "U.S._ARMY") as lower-cased spaCy tokens."""
    words = text.replace("_", " ").split()
    lowered = [w.lower() for w in words]
    if all(_SIMPLE.match(w) for w in lowered):
        return tuple(lowered)
    # Tokenise in the dictionary's own case: spaCy's exceptions ("U.S.") are cased. A title
    # abbreviation written in capitals ("GOV.", "SEN.") is one token only as spaCy's
    # exception spells it ("Gov.", "Sen."), which is how it appears in text.
    words = [w.capitalize() if w[:-1].isalpha() and w.endswith(".") else w for w in words]
    tokens = [t.text for t in _tokenizer()(" ".join(words)) if not t.is_space]
    return tuple(t.lower() for t in tokens)


def _yymmdd(text: str) -> dt.date:
    text = text.strip()
    if len(text) == 8:
        return dt.date(int(text[:4]), int(text[4:6]), int(text[6:]))
    if len(text) != 6:
        raise ValueError(text)
    yy = int(text[:2])
    year = 2000 + yy if yy <= 40 else 1900 + yy
    return dt.date(year, int(text[2:4]), int(text[4:]))


def parse_code_span(body: str) -> CodeSpan:
    """ "CODE", "CODE >YYMMDD", "CODE <YYMMDD" or "CODE YYMMDD-YYMMDD"."""
    parts = body.split()
    if not parts:
        raise ValueError("empty code")
    code = parts[0].upper()
    if len(parts) == 1:
        return CodeSpan(code)
    when = "".join(parts[1:])
    if when.startswith(">"):
        return CodeSpan(code, start=_yymmdd(when[1:]))
    if when.startswith("<"):
        return CodeSpan(code, end=_yymmdd(when[1:]))
    first, _, last = when.partition("-")
    return CodeSpan(code, start=_yymmdd(first), end=_yymmdd(last))


# --------------------------------------------------------------------------- verbs


@dataclass
class _Block:
    name: str
    code: str
    reverse: str | None
    verbs: list[tuple[int, str, tuple[Phrase, ...], str | None, str | None]] = field(
        default_factory=list
    )
    patterns: list[VerbPattern] = field(default_factory=list)


def _split_code(body: str) -> tuple[str, str | None]:
    body = body.strip()
    if ":" in body:
        a, b = body.split(":", 1)
        return a.strip(), (b.strip() or None)
    return body, None


def read_verbs(
    lines: Iterable[tuple[int, str]], source: str
) -> tuple[list[VerbEntry], dict[str, tuple[Phrase, ...]]]:
    """Verb entries (each with its block's patterns) and synsets."""
    synsets: dict[str, list[Phrase]] = {}
    blocks: list[_Block] = []
    synset: str | None = None
    block: _Block | None = None
    for number, line in lines:
        text = line.strip()
        where = f"{source}:{number}"
        if text.startswith("&"):
            synset = _synset_name(text.split()[0])
            synsets.setdefault(synset, [])
            continue
        m = _BLOCK.match(text)
        if m:
            synset = None
            code, reverse = _split_code(m.group("code"))
            block = _Block(m.group("name"), code, reverse)
            blocks.append(block)
            continue
        if synset is not None and text.startswith("+"):
            synsets[synset].append(phrase_of(text[1:]))
            continue
        if block is None:
            log.warning("%s: line outside a verb block skipped", where)
            continue
        if text.startswith("-"):
            pattern = _pattern(text[1:], where)
            if pattern is not None:
                block.patterns.append(pattern)
            continue
        parsed = _verb_line(text, where)
        if parsed is not None:
            block.verbs.append((number, *parsed))
    entries: list[VerbEntry] = []
    for b in blocks:
        patterns = tuple(b.patterns)
        for number, lemma, forms, own_code, own_reverse in b.verbs:
            entries.append(
                VerbEntry(
                    verb_id=f"{source}:{number}",
                    lemma=lemma,
                    forms=forms,
                    code=own_code or b.code,
                    reverse_code=own_reverse if own_code else b.reverse,
                    patterns=patterns,
                    note=b.name,
                )
            )
    return entries, {k: tuple(v) for k, v in synsets.items()}


def _synset_name(token: str) -> str:
    return token.lstrip("&").rstrip("_").upper()


def _verb_line(
    text: str, where: str
) -> tuple[str, tuple[Phrase, ...], str | None, str | None] | None:
    code = reverse = None
    m = _CODE.search(text)
    if m:
        code, reverse = _split_code(m.group("body"))
        text = text[: m.start()] + text[m.end() :]
    given: list[str] = []
    brace = re.search(r"\{([^}]*)\}", text)
    if brace:
        # "{+WAS_DETERMINED , +BE_DETERMINED}": some files separate the forms with commas.
        given = [g for g in brace.group(1).replace(",", " ").split() if g.strip("+")]
        text = text[: brace.start()] + text[brace.end() :]
    words = text.split()
    if not words:
        log.warning("%s: verb line not understood", where)
        return None
    head = "_".join(words)  # "LASH OUT" is written "LASH_OUT" elsewhere
    parts = [p for p in head.split("_") if p]
    if not parts:
        return None
    marked = next((i for i, p in enumerate(parts) if p.startswith("+")), 0)
    parts = [p.lstrip("+").lower() for p in parts]
    lemma = " ".join(parts)
    if given:
        forms = [lemma] + [
            " ".join(w.lstrip("+").lower() for w in g.split("_") if w) for g in given
        ]
        # Braces list the irregular forms; regular ones PETRARCH still generates.
        if len(parts) == 1:
            forms += list(verb_forms(parts[0]))[1:2]  # the -s form is always regular
    else:
        forms = []
        for form in verb_forms(parts[marked]):
            forms.append(" ".join(parts[:marked] + [form] + parts[marked + 1 :]))
    phrases = tuple(dict.fromkeys(phrase_of(f) for f in forms if f.strip()))
    return lemma, phrases, code, reverse


def _pattern(text: str, where: str) -> VerbPattern | None:
    m = _CODE.search(text)
    if not m:
        log.warning("%s: pattern without a code skipped", where)
        return None
    code, reverse = _split_code(m.group("body"))
    if code not in ("", "---") and not any(c.isdigit() for c in code):
        log.warning("%s: pattern code %r is not an event code; pattern skipped", where, code)
        return None
    body = text[: m.start()]
    note = text[m.end() :].strip()
    before: list[PatternToken] = []
    after: list[PatternToken] = []
    seen_verb = False
    verb_joined = False
    join_next = False
    for chunk in body.split():
        chunk = chunk.strip("(){}")
        if not chunk:
            continue
        pieces = chunk.split("_")
        for k, piece in enumerate(pieces):
            joined = join_next or k > 0
            join_next = False
            if piece == "":
                if k == len(pieces) - 1:
                    join_next = True  # "IN_ *": joined to what follows
                continue
            if piece == "*":
                seen_verb = True
                verb_joined = joined and bool(before)
                continue
            for token in _elements(piece, joined):
                (after if seen_verb else before).append(token)
                joined = True
    if not seen_verb:
        log.warning("%s: pattern without '*' skipped", where)
        return None
    return VerbPattern(where, code, reverse, tuple(before), tuple(after), note, verb_joined)


def _elements(piece: str, joined: bool) -> list[PatternToken]:
    if piece == "$":
        return [PatternToken("source", joined=joined)]
    if piece == "+":
        return [PatternToken("target", joined=joined)]
    if piece == "%":
        return [PatternToken("compound", joined=joined)]
    if piece.startswith("&"):
        return [PatternToken("synset", _synset_name(piece), joined=joined)]
    words = phrase_of(piece)
    return [PatternToken("word", w, joined=joined or i > 0) for i, w in enumerate(words)]


# --------------------------------------------------------------------------- actors


def read_actors(lines: Iterable[tuple[int, str]], source: str) -> list[ActorEntry]:
    """Actor entries with their aliases and (dated) codes."""
    entries: list[ActorEntry] = []
    current: tuple[int, str, list[Phrase], list[CodeSpan]] | None = None

    def flush() -> None:
        if current is None:
            return
        number, name, phrases, codes = current
        if not codes:
            log.warning("%s:%d: actor %r has no code", source, number, name)
            return
        entries.append(
            ActorEntry(f"{source}:{number}", name, tuple(dict.fromkeys(phrases)), tuple(codes))
        )

    for number, line in lines:
        text = line.strip()
        codes = _codes(text, f"{source}:{number}")
        head = _CODE.sub("", text).strip()
        if line[:1].isspace() and not head and current is not None:
            current[3].extend(codes)
            continue
        if text.startswith("["):
            if current is not None:
                current[3].extend(codes)
            continue
        if text.startswith("+"):
            if current is not None:
                current[2].extend(_actor_phrases(head[1:]))
                current[3].extend(codes)
            continue
        flush()
        name = head.replace("_", " ").strip().title()
        current = (number, name, _actor_phrases(head), codes)
    flush()
    return entries


def _codes(text: str, where: str) -> list[CodeSpan]:
    out: list[CodeSpan] = []
    for m in _CODE.finditer(text):
        try:
            out.append(parse_code_span(m.group("body")))
        except ValueError:
            log.warning("%s: code %r not understood", where, m.group(0))
    return out


def _actor_phrases(text: str) -> list[Phrase]:
    """The phrase, plus its plural when the entry is a stem (no trailing "_")."""
    text = text.strip()
    if not text:
        return []
    phrase = phrase_of(text)
    if not phrase:
        return []
    out = [phrase]
    if not text.endswith("_") and phrase[-1].isalpha() and len(phrase[-1]) > 2:
        out.append(phrase[:-1] + (plural(phrase[-1]),))
    return [v for p in out for v in spelling_variants(p)]


# --------------------------------------------------------------------------- agents

_SUB_DEF = re.compile(r"^!(\w+)!\s*=\s*(.+)$")
_SUB_USE = re.compile(r"!(\w+)!")


def read_agents(lines: Iterable[tuple[int, str]], source: str) -> list[AgentEntry]:
    """Agent entries, with substitutions expanded and plurals generated."""
    subs: dict[str, list[str]] = {}
    entries: list[AgentEntry] = []
    for number, line in lines:
        text = line.strip()
        where = f"{source}:{number}"
        m = _SUB_DEF.match(text)
        if m:
            subs[m.group(1).upper()] = [w.strip() for w in m.group(2).split(",") if w.strip()]
            continue
        cm = _CODE.search(text)
        if not cm:
            log.warning("%s: agent without a code skipped", where)
            continue
        body = cm.group("body").strip()
        position: Literal["suffix", "prefix"] = "suffix"
        if body.startswith("~"):
            code = body[1:]
        elif body.endswith("~"):
            code, position = body[:-1], "prefix"
        else:
            code = body
        head = text[: cm.start()]
        plurals: list[str] | None = None
        brace = re.search(r"\{([^}]*)\}", head)
        if brace:
            plurals = brace.group(1).split()
            head = head[: brace.start()] + head[brace.end() :]
        head = head.strip()
        if not head:
            continue
        phrases: list[Phrase] = []
        for variant in _expand(head, subs):
            phrases.append(phrase_of(variant))
            if plurals is None and not _SUB_USE.search(head):
                words = variant.replace("_", " ").split()
                phrases.append(phrase_of(" ".join(words[:-1] + [plural(words[-1])])))
        for p in plurals or []:
            for variant in _expand(p, subs):
                phrases.append(phrase_of(variant))
        name = _SUB_USE.sub(lambda s: s.group(1).lower(), head).replace("_", " ").lower()
        entries.append(
            AgentEntry(
                where,
                name,
                tuple(dict.fromkeys(v for p in phrases if p for v in spelling_variants(p))),
                code.upper(),
                position,
            )
        )
    return entries


def _expand(text: str, subs: dict[str, list[str]]) -> list[str]:
    m = _SUB_USE.search(text)
    if not m:
        return [text]
    out: list[str] = []
    for word in subs.get(m.group(1).upper(), [m.group(1)]):
        out.extend(_expand(text[: m.start()] + word + text[m.end() :], subs))
    return out


# --------------------------------------------------------------------------- discards


def read_discards(lines: Iterable[tuple[int, str]], source: str) -> list[Discard]:
    """Discard phrases: "+" marks a story-level discard."""
    out: list[Discard] = []
    for number, line in lines:
        text = line.strip()
        scope: Literal["sentence", "story"] = "sentence"
        if text.startswith("+"):
            scope, text = "story", text[1:]
        phrase = phrase_of(text)
        if phrase:
            out.append(Discard(f"{source}:{number}", phrase, scope))
    return out
