"""Speakers: describe the source phrase of a cue, and resolve pronouns and titles to named entities."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import astuple, dataclass, replace
from functools import cached_property
from operator import attrgetter

from spacy.tokens import Doc, Span, Token

from ..records import Quote
from .antecedents import (
    addressee,
    bound_genders,
    it_antecedent,
    name_gender,
    stage_directions,
    surname_mentions,
    title_gender,
)
from .bodies import SPEAKER_LABELS, BodyResolver, ent_type
from .citations import cited_authors
from .clauses import whose_antecedent
from .lexicon import Lexicon
from .persons import PersonFinder
from .phrases import POSTSCRIPT_LABELS, members_of, share_of, speaker_phrase, stolen
from .pronouns import PronounResolver
from .util import possessive, subtree_span

# How far back (in tokens) a title with no named holder looks for the person it refers to.
NEAREST_PERSON_TOKENS = 40
VALUE_LABELS = {"DATE", "TIME", "CARDINAL", "ORDINAL", "PERCENT", "MONEY", "QUANTITY"}

# Words left out of a speaker's canonical form: articles and "itself" ("The joint communiqué itself states").
REFLEXIVE_WORDS = frozenset({"the", "a", "an", "itself", "themselves", "himself", "herself"})

# Marks that open a title a subject may be ("“Fahrenheit 451” imagined"); apostrophes are possessives.
TITLE_MARKS = frozenset({'"', "“", "«", "„", "``"})
# Whose a title is ("the Uzbek foreign minister"), compared by first letters: "Pakistani", "Pakistan's" agree.
PLACE_LABELS = frozenset({"NORP", "GPE"})
CLOSING_MARKS = frozenset({'"', "”", "»", "''"})
# Abstract nouns that are documents when owned or named.
OWNED_DOCUMENTS = frozenset({"plan", "schedule"})
# Quantities that make an attribution hardly anyone's: "Few believe the plan will work".
FEW = frozenset({"few", "fewer", "less", "little", "more"})
# Adjectives that give data an origin: "official statistics", "government figures".
OFFICIAL_ADJECTIVES = frozenset({"official", "government", "federal", "governmental", "ministerial"})
# A share of time, not of people: "The first half suggested", "the second quarter".
PART_WORDS = frozenset({"first", "second", "third", "fourth", "last", "final", "opening", "closing", "early", "late"})
# Shares of a group that speak for it ("nearly half said", "two-thirds believe", "Nine percent said").
SHARE_WORDS = frozenset({"half", "majority", "minority", "third", "thirds", "quarter", "quarters", "two-thirds",
                         "three-quarters", "fifth", "fifths", "tenth", "tenths", "most", "percent", "cent", "%"})


@dataclass
class Speaker:
    """A source as written, what it resolves to, and its type."""

    text: str = ""
    canonical: str = ""
    type: str = ""
    token: int = -1


# How a word hangs on a noun as its modifier, not its name: "an aide familiar with the Sethi campaign", "a spokesman
# for Albright", "a nurse who treated Dana Lee", "a colleague's"; not the examples of "such as", "like", "including".
MODIFIER_DEPS = frozenset({"prep", "amod", "acl", "relcl", "poss", "advcl", "npadvmod"})
EXAMPLE_PREPOSITIONS = frozenset({"as", "like", "including"})
INDEFINITE_DETERMINERS = frozenset({"a", "an", "another", "one", "some"})
# The ends of nouns for someone by what they do or hold, when no list names them ("the psalmist", "a lobbyist").
PERSON_SUFFIXES = ("ist", "ian")


def modifies(tok: Token, head: Token) -> bool:
    """Whether a token hangs on `head` through a modifier (MODIFIER_DEPS) rather than naming it."""
    while tok.i != head.i and tok.head.i != tok.i:
        if tok.dep_ in MODIFIER_DEPS and not (tok.dep_ == "prep" and tok.lower_ in EXAMPLE_PREPOSITIONS) and not (
                tok.dep_ == "acl" and tok.lower_ in ("named", "called")):  # "A ganger named Peter Robertson"
            return True
        tok = tok.head
    return False


# Words before a title that make it another office: "the shadow chancellor", "the former president".
OTHER_OFFICE = frozenset({"shadow", "former", "ex", "deputy", "vice", "assistant", "junior", "late"})


class SpeakerResolver(PronounResolver, BodyResolver, PersonFinder):
    """Describes a speaker phrase and resolves pronouns and titles to named entities."""

    def __init__(self, doc: Doc, lex: Lexicon, quotes: Sequence[Quote] = ()):
        self.doc = doc
        self.lex = lex
        self.quotes, self.directions, self.addressee = quotes, stage_directions(doc), addressee(doc)
        self.abstract = lex.non_speakers - lex.unsourced_data  # data speak with an origin
        self.sourced_nouns = lex.document_nouns | lex.unsourced_data  # nouns whose origin speaks
        self.ent_at = {t.i: ent for ent in doc.ents for t in ent}
        self.persons = self._persons(doc)
        named = {e.start for e in self.persons}
        self.persons = sorted(self.persons + surname_mentions(doc, self.persons, self.ent_at), key=attrgetter("start"))
        # canonical name -> gender, where the text binds one to the name ("Dunmore found herself alone")
        self.genders: dict[str, str] = bound_genders(self.persons, lambda e: e._.canonical or e.text,
                                                     lambda e: title_gender(e, lex.gender_words))
        self.last_pronoun: dict[str, tuple[int, Span]] = {}  # gender -> (token, referent) of the latest he/she
        self.groups = [e for e in doc.ents if e.label_ in ("ORG", "GPE", "NORP") and e.start not in named]

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
        if low in ("there", "this", "that", "these", "those", "what", "which") or low in POSTSCRIPT_LABELS:
            return False  # ... nor a postscript's "P.S." the parser made the subject of "Tell X that"
        if members_of(tok) is not None or share_of(tok) or low == "one" and (tok.head.tag_ == "VBD" or any(
                c.dep_ == "relcl" for c in tok.rights)):
            return True  # "One of them, X, recalled", "Two of the aides said", "One in five", "One told me"
        ent = self.ent_at.get(tok.i)
        if low in SHARE_WORDS and (ent is None or ent.label_ not in ("DATE", "TIME", "ORDINAL") or any(
                c.lower_ in ("a", "an") for c in tok.children)) and not any(
                c.dep_ == "amod" and c.lower_ in PART_WORDS for c in tok.children):
            return True  # "nearly half said", "A third reported"; not "The third quarter showed" (a date)
        if tok.pos_ == "NUM" or (ent is not None and ent.label_ in VALUE_LABELS and low not in self.lex.document_nouns):
            return False  # "The two countries had in February, 2018 agreed": a date is no source ("The minutes" is)
        lemma = tok.lemma_.lower()
        # An owned or named plan is a document ("The council's plan states that"); not "Britain's history shows".
        owned = lemma in OWNED_DOCUMENTS and (tok.pos_ == "PROPN" or any(possessive(c) for c in tok.children))
        if (ent is None or ent.label_ != "PERSON") and lemma in self.abstract and not owned:
            return False  # "Only time will tell", "The latest developments suggest"
        # (the modifiers of a data noun the parser made a compound of its verb: "official data show[NN]")
        mods = [*tok.children, *(c for c in tok.head.children if c.i < tok.i)] if tok.dep_ == "compound" else list(
            tok.children)
        if lemma in self.lex.unsourced_data and not any(possessive(c) or c.dep_ in ("acl", "relcl") or (
                c.dep_ == "prep" and c.lower_ in ("from", "by", "of")) or c.lower_ == "same" or self._origin(c)
                for c in mods):
            return False  # "The latest figures suggest"; not "Figures from the census", "Figures published today",
            # "The same statistics show" (those named before) or "U.N. figures show"
        if self._quoted_title(tok):
            return False  # a title: "Ray Bradbury's “Fahrenheit 451” imagined" (not "Galois' cousin")
        if lemma in self.lex.works and any(t.text in "“\"«" for t in self.doc[tok.i + 1: tok.i + 3]):
            return False  # "The book “The Long Retreat” shows": the author reads the work
        # ... or a name the tagger took for an adjective ("Aldous[JJ] insists that")
        return tok.pos_ in ("PROPN", "NOUN", "PRON", "X") or ent is not None or lemma in self.lex.speaker_nouns or (
            tok.pos_ == "ADJ" and tok.dep_ == "nsubj" and tok.is_title and tok.lower_ not in FEW)

    def _origin(self, mod: Token) -> bool:
        """Whether a modifier of data names where they come from: "U.N. figures", "police data", "census data",
        "official statistics"."""
        if mod.dep_ == "amod":
            return mod.lower_ in OFFICIAL_ADJECTIVES
        return mod.dep_ == "compound" and (mod.ent_type_ in ("ORG", "GPE", "NORP") or self.lex.speaker_nouns.get(
            mod.lemma_.lower()) in ("organisation", "anonymous") or mod.lemma_.lower() in self.lex.document_nouns)

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
        if low == "you":  # a speech's audience, unnamed: "You have told us that the clinic closes too early"
            return Speaker(tok.text, "anonymous", "anonymous", tok.i)
        if low in self.lex.pronouns:
            ent = self.resolve_pronoun(tok)
            if ent is not None:
                return Speaker(tok.text, ent._.canonical or ent.text, self._type(ent), tok.i)
            return Speaker(tok.text, "", "person" if self.lex.pronouns[low] in ("male", "female") else "", tok.i)
        if low in SHARE_WORDS or share_of(tok) or low in ("one", "another") and not list(tok.children):
            # "nearly half of respondents", "One in five": an unnamed group; "One told me", "Another said": one of it
            return Speaker(span.text, "anonymous", "anonymous", tok.i)
        if (group := members_of(tok)) is not None:  # "Two of them", "One of the organisers": one of a group
            named = next((self.ent_at[t.i] for t in span if t.i in self.ent_at and t.i not in group
                          and self.ent_at[t.i].label_ == "PERSON"), None)  # "One of them, the ecologist X,"
            if named is not None:
                return Speaker(span.text, named._.canonical or named.text, "person", tok.i)
            found = self.describe(self.doc[group[-1]], at) if self.doc[group[-1]].pos_ != "PRON" else Speaker()
            if found.type in ("document", "media", "organisation", ""):  # "Two of the five reports"
                return Speaker(span.text, found.canonical or "anonymous", found.type or "anonymous", tok.i)
            return Speaker(span.text, "anonymous", "anonymous", tok.i)  # "Two of them", "One of the aides"
        if tok.lemma_.lower() in self.lex.document_nouns and (ant := whose_antecedent(tok)) is not None:
            return Speaker(span.text, *astuple(self.describe(ant, at))[1:3], tok.i)  # "Kearl et al., whose survey"
        ent = self.ent_at.get(tok.i)
        head_kind = self.lex.speaker_nouns.get(tok.lemma_.lower()) or self.lex.speaker_nouns.get(low) or (
            "media" if low in self.lex.media_names and tok.is_title else None) or (
            "person" if tok.pos_ == "NOUN" and tok.lemma_.lower().endswith(PERSON_SUFFIXES) else None)
        if ent is not None and len(ent) == 1 and ent.label_ == "ORG" and (body := self._body_named(tok)):
            ent = body  # "The Bank" tagged on its own after "the World Bank"
        if ent is not None and ent.label_ in SPEAKER_LABELS:
            return Speaker(span.text, ent._.canonical or ent.text, self._type(ent), tok.i)
        sourced = head_kind in ("document", "media", "organisation") or tok.lemma_.lower() in self.sourced_nouns
        owner = self._owner(tok) or (self._possessor(tok) if sourced else None)  # "Its latest annual report"
        named_body = tok.pos_ == "PROPN" and owner is not None and owner.label_ in ("GPE", "NORP")  # "U.S. Senate"
        # A study or data with an origin ("a study by Perimeter Labs", "data from AppPulse") is its origin's too.
        if sourced and owner is not None and not named_body:
            return Speaker(span.text, owner._.canonical or owner.text, ent_type(owner, self.lex), tok.i)
        if sourced and owner is None and (origin := self._origin_noun(tok)) is not None:  # "released by the council"
            return replace(self.describe(origin, at), text=span.text, token=tok.i)
        body = self._body_named(tok) if ent is None else None
        if body is None and ent is None and head_kind != "organisation" and sourced and owner is None:
            # "Northgate Institute published a study. The report noted"; "X issued a statement expressing"
            body = self._issuer(tok) or self._issued_by(tok)
        if body is None and ent is None and owner is None and (
                head_kind in ("document", "media") or tok.lemma_.lower() in self.lex.document_nouns):
            body = self._document_before(tok)  # "... said in its preliminary report. The report noted"
        if body is not None:  # "the institute" after "the Carrow Institute", "the Bank" after "the World Bank"
            return Speaker(span.text, body._.canonical or body.text, ent_type(body, self.lex), tok.i)
        if head_kind in ("document", "media"):
            # "Cornyn's statement": a named owner the NER missed, resolved by surname when it can be.
            poss = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"
                         and c.ent_type_ not in ("DATE", "TIME")), None)  # not "Tuesday's statement"
            if poss is not None:
                person = self.person_named(poss)
                name = self.doc[min(c.i for c in poss.subtree if c.dep_ == "compound" or c.i == poss.i): poss.i + 1]
                return Speaker(span.text, (person._.canonical or person.text) if person is not None else name.text,
                               "person" if person is not None else "", tok.i)
        # The title's holder named inside the phrase, or right after it ("Malaysia's Prime Minister, Najib Razak said").
        between = self.doc[span.end: at] if span.end < at <= span.end + 8 else self.doc[0:0]
        if any(t.pos_ in ("VERB", "AUX") for t in between):
            between = self.doc[0:0]
        appos = [t for t in span if t.dep_ == "appos"]  # a name in apposition first ("... of Valdora, Teodor Vasko,")
        # Not a possessor ("Jenna's mother" is not Jenna), nor the one an aide works for ("a Tilley aide"), nor the
        # one a source is close to ("A source close to Dom Archer")
        principal = {t.i for t in span if head_kind == "anonymous" and t.dep_ == "compound" and t.head.i == tok.i}
        near = {t.i for t in (*span, *between) if t.dep_ == "pobj" and t.head.lower_ == "to"
                and t.head.head.pos_ == "ADJ"}
        named = next((self.ent_at[t.i] for t in appos + list(span) + list(between) if t.i in self.ent_at
                      and self.ent_at[t.i].label_ == "PERSON" and self.ent_at[t.i].root.dep_ != "poss"
                      and self.ent_at[t.i].root.i not in principal | near
                      and not (tok.pos_ == "NOUN" and modifies(self.ent_at[t.i].root, tok))), None)
        named_body = next((self.ent_at[c.i] for c in tok.children if c.dep_ == "appos" and c.i in self.ent_at
                           and self.ent_at[c.i].label_ == "ORG"), None)
        if named_body is not None and head_kind == "organisation":  # "The company that owned it, Ferrand Ltd,"
            return Speaker(span.text, named_body._.canonical or named_body.text, "organisation", tok.i)
        if named is None and head_kind != "organisation" and span.end + 1 < len(self.doc) \
                and self.doc[span.end].text == ",":
            # "In the words of its provost, Beatriz Almeida,": a name after the title, whatever the NER took it for
            named = self.ent_at.get(span.end + 1) if self.doc[span.end + 1].pos_ == "PROPN" and not stolen(
                tok, self.doc[span.end + 1]) else None
        if named is not None and tok.pos_ in ("NOUN", "PROPN"):
            # "Afghan Ambassador to the United States Hamdullah Mohib": the title's holder speaks.
            return Speaker(span.text, named._.canonical or named.text, "person", tok.i)
        appos = next((c for c in tok.children if c.dep_ == "appos" and c.pos_ == "PROPN" and (
            c.i not in self.ent_at or self.ent_at[c.i].label_ in ("ORG", "GPE", "LOC", "FAC", "NORP"))
                      and all(t.pos_ == "PROPN" for t in c.subtree if t.dep_ != "punct")), None)
        if appos is not None and head_kind == "person":  # "His campaign manager, Otavio Rezende," the NER mistyped
            firm = self.ent_at.get(appos.i) is not None and self.ent_at[appos.i].label_ == "ORG" and \
                self.doc[appos.i].text.split()[0].lower() not in self.lex.first_names  # "Their lawyer, X Chambers"
            return Speaker(span.text, subtree_span(appos).text, "organisation" if firm else "person", tok.i)
        if (authors := cited_authors(tok)) is not None:  # "Haugen and Mbeki (2023) show ... The authors estimate"
            return Speaker(span.text, authors.text, "person", tok.i)
        definite = any(c.dep_ in ("det", "poss") and c.lower_ in ("the", "this", "that", "his", "her", "their")
                       for c in tok.children)
        # "One veteran teacher told me", "A nurse said": someone new, not a person named before.
        indefinite = any(c.dep_ in ("det", "nummod") and c.lower_ in INDEFINITE_DETERMINERS for c in tok.children)
        if (head_kind == "person" and tok.tag_ != "NNS" and not indefinite) or (head_kind == "anonymous" and definite):
            # "The minister said", "The spokesman said": the title refers back to the person named with it; the
            # person named last only after "the" ("Her son said" is not the woman named before).
            # ... but "A spokesman for the secretary of state said ... The spokesman declined" is that unnamed one.
            unnamed = head_kind == "anonymous" and any(
                t.lemma_ == tok.lemma_ and t.dep_ in ("nsubj", "nsubjpass") and any(
                    c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)
                for t in self.doc[max(0, tok.i - NEAREST_PERSON_TOKENS * 3): tok.i])
            ent = None if unnamed else self.resolve_title(
                tok, nearest=definite and not any(c.dep_ == "poss" for c in tok.children))
            if ent is not None:
                return Speaker(span.text, ent._.canonical or ent.text, "person", tok.i)
        examples = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("as", "like", "including")
                         for g in c.children if g.dep_ == "pobj" and g.pos_ == "PROPN"), None)
        if examples is not None and head_kind in ("person", "anonymous"):
            # "Economists such as Jayati Ghosh and Santosh Mehrotra have argued": the ones named speak
            return Speaker(span.text, subtree_span(examples).text, "person", tok.i)
        if head_kind == "anonymous":
            # "US officials", "a State Department spokesman": unnamed, but the body they speak for is named.
            body = [t for t in span if t.i != tok.i and self.ent_at.get(t.i) is not None
                    and (self.ent_at[t.i].label_ in ("ORG", "GPE", "NORP") or t.dep_ == "compound")]
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

    def resolve_title(self, tok: Token, nearest: bool = False) -> Span | None:
        """The person a titled reference names ("the president", "the Russian commander"); with `nearest`,
        failing a named holder of the title, the person named last shortly before."""
        word = tok.lemma_.lower()
        places = {t.lower_[:4] for t in tok.subtree if t.i < tok.i and t.ent_type_ in PLACE_LABELS}

        def elsewhere(ent: Span) -> bool:  # "the Uzbek foreign minister" is not "Pakistan's Foreign Minister Qazi"
            theirs = self.title_places.get(ent._.canonical or ent.text)
            return bool(places and theirs and not places & theirs)

        gender = self.lex.gender_words.get(word)
        mine = {c.lower_ for c in tok.children if c.lower_ in OTHER_OFFICE}  # "the shadow chancellor" is one
        for ent in reversed([e for e in self.persons if e.end <= tok.i]):
            # "her daughter" is not the son named after her ("survived by her daughter; a son, Daniel Hurst")
            if elsewhere(ent) or gender and name_gender(ent._.canonical or ent.text, self.lex.first_names) not in (
                    "", gender):
                continue
            role = self._spelled_out((ent._.role or "").lower())
            before = self._spelled_out(self._title_window(ent).text.lower())
            described = self._described_as(ent)
            # (the office word right after "shadow", "former": in the title, or in an apposition's words)
            pairs = [*(w.strip(",.;:()") for w in f"{role} {before}".replace("-", " ").split()), "|",
                     *self._appositive_words(ent)]
            if not mine and any(a in OTHER_OFFICE and b == word for a, b in zip(pairs, pairs[1:], strict=False)):
                continue  # "the shadow chancellor, Edward Carrick" is not "the chancellor"
            if word in role or word in before or word in described:
                return ent
        if not nearest:
            return None
        # A definite title no one is named with: the nearest person named shortly before whose own title is
        # not known ("Idris Bako took charge of the team. The coach told ..."); a "Trade Minister X" is not
        # "the general".
        near = [e for e in self.persons if e.end <= tok.i and tok.i - e.end <= NEAREST_PERSON_TOKENS
                and not self._titled(e) and not elsewhere(e)]
        # ... not one the sentence has just called "her" ("Bev retired. At her party, the day charge nurse said")
        theirs = any(t.dep_ == "poss" and t.lower_ in ("her", "his") for t in self.doc[tok.sent.start: tok.i])
        return near[-1] if near and not theirs else None

    @cached_property
    def title_places(self) -> dict[str, set[str]]:
        """The places and nationalities in the titles each person is named with ("Pakistan's Foreign Minister
        Tariq Qazi": {"paki"}), by canonical name, as `resolve_title` compares them."""
        out: dict[str, set[str]] = {}
        for e in self.persons:
            # Only the title right before the name, capitalised words and a possessive, up to a comma: not the
            # place of "Speaking in London on Monday, Foreign Minister Ishaq Dar"
            i = e.start
            while i > max(0, e.start - 6) and (self.doc[i - 1].is_title or self.doc[i - 1].tag_ == "POS"):
                i -= 1
            out.setdefault(e._.canonical or e.text, set()).update(
                t.lower_[:4] for t in self.doc[i: e.start] if t.ent_type_ in PLACE_LABELS)
        return out

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

    def _appositive_words(self, ent: Span) -> list[str]:
        """The words of the apposition after a name, in order ("Edward Carrick, the shadow chancellor,")."""
        return [t.lemma_.lower() for c in ent.root.children if c.dep_ == "appos" for t in c.subtree]

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
