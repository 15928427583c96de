"""Syntax tests on the dependency parse that cue finding is built from: subjects, passives, content clauses."""

from __future__ import annotations

from spacy.tokens import Span, Token

from .acts import judged_as, speech_act
from .asides import (
    aside,
    aside_reports,
    fronted_content,
    noun_aside,
    parenthetical,
    set_off,
    trailing_advcl_cue,
    trailing_as,
    trailing_cue_clause,
)
from .citations import citation, cited_source, misattached_subject, year_cited
from .clauses import (
    cleft_clause,
    conjunct_verb,
    fragment_verb,
    infinitive_of_occasion,
    noun_verb,
    noun_verb_clause,
    past_label,
    relative_content,
    relative_that_clause,
    sequence_subject,
    stranded_that,
    that_clause,
    that_numeral,
    told_clause,
    told_past_listeners,
    trailing_noun_verb,
    whose_antecedent,
)
from .content_tests import SUBJECTS, adverbial, interjected, not_content, result_clause, subjectless_modal
from .lexicon import Lexicon
from .phrases import a_work, agent, stand_in_content
from .util import span_text, subtree_span

REFLEXIVES = frozenset({"himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself"})
# Verbs whose object does what a bare infinitive after it says ("heard him say", "saw the mayor tell").
PERCEPTION_VERBS = frozenset({"hear", "overhear", "see", "watch"})

# Prepositions whose gerund shares the subject of the verb it modifies ("without saying" denies instead).
GERUND_PREPOSITIONS = frozenset({"by", "after", "before", "while", "in", "on", "upon"})


# Adjectives of a habit of speech before "of" and a gerund: "was fond of saying", "is fond of quoting".
HABIT_ADJECTIVES = frozenset({"fond", "tired", "weary", "guilty", "proud"})
# Verbs whose object did what they were made to ("prompted me to report", "forced him to admit"); not "urged X to".
MADE_TO = frozenset({"prompt", "force", "compel", "lead", "cause", "drive", "push", "oblige", "move", "inspire"})
READY_ADJECTIVES = frozenset({"quick", "swift", "keen", "eager", "careful", "anxious", "willing", "ready", "quicker",
                              "reluctant", "determined", "prepared", "happy", "glad", "pleased", "surprised", "shocked",
                              "sad", "sorry", "astonished", "amazed", "relieved", "disappointed", "right", "wrong",
                              "correct", "mistaken", "wise", "unwise", "foolish", "brave"})  # ("was right to warn")


