"""Extractors: each takes an ``Article`` and returns a new one with more filled in."""
