"""Scoring what newsparse says to trust: page type, coherence and confidence.

- Page type and confidence are scored on the wcxb-dev pages held out from training: the
  shipped models are fitted on the pages whose domain falls in the training part
  (:func:`split_of`, a fixed hash of the domain), and scored here on the rest only.
- Coherence is scored on pages it never saw (the hand-annotated readability and
  trafilatura-eval pages, and text dumps built from them by ``textdump_gen``), as they
  are and with another page's headline swapped in (:func:`swap_html`, :func:`swap_dump`).
"""

from __future__ import annotations

import random
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import lxml.html
from lxml import etree

from benchmarks.corpora import WCXB_TYPES, Page
from benchmarks.extractors import Extraction
from benchmarks.scoring import norm, wcxb_body_f1

__all__ = [
    "COHERENCE_KEYS",
    "PAGETYPE_KEYS",
    "TRUST_KEYS",
    "CoherenceRun",
    "auc",
    "coherence_scores",
    "confidence_scores",
    "page_type_scores",
    "spearman",
    "split_of",
    "swap_dump",
    "swap_html",
]

# The share of wcxb-dev domains held out from training (scored only): whole domains, so that no
# site's template is seen on both sides.
HELD_OUT_TENTHS = 3
# The warning code the swapped pages must get.
MISMATCH = "headline-body-mismatch"
PAGETYPE_KEYS = (
    "trust.pagetype_balanced_accuracy",
    "trust.pagetype_accuracy",
    *(f"trust.pagetype_accuracy.{kind}" for kind in WCXB_TYPES),
)
COHERENCE_KEYS = (
    "trust.coherence_auc",
    "trust.coherence_auc_html",
    "trust.coherence_auc_text",
    "trust.mismatch_swaps_flagged",
    "trust.mismatch_real_unflagged",
    "trust.mismatch_seed_flagged",
)
CONFIDENCE_KEYS = ("trust.confidence_spearman", "trust.confidence_spearman_articles")
TRUST_KEYS = (*PAGETYPE_KEYS, *COHERENCE_KEYS, *CONFIDENCE_KEYS)


def split_of(domain: str) -> str:
    """``"train"`` or ``"test"`` for a wcxb-dev domain: a fixed hash, the same on every machine."""
    return "test" if zlib.crc32(domain.encode("utf-8")) % 10 < HELD_OUT_TENTHS else "train"


def held_out(page: Page) -> bool:
    return page.corpus == "wcxb-dev" and split_of(page.gold.get("domain") or page.key) == "test"


# --- statistics -------------------------------------------------------------------------


def _ranks(values: Sequence[float]) -> list[float]:
    """Ranks from 1, ties sharing their mean rank."""
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return ranks


