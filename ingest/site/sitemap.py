"""A site read through its sitemaps (robots.txt ``Sitemap:`` lines, else the usual places).

Sitemap indexes are followed; a child sitemap whose ``<lastmod>`` in the index is the one
seen last time is not fetched again (its URLs are the state's), and every sitemap is asked
for with a conditional GET. A page whose ``<lastmod>`` is unchanged is not fetched.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

import gzip
import zlib
from urllib.parse import urljoin

from ingest.site.http import FetchError, PoliteClient, first_answering, same_host
from ingest.site.state import Post, SiteState

WELL_KNOWN = ("/sitemap.xml", "/sitemap_index.xml", "/wp-sitemap.xml")
MAX_DEPTH = 3  # index → index → urlset is as deep as sites go
SITEMAP_ROOTS = ("urlset", "sitemapindex")
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, recover=True, huge_tree=False)


@dataclass
class SitemapListing:
    posts: dict[str, Post] = field(default_factory=dict)  # doc id (the URL) → post
    complete: bool = True
    errors: list[tuple[str, str]] = field(default_factory=list)  # (sitemap url, reason)


def find_sitemaps(client: PoliteClient, site: str) -> list[str]:
    """The sitemaps robots.txt names, else the first of the usual places that answers with
    one. A server error is raised, never taken for "no sitemap"."""
    named = [url for url in client.robots().sitemaps if same_host(url, site)]
    if named:
        return named
    found = first_answering(client, site, WELL_KNOWN, lambda content: _root_name(content) in SITEMAP_ROOTS)
    return [found] if found else []


def list_pages(client: PoliteClient, state: SiteState) -> SitemapListing:
    """Every page the sitemaps list. Unchanged sitemaps are taken from the state only when the
    last run finished every page; otherwise all are read again, so the pages it missed are."""
    listing = SitemapListing()
    for url in state.sitemaps:
        _read(client, state, url, "", listing, 0)
    return listing


def _read(client: PoliteClient, state: SiteState, url: str, lastmod: str, listing: SitemapListing,
          depth: int, parent: str = "") -> None:
    seen = state.listed.get(url, {})
    if state.complete and lastmod and seen.get("lastmod") == lastmod:  # the index says it has not changed
        _known(client, state, url, listing, depth)
        return
    try:
        fetched = client.get(url, conditional=state.complete)
    except FetchError as exc:
        listing.complete = False
        listing.errors.append((url, exc.reason))
        return
    if fetched.not_modified:
        _known(client, state, url, listing, depth)
        return
    root = _parse(fetched.content)
    if root is None or etree.QName(root).localname not in SITEMAP_ROOTS:
        listing.complete = False
        listing.errors.append((url, "site haritası okunamadı (urlset ya da sitemapindex değil)"))
        return
    state.listed[url] = {"lastmod": lastmod, "parent": parent}
    children: set[str] = set()
    for entry in root:
        if not isinstance(entry.tag, str):
            continue
        loc, stamp = urljoin(url, _child(entry, "loc")), _child(entry, "lastmod")
        if not _child(entry, "loc") or not loc.startswith(("http://", "https://")):
            continue
        if etree.QName(root).localname == "sitemapindex":
            children.add(loc)
            if depth < MAX_DEPTH:
                _read(client, state, loc, stamp, listing, depth + 1, parent=url)
        else:
            listing.posts[loc] = Post(url=loc, stamp=stamp, listed_in=url)
    for dropped in [c for c, seen in state.listed.items() if seen.get("parent") == url and c not in children]:
        del state.listed[dropped]  # no longer in this index


def _known(client: PoliteClient, state: SiteState, url: str, listing: SitemapListing, depth: int) -> None:
    """An unchanged sitemap's pages, as the state remembers them (and its children's)."""
    listing.posts.update((doc_id, post) for doc_id, post in state.posts.items() if post.listed_in == url)
    for child, seen in list(state.listed.items()):
        if seen.get("parent") == url and depth < MAX_DEPTH:
            _read(client, state, child, seen.get("lastmod", ""), listing, depth + 1, parent=url)


def _child(entry, name: str) -> str:
    for child in entry:
        if isinstance(child.tag, str) and etree.QName(child).localname == name:
            return (child.text or "").strip()
    return ""


def _parse(content: bytes):
    """The sitemap's root element (``.xml.gz`` files unpacked), or None."""
    if content[:2] == b"\x1f\x8b":
        try:
            content = gzip.decompress(content)
        except (OSError, EOFError, zlib.error):
            return None
    if not content.strip():
        return None
    try:
        return etree.fromstring(content, _PARSER)
    except etree.XMLSyntaxError:
        return None


def _root_name(content: bytes) -> str:
    root = _parse(content)
    return etree.QName(root).localname if root is not None else ""
