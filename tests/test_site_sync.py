"""Site sync against real HTTP servers on 127.0.0.1: a static site with robots.txt and a
sitemap, one with only an RSS feed, one that answers 429 before 200, and one that is down.
(The WordPress REST path: tests/test_wordpress_sync.py.)"""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, free_port
from sites import ARTICLES, SECRET, Article, Script, scripted_server, site_folder, static_server, \
    write_feed, write_pages, write_robots, write_sitemap, write_sitemap_index

from ingest.pipeline import Ingestor
from ingest.site.state import SiteState
from ingest.site.sync import sync_sites
from rag.index.store import ArchiveStore
from rag.settings import Settings


@pytest.fixture
def sync_settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data", _env_file=None, sync_rate=50, sync_backoff_s=0.05)


def run(settings: Settings, embedder, base: str, prune: bool = False):
    return sync_sites([base], settings, prune=prune, ingestor=Ingestor(settings, embedder=embedder))


def indexed(settings: Settings) -> dict[str, object]:
    return ArchiveStore(settings).registry()


def test_sitemap_site_syncs_only_what_changed_and_prunes_only_pages_gone(tmp_path, sync_settings, embedder):
    root = site_folder(tmp_path / "site", [*ARTICLES, SECRET])
    with static_server(root) as base:
        write_sitemap(root, base, [*ARTICLES, SECRET])
        write_robots(root, disallow=["/2024/10/"], sitemap=base + "/sitemap.xml")
        first = run(sync_settings, embedder, base)
        urls = {base + a.path for a in ARTICLES}
        assert set(first.added) == urls
        registry = indexed(sync_settings)
        erbil = registry[base + ARTICLES[2].path]
        assert (erbil.title, erbil.date, erbil.url, erbil.categories) == (
            "Erbil'de minyatür sergisi", "2024-09-03", base + ARTICLES[2].path, ("Kültür",))
        # robots.txt forbids the secret page: never fetched, reported by URL with the reason
        assert base + SECRET.path not in registry
        assert {"file": base + SECRET.path, "reason": "robots.txt bu adresi yasaklıyor; okunmadı"} in first.rejected
        assert first.sites[0]["method"] == "sitemap" and first.sites[0]["complete"]

        again = run(sync_settings, embedder, base)  # nothing new: robots.txt and a 304 for the sitemap
        assert (again.added, again.updated, set(again.unchanged)) == ([], [], urls)
        assert again.sites[0]["requests"] == 2 and again.sites[0]["not_modified"] == 1

        edited = Article(**{**vars(ARTICLES[1]), "modified": "2024-05-25",
                            "paragraphs": [*ARTICLES[1].paragraphs, "Hattın açılışına vali de katıldı."]})
        write_pages(root, [edited])
        gone, unlisted = ARTICLES[0], ARTICLES[2]
        (root / gone.path.lstrip("/")).unlink()
        write_sitemap(root, base, [edited, SECRET])  # `unlisted` is still served, just not listed
        third = run(sync_settings, embedder, base)
        assert (third.added, third.updated, third.removed) == ([], [base + edited.path], [])
        assert third.sites[0]["fetched"] == 1, "only the page whose <lastmod> moved is fetched"
        assert base + gone.path in indexed(sync_settings), "without --prune nothing is removed"

        pruned = run(sync_settings, embedder, base, prune=True)
        assert pruned.removed == [base + gone.path]
        assert any(r["file"] == base + unlisted.path and "silinmedi" in r["reason"] for r in pruned.rejected)
        assert set(indexed(sync_settings)) == {base + edited.path, base + unlisted.path}, \
            "a page gone (404) is pruned; one still served (200) is not"
        texts = [text for _, text, meta in ArchiveStore(sync_settings).scan_chunks() if meta.doc_id == base + edited.path]
        assert any("Hattın açılışına vali de katıldı." in text for text in texts)


