"""What a line of a page is by its words and shape alone: a menu entry, the label over a list of
other articles, a promo line, a link in brackets, a line of furniture.

Read by the headline, body and related rules of both kinds of input; each fact is written here once.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from .lexicon import (
    AFFILIATE_PROGRAM,
    BOILERPLATE_LINE,
    CAPTION_CREDIT_END,
    CLOSING_HEADING,
    COMMENT_HEADING,
    COMMENT_LINK,
    INBOX_PITCH,
    INBOX_SIGNUP,
    LINK_EARNINGS,
    LINK_EARNINGS_STEMS,
    PHOTO_CREDIT,
    PROMO_LABEL,
    QUOTED_SPAN,
    RELATED_LABEL,
    SITE_VOICE,
)
from .memo import bounded_memo
from .text import closes_sentence, ends_sentence, word_count

__all__ = [
    "LABEL_MAX_CHARS",
    "MENU_MAX_WORDS",
    "PROMO_BOX_LINES",
    "is_bracketed_link",
    "is_caption_line",
    "is_closing_line",
    "is_furniture_line",
    "is_menu_line",
    "is_picture_credit_line",
    "is_promo_block",
    "is_promo_line",
    "is_prose_line",
    "is_related_label",
    "is_site_pitch",
    "prose_span",
]

# Menu entries ("Home", "World", "Sign in") are one or two words; real headlines are longer.
MENU_MAX_WORDS = 2
# A menu entry is a short line; a longer one without a sentence end is a title.
MENU_MAX_CHARS = 40
# Menu items in a row are set apart by bars, bullets or slashes ("Home | World | Sport").
_MENU_SEPARATORS = regex.compile(r"\s[|•·/»]\s")
# Only the start of a long line is read for menu separators: a row of menu items is short.
MENU_ROW_REACH = 400
# A list's label is a short line.
LABEL_MAX_CHARS = 80
# Short lines asked about being a list's label, remembered: a site's menus and rails repeat them
# on every page (bounded, so memory stays flat over a crawl).
LABEL_CACHE_SIZE = 16384
# A promo label and its separator fit in this many characters (a cheap test before the pattern).
PROMO_LABEL_REACH = 60
_PROMO_SEPARATORS = (":", ">", "»", "›", "|", "-", "–", "—")
# A link in brackets is the line when its text is most of what is inside them.
BRACKETED_LINK_SHARE = 0.6
# A caption is a sentence or two under a picture; a longer line that ends with a credit is a paragraph.
CAPTION_MAX_CHARS = 200
# A picture's credit printed as a line of its own ("Photo: AFP", "Jane Roe/Reuters") is short.
PICTURE_CREDIT_MAX_CHARS = 120


def is_menu_line(text: str) -> bool:
    """Navigation or furniture, not a title: one or two words, or a row of menu items."""
    if BOILERPLATE_LINE.match(text):
        return True
    if len(_MENU_SEPARATORS.findall(text[:MENU_ROW_REACH])) >= 2 and not ends_sentence(text):
        return True
    return word_count(text) <= MENU_MAX_WORDS and not ends_sentence(text) and len(text) <= MENU_MAX_CHARS


def is_related_label(text: str) -> bool:
    """A heading that announces a list of other articles ("Related", "Read next", "Lesen Sie auch")."""
    return len(text) <= LABEL_MAX_CHARS and _related_label(text)


@bounded_memo(LABEL_CACHE_SIZE, LABEL_MAX_CHARS)
def _related_label(text: str) -> bool:
    return RELATED_LABEL.match(text) is not None


def is_promo_line(text: str) -> bool:
    """A line that opens with a promo label ("Read more: …", "Lesen Sie auch: …")."""
    head = text[:PROMO_LABEL_REACH]
    return any(sep in head for sep in _PROMO_SEPARATORS) and PROMO_LABEL.match(text) is not None


def is_caption_line(text: str) -> bool:
    """A picture's caption printed as a line of its own: a sentence or two that ends with the
    picture's credit (:data:`CAPTION_CREDIT_END`)."""
    return len(text) <= CAPTION_MAX_CHARS and CAPTION_CREDIT_END.search(text) is not None


def is_picture_credit_line(text: str, max_chars: int = PICTURE_CREDIT_MAX_CHARS) -> bool:
    """A picture's credit printed as a line of its own ("Photo: AFP", "(Getty Images)",
    "Jane Roe/Reuters"): a line of at most ``max_chars`` that :data:`PHOTO_CREDIT` reads. The length
    is tested first, so the pattern never reads a long paragraph."""
    return len(text) <= max_chars and PHOTO_CREDIT.search(text) is not None


def is_bracketed_link(text: str, link_texts: Sequence[str]) -> bool:
    """A paragraph that is one link in square brackets ("[Read: Foo sends bar]"): a promo line.
    ``link_texts`` are the texts of the links in it."""
    return (
        len(link_texts) == 1
        and text.startswith("[")
        and text.endswith("]")
        and len(link_texts[0]) >= (len(text) - 2) * BRACKETED_LINK_SHARE
    )


