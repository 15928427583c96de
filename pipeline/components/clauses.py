"""That-clauses the parser misplaced: hung as a relative clause on a noun, headed by a number, or reported by a
verb the tagger took for a noun."""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Span, Token

from .util import subtree_span


def that_clause(tok: Token, deps: tuple[str, ...] = ("ccomp", "advcl")) -> Token | None:
    """A finite clause with "that" hung on a token: "conceded that the policy ...", "told them that ...".

    The parser may take the clause's verb for a noun ("shown that their presence changes[NNS]").
    """
    return next((c for c in tok.children if c.dep_ in deps and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)


def relative_that_clause(head: Token) -> Token | None:
    """A that-clause with a subject of its own that the parser took for a relative clause on `head` ("told
    the households that they must leave", "testified before the tribunal that no ... were prescribed", "found
    in a survey of settings that one in four expected to close")."""
    return next((h for h in head.children if h.dep_ == "relcl" and h.left_edge.lower_ == "that" and (
        _own_subject(h) or h.left_edge.i == h.i - 1 and _clause_on_number(h))), None)


# Verbs of a relative clause that only says who heard it: "would tell anyone who listened that ...".
HEARING_VERBS = frozenset({"listen", "hear", "ask", "care"})


def told_past_listeners(obj: Token) -> Token | None:
    """A that-clause the parser hung on a relative clause on the one told, about who heard it ("She would tell
    anyone who listened that we would all go to university", "told everyone who asked that the plant was safe")."""
    return next((c for h in obj.children if h.dep_ == "relcl" and h.lemma_.lower() in HEARING_VERBS
                 for c in h.children if c.dep_ == "ccomp" and c.i > h.i and any(
                     m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)


def _own_subject(verb: Token) -> bool:
    """Whether a clause has a subject other than a relative pronoun, on its verb or on its auxiliary ("that three
    of the five accounts were missing")."""
    return any(x.dep_ in ("nsubj", "nsubjpass") and x.lower_ not in ("that", "which") and (
        x.head.i == verb.i or x.head.dep_ in ("aux", "auxpass") and x.head.head.i == verb.i) for x in verb.subtree)


def _clause_on_number(num: Token) -> bool:
    """Whether a number opening on "that" heads a clause, a verb following it ("that one in four expected to
    close"), whatever the parser hung it on."""
    return num.pos_ == "NUM" and num.left_edge.lower_ == "that" and any(
        t.pos_ in ("VERB", "AUX") for t in num.subtree if t.i > num.i)


def noun_verb(tok: Token) -> bool:
    """A verb the tagger took for a plural noun after its subject, itself taken for a modifier: "Its latest
    paper claims[NNS] that ...", "The report warns[NNS] that ..." (the root, a noun before it, a that-clause); or
    a verb with that noun hung on it as a modifier and no subject ("Their paper[compound] reports[VBZ] that").

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> words, heads = "Their paper reports that light harms sleep".split(), [2, 2, 2, 5, 5, 2, 5]
    >>> deps = ["poss", "compound", "ROOT", "mark", "nsubj", "ccomp", "dobj"]
    >>> def parsed(tag):
    ...     return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps,
    ...                tags=["PRP$", "NN", tag, "IN", "NN", "VBZ", "NN"])
    >>> noun_verb(parsed("VBZ")[2]), noun_verb(parsed("NNS")[2]), noun_verb(parsed("VB")[2])
    (True, True, False)
    """
    finite = tok.tag_ in ("VBZ", "VBP", "VBD") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)
    return tok.dep_ == "ROOT" and (tok.tag_ == "NNS" or finite) and any(
        c.dep_ in ("compound", "nmod") and c.i < tok.i for c in tok.children) and noun_verb_clause(tok) is not None


def noun_verb_clause(tok: Token) -> Token | None:
    """The clause such a verb reports: with "that", or a quoted one with its own subject ("The U.S.
    Department of Agriculture notes[NNS], “Ground-level ozone causes ...”")."""
    return that_clause(tok, ("acl", "relcl", "ccomp")) or next(
        (c for c in tok.children if c.dep_ == "ccomp" and any(g.dep_ == "nsubj" for g in c.children)), None)


def that_numeral(clause: Token, cue: Token) -> bool:
    """Whether a complement the parser headed by a number opening on "that" is a clause: "found that one in
    four expected to close" ("that" taken for the number's determiner), right after the cue or its
    prepositional phrases ("found in a survey of 9,000 settings that")."""
    if clause.dep_ != "ccomp" or clause.i < cue.i or not _clause_on_number(clause):
        return False
    edge = clause.left_edge
    between = {t.i for c in cue.children if c.dep_ == "prep" and cue.i < c.i < edge.i for t in c.subtree}
    return set(range(cue.i + 1, edge.i)) <= between


RELATIVE_WORDS = frozenset({"that", "which", "who", "whom", "whose", "where", "when", "why"})


def told_clause(tok: Token) -> Token | None:
    """The object of a cue told to someone that is a clause's subject, its verb taken for a relative clause on it:
    "she told us the winters there were the worst of her life" (no relative word: "the winters ... were"); not
    "told us the story that she knew"."""
    if not any(c.dep_ == "dative" for c in tok.children):
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
    verb = next((r for r in obj.children if r.dep_ == "relcl" and r.i > obj.i), None) if obj is not None else None
    if verb is None or verb.tag_ not in ("VBD", "VBZ", "VBP", "MD") and not any(
            a.dep_ == "aux" and a.tag_ in ("VBD", "VBZ", "VBP", "MD") for a in verb.children):
        return None
    return None if any(t.lower_ in RELATIVE_WORDS for t in verb.subtree if t.i < verb.i) else obj


def conjunct_verb(tok: Token) -> Token | None:
    """The that-clause of a verb the tagger took for a plural noun joined to the object before it: "Solvang gathers
    her coat and mentions[NNS], almost as an afterthought, that she leaves next week" (the clause hangs on the
    first verb); None otherwise."""
    if tok.tag_ != "NNS" or tok.dep_ != "conj" or not any(c.dep_ == "cc" and c.lower_ == "and" and c.i < tok.i
                                                           for c in tok.head.children):
        return None
    verb = tok.head.head
    if tok.head.dep_ != "dobj" or verb.pos_ not in ("VERB", "AUX"):
        return None
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.i > tok.i and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)


def fragment_verb(tok: Token) -> bool:
    """A past tense the parser hung as a participle on a noun before it, leaving a noun the root:
    "My learned friend, Ms Halcrow, conceded[acl] before the judge that ...", "The Institute, a think
    tank, estimated[acl] in a paper that ...", and a participle hung on such a root ("Ahmed (2012) observed
    story telling classes, concluding[advcl] that ..."). With a that-clause of its own it is the main verb, and
    right after an apposition's comma with a gerund ("X, a student, described[acl] being forced to ...")."""
    gerund = tok.i > 0 and tok.doc[tok.i - 1].text == "," and tok.tag_ in ("VBN", "VBD") and any(
        c.dep_ == "xcomp" and (c.tag_ == "VBG" or any(g.tag_ == "VBG" and g.dep_ in ("aux", "auxpass")
                                                      for g in c.children)) for c in tok.children)
    return (tok.dep_ == "acl" or tok.dep_ == "advcl" and tok.head.i == tok.sent.root.i) \
        and tok.sent.root.pos_ in ("NOUN", "PROPN") and (that_clause(tok) is not None or stranded_that(tok) or any(
            relative_that_clause(g) is not None for c in tok.children if c.dep_ == "prep" for g in c.subtree
            if g.dep_ == "pobj") or gerund)  # "..., found in a survey of 9,000 settings that one in four ..."


def stranded_in_relative(tok: Token) -> bool:
    """The main verb the parser hung inside a relative clause on the subject, leaving the subject noun the root:
    "A 2022 study that activists love to quote estimated[xcomp] that ..." (a past or present tense as an
    infinitive's complement, with a that-clause of its own), "A study that the company funded claimed[relcl]
    that ..."."""
    root = tok.sent.root
    if tok.dep_ == "relcl" and tok.head.i == root.i and root.pos_ in ("NOUN", "PROPN") and that_clause(tok) \
            and any(c.dep_ == "dobj" and c.lower_ in ("that", "which") and c.i < tok.i for c in tok.children):
        return True  # "A study that the company funded claimed that ...": no verb has both a relative object and
        # a that-clause; the relative clause ends before the cue
    # ("to" may hang on it when the infinitive between was taken for an interjection: "love to quote[intj]")
    if tok.dep_ != "xcomp" or tok.tag_ not in ("VBD", "VBZ", "VBN") or root.pos_ not in ("NOUN", "PROPN") or any(
            c.dep_ in ("aux", "auxpass") and (c.lower_ != "to" or c.i == tok.i - 1) for c in tok.children) \
            or that_clause(tok) is None:
        return False
    head = tok.head
    while head.dep_ == "xcomp" and head.i != head.head.i:
        head = head.head
    return head.dep_ == "relcl" and head.head.i == root.i


# Nouns that take a plural verb in their singular form: "data show".
PLURAL_DATA = frozenset({"data", "statistics"})


def trailing_participle(tok: Token) -> Token | None:
    """The subject of a cue closing its sentence after a comma that the parser hung as a participle on the noun
    before it: "Exports fell by a third, a World Bank study found[acl] in March." (not "cited a study found in
    the archive", where the noun is an object): the noun; None otherwise."""
    noun, sent = tok.head, tok.sent
    if noun.dep_ not in ("npadvmod", "appos") or noun.head.i != sent.root.i or sent.root.pos_ not in ("VERB", "AUX") \
            or noun.left_edge.i == 0 or tok.doc[noun.left_edge.i - 1].text != "," or noun.i > tok.i:
        return None
    rest = tok.doc[tok.right_edge.i + 1: sent.end]
    free = all(c.dep_ in ("prep", "advmod", "npadvmod", "punct") for c in tok.children)
    return noun if free and all(t.is_punct or t.is_space for t in rest) else None


def trailing_noun_verb(tok: Token) -> Token | None:
    """The subject of a cue the tagger took for a plural noun closing its sentence after a comma: "..., the paper
    states[NNS]." (read as "the paper states", a noun phrase): the noun before it; None otherwise."""
    doc = tok.doc
    if tok.dep_ == "acl" and tok.tag_ in ("VBN", "VBD"):
        return trailing_participle(tok)
    if tok.tag_ not in ("NNS", "NN") or tok.i + 1 >= len(doc) or doc[tok.i + 1].text not in (".", "!") \
            or not doc[tok.i + 1].is_sent_end:
        return None
    noun = next((c for c in tok.children if c.dep_ == "compound" and c.i == tok.i - 1 and c.tag_ in ("NN", "NNP")
                 + (("NNS",) if tok.tag_ == "NN" else ())), None)
    # where its own noun phrase starts, whatever else the parser hung on it
    start = min((c.left_edge.i for c in tok.children if c.i < tok.i and c.dep_ in ("compound", "amod", "det", "poss")),
                default=tok.i)
    # ... or a plural noun's bare verb taken for a singular noun: "..., Eurostat data show[NN]."
    plural = tok.tag_ == "NNS" or noun is not None and (noun.tag_ == "NNS" or noun.lower_ in PLURAL_DATA)
    return noun if noun is not None and plural and start > 0 and doc[start - 1].text == "," and (
        doc[start].dep_ in ("det", "poss") or tok.tag_ == "NN") else None


def colon_after(tok: Token, sent: Span) -> Token | None:
    """The colon that closes a cue word's phrase ("... read:", "His verdict on the project:"): the first colon
    after it, with only words of its own phrase and no verb between; None otherwise."""
    doc = sent.doc
    for t in doc[tok.i + 1: sent.end]:
        if t.text == ":":
            return t
        if t.pos_ in ("VERB", "AUX") or not tok.left_edge.i <= t.i <= tok.right_edge.i:
            return None
    return None


def statement_opening(tok: Token, sent: Span, statement_nouns: frozenset[str]) -> bool:
    """Whether a statement noun's phrase ends on a colon ("His verdict on the project:", "Her answer:")."""
    return tok.lemma_.lower() in statement_nouns and tok.pos_ == "NOUN" and colon_after(tok, sent) is not None


def sequence_subject(tok: Token) -> Token | None:
    """The subject of a clause the parser hung before a verb as its content, when "then" joins them: "He
    paused, then added: ..." ("paused" a ccomp of "added")."""
    first = next((c for c in tok.children if c.dep_ == "ccomp" and c.i < tok.i), None)
    if first is None or not any(c.dep_ == "advmod" and c.lower_ == "then" and first.i < c.i < tok.i
                                for c in tok.children):
        return None
    return next((c for c in first.children if c.dep_ == "nsubj"), None)


def cleft_clause(cue: Token) -> Token | None:
    """The clause a pseudo-cleft gives as what was said: "What the minister said was that the deal is dead" (the
    cue the subject of "be", the clause its complement); None for a cue in any other subject ("What he said
    shocked the room", "Whatever he said worked")."""
    if cue.dep_ != "csubj" or cue.head.lemma_ != "be":
        return None
    return next((c for c in cue.head.children if c.dep_ in ("ccomp", "attr") and c.i > cue.head.i and (
        c.pos_ in ("VERB", "AUX") or any(m.dep_ == "mark" for m in c.children))), None)


def clause_after_colon(noun: Token) -> Token | None:
    """The clause a noun's colon opens right after its phrase ("made a related point: remote workers were less
    productive"): the head of what follows the colon, when it is a clause with a verb and a subject; None otherwise."""
    doc, sent = noun.doc, noun.sent
    colon = noun.right_edge.i + 1
    if colon >= sent.end - 2 or doc[colon].text != ":":
        return None
    after = doc[colon + 1: sent.end]
    head = next((t for t in after if not colon < t.head.i < sent.end or t.head.i == t.i), None)
    return head if head is not None and head.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in head.children) else None


