"""The chat's filter fields (and the API's filter arguments) read into ``rag``'s Filters."""

from __future__ import annotations

from datetime import date

from rag.qa import AskError
from rag.retrieval import Filters

ALL_CATEGORIES = "Tümü"  # the category choice that filters nothing


def parse_filters(date_from: str | None, date_to: str | None, category: str | None) -> Filters:
    """Dates as YYYY-MM-DD (a time part is ignored) or empty; a Turkish ``AskError`` otherwise."""
    start, end = _day(date_from, "Başlangıç"), _day(date_to, "Bitiş")
    if start and end and start > end:
        raise AskError("Başlangıç tarihi bitiş tarihinden sonra olamaz.")
    category = None if category in (None, "", ALL_CATEGORIES) else category
    return Filters(start, end, category)


def _day(value: str | None, label: str) -> date | None:
    value = (value or "").strip()
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        raise AskError(f"{label} tarihi anlaşılamadı: '{value}' (YYYY-AA-GG yazın).") from None
