"""Leaf knowledge: word lists, class words, text measures, dates and URLs as strings, languages,
and the grammars of a credit line and of a copyright notice.

Everything here works on strings (and numbers); it imports nothing of newsparse outside this package.
"""
