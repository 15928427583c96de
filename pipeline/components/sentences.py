"""Sentence boundaries that the parser would miss: paragraph breaks and glued ellipses."""


import re

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Span

from .extensions import CLAIMS
from .util import doc_text, span_text

# Clock abbreviations that swallow a full stop; a capitalised word after one opens a sentence unless it is a name
# ("10 p.m. Eastern time", "7 p.m. GMT").
CLOCK_ABBREVIATIONS = frozenset({"a.m.", "p.m.", "a.m", "p.m"})
NAME_TAGS = frozenset({"NNP", "NNPS"})


CLOCK = re.compile(r"(?:[01]?\d|2[0-3])[.:][0-5]\d")


@Language.component("claimscope_sentences", assigns=["token.is_sent_start"])
def mark_sentence_starts(doc: Doc) -> Doc:
    """Start a sentence after each paragraph break, after an ellipsis that runs into a new sentence and after a
    clock time's "p.m." that ends one.

    Runs before the parser, which keeps boundaries set here ("Kremlin Palace…During the meeting").
    """
    starts, inside = [], []
    for i, tok in enumerate(doc[:-1]):
        if tok.is_space and "\n" in tok.text:
            starts.append(i + 1)
        elif tok.text in ("…", "...") and i > 0 and doc[i + 1].is_title and not doc[i + 1].is_space:
            starts.append(i + 1)
        elif CLOCK.fullmatch(tok.text) and doc[i + 1].is_upper and 2 <= len(doc[i + 1]) <= 4:
            inside.append(i + 1)  # a live blog's "15.58 GMT": one time
        elif tok.lower_ in CLOCK_ABBREVIATIONS and doc[i + 1].is_title and doc[i + 1].tag_ not in NAME_TAGS:
            starts.append(i + 1)  # "conceded shortly before 11 p.m. In a statement, ...": the stop is inside "p.m."
        elif tok.text in CREDIT_DASHES and (end := credit_end(doc, i)) is not None:
            starts.append(end)  # '"Less is more." — Mies van der Rohe, "Letters" I never agreed': a new sentence
        elif (tok.text[-1:] in (".", "!", "?") or tok.is_quote and i > 0 and doc[i - 1].text in (".", "!", "?")) \
                and (end := footnote_end(doc, i + 1)) is not None:
            # "franchise.[6] Critics contend", "the most honest'.[5] It is said": the reference ends the sentence,
            # the next word starts one.
            inside.extend(range(i + 1, end))
            if end < len(doc) and (doc[end].is_title or doc[end].is_space):
                starts.append(end)
    for m in STAGE_DIRECTION.finditer(doc_text(doc)):
        # no sentence inside a stage direction ('(CROWD CHANTING "MEG! MEG! MEG!")')
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is not None:
            inside.extend(k for k in range(span.start + 1, span.end) if k not in starts)
    if not starts and not inside:
        return doc
    if doc.has_annotation("DEP"):
        doc[(starts or inside)[0]].is_sent_start = True  # raises spaCy's own error: a parsed Doc keeps its sentences
    # All at once: setting `Token.is_sent_start` checks the whole Doc for a parse each time.
    values = doc.to_array(SENT_START).astype("int64")  # -1: not a start
    values[inside] = -1
    values[starts] = 1
    doc.from_array([SENT_START], values.astype("uint64"))  # -1 wraps, as spaCy's own arrays store it
    return doc


CREDIT_DASHES = frozenset({"—", "–", "-", "--"})
NAME_PARTICLES = frozenset({"van", "der", "de", "von", "da", "al", "bin", "-", "."})


def credit_end(doc: Doc, i: int) -> int | None:
    """Where a sentence starts right after a quotation's credit with no full stop, the dash at token `i`: the
    capitalised word after the name and its work in quotes ('"..." — Ottilie Brandvold, "Notes" I used to').
    None when the dash credits nothing or its credit ends as sentences do."""
    if i < 2 or not doc[i - 1].is_quote or doc[i - 2].text not in (".", "!", "?"):
        return None
    j = i + 1 + (i + 1 < len(doc) and doc[i + 1].is_title)  # a first name the tagger took for a verb ("Jean")
    while j < len(doc) and (doc[j].tag_ in NAME_TAGS or doc[j].lower_ in NAME_PARTICLES and j > i + 1) and not (
            doc[j].text == "I" and j + 1 < len(doc) and doc[j + 1].tag_[:2] in ("VB", "MD")):  # "Douglass I keep"
        j += 1
    if j == i + 1 or j + 1 >= len(doc):
        return None
    if doc[j].text == "," and doc[j + 1].is_quote:  # ... and the work it comes from
        close = next((k for k in range(j + 2, min(len(doc), j + 25)) if doc[k].is_quote), None)
        if close is None:
            return None
        j = close + 1
    if j >= len(doc) or doc[j].is_space or doc[j].is_punct or doc[j].tag_ in NAME_TAGS:
        return None
    return j if doc[j].is_title or doc[j].text == "I" else None


