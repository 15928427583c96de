"""Answers of a question-and-answer interview or a transcript: each paragraph that opens with an answer label
("A: Less than you'd think. My gran was funnier ...", "Ramanathan: Because they have to ...", "MARTINEZ: I
want to be careful ...") is the answerer's, as if in quotation marks. A text is an interview when it labels
its questions ("Q: How much of Agnes is your grandmother?") or has two labels that each head two paragraphs
or more. The interviewer's turns (labelled "Q:", "HOST:", or with the label whose turns are most often
questions) are the interviewer's own words. A name label is the person of that name; an "A:" answer is the
interviewee's, the person the text names most often (the first named, on a tie)."""

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from spacy.tokens import Doc, Span

from ..records import Quote
from .cue import Cue
from .qa_pairs import PARAGRAPH, unlabelled_answers
from .sentences import ANSWER_LABEL, LABEL_HONORIFIC, titled_label
from .speakers import Speaker
from .util import doc_text

ANSWER_WORDS = frozenset({"A", "Answer"})
INTERVIEWER_WORDS = frozenset({"Q", "QUESTION", "HOST", "INTERVIEWER", "ANCHOR", "MODERATOR", "PRESENTER"})
# The last word of an office a holder's name may follow after a comma ("Official Spokesperson, Shri Karan Mehrotra").
OFFICE_WORDS = frozenset({"spokesperson", "spokesman", "spokeswoman", "minister", "secretary", "governor", "chair",
                          "chairman", "chairwoman", "president", "director", "commissioner", "ambassador", "speaker",
                          "mayor", "premier", "chancellor", "officer", "counsel", "clerk", "moderator", "host"})
# Who chairs a hearing: "Chair:", "The Chair:", "Madam Chair:".
CHAIR_WORDS = frozenset({"CHAIR", "THE CHAIR", "CHAIRMAN", "CHAIRWOMAN", "CHAIRPERSON", "MADAM CHAIR", "MR CHAIRMAN",
                         "PRESIDING MEMBER", "CONVENER", "THE CONVENER"})
# The questioners of a broadcast, who speak for themselves, not for the article's author.
BROADCAST_ROLES = frozenset({"HOST", "ANCHOR", "MODERATOR", "PRESENTER"})
# First words of an entry that describes its label rather than speaking as it.
DESCRIBING_WORDS = frozenset({"He", "She", "His", "Her", "They", "Their"})
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def answer_blocks(text: str, names: Sequence[str] = (), title: str = "") -> list[tuple[Quote, str]]:
    """The answers of a text that labels both its questions and its answers, each from after its label to
    the end of its paragraph, with its label; a name label counts when it is one of `names` or the last word
    of one (the persons the text names). Failing labels, an interview printed without them (`qa_pairs`, which
    reads the `title` too).

    >>> text = "Q: Why stay?\\n\\nA: Because. It rained.\\n\\nBorg: I agree.\\n\\nNote: edited."
    >>> [(text[q.start:q.end], label) for q, label in answer_blocks(text, ["Ann Borg"])]
    [('Because. It rained.', 'A'), ('I agree.', 'Borg')]
    >>> text = "PRYCE: Welcome. How bad is it?\\n\\nRUIZ: Bad.\\n\\nPRYCE: Why?\\n\\nRUIZ: Cuts. Fewer nurses."
    >>> [(text[q.start:q.end], label) for q, label in answer_blocks(text)]
    [('Bad.', 'RUIZ'), ('Cuts. Fewer nurses.', 'RUIZ')]
    >>> answer_blocks("A: the first option.\\n\\nB: the second.")
    []
    >>> text = "Hon. Ann Lee (Eastgate): It will close.\\n\\nMr Obi (Minister of Health): It will not."
    >>> [label for _, label in answer_blocks(text)]
    ['Hon. Ann Lee', 'Mr Obi']
    """
    return _labelled_blocks(text, names) or [(q, "A") for q in unlabelled_answers(text, title)]


