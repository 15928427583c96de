"""Small helpers shared by the components."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar
from weakref import WeakKeyDictionary

from spacy.tokens import Doc

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