# Words between a cue and a "that" that make the "that" another's: "so loudly that", "such a fuss that", "the
# only one who ...", "because ...".
NOT_THE_CUES = frozenset({"so", "such", "which", "who", "whom", "whose", "because", "if", "when", "while", "than",
                          "given", "provided", "providing", "assuming", "now", "except", "considering", "seeing"})


def stranded_that(tok: Token, nouns: Container[str] = ()) -> Span | None:
    """A that-clause the parser hung far from its cue, with only the cue's own phrases between them (a noun among
    them heads it only when it is one of `nouns`, things said or written: "in a report that ..."):
    "Historians have claimed for decades that ... made[csubj]", "It was noted by the expert, Mr Tobias Wren,
    that the fan ... had been disconnected[acl]", "X calculated in a report published on Monday that ...".

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words="He claimed for years that rules made it worse".split(),
    ...           heads=[1, 1, 1, 2, 6, 6, 8, 8, 1], deps=["nsubj", "ROOT", "prep", "pobj", "mark", "nsubj",
    ...           "csubj", "nsubj", "conj"], tags=["PRP", "VBD", "IN", "NNS", "IN", "NNS", "VBD", "PRP", "JJR"])
    >>> stranded_that(doc[1]).text
    'that rules made'
    """
    sent = tok.sent
    mark = next((t for t in sent[tok.i - sent.start + 1:] if t.lower_ == "that"), None)
    if mark is None or mark.dep_ != "mark" or mark.tag_ != "IN" or mark.head.i < mark.i:
        return None
    clause = mark.head
    between = tok.doc[tok.i + 1: mark.i]
    if nouns and clause.dep_ in ("acl", "relcl") and between.start <= clause.head.i < between.end and \
            clause.head.pos_ == "NOUN" and clause.head.lemma_.lower() not in nouns:
        return None  # not a noun's own clause ("encourages the impression that it speaks")
    if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.lower_ in NOT_THE_CUES or t.text in (";", ":", "—")
           for t in between) or tok.lower_ in NOT_THE_CUES or clause.head.i == tok.i or tok.i in {
            a.i for a in clause.ancestors} and clause.dep_ == "ccomp" or not any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children):
        return None
    return tok.doc[mark.i: clause.right_edge.i + 1]


