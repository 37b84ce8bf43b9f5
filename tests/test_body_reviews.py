"""Customer reviews under a product's text are not the page's body (small pages built for the tests)."""

from __future__ import annotations

from newsparse import parse_html

DESCRIPTION = [
    "The Harbour Lantern is a storm lamp made in our workshop by the river, from brass and hand-blown"
    " glass, with a wick that burns for twelve hours on one filling of lamp oil.",
    "Its shade turns to keep the wind off the flame, and its handle folds flat, so it packs into a boat's"
    " locker or a tent pocket as easily as it hangs from a hook on the porch.",
    "Every lantern is tested at the bench before it leaves us, and it comes with a spare wick, a funnel"
    " and a cloth bag that keeps the glass from knocking against the rest of your kit.",
]
SPECS = ["Height: 24 cm", "Weight: 610 g", "Burn time: 12 hours"]
REVIEWS = [
    (
        "Mira K.",
        "5",
        "Bright and sturdy",
        "I took it sailing for a week and it stayed lit through two squalls; the brass has"
        " kept its shine and the glass has not a scratch on it.",
    ),
    (
        "Tomas R.",
        "4",
        "Good lamp, heavy",
        "It gives a warm even light and is easy to fill, though it is heavier than I"
        " expected for a camping lamp and the handle gets warm after an hour.",
    ),
    (
        "Ines V.",
        "5",
        "A gift that lasted",
        "Bought it for my father's allotment shed two winters ago and it still lights on"
        " the first match every evening he is out there.",
    ),
]


def _page(head: str = "", reviews: list[tuple[str, str, str, str]] = REVIEWS) -> str:
    description = "".join(f"<p>{p}</p>" for p in DESCRIPTION)
    specs = "".join(f"<li>{s}</li>" for s in SPECS)
    items = "".join(
        f"<div class='entry'><div class='who'>{name}</div><div class='stars'>Rated {stars} out of 5 stars</div>"
        f"<h3>{title}</h3><p>{text}</p><div class='votes'>Was this helpful?</div></div>"
        for name, stars, title, text in reviews
    )
    return (
        f"<html><head><title>Harbour Lantern | Quayside Lamps</title>{head}</head><body>"
        "<nav><a href='/'>Home</a> <a href='/lamps'>Lamps</a></nav><main>"
        "<div class='product'><h1>Harbour Lantern</h1><div class='rating'>4.7 out of 5 stars (31)</div>"
        f"<div class='price'>$84.00</div><div class='text'>{description}<ul>{specs}</ul></div></div>"
        f"<div class='feedback'><h2>What buyers say</h2>{items}</div>"
        "</main><footer>Copyright 2024 Quayside Lamps</footer></body></html>"
    )


def test_the_reviews_under_a_products_text_are_not_its_body() -> None:
    body = parse_html(_page()).body
    assert all(p in body for p in DESCRIPTION)
    assert not any(text in body or title in body for _, _, title, text in REVIEWS)


def test_a_grid_of_products_rated_by_their_buyers_keeps_its_items() -> None:
    """A card's rating counts its raters: it is the product's summary, not a review."""
    cards = "".join(
        f"<div class='card'><h3>{name} lantern</h3><div class='stars'>4.{n} out of 5 stars. {n + 12} reviews</div>"
        f"<p>{text}</p></div>"
        for n, (name, _, _, text) in enumerate(REVIEWS)
    )
    html = (
        "<html><head><title>Lanterns</title></head><body><main><h1>Lanterns</h1>"
        f"<p>{DESCRIPTION[0]}</p><div class='grid'>{cards}</div></main></body></html>"
    )
    body = parse_html(html).body
    assert all(text in body for _, _, _, text in REVIEWS)


def test_the_answers_of_a_help_page_with_a_vote_under_each_stay() -> None:
    """ "Was this helpful?" under each answer of a help page is a vote on the page's own text."""
    items = "".join(
        f"<div class='faq-item'><h3>{title}?</h3><p>{text}</p><div class='fb'>Was this helpful?</div></div>"
        for _, _, title, text in REVIEWS
    )
    html = (
        "<html><head><title>Help | Quayside Lamps</title></head><body><main><h1>Questions about our lamps</h1>"
        f"<p>{DESCRIPTION[0]}</p><div class='faq'>{items}</div></main></body></html>"
    )
    body = parse_html(html).body
    assert all(text in body for _, _, _, text in REVIEWS)


def test_the_picks_of_a_buying_guide_rated_by_its_editor_stay() -> None:
    """An editor's rating on each pick of a guide is the guide's own text, not a buyer's review."""
    picks = "".join(
        f"<section class='pick'><h2>{title}</h2><p>Rated {stars} out of 5</p><p>{text}</p></section>"
        for _, stars, title, text in REVIEWS
    )
    html = (
        "<html><head><title>The best storm lamps</title></head><body><main><h1>The best storm lamps</h1>"
        f"<p>{DESCRIPTION[0]}</p>{picks}<p>{DESCRIPTION[1]}</p></main></body></html>"
    )
    body = parse_html(html).body
    assert all(text in body for _, _, _, text in REVIEWS)
