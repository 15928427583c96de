"""Small helpers shared by the components."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from operator import itemgetter
from typing import NamedTuple, TypeVar
from weakref import WeakKeyDictionary

import numpy as np
from spacy.attrs import IS_LOWER, ORTH
from spacy.tokens import Doc, Span, Token

from .extensions import EDITORIAL_MARKERS

T = TypeVar("T")

# Per-Doc caches live beside the Doc, not in doc.user_data, so they are never serialised with it.
_CACHES: dict[str, WeakKeyDictionary] = {}


def doc_cache(doc: Doc, key: str, compute: Callable[[Doc], T]) -> T:
    """`compute(doc)`, computed once per Doc and key."""
    cache = _CACHES.setdefault(key, WeakKeyDictionary())
    value = cache.get(doc)
    if value is None:
        value = cache[doc] = compute(doc)
    return value


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once per Doc (spaCy joins the tokens again on every access)."""
    return doc_cache(doc, "text", lambda d: d.text)


def lower_words(doc: Doc) -> set[str]:
    """The words a Doc writes in lower case, each read once.

    >>> import spacy
    >>> sorted(lower_words(spacy.blank("en")("The rose and Rose rose.")))
    ['and', 'rose']
    """
    if not len(doc):
        return set()
    table = doc.to_array([ORTH, IS_LOWER]).reshape(len(doc), 2)
    return {doc.vocab.strings[h] for h in np.unique(table[table[:, 1] == 1, 0]).tolist()}


def span_text(span: Span | Doc) -> str:
    """`span.text`, cut from the Doc's text built once (spaCy joins the span's tokens on every access)."""
    if isinstance(span, Doc):
        return doc_text(span)
    return doc_text(span.doc)[span.start_char: span.end_char]


class Marker(NamedTuple):
    """An editorial marker as plain values (a Span would keep its Doc alive in the per-Doc cache)."""

    start: int
    kind: str
    text: str  # lower case


def markers_in(sent: Span) -> list[Marker]:
    """The editorial markers starting inside a sentence, in order: the doc's list is built once and
    bisected, so a long document costs no more per sentence than a short one."""
    found = doc_cache(sent.doc, "markers", lambda d: [Marker(m.start, m.label_, m.text.lower())
                                                      for m in d.spans.get(EDITORIAL_MARKERS, ())])
    return starting_in(found, sent.start, sent.end)


def starting_in(items: list, start: int, end: int) -> list:
    """The items (tuples in order of their first field, a token index) that start in [start, end).

    >>> starting_in([(1, "a"), (4, "b"), (9, "c")], 2, 9)
    [(4, 'b')]
    """
    key = itemgetter(0)
    return items[bisect_left(items, start, key=key): bisect_left(items, end, key=key)]


def subtree_span(tok: Token) -> Span:
    toks = list(tok.subtree)
    return tok.doc[toks[0].i: toks[-1].i + 1]


def np_head(tok: Token) -> Token:
    """The head of the noun phrase that `tok` starts."""
    while tok.head.i != tok.i and tok.head.i > tok.i and tok.dep_ in ("det", "amod", "compound", "poss",
                                                                      "nummod", "case", "punct"):
        tok = tok.head
    return tok


def depth(tok: Token) -> int:
    """How many heads up from a token its sentence's root is (a Token is a new object on every access, so
    the root is found by index)."""
    d = 0
    while tok.head.i != tok.i and d < 50:
        tok, d = tok.head, d + 1
    return d


def possessive(tok: Token) -> bool:
    """Whether a token possesses its head: a possessive, or a name the parser hung with its "’s" as a modifier
    ("the OECD’s own figures", with a curly apostrophe).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words=["the", "OECD", "’s", "figures"], heads=[3, 3, 1, 3],
    ...           deps=["det", "nmod", "case", "ROOT"])
    >>> possessive(doc[1]), possessive(doc[0])
    (True, False)
    """
    return tok.dep_ == "poss" or tok.dep_ == "nmod" and any(c.dep_ == "case" for c in tok.children)
