"""Cues set beside what they report: an "as" aside ("as she put it", "Prices, as X points out, have
halved"), a parenthetical ("The plan, X told reporters, was ..."), and the "as" clauses that are neither
("Whitlow laughed as she said it")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .lexicon import Lexicon


def aside(tok: Token) -> bool:
    """A cue in an "as X VERB," aside, or in one of its infinitives ("as X liked to put it,")."""
    heads = (tok, tok.head) if tok.dep_ == "xcomp" else (tok,)
    # The parser may hang "as" as a preposition when a long subject follows ("As my old instructor, X, used to
    # put it,"): then it opens a clause that modifies another ("As a child, he used to put it away" is none).
    own_clause = any(c.dep_ == "ccomp" for c in tok.children)  # "as a precaution, regulators warned that ..."
    return any(c.lower_ == "as" and c.i < tok.i and (
        c.dep_ == "mark" or (c.dep_ == "prep" and c.i == h.left_edge.i and h.dep_ == "advcl" and not own_clause))
        for h in heads for c in h.children) and not trailing_as(tok) or noun_aside(tok) is not None


def noun_aside(tok: Token) -> Token | None:
    """The source of an "as X VERB," aside whose verb the tagger took for a noun, or None: "As Jones notes[NNS],"
    (parsed as a noun with "Jones" before it, object of "as") and "As Mr Jones notes[NNS]," (a clause of "as" with
    its subject). Only set off by a comma after it, and opening its sentence or a phrase ("As the notes show" is no
    aside)."""
    doc = tok.doc
    if not tok.tag_.startswith("NN") or tok.i + 1 >= len(doc) or doc[tok.i + 1].text != ",":
        return None
    if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ == "as" and c.i == tok.left_edge.i
                                   for c in tok.children):
        return next((c for c in tok.children if c.dep_ == "nsubj"), None) or next(  # ("As Lee[nmod] and Park note,")
            (c for c in tok.children if c.dep_ in ("nmod", "compound") and c.pos_ == "PROPN" and c.i < tok.i), None)
    if tok.dep_ == "conj" and tok.head.dep_ == "pobj" and tok.head.pos_ == "PROPN" and tok.head.head.lower_ == "as":
        # "As Fischer and Obi (2022) observe[NN],": the verb coordinated with the first name
        return tok.head if _opens_phrase(tok.head.head) else None
    if tok.dep_ != "pobj" or tok.head.lower_ != "as" or not _opens_phrase(tok.head):
        return None
    names = [c for c in tok.children if c.dep_ in ("compound", "nmod", "poss") and c.i < tok.i and (
        c.pos_ in ("PROPN", "PRON") or c.ent_type_ in ("PERSON", "ORG"))]
    # "As Jones et al. note": the name, not "et al." beside it
    return names[0] if len(names) > 1 and names[-1].lower_ == "al." else (names[-1] if names else None)


def _opens_phrase(tok: Token) -> bool:
    """Whether a word opens its sentence or a phrase set off by a comma, a dash or a bracket."""
    return tok.i == tok.sent.start or tok.doc[tok.i - 1].text in ",;—–("


def trailing_as(tok: Token) -> bool:
    """An "as" clause after its head with no comma: "while" ("Whitlow laughed as she said it") or "because"
    ("This is unlikely as they said that ..."), not an aside; only a clause of its own is reported."""
    mark = next((c for c in tok.children if c.dep_ == "mark" and c.lower_ == "as"), None)
    return mark is not None and tok.dep_ == "advcl" and tok.head.i < mark.i and not tok.doc[mark.i - 1].is_punct


def aside_reports(tok: Token, lex: Lexicon) -> bool:
    """Whether an aside's verb reports (`as she put it`, `as he told reporters`) rather than narrates
    (`as the Taliban ruled`, `as the party continues to lose ground`): a reporting verb of the aside
    list, with no clause of its own and no object but "it"/"so" or, for tell-like verbs, the addressee."""
    lemma = tok.lemma_.lower()
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if lemma == "find" and subj is not None and (subj.lemma_.lower() in lex.document_nouns or subj.ent_type_ == "ORG"
                                                 or lex.speaker_nouns.get(subj.lemma_.lower()) == "organisation"):
        return True  # "As the inquiry found,", "as the committee found"; not "as police found when they arrived"
    if lemma not in lex.aside_verbs or any(c.dep_ == "xcomp" for c in tok.children):
        return False
    objects = [c for c in tok.children if c.dep_ in ("dobj", "attr", "oprd")]
    return all(o.lower_ in ("it", "so", "this", "much", "more") for o in objects) or lemma in lex.addressee_verbs


def parenthetical(tok: Token, sent: Span) -> bool:
    """A cue set off by commas inside the sentence it reports ("The plan, X told reporters, was ...")."""
    if trailing_reply(tok, sent):
        return True  # "Probably not, the authors write."
    # (or hung as a clause of the main verb that follows it: "When rates fall, X predicts[advcl], prices ...")
    if tok.dep_ not in ("ROOT", "parataxis", "relcl", "dep") and not (tok.dep_ == "advcl" and tok.head.i > tok.i):
        return False
    # "Volunteers, said director Amina Yusuf, now outnumber ...": the subject inverted after the cue
    inverted = tok.i > sent.start and sent.doc[tok.i - 1].text == "," and any(
        c.dep_ == "nsubj" and c.i > tok.i for c in tok.children)
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None)
    if not inverted and (subj is None or subj.lower_ in ("who", "which", "that", "whom")):
        return False  # "a classmate, X, who wrote a novel, ...": a relative clause is no aside
    left = tok.i - 1 if inverted or subj is None else subj.left_edge.i - 1
    if left <= sent.start or sent.doc[left].text != ",":
        return False
    right = next((t.i for t in sent.doc[tok.i + 1: min(sent.end, tok.i + 8)] if t.text == ","), None)
    if right is None:
        return False
    verb = next((t for t in sent.doc[right + 1: sent.end] if t.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return False
    verb = verb.head if verb.dep_ in ("aux", "auxpass") else verb  # "... , he is entitled": the main verb
    own_subject = any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > right for c in verb.children)
    # What comes before the aside is the subject of what follows it: a bare noun phrase ("The plan,"),
    # not an adverbial ("On Tuesday,", "Finally,") or a clause ...
    front = [t for t in sent.doc[sent.start: left] if not (t.is_punct or t.is_space)]
    if front and front[0].pos_ in ("DET", "ADJ", "NOUN", "PROPN", "PRON", "NUM") and not any(
            t.pos_ in ("VERB", "AUX", "SCONJ") and not _in_relative(t, front) for t in front):
        # ... and that verb has no subject but the front ("The plan, X told reporters, was never realistic").
        return not any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i > left for c in verb.children)
    # A comment clause between a subordinate clause and its main clause, with nothing to report of its
    # own ("If it cannot do so, the defence argues, the case fails").
    # The subordinate clause itself may hang on the cue ("When rates fall[advcl of predicts], X predicts, ...").
    bare = not any(c.dep_ in ("ccomp", "xcomp", "dobj", "prep", "advcl") and c.i > left for c in tok.children)
    # ... or inside the main clause, between its subject and verb and its complement ("It was also, colleagues say,
    # an accurate description of ...")
    root = sent.root
    inside = root.i < left and any(c.dep_ in ("nsubj", "nsubjpass", "expl") and c.i < left for c in root.children) \
        and any(c.dep_ in ("attr", "acomp", "dobj", "oprd") and c.i > right for c in root.children)
    return bool(front) and (front[0].pos_ == "SCONJ" and own_subject or inside) and bare


def _in_relative(tok: Token, front: list[Token]) -> bool:
    """Whether a token of a noun phrase stands in a relative clause of it ("Advice that ignores those barriers,
    he warned, risks ..."): its clause hangs on a noun of the phrase."""
    span = range(front[0].i, front[-1].i + 1)
    while tok.dep_ not in ("relcl", "acl") and tok.head.i != tok.i and tok.head.i in span:
        tok = tok.head
    return tok.dep_ in ("relcl", "acl") and tok.head.i in span and tok.head.pos_ in ("NOUN", "PROPN", "PRON")


def appended_source(tok: Token) -> Token | None:
    """The source of a trailing cue the parser left without a subject, having hung the source as an apposition
    to a noun of the clause before ("X has opened a lead in the race to become mayor, a poll[appos of mayor]
    published on Wednesday showed[dep], two days before ..."): that noun phrase's head, set off by a comma."""
    doc = tok.doc
    if tok.tag_ not in ("VBD", "VBZ", "VBP") or tok.dep_ not in ("dep", "conj", "parataxis") or tok.i < 3 or any(
            c.dep_ in ("nsubj", "nsubjpass", "expl") for c in tok.children) or tok.head.i > tok.i:
        return None
    src = next((a for a in (doc[tok.i - 1], *doc[tok.i - 1].ancestors) if a.dep_ == "appos"), None)
    if src is None or src.right_edge.i != tok.i - 1 or src.head.i > src.i or src.pos_ not in ("NOUN", "PROPN"):
        return None
    return src if src.left_edge.i > tok.sent.start + 2 and doc[src.left_edge.i - 1].text == "," else None


def fronted_content(tok: Token, sent: Span) -> Span | None:
    """What a trailing cue reports when the parser made the report's subject a second subject of the cue
    ("The bill passed[acl] by 71 votes, Senate spokesman Yemi Adebayo told reporters"): everything before the
    comma that sets off the cue's own subject, when a subject of the cue stands there too; or what a colon opens
    after a cue the parser hung on it ("One planner put[ccomp] it more bluntly: the liability will ...")."""
    if (src := appended_source(tok)) is not None:
        return sent.doc[sent.start: src.left_edge.i - 1]
    colon = tok.right_edge.i + 1
    finite = tok.tag_ in ("VBD", "VBZ", "VBP") or tok.tag_ == "VBN" and any(c.dep_ == "nsubj" for c in tok.children)
    placed = any(c.dep_ in ("prep", "prt") for c in tok.children)  # "put it to a vote:", "put it on hold:"
    if tok.dep_ in ("ccomp", "parataxis") and finite and not placed and tok.head.i == sent.root.i and \
            tok.i < tok.head.i and \
            colon + 2 < sent.end and sent.doc[colon].text == ":":
        return sent.doc[colon + 1: sent.end]
    subjects = sorted((c for c in tok.children if c.dep_ == "nsubj" or c.dep_ == "dep" and c.pos_ in ("NOUN", "PROPN")
                       and c.i < tok.i), key=lambda c: c.i)  # ... or hung as a bare "dep"
    if tok.dep_ != "ROOT" or len(subjects) < 2 or subjects[-1].i > tok.i or subjects[-1].dep_ != "nsubj":
        return None
    comma = subjects[-1].left_edge.i - 1
    if comma <= sent.start or sent.doc[comma].text != "," or subjects[0].right_edge.i >= comma:
        return None
    # ... and the front is a report of its own: a verb in it, not a fronted phrase ("The plan, she said")
    if not any(t.pos_ in ("VERB", "AUX") for t in sent.doc[sent.start: comma]):
        return None
    return sent.doc[sent.start: comma]


def _subject_before(tok: Token) -> Token | None:
    """A trailing cue's own subject, before it ("..., Dr. Okonkwo says.")."""
    return next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)


