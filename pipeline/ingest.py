"""Ingest: find input files, decode them, and split each into metadata and body text."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from pathlib import Path

from .datelines import (
    DATE_LINE_SEARCH,
    HEADER_LINES,
    SENTENCE_BREAK,
    SIGNATURE_LINES,
    author_and_date,
    date_line,
    header_date,
    labelled_date,
    month_day,
    printed_date,
    sentence_date,
    the_date,
)
from .records import Document
from .resources import RuleFileError, line_of_key, load_toml, models_dir

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm")
# A folder's own notes are not articles (a file named on the command line is always read).
FOLDER_NOTES = frozenset({"README", "LICENSE", "LICENCE", "CHANGELOG", "CONTRIBUTING", "NOTICE"})
# Beyond this an input is not an article but a dump or an archive: it is rejected with the reason.
MAX_BYTES = 10_000_000
MIN_HTML_WORDS = 15

# Magic numbers of binary formats that turn up with a text extension.
_BINARY_SIGNATURES = {
    b"\x89PNG": "a PNG image",
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a zip archive (or Office document)",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\x1f\x8b": "a gzip archive",
    b"\xd0\xcf\x11\xe0": "an old Office document",
}


class InputError(ValueError):
    """An input that cannot be processed; the message says why, in one line."""


def iter_inputs(paths: Iterable[str | Path]) -> Iterator[Path | InputError]:
    """Yield input files (folders searched recursively, sorted), or an InputError for a bad path."""
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            yield InputError(f"{path}: no such file or folder")
        elif path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUPPORTED_SUFFIXES
                           and not any(part.startswith(".") for part in p.relative_to(path).parts)
                           and p.stem.upper() not in FOLDER_NOTES)
            if not found:
                yield InputError(f"{path}: folder holds no .txt, .md, .html or .htm files")
            yield from found
        elif path.suffix.lower() not in SUPPORTED_SUFFIXES:
            yield InputError(f"{path}: unsupported file type '{path.suffix}' (use .txt, .md, .html, .htm)")
        else:
            yield path


def decode_bytes(data: bytes, name: str = "input") -> str:
    """Decode file bytes as text: UTF-8 when valid, else the detected legacy encoding (cp1252, latin-1...).

    >>> decode_bytes(b"\\x93quoted\\x94 text")
    '“quoted” text'
    """
    for signature, kind in _BINARY_SIGNATURES.items():
        if data.startswith(signature):
            raise InputError(f"{name}: binary file ({kind}), not text")
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError(f"{name}: binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        # Windows-1252 covers latin-1's printable range plus curly quotes at 0x91-0x94; it is by far
        # the most common legacy encoding of scraped English text.
        text = data.decode("cp1252")
        if not re.search(r"[\x80-\x9f]", text):
            return text
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputError(f"{name}: cannot detect the text encoding (binary file?)")
    return str(best)


def unique_ids(paths: list[Path]) -> list[str]:
    """Article ids: file names without extension, made unique with a numeric suffix.

    >>> unique_ids([Path("a/x.txt"), Path("b/x.txt"), Path("y.md")])
    ['x', 'x-2', 'y']
    """
    seen: dict[str, int] = {}
    out = []
    for p in paths:
        stem = p.stem
        seen[stem] = seen.get(stem, 0) + 1
        out.append(stem if seen[stem] == 1 else f"{stem}-{seen[stem]}")
    return out


def read_document(path: Path, article_id: str) -> Document:
    """Read one input file into a Document (metadata and body), or raise InputError."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{path}: file too large ({size // 1_000_000} MB; the limit is "
                             f"{MAX_BYTES // 1_000_000} MB)")
        data = path.read_bytes()
    except PermissionError:
        raise InputError(f"{path}: cannot be read (permission denied)") from None
    except OSError as e:
        raise InputError(f"{path}: cannot be read ({e.strerror or e})") from None
    text = decode_bytes(data, str(path))
    if not text.strip():
        raise InputError(f"{path}: empty file")
    suffix = path.suffix.lower()
    if suffix in (".html", ".htm"):
        doc = parse_html(text, str(path))
    else:
        if suffix == ".md":
            text = strip_markdown(text)
        doc = parse_plain_text(text)
    doc.article_id, doc.source_path = article_id, str(path)
    if not doc.text.strip():
        raise InputError(f"{path}: no article text found")
    return doc


