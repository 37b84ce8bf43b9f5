"""Corpus-level scores, as ../shared/ANCHORS.md defines them, built on :mod:`benchmarks.scoring`.

Each scorer takes the pages and one tool's extractions (same order) and returns a
flat ``{metric: value}``; a metric whose field the tool does not produce is left
out (shown as "–"). Metrics named ``n_*`` are page counts (denominators).
"""

from __future__ import annotations

from collections.abc import Sequence

from benchmarks.corpora import WCXB_TYPES, Page
from benchmarks.extractors import ALL_FIELDS, Extraction, byline_string
from benchmarks.scoring import (
    exact,
    mean,
    norm,
    norm_byline,
    prf_counts,
    set_prf,
    snippet_in,
    token_prf,
    url_key,
    wcxb_authors_f1,
    wcxb_body_f1,
    wcxb_norm_headline,
)

__all__ = ["related_over", "score_annotations", "score_readability", "score_trafilatura", "score_wcxb", "wcxb_page"]

Scores = dict[str, float]


def _rate(hits: Sequence[bool]) -> float:
    return mean(1.0 if h else 0.0 for h in hits)


def score_readability(pages: Sequence[Page], exs: Sequence[Extraction], fields: frozenset[str] = ALL_FIELDS) -> Scores:
    """Readability corpus: headline/byline/excerpt/date exact over pages with that gold, body token F1."""
    s: Scores = {}
    with_title = [(p, e) for p, e in zip(pages, exs, strict=True) if p.gold["title"]]
    with_byline = [(p, e) for p, e in zip(pages, exs, strict=True) if p.gold["byline"]]
    with_excerpt = [(p, e) for p, e in zip(pages, exs, strict=True) if p.gold["excerpt"]]
    with_date = [(p, e) for p, e in zip(pages, exs, strict=True) if p.gold["published"]]
    s["n_pages"] = len(pages)
    s["n_title"], s["n_byline"], s["n_excerpt"], s["n_date"] = (
        len(with_title),
        len(with_byline),
        len(with_excerpt),
        len(with_date),
    )
    if "headline" in fields:
        s["headline_exact"] = _rate([exact(e.headline, p.gold["title"]) for p, e in with_title])
    if "authors" in fields or "byline_text" in fields:
        s["byline_exact"] = _rate(
            [norm_byline(byline_string(e)) == norm_byline(p.gold["byline"]) for p, e in with_byline]
        )
    if "description" in fields or "subheading" in fields:
        # The dek shown on the page first, as Readability.js prefers it; else the meta description.
        s["excerpt_exact"] = _rate([exact(e.subheading or e.description, p.gold["excerpt"]) for p, e in with_excerpt])
    if "body" in fields:
        s["body_f1"] = mean(token_prf(e.body, p.gold["body"]).f1 for p, e in zip(pages, exs, strict=True))
    if "published" in fields:
        hits = [e.page_published == p.gold["published"] for p, e in with_date]
        s["date_exact"] = _rate(hits)
        s["date_exact_count"] = float(sum(hits))
    return s