def spearman(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Spearman's rank correlation (Pearson's over ranks, ties averaged); 0.0 when undefined."""
    if len(xs) < 3:
        return 0.0
    rx, ry = _ranks(xs), _ranks(ys)
    mx, my = sum(rx) / len(rx), sum(ry) / len(ry)
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry, strict=True))
    vx = sum((a - mx) ** 2 for a in rx)
    vy = sum((b - my) ** 2 for b in ry)
    return cov / (vx * vy) ** 0.5 if vx and vy else 0.0


def auc(positives: Sequence[float], negatives: Sequence[float]) -> float:
    """Probability that a positive scores above a negative (ties count half)."""
    if not positives or not negatives:
        return 0.0
    ranks = _ranks([*positives, *negatives])
    n_pos, n_neg = len(positives), len(negatives)
    return (sum(ranks[:n_pos]) - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)


# --- page type and confidence on the held-out wcxb-dev pages ----------------------------


def page_type_class_sizes(pages: Sequence[Page]) -> dict[str, int]:
    """The number of held-out pages behind each ``trust.pagetype_accuracy.<type>`` score."""
    sizes: dict[str, int] = {}
    for p in pages:
        if held_out(p):
            key = f"trust.pagetype_accuracy.{p.gold['page_type']}"
            sizes[key] = sizes.get(key, 0) + 1
    return sizes


def page_type_scores(pages: Sequence[Page], exs: Sequence[Extraction]) -> dict[str, float]:
    """Seven-way accuracy, accuracy per true type and article-vs-other balanced accuracy."""
    pairs = [(p.gold["page_type"], ex.page_type or "article") for p, ex in zip(pages, exs, strict=True) if held_out(p)]
    out = dict.fromkeys(PAGETYPE_KEYS, 0.0)
    if not pairs:
        return out
    out["trust.pagetype_accuracy"] = sum(g == t for g, t in pairs) / len(pairs)
    for kind in WCXB_TYPES:
        mine = [t for g, t in pairs if g == kind]
        out[f"trust.pagetype_accuracy.{kind}"] = sum(t == kind for t in mine) / len(mine) if mine else 0.0
    articles = [t == "article" for g, t in pairs if g == "article"]
    others = [t != "article" for g, t in pairs if g != "article"]
    if articles and others:
        out["trust.pagetype_balanced_accuracy"] = (sum(articles) / len(articles) + sum(others) / len(others)) / 2
    return out


def confusion(pages: Sequence[Page], exs: Sequence[Extraction]) -> dict[tuple[str, str], int]:
    """Held-out pages by (gold type, predicted type)."""
    out: dict[tuple[str, str], int] = {}
    for p, ex in zip(pages, exs, strict=True):
        if held_out(p):
            key = (p.gold["page_type"], ex.page_type or "article")
            out[key] = out.get(key, 0) + 1
    return out


def confidence_scores(pages: Sequence[Page], exs: Sequence[Extraction]) -> dict[str, float]:
    """Spearman correlation of ``confidence`` with body F1, held-out pages with a gold body."""
    rows = [
        (ex.confidence or 0.0, wcxb_body_f1(ex.body, p.gold["body_text"]).f1, p.gold["page_type"])
        for p, ex in zip(pages, exs, strict=True)
        if held_out(p) and "body_text" in p.gold
    ]
    return {
        "trust.confidence_spearman": spearman([r[0] for r in rows], [r[1] for r in rows]),
        "trust.confidence_spearman_articles": spearman(
            [r[0] for r in rows if r[2] == "article"], [r[1] for r in rows if r[2] == "article"]
        ),
    }


# --- coherence on swapped headlines -----------------------------------------------------


def _donors(n: int, rng_seed: str) -> list[int]:
    """For each of ``n`` items, another item whose headline it gets (a derangement, fixed by the seed)."""
    rng = random.Random(rng_seed)
    order = list(range(n))
    while True:
        rng.shuffle(order)
        if n < 2 or all(i != j for i, j in enumerate(order)):
            return order


def _replace_text(el: Any, text: str) -> None:
    for child in list(el):
        el.remove(child)
    el.text = text


def swap_html(html: str, own: str, other: str) -> str | None:
    """The page with its headline ``own`` replaced by ``other`` wherever the page shows or declares it:
    the title element, ``<title>``, title metas and JSON-LD. None when the headline is not found."""
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return None
    target = norm(own)
    done = False
    for el in root.iter("h1", "h2", "h3", "title"):
        if norm(el.text_content()) == target:
            _replace_text(el, other)
            done = done or el.tag != "title"
        elif el.tag == "title" and target and target in norm(el.text_content()):
            _replace_text(el, other)
    if not done:
        for el in root.iter():
            if isinstance(el.tag, str) and el.tag not in ("html", "body", "head") and norm(el.text_content()) == target:
                _replace_text(el, other)
                done = True
                break
    if not done:
        return None
    for el in root.iter("meta"):
        if norm(el.get("content")) == target:
            el.set("content", other)
    for el in root.iter("script"):
        if el.text and own in el.text:
            el.text = el.text.replace(own, other.replace('"', "'"))
    return etree.tostring(root, encoding="unicode", method="html")


def swap_dump(text: str, own: str, other: str) -> str | None:
    """A text dump with its headline line ``own`` replaced by ``other``; None when it has no such line."""
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if norm(line) == norm(own):
            lines[i] = line.replace(line.strip(), other)
            return "\n".join(lines)
    return None


@dataclass
class CoherenceRun:
    """Coherence and the mismatch warning on real pages and on their swaps, HTML and text dumps."""

    real_html: list[tuple[float | None, bool]] = field(default_factory=list)
    swap_html: list[tuple[float | None, bool]] = field(default_factory=list)
    real_text: list[tuple[float | None, bool]] = field(default_factory=list)
    swap_text: list[tuple[float | None, bool]] = field(default_factory=list)
    seed_flagged: bool = False
    html_not_swapped: int = 0


def run_coherence(
    annotated: Sequence[Page], parse_html: Callable[..., Any], parse_text: Callable[..., Any], shared: Path
) -> CoherenceRun:
    """Parse the annotated HTML pages and the text dumps, as they are and with a swapped headline."""
    from benchmarks.textdump_gen import generate_cases, seed_case

    run = CoherenceRun()

    def judged(article: Any) -> tuple[float | None, bool]:
        return article.coherence, MISMATCH in article.warning_codes

    pages = [p for p in annotated if p.annotation and p.annotation.get("headline")]
    donors = _donors(len(pages), "html-swaps")
    for page, d in zip(pages, donors, strict=True):
        own, other = page.annotation["headline"], pages[d].annotation["headline"]  # type: ignore[index]
        run.real_html.append(judged(parse_html(page.html, url=page.url)))
        swapped = swap_html(page.html, own, other)
        if swapped is None:
            run.html_not_swapped += 1
            continue
        run.swap_html.append(judged(parse_html(swapped, url=page.url)))
    cases = [c for c in generate_cases(shared) if c.expected.get("headline") and "seed" not in c.features]
    donors = _donors(len(cases), "text-swaps")
    for case, d in zip(cases, donors, strict=True):
        own, other = case.expected["headline"], cases[d].expected["headline"]
        if norm(own) == norm(other):  # two dumps of one page
            other = cases[(d + 4) % len(cases)].expected["headline"]
        run.real_text.append(judged(parse_text(case.text)))
        swapped = swap_dump(case.text, own, other)
        if swapped is not None:
            run.swap_text.append(judged(parse_text(swapped)))
    run.seed_flagged = judged(parse_text(seed_case(shared).text))[1]
    return run


def _values(rows: Sequence[tuple[float | None, bool]]) -> list[float]:
    # Too little text to judge is no evidence either way: it ranks in the middle.
    return [0.5 if c is None else c for c, _ in rows]


def coherence_scores(run: CoherenceRun) -> dict[str, float]:
    """AUC of ``coherence`` (real pages above swaps), share of swaps flagged, of real pages not flagged."""
    real = run.real_html + run.real_text
    swaps = run.swap_html + run.swap_text
    return {
        "trust.coherence_auc": auc(_values(real), _values(swaps)),
        "trust.coherence_auc_html": auc(_values(run.real_html), _values(run.swap_html)),
        "trust.coherence_auc_text": auc(_values(run.real_text), _values(run.swap_text)),
        "trust.mismatch_swaps_flagged": sum(f for _, f in swaps) / len(swaps) if swaps else 0.0,
        "trust.mismatch_real_unflagged": 1 - sum(f for _, f in real) / len(real) if real else 0.0,
        "trust.mismatch_seed_flagged": float(run.seed_flagged),
    }
