"""Bodies behind a source phrase: the owner of a document or office, the body a definite description or a
document named again refers to. A mixin of the speaker resolver, which holds the Doc, its entities by
token (`ent_at`), its organisations and places (`groups`), the lexicon and pronoun resolution."""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from operator import attrgetter

from spacy.tokens import Span, Token

from .antecedents import ISSUING_VERBS, issued, it_antecedent
from .lexicon import Lexicon
from .util import possessive

SPEAKER_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC"}
# How far back (in tokens) a definite description looks for the body it names ("the institute").
NEAREST_BODY_TOKENS = 600
# Words in a business's name that also name public bodies ("Halvorsen Group", "Wellcome Trust").
BUSINESS_NAME_WORDS = frozenset({"group", "trust", "foundation", "team", "league", "association", "inc", "ltd", "plc",
                                 "llc", "corp", "bros", "holdings"})
# Possessive pronouns whose noun a resolved referent owns ("its latest report", "His office").
POSSESSIVE_PRONOUNS = {"its": "it", "their": "they", "his": "he", "her": "she"}
# How many sentences before its own a document named again ("The report noted") looks for its first mention.
DOCUMENT_SENTENCES_BACK = 2
_end = attrgetter("end")


class BodyResolver:
    """Owners and antecedents of document, office and body nouns (see the module docstring)."""

    def _owner(self, tok: Token) -> Span | None:
        """The entity a document or media head belongs to ("ISPR's statement", "statement of the ISPR");
        organisations and people outrank places and nationalities ("the Russian Security Council")."""
        named = [c for c in tok.children if c.dep_ == "compound" or possessive(c)]
        named += [g for c in named for g in c.children if g.dep_ == "compound"]  # "A Gallup Pakistan survey"
        # The object named, or its possessor; not a place deeper in it ("an analysis of foxes in Zurich").
        phrases = self._origin_phrases(tok)
        named += [g for p in phrases for o in p.children if o.dep_ == "pobj"
                  for g in (o, *(x for x in o.children if x.dep_ in ("poss", "compound")))]
        found = [self.ent_at[g.i] for g in named if g.i in self.ent_at and (
            g.head.i == tok.i or self.ent_at[g.i].label_ in SPEAKER_LABELS)]
        unnamed = next((o for c in phrases if c.lower_ in ("from", "by") for o in c.children
                        if o.dep_ == "pobj" and o.pos_ == "PROPN" and o.i not in self.ent_at), None)
        if unnamed is not None and all(e.label_ in ("GPE", "NORP") for e in found):
            # a body the model did not name ("a survey by the British Chambers of Commerce", "data from Zillow"):
            # its proper name, not the nationality inside it
            end = max(t.i for t in unnamed.subtree if t.pos_ == "PROPN") + 1
            start = min(t.i for t in unnamed.subtree if t.pos_ == "PROPN" and t.i <= unnamed.i)
            return self.doc[start:end]
        rank = {"ORG": 0, "PERSON": 1, "GPE": 2, "FAC": 3, "NORP": 4}
        found = [e for e in found if e.label_ in rank]  # not "The Friday statement"
        if not found:  # "the chamber's report" after "the Calverra Chamber of Commerce": the body named before
            found = [b for c in tok.children if possessive(c) and c.pos_ == "NOUN" and (b := self._body_named(c))]
        if not found and tok.pos_ == "NOUN" and self._authored(tok):  # "A Pew Research Center poll", not "Deseret News"
            start = tok.i
            while start > 0 and self.doc[start - 1].pos_ == "PROPN" and self.doc[start - 1].is_title \
                    and self.doc[start - 1].dep_ == "compound" and not self.doc[start - 1].ent_type_:
                start -= 1
            return self.doc[start: tok.i] if start < tok.i else None
        return min(found, key=lambda e: (rank.get(e.label_, 9), e.start)) if found else None

    def _origin_phrases(self, tok: Token) -> list[Token]:
        """The phrases that say where a document or data come from: "the statement of the ISPR", "data from X", "a
        statement issued by Norvell Pharma"; not "The lawsuit, filed in federal court in Raleigh" (only a
        participle's agent)."""
        phrases = [p for c in tok.children for p in ([c] if c.dep_ == "prep" and c.lower_ in ("of", "from", "by") else [
            a for a in c.children if a.dep_ == "agent" or (a.dep_ == "prep" and a.lower_ == "by")]
            if c.dep_ == "acl" and c.lemma_.lower() not in self.lex.funding_verbs and (
                c.lemma_.lower() not in self.lex.leading_verbs or self._authored(tok)) else [])]
        # ... and the "by" the parser hung on what a survey is of ("a survey of 1,012 adults by Redmond Research")
        return phrases + [b for p in phrases if p.lower_ == "of" for o in p.children if o.dep_ == "pobj"
                          for b in o.children if b.dep_ == "prep" and b.lower_ == "by"]

    def _origin_noun(self, tok: Token) -> Token | None:
        """A body or people named by a common noun that a document or data come from ("figures released by the
        council", "data from local officials"), when no name does."""
        return next((o for p in self._origin_phrases(tok) if p.lower_ != "of" for o in p.children if o.dep_ == "pobj"
                     and o.pos_ == "NOUN" and self.lex.speaker_nouns.get(o.lemma_.lower()) in (
                         "organisation", "person", "anonymous", "media")), None)

    def _authored(self, tok: Token) -> bool:
        """Whether a noun names a document or an outlet, which the one who runs or backs it speaks through."""
        lemma = tok.lemma_.lower()
        return self.lex.speaker_nouns.get(lemma) in ("document", "media") or lemma in self.lex.document_nouns

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
        with the description's noun or has it for head ("the Carrow Institute ... the institute", "the World
        Bank ... the Bank", "the Bank of Ireland ... the bank")."""
        if tok.pos_ not in ("NOUN", "PROPN") or not any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children):
            return None
        near = [e for e in ending_before(self.groups, tok.i, NEAREST_BODY_TOKENS) if e.label_ == "ORG" and len(e) > 1]
        if ending := [e for e in near if e[-1].lower_ == tok.lower_]:
            return ending[-1]
        # ... or whose head noun it is ("the Calverra Chamber of Commerce ... the chamber"), when only one body
        # could be meant (not "the University of Leeds and the University of Manchester ... the university")
        if headed := [e for e in near if e.root.lower_ == tok.lower_]:
            return headed[-1] if len({(e._.canonical or e.text).lower() for e in headed}) == 1 else None
        described = any(c.dep_ in ("appos", "relcl", "acl", "prep") for c in tok.children)
        company = tok.lemma_.lower() in self.lex.company_nouns
        if (company or tok.lemma_.lower() in self.lex.body_nouns) and not described:
            # "Shares in Norvane Foods plc fell ... The company said": the company named last as (in) the
            # subject of a main clause, in its sentence or the two before; not one in a reported clause
            # ("disclosed that the Financial Conduct Authority had opened").
            start = previous_sentence_start(tok, 2 if company else 1)
            # ... a body only with no other of its noun since ("A group of residents met. The group said")
            start = max([start, *(t.i + 1 for t in self.doc[start: tok.i] if t.lemma_ == tok.lemma_ and not company)])
            companies = [e for e in ending_before(self.groups, tok.i, len(self.doc)) if e.label_ == "ORG" and (
                not company or not any(self.lex.speaker_nouns.get(t.lower_) == "organisation" and t.lower_ not in
                                       self.lex.company_nouns and t.lower_ not in BUSINESS_NAME_WORDS for t in e))]
            # ("the Ministry of Health" is no company)
            for ent in reversed(companies):
                if ent.start < start:
                    break
                if in_main_subject(ent.root, self.lex):
                    return ent
            # ... else the company the text has named most often before it, twice at least ("According to the
            # company" in a story about Nordvane Pharma)
            if not company:
                return None
            counts = Counter(e._.canonical or e.text for e in companies)
            top = max(counts.values(), default=0)
            return next((e for e in reversed(companies) if top >= 2 and counts[e._.canonical or e.text] == top), None)
        return None

    def _issued_by(self, tok: Token) -> Span | None:
        """The body or person that issues a document in the same clause ("The European Commission issued a
        statement expressing concern"): the subject of the issuing verb the document is the object of."""
        if tok.dep_ != "dobj" or tok.head.lemma_.lower() not in ISSUING_VERBS:
            return None
        subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
        ent = self.ent_at.get(subject.i) if subject is not None else None
        return ent if ent is not None and ent.label_ in ("ORG", "PERSON", "GPE", "NORP") else None

    def _possessor(self, tok: Token) -> Span | None:
        """The entity a noun's possessive pronoun stands for ("Its latest annual report" after the council,
        "His office" after the mayor); None without one or when it cannot be resolved."""
        poss = next((c for c in tok.children if c.dep_ == "poss" and c.lower_ in POSSESSIVE_PRONOUNS), None)
        if poss is None:
            return None
        if poss.lower_ == "its" and (source := it_antecedent(poss, self.lex, self.ent_at)) is not None:
            # "The county's fire service is short of crews. Its own review": the subject it stands for
            return self.ent_at.get(source.i) or self._owner(source) or self._body_named(source) or \
                self.doc[source.left_edge.i: source.i + 1]
        return self.resolve_pronoun(poss)

    def _document_before(self, tok: Token) -> Span | None:
        """The source of a document named again with "the" ("The report noted", "The letter also pointed
        out"): the owner of its latest mention in its sentence or the two before ("said in its preliminary
        report", "a letter from the parish council"), or the possessor or body of that mention's clause
        ("Its reasoning is set out in a 40-page report"). A mention with none ends the search."""
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children):
            return None
        lemma = tok.lemma_.lower()
        for t in reversed(self.doc[previous_sentence_start(tok, DOCUMENT_SENTENCES_BACK): tok.i]):
            if t.lemma_.lower() != lemma or t.pos_ != "NOUN":
                continue
            owner = self._owner(t) or self._possessor(t)
            if owner is not None:
                return owner
            # The body of the clause the document is in ("said in its preliminary report", "Its reasoning is
            # set out in a 40-page report") or that issued it ("Harlow Water published its review"); not one
            # that acted on it ("Senator Lopez criticised the report").
            head = t.head.head if t.dep_ == "pobj" else t.head
            if not (t.dep_ == "pobj" and t.head.lower_ in ("in", "within")
                    or t.dep_ == "dobj" and head.lemma_.lower() in ISSUING_VERBS):
                return None
            subject = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i != t.i), None)
            if subject is None:
                return None
            ent = self.ent_at.get(subject.i)
            if ent is not None and ent.label_ in ("ORG", "PERSON"):
                return ent
            if ent is None and subject.pos_ == "PROPN":  # a name the NER missed ("Harlow Water published")
                return self.doc[subject.left_edge.i: subject.i + 1]
            return self._possessor(subject) or self._owner(subject) or self._body_named(subject)
        return None


