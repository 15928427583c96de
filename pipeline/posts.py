"""A social-media post embedded in a scraped page: the poster's name and handle on a line, the post, its time and
date on a line ("Ross Dellow @RossDellow6" / "Three points is three points ... #HAFC" / "8:12 PM · Oct 12, 2024").
It becomes the post's words quoted and credited after a dash ("“... Okafor got away with one today.” — Ross
Dellow"), which the attribution reads as any credited quotation: the poster's words, not the author's."""

from __future__ import annotations

import re

POSTER = re.compile(r"(?P<name>[A-Z][\w.'’-]*(?: (?:[A-Z][\w.'’-]*|of|the|and|for|de|la)){0,4})\s+(?P<handle>@\w{2,30})"
                    r"(?:\s*[·|].{0,20})?")
# ... or the name alone on its line and the handle on the next ("Maya Ostrowski" / "@mayaonthegrid")
HANDLE = re.compile(r"@\w{2,30}")
# The post's counts under its time: "1.2K Reposts 4.6K Likes", "18 Replies · 240 Views".
COUNTS = re.compile(r"(?:[\d.,]+[KkMm]?\s+(?:reposts?|retweets?|likes?|replies|quotes?|views?|bookmarks?)\s*[·|]?\s*)+",
                    re.I)
POSTED_AT = re.compile(r"\d{1,2}[:.]\d\d\s*(?:[AaPp]\.?[Mm]\.?)?\s*[·|•-]\s*.{3,30}")
TRAILING_TAGS = re.compile(r"(?:\s+#\w+)+\s*$")
# A post is at most this many lines.
POST_LINES = 4


def embedded_posts(lines: list[str]) -> list[str]:
    """The lines with each embedded post folded into one line closed by its poster's credit.

    >>> embedded_posts(["Ross Dellow @RossDellow6", "Worst half in ten years. Okafor got away with one. #HAFC",
    ...                 "8:12 PM · Oct 12, 2024", "", "The club saw it differently."])
    ['“Worst half in ten years. Okafor got away with one.” — Ross Dellow', '', '', '', 'The club saw it differently.']
    >>> embedded_posts(["Maya Ostrowski", "@mayaonthegrid", "Every single one.", "8:14 PM · Aug 27, 2025",
    ...                 "1.2K Reposts 4.6K Likes"])
    ['“Every single one.” — Maya Ostrowski', '', '', '', '']
    """
    out = list(lines)
    for i, line in enumerate(lines):
        m = POSTER.fullmatch(line.strip())
        below = i + 1 < len(lines) and HANDLE.fullmatch(lines[i + 1].strip())
        if m is None and below:
            m = POSTER.fullmatch(f"{line.strip()} {lines[i + 1].strip()}")
        if m is None:
            continue
        first = i + 2 if below else i + 1
        end = next((k for k in range(first + 1, min(len(lines), first + 1 + POST_LINES))
                    if POSTED_AT.fullmatch(lines[k].strip())), None)
        if end is None or not all(lines[k].strip() for k in range(first, end)):
            continue
        text = TRAILING_TAGS.sub("", " ".join(lines[k].strip() for k in range(first, end)))
        if not text.endswith((".", "!", "?")):
            continue
        out[i] = f"“{text}” — {m['name']}"
        counted = end + 1 < len(lines) and COUNTS.fullmatch(lines[end + 1].strip())
        for k in range(i + 1, end + (2 if counted else 1)):
            out[k] = ""
    return out
