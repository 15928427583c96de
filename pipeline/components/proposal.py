"""The rules' reading of a sentence: which candidate governs it and the attribution it would give.

`claim_context` gathers what the rules and the features look at (the sentence's quote, the cue that
introduces it, the sentence's own best cue, the author's markers); `propose` turns that into an
`Attribution` whose `rule` names the candidate. The decision model then keeps or overturns its
`claim_type` (see `decision.py`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from spacy.tokens import Span

from ..records import Attribution, Quote
from .cue import Cue, best_cue
from .lexicon import Lexicon
from .quotes import near
from .util import doc_text, markers_in, span_text

# A quote shorter than this, with no cue, is a scare quote or a borrowed phrase, not a source.
MIN_QUOTE_WORDS = 4
# First-person verbs and adjectives that pass a report on ("I think the council has stated that", "I am aware that
# Councillor Hale has said"); not a wish, a guess or a doubt ("I hope", "I imagine", "I suspect", "I doubt").
RELAYING = frozenset({"think", "believe", "understand", "gather", "know", "recall", "remember", "note", "notice",
                      "see", "hear", "learn", "realise", "realize", "aware", "sure", "certain", "read"})
# Under the author's "I think", a report still to come is the author's forecast ("My hope is that users will
# demand this").
FORETOLD = frozenset({"will", "'ll", "would", "may", "might", "could", "should", "must", "shall"})


def quoted_sentence(text: str) -> bool:
    """Whether quoted words are a sentence, not a title, slogan or label: four words or more, a capital
    first, sentence punctuation (or the comma before a credit) at the end, and not in Title Case.

    >>> [quoted_sentence(t) for t in ("Make sure you go out and vote,", "Where Do We Go Now?",
    ...                               "Make America Great Again", "We will not declare victory early.")]
    [True, False, False, True]
    """
    words = text.split()
    capitals = sum(w[:1].isupper() for w in words)
    return len(words) >= MIN_QUOTE_WORDS and text[:1].isupper() and text.rstrip()[-1:] in (".", "?", "!", ",") \
        and capitals < 0.6 * len(words)


@dataclass
class ClaimContext:
    """One sentence with its candidates: its main quote, that quote's cue, its own best cue, its markers."""

    sent: Span
    cues: list[Cue]
    own_cue: Cue | None
    quote: Quote | None = None
    quote_text: str = ""
    quote_cue: Cue | None = None
    quote_share: float = 0.0  # share of the sentence's characters inside quotes
    markers: tuple[str, ...] = ()
    quote_leads: bool = False  # the quote opens the sentence or follows a colon: a sentence quoted whole

    @property
    def whole_sentence_quoted(self) -> bool:
        """A quoted sentence, not a phrase: four words or more, a capital first, opening the sentence or
        after a colon ('"Make sure you go out and vote," the old line goes', 'at a rally: "Crime has ..."')."""
        return self.quote_leads and quoted_sentence(self.quote_text)

    @property
    def inside(self) -> bool:
        """The sentence is (almost) all quotation."""
        return self.quote_share >= 0.8


def claim_context(sent: Span, quotes: list[Quote], cues: list[Cue],
                  quote_speakers: dict[int, Cue | None]) -> ClaimContext:
    """The ClaimContext of one sentence."""
    overlapping = near(quotes, sent.start_char, sent.end_char)
    quoted_chars = sum(min(q.end, sent.end_char) - max(q.start, sent.start_char) for q in overlapping)
    body_chars = len(span_text(sent).strip().strip("“”\"‘’'«»"))  # (marks aside: "“No." is all quotation)
    markers = tuple(m.text for m in markers_in(sent))
    ctx = ClaimContext(sent, cues, best_cue(cues), quote_share=quoted_chars / body_chars if body_chars else 0.0,
                       markers=markers)
    if overlapping:
        q = max(overlapping, key=lambda q: min(q.end, sent.end_char) - max(q.start, sent.start_char))
        ctx.quote = q
        ctx.quote_text = doc_text(sent.doc)[max(q.start, sent.start_char): min(q.end, sent.end_char)].strip()
        ctx.quote_cue = quote_speakers.get(q.start)
        lead = doc_text(sent.doc)[sent.start_char: q.start].rstrip(" \t\"“'‘«„")
        ctx.quote_leads = q.start >= sent.start_char and (not lead.strip() or lead.endswith(":"))
    return ctx


# Words a title leaves in lower case ("Better Care Closer to Home", "A Tale of Two Cities").
TITLE_SMALL_WORDS = frozenset({"a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "for", "by",
                               "with", "from", "as", "into", "over", "than", "via", "vs", "per"})


def title_cased(text: str) -> bool:
    """Whether a quoted text is a title or a name: two words or more, every main one capitalised, no sentence.

    >>> title_cased("Better Care Closer to Home"), title_cased("We will not yield."), title_cased("Hope")
    (True, False, False)
    """
    if text.isupper() and text.rstrip()[-1:] in (".", "!"):
        return False  # a sign or a shout in capitals, a sentence: "I WANT MY CLUB BACK."
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    main = [w for w in words if w.lower() not in TITLE_SMALL_WORDS]
    return len(words) >= 2 and bool(main) and all(w[0].isupper() for w in main) and words[0][0].isupper() and \
        not re.search(r"[.!?;:]", text.strip().rstrip(".,"))


