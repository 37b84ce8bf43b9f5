"""headline: the article's own title as the page shows it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

import regex

from ..blocks import Block, Hints, Page
from ..cues.credits import BARE_CREDIT_MAX_CHARS, CREDIT_MAX_CHARS, Credit, parse_credit
from ..cues.dates import is_date_and_fields_line, is_date_line
from ..cues.lexicon import COPYRIGHT_MARK, LABEL_BY_END, NAME_CONNECTOR, PHOTO_CREDIT
from ..cues.lines import is_furniture_line, is_menu_line, is_picture_credit_line, is_prose_line, prose_span
from ..cues.markup import F_FOOTER, F_NAVIGATION, F_RELATED, F_TITLE
from ..cues.text import (
    comparable,
    ends_sentence,
    ends_with_full_stop,
    fold_whitespace,
    same_text,
    similarity,
    word_count,
)
from ..cues.urls import section_names, site_label, site_of
from ..found import Found, Taken

__all__ = ["in_html", "in_text", "strip_site_name"]

# A headline is a line, not a paragraph: longer blocks are never the title.
HEADLINE_MAX_CHARS = 300
# How far into a text dump the title may stand (past menus and a kicker).
TEXT_HEADLINE_WINDOW = 12
# How many lines above a text dump's first line of prose its title may stand (a dek, a credit,
# a picture's caption and a share row come between), unless the ``<title>`` names it.
TEXT_HEADLINE_REACH = 15
# In that reach, a line of a word or two or of furniture counts as this share of a line: a share
# row, a picture's buttons and a tag list print an entry a line, but menus above the title run long.
TEXT_SHORT_LINE_SHARE = 0.25
# ... and a line of prose counts as none: it is the story's own start, cut off from the rest of its
# prose by a list or a gallery (the title stands above it, however long that start runs).
TEXT_PROSE_LINE_SHARE = 0.0
# A text dump's title is a line of a few words, not a paragraph, and of words, mostly letters,
# not a time or a count ("1:39 PM ET", "14 Photos").
TEXT_TITLE_MAX_WORDS = 30
TEXT_TITLE_LETTER_SHARE = 0.6
_TITLE_LETTERS = regex.compile(r"\p{L}+")
# A credit or a date line this few lines under a line: that line heads the story (a dek and a
# caption may stand between).
TEXT_CREDIT_REACH = 3
CREDIT_BELOW_WEIGHT = 2.0
# ... not counting a picture's credit line ("Photos: Jane Roe/AFP"), a short line printed under
# the picture between the title and the story's credit; a few of them at most. A credit names its
# source: a lone "Image" is the picture's placeholder, printed where a caption stands as well.
TEXT_PICTURE_CREDIT_MIN_WORDS = 2
TEXT_PICTURE_CREDITS_SKIPPED = 2
# A dek that ends with no full stop still reads as one: a line of this many words or more, longer
# than the line above it (a title runs shorter than its summary) when that line is no label's few
# words (:data:`TEXT_LABEL_MAX_WORDS`: a menu's entry over a title is no title over its dek).
TEXT_DEK_MIN_WORDS = 8
# A list item is a menu's or a teaser's entry.
TEXT_ITEM_WEIGHT = -2.0
# A sentence is a dek or a lead; a title seldom ends with a full stop.
TEXT_SENTENCE_WEIGHT = -1.0
# A title names its story in several words; a menu's entry, a label or a button is a word or
# three ("Sign In", "Share Your Recipe"): a line's words count up to this many.
TEXT_TITLE_FULL_WORDS = 4
TEXT_WORDS_WEIGHT = 1.5
# Two lines that score alike: a menu's entry or a label above the title is a few words ("Help and
# Contact Us", "Listen to this page using ReadSpeaker"), a title more, a dek under it more again.
TEXT_LABEL_MAX_WORDS = 6
TEXT_TIE_TITLE_MAX_WORDS = 13
# ... and the rest of a menu stands between its entry and the title, where a short title's dek
# follows it on the very next line.
TEXT_TIE_MIN_GAP = 2
# A breadcrumb printed on one line ends with the story's title ("Home > News > 2015 > Title"):
# one separator printed this many times between crumbs of a few words each.
_CRUMB_SEPARATORS = (" > ", " » ", " → ", " >> ", " › ")
CRUMB_MIN_SEPARATORS = 2
CRUMB_MAX_WORDS = 5
# A picture's caption or credit stands between the title and the story ("JIM WATSON/AFP/Getty Images").
TEXT_PHOTO_CREDIT_WEIGHT = -2.0
# A line of several words printed again near the story (a share box, a print header repeats the
# title) is the title; a menu repeats its entries, of a word or two, in the footer. Of two lines
# that score alike, the one printed twice above the story is the title (a dialog's or a button's
# line above it, a publishing tool's dialog line with the writer's name under it, is printed once).
TEXT_REPEAT_MIN_WORDS = 4
TEXT_REPEAT_WEIGHT = 1.0
# A heading must share this much of its words with a metadata title to count as the same title.
HINT_AGREEMENT = 0.6
# A kicker printed inside the headline element is a label of a few words.
KICKER_MAX_WORDS = 5
_KICKER_SEPARATORS = (": ", " – ", " — ", " - ", " | ")
_KICKER_MARKS = (":", "–", "—", "-", "|")
# A kicker printed on a line of its own right above the title ("Die Werft und der Hafenstreit"
# over "Kranführer legen Arbeit nieder"): a label of a few words over a line that is no dek of it (a
# dek says more than its title: this line is no sentence and no longer) and no credit, of words
# enough to name a story, with a dek under it or a credit in reach. The two are one heading: the
# title is scored with the kicker's words and wins a tie with it. A short line under another short
# line of words is a menu's entry under the one before, not a kicker.
TEXT_KICKED_MIN_WORDS = 3
# How far under the first line of prose a title with its credit right under it is looked for when
# no line above heads the prose with one: a notice's or a dialog's few sentences stand above it.
TEXT_BELOW_PROSE_REACH = 8
# ... its credit or date on one of the two lines under it (a date printed twice stands between).
TEXT_BELOW_PROSE_CREDIT_REACH = 2
# ... under this many lines of prose at most (a notice's), with as many at least under it (the story's).
TEXT_BELOW_PROSE_NOTICE_LINES = 2
# How much lower an earlier copy of the chosen title may score and still be taken instead.
DUPLICATE_SLACK = 3.0
# A title's end this much like the site's name (Dice over words) is the site's name ("| NYT Cooking").
SITE_NAME_LIKENESS = 0.8
# A text can agree with a metadata title only when its length is within these shares of the title's.
TITLE_SHORTER = 0.4
TITLE_LONGER = 2.5
# Page areas whose headings are never the article's own: navigation, teaser lists, footers.
NOT_ARTICLE = F_NAVIGATION | F_RELATED | F_FOOTER
# Separators a site puts between a title and its own name in <title> / og:title.
_SITE_SEPARATORS = (" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " » ", " / ", ": ")
# Separators a section label follows the title behind ("Title | Opinion"); not a colon, which
# sets a kicker before it.
_SECTION_SEPARATORS = (" | ", " - ", " – ", " — ", " · ", " • ", " / ")
# A title cut before a section label keeps this many words at least (a label alone is no title).
SECTION_TAIL_MIN_HEAD_WORDS = 3
# A kicker is a label with a word in it; an article or a number before the title is part of it
# ("The Best Cameras of 2026", "2025 Software Price Guide", "8 Recent Trends").
_KICKER_WORD = regex.compile(r"\p{L}{2,}")
_NOT_KICKERS = frozenset(("the", "a", "an", "der", "die", "das", "le", "la", "les", "el", "los", "las", "il", "lo"))
# Headings of the comment section ("15 Replies to “…”", "3 thoughts on “…”") and of the next
# story's teaser ("Next in Your Guide to …", "Up next"): another part of the page, not its title.
_NOT_TITLE = regex.compile(
    r"^(?:\d+|one|no)\s+(?:replies|reply|responses?|comments?|thoughts?)\s+(?:to|on)\b"
    r"|^(?:next\s+in|up\s+next|read\s+next|next\s+(?:article|story|post)|previous\s+(?:article|story|post))\b",
    regex.IGNORECASE,
)
# The label of the player that reads the page aloud, printed as a line of its own right above or
# under the title ("Listen to this page using ReadSpeaker", "Artikel vorlesen lassen"): a button of
# a title's shape, never the title. A title that talks of listening goes on past a short tail.
_READ_ALOUD = regex.compile(
    r"^(?:listen\s+to\s+(?:this|the)\s+(?:page|article|story|post)|(?:diesen\s+)?artikel\s+(?:vor)?(?:lesen\s+lassen|anhören)"
    r"|écouter\s+(?:cet\s+|l[’']\s*)article|escuchar\s+(?:esta\s+noticia|este\s+artículo))\b.{0,40}$",
    regex.IGNORECASE,
)
# A field label printed before the title in the heading ("Title:AlignMerge - ...").
_TITLE_LABEL = regex.compile(r"^(?:title|titel|titre|título|titolo)\s*:\s*(?=\S)", regex.IGNORECASE)
# Invisible format characters (zero-width spaces, a stray byte-order mark, soft hyphens) inside a heading.
_INVISIBLE = regex.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")


def strip_site_name(title: str, site_name: str | None) -> str:
    """Remove a site-name suffix or prefix, only when it is the site's name (never cut at any hyphen)."""
    title = fold_whitespace(title)
    if not site_name:
        return title
    for sep in _SITE_SEPARATORS:
        if sep not in title:
            continue
        head, _, tail = title.rpartition(sep)
        if head and (same_text(tail, site_name) or similarity(tail, site_name) >= SITE_NAME_LIKENESS):
            return head.strip()
        first, _, rest = title.partition(sep)
        if rest and (same_text(first, site_name) or similarity(first, site_name) >= SITE_NAME_LIKENESS):
            return rest.strip()
    return title


