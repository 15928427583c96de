"""Tests on a reporting cue the candidates are built from: does it name rather than report, is the
attribution the author's supposition, does an expletive passive report, and what study a passive cites."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from ..records import Quote
from .acts import withheld
from .antecedents import called_by_name
from .asides import trailing_reply
from .lexicon import Lexicon
from .phrases import share_of
from .quotes import near, quoted
from .recommendations import permitted, stopped_or_urged
from .syntax import is_passive
from .util import doc_text, np_head, span_text

# How a predicative adjective hangs on its verb: "made it clear" (ccomp, with "it" as its subject), "made
# clear that" (ccomp, oprd or acomp).
PREDICATIVE_DEPS = frozenset({"ccomp", "oprd", "acomp", "xcomp", "dobj"})


def expletive_report(tok: Token, lex: Lexicon) -> bool:
    """A passive that reports with an expletive "it" and no modal ("It was found that ...", "It has been
    shown that ..."), not the author's own reasoning ("It can be shown that ...")."""
    return tok.lemma_.lower() in lex.expletive_passives and any(
        c.dep_ == "nsubjpass" and c.lower_ == "it" for c in tok.children) and not any(
        c.tag_ == "MD" and c.lower_ not in ("will", "would", "'ll", "'d") for c in tok.children)


def study_of(tok: Token, lex: Lexicon) -> Token | None:
    """The study or outlet a passive report comes from ("In the study by Hein, it was found that ...", "It was
    reported in the Dunmore Courier that ...")."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "from", "on"):
            # ... or a body named there ("It was reported in Le Monde", "on BBC Radio 4")
            doc = next((g for g in c.children if g.dep_ == "pobj" and (
                g.lemma_.lower() in lex.document_nouns or lex.speaker_nouns.get(g.lemma_.lower()) == "media"
                or g.is_title and g.lower_ in lex.media_names or g.ent_type_ == "ORG")), None)
            if doc is not None:
                return doc
    return None


def naming(tok: Token, lex: Lexicon) -> bool:
    """A naming verb used to name (`models/cues.toml`, `[naming]`): with "what"/"which" as its object, or
    in the passive ("what economists call “supply elasticity”", "is called “X”")."""
    if tok.lemma_.lower() not in lex.naming_verbs:
        return False
    # "sometimes loosely called the “wood wide web”": a participle with its name and no object is passive too, and
    # so is a past tense so parsed ("a podcast with her boyfriend Julien called[VBD] “The Jenna Julien Podcast”")
    named = any(c.dep_ == "oprd" for c in tok.children) and not any(
        c.dep_ == "dobj" for c in tok.children)
    return is_passive(tok) or named or any(c.dep_ in ("dobj", "nsubj") and c.lower_ in ("what", "which")
                                  for c in tok.children) or (tok.dep_ == "relcl" and tok.head.lower_ == "what")


def compound_gerund(tok: Token) -> bool:
    """A gerund inside a noun compound, not a report: "poetry reading experiments", "letter writing
    workshops" (a bare singular common noun right before it, which cannot be its speaker, unlike "protesters
    chanting" or "a spokesman reading")."""
    head = tok.head
    if tok.tag_ == "VBG" and tok.dep_ == "compound":
        return True  # "story telling classes" parsed as one compound
    return tok.dep_ == "acl" and tok.tag_ == "VBG" and head.i == tok.i - 1 and head.tag_ == "NN" \
        and not head.ent_type_ and not any(c.dep_ in ("det", "poss", "nummod") for c in head.children)


def trailing_speaker(tok: Token, quotes: list[Quote]) -> Token | None:
    """The speaker of a cue inverted right after its quote, which the parser may take for the cue's object
    or for a noun the cue modifies ("“Prices will rise”, added the minister.", "“...”, added KCNA."): the
    noun phrase after the cue, when it ends the sentence."""
    doc, sent = tok.doc, tok.sent
    text = doc_text(doc)
    if tok.i + 1 >= sent.end or not any(0 <= tok.idx - q.end <= 4 and not text[q.end: tok.idx].strip(" ,\"”’»'")
                                        for q in near(quotes, tok.idx - 5, tok.idx)):
        return None
    head = np_head(doc[tok.i + 1])
    rest = doc[head.right_edge.i + 1: sent.end]  # ", warned the operations director, Paul Lindqvist."
    return head if head.pos_ in ("PROPN", "NOUN") and all(t.is_punct or t.is_space for t in rest) else None


# Who a speaker says will speak against them: "My opponent will tell you that ..." is a prediction.
ADVERSARIES = frozenset({"opponent", "rival", "critic", "challenger", "detractor", "adversary", "opposite"})


def hypothetical(tok: Token, subj: Token, sent: Span, quotes: list[Quote], lex: Lexicon,
                 addressed: bool = False) -> bool:
    """An attribution the author does not report but supposes or denies: a generic subject ("anyone",
    "nobody"), a modal of possibility or a supposing adverb ("perhaps"), a negation ("did not say
    whether"), a general condition ("When a columnist tells readers that ..."), or a question the author
    asks ("Did anyone really think that ...?")."""
    # "One of them recalled", "One, who has worked there for years, said": someone in particular
    # ... "One told me that" (one of those just named: a past act, not "One might say")
    partitive = subj.lower_ == "one" and (any(c.dep_ == "prep" and c.lower_ == "of" or c.dep_ == "relcl"
                                              for c in subj.children) or share_of(subj) or tok.tag_ == "VBD")
    end = span_text(sent).rstrip().rstrip("\"”’)")
    mark = sent.start_char + len(end) - 1
    asked = end.endswith("?") and not quoted(mark, quotes)
    # "you" in a letter's past report is its addressee ("In March you told parliament that ..."); not asked about
    # ("Q: Was there ever a crossing you thought you would not finish?")
    # ... nor in a speech that says what the audience told the speaker ("You have told us that", "You wrote to me")
    # ... or a body in particular ("You told this House that", "you told the committee in March that"), not
    # anyone's ("You told your boss that")
    told_us = any((g.lower_ in ("us", "me") or g.pos_ == "PROPN" or any(
        d.dep_ == "det" and d.lower_ in ("the", "this", "that") for d in g.children)) and g.dep_ in (
        "dative", "dobj", "pobj") and (g.head.i == tok.i or (g.head.lower_ == "to" and g.head.head.i == tok.i))
        for c in tok.children for g in (c, *c.children))
    addressee = (addressed or told_us or called_by_name(subj)) and subj.lower_ == "you" and tok.tag_ in (
        "VBD", "VBN") and not asked
    generic = subj.lower_ in lex.generic_subjects and not partitive and not addressee
    every = tok.tag_ in ("VBZ", "VBP") and tok.lemma_.lower() in ("know", "understand", "realise", "realize") and any(
        c.dep_ == "det" and c.lower_ == "every" for c in subj.children) and not any(
        c.dep_ == "relcl" for c in subj.children)  # "Every school knows"; not "Every expert we spoke to says"
    # ... "as every district collector will tell you": anyone's telling; "Not one of them ever asked": no one's
    every = every or any(c.dep_ == "det" and c.lower_ == "every" for c in subj.children) and any(
        c.lower_ == "will" for c in tok.children) and any(c.lower_ == "you" for c in tok.children) or any(
        c.lower_ == "not" and c.i < subj.i for c in subj.children) or any(  # ... as "Few historians dispute that",
        c.dep_ == "amod" and (c.lower_ == "few" or c.lower_ == "many" and any(  # "Not many economists think"
            g.dep_ == "neg" for g in c.children)) for c in subj.children)
    if generic or any(c.dep_ == "det" and c.lower_ in ("no", "any", "neither") for c in subj.children) or every:
        return True  # "Did anyone really think ...?", "one might say", "Every school knows"; not "One of them recalled"
    if any((c.dep_ == "aux" and c.lower_ in lex.hypothetical_modals) or (
            c.dep_ == "neg" and c.i < tok.i and not trailing_reply(tok, sent) and not withheld(tok))
           or (c.dep_ == "dobj" and c.lower_ in ("nothing", "neither"))  # "the report says nothing about ..."
           or (c.dep_ == "advmod" and c.lower_ in lex.hypothetical_adverbs) for c in tok.children
           if not quoted(c.idx, quotes)):  # not the quote's own word ("“Maybe Friday,” she says")
        # "might say", "did not say", "Perhaps the senators believe"; not "..., he has said, not idealism"
        return True
    auxes = {c.lower_.replace("’", "'") for c in tok.children if c.dep_ == "aux"}
    if "have" in auxes and auxes & {"would", "'d"} or subj.lemma_.lower() in PURPOSES:
        # "as my old boss would have said", "he'd have called them": what was never said; "The minister's job is
        # to explain": a duty
        return True
    if tok.dep_ == "relcl" and any(c.dep_ == "aux" and c.lower_ in ("can", "could") for c in tok.children) and any(
            c.dep_ == "nsubj" and c.lower_ in ("that", "who", "which") for c in tok.children):
        return True  # "exemptions for schools that can show they need them": a kind of school, no report
    bare_plural = subj.tag_ == "NNS" and not subj.ent_type_ and not any(
        c.dep_ in ("det", "poss", "nummod", "compound") for c in subj.children)
    if any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "would") for c in tok.children) and (
            subj.lower_ in ("some", "many", "others") or bare_plural
            or any(c.dep_ == "det" and c.lower_ == "some" or c.dep_ == "poss" and c.lower_ in lex.first_person
                   and (subj.tag_ == "NNS" or subj.lemma_.lower() in ADVERSARIES) for c in subj.children)):
        # "Our opponents", "My opponent will tell you", not "Our correspondent"
        # "Some people will tell you that ...", "Critics will say", "Our opponents will say": a prediction
        return True
    # An indefinite subject ("a farmer", "a true sentence") is any such one in what holds always or will hold.
    indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subj.children)
    you = any(c.dep_ in ("dative", "dobj") and c.lower_ == "you" for c in tok.children)
    if (indefinite or any(c.dep_ == "det" and c.lower_ == "any" for c in subj.children)) and any(
            c.dep_ == "aux" and c.lower_ in ("will", "'ll", "would") for c in tok.children) and you:
        return True  # "A farmer will tell you that rain in May is worth gold": anyone who farms
    if indefinite and tok.tag_ == "VBZ" and subj.pos_ == "NOUN" and not subj.ent_type_ and all(
            c.dep_ in ("det", "amod", "advmod") for c in subj.children) and not (
            subj.lemma_.lower() in lex.speaker_nouns or subj.lemma_.lower() in lex.document_nouns):
        # "A true sentence reports what happened": any such thing, always; not "A new report says", nor one in
        # particular ("A map published by the council shows")
        return True
    what = any(c.dep_ in ("ccomp", "dobj") and c.lower_ == "what" or any(
        g.dep_ in ("dobj", "nsubj") and g.lower_ == "what" for g in c.children) for c in tok.children)
    if indefinite and tok.tag_ == "VBZ" and (you or what and any(c.dep_ == "amod" for c in subj.children)):
        # "A good reporter writes what she sees", "A doctor tells you what you need to hear": any such one; not
        # "A senior official says that"
        return True
    if indefinite and tok.dep_ == "xcomp" and tok.head.lemma_ in ("start", "begin") and tok.head.tag_ == "VBZ":
        return True  # "A reader starts to wonder how much was written for publication": anyone reading it
    if stopped_or_urged(tok, lex) or permitted(tok):
        # "The government must stop announcing amnesty schemes": a recommendation; "it lets ministers announce": leave
        return True
    if denied_report(tok):
        return True  # "That is not what he said", "The video does not show him saying that"
    if people_in_general(tok):
        return True  # "writes about people who say that money is everything": a kind of people, no one's report
    if tok.tag_ == "VBZ" and indefinite and any(c.lower_ in ("somewhere", "anywhere")
                                                for c in (*subj.children, *tok.children)):
        return True  # "Every few years, a city council somewhere decides that": any council, any time
    if subj.lower_ in lex.indefinite_subjects and tok.tag_ == "VBZ":
        return True  # "someone tells something and first you trust him": anyone, any time
    if subj.lower_ == "people" and not list(subj.children) and tok.tag_ == "VBP":
        return True  # "People say that illness teaches patience": what is generally said
    if unrealised(tok, lex):
        return True  # "wants to say that", "were urged to explain why", "has yet to say whether"
    if time_it_did(tok):
        return True  # "It is time his budget said so", "It is time for councillors to admit that": a wish
    if tok.dep_ in ("advcl", "relcl") and any(c.dep_ in ("mark", "advmod") and c.lower_ in lex.conditions and (
            tok.tag_ in ("VBZ", "VBP") or c.lower_ == "if" and tok.dep_ == "advcl") for c in tok.children):
        # "When a columnist tells readers that ..., some will believe him", "on November 7, when the Fed announces
        # its next decision"
        return True
    if any(c.dep_ == "mark" and (c.lower_ == "whether" or c.lower_ == "if" and tok.dep_ == "ccomp")
           for c in tok.children):
        return True  # "I wonder whether the agency told anyone that ...": a report asked about, not made
    # "Is that what he will tell the pensioner?": a question about what someone will say reports nothing.
    # (a second verb shares the first's auxiliary: "Will they treat and announce the competitions ...?")
    shared = tok.head.children if tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "AUX") else ()
    to_come = any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "would", "shall") for c in (*tok.children, *shared))
    # "Is it too much to ask that ...?", "Is it fair to say that ...?": a question about saying it
    infinitive = tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
    return asked and (sent.root == tok and tok.lemma_.lower() != "ask" or to_come or infinitive)