def addressee_clause(tok: Token) -> Token | None:
    """A that-clause the parser hung on the one a cue is addressed to ("wrote to a colleague that[mark] the theory
    was sound", "complained to the council that ..."); not a relative clause on it ("wrote to a colleague that
    she trusted": "that" is the clause's object, not its mark)."""
    addressed = [o for p in tok.children if p.dep_ == "prep" and p.lower_ == "to" and p.i > tok.i
                 for o in p.children if o.dep_ == "pobj"]
    return next((c for o in addressed if (c := that_clause(o, ("acl",)) or relative_that_clause(o)) is not None), None)


def relative_content(tok: Token) -> Span | None:
    """What a cue in a relative clause reports when the parser hung it elsewhere: "the title, which Brennan has
    said in interviews | was chosen late" (the relative pronoun is its subject); or a that-clause hung on the one
    it is addressed to."""
    if (addressed := addressee_clause(tok)) is not None:
        return subtree_span(addressed)
    doc = tok.doc
    after = tok.right_edge.i + 1
    if tok.dep_ != "relcl" or after >= len(doc) or doc[after].tag_ not in ("VBD", "VBZ", "VBP", "MD") or not any(
            c.dep_ == "dobj" and c.lower_ in ("which", "that") and c.i < tok.i for c in tok.children):
        return None
    verb = doc[after].head if doc[after].dep_ in ("aux", "auxpass") else doc[after]
    return subtree_span(verb) if verb.left_edge.i == after else None


