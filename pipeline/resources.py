"""Rule assets kept as data in `models/`: where they are and how they are read."""

from __future__ import annotations

import json
import os
import tomllib
from functools import lru_cache
from pathlib import Path

PACKAGE_ROOT = Path(__file__).resolve().parent.parent
ENV_VAR = "CLAIMSCOPE_MODELS"


def models_dir(path: str | os.PathLike | None = None) -> Path:
    """The folder holding the rule files: `path`, else $CLAIMSCOPE_MODELS, else the project's `models/`.

    >>> models_dir().name
    'models'
    """
    return Path(path or os.environ.get(ENV_VAR) or PACKAGE_ROOT / "models")


@lru_cache(maxsize=64)
def load_toml(name: str, directory: str | None = None) -> dict:
    """Read one TOML rule file from the models folder."""
    with open(models_dir(directory) / name, "rb") as f:
        return tomllib.load(f)


@lru_cache(maxsize=64)
def load_lines(name: str, directory: str | None = None) -> tuple[str, ...]:
    """Read a one-entry-a-line rule file, skipping blank lines and `#` comments."""
    text = (models_dir(directory) / name).read_text(encoding="utf-8")
    return tuple(ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#"))


def load_tsv(name: str, directory: str | None = None) -> tuple[tuple[str, ...], ...]:
    """Read a tab-separated rule file into tuples of fields."""
    return tuple(tuple(f.strip() for f in ln.split("\t")) for ln in load_lines(name, directory))


def load_jsonl(name: str, directory: str | None = None) -> list[dict]:
    """Read a JSON-lines rule file (spaCy's EntityRuler pattern format)."""
    return [json.loads(ln) for ln in load_lines(name, directory)]
