"""Dates that say which one by what they name or where they stand: a record's month is one gone by ("a December
report", "the March survey"), the month a present "be" names is the current one ("It's November"), seasons counted
are a length ("for two summers"), and the deadline of what was asked for is the nearest such month."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .date_words import load_date_words

# Things made and done by the time they are mentioned: a month naming one is the last such month.
RECORDS = frozenset({"report", "study", "survey", "paper", "ruling", "judgment", "judgement", "statement", "letter",
                     "memo", "audit", "filing", "census", "attack", "raid", "crash"})


# Events a month names by when they are held ("the June runoff", "the July recess"): the next such month, or the
# last one in a past clause.
EVENTS = frozenset({"runoff", "election", "vote", "referendum", "poll", "primary", "recess", "summit",
                    "conference", "congress", "convention", "budget", "deadline", "launch", "release", "hearing",
                    "trial", "talks", "round", "final", "opening"})
# Words before an event that look forward to it ("preparing for the June runoff", "ahead of the July recess").
TOWARDS = frozenset({"for", "before", "until", "till", "toward", "towards", "ahead"})
# Words of a clause that speaks of what happens again and again ("she always went skiing in March").
HABITUAL_WORDS = frozenset({"always", "usually", "often", "every", "each", "annually", "traditionally", "normally"})
# What marks one event told in the present as still to come ("whose first novel comes out in September").
ONE_OFF = frozenset({"first", "new", "next", "latest", "second", "third", "debut", "forthcoming", "upcoming"})


def event_month(span: Span) -> bool:
    """Whether a month names a single event by when it is held: "the June runoff", "the July recess"; not "a
    June wedding" (any June)."""
    root, head = span.root, span.root.head
    return root.dep_ in ("compound", "nmod", "amod") and head.pos_ == "NOUN" and head.lemma_.lower() in EVENTS \
        and any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an", "every", "each") for c in head.children)


def awaited(span: Span) -> bool:
    """Whether an event a month names is looked forward to: "for", "before", "ahead of" ... its noun phrase
    ("preparing for the June runoff"); not "after the June runoff", "the winner of the June runoff"."""
    start = span.root.head.left_edge.i
    return start > 0 and (span.doc[start - 1].lower_ in TOWARDS or span.doc[start - 1].lower_ == "of" and start > 1
                          and span.doc[start - 2].lower_ == "ahead")


def one_off_to_come(verb: Token) -> bool:
    """Whether a verb in the present tells of one event to come: "Her first novel comes out in September", "The new
    line opens in March"; not "The museum opens in April" (every April)."""
    return verb.tag_ in ("VBZ", "VBP") and any(c.dep_ in ("nsubj", "nsubjpass") and any(
        a.lower_ in ONE_OFF for a in c.children if a.dep_ == "amod") for c in verb.children) and not any(
        t.lower_ in HABITUAL_WORDS for t in verb.sent)  # not "The new iPhone usually comes out in September"


def record_month(span: Span) -> bool:
    """Whether a month names a record or an event by when it was ("a December report", "the March survey").

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words="a December report".split(), heads=[2, 2, 2],
    ...           deps=["det", "compound", "ROOT"], lemmas=["a", "December", "report"],
    ...           pos=["DET", "PROPN", "NOUN"])
    >>> record_month(doc[1:2])
    True
    """
    root = span.root
    head = root.head
    if root.dep_ in ("compound", "nmod", "amod") and head.pos_ == "NOUN" and head.lemma_.lower() in RECORDS:
        return True
    # ... or after a preposition in its noun phrase ("A survey ... of 2,400 households between January and March")
    tok = root
    for _ in range(6) if root.dep_ == "pobj" else ():
        if tok.head.i == tok.i or tok.head.pos_ in ("VERB", "AUX") or tok.head.dep_ == "prep" and \
                tok.head.lower_ not in ("of", "between", "from", "during"):
            return False  # (not through "about" or "on": "The letter about the school trip in June")
        tok = tok.head
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in RECORDS:
            return True
    return False


def current_month(span: Span) -> bool:
    """Whether a month is what a present "be" says it now is ("It's November", "It is now March")."""
    root, be = span.root, span.root.head
    return root.dep_ == "attr" and be.lemma_ == "be" and be.tag_ in ("VBZ", "VBP") and any(
        c.dep_ == "nsubj" and c.lower_ == "it" or c.lower_ == "now" for c in be.children)  # not "The deadline is March"


# Seasons counted, as lengths of time: "for two summers".
COUNTED_SEASONS = frozenset({"summers", "winters", "springs", "autumns", "falls", "monsoons"})
# Prepositions of a deadline: with a present or an imperative, the day named is ahead.
DEADLINE_WORDS = frozenset({"by", "before", "until", "till"})


