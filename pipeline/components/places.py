"""Names the model took for persons that stand where only places go: after "across" or "the", in "from X to Y",
after a noun of geography, before a place's institutions, or a street after a preposition of place."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

# Prepositions that take places, not people ("across the Sahel", "throughout Svalbard").
PLACE_PREPOSITIONS = frozenset({"across", "throughout"})
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# The last word of a street's name ("Mill Lane", "Baker Street").
STREET_WORDS = frozenset({"Lane", "Street", "Road", "Avenue", "Boulevard", "Terrace", "Crescent", "Drive"})
# ... and a town's ("supporters in Chippewa Falls", "a rally in Colorado Springs").
TOWN_WORDS = frozenset({"Falls", "Springs", "Heights", "Creek", "Harbor", "Harbour", "Bay", "Beach", "Rapids",
                        "Valley", "Ridge", "Hills", "Village", "Junction", "Landing", "Mills"})
STREET_PREPOSITIONS = frozenset({"on", "in", "at", "along", "off", "near", "down", "up", "into", "onto"})


def a_street(span: Span, first_names: dict[str, str]) -> bool:
    """A name the model took for a person that is a street or a town: it ends in a street's or a town's word and
    follows a preposition of place ("the house on Mill Lane"), or a town's names what a place has ("the Dunmore
    Falls library"); not "Actor Nathan Lane" or "Diane Lane starred".

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words="the house on Mill Lane".split(), deps=["det", "ROOT", "prep", "compound", "pobj"],
    ...           heads=[1, 1, 1, 4, 2])
    >>> a_street(doc[3:5], {"diane": "female"})
    True
    """
    root = span[-1]
    if root.text not in STREET_WORDS | TOWN_WORDS or span[0].text.lower() in first_names:
        return False
    return root.dep_ == "pobj" and root.head.text.lower() in STREET_PREPOSITIONS or (
        root.text in TOWN_WORDS and root.dep_ in ("compound", "nmod") and root.head.lower_ in PLACE_HEADS
        and root.head.i > root.i)  # "the Dunmore Falls library"


def in_a_place_position(tok: Token) -> bool:
    """A one-word name the model took for a person where only a place goes: after "the" ("parts of the
    Sahel"), after "across" or "throughout", or in "from X to Y" whose other end is a place ("from Svalbard
    to Patagonia")."""
    doc = tok.doc
    if tok.i > 0 and doc[tok.i - 1].lower_ == "the" and doc[tok.i - 1].head.i == tok.i and tok.tag_ == "NNP" \
            and not tok.lower_.endswith("s"):  # not "the Kennedys"
        return True
    if tok.dep_ == "pobj" and tok.head.lower_ in PLACE_PREPOSITIONS:
        return True
    after = doc[tok.i + 1: tok.i + 3]  # "from Svalbard to Patagonia"; not "from Kyiv to Zelensky"
    return tok.i > 0 and len(after) == 2 and doc[tok.i - 1].lower_ == "from" and after[0].lower_ == "to" \
        and after[1].ent_type_ in PLACE_LABELS


# Common nouns of geography before a name ("the river Tarne", "the village of Holm") and heads a place's name
# modifies ("the Varnholm municipal council", "Ashcombe police"); not "the Starmer government".
PLACE_NOUNS = frozenset({"river", "lake", "mount", "town", "village", "city", "port", "island", "county",
                         "province", "district", "valley", "hamlet", "parish", "borough", "estuary", "bay"})
PLACE_HEADS = frozenset({"council", "police", "harbour", "harbor", "airport", "station", "municipality",
                         "hospital", "library", "museum", "cathedral", "bridge", "valley", "estuary", "docks",
                         "district", "county", "mine", "mill", "port", "constabulary", "borough"})


def named_place(tok: Token) -> bool:
    """A one-word name the model took for a person that a noun of geography introduces ("the river Tarne", "the
    town of Varnholm") or that names what a place has ("the Varnholm municipal council", "Ashcombe police")."""
    doc = tok.doc
    before = doc[tok.i - 2: tok.i] if tok.i >= 2 else doc[0:0]
    # joined to the noun: its compound or apposition ("the river Tarne"), or the object of its "of"; not the
    # subject of a clause on it ("the town Dickens loved")
    introduced = len(before) == 2 and (before[1].lower_ in PLACE_NOUNS and (
        before[1].head.i == tok.i or tok.head.i == before[1].i and tok.dep_ == "appos") or (
        before[1].lower_ == "of" and before[0].lower_ in PLACE_NOUNS and tok.head.i == before[1].i))
    owned = tok.dep_ in ("compound", "nmod") and tok.head.lower_ in PLACE_HEADS and tok.head.i > tok.i
    return introduced or owned


# Nouns whose "in" takes a person ("faith in Ahern", "a role in Hamlet"): no place after them.
IN_A_PERSON = frozenset({"faith", "trust", "confidence", "interest", "belief", "hope", "role", "part", "stake",
                         "share", "lead", "friend", "ally", "partner", "successor", "rival"})


def placed_in(tok: Token, first_names: dict[str, str]) -> bool:
    """A one-word name the model took for a person after "in" on a noun: "the paper plant in Coldbrook", "a
    bakery in Toledo"; not "faith in Ahern" nor a first name ("the role in Hamlet" is a work's).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words="the plant in Coldbrook".split(), deps=["det", "ROOT", "prep", "pobj"],
    ...           heads=[1, 1, 1, 2], pos=["DET", "NOUN", "ADP", "PROPN"])
    >>> placed_in(doc[3], {}), placed_in(doc[3], {"coldbrook": "male"})
    (True, False)
    """
    prep = tok.head
    return tok.dep_ == "pobj" and prep.lower_ == "in" and prep.head.pos_ == "NOUN" \
        and prep.head.lemma_.lower() not in IN_A_PERSON and tok.lower_ not in first_names


def street_number(doc: Doc, end: int) -> bool:
    """Whether the number ending at token `end` is a house's, before a street's name ("1450 Elm Street", "2090
    Innovation Drive"): capitalised words up to a street's word."""
    k = end
    while k < len(doc) and k - end < 4 and doc[k].is_title and doc[k].text not in STREET_WORDS:
        k += 1
    return end < k < len(doc) and doc[k].text in STREET_WORDS | {"Way", "Place", "Court", "Square", "Parkway"}