def subject(tok: Token) -> Token | None:
    """The subject of a verb, inherited through conjunction and xcomp chains."""
    seen = 0
    if (noun := trailing_noun_verb(tok)) is not None:
        return noun
    if conjunct_verb(tok) is not None:
        tok, seen = tok.head.head, 1  # "Solvang gathers her coat and mentions[NNS] ... that": the first verb's
    while seen < 6:
        # The subject nearest before the verb: "Prices, as X points out, have halved" hangs both on it.
        subjects = [c for c in tok.children if c.dep_ in SUBJECTS and (not c.is_punct or c.text == "%")]  # "41% said"
        marks = [m for m in map(citation, subjects) if m is not None]
        if marks:
            subjects = [c for c in subjects if citation(c) is None]
            source = cited_source(marks[0]) if not subjects else None
            if source is not None:
                return source
        subj = max((c for c in subjects if c.i < tok.i), key=lambda c: c.i, default=subjects[0] if subjects else None)
        if subj is not None and subj.tag_ == "VBG":  # "Lord Dennison, concurring, adds that": who concurs
            subj = next((c for c in subj.children if c.dep_ == "nsubj"), subj)
        if subj is not None and subj.i < tok.i and tok.i > 0 and tok.doc[tok.i - 1].text == ",":
            # "Institutional recipients, said Mauer, are required": the inverted subject after the verb
            subj = next((c for c in subjects if c.i > tok.i), subj)
        if subj is None and tok.tag_ == "VB" and tok.dep_ in ("conj", "ccomp", "xcomp") \
                and tok.head.lemma_.lower() in PERCEPTION_VERBS:
            # "You will hear the counsel say that ...": who is heard saying it.
            subj = next((c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i), None)
        if subj is None:
            subj = agent(tok)
        if subj is None and not seen:
            subj = sequence_subject(tok)
        if subj is not None:
            if subj.lower_ == "it" and (subj.dep_ == "nsubjpass" or seen and any(
                    c.dep_ == "acomp" and c.lower_ not in READY_ADJECTIVES for c in tok.children)):
                return None  # "It is said", "It is easy to blame the manager": no one's act
            return (whose_antecedent(subj) if seen else None) or past_label(subj) or subj  # (inherited: "X, whose ...")
        # "X said and added", "X wants to say", "X, saying ...", "X had come to acknowledge that ..."
        infinitive = tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        # "He paused, then added: ...": the cue, a second verb the parser left unattached, shares the first's
        # subject (not a verb the cue hangs on: "Inflation eased, then accelerated, suggesting ...")
        joined = not seen and tok.dep_ == "dep" and tok.tag_ in ("VBD", "VBZ") and tok.head.tag_ == tok.tag_ \
            and tok.head.i < tok.i
        # ... "X was quick to deny", "Officials were keen to stress that": through an adjective of readiness
        ready = seen and tok.dep_ == "acomp" and tok.lower_ in READY_ADJECTIVES
        if infinitive_of_occasion(tok):
            tok, seen = tok.head.head, seen + 1
            continue
        # "Last week's letters prompt me to report that", "urged officials to say that": the one prompted speaks
        prompted = next((c for c in tok.head.children if c.dep_ == "dobj" and c.i < tok.i and (c.pos_ in (
            "PRON", "PROPN") or c.tag_ == "NNS")), None) if tok.dep_ == "xcomp" and any(  # people, not "the occasion",
            a.lower_ == "to" for a in tok.children) and tok.head.lemma_.lower() in MADE_TO else None  # made to
        if prompted is not None and prompted.lower_ not in ("it", "this", "that"):
            return prompted
        if (tok.dep_ in ("conj", "xcomp") or (tok.dep_ == "advcl" and tok.tag_ == "VBG") or infinitive or joined
                or ready) and tok.head.i != tok.i:
            tok = tok.head
            seen += 1
            continue
        # "X began by asserting that ...", "X left after saying that ...": a gerund under a preposition.
        if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ in GERUND_PREPOSITIONS \
                and tok.head.head.pos_ in ("VERB", "AUX"):
            tok = tok.head.head
            seen += 1
            continue
        if tok.dep_ == "pcomp" and tok.tag_ == "VBG" and tok.head.lower_ == "of" and tok.head.head.dep_ == "acomp" \
                and tok.head.head.lower_ in HABIT_ADJECTIVES:
            tok = tok.head.head.head  # "X was fond of saying that ...", "she is given to remarking"
            seen += 1
            continue
        return misattached_subject(tok)
    return None


def source_by_prep(tok: Token, lex: Lexicon) -> Token | None:
    """The source a passive cue names with a preposition ("a quote attributed to Einstein")."""
    prep = lex.source_preps.get(tok.lemma_.lower())
    return next((g for c in tok.children if prep and c.dep_ in ("prep", "agent", "dative") and c.lower_ == prep
                 for g in c.children if g.dep_ == "pobj"), None)


