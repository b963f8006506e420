"""News time: dates into the index, periods and recency out of questions, dated answers, briefs."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from conftest import ROOT
from langchain_core.documents import Document

from ingest.loaders import load_file
from ingest.pipeline import ingest
from rag.answer.brief import write_brief
from rag.answer.digest import DIGEST_CAP, NARROW
from rag.language.dates import format_date
from rag.newstime import (
    NEWER_NEWS,
    UNDATED_ONLY,
    dated_text,
    judge_period,
    mentions_period,
    other_periods,
    outside_filters,
    parse_timeframe,
    pick_by_date,
    scoped_filters,
)
from rag.qa import FILTERED_OUT, ArchiveQA
from rag.retrieval import Filters
from rag.settings import Settings

TODAY = date(2025, 6, 30)  # a Monday
DATED = ROOT / "bench" / "dated" / "articles"


# --- Turkish time expressions -----------------------------------------------------------------
@pytest.mark.parametrize(("question", "start", "end", "label"), [
    ("2021'de festival başkanı kimdi?", date(2021, 1, 1), date(2021, 12, 31), "2021 yılına ait haberlerde aradım"),
    ("2021 yılında kim seçildi?", date(2021, 1, 1), date(2021, 12, 31), "2021 yılına ait"),
    ("2021 yılındaki karar ne oldu?", date(2021, 1, 1), date(2021, 12, 31), "2021 yılına ait"),
    ("2019'daki festivale kim katıldı?", date(2019, 1, 1), date(2019, 12, 31), "2019 yılına ait"),
    ("Mart 2024'te ne oldu?", date(2024, 3, 1), date(2024, 3, 31), "Mart 2024 tarihli haberlerde"),
    # the year first (the 80th stranger's "2024 şubatında" was read as no time at all)
    ("2024 şubatında altın kaç dinardı?", date(2024, 2, 1), date(2024, 2, 29), "Şubat 2024 tarihli haberlerde"),
    ("2024 yılının nisan ayında ne oldu?", date(2024, 4, 1), date(2024, 4, 30), "Nisan 2024 tarihli haberlerde"),
    ("ŞUBAT 2024 haberleri", date(2024, 2, 1), date(2024, 2, 29), "Şubat 2024 tarihli"),
    ("15 Mart 2024'te ne oldu?", date(2024, 3, 15), date(2024, 3, 15), "15 Mart 2024 tarihli"),
    ("2019-2021 arasında kaç kişi katıldı?", date(2019, 1, 1), date(2021, 12, 31), "2019–2021 yılları arasındaki"),
    ("2019 ile 2021 arasında ne oldu?", date(2019, 1, 1), date(2021, 12, 31), "2019–2021"),
    ("2019'dan 2021'e kadar kimler başkanlık yaptı?", date(2019, 1, 1), date(2021, 12, 31), "2019–2021"),
    ("Geçen yıl kaç kişi geldi?", date(2024, 1, 1), date(2024, 12, 31), "2024 yılına ait"),
    ("geçen sene ne değişti?", date(2024, 1, 1), date(2024, 12, 31), "2024 yılına ait"),
    ("Bu yıl ne oldu?", date(2025, 1, 1), TODAY, "1 Ocak 2025 – 30 Haziran 2025"),
    ("Bu ay ne oldu?", date(2025, 6, 1), TODAY, "Haziran 2025 tarihli"),
    ("Geçen ay ne oldu?", date(2025, 5, 1), date(2025, 5, 31), "Mayıs 2025 tarihli"),
    ("Son iki yılda neler oldu?", date(2023, 6, 30), TODAY, "30 Haziran 2023 – 30 Haziran 2025"),
    ("Son 3 ayda kaç kişi geldi?", date(2025, 3, 30), TODAY, "30 Mart 2025"),
    ("Geçen hafta ne oldu?", date(2025, 6, 23), date(2025, 6, 29), "23 Haziran 2025 – 29 Haziran 2025"),
    ("Bu hafta ne oldu?", date(2025, 6, 30), TODAY, "30 Haziran 2025"),
    ("2023'ten beri neler oldu?", date(2023, 1, 1), TODAY, "1 Ocak 2023 – 30 Haziran 2025"),
    ("Mart 2024'ten bu yana kaç kişi geldi?", date(2024, 3, 1), TODAY, "1 Mart 2024 – 30 Haziran 2025"),
    ("2020'den itibaren ne değişti?", date(2020, 1, 1), TODAY, "1 Ocak 2020"),
])
def test_periods_in_questions(question, start, end, label):
    frame = parse_timeframe(question, TODAY)
    assert (frame.date_from, frame.date_to) == (start, end)
    assert label in frame.label()
    assert frame.to_dict()["date_from"] == start.isoformat()


@pytest.mark.parametrize("question", [
    "Derneğin en son başkanı kim?", "Şu anki başkan kim?", "Şu anda uçuşlar ne durumda?",
    "Güncel kitap sayısı ne?", "Yeni başkan kim?", "Kararın son durumu ne?", "En güncel rakam ne?",
    "Halihazırda derneği kim yönetiyor?", "Hâlihazırda kaç üye var?", "Hâlen görevde mi?",
    "DERNEĞİN EN SON BAŞKANI KİM?", "Kerkük'te mi? Yeni başkan kim?",
    "Kerkük'te bugünlerde neler oluyor?", "Derneğin başında şu günlerde kim var?", "Geçenlerde ne karar çıktı?",
    "Derneğin artık kaç üyesi var?", "Dolar bugün kaç dinar?",
    "su anki baskan kim", "simdiki genel sekreter kim",  # typed without Turkish letters
    "Geçen gün Kerkük'teki gösteride ne oldu?", "Yeni bir gelişme var mı?", "Yeni atanan vali hangi partiden?",
    "Gönderilen son yardım tırı ne zaman ulaştı?",
    # the last of a series of events; the point a matter has reached; the present holder
    "Son seçimde kaç sandalye kazandılar?", "Partinin son kongresinde kim başkan seçildi?",
    "Kota tartışmasında gelinen son nokta ne?", "Mecliste mevcut sandalye sayısı kaç?",
    "Mevcut vali hangi partiden?", "Son genel seçimde kaç sandalye kazandılar?", "Takım bu sezon kaçıncı?",
    "Geçtiğimiz günlerde yaşanan saldırıda kaç kişi yaralandı?", "En taze haberler neler?",
    "En yakın tarihli kongrede kim seçildi?", "Kulübün güncel konumu ne?",
    # a relative clause makes "son" the latest of a series; "yeni çıkan haberler"
    "İki ülke arasında imzalanan son anlaşma hangisi?", "Kerkük'e gelen son heyet kimlerle görüştü?",
    "Hasatla ilgili yeni çıkan haberler var mı?",
    # the latest of a series in the possessive; "son ne" (a blind list's misses)
    "Hükümetin Türkmenlere yönelik son kararı ne oldu?", "Takımın son maçı kaçla bitti?",
    "Nüfus sayımı konusunda son ne karar alındı?", "Derneğin düzenlediği son etkinlik neydi?",
    "Kerkük'te en yeni gelişme ne?", "Baraj hakkında en yeni haberler neler?",
    "En yeni verilere göre Kerkük'te işsizlik oranı ne?",  # (a reviewer's: "en yeni" is the newest report's)
])
def test_recency_words(question):
    frame = parse_timeframe(question, TODAY)
    assert frame.recency and not frame.has_period
    assert frame.label() == "En yeni haberi esas aldım"


@pytest.mark.parametrize("question", [
    "Festival ilk kez ne zaman düzenlendi?", "En eski haberde kaç kişi vardı?", "Radyo ilk başta kaç saat yayındaydı?",
    "Başlangıçta kaç üye vardı?", "Uçuşlar ilk olarak haftada kaç seferdi?", "İlk haberde kaç öğrenci vardı?",
    "Dernek ilk kurulduğunda başkanı kimdi?", "Sorun gündeme ilk geldiğinde ne denmişti?",
    "Okul açıldığı zaman kaç öğrencisi vardı?", "Patlamalarla ilgili ilk raporda ne yazıyordu?",
    "Kuruluş aşamasında kimler vardı?", "Kriz en başında nasıl başlamıştı?", "Burs ilk zamanlarında nasıl işliyordu?",
    "Festival daha önce düzenlenmiş miydi, ilki ne zamandı?", "baslangicta kac parti vardi",
    "Meclise ilk kez hangi seçimde girdi?", "Festival ilk kez hangi yılda düzenlendi?", "İlk haberinde ne yazıyordu?",
    "Patlamayı ilk duyuran haber hangisiydi?", "Karara ilk tepki kimden geldi?", "Parti başlarda kimlerle çalıştı?",
    "Turnuva ilk kez hangi sezonda düzenlendi?", "İlk seçimde kaç sandalye almıştı?",
    # when the first of something happened: the time of its first occurrence is asked
    "Şairin ilk şiir kitabı hangi yıl basıldı?", "İlk Türkmen kültür festivali hangi yıl düzenlendi?",
    "Meclise ilk kez kaç milletvekiliyle girdiler?", "Referandumdan ilk söz eden haber hangisi?",
    # the year before "ilk kez"; "en eskisi"; "ne zamandı" (a blind list's misses)
    "Radyo yayını hangi yılda ilk kez yapıldı?", "Derneklerin en eskisi hangisi?",
    "Telafer'e ulaşan ilk yardım ne zamandı?", "Takım ilk maçını kime karşı oynamıştı?",
    "Cephe ile Ankara arasındaki ilk görüşme nerede yapıldı?",
])
def test_earliest_words(question):
    frame = parse_timeframe(question, TODAY)
    assert frame.earliest and not frame.recency and not frame.has_period
    assert frame.label() == "En eski haberi esas aldım"


@pytest.mark.parametrize("question", [
    "Konferansı kim düzenledi?", "2021 seçimlerini kim kazandı?", "Festival kaç gün sürdü?",
    "İlkbahar şenliği nerede yapıldı?",
    "İlişkilerde Yeni Ufuklar yazısı neyi anlatıyor?", "Kerkük'te Son Dakika ajansı ne yazdı?",  # names
    # "yeni", "son", "ilk" as plain adjectives: no time intent
    "Yeni su arıtma tesisi nerede?", "Yeni açılan okulun adı ne?", "Luther'in son cümlesi neydi?",
    "Derneğin ilk kadın başkanı kim?", "Kulübün ilk yöneticisi kimdi?", "Eski Kerkük valisi kimdir?",
    "Festivalde ilk kez ne düzenlendi?", "Yılın son günü ne yapıldı?",
    "Fuarda ilk kez hangi bölüm açıldı?",
    "Ramazan'ın ilk gününde hangi gelenekler yaşatılır?", "İlk yardım kursu nerede veriliyor?",
    "Şimdiki zaman eki nasıl söyleniyor?", "Şimdi okuduğum haberde geçen kelime ne demek?",
    "Şimdiye kadarki en büyük festival hangisi?",
    "Ligin en başarılı takımı hangisi?", "Kulübün ilk başkanı kimdi?", "İlk bilgisayar laboratuvarı nerede?",
    # the first part of a season or an event (a stranger's "ilk maçında" got the oldest article's coach)
    "Göygöl FK sezonun ilk maçında kimle oynayacak?", "Festivalin ilk gününde kim konuştu?",
    "İlk izci kampı nerede kuruldu?", "Maçın başlangıç saati kaç?", "Maratonda sonuncu kim oldu?",
    "Artık yıl nedir?", "Okulun yakınlarda bir parkı var mı?", "İlk yazılım ürünü neydi?",
    # a first one yet to come is stated by an article ("2027 baharında" was read as the earliest)
    "Zeytin fidanlarından ilk hasat ne zaman bekleniyor?", "İlk sefer ne zaman yapılacak?",
    # someone else's words, in quotes of every kind; "şimdi" as a filler
    "“Artık dayanamıyoruz” diyen çiftçiler ne istiyor?", "'Son sözü Kerkük söyleyecek' diyen kim?",
    '"En son biz gideriz" sözü kimin?', "«Yeni dönem» başlıklı yazıyı kim yazdı?",
    "Şimdi şöyle sorayım, Türkmeneli ne demek?", "Şirketin son çeyrek kârı ne kadar?",
    "simdi bana okullarin listesini verir misin", "Kitabın son bölümünde ne anlatılıyor?",
    "Kerkük'te mevcut olan okullar hangileri?", "Konferansın son oturumunda ne konuşuldu?",
    "Güncel konular panelinde kim konuştu?", "Bağdat'a giderken son kontrol noktası nerede?",
    "Kerkük'ten son otobüs kaçta kalkıyor?",
    # idioms and fillers: "son dakika", "son model", "son olarak şunu", "şimdi şunu"
    "Futbolcunun attığı son dakika golü hangi maçtaydı?", "Gönderilen son model ambulanslar nereye verildi?",
    "Son olarak şunu sorayım, Kerkük Türkçesi hangi lehçeye giriyor?", "Şimdi şunu merak ediyorum, Telafer nerede?",
    # counted back from an event the question names, not from today
    "Ocakçı atandığında son dört ayda Telafer'e kaç aile geri dönmüştü?",
    "Vali göreve geldiğinde geçen yıl kaç proje bitmişti?",
    # "güncellenmesi" is being updated, not "güncel" (blind list 13's first run)
    "Kerkük seçmen listelerinin güncellenmesi neden tartışma yarattı?",
])
def test_no_time_word_no_frame(question):
    assert parse_timeframe(question, TODAY) is None


def test_period_and_recency_together_and_no_future():
    frame = parse_timeframe("2025'teki en son karar ne?", TODAY)
    assert frame.recency and frame.date_to == TODAY  # never past today
    assert parse_timeframe("son iki yılda", TODAY).recency is False  # "son" of a period is not recency


@pytest.mark.parametrize(("question", "today", "start", "end"), [
    ("Geçen ay ne oldu?", date(2025, 1, 15), date(2024, 12, 1), date(2024, 12, 31)),  # across the new year
    ("Geçen yıl ne oldu?", date(2025, 1, 1), date(2024, 1, 1), date(2024, 12, 31)),
    ("Geçen yılki festivale kim geldi?", TODAY, date(2024, 1, 1), date(2024, 12, 31)),
    ("Bu sene kaç kişi geldi?", TODAY, date(2025, 1, 1), TODAY),
    ("Önceki ay ne oldu?", TODAY, date(2025, 5, 1), date(2025, 5, 31)),
    ("Geçtiğimiz hafta ne oldu?", TODAY, date(2025, 6, 23), date(2025, 6, 29)),
    ("Geçen hafta ne oldu?", date(2025, 6, 29), date(2025, 6, 16), date(2025, 6, 22)),  # on a Sunday
    ("Son 3 ayda ne oldu?", date(2025, 5, 31), date(2025, 2, 28), date(2025, 5, 31)),  # no 31 February
    ("Son iki yılda ne oldu?", date(2024, 2, 29), date(2022, 2, 28), date(2024, 2, 29)),  # nor a 29th in 2022
    ("Son on iki ayda ne oldu?", TODAY, date(2024, 6, 30), TODAY),
    ("Son beş günde ne oldu?", TODAY, date(2025, 6, 25), TODAY),
    ("Son iki haftada ne oldu?", TODAY, date(2025, 6, 16), TODAY),
    ("Son 10 haftada ne oldu?", TODAY, date(2025, 4, 21), TODAY),
])
def test_relative_periods_at_the_edges_of_months_and_years(question, today, start, end):
    frame = parse_timeframe(question, today)
    assert (frame.date_from, frame.date_to) == (start, end) and not frame.recency


@pytest.mark.parametrize(("question", "start", "end"), [
    ("2021’de ne oldu?", date(2021, 1, 1), date(2021, 12, 31)),  # typographic apostrophe
    ("2021de ne oldu?", date(2021, 1, 1), date(2021, 12, 31)),  # apostrophe left out
    ("2021 senesinde ne oldu?", date(2021, 1, 1), date(2021, 12, 31)),
    ("2021 yılı bütçesi ne kadardı?", date(2021, 1, 1), date(2021, 12, 31)),
    ("2021-2019 arasında ne oldu?", date(2019, 1, 1), date(2021, 12, 31)),  # years in either order
    ("2019 ve 2021 yılları arasında ne oldu?", date(2019, 1, 1), date(2021, 12, 31)),
    ("2019’dan 2021’e kadar ne oldu?", date(2019, 1, 1), date(2021, 12, 31)),
    ("31 Şubat 2024'te ne oldu?", date(2024, 2, 1), date(2024, 2, 29)),  # no such day: its month
    ("S\u0327ubat 2024'te ne oldu?", date(2024, 2, 1), date(2024, 2, 29)),  # decomposed Ş (NFD)
    ("mart 2024 haberleri", date(2024, 3, 1), date(2024, 3, 31)),
])
def test_written_forms_of_years_ranges_and_months(question, start, end):
    frame = parse_timeframe(question, TODAY)
    assert (frame.date_from, frame.date_to) == (start, end)


def test_a_frame_tells_what_it_did_and_carries_its_words():
    frame = parse_timeframe("2025'teki en son karar ne?", TODAY)
    assert frame.phrase == "2025'teki" and frame.by_date and frame.has_period
    assert parse_timeframe("Mart 2024'te ne oldu?", TODAY).phrase == "Mart 2024"  # as the user wrote it
    assert frame.label() == "1 Ocak 2025 – 30 Haziran 2025 arasındaki haberlerde aradım; en yeni haberi esas aldım"
    assert frame.to_dict() == {"date_from": "2025-01-01", "date_to": "2025-06-30", "recency": True,
                               "earliest": False, "phrase": "2025'teki", "label": frame.label()}
    both = parse_timeframe("İlk ve en son başkan kim?", TODAY)  # the newest wins; never both ends
    assert both.recency and not both.earliest and not both.has_period
    assert both.to_dict()["date_from"] is None and both.to_dict()["date_to"] is None
    assert parse_timeframe("2021 seçimlerini kim kazandı?", TODAY) is None  # a topic
    assert parse_timeframe("2021 yılında seçimleri kim kazandı?", TODAY).has_period  # a period


# --- the time rules, on passages made in memory ---------------------------------------------------
def _passage(doc: str, text: str, day: str | None) -> Document:
    metadata = {"doc_id": f"articles/{doc}.txt", "doc_version": "v1", "title": doc.capitalize(), "source": doc}
    if day:
        metadata["date"] = day
    return Document(page_content=text, id=f"articles/{doc}.txt::v1::c0", metadata=metadata)


DERNEK = [_passage("dernek-2021", "Derneğin yeni başkanı Mehmet Bayatlı seçildi.", "2021-05-22"),
          _passage("dernek-2024", "Derneğin ilk kadın başkanı Ayşe Kerküklü oldu.", "2024-11-20"),
          _passage("tarihsiz", "Dernek 1973'te kuruldu.", None),
          _passage("dernek-2019", "Derneğin başkanı Ahmet Yılmaz yeniden seçildi.", "2019-04-10")]


def test_the_question_period_and_the_users_dates_filter_together():
    frame = parse_timeframe("2021'de kim seçildi?", TODAY)
    assert scoped_filters(Filters(category="Kültür"), frame) == Filters(date(2021, 1, 1), date(2021, 12, 31), "Kültür")
    assert scoped_filters(Filters(date_from=date(2021, 6, 1)), frame) == Filters(date(2021, 6, 1), date(2021, 12, 31))
    apart = Filters(date_from=date(2023, 1, 1))
    assert scoped_filters(apart, frame) == Filters(date(2023, 1, 1), date(2021, 12, 31))  # nothing is in both
    assert scoped_filters(apart, None) is apart
    assert scoped_filters(Filters(), parse_timeframe("En son başkan kim?", TODAY)) == Filters()  # no period


def test_newest_or_oldest_answering_passage_goes_first():
    newest, moved = pick_by_date(DERNEK, [0, 1, 2], newest=True)
    assert moved and [p.metadata["doc_id"] for p in newest] == [
        "articles/dernek-2024.txt", "articles/dernek-2021.txt", "articles/tarihsiz.txt", "articles/dernek-2019.txt"]
    oldest, _ = pick_by_date(DERNEK, [0, 1, 2], newest=False)  # 2019 does not answer: not picked
    assert oldest[0].metadata["doc_id"] == "articles/dernek-2021.txt" and len(oldest) == 4
    untouched, moved = pick_by_date(DERNEK, [2], newest=True)  # only the undated one answers
    assert not moved and untouched == DERNEK
    assert dated_text("Başkan Ayşe Kerküklü oldu [1].", "2024-11-20") == \
        "20 Kasım 2024 tarihli habere göre: Başkan Ayşe Kerküklü oldu [1]."
    assert dated_text("Dernek 1973'te kuruldu [1].", None) == "Dernek 1973'te kuruldu [1]."


def test_a_period_the_archive_lacks_is_judged_against_the_best_article_of_any_date():
    frame = parse_timeframe("1973'te dernek kuruldu mu?", TODAY)
    close = judge_period(frame, True, 0.90, True, 0.95, DERNEK[0], drift=0.1)
    assert close.answerable and not close.use_wider and not close.absent
    far = judge_period(frame, True, 0.70, True, 0.95, DERNEK[0], drift=0.1)  # the period's best is far worse
    assert not far.answerable and far.absent
    silent = judge_period(frame, False, 0.0, False, 0.5, DERNEK[0], drift=0.1)  # the topic is not in the archive
    assert not silent.answerable and not silent.absent
    undated = judge_period(frame, False, 0.0, True, 0.95, DERNEK[2], drift=0.1)
    assert undated.use_wider and "tarihi bilinmeyen" in undated.notice
    names_year = _passage("dernek-2021", "Dernek 1973 yılında kuruldu; 2021'de yeni başkanını seçti.", "2021-05-22")
    assert mentions_period(names_year, frame) and not mentions_period(DERNEK[0], frame)
    in_text = judge_period(frame, False, 0.0, True, 0.95, names_year, drift=0.1)
    assert in_text.use_wider and in_text.notice.startswith("1973 yılına ait bir haber bulamadım")


def test_a_season_is_spoken_of_only_as_that_season():
    """"2026-2027 döneminde ayda kaç dolar" got the 2025-2026 grant (a blind near miss): an
    article naming 2026 as the end of another term does not speak of the asked one."""
    frame = parse_timeframe("Vakıf 2026-2027 döneminde ayda kaç dolar verecek?", TODAY)
    other = _passage("burs-2025", "Vakıf 2025-2026 döneminde bursiyerlere ayda 275 dolar verecek.", "2025-08-22")
    same = _passage("burs-2026", "Vakıf 2026-2027 döneminde bursiyerlere ayda 300 dolar verecek.", "2025-08-22")
    short = _passage("burs-2026k", "2026/27 döneminde bursiyerlere ayda 300 dolar verilecek.", "2025-08-22")
    assert not mentions_period(other, frame) and mentions_period(same, frame) and mentions_period(short, frame)
    assert frame.period_text() == "2026-2027 dönemine ait"  # not the calendar's "1 Ocak 2026 – …" clamped to today
    span = parse_timeframe("2019-2021 arasında kaç kişi katıldı?", TODAY)  # a span of years, no season
    assert mentions_period(_passage("d", "Derneğe 2020'de 40 kişi katıldı.", "2022-01-05"), span)


def test_other_periods_lists_the_dates_the_archive_has_oldest_first():
    frame = parse_timeframe("2020'de dernek başkanı kimdi?", TODAY)
    text, cited = other_periods(frame, DERNEK, [0, 1, 3])
    assert cited == [3, 0, 1]
    assert text == ("Arşivde bu konuda haberler var, ancak 2020 yılına ait bir haber bulamadım. Bu konudaki "
                    "haberler: 10 Nisan 2019 [4], 22 Mayıs 2021 [1], 20 Kasım 2024 [2].")


def test_an_article_of_the_asked_period_is_not_listed_as_another_periods():
    """A stranger's find: "2023 yılına ait bir haber bulamadım. Bu konudaki haberler: 20 Kasım
    2023 [1]": an article of the period was read there and did not answer."""
    frame = parse_timeframe("2021'de dernek başkanı kimdi?", TODAY)
    text, cited = other_periods(frame, DERNEK, [0, 1, 3])
    assert cited == [3, 1] and "22 Mayıs 2021" not in text
    alone, none = other_periods(frame, DERNEK, [0])
    assert none == [] and alone == "2021 yılına ait haberlerde bu konuda bilgi bulamadım."


