"""Reading back a CSV a reviewer saved from a spreadsheet, whatever the spreadsheet did to it.

Excel and its peers save UTF-8 with or without a BOM, cp1252 ("CSV (Comma delimited)"), UTF-16 with tabs
("Unicode text"), `;` as the separator where the decimal mark is a comma, CRLF line ends and quoted
multi-line cells; they reorder or add columns, and they keep the `'` that claimscope puts before cells a
spreadsheet would run as formulas. `read_rows` gives the rows as dicts of text, the way claimscope wrote
them, or raises SpreadsheetError with one line naming the file and what to do.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from pathlib import Path

# Encodings tried in order after the BOMs: strict UTF-8, then the Windows code page Excel uses for
# "CSV (Comma delimited)", which decodes any byte.
FALLBACK_ENCODINGS = ("utf-8", "cp1252")
# Han and Hangul: what cp1252 letters and dashes read as UTF-8 turn into.
HAN_OR_HANGUL = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
SEPARATORS = ",;\t"
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class SpreadsheetError(ValueError):
    """A table that cannot be read: the message names the file and what to do."""


def decode(data: bytes) -> str:
    """The text of a saved table: by its BOM (UTF-8, UTF-16), else UTF-8, else cp1252.

    >>> decode("Pâté;x".encode("cp1252")), decode(codecs.BOM_UTF16_LE + "a\\tb".encode("utf-16-le"))
    ('Pâté;x', 'a\\tb')
    >>> decode("ok;é––".encode("cp1252")), decode("ok;我同意".encode("utf-8"))
    ('ok;é––', 'ok;我同意')
    """
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                          (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            return data.decode(encoding)
    for encoding in FALLBACK_ENCODINGS:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if encoding == "utf-8" and HAN_OR_HANGUL.search(text):
            # cp1252 bytes that happen to read as UTF-8 ("é––" as "閖"): an English table with no Han or Hangul
            # in it when cp1252 reads it whole (real UTF-8 Han text hits a byte cp1252 leaves undefined)
            try:
                return data.decode("cp1252")
            except UnicodeDecodeError:
                pass
        return text
    return data.decode("latin-1")


def separator(header: str) -> str:
    """The separator of a table: the one of `,;\\t` that splits its header line into the most cells.

    >>> separator("article_id;claim_id;text"), separator("a,b\\tc")
    (';', ',')
    """
    return max(SEPARATORS, key=lambda sep: (len(next(csv.reader([header], delimiter=sep))), sep == ","))


def unguard(value: str) -> str:
    """A cell without the `'` claimscope put before a would-be formula.

    >>> unguard("'=SUM(A1)"), unguard("'quoted'")
    ('=SUM(A1)', "'quoted'")
    """
    return value[1:] if value.startswith("'") and value[1:].startswith(FORMULA_START) else value


def read_rows(path: str | Path, required: tuple[str, ...] = ()) -> list[dict[str, str]]:
    """The rows of a saved table as {column: text}, columns matched by name (any order, extra ones kept)."""
    return read_table(path, required)[1]


def read_frame(path: str | Path, required: tuple[str, ...] = ()):
    """A saved table as a pandas DataFrame of text (empty cells ""), its columns kept even with no rows."""
    import pandas as pd

    fields, rows = read_table(path, required)
    return pd.DataFrame(rows, columns=fields).fillna("")


def read_table(path: str | Path, required: tuple[str, ...] = ()) -> tuple[list[str], list[dict[str, str]]]:
    """A saved table's column names and rows (see read_rows)."""
    path = Path(path)
    try:
        text = decode(path.read_bytes())
    except OSError as e:
        raise SpreadsheetError(f"{path}: cannot be read ({e.strerror or e})") from None
    if "\x00" in text:
        raise SpreadsheetError(f"{path}: not a text table; save it from the spreadsheet as CSV or Unicode text")
    if "\r" in text and "\n" not in text:
        text = text.replace("\r", "\n")  # "CSV (Macintosh)": lines end in CR alone
    try:
        reader = csv.DictReader(io.StringIO(text, newline=""), delimiter=separator(text.split("\n", 1)[0]))
        fields = [(f or "").strip().lstrip("\ufeff") for f in reader.fieldnames or []]
        missing = [c for c in required if c not in fields]
        if missing:
            raise SpreadsheetError(f"{path}: no {', '.join(missing)} column; keep claimscope's column names in "
                                   "the first row when saving")
        reader.fieldnames = fields
        return fields, [{k: unguard((v or "") if isinstance(v, str) else "") for k, v in row.items() if k}
                        for row in reader]
    except csv.Error as e:
        raise SpreadsheetError(f"{path}: not a readable CSV ({e}); save it from the spreadsheet as CSV") from None
