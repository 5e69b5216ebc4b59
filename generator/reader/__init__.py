"""Readers: seed files (plain text or Markdown with front matter) to ``Article``."""