NAMED_WORKS = frozenset({"WORK_OF_ART", "LAW", "EVENT", "PRODUCT"})


def names(sent: Span, q: Quote) -> bool:
    """Whether a quote stands as a name beside a noun or after a preposition: "its consultation document, "Better
    Care Closer to Home"", "the film "Borderlands"", "in "Roads for All""; not a cue's words or its object."""
    inner = [t for t in sent if q.start <= t.idx < q.end]
    root = next((t for t in inner if not q.start <= t.head.idx < q.end), None)
    if root is None:
        return False
    # ... or a second object, or a named work, as the parser may take an apposition
    second = root.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i < root.i for c in root.head.children)
    # ... or with an article outside the marks: 'using a "Virtual Microscope"', 'the "Green Deal" failed'
    article = any(c.dep_ == "det" and c.idx < q.start for c in root.children)
    return root.dep_ in ("appos", "compound", "nmod") or root.dep_ == "pobj" and root.head.pos_ == "ADP" or \
        second or article or root.ent_type_ in NAMED_WORKS and root.dep_ in ("dobj", "npadvmod", "attr", "conj")


def propose(ctx: ClaimContext, lex: Lexicon) -> Attribution:
    """The attribution the candidates give one sentence, with the rule that gave it.

    Confidence is left at 0: the decision model sets it.
    """
    own_cue, q, qtext, inside = ctx.own_cue, ctx.quote, ctx.quote_text, ctx.inside
    if q is not None and not inside and not ctx.whole_sentence_quoted and title_cased(qtext) and names(ctx.sent, q):
        q = None  # "published its consultation document, "Better Care Closer to Home"": a title, not words said
        if not own_cue or own_cue.content is None and own_cue.form != "according_to":
            return Attribution(quote=qtext, confidence=0.0, rule="editorial:scare_quote")
    if q is not None:
        qcue = ctx.quote_cue
        # an utterance: a question, an exclamation or an interview's answer ("A: No.")
        # ... or words credited after a dash or given after a colon ('"Keep going." - Dr. X', 'wrote: "Yes."')
        # ... or a short sentence quoted whole, full stop and all ('"Five more minutes." Every parent knows ...')
        long_enough = len(qtext.split()) >= MIN_QUOTE_WORDS or qtext.rstrip()[-1:] in ("?", "!") or (
            qcue is not None and qcue.via in ("answer", "dash", "colon")) or inside and len(qtext.split()) >= 2 \
            and qtext.rstrip()[-1:] in (".", "…")
        if inside or ctx.whole_sentence_quoted or (long_enough and (qcue or own_cue)) or (
                own_cue and own_cue.form == "quote"):
            cue = own_cue or qcue
            if own_cue is not None and qcue is not None and own_cue is not qcue and (inside or qcue.via == "answer") \
                    and q.start <= own_cue.token.idx < q.end:
                cue = qcue  # "A: The Met Office's study estimated that ...": the answerer's words, reporting another
            inside = inside and cue is qcue
            if cue is None:
                if not long_enough or (not q.closed and len(qtext.split()) < 8):
                    return Attribution(quote=qtext, confidence=0.0, rule="editorial:short_unattributed_quote")
                # A quotation whose source the text never gives: sourced, speaker unknown.
                return Attribution("sourced", "direct_quote", speaker_type="unknown", quote=qtext,
                                   confidence=0.0, rule="quote:unattributed")
            if (cue.first_person or cue.hypothetical) and not inside or cue.first_person and cue.via != "answer":
                # the author's own words, quoted ('I said, "Mate, nobody laughs at that."'), or a supposed speaker's
                return Attribution(quote=qtext, confidence=0.0, rule=_authorial(cue))
            named = f"quote:{cue.via}" if cue.via in ("introduction", "dash", "colon", "answer") else "quote:cue"
            att = replace(from_cue(cue, "direct_quote", qtext, "quote:inside" if inside else named),
                          nested_speaker=nested_speaker(ctx, cue))
            return att if inside else frame(ctx, att, cue, lex)
        if not own_cue:
            return Attribution(quote=qtext, confidence=0.0, rule="editorial:scare_quote")
    if own_cue and own_cue.first_person and not own_cue.hypothetical:
        relayed = relayed_report(ctx, own_cue)
        if relayed is not None:
            # "I think the municipalities have stated that ...": the author hedges a report; the content
            # is still the municipalities'.
            att = from_cue(relayed, "indirect", relayed.content.text, f"reported:{relayed.kind}")
            return replace(att, attribution="mixed", rule=att.rule + "+frame")
    if own_cue:
        if own_cue.first_person or own_cue.hypothetical:
            return Attribution(confidence=0.0, rule=_authorial(own_cue))
        content = own_cue.content.text if own_cue.content is not None else ""
        form = "according_to" if own_cue.form == "according_to" else "indirect"
        if form == "according_to":
            content = outside(ctx.sent, own_cue)
        via = own_cue.via
        rule = "according_to" if form == "according_to" else \
            f"reported:{own_cue.kind if via in ('clause', 'frame', 'quote') else via}"
        att = replace(from_cue(own_cue, form, content, rule), nested_speaker=nested_speaker(ctx, own_cue))
        return frame(ctx, att, own_cue, lex)
    return Attribution(confidence=0.0, rule="editorial:stance_marker" if ctx.markers else "editorial:no_attribution")


