"""Clean: turn a scraped article body into paragraphs of plain text, before spaCy sees it.

Hard-wrapped lines are unwrapped, truncated lines become paragraph breaks, words split across a
line keep real hyphens, boilerplate (comment forms, author bios, photo credits) is dropped, photo
captions become paragraphs of their own, and typography and whitespace are normalised. Paragraphs are
joined with a blank line.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from itertools import dropwhile

from .marks import unmark_notes
from .pageheads import above_body, links_box
from .posts import embedded_posts
from .resources import RuleFileError, any_of, line_of_key, load_lines, load_toml, models_dir
from .wrapping import OPEN_CLAUSE_END, TERMINAL, join_broken, unwrap, wrap_width

PARAGRAPH_SEP = "\n\n"
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
# "reduced now.The defence" — a sentence glued to the next when a line break was lost.
_GLUED_SENTENCE = re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z]|[AI]\s)")  # "... on?I do not think so."
# Zero-width spaces and word joiners, dropped (what textacy's whitespace normalisation drops; textacy is
# not imported here: it pulls in scikit-learn, scipy and pandas, a second and 170 MiB for every run).
_ZERO_WIDTH = re.compile("[\u200b\u2060\ufeff]+")
_SPACES = re.compile(r"\s+")
# A link written as Markdown: its text stays, its address goes ("[the full report](https://...)").
# The shortest first line of a caption wrapped over two lines (a subheading above a caption is shorter).
WRAPPED_CAPTION_CHARS = 40
# A transcript's time code before a speaker's label: "[00:01:05] TOM HADLEY:", "(12:04) HOST:", "00:14:32 Dana:".
_TURN_TIME = re.compile(r"^(?:[\[(]\d{1,2}:\d{2}(?::\d{2})?[\])]|\d{1,2}:\d{2}:\d{2})\s+(?=[A-Z][^:\n]{0,60}:)")
_MARKDOWN_LINK = re.compile(r"\[([^\[\]\n]{1,200})\]\((?:https?://|www\.)[^()\s]{1,300}\)")
_NEVER = re.compile(r"(?!)")
LIST_ITEM = ("- ", "• ", "* ", "– ")
LINK_WORDS = 16  # a link's title in a list is a headline's length
NEWSLETTER_END = re.compile(r"after newsletter promotion$", re.I)
# A review's box of the book's details, ending on its publisher, pages and price ("Westbrook Press. 412 pp. $32").
BOOK_DETAILS = re.compile(r"\b\d{2,4} ?pp\b\.?[^.]{0,30}[£$€] ?\d[\d.,]*\.?$"
                          r"|[£$€] ?\d[\d.,]*[^.]{0,30}\b\d{2,4} ?pp\b\.?$")
LEAD_TIME = re.compile(r"^(?:[01]?\d|2[0-3])[.:][0-5]\d\s+")
KEY_EVENTS = re.compile(r"key events\s*:?$", re.I)
NOTES = re.compile(r"notes\s*:?$", re.I)
NOTE_NUMBER = re.compile(r"(?:\[\d+\]|\d{1,3}\.?)\s")


@dataclass(frozen=True)
class CleanText:
    """A cleaned body: the text, the start offset of each paragraph in it, and which are captions."""

    text: str
    paragraph_starts: tuple[int, ...]
    captions: frozenset[int] = frozenset()
    headings: frozenset[int] = frozenset()  # section headings: "2 Literature review", "Judgment"

    def paragraph_of(self, char: int) -> int:
        """0-based index of the paragraph holding character offset `char`."""
        import bisect

        return max(0, bisect.bisect_right(self.paragraph_starts, char) - 1)


@dataclass(frozen=True)
class _Rules:
    drop_lines: tuple[re.Pattern, ...]
    caption_credit: tuple[re.Pattern, ...]
    drop_paragraphs: tuple[re.Pattern, ...]
    drop_blocks: tuple[re.Pattern, ...]  # by the block's first line
    end_of_article: tuple[re.Pattern, ...]
    author_bio: tuple[str, ...]
    suffixes: frozenset[str]
    titles: frozenset[str]
    # Headings that end the article by what follows: "About X" (X's boilerplate), "References" (its entries)
    about_heading: re.Pattern
    references_heading: re.Pattern
    reference_entry: re.Pattern
    links_heading: re.Pattern  # "See also" above a list of links
    links_list_heading: re.Pattern  # "Related" above links in a list


@lru_cache(maxsize=8)
def _rules(models: str | None = None) -> _Rules:
    raw = load_toml("cleaning.toml", models)

    def comp(key: str) -> tuple[re.Pattern, ...]:
        try:
            value = raw.get(key, [])
            return tuple(re.compile(p, re.I) for p in ([value] if isinstance(value, str) else value))
        except (re.error, TypeError) as e:
            path = models_dir(models) / "cleaning.toml"
            raise RuleFileError(f"{path}:{line_of_key(path, key)}: a pattern of '{key}' is not a valid "
                                f"regular expression ({e})") from None

    return _Rules(comp("page_header") + comp("drop_lines"), comp("caption_credit"), comp("drop_paragraphs"),
                  comp("drop_blocks"),
                  comp("end_of_article"), tuple(raw.get("author_bio", [])),
                  frozenset(raw.get("word_internal_suffixes", [])),
                  frozenset(t.rstrip(".") for t in load_lines("titles.txt", models)),
                  *((comp(key) or (_NEVER,))[0] for key in ("about_heading", "references_heading", "reference_entry",
                                                            "links_heading", "links_list_heading")))


def clean_body(text: str, author: str = "", models: str | None = None) -> CleanText:
    """Clean a raw article body into normalised paragraphs.

    >>> clean_body("Pakistan faces  sanctions.\\n\\nLeave a Reply\\n\\nName").text
    'Pakistan faces sanctions.'
    """
    rules = _rules(models)
    text = _INVISIBLE.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = [ln.strip() for ln in joined_indented(unmarked_quotes(text.split("\n")))]
    dropped = any_of(rules.drop_lines)
    lines = embedded_posts(["" if dropped(ln) else ln for ln in lines])
    lines, captions = _captions(lines, rules.caption_credit)
    width = wrap_width(lines)
    common = frozenset(re.findall(r"(?<![\w’'-])[a-z]+(?![\w’'-])", text))
    paragraphs: list[str] = []
    for block in map(joined_credits, _blocks(lines)):
        if any(p.search(block[0]) for p in rules.drop_blocks) or len(block) <= 6 and NEWSLETTER_END.match(block[-1]) \
                or len(block) <= 4 and BOOK_DETAILS.search(block[-1]):
            continue  # (a newsletter's box ends on its marker: "Sign up to Football Daily" / ... / the marker)
        if len(block) > 1 and rules.links_list_heading.match(block[0]) and block[1].lstrip().startswith(LIST_ITEM):
            # a label and its bulleted items in one block ("Related" / "  * Treasury eyes ..."); the lines after stay
            if not (block := list(dropwhile(lambda x: x.lstrip().startswith(LIST_ITEM), block[1:]))):
                continue
        paragraphs.extend(unwrap(block, width, rules.suffixes, common - rules.titles) if width
                          else join_broken(block, rules.suffixes))
    bio = _bio_patterns(rules.author_bio, author)
    kept: list[str] = []
    paragraphs = [p for p in map(normalise_paragraph, paragraphs) if p]
    listed = ""  # inside a list of links: its label
    ends = any_of(rules.end_of_article)
    for i, para in enumerate(paragraphs):
        nxt = paragraphs[i + 1] if i + 1 < len(paragraphs) else ""
        if kept and end_heading(para, nxt, rules):
            break
        if ends(para):
            # (a box of links inside the story goes, and its headlines on their own lines with it)
            boxed = bool(kept) and links_box(para, paragraphs[i + 1:], ends)
            if kept and not boxed and not above_body(kept, paragraphs[i + 1:]):
                break
            listed = para if boxed else listed
            continue  # a share bar above the article, not the page's foot
        if rules.links_list_heading.match(para) and (nxt.startswith(LIST_ITEM) or _link_title(nxt)):
            listed = para
            continue
        # (a live blog's key events each open on their time: "12.31 Holt begins her statement")
        event = LEAD_TIME.sub("", para) if LEAD_TIME.match(para) else ""
        timed = not KEY_EVENTS.match(listed) or bool(event) and not (event.isupper() and len(event) <= 4)  # "GMT"
        if listed and timed and (para.startswith(LIST_ITEM) or _link_title(para)) and len(para.split()) <= LINK_WORDS:
            continue  # ... or items without a bullet, each a headline ("Related" / "Lake Chad: the shrinking water")
        listed = ""
        if any(p.search(para) for p in rules.drop_paragraphs) or any(p.search(para) for p in bio):
            continue
        kept.append(para)
    starts, pos = [], 0
    for para in kept:
        starts.append(pos)
        pos += len(para) + len(PARAGRAPH_SEP)
    caption_texts = {normalise_paragraph(c) for c in captions}
    captions_at = frozenset(i for i, para in enumerate(kept) if para in caption_texts)
    return CleanText(PARAGRAPH_SEP.join(kept), tuple(starts), captions_at, headings(kept, captions_at))


INDENT = re.compile(r"^(?: {2,}|\t)\S")


QUOTED_LINE = re.compile(r"^[ \t]*>[ \t]?")


def unmarked_quotes(lines: list[str]) -> list[str]:
    """Lines an e-mail or a newsletter quotes ("> Our pilot is over.", "> — @HollisDesignCo") set in from the
    margin instead, as a block quotation is; a bare ">" between them goes.

    >>> unmarked_quotes(["Here it is:", "> Not going back.", ">", "> — @HollisDesignCo"])
    ['Here it is:', '    Not going back.', '    — @HollisDesignCo']
    """
    if not any(QUOTED_LINE.match(ln) and ln.strip(" \t>") for ln in lines):
        return lines
    return [("    " + ln[QUOTED_LINE.match(ln).end():].strip()) if QUOTED_LINE.match(ln) else ln for ln in lines
            if not (QUOTED_LINE.match(ln) and not ln.strip(" \t>"))]


def joined_indented(lines: list[str]) -> list[str]:
    """An indented block's wrapped lines joined, in a text whose other lines are not indented: a block
    quotation set in from the margin is one paragraph.

    >>> joined_indented(["He went on:", "", "    A term is like a box; you", "    may put in it what you please."])
    ['He went on:', '', '    A term is like a box; you may put in it what you please.']
    """
    if not any(ln.strip() and not ln[:1].isspace() for ln in lines):
        return lines
    out: list[str] = []
    for ln in lines:
        if out and INDENT.match(ln) and INDENT.match(out[-1]):
            out[-1] = f"{out[-1].rstrip()} {ln.strip()}"
        else:
            out.append(ln)
    return out


# A credit on its own line under what it credits: "— George Orwell", "– Maya Angelou, Letter to My Daughter".
# ... or after a hyphen, a name only: "- Christina Rossetti" (not a list's "- Reduce waiting times").
DASH_CREDIT = re.compile(r"^(?:[—–―]\s*[A-Z][\w.'’-]*(?:,? [\w.'’-]+){0,8}"
                         r"|--? (?-i:[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,4}))$")
# The most lines of verse or prose a credit at their foot takes in as one quotation.
CREDITED_LINES = 8


def joined_credits(block: list[str]) -> list[str]:
    """A block's lines with a dash credit joined to what it credits, so the two are one claim: the line before
    it, or the whole block when the credit closes it (a stanza of a poem above its poet).

    >>> joined_credits(["“The great enemy of clear language is insincerity.”", "— George Orwell"])
    ['“The great enemy of clear language is insincerity.” — George Orwell']
    >>> joined_credits(["Remember me when I am gone away,", "Gone far away into the silent land;", "- C. Rossetti"])
    ['Remember me when I am gone away, Gone far away into the silent land; - C. Rossetti']
    """
    if 2 < len(block) <= CREDITED_LINES + 1 and DASH_CREDIT.match(block[-1]) and not block[-2].endswith(":"):
        return [" ".join(block)]
    out: list[str] = []
    for line in block:
        if out and DASH_CREDIT.match(line) and out[-1].endswith(TERMINAL) and not out[-1].endswith(":"):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def headings(paragraphs: list[str], captions: frozenset[int]) -> frozenset[int]:
    """The paragraphs that are headings: numbered or in title case, a live blog's entry time, or a label in
    sentence case between whole paragraphs (not a hard-wrapped line left over: "Environment Agency about")."""
    found: set[int] = set()
    ends = (*TERMINAL, "]")  # a paragraph may end on a reference mark ("He died in 2014. [4]")
    for i, para in enumerate(paragraphs):
        whole_before = i == 0 or paragraphs[i - 1].endswith(ends) or i - 1 in found | captions
        after = paragraphs[i + 1] if i + 1 < len(paragraphs) else ""
        if is_heading(para) or is_label(para) and whole_before and (after.endswith(ends) or is_label(after)):
            found.add(i)
    return frozenset(found)


# A section heading: a short paragraph with no sentence mark, numbered ("2 Literature review", "3.1 Data",
# "IV. Findings") or in title case ("Conclusions", "Judgment of Lady Justice Okonjo").
HEADING_NUMBER = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVX]{1,5}\.)\s+[A-Z]")
HEADING_WORDS = 8
# A live blog's entry time alone on its line: "23:52", "10.15pm", "9:05 GMT".
ENTRY_TIME = re.compile(r"(?:[01]?\d|2[0-3])(?::[0-5]\d\s*(?:[ap]\.?m\.?)?|\.[0-5]\d\s*[ap]\.?m\.?)(?:\s*[A-Z]{2,4})?",
                        re.I)
# A label in sentence case above prose ("What was said", "Our ruling"): at most this many words.
LABEL_WORDS = 6
_NOT_LABEL = re.compile(r"[.!?;:\d]|--|[—–,\"”’)-]\s*$")
# Words of a short sentence, which a label in sentence case does not have ("Then it was gone", "Not any more").
SENTENCE_WORDS = frozenset({"i", "we", "he", "she", "it", "they", "you", "is", "are", "was", "were", "not", "no",
                            "then", "still", "can", "cannot", "will", "has", "have", "had", "do", "does", "did",
                            "any", "more", "absolutely"})
WH_WORDS = frozenset({"what", "why", "how", "who", "where", "when", "which"})


def is_heading(para: str) -> bool:
    """Whether a paragraph is a section heading rather than prose.

    >>> [is_heading(p) for p in ("2 Literature review", "Conclusions", "The vote was close.", "He said no")]
    [True, True, False, False]
    """
    words = para.split()
    if ENTRY_TIME.fullmatch(para):
        return True
    if not words or len(words) > HEADING_WORDS or para.rstrip()[-1] in ".!?:;\"”’)":
        return False
    if HEADING_NUMBER.match(para):
        return True
    small = {"of", "and", "the", "a", "an", "in", "on", "for", "to", "v", "vs", "at", "by", "with"}
    return all(w[0].isupper() or w.lower() in small or not w[0].isalpha() for w in words) and words[0][0].isupper()


def _link_title(para: str) -> bool:
    """Whether a line could be a linked headline in a list: capitalised, a few words, no sentence mark at its end."""
    para = LEAD_TIME.sub("", para)  # a live blog's key event: "12.31 Holt begins her statement"
    return para[:1].isupper() and 0 < len(para.split()) <= LINK_WORDS and (not para.endswith(TERMINAL)
                                                                         or para.endswith("?"))  # "Who is ...?"


def end_heading(para: str, after: str, rules: _Rules) -> bool:
    """Whether a heading ends the article: "About Verrant Systems" above a paragraph on Verrant Systems, or
    "References" above an entry of a reference list; "About Time" above prose does not."""
    if (m := rules.about_heading.match(para)) and after.startswith(m["name"].split()[0]):
        return True
    # "See also" above a link's title (a few words, no sentence), not above more of the story
    links = rules.links_heading.match(para) and 0 < len(after.split()) <= 10 and not after.endswith(TERMINAL)
    # ... and a bare "Notes" only above a numbered note ("1 Eurostat, EU-SILC, ..."), not above a source in prose
    numbered = not NOTES.match(para) or bool(NOTE_NUMBER.match(after))
    return bool(links or rules.references_heading.match(para) and rules.reference_entry.search(after) and numbered)


def is_label(para: str) -> bool:
    """Whether a paragraph may be a label in sentence case: a few words, capitalised, with no sentence mark,
    not opening on a pronoun; a heading when prose follows it.

    >>> [is_label(p) for p in ("What was said", "Our ruling", "He said no", "The questions are --", "Then it was gone")]
    [True, True, False, False, False]
    """
    words = para.split()
    # Not a sentence, nor speech cut off ("The questions are --", "You're uh —"), nor a list's item with a
    # number ("Build 300,000 homes a year"); a label that asks may ("What the governor's office says").
    lowered = [w.lower().strip("’'") for w in words]
    return 0 < len(words) <= LABEL_WORDS and para[0].isupper() and not _NOT_LABEL.search(para) and (
        lowered[0] in WH_WORDS or not SENTENCE_WORDS.intersection(lowered))


def _captions(lines: list[str], credits: tuple[re.Pattern, ...]) -> tuple[list[str], list[str]]:
    """Lines with photo credits cut off; a captioned line stands alone (blank lines around it)."""
    out: list[str] = []
    captions: list[str] = []
    for ln in lines:
        m = next((m for p in credits if (m := p.search(ln))), None)
        if m is not None and m.start() > 0 and not ln[m.start():].lstrip(" |(")[:1].isupper():
            m = None  # "... he said in the video: incredible." is prose; a credit is capitalised
        if m is None:
            out.append(ln)
            continue
        caption = ln[:m.start()].rstrip()
        while out and (above := out[-1].rstrip()) and not above.endswith((".", "!", "?", "”", '"', ":")) and (
                len(out) < 2 or not out[-2].strip()) and (len(above) >= WRAPPED_CAPTION_CHARS or OPEN_CLAUSE_END.search(
                    above) or above.endswith(",")):
            # a caption wrapped over two lines, its credit on the last; not a subheading above it ("The aftermath")
            caption = f"{out.pop().strip()} {caption}"
        if len(caption.split()) < 2:
            out.append("")  # a credit alone, or a stray word before it
            continue
        captions.append(caption)
        out.extend(["", caption, ""])
    return out, captions


def normalise_paragraph(para: str) -> str:
    """Typography and whitespace of one paragraph, normalised (NFC, one space, no glued sentences,
    typewriter ``quotes'' made curly).

    >>> normalise_paragraph("reduced now.The  defence\\u00a0bill, ``he said''")
    'reduced now. The defence bill, “he said”'
    >>> normalise_paragraph("the lights on?I do not think so.")
    'the lights on? I do not think so.'
    >>> normalise_paragraph("([the full report is here](https://autonomy.work/report/))")
    '(the full report is here)'
    >>> normalise_paragraph("[00:01:05] TOM HADLEY: With respect, no.")
    'TOM HADLEY: With respect, no.'
    >>> normalise_paragraph("Eurostat data show.1 Most caps ended in January 2023.5 It rose 1.5 Points.")
    'Eurostat data show. Most caps ended in January 2023. It rose 1.5 Points.'
    >>> normalise_paragraph("The former world no.1 Rafael Nadal lost. See vol.2 The chapters.")
    'The former world no.1 Rafael Nadal lost. See vol.2 The chapters.'
    """
    para = unicodedata.normalize("NFC", para)
    para = _ZERO_WIDTH.sub("", para.replace("``", "“").replace("''", "”"))
    para = _MARKDOWN_LINK.sub(r"\1", _SPACES.sub(" ", para).strip())
    return _GLUED_SENTENCE.sub(" ", unmark_notes(_TURN_TIME.sub("", para)))



def _blocks(lines: list[str]) -> list[list[str]]:
    blocks: list[list[str]] = [[]]
    for ln in lines:
        if ln:
            blocks[-1].append(ln)
        elif blocks[-1]:
            blocks.append([])
    return [b for b in blocks if b]


def _bio_patterns(templates: tuple[str, ...], author: str) -> list[re.Pattern]:
    if not author:
        return [re.compile(t, re.I) for t in templates if "{author}" not in t]
    names = "|".join(re.escape(n) for n in (author, author.split()[-1]))
    # A name alone, as a newsletter signs off ("Priya"): the first name too, for that whole paragraph only.
    alone = "|".join(re.escape(n) for n in (author, author.split()[-1], author.split()[0]))
    return [re.compile(t.replace("{author}", f"(?:{alone if t == ALONE_TEMPLATE else names})"), re.I)
            for t in templates]


ALONE_TEMPLATE = "^{author}\\.?$"
