"""Ingest: find input files, decode them, and split each into metadata and body text."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from .plaintext import parse_plain_text
from .records import Document

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
