"""Sentence boundaries that the parser would miss: paragraph breaks and glued ellipses."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from .lexicon import load_lexicon


@Language.factory("claimscope_sentences", default_config={"models": None})
def make_sentences(nlp: Language, name: str, models: str | None) -> SentenceStarts:
    """Factory: sentence boundaries from paragraph breaks, ellipses and title abbreviations."""
    return SentenceStarts(frozenset(t for t in load_lexicon(models).titles if " " not in t))


class SentenceStarts:
    """Sets sentence starts before the parser, which keeps them.

    A paragraph break always starts a sentence; an ellipsis that runs into a capitalised word
    starts one ("Kremlin Palace…During the meeting"); a title abbreviation never ends one
    ("Senator. Mushahid Hussain").
    """

    def __init__(self, titles: frozenset[str]):
        self.titles = titles

    def __call__(self, doc: Doc) -> Doc:
        for i, tok in enumerate(doc[:-1]):
            nxt = doc[i + 1]
            if tok.is_space and "\n" in tok.text:
                nxt.is_sent_start = True
            elif tok.text in ("…", "...") and nxt.is_title and not nxt.is_space and i > 0:
                nxt.is_sent_start = True
            elif tok.text == "." and i > 0 and doc[i - 1].lower_ in self.titles and nxt.is_title:
                nxt.is_sent_start = False
            elif tok.lower_.rstrip(".") in self.titles and tok.text.endswith(".") and nxt.is_title:
                nxt.is_sent_start = False
        return doc
