"""Words that mark a segment, in the languages news is written in: the one place they live.

Each list says why it exists. Rules elsewhere combine these with shape and position;
a word alone never decides a segment.
"""

from __future__ import annotations

import regex

__all__ = [
    "ACCOUNT_PLACEHOLDERS",
    "AFFILIATE_PROGRAM",
    "AGENCIES",
    "AUTHOR_LINK_LABEL",
    "BOILERPLATE_LINE",
    "BYLINE_PREFIX",
    "CALL_TO_ACTION",
    "CALL_TO_ACTION_NOUN",
    "CALL_TO_ACTION_STARTS",
    "CLOSING_HEADING",
    "CMS_ACCOUNT",
    "COMMENT_HEADING",
    "COMMENT_LINK",
    "CONTACT_CALL",
    "COPYRIGHT_MARK",
    "COPYRIGHT_SIGN",
    "DATE_KIND_LABEL",
    "DATE_LABEL",
    "DESK_WORDS",
    "FIRST_PUBLISHED",
    "INBOX_PITCH",
    "INBOX_SIGNUP",
    "JOB_TITLES",
    "LABEL_BY_END",
    "LINK_EARNINGS",
    "LINK_EARNINGS_STEMS",
    "MORE_LINK",
    "NAME_CONNECTOR",
    "NAME_PARTICLES",
    "NAME_STOPWORDS",
    "ORGANISATION_WORDS",
    "PHOTO_CREDIT",
    "PROMO_LABEL",
    "QUOTED_SPAN",
    "READING_TIME",
    "RELATED_LABEL",
    "RIGHTS_RESERVED",
    "ROLE_HEADS",
    "ROLE_LINKS",
    "ROLE_WORDS",
    "SERVICE_LINK",
    "SITE_VOICE",
    "SPONSOR_LABEL",
    "TEAM_WORDS",
    "TOPIC_CREDIT_OPENER",
    "WRITER_LABEL",
]

# The label of a link to the author's page ("View all posts by X", "Zeige alle Beiträge von X").
_AUTHOR_LINK_LABEL = (
    r"(?:view|see|show)\s+all\s+(?:posts|articles|stories|entries)\s+by|(?:zeige\s+)?alle\s+(?:beiträge|artikel)\s+von"
    r"|(?:zum\s+)?profil\s+von|voir\s+tous\s+les\s+articles\s+de|ver\s+todas\s+las\s+entradas\s+de"
)
AUTHOR_LINK_LABEL = regex.compile(r"^(?:" + _AUTHOR_LINK_LABEL + r")\s*:?\s*|\s*[→»›]+$", regex.IGNORECASE)

# Words that say the name after them is the writer's: unlike a bare "By", which teaser cards
# print too, they name this page's writer wherever they stand. Phrases ("Written by", "Article
# by", "Verfasst von") ...
_WRITER_BY = (
    r"(?:(?:(?:article|post|story|this\s+(?:article|post|story)\s+was)\s+)?written\s+by"
    r"|verfasst\s+von|geschrieben\s+von|escrito\s+por|écrit\s+par|rédigé\s+par)"
)
# ... and the piece named before "by" ("Article by"): a writer's label where it stands alone, but
# sites print it before their own name too ("Article by nationnews"): a credit line opens with
# "Story by" (below), not "Article by" or "Post by".
_PIECE_BY = r"(?:article|post|story)\s+by"
# ... and nouns ("Author", "Authors", "Author(s)", "Contributors", "Autoren"), which also start
# headings ("Contributors Guide", "Authors Guild"): a credit line opens with one before a colon.
_WRITER_NOUN = r"(?:authors?|author\s*\(s\)|contributors?|autor(?:in|en|es|a)?|auteurs?|autore)"
WRITER_LABEL = "(?:" + _WRITER_BY + "|" + _PIECE_BY + "|" + _WRITER_NOUN + ")"

# A credit line opens with one of these ("By", "Von", "Par", "Por", "Door", "Przez", ...).
# The label printed right before a button that opens a writer's card ("By <button>Jo Lee</button>"):
# the words that credit the writing only. BYLINE_PREFIX's other openers ("About", "Interview",
# "de", "da") also open a site's menus, whose toggles are buttons.
CREDIT_BUTTON_LABEL = regex.compile(
    r"(?:(?:this\s+(?:article|story|post)\s+(?:was|is)\s+)?(?:written|reported|words)\s+by|by|von|par|por|door"
    r"|przez|av|af|autor(?:in|a)?|author|auteur|autore|автор)\s*[:\-–—]?",
    regex.IGNORECASE,
)

