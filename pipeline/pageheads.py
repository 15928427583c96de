"""A scraped page's head: the site's menu one item a line above the headline, and a headline with its standfirst
above the byline and the date."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import islice
from typing import NamedTuple

from .bylines import BARE_BYLINE
from .datelines import date_line
from .letters import person_line

# A menu item is a few words at most ("Middle East", "Sign in", "Politics | 2024 Election", "U.S.").
MENU_ITEM_WORDS = 4
MENU_ITEM_CHARS = 40
# ... and a menu has at least this many, one a line with no blank line between.
MENU_MIN_ITEMS = 3
SEPARATORS = re.compile(r"\s*[|·•›»>/]\s*")
# How many lines of standfirst may stand between a headline and its byline or date.
STANDFIRST_LINES = 3
STANDFIRST_WORDS = 40


def _menu_item(line: str) -> bool:
    """Whether a line could be one item of a site's menu: a few words, capitalised, ending no sentence.

    >>> [_menu_item(x) for x in ("Middle East", "U.S.", "Politics | 2024 Election", "He left.", "The war ended")]
    [True, True, True, False, True]
    """
    words = SEPARATORS.sub(" ", line).split()
    if not words or len(words) > MENU_ITEM_WORDS or len(line) > MENU_ITEM_CHARS or not line[:1].isupper():
        return False
    return not line.endswith((",", ";", ":")) and not (line.endswith((".", "!", "?")) and len(words) > 1
                                                       and not re.fullmatch(r"(?:[A-Z]\.)+", words[-1]))


def menu_run(lines: list[str], idx: list[int], above_byline: Callable[[str], bool] = lambda _: False,
             label: Callable[[str], bool] = lambda _: False) -> int:
    """How many of the first non-blank lines are a site's menu, one item a line: a run of at least
    MENU_MIN_ITEMS short capitalised lines with no blank line between them, with more text after it. 0 for none.
    When a byline or a date follows the run, its last line that is no section label is the headline, short as it
    is ("Libraries Deserve Better" / "Opinion | Editorial" / "By ..."): the menu ends above it.

    >>> page = ["Skip to Content", "News", "Middle East", "Africa", "Opinion | Climate", "", "The Sahel waits", "Text."]
    >>> menu_run(page, [i for i, x in enumerate(page) if x])
    5
    >>> poem = ["Roses", "Are red", "", "Violets", "Are blue"]
    >>> menu_run(poem, [i for i, x in enumerate(poem) if x])
    0
    """
    n = 0
    while n < len(idx) and (n == 0 or idx[n] == idx[n - 1] + 1) and _menu_item(lines[idx[n]].strip()) \
            and not above_byline(lines[idx[n]].strip()):
        n += 1
    if n < MENU_MIN_ITEMS or n >= len(idx) - 1:
        return 0
    if above_byline(lines[idx[n]].strip()):
        n = next((k for k in range(n - 1, -1, -1) if not label(lines[idx[k]].strip())), 0)
    return n


class PageHead(NamedTuple):
    """A headline found above a byline or a date: its line, the first line after the standfirst, and the
    author when the byline is a bare name."""

    title: str
    next_line: int
    author: str


def page_head(lines: list[str], idx: list[int], is_byline: Callable[[str], bool],
              is_date: Callable[[str], bool], bare_name: Callable[[str], bool]) -> PageHead | None:
    """A headline, then at most STANDFIRST_LINES lines of standfirst, then a byline or a date line, with at most
    one blank line between ("The chancellor's childcare miracle ..." / "Free hours for toddlers sound generous ..." /
    "Helen Marsh" / "Tue 5 Mar 2024 07.00 GMT"); a bare name counts as a byline above a date.

    >>> head = ["A headline here", "A standfirst that ends.", "Helen Marsh", "5 Mar 2024", "", "Body."]
    >>> page_head(head, [0, 1, 2, 3, 5], lambda x: x.startswith("By "), lambda x: x[:1].isdigit(),
    ...           lambda x: len(x.split()) == 2)
    PageHead(title='A headline here', next_line=2, author='Helen Marsh')
    """
    if len(idx) < 3:
        return None
    first = lines[idx[0]].strip()
    if len(first.split()) > 20 or not first[:1].isupper() or is_date(first) or is_byline(first):
        return None
    ended = first.endswith((".", "!", "?"))
    for k in range(1, min(len(idx) - 1, STANDFIRST_LINES + 2)):
        # At most one blank line between; none under a headline that ends like a sentence ("... Just say no." /
        # "By Garrett Lyle | Fox News"), which a byline must follow at once.
        if idx[k] - idx[k - 1] > 2 or ended and idx[k] != idx[k - 1] + 1:
            return None
        line = lines[idx[k]].strip()
        nxt = lines[idx[k + 1]].strip() if idx[k + 1] == idx[k] + 1 else ""
        bare = bare_name(line) and is_date(nxt) and not is_byline(line)
        if is_byline(line) or is_date(line) or bare:
            return PageHead(first, idx[k], line if bare else "")
        words = line.split()
        # A standfirst is prose ("Pledges made in Geneva have gone unpaid ..."), not a letterhead's address
        # ("14 Mercer Lane, Dunmore Falls, OR 97355").
        if len(words) > STANDFIRST_WORDS or ended or sum(w[:1].islower() for w in words) < 0.4 * len(words):
            return None
    return None


def over_standfirst(lines: list[str], idx: list[int], is_byline: Callable[[str], bool]) -> int:
    """How many lines a headline takes (1, or 2 when wrapped) when a standfirst and then a byline or a date follow
    it, a blank line between each ("Editorial: The housing bill is a start. ..." / "Senate Bill 26-114 would
    ..." / "By The Denver Ledger Editorial Board"); 0 otherwise.

    >>> head = ["Congress needs a floor,", "not a ceiling.", "", "States are writing their own rules.", "",
    ...         "By Hannah Okafor", "", "Body."]
    >>> over_standfirst(head, [0, 1, 3, 5, 7], lambda x: x.startswith("By "))
    2
    """
    if len(idx) < 3:
        return 0
    n = 2 if idx[1] == idx[0] + 1 and lines[idx[1]].strip()[:1].islower() else 1
    if len(idx) < n + 2 or idx[n] == idx[n - 1] + 1:
        return 0  # no blank line under the headline
    k = n
    while k < len(idx) and k - n < STANDFIRST_LINES and (k == n or idx[k] == idx[k - 1] + 1):
        k += 1
    stand = " ".join(lines[i].strip() for i in idx[n:k])
    words = stand.split()
    if k >= len(idx) or idx[k] == idx[k - 1] + 1 or not is_byline(lines[idx[k]].strip()) or is_byline(
            lines[idx[n]].strip()) or len(words) > 2 * STANDFIRST_WORDS or sum(
            w[:1].islower() for w in words) < 0.4 * len(words):
        return 0
    return n


# How many header lines may stand above a text's own date line.
HEAD_LINES_ABOVE_DATE = 4


def lines_above_date(lines: list[str], body: list[int], is_date: Callable[[str], bool]) -> list[int]:
    """The header lines right above the date line among a body's first lines, with no blank line between: a
    speech's campaign and venue ("Meg Alcott for Senate" / "Rally at the Lorain County Fairgrounds, Wellington,
    Ohio" / "Saturday, October 19, 2024"), a letterhead; each short and ending no sentence. [] for none.

    >>> head = ["Meg Alcott for Senate", "Rally at the Fairgrounds, Wellington, Ohio", "Saturday, October 19, 2024",
    ...         "", "ALCOTT: Thank you!"]
    >>> lines_above_date(head, [0, 1, 2, 4], lambda x: x.startswith("Saturday"))
    [0, 1]
    """
    at = next((k for k, i in enumerate(body[:HEAD_LINES_ABOVE_DATE + 1]) if is_date(lines[i].strip())), None)
    if not at or any(body[k] != body[k - 1] + 1 for k in range(1, at + 1)):
        return []
    above = [body[k] for k in range(at)]
    if any(len(lines[i].split()) > 12 or lines[i].rstrip().endswith((".", "!", "?", ",", ":")) for i in above):
        return []
    return above


def headline_site_date(line: str, is_date: Callable[[str], object]) -> tuple[str, str] | None:
    """(headline, date) of a first line that gives a headline, the site and the date between bars; None otherwise.

    >>> headline_site_date("Remarks by the President on Broadband | The White House | March 12, 2025", bool)
    ('Remarks by the President on Broadband', 'March 12, 2025')
    >>> headline_site_date("Home | News | Sport", lambda x: False) is None
    True
    """
    parts = [p.strip() for p in line.split(" | ")]
    if len(parts) < 2 or len(parts[0].split()) < 3 or not is_date(parts[-1]) or len(line.split()) > 40:
        return None
    return parts[0], parts[-1]


# The last word of a newspaper's name ("The North Star Tribune", "The Valley Courier").
PAPER_WORDS = frozenset({"tribune", "courier", "times", "post", "herald", "gazette", "ledger", "journal", "chronicle",
                         "observer", "star", "mirror", "express", "standard", "telegraph", "examiner", "sentinel",
                         "register", "record", "inquirer", "dispatch", "bulletin", "advertiser", "argus", "mail",
                         "daily", "weekly", "news"})


def paper_name(line: str) -> bool:
    """Whether a line is a newspaper's name alone: a masthead ending in a paper's word.

    >>> paper_name("THE NORTH STAR TRIBUNE"), paper_name("The Valley Courier"), paper_name("Libraries Deserve Better")
    (True, True, False)
    """
    return masthead(line) and "|" not in line and line.split()[-1].lower() in PAPER_WORDS


# An office a site's name gives after a dash: "City of Harlow Bay — Office of the Mayor".
OFFICE_OF = re.compile(r"(?:The )?(?:Office|Department|Ministry|Bureau|Division|Government|Council) of ")


def masthead(line: str) -> bool:
    """Whether a line could be a publication's name: one to five capitalised words, nothing else, or a short
    line with a bar.

    >>> masthead("The Lakeshore Ledger"), masthead("Council votes to close library"), masthead("KWTV 7 | Iowa City")
    (True, False, True)
    """
    # ... or a name and its place or office: "St. Andrew's Episcopal Church, Millbrook", "City of X — Office of Y"
    name, _, place = line.partition(", ") if ", " in line else line.partition(" — ")
    if " — " in line and not OFFICE_OF.match(place):
        return False
    return len(line.split()) <= 5 and bool(BARE_BYLINE.fullmatch(line)) or "|" in line and len(line.split()) <= 12 \
        and not line.endswith((".", "!", "?", ":")) or bool(place) and len(line.split()) <= 9 and bool(
            BARE_BYLINE.fullmatch(name)) and bool(BARE_BYLINE.fullmatch(place.replace(" the ", " ")))


def site_name(line: str) -> bool:
    """Whether a line above a headline and its byline is the site's name: one word, "The" and a word, or a
    newspaper's name ("Axios", "The Hill", "Dayton Daily"), not a headline of a few words.

    >>> site_name("Axios"), site_name("The Hill"), site_name("Dayton Daily"), site_name("Budget Blues")
    (True, True, True, False)
    """
    words = line.split()
    return masthead(line) and "|" not in line and (len(words) == 1 or len(words) == 2 and words[0] == "The"
                                                    or paper_name(line))


def section_label(first: str, headline: str, below: list[str], credited: Callable[[str], bool]) -> bool:
    """Whether a page's first line is its section's label over the headline, a byline or a date among the three
    lines under the headline: items between bars ("Football | Championship", "LAW & COURTS | ANALYSIS") or
    capitals ("THE MERIDIAN INSTITUTE FOR PUBLIC POLICY"); not a short headline over its deck ("Budget Blues").

    >>> by = lambda x: x.startswith("By ")
    >>> section_label("Football | Championship", "Harrowgate 2-1 Wexley: Okonjo settles derby", ["By Sam Ridley"], by)
    True
    >>> section_label("Budget Blues", "Why the council's plan will not close the gap", ["By Ann Lee"], by)
    False
    """
    words = first.split()
    if not words or first.endswith((".", "?", "!", ":")) or len(words) > 6 or len(headline.split()) <= len(words) \
            or credited(headline) or not any(credited(x) for x in below):
        return False
    parts = [p.strip() for p in first.split("|")]
    return len(parts) > 1 and all(0 < len(p.split()) <= 3 for p in parts) or first.isupper()


# A site's tagline under its name: "The blog of the Institute for Public Policy, University of Eastmoor".
# ... or what it offers and to whom: "Exclusive news, data and analytics for financial market professionals".
TAGLINE = re.compile(r"(?:The|A|An) (?:blog|newsletter|magazine|journal|podcast|website|home) "
                     r"(?:of|from|by|for|about)\b[^.!?]{3,100}$|(?:(?:Exclusive|Independent|Trusted|Breaking|Local|"
                     r"Award-winning) )?(?:[Nn]ews|[Jj]ournalism|[Rr]eporting|[Aa]nalysis|[Ii]nsight)(?:, [a-z]+)*"
                     r"(?:,? and [a-z]+)? (?:for|from|about|you can trust)\b[^.!?]{3,80}$")


def over_menu(lines: list[str], idx: list[int], byline: re.Pattern, header: list[re.Pattern]) -> bool:
    """Whether the first line is a site's name over its menu or breadcrumb, alone or with a second name
    ("Ministry of External Affairs" / "Government of India" / "Home › Media Center"), and not a headline over a
    section label and its byline."""
    def menu(k: int) -> bool:
        return k < len(idx) and any(p.search(lines[idx[k]].strip()) for p in header)
    second = lines[idx[1]].strip() if len(idx) > 1 else ""
    # (not a headline over a byline without "By" and a share bar over the date: "Winter Is Coming" / "Kim Ito" /
    # "Listen to this article | Share | Save" / "March 12, 2024")
    dated = len(idx) > 3 and bool(date_line(lines[idx[3]].strip()))
    def named(line: str) -> bool:  # a site's name, or its tagline: "The blog of the Institute for Public Policy"
        return masthead(line) or bool(TAGLINE.match(line))

    return len(idx) > 1 and named(lines[idx[0]].strip()) and (menu(1) or named(second) and menu(2) and not (
        person_line(second) or dated)) and not over_byline(lines, idx, byline, header)


def over_byline(lines: list[str], idx: list[int], byline: re.Pattern, header: list[re.Pattern]) -> bool:
    """Whether the first line stands above the byline with only page-header lines between: a headline over a
    section label ("Libraries Deserve Better" / "Opinion | Editorial" / "By Ann Lee"), not a site's name."""
    k = 1
    while k < len(idx) and any(p.search(lines[idx[k]].strip()) for p in header):
        k += 1
    return k < len(idx) and bool(byline.match(lines[idx[k]].strip()))


def next_lines(lines: list[str], idx: list[int], i: int, n: int = 1) -> list[str]:
    """The next `n` non-empty lines after line `i`, stripped (fewer at the end); `idx` lists the non-empty
    lines."""
    return [line for _, line in next_numbered(lines, idx, i, n)]


def next_numbered(lines: list[str], idx: list[int], i: int, n: int) -> list[tuple[int, str]]:
    """The next `n` non-empty lines after line `i`, stripped, with their numbers."""
    return [(j, lines[j].strip()) for j in islice((j for j in idx if j > i), n)]


def next_line(lines: list[str], idx: list[int], i: int) -> str:
    """The next non-empty line after line `i`, stripped ('' when there is none)."""
    return next(iter(next_lines(lines, idx, i)), "")


def over_post(lines: list[str], idx: list[int], titled: Callable[[str], bool],
              meta: Callable[[str], bool]) -> int:
    """How many lines at the top are a blog's name, and the tagline right under it, over the post's title and its
    meta line ("Margins & Incentives" / "Notes on labor markets, policy and evidence" / "What do we know ...?" /
    "Posted by Elena Marsh | 12 June 2023 | 9 comments"); 0 when they are not.

    >>> over_post(["Margins", "Notes on labor", "", "Why wages?", "By A · 1 May 2023"], [0, 1, 3, 4],
    ...           lambda x: x.endswith("?"), lambda x: "May" in x)
    2
    """
    at = [lines[i].strip() for i in idx[:4]]
    if len(at) < 3 or not masthead(at[0].replace(" & ", " ")):  # "Margins & Incentives"
        return 0
    if titled(at[1]) and meta(at[2]):
        return 1
    tagline = len(at) > 3 and idx[1] == idx[0] + 1 and len(at[1].split()) <= 12 and not at[1].endswith(
        (".", "!", "?", ":"))
    return 2 if tagline and titled(at[2]) and meta(at[3]) else 0


def _prose_words(para: str) -> int:
    """The words of a paragraph that is a sentence (eight words or more, ending as one), else 0."""
    words = len(para.split())
    return words if words >= 8 and para.rstrip()[-1:] in ".!?\"”’)" else 0


def above_body(kept: list[str], rest: list[str]) -> bool:
    """Whether a paragraph that ends an article at a page's foot ("Share this ...") stands instead above its body:
    at most one paragraph of prose kept so far (a headline, a standfirst) and several times as much after it.

    >>> above_body(["Water Companies: Sewage Discharges"], ["I am grateful to the hon. Member for raising it."] * 20)
    True
    >>> above_body(["Pakistan faces sanctions, officials in Islamabad said on Friday."], ["Name", "Email"])
    False
    """
    before = [n for n in map(_prose_words, kept) if n]
    after = sum(map(_prose_words, rest))
    return len(before) <= 1 and after >= 100 and after > 3 * sum(before)


def stacked_label(lines: list[str], idx: list[int], dropped: int) -> bool:
    """Whether the first line left, right under the section's name just dropped (line `dropped`), is its topic:
    one or two capitalised words with a blank line under them and a longer headline next ("Opinion" / "Housing",
    "Obituaries" / "Trade unions", "Books" / "Interview").

    >>> stacked_label(["", "Housing", "", "We keep building the wrong homes"], [1, 3], 0)
    True
    >>> stacked_label(["", "Libraries Deserve Better", "", "By Ann Lee"], [1, 3], 0)
    False
    """
    if len(idx) < 2 or idx[0] != dropped + 1 or idx[1] == idx[0] + 1:
        return False
    label, headline = lines[idx[0]].strip(), lines[idx[1]].strip()
    words = label.split()
    return 0 < len(words) <= 2 and all(w[:1].isupper() or w in ("and", "&") for w in words[:1]) and not re.search(
        r"[\d.!?:;,|]", label) and len(headline) > len(label) + 6 and not BARE_BYLINE.fullmatch(headline)


def is_header(text: str) -> bool:
    """Whether the words before a dateline are header (nothing, or a repeated headline), not a sentence."""
    text = text.strip()
    return not text or (len(text.split()) <= 25 and not text.endswith((".", "!", "?")))


def links_box(para: str, rest: list[str], ends: Callable[[str], bool]) -> bool:
    """Whether a paragraph that would end the article at its foot ("RELATED COVERAGE Peru's runoff pits ...") is a box
    of links inside it instead: a label and a headline or two, ending no sentence, with three paragraphs of prose and
    a hundred words or more after it before the next foot (not readers' letters nor the author's bio).

    >>> foot = lambda x: x.startswith("RELATED")
    >>> links_box("RELATED COVERAGE Peru's runoff pits a teacher against a minister's daughter",
    ...           ["Investors have been less enthusiastic about the result, analysts in Lima said."] * 12, foot)
    True
    >>> links_box("RELATED COVERAGE Peru's runoff pits a teacher against a minister's daughter", ["© AP 2026"], foot)
    False
    """
    if len(para.split()) > 40 or para.rstrip()[-1:] in ".!?":
        return False
    prose = []
    for p in rest:
        if ends(p) or LETTER_LABEL.match(p) or p.lower().startswith("about the author"):
            break  # readers' letters or the author's bio after the links: the page's foot
        prose.append(_prose_words(p))
    return sum(1 for n in prose if n) >= 3 and sum(prose) >= 100


# A reader's comment or letter opening with its writer: "Jane, Valley Town: The council has ignored ...".
LETTER_LABEL = re.compile(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?, [A-Z][\w'’ -]{1,30}: ")
