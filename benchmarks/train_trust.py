"""Train the trust estimates (page type, coherence, confidence) and write their weights.

Run from the repository root (needs ``../shared`` and numpy, in the ``bench`` extras)::

    python -m benchmarks.train_trust [--jobs 2] [--check] [--keep MODEL] [--cv]

Parses the wcxb-dev pages whose domain falls in the training part (``benchmarks.trust.split_of``)
with the current newsparse, takes the features the shipped models read at parse time, fits

- page type: multinomial logistic regression over the seven types, classes weighted to balance;
- coherence: logistic regression telling each page's own header from another page's headline
  (given with the page's own dek, and with the other page's dek);
- confidence: logistic regression fitted to each page's body F1 (as a soft target), with the
  page-type probabilities it sees at parse time (out of fold on the training pages), each page
  weighed by the inverse of the F1 variance of its type;

and writes ``newsparse/trust/weights.py``. Deterministic: the same pages and code give the same
weights. Rerun it after a change to the segment rules (the body they find is what the models
weigh), then run the benchmark, which scores the models on the held-out pages only.
``--check`` writes nothing and fails when the shipped weights differ from a fresh fit;
``--keep page_type`` / ``--keep coherence`` / ``--keep confidence`` keep that shipped model and
fit the others (confidence reads the page-type probabilities: keep it only where they barely move).
``--cv`` writes nothing and prints the page-type model's article-vs-other balanced accuracy
per fold of a cross-validation over all the pages, grouped by domain (no site on both sides).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import zlib
from collections.abc import Collection, Sequence
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any
from unittest import mock

from benchmarks.corpora import REPO_ROOT, Page, load_corpus, shared_available, shared_dir
from benchmarks.scoring import wcxb_body_f1
from benchmarks.trust import split_of

__all__ = ["collect", "fit_linear", "main"]

WEIGHTS_PATH = REPO_ROOT / "newsparse" / "trust" / "weights.py"
# Page types whose header announces a text the body tells: the pages coherence is trained on.
STORY_TYPES = ("article", "forum", "documentation")
# Other pages' headlines given to each training page.
SWAPS_PER_PAGE = 2
# L2 penalty per model (on standardised features): enough to keep rare features from dominating.
# Page type reads many overlapping counts of the main area: under a weaker penalty it leans on
# one site's combination of them (its domain-grouped cross-validation falls).
L2 = {"page_type": 0.02, "coherence": 0.003, "confidence": 0.003}
STEPS = 3000
LEARNING_RATE = 0.05
FOLDS = 5
# A type whose pages' body F1 barely varies (or a type of one page) would weigh without bound.
MIN_F1_VARIANCE = 1e-3
# Pages' worth of the spread of all pages mixed into each type's own: a type's spread is read from
# its pages once it has a few dozen, while a type of a handful of pages (whose F1s may agree by
# chance) weighs about as an average page does, not up to the floor's 1/MIN_F1_VARIANCE.
SPREAD_PRIOR_PAGES = 10
# Digits kept in the shipped weights: far below what changes a prediction, and a small file.
DIGITS = 3


# --- features of each page, as the parser computes them ----------------------------------


def _features_of(page: Page) -> dict[str, Any]:
    """Parse one page and keep what the trust models read (taken at the one call that reads it)."""
    import newsparse
    from newsparse import assemble
    from newsparse.trust.confidence import confidence_features
    from newsparse.trust.pagetype import page_type_features

    seen: dict[str, Any] = {}
    real = assemble.assess

    def spy(p: Any, found: Any) -> Any:
        seen["page_type"] = page_type_features(p, found) if p.is_html and p.blocks else None
        seen["confidence"] = confidence_features(p, found)
        seen["header"] = (found.headline.value, found.subheading.value)
        return real(p, found)

    with mock.patch.object(assemble, "assess", spy):
        try:
            article = newsparse.parse_html(page.html, url=page.url)
        except newsparse.ParseError:
            return {}
    gold = page.gold
    body: list[str] = []
    size = 0
    for paragraph in article.body:
        body.append(paragraph)
        size += len(paragraph)
        if size > 20000:
            break
    return {
        "id": page.key,
        "type": gold["page_type"],
        "domain": gold.get("domain") or page.key,
        "split": split_of(gold.get("domain") or page.key),
        "f1": wcxb_body_f1(article.body_text, gold["body_text"]).f1 if "body_text" in gold else None,
        "headline": seen["header"][0],
        "subheading": seen["header"][1],
        "body": body,
        "page_type": seen["page_type"],
        "confidence": seen["confidence"],
    }


def _work(part: tuple[int, int]) -> list[dict[str, Any]]:
    index, jobs = part
    return [_features_of(p) for p in load_corpus("wcxb-dev")[index::jobs]]


def collect(jobs: int = 2) -> list[dict[str, Any]]:
    """The features of every wcxb-dev page, in corpus order."""
    if jobs <= 1:
        rows = _work((0, 1))
    else:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            parts = list(pool.map(_work, [(i, jobs) for i in range(jobs)]))
        rows = [row for k in range(max(map(len, parts))) for part in parts if k < len(part) for row in [part[k]]]
    return [r for r in rows if r]


# --- fitting ------------------------------------------------------------------------------


def fit_linear(
    names: Sequence[str],
    rows: Sequence[dict[str, float]],
    targets: Sequence[Sequence[float]],
    l2: float,
    sample_weights: Sequence[float] | None = None,
) -> dict[str, list[Any]]:
    """Logistic (one output) or softmax (several) regression by full-batch gradient descent.

    ``targets``: per row, the probability of each output (a soft target is allowed). Returns
    the spec :class:`newsparse.trust.linear.Linear` reads."""
    import numpy as np

    x = np.array([[r.get(n, 0.0) for n in names] for r in rows], dtype=float)
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    z = (x - mean) / scale
    z = np.hstack([np.ones((len(z), 1)), z])
    y = np.array(targets, dtype=float)
    k = y.shape[1]
    w = np.zeros((z.shape[1], k if k > 1 else 1))
    sw = np.ones(len(z)) if sample_weights is None else np.array(sample_weights, dtype=float)
    sw = sw / sw.sum()
    m = np.zeros_like(w)
    v = np.zeros_like(w)
    penalty = np.ones_like(w)
    penalty[0] = 0.0  # no penalty on the bias
    for step in range(1, STEPS + 1):
        s = z @ w
        if k > 1:
            s -= s.max(axis=1, keepdims=True)
            p = np.exp(s)
            p /= p.sum(axis=1, keepdims=True)
            err = p - y
        else:
            p = 1 / (1 + np.exp(-np.clip(s, -40, 40)))
            err = p - y[:, :1]
        grad = z.T @ (err * sw[:, None]) + l2 * penalty * w
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad**2
        w -= LEARNING_RATE * (m / (1 - 0.9**step)) / (np.sqrt(v / (1 - 0.999**step)) + 1e-8)
    return {
        "features": list(names),
        "mean": [round(float(a), DIGITS) for a in mean],
        "scale": [round(float(a), DIGITS) or 1.0 for a in scale],
        "weights": [[round(float(a), DIGITS) for a in w[:, j]] for j in range(w.shape[1])],
    }


def _page_type_targets(rows: Sequence[dict[str, Any]]) -> tuple[list[list[float]], list[float]]:
    from newsparse.article import PAGE_TYPES

    counts = {kind: sum(r["type"] == kind for r in rows) for kind in PAGE_TYPES}
    targets = [[float(r["type"] == kind) for kind in PAGE_TYPES] for r in rows]
    # Rare types weigh more, by the square root of their rarity: fully balanced weights would
    # give up too many articles, the most common pages, for the rarest types.
    weights = [(len(rows) / (len(PAGE_TYPES) * max(counts[r["type"]], 1))) ** 0.5 for r in rows]
    return targets, weights


def fit_page_type(rows: Sequence[dict[str, Any]]) -> dict[str, list[Any]]:
    rows = [r for r in rows if r["page_type"] is not None]
    names = sorted(rows[0]["page_type"])
    targets, weights = _page_type_targets(rows)
    return fit_linear(names, [r["page_type"] for r in rows], targets, L2["page_type"], weights)


def fold_of(row: dict[str, Any]) -> int:
    """The cross-validation fold of a page: a fixed hash of its domain, so a site's pages stay together."""
    return zlib.crc32(str(row.get("domain") or row["id"]).encode("utf-8")) % FOLDS


