"""What a speech act reports: its object ("rejected the allegations"), its prepositional object ("called for
a ceasefire"), the judgement of an evaluative act ("called the strike a disgrace"), an infinitive ("urged
Islamabad to ..."), a gerund ("denies giving it") or a refusal to speak ("declined to comment")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .lexicon import Lexicon
from .util import subtree_span

# Those a neutral speech act greets rather than reports on ("acknowledged the crowd").
AUDIENCE_NOUNS = frozenset({"crowd", "audience", "fan", "guest", "visitor", "delegate", "supporter"})


NAMED_PLACES_AND_BODIES = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP", "PERSON"})


OPENING_MARKS = frozenset({'"', "“", "‘", "'"})


# Acts on a person that remove them rather than judge them, unless they say as what ("dismissed him as").
REMOVING_ACTS = frozenset({"dismiss", "reject"})
# Acts on a work or on what it says: only the second reports ("cited rising rents", not "cited a study").
REFERRING_ACTS = frozenset({"cite"})
# Works cited that are no documents speaking: the law and its instruments ("cited a 2019 agreement").
CITED_WORKS = frozenset({"agreement", "treaty", "precedent", "case", "statute", "law", "clause", "passage", "verse",
                         "section", "article", "rule", "ruling", "decision", "judgment", "judgement", "contract"})


# Denials, whose "it" is what was said ("He denied it"); other acts on "it" may greet it ("welcomed it").
DENYING = frozenset({"deny", "dispute", "refute", "contest"})


# What someone was when, not what something is judged as: "She viewed the house as a child".
LIFE_STAGES = frozenset({"child", "boy", "girl", "teenager", "student", "kid", "youngster", "adult", "baby", "youth",
                         "schoolboy", "schoolgirl", "undergraduate"})


# What a refusal to speak declines: "declined to take questions".
ASKED = frozenset({"question", "questions", "query", "queries", "inquiry", "inquiries"})
# ... or the interviews it declines to give: "declined to make executives available for interviews".
INTERVIEWS = frozenset({"interview", "interviews", "comment", "comments"})


# An answer given in one word: "the minister said no", "The council said yes to the plan".
ANSWERS = frozenset({"yes", "no"})
ANSWERING = frozenset({"say", "answer", "reply", "respond"})
# How often a side conceded: goals, not a defeat ("United conceded twice").
COUNTED = frozenset({"once", "twice", "thrice", "times", "again"})
# An election called as a timetable, not a result: "called a snap election", "called the general election for July".
SCHEDULED = frozenset({"snap", "early", "surprise", "fresh", "new"})


def scheduled(tok: Token, outcome: Token) -> bool:
    """Whether a declared outcome is one set for a day rather than one won ("called a snap election", "called the
    general election for 4 July"); a winner after "for" makes it a result ("called the general election for Biden"),
    and so does any other called contest ("called a tight race in Pennsylvania").

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words="Sunak called a snap election".split(), heads=[1, 1, 4, 4, 1],
    ...           deps=["nsubj", "ROOT", "det", "amod", "dobj"])
    >>> scheduled(doc[1], doc[4])
    True
    """
    held = [g for c in (*tok.children, *outcome.children) if c.dep_ == "prep" and c.lower_ == "for"
            for g in c.children if g.dep_ == "pobj"]
    if any(g.ent_type_ not in ("DATE", "TIME", "CARDINAL") for g in held):
        return False
    # ... "called an election" (not "called a tight race"), "called a snap election"
    return bool(held) or outcome.lower_ in ("election", "elections") and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") or c.dep_ == "amod" and c.lower_ in SCHEDULED
        for c in outcome.children)


def speech_act(tok: Token, lex: Lexicon) -> Span | None:
    """What a speech act reports: its object ("rejected the allegations"), its prepositional object
    ("called for a ceasefire"), a refusal to speak ("declined to comment"), a one-word answer ("said no")."""
    lemma = tok.lemma_.lower()
    answer = next((c for c in tok.children if c.dep_ in ("intj", "dobj") and c.lower_ in ANSWERS and c.i > tok.i
                   and not list(c.children)), None) if lemma in ANSWERING else None
    if answer is not None:
        return tok.doc[answer.i: answer.i + 1]
    if (named := lex.declared_objects.get(lemma)) and (outcome := next(
            (c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in named), None)) is not None:
        if lemma != "call" or not scheduled(tok, outcome):
            return subtree_span(outcome)  # "declared victory", "called the race for Hartley"
    if withheld(tok) and not any(c.dep_ in ("dobj", "ccomp", "xcomp", "advcl") for c in tok.children):
        return tok.doc[tok.i: tok.i + 1]  # "His office would not say on Thursday": declined to comment
    if lemma in lex.intransitive_acts and tok.tag_ != "VBN" and not any(
            c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "dative") or c.lower_ in COUNTED for c in tok.children):
        return tok.doc[tok.i: tok.i + 1]  # "Brandt conceded shortly after 11 p.m."; not "United conceded twice"
    if lemma in lex.speech_act_objects:
        # "The governors deny this", "Garza disputed that": a loaded act on what was just said; not "welcomed it".
        anaphoric = ("it", "this", "that") if lex.cue_kind(lemma) == "neutral" else () if lemma in DENYING else ("it",)
        obj = next((c for c in tok.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "PRON", "DET")
                    and c.lower_ not in anaphoric and (c.pos_ != "DET" or c.lower_ in ("this", "that"))), None)
        # A neutral act on a person is a greeting, not a report ("The Queen welcomed Rishi Sunak", "The singer
        # acknowledged the crowd"); a loaded one still judges ("criticised the minister").
        named = obj is not None and (obj.ent_type_ == "PERSON" or lex.speaker_nouns.get(obj.lemma_.lower()) in (
            "person", "anonymous"))
        person = named or obj is not None and (obj.pos_ == "PRON" or obj.lemma_.lower() in AUDIENCE_NOUNS)
        # ... but to dismiss or reject a named person or a role without calling them anything removes them ("then
        # dismissed Liam Carver" at the crease, "rejected two candidates"); "dismissed him as a fantasist" and
        # "dismissed them" (claims, most often) judge.
        removed = lemma in REMOVING_ACTS and named and not any(c.lower_ == "as" for c in tok.subtree)
        # "cited a 22 percent rise" reports; "cited a study", "cited the 1998 ruling" refers to a work
        removed = removed or lemma in REFERRING_ACTS and obj is not None and (
            obj.lemma_.lower() in lex.document_nouns or obj.lemma_.lower() in CITED_WORKS
            or obj.ent_type_ in ("WORK_OF_ART", "LAW"))
        if obj is not None and not removed and not (lex.cue_kind(lemma) == "neutral" and person):
            return subtree_span(obj)
    preps = lex.speech_act_preps.get(lemma)
    if preps:
        # on the verb or on its object, a person or a body ("credits his first coach with keeping him")
        held = [o for o in tok.children if o.dep_ == "dobj" and (o.ent_type_ in ("PERSON", "ORG", "NORP", "GPE")
                                                               or o.pos_ == "PRON" or o.lemma_ in lex.speaker_nouns)]
        c = next((c for o in (tok, *held) for c in o.children if c.dep_ == "prep" and c.lower_ in preps), None)
        # ... not an amount ("credited his account with 500 pounds") or a day ("called the election for July"), nor,
        # after an object, a name that is the object's own ("called the member for Riverside" to speak; "called for
        # the UN to act" is a call)
        named = NAMED_PLACES_AND_BODIES if any(o.dep_ == "dobj" for o in tok.children) else frozenset()
        # ... but a day with what it should be is a call ("called for June 4 to be a day of mourning")
        days = ("DATE", "TIME") if not any(x.dep_ == "xcomp" for x in tok.children) else ()
        if c is not None and any(g.dep_ in ("pobj", "pcomp") and g.ent_type_ not in ("MONEY", "CARDINAL", "QUANTITY")
                                 and g.ent_type_ not in days and g.ent_type_ not in named for g in c.children):
            return subtree_span(c)
        # "called for the United Nations to intervene": the preposition parsed as the mark of a clause
        clause = next((c for c in tok.children if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ in preps for m in c.children)), None)
        if clause is not None:
            return subtree_span(clause)
    if lemma in lex.evaluative_acts:
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        # ... or a quoted word of their own, once, on something named ("called the traffic numbers “fantasy”"; not
        # a name, "the Mile", nor a term, "Engineers call this effect “creep”", nor "called it “theatre”")
        judged = next((c for c in tok.children if c.dep_ == "oprd" and c.i > tok.i and (c.pos_ == "ADJ" or (
            c.pos_ == "NOUN" and any(d.dep_ == "det" and d.lower_ in ("a", "an") for d in c.children)) or (
            c.pos_ == "NOUN" and c.is_lower and c.doc[c.i - 1].text in OPENING_MARKS and tok.tag_ == "VBD"
            and obj is not None and obj.pos_ != "PRON"))),
            None) or (
            next((c for c in obj.rights if c.dep_ == "amod" and c.pos_ == "ADJ" and not list(c.children)), None)
            if obj is not None else None)  # not "called a meeting open to all residents"
        # not "called the patient a taxi" (for the patient)
        if obj is not None and judged is not None and not any(c.dep_ == "dative" for c in tok.children):
            return tok.doc[obj.left_edge.i: judged.right_edge.i + 1]
    if lemma in lex.infinitive_acts:
        c = next((c for c in tok.children if c.dep_ == "xcomp" and c.tag_ == "VB"), None)
        obj = next((o for o in tok.children if o.dep_ == "dobj"), None)
        if c is None and obj is not None:  # "advises people taking insulin to talk[advcl of taking] to a doctor"
            c = next((v for v in obj.subtree if v.dep_ == "advcl" and v.tag_ == "VB" and v.head.dep_ == "acl"
                      and v.head.head.i == obj.i and any(a.dep_ == "aux" and a.lower_ == "to" for a in v.children)),
                     None)
        through = lex.infinitive_preps.get(lemma)
        asked = lemma not in lex.infinitive_objects or any(o.dep_ in ("dobj", "dative") for o in tok.children) or (
            c is not None and any(o.dep_ == "nsubj" for o in c.children))
        if c is not None and asked and (not through or any(p.dep_ == "prep" and p.lower_ in through
                                                           for p in tok.children)):
            return subtree_span(c)
    if lemma in lex.gerund_acts:
        c = next((c for c in tok.children if c.dep_ in ("xcomp", "ccomp", "dobj") and (c.tag_ == "VBG" or any(
            a.dep_ == "auxpass" and a.lower_ == "being" for a in c.children))), None)
        if c is not None:
            return subtree_span(c)  # "denies giving it", "admitted taking the money", "denies being directed"
    if lemma in lex.refusals:
        # ... or to take or answer what is asked ("declined to take questions", "refused to field questions")
        c = next((c for c in tok.children if c.dep_ == "xcomp" and (c.lemma_.lower() in lex.refused and (
            c.lemma_.lower() not in lex.refused_passive or any(a.dep_ == "auxpass" for a in c.children)) or any(
            o.dep_ == "dobj" and o.lemma_.lower() in ASKED for o in c.children) or any(
            o.lower_ in INTERVIEWS and o.dep_ == "pobj" and o.head.lower_ == "for" and (
                o.head.head.i == c.i or o.head.head.lower_ == "available") for o in c.subtree))), None)
        if c is not None:
            return subtree_span(c)
    return None


# What one withholds when one "would not" do it: "would not say", "wouldn't comment", "would not confirm".
WITHHOLDING = frozenset({"say", "comment", "confirm", "disclose", "discuss", "elaborate", "specify", "reveal"})


def withheld(tok: Token) -> bool:
    """Whether a speech verb says that someone refused to speak ("His office would not say", "A spokesman wouldn't
    comment", "The company would not say how many jobs were cut"): a refusal, reported as "declined to" is."""
    return tok.lemma_.lower() in WITHHOLDING and any(c.dep_ == "neg" for c in tok.children) and any(
        c.dep_ == "aux" and c.lower_ in ("would", "wo") for c in tok.children)


def as_complement(tok: Token) -> Token | None:
    """The "as" phrase a judgement puts its object or subject in, on the verb or on its object ("classified
    night work as probably carcinogenic", "is described as a draw")."""
    objs = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
    # ... or on the agent the parser hung it on ("was described by colleagues as brilliant")
    objs += [g for c in tok.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return next((c for h in (tok, *objs) for c in h.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > tok.i
                 and c.doc[c.i - 1].lower_ != "such" and not any(g.lemma_.lower() in LIFE_STAGES for g in c.children)
                 and any(g.dep_ in ("pobj", "amod", "acomp", "pcomp") for g in c.children)), None)


def judged_as(tok: Token, lex: Lexicon) -> Span | None:
    """What a judgement reports with its "as" phrase: the object and the phrase ("classified night shift
    work as probably carcinogenic"); None for the verbs without one ("classified the specimens").

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> class Lex: judged_as = frozenset({"classify"})
    >>> doc = Doc(spacy.blank("en").vocab, words="WHO classified it as carcinogenic".split(), heads=[1, 1, 1, 1, 3],
    ...           deps=["nsubj", "ROOT", "dobj", "prep", "amod"],
    ...           lemmas=["WHO", "classify", "it", "as", "carcinogenic"])
    >>> judged_as(doc[1], Lex()).text
    'it as carcinogenic'
    """
    if tok.lemma_.lower() not in lex.judged_as or tok.dep_ == "relcl":
        return None  # (not an aside on someone: "The actor, who portrayed Lear as a broken man, won")
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    phrase = as_complement(tok)
    if obj is None or phrase is None:
        return None
    return tok.doc[obj.left_edge.i: max(phrase.right_edge.i, obj.right_edge.i) + 1]
