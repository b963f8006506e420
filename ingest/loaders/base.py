"""What every loader shares: decoding, rejection, dates and the article it produces."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from langchain_core.documents import Document

from ingest.normalize import clean
from rag.language.dates import MONTH_NUMBERS
from rag.language.turkish import turkish_lower

MIN_TEXT_CHARS = 20  # less than this after cleaning is no article


class RejectedFile(Exception):
    """A whole file that cannot be indexed; the message is the reason shown to maintainers."""


@dataclass
class LoadResult:
    documents: list[Document] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)  # (location, reason) inside a file
    unchanged: list[str] = field(default_factory=list)  # doc ids known unchanged unread (HTTP 304)


def read_bytes(path: Path, max_bytes: int) -> bytes:
    size = path.stat().st_size
    if size > max_bytes:
        raise RejectedFile(
            f"dosya çok büyük ({size / 1048576:.1f} MB; sınır {max_bytes / 1048576:.0f} MB, "
            "ARSIV_MAX_FILE_MB)"
        )
    if size == 0:
        raise RejectedFile("boş dosya")
    return path.read_bytes()


def looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 text has NULs by design
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls > len(head) * 0.05


def decode(data: bytes) -> tuple[str, str]:
    """Text and the encoding found: UTF-8 (with or without BOM), UTF-16, else the Turkish
    code pages old sites use (Windows-1254 first, ISO-8859-9 where 1254 has holes)."""
    if looks_binary(data):
        raise RejectedFile("ikili (binary) dosya, metin değil")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    for encoding in ("cp1254", "iso-8859-9"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    raise RejectedFile("metin kodlaması çözülemedi (UTF-8, Windows-1254, ISO-8859-9 denendi)")


def read_text(path: Path, max_bytes: int) -> tuple[str, str]:
    return decode(read_bytes(path, max_bytes))


_DMY = re.compile(r"^(\d{1,2})[./-](\d{1,2})[./-](\d{4})")
_TR_DATE = re.compile(r"^(\d{1,2})\s+(\w+)\s+(\d{4})")
# A dateline in an article's opening lines: "15 Mart 2024", "15 Mart 2024 Cuma", "15.03.2024".
_OPENING_DATE = re.compile(
    r"(?<!\d)\d{1,2}\s+(?:" + "|".join(MONTH_NUMBERS) + r")\s+\d{4}(?!\d)"
    r"|(?<![\d.])\d{1,2}[./]\d{1,2}[./]\d{4}(?![\d.])",
    re.IGNORECASE,
)
# A dateline opening the lead's own line, as wires write it: "Kerkük, 18 Nisan 2026 – Kerkük Milli Eğitim …",
# "KERKÜK – 18 NİSAN 2026 – …" (a place of a few words, the date, a dash; matched on the line lower-cased)
_INLINE_DATELINE = re.compile(
    r"^\s*(?:[^\W\d_][^\W\d_'’.]*(?:\s+[^\W\d_][^\W\d_'’.]*){0,2}\s*[,–—-]\s*)?"
    r"(" + _OPENING_DATE.pattern + r")(?:\s*,?\s*(?:pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar))?"
    # (the lead's first word, or a number that starts no date: "– 1959 yılında …"; not "15 Mart 2026 - 20 Mart 2026",
    # a range)
    r"\s*[–—-]\s+(?=[^\W\d_]|[\"'“]|\d+(?![\d./]|\s+(?:" + "|".join(MONTH_NUMBERS) + r")(?!\w)))"
)
_URL_DATE = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?:/|$)")
OPENING_LINES = 3  # non-empty lines of the text searched for a dateline
DATELINE_EXTRA_CHARS = 20  # letters besides the date and weekday on a line that is only a dateline
_WEEKDAYS = re.compile(r"\b(pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar)\b", re.IGNORECASE)


def parse_date(value: object) -> date | None:
    """ISO dates and datetimes, RFC 2822 (WordPress), 31.12.2024 and "31 Aralık 2024"."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if not text:
        return None
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        pass
    try:
        from email.utils import parsedate_to_datetime

        return parsedate_to_datetime(text).date()
    except (TypeError, ValueError, IndexError):
        pass
    if m := _DMY.match(text):
        day, month, year = (int(g) for g in m.groups())
        return _safe_date(year, month, day)
    if m := _TR_DATE.match(text):
        month = MONTH_NUMBERS.get(turkish_lower(m.group(2)))
        return _safe_date(int(m.group(3)), month, int(m.group(1))) if month else None
    return None


