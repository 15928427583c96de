"""The attribution decision: a logistic model over claim features, with its weights as data.

The model file (`models/attribution_model.json`) holds a bias and one weight per feature name, sorted and
rounded so that it reads and diffs as text; loading it runs no code. `probability` is the model's
estimate that a claim is sourced, calibrated on held-out documents when the model was trained.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path

from ..resources import models_dir

MODEL_FILE = "attribution_model.json"


class ModelError(ValueError):
    """A model file that cannot be used: the message names the file and what is wrong."""


@dataclass(frozen=True)
class LinearModel:
    """A bias and feature weights: P(sourced) = sigmoid(bias + sum of weight * value).

    >>> m = LinearModel(bias=-1.0, weights={"cue:say": 3.0})
    >>> round(m.probability({"cue:say": 1.0}), 3), round(m.probability({}), 3)
    (0.881, 0.269)
    """

    bias: float
    weights: dict[str, float]
    meta: dict = field(default_factory=dict)

    def score(self, features: dict[str, float]) -> float:
        """The log-odds of sourced."""
        w = self.weights
        return self.bias + sum(w.get(name, 0.0) * value for name, value in features.items())

    def probability(self, features: dict[str, float]) -> float:
        """P(sourced), from 0 to 1."""
        s = self.score(features)
        return 1.0 / (1.0 + math.exp(-s)) if s > -700 else 0.0

    def explain(self, features: dict[str, float], top: int = 5) -> list[tuple[str, float]]:
        """The features that weigh most in one decision, strongest first (for review and debugging)."""
        parts = [(n, self.weights.get(n, 0.0) * v) for n, v in features.items() if self.weights.get(n)]
        return sorted(parts, key=lambda p: -abs(p[1]))[:top]

    def to_json(self) -> str:
        """The model as stable, diffable JSON (sorted names, six decimals)."""
        body = {"bias": round(self.bias, 6), "meta": self.meta,
                "weights": {k: round(v, 6) for k, v in sorted(self.weights.items()) if round(v, 6) != 0.0}}
        return json.dumps(body, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def load_model(models: str | Path | None = None, name: str = MODEL_FILE) -> LinearModel:
    """The decision model in the models folder; a clear ModelError when it is missing or malformed."""
    path = models_dir(models) / name
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ModelError(f"{path}: attribution model not found (run `make train`)") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise ModelError(f"{path}: not a readable model file ({e})") from None
    weights = data.get("weights") if isinstance(data, dict) else None
    if not isinstance(weights, dict) or not isinstance(data.get("bias"), int | float) or not all(
            isinstance(k, str) and isinstance(v, int | float) for k, v in weights.items()):
        raise ModelError(f"{path}: expected {{'bias': number, 'weights': {{name: number}}}}")
    return LinearModel(float(data["bias"]), {k: float(v) for k, v in weights.items()}, data.get("meta") or {})
