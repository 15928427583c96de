"""Quotes and editorial markers: where the article quotes others, and where the author evaluates."""


from bisect import bisect_right
from functools import lru_cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from ..resources import RuleFileError, models_dir, numbered_lines
from .extensions import EDITORIAL_MARKERS
from .quotes import find_quotes, outermost
from .rulefiles import RuleFiles
from .util import doc_text


@Language.component("claimscope_quotes", assigns=["doc._.quotes"])
def mark_quotes(doc: Doc) -> Doc:
    """Set `doc._.quotes`: (start, end, closed) of each outermost quotation, marks excluded."""
    doc._.quotes = [(q.start, q.end, q.closed) for q in outermost(find_quotes(doc_text(doc)))]
    return doc


MARKER_KINDS = ("stance", "hedge", "evaluative", "intensifier", "prescriptive")
MARKERS_FILE = "editorial_markers.tsv"


@lru_cache(maxsize=8)
def load_markers(models: str | None = None) -> dict[str, str]:
    """Editorial marker phrase (lower case) -> kind (one of MARKER_KINDS; stance when not given).
    An unknown kind, or a phrase listed twice with different kinds, is a RuleFileError naming the line."""
    out: dict[str, str] = {}
    first: dict[str, int] = {}
    for line, entry in numbered_lines(MARKERS_FILE, models):
        phrase, _, kind = (f.strip() for f in entry.partition("\t"))
        phrase, kind = phrase.lower(), kind or "stance"
        where = f"{models_dir(models) / MARKERS_FILE}:{line}"
        if "\t" not in entry and phrase.rsplit(" ", 1)[-1] in MARKER_KINDS and " " in phrase:
            raise RuleFileError(f"{where}: separate the phrase and its kind with a tab ('{entry}')")
        if kind not in MARKER_KINDS:
            raise RuleFileError(f"{where}: unknown kind '{kind}' (known: {', '.join(MARKER_KINDS)})")
        if out.get(phrase, kind) != kind:
            raise RuleFileError(f"{where}: '{phrase}' is {kind} here and {out[phrase]} at line {first[phrase]}")
        out[phrase] = kind
        first.setdefault(phrase, line)
    return out


@Language.factory("claimscope_editorial", default_config={"models": None}, assigns=["doc.spans"],
                  requires=["doc._.quotes", "doc.ents"])
def make_editorial(nlp: Language, name: str, models: str | None) -> "EditorialMarkers":
    """Factory: the editorial-marker component, phrases from `editorial_markers.tsv` in `models`."""
    return EditorialMarkers(nlp, models)


class EditorialMarkers(RuleFiles):
    """Finds marker phrases in the author's own words (outside quotes, not inside names or dates).

    Sets `doc.spans["editorial_markers"]`: Spans labelled with the marker kind, in order.
    """

    rule_files = (MARKERS_FILE,)

    def __init__(self, nlp: Language, models: str | None = None):
        self.nlp = nlp
        super().__init__(models)

    def load(self, models: str | None) -> None:
        self.markers = load_markers(models)
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="LOWER")
        self.matcher.add("MARKER", [self.nlp.make_doc(p) for p in self.markers])

    def __call__(self, doc: Doc) -> Doc:
        self.ensure_loaded()
        quotes = doc._.quotes or []
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
            kind = self.markers[span.text.lower()]
            if kind == "hedge" and len(span) == 1 and span[0].dep_ == "amod":
                continue  # "likely voters": a term for a noun, not the author hedging the claim
            found.append(Span(doc, start, end, label=kind))
        # Longest match wins where phrases overlap ("it is notable that" over "notable").
        found.sort(key=lambda s: (s.start, -len(s)))
        kept: list[Span] = []
        for s in found:
            if not kept or s.start >= kept[-1].end:
                kept.append(s)
        doc.spans[EDITORIAL_MARKERS] = kept
        return doc
