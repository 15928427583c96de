"""A plain-text article's header and foot: its headline, byline and own date line, the page's menu above
them, a letter's addressee and signature, and a wire dateline opening the lead."""

from __future__ import annotations

import re
from functools import lru_cache

from .bylines import (
    BARE_BYLINE,
    BOARD,
    CLERIC_OR_TITLED,
    CO_AUTHORS,
    CREDIT_YEAR,
    GIVEN_BY,
    ISSUE_LINE,
    KIN_BY,
    NAME_AND_ROLE,
    ROLE_LINE,
    byline_author,
    dated_byline,
    stacked_byline,
)
from .datelines import (
    DATE_LINE_SEARCH,
    HEADER_LINES,
    HELD,
    SIGNATURE_LINES,
    alone_date,
    author_and_date,
    date_line,
    header_date,
    labelled_date,
    labelled_date_of,
    meta_line,
    printed_date,
    take_date,
    take_sentence_date,
    the_date,
    weekday_date,
)
from .emails import email_head
from .letters import closing_line, drop_address, drop_addressed_paper, letter_parts, take_signature
from .numeric_dates import numeric_date, numeric_date_line
from .pageheads import (
    headline_site_date,
    is_header,
    lines_above_date,
    masthead,
    menu_run,
    next_line,
    next_lines,
    next_numbered,
    over_menu,
    over_post,
    over_standfirst,
    page_head,
    paper_name,
    section_label,
    site_name,
    stacked_label,
)
from .posts import embedded_posts
from .records import Document
from .resources import RuleFileError, line_of_key, load_toml, models_dir
from .wires import WIRE_DATELINE, dateline_date, lead_dateline
from .wrapping import OPEN_END, TERMINAL

# A life's dates under an obituary's name: "April 2, 1938 – January 19, 2025", "1938–2025".
LIFE_DATES = re.compile(r"(?:[A-Z][a-z]+\.? \d{1,2}, )?(?:1\d{3}|20\d\d)\s*[–—-]\s*(?:[A-Z][a-z]+\.? \d{1,2}, )?"
                        r"(?:1\d{3}|20\d\d)")
# What a speech's title names before "by" ("Remarks by Governor Marsh at ..."); any other byline is no title.
SPEECH_WORDS = frozenset({"remarks", "address", "an", "a", "sermon", "lecture", "speech", "eulogy", "homily"})
MAX_TITLE_WORDS = 20  # a headline's most words, but for a case's name with its citation ("... v ... [2025] UKSC 7")
CASE_NAME = re.compile(r"\bv\.? .{3,300}\[(?:19|20)\d\d\] [A-Z]{2,}")
# What a body issues under its name: "Oral evidence: ...", "Newsletter – Spring Term", "Minutes of ...".
DOCUMENT_TITLE = re.compile(r"\s*(?:oral evidence|written evidence|minutes|notes of|newsletter|annual report|report|"
                            r"transcript|agenda|bulletin|statement|press (?:release|summary)|summary)\b", re.I)
# A body that issues a document under its name: "Environment, Food and Rural Affairs Committee".
BODY_NAME = re.compile(r"\b(?:Committee|Commission|Ministry|Department|Council|Court|Tribunal|Agency|Authority|School|"
                       r"College|University|Parliament|Assembly|Senate|Institute|Foundation)$")


