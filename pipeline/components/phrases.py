"""The words a speaker is written with: the phrase around the head of a cue's subject, the name a description
gives, the noun a "who" stands for, and a possessor whose view a noun states."""

from spacy.tokens import Span, Token

from .citations import citation

# Verbs that give a description its name ("A woman named Ruth Abernathy", "a woman called Doreen").
NAMING_VERBS = frozenset({"call", "name"})


def speaker_phrase(tok: Token, ent_at: dict[int, Span]) -> Span:
    """The speaker phrase around a head: its left modifiers, an 'of' complement, a conjoined name, an
    apposition, and a name given with "named" ("A woman named Ruth Abernathy")."""
    doc = tok.doc
    ent = ent_at.get(tok.i)
    # A modifier's own modifiers too: "Senate spokesman Yemi Adebayo", not "spokesman Yemi Adebayo"
    left = min([t.left_edge.i for t in tok.lefts if t.dep_ not in ("punct", "cc", "prep")] + [tok.i])
    right = tok.i
    if ent is not None:
        left, right = min(left, ent.start), max(right, ent.end - 1)
    for c in tok.rights:
        if c.dep_ == "prep" and c.lower_ in ("of", "to") and c.i - tok.i <= 2 and not any(
                g.tag_ == "VBG" for g in c.children):  # not "rivals of diving" (the charge of "accused by")
            right = max(right, max(t.i for t in c.subtree))
        elif c.dep_ == "conj" and c.i - tok.i <= 3 and c.pos_ in ("PROPN", "NOUN"):
            right = max(right, c.i)  # "Haddad and Moreau", "Lindqvist and colleagues"
        elif c.dep_ in ("appos", "compound", "flat") and citation(c) is None and not (
                c.dep_ == "appos" and any(t.pos_ in ("VERB", "AUX") or t.lower_ in ("never", "not", "ever")
                                          for t in c.subtree)):  # not "Smith (2010)", "X, never one to be"
            right = max(right, max(t.i for t in c.subtree if t.dep_ != "relcl"))
        elif c.dep_ == "acl" and c.lemma_ in NAMING_VERBS and c.i == tok.i + 1:
            right = max(right, c.right_edge.i)  # "A woman named Ruth Abernathy"
    if right - left > 12:
        left = max(left, tok.i - 6)
        right = min(right, tok.i + 6)
    span = doc[left: right + 1]
    while len(span) > 1 and (span[-1].is_punct or span[-1].is_space):
        span = span[:-1]
    while len(span) > 1 and (span[0].is_punct or span[0].is_space):
        span = span[1:]
    if span.text.count("(") > span.text.count(")") and span.end < len(doc) and doc[span.end].text == ")":
        span = doc[span.start: span.end + 1]
    return span


def possessed_view(tok: Token) -> bool:
    """A possessed noun that is the subject of "is" ("Osei-Bonsu's point was that ...")."""
    return tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and any(c.dep_ == "poss" for c in tok.children)


PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


def who_antecedent(head: Token) -> Token:
    """Whom a "who" refers to when the parser hung its clause on the nearest noun: past a place and the
    preposition before it, and from a description to the name it is in apposition to ("Gareth Penrose, a
    fisherman from Newlyn, who said" is Penrose, not Newlyn)."""
    while head.ent_type_ in PLACE_LABELS and head.dep_ == "pobj" and head.head.dep_ == "prep":
        head = head.head.head
    if head.dep_ == "appos" and head.head.ent_type_ == "PERSON":
        head = head.head
    return head


def given_name(noun: Token) -> Token | None:
    """The name a description gives in apposition or with "called"/"named" ("my neighbour, Sam,", "a woman
    called Doreen"), or None."""
    for c in noun.children:
        if c.dep_ == "appos" and c.pos_ == "PROPN":
            return c
        if c.dep_ == "acl" and c.lemma_ in NAMING_VERBS:
            return next((o for o in c.children if o.dep_ in ("oprd", "dobj", "attr") and o.pos_ == "PROPN"), None)
    return None

