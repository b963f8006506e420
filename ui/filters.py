"""The chat's filter fields (and the API's filter arguments) read into ``rag``'s Filters.

Dates are read by ``rag.language.dates.parse_period`` ("15.03.2024", "15 Mart 2024", "Mart
2024", "2024", ISO). A month or a year is a period: as the start of a range it means its first
day, as the end its last day. A date that cannot be read is an ``AskError`` with a Turkish
message, never silently dropped.
"""

from __future__ import annotations

from datetime import date

from rag.language.dates import DATE_EXAMPLES, parse_period
from rag.qa import AskError
from rag.retrieval import Filters

ALL_CATEGORIES = "Tümü"  # the category choice that filters nothing
NO_CATEGORIES = "Bu arşivdeki haberlerde kategori bilgisi yok."  # why a list offers nothing to choose


def category_field(categories: list[str]) -> dict:
    """The category list's choices, and its note saying why it offers nothing, where it does not."""
    return {"choices": [ALL_CATEGORIES, *categories], "info": None if categories else NO_CATEGORIES}


FROM_LABEL, TO_LABEL = "Başlangıç", "Bitiş"
RANGE_ERROR = "Başlangıç tarihi bitiş tarihinden sonra olamaz."


def read_date(value: str | None, label: str, end: bool = False) -> date | None:
    """A date field as one day: a period's first day, or its last when ``end``; a Turkish
    ``AskError`` naming the field when it cannot be read."""
    try:
        period = parse_period(value)
    except ValueError:
        raise AskError(date_error(value or "", label)) from None
    if period is None:
        return None
    return period.last if end else period.first


def date_error(value: str, label: str) -> str:
    return f"{label} tarihi anlaşılamadı: '{value.strip()}' ({DATE_EXAMPLES} yazın)."


def parse_filters(date_from: str | None, date_to: str | None, category: str | None) -> Filters:
    """The filter fields as ``Filters``; a Turkish ``AskError`` for a date that cannot be read
    or a range that ends before it starts."""
    start, end = read_date(date_from, FROM_LABEL), read_date(date_to, TO_LABEL, end=True)
    if start and end and start > end:
        raise AskError(RANGE_ERROR)
    category = None if category in (None, "", ALL_CATEGORIES) else category
    return Filters(start, end, category)