def is_promo_block(text: str, link_texts: Sequence[str]) -> bool:
    """A block with links that is a promo for another page: a promo line or one link in brackets."""
    return bool(link_texts) and (is_promo_line(text) or is_bracketed_link(text, link_texts))


# A site's word about its links' earnings or its mailing list is a line or two; a longer paragraph
# that mentions commissions or an inbox is prose about them.
SITE_PITCH_MAX_CHARS = 300


def is_site_pitch(text: str) -> bool:
    """A line the site prints about itself wherever a story stands: what its links earn it, said in
    its own voice (see :data:`LINK_EARNINGS`, :data:`AFFILIATE_PROGRAM`), or a pitch for its mailing
    list (:data:`INBOX_PITCH` with :data:`INBOX_SIGNUP`). Words in quotation marks are someone's."""
    if len(text) > SITE_PITCH_MAX_CHARS:
        return False
    folded = text.casefold()
    if "inbox" not in folded and not any(stem in folded for stem in LINK_EARNINGS_STEMS):
        return False
    own = QUOTED_SPAN.sub(" ", text)
    if "inbox" in folded and INBOX_PITCH.search(own) is not None and INBOX_SIGNUP.search(own) is not None:
        return True
    return LINK_EARNINGS.search(own) is not None or (
        AFFILIATE_PROGRAM.search(own) is not None and SITE_VOICE.search(own) is not None
    )


def is_furniture_line(text: str) -> bool:
    """A line of the page's furniture wherever it stands: boilerplate ("Advertisement", "Share
    this") or the label over a list of other articles."""
    return BOILERPLATE_LINE.match(text) is not None or is_related_label(text)


# A line that leads to the comments is a short label ("View comments (27)", "Leave a reply"); a
# sentence ending in "comments" is prose.
COMMENT_LABEL_MAX_WORDS = 4
# Words a link to the comments may open with before the word itself ("View all comments").
_COMMENTS_OPENER = regex.compile(r"(?:(?:view|show|read|see|load|all|the)\s+)*", regex.IGNORECASE)


def is_closing_line(text: str) -> bool:
    """A line after which a page's story does not go on: the way to its comments or the heading over
    them, the label over other articles, a box about its author. (Not a share row: a video player in
    the story has one.)"""
    if len(text) > LABEL_MAX_CHARS:
        return False
    if COMMENT_HEADING.match(text) is not None:
        return True
    if word_count(text) <= COMMENT_LABEL_MAX_WORDS:
        # The label starts the line: "Public comments" over a section of the story is a subheading.
        opener = _COMMENTS_OPENER.match(text)
        opened = opener.end() if opener is not None else 0
        if COMMENT_LINK.match(text, max(opened - 1, 0)) is not None:
            return True
    return is_related_label(text) or CLOSING_HEADING.match(text) is not None


# --- where a page's story runs, by the shape of its lines alone (a text dump has no tree) ---
# A line of the story's prose: a sentence of this many words at least, ending as a sentence does.
PROSE_LINE_MIN_WORDS = 15
# Those words are counted in the line's start only: a long paragraph has them there.
PROSE_WORDS_REACH = 400
# A line mostly of link text is a teaser or a menu, however long.
PROSE_MAX_LINK_DENSITY = 0.5
# Between two prose lines of one story stand at most this many other lines (subheadings, a
# picture's caption, an advertisement label); a longer gap is where the story ended.
PROSE_GAP_MAX_LINES = 6
# A later run of prose this share of the longest one carries the story on (past a table, a list
# or a gallery) ...
STORY_RUN_SHARE = 0.1
# ... and an earlier one this share is its start (its part before a list or a gallery): a cookie
# notice or a site menu's blurb or two above the story weighs less.
STORY_START_SHARE = 0.2
# A run of prose before a closing line is the story when it weighs this share of the heaviest run
# after it (comments); a cookie notice or a blurb above the story weighs far less.
CLOSED_RUN_SHARE = 0.3
# A "Related" box inside a story is its label and a teaser or two, and the prose goes on right under it.
PROMO_BOX_LINES = 3
# Lines that are not prose but long weigh in the gap as this many lines each per this many chars.
PROSE_GAP_CHARS = 200
# A site's notice that it uses cookies reads as a sentence but is no story's prose: the site or
# "we" uses them ("We use cookies …", "Nous utilisons des cookies …", "Wir verwenden Cookies …",
# "Este sitio usa cookies …", "Utilizamos cookies …"), or a word of consent, of the visitor's
# experience or of privacy stands near ("By continuing … you agree to the use of cookies"). A
# story's sentence about cookies ("Girl Scouts of the USA sell cookies", "Websites that use
# tracking cookies must ask …") has neither.
_COOKIE_VERB = (
    r"(?:use[sd]?|using|utilis\w*|utiliz\w*|(?-i:usa)|usamos|usiamo|verwende\w*|nutz\w*|gebruik\w*)"
    r"\s+(?:\w+\s+){0,3}cookies?\b"
)
_COOKIE_SITE = regex.compile(
    r"(?:\b(?:we|nous|wir|wij|noi)"
    r"|\b(?:this|our|the|diese|unsere|este|nuestro|ce|notre|questo|deze|onze)\s+(?:web\s*)?"
    r"(?:site|website|webseite|seite|sitio|sito|portal|portail)(?:\s+web)?)"
    rf"\s+(?:\w+\s+){{0,2}}{_COOKIE_VERB}"
    r"|\b(?:usamos|utilizamos|utilisons|usiamo|utilizziamo)\s+(?:\w+\s+){0,3}cookies?\b",
    regex.IGNORECASE,
)
_COOKIE_USE = regex.compile(rf"\b{_COOKIE_VERB}", regex.IGNORECASE)
_COOKIE_CONSENT = regex.compile(
    r"\b(?:accept\w*|acept\w*|akzeptier\w*|consent\w*|agree\w*|zustimm\w*|einverstanden|experience"
    r"|expérience|experiencia|esperienza|nutzererlebnis|browsing|navigation|navegación|continu(?:ing|ez|ando)"
    r"|privacy|privacidad|datenschutz)\b",
    regex.IGNORECASE,
)
# ... near: within this many characters of the cookies' phrase, the notice's own sentence.
COOKIE_CONSENT_REACH = 80