def footnote_end(doc: Doc, i: int) -> int | None:
    """Where the footnote references starting at token `i` end ("[6]", "[3][4]", "[a]"), or None."""
    end = i
    while end + 2 < len(doc) and doc[end].text == "[" and len(doc[end + 1].text) <= 3 \
            and doc[end + 1].text.isalnum() and doc[end + 2].text == "]":
        end += 3
    return end if end > i else None


def add_title_abbreviations(nlp: Language, titles: tuple[str, ...]) -> None:
    """Keep "Senator." / "Gen." (and "et al.") one token, so the parser does not end a sentence at a title."""
    for title in titles:
        if " " in title or "-" in title:
            continue
        for form in {title.capitalize(), title.upper()}:
            nlp.tokenizer.add_special_case(f"{form}.", [{"ORTH": f"{form}."}])
    # "Brown et al. [4] found that ...": a citation's "al." ends no sentence; nor does a parliament's "the hon.
    # Member for ..." or "the right hon. Gentleman", written in lower case.
    for form in ("al.", "hon.", "rt."):
        nlp.tokenizer.add_special_case(form, [{"ORTH": form}])


# Short titles the tokenizer may part from their full stop ("Fr" + "."); not a short word ending a sentence ("Bad.").
SHORT_TITLES = frozenset({"Fr", "Sr", "St", "Br", "Dr", "Mr", "Ms", "Mrs", "Lt", "Col", "Gen", "Rev", "Sgt", "Capt",
                          "Maj", "Prof", "Hon", "Rt", "Jr", "Cpl", "Pte", "Adm", "Gov", "Sen", "Rep"})


def _ends_in_title(span) -> bool:
    last = span[-1].text
    # ... or a short title the tokenizer parted from its full stop ("Fr" + ".")
    parted = last == "." and len(span) > 1 and not span[-2].whitespace_ and span[-2].text in SHORT_TITLES
    return (len(last) > 2 and last.endswith(".") and last[:-1].isalpha() and last[:-1].istitle()) or last in (
        "hon.", "rt.") or parted


def _ends_in_capital_title(span) -> bool:
    """A transcript's title in capitals before a name in capitals: "MS." of "MS. ALVARADO:"."""
    last = span[-1].text
    return 2 < len(last) <= 5 and last.endswith(".") and last[:-1].isalpha() and last[:-1].isupper()


def _cannot_end(span) -> bool:
    """A parser split after a conjunction, determiner or preposition ("Video games, movies, and | more"), or
    after a word or bracket with no full stop, inside a paragraph ("Chief of Army Staff (COAS) | Gen. X ...")."""
    last = span[-1]
    if last.pos_ in ("CCONJ", "DET", "ADP") and last.lower_ not in ("up", "out", "off", "in", "on"):
        return True
    if any(t.text in CREDIT_DASHES and credit_end(span.doc, t.i) == span.end for t in span[-12:]):
        return False  # a quotation's credit, with the next sentence right after it
    k = len(span)
    while k >= 3 and span[k - 1].text == "]" and span[k - 3].text == "[":
        k -= 3  # "... franchise.[6]": a footnote reference after the stop
    ends = [t for t in span[:k] if not t.is_quote and t.text not in ")]’'"][-1:]
    return bool(ends) and ends[0].text not in SENTENCE_ENDS and not ends[0].text.endswith(SENTENCE_ENDS) \
        and (last.is_alpha or last.text in ")]")


# What a sentence ends with (before any closing quote or bracket).
SENTENCE_ENDS = (".", "!", "?", "…", ":", ";")


# A "sentence" longer than this (text without punctuation) is cut into claims of about this size,
# at token boundaries, so that every claim fits a spreadsheet cell and a reviewer's reading.
MAX_CLAIM_CHARS = 3000


def _capped(span):
    if len(span_text(span)) <= MAX_CLAIM_CHARS:
        return [span]
    pieces, start = [], span.start
    for tok in span:
        if tok.idx + len(tok) - span.doc[start].idx > MAX_CLAIM_CHARS and tok.i > start:
            pieces.append(span.doc[start: tok.i])
            start = tok.i
    pieces.append(span.doc[start: span.end])
    return pieces