def test_a_sitemap_index_fetches_only_the_child_sitemap_that_changed(tmp_path, sync_settings, embedder):
    root = site_folder(tmp_path / "site", ARTICLES)
    with static_server(root) as base:  # no Sitemap: line in robots.txt: /sitemap.xml is found by trying
        write_sitemap(root, base, ARTICLES[:2], "sitemap-2024-a.xml")
        write_sitemap(root, base, ARTICLES[2:], "sitemap-2024-b.xml")
        write_sitemap_index(root, base, {"sitemap-2024-a.xml": "2024-06-01", "sitemap-2024-b.xml": "2024-09-03"})
        first = run(sync_settings, embedder, base)
        assert set(first.added) == {base + a.path for a in ARTICLES}

        again = run(sync_settings, embedder, base)  # robots.txt, and the index answers 304
        assert again.sites[0]["requests"] == 2 and len(again.unchanged) == len(ARTICLES)

        edited = Article(**{**vars(ARTICLES[2]), "modified": "2024-09-20", "title": "Erbil'de minyatür sergisi uzatıldı"})
        write_pages(root, [edited])
        write_sitemap(root, base, [edited], "sitemap-2024-b.xml")
        write_sitemap_index(root, base, {"sitemap-2024-a.xml": "2024-06-01", "sitemap-2024-b.xml": "2024-09-20"})
        third = run(sync_settings, embedder, base)
        # robots.txt, the index, the one child whose <lastmod> moved, the one page in it
        assert third.sites[0]["requests"] == 4 and third.updated == [base + edited.path]
        assert indexed(sync_settings)[base + edited.path].title == "Erbil'de minyatür sergisi uzatıldı"


def test_a_page_missing_once_or_missing_from_the_archive_is_fetched_again(tmp_path, sync_settings, embedder):
    """A 404 is an answer, not a failure (the run completes), but it is not remembered as
    read: when the page appears, it is synced. And a page the archive lost (removed by hand,
    or a new collection) is fetched again although the site's stamps did not move."""
    root = site_folder(tmp_path / "site", ARTICLES[:2])
    with static_server(root) as base:
        write_sitemap(root, base, ARTICLES)  # ARTICLES[2] is listed but not there yet
        write_robots(root, sitemap=base + "/sitemap.xml")
        first = run(sync_settings, embedder, base)
        late = base + ARTICLES[2].path
        assert {"file": late, "reason": "sayfa artık yok (HTTP 404)"} in first.rejected
        assert first.sites[0]["complete"] and len(first.added) == 2
        write_pages(root, [ARTICLES[2]])
        assert run(sync_settings, embedder, base).added == [late]

        Ingestor(sync_settings, embedder=embedder).remove([late])
        back = run(sync_settings, embedder, base)  # the sitemap answers 304; the archive lacks the page
        assert back.added == [late] and back.sites[0]["not_modified"] == 1


def test_feed_only_site(tmp_path, sync_settings, embedder):
    root = site_folder(tmp_path / "site", ARTICLES)
    with static_server(root) as base:
        write_feed(root, base, ARTICLES)
        first = run(sync_settings, embedder, base)
        assert first.sites[0]["method"] == "feed"
        assert set(first.added) == {base + a.path for a in ARTICLES}
        telafer = indexed(sync_settings)[base + ARTICLES[1].path]
        assert (telafer.title, telafer.date, telafer.categories) == ("Telafer'e yeni su hattı", "2024-05-20", ("Yerel",))
        assert SiteState.load(base, sync_settings).endpoint == base + "/feed.xml"

        again = run(sync_settings, embedder, base)
        assert again.sites[0]["requests"] == 2 and again.sites[0]["not_modified"] == 1
        assert (again.added, again.updated) == ([], [])


def test_429_is_retried_after_the_time_the_server_asks(tmp_path, sync_settings, embedder):
    root = site_folder(tmp_path / "site", ARTICLES[:2])
    throttle = Script(limited=1, retry_after="1")
    with scripted_server(root, throttle) as base:
        write_sitemap(root, base, ARTICLES[:2])
        write_robots(root, sitemap=base + "/sitemap.xml")
        report = run(sync_settings, embedder, base)
    assert set(report.added) == {base + a.path for a in ARTICLES[:2]} and not report.rejected
    for path in ("/robots.txt", "/sitemap.xml", ARTICLES[0].path):
        answers = [(t, status) for t, p, status in throttle.log if p == path]
        assert [status for _, status in answers] == [429, 200]
        assert answers[1][0] - answers[0][0] >= 0.95, "Retry-After: 1 was not waited for"


@pytest.mark.slow
def test_cli_reports_a_site_that_does_not_answer(tmp_path):
    env = {"ARSIV_DATA_DIR": str(tmp_path / "data"), "ARSIV_SYNC_RETRIES": "1", "ARSIV_SYNC_BACKOFF_S": "0.1",
           "PATH": "/usr/bin:/bin", "HF_HUB_OFFLINE": "1"}
    site = f"http://127.0.0.1:{free_port()}"
    done = subprocess.run([sys.executable, "-m", "ingest", "--site", site, "--json", "--quiet"], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 1, done.stderr
    report = json.loads(done.stdout)
    assert report["sites"][0]["error"].startswith("site yanıt vermiyor")
    assert report["sites"][0]["complete"] is False
    assert {"file": site, "reason": report["sites"][0]["error"]} in report["rejected"]
    assert not (tmp_path / "data" / "sites").exists(), "no state is kept for a site never read"