def parse_html(html: str, name: str = "input") -> Document:
    """Main text and metadata of an HTML page, via trafilatura."""
    import trafilatura

    result = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False,
                                         favor_precision=True)
    if result is None:
        raise InputError(f"{name}: HTML page has no article body")
    get = result.get if isinstance(result, dict) else (lambda k: getattr(result, k, None))
    body = get("text") or ""
    # Navigation or a cookie banner is all some pages leave: that is no article.
    if len(body.split()) < MIN_HTML_WORDS:
        raise InputError(f"{name}: HTML page has no article body ({len(body.split())} words of text)")
    published = get("date") or ""
    title = get("title") or ""
    first, _, rest = body.lstrip().partition("\n")
    if title and _same_words(first, title):
        body = rest  # the page's headline repeated as the first line of the text: it is the title, not a claim
    return Document(article_id="", source_path="", text=body, title=title,
                    author=get("author") or "", published=published,
                    published_source="html_metadata" if published else "", fmt="html")


def _same_words(a: str, b: str) -> bool:
    """The same words, whatever the case, spacing and punctuation.

    >>> _same_words("Council votes: library to close", "council votes — library to close")
    True
    """
    words = lambda t: re.findall(r"\w+", t.lower())  # noqa: E731
    return words(a) == words(b)


