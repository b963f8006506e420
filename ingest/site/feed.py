"""A site read through its RSS or Atom feed: the feed is asked for with a conditional GET,
and each entry newer than last time becomes a page to fetch (or, when the feed carries the
whole article, a document straight away). A feed shows only the latest entries, so an
entry missing from it says nothing about the page."""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin

import feedparser

from ingest.site.http import FetchError, PoliteClient, first_answering
from ingest.site.state import Post

WELL_KNOWN = ("/feed", "/rss.xml", "/feed.xml", "/atom.xml", "/rss", "/index.xml")
FULL_TEXT_CHARS = 500  # an entry's content at least this long is the article, not a teaser
_ALTERNATE = re.compile(
    r"<link\b(?=[^>]*\brel=[\"']?alternate)(?=[^>]*\btype=[\"']?application/(?:rss|atom)\+xml)"
    r"[^>]*\bhref=[\"']([^\"'>]+)", re.IGNORECASE)


@dataclass
class Entry:
    post: Post
    given: dict  # title, date, author, categories
    text: str = ""  # the article's HTML when the feed carries all of it


@dataclass
class FeedListing:
    entries: dict[str, Entry] = field(default_factory=dict)  # doc id (the link) → entry; none on a 304


def find_feed(client: PoliteClient, site: str, home: bytes) -> str:
    """The feed the home page announces, else the first usual place that answers with one."""
    if m := _ALTERNATE.search(home.decode("utf-8", "replace")):
        return urljoin(site + "/", m.group(1))
    return first_answering(client, site, WELL_KNOWN, lambda content: bool(feedparser.parse(content).entries))


def list_entries(client: PoliteClient, url: str, conditional: bool) -> FeedListing:
    fetched = client.get(url, conditional=conditional)
    if fetched.not_modified:
        return FeedListing()
    parsed = feedparser.parse(fetched.content)
    if parsed.bozo and not parsed.entries:
        raise FetchError(url, f"akış okunamadı ({parsed.bozo_exception})")
    listing = FeedListing()
    for item in parsed.entries:
        link = urljoin(url, item.get("link", ""))
        if not link:
            continue
        # dict.get: feedparser's own get() answers a missing "updated" with "published", warning
        published = _iso(dict.get(item, "published_parsed") or dict.get(item, "updated_parsed"))
        stamp = _iso(dict.get(item, "updated_parsed")) or published
        content = max((c.get("value", "") for c in item.get("content") or []), key=len, default="")
        given = {"title": item.get("title"), "date": published, "author": item.get("author"),
                 "categories": [t.get("term") for t in item.get("tags") or [] if t.get("term")]}
        listing.entries[link] = Entry(Post(url=link, stamp=stamp), given,
                                      content if len(content) >= FULL_TEXT_CHARS else "")
    return listing


def _iso(parsed: time.struct_time | None) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", parsed) if parsed else ""
