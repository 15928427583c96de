"""Bylines of a plain-text header: who wrote it, with or without "By", alone or with the date ("Posted on 9
November 2024 by Eleanor Pryde", "Interview by Claire Denholm, 21 August 2025"), and the lines near it that
credit a speech, an issue or a paper."""

from __future__ import annotations

import re

from .datelines import date_line, labelled_date, the_date

# A paper's editors signing its editorial: "THE EDITORIAL BOARD", "The Ledger Editorial Board", "Staff".
BOARD = re.compile(r"(?:the )?(?:[\w.'’-]+ ){0,4}(?:editorial board|editors|editorial staff|staff)", re.I)

# The name a credit gives, capitalised whatever the case of the words around it.
AUTHOR = r"(?P<author>(?-i:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}))"
# Who gave a speech, under its title: "Eulogy given by her son, David Holloway", "Address delivered by Ann Lee".
# ... or alone under it: "Preached by the Rev. Canon Margaret Ellery".
# ... or a letter's heading: "A message from Mrs Whitfield", "A letter from Dr Ann Lee" (a name, not "the Head").
GIVEN_BY = re.compile(r"(?:(?:eulogy|tribute|address|remarks|sermon|homily|speech|lecture|reading)\s+)?(?:given|"
                      rf"delivered|preached|read|written|spoken)\s+by\s+(?:[\w’' ]{{1,30}},\s+)?(?:the\s+)?{AUTHOR}"
                      r"|(?:an? )?(?:message|letter|note|word) from (?P<named>(?-i:(?:Mrs|Mr|Ms|Miss|Dr|Prof|Rev)\.? "
                      r"[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2}))", re.I)

# ... or with the relation alone: "By his granddaughter, Clare Brennan".
KIN_BY = re.compile(rf"by (?:his|her|their) [\w’' ]{{1,30}},\s+{AUTHOR}", re.I)

# A magazine's issue under the byline: "June 2025 Issue", "Spring 2024 issue".
ISSUE_LINE = re.compile(r"(?P<date>[A-Z][a-z]+ (?:19|20)\d\d) [Ii]ssue")

# A publication's name with the year, under a byline: "The Harbour Ledger, 2014".
CREDIT_YEAR = re.compile(r"(?:The )?[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,4}, (?P<year>(?:19|20)\d{2})")
# A blog's labelled date with its author: "Posted on 9 November 2024 by Eleanor Pryde".
DATED_BYLINE = re.compile(rf"^(?P<date>.+?)\s+by\s+{AUTHOR}"
                          r"(?:\s*\|\s*\d+(?i: comments?)?)?\s*$")  # ... "| 7 Comments"
# A name above a bare date is its author only with a title or an office before it ("The Rev. Canon Margaret
# Ellison" above "Christ the King Sunday, November 26, 2023"; not a kicker, "West Yorkshire").
CLERIC_OR_TITLED = re.compile(r"(?:The )?(?:Rev|Revd|Reverend|Rt|Most|Fr|Father|Rabbi|Imam|Pastor|Bishop|Dr|Prof|"
                              r"Sir|Dame|Hon|Mr|Mrs|Ms)\b\.?")
# ... or the other way round: "Posted by the Parish Office on November 28, 2023".
POSTED_BY = re.compile(r"^(?:posted|published|uploaded) by (?P<author>.{2,60}?) on (?P<date>.+)$", re.I)
# A byline without "By" with the author's post after it: "Dr Aisling Brennan, Senior Fellow, Transport Programme".
NAME_AND_ROLE = re.compile(r"(?:(?:Dr|Prof|Professor|Sir|Dame)\.? )?"
                           r"(?P<author>[A-Z][\w'’-]+(?: [A-Z]\.)?(?: [A-Z][\w'’-]+){1,2})"
                           r", (?P<role>(?i:[^!?]{0,40}\b(?:fellow|professor|lecturer|director|editor|correspondent|"
                           r"chief|president|minister|secretary|researcher|analyst|economist|officer|chair|head|"
                           r"senior|associate|partner|founder|member|advis[eo]r|scientist|dean|principal|reader|"
                           r"columnist|author|writer)\b[^!?]{0,80}(?<!\.)))")
# A byline without "By": a name of one to four capitalised words, nothing else on its line.
NAME_PARTICLES = "de|la|le|du|da|di|del|dos|van|von|der|den|bin|ibn|al|el|of"
BARE_BYLINE = re.compile(rf"(?:The )?[A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|{NAME_PARTICLES})){{0,4}}")