def nested_speaker(ctx: ClaimContext, cue: Cue) -> str:
    """Whom the speaker reports in turn: the speaker of a cue inside what the governing cue reports ("Heald said
    the ministry had denied the report", "“The Met Office estimated that ...,” she said"), when it is someone
    else and is resolved.

    >>> nested_speaker(ClaimContext(None, [], None), None)
    ''
    """
    doc = ctx.sent.doc if ctx.sent is not None else None
    if cue is None or doc is None:
        return ""
    quoted = ctx.quote is not None and (cue is ctx.quote_cue or cue.form == "quote")
    span = (ctx.quote.start, ctx.quote.end) if quoted else (
        (cue.content.start_char, cue.content.end_char) if cue.content is not None else None)
    own = cue.speaker.canonical or cue.speaker.text
    return next((c.speaker.canonical for c in reporting_within(ctx.cues, span) if c is not cue
                 and c.speaker.canonical and c.speaker.canonical != own), "") if span else ""


def reporting_within(cues: list[Cue], span: tuple[int, int]) -> list[Cue]:
    """The cues whose word lies in a stretch of characters and that report someone (not the author's own
    voice, nor a supposed speaker); the speaker of one of them is a nested speaker (`nested_speaker`, resolved
    names only: not an unresolved "he", nor "she" for the speaker herself)."""
    return [c for c in cues if span[0] <= c.token.idx < span[1] and not (c.first_person or c.hypothetical)]


def relayed_report(ctx: ClaimContext, cue: Cue) -> Cue | None:
    """A communication cue with a content clause and a speaker inside what a first-person cue governs ("I
    think the municipalities have stated that ...", "I believe the Court suggested that ..."); not a thought
    the author ascribes ("I suspect the secretary knows this"), hopes for, doubts, denies or foresees, nor a
    speaker that is only a thing ("That factor, I think, is telling me").
    """
    verb = cue.token
    if cue.content is None or verb.lemma_.lower() not in RELAYING or any(
            c.dep_ == "neg" for c in (*verb.children, *verb.head.children)) or any(
            c.dep_ in ("oprd", "acomp") for c in verb.children) or cue.content.root.pos_ == "ADJ":
        return None  # not "I hope ...", "I imagine ...", "I am not sure ...", "I think it unlikely that ..."
    span = (cue.content.start_char, cue.content.end_char)
    return next((c for c in reporting_within(ctx.cues, span) if c.kind != "cognition" and c.content is not None
                 and c.form in ("indirect", "quote") and c.speaker.type and not foretold(c.token)), None)


def foretold(tok) -> bool:
    """A report still to come: "will say", "is going to announce"."""
    return any(a.dep_ == "aux" and a.lower_ in FORETOLD for a in tok.children) or (
        tok.dep_ == "xcomp" and tok.head.lower_ == "going")


def _authorial(cue: Cue) -> str:
    """The rule for a cue that reports the author's own voice: first person, or a supposed speaker."""
    return "editorial:first_person" if cue.first_person else "editorial:hypothetical"


def frame(ctx: ClaimContext, att: Attribution, cue: Cue, lex: Lexicon) -> Attribution:
    """A report wrapped in the author's framing (markers or a fronted participle) is `mixed`."""
    verb = cue.token
    fronted = [c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i and c.tag_ == "VBG"
               and not lex.cue_kind(c.lemma_) and c.lemma_ not in ("address", "speak", "use")]
    outside_markers = [m for m in ctx.markers if not (att.quote and m in att.quote.lower())]
    if fronted or outside_markers:
        return replace(att, attribution="mixed", rule=att.rule + "+frame")
    return att


def from_cue(cue: Cue, form: str, quote: str, rule: str) -> Attribution:
    """A sourced Attribution from the candidate that governs the sentence."""
    spk = cue.speaker
    return Attribution("sourced", form, spk.text, spk.canonical, spk.type or ("" if spk.text else "unknown"),
                       cue.text, cue.kind if form != "according_to" else "neutral", quote, "", 0.0, rule)


def outside(sent: Span, cue: Cue) -> str:
    """The sentence minus its "according to X," phrase."""
    phrase = {t.i for t in cue.token.subtree} if cue.token.dep_ == "prep" else set()
    return "".join(t.text_with_ws for t in sent if t.i not in phrase).strip(" ,")
