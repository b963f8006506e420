"""Keep the archive in step with news sites: new posts in, edited posts updated, deleted
posts out, without fetching the whole site again.

Per site: robots.txt, then how the site is read (remembered from the last run): the
WordPress REST API where there is one that answers, else its sitemaps, else its RSS/Atom
feed. What the site lists now is compared with the state of the last run
(``ingest/site/state.py``) and with the archive itself (a post the archive lacks is
fetched whatever the state says), and only new or modified posts become sources of one
ingest run, where content hashes decide, as for files, what is embedded again.

``prune`` removes a post only when the site says it is gone: missing from a complete API
listing and from the site's sitemap (when it has one), or a 404/410 for its own URL (or a
redirect to the home page); never because a request failed. A site that stops answering
mid-run keeps what was read; the state's cursor does not move, so the next run fetches the
rest.
"""

from __future__ import annotations

import dataclasses
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
from ingest.site.sitemap import find_sitemaps, list_pages
from ingest.site.state import Post, SiteState
from ingest.site.wordpress import Cursor, PostBatch, WordPressAPI, api_root_from, endpoint
from rag.settings import Settings

log = logging.getLogger(__name__)

Source = PostBatch | PageSource


class SiteError(Exception):
    """The site could not be read at all in this run; the message says why, in Turkish."""


@dataclass
class SitePlan:
    """One site's part of a sync run: what it lists, what to fetch, what to remove."""

    site: str
    state: SiteState
    client: PoliteClient
    indexed: set[str]  # the archive's document ids
    gone: set[str]  # doc ids the site says are gone (one set for the whole run)
    listed: dict[str, Post] = field(default_factory=dict)  # doc id → post, as listed now
    sources: list[Source] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)  # in the archive, listed with last time's stamp
    notes: list[tuple[str, str]] = field(default_factory=list)  # (url, why it was not read or not pruned)
    complete: bool = True  # the listing was read whole
    cursor: Cursor | None = None  # WordPress: how far this listing got
    error: str = ""
    started: float = field(default_factory=time.perf_counter)

    def changed(self, posts: dict[str, Post]) -> list[Post]:
        """Listed posts to fetch: new, stamped differently, without a stamp, or missing from
        the archive; the rest are unchanged, and those robots.txt forbids are noted and left."""
        out = []
        for doc_id, post in posts.items():
            known = self.state.posts.get(doc_id)
            if not self.client.allowed(post.url):
                self.notes.append((post.url, "robots.txt bu adresi yasaklıyor; okunmadı"))
            elif known is not None and post.stamp and known.stamp == post.stamp and doc_id in self.indexed:
                self.unchanged.append(doc_id)
            else:
                out.append(post)
        return out

    def page(self, post: Post, prune: bool, **given) -> PageSource:
        """A page to fetch; conditionally only when the archive holds it."""
        return PageSource(self.client, self.site, post.url, conditional=post.url in self.indexed,
                          removals=self.gone if prune else None, **given)


