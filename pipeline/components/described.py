"""Persons the NER missed or mislabelled whom the text describes beside their name: a first name alone, then a
description with "a" or "an" ("Oleg, a 58-year-old mechanic who asked that his surname not be used, said";
"Ludmila, a retired teacher, said", tagged an organisation)."""

from collections.abc import Container

import numpy as np
from spacy.attrs import ENT_TYPE, IS_TITLE
from spacy.tokens import Doc, Span, Token

from .antecedents import name_key


def described(tok: Token, first_names: Container[str], person_nouns: Container[str] = ()) -> bool:
    """Whether a token is a first name described as a person's: an indefinite description in apposition ("Ludmila, a
    retired teacher,"), a person's noun it is set beside ("my son Tomás", "our neighbour, Ines,"), or an age ("Tomás
    is fifteen", "Tomás, 15,")."""
    if not (tok.pos_ in ("PROPN", "NOUN") and tok.is_title and name_key(tok.text) in first_names):
        return False
    head = tok.head
    return any(c.dep_ == "appos" and (c.like_num or any(d.dep_ == "det" and d.lower_ in ("a", "an")
                                                          for d in c.children)) for c in tok.children) or (
        tok.dep_ == "appos" and head.lemma_.lower() in person_nouns and any(c.dep_ == "poss" for c in head.children)
    ) or tok.dep_ == "nsubj" and head.lemma_ == "be" and any(
        c.dep_ in ("acomp", "attr") and c.like_num and not list(c.children) for c in head.children)


def described_persons(doc: Doc, ents: list[Span], first_names: Container[str],
                      person_nouns: Container[str] = ()) -> list[Span]:
    """The entities with every described first name a PERSON: relabelled when the NER tagged it otherwise,
    added when it tagged nothing.

    >>> from claimscope.api import load
    >>> doc = load()("Oleg, a 58-year-old mechanic, said the bridge was gone.")
    >>> [(e.text, e.label_) for e in doc.ents if e.label_ == "PERSON"]
    [('Oleg', 'PERSON')]
    """
    out = [Span(doc, e.start, e.end, label="PERSON") if len(e) == 1 and e.label_ != "PERSON"
           and described(e[0], first_names, person_nouns) else e for e in ents]
    taken = {i for e in ents for i in range(e.start, e.end)}
    if not len(doc):
        return out
    table = doc.to_array([IS_TITLE, ENT_TYPE]).reshape(len(doc), 2)
    untagged_titles = np.nonzero((table[:, 0] == 1) & (table[:, 1] == 0))[0].tolist()  # read whole only these
    return out + [Span(doc, i, i + 1, label="PERSON") for i in untagged_titles
                  if i not in taken and described(doc[i], first_names, person_nouns)]
