"""Components whose rules are files in a models folder: loaded when built, reloaded by `initialize`,
saved with the pipeline by `to_disk` and read back by `from_disk`, so a saved pipeline carries its rules.

>>> import tempfile
>>> from pathlib import Path
>>> class Markers(RuleFiles):
...     rule_files = ("editorial_markers.tsv",)
...     def load(self, models):
...         self.n = len((Path(models or models_dir()) / "editorial_markers.tsv").read_text().splitlines())
>>> m = Markers(None)
>>> with tempfile.TemporaryDirectory() as d:
...     m.to_disk(d)
...     Markers(None).from_disk(d).n == m.n
True
"""

from __future__ import annotations

import shutil
from collections.abc import Iterable
from pathlib import Path

from ..resources import models_dir


class RuleFiles:
    """Mix-in: `rule_files` names the files `load(models)` reads from a models folder."""

    rule_files: tuple[str, ...] = ()

    def __init__(self, models: str | None = None) -> None:
        self.models = models
        self.load(models)

    def load(self, models: str | None) -> None:
        """Read the rules from the folder `models` (None: the shipped rules)."""
        raise NotImplementedError

    def initialize(self, get_examples=None, *, nlp=None, models: str | None = None) -> None:
        """Reload the rules, from `models` when given (`[initialize.components.NAME] models = ...`)."""
        self.models = models or self.models
        self.load(self.models)

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Copy the rule files this component was loaded from into `path`."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        source = models_dir(self.models)
        for name in self.rule_files:
            shutil.copyfile(source / name, path / name)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> RuleFiles:
        """Load the rules `to_disk` saved in `path`."""
        self.models = str(path)
        self.load(self.models)
        return self
