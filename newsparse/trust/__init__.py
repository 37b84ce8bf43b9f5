"""What to trust about a parse: the page type, the coherence of header and body, the confidence
in the body, and the warnings they call for. Reads the page and what the segments found; never
imports a segment module.
"""