def looks_like_title(line: str, after: str | None, byline: re.Pattern, dateline: re.Pattern,
                     then: str | None = None) -> bool:
    """Whether a first line is a headline: short, not ended like a sentence, and followed by a blank line,
    a byline (with "By", or without it above the labelled date `then`), a dateline or a labelled date. A
    sentence, or the only line of a file, stays in the body.

    >>> import re
    >>> by, dl = re.compile(r"by (?P<author>.+)", re.I), re.compile(r"\\d{4}")
    >>> looks_like_title("Council votes to close library", "", by, dl)
    True
    >>> looks_like_title("The council voted to close the library on Tuesday.", "", by, dl)
    False
    >>> looks_like_title("Council votes to close library", None, by, dl)
    False
    """
    words = line.split()
    if not words or len(words) > MAX_TITLE_WORDS and not (CASE_NAME.search(line) or HELD.search(line)) or line.rstrip(
            "\"'”’)»").endswith((".", "!", ";", ",")):
        return False
    labelled = [x for x in (after, then) if x and labelled_date(x)]
    # A byline without "By" counts only above a labelled date ("Farrukh Saleem Mirza" / "Published: ...").
    return after is not None and (after == "" or bool(byline.match(after)) or bool(dateline.search(after))
                                  or bool(LIFE_DATES.fullmatch(after)) or bool(meta_line(after, byline))
                                  or after in labelled or bool(header_date(after))  # "Delivered May 18, 2024"
                                  or dated_byline(after) is not None  # "Interview by Claire Denholm, 21 August 2025"
                                  or (bool(BARE_BYLINE.fullmatch(after) or CO_AUTHORS.fullmatch(after)) and (
                                      then in labelled or bool(
                                      then and header_date(then)))))  # ... or a speech's occasion and day


@lru_cache(maxsize=1)
def text_rules() -> tuple[re.Pattern, re.Pattern, list[re.Pattern], list[re.Pattern], list[re.Pattern]]:
    """The byline, dateline, dropped-line, under-headline and above-headline (with sections' names) patterns of
    cleaning.toml, compiled; a broken one is a RuleFileError naming the file and line."""
    rules = load_toml("cleaning.toml")
    path = models_dir() / "cleaning.toml"
    compiled = []
    for key in ("byline", "dateline", "drop_lines", "page_header", "section_names"):
        try:
            value = rules[key]
            compiled.append([re.compile(p, re.I) for p in value] if isinstance(value, list)
                            else re.compile(value, re.I))
        except (KeyError, TypeError, re.error) as e:
            raise RuleFileError(f"{path}:{line_of_key(path, key)}: '{key}' must be a valid regular expression"
                                f" ({type(e).__name__}: {e})") from None
    return compiled[0], compiled[1], compiled[3] + compiled[2], compiled[3], compiled[3] + compiled[4]


