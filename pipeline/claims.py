"""Claims: turn a processed Doc into claim records and entity mentions."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, fields

from spacy.tokens import Doc, Span

from .clean import CleanText
from .components.attribution import attribution_of
from .components.dates import normalise_date
from .components.entities import NameIndex, fuller_names, name_words
from .components.sentences import claim_spans
from .components.util import markers_in, span_text
from .records import Article, Claim, EntityMention

PLACE_LABELS = ("GPE", "LOC", "FAC")
VALUE_LABELS = ("DATE", "TIME", "MONEY")  # entities written with a normalised value, not a canonical name


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


_VERB_ROLES = {"nsubj": "subject", "nsubjpass": "passive subject", "dobj": "object", "dative": "object",
               "pobj": "object"}


def framing(ent: Span) -> dict:
    """How the parse frames an entity: adjectives on it, and the verb it is subject or object of.

    "the aggressive US imposed sanctions" -> modifiers ["aggressive"], verb "impose", role subject;
    "Pakistan was deceived" -> verb "deceive", role "passive subject".
    """
    root = ent.root
    mods = [c.lower_ for c in root.children if c.dep_ == "amod" and c.i not in range(ent.start, ent.end)]
    role = _VERB_ROLES.get(root.dep_, "")
    verb = root.head
    if root.dep_ == "pobj":
        # "by X" after a passive verb is its agent; other prepositions leave X an oblique object.
        prep = root.head
        verb = prep.head
        role = "subject" if prep.dep_ == "agent" else ("object" if prep.lower_ in ("against", "on", "at") else "")
    if role and root.dep_ in ("nsubj", "nsubjpass"):
        mods += [c.lower_ for c in verb.children if c.dep_ == "acomp"]  # "X is aggressive"
    if not role or verb.pos_ not in ("VERB", "AUX") or verb.lemma_ == "be":
        return {"modifiers": mods}
    return {"modifiers": mods, "verb": verb.lemma_.lower(), "verb_role": role}


def money_label(ent: Span) -> str:
    """How a MONEY entity reads in a claim's money column ("716000000000 USD")."""
    if ent._.value:
        return f"{ent._.value} {ent._.unit}".strip()
    return f"{ent._.unit} (amount unspecified)" if ent._.unit else ""


def mention(article_id: str, ent: Span, claim: str = "", offset: int | None = 0,
            section: str = "body") -> EntityMention:
    """The entities.csv row of one entity; `offset` None for text outside the body (no offsets)."""
    return EntityMention(
        article_id=article_id, claim_id=claim, label=ent.label_, text=ent.text,
        canonical=ent._.canonical or (ent.text if ent.label_ not in VALUE_LABELS else ""),
        value=ent._.value if ent.label_ in VALUE_LABELS else "",
        unit=ent._.unit if ent.label_ == "MONEY" else "",
        start_char=-1 if offset is None else offset + ent.start_char,
        end_char=-1 if offset is None else offset + ent.end_char, role=ent._.role,
        qualifier=ent._.qualifier if ent.label_ == "MONEY" else "", section=section, **framing(ent))


def title_mentions(doc: Doc, progress: ArticleProgress) -> list[EntityMention]:
    """Entity rows of the headline, outside the body: no claim, no offsets.

    Headlines are title-cased, which misleads the model ("Pakistan, Russia Fortify Relations"
    gives an ORG "Fortify Relations"), so a name is kept only when the body names it too, and
    takes the body's label and canonical form ("Trump" -> "Donald Trump"); dates and amounts
    are kept when they have a value. Called once the body is done.
    """
    aid, names = progress.article.article_id, progress.names
    people = NameIndex({canon: name_words(canon) for label, canon in names.values() if label == "PERSON"})
    rows = []
    for ent in doc.ents:
        row = mention(aid, ent, offset=None, section="title")
        if ent.label_ in VALUE_LABELS:
            if row.value:
                rows.append(row)
            continue
        label, canon = names.get(ent.text, ("", ""))
        if not label and ent.label_ == "PERSON":
            fuller = fuller_names(ent.text, people)
            label, canon = ("PERSON", fuller[0]) if len(fuller) == 1 else ("", "")
        if label:
            row.label, row.canonical = label, canon
            rows.append(row)
    return rows