class _Titles:
    """The page's metadata titles as word sets, computed once per page."""

    def __init__(self, hints: Hints) -> None:
        titles = list(hints.headlines)
        if hints.title:
            titles.append(strip_site_name(hints.title, hints.site_name))
        self.words = [set(comparable(t).split()) for t in titles if t]
        self.words = [w for w in self.words if w]
        self.lengths = [len(t) for t in titles if t]

    def could_match(self, text: str) -> bool:
        """Cheap pre-check: a text far shorter or longer than every title cannot agree with one."""
        return any(TITLE_SHORTER * n <= len(text) <= TITLE_LONGER * n for n in self.lengths)

    def agreement(self, text: str) -> float:
        """Best Dice coefficient between the text's words and a title's words."""
        if not self.words:
            return 0.0
        words = set(comparable(text).split())
        if not words:
            return 0.0
        return max(2 * len(words & w) / (len(words) + len(w)) for w in self.words)


# --- what a heading's evidence is worth as the page's title (scores add up) ---
# The heading level: an <h1> is the title on most pages, an <h2>/<h3> on some templates.
LEVEL_WEIGHT = {1: 3.0, 2: 1.2, 3: 0.6}
# Agreement with the metadata titles (0 to 1, Dice over words): the strongest evidence there is.
AGREEMENT_WEIGHT = 4.0
# A class named like a title ("headline", "entry-title").
TITLE_CLASS_WEIGHT = 1.0
# In navigation, a teaser list or the footer: another page's title.
NOT_ARTICLE_WEIGHT = -2.5
# The site's own name or its domain (a logo in an <h1>: "Example News", "example.com").
SITE_NAME_WEIGHT = -4.0
# Mostly link text: a teaser.
LINKED_WEIGHT = -1.0
LINKED_DENSITY = 0.5
# A long sentence: a paragraph set as a heading, not a title.
SENTENCE_WEIGHT = -2.0
SENTENCE_MIN_WORDS = 25
# The first <h1> of the page, among several.
FIRST_H1_WEIGHT = 0.5
# A comment section's or a next story's heading ("15 Replies to ...", "Up next").
NOT_TITLE_WEIGHT = -4.0
# The best heading is the title from this score on (an <h1>, or a heading that agrees with the
# metadata); below it the page shows no title, and the metadata's is taken.
MIN_HEADLINE_SCORE = 2.5


