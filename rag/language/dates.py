"""Turkish month names and how dates are shown to readers ("15 Mart 2024", "tarih yok")."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from rag.language.turkish import DIGIT_WORDS, ascii_fold, turkish_lower

MONTHS = ("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
          "Ekim", "Kasım", "Aralık")
MONTH_NUMBERS = {turkish_lower(name): n for n, name in enumerate(MONTHS, start=1)}  # "mart" → 3
WEEKDAY_NAMES = ("pazartesi", "salı", "çarşamba", "perşembe", "cuma", "cumartesi", "pazar")  # Monday first
WEEKDAYS = frozenset(WEEKDAY_NAMES)
UNDATED = "tarih yok"  # what an undated article shows instead of a date


def format_date(iso: str | None) -> str:
    """"2024-03-15" → "15 Mart 2024"; "2024-03" → "Mart 2024"; anything unparsable as given."""
    match = re.fullmatch(r"(\d{4})-(\d{2})(?:-(\d{2}))?.*", iso or "")
    if not match or not 1 <= int(match.group(2)) <= 12:
        return iso or ""
    year, month, day = match.group(1), MONTHS[int(match.group(2)) - 1], match.group(3)
    return f"{int(day)} {month} {year}" if day else f"{month} {year}"


def with_year(day_month: str, published: str | None) -> str:
    """"16 Kasım" said in an article of 18 November 2023 → "16 Kasım 2023": the year of the
    day nearest the article's date ("15 Aralık" in a January article is the past December,
    "15 Ocak" in a December one the coming January); "iki yıl önce" in an article of 2024 →
    "2022 (iki yıl önce)". Anything else, or no date, as given."""
    if (back := _YEARS_BACK.fullmatch(turkish_lower(day_month))) and (year := re.match(r"\d{4}", published or "")):
        said = back.group(2) or ""
        count = 1 if back.group(1) else int(said) if said.isdigit() else DIGIT_WORDS.get(said)
        return f"{int(year.group()) - count} ({day_month})" if count else day_month
    said = re.fullmatch(r"(\d{1,2})\s+(\w+)", day_month)
    when = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2}).*", published or "")
    month = MONTH_NUMBERS.get(turkish_lower(said.group(2))) if said else None
    if not (said and when and month and 1 <= int(said.group(1)) <= 31):
        return day_month
    try:
        day, article = int(said.group(1)), date(*map(int, when.groups()))
    except ValueError:  # a malformed stored date
        return day_month
    options = [date(year, month, min(day, calendar.monthrange(year, month)[1]))
               for year in (article.year - 1, article.year, article.year + 1)]
    return f"{day_month} {min(options, key=lambda d: abs(d - article)).year}"


# a year counted back from the article's: "iki yıl önce", "3 yıl önce", "geçen yıl"
_YEARS_BACK = re.compile(r"(geçen)\s+(?:yıl|sene)|(\d{1,2}|[a-zçğıöşü]+)\s+(?:yıl|sene)\s+önce")
# A date as an article says it ("8 Mart", "3-4 Mayıs", "Mart 2025", "2014'ten", "2021-2022").
_SAID_DAYS = re.compile(r"(?:(\d{1,2})\s*[-–]\s*)?(\d{1,2})\s+([^\W\d_]+)(?:\s+(\d{4}))?")
_SAID_MONTH = re.compile(r"([^\W\d_]+)\s+(\d{4})")
_SAID_YEARS = re.compile(r"(\d{4})(?:['’]\w+)?(?:\s*[-–]\s*(\d{2}|\d{4}))?")
_SAID_MONTH_ALONE = re.compile(r"(?:(\d{4})\s+yılının\s+)?(" + "|".join(MONTH_NUMBERS) + r")(?:\W*\w*|\s.*)")
_SAID_BEFORE = re.compile(r"\w+\s+(?:gün|hafta|ay|yıl)\s+önce|geçen\s+(?:hafta|ay|yıl)")  # before the article's day


def said_period(span: str, published: str | None) -> Period | None:
    """The days a date said in an article covers, a day and month without a year read as the
    nearest to the article's date (``with_year``), "bir hafta önce" as the day before it; None
    for what is no calendar date ("19. yüzyıl") or a day and month of an undated article."""
    text = turkish_lower(re.sub(r"\s+", " ", span.strip()))
    try:
        if _SAID_BEFORE.fullmatch(text):
            day = parse_period(published) if published else None
            return Period(day.first - timedelta(days=1), day.first - timedelta(days=1)) if day else None
        if days := _SAID_DAYS.fullmatch(text):
            month = MONTH_NUMBERS.get(days.group(3))
            year = days.group(4) or with_year(f"{days.group(2)} {days.group(3)}", published).rsplit(" ", 1)[-1]
            if month is None or not year.isdigit():
                return None
            last = date(int(year), month, int(days.group(2)))
            return Period(date(int(year), month, int(days.group(1) or days.group(2))), last)
        if (named := _SAID_MONTH.fullmatch(text)) and named.group(1) in MONTH_NUMBERS:
            return _month(int(named.group(2)), MONTH_NUMBERS[named.group(1)])
        if (alone := _SAID_MONTH_ALONE.fullmatch(text)) and alone.group(1):  # "2025 yılının ekim ayında" (a
            # month with no year, "kasım ayı sonunda", may be the last one or the next: no period)
            return _month(int(alone.group(1)), MONTH_NUMBERS[alone.group(2)])
        if years := _SAID_YEARS.fullmatch(text):
            first = int(years.group(1))
            end = years.group(2) or years.group(1)
            last = int(end) if len(end) == 4 else first // 100 * 100 + int(end)
            return Period(date(first, 1, 1), date(max(first, last), 12, 31))
    except ValueError:  # "31 Şubat"
        return None
    return None


_WEEKDAY_NUMBERS = {name: n for n, name in enumerate(WEEKDAY_NAMES)}  # as date.weekday() counts
_WEEKDAY = "(" + "|".join(_WEEKDAY_NUMBERS) + ")"
# "geçen salı", "önümüzdeki pazar günü": a weekday before or after the article's own day, never that day
_RELATIVE_DAY = re.compile(r"(?<!\w)(?:(dün|bugün|yarın)|bu\s+(?:sabah|akşam)|(geçen|önümüzdeki|gelecek)\s+" + _WEEKDAY
                           + r"(?:\s+(?:günü|akşamı|sabahı|gecesi))?|" + _WEEKDAY
                           + r"\s+(?:günü|akşamı|sabahı|gecesi|öğleden))(?!\w)")
_FUTURE = re.compile(r"\w[ae]c[ae](?:k|ğ)")  # "yapılacak", "açılacağını"


def names_relative_day(sentence: str) -> bool:
    """The sentence names a day by the article's own ("dün", "cuma günü"): a date its article
    gives. Not "bugün", which a quote says for "nowadays" ("Bugün ürünümüz Bakü'ye gidiyor")."""
    return any(found.group(1) != "bugün" for found in _RELATIVE_DAY.finditer(turkish_lower(sentence)))


def said_day(sentence: str, published: str | None) -> date | None:
    """The calendar day a sentence names by the article's own day: "dün akşam" the day before
    it, "bugün" that day, "cuma akşamı oynanan" the last Friday up to it ("cuma günü
    açılacak" the next one). None without an article date or with more than one such day."""
    try:
        day = parse_period(published)
    except ValueError:
        return None
    found = list(_RELATIVE_DAY.finditer(turkish_lower(sentence)))
    if day is None or len(found) != 1:
        return None
    word, side, weekday = found[0].group(1), found[0].group(2), found[0].group(3) or found[0].group(4)
    today = day.first
    if side == "geçen":
        return today - timedelta(days=(today.weekday() - _WEEKDAY_NUMBERS[weekday] - 1) % 7 + 1)
    if side:
        return today + timedelta(days=(_WEEKDAY_NUMBERS[weekday] - today.weekday() - 1) % 7 + 1)
    if weekday is None:
        return today + timedelta(days={"dün": -1, "yarın": 1}.get(word or "", 0))
    if _to_come(turkish_lower(sentence)[found[0].end():]):
        return today + timedelta(days=(_WEEKDAY_NUMBERS[weekday] - today.weekday() - 1) % 7 + 1)
    return today - timedelta(days=(today.weekday() - _WEEKDAY_NUMBERS[weekday]) % 7)


def _to_come(after: str) -> bool:
    """The first verb after a weekday is a future one ("cuma günü açılacak", "… cuma günü açılacağını söyledi");
    not a future said before it ("hizmet verecek 24 ambulansı Pazar günü … teslim etti" was last Sunday), nor one
    after the deed done ("Cuma günü yapılan toplantıda … açılacağı açıklandı")."""
    for word in after.split():
        if _FUTURE.search(word):
            return True
        if _DONE.search(word):
            return False
    return False


# a past verb or participle: "teslim etti", "düzenlenen", "yapılmış", "açıldığını" (not an ablative: "öğleden",
# "Erbil'den", "tarafından")
_DONE = re.compile(r"\w(?:[dt][ıiuü](?:[ğk]\w*|r)?|m[ıiuü]ş\w*|(?:[ıiuü]l|[ıiuü]n|l)[ae]n)\W*$")


def date_label(iso: str | None) -> str:
    """An article's date for readers, or "tarih yok" for an undated one."""
    return format_date(iso) if iso else UNDATED


def month_end(year: int, month: int) -> date:
    """The last day of a month (29 February in a leap year)."""
    return date(year, month, calendar.monthrange(year, month)[1])


# --- dates as readers type them (filter fields, the CLI) -----------------------------------
DATE_EXAMPLES = "ör. 15.03.2024, 15 Mart 2024, Mart 2024 ya da 2024"
# Month names as typed on any keyboard: "mart", "şubat" and "subat", "ağustos" and "agustos".
_MONTHS = {**MONTH_NUMBERS, **{ascii_fold(name): n for name, n in MONTH_NUMBERS.items()}}
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
        month = _MONTHS.get(ascii_fold(match.group(2)))
        if month is None:
            raise ValueError(f"unknown month {match.group(2)!r}")
        year, day = int(match.group(3)), match.group(1)
        return _day(year, month, int(day)) if day else _month(year, month)
    if _YEAR.fullmatch(text):
        year = int(text)
        return Period(date(year, 1, 1), date(year, 12, 31))
    raise ValueError(f"no date form matches {value!r}")


def _day(year: int, month: int, day: int) -> Period:
    chosen = date(year, month, day)  # ValueError for a day that does not exist
    return Period(chosen, chosen)


def _month(year: int, month: int) -> Period:
    first = date(year, month, 1)
    return Period(first, month_end(year, month))


_YEAR_SPAN = re.compile(r"(?<!\d)((?:19|20)\d\d)\s*[-–/]\s*((?:19|20)?\d\d)(?!\d)")


def year_spans(text: str) -> set[tuple[str, str]]:
    """The two-year spans a text names ("2023-2024", "2023/24"), both years in full."""
    return {(first, last if len(last) == 4 else first[:2] + last) for first, last in _YEAR_SPAN.findall(text)}


# "bir önceki yıl", "önceki sene": the year before the one an article reports on, which a January
# report on last year's accidents is not dated in ("Bir önceki yıl 455 kaza olmuş" is of 2024 there)
YEAR_BEFORE_SAID = r"(?:bir\s+)?önceki\s+(?:yıl|sene|sezon)(?!l[ae]r)(?![ae]?\s+(?:göre|kıyasla|oranla))"
_YEAR_BEFORE = re.compile(rf"(?<!\w){YEAR_BEFORE_SAID}")
_NAMED_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def reported_year(title: str, published: str | None) -> int | None:
    """The year an article reports on: the latest its title names of its own year or the one
    before ("Kerkük'te 2025 yılında trafik kazalarında 87 kişi hayatını kaybetti", dated 19 January
    2026, is 2025's), else its own year; None for an undated article."""
    if not published or not published[:4].isdigit():
        return None
    own = int(published[:4])
    return max((int(year) for year in _NAMED_YEAR.findall(title) if own - 1 <= int(year) <= own), default=own)


# "geçen yıl", "bu yılın", "gelecek yıl": a year counted from the article's own
# (not "bu yıllarda", nor "geçen yıla göre", a comparison's year)
_YEAR_FROM_ARTICLE = re.compile(r"(?<!\w)(geçen|bu|gelecek)(\s+)(yıl)(?!l[ae]r|[ae]\s+(?:göre|oranla|kıyasla))",
                                re.IGNORECASE)
_YEARS_FROM = {"geçen": -1, "bu": 0, "gelecek": 1}


def with_years_said(sentence: str, published: str | None) -> str:
    """The sentence with each year it counts from its article's date written out ("geçen yıl
    çocuklarda 340 ishal vakası" in an article of June 2025: "2024 yıl çocuklarda …"), for
    reading which year a figure is said for; as it is for an undated article."""
    if not published or not published[:4].isdigit():
        return sentence
    year = int(published[:4])
    return _YEAR_FROM_ARTICLE.sub(
        lambda found: f"{year + _YEARS_FROM[turkish_lower(found.group(1))]}{found.group(2)}{found.group(3)}", sentence)


def year_before_said(sentence: str, title: str, published: str | None) -> int | None:
    """The year a sentence's "bir önceki yıl" speaks of: the one before its article's reported year."""
    reported = reported_year(title, published)
    return reported - 1 if reported is not None and _YEAR_BEFORE.search(turkish_lower(sentence)) else None


def season_before_said(sentence: str, title: str) -> tuple[str, str] | None:
    """The season a sentence's "bir önceki sezon" speaks of, under a title naming its article's season
    ("… 2023-2024 sezonunun şampiyonu …": "Bir önceki sezonun şampiyonu Dakuk Şafakspor" is 2022-2023's)."""
    reported = [span for span in year_spans(title) if int(span[1]) == int(span[0]) + 1]
    if len(reported) != 1 or not re.search(r"(?<!\w)(?:bir\s+)?önceki\s+sezon(?![ae]?\s+göre)",
                                           turkish_lower(sentence)):
        return None
    first, last = reported[0]
    return str(int(first) - 1), first