# Nouns for people in general, whom a present relative clause describes rather than quotes ("people who say").
PEOPLE_IN_GENERAL = frozenset({"people", "folks", "those", "others"})


def people_in_general(tok: Token) -> bool:
    """Whether a cue is the present relative clause of people in general as an object ("films people who say
    that the war never ended"): what such people say, not what anyone said."""
    kind = tok.head
    return tok.dep_ == "relcl" and tok.tag_ == "VBP" and kind.lower_ in PEOPLE_IN_GENERAL and kind.dep_ in (
        "dobj", "pobj") and not any(c.dep_ in ("det", "poss", "nummod", "amod") for c in kind.children) and any(
        c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in tok.children)


# Verbs of knowing and the words opening what is known, not held ("learnt what happens", "knows what the council
# decided"); not "believes when rates fall, ..." nor a finding ("The audit found what campaigners suspected").
KNOWING_VERBS = frozenset({"know", "learn", "discover", "realise", "realize", "understand", "remember", "forget"})
KNOWN_WH = frozenset({"what", "how", "why", "where", "who", "which"})


def known_not_held(tok: Token, content: Span | None) -> bool:
    """Whether a verb of knowing opens what is known with a wh-word after it ("learnt the hard way what happens",
    "knew exactly what it was"): the author's telling, not someone's view."""
    if tok.lemma_.lower() not in KNOWING_VERBS or content is None:
        return False
    opener = next((t for t in content if t.lower_ in KNOWN_WH or t.pos_ != "ADV"), None)
    return opener is not None and opener.lower_ in KNOWN_WH and opener.i > tok.i