def is_passive(tok: Token) -> bool:
    """A passive verb: marked so by the parse, or a participle after a form of "be" ("are accused")."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) or (
        tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in tok.children))


# Punctuation that sets a word off as an aside.
SET_OFF = frozenset({",", "—", "–", "-", "--"})


# Verbs of reading: a cue for what a text reads ("The statement read: ..."), not for a reader of the papers.
READING_VERBS = frozenset({"read"})


def is_cue_verb(tok: Token, lex: Lexicon) -> bool:
    """A reporting verb as used: not a bare participle modifying a noun ("the taxes requested"), and
    with its particle when the lexicon asks for one ("point out", not "point to")."""
    # A root with a subject is a verb whatever its tag ("Data from the census show[NN] the city is ...").
    doc = tok.doc
    if tok.lower_ == "say" and 0 < tok.i < len(doc) - 2 and doc[tok.i - 1].text in SET_OFF \
            and doc[tok.i + 1].text in SET_OFF and doc[tok.i + 2].lower_ not in ("however", "though", "that") \
            and not any(c.dep_ == "ccomp" and any(m.lower_ == "that" for m in c.children) for c in tok.children):
        return False  # "some jobs — firefighting, say — are", "a town, say, Ashford": "for example"
    rooted = tok.dep_ == "ROOT" and any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children) or noun_verb(tok) \
        or conjunct_verb(tok) is not None or trailing_noun_verb(tok) is not None or noun_aside(tok) is not None
    if not (tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB") or rooted):
        return False
    if tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod", "relcl", "advcl") and tok.lemma_ not in lex.source_preps \
            and not any(c.dep_ in ("aux", "auxpass") for c in tok.children) and not fragment_verb(tok) \
            and trailing_noun_verb(tok) is None and not aside(tok):  # "As one reviewer put[VBN] it,"
        return False
    if tok.lemma_.lower() in READING_VERBS and any(c.dep_ == "dobj" and (
            c.lemma_.lower() in lex.works or lex.speaker_nouns.get(c.lemma_.lower()) == "media") for c in tok.children):
        return False  # "residents read the newspapers", "she reads a novel a week": reading, not words given
    particles = lex.phrasal.get(tok.lemma_)
    if particles and not any(c.dep_ == "prt" and c.lower_ in particles for c in tok.children) or any(
            c.dep_ in ("prt", "advmod") and c.lower_ in lex.unphrasal.get(tok.lemma_, ()) for c in tok.children):
        return False
    objects = lex.required_objects.get(tok.lemma_.lower())
    # "as she put it"; and "The same poll put the race at 44 percent", a document's object. A clause of its
    # own reports without one ("a stanza that expresses how you feel").
    objects = objects if objects and not any(c.dep_ == "ccomp" for c in tok.children) else None
    alone = tok.lemma_.lower() in lex.intransitive_acts and not any(c.dep_ in ("dobj", "ccomp") for c in tok.children)
    return not objects or alone or any(c.dep_ == "dobj" and c.lower_ in objects for c in tok.children) or (
        tok.lemma_.lower() in lex.document_object_cues and by_document(tok, lex))


def content_of(tok: Token, kind: str, lex: Lexicon, sent: Span) -> tuple[Span, str] | None:
    """What a cue reports, and how: (span, construction), the construction being `clause`, `aside`,
    `parenthetical`, `frame` (the cue hangs on what it reports), `speech_act` or `colon`; for a speech act, a
    propositional object.

    "said that ...", "“...,” he said", "accused Pakistan of ...", "rejected the allegations",
    "urged Islamabad to ...", "Prices, said Mauer, will rise" and "As Heald told the Post, ...".
    """
    if aside(tok):
        return (sent, "aside") if aside_reports(tok, lex) else None
    if trailing_as(tok):
        clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
        return (subtree_span(clause), "clause") if clause is not None else None
    if result_clause(tok):
        return None
    if (tok.dep_ == "csubj" or tok.dep_ == "ROOT" and tok.left_edge.i == tok.sent.start) and any(
            c.dep_ in ("dobj", "dative") and c.lower_ in ("what", "whatever") and c.i == tok.left_edge.i
            for c in tok.children):  # "What the minister said was that ..."; not "What he said shocked the room"
        return (subtree_span(clause), "clause") if (clause := cleft_clause(tok)) is not None else None
    if noun_verb(tok):
        return subtree_span(noun_verb_clause(tok)), "clause"
    for c in tok.children:
        # A clause whatever the tagger made of its verb ("shown that their presence changes[NNS]", "said the
        # branches were "underused[JJ]"").
        verb = c.pos_ in ("VERB", "AUX") or (c.dep_ == "ccomp" and any(
            (m.dep_ == "mark" and m.lower_ in ("that", "whether"))  # ("asked whether a wedding counts[NNS]")
            or (m.dep_ in ("nsubj", "nsubjpass") and m.lower_ not in REFLEXIVES)  # not "found himself unable to"
            for m in c.children) or that_numeral(c, tok) or trailing_cue_clause(c, tok))
        # An aside between the cue and its clause can make the clause an "advcl" ("argue, for their part, that
        # ...", "reported last year that[advmod]"); not "so that", "now that".
        marks = [m.lower_ for m in c.children if m.dep_ == "mark"]
        that = c.dep_ == "advcl" and c.i > tok.i and (marks == ["that"] or not marks and c.left_edge.lower_ == "that"
                                                      and c.left_edge.tag_ == "IN") \
            and c.doc[c.left_edge.i - 1].lower_ not in ("so", "now", "such") or trailing_cue_clause(c, tok)
        # ... not a clause before a passive with a subject of its own ("The reports have been published, the think
        # pieces have been written"), which reports nothing, unlike "..., it was said"
        # ... nor clauses listed before a verb with an object of its own ("Russia holds another, Turkey has found
        # its way in"); "..., she told her aides" keeps its listener.
        owned = c.i < tok.i and tok.lemma_.lower() not in lex.addressee_verbs and any(
            o.dep_ == "dobj" and o.pos_ != "PROPN" and o.lower_ not in ("it", "this", "that", "so")
            for o in tok.children)
        if (c.dep_ in ("ccomp", "parataxis") or that) and verb and not owned and not interjected(c) and not (
                c.i < tok.i and (adverbial(tok) or own_passive(tok))) and not subjectless_modal(c, tok) \
                and not not_content(c, tok):
            return subtree_span(c), "clause"
        # "which lawyers said made the decision unusual": the relative pronoun is the subject of an "xcomp"
        if c.dep_ == "xcomp" and c.i > tok.i and (c.tag_ in ("VBD", "VBZ", "VBP") or c.tag_ == "VBN" and any(
                x.lower_ in ("which", "that", "who") and x.dep_ in SUBJECTS for x in tok.children)):
            return subtree_span(c), "clause"
    if (hung := relative_content(tok)) is not None:
        return hung, "clause"
    if trailing_noun_verb(tok) is not None:
        return sent, "parenthetical"  # "..., the paper states[NNS]."
    if (joined := conjunct_verb(tok)) is not None:
        return subtree_span(joined), "clause"  # "gathers her coat and mentions[NNS], ..., that she leaves"
    if (told := told_clause(tok)) is not None:
        return subtree_span(told), "clause"  # "she told us the winters there were the worst"
    if tok.dep_ == "xcomp" or tok.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children):
        # "She goes on to show, through archival work, that planners ...": the clause hung on the verb before
        clause = next((g for g in tok.head.children if g.dep_ in ("advcl", "ccomp") and g.i > tok.i
                       and g.left_edge.lower_ == "that" and g.left_edge.tag_ == "IN"
                       and g.left_edge.nbor(-1).lower_ not in ("so", "order")), None)  # not "so that"
        if clause is not None:
            return subtree_span(clause), "clause"
    if parenthetical(tok, sent):
        return sent, "parenthetical"
    if (front := fronted_content(tok, sent)) is not None:
        return front, "clause"
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "that":
            return subtree_span(c), "clause"
        # "states that few ... use": a complementizer right after the cue, whatever the parser made of the clause,
        # ... or taken for its object ("observed that[dobj] timing of this kind functions[NNS] as ...").
        if c.i == tok.i + 1 and c.lower_ == "that" and c.tag_ == "IN" and (c.dep_ == "dobj" or any(
                g.dep_ in ("advcl", "ccomp", "conj") and g.i > c.i and g.pos_ in ("VERB", "AUX")
                for g in tok.children)):
            return sent.doc[c.i: sent.end], "clause"
        # "observed that the date ... coincided": a that-clause the parser hung on an object,
        # or "told LA Weekly in a statement that ...": one hung on the statement.
        if c.dep_ in ("dobj", "prep") and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
            return subtree_span(c), "clause"
        if c.dep_ in ("dobj", "dative") and (heard := told_past_listeners(c)) is not None:
            return subtree_span(heard), "clause"  # "would tell anyone who listened that ..."
        if c.dep_ == "prep":
            for g in c.children:
                if g.dep_ != "pobj":
                    continue
                # "testified before the tribunal that no ... were prescribed", and deeper in the phrase,
                # "explained at paragraph 47 of its reasons that ...".
                clause = next(filter(None, map(relative_that_clause, [g, *(t for t in g.subtree if t is not g)])),
                              None)
                if clause is not None:
                    return subtree_span(clause), "clause"
                if g.lemma_.lower() in lex.document_nouns and that_clause(g, ("acl", "ccomp", "relcl")) is not None:
                    return subtree_span(g), "clause"
    # "found reduction of yields exceeded 10%": a subjectless finite verb hung on the cue as a
    # "conjunct" with no conjunction is its complement clause, misparsed.
    if not any(c.dep_ == "cc" for c in tok.children):
        for g in tok.children:
            if g.dep_ == "conj" and g.i > tok.i and g.pos_ == "VERB" and g.tag_ in ("VBD", "VBZ", "VBP", "VB") \
                    and not any(x.dep_ in ("nsubj", "nsubjpass", "cc") for x in g.children) and \
                    (g.tag_ != "VB" or any(x.dep_ == "aux" for x in g.children)):
                return sent.doc[tok.i + 1: g.right_edge.i + 1], "clause"
    if tok.dep_ in ("parataxis", "advcl", "ccomp") and tok.head.i != tok.i and tok.head.pos_ in ("VERB", "AUX"):
        marks = {c.lower_ for c in tok.children if c.dep_ == "mark"}
        # A cue in a subordinate clause of its own ("It is shameful that the club charges ...") frames nothing.
        subordinate = bool(marks & {"that", "whether", "if", "because", "while", "although", "when"})
        # ... nor one reported by another cue ("I suspect the secretary knows this").
        reported = tok.dep_ == "ccomp" and bool(lex.cue_kind(tok.head.lemma_))
        # ... nor a passive with a subject of its own ("wonder how much of the diary was written for publication"),
        # unlike "..., it was reported." and "Some of you, I am told, have waited".
        passive = tok.dep_ == "ccomp" and own_passive(tok, by_anyone=True) or tok.head.lemma_ != "be" and any(
            c.dep_ == "dobj" and c.tag_ in ("WP", "WDT") for c in tok.children)  # ... nor "pay what they add"
        if not subordinate and not reported and not passive and (tok.dep_ == "parataxis" and (  # not "Germany pays,
                tok.i > tok.head.i or tok.lemma_.lower() in lex.aside_verbs) or tok.dep_ == "ccomp" and (  # France
                tok.i > tok.head.i or set_off(tok)) or "as" in marks or trailing_advcl_cue(tok)):  # decides, Italy ..."
            return subtree_span(tok.head), "frame"
    if (stranded := stranded_that(tok, lex.document_nouns | lex.content_nouns)) is not None:
        return stranded, "clause"  # hung far off by the parser, with only the cue's own phrases before it
    if is_passive(tok):
        return None
    if (judged := judged_as(tok, lex)) is not None:
        return judged, "speech_act"  # "classified night work as probably carcinogenic"
    act = speech_act(tok, lex)
    if act is not None:
        return act, "speech_act"
    lemma = tok.lemma_.lower()
    # A document's finding ("The report documented 312 violations", "a study failed to find differences"),
    # not its purpose ("Future studies should include older children to document the age ...").
    purpose = "Inf" in tok.morph.get("VerbForm") and (tok.dep_ in ("advcl", "acl") or any(
        c.dep_ == "dobj" for c in tok.head.children))
    estimate = lemma in lex.estimate_cues and speaker_like(tok, lex)
    if lemma in lex.object_cues and not purpose and speaker_like(tok, lex) or not purpose and (
            lemma in lex.document_object_cues and by_document(tok, lex) or estimate):
        obj = next((c for c in tok.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN", "NUM", "PRON")
                    and c.lower_ not in ("it", "this", "that")), None)
        if obj is not None and (not estimate or by_document(tok, lex) or any(
                t.like_num or t.ent_type_ in ("MONEY", "PERCENT") for t in obj.subtree)):
            return subtree_span(obj), "object"
    # A question held through a preposition, whatever the cue ("pressed Reardon on why the agency had not hired",
    # "argued over whether the tax works")
    asked = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("about", "on", "over") and any(
        g.dep_ == "pcomp" and any(w.lower_ in ("whether", "why", "how", "if") for w in g.children)
        for g in c.children)), None)
    if asked is not None:
        return subtree_span(asked), "speech_act"
    if kind == "loaded":
        for c in tok.children:
            if c.dep_ in ("dobj", "attr") and (c.lemma_.lower() in lex.content_nouns | lex.document_nouns
                                               or any(g.dep_ in ("acl", "ccomp") for g in c.children)):
                return subtree_span(c), "clause"
            if c.dep_ == "prep" and c.lower_ in ("of", "about") and any(g.dep_ == "pcomp" for g in c.children):
                return subtree_span(c), "speech_act"
            # "accused the referee of losing control": the charge, a gerund, hung on the object or deeper in it
            # ("accused Galli's allies in the regional government of delaying ..."); not a name's "of" ("proclaiming
            # himself Emperor of these United States"); "accused the minister of fraud" is a speech act's own.
            if c.dep_ == "dobj" and any(p.dep_ == "prep" and p.lower_ in ("of", "over") and any(
                    g.dep_ == "pcomp" for g in p.children) for p in c.subtree):
                return subtree_span(c), "speech_act"
    for c in tok.children:
        if c.dep_ in ("dobj", "dative"):
            clause = next((g for g in c.children if g.dep_ in ("ccomp",)), None)
            if clause is not None:
                return subtree_span(clause), "clause"
            # "told the households that they must leave", to someone; not a relative clause on a work written
            # ("has written a book that everyone should read")
            # ... and only when it is the one told ("found a box that two clerks had hidden" is a relative clause)
            clause = relative_that_clause(c) if not a_work(c) and (
                c.dep_ == "dative" or tok.lemma_.lower() in lex.addressee_verbs) else None
            if clause is not None:
                return subtree_span(clause), "clause"
    stand_in = stand_in_content(tok)
    if stand_in is not None:
        return stand_in, "clause"
    if span_text(sent).rstrip().endswith(":") and tok.i > sent.start:
        return sent[-1:], "colon"  # "Obama tweeted using his account:" introduces what follows
    return None


def own_passive(tok: Token, by_anyone: bool = False) -> bool:
    """A passive with a subject of its own ("the pieces have been written"), not "it was said", "we are told", nor,
    unless `by_anyone`, one with its agent ("he was quoted by The Canadian Press"): it reports no clause beside it."""
    return is_passive(tok) and tok.lemma_.lower() not in TOLD_VERBS and (by_anyone or agent(tok) is None) and not any(
        c.dep_ == "nsubjpass" and c.lower_ in ("it", "i", "we", "you") for c in tok.children)


# Verbs whose passive subject is the one told ("staff were told", "he was warned", "the jury was told").
TOLD_VERBS = frozenset({"tell", "warn", "inform", "assure", "promise", "advise", "brief", "remind", "reassure",
                        "notify", "caution", "instruct"})


def speaker_like(tok: Token, lex: Lexicon) -> bool:
    """Whether a verb's subject is someone who can report: a name, a personal pronoun, or a person, body,
    outlet or document noun ("Markus Landgraf has estimated", "which the Church describes as"); not "Cognitive
    games ... proposing" or "a principle which describes"."""
    subj = subject(tok)
    if subj is not None and subj.lower_ in ("which", "that", "who") and tok.dep_ == "relcl":
        subj = tok.head
    if subj is None:
        return False
    lemma = subj.lemma_.lower()
    named = any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in subj.children)  # "The delegate, Helena Reis,"
    return subj.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or subj.lower_ in lex.pronouns and subj.lower_ != "it" \
        or lemma in lex.speaker_nouns or lemma in lex.document_nouns or subj.lower_ in lex.media_names or named or (
            subj.pos_ == "PROPN" and subj.is_title and not subj.ent_type_)  # a name the NER missed: "PCSO Lister"


def by_document(tok: Token, lex: Lexicon) -> bool:
    """Whether a verb's subject is a document, a poll or a study ("A study by X found ...", "Caluwaerts (2014)
    found") or an outlet ("The Associated Press projected Marsh the winner")."""
    subjects = [c for c in tok.children if c.dep_ in SUBJECTS] or [subject(tok)]
    return any(s is not None and (s.lemma_.lower() in lex.document_nouns or lex.speaker_nouns.get(s.lower_) == "media"
                                  or (s.lower_ in lex.media_names and s.is_title) or year_cited(s)) for s in subjects)
