"""An organisation's national branch, which the NER splits at the country code: "Save the Children" + "UK",
"Diabetes Action" (untagged) + "UK". The branch is one organisation, not a country.

Only where the branch stands as a name does: before a verb or a punctuation mark ("Ford UK said", "Amnesty
International USA, which"); a code before a noun is a country modifying it ("EU US trade talks", "Covid UK
deaths", "Under Trump US tariffs")."""

from spacy.tokens import Span


def _country_code(ent: Span) -> bool:
    """A country's abbreviation as its own entity: "UK", "US", "USA"."""
    return ent.label_ == "GPE" and len(ent) == 1 and ent.text.isupper() and 2 <= len(ent.text) <= 3


def _stands_as_name(ent: Span) -> bool:
    """Whether what follows a country code lets it end a name: a verb or a punctuation mark."""
    doc = ent.doc
    return ent.end < len(doc) and (doc[ent.end].pos_ in ("VERB", "AUX") or doc[ent.end].is_punct)


def national_branch(before: Span, ent: Span) -> Span | None:
    """An organisation's national branch split in two ("Save the Children" + "UK", "Ford" + "UK"): one ORG;
    not an acronym before it ("EU US")."""
    if not _country_code(ent) or before.label_ != "ORG" or before.end != ent.start or before.text.isupper() \
            or not _stands_as_name(ent):
        return None
    return Span(ent.doc, before.start, ent.end, label="ORG")


def branch_of_untagged(ent: Span) -> Span | None:
    """A name the NER left untagged before a country code ("Diabetes Action UK said"): one ORG, if the
    capitalised words before it are proper nouns outside every entity (not "the UK", "Exports to the UK") and
    not the end of a compound ("Post-Brexit UK")."""
    if not _country_code(ent) or not _stands_as_name(ent):
        return None
    doc, start = ent.doc, ent.start
    while start > 0 and ent.start - start < 4 and doc[start - 1].pos_ in ("PROPN", "NOUN") and doc[start - 1].is_title \
            and doc[start - 1].ent_iob_ == "O":
        start -= 1
    if start == ent.start or start > 0 and doc[start - 1].text in ("-", "–"):
        return None
    return Span(doc, start, ent.end, label="ORG")