# --- dates from every source format --------------------------------------------------------------
def _date_of(path: Path) -> str | None:
    return load_file(path, f"t/{path.name}", 10**7).documents[0].metadata["date"]


@pytest.mark.parametrize(("dateline", "expected"), [
    ("15 Mart 2024", "2024-03-15"), ("15.03.2024", "2024-03-15"), ("15 Mart 2024 Cuma", "2024-03-15"),
    ("KERKÜK – 2 ARALIK 2023", "2023-12-02"), ("Cumartesi, 1 Şubat 2020", "2020-02-01"),
])
def test_text_dateline(write, dateline, expected):
    path = write("haber.txt", f"Başlık\n\n{dateline}\n\nKerkük'te bir toplantı yapıldı ve kararlar alındı.")
    document = load_file(path, "t/haber.txt", 10**7).documents[0]
    assert document.metadata["date"] == expected
    assert dateline not in document.page_content  # the dateline is metadata, not a sentence


@pytest.mark.parametrize("dateline", ["14.03.2022", "14 Mart 2022"])
def test_a_dateline_right_under_the_title_is_read(write, dateline):
    """The eighteenth stranger's school article had its date alone on the line under the title,
    no blank line after it: cleaning joined it with the first paragraph, the article was stored
    undated and its date was glued into the answers' first sentence."""
    path = write("okul.txt", f"Tuzhurmatu'da yeni okul açıldı\n{dateline}\nTuzhurmatu ilçesinde yeni bir okul "
                             "düzenlenen törenle eğitime açıldı.\nOkulda 420 öğrenci var.")
    document = load_file(path, "t/okul.txt", 10**7).documents[0]
    assert document.metadata["date"] == "2022-03-14" and dateline not in document.page_content