@dataclass
class ArticleProgress:
    """An article being extracted chunk by chunk: what claim ids and indices have been used."""

    article: Article
    clean: CleanText
    seen: dict[str, int] = field(default_factory=dict)
    next_sentence: int = 0
    names: dict[str, tuple[str, str]] = field(default_factory=dict)  # name as written -> (label, canonical)


def _within(spans: list[Span], ents: list[Span]) -> Iterator[tuple[Span, list[Span]]]:
    """Each span with the entities inside it, in one pass over both (both in document order)."""
    i = 0
    for span in spans:
        while i < len(ents) and ents[i].start < span.start:
            i += 1
        j = i
        inside = []
        while j < len(ents) and ents[j].start < span.end:
            if ents[j].end <= span.end:
                inside.append(ents[j])
            j += 1
        yield span, inside


def _dateline_value(article: Article) -> str:
    """The dateline's date: its own, or, for a day without a year ("Sept 9"), the publication date made
    from it."""
    value = normalise_date(article.dateline)
    return article.published if value.startswith("--") and article.published_source == "dateline_year_inferred" \
        else value


def extract(doc: Doc, progress: ArticleProgress, offset: int = 0) -> tuple[list[Claim], list[EntityMention]]:
    """Claim records and entity mentions of one Doc: an article's body, or a chunk of it starting at
    `offset` in the cleaned body. The article's counts are updated as chunks come in."""
    article, clean = progress.article, progress.clean
    claims: list[Claim] = []
    mentions: list[EntityMention] = []
    if article.dateline and offset == 0:
        # The dateline sits in the header, outside the body: no claim, no body offsets.
        mentions.append(EntityMention(article.article_id, "", "DATE", article.dateline, "",
                                      _dateline_value(article), start_char=-1, end_char=-1,
                                      section="dateline"))
    for sent, inside in _within(claim_spans(doc), list(doc.ents)):
        text = span_text(sent)
        occurrence = progress.seen.get(text, 0)
        progress.seen[text] = occurrence + 1
        cid = claim_id(article.article_id, text, occurrence)
        start = offset + sent.start_char
        paragraph = clean.paragraph_of(start)
        section = "caption" if paragraph in clean.captions else "heading" if paragraph in clean.headings else "body"
        claim = Claim(
            article_id=article.article_id, claim_id=cid, paragraph=paragraph,
            sentence=progress.next_sentence, start_char=start, end_char=offset + sent.end_char, text=text,
            people=_unique(e._.canonical or e.text for e in inside if e.label_ == "PERSON"),
            organisations=_unique(e._.canonical or e.text for e in inside if e.label_ == "ORG"),
            places=_unique(e._.canonical or e.text for e in inside if e.label_ in PLACE_LABELS),
            dates=_unique(e._.value for e in inside if e.label_ in ("DATE", "TIME")),
            money=_unique(money_label(e) for e in inside if e.label_ == "MONEY"),
            editorial_markers=_unique(m.text for m in markers_in(sent)),
            section=section,
        )
        progress.next_sentence += 1
        att = attribution_of(sent)
        if att is not None:
            # Every Attribution field is a Claim column of the same name.
            for f in fields(att):
                setattr(claim, f.name, getattr(att, f.name))
        kind = sent._.assertion
        if kind is not None:
            claim.assertion, claim.assertion_confidence = kind["assertion"], kind["confidence"]
        claims.append(claim)
        mentions.extend(mention(article.article_id, e, cid, offset, section) for e in inside)
    progress.names.update((m.text, (m.label, m.canonical)) for m in mentions if m.label not in VALUE_LABELS)
    article.n_claims += len(claims)
    sourced = sum(c.claim_type == "sourced" for c in claims)
    article.n_sourced += sourced
    article.n_editorial += len(claims) - sourced
    article.n_paragraphs = len(clean.paragraph_starts)
    article.n_words += sum(1 for t in doc if not (t.is_space or t.is_punct))
    return claims, mentions