def _cookie_notice(text: str) -> bool:
    if _COOKIE_SITE.search(text) is not None:
        return True
    use = _COOKIE_USE.search(text)
    if use is None:
        return False
    near = text[max(0, use.start() - COOKIE_CONSENT_REACH) : use.end() + COOKIE_CONSENT_REACH]
    return _COOKIE_CONSENT.search(near) is not None


def is_prose_line(text: str, link_density: float = 0.0) -> bool:
    """A line of a story's prose: a sentence of several words, not a link list's or boilerplate."""
    return _is_prose(text, link_density)


def _is_prose(text: str, link_density: float) -> bool:
    return (
        link_density <= PROSE_MAX_LINK_DENSITY
        and closes_sentence(text)
        and word_count(text[:PROSE_WORDS_REACH]) >= PROSE_LINE_MIN_WORDS
        and BOILERPLATE_LINE.match(text) is None
        and not _cookie_notice(text[:PROSE_WORDS_REACH])
    )


def prose_span(texts: Sequence[str], link_densities: Sequence[float], closing: bool = False) -> tuple[int, int] | None:
    """The first and last line of the page's story by its prose: the longest run of prose lines
    (at most :data:`PROSE_GAP_MAX_LINES` apart), widened to the first and last runs that weigh a
    share of it (a story broken by a list or a gallery); ``None`` when no line reads as prose.
    With ``closing``, a closing line (:func:`is_closing_line`) ends a run, and the story is not
    widened past one (the prose after it is comments or teasers).
    One pass over the lines, one over the runs."""
    runs: list[list[int]] = []  # chars, first, last, closing lines before it
    gap = 0
    closed = 0
    soft: int | None = None  # the last "Related" label, while the prose may still go on under it
    for i, (text, density) in enumerate(zip(texts, link_densities, strict=True)):
        if _is_prose(text, density):
            if soft is not None:
                closed, soft = closed - 1, None
            if not runs or gap > PROSE_GAP_MAX_LINES or runs[-1][3] != closed:
                runs.append([0, i, i, closed])
            runs[-1][0] += len(text)
            runs[-1][2] = i
            gap = 0
        elif runs:
            gap += 1 + len(text) // PROSE_GAP_CHARS
        if closing and runs and is_closing_line(text):
            closed += 1
            # A "Related" box inside the story holds a teaser or two, and the story goes on below it.
            soft = i if is_related_label(text) else None
        elif soft is not None and i - soft > PROMO_BOX_LINES:
            soft = None
    if not runs:
        return None
    heaviest = max(run[0] for run in runs)
    # The story comes before its comments: among the runs that weigh near the heaviest, the first
    # closing line's side wins (a thread of comments can outweigh the story above it).
    closes = min(run[3] for run in runs if run[0] >= CLOSED_RUN_SHARE * heaviest)
    best = max((r for r in range(len(runs)) if runs[r][3] == closes), key=lambda r: runs[r][0])
    share = STORY_RUN_SHARE * runs[best][0]
    first = next(r for r in range(best + 1) if runs[r][0] >= STORY_START_SHARE * runs[best][0])
    last = next(r for r in range(len(runs) - 1, best - 1, -1) if runs[r][0] >= share and runs[r][3] == runs[best][3])
    return runs[first][1], runs[last][2]