def test_date_in_a_sentence_is_not_the_article_date(write):
    path = write("haber.txt", "Başlık\n\nDernek 15 Mart 2019 tarihinde kuruldu ve bugün yüz üyeye ulaştı.")
    assert _date_of(path) is None


@pytest.mark.parametrize(("head", "body", "expected"), [
    ('<meta property="article:published_time" content="2023-09-14T10:00:00+03:00">', "", "2023-09-14"),
    ('<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2022-01-05T08:00:00Z"}</script>',
     "", "2022-01-05"),
    ("", '<time datetime="2021-06-30">30 Haziran 2021</time>', "2021-06-30"),
    ('<link rel="canonical" href="https://ornek.org/2020/11/02/kerkuk-haberi/">', "", "2020-11-02"),
    ("", "<p>12 Ocak 2019 Cumartesi</p>", "2019-01-12"),
    ("", "", None),  # no date anywhere: undated, never today's date
])
def test_html_dates(write, head, body, expected):
    page = (f"<html><head><title>Kerkük Haberi</title>{head}</head><body><article><h1>Kerkük Haberi</h1>{body}"
            "<p>Kerkük'te yeni bir kültür merkezi açıldı ve çok sayıda ziyaretçi geldi. "
            "Merkezde sergiler ve konserler düzenlenecek.</p></article></body></html>")
    assert _date_of(write("sayfa.html", page)) == expected