def date_from_url(url: str | None) -> date | None:
    """``https://site/2024/03/15/slug/`` → 2024-03-15."""
    m = _URL_DATE.search(url or "")
    return _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None


def split_dateline(text: str) -> tuple[date | None, str]:
    """A dateline among the first lines of an article ("15 Mart 2024 Cuma", "KERKÜK –
    15.03.2024") and the text without it. Only a line that is a dateline counts: a date in a
    sentence, even the first one, is usually an event's, not the article's."""
    lines = text.splitlines()
    found = dateline_at(lines)
    if found is None:
        return None, text
    i, published, lead = found
    return published, "\n".join(lines[:i] + ([lead] if lead else []) + lines[i + 1 :])


def dateline_at(lines: list[str]) -> tuple[int, date, str] | None:
    """The position and date of the dateline among an article's first lines, and the lead's text
    a wire's inline dateline opens ("Kerkük, 18 Nisan 2026 – Kerkük Milli …"; "" for a line that
    is only a dateline), if any."""
    for i in [i for i, line in enumerate(lines) if line.strip()][:OPENING_LINES]:
        line = unicodedata.normalize("NFC", lines[i])  # (matched lower-cased, cut as written: one form for both)
        inline = _INLINE_DATELINE.match(turkish_lower(line))
        if inline and (found := parse_date(inline.group(1))):
            return i, found, line[inline.end():]
        m = _OPENING_DATE.search(lines[i])
        if not m:
            continue
        found = parse_date(m.group(0))
        rest = _WEEKDAYS.sub("", lines[i][: m.start()] + lines[i][m.end() :])
        if found and len(re.sub(r"\W", "", rest)) <= DATELINE_EXTRA_CHARS:
            return i, found, ""
    return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def make_article(
    text: str,
    *,
    doc_id: str,
    source: str,
    fmt: str,
    title: str | None = None,
    date_value: object = None,
    author: str | None = None,
    url: str | None = None,
    categories: list[str] | None = None,
    tags: list[str] | None = None,
    paged: bool = False,
    cleaned: bool = False,
    **extra: object,
) -> Document:
    """A langchain Document for one article, its text cleaned, metadata in one shape."""
    # a dateline is read on the lines as written: cleaning joins a date alone on the line under
    # the title ("14.03.2022", no blank line after it) with the paragraph below it
    dateline, text = (None, text) if cleaned else split_dateline(text)
    body = text if cleaned else clean(text)
    if dateline is None:
        dateline, body = split_dateline(body)
    if len(body.replace("\f", "").strip()) < MIN_TEXT_CHARS:
        raise RejectedFile("okunabilir metin yok (boş ya da yalnızca menü/şablon)")
    title = clean(title or "").replace("\n", " ").strip() or _first_line(body)
    # Never today's date: a document whose date cannot be found stays undated.
    published = parse_date(date_value) or date_from_url(url) or dateline
    metadata = {
        "doc_id": doc_id,
        "title": title,
        "source": source,
        "format": fmt,
        "date": published.isoformat() if published else None,
        "author": (author or "").strip() or None,
        "url": (url or "").strip() or None,
        "categories": [c.strip() for c in categories or [] if c and c.strip()],
        "tags": [t.strip() for t in tags or [] if t and t.strip()],
        "paged": paged,
        **extra,
    }
    return Document(page_content=body, metadata=metadata)


def _first_line(text: str) -> str:
    first = text.strip().split("\n", 1)[0]
    return first[:120]