def parse_plain_text(text: str) -> Document:
    """Split a plain-text article into title (first line), byline, dateline and body."""
    byline, dateline, drop, under, header = text_rules()  # (a section's name only above the headline)
    # (an embedded post's time line is no date of the text's: fold posts first)
    lines = embedded_posts(text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    lines[:HEAD_SEARCH] = [GLUED_TIME.sub(r"\1 \2", ln) for ln in lines[:HEAD_SEARCH]]  # "October 29, 20256:12 PM"
    mail = email_head(lines)
    lines[: mail.lines] = [""] * mail.lines
    idx = [i for i, ln in enumerate(lines) if ln.strip()]
    # A newsletter's own masthead down to its title again under the e-mail header ("THE LONG HAUL" / "The four-day
    # week isn't dead. It's just quieter.")
    again = next((k for k, i in enumerate(idx[:6]) if mail.subject and lines[i].strip() == mail.subject), None)
    for i in idx[: again + 1 if again is not None else 0]:
        lines[i] = ""
    idx = idx[again + 1:] if again is not None else idx
    # A site's menu, account links and section label above the headline, and its name among them ("The Lakeshore
    # Ledger" over "Opinion | Editorial"), one item a line ("News" / "Middle East" / "Opinion | Climate Crisis").
    for _ in range(2):
        menu = menu_run(lines, idx, lambda x: bool(byline.match(x) or date_line(x) or labelled_date(x)),
                        lambda x: any(p.search(x) for p in header))
        for i in idx[:menu]:
            lines[i] = ""
        idx = idx[menu:]
        while idx and (any(p.search(lines[idx[0]].strip()) for p in header) or over_menu(lines, idx, byline, header)):
            lines[dropped := idx.pop(0)] = ""
            if stacked_label(lines, idx, dropped):  # "Opinion" / "Housing": the section's topic under its name
                lines[idx.pop(0)] = ""
    for i in idx[1:HEADER_LINES + 3]:
        if any(p.search(lines[i].strip()) for p in under) and not labelled_date(next_line(lines, idx, i)):
            # a section label under the headline ("Libraries Deserve Better" / "ELECTIONS 2024"), not the bare
            # byline above a "Published:" line ("Editorial")
            lines[i] = ""
    idx = [i for i in idx if lines[i].strip()]
    title = header_year = ""
    author, published = mail.sender, mail.date
    body_start = 0
    if len(idx) > 2 and "|" in lines[idx[0]] and masthead(lines[idx[0]].strip()) and date_line(lines[idx[1]].strip()) \
            and not byline.match(third := lines[idx[2]].strip()) and looks_like_title(third, "", byline, dateline):
        # a site's name and label over the date, then the headline ("WHOV-TV 7 NEWS | Transcript" / "Thursday,
        # October 10, 2024" / "Dayton Mayoral Debate 2024: Full Transcript")
        published = published or the_date(lines[idx[1]].strip())
        lines[idx[0]] = lines[idx[1]] = ""
        idx = idx[2:]
    if len(idx) > 2 and date_line(lines[idx[0]].strip()) and looks_like_title(lines[idx[1]].strip(), "", byline,
                                                                              dateline) and (
            WIRE_DATELINE.match(third := lines[idx[2]].strip()) or byline.match(third) or CASE_NAME.search(
                lines[idx[1]])):
        # a release's date over its headline and the lead's dateline ("March 3, 2025" / "Greenfield Schools Name
        # New Superintendent" / "GREENFIELD, Mass. — ..."), or a court's summary dated over its case's name
        published = published or the_date(lines[idx[0]].strip())
        lines[idx[0]] = ""
        idx = idx[1:]
    issuer = lines[idx[0]].strip() if idx else ""
    if len(idx) > 3 and len(issuer.split()) <= 6 and not issuer.endswith((".", "?", "!")) and (any(
            WIRE_DATELINE.match(lines[i].strip()) for i in idx[2:4]) or GIVEN_BY.fullmatch(lines[idx[2]].strip())
            or (issuer.isupper() or site_name(issuer)) and byline.match(lines[idx[2]].strip())
            or BODY_NAME.search(issuer) and DOCUMENT_TITLE.match(lines[idx[1]]) and date_line(lines[idx[2]].strip())
            or (issuer.isupper() or BODY_NAME.search(issuer)) and HELD.search(lines[idx[1]])) \
            and len(lines[idx[1]].split()) > len(issuer.split()) and looks_like_title(lines[idx[1]].strip(), "",
                                                                                     byline, dateline):
        # an issuer over a press release's headline ("Elena Vargas for Colorado"), a church over its sermon, a label
        # in capitals or a site's name over the headline and its byline ("YOUR LOCAL ELECTION HQ", "Axios"), a body
        # over its document and its date ("Environment, Food and Rural Affairs Committee" / "Oral evidence: ...")
        lines[idx[0]] = ""
        idx = idx[1:]
    def dated(x: str) -> bool:
        return bool(date_line(x) or labelled_date(x) or header_date(x) or meta_line(x, byline))

    def credited(x: str) -> bool:
        return bool(byline.match(x) or date_line(x) or labelled_date(x) or meta_line(x, byline)
                    or MONTH_YEAR.fullmatch(x))

    for i in (named := idx[:over_post(lines, idx, lambda x: not byline.match(x) and looks_like_title(
            x, "", byline, dateline), lambda x: bool((m := meta_line(x, byline)) and m[1]))]):  # a blog over its post
        lines[i] = ""
    idx = idx[len(named):]
    while len(idx) > 3 and section_label(lines[idx[0]].strip(), second := lines[idx[1]].strip(),
                                         next_lines(lines, idx, idx[1], 4), credited) and (
            len(second.split()) <= 20 or looks_like_title(second, "", byline, dateline)):
        # a section's label over the headline ("Football | Championship", "Asia Pacific"), an institute's name
        # over its series ("THE MERIDIAN INSTITUTE" / "POLICY BRIEF | No. 112")
        lines[idx[0]] = ""
        idx = idx[1:]
    if len(idx) > 2 and paper_name(lines[idx[0]].strip()) and not date_line(lines[idx[1]].strip()) and (
            date_line(lines[idx[2]].strip()) or byline.match(lines[idx[2]].strip())):
        # the paper's name over the headline ("THE NORTH STAR TRIBUNE" / "Editorial: ..." / "April 14, 2024")
        lines[idx[0]] = ""
        idx = idx[1:]
    if idx and (piped := headline_site_date(lines[idx[0]].strip(), date_line)):
        # "Remarks by President Marsh ... | The White House | March 12, 2025": headline, site and date on one line
        title, published, body_start = piped[0], published or the_date(piped[1]), idx[0] + 1
        idx = idx[1:]
    elif idx:
        first = lines[idx[0]].strip()
        after = lines[idx[0] + 1].strip() if idx[0] + 1 < len(lines) else None
        then = lines[idx[2]].strip() if len(idx) > 2 and idx[1] == idx[0] + 1 else None
        # A headline may end like a sentence above a "By" line ("Our towns don't need ... buses." / "By Miriam Falk").
        nxt = lines[idx[1]].strip() if len(idx) > 1 else ""
        # ... or a standfirst and then the byline ("Editorial: The housing bill is a start. ..." / "Senate Bill ...")
        stood = over_standfirst(lines, idx, lambda x: bool(byline.match(x) or date_line(x) or labelled_date(x)))
        # ... or a byline without "By" over its post or its date ("Eleanor Vasquez" / "Professor of ..." / "Published")
        above_byline = len(first.split()) <= MAX_TITLE_WORDS and (after == "" and (bool(byline.match(nxt)) or len(
            idx) > 1 and bool(stacked_byline(nxt, next_lines(lines, idx, idx[1], 2), dated))) or stood == 1)
        # A headline wrapped over two lines, right above the byline ("In tight Arizona Senate race, ... as turnout" /
        # "surges" / "By Karen Whitfield"), or cut after a small word, above a bare name ("... The Tay Bridge and the")
        wrapped = stood == 2 or bool(after) and (after[:1].islower() or bool(OPEN_END.search(first)) or len(
            after.split()) <= 2 and all(w[:1].isupper() for w in first.split() if len(w) > 3)) \
            and then is not None and (bool(byline.match(then)) or bool(BARE_BYLINE.fullmatch(then)) and (not after[
                :1].islower() or len(after.split()) <= 3 and not after.endswith(TERMINAL))) and looks_like_title(
                f"{first} {after}", "", byline, dateline)  # not a headline, a deck ("... we never" / "opened")
        # not "Millbrook Town Hall, Tuesday, 29 October 2024" under a label, nor a letter's "Thursday, May 30th"
        if (looks_like_title(first, after, byline, dateline, then) or above_byline or HELD.search(first)
                and len(first.split()) <= 30) and not date_line(first) \
                and (not header_date(first) or HELD.search(first)) and not weekday_date(first) and not dated_byline(
                    first) and not (
                    byline.match(first) and first.split()[0].lower() not in SPEECH_WORDS):
            title, published = first, published or (header_date(first) if HELD.search(first) else "")
            body_start = idx[0] + 1
            if m := byline.match(first):
                author = m.group("author")  # "Remarks by Governor Helen Marsh at the Riverside College Commencement"
        elif wrapped and not date_line(first):
            title, body_start = f"{first} {after}", idx[1] + 1
        elif head := page_head(lines, idx, lambda x: bool(byline.match(x)), lambda x: bool(
                date_line(x) or labelled_date(x) or header_date(x)), lambda x: bool(BARE_BYLINE.fullmatch(x))):
            # a headline over its standfirst and the byline or the date, no blank line between
            title, body_start, author = head.title, head.next_line + (1 if head.author else 0), head.author
        head = idx[1:6] if title else idx[:5]
        title = title or mail.subject
        for i in head:
            if i < body_start:
                continue
            line = lines[i].strip()
            credit, _, stamp = line.rpartition(" | ")
            if credit and date_line(stamp) and byline.match(credit):
                line, published = credit, published or the_date(stamp)  # "By Ann Lee | The Courier | June 14, 2024"
            if (meta := meta_line(line, byline)) and (meta[0] or not author_and_date(line)):
                author, published = author or meta[0], published or meta[1]  # "By Ann Lee · May 12, 2025 · 6 min read"
            elif m := byline.match(line):
                author = byline_author(line, m)  # "By Garrett Lyle | Fox News", "By Ann Lee, Tom Roe and Kim Ito"
                published = published or numeric_date(line)  # "BY HANNAH OKAFOR, OPINION CONTRIBUTOR - 02/18/26"
            elif found := author_and_date(line):
                author, published = author or found[0], found[1]  # "Farah Siddiqui | Published March 3, 2025"
            elif (m := dateline.search(line)) and is_header(line[: m.start()]):
                published = m.group(0)
            elif credited := dated_byline(line):
                author, published = author or credited[0], credited[1]  # "Posted on 9 May 2024 by X"
            elif numeric_date_line(line):
                published = published or numeric_date(line)  # "03/04/26" under a byline: header, read if one reading
            elif labelled_date(line) or (not published and date_line(line)):
                # "Published: March 14, 2024" above or below a byline; "Thursday, 6 February 2025"; not the
                # "Updated ..." line under it
                published = the_date(line) if not published or not UPDATE_LABEL.match(line) else published
            elif title and (delivered := header_date(line)) and KIN_BY.fullmatch(next_line(lines, idx, i)):
                published = published or delivered  # "Delivered at St. Mary's, 12 April 2025" above "By his ..."
            elif (m := GIVEN_BY.fullmatch(line) or KIN_BY.fullmatch(line)) and title:
                author = author or m["author"] or m["named"]  # "Eulogy given by her son, David Holloway"
            elif (m := ISSUE_LINE.fullmatch(line) or MONTH_YEAR.fullmatch(line)) and (author or title):
                published = published or m["date"]  # a magazine's "June 2025 Issue", a brief's "June 2024"
            elif (m := CREDIT_YEAR.fullmatch(line)) and (author or title):
                header_year = m["year"]  # "The Harbour Ledger, 2014" under the byline
            elif title and not author and BARE_BYLINE.fullmatch(line) and (not line.isupper() or BOARD.fullmatch(
                    line)) and (labelled_date(nxt := next_line(
                    lines, idx, i)) or (header_date(nxt) or date_line(nxt)) and CLERIC_OR_TITLED.match(line)
                    or is_header(nxt) and len(nxt.split()) <= 14 and labelled_date((next_lines(lines, idx, i, 2)
                                                                                     or [""])[-1])):
                author = line  # "Farrukh Saleem Mirza" above "Published:", or above their post and the date; no show
            elif title and not author and CO_AUTHORS.fullmatch(line) and any(
                    dated(x) or MONTH_YEAR.fullmatch(x) for x in next_lines(lines, idx, i, 2)):
                author = line  # "Lena Vogt and Samuel Achterberg" above "Policy Commentary No. 7, ..., 12 May 2025"
            elif not title and i != idx[0] and dated_byline(lines[max(j for j in idx if j < i)]) and not date_line(
                    line) and looks_like_title(
                    line, lines[i + 1].strip() if i + 1 < len(lines) else None, byline, dateline):
                title = line  # a blog's title under its "Posted on ... by ..." line
            elif title and not author and (m := NAME_AND_ROLE.fullmatch(line)) and any(
                    date_line(x) or labelled_date(x) for x in next_lines(lines, idx, i, 2)):
                author = m["author"]  # "Dr Aisling Brennan, Senior Fellow, Transport Programme" above the date
            elif title and author and not published and is_header(line) and len(line.split()) <= 14 and \
                    dated(next_line(lines, idx, i)):
                pass  # the author's institution between the byline and the date ("Centre for Public Policy, Dublin")
            elif LIFE_DATES.fullmatch(line) or published and date_line(line) and the_date(line) in published:
                pass  # an obituary's dates under the name; the date again ("Published On 22 Feb 2024" / "22 Feb 2024")
            elif any(p.search(line) for p in drop) or line in (mail.subject, mail.sender) or mail.lines and \
                    date_line(line):
                pass  # ... or a newsletter's title and author again under its e-mail header
            elif title and not author and (name := stacked_byline(line, next_lines(lines, idx, i, 2), dated)):
                author = name  # "Hannah Okafor" / "Science correspondent" / "Tue 14 Oct 2025 09.12 BST"
            elif title and author and ROLE_LINE.fullmatch(line) and (dated(next_line(lines, idx, i)) or byline.match(
                    lines[max((j for j in idx if j < i), default=i)].strip())):
                pass  # the author's post over the date, or right under the byline ("By Wanjiru Kamau" / "Economist")
            elif title and author in ("", mail.sender) and not line.startswith(EPIGRAPH_OPENERS) and not \
                    CREDIT_LINE.match(line) and any(
                        byline.match(x) or x == mail.sender or NAME_AND_ROLE.fullmatch(x)
                        or labelled_date(x) and next_lines(lines, idx, j)  # not a page's foot
                        or stacked_byline(x, next_lines(lines, idx, j, 2), dated) for j, x in next_numbered(
                        lines, idx, i, 1 if line.endswith((".", "!", "?", '"', "”", "’")) else 2)):
                pass  # a standfirst between the headline and the byline ("A review of ... by ..."), wrapped or not
            else:
                break
            body_start = i + 1
    body = [i for i in idx if i >= body_start]
    for i in lines_above_date(lines, body, lambda x: bool(date_line(x) or header_date(x) or weekday_date(x))):
        author = author or (lines[i].strip() if BOARD.fullmatch(lines[i].strip()) else "")  # "THE EDITORIAL BOARD"
        lines[i] = ""  # a speech's campaign and venue, a letterhead, above the text's own date line
    body = [i for i in body if lines[i].strip()]
    signed = any(closing_line(lines[i].strip()) for i in body[-2 * SIGNATURE_LINES:])
    # A letter's or a speech's own date line, alone on a line among the first ones ("Thursday, May 30th, 2019",
    # "8-May-2006", "Sept15,1946"), below a salutation or an address; a letter dated under its signature
    # ("Yours faithfully, / Gerald Fenwick-Moore / 13 June 2024"); a delivery line above a speech or a eulogy
    # ("Delivered May 17, 2019, on the South Lawn", "Millbrook Town Hall, Tuesday, 29 October 2024").
    # A header line's sentence ("Recorded 27 January 2025. This transcript ..."); a print line at the foot.
    published = published or take_date(lines, body[:DATE_LINE_SEARCH], alone_date) or take_date(
        lines, body[-SIGNATURE_LINES:] if signed else [], alone_date) \
        or take_date(lines, body[:HEADER_LINES + 2], header_date) \
        or take_sentence_date(lines, body[:HEADER_LINES]) or take_date(lines, body, printed_date) \
        or take_date(lines, body[-SIGNATURE_LINES:], labelled_date_of)
    # A date line without its year ("Remarks as prepared for delivery, Tuesday, September 9th") is header either
    # way; it dates the text when nothing fuller does.
    undated = take_date(lines, body[:HEADER_LINES], weekday_date)
    published = published or undated
    if signed and not author:
        author = take_signature(lines, body, BARE_BYLINE.fullmatch)
    title = letter_parts(lines, body, title)  # a letters page's signatures; a letter's "Re: ..." as its title
    if not author and (at := next((i for k, i in enumerate(body[:DATE_LINE_SEARCH]) if k and byline.match(
            lines[i].strip()) and CREDIT_LINE.match(lines[body[k - 1]].strip())), None)):
        # A byline under an epigraph ("“...” / — George Orwell / By Daniel Okafor"), not a label ("By the Numbers")
        author, lines[at] = byline.match(lines[at].strip()).group("author").strip(), ""
    drop_addressed_paper(lines, idx[:DATE_LINE_SEARCH], masthead)
    drop_address(lines, [i for i in idx[:2 * DATE_LINE_SEARCH] if i >= body_start])
    first_body = next((i for i in idx if i >= body_start and lines[i].strip()), None)
    deck = lines[first_body].strip() if first_body is not None else ""
    if deck and not deck.endswith((".", "!", "?")) and len(deck.split()) <= MAX_TITLE_WORDS + 10:
        # A standfirst under the headline, then the wire dateline ("New platform ..." / "HALDEN BAY, Norway, ...")
        nxt = next((i for i in idx if i > first_body), None)
        if nxt is not None and WIRE_DATELINE.match(lines[nxt].strip()):
            # header, not the story's first claim (a photo's caption stays one: "[Image: ...]")
            lines[first_body], first_body = lines[first_body] if not deck[:1].isalnum() else "", nxt
    for _ in range(8):  # a video's title, a photo's caption, a summary's points over the lead: the dateline opens
        line = lines[first_body].rstrip() if first_body is not None else ""  # the first line after them
        if line and not lead_dateline(line.strip()) and (CREDITED_CAPTION.search(line) or not line.endswith(TERMINAL)):
            first_body = next((i for i in idx if i > first_body and lines[i].strip()), first_body)
    if first_body is not None and (m := lead_dateline(lines[first_body].strip())):
        # "BRASSWICK, Wednesday, June 11, 2025 (Meridian Wire) - The former head ...", "MUMBAI — Bharti ...": a
        # wire dateline opens the lead; it dates the article (a day without its year takes the header's year, or
        # is read later) and is no part of the first claim.
        published = published or dateline_date(m, header_year)
        lines[first_body] = lines[first_body].strip()[m.end():]
    title = mail.subject or title  # a newsletter's own name above its subject is no title ("THE LONG HAUL")
    doc = Document(article_id="", source_path="", text="\n".join(lines[body_start:]), title=title, author=author)
    if published:
        doc.published, doc.published_source = published, "dateline"
    return doc


# A month and its year alone under a title or a byline: "June 2024".
MONTH_YEAR = re.compile(r"(?P<date>(?:January|February|March|April|May|June|July|August|September|October|November|"
                        r"December) (?:19|20)\d\d)")
# A scraped date line's year run into its time ("October 29, 20256:12 PM GMT+5"), among a page's first lines.
GLUED_TIME = re.compile(r"(?<=[A-Za-z.,] )((?:19|20)\d\d)(\d{1,2}:\d\d)")
HEAD_SEARCH = 20


# An epigraph above the byline: a quotation and its credit ("“...”" / "— George Orwell"), not a standfirst.
EPIGRAPH_OPENERS = ('"', "“", "‘", "'")
CREDIT_LINE = re.compile(r"^(?:[—–―]|--?)\s*[A-Z]")
UPDATE_LABEL = re.compile(r"(?:last )?(?:updated|modified|revised)\b", re.I)
CREDITED_CAPTION = re.compile(r"[.!?]\s+\((?:[A-Z]{2,6}(?: Photo(?:/[^)]{1,40})?)?|Photo[^)]{0,40})\)$"
                              r"|^(?:VIDEO|WATCH|PHOTOS?):.{0,120}$")