def test_jsonl_wxr_and_undated_text(write):
    jsonl = write("a.jsonl", json.dumps({"title": "T", "text": "Kerkük'te şenlik yapıldı ve çok kişi geldi.",
                                         "date": "2022-03-01"}, ensure_ascii=False) + "\n")
    assert _date_of(jsonl) == "2022-03-01"
    wxr = write("site.xml", """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:wp="http://wordpress.org/export/1.2/" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><item><title>Şenlik</title><wp:post_type>post</wp:post_type><wp:status>publish</wp:status>
<wp:post_id>7</wp:post_id><wp:post_date>2023-05-04 10:00:00</wp:post_date>
<content:encoded><![CDATA[<p>Telafer'de bahar şenliği yapıldı ve yüzlerce aile katıldı.</p>]]></content:encoded>
</item></channel></rss>""")
    assert _date_of(wxr) == "2023-05-04"
    plain = write("tarihsiz.txt", "Tarihsiz haber\n\nKerkük'te bir toplantı yapıldı ve kararlar alındı.")
    assert _date_of(plain) is None


# --- answers over the dated archive ------------------------------------------------------------------
@pytest.fixture(scope="module")
def dated_qa(tmp_path_factory, embedder):
    settings = Settings(data_dir=tmp_path_factory.mktemp("dated") / "data", today=TODAY, _env_file=None)
    ingest([DATED], settings, embedder=embedder)
    return ArchiveQA(settings, embedder=embedder)


