"""Keep the archive in step with news sites: new posts in, edited posts updated, deleted
posts out, without fetching the whole site again.

Per site: robots.txt, then how the site is read (remembered from the last run): the
WordPress REST API where there is one, else its sitemaps, else its RSS/Atom feed. What the
site lists now is compared with the state of the last run (``ingest/site/state.py``), and
only new or modified posts become sources of one ingest run, where content hashes decide,
as for files, what is embedded again.

``prune`` removes a post only when the site says it is gone: missing from a complete API
listing and from the sitemap, or a 404/410 for its own URL; never because a request failed.
A site that stops answering mid-run keeps what was read; the state's cursor does not move,
so the next run fetches the rest.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timezone

from ingest.pipeline import Ingestor, Progress
from ingest.report import IngestReport
from ingest.site.feed import find_feed, list_entries
from ingest.site.http import FetchError, PoliteClient, site_root
from ingest.site.pages import PageSource
from ingest.site.sitemap import SitemapListing, find_sitemaps, list_pages
from ingest.site.state import Post, SiteState
from ingest.site.wordpress import PostBatch, WordPressAPI, api_root_from
from rag.settings import Settings

log = logging.getLogger(__name__)


class SiteError(Exception):
    """The site could not be read at all in this run; the message says why, in Turkish."""


@dataclass
class SitePlan:
    """One site's part of a sync run: what it lists, what to fetch, what to remove."""

    site: str
    state: SiteState
    client: PoliteClient
    listed: dict[str, Post] = field(default_factory=dict)  # doc id → post, as listed now
    sources: list[PostBatch | PageSource] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)  # listed with the stamp of last time
    gone: set[str] = field(default_factory=set)  # doc ids the site says are gone (shared by the run)
    notes: list[tuple[str, str]] = field(default_factory=list)  # (url, why it was not read or not pruned)
    complete: bool = True  # the listing was read whole
    newest: str = ""  # WordPress: the newest ``modified`` listed
    error: str = ""
    started: float = field(default_factory=time.perf_counter)

    def changed(self, posts: dict[str, Post]) -> list[tuple[str, Post]]:
        """Listed posts that are new or whose stamp moved (all of them when there is no stamp);
        the rest are recorded unchanged, and those robots.txt forbids are noted and left."""
        out = []
        for doc_id, post in posts.items():
            known = self.state.posts.get(doc_id)
            if not self.client.allowed(post.url):
                self.notes.append((post.url, "robots.txt bu adresi yasaklıyor; okunmadı"))
            elif known is not None and post.stamp and known.stamp == post.stamp:
                self.unchanged.append(doc_id)
            else:
                out.append((doc_id, post))
        return out


