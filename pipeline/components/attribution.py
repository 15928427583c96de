"""Attribution: tag each sentence as a sourced or an editorial claim, with speaker, cue and quote.

Driven by the dependency parse and the lexicons in `models/`: direct quotes (every mark style,
multi-sentence and multi-paragraph, interrupted by the cue, colon-introduced, unbalanced),
reported speech (a cue verb governing a content clause or a reported object, active or passive),
"according to X", and nominal cues ("came to the conclusion that"). Speakers are resolved to the
canonical name of the entity they refer to (pronouns and titles by recency, gender and role).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from ..records import Attribution, Quote
from .lexicon import Lexicon, load_lexicon
from .quotes import find_quotes, outermost
from .sentences import claim_spans
from .util import doc_text

if not Span.has_extension("attribution"):
    Span.set_extension("attribution", default=None)
if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", default=[])
if not Span.has_extension("canonical"):
    Span.set_extension("canonical", default="")
if not Span.has_extension("role"):
    Span.set_extension("role", default="")

_CLAUSAL = {"ccomp", "xcomp", "parataxis"}
_SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
_SPEAKER_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC"}
# A quote shorter than this, with no cue, is a scare quote or a borrowed phrase, not a source.
_MIN_QUOTE_WORDS = 4


@dataclass
class Speaker:
    """A source as written, what it resolves to, and its type."""

    text: str = ""
    canonical: str = ""
    type: str = ""
    token: int = -1


@dataclass
class Cue:
    """A reporting cue found in a sentence."""

    token: Token
    text: str
    kind: str
    form: str  # indirect | according_to | quote
    speaker: Speaker
    content: Span | None = None
    first_person: bool = False
    distance: int = 0  # characters to the quote a quote cue introduces


@Language.factory("claimscope_attribution", default_config={"models": None})
def make_attribution(nlp: Language, name: str, models: str | None) -> Attributor:
    """Factory: the attribution component, configured from the models folder."""
    return Attributor(load_lexicon(models))


class Attributor:
    """Sets `sent._.attribution` (an Attribution) on every sentence and `doc._.quotes`."""

    def __init__(self, lexicon: Lexicon):
        self.lex = lexicon

    def __call__(self, doc: Doc) -> Doc:
        # claimscope_quotes sets doc._.quotes; standalone use finds them here.
        quotes = [Quote(*q) for q in doc._.quotes] or outermost(find_quotes(doc_text(doc)))
        sents = claim_spans(doc)
        resolver = SpeakerResolver(doc, self.lex)
        cues = {s.start: self.find_cues(s, quotes, resolver) for s in sents}
        quote_speakers = self.quote_speakers(doc, sents, quotes, cues)
        for sent in sents:
            sent._.attribution = self.decide(sent, quotes, cues[sent.start], quote_speakers)
        return doc

    # -- cues -------------------------------------------------------------------------------

    def find_cues(self, sent: Span, quotes: list[Quote], resolver: SpeakerResolver) -> list[Cue]:
        """Reporting cues in a sentence, outside its quotes, each with its speaker."""
        found: list[Cue] = []
        lex = self.lex
        text_lower = sent.text.lower()
        for tok in sent:
            if _in_quotes(tok, quotes):
                continue
            if tok.lower_ in ("according", "per", "citing", "quoting") or (
                    tok.lower_ in ("as", "cited", "in") and any(text_lower.find(p) >= 0 for p in lex.according_to)):
                cue = self._according_to(tok)
                if cue:
                    head = sent.doc[cue.speaker.token] if cue.speaker.token >= 0 else None
                    cue.speaker = resolver.describe(head, tok.i)
                    found.append(cue)
                continue
            kind = lex.cue_kind(tok.lemma_)
            if kind and _is_cue_verb(tok, lex):
                content = _content(tok, kind, lex, sent)
                # "“...” she said." — the parser may leave the cue a sentence of its own.
                distance = _quote_distance(tok, quotes, sent)
                if distance is None and tok.i - sent.start <= 4 and any(0 <= sent.start_char - q.end <= 3
                                                                       for q in quotes):
                    distance = tok.idx - sent.start_char
                quoted = distance is not None
                if content is None and not quoted:
                    continue
                subj = _source_by_prep(tok, lex) or _subject(tok)
                if subj is None:
                    # "Devocht, who had told ...", "with Boswell stating: ..."
                    if (tok.dep_ == "relcl" or (tok.dep_ == "acl" and tok.tag_ == "VBG")) and \
                            tok.head.pos_ in ("PROPN", "NOUN"):
                        subj = tok.head
                    elif _is_passive(tok):
                        found.append(Cue(tok, _cue_text(tok, lex), kind, "indirect",
                                         Speaker("", "anonymous", "anonymous"), content))
                    continue
                if subj.lower_ in ("who", "which", "that") and tok.dep_ == "relcl":
                    subj = tok.head
                first = subj.lower_ in lex.first_person
                if not first and not resolver.can_speak(subj):
                    continue
                speaker = Speaker() if first else resolver.describe(subj, tok.i)
                found.append(Cue(tok, _cue_text(tok, lex), kind, "quote" if quoted else "indirect",
                                 speaker, content, first_person=first, distance=distance or 0))
            elif tok.lower_ in lex.adjectives and ((tok.pos_ == "ADJ" and tok.dep_ == "acomp")
                                                   or (tok.tag_ == "VBN" and _is_passive(tok))):
                # "are concerned (that) ...", parsed as an adjective or as a passive participle.
                clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
                subj = next((c for c in tok.children if c.dep_ == "nsubjpass"), None) or _subject(tok.head)
                if clause is not None and subj is not None and resolver.can_speak(subj):
                    first = subj.lower_ in lex.first_person
                    found.append(Cue(tok, tok.text, "cognition", "indirect",
                                     Speaker() if first else resolver.describe(subj, tok.i),
                                     _subtree_span(clause), first_person=first))
            elif tok.lemma_.lower() in lex.content_nouns and tok.pos_ == "NOUN":
                clause = next((c for c in tok.children if c.dep_ in ("acl", "ccomp", "relcl")
                               and any(m.lower_ == "that" and m.dep_ == "mark" for m in c.children)), None)
                gov = tok.head if tok.dep_ == "pobj" else tok
                gov = gov.head if gov.dep_ == "prep" else gov
                subj = _subject(gov) if gov.pos_ in ("VERB", "AUX") else None
                if clause is not None and subj is not None and resolver.can_speak(subj):
                    first = subj.lower_ in lex.first_person
                    found.append(Cue(tok, tok.text, "cognition", "indirect",
                                     Speaker() if first else resolver.describe(subj, tok.i),
                                     _subtree_span(clause), first_person=first))
        return found

    def _according_to(self, tok: Token) -> Cue | None:
        doc = tok.doc
        window = doc[tok.i: min(len(doc), tok.i + 4)].text.lower()
        for phrase in self.lex.according_to:
            if window.startswith(phrase):
                n = len(phrase.split())
                nxt = doc[tok.i + n] if tok.i + n < len(doc) else None
                if nxt is None or nxt.is_punct:
                    return None
                head = _np_head(nxt)
                return Cue(tok, doc[tok.i: tok.i + n].text, "neutral", "according_to", Speaker(token=head.i))
        return None

    # -- quotes -----------------------------------------------------------------------------

    def quote_speakers(self, doc: Doc, sents: list[Span], quotes: list[Quote],
                       cues: dict[int, list[Cue]]) -> dict[int, Cue | None]:
        """For each quote (by start offset), the cue that introduces it, if any."""
        out: dict[int, Cue | None] = {}
        prev_quote: Quote | None = None
        for q in quotes:
            own = [s for s in sents if s.start_char < q.end and s.end_char > q.start]
            if not own:
                continue
            first, last = own[0], own[-1]
            cue = _best_cue(cues[first.start]) or _best_cue(cues[last.start])
            if cue is None:
                i = sents.index(last)
                nxt = sents[i + 1] if i + 1 < len(sents) else None
                # "“...” he said." split by the parser into two sentences.
                if nxt is not None and nxt.start_char - q.end <= 3 and cues[nxt.start] and len(nxt) <= 12:
                    cue = _best_cue(cues[nxt.start])
            if cue is None:
                cue = self._dash_source(doc, q)
            if cue is None:
                j = sents.index(first)
                prv = sents[j - 1] if j > 0 else None
                if prv is not None and (prv.text.rstrip().endswith(":") or _bare_cue(cues[prv.start])):
                    cue = _best_cue(cues[prv.start])
                elif prv is not None and first.start_char >= q.start - 1 and cues[prv.start] and \
                        "\n" not in doc_text(doc)[prv.end_char: q.start]:
                    # A quote that opens right after a reported sentence of the same paragraph goes on
                    # in that speaker's voice ("Wilkins also said ... . “As a way to ...”").
                    cue = _best_cue(cues[prv.start])
            if cue is None and prev_quote is not None and prev_quote.start in out:
                gap = doc_text(doc)[prev_quote.end: q.start]
                # A quote that continues the previous one after a paragraph break keeps its speaker.
                if "\n" in gap and len(gap.strip(" \n”\"’»")) == 0:
                    cue = out[prev_quote.start]
            out[q.start] = cue
            prev_quote = q
        return out

    def _dash_source(self, doc: Doc, q: Quote) -> Cue | None:
        """A source named after a dash that follows the quote (“...” — CBC.ca, August 15, 2008)."""
        m = re.match(r"[”\"’»]?\s*[—–]+\s*([^,.\n]{2,60})", doc_text(doc)[q.end: q.end + 80])
        if not m:
            return None
        span = doc.char_span(q.end + m.start(1), q.end + m.end(1), alignment_mode="expand")
        if span is None or not any(t.pos_ in ("PROPN", "NOUN", "X") or "." in t.text for t in span):
            return None
        ent = next((e for e in span.ents if e.label_ in _SPEAKER_LABELS), None)
        name = span.text.strip()
        kind = _ent_type(ent, self.lex) if ent is not None else ("media" if "." in name else "")
        return Cue(span[0], "—", "neutral", "quote",
                   Speaker(name, (ent._.canonical or ent.text) if ent is not None else name, kind, span[0].i))

    # -- decision ---------------------------------------------------------------------------

    def decide(self, sent: Span, quotes: list[Quote], cues: list[Cue],
               quote_speakers: dict[int, Cue | None]) -> Attribution:
        """The Attribution of one sentence."""
        overlapping = [q for q in quotes if q.start < sent.end_char and q.end > sent.start_char]
        quoted_chars = sum(min(q.end, sent.end_char) - max(q.start, sent.start_char) for q in overlapping)
        body_chars = len(sent.text.strip())
        inside = body_chars and quoted_chars / body_chars >= 0.8
        markers = [m.text.lower() for m in sent.doc._.editorial_markers
                   if sent.start <= m.start < sent.end]
        own_cue = _best_cue(cues)
        if overlapping:
            q = max(overlapping, key=lambda q: min(q.end, sent.end_char) - max(q.start, sent.start_char))
            qtext = doc_text(sent.doc)[max(q.start, sent.start_char): min(q.end, sent.end_char)].strip()
            qcue = quote_speakers.get(q.start)
            long_enough = len(qtext.split()) >= _MIN_QUOTE_WORDS
            if inside or (long_enough and (qcue or own_cue)) or (own_cue and own_cue.form == "quote"):
                cue = own_cue or qcue
                inside = inside and own_cue is None
                if cue is None:
                    if not long_enough or (not q.closed and len(qtext.split()) < 8):
                        return Attribution(quote=qtext, confidence=0.6, rule="editorial:short_unattributed_quote")
                    # A quotation with no source the rules can find: not the author's words, but
                    # not attributable either; left editorial with low confidence for review.
                    return Attribution(quote=qtext, confidence=0.4, rule="quote:unattributed")
                if cue.first_person and not inside:
                    return Attribution(quote=qtext, confidence=0.7, rule="editorial:first_person")
                conf = 0.95 if not inside else (0.9 if q.closed else 0.75)
                rule = "quote:inside" if inside else "quote:cue"
                att = _from_cue(cue, "direct_quote", qtext, conf, rule)
                return att if inside else self._frame(sent, att, cue, markers, quotes)
            if not own_cue:
                return Attribution(quote=qtext, confidence=0.7, rule="editorial:scare_quote")
        if own_cue:
            if own_cue.first_person:
                return Attribution(confidence=0.75, rule="editorial:first_person")
            content = own_cue.content.text if own_cue.content is not None else ""
            form = "according_to" if own_cue.form == "according_to" else "indirect"
            if form == "according_to":
                content = _outside(sent, own_cue)
            conf = 0.85 if own_cue.speaker.canonical else 0.65
            rule = "according_to" if form == "according_to" else f"reported:{own_cue.kind}"
            att = _from_cue(own_cue, form, content, conf, rule)
            return self._frame(sent, att, own_cue, markers, quotes)
        return Attribution(confidence=0.8 if not markers else 0.9,
                           rule="editorial:stance_marker" if markers else "editorial:no_attribution")

    def _frame(self, sent: Span, att: Attribution, cue: Cue, markers: list[str],
               quotes: list[Quote]) -> Attribution:
        """A report wrapped in the author's framing (markers or a fronted participle) is `mixed`."""
        verb = cue.token
        frame = [c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i and c.tag_ == "VBG"
                 and not self.lex.cue_kind(c.lemma_) and c.lemma_ not in ("address", "speak", "use")]
        outside_markers = [m for m in markers if not _marker_in_content(sent, m, att.quote)]
        if frame or outside_markers:
            return replace(att, attribution="mixed", rule=att.rule + "+frame")
        return att


