"""Outputs: claims.csv, entities.csv, articles.csv and claims.jsonl, written safely.

Rows are appended as articles finish (constant memory), into temporary files that replace the
previous outputs only when the run completes, so a killed run leaves the old outputs whole.
Reviewers' `review_label` / `review_note` are carried over by claim_id; reviewed claims that no
longer exist go to reviews_orphaned.csv. CSV cells that a spreadsheet would run as a formula are
neutralised; the JSONL keeps the raw text.
"""

from __future__ import annotations

import csv
import difflib
import json
import os
import re
from dataclasses import fields
from functools import lru_cache
from pathlib import Path

from .records import LIST_SEP, Article, Claim, EntityMention, columns
from .spreadsheet import read_rows

REVIEW_FIELDS = ("review_label", "review_speaker", "review_note")
ORPHANS = "reviews_orphaned.csv"
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_VALUE = re.compile(r"-[\d\-/:.]+")  # a year-less or BC date, a negative number
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def safe_cell(value: object) -> object:
    """A CSV cell that cannot run as a spreadsheet formula (OWASP CSV injection advice).

    A minus followed only by digits and date signs ("--05-30", "-0299", "-3.5") cannot call anything and
    stays as it is, so that readers of the CSV get ISO values.

    >>> safe_cell('=HYPERLINK("http://x")'), safe_cell("plain"), safe_cell(-3), safe_cell("--05-30")
    ('\\'=HYPERLINK("http://x")', 'plain', -3, '--05-30')
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START) and not _PLAIN_VALUE.fullmatch(value):
        return "'" + value
    return value


def unsafe_cell(value: str) -> str:
    """Undo safe_cell when reading back a CSV this tool wrote."""
    return value[1:] if value.startswith("'") and value[1:].startswith(_FORMULA_START) else value


@lru_cache(maxsize=16)
def _names(record_type: type) -> tuple[str, ...]:
    return tuple(f.name for f in fields(record_type))


def as_dict(record: object) -> dict[str, object]:
    """A record's fields by name: `dataclasses.asdict` for these flat records (str, int, float and list[str]
    fields), without its deep copy of every value, which showed in the time of a run. The lists are the
    record's own: for serialising, not for changing."""
    return {name: getattr(record, name) for name in _names(type(record))}


def _csv_row(record: object) -> list[object]:
    row = []
    for name in _names(type(record)):
        value = getattr(record, name)
        if isinstance(value, list):
            value = LIST_SEP.join(value)
        row.append(safe_cell(value))
    return row


def read_reviews(out_dir: Path) -> tuple[dict[str, dict[str, str]], set[str]]:
    """Filled review cells of an existing claims.csv (and of earlier orphans), by claim_id, with the claim
    text; and every claim_id of that claims.csv. Reads whatever a spreadsheet saved (see spreadsheet.py); a
    file it cannot read raises SpreadsheetError, so that a run never overwrites reviews it could not carry
    over."""
    reviews: dict[str, dict[str, str]] = {}
    previous: set[str] = set()
    for name in ("claims.csv", ORPHANS):
        path = out_dir / name
        if not path.exists():
            continue
        for row in read_rows(path, required=("claim_id",)):
            if name == "claims.csv":
                previous.add(row.get("claim_id") or "")
            if any((row.get(k) or "").strip() for k in REVIEW_FIELDS) and row.get("claim_id"):
                reviews.setdefault(row["claim_id"], {k: row.get(k) or "" for k in
                                                     ("article_id", "claim_id", "text", *REVIEW_FIELDS)})
    return reviews, previous


# How alike (difflib ratio of the lower-cased texts) an edited claim must be to take the review of the
# claim it replaced: one changed word in a sentence of ten stays above it, another sentence falls far below.
SIMILAR = 0.85


def similarity(a: str, b: str) -> float:
    """How alike two claim texts are, from 0 to 1.

    >>> round(similarity("Did anyone really think that?", "Did anybody really think that?"), 2)
    0.92
    """
    return difflib.SequenceMatcher(None, " ".join(a.lower().split()), " ".join(b.lower().split())).ratio()


# Files `claimscope compare` derives from the outputs: stale once the outputs change, so a run removes them.
DERIVED = ("framing.csv", "voices.csv", "entity_framing.csv", "claim_links.csv", "stories.csv", "report.html")


