"""Build plain-text news dumps with known answers from the annotated readability pages.

Each dump follows the form of ``seeds/starfolk-osi-llama.txt`` (one block per line:
headline, dek, byline, body paragraphs, teasers, copyright) with the variation that
real dumps show: menus, missing fields, byline and date styles, blank lines, CRLF.
Nothing generated here is written to disk.
"""

from __future__ import annotations

import datetime as dt
import json
import random
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import lxml.html

from benchmarks.scoring import norm

__all__ = ["Case", "Page", "generate_cases", "load_pages", "seed_case", "shared_dir"]

_WS = re.compile(r"\s+")

# Elements that start a new paragraph; inline text between them is one block.
# fmt: off
_BLOCK_TAGS = frozenset([
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "div", "section", "article", "header",
    "footer", "main", "aside", "nav", "figure", "figcaption", "ul", "ol", "dl", "dt", "dd", "table", "thead",
    "tbody", "tfoot", "tr", "td", "th", "caption", "hr", "details", "summary", "address", "body", "html", "form",
    "fieldset",
])
# fmt: on
_SKIP_TAGS = frozenset(["script", "style", "noscript", "template", "head"])

# Country-code domains for the few pages whose HTML declares no language.
_TLD_LANG = {"ar": "es", "es": "es", "mx": "es", "de": "de", "at": "de", "fr": "fr", "cz": "cs", "br": "pt", "cn": "zh"}
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


@dataclass(frozen=True)
class Page:
    """One annotated page: gold header fields and the body paragraphs of expected.html."""

    page: str
    language: str
    site: str
    headline: str
    subheading: str | None
    byline_text: str | None
    authors: tuple[str, ...]
    published: dt.date | None
    related: tuple[str, ...]
    copyright: dict[str, Any] | None
    body: tuple[str, ...]


@dataclass
class Case:
    """A generated dump, its expected parse (``Article.to_dict()`` shape) and what varied."""

    id: str
    text: str
    expected: dict[str, Any]
    features: list[str] = field(default_factory=list)


def shared_dir(env_value: str | None, repo_root: Path) -> Path:
    """The shared data folder: ``NEWSPARSE_SHARED`` when set, else ``../shared`` of the repo."""
    return Path(env_value) if env_value else (repo_root / ".." / "shared").resolve()


def _fold(s: str) -> str:
    return _WS.sub(" ", s).strip()


def body_paragraphs(html: str) -> list[str]:
    """Text of each block of an HTML fragment, whitespace-folded, empty ones skipped.

    Leaf blocks give their text; inline text lying directly in a container block between
    child blocks becomes a block of its own, so no visible text is lost.
    """
    # The installed types-lxml lacks lxml/html/__init__.pyi, hence the ignore.
    root = lxml.html.fromstring(html)  # type: ignore[attr-defined,unused-ignore]
    out: list[str] = []
    buf: list[str] = []

    def flush() -> None:
        text = _fold("".join(buf))
        if text:
            out.append(text)
        buf.clear()

    def walk(el: Any) -> None:
        tag = el.tag if isinstance(el.tag, str) else ""
        if tag in _SKIP_TAGS or not isinstance(el.tag, str):
            if el.tail:
                buf.append(el.tail)
            return
        block = tag in _BLOCK_TAGS
        if block:
            flush()
        if tag == "br":
            buf.append(" ")
        if el.text:
            buf.append(el.text)
        for child in el:
            walk(child)
        if block:
            flush()
        if el.tail:
            buf.append(el.tail)

    walk(root)
    flush()
    return out


def _language(folder: Path, url: str | None, sample: str) -> str:
    meta_path = folder / "expected-metadata.json"
    if meta_path.exists():
        lang = json.loads(meta_path.read_text(encoding="utf-8")).get("lang")
        if lang:
            return str(lang).split("-")[0].lower()
    head = (folder / "source.html").read_bytes()[:4000].decode("utf-8", "replace")
    m = re.search(r"<html[^>]*\blang=[\"']?([A-Za-z]{2})", head)
    if m:
        return m.group(1).lower()
    if _CJK.search(sample):
        return "zh"
    if url:
        tld = (urlsplit(url).hostname or "").rsplit(".", 1)[-1]
        if tld in _TLD_LANG:
            return _TLD_LANG[tld]
    return "en"


def _site(folder: Path, url: str | None) -> str:
    meta_path = folder / "expected-metadata.json"
    if meta_path.exists():
        name = json.loads(meta_path.read_text(encoding="utf-8")).get("siteName")
        if name and not str(name).startswith("http"):
            return str(name)
    host = urlsplit(url).hostname if url else None
    if host:
        parts = host.removeprefix("www.").split(".")
        return parts[-2].capitalize() if len(parts) >= 2 else parts[0].capitalize()
    return "this site"