def _title_site(hints: Hints) -> str | None:
    """The site's name as the ``<title>`` prints it beside the metadata's headline ("Engora Data
    Blog: Small adventures ..." with the headline "Small adventures ..."), for pages whose metadata
    names no site."""
    title = fold_whitespace(hints.title or "")
    for headline in hints.headlines[:1]:
        headline = fold_whitespace(headline)
        if not headline or headline == title:
            continue
        for sep in _SITE_SEPARATORS:
            if title.endswith(sep + headline):
                return title[: -len(sep + headline)].strip() or None
            if title.startswith(headline + sep):
                return title[len(headline + sep) :].strip() or None
    return None


def _is_own_address(text: str, address: str) -> bool:
    """The heading is the site's own domain ("example.com", "www.example.com"): its logo."""
    folded = text.strip().casefold()
    return bool(address) and (folded == address or folded == "www." + address)


def _html_score(
    block: Block, hints: Hints, agreement: float, first_h1: int | None, site: str | None, address: str = ""
) -> float:
    score = LEVEL_WEIGHT.get(block.heading_level, 0.0)
    score += AGREEMENT_WEIGHT * agreement
    if block.flags & F_TITLE:
        score += TITLE_CLASS_WEIGHT
    if block.flags & NOT_ARTICLE:
        score += NOT_ARTICLE_WEIGHT
    if (site and same_text(block.text, site)) or _is_own_address(block.text, address):
        score += SITE_NAME_WEIGHT
    if block.link_density > LINKED_DENSITY:
        score += LINKED_WEIGHT
    if ends_sentence(block.text) and block.word_count > SENTENCE_MIN_WORDS:
        score += SENTENCE_WEIGHT
    if first_h1 is not None and block.index == first_h1:
        score += FIRST_H1_WEIGHT
    if _NOT_TITLE.match(block.text):
        score += NOT_TITLE_WEIGHT
    return score