def denied_report(tok: Token) -> bool:
    """Whether the author denies a report: a cue in a free relative after a negated "be" ("That is not what he
    said") or under a negated verb of showing ("The video does not show him saying that")."""
    head = tok.head
    if tok.dep_ != "ccomp" or not any(c.dep_ == "neg" for c in head.children):
        return False
    free = any(c.lower_ == "what" and c.dep_ in ("dobj", "nsubj") and c.i < tok.i for c in tok.children)
    return head.lemma_ == "be" and free or head.lemma_.lower() in ("show", "prove", "mean", "record", "mention")


def unrealised(tok: Token, lex: Lexicon) -> bool:
    """Whether a cue is the to-infinitive of what someone wants, needs, failed or is asked to do ("wants to say
    that", "failed to explain why", "has yet to say whether", "were urged to explain why"): no report."""
    verb = tok
    while verb.dep_ == "conj" and verb.head.tag_ == "VB":
        verb = verb.head  # "to submit their designs and suggest what ..."
    if verb.dep_ not in ("xcomp", "ccomp") or verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to"
                                                             for c in verb.children):
        return False
    head = verb.head
    lemma = head.lemma_.lower()
    passive = any(c.dep_ == "auxpass" for c in head.children)
    if lemma == "fail" and tok.lemma_.lower() in lex.document_object_cues:
        return False  # "a recent study failed to find differences": a finding, that there are none
    would = lemma in lex.unrealised_would and any(c.dep_ == "aux" and c.lower_ in ("would", "'d", "’d")
                                                  for c in head.children)
    return lemma in lex.unrealised or would or passive and lemma in lex.unrealised_passive or any(
        c.dep_ == "advmod" and c.lower_ == "yet" for c in head.children)


