"""What the tools that make text dumps leave in them, read back.

A dump is what a text browser (``lynx -dump``, ``w3m -dump``), a converter (inscriptis,
html2text, html-text) or a browser's select-all-and-copy printed of a page. Each tool shows the
page's structure its own way: indentation, list markers, Markdown, ``[12]`` link marks and a list
of the links' addresses, lines hard-wrapped at 72 to 80 columns. These modules read that evidence
so the segment rules get what they read on an HTML page: headings, list items, links and their
share of a line's text, paragraphs joined back together.

- :mod:`.shapes`: a physical line's indentation, list marker, width on a terminal, and the
  tools' own artefacts (form fields, buttons, rules, raw markup);
- :mod:`.style`: what made the dump (Markdown, a reference list, a wrap width, indented paragraphs);
- :mod:`.references`: lynx's and w3m's numbered link marks and the ``References`` list;
- :mod:`.markdown`: inline Markdown (links, images, emphasis, escapes) and its block markers;
- :mod:`.unwrap`: physical lines back into the page's paragraphs.

:func:`newsparse.read.textdump.text_to_page` puts them together.
"""
