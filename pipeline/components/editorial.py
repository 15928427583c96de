"""Quotes and editorial markers: where the article quotes others, and where the author evaluates."""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ..resources import load_tsv
from .quotes import find_quotes, outermost
from .util import doc_text

for _name, _default in (("quotes", []), ("editorial_markers", [])):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


@Language.component("claimscope_quotes")
def mark_quotes(doc: Doc) -> Doc:
    """Set `doc._.quotes`: (start, end, closed) of each outermost quotation, marks excluded."""
    doc._.quotes = [(q.start, q.end, q.closed) for q in outermost(find_quotes(doc_text(doc)))]
    return doc


@lru_cache(maxsize=8)
def load_markers(models: str | None = None) -> dict[str, str]:
    """Editorial marker phrase (lower case) -> kind (stance, hedge, evaluative, intensifier)."""
    return {row[0].lower(): (row[1] if len(row) > 1 else "stance") for row in load_tsv("editorial_markers.tsv", models)}


@Language.factory("claimscope_editorial", default_config={"models": None})
def make_editorial(nlp: Language, name: str, models: str | None) -> EditorialMarkers:
    """Factory: the editorial-marker component."""
    return EditorialMarkers(nlp, load_markers(models))


class EditorialMarkers:
    """Finds marker phrases in the author's own words (outside quotes, not inside names or dates).

    Sets `doc._.editorial_markers`: Spans labelled with the marker kind, in order.
    """

    def __init__(self, nlp: Language, markers: dict[str, str]):
        self.markers = markers
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.matcher.add("MARKER", [nlp.make_doc(p) for p in markers])

    def __call__(self, doc: Doc) -> Doc:
        quotes = doc._.quotes
        starts = [q[0] for q in quotes]  # outermost quotes, in order: bisected, not scanned for each match
        found: list[Span] = []
        for _, start, end in self.matcher(doc):
            span = doc[start:end]
            c = span.start_char
            k = bisect_right(starts, c) - 1
            if k >= 0 and c < quotes[k][1]:
                continue
            if any(t.ent_type_ and t.ent_type_ != "NORP" for t in span) or (span[0].is_title and span.start > 0
                                                                          and not span[0].is_sent_start):
                continue  # "May 2011", "Cordial Relations": a name or date, not the author's stance
            found.append(Span(doc, start, end, label=self.markers[span.text.lower()]))
        # Longest match wins where phrases overlap ("it is notable that" over "notable").
        found.sort(key=lambda s: (s.start, -len(s)))
        kept: list[Span] = []
        for s in found:
            if not kept or s.start >= kept[-1].end:
                kept.append(s)
        doc._.editorial_markers = kept
        return doc
