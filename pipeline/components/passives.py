"""Passive and relayed reporting: candidates whose source is not the cue verb's subject.

"It was reported that ...", "X is said to have ...", "X was quoted as saying ...", "That claim was disputed
by the union", and the active relay "The Herald quoted the minister as saying ...": the source is the
agent, the quoted person, or nobody named (`anonymous`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .acts import as_complement
from .citations import cited_author
from .cue import Cue
from .cue_tests import expletive_report, hypothetical, study_of
from .lexicon import Lexicon
from .phrases import agent, cue_text
from .quotes import quoted
from .speakers import Speaker, SpeakerResolver
from .syntax import READING_VERBS, content_of, subject, subtree_span

# Speakers that a passive speech act's agent cannot be: "He was welcomed by the festival".
NOT_AGENTS = ("EVENT", "LOC", "FAC", "PRODUCT")


# Verbs by which a writer relays someone's words: "The Herald quoted / Reuters cited a diplomat as saying".
RELAYING = frozenset({"quote", "cite"})
# How often a judgement is passed, making it one said ("is often described as a draw").
OFTEN = frozenset({"often", "frequently", "commonly", "sometimes", "variously", "routinely", "repeatedly", "usually"})


def as_saying(tok: Token, lex: Lexicon) -> Token | None:
    """The cue verb of "quoted ... as saying" under a form of "quote" (`tok`), if any."""
    return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "as"
                 for g in c.children if g.dep_ == "pcomp" and lex.cue_kind(g.lemma_)), None)


# What opens a question asked of someone: "was asked whether", "was asked why".
ASKED_WORDS = frozenset({"whether", "if", "why", "how", "what", "when", "where", "who", "which"})


# Reporting verbs that raise no subject: "Memoirs are written to be read" is what they are for, not a report; "the
# parents were advised to send the child to a specialist" is advice taken, reported with a that-clause only.
UNRAISED = frozenset({"write", "advise", "assure", "promise", "inform"})
# How widely a judgement was voiced: "was widely criticised", "roundly condemned".
PUBLICLY = frozenset({"widely", "roundly", "publicly", "sharply", "strongly", "heavily", "fiercely", "loudly",
                      "universally", "openly", "bitterly"})


def judged_publicly(tok: Token, lex: Lexicon) -> bool:
    """Whether a speech act in the passive with no agent judges what it is done to: as something ("was hailed as a
    win", "was dismissed as a stunt") or widely ("was widely criticised"); not "was rejected" (a decision)."""
    if tok.lemma_.lower() in lex.judged_as:  # "is often described as a draw": only with its "as", and said of
        # something in the past or often, not a convention ("Mammals are classified as vertebrates")
        aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
        said = any(a.tag_ == "VBD" or a.lemma_ == "have" for a in aux) or any(
            c.dep_ == "advmod" and (c.lower_ in PUBLICLY or c.lower_ in OFTEN) for c in tok.children) or any(
            t.dep_ == "agent" for t in tok.subtree) or said_in(tok, lex) is not None  # ... or by someone ("is
        # classified as endangered by the IUCN"), or somewhere said ("In the tabloids she is portrayed as")
        return any(a.dep_ == "auxpass" for a in aux) and said and as_complement(tok) is not None and tok.dep_ not in (
            "relcl", "acl")  # (not an aside: "homeopathy, a practice that has been described as pseudoscience")
    if tok.lemma_.lower() not in lex.speech_act_objects or not any(c.dep_ == "auxpass" for c in tok.children):
        return False
    # ... as something said of it ("as a stunt", "as reckless"), not a post ("was dismissed as head coach")
    return any(c.dep_ == "prep" and c.lower_ == "as" and any(
        g.dep_ in ("amod", "acomp") or g.dep_ == "pobj" and (g.pos_ == "ADJ" or any(
            d.dep_ in ("det", "amod") for d in g.children)) for g in c.children)
        or c.dep_ == "advmod" and c.lower_ in PUBLICLY for c in tok.children)


def said_in(tok: Token, lex: Lexicon) -> Token | None:
    """The text or the outlet a passive was said in ("In the tabloids she is portrayed as", "in the report the plan
    is described as"); None."""
    return next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "in" for g in c.children
                 if g.lemma_.lower() in lex.document_nouns or lex.speaker_nouns.get(g.lemma_.lower()) == "media"), None)