def balanced_accuracy(pairs: Sequence[tuple[str, str]]) -> float:
    """Article vs other, each side's recall weighing half: (true type, predicted type) pairs."""
    sides = [[p == "article" for t, p in pairs if t == "article"], [p != "article" for t, p in pairs if t != "article"]]
    return sum(sum(side) / len(side) for side in sides if side) / max(1, sum(1 for side in sides if side))


def cross_validate_page_type(rows: Sequence[dict[str, Any]]) -> list[tuple[float, float, int]]:
    """Per domain-grouped fold: balanced accuracy (article vs other), seven-way accuracy, pages scored."""
    rows = [r for r in rows if r["page_type"] is not None]
    out = []
    for fold in range(FOLDS):
        spec = fit_page_type([r for r in rows if fold_of(r) != fold])
        scored = [r for r in rows if fold_of(r) == fold]
        pairs = [(r["type"], _predicted_type(spec, r)) for r in scored]
        out.append((balanced_accuracy(pairs), sum(t == p for t, p in pairs) / max(1, len(pairs)), len(pairs)))
    return out


def _predicted_type(spec: dict[str, list[Any]], row: dict[str, Any]) -> str:
    from newsparse.trust.linear import Linear
    from newsparse.trust.pagetype import classify_page

    return classify_page(Linear(spec), row["page_type"])[0]


