"""The site client's manners against real HTTP servers on 127.0.0.1 (in-process, no model):
robots.txt, Retry-After, the size limit, redirects, a site that stops answering, and a
failing server never taken for "this site has no sitemap"."""

import time
from email.utils import format_datetime
from datetime import datetime, timedelta, timezone

import pytest
from conftest import free_port
from sites import ARTICLES, Script, page_html, scripted_server, site_folder, write_robots

from ingest.site.http import FetchError, PoliteClient, SiteDown
from ingest.site.sitemap import find_sitemaps
from rag.settings import Settings


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(data_dir=tmp_path / "data", _env_file=None, sync_rate=100, sync_backoff_s=0.05,
                    sync_retries=2)


def test_robots_rules_with_wildcards_and_allow_are_obeyed(tmp_path, settings):
    root = site_folder(tmp_path / "site", ARTICLES)
    (root / "robots.txt").write_text("User-agent: *\nDisallow: /\nAllow: /2024/\nDisallow: /*?replytocom=\n")
    with scripted_server(root, Script()) as base:
        client = PoliteClient(base, settings)
        assert client.allowed(base + ARTICLES[0].path)
        assert not client.allowed(base + "/iletisim/")
        assert not client.allowed(base + ARTICLES[0].path + "?replytocom=3")
        assert not client.allowed("http://127.0.0.2:1/2024/x.html"), "another host's page is never fetched"
        with pytest.raises(FetchError, match="robots.txt"):
            client.get(base + "/iletisim/")


def test_robots_txt_that_fails_means_nothing_is_fetched_and_a_missing_one_means_all(tmp_path, settings):
    root = site_folder(tmp_path / "site", ARTICLES)
    (root / "robots.txt").unlink()
    with scripted_server(root, Script()) as base:
        assert PoliteClient(base, settings).get(base + ARTICLES[0].path).status == 200  # 404: no rules
    failing = Script(answers={"/robots.txt": [(503, {}, b"")] * 3})
    with scripted_server(root, failing) as base:
        client = PoliteClient(base, settings)
        with pytest.raises(FetchError, match="robots.txt alınamadı"):
            client.get(base + ARTICLES[0].path)
        assert [path for _, path, _ in failing.log] == ["/robots.txt"] * 3  # retried, then nothing else


def test_retry_after_as_a_date_is_waited_for_and_a_nonsense_one_is_not_a_crash(tmp_path, settings):
    root = site_folder(tmp_path / "site", ARTICLES)
    later = format_datetime(datetime.now(timezone.utc) + timedelta(seconds=2), usegmt=True)
    script = Script(answers={ARTICLES[0].path: [(503, {"Retry-After": later}, b"")],
                             ARTICLES[1].path: [(429, {"Retry-After": "nan"}, b"")]})
    with scripted_server(root, script) as base:
        client = PoliteClient(base, settings)
        started = time.monotonic()
        assert client.get(base + ARTICLES[0].path).status == 200
        assert time.monotonic() - started >= 0.9
        assert client.get(base + ARTICLES[1].path).status == 200


def test_a_page_over_the_size_limit_is_refused(tmp_path, settings):
    root = site_folder(tmp_path / "site", ARTICLES)
    (root / "dev.html").write_text(page_html(ARTICLES[0]) * 200, encoding="utf-8")
    with scripted_server(root, Script()) as base:
        client = PoliteClient(base, settings.model_copy(update={"max_file_mb": 0.1}))
        with pytest.raises(FetchError, match="sayfa çok büyük"):
            client.get(base + "/dev.html")
        assert client.get(base + ARTICLES[0].path).status == 200


def test_redirects_are_followed_only_where_robots_txt_allows(tmp_path, settings):
    root = site_folder(tmp_path / "site", ARTICLES)
    write_robots(root, disallow=["/gizli/"])
    script = Script(answers={"/eski": [(301, {"Location": ARTICLES[0].path}, b"")],
                             "/kacak": [(302, {"Location": "/gizli/sayfa.html"}, b"")]})
    with scripted_server(root, script) as base:
        client = PoliteClient(base, settings)
        fetched = client.get(base + "/eski")
        assert fetched.url == base + ARTICLES[0].path and b"kitap fuar" in fetched.content
        with pytest.raises(FetchError, match="yönlendirilen adres robots.txt"):
            client.get(base + "/kacak")
    assert "/gizli/sayfa.html" not in [path for _, path, _ in script.log]


def test_a_site_that_stops_answering_is_not_asked_again(settings):
    site = f"http://127.0.0.1:{free_port()}"
    client = PoliteClient(site, settings)
    with pytest.raises(SiteDown, match="site yanıt vermiyor"):
        client.get(site + "/haber.html")
    asked = client.requests
    assert asked == settings.sync_retries + 1  # robots.txt, tried and retried
    with pytest.raises(SiteDown):
        client.get(site + "/baska.html")
    assert client.requests == asked


def test_a_failing_server_is_never_taken_for_a_site_without_a_sitemap(tmp_path, settings):
    root = site_folder(tmp_path / "site", ARTICLES)
    failing = Script(answers={"/sitemap.xml": [(503, {}, b"")] * 3})
    with scripted_server(root, failing) as base:
        with pytest.raises(FetchError, match="HTTP 503"):
            find_sitemaps(PoliteClient(base, settings), base)
    with scripted_server(root, Script()) as base:  # a plain 404 for each usual place: none
        assert find_sitemaps(PoliteClient(base, settings), base) == []