def test_latest_question_gets_the_newest_fact_with_its_date(dated_qa):
    answer = dated_qa.ask("Kerkük Kültür Derneği'nin en son başkanı kim?")
    assert answer.text.startswith("**Ayşe Kerküklü** — 20 Kasım 2024 tarihli habere göre")  # the short answer, then the date
    assert "Ayşe Kerküklü" in answer.text
    assert answer.sources[0].doc_id == "articles/dernek-2024.txt" and answer.sources[0].date == "2024-11-20"
    assert answer.timeframe == {"date_from": None, "date_to": None, "recency": True, "earliest": False,
                                "phrase": "", "label": "En yeni haberi esas aldım"}


def test_first_question_gets_the_oldest_fact_with_its_date(dated_qa):
    """"En eski haberde": the oldest article that names the head answers, not the best match."""
    answer = dated_qa.ask("En eski haberde Kerkük Kültür Derneği'nin başkanı kimdi?")
    assert answer.text.startswith("**Ahmet Yılmaz** — 10 Nisan 2019 tarihli habere göre")
    assert "Ahmet Yılmaz" in answer.text and answer.sources[0].doc_id == "articles/dernek-2019.txt"
    assert answer.timeframe["earliest"] and answer.timeframe["label"] == "En eski haberi esas aldım"


def test_named_year_answers_for_that_year(dated_qa):
    answer = dated_qa.ask("2021'de Kerkük Kültür Derneği'nin başkanı kim seçildi?")
    assert "Mehmet Bayatlı" in answer.text and answer.sources[0].doc_id == "articles/dernek-2021.txt"
    assert answer.timeframe["label"] == "2021 yılına ait haberlerde aradım"


def test_a_period_question_is_embedded_once_though_searched_twice(dated_qa, monkeypatch):
    """The period's search and the wider one (is the topic elsewhere in time?) share the
    question's embedding, most of a search's cost."""
    embedded, searched = [], []
    encode, search = dated_qa.embedder.encode_query, dated_qa.searcher.search
    monkeypatch.setattr(dated_qa.embedder, "encode_query", lambda text: embedded.append(text) or encode(text))
    monkeypatch.setattr(dated_qa.searcher, "search", lambda *a, **kw: searched.append(a[0]) or search(*a, **kw))
    answer = dated_qa.ask("2020'de Kerkük Kale Festivali'ni kaç kişi ziyaret etti?")
    assert answer.refused and "2020 yılına ait bir haber bulamadım" in answer.text  # both searches were read
    assert len(searched) == 2 and len(embedded) == 1


def test_relative_period_is_read_against_today(dated_qa):
    answer = dated_qa.ask("Geçen yıl Kerkük Kale Festivali'ni kaç kişi ziyaret etti?")
    assert "25 bin" in answer.text and answer.sources[0].date.startswith("2024")


def test_topic_without_the_asked_period_says_so(dated_qa):
    answer = dated_qa.ask("2020'de Kerkük Kale Festivali'ni kaç kişi ziyaret etti?")
    assert answer.refused
    assert answer.text.startswith("Arşivde bu konuda haberler var, ancak 2020 yılına ait bir haber bulamadım.")
    assert {s.doc_id for s in answer.sources} == {f"articles/festival-{y}.txt" for y in (2022, 2023, 2024)}