BYLINE_PREFIX = regex.compile(
    # "Author(s)" first: "Author" alone would leave "(s)" before the names.
    r"^author\s*\(s\)\s*:?\s*"
    r"|^(?:(?:words|text|reporting|story|posted|published|report(?:ed)?|photos?\s+and\s+text)\s+by"
    # The kind of piece before "by" ("Analysis by", "Guide by", "Opinion by"): the piece's author.
    r"|(?:news\s+)?(?:analysis|commentary|opinion|guide|review|column|essay|feature|perspective|explainer)\s+by"
    r"|" + _WRITER_BY + r"|" + _WRITER_NOUN + r"(?=\s*:)|contributed\s+by"
    # Forums name the poster who opened the thread: "Thread starter A", "Themenstarter A".
    r"|thread\s+starter|topic\s+starter|started\s+by|themenstarter|original\s+poster"
    r"|(?:text|texte|texto)\s*(?:&|\+|und|and|et|y)\s*(?:fotos?|bilder?|photos?)"
    r"|(?:text|texte|texto|eingestellt|gepostet|veröffentlicht|interview)\s+(?:von|de|par|por|di)"
    # The singular nouns open a credit as "By" does ("Author Jane Doe", "Autorin Maria Muster").
    r"|by|von|vom|par|por|door|przez|av|af|di|de|da|autor(?:in|a|es)?|author|auteur|autore|texto?|tekst"
    r"|submitted\s+by|gespeichert\s+von|eingereicht\s+von|soumis\s+par|enviado\s+por"
    r"|publicado\s+por|publié\s+par|erstellt\s+von"
    r"|a\s+cura\s+di|napisał(?:a)?|interview|entrevista|über|about|автор|авторы|"
    + _AUTHOR_LINK_LABEL
    + r")\b\s*[:\-–—]?\s*"
    # A Chinese credit names the outlet before "reporter" ("新华社记者 张三": Xinhua reporter Zhang San).
    # The outlet is "this paper" or a word an outlet's name ends with (agency, paper, site, station),
    # or any outlet when a name of two to four characters follows alone ("半月谈记者 史卫燕"):
    # "台湾记者：我们被骗了" (Taiwanese reporters: we were fooled) is a headline.
    r"|^(?:(?:本报|本報|本刊|\p{Han}{0,7}(?:社|报|報|网|網|台|刊|站))(?:记者|記者)(?=\s|[:：])"
    r"|\p{Han}{1,8}?(?:记者|記者)(?=[\s:：]+\p{Han}{2,4}(?:$|[\s,，、;；/|｜]))"
    r"|作者|记者|撰文|文|編集|記者|기자|حوار|بقلم)\s*[:：︱|｜/]?\s*"
    # Glued to the name when the page sets the space with CSS: "ByAlex Bozarjian", "PorRodolfo Costa".
    r"|^(?-i:(?:By|BY|Von|VON|Par|PAR|Por|POR)(?=\p{Lu}(?:\p{Ll}|\.)))",
    regex.IGNORECASE,
)

# Openers of a credit that name a topic as readily as a writer: "About Jane Doe" heads a writer's
# box, but "About Us", "About the Center" and "Über NWX" head a menu entry or a company's section.
TOPIC_CREDIT_OPENER = regex.compile(r"^(?:about|über)\b", regex.IGNORECASE)

# A line ending in one of these phrases labels what is printed under it, a sponsor's logo or a
# credit's name ("US & Canada is sponsored by", "Story by"); "by" after any other word ends titles
# too ("The neighbours who refused to stand by").
LABEL_BY_END = regex.compile(
    r"(?:^|\b(?:sponsored|presented|powered|supported|brought\s+to\s+you|story|words|photos?|produced"
    r"|written|reported|posted|edited)\s+)by\s*:?$|\bin\s+partnership\s+with\s*:?$",
    regex.IGNORECASE,
)
# Joins two names in a credit, per language ("and", "und", "et", "y", "e", "i", "og", "en", ...).
NAME_CONNECTOR = regex.compile(
    r"\s+(?:im\s+gespräch\s+mit|in\s+conversation\s+with|en\s+conversation\s+avec)\s+|\s*,\s*(?:(?:and|und|et|y|e|i|og|en|och|ja|a|oraz|и|with|mit|avec|con|com|z)\s+)?"
    r"|\s+(?:and|und|et|y|e|i|og|en|och|ja|a|oraz|и|with|mit|avec|con|com|z)\s+|\s*[;&+]\s*",
    regex.IGNORECASE,
)

# Lower-case words that belong inside a person's name (van Gogh, de la Cruz, bin Salman).
NAME_PARTICLES = frozenset(
    "van von der den de del della dela di da das do dos du la le les ter ten bin ibn al el st. st y zu af".split()
)

# News agencies and desks are credited like authors but are not persons.
AGENCIES = frozenset(
    s.casefold()
    for s in (
        "Reuters",
        "AP",
        "Associated Press",
        "The Associated Press",
        "AFP",
        "Agence France-Presse",
        "Agence France Presse",
        "dpa",
        "DPA",
        "Bloomberg",
        "PA",
        "PA Media",
        "EFE",
        "ANSA",
        "Xinhua",
        "Kyodo",
        "Kyodo News",
        "UPI",
        "KNA",
        "epd",
        "APA",
        "SDA",
        "Keystone-SDA",
        "Belga",
        "ANP",
        "TT",
        "NTB",
        "Ritzau",
        "STT",
        "Europa Press",
        "PAP",
        "CTK",
        "ČTK",
        "TASR",
        "MTI",
        "Anadolu",
        "AA",
        "Yonhap",
        "IANS",
        "PTI",
        "ANI",
        "CNA",
        "CP",
        "The Canadian Press",
        "AAP",
        "SID",
        "sda",
        "apa",
        "Staff",
        "Staff Writer",
        "Staff Reporter",
        "Redaktion",
        "Redacción",
        "Rédaction",
        "Redazione",
        "Redakcja",
        "Redakce",
        "Newsroom",
        "News Desk",
        "Wires",
        "Agencies",
        "Agencias",
        "Agenturen",
        "wire services",
        "Our Foreign Staff",
        "CNN",
        "BBC",
        "BBC News",
        "TMZ Staff",
        "UOL",
        "Le Monde avec AFP",
        "ots",
        "AFP/dpa",
        "dpa/AFP",
    )
)

