"""An organisation's national branch, which the NER splits at the country code: "Save the Children" + "UK",
"Diabetes Action" (untagged) + "UK". The branch is one organisation, not a country."""

from spacy.tokens import Span


def _country_code(ent: Span) -> bool:
    """A country's abbreviation as its own entity: "UK", "US", "USA"."""
    return ent.label_ == "GPE" and len(ent) == 1 and ent.text.isupper() and 2 <= len(ent.text) <= 3


def national_branch(before: Span, ent: Span) -> Span | None:
    """An organisation's national branch split in two ("Save the Children" + "UK", "Ford" + "UK"): one ORG."""
    if not _country_code(ent) or before.label_ != "ORG" or before.end != ent.start:
        return None
    return Span(ent.doc, before.start, ent.end, label="ORG")


def branch_of_untagged(ent: Span) -> Span | None:
    """A name the NER left untagged before a country code ("Diabetes Action UK said"): one ORG, if the
    capitalised words before it are proper nouns outside every entity (not "the UK", "Exports to the UK")."""
    if not _country_code(ent):
        return None
    doc, start = ent.doc, ent.start
    while start > 0 and ent.start - start < 4 and doc[start - 1].pos_ in ("PROPN", "NOUN") and doc[start - 1].is_title \
            and doc[start - 1].ent_iob_ == "O":
        start -= 1
    return Span(doc, start, ent.end, label="ORG") if start < ent.start else None
