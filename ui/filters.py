"""The chat's filter fields (and the API's filter arguments) read into ``rag``'s Filters.

Dates are typed the way Turkish readers write them: "15.03.2024", "15 Mart 2024", "Mart 2024"
(the whole month), "2024" (the whole year), or ISO ("2024-03-15", "2024-03"; a time part is
ignored). A month or a year is a period: as the start of a range it means its first day, as
the end its last day. A date that cannot be read is an ``AskError`` with a Turkish message,
never silently dropped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from rag.language.dates import MONTH_NUMBERS, format_date, month_end
from rag.language.turkish import turkish_lower
from rag.qa import AskError
from rag.retrieval import Filters

ALL_CATEGORIES = "Tümü"  # the category choice that filters nothing
DATE_EXAMPLES = "ör. 15.03.2024, 15 Mart 2024, Mart 2024 ya da 2024"
FROM_LABEL, TO_LABEL = "Başlangıç", "Bitiş"
RANGE_ERROR = "Başlangıç tarihi bitiş tarihinden sonra olamaz."

_ASCII = str.maketrans("çğıöşü", "cgiosu")
# Month names as typed on any keyboard: "mart", "şubat" and "subat", "ağustos" and "agustos".
_MONTHS = {**MONTH_NUMBERS, **{name.translate(_ASCII): n for name, n in MONTH_NUMBERS.items()}}
_NUMERIC = re.compile(r"(\d{1,2})[./](\d{1,2})[./](\d{4})")  # 15.03.2024, 15/3/2024
_MONTH_NUMERIC = re.compile(r"(\d{1,2})[./](\d{4})")  # 03.2024
# 2024-03-15, 2024-03, 2024-03-15T00:00:00 (matched lower-cased: "t")
_ISO = re.compile(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?(?:[t ].*)?")
_NAMED = re.compile(r"(?:(\d{1,2})\.?\s+)?([^\W\d_]+)\s+(\d{4})")  # 15 Mart 2024, Mart 2024
_YEAR = re.compile(r"\d{4}")


@dataclass(frozen=True)
class Period:
    """What one date field says: a day, a month or a year, as its first and last day."""

    first: date
    last: date

    @property
    def label(self) -> str:
        """"15 Mart 2024", "Mart 2024", "2024" or "1 Mart 2024 – 20 Mart 2024" for readers."""
        if self.first == self.last:
            return format_date(self.first.isoformat())
        if (self.first.day, self.last.day) == (1, month_end(self.last.year, self.last.month).day) and self.first.year == self.last.year:
            if self.first.month == self.last.month:
                return format_date(self.first.isoformat()[:7])
            if (self.first.month, self.last.month) == (1, 12):
                return str(self.first.year)
        return f"{format_date(self.first.isoformat())} – {format_date(self.last.isoformat())}"


def parse_period(value: str | None) -> Period | None:
    """The day, month or year a date field holds; None when it is empty; ``ValueError`` when
    it cannot be read (no such form, or no such day: "31.02.2024")."""
    text = re.sub(r"\s+", " ", turkish_lower(value or "").strip())
    if not text:
        return None
    if match := _NUMERIC.fullmatch(text):
        return _day(int(match.group(3)), int(match.group(2)), int(match.group(1)))
    if match := _ISO.fullmatch(text):
        year, month, day = int(match.group(1)), int(match.group(2)), match.group(3)
        return _day(year, month, int(day)) if day else _month(year, month)
    if match := _MONTH_NUMERIC.fullmatch(text):
        return _month(int(match.group(2)), int(match.group(1)))
    if match := _NAMED.fullmatch(text):
        month = _MONTHS.get(match.group(2).translate(_ASCII))
        if month is None:
            raise ValueError(f"unknown month {match.group(2)!r}")
        year, day = int(match.group(3)), match.group(1)
        return _day(year, month, int(day)) if day else _month(year, month)
    if _YEAR.fullmatch(text):
        year = int(text)
        return Period(date(year, 1, 1), date(year, 12, 31))
    raise ValueError(f"no date form matches {value!r}")


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


def _day(year: int, month: int, day: int) -> Period:
    chosen = date(year, month, day)  # ValueError for a day that does not exist
    return Period(chosen, chosen)


def _month(year: int, month: int) -> Period:
    first = date(year, month, 1)
    return Period(first, month_end(year, month))

