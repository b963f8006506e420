"""The date and category filters as the chat and the API read them: Turkish date forms, the
panel's one-line title, and the Turkish message for a date that cannot be read."""

from __future__ import annotations

from datetime import date
from types import SimpleNamespace

import pytest

from rag.language.dates import Period, parse_period
from rag.qa import AskError
from rag.retrieval import Filters
from ui.answers import AnswerStore
from ui.chat import MODE_ANSWER, MODE_BRIEF, ChatHandlers, filter_summary
from ui.filters import ALL_CATEGORIES, parse_filters, read_date
from ui.render import VIEW_CARDS, VIEW_TIMELINE


@pytest.mark.parametrize(("typed", "first", "last"), [
    ("15.03.2024", date(2024, 3, 15), date(2024, 3, 15)),
    ("5.3.2024", date(2024, 3, 5), date(2024, 3, 5)),
    ("15/03/2024", date(2024, 3, 15), date(2024, 3, 15)),
    ("15 Mart 2024", date(2024, 3, 15), date(2024, 3, 15)),
    ("  15   MART   2024 ", date(2024, 3, 15), date(2024, 3, 15)),
    ("1 Şubat 2024", date(2024, 2, 1), date(2024, 2, 1)),
    ("1 subat 2024", date(2024, 2, 1), date(2024, 2, 1)),  # typed without Turkish letters
    ("20 AĞUSTOS 2023", date(2023, 8, 20), date(2023, 8, 20)),
    ("Mart 2024", date(2024, 3, 1), date(2024, 3, 31)),
    ("şubat 2024", date(2024, 2, 1), date(2024, 2, 29)),  # a leap year's February
    ("Aralık 2023", date(2023, 12, 1), date(2023, 12, 31)),
    ("Aralik 2023", date(2023, 12, 1), date(2023, 12, 31)),
    ("03.2024", date(2024, 3, 1), date(2024, 3, 31)),
    ("2024", date(2024, 1, 1), date(2024, 12, 31)),
    ("2024-03-15", date(2024, 3, 15), date(2024, 3, 15)),
    ("2024-03-15T00:00:00", date(2024, 3, 15), date(2024, 3, 15)),  # the old date picker's value
    ("2024-03-15 10:30:00", date(2024, 3, 15), date(2024, 3, 15)),
    ("2024-03", date(2024, 3, 1), date(2024, 3, 31)),
])
def test_turkish_date_forms_are_read(typed, first, last):
    assert parse_period(typed) == Period(first, last)


@pytest.mark.parametrize("typed", ["dün", "geçen yıl", "31.02.2024", "15.13.2024", "15 Martt 2024", "Mart",
                                   "24", "2024-13-01", "15 Mart 2024 Cuma saat 10", "0000"])
def test_a_date_that_cannot_be_read_is_an_error_never_ignored(typed):
    with pytest.raises(ValueError):
        parse_period(typed)
    with pytest.raises(AskError, match="Başlangıç tarihi anlaşılamadı") as raised:
        parse_filters(typed, "", "")
    assert "15.03.2024" in str(raised.value) and "Mart 2024" in str(raised.value)  # it says what to write
    with pytest.raises(AskError, match="Bitiş tarihi anlaşılamadı"):
        parse_filters("", typed, "")


def test_a_month_or_year_means_its_first_day_as_start_and_last_day_as_end():
    assert parse_filters("Mart 2024", "Mart 2024", None) == Filters(date(2024, 3, 1), date(2024, 3, 31))
    assert parse_filters("2019", "2020", ALL_CATEGORIES) == Filters(date(2019, 1, 1), date(2020, 12, 31))
    assert parse_filters("15.03.2024", "", "Kültür") == Filters(date(2024, 3, 15), None, "Kültür")
    assert parse_filters("", "", "") == Filters()
    assert read_date("Şubat 2023", "Bitiş", end=True) == date(2023, 2, 28)
    assert read_date("  ", "Bitiş") is None


