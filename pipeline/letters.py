"""A letter's parts that are no claims: the address and letterhead above its salutation, the paper a letter to
the editor is addressed to, and the signature under its closing."""

from __future__ import annotations

import re
from collections.abc import Callable, Container
from functools import lru_cache

from .datelines import SIGNATURE_LINES

# A letter's closing, above its signature: a date under them dates the letter.
CLOSING = re.compile(r"(?:yours (?:faithfully|sincerely|truly|ever)|sincerely|regards|kind regards|best wishes|"
                     r"with (?:\w+ )?(?:wishes|regards|gratitude|thanks|appreciation|hope|affection)"
                     r"(?: and \w+)?(?=,?$)|your (?:loving|affectionate|devoted|grateful|faithful) \w+(?=,?$)|"
                     r"your (?:\w+ )?(?:son|daughter|brother|sister|friend|nephew|niece|cousin|grandson|granddaughter)"
                     r"(?=,?$)|with (?:all )?(?:my )?love(?=,?$)|"
                     r"(?:ever yours|yours ever|warmly|cordially|affectionately|gratefully|fondly|with respect|"
                     r"all (?:the|my) best|best|cheers)(?=,?$)|respectfully|with love|love)\b", re.I)
POSTSCRIPT = re.compile(r"p\.?\s?p?\.?\s?s\b\.?", re.I)  # "P.S. If you give before June 30", "PS:"
# ... or any short line ending on a comma with a name under it ("Yours in friendship,", "Lots of love,").
SHORT_CLOSING = re.compile(r"[A-Z][\w'’]*(?: [\w'’]+){0,3},")
SALUTATION_LINE = re.compile(r"^(?:(?:my )?(?:dear(?:est)?|darling) (?!sir|madam|editor)\S.{0,60}"
                             r"|to whom it may concern),$", re.I)


def closing_line(line: str) -> bool:
    """Whether a line may close a letter above its signature.

    >>> [closing_line(x) for x in ("Yours faithfully,", "Lots of love,", "Yours in friendship,", "The end came.")]
    [True, True, True, False]
    """
    return bool(CLOSING.match(line) or SHORT_CLOSING.fullmatch(line))
TO_EDITOR = re.compile(r"^to the editor\s*[,:.]?$", re.I)


def take_signature(lines: list[str], body: list[int], is_name: Callable[[str], object]) -> str:
    """A letter's signature under its closing ("Yours faithfully," / "Mrs Eileen Marsh" / "Hollins Lane,
    Westbridge"): its lines are blanked (they are no claims) and the signatory's name returned; '' when what
    follows the closing is more than a few short lines without a sentence."""
    tail = body[-3 * SIGNATURE_LINES:]
    closing = max((k for k, i in enumerate(tail) if closing_line(lines[i].strip())), default=None)
    after = [i for i in tail[closing + 1:] if lines[i].strip()] if closing is not None else []
    after = after[:next((k for k, i in enumerate(after) if POSTSCRIPT.match(lines[i].strip())), len(after))]
    # (a group's signatories, one a line with their titles: "Dr Aisha Rahman, Consultant Paediatrician, ...")
    if not after or len(after) > 2 * SIGNATURE_LINES or any(
            len(lines[i].split()) > 12 or re.search(r"[a-z]{2}[.!?]$", lines[i].strip()) for i in after):
        return ""
    name = lines[after[0]].strip().split(",")[0]
    if not is_name(name) and not CLOSING.match(lines[tail[closing]].strip()):
        return ""  # a short line on a comma is a closing only over a name
    for i in (*after, tail[closing]):
        lines[i] = ""
    return name if is_name(name) else ""


def drop_addressed_paper(lines: list[str], candidates: list[int], is_paper: Callable[[str], bool]) -> None:
    """Blanks the paper's name a letter is addressed to, under "To the Editor," ("The Westbridge Courier")."""
    for k, i in enumerate(candidates[:-1]):
        nxt = candidates[k + 1]
        if TO_EDITOR.match(lines[i].strip()) and is_paper(lines[nxt].strip().rstrip(",.:")):
            lines[nxt] = ""


def drop_address(lines: list[str], candidates: list[int]) -> None:
    """Blanks the address a letter's salutation stands under ("The Rt Hon. Helen Marsh MP" / "2 Marsham Street"
    / "London SW1P 4DF" above "Dear Secretary of State,"): the short lines, none a sentence, right above it."""
    at = next((k for k, i in enumerate(candidates) if SALUTATION_LINE.match(lines[i].strip())), None)
    block: list[int] = []
    for i in reversed(candidates[:at] if at else []):
        line = lines[i].strip()
        if not line:
            continue
        # (an abbreviation may end an address: "Altoona, Pa.")
        if len(line.split()) > 8 or line.endswith(("!", "?", ":", ";")) or line.endswith(".") and not re.search(
                r"\b[A-Z][a-z]{0,3}\.$", line):
            break
        block.append(i)  # ... and a letterhead above the date line ("THE HOLLOWAY TRUST" / "14 Mercer Lane")
    if len(block) >= 2:
        for i in block:
            lines[i] = ""


