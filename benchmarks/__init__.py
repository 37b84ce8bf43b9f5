"""Benchmarks and scoring for newsparse (not part of the installed package)."""
