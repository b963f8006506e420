"""Site sync against a real WordPress (Debian's packages, MariaDB, PHP's own server) on
127.0.0.1, its posts written through WordPress's own functions (tests/site/). Skipped where
WordPress cannot be installed; `.ci/run` installs it."""

from __future__ import annotations

import json
import shutil
import subprocess
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from conftest import ROOT, free_port

from ingest.pipeline import Ingestor
from ingest.site.sync import sync_sites
from rag.index.snapshot import Snapshot, snapshot_file
from rag.index.store import ArchiveStore
from rag.settings import Settings

SCRIPT = ROOT / "tests" / "site" / "wordpress.sh"
POSTS = ROOT / "tests" / "site" / "wp_posts.php"

pytestmark = pytest.mark.slow


class WordPress:
    def __init__(self, port: int, state: Path) -> None:
        self.port, self.state = port, state
        self.url = f"http://127.0.0.1:{port}"

    def sh(self, *args: str) -> str:
        done = subprocess.run(["bash", str(SCRIPT), *args], capture_output=True, text=True, timeout=300,
                              env={"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "WP_STATE": str(self.state)})
        assert done.returncode == 0, done.stderr
        return done.stdout

    def posts(self, command: str, *args: str, data: object = None):
        done = subprocess.run(["php", str(POSTS), f"127.0.0.1:{self.port}", command, *args],
                              input=json.dumps(data, ensure_ascii=False) if data is not None else "",
                              capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)

    def create(self, *posts: dict) -> list[str]:
        """The new posts' document ids (WordPress's short links)."""
        return [f"{self.url}/?p={i}" for i in self.posts("create", data=list(posts))]


def post(title: str, body: str, date: str, **extra) -> dict:
    return {"title": title, "content": "".join(f"<p>{p}</p>" for p in body.split("\n")),
            "date": date, "status": "publish", **extra}


@pytest.fixture(scope="module")
def wordpress(tmp_path_factory):
    if subprocess.run(["bash", str(SCRIPT), "install"], capture_output=True, timeout=900).returncode != 0 \
            or shutil.which("php") is None:
        pytest.skip("WordPress (Debian's wordpress, mariadb-server, php) cannot be installed here")
    site = WordPress(free_port(), tmp_path_factory.mktemp("wordpress"))
    up = subprocess.run(["bash", str(SCRIPT), "up", str(site.port)], capture_output=True, text=True, timeout=300,
                        env={"PATH": "/usr/sbin:/usr/bin:/sbin:/bin", "WP_STATE": str(site.state)})
    if up.returncode == 4:  # someone's test WordPress is up on this machine: leave it alone
        pytest.skip(up.stderr.strip())
    assert up.returncode == 0, up.stderr
    try:
        yield site
    finally:
        subprocess.run(["bash", str(SCRIPT), "down"], env={"PATH": "/usr/sbin:/usr/bin:/sbin:/bin",
                                                          "WP_STATE": str(site.state)}, timeout=120)


@pytest.fixture(scope="module")
def archive(tmp_path_factory, embedder) -> tuple[Settings, Ingestor]:
    settings = Settings(data_dir=tmp_path_factory.mktemp("wp-archive") / "data", _env_file=None,
                        sync_rate=50, sync_backoff_s=0.05, sync_retries=1)
    return settings, Ingestor(settings, embedder=embedder)


def sync(archive, site: WordPress, prune: bool = False, **changes):
    settings, ingestor = archive
    settings = settings.model_copy(update=changes)
    return sync_sites([site.url], settings, prune=prune, ingestor=ingestor)


def test_first_sync_gets_every_published_post_with_its_fields(wordpress, archive):
    published = wordpress.create(
        post("Kerkük'te Nevruz kutlaması", "Kerkük'te Nevruz bayramı coşkuyla kutlandı.\n"
             "Kutlamaya İl Meclisi Başkanı İhsan Bayatlı da katıldı.", "2024-03-21 10:00:00",
             categories=["Kültür"], tags=["Kerkük", "Nevruz"], author="Ayşe Yılmaz"),
        post("Irak Türkmen Cephesi kongresi", "Irak Türkmen Cephesi'nin kongresi Erbil'de yapıldı.\n"
             "Kongreye üç yüz delege katıldı.", "2024-06-02 08:30:00", categories=["Siyaset"], author="Mehmet Kaya"),
        # 22:30 GMT is 01:30 the next day in Istanbul, the day the site shows
        post("Gece yarısı kararı", "Meclis gece yarısından sonra bütçeyi onayladı.", "2024-12-31 22:30:00"),
    )
    hidden = wordpress.create(
        post("Taslak yazı", "Bu taslak yayımlanmadı ve arşive girmemeli.", "2024-07-01 10:00:00", status="draft"),
        post("Özel yazı", "Bu özel yazı yalnızca yöneticilere açık.", "2024-07-02 10:00:00", status="private"),
    )
    report = sync(archive, wordpress)
    assert report.sites[0]["method"] == "wordpress" and report.sites[0]["complete"], report.summary()
    assert set(published) <= set(report.added) and not set(hidden) & set(report.added)
    registry = ArchiveStore(archive[0]).registry()
    nevruz = registry[published[0]]
    assert (nevruz.title, nevruz.date, nevruz.author, nevruz.categories, nevruz.tags) == (
        "Kerkük'te Nevruz kutlaması", "2024-03-21", "Ayşe Yılmaz", ("Kültür",), ("Kerkük", "Nevruz"))
    assert nevruz.url.startswith(f"{wordpress.url}/2024/03/21/"), "answers link to the live article"
    assert registry[published[1]].categories == ("Siyaset",)
    assert registry[published[2]].date == "2025-01-01", "the post's date as the site shows it"


def test_second_sync_fetches_only_the_new_and_the_edited_post(wordpress, archive):
    sync(archive, wordpress)
    [edited] = wordpress.create(post("Telafer'de okul açıldı", "Telafer'de yeni bir okul açıldı.",
                                     "2024-09-10 09:00:00", categories=["Eğitim"]))
    sync(archive, wordpress)
    wordpress.posts("update", edited.rsplit("=", 1)[1],
                    data={"content": "<p>Telafer'de yeni bir okul açıldı.</p><p>Okulda 400 öğrenci okuyacak.</p>"})
    # a new post dated in the past: its modification time is that date, before the cursor
    [backdated] = wordpress.create(post("Eski bir haber", "Kırkların başında Kerkük'te çekilmiş fotoğraflar "
                                        "sergilendi.", "2019-01-05 12:00:00"))
    report = sync(archive, wordpress)
    assert report.added == [backdated] and report.updated == [edited], report.summary()
    # robots.txt, three listings (modified, published, newer ids since the last run), one batch
    assert report.sites[0]["requests"] == 5, "both changed posts come in one request"

    quiet = sync(archive, wordpress)
    assert (quiet.added, quiet.updated, quiet.removed) == ([], [], [])
    assert quiet.sites[0]["requests"] == 4 and quiet.sites[0]["fetched"] == 0


def test_a_scheduled_post_is_synced_when_it_goes_live(wordpress, archive):
    """WP-Cron publishes a scheduled post without touching its modification time, and its id
    is older than posts written after it was scheduled."""
    [scheduled] = wordpress.create(post("Kerkük'te kültür haftası başlıyor", "Kerkük'te kültür haftası "
                                        "yarın başlıyor; program tiyatro ve müzik içeriyor.",
                                        "2024-01-01 10:00:00", status="draft"))
    future = (datetime.now(timezone.utc) + timedelta(minutes=10)).strftime("%Y-%m-%d %H:%M:%S")
    wordpress.posts("update", scheduled.rsplit("=", 1)[1], data={"status": "future", "date": future})
    [later] = wordpress.create(post("Telafer'de hasat", "Telafer'de buğday hasadı başladı.", "2024-06-20 08:00:00"))
    time.sleep(1.1)  # the edit below is a second newer than the scheduling
    wordpress.posts("update", later.rsplit("=", 1)[1], data={"content": "<p>Telafer'de buğday hasadı sürüyor.</p>"})
    sync(archive, wordpress)  # its cursor: a newer modification and a larger id than the scheduled post's
    wordpress.posts("publish", scheduled.rsplit("=", 1)[1])
    report = sync(archive, wordpress)
    assert report.added == [scheduled], report.summary()


def test_a_trashed_post_leaves_only_with_prune(wordpress, archive):
    [doomed] = wordpress.create(post("Silinecek haber", "Bu haber yanlışlıkla yayımlandı ve silinecek.",
                                     "2024-10-01 10:00:00"))
    sync(archive, wordpress)
    wordpress.posts("trash", doomed.rsplit("=", 1)[1])
    kept = sync(archive, wordpress)
    assert kept.removed == [] and doomed in ArchiveStore(archive[0]).registry()
    pruned = sync(archive, wordpress, prune=True)
    assert pruned.removed == [doomed], pruned.summary()
    assert doomed not in ArchiveStore(archive[0]).registry()
    assert len(ArchiveStore(archive[0]).registry()) == pruned.sites[0]["listed"]


def test_wordpress_stopped_mid_sync_loses_nothing_and_the_rerun_completes(wordpress, archive):
    sync(archive, wordpress)
    new = wordpress.create(*(post(f"Kerkük haber bülteni {i}", f"Kerkük'te bugün {i}. bülten yayımlandı; "
                                  f"belediye {i * 10} yeni proje duyurdu.", f"2024-11-{i:02d} 10:00:00")
                             for i in range(1, 7)))
    stopped: list[str] = []

    def stop_after_first_batch(done: int, total: int, message: str) -> None:
        if message.startswith("okunuyor") and not stopped:
            stopped.append(message)
            wordpress.sh("web-stop")

    settings, ingestor = archive
    slow = settings.model_copy(update={"sync_page_size": 2, "sync_rate": 1.0, "sync_concurrency": 1})
    broken = sync_sites([wordpress.url], slow, ingestor=ingestor, progress=stop_after_first_batch)
    site = broken.sites[0]
    assert stopped and not site["complete"]
    assert set(broken.added) == set(new[:2]), broken.summary()
    failed = [r for r in broken.rejected if r["reason"].startswith("site yanıt vermiyor")]
    assert {r["file"].rsplit("/", 2)[-2] for r in failed} == {f"kerkuk-haber-bulteni-{i}" for i in range(3, 7)}, \
        "every post not read is reported by its own URL"
    store = ArchiveStore(settings)
    registry = store.registry()
    assert {meta.doc_id for _, _, meta in store.scan_chunks(include_text=False)} == set(registry)
    assert Snapshot.load(snapshot_file(store)).version == store.read_version()

    wordpress.sh("web-start", str(wordpress.port))
    rerun = sync(archive, wordpress)
    assert rerun.sites[0]["complete"] and set(rerun.added) == set(new[2:]), rerun.summary()
    assert set(new) <= set(ArchiveStore(settings).registry())