def ending_before(ents: list[Span], i: int, window: int) -> list[Span]:
    """The entities (in document order) that end at or before token `i`, fewer than `window` tokens before it.

    Entities do not overlap, so their ends ascend with their starts and the window is found by bisecting.
    """
    return ents[bisect_right(ents, i - window, key=_end): bisect_right(ents, i, key=_end)]


def in_main_subject(tok: Token, lex: Lexicon | None = None) -> bool:
    """Whether a token is the subject of its sentence's main verb, or inside it ("Shares in Norvane fell"); not
    inside a subject that speaks itself ("Regulators at the NHTSA").

    >>> from spacy.tokens import Doc
    >>> from spacy.vocab import Vocab
    >>> doc = Doc(Vocab(), words="Shares in Norvane fell as Acme sued".split(), heads=[3, 0, 1, 3, 6, 6, 3],
    ...           deps=["nsubj", "prep", "pobj", "ROOT", "mark", "nsubj", "advcl"])
    >>> in_main_subject(doc[2]), in_main_subject(doc[5])
    (True, False)
    """
    inside, relative = tok, False
    while inside.dep_ not in ("ROOT", "nsubj", "nsubjpass"):
        relative = relative or inside.dep_ == "relcl"  # "Cordillera, which is listed in Santiago,": not Santiago
        inside = inside.head
    if relative:
        return False
    # "Regulators at the NHTSA": the subject speaks itself; "The developer, Halden Estates,": the name is it; and
    # "Brightwater Retail's half-year filing shows": a document's owner is who the story is about
    named = tok.dep_ in ("appos", "poss") and tok.head.i == inside.i and (
        tok.dep_ == "appos" or lex is not None and lex.speaker_nouns.get(inside.lemma_.lower()) == "document")
    speaks = lex is not None and inside.i != tok.i and inside.lemma_.lower() in lex.speaker_nouns and not named
    return inside.dep_ != "ROOT" and inside.head.dep_ == "ROOT" and not speaks


def previous_sentence_start(tok: Token, back: int = 1) -> int:
    """The first token of the sentence `back` sentences before `tok`'s (of the first, when there are fewer)."""
    start = tok.sent.start
    for _ in range(back):
        start = tok.doc[start - 1].sent.start if start > 0 else start
    return start


def ent_type(ent: Span, lex: Lexicon) -> str:
    if ent.label_ == "PERSON":
        return "person"
    if ent.label_ in ("GPE", "NORP"):
        return "country"
    words = {w.lower() for w in ent.text.replace(".", " ").split()}
    if words & ({k for k, v in lex.speaker_nouns.items() if v == "media"} | lex.media_names):
        return "media"
    return "organisation"


