"""Linear models in plain Python: what the shipped trust estimates compute at parse time.

The weights are trained offline (``benchmarks/train_trust.py``) and shipped as numbers in
``newsparse/trust_weights.py``; here they are only applied, with no numeric library.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["Linear", "damped", "logistic", "softmax"]

# Scores beyond this are certain for any purpose; clamping keeps exp() finite.
_MAX_SCORE = 40.0
# Counts are compared on a damped scale (the tenth teaser card says less than the second),
# and beyond this many a count says nothing more.
_COUNT_CAP = 200.0


def damped(n: float) -> float:
    """A count as a feature: its square root, capped."""
    return math.sqrt(max(0.0, min(n, _COUNT_CAP)))


class Linear:
    """``bias + sum(w * x)`` over named features, with each feature standardised as trained.

    ``spec`` is one entry of the weights file: ``features`` (names, in order), ``mean`` and
    ``scale`` (per feature), and ``weights``: one row per output, each ``[bias, w1, w2, ...]``.
    """

    __slots__ = ("features", "mean", "rows", "scale")

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self.features: tuple[str, ...] = tuple(str(name) for name in spec["features"])
        self.mean: tuple[float, ...] = tuple(float(v) for v in spec["mean"])
        self.scale: tuple[float, ...] = tuple(float(v) or 1.0 for v in spec["scale"])
        self.rows: tuple[tuple[float, ...], ...] = tuple(tuple(float(v) for v in row) for row in spec["weights"])
        if len(self.mean) != len(self.features) or len(self.scale) != len(self.features):
            raise ValueError("a linear model needs one mean and one scale per feature")
        if any(len(row) != len(self.features) + 1 for row in self.rows):
            raise ValueError("each weight row is a bias and one weight per feature")

    def scores(self, values: Mapping[str, float]) -> tuple[float, ...]:
        """One score per output row; a feature missing from ``values`` counts as its mean."""
        z = [
            (values.get(name, mu) - mu) / sd for name, mu, sd in zip(self.features, self.mean, self.scale, strict=True)
        ]
        return tuple(row[0] + math.fsum(w * x for w, x in zip(row[1:], z, strict=True)) for row in self.rows)


def logistic(score: float) -> float:
    """The probability a score stands for, 0 to 1."""
    score = max(-_MAX_SCORE, min(_MAX_SCORE, score))
    return 1.0 / (1.0 + math.exp(-score))


def softmax(scores: Sequence[float]) -> tuple[float, ...]:
    """Probabilities of several exclusive outcomes, summing to 1."""
    top = max(scores)
    exps = [math.exp(max(-_MAX_SCORE, s - top)) for s in scores]
    total = math.fsum(exps)
    return tuple(e / total for e in exps)