# Two or three authors on one line: "Lena Vogt and Samuel Achterberg", "Ann Lee, Tom Roe & Kim Ito".
_NAME = r"(?:(?:Dr|Prof|Professor)\.? )?[A-Z][\w'’-]+(?: [A-Z]\.)?(?: (?:[A-Z][\w'’-]+|" + NAME_PARTICLES + r")){1,3}"
CO_AUTHORS = re.compile(rf"{_NAME}(?:, {_NAME})?,? (?:and|&) {_NAME}")
# What a byline may credit before "by" with its date after a comma: "Interview by Claire Denholm, 21 August 2025".
CREDITED = re.compile(r"^(?:interview|interviewed|words|text|report|reporting|story|review|reviewed|compiled|edited|"
                      rf"written|photographs|photos)\s+by\s+{AUTHOR},\s+(?P<date>.+)$", re.I)


def dated_byline(line: str) -> tuple[str, str] | None:
    """The author and the date of a byline that gives both; None for any other line.

    >>> dated_byline("Posted on Thursday, 14 August 2025 by Jess Harlow")
    ('Jess Harlow', '14 August 2025')
    >>> dated_byline("Posted by the Parish Office on November 28, 2023")
    ('the Parish Office', 'November 28, 2023')
    >>> dated_byline("Interview by Claire Denholm, 21 August 2025")
    ('Claire Denholm', '21 August 2025')
    >>> dated_byline("Designed by Zaha Hadid in 1998"), dated_byline("Remarks by Governor Helen Marsh")
    (None, None)
    """
    line = line.strip()
    m = DATED_BYLINE.match(line) or POSTED_BY.match(line) or CREDITED.match(line)
    if m is None or not (labelled_date(m["date"]) or date_line(m["date"])):
        return None
    return m["author"], the_date(m["date"])


# A byline's post on the line under it: "Science correspondent", "Chief political reporter", with its programme or
# body after a comma ("Senior Fellow, Trade Policy Program").
ROLE_LINE = re.compile(r"(?i:(?:(?!(?:of|a|an|the)\b)[\w'’&-]+ ){0,4}(?:correspondent|editor|reporter|writer|"
                       r"columnist|critic|contributor|producer|analyst|economist|lecturer|professor|fellow|researcher|"
                       r"consultant|strategist))"
                       r"(?: (?:of|in|for) (?:the )?[A-Z][\w'’&-]*(?: (?:[A-Z][\w'’&-]*|and|&)){0,4})?"
                       r"(?:, [A-Z][\w'’&-]*(?: (?:[A-Z][\w'’&-]*|of|and|for|on|the|&)){0,6})?")  # "Professor of X, Y"
# ... or where the reporter is, after the name: "Sam Ridley at the Causeway Stadium", "Jason Burke in Johannesburg".
REPORTING_FROM = re.compile(r"(?P<author>.+?) (?:at|in) (?:the )?[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,4}")


def stacked_byline(line: str, below: list[str], is_date) -> str:
    """The author of a byline without "By" over its date: a person's name, alone or with where they report from,
    then the date, or their post and then the date; '' for anything else.

    >>> is_date = lambda x: x.startswith("Tue ")
    >>> stacked_byline("Hannah Okafor", ["Science correspondent", "Tue 14 Oct 2025"], is_date)
    'Hannah Okafor'
    >>> stacked_byline("Sam Ridley at the Causeway Stadium", ["Tue 8 Nov 2025"], is_date)
    'Sam Ridley'
    >>> stacked_byline("West Yorkshire", ["Tue 8 Nov 2025"], is_date)
    ''
    """
    from .letters import person_line

    m = REPORTING_FROM.fullmatch(line)
    name = line if person_line(line) else m["author"] if m and person_line(m["author"]) else ""
    if name and below and (is_date(below[0]) or len(below) > 1 and ROLE_LINE.fullmatch(below[0]) and is_date(below[1])):
        return name
    return ""


WRITING_FOR = re.compile(r"\s+(?:FOR|[Ff]or) (?:(?:THE|the) )?[A-Z][\w.&'’-]*(?: [\w.&'’-]+){0,5}$")


def byline_author(line: str, match: re.Match) -> str:
    """The author a matched byline names: all of its co-authors when it lists them, else the name before a role
    or an outlet.

    >>> by = re.compile(r"by (?P<author>[A-Z][a-z]+ [A-Z][a-z]+)", re.I)
    >>> line = "By Priya Raman, Tom Aske and Joe Whitcombe"
    >>> byline_author(line, by.match(line))
    'Priya Raman, Tom Aske and Joe Whitcombe'
    >>> byline_author("By Garrett Lyle | Fox News", by.match("By Garrett Lyle | Fox News"))
    'Garrett Lyle'
    >>> byline_author("By CARLA BRENNAN FOR THE DAILY BEACON", re.match(r"by (?P<author>.+)", "By CARLA BRENNAN FOR "
    ...               "THE DAILY BEACON", re.I))
    'CARLA BRENNAN'
    """
    listed = line[match.start("author"):].strip()
    # ... not the paper it writes for: "By CARLA BRENNAN FOR THE DAILY BEACON"
    named = match.group("author").split(" | ")[0]
    return listed if CO_AUTHORS.fullmatch(listed) else WRITING_FOR.sub("", named).strip()