def time_it_did(tok: Token) -> bool:
    """Whether a cue is what "It is (high, about) time" someone did ("It is time his budget said so"): a wish,
    not a report; not "It is not the first time the Bank has warned that"."""
    if tok.dep_ in ("relcl", "acl"):
        time, be = tok.head, tok.head.head  # "time his budget said so"
    elif tok.dep_ == "ccomp" and tok.head.lemma_ == "be":  # "It is high time the minister explained"
        be = tok.head
        time = next((g for c in be.children for g in (c, *c.children) if g.lower_ == "time"
                     and (g.dep_ == "attr" or c.lower_ == "about" and g.dep_ == "pobj")), None)
    else:
        return False
    return time is not None and time.lower_ == "time" and be.lemma_ == "be" and any(
        c.dep_ == "nsubj" and c.lower_ == "it" for c in be.children) and not any(
        c.dep_ == "neg" for c in be.children) and not any(
        c.dep_ in ("det", "amod", "nummod", "poss") and c.lower_ != "high" for c in time.children)


OWN_EXHIBITS = frozenset({"table", "chart", "graph"})  # "As the chart shows": the article's own


# What one is there to do: "Our job is to tell people what we see", "My task is to explain".
PURPOSES = frozenset({"job", "task", "role", "aim", "goal", "duty", "mission", "purpose", "intention", "ambition"})