class SiteSync:
    def __init__(self, settings: Settings, ingestor: Ingestor) -> None:
        self.settings = settings
        self.ingestor = ingestor

    def run(self, sites: Sequence[str], prune: bool = False, progress: Progress | None = None,
            progress_bar: bool = False) -> IngestReport:
        report = IngestReport()
        removals: set[str] = set()  # filled while planning and, by pages found gone, during the run
        indexed = set(self.ingestor.store.registry())
        plans: list[SitePlan] = []
        for given in sites:
            try:
                site = site_root(given)
            except ValueError as exc:
                report.reject(given, str(exc))
                continue
            if progress:
                progress(0, 0, f"{site}: yazı listesi alınıyor")
            plans.append(self._plan(site, prune, indexed, removals))
        sources = [source for plan in plans for source in plan.sources]
        try:
            self.ingestor.run_sources(sources, report, remove=removals, readers=self.settings.sync_concurrency,
                                      progress=progress, progress_bar=progress_bar, unit="kaynak")
        finally:
            for plan in plans:
                plan.client.close()
        for plan in plans:
            self._record(plan, report)
        return report

    # --- planning -----------------------------------------------------------------------
    def _plan(self, site: str, prune: bool, indexed: set[str], removals: set[str]) -> SitePlan:
        state = SiteState.load(site, self.settings)
        plan = SitePlan(site, state, PoliteClient(site, self.settings, state.validators), indexed, removals)
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
            plan.error = str(exc)
        except Exception as exc:  # whatever a site answers, the other sites still sync
            log.exception("%s: planning failed", site)
            plan.error = f"site okunamadı: {type(exc).__name__}: {exc}"
        if plan.error:  # (in the report; logged for the app's log too)
            plan.complete, plan.sources = False, []
            log.info("%s: %s", site, plan.error)
        return plan

    def _detect(self, plan: SitePlan) -> None:
        """A WordPress API that lists posts, else sitemaps, else a feed; remembered for the
        next runs. (A WordPress whose API is locked or forbidden is read like any site.)"""
        state, client = plan.state, plan.client
        home = client.get(plan.site + "/")
        if (api := api_root_from(home.headers.get_list("link"))) and self._lists_posts(client, api):
            state.method, state.endpoint = "wordpress", api
        elif sitemaps := find_sitemaps(client, plan.site):
            state.method, state.sitemaps = "sitemap", sitemaps
        elif feed := find_feed(client, plan.site, home.content):
            state.method, state.endpoint = "feed", feed
        else:
            raise SiteError("sitede WordPress API'si, site haritası (sitemap) ya da RSS/Atom akışı bulunamadı")

    @staticmethod
    def _lists_posts(client: PoliteClient, api: str) -> bool:
        url = endpoint(api, "wp/v2/posts", {"per_page": 1, "_fields": "id"})
        if not client.allowed(url):
            return False
        try:
            return isinstance(client.get(url).json(), list)
        except FetchError as exc:
            if exc.status is None or exc.status >= 500:
                raise  # the server is failing: try again next run rather than settle for less
            return False
        except ValueError:
            return False

    def _plan_wordpress(self, plan: SitePlan, prune: bool) -> None:
        api = WordPressAPI(plan.client, plan.site, plan.state.endpoint, self.settings.sync_page_size)
        # Pruning needs every published post; otherwise only what may have changed.
        since = Cursor(**plan.state.cursor) if plan.state.cursor and not prune else None
        listing = api.list_posts(since)
        if not listing.posts and not listing.complete:
            raise SiteError(listing.error)
        plan.listed, plan.complete = listing.posts, listing.complete
        if listing.error:  # what was listed is still fetched; the cursor waits for a complete run
            plan.notes.append((plan.site, f"yazı listesi yarım kaldı: {listing.error}"))
        if listing.posts:
            plan.cursor = Cursor(listing.newest, listing.newest_date,
                                 max(int(post.key) for post in listing.posts.values()))
        changed = sorted(plan.changed(listing.posts), key=lambda post: int(post.key))
        plan.sources = list(api.batches(changed))
        if prune and listing.complete:
            self._prune_missing_from_api(plan, set(plan.state.posts) - set(listing.posts))

    def _prune_missing_from_api(self, plan: SitePlan, missing: set[str]) -> None:
        """Posts missing from a complete API listing are gone, unless the site's sitemap
        still lists them; a sitemap that cannot be read keeps them all."""
        if not missing:
            return
        try:
            sitemaps = find_sitemaps(plan.client, plan.site)
            listing = list_pages(plan.client, SiteState(plan.site, sitemaps=sitemaps, complete=False))
        except FetchError as exc:
            plan.notes.extend((plan.state.posts[d].url, f"site haritası okunamadı ({exc.reason}); silinmedi")
                              for d in missing)
            return
        if sitemaps and not listing.complete:
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
        plan.notes.extend(listing.errors)
        plan.sources = [plan.page(post, prune) for post in plan.changed(listing.posts)]
        if prune and listing.complete:
            self._confirm_gone(plan, set(plan.state.posts) - set(listing.posts))

    def _plan_feed(self, plan: SitePlan, prune: bool) -> None:
        # A 304 means no new entry; trusted only when the archive holds every post known.
        trusted = plan.state.complete and plan.indexed.issuperset(plan.state.posts)
        entries = list_entries(plan.client, plan.state.endpoint, conditional=trusted).entries
        plan.listed = {doc_id: entry.post for doc_id, entry in entries.items()}
        plan.sources = [plan.page(post, prune, given=entries[post.url].given, text=entries[post.url].text)
                        for post in plan.changed(plan.listed)]
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
        read = [doc_id for source in plan.sources for doc_id in source.read]
        failed = [doc_id for source in plan.sources for doc_id in source.failed]
        for doc_id in [*read, *plan.unchanged]:
            state.posts[doc_id] = plan.listed[doc_id]
        for doc_id in plan.gone:
            state.posts.pop(doc_id, None)
        for source in plan.sources:  # listed but 404: kept without a stamp, so it is asked for again
            if isinstance(source, PageSource) and source.gone:
                state.posts[source.name] = dataclasses.replace(plan.listed[source.name], stamp="")
        for doc_id, post in state.posts.items():
            if doc_id not in plan.listed:
                post.listed_in = ""  # so an unchanged sitemap is not taken to list it still
        finished = plan.complete and not plan.error and not failed
        if finished and plan.cursor:
            old = Cursor(**state.cursor) if state.cursor else plan.cursor
            state.cursor = {"modified": max(old.modified, plan.cursor.modified),
                            "date": max(old.date, plan.cursor.date),
                            "post_id": max(old.post_id, plan.cursor.post_id)}
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
            "site": plan.site, "at": datetime.now().astimezone().isoformat(timespec="seconds"),
            "method": state.method or None, "listed": len(plan.listed),
            "fetched": len(read), "failed": len(failed), "requests": plan.client.requests,
            "not_modified": plan.client.not_modified, "complete": finished, "error": plan.error or None,
            "seconds": round(time.perf_counter() - plan.started, 2),
        })


def sync_sites(sites: Sequence[str], settings: Settings, *, prune: bool = False,
               progress: Progress | None = None, progress_bar: bool = False,
               ingestor: Ingestor | None = None) -> IngestReport:
    """Bring the archive in step with ``sites`` and return what happened."""
    return SiteSync(settings, ingestor or Ingestor(settings)).run(sites, prune, progress, progress_bar)