def _without_kicker(text: str, hints: Hints) -> str:
    """The headline without a kicker printed inside the same element ("Klimaschutz" +
    "Bohren, bis es heiß wird"): when the metadata title is the end of the heading's text
    and what comes before it is a few words, those words are the kicker."""
    titles = [fold_whitespace(t) for t in (*hints.headlines, strip_site_name(hints.title or "", hints.site_name))]
    for title in titles[:1]:
        # The metadata prints "Kicker: Headline" where the page prints the two without the colon,
        # in two elements of the heading: the kicker is a part of its own.
        for sep in _KICKER_SEPARATORS:
            head, found, rest = title.partition(sep)
            if found and rest and word_count(head) <= KICKER_MAX_WORDS and text == f"{head} {rest}":
                return rest
    if any(same_text(text, t) for t in titles):
        return text
    # Metadata often prints the kicker too, before a colon or a dash ("Klimaschutz: Bohren, ...").
    for title in list(titles):
        for sep in _KICKER_SEPARATORS:
            head, found, rest = title.partition(sep)
            if found and word_count(head) <= KICKER_MAX_WORDS:
                titles.append(rest.strip())
    for title in titles:
        if not title or len(title) >= len(text) or not text.endswith(title):
            continue
        kicker = text[: -len(title)].strip()
        # "Showdown: Meta's Llama ..." prints its colon: that is one headline, not a kicker.
        if (
            kicker
            and word_count(kicker) <= KICKER_MAX_WORDS
            and not kicker.endswith(_KICKER_MARKS)
            and _KICKER_WORD.search(kicker)
            and kicker.casefold() not in _NOT_KICKERS
        ):
            return title
    return text


def _without_site(title: str, hints: Hints, url: str | None = None) -> str:
    """The title without the site's name: the one the metadata gives, else the one in its address
    (the canonical URL, else the page's ``url``: "Scalable Interpretability — LessWrong", "GAME
    CHANGER | Newegg.com")."""
    stripped = strip_site_name(title, hints.site_name)
    label = site_label(hints.canonical_url or url)
    if stripped != title or not label:
        return stripped
    for sep in _SITE_SEPARATORS:
        head, found, tail = title.rpartition(sep)
        key = "".join(comparable(tail).split())
        if found and head and key.startswith(label) and len(key) <= len(label) + 4:
            return head.strip()
    return title


def _without_site_tail(text: str, hints: Hints) -> str:
    """The heading without the site's own name printed after it ("Best Exhibitions 2025 –
    Harbourline"), as a ``<title>`` prints it: the name of the site is no part of the headline. Only
    the metadata's site name, matched whole: a tail merely like it may be the headline's."""
    site = hints.site_name
    if not site:
        return text
    for sep in _SITE_SEPARATORS:
        head, found, tail = text.rpartition(sep)
        if found and head.strip() and same_text(tail, site):
            return head.strip()
    return text


def _without_section_tail(text: str, hints: Hints, url: str | None) -> str:
    """The heading without the section label printed after it ("... in Rajshahi | District" on
    /district/343604): a tail that names a folder of the page's own address is its section, not
    part of its title."""
    sections = section_names(url) | section_names(hints.canonical_url)
    if not sections:
        return text
    for sep in _SECTION_SEPARATORS:
        head, found, tail = text.rpartition(sep)
        if found and word_count(head) >= SECTION_TAIL_MIN_HEAD_WORDS and fold_whitespace(tail).casefold() in sections:
            return head.strip()
    return text


def _fallback_from_hints(hints: Hints, url: str | None) -> str | None:
    for candidate in hints.headlines:
        if candidate:
            return _without_site(candidate, hints, url)
    if hints.title:
        return _without_site(hints.title, hints, url)
    return None