# Words that open the name of a newsroom desk, not of a person ("Redacción EC", "Redaktion Politik").
DESK_WORDS = frozenset(
    w.casefold()
    for w in (
        "redacción",
        "redaccion",
        "redaktion",
        "rédaction",
        "redazione",
        "redakcja",
        "redakce",
        "redação",
        "newsroom",
        "staff",
        "desk",
        "wires",
        "agencies",
        "agencias",
        "agenturen",
        "agences",
    )
)
# Words that tie a role to what it heads, after a comma ("Head of Marketing", "Reporter for Acme"):
# a person's name never has them as its second word (name particles, "de", "van", may).
ROLE_LINKS = frozenset(("of", "for", "at"))
# Words that open such a role and are no job title alone ("Head of ...", "Chief of Staff").
ROLE_HEADS = frozenset(("head", "chief", "lead", "member", "vice", "dean"))
# A reading-time note printed in the credit row ("Reading time: 3 minutes"): a label, no name.
READING_TIME = regex.compile(
    r"^(?:(?:estimated\s+)?read(?:ing)?\s+time|lesezeit|lesedauer|temps\s+de\s+lecture|tiempo\s+de\s+lectura"
    r"|tempo\s+di\s+lettura|leestijd)\b",
    regex.IGNORECASE,
)
# Words a person's own site adds to its owner's name ("Jo Lee Photography", "Roe Lab"): a
# metadata author whose name the site's name holds with only these words is the owner, where an
# edition's or a place's word ("Harbourpost UK", "Harbourpost Magazine") leaves the site's own name.
OWN_SITE_WORDS = frozenset(
    (
        "photography", "photo", "photos", "lab", "laboratory", "studio", "studios", "blog", "notes",
        "journal", "diary", "homepage", "website", "portfolio", "design", "writes", "newsletter", "podcast",
    )
)  # fmt: skip
# Words outlets, firms and institutions name themselves with ("Harbour News", "Quay Clinic") and
# that are nobody's surname, so a person's own site named "Wei Sun" or "Ana Law" is still read.
ORGANISATION_WORDS = frozenset(
    (
        "news", "times", "daily", "weekly", "tribune", "herald", "gazette", "chronicle", "magazine",
        "media", "network", "online", "clinic", "hospital", "institute", "university", "college",
        "academy", "company", "agency", "foundation", "society", "association", "center", "centre",
        "council", "software", "systems", "solutions", "services", "security", "insurance", "dental",
        "labs", "digital",
    )
)  # fmt: skip
# Words a site's name puts before its owner's name ("Notes of Jo Lee", "Ein Blog von Jo Lee").
OWNER_LINKS = frozenset(("of", "by", "von", "de", "di", "da", "du", "del", "par", "por", "door", "van"))
# A collective printed last in a credit ("Acme Marketing Team"): the words before it name a team, not a person.
TEAM_WORDS = frozenset(("team", "teams", "crew"))
# Job titles printed after a name ("Education editor", "Senior Staff Technologist"): a credit's mark.
JOB_TITLES = frozenset(
    w.casefold()
    for w in (
        "editor",
        "editors",
        "correspondent",
        "correspondents",
        "reporter",
        "reporters",
        "writer",
        "writers",
        "columnist",
        "contributor",
        "contributing",
        "staff",
        "technologist",
        "analyst",
        "director",
        "producer",
        "journalist",
        "journaliste",
        "chief",
        "senior",
        "associate",
        "deputy",
        "managing",
        "executive",
        "professor",
        "photographer",
        "editorial",
        "desk",
        "redakteur",
        "redakteurin",
        "korrespondent",
        "korrespondentin",
        "autor",
        "autorin",
        "envoyé",
        "envoyée",
        "spécial",
        "spéciale",
        "rédacteur",
        "rédactrice",
        "corresponsal",
        "redactor",
        "redactora",
        "periodista",
        "dziennikarz",
        "dziennikarka",
        "redaktor",
        "publisher",
        "founder",
        "president",
        "ceo",
        "officer",
        "fellow",
        "researcher",
        "scientist",
        "expert",
        "lawyer",
        "attorney",
        "md",
        "phd",
        "ma",
        "mba",
        "intern",
        "blogger",
        "critic",
        "host",
        "assistant",
        "lecturer",
        "chefredakteur",
        "chefredakteurin",
        "rechtsanwalt",
        "rechtsanwältin",
        "experte",
        "expertin",
        "projektleiter",
        "projektleiterin",
        "mitglied",
        "pressesprecher",
        "pressesprecherin",
        "geschäftsführer",
        "geschäftsführerin",
        "volontär",
        "volontärin",
        "gastautor",
        "gastautorin",
        "mitarbeiter",
        "mitarbeiterin",
        "rédactrice",
        "rédacteur",
        "corresponsale",
        "giornalista",
        # Roles and professions printed after a name ("Ana Ruiz, Dietitian", "Liz Kenny, Former
        # McKinsey Consultant"); words that are also common family names (Head, Lead, Coach) are not here.
        "consultant",
        "dietitian",
        "nutritionist",
        "educator",
        "representative",
        "horticulturist",
        "horticulturalist",
        "gardener",
        "astrologer",
        "owner",
        "cofounder",
        "manager",
        "coordinator",
        "specialist",
        "strategist",
        "marketer",
        "engineer",
        "developer",
        "designer",
        "therapist",
        "physician",
        "nurse",
        "veterinarian",
        "pharmacist",
        "dentist",
        "psychologist",
        "psychiatrist",
        "counselor",
        "clinician",
        "advisor",
        "adviser",
        "economist",
        "historian",
        "enthusiast",
        "evangelist",
        "vp",
        "cto",
        "cfo",
        "coo",
        "cmo",
        "chairman",
        "chairwoman",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "moderator",
        "curator",
        "reviewer",
        "former",
        "certified",
        "licensed",
        "registered",
        # Korean credits sign with the title after the name ("홍길동 기자", "김철수 칼럼니스트").
        "기자",
        "특파원",
        "칼럼니스트",
        "논설위원",
        "선임기자",
        "객원기자",
        "인턴기자",
        "수습기자",
        "편집위원",
    )
)
# Words that end the name part of a credit without being a job: beats, buttons, labels, function words.
NAME_STOPWORDS = (
    frozenset(
        w.casefold()
        for w in (
            "national",
            "political",
            "politics",
            "business",
            "science",
            "health",
            "education",
            "sports",
            "technology",
            "tech",
            "entertainment",
            "culture",
            "world",
            "news",
            "economics",
            "legal",
            "medical",
            "opinion",
            "guest",
            "special",
            "team",
            "photos",
            "photo",
            "video",
            "illustrations",
            "illustration",
            "reporting",
            "additional",
            "photography",
            "text",
            "graphics",
            "research",
            "interview",
            "translation",
            "translated",
            "übersetzung",
            "übersetzt",
            "traduction",
            "traduit",
            "traducción",
            "traducido",
            "tradução",
            "traduzione",
            "tłumaczenie",
            "follow",
            "email",
            "e-mail",
            "twitter",
            "facebook",
            "linkedin",
            "instagram",
            "updated",
            "published",
            "posted",
            "more",
            "read",
            "view",
            "profile",
            "bio",
            "articles",
            "stories",
            "min",
            "minutes",
            "hours",
            "ago",
            "comments",
            "share",
            "contact",
            "show",
            "all",
            "see",
            "subscribe",
            "sign",
            "up",
            "newsletter",
            "for",
            "our",
            "the",
            "of",
            "to",
            "in",
            "on",
            "at",
            "is",
            "are",
            "was",
            "with",
            "your",
            "you",
            "we",
            "this",
            "that",
            "from",
            "an",
            "a",
            "it",
            "its",
            "how",
            "what",
            "why",
            "when",
            "who",
            "new",
            "now",
            "und",
            "and",
            "der",
            "die",
            "das",
            "le",
            "la",
            "les",
            "el",
            "los",
            "las",
            "il",
            "lo",
            # Labels printed next to a credit: "Autoreninfo", "Datum", "Veröffentlicht", "Publicado".
            "autoreninfo",
            "artikel",
            "article",
            "datum",
            "date",
            "veröffentlicht",
            "publicado",
            "publié",
            "name",
            "recht",
            "gesetz",
            "redaktion",
            "online-redaktion",
            "mehr",
            "alle",
            "beiträge",
            "stand",
            "um",
            "last",
            "vom",
            "kategorien",
            "kategorie",
            "category",
            "categories",
            "tags",
            "schlagworte",
            # Menu and box labels that a credit word ("About", "Text", "By") may stand before:
            # "About Us", "Author Spotlight", "Text Link", "Full bio", "Fact Checked", "Related Topics".
            "us",
            "me",
            "spotlight",
            "link",
            "links",
            "full",
            "fact",
            "checked",
            "related",
            "topics",
            "reviewed",
        )
    )
    - NAME_PARTICLES
)
# Back-compatible union: every word that cannot continue a person's name.
ROLE_WORDS = JOB_TITLES | NAME_STOPWORDS