def claim_spans(doc: Doc) -> list:
    """The doc's sentences as claim spans: trimmed of space, no punctuation-only spans, and a
    sentence the parser ended at a title abbreviation ("Senator.", kept one token by
    add_title_abbreviations) or at a word no sentence ends with ("and", "the", "of") joined to
    what follows it; none longer than MAX_CLAIM_CHARS.
    Computed once per Doc and kept as `doc.spans["claims"]`."""
    if CLAIMS not in doc.spans:
        doc.spans[CLAIMS] = _claim_spans(doc)
    return list(doc.spans[CLAIMS])


# A transcript's stage direction: "(Applause)", "[Laughter and cheers]", "(Sustained applause)", what a crowd calls
# out. Not a claim: one
# standing alone is left out, one opening a sentence is trimmed off it.
STAGE_DIRECTION = re.compile(r"[(\[](?:(?:crowd|audience|supporters|protesters|protestors)\s+)?"
                             r"(?:(?:sustained|loud|long|prolonged|brief|scattered|light|polite|standing|"
                             r"thunderous|warm|more|some)\s+)?(?:applause|laughter|ovation|cheers|cheering|booing|boos|crosstalk|inaudible|pause|"
                             r"music|silence|chanting|cries|laughs|sighs)\b[^)\]]{0,60}[)\]]"
                             # ... or what the crowd calls out: "(Crowd: "Shame!")", "(Audience chants "Strike!")"
                             r"|[(\[](?:crowd|audience(?: members?)?|supporters|protesters|protestors)"
                             r"(?:\s+(?:chants?|chanting|shouts?|shouting|yells?|yelling|responds?|replies))?\s*:?\s*"
                             r"[\"“][^\"”\n]{1,80}[\"”]\s*[)\]]", re.I)


# Marks that only open: one touching the claim before it starts the next claim, any other closes that one.
OPENING_MARKS = frozenset({"“", "‘", "«", "„", "(", "[", "{"})
# A credit closing a block, after its last sentence: "... yet turning stay. - Christina Rossetti", or a post's:
# "... Not going back. — @HollisDesignCo, March 3, 2024".
TRAILING_CREDIT = re.compile(r"(?<=[.!?;,])\s+(?:[—–]+|--?)\s*(?:@\w+|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4})"
                             r"(?:,\s*[A-Z0-9][\w ,.]{1,30})?\s*$")  # ... and where or when: ", Leeds", ", 12 May"
QUOTE_MARK_CHARS = frozenset("\"“”«»„")
# Credits that sign a paragraph rather than quote it: a wire's, the editors', a list of names ("— AP", "— The
# Editors", "— Kane, Saka and Foden").
NOT_QUOTED_CREDIT = re.compile(r"(?:AP|AFP|UPI|PA|PTI|ANI|IANS|Reuters|Bloomberg|Associated Press|Press Association)"
                               r"\b|\b(?:Editors?|Staff|Desk|Newsroom)\b| and |^[^\d]*,[^\d]*,[^\d]*$|\.$")


def block_credit(text: str, start: int, end: int) -> re.Match | None:
    """The dash credit closing `text[start:end]` when it credits a quotation: two sentences or more before it,
    no quotation marks, and a source named (two words or more, or a handle) that is no wire's or editors' and
    no list of names.

    >>> text = "I am not there. I do not sleep. — Mary Frye"
    >>> block_credit(text, 0, len(text)).start(), block_credit("Three were bailed. All went home. — AP", 0, 38)
    (31, None)
    """
    m = TRAILING_CREDIT.search(text, start, end)
    if m is None or m.end() != end or QUOTE_MARK_CHARS & set(text[start:m.start()]):
        return None
    name = m.group().strip(" \t\n—–-")
    if NOT_QUOTED_CREDIT.search(name) or (not name.startswith("@") and len(name.split(",")[0].split()) < 2) or \
            len(re.findall(r"[.!?](?:\s|$)", text[start:m.start() + 1])) < 2:
        return None
    return m


def _without_credit(span):
    """A sentence closing a paragraph of unquoted lines on their dash credit ("Not going back. —
    @HollisDesignCo"), without the credit: it names the source of the block (blocks.credited_blocks)."""
    text = doc_text(span.doc)
    para = text.rfind("\n", 0, span.start_char) + 1
    m = block_credit(text, para, span.end_char) if text[span.end_char: span.end_char + 1] in ("", "\n") else None
    if m is None or m.start() < span.start_char or span.doc._.author and span.doc._.author in m.group():
        return span
    cut = span.doc.char_span(span.start_char, m.start(), alignment_mode="contract")
    return cut if cut is not None and len(cut) else span


