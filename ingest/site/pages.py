"""A page of a site read from its URL (sitemap and feed sites): fetched with a conditional
GET, its article extracted as a saved page's would be."""

from __future__ import annotations

import re

from ingest.loaders.base import LoadResult, RejectedFile, decode, make_article
from ingest.loaders.html import html_article
from ingest.loaders.markup import fragment_text
from ingest.site.http import FetchError, PoliteClient

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", ""})


class PageSource:
    """One page, a source of the ingest run. ``given`` is what the site listed about it (a
    feed's title, date, categories; its full text when the feed carries it, which then
    saves the page's request)."""

    def __init__(self, client: PoliteClient, site: str, url: str, given: dict | None = None,
                 text: str = "", conditional: bool = True, removals: set[str] | None = None) -> None:
        self.client, self.site, self.name = client, site, url
        self.given = given or {}
        self.text = text
        self.conditional = conditional  # False when the archive lacks the page: a 304 would not do
        self.removals = removals  # with --prune: where a page the site says is gone is put
        self.read: list[str] = []  # [url] once read (or known unchanged): its stamp may be recorded
        self.failed: list[str] = []  # [url] when a request failed: the next run asks again
        self.gone = False  # the site answered 404/410

    def load(self, max_bytes: int) -> LoadResult:
        if self.text:  # the whole article, as the feed gives it: no page to extract it from
            self.read = [self.name]
            return LoadResult([make_article(fragment_text(self.text), doc_id=self.name, source=self.site,
                                            fmt="feed", url=self.name, title=self.given.get("title"),
                                            date_value=self.given.get("date"), author=self.given.get("author"),
                                            categories=self.given.get("categories"))])
        try:
            fetched = self.client.get(self.name, conditional=self.conditional)
        except FetchError as exc:
            if exc.gone:
                self._gone()
            else:
                self.failed = [self.name]
            raise RejectedFile(f"sayfa artık yok ({exc.reason})" if exc.gone else exc.reason) from exc
        if fetched.url.rstrip("/") == self.site and self.name.rstrip("/") != self.site:
            self._gone()  # sent to the home page: a deleted post's usual soft 404
            raise RejectedFile("sayfa artık yok (ana sayfaya yönlendiriyor)")
        self.read = [self.name]
        if fetched.not_modified:
            return LoadResult(unchanged=[self.name])
        if fetched.content_type not in HTML_TYPES:
            raise RejectedFile(f"HTML sayfası değil ({fetched.content_type})")
        raw = _page_text(fetched.content, fetched.charset)
        return LoadResult([html_article(raw, doc_id=self.name, source=self.site, url=self.name,
                                        given=self.given)])

    def _gone(self) -> None:
        """The site says the page is gone: an answer, not a failure. It stays in the state
        without a stamp (asked again next run) and, with --prune, leaves the archive."""
        self.gone = True
        if self.removals is not None:
            self.removals.add(self.name)


_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w-]+)""", re.IGNORECASE)


def _page_text(content: bytes, charset: str | None) -> str:
    """The charset the page declares in its ``<meta>`` (servers often send a default
    ISO-8859-1 whatever the page is), else the server's, else what the loaders detect
    (UTF-8, then the Turkish code pages)."""
    declared = _META_CHARSET.search(content[:4096])
    for name in (declared.group(1).decode("ascii") if declared else None, charset):
        if name:
            try:
                return content.decode(name)
            except (LookupError, UnicodeDecodeError):
                continue
    return decode(content)[0]