def test_when_question_names_the_article_date(dated_qa):
    answer = dated_qa.ask("Altunköprü köprüsü ne zaman trafiğe açıldı?")
    assert answer.text.startswith("30 Eylül 2024 tarihli habere göre: ")
    assert answer.sources[0].doc_id == "articles/kopru-2024.txt"


def test_question_without_time_is_not_pulled_to_new_articles(dated_qa):
    answer = dated_qa.ask("Kerkük Kültür Derneği'nin genel kuruluna kaç üye katıldı?")
    assert "300 üye" in answer.text and answer.sources[0].doc_id == "articles/dernek-2019.txt"
    assert answer.timeframe is None and answer.notice is None  # no newer article states a member count


def test_an_old_figure_asked_without_a_time_word_says_a_newer_article_exists(dated_qa):
    """Found by a stranger: the 2022 figure was given as if it were current."""
    answer = dated_qa.ask("Kerkük Kale Festivali'ni kaç kişi ziyaret etti?")
    assert answer.timeframe is None and answer.sources[0].date < "2024-08-18"
    assert answer.notice == NEWER_NEWS.format(answered=format_date(answer.sources[0].date), newer="18 Ağustos 2024")


def test_brief_lists_dated_cited_facts_in_order(dated_qa):
    brief = write_brief(dated_qa, "Türkmence tabela kararı")
    assert [line.date for line in brief.lines] == ["2023-03-05", "2023-09-12", "2024-05-02"]
    assert [s.doc_id for s in brief.sources] == [
        "articles/tabela-2023a.txt", "articles/tabela-2023b.txt", "articles/tabela-2024.txt"]
    assert all(line.text.endswith(f"[{n}].") for n, line in enumerate(brief.lines, start=1))
    assert "yeniden yürürlüğe" in brief.lines[-1].text
    newest = write_brief(dated_qa, "Türkmence tabela kararı", newest_first=True)
    assert [line.date for line in newest.lines] == ["2024-05-02", "2023-09-12", "2023-03-05"]
    assert write_brief(dated_qa, "Mars'ın uyduları").empty


# --- digests, the latest fact with its history, undated articles in their place (issue 14) ----
def _dated_docs(qa: ArchiveQA, prefix: str = "") -> dict[str, str]:
    return {doc_id: entry.date for doc_id, entry in qa.store.registry().items()
            if entry.date and entry.date.startswith(prefix)}


def test_period_digest_lists_that_periods_dated_articles_in_date_order_with_a_count(dated_qa):
    answer = dated_qa.ask("2022'de neler oldu?")
    in_2022 = _dated_docs(dated_qa, "2022")
    assert not answer.refused and len(in_2022) > DIGEST_CAP
    assert answer.text.startswith(f"Arşivde 2022 yılına ait {len(in_2022)} haber var; en eski {DIGEST_CAP} tanesi:")
    dates = [s.date for s in answer.sources]
    assert dates == sorted(in_2022.values())[:DIGEST_CAP]  # oldest first, only 2022, the cap
    assert [s.n for s in answer.sources] == list(range(1, DIGEST_CAP + 1))
    lines = answer.text.split("\n")
    assert lines[1].startswith(f"{format_date(dates[0])} — {answer.sources[0].title}: ") and lines[1].endswith("[1].")
    assert lines[-1] == NARROW


def test_latest_digest_is_newest_first_and_never_lists_undated_articles(dated_qa):
    answer = dated_qa.ask("son haberler")
    everything = _dated_docs(dated_qa)
    assert answer.text.startswith(f"Arşivde {len(everything)} tarihli haber var; en yeni")
    # a stranger's wording: "Arşivdeki" is the archive itself, no subject ("Arşivde Arşivdeki
    # hakkında bir haber bulamadım")
    assert dated_qa.ask("Arşivdeki en son haber ne?").text.startswith(f"Arşivde {len(everything)} tarihli haber")
    assert [s.date for s in answer.sources] == sorted(everything.values(), reverse=True)[:DIGEST_CAP]
    assert answer.timeframe["label"] == ""  # a list, not "the newest article"


def test_subject_digest_keeps_the_period_and_the_named_subject(dated_qa):
    answer = dated_qa.ask("bu yıl Kerkük'te neler oldu?")
    assert answer.text.startswith("Arşivde Kerkük hakkında 1 Ocak 2025 – 30 Haziran 2025 arasındaki")
    dates = [s.date for s in answer.sources]
    assert dates and dates == sorted(dates) and all(d.startswith("2025") for d in dates)
    chunks = {doc: " ".join(text for _, text, _ in dated_qa.store.chunks_of([doc])) for doc in
              {s.doc_id for s in answer.sources}}
    assert all("Kerkük" in text for text in chunks.values())


def test_a_period_without_articles_is_said_plainly(dated_qa):
    answer = dated_qa.ask("Ocak 2018'de neler oldu?")
    assert answer.refused and answer.text == "Arşivde Ocak 2018 tarihli bir haber bulamadım."


def test_latest_fact_comes_from_the_newest_article_however_worded_with_its_history(dated_qa):
    """The 2024 fair article says "ziyaretçi sayısı bu yıl 55 bine çıktı", the older ones
    "… kişi ziyaret etti": the newest still answers, and the older figures follow, dated."""
    answer = dated_qa.ask("Erbil Türkmen Kitap Fuarı'nı en son kaç kişi ziyaret etti?")
    main, history = answer.text.split("\n")
    assert "55 bin" in main and answer.sources[0].doc_id == "articles/kitapfuari-2024.txt"
    assert history.startswith("Önceki haberler: ") and "47 bin" in history and "40 bin" in history
    assert [s.date[:4] for s in answer.sources] == ["2024", "2023", "2022"]
    assert answer.timeframe["label"] == "En yeni haberi esas aldım"


def test_a_refusal_does_not_claim_the_newest_article(dated_qa):
    """A stranger saw "En yeni haberi esas aldım" above "Bu konuda arşivde bilgi bulamadım"."""
    answer = dated_qa.ask("İstanbul'da metro bileti şu an kaç lira?")
    assert answer.refused and answer.timeframe["recency"] and answer.timeframe["label"] == ""