def _tidy(text: str) -> str:
    """The heading as a reader sees it: no invisible characters, no "Title:" field label."""
    text = _INVISIBLE.sub("", text)
    return _TITLE_LABEL.sub("", text, count=1) if _TITLE_LABEL.match(text) else text


def in_text(page: Page, found: Found) -> Taken[str | None]:
    """A text dump's headline: the line above its story's prose that reads most like a title (a
    heading of several words, the ``<title>``'s words, a credit or date under it, printed twice,
    close to the prose; no picture's credit); with no
    run of prose, its first line after the leading menu lines. A page that is one long paragraph
    has no headline, only a body."""
    blocks = page.blocks
    title = page.hints.title
    if title:
        # The dump's first line was its <title> (html-text prints it), printed again whole below:
        # that copy is the page's own title, wherever the menus and the prose around it fall.
        copy = next((b for b in blocks if same_text(b.text, title)), None)
        if copy is not None:
            return Taken(_tidy(copy.text), (copy.index,))
    span = prose_span([b.text for b in blocks], [b.link_density for b in blocks])
    if span is None:
        for block in blocks[:TEXT_HEADLINE_WINDOW]:
            if not is_menu_line(block.text) and len(block.text) <= HEADLINE_MAX_CHARS:
                return Taken(block.text, (block.index,))
        return Taken(None)
    anchor = span[0]
    titles = _Titles(page.hints)
    day_first = found.meta.value.day_first
    top = _reach_top(blocks, anchor)
    # Lines far above the prose are read only when they agree with the <title>.
    below = {
        b.index: _credit_or_date(b.text, day_first)
        for b in blocks[top : anchor + TEXT_CREDIT_REACH + TEXT_PICTURE_CREDITS_SKIPPED + 2]
    }
    seen: Counter[str] = Counter(b.text for b in blocks[: anchor + 1] if b.word_count >= TEXT_REPEAT_MIN_WORDS)
    parts = _title_parts(blocks[: anchor + 1])
    # Printed twice in the reach above the prose: a menu's entry printed again far above is not.
    near_seen: Counter[str] = Counter(b.text for b in blocks[top : anchor + 1])
    best: tuple[float, int] | None = None
    best_sure = 0
    for block in blocks[: anchor + 1]:
        near = block.index >= top
        agreement = titles.agreement(block.text) if titles.could_match(block.text) else 0.0
        if not (near or agreement >= HINT_AGREEMENT) or not _title_shaped(block) or below.get(block.index) == _SURE:
            continue
        # A credit or a date a few lines under a line: the line heads the story.
        reach = TEXT_CREDIT_REACH
        if block.index + 1 < len(blocks) and _dek_under(block, blocks[block.index + 1]):
            # A dek under the line: the credit stands one line further down.
            reach += 1
        sureness = _sureness_below(blocks, block.index, reach, below)
        if block.index == anchor and not (sureness == _SURE or block.heading_level or agreement >= HINT_AGREEMENT):
            # The first line of prose is the title only when a credit or a date stands under it.
            continue
        kicked = _kicked(blocks, block, below)
        score = _text_score(block, agreement, kicked) + CREDIT_BELOW_WEIGHT * sureness / _SURE
        if seen[block.text] > 1 or block.text in parts or _inside_neighbour(blocks, block):
            score += TEXT_REPEAT_WEIGHT
        # A tie with the kicker right above goes to the title under it.
        over_kicker = kicked and best is not None and best[1] == block.index - 1
        if (
            best is None
            or score > best[0]
            or (score == best[0] and (over_kicker or _before(block, blocks[best[1]], near_seen)))
        ):
            best = (score, block.index)
            best_sure = sureness
    if best is None or best_sure < _SURE:
        # No line above the prose heads it with a credit or a date: a notice's prose may stand
        # above the title (a sign-in dialog, a paywall's), and the title with its credit under it.
        headed = _headed_below(blocks, span, day_first)
        if headed is not None and (best is None or not _outranks(blocks[best[1]], headed)):
            return Taken(_tidy(headed.text), (headed.index,))
    if best is None:
        return Taken(None)
    return Taken(_tidy(_last_crumb(blocks[best[1]].text)), (best[1],))


def _outranks(block: Block, other: Block) -> bool:
    """``block`` is marked a heading of a higher level than ``other`` (a story's ``<h1>`` over its
    ``<h2>`` subheads), or ``other`` is marked none."""
    return bool(block.heading_level) and (not other.heading_level or block.heading_level < other.heading_level)