# A letter's salutation alone on its line, and a postscript's label.
SALUTATION = re.compile(r"(?:(?:my )?(?:dear(?:est)?|darling) \S.{0,60}|to whom it may concern),", re.I)
POSTSCRIPT = re.compile(r"p\.\s?(?:p\.\s?)?s\.?:?|ps:?", re.I)
# Time zones written after "p.m.": no new sentence.
TIME_ZONES = frozenset("EST EDT CST CDT MST MDT PST PDT AKST AKDT HST GMT BST UTC CET CEST IST".split())
# ... and written out, before "time": "10:52 p.m. Central time", "8 p.m. Eastern Standard Time".
ZONE_NAMES = frozenset({"Eastern", "Central", "Mountain", "Pacific", "Atlantic", "Alaska", "Hawaii", "Greenwich",
                        "British"})


def _time_zone(span: Span) -> bool:
    """Whether a sentence opens with a time zone ("GMT", "Central time"): the rest of a clock time's sentence."""
    return span[0].text in TIME_ZONES or span[0].text in ZONE_NAMES and len(span) > 1 and span[1].lower_ in (
        "time", "standard", "daylight")


# A credit after a quote on its line opens with one of these; it belongs to the quote's claim.
CREDIT_DASHES = ("-", "—", "–", "--")


# A paragraph's number in a judgment or a report ("12.", "(iv)", "3)"): no claim of its own.
PARAGRAPH_NUMBER = re.compile(r"\(?(?:\d{1,3}|[ivxlc]{1,6})[.)](?:\s+|$)", re.I)


def _without_directions(span):
    """The span without the stage directions or paragraph number it opens with; None when it is nothing
    else."""
    doc = span.doc
    if (m := PARAGRAPH_NUMBER.match(span_text(span))) and (span.start == 0 or "\n" in doc[span.start - 1].text_with_ws
                                                     or doc[span.start - 1].is_space):
        rest = [t for t in span if t.idx >= span.start_char + m.end() and not t.is_space]
        if not rest:
            return None
        if rest[0].is_title or rest[0].is_quote:
            span = doc[rest[0].i: span.end]
    while span is not None and (m := STAGE_DIRECTION.match(span_text(span))):
        rest = [t for t in span if t.idx >= span.start_char + m.end() and not t.is_space]
        span = span.doc[rest[0].i: span.end] if rest else None
    return span


def _quoted_question_goes_on(prev, span) -> bool:
    """A quoted question or exclamation inside a sentence that goes on in lower case ('used to write "Who
    cares?" in the margin', '"What is it you plan to do?" she asks'): one sentence, not two."""
    return len(prev) > 1 and prev[-1].is_quote and prev[-2].text in ("?", "!") and span[0].is_lower


# A label opening an interview's question or answer ("Q: How much ...", "A: No.").
INTERVIEW_LABELS = frozenset({"q", "a", "question", "answer"})
# "A:", "Answer:", or a name of one to four capitalised words ("Ramanathan:", "Irene Solberg:"), in a
# transcript with a role or a constituency in brackets ("Hon. Jane Marlowe (Riverside):"), a parliament's
# party after it ("Mr Robert Kane (Eastleigh Downs) (Con):") or an office before its holder ("The Minister for
# Housing (Ms Jane Doe):").
ANSWER_LABEL = re.compile(r"^[ \t]*(?:Q\d{1,4}[ \t]+)?(?P<label>A|Answer|Question from the floor|[A-Z][\w.'’-]*"
                          r"(?: (?:(?:for|of|the|and) ){0,2}[A-Z][\w.'’-]*){0,6})"
                          r"(?:[ \t]*\((?P<role>[^()\n]{1,60})\)(?:[ \t]*\((?P<party>[^()\n]{1,30})\))?"
                          r"(?:,[ \t]*[A-Z][A-Za-z.'’ -]{2,40})?"  # "REP. DALE HARMON (R-OH), SPEAKER OF THE HOUSE:"
                          # ... or an office, then its holder: "Official Spokesperson, Shri Karan Mehrotra:"
                          r"|,[ \t]*(?P<named>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,4}))?"
                          r"(?: (?:replies|answers|responds))?[ \t]*:[ \t]*",
                          re.M)  # ... or an agony column's "Dr Achterberg replies:"