def coherence_rows(rows: Sequence[dict[str, Any]], seed: str) -> tuple[list[dict[str, float]], list[float]]:
    """Each page's own header (target 1) and other pages' headlines over its body (target 0)."""
    from newsparse.trust.coherence import coherence_features

    story = [r for r in rows if r["type"] in STORY_TYPES and r["headline"] and r["body"]]
    rng = random.Random(seed)
    feats: list[dict[str, float]] = []
    labels: list[float] = []
    for r in story:
        own = coherence_features(r["headline"], r["subheading"], r["body"])
        if own is None:
            continue
        feats.append(own)
        labels.append(1.0)
        for k in range(SWAPS_PER_PAGE):
            other = rng.choice(story)
            if other is r or other["headline"] == r["headline"]:
                continue
            # Half the swaps keep the page's own dek: the headline alone must be enough to tell.
            dek = r["subheading"] if k % 2 == 0 else other["subheading"]
            swapped = coherence_features(other["headline"], dek, r["body"])
            if swapped is not None:
                feats.append(swapped)
                labels.append(0.0)
    return feats, labels


def fit_coherence(rows: Sequence[dict[str, Any]]) -> dict[str, list[Any]]:
    feats, labels = coherence_rows(rows, "coherence-train")
    names = sorted(feats[0])
    n_pos = sum(labels)
    # Real and swapped pages weigh the same in total.
    weights = [1.0 if y else n_pos / (len(labels) - n_pos) for y in labels]
    return fit_linear(names, feats, [[y] for y in labels], L2["coherence"], weights)


def _type_probs(spec: dict[str, list[Any]], row: dict[str, Any]) -> tuple[float, ...]:
    from newsparse.trust.linear import Linear
    from newsparse.trust.pagetype import classify_page

    if row["page_type"] is None:
        from newsparse.article import PAGE_TYPES

        return tuple(float(k == "article") for k in PAGE_TYPES)
    return classify_page(Linear(spec), row["page_type"])[1]


def _coherence(spec: dict[str, list[Any]], row: dict[str, Any]) -> float | None:
    from newsparse.trust.coherence import coherence_features, coherence_of
    from newsparse.trust.linear import Linear

    return coherence_of(Linear(spec), coherence_features(row["headline"], row["subheading"], row["body"]))


def confidence_inputs(
    rows: Sequence[dict[str, Any]], probs: Sequence[Sequence[float]], coherence: dict[str, list[Any]]
) -> list[dict[str, float]]:
    from newsparse.trust.confidence import judged_features

    out = []
    for r, p in zip(rows, probs, strict=True):
        features = dict(r["confidence"])
        features.update(judged_features(p, _coherence(coherence, r)))
        out.append(features)
    return out


def out_of_fold_probs(rows: Sequence[dict[str, Any]]) -> list[tuple[float, ...]]:
    """Page-type probabilities of each training page from a model fitted without its fold, the
    folds grouped by domain: a model that saw a site's template would type its pages too well,
    and confidence would learn to trust page types more than it may on unseen sites."""
    folds = [fold_of(r) for r in rows]
    probs: list[tuple[float, ...]] = [()] * len(rows)
    for fold in range(FOLDS):
        spec = fit_page_type([r for r, f in zip(rows, folds, strict=True) if f != fold])
        for i, r in enumerate(rows):
            if folds[i] == fold:
                probs[i] = _type_probs(spec, r)
    return probs


def fit_confidence(
    rows: Sequence[dict[str, Any]], probs: Sequence[Sequence[float]], coherence: dict[str, list[Any]]
) -> dict[str, list[Any]]:
    scored = [(r, p) for r, p in zip(rows, probs, strict=True) if r["f1"] is not None and r["body"]]
    feats = confidence_inputs([r for r, _ in scored], [p for _, p in scored], coherence)
    names = sorted(feats[0])
    return fit_linear(names, feats, [[r["f1"]] for r, _ in scored], L2["confidence"], _spread_weights(scored))


