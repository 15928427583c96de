"""A note's number glued to the end of its sentence in scraped text ("..., Eurostat data show.1 Most caps ...")."""

from __future__ import annotations

import re

# A note's number glued to the end of its sentence ("..., Eurostat data show.1 Most caps ...", "in January 2023.5",
# "“largely behind us”.2"): the mark goes, the sentence ends.
NOTE_MARK = re.compile(r"((?:[a-z]{2}|%|\b(?:19|20)\d\d)(?:[.!?][\"”’)]?|[\"”’)][.!?]))\d{1,2}"
                        r"(?=\s+[“\"‘(]?[A-Z]|\s*$)")
# Abbreviations a number follows after their full stop: "world no.1", "vol.2", "fig.3".
NUMBERED_ABBREVIATIONS = frozenset({"no", "nos", "vol", "art", "fig", "sec", "ch", "pp", "op", "para", "ref", "ed"})


# An encyclopedia's reference marks and editors' tags on a sentence ("... the Romans",[8] and", "... survives.[citation
# needed] Lindley ...", "[who?]"): no words of the text, and they hide where a sentence ends.
WIKI_MARKS = re.compile(r"(?:(?<=[.,;:!?\"”’)\]])\[\d{1,3}\]|(?<=[^\s\-–—])\[(?:citation needed|clarification needed|"
                        r"better source needed|page needed|failed verification|dubious[^\]]{0,25}|original research\??|"
                        r"vague|who\?|when\?|which\?|by whom\?|according to whom\?|how\?|why\?|note \d{1,2})\])+")

EDIT_LINK = re.compile(r"\s*\[edit\]\s*$")  # a section heading's link: "Early life[edit]"


def unmark_notes(text: str) -> str:
    """A paragraph without the note numbers glued to its sentences' ends, nor an encyclopedia's reference marks and
    tags; a number after an abbreviation stays.

    >>> unmark_notes("Eurostat data show.1 Most caps ended in January 2023.5 It rose 1.5 Points.")
    'Eurostat data show. Most caps ended in January 2023. It rose 1.5 Points.'
    >>> unmark_notes("The former world no.1 Rafael Nadal lost. See vol.2 The chapters.")
    'The former world no.1 Rafael Nadal lost. See vol.2 The chapters.'
    >>> unmark_notes('It was "worthy of the Romans",[8][9] they said. No record survives.[citation needed] He left.')
    'It was "worthy of the Romans", they said. No record survives. He left.'
    """
    return NOTE_MARK.sub(_unmarked, WIKI_MARKS.sub("", EDIT_LINK.sub("", text)))


def _unmarked(m: re.Match) -> str:
    """A sentence without its note's number; a number after an abbreviation stays ("world no.1", "vol.2")."""
    word = re.search(r"([A-Za-z]+)\W*$", m.string[max(0, m.end(1) - 12): m.end(1)])
    return m.group(0) if word and word.group(1).lower() in NUMBERED_ABBREVIATIONS else m.group(1)