def whose_antecedent(subj: Token) -> Token | None:
    """The one a relative "whose" clause describes, when the parser took the clause's own subject for the main
    verb's: "Dana Whitfield of Georgetown, whose own work came out last spring, told me" (Whitfield, not "work").

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words="Ann of Yale , whose work came out , told me".split(),
    ...           heads=[6, 0, 1, 0, 5, 6, 6, 6, 6, 6, 9], deps=["nsubj", "prep", "pobj", "punct", "poss", "nsubj",
    ...           "ROOT", "prt", "punct", "conj", "dobj"], pos=["PROPN"] + ["X"] * 10)
    >>> whose_antecedent(doc[5]).text
    'Ann'
    """
    whose = next((c for c in subj.children if c.dep_ == "poss" and c.lower_ == "whose"), None)
    if whose is None or whose.i < 2 or subj.doc[whose.i - 1].text != ",":
        return None
    before = subj.doc[whose.i - 2]
    if before.text == ")":  # "Kearl et al. (1979), whose survey of economists found that ...": the cited authors
        opening = next((t for t in reversed(subj.doc[max(0, before.i - 8): before.i]) if t.text == "("), None)
        before = subj.doc[opening.i - 1] if opening is not None and opening.i > 0 else before
    while before.dep_ in ("pobj", "prep", "compound", "appos") and before.head.i < before.i:
        before = before.head
    return before if before.pos_ in ("PROPN", "NOUN") else None