def _clean_body(paras: list[str], rec: dict[str, Any]) -> list[str]:
    """Make the expected.html body agree with the header and teasers the dump prints.

    Some gold bodies open with the dek, a repeated headline or the byline (LABELING.md);
    in the dump those are printed once, in the header, so copies near the top go. Some
    keep in-story promo lines that the annotation counts as related links (yahoo-1,
    wapo-1); the dump prints them as teasers, so they leave the body.
    """
    header = {norm(rec.get(k)) for k in ("headline", "subheading", "byline_text")} - {""}
    teasers = {norm(link["text"]) for link in rec.get("related_links") or []} - {""}
    out: list[str] = []
    for i, p in enumerate(paras):
        n = norm(p)
        if i < 6 and n in header:
            continue
        if n in teasers:
            continue
        out.append(p)
    return out


def load_pages(shared: Path) -> list[Page]:
    """The 60 annotated readability pages with their gold fields and body paragraphs."""
    ann = shared / "annotations" / "readability.jsonl"
    if not ann.exists():
        raise FileNotFoundError(f"no annotations at {ann}; set NEWSPARSE_SHARED")
    pages: list[Page] = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        rec = json.loads(line)
        folder = shared / "corpora" / "readability" / rec["page"]
        # expected.html declares no charset; it is UTF-8, and lxml would guess Latin-1.
        html = (folder / "expected.html").read_text(encoding="utf-8")
        body = _clean_body(body_paragraphs(html), rec)
        cr = rec.get("copyright")
        pub = rec.get("published")
        pages.append(
            Page(
                page=rec["page"],
                language=_language(folder, rec.get("url"), rec["headline"]),
                site=_site(folder, rec.get("url")),
                headline=_fold(rec["headline"]),
                subheading=_fold(rec["subheading"]) if rec.get("subheading") else None,
                byline_text=_fold(rec["byline_text"]) if rec.get("byline_text") else None,
                authors=tuple(rec.get("authors") or ()),
                published=dt.date.fromisoformat(pub[:10]) if pub else None,
                related=tuple(_fold(link["text"]) for link in rec.get("related_links") or [] if link["text"].strip()),
                copyright=cr,
                body=tuple(body),
            )
        )
    return pages


# --- vocabulary -------------------------------------------------------------------------

# fmt: off
_MENU = {
    "en": ["Home", "World", "Politics", "Business", "Tech", "Sports", "Opinion", "Subscribe", "Sign in", "Menu",
           "Search", "Log in"],
    "de": ["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Abo", "Anmelden", "Menü", "Suche"],
    "fr": ["Accueil", "International", "Politique", "Économie", "Culture", "S'abonner", "Se connecter", "Menu",
           "Rechercher"],
    "es": ["Inicio", "Mundo", "Política", "Economía", "Deportes", "Suscríbete", "Iniciar sesión", "Menú", "Buscar"],
    "pt": ["Início", "Mundo", "Política", "Esporte", "Assine", "Entrar", "Menu", "Buscar"],
    "cs": ["Domů", "Zprávy", "Domácí", "Zahraničí", "Sport", "Přihlásit", "Menu", "Hledat"],
    "zh": ["首页", "新闻", "国际", "科技", "财经", "登录", "搜索"],
}
_FOOTER = {
    "en": ["Privacy Policy", "Terms of Use", "Contact us", "About", "About Us", "Advertise", "Cookie Settings",
           "Careers"],
    "de": ["Datenschutz", "Impressum", "Kontakt", "AGB", "Über uns", "Cookie-Einstellungen"],
    "fr": ["Mentions légales", "Confidentialité", "Contact", "À propos", "Conditions générales"],
    "es": ["Aviso legal", "Privacidad", "Contacto", "Quiénes somos", "Términos y condiciones"],
    "pt": ["Termos de uso", "Política de privacidade", "Fale conosco", "Sobre"],
    "cs": ["Kontakty", "Ochrana osobních údajů", "Podmínky užití", "Reklama"],
    "zh": ["关于我们", "联系我们", "隐私政策", "网站地图"],
}
# Label lines printed above a teaser list; they are not teasers themselves.
_LABELS_EN = ["Related", "Related stories", "More from {site}", "Read next", "Most popular", "You may also like"]
_LABELS = {
    "de": ["Lesen Sie auch", "Mehr zum Thema", "Meistgelesen"],
    "fr": ["À lire aussi", "Sur le même sujet", "Les plus lus"],
    "es": ["Te puede interesar", "Más noticias", "Lo más leído"],
    "pt": ["Leia também", "Mais lidas"],
    "cs": ["Mohlo by vás zajímat", "Nejčtenější"],
    "zh": ["相关新闻", "热门推荐"],
}
_AGENCIES = {
    "en": ["Reuters", "AP", "AFP", "Associated Press", "Bloomberg"],
    "de": ["dpa", "AFP", "Reuters", "epd"],
    "fr": ["AFP", "Reuters"],
    "es": ["EFE", "AFP", "Europa Press"],
    "pt": ["Agência Brasil", "Reuters", "AFP"],
}
# Byline words per language: the prefix and the word before the last name.
_BY = {"en": ("By", "and"), "de": ("Von", "und"), "fr": ("Par", "et"), "es": ("Por", "y"), "pt": ("Por", "e")}
# Separators between a credit and a date on one line, with a name for the report.
_DATE_SEPS = [(" | ", "pipe"), (" | ", "pipe"), (" · ", "dot"), (" - ", "hyphen"), (" — ", "dash"), (", ", "comma")]
_MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
           "novembro", "dezembro"],
    # Czech prints the month in the genitive ("3. května 2024").
    "cs": ["ledna", "února", "března", "dubna", "května", "června", "července", "srpna", "září", "října",
           "listopadu", "prosince"],
}
# fmt: on


