"""Components whose rules are files in a models folder: loaded when built, reloaded by `initialize`,
saved with the pipeline by `to_disk` and read back by `from_disk`, so a saved pipeline carries its rules.

>>> import tempfile
>>> from pathlib import Path
>>> class Markers(RuleFiles):
...     rule_files = ("editorial_markers.tsv",)
...     def load(self, models):
...         self.n = len((Path(models or models_dir()) / "editorial_markers.tsv").read_text().splitlines())
>>> m = Markers(None)
>>> m.ensure_loaded()
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
    """Mix-in: `rule_files` names the files `load(models)` reads from a models folder.

    The rules are read when first needed (or by `ensure_loaded`, which `load_nlp` calls so that a broken
    file stops a run before it starts), so a saved pipeline reads its own copies (`from_disk`) and never
    the folder its config names.
    """

    rule_files: tuple[str, ...] = ()

    def __init__(self, models: str | None = None) -> None:
        self.models = models
        self.loaded = False

    def load(self, models: str | None) -> None:
        """Read the rules from the folder `models` (None: $CLAIMSCOPE_MODELS or the shipped rules)."""
        raise NotImplementedError

    def ensure_loaded(self) -> None:
        """Read the rules now, unless they are read already."""
        if not self.loaded:
            self.load(self.models)
            self.loaded = True

    def initialize(self, get_examples=None, *, nlp=None, models: str | None = None) -> None:
        """Read the rules again, from `models` when given (`[initialize.components.NAME] models = ...`),
        edits to the files included."""
        from ..resources import clear_caches

        clear_caches()
        self.models = models or self.models
        self.load(self.models)
        self.loaded = True

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Copy the rule files this component was loaded from into `path`."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        source = models_dir(self.models)
        for name in self.rule_files:
            # A file an older rules folder lacks (first_names.tsv) was read from the shipped folder.
            src = source / name if (source / name).exists() else models_dir(None) / name
            if src.resolve() != (path / name).resolve():  # saved back where it was read
                shutil.copyfile(src, path / name)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> RuleFiles:
        """Load the rules `to_disk` saved in `path`."""
        self.models = str(path)
        self.load(self.models)
        self.loaded = True
        return self
