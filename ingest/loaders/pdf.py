"""PDFs through pypdf, one text per page so citations can name the page."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from ingest.chunking import PAGE_BREAK
from ingest.loaders.base import LoadResult, RejectedFile, dateline_at, make_article, read_bytes
from ingest.normalize import clean

log = logging.getLogger(__name__)
# pypdf warns in English about what a rejection already says in Turkish ("EOF marker not found")
logging.getLogger("pypdf").setLevel(logging.ERROR)


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
        texts = [page.extract_text() or "" for page in reader.pages]
        info = reader.metadata
    except RejectedFile:
        raise
    except Exception as exc:  # pypdf raises many types on damaged files
        reason = "şifreli PDF (parola gerekli)" if "decrypt" in str(exc).lower() else "bozuk PDF"
        if not isinstance(exc, PdfReadError):
            log.debug("pypdf failed on %s", path, exc_info=True)
        # the reason in Turkish; pypdf's own words only as a technical detail for the maintainer
        raise RejectedFile(f"{reason}: dosya okunamadı, yarıda kesilmiş ya da bozulmuş olabilir "
                           f"(teknik ayrıntı: {exc})") from exc
    if not any(t.strip() for t in texts):
        raise RejectedFile("PDF'te metin yok (taranmış/görüntü PDF; önce OCR gerekir)")
    headline, published, texts[0] = _opening(texts[0])
    pages = [clean(text) for text in texts]
    # the headline above a dateline is what readers see; metadata titles are often a
    # placeholder ("untitled", "Microsoft Word - haber.docx")
    title = headline or (info.title if info and info.title else "")
    author = (info.author if info and info.author else "") or ""
    article = make_article(
        PAGE_BREAK.join(pages),
        doc_id=source,
        source=source,
        fmt="pdf",
        title=title.strip() or None,
        date_value=published,
        author=author,
        paged=True,
        cleaned=True,
        pages=len(pages),
    )
    return LoadResult([article])


def _opening(first_page: str) -> tuple[str, date | None, str]:
    """A news PDF's headline and dateline, read from the first page's lines before cleaning
    joins its wrapped lines into paragraphs (the headline and "KERKÜK – 18 OCAK 2025" would
    open the first sentence): the lines above a dateline are the headline."""
    lines = first_page.splitlines()
    found = dateline_at(lines)
    if found is None:
        return "", None, first_page
    at, published = found
    headline = " ".join(line.strip() for line in lines[:at] if line.strip())
    return headline, published, "\n".join(lines[at + 1:])