def strip_markdown(text: str) -> str:
    """Plain text of a Markdown article: headings, emphasis and link syntax removed.

    >>> strip_markdown("# Title\\nSome *bold* [link](http://x).")
    'Title\\nSome bold link.'
    """
    text = re.sub(r"^\s{0,3}#{1,6}\s*", "", text, flags=re.M)
    text = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", text)
    text = re.sub(r"\[([^\]]+)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"(\*\*|__|\*|_)(\S(?:.*?\S)?)\1", r"\2", text)
    return re.sub(r"^\s{0,3}>\s?", "", text, flags=re.M)


def _is_header(text: str) -> bool:
    """Whether the words before a dateline are header (nothing, or a repeated headline), not a sentence."""
    text = text.strip()
    return not text or (len(text.split()) <= 25 and not text.endswith((".", "!", "?")))


# A headline is at most this many words.
MAX_TITLE_WORDS = 20


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
    if not words or len(words) > MAX_TITLE_WORDS or line.rstrip("\"'”’)»").endswith((".", "!", ";", ",")):
        return False
    labelled = [x for x in (after, then) if x and labelled_date(x)]
    # A byline without "By" counts only above a labelled date ("Farrukh Saleem Mirza" / "Published: ...").
    return after is not None and (after == "" or bool(byline.match(after)) or bool(dateline.search(after))
                                  or after in labelled
                                  or (bool(BARE_BYLINE.fullmatch(after)) and then in labelled))


@lru_cache(maxsize=1)
def text_rules() -> tuple[re.Pattern, re.Pattern, list[re.Pattern], list[re.Pattern]]:
    """The byline, dateline, dropped-line and page-header patterns of cleaning.toml, compiled; a broken one
    is a RuleFileError naming the file and line."""
    rules = load_toml("cleaning.toml")
    path = models_dir() / "cleaning.toml"
    compiled = []
    for key in ("byline", "dateline", "drop_lines", "page_header"):
        try:
            value = rules[key]
            compiled.append([re.compile(p, re.I) for p in value] if isinstance(value, list)
                            else re.compile(value, re.I))
        except (KeyError, TypeError, re.error) as e:
            raise RuleFileError(f"{path}:{line_of_key(path, key)}: '{key}' must be a valid regular expression"
                                f" ({type(e).__name__}: {e})") from None
    return compiled[0], compiled[1], compiled[3] + compiled[2], compiled[3]


def parse_plain_text(text: str) -> Document:
    """Split a plain-text article into title (first line), byline, dateline and body."""
    byline, dateline, drop, header = text_rules()
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    idx = [i for i, ln in enumerate(lines) if ln.strip()]
    while idx and any(p.search(lines[idx[0]].strip()) for p in header):
        idx.pop(0)  # a site's menu and account links above the headline
    title = author = published = header_year = ""
    body_start = 0
    if idx:
        first = lines[idx[0]].strip()
        after = lines[idx[0] + 1].strip() if idx[0] + 1 < len(lines) else None
        then = lines[idx[2]].strip() if len(idx) > 2 and idx[1] == idx[0] + 1 else None
        # A headline may end like a sentence when a "By" line comes next ("Our towns don't need another
        # bypass. They need buses." / "By Miriam Falk").
        nxt = lines[idx[1]].strip() if len(idx) > 1 else ""
        above_byline = len(first.split()) <= MAX_TITLE_WORDS and after == "" and bool(byline.match(nxt))
        if (looks_like_title(first, after, byline, dateline, then) or above_byline) and not date_line(first):
            title = first
            body_start = idx[0] + 1
        for i in idx[1:6] if title else idx[:5]:
            if i < body_start:
                continue
            line = lines[i].strip()
            if m := byline.match(line):
                author = m.group("author").strip()
            elif found := author_and_date(line):
                author, published = author or found[0], found[1]  # "Farah Siddiqui | Published March 3, 2025"
            elif (m := dateline.search(line)) and _is_header(line[: m.start()]):
                published = m.group(0)
            elif (m := DATED_BYLINE.match(line)) and labelled_date(m["date"]):
                published, author = the_date(m["date"]), author or m["author"]  # "Posted on 9 May 2024 by X"
            elif labelled_date(line) or (not published and date_line(line)):
                # "Published: March 14, 2024" above or below a byline; "Thursday, 6 February 2025"
                published = the_date(line)
            elif (m := CREDIT_YEAR.fullmatch(line)) and (author or title):
                header_year = m["year"]  # "The Harbour Ledger, 2014" under the byline
            elif title and not author and BARE_BYLINE.fullmatch(line) and labelled_date(_next_line(lines, idx, i)):
                author = line  # "Farrukh Saleem Mirza", "The Editorial Board" above a "Published:" line
            elif any(p.search(line) for p in drop):
                pass
            elif title and not author and byline.match(_next_line(lines, idx, i)):
                pass  # a standfirst between the headline and the byline ("A review of ... by ...")
            else:
                break
            body_start = i + 1
    body = [i for i in idx if i >= body_start]
    signed = any(CLOSING.match(lines[i].strip()) for i in body[-2 * SIGNATURE_LINES:])
    # A letter's or a speech's own date line, alone on a line among the first ones ("Thursday, May 30th, 2019",
    # "8-May-2006", "Sept15,1946"), below a salutation or an address; a letter dated under its signature
    # ("Yours faithfully, / Gerald Fenwick-Moore / 13 June 2024"); a delivery line above a speech or a eulogy
    # ("Delivered May 17, 2019, on the South Lawn", "Millbrook Town Hall, Tuesday, 29 October 2024").
    # A header line's sentence ("Recorded 27 January 2025. This transcript ..."); a print line at the foot.
    published = published or _take_date(lines, body[:DATE_LINE_SEARCH], _alone) or _take_date(
        lines, body[-SIGNATURE_LINES:] if signed else [], _alone) \
        or _take_date(lines, body[:HEADER_LINES], header_date) \
        or _take_sentence_date(lines, body[:HEADER_LINES]) or _take_date(lines, body, printed_date)
    first_body = next((i for i in idx if i >= body_start and lines[i].strip()), None)
    deck = lines[first_body].strip() if first_body is not None else ""
    if deck and not deck.endswith((".", "!", "?")) and len(deck.split()) <= MAX_TITLE_WORDS + 10:
        # A standfirst under the headline, then the wire dateline: "New platform already deployed by three
        # operators" / "HALDEN BAY, Norway, April 15, 2025 /PRNewswire/ -- Verrant Systems ..."
        nxt = next((i for i in idx if i > first_body), None)
        if nxt is not None and WIRE_DATELINE.match(lines[nxt].strip()):
            first_body = nxt
    if first_body is not None and (m := WIRE_DATELINE.match(lines[first_body].strip())) and (
            m["end"] != ":" or month_day((m["rest"] or "").split(",")[-1].strip())
            and m["place"] not in NOT_PLACES) and (
            m["rest"] or m["agency"] or m["wire"]
            or (len(m["place"]) >= 4 and m.group(0).rstrip().endswith(("—", "–", "--"))
                and lines[first_body].strip()[m.end():][:1].isupper())):
        # "BRASSWICK, Wednesday, June 11, 2025 (Meridian Wire) - The former head ...", "MUMBAI — Bharti ...": a
        # wire dateline opens
        # the lead; it dates the article and is no part of the first claim.
        date = next((d for d in (m["rest"], (m["rest"] or "").split(",", 1)[-1]) if d and date_line(d)), "")
        if date and not published:
            published = the_date(date)
        elif not published and m["rest"] and month_day(day := m["rest"].split(",")[-1].strip()):
            # "LONDON, Sept 9 (Reuters) -", "MARRAKESH, Morocco, Nov 19": the year is found later, unless the
            # header gave it
            published = f"{day} {header_year}" if header_year else day
        lines[first_body] = lines[first_body].strip()[m.end():]
    doc = Document(article_id="", source_path="", text="\n".join(lines[body_start:]), title=title, author=author)
    if published:
        doc.published, doc.published_source = published, "dateline"
    return doc


def _alone(line: str) -> str:
    """The date of a line that is nothing but a date (after a label or a place), without its full stop; ''."""
    return the_date(line).rstrip(".") if date_line(line) else ""


def _take_date(lines: list[str], candidates: list[int], read: Callable[[str], str]) -> str:
    """The first date `read` finds on one of the candidate lines, which is blanked (it is no claim); ''."""
    for i in candidates:
        if date := read(lines[i]):
            lines[i] = ""
            return date
    return ""


def _take_sentence_date(lines: list[str], candidates: list[int]) -> str:
    """The date of a header line's sentence (see `sentence_date`); the line keeps its other sentences."""
    for i in candidates:
        if date := sentence_date(lines[i]):
            pieces = SENTENCE_BREAK.split(lines[i].strip())
            lines[i] = " ".join(p for p in pieces if date not in p)
            return date
    return ""


# A wire service's dateline opening the lead paragraph: a place in capitals, then a region or a date, or the
# agency, then a dash ("TOLEDO, Ohio —", "BRASSWICK, Wednesday, June 11, 2025 (Meridian Wire) -", "LONDON
# (Reuters) -"), or a colon after a day ("KARACHI, Feb 6:").
WIRE_DATELINE = re.compile(r"(?P<place>[A-Z][A-Z.'’]+(?: [A-Z][A-Z.'’]+){0,3})(?:,\s*(?P<rest>[^()—–\n]{2,48}?))?"
                           r"\s*(?:\((?P<agency>[^)]{2,40})\)|/(?P<wire>[^/\s][^/]{1,39})/)?\s*(?P<end>—|–|--?|:)\s+(?=\S)")
# A letter's closing, above its signature: a date under them dates the letter.
CLOSING = re.compile(r"(?:yours (?:faithfully|sincerely|truly|ever)|sincerely|regards|kind regards|best wishes|"
                     r"with (?:best|kind|warm) (?:wishes|regards)|respectfully|with love|love)\b", re.I)
# Capitals before a day and a colon that are a live blog's or a correction's label, not a place ("UPDATE, March 3:").
NOT_PLACES = frozenset({"UPDATE", "UPDATED", "CORRECTION", "CLARIFICATION", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE",
                        "BREAKING", "LATEST"})
# A publication's name with the year, under a byline: "The Harbour Ledger, 2014".
CREDIT_YEAR = re.compile(r"(?:The )?[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,4}, (?P<year>(?:19|20)\d{2})")
# A blog's labelled date with its author: "Posted on 9 November 2024 by Eleanor Pryde".
DATED_BYLINE = re.compile(r"^(?P<date>.+?)\s+by\s+(?P<author>[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})\s*$")
# A byline without "By": a name of one to four capitalised words, nothing else on its line.
NAME_PARTICLES = "de|la|le|du|da|di|del|dos|van|von|der|den|bin|ibn|al|el|of"
BARE_BYLINE = re.compile(rf"(?:The )?[A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|{NAME_PARTICLES})){{0,4}}")


def _next_line(lines: list[str], idx: list[int], i: int) -> str:
    """The next non-empty line after line `i`, stripped ('' when there is none); `idx` lists the non-empty
    lines."""
    nxt = next((j for j in idx if j > i), None)
    return lines[nxt].strip() if nxt is not None else ""
