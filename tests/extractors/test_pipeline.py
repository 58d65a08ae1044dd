"""The rule pipeline's tokens: a bounded vocabulary that forgets, chunks kept, spaCy's own tokens
and sentences."""

from __future__ import annotations

import gc

import pytest
import spacy
from spacy.vocab import Vocab

from extractors.pipeline import BoundedTokenizer, ChunkTable, build_fast_nlp, sentence_spans

LIMIT = 500
WORDS = 20  # new words per text


def _text(n: int) -> str:
    return " ".join(f"Qzx{n}w{k}." for k in range(WORDS))


def test_words_learnt_before_a_renewal_are_held_by_no_vocabulary() -> None:
    """Each renewal drops every word the tokenizer learnt. The first copy used to share
    the pipeline's own vocabulary, which the pipeline keeps: the words learnt before the
    first renewal (a whole vocabulary's worth, some 12 MB in a worker) stayed for good."""
    nlp = build_fast_nlp(vocab_limit=LIMIT)
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, BoundedTokenizer)
    pipeline_words = len(nlp.vocab.strings)
    docs = [[t.text for t in tokenizer(_text(n))] for n in range(4 * LIMIT // WORDS)]
    assert tokenizer.renewals >= 3
    gc.collect()
    vocabularies = [v for v in gc.get_objects() if isinstance(v, Vocab)]
    assert tokenizer.vocab in vocabularies
    first = _text(0).split()[0].rstrip(".")
    assert not [v for v in vocabularies if first in v.strings]
    # The pipeline's own vocabulary learns nothing; the tokenizer's stays under its bound.
    assert len(nlp.vocab.strings) == pipeline_words
    assert len(tokenizer.vocab.strings) < pipeline_words + LIMIT + 2 * WORDS  # type: ignore[attr-defined]
    # The same tokens as spaCy's own tokenizer, renewals or not.
    plain = build_fast_nlp(vocab_limit=10**9).tokenizer
    assert docs == [[t.text for t in plain(_text(n))] for n in range(len(docs))]
    assert docs[0][:3] == ["Qzx0w0", ".", "Qzx0w1"]


# Whitespace between chunks decides sentence ends: one plain space is a token's trailing
# space; two, a line break, a tab or a no-break space is a space token, which ends a
# sentence after a full stop before a quotation mark does.
_SPACED = [
    'He said so.  "We agree," they said. \n"No," he said.\tThen "Yes."\u00a0(Reuters) - Done',
    "U.S. officials met at 10 a.m. on Jan. 5.\n\n\tTalks (in Geneva) ended.  Next!?' Yes",
    "  Leading blanks. Trailing blanks.   ",
    'Prices rose 5.5 pct.\n"It was expected," a trader said ... and fell.',
]


@pytest.mark.parametrize("text", _SPACED)
def test_chunk_tokens_and_sentences_are_spacys_own(text: str) -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    expected = [
        ([t.idx for t in s if not t.is_space], [t.text for t in s if not t.is_space])
        for s in nlp(text).sents
    ]
    expected = [s for s in expected if s[1]]
    fast = build_fast_nlp(vocab_limit=10**9).tokenizer
    assert isinstance(fast, BoundedTokenizer)
    assert sentence_spans(fast.chunks(text), text) == expected
    assert sentence_spans(ChunkTable().learn(nlp.tokenizer, text), text) == expected
    assert len(expected) >= 2


def test_chunks_are_kept_up_to_the_limit() -> None:
    tokenizer = build_fast_nlp(vocab_limit=10**9).tokenizer
    assert isinstance(tokenizer, BoundedTokenizer)
    tokenizer.chunk_limit = 5
    table = tokenizer.chunks("Syria said. Syria said.")
    assert table.tokens == {"Syria": ("Syria",), "said.": ("said", ".")}
    assert table.punct == {"."}
    table = tokenizer.chunks("one two three four five six")
    assert len(table.tokens) == 8
    assert len(tokenizer.chunks("seven").tokens) == 1  # more than the limit: emptied first


# Chunks of ASCII letters: plain words, and English's special cases without an apostrophe
# ("cannot" is two tokens, "Dont" two, "Im" two), beside chunks with other characters.
_LETTERS = "Syria said cannot Cannot gonna Dont Im ive whats US km e S Reuters Ill lets Qzxv"
_OTHERS = "said. (Reuters) U.S. don't 5.5 e.g. Zürich naïve x-ray 10km co-op"


def test_a_chunk_of_plain_letters_is_its_own_token_without_the_tokenizer() -> None:
    """With English's rules a chunk of ASCII letters is one token, itself, unless it is
    one of the tokenizer's special cases: such chunks are not tokenized, so they add
    nothing to its vocabulary. Every chunk still gets spaCy's own tokens."""
    plain = spacy.blank("en").tokenizer
    tokenizer = build_fast_nlp(vocab_limit=10**9).tokenizer
    assert isinstance(tokenizer, BoundedTokenizer)
    before = len(tokenizer.vocab.strings)  # type: ignore[attr-defined]
    table = tokenizer.chunks(f"{_LETTERS} {_OTHERS}")
    for chunk in f"{_LETTERS} {_OTHERS}".split():
        assert table.tokens[chunk] == tuple(t.text for t in plain(chunk)), chunk
    assert table.tokens["cannot"] == ("can", "not")
    strings = tokenizer.vocab.strings  # type: ignore[attr-defined]
    assert "Qzxv" not in strings and "Syria" not in strings  # never tokenized
    assert "Zürich" in strings and "not" in strings  # tokenized: a special case, a non-ASCII letter
    assert len(strings) > before
    # Without the special cases (a tokenizer of unknown rules), every new chunk is tokenized.
    unknown = ChunkTable().learn(plain, "Qzxw cannot")
    assert unknown.tokens == {"Qzxw": ("Qzxw",), "cannot": ("can", "not")}
    assert "Qzxw" in plain.vocab.strings