def trailing_cue_clause(clause: Token, tok: Token) -> bool:
    """Whether a content clause, whatever the tagger made of its verb, comes before a trailing cue and the
    cue's subject after a comma ("Strength training and adequate protein help[NN], Dr. Okonkwo says.")."""
    subj = _subject_before(tok)
    # (an adverbial clause only with no mark and the cue ending the sentence: "Sleep[advcl] and exercise matter, Dr.
    # Patel says."; not "When we left, he says, ...", "When I put this to her, she laughed.", "Asked about it, she
    # laughed.")
    adverbial = clause.dep_ == "advcl" and not any(c.dep_ == "mark" for c in clause.children) and all(
        t.is_punct for t in tok.doc[tok.i + 1: tok.sent.end]) and clause.left_edge.tag_ not in ("WRB", "IN", "VBN",
                                                                                              "VBG")
    return tok.dep_ == "ROOT" and (clause.dep_ == "ccomp" or adverbial) and subj is not None and clause.i < subj.i \
        and clause.right_edge.i + 1 == subj.left_edge.i - 1 and tok.doc[subj.left_edge.i - 1].text == ","


def trailing_advcl_cue(tok: Token) -> bool:
    """Whether a cue the parser hung as an adverbial clause of what it reports trails it after a comma, with at
    most a short object before the sentence's or the clause's end ("It was cut in the late 1970s, largely by hand,
    Levan told me; before then ...")."""
    doc = tok.doc
    subj = _subject_before(tok)
    end = max(t.i for t in tok.subtree if not t.is_punct) + 1
    return tok.dep_ == "advcl" and tok.head.i < tok.i and subj is not None and not any(
        c.dep_ == "mark" for c in tok.children) and doc[subj.left_edge.i - 1].text == "," and end - tok.i <= 4 and (
        end >= tok.sent.end or doc[end].text in (";", ".", "!", ":"))


