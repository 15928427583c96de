"""thinc's matrix backend, chosen by measuring on this machine, not by guessing.

spaCy multiplies matrices through thinc's NumpyOps, either with the bundled blis or with numpy's BLAS.
Which is faster depends on the CPU: blis falls back to a generic kernel on some CPU families and is then
several times slower, elsewhere it wins. `use_fastest_ops` times a few matrix products of the shapes the
English model uses with each backend (numpy's BLAS with one thread, and with all its threads when this
process has the machine to itself), installs the fastest and caches the choice per machine and library
versions, so later runs start without measuring. `CLAIMSCOPE_OPS` (blis, blas or blas1) forces one.
"""

from __future__ import annotations

import json
import os
import platform
import time
from functools import lru_cache
from pathlib import Path

ENV_VAR = "CLAIMSCOPE_OPS"
CHOICES = ("blis", "blas1", "blas")  # blis; numpy's BLAS with one thread; with its default threads
# (rows, inner, columns, repeats): tok2vec's maxout layers, the parser's precomputed features, one
# transition step of a batch. Together about 10-30 ms a backend.
SHAPES = ((1024, 288, 288, 3), (1024, 96, 1024, 2), (48, 64, 128, 100))


def _cache_file() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "claimscope" / "ops.json"


def cpu_name() -> str:
    """The processor's model name (from /proc/cpuinfo where there is one)."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo") as f:
            cpu = next((ln.split(":", 1)[1].strip() for ln in f if ln.startswith("model name")), cpu)
    except OSError:
        pass
    return cpu


def _cache_key(allow_threads: bool) -> str:
    from importlib.metadata import version

    cpu = cpu_name()
    libs = ",".join(f"{p}={version(p)}" for p in ("numpy", "blis", "thinc"))
    return f"{cpu}|{os.cpu_count()}|{libs}|threads={allow_threads}"


def _blas_threads(n: int | None):
    """Limit numpy's BLAS to `n` threads (None: leave as is); returns the limiter, which keeps the limit."""
    if n is None:
        return None
    from threadpoolctl import threadpool_limits

    return threadpool_limits(limits=n, user_api="blas")


def _time(choice: str, rounds: int = 3) -> float:
    """The best of `rounds` timings of SHAPES with one backend, in seconds."""
    import numpy as np
    from thinc.api import NumpyOps

    rng = np.random.default_rng(0)
    mats = [(rng.random((m, k), dtype="float32"), rng.random((n, k), dtype="float32"), reps)
            for m, k, n, reps in SHAPES]
    ops = NumpyOps(use_blis=choice == "blis")
    limiter = _blas_threads(1 if choice == "blas1" else None)
    try:
        best = float("inf")
        for _ in range(rounds + 1):  # the first round warms caches and thread pools up
            t = time.perf_counter()
            for a, b, reps in mats:
                for _ in range(reps):
                    ops.gemm(a, b, trans2=True)
            best = min(best, time.perf_counter() - t)
        return best
    finally:
        if limiter is not None:
            limiter.restore_original_limits()


def measure(allow_threads: bool = True) -> dict[str, float]:
    """Seconds each backend takes on SHAPES (more threads only when `allow_threads`)."""
    return {c: _time(c) for c in CHOICES if allow_threads or c != "blas"}


def choose(allow_threads: bool = True) -> str:
    """The fastest backend on this machine: forced by $CLAIMSCOPE_OPS, else cached, else measured now."""
    forced = os.environ.get(ENV_VAR, "").strip().lower()
    if forced:
        if forced not in CHOICES:
            raise ValueError(f"{ENV_VAR}={forced!r}: use one of {', '.join(CHOICES)}")
        return forced
    key, path = _cache_key(allow_threads), _cache_file()
    try:
        cached = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        cached = {}
    if isinstance(cached, dict) and cached.get(key) in CHOICES:
        return cached[key]
    times = measure(allow_threads)
    best = min(times, key=times.get)
    cached = cached if isinstance(cached, dict) else {}
    cached[key] = best
    try:  # a read-only home only means measuring again next time
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(cached, indent=1), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        pass
    return best


@lru_cache(maxsize=2)
def use_fastest_ops(allow_threads: bool = True) -> str:
    """Install the fastest backend as thinc's current ops, for models built after this call; returns its name.

    `allow_threads=False` in worker processes, which already share the cores among them.
    """
    from thinc.api import NumpyOps, set_current_ops

    choice = choose(allow_threads)
    if choice == "blas1":
        _LIMITS.append(_blas_threads(1))  # kept: the limit lasts as long as the process
    set_current_ops(NumpyOps(use_blis=choice == "blis"))
    return choice


_LIMITS: list = []