def test_a_fact_only_an_undated_article_states_gets_one_notice_saying_so(dated_qa):
    answer = dated_qa.ask("Kent Müzesi'nin şu anki giriş ücreti ne kadar?")
    assert answer.sources[0].doc_id == "articles/muze-rehber.txt" and answer.sources[0].date is None
    assert answer.notice == UNDATED_ONLY and answer.timeframe["label"] == ""  # no "en yeni haberi esas aldım"
    period = dated_qa.ask("2025'te Taze Su Arıtma Tesisi için hangi plan var?")
    assert period.sources[0].doc_id == "articles/taze-plan.txt"
    assert "tarihi bilinmeyen" in period.notice and period.timeframe["label"] == ""  # one notice, not two


def test_plain_adjectives_do_not_switch_the_time_logic_on(dated_qa):
    answer = dated_qa.ask("Kerkük Kültür Derneği'nin ilk kadın başkanı kim?")
    assert "Ayşe Kerküklü" in answer.text and answer.timeframe is None


def test_a_follow_up_digest_does_not_inherit_the_earlier_period(dated_qa):
    first = dated_qa.ask("2024'te neler oldu?")
    history = [{"role": "user", "content": "2024'te neler oldu?"},
               {"role": "assistant", "content": first.text, "cited": [s.doc_id for s in first.sources]}]
    answer = dated_qa.ask("peki en son ne oldu?", history)
    assert answer.timeframe["date_from"] is None and answer.sources[0].date == max(_dated_docs(dated_qa).values())