def passive_cue(tok: Token, kind: str, form: str, content: Span | None, distance: int | None, sent: Span,
                lex: Lexicon, resolver: SpeakerResolver) -> Cue | None:
    """The candidate of a passive cue verb `tok` (content and quote distance as found for it), or None."""
    # "It was reported that", "X is said to have", "Y was told that", "I was asked by reporters whether": the source
    # is the agent (a question asked, not "was asked to leave").
    asked = tok.lemma_.lower() == "ask" and content is not None and content[0].lower_ in ASKED_WORDS and not any(
        c.dep_ == "neg" for c in tok.children)  # not "was never asked whether he consented"
    if tok.lemma_.lower() not in lex.reporting_passives and not expletive_report(tok, lex) and not asked:
        # "That claim was disputed by the union": a speech act in the passive, with its agent, on a
        # claim or a plan; not on a person ("He was welcomed by Pachomius on his arrival").
        judged = tok.lemma_.lower() in lex.judged_as  # "Finch was described by colleagues as brilliant"
        publicly = judged_publicly(tok, lex)
        who = agent(tok) if tok.lemma_.lower() in lex.speech_act_objects or publicly else None
        if who is None and judged and publicly:  # "is classified as endangered by the IUCN": the agent of its "as"
            who = next((g for t in tok.subtree if t.dep_ == "agent" for g in t.children if g.dep_ == "pobj"), None)
        acted_on = subject(tok)
        if who is None and publicly and any(c.dep_ == "nsubjpass" for c in tok.children):
            # "It was hailed as a win", "The plan was widely criticised": unnamed people's judgement, or a text's
            # ("In the tabloids she is portrayed as a villain")
            where = said_in(tok, lex)
            return Cue(tok, cue_text(tok, lex), kind, form, resolver.describe(where, tok.i) if where is not None
                       else Speaker("", "anonymous", "anonymous"), sent, distance=distance or 0, via="speech_act")
        if who is None or not resolver.can_speak(who) or who.ent_type_ in NOT_AGENTS or acted_on is None \
                or not judged and (acted_on.pos_ == "PRON" or acted_on.ent_type_ == "PERSON"):
            return None
        return Cue(tok, cue_text(tok, lex), kind, form, resolver.describe(who, tok.i),
                   sent if judged else subtree_span(acted_on), distance=distance or 0, via="speech_act")
    if tok.lemma_.lower() == "expect" and (tok.dep_ in ("relcl", "acl") or (who := subject(tok)) is not None
                                           and who.lower_ in lex.first_person):
        # "I am expected to cook every night": a duty, not a forecast reported; "The trial, which is expected to
        # last three weeks, continues": an aside, not what the sentence says
        return None
    # "X was quoted as saying that ...", "X was quoted in the same article saying that ..."
    saying = as_saying(tok, lex)
    if saying is None and tok.lemma_.lower() == "quote":
        saying = next((c for c in tok.subtree if c.dep_ in ("advcl", "xcomp", "acl") and c.tag_ == "VBG"
                       and lex.cue_kind(c.lemma_) and tok.i in (c.head.i, c.head.head.head.i)), None)
    subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None)
    if saying is not None and subj is not None and resolver.can_speak(subj):  # X said it
        return said_by(tok, subj, saying, kind, form, distance, sent, lex, resolver)
    via = "passive"
    if content is None:
        raised = next((c for c in tok.children if c.dep_ == "xcomp"
                       and any(a.lower_ == "to" for a in c.children)), None) if tok.lemma_.lower() not in UNRAISED \
            else None
        # "was accused of misleading parliament", "accused the previous year of", "accused by rivals of"
        charge = next((c for c in tok.subtree if c.dep_ == "prep" and c.lower_ in lex.speech_act_preps.get(
            tok.lemma_.lower(), ()) and tok.i in (c.head.i, c.head.head.i, c.head.head.head.i) and any(
            g.dep_ in ("pcomp", "pobj") and g.lower_ != "nothing" for g in c.children)), None)
        content = subtree_span(raised or charge) if (raised or charge) is not None else None
        via = "raising"
    if content is None and distance is None:
        return None
    who = agent(tok) or study_of(tok, lex)
    speaker = resolver.describe(who, tok.i) if who is not None and resolver.can_speak(who) else \
        Speaker("", "anonymous", "anonymous")
    if via == "raising" and who is not None and content is not None and content.start > who.i \
            and content.text in speaker.text:
        by = sent.doc[who.left_edge.i: content.start].text  # "rivals", not "rivals of diving"
        canon = speaker.canonical.replace(content.text, "").strip() or by
        speaker = Speaker(by, canon, speaker.type, speaker.token)
    if who is None and (name := cited_author(sent)):
        speaker = Speaker(name, name, "document")  # "It has been suggested that ... (Okafor, 2018)"
    # "It cannot be said that", "It could be argued that", "He was not told that": the author's reasoning or a denial
    supposed = any(c.dep_ == "neg" or c.dep_ == "aux" and (c.lower_ in lex.hypothetical_modals or c.lower_ == "can")
                   for c in tok.children)
    return Cue(tok, cue_text(tok, lex), kind, form, speaker, content, distance=distance or 0, via=via,
               hypothetical=supposed)