def _headed_below(blocks: Sequence[Block], span: tuple[int, int], day_first: bool | None) -> Block | None:
    """The first line a little under the first line of prose that reads as a title with a credit
    or a date just under it (:data:`TEXT_BELOW_PROSE_REACH`), with a notice's few lines of prose
    above it and the story's below (:data:`TEXT_BELOW_PROSE_NOTICE_LINES`)."""
    anchor = span[0]
    end = min(len(blocks) - 1, anchor + 1 + TEXT_BELOW_PROSE_REACH, span[1] - TEXT_BELOW_PROSE_NOTICE_LINES)
    prose = 1
    for block in blocks[anchor + 1 : end]:
        if prose > TEXT_BELOW_PROSE_NOTICE_LINES:
            return None
        if is_prose_line(block.text, block.link_density):
            prose += 1
            continue
        if (
            block.word_count >= TEXT_TITLE_FULL_WORDS
            and _title_shaped(block)
            and not ends_with_full_stop(block.text)
            and not block.text.endswith(":")
            and not is_picture_credit_line(block.text)
            and PHOTO_CREDIT.search(block.text) is None
            and COPYRIGHT_MARK.match(block.text) is None
            and _credit_or_date(block.text, day_first) == 0
            and any(
                _credit_or_date(under.text, day_first) == _SURE
                for under in blocks[block.index + 1 : block.index + 1 + TEXT_BELOW_PROSE_CREDIT_REACH]
            )
        ):
            return block
    return None


def _sureness_below(blocks: Sequence[Block], index: int, reach: int, below: dict[int, int]) -> int:
    """How surely a credit or a date stands within ``reach`` lines under line ``index``, a picture's
    credit line between not counted (:data:`TEXT_PICTURE_CREDITS_SKIPPED` of them at most)."""
    sureness, lines, skipped = 0, 0, 0
    for i in range(index + 1, min(len(blocks), index + 1 + reach + TEXT_PICTURE_CREDITS_SKIPPED)):
        if lines == reach:
            break
        text = blocks[i].text
        if (
            skipped < TEXT_PICTURE_CREDITS_SKIPPED
            and blocks[i].word_count >= TEXT_PICTURE_CREDIT_MIN_WORDS
            and is_picture_credit_line(text)
        ):
            skipped += 1
        else:
            lines += 1
        sureness = max(sureness, below.get(i, 0))
    return sureness


def _title_parts(blocks: Sequence[Block]) -> set[str]:
    """The first and last parts of lines cut at a ``<title>``'s separators ("Title | Site", "Site -
    Title"): a line printed again as such a part names the story, as a ``<title>`` or a share box
    prints it. One pass over the lines, a few cuts each."""
    parts: set[str] = set()
    for block in blocks:
        text = block.text
        for sep in _SITE_SEPARATORS:
            if sep not in text:
                continue
            for part in (text.partition(sep)[0], text.rpartition(sep)[2]):
                part = part.strip()
                if word_count(part) >= TEXT_REPEAT_MIN_WORDS:
                    parts.add(part)
    return parts


def _inside_neighbour(blocks: Sequence[Block], block: Block) -> bool:
    """The line next to ``block`` is ``block`` with more words before or after it: a breadcrumb or a
    kicker printed on one line with the title ("Home News Title"), or the title and the site's name.
    The shorter line is the title printed twice. A line that is ``block`` twice over is a name
    printed under a picture and beside it, not a title in a longer line."""
    text = block.text
    if word_count(text) < TEXT_REPEAT_MIN_WORDS:
        return False
    for i in (block.index - 1, block.index + 1):
        if 0 <= i < len(blocks):
            other = blocks[i].text
            if (
                len(other) > len(text)
                and other != f"{text} {text}"
                and (
                    (other.endswith(text) and other[-len(text) - 1] == " ")
                    or (other.startswith(text) and other[len(text)] == " ")
                )
            ):
                return True
    return False