# What a template prints where an author field is empty, or a site's own account (not a person).
ACCOUNT_PLACEHOLDERS = frozenset(
    {
        "null",
        "none",
        "undefined",
        "false",
        "nan",
        "n/a",
        "author",
        "admin",
        "no author",
        "unknown",
        "anonymous",
        "webmaster",
        "editor",
        "administrator",
        "user",
        "guest",
        "team",
    }
)
# A CMS account, not a person: "admin" and "webmaster" inside a user name ("q_admin", "siteadmin",
# "NOC Admin", "adminn").
CMS_ACCOUNT = regex.compile(r"admin|webmaster|wp-?engine|^(?:editor|user|guest|author)[\W_]*\d*$", regex.IGNORECASE)

# Photo and image credits look like bylines ("Foto: LA NACION", "(Bild: Hersteller)", "Фото: ТАСС",
# "Courtesy of Jane Roe") but credit a picture (or the source a story is printed from).
PHOTO_CREDIT = regex.compile(
    r"^[(\[]|^(?:photo|photos|photograph|image|images|picture|credit|credits|foto|fotos|fotó|bild|bilder|zdjęcie"
    r"|фото|courtesy|fot\.|photo\s+credit|crédit|crédito|illustration|getty|illustr\.)\b"
    r"|/(?:afp|ap|reuters|getty|epa|dpa)\b"
    r"|getty\s+images|shutterstock|\bvia\s+(?:getty|reuters|ap)\b"
    r"|\b(?:photo|foto|фото|bild|image|source|quelle|fuente|fonte|źródło|credit|crédit)\s*:\s*[^.:]{1,40}$",
    regex.IGNORECASE,
)

# A picture's caption ends with the picture's credit: a label and a name ("… (Foto: Andina)", "…
# Photograph: Jane Roe/Getty Images"), an agency or a stock library after a slash ("… Jane Roe/Reuters
# files", "… / Shutterstock"), or an agency's name after the caption's last sentence ("… febrero. EFE").
CAPTION_CREDIT_END = regex.compile(
    # The label opens the line, follows a sentence's end or opens a bracket ("Best photo: Pixel 8"
    # and "Best for bad credit: …" end a line of prose with a label of their own); "Photograph:"
    # may follow the caption's last word, as it is never a list's label.
    r"(?:(?:^|(?<=[.!?])\s+|\(\s*)(?:photo|photos|photograph|foto|fotos|fotó|bild|titelbild|image|imagen|picture|crédito|credit|kuva|фото)"
    r"\s*:\s*[^:]{1,60}(?<![.!?])"
    r"|\s(?:photograph|фото)\s*:\s*[^:]{1,60}(?<![.!?])"
    r"|/\s*(?:afp|ap|reuters|getty|getty\s+images|epa|dpa|efe|shutterstock|picture-alliance)(?:\s+files)?"
    r"|\bgetty\s+images|\bshutterstock"
    r"|[.)]\s+(?:afp|ap|reuters|epa|dpa|efe))\)?\s*$",
    regex.IGNORECASE,
)