def quoted_as(tok: Token, kind: str, form: str, distance: int | None, sent: Span, lex: Lexicon,
              resolver: SpeakerResolver) -> Cue | None:
    """"The Herald quoted the minister as saying that ...", "Reuters cited a diplomat as saying": the one quoted
    said it, the outlet relays it. The candidate names the quoted person (the verb's object), not the subject."""
    quoted = next((c for c in tok.children if c.dep_ == "dobj"), None) if tok.lemma_.lower() in RELAYING else None
    saying = as_saying(tok, lex) if quoted is not None else None
    if saying is None or not resolver.can_speak(quoted):
        return None
    return said_by(tok, quoted, saying, kind, form, distance, sent, lex, resolver)


def said_by(tok: Token, who: Token, saying: Token, kind: str, form: str, distance: int | None, sent: Span,
            lex: Lexicon, resolver: SpeakerResolver) -> Cue:
    """The candidate of "quoted ... as saying": `who` said what the cue verb `saying` reports."""
    said = content_of(saying, lex.cue_kind(saying.lemma_), lex, sent)
    return Cue(tok, cue_text(tok, lex), kind, form, resolver.describe(who, tok.i),
               said[0] if said else subtree_span(saying), distance=distance or 0, via="passive")


# Who can tell someone something: "heard from residents", "learned from a colleague", "from the audit".
TELLING_TYPES = frozenset({"person", "anonymous", "organisation", "media", "document"})


def heard_from(tok: Token, sent: Span, quotes: list, lex: Lexicon, resolver: SpeakerResolver) -> Cue | None:
    """"We heard from a senior source that ...": the one heard from is the source of the clause; "The court
    heard that ...", "..., a jury has heard": evidence given by someone the sentence does not name.

    The parser often hangs the clause on the source ("teachers that the school would close"), so the clause
    is the verb's own that-clause or the one right after the source."""
    if tok.lemma_.lower() not in lex.receiving_verbs or tok.pos_ != "VERB":
        return None
    subj = subject(tok)
    source = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"
                   for g in c.children if g.dep_ == "pobj"), None)
    if source is None:
        if subj is None or not {subj.lemma_.lower(), subj.lower_.removesuffix("s")} & lex.hearing_bodies \
                or tok.lemma_.lower() != "hear":  # "MPs heard": lemma "MPs"
            return None
        clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
        content = subtree_span(clause) if clause is not None else heard_after(tok, subj, sent)
        if content is None:
            return None
        return Cue(tok, cue_text(tok, lex), "neutral", "indirect", Speaker("", "anonymous", "anonymous"),
                   content, via="passive", hypothetical=hypothetical(tok, subj, sent, quotes, lex))
    if not resolver.can_speak(source):
        return None
    clause = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > source.i), None) or next(
        (c for c in source.children if c.dep_ in ("acl", "relcl") and c.left_edge.i == source.i + 1
         and c.left_edge.lower_ == "that"), None)
    if clause is None:
        return None
    speaker = resolver.describe(source, tok.i)
    if speaker.type not in TELLING_TYPES or source.ent_type_ in ("GPE", "LOC", "EVENT", "FAC") or \
            tok.lemma_.lower() == "learn" and speaker.type == "organisation" and source.ent_type_ == "ORG":
        # "She learned from her mistakes", "The Pentagon learned from Iraq", "Investors learned from Lehman
        # that banks can fail": an experience, a place or an example, not a source that tells
        return None
    return Cue(tok, cue_text(tok, lex), "neutral", "indirect", speaker, subtree_span(clause), via="according_to",
               hypothetical=subj is not None and hypothetical(tok, subj, sent, quotes, lex))


