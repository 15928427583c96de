"""A note's number glued to the end of its sentence in scraped text ("..., Eurostat data show.1 Most caps ...")."""

from __future__ import annotations

import re

# A note's number glued to the end of its sentence ("..., Eurostat data show.1 Most caps ...", "in January 2023.5",
# "“largely behind us”.2"): the mark goes, the sentence ends.
NOTE_MARK = re.compile(r"((?:[a-z]{2}|%|\b(?:19|20)\d\d)(?:[.!?][\"”’)]?|[\"”’)][.!?]))\d{1,2}"
                        r"(?=\s+[“\"‘(]?[A-Z]|\s*$)")
# Abbreviations a number follows after their full stop: "world no.1", "vol.2", "fig.3".
NUMBERED_ABBREVIATIONS = frozenset({"no", "nos", "vol", "art", "fig", "sec", "ch", "pp", "op", "para", "ref", "ed"})


def unmark_notes(text: str) -> str:
    """A paragraph without the note numbers glued to its sentences' ends; a number after an abbreviation stays.

    >>> unmark_notes("Eurostat data show.1 Most caps ended in January 2023.5 It rose 1.5 Points.")
    'Eurostat data show. Most caps ended in January 2023. It rose 1.5 Points.'
    >>> unmark_notes("The former world no.1 Rafael Nadal lost. See vol.2 The chapters.")
    'The former world no.1 Rafael Nadal lost. See vol.2 The chapters.'
    """
    return NOTE_MARK.sub(_unmarked, text)


def _unmarked(m: re.Match) -> str:
    """A sentence without its note's number; a number after an abbreviation stays ("world no.1", "vol.2")."""
    word = re.search(r"([A-Za-z]+)\W*$", m.string[max(0, m.end(1) - 12): m.end(1)])
    return m.group(0) if word and word.group(1).lower() in NUMBERED_ABBREVIATIONS else m.group(1)
