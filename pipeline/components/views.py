"""A possessor's view, account or words, and a count, sourcing a sentence as "according to" does: "In his view,
...", "by her own account, ...", "in the minister's words, ...", "By one widely cited count, ..."."""

from __future__ import annotations

from spacy.tokens import Token

from .cue import Cue
from .lexicon import Lexicon
from .speakers import Speaker, SpeakerResolver


def in_view(tok: Token, lex: Lexicon, resolver: SpeakerResolver) -> Cue | None:
    """The cue of a view, account, words or count after "in" or "by" (`tok`, a noun of the lexicon's view or counted
    nouns); "in my view" is the author's; a count needs no possessor ("By some estimates, ...")."""
    if tok.dep_ != "pobj" or tok.head.lower_ not in ("in", "by"):
        return None
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    phrase = tok.doc[tok.head.i: tok.i + 1].text
    if owner is None:  # the count is the source
        return Cue(tok.head, phrase, "neutral", "according_to", resolver.describe(tok, tok.i),
                   via="according_to") if counted_source(tok, lex.counted_nouns) else None
    if owner.lower_ in lex.first_person:
        return Cue(tok.head, phrase, "neutral", "according_to", Speaker(), first_person=True, via="according_to")
    if not resolver.can_speak(owner):
        return None
    return Cue(tok.head, phrase, "neutral", "according_to", resolver.describe(owner, tok.i), via="according_to")


def counted_source(tok: Token, counted: frozenset[str]) -> bool:
    """Whether a count or an estimate after "by", set off at the head of its sentence or between commas, sources it
    as "according to" does: "By one widely cited count, ...", "By some estimates, ..."; not "rose by an estimate
    of 4 percent" nor "by no count"."""
    doc, by = tok.doc, tok.head
    after = tok.right_edge.i + 1
    return by.lower_ == "by" and tok.lemma_.lower() in counted and not any(
        c.dep_ == "det" and c.lower_ in ("no", "any") for c in tok.children) and (
        by.i == by.sent.start or doc[by.i - 1].text == ",") and after < len(doc) and doc[after].text == ","