def set_off(tok: Token) -> bool:
    """Whether a clause stands between commas inside its sentence ("Agriculture, he told the audience, still
    consumes"): a parenthetical cue the parser hung before the clause it interrupts."""
    doc, right = tok.doc, tok.right_edge.i + (tok.right_edge.text != ",")  # the closing comma, its own or not
    left = min((c.left_edge.i for c in tok.children if c.dep_ == "nsubj"), default=tok.left_edge.i)
    return tok.sent.start + 1 < left and doc[left - 1].text == "," and doc[right].text == "," and tok.head.i > right


# Words of a short reply: "Probably not", "Not yet", "Absolutely"; not "Unsurprisingly" or "Once inside".
REPLY_WORDS = frozenset({"yes", "no", "not", "never", "yet", "probably", "perhaps", "maybe", "possibly", "hardly",
                         "absolutely", "certainly", "definitely", "surely", "indeed", "exactly", "of", "course",
                         "unlikely", "likely", "sure", "nope", "yeah", "right", "true", "false", "both", "neither"})


def trailing_reply(tok: Token, sent: Span) -> bool:
    """Whether a cue trails a short reply with no verb of its own ("Probably not, the authors write.", "Not yet, she
    said."): the reply is what it reports, and its "not" is the reply's."""
    subj = _subject_before(tok)
    if subj is None or tok.dep_ != "ROOT":
        return False
    comma = subj.left_edge.i - 1
    front = sent.doc[sent.start: comma]
    return comma > sent.start and sent.doc[comma].text == "," and len(front) <= 4 and all(
        t.lower_ in REPLY_WORDS for t in front) and all(
        t.is_punct for t in sent.doc[tok.i + 1: sent.end])