def score_trafilatura(pages: Sequence[Page], exs: Sequence[Extraction], fields: frozenset[str] = ALL_FIELDS) -> Scores:
    """trafilatura-eval: snippet P/R/F1/accuracy summed over the corpus, metadata exact matches."""
    s: Scores = {"n_pages": len(pages)}
    if "body" in fields:
        tp = fn = fp = tn = 0
        for p, e in zip(pages, exs, strict=True):
            for snippet in p.gold["with"]:
                if snippet_in(snippet, e.body):
                    tp += 1
                else:
                    fn += 1
            for snippet in p.gold["without"]:
                if snippet_in(snippet, e.body):
                    fp += 1
                else:
                    tn += 1
        prf = prf_counts(tp, tp + fp, tp + fn)
        total = tp + fn + fp + tn
        s["snippet_precision"], s["snippet_recall"], s["snippet_f1"] = prf.precision, prf.recall, prf.f1
        s["snippet_accuracy"] = (tp + tn) / total if total else 0.0
    if "body" in fields and "subheading" in fields:
        # This gold counts a page's dek as article text; a tool that reports the dek apart
        # from the body is also scored on dek + body, the text the other tools return as one.
        tp = fp = fn = 0
        for p, e in zip(pages, exs, strict=True):
            text = f"{e.subheading or ''}\n\n{e.body}"
            found = sum(1 for snippet in p.gold["with"] if snippet_in(snippet, text))
            tp += found
            fn += len(p.gold["with"]) - found
            fp += sum(1 for snippet in p.gold["without"] if snippet_in(snippet, text))
        s["snippet_f1_with_dek"] = prf_counts(tp, tp + fp, tp + fn).f1
    pairs = list(zip(pages, exs, strict=True))
    with_author = [(p, e) for p, e in pairs if p.gold["author"]]
    with_title = [(p, e) for p, e in pairs if p.gold["title"]]
    with_desc = [(p, e) for p, e in pairs if p.gold["description"]]
    with_date = [(p, e) for p, e in pairs if p.gold["published"]]
    s["n_author"], s["n_title"], s["n_description"], s["n_date"] = (
        len(with_author),
        len(with_title),
        len(with_desc),
        len(with_date),
    )
    if "authors" in fields or "byline_text" in fields:
        s["author_exact"] = _rate([exact(byline_string(e), p.gold["author"]) for p, e in with_author])
    if "headline" in fields:
        s["headline_exact"] = _rate([exact(e.headline, p.gold["title"]) for p, e in with_title])
    if "description" in fields or "subheading" in fields:
        # This gold is the page's meta description (made with trafilatura's help), so the
        # tool's description comes first here and its dek is only the fallback.
        s["description_exact"] = _rate(
            [exact(e.description or e.subheading, p.gold["description"]) for p, e in with_desc]
        )
    if "published" in fields:
        s["date_exact"] = _rate([e.page_published == p.gold["published"] for p, e in with_date])
    return s


def score_annotations(pages: Sequence[Page], exs: Sequence[Extraction], fields: frozenset[str] = ALL_FIELDS) -> Scores:
    """Hand-annotated pages (../shared/annotations): all six segments, as LABELING.md defines them."""
    pairs = [(p.annotation, e) for p, e in zip(pages, exs, strict=True) if p.annotation is not None]
    s: Scores = {"n_pages": len(pairs)}
    with_sub = [(a, e) for a, e in pairs if norm(a.get("subheading"))]
    with_byline = [(a, e) for a, e in pairs if norm(a.get("byline_text"))]
    with_authors = [(a, e) for a, e in pairs if a.get("authors")]
    with_date = [(a, e) for a, e in pairs if a.get("published")]
    with_cr = [(a, e) for a, e in pairs if a.get("copyright")]
    s["n_subheading"], s["n_byline"], s["n_authors"], s["n_published"], s["n_copyright"] = (
        len(with_sub),
        len(with_byline),
        len(with_authors),
        len(with_date),
        len(with_cr),
    )
    s["n_related"] = sum(len(a.get("related_links") or []) for a, _ in pairs)
    if "headline" in fields:
        s["headline_exact"] = _rate([exact(e.headline, a.get("headline")) for a, e in pairs])
        s["headline_f1"] = mean(token_prf(e.headline, a.get("headline")).f1 for a, e in pairs)
    if "subheading" in fields:
        # None against None is a match: most pages show no dek, and saying so is right.
        s["subheading_exact"] = _rate([exact(e.subheading, a.get("subheading")) for a, e in pairs])
        s["subheading_exact_gold"] = _rate([exact(e.subheading, a.get("subheading")) for a, e in with_sub])
    if "byline_text" in fields:
        s["byline_exact"] = _rate([norm_byline(e.byline_text) == norm_byline(a.get("byline_text")) for a, e in pairs])
        s["byline_exact_gold"] = _rate(
            [norm_byline(e.byline_text) == norm_byline(a.get("byline_text")) for a, e in with_byline]
        )
    if "authors" in fields:
        s["authors_f1"] = mean(set_prf(e.authors, a.get("authors") or []).f1 for a, e in with_authors)
        s["authors_f1_all"] = mean(set_prf(e.authors, a.get("authors") or []).f1 for a, e in pairs)
    if "published" in fields:
        s["published_exact"] = _rate([e.published == a.get("published") for a, e in with_date])
    if "related" in fields:
        tp = n_pred = n_gold = 0
        for a, e in pairs:
            pred = {url_key(u) for u in e.related_urls if url_key(u)}
            gold = {url_key(link["url"]) for link in a.get("related_links") or [] if link.get("url")}
            tp += len(pred & gold)
            n_pred += len(pred)
            n_gold += len(gold)
        prf = prf_counts(tp, n_pred, n_gold)
        s["related_url_precision"], s["related_url_recall"], s["related_url_f1"] = prf.precision, prf.recall, prf.f1
        # The counts, so that several annotation files can be scored together (related_over).
        s["n_related_tp"], s["n_related_pred"] = float(tp), float(n_pred)
    if "copyright" in fields:
        s["copyright_exact"] = _rate(
            [exact(e.copyright_text, (a.get("copyright") or {}).get("text")) for a, e in pairs]
        )
        s["copyright_exact_gold"] = _rate([exact(e.copyright_text, a["copyright"].get("text")) for a, e in with_cr])
        # Holder and years only count when a notice was found at all (None == None is no success here).
        s["copyright_holder_exact"] = _rate(
            [e.has_copyright and exact(e.copyright_holder, a["copyright"].get("holder")) for a, e in with_cr]
        )
        s["copyright_years_exact"] = _rate(
            [
                e.has_copyright and tuple(e.copyright_years) == tuple(int(y) for y in a["copyright"].get("years") or [])
                for a, e in with_cr
            ]
        )
    return s