# -- helpers --------------------------------------------------------------------------------


def _from_cue(cue: Cue, form: str, quote: str, confidence: float, rule: str) -> Attribution:
    spk = cue.speaker
    if not spk.canonical and not spk.text:
        confidence = min(confidence, 0.6)
    return Attribution("sourced", form, spk.text, spk.canonical, spk.type, cue.text, cue.kind
                       if form != "according_to" else "neutral", quote, "", confidence, rule)


def _best_cue(cues: list[Cue]) -> Cue | None:
    """The cue that governs a sentence: an explicit "according to X" (it sources everything in the
    sentence), then quote cues (the nearest to its quote first), then the highest in the parse tree;
    "citing"/"quoting" X last, as they name the source's source."""
    good = [c for c in cues if not c.first_person] or cues
    if not good:
        return None

    def nested(c: Cue) -> bool:
        """Inside what another cue reports ("Heald said although temperature is known to ...")."""
        return any(o is not c and o.content is not None and o.content.start <= c.token.i < o.content.end
                   for o in good)

    def rank(c: Cue) -> tuple:
        relay = c.text.lower() in ("citing", "quoting")
        explicit = c.form == "according_to" and not relay
        return (relay, nested(c), not explicit, c.form != "quote", c.distance, _depth(c.token), c.token.i)

    return min(good, key=rank)