@pytest.mark.slow  # runs the CLI, which loads the model
def test_cli_ask_and_brief(dated_qa):
    import subprocess
    import sys

    env = {"ARSIV_DATA_DIR": str(dated_qa.settings.data_dir), "ARSIV_TODAY": TODAY.isoformat(),
           "PATH": "/usr/bin:/bin"}
    ask = subprocess.run([sys.executable, "-m", "rag", "ask", "Türkmeneli Radyosu şu an günde kaç saat yayın yapıyor?",
                          "--json"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=300)
    data = json.loads(ask.stdout)
    assert data["text"].startswith("**24 saat** — 15 Ocak 2024 tarihli habere göre") and data["short"] == "24 saat"
    assert data["timeframe"]["recency"] and data["sources"][0]["date"] == "2024-01-15"
    digest = subprocess.run([sys.executable, "-m", "rag", "ask", "Mart 2024'te neler oldu?", "--json"], cwd=ROOT,
                            env=env, capture_output=True, text=True, timeout=300)
    listed = json.loads(digest.stdout)
    assert listed["text"].startswith("Arşivde Mart 2024 tarihli 3 haber var:")
    assert [s["date"][:7] for s in listed["sources"]] == ["2024-03"] * 3  # in list order, each with its date
    brief = subprocess.run([sys.executable, "-m", "rag", "brief", "Bakü Kerkük uçuşları"], cwd=ROOT, env=env,
                           capture_output=True, text=True, timeout=300)
    lines = brief.stdout.splitlines()
    assert lines[0].startswith("1 Temmuz 2021 — ") and lines[2].startswith("14 Şubat 2025 — ")


def test_index_statistics_show_gaps_by_month(dated_qa):
    from rag.ops.stats import archive_stats

    stats = archive_stats(dated_qa.store)
    assert stats.documents == 63 and stats.undated == 3
    assert (stats.oldest_date, stats.newest_date) == ("2018-03-08", "2025-06-24")
    months = dict(stats.per_month)
    assert list(months)[0] == "2018-03" and list(months)[-1] == "2025-06"
    assert len(months) == 7 * 12 + 4  # every month in between, so a gap shows as a zero bar
    assert months["2018-04"] == 0 and months["2024-08"] == 1
    assert stats.embedding_model and stats.last_ingest is not None


def test_the_app_shows_a_digest_as_dated_lines_and_a_follow_up_leaves_the_period(dated_qa, embedder):
    from ui.answers import AnswerStore
    from ui.chat import MODE_ANSWER, ChatHandlers
    from ui.filters import ALL_CATEGORIES
    from ui.render import VIEW_TIMELINE
    from ui.service import ArchiveService

    handlers = ChatHandlers(ArchiveService(dated_qa.settings, embedder=embedder), AnswerStore(10))
    *_, shown = handlers.chat("2024'te neler oldu?", [], "", "", ALL_CATEGORIES, MODE_ANSWER, VIEW_TIMELINE)
    page = shown["content"]
    assert page.count("<li>") >= DIGEST_CAP and "Arşivde 2024 yılına ait" in page  # one item per article
    assert 'class="arsiv-cite"' in page and "Ocak 2024" in page  # linked [n], dated sources
    history = [{"role": "user", "content": "2024'te neler oldu?"}, {"role": "assistant", "content": page}]
    *_, follow_up = handlers.chat("peki en son ne oldu?", history, "", "", ALL_CATEGORIES, MODE_ANSWER,
                                  VIEW_TIMELINE)
    assert "2024 yılına ait" not in follow_up["content"] and "Haziran 2025" in follow_up["content"]


def test_a_digest_lists_only_the_overlap_of_the_users_dates_and_the_questions_period(dated_qa):
    """Found by a stranger: with "from 2022" in the filters, "Mart 2024'te ne oldu?" listed 2022 articles."""
    inside = dated_qa.ask("Mart 2024'te ne oldu?", filters=Filters(date_from=date(2022, 1, 1)))
    assert [s.date[:7] for s in inside.sources] == ["2024-03"] * 3
    chosen = Filters(date_from=date(2022, 1, 1), date_to=date(2023, 12, 31))
    for question in ("Mart 2024'te ne oldu?", "2024'te festivali kaç kişi ziyaret etti?"):  # a list and a fact
        apart = dated_qa.ask(question, filters=chosen)
        assert apart.refused and not apart.sources  # never "no article from then": the filter hides it
        assert "seçtiğiniz tarih aralığının (1 Ocak 2022 – 31 Aralık 2023) dışında" in apart.text


def test_a_now_follow_up_looks_past_the_articles_the_last_answer_cited(dated_qa):
    """Found by a stranger: "peki şimdi?" after a 2022 figure stayed in the cited 2022/2023
    articles and called the old figure the newest."""
    history: list[dict] = []
    for question in ("Erbil kitap fuarını 2022'de kaç kişi ziyaret etti?", "peki ya 2023'te?"):
        answer = dated_qa.ask(question, history)
        history += [{"role": "user", "content": question},
                    {"role": "assistant", "content": answer.text, "cited": [s.doc_id for s in answer.sources]}]
    now = dated_qa.ask("peki şimdi?", history)
    assert now.sources[0].doc_id == "articles/kitapfuari-2024.txt" and "55 bin" in now.text


def test_a_date_filter_makes_a_bare_what_happened_a_list(dated_qa):
    answer = dated_qa.ask("Neler oldu?", filters=Filters(date(2024, 3, 1), date(2024, 3, 31)))
    assert not answer.refused and [s.date[:7] for s in answer.sources] == ["2024-03"] * 3


def test_no_newer_news_notice_for_a_first_or_a_why(dated_qa):
    assert dated_qa.ask("Musul Türkmen Kadınlar Birliği'nin ilk başkanı kimdi?").notice is None
    assert dated_qa.ask("Türkmence tabela kararı neden durduruldu?").notice is None


def test_filters_that_hold_no_article_are_named_not_blamed_on_the_question(dated_qa):
    """Dates or a category the archive has nothing in: the answer says the filters match
    nothing (and which), rather than that the archive lacks what was asked."""
    question = "Kerkük Kale Festivali'ni kaç kişi ziyaret etti?"
    empty_years = dated_qa.ask(question, filters=Filters(date_from=date(1990, 1, 1), date_to=date(1991, 12, 31)))
    assert empty_years.refused and not empty_years.sources
    assert empty_years.text.startswith("Seçtiğiniz filtrelerle (1 Ocak 1990 – 31 Aralık 1991) eşleşen bir haber arşivde yok")
    no_category = dated_qa.ask(question, filters=Filters(category="Uzay"))
    assert no_category.refused and "“Uzay” kategorisi" in no_category.text
    assert not dated_qa.ask(question, filters=Filters(date_from=date(2024, 1, 1), date_to=date(2024, 12, 31))).refused


def test_a_refusal_under_filters_names_them(dated_qa):
    """Filters that hold articles, none of them on the question: the refusal says the answer
    may be outside them (a stranger's find: "Bu konuda arşivde bilgi bulamadım" blamed the archive)."""
    answer = dated_qa.ask("Taze Su Arıtma Tesisi günde kaç metreküp su arıtıyor?",
                          filters=Filters(date(2019, 1, 1), date(2019, 12, 31)))
    assert answer.refused and answer.text == FILTERED_OUT
    assert not dated_qa.ask("Taze Su Arıtma Tesisi günde kaç metreküp su arıtıyor?").refused


def test_a_digest_of_a_subject_with_only_undated_articles_says_they_are_there(corpus_qa):
    """Found by a stranger: "no article about azerbaycan" for an archive whose one article is
    about Azerbaycan (undated). The subject as written, and the articles said to be there."""
    answer = corpus_qa.ask("Azerbaycan ile ilgili son gelişmeler neler?")
    assert answer.refused
    assert answer.text == ("Arşivde Azerbaycan hakkında tarihli bir haber yok; tarihi bilinmeyen 1 haber var, "
                           "bunlar bir zaman sırasına konamaz.")
    # "Türkmenlerle ilgili": the subject without its "-le" ("Arşivde Türkmenlerle hakkında" was written)
    assert corpus_qa.ask("Türkmenlerle ilgili son gelişmeler neler?").text.startswith("Arşivde Türkmenler hakkında")
    # a month's own "tarihli" said once (the 97th stranger read "Temmuz 2026 tarihli tarihli bir haber yok")
    monthly = corpus_qa.ask("Temmuz 2026'da Azerbaycan ile ilgili son gelişmeler neler?")
    assert "tarihli tarihli" not in monthly.text and "tarihli bir haber yok" in monthly.text, monthly.text


def test_a_name_outside_the_filters_is_said_to_be_outside_them(dated_qa):
    """The archive has Ayşe Kerküklü (2024); filtered to 2020 and before, the refusal says the
    filters leave her out, not that the archive never mentions her (a stranger's find)."""
    answer = dated_qa.ask("Ayşe Kerküklü hangi derneğin başkanı?", filters=Filters(date_to=date(2020, 12, 31)))
    assert answer.refused
    assert answer.text.startswith("Seçilen filtrelere uyan haberlerde Ayşe Kerküklü geçmiyor")
    assert not dated_qa.ask("Ayşe Kerküklü hangi derneğin başkanı?").refused


def test_a_period_wholly_ahead_is_named_as_asked_and_no_filter_is_blamed():
    """"2028'de kurulacak santralin maliyeti" was refused as "Sorudaki dönem (1 Ocak 2028 – 2
    Aralık 2026) seçtiğiniz tarih aralığının (… – …) dışında": the year's end was clamped to
    today before its start, and a filter nobody chose was blamed."""
    frame = parse_timeframe("2028'de kurulacak santralin maliyeti ne kadar?", TODAY)
    assert (frame.date_from, frame.date_to) == (date(2028, 1, 1), date(2028, 12, 31))
    assert outside_filters(Filters(), frame) is None
    assert outside_filters(Filters(date_to=date(2024, 12, 31)), frame) is not None  # chosen dates still conflict
    this_year = parse_timeframe(f"{TODAY.year}'te kaç kişi katıldı?", TODAY)
    assert this_year.date_to == TODAY  # a period running now still ends today


RENTS = """Erbil'de kiralar bir yılda yüzde 31 arttı

12 Ağustos 2023

Erbil'de konut kiraları son bir yılda ortalama yüzde 31 arttı. Emlakçılar Derneği'nin raporuna göre iki odalı bir dairenin aylık kirası 380 bin dinardan 500 bin dinara çıktı.
"""


def test_a_period_the_article_counts_back_in_its_own_words_is_quoted(tmp_path, embedder):
    """"Erbil'de kiralar son bir yılda yüzde kaç arttı?" quotes the article ("son bir yılda yüzde
    31 arttı"), whose year counts back from its own day: it was refused as no article of the
    last twelve months. The answer says which article's year it is; a period the article does
    not say ("son bir ayda") is still read against today."""
    (tmp_path / "archive").mkdir()
    (tmp_path / "archive" / "kira.txt").write_text(RENTS, encoding="utf-8")
    settings = Settings(data_dir=tmp_path / "data", today=TODAY, _env_file=None)
    ingest([tmp_path / "archive"], settings, embedder=embedder)
    qa = ArchiveQA(settings, embedder=embedder)
    answer = qa.ask("Erbil'de konut kiraları son bir yılda yüzde kaç arttı?")
    assert not answer.refused and "yüzde 31" in answer.text
    assert "“son bir yıl” diyen" in answer.notice and answer.sources[0].date.startswith("2023")
    month = qa.ask("Erbil'de konut kiraları son bir ayda yüzde kaç arttı?")
    assert month.refused and month.text.startswith("Arşivde bu konuda haberler var, ancak")