def _labelled_blocks(text: str, names: Sequence[str]) -> list[tuple[Quote, str]]:
    turns = []  # (label, start of its words, end of its paragraph or at the next label)
    more: dict[int, list[tuple[int, int]]] = {}  # a turn's further paragraphs, by the turn's start
    found = list(ANSWER_LABEL.finditer(text))
    holders = {m["label"]: _holder(m) for m in found if _holder(m) != m["label"]}

    def holder(m: re.Match) -> str:  # "The Prime Minister:" once "The Prime Minister (Keir Starmer):" named him
        return _holder(m) if m["role"] else holders.get(m["label"], m["label"])

    known = {n for name in names for n in (name, name.upper(), name.split()[-1], name.split()[-1].upper())}
    # A transcript's labels name people, with a role or a constituency in brackets, as the text names them; not a
    # definition list's terms ("ChangeCoordSys Operator (Listing 1): It exchanges ...").
    bracketed = {holder(m) for m in found if m["role"] and (
        m["label"] in known or LABEL_HONORIFIC.sub("", m["label"]) in known or titled_label(m["label"]))}
    # ... or with a courtesy title or an office ("MR. ALVAREZ:", "Ms Doe:", "The Prime Minister (Keir Starmer):"),
    # or a member's seat and party ("Kemi Badenoch (North West Essex) (Con):")
    titled = {holder(m) for m in found if titled_label(holder(m)) or m["party"] or holder(m) != m["label"]
              or m["named"] and HOLDER_NAME.fullmatch(m["label"])}  # ... or "Niall Fogarty, Business Post:"
    formal = on_record(text)
    for k, m in enumerate(found):
        start = m.end()
        if text[start:start + 1] == "\n":  # a label alone on its line: its words are the next ones
            start += len(text[start:]) - len(text[start:].lstrip())
            if any(n.start() <= start < n.end() for n in found[k + 1:k + 2]):
                continue
        brk = PARAGRAPH_BREAK.search(text, start)
        end = min(brk.start() if brk else len(text), found[k + 1].start() if k + 1 < len(found) else len(text))
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            turns.append((holder(m), start, end))
            # after the last label, up to a transcript's end mark ("END", "1:41 P.M. EDT") if it has one
            more[start] = _more_paragraphs(text, end, found[k + 1:k + 2] or list(END_MARK.finditer(text, end))[:1],
                                           formal)
    turns = [(_short_label(label, {lb for lb, _, _ in turns}), s, e) for label, s, e in turns]
    # A record of a hearing or a debate: every turn under a chair's label, an office, a title or a full name is its
    # speaker's, questions and answers alike ("Q112 Chair:", "Dame Ruth Okafor:", "Minister of Housing:"), when two
    # such speakers take three turns or more.
    heard = [t for t in turns if t[0].upper() in CHAIR_WORDS or titled_label(t[0]) or HOLDER_NAME.fullmatch(t[0])
             or {t[0].split()[0].lower(), t[0].split()[-1].lower()} & OFFICE_WORDS]
    if formal and len({label for label, _, _ in heard}) >= 2 and len(heard) >= 3:
        return _with_more(heard, more)
    # A transcript labelling its speakers so: every such turn is its speaker's; not an explainer's, a glossary's
    # or a cast list's entries ("Keir Starmer (Prime Minister): He has staked ...", "Mr. Darcy (Colin Firth):
    # brooding and proud", "Lord Chancellor: The cabinet minister responsible for the courts"), which describe
    # the person their label names: turns under titles alone must speak as people do (I, we, you, a question).
    roles = bracketed | titled
    described = {holder(m) for m in found if m["role"]}
    spoken = [(label, start, end) for label, start, end in turns if label in roles and text[start:start + 1].isupper()
              and (label not in described or text[start:end].split(None, 1)[0] not in DESCRIBING_WORDS)]
    by_title = [text[s:e] for label, s, e in spoken if label not in bracketed]
    if by_title and not formal and 2 * sum(bool(SPEECH.search(t)) for t in by_title) < len(by_title):
        spoken = [t for t in spoken if t[0] in bracketed]
    if len({label for label, _, _ in spoken}) >= 2 and not {label.upper() for label in roles} & INTERVIEWER_WORDS:
        return _with_more(sorted([*spoken, *_reporters(text, found, turns)], key=lambda t: t[1]), more)
    if spoken and (asked := _reporters(text, found, turns)):  # a spokesman and the press
        return _with_more(sorted([*spoken, *asked], key=lambda t: t[1]), more)
    labels = Counter(label for label, _, _ in turns)
    asks = {label.upper() for label in labels} & INTERVIEWER_WORDS
    # Without a question label, the speakers' labels must look like names: a person's, or a transcript's
    # capitals ("MARTINEZ:"), not "Price:" and "Where:" in a travel guide.
    repeated = [label for label, n in labels.items() if n >= 2 and (asks or label in known or label.isupper())]
    if not asks and len(repeated) < 2:
        return []
    if not asks:  # the label whose turns most often ask something, when one does so more than the others
        share = {label: sum("?" in text[s:e] for lb, s, e in turns if lb == label) / labels[label]
                 for label in repeated}
        ranked = sorted(share.values(), reverse=True)
        if ranked[0] == ranked[1]:
            return []  # no one asks: datelines or a live blog's "UPDATE:", not an interview
        asks = {max(share, key=share.get)}
    # A name label: a person's name, or a label that heads two answers or more (the NER may miss the name); and
    # a broadcast's moderator or host, who is not the article's author ("MODERATOR: Who's right?").
    return _with_more([(label, start, end) for label, start, end in turns if (
        label.upper() in BROADCAST_ROLES and labels[label] >= 2) or (
        label.upper() not in asks and label not in asks and (label in ANSWER_WORDS or label in known
                                                             or label in repeated))], more)


