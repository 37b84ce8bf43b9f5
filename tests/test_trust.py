"""Page type, coherence and confidence: the shipped models, their features and the warnings they raise."""

from __future__ import annotations

import math
import statistics
from unittest import mock

import pytest

import newsparse
from benchmarks.trust import auc, spearman, split_of, swap_dump, swap_html
from newsparse.article import PAGE_TYPES
from newsparse.blocks import Page
from newsparse.found import Body, Found, PageFacts, Story, Taken
from newsparse.read.walk import tree_to_page
from newsparse.trust.coherence import MISMATCH_BELOW, coherence_features
from newsparse.trust.confidence import confidence_features, judged_features
from newsparse.trust.linear import Linear, damped, logistic, softmax
from newsparse.trust.pagetype import page_type_features
from newsparse.trust.weights import WEIGHTS
from tests.conftest import FERRY_PARAGRAPHS, FERRY_STORY, TERMS_OF_SALE

FERRY_HEADLINE = "River Ferry Returns to Service After Engine Repairs"
# Another story's headline: no topic word in common with the ferry story.
OTHER_HEADLINE = "Orchestra Cancels Winter Concerts as Violinists Strike Over Pay"
STORY = "\n\n".join(FERRY_PARAGRAPHS * 2)


def _dump(headline: str) -> str:
    return f"{headline}\nBy Jo Lee\n\n{STORY}\n"


