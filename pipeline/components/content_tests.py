"""Whether a clause the parser hung on a cue is what the cue reports: not a result ("so worried that"), a comment set
off by commas, an adverbial clause's main clause, a relative clause taken for a content clause, a clause across a
semicolon, or the rest of a sentence after a reduced relative clause."""

from __future__ import annotations

from spacy.tokens import Token

SUBJECTS = {"nsubj", "nsubjpass", "csubj"}


def result_clause(tok: Token) -> bool:
    """A word whose that-clause is a result, not a content: "so worried that she left", "spoke so
    quietly that", "such a fear that"."""
    adjective = tok.pos_ == "ADJ" or tok.dep_ == "acomp"
    # "So, he said that ..." and "he said so" are not degree words: only "so" on an adjective or adverb.
    return any((c.dep_ == "advmod" and c.i < tok.i and c.lower_ == "so" and adjective)
               or (c.dep_ == "advmod" and c.pos_ == "ADV" and c.lower_ not in ("too", "also") and any(
                   g.lower_ == "so" and g.dep_ == "advmod" for g in c.children))  # not "thinks so too"
               or (c.dep_ in ("dobj", "attr") and any(g.lower_ == "such" for g in c.children))
               for c in tok.children)


def interjected(c: Token) -> bool:
    """A clause set off by commas before the verb it hangs on: a comment ("The plan, I think, is"), not
    what that verb reports."""
    doc = c.doc
    words = [t.i for t in c.subtree if not t.is_punct]  # the parser may hang the commas on the clause
    return c.i < c.head.i and words[0] > 0 and doc[words[0] - 1].text == "," \
        and words[-1] + 1 < len(doc) and doc[words[-1] + 1].text == ","


# Conjunctions that open an adverbial clause: a cue in one ("The project was approved after its developer
# agreed to cut 18 units") does not report the main clause before it, whatever the parser hung where.
ADVERBIAL_MARKS = frozenset({"after", "before", "since", "because", "while", "although", "though", "until",
                             "once", "unless", "whereas"})


def adverbial(tok: Token) -> bool:
    """Whether a verb opens with a conjunction of an adverbial clause ("after its developer agreed")."""
    return any(c.dep_ == "mark" and c.lower_ in ADVERBIAL_MARKS for c in tok.children)


def not_content(c: Token, cue: Token) -> bool:
    """A clause the parser hung on a cue that reports nothing: a relative clause of the noun before it ("writes
    about arithmetic that cannot be spoken"), a clause of its own before a semicolon ("Waters writes about desire;
    Brennan writes about money"), or a gerund after "find" with a pronoun for subject, what someone came upon
    ("found her calling as an actor", "found him sleeping"); not a finding ("The audit found spending rising")."""
    if cue.lemma_.lower() == "find" and c.tag_ == "VBG" and any(x.dep_ == "nsubj" and x.tag_ == "PRP" for x in
                                                                  c.children):
        return True
    doc = c.doc
    first = c.left_edge
    # (a relative pronoun to the tagger, after a noun that is no time: not "said on Monday that[IN] talks ...")
    relative = first.lower_ in ("that", "which", "who") and first.tag_ in ("WDT", "WP") and first.dep_ in (
        "nsubj", "nsubjpass") and first.i > 0 and doc[first.i - 1].dep_ == "pobj" and doc[first.i - 1].ent_type_ \
        not in ("DATE", "TIME")
    return relative or c.i < cue.i and any(t.text == ";" for t in doc[c.right_edge.i + 1: cue.i])


def subjectless_modal(clause: Token, cue: Token) -> bool:
    """A "clause" with a modal and no subject of its own after a cue whose subject follows a noun with nothing
    between: the rest of a sentence the parser hung on a reduced relative clause ("the volume recovery Lind
    described | could stall"), no content; not a parenthetical ("The company, its chief told shareholders, will")."""
    subj = next((c for c in cue.children if c.dep_ in SUBJECTS), None)
    return subj is not None and subj.left_edge.i > 0 and cue.doc[subj.left_edge.i - 1].pos_ in ("NOUN", "PROPN") \
        and not any(x.dep_ in SUBJECTS or x.dep_ == "expl" for x in clause.children) and any(
            x.dep_ == "aux" and x.tag_ == "MD" and x.i < clause.i for x in clause.children)
