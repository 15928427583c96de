"""Attribution constructions with fillers of our own (tests/data/constructions.tsv): load and score them."""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

from claimscope.training import norm

CONSTRUCTIONS = Path(__file__).resolve().parent / "data" / "constructions.tsv"


def load_cases(path: Path = CONSTRUCTIONS) -> list[dict[str, str]]:
    """The cases: construction, label (S/E), text (`\\n\\n` for a paragraph break), target, speaker key."""
    with open(path, encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    for r in rows:
        r["text"] = r["text"].replace("\\n", "\n")
    return rows


def outcome(nlp, case: dict[str, str]) -> str:
    """'' when the case passes, else what went wrong."""
    from claimscope.claims import claim_spans
    from claimscope.clean import clean_body
    from claimscope.components.attribution import attribution_of

    doc = nlp(clean_body(case["text"]).text)
    target = norm(case["target"])
    sent = next((s for s in claim_spans(doc) if target in norm(s.text)), None)
    if sent is None:
        return "no claim holds the target"
    att = attribution_of(sent)
    got = "S" if att.claim_type == "sourced" else "E"
    if got != case["label"]:
        return f"{att.claim_type} ({att.rule}, {att.confidence})"
    key = case["speaker"].lower()
    if got == "S" and key and key not in f"{att.speaker} {att.speaker_canonical}".lower():
        return f"speaker {att.speaker!r} / {att.speaker_canonical!r}"
    return ""


def score(nlp, cases: list[dict[str, str]]) -> tuple[dict[str, list[int]], list[tuple[str, str, str]]]:
    """Per construction [passed, total], and the failures (construction, target, what went wrong)."""
    per: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    fails = []
    for case in cases:
        why = outcome(nlp, case)
        per[case["construction"]][0] += not why
        per[case["construction"]][1] += 1
        if why:
            fails.append((case["construction"], case["target"], why))
    return dict(per), fails


if __name__ == "__main__":
    from claimscope.nlp import load_nlp

    per, fails = score(load_nlp(), load_cases())
    for con, (a, n) in sorted(per.items(), key=lambda x: x[1][0] / x[1][1]):
        print(f"{a}/{n}\t{con}")
    for f in fails:
        print("FAIL", *f, sep="\t")
    print(sum(a for a, _ in per.values()), "/", sum(n for _, n in per.values()))
