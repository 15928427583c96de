"""Answers of a question-and-answer interview: each paragraph that opens with an answer label ("A: Less than
you'd think. My gran was funnier ...", "Ramanathan: Because they have to ...") is the answerer's, as if in
quotation marks, in a text that also labels its questions ("Q: How much of Agnes is your grandmother?"); the
questions are the interviewer's. A name label is the person of that name; an "A:" answer is the
interviewee's, the person the text names most often (the first named, on a tie)."""

import re
from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc, Span

from ..records import Quote
from .cue import Cue
from .speakers import Speaker
from .util import doc_text

QUESTION_LABEL = re.compile(r"^[ \t]*(?:Q|Question)[ \t]*:", re.M)
# "A:", "Answer:", or a name of one to three capitalised words ("Ramanathan:", "Irene Solberg:").
ANSWER_LABEL = re.compile(r"^[ \t]*(?P<label>A|Answer|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})[ \t]*:[ \t]*", re.M)
ANSWER_WORDS = frozenset({"A", "Answer"})
QUESTION_WORDS = frozenset({"Q", "Question"})
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def answer_blocks(text: str, names: Sequence[str] = ()) -> list[tuple[Quote, str]]:
    """The answers of a text that labels both its questions and its answers, each from after its label to
    the end of its paragraph, with its label; a name label counts when it is one of `names` or the last word
    of one (the persons the text names).

    >>> text = "Q: Why stay?\\n\\nA: Because. It rained.\\n\\nBorg: I agree.\\n\\nNote: edited."
    >>> [(text[q.start:q.end], label) for q, label in answer_blocks(text, ["Ann Borg"])]
    [('Because. It rained.', 'A'), ('I agree.', 'Borg')]
    >>> answer_blocks("A: the first option.\\n\\nB: the second.")
    []
    """
    if not QUESTION_LABEL.search(text):
        return []
    known = {n for name in names for n in (name, name.split()[-1])}
    labels = Counter(m["label"] for m in ANSWER_LABEL.finditer(text))
    out = []
    for m in ANSWER_LABEL.finditer(text):
        # A name label: a person's name, or a label that heads two answers or more (the NER may miss the name).
        if m["label"] in QUESTION_WORDS or (
                m["label"] not in ANSWER_WORDS and m["label"] not in known and labels[m["label"]] < 2):
            continue
        brk = PARAGRAPH_BREAK.search(text, m.end())
        end = brk.start() if brk else len(text)
        while end > m.end() and text[end - 1].isspace():
            end -= 1
        if end > m.end():
            out.append((Quote(m.end(), end), m["label"]))
    return out


def answerer(label: str, persons: Sequence[Span], text: str = "") -> Speaker:
    """Who gives an answer: the person a name label names; for "A:", the person the text names most often
    (the first named, on a tie); no one when the text names no person."""
    names = [e._.canonical or e.text for e in persons]
    if label not in ANSWER_WORDS:
        # The fullest form of the name: a person's, or capitalised words before the label in the text.
        fuller = re.search(rf"\b(?:[A-Z][\w'’-]+ )+{re.escape(label)}\b", text)
        named = next((n for n in names if label in (n, n.split()[-1])), fuller.group(0) if fuller else label)
        return Speaker(label, named, "person")
    if not names:
        return Speaker("", "", "unknown")
    counts = Counter(names)
    best = max(counts, key=lambda n: (counts[n], -names.index(n)))
    return Speaker(best, best, "person")


def answers(doc: Doc, persons: Sequence[Span]) -> list[tuple[Quote, Cue]]:
    """Each answer of a Doc's interview with its cue: its label, spoken by its answerer."""
    out = []
    for quote, label in answer_blocks(doc_text(doc), [e._.canonical or e.text for e in persons]):
        span = doc.char_span(quote.start, quote.end, alignment_mode="expand")
        token = span[0] if span is not None and len(span) else doc[0]
        who = answerer(label, persons, doc.text)
        out.append((quote, Cue(token, "", "neutral", "quote", who, distance=0, via="answer")))
    return out
