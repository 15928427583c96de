"""Every custom attribute claimscope's components set, registered in one place.

Values are plain (strings, numbers, lists and dicts of them), so a Doc keeps them through
`doc.to_bytes()`, `DocBin(store_user_data=True)` and `nlp.pipe(n_process=2)`. Span groups:

- `doc.spans["claims"]`: the claim sentences, labelled `sourced` or `editorial` once attribution ran;
- `doc.spans["editorial_markers"]`: marker phrases in the author's own words, labelled with their kind.

>>> from spacy.tokens import Span
>>> register()
>>> Span.has_extension("attribution") and Span.has_extension("canonical")
True
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

CLAIMS = "claims"
EDITORIAL_MARKERS = "editorial_markers"

# name -> (default, what it holds)
DOC_ATTRIBUTES: dict[str, tuple[object, str]] = {
    "published": ("", "the publication date relative dates resolve against (ISO 8601)"),
    "author": ("", "the article's author, who signs but is not quoted"),
    "title": ("", "the article's headline"),
    "quotes": (None, "[start_char, end_char, closed] of each outermost quotation, marks excluded"),
}
SPAN_ATTRIBUTES: dict[str, tuple[object, str]] = {
    "attribution": (None, "a claim's attribution: a dict with the fields of records.Attribution"),
    "assertion": (None, "a claim's kind: {'assertion': fact / opinion / question, 'confidence': P(right)}"),
    "canonical": ("", "an entity's fullest name in the article"),
    "role": ("", "a person's title or role peeled off the name"),
    "value": ("", "a DATE/TIME in ISO 8601, or a MONEY amount as a number"),
    "unit": ("", "a MONEY amount's ISO 4217 currency"),
    "qualifier": ("", "a MONEY amount's hedge (about, over, up to)"),
}


def register() -> None:
    """Register every attribute (once; importing any component does it)."""
    for name, (default, _) in DOC_ATTRIBUTES.items():
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    for name, (default, _) in SPAN_ATTRIBUTES.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


register()