def _date_forms(d: dt.date, lang: str, rng: random.Random) -> list[str]:
    """Ways a page prints the date ``d`` (alone, without "Updated"/"Published")."""
    en = _MONTHS["en"][d.month - 1]
    forms = [
        f"{en} {d.day}, {d.year}",
        f"{d.day} {en} {d.year}",
        f"{en[:3]} {d.day}, {d.year}",
        d.isoformat(),
        f"{d:%d.%m.%Y}",
    ]
    if lang in _MONTHS and lang != "en":
        m = _MONTHS[lang][d.month - 1]
        local = {
            "de": [f"{d.day}. {m} {d.year}", f"{d:%d.%m.%Y}"],
            "fr": [f"{d.day} {m} {d.year}", f"{d:%d/%m/%Y}"],
            "es": [f"{d.day} de {m} de {d.year}", f"{d:%d/%m/%Y}"],
            "pt": [f"{d.day} de {m} de {d.year}", f"{d.day}.{m[:3]}.{d.year}"],
            "cs": [f"{d.day}. {m} {d.year}", f"{d.day}. {d.month}. {d.year}"],
        }[lang]
        # A page in another language mostly prints the date its own way.
        return local * 3 + forms
    if lang == "zh":
        return [f"{d.year}年{d.month}月{d.day}日"] * 3 + [
            d.isoformat(),
            f"{d.isoformat()} {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}",
        ]
    return forms


def _date_line(d: dt.date, lang: str, rng: random.Random) -> str:
    """A date line printed under the byline, sometimes with a time or an "Updated" word."""
    plain = rng.choice(_date_forms(d, lang, rng))
    h, mi = rng.randint(1, 12), rng.randint(0, 59)
    ampm = rng.choice(["AM", "PM"])
    en = _MONTHS["en"][d.month - 1]
    month = _MONTHS.get(lang, _MONTHS["en"])[d.month - 1]
    extras = {
        "en": [
            f"Updated {h}:{mi:02d} {ampm} ET, {en} {d.day}, {d.year}",
            f"Published {en} {d.day}, {d.year}",
            f"{en[:3]} {d.day}, {d.year} {h}:{mi:02d} {ampm.lower()}",
            f"{d:%d.%m.%Y}",
        ],
        "de": [f"{d:%d.%m.%Y}, {h + 8:02d}:{mi:02d} Uhr", f"Veröffentlicht am {d:%d.%m.%Y}"],
        "fr": [f"Publié le {d.day} {month} {d.year} à {h + 8}h{mi:02d}"],
        "es": [f"Actualizado el {d.day} de {month} de {d.year}"],
        "pt": [f"{d.day}.{month[:3]}.{d.year} às {h + 8}h{mi:02d}"],
    }
    # Pages in a language without extras here (cs, zh) print the plain date only.
    own = extras.get(lang, []) if lang in _MONTHS or lang == "zh" else extras["en"]
    return rng.choice([plain, plain, plain, *own])


def _join_names(names: tuple[str, ...], conj: str) -> str:
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + f" {conj} " + names[-1]


