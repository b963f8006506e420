"""Small news sites for the sync tests: article pages, a sitemap or an RSS feed, robots.txt,
served by a real ``python -m http.server`` on 127.0.0.1 (or, for status codes a static
server cannot give, by a real ``http.server`` in a thread)."""

from __future__ import annotations

import html
import os
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import format_datetime
from datetime import datetime, timezone
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from conftest import free_port, serve


@dataclass
class Article:
    slug: str
    title: str
    date: str  # ISO day
    paragraphs: list[str]
    category: str = "Haberler"
    modified: str = ""  # the sitemap's <lastmod>, when later than the date

    @property
    def path(self) -> str:
        return f"/{self.date[:4]}/{self.date[5:7]}/{self.slug}.html"


ARTICLES = [
    Article("kerkuk-kitap-fuari", "Kerkük'te kitap fuarı açıldı", "2024-03-12", [
        "Kerkük Kültür Merkezi'nde düzenlenen kitap fuarı, Türkmen yazarların eserlerini okurlarla buluşturdu.",
        "Fuarın açılışına katılan Kültür Müdürü Selim Bayatlı, bu yıl kırk iki yayınevinin stant açtığını söyledi.",
        "Fuar bir hafta boyunca ziyaretçilere açık kalacak ve her akşam imza günleri düzenlenecek.",
    ], "Kültür"),
    Article("telafer-su-projesi", "Telafer'e yeni su hattı", "2024-05-20", [
        "Telafer ilçesinde yapımı süren içme suyu hattının ilk bölümü hizmete girdi.",
        "Belediye Başkanı Kasım Ömer, on iki kilometrelik hattın yirmi bin haneye su taşıyacağını açıkladı.",
        "Projenin ikinci bölümünün gelecek yıl tamamlanması bekleniyor.",
    ], "Yerel"),
    Article("erbil-sanat-sergisi", "Erbil'de minyatür sergisi", "2024-09-03", [
        "Erbil Kalesi'ndeki sergide genç sanatçıların otuz minyatür çalışması sergilendi.",
        "Sergiyi düzenleyen ressam Leyla Nakkaş, eserlerin Türkmen halk hikâyelerini anlattığını belirtti.",
        "Sergi ay sonuna kadar ücretsiz gezilebilecek.",
    ], "Kültür"),
]
SECRET = Article("yonetim-notlari", "Yönetim kurulu iç notları", "2024-10-01", [
    "Bu sayfa yalnızca yöneticiler içindir ve robots.txt ile taranması yasaklanmıştır.",
    "İç toplantıda bütçe kalemleri görüşüldü ve karara bağlandı.",
], "İç")


def write(path: Path, text: str) -> None:
    """Write ``text``; a file written again gets a modification time at least a second later,
    as if time had passed (``http.server``'s Last-Modified has whole seconds, and a rewrite
    within the same second would be answered 304)."""
    before = path.stat().st_mtime if path.exists() else None
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    if before is not None:
        later = max(time.time(), before + 1.0)
        os.utime(path, (later, later))


def page_html(article: Article) -> str:
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in article.paragraphs)
    return f"""<!DOCTYPE html>
<html lang="tr"><head><meta charset="utf-8"><title>{html.escape(article.title)} | Türkmen Haber</title>
<meta property="og:title" content="{html.escape(article.title)}">
<meta property="article:published_time" content="{article.date}T09:00:00+03:00">
<meta property="article:section" content="{html.escape(article.category)}"></head>
<body><nav><a href="/">Ana sayfa</a> · <a href="/kultur/">Kültür</a></nav>
<article><h1>{html.escape(article.title)}</h1><time datetime="{article.date}">{article.date}</time>
{body}
</article><footer>© Türkmen Haber</footer></body></html>
"""


def write_pages(root: Path, articles: list[Article]) -> None:
    """Article pages, written over what is there."""
    for article in articles:
        write(root / article.path.lstrip("/"), page_html(article))