# A courtesy title or office heading a transcript's label: the person is the name after it.
# ("Dr Lee", "DR LEE", "CHIEF JUSTICE LEE", "Shri Karan Mehrotra")
LABEL_HONORIFIC = re.compile(r"^(?:(?:Rt\.? )?(?:Hon|Mr|Mrs|Ms|Mx|Dr|Prof|Sen|Senator|Rep|Cllr|Sir|Dame|Lord|Lady|"
                             r"Baroness|Chief|Judge|Justice|Shri|Smt|Sri|Governor|President|Mayor|Minister|"
                             r"Commissioner|Ambassador)\.? )+", re.I)


def titled_label(label: str) -> bool:
    """A transcript's label naming a person by a courtesy title or office ("Ms Doe", "MR. ALVAREZ").

    >>> titled_label("MR. ALVAREZ"), titled_label("Chief Justice Oyelaran"), titled_label("Mr"), titled_label("Where")
    (True, True, False, False)
    >>> titled_label("Governor Brannigan"), titled_label("Minister of Health")
    (True, False)
    """
    rest = LABEL_HONORIFIC.sub("", label + " ").strip()  # a name after the title, not an office ("Minister of Health")
    return bool(LABEL_HONORIFIC.match(label + " ")) and bool(rest) and rest.split()[0].lower() not in (
        "of", "for", "the", "and")


def _speaker_label(span) -> bool:
    """A sentence that is only an interview's or a transcript's label ("A:", "MARTINEZ:", "Hon. Ann Lee
    (Eastgate):", "CHIEF JUSTICE OYELARAN:"): it opens the next one, not a claim of its own."""
    if span_text(span).endswith(":") and (m := ANSWER_LABEL.match(span_text(span))) and (
            m["role"] or m["named"] or titled_label(m["label"]) or m["label"].isupper()):
        # "Mr. Peter Okafor (Minister of Health):", "Official Spokesperson, Shri Karan Mehrotra:"
        return m.end() >= len(span_text(span))
    return len(span) == 2 and span[1].text == ":" and (span[0].lower_ in INTERVIEW_LABELS or (
        span[0].is_upper and len(span[0]) > 1))


def _claim_spans(doc: Doc) -> list:
    spans = []
    held = None  # an opening mark the parser left as a "sentence" of its own: it joins the next one
    for sent in doc.sents:
        toks = [t for t in sent if not t.is_space]
        if not toks:
            continue
        if all(t.is_punct for t in toks):
            prev = spans[-1] if spans else None
            if prev is not None and toks[0].idx == prev.end_char and toks[0].text not in OPENING_MARKS:
                # A closing mark the parser left as a "sentence" of its own at a paragraph's end: it ends the
                # claim before it ('He said: "That was the whole ballgame.' + '"').
                spans[-1] = doc[prev.start: toks[-1].i + 1]
            elif all(t.is_left_punct or t.text in ('"', "'") for t in toks):
                held = toks[0].i
            continue
        start = held if held is not None and "\n" not in doc[held: toks[0].i].text else toks[0].i
        held = None
        span = _without_directions(doc[start: toks[-1].i + 1])
        if span is None or SALUTATION.fullmatch(span_text(span)) and \
                doc_text(doc)[span.end_char: span.end_char + 1] in ("", "\n"):
            continue  # a letter's "Dear Aunt Cora," on its line: kept in the text (it names "you"), no claim
        prev = spans[-1] if spans else None
        if prev is not None and "\n" not in doc[prev.end: span.start].text and (
                (_ends_in_title(prev) and span[0].is_title) or _cannot_end(prev)
                or (_ends_in_capital_title(prev) and span[0].is_upper and len(span[0]) > 1)
                or prev[-1].lower_ == "al." or prev[-1].lower_ in ("p.m.", "a.m.") and _time_zone(span)
                or span[0].text in CREDIT_DASHES  # '"..." - The Lake Erie Ledger': the quote's credit
                or POSTSCRIPT.fullmatch(span_text(prev))  # "P.S." and what it adds
                or _quoted_question_goes_on(prev, span) or _speaker_label(prev)):
            spans[-1] = doc[prev.start: span.end]
        elif prev is not None and _speaker_label(prev) and "\n" in doc[prev.end: span.start].text:
            spans[-1] = span  # a label alone on its line names the turn's speaker: no claim of its own
        else:
            spans.append(span)
    return [piece for span in spans for piece in _capped(_without_credit(span))]
