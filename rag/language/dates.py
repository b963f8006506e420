"""Turkish month names and how dates are shown to readers ("15 Mart 2024", "tarih yok")."""

from __future__ import annotations

import calendar
import re
from datetime import date

from rag.language.turkish import turkish_lower

MONTHS = ("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
          "Ekim", "Kasım", "Aralık")
MONTH_NUMBERS = {turkish_lower(name): n for n, name in enumerate(MONTHS, start=1)}  # "mart" → 3
WEEKDAYS = frozenset("pazartesi salı çarşamba perşembe cuma cumartesi pazar".split())
UNDATED = "tarih yok"  # what an undated article shows instead of a date


def format_date(iso: str | None) -> str:
    """"2024-03-15" → "15 Mart 2024"; "2024-03" → "Mart 2024"; anything unparsable as given."""
    match = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?.*", iso or "")
    if not match or not 1 <= int(match.group(2)) <= 12:
        return iso or ""
    year, month, day = match.group(1), MONTHS[int(match.group(2)) - 1], match.group(3)
    return f"{int(day)} {month} {year}" if day else f"{month} {year}"


def date_label(iso: str | None) -> str:
    """An article's date for readers, or "tarih yok" for an undated one."""
    return format_date(iso) if iso else UNDATED


def month_end(year: int, month: int) -> date:
    """The last day of a month (29 February in a leap year)."""
    return date(year, month, calendar.monthrange(year, month)[1])