def test_a_range_that_ends_before_it_starts_is_refused():
    with pytest.raises(AskError, match="Başlangıç tarihi bitiş tarihinden sonra olamaz"):
        parse_filters("Nisan 2024", "Mart 2024", "")
    assert parse_filters("Mart 2024", "15.03.2024", "") == Filters(date(2024, 3, 1), date(2024, 3, 15))


def test_period_labels_read_as_written():
    assert parse_period("15.03.2024").label == "15 Mart 2024"
    assert parse_period("03.2024").label == "Mart 2024"
    assert parse_period("2024").label == "2024"
    assert Period(date(2024, 3, 1), date(2024, 5, 31)).label == "1 Mart 2024 – 31 Mayıs 2024"


@pytest.mark.parametrize(("fields", "title"), [
    (("", "", ALL_CATEGORIES, MODE_ANSWER, VIEW_CARDS), "Filtreler · tüm arşiv"),
    (("15.03.2024", "", ALL_CATEGORIES, MODE_ANSWER, VIEW_CARDS), "Filtreler · 15 Mart 2024 – …"),
    (("", "Mart 2024", ALL_CATEGORIES, MODE_ANSWER, VIEW_CARDS), "Filtreler · … – Mart 2024"),
    (("Mart 2024", "Mart 2024", "Kültür", MODE_ANSWER, VIEW_CARDS), "Filtreler · Mart 2024 · Kültür"),
    (("2019", "2021", ALL_CATEGORIES, MODE_BRIEF, VIEW_TIMELINE),
     "Filtreler · 1 Ocak 2019 – 31 Aralık 2021 · mod: Arka plan · kaynaklar: Zaman çizelgesi"),
    # a stranger read "Filtreler · Zaman çizelgesi" as a filter: the view and the mode are named as such
    (("", "", ALL_CATEGORIES, MODE_ANSWER, VIEW_TIMELINE), "Filtreler · tüm arşiv · kaynaklar: Zaman çizelgesi"),
    (("dün", "", "Kültür", MODE_ANSWER, VIEW_CARDS), "Filtreler · ⚠ tarih anlaşılamadı · Kültür"),
    (("2024", "2023", ALL_CATEGORIES, MODE_ANSWER, VIEW_CARDS), "Filtreler · ⚠ başlangıç bitişten sonra"),
])
def test_the_filter_panel_title_names_the_active_filters(fields, title):
    assert filter_summary(*fields) == title


def test_date_fields_are_checked_with_a_turkish_message_beside_them(settings):
    chat = ChatHandlers(SimpleNamespace(settings=settings), AnswerStore(capacity=1))
    assert [c["is_valid"] for c in chat.check_dates("15.03.2024", "Mart 2024")] == [True, True]
    start, end = chat.check_dates("dün", "")
    assert not start["is_valid"] and start["message"].startswith("Başlangıç tarihi anlaşılamadı: 'dün'")
    assert end["is_valid"]
    _, end = chat.check_dates("2024", "Mart 2023")
    assert not end["is_valid"] and end["message"] == "Başlangıç tarihi bitiş tarihinden sonra olamaz."
    assert chat.filter_title("", "2024", ALL_CATEGORIES, MODE_ANSWER, VIEW_CARDS).label == "Filtreler · … – 2024"


def test_the_cli_reads_dates_as_the_app_does(capsys):
    """`rag ask --from "Mart 2024"` was an English argparse error (a stranger's trial)."""
    from rag.cli import build_parser

    args = build_parser().parse_args(["ask", "soru", "--from", "Mart 2024", "--to", "2024"])
    assert (args.date_from, args.date_to) == (date(2024, 3, 1), date(2024, 12, 31))
    with pytest.raises(SystemExit):
        build_parser().parse_args(["brief", "konu", "--to", "31.02.2024"])
    err = capsys.readouterr().err
    assert "tarih anlaşılamadı: '31.02.2024'" in err
    assert err.startswith("kullanım: python -m rag brief") and "hata: --to: tarih" in err  # no English around it
