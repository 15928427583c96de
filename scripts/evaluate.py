#!/usr/bin/env python3
"""Score claimscope on the GUM Wikinews evaluation set: claims, dates and money.

Runs the pipeline over eval/gum/texts (published dates from metadata.tsv), then scores
claims.csv with eval/score_claims.py, and entities.csv against gold_dates.tsv / gold_money.tsv.

    python scripts/evaluate.py [--eval ../shared/eval] [--out DIR] [-v]   (--out: a temporary folder)
"""

from __future__ import annotations

import argparse
import calendar
import csv
import json
import re
import subprocess
import sys
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("’", "'")).strip().lower()


def _bounds(iso: str) -> tuple[str, str] | None:
    """First and last day an ISO value covers ("1930/1939" -> 1930-01-01, 1939-12-31); None if not a date."""
    def one(v: str, last: bool) -> str | None:
        if not v:
            return ""
        m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", v)
        if not m:
            return None
        y, mo, d = int(m[1]), m[2], m[3]
        if d:
            return v
        if mo:
            return f"{v}-{calendar.monthrange(y, int(mo))[1] if last else 1:02d}"
        return f"{v}-12-31" if last else f"{v}-01-01"

    a, _, b = iso.partition("/")
    lo, hi = one(a, False), one(b if "/" in iso else a, True)
    return None if lo is None or hi is None else (lo, hi)


def same_date(gold: str, value: str) -> bool:
    """A value the gold accepts: the same interval at any precision ("1930/1939" = "1930-01-01/1939-12-31"),
    and, for a gold value with no year ("--10"), the same month or day in the year we resolved."""
    if value == gold:
        return True
    if not value:
        return False
    if gold.startswith("--"):
        return re.sub(r"\d{4}-", "--", value) == gold
    g, v = _bounds(gold), _bounds(value)
    return g is not None and g == v


def score_dates(gold_path: Path, ents: pd.DataFrame, misses: list | None = None) -> dict:
    """Share of gold dates found with the gold ISO value, string for string and as the same dates.

    A gold mention is aligned, in order within its article, with a DATE or TIME mention of the same
    text; those left over are then aligned with the mention nearest in length that contains the gold
    text or is inside it.
    """
    dates = ents[ents.label.isin(["DATE", "TIME"])]
    pool = {a: list(zip(map(norm, g.text), g.value, strict=True)) for a, g in dates.groupby("article_id")}
    gold = [(r[0], r[1], r[2]) for r in csv.reader(open(gold_path, encoding="utf-8"), delimiter="\t")
            if r and not r[0].startswith("#")]
    aligned: dict[int, str] = {}
    for exact in (True, False):
        for i, (art, surface, _) in enumerate(gold):
            if i in aligned:
                continue
            cands, s = pool.get(art, []), norm(surface)
            near = [j for j, (t, _) in enumerate(cands) if t == s or (not exact and (s in t or t in s))]
            # Of the mentions that overlap the gold text, the one closest to it in length.
            match = min(near, key=lambda j: abs(len(cands[j][0]) - len(s)), default=None)
            if match is not None:
                aligned[i] = cands.pop(match)[1]
    exact = equivalent = 0
    for i, (art, surface, iso) in enumerate(gold):
        value = aligned.get(i)
        exact += value == iso
        ok = value is not None and same_date(iso, value)
        equivalent += ok
        if not ok and misses is not None:
            misses.append(f"{art}\t{surface}\tgold {iso}\t" + ("not found" if value is None else f"got {value!r}"))
    total = len(gold)
    return {"gold_dates": total, "found": len(aligned), "iso_exact": exact, "iso_equivalent": equivalent,
            "iso_accuracy_exact": round(exact / total, 3), "iso_accuracy": round(equivalent / total, 3)}


def score_money(gold_path: Path, ents: pd.DataFrame) -> dict:
    """Share of gold money mentions found as a MONEY entity with a numeric value."""
    money = ents[(ents.label == "MONEY") & (ents.value != "")]
    total = ok = 0
    for row in csv.reader(open(gold_path, encoding="utf-8"), delimiter="\t"):
        if not row or row[0].startswith("#"):
            continue
        total += 1
        texts = [norm(t) for t in money[money.article_id == row[0]].text]
        ok += any(norm(row[1]) in t for t in texts)
    return {"gold_money": total, "found_with_value": ok, "recall": round(ok / total, 3) if total else 0.0}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval")
    ap.add_argument("--out", type=Path, default=None)
    ap.add_argument("-v", "--verbose", action="store_true", help="list every claim and date the gold disagrees with")
    args = ap.parse_args()
    gum = args.eval / "gum"
    if not gum.exists():
        print(f"{gum}: evaluation data not found (use --eval)", file=sys.stderr)
        return 2
    from pipeline.nlp import load_nlp
    from pipeline.runner import run

    nlp = load_nlp()
    meta = pd.read_csv(gum / "metadata.tsv", sep="\t", dtype=str)
    if args.out is None:
        import tempfile

        args.out = Path(tempfile.mkdtemp(prefix="claimscope-eval-"))
    args.out.mkdir(parents=True, exist_ok=True)
    # One run per article so each gets its own publication date; outputs are concatenated after.
    frames = {"claims.csv": [], "entities.csv": []}
    for doc, date in zip(meta["doc"], meta["date"], strict=True):
        sub = args.out / "per-article" / doc
        run([gum / "texts" / f"{doc}.txt"], sub, published=date, nlp=nlp)
        for name in frames:
            frames[name].append(pd.read_csv(sub / name, dtype=str, keep_default_na=False))
    for name, parts in frames.items():
        pd.concat(parts).to_csv(args.out / name, index=False)
    ents = pd.read_csv(args.out / "entities.csv", dtype=str, keep_default_na=False)
    claims = subprocess.run([sys.executable, str(args.eval / "score_claims.py"), str(gum / "gold_claims.tsv"),
                             str(args.out / "claims.csv")] + (["-v"] if args.verbose else []),
                            capture_output=True, text=True, check=True)
    lines = claims.stdout.strip().splitlines()
    misses: list[str] = []
    result = {"claims": json.loads(lines[-1]),
              "dates": score_dates(gum / "gold_dates.tsv", ents, misses),
              "money": score_money(gum / "gold_money.tsv", ents)}
    if args.verbose:
        print("\n".join(lines[:-1] + ["", "dates:"] + misses + [""]))
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
