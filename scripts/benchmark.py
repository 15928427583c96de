#!/usr/bin/env python3
"""Benchmark claimscope against bare spaCy on real, distinct texts, as whole processes.

Texts: every distinct .txt of ../shared/eval/gum/texts, ../shared/eval/gum-more/texts, the shared corpus
and corpus/ (duplicates by content dropped; nothing repeated). Words are whitespace-separated words of
the input files. Each figure is a whole process timed from outside (interpreter start and model loading
included for both sides):

- bare spaCy: `spacy.load("en_core_web_sm").pipe(texts, batch_size=16)` (16 is the batch claimscope uses),
  the model's own default components and backend;
- `claimscope run --workers 1` and `--workers 2`, end to end (cleaning, every component, every output);
- `claimscope compare` on the outputs of the run, and `claimscope --help`.

The commands run in turns (bare, run, run on 2 workers, compare, then the next round, each round starting
with the next command), several rounds, and the medians count, so that a machine slowing down or speeding
up weighs on every command alike. Peak memory (the largest process) of `run --workers 1` is measured on
200 and 2,000 articles: there are fewer distinct texts than that, so those corpora cycle through them,
each copy given a different closing sentence (this holds only for the memory figures). `claim_links` is
timed on 1,000 and 2,000 generated articles (40 claims each, words drawn from the run's own claims by
frequency), since the shared texts hold too few distinct claims for an archive.

    python scripts/benchmark.py                        # everything (about 15 minutes on 2 cores)
    python scripts/benchmark.py --rounds 3 --memory-n  # speed only
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SOURCES = (SHARED / "eval" / "gum" / "texts", SHARED / "eval" / "gum-more" / "texts", SHARED / "corpus",
           ROOT / "corpus")
PY = sys.executable
CLAIMSCOPE = [PY, "-m", "claimscope"]

# Runs the command in argv; prints its wall time and the peak RSS (KiB) of its largest descendant as JSON.
MEASURE = """
import json, resource, subprocess, sys, time
t = time.perf_counter()
rc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
print(json.dumps({"rc": rc, "seconds": time.perf_counter() - t,
                  "max_rss_kib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))
"""

BARE = """
import sys, spacy
from pathlib import Path
from claimscope.nlp import installed_model
nlp = spacy.load(installed_model())
texts = (p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt")))
for doc in nlp.pipe(texts, batch_size=16):
    pass
"""


def distinct_texts() -> list[tuple[str, str]]:
    """(name, text) of every distinct input text, in a stable order."""
    seen: set[str] = set()
    out = []
    for folder in SOURCES:
        for path in sorted(folder.glob("*.txt")) if folder.is_dir() else ():
            if path.name.upper().startswith(("README", "LICENSE")):
                continue
            text = path.read_text(encoding="utf-8")
            digest = hashlib.sha1(text.strip().encode()).hexdigest()
            if digest not in seen:
                seen.add(digest)
                out.append((path.stem, text))
    return out


def write_corpus(texts: list[tuple[str, str]], folder: Path, n: int | None = None) -> int:
    """The texts as files in `folder` (cycled to `n` articles, each copy with its own closing sentence);
    returns their word count."""
    folder.mkdir(parents=True, exist_ok=True)
    words = 0
    for i in range(n or len(texts)):
        name, text = texts[i % len(texts)]
        if n is not None:
            text = f"{text.rstrip()}\n\nThis is copy {i} of the article, made for measuring memory.\n"
        (folder / f"a{i:05d}_{name}.txt").write_text(text, encoding="utf-8")
        words += len(text.split())
    return words


def measure(cmd: list[str]) -> dict:
    """Wall seconds and peak RSS of one run of a command (failing loudly)."""
    out = subprocess.run([PY, "-c", MEASURE, *cmd], capture_output=True, text=True, cwd=ROOT, check=True)
    res = json.loads(out.stdout.strip().splitlines()[-1])
    if res["rc"] != 0:
        raise SystemExit(f"command failed ({res['rc']}): {' '.join(cmd)}")
    return res


def alternated(commands: dict[str, list[str]], rounds: int) -> dict[str, list[float]]:
    """Each command run `rounds` times, in turns, each round starting one command later; seconds per run."""
    names = list(commands)
    times: dict[str, list[float]] = {k: [] for k in names}
    for r in range(rounds):
        for k in names[r % len(names):] + names[: r % len(names)]:
            times[k].append(measure(commands[k])["seconds"])
            print(f"  round {r + 1}: {k} {times[k][-1]:.2f} s", file=sys.stderr, flush=True)
    return times


def machine() -> str:
    from claimscope.ops import cpu_name

    cpu = cpu_name()
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{cpu}; {os.cpu_count()} cores; {mem:.0f} GiB; Python {platform.python_version()}"


def spread(values: list[float]) -> str:
    return f"{statistics.median(values):.2f} s (min {min(values):.2f}, max {max(values):.2f})"


# claim_links on N generated articles of 40 claims, 10-29 words each drawn from the word frequencies of the
# run's own claims: as many distinct claims as a real archive, which the shared texts are too few to give.
LINKS = """
import json, re, sys, time
import numpy as np, pandas as pd
from claimscope.links import claim_links
words = re.findall(r"[A-Za-z]+|\\d+", open(sys.argv[2], encoding="utf-8").read())
vocab, counts = np.unique(np.array(words), return_counts=True)
n, rng = int(sys.argv[1]), np.random.default_rng(1)
lengths = rng.integers(10, 30, n * 40)
texts = [" ".join(rng.choice(vocab, size=k, p=counts / counts.sum())) + "." for k in lengths]
articles = np.repeat([f"a{i}" for i in range(n)], 40)
claims = pd.DataFrame({"article_id": articles, "claim_id": [f"{a}:{i}" for i, a in enumerate(articles)], "text": texts})
t = time.perf_counter()
links = claim_links(claims)
print(json.dumps({"articles": n, "claims": len(claims), "links": len(links), "seconds": time.perf_counter() - t}))
"""


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=5, help="alternated runs of each command (medians count)")
    ap.add_argument("--memory-n", type=int, nargs="*", default=[200, 2000], help="corpus sizes for peak memory")
    ap.add_argument("--links-n", type=int, nargs="*", default=[1000, 2000],
                    help="article counts for the claim_links timing")
    args = ap.parse_args()
    texts = distinct_texts()
    tmp = Path(tempfile.mkdtemp(prefix="claimscope-bench-"))
    rows: list[tuple[str, str]] = []
    report: dict = {"machine": machine()}
    try:
        corpus = tmp / "texts"
        words = write_corpus(texts, corpus)
        report.update(articles=len(texts), words=words)
        out1, out2 = tmp / "out1", tmp / "out2"
        measure([*CLAIMSCOPE, "run", str(corpus), "--out", str(out1), "--workers", "1", "-q"])  # warm caches
        commands = {
            "bare": [PY, "-c", BARE, str(corpus)],
            "run": [*CLAIMSCOPE, "run", str(corpus), "--out", str(out1), "--workers", "1", "-q"],
            "run2": [*CLAIMSCOPE, "run", str(corpus), "--out", str(out2), "--workers", "2", "-q"],
            "compare": [*CLAIMSCOPE, "compare", str(out1), "--out", str(tmp / "cmp")],
            "help": [*CLAIMSCOPE, "--help"],
        }
        times = alternated(commands, args.rounds)
        med = {k: statistics.median(v) for k, v in times.items()}
        report["seconds"] = times
        report["speed"] = {
            "bare_words_per_s": round(words / med["bare"]), "run_words_per_s": round(words / med["run"]),
            "ratio_run_to_bare": round(med["bare"] / med["run"], 3),
            "run_2_workers_words_per_s": round(words / med["run2"]),
            "speedup_2_workers": round(med["run"] / med["run2"], 3),
            "compare_share_of_run": round(med["compare"] / med["run"], 3),
            "compare_share_of_run_2_workers": round(med["compare"] / med["run2"], 3),
        }
        s = report["speed"]
        head = f"{len(texts)} distinct articles, {words:,} words, {args.rounds} alternated runs each"
        rows += [
            (f"bare spaCy, `nlp.pipe(texts, batch_size=16)` ({head})",
             f"{s['bare_words_per_s']:,} words/s; {spread(times['bare'])}"),
            ("claimscope run, one process, end to end",
             f"{s['run_words_per_s']:,} words/s ({s['ratio_run_to_bare']:.2f}× bare spaCy); {spread(times['run'])}"),
            ("claimscope run --workers 2",
             f"{s['run_2_workers_words_per_s']:,} words/s ({s['speedup_2_workers']:.2f}× one process); "
             f"{spread(times['run2'])}"),
            ("claimscope compare on those outputs",
             f"{spread(times['compare'])}: {100 * s['compare_share_of_run']:.0f} % of the one-process run, "
             f"{100 * s['compare_share_of_run_2_workers']:.0f} % of the 2-worker run"),
            ("claimscope --help", spread(times["help"])),
        ]
        report["memory"] = []
        for n in args.memory_n:
            folder = tmp / f"m{n}"
            write_corpus(texts, folder, n)
            res = measure([*CLAIMSCOPE, "run", str(folder), "--out", str(tmp / f"mo{n}"), "--workers", "1", "-q"])
            report["memory"].append({"articles": n, "peak_rss_mib": round(res["max_rss_kib"] / 1024),
                                     "seconds": round(res["seconds"])})
            shutil.rmtree(folder)
            shutil.rmtree(tmp / f"mo{n}", ignore_errors=True)
        base = report["memory"][0]["peak_rss_mib"] if report["memory"] else 0
        for m in report["memory"]:
            rows.append((f"peak memory, run --workers 1, {m['articles']:,} articles (cycled, see above; "
                         f"{m['seconds']} s)", f"{m['peak_rss_mib']} MiB ({m['peak_rss_mib'] / base:.2f}× the first)"))
        report["links"] = []
        for n in args.links_n:
            res = subprocess.run([PY, "-c", LINKS, str(n), str(tmp / "out1" / "claims.csv")], capture_output=True,
                                 text=True, check=True)
            report["links"].append(json.loads(res.stdout))
        for m in report["links"]:
            first = report["links"][0]["seconds"]
            rows.append((f"claim_links on {m['articles']:,} articles ({m['claims']:,} claims, generated; see above)",
                         f"{m['seconds']:.1f} s ({m['seconds'] / first:.2f}× the first), {m['links']:,} links"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(json.dumps(report, indent=1), file=sys.stderr)
    print(f"Machine: {report['machine']}.\n")
    print("| measure | value (median; min and max of the runs) |\n| --- | --- |")
    for k, v in rows:
        print(f"| {k} | {v} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