class SiteSync:
    def __init__(self, settings: Settings, ingestor: Ingestor) -> None:
        self.settings = settings
        self.ingestor = ingestor

    def run(self, sites: Sequence[str], prune: bool = False, progress: Progress | None = None,
            progress_bar: bool = False) -> IngestReport:
        report = IngestReport()
        removals: set[str] = set()  # filled while planning and, by pages found gone, during the run
        plans: list[SitePlan] = []
        for given in sites:
            try:
                site = site_root(given)
            except ValueError as exc:
                report.reject(given, str(exc))
                continue
            if progress:
                progress(0, 0, f"{site}: yazı listesi alınıyor")
            plans.append(self._plan(site, prune, removals))
        sources = [source for plan in plans for source in plan.sources]
        try:
            self.ingestor.run_sources(sources, report, remove=removals, readers=self.settings.sync_concurrency,
                                      progress=progress, progress_bar=progress_bar)
        finally:
            for plan in plans:
                plan.client.close()
        for plan in plans:
            self._record(plan, report)
        return report

    # --- planning -----------------------------------------------------------------------
    def _plan(self, site: str, prune: bool, removals: set[str]) -> SitePlan:
        state = SiteState.load(site, self.settings)
        plan = SitePlan(site, state, PoliteClient(site, self.settings, state.validators), gone=removals)
        try:
            plan.client.robots()
            if not state.method:
                self._detect(plan)
            if state.method == "wordpress":
                self._plan_wordpress(plan, prune)
            elif state.method == "sitemap":
                self._plan_sitemap(plan, prune)
            else:
                self._plan_feed(plan, prune)
        except (FetchError, SiteError) as exc:
            plan.error, plan.complete, plan.sources = str(exc), False, []
            log.warning("%s: %s", site, exc)
        return plan

    def _detect(self, plan: SitePlan) -> None:
        """WordPress API, sitemaps or feed, in that order; remembered for the next runs."""
        state, client = plan.state, plan.client
        home = client.get(plan.site + "/")
        if api := api_root_from(home.headers.get_list("link")):
            state.method, state.endpoint = "wordpress", api
        elif sitemaps := find_sitemaps(client, plan.site):
            state.method, state.sitemaps = "sitemap", sitemaps
        elif feed := find_feed(client, plan.site, home.content):
            state.method, state.endpoint = "feed", feed
        else:
            raise SiteError("sitede WordPress API'si, site haritası (sitemap) ya da RSS/Atom akışı bulunamadı")

    def _plan_wordpress(self, plan: SitePlan, prune: bool) -> None:
        api = WordPressAPI(plan.client, plan.site, plan.state.endpoint, self.settings.sync_page_size)
        # Pruning needs every published post; otherwise only those modified since the last run.
        listing = api.list_posts("" if prune else plan.state.cursor, plan.state.newest_id)
        if not listing.posts and not listing.complete:
            raise SiteError(listing.error)
        plan.listed, plan.complete, plan.newest = listing.posts, listing.complete, listing.newest
        if listing.error:
            plan.error = listing.error
        changed = sorted((post for _, post in plan.changed(listing.posts)), key=lambda post: int(post.key))
        plan.sources = list(api.batches(changed))
        if prune and listing.complete:
            missing = set(plan.state.posts) - set(listing.posts)
            if missing:
                self._confirm_against_sitemap(plan, missing)

    def _confirm_against_sitemap(self, plan: SitePlan, missing: set[str]) -> None:
        """Posts missing from the API are gone unless the site's sitemap still lists them."""
        sitemaps = find_sitemaps(plan.client, plan.site)
        listing = list_pages(plan.client, SiteState(plan.site, sitemaps=sitemaps, complete=False)) \
            if sitemaps else SitemapListing()
        if not listing.complete:
            plan.notes.extend((plan.state.posts[d].url, "site haritası okunamadı; silinmedi") for d in missing)
            return
        for doc_id in missing:
            if plan.state.posts[doc_id].url in listing.posts:
                plan.notes.append((plan.state.posts[doc_id].url, "API'de yok ama site haritasında var; silinmedi"))
            else:
                plan.gone.add(doc_id)

    def _plan_sitemap(self, plan: SitePlan, prune: bool) -> None:
        listing = list_pages(plan.client, plan.state)
        if not listing.posts and not listing.complete:
            raise SiteError("; ".join(f"{url}: {reason}" for url, reason in listing.errors))
        plan.listed, plan.complete = listing.posts, listing.complete
        plan.sources = [PageSource(plan.client, plan.site, post.url, removals=plan.gone if prune else None)
                        for _, post in plan.changed(listing.posts)]
        if prune and listing.complete:
            self._confirm_gone(plan, set(plan.state.posts) - set(listing.posts))

    def _plan_feed(self, plan: SitePlan, prune: bool) -> None:
        listing = list_entries(plan.client, plan.state.endpoint, conditional=plan.state.complete)
        entries = listing.entries
        plan.listed = {doc_id: entry.post for doc_id, entry in entries.items()}
        plan.sources = [PageSource(plan.client, plan.site, doc_id, given=entries[doc_id].given,
                                   text=entries[doc_id].text, removals=plan.gone if prune else None)
                        for doc_id, _ in plan.changed(plan.listed)]
        if prune:  # a feed lists only its latest entries: every other page is asked for
            self._confirm_gone(plan, set(plan.state.posts) - set(entries))

    def _confirm_gone(self, plan: SitePlan, candidates: set[str]) -> None:
        """Pages no longer listed are removed only if their own URL answers 404/410."""
        for doc_id in sorted(candidates):
            url = plan.state.posts[doc_id].url
            try:
                plan.client.get(url, conditional=True)
            except FetchError as exc:
                if exc.gone:
                    plan.gone.add(doc_id)
                else:
                    plan.notes.append((url, f"artık listelenmiyor, denetlenemedi ({exc.reason}); silinmedi"))
                continue
            plan.notes.append((url, "artık listelenmiyor ama sayfa yayında; silinmedi"))

    # --- after the run ------------------------------------------------------------------
    def _record(self, plan: SitePlan, report: IngestReport) -> None:
        """The state for the next run, and the site's line of the report."""
        state = plan.state
        read = {doc_id for source in plan.sources for doc_id in _handled(source)}
        for doc_id in read:
            state.posts[doc_id] = plan.listed[doc_id]
        for doc_id in plan.gone & set(report.removed):
            state.posts.pop(doc_id, None)
        for doc_id, post in state.posts.items():
            if doc_id not in plan.listed:
                post.listed_in = ""  # so an unchanged sitemap is not taken to list it still
        finished = plan.complete and not plan.error and len(read) == sum(_size(s) for s in plan.sources)
        if state.method == "wordpress" and finished and plan.listed:
            state.cursor = max(state.cursor, plan.newest)
            state.newest_id = max(state.newest_id, *(int(post.key) for post in plan.listed.values()))
        if plan.error:
            report.reject(plan.site, plan.error)
        report.unchanged.extend(plan.unchanged)
        for url, why in plan.notes:
            report.reject(url, why)
        state.complete = finished
        if state.method:
            state.last_sync = datetime.now(timezone.utc).isoformat(timespec="seconds")
            state.save(self.settings)
        report.sites.append({
            "site": plan.site, "method": state.method or None, "listed": len(plan.listed),
            "fetched": len(plan.sources), "requests": plan.client.requests,
            "not_modified": plan.client.not_modified, "complete": finished, "error": plan.error or None,
            "seconds": round(time.perf_counter() - plan.started, 2),
        })


def _handled(source: PostBatch | PageSource) -> list[str]:
    if isinstance(source, PostBatch):
        return source.handled
    return [source.name] if source.handled else []


def _size(source: PostBatch | PageSource) -> int:
    return len(source.posts) if isinstance(source, PostBatch) else 1


def sync_sites(sites: Sequence[str], settings: Settings, *, prune: bool = False,
               progress: Progress | None = None, progress_bar: bool = False,
               ingestor: Ingestor | None = None) -> IngestReport:
    """Bring the archive in step with ``sites`` and return what happened."""
    return SiteSync(settings, ingestor or Ingestor(settings)).run(sites, prune, progress, progress_bar)