def _with_more(turns: list[tuple[str, int, int]], more: dict[int, list[tuple[int, int]]]) -> list[tuple[Quote, str]]:
    return [(Quote(s, e), label) for label, start, end in turns for s, e in [(start, end), *more.get(start, ())]]


FLOOR = "Question from the floor"  # an audience's unnamed question after a speech
# A briefing's reporters ask for their outlets, in brackets ("Q (Reuters):") or, under a briefing's header, unnamed.
BRIEFING = re.compile(r"\b(?:press|news) (?:briefing|conference)\b|\bbriefing\b", re.I)


def _reporters(text: str, found: Sequence[re.Match], turns: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The questions of a press briefing's transcript, each its reporter's: "Q (Reuters):" or, when the text's
    first lines name a briefing, "Q:"."""
    outlets = {m.end(): m["role"] for m in found if m["label"] in ("Q", "Question") and m["role"]
               and m["role"][:1].isupper()}  # not "Q (inaudible):"
    # (a briefing by its heading, or by its other reporters named with their outlets)
    briefing = bool(outlets) or any(BRIEFING.search(h) for h in heading_lines(text))
    return [(f"Q ({outlets[s]})" if s in outlets else label, s, e) for label, s, e in turns
            if label in ("Q", "Question") and (s in outlets or briefing) or label == FLOOR]


def _short_label(label: str, labels: set[str]) -> str:
    """The label a titled speaker goes by after the first turn ("SEN. RUTH KLEIN" then "KLEIN"), when it is
    theirs alone; not "FIRST CALLER" for "CALLER", nor "MARY SMITH" for "SMITH" beside "JOHN SMITH".

    >>> _short_label("SEN. RUTH KLEIN", {"SEN. RUTH KLEIN", "KLEIN", "MORALES"})
    'KLEIN'
    >>> _short_label("FIRST CALLER", {"FIRST CALLER", "CALLER"}), _short_label("MARY SMITH", {"MARY SMITH", "SMITH"})
    ('FIRST CALLER', 'MARY SMITH')
    """
    last = (label.split() or [label])[-1]
    if last == label or last not in labels or not titled_label(label):
        return label
    return last if sum(lb.split()[-1] == last for lb in labels if lb != last) == 1 else label


def _holder(m: re.Match) -> str:
    """Who a label names: an office's holder in brackets or after a comma ("The Minister for Housing (Ms Jane Doe)",
    "The Prime Minister (Keir Starmer)", "Official Spokesperson, Shri Karan Mehrotra"), else the label."""
    # (not a person and an outlet: "Niall Fogarty, Business Post:")
    office = m["label"].split()[-1].lower() in OFFICE_WORDS
    if m["named"] and office and (titled_label(m["named"]) or HOLDER_NAME.fullmatch(m["named"])):
        return m["named"]  # "Official Spokesperson, Shri Karan Mehrotra"
    role = m["role"] or ""
    if role and (titled_label(role) or m["label"].startswith("The ") and HOLDER_NAME.fullmatch(role)):
        return role
    return m["label"]


# A person's name in brackets after an office: "(Keir Starmer)".
HOLDER_NAME = re.compile(r"[A-Z][\w'’-]+(?: [A-Z][\w.'’-]+){1,3}")
# What a speaker's turn sounds like: the speaker's own I or we, someone addressed, a question, thanks or a request
# (not "our", "us" or "your" in a description: "Sets our taxes", "She told us she was never warned").
SPEECH = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll)\b|\b(?i:me|my|mine|we|you|please|thanks?|"
                    r"let's|let me|go ahead)\b|\?")
# ... and a speech going on may also say "our", "us" or "your" ("That is our case.").
GOES_ON = re.compile(rf"{SPEECH.pattern}|\b(?i:our|us|your)\b")
# The line that ends a transcript: "END", "###", its closing time ("1:41 P.M. EDT").
END_MARK = re.compile(r"^[ \t]*(?:END|###|-30-|\d{1,2}[:.]\d\d[ \t]*[AP]\.?M\.?(?:[ \t]+[A-Z]{2,4})?)[ \t]*$", re.M)


# A record that says what it is in its heading ("House of Commons", "Oral argument, Court of Appeal", "Press
# Briefing by ...") or notes what happened ("[Interruption.]", "(APPLAUSE)", "1:12 P.M. EDT").
RECORD_HEADING = re.compile(r"\b(?:hansard|house of (?:commons|lords|representatives)|transcript|debate|hearing|"
                            r"oral evidence|evidence session|select committee|"
                            r"argument|briefing|proceedings|sitting|press conference|dáil|senate)\b", re.I)
RECORD_NOTE = re.compile(r"^[ \t]*[\[(](?:interruption|applause|laughter|crosstalk|inaudible|recess|pause|cheers|"
                         r"booing|hon\. members|technical difficulties)[^\])\n]{0,40}[\])]\.?[ \t]*$"
                         # ... or numbers its questions as a committee's evidence does ("Q112 Chair:")
                         r"|^[ \t]*Q\d{1,4}[ \t]+[A-Z][^:\n]{1,60}:", re.M | re.I)
FINITE = re.compile(r"\b(?:is|was|were|are|has|have|had|will|would|said|says|sat|spoke|met|talked)\b", re.I)


def on_record(text: str) -> bool:
    """Whether a text is a transcript on the record, whose speeches run over paragraphs of any kind: its heading
    names one (a short line with no verb among the first), or it notes interruptions or times.

    >>> on_record("House of Commons\\n\\nMr Obi: Order."), on_record("The hearing was short.\\n\\nMr Obi: Order.")
    (True, False)
    """
    return any(RECORD_HEADING.search(h) for h in heading_lines(text)) or bool(RECORD_NOTE.search(text))


def heading_lines(text: str) -> list[str]:
    """The text's first lines that are headings: short, with no verb ("Press Briefing by ...", "House of
    Commons"; not "After her press briefing on Tuesday, I sat down with ...")."""
    heads = [ln.strip() for ln in text[:600].split("\n") if ln.strip()][:6]
    return [h for h in heads if len(h.split()) <= 12 and not FINITE.search(h) and not h.endswith(("?", "!"))
            and not re.search(r"\b(?:I|we|you)\b", h)]


