"""Pronouns: the person or body a "he", "she", "they" or "it" refers to. A mixin of the speaker resolver,
which holds the Doc, its persons and groups in document order, its quotes and stage directions, the genders
the text binds to names and the lexicon."""

from __future__ import annotations

from functools import cached_property

from spacy.tokens import Span, Token

from .antecedents import in_reach, is_subject, name_gender, salient, title_gender
from .bodies import ending_before, previous_sentence_start
from .phrases import given_name
from .quotes import in_quotes

# How many sentences back a chain of the same pronoun, or of the narrator's "I", carries a description.
CHAIN_SENTENCES = 4


# Prepositions that only place what they govern: a place after them is where, not who.
WHERE_PREPOSITIONS = frozenset({"in", "across", "near", "around", "throughout", "inside", "outside"})


class PronounResolver:
    """Pronoun resolution (see the module docstring)."""

    def resolve_pronoun(self, tok: Token) -> Span | None:
        """The entity a pronoun most likely refers to: the latest compatible mention before it."""
        kind = self.lex.pronouns.get(tok.lower_, "")
        if kind in ("male", "female"):
            # The persons ending within 400 tokens before it (in order, so bisected) that it can reach.
            # Not the name an aside interrupts ("Vukovich, she said, was ..." is said of Vukovich by someone else;
            # "the minister, Henrik Lund, he told me that" is Lund).
            verb = tok.head
            aside = verb.i + 1 < len(self.doc) and self.doc[verb.i + 1].text == ","
            # Nor the subject of what a parenthetical or trailing cue reports ("Turnout was 26.8 per cent, she
            # said": she is not "Turnout"; had she meant herself, she would be "she" there too); a possessor
            # may be ("Angela Merkel's phone had been tapped, she told reporters").
            reported = self._reported_start(tok)
            asked = asked_about(tok)
            cands = [e for e in ending_before(self.persons, tok.i, 400)
                     if in_reach(e, tok, self.quotes, self.directions)
                     and not (aside and e.end + 1 == tok.i and self.doc[e.end].text == ",")
                     and not (reported is not None and e.start >= reported and e.root.dep_ in ("nsubj", "nsubjpass"))
                     and not (asked is not None and asked.start <= e.start < asked.end)]
            described = self._described_before(tok, kind)
            # ... a main clause's subject, since which no "she" has gone on about someone else ("She believed
            # ..., and she drilled us the way a coach drills free throws. Her view" is still hers)
            chain = next((t.i for t in self.doc[previous_sentence_start(tok): tok.i] if t.dep_ in ("nsubj", "nsubjpass")
                          and self.lex.pronouns.get(t.lower_) == kind), None)
            chained = chain is not None
            # (read once: the last resort below wants the same reading)
            looked = described is None and not chained
            loose = self._described_before(tok, kind, ungendered=True) if looked else None
            # (or of a time clause of the pronoun's own verb: "When the chief executive was asked ..., he replied")
            clause = loose.root.head if loose is not None else None
            if loose is not None and loose.start >= previous_sentence_start(tok) and (
                    clause.dep_ == "ROOT" or clause.dep_ == "advcl" and clause.head == tok.head):
                # "The doctor told me that ... He also said": no name since; "The mayor has a response. ... she
                # told": the mayor named before
                holder = self.resolve_title(loose.root) \
                    if self.lex.speaker_nouns.get(loose.root.lemma_.lower()) == "person" else None
                fits = holder is not None and name_gender(holder._.canonical or holder.text, self.lex.first_names,
                                                          self.title_words) in ("", kind)
                if not cands or loose.start >= cands[-1].end:
                    self.last_pronoun[kind] = (tok.i, holder if fits else loose)
                    return holder if fits else loose
            if described is not None and (not cands or described.start >= cands[-1].end):
                self.last_pronoun[kind] = (tok.i, described)
                return described  # "My father ... He told me", after any name
            at, referent = self.last_pronoun.get(kind, (-1, None))
            recent = referent is not None and at < tok.i and (
                previous_sentence_start(tok) <= at or self._chained(at, tok, kind))
            # "She wrote that she had seen Mrs Rowe. She notes": a name only in an object since the last "she"
            # does not break the chain of subjects.
            if recent and not any(e.end > at and is_subject(e) for e in cands):
                self.last_pronoun[kind] = (tok.i, referent)
                return referent  # "He told me ... He insists": the same "he", no one named as a subject between
            # A person whose title or own reflexive says "he" is not "she" (nor the other way round); a
            # guess made for one pronoun is not taken as known for the next, where it could mislead.
            known = {e.start: title_gender(e, self.lex.gender_words) or self.genders.get(e._.canonical or e.text, "")
                     for e in cands}
            fitting = [e for e in cands if known[e.start] in ("", kind)]
            # A first name nearly everyone with it shares ranks the rest ("she" is not Walter Briggs), and a person
            # described before ("When my sister married Tom, she ... She said"), unless it would rule out everyone.
            named = [e for e in fitting if name_gender(e._.canonical or e.text, self.lex.first_names,
                                                       self.title_words) in ("", kind)]
            late = loose if looked else self._described_before(tok, kind, ungendered=True)
            if late is not None and chained and late.start > chain:
                late = None  # "She had sat with patients while a doctor explained ..., and she had always said"
            ent = salient(named, tok) or late or salient(fitting, tok)
            if ent is not None:
                self.last_pronoun[kind] = (tok.i, ent)
            return ent
        if kind == "plural" and (named := self._named_pair(tok)) is not None:
            return named  # "Its authors, Dr Priya Nandakumar and Dr Tomas Reyes, looked at ... They found"
        if kind in ("plural", "neuter"):
            # not a place only named as where ("restaurants in eastern Pennsylvania, they found")
            reported = self._reported_start(tok)  # nor what "they" are saying of it ("The ICC, they point out, has")
            cands = [e for e in ending_before(self.groups, tok.i, 120) if not (
                e.label_ == "GPE" and e.root.dep_ == "pobj" and e.root.head.lower_ in WHERE_PREPOSITIONS) and not (
                reported is not None and e.start >= reported and e.root.dep_ in ("nsubj", "nsubjpass"))]
            group = self._subject_group(tok, reported) if kind == "plural" else None
            return group if group is not None and (not cands or group.start > cands[-1].end) else (
                cands[-1] if cands else None)
        return None

    def _subject_group(self, tok: Token, framed: int | None) -> Span | None:
        """The people a "they" goes back to when no name does: the plural or collective subject before it, in its
        sentence or the one before ("The team studied 80 farms in Kansas. In most of them, they found"); not in
        the clause it frames, which starts at `framed` ("The court, they say, is weak")."""
        for t in reversed(self.doc[previous_sentence_start(tok): framed if framed is not None else tok.i]):
            kind = self.lex.speaker_nouns.get(t.lemma_.lower())
            if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN" and (t.tag_ == "NNS" and kind != "document" or kind
                                                                         in ("organisation", "anonymous")):
                start = next((c.i + 1 for c in t.children if c.dep_ == "det"), t.left_edge.i)
                span = Span(self.doc, min(start, t.i), t.i + 1, label="ORG" if kind == "organisation" else "")
                span._.canonical = span.text
                return span
        return None

    def _reported_start(self, tok: Token) -> int | None:
        """Where the clause starts that the cue a pronoun is the subject of reports, when that clause comes
        first ("Turnout was 26.8 per cent, she said", "Prices, he said, will rise"); else None."""
        verb = tok.head
        if tok.dep_ != "nsubj" or not self.lex.cue_kind(verb.lemma_):
            return None
        before = verb.dep_ == "parataxis" and (verb.head.i < tok.i or any(  # ... or around it ("Prices, he said,")
            c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i for c in verb.head.children)) or any(
            c.dep_ == "ccomp" and c.i < tok.i for c in verb.children)
        return tok.sent.start if before else None

    def _rival(self, kin: Token, gender: str) -> bool:
        """Whether the clause of the narrator's kin (an object, or the possessor of a noun) has a subject of its own
        that a "he" or "she" of this gender could mean instead ("The doctor examined my father", "The nurse took
        my mother's hand"; "my mother's doctor"): a name, a person noun of the gender or of none."""
        held = kin.head if kin.dep_ == "poss" else kin
        if held.dep_ in ("nsubj", "nsubjpass"):
            tok = held if held is not kin else None  # "My mother's hands shook": her own
        else:
            verb = held.head.head if held.dep_ == "pobj" else held.head
            tok = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return tok is not None and self._could_mean(tok, gender)

    def _could_mean(self, tok: Token, gender: str) -> bool:
        """Whether a he or she of this gender could mean a noun: not a pronoun, nor a thing."""
        if tok.pos_ == "PRON":
            return False
        if tok.ent_type_ == "PERSON":
            return True
        word = self.lex.gender_words.get(tok.lower_)
        return word == gender or word is None and self.lex.speaker_nouns.get(tok.lemma_.lower()) in (
            "person", "anonymous")

    def _described_before(self, tok: Token, gender: str, ungendered: bool = False) -> Span | None:
        """The person a "he" or "she" refers to when the text describes rather than names them: the latest
        subject of its sentence or the one before headed by a noun of that gender ("My father kept the
        books. He told me ...", "her mother ... she"); with `ungendered`, by a singular person noun of none
        ("The old editor hated padding. He wrote ..."). Never a subject inside a quote the pronoun is
        outside of. In a first-person narrative, also the object of the narrator's verb in the two sentences
        before ("I called my father ... Instead he asked")."""
        near = before = previous_sentence_start(tok)
        window = previous_sentence_start(tok, 2)
        reported = self._reported_start(tok)  # nor the subject of what she reports ("her mother, she tells me,")
        # Through sentences whose subject is the same pronoun or the narrator, the description they continue is
        # still the one meant ("My grandmother used to say ... She grew up ... she told me", "the director called
        # me into her office. I expected to be fired. Instead she asked").
        for _ in range(CHAIN_SENTENCES):
            sent = self.doc[near].sent
            # (a turn of the other "he" or "she" in between too: "She'd say, "Frank, ..." And he'd say"; a name
            # only called out in a quote, or a person of the other gender, is no one who could be meant)
            if near == 0 or not any(t.dep_ in ("nsubj", "nsubjpass") and (
                    self.lex.pronouns.get(t.lower_) in ("male", "female") or t.lower_ in ("i", "we")) for t in sent) \
                    or any((t.ent_type_ == "PERSON" or t.pos_ == "NOUN") and self._could_mean(t, gender)
                           and not in_quotes(t, self.quotes) for t in sent):
                break  # ... but not past someone else the narrator meets ("I sat next to a young nurse.")
            near = self.doc[near - 1].sent.start
            window = min(window, near)
        for t in reversed(self.doc[window: tok.i]):
            verb = t.head.head if t.dep_ == "pobj" and t.head.lower_ in ("to", "for", "with") else t.head  # "showed it
            # to my wife", "I worked for his uncle"
            # ... or anyone's, when the narrator's own and no one else of the gender is there to mean ("he read it
            # out to my mother. She'd say", "My mother's hands shook, though she would tell you"; not "The doctor
            # examined my father. He said")
            narrated = t.pos_ == "NOUN" and (t.dep_ in ("dobj", "dative") or verb.i != t.head.i) and \
                self.lex.gender_words.get(t.lower_) == gender and any(
                    c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in verb.children
                ) or t.pos_ == "NOUN" and t.dep_ in ("dobj", "dative", "pobj", "poss") and any(
                    c.dep_ == "poss" and c.lower_ in ("my", "our") for c in t.children
                ) and self.lex.gender_words.get(t.lower_) == gender and not self._rival(t, gender)
            if narrated and in_reach(self.doc[t.left_edge.i: t.i + 1], tok, self.quotes, self.directions):
                name = given_name(t)  # "I met a woman called Doreen"
                if name is not None:
                    return self.ent_at.get(name.i) or self.doc[name.left_edge.i: name.i + 1]
                return self.doc[t.left_edge.i: t.i + 1]
            # A subject, or a person a copula introduces ("The first was my grandmother, Ilse. She ...")
            # (not the narrator's or another person's own: "when I was a boy")
            introduced = t.dep_ == "attr" and t.head.lemma_ == "be" and t.pos_ == "NOUN" and not any(
                c.dep_ == "nsubj" and c.pos_ == "PRON" and c.lower_ != "it" for c in t.head.children)
            if t.i < near or t.dep_ not in ("nsubj", "nsubjpass") and not introduced or reported is not None and (
                    t.i >= reported and t.dep_ in ("nsubj", "nsubjpass")) \
                    or t.pos_ not in ("NOUN", "PROPN") or t.i in self.ent_at or t.i < before and t.head.dep_ != "ROOT":
                continue  # further back than the sentence before, only a main clause's subject
            if t.lower_ == "name" and any(c.dep_ == "poss" and self.lex.pronouns.get(c.lower_) == gender
                                          for c in t.children):
                named = next((a for a in t.head.children if a.dep_ == "attr" and a.pos_ == "PROPN"), None)
                if t.head.lemma_ == "be" and named is not None:  # "Her name is Patrice. She works ..."
                    return self.ent_at.get(named.i) or self.doc[named.left_edge.i: named.i + 1]
            # A full name the NER missed ("Chief executive Helena Marsh said ... she said"), of unknown gender.
            first = next((c for c in t.lefts if c.dep_ == "compound" and c.pos_ == "PROPN" and c.is_title), None)
            if t.pos_ == "PROPN" and t.lower_ not in self.lex.gender_words:  # not "Mother says"
                span = self.doc[first.i: t.i + 1] if first is not None and t.is_title and not t.is_sent_start else None
                if span is not None and in_reach(span, tok, self.quotes, self.directions):
                    return span
                continue
            # ... or a person noun of no gender its own clause gives one ("the director called me into her office")
            fits = self.lex.gender_words.get(t.lower_) == gender or t.tag_ == "NN" and \
                self.lex.speaker_nouns.get(t.lemma_.lower()) == "person" and any(
                    x.i > t.i and x.dep_ in ("poss", "dobj", "pobj") and self.lex.pronouns.get(x.lower_) == gender
                    for x in t.sent) or (
                ungendered and t.tag_ == "NN" and t.lower_ not in self.lex.gender_words
                and self.lex.speaker_nouns.get(t.lemma_.lower()) == "person" and not any(  # not "The coach praised
                    x.i > t.i and x.dep_ == "poss" and self.lex.pronouns.get(x.lower_) in ("male", "female")
                    for x in t.head.subtree))  # his players. She said", "My teacher ... her brother. He said"
            span = self.doc[t.left_edge.i: t.i + 1]
            # "Her neighbour, Samuel Owino, was more sanguine": the name given with the description
            name = next((c for c in t.children if c.dep_ == "appos" and c.pos_ == "PROPN"), None)
            if fits and name is None:
                name = self._named_earlier(t)  # "my grandmother, Edith, ... My grandmother kept a diary"
            if fits and name is not None:
                span = self.ent_at.get(name.i) or self.doc[name.left_edge.i: name.i + 1]
            if fits and in_reach(span, tok, self.quotes, self.directions):
                return span
        return None

    @cached_property
    def title_words(self) -> frozenset[str]:
        """One-word titles and person nouns a name may start with ("Sen.", "Councilman", "Dr")."""
        return frozenset({t for t in self.lex.titles if " " not in t} | set(self.lex.abbreviations)
                         | {w for w, kind in self.lex.speaker_nouns.items() if kind in ("person", "anonymous")})

    def _chained(self, at: int, tok: Token, kind: str, most: int = 5) -> bool:
        """Whether every sentence between the one of token `at` and `tok`'s (at most `most`) has a subject
        pronoun of the same kind: "She notes ... She worried constantly. She also had ... The vicar, she
        wrote," is one "she" throughout."""
        end = self.doc[at].sent.end
        for _ in range(most):
            if end >= tok.sent.start:
                return True
            sent = self.doc[end].sent
            if not any(t.dep_ in ("nsubj", "nsubjpass") and self.lex.pronouns.get(t.lower_) == kind for t in sent):
                return False
            end = sent.end
        return False

    def _person_at(self, tok: Token) -> Span | None:
        """The person a name token is part of, a surname the NER missed or mislabelled included."""
        ent = self.ent_at.get(tok.i)
        if ent is not None and ent.label_ == "PERSON":
            return ent
        return self.person_named(tok) if tok.pos_ == "PROPN" else None

    def _named_earlier(self, noun: Token) -> Token | None:
        """The name given earlier in apposition to the same description with the same possessor or
        determiner ("written to my grandmother, Edith," for a later "My grandmother"; not "His mother"), when
        that description had one name."""
        names = self.appositive_names.get(description_key(noun), ())
        earlier = {self.doc[c.left_edge.i: c.i + 1].text: c for c in names if c.i < noun.i}
        return next(iter(earlier.values())) if len(earlier) == 1 else None

    @cached_property
    def appositive_names(self) -> dict[tuple[str, str], list[Token]]:
        """(possessor or determiner, noun) -> the names set in apposition to it, in order; read once a Doc."""
        found: dict[tuple[str, str], list[Token]] = {}
        for t in self.doc:
            for c in t.children:
                if c.dep_ == "appos" and c.pos_ == "PROPN" and t.pos_ == "NOUN":
                    found.setdefault(description_key(t), []).append(c)
            if t.lemma_ == "be":  # ... or said to be it: "Thomas Brennan was my grandfather", "My aunt is Rose Ellis"
                subj = next((c for c in t.children if c.dep_ == "nsubj"), None)
                attr = next((c for c in t.children if c.dep_ == "attr"), None)
                pair = (subj, attr) if subj is not None and subj.pos_ == "NOUN" else (attr, subj)
                if pair[0] is not None and pair[1] is not None and pair[0].pos_ == "NOUN" and pair[1].pos_ == "PROPN" \
                        and any(c.dep_ == "poss" for c in pair[0].children):
                    found.setdefault(description_key(pair[0]), []).append(pair[1])
        return found

    def _named_pair(self, tok: Token) -> Span | None:
        """The persons a "they" refers to when the latest subject before it, in its sentence or the one
        before, names several ("Nandakumar and Reyes found", "Its authors, Dr X and Dr Y, looked"): the
        span from the first name to the last."""
        for t in reversed(self.doc[previous_sentence_start(tok): tok.i]):
            if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ == "PRON":
                continue
            head = next((c for c in t.children if c.dep_ == "appos"), t) if t.tag_ == "NNS" else t
            first = self._person_at(head)
            last = next((self._person_at(c) for c in head.children if c.dep_ == "conj"), None)
            joined = next((c for c in head.children if c.dep_ == "conj" and c.pos_ == "PROPN"), None)
            if (first is None or last is None) and head.pos_ == "PROPN" and joined is not None and \
                    head.ent_type_ in ("", "PERSON") and joined.ent_type_ in ("", "PERSON"):
                # names the model did not tag: "West and Börjesson (2020) reach ..., although they caution"
                span = self.doc[head.left_edge.i: joined.i + 1]
                if in_reach(span, tok, self.quotes, self.directions):
                    span._.canonical = span.text
                    return span
            if first is None or last is None:
                return None
            span = self.doc[first.start: last.end]
            if not in_reach(span, tok, self.quotes, self.directions):
                return None
            span._.canonical = " and ".join(e._.canonical or e.text for e in (first, last))
            return span
        return None

    def person_named(self, tok: Token) -> Span | None:
        """The person entity whose name ends with this word, when exactly one name fits."""
        fits = {e._.canonical or e.text: e for e in self.persons if e.text.split()[-1] == tok.text}
        return next(iter(fits.values())) if len(fits) == 1 else None


def description_key(noun: Token) -> tuple[str, str]:
    """A description's possessor or determiner and noun, lower case ("my", "grandmother")."""
    mark = next((c.lower_ for c in noun.children if c.dep_ in ("poss", "det")), "")
    return mark, noun.lower_


# Participles whose understood subject is asked something: "Asked whether Henshall had let the team down, he".
ASKED_VERBS = frozenset({"ask", "press", "question", "quiz", "challenge"})


def asked_about(tok: Token) -> Span | None:
    """The clause "Asked whether X ..." or "When pressed about X" that a pronoun subject's verb governs: the
    pronoun is the one asked, so X, named in the question, is not who the pronoun is."""
    verb = tok.head
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = next((c for c in verb.children if c.dep_ == "advcl" and c.tag_ == "VBN" and c.i < tok.i
                   and c.lemma_.lower() in ASKED_VERBS), None)
    return tok.doc[clause.left_edge.i: clause.right_edge.i + 1] if clause is not None else None
