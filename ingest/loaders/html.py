"""Article pages, saved or fetched: trafilatura finds the main text and the metadata."""

from __future__ import annotations

from pathlib import Path

import trafilatura
from langchain_core.documents import Document

from ingest.loaders.base import LoadResult, RejectedFile, make_article, read_text


def load_html(path: Path, source: str, max_bytes: int) -> LoadResult:
    raw, encoding = read_text(path, max_bytes)
    return LoadResult([html_article(raw, doc_id=source, source=source, encoding=encoding)])


def html_article(raw: str, *, doc_id: str, source: str, url: str | None = None,
                 given: dict | None = None, **extra: object) -> Document:
    """The article of one page. ``url`` is where it was fetched (it wins over the page's own
    canonical link); ``given`` holds title, date, author and categories already known (a
    feed's), which win over what trafilatura reads off the page."""
    extracted = trafilatura.bare_extraction(
        raw, url=url, with_metadata=True, include_comments=False, include_tables=True, deduplicate=False
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
    known = given or {}
    return make_article(
        text.replace("\n", "\n\n"),
        doc_id=doc_id,
        source=source,
        fmt="html",
        title=known.get("title") or title,
        date_value=known.get("date") or extracted.date,
        author=known.get("author") or extracted.author,
        url=url or extracted.url,
        categories=list(known.get("categories") or categories),
        **extra,
    )
