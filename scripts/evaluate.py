#!/usr/bin/env python3
"""Score claimscope on the GUM Wikinews evaluation set: claims, dates and money.

Runs the pipeline over eval/gum/texts (published dates from metadata.tsv), then scores
claims.csv with eval/score_claims.py, and entities.csv against gold_dates.tsv / gold_money.tsv.

    python scripts/evaluate.py [--eval ../shared/eval] [--out DIR]   (default: a temporary folder)
"""

from __future__ import annotations

import argparse
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


def score_dates(gold_path: Path, ents: pd.DataFrame) -> dict:
    """Share of gold dates whose surface is found with the gold ISO value (in order, per article)."""
    dates = ents[ents.label == "DATE"]
    pool = {a: list(zip(map(norm, g.text), g.value, strict=True)) for a, g in dates.groupby("article_id")}
    hit = found = total = 0
    for row in csv.reader(open(gold_path, encoding="utf-8"), delimiter="\t"):
        if not row or row[0].startswith("#"):
            continue
        art, surface, iso = row[0], norm(row[1]), row[2]
        total += 1
        cands = pool.get(art, [])
        # The same text first, else the first mention that contains it or that it contains.
        match = next((i for i, (t, _) in enumerate(cands) if t == surface), None)
        if match is None:
            match = next((i for i, (t, _) in enumerate(cands) if surface in t or t in surface), None)
        if match is None:
            continue
        found += 1
        t, value = cands.pop(match)
        hit += value == iso
    return {"gold_dates": total, "found": found, "iso_correct": hit, "iso_accuracy": round(hit / total, 3)}


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
                             str(args.out / "claims.csv")], capture_output=True, text=True, check=True)
    result = {"claims": json.loads(claims.stdout.strip().splitlines()[-1]),
              "dates": score_dates(gum / "gold_dates.tsv", ents),
              "money": score_money(gum / "gold_money.tsv", ents)}
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
