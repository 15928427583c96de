"""A printed interview whose questions lost their bold type: no "Q:" and no names, each question a paragraph of
its own, and each answer the paragraphs after it. The answers are the interviewee's, as if labelled "A:"."""

import re

from ..records import Quote

PARAGRAPH = re.compile(r"[^\n]+(?:\n(?![ \t]*\n)[^\n]+)*")
ADDRESSED = re.compile(r"\b(?i:you|your|yours|yourself)\b")
# The asker speaking of themselves asks no interviewee ("What do we owe them?", "Do you know what I told them?").
ASKER_SELF = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|me|[Mm]y|[Ww]e|[Oo]ur|us)\b")  # ("us", not "the US")
SPEAKER_SELF = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|[Mm]e|[Mm]y|[Mm]ine|[Ww]e|[Oo]ur|us)\b")
QUOTED = re.compile(r"[\"“‘][^\"“”‘’]*[\"”’]")
# What says that a text is an interview: its headline ("Wikinews interviews ...", "An interview with ...", "Q&A: ...",
# "Nick Bos tells Wikinews about ..."; not "What I learned at the minister's Q&A"), or the interviewer's own lines
# ("Interview by Ann Lee", "This interview has been edited and condensed"; not "We spoke to farmers").
TITLE_SIGNS = re.compile(r"\b(?i:interview(?:ed|s)?|in conversation)\b|^Q ?& ?A\b|\bQ ?& ?A(?::| with\b)|"
                         r"\b(?:tells|talks to|speaks to|speaks with) (?:the )?[A-Z]")
# ("She spoke with Horizon from her office")
TEXT_SIGNS = re.compile(r"\b(?i:interview(?:ed)? by) [A-Z]|(?i:\b(?:this|the) (?:interview|conversation|q ?& ?a) "
                        r"(?:has been|have been|was) (?:lightly )?(?:edited|condensed|conducted)|"
                        r"\bin conversation with\b|\b(?:edited|condensed)(?: and (?:edited|condensed))? for "
                        r"(?:length|clarity))|\b(?:spoke|talked) (?:to|with) [A-Z]\w+ (?:from|by|over|on)\b")
QUESTION_WORDS = 60
PROMPT_WORDS = 40
MIN_QUESTIONS = 3  # answered, of which
MIN_ADDRESSED = 2  # ... put to "you"


def _question(para: str) -> bool:
    """A paragraph that only asks its subject something.

    >>> _question("The Lighthouse Sisters took 11 years to write. Why so long?")
    True
    >>> _question("What do we owe the people who built this city?"), _question("“Do you trust me?” she asked.")
    (False, False)
    """
    para = para.strip()
    return para.endswith("?") and len(para.split()) <= QUESTION_WORDS and not ASKER_SELF.search(para) \
        and para[:1] not in "\"“‘'"


def _prompt(para: str) -> bool:
    """A short statement put to "you" in place of a question ("You have received a good deal of attention")."""
    bare = QUOTED.sub("", para)
    return len(para.split()) <= PROMPT_WORDS and bool(ADDRESSED.search(bare)) and not ASKER_SELF.search(bare)


def _own_words(para: str) -> bool:
    """Whether a paragraph speaks in the first person, outside what it quotes."""
    return bool(SPEAKER_SELF.search(QUOTED.sub("", para)))


def unlabelled_answers(text: str, title: str = "") -> list[Quote]:
    """The answers of an interview printed without labels: the paragraph after each question, and the ones after
    it in the first person, up to the next question or prompt. None unless the headline or the interviewer's own
    lines say it is an interview and three questions are answered, two of them put to "you". A short statement
    between two answers, followed by one, is a prompt too ("The novel is full of silences.").

    >>> text = ("Interview by Ann Lee\\n\\nWhy did you stop?\\n\\nI was tired. It rained.\\n\\nDo you plan your "
    ...         "books?\\n\\nNever.\\n\\nWill you go on?\\n\\nOf course I will.\\n\\nMore so now.\\n\\nHer photo.")
    >>> [text[q.start:q.end] for q in unlabelled_answers(text)]
    ['I was tired. It rained.', 'Never.', 'Of course I will.']
    """
    if not TITLE_SIGNS.search(title) and not TEXT_SIGNS.search(text):
        return []
    paras = [(m.start(), m.end(), m.group(0).strip()) for m in PARAGRAPH.finditer(text) if m.group(0).strip()]
    asked = [i for i, (_, _, p) in enumerate(paras) if _question(p) or _prompt(p) and not p.endswith(".")]
    answered = [i for i in asked if i + 1 < len(paras) and i + 1 not in asked]
    if len(answered) < MIN_QUESTIONS or sum(bool(ADDRESSED.search(paras[i][2])) for i in answered) < MIN_ADDRESSED:
        return []
    answers: list[Quote] = []
    after = None  # the question being answered
    for i, (start, end, para) in enumerate(paras):
        if _question(para) or after is not None and (_prompt(para) or i > after + 1 and para.endswith("?") and len(
                para.split()) <= PROMPT_WORDS):  # (after an answer, the interviewer's "How sure are we that ...?")
            after = i
        elif after is not None and (i == after + 1 or _own_words(para)) and not TEXT_SIGNS.search(para):
            answers.append(Quote(start, end))
        elif after is not None and i + 1 < len(paras) and _own_words(paras[i + 1][2]) and \
                len(para.split()) <= PROMPT_WORDS and answers and answers[-1].end == paras[i - 1][1]:
            after = i  # a prompt put as a statement, between two answers
        else:
            after = None
    return answers