def related_over(scores: Sequence[Scores]) -> Scores:
    """Related-URL precision, recall and F1 over several annotation files together (micro:
    the counts of each, from :func:`score_annotations`, summed)."""
    tp = sum(s.get("n_related_tp", 0.0) for s in scores)
    n_pred = sum(s.get("n_related_pred", 0.0) for s in scores)
    n_gold = sum(s.get("n_related", 0.0) for s in scores)
    prf = prf_counts(int(tp), int(n_pred), int(n_gold))
    return {"related_url_precision": prf.precision, "related_url_recall": prf.recall, "related_url_f1": prf.f1}


def wcxb_page(page: Page, ex: Extraction, fields: frozenset[str] = ALL_FIELDS) -> dict[str, float]:
    """One wcxb-dev page's scores, for the fields its gold has (README "How to score")."""
    gold = page.gold
    out: dict[str, float] = {}
    if "body" in fields and "body_text" in gold:
        prf = wcxb_body_f1(ex.body, gold["body_text"])
        out["body_f1"], out["body_precision"], out["body_recall"] = prf.f1, prf.precision, prf.recall
    if "headline" in fields and "headline" in gold:
        out["headline_exact"] = float(wcxb_norm_headline(ex.headline) == wcxb_norm_headline(gold["headline"]))
    if "authors" in fields and gold.get("authors"):
        out["authors_f1"] = wcxb_authors_f1(ex.authors, gold["authors"])
    if "published" in fields and "published" in gold:
        out["published_exact"] = float(ex.page_published == gold["published"])
    return out


WCXB_METRICS = ("body_f1", "body_precision", "body_recall", "headline_exact", "authors_f1", "published_exact")


def score_wcxb(pages: Sequence[Page], exs: Sequence[Extraction], fields: frozenset[str] = ALL_FIELDS) -> Scores:
    """wcxb-dev: per page type (``article.body_f1``, ...) and over all pages (``all.body_f1``), each
    metric the mean over the pages whose gold has that field; ``n_<type>.<metric>`` are the counts."""
    per: dict[str, dict[str, list[float]]] = {}
    for page, ex in zip(pages, exs, strict=True):
        kind = page.gold["page_type"]
        for metric, value in wcxb_page(page, ex, fields).items():
            per.setdefault(kind, {}).setdefault(metric, []).append(value)
            per.setdefault("all", {}).setdefault(metric, []).append(value)
    s: Scores = {}
    for kind in ("all", *WCXB_TYPES):
        for metric in WCXB_METRICS:
            values = per.get(kind, {}).get(metric)
            if values:
                s[f"{kind}.{metric}"] = mean(values)
                s[f"n_{kind}.{metric}"] = float(len(values))
    return s
