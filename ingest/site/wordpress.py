"""A WordPress site through its REST API (``/wp-json/wp/v2/posts``).

A run first lists post ids with their modification stamps (100 a request; after a complete
run only what may have changed since, see ``WordPressAPI.list_posts``), then fetches the
changed posts' content in batches, categories, tags and author embedded (``_embed``) so no
name costs a request of its own. Only published posts are listed: the API shows nothing
else to an anonymous reader. A post's date is its ``date``, the site's own time, as the
site shows it to readers (``date_gmt`` would put a post published at 01:30 in Istanbul on
the day before).
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from urllib.parse import urlencode

from ingest.loaders.base import LoadResult, RejectedFile, make_article
from ingest.loaders.markup import fragment_text
from ingest.site.http import FetchError, PoliteClient, SiteDown
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
    newest_date: str = ""  # the largest ``date`` (site time) listed
    complete: bool = True
    error: str = ""


class WordPressAPI:
    def __init__(self, client: PoliteClient, site: str, root: str, page_size: int) -> None:
        self.client, self.site, self.root, self.page_size = client, site, root, page_size

    def list_posts(self, since: Cursor | None = None) -> Listing:
        """Every published post; or, after a complete run, the posts that may have changed
        since: modified after its newest modification, published after its newest date (a
        scheduled post goes live without a new modification time), or with an id above its
        largest (a new post dated in the past has that date as its modification time)."""
        listing = Listing()
        if since is None:
            self._list(listing, {"orderby": "id", "order": "asc"})
            return listing
        self._list(listing, {"orderby": "id", "order": "asc", "modified_after": _one_second_before(since.modified)})
        self._list(listing, {"orderby": "id", "order": "asc", "after": _one_second_before(since.date)})
        self._list(listing, {"orderby": "id", "order": "desc"}, stop_at=since.post_id)
        return listing

    def _list(self, listing: Listing, query: dict[str, object], stop_at: int | None = None) -> None:
        """Pages of ids, links and stamps into ``listing``; with ``stop_at``, until an id at
        or below it (ids descending). Pages go on while they come back full, whatever the
        (often stripped) ``X-WP-TotalPages`` header says."""
        params = {**query, "per_page": LIST_PAGE, "_fields": "id,link,date,modified,modified_gmt"}
        page, total = 1, None
        while True:
            url = endpoint(self.root, "wp/v2/posts", {**params, "page": page})
            try:
                fetched = self.client.get(url)
                items = fetched.json()
            except FetchError as exc:
                if exc.status == 400 and page > 1:  # WordPress: "page number larger than pages"
                    return
                listing.complete, listing.error = False, f"{exc.url}: {exc.reason}"
                return
            except ValueError:
                listing.complete, listing.error = False, f"{url}: API yanıtı JSON değil"
                return
            count = fetched.headers.get("x-wp-total")
            if total is not None and count != total:  # posts came or went while listing
                listing.complete = False
            total = count
            for item in items:
                if stop_at is not None and item["id"] <= stop_at:
                    return
                doc_id = post_doc_id(self.site, item["id"])
                listing.posts[doc_id] = Post(url=item.get("link") or doc_id, stamp=item.get("modified_gmt", ""),
                                             key=str(item["id"]))
                listing.newest = max(listing.newest, item.get("modified", ""))
                listing.newest_date = max(listing.newest_date, item.get("date", ""))
            if len(items) < LIST_PAGE:
                return
            page += 1

    def batches(self, posts: list[Post]) -> list[PostBatch]:
        size = self.page_size
        return [PostBatch(self, posts[i : i + size]) for i in range(0, len(posts), size)]


class PostBatch:
    """Up to ``page_size`` posts fetched in one request: a source of the ingest run."""

    def __init__(self, api: WordPressAPI, posts: list[Post]) -> None:
        self.api = api
        self.posts = posts
        self.name = self._url(posts)
        self.read: list[str] = []  # doc ids read (documents, or posts with no article in them)
        self.failed: list[str] = []  # doc ids not read because a request failed

    def load(self, max_bytes: int) -> LoadResult:
        """The batch's posts; when the batch request fails (one broken post can make PHP fail
        the lot), each post is asked for alone, so only the broken one stays out. Every post
        not read is reported by its own URL."""
        result = LoadResult()
        try:
            items = self._fetch(self.posts)
        except FetchError as exc:
            if isinstance(exc, SiteDown) or len(self.posts) == 1:
                self._fail(self.posts, exc, result)
                return result
            items = []
            for post in self.posts:
                try:
                    items.extend(self._fetch([post]))
                except FetchError as single:
                    self._fail([post], single, result)
        read: list[str] = []
        for item in items:
            doc_id = post_doc_id(self.api.site, item["id"])
            try:
                result.documents.append(post_document(item, doc_id, self.api.site))
            except RejectedFile as exc:
                result.problems.append((item.get("link") or doc_id, str(exc)))
            except Exception as exc:  # an odd post must not cost the others
                result.problems.append((item.get("link") or doc_id, f"okunamadı: {type(exc).__name__}: {exc}"))
                continue
            read.append(doc_id)
        self.read = read
        return result

    def _fail(self, posts: list[Post], error: FetchError, result: LoadResult) -> None:
        result.problems.extend((post.url, error.reason) for post in posts)
        self.failed.extend(post_doc_id(self.api.site, int(post.key)) for post in posts)

    def _fetch(self, posts: list[Post]) -> list[dict]:
        url = self._url(posts)
        try:
            return self.api.client.get(url).json()
        except ValueError as exc:
            raise FetchError(url, "API yanıtı JSON değil") from exc

    def _url(self, posts: list[Post]) -> str:
        return endpoint(self.api.root, "wp/v2/posts", {"include": ",".join(p.key for p in posts),
                                                       "per_page": len(posts), "_embed": "author,wp:term"})


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
        date_value=item.get("date") or item.get("date_gmt"),
        author=authors[0]["name"] if authors else None,
        url=item.get("link"),
        categories=[html.unescape(t["name"]) for t in terms if t.get("taxonomy") == "category"],
        tags=[html.unescape(t["name"]) for t in terms if t.get("taxonomy") == "post_tag"],
    )


@dataclass(frozen=True)
class Cursor:
    """How far the last complete run got (site time)."""

    modified: str  # the newest modification listed
    date: str  # the newest publication date listed
    post_id: int  # the largest post id listed


def _one_second_before(stamp: str) -> str:
    """WordPress compares ``modified_after`` and ``after`` strictly, to the second: a post
    stamped in the same second as the last run's newest must still be listed."""
    return (datetime.fromisoformat(stamp) - timedelta(seconds=1)).isoformat()
