"""The rule pipeline's bounded vocabulary: what it forgets, and that tokens do not change."""

from __future__ import annotations

import gc

from spacy.vocab import Vocab

from extractors.pipeline import BoundedTokenizer, build_fast_nlp

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
