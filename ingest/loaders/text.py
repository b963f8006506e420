"""Plain text and Markdown: the first non-empty line is the title. Markdown's marks are taken
off (a "**KERKÜK** –" dateline was shown in bold as if it were the answer), its text kept."""

from __future__ import annotations

import re
from pathlib import Path

from ingest.loaders.base import LoadResult, make_article, read_text

# Markdown's marks, and what each leaves of the text.
_MARKS = [
    (re.compile(r"!\[[^\]]*\]\([^)]*\)"), ""),  # an image
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),  # a link: its text
    (re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1"), r"\2"),  # bold
    (re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?!\w)"), r"\1"),  # italics
    (re.compile(r"`([^`\n]+)`"), r"\1"),  # code
    (re.compile(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$", re.MULTILINE), "\n\\1\n"),  # a heading: a paragraph of its own
    (re.compile(r"^\s{0,3}>\s?", re.MULTILINE), ""),  # a quote's mark
    (re.compile(r"^\s{0,3}(?:[-*_]\s*){3,}$", re.MULTILINE), ""),  # a rule
]


def plain_markdown(text: str) -> str:
    """Markdown as the text a reader sees: "**KERKÜK** – …" → "KERKÜK – …"."""
    for pattern, kept in _MARKS:
        text = pattern.sub(kept, text)
    return text


def load_text(path: Path, source: str, max_bytes: int) -> LoadResult:
    raw, encoding = read_text(path, max_bytes)
    fmt = "markdown" if path.suffix.lower() == ".md" else "text"
    if fmt == "markdown":
        raw = plain_markdown(raw)
    lines = raw.strip().splitlines()
    title = lines[0].lstrip("#").strip() if lines else ""
    body = "\n".join(lines[1:])
    article = make_article(body, doc_id=source, source=source, fmt=fmt, title=title, encoding=encoding)
    return LoadResult([article])
