"""News time, in one place: what a Turkish question asks of time, and the rules that apply it.

Reading: the period a question asks about, and whether it wants the latest or the first.

"2021'de", "2021 yılında", "Mart 2024'te", "2019-2021 arasında", "2019'dan 2021'e kadar",
"2023'ten beri", "geçen yıl", "bu ay", "son iki yıl", "geçen hafta" become a date range; "en
son", "son durum", "şu anki", "güncel" … ask for the newest fact, "en eski", "ilk kez ne
zaman", "başlangıçta" … for the oldest. Relative periods are read against ``today``
(a setting, so evaluations are repeatable). A bare year ("2021 seçimleri") is a topic, not a
period, and sets no filter.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date, timedelta

from langchain_core.documents import Document

from rag.index.records import ChunkMeta, titled
from rag.index.snapshot import Snapshot
from rag.language.dates import (
    MONTH_NUMBERS, MONTHS, date_label, format_date, month_end, season_before_said, year_before_said, year_spans,
)
from rag.language.turkish import DIGIT_WORDS, ascii_fold, turkish_lower
from rag.retrieval import Filters

_MONTH = "|".join(MONTH_NUMBERS)
_YEAR = r"((?:19|20)\d{2})"
_APOS = r"['’]?"
_LOCATIVE = rf"{_APOS}(?:de|da|te|ta)(?:ki)?"
_NUMBER_WORDS = {**DIGIT_WORDS, "on iki": 12}
_COUNT = r"(\d{1,2}|on iki|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + ")"
_UNIT = r"(yıl|sene|ay|hafta|gün)"

_RANGE = re.compile(
    rf"\b{_YEAR}\s*(?:[-–]|{_APOS}(?:den|dan|ten|tan)|\s+ile|\s+ve)\s*{_YEAR}\b"
    rf"(?:{_APOS}(?:e|a|ye|ya))?\s*(?:yılları\s+)?(?:arası|arasında|arasındaki|kadar|yılları)?"
)
_SINCE = re.compile(rf"\b(?:({_MONTH})\s+)?{_YEAR}{_APOS}(?:den|dan|ten|tan)\s+(?:beri|bu\s+yana|itibaren)")
_DAY = re.compile(rf"\b(\d{{1,2}})\s+({_MONTH})\s+{_YEAR}")
_MONTH_YEAR = re.compile(rf"\b({_MONTH})\s+{_YEAR}")
# the year first: "2024 şubatında", "2024 Şubat ayında", "2024'ün mart ayında", "2024 yılının nisan ayında"
_YEAR_MONTH = re.compile(rf"\b{_YEAR}(?:{_APOS}(?:ün|un|in|ın)|\s+yılının)?\s+({_MONTH})"
                         rf"(?:\s+ay\w*|[ıi]n?[dt][ae](?:ki)?|[ıi])?\b"
                         # (not a span of months, nor sowing: "2024 ocak-mart", "mart ve nisan", "ekim sezonunda")
                         rf"(?!\s*(?:[-–]|ve\s|ile\s)\s*(?:{_MONTH}))(?<!ekim)(?!\s+(?:sezon|dönem|alan)\w*)")
_YEAR_ALONE = re.compile(rf"\b{_YEAR}(?:{_LOCATIVE}\b|{_APOS}(?:ün|un|in|ın)\s+(?=son|en|ilk)|"
                         r"\s+(?:yılı|yılında|yılındaki|senesi|senesinde)\b)")
_LAST_N = re.compile(rf"\bson\s+{_COUNT}\s+{_UNIT}")
_RELATIVE = re.compile(r"\b(?:bir\s+(?=önceki))?(geçen|bu|önceki|geçtiğimiz)\s+(yıl|sene|ay|hafta)"
                       r"(?:ki|ın|in|da|de)?\b")
# Time intents are phrases, never the bare adjectives: "en son", "son durum", "şu anki",
# "bugünlerde", "yeni başkanı" (the office's current holder) ask for the newest fact; "yeni
# açılan okul", "son cümlesi", "ilk kadın başkanı" do not. "İlk" asks for the oldest in a
# time clause ("ilk kurulduğunda", "gündeme ilk geldiğinde", "ilk kez hangi seçimde"), with a
# word for the archive's record ("ilk haberde", "ilk raporda") or the beginning ("en başında",
# "kuruluş aşamasında", "açıldığı zaman"); "ilk yöneticisi" is a fact an article states.
# Written without diacritics and matched on the question folded the same way, so "su anki"
# and "baslangicta" (typed on a keyboard without Turkish letters) are read too.
_OFFICE = (r"(?:genel\s+)?(?:baskan|yonetmen|mudur|yonetici|lider|vali|kaymakam|muhtar|bakan|sekreter"
           r"|koordinator|antrenor|teknik\s+direktor|temsilci|sozcu|rektor|dekan|sef|komutan|belediye\s+baskan"
           r"|sampiyon|sahibi|editor|imam)\w*")
# A temporal clause: "kurulduğunda", "başladığı zaman", "girdiklerinde", "çıktığı sırada".
_WHEN = r"\w+[dt][iu][gk](?:[iu]n[dt][ae]|[iu]\s+(?:zaman|sirada|donemde|yillarda)|l[ae]r[iu]n[dt][ae])"
# Events an archive reports one after another: "son seçimde", "son kongresinde" ask for the
# latest of them, "ilk seçimde" for the earliest ("son bölümünde", "yılın son gününde",
# "konferansın son oturumunda" do not: a part of something, not one of a series).
_EVENT = (r"(?:secim|kongre|kurultay|toplanti|zirve|gorusme|ziyaret|sayim|turnuva|mac|sezon"
          r"|festival|konferans|genel\s+kurul|referandum|operasyon|muzakere|anket|karar)(?:ler|lar)?")
_SPAN = r"(?:yil|tarih|ay|gun|hafta|sezon|donem|yuzyil)"  # "hangi yıl/tarihte/sezonda…": when
_RECORD = (r"(?:haber|yazi|rapor|kayit|kayd|makale|roportaj|aciklama|belge|tepki)(?:ler|lar)?"
           r"(?:[dt][ae]|[iu]|s[iu]|[iu]n[dt][ae]|s[iu]n[dt][ae]|y[iu]|n[iu]n)?")
_RECENCY = re.compile(
    r"\b(en\s+son\w*|en\s+guncel|en\s+yeni|en\s+taze|en\s+yakin\s+tarih\w*|"
    r"guncel(?!le)(?!\s+konu(?:lar\w*)?\b)\w*|su\s+anki|su\s+anda|su\s+an|"
    r"simdi(?!ki\s+zaman|ye|\s+\w+[dt][iu][gk][iu]m|\W+soyle|\W+(?:sunu|bunu)\b|\s+(?:bana|sana|size)\b)\w*|"
    r"h[a]len|h[a]l[a]|h[a]lihazirda|gunumuzde|bugun(?:ku|lerde)?|"
    r"son\s+zamanlarda|son\s+(?:gunlerde|aylarda|haftalarda|donemde|yillarda)|[sb]u\s+(?:siralar|gunler|aralar)\w*|"
    r"gecenlerde|gecen\s+gun|yakin\s+zamanda|artik(?!\s+yil)|yeni\s+(?:bir\s+)?(?:bilgi|gelisme|haber)\w*|"
    r"son\s+(?:durum|vaziyet|gelisme|haber|bilgi|rakam|veri|sayi|deger|aciklama|kez|defa|hali|hal)\w*|"
    r"son\s+olarak(?!\W+(?:sunu|bunu|sunlari|bir\s+sey)\b)|"
    r"son\s+[^\W\d_]+\s+(?:sayisi|rakami|durumu)|son\s+(?:[^\W\d_]+\s+){1,2}ne\s+zaman\w*|"
    rf"son\s+(?:[^\W\d_]+\s+){{0,2}}{_EVENT}(?:s?[iu]n)?[dt][ae]|son\s+{_EVENT}s?[iu]|son\s+ne(?!\w)|gectigimiz\s+(?:gun|hafta|ay)lerde|bu\s+sezon\w*|"
    r"(?:gelinen\s+)?son\s+nokta\w*|gelinen\s+nokta\w*|"
    r"mevcut\s+(?:durum\w*|[^\W\d_]+\s+(?:sayisi|rakami|durumu|orani|miktari))|"
    rf"(?:yeni|mevcut)\s+(?:{_OFFICE}|atanan|secilen|gorevlendirilen|goreve\s+gelen|getirilen)|"
    rf"yeni\s+(?:cikan|yayinlanan|eklenen|gelen)\s+{_RECORD}|"
    # a relative clause before it makes "son" the latest of a series: "imzalanan son anlaşma",
    # "Kerkük'e gelen son heyet", "düzenlediği son etkinlik" (not an ablative, "Kerkük'ten son
    # …", nor "giderken son", nor an idiom: "son dakika golü", "son model", "son derece")
    r"(?:\w+[^\Wdtk][ae]n|\w+[dt][iu]g[iu])\s+son\s+(?!(?:dakika|model|derece|surat|kullanma)\b)[^\W\d_]+)(?!\w)"
)
_EARLIEST = re.compile(
    # ("en eski halı" is the oldest rug an article speaks of; "en eski haberde" the archive's)
    rf"\b(en\s+eski\w*(?!\s+(?!{_RECORD}|tarih|gelisme|bilgi|olay|ne\s|hangi|kim|kac)[^\W\d_]+"
    rf"(?:\s+(?!{_RECORD})[^\W\d_]|\W*$))|en\s+erken|"
    r"en\s+bas(?:ta|taki|inda|indan)|en\s+ilk|baslangic(?:ta|inda)(?:ki)?|"
    r"ilk\s+bas(?:ta|larda|larinda)|baslar(?:da|inda)|ilk\s+olarak|onceleri|"
    r"ilk\s+(?:zamanlar|yillar|gunler|aylar|donemler)\w*|ilk\s+hali|ilki\s+ne\s+zaman\w*|eskiden(?!\s+beri)|"
    rf"ilk\s+(?:\w+\s+)?(?:\w+(?:an|en)\s+)?{_RECORD}|kurulus\s+(?:asama|donem|yil|gun)\w*|"
    rf"ilk\s+(?:\w+\s+)?{_WHEN}|(?:kurul|acil|basla|ortaya\s+cik)\w*{_WHEN[3:]}|"
    rf"(?:kurul|acil|basla)\w*[dt][iu][gk][iu]\s+ilk|"
    r"ilk\s+(?:kez|defa|olarak|kez\s+olarak)?\s*(?:ne\s+zaman|hangi\s+(?:yil|tarih|ay|gun)\w*|nasil)|"
    rf"ilk\s+(?:kez|defa)\s+(?:\w+\s+){{0,3}}(?:ne\s+zaman|kac|hangi\s+(?:{_SPAN}|secim)\w*)|"
    rf"ilk\s+(?![^\W\d_]+[iu]\s+(?:ne\s+zaman|hangi))(?:[^\W\d_]+\s+){{1,3}}(?:ne\s+zaman\w*|hangi\s+{_SPAN}\w*)|"
    rf"hangi\s+{_SPAN}\w*\s+ilk\s+(?:kez|defa|kere)|"
    # (not one's own first, its event right after "ilk": "Takımı ilk maçında kimi yendi?" is a fact its article
    # states; "ilk nar festivalinde" is the first of the archive's festivals)
    rf"ilk\s+(?!{_EVENT}s?[iu]n[dt][ae])(?:[^\W\d_]+\s+){{0,2}}{_EVENT}(?:s?[iu]n)?[dt][ae]"
    rf"|ilk\s+{_EVENT}(?:s?[iu](?:n[iu])?)?|ne\s+zaman\s+ilk)(?!\w)"
)


# Quoted words are someone else's ("“Artık dayanamıyoruz” diyen çiftçiler"), not the question's
# time: they are blanked before the time words are read. A single quote opens only after a
# space, so the apostrophe of "Kerkük'te" never does.
_QUOTED = re.compile(r"“[^”]*”|\"[^\"]*\"|«[^»]*»|‘[^’]*’|(?:(?<=\s)|^)'[^']+'(?![^\W\d_])")


@dataclass(frozen=True)
class TimeFrame:
    date_from: date | None = None
    date_to: date | None = None
    recency: bool = False  # "en son": the newest answering article wins
    phrase: str = ""  # the words of the question that set the period
    earliest: bool = False  # "ilk", "en eski": the oldest answering article wins

    @property
    def by_date(self) -> bool:
        """The question wants one end of the timeline, not the best match alone."""
        return self.recency or self.earliest

    @property
    def has_period(self) -> bool:
        return self.date_from is not None or self.date_to is not None

    def label(self, period: bool = True, order: bool = True) -> str:
        """What the user is told, e.g. "2021 yılına ait haberlerde aradım": only what was
        applied (``period``: the period filtered the search; ``order``: a dated article was
        picked as the newest or oldest), so it never contradicts a notice."""
        parts = []
        if self.has_period and period:
            parts.append(f"{self.period_text()} haberlerde aradım")
        if self.recency and order:
            parts.append("en yeni haberi esas aldım")
        if self.earliest and order:
            parts.append("en eski haberi esas aldım")
        text = "; ".join(parts)
        return text[:1].upper() + text[1:] if text else ""

    def holds(self, day: str | None) -> bool:
        """Whether an article of this date (ISO; None: undated) lies in the period."""
        if day is None or not self.has_period:
            return False
        return (self.date_from is None or day >= self.date_from.isoformat()) and (
            self.date_to is None or day <= self.date_to.isoformat())

    def period_text(self) -> str:
        """The period as an adjective: "2021 yılına ait", "Mart 2024 tarihli"."""
        name, ending = self._period()
        return f"{name} {ending}"

    def period_name(self) -> str:
        """The period as a name: "2021", "2019–2021", "Mart 2024"."""
        return self._period()[0]

    def _period(self) -> tuple[str, str]:
        start, end = self.date_from, self.date_to
        season = _season(self.phrase)
        if season:  # "2026-2027 döneminde": a season, however the calendar clamps it
            return f"{season[0]}-{season[1]}", "dönemine ait"
        if start and end:
            if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31):
                if start.year == end.year:
                    return str(start.year), "yılına ait"
                return f"{start.year}–{end.year}", "yılları arasındaki"
            if start.day == 1 and end == month_end(start.year, start.month) and start.month == end.month:
                return f"{MONTHS[start.month - 1]} {start.year}", "tarihli"
            if start == end:
                return format_date(start.isoformat()), "tarihli"
        return f"{_fmt(start)} – {_fmt(end)}", "arasındaki"

    def to_dict(self, period: bool = True, order: bool = True) -> dict:
        return {"date_from": _iso(self.date_from), "date_to": _iso(self.date_to), "recency": self.recency,
                "earliest": self.earliest, "phrase": self.phrase, "label": self.label(period, order)}


def parse_timeframe(question: str, today: date) -> TimeFrame | None:
    """The period, and the end of the timeline ("en son" / "ilk"), a question asks for, or
    None when it names no time."""
    question = unicodedata.normalize("NFC", question)
    text = turkish_lower(question)
    period: tuple[date, date, str] | None = None
    # "son dört ayda", "geçen yıl" count back from today, unless a clause names the moment they
    # count from: "Ocakçı atandığında son dört ayda kaç aile dönmüştü?" is no period of ours.
    anchored = re.search(_WHEN, ascii_fold(text))
    finders = (_range, _since, _day, _month_year, _year) + (() if anchored else (_last_n, _relative))
    for finder in finders:
        period = finder(text, today)
        if period:
            break
    covered = period[2] if period else ""
    rest = text.replace(covered, " " * len(covered)) if covered else text
    unquoted = _QUOTED.sub(lambda m: " " * len(m.group()), rest)
    plain = ascii_fold(unquoted)  # same length: positions still point into the question
    recency = _time_word(_RECENCY, plain, question)
    # (a first one yet to come is a fact an article states: "ilk hasat ne zaman bekleniyor")
    earliest = not recency and not _TO_COME.search(plain) and _time_word(_EARLIEST, plain, question)
    if not period and not recency and not earliest:
        return None
    start, end, phrase = period if period else (None, None, "")
    at = text.find(phrase)
    if phrase and len(text) == len(question):  # as the user wrote it: "Mart 2024", not "mart 2024"
        phrase = question[at:at + len(phrase)]
    if end and end > today and not (start and start > today):  # a period wholly ahead keeps its end
        end = today
    return TimeFrame(start, end, recency, phrase, earliest)


# a question ending on a time to come: "… yapılacak?", "… bekleniyor?", "… planlanıyor?" (folded)
_TO_COME = re.compile(r"(?:[ae]c[ae]k(?:tir|lar)?|beklen\w*|planlan\w*|ongorul\w*)\W*$")


# "sezonun ilk maçında", "festivalin ilk gününde": the first part of a season or an event,
# which an article states, not the archive's earliest article ("şairin ilk kitabı" is)
_OWNER_BEFORE = re.compile(r"(?<!\w)(?:yil|ay|hafta|sezon|donem|lig|turnuva|festival|sampiyona|kongre|konferans)"
                           r"[^\W\d_]{0,3}?(?:n[iu]n|[iu]n)\s+$")


def _time_word(pattern: re.Pattern, lowered: str, question: str) -> bool:
    """A match of ``pattern``, unless it is capitalised inside a sentence: "Yeni Ufuklar",
    "Son Dakika" and "İlk Adım" are names, not time words; for the earliest, unless a season
    or an event owns it ("sezonun ilk maçında")."""
    for found in pattern.finditer(lowered):
        start = found.start()
        if pattern is _EARLIEST and _OWNER_BEFORE.search(lowered, 0, start) and not re.search(_RECORD, found.group()):
            continue  # (its "ilk haberinde" is still the archive's first report of it)
        sentence_start = not question[:start].strip() or question[:start].rstrip()[-1] in ".?!:"
        if sentence_start or question.isupper() or len(question) != len(lowered) or not question[start].isupper():
            return True
    return False


# --- one finder per kind of expression: (start, end, matched text) or None -------------------
def _range(text: str, today: date):
    m = _RANGE.search(text)
    if not m:
        return None
    first, last = sorted((int(m.group(1)), int(m.group(2))))
    return date(first, 1, 1), date(last, 12, 31), m.group(0)


def _since(text: str, today: date):
    """"2023'ten beri", "Mart 2024'ten bu yana": from then to today."""
    m = _SINCE.search(text)
    if not m:
        return None
    month = MONTH_NUMBERS[m.group(1)] if m.group(1) else 1
    return date(int(m.group(2)), month, 1), today, m.group(0)


def _day(text: str, today: date):
    m = _DAY.search(text)
    if not m:
        return None
    try:
        day = date(int(m.group(3)), MONTH_NUMBERS[m.group(2)], int(m.group(1)))
    except ValueError:
        return None
    return day, day, m.group(0)


def _month_year(text: str, today: date):
    if m := _MONTH_YEAR.search(text):
        year, month = int(m.group(2)), MONTH_NUMBERS[m.group(1)]
    elif m := _YEAR_MONTH.search(text):
        year, month = int(m.group(1)), MONTH_NUMBERS[m.group(2)]
    else:
        return None
    return date(year, month, 1), month_end(year, month), m.group(0)


def _year(text: str, today: date):
    m = _YEAR_ALONE.search(text)
    if not m:
        return None
    year = int(m.group(1))
    return date(year, 1, 1), date(year, 12, 31), m.group(0)


def _last_n(text: str, today: date):
    m = _LAST_N.search(text)
    if not m:
        return None
    count = int(m.group(1)) if m.group(1).isdigit() else _NUMBER_WORDS[m.group(1)]
    unit = m.group(2)
    if unit in ("yıl", "sene"):
        start = _shift_months(today, -12 * count)
    elif unit == "ay":
        start = _shift_months(today, -count)
    else:
        start = today - timedelta(days=count * (7 if unit == "hafta" else 1))
    return start, today, m.group(0)


def counts_from_today(frame: TimeFrame) -> bool:
    """The period is one counted back from today ("bu yıl", "geçen ay", "bu yılki"), not a date of its own."""
    return bool(frame.phrase) and _RELATIVE.fullmatch(turkish_lower(frame.phrase)) is not None


def _relative(text: str, today: date):
    m = _RELATIVE.search(text)
    if not m:
        return None
    previous = m.group(1) != "bu"
    unit = m.group(2)
    if unit in ("yıl", "sene"):
        year = today.year - 1 if previous else today.year
        return date(year, 1, 1), date(year, 12, 31), m.group(0)
    if unit == "ay":
        first = _shift_months(today.replace(day=1), -1 if previous else 0)
        return first, month_end(first.year, first.month), m.group(0)
    monday = today - timedelta(days=today.weekday()) - timedelta(days=7 if previous else 0)
    return monday, monday + timedelta(days=6), m.group(0)


# --- small date helpers ---------------------------------------------------------------------
def _shift_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def _fmt(value: date | None) -> str:
    return format_date(value.isoformat()) if value else "…"


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


# --- the rules: how a question's time shapes retrieval and the answer -------------------------
PERIOD_IN_TEXT = "{period} bir haber bulamadım; bu döneme değinen habere dayandım."
PERIOD_IN_SENTENCE = "{period} bir haber bulamadım; daha sonraki bir haberin bu döneme değinen cümlesine dayandım."
PERIOD_UNDATED = "{period} bir haber bulamadım; tarihi bilinmeyen bir habere dayandım."
PERIOD_AS_WRITTEN = "{period} bir haber bulamadım; “{phrase}” diyen, kendi tarihinden geriye sayan habere dayandım."
UNDATED_ONLY = "Bu konuda tarihli bir haber bulamadım; tarihi bilinmeyen bir habere dayandım."
NEWER_NEWS = ("Bu yanıt {answered} tarihli habere dayanıyor; bu konuda daha yeni bir haber var ({newer}). "
              "Güncel bilgi için sorunuza “en son” ekleyin.")
NEWEST = TimeFrame(recency=True)  # the newest article on a subject, for a question that named no time
OFF_TIMELINE = "Bu bilgiyi veren tarihli haberleri sıralayamadım; en uygun habere dayandım."
# "ne zaman?" answered with no date, from an article without one: "yedi ay önce" is counted
# from a day the archive does not know, and a journalist must be told so.
UNDATED_WHEN = "Bu haberin tarihi arşivde yok; yanıttaki zaman, haberin yazıldığı bilinmeyen güne göredir."


def scoped_filters(filters: Filters, frame: TimeFrame | None) -> Filters:
    """The user's dates and the question's period together: their overlap (a start after the
    end allows nothing), so an answer never claims a period it did not search."""
    if frame is None or not frame.has_period:
        return filters
    starts = [d for d in (filters.date_from, frame.date_from) if d]
    ends = [d for d in (filters.date_to, frame.date_to) if d]
    return replace(filters, date_from=max(starts, default=None), date_to=min(ends, default=None))


def outside_filters(filters: Filters, frame: TimeFrame | None) -> str | None:
    """The question's period lies wholly outside the dates the user chose: the message that
    says so (rather than "no article from that period", which would not be true), or None."""
    scoped = scoped_filters(filters, frame)
    chose_dates = bool(filters.date_from or filters.date_to)  # a future period with none chosen is no conflict
    if not (chose_dates and scoped.date_from and scoped.date_to and scoped.date_from > scoped.date_to):
        return None
    chosen = f"{_fmt(filters.date_from)} – {_fmt(filters.date_to)}"
    return (f"Sorudaki dönem ({frame.period_name()}) seçtiğiniz "
            f"tarih aralığının ({chosen}) dışında; bu dönemi aramak için tarih filtresini değiştirin ya da kaldırın.")


def filters_match_nothing(filters: Filters, snapshot: Snapshot) -> str | None:
    """The dates and category the user chose hold no article at all: the message that says
    which (rather than "nothing found", which would blame the question), or None."""
    allowed = replace(filters, doc_ids=None).mask(snapshot)
    if allowed is None or allowed.any():
        return None
    chosen = []
    if filters.date_from or filters.date_to:
        chosen.append(f"{_fmt(filters.date_from)} – {_fmt(filters.date_to)}")
    if filters.category:
        chosen.append(f"“{filters.category}” kategorisi")
    return (f"Seçtiğiniz filtrelerle ({', '.join(chosen)}) eşleşen bir haber arşivde yok; "
            "filtreleri genişletin ya da kaldırın.")


@dataclass(frozen=True)
class PeriodVerdict:
    """What to answer from when a question names a period."""

    answerable: bool
    use_wider: bool = False  # answer from the best article of any date, with ``notice``
    notice: str | None = None
    absent: bool = False  # the topic is in the archive, the period is not: say so


def judge_period(frame: TimeFrame, period_answers: bool, period_confidence: float, topic_answers: bool,
                 topic_confidence: float, topic_best: Document, drift: float) -> PeriodVerdict:
    """Whether the period really has articles about the question rather than merely the best
    of a few: its best article must be about as relevant (within ``drift``) as the best
    article of any date. "1973'te …" may name the event's year, not the article's: the best
    article of any date answers when it has no date to check or when it speaks of that period."""
    in_period = period_answers and period_confidence >= topic_confidence - drift
    if in_period or not topic_answers:
        return PeriodVerdict(in_period)
    undated = ChunkMeta.of(topic_best).date is None
    if undated or mentions_period(topic_best, frame):
        notice = (PERIOD_UNDATED if undated else PERIOD_IN_TEXT).format(period=frame.period_text())
        return PeriodVerdict(True, use_wider=True, notice=notice)
    if counts_back_as_written(topic_best, frame):
        notice = PERIOD_AS_WRITTEN.format(period=frame.period_text(), phrase=frame.phrase)
        return PeriodVerdict(True, use_wider=True, notice=notice)
    return PeriodVerdict(False, absent=True)


def counts_back_as_written(passage: Document, frame: TimeFrame) -> bool:
    """The question's "son bir yılda" is the article's own words ("kiralar son bir yılda yüzde 38
    arttı"): the reader quotes a period the article counts back from its own day."""
    phrase = turkish_lower(frame.phrase)
    return bool(_LAST_N.fullmatch(phrase)) and phrase in turkish_lower(titled(ChunkMeta.of(passage).title,
                                                                             passage.page_content))


def _season(phrase: str) -> tuple[str, str] | None:
    """"2026-2027": a season or a term of two running years ("2019-2021" is a span of years)."""
    return next((span for span in sorted(year_spans(phrase)) if int(span[1]) == int(span[0]) + 1), None)


REPORTED_WITHIN = 365  # days after a month that an article naming the month reports on it


def mentions_period(passage: Document, frame: TimeFrame) -> bool:
    """Whether the passage names a year of the asked period (at most 30 years are checked),
    or, for a month, names that month in an article of the following year ("Ocak 2017'de …
    kaç varil": an article of March 2017 reports "ocak ayında 9,8 milyon varil")."""
    if not (frame.date_from and frame.date_to):
        return False
    meta = ChunkMeta.of(passage)
    return names_period(titled(meta.title, passage.page_content), meta.date, frame, meta.title)


def refers_to_period(notice: str | None, frame: TimeFrame | None) -> bool:
    """The answer was taken from an article of another date that names the asked period."""
    return frame is not None and notice in (PERIOD_IN_TEXT.format(period=frame.period_text()),
                                            PERIOD_IN_SENTENCE.format(period=frame.period_text()))


def names_period(text: str, published: str | None, frame: TimeFrame, title: str = "") -> bool:
    """The text names a year of the asked period, or its month in an article of the year after,
    or, for one year asked as "geçen yıl", says so in an article of the year after ("Geçen
    yılki festivalin ziyaretçi sayısı 11 bin olmuştu" in June 2023 speaks of 2022; a year asked
    by its number is said so only in the answering sentence: ``said_last_year``), or says "bir
    önceki yıl" of it (a report on 2025, ``title``d so, gives 2024's figure as the year before's)."""
    if not (frame.date_from and frame.date_to):
        return False
    if _names_month_after(text, published, frame):
        return True
    if frame.date_from.year == frame.date_to.year and year_before_said(text, title, published) == frame.date_to.year:
        return True
    if _SAYS_LAST_YEAR.match(turkish_lower(frame.phrase)) and said_last_year(text, published, frame):
        return True
    season = _season(frame.phrase)
    if season:  # "2026-2027 döneminde": an article on the 2025-2026 term names 2026 of another season
        return season in year_spans(text) or season_before_said(text, title) == season
    years = range(frame.date_from.year, min(frame.date_to.year, frame.date_from.year + 30) + 1)
    return any(re.search(rf"(?<!\d){year}(?!\d)", text) for year in years)


def said_last_year(text: str, published: str | None, frame: TimeFrame) -> bool:
    """For one year asked, the text, of an article of the year after, says "geçen yıl" or "bir
    önceki yıl" ("2024'te kaç kızamık vakası görüldü?": "Geçen yıl ilçede 37 kızamık vakası
    görülmüştü" in November 2025)."""
    return bool(frame.date_from and frame.date_to and frame.date_from.year == frame.date_to.year and published
                and published[:4] == str(frame.date_to.year + 1) and _SAYS_LAST_YEAR.search(turkish_lower(text)))


_SAYS_LAST_YEAR = re.compile(r"(?<!\w)(?:geçen|bir\s+önceki)\s+(?:yıl|sezon)")


def of_another_month(sentence: str, frame: TimeFrame) -> bool:
    """For a one-month period, the sentence gives its fact for another month it names, never the
    asked one ("Kasım 2024'te PM2.5 ortalaması": "Aralık 2024'te havadaki ince partikül …")."""
    start, end = frame.date_from, frame.date_to
    if not (start and end) or (start.year, start.month) != (end.year, end.month):
        return False
    said = {MONTH_NUMBERS[m] for m in re.findall(rf"(?<!\w)({'|'.join(MONTH_NUMBERS)})", turkish_lower(sentence))}
    return bool(said) and start.month not in said


def _names_month_after(text: str, published: str | None, frame: TimeFrame) -> bool:
    """A one-month period, named by its month in an article dated within a year after it."""
    start, end = frame.date_from, frame.date_to
    if not (start and end and published) or (start.year, start.month) != (end.year, end.month):
        return False
    if not end.isoformat() <= published <= (end + timedelta(days=REPORTED_WITHIN)).isoformat():
        return False
    month = turkish_lower(MONTHS[start.month - 1])
    return bool(re.search(rf"(?<!\w){month}", turkish_lower(text)))


def pick_by_date(passages: list[Document], answering: list[int], newest: bool) -> tuple[list[Document], bool]:
    """Among the ``answering`` passages (positions), the newest (or the oldest) goes first.
    False when none of them is dated (the order is then left alone)."""
    dated = [i for i in answering if ChunkMeta.of(passages[i]).date_int]
    if not dated:
        return passages, False
    pick = max if newest else min
    first = pick(dated, key=lambda i: ChunkMeta.of(passages[i]).date_int)
    return [passages[first]] + [p for i, p in enumerate(passages) if i != first], True


def dated_text(text: str, published: str | None) -> str:
    """"20 Kasım 2024 tarihli habere göre: …" for answers to time and "ne zaman" questions."""
    return f"{format_date(published)} tarihli habere göre: {text}" if published else text


def other_periods(frame: TimeFrame, passages: list[Document], on_topic: list[int]) -> tuple[str, list[int]]:
    """The archive has the topic but nothing from the asked period: the text that says so,
    listing up to three dates it does have, and the positions of the passages it cites."""
    # an article of the asked period was read there and did not answer: it is no other period's
    outside = [i for i in on_topic if not frame.holds(ChunkMeta.of(passages[i]).date)]
    ordered = sorted(outside, key=lambda i: ChunkMeta.of(passages[i]).date or "9999")[:3]
    if not ordered:
        return f"{frame.period_text().capitalize()} haberlerde bu konuda bilgi bulamadım.", []
    listed = ", ".join(f"{date_label(ChunkMeta.of(passages[i]).date)} [{i + 1}]" for i in ordered)
    text = (f"Arşivde bu konuda haberler var, ancak {frame.period_text()} bir haber bulamadım. "
            f"Bu konudaki haberler: {listed}.")
    return text, ordered