def _kicked(blocks: Sequence[Block], block: Block, below: dict[int, int]) -> bool:
    """A kicker's few words stand on the line right above ``block``, and ``block`` is no dek and
    no credit under them: ``block`` is the title (:data:`TEXT_KICKED_MIN_WORDS`)."""
    if block.index == 0 or below.get(block.index, 0) or block.word_count < TEXT_KICKED_MIN_WORDS:
        return False
    kicker = blocks[block.index - 1]
    if not (
        kicker.word_count <= KICKER_MAX_WORDS
        and kicker.tag == block.tag
        and kicker.text != block.text
        and not below.get(kicker.index, 0)
        and _title_shaped(kicker)
        and not ends_with_full_stop(kicker.text)
        and not ends_with_full_stop(block.text)
        and block.word_count <= kicker.word_count
    ):
        return False
    if kicker.index > 0:
        above = blocks[kicker.index - 1]
        if above.tag == kicker.tag and above.word_count <= KICKER_MAX_WORDS and _KICKER_WORD.search(above.text):
            # A run of short lines is a menu's column, not a kicker over its title.
            return False
    under = blocks[block.index + 1] if block.index + 1 < len(blocks) else None
    # The title heads its story: a dek right under it, or a credit or a date in reach.
    if under is not None and not is_furniture_line(under.text) and _dek_under(block, under):
        return True
    return _sureness_below(blocks, block.index, TEXT_CREDIT_REACH, below) > 0


def _dek_under(block: Block, under: Block) -> bool:
    """The line under ``block`` is a dek: a sentence, or a line of more words than a title's ``block``."""
    if ends_with_full_stop(under.text):
        return True
    words, above = under.word_count, block.word_count
    return words >= TEXT_DEK_MIN_WORDS and TEXT_LABEL_MAX_WORDS < above < words


def _last_crumb(text: str) -> str:
    """The title at the end of a breadcrumb line; any other line as it is."""
    for sep in _CRUMB_SEPARATORS:
        if text.count(sep) < CRUMB_MIN_SEPARATORS:
            continue
        *crumbs, last = text.split(sep)
        if all(word_count(c) <= CRUMB_MAX_WORDS for c in crumbs) and word_count(last) > max(map(word_count, crumbs)):
            return last.strip()
    return text


def _crumb_trail(text: str) -> bool:
    """A breadcrumb printed on one line that ends with no title, only another crumb ("Home > News >
    Science > Article"): it stands right above the title, with the title's credit in reach."""
    for sep in _CRUMB_SEPARATORS:
        if text.count(sep) >= CRUMB_MIN_SEPARATORS:
            return all(word_count(crumb) <= CRUMB_MAX_WORDS for crumb in text.split(sep))
    return False


def _before(later: Block, earlier: Block, seen: Counter[str]) -> bool:
    """Of two lines that score alike, the later is the title when it alone is printed twice near
    the story (``seen``), or when neither or both are and it is :func:`_longer`."""
    later_twice, earlier_twice = seen[later.text] > 1, seen[earlier.text] > 1
    if later_twice != earlier_twice:
        return later_twice
    return _longer(later, earlier)


def _longer(later: Block, earlier: Block) -> bool:
    """Of two lines that score alike, the later is the title when the earlier is a label's few
    words, the later is longer but no dek, and other lines stand between: menus stand above the
    title, a dek right under it."""
    shorter = earlier.word_count
    return (
        later.index - earlier.index >= TEXT_TIE_MIN_GAP
        and shorter <= TEXT_LABEL_MAX_WORDS
        and shorter < later.word_count <= TEXT_TIE_TITLE_MAX_WORDS
    )


def _reach_top(blocks: Sequence[Block], anchor: int) -> int:
    """The first line within :data:`TEXT_HEADLINE_REACH` lines above the prose, not counting the
    lines of a word or two and the furniture between (a share row, a picture's buttons, a tag
    list: a dump prints each of their entries on a line of its own)."""
    lines = 0.0
    for i in range(anchor - 1, -1, -1):
        text = blocks[i].text
        if is_prose_line(text, blocks[i].link_density):
            lines += TEXT_PROSE_LINE_SHARE
        else:
            lines += TEXT_SHORT_LINE_SHARE if is_menu_line(text) or is_furniture_line(text) else 1.0
        if lines > TEXT_HEADLINE_REACH:
            return i + 1
    return 0


def _title_shaped(block: Block) -> bool:
    text = block.text
    return (
        len(text) <= HEADLINE_MAX_CHARS
        and sum(len(w) for w in _TITLE_LETTERS.findall(text)) >= TEXT_TITLE_LETTER_SHARE * len(text.replace(" ", ""))
        and not is_menu_line(text)
        and not is_furniture_line(text)
        and _READ_ALOUD.match(text) is None
        and not _crumb_trail(text)
        and word_count(text) <= TEXT_TITLE_MAX_WORDS
        and LABEL_BY_END.search(text) is None
    )


