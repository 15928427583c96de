#!/usr/bin/env python3
"""Benchmark claimscope against bare spaCy, on a corpus of N articles built from corpus/.

Prints, from one run: how long `claimscope --help` takes, words/s of bare `spacy.load(...).pipe`
with its default components, words/s of `claimscope run` end to end in one process, the ratio,
the speed-up of `--workers 2` over 1, and peak memory (max RSS) at two corpus sizes. Every figure
is a whole process timed from outside (model loading included for both); words are
whitespace-separated words of the input files.

    python scripts/benchmark.py                      # N=200 for speed, N=200 and N=2000 for memory
    python scripts/benchmark.py --speed-n 200 --memory-n 200 2000 10000
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
CLAIMSCOPE = [PY, "-m", "claimscope", "run"]

# Runs the command given in argv and prints its peak RSS (KiB) and wall time as JSON: the max RSS
# of all its descendants, so a worker pool's children count too.
MEASURE = """
import json, resource, subprocess, sys, time
t = time.perf_counter()
rc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode
print(json.dumps({"rc": rc, "seconds": time.perf_counter() - t,
                  "max_rss_kib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))
"""

BARE = """
import sys, spacy
from pathlib import Path
from claimscope.nlp import installed_model
nlp = spacy.load(installed_model())
texts = (p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1]).glob("*.txt")))
for doc in nlp.pipe(texts):
    pass
"""


def build_corpus(n: int, folder: Path) -> int:
    """N articles cycled from corpus/*.txt into `folder`; returns their total word count."""
    sources = sorted((ROOT / "corpus").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in sources]
    folder.mkdir(parents=True, exist_ok=True)
    words = 0
    for i in range(n):
        k = i % len(texts)
        (folder / f"a{i:06d}_{sources[k].stem}.txt").write_text(texts[k], encoding="utf-8")
        words += len(texts[k].split())
    return words


def measure(cmd: list[str], repeat: int = 1) -> dict:
    """Wall time and peak RSS of a command; the fastest of `repeat` runs (a shared machine is noisy)."""
    best = None
    for _ in range(repeat):
        out = subprocess.run([PY, "-c", MEASURE, *cmd], capture_output=True, text=True, cwd=ROOT, check=True)
        res = json.loads(out.stdout.strip().splitlines()[-1])
        if res["rc"] != 0:
            raise SystemExit(f"command failed ({res['rc']}): {' '.join(cmd)}")
        best = res if best is None or res["seconds"] < best["seconds"] else best
    return best


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{cpu}; {os.cpu_count()} cores; {mem:.0f} GiB; Python {platform.python_version()}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--speed-n", type=int, default=200)
    ap.add_argument("--memory-n", type=int, nargs="*", default=[200, 2000])
    ap.add_argument("--repeat", type=int, default=2, help="runs per speed figure; the fastest counts")
    ap.add_argument("--memory-workers", type=int, default=1, help="--workers for the memory runs")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="claimscope-bench-"))
    report: dict = {"machine": machine()}
    help_s = measure([PY, "-m", "claimscope", "--help"], 3)["seconds"]
    report["help_seconds"] = round(help_s, 3)
    print(json.dumps({"help_seconds": report["help_seconds"]}), flush=True)
    try:
        if args.speed_n > 0:  # 0 skips the speed figures (a memory-only run)
            corpus = tmp / f"n{args.speed_n}"
            words = build_corpus(args.speed_n, corpus)
            bare = measure([PY, "-c", BARE, str(corpus)], args.repeat)
            one = measure([*CLAIMSCOPE, str(corpus), "--out", str(tmp / "out1"), "--workers", "1", "-q"], args.repeat)
            two = measure([*CLAIMSCOPE, str(corpus), "--out", str(tmp / "out2"), "--workers", "2", "-q"], args.repeat)
            report["speed"] = {
                "articles": args.speed_n, "words": words,
                "bare_spacy_words_per_s": round(words / bare["seconds"]),
                "claimscope_1_worker_words_per_s": round(words / one["seconds"]),
                "ratio_claimscope_to_bare": round(bare["seconds"] / one["seconds"], 3),
                "claimscope_2_workers_words_per_s": round(words / two["seconds"]),
                "speedup_2_workers": round(one["seconds"] / two["seconds"], 3),
            }
            print(json.dumps(report["speed"]), flush=True)
        report["memory"] = []
        for n in args.memory_n:
            folder = tmp / f"m{n}"
            build_corpus(n, folder)
            res = measure([*CLAIMSCOPE, str(folder), "--out", str(tmp / f"mo{n}"),
                           "--workers", str(args.memory_workers), "-q"])
            row = {"articles": n, "workers": args.memory_workers, "peak_rss_mib": round(res["max_rss_kib"] / 1024),
                   "seconds": round(res["seconds"])}
            report["memory"].append(row)
            print(json.dumps(row), flush=True)
            shutil.rmtree(folder)
            shutil.rmtree(tmp / f"mo{n}", ignore_errors=True)
        if len(report["memory"]) > 1:
            base = report["memory"][0]["peak_rss_mib"]
            report["memory_ratio_largest_to_smallest"] = round(report["memory"][-1]["peak_rss_mib"] / base, 3)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