def _byline(page: Page, rng: random.Random, feats: list[str]) -> tuple[str, list[str]]:
    """A credit as printed (without any date) and the person names it holds."""
    authors = page.authors
    assert page.byline_text is not None
    if not authors:
        # Agency or desk credit (AFP, "Our Foreign Staff"): printed as the page has it.
        feats.append("byline=agency-only")
        return page.byline_text, []
    by_en, and_en = _BY["en"]
    local = _BY.get(page.language)
    forms = ["asis", "asis", "by", "by", "by", "plain", "agency", "foreign"]
    if local and page.language != "en":
        forms += ["local", "local"]
    form = rng.choice(forms)
    feats.append(f"byline={form}")
    if form == "asis":
        return page.byline_text, list(authors)
    if form == "plain":
        conj = local[1] if local and page.language != "en" and rng.random() < 0.7 else and_en
        return _join_names(authors, conj), list(authors)
    if form == "by":
        prefix = rng.choice([by_en, by_en, by_en, "by", "BY"])
        return f"{prefix} {_join_names(authors, and_en)}", list(authors)
    if form == "agency":
        agency = rng.choice(_AGENCIES.get(page.language, _AGENCIES["en"]))
        lead = rng.choice(["", "", f"{by_en} "])
        return f"{lead}{_join_names(authors, and_en)}, {agency}", list(authors)
    # "local" uses the page's own language; "foreign" any of them, as syndicated copy does.
    if form == "local" and local:
        prefix, conj = local
    else:
        prefix, conj = rng.choice([_BY["de"], _BY["fr"], _BY["es"]])
    return f"{prefix} {_join_names(authors, conj)}", list(authors)


def _opens_with_date(page: Page) -> bool:
    """Whether the first body paragraph starts with the gold date (a dateline)."""
    if not page.published or not page.body:
        return False
    head = page.body[0][:40]
    month = _MONTHS["en"][page.published.month - 1][:3]
    return str(page.published.year) in head and month in head


def _nav_lines(table: dict[str, list[str]], lang: str, rng: random.Random) -> list[str]:
    """0-5 menu or footer link lines; sites mostly label them in their own language."""
    n = rng.choice([0, 0, 1, 2, 3, 4, 5])
    own = table.get(lang, table["en"])
    pool = own if rng.random() < 0.7 else list(dict.fromkeys(own + table["en"]))
    return rng.sample(pool, min(n, len(pool)))


def _random_date(rng: random.Random) -> dt.date:
    return dt.date(2012, 1, 1) + dt.timedelta(days=rng.randint(0, 13 * 365))


