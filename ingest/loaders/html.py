"""Saved article pages: trafilatura finds the main text and the metadata."""

from __future__ import annotations

from pathlib import Path

import trafilatura

from ingest.loaders.base import LoadResult, RejectedFile, make_article, read_text


def load_html(path: Path, source: str, max_bytes: int) -> LoadResult:
    raw, encoding = read_text(path, max_bytes)
    extracted = trafilatura.bare_extraction(
        raw, with_metadata=True, include_comments=False, include_tables=True, deduplicate=False
    )
    if extracted is None or not (extracted.text or "").strip():
        raise RejectedFile("sayfada makale metni yok (yalnızca menü/gezinti)")
    text = extracted.text
    title = extracted.title or ""
    if title and text.startswith(title):  # trafilatura repeats the headline as the first line
        text = text[len(title) :]
    categories = extracted.categories or []
    if isinstance(categories, str):
        categories = [c.strip() for c in categories.split(",")]
    article = make_article(
        text.replace("\n", "\n\n"),
        doc_id=source,
        source=source,
        fmt="html",
        title=title,
        date_value=extracted.date,
        author=extracted.author,
        url=extracted.url,
        categories=list(categories),
        encoding=encoding,
    )
    return LoadResult([article])