def authorial(subj: Token, lex: Lexicon) -> bool:
    """A subject that is the author's own voice: a first-person pronoun, a noun with a first-person possessor
    ("Our analysis shows"), a part of the authors ("many of us thought"), the author's own work ("This paper
    argues", "this letter asks") or one of its exhibits ("Table 2 shows", "Figure 3 suggests")."""
    if subj.lower_ in lex.first_person:
        return True
    kids, lemma = list(subj.children), subj.lemma_.lower()
    work = lemma in lex.own_work or lemma in lex.document_nouns or lemma in lex.exhibits
    if (work or lemma in PURPOSES) and any(c.dep_ == "poss" and c.lower_ in lex.first_person for c in kids):
        return True  # "Our analysis shows", "Our job is to tell people"; not "My learned friend conceded that ..."
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(g.lower_ in lex.first_person for g in c.children)
           for c in kids):
        return True  # "many of us thought", "some of us believe"
    credited = any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "by") for c in kids)  # "This study by X"
    if lemma in lex.own_work and any(c.dep_ == "det" and c.lower_ == "this" for c in kids) and not credited:
        return True
    # "Table 2 shows", "Panel B suggests"; not the article of "A panel of judges said"; and the article's own
    # chart with nothing else said of it ("As the chart shows", "this graph shows"), not one named before
    # ("read from table 4.3 of his own budget. The table shows").
    words = [c.lower_ for c in kids]
    return lemma in lex.exhibits and any((c.like_num or len(c.text) == 1 and c.is_upper) and c.dep_ != "det"
                                         for c in kids) or lemma in OWN_EXHIBITS and (words == ["this"] or (
        words == ["the"] and not any(t.lemma_.lower() == lemma for t in subj.doc[: subj.i])))


# Verbs of a request for anonymity: "who asked not to be named", "declined to be identified".
ANONYMOUS_VERBS = frozenset({"name", "identify", "quote"})


def anonymity(tok: Token) -> bool:
    """Whether a cue only asks not to be named ("a retired engineer who asked not to be named"): a passive
    infinitive of naming as its complement, which reports nothing.

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words = "who asked not to be named".split()
    >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 5, 5, 5, 1],
    ...           deps=["nsubj", "ROOT", "neg", "aux", "auxpass", "xcomp"],
    ...           lemmas=["who", "ask", "not", "to", "be", "name"])
    >>> anonymity(doc[1])
    True
    """
    return any(c.dep_ == "xcomp" and c.lemma_.lower() in ANONYMOUS_VERBS
               and any(g.dep_ == "auxpass" for g in c.children) for c in tok.children)