def clause_verb(ent: Span) -> Token:
    """The verb (or auxiliary) the expression depends on; the root of its tree when there is none."""
    verb = ent.root
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def asked_by(ent: Span) -> bool:
    """Whether a date is the deadline of what someone asked for ("had asked for a mini-budget before the end of
    December"): the asking is past, the deadline may be ahead; the nearest such month is meant."""
    verb = clause_verb(ent)
    return ent.start > 0 and ent.doc[ent.start - 1].lower_ in DEADLINE_WORDS and \
        verb.lemma_ in load_date_words().requested


def counted_season(span: Span) -> bool:
    """Whether a season is counted, a length of time: "for two summers", "Three winters after", "two dry winters"."""
    counted = next((t for t in reversed(span.doc[max(span.start - 3, 0): span.start]) if t.pos_ != "ADJ"), None)
    return counted is not None and counted.like_num and span.text.lower() in COUNTED_SEASONS


def every(span: Span) -> bool:
    """Whether a month or season is every one of its kind ("every February since 1972", "each summer",
    "every other Tuesday")."""
    doc, i = span.doc, span.start - 1
    if i > 0 and doc[i].lower_ in ("other", "second", "third"):
        i -= 1
    return i >= 0 and doc[i].lower_ in ("every", "each")


def since(span: Span) -> bool:
    """Whether a date is the start of a state lasting to now ("closed since September")."""
    return span.start > 0 and span.doc[span.start - 1].lower_ == "since"


def on_the_verb(span: Span) -> bool:
    """Whether a date belongs to its clause's verb ("In April we closed the plant") or to the subject of a past
    verb ("Your editorial of March 3 claimed"), not to another noun ("tickets for the concert in July")."""
    head = span.root.head
    if head.dep_ == "prep":
        head = head.head
    # ... the subject of an active verb in the past: what it did then, not what befell it ("The summit of December
    # 12 was cancelled yesterday" may be yet to come)
    return head.pos_ in ("VERB", "AUX") or head.dep_ == "nsubj" and head.head.tag_ == "VBD" and not any(
        c.dep_ in ("aux", "auxpass") for c in head.head.children)


# A time clause or a condition in the present speaks of what is to come when the clause it qualifies does ("should
# restore the grant before the estimates are tabled in April", "if the trade keeps up through the autumn she will").
TIME_CLAUSE_MARKS = frozenset({"before", "until", "till", "once", "when", "after", "if", "unless"})
MODALS_TO_COME = frozenset({"will", "'ll", "’ll", "shall", "should", "must", "need", "can", "would"})


def time_clause_to_come(verb: Token) -> bool:
    """Whether a verb heads a present time clause of a main clause about the future or an obligation, not
    about a habit ("Every year we must wait until the budget is published in March")."""
    main = verb.head
    if any(k.dep_ in ("aux", "auxpass") and k.tag_ == "VBD" for k in verb.children) or any(
            k.dep_ == "aux" and k.lemma_ == "have" for k in main.children):
        return False  # a counterfactual: "If the talks had resumed in March, the strike would have ended"
    return verb.dep_ == "advcl" and verb.tag_ in ("VBZ", "VBP", "VBN") and any(
        c.dep_ in ("mark", "advmod") and c.lower_ in TIME_CLAUSE_MARKS for c in verb.children) and any(
        k.dep_ == "aux" and k.lower_ in MODALS_TO_COME for k in main.children) and not any(
        t.lower_ in HABITUAL_WORDS for t in main.subtree if t.i < verb.left_edge.i or t.i > verb.right_edge.i)


# Auxiliaries of what must or should yet be done: its time is to come ("must return to talks this weekend").
OBLIGING = frozenset({"must", "should", "need", "ought"})


def obliged(span: Span) -> int:
    """1 when a date's clause says what must or should be done (its base verb under an obligation), else 0.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> doc = spacy.tokens.Doc(nlp.vocab, ["They", "must", "return", "this", "weekend"],
    ...                        heads=[2, 2, 2, 4, 2], deps=["nsubj", "aux", "ROOT", "det", "npadvmod"],
    ...                        tags=["PRP", "MD", "VB", "DT", "NN"])
    >>> obliged(doc[3:5])
    1
    """
    verb = clause_verb(span)
    return int(verb.tag_ == "VB" and (any(k.dep_ == "aux" and k.lower_ in OBLIGING for k in verb.children) or (
        verb.dep_ == "xcomp" and verb.head.lemma_ in ("need", "have"))))  # "needs to publish", "has to publish"
