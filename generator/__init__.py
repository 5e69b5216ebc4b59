"""Seed-to-site generator: news articles in, a cross-linked MkDocs Material site out."""

__version__ = "0.1.0"