# A note in brackets closing a paragraph of a speech ("(Applause)", "[Laughter]").
TRAILING_NOTE = re.compile(r"(?<=[.?!\"”’])\s*[\[(][A-Za-z ,]{2,30}[\])]$")


def _more_paragraphs(text: str, end: int, following: Sequence[re.Match], formal: bool = False) -> list[tuple[int, int]]:
    """The paragraphs after a turn's first that go on with it, up to the next label: a speech of several
    paragraphs, which speaks as its speaker does (I, we, you, a question) or quotes, or any paragraph of a
    transcript on the record (`formal`). A transcript's notes in
    brackets ("[Interruption.]") and lines with no full stop (times, headings) are no one's words; a paragraph
    of narrative ("The room fell silent.") ends the turn, and after the last label nothing is known to go on
    with it (a closing note, "This interview has been edited.")."""
    if not following:
        return []
    paras = [p for p in PARAGRAPH.finditer(text, end, following[0].start())]
    out, noted = [], False
    for k, para in enumerate(paras):
        words = TRAILING_NOTE.sub("", para.group().strip())  # "... please stand? (Applause)": the speech goes on
        if words[:1] in "[(" or words[-1:] not in ".?!:\"”’'—-" or not (words[:1].isupper() or words[:1].isdigit()
                                                                       or words[:1] in "\"“‘'"):
            noted = noted or words[:1] in "[("  # "[Interruption.]": the speech goes on after it
            continue
        # A paragraph that does not speak goes on with the turn only when the speech goes on after it ("That this
        # House has considered ...", a motion read out) or after an interruption noted.
        if not (formal or GOES_ON.search(words) or words[:1] in "\"“‘'" or noted or any(
                GOES_ON.search(p.group()) for p in paras[k + 1:])):
            break
        out.append((para.start() + len(para.group()) - len(para.group().lstrip()), para.start() + len(
            para.group().rstrip())))
    return out