# A copyright notice carries one of these marks ...
# (a mark is followed by a year or a name: "© we think" in a sentence is no notice).
COPYRIGHT_MARK = regex.compile(
    r"(?:©|&copy;|\(c\))(?=\s*(?:\d{4}|[\p{Lu}\p{Lo}]))|(?i:\bcopyright\b|\bcopr\.)(?=\s*(?:[©\d\p{Lu}\p{Lo}:(]|&copy;))"
)
# The marks a notice opens with, a little wider than COPYRIGHT_MARK: the © sign before any name
# ("© laviedesidees.fr", "© bei der Autorin") when it stands apart from a preceding word ("manifesto™© we"
# is prose), and "Copyright by NAME".
COPYRIGHT_SIGN = regex.compile(
    r"(?<![\p{L}\p{N}™®])(?:©|&copy;)(?=\s*[\p{L}\p{N}℗])|(?i:\bcopyright)(?=\s+by\s)|" + COPYRIGHT_MARK.pattern
)
# ... or one of these rights phrases, which stand alone in some countries' footers.
RIGHTS_RESERVED = regex.compile(
    r"all\s+rights\s+reserved|alle\s+rechte\s+vorbehalten|tous\s+droits\s+réservés|(?:todos\s+los\s+)?derechos"
    r"\s+reservados|(?:wszelkie|wszystkie)\s+prawa\s+zastrzeżone|tutti\s+i\s+diritti\s+riservati|riproduzione\s+riservata"
    r"|todos\s+os\s+direitos\s+reservados|alle\s+rechten\s+voorbehouden|все\s+права\s+защищены"
    r"|všechna\s+práva\s+vyhrazena|všetky\s+práva\s+vyhradené|kaikki\s+oikeudet\s+pidätetään"
    r"|alla\s+rättigheter\s+förbehållna|alle\s+rettigheder\s+forbeholdes|alle\s+rettigheter\s+reservert"
    r"|minden\s+jog\s+fenntartva|版权所有|版權所有|著作権|무단\s*전재|جميع\s+الحقوق\s+محفوظة",
    regex.IGNORECASE,
)

# A line that announces a list of other articles ("Related", "Read next", "Lesen Sie auch").
RELATED_LABEL = regex.compile(
    r"^(?:related(?:\s+(?:articles?|stories|posts|content|news|coverage|links|reading))?|related\s+to\s+.{1,40}|see\s+also"
    r"|read\s+(?:next|more|also)|top\s+(?:\d+\s+)?(?:picks|stories|news|articles|topics|reads|videos)(?:\s.{0,30})?"
    r"|(?:more\s+)?(?:today|now)\s+on\s+[\p{Lu}\d]\S*(?:\s+\S+)?|(?:\w+\s+)?(?:most\s+)?(?:read|popular|trending)\s+(?:this|today|now)(?:\s\w+)?"
    r"|more\s+(?:from|on|in|stories|news|articles|like\s+this|to\s+read)(?:\s.{0,40})?|most\s+(?:popular|read|viewed|shared|watched)"
    r"|recommended(?:\s+(?:for\s+you|stories|articles|reading))?|you\s+(?:may|might)\s+also\s+(?:like|be\s+interested(?:\s+in)?)"
    r"|(?:top|latest|trending)\s+(?:stories|news|articles|now)|trending|editor'?s?\s+picks|what\s+to\s+read\s+next|up\s+next"
    r"|don'?t\s+miss|further\s+reading|also\s+read|popular(?:\s+now)?|lesen\s+sie\s+(?:auch|mehr)|mehr\s+zum\s+thema"
    r"|das\s+könnte\s+sie\s+auch\s+interessieren|meistgelesen|weitere\s+artikel|zum\s+thema|à\s+lire\s+aussi|lire\s+aussi"
    r"|sur\s+le\s+même\s+sujet|les\s+plus\s+lus|le\s+puede\s+interesar|te\s+puede\s+interesar|también\s+(?:te\s+puede\s+interesar|lea)"
    r"|lo\s+más\s+leído|más\s+noticias|relacionad[ao]s|noticias\s+relacionadas|leia\s+também|veja\s+(?:também|mais)|confira\s+também|leggi\s+anche|potrebbe\s+interessarti"
    r"|czytaj\s+(?:też|także|również|więcej)|zobacz\s+(?:też|także|również)|polecamy|najczęściej\s+czytane|související"
    r"|lees\s+ook|gerelateerd|читайте\s+также|по\s+теме|相关(?:新闻|阅读|文章)|関連(?:記事|ニュース))\s*[:.!»›>\-–—]*$",
    regex.IGNORECASE,
)

# An in-story promo line opens with one of these labels and a separator, then a link to another
# article ("Read more: …", "LE PUEDE INTERESAR: …", "Lesen Sie auch: …", "Czytaj też: …").
PROMO_LABEL = regex.compile(
    r"^(?:related(?:\s+(?:articles?|stories|content|coverage|reading|news))?|read(?:\s+(?:more|also|next))?|more|more\s+on\s+this"
    r"|see\s+also|also\s+(?:read|see)|watch|listen|recommended|don'?t\s+miss|must\s+read|editor'?s\s+pick"
    r"|lesen\s+sie\s+(?:auch|mehr)|mehr\s+zum\s+thema|auch\s+interessant|siehe\s+auch|zum\s+thema"
    r"|das\s+könnte\s+sie\s+(?:auch\s+)?interessieren|à\s+lire\s+(?:aussi|également)|lire\s+(?:aussi|également)"
    r"|(?:à\s+)?voir\s+aussi|le\s+puede\s+interesar|te\s+puede\s+interesar|también\s+(?:lea|le\s+puede\s+interesar)"
    r"|lea\s+también|leer\s+más|lee\s+también|ver\s+también|mira\s+también|relacionad[oa]s?|leia\s+(?:também|mais)"
    r"|veja\s+também|saiba\s+mais|leggi\s+anche|potrebbe\s+interessarti|vedi\s+anche|czytaj\s+(?:też|także|również|więcej)"
    r"|zobacz\s+(?:też|także|również)|dowiedz\s+się\s+więcej|przeczytaj\s+(?:też|także|również)|lees\s+ook|lue\s+myös"
    r"|läs\s+också|les\s+også|læs\s+også|читайте\s+(?:также|тоже|еще)|см\.\s+также|čtěte\s+(?:také|též)"
    r"|přečtěte\s+si\s+(?:také|též))\s*[:>»›|\-–—]",
    regex.IGNORECASE,
)