# A line is surely a credit or a date ("By Jane Roe", "March 3, 2024"), or it may be one: a
# bare name ("Jane Roe"), which a menu's entry or a title of capitalised words can look like too
# (it counts half as much under a title).
_SURE = 2
_MAYBE = 1
# Words in lower case right after a one-word "name": the line runs on as a phrase, not a credit.
_RUN_ON = regex.compile(r"\s+\p{Ll}{2,}\s+\p{Ll}")


def _credit_or_date(text: str, day_first: bool | None) -> int:
    """Whether a line is what stands under a headline: a credit or a date line (0, :data:`_MAYBE`
    or :data:`_SURE`)."""
    if len(text) > CREDIT_MAX_CHARS:
        return 0
    if is_date_line(text, day_first) is not None:
        return _SURE
    if is_date_and_fields_line(text, day_first) is not None:
        return _SURE
    if COPYRIGHT_MARK.match(text):
        # "© Jane Roe" under a line credits a picture (or the site), not the writer of a story.
        return 0
    credit = parse_credit(text, day_first=day_first)
    if credit is None or _run_on_name(text, credit):
        return 0
    if credit.prefixed or credit.published is not None:
        return _SURE
    return _MAYBE if credit.authors and len(text) <= BARE_CREDIT_MAX_CHARS else 0


def _run_on_name(text: str, credit: Credit) -> bool:
    """A line that opens with a credit's word but names one word and runs on in lower case is a
    title ("Vom Hafen aus gesehen"): a credit's name ends at a comma, a date, a joining word or the
    line's end."""
    if len(credit.authors) != 1 or len(credit.authors[0].split()) != 1:
        return False
    at = text.find(credit.authors[0])
    if at < 0:
        return False
    after = at + len(credit.authors[0])
    # A joining word after the name ("Par Harbour-Presse avec agences") goes on with the credit.
    return _RUN_ON.match(text, after) is not None and NAME_CONNECTOR.match(text, after) is None


def _text_score(block: Block, agreement: float, kicked: bool = False) -> float:
    score = LEVEL_WEIGHT.get(block.heading_level, 0.0) + AGREEMENT_WEIGHT * agreement
    # A kicker's words above the title are the heading's too.
    words = TEXT_TITLE_FULL_WORDS if kicked else block.word_count
    score += TEXT_WORDS_WEIGHT * min(words, TEXT_TITLE_FULL_WORDS) / TEXT_TITLE_FULL_WORDS
    if block.tag == "li":
        score += TEXT_ITEM_WEIGHT
    if block.link_density > LINKED_DENSITY:
        score += LINKED_WEIGHT
    if ends_with_full_stop(block.text):
        score += TEXT_SENTENCE_WEIGHT
    if _NOT_TITLE.match(block.text):
        score += NOT_TITLE_WEIGHT
    if PHOTO_CREDIT.search(block.text):
        score += TEXT_PHOTO_CREDIT_WEIGHT
    return score


def in_html(page: Page, found: Found) -> Taken[str | None]:
    """The heading that is most like a title (``<h1>``, title classes) and agrees with the
    metadata titles; when the page shows none, the metadata title without the site's name."""
    blocks = page.blocks
    hints = page.hints
    first_h1 = next((b.index for b in blocks if b.heading_level == 1), None)
    titles = _Titles(hints)
    site = hints.site_name or _title_site(hints)
    address = site_of(hints.canonical_url or found.url)
    scored: list[tuple[float, int]] = []
    for block in blocks:
        text = block.text
        if len(text) > HEADLINE_MAX_CHARS or not text:
            continue
        is_heading = block.heading_level in (1, 2, 3)
        titled = bool(block.flags & F_TITLE)
        agreement = titles.agreement(text) if (is_heading or titled or titles.could_match(text)) else 0.0
        if not (is_heading or titled or agreement >= HINT_AGREEMENT):
            continue
        scored.append((_html_score(block, hints, agreement, first_h1, site, address), block.index))
    if scored:
        top, index = max(scored)
        if top >= MIN_HEADLINE_SCORE:
            # The same title printed twice (a print copy, a next-article preview at the end):
            # the first one that scores near the best is the article's.
            for score, other in sorted(scored, key=lambda item: item[1]):
                near = score >= top - DUPLICATE_SLACK
                if other < index and near and same_text(blocks[other].text, blocks[index].text):
                    index = other
                    break
            heading = _without_site_tail(_without_kicker(blocks[index].text, hints), hints)
            return Taken(_tidy(_without_section_tail(heading, hints, found.url)), (index,))
    fallback = _fallback_from_hints(hints, found.url)
    return Taken(_tidy(_without_section_tail(fallback, hints, found.url)) if fallback else fallback)