def past_label(subj: Token) -> Token | None:
    """The subject after a transcript's label and a vocative the parser hung them on: "Q: Mayor, the Chamber of
    Commerce said last week that ..." (the Chamber, not "Q" nor the mayor addressed).

    >>> import spacy
    >>> from spacy.tokens import Doc
    >>> doc = Doc(spacy.blank("en").vocab, words="Q : Mayor , the Chamber said so".split(),
    ...           heads=[6, 0, 0, 2, 5, 2, 6, 6],
    ...           deps=["nsubj", "punct", "appos", "punct", "det", "appos", "ROOT", "advmod"])
    >>> past_label(doc[0]).text
    'Chamber'
    """
    doc = subj.doc
    if subj.i != subj.sent.start or subj.i + 1 >= len(doc) or doc[subj.i + 1].text != ":":
        return None
    after = next((c for c in subj.children if c.dep_ == "appos" and c.i > subj.i + 1), None)
    while after is not None and after.i + 1 < len(doc) and doc[after.i + 1].text == ",":  # a vocative first
        addressed = after
        after = next((c for c in after.children if c.dep_ == "appos" and c.i > after.i + 1), None)
        if after is None:
            return addressed
    return after


# "The mayor took the opportunity to remind voters that": an occasion taken, so words were said.
OCCASION_NOUNS = frozenset({"opportunity", "occasion", "chance", "moment", "time"})
OCCASION_TAKERS = frozenset({"take", "use", "seize", "grasp", "grab"})


def infinitive_of_occasion(tok: Token) -> bool:
    """Whether a verb is the to-infinitive of an occasion someone took ("took the opportunity to remind", "used
    the occasion to warn"); not one merely had ("had the chance to explain")."""
    return tok.dep_ == "acl" and tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) \
        and tok.head.lemma_.lower() in OCCASION_NOUNS and tok.head.dep_ == "dobj" \
        and tok.head.head.lemma_.lower() in OCCASION_TAKERS
