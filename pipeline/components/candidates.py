"""Attribution candidates: every reporting cue in a sentence, and the cue that introduces each quote.

A candidate (`Cue`) carries its cue token and words, its class (neutral / loaded / cognition), its form (indirect,
according_to, quote), its speaker and what it reports. They aim at recall; the decision comes later, from features.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from operator import attrgetter

from spacy.tokens import Doc, Span, Token

from ..records import Quote
from .asides import noun_aside
from .blocks import LETTER_HEADING
from .citations import contacted_source, name_before, titled_name
from .clauses import (
    clause_after_colon,
    colon_after,
    fragment_verb,
    noun_verb,
    relative_that_clause,
    statement_opening,
    stranded_in_relative,
    that_clause,
)
from .credits import bracket_source, colon_credit, dash_source
from .cue import Cue, bare_cue, best_cue
from .cue_tests import (
    LOCATOR,
    PREDICATIVE_DEPS,
    anonymity,
    authorial,
    compound_gerund,
    hypothetical,
    known_not_held,
    naming,
    sentential_which,
    trailing_speaker,
)
from .cue_words import CueWords
from .introductions import credit_after, in_adverbial, introduction, label_after
from .lexicon import Lexicon
from .passives import existential_report, heard_from, passive_cue, quoted_as, read_by_author, reported_adverb
from .phrases import (
    agent,
    as_subject,
    aside_subject,
    cue_text,
    named_holder,
    one_there,
    possessed_view,
    quoted_one,
    who_antecedent,
)
from .quotes import cue_after_quote, in_quotes, near, quote_distance
from .speakers import SPEAKER_LABELS, Speaker, SpeakerResolver
from .syntax import (
    PERCEPTION_VERBS,
    content_of,
    is_cue_verb,
    is_passive,
    result_clause,
    source_by_prep,
    subject,
    subtree_span,
)
from .util import doc_text, np_head, possessive
from .views import in_view

CHAPTER_AND_VERSE = re.compile(r"\d+:\d+")  # "John 11:21", "Psalm 13:1"
VALUE_TYPES = frozenset({"MONEY", "QUANTITY", "CARDINAL", "PERCENT"})


# Phrases that name a source or, as often, a reason: "citing officials" is a source, "citing rising costs" is not.
REASON_PHRASES = frozenset({"citing"})


class CueFinder:
    """Finds the candidates of a Doc's sentences, with the lexicons of `models/`."""

    def __init__(self, lexicon: Lexicon):
        self.lex = lexicon
        self.cue_words = CueWords(lexicon)
        self.phrase_starts = self.cue_words.phrase_starts
        self.sourcing_nouns = lexicon.view_nouns | lexicon.counted_nouns  # "in her view", "by one count"

    def find_cues(self, sent: Span, quotes: list[Quote], resolver: SpeakerResolver) -> list[Cue]:
        """Reporting cues in a sentence, outside its quotes, each with its speaker."""
        found: list[Cue] = []
        lex = self.lex
        for tok in self.cue_words.tokens(sent):
            if in_quotes(tok, quotes):
                continue
            if tok.lower_ in self.phrase_starts:
                cue = self._according_to(tok, resolver)
                if cue:
                    found.append(cue)
                    continue
            if (cue := heard_from(tok, sent, quotes, lex, resolver)) is not None:
                found.append(cue)
                continue
            kind = lex.cue_kind(tok.lemma_)
            verb = bool(kind) and (is_cue_verb(tok, lex) or trailing_speaker(tok, quotes) is not None)
            # A statement noun whose phrase opens a quote ("His verdict on the project: “...”"; not "project")
            said = not verb and statement_opening(tok, sent, lex.content_nouns)
            colon = not verb and not said and bool(kind) and tok.i + 1 < sent.end and sent.doc[
                tok.i + 1].text == ":" and not any(c.via == "colon" and c.token.i < tok.i for c in found)
            # A cue verb, or a cue word the parser took for a noun before a colon ("... read: “...”"); a noun with no
            # quote after its colon is read as a noun below ("made a related point: remote workers were ...")
            if (verb or said or colon) and ((cue := (self.verb_cue if verb else self.colon_cue)(
                    tok, kind or "neutral", sent, quotes, resolver)) is not None or not colon):
                if cue is not None:
                    found.append(cue)
            elif tok.lemma_.lower() in lex.predicative_cues and (cue := self.predicative_cue(tok, sent, quotes,
                                                                                             resolver)):
                found.append(cue)
            elif tok.lower_ in lex.adjectives and (tok.dep_ == "acomp" and tok.tag_ in ("JJ", "VBN")
                                                   or (tok.tag_ == "VBN" and is_passive(tok))):
                # "are concerned (that) ...", parsed as an adjective or as a passive participle.
                # (the clause hung on "be": "The minister was clear[acomp] that ...")
                clause = None if result_clause(tok) else next((c for c in (*tok.children, *(
                    tok.head.children if tok.head.lemma_ == "be" else ())) if c.dep_ == "ccomp" and (
                    c.head.i == tok.i or c.i > tok.i and any(m.dep_ == "mark" and m.lower_ == "that"
                                                             for m in c.children))), None)
                subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None) or subject(tok.head)
                if clause is not None and subj is not None and resolver.can_speak(subj):
                    found.append(self._stance_cue(tok, subj, clause, resolver, "adjective"))
            elif tok.lemma_.lower() in self.sourcing_nouns and tok.pos_ == "NOUN" and (
                    cue := in_view(tok, lex, resolver)):
                found.append(cue)
            elif tok.pos_ == "NOUN" and (tok.lemma_.lower() in lex.content_nouns or (
                    tok.lemma_.lower() in lex.made_nouns and (tok.head.lemma_ == "make" or possessed_view(tok)))):
                # "came to the conclusion that", "expressed the hope that"; "warnings from the IMF that growth would
                # slow" taken for a relative clause
                clause = that_clause(tok, ("acl", "ccomp", "relcl")) or relative_that_clause(tok) or (
                    clause_after_colon(tok) if tok.head.lemma_ == "make" else None)  # "made a point: pay fell"
                gov = tok.head if tok.dep_ in ("pobj", "dobj") else tok
                gov = gov.head if gov.dep_ == "prep" else gov
                subj = subject(gov) if gov.pos_ in ("VERB", "AUX") else None
                # "despite warnings from opposition lawmakers that ...": the noun's own source
                subj = next((g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("from", "by")
                             for g in c.children if g.dep_ == "pobj"), None) or subj
                if clause is None and tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
                    # "Their argument is that ...", "X's view is that ...": the possessor holds it.
                    clause = that_clause(tok.head, ("ccomp", "attr"))
                    subj = next((c for c in tok.children if c.dep_ == "poss"), None) or next(
                        (c for c in tok.children if c.dep_ == "compound" and (c.ent_type_ in ("ORG", "NORP") or (
                            lex.speaker_nouns.get(c.lemma_.lower()) in ("organisation", "person", "anonymous")))),
                        None)
                    # "The defence case is that ...", "the government view is that"
                if tok.dep_ == "nsubjpass" and tok.head.lemma_ == "make":
                    # "The point is made in Marsh v Thornbury BC that ...": made by a source or in a document
                    clause = clause or that_clause(tok.head, ("ccomp",))
                    subj = agent(tok.head) or next((g for c in tok.head.children if c.dep_ == "prep" and c.lower_
                                                    == "in" for g in c.children if g.dep_ == "pobj"), None)
                # "courting him in the hope that he would loosen his ties": a motive, not a view reported (but
                # "conceded in its skeleton argument that": a possessor's document)
                motive = tok.dep_ == "pobj" and tok.head.lower_ == "in" and \
                    not any(c.dep_ == "poss" for c in tok.children)
                if clause is not None and subj is not None and not motive and resolver.can_speak(subj):
                    found.append(self._stance_cue(tok, subj, clause, resolver, "noun"))
        if not found and (cue := reported_adverb(sent, quotes) or existential_report(sent, quotes)) is not None:
            found.append(cue)  # "Meta is reportedly preparing a model of its own"
        # "X was quoted in the article saying that ...": the passive's subject said it, not the article.
        quoted = {(c.content.start, c.content.end) for c in found if c.via == "passive" and c.content is not None}
        return [c for c in found if c.via == "passive" or c.content is None or (c.content.start, c.content.end)
                not in quoted]

    def predicative_cue(self, tok: Token, sent: Span, quotes: list[Quote], resolver: SpeakerResolver) -> Cue | None:
        """A verb that reports with a predicative adjective ("The court has made it clear that ...")."""
        adjectives = self.lex.predicative_cues[tok.lemma_.lower()]
        adj = next((c for c in tok.children if c.lower_ in adjectives and c.dep_ in PREDICATIVE_DEPS), None)
        if adj is None:
            return None
        # The first "that" after the adjective opens the clause, wherever the parser hung it ("made it plain
        # in its response to the consultation that ...").
        mark = next((t for t in tok.doc[adj.i + 1: tok.right_edge.i + 1] if t.lower_ == "that" and t.dep_ == "mark"),
                    None)
        clause = mark.head if mark is not None else None
        subj = subject(tok)
        if clause is None or subj is None:
            return None
        first = authorial(subj, self.lex)
        # Events and states make things clear without asserting them ("The heat made it clear that ...").
        if not first and not (resolver.can_speak(subj) and self._known_source(subj)):
            return None
        return Cue(tok, f"{tok.text} {adj.text}", "neutral", "indirect",
                   Speaker() if first else resolver.describe(subj, tok.i), subtree_span(clause), first_person=first,
                   hypothetical=hypothetical(tok, subj, sent, quotes, self.lex), via="predicative")

    def _stance_cue(self, tok: Token, subj: Token, clause: Token, resolver: SpeakerResolver, via: str) -> Cue:
        """A stance adjective or noun with its content clause ("are concerned that", "the hope that")."""
        first = subj.lower_ in self.lex.first_person
        # "nobody can say with confidence that": a generic subject, or a modal or negated verb, supposes
        verb = subj.head
        supposed = subj.lower_ in self.lex.generic_subjects or any(
            c.dep_ == "det" and c.lower_ in ("no", "any") for c in subj.children) or any(
            c.dep_ == "aux" and c.lower_ in self.lex.hypothetical_modals for c in verb.children)
        return Cue(tok, tok.text, "cognition", "indirect", Speaker() if first else resolver.describe(subj, tok.i),
                   subtree_span(clause), first_person=first, hypothetical=supposed, via=via)

    def verb_cue(self, tok: Token, kind: str, sent: Span, quotes: list[Quote],
                 resolver: SpeakerResolver) -> Cue | None:
        """A reporting verb with what it reports (a clause, a quote, a speech act's object) and its source."""
        lex = self.lex
        if naming(tok, lex) or compound_gerund(tok) or anonymity(tok) or sentential_which(tok) and not \
                self._known_source(tok.head):  # "..., by half a point, which signals"; not "a report, which shows"
            return None
        content, via = content_of(tok, kind, lex, sent) or (None, "quote")
        if known_not_held(tok, content):
            return None  # "learnt the hard way what happens", "knew exactly what it was": known, told by the author
        distance = quote_distance(tok, quotes, sent)
        if distance is None and cue_after_quote(tok, quotes, sent):  # "“...” she said." as a sentence of its own
            distance = tok.idx - sent.start_char
        form = "quote" if distance is not None else "indirect"
        by_prep = source_by_prep(tok, lex)
        if by_prep is None and is_passive(tok):
            return passive_cue(tok, kind, form, content, distance, sent, lex, resolver)
        if (relayed := quoted_as(tok, kind, form, distance, sent, lex, resolver)) is not None:
            return relayed
        if content is None and distance is None:
            return None
        quoted = quoted_one(tok) if distance is not None or sent[-1].text == ":" else None  # "I quote the chief:"
        quoted = quoted if quoted is not None and resolver.can_speak(quoted) else None  # not "cited examples"
        subj = quoted or by_prep or contacted_source(tok) or as_subject(tok) or (
            tok.sent.root if stranded_in_relative(tok) else subject(tok)) or aside_subject(tok) or noun_aside(tok)
        if subj is not None and in_quotes(subj, quotes) and in_quotes(subj.head, quotes):
            subj = None  # a quoted clause's subject speaks for no cue outside it ("“Ozone harms crops”, noting")
        if subj is None and noun_verb(tok):  # "Its latest paper claims[NNS] that ...": the noun before it
            subj = max((c for c in tok.children if c.dep_ in ("compound", "nmod") and c.i < tok.i), key=lambda c: c.i)
        if subj is None and (tok.dep_ == "relcl" or (tok.dep_ == "acl" and tok.tag_ == "VBG") or fragment_verb(tok)) \
                and tok.head.pos_ in ("PROPN", "NOUN") and not any(c.dep_ == "aux" and c.lower_ == "to" for c in
                                                                   tok.children):  # not "a brave thing to say"
            # "Devocht, who had told ...", "with Boswell stating: ...", "X, a think tank, estimated that ..."
            subj = tok.sent.root if fragment_verb(tok) else tok.head
            subj = one_there(subj) if tok.dep_ == "acl" else subj
        subj = subj or trailing_speaker(tok, quotes)
        subj = named_holder(subj, tok) or subj
        if tok.i > sent.start and tok.dep_ == "ROOT" and (subj is None or not (
                subj.ent_type_ or subj.lemma_.lower() in lex.speaker_nouns)):
            # "Opening for the family, Daniel Okafor, QC, said": the name hung on a phrase taken for the subject
            name = name_before(tok)
            set_off = name is not None and name.left_edge.i > 0 and sent.doc[name.left_edge.i - 1].text == ","
            subj = name if name is not None and (subj is None or subj.left_edge.i <= name.i <= subj.right_edge.i
                                                 and set_off) else subj
        if subj is None:
            return None
        if subj.lower_ in ("who", "which", "that") and tok.dep_ == "relcl":
            subj = who_antecedent(tok.head) if subj.lower_ == "who" else tok.head
        first = authorial(subj, lex)
        if first and (read := read_by_author(tok, content, lex, resolver)) is not None:
            return read  # "I read in the Herald that ...": what the Herald wrote
        if not first and not resolver.can_speak(subj):
            return None
        speaker = Speaker() if first else resolver.describe(subj, tok.i)
        if subj.head.i == tok.head.i and subj.dep_ == "dobj" and tok.head.lemma_.lower() in PERCEPTION_VERBS:
            via = "perception"  # "We heard the witness admit that ...": the witness's report, not ours
        return Cue(tok, cue_text(tok, lex), kind, form, speaker, content, first_person=first,
                   distance=distance or 0, via=via,
                   hypothetical=hypothetical(tok, subj, sent, quotes, lex, bool(resolver.addressee)))

    def colon_cue(self, tok: Token, kind: str, sent: Span, quotes: list[Quote],
                  resolver: SpeakerResolver) -> Cue | None:
        """A cue word right before a colon and a quote, whatever the parser made of it ("A statement
        from the ministry read: “...”"): its speaker is the noun phrase before it."""
        doc = sent.doc
        colon = colon_after(tok, sent)  # "... read:", "His verdict on the project:"
        if colon is None or not any(0 <= q.start - colon.idx <= 3
                                                          for q in near(quotes, colon.idx, colon.idx + 4)):
            return None
        heads = [t for t in doc[sent.start: tok.i] if t.pos_ in ("NOUN", "PROPN", "PRON") and t.head.i >= tok.i - 1
                 or t.dep_ in ("ROOT", "nsubj")]
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)  # "His verdict", "The mayor's answer"
        subj = owner if owner is not None and resolver.can_speak(owner) else next(
            (t for t in heads if t.pos_ in ("NOUN", "PROPN", "PRON") and resolver.can_speak(t)), None)
        if subj is None:
            return None
        return Cue(tok, tok.text, kind, "quote", resolver.describe(subj, tok.i), sent[-1:], distance=2, via="colon")

    def introduction(self, prv: Span, q: Quote, resolver: SpeakerResolver, label: Span | None = None) -> Cue | None:
        """A sentence that introduces the quote right after it with no cue verb (see `introductions.introduction`)."""
        return introduction(self.lex, prv, q, resolver, label)

    def _according_to(self, tok: Token, resolver: SpeakerResolver) -> Cue | None:
        """`according to X`, `in the words of X`, `per a report by X`: a phrase of the lexicon, then a source."""
        doc = tok.doc
        words = [t.lower_ for t in doc[tok.i: min(len(doc), tok.i + 5)]]
        for phrase in self.lex.according_to:
            parts = phrase.split()
            n = len(parts)
            if words[:n] != parts or tok.i + n >= len(doc) or doc[tok.i + n].is_punct:
                continue
            head = np_head(doc[tok.i + n])
            if head.i + 2 < len(doc) and doc[head.i + 1].text == "-":
                head = doc[head.i + 2]  # "the paper's co-author": the word after the hyphen heads it
            if head.pos_ != "PROPN":
                head = titled_name(head) or head
            rate = tok.i > 0 and (doc[tok.i - 1].like_num or doc[tok.i - 1].ent_type_ in VALUE_TYPES) or \
                head.tag_ == "NN" and not any(c.dep_ in ("det", "poss", "compound") for c in head.children)
            if not resolver.can_speak(head) or (phrase == "per" and (rate or not self._document_or_named(head))):
                return None  # "according to plan", "per cent", "per person", "$2 per page", "bonuses per article"
            if phrase in REASON_PHRASES and not (self._known_source(head) or self._document_or_named(head) or any(
                    c.dep_ == "prep" and c.lower_ in ("from", "by") for c in head.children)):  # "data from X"
                return None  # "cancelled 40 flights, citing a shortage of pilots": a reason given, not a source
            set_off = tok.is_sent_start or tok.i == 0 or doc[tok.i - 1].is_punct
            mine = head.lemma_.lower() not in self.lex.speaker_nouns and head.ent_type_ != "PERSON" and any(
                c.dep_ == "poss" and c.lower_ in self.lex.first_person for c in head.children)  # not "my doctor"
            if mine or authorial(head, self.lex):  # "according to our survey", "to my count", "to this paper"
                return Cue(tok, doc[tok.i: tok.i + n].text, "neutral", "according_to", Speaker(), first_person=True,
                           via="according_to")
            if not set_off and not self._known_source(head):
                return None  # "weighted according to the survey weight", "organised according to the system"
            return Cue(tok, doc[tok.i: tok.i + n].text, "neutral", "according_to", resolver.describe(head, tok.i),
                       via="according_to")
        return None

    def _known_source(self, head: Token) -> bool:
        """A name, a pronoun, or a noun the lexicons know as a speaker, a title or a document."""
        lemma = head.lemma_.lower()
        return head.ent_type_ in SPEAKER_LABELS or head.pos_ in ("PRON", "PROPN") or lemma in self.lex.speaker_nouns \
            or lemma in self.lex.document_nouns or lemma in self.lex.titles or head.lower_ in self.lex.speaker_nouns

    def _document_or_named(self, head: Token) -> bool:
        """A report, a newspaper, a body, or data with an owner: what "per" can cite ("per the charity's own
        figures"; not "per person")."""
        lemma = head.lemma_.lower()
        owned = lemma in self.lex.unsourced_data and any(possessive(c) for c in head.children)
        # ... a body with its article ("per the charity"), not "one appeal per team"
        body = self.lex.speaker_nouns.get(lemma) == "organisation" and any(c.dep_ in ("det", "poss")
                                                                            for c in head.children)
        return lemma in self.lex.document_nouns or self.lex.speaker_nouns.get(lemma) in ("document", "media") \
            or head.ent_type_ in ("ORG", "PERSON") or owned or body

    # -- quotes -----------------------------------------------------------------------------

    def quote_speakers(self, doc: Doc, sents: list[Span], quotes: list[Quote], cues: dict[int, list[Cue]],
                       resolver: SpeakerResolver) -> dict[int, Cue | None]:
        """For each quote (by start offset), the cue that introduces it, if any."""
        out: dict[int, Cue | None] = {}
        prev_quote: Quote | None = None
        for q in quotes:
            # The sentences the quote overlaps (in order, as the quotes are).
            j = bisect_right(sents, q.start, key=attrgetter("end_char"))
            i = bisect_left(sents, q.end, key=attrgetter("start_char")) - 1
            if i < j:
                continue
            first, last = sents[j], sents[i]
            cue = best_cue(cues[first.start]) or best_cue(cues[last.start])
            if cue is None:
                nxt = sents[i + 1] if i + 1 < len(sents) else None
                # "“...” he said." split by the parser into two sentences.
                if nxt is not None and nxt.start_char - q.end <= 3 and len(nxt) <= 12 and "\n" not in doc_text(doc)[
                        q.end: nxt.start_char]:  # (not the next paragraph's "'By train,' I said.")
                    # A bare cue verb; not "In my view, ..." or "According to X, ...", which source their own
                    # sentence.
                    cue = best_cue([c for c in cues[nxt.start] if c.content is None and c.form != "according_to"
                                    and not any(ch.dep_ in ("dobj", "ccomp", "xcomp") for ch in c.token.children)])
            # A reference in brackets after the quote credits it ("(Haugen 2021, p. 14)"); a chapter and verse
            # ("(John 11:21)") only when the sentence before names no one ("Martha ... does not greet him politely.").
            bracket = bracket_source(doc, q) if cue is None else None
            verse = bracket is not None and bool(CHAPTER_AND_VERSE.search(bracket.speaker.text))
            if cue is None:
                nxt = sents[i + 1] if i + 1 < len(sents) else None
                cue = dash_source(doc, q, self.lex) or (bracket if not verse else None) or (
                    credit_after(self.lex, nxt, q, resolver) if nxt is not None else None) or colon_credit(
                    doc, q, doc_text(doc).rfind("\n", 0, q.start) + 1, self.lex)
            if cue is None:
                prv = sents[j - 1] if j > 0 else None
                if prv is not None and j > 1 and LETTER_HEADING.fullmatch(prv.text.strip()):
                    prv = sents[j - 2]  # "he wrote the letter ...:" / "Camp near Fredericksburg, Dec. 14th 1862"
                # A cue in a clause of time is not the voice of the quote after ("When I ask why, she laughs.")
                said = best_cue(cues[prv.start]) if prv is not None else None
                said = (self.introduction(prv, q, resolver) if said and in_adverbial(said.token) else None) or said
                if prv is not None and (prv.text.rstrip().endswith(":") or bare_cue(cues[prv.start])):
                    cue = said or label_after(self.lex, sents, j - 1, cues, resolver) or (
                        self.introduction(prv, q, resolver) if prv.text.rstrip().endswith(":") else None)
                elif prv is not None and first.start_char >= q.start - 1 and cues[prv.start] and \
                        "\n" not in doc_text(doc)[prv.end_char: q.start]:
                    # A quote that opens right after a reported sentence of the same paragraph goes on in that
                    # speaker's voice ("Wilkins also said ... . “As a way to ...”") unless a reference credits it
                    cue = bracket or said
                elif prv is not None:  # ... or with a locator between ("... is made in Clements. At paragraph 16.")
                    cue = self.introduction(prv, q, resolver) or (self.introduction(sents[j - 2], q, resolver, prv)
                                                                  if j > 1 and LOCATOR.fullmatch(prv.text) else None)
            cue = cue or bracket
            if cue is None and prev_quote is not None and prev_quote.start in out:
                gap = doc_text(doc)[prev_quote.end: q.start]
                # A quote that continues the previous one after a paragraph break keeps its speaker; so does
                # one that opens the next sentence of its paragraph ('"...," a statement from the party read.
                # "Voters deserve certainty."').
                after_cue = j > 0 and sents[j - 1].start_char <= prev_quote.start and "\n" not in gap
                if "\n" in gap and len(gap.strip(" \n”\"’»")) == 0 or after_cue and first.start_char >= q.start - 1:
                    cue = out[prev_quote.start]
            out[q.start] = cue
            prev_quote = q
        return out