# A label over a list of paid links ("Sponsored", "Paid Partner", "Around the web"): the list
# under it is advertising, however it is styled. ("Advertisement" / "Anzeige" mark a single ad
# slot, whose content is a script; the list after that slot is the page's own.)
SPONSOR_LABEL = regex.compile(
    r"^(?:sponsored(?:\s+(?:by|content|links?|stories))?|paid\s+(?:partner|content|post)s?|partner\s+(?:offers?|content)"
    r"|(?:.{0,40}\s)?(?:from|by)\s+our\s+(?:partners?|sponsors?)|promoted(?:\s+(?:content|stories|links))?|around\s+the\s+web"
    r"|(?:\w+\s+)?sponsors|contenido\s+patrocinado|conteúdo\s+patrocinado|contenu\s+sponsorisé|sponsorisé|gesponsert|patrocinado"
    r"|(?:popular\s+)?deals(?:\s+on\s+.{0,40})?)\s*[:.!»›>\-–—]*$",
    regex.IGNORECASE,
)

# Short link texts that name a service page, not a story ("Privacy Policy", "RSS Terms of Service").
SERVICE_LINK = regex.compile(
    r"^click\s+here\b|\b(?:privacy|terms\s+(?:of|and)|cookies?|polic(?:y|ies)|contact(?:\s+us)?|about\s+us|advertis\w*"
    r"|careers?|jobs|impressum|imprint|datenschutz|agb|nutzungsbedingungen|mentions\s+légales|conditions\s+générales"
    r"|aviso\s+legal|términos|newsletters?|subscribe|subscriptions?|abonn\w+|ethics|corrections|masthead"
    r"|available\s+on|download\s+(?:the|our)\s+app|sign\s+(?:in|up)|log\s*in|sitemap|faq|ad\s*choices)\b"
    # The same pages of Chinese sites: copyright and disclaimer notices, privacy, contact, about us
    # (as the whole link or before a colon: "关于我们身边的…" is a headline).
    r"|(?:版权声明|免责声明|隐私政策|联系我们|关于我们)(?:[：:\s]|$)",
    regex.IGNORECASE,
)

# Whole lines that are page furniture wherever they stand (consent, share, subscribe, print, the
# buttons a picture carries: "toggle caption", "Enlarge this image", and the code a player's "Embed"
# box offers to copy: "Embed <iframe src=…>").
BOILERPLATE_LINE = regex.compile(
    r"^(?:share(?:\s+(?:this|on|via).*)?|tweet|print|email|e-mail|comments?(?:\s*\(\d+\))?|advertisement|anzeige|publicité"
    r"|embed\s*<iframe\b[^<>]*>(?:\s*</iframe>)?"
    r"|(?:hide|show|toggle)\s+captions?|enlarge\s+(?:this\s+)?(?:image|photo|picture)|view\s+(?:the\s+)?larger\s+image"
    r"|publicidad|reklama|sponsored|subscribe(?:\s.{0,40})?|sign\s+(?:in|up)|log\s*in|menu|search|close|skip\s+to.*"
    r"|follow\s+us.*|newsletter|back\s+to\s+top|read\s+more|weiterlesen|mehr\s+lesen|lire\s+la\s+suite|leer\s+más"
    # The placeholder a script replaces with a panel's content ("Loading", "Loading…", "Loading more
    # reviews..."): the word alone, or with two more at most and the dots that say it is under way, so
    # a sentence ("Loading the truck took hours…") or a subhead ("Loading the truck") is none.
    r"|(?:loading|chargement|cargando|caricamento|carregando|ładowanie)(?:(?:\s+[^\s.…]+){0,2}\s*(?:\.{3}|…))?)\s*[:.!»›>]*$",
    regex.IGNORECASE,
)

# What a site says of the money its links make it ("We may earn a commission from links on this
# page", "Purchases made through our links may earn us a commission"): the site, in its own voice, is
# who earns. A story's sentence has someone else earn ("he could earn a commission", "sellers pay
# commissions on sales"), or quotes them (read with QUOTED_SPAN taken out).
LINK_EARNINGS = regex.compile(
    r"\b(?:(?:we|i)\s+(?:(?:may|might|will|could|can|also|sometimes|often|do)\s+){0,2}(?:earn|receive)\s+"
    r"(?:(?:us|me|an?|small|some|affiliate|a\s+share\s+of)\s+)*commissions?"
    # Money, when the line says what for: links, purchases, the brands named ("We may earn money or
    # products from the companies mentioned"); "I earn money from freelance writing" is a story's.
    r"|(?:we|i)\s+(?:(?:may|might|will|could|can|also|sometimes|often|do)\s+){0,2}(?:earn|receive)\s+"
    r"(?:money|revenue|compensation)\b[^.!?]{0,40}\b(?:links?|purchases?|products?|companies|brands|partners|sales)\b"
    r"|earns?\s+(?:us|me)\s+(?:(?:an?|small|some|affiliate)\s+)*(?:commissions?|money)"
    # The site or its links as who earns, and what: "This site earns a commission", "our links may earn
    # us"; "This article explains how much a nurse earns" names someone else's pay.
    r"|(?:this|our)\s+(?:site|website|blog)\s+(?:(?:may|might|can|also)\s+)?earns?\s+(?:(?:an?|small|some|affiliate)\s+)*"
    r"(?:commissions?|money)"
    r"|(?:our|these|the|this\s+(?:site|page|post)'s)\s+links?\s+(?:(?:may|might|can)\s+)?earn\s+(?:us|me)\b"
    r"|commissions?\s+(?:from|on|for)\s+(?:(?:some|the)\s+)?(?:our|these|this\s+page's)\s+links)\b",
    regex.IGNORECASE,
)
# The names of a merchant's programme for the sites that link to it ("As an Amazon Associate we earn
# from qualifying purchases"), read with SITE_VOICE: a story about marketing names them too. (A bare
# "affiliate links" is no such line: a post's own "This post contains affiliate links" is its text.)
AFFILIATE_PROGRAM = regex.compile(
    r"\b(?:affiliate\s+(?:commissions?|advertising)|amazon\s+associates?|associates\s+program|qualifying\s+purchases)\b",
    regex.IGNORECASE,
)
# The site speaking of itself or of the page's links.
SITE_VOICE = regex.compile(
    r"\b(?:we|us|our|i|me|my|links?|linking|this\s+(?:site|website|page|article|post|podcast|video))\b",
    regex.IGNORECASE,
)
# What every alternative of LINK_EARNINGS or AFFILIATE_PROGRAM holds, case-folded (a plain substring
# test first).
LINK_EARNINGS_STEMS = ("affiliate", "associate", "qualifying", "commission", "earn", "money", "revenue")
# Words said in quotation marks are someone's, not the site's: taken out before the site's voice is
# looked for.
QUOTED_SPAN = regex.compile(r'"[^"]*"|“[^”]*”|«[^»]*»|„[^“”]*[“”]')
# A pitch for a mailing list: the latest news "delivered to your inbox", "Get our tips in your inbox".
# Read with INBOX_SIGNUP: "fake delivery updates straight to your inbox" is what a story warns of.
INBOX_PITCH = regex.compile(
    r"\b(?:latest|news|updates?|insights|tips|stories|deals|offers)\b[^.!?]{0,60}"
    r"\b(?:delivered|sent|straight|right|directly)\s+(?:straight\s+|right\s+|directly\s+)?(?:to|into)\s+(?:your|their)\s+inbox(?:es)?\b"
    r"|^(?:get|receive|stay|join|sign\s+up|subscribe)\b[^.!?]{0,80}\b(?:in|to)\s+your\s+inbox\b",
    regex.IGNORECASE,
)
# What makes a line about an inbox a sign-up: the list, the act, or the site's "our".
INBOX_SIGNUP = regex.compile(r"\b(?:newsletters?|subscrib\w*|sign(?:ing)?[\s-]+up|our)\b", regex.IGNORECASE)