def _html_page(body: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body>{body}</body></html>"


def _page(html: str) -> Page:
    import lxml.html

    return tree_to_page(lxml.html.document_fromstring(html))


# --- the shipped weights match the features the code computes ------------------------------


def _story_page() -> Page:
    return _page(_html_page(f"<article><h1>{FERRY_HEADLINE}</h1>{FERRY_STORY}</article>"))


def test_page_type_model_reads_the_features_the_code_computes() -> None:
    names = set(
        page_type_features(_story_page(), Found(headline=Taken(FERRY_HEADLINE), body=Taken(Body(FERRY_PARAGRAPHS))))
    )
    assert set(WEIGHTS["page_type"]["features"]) == names
    assert len(WEIGHTS["page_type"]["weights"]) == len(PAGE_TYPES)


def test_coherence_model_reads_the_features_the_code_computes() -> None:
    features = coherence_features(FERRY_HEADLINE, None, FERRY_PARAGRAPHS * 2)
    assert features is not None
    assert set(WEIGHTS["coherence"]["features"]) == set(features)


def test_confidence_model_reads_the_features_the_code_computes() -> None:
    found = Found(headline=Taken(FERRY_HEADLINE), body=Taken(Body(FERRY_PARAGRAPHS)), story=Taken(Story(1), (1, 2, 3)))
    names = set(confidence_features(_story_page(), found)) | set(judged_features([1.0] + [0.0] * 6, 0.9))
    assert set(WEIGHTS["confidence"]["features"]) == names


def test_shipped_weights_are_small() -> None:
    n = sum(len(row) for spec in WEIGHTS.values() for row in spec["weights"])
    assert n < 1000


# --- linear models ---------------------------------------------------------------------------


def test_linear_standardises_and_adds_the_bias() -> None:
    model = Linear({"features": ["a", "b"], "mean": [1.0, 0.0], "scale": [2.0, 1.0], "weights": [[0.5, 1.0, -1.0]]})
    assert model.scores({"a": 3.0, "b": 2.0}) == (0.5 + 1.0 - 2.0,)
    # A missing feature counts as its mean.
    assert model.scores({"b": 0.0}) == (0.5,)


def test_linear_rejects_a_malformed_spec() -> None:
    with pytest.raises(ValueError):
        Linear({"features": ["a"], "mean": [0.0], "scale": [1.0], "weights": [[0.0]]})


def test_probabilities() -> None:
    assert logistic(0.0) == 0.5
    assert logistic(1e9) == pytest.approx(1.0)
    assert logistic(-1e9) == pytest.approx(0.0)
    probs = softmax([1.0, 2.0, 3.0])
    assert math.fsum(probs) == pytest.approx(1.0)
    assert probs[2] > probs[1] > probs[0]
    assert damped(4) == 2.0
    assert damped(10**9) == damped(200)


# --- coherence -------------------------------------------------------------------------------


def test_own_headline_is_coherent() -> None:
    article = newsparse.parse_text(_dump(FERRY_HEADLINE))
    assert article.coherence is not None
    assert article.coherence >= MISMATCH_BELOW
    assert not article.has_warning("headline-body-mismatch")


def test_another_storys_headline_is_flagged() -> None:
    article = newsparse.parse_text(_dump(OTHER_HEADLINE))
    assert article.coherence is not None
    assert article.coherence < MISMATCH_BELOW
    assert article.has_warning("headline-body-mismatch")
    own = newsparse.parse_text(_dump(FERRY_HEADLINE))
    assert own.coherence is not None
    assert article.coherence < own.coherence


def test_too_little_text_is_not_judged() -> None:
    assert coherence_features(FERRY_HEADLINE, None, ("One short line.",)) is None
    assert coherence_features("Ferry", None, FERRY_PARAGRAPHS * 2) is None
    assert coherence_features(None, None, FERRY_PARAGRAPHS) is None
    article = newsparse.parse_text("Ferry back\n\nThe ferry is back.\n")
    assert article.coherence is None


def test_coherence_reads_inflections_and_cjk() -> None:
    features = coherence_features("Ferry Returned to Services", None, FERRY_PARAGRAPHS * 2)
    assert features is not None
    assert features["coverage"] == 1.0
    body = ("渡轮周五恢复服务，工程师更换了两台发动机。" * 10,)
    cjk = coherence_features("渡轮恢复服务", None, body)
    assert cjk is not None
    # Four of the five character pairs of the title come back ("轮恢" spans two words).
    assert cjk["coverage"] == pytest.approx(0.8)
    assert cjk["gram_coverage"] == pytest.approx(0.8)


# --- page type -------------------------------------------------------------------------------

_SHOP_HEAD = (
    '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Product", "name": "Trail Stove",'
    ' "offers": {"@type": "Offer", "price": "49.99"}}</script><meta property="og:type" content="product">'
)
_SHOP_BODY = (
    "<nav><a href='/'>Home</a> <a href='/stoves'>Stoves</a> <a href='/tents'>Tents</a> <a href='/cart'>Cart</a></nav>"
    '<h1>Trail Stove 2</h1><div class="product-price">$49.99</div><button class="add-to-cart">Add to cart</button>'
    "<p>In stock</p><p>Free shipping</p><div class='product-description'><p>A light stove for two.</p></div>"
    "<ul><li>Weight: 300 g</li><li>Fuel: gas</li><li>Burn time: 90 min</li></ul>"
    "<h2>Reviews</h2><p>4.6 out of 5</p><footer><p>Returns within 30 days</p><p>© 2025 Trail Shop</p></footer>"
)


def test_a_story_is_an_article() -> None:
    html = _html_page(
        f"<article><h1>{FERRY_HEADLINE}</h1><p class='byline'>By Jo Lee</p>{FERRY_STORY * 2}</article>",
        head='<meta property="og:type" content="article">',
    )
    article = newsparse.parse_html(html, url="https://news.example/2025/05/ferry-returns-to-service")
    assert article.page_type == "article"
    assert not article.has_warning("not-an-article")


def test_a_shop_page_is_not_an_article() -> None:
    article = newsparse.parse_html(_html_page(_SHOP_BODY, _SHOP_HEAD), url="https://shop.example/products/trail-stove")
    assert article.page_type == "product"
    assert article.has_warning("not-an-article")
    # The segments that mean something there are still returned.
    assert article.headline == "Trail Stove 2"


def test_page_type_reads_declarations_and_url() -> None:
    page = _page(_html_page(_SHOP_BODY, _SHOP_HEAD))
    features = page_type_features(
        page, Found(headline=Taken("Trail Stove 2"), meta=Taken(PageFacts(page_url="https://shop.example/products/x")))
    )
    assert features["schema_product"] == 1.0
    assert features["og_product"] == 1.0
    assert features["url_product"] == 1.0
    assert features["prices"] > 0
    assert features["carts"] > 0
    assert page.hints.schema_types == ("product",)
    assert page.hints.og_type == "product"


def test_text_dumps_are_read_as_articles() -> None:
    article = newsparse.parse_text(_dump(FERRY_HEADLINE))
    assert article.page_type == "article"
    assert article.confidence is None


# --- confidence ------------------------------------------------------------------------------


def test_confidence_is_a_probability_and_zero_without_a_body() -> None:
    html = _html_page(f"<article><h1>{FERRY_HEADLINE}</h1>{FERRY_STORY * 2}</article>")
    article = newsparse.parse_html(html)
    assert article.confidence is not None
    assert 0.0 <= article.confidence <= 1.0
    empty = newsparse.parse_html(_html_page("<nav><a href='/a'>Home</a> <a href='/b'>News</a></nav>"))
    assert empty.confidence == 0.0


def test_the_same_page_gives_the_same_estimates() -> None:
    html = _html_page(_SHOP_BODY, _SHOP_HEAD)
    a, b = newsparse.parse_html(html), newsparse.parse_html(html)
    assert (a.page_type, a.coherence, a.confidence) == (b.page_type, b.coherence, b.confidence)


# --- the benchmark's helpers -----------------------------------------------------------------


def test_rank_statistics() -> None:
    assert spearman([1, 2, 3, 4], [10, 20, 30, 40]) == pytest.approx(1.0)
    assert spearman([1, 2, 3, 4], [4, 3, 2, 1]) == pytest.approx(-1.0)
    assert spearman([1, 1, 1], [1, 2, 3]) == 0.0
    assert auc([0.9, 0.8], [0.1, 0.2]) == 1.0
    assert auc([0.5], [0.5]) == 0.5


def test_split_is_fixed_by_domain() -> None:
    assert split_of("example.com") == split_of("example.com")
    assert {split_of(f"site{i}.example") for i in range(50)} == {"train", "test"}


def test_swaps_replace_the_headline() -> None:
    html = _html_page(
        f"<h1>{FERRY_HEADLINE}</h1>{FERRY_STORY}",
        head=f"<title>{FERRY_HEADLINE} | Courier</title><meta property='og:title' content='{FERRY_HEADLINE}'>",
    )
    swapped = swap_html(html, FERRY_HEADLINE, OTHER_HEADLINE)
    assert swapped is not None
    assert FERRY_HEADLINE not in swapped
    assert newsparse.parse_html(swapped).headline == OTHER_HEADLINE
    assert swap_html(html, "No Such Headline Here", OTHER_HEADLINE) is None
    dump = swap_dump(_dump(FERRY_HEADLINE), FERRY_HEADLINE, OTHER_HEADLINE)
    assert dump is not None
    assert dump.startswith(OTHER_HEADLINE)


# --- what the body rule learnt, as evidence ---------------------------------------------------


def _found(html: str) -> tuple[Page, Found]:
    from newsparse.assemble import find

    page = _page(html)
    return page, find(page)


def test_a_body_of_legal_notices_is_evidence_against_it() -> None:
    terms = "".join(f"<p>{t}</p>" for t in TERMS_OF_SALE[:3])
    page, found = _found(_html_page(f"<h1>Terms of sale</h1><div>{terms}</div>"))
    assert confidence_features(page, found)["body_legal_share"] == 1.0
    page, found = _found(_html_page(f"<article><h1>{FERRY_HEADLINE}</h1>{FERRY_STORY}</article>"))
    assert confidence_features(page, found)["body_legal_share"] == 0.0


def test_a_body_that_opens_with_its_authors_name_opens_with_a_bio() -> None:
    bio = "Ana Lima reviews boats and ferries, and has covered the harbour for the paper since 2015."
    story = "".join(f"<p>{p}</p>" for p in FERRY_PARAGRAPHS)
    page, found = _found(
        _html_page(f"<article><h1>{FERRY_HEADLINE}</h1><p class='byline'>By Ana Lima</p><p>{bio}</p>{story}</article>")
    )
    assert found.byline.value is not None and found.byline.value.authors == ("Ana Lima",)
    assert confidence_features(page, found)["opens_with_author"] == 1.0


def test_confidence_reads_whether_the_body_rule_took_the_main_area() -> None:
    cards = "".join(
        f"<div class='card'><h2><a href='/p/{n}'>Trail stove model {n}</a></h2><p>£{n}9.00</p></div>" for n in range(12)
    )
    page, found = _found(_html_page(f"<main><h1>Camping stoves</h1><p>Our stoves for every trip.</p>{cards}</main>"))
    assert found.story.value.evidence["body_region_cards"] > 3
    assert found.story.value.evidence["body_story_share"] < 0.5
    assert confidence_features(page, found)["body_area_taken"] == 1.0


def test_confidence_reads_how_little_of_the_main_area_the_story_holds() -> None:
    cards = "".join(
        f"<div class='card'><h2><a href='/p/{n}'>Trail stove model {n}</a></h2><p>£{n}9.00</p></div>" for n in range(12)
    )
    page, found = _found(_html_page(f"<main><h1>Camping stoves</h1><p>Our stoves for every trip.</p>{cards}</main>"))
    shop = confidence_features(page, found)
    assert shop["body_story_share"] < 0.5
    assert shop["body_region_cards"] > 3
    page, found = _found(_html_page(f"<main><article><h1>{FERRY_HEADLINE}</h1>{FERRY_STORY}</article></main>"))
    story = confidence_features(page, found)
    assert story["body_story_share"] > 0.8
    assert story["body_region_prose_share"] > shop["body_region_prose_share"]


def test_confidence_reads_a_story_table_as_the_story_it_is() -> None:
    # A table set in a figure is the story's data: its cells are short lines the body holds, not
    # lines of the main area it leaves, and the story's words stay in sentences.
    rows = "".join(f"<tr><td>Pier {n}</td><td>{n} sailings</td></tr>" for n in range(1, 13))
    first, *rest = (f"<p>{p}</p>" for p in FERRY_PARAGRAPHS)
    table = f"<figure><table>{rows}</table><figcaption>Timetable</figcaption></figure>"
    page, found = _found(
        _html_page(f"<main><article><h1>{FERRY_HEADLINE}</h1>{first}{table}{''.join(rest)}</article></main>")
    )
    features = confidence_features(page, found)
    assert "Pier 12" in "\n".join(found.body.value.paragraphs)
    assert features["body_region_left"] < 0.1
    assert features["sentence_words"] > features["body_sentences"]
    assert features["sentence_words"] > 0.6


def test_page_type_reads_a_sectioned_story_as_its_container_holds_it() -> None:
    from tests.test_body import _guide_page

    html, expected = _guide_page()
    page, found = _found(html)
    # The body runs on through every section; the page-type evidence reads the intro alone.
    assert len(found.body.value.paragraphs) == len(expected)
    core = found.story.value.core
    assert core and len(core) < len(found.body.blocks)
    features = page_type_features(page, found)
    assert features["body_paragraphs"] == damped(len(core))


def test_page_type_reads_a_passage_printed_twice_as_printed() -> None:
    teaser = (
        "<div class='teaser'><h3><a href='/p/{n}'>How the river ferry crossed again, part {n}</a></h3><p>The ferry"
        " crossed the estuary again on Monday morning for the {n}th time since its repairs were done.</p></div>"
    )
    grid = "".join(teaser.format(n=n) for n in range(6))
    html = _html_page(
        f"<main><h1>The ferry blog</h1><div class='wide'>{grid}</div><div class='narrow'>{grid}</div></main>"
    )
    page, found = _found(html)
    assert len(found.story.value.core) > len(found.story.blocks)
    printed = {*found.story.value.core} - {*found.headline.blocks, *found.byline.blocks, *found.subheading.blocks}
    assert page_type_features(page, found)["body_paragraphs"] == damped(len(printed))


def test_page_type_reads_a_date_and_credit_by_the_headline() -> None:
    dated = _html_page(
        f"<article><h1>{FERRY_HEADLINE}</h1><p class='byline'>By Jo Lee</p>"
        f"<time datetime='2025-03-04'>4 March 2025</time>{FERRY_STORY}</article>"
    )
    page, found = _found(dated)
    features = page_type_features(page, found)
    assert features["time_by_headline"] == 1.0
    assert features["credit_by_headline"] == 1.0
    assert features["headline_position"] < 0.5
    page, found = _found(_html_page(f"<article><h1>{FERRY_HEADLINE}</h1>{FERRY_STORY}</article>"))
    bare = page_type_features(page, found)
    assert bare["time_by_headline"] == bare["credit_by_headline"] == bare["dated_credit_by_headline"] == 0.0


def test_page_type_reads_what_the_body_rule_learnt_of_the_main_area() -> None:
    cards = "".join(
        f"<div class='card'><h2><a href='/p/{n}'>Trail stove model {n}</a></h2><p>£{n}9.00</p></div>" for n in range(12)
    )
    page, found = _found(_html_page(f"<main><h1>Camping stoves</h1><p>Our stoves for every trip.</p>{cards}</main>"))
    features = page_type_features(page, found)
    evidence = found.story.value.evidence
    assert features["body_region_cards"] == evidence["body_region_cards"] > 3
    assert features["body_story_share"] == evidence["body_story_share"] < 0.5


def test_out_of_fold_page_types_keep_a_site_on_one_side() -> None:
    from benchmarks import train_trust

    rows = [{"id": f"p{i}", "domain": f"site{i % 7}.example", "type": "article"} for i in range(40)]
    seen: list[set[str]] = []

    def fit(part: list[dict[str, object]]) -> dict[str, list[object]]:
        seen.append({str(r["domain"]) for r in part})
        return {}

    with (
        mock.patch.object(train_trust, "fit_page_type", fit),
        mock.patch.object(train_trust, "_type_probs", lambda spec, row: (float(row["domain"] in seen[-1]),)),
    ):
        probs = train_trust.out_of_fold_probs(rows)
    # No page is typed by a model fitted on its own site's pages.
    assert probs == [(0.0,)] * len(rows)


def test_confidence_fit_weighs_pages_by_the_spread_of_their_types_f1() -> None:
    from benchmarks import train_trust

    # Articles' bodies are mostly right (a small spread), listings' often wrong: an article weighs more.
    articles = [0.9, 1.0, 0.95, 0.85] * 10
    listings = [0.1, 0.9] * 20
    rows = [{"type": "article", "f1": f} for f in articles] + [{"type": "listing", "f1": f} for f in listings]
    weights = train_trust._spread_weights([(r, ()) for r in rows])
    assert len(set(weights[:40])) == len(set(weights[40:])) == 1
    assert weights[0] > 5 * weights[40]
    # Each type's spread is shrunk toward that of all pages by its page count.
    k, pooled = train_trust.SPREAD_PRIOR_PAGES, statistics.pvariance(articles + listings)
    assert weights[40] == pytest.approx((40 + k) / (40 * 0.16 + k * pooled))


def test_confidence_fit_weighs_a_type_of_few_pages_about_as_an_average_page() -> None:
    from benchmarks import train_trust

    # A type of one page, or of a few whose F1s agree by chance, says nothing of its spread: it
    # weighs no more than a page of the most regular type of many pages, not the floor's bound.
    articles = [0.9, 1.0, 0.95, 0.85] * 25
    listings = [0.1, 0.9, 0.5, 0.3] * 10
    for few in ([0.5], [0.7, 0.7, 0.7]):
        rows = (
            [{"type": "article", "f1": f} for f in articles]
            + [{"type": "listing", "f1": f} for f in listings]
            + [{"type": "forum", "f1": f} for f in few]
        )
        weights = train_trust._spread_weights([(r, ()) for r in rows])
        assert weights[-1] < weights[0]
        assert weights[-1] < 1 / statistics.pvariance(articles + listings + few) * 1.5