class OutputWriter:
    """Writes the four output files for a run, atomically, keeping reviewers' work."""

    def __init__(self, out_dir: str | Path, formats: tuple[str, ...] = ()):
        self.out = Path(out_dir)
        self.out.mkdir(parents=True, exist_ok=True)
        self.reviews, self.previous = read_reviews(self.out)
        self.used: set[str] = set()
        self.moved = 0  # reviews moved to an edited claim
        self._files: dict[str, tuple[Path, object, object]] = {}
        for name, cols in (("claims.csv", columns(Claim)), ("entities.csv", columns(EntityMention)),
                           ("articles.csv", columns(Article))):
            tmp = self.out / f".{name}.tmp"
            f = open(tmp, "w", encoding="utf-8", newline="")
            w = csv.writer(f)
            w.writerow(cols)
            self._files[name] = (tmp, f, w)
        tmp = self.out / ".claims.jsonl.tmp"
        self._files["claims.jsonl"] = (tmp, open(tmp, "w", encoding="utf-8"), None)
        tables = (("claims.parquet", Claim), ("entities.parquet", EntityMention)) if "parquet" in formats else ()
        self._parquet = {name: ParquetTable(self.out, name, record) for name, record in tables}

    def write_claims(self, claims: list[Claim], mentions: list[EntityMention]) -> None:
        """Append claims and entity mentions (an article's, or a chunk of one)."""
        for claim in claims:
            old = self.reviews.get(claim.claim_id)
            if old:
                self._carry(old, claim)
        self._follow_edits(claims)
        _, _, cw = self._files["claims.csv"]
        cw.writerows(_csv_row(c) for c in claims)
        _, _, ew = self._files["entities.csv"]
        ew.writerows(_csv_row(m) for m in mentions)
        _, jf, _ = self._files["claims.jsonl"]
        for c in claims:
            jf.write(json.dumps(as_dict(c), ensure_ascii=False) + "\n")
        if self._parquet:
            self._parquet["claims.parquet"].add(claims)
            self._parquet["entities.parquet"].add(mentions)

    def _carry(self, review: dict[str, str], claim: Claim) -> None:
        for k in REVIEW_FIELDS:
            setattr(claim, k, review[k])
        self.used.add(review["claim_id"])

    def _follow_edits(self, claims: list[Claim]) -> None:
        """Move the reviews of an article's claims that no longer exist to the claims of the same article
        whose text is nearly the same (an edited word or two), best match first."""
        if not claims:
            return
        ids = {c.claim_id for c in claims}
        article = claims[0].article_id
        left = [r for cid, r in self.reviews.items() if cid not in ids and cid not in self.used
                and r.get("article_id") == article]
        # Only a claim that is new in this run can be the edited one, and with the same numbers ("5 percent
        # in May" is not "6 percent in April").
        free = [c for c in claims if c.claim_id not in self.previous
                and not any(getattr(c, k) for k in REVIEW_FIELDS)]
        pairs = sorted(((similarity(r["text"], c.text), i, j) for i, r in enumerate(left)
                        for j, c in enumerate(free)), reverse=True)
        taken: set[int] = set()
        for score, i, j in pairs:
            if score < SIMILAR:
                break
            if _NUMBER.findall(left[i]["text"]) != _NUMBER.findall(free[j].text):
                continue
            if left[i]["claim_id"] in self.used or j in taken:
                continue
            self._carry(left[i], free[j])
            taken.add(j)
            self.moved += 1

    def write_article(self, article: Article) -> None:
        """Append an article's row, once all its claims are written."""
        _, _, aw = self._files["articles.csv"]
        aw.writerow(_csv_row(article))

    def close(self) -> list[dict[str, str]]:
        """Finish the run: move the new files into place and write orphaned reviews; return them."""
        for _tmp, f, _ in self._files.values():
            f.flush()
            os.fsync(f.fileno())
            f.close()
        orphans = [r for cid, r in self.reviews.items() if cid not in self.used]
        if orphans or (self.out / ORPHANS).exists():
            tmp = self.out / f".{ORPHANS}.tmp"
            with open(tmp, "w", encoding="utf-8", newline="") as f:
                w = csv.writer(f)
                cols = ["article_id", "claim_id", "text", *REVIEW_FIELDS]
                w.writerow(cols)
                w.writerows([safe_cell(r.get(k, "")) for k in cols] for r in orphans)
            os.replace(tmp, self.out / ORPHANS)
        for table in self._parquet.values():
            table.close()
        for name, (tmp, _, _) in self._files.items():
            os.replace(tmp, self.out / name)
        for name in DERIVED:
            (self.out / name).unlink(missing_ok=True)
        return orphans

    def abort(self) -> None:
        """Drop the temporary files, leaving the previous outputs untouched."""
        for tmp, f, _ in self._files.values():
            f.close()
            tmp.unlink(missing_ok=True)
        for table in self._parquet.values():
            table.abort()


class ParquetTable:
    """A Parquet file written in row groups as records arrive, moved into place on close."""

    ROW_GROUP = 20_000

    def __init__(self, out: Path, name: str, record: type):
        import pyarrow as pa
        import pyarrow.parquet as pq

        types = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "list[str]": pa.list_(pa.string())}
        self.schema = pa.schema([(f.name, types[f.type]) for f in fields(record)])
        self.path, self.tmp = out / name, out / f".{name}.tmp"
        self.writer = pq.ParquetWriter(self.tmp, self.schema)
        self.rows: list[dict] = []

    def add(self, records: list) -> None:
        self.rows.extend(as_dict(r) for r in records)
        if len(self.rows) >= self.ROW_GROUP:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa

        if self.rows:
            self.writer.write_table(pa.Table.from_pylist(self.rows, schema=self.schema))
            self.rows = []

    def close(self) -> None:
        self._flush()
        self.writer.close()
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        self.writer.close()
        self.tmp.unlink(missing_ok=True)

