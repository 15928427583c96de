#!/usr/bin/env python3
"""How much reviewing helps: review half of gum-more/ (labels taken from its gold), learn, and score the other
half, against a model that never saw gum-more/ (trained on the spec examples and gum/).

    python scripts/learn_eval.py [--eval ../shared/eval] [--out DIR]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def review_from_gold(results: Path, gold_path: Path) -> int:
    """Fill review_label in results/claims.csv from a gold file (S/E), as a reviewer would; how many."""
    import pandas as pd
    from claimscope.training import norm, read_gold

    claims = pd.read_csv(results / "claims.csv", dtype=str, keep_default_na=False)
    texts = [norm(t) for t in claims["text"]]
    n = 0
    for doc, items in read_gold(gold_path).items():
        rows = [i for i, a in enumerate(claims["article_id"]) if a == doc]
        for anchor, label in items:
            i = next((i for i in rows if norm(anchor) in texts[i]), None)
            if i is not None and label in ("S", "E") and not claims.at[i, "review_label"]:
                claims.at[i, "review_label"] = "sourced" if label == "S" else "editorial"
                n += 1
    claims.to_csv(results / "claims.csv", index=False)
    return n


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--eval", type=Path, default=ROOT.parent / "shared" / "eval")
    ap.add_argument("--out", type=Path, default=None)
    args = ap.parse_args()
    from claimscope.learning import learn, scores
    from claimscope.nlp import load_nlp
    from claimscope.runner import run
    from claimscope.training import SPEC_SET, collect, examples, fit_docs

    more = args.eval / "gum-more"
    out = args.out or Path(tempfile.mkdtemp(prefix="claimscope-learn-"))
    nlp = load_nlp()
    docs = collect(more, nlp, "gum-more")
    reviewed, held = docs[::2], docs[1::2]
    results = out / "reviewed"
    for d in reviewed:  # one run per article, each with its own publication date
        run([more / "texts" / f"{d.doc_id}.txt"], results / d.doc_id, published=d.article.published, nlp=nlp)
    n = sum(review_from_gold(results / d.doc_id, more / "gold_claims.tsv") for d in reviewed)
    base = collect(SPEC_SET, nlp, "spec") + collect(args.eval / "gum", nlp, "gum")
    before = fit_docs(base)
    report = learn([results / d.doc_id for d in reviewed], base, before, nlp, out / "model")
    xs, ys, _ = examples(held)
    print(f"reviewed {n} claims in {len(reviewed)} gum-more documents; scored on the other {len(held)}")
    print("sourced P/R/F1 on the unreviewed half, before:", tuple(scores([before.probability(x) for x in xs], ys)))
    learned = __import__("claimscope.components.decision", fromlist=["load_model"]).load_model(out / "model")
    print("sourced P/R/F1 on the unreviewed half, after: ", tuple(scores([learned.probability(x) for x in xs], ys)))
    print(f"(on the reviewed half, held out by article: before {tuple(report.before)}, after {tuple(report.after)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