def by_author(label: str, canonical: str, author: str) -> bool:
    """Whether a turn is the text's author's: the whole name, or the same title and surname ("Governor Brannigan"
    under "Governor Eilís Brannigan"); not "Mr Jones" under "Sarah Jones", nor "Mr Lee" under "Ann Leeson".

    >>> by_author("Governor Brannigan", "Brannigan", "Governor Eilís Brannigan")
    True
    >>> by_author("Mr Jones", "Jones", "Sarah Jones"), by_author("Mr Lee", "Lee", "Ann Leeson")
    (False, False)
    """
    name = LABEL_HONORIFIC.sub("", author).strip()
    title = label.split()[0]
    return canonical == name or len(label.split()) == 2 and titled_label(label) and label.split()[-1] == author.split(
        )[-1] and title in author.split()


@lru_cache(maxsize=8)
def chair_named(text: str) -> str:
    """The chair a hearing's record names among its members ("Helen Marsh (Chair)"), once per text; ''."""
    named = re.search(r"([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}) \((?:the )?[Cc]hair(?:man|woman|person)?\)", text)
    return LABEL_HONORIFIC.sub("", named.group(1)) if named else ""


def answerer(label: str, names: Sequence[str], text: str = "") -> Speaker:
    """Who gives an answer: the person a name label names; for "A:", the person the text names most often
    (the first named, on a tie); no one when the text names no person. `names`: the text's persons, by
    canonical name, one entry a mention, in order."""
    if label.startswith(("Q (", "Question (")):  # a reporter's question: "Q (Reuters)", "Q (Priya Raghavan, The Hindu)"
        asker = label[label.index("(") + 1:].rstrip(")")
        name = asker.split(",")[0].strip()
        return Speaker(label, name, "person") if "," in asker and HOLDER_NAME.fullmatch(name) else Speaker(
            label, asker, "media")
    if label in ("Q", "Question", FLOOR):  # ... an unnamed reporter's, or someone's in the audience
        return Speaker(label, "anonymous", "anonymous")
    if label.upper() in CHAIR_WORDS:  # "Members present: Helen Marsh (Chair); ..." names the chair
        named = chair_named(text)
        return Speaker(label, named, "person") if named else Speaker(label, "", "anonymous")
    if label.upper() in BROADCAST_ROLES:
        # "moderator Bettina Crowhurst", "the host, Sam Reyes": the person the text gives the role to
        # ... or in brackets after the label ("HOST (Ruth Adeyemi): Welcome back")
        named = re.search(rf"(?i:\b{label}),? \(?([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){{1,2}})", text)  # a full name
        name = named.group(1).strip() if named else ""
        return Speaker(label, name, "person") if name else Speaker(label, "", "anonymous")
    if label not in ANSWER_WORDS:
        # The fullest form of the name: a person's, or capitalised words before the label in the text (a label
        # in capitals, "MARTINEZ", is "Martinez" there).
        word = LABEL_HONORIFIC.sub("", label) or label
        word = word.title() if word.isupper() else word
        fuller = re.search(rf"\b(?:[A-Z][\w'’-]+ )+{re.escape(word)}\b", text)
        named = next((n for n in names if word in (n, n.split()[-1])), fuller.group(0) if fuller else word)
        return Speaker(label, LABEL_HONORIFIC.sub("", named) or named, "person")
    if not names:
        return Speaker("", "", "unknown")
    counts = Counter(names)
    best = max(counts, key=lambda n: (counts[n], -names.index(n)))
    return Speaker(best, best, "person")


