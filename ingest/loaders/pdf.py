"""PDFs through pypdf, one text per page so citations can name the page."""

from __future__ import annotations

import logging
from pathlib import Path

from ingest.chunking import PAGE_BREAK
from ingest.loaders.base import LoadResult, RejectedFile, make_article, read_bytes
from ingest.normalize import clean

log = logging.getLogger(__name__)


def load_pdf(path: Path, source: str, max_bytes: int) -> LoadResult:
    from io import BytesIO

    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    data = read_bytes(path, max_bytes)
    if not data.lstrip().startswith(b"%PDF"):
        raise RejectedFile("bozuk PDF (PDF başlığı yok)")
    try:
        reader = PdfReader(BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise RejectedFile("şifreli PDF (parola gerekli)")
        pages = [clean(page.extract_text() or "") for page in reader.pages]
        info = reader.metadata
    except RejectedFile:
        raise
    except Exception as exc:  # pypdf raises many types on damaged files
        reason = "şifreli PDF (parola gerekli)" if "decrypt" in str(exc).lower() else "bozuk PDF"
        if not isinstance(exc, PdfReadError):
            log.debug("pypdf failed on %s", path, exc_info=True)
        raise RejectedFile(f"{reason}: {exc}") from exc
    if not any(p.strip() for p in pages):
        raise RejectedFile("PDF'te metin yok (taranmış/görüntü PDF; önce OCR gerekir)")
    title = (info.title if info and info.title else "") or ""
    author = (info.author if info and info.author else "") or ""
    article = make_article(
        PAGE_BREAK.join(pages),
        doc_id=source,
        source=source,
        fmt="pdf",
        title=title.strip() or None,
        author=author,
        paged=True,
        cleaned=True,
        pages=len(pages),
    )
    return LoadResult([article])
