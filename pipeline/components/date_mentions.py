"""Months that say which one by what they name: a record's month is one gone by ("a December report", "the March
survey"), and the month a present "be" names is the current one ("It's November", "It is now March")."""

from __future__ import annotations

from spacy.tokens import Span

# Things made and done by the time they are mentioned: a month naming one is the last such month.
RECORDS = frozenset({"report", "study", "survey", "paper", "ruling", "judgment", "judgement", "statement", "letter",
                     "memo", "audit", "filing", "census", "attack", "raid", "crash"})


def record_month(span: Span) -> bool:
    """Whether a month names a record or an event by when it was ("a December report", "the March survey").

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words="a December report".split(), heads=[2, 2, 2],
    ...           deps=["det", "compound", "ROOT"], lemmas=["a", "December", "report"],
    ...           pos=["DET", "PROPN", "NOUN"])
    >>> record_month(doc[1:2])
    True
    """
    root = span.root
    head = root.head
    return root.dep_ in ("compound", "nmod", "amod") and head.pos_ == "NOUN" and head.lemma_.lower() in RECORDS


def current_month(span: Span) -> bool:
    """Whether a month is what a present "be" says it now is ("It's November", "It is now March")."""
    root, be = span.root, span.root.head
    return root.dep_ == "attr" and be.lemma_ == "be" and be.tag_ in ("VBZ", "VBP") and any(
        c.dep_ == "nsubj" and c.lower_ == "it" or c.lower_ == "now" for c in be.children)  # not "The deadline is March"