def _spread_weights(scored: Sequence[tuple[dict[str, Any], Any]]) -> list[float]:
    """Each page weighs by the inverse of the spread (variance) of body F1 among pages of its true
    type: articles' bodies are mostly right, and a fit that weighs every page alike learns the
    other types' large failures and leaves the articles' few wrong bodies ranked by chance.
    Each type's spread is shrunk toward that of all pages by its page count (see
    :data:`SPREAD_PRIOR_PAGES`)."""
    by_type: dict[str, list[float]] = {}
    for r, _ in scored:
        by_type.setdefault(r["type"], []).append(r["f1"])
    pooled = statistics.pvariance([r["f1"] for r, _ in scored])
    k = SPREAD_PRIOR_PAGES
    spread = {
        kind: max((len(f1s) * statistics.pvariance(f1s) + k * pooled) / (len(f1s) + k), MIN_F1_VARIANCE)
        for kind, f1s in by_type.items()
    }
    return [1 / spread[r["type"]] for r, _ in scored]


def shipped(model: str) -> dict[str, list[Any]]:
    """A model in the weights file as it stands."""
    from newsparse.trust.weights import WEIGHTS

    return dict(WEIGHTS[model])


def train(rows: Sequence[dict[str, Any]], keep: Collection[str] = ()) -> dict[str, dict[str, list[Any]]]:
    """The three models, fitted on the training part of ``rows`` (a shipped model kept as it is
    when named in ``keep``)."""
    part = [r for r in rows if r["split"] == "train"]
    page_type = shipped("page_type") if "page_type" in keep else fit_page_type(part)
    coherence = shipped("coherence") if "coherence" in keep else fit_coherence(part)
    if "confidence" in keep:
        confidence = shipped("confidence")
    else:
        confidence = fit_confidence(part, out_of_fold_probs(part), coherence)
    return {"page_type": page_type, "coherence": coherence, "confidence": confidence}


# --- the weights file ---------------------------------------------------------------------

_HEADER = '''"""Trained weights of the trust estimates (page type, coherence, confidence).

Generated by ``python -m benchmarks.train_trust`` from the training part of wcxb-dev; do not
edit by hand. Each model: feature names, their mean and scale on the training pages, and one
row of weights per output (the bias first).
"""

from __future__ import annotations

from typing import Any

'''


def render_weights(models: dict[str, dict[str, list[Any]]]) -> str:
    body = json.dumps(models, indent=4, sort_keys=True)
    return _HEADER + f"WEIGHTS: dict[str, dict[str, Any]] = {body}\n"


def _formatted(text: str) -> str:
    """The file as ``ruff format`` writes it, when ruff is installed (the repository is kept formatted)."""
    try:
        done = subprocess.run(
            [sys.executable, "-m", "ruff", "format", "--stdin-filename", str(WEIGHTS_PATH), "-"],
            input=text,
            capture_output=True,
            text=True,
            check=True,
            cwd=REPO_ROOT,
        )
    except (OSError, subprocess.CalledProcessError):
        return text
    return done.stdout


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m benchmarks.train_trust", description=__doc__.split("\n\n")[0])
    ap.add_argument("--jobs", type=int, default=2, help="worker processes that parse the pages")
    ap.add_argument("--check", action="store_true", help="write nothing; fail when the shipped weights are stale")
    ap.add_argument(
        "--keep",
        action="append",
        choices=("page_type", "coherence", "confidence"),
        default=[],
        help="keep this shipped model as it is (repeatable)",
    )
    ap.add_argument(
        "--cv",
        action="store_true",
        help="write nothing; print the page-type model's balanced accuracy per domain-grouped fold",
    )
    ap.add_argument("--features-in", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--features-out", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if not shared_available():
        print(f"shared corpora not found at {shared_dir()} (set NEWSPARSE_SHARED)", file=sys.stderr)
        return 1
    rows = json.loads(args.features_in.read_text(encoding="utf-8")) if args.features_in else collect(args.jobs)
    if args.features_out:  # a debugging aid: the rows quote the pages, keep them under /tmp
        args.features_out.write_text(json.dumps(rows), encoding="utf-8")
    if args.cv:
        folds = cross_validate_page_type(rows)
        for k, (balanced, seven, n) in enumerate(folds):
            print(f"fold {k}: {n} pages, article vs other balanced accuracy {balanced:.3f}, seven-way {seven:.3f}")
        print(f"mean balanced accuracy {sum(f[0] for f in folds) / len(folds):.3f}")
        return 0
    text = _formatted(render_weights(train(rows, args.keep)))
    n_train = sum(r["split"] == "train" for r in rows)
    print(f"fitted on {n_train} of {len(rows)} wcxb-dev pages ({len(rows) - n_train} held out)", file=sys.stderr)
    if args.check:
        same = WEIGHTS_PATH.read_text(encoding="utf-8") == text
        print("weights are up to date" if same else "weights differ from a fresh fit", file=sys.stderr)
        return 0 if same else 1
    WEIGHTS_PATH.write_text(text, encoding="utf-8")
    print(f"wrote {WEIGHTS_PATH.relative_to(REPO_ROOT)} ({len(text)} bytes)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
