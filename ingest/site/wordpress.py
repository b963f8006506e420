"""A WordPress site through its REST API (``/wp-json/wp/v2/posts``).

A run first lists post ids with their modification stamps (100 a request, only posts
modified since the last complete run), then fetches the changed posts' content in batches,
categories, tags and author embedded (``_embed``) so no name costs a request of its own.
Only published posts are listed: the API shows nothing else to an anonymous reader.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from urllib.parse import urlencode

from ingest.loaders.base import LoadResult, RejectedFile, make_article
from ingest.loaders.markup import fragment_text
from ingest.site.http import FetchError, PoliteClient
from ingest.site.state import Post

API_REL = re.compile(r'<([^>]+)>\s*;\s*rel="https://api\.w\.org/"')
LIST_PAGE = 100  # the API's largest page
_TAG = re.compile(r"<[^>]+>")


def api_root_from(headers_link: list[str]) -> str | None:
    """The REST root a WordPress page announces in its ``Link`` header."""
    for value in headers_link:
        if m := API_REL.search(value):
            return m.group(1)
    return None


def endpoint(root: str, route: str, params: dict[str, object]) -> str:
    """``root`` + route with ``params``, for pretty (``/wp-json/``) and plain
    (``?rest_route=/``) permalinks alike."""
    if "rest_route=" in root:
        base = root.split("?", 1)[0]
        return f"{base}?{urlencode({'rest_route': '/' + route, **params})}"
    return f"{root.rstrip('/')}/{route}?{urlencode(params)}"


def post_doc_id(site: str, post_id: int) -> str:
    """A post's document id: WordPress's own short link, stable when the slug changes."""
    return f"{site}/?p={post_id}"


@dataclass
class Listing:
    """Posts the API lists, by document id, and whether every page of the list was read."""

    posts: dict[str, Post] = field(default_factory=dict)
    newest: str = ""  # the largest ``modified`` (site time) listed
    complete: bool = True
    error: str = ""


class WordPressAPI:
    def __init__(self, client: PoliteClient, site: str, root: str, page_size: int) -> None:
        self.client, self.site, self.root, self.page_size = client, site, root, page_size

    def list_posts(self, modified_after: str = "", newest_known: int = 0) -> Listing:
        """Every published post, or, given the last run's cursor, those modified after it
        plus those with an id above ``newest_known``: a post created with a date in the past
        has that date as its modification time, so the cursor alone would miss it."""
        listing = Listing()
        if not modified_after:
            self._list(listing, {"orderby": "id", "order": "asc"})
            return listing
        self._list(listing, {"orderby": "id", "order": "asc",
                             "modified_after": _one_second_before(modified_after)})
        self._list(listing, {"orderby": "id", "order": "desc"}, stop_at=newest_known)
        return listing

    def _list(self, listing: Listing, query: dict[str, object], stop_at: int | None = None) -> None:
        """Pages of ids, links and stamps into ``listing``; with ``stop_at``, until an id at
        or below it (ids descending)."""
        params = {**query, "per_page": LIST_PAGE, "_fields": "id,link,modified,modified_gmt"}
        page, pages, total = 1, 1, None
        while page <= pages:
            try:
                fetched = self.client.get(endpoint(self.root, "wp/v2/posts", {**params, "page": page}))
            except FetchError as exc:
                listing.complete, listing.error = False, f"{exc.url}: {exc.reason}"
                return
            pages = int(fetched.headers.get("x-wp-totalpages") or 1)
            count = fetched.headers.get("x-wp-total")
            if total is not None and count != total:  # posts came or went while listing
                listing.complete = False
            total = count
            for item in fetched.json():
                if stop_at is not None and item["id"] <= stop_at:
                    return
                doc_id = post_doc_id(self.site, item["id"])
                listing.posts[doc_id] = Post(url=item.get("link") or doc_id, stamp=item.get("modified_gmt", ""),
                                             key=str(item["id"]))
                listing.newest = max(listing.newest, item.get("modified", ""))
            page += 1

    def batches(self, posts: list[Post]) -> list[PostBatch]:
        size = self.page_size
        return [PostBatch(self, posts[i : i + size]) for i in range(0, len(posts), size)]


class PostBatch:
    """Up to ``page_size`` posts fetched in one request: a source of the ingest run."""

    def __init__(self, api: WordPressAPI, posts: list[Post]) -> None:
        self.api = api
        self.posts = posts
        ids = ",".join(p.key for p in posts)
        self.name = endpoint(api.root, "wp/v2/posts", {"include": ids, "per_page": len(posts),
                                                       "_embed": "author,wp:term"})
        self.handled: list[str] = []  # doc ids read (documents or rejected posts)

    def load(self, max_bytes: int) -> LoadResult:
        try:
            items = self.api.client.get(self.name).json()
        except FetchError as exc:
            raise RejectedFile(exc.reason) from exc
        result = LoadResult()
        for item in items:
            doc_id = post_doc_id(self.api.site, item["id"])
            try:
                result.documents.append(post_document(item, doc_id, self.api.site))
            except RejectedFile as exc:
                result.problems.append((item.get("link") or doc_id, str(exc)))
            self.handled.append(doc_id)
        return result


def post_document(item: dict, doc_id: str, site: str):
    """One REST API post as an archive document."""
    embedded = item.get("_embedded") or {}
    terms = [t for group in embedded.get("wp:term") or [] for t in group or [] if isinstance(t, dict)]
    authors = [a for a in embedded.get("author") or [] if isinstance(a, dict) and a.get("name")]
    return make_article(
        fragment_text((item.get("content") or {}).get("rendered", "")),
        doc_id=doc_id,
        source=site,
        fmt="wordpress",
        title=html.unescape(_TAG.sub("", (item.get("title") or {}).get("rendered", ""))),
        date_value=item.get("date_gmt") or item.get("date"),
        author=authors[0]["name"] if authors else None,
        url=item.get("link"),
        categories=[html.unescape(t["name"]) for t in terms if t.get("taxonomy") == "category"],
        tags=[html.unescape(t["name"]) for t in terms if t.get("taxonomy") == "post_tag"],
    )


def _one_second_before(stamp: str) -> str:
    """WordPress compares ``modified_after`` strictly, to the second: a post modified in the
    same second as the last run's newest must still be listed."""
    return (datetime.fromisoformat(stamp) - timedelta(seconds=1)).isoformat()
