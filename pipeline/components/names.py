"""The words of a name, how one name contains another, and acronyms a text defines ("Long Name (LN)")."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .util import doc_text


def clean_name(text: str) -> str:
    """A name without brackets, a leading "the", a possessive and stray punctuation."""
    text = re.sub(r"[’']s$", "", text.strip().replace("[", "").replace("]", ""))
    text = re.sub(r"^(the|The)\s+", "", text)
    return re.sub(r"\s+", " ", text).strip(" ,.;:")


def name_words(text: str) -> list[str]:
    """The capitalised words of a name, cleaned of brackets, "the" and a possessive.

    >>> name_words("the [George H. W.] Bush’s")
    ['George', 'H', 'W', 'Bush']
    """
    return [w for w in re.findall(r"[\w-]+(?:'\w+)*", clean_name(text).replace("’", "'")) if w[:1].isupper()]


def contains(longer: list[str], shorter: list[str]) -> bool:
    """Whether every word of `shorter` is in `longer`, in order, the last word matching the surname."""
    initials = [w for w in shorter if len(w) == 1]
    if initials and initials != [w for w in longer if len(w) == 1]:
        return False  # "George W. Bush" is not "George H. W. Bush"
    it = iter(longer)
    return all(w in it for w in shorter) and shorter[-1] == longer[-1] or shorter == longer[: len(shorter)]


_ACRONYM = re.compile(r"\(([A-Z][A-Za-z&.-]{1,9})\)")


def acronym_links(doc: Doc) -> dict[str, str]:
    """Acronyms defined in the text as "Long Name (ACR)", mapped to the long name.

    The long name is the shortest run of words before the bracket whose initials spell the acronym
    (hyphenated words give one initial a part: Inter-Services Public Relations = ISPR).
    """
    links: dict[str, str] = {}
    text = doc_text(doc)
    for m in _ACRONYM.finditer(text):
        words, acr = text[max(0, m.start() - 160): m.start()].split()[-10:], m.group(1).replace(".", "").upper()
        for k in range(len(words) - 1, -1, -1):
            run = words[k:]
            for parts in (([w[0] for w in run if w[:1].isupper()]),
                          ([p[0] for w in run for p in w.split("-") if p[:1].isupper()])):
                if "".join(parts).upper() == acr and run[0][:1].isupper():
                    links[m.group(1)] = clean_name(" ".join(run))
                    break
            else:
                continue
            break
    return links