# What someone does when they speak: a sentence about it may introduce the quote in the next paragraph.
SPEAKING_OCCASIONS = frozenset({"address", "speak", "respond", "reply", "answer", "write", "sum"})
# ... a verb and its particle ("He went on.", "She turned to the cameras."), a manner of speaking ("The minister was
# blunt.", not "was unavailable for comment")
SPEAKING_PARTICLES = {"go": "on", "turn": "to", "carry": "on"}
SPEAKING_MANNERS = frozenset({"blunt", "clear", "emphatic", "defiant", "candid", "frank", "direct", "brief", "terse",
                              "adamant", "unequivocal", "forthright", "scathing", "dismissive", "unapologetic",
                              "succinct", "firm", "categorical", "unrepentant", "effusive", "measured", "cautious"})


def about_speaking(sent: Span, lex: Lexicon) -> bool:
    """Whether a sentence is about someone speaking or writing, so that it may introduce the quote that opens the
    next paragraph: a cue verb not in the passive, a verb of speaking, a manner ("The minister was blunt."), or a
    document ("X released a letter to supporters."); not "Hollins will be sworn in on Jan. 3."."""
    root = sent.root
    lemma = root.lemma_.lower()
    kids = list(root.children)
    # (a cue verb as itself: not "was sworn in", not "continued to lose ground")
    return bool(lex.cue_kind(lemma)) and not any(c.dep_ in ("auxpass", "xcomp") for c in kids) \
        or lemma in SPEAKING_OCCASIONS \
        or any(c.lower_ == SPEAKING_PARTICLES.get(lemma) and c.dep_ in ("prt", "prep", "advmod") for c in kids) \
        or lemma == "be" and any(c.dep_ == "acomp" and c.lower_ in SPEAKING_MANNERS for c in kids) \
        or any(t.lemma_.lower() in lex.document_nouns and root in (t.head, t.head.head) for t in sent)


# Verbs of making a point, in the passive: "The same point is made in Clements", "The argument is put well in".
POINT_VERBS = frozenset({"make", "put", "set", "express", "state", "develop", "articulate", "summarise", "summarize"})
POINT_NOUNS = frozenset({"point", "argument", "principle", "proposition"})
# A sentence that only says where in a source to look: "At paragraph 16.", "Page 212.", "See tab 8, please."
LOCATOR = re.compile(r"(?:at |see |on |from )?(?:the )?(?:page|p\.|pp\.|paragraph|para\.?|tab|line|section|clause|"
                     r"footnote|note)s? [\dIVXivx]+[\w.,–-]*(?:,? (?:please|there|of the (?:judgment|report)))?"
                     r"\s*[.:]?", re.I)


def point_source(root: Token, lex: Lexicon) -> Token | None:
    """Where a sentence says a point is made, when it says so in the passive: the source after "in" ("The same
    point is made in Clements v Clements", "The argument is put well in the Law Commission's report")."""
    subj = next((c for c in root.children if c.dep_ == "nsubjpass"), None)
    if root.lemma_.lower() not in POINT_VERBS or subj is None or (
            subj.lemma_.lower() not in lex.content_nouns | POINT_NOUNS):
        return None
    return next((g for c in root.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
                 if g.dep_ == "pobj"), None)


# Verbs of evidence: after a comma and "which" they tell what the whole clause before shows ("..., which suggests
# investors are prepared to wait"), not what a body said.
EVIDENCE_VERBS = frozenset({"suggest", "indicate", "imply", "mean", "signal"})


def sentential_which(tok: Token) -> bool:
    """Whether a cue of evidence has for subject a "which" that stands for the clause before it.

    >>> from claimscope.api import load
    >>> doc = load()("Shares trade in line with DSV, which suggests investors are prepared to wait.")
    >>> sentential_which(next(t for t in doc if t.lemma_ == "suggest"))
    True
    """
    which = next((c for c in tok.children if c.dep_ == "nsubj" and c.lower_ == "which"), None)
    # ... after a phrase that closes the clause ("in line with DSV, which suggests"), not after a body named as
    # the sentence's subject or object ("Deutsche Bank, which suggests that rates will fall")
    # ... or that tells the reader what to infer ("nearly double the bottom end, which tells you how little")
    inferred = tok.lemma_.lower() == "tell" and any(c.dep_ in ("dative", "dobj") and c.lower_ in ("you", "us")
                                                    for c in tok.children)
    return which is not None and (tok.lemma_.lower() in EVIDENCE_VERBS and tok.head.dep_ == "pobj" or inferred) \
        and which.i > 0 and tok.doc[which.i - 1].text == "," and tok.dep_ == "relcl"

