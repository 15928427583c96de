"""Speakers: describe the source phrase of a cue, and resolve pronouns and titles to named entities."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from operator import attrgetter

from spacy.tokens import Doc, Span, Token

from ..records import Quote
from .antecedents import (
    addressee,
    bound_genders,
    in_reach,
    issued,
    it_antecedent,
    salient,
    stage_directions,
    surname_mentions,
    title_gender,
)
from .lexicon import Lexicon
from .phrases import speaker_phrase

SPEAKER_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC"}
# How far back (in tokens) a title with no named holder looks for the person it refers to.
NEAREST_PERSON_TOKENS = 40
VALUE_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}
_end = attrgetter("end")

# How far back (in tokens) a definite description looks for the body it names ("the institute").
NEAREST_BODY_TOKENS = 600

# Words left out of a speaker's canonical form: articles and "itself" ("The joint communiqué itself states").
REFLEXIVE_WORDS = frozenset({"the", "a", "an", "itself", "themselves", "himself", "herself"})

# Marks that open a title a subject may be ("“Fahrenheit 451” imagined"); apostrophes are possessives.
TITLE_MARKS = frozenset({'"', "“", "«", "„", "``"})
CLOSING_MARKS = frozenset({'"', "”", "»", "''"})


@dataclass
class Speaker:
    """A source as written, what it resolves to, and its type."""

    text: str = ""
    canonical: str = ""
    type: str = ""
    token: int = -1


class SpeakerResolver:
    """Describes a speaker phrase and resolves pronouns and titles to named entities."""

    def __init__(self, doc: Doc, lex: Lexicon, quotes: Sequence[Quote] = ()):
        self.doc = doc
        self.lex = lex
        self.quotes, self.directions, self.addressee = quotes, stage_directions(doc), addressee(doc)
        self.abstract = lex.non_speakers - lex.unsourced_data  # data speak with an origin
        self.sourced_nouns = lex.document_nouns | lex.unsourced_data  # nouns whose origin speaks
        self.ent_at = {}
        for ent in doc.ents:
            for t in ent:
                self.ent_at[t.i] = ent
        self.persons = [e for e in doc.ents if e.label_ == "PERSON" or self._acts_as_person(e)]
        named = {e.start for e in self.persons}
        self.persons = sorted(self.persons + surname_mentions(doc, self.persons, self.ent_at), key=attrgetter("start"))
        # canonical name -> gender, where the text binds one to the name ("Dunmore found herself alone")
        self.genders: dict[str, str] = bound_genders(self.persons, lambda e: e._.canonical or e.text,
                                                     lambda e: title_gender(e, lex.gender_words))
        self.last_pronoun: dict[str, tuple[int, Span]] = {}  # gender -> (token, referent) of the latest he/she
        self.groups = [e for e in doc.ents if e.label_ in ("ORG", "GPE", "NORP") and e.start not in named]

    def _acts_as_person(self, ent: Span) -> bool:
        """A name the NER took for an organisation or a place that the text describes as a person: two or
        three capitalised words with no organisation word, with a person noun in apposition or after "is"
        ("Grace Mensah is the finance minister"), or, for an organisation, the subject of a verb of speaking
        ("Grace Mensah spoke for an hour"). Countries that speak stay countries ("South Korea said")."""
        if ent.label_ not in ("ORG", "GPE", "NORP") or not 2 <= len(ent) <= 3:
            return False
        if not all(t.is_title and t.is_alpha and t.lower_ not in self.lex.speaker_nouns for t in ent):
            return False
        root = ent.root
        described = {t.lemma_.lower() for c in root.children if c.dep_ == "appos" for t in c.subtree}
        if root.dep_ in ("nsubj", "nsubjpass"):
            head = root.head
            if ent.label_ == "ORG" and head.lemma_ in self.lex.speaking_verbs:
                return True
            if head.lemma_ == "be":
                described |= {t.lemma_.lower() for c in head.children if c.dep_ == "attr" for t in c.subtree}
        return any(self.lex.speaker_nouns.get(w) in ("person", "anonymous") for w in described)

    def _type(self, ent: Span) -> str:
        """The speaker_type of an entity, a name acting as a person's included (and a person described,
        not named: "my father")."""
        return "person" if ent.label_ in ("PERSON", "") or any(ent.start == p.start for p in self.persons) \
            else ent_type(ent, self.lex)

    def can_speak(self, tok: Token) -> bool:
        """Whether a subject can be a source: a name, a noun (people, studies and reports speak in
        news), or a pronoun — not an expletive, a demonstrative or the interviewer's "you"."""
        low = tok.lower_
        if low == "it":
            return it_antecedent(tok, self.lex, self.ent_at) is not None
        if low == "those" and any(c.dep_ in ("amod", "acl", "relcl", "prep") for c in tok.children) or (
                tok.pos_ == "ADJ" and any(c.dep_ == "det" and c.lower_ == "those" for c in tok.children)):
            return True  # "those present", "those who were there"
        if low in ("there", "this", "that", "these", "those", "what", "which"):
            return False
        if low == "one" and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
            return True  # "One of them, the ecologist X, recalled that ..."
        ent = self.ent_at.get(tok.i)
        if tok.pos_ == "NUM" or (ent is not None and ent.label_ in VALUE_LABELS):
            return False  # "The two countries had in February, 2018 agreed": a date is no source
        lemma = tok.lemma_.lower()
        if (ent is None or ent.label_ != "PERSON") and lemma in self.abstract:
            return False  # "Only time will tell", "The latest developments suggest"
        if lemma in self.lex.unsourced_data and not any(c.dep_ in ("poss", "acl", "relcl") or (
                c.dep_ == "prep" and c.lower_ in ("from", "by", "of")) for c in tok.children):
            return False  # "The latest figures suggest"; not "Figures from the census" or "Figures published today"
        if self._quoted_title(tok):
            return False  # a title: "Ray Bradbury's “Fahrenheit 451” imagined" (not "Galois' cousin")
        if lemma in self.lex.works and any(t.text in "“\"«" for t in self.doc[tok.i + 1: tok.i + 3]):
            return False  # "The book “The Long Retreat” shows": the author reads the work
        return tok.pos_ in ("PROPN", "NOUN", "PRON", "X") or ent is not None or lemma in self.lex.speaker_nouns

    def describe(self, tok: Token | None, at: int) -> Speaker:
        """The Speaker a subject token stands for."""
        if tok is None or isinstance(tok, int):
            return Speaker()
        span = speaker_phrase(tok, self.ent_at)
        low = tok.lower_
        source = it_antecedent(tok, self.lex, self.ent_at) if low == "it" else None
        if source is not None:
            found = self.describe(source, at)
            return Speaker(tok.text, found.canonical or found.text, found.type, tok.i)
        if low == "you" and self.addressee:  # an open letter's "you said": "Dear Prime Minister Carrington,"
            return Speaker(tok.text, self.addressee, "person", tok.i)
        if low in self.lex.pronouns:
            ent = self.resolve_pronoun(tok)
            if ent is not None:
                return Speaker(tok.text, ent._.canonical or ent.text, self._type(ent), tok.i)
            return Speaker(tok.text, "", "person" if self.lex.pronouns[low] in ("male", "female") else "", tok.i)
        ent = self.ent_at.get(tok.i)
        head_kind = self.lex.speaker_nouns.get(tok.lemma_.lower()) or self.lex.speaker_nouns.get(low) or (
            "media" if low in self.lex.media_names and tok.is_title else None)
        if ent is not None and len(ent) == 1 and ent.label_ == "ORG" and (body := self._body_named(tok)):
            ent = body  # "The Bank" tagged on its own after "the World Bank"
        if ent is not None and ent.label_ in SPEAKER_LABELS:
            return Speaker(span.text, ent._.canonical or ent.text, self._type(ent), tok.i)
        owner = self._owner(tok)
        named_body = tok.pos_ == "PROPN" and owner is not None and owner.label_ in ("GPE", "NORP")  # "U.S. Senate"
        # A study or data with an origin ("a study by Perimeter Labs", "data from AppPulse") is its origin's too.
        sourced = head_kind in ("document", "media", "organisation") or tok.lemma_.lower() in self.sourced_nouns
        if sourced and owner is not None and not named_body:
            return Speaker(span.text, owner._.canonical or owner.text, ent_type(owner, self.lex), tok.i)
        body = self._body_named(tok) if ent is None else None
        if body is None and ent is None and head_kind != "organisation" and sourced and owner is None:
            body = self._issuer(tok)  # "Northgate Institute published a study. The report noted"
        if body is not None:  # "the institute" after "the Carrow Institute", "the Bank" after "the World Bank"
            return Speaker(span.text, body._.canonical or body.text, ent_type(body, self.lex), tok.i)
        if head_kind in ("document", "media"):
            # "Cornyn's statement": a named owner the NER missed, resolved by surname when it can be.
            poss = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
            if poss is not None:
                person = self.person_named(poss)
                return Speaker(span.text, (person._.canonical or person.text) if person is not None else poss.text,
                               "person" if person is not None else "", tok.i)
        # The title's holder named inside the phrase, or right after it before the cue
        # ("Malaysia's Prime Minister, Najib Razak said").
        between = self.doc[span.end: at] if span.end < at <= span.end + 8 else self.doc[0:0]
        if any(t.pos_ in ("VERB", "AUX") for t in between):
            between = self.doc[0:0]
        # Not a possessor: "Jenna's mother" is not Jenna.
        appos = [t for t in span if t.dep_ == "appos"]  # a name in apposition first ("... of Valdora, Teodor Vasko,")
        named = next((self.ent_at[t.i] for t in appos + list(span) + list(between) if t.i in self.ent_at
                      and self.ent_at[t.i].label_ == "PERSON" and self.ent_at[t.i].root.dep_ != "poss"), None)
        named_body = next((self.ent_at[c.i] for c in tok.children if c.dep_ == "appos" and c.i in self.ent_at
                           and self.ent_at[c.i].label_ == "ORG"), None)
        if named_body is not None and head_kind == "organisation":  # "The company that owned it, Ferrand Ltd,"
            return Speaker(span.text, named_body._.canonical or named_body.text, "organisation", tok.i)
        if named is None and head_kind != "organisation" and span.end + 1 < len(self.doc) \
                and self.doc[span.end].text == ",":
            # "In the words of its provost, Beatriz Almeida," — a name after the title, whatever the NER
            # took it for.
            named = self.ent_at.get(span.end + 1) if self.doc[span.end + 1].pos_ == "PROPN" else None
        if named is not None and tok.pos_ in ("NOUN", "PROPN"):
            # "Afghan Ambassador to the United States Hamdullah Mohib": the title's holder speaks.
            return Speaker(span.text, named._.canonical or named.text, "person", tok.i)
        definite = any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "his", "her", "their")
                       for c in tok.children)
        if (head_kind == "person" and tok.tag_ != "NNS") or (head_kind == "anonymous" and definite):
            # "The minister said", "The spokesman said": the title refers back to the person named with it; the
            # person named last only after "the" ("Her son said" is not the woman named before).
            ent = self.resolve_title(tok, nearest=definite and not any(c.dep_ == "poss" for c in tok.children))
            if ent is not None:
                return Speaker(span.text, ent._.canonical or ent.text, "person", tok.i)
        if head_kind == "anonymous":
            # "US officials", "a State Department spokesman": unnamed, but the body they speak for is named.
            body = [t for t in span if t.i != tok.i and self.ent_at.get(t.i) is not None
                    and self.ent_at[t.i].label_ in ("ORG", "GPE", "NORP")]
            at = [self.ent_at[g.i] for c in tok.rights if c.dep_ == "prep" and c.lower_ in ("at", "for", "from")
                  for g in c.children if g.dep_ == "pobj" and self.ent_at.get(g.i) is not None]  # "Analysts at X"
            canon = self.doc[body[0].i: tok.i + 1].text if body else (
                self.doc[tok.i: at[0].end].text if at else "anonymous")
            return Speaker(span.text, canon, "anonymous", tok.i)
        text = span.text
        if tok.pos_ == "PROPN":
            person = self.person_named(tok)
            if person is not None:  # a surname the NER missed ("Pompeo elaborated")
                return Speaker(text, person._.canonical or person.text, "person", tok.i)
        canon = "".join(t.text_with_ws for t in span if t.dep_ != "det" and t.lower_ not in REFLEXIVE_WORDS).strip()
        # A document the speaker lists do not type is still a document ("An internal audit", "the communiqué").
        kind = head_kind or ("document" if tok.lemma_.lower() in self.lex.document_nouns else "") or (
            "person" if tok.pos_ == "PROPN" else "")
        return Speaker(text, canon, kind, tok.i)

    def _quoted_title(self, tok: Token) -> bool:
        """Whether a subject is a short quoted title: an opening mark before it in its phrase with no closing
        one between, and a closing one a few words after it."""
        before = [t for t in self.doc[tok.left_edge.i: tok.i] if t.text in TITLE_MARKS or t.text in CLOSING_MARKS]
        if not before or before[-1].text not in TITLE_MARKS or before[-1].text == "”":
            return False
        return any(t.text in CLOSING_MARKS for t in self.doc[tok.i + 1: min(len(self.doc), tok.i + 8)])

    def _owner(self, tok: Token) -> Span | None:
        """The entity a document or media head belongs to ("ISPR's statement", "statement of the ISPR");
        organisations and people outrank places and nationalities ("the Russian Security Council")."""
        named = [c for c in tok.children if c.dep_ in ("poss", "compound")]
        for c in tok.children:
            # "the statement of the ISPR", "a statement issued by Norvell Pharma"
            # ... but not "The lawsuit, filed in federal court in Raleigh": only a participle's agent.
            phrases = [c] if c.dep_ == "prep" and c.lower_ in ("of", "from", "by") else [
                a for a in c.children if a.dep_ == "agent" or (a.dep_ == "prep" and a.lower_ == "by")] \
                if c.dep_ == "acl" else []
            # The object named, or its possessor; not a place deeper in it ("an analysis of foxes in Zurich").
            named += [g for p in phrases for o in p.children if o.dep_ == "pobj"
                      for g in (o, *(x for x in o.children if x.dep_ in ("poss", "compound")))]
        found = [self.ent_at[g.i] for g in named if g.i in self.ent_at and (
            g.head.i == tok.i or self.ent_at[g.i].label_ in SPEAKER_LABELS)]
        rank = {"ORG": 0, "PERSON": 1, "GPE": 2, "FAC": 3, "NORP": 4}
        return min(found, key=lambda e: (rank.get(e.label_, 9), e.start)) if found else None

    def resolve_pronoun(self, tok: Token) -> Span | None:
        """The entity a pronoun most likely refers to: the latest compatible mention before it."""
        kind = self.lex.pronouns.get(tok.lower_, "")
        if kind in ("male", "female"):
            # The persons ending within 400 tokens before it (in order, so bisected) that it can reach.
            cands = [e for e in ending_before(self.persons, tok.i, 400)
                     if in_reach(e, tok, self.quotes, self.directions)]
            described = self._described_before(tok, kind)
            if described is not None and (not cands or described.start >= cands[-1].end):
                self.last_pronoun[kind] = (tok.i, described)
                return described  # "My father ... He told me", after any name
            at, referent = self.last_pronoun.get(kind, (-1, None))
            recent = referent is not None and previous_sentence_start(tok) <= at < tok.i
            if recent and (not cands or cands[-1].end <= at):
                self.last_pronoun[kind] = (tok.i, referent)
                return referent  # "He told me ... He insists": the same "he", no one named between
            # A person whose title or own reflexive says "he" is not "she" (nor the other way round); a
            # guess made for one pronoun is not taken as known for the next, where it could mislead.
            known = {e.start: title_gender(e, self.lex.gender_words) or self.genders.get(e._.canonical or e.text, "")
                     for e in cands}
            fitting = [e for e in cands if known[e.start] in ("", kind)]
            ent = salient(fitting, tok) or self._described_before(tok, kind, ungendered=True)
            if ent is not None:
                self.last_pronoun[kind] = (tok.i, ent)
            return ent
        if kind in ("plural", "neuter"):
            cands = ending_before(self.groups, tok.i, 120)
            return cands[-1] if cands else None
        return None

    def _issuer(self, tok: Token) -> Span | None:
        """The body a definite report refers to: the one that issued a report in its sentence or the one
        before ("Northgate Institute published a review. The report noted ...", "a study by X ... The study")."""
        if tok.tag_ != "NN" or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        near = [e for e in ending_before(self.groups, tok.i, NEAREST_BODY_TOKENS) if e.label_ == "ORG"
                and e.start >= previous_sentence_start(tok) and issued(e, self.lex)]
        return near[-1] if near else None

    def _body_named(self, tok: Token) -> Span | None:
        """The organisation a definite description refers to: the latest one named before it whose name ends
        with the description's noun ("the Carrow Institute ... the institute", "the World Bank ... the
        Bank")."""
        if tok.pos_ not in ("NOUN", "PROPN") or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        for ent in reversed(ending_before(self.groups, tok.i, NEAREST_BODY_TOKENS)):
            if ent.label_ == "ORG" and len(ent) > 1 and ent[-1].lower_ == tok.lower_:
                return ent
        return None

    def _described_before(self, tok: Token, gender: str, ungendered: bool = False) -> Span | None:
        """The person a "he" or "she" refers to when the text describes rather than names them: the latest
        subject of its sentence or the one before headed by a noun of that gender ("My father kept the
        books. He told me ...", "her mother ... she"); with `ungendered`, by a singular person noun of none
        ("The old editor hated padding. He wrote ..."). Never a subject inside a quote the pronoun is
        outside of."""
        for t in reversed(self.doc[previous_sentence_start(tok): tok.i]):
            if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ not in ("NOUN", "PROPN") or t.i in self.ent_at:
                continue
            # A full name the NER missed ("Chief executive Helena Marsh said ... she said"), of unknown gender.
            first = next((c for c in t.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.is_title), None)
            if t.pos_ == "PROPN":
                span = self.doc[first.i: t.i + 1] if first is not None and t.is_title and not t.is_sent_start else None
                if span is not None and in_reach(span, tok, self.quotes, self.directions):
                    return span
                continue
            fits = self.lex.gender_words.get(t.lower_) == gender or (
                ungendered and t.tag_ == "NN" and t.lower_ not in self.lex.gender_words
                and self.lex.speaker_nouns.get(t.lemma_.lower()) == "person")
            span = self.doc[t.left_edge.i: t.i + 1]
            # "Her neighbour, Samuel Owino, was more sanguine": the name given with the description
            name = next((c for c in t.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            if fits and name is not None:
                span = self.ent_at.get(name.i) or self.doc[name.left_edge.i: name.i + 1]
            if fits and in_reach(span, tok, self.quotes, self.directions):
                return span
        return None

    def person_named(self, tok: Token) -> Span | None:
        """The person entity whose name ends with this word, when exactly one name fits."""
        fits = {e._.canonical or e.text: e for e in self.persons if e.text.split()[-1] == tok.text}
        return next(iter(fits.values())) if len(fits) == 1 else None

    def resolve_title(self, tok: Token, nearest: bool = False) -> Span | None:
        """The person a titled reference names ("the president", "the Russian commander"); with `nearest`,
        failing a named holder of the title, the person named last shortly before."""
        word = tok.lemma_.lower()
        for ent in reversed([e for e in self.persons if e.end <= tok.i]):
            role = self._spelled_out((ent._.role or "").lower())
            before = self._spelled_out(self._title_window(ent).text.lower())
            if word in role or word in before or word in self._described_as(ent):
                return ent
        if not nearest:
            return None
        # A definite title no one is named with: the nearest person named shortly before whose own title is
        # not known ("Idris Bako took charge of the team. The coach told ..."); a "Trade Minister X" is not
        # "the general".
        near = [e for e in self.persons if e.end <= tok.i and tok.i - e.end <= NEAREST_PERSON_TOKENS
                and not self._titled(e)]
        return near[-1] if near else None

    def _title_window(self, ent: Span) -> Span:
        """Up to eight words before a name, not reaching back past the end of the previous sentence."""
        start = max(0, ent.start - 8)
        ends = [t.i for t in self.doc[start: ent.start] if t.text in (".", "!", "?")]
        return self.doc[(ends[-1] + 1) if ends else start: ent.start]

    def _spelled_out(self, text: str) -> str:
        """Abbreviated titles spelled out: "gen. tariq" -> "general tariq"."""
        return " ".join(self.lex.abbreviations.get(w.rstrip("."), w) for w in text.split())

    def _titled(self, ent: Span) -> bool:
        """Whether the text gives a person a title: a role, a person noun just before the name, or one
        describing it."""
        before = {t.lemma_.lower() for t in self.doc[max(0, ent.start - 3): ent.start]}
        words = before | self._described_as(ent) | set((ent._.role or "").lower().replace(".", " ").split())
        return bool(ent._.role) or any(self.lex.speaker_nouns.get(w) in ("person", "anonymous") for w in words)

    def _described_as(self, ent: Span) -> set[str]:
        """Nouns that describe a person in its own clause: "X, the finance minister," (apposition) and
        "X is the finance minister" (copula)."""
        root = ent.root
        words = {t.lemma_.lower() for c in root.children if c.dep_ == "appos" for t in c.subtree}
        if root.dep_ in ("nsubj", "nsubjpass"):  # "X is the minister", "X was elected mayor"
            words |= {t.lemma_.lower() for c in root.head.children if c.dep_ in ("attr", "oprd") for t in c.subtree}
        if root.dep_ == "appos":  # "the finance minister, X,"
            words |= {t.lemma_.lower() for t in root.head.subtree if t.i < root.left_edge.i}
        return words


def ending_before(ents: list[Span], i: int, window: int) -> list[Span]:
    """The entities (in document order) that end at or before token `i`, fewer than `window` tokens before it.

    Entities do not overlap, so their ends ascend with their starts and the window is found by bisecting.
    """
    return ents[bisect_right(ents, i - window, key=_end): bisect_right(ents, i, key=_end)]


def previous_sentence_start(tok: Token) -> int:
    """The first token of the sentence before `tok`'s (of its own when it is the first)."""
    return tok.doc[tok.sent.start - 1].sent.start if tok.sent.start > 0 else tok.sent.start


def ent_type(ent: Span, lex: Lexicon) -> str:
    if ent.label_ == "PERSON":
        return "person"
    if ent.label_ in ("GPE", "NORP"):
        return "country"
    words = {w.lower() for w in ent.text.replace(".", " ").split()}
    if words & ({k for k, v in lex.speaker_nouns.items() if v == "media"} | lex.media_names):
        return "media"
    return "organisation"


