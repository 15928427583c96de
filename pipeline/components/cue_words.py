"""The tokens of a Doc that may open a reporting cue: what `CueFinder.find_cues` reads.

Every kind of cue starts at a word of the lexicons (a cue verb's or noun's lemma, the first word of "according
to"), so the Doc's words are looked up once, a distinct word at a time, and a sentence reads only its own.
"""

from __future__ import annotations

from bisect import bisect_left

import numpy as np
from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from .lexicon import Lexicon


def cue_lemmas(lex: Lexicon) -> frozenset[str]:
    """Lemmas (lower case) of every cue verb, noun and predicative verb the lexicons list."""
    return frozenset({*lex.cue_verbs, *lex.receiving_verbs, *lex.predicative_cues, *lex.view_nouns,
                      *lex.content_nouns, *lex.made_nouns, *lex.counted_nouns})


def phrase_starts(lex: Lexicon) -> frozenset[str]:
    """The first words (lower case) of the phrases like "according to"."""
    return frozenset(p.split()[0] for p in lex.according_to)


class CueWords:
    """Which tokens of a Doc may open a cue (the last Doc's answer kept).

    >>> import spacy
    >>> from claimscope.components.lexicon import load_lexicon
    >>> doc = spacy.blank("en")("Rain fell. According to the mayor, she said it would stop.")
    >>> for t in doc:
    ...     t.lemma_ = {"said": "say", "fell": "fall"}.get(t.text, t.lower_)
    >>> [t.text for t in CueWords(load_lexicon()).tokens(doc[3:])]
    ['According', 'said']
    """

    def __init__(self, lex: Lexicon) -> None:
        self.phrase_starts = phrase_starts(lex)
        # Lemmas that open a cue, and words that open one by their form: stance adjectives, a phrase's first word.
        self.lemmas, self.words = cue_lemmas(lex), frozenset({*lex.adjectives, *self.phrase_starts})
        self.known: dict[int, bool] = {}  # a lemma's hash -> whether its lower case is a cue lemma
        self.doc: Doc | None = None
        self.found: list[int] = []

    def tokens(self, sent: Span) -> list[Token]:
        """The tokens of a sentence that may open a cue, in order."""
        doc = sent.doc
        if doc is not self.doc:
            self.doc, self.found = doc, self._find(doc)
        lo, hi = bisect_left(self.found, sent.start), bisect_left(self.found, sent.end)
        return [doc[i] for i in self.found[lo:hi]]

    def _find(self, doc: Doc) -> list[int]:
        if not len(doc):
            return []
        table = doc.to_array([LEMMA, LOWER]).reshape(len(doc), 2)
        strings = doc.vocab.strings
        lemmas = [h for h in np.unique(table[:, 0]).tolist() if self._is_lemma(h, strings)]
        words = [h for h in np.unique(table[:, 1]).tolist() if strings[h] in self.words]
        keep = np.isin(table[:, 0], np.array(lemmas, dtype=np.uint64)) | np.isin(
            table[:, 1], np.array(words, dtype=np.uint64))
        return np.nonzero(keep)[0].tolist()

    def _is_lemma(self, h: int, strings) -> bool:
        hit = self.known.get(h)
        if hit is None:
            hit = self.known[h] = strings[h].lower() in self.lemmas
        return hit