def write_robots(root: Path, disallow: list[str] = (), sitemap: str = "") -> None:
    robots = ["User-agent: *", *(f"Disallow: {d}" for d in disallow), *([f"Sitemap: {sitemap}"] if sitemap else [])]
    write(root / "robots.txt", "\n".join(robots) + "\n")


def write_sitemap(root: Path, base: str, articles: list[Article], name: str = "sitemap.xml") -> None:
    urls = "".join(f"<url><loc>{base}{a.path}</loc><lastmod>{a.modified or a.date}</lastmod></url>" for a in articles)
    write(root / name, '<?xml version="1.0" encoding="UTF-8"?>\n'
          f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>\n')


def write_sitemap_index(root: Path, base: str, children: dict[str, str]) -> None:
    """``sitemap.xml`` as an index of ``children`` (file name → its lastmod)."""
    entries = "".join(f"<sitemap><loc>{base}/{name}</loc><lastmod>{lastmod}</lastmod></sitemap>"
                      for name, lastmod in children.items())
    write(root / "sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n'
          f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{entries}</sitemapindex>\n')


def write_feed(root: Path, base: str, articles: list[Article]) -> None:
    def item(a: Article) -> str:
        when = format_datetime(datetime.fromisoformat(a.date).replace(hour=9, tzinfo=timezone.utc))
        return (f"<item><title>{html.escape(a.title)}</title><link>{base}{a.path}</link>"
                f"<pubDate>{when}</pubDate><category>{html.escape(a.category)}</category>"
                f"<description>{html.escape(a.paragraphs[0][:80])}…</description></item>")

    write(root / "feed.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Türkmen Haber'
          f"</title><link>{base}/</link>{''.join(item(a) for a in articles)}</channel></rss>\n")
    write(root / "index.html", '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Türkmen Haber</title>'
          f'<link rel="alternate" type="application/rss+xml" href="{base}/feed.xml"></head>'
          "<body><h1>Türkmen Haber</h1></body></html>")


def site_folder(root: Path, articles: list[Article]) -> Path:
    """A folder to serve, with ``articles``' pages and a robots.txt that allows everything."""
    write_pages(root, articles)
    write_robots(root)
    return root


@contextmanager
def static_server(root: Path) -> Iterator[str]:
    """``python -m http.server`` over ``root``; yields its base URL."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    command = [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1", "--directory", str(root)]
    with serve(command, base + "/", root.parent / f"http-{port}.log", 15):
        yield base


@dataclass
class Script:
    """How the scripted server answers: the first ``limited`` requests of each path get 429
    with ``Retry-After``; ``answers`` gives a path its next answers (status, headers, body),
    one per request, before its file is served; every request is logged (time, path, status)."""

    limited: int = 0
    retry_after: str = "1"
    answers: dict[str, list[tuple[int, dict[str, str], bytes]]] = field(default_factory=dict)
    log: list[tuple[float, str, int]] = field(default_factory=list)

    def next_answer(self, path: str, count: int) -> tuple[int, dict[str, str], bytes] | None:
        if count <= self.limited:
            return 429, {"Retry-After": self.retry_after}, b""
        queued = self.answers.get(path)
        return queued.pop(0) if queued else None


@contextmanager
def scripted_server(root: Path, script: Script) -> Iterator[str]:
    """A real HTTP server on 127.0.0.1 serving ``root``, answering as ``script`` says first."""
    seen: dict[str, int] = {}
    lock = threading.Lock()

    class Handler(SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(root), **kwargs)

        def do_GET(self):  # noqa: N802 (http.server's name)
            with lock:
                seen[self.path] = seen.get(self.path, 0) + 1
                answer = script.next_answer(self.path, seen[self.path])
                script.log.append((time.monotonic(), self.path, answer[0] if answer else 200))
            if answer is None:
                super().do_GET()
                return
            status, headers, body = answer
            self.send_response(status)
            for name, value in {"Content-Length": str(len(body)), **headers}.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
