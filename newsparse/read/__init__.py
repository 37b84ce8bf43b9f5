"""Readers: a page as it arrives (bytes in any charset, a str, a tree, a soup, a text dump)
turned into blocks and hints (:class:`newsparse.blocks.Page`), and the page's areas read from them.

Readers import the leaf knowledge in :mod:`newsparse.cues` and the shared types; never a segment.
"""