def heard_after(tok: Token, subj: Token, sent: Span) -> Span | None:
    """What a trailing "..., a jury at Harrowgate Crown Court has heard." reports when the parse made the cue
    a conjunct of the sentence's verb: everything before the comma that sets the cue off."""
    start = subj.left_edge.i
    if tok.dep_ not in ("conj", "parataxis") or start <= sent.start + 2 or sent.doc[start - 1].text != "," \
            or any(not t.is_punct for t in sent.doc[tok.i + 1: sent.end]):
        return None
    return sent.doc[sent.start: start - 1]



# Adverbs that say a statement is someone else's report: "Meta is reportedly preparing a model of its own".
REPORTED_ADVERBS = frozenset({"reportedly", "allegedly", "reputedly", "purportedly"})


def reported_adverb(sent: Span, quotes: list) -> Cue | None:
    """A report the author flags with an adverb on a clause's verb ("X is reportedly preparing ...", "who allegedly
    took bribes"): sourced, no one named. Not on an adjective ("the allegedly corrupt official")."""
    adv = next((t for t in sent if t.lower_ in REPORTED_ADVERBS and t.dep_ == "advmod" and t.head.pos_ in (
        "VERB", "AUX") and not quoted(t.idx, quotes)), None)
    if adv is None:
        return None
    return Cue(adv, adv.text, "neutral", "indirect", Speaker("", "anonymous", "anonymous"), sent, via="passive")


# Nouns of things said that, with "there is", report with no one named: "There are reports that ...", "There were
# claims that ..."; not states of mind or evidence ("There are fears that", "There is evidence that").
SAID_NOUNS = frozenset({"report", "claim", "allegation", "rumour", "rumor", "suggestion", "accusation", "complaint",
                        "word", "assertion"})


def existential_report(sent: Span, quotes: list) -> Cue | None:
    """"There are reports that ...", "There have been allegations that ...": the passive's report in another
    dress, sourced with no one named; the clause is what is reported."""
    noun = next((t for t in sent if t.lemma_.lower() in SAID_NOUNS and t.pos_ == "NOUN" and t.dep_ in (
        "attr", "nsubj") and t.head.lemma_ == "be" and any(c.dep_ == "expl" for c in t.head.children)
                 and not quoted(t.idx, quotes) and not any(c.lower_ in ("no", "not", "never") for c in (
                     *t.children, *t.head.children))), None)  # not "There is no claim that"
    clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None) if noun is not None else None
    content = subtree_span(clause) if clause is not None else None
    if content is None and noun is not None and noun.i + 2 < sent.end and noun.nbor().lower_ == "that" \
            and noun.nbor().tag_ == "IN":  # a complementizer the parser took for a preposition ("that[prep] the dam")
        content = sent.doc[noun.i + 2: sent.end]
    if content is None:
        return None
    return Cue(noun, noun.text, "neutral", "indirect", Speaker("", "anonymous", "anonymous"), content, via="passive")


def read_by_author(tok: Token, content: Span | None, lex: Lexicon, resolver: SpeakerResolver) -> Cue | None:
    """The author reading someone else's words: "I read with dismay your report (12 June) that ...", "I was
    dismayed to read that ...", "We read in the Herald that ...". Sourced; the speaker is what was read (the
    document read, or where it was read) or no one named."""
    if tok.lemma_.lower() not in READING_VERBS or content is None or any(
            c.dep_ == "neg" or c.lower_ == "never" for c in tok.children) or any(
            t.lower_ in ("so", "such") for t in tok.doc[tok.i + 1: content.start]):
        return None  # not "I have never read that ...", nor "I read so much that my eyes hurt"
    where = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("in", "on")
                  for g in c.children if g.dep_ == "pobj"), None)
    read = next((t for t in tok.subtree if t.dep_ == "dobj" and t.lemma_.lower() in lex.document_nouns
                 and t.i < content.start), None)
    source = read if read is not None else where
    speaker = resolver.describe(source, tok.i) if source is not None and resolver.can_speak(source) else Speaker(
        "", "anonymous", "anonymous")
    return Cue(tok, cue_text(tok, lex), "neutral", "indirect", speaker, content, via="according_to")
