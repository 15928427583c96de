"""Claims: turn a processed Doc into claim records and entity mentions."""

from __future__ import annotations

import hashlib
import re
from dataclasses import fields

from spacy.tokens import Doc, Span

from .clean import CleanText
from .components.dates import normalise_date
from .components.sentences import claim_spans
from .records import Article, Claim, EntityMention

PLACE_LABELS = ("GPE", "LOC", "FAC")


def claim_id(article_id: str, text: str, occurrence: int = 0) -> str:
    """A stable claim id from the article id, the claim's normalised text and its repeat count.

    >>> claim_id("oped", "Pakistan  welcomed it.") == claim_id("oped", "Pakistan welcomed it.")
    True
    """
    norm = re.sub(r"\s+", " ", text).strip().lower()
    digest = hashlib.sha1(f"{article_id}\x1f{norm}\x1f{occurrence}".encode()).hexdigest()[:12]
    return f"{article_id}:{digest}"


def _unique(items) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


def money_label(ent: Span) -> str:
    """How a MONEY entity reads in a claim's money column ("716000000000 USD")."""
    if ent._.value:
        return f"{ent._.value} {ent._.unit}".strip()
    return f"{ent._.unit} (amount unspecified)" if ent._.unit else ""


def extract(doc: Doc, article: Article, clean: CleanText) -> tuple[list[Claim], list[EntityMention]]:
    """Claim records and entity mentions of one article."""
    claims: list[Claim] = []
    mentions: list[EntityMention] = []
    if article.dateline:
        # The dateline sits in the header, outside the body: no claim, no body offsets.
        mentions.append(EntityMention(article.article_id, "", "DATE", article.dateline, "",
                                      normalise_date(article.dateline), start_char=-1, end_char=-1))
    seen: dict[str, int] = {}
    ents = list(doc.ents)
    for index, sent in enumerate(claim_spans(doc)):
        text = sent.text
        occurrence = seen.get(text, 0)
        seen[text] = occurrence + 1
        cid = claim_id(article.article_id, text, occurrence)
        att = sent._.attribution
        inside = [e for e in ents if e.start >= sent.start and e.end <= sent.end]
        claim = Claim(
            article_id=article.article_id, claim_id=cid, paragraph=clean.paragraph_of(sent.start_char),
            sentence=index, start_char=sent.start_char, end_char=sent.end_char, text=text,
            people=_unique(e._.canonical or e.text for e in inside if e.label_ == "PERSON"),
            organisations=_unique(e._.canonical or e.text for e in inside if e.label_ == "ORG"),
            places=_unique(e._.canonical or e.text for e in inside if e.label_ in PLACE_LABELS),
            dates=_unique(e._.value for e in inside if e.label_ == "DATE"),
            money=_unique(money_label(e) for e in inside if e.label_ == "MONEY"),
            editorial_markers=_unique(m.text.lower() for m in doc._.editorial_markers
                                      if sent.start <= m.start < sent.end),
        )
        if att is not None:
            # Every Attribution field is a Claim column of the same name.
            for f in fields(att):
                setattr(claim, f.name, getattr(att, f.name))
        claims.append(claim)
        for e in inside:
            mentions.append(EntityMention(
                article_id=article.article_id, claim_id=cid, label=e.label_, text=e.text,
                canonical=e._.canonical or (e.text if e.label_ not in ("DATE", "MONEY") else ""),
                value=e._.value if e.label_ in ("DATE", "MONEY") else "",
                unit=e._.unit if e.label_ == "MONEY" else "", start_char=e.start_char, end_char=e.end_char,
                role=e._.role, qualifier=e._.qualifier if e.label_ == "MONEY" else ""))
    article.n_claims = len(claims)
    article.n_sourced = sum(c.claim_type == "sourced" for c in claims)
    article.n_editorial = article.n_claims - article.n_sourced
    article.n_paragraphs = len(clean.paragraph_starts)
    article.n_words = sum(1 for t in doc if not (t.is_space or t.is_punct))
    return claims, mentions