# Courtesy titles a signature may open with ("Rev. Harold Winthrop-Banks", "Dr Aisha Rahman").
SIGNATURE_TITLES = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "rev", "revd", "fr", "sr",
                              "capt", "col", "sir", "dame", "lady", "lord", "the"})
NAME_PARTICLES = frozenset({"de", "van", "von", "da", "del", "della", "la", "le", "bin", "al", "der", "den"})
# A signature's line: a name, or a place under it ("West Fairhaven", "Altoona, Pa."), capitalised words only.
SIGNATURE_LINE = re.compile(r"[A-Z][\w.'’-]*(?:,? (?:[A-Z][\w.'’-]*|de|van|von|da|del|of|upon|on|the)){0,4}")


def person_line(line: str, first_names: Container[str] | None = None) -> bool:
    """Whether a line is a person's name as a letter is signed: capitalised words, the first after any courtesy
    title a first name.

    >>> names = {"tom", "harold"}
    >>> [person_line(x, names) for x in ("Tom Okafor", "Rev. Harold Winthrop-Banks", "West Fairhaven", "Tom")]
    [True, True, False, False]
    """
    if not SIGNATURE_LINE.fullmatch(line) or "," in line:
        return False
    first_names = known_first_names() if first_names is None else first_names
    words = line.split()
    while words and words[0].lower().rstrip(".") in SIGNATURE_TITLES:
        words = words[1:]
    return len(words) >= 2 and words[0].lower() in first_names and all(
        w[:1].isupper() or w in NAME_PARTICLES for w in words)  # not a caption's "Michael Tien of NPP"


def drop_inner_signatures(lines: list[str], body: list[int], first_names: Container[str] | None = None) -> None:
    """Blanks the signatures of a page of letters: a person's name on its line under a letter's last sentence, and
    the place under it, before the next letter's headline or salutation or the end ("... on June 3." / "Tom Okafor" /
    "West Fairhaven" / "Dear Editor,"). Only where two letters or more are signed so: one letter's foot is
    `take_signature`'s."""
    found: list[list[int]] = []
    first_names = known_first_names() if first_names is None else first_names
    for k, i in enumerate(body[1:], 1):
        if not person_line(lines[i].strip(), first_names) or not re.search(r"[.!?\"”’]$", lines[body[k - 1]].strip()):
            continue
        block = [i]
        rest = body[k + 1:]
        if rest and SIGNATURE_LINE.fullmatch(lines[rest[0]].strip()) and len(lines[rest[0]].split()) <= 4:
            block, rest = [i, rest[0]], rest[1:]
        after = lines[rest[0]].strip() if rest else ""
        # (a name over its place is a signature whatever follows; a name alone, before a letter's opening)
        if not rest or len(block) == 2 or SALUTATION_LINE.match(after) or TO_EDITOR.match(after) or (
                len(after.split()) <= 12 and not re.search(r"[.!?:;]$", after)):
            found.append(block)
    if len(found) >= 2:
        for i in (i for block in found for i in block):
            lines[i] = ""


@lru_cache(maxsize=1)
def known_first_names() -> frozenset[str]:
    """The first names of the shipped lexicon, read once."""
    from .components.lexicon import first_names

    return frozenset(first_names())


# A letter's subject line under its salutation or its address: "Re: The two-child limit", "Subject: Planning appeal";
# looked for among the first lines of the body (an address may come before it).
SUBJECT_SEARCH = 12
SUBJECT_LINE = re.compile(r"^(?:re|subject|ref)\s*:\s*(?P<subject>\S.{0,150})$", re.I)


def take_subject(lines: list[str], first: list[int]) -> str:
    """A letter's subject line among its first lines, blanked (it is no claim) and returned; ''.

    >>> lines = ["14 October 2024", "Dear Minister,", "Re: The two-child limit", "I am writing to ask you."]
    >>> take_subject(lines, [0, 1, 2, 3]), lines[2]
    ('The two-child limit', '')
    """
    for i in first:
        if m := SUBJECT_LINE.match(lines[i].strip()):
            lines[i] = ""
            return m["subject"].strip()
    return ""


def letter_parts(lines: list[str], body: list[int], title: str) -> str:
    """The signatures of a page of letters blanked (`drop_inner_signatures`); the title, or failing one a letter's
    subject line among its first lines (`take_subject`)."""
    drop_inner_signatures(lines, body)
    return title or take_subject(lines, body[:SUBJECT_SEARCH])