# A link that names no article but opens the one its card shows ("View", "Read more", "Ver más").
MORE_LINK = regex.compile(
    r"^(?:view|read\s+more|more|continue\s+reading|read\s+the\s+(?:story|article)|full\s+story|weiterlesen|mehr(?:\s+lesen)?"
    r"|zum\s+artikel|lire\s+la\s+suite|lire\s+plus|leer\s+m[aá]s|ver\s+m[aá]s|leia\s+mais|ver\s+mais|leggi\s+(?:tutto|di\s+pi[uù])"
    r"|czytaj\s+(?:dalej|wi[eę]cej)|więcej)\s*[.:!»›>…]*$",
    regex.IGNORECASE,
)
# Sentences that ask the reader to do something for the site, not parts of a story: subscribe,
# follow, download the app, share, log in ("Follow The Gleaner on Twitter", "Zapraszamy do subskrypcji").
CALL_TO_ACTION = regex.compile(
    r"\b(?:subscribe|subscription|subscribers?|sign\s+up|log\s*in|register|newsletter|download\s+(?:the|our)\s+\w*\s*app"
    r"|follow\s+(?:us|@|\w+\s+on\s+(?:twitter|facebook|instagram))|like\s+us\s+on|share\s+this\s+(?:article|story|post)"
    r"|abonnieren|abonnement|abo\b|newsletter|folgen\s+sie\s+uns|jetzt\s+(?:registrieren|anmelden|teilen|bestellen)|artikel\s+teilen"
    r"|abonnez|abonnement|inscrivez|suivez-nous|suscr[ií]b|suscripci[oó]n|s[ií]guenos|assine|assinatura|siga-nos"
    r"|abbonati|iscriviti|seguici|subskrypc|zaprenumeruj|obserwuj\s+nas|zapraszamy\s+do\s+subskrypcji)",
    regex.IGNORECASE,
)
# What every alternative of CALL_TO_ACTION starts with, case-folded: a text whose fold (a dotted
# capital I read as "i", as the pattern's case-insensitive match reads it) holds none of them cannot
# match. A substring test per start is C's plain search, three times faster on a sentence than the
# case-insensitive pattern, which most blocks then need not run.
CALL_TO_ACTION_STARTS = (
    "subscri",
    "sign",
    "log",
    "register",
    "newsletter",
    "download",
    "follow",
    "like",
    "share",
    "abo",
    "folgen",
    "jetzt",
    "artikel",
    "inscrivez",
    "suivez",
    "suscr",
    "siguenos",
    "síguenos",
    "assin",
    "siga",
    "abbonati",
    "iscriviti",
    "seguici",
    "subskrypc",
    "zaprenumeruj",
    "obserwuj",
    "zapraszamy",
)
# The words of CALL_TO_ACTION that name a thing, not ask for an act ("subscribers", "a subscription",
# "the newsletter", "a registered agent"): a story about newsletters or subscriptions says them too.
CALL_TO_ACTION_NOUN = regex.compile(
    r"subscriptions?|subscribers?|newsletters?|register(?:ed|ation|ations)|abonnements?|abos?"
    r"|suscripci[oó]n(?:es)?|assinaturas?|subskrypcj[aiąe]",
    regex.IGNORECASE,
)
# A link to the comments printed in a credit row ("Leave a comment", "Kommentare 34", "3 Comments").
# Headings that close a story: a box about its author, how to cite it.
CLOSING_HEADING = regex.compile(
    r"^(?:about\s+the\s+authors?|about\s+the\s+writer|über\s+(?:den|die)\s+autor(?:in|en|innen)?|à\s+propos\s+de\s+l'auteur"
    r"|sobre\s+(?:el|la|o|a)\s+autor[a]?|(?:pour\s+)?citer\s+cet\s+article|how\s+to\s+cite(?:\s+this\s+\w+)?|cite\s+this\s+\w+"
    r"|zitiervorschlag|zitierweise)\b",
    regex.IGNORECASE,
)
# An invitation to get in touch or to ask for an offer opens a page's closing box, after its story.
CONTACT_CALL = regex.compile(
    r"\b(?:contact\s+us|get\s+in\s+touch|talk\s+to\s+(?:our|an?)\s+\w+|request\s+a\s+(?:quote|demo|call)"
    r"|(?:book|schedule)\s+a\s+(?:demo|call|consultation)|kontaktier(?:e|en)\s+(?:uns|sie)|nehmen\s+sie\s+kontakt"
    r"|contactez-nous|cont[aá]ct(?:enos|anos)|fale\s+conosco|contattaci)\b",
    regex.IGNORECASE,
)
COMMENT_LINK = regex.compile(
    r"(?:^|\s)(?:\d+\s+)?(?:leave\s+a\s+(?:comment|reply)|(?:no\s+|add\s+a\s+)?comments?"
    r"|(?:hinterlasse|schreibe)\s+einen\s+kommentar|(?:jetzt\s+)?kommentieren|(?:ein|keine)\s+kommentare?|kommentare?"
    r"|laisser\s+un\s+commentaire|commentaires?|deja\s+un\s+comentario|comentarios?|komentarz[ey]?|dodaj\s+komentarz)"
    r"\s*(?:\(?\d+\)?)?\s*[:.!»›>]*$",
    regex.IGNORECASE,
)
# The heading over a page's comment thread, however many comments it counts ("There are 13 comments",
# "12 thoughts on “Title”", "3 responses to “Title”" (the post's title in quotes: "5 thoughts on
# the budget" heads a listicle's section), "Join the discussion", "Leave a Reply", "Tous les
# commentaires"): what follows it is readers' posts, not the story. (Not "Reader comments": a story
# about a consultation heads a section so.)
COMMENT_HEADING = regex.compile(
    r"^(?:there\s+(?:are|is)\s+(?:\d+|no|one)\s+comments?|\d+\s+(?:thoughts|responses?|replies|comments?)\s+(?:on|to)\s+[“\"«„‘'].*[”\"»“’']"
    r"|join\s+the\s+(?:discussion|conversation)|(?:recent|all)\s+comments|leave\s+a\s+(?:reply|comment)"
    r"|(?:weitere|alle|neueste)\s+kommentare|ihr\s+kommentar|tous\s+les\s+commentaires|votre\s+commentaire"
    r"|(?:todos\s+los|tus|sus)\s+comentarios|komentarze\s*\(?\d*\)?)\s*[:.!»›>]*$",
    regex.IGNORECASE,
)
# Words that say a date follows ("Updated", "Published", "Aktualisiert", "Publié le").
DATE_LABEL = regex.compile(
    r"^(?:updated|published(?!\s+by\b)(?:\s+on)?|posted(?!\s+by\b)(?:\s+on)?|(?:written|date|datum|fecha)(?=\s*:|\s+\d)|last\s+updated|modified|(?:pressemitteilung|meldung)\s+vom|letzte\s+aktualisierung|zuletzt\s+aktualisiert(?:\s+am)?"
    r"|aktualisiert(?:\s+am)?|veröffentlicht(?:\s+am)?|stand"
    r"|publié(?:\s+le)?|mis\s+à\s+jour(?:\s+le)?|actualizado(?:\s+el)?|publicado(?:\s+el)?|aggiornato(?:\s+il)?"
    r"|pubblicato(?:\s+il)?|opublikowano|aktualizacja|zaktualizowano|gepubliceerd|bijgewerkt|обновлено|опубликовано)\b\s*:?\s*",
    regex.IGNORECASE,
)