def _bare_cue(cues: list[Cue]) -> bool:
    """A cue with no content of its own ("He said:") introduces the following quote."""
    return any(c.form == "quote" or (c.content is not None and len(c.content) <= 2) for c in cues)


def _depth(tok: Token) -> int:
    d = 0
    while tok.head is not tok and d < 50:
        tok, d = tok.head, d + 1
    return d


def _in_quotes(tok: Token, quotes: list[Quote]) -> bool:
    c = tok.idx
    return any(q.start <= c < q.end for q in quotes)


def _subject(tok: Token) -> Token | None:
    """The subject of a verb, inherited through conjunction and xcomp chains."""
    seen = 0
    while seen < 6:
        subj = next((c for c in tok.children if c.dep_ in _SUBJECTS), None)
        if subj is None:
            agent = next((c for c in tok.children if c.dep_ == "agent"), None)
            if agent is not None:
                subj = next((c for c in agent.children if c.dep_ == "pobj"), None)
        if subj is not None:
            if subj.dep_ == "nsubjpass" and subj.lower_ == "it":
                return None
            return subj
        if (tok.dep_ in ("conj", "xcomp") or (tok.dep_ == "advcl" and tok.tag_ == "VBG")) and tok.head is not tok:
            tok = tok.head
            seen += 1
            continue
        return None
    return None