def answers(doc: Doc, persons: Sequence[Span]) -> list[tuple[Quote, Cue]]:
    """Each answer of a Doc's interview with its cue: its label, spoken by its answerer."""
    out, text = [], doc_text(doc)
    # (not the interviewer: the author, or "Interview by Daniel Price" in the text)
    asking = {doc._.author, *(m.group(1) for m in INTERVIEWER.finditer(text))} - {""}
    names = [n for n in (e._.canonical or e.text for e in persons) if not any(n in a for a in asking)]
    headline = headline_name(doc._.title)
    blocks = answer_blocks(text, names or headline, doc._.title)
    # "A:" is the one who answers under a name elsewhere in the interview ("Adaeze Korhonen: Constantly. ..."), or
    # the one the headline names ("Hana Sato: 'The robots are not coming'"), not the person most talked about
    named = {answerer(label, names, text).canonical for _, label in blocks if label not in ANSWER_WORDS
             and not label.startswith(("Q", "Question", "Interviewer"))} - {""} or set(headline)
    names = names or headline
    for quote, label in blocks:
        span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        token = span[0] if span is not None and len(span) else doc[0]
        who = answerer(label, names, text)
        if label in ANSWER_WORDS and len(named) == 1:  # (the headline's name stands in the text for "A")
            name = next(iter(named))
            who = Speaker(name if name in headline else label, name, "person")
        if doc._.author and who.canonical and by_author(label, who.canonical, doc._.author):
            continue  # the text's own author answering ("Governor Brannigan:" under her speech): her own words
        out.append((quote, Cue(token, "", "neutral", "quote", who, distance=0, via="answer")))
    return out


INTERVIEWER = re.compile(r"\b[Ii]nterview(?:ed)? by ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3})")
# An interview's headline naming who answers: "Saoirse Mulcahy: 'I write the book I was afraid to read'",
# "Wikinews interviews Christopher Hill, ...", "An interview with Hugh McGuire".
HEADLINE_NAME = re.compile(r"^(?P<a>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3}):|\b(?:interviews|interview with) (?:[a-z]+ )*"
                           r"(?P<b>[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){1,3})")


def headline_name(title: str) -> list[str]:
    """The person an interview's headline names, for a text in which the model found no person.

    >>> headline_name("Saoirse Mulcahy: 'I write the book I was afraid to read'"), headline_name("Budget day")
    (['Saoirse Mulcahy'], [])
    """
    m = HEADLINE_NAME.search(title)
    return [m["a"] or m["b"]] if m else []


# Labels of an interviewer's questions in print: their "you" is the one who answers.
QUESTION_LABELS = re.compile(r"^[ \t]*(?:Q|Question|Interviewer)[ \t]*:", re.M)


def interviewee(doc: Doc, answered: Sequence[tuple[Quote, Cue]]) -> str:
    """The person a printed interview's questions ask ("Q: You've said the floods changed how you work"): who
    gives most of its answers, when its questions are labelled; '' otherwise."""
    if not answered or not QUESTION_LABELS.search(doc_text(doc)):
        return ""
    names = Counter(cue.speaker.canonical for _, cue in answered if cue.speaker.canonical)
    return names.most_common(1)[0][0] if names else ""