# What a date printed right after it is: the last change ("Updated", "Last modified", "Aktualisiert",
# "Mis à jour", "更新"), the first publication ("Published", "Posted", "Veröffentlicht", "Publié",
# "发布") or the day a forum member joined ("Joined", "Mitglied seit"). Matched at the end of the
# text before the date, so a label glued to a name ("Jane DoeUpdated: May 3, 2024") counts; the
# named group that matched says which.
DATE_KIND_LABEL = regex.compile(
    # A word boundary before the label, or a capital glued to the end of a name.
    r"(?:(?<![\p{L}])|(?-i:(?<=\p{Ll})(?=\p{Lu})))"
    r"(?:(?P<updated>updated|modified|revised|refreshed|aktualisiert|geändert|aktualisierung|stand"
    r"|mis\s+à\s+jour|actualizado|actualizada|atualizado|atualizada|aggiornato|aggiornamento|zaktualizowano"
    r"|aktualizacja|bijgewerkt|gewijzigd|uppdaterad|opdateret|oppdatert|päivitetty|обновлено|обновлен[оа]?"
    r"|更新日?|수정|업데이트)"
    r"|(?P<published>published|posted|released|written|created|veröffentlicht|erschienen|erstellt"
    r"|publié|publiée|publicado|publicada|pubblicato|opublikowano|gepubliceerd|publicerad|publiceret|publisert"
    r"|julkaistu|опубликовано|опубликован[оа]?|发布|發佈|发表|公開日?|投稿日|입력|게시)"
    # A member's profile in a forum post: the day they joined, no date of the page.
    r"|(?P<member>joined|member\s+since|registered|mitglied\s+seit|registriert(?:\s+seit)?|dabei\s+seit"
    r"|inscrit(?:\s+le|\s+depuis)?|inscription|registrado|miembro\s+desde|iscritto|zarejestrowany|регистрация|加入|注册))"
    r"(?:\s+(?:on|at|am|le|el|em|il|op|в|den))?\s*[:：.\-–—]?\s*$",
    regex.IGNORECASE,
)

# A note that states when the story first appeared ("This article was originally published on
# 26 Sep 2019", "Ursprünglich erschienen am ..."): a republished or updated page keeps it. Not
# "first published", which also dates an earlier version ("Preprints ... first published 04.Apr.2019").
FIRST_PUBLISHED = regex.compile(
    r"(?<![\p{L}])(?:originally\s+(?:published|posted|appeared)|(?:ursprünglich|zuerst)\s+"
    r"(?:veröffentlicht|erschienen)|(?:publié|paru)\s+(?:initialement|pour\s+la\s+première\s+fois)"
    r"|publicad[oa]\s+originalmente|pubblicat[oa]\s+(?:originariamente|per\s+la\s+prima\s+volta))(?![\p{L}])",
    regex.IGNORECASE,
)
