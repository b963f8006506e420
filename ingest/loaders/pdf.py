"""PDFs through pypdf, one text per page so citations can name the page."""

from __future__ import annotations

import logging
import re
from collections import Counter
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
    headline, published, pages = _read_pages(texts)
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


def readable_pages(data: bytes) -> tuple[str, list[str]]:
    """A PDF's headline and its pages' text as the archive reads them (no running header, no
    dateline), for a reader opening a citation on a phone, where a PDF viewer shows a desktop
    page in the smallest print and marks nothing."""
    from io import BytesIO

    from pypdf import PdfReader

    headline, _, pages = _read_pages([page.extract_text() or "" for page in PdfReader(BytesIO(data)).pages])
    return headline, pages


def _read_pages(texts: list[str]) -> tuple[str, date | None, list[str]]:
    """The headline and dateline above the first page's text, and each page's text cleaned."""
    texts = without_running_lines(texts)
    headline, published, texts[0] = _opening(texts[0])
    return headline, published, [clean(text) for text in texts]


# A running header or footer is looked for among a page's first and last lines only.
EDGE_LINES = 3
# "Sayfa 2", "- 3 -", "4/12", "Page 5": a page number on a line of its own
_PAGE_NUMBER = re.compile(r"(?:sayfa|page|s\.)?\s*[-–]?\s*\d{1,4}\s*(?:/\s*\d{1,4})?\s*[-–]?", re.IGNORECASE)


def without_running_lines(pages: list[str]) -> list[str]:
    """The pages less their running headers and footers ("Türkmen Kültür Bülteni · Sayı 48 · Kasım 2025" atop
    every page) and page numbers ("Sayfa 2"): glued to the first sentence of each page they were quoted as the
    article's, and a header's date hid the dateline below it. A header is an edge line repeated, its digits
    aside, on more than half of the pages (and on two at least)."""
    edges = [_edge_keys(page) for page in pages]
    counts = Counter(key for keys in edges for key in set(keys))
    running = {key for key, n in counts.items() if n >= 2 and n * 2 > len(pages)}
    return [_drop_edges(page, running) for page in pages]


def _key(line: str) -> str:
    return re.sub(r"\d+", "#", " ".join(line.split()))


def _edge_keys(page: str) -> list[str]:
    lines = [line for line in page.splitlines() if line.strip()]
    return [_key(line) for line in lines[:EDGE_LINES] + lines[-EDGE_LINES:]]


def _drop_edges(page: str, running: set[str]) -> str:
    """The page less the running lines and page numbers among its first and last lines."""
    lines = page.splitlines()
    kept = [i for i, line in enumerate(lines) if line.strip()]
    edge = set(kept[:EDGE_LINES] + kept[-EDGE_LINES:])
    return "\n".join(line for i, line in enumerate(lines) if i not in edge or not (
        _key(line) in running or _PAGE_NUMBER.fullmatch(line.strip())))


def _opening(first_page: str) -> tuple[str, date | None, str]:
    """A news PDF's headline and dateline, read from the first page's lines before cleaning
    joins its wrapped lines into paragraphs (the headline and "KERKÜK – 18 OCAK 2025" would
    open the first sentence): the lines above a dateline are the headline."""
    lines = first_page.splitlines()
    found = dateline_at(lines)
    if found is None:
        return "", None, first_page
    at, published, lead = found
    headline = " ".join(line.strip() for line in lines[:at] if line.strip())
    return headline, published, "\n".join(([lead] if lead else []) + lines[at + 1:])