def build_variant(page: Page, rng: random.Random, case_id: str) -> Case:
    """One dump of ``page`` with randomly chosen variations, and its expected parse."""
    feats: list[str] = []
    lang = page.language
    header: list[str] = []
    menu = _nav_lines(_MENU, lang, rng)
    if menu:
        header += menu
        feats.append(f"menu={len(menu)}")
    header.append(page.headline)

    subheading = page.subheading if page.subheading and rng.random() > 0.2 else None
    if page.subheading and not subheading:
        feats.append("no-sub")
    if subheading:
        header.append(subheading)

    byline: dict[str, Any] | None = None
    date_lines: list[str] = []
    if page.byline_text and rng.random() > 0.15:
        text, authors = _byline(page, rng, feats)
        published: dt.date | None = None
        if _opens_with_date(page):
            # The gold date comes from the body's dateline (WebMD): print it in the
            # header too, so the expected date is the same whichever one a parser reads.
            modes = ["inline", "line"]
        elif page.published:
            modes = ["none", "inline", "line", "line"]
        else:
            modes = ["none", "none", "inline", "line"]
        date_mode = rng.choice(modes)
        if date_mode != "none":
            published = page.published or _random_date(rng)
            if not page.published:
                feats.append("made-up-date")
        if date_mode == "inline":
            assert published is not None
            sep, sep_name = rng.choice(_DATE_SEPS)
            header.append(text + sep + rng.choice(_date_forms(published, lang, rng)))
            feats.append(f"date=inline-{sep_name}")
        else:
            header.append(text)
            if date_mode == "line":
                assert published is not None
                date_lines.append(_date_line(published, lang, rng))
                feats.append("date=line")
        byline = {"text": text, "authors": authors, "published": published.isoformat() if published else None}
    else:
        if page.byline_text:
            feats.append("no-byline")
        # A date with no author: the printed date, in a byline that names nobody (as for HTML).
        if rng.random() < 0.3:
            shown = page.published or _random_date(rng)
            date_lines.append(_date_line(shown, lang, rng))
            byline = {"text": "", "authors": [], "published": shown.isoformat()}
            feats.append("date-only")
    header += date_lines

    related: list[str] = []
    teaser_lines: list[str] = []
    if page.related and rng.random() > 0.2:
        related = list(page.related)
        if subheading and rng.random() < 0.3 and norm(subheading) not in {norm(t) for t in related}:
            # The seed's quirk: the first teaser is the article's own dek.
            related.insert(0, subheading)
            feats.append("teaser=dek")
        if rng.random() < 0.5:
            pool = _LABELS_EN + _LABELS.get(lang, []) * 2
            teaser_lines.append(rng.choice(pool).format(site=page.site))
            feats.append("teaser-label")
        teaser_lines += related
    elif page.related:
        feats.append("no-teasers")

    copyright_: dict[str, Any] | None = None
    tail: list[str] = []
    footer = _nav_lines(_FOOTER, lang, rng)
    if footer:
        feats.append(f"footer={len(footer)}")
    cr = page.copyright
    if cr and rng.random() > 0.15:
        holder = cr.get("holder")
        if holder and norm(holder) not in norm(cr["text"]):
            # The annotation took the owner from next to the notice (medicalnewstoday);
            # the dump prints the notice alone, which names nobody.
            holder = None
        copyright_ = {"text": _fold(cr["text"]), "years": list(cr.get("years") or []), "holder": holder}
        if footer and rng.random() < 0.25:
            tail = [*footer, copyright_["text"]]
            feats.append("footer-before-©")
        else:
            tail = [copyright_["text"], *footer]
    else:
        if cr:
            feats.append("no-©")
        tail = footer

    blocks = header + list(page.body) + teaser_lines + tail
    text = _render(blocks, rng, feats)
    expected = {
        "headline": page.headline,
        "subheading": subheading,
        "byline": byline,
        "body": list(page.body),
        "related_links": [{"text": t, "url": None} for t in related],
        "copyright": copyright_,
    }
    return Case(id=case_id, text=text, expected=expected, features=feats)


def _render(blocks: list[str], rng: random.Random, feats: list[str]) -> str:
    """Lines joined as a dump saved from a browser or a scraper would be."""
    spacing = rng.choice(["none", "none", "blank", "blank", "mixed"])
    out: list[str] = []
    for i, b in enumerate(blocks):
        if i and (spacing == "blank" or (spacing == "mixed" and rng.random() < 0.4)):
            out.extend([""] * (2 if spacing == "mixed" and rng.random() < 0.2 else 1))
        out.append(b)
    if spacing != "none":
        feats.append(f"spacing={spacing}")
    if rng.random() < 0.1:
        # Indented or space-padded lines, as copied from rendered pages.
        out = [("  " + line + " ") if line and rng.random() < 0.5 else line for line in out]
        feats.append("padded")
    eol = "\n"
    if rng.random() < 0.2:
        eol = "\r\n"
        feats.append("crlf")
    text = eol.join(out) + (eol if rng.random() < 0.7 else "")
    if eol == "\r\n" and rng.random() < 0.3:
        text = "\ufeff" + text
        feats.append("bom")
    return text


def seed_case(shared: Path) -> Case:
    """The seed dump with the answer SEGMENTS.md's worked example gives."""
    path = shared / "seeds" / "starfolk-osi-llama.txt"
    lines = [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    if len(lines) != 15:
        raise ValueError(f"{path} has {len(lines)} lines, the worked example describes 15")
    expected = {
        "headline": lines[0],
        "subheading": lines[1],
        "byline": {"text": "Max Carter", "authors": ["Max Carter"], "published": None},
        "body": lines[3:11],
        "related_links": [{"text": t, "url": None} for t in lines[11:14]],
        "copyright": {"text": lines[14], "years": [2024], "holder": "Starfolk"},
    }
    return Case(
        id="seed:starfolk-osi-llama", text=path.read_text(encoding="utf-8"), expected=expected, features=["seed"]
    )


def generate_cases(shared: Path, seed: int = 0, variants: int = 4) -> list[Case]:
    """``variants`` dumps per annotated page, then the seed; deterministic in ``seed``."""
    cases: list[Case] = []
    for page in load_pages(shared):
        for k in range(variants):
            # One generator per dump (str seeds hash stably): adding variants keeps the others.
            rng = random.Random(f"{seed}:{page.page}:{k}")
            cases.append(build_variant(page, rng, f"{page.page}#{k}"))
    cases.append(seed_case(shared))
    return cases
