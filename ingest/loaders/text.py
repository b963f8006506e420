"""Plain text and Markdown: the first non-empty line is the title."""

from __future__ import annotations

from pathlib import Path

from ingest.loaders.base import LoadResult, make_article, read_text


def load_text(path: Path, source: str, max_bytes: int) -> LoadResult:
    raw, encoding = read_text(path, max_bytes)
    lines = raw.strip().splitlines()
    title = lines[0].lstrip("#").strip() if lines else ""
    body = "\n".join(lines[1:])
    fmt = "markdown" if path.suffix.lower() == ".md" else "text"
    article = make_article(body, doc_id=source, source=source, fmt=fmt, title=title, encoding=encoding)
    return LoadResult([article])
