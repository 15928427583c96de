"""Small helpers shared by the components."""

from __future__ import annotations

from spacy.tokens import Doc

_TEXT_KEY = "claimscope_text"


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once per Doc (spaCy joins the tokens again on every access)."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text
