"""The segment rules: each module finds one segment (or one page fact) of a page in block form.

Each has the same two entry points, ``in_text(page, found)`` and ``in_html(page, found)``; the
orchestrator (:mod:`newsparse.assemble`) calls them in one order for both kinds of input and
hands each what the earlier ones found. No segment module imports another.
"""
