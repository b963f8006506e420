"""Article pages, saved or fetched: trafilatura finds the main text and the metadata."""

from __future__ import annotations

from pathlib import Path

import trafilatura
from langchain_core.documents import Document
from lxml import html as lxml_html

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
    categories = categories or category_links(raw)
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


# WordPress and many themes mark a post's category links so: <a rel="category tag" href=…>Ekonomi</a>
_CATEGORY_LINKS = "//a[contains(concat(' ', normalize-space(@rel), ' '), ' category ')]"


def category_links(raw: str) -> list[str]:
    """The page's category links' texts, when its metadata names none (a stranger's saved page
    gave its category only as such a link, and the category filter did not offer it)."""
    try:
        tree = lxml_html.fromstring(raw)
    except (ValueError, lxml_html.etree.ParserError):
        return []
    names = (" ".join(a.text_content().split()) for a in tree.xpath(_CATEGORY_LINKS))
    return list(dict.fromkeys(name for name in names if name))