def _source_by_prep(tok: Token, lex: Lexicon) -> Token | None:
    """The source a passive cue names with a preposition ("a quote attributed to Einstein")."""
    prep = lex.source_preps.get(tok.lemma_.lower())
    for c in tok.children if prep else ():
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ == prep:
            return next((g for g in c.children if g.dep_ == "pobj"), None)
    return None


def _is_passive(tok: Token) -> bool:
    """A passive verb: marked so by the parse, or a participle after a form of "be" ("are accused")."""
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children) or (
        tok.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in tok.children))


def _is_cue_verb(tok: Token, lex: Lexicon) -> bool:
    """A reporting verb as used: not a bare participle modifying a noun ("the taxes requested"), and
    with its particle when the lexicon asks for one ("point out", not "point to")."""
    if not (tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")):
        return False
    if tok.tag_ == "VBN" and tok.dep_ in ("acl", "amod", "relcl", "advcl") and tok.lemma_ not in lex.source_preps \
            and not any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False
    particles = lex.phrasal.get(tok.lemma_)
    return not particles or any(c.dep_ == "prt" and c.lower_ in particles for c in tok.children)


def _content(tok: Token, kind: str, lex: Lexicon, sent: Span) -> Span | None:
    """What a cue reports: a content clause; for a speech act, a propositional object.

    "said that ...", "“...,” he said", "accused Pakistan of ...", "rejected the allegations",
    "urged Islamabad to ...", "Prices, said Mauer, will rise" and "As Heald told the Post, ...".
    """
    for c in tok.children:
        if c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX"):
            return _subtree_span(c)
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "that":
            return _subtree_span(c)
        # "states that few ... use": a complementizer right after the cue, whatever the parser
        # made of the clause after it.
        if c.i == tok.i + 1 and c.lower_ == "that" and c.tag_ == "IN" and any(
                g.dep_ in ("advcl", "ccomp", "conj") and g.i > c.i and g.pos_ in ("VERB", "AUX")
                for g in tok.children):
            return sent.doc[c.i: sent.end]
        # "observed that the date ... coincided": a that-clause the parser hung on an object,
        # or "told LA Weekly in a statement that ...": one hung on the statement.
        if c.dep_ in ("dobj", "prep") and any(g.dep_ == "mark" and g.lower_ == "that" for g in c.children):
            return _subtree_span(c)
        if c.dep_ == "prep":
            for g in c.children:
                if g.dep_ == "pobj" and g.lemma_.lower() in lex.document_nouns and any(
                        h.dep_ in ("acl", "ccomp", "relcl") and any(m.lower_ == "that" and m.dep_ == "mark"
                                                                  for m in h.children) for h in g.children):
                    return _subtree_span(g)
    # "found reduction of yields exceeded 10%": a subjectless finite verb hung on the cue as a
    # "conjunct" with no conjunction is its complement clause, misparsed.
    if not any(c.dep_ == "cc" for c in tok.children):
        for g in tok.children:
            if g.dep_ == "conj" and g.i > tok.i and g.pos_ == "VERB" and g.tag_ in ("VBD", "VBZ", "VBP", "VB") \
                    and not any(x.dep_ in ("nsubj", "nsubjpass", "cc") for x in g.children) and \
                    (g.tag_ != "VB" or any(x.dep_ == "aux" for x in g.children)):
                return sent.doc[tok.i + 1: g.right_edge.i + 1]
    if tok.dep_ in ("parataxis", "advcl", "ccomp") and tok.head is not tok and tok.head.pos_ in ("VERB", "AUX"):
        marks = {c.lower_ for c in tok.children if c.dep_ == "mark"}
        if tok.dep_ == "parataxis" or (tok.dep_ == "ccomp" and tok.i > tok.head.i) or "as" in marks:
            return _subtree_span(tok.head)
    if _is_passive(tok):
        return None
    if tok.lemma_.lower() in lex.object_cues:
        obj = next((c for c in tok.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
        if obj is not None:
            return _subtree_span(obj)
    if kind == "loaded":
        for c in tok.children:
            if c.dep_ in ("dobj", "attr") and (c.lemma_.lower() in lex.content_nouns | lex.document_nouns
                                               or any(g.dep_ in ("acl", "ccomp") for g in c.children)):
                return _subtree_span(c)
            if c.dep_ == "xcomp" and c.tag_ == "VB":
                return _subtree_span(c)
            if c.dep_ == "prep" and c.lower_ in ("of", "about") and any(g.dep_ == "pcomp" for g in c.children):
                return _subtree_span(c)
    for c in tok.children:
        if c.dep_ in ("dobj", "dative"):
            clause = next((g for g in c.children if g.dep_ in ("ccomp",)), None)
            if clause is not None:
                return _subtree_span(clause)
    if sent.text.rstrip().endswith(":") and tok.i > sent.start:
        return sent[-1:]  # "Obama tweeted using his account:" introduces what follows
    return None



def _quote_distance(tok: Token, quotes: list[Quote], sent: Span) -> int | None:
    """Characters between the cue and the nearest quote it introduces in its sentence (an argument of
    the cue, or within 40 characters of it); None when it introduces none."""
    text = doc_text(sent.doc)
    best = None
    for q in quotes:
        if not (sent.start_char <= q.start < sent.end_char or sent.start_char < q.end <= sent.end_char):
            continue
        if len(text[q.start:q.end].split()) < 2:
            continue
        gap = len(text[min(tok.idx + len(tok), q.start - 1): q.start - 1]) if tok.idx < q.start else \
            len(text[q.end + 1: tok.idx])
        if gap <= 40 or any(q.start <= t.idx < q.end for t in tok.subtree):
            best = gap if best is None else min(best, gap)
    return best


def _cue_text(tok: Token, lex: Lexicon) -> str:
    parts = lex.phrasal.get(tok.lemma_, frozenset())
    prt = next((c for c in tok.children if c.dep_ == "prt" and c.lower_ in parts), None)
    return f"{tok.text} {prt.text}" if prt is not None else tok.text


def _subtree_span(tok: Token) -> Span:
    toks = list(tok.subtree)
    return tok.doc[toks[0].i: toks[-1].i + 1]


def _np_head(tok: Token) -> Token:
    """The head of the noun phrase that `tok` starts."""
    while tok.head is not tok and tok.head.i > tok.i and tok.dep_ in ("det", "amod", "compound", "poss",
                                                                      "nummod", "case", "punct"):
        tok = tok.head
    return tok


def _outside(sent: Span, cue: Cue) -> str:
    """The sentence minus its "according to X," phrase."""
    phrase = {t.i for t in cue.token.subtree} if cue.token.dep_ == "prep" else set()
    return "".join(t.text_with_ws for t in sent if t.i not in phrase).strip(" ,")


def _marker_in_content(sent: Span, marker: str, content: str) -> bool:
    return bool(content) and marker.lower() in content.lower()


class SpeakerResolver:
    """Describes a speaker phrase and resolves pronouns and titles to named entities."""

    def __init__(self, doc: Doc, lex: Lexicon):
        self.doc = doc
        self.lex = lex
        self.ent_at = {}
        for ent in doc.ents:
            for t in ent:
                self.ent_at[t.i] = ent
        self.persons = [e for e in doc.ents if e.label_ == "PERSON"]
        self.groups = [e for e in doc.ents if e.label_ in ("ORG", "GPE", "NORP")]

    def can_speak(self, tok: Token) -> bool:
        """Whether a subject can be a source: a name, a noun (people, studies and reports speak in
        news), or a pronoun — not an expletive, a demonstrative or the interviewer's "you"."""
        low = tok.lower_
        if low in ("it", "there", "this", "that", "these", "those", "what", "which", "you", "one"):
            return False
        return tok.pos_ in ("PROPN", "NOUN", "PRON", "X") or tok.i in self.ent_at

    def describe(self, tok: Token | None, at: int) -> Speaker:
        """The Speaker a subject token stands for."""
        if tok is None or isinstance(tok, int):
            return Speaker()
        span = self._phrase(tok)
        low = tok.lower_
        if low in self.lex.pronouns:
            ent = self.resolve_pronoun(tok)
            if ent is not None:
                return Speaker(tok.text, ent._.canonical or ent.text, _ent_type(ent, self.lex), tok.i)
            return Speaker(tok.text, "", "person" if self.lex.pronouns[low] in ("male", "female") else "", tok.i)
        ent = self.ent_at.get(tok.i)
        head_kind = self.lex.speaker_nouns.get(tok.lemma_.lower()) or self.lex.speaker_nouns.get(low)
        if ent is not None and ent.label_ in _SPEAKER_LABELS:
            kind = _ent_type(ent, self.lex)
            return Speaker(span.text, ent._.canonical or ent.text, kind, tok.i)
        owner = self._owner(tok)
        if head_kind in ("document", "media", "organisation") and owner is not None:
            return Speaker(span.text, owner._.canonical or owner.text, _ent_type(owner, self.lex), tok.i)
        if head_kind in ("document", "media"):
            # "Cornyn's statement": a named owner the NER missed, resolved by surname when it can be.
            poss = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
            if poss is not None:
                person = self.person_named(poss)
                return Speaker(span.text, (person._.canonical or person.text) if person is not None else poss.text,
                               "person" if person is not None else "", tok.i)
        if head_kind == "anonymous":
            return Speaker(span.text, "anonymous", "anonymous", tok.i)
        # The title's holder named inside the phrase, or right after it before the cue
        # ("Malaysia's Prime Minister, Najib Razak said").
        between = self.doc[span.end: at] if span.end < at <= span.end + 8 else self.doc[0:0]
        if any(t.pos_ in ("VERB", "AUX") for t in between):
            between = self.doc[0:0]
        named = next((self.ent_at[t.i] for t in list(span) + list(between) if t.i in self.ent_at
                      and self.ent_at[t.i].label_ == "PERSON"), None)
        if named is not None and tok.pos_ in ("NOUN", "PROPN"):
            # "Afghan Ambassador to the United States Hamdullah Mohib": the title's holder speaks.
            return Speaker(span.text, named._.canonical or named.text, "person", tok.i)
        if head_kind == "person":
            ent = self.resolve_title(tok)
            if ent is not None:
                return Speaker(span.text, ent._.canonical or ent.text, "person", tok.i)
        text = span.text
        if tok.pos_ == "PROPN":
            person = self.person_named(tok)
            if person is not None:  # a surname the NER missed ("Pompeo elaborated")
                return Speaker(text, person._.canonical or person.text, "person", tok.i)
        canon = "".join(t.text_with_ws for t in span if t.dep_ != "det" and t.lower_ not in ("the", "a", "an")).strip()
        return Speaker(text, canon, head_kind or ("person" if tok.pos_ == "PROPN" else ""), tok.i)

    def _phrase(self, tok: Token) -> Span:
        """The speaker phrase around a head: its left modifiers, and an 'of' complement."""
        ent = self.ent_at.get(tok.i)
        left = min([t.i for t in tok.lefts if t.dep_ not in ("punct", "cc", "prep")] + [tok.i])
        right = tok.i
        if ent is not None:
            left, right = min(left, ent.start), max(right, ent.end - 1)
        for c in tok.rights:
            if c.dep_ == "prep" and c.lower_ in ("of", "to") and c.i - tok.i <= 2:
                right = max(right, max(t.i for t in c.subtree))
            elif c.dep_ in ("appos", "compound", "flat"):
                right = max(right, max(t.i for t in c.subtree if t.dep_ != "relcl"))
        if right - left > 12:
            left = max(left, tok.i - 6)
            right = min(right, tok.i + 6)
        span = self.doc[left: right + 1]
        while len(span) > 1 and (span[-1].is_punct or span[-1].is_space):
            span = span[:-1]
        while len(span) > 1 and (span[0].is_punct or span[0].is_space):
            span = span[1:]
        if span.text.count("(") > span.text.count(")") and span.end < len(self.doc) and self.doc[span.end].text == ")":
            span = self.doc[span.start: span.end + 1]
        return span

    def _owner(self, tok: Token) -> Span | None:
        """The entity a document or media head belongs to ("ISPR's statement", "statement of the ISPR").

        Organisations and people outrank places and nationalities ("the Russian Security Council").
        """
        found: list[Span] = []
        for c in tok.children:
            if c.dep_ in ("poss", "compound") and c.i in self.ent_at:
                found.append(self.ent_at[c.i])
            if c.dep_ == "prep" and c.lower_ in ("of", "from", "by"):
                found.extend(self.ent_at[g.i] for g in c.subtree
                             if g.i in self.ent_at and self.ent_at[g.i].label_ in _SPEAKER_LABELS)
        rank = {"ORG": 0, "PERSON": 1, "GPE": 2, "FAC": 3, "NORP": 4}
        return min(found, key=lambda e: (rank.get(e.label_, 9), e.start)) if found else None

    def resolve_pronoun(self, tok: Token) -> Span | None:
        """The entity a pronoun most likely refers to: the latest compatible mention before it."""
        kind = self.lex.pronouns.get(tok.lower_, "")
        if kind in ("male", "female"):
            cands = [e for e in self.persons if e.end <= tok.i and tok.i - e.end < 400]
            for ent in reversed(cands):
                g = _gender(ent, self.lex)
                if g in ("", kind):
                    return ent
            return None
        if kind in ("plural", "neuter"):
            cands = [e for e in self.groups if e.end <= tok.i and tok.i - e.end < 120]
            return cands[-1] if cands else None
        return None

    def person_named(self, tok: Token) -> Span | None:
        """The person entity whose name ends with this word, when exactly one name fits."""
        fits = {e._.canonical or e.text: e for e in self.persons if e.text.split()[-1] == tok.text}
        return next(iter(fits.values())) if len(fits) == 1 else None

    def resolve_title(self, tok: Token) -> Span | None:
        """The person a titled reference names ("the president", "the Russian commander")."""
        word = tok.lemma_.lower()
        for ent in reversed([e for e in self.persons if e.end <= tok.i]):
            role = (ent._.role or "").lower()
            before = self.doc[max(0, ent.start - 8): ent.start].text.lower()
            if word in role or word in before:
                return ent
        return None


def _ent_type(ent: Span, lex: Lexicon) -> str:
    if ent.label_ == "PERSON":
        return "person"
    if ent.label_ in ("GPE", "NORP"):
        return "country"
    words = {w.lower() for w in ent.text.replace(".", " ").split()}
    if words & {k for k, v in lex.speaker_nouns.items() if v == "media"}:
        return "media"
    return "organisation"


def _gender(ent: Span, lex: Lexicon) -> str:
    doc = ent.doc
    window = [t.lower_ for t in doc[max(0, ent.start - 3): ent.start]] + (ent._.role or "").lower().split()
    for w in window:
        if w in lex.gender_words:
            return lex.gender_words[w]
    return ""
