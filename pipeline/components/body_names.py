"""Names of bodies the small model cuts short: a place that opens a body's name ("Islamabad Policy Research
Institute" tagged GPE `Islamabad`, "Paris" + ORG "Opera Ballet") and a name broken at "of" ("the State Bank of" +
GPE `Pakistan`). Each is repaired into one ORG span."""

from spacy.tokens import Doc, Span

# The words that open a place's or a body's name and may run on into a body's name.
OPENING_LABELS = frozenset({"GPE", "NORP", "LOC", "ORG"})
# Institutions and papers a place's name opens: "London School of Economics", "New York Times", "Paris Opera".
INSTITUTION_WORDS = frozenset({"school", "college", "academy", "hospital", "museum", "library", "opera", "ballet",
                               "orchestra", "theatre", "theater", "zoo", "times", "post", "herald", "tribune",
                               "gazette", "chronicle", "journal", "observer", "courier", "telegraph", "examiner",
                               "inquirer"})
# What a body's name broken before a place ends on: "the State Bank of", "the Ministry for".
BROKEN_AT = frozenset({"of", "for"})


def run_on_body(doc: Doc, ent: Span, body_words: frozenset[str]) -> Span:
    """An entity widened into the body whose name it opens: capitalised words outside any entity right after
    it, up to the last that names a kind of body.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> doc = nlp("by the Islamabad Policy Research Institute found")
    >>> run_on_body(doc, Span(doc, 2, 3, label="GPE"), frozenset({"institute"})).text
    'Islamabad Policy Research Institute'
    >>> doc = nlp("The U.S. Department of Agriculture notes")
    >>> run_on_body(doc, Span(doc, 1, 2, label="GPE"), frozenset({"department"})).text
    'U.S. Department of Agriculture'
    """
    if ent.label_ not in OPENING_LABELS:
        return ent
    end, last = ent.end, None
    while end < len(doc) and doc[end].is_title and doc[end].ent_iob_ in ("O", "") and doc[end].is_alpha:
        if doc[end].lower_ in body_words or doc[end].lower_ in INSTITUTION_WORDS:
            last = end
        end += 1
    if last is None:
        return ent
    while last + 2 < len(doc) and doc[last + 1].lower_ in BROKEN_AT and doc[last + 2].is_title \
            and doc[last + 2].ent_iob_ in ("O", ""):
        last += 2  # ... and what it is of: "U.S. Department of Agriculture", "Pakistan Institute of Development"
        while last + 1 < len(doc) and doc[last + 1].is_title and doc[last + 1].ent_iob_ in ("O", ""):
            last += 1
    # Its own name is its alias, not the place's the entity patterns gave the first word ("Islamabad").
    return Span(doc, ent.start, last + 1, label="ORG", span_id=doc[ent.start: last + 1].text)


def joined_at_of(doc: Doc, ents: list[Span]) -> list[Span]:
    """Entities with a body's name broken at "of" or "for" joined to the name after it ("the State Bank of" +
    "Pakistan" -> "State Bank of Pakistan").

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> doc = nlp("released by the State Bank of Pakistan today")
    >>> [e.text for e in joined_at_of(doc, [Span(doc, 3, 6, label="ORG"), Span(doc, 6, 7, label="GPE")])]
    ['State Bank of Pakistan']
    """
    joined: list[Span] = []
    for ent in ents:
        prev = joined[-1] if joined else None
        if prev is not None and prev.label_ == "ORG" and prev.end == ent.start and len(prev) > 1 \
                and doc[prev.end - 1].lower_ in BROKEN_AT and ent.label_ in ("GPE", "LOC", "ORG", "NORP"):
            joined[-1] = Span(doc, prev.start, ent.end, label="ORG", span_id=prev.id_)
            continue
        if prev is not None and prev.label_ in ("GPE", "NORP") and ent.label_ == "ORG" and prev.end == ent.start \
                and doc[prev.end - 1].dep_ == "compound" and ent.start <= doc[prev.end - 1].head.i < ent.end:
            # "Paris" + "Opera Ballet": a place that opens a body's name
            joined[-1] = Span(doc, prev.start, ent.end, label="ORG", span_id=doc[prev.start: ent.end].text)
            continue
        joined.append(ent)
    return joined
