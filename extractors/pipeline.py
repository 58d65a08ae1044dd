"""spaCy pipelines: the fast rule pipeline and an optional parser, assembled in one place.

Rule mode needs only ``spacy.blank("en")`` and a sentencizer. Parsed mode adds
an installed pipeline with a dependency parser, which is run only over the
sentences the fast matchers flagged as able to hold an event.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Final

import spacy
from spacy.attrs import IDX, IS_PUNCT, LENGTH
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.vocab import Vocab, create_vocab

from schema.errors import ModelError

log = logging.getLogger(__name__)

# New strings the rule pipeline's vocabulary may learn before its tokenizer starts afresh:
# some 8,000 Reuters articles' worth (a new word adds one string: only ``IS_PUNCT`` is
# computed, see ``_punct_only``; a chunk of plain letters is not tokenized at all, see
# ``ChunkTable.specials``; about 3,000 articles' worth before it was not). spaCy's
# vocabulary keeps every word form it has seen, so without a bound each worker grows with
# the corpus (some 20 MB per 10,000 articles); a fresh tokenizer costs a tenth of a second.
VOCAB_LIMIT = 30_000


def _punct_only(vocab: Vocab) -> Vocab:
    """The vocabulary with one lexeme attribute computed, ``IS_PUNCT``: all the rule
    pipeline reads (``sentence_spans``). A new word otherwise pays some twenty Python
    functions (norm, shape, affixes, ``like_url`` ...) and adds their strings."""
    typed: Any = vocab  # spaCy's stub has the getters only as a constructor argument
    typed.lex_attr_getters = {IS_PUNCT: typed.lex_attr_getters[IS_PUNCT]}
    return vocab


# Chunks of text a BoundedTokenizer keeps the tokens of: the words of news repeat, so most
# chunks are found again (over the first 10,000 Reuters articles, 91% of 1.4 million with
# this bound, 94% with twice it). Full, the table holds some 9 MB and is emptied.
CHUNK_LIMIT: Final = 50_000

_CHUNK: Final = re.compile(r"\S+")


@dataclass
class ChunkTable:
    """The tokens of whitespace-free chunks of text ("said.", "(Reuters)") as spaCy's
    tokenizer makes them.

    spaCy splits a text at whitespace and tokenizes each chunk on its own, so a chunk's
    tokens are the same wherever it stands. They are contiguous: each one's offset in the
    chunk is the length of those before it.
    """

    tokens: dict[str, tuple[str, ...]] = field(default_factory=dict)
    punct: set[str] = field(default_factory=set)  # the tokens that are punctuation (IS_PUNCT)
    # The tokenizer's special cases, when its rules are English's (``BoundedTokenizer``):
    # then a chunk of ASCII letters that is no special case ("cannot", "Dont" are) is one
    # token, itself, and is not tokenized. None: every new chunk is tokenized.
    specials: frozenset[str] | None = None

    def learn(self, tokenizer: Any, text: str) -> ChunkTable:
        """Add the chunks of ``text`` not in the table yet: tokenized together, one per
        line, in one Doc (a Doc costs more than tokenizing a word does)."""
        # (``str.split`` cuts at the whitespace ``_CHUNK`` does, ``str.isspace``'s, and a
        # set's difference with a dict looks each chunk up in C: most texts hold no new one)
        found = text.split()
        fresh = set(found).difference(self.tokens)
        if not fresh:
            return self
        known = self.tokens
        specials = self.specials
        new: list[str] = []
        for chunk in dict.fromkeys(found):
            if chunk not in fresh:
                continue
            if (
                specials is not None
                and chunk.isalpha()
                and chunk.isascii()
                and chunk not in specials
            ):
                # English's prefixes, suffixes and infixes all hold a character other than
                # a letter, and its URL pattern a dot: half the new chunks of news are plain
                # words, which the tokenizer (and its vocabulary, for good) would only copy.
                known[chunk] = (chunk,)
            else:
                new.append(chunk)
        if not new:
            return self
        joined = "\n".join(new)
        doc = tokenizer(joined)
        rows = doc.to_array([IDX, LENGTH, IS_PUNCT]).tolist() if len(doc) else []
        groups: list[list[str]] = [[] for _ in new]
        k = 0
        start = 0  # where chunk k starts in ``joined``
        for idx, length, is_punct in rows:
            if joined[idx] == "\n":
                continue  # the line break between two chunks
            while idx >= start + len(new[k]):
                start += len(new[k]) + 1
                k += 1
            token = joined[idx : idx + length]
            groups[k].append(token)
            if is_punct:
                self.punct.add(token)
        for chunk, tokens in zip(new, groups, strict=True):
            # (a chunk of one token keeps no second copy of its text)
            known[chunk] = (chunk,) if tokens == [chunk] else tuple(tokens)
        return self


class BoundedTokenizer:
    """spaCy's tokenizer, replaced by a fresh copy once its vocabulary has grown by ``limit``.

    Tokens depend only on the text and the tokenizer's rules, never on what the
    vocabulary has seen, so a fresh copy tokenizes every text as the old one did.
    Each Doc keeps the vocabulary it was made with, so Docs still in use stay valid.

    The first copy is made at once, on a vocabulary of its own: the one given shares
    the pipeline's vocabulary (``nlp.vocab``), which the pipeline keeps for its whole
    life, so words learnt into it stayed after every renewal (a full vocabulary, some
    12 MB, pinned in each worker from its first renewal on).

    :meth:`chunks` keeps the tokens of each whitespace-free chunk it has tokenized (a
    :class:`ChunkTable` of up to ``CHUNK_LIMIT`` chunks): most chunks of a text were seen
    before, and a dictionary look-up costs far less than tokenizing. The table holds
    plain strings, not the vocabulary's lexemes, so it outlives a renewal.
    """

    def __init__(self, tokenizer: Tokenizer, lang: type[Language], limit: int = VOCAB_LIMIT):
        self._rules = tokenizer.to_bytes(exclude=["vocab"])
        self._defaults = lang.Defaults
        self._lang = lang.lang or "en"
        self.limit = limit
        self._tokenizer, self._ceiling = self._fresh()
        # (English's rules: a chunk of plain letters is a token, see ``ChunkTable.specials``)
        self._specials = frozenset(tokenizer.rules or ()) if self._lang == "en" else None
        self._chunks = ChunkTable(specials=self._specials)
        self.chunk_limit = CHUNK_LIMIT
        self.renewals = 0  # how many fresh copies were made, for tests and curiosity

    @property
    def vocab(self) -> object:
        return self._tokenizer.vocab

    def _fresh(self) -> tuple[Tokenizer, int]:
        """A copy of the tokenizer on a new vocabulary, and the size it may grow to."""
        vocab = _punct_only(create_vocab(self._lang, self._defaults))
        tokenizer = Tokenizer(vocab).from_bytes(self._rules, exclude=["vocab"])
        return tokenizer, len(vocab.strings) + self.limit

    def _bounded(self) -> Tokenizer:
        if len(self._tokenizer.vocab.strings) > self._ceiling:
            self._tokenizer, self._ceiling = self._fresh()
            self.renewals += 1
        return self._tokenizer

    def __call__(self, text: str) -> Doc:
        return self._bounded()(text)

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        return self._bounded().pipe(texts, batch_size=batch_size)

    def chunks(self, text: str) -> ChunkTable:
        """The table of chunks seen before (emptied once it holds ``chunk_limit``), with
        those of ``text`` added."""
        if len(self._chunks.tokens) > self.chunk_limit:
            self._chunks = ChunkTable(specials=self._specials)
        return self._chunks.learn(self._bounded(), text)


def build_fast_nlp(vocab_limit: int | None = None) -> Language:
    """Blank English with a rule sentencizer: tokens and sentences, nothing learned.

    Its tokenizer is a :class:`BoundedTokenizer`: the vocabulary stops growing
    at ``vocab_limit`` (default ``VOCAB_LIMIT``) new strings, so a long-lived
    worker's memory stays flat.
    """
    nlp = spacy.blank("en")
    _punct_only(nlp.vocab)
    nlp.add_pipe("sentencizer")
    limit = VOCAB_LIMIT if vocab_limit is None else vocab_limit
    nlp.tokenizer = BoundedTokenizer(nlp.tokenizer, type(nlp), limit)  # type: ignore[assignment]
    return nlp


# The sentencizer's own rule (see ``sentence_spans``).
_PUNCT_CHARS: Final = frozenset(Sentencizer.default_punct_chars)


def sentence_spans(
    table: ChunkTable, text: str, start: int = 0, end: int | None = None
) -> list[tuple[list[int], list[str]]]:
    """Each sentence of ``text[start:end]`` as spaCy's tokenizer and ``sentencizer`` make
    them: its tokens' offsets in ``text`` and their texts, space tokens left out, and so
    is a sentence of nothing else. ``table`` holds each chunk's tokens.

    Between two chunks, whitespace other than one plain space is a space token of its
    own (one plain space is the token's trailing space), and no punctuation: the
    ``sentencizer`` ends a sentence after a run of sentence-final punctuation at the first
    token that is not punctuation, that space token included.
    """
    tokens, punct = table.tokens, table.punct
    sentences: list[tuple[list[int], list[str]]] = []
    offsets: list[int] = []
    texts: list[str] = []
    seen_period = False
    last = -1  # where the chunk before ended
    for m in _CHUNK.finditer(text, start, len(text) if end is None else end):
        at = m.start()
        if seen_period and last >= 0 and text[last:at] != " ":
            if texts:
                sentences.append((offsets, texts))
            offsets, texts = [], []
            seen_period = False
        last = m.end()
        for token in tokens[m.group()]:
            if token in _PUNCT_CHARS:
                seen_period = True
            elif seen_period and token not in punct:
                if texts:
                    sentences.append((offsets, texts))
                offsets, texts = [], []
                seen_period = False
            offsets.append(at)
            texts.append(token)
            at += len(token)
    if texts:
        sentences.append((offsets, texts))
    return sentences


def load_parser(name: str) -> Language:
    """Load an installed pipeline that has a dependency parser; raise ModelError otherwise."""
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelError(f"spaCy pipeline {name!r} is not installed ({exc})") from exc
    if "parser" not in nlp.pipe_names:
        raise ModelError(f"spaCy pipeline {name!r} has no dependency parser")
    return nlp


def model_label(nlp: Language | None) -> str:
    """ "name version" of a pipeline, or "none"."""
    if nlp is None:
        return "none"
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', '?')} {meta.get('version', '?')}"
