"""Answers a reader can trust: the short answer first, a refusal that names what the archive
lacks, and follow-ups that keep the subject (and the cited articles) but not the period."""

import json
import re
from datetime import date
from pathlib import Path

import pytest
from conftest import CORPUS, needs_devset

from rag.answer.citations import PLANNED_LEAD, Answer
from rag.answer.span import (
    another_owner, another_person, counts_first_days, edition_in_force, for_whom_unsaid, holds_office,
    place_left_in_rest, says_deed,
    Asked, Question, asks_reason,
    Tense, agent_named, announces_only, another_by_surname, another_edition, another_ordinal, another_place,
    another_rank, another_year, counted_phrase_unsaid, dates_start_only, life_event_unsaid, named_part_unsaid,
    answer_giver, asks_name, asks_who_someone_is, asks_winner, says_win, asks_yes_no, attribute_asked, edition_asked,
    first_time_asked, fit, gives_name, gives_part, gives_reason, anothers_thing, anothers_office, short_answer_at_end,
    reason_giver,
    tells_undisclosed, names_counted, qualifies_count, rank_asked, says_own_deed, short_answer, speaks_of_former,
    states_measure, tells_background, unit_of_another, who_is_asked, aims_at_figure, another_school, asks_share,
    gives_part_for_whole, gives_share, holds_noun, last_years_only, only_requested, people_doing, unsaid_ordinal,
    dates_first_time, ones_own, figure_in_background, place_of_another, reported_before, named_only_after,
)
from rag.cli import main as rag_main
from rag.ops.eval import token_f1, turn_passes
from rag.newstime import UNDATED_WHEN
from rag.qa import cited_before, condense_by_rule, is_standalone, named_in_answer, reply_message
from rag.retrieval import Filters
from rag.language.dates import said_day, with_years_said
from rag.language.spelling import Spellings
from rag.language.turkish import stem
from rag.subject import key_terms, kind_terms, opening_term, roots_held, said_in, spells_out, unnamed
from ui.render import VIEW_CARDS, render_answer

SEED = "corpus/irak-turkleri-azerbaycan-iliskileri.txt"


SCHOOL_SIZE = "Okul 24 derslikten oluşuyor ve 960 öğrenci kapasitesine sahip."
CLUB_BUDGET = ("Kulüp Başkanı Hasan Kahya, kulübün 2023 sezonu bütçesinin 850 milyon dinar olduğunu, 2024 sezonu "
               "için ise bütçenin 1,4 milyar dinara çıkarıldığını açıkladı.")


@pytest.mark.parametrize("question, sentence, short", [
    ("Heyette kaç kişi vardı?", "Irak, Türkiye ve yurtdışından gelen 40 kişilik heyet katıldı.", "40 kişilik"),
    ("Manakintown'a kaç yerleşimci yerleşti?",  # the number with the asked unit, not the other one
     "Orada 148 Protestan kaldı; orijinal 390 yerleşimciden birçoğu ölmüştü.", "390 yerleşimci"),
    # the unit without the case ending the sentence gave it; a word that only looks inflected stays
    ("Tesiste kaç kişi çalışıyor?", "Başkan, tesiste 220 kişinin çalışacağını söyledi.", "220 kişi"),
    ("Fuara kaç firma katıldı?", "Fuar 14 ülkeden gelen 230 firmayla açıldı.", "230 firma"),
    ("Kaç meydan yenilendi?", "Kentte 3 meydan yenilendi.", "3 meydan"),
    ("Tesla ne zaman öldü?", "Tesla, 7 Ocak 1943 tarihinde New York'ta öldü.", "7 Ocak 1943"),
    # of two dates, the one whose clause says the asked deed (a stranger's "ilk kasetini ne zaman
    # doldurdu": "1954'te … doğan Kerküklü, ilk kasetini 1978'de Bağdat'ta doldurdu"); a range is one
    ("Tesla ne zaman doğdu?", "Tesla 1856'da doğdu ve 1884'te Amerika'ya gitti.", "1856"),
    ("Tesla Amerika'ya ne zaman gitti?", "Tesla 1856'da doğdu ve 1884'te Amerika'ya gitti.", "1884"),
    ("Saldırılar ne zaman en yüksek düzeye ulaştı?",
     "Saldırılar 2005 ve 2010 arasında tüm zamanların en yüksek düzeyine ulaştı.", None),
    # of two people, the one the asked title is said with; an office held ("başkanlığını,") names no one
    ("Takımın teknik direktörü kim?", "Takımın teknik direktörü Orhan Salihi, sezonun gol kralının "
     "14 golle forvet Yavuz Kassaboğlu olduğunu açıkladı.", "Orhan Salihi"),
    ("Jürinin başkanlığını kim yaptı?", "Jürinin başkanlığını, Gence'den bağlanan yazar Elnur Hüseynli yaptı.",
     "Elnur Hüseynli"),
    # a list of days is one answer ("pazartesi, çarşamba ve cumartesi", not its last day)
    ("Seferler haftanın hangi günleri yapılacak?",
     "Seferler haftada üç gün, pazartesi, çarşamba ve cumartesi günleri yapılacak.",
     "pazartesi, çarşamba ve cumartesi"),
    ("Konferans ne zaman yapıldı?", "Yedi ay önce Bakü'de düzenlenen konferans bir platform sağladı.",
     "Yedi ay önce"),
    ("Super Bowl XLIX'i kim kazanmıştır?", "Broncos, Super Bowl XLIX şampiyonu New England Patriots'u 20–18 yendi.",
     "New England Patriots"),
    ("Bakü'deki konferansı kimler düzenledi?", "Konferansı Irak Türkmen Cephesi ve Kerkük Kültür Derneği düzenledi.",
     "Irak Türkmen Cephesi ve Kerkük Kültür Derneği"),
    ("Tesla nerede doğdu?", "Tesla, 10 Temmuz 1856'da Smiljan'da doğdu.", "Smiljan"),
    ("Fuarı kaç kişi ziyaret etti?", "Fuarın ziyaretçi sayısı bu yıl 55 bine çıktı.", "55 bin"),  # not "55 bine"
    # "süresi ne" asks a number, said at its rate
    ("Radyonun yayın süresi ne?", "Radyo günde 24 saat yayın yapıyor.", "günde 24 saat"),
    # "kim" asks for a person: a full name wins over a place or a body named beside it
    ("Derneğin başkanı kim?", "Kerkük Kalesi önündeki törende derneğin başkanı Murat Salihi konuştu.",
     "Murat Salihi"),
    ("Kütüphaneyi kim açtı?", "Kütüphaneyi Kerkük Valiliği adına Vali Yardımcısı Ahmet Kaya açtı.",
     "Vali Yardımcısı Ahmet Kaya"),
    ("Kazıyı kim yönetiyor?", "Kazıyı Kerkük Müzesi yönetiyor.", "Kerkük Müzesi"),  # a body, when no person
    ("Kim konuştu?", "Sağlık Bakanlığına bağlı hastanede Salihi konuştu.", "Salihi"),  # case ending, no apostrophe
    ("Kim konuştu?", "Gezi Parkı önünde Salihi konuştu.", "Salihi"),
    # "nerelerde": every listed place, the suffix on the last one (found by a stranger's trial)
    ("Fuar gelecek yıl nerelerde düzenlenecek?", "Fuarın gelecek yıl Erbil ve Telafer'de düzenlenmesi planlanıyor.",
     "Erbil ve Telafer"),
    ("Festival nerelerde yapıldı?", "Ahmet, bugün Kerkük, Erbil ve Musul'da konuştu.", "Kerkük, Erbil ve Musul"),
    # "Kerkük'teki" describes the foundation; the foundation is the answer
    ("Projeyi hangi kurum destekledi?", "Proje, Kerkük'teki Türkmeneli Vakfı tarafından desteklendi.", "Türkmeneli Vakfı"),
    # "kimlerle": the people listed, not a company word or a possessor beside them (a stranger's find)
    ("Tesla kimlerle ortaklık kurdu?", "Tesla, Edison'un şirketinden ayrıldıktan sonra Tesla Elektrik Işığı ve "
     "İmalat şirketini finanse eden Benjamin Vail ve Robert Lane ile ortaklık kurdu.", "Benjamin Vail ve Robert Lane"),
    # "kaçıncı" asks for an ordinal, written in words
    ("Tesise kaçıncı ünite eklenecek?", "Tesise gelecek yıl üçüncü ünite eklenecek.", "üçüncü ünite"),
    ("Takım ligi kaçıncı bitirdi?", "Takım ligi dördüncü sırada bitirdi.", "dördüncü sıra"),
    ("Takım ligi kaçıncı bitirdi?", "Takım ligi 13. sırada bitirdi.", "13. sıra"),
    # for "kaç", a number before ". <word>" is an ordinal, not a count ("19" was the answer)
    ("Kalede kaç tarihi ev onarılacak?", "Evlerin çoğu 19. yüzyıldan kalma ve 26'sı onarılacak.", "26"),
    # a day and its month, a year with its suffix or range, are dates, never a count
    ("Salihi kaç oy aldı?", "Salihi, 13 Temmuz'daki genel kurulda 212 oy aldı.", "212 oy"),
    ("Okulda kaç öğrenci okuyor?", "Okulda 2021-2022 eğitim yılında 300 öğrenci okuyor.", "300 öğrenci"),
    # the name after the title the question gives ("Kulüp Başkanı", "Eğitim Müdürü"; a stranger's find)
    ("Kulüp başkanı kim?", "Kulüp Başkanı Hasan Bayatlı maçtan sonra konuştu.", "Hasan Bayatlı"),
    ("Erbil Türkmen Eğitim Müdürü kim?", "Törene Erbil Türkmen Eğitim Müdürü Leyla Hürmüzlü katıldı.", "Leyla Hürmüzlü"),
    # a place that ends like a possessive ("Tuzhurmatu") is no office: the kaymakam is not the mayor
    ("Tuzhurmatu belediye başkanlığına kim atandı?",
     "Tuzhurmatu Belediye Başkanlığına atanan Selim Bayraktar göreve başladı.", "Selim Bayraktar"),
    # a name the question gives a word of is a name of its own, never cut ("Kültür Derneği"; a stranger's find)
    ("Kerkük'teki kitap fuarını kim düzenledi?", "Kerkük Kültür Derneği tarafından düzenlenen fuar açıldı.",
     "Kerkük Kültür Derneği"),
    # what a number counts is the noun phrase after it, modifiers included
    # the number and what it counts
    ("Manning kaç takımda oynadı?", "Manning, iki farklı takımı Super Bowl'a taşıdı.", "iki takım"),
    ("Okulda kaç derslik var?", "Hürmüzlü, okulda 18 derslik ve bir bilgisayar laboratuvarı bulunduğunu söyledi.",
     "18 derslik"),
    ("Okulda kaç öğretmen görev yapacak?", "Okulda 38 öğretmenin görev yapacağını açıkladı.", "38 öğretmen"),
    # "atandı" stems to "a", as "Aydın" does: the name is not one the question gives
    ("Lisenin müdürlüğüne kim atandı?", "Okulun müdürlüğüne Rıza Aydın atandı.", "Rıza Aydın"),
    ("Uçak yolculuğu ne kadar sürüyor?", "Yolculuk 3 saat sürüyor.", "3 saat"),
    ("Rıza Çolakoğlu hangi yıl öldü?", "Çolakoğlu, 2 Nisan 1991 günü öldü.", "2 Nisan 1991"),
    ("Yeni bina nerede?", "Yeni bina Tayrawa semtinde kuruldu.", "Tayrawa"),  # a place before a place noun
    # at the foot of a landmark of the town the question names, a place of its own
    ("Erbil'deki göz taraması nerede yapıldı?",
     "Taramalar, Erbil Kalesi'nin eteğinde derneğin kiraladığı bir sağlık merkezinde yapıldı.", "Erbil Kalesi"),
    # of a sentence's figures for two years, the asked year's; a year dates a figure, is none
    ("Kulübün 2023 bütçesi ne kadardı?", CLUB_BUDGET, "850 milyon dinar"),
    ("Kulübün 2024 bütçesi ne kadar?", CLUB_BUDGET, "1,4 milyar dinar"),
    # a unit's dative is the sentence's ("52 milyar dinara çıkarıldı"); "lira" ends in a vowel of its own
    ("Yatırım bütçesi ne kadar?", "Belediyenin yatırım bütçesi 52 milyar dinara çıkarıldı.", "52 milyar dinar"),
    ("Bilet kaç lira?", "Biletler 40 lira oldu.", "40 lira"),
    # a word ending in a vowel and "-ye" is written whole ("**1.500 battani**" was shown)
    ("Vakıf kaç battaniye dağıttı?", "Vakıf, ilk hafta 1.500 battaniye dağıttı.", "1.500 battaniye"),
    ("Vakıf kaç çadır dağıttı?", "Vakıf 400 çadır dağıttı.", "400 çadır"),
    # a compound's head with two words after it, no verb ("**12 sağlık**" was shown)
    ("kaç sağlık teknisyeni eğitim aldı?", "Görev yapacak 12 sağlık teknisyeni eğitimini tamamladı.",
     "12 sağlık teknisyeni"),
    # people are counted as visitors, workers, voters; a capacity answers when it is asked
    ("Fuarı kaç kişi gezdi?", "Fuarı 27 bin ziyaretçi gezdi, 80 stant kuruldu.", "27 bin ziyaretçi"),
    ("Fabrikada kaç kişi çalışıyor?", "Fabrikada 120 çalışan var.", "120 çalışan"),
    # "kadının" is "kadın" + "-ın" (it was "**42 kadı**", a judge); "kişinin" is "kişi" + "-nin"
    ("Kooperatifte kaç kişi var?", "Mahallede 42 kadının kurduğu kooperatif açıldı.", "42 kadın"),
    ("Kaç kişi katıldı?", "Törene 300 kişinin katıldığı bildirildi.", "300 kişi"),
    ("Okul kaç öğrenci alabilir?", SCHOOL_SIZE, "960 öğrenci"),
    # "hangi şirket": the one the sentence calls a company, not the place it is based in
    ("Tesisi hangi şirket yapacak?", "İhaleyi Musul merkezli Rafidain Yapı şirketi kazandı.", "Rafidain Yapı"),
    # the kind's possessive before the name calls it one too ("**Köprüyü Türk**" was shown)
    ("Hürriyet Köprüsü'nü hangi şirket yaptı?", "Köprüyü Türk inşaat şirketi Anadolu Yapı inşa etti.", "Anadolu Yapı"),
])
def test_the_short_answer_is_the_asked_thing(question, sentence, short):
    assert short_answer(Question.read(question), sentence) == short


@pytest.mark.parametrize("question, sentence, states", [
    ("Kaç ton buğday teslim edildi?", "Silolara 410 bin ton buğday teslim edildi.", True),
    ("Kaç ton buğday teslim edildi?", "Bankanın 40 milyar dinarlık yeni bir fonu var.", False),  # money, not weight
    ("Kar kaç santimetreye ulaştı?", "Kentte 74 milimetre yağış düştü.", True),  # a length in another unit
    ("Tarık Salihi kaç yaşında?", "Salihi 13 Temmuz'da başkan seçildi.", False),  # a date is no age
    ("Sporcu kaç yaşında?", "19 yaşındaki sporcu altın madalya kazandı.", True),
    # the age of the one the question names, not of another (a stranger's find: the winner's 19)
    ("Festival sözcüsü Kadir Salihi kaç yaşında?", "Birincilik ödülünü 19 yaşındaki Zeynep Kaya aldı.", False),
    ("Festival sözcüsü Kadir Salihi kaç yaşında?", "45 yaşındaki Salihi festivali anlattı.", True),
    ("Katılım yüzde kaç oldu?", "Katılım oranı yüzde 61 oldu.", True),
    ("Katılım yüzde kaç oldu?", "Buğday iki ay önce teslim edildi.", False),
    ("Bankanın kârı kaç milyar dinar?", "Banka yılı 38,4 milyar dinar net kârla kapattı.", True),
    ("Projenin bütçesi ne kadar?", "Evlerden 26'sının restorasyonu için sözleşme imzalandı.", False),
    ("Projenin bütçesi ne kadar?", "Projenin toplam bütçesi 14 milyon dolar.", True),
    ("Kararın açıklanması ne kadar sürdü?", "Karar iki ay sonra açıklandı.", True),  # a duration: "iki ay"
    ("Lady Gaga kaç Grammy kazandı?", "Gaga altı kez Grammy kazandı.", True),  # a name, not a gram
    # the currency's country between the figure and the unit (a stranger's find: another article's dollars)
    ("Dere ıslahı projesi kaç dinar?", "Derenin ıslahı için 4 milyar Irak dinarlık bir proje hazırlandı.", True),
    # "ne kadar sürüyor" asks a duration, "kaça mal oldu" a sum: a count of passengers, a
    # school year, a year something began are neither
    ("Uçak yolculuğu ne kadar sürüyor?", "İlk seferde 142 yolcu bulunuyordu.", False),
    ("Uçak yolculuğu ne kadar sürüyor?", "Uçuş süresi yaklaşık 2 saat 10 dakika.", True),
    ("İnşaat ne kadar sürdü?", "İnşaat 2016 yılında başladı.", False),
    ("İnşaat ne kadar sürdü?", "İnşaat üç yıl sürdü.", True),
    ("Okulun binası kaça mal oldu?", "Okul 2021-2022 eğitim yılına yeni binasında başladı.", False),
    ("Okulun binası kaça mal oldu?", "Binanın toplam maliyeti 2,3 milyon doları buldu.", True),
    # a currency asked is that currency: "kaç manatlık" is not another deal's "9 milyon dolarlık"
    ("Firma kaç manatlık anlaşma imzaladı?", "Ova Makine 9 milyon dolarlık anlaşma imzaladı.", False),
    ("Firma kaç manatlık anlaşma imzaladı?", "14 milyon manatlık anlaşmayla Nur Elektrik trafo alacak.", True),
    ("Proje kaç avroya mal oldu?", "Proje 2 milyon euroya mal oldu.", True),
    ("Proje kaç dolara mal oldu?", "Proje 2 milyon €'ya mal oldu.", False),
    ("Proje kaç dolara mal oldu?", "Proje $2 milyona mal oldu.", True),
])
def test_a_figure_in_the_asked_measure_is_what_answers(question, sentence, states):
    assert states_measure(Question.read(question), sentence) is states


def test_a_person_is_no_company_and_a_project_manager_no_general_manager():
    """A stranger's finds: "hangi şirket yapacak" got "**Mühendis Sinan Abbasoğlu**", and "genel
    müdürü kim" the company's project manager ("proje müdürü")."""
    company = Question.read("Tesisi hangi şirket yapacak?")
    assert fit(company, "Şirketin proje müdürü Mühendis Sinan Abbasoğlu, 260 kişinin çalışacağını açıkladı.") == 0
    assert fit(company, "Şirketin proje müdürü Sinan Abbasoğlu açıkladı.") == 0  # named after the office he holds
    head = Question.read("Rafidain Yapı'nın genel müdürü kim?")
    assert head.office == "genel müdür"
    assert not holds_office(head, "Şirketin proje müdürü Sinan Abbasoğlu açıkladı.")
    assert holds_office(head, "Şirketin genel müdürü Ali Demir açıkladı.")
    # the new head is not the former one, nor the other way round
    new, former = Question.read("Birliğin yeni başkanı kim?"), Question.read("Birliğin önceki başkanı kimdi?")
    assert not holds_office(new, "Birliğin önceki genel başkanı Nihat Bayatlı görevdeydi.")
    assert holds_office(new, "Kongrede birliğin yeni genel başkanlığına Dr. Sevim Ağalı seçildi.")
    assert holds_office(former, "Birliğin önceki genel başkanı Nihat Bayatlı görevdeydi.")
    assert not holds_office(former, "Kongrede birliğin yeni genel başkanlığına Dr. Sevim Ağalı seçildi.")


def test_an_office_is_held_only_by_its_own_owner():
    """"belediye başkanı" is no cooperative's president, "Sincar belediye başkanı" not
    Telafer's; an owner written as the compound's last part still holds ("Okul müdürü" for
    "ortaokulunun müdürü"), and a participle or an adjective before the office owns none."""
    mayor = Question.read("Sincar belediye başkanlığına kim atandı?")
    assert (mayor.office, mayor.office_of, mayor.office_place) == ("başkan", "beledi", "sincar")
    assert not holds_office(mayor, "Meclis, Hasan Ocakçı'yı Telafer Belediye Başkanı olarak atadı.")
    assert holds_office(mayor, "Meclis, Hasan Ocakçı'yı Sincar Belediye Başkanı olarak atadı.")
    assert not holds_office(Question.read("Yeni belediye başkanı kim?"), "Kooperatifin başkanı Necla Tokmakçı konuştu.")
    assert holds_office(Question.read("Erbil'deki Türkmen ortaokulunun müdürü kim?"), "Okul müdürü Kemal Demirci konuştu.")
    for question in ("Vakfın 2025'te başa geçen başkanı kim?", "Köprü projesinden sorumlu müdürü kim?"):
        assert Question.read(question).office_of is None
    # written as a title, capitalised: still the office asked, and still Musul's
    titled = Question.read("Musul Belediye Başkanı kim?")
    assert (titled.office, titled.office_of, titled.office_place) == ("başkan", "beledi", "musul")
    assert not holds_office(titled, "Meclis, inşaat mühendisi Hasan Ocakçı'yı Telafer Belediye Başkanı olarak atadı.")
    assert holds_office(titled, "Musul Belediye Başkanı Ali Kaya konuştu.")
    # a ministry is a body, not its minister: the office asked is the director's
    assert Question.read("İmar Bakanlığı'nın Kerkük bölge müdürü kim?").office == "müdür"


def test_a_place_is_not_who_a_kim_question_asks_for():
    """A sentence naming only where ("Kerkük'te") does not hold the person asked for, so the
    answer (and the latest-fact timeline) takes the sentence that names someone."""
    asked = Question.read("Okulun müdürü kimdi?")
    assert fit(asked, "Kerkük'te açılan okulda 200 öğrenci okuyacak.") == 0
    # a place spoken of by its parts did nothing: "Özbekistan" was in bold for who trains a wrestler
    assert fit(Question.read("Güreşçiyi kim çalıştırıyor?"), "Güreşçi, Özbekistan'ın başkentinde kazandı.") == 0
    assert fit(asked, "Okul, Musul Kültür Sarayı'nda açılış konseri verdi.") == 0  # "-nda" after a compound
    assert fit(asked, "Salih Demirci okulun müdürü oldu.") == 1


@pytest.mark.parametrize("question, sentence", [
    ("Tesla ne zaman gitti?", "Tesla 1856'da doğdu ve 1884'te bir gemiye bindi."),  # no date of the deed: ambiguous
    ("Tesla kimin yanında çalıştı?", "Tesla, Edison ve Westinghouse ile çalıştı."),  # two names, one asked
    ("Konferans neden önemliydi?", "Konferans, 2023'te Bakü'de Türkmenleri bir araya getirdi."),  # no span for "neden"
    ("Tesla nerede çalıştı?", "Tesla bir laboratuvarda çalıştı."),  # no place Turkish marks as a name
    ("Kim konuştu?", "Törende Ahmet Kale ile Mehmet Yılmaz konuştu."),  # two people ("Kale" is a surname too)
    ("Konferansı hangi kurumlar destekledi?",  # "Azerbaycan'daki" only says where the bodies were
     "Heyetin, Azerbaycan'daki resmi kurumlarla yaptığı görüşmelerde adımlar atıldı."),
    # a count of another thing is no count of the asked one (a stranger's find: "18 derslik")
    ("Laboratuvarda kaç bilgisayar var?", "Hürmüzlü, okulda 18 derslik ve bir bilgisayar laboratuvarı bulunduğunu söyledi."),
    # a count of days is no count of months (a stranger's find: "**18 ay**", a bridge's works)
    ("Festival kaç gün sürecek?", "Şirket, inşaatın 18 ay süreceğini açıkladı."),
    # people are no sum of money (a blind near miss: "**38,4 milyar dinar**" for "kaç kişi çalışıyor")
    ("Bankada kaç kişi çalışıyor?", "Banka, 2023 yılını 38,4 milyar dinar net kârla kapattı."),
    # nor classrooms, nor what a school holds (a stranger's find: the capacity given as the attendance)
    ("Okulun açılışına kaç kişi katıldı?", SCHOOL_SIZE),
    ("Yarışmaya kaç kişi katıldı?", "Yarışmaya 12 takım katıldı."),
    ("Projeyi kim açıkladı?",  # a currency's country is no one (a stranger's find: "**Irak**")
     "Kaymakam, derenin ıslahı için 4 milyar Irak dinarlık bir proje hazırlandığını duyurdu."),
    ("Tuzhurmatu belediye başkanlığına kim atandı?",  # another office's holder is not the answer
     "Törene katılan Tuzhurmatu Kaymakamı Necdet Kırdar, ilçeye üç ambulans verileceğini söyledi."),
    # a language is written with a capital but names no one (a stranger's find: "Dersler Türkmence")
    ("Okulun müdürü kim?", "Dersler Türkmence ve Arapça verilecek; okulun müdürlüğüne ise bir eğitimci atandı."),
    ("Rıza Çolakoğlu hangi yıl öldü?", "Çolakoğlu 2 Nisan günü anıldı."),  # a day of a month is no year
    # a town before its noun, a language, are no one (a blind set's "**Şamahı**", "**Kerkük Türkmencesinin**")
    ("Protokole Tuzhurmatu adına kim imza attı?",
     "Tuzhurmatu ile Azerbaycan'ın Şamahı kenti arasında kardeş şehir protokolü imzalandı."),
    ("Sözlüğü kim derledi?", "Kerkük Türkmencesinin kelimelerini bir araya getiren sözlük okurla buluştu."),
])
def test_the_short_answer_is_withheld_when_it_is_not_unambiguous(question, sentence):
    assert short_answer(Question.read(question), sentence) is None


def test_question_kinds_read_turkish_question_words():
    assert Question.read("Hangi yıl onaylandı?").asked is Asked.DATE
    assert Question.read("Kaç yayınevi var?").asked is Asked.NUMBER
    assert Question.read("Bunu kim başlattı?").asked is Asked.PERSON
    assert Question.read("Hangi takım kazandı?").asked is Asked.NAME
    assert Question.read("Neden istifa etti?").asked is Asked.EXPLANATION
    assert Question.read("Köprünün yapım yılı nedir?").asked is Asked.DATE
    # "yılı net kârı": not "yılı ne" (a blind near miss was answered "**2023**")
    assert Question.read("Bankanın 2024 yılı net kârı ne kadar oldu?").asked is Asked.NUMBER


@pytest.mark.parametrize("question, terms", [
    ("Einstein Nobel ödülünü hangi yıl aldı?", ["Einstein Nobel"]),
    ("Metin, Lady Gaga'nın kaç Grammy Ödülü aldığını söylüyor?", ["Lady Gaga", "Grammy Ödülü"]),
    ("Herhangi bir oyuncu rekor kırdı mı?", []),  # a capitalised first word is not a name by itself
    ("Kim Kerkük'te 2019 seçimini kazandı?", ["Kerkük", "2019"]),
    ("15. yüzyılda ne oldu?", ["15"]),  # an ordinal counts: the 16th century's article does not answer
    ("Nahçıvan-Erbil uçuşları ne kadar?", ["Nahçıvan-Erbil"]),
])
def test_key_terms_are_the_names_and_numbers_a_question_holds(question, terms):
    assert [t.surface for t in key_terms(question)] == terms


def test_a_year_the_time_logic_read_is_not_a_key_term():
    assert key_terms("2021'de Kerkük'te ne oldu?", period_phrase="2021'de")[0].surface == "Kerkük"


def test_a_follow_up_takes_the_subject_but_not_the_period():
    history = [{"role": "user", "content": "2024'te Bakü'deki konferansı kimler düzenledi?"},
               {"role": "assistant", "content": "…", "cited": [SEED]}]
    standalone = condense_by_rule("peki ne zaman yapıldı?", history, 3, lambda text: "2024'te")
    assert standalone == "Bakü'deki konferansı ne zaman yapıldı?"
    assert cited_before(history) == frozenset({SEED})
    assert condense_by_rule("Kerkük Kültür Derneği hangi projeleri yürütüyor?", history, 3) == \
        "Kerkük Kültür Derneği hangi projeleri yürütüyor?"  # a question of its own is never glued


def test_a_follow_up_after_a_bare_follow_up_reaches_back_for_the_subject():
    """"peki ne zaman?" has no subject of its own: the next follow-up takes the one before it
    (found by a stranger's trial: "orada kaç kişi vardı?" became "zaman kaç kişi vardı?")."""
    history = [{"role": "user", "content": "Bakü'deki konferansın adı neydi?"},
               {"role": "assistant", "content": "…"},
               {"role": "user", "content": "peki ne zaman?"},
               {"role": "assistant", "content": "…"}]
    assert condense_by_rule("orada kaç kişi vardı?", history, 3) == "Bakü'deki konferansın adı kaç kişi vardı?"


def test_a_third_turn_takes_the_subject_of_the_question_that_had_one():
    """A follow-up's own words are no subject: "kaç sanatçı katıldı?" after "peki ne zaman
    yapıldı?" read "yapıldı kaç sanatçı katıldı?", and a follow-up naming the head it asks
    about ("önceki başkan") replaces the earlier one's (a stranger's finds)."""
    def talk(*questions: str) -> list[dict]:
        return [m for q in questions for m in ({"role": "user", "content": q}, {"role": "assistant", "content": "…"})]

    festival = talk("Kerkük'teki halk müziği festivalini kim düzenledi?", "peki ne zaman yapıldı?")
    assert condense_by_rule("kaç sanatçı katıldı?", festival, 3) == \
        "Kerkük'teki halk müziği festivali kaç sanatçı katıldı?"
    union = talk("Irak Türkmen Öğretmenler Birliği'nin yeni başkanı kim?", "kaç oy aldı?")
    assert condense_by_rule("peki önceki başkan kimdi?", union, 3) == \
        "Irak Türkmen Öğretmenler Birliği'nin önceki başkan kimdi?"


@pytest.mark.parametrize(("earlier", "follow_up", "standalone"), [
    # found by a stranger's trial: a question ending in "neydi" has no verb to carry over
    ("Konferansın adı neydi?", "peki ne zaman?", "Konferansın adı ne zaman?"),
    # the unit a "kaç" counts was part of what was asked, not of the subject
    ("Konferansa kaç kişilik heyet katıldı?", "peki ne zaman?", "Konferansa heyet ne zaman katıldı?"),
    # "peki" before a question with a subject of its own only joins it to the talk …
    ("Konferansa kaç kişilik heyet katıldı?", "Peki konferans nerede düzenlendi?", "Peki konferans nerede düzenlendi?"),
    ("Fuarı kim açtı?", "peki Kerkük'te kaç okul var?", "peki Kerkük'te kaç okul var?"),
    # … but not before the head of what was said ("başkanı"), a bare count, or no question at all
    ("Kerkük Kültür Derneği ne zaman kuruldu?", "peki başkanı kimdi?", "Kerkük Kültür Derneği başkanı kimdi?"),
    ("Bakü'deki konferansı kimler düzenledi?", "peki kaç kişilik heyet katıldı?",
     "Bakü'deki konferansı kaç kişilik heyet katıldı?"),
    ("Derneğin başkanı kim?", "peki en son?", "Derneğin başkanı kim en son?"),
    # a stranger's finds: the head of an adjective is no verb ("…'nin yeni kaç oy aldı?"), the
    # words after "ne zaman" tell how it was done, and "müziği" is no question particle
    ("Irak Türkmen Öğretmenler Birliği'nin yeni başkanı kim?", "kaç oy aldı?",
     "Irak Türkmen Öğretmenler Birliği'nin yeni başkanı kaç oy aldı?"),
    ("Tuzhurmatu Halk Kütüphanesi ne zaman yeniden açıldı?", "kaç kitap var?", "Tuzhurmatu Halk Kütüphanesi kaç kitap var?"),
    ("Kerkük'teki halk müziği festivalini kim düzenledi?", "peki ne zaman yapıldı?",
     "Kerkük'teki halk müziği festivali ne zaman yapıldı?"),  # (a passive takes no object: "festivalini" is not)
    # an 84th stranger's: the object of the earlier question is no object of a verb that takes none
    ("Beşir köyündeki güneş paneli projesini kimler yürüttü?", "ne kadar sürdü?",
     "Beşir köyündeki güneş paneli projesi ne kadar sürdü?"),
    ("Tuzhurmatu'daki eczane kooperatifini kim yönetiyor?", "ya sermayesi ne kadar?",
     "Tuzhurmatu'daki eczane kooperatifinin sermayesi ne kadar?"),
    ("Nenemin Sofrası kitabını kim yazdı?", "peki ne zaman?", "Nenemin Sofrası kitabını ne zaman yazdı?"),
    # (a head asked with no verb is the answer's, the organiser's: "liginin başkanı" asked the league's, refused)
    ("Kadın voleybol ligini kim düzenliyor?", "başkanı kim?", "Kadın voleybol ligini başkanı kim?"),
    # an eleventh stranger's: "kaça" asks (the earlier question was glued in front), and a
    # follow-up naming the subject itself needs none of the earlier words
    ("Kerkük'teki fırıncı kadınlar kooperatifinde kaç kişi var?", "peki ekmek kaça satılıyor?",
     "peki ekmek kaça satılıyor?"),
    ("Köprünün açılışını Ninova Valisi mi yaptı?", "peki köprü kaç metre?", "peki köprü kaç metre?"),
    # the twenty-second stranger's: a place named alone takes the earlier place's stead ("Arşivde
    # Telafer ve Tuzhurmatu birlikte geçen bir habere rastlamadım" refused the Tuzhurmatu water cut)
    ("Telafer'de su kesintisi oldu mu?", "peki Tuzhurmatu'da?", "Tuzhurmatu'da su kesintisi oldu mu?"),
    ("Kerkük'te Nevruz'a kaç kişi katıldı?", "ya Telafer'de?", "Telafer'de Nevruz'a kaç kişi katıldı?"),
    # a follow-up counting the earlier subject names it, and its capitalised "Kaç" is no name mid-question
    ("Sözlükten kaç adet basıldı?", "Kaç sözlük basıldı?", "Kaç sözlük basıldı?"),
    ("Bakü'deki konferansı kimler düzenledi?", "Kaç kişi katıldı?", "Bakü'deki konferansı kaç kişi katıldı?"),
])
def test_a_follow_up_is_written_out_as_one_question(earlier, follow_up, standalone):
    history = [{"role": "user", "content": earlier}, {"role": "assistant", "content": "…"}]
    assert condense_by_rule(follow_up, history, 3) == standalone


def test_the_short_answer_is_shown_in_bold_and_escaped():
    answer = Answer(question="q", text="**40 <kişilik>** — Heyet 40 kişilikti [1].", short="40 <kişilik>")
    html = render_answer(answer, VIEW_CARDS, Filters())
    assert '<strong class="arsiv-short">40 &lt;kişilik&gt;</strong>' in html


def test_eval_helpers_score_spans_and_turns():
    assert token_f1("40 kişilik", "40") == pytest.approx(2 / 3)
    assert token_f1("Smiljan", "Kerkük") == 0.0
    refused = Answer(question="q", text="Arşivde X hakkında bir habere rastlamadım.", refused=True)
    assert turn_passes(refused, {"refused": True}) and not turn_passes(refused, {"answers": ["x"], "article_id": "a"})


# --- end to end on the bundled corpus ---------------------------------------------------------
def test_a_factoid_answer_opens_with_its_short_answer_and_one_sentence(corpus_qa):
    answer = corpus_qa.ask("Bakü'deki konferansa kaç kişilik heyet katıldı?")
    assert answer.short == "40 kişilik"
    assert answer.text.startswith("**40 kişilik** — ") and answer.text.count("[1]") == 1
    assert answer.sources[0].doc_id == SEED


@pytest.mark.parametrize("question, missing", [
    ("Irak Türkmen heyeti Taşkent'te hangi bakanla görüştü?", "Taşkent"),
    ("Bakü'deki konferansa Özbekistan'dan kaç kişi katıldı?", "Özbekistan"),
])
def test_a_near_miss_is_refused_naming_what_the_archive_lacks(corpus_qa, question, missing):
    answer = corpus_qa.ask(question)
    assert answer.refused and answer.short is None
    assert answer.text.startswith(f"Arşivde {missing} hakkında bir habere rastlamadım.")
    assert "İlgili olabilir" in answer.text and answer.sources[0].doc_id == SEED  # listed, never the answer


def test_the_readme_follow_up_is_answered_from_the_cited_article(corpus_qa):
    first = corpus_qa.ask("Bakü'deki konferansı kimler düzenledi?")
    history = [{"role": "user", "content": "Bakü'deki konferansı kimler düzenledi?"},
               {"role": "assistant", "content": first.text, "cited": [s.doc_id for s in first.sources]}]
    answer = corpus_qa.ask("peki ne zaman yapıldı?", history)
    assert not answer.refused and answer.short == "Yedi ay önce"
    assert answer.sources[0].doc_id == SEED


def test_a_follow_up_does_not_inherit_the_period(corpus_qa):
    history = [{"role": "user", "content": "2024'te Bakü'deki konferansı kimler düzenledi?"},
               {"role": "assistant", "content": "…", "cited": [SEED]}]
    answer = corpus_qa.ask("peki kaç kişilik heyet katıldı?", history)
    assert answer.timeframe is None and "40 kişilik" in answer.text


def test_cli_json_keeps_its_keys_and_adds_the_short_answer(corpus_index, capsys, monkeypatch):
    monkeypatch.setenv("ARSIV_DATA_DIR", str(corpus_index.data_dir))
    assert rag_main(["ask", "Bakü'deki konferansa kaç kişilik heyet katıldı?", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert {"text", "sources", "refused", "timeframe", "short"} <= set(data) and data["short"] == "40 kişilik"


def test_the_cli_says_how_it_read_a_question_typed_without_turkish_letters(corpus_index, capsys, monkeypatch):
    monkeypatch.setenv("ARSIV_DATA_DIR", str(corpus_index.data_dir))
    assert rag_main(["ask", "bakudeki konferansa kac kisilik heyet katildi"]) == 0
    out = capsys.readouterr().out
    assert "(Soruyu şöyle anladım: Bakü'deki konferansa kaç kişilik heyet katıldı)" in out and "40 kişilik" in out


@needs_devset
def test_a_devset_near_miss_is_refused_and_its_neighbour_answered(devset_index, embedder):
    """On the devset archive: Einstein is not Tesla."""
    from rag.qa import ArchiveQA

    qa = ArchiveQA(devset_index, embedder=embedder)
    assert qa.ask("Einstein Nobel ödülünü hangi yıl aldı?").refused
    answer = qa.ask("Tesla hangi yıl öldü?")
    assert "1943" in answer.text and answer.sources[0].doc_id.startswith("articles/nikola-tesla")


@needs_devset
def test_a_name_typed_without_turkish_letters_is_found(devset_index, embedder):
    """"Varsova" is the archive's "Varşova" (a stranger's trial: it was refused as a name the
    archive never mentions, citing the very sentence that answered it); a name it truly lacks
    stays refused. Other languages' marks too: "Maiziere" is the archive's "Maizière"."""
    from rag.qa import ArchiveQA

    qa = ArchiveQA(devset_index, embedder=embedder)
    answer = qa.ask("Varsova'nin ilk borsasi ne zaman kuruldu?")
    assert not answer.refused and "1817" in answer.text
    assert "İçişleri Bakanı" in qa.ask("Thomas de Maiziere'nin Alman kabinesindeki görevi neydi?").text
    assert qa.ask("Einstein Nobel odulunu hangi yil aldi?").refused


def test_a_question_typed_without_turkish_letters_is_answered(corpus_qa):
    """"kimler duzenledi" is the archive's "düzenledi": the words a passage holds count however
    they were typed (a stranger's trial: the whole question was refused)."""
    answer = corpus_qa.ask("Baku'deki konferansi kimler duzenledi?")
    assert not answer.refused and "Kerkük Kültür Derneği" in answer.text


def test_a_when_answered_from_an_undated_article_says_the_date_is_unknown(corpus_qa):
    """"Yedi ay önce" counts from the day the seed article was written, which the archive does
    not know: a journalist is told so. An answer that names its date needs no such notice."""
    relative = corpus_qa.ask("Konferans ne zaman yapıldı?")
    assert relative.short == "Yedi ay önce" and relative.notice == UNDATED_WHEN
    assert corpus_qa.ask("Konferansa kaç kişilik heyet katıldı?").notice is None  # not a "when"


@pytest.fixture(scope="module")
def own_set_qa(own_data, embedder):
    """The own set, where an article's opening sentence names its subject, not the asked office."""
    from rag.qa import ArchiveQA
    from rag.settings import Settings

    return ArchiveQA(Settings(data_dir=own_data, chunk_vectors="pooled", _env_file=None), embedder=embedder)


@pytest.mark.parametrize(("question", "name", "opening"), [
    ("Kerkük Dostluk Hastanesi'nin başhekimi kim?", "Zeynep Uluçay", "Rahimava semtinde"),
    ("Yıldız Gıda'nın yönetim kurulu başkanı kim?", "Orhan Yıldız", "Taza yolu"),
    # no nearly-best sentence says "yatırım" / "başla": the best sentence read that does
    ("Yıldız Gıda Kerkük'teki un fabrikasına ne kadar yatırım yaptı?", "12 milyon dolar", "Taza yolu"),
    ("Beşinci Kerkük Türkmen Kültür Festivali hangi gün başladı?", "1 Eylül", "31 bin 500"),
    # "başhekimliğini yapıyor": the article says "Başhekim", and "yapımına" is no office
    ("Kerkük Dostluk Hastanesi'nin başhekimliğini kim yapıyor?", "Zeynep Uluçay", "kalkınma yardımları"),
])
def test_a_factoid_is_answered_where_its_own_words_are_said(own_set_qa, question, name, opening):
    """The opening sentence names the hospital (the mill) and scores high; the answer is the
    sentence that says "başhekim" ("yönetim kurulu başkanı")."""
    answer = own_set_qa.ask(question)
    assert not answer.refused and name in answer.text and opening not in answer.text


@pytest.mark.parametrize(("question", "expected"), [
    ("Telafer Belediye Başkanlığı'na 2017'de kim atandı?", "Hasan Ocakçı"),  # the article: "Belediye Başkanı"
    ("Yurtsever'e göre Telaferlilerde böbrek hastalıkları neden arttı?", "tuz"),  # the article: "Telafer halkı"
])
def test_a_name_derived_with_li_or_lik_is_found_by_the_name_it_is_made_from(own_set_qa, question, expected):
    answer = own_set_qa.ask(question)
    assert not answer.refused and expected in answer.text


@pytest.mark.parametrize(("question", "missing"), [
    ("Telafer müzik okulunun piyano öğretmeni kim?", "piyano"),  # the school's article: "öğretmen"
    ("Avrasya Bilim Akademisi'nin fizik ödülünü kim kazandı?", "fizik"),  # the award's: "Ödülü"
    ("Kerkük Gençlik Spor'un basketbol takımı geçen sezon kaçıncı oldu?", "basketbol"),  # "takım"
])
def test_another_kind_of_the_asked_thing_is_not_the_answer(own_set_qa, question, missing):
    """The articles speak of the school's teachers, an award, the club's team, never of the
    asked kind: a refusal naming it, not another teacher's name."""
    answer = own_set_qa.ask(question)
    assert answer.refused and answer.text.startswith(f"Arşivde {missing} hakkında bir habere rastlamadım.")


@pytest.mark.parametrize(("question", "refusal"), [
    # the bank's article speaks of farm loans; housing is a building fair's
    ("Dicle Ticaret Bankası'nın konut kredilerinde vade en fazla kaç yıl?",
     "Arşivde Dicle Ticaret Bankası ve konut kredisi birlikte geçen bir habere rastlamadım."),
    ("Kerkük'te kar yağışı kaç santimetreye ulaştı?",  # the flood's article: rain, "74 milimetre"
     "Arşivdeki ilgili haberler kaç santimetre olduğunu söylemiyor."),
])
def test_an_article_on_the_head_without_the_asked_kind_does_not_answer(own_set_qa, question, refusal):
    """A blind set's near misses: "beş yıl" of the bank's farm loans for its housing loans, the
    flood's rain for snow. An article holding the kind keeps its say ("en uzun süredir yayında
    olan programı": "süredir" is no kind)."""
    answer = own_set_qa.ask(question)
    assert answer.refused and answer.text.startswith(refusal)
    assert own_set_qa.ask("Yeni Ses FM'in en uzun süredir yayında olan programının adı ne?").text.count("Sabah Çayı")


@pytest.mark.parametrize(("question", "missing"), [
    ("Kerkük'te bu sezon ne kadar arpa hasat edildi?", "arpa"),  # the harvest's article: "buğday"
    ("Şorca pazarında biberin kilosu kaç dinar?", "biberin kilosu"),  # "salatalığın kilosu"
    ("Dostluk Hastanesi'nin onkoloji bölümünde kaç yatak var?", "onkoloji"),  # "yeni doğan bölümü"
    ("2024 festivalinde belgesel film yarışmasını hangi yapım kazandı?", "belgesel"),  # "kısa film yarışması"
    ("Kerkük Dostluk Hastanesi'nde muayene ücreti ne kadar?", "muayene"),  # its cost: "48 milyon dolar"
    # the flood's "2 kişi": no retrieved article holds "fabrika", the flour mill's does
    ("Tuzhurmatu'daki sıcak hava dalgasında kaç kişi kağıt fabrikasına başvurdu?", "kağıt"),
])
def test_a_kind_the_whole_archive_never_names_is_not_the_answer(own_set_qa, question, missing):
    """Blind sets' near misses, answered with the wheat harvest, the cucumber's price, the
    hospital's cost: a modifier no article holds in any form names another kind of thing."""
    answer = own_set_qa.ask(question)
    assert answer.refused and answer.text.startswith(f"Arşivde {missing} hakkında bir habere rastlamadım.")


@pytest.mark.parametrize("question", [
    "Pazarda çeyrek asırdır sebze satan pazarcının adı ne?",  # "pazarcı" is made from "pazar"; "çeyrek" counts
    "Kerkük'te kırılan yeni sıcaklık rekoru kaç derece?",  # "kırılan": a verb, no kind
    "Silolarda yer kalmayınca buğday için geçici depo nerede açıldı?",  # "kalmayınca": a converb
    "Kooperatif üyelerinin çoğu nasıl bir geçmişe sahip kadınlar?",  # "geçmişe": a case, no modifier
])
def test_a_word_the_archive_lacks_outside_a_modifiers_place_is_no_missing_kind(own_set_qa, question):
    """Answerable questions whose words the archive never holds, though none names a kind."""
    from rag.subject import unheard_kinds

    snapshot = own_set_qa.snapshots.read(lambda s: s)
    assert unheard_kinds(question, snapshot) == []
    assert not own_set_qa.ask(question).refused


def test_a_question_word_typed_without_turkish_letters_is_no_kind_of_thing(own_set_qa):
    """"kac yayinevi" asks how many publishers; it was refused as "Arşivde kac hakkında …"
    (a stranger's find)."""
    from rag.subject import kind_terms

    assert [(kind.surface, head.surface) for kind, head in kind_terms("Kerkukteki kitap fuarina kac yayinevi katildi?")] == [
        ("kitap", "fuarina")]
    assert not own_set_qa.ask("Kerkukteki kitap fuarina kac yayinevi katildi?").refused


@pytest.mark.parametrize(("question", "missing"), [
    ("Erbil Kalesi'ndeki evlerin restorasyonuna kaç dolar ayrıldı?", "Erbil Kalesi"),  # the archive: "Kerkük Kalesi"
    # "Erbil Yapı ve İnşaat Fuarı"; no article holds both "tarım" and a fair's "Fuarı"
    ("Erbil Tarım Fuarı'na kaç firma katıldı?", "Erbil Tarım Fuarı"),
    ("10. Erbil Yapı ve İnşaat Fuarı'nı kaç kişi ziyaret etti?", "10. Erbil Yapı ve İnşaat Fuarı"),  # the 9th's
    ("Rıza Çolakoğlu doğumunun 90. yılında nerede anıldı?", "90"),  # the 100th's
])
def test_a_name_the_archive_holds_only_word_by_word_is_not_the_answer(own_set_qa, question, missing):
    answer = own_set_qa.ask(question)
    assert answer.refused and answer.text.startswith(f"Arşivde {missing} hakkında bir habere rastlamadım.")


@pytest.mark.parametrize(("question", "unstated"), [
    ("Tarık Salihi kaç yaşında?", "kaç yaşında olduğunu"),  # his article gives the date he was elected
    ("Musul'da bugüne kadar ölçülen en yüksek sıcaklık kaç derece?", "kaç derece olduğunu"),  # a bazaar's opening
    # a bank's 40 milyar dinar fund: its article never names wheat
    # the wheat article is Kerkük's, the co-op's Musul's: the names are said on another topic
    ("Diyala'da bu yıl silolara kaç ton buğday teslim edildi?", "Diyala için bunu"),
    ("Telafer'de kurulan kadın el sanatları kooperatifinin başkanı kim?", "Telafer için bunu"),
    ("Kerkük Olimpik Stadı'nın yenilenmesi kaça mal olacak?", "ne kadar olduğunu"),  # the club's article gives no cost
])
def test_a_figure_the_articles_do_not_give_in_the_asked_measure_is_not_answered(own_set_qa, question, unstated):
    """A blind set's near misses, answered with a date for an age, a date for a temperature."""
    answer = own_set_qa.ask(question)
    assert answer.refused and answer.text.startswith(f"Arşivdeki ilgili haberler {unstated} söylemiyor.")
    assert "İlgili olabilir:" in answer.text and answer.sources


@pytest.mark.parametrize(("question", "expected", "wrong"), [
    ("Rıza Çolakoğlu hangi yıl öldü?", "1991", "2 Nisan"),  # a day of a month is no year
    ("Bakü'den Erbil'e uçak yolculuğu ne kadar sürüyor?", "2 saat 10 dakika", "142 yolcu"),
    ("Erbil'deki Türkmen ortaokulunun yeni binası kaça mal oldu?", "2,3 milyon", "2021-2022"),
])
def test_the_answer_is_a_figure_of_the_asked_kind(own_set_qa, question, expected, wrong):
    """A blind set's questions, answered with the memorial's date, a passenger count and
    the school year the building opened."""
    answer = own_set_qa.ask(question)
    assert not answer.refused and expected in answer.text and wrong not in answer.text


@pytest.mark.parametrize("question", [
    "Türkmeneli Yatırım Bankası 2024 yılını kaç milyar dinar kârla kapattı?",
    "Dicle Ticaret Bankası 2024 yılında ne kadar net kâr açıkladı?",
])
def test_another_years_figure_is_not_the_answer(own_set_qa, question):
    """The archive has the banks' 2023 profits (in articles of early 2024); asked for 2024's,
    the issue's unforgivable failure was to give 2023's as the answer."""
    answer = own_set_qa.ask(question)
    assert answer.refused and answer.text.startswith(
        "Arşivdeki ilgili haberler bunu 2024 yılı için söylemiyor; en yakın bilgi 2023 yılına ait.")
    assert "İlgili olabilir:" in answer.text and len(answer.sources) == 1


@pytest.mark.parametrize(("question", "office"), [
    ("Ayna Sahnesi'nin sözcüsü kim?", "sözcünün"),  # a blind near miss: the troupe's plans were the answer
    ("Türkmeneli Yatırım Bankası'nın yönetim kurulu başkanı kim?", "başkanın"),  # "**Serdar Kocabaş**", the general manager
    ("Altunköprü'deki yeni köprünün açılış törenine hangi bakan katıldı?", "bakanın"),  # the bridge's opening sentence
    # a profession is asked like an office: the building company is no architect (a stranger's find)
    ("Altunköprü'deki yeni köprünün mimarı kim?", "mimarın"),
    ("Altunköprü'deki yeni köprüyü hangi mühendis tasarladı?", "mühendisin"),
    # another owner's office: Telafer's mayor, a cooperative's president, the school's principal
    ("Sincar belediye başkanlığına kim atandı?", "Sincar belediye başkanının"),
    ("Musul'a yeni belediye başkanı olarak kim atandı?", "başkanın"),  # the cooperative's, then the timeline's
    ("Telafer müzik okulunun keman öğretmeni kim?", "öğretmenin"),
    # a name asked of a titled office asks its holder: Telafer's mayor is not Musul's (a blind near miss)
    ("Musul Belediye Başkanı'nın adı ne?", "başkanın"),
])
def test_a_kim_question_about_an_office_no_article_names_is_declined(own_set_qa, question, office):
    answer = own_set_qa.ask(question)
    assert answer.refused and answer.text.startswith(f"Arşivdeki ilgili haberler {office} kim olduğunu söylemiyor.")
    assert "İlgili olabilir:" in answer.text and answer.sources


def test_an_engineer_the_article_names_is_the_answer(own_set_qa):
    answer = own_set_qa.ask("Telafer'deki arıtma projesini yöneten mühendis kim?")
    assert answer.short == "Dilan Yurtsever"


def test_the_holder_of_the_asked_office_is_found_further_down_the_article(own_set_qa):
    """"müdürlüğünü kim yapıyor" took the foundation that "bağış yaptı" (the verb held, the
    office not); the principal is named in another chunk of the school's article."""
    answer = own_set_qa.ask("Telafer'deki müzik okulunun müdürlüğünü kim yapıyor?")
    assert not answer.refused and answer.short == "Yavuz Ağalı"


def test_a_year_spoken_of_as_this_year_may_be_the_asked_one():
    from rag.answer.span import another_year

    asked = "Banka 2024 yılını kaç kârla kapattı?"
    assert another_year(asked, "Banka, 2023 yılını 38,4 milyar dinar net kârla kapattı.") == ("2024", "2023")
    assert another_year(asked, "Banka 2023 yılında 30, bu yıl 38 milyar dinar kâr etti.") is None
    assert another_year(asked, "Banka 2024 yılını 41 milyar dinar kârla kapattı.") is None
    # the year may be a modifier in the question; a question asking when has other years for answers
    assert another_year("Festivalin 2023 bütçesi ne kadardı?",
                        "Festivalin bütçesi 2024 yılında 320 milyon dinar oldu.") == ("2023", "2024")
    assert another_year("2015'te açılan okul ilk mezunlarını hangi yıl verdi?",
                        "Okul ilk mezunlarını 2019 yılında verdi.") is None


def test_under_filters_a_figure_not_given_is_said_to_be_outside_them(own_set_qa):
    """The reader's dates may leave the answering article out: the refusal says so (a
    stranger's find: "Telafer bütçesi ne kadar?" under a spring filter was told the articles
    do not give it)."""
    from rag.retrieval import Filters

    answer = own_set_qa.ask("Tarık Salihi kaç yaşında?", filters=Filters(date(2024, 1, 1), date(2024, 12, 31)))
    assert answer.refused and answer.text.startswith(
        "Seçilen filtrelere uyan haberler kaç yaşında olduğunu söylemiyor; arşivin tamamında aramak için filtreleri kaldırın.")


@pytest.mark.parametrize(("question", "expected"), [
    ("Kerkük Kalesi evlerinin restorasyon bütçesi ne kadar?", "14 milyon dolar"),  # was "**26**" of "26'sının"
    ("Gül Eller'in ilk ihracatından ne kadar gelir elde edildi?", "18 bin dolar"),  # a chunk retrieval missed
    ("Tuzhurmatu'da ilçe meclisi için sandığa ne zaman gidildi?", "7 Şubat 2026"),  # was a sentence with no date
])
def test_what_a_factoid_asks_for_is_found_further_down_the_answering_article(own_set_qa, question, expected):
    answer = own_set_qa.ask(question)
    assert not answer.refused and answer.short == expected


@pytest.mark.parametrize(("question", "expected"), [
    ("Telafer müzik okulunda kaç öğretmen görev yapıyor?", "altı öğretmen"),
    ("Kerkük Kalesi'ndeki evlerin restorasyonu için sözleşme ne zaman imzalandı?", "17 Ocak"),
    ("9. Erbil Yapı Fuarı'na kaç firma katıldı?", "firma"),  # "Yapı ve İnşaat Fuarı" is "Yapı Fuarı"
])
def test_a_compound_the_article_holds_is_answered(own_set_qa, question, expected):
    answer = own_set_qa.ask(question)
    assert not answer.refused and expected in answer.text


def test_a_sentence_ending_in_an_ellipsis_keeps_it_before_its_citation():
    """'… artacak...' was written '… artacak.. [1].': the ellipsis is the quote's own."""
    from rag.answer.extractive import Candidate, ExtractiveAnswerer

    text, quotes = ExtractiveAnswerer(store=None).write([Candidate(1, 0, 'Şah şunları söyledi: "Fiyat artacak...', 1.0),
                                                         Candidate(2, 3, "Fiyat arttı.", 0.9)])
    assert text == 'Şah şunları söyledi: "Fiyat artacak... [1] Fiyat arttı [2].'
    assert quotes[1] == 'Şah şunları söyledi: "Fiyat artacak...'


def archive_of(tmp_path, embedder, articles: dict[str, str | bytes]):
    """An ``ArchiveQA`` over these articles (file name → text, or a PDF's bytes), ingested into ``tmp_path``."""
    from ingest.pipeline import ingest
    from rag.qa import ArchiveQA
    from rag.settings import Settings

    (tmp_path / "archive").mkdir()
    for name, text in articles.items():
        if isinstance(text, bytes):
            (tmp_path / "archive" / name).write_bytes(text)
        else:
            (tmp_path / "archive" / name).write_text(text, encoding="utf-8")
    settings = Settings(data_dir=tmp_path / "data", _env_file=None)
    ingest([tmp_path / "archive"], settings, embedder=embedder)
    return ArchiveQA(settings, embedder=embedder)


SCHOOL = """Erbil'de Yeni Türkmen Okulu Hizmete Girdi

18 Eylül 2023

Erbil'in Türkmen mahallesi Tayraval'da inşa edilen Altun Köprü Türkmen İlkokulu, 18 Eylül 2023 günü düzenlenen törenle hizmete girdi. Okulun inşasını TİKA finanse etti.

Okulda 12 derslik bulunuyor ve ilk yılda 420 öğrenci eğitim görecek. Okulun yapımı 14 ay sürdü.
"""
FAIR = """Kerkük'te 5. Türkmen Kitap Fuarı Açıldı

12 Mart 2024

Kerkük Kültür Derneği'nin düzenlediği 5. Türkmen Kitap Fuarı, 12 Mart 2024 günü Türkmen Evi'nde açıldı. Fuara 48 yayınevi katıldı.

Fuar kapsamında şair Nesrin Erbil'in katıldığı bir imza günü de düzenlendi.
"""


def test_a_word_inside_a_compound_written_as_one_word_is_held(tmp_path, embedder):
    """"okul" is in "İlkokulu": the school's "hizmete girdi" sentence answers "okul ne zaman
    açıldı", not the book fair's "açıldı" (whose article names a poet called Erbil; a
    stranger's find)."""
    qa = archive_of(tmp_path, embedder, {"okul.txt": SCHOOL, "fuar.txt": FAIR})
    answer = qa.ask("Erbil'deki okul ne zaman açıldı?")
    assert answer.short == "18 Eylül 2023" and answer.sources[0].title.startswith("Erbil'de Yeni Türkmen Okulu")


OPENED = """Erbil'de yeni Türkmen okulu öğrencilerini karşıladı

8 Eylül 2025

Erbil'in Şorca mahallesinde yapımı tamamlanan Yunus Emre Türkmen İlkokulu, yeni eğitim yılında kapılarını açtı. Okulda ilk yıl 420 öğrenci eğitim görecek.

Açılış törenine Erbil Türkmen Eğitim Müdürü Leyla Hürmüzlü ile çok sayıda veli katıldı.
"""


def test_a_passive_question_is_answered_by_the_sentence_in_the_active(tmp_path, embedder):
    """"okul ne zaman açıldı" is answered where the article says the school "kapılarını açtı",
    not by the next sentence's "ilk yıl 420 öğrenci" (a stranger's find): a passive verb's
    active form ("açıl" → "açtı", not "açıkladı") is the question's word said."""
    qa = archive_of(tmp_path, embedder, {"okul.txt": OPENED, "fuar.txt": FAIR})
    answer = qa.ask("Erbil'deki okul ne zaman açıldı?")
    assert "kapılarını açtı" in answer.text and "420" not in answer.text
    assert "8 Eylül 2025" in answer.text  # the article's date, the only one it gives


@pytest.mark.parametrize(("sentence", "roots", "held"), [
    ("Okul kapılarını açtı.", {"açıl"}, 1),
    ("Vali yeni planı açıkladı.", {"açıl"}, 0),
    ("Dernek festivali düzenledi.", {"düzenlen"}, 1),
    ("Fabrikayı bir Türk firması yaptı.", {"yapıl"}, 1),
    ("Fabrikanın yapımı sürüyor.", {"yapıl"}, 0),
    ("Yeni bloğun yapımı 22 ay sürdü.", {"blok"}, 1),  # a final k softens before a vowel
    ("Kitabın ikinci baskısı çıktı.", {"kitap"}, 1),
])
def test_a_passive_root_is_held_by_its_active_verb_only(sentence, roots, held):
    assert roots_held(sentence, roots) == held


CLINIC = """Telafer'de Ana-Çocuk Sağlığı Merkezi Açıldı

10 Şubat 2025

Telafer ilçesinde inşası 14 ay süren Ana-Çocuk Sağlığı Merkezi, 10 Şubat 2025 günü düzenlenen törenle hizmete açıldı.

Üç katlı binada 45 yatak ve iki doğumhane bulunuyor. Projenin toplam maliyeti 3,2 milyon dolar olarak açıklandı.

Merkezin başhekimliğine çocuk sağlığı uzmanı Dr. Leyla Sarıkahya atandı. Sarıkahya, merkezin günde ortalama 300 hastaya hizmet vermesinin beklendiğini söyledi.
"""


def test_a_short_follow_up_is_answered_from_the_article_being_discussed(tmp_path, embedder):
    """"Başhekim kim?" after two questions on a clinic was refused (a stranger's find): too short
    for retrieval to be sure, but its word is in the cited article (one whose words the article
    does not hold gets no such pass)."""
    qa = archive_of(tmp_path, embedder, {"klinik.txt": CLINIC, "okul.txt": OPENED, "fuar.txt": FAIR})
    history: list[dict] = []
    for question in ("Telafer'deki sağlık merkezi ne zaman açıldı?", "Merkezin maliyeti ne kadar?"):
        answer = qa.ask(question, history)
        history += [{"role": "user", "content": question},
                    {"role": "assistant", "content": answer.text, "cited": [s.doc_id for s in answer.sources]}]
    assert qa.ask("Başhekim kim?", history).short == "Dr. Leyla Sarıkahya"
    assert said_in("Başhekim kim?", [CLINIC]) and not said_in("Kaç ambulans var?", [CLINIC])


PRIZE = """Fuzuli Şiir Ödülü Bu Yıl Erbilli Şaire Verildi
3 Nisan 2025

Irak Türkmen Yazarlar Birliği'nin her yıl düzenlediği Fuzuli Şiir Ödülü'nün bu yılki sahibi Erbilli şair Nermin Hürmüzlü oldu. Ödül, 1 Nisan 2025 akşamı Kerkük'teki Türkmen Kültür Merkezi'nde düzenlenen törenle sahibini buldu.

Hürmüzlü, "Kalenin Gölgesinde" adlı şiir kitabıyla ödüle layık görüldü. Kitap, Erbil Kalesi çevresinde geçen çocukluk yıllarını ve Türkmen ninnilerini konu alıyor. Yarışmaya bu yıl Irak, Türkiye ve Azerbaycan'dan toplam 87 eser başvurdu.

Yedi kişilik seçici kurulun başkanlığını Kerkük Üniversitesi öğretim üyesi Prof. Dr. Sabah Abdullah Kerküklü yaptı. Kerküklü, ödülün bu yıl Hürmüzlü'ye verilmesinin nedeninin şairin Türkmen halk dilini modern şiirle başarıyla buluşturması olduğunu açıkladı.

Ödül kapsamında şaire 5 bin dolar para ödülü ve bir plaket verildi. Ayrıca ödüllü kitabın 2 bin adet basılarak Türkmen okullarına dağıtılacağı duyuruldu.

Törende konuşan Irak Türkmen Yazarlar Birliği Başkanı Mehmet Tuzlu, ödülün 2011 yılından bu yana verildiğini ve bugüne kadar 14 şairin bu ödülü aldığını söyledi. Tuzlu, gelecek yıl yarışmaya hikâye dalının da ekleneceğini duyurdu.
"""


def test_a_sentence_further_down_that_says_more_of_the_question_answers_it(tmp_path, embedder):
    """"Ödül hangi yıldan beri veriliyor?" was answered with the ceremony's date, a date in the
    opening chunk; the sentence that says the prize "2011 yılından bu yana verildi" is further
    down the article, in a chunk retrieval did not bring (a stranger's find)."""
    qa = archive_of(tmp_path, embedder, {"odul.txt": PRIZE, "klinik.txt": CLINIC, "fuar.txt": FAIR})
    assert qa.ask("Ödül hangi yıldan beri veriliyor?").short == "2011"


FESTIVAL = """Erbil'de Üçüncü Türkmen Kültür Festivali Sona Erdi

2 Kasım 2024

Erbil Kalesi'nin eteklerinde düzenlenen Üçüncü Erbil Türkmen Kültür Festivali, 31 Ekim 2024 akşamı verilen konserle sona erdi. Beş gün süren festivale bu yıl yaklaşık 45 bin kişi katıldı.

Festivali Erbil Türkmen Kültür Merkezi düzenledi. Merkezin başkanı Dr. Sevim Erbilli, geçen yıl düzenlenen ikinci festivale 28 bin kişinin katıldığını hatırlattı.

Festivalin bütçesi 2024 yılında 320 milyon dinar oldu. Bu tutarın 200 milyon dinarı Erbil Valiliği tarafından karşılandı.
"""


def test_a_figure_of_another_year_is_not_the_answer_in_a_strangers_archive(tmp_path, embedder):
    """"Festivalin 2023 bütçesi ne kadardı?" was answered "**320 milyon dinar**", the 2024
    budget, with no warning (a stranger's find)."""
    qa = archive_of(tmp_path, embedder, {"festival.txt": FESTIVAL, "klinik.txt": CLINIC, "fuar.txt": FAIR})
    assert qa.ask("Festivalin bütçesi ne kadardı?").short == "320 milyon dinar"
    answer = qa.ask("Festivalin 2023 bütçesi ne kadardı?")
    assert answer.refused and "320 milyon" not in answer.text


def test_an_edition_the_archive_does_not_report_is_refused_by_name(tmp_path, embedder):
    """"Birinci festivale kaç kişi katıldı?" was answered with the third festival's 45 bin (a
    stranger's find): the archive speaks of the second and the third only."""
    qa = archive_of(tmp_path, embedder, {"festival.txt": FESTIVAL, "klinik.txt": CLINIC, "fuar.txt": FAIR})
    answer = qa.ask("Birinci festivale kaç kişi katıldı?")
    assert answer.refused and "45 bin" not in answer.text
    assert "bunu birinci festival için söylemiyor; en yakın bilgi üçüncü festival hakkında" in answer.text
    assert qa.ask("İkinci festivale kaç kişi katıldı?").short == "28 bin kişi"
    assert qa.ask("Üçüncü festivale kaç kişi katıldı?").short == "45 bin kişi"


@pytest.mark.parametrize(("question", "edition"), [
    ("Birinci festivale kaç kişi katıldı?", (1, "festival")),
    ("3. etap ne zaman bitti?", (3, "etap")),
    ("Beşinci Kerkük Kitap Fuarı hangi gün başladı?", (5, "fuar")),  # the last word of the name
    ("Kulüp ikinci kez mi şampiyon oldu?", None),  # a count of times numbers nothing
    ("Kaç kişi katıldı?", None),
])
def test_the_edition_a_question_asks_about(question, edition):
    assert edition_asked(question) == edition


def test_an_article_that_numbers_no_edition_of_the_thing_says_nothing_of_editions():
    report = "Üçüncü Erbil Türkmen Kültür Festivali sona erdi. Geçen yıl ikinci festivale 28 bin kişi katıldı."
    assert another_edition((1, "festival"), report) == 3
    assert another_edition((2, "festival"), report) is None
    assert another_edition((4, "çeyrek"), "Miller topu son çeyrekte Newton'dan aldı.") is None


CLUB = f"""Tuzhurmatu Gençlik Spor Birinci Lige Yükseldi

20 Haziran 2024

Tuzhurmatu Gençlik Spor Kulübü, Samarra Spor'u 2-1 yenerek Irak Birinci Ligi'ne yükseldi. {CLUB_BUDGET}
"""
CITY_BUDGET = """Kerkük'te Yeni Köprünün Temeli Atıldı

12 Mart 2024

Hasa Çayı üzerine yapılacak yeni köprünün temeli törenle atıldı. Kerkük Belediyesi'nin 2023 yılı yatırım bütçesi 38 milyar dinar olarak gerçekleşmişti. 2024 yılı için ise belediyenin yatırım bütçesi 52 milyar dinara çıkarıldı.
"""
CRAFTS_FAIR = """Erbil'de El Sanatları Festivali Sona Erdi

2 Kasım 2024

Erbil'de düzenlenen el sanatları festivali sona erdi. Stantlarda Tuzhurmatu'nun el yapımı bakır kapları satışa sunuldu. Festivalin bütçesi 2024 yılında 320 milyon dinar oldu.
"""


def test_the_latest_figure_is_the_latest_year_of_the_subjects_own_article(tmp_path, embedder):
    """"en son" took the older of two years one article gives ("2023 yılı … 38 milyar" before
    "2024 yılı için ise … 52 milyar"), and a newer festival report that names Tuzhurmatu in
    passing gave its own budget for the club's (a stranger's finds)."""
    qa = archive_of(tmp_path, embedder, {"kulup.txt": CLUB, "kopru.txt": CITY_BUDGET, "festival.txt": CRAFTS_FAIR})
    answer = qa.ask("Kerkük Belediyesi'nin yatırım bütçesi en son ne kadardı?")
    assert answer.short == "52 milyar dinar"
    answer = qa.ask("Tuzhurmatu kulübünün bütçesi en son ne kadar?")
    assert answer.short == "1,4 milyar dinar" and answer.sources[0].title.startswith("Tuzhurmatu")
    assert qa.ask("Tuzhurmatu kulübünün 2023 bütçesi ne kadardı?").short == "850 milyon dinar"


UNION = """Irak Türkmen Öğretmenler Birliği'nin yeni başkanı Dr. Sevim Ağalı oldu

KERKÜK – 18 OCAK 2025

Irak Türkmen Öğretmenler Birliği'nin 8. Olağan Kongresi 17 Ocak 2025 Cuma günü Kerkük Üniversitesi Konferans Salonu'nda yapıldı. Kongrede birliğin yeni genel başkanlığına Kerkük Üniversitesi Eğitim Fakültesi öğretim üyesi Dr. Sevim Ağalı seçildi.

Birliğin önceki genel başkanı Nihat Bayatlı, 2019'dan bu yana altı yıldır görevdeydi ve bu kongrede yeniden aday olmadı. Bayatlı, yaptığı veda konuşmasında birliğin üye sayısının kendi döneminde 2 bin 900'den 4 bin 800'e çıktığını söyledi.
"""


def test_the_newest_holder_is_the_one_the_article_names_for_the_office_asked(tmp_path, embedder):
    """"yeni başkanı kim" (read as the newest) took the congress's opening sentence, then the
    former president; "kaç üyesi var" took "8. Olağan Kongresi" as a count (a stranger's finds)."""
    qa = archive_of(tmp_path, embedder, {"kongre.txt": UNION, "festival.txt": FESTIVAL, "klinik.txt": CLINIC})
    assert qa.ask("Irak Türkmen Öğretmenler Birliği'nin yeni başkanı kim?").short == "Dr. Sevim Ağalı"
    assert qa.ask("Birliğin önceki genel başkanı kimdi?").short == "Nihat Bayatlı"
    members = qa.ask("Öğretmenler Birliği'nin kaç üyesi var?")
    assert "4 bin 800" in members.text and members.short != "8"


SPORTS = """Kerkük Gençlikspor, Erbil Yıldızları'nı 3-1 yendi

14 Mart 2025

Irak Türkmen futbol liginin on ikinci haftasında Kerkük Gençlikspor, sahasında Erbil Yıldızları'nı 3-1 mağlup etti. Karşılaşma Kerkük Olimpiyat Stadı'nda yaklaşık 6 bin seyirci önünde oynandı.

Kulüp Başkanı Hasan Bayatlı maçtan sonra yaptığı açıklamada, "Bu galibiyet taraftarımızın desteğiyle geldi" dedi.
"""


def test_a_question_typed_without_turkish_letters_is_asked_as_the_archive_writes(tmp_path, embedder):
    """"kerkuk gencliksporun maci ne zaman oynandi", typed on a phone, was refused while the same
    question with Turkish letters was answered (a stranger's find): it is read with the
    archive's letters, and the reader is shown how it was read."""
    seed = (CORPUS / "irak-turkleri-azerbaycan-iliskileri.txt").read_text(encoding="utf-8")
    qa = archive_of(tmp_path, embedder, {"spor.txt": SPORTS, "okul.txt": SCHOOL, "fuar.txt": FAIR, "azerbaycan.txt": seed})
    answer = qa.ask("kerkuk gencliksporun maci ne zaman oynandi")
    assert not answer.refused and "14 Mart 2025" in answer.text and answer.sources[0].title.startswith("Kerkük Gençlikspor")
    # "Gençlikspor" follows "Kerkük" inside the article's sentences, as a name's later word
    assert answer.standalone_question == "Kerkük gençliksporun maçı ne zaman oynandı"


WATER = """Telafer'de içme suyu arıtma tesisi hizmete açıldı

KERKÜK – 18 KASIM 2023

Telafer'in Saray mahallesinde yapılan içme suyu arıtma tesisi, 16 Kasım Perşembe günü düzenlenen törenle hizmete açıldı. Tesis, saatte 1.200 metreküp su arıtma kapasitesine sahip.

Telafer Belediye Başkanı Ali Ekrem Telaferli, tesisin ilçenin altı mahallesinde yaşayan yaklaşık 45 bin kişiye temiz içme suyu sağlayacağını söyledi. Projenin toplam maliyeti 3,2 milyon dolar oldu. Tesisin inşaatına Mart 2022'de başlandı ve çalışmalar 20 ay sürdü. Proje kapsamında ilçeye 38 kilometre uzunluğunda yeni boru hattı döşendi.

Tesisin elektrik ihtiyacının bir bölümü çatısına kurulan güneş panellerinden karşılanacak. Proje mühendisi Zeynep Avcı, tesiste çalışacak 16 teknisyenin Musul'da üç aylık eğitim aldığını belirtti.

Tesisin yapılmasının temel nedeni, ilçedeki kuyu sularının tuzlu ve kirli olmasıydı. Telafer Devlet Hastanesi Başhekimi Dr. Kerim Ömeroğlu, kirli su nedeniyle ilçede ishal vakalarının arttığını hatırlattı. Telaferli aileler bugüne kadar içme suyunu büyük ölçüde tankerlerden satın alıyordu.

Belediye, tesisten gelen suyun ilk altı ay ücretsiz olacağını açıkladı. Daha sonra her hane için aylık 5 bin dinar sabit ücret alınacak.
"""

ELECTION = """Kadınlar Derneği'nin yeni başkanı Gülşen Nakkaş oldu

ERBİL – 22 MAYIS 2024

Erbil Türkmen Kadınlar Derneği'nin beşinci olağan genel kurulu 21 Mayıs Salı günü yapıldı. Seçimde iki aday yarıştı. 47 yaşındaki Gülşen Nakkaş 112 oy alırken, rakibi eczacı Suna Erbilli 74 oy aldı.

Derneğin 2018 yılında 95 üyesi vardı; bu sayı 2021'de 160'a, bu yıl ise 236'ya ulaştı.
"""


def test_a_why_question_is_answered_by_the_sentence_that_gives_the_reason(tmp_path, embedder):
    """A fifth stranger's finds: "neden yapıldı" got the opening and the capacity sentences
    though the article says "Tesisin yapılmasının temel nedeni …" further down; a date said
    without its year gets the year of the article's date ("16 Kasım" in an article of 18
    November 2023); an age before a name ("47 yaşındaki Gülşen Nakkaş") is hers, not her
    rival's; "2021'de kaç üyesi" got 2018's "95 üyesi"."""
    qa = archive_of(tmp_path, embedder, {"su.txt": WATER, "dernek.txt": ELECTION})
    why = qa.ask("Telafer'de arıtma tesisi neden yapıldı?")
    assert not why.refused and why.text.startswith("Tesisin yapılmasının temel nedeni")
    assert qa.ask("Telafer'de arıtma tesisi ne zaman açıldı?").short == "16 Kasım 2023"
    assert qa.ask("Suna Erbilli kaç yaşında?").refused
    assert qa.ask("Gülşen Nakkaş kaç yaşında?").short.startswith("47 yaş")
    # the figure said for the asked year, though its unit is left unsaid ("2021'de 160'a")
    assert qa.ask("Erbil Türkmen Kadınlar Derneği'nin 2021'de kaç üyesi vardı?").short == "160"


def test_a_day_and_month_take_the_year_nearest_the_article_date():
    from rag.language.dates import with_year

    assert with_year("16 Kasım", "2023-11-18") == "16 Kasım 2023"
    assert with_year("15 Aralık", "2025-01-10") == "15 Aralık 2024"  # the past December
    assert with_year("15 Ocak", "2024-12-20") == "15 Ocak 2025"  # the coming January
    assert with_year("16 Kasım", None) == "16 Kasım" and with_year("2021", "2024-01-01") == "2021"
    # a year counted back from the article's (the 72nd stranger's "iki yıl önce … kurduğu"); a span of years is none
    assert with_year("iki yıl önce", "2024-08-20") == "2022 (iki yıl önce)"
    assert with_year("Geçen yıl", "2024-08-20") == "2023 (Geçen yıl)"
    assert with_year("iki yıl", "2024-08-20") == "iki yıl"


CUP = """Tuzhurmatu Gençlerbirliği, Kerkük Gençlik Kupası'nı kazandı

TUZHURMATU – 4 NİSAN 2024

Tuzhurmatu Gençlerbirliği, bu yıl yedinci kez düzenlenen Kerkük Gençlik Kupası'nın finalinde Dakuk Spor'u 3-2 yenerek şampiyon oldu. Final maçı 3 Nisan Çarşamba günü Kerkük Olimpik Stadı'nda yaklaşık 4 bin seyirci önünde oynandı.

Turnuvayı Kerkük İl Gençlik ve Spor Müdürlüğü düzenledi. 17 yaş altı takımlar için yapılan kupaya bu yıl 14 kulüp katıldı. Gençlerbirliği'nin gollerini Ali Kasaboğlu, Yusuf Demirci ve Kerem Bayatlı attı.

Kulübün teknik direktörü Sami Nefçi, oyuncularının kendi sahaları olmadığı için haftada üç gün okul bahçesinde çalıştığını söyledi. Kulüp yönetimi, şampiyonluğun Tuzhurmatu'da cuma akşamı düzenlenen bir kutlamayla taraftarlarla paylaşıldığını bildirdi.
"""

JURY = ('Prof. Dr. Nermin Bezirganlı başkanlığındaki beş kişilik jüri, "Altın Hoyrat" ödülünü Telafer\'den '
        "19 yaşındaki Abbas Terzi'ye verdi.")


def test_the_short_answer_is_the_slot_the_question_asks_for():
    """A fifth stranger's finds: the bold answer was another slot of the right sentence —
    the jury's chair for the winner, the whole sentence's figures for one person's, the
    capacity without its rate, an ordinal with the word after it."""
    won = short_answer(Question.read("Altın Hoyrat ödülünü kim kazandı?"), JURY)
    assert won == "Abbas Terzi"  # a dative before "verdi" names who got it; the chair led the jury
    assert short_answer(Question.read("Hoyrat jürisinin başkanı kimdi?"), JURY) == "Prof. Dr. Nermin Bezirganlı"
    votes = "47 yaşındaki Gülşen Nakkaş 112 oy alırken, rakibi eczacı Suna Erbilli 74 oy aldı."
    assert short_answer(Question.read("Gülşen Nakkaş seçimde kaç oy aldı?"), votes) == "112 oy"
    assert short_answer(Question.read("Suna Erbilli kaç oy aldı?"), votes) == "74 oy"
    assert short_answer(Question.read("Seçimde kaç oy kullanıldı?"), votes) is None  # no one named: two figures
    assert fit(Question.read("Nakkaş kaç oy aldı?"), "Seçimde iki aday yarıştı.") == 0  # counts candidates
    capacity = Question.read("Tesisin kapasitesi ne kadar?")
    plant = "Tesis, saatte 1.200 metreküp su arıtma kapasitesine sahip."
    assert short_answer(capacity, plant) == "saatte 1.200 metreküp"
    heat = "Sağlık Müdürlüğü son üç günde 230 kişinin hastanelere başvurduğunu bildirdi."
    assert short_answer(Question.read("Kaç kişi hastaneye başvurdu?"), heat) == "230 kişi"  # three days, no rate
    assert short_answer(Question.read("Kaç polis görev yaptı?"), "Kutlamalarda 800 polisin görev yaptığı açıklandı.") \
        == "800 polis"
    cup = "Gençlerbirliği, bu yıl yedinci kez düzenlenen kupanın finalinde Dakuk Spor'u 3-2 yendi."
    assert short_answer(Question.read("Kupa kaçıncı kez düzenlendi?"), cup) == "yedinci kez"
    assembly = "Derneğin beşinci olağan genel kurulu 21 Mayıs Salı günü yapıldı."
    assert short_answer(Question.read("Derneğin genel kurulu kaçıncıydı?"), assembly) == "beşinci"


def test_a_person_named_by_surname_is_shown_by_the_full_name_the_article_gives():
    from rag.answer.span import full_name

    article = f"Hoyrat yarışması sona erdi\n{JURY} Jüri Başkanı Bezirganlı, 27 yarışmacının başvurduğunu söyledi."
    assert full_name("Bezirganlı", article) == "Prof. Dr. Nermin Bezirganlı"
    assert full_name("Tiken", "Takımın golcüsü Kasım Tiken, sezonu 21 golle tamamladı.") == "Kasım Tiken"
    assert full_name("Tiken", "Maç 16 Kasım Tiken sahasında oynandı.") == "Tiken"  # a date's month is no first name
    assert full_name("Salihi", "Salihi, maçtan sonra konuştu.") == "Salihi"  # no full name given: as it is


def test_what_is_asked_is_found_in_a_sentence_retrieval_did_not_bring(tmp_path, embedder):
    """"kaçıncı kez düzenlendi" got "… düzenlenen bir kutlamayla …" (a sentence with the
    question's verb and nothing of what is asked); "kaç oy aldı" got "Seçimde iki aday
    yarıştı" (a number counting candidates); a surname answer is shown in full."""
    qa = archive_of(tmp_path, embedder, {"kupa.txt": CUP, "dernek.txt": ELECTION, "su.txt": WATER})
    assert qa.ask("Kerkük Gençlik Kupası kaçıncı kez düzenlendi?").short == "yedinci kez"
    assert qa.ask("Gülşen Nakkaş seçimde kaç oy aldı?").short == "112 oy"
    assert qa.ask("Telafer'deki tesisin kapasitesi ne kadar?").short == "saatte 1.200 metreküp"


PLAYOFF = """Tuzhurmatu Gençlik Kulübü Birinci Lige Yükseldi

19 Mayıs 2024

Tuzhurmatu Gençlik Kulübü, İkinci Lig play-off finalinde Diyala Birliği'ni 3-1 yenerek tarihinde ilk kez Birinci Lig'e yükseldi. Karşılaşmayı yaklaşık 6 bin taraftar izledi.

Teknik direktör Kemal Yaycılı, başarının sırrının 2019'da kurulan altyapı akademisi olduğunu söyledi. Kulübü 1987'de kurulan kulübün başkanı Haydar Beyatlı yönetiyor.
"""

COOPERATIVE = """Beşir Köyünde Çiftçiler Kooperatif Kurdu

22 Ekim 2023

Kerkük'ün güneyindeki Beşir köyünde 73 Türkmen çiftçi, Beşir Çiftçileri Tarım Kooperatifi'ni kurdu. Kooperatifin kuruluş toplantısı köyün düğün salonunda yapıldı ve yönetim kurulu başkanlığına 54 yaşındaki çiftçi Salih Avcı seçildi.

Kerkük Tarım Müdürü Abdülkadir Saatçi, Beşir örneğinin başarılı olması hâlinde benzer kooperatiflerin Yayçı köyünde de kurulmasını destekleyeceklerini söyledi.
"""


def test_an_office_of_an_owner_the_article_is_not_about_is_not_answered(tmp_path, embedder):
    """A sixth stranger's near misses, each answered in bold with a person of the article:
    "Diyala Birliği'nin teknik direktörü" (the winners' coach), "Yayçı köyündeki kooperatifin
    başkanı" (Beşir's), "Tuzhurmatu'da açılacak kliniğin başhekimi" (Telafer's); and the
    holder the article does name was refused when the opening sentence came first."""
    qa = archive_of(tmp_path, embedder, {"kulup.txt": PLAYOFF, "koop.txt": COOPERATIVE, "klinik.txt": CLINIC})
    assert qa.ask("Tuzhurmatu Gençlik Kulübü'nün teknik direktörü kim?").short == "Kemal Yaycılı"
    assert qa.ask("Diyala Birliği'nin teknik direktörü kim?").refused
    assert qa.ask("Beşir kooperatifinin başkanı kim?").short == "Salih Avcı"
    assert qa.ask("Yayçı köyündeki kooperatifin başkanı kim?").refused
    assert qa.ask("Telafer merkezinin başhekimi kim?").short == "Dr. Leyla Sarıkahya"
    assert qa.ask("Tuzhurmatu'da açılacak merkezin başhekimi kim?").refused


@pytest.mark.parametrize("question, office, owner, place", [
    ("Diyala Birliği'nin teknik direktörü kim?", "teknik direktör", None, "birlik"),
    ("Yayçı köyündeki kooperatifin başkanı kim?", "başkan", "kooperatif", "yayçı"),
    ("Tuzhurmatu'da açılacak kliniğin başhekimi kim?", "başhekim", "klinik", "tuzhurmat"),
    ("Kerküklü firma sahibi kim?", "sahib", "firm", "kerkük"),  # "-li": of Kerkük
    ("ABD'de öğretmenler için gereksinimlere kim karar verir?", None, None, None),  # no holder asked
])
def test_whose_office_a_question_asks(question, office, owner, place):
    asked = Question.read(question)
    assert (asked.office, asked.office_of, asked.office_place) == (office, owner, place)


def test_a_person_is_the_name_after_the_title_and_a_place_is_no_person():
    opened = "Kliniği, Ninova İl Sağlık Müdürü Dr. Faruk Abbasoğlu birlikte açtı."
    assert short_answer(Question.read("Sağlık kliniğini kim açtı?"), opened) == "Dr. Faruk Abbasoğlu"
    lead = "Telafer'in Hasan Koy mahallesinde inşa edilen klinik, 7 Kasım 2023 Salı günü hizmete girdi."
    assert short_answer(Question.read("Telafer'deki kliniği kim açtı?"), lead) is None  # a neighbourhood opens nothing


def test_a_count_of_a_thing_the_article_never_names_is_not_answered(tmp_path, embedder):
    """"Telafer'deki merkezin kaç ambulansı var?" got the beds sentence: an article that never
    names an ambulance counts none. "kaç yatak" is answered, and so is a count whose noun the
    article inflects otherwise ("kaç üyenin oyunu" → "340 üyeden 212'sinin")."""
    qa = archive_of(tmp_path, embedder, {"klinik.txt": CLINIC, "dernek.txt": ELECTION})
    answer = qa.ask("Telafer'deki merkezin kaç ambulansı var?")
    assert answer.refused and "bu sayıyı söylemiyor" in answer.text
    assert qa.ask("Telafer'deki merkezde kaç yatak var?").short == "45 yatak"
    assert not qa.ask("Gülşen Nakkaş kaç üyenin oyunu aldı?").refused
    assert not qa.ask("Gülşen Nakkaş kaç oyla seçildi?").refused  # "oyla": "oy" + "la"


def test_an_ordinal_counts_nothing_and_two_people_together_are_both_the_answer():
    book = "Şair Ayten Köprülü'nün üçüncü şiir kitabı Erbil'de tanıtıldı."
    assert short_answer(Question.read("Kitapta kaç şiir var?"), book) is None  # "üçüncü şiir kitabı" counts no poems
    assert short_answer(Question.read("Köprülü'nün kaçıncı kitabı?"), book) == "üçüncü"
    opened = "Kliniği, Dr. Faruk Abbasoğlu ile Telafer Kaymakamı Kasım Tahir birlikte açtı."
    together = short_answer(Question.read("Kliniği kim açtı?"), opened)
    assert together == "Dr. Faruk Abbasoğlu ile Telafer Kaymakamı Kasım Tahir"


WRESTLING = """Kerküklü Güreşçi Asya Şampiyonu Oldu

3 Ağustos 2025

Kerküklü güreşçi Murat Hasanoğlu, Taşkent'te düzenlenen Asya Gençler Güreş Şampiyonası'nda 74 kiloda altın madalya kazandı. Hasanoğlu finalde İranlı rakibini 6-4 yendi.

Sporcunun antrenörü Rıdvan Koçoğlu, "Hasanoğlu güreşe 11 yaşında başladı" diye anlattı. Şampiyonun madalyası törenle verildi ve kendilerine bir plaket sunuldu.

Törende kulübün en uzun süredir görevde olan yöneticisi Cemal Tuzlu da konuştu.
"""


def test_a_name_the_article_never_gives_is_not_answered_with_a_sentence_naming_no_one(tmp_path, embedder):
    """A third of the blind sets' answered near misses asked a name the article never gives
    ("İranlı güreşçinin adı ne?" got "finalde İranlı rakibini 6-4 yendi"); a name the article
    gives further down is found ("Yeni Ses FM'in en uzun süredir yayında olan programının adı
    ne?" → "Sabah Çayı", the opening sentence had come first)."""
    qa = archive_of(tmp_path, embedder, {"gures.txt": WRESTLING})
    answer = qa.ask("Hasanoğlu'nun finalde yendiği İranlı rakibinin adı ne?")
    assert answer.refused and "rakibinin adını söylemiyor" in answer.text
    assert "Rıdvan Koçoğlu" in qa.ask("Hasanoğlu'nun antrenörünün adı nedir?").text
    assert "Cemal Tuzlu" in qa.ask("Kulübün en uzun süredir görevdeki yöneticisinin adı ne?").text
    # the name of a term may be written in lower case: not a question this rule reads
    assert asks_name("Bir problem örneğinde kullanılan alfabenin adı nedir?") is None
    assert asks_name("Telafer'deki emekli müzisyenlerin adları ne?").said == "müzisyenlerin adlarını"


def test_dying_and_being_born_are_read_in_their_idioms(own_set_qa):
    """"nerede doğdu" got the commemoration's "**Erbil**": the article says "1923 yılında
    Altunköprü'de dünyaya gelen"; news says "hayatını kaybetti" for "öldü" too."""
    from rag.subject import predicate_roots, roots_held

    answer = own_set_qa.ask("Çolakoğlu nerede doğdu?")
    assert "Altunköprü'de dünyaya gelen" in answer.text and answer.short != "Erbil"
    assert predicate_roots("Selde kaç kişi öldü?", []) == {"sel", "öl", "kiş"}
    assert roots_held("Selde 2 kişi hayatını kaybetti.", {"öl"}) == 1
    assert roots_held("Sıcaklık 51 derece ölçüldü.", {"öl"}) == 0  # "ölç" is another verb


def test_a_former_ones_figure_is_not_the_answer(own_set_qa):
    """"Kerkük'te kırılan sıcaklık rekoru kaç derece?" got "Önceki rekor 50,6 dereceydi"; the
    new bridge's opening day got a sentence on the old bridge's queues."""
    assert own_set_qa.ask("Kerkük'te kırılan sıcaklık rekoru kaç derece?").short == "51,2 derece"
    assert "2 Kasım" in own_set_qa.ask("Altunköprü'deki yeni köprüden araçlar hangi gün geçmeye başladı?").text
    record = Question.read("Kerkük'te kırılan sıcaklık rekoru kaç derece?")
    assert speaks_of_former(record, "Önceki rekor 50,6 dereceydi.")
    assert not speaks_of_former(record, "Önceki yıllarda rekor 49 dereceydi.")  # a time, not a former record
    assert not speaks_of_former(Question.read("Önceki rekor kaç dereceydi?"), "Önceki rekor 50,6 dereceydi.")
    # a date of a former thing is its own: "önceki patentlerini 1943'te geri verdi"
    assert not speaks_of_former(Question.read("Patentler ne zaman geri verildi?"), "1943'te önceki patentlerini geri verdi.")


@pytest.mark.parametrize(("question", "reason"), [
    # "artışı … bol yağışa … bağladı" ranks below the harvest's figures, which give no reason
    ("Kerkük'te bu yıl buğday hasadı neden bu kadar yüksek çıktı?", "bol yağışa"),
    ("Kerkük'te kırmızı et neden pahalandı?", "yem fiyatlarındaki artışın"),  # "… yukarı çektiğini"
    ("Türkmeneli Yatırım Bankası'nın kârı 2023'te neden arttı?", "kredilerden kaynaklandığını"),
])
def test_a_why_is_answered_by_the_sentence_that_gives_a_cause(own_set_qa, question, reason):
    """Five blind "neden" questions got the article's opening: a cause is also said with a
    verb ("bağladı", "kaynaklandı", "yukarı çekti") or "-dığı için", and the best sentence
    giving one answers, however far below the best sentence it ranks."""
    assert reason in own_set_qa.ask(question).text
    assert gives_reason("Havuzlara su çekemediğimiz için balıklar ölüyor.")
    assert not gives_reason("Sağanak yağış sele yol açtı.")  # what the rain did, not why the damage


@pytest.mark.parametrize(("question", "whose"), [
    # "Özbekistan'ın başkenti Taşkent'te" names places, not the Iranian wrestler
    ("Murat Hasanoğlu'nun finalde yendiği İranlı güreşçinin adı ne?", "güreşçinin"),
    # "Ayna Sahnesi, yeni oyunu "Kerpiç Evler"in …": a play's title in quotes is no spokesman
    ("Ayna Sahnesi topluluğunun sözcüsünün adı ne?", "sözcüsünün"),
])
def test_a_persons_name_is_a_full_name_or_a_titled_one(own_set_qa, question, whose):
    """Three blind near misses asked a person's name the article never gives, and got a
    sentence naming a country or a play: news names a person by first name and surname, or
    after a title."""
    answer = own_set_qa.ask(question)
    assert answer.refused and f"{whose} adını söylemiyor" in answer.text
    assert "Rıdvan Koçoğlu" in own_set_qa.ask("Murat Hasanoğlu'nu çalıştıran antrenörün adı nedir?").text


def test_a_short_counted_noun_is_held_only_as_a_word_of_its_own(tmp_path, embedder):
    """"Kaç dile çevrildi?" was answered: "dile" read as "di" + "le" was held by "diye",
    "dil" by "kendilerine". Turkish puts a buffer letter after a vowel only."""
    qa = archive_of(tmp_path, embedder, {"gures.txt": WRESTLING})
    answer = qa.ask("Hasanoğlu'nun madalya töreni kaç dile çevrildi?")
    assert answer.refused and "bu sayıyı söylemiyor" in answer.text
    spoken = Question.read("Kitap kaç dile çevrildi?")
    assert names_counted(spoken, "Kitap üç dilde yayımlandı.") and names_counted(spoken, "Arapça ve Türkçe dillerinde")
    assert not names_counted(spoken, "Kendilerine diye bir dilek iletildi.")
    assert names_counted(Question.read("Meclis kaç üyeden oluşuyor?"), "15 üyelik meclis")
    assert names_counted(Question.read("Nakkaş kaç oyla kazandı?"), "Nakkaş 112 oyuyla kazandı.")


PLANT = """Telafer'de su arıtma tesisi açıldı

12 Mayıs 2025

Telafer Belediye Başkanı Hasan Ocakçı, şehrin yeni su arıtma tesisini hizmete açtı. Ocakçı daha önce Musul'da özel bir inşaat firmasında proje müdürü olarak çalışıyordu.

Tesisin restorasyon danışmanlığını Türkiyeli mimar Hande Karaağaç üstlendi. Tesis suyunu Dicle Nehri'nden çeken bir boru hattından alıyor.
"""

BUILDING_FAIR = """Erbil'de inşaat fuarı sona erdi

25 Ekim 2025

Erbil Uluslararası Fuar Alanı'nda düzenlenen 9. Erbil Yapı ve İnşaat Fuarı, dört gün boyunca 45 bin ziyaretçiyi ağırladı. Fuarı düzenleyen Zagros Fuarcılık'ın genel müdürü Barış Ongun, ön anlaşmaların 310 milyon doları aştığını söyledi.

Ongun, "Talep artacak. Gelecek yıl fuar alanını büyütmeyi planlıyoruz" dedi. Fuara katılan Irak Türkmen heyeti 40 kişiydi.
"""


def test_a_body_the_article_never_names_is_not_answered_with_a_person_or_a_city(tmp_path, embedder, own_set_qa):
    """"hangi firma inşa etti" got "**Musul**" (the mayor's former employer's city), "hangi
    firma üstlendi" an architect, "hangi şirket organize etti" "**Gelecek**" (a quoted sentence's
    first word) and "**Erbil Yapı**" (the word after the ordinal "9." read as a sentence start)."""
    answer = own_set_qa.ask("Telafer'deki su arıtma tesisini hangi firma inşa etti?")
    assert answer.refused and "firmanın adını söylemiyor" in answer.text
    assert own_set_qa.ask("Erbil'deki inşaat fuarını hangi şirket organize etti?").short == "Zagros Fuarcılık"
    qa = archive_of(tmp_path, embedder, {"tesis.txt": PLANT})
    answer = qa.ask("Telafer'deki su arıtma tesisini hangi firma inşa etti?")  # "Belediye Başkanı Hasan Ocakçı …"
    assert answer.refused and "firmanın adını söylemiyor" in answer.text
    opening = "Erbil Fuar Alanı'nda düzenlenen 9. Erbil Yapı ve İnşaat Fuarı, 45 bin ziyaretçiyi ağırladı."
    assert short_answer(Question.read("Erbil'deki inşaat fuarını hangi şirket organize etti?"), opening) is None
    restored = Question.read("Tesisin restorasyonunu hangi firma üstlendi?")
    assert short_answer(restored, "Tesisin restorasyonunu Türkiyeli mimar Hande Karaağaç üstlendi.") is None
    said = 'Ongun, "Talep artacak. Gelecek yıl fuar alanını büyütmeyi planlıyoruz" dedi.'
    assert short_answer(Question.read("Fuarı hangi şirket organize etti?"), said) is None


@pytest.mark.parametrize(("question", "counted"), [
    ("Heyet kaç kişiydi?", "kişi"),  # the copula: "kişiydi" counts people, as "kişi" does
    ("Grev kaç gündür sürüyor?", "gün"),
    ("Hastanenin yatak sayısı kaç oldu?", None),  # "oldu" is a verb: nothing is counted
    ("Mars'ın kaç uydusu var?", "uydusu"),
    ("Vakıf kaç çadır dağıttı?", "çadır"),  # "-dır" is no copula of "ça" (it was "**1.500 ça**…")
])
def test_what_a_kac_question_counts(question, counted):
    assert Question.read(question).counted == counted


def test_a_count_asked_with_the_copula_is_answered(tmp_path, embedder):
    """"Irak Türkmen heyeti kaç kişiydi?" was refused as a count of "kişiy" nowhere named."""
    qa = archive_of(tmp_path, embedder, {"fuar.txt": BUILDING_FAIR})
    assert "40" in qa.ask("Fuara katılan Irak Türkmen heyeti kaç kişiydi?").text


def test_a_newer_article_on_another_subject_raises_no_newer_news_notice(own_set_qa):
    """"daha yeni bir haber var" pointed to a club election for "gol krallığını kim aldı": the
    newer article's nearest sentence spoke of another thing."""
    answer = own_set_qa.ask("Kerkük Gençlik Spor'un ikinci lig şampiyonluğunda gol krallığını kim aldı?")
    assert "Kasım Tiken" in answer.text and answer.notice is None


def test_a_figure_of_an_attribute_the_article_never_speaks_of_is_not_answered(own_set_qa):
    """"yaş sınırı kaç?" got the number of applicants; "tesisin maliyeti ne kadar?" another
    project's cost: an article that never speaks of an age limit or a cost gives neither."""
    answer = own_set_qa.ask("Telafer'deki müzik okuluna kayıt için yaş sınırı kaç?")
    assert answer.refused and "bu sayıyı söylemiyor" in answer.text
    assert not own_set_qa.ask("Telafer'deki su arıtma tesisinin kapasitesi ne kadar?").refused


@pytest.mark.parametrize(("question", "forms"), [
    ("Köyün nüfusu kaç?", ("nüfu", "nüfus")),  # "nüfus" + "u", or a vowel-final "nüfu" + "su"
    ("Tesisin kapasitesi ne kadar?", ("kapasite", "kapasites")),
    ("Seçimde katılım oranı yüzde kaç oldu?", ("oran",)),
    ("Mezun sayısı kaç?", ()),  # what any figure is: no attribute of its own
    ("Onarım projesi ne kadar sürecek?", ()),  # before a verb: the subject, not an attribute
    ("Biletin en ucuzu kaç dolar?", ()),
])
def test_the_attribute_a_figure_question_asks(question, forms):
    assert attribute_asked(Question.read(question), question) == forms


def test_a_range_of_days_and_a_score_are_answers_whole():
    """"3-4 Mayıs tarihlerinde" was cut to "4 Mayıs"; "kaç kaç kazandı?" was refused as a count
    of "kaç" nowhere named."""
    when = Question.read("Forum ne zaman yapıldı?")
    assert short_answer(when, "Forum 3-4 Mayıs tarihlerinde Bakü'de yapıldı.") == "3-4 Mayıs"
    score = Question.read("Gençlikspor maçı kaç kaç kazandı?")
    assert score.counted is None and short_answer(score, "Gençlikspor, Nineveh'i 3-1 yendi.").startswith("3-1")


@pytest.mark.parametrize(("question", "searched"), [
    ("Kerkük valisinin adı ne?", "Kerkük valisi kim?"),
    ("Gençlikspor'un teknik direktörünün adı ne?", "Gençlikspor'un teknik direktörü kim?"),
    ("Hinduizm'de ruhsal öğretmenin adı nedir?", "Hinduizm'de ruhsal öğretmen kim?"),  # not "öğretme" + "nin"
    ("Selde ölen baba ile oğlunun isimleri neydi?", "Selde ölen baba ile oğlu kimler?"),
    ("Alman yardım kuruluşunun adı nedir?", "Alman yardım kuruluşunun adı nedir?"),  # a body: as it is
])
def test_a_persons_name_is_searched_as_who(question, searched):
    """"Kerkük valisinin adı ne?" was refused while "Kerkük valisi kim?" was answered: the
    passages say who, not "adı"."""
    assert who_is_asked(question) == searched


def test_a_title_without_a_possessive_before_a_name_gives_the_name():
    asked = Question.read("Gençlikspor'un teknik direktörünün adı ne?")
    assert gives_name(asked, "Teknik Direktör Hüseyin Ali Beyatlı, maç sonrası konuştu.")
    assert short_answer(Question.read("Gençlikspor'un teknik direktörü kim?"),
                        "Teknik Direktör Hüseyin Ali Beyatlı, maç sonrası konuştu.") == "Hüseyin Ali Beyatlı"


MATCH = """Gençlikspor Nineveh'i Yendi

9 Mart 2025

Irak Birinci Ligi'nin 18. haftasında Kerkük Gençlikspor, sahasında Musul Nineveh Kulübü'nü 3-1 yendi. 8 Mart Cumartesi günü Kerkük Olimpiyat Stadı'nda oynanan karşılaşmayı 12 bin taraftar izledi.

Takım, bir hafta önce deplasmanda da rakibini 2-0 yenmişti. Kulübün stadı 2014'ten bu yana yenilenmedi. Valilik, kulübe yeni bir otobüs verileceğini de açıkladı.

Gençlikspor'un bir sonraki maçı 15 Mart'ta Bağdat'ta oynanacak.
"""
SONG_FESTIVAL = """Kerkük'te Hoyrat Festivali Yapıldı

22 Nisan 2025

Kerkük Türkmen Kültür Derneği'nin düzenlediği 3. Hoyrat Festivali, 19-21 Nisan tarihleri arasında Kerkük'te yapıldı. Festivale Türkiye'den ve Azerbaycan'dan 42 sanatçı katıldı.

Dernek, 4. festivali 2026 baharında Tuzhurmatu'da düzenlemeyi planladığını açıkladı.
"""


@pytest.mark.parametrize(("question", "tense"), [
    ("Gençlikspor'un bir sonraki maçı ne zaman?", Tense.FUTURE),
    ("Çocuk hastanesi ne zaman açılacak mı?", Tense.FUTURE),
    ("Festival nerede düzenlendi?", Tense.PAST),
    ("2. festival hangi şehirde yapılmıştı?", Tense.PAST),
    ("Okul ne zaman açılıyor?", None),
    ("Festivalin adı?", None),
])
def test_the_tense_a_question_asks_in(question, tense):
    assert Question.read(question).tense is tense


def test_a_coming_event_is_not_dated_by_a_day_before_the_article(tmp_path, embedder):
    """"bir sonraki maçı ne zaman?" got the match just played (**8 Mart**), "ne zaman açılacak"
    the "2014'ten bu yana" of a sentence on another subject, "ne zaman teslim edilecek" the
    article's own date before a sentence that says not when (strangers' finds)."""
    qa = archive_of(tmp_path, embedder, {"mac.txt": MATCH, "festival.txt": SONG_FESTIVAL})
    assert qa.ask("Gençlikspor'un bir sonraki maçı ne zaman?").short == "15 Mart 2025"
    assert qa.ask("Gençlikspor'un maçı ne zaman oynandı?").short == "8 Mart 2025"
    answer = qa.ask("Kulübe yeni otobüs ne zaman verilecek?")
    assert answer.refused and "ne zaman olacağını söylemiyor" in answer.text
    stadium = Question.read("Stat ne zaman yenilendi?")
    assert short_answer(stadium, "Kulübün stadı 2014'ten bu yana yenilenmedi.") is None
    since = Question.read("Stat hangi yıldan beri yenilenmedi?")
    assert short_answer(since, "Kulübün stadı 2014'ten bu yana yenilenmedi.") == "2014"


def test_a_past_event_is_not_placed_where_next_years_will_be(tmp_path, embedder):
    """"Hoyrat festivali nerede düzenlendi?" got **Tuzhurmatu**, where next year's is planned,
    and, once that sentence was set aside, **Türkiye**, where its artists came from."""
    qa = archive_of(tmp_path, embedder, {"festival.txt": SONG_FESTIVAL})
    assert qa.ask("Hoyrat festivali nerede düzenlendi?").short == "Kerkük"
    assert qa.ask("4. Hoyrat festivali nerede düzenlenecek?").short == "Tuzhurmatu"
    came = "Bu yıl 42 sanatçı Türkiye'den ve Azerbaycan'dan geldi."
    assert short_answer(Question.read("Festival nerede yapıldı?"), came) is None
    assert short_answer(Question.read("Sanatçılar nerelerden geldi?"), came) == "Türkiye ve Azerbaycan"
    assert short_answer(Question.read("Heyet hangi şehre gitti?"), "Heyet Erbil'de toplanıp Bakü'ye gitti.") == "Bakü"


UNIVERSITIES = """Kerkük Üniversitesi ile Bakü Devlet Üniversitesi anlaşma imzaladı

22 Nisan 2025

BAKÜ – Kerkük Üniversitesi ile Azerbaycan'ın köklü yükseköğretim kurumlarından Bakü Devlet Üniversitesi (BDU) arasında akademik işbirliği anlaşması imzalandı.

Anlaşma çerçevesinde iki üniversite her yıl 40'ar öğrenci ve 10'ar öğretim üyesi değişiminde bulunacak. Kerkük'te yeni yurt için 2 bin 870 başvuru yapıldı.

Rektör Terzioğlu, anlaşmanın bürokratik engelleri kaldıracağını söyledi. "Kerkük ile Bakü aynı dilin iki ağzını konuşuyor; bu anlaşma bir gönül köprüsüdür" dedi. Yurdun yapımı 4 milyon dolar tuttu.
"""
POETRY_NIGHT = """Kerkük'te Nevruz şiir akşamı

14 Mart 2025

Irak Türkmen Edebiyatçılar Birliği'nin düzenlediği Nevruz şiir akşamında "Yılın Hoyratı" ödülünü Tuzhurmatulu öğrenci Zehra Tuzlu kazandı.

Ödül olarak 1 milyon Irak dinarı ve ilk kitabının basım masrafı verildi. Tuzhurmatu'ya yeni su hattı döşenecek ve 11 mahalleye su götürülecek.
"""
CUP_FINAL = """Türkmeneli Kupası Kerkük Türkmen Gücü'nün

10 Mayıs 2025

Türkmeneli Kupası finalinde Kerkük Türkmen Gücü, Telafer Yıldızspor'u 2-1 yendi. Şampiyon takıma 25 milyon dinar, finalist takıma 10 milyon dinar para ödülü verildi.
"""


def test_what_a_figure_counts_is_read_the_way_turkish_writes_it(tmp_path, embedder):
    """"40'ar öğrenci" (forty each) gave "**iki üniversite**"; "2 bin 870 başvuru" gave "870
    başvuru"; "kaç su deposu" counted water and got "**11 mahalle**"; "ne kadar tuttu" asked
    no sum and got the staff count (strangers' finds)."""
    qa = archive_of(tmp_path, embedder, {"bdu.txt": UNIVERSITIES, "siir.txt": POETRY_NIGHT})
    assert qa.ask("Anlaşmayla her yıl kaç öğrenci gidip gelecek?").short == "40'ar öğrenci"
    assert qa.ask("Kerkük'te yurt için kaç başvuru yapıldı?").short == "2 bin 870 başvuru"
    assert Question.read("Su projesinde kaç tane su deposu yapılacak?").counted == "depo"
    assert Question.read("Salonun kaç kişi kapasitesi var?").counted == "kişi"
    depots = qa.ask("Tuzhurmatu su projesinde kaç tane su deposu yapılacak?")
    assert depots.refused and "bu sayıyı söylemiyor" in depots.text
    assert Question.read("Yurdun yapımı ne kadar tuttu?").measure == "para"
    assert "4 milyon dolar" in qa.ask("Yurdun yapımı ne kadar tuttu?").text


def test_a_hangi_universite_question_is_answered_by_a_university(tmp_path, embedder):
    """"hangi üniversiteyle anlaşma yaptı" got "**Rektör Terzioğlu**" (a rector is a person), then
    "**Bakü**" of a quote; the asked kind's own word ("Üniversitesi") is no word the question
    already names."""
    qa = archive_of(tmp_path, embedder, {"bdu.txt": UNIVERSITIES})
    for question in ("Kerkük Üniversitesi hangi üniversiteyle anlaşma yaptı?",
                     "Kerkuk Universitesi hangi universiteyle anlasma yapti?"):
        assert qa.ask(question).short == "Bakü Devlet Üniversitesi"
    body = Question.read("Hangi üniversite açıklama yaptı?")
    assert short_answer(body, "Açıklamayı dün Rektör Terzioğlu yaptı.") is None


def test_a_capitalised_first_word_before_its_head_narrows_the_articles(tmp_path, embedder):
    """"Hoyrat ödülünü kazanan genç kıza ne kadar para verildi?" was refused for "kıza" (a dative
    read as a kind of thing), then answered with a football final's prize money: "Hoyrat" begins
    the question, so its capital was taken for the sentence's."""
    qa = archive_of(tmp_path, embedder, {"siir.txt": POETRY_NIGHT, "kupa.txt": CUP_FINAL})
    answer = qa.ask("Hoyrat ödülünü kazanan genç kıza ne kadar para verildi?")
    assert "1 milyon Irak dinar" in answer.text and not answer.refused
    for question, surface in (("Hoyrat ödülünü kazanan genç kıza ne kadar para verildi?", "Hoyrat"),
                              ("Dördüncü çeyreğin sonunda ne oldu?", None), ("Genellikle hangi parti kazanır?", None)):
        term = opening_term(question, key_terms(question))
        assert (term.surface if term else None) == surface


CONGRESS = """Irak Türkmen Cephesi 10. Olağan Kongresi: Genel başkanlığa Necat Ağalı seçildi

27 Temmuz 2025

Irak Türkmen Cephesi'nin 10. Olağan Kongresi, bugün Kerkük'teki parti genel merkezinde yapıldı. Kongrede genel başkanlığa, partinin Kerkük İl Başkanı olarak görev yapan Necat Ağalı seçildi.

Seçimde 480 delegeden 467'si oy kullandı. Ağalı 312 oy alırken, diğer aday Rıza Salihi 141 oyda kaldı.

Dört yıldır genel başkanlık görevini yürüten Erşat Kayacı, sağlık sorunları nedeniyle yeniden aday olmadı. Kayacı, kongrenin açılışında yaptığı veda konuşmasında delegelere teşekkür etti.

Ağalı, seçildikten sonra yaptığı konuşmada önceliklerini sıraladı. Ağalı, "Kerkük'ün kimliği pazarlık konusu değildir" dedi. Yeni parti meclisi 35 üyeden oluşuyor.
"""
CUP_PRIZE = """Türkmeneli Kupası Kerkük Türkmen Gücü'nün

10 Mayıs 2025

Türkmeneli Kupası finalinde Kerkük Türkmen Gücü, Telafer Yıldızspor'u 2-1 yendi. Kupayı, kazanan takımın kaptanı Ahmet Kasap'a Irak Türkmen Cephesi Spor Bürosu Başkanı Hüseyin Koçak verdi.
"""
HOSPITAL = """Telafer Dostluk Hastanesi hizmete açıldı

15 Eylül 2025

Telafer'de Türkiye'nin desteğiyle inşa edilen 200 yataklı Telafer Dostluk Hastanesi, düzenlenen törenle hizmete girdi. Hastanenin açılışını Ninova Valisi Mahmud Sabri yaptı.

Hastanede 6 ameliyathane, 24 yataklı yoğun bakım ünitesi, diyaliz merkezi ve çocuk servisi bulunuyor.
"""


def test_the_holder_of_an_office_is_not_one_of_another_rank_or_the_one_who_left_it(tmp_path, embedder):
    """"Türkmen Cephesi'nin yeni genel başkanı kim oldu?" got "**Hüseyin Koçak**", the party's
    sports bureau head (the newest article's own sentence was in a chunk retrieval had not
    brought); "genel başkanlığına kim seçildi?" the outgoing chairman who did not run: the
    winner's sentence names his former "Kerkük İl Başkanı" post too (a stranger's finds)."""
    qa = archive_of(tmp_path, embedder, {"kongre.txt": CONGRESS, "kupa.txt": CUP_PRIZE})
    newest = qa.ask("Türkmen Cephesi'nin yeni genel başkanı kim oldu?")
    assert newest.short == "Necat Ağalı" and "Koçak" not in newest.text
    assert "Necat Ağalı seçildi" in qa.ask("Irak Türkmen Cephesi genel başkanlığına kim seçildi?").text
    erbil = qa.ask("Türkmen Cephesi'nin yeni Erbil il başkanı kim oldu?")
    assert erbil.refused and "Koçak" not in erbil.text


def test_a_figure_describing_another_thing_is_not_the_asked_ones(tmp_path, embedder):
    """"hastane kaç yataklı?" got "**24 yataklı**" of its intensive care unit."""
    qa = archive_of(tmp_path, embedder, {"hastane.txt": HOSPITAL})
    assert qa.ask("Telafer'de açılan yeni hastane kaç yataklı?").short == "200 yataklı"
    unit = "Hastanede 24 yataklı yoğun bakım ünitesi bulunuyor."
    assert short_answer(Question.read("Hastane kaç yataklı?"), unit) is None
    assert short_answer(Question.read("Yoğun bakım ünitesi kaç yataklı?"), unit) == "24 yataklı"
    # the thing described said right after the figure: "90 yataklı yeni blok" has no intensive care count
    care = Question.read("Hastanenin yeni bloğunda kaç yataklı yoğun bakım var?")
    assert short_answer(care, unit) == "24 yataklı"
    assert short_answer(care, "Bahçede inşa edilen 90 yataklı yeni blok hizmete açıldı.") is None


@pytest.mark.parametrize(("sentence", "published", "day"), [
    ("Şiir akşamı dün akşam Kerkük'te yapıldı.", "2025-03-14", "2025-03-13"),
    ("Final cuma akşamı Erbil'de oynandı.", "2025-05-10", "2025-05-09"),  # the last Friday up to a Saturday
    ("Merkez cuma günü açılacak.", "2025-05-10", "2025-05-16"),  # the next one
    ("Toplantı bugün yapıldı.", "2025-05-10", "2025-05-10"),
    ("Toplantı bugün yapıldı.", None, None),  # an undated article names no day
    ("Dün başlayan fuar bugün sona erdi.", "2025-05-10", None),  # two days: none is the answer
    # a future said before the weekday is not its verb's: last Sunday, not the next one (the 73rd stranger)
    ("Müdürlük, hizmet verecek 24 ambulansı Pazar günü törenle teslim etti.", "2025-03-03", "2025-03-02"),
    ("Bakan, serginin cuma günü açılacağını söyledi.", "2025-03-03", "2025-03-07"),
    # a weekday said with "geçen" / "önümüzdeki" is never the article's own day (10 May 2025 is a Saturday)
    ("Toplantı geçen salı Kerkük'te yapıldı.", "2025-05-10", "2025-05-06"),
    ("Toplantı geçen cumartesi yapıldı.", "2025-05-10", "2025-05-03"),
    ("Maç önümüzdeki pazar günü oynanacak.", "2025-05-10", "2025-05-11"),
])
def test_a_day_said_by_the_articles_own_day(sentence, published, day):
    found = said_day(sentence, published)
    assert (found.isoformat() if found else None) == day


def test_a_when_question_answered_by_yesterday_gets_the_day(tmp_path, embedder):
    """"Şiir akşamı hangi gün yapıldı?" got "dün akşam …" and the reader had to count back
    from the article's date (a stranger's find)."""
    night = POETRY_NIGHT.replace("Nevruz şiir akşamında", "dün akşam yapılan Nevruz şiir akşamında")
    qa = archive_of(tmp_path, embedder, {"siir.txt": night})
    assert qa.ask("Nevruz şiir akşamı hangi gün yapıldı?").short == "13 Mart 2025"


def test_a_when_question_answered_by_last_tuesday_gets_the_day(tmp_path, embedder):
    """"geçen salı yapılan …" in an article of Friday 14 March 2025 was quoted and the reader had to count back to
    the 11th (noticed at stop 66)."""
    night = POETRY_NIGHT.replace("Nevruz şiir akşamında", "geçen salı yapılan Nevruz şiir akşamında")
    qa = archive_of(tmp_path, embedder, {"siir.txt": night})
    assert qa.ask("Nevruz şiir akşamı ne zaman yapıldı?").short == "11 Mart 2025"


BRIDGE = """Telafer'de Tel Abta Köprüsü hizmete açıldı

22 Mayıs 2025

Telafer ile Tel Abta bölgesini bağlayan yeni köprü, dün düzenlenen törenle hizmete açıldı. 340 metre uzunluğundaki köprü, her iki yönde ikişer şeritten oluşuyor.

Vali Süleymani, 2014'teki DEAŞ işgali sırasında eski köprünün yıkıldığını hatırlattı. Köprünün maliyeti 12 milyar dinar oldu. Mahkeme, köylülerin davasında kararını perşembe günü açıkladı.
"""


def test_a_figure_of_another_attribute_or_kind_of_sum_is_not_the_answer(tmp_path, embedder):
    """"köprünün genişliği kaç metre?" got its length (**340 metre**), "biletleri kaç dinar?" a
    festival's budget, "ne kadar tazminat ödenecek?" "**altı yıldır**" (strangers' finds): an
    attribute before a unit is still the one asked, and compensation is a sum."""
    qa = archive_of(tmp_path, embedder, {"kopru.txt": BRIDGE})
    width = qa.ask("Tel Abta köprüsünün genişliği kaç metre?")
    assert width.refused and "bu sayıyı söylemiyor" in width.text
    assert qa.ask("Tel Abta köprüsünün uzunluğu kaç metre?").short == "340 metre"
    assert attribute_asked(Question.read("Festivalin biletleri kaç dinar?"), "Festivalin biletleri kaç dinar?") == ("bilet",)
    assert attribute_asked(Question.read("Biletin en ucuzu kaç dolar?"), "Biletin en ucuzu kaç dolar?") == ()
    assert Question.read("Köylülere ne kadar tazminat ödenecek?").measure == "para"


def test_a_date_of_another_event_in_the_sentence_is_not_the_asked_one(tmp_path, embedder):
    """"Telafer'deki hastane ne zaman açıldı?" got "**2014**" of "2014'teki DEAŞ işgali": a date
    with "-deki" is the one of the noun after it."""
    qa = archive_of(tmp_path, embedder, {"kopru.txt": BRIDGE})
    assert "2014" not in (qa.ask("Telafer'deki köprü ne zaman açıldı?").short or "")
    occupation = Question.read("DEAŞ işgali ne zaman oldu?")
    assert short_answer(occupation, "Vali, 2014'teki DEAŞ işgali sırasında köprünün yıkıldığını hatırlattı.") == "2014"


CONTEST = """Kerkük'te hoyrat yarışması sona erdi

21 Temmuz 2025

Festival kapsamında düzenlenen hoyrat yarışmasında büyükler kategorisinde Ali Kasapoğlu birinci oldu. Gençler kategorisinde birinciliği ise Telaferli Zehra Ocakçı kazandı.

Kerkük Gençlikspor'un golcüsü Yusuf Dakuklu da törene katıldı. Gençlikspor 4 Ekim'de deplasmanda Barışspor ile karşılaşacak; kulüp taraftarlara 10 otobüs ayarlayacak.
"""


def test_a_place_role_or_score_the_article_never_gives_is_refused(tmp_path, embedder):
    """"ikinci olan kim?" got the first place's winner, "kalecisi kim?" the striker, "sunuculuğunu
    kim yaptı?" the music group that closed the night, "kaç kaç bitti?" of a match not yet played
    "**10 otobüs**" (strangers' finds)."""
    qa = archive_of(tmp_path, embedder, {"yarisma.txt": CONTEST})
    second = qa.ask("Gençler kategorisinde ikinci olan kim?")
    assert second.refused and "ikinci olanı söylemiyor" in second.text
    assert qa.ask("Gençler kategorisinde birinci olan kim?").short == "Zehra Ocakçı"
    keeper = qa.ask("Kerkük Gençlikspor'un kalecisi kim?")
    assert keeper.refused and "kalecinin kim olduğunu söylemiyor" in keeper.text
    assert rank_asked("Yarışmada üçüncü gelen kim?") == "üçüncü" and rank_asked("İkinci kez kim kazandı?") is None
    score = Question.read("Barışspor maçı kaç kaç bitti?")
    assert score.score and short_answer(score, "Kulüp taraftarlara 10 otobüs ayarlayacak.") is None


def test_an_edition_said_after_its_name_is_read():
    """"Hoyrat ve Türkü Festivali'nin beşincisi … 18 bin kişi izledi" answered "dördüncü Hoyrat
    festivaline kaç kişi katıldı?" (a stranger's find): the article numbers its edition after
    the name."""
    article = ("Kerkük Türkmen Kültür Derneği'nin düzenlediği Hoyrat ve Türkü Festivali'nin beşincisi dün sona erdi. "
               "Etkinlikleri 18 bin kişi izledi. Gelecek yıl düzenlenecek altıncı festival beş gün sürecek.")
    assert another_edition((4, "hoyrat"), article) == 5
    assert another_edition((5, "hoyrat"), article) is None


def test_a_count_qualified_by_an_adjective_is_not_another_count():
    """"kaç oy geçersiz sayıldı?" got the winner's "**8.412 oy**" (a stranger's find)."""
    question = "Altunköprü seçiminde kaç oy geçersiz sayıldı?"
    assert not qualifies_count(question, "Açıklanan sonuçlara göre Bayraktar 8.412 oy aldı.")
    assert qualifies_count(question, "Seçimde 312 oy geçersiz sayıldı.")
    assert qualifies_count("Kaç öğrenci karşılıklı gidip gelecek?", "Her yıl 40'ar öğrenci değişimde bulunacak.")


MILL = """Kerkük'te un fabrikası üretime başladı

12 Mart 2025

Yıldırım Un şirketi, Kerkük'ün güneyinde kurduğu fabrikayı dün üretime açtı. Günde 400 ton buğday işleme kapasitesine sahip tesiste günde 90 ton kepek de üretilecek.

Fabrikaya kredi veren Kerkük Esnaf Bankası, yıl içinde üç yeni şube açarak şube sayısını 19'a çıkardı. Bankanın genel müdürü Selma Terzi, kampanyaya katılan çiftçilere de kredi verileceğini söyledi.

Açılış günü kentte gölgede 49 derece ölçüldü; meteoroloji bunun yılın en yüksek sıcaklığı olduğunu açıkladı. Fabrika bahçesindeki iki tarihi kuyu da onarılacak.
"""


def test_what_a_figure_counts_or_measures_must_be_the_asked_thing(tmp_path, embedder):
    """Blind sets' near misses, each answered in bold: "kaç ton makarna" with the
    mill's wheat, "bankada kaç kişi çalışıyor" with its branches ("şube sayısını 23'e"), "en
    düşük sıcaklık" with the record high, "kaç tarihi cami" with "iki tarihi" hamams."""
    qa = archive_of(tmp_path, embedder, {"fabrika.txt": MILL})
    pasta = qa.ask("Fabrika günde kaç ton makarna üretiyor?")
    assert pasta.refused and "bu sayıyı söylemiyor" in pasta.text
    assert qa.ask("Fabrikada günde kaç ton kepek üretilecek?").short == "90 ton"
    staff = qa.ask("Kerkük Esnaf Bankası'nda kaç kişi çalışıyor?")
    assert staff.refused and "bu sayıyı söylemiyor" in staff.text
    assert qa.ask("Kerkük Esnaf Bankası kaç yeni şube açtı?").short == "üç yeni şube"
    low = qa.ask("Açılış günü Kerkük'te ölçülen en düşük sıcaklık kaç derece?")
    assert low.refused and "en düşük olanı söylemiyor" in low.text
    assert qa.ask("Açılış günü Kerkük'te ölçülen en yüksek sıcaklık kaç derece?").short == "49 derece"
    mosques = qa.ask("Fabrika bahçesinde kaç tarihi cami onarılacak?")
    assert mosques.refused and "bu sayıyı söylemiyor" in mosques.text
    assert qa.ask("Fabrika bahçesinde kaç tarihi kuyu onarılacak?").short == "iki tarihi kuyu"


def test_a_bodys_name_is_not_answered_by_a_person():
    """"Kooperatife dikiş makinesi alan Alman yardım kuruluşunun adı nedir?" got the co-op's
    chairwoman (a blind set's near miss): a body's name is a name called a body."""
    give = answer_giver("Kooperatife makine veren yardım kuruluşunun adı ne?")
    assert not give("Kooperatifin başkanı Necla Tokmakçı, üye sayısının 73'e ulaştığını söyledi.")
    assert give("Makineleri Alman Kalkınma Vakfı bağışladı.")
    assert give("Köprüyü Zap İnşaat firması yaptı.")
    assert not give("Gül Eller Kadın Kooperatifi ilk ihracatını yaptı.")  # the asked body's own kind


@pytest.mark.parametrize(("question", "missing"), [
    ("Bakü-Kerkük seferleri ne zaman başlayacak?", "Bakü-Kerkük"),  # the archive has Bakü-Erbil flights
    ("bakü-süleymaniye uçuşları haftanın hangi günleri var?", "bakü-süleymaniye"),  # typed in lower case
])
def test_two_names_joined_by_a_hyphen_must_be_said_together(own_set_qa, question, missing):
    """A route or pair the articles never name together is not answered with another route's
    flights (the first flight's date was shown in bold)."""
    answer = own_set_qa.ask(question)
    assert answer.refused and answer.text.startswith(f"Arşivde {missing} hakkında bir habere rastlamadım.")


@pytest.mark.parametrize(("question", "short"), [
    ("Bakü-Erbil seferleri haftanın hangi günleri yapılacak?", "pazartesi, çarşamba ve cumartesi"),
    ("Bakü-Erbil direkt uçuşları haftanın hangi günlerinde var?", "pazartesi, çarşamba ve cumartesi"),  # "doğrudan"
    ("Kerkük'te rekor sıcaklık haftanın hangi günü kaydedildi?", "salı"),
    ("Tuzhurmatu'daki seçim haftanın hangi günü yapıldı?", "Cumartesi"),  # "7 Şubat Cumartesi günü", further down
])
def test_a_weekday_question_is_answered_by_the_weekday(own_set_qa, question, short):
    """"haftanın hangi günü" asks a weekday: the first flight's "13 Haziran" is no answer, and
    "direkt" is an adjective, no kind of flight the archive lacks."""
    assert own_set_qa.ask(question).short == short


def test_another_ordinal_of_the_asked_thing_is_not_the_answer(own_set_qa):
    """"ikinci baskısı kaç adet basıldı?" got "**2 bin adet**" of "ilk baskıda" (a blind set's
    near miss): the first printing's figure is said to be the first's."""
    second = own_set_qa.ask("Rıza Çolakoğlu'nun Toplu Şiirler kitabının ikinci baskısı kaç adet basıldı?")
    assert second.refused and second.text.startswith(
        "Arşivdeki ilgili haberler bunu ikinci baskı için söylemiyor; en yakın bilgi ilk baskı hakkında.")
    assert own_set_qa.ask("Rıza Çolakoğlu'nun Toplu Şiirler kitabının ilk baskısı kaç adet basıldı?").short == "2 bin adet"
    assert another_ordinal("Takım ligi kaçıncı bitirdi?", "Takım ligi 13. sırada bitirdi.") is None
    assert another_ordinal("İkinci etapta kim kazandı?", "Birinci etabı Ali, ikinci etabı Veli kazandı.") is None
    # the other one is named by the question's noun ("sezonda" stems to "sezo"; a stranger read "ilk sezo")
    assert another_ordinal("Kazının ikinci sezonunda kaç sikke bulundu?",
                           "Bayraktar, ilk sezonda toplam 312 seramik parçası bulunduğunu açıkladı.") == (
        "ikinci sezon", "ilk sezon")


@pytest.mark.parametrize("question", [
    "Murat Hasanoğlu grekoromen stilde hangi madalyayı kazandı?",
    "Asya Gençler Şampiyonası'nda grekoromen 74 kiloda altın madalyayı kim kazandı?",
])
def test_a_word_like_a_participle_of_no_verb_the_archive_holds_is_a_kind_it_lacks(own_set_qa, question):
    """"grekoromen" ends like a participle ("seçilen"), but the archive holds no verb it is made
    from: the freestyle gold medal is not the answer (a blind set's near misses)."""
    answer = own_set_qa.ask(question)
    assert answer.refused and answer.text.startswith("Arşivde grekoromen hakkında bir habere rastlamadım.")


@pytest.mark.parametrize("question", [
    "Kerkük Kalesi evlerinin restorasyon ihalesini hangi müteahhit firma aldı?",
    "Kerkük Kalesi evlerinin restorasyonunu üstlenen yüklenici firma hangisi?",
])
def test_a_company_asked_with_a_word_between_or_after_is_no_ministry_or_castle(own_set_qa, question):
    """The restoration's article names its funders and its architect, no contractor: "hangi
    müteahhit firma" and "yüklenici firma hangisi" got the contract sentence and "**Irak Kültür
    Bakanlığı**" (a blind set's near misses)."""
    answer = own_set_qa.ask(question)
    assert answer.refused and answer.text.startswith("Arşivdeki ilgili haberler firmanın adını söylemiyor.")
    assert own_set_qa.ask("Küçük Zap üzerindeki yeni köprüyü hangi inşaat firması yaptı?").short == "Zap İnşaat"


def test_a_kind_no_article_names_before_hangisi_is_refused_by_name(own_set_qa):
    """"en çok satan roman hangisi oldu?" got the best-selling photo album (a blind set's near
    miss): the archive names no novel."""
    answer = own_set_qa.ask("Kerkük Kitap Fuarı'nda en çok satan roman hangisi oldu?")
    assert answer.refused and answer.text.startswith("Arşivde roman hakkında bir habere rastlamadım.")
    assert "Taş Sokaklar" in own_set_qa.ask("Kerkük Kitap Fuarı'nda en çok satan kitap hangisiydi?").text


def test_names_asked_without_turkish_letters_are_not_given_by_a_sentences_first_word(own_set_qa):
    """"…buğday çeşitlerinin adları ne", typed without Turkish letters, got "tuza dayanıklı üç
    çeşit belirledi" (a blind set's near miss): "cesitlerinin adlari" asks names, and
    "Araştırmasında Kerkük" is no name but the sentence's first word before a place."""
    assert asks_name("sevgi tuzcunun buldugu bugday cesitlerinin adlari ne")
    answer = own_set_qa.ask("sevgi tuzcunun buldugu tuza dayanikli bugday cesitlerinin adlari ne")
    assert answer.refused and "adlarını söylemiyor" in answer.text
    sentence = "Araştırmasında Kerkük ve Diyala'daki tarlalardan topladığı 214 çeşidi inceleyen Tuzcu, üç çeşit belirledi."
    assert not gives_name(Question.read("Tuzcu'nun bulduğu çeşitlerin adları ne?"), sentence)


STRANGER = Path(__file__).parent / "stranger"  # a stranger's own articles (the tenth trial)


def archive_of_folder(tmp_path_factory, embedder, folder: Path, *beside: Path):
    """An archive of a stranger's own articles, as they wrote them (and the folders they
    indexed beside them)."""
    articles = {path.name: path.read_bytes() if path.suffix == ".pdf" else path.read_text(encoding="utf-8")
                for where in (folder, *beside) for path in where.iterdir()}
    return archive_of(tmp_path_factory.mktemp(folder.name), embedder, articles)


@pytest.fixture(scope="module")
def strangers_qa(tmp_path_factory, embedder):
    return archive_of_folder(tmp_path_factory, embedder, STRANGER)


@pytest.mark.parametrize(("question", "short"), [
    # the retrieved chunk names the election board's chairman and the education director;
    # the council's and the school's own holders are further down their articles
    ("Erbil Türkmen Gençlik Meclisi başkanı kim seçildi?", "Selin Kahyaoğlu"),
    ("Şehit Ali Hüseyin Ortaokulu'nun müdürü kim?", "Ayten Terzioğlu"),
    ("Azerbaycan heyetine kim başkanlık etti?", "Elnur Hüseynzade"),  # "… başkanlığındaki heyet", not "Kerkük"
    ("Telafer Gençlik Spor 2023-2024 sezonunu kaçıncı bitirdi?", "üçüncü sıra"),  # not "Irak Birinci Ligi"
    ("Gençlik meclisinde kaç kadın üye var?", "9 kadın"),  # "25 üyenin 9'u kadın": it was "**25 üye**"
])
def test_a_strangers_answer_is_the_holder_leader_or_place_asked(strangers_qa, question, short):
    assert strangers_qa.ask(question).short == short


@pytest.mark.parametrize(("question", "said"), [
    ("hoyrat yarışmasında ikinci kim oldu?", "Ahmet Kerküklü"),  # was the winner, in bold
    ("Hoyrat yarışmasında üçüncü kim oldu?", "Hasan Demirçi"),  # "üçüncülüğü": a front-vowel rank
])
def test_a_rank_is_answered_by_the_sentence_giving_it(strangers_qa, question, said):
    answer = strangers_qa.ask(question)
    assert not answer.refused and said in answer.text and "Zeynep Salihi" not in (answer.short or "")


@pytest.mark.parametrize(("question", "refusal"), [
    ("Hoyrat yarışmasında üçüncüye ne kadar ödül verildi?", "üçüncü olanı söylemiyor"),  # was "**19 yaşındaki**"
    # a season is spoken of only as that season: the 2023-2024 article is listed as another period
    ("Telafer Gençlik Spor 2022-2023 sezonunu kaçıncı bitirdi?", "2022-2023 dönemine ait bir haber bulamadım"),
    ("Kerem Avcı kaç oy aldı?", "Kerem Avcı için bunu söylemiyor"),  # was the winner's "**812 oy**"
])
def test_a_strangers_near_miss_is_refused(strangers_qa, question, refusal):
    answer = strangers_qa.ask(question)
    assert answer.refused and refusal in answer.text


def test_the_command_lines_help_and_errors_are_in_turkish(capsys):
    """A stranger met "usage", "options", "show this help message and exit" in English."""
    from ingest.cli import main as ingest_main

    for main in (rag_main, ingest_main):
        with pytest.raises(SystemExit):
            main(["--help"])
        shown = capsys.readouterr().out
        assert "seçenekler:" in shown and "bu yardımı göster ve çık" in shown
        assert "options:" not in shown and "usage:" not in shown
    with pytest.raises(SystemExit):
        rag_main(["ask"])
    assert "hata: şu argümanlar gerekli: question" in capsys.readouterr().err


def test_a_part_of_a_count_counts_the_noun_after_it():
    """"212'sinin oyunu": the votes are the part, not the 340 members before them."""
    votes = Question.read("Salihi kaç oy aldı?")
    assert short_answer(votes, "Salihi, oy kullanan 340 üyeden 212'sinin oyunu alarak kazandı.") == "212 oy"
    assert short_answer(Question.read("Evlerden kaç tanesi onarılacak?"), "Evlerin 26'sı onarılacak.") == "26"


def test_a_newer_article_that_never_speaks_of_the_subject_raises_no_notice(strangers_qa):
    """"Festivali kaç kişi izledi?" was told of a newer article: a dance show's "500 kişi izledi"
    (the tenth stranger's find; that article never says "festival")."""
    answer = strangers_qa.ask("Festivali kaç kişi izledi?")
    assert answer.short == "12 bin kişi" and answer.notice is None


STRANGER_11 = Path(__file__).parent / "stranger2"  # the eleventh trial's articles (.txt and .html pages)


@pytest.fixture(scope="module")
def eleventh_qa(tmp_path_factory, embedder):
    return archive_of_folder(tmp_path_factory, embedder, STRANGER_11)


@pytest.mark.parametrize(("question", "short"), [
    # a river is no one who opened a bridge, a country no singer: "Dicle Nehri'nin iki yakası",
    # "Türkiye'nin Erbil Başkonsolosluğu" were in bold
    ("Hürriyet Köprüsü'nü kim açtı?", "Abdulkadir Dahil"),
    # "Yıldız İlkokulu" is a school, not a person whose count the principal's sentence is not
    ("Yıldız İlkokulu'na kaç öğrenci kayıt yaptırdı?", "460 öğrenci"),
])
def test_an_eleventh_strangers_question_is_answered(eleventh_qa, question, short):
    answer = eleventh_qa.ask(question)
    assert answer.short == short and not answer.refused
    assert "Türkiye" != eleventh_qa.ask("Erbil Kalesi'ndeki konserde kim şarkı söyledi?").short


def test_a_rate_asked_without_yuzde_is_a_percentage(eleventh_qa):
    """"katılım oranı neydi" got the book launch's "**150 kişi**" for 2018 (the archive has
    only a later election): a rate is answered by a percentage, as "yüzde kaç" is."""
    assert Question.read("Katılım oranı neydi?").measure == "yüzde"
    assert eleventh_qa.ask("Kerkük'te 2018 seçimlerinde katılım oranı neydi?").refused
    assert eleventh_qa.ask("Kerkük seçimlerinde katılım oranı neydi?").short == "yüzde 65,4"


def test_a_measure_asked_by_its_quality_and_an_ordinal_asked_of_a_thing(eleventh_qa):
    """"Köprü ne kadar uzun?" got the opening sentence (the length is "420 metre uzunluğunda"
    further down); "dördüncü kitabı" was refused as "Arşivde dördüncü hakkında …", an
    ordinal read as a kind of thing."""
    assert Question.read("Köprü ne kadar uzun?").measure == "metre"
    assert Question.read("Hava ne kadar sıcaktı?").measure == "derece"
    assert "420 metre" in eleventh_qa.ask("Musul'daki Hürriyet Köprüsü ne kadar uzun?").text
    fourth = eleventh_qa.ask("Nesrin Erbil'in dördüncü kitabı ne zaman çıkacak?")
    assert fourth.refused and "dördüncü hakkında" not in fourth.text



def test_a_price_asked_with_kaca_is_a_sum(eleventh_qa):
    """"ekmek kaça satılıyor?" got the bakery's "**6.000 somun**" a day: "kaça satılıyor",
    like "kaça mal oldu", asks a sum of money."""
    assert Question.read("Ekmek kaça satılıyor?").measure == "para"
    assert eleventh_qa.ask("Bereket kooperatifinde ekmek kaça satılıyor?").short == "250 dinar"


def test_a_thing_priced_that_the_archive_never_names_has_no_price(eleventh_qa):
    """"simidi kaç dinara satıyor?" got the bread's "**250 dinar**": the thing whose price is
    asked, in the accusative before "kaç dinara", is named nowhere in the archive."""
    answer = eleventh_qa.ask("Bereket kooperatifi simidi kaç dinara satıyor?")
    assert answer.refused and answer.text.startswith("Arşivde simit hakkında bir habere rastlamadım.")
    assert eleventh_qa.ask("Bereket kooperatifi ekmeği kaç dinara satıyor?").short == "250 dinar"


def test_a_place_before_its_own_body_narrows_the_answer(eleventh_qa):
    """"Musul il meclisi seçiminde … kaç sandalye" got Kerkük's seats: a capitalised first word
    before a place's body ("il meclisi") is the place, and the Kerkük article never names Musul."""
    assert eleventh_qa.ask("Musul il meclisi seçiminde Türkmenler kaç sandalye aldı?").refused
    kerkuk = eleventh_qa.ask("Kerkük il meclisi seçiminde Türkmenler kaç sandalye aldı?")
    assert not kerkuk.refused and "2 sandalye" in kerkuk.text


def test_a_new_work_is_named_by_its_title_not_by_the_earlier_ones(eleventh_qa):
    """"Nesrin Erbil'in yeni kitabının adı ne" got "ilk kitabı "Altun Köprü Şiirleri" 2009'da,
    ikinci kitabı … yayımlanmıştı": the past perfect tells what came before the news, and a
    book is named by its title in quotes (not by "Kerkük Kalesi" in the sentence about it)."""
    new = eleventh_qa.ask("Nesrin Erbil'in yeni kitabının adı ne?")
    assert "Hoyrat Yolu" in new.text and "Altun Köprü" not in new.text
    assert "Kale Rüzgârı" in eleventh_qa.ask("Nesrin Erbil'in ikinci kitabının adı ne?").text


def test_a_language_is_a_name_however_it_is_typed(eleventh_qa):
    """"hoyrat yolu kitabinin ingilizce cevirisini kim yapti" got the publisher: a language is
    written with a capital, so a lower-case "ingilizce" the archive never holds is named as
    missing, as "İngilizce" was."""
    for question in ("hoyrat yolu kitabinin ingilizce cevirisini kim yapti",
                     "Hoyrat Yolu kitabının ingilizce çevirisini kim yaptı?"):
        answer = eleventh_qa.ask(question)
        assert answer.refused and answer.text.startswith("Arşivde İngilizce hakkında"), question


SOFTENED_AND_SET_OFF = {
    "telafer-yurt.txt": "Telafer'de kız öğrenciler için yurt açıldı\n\n3 Ekim 2022\n\n"
    "Telafer'de üniversiteye hazırlanan kız öğrenciler için 80 yataklı bir yurt açıldı. Yurdun inşaatını "
    "Telafer Belediyesi üstlendi.\n\nYurt müdürü Hatice Bayatlı, öğrencilerin yarısının köylerden geldiğini "
    "söyledi. Yurtta bir kütüphane ve iki etüt salonu bulunuyor.",
    "kerkuk-kan-bagisi.txt": "Kerkük'te kan bağışı kampanyası\n\n12 Mart 2023\n\n"
    "Kerkük Gönüllü Sağlıkçılar Derneği, 5-9 Mart tarihleri arasında bir kan bağışı kampanyası düzenledi. "
    "Kampanyada 1.150 ünite kan toplandı.\n\nDerneğin başkanı Op. Dr. Kemal Tuzlu, Kerkük'teki hastanelerde "
    "kan stoklarının yaz aylarında azaldığını söyledi.",
}


@pytest.fixture(scope="module")
def softened_qa(tmp_path_factory, embedder):
    return archive_of(tmp_path_factory.mktemp("softened"), embedder, SOFTENED_AND_SET_OFF)


def test_an_owner_with_a_softened_consonant_is_held(softened_qa):
    """"Türkmen yurdunun müdürü kim?" was refused ("Arşivde yurdunun müdürü hakkında …"): the
    stemmer cuts "yurdunun" to "yurdu", which no form of "yurt" in the archive starts with."""
    answer = softened_qa.ask("Telafer'deki kız yurdunun müdürü kim?")
    assert answer.short == "Hatice Bayatlı" and not answer.refused


def test_a_subject_set_off_by_a_comma_is_a_person_not_a_place(softened_qa):
    """"Derneğin başkanı Op. Dr. Kemal Tuzlu, Kerkük'teki hastanelerde …" was read as a list of
    places ("Erbil, Telafer'de") and the chairman refused: a list's last place follows "ve"."""
    answer = softened_qa.ask("Kerkük Gönüllü Sağlıkçılar Derneği'nin başkanı kim?")
    assert "Kemal Tuzlu" in (answer.short or "") and not answer.refused


def test_a_deed_asked_is_answered_by_its_doer(eleventh_qa):
    """"Erbil Kalesi'ndeki konserde kim şarkı söyledi?" got the centre's chairman, whose sentence
    speaks of the concert: "şarkıcı Songül Altunköprülü" is the one who sang (-CI makes the doer)."""
    assert eleventh_qa.ask("Erbil Kalesi'ndeki konserde kim şarkı söyledi?").short == "Songül Altunköprülü"


STRANGER_12 = Path(__file__).parent / "stranger3"  # the twelfth trial's articles (a journalist's)


@pytest.fixture(scope="module")
def twelfth_qa(tmp_path_factory, embedder):
    return archive_of_folder(tmp_path_factory, embedder, STRANGER_12)


@pytest.mark.parametrize("question", [
    "Musul Spor'un teknik direktörü kim?",  # "Teknik direktör Hakan Beyatlı" is Kerkük Gençlik Spor's
    "Selahaddin Üniversitesi'nin rektörü kim?",  # the rector of the Kerkük Üniversitesi article
])
def test_an_office_of_the_articles_subject_is_not_another_ones(twelfth_qa, question):
    """The article names the asked club or university in passing; its office with no owner
    named ("Teknik direktör …", "Rektör …") is that of the body its title names (refused as the holder unsaid, or,
    where the title names another of its kind, as the asked body unsaid: "Selahaddin Üniversitesi için bunu …")."""
    answer = twelfth_qa.ask(question)
    assert answer.refused and ("kim olduğunu söylemiyor" in answer.text or "için bunu söylemiyor" in answer.text)
    assert twelfth_qa.ask("Kerkük Gençlik Spor'un teknik direktörü kim?").short == "Hakan Beyatlı"


def test_a_judge_hearing_a_case_is_no_minister(twelfth_qa):
    """"davasına bakan hâkim kim?" was refused as "bakanın kim olduğunu söylemiyor": "bakan"
    after a dative is the one who hears the case, and "Hâkim Nurhan Bayatlı" names the judge."""
    answer = twelfth_qa.ask("Selim Karadağlı davasına bakan hâkim kim?")
    assert answer.short == "Nurhan Bayatlı" and not answer.refused


def test_a_ceremony_named_by_a_verbal_noun_is_held(twelfth_qa):
    """"temel atma törenine hangi bakan katıldı?" was refused ("Arşivde atma hakkında …"): the
    archive says the verb ("temeli … atıldı"); and the minister is the titled person, not "Telafer"."""
    answer = twelfth_qa.ask("Barajın temel atma törenine hangi bakan katıldı?")
    assert answer.short == "Kamil Rahimi" and not answer.refused


def test_an_office_opening_its_sentence_is_of_the_asked_owner(twelfth_qa):
    """"Erbil'deki eğitim ve araştırma hastanesinin başhekimi kim?" was refused: "Başhekim Dr.
    Leyla Hürmüzlü" names no owner, so it is no other hospital's (the title names this one)."""
    answer = twelfth_qa.ask("Erbil'deki eğitim ve araştırma hastanesinin başhekimi kim?")
    assert answer.short == "Dr. Leyla Hürmüzlü" and not answer.refused


@pytest.mark.parametrize("question", ["Duruşma ne zamana ertelendi?", "Duruşma hangi tarihe ertelendi?"])
def test_a_time_asked_in_the_dative_may_lie_ahead(twelfth_qa, question):
    """"hangi tarihe ertelendi" got "2019-2021" (the indictment's years): the day a hearing was
    put off to is after the article's, which a past-tense "ne zaman" question would rule out."""
    assert twelfth_qa.ask(question).short == "9 Nisan 2024"


def test_a_part_of_a_counted_whole_is_the_count(twelfth_qa):
    """"kaç tanık dinlendi?" got "**14 tanık**" from "14 tanıktan 6'sı dinlendi"."""
    assert twelfth_qa.ask("Karadağlı davasında kaç tanık dinlendi?").short == "6 tanık"


KINDS_AND_SUBJECTS = {
    "erbil-otobus.txt": "Erbil'den Gaziantep'e otobüs seferleri başladı\n\n4 Mayıs 2024\n\n"
    "Erbilli iş insanlarının kurduğu Sarı Kervan Turizm, Erbil ile Gaziantep arasında haftada üç sefer "
    "düzenlemeye başladı. Tek yön bilet fiyatı 60 dolar.\n\n65 yaşın üzerindeki yolculara yüzde 15 indirim "
    "yapılıyor. Yolculuk yaklaşık 14 saat sürüyor.",
    "kerkuk-burs.txt": "Kerkük'te 120 öğrenciye burs\n\n9 Eylül 2024\n\n"
    "Kerkük Eğitim Derneği, bu yıl üniversiteye başlayan 120 öğrenciye aylık burs verecek. Burs alan "
    "öğrencilerin yarısı kız öğrenci.",
}


@pytest.fixture(scope="module")
def kinds_qa(tmp_path_factory, embedder):
    return archive_of(tmp_path_factory.mktemp("kinds"), embedder, KINDS_AND_SUBJECTS)


@pytest.mark.parametrize("question", [
    "Sarı Kervan Turizm'de öğrenci indirimi yüzde kaç?",  # an agent noun names a kind: "60 yaş" is another's
    "Erbil-Gaziantep otobüsünde çocuk bileti kaç dolar?",  # "bileti" ends as a verb would, but "kaç" asks of it
    "Sarı Kervan Turizm'in telefon numarası ne?",  # a possessive nothing in the archive begins as
    "Erbil-Gaziantep seferlerinde bagaj ücreti ne kadar?",
    "Sarı Kervan Turizm'de depozito ne kadar?",  # a bare noun the archive never holds
    "Sarı Kervan Turizm acentelere ne kadar komisyon veriyor?",  # the amount of a thing it never names
])
def test_a_kind_or_a_subject_the_article_lacks_is_not_answered(kinds_qa, question):
    """Blind near misses of the fifth own set: the bus article's figures were given for a
    student discount, a child's ticket, a deposit, a phone number the archive never names."""
    answer = kinds_qa.ask(question)
    assert answer.refused, answer.text
    assert kinds_qa.ask("Erbil-Gaziantep otobüsünde bilet kaç dolar?").short == "60 dolar"
    assert "yüzde 15" in kinds_qa.ask("Sarı Kervan Turizm'de yaşlılara indirim yüzde kaç?").text


def test_a_figure_asked_of_what_the_archive_never_names_is_refused_by_its_name(twelfth_qa):
    """"Telafer'deki su kesintisi kaç gün sürecek?" got the dam's foundation sentence: only a
    sidebar headline, which is no story, names the water cut. A possessive whose figure is asked
    is the subject asked about; the refusal names a compound whole ("su kesintisi") and a
    possessive after a vowel by its noun ("kirası" → "kira", it was "kiras")."""
    answer = twelfth_qa.ask("Telafer'deki su kesintisi kaç gün sürecek?")
    assert answer.refused and "Arşivde su kesintisi hakkında" in answer.text, answer.text
    answer = twelfth_qa.ask("Musul'da çöp toplama aracının kirası ne kadar?")
    assert answer.refused and "Arşivde kira hakkında" in answer.text, answer.text
    assert twelfth_qa.ask("Barajın maliyeti ne kadar?").short == "210 milyon dolar"


STRANGER_13 = Path(__file__).parent / "stranger4"  # the thirteenth trial's articles (a volunteer's)


@pytest.fixture(scope="module")
def thirteenth_qa(tmp_path_factory, embedder):
    return archive_of_folder(tmp_path_factory, embedder, STRANGER_13)


def test_a_figure_the_sentence_gives_to_another_thing_is_not_the_asked_ones(thirteenth_qa, twelfth_qa):
    """"patatesin kilosu ne kadar?" got "domatesin kilosu … 2.000 dinara çıktı" (the potato's is
    further down), "etin kilosu kaç dinar?" the same tomato sentence, "dizel yakıtın litresi kaç
    manat?" the AI-95 petrol's price: a figure a sentence gives another owner in the genitive is
    not the asked owner's, unless the article's title names the asked one ("Projenin maliyeti"
    in the dam's article is the dam's)."""
    answer = thirteenth_qa.ask("Kerkuk halinde patatesin kilosu ne kadar?")
    assert "1.000 dinar" in answer.text and "domates" not in answer.text, answer.text
    assert thirteenth_qa.ask("Kerkük'te etin kilosu kaç dinar?").refused
    assert "yakıt için" in twelfth_qa.ask("Bakü'de dizel yakıtın litresi kaç manat?").text
    assert twelfth_qa.ask("Telafer'deki barajın maliyeti ne kadar?").short == "210 milyon dolar"


def test_a_body_of_another_kind_is_not_the_asked_one(thirteenth_qa):
    """"Selim Koçoğlu hangi partiden?" got "**Türkmen Kültür Merkezi**", the centre the mayor
    opened: a party's, a university's or a bank's name ends in its kind, and one ending in
    another kind is another body (a faculty of the asked university is still it)."""
    answer = thirteenth_qa.ask("Selim Koçoğlu hangi partiden?")
    assert answer.refused and "partinin adını" in answer.text, answer.text
    assert "Yeşil Kalem Yayınevi" in thirteenth_qa.ask("Abbasoğlu'nun kitabını hangi yayınevi bastı?").text


def test_a_new_question_opening_with_a_name_the_cited_articles_lack_is_not_a_follow_up(thirteenth_qa):
    """In the chat, "Erbil pazarında domatesin kilosu ne kadar?" right after a question on
    Kerkük's market got Kerkük's price: it was read among the articles the previous answer cited,
    none of which names Erbil (a sentence's first word is no name to the subject rule). Asked
    alone it is refused; after the Kerkük question too."""
    first = "Kerkük'te domatesin kilosu kaç dinar oldu?"
    answer = thirteenth_qa.ask(first)
    assert "2.000 dinar" in answer.text
    history = [{"role": "user", "content": first},
               {"role": "assistant", "content": answer.text, "cited": [s.doc_id for s in answer.sources]}]
    assert thirteenth_qa.ask("Erbil pazarında domatesin kilosu ne kadar?", history).refused
    assert "1.000 dinar" in thirteenth_qa.ask("Peki patatesin kilosu ne kadar?", history).text


def test_the_answering_article_counts_for_confidence_though_it_ranks_second(thirteenth_qa):
    """"Türkmen Gençlik Derneği'nin başkanı kim?" was refused as out of the archive: the top
    passage (a cultural centre's, sharing only "Türkmen" and "başkanı") covered too little of the
    question, while the Nevruz show's article in second place names the association and its head."""
    answer = thirteenth_qa.ask("Türkmen Gençlik Derneği'nin başkanı kim?")
    assert answer.short == "Zeynep Kayacı", answer.text


def test_a_title_set_in_bold_answers_what_the_work_is_called(thirteenth_qa):
    """"yeni kitabının adı ne?" was refused: the Markdown page sets the book's title in bold, not
    in quotes, so the text reads "yeni kitabı Kerkük Bahçeleri okurla buluştu"; a run of
    capitalised words right after the work names it (a place after it carries its case ending)."""
    answer = thirteenth_qa.ask("Nesrin Abbasoğlu'nun yeni kitabının adı ne?")
    assert not answer.refused and "Kerkük Bahçeleri" in answer.text, answer.text
    # the stranger's near miss: her first book is not the new one the article names
    first = thirteenth_qa.ask("Nesrin Abbasoğlu'nun ilk kitabının adı ne?")
    assert first.refused and "ilk kitap" in first.text, first.text


SIXTH_SET_FINDS = {
    "lise.txt": "Kerkük'te meslek lisesi açıldı\n\n15 Eylül 2026\n\n"
    "Kerkük Türkmen Meslek Lisesi ilk öğrencilerini kabul etti. Okulda bu yıl 240 öğrenci okuyacak.\n\n"
    "Kerkük Eğitim Müdür Yardımcısı Gönül Şahbaz, okulun kentteki ilk Türkmence meslek lisesi olduğunu "
    "belirtti.\n\nOkulda elektrik, bilgisayar ve aşçılık bölümleri bulunuyor.",
    "forum.txt": "Bakü'deki iş forumunda 23 milyon dolarlık sipariş\n\n17 Mayıs 2018\n\n"
    "Forumu Bakü Ticaret Odası ile Irak Türkmen İş İnsanları Birliği (ITİB) birlikte düzenledi. Foruma 64 "
    "firma katıldı.\n\nForumda en çok ulaşım konuşuldu. ITİB başkanı Şükrü Dakuklu, nakliye maliyetlerinin "
    "yüksek olduğunu söyledi.",
    "salca.txt": "Erbil'deki Yeşilbağ Gıda salça üretimini artırdı\n\n5 Mart 2024\n\n"
    "Erbil'deki Yeşilbağ Gıda geçen yıl 7 bin ton salça üretti. Şirket ürünlerinin yüzde 18'ini yurt dışına "
    "satıyor; en büyük dış pazarı Azerbaycan. Şirket Türkiye'ye ise henüz ihracat yapmıyor.",
    "altin.txt": "Kerkük'te kuyumculardan sahte altın uyarısı\n\n11 Ağustos 2020\n\n"
    "Kerkük Kuyumcular Derneği üyelerini sahte altına karşı uyardı. Dernek başkanı, son iki ayda çarşıda üç "
    "sahte altın vakası yaşandığını ve 12 kişinin dolandırıldığını söyledi.",
    "kira.txt": "Kerkük'te kiralar yüzde 38 arttı\n\n14 Ağustos 2023\n\n"
    "Kerkük'te konut kiraları ortalama yüzde 38 arttı.\n\nRapora göre en yüksek artış Rahimava ve Şorca "
    "mahallelerinde yaşandı. Bu iki mahallede kiralar yüzde 52'ye varan oranda yükselirken Musalla ve Bağlar "
    "mahallelerinde artış yüzde 21'de kaldı.\n\nDernek başkanı, kentte yılda 1.200 daire yapıldığını, talebin "
    "ise bunun en az iki katı olduğunu söyledi.",
}


@pytest.fixture(scope="module")
def sixth_qa(tmp_path_factory, embedder):
    return archive_of(tmp_path_factory.mktemp("sixth"), embedder, SIXTH_SET_FINDS)


def test_a_deputy_is_not_the_office_and_an_acronym_names_its_owner(sixth_qa):
    """Blind finds of the sixth own set (saved news pages): "meslek lisesinin müdürü kim?" got
    "**Kerkük Eğitim Müdür Yardımcısı Gönül Şahbaz**" (a deputy, and of another body), and
    "Irak Türkmen İş İnsanları Birliği'nin başkanı kim?" was refused, the article calling the
    union "ITİB" after it spelled the name out once."""
    assert "Şahbaz" not in sixth_qa.ask("Kerkük'teki meslek lisesinin müdürü kim?").text
    assert sixth_qa.ask("Kerkük Eğitim müdür yardımcısı kim?").short == "Gönül Şahbaz"
    assert sixth_qa.ask("Irak Türkmen İş İnsanları Birliği'nin başkanı kim?").short == "Şükrü Dakuklu"
    assert sixth_qa.ask("Bakü Ticaret Odası'nın başkanı kim?").refused


def test_the_most_is_said_by_a_superlative_however_worded(sixth_qa):
    """"kiralar en çok hangi mahallelerde arttı?" was refused as "en çok olanı söylemiyor": the
    article's "en az iki katı" (at least twice) was read as the opposite extreme. Now "en yüksek
    artış" answers it, not the sentence beside it on two other quarters, and "hangi
    mahallelerde" asks for both."""
    answer = sixth_qa.ask("Kerkük'te kiralar en çok hangi mahallelerde arttı?")
    assert answer.short == "Rahimava ve Şorca", answer.text


def test_a_sentence_denying_the_deed_asked_about_is_no_answer(sixth_qa):
    """"Yeşilova Gıda en çok hangi ülkeye ihracat yapıyor?" got "**Şirket Türkiye**" of "Şirket
    Türkiye'ye ise henüz ihracat yapmıyor": the one country it does not export to."""
    answer = sixth_qa.ask("Yeşilbağ Gıda hangi ülkeye ihracat yapıyor?")
    assert "Türkiye" not in (answer.short or "") and "yapmıyor" not in answer.text, answer.text
    assert "yapmıyor" in sixth_qa.ask("Yeşilbağ Gıda neden Türkiye'ye ihracat yapmıyor?").text


def test_people_counted_by_what_befell_them(eleventh_qa, twelfth_qa, sixth_qa):
    """"kaç kişi öldü" got "**1.200 kişi**" evacuated (the eleventh stranger) and the drill's
    "**1.200 öğrenci**" (the twelfth): a count of those who died is said with that verb (or
    "hayatını kaybetti"), and of two counts in a sentence the one whose clause says it answers."""
    assert eleventh_qa.ask("Altunköprü selinde kaç kişi öldü?").short == "2 kişi"
    assert eleventh_qa.ask("Altunköprü selinde kaç kişi yaralandı?").short == "17 kişi"
    assert twelfth_qa.ask("Tuzhurmatu'daki 2018 depreminde kaç kişi öldü?").refused
    assert twelfth_qa.ask("Tuzhurmatu'daki deprem tatbikatına kaç kişi katıldı?").short == "1.200 öğrenci"
    # "tutuklandı" begins with "tu", which was read as its tense ending: the deed was lost
    assert sixth_qa.ask("Kerkük'te sahte altın vakalarında kaç kişi tutuklandı?").refused
    assert sixth_qa.ask("Kerkük'te sahte altın vakalarında kaç kişi dolandırıldı?").short == "12 kişi"


def test_a_figure_given_as_another_bodys_is_not_the_asked_ones(twelfth_qa):
    """"Ninova İnşaat ihaleye kaç dinarlık teklif verdi?" got "**19,7 milyar dinarlık**", which the
    sentence gives as "Dicle Temizlik'in … teklifi" (the article names Ninova İnşaat only as the loser)."""
    answer = twelfth_qa.ask("Ninova İnşaat ihaleye kaç dinarlık teklif verdi?")
    assert answer.refused and "Ninova İnşaat için" in answer.text
    assert twelfth_qa.ask("Dicle Temizlik ihaleye kaç dinarlık teklif verdi?").short == "19,7 milyar dinarlık"


def test_a_number_counts_the_noun_whose_case_a_relative_clause_follows():
    """"kaç sporcu katıldı" got "**iki kategori**" from "Her iki kategoride birinci olan
    sporculara …": the number counts categories; "150 üniversite öğrencisine" still counts students."""
    asked = Question.read("Barış Koşusu'na kaç sporcu katıldı?")
    assert fit(asked, "Her iki kategoride birinci olan sporculara 500 bin dinar ödül verildi.") == 0
    assert short_answer(asked, "Yarışa 850 sporcu katıldı.") == "850 sporcu"
    students = Question.read("Vakıf kaç öğrenciye burs verecek?")
    assert fit(students, "Vakıf 150 üniversite öğrencisine burs verecek.") == 2


def test_a_sum_in_an_abbreviated_currency_is_a_sum():
    """"yurtta aylık ücret ne kadar?" got a bus ticket's "80 dolar" from another article: "450 TL",
    the abbreviation in capitals, was read as a name after the number, not as money."""
    asked = Question.read("Yurtta aylık ücret ne kadar?")
    assert states_measure(asked, "Aylık yurt ücreti 450 TL olarak belirlendi.")
    assert short_answer(asked, "Aylık yurt ücreti 450 TL olarak belirlendi.") == "450 TL"
    assert not states_measure(asked, "Yurtta 25 Kerkük Üniversitesi öğrencisi kalıyor.")


SEVENTH_SET_FINDS = {
    "roportaj.txt": "Işık Derneği Başkanı Selma Kayalı: \"Kitaplarımızı herkes dinlesin\"\n\n4 Mart 2022\n\n"
    "Kerkük'te görme engelliler için Türkmence sesli kitap hazırlayan Işık Görme Engelliler Derneği'nin başkanı "
    "Selma Kayalı ile konuştuk.\n\n— Derneği ne zaman kurdunuz?\n\nDerneği 2015 yılında altı arkadaşla kurduk.\n\n"
    "— Bugüne kadar kaç kitap kaydettiniz?\n\nŞimdiye kadar 310 kitabı kayda aldık. İlk yıllarda elimizde tek bir "
    "sesli kitap bile yoktu.\n\n— En büyük sorununuz ne?\n\nSık sık elektrik kesildiği için kayıtlar yarıda "
    "kalıyordu, bu yüzden geçen yıl bir jeneratör aldık. 2020'de Erbil'deki Umut Vakfı bize bir kayıt odası kurdu; "
    "odanın maliyeti 80 bin TL idi.",
    "mac.txt": "Kalespor derbiyi kazandı\n\n10 Ekim 2021\n\n"
    "Kerkük Kalespor, sahasında Tuzhurmatu Narspor'u 2-0 yendi. Maçı yaklaşık 7 bin seyirci izledi.\n\n"
    "Kalespor'un gollerini Emin Salihi ve Tarık Nebioğlu attı.",
    "vefat.txt": "Şair Hikmet Avcı hayatını kaybetti\n\n2 Mayıs 2020\n\n"
    "Irak Türkmen edebiyatının usta isimlerinden Hikmet Avcı, tedavi gördüğü Kerkük'teki bir hastanede 81 yaşında "
    "hayatını kaybetti. Avcı'nın en bilinen kitabı \"Kale Yolu\" 1984 yılında "
    "çıktı.\n\nAvcı, 1939 yılında Telafer'de doğdu. Avcı, Musalla Mezarlığı'nda toprağa verildi.",
    "ozet.txt": "Haftanın özeti\n\n12 Ekim 2025\n\n"
    "TELAFER — Telafer Halk Eğitim Merkezi'nde dikiş kursunu bitiren 30 kadına sertifika verildi. Kursun eğitmeni "
    "Sevim Tahir, kursa talebin çok yüksek olduğunu söyledi.\n\n"
    "TUZHURMATU — Tuzhurmatu'da ilçenin ilk kadın voleybol takımı kuruldu. Takım ilk maçını kasımda oynayacak.\n\n"
    "ERBİL — Okurlarımızın sorularını Türkmen Eğitim Vakfı'nın Erbil temsilcisi Aynur Kasapoğlu'na sorduk. "
    "Vakfa başvurular ayın 20'sinde bitiyor.",
    "kosu.txt": "Kerkük'te Barış Koşusu yapıldı\n\n5 Nisan 2024\n\nKerkük'te düzenlenen Barış Koşusu'na 600 sporcu "
    "katıldı. Yarış erkekler ve kadınlar kategorisinde koşuldu. Erkeklerde birinciliği Ahmet Demirci, kadınlarda "
    "Sevda Kasapoğlu kazandı.",
}


@pytest.fixture(scope="module")
def seventh_qa(tmp_path_factory, embedder):
    return archive_of(tmp_path_factory.mktemp("seventh"), embedder, SEVENTH_SET_FINDS)


def test_an_interviewers_question_answers_nothing(seventh_qa):
    """Read finds of the seventh own set (interviews, match reports, obituaries): "kaç kitap
    kaydetmiş" got the interviewer's "— Bugüne kadar kaç kitap kaydettiniz?"; "kaç sesli kitap"
    was refused ("sesli" was read as a figure-adjective, as "kaç yataklı", though the article never
    puts a number before it); "niye jeneratör almak zorunda kaldı" was refused as a compound
    "almak zorunda" no article holds."""
    answer = seventh_qa.ask("Işık Derneği bugüne kadar kaç kitap kaydetti?")
    assert answer.short == "310 kitap" and "?" not in answer.text, answer.text
    assert seventh_qa.ask("Işık Derneği şimdiye kadar kaç sesli kitap kaydetmiş?").short == "310 kitap"
    assert "elektrik" in seventh_qa.ask("Işık Derneği niye jeneratör almak zorunda kaldı?").text


def test_a_name_said_whole_in_the_title_only_is_held(seventh_qa):
    """"Işık Derneği'ne kurulan kayıt odasının maliyeti" was refused as "Arşivde Işık Derneği
    hakkında bir habere rastlamadım": the text says "Işık Görme Engelliler Derneği", the short name
    is in the title, and the articles were read without their titles."""
    answer = seventh_qa.ask("Umut Vakfı'nın Işık Derneği'ne kurduğu kayıt odasının maliyeti ne kadardı?")
    assert answer.short == "80 bin TL", answer.text


def test_a_hyphenated_pair_is_held_by_a_sentence_naming_both(seventh_qa):
    """"Kalespor-Narspor maçını kaç seyirci izledi?" was refused: the report writes "Kalespor,
    sahasında Tuzhurmatu Narspor'u 2-0 yendi", never the pair hyphenated."""
    assert seventh_qa.ask("Kalespor-Narspor maçını kaç seyirci izledi?").short == "7 bin seyirci"


def test_an_ordinal_the_article_never_numbers_is_not_answered(seventh_qa):
    """"kitabının ikinci baskısı ne zaman çıktı?" got the book's year; "maçın ikinci yarısında"
    an article that never numbers halves; the asked edition is not the one the article speaks of."""
    answer = seventh_qa.ask("Hikmet Avcı'nın Kale Yolu kitabının ikinci baskısı ne zaman çıktı?")
    assert answer.refused and "ikinci baskı" in answer.text, answer.text
    assert seventh_qa.ask("Hikmet Avcı'nın Kale Yolu kitabı ne zaman çıktı?").short == "1984"


def test_where_a_deed_happened_is_read_where_it_is_said(seventh_qa):
    """"Türkmen gazeteci … nerede doğmuştu?" got **Ankara**, where the obituary's opening says he
    died (it holds more of the question's words); the sentence saying "doğdu" answers ("-mıştı",
    the reported past, had also kept the verb from matching "doğdu")."""
    assert seventh_qa.ask("Şair Hikmet Avcı nerede doğmuştu?").short == "Telafer"
    assert seventh_qa.ask("Şair Hikmet Avcı nerede toprağa verildi?").short == "Musalla Mezarlığı"


def test_a_role_asked_is_answered_by_who_holds_it(seventh_qa):
    """A digest's "kursun eğitmeni kim?" got the item's opening sentence, which names no one
    ("eğitmen" was no role the rule knew; "yönelik", a postposition the archive never holds, was
    refused as an unheard kind of course); "vakfın Erbil temsilcisi kim?" got no one, "Aynur
    Kasapoğlu'na" read as a place by its dative though a title stands before it; "forma
    sponsoru kim?" of a team whose article names no sponsor was answered with its founding."""
    answer = seventh_qa.ask("Telafer Halk Eğitim Merkezi'ndeki kadınlara yönelik dikiş kursunun eğitmeni kim?")
    assert answer.short == "Sevim Tahir", answer.text
    assert seventh_qa.ask("Türkmen Eğitim Vakfı'nın Erbil temsilcisi kim?").short == "Aynur Kasapoğlu"
    answer = seventh_qa.ask("Tuzhurmatu kadın voleybol takımının forma sponsoru kim?")
    assert answer.refused and "sponsor" in answer.text, answer.text


def test_a_score_is_answered_as_a_score(seventh_qa):
    """"kaç kaç bitti" got "**2-1 yendi**" (the verb read as the score's unit), and, asked of
    2019's match, the coach's sentence: a score further down the article is all it asks."""
    assert seventh_qa.ask("Kalespor Narspor maçı kaç kaç bitti?").short == "2-0"
    assert seventh_qa.ask("2021'de Kalespor Narspor maçı kaç kaç bitti?").short == "2-0"


def test_a_hospitals_name_is_a_bodys_name(seventh_qa):
    """"tedavi gördüğü hastanenin adı ne?" got the obituary's opening ("… Ankara'daki bir
    hastanede …"), which names people, not the hospital: a hospital is named as a body is."""
    answer = seventh_qa.ask("Hikmet Avcı'nın tedavi gördüğü hastanenin adı ne?")
    assert answer.refused and "hastanenin adını" in answer.text, answer.text


STRANGER_14 = Path(__file__).parent / "stranger5"  # the fourteenth trial's text and HTML articles


@pytest.fixture(scope="module")
def fourteenth_qa(tmp_path_factory, embedder):
    return archive_of_folder(tmp_path_factory, embedder, STRANGER_14)


def test_who_did_it_is_read_where_the_deed_is_said(fourteenth_qa):
    """"tabela kararını kim duyurdu?" got **Kerkük İl Meclisi**, which took the decision in the
    opening sentence; the next one says who announced it. "Erbil'de açılan yeni Türkmen okulunun
    adı ne?" got the director's sentence on pupils: a school is named as a body is."""
    assert fourteenth_qa.ask("Kerkük'te üç dilli tabela kararını kim duyurdu?").short == "Nermin Beyatlı"
    first = "Kerkük'te kaç resmi binaya üç dilli tabela asılacak?"
    answer = fourteenth_qa.ask(first)
    history = [{"role": "user", "content": first},
               {"role": "assistant", "content": answer.text, "cited": [s.doc_id for s in answer.sources]}]
    assert fourteenth_qa.ask("Bu kararı kim duyurdu?", history).short == "Nermin Beyatlı"
    assert "Yunus Emre Türkmen İlkokulu" in fourteenth_qa.ask("Erbil'de açılan yeni Türkmen okulunun adı ne?").text


def test_a_kind_ending_like_a_dative_is_still_a_kind(seventh_qa):
    """"tekerlekli sandalye kategorisini kim kazandı?" got the women's winner: "sandalye" was
    read as a dative ("-ye" follows a vowel only; "sandal" ends in a consonant), so no kind of
    category was asked, and the race's article, which has none for wheelchairs, answered."""
    answer = seventh_qa.ask("Barış Koşusu'nda tekerlekli sandalye kategorisini kim kazandı?")
    assert answer.refused and "sandalye" in answer.text, answer.text
    women = seventh_qa.ask("Barış Koşusu'nda kadınlar kategorisini kim kazandı?")
    assert not women.refused and "Sevda Kasapoğlu" in women.text


EIGHTH_SET_FINDS = {
    "forum.txt": "Bakü'deki iş forumunda Türkmen firmalarına 20 milyon dolarlık sipariş\n\n16 Mayıs 2024\n\n"
    "Bakü'de düzenlenen iş forumuna Kerkük, Erbil ve Telafer'den 58 firma katıldı. Kerkük Türkmen Gençlik Merkezi "
    "forumda bir stant açtı; geçen yıldır beklenen kilim sergisi de forumda yer aldı. Forumun en büyük anlaşmasını "
    "Nur Tekstil imzaladı: firma, bir otel zincirine iki yıl boyunca havlu sağlamak için 4 milyon dolarlık sözleşme "
    "yaptı.",
    "gence.txt": "Gence'de Türkmen kültür haftası\n\n3 Haziran 2024\n\n"
    "Azerbaycan'ın ikinci büyük kenti Gence'de düzenlenen Türkmen kültür haftasına 12 bin kişi katıldı.",
    "cimento.txt": "Dicle Çimento 2019'da net kârını yüzde 20 artırdı\n\n18 Şubat 2020\n\n"
    "Kerkük'teki Dicle Çimento, 2019 yılı mali sonuçlarını açıkladı. Şirketin geçen yılki cirosu 300 milyar dinar, "
    "net kârı ise 24 milyar dinar oldu. Bir önceki yıl, yani 2018'de şirket 260 milyar dinar ciro ve 20 milyar "
    "dinar net kâr elde etmişti. Fabrikada 2019 sonunda 900 kişi çalışıyordu.",
    "petrol.txt": "Kerkük petrolünün sevkiyatı şubatta geriledi\n\n8 Mart 2017\n\n"
    "Kerkük sahalarından Ceyhan'a gönderilen petrol şubatta azaldı. Ocakta ihraç edilen petrolden 498 milyon dolar, "
    "şubatta ise 451 milyon dolar gelir elde edildi. Şirket sözcüsü, düşüşün pompa istasyonundaki bakım nedeniyle "
    "olduğunu söyledi.",
    "kira.txt": "Kerkük'te konut kiraları arttı\n\n20 Ocak 2025\n\n"
    "Emlakçılar Derneği'nin raporuna göre Kerkük merkezde üç odalı bir dairenin kirası 2024 boyunca yüzde 22 arttı. "
    "Yılın başında 450 bin dinar olan ortalama kira, yıl sonunda 550 bin dinara ulaştı. İki odalı dairelerde "
    "ortalama kira yıl sonunda 380 bin dinar oldu.",
    "pazar-ekim.txt": "Tuzhurmatu pazarında fiyatlar\n\n30 Ekim 2026\n\n"
    "Tuzhurmatu sebze pazarında ekim ayında domatesin kilosu 1.250 dinardan satıldı.",
    "pazar-kasim.txt": "Tuzhurmatu pazarında domates pahalandı\n\n28 Kasım 2026\n\n"
    "Tuzhurmatu sebze pazarında kasım ayında domatesin kilosu 1.500 dinara çıktı.",
    "ihale.txt": "Tuzhurmatu-Kerkük yolu ihalesi sonuçlandı\n\n12 Kasım 2026\n\n"
    "Tuzhurmatu-Kerkük yolunun yenilenmesi ihalesine üç firma katıldı. Bayat İnşaat 84 milyar dinar, Yıldız Yapı "
    "91 milyar dinar, Dicle Mühendislik ise 79,5 milyar dinar teklif etti.",
    "mars.txt": "Kerkük'te Nevruz töreni\n\n21 Mart 2023\n\n"
    "Kerkük'teki Nevruz töreninde Türkmeneli Marşı'nı Kerkük Gençlik Korosu seslendirdi.",
}


@pytest.fixture(scope="module")
def eighth_qa(tmp_path_factory, embedder):
    return archive_of(tmp_path_factory.mktemp("eighth"), embedder, EIGHTH_SET_FINDS)


def test_a_name_is_not_found_in_another_word_sharing_its_root(eighth_qa):
    """Finds of the sixth and eighth own sets: "Gence'den kaç firma katıldı?" got the forum's
    58 firms, "Gence" being covered by "Gençlik" (the stemmer cuts the city to "ge", and its
    root "genc" begins "genç" typed without its letter); "Yıldız Tekstil" was covered by
    "yıldır". A name's word is held where the archive has the word, inflected, or a name made
    of it, not another word with its first letters."""
    answer = eighth_qa.ask("Bakü'deki iş forumuna Gence'den kaç firma katıldı?")
    assert answer.refused and "Gence" in answer.text, answer.text
    answer = eighth_qa.ask("Bakü forumunda Yıldız Tekstil kaç dolarlık anlaşma imzaladı?")
    assert answer.refused and "Yıldız" in answer.text, answer.text
    assert eighth_qa.ask("Gence'deki Türkmen kültür haftasına kaç kişi katıldı?").short == "12 bin kişi"
    assert "4 milyon dolar" in eighth_qa.ask("Bakü forumunda Nur Tekstil kaç dolarlık sözleşme yaptı?").text
    assert "Gençlik Korosu" in eighth_qa.ask("Nevruz töreninde Türkmeneli Marşını kim seslendirdi?").text


def test_a_years_figure_is_read_where_the_article_gives_that_year(eighth_qa):
    """Asked for 2019's profit, the best sentence gave 2018's ("Bir önceki yıl, yani 2018'de …")
    and the answer was a refusal; the article of February 2020 gives 2019's as "geçen yılki".
    A year the article never gives its figure for is still refused."""
    answer = eighth_qa.ask("Dicle Çimento 2019 yılında ne kadar net kâr etti?")
    assert "24 milyar dinar" in answer.text and not answer.refused, answer.text
    assert "20 milyar dinar net kâr" in eighth_qa.ask("Dicle Çimento 2018 yılında ne kadar net kâr etti?").text
    assert eighth_qa.ask("Dicle Çimento 2017 yılında ne kadar net kâr etti?").refused


def test_an_amount_of_a_thing_the_article_never_names_is_not_answered(eighth_qa):
    """"Arslan Çimento 2019'da ne kadar vergi ödedi?" got the cement's price per ton, and "ne
    kadar temettü dağıttı" the energy bill: the article never speaks of a tax or a dividend.
    The thing an amount is of must be in the answering article, as an attribute must."""
    answer = eighth_qa.ask("Dicle Çimento 2019'da ne kadar vergi ödedi?")
    assert answer.refused and "bu sayıyı" in answer.text, answer.text
    assert "300 milyar dinar" in eighth_qa.ask("Dicle Çimento 2019'da ne kadar ciro elde etti?").text


def test_the_year_before_is_counted_from_the_year_the_talk_named(eighth_qa):
    """"Arslan Çimento'nun 2019 yılı net kârı ne kadar oldu?" then "peki bir önceki yıl?" was
    refused as of the year before today: the report says "Bir önceki yıl, yani 2018'de …"."""
    first, then = talk(eighth_qa, ["Dicle Çimento'nun 2019 yılı net kârı ne kadar oldu?", "peki bir önceki yıl?"])
    assert "24 milyar dinar" in first.text, first.text
    assert "20 milyar" in then.text and (then.timeframe or {}).get("date_from") == "2018-01-01", then.text


def test_a_month_is_answered_by_the_report_that_came_after_it(eighth_qa):
    """"Şubat 2017'de Kerkük petrolünden ne kadar gelir elde edildi?" was refused as "Şubat 2017
    tarihli bir haber bulamadım": figures for a month are reported after it ends, here in an
    article of 8 March that names "şubatta". A month no article names stays unanswered."""
    answer = eighth_qa.ask("Şubat 2017'de Kerkük petrolünden ne kadar gelir elde edildi?")
    assert "451 milyon dolar" in answer.text and "Şubat 2017" in (answer.notice or ""), answer.text
    assert "451 milyon dolar" not in eighth_qa.ask("Şubat 2016'da Kerkük petrolünden ne kadar gelir elde edildi?").text


def test_a_numbered_quality_picks_out_what_is_asked(eighth_qa):
    """"üç odalı dairenin kirası" got "İki odalı dairelerde ortalama kira … 380 bin dinar", the
    two-room flats' rent. A sentence speaks of the quality it gives, and the ones after it that
    give no other ("Yılın başında 450 bin dinar olan ortalama kira …" is the three-room flat's);
    a quality the article gives only with other numbers is not answered."""
    answer = eighth_qa.ask("Kerkük'te yıl sonunda üç odalı dairenin ortalama kirası ne kadardı?")
    assert "380" not in answer.text and not answer.refused, answer.text
    assert "380 bin dinar" in eighth_qa.ask("Kerkük'te iki odalı dairelerin kirası ne kadar?").text
    answer = eighth_qa.ask("Kerkük'te dört odalı dairenin kirası ne kadar?")
    assert answer.refused and "dört odalı" in answer.text, answer.text


def test_a_part_of_a_year_the_article_never_splits_is_not_answered(eighth_qa):
    """"Arslan Çimento'nun 2019 ilk yarı net kârı ne kadardı?" got the whole year's profit from an
    annual report that never speaks of a half: a part of a year asked ("ilk yarı", "üçüncü
    çeyrek", "ilk altı ay") must be one the answering article names."""
    answer = eighth_qa.ask("Dicle Çimento'nun 2019 ilk yarı net kârı ne kadardı?")
    assert answer.refused and "ilk yarı" in answer.text, answer.text
    answer = eighth_qa.ask("Kerkük'te üç odalı dairenin kirası yılın ilk çeyreğinde ne kadardı?")
    assert answer.refused and "ilk çeyre" in answer.text, answer.text


def test_a_question_naming_its_month_is_not_told_of_newer_news(eighth_qa):
    """A stranger's find: "Tuzhurmatu pazarında ekimde domatesin kilosu kaç dinardı?" was
    answered right, then told "bu konuda daha yeni bir haber var … sorunuza 'en son' ekleyin":
    November's price is no newer answer to a question about October."""
    answer = eighth_qa.ask("Tuzhurmatu pazarında ekimde domatesin kilosu kaç dinardı?")
    assert "1.250 dinar" in answer.text and not (answer.notice or "").startswith("Bu yanıt"), answer.notice
    plain = eighth_qa.ask("Tuzhurmatu pazarında domatesin kilosu kaç dinar?")
    assert "1.500 dinar" in plain.text or (plain.notice or "").startswith("Bu yanıt"), plain.text


def test_a_month_named_without_a_year_is_the_articles_month(eighth_qa):
    """A stranger's find: "Kasım ayında kuzu etinin kilosu kaç dinar?" got October's price, and
    "ekimde" November's: a month named without a year was no period at all. It is now a term an
    article holds when it names the month or is dated in it; a month no article has is refused."""
    assert "1.250 dinar" in eighth_qa.ask("Tuzhurmatu pazarında ekimde domatesin kilosu kaç dinardı?").text
    assert "1.500 dinar" in eighth_qa.ask("Tuzhurmatu pazarında kasım ayında domatesin kilosu kaç dinar?").text
    answer = eighth_qa.ask("Tuzhurmatu pazarında eylül ayında domatesin kilosu kaç dinardı?")
    assert answer.refused and "ylül" in answer.text, answer.text


def test_a_figure_in_a_list_is_the_one_said_with_the_asked_name(eighth_qa):
    """A stranger's find: "Bayat Insaat kac dinar teklif verdi?" got **79,5 milyar dinar** in bold
    beside "Bayat İnşaat 84 milyar dinar, Yıldız Yapı 91 milyar dinar, Dicle Mühendislik ise 79,5
    milyar dinar teklif etti": the figure right before "teklif" was taken for the bid, not the
    one the asked firm's name is said with."""
    assert eighth_qa.ask("Bayat Insaat kac dinar teklif verdi?").short == "84 milyar dinar"
    assert eighth_qa.ask("Yıldız Yapı kaç dinar teklif verdi?").short == "91 milyar dinar"
    assert eighth_qa.ask("Dicle Mühendislik kaç dinar teklif verdi?").short == "79,5 milyar dinar"


LIBRARY = """Kerkük Halk Kütüphanesi yeni okuma salonunu açtı

12 Mart 2025

Kerkük Halk Kütüphanesi, genişletilen binasında yeni okuma salonunu törenle hizmete açtı. Kütüphanenin bugünkü binası 1985 yılında inşa edilmiş, 2003 yılında ise ilk kez genişletilmişti.

Kütüphaneye adını veren şair Hıdır Lütfi'nin adı, 1998'de dönemin belediye başkanı Necat Bayatlı tarafından konuldu. Yeni salonda Türkmen şairlerinin el yazmaları da sergileniyor.

Kütüphane müdürü Sevda Terzioğlu, üniversite öğrencilerinin sınav dönemlerinde salonu sabahtan akşama kadar doldurduğunu söyledi. Terzioğlu, kütüphanenin yıllık bütçesinin 40 milyon dinar olduğunu belirtti.

Kütüphane, bu yıl ilk kez "Genç Okur Ödülü" vereceğini de duyurdu.
"""

HARVEST = """Dakuk'ta hasat sona erdi

20 Haziran 2024

Dakuk'ta bu yılın hasadı sona erdi. İlçe Tarım Müdürlüğü'nün verilerine göre buğday ekilen 6 bin dönümden 5 bin 400 ton ürün kaldırıldı. Arpa ekilen 4 bin dönümden ise 2 bin 800 ton ürün alındı.

Tarım Müdürü Kasım Nurettin, yağışların geçen yıldan daha düzenli olduğunu ve verimin arttığını söyledi.
"""


DAKUK_COOPERATIVE = (Path(__file__).parent.parent / "bench" / "ownset6" / "articles"
                     / "dakuk-bereket-kooperatifi-hasat-2022.txt")


@pytest.fixture(scope="module")
def talk_qa(tmp_path_factory, embedder):
    return archive_of(tmp_path_factory.mktemp("talk"), embedder,
                      {"kutuphane.txt": LIBRARY, "hasat.txt": HARVEST, "fuar.txt": FAIR,
                       "kooperatif.txt": DAKUK_COOPERATIVE.read_text(encoding="utf-8")})


def talk(qa, questions: list[str]) -> list[Answer]:
    """Each question asked with the conversation so far, as the app keeps it."""
    history: list[dict] = []
    answers = []
    for question in questions:
        answers.append(qa.ask(question, history))
        history += [{"role": "user", "content": question}, reply_message(answers[-1])]
    return answers


def assert_shorts(qa, asked: dict[str, str]) -> None:
    """Each question, asked alone, gets its short answer."""
    for question, short in asked.items():
        answer = qa.ask(question)
        assert answer.short == short, (question, answer.text)


@pytest.mark.parametrize("follow_up", ["orayı kim aldı?", "onlara kim önderlik ediyordu?",
                                       "bunlardan kaçı Kerkük'e ayrıldı?", "oradan nereye gitti?", "ondan önce?"])
def test_a_demonstrative_with_any_ending_points_back(follow_up):
    """Found by the blind conversation set: "orayı kim aldı?" was taken as a question of its own
    (only "o/onu/onun/bu/bunu/orada…" were known) and answered from another article."""
    assert not is_standalone(follow_up)


@pytest.mark.parametrize("question", ["İşsizlik oranı ne kadar?", "Onur Kaya kimdir?", "Bunlar Kerkük'te mi?"])
def test_a_word_beginning_like_a_demonstrative_is_no_pointer(question):
    assert is_standalone(question) == (question != "Bunlar Kerkük'te mi?")


def test_a_follow_up_is_answered_from_the_sentence_it_points_back_at(talk_qa):
    """"peki hangi yılda?" after "Kütüphanenin adını kim koydu?" got the building's 1985/2003
    sentence (it says "yılında"); the naming the answer quoted says 1998."""
    first, year = talk(talk_qa, ["Kütüphanenin adını kim koydu?", "peki hangi yılda?"])
    assert "Necat Bayatlı" in first.text
    assert year.short == "1998" and "1985" not in year.text


def test_a_follow_up_naming_another_thing_is_answered_where_it_is_said(talk_qa):
    """"ya arpada?" after "kaç ton buğday kaldırıldı?" re-asked the wheat question and got the
    wheat figure again: the answer must say barley, the follow-up's own word."""
    wheat, barley = talk(talk_qa, ["Dakuk'ta kaç ton buğday kaldırıldı?", "ya arpada?"])
    assert wheat.short == "5 bin 400 ton"
    assert barley.short == "2 bin 800 ton"
    # the blind conversation set's: the cooperative's barley is said in a chunk retrieval did not
    # bring, read as the article's chunks that give a figure in tons
    wheat, barley = talk(talk_qa, ["Dakuk Bereket Kooperatifi 2022 hasadında kaç ton buğday kaldırdı?", "ya arpada?"])
    assert wheat.short == "5 bin 400 ton"
    assert "arpa hasat edildi" in barley.text and barley.sources[0].doc_id.endswith("kooperatif.txt")


def test_a_count_is_not_answered_by_a_sentence_without_a_number(talk_qa):
    """"orada kaç öğrenci çalışıyor?" got "üniversite öğrencilerinin … salonu doldurduğunu": the
    article names students but counts none."""
    *_, students = talk(talk_qa, ["Kütüphanenin adını kim koydu?", "orada kaç öğrenci çalışıyor?"])
    assert students.refused and "bu sayıyı söylemiyor" in students.text
    assert talk_qa.ask("Dakuk'ta kaç ton arpa alındı?").short == "2 bin 800 ton"


def test_a_follow_up_answered_without_what_it_asks_is_refused(talk_qa):
    """"o ödülü ilk kim kazandı?" after the prize's announcement got the announcement: a follow-up
    is retrieved by the subject it inherits, so the article being discussed scores high whatever
    it asks; a sentence naming no one does not say who won."""
    _, winner = talk(talk_qa, ["Kütüphane hangi ödülü verecek?", "o ödülü ilk kim kazandı?"])
    assert winner.refused and re.search(r"(bunu|kimin kazandığını) söylemiyor", winner.text)


STRANGER_16 = Path(__file__).parent / "stranger6"  # the sixteenth trial's articles (a community member's)


@pytest.fixture(scope="module")
def sixteenth_qa(tmp_path_factory, embedder):
    return archive_of_folder(tmp_path_factory, embedder, STRANGER_16)


def test_a_refusal_carries_no_notice_of_newer_news(sixteenth_qa):
    """"Kerkük valisi kim?" was refused under "Bu yanıt 4 Şubat 2026 tarihli habere dayanıyor;
    daha yeni bir haber var": a refusal's sources are only related articles, and nothing was
    answered from them."""
    *_, governor = talk(sixteenth_qa, ["Kerkük'te en son ne oldu?", "Kerkük valisi kim?"])
    assert governor.refused and governor.notice is None


def test_a_thousand_written_as_a_word_is_part_of_the_figure():
    """"Konseri yaklaşık bin 500 kişi izledi" was shown as **500 kişi**."""
    asked = Question.read("Konseri kaç kişi izledi?")
    assert short_answer(asked, "Konseri yaklaşık bin 500 kişi izledi.") == "bin 500 kişi"
    assert short_answer(asked, "Konseri 1 bin 500 kişi izledi.") == "1 bin 500 kişi"
    assert short_answer(asked, "Konseri bin kişi izledi.") == "bin kişi"


def test_a_possessive_alone_is_of_what_was_said_before(sixteenth_qa):
    """"müdürü kim?" after two questions on a new school got the provincial education director
    who cut the ribbon: a possessive with nothing before it ("müdürü", "teklifi") is the head of
    something said before, so the school is carried over and its own head is found."""
    assert not is_standalone("müdürü kim?") and not is_standalone("teklifi ne kadardı?")
    assert is_standalone("Konferans ne zaman yapıldı?") and is_standalone("Merkezin maliyeti ne kadar?")
    *_, head = talk(sixteenth_qa, ["Kerkük'te yeni açılan okulun adı ne?", "peki ne zaman açıldı?", "müdürü kim?"])
    assert head.short == "Ayşe Bayatlı"


def test_a_mistyped_name_is_not_cut_into_a_name_and_an_ending(sixteenth_qa):
    """"Telafr festivaline kac kisi geldi" was read "Telaf'r festivaline …": "r" is no case
    ending (the vowel a phone dropped is put back); a name typed with one keeps its apostrophe."""
    assert sixteenth_qa.restore("Telafr festivaline kac kisi geldi") == "Telafer festivaline kaç kişi geldi"
    assert sixteenth_qa.restore("telaferde kac kisi var") == "Telafer'de kaç kişi var"


def test_an_amount_of_a_thing_is_the_figure_said_with_it():
    """"Kooperatif bu yıl ne kadar buğday topladı?" showed no short answer over "3 bin 200 ton
    buğday ve 1.150 ton arpa" (two figures, no unit asked): "ne kadar buğday" asks the figure
    said with the wheat, as "kaç ton arpa" the one said with the barley; "ne kadar para" any."""
    harvest = "Kooperatif bu yıl 3 bin 200 ton buğday ve 1.150 ton arpa topladı."
    assert short_answer(Question.read("Kooperatif bu yıl ne kadar buğday topladı?"), harvest) == "3 bin 200 ton"
    assert short_answer(Question.read("Kooperatif bu yıl ne kadar arpa topladı?"), harvest) == "1.150 ton"
    assert Question.read("Kervan ne kadar para topladı?").material == ()


TEXTILE_2019 = """Sarıkaya Tekstil ihracatını artırdı

14 Mart 2019

Kerküklü tekstil üreticisi Sarıkaya Tekstil, 2018 yılında 12 milyon dolarlık ihracat yaptı. Şirketin Genel Müdürü Kemal Uçar, yeni pazarların Azerbaycan ve Gürcistan olduğunu söyledi.
"""
TEXTILE_2023 = """Sarıkaya Tekstil ikinci fabrikasını açtı

9 Eylül 2023

Sarıkaya Tekstil'in Dakuk yolu üzerindeki ikinci fabrikası üretime başladı. 2020'de görevi Kemal Uçar'dan devralan Genel Müdür Nermin Kasapoğlu, fabrikada 340 kişinin çalışacağını söyledi.
"""


SURVEY = """Telafer'de gençlik araştırmasının sonuçları açıklandı

12 Kasım 2024

Telafer Kalkınma Derneği'nin Musul Üniversitesi ile birlikte yürüttüğü gençlik araştırmasının sonuçları açıklandı. Haziran ile Ağustos 2024 arasında yapılan saha çalışmasında ilçenin 14 mahallesinde 1.850 gençle yüz yüze görüşüldü.

Araştırmaya göre 15-29 yaş arasındaki gençlerin yüzde 41'i düzenli bir işte çalışmıyor. Genç kadınlarda bu oran yüzde 58'e çıkarken genç erkeklerde yüzde 27'de kalıyor. Gençlerin yüzde 63'ü ilçede kalmak istediğini söyledi.

Gençlerin en büyük şikâyeti yüzde 47 ile iş bulamamak oldu. Onu yüzde 22 ile konut fiyatları, yüzde 14 ile ulaşım izledi. Üniversite mezunlarının yüzde 36'sı mezun olduğu alanda iş bulamadığını belirtti.

Ankete katılan gençlerin yüzde 71'i akıllı telefonla internete bağlanıyor. Haftada en az bir kez kitap okuyanların oranı yüzde 18, spor yapanların oranı ise yüzde 31 olarak ölçüldü.

Araştırmayı yöneten sosyolog Dr. Sevim Ağalı, gençlerin ilçeden göçünü durdurmak için meslek kurslarının artırılması gerektiğini söyledi. Ağalı, sonuçların belediye meclisine sunulacağını belirtti.
"""


LYCEUM = """Telafer'de meslek lisesi ilk öğrencilerini kabul etti

15 Eylül 2025

Telafer'de inşaatı iki yıl süren meslek lisesi yeni eğitim yılında 320 öğrenciyle kapılarını açtı. Okulda elektrik, tesisat ve bilgisayar bölümleri bulunuyor.

Okul müdürü Gülay Demirci, öğrencilerin son sınıfta ilçedeki işletmelerde staj yapacağını söyledi.
"""
CLEANING = """Erbil'de çöp toplama saatleri değişti

3 Nisan 2024

Erbil Belediyesi Temizlik Müdürlüğü, merkez mahallelerde çöplerin artık gece toplanacağını açıkladı. Yeni düzen 15 Nisan'da başlayacak.

Temizlik Müdürü Kadir Yurtsever, gece toplamanın trafiği rahatlatacağını ve 40 yeni çöp kamyonunun hizmete gireceğini söyledi.
"""


FARM_FAIR = """Erbil'deki tarım fuarında 40 anlaşma imzalandı

8 Mayıs 2025

Erbil'de düzenlenen Türkmeneli Tarım Fuarı'nda üç günde 40 anlaşma imzalandı. Anlaşmaların toplam değeri 12 milyon doları buldu.

Fuarın en büyük anlaşmasını Kerkük merkezli Bereket Tohum imzaladı. Firma, Gaziantep'teki bir toptancıya 2,4 milyon dolarlık buğday tohumu satacak. Bereket Tohum'un genel müdürü Selma Ağaoğlu, anlaşmanın firmanın en büyük ihracatı olduğunu söyledi.
"""


@pytest.fixture(scope="module")
def reports_qa(tmp_path_factory, embedder):
    """Two reports on one company, four years apart, a survey's report, a school's and a municipal
    unit's news, a fair's deals."""
    return archive_of(tmp_path_factory.mktemp("reports"), embedder,
                      {"tekstil-2019.txt": TEXTILE_2019, "tekstil-2023.txt": TEXTILE_2023, "anket.txt": SURVEY,
                       "lise.txt": LYCEUM, "temizlik.txt": CLEANING, "fuar.txt": FARM_FAIR})


def test_an_office_held_since_an_earlier_year_is_held_in_the_asked_one(reports_qa):
    """"2023'te Arslan Çimento'nun genel müdürü kim?" was refused ("en yakın bilgi 2021 yılına
    ait") over "2021'de görevi … devralan Genel Müdür Zeynep Neftçi" in an article of August 2023:
    an earlier year names when the tenure began, and the article of the asked year says who
    holds it. Its "Genel" is the office's own word, not another owner's name, and the short
    answer is the name alone (the stemmer cuts a bare "Müdür" to "mü")."""
    answer = reports_qa.ask("2023'te Sarıkaya Tekstil'in genel müdürü kim?")
    assert answer.short == "Nermin Kasapoğlu"
    assert reports_qa.ask("2019'da Sarıkaya Tekstil'in genel müdürü kimdi?").short == "Kemal Uçar"
    # an article of 2023 says nothing of who holds it in 2025
    assert reports_qa.ask("2025'te Sarıkaya Tekstil'in genel müdürü kim?").refused
    asked = Question.read("Sarıkaya Tekstil'in genel müdürü kim?")
    assert short_answer(asked, "Genel Müdür Nermin Kasapoğlu konuştu.") == "Nermin Kasapoğlu"


def test_who_did_it_is_looked_for_where_the_article_says_the_deed(reports_qa):
    """"Kerkük hane halkı araştırmasını kim yönetti?" got the survey's opening, which names no
    one: "Araştırmayı yöneten Doç. Dr. Halil Tisinli" is at the article's end, in a passage the
    search did not bring. A "kim" question answered by a sentence naming no one is answered by
    the article's sentence that says its verb and names someone."""
    assert says_own_deed("Araştırmayı kim yönetti?", "Araştırmayı yöneten Dr. Sevim Ağalı konuştu.")
    assert not says_own_deed("Araştırma ne zaman yapıldı?", "Araştırma yapıldı.")  # a light verb
    assert not says_own_deed("Derneğin başkanı kim?", "Derneğin başkanı konuştu.")  # no verb asked
    answer = reports_qa.ask("Telafer gençlik araştırmasını kim yönetti?")
    assert answer.short == "Dr. Sevim Ağalı" and "Araştırmayı yöneten" in answer.text


def test_an_office_is_named_by_its_owners_kind_or_unit(reports_qa):
    """"Kerkük'teki meslek lisesinin müdürü kim?" and "Kerkük Belediyesi Ulaşım Müdürü kim?" were
    refused over "Okul müdürü Ercan Sarıkahya" and "Ulaşım Müdürü Sami Kazancı": a lise is an
    okul, and an article that names "Kerkük Belediyesi Ulaşım Müdürlüğü" names the unit's owner."""
    assert reports_qa.ask("Telafer'deki meslek lisesinin müdürü kim?").short == "Gülay Demirci"
    assert reports_qa.ask("Erbil Belediyesi Temizlik Müdürü kim?").short == "Kadir Yurtsever"
    assert reports_qa.ask("Musul Belediyesi Temizlik Müdürü kim?").refused  # another owner's unit


def test_where_a_firm_is_based_and_a_name_given_wrongly_are_not_the_answer():
    """"hangi firma imzaladı" over "Kerkük merkezli Nur Tekstil imzaladı" showed no short answer
    (two names, the city first); a correction's '"Yıldız İnşaat" olarak geçmişti' names the
    firm wrongly reported, not the one asked for."""
    asked = Question.read("Fuardaki en büyük anlaşmayı hangi firma imzaladı?")
    assert short_answer(asked, "Anlaşmaların en büyüğünü Kerkük merkezli Nur Tekstil imzaladı.") == "Nur Tekstil"
    correction = ('Haberde yüklenici firmanın adı "Yıldız İnşaat" olarak geçmişti; ihaleyi kazanan firma Kerkük '
                  "merkezli Yıldırım Yapı'dır.")
    assert short_answer(Question.read("İhaleyi hangi firma kazandı?"), correction) == "Yıldırım Yapı"
    assert short_answer(Question.read("Binayı hangi firma yaptı?"), correction) != "Yıldız İnşaat"


def test_a_possessive_pointer_is_of_the_name_just_answered(reports_qa):
    """"onun genel müdürü kim?" after "en büyük anlaşmayı hangi firma imzaladı" (**Nur Tekstil**)
    was read "büyük anlaşmayı firma genel müdürü kim?" and refused: "onun" is the firm the
    answer named, so the question is asked of it ("Nur Tekstil'in genel müdürü kim?"). The
    history keeps each answer's short answer; a figure is no one to point at."""
    firm, head = talk(reports_qa, ["Erbil tarım fuarında en büyük anlaşmayı hangi firma imzaladı?",
                                   "onun genel müdürü kim?"])
    assert firm.short == "Bereket Tohum"
    assert head.standalone_question == "Bereket Tohum'un genel müdürü kim?" and head.short == "Selma Ağaoğlu"
    assert named_in_answer([{"role": "assistant", "content": "", "short": "12 milyon dolar"}]) is None


STRANGER_17 = Path(__file__).parent / "stranger7"  # the seventeenth trial's articles (a journalist's)


@pytest.fixture(scope="module")
def seventeenth_qa(tmp_path_factory, embedder):
    return archive_of_folder(tmp_path_factory, embedder, STRANGER_17)


def test_a_question_naming_its_own_subject_is_not_kept_to_the_article_discussed(seventeenth_qa):
    """"Telafer içme suyu projesinin ilk aşaması kaç dinara mal oldu?" right after "Telafer
    kaymakamı kim?" was refused, citing the governor's article (a journalist's find): the
    articles an answer cited are searched first, and the governor's shares the town. The
    archive's best passage holds two more of the question's own words; it answers, as when the
    question is asked alone."""
    cost_question = "Telafer içme suyu projesinin ilk aşaması kaç dinara mal oldu?"
    _, cost = talk(seventeenth_qa, ["Telafer kaymakamı kim?", cost_question])
    assert not cost.refused and "6,5 milyar" in cost.text
    assert cost.text == seventeenth_qa.ask(cost_question).text


def test_the_holder_of_a_post_is_named_after_it_not_the_people_of_the_place(seventeenth_qa):
    """"Telafer kaymakamı kim?" was answered **Telaferli Türkmen** ("Telaferli Türkmen aşiretlerinin
    temsilcileri …"): a people after a place's adjective is no one; the article's "Irak İçişleri
    Bakanlığı, Telafer Kaymakamlığına Dr. Nermin Oğuz'u atadı" names her after the post."""
    answer = seventeenth_qa.ask("Telafer kaymakamı kim?")
    assert answer.short == "Dr. Nermin Oğuz"
    asked = Question.read("Telafer kaymakamı kim?")
    assert short_answer(asked, "Telaferli Türkmen aşiretlerinin temsilcileri törene katıldı.") is None


def test_a_follow_up_asking_another_period_reads_that_periods_article(seventeenth_qa):
    """"ya 2019'da?" after the 2023 fair's visitors got the 2023 figure under "2019 yılına ait bir
    haber bulamadım; bu döneme değinen habere dayandım", though a 2019 article gives 18 bin: the
    article discussed is not of the asked period, and the archive's best one is."""
    _, earlier = talk(seventeenth_qa, ["2023'teki Kerkük Kitap Fuarı'nı kaç kişi ziyaret etti?", "ya 2019'da?"])
    assert "18 bin" in earlier.text and earlier.notice is None


def test_a_period_only_another_article_names_is_not_answered_from_one_that_does_not(seventeenth_qa):
    """"2024'teki Kerkük Kitap Fuarı'nı kaç kişi ziyaret etti?" got "**18 bin kişi**" from the 2019
    article under "bu döneme değinen habere dayandım": only the 2023 article names 2024 (the next
    fair's date). No article speaks of 2024's fair: the refusal says so (a sentence naming no year in an
    article of an earlier year is not the asked year's)."""
    answer = seventeenth_qa.ask("2024'teki Kerkük Kitap Fuarı'nı kaç kişi ziyaret etti?")
    assert answer.refused and "2024 yıl" in answer.text and answer.short is None, answer.text


def test_when_a_reported_deed_happened_is_its_articles_day(seventeenth_qa):
    """"peki ne zaman?" after "Kerkük'teki selde kaç ev hasar gördü?" answered **2019**, the year a
    reclamation project is to start, further down the article: the quoted sentence says the
    damage without a date, and the flood's article of 26 November 2018 says when."""
    _, when = talk(seventeenth_qa, ["Kerkük'teki selde kaç ev hasar gördü?", "peki ne zaman?"])
    assert not when.refused and "26 Kasım 2018" in when.text and "2019" not in when.text


def test_another_owners_office_is_not_the_asked_one_though_the_owner_is_named_later(seventeenth_qa):
    """"Erbil'deki Türkmen ortaokulunun müdürü kim?" got **Faruk Demirci** from "Erbil Türkmen
    Eğitim Müdürü Faruk Demirci, okulun … başladığını söyledi": the school named later in the
    sentence is not the office's owner; "Okul müdürlüğüne … Sevgi Kasapoğlu getirildi" is."""
    assert seventeenth_qa.ask("Erbil'deki Türkmen ortaokulunun müdürü kim?").short == "Sevgi Kasapoğlu"
    asked = Question.read("Sabah Çayı programının sunucusu kim?")
    assert short_answer(asked, 'Programın "Sabah Çayı"nın sunucusu Kenan Dağlı\'ya plaket verildi.') == "Kenan Dağlı"


def test_who_someone_is_is_asked_of_the_name_just_answered(seventeenth_qa):
    """"o kim?" after **Dr. Nermin Oğuz** was refused, and "Dr. Nermin Oğuz kim?" got **Irak
    İçişleri Bakanlığı** in bold: "o" before a question word is the one just named, and "<name>
    kim?" asks what she is, which no other name answers (an office asks a name: "Kerkük Valisi kim?")."""
    _, who = talk(seventeenth_qa, ["Telafer kaymakamı kim?", "o kim?"])
    assert who.standalone_question == "Dr. Nermin Oğuz kim?"
    assert not who.refused and who.short is None and "Nermin Oğuz" in who.text
    assert asks_who_someone_is("Dr. Nermin Oğuz kim?") and not asks_who_someone_is("Kerkük Valisi kim?")



def test_a_role_no_list_holds_is_asked_of_its_owner(seventeenth_qa):
    """"Telafer Genel Hastanesi'nin başhemşiresi kim?" got "Telafer Genel Hastanesi'nde 12
    cihazlı yeni bir diyaliz ünitesi hizmete girdi" as its answer: the role asked of the
    hospital ("başhemşiresi") is held by no one the archive names, whatever the word."""
    nurse = seventeenth_qa.ask("Telafer Genel Hastanesi'nin başhemşiresi kim?")
    assert nurse.refused and "başhemşirenin kim olduğunu söylemiyor" in nurse.text
    assert seventeenth_qa.ask("Kerkük Kitap Fuarı'nın onur konuğu kim?").short == "Hasan Koca"
    assert Question.read("Kardelen İnşaat'ın patronu kim?").role == "patron"
    assert Question.read("Turnuvanın galibi kimdi?").role == "galip"
    assert Question.read("Kale Kapısı oyununun metnini kim yazdı?").role is None


def test_a_noun_ending_like_a_possessive_is_a_subject_of_its_own(seventeenth_qa):
    """"Sergi ne zamana kadar açık?" after a question on Erbil's schools was shown as read with
    it ("Önceki sorunuzun konusuyla okudum"): "Sergi" ends like "müdürü", but the archive writes
    it "sergisi", "sergide", as a noun of its own; "müdürü kim?" still points back."""
    _, until = talk(seventeenth_qa, ["Erbil'de Türkmence eğitim veren kaç okul var?", "Sergi ne zamana kadar açık?"])
    assert until.follows is None and until.standalone_question is None and until.short == "15 Mart 2026"



def test_an_older_count_of_people_says_a_newer_article_counts_them_too(seventeenth_qa):
    """"Kerkük Kitap Fuarı'nı kaç kişi ziyaret etti?" got 2019's "**18 bin kişi**" with no word of
    the 2023 article's "31 bin ziyaretçiyle kapandı": people counted as visitors, not "kişi", are
    the same kind of fact, and the reader is told a newer article gives it."""
    answer = seventeenth_qa.ask("Kerkük Kitap Fuarı'nı kaç kişi ziyaret etti?")
    assert answer.short == "18 bin kişi" and "daha yeni bir haber var (20 Ekim 2023)" in (answer.notice or "")
    newest = seventeenth_qa.ask("Kerkük Kitap Fuarı'nı en son kaç kişi ziyaret etti?")
    assert newest.short == "31 bin ziyaretçi"


def test_the_first_time_is_not_answered_by_a_later_editions_date(seventeenth_qa):
    """"Kerkük Kitap Fuarı ilk kez ne zaman düzenlendi?" got the day the 5th fair opened: "ilk
    kez" asks of the first, which the archive never dates."""
    for question in ("Kerkük Kitap Fuarı ilk kez ne zaman düzenlendi?", "Kitap fuarı ilk kez ne zaman düzenlendi?"):
        answer = seventeenth_qa.ask(question)
        assert answer.refused and "birinci fuar için söylemiyor" in answer.text
    assert first_time_asked("Kerkük Kitap Fuarı ilk kez ne zaman düzenlendi?") == (1, "fuar")
    assert another_edition((1, "fuar"), "İlk fuar 2015'te, 5. Kerkük Kitap Fuarı ise 2019'da açıldı.") is None


def test_a_head_asked_after_a_compound_is_the_compounds_own(seventeenth_qa):
    """"müdürü kim?" after "Erbil'deki Türkmen ortaokulu ne zaman açıldı?" was read "… Türkmen
    ortaokulu müdürü kim?" and got the provincial education director: the school's head is
    "ortaokulunun müdürü", and a school named by its kind unsuffixed ("ortaokul müdürü") holds
    "Okul müdürlüğüne … getirildi" as well."""
    _, head = talk(seventeenth_qa, ["Erbil'deki Türkmen ortaokulu ne zaman açıldı?", "müdürü kim?"])
    assert head.standalone_question == "Erbil'deki Türkmen ortaokulunun müdürü kim?"
    assert head.short == "Sevgi Kasapoğlu"
    assert seventeenth_qa.ask("Erbil'deki ortaokul müdürü kim?").short == "Sevgi Kasapoğlu"


def test_a_past_deed_its_article_reports_whole_is_dated_by_the_article(seventeenth_qa):
    """"Erbil'deki Türkmen ortaokulu ne zaman açıldı?" got "**2025** — Salihi, derneğin 2025
    yılında açtığı meslek kursundan …" from the exhibition's article: the school's article says
    "… Ortaokulu, yeni eğitim yılında kapılarını açtı" with no date, in a chunk retrieval did
    not bring, and its day (13 September 2021) is when it was reported."""
    for question in ("Erbil'deki Türkmen ortaokulu ne zaman açıldı?", "Erbil'deki ortaokul ne zaman açıldı?"):
        answer = seventeenth_qa.ask(question)
        assert "13 Eylül 2021" in answer.text and "kapılarını açtı" in answer.text and "2025" not in answer.text


@pytest.mark.parametrize("question, said", [
    ("Telafer'deki diyaliz ünitesinde çocuk hastalara da hizmet veriliyor mu?", False),
    ("Diyaliz ünitesinin maliyeti Türk Kızılay'ın desteğiyle mi karşılandı?", True),
    ("Erbil'deki sergide satış yapılıyor mu?", True),
])
def test_a_yes_or_no_question_is_answered_only_by_an_article_speaking_of_it(seventeenth_qa, question, said):
    """Near misses of the own sets ("otobüslerinde tuvalet var mı?", "giriş sınavı var mı?") got
    the nearest sentence of the article, which says nothing of it either way: a yes-or-no
    question is answered only where its article holds all of its own words (a light verb
    aside: "satış yapılıyor mu" is answered by "satıştan elde edilecek gelir")."""
    answer = seventeenth_qa.ask(question)
    assert answer.refused != said
    assert said or "bunu söylemiyor" in answer.text
    assert asks_yes_no(question) and asks_yes_no("Okul açık mıdır?")
    for other in ("Sergi ne zamana kadar açık?", "Bankanın başında hangi genel müdür var?",  # a name asked
                  "Renk eklendi mi yoksa siyah beyaz mı kaldılar?", "Vurgu çok mudur, az mıdır?"):  # which of two
        assert not asks_yes_no(other)


def test_who_someone_is_is_answered_by_what_the_article_says_she_is(seventeenth_qa):
    """"o kim?" after **Dr. Nermin Oğuz** got only "… Telafer Kaymakamlığına Dr. Nermin Oğuz'u atadı":
    the article says what she is further down ("… doktora yapan Oğuz, daha önce … planlama müdürü
    olarak çalışmıştı"), which joins it; a sentence giving the title before the name says it
    already, and one where she only speaks or acts is no description."""
    _, who = talk(seventeenth_qa, ["Telafer kaymakamı kim?", "o kim?"])
    assert "Dr. Nermin Oğuz'u atadı" in who.text and "planlama müdürü olarak çalışmıştı" in who.text
    assert "Kerkük Türkmen Kültür Merkezi Başkanı Ahmet Bayatlı" in seventeenth_qa.ask("Ahmet Bayatlı kim?").text
    guest = seventeenth_qa.ask("Hasan Koca kim?")
    assert len(guest.sources) == 1 and guest.text.count("[1]") == 1  # "Koca, … söyleşi yaptı" adds nothing


def test_a_place_digest_lists_the_places_news_not_a_name_made_of_it(seventeenth_qa):
    """"Kerkük'te en son ne oldu?" said "Kerkük hakkında 4 haber" and listed an Erbil school's
    opening: the school is named "Şehit Ahmet Kerküklü Ortaokulu". A digest of a place lists the
    articles naming the place, not a name extending it."""
    digest = seventeenth_qa.ask("Kerkük'te en son ne oldu?")
    assert "Kerkük hakkında 3 haber" in digest.text and "ortaokul" not in digest.text.lower()


STRANGER_18 = Path(__file__).parent / "stranger8"  # the eighteenth trial's articles (a maintainer's)


@pytest.fixture(scope="module")
def eighteenth_qa(tmp_path_factory, embedder):
    return archive_of_folder(tmp_path_factory, embedder, STRANGER_18)


@pytest.mark.parametrize("question, sentence, doer", [
    ("Festivali kim düzenliyor?", "Kerkük Türkmen Kültür Derneği'nin her yıl düzenlediği Kerkük Türkmen Kültür "
     "Festivali altıncı kez Kale Parkı'nda gerçekleştirildi.", "Kerkük Türkmen Kültür Derneği"),
    ("Festivali kim düzenledi?", "Kerkük Türkmen Kültür Derneği tarafından düzenlenen Kerkük Türkmen Kültür "
     "Festivali, bu yıl üçüncü kez ziyaretçilerini ağırladı.", "Kerkük Türkmen Kültür Derneği"),
    ("Okulun yapımını kim finanse etti?", "Okulun yapımı Türk İşbirliği ve Koordinasyon Ajansı (TİKA) tarafından "
     "finanse edildi.", "Türk İşbirliği ve Koordinasyon Ajansı"),
    ("Yarışmayı kim düzenledi?", "Bu yıl ilk kez düzenlenen Türkmen Yemekleri Yarışması'nı aşçı Zeynep Kasapoğlu "
     "kazandı.", None),  # a participle with no doer
    ("Festivali kim düzenledi?", "Kerkük Türkmen Kültür Derneği tarafından düzenlenen konser iptal edildi.", None),
])
def test_the_doer_of_a_deed_is_who_the_participle_names(question, sentence, doer):
    """"Kerkük Türkmen Kültür Festivali'ni kim düzenliyor?" got a contest's winner (the
    eighteenth stranger's find): Turkish names the doer of a participle with "tarafından" or the
    genitive ("Derneği'nin … düzenlediği"), a body as well as a person, and "-iyor" drops the
    stem's last vowel ("düzenliyor": "düzenle-"). Only in a sentence speaking of what is asked."""
    assert agent_named(Question.read(question), sentence) == doer


def test_who_did_a_deed_is_answered_by_its_doer_a_body(eighteenth_qa):
    festival = eighteenth_qa.ask("Kerkük Türkmen Kültür Festivali'ni kim düzenliyor?")
    assert festival.short == "Kerkük Türkmen Kültür Derneği"
    _, organiser = talk(eighteenth_qa, ["Okulun yapımını kim finanse etti?", "Festivali kim düzenledi?"])
    assert organiser.standalone_question is None  # an accusative object names a thing of its own
    assert organiser.short == "Kerkük Türkmen Kültür Derneği"


def test_an_owner_opening_a_question_is_the_offices_owner(eighteenth_qa):
    """"Okulun müdürü kim?" got the provincial education director who opened the school: the
    question's capital is the sentence's, so "Okulun" owns the office like "okulun" would, and
    "Kerkük İl Eğitim Müdürü" is another owner's."""
    assert eighteenth_qa.ask("Okulun müdürü kim?").short == "Nermin Salihi"


@pytest.mark.parametrize("question, said, not_said", [
    ("Altunköprü'deki köprü ne zaman restore edildi?", "27 Ağustos 2020", "1890"),
    ("Kerkük Türkmen Kültür Festivali ne zaman yapıldı?", "17 Ekim 2025", "Mart 2024"),
])
def test_a_date_of_another_deed_is_not_when_the_asked_one_happened(eighteenth_qa, question, said, not_said):
    """"Köprü ne zaman restore edildi?" got the year experts think it was built, and "Festival ne
    zaman yapıldı?" the month the association's head was elected: the article reports the deed
    itself ("köprünün restorasyonu tamamlandı"; the festival's whole name) with no date, so it
    happened by the article's day."""
    answer = eighteenth_qa.ask(question)
    assert said in answer.text and not_said not in answer.text


def test_when_a_deed_discussed_was_done_is_its_articles_day(eighteenth_qa):
    """"peki ne zaman yapıldı?" after the festival's organiser was refused: the sentence it
    answers with says the festival, with no date, in a report of the day it was held."""
    _, when = talk(eighteenth_qa, ["Kerkük Türkmen Kültür Festivali'ni kim düzenliyor?", "peki ne zaman yapıldı?"])
    assert not when.refused and re.search(r"(14 Ekim 2022|17 Ekim 2025) tarihli habere göre", when.text)


def test_o_kim_after_a_name_is_answered_by_what_the_archive_says_of_them(eighteenth_qa):
    """"o kim?" after **Abbas Neftçi** was refused: a follow-up answered by no name was taken
    for a miss, though "<name> kim?" is answered by a description ("hoyrat ustası")."""
    _, who = talk(eighteenth_qa, ["Festivalde en çok ilgi gören konser kimindi?", "o kim?"])
    assert not who.refused and "hoyrat ustası Abbas Neftçi" in who.text


@pytest.mark.parametrize("question, winner", [
    ("Türkmen Yemekleri Yarışması'nı kim kazandı?", "Zeynep Kasapoğlu"),
    ("Dakuk'taki hasat yarışmasını kim kazandı?", None),
    ("Altunköprü'deki köprü ihalesini kim kazandı?", None),
])
def test_a_winner_is_named_by_a_sentence_saying_the_win(eighteenth_qa, question, winner):
    """Near misses of the own sets ("Nevruz'da düzenlenen at yarışını kim kazandı?") got the
    organiser of the day's events, and "şiir ödülünü kim kazandı?" the head of the writers' union:
    a winner is named where the sentence says the win ("kazandı", "birinci oldu", "şampiyon",
    "ödül … verildi"), in its lower-case words (a surname "Kazancı" wins nothing)."""
    answer = eighteenth_qa.ask(question)
    assert answer.short == winner
    assert winner or "kimin kazandığını söylemiyor" in answer.text
    assert asks_winner("Yarışmayı kazanan kim?") and not asks_winner("Şirketin kazancı ne kadar?")
    assert not says_win("Kerkük Yazarlar Birliği başkanı Nesrin Kazancı, fuarda kitapların sergilendiğini söyledi.")


STRANGER_19 = Path(__file__).parent / "stranger9"  # the nineteenth trial's articles (a journalist's)


@pytest.fixture(scope="module")
def nineteenth_qa(tmp_path_factory, embedder):
    return archive_of_folder(tmp_path_factory, embedder, STRANGER_19)


def test_an_office_is_said_by_a_word_beginning_with_it(nineteenth_qa):
    """"Erbil valisi kim?" got **Türkmen Kültür Festivali**: "Festivali" holds the letters of
    "vali". An office is said by a word beginning with it (or a compound of rank: "Başhekim")."""
    festival = "Erbil Türkmen Kültür Derneği'nin düzenlediği Türkmen Kültür Festivali, 9 bin 200 ziyaretçiyi ağırladı."
    assert not holds_office(Question.read("Erbil valisi kim?"), festival)
    assert holds_office(Question.read("Hastanenin hekimi kim?"), "Hastanenin Başhekimi Dr. Nuri Demir açıkladı.")
    governor = nineteenth_qa.ask("Erbil valisi kim?")
    assert governor.refused and "Erbil valisinin kim olduğunu söylemiyor" in governor.text


def test_the_holder_of_an_office_is_named_after_it_not_a_place_in_the_quote(nineteenth_qa):
    """"Tuzhurmatu belediye başkanı kim?" got **Kayseri Çarşısı** from 'Başkan Demirci ise …
    "Kayseri Çarşısı ayağa kalkarsa …"': a bazaar is a place, and the holder's full name is how
    the article introduced him, less his office ("Belediye Başkanı Rıza Demirci")."""
    assert nineteenth_qa.ask("Tuzhurmatu belediye başkanı kim?").short == "Rıza Demirci"


def test_the_news_is_answered_before_its_background(nineteenth_qa):
    """"Telafer selinde kaç kişi öldü?" got the 2013 flood's two dead ("… 2013 yılında yaşanmış ve
    2 kişi hayatını kaybetmişti", the article's last sentence) over its own lead's four; asked as
    "hayatını kaybedenlerin sayısı" it was refused as if "kaybedenlerin" named an unknown kind."""
    assert nineteenth_qa.ask("Telafer selinde kaç kişi öldü?").short == "4 kişi"
    assert nineteenth_qa.ask("2013'teki Telafer selinde kaç kişi öldü?").short == "2 kişi"
    toll = nineteenth_qa.ask("Telafer selinde hayatını kaybedenlerin sayısı nedir?")
    assert not toll.refused and "4 kişi hayatını kaybetti" in toll.text
    assert tells_background("Telafer'de son büyük sel 2013 yılında yaşanmış ve 2 kişi hayatını kaybetmişti.")


@pytest.mark.parametrize("question, sentence, short", [
    ("Köprülü kaç oy aldı?", "Dr. Ayten Köprülü, 124 delegenin oyunun 79'unu alarak başkanlığa seçildi.", "79 oy"),
    ("Kararı kaç üye destekledi?", "Karar, meclisteki oylamada 22 üyenin 15'inin oyuyla kabul edildi.", "15 üye"),
    ("Birlik hangi yıl kuruldu?", "Köprülü, birliğin 1991'deki kuruluşundan bu yana başkanlığa seçilen ilk kadın oldu.",
     "1991"),
    ("Karara kaç üye karşı oy verdi?", "Karar, meclisteki oylamada 22 üyenin 15'inin oyuyla kabul edildi.", None),
    # "kaç gün sürdü": a mosque's age in years is no number of days
    ("Heyetin ziyareti kaç gün sürdü?", "Heyet, ziyaretin ikinci gününde 1.200 yıllık Ulu Cami'yi gezdi.", None),
])
def test_a_share_and_a_date_of_a_verbal_noun_are_the_answer(question, sentence, short):
    """"kaç oy aldı?" got **124 delege** (the whole, in the genitive: "124 delegenin oyunun 79'unu");
    "hangi yıl kuruldu?" got the year of a report, though "1991'deki kuruluşundan" dates the founding."""
    assert short_answer(Question.read(question), sentence) == short


def test_a_follow_up_on_a_price_keeps_its_subject_not_the_asking_words(nineteenth_qa):
    """"bunun ne kadarını il meclisi karşılayacak?" after "… ne kadara mal olacak?" was read
    "… restorasyonu kadara mal ne kadarını …" and refused as if "kadara" were a topic."""
    _, share = talk(nineteenth_qa, ["Kayseri Çarşısı restorasyonu ne kadara mal olacak?",
                                    "bunun ne kadarını il meclisi karşılayacak?"])
    assert share.standalone_question == "Kayseri Çarşısı restorasyonu ne kadarını il meclisi karşılayacak?"
    assert not share.refused and "900 milyon dinarını Kerkük İl Meclisi" in share.text


def test_a_when_answered_by_a_since_is_dated_by_its_article(nineteenth_qa):
    """"Azerbaycan heyeti Kerkük'e ne zaman geldi?" got "… 2019'dan bu yana gelen en kalabalık
    heyet oldu" with no date: a year since when is no date of the visit; the article's day is."""
    visit = nineteenth_qa.ask("Azerbaycan heyeti Kerkük'e ne zaman geldi?")
    assert "14 Kasım 2024 tarihli habere göre" in visit.text


def test_a_period_alone_re_asks_the_latest_question(nineteenth_qa):
    """"peki 2024'te?" after "… Festivali'ni kim düzenledi?" and "kaç kişi katıldı?" re-asked who
    organised it: a follow-up of a period alone re-asks the latest question, written out."""
    *_, visitors = talk(nineteenth_qa, ["Erbil'deki Türkmen Kültür Festivali'ni kim düzenledi?", "kaç kişi katıldı?",
                                        "peki 2024'te?"])
    assert "kaç kişi katıldı" in visitors.standalone_question and visitors.short == "9 bin 200 ziyaretçi"


def test_a_deputy_asked_is_held_only_where_the_deputy_is_said():
    """"Yazarlar Birliği'nin başkan yardımcısı kim oldu?" got the new president: a deputy asked
    is named only where the sentence says the deputy ("başkan yardımcılığına", "Başkan Yardımcısı")."""
    deputy = Question.read("Yazarlar Birliği'nin başkan yardımcısı kim oldu?")
    president = "Dr. Ayten Köprülü, 124 delegenin oyunun 79'unu alarak birliğin başkanlığına seçildi."
    assert not holds_office(deputy, president)
    assert holds_office(deputy, "Birliğin başkan yardımcılığına şair Ali Kerküklü seçildi.")


def test_an_office_unowned_in_a_match_report_is_the_winners_not_the_beatens(nineteenth_qa):
    """"Erbil Zeravani'nin teknik direktörü kim?" got the home club's coach: the title "Kerkük
    Türkmen Gençlik Spor, Erbil Zeravani'yi 3-1 Yendi" names the beaten club as its object, and
    "Teknik Direktör Selim Kazancı" with no owner is its subject's."""
    assert nineteenth_qa.ask("Erbil Zeravani'nin teknik direktörü kim?").refused
    assert nineteenth_qa.ask("Kerkük Türkmen Gençlik Spor'un teknik direktörü kim?").short == "Selim Kazancı"


def test_a_score_is_of_the_match_between_the_teams_asked(nineteenth_qa):
    """"… Musul maçını kaç kaç kazandı?" got the Zeravani match's 3-1 (Musul is the next match,
    unplayed): a score answers only where its sentence names the teams the question names."""
    musul = nineteenth_qa.ask("Kerkük Türkmen Gençlik Spor Musul maçını kaç kaç kazandı?")
    assert musul.refused and "bu maçın sonucunu söylemiyor" in musul.text
    assert nineteenth_qa.ask("Kerkük Türkmen Gençlik Spor Erbil Zeravani maçını kaç kaç kazandı?").short == "3-1"


def test_a_period_named_elsewhere_in_the_article_does_not_date_its_news(nineteenth_qa):
    """"2013'teki Telafer selinde kaç ev yıkıldı?" got the 2025 flood's 240 houses: the article
    names 2013 only for the earlier flood's dead, so the answering sentence must name it."""
    houses = nineteenth_qa.ask("2013'teki Telafer selinde kaç ev yıkıldı?")
    # ("… bunu 2013 yılı için söylemiyor; en yakın bilgi 2025 yılına ait" since stop 67: 2013 is told as the past)
    assert houses.refused and "2013 yılı" in houses.text and "240" not in houses.text, houses.text


def test_a_date_in_someones_words_dates_only_the_deed_they_speak_of():
    """"Türk heyeti Telafer'i ne zaman ziyaret etti?" got **1980** from the kaymakam's '"Kentin
    yağmur suyu kanalları 1980'lerden kalma …" dedi'; a sign's '"Şekercioğlu Helvaları – 1931"'
    is no one's words and still dates the shop."""
    visit = Question.read("Türk heyeti Telafer'i ne zaman ziyaret etti?")
    assert short_answer(visit, "Bayatlı, \"Kentin yağmur suyu kanalları 1980'lerden kalma ve bu kadar "
                               "yağışı taşıyamıyor\" dedi.") is None
    opened = Question.read("Müdür okulu ne zaman açtı?")
    assert short_answer(opened, "Müdür, \"Okulumuzu 2010'da açtık\" dedi.") == "2010"
    shop = Question.read("Hacı Mahmut Şekercioğlu Kerkük'teki helva dükkânını hangi yıl açtı?")
    sign = "Kapısının üstünde \"Şekercioğlu Helvaları – 1931\" yazan küçük bir dükkân var."
    assert short_answer(shop, sign) == "1931"


@pytest.mark.parametrize("question, short", [
    ("Tabela kararına kaç üye karşı oy verdi?", "5 üye"),
    ("Tabela kararında kaç üye çekimser kaldı?", "2 üye"),
    ("Kararı kaç üye destekledi?", "18 üye"),
])
def test_votes_of_a_kind_are_counted_where_their_clause_says_the_kind(question, short):
    """"kaç üye karşı oy verdi?" and "kaç üye çekimser kaldı?" got **18 üye** (the twentieth
    stranger's find): a share of the votes for ("25 üyesinin 18'inin oyuyla") is no count of those
    against, and "5 üye" is no end of "25 üyesinin"."""
    sentence = "Karar, meclisin 25 üyesinin 18'inin oyuyla alındı; 5 üye karşı oy kullandı, 2 üye ise çekimser kaldı."
    assert short_answer(Question.read(question), sentence) == short


def test_an_earlier_year_or_period_in_a_report_is_its_background():
    """"Kerkük-Dakuk yolundaki kazada kaç kişi öldü?" got 2021's seven ("… 2021 yılında da bir otobüs
    kazası yaşandığını ve o kazada 7 kişinin öldüğünü hatırlattı" in a 2024 report), "Domatesin
    kilosu ne kadar oldu?" last year's price ("Geçen yıl aynı dönemde … 750 dinardı")."""
    earlier = ("Bayatlı, aynı yolda 2021 yılında da bir otobüs kazası yaşandığını ve o kazada 7 kişinin "
               "öldüğünü hatırlattı.")
    assert tells_background(earlier) and tells_background("Geçen yıl aynı dönemde domatesin kilogramı 750 dinardı.")
    assert not tells_background("Kazada 2 kişi hayatını kaybetti, 5 kişi yaralandı.")
    assert not tells_background("Geçen ay kilosu 2 bin dinardan satılan domates, bu hafta 1.250 dinara kadar indi.")
    founded = "Aile şirketi olarak 2009'da kurulan Altınsoy Süt, yeni hat için 2,8 milyon dolar harcadı."
    assert not tells_background(founded)


BENCH = Path(__file__).parent.parent / "bench"
# the fourth own set's market, bank and fair articles, and three of the sixth's
MARKETS = [*sorted((BENCH / "ownset4" / "articles").iterdir()), *(BENCH / "ownset6" / "articles" / name for name in (
    "arslan-cimento-2023-ilk-yari-sonuclari.txt", "yildizlar-gida-hisse-satisi-2024.txt",
    "turkmeneli-ticaret-fuari-2024.txt"))]


@pytest.fixture(scope="module")
def markets_qa(tmp_path_factory, embedder):
    return archive_of(tmp_path_factory.mktemp("markets"), embedder,
                      {path.name: path.read_text(encoding="utf-8") for path in MARKETS})


@pytest.mark.parametrize(("question", "missing"), [
    # "kilim" stems to "kil", which begins "kilo": a stem shorter than a root is held only as itself
    ("Bakü forumunda kilim satışı için kaç dolarlık anlaşma yapıldı?", "kilim"),
    # a plural subject before "kaç aydır" is what is asked of: the teachers' three months are not the nurses'
    ("Kerkük'te sözleşmeli hemşireler kaç aydır maaş alamıyor?", "hemşire"),
    # "fiyatı" ends as a past verb, but the archive writes "fiyat": a head, and "hisse" its kind
    # (held by a 2024 share sale's article: none of the asked period says it)
    ("Arslan Çimento'nun hisse fiyatı 2023'ün ilk yarısında ne kadardı?", "sorulan döneme ait, hisse geçen"),
])
def test_a_kind_or_subject_the_articles_lack_is_named_in_the_refusal(markets_qa, question, missing):
    """Near misses of the fourth and sixth own sets, answered with a salça maker's dollars, the
    teachers' unpaid months and the cement plant's energy bill."""
    answer = markets_qa.ask(question)
    assert answer.refused and (answer.text.startswith(f"Arşivde {missing} hakkında")
                               or answer.text.startswith(f"Arşivde {missing} bir habere")), answer.text


def test_the_asked_subject_and_currency_are_answered_where_the_archive_holds_them(markets_qa):
    """The neighbours of those near misses: the teachers' months, the fair's deal in manat (it
    was a Konya firm's "9 milyon dolarlık" for "kaç manatlık" before a currency asked was that one)."""
    assert markets_qa.ask("Kerkük'te sözleşmeli öğretmenler kaç aydır maaş alamıyor?").short == "üç ay"
    fair = markets_qa.ask("8. Türkmeneli Ticaret Fuarı'nda bir firma kaç manatlık anlaşma imzaladı?")
    assert fair.short == "14 milyon manatlık", fair.text


STRANGER_21 = Path(__file__).parent / "stranger10"  # thirteen of the twenty-first trial's articles (a journalist's)


@pytest.fixture(scope="module")
def twenty_first_qa(tmp_path_factory, embedder):
    return archive_of_folder(tmp_path_factory, embedder, STRANGER_21)


def test_a_follow_up_naming_another_year_drops_the_year_that_named_the_thing(twenty_first_qa):
    """"Kerkük Belediyesi'nin 2023 bütçesi ne kadar?" then "ya 2024'te?" was refused as "Arşivde
    Kerkük Belediyesi ve 2023 birlikte geçen bir habere rastlamadım": "2023 bütçesi" names the
    budget, not a period, so the follow-up kept it beside its own 2024."""
    first, then = talk(twenty_first_qa, ["Kerkük Belediyesi'nin 2023 bütçesi ne kadar?", "ya 2024'te?"])
    assert "185 milyar" in first.text
    assert not then.refused and "240 milyar dinar" in then.text, then.text
    assert "2023" not in (then.standalone_question or "")


def test_a_year_naming_the_thing_is_not_answered_by_a_later_reports_own_figure(twenty_first_qa):
    """"Tuzhurmatu'da 2019 ilçe seçiminde katılım oranı neydi?" got 2023's **yüzde 58** from the
    2023 election's report, which says of 2019 "… 2019 yılındaki ilçe seçimine göre arttığını
    belirtti. O seçimde katılım oranı yüzde 44 olarak kaydedilmişti.": a sentence naming no year
    speaks of its article's time, and one opening "O seçimde" of the year its previous one names."""
    assert twenty_first_qa.ask("Tuzhurmatu'da 2019 ilçe seçiminde katılım oranı neydi?").short == "yüzde 44"
    assert twenty_first_qa.ask("Tuzhurmatu'da 2023 ilçe seçiminde katılım oranı neydi?").short == "yüzde 58"


def test_a_prize_taken_or_a_match_won_is_answered_by_the_win(twenty_first_qa):
    """"Hıdır Lütfi ödülünü kim aldı?" got the writers' union's head ("ödülün adını aldığı"),
    then the jury's special prize; "2023 derbisini kim kazandı?" was refused though "… Kerkük
    Türkmeneli Spor, sahasında Tuzhurmatu Altınyıldız'ı 2-1 yendi"; the derby asked of no year
    got last season's "Geçen sezon … derbiyi Türkmeneli Spor 2-1 kazanmıştı" from the 2024 report."""
    prize = twenty_first_qa.ask("Hıdır Lütfi ödülünü kim aldı?")
    assert "Nesrin Erbil" in prize.text and "Kösedağ" not in prize.text, prize.text
    # a prize named by its kind has no name to look for: not "… uluslararası bir kimlik kazandığını"
    belt = twenty_first_qa.ask("2024'te Telafer güreşlerinde altın kemeri kim kazandı?")
    assert belt.short == "Hasan Ağaoğlu", belt.text
    assert twenty_first_qa.ask("2023 derbisini kim kazandı?").short == "Kerkük Türkmeneli Spor"
    second = twenty_first_qa.ask("Altınyıldız ile Türkmeneli Spor arasındaki derbiyi kim kazandı?")
    assert second.short == "Tuzhurmatu Altınyıldız", second.text


def test_the_asked_holder_is_not_another_office_or_role_beside_it(twenty_first_qa):
    """The mayor ("Belediye Başkanı …") for the council's head, another chamber's deputy who led
    a delegation ("… Başkan Yardımcısı Murat Sönmezler başkanlık etti") for the chamber's head,
    the referee ("hakem Sami Kadıoğlu") for the player sent off; "Altunköprü Genel Hastanesi'nin
    başhekimi" refused, the article saying "Hastanenin başhekimliğine …"."""
    asked = {"Kerkük Belediye Meclis Başkanı kim?": "Sevim Karahasan",
             "Kerkük Ticaret Odası Başkanı kim?": "Yavuz Bayraktar",
             "Kerkük Belediye Başkanı kim?": "Abdülkadir Tuzlu",
             "2024 derbisinde kırmızı kart gören oyuncu kim?": "Ali Rıza Çelebi",
             "Altunköprü Genel Hastanesi'nin başhekimi kim?": "Dr. Kemal Beyatlı"}
    assert_shorts(twenty_first_qa, asked)


def test_a_figure_describing_the_asked_thing_by_its_possessive_answers(twenty_first_qa):
    """"Altunköprü hastanesi kaç yataklı?" got the intensive care unit's "14 yataklı": the
    question's "hastanesi" stems to "hastanes", which "120 yataklı hastanenin" does not begin with."""
    assert twenty_first_qa.ask("Altunköprü hastanesi kaç yataklı?").short == "120 yataklı"


def test_the_result_of_an_event_only_announced_is_not_answered(twenty_first_qa):
    """The book fair's article announces it ("… düzenlenecek", "… ziyarete açık olacak", "85
    yayınevinin katılmasının beklendiğini söyledi"): "kaç kişi ziyaret etti?" got its opening
    hour **10.00**, "ödülünü kim kazandı?" its venue (the ordinal of "Birinci Kerkük Türkmen
    Kitap Fuarı" read as a win)."""
    for question in ["Kerkük Türkmen Kitap Fuarını kaç kişi ziyaret etti?", "Kitap fuarına kaç yayınevi katıldı?",
                     "Kitap fuarında genç yazarlar ödülünü kim kazandı?"]:
        answer = twenty_first_qa.ask(question)
        assert answer.refused, (question, answer.text)
    assert twenty_first_qa.ask("Kitap fuarına kaç yayınevi katılacak?").short == "85 yayınevi"


def test_the_latest_figure_is_the_asked_owners_and_in_the_asked_measure(twenty_first_qa):
    """"Kerkük Belediyesi'nin bütçesi en son ne kadar?" got the newer festival article's
    "festivalin bütçesinin bu yıl 450 milyon dinar" (the festival's), then the hospital's "bütçe
    sıkıntıları" (no sum); the budget article's figure is the sum, not the "yüzde 30" it rose by, nor
    a sentence of two sums ("altyapıya 85 milyar dinar, temizlik hizmetlerine 33 milyar dinar")."""
    for question in ["Kerkük Belediyesi'nin bütçesi en son ne kadar?", "kerkuk belediyesinin butcesi en son ne kadar"]:
        answer = twenty_first_qa.ask(question)
        assert answer.short == "240 milyar dinar", answer.text
        # the year before is that article's own news, not its background ("2022 yılındaki … 150 milyar")
        assert "Önceki haberler: 17 Ocak 2023: 185 milyar dinar" in answer.text, answer.text


def test_a_deed_is_dated_and_a_school_counted_further_down_its_article(twenty_first_qa):
    """"Beşir köyü davası ne zaman açıldı?" got **2014-2017**, the years of fighting in the
    retrieved chunk's sentence; "Dava, … 2019 yılında açılmıştı" is further down. "Yunus Emre
    Türkmen Lisesi'nde kaç derslik var?" got the opening sentence: "24 derslikli okulda" was read
    as describing another thing than the asked lise."""
    assert twenty_first_qa.ask("Beşir köyü davası ne zaman açıldı?").short == "2019"
    assert twenty_first_qa.ask("Yunus Emre Türkmen Lisesi'nde kaç derslik var?").short == "24 derslikli"


STRANGER_22 = Path(__file__).parent / "stranger11"  # eleven of the twenty-second trial's articles (a reader's)


@pytest.fixture(scope="module")
def twenty_second_qa(tmp_path_factory, embedder):
    return archive_of_folder(tmp_path_factory, embedder, STRANGER_22)


def test_a_price_asked_by_the_kilo_is_answered_by_the_kilogram(twenty_second_qa):
    """"Kerkük pazarında domatesin kilosu kaç dinar?" was refused ("… bu sayıyı söylemiyor"): the
    report says "domatesin kilogramı … 1.250 dinara çıktı", and "kilo" is what the market says."""
    answer = twenty_second_qa.ask("Kerkük pazarında domatesin kilosu kaç dinar?")
    assert not answer.refused and "1.250 dinar" in answer.text, answer.text


def test_a_match_is_won_by_the_side_that_beat_the_other(twenty_second_qa):
    """"Türkmen Gençler Futbol Ligi'ni 2023'te kim kazandı?" got **Altunköprü Spor** from "… finalde
    Kerkük Gençlik Kulübü, Altunköprü Spor'u 3-1 yendi": the sentence names no league, so the
    winner's rule let the beaten side, the other name in it, through."""
    answer = twenty_second_qa.ask("Türkmen Gençler Futbol Ligi'ni 2023'te kim kazandı?")
    assert answer.short == "Kerkük Gençlik Kulübü", answer.text


def test_a_chain_of_follow_ups_keeps_the_subject_the_talk_named(twenty_second_qa):
    """After "Kerkük Ulu Camii ne zaman ibadete açıldı?" and "restorasyon ne kadar sürdü?", "imamı
    kim?" was read as "restorasyon imamı kim?" and refused, and "kaç işçi çalıştı?" too (the
    article: "Çalışmalarda 40 usta ve işçi görev aldı"); the football league's "kaç takım
    katıldı?" after "finalde skor kaçtı?" was asked of the score."""
    mosque = talk(twenty_second_qa, ["Kerkük Ulu Camii ne zaman ibadete açıldı?", "restorasyon ne kadar sürdü?",
                                     "kaç işçi çalıştı?", "imamı kim?"])
    assert mosque[1].short == "14 ay", mosque[1].text
    assert not mosque[2].refused and "40 usta ve işçi" in mosque[2].text, mosque[2].text
    assert mosque[3].short == "Hafız Yunus Salihi", mosque[3].text
    league = talk(twenty_second_qa, ["Türkmen Gençler Futbol Ligi'ni 2023'te kim kazandı?", "finalde skor kaçtı?",
                                     "kaç takım katıldı?"])
    assert league[2].short == "16 takım", league[2].text


def test_a_follow_up_asks_of_the_answer_given_and_the_year_before_its_own(twenty_second_qa):
    """"Futbol liginin en son gol kralı kim?" (Haydar Mehdi, 2024, with 2023's scorer under it),
    then "kaç gol attı?" got 2023's **14 gol**, and "ya bir önceki yıl?" 2024's again: the year
    before was counted from today, not from the answer's report."""
    answers = talk(twenty_second_qa, ["Futbol liginin en son gol kralı kim?", "kaç gol attı?", "ya bir önceki yıl?"])
    assert answers[0].short == "Haydar Mehdi", answers[0].text
    assert answers[1].short == "17 gol", answers[1].text
    assert answers[2].short == "14 gol", answers[2].text


def test_a_named_follow_up_without_a_question_word_asks_the_earlier_question_of_it(twenty_second_qa):
    """"Kerkük valisi kim?" then "peki Tuzhurmatu kaymakamı?" was read as "Kerkük valisi kim
    Tuzhurmatu kaymakamı?" and refused: the new name and office take the old one's place; a
    common subject before ("yolculuk kaç saat sürüyor") takes the name before it."""
    then = talk(twenty_second_qa, ["Kerkük valisi kim?", "peki Tuzhurmatu kaymakamı?"])[1]
    assert then.short == "Hüseyin Davut", then.text
    history = [{"role": "user", "content": "yolculuk kaç saat sürüyor"}, {"role": "assistant", "content": "…"}]
    assert condense_by_rule("peki Mavi Yol'un Kerkük-İstanbul otobüsü?", history, 3) == \
        "Mavi Yol'un Kerkük-İstanbul otobüsü yolculuk kaç saat sürüyor?"


def test_a_short_answer_is_of_the_asked_kind(twenty_second_qa):
    """The reader's bold answers: "finalde skor kaçtı?" got **iki kez** (goals scored twice by one
    player), "ne kadara yapıldı?" **12 köyün**, "kaza nerede oldu?" the road's length, "kutlamayı
    kim düzenledi?" a name cut at a surname that is a month ("Fatma Ocak"; here, once cut no
    more, the place "Kerkük Kalesi eteklerinde düzenlenen"), "kaç kişilik ekip" nothing ("40
    kişilik halk dansları ekibi" was read as another thing than "ekip"). With the bus line's
    article beside it, "sağlık merkezi" got its "kent merkezi" fares: "sağlık" by its root "sağl"
    is in "sağlandı"."""
    asked = {"2023 futbol liginin finalinde skor kaçtı?": "3-1",
             "Altunköprü'deki yeni sağlık merkezi ne kadara yapıldı?": "800 milyon dinar",
             "Kerkük-Tuzhurmatu yolundaki kaza nerede meydana geldi?": "Tazehurmatu",
             "Kerkük'te Nevruz kutlamalarına Tuzhurmatu'dan kaç kişilik ekip geldi?": "40 kişilik"}
    assert_shorts(twenty_second_qa, asked)
    assert twenty_second_qa.ask("Nevruz kutlamalarını kim düzenledi?").short.endswith("Fatma Ocak")


def test_a_figure_is_not_a_clock_time_nor_a_goal_for_now():
    """"orada kaç kişi yaşıyor?" got **08.00** from "hafta içi her gün 08.00 ile 20.00 arasında",
    "günde kaç ekmek yapıyorlar?" the year-end target "2.500 ekmeğe çıkarmayı hedefliyor"."""
    assert short_answer(Question.read("Merkezde kaç kişi çalışıyor?"),
                        "Merkez, hafta içi her gün 08.00 ile 20.00 arasında poliklinik hizmeti verecek.") is None
    goal = "Kooperatif yönetimi, yıl sonuna kadar günlük üretimi 2.500 ekmeğe çıkarmayı hedefliyor."
    assert short_answer(Question.read("Kooperatif günde kaç ekmek üretiyor?"), goal) is None
    assert short_answer(Question.read("Kooperatif yıl sonunda günde kaç ekmek üretecek?"), goal) == "2.500 ekmeğe"
    # "kaç kişi izledi?" of a concert only announced got its "2 bin kişilik oturma alanı": a size
    seats = "Müdür, konserin kalenin avlusunda yapılacağını ve 2 bin kişilik oturma alanı hazırlandığını söyledi."
    assert short_answer(Question.read("Konseri kaç kişi izledi?"), seats) is None
    assert short_answer(Question.read("Törene kaç kişi katıldı?"), "Törene 40 kişilik bir heyet katıldı.") == "40 kişilik"


def test_no_newer_news_is_claimed_from_an_article_on_another_thing(twenty_second_qa):
    """"kutlamayı kim düzenledi?" was told of newer news (the football league "… tarafından
    düzenlenen"), "Kerkük'te un fiyatı ne kadar?" of a concert announcement's "Bilet fiyatı"."""
    for question in ["Nevruz kutlamalarını kim düzenledi?", "Kerkük'te un fiyatı ne kadar?"]:
        answer = twenty_second_qa.ask(question)
        assert not answer.refused and answer.notice is None, (question, answer.notice)


STRANGER_23 = Path(__file__).parent / "stranger12"  # seven of the twenty-third trial's articles (a journalist's)


@pytest.fixture(scope="module")
def twenty_third_qa(tmp_path_factory, embedder):
    return archive_of_folder(tmp_path_factory, embedder, STRANGER_23)


def test_a_two_letter_noun_names_the_kind_of_price_asked(twenty_third_qa):
    """"Kerkük'te un fiyatı ne kadar oldu?" got **350 dolar**, the İstanbul flight's ticket
    price: "un" was too short to name a kind, so any article with a "fiyatı" answered."""
    answer = twenty_third_qa.ask("Kerkük'te un fiyatı ne kadar oldu?")
    assert "55 bin dinar" in answer.text and "350 dolar" not in answer.text, answer.text


def test_a_cost_a_match_and_a_crowd_are_answered_as_reported(twenty_third_qa):
    """"maliyeti ne kadar?" was refused (the article: "35 milyon dolara mal olan hastanede"); the
    tournament's winner was the coach who spoke of the cup ("… 3-1 yenerek kupanın sahibi oldu"),
    its score refused for want of the word "skor"; the visitors the figure expected ("10 bin
    kişi bekliyorduk, iki buçuk katı geldi"), not the 25 thousand who came."""
    asked = {"Telafer hastanesinin maliyeti ne kadar?": "35 milyon dolar",
             "Futbol turnuvasını kim kazandı?": "Tuzhurmatu Gençlerbirliği",
             "Türkmeneli Gençlik Futbol Turnuvası'nın finalinde skor kaç kaçtı?": "3-1",
             "Erbil'deki Türkmen Kültür Günleri'ni kaç kişi ziyaret etti?": "25 bin ziyaretçi"}
    assert_shorts(twenty_third_qa, asked)
    team = twenty_third_qa.ask("Türkmeneli Gençlik Futbol Turnuvası'nı hangi takım kazandı?")
    assert "Tuzhurmatu Gençlerbirliği, Kerkük Yıldızspor'u 3-1 yenerek" in team.text, team.text


def test_what_an_announcement_says_will_be_is_no_report_of_it(twenty_third_qa):
    """The book fair is only announced: "kaç kişi geldi?" got the hotel costs it "… karşılayacağını
    da duyurdu", "en çok satan kitap hangisiydi?" that "ödüllerin fuarın son günü açıklanacağı
    bildirildi"; the boys' school "ne zaman açıldı?" that its building "… başlanacağını açıkladı"."""
    for question in ["Kerkük kitap fuarına kaç kişi geldi?", "Kitap fuarında en çok satan kitap hangisiydi?",
                     "Dakuk'taki erkek lisesi ne zaman açıldı?"]:
        answer = twenty_third_qa.ask(question)
        assert answer.refused, (question, answer.text)
    assert not twenty_third_qa.ask("Dakuk'taki kız lisesi ne zaman açıldı?").refused


def test_a_figure_of_another_place_does_not_answer_for_the_asked_one(twenty_third_qa):
    """"TİKA kaç okulu onardı?" then "peki Telafer'de?" got Kerkük's **15 okul** again ("…
    onarılan 15 okul, Kerkük'te düzenlenen törenle …"); the article names Telafer only for next
    year's plan."""
    handed = ("Türk İşbirliği ve Koordinasyon Ajansı (TİKA) tarafından onarılan 15 okul, Kerkük'te düzenlenen "
              "törenle Irak eğitim yetkililerine teslim edildi.")
    assert another_place("TİKA Telafer'de kaç okulu onardı?", handed) == "Telafer"
    assert another_place("TİKA Kerkük'te kaç okulu onardı?", handed) is None
    then = talk(twenty_third_qa, ["Telafer hastanesinin maliyeti ne kadar?", "peki Dakuk'ta?"])[1]
    assert "35 milyon" not in then.text, then.text


def test_a_bare_noun_follow_up_asks_the_same_of_its_kind(twenty_third_qa):
    """"Kerkük'te un fiyatı ne kadar oldu?" then "peki patates?" was read as "… ne kadar oldu
    patates?" and refused: the potato's price is asked ("patatesin kilosu ise 750 dinardan 1.250
    dinara"); a place alone goes before the question ("Telafer'de katılım ne kadardı?")."""
    first, then = talk(twenty_third_qa, ["Kerkük'te un fiyatı ne kadar oldu?", "peki patates?"])
    assert then.standalone_question == "Kerkük'te patates fiyatı ne kadar oldu?"
    assert "1.250 dinar" in then.text, then.text
    history = [{"role": "user", "content": "katılım ne kadardı?"}, {"role": "assistant", "content": "…"}]
    assert condense_by_rule("peki Telafer'de?", history, 3) == "Telafer'de katılım ne kadardı?"
    assert condense_by_rule("ya arpada?", [{"role": "user", "content": "buğday üretimi ne kadar?"},
                                           {"role": "assistant", "content": "…"}], 3) != "arpada üretimi ne kadar?"


def test_a_deed_reported_done_is_no_plan_and_a_qualifier_no_kind():
    """Two losses met on the way, held: "… ne büyüklükte bir fon kurdu?" lost its answer "… 40
    milyar dinarlık yeni bir fon oluşturduğunu ve bu fondan … yararlanacağını açıkladı" as a plan,
    and "90 yataklı ek binası hangi gün açıldı?" was refused as of a kind of building ("ek")."""
    asked = Question.read("Banka çiftçilere kredi için ne büyüklükte bir fon kurdu?")
    done = ("Genel müdür Nakkaş, bankanın ayrıca tarım kredileri için 40 milyar dinarlık yeni bir fon "
            "oluşturduğunu ve bu fondan çiftçilerin yararlanacağını açıkladı.")
    assert not announces_only(asked, done)
    assert announces_only(asked, "Bankanın çiftçiler için yeni bir fon kuracağını açıkladı.")
    assert [kind.surface for kind, _ in kind_terms("Kerkük'te un fiyatı ne kadar?")] == ["un"]
    assert kind_terms("Hastanenin 90 yataklı ek binası hangi gün açıldı?") == []


def test_a_title_reporting_the_deed_dates_it_though_the_sentence_announces(twenty_second_qa):
    """Met on the way: once a plan stopped answering a date, "Altunköprü otobüs hattı ne zaman
    açıldı?" was refused, its best sentence being "Hatta ilk etapta 12 otobüs çalışacak"; the title
    says "… yeni otobüs hattı açıldı", so the article's day dates it (the Dakuk boys' school, whose
    title reports the girls' one, stays refused: test_what_an_announcement_says_will_be_is_no_report_of_it)."""
    answer = twenty_second_qa.ask("Altunköprü otobüs hattı ne zaman açıldı?")
    assert not answer.refused and "3 Nisan 2023" in answer.text, answer.text


def test_the_whole_is_asked_when_the_question_says_its_deed():
    """"2023 bakalorya sınavında Türkmen Lisesi'nden kaç öğrenci sınava girdi?" got **271
    öğrenci** from "sınava giren 312 öğrencinin 271'i sınavı geçti": the ones who passed."""
    passed = "Okuldan sınava giren 312 öğrencinin 271'i sınavı geçti."
    assert short_answer(Question.read("Türkmen Lisesi'nden kaç öğrenci sınava girdi?"), passed) == "312 öğrenci"
    assert short_answer(Question.read("Türkmen Lisesi'nden kaç öğrenci sınavı geçti?"), passed) == "271 öğrenci"


def test_a_noun_that_drops_its_vowel_is_found_in_either_form(fourteenth_qa):
    """"hangi vakfa başvuruyor?" got the scholarship's opening sentence: the archive says
    "Eğitim Vakfı aracılığıyla", and the stemmer reads "vakfa" and "vakıf"/"Vakfı" as three words."""
    answer = fourteenth_qa.ask("Öğrenciler burs için hangi vakfa başvuruyor?")
    assert "Irak Türkmen Eğitim Vakfı aracılığıyla" in answer.text, answer.text


def test_a_mosque_named_with_the_bare_noun_is_the_archives_camii(twenty_second_qa):
    """"Ulu Cami restorasyonunun maliyeti ne kadar?" (the archive writes "Ulu Camii") was read
    as typed without Turkish letters ("Ulu Çamı") and as a person's name, so refused."""
    for question in ("Ulu Cami restorasyonunun maliyeti ne kadar?", "Ulu Cami'nin restorasyonu kaça mal oldu?"):
        answer = twenty_second_qa.ask(question)
        assert answer.short == "1,2 milyar dinar" and answer.standalone_question is None, answer.text


def test_a_figure_that_changed_is_answered_with_where_it_ended():
    """"Yeni hastanede kaç hekim çalışıyor?" got **38** from "hekim sayısının 38'den 61'e
    çıktığını": 38 is where the count rose from. Asked of the former figure, or where both
    figures stand on their own for another count, no short answer is given."""
    rose = "Başhekim Dr. Murat Kılıç, hekim sayısının 38'den 61'e çıktığını, hastanede 540 personelin çalışacağını açıkladı."
    assert short_answer(Question.read("Yeni hastanede kaç hekim çalışıyor?"), rose) == "61"
    assert short_answer(Question.read("İşsizlik oranı yüzde kaç?"), "İşsizlik oranı yüzde 12'den yüzde 9'a düştü.") \
        == "yüzde 9"
    assert short_answer(Question.read("Önceki hekim sayısı kaçtı?"), rose) != "61"
    assert short_answer(Question.read("hastanede kaç kişi çalışıyor?"), rose) != "61"


STRANGER_24 = Path(__file__).parent / "stranger13"  # six of the twenty-fourth trial's articles (a journalist's)


@pytest.fixture(scope="module")
def twenty_fourth_qa(tmp_path_factory, embedder):
    return archive_of_folder(tmp_path_factory, embedder, STRANGER_24)


def test_a_kind_no_article_of_the_asked_year_speaks_of_is_refused_as_of_that_year(twenty_fourth_qa):
    """"2025 yılında fındık fiyatı ne kadar açıklandı?" got the bridge's cost (the only 2025
    articles are on a bridge, a hospital and the catch): "fındık" ends as "yaptık" does, so it
    was read as no kind, and its stem ("f") begins every word."""
    answer = twenty_fourth_qa.ask("2025 yılında fındık fiyatı ne kadar açıklandı?")
    assert answer.refused and "sorulan döneme ait, fındık geçen" in answer.text, answer.text
    answer = twenty_fourth_qa.ask("2023'te fındık fiyatı ne kadardı?")
    assert not answer.refused and "84 lira" in answer.text, answer.text


def test_a_day_named_by_the_articles_own_answers_which_date(twenty_fourth_qa):
    """"Hastane hangi tarihte hizmete girdi?" got **2024** from the bridge's "2024 yılı sonunda
    tamamlanması planlanan köprü … hizmete girdi": "tarih" was read as a word the answer must
    say, and "dün düzenlenen törenle hizmete girdi" as holding no date."""
    for question, day in (("Hastane hangi tarihte hizmete girdi?", "16 Mart 2025"),
                          ("Köprü hangi tarihte trafiğe açıldı?", "23 Mayıs 2025")):
        answer = twenty_fourth_qa.ask(question)
        assert answer.short == day, answer.text


def test_a_promise_dates_no_deed_and_a_shop_has_a_name_to_give(twenty_fourth_qa):
    """"Nurcan Aydın'ın vaat ettiği ücretsiz kreş ne zaman açıldı?" got the campaign's "vaatleri
    arasında … ücretsiz kreş açılması bulunuyordu" (then, once that was refused, "31 Mart yerel
    seçimlerinde …"); "eczanesinin adı ne?" got "… eczane işletiyor", which names none."""
    for question in ("Nurcan Aydın'ın vaat ettiği ücretsiz kreş ne zaman açıldı?",
                     "Nurcan Aydın'ın eczanesinin adı ne?"):
        answer = twenty_fourth_qa.ask(question)
        assert answer.refused and answer.short is None, answer.text


def test_a_person_by_their_office_is_no_team(twenty_fourth_qa):
    """"Emre Kalyoncu hangi takıma transfer oldu?" got **Orhan Demirci**, from "Teknik direktör
    Orhan Demirci, takımın sezonu … bitirdiğini hatırlattı"."""
    answer = twenty_fourth_qa.ask("Emre Kalyoncu hangi takıma transfer oldu?")
    assert answer.short != "Orhan Demirci" and "Orhan Demirci" not in answer.text, answer.text


PLANS_AND_KINDS = {
    "dilbilim-bolumu.txt": """Musul Üniversitesi Dilbilim Bölümü beşinci yılını kutladı
12 Ekim 2024

Musul Üniversitesi Dilbilim Bölümü, kuruluşunun beşinci yılını dün düzenlenen bir törenle kutladı.
Bölüm Başkanı Doç. Dr. Leyla Saatçi, lisans programında bugün 310 öğrencinin okuduğunu söyledi.
2021'de açılan yüksek lisans programında 46 öğrenci eğitim görüyor.
Saatçi, doktora programının 2026 yılında açılmasının planlandığını açıkladı.
Bölümün hazırladığı "Dicle Kıyısında" adlı belgesel dizinin gelecek yıl bir ulusal kanalda yayımlanması hedefleniyor.
""",
    "kadin-kooperatifi.txt": """Tuzhurmatu'daki Kadın Kooperatifi yurt dışına satışa başladı
3 Mart 2025

Kooperatifin ürettiği salça ve tarhana ilk kez Türkiye'deki marketlerin raflarında yer aldı.
Kooperatif Başkanı Hatice Bayraktar, sertifikaları almalarının yaklaşık üç yıl sürdüğünü söyledi.
Bayraktar, yeni mağazada Kerkük ve Telafer'deki diğer kadın kooperatiflerinin ürünlerinin de satılacağını ekledi.
""",
}


@pytest.fixture(scope="module")
def plans_qa(tmp_path_factory, embedder):
    return archive_of(tmp_path_factory.mktemp("plans"), embedder, PLANS_AND_KINDS)


def test_a_figure_of_another_kind_and_a_goal_answer_nothing_done(plans_qa):
    """"Türkoloji doktora programı kaç öğrenciyle açıldı?" got "yüksek lisans programında 46
    öğrenci" (another programme's); "dizi hangi kanalda yayımlandı?" got "… yayımlanması
    hedefleniyor", a goal (the twenty-fourth stranger's and an own set's near misses)."""
    for question in ("Dilbilim doktora programı kaç öğrenciyle açıldı?",
                     "Dicle Kıyısında dizisi hangi kanalda yayımlandı?"):
        answer = plans_qa.ask(question)
        assert answer.refused, answer.text
    answer = plans_qa.ask("Dilbilim yüksek lisans programında kaç öğrenci var?")
    assert answer.short == "46 öğrenci", answer.text


def test_an_office_asked_of_one_place_is_not_answered_from_anothers_article(plans_qa):
    """"Telafer'deki kadın kooperatifinin başkanı kim?" got **Hatice Bayraktar**: the article,
    titled "Tuzhurmatu'daki Kadın Kooperatifi …", names Telafer's only as "diğer kooperatifler",
    and its sentence naming her names no place (an own set's near miss)."""
    assert plans_qa.ask("Telafer'deki kadın kooperatifinin başkanı kim?").refused
    assert plans_qa.ask("Tuzhurmatu'daki kadın kooperatifinin başkanı kim?").short == "Hatice Bayraktar"


def test_the_bundled_articles_questions_a_stranger_asked(corpus_qa):
    """The twenty-fifth stranger's trial of the bundled article: a count the article never
    gives was answered with the sentence saying protocols were signed; a yes/no question typed
    without Turkish letters was refused ("kaldi" was no word of the archive's); the
    conference's name, given in quotes before "başlıklı", was not found; "kimlerle görüştü?"
    showed **Irak Türkmen** in bold, the delegation that asks ("Irak Türkmen heyeti")."""
    count = corpus_qa.ask("ziyarette kaç protokol imzalandı")
    assert count.refused and "bu sayıyı" in count.text, count.text
    limited = corpus_qa.ask("ziyaret sadece resmi gorusmelerle mi sinirli kaldi")
    assert not limited.refused and "sınırlı kalmadı" in limited.text, limited.text
    assert "Tarihsel Hafızanın Kurtarılması" in corpus_qa.ask("konferansin adi neydi").text
    met = corpus_qa.ask("Heyet Bakü'de kimlerle görüştü?")
    assert "Irak Türkmen" not in (met.short or ""), met.text


def test_a_follow_up_shows_the_earlier_question_as_the_archive_spells_it(corpus_qa):
    """"Önceki sorunuzun konusuyla okudum: konferans nerede yapildi" showed the earlier
    question as typed on a phone; it is shown with its Turkish letters."""
    history = [{"role": "user", "content": "konferans nerede yapildi"}, {"role": "assistant", "content": "…"}]
    assert corpus_qa.ask("peki ne zaman?", history).follows == "konferans nerede yapıldı"


DEPARTMENT_AND_CUP = {
    "turkoloji-bolumu.txt": """Erbil'de Türkoloji Bölümü açıldı
16 Eylül 2019

Erbil'de eğitim veren Kale Üniversitesi, kurduğu Türkoloji Bölümü'nün açılışını dün yaptı.
Bölümde ilk aşamada 14 öğretim üyesi görev yapacak.
Bölümde derslerin 22 Eylül'de başlayacağı bildirildi.
""",
    "kardeslik-kupasi.txt": """Kardeşlik Kupası Altunköprü Gençlik'in
30 Ağustos 2019

Bu yıl dördüncüsü düzenlenen turnuvaya 16 takım katıldı.
Turnuva Komitesi Başkanı Yavuz Terzioğlu, şampiyon takıma 15 bin dolar ödül verildiğini açıkladı.
""",
    "muze.txt": """Kerkük'te Türkmen Halk Kültürü Müzesi açıldı
16 Ocak 2020

Kerkük'te tarihi bir konakta kurulan Türkmen Halk Kültürü Müzesi, 15 Ocak'ta düzenlenen törenle ziyarete açıldı.
Müzede 1.200 eser sergileniyor.
""",
    "muze-ziyaretci.txt": """Halk Kültürü Müzesi'ne rekor ziyaret
10 Ocak 2024

Kerkük Türkmen Halk Kültürü Müzesi, 2023 yılında 48 bin ziyaretçiyi ağırlayarak açıldığı günden bu yana en yüksek rakama ulaştı.
""",
    "banka.txt": """Dicle Bankası Kerkük'te şube açtı
5 Mart 2024

Türk ve Iraklı yatırımcıların kurduğu Dicle Bankası, Irak'taki ilk şubesini Kerkük'te hizmete açtı.
Kentin Cumhuriyet Caddesi üzerindeki şubenin açılışına esnaf temsilcileri katıldı.
""",
    "secim.txt": """Altunköprü'de meclis seçimi yapıldı
3 Haziran 2023

Altunköprü'de ilçe meclisi seçimi yapıldı. İlçede 62 sandıkta oy kullanıldı ve gözlemciler sandıkları gün boyu izledi.
Sandığa gidenler arasında ilk kez oy kullanan 3 bin genç vardı.
Seçimde kayıtlı 41 bin seçmenin yüzde 58'i oy kullandı. Bir önceki seçimde katılım oranı yüzde 44'te kalmıştı.
""",
    "festival.txt": """Tuzhurmatu'da halk müziği festivali
20 Mayıs 2024

Tuzhurmatu'da düzenlenen halk müziği festivali iki gün sürdü. Festivalde 12 müzik grubu sahne aldı.
""",
    "hastane.txt": """Telafer'de Şifa Devlet Hastanesi hizmete girdi
7 Kasım 2023

200 yatak kapasiteli hastanenin inşası iki buçuk yıl sürdü.
Türkiye'nin kalkınma yardımları kapsamında finanse edilen hastanenin toplam maliyetinin 18 milyon dolar olduğu açıklandı.
""",
    "derbi.txt": """Kerkük Gençlerbirliği Derbide Telafer Sporu 3-1 Yendi
28 Nisan 2024

Irak Türkmen Ligi'nin 15. haftasında Kerkük Gençlerbirliği, sahasında Telafer Sporu'nu 3-1 mağlup etti.
Kerkük Gençlerbirliği'nin gollerini iki kez Yusuf Salihi ve bir kez Mert Erbil attı. Telafer Sporu'nun tek golünü ise
penaltıdan Ali Tahir kaydetti.
Bu galibiyetle Kerkük Gençlerbirliği ligin zirvesine yerleşti. Teknik direktör Hasan Kayacan, maçtan sonra
takımının şampiyonluğa her zamankinden daha yakın olduğunu söyledi.
""",
}


@pytest.fixture(scope="module")
def department_qa(tmp_path_factory, embedder):
    return archive_of(tmp_path_factory.mktemp("department"), embedder, DEPARTMENT_AND_CUP)


def test_a_place_with_its_case_ending_names_no_compound_and_money_is_no_kind(department_qa):
    """An own set's answerable questions refused: "Erbil'deki Türkoloji bölümünde …" was read as
    a name "Erbil Türkoloji" no article says ("Arşivde Erbil Türkoloji hakkında bir habere
    rastlamadım"), and "ne kadar para ödülü" as a kind of prize, "para", that "15 bin dolar
    ödül" never names."""
    start = department_qa.ask("Erbil'deki Türkoloji bölümünde dersler hangi gün başlayacaktı?")
    assert not start.refused and "22 Eylül" in start.text, start.text
    prize = department_qa.ask("2019'da kupayı kazanan takım ne kadar para ödülü aldı?")
    assert not prize.refused and "15 bin dolar" in prize.text, prize.text


def test_the_asked_day_street_rate_and_count_are_what_answers(department_qa):
    """Found on an own set and by the twenty-sixth stranger: "hangi gün ziyarete açıldı?" got
    **2023** ("2023 yılında … açıldığı günden bu yana": a year is no day); "hangi cadde
    üzerinde?" got **Irak**; "sandığa gidenlerin oranı neydi?" got "62 sandıkta oy kullanıldı"
    (no rate; the former election's "yüzde 44" is not it either); "kaç grup sahne aldı?" was
    refused over "12 müzik grubu" ("grup" softens to "grubu")."""
    assert department_qa.ask("Türkmen Halk Kültürü Müzesi hangi gün ziyarete açıldı?").short.startswith("15 Ocak")
    assert department_qa.ask("Bankanın Kerkük'teki şubesi hangi cadde üzerinde?").short == "Cumhuriyet Caddesi"
    assert department_qa.ask("Altunköprü'deki seçimde sandığa gidenlerin oranı neydi?").short == "yüzde 58"
    assert department_qa.ask("Festivalde kaç grup sahne aldı?").short == "12 müzik grubu"
    # "kaça çıktı" of a building asks its cost (an own set's "inşası iki buçuk yıl sürdü" was no answer)
    assert department_qa.ask("Şifa Devlet Hastanesi'nin inşası toplam kaça çıktı?").short == "18 milyon dolar"


def test_an_office_named_without_its_owner_is_the_opening_subjects(department_qa):
    """The twenty-sixth stranger's "Telafer Sporu'nun teknik direktörü kim?" got **Hasan
    Kayacan**, the winner's coach: the title, in title case, names both clubs with no case, and
    the article's opening makes Telafer Sporu the object ("… Telafer Sporu'nu 3-1 mağlup etti")."""
    assert department_qa.ask("Telafer Sporu'nun teknik direktörü kim?").refused
    assert department_qa.ask("Kerkük Gençlerbirliği'nin teknik direktörü kim?").short == "Hasan Kayacan"


def test_a_person_asked_of_one_club_is_not_the_other_clubs(department_qa):
    """"Telafer Sporu'nun golünü kim attı?" got "Kerkük Gençlerbirliği'nin gollerini … attı" (the
    twenty-sixth stranger): the sentence that gives it to the asked club, further down, answers."""
    assert department_qa.ask("Telafer Sporu'nun golünü kim attı?").short == "Ali Tahir"


STRANGER_26 = Path(__file__).parent / "stranger14"  # the twenty-sixth trial's five articles


@pytest.fixture(scope="module")
def twenty_sixth_qa(tmp_path_factory, embedder):
    return archive_of_folder(tmp_path_factory, embedder, STRANGER_26, CORPUS)  # beside the bundled article


def test_a_refusal_lists_as_related_only_articles_that_speak_of_the_question(twenty_sixth_qa):
    """The twenty-sixth stranger's "Yeni okulda kaç öğretmen çalışıyor?" was refused rightly, but
    "İlgili olabilir" listed the Azerbaijan article beside the school's: after the closest
    article, only one whose passage speaks of what was asked is listed."""
    answer = twenty_sixth_qa.ask("Yeni okulda kaç öğretmen çalışıyor?")
    assert answer.refused and [s.title for s in answer.sources] == ["Kerkük'te Yeni Türkmen Okulu Açıldı"], answer.text


def test_a_follow_up_leaves_the_earlier_questions_period_with_its_ending(department_qa):
    """A follow-up takes the earlier subject, not its period: "peki kaç gün sürdü?" after
    "Mayıs 2024'teki … festivalinde …" was read "'teki halk müziği festivalinde …" (the period
    went, its ending stayed), and "ya ocakta?" after "… Şubat 2017'de …" kept "'de"."""
    for earlier, follow_up in (("Mayıs 2024'teki halk müziği festivalinde kaç grup sahne aldı?", "peki kaç gün sürdü?"),
                               ("Haziran 2023'te Altunköprü'deki seçimde katılım oranı neydi?", "ya bir önceki seçimde?")):
        history = [{"role": "user", "content": earlier}, {"role": "assistant", "content": "…"}]
        standalone = department_qa.ask(follow_up, history).standalone_question
        assert standalone and not re.search(r"(?:^|\s)'", standalone), standalone


STRANGER_27 = Path(__file__).parent / "stranger15"  # the twenty-seventh trial's seven articles (two saved pages)


@pytest.fixture(scope="module")
def twenty_seventh_qa(tmp_path_factory, embedder):
    return archive_of_folder(tmp_path_factory, embedder, STRANGER_27)


def test_the_twenty_seventh_strangers_finds(twenty_seventh_qa):
    """"Telafer selinde ne kadar yardım parası dağıtıldı?" got **650 bin Irak dinarın**, the wheat
    price of another article (the flood's gives no sum: the only sum read said nothing the
    question asks of); "kac yatakli" after the head doctor was refused over "Hastane 120 yataklı
    olarak tasarlandı" (read as describing another thing); "Nesimi Şiir Ödülü'nü kim kazandı?"
    showed the book's title in bold ('"Kerpiç Evlerin Sesi" adlı') while "… Nesimi Şiir Ödülü, …
    Ayşe Demirci'ye verildi" was not read as a win (the prize's name is in capitals)."""
    assert twenty_seventh_qa.ask("Telafer selinde ne kadar yardım parası dağıtıldı?").refused
    assert twenty_seventh_qa.ask("buğdayın tonu kaça alınıyor").short.startswith("650 bin Irak dinar")
    history = [{"role": "user", "content": "erbildeki yeni hastanenin bashekimi kim"},
               {"role": "assistant", "content": "…"}]
    assert twenty_seventh_qa.ask("kac yatakli", history).short == "120 yataklı"
    assert twenty_seventh_qa.ask("Nesimi Şiir Ödülü'nü kim kazandı?").short == "Ayşe Demirci"


def test_a_time_said_relative_to_the_talk_is_no_subject_of_its_own(twenty_seventh_qa):
    """"peki bir önceki yıl neden az olmuş?" after the wheat harvest was read as a question of its
    own ("bir önceki yıl" its subject) and refused as "Bu konuda arşivde bilgi bulamadım" (the
    twenty-seventh stranger): it asks of the harvest just discussed."""
    history = [{"role": "user", "content": "Telafer'de buğday hasadı kaç ton?"}, {"role": "assistant", "content": "…"}]
    answer = twenty_seventh_qa.ask("peki bir önceki yıl neden az olmuş?", history)
    assert answer.standalone_question and "buğday" in answer.standalone_question, answer.text
    assert is_standalone("Peki konferans geçen yıl nerede düzenlendi?")  # a subject of its own still stands


def test_a_duration_is_not_answered_by_a_sentence_that_only_dates(corpus_qa, department_qa):
    """The twenty-fifth stranger's "Konferans kaç gün sürdü?" got the conference sentence, whose
    only figure dates it ("Yedi ay önce … düzenlenen"): no figure of time but one that dates, and
    nothing that spans, says how long."""
    answer = corpus_qa.ask("Konferans kaç gün sürdü?")
    assert answer.refused and "ne kadar sürdüğünü" in answer.text, answer.text
    assert department_qa.ask("Tuzhurmatu'daki halk müziği festivali kaç gün sürdü?").short == "iki gün"


SURVEY_FIRE_CUP = {
    "goc-anketi.txt": """Türkmen Ailelerinde Göç Eğilimi Araştırıldı
12 Şubat 2025

Kerkük merkezli Türkmeneli Araştırmaları Derneği, Türkmen ailelerinin göç eğilimini ölçen ilk kapsamlı
araştırmasının sonuçlarını açıkladı.
Araştırmaya göre görüşülen ailelerin yüzde 55'inde en az bir kişi yurt dışında yaşıyor. Bu oran Kerkük'te
yüzde 48'de kalırken Telafer'de yüzde 71'e yükseliyor.
Telafer'deki ailelerin yüzde 30'u ise gelecek beş yıl içinde kente dönmeyi düşündüğünü belirtti.
Kasım ve aralık aylarında yürütülen saha çalışmasında 2.600 haneye ulaşıldı.
Dernek Başkanı Nevin Salihi, sonuçların belediyelerle paylaşılacağını söyledi.
""",
    "carsi-yangini.txt": """Kifri Çarşısında Yangın
3 Ağustos 2024

Kifri'nin tarihi çarşısında dün gece çıkan yangında 14 dükkân kullanılamaz hale geldi.
Dumandan etkilenen 6 kişi ilk olarak Kifri Sağlık Merkezi'ne kaldırıldı; ikisi daha sonra Kerkük'teki
hastaneye sevk edildi.
İtfaiye ekipleri yangını üç saatte söndürdü.
""",
    "dostluk-kupasi-2019.txt": """Dostluk Kupası Kifri Gençlik'in
2 Eylül 2019

Kerkük'te dün akşam oynanan finalde Kifri Gençlik, Dakuk Yıldız'ı 2-1 yendi.
Kifri Gençlik, 34 maçlık sezonu 21 galibiyet, 7 beraberlik ve 6 yenilgiyle tamamladı.
""",
    "dostluk-kupasi-2023.txt": """Dostluk Kupası'nda Telafer Rüzgârı
18 Eylül 2023

Dostluk Kupası'nı bu yıl Telafer Spor kazandı.
Turnuvanın bu yılki ev sahibi Kifri'nin takımı Kifri Gençlik ise yarı finalde Erbil Kale Spor'a penaltılarla elenmişti.
""",
}


@pytest.fixture(scope="module")
def survey_qa(tmp_path_factory, embedder):
    return archive_of(tmp_path_factory.mktemp("survey"), embedder, SURVEY_FIRE_CUP)


def test_the_asked_place_and_count_are_read_further_down_the_article(survey_qa):
    """An own set's "Diyala'da … hanelerin oranı ne?" got the whole survey's "yüzde 62", and "kaç
    haneyle görüşüldü?" was refused over "görüşülen hanelerin yüzde 62'sinde" (a share, no count):
    the sentence after breaks the figure down by place, and the count is further down, naming
    nobody else; where nothing counts it, the refusal stands."""
    assert survey_qa.ask("Telafer'de en az bir kişisi yurt dışında yaşayan ailelerin oranı ne?").short == "yüzde 71"
    assert survey_qa.ask("Kerkük'te ailelerin yüzde kaçında yurt dışında yaşayan biri var?").short == "yüzde 48"
    answer = survey_qa.ask("Göç araştırmasında kaç haneyle görüşüldü?")
    assert not answer.refused and "2.600" in answer.text, answer.text
    assert survey_qa.ask("Göç araştırmasında kaç anketörle çalışıldı?").refused


def test_a_word_qualifying_the_asked_kind_of_body_may_be_in_its_name(survey_qa):
    """"hangi sağlık kuruluşuna götürüldü?" was refused over "Altunköprü Sağlık Merkezi'ne
    kaldırıldı": the name holds the question's "sağlık", and was taken for the question's own
    subject; the word before the asked kind qualifies the answer."""
    answer = survey_qa.ask("Yangında etkilenenler önce hangi sağlık kuruluşuna götürüldü?")
    assert answer.short == "Kifri Sağlık Merkezi", answer.text


def test_a_cups_own_year_and_a_seasons_size_are_no_answer_for_another(survey_qa):
    """An own set's "2019 Kardeşlik Kupası finalinde Altunköprü Gençlik hangi takımı yendi?" got
    the 2023 article's "Turnuvanın bu yılki … yarı finalde … elenmişti" ("bu yıl" is the article's
    year, not the asked one), and "kaç maç kazandı" **30 maçlık** (the season's size)."""
    answer = survey_qa.ask("2019 Dostluk Kupası finalinde Kifri Gençlik hangi takımı yendi?")
    assert "elenmişti" not in answer.text, answer.text
    answer = survey_qa.ask("Kifri Gençlik 2019 sezonunda kaç maç kazandı?")
    assert "21 galibiyet" in answer.text and answer.short != "34 maçlık", answer.short


STRANGER_28 = Path(__file__).parent / "stranger16"  # the twenty-eighth trial's six articles (one saved page)


@pytest.fixture(scope="module")
def twenty_eighth_qa(tmp_path_factory, embedder):
    return archive_of_folder(tmp_path_factory, embedder, STRANGER_28, CORPUS)  # beside the bundled article


def test_the_figure_or_date_said_with_the_asked_deed_is_the_short_answer(twenty_eighth_qa):
    """The twenty-eighth stranger's "2025'te kaç maç kaybetti?" got **19 maç** ("26 maçın 19'unu
    kazandı, … ve yalnızca 3 maç kaybetti") and "ilk kasetini ne zaman doldurdu?" **1954**
    ("1954'te … doğan Kerküklü, ilk kasetini 1978'de Bağdat'ta doldurdu"): of a sentence's figures
    or two dates, the one whose clause says the asked deed."""
    qa = twenty_eighth_qa
    assert qa.ask("Kerkük Türkmen Gençlik Spor Kulübü 2025'te kaç maç kaybetti?").short == "3 maç"
    assert qa.ask("Kerkük Türkmen Gençlik Spor Kulübü 2025'te kaç maç kazandı?").short == "19 maç"
    assert qa.ask("Abbas Kerküklü ilk kasetini ne zaman doldurdu?").short == "1978"
    assert qa.ask("Abbas Kerküklü ne zaman doğdu?").short == "1954"


def test_a_name_typed_plain_in_a_question_with_turkish_letters_is_respelled(twenty_eighth_qa):
    """"Abbas Kerkuklu ilk kasetini hangi yıl çıkardı?" was refused ("Arşivde Abbas Kerkuklu
    hakkında bir habere rastlamadım"): a question typed with some Turkish letters was left as
    typed, though its writer typed the name plain; a capitalised word the archive writes as a
    name with Turkish letters takes them."""
    answer = twenty_eighth_qa.ask("Abbas Kerkuklu ilk kasetini ne zaman doldurdu?")
    assert not answer.refused and answer.short == "1978", answer.text
    answer = twenty_eighth_qa.ask("Abbas Kerkuklu ilk kasetini hangi yıl çıkardı?")  # worded otherwise: no bold year
    assert not answer.refused and "1978" in answer.text and answer.short != "1954", answer.text


def test_a_share_of_each_a_clubs_team_and_a_mention_are_read_as_asked(twenty_eighth_qa):
    """The twenty-eighth stranger's finds: "her oyuncuya kaç dinar" got **90 milyon dinar**, the
    total ("oyunculara toplam 90 milyon dinar"); "kulübünün teknik direktörü kim?" was refused
    over "Takımın teknik direktörü Orhan Salihi" (a club's team is the club's); "Kerkük Olimpiyat
    Stadı hangi haberde geçiyor?" was refused as "Kerkük Olimpiyat Stadı geçiyor hakkında"."""
    qa = twenty_eighth_qa
    each = qa.ask("Şampiyonluk primi her oyuncuya kaç dinar verildi?")
    assert each.refused and "her birine düşen" in each.text, each.text
    assert qa.ask("Şampiyonluk primi olarak oyunculara toplam ne kadar dağıtılacak?").short == "90 milyon dinar"
    coach = qa.ask("Kerkük Türkmen Gençlik kulübünün teknik direktörü kim?")
    assert not coach.refused and coach.short in ("Orhan Salihi", "Ferhat Demirci"), coach.text
    listed = qa.ask("Kerkük Olimpiyat Stadı hangi haberde geçiyor?")
    assert not listed.refused and "geçiyor hakkında" not in listed.text and len(listed.sources) == 2, listed.text


def test_a_date_asked_of_a_deed_no_sentence_dates_is_refused(twenty_eighth_qa):
    """"Leyla Beyatlı hangi yıl seçildi?" got "14 Ekim 2024 tarihli habere göre: … Başkanı Leyla
    Beyatlı, festivalin bütçesinin … söyledi": no date, no election, read as 2024."""
    answer = twenty_eighth_qa.ask("Erbil Türkmen Kültür Merkezi Başkanı Leyla Beyatlı hangi yıl seçildi?")
    assert answer.refused and "ne zaman" in answer.text, answer.text
    assert twenty_eighth_qa.ask("Erbil'deki festival ne zaman düzenlendi?").short == "10-12 Ekim"


def test_a_deed_done_before_a_coming_one_is_reported_not_announced(twenty_eighth_qa):
    """"Zam kararı mecliste kaç oyla kabul edildi?" was refused over "Karar … 11 kabul, 4 ret
    oyuyla alındı ve 1 Mart 2025'ten itibaren uygulanacak": the last verb is to come, the vote
    was taken."""
    answer = twenty_eighth_qa.ask("Zam kararı mecliste kaç oyla kabul edildi?")
    assert not answer.refused and "11 kabul" in answer.text, answer.text


def test_a_refusal_carries_no_notice_of_an_answer_it_does_not_give(twenty_eighth_qa):
    """"… 2024'te ligi kaçıncı bitirdi?" was refused ("bunu 2024 yılı için söylemiyor; en yakın
    bilgi 2023 yılına ait") under the notice "2024 yılına ait bir haber bulamadım; bu döneme
    değinen habere dayandım", which tells of an answer given."""
    answer = twenty_eighth_qa.ask("Kerkük Türkmen Gençlik Spor Kulübü 2024'te ligi kaçıncı bitirdi?")
    assert answer.refused and answer.notice is None, answer.notice


STAGE_AND_DIG = {
    "tiyatro-gunleri.txt": """Kifri Tiyatro Günleri dördüncü kez perde açtı
4 Kasım 2024

Kifri Belediyesi'nin düzenlediği Kifri Tiyatro Günleri, dün akşam Kültür Merkezi'nde başladı.
Açılış gecesinde usta hoyratçı Naci Demirci sahneye çıkarak iki hoyrat okudu.
Festival boyunca altı oyun sahnelenecek.
""",
    "kifri-kazisi.txt": """Kifri'de tarihi fırın bulundu
12 Mayıs 2025

Kifri'de yol çalışması sırasında tarihi bir fırın bulundu.
Kazı başkanı Doç. Dr. Selma Oruç, fırının Selçuklu döneminde, yaklaşık sekiz yüz yıl önce kullanıldığını söyledi.
""",
    "son-turku-filmi.txt": """"Son Türkü" filminin galası Erbil'de yapıldı
2 Mart 2025

Usta ozan Rıza Bayraktar'ın hayatını anlatan "Son Türkü" filminin galası dün akşam Erbil'de yapıldı.
Filmin yönetmeni Aydın Kara, çekimlerin Kerkük'te iki ay sürdüğünü söyledi.
""",
    "carsi-yangini.txt": """Kifri'de çarşı yangını
9 Ocak 2025

Yangın, Kifri'nin en eski çarşılarından birinde yaşandığı için kentte büyük üzüntü yarattı.
İtfaiye ekipleri alevleri dört saatte söndürebildi.
Yangında çarşının bekçisi 58 yaşındaki Hasan Kaymaz hayatını kaybetti.
""",
    "otobus-hatti.txt": """Kifri ile Kerkük arasında yeni otobüs hattı
3 Şubat 2025

Kifri ile Kerkük arasında yeni otobüs hattı hizmete girdi.
Hattı işleten Yeşil Yol şirketi, ilk etapta 8 otobüsle günde 14 sefer yapacak.
Bilet fiyatı 4 bin dinar olarak belirlendi.
""",
    "kifri-derbisi.txt": """Kifri Gençlik derbiyi tek golle kazandı
20 Nisan 2025

Kifri Gençlik, sahasında Dakuk Spor'u 1-0 yendi.
Maçın tek golünü 70. dakikada Ali Demir attı.
Maçın bitmesine saniyeler kala Dakuk Spor'un genç oyuncusu Veli Kara kırmızı kart gördü.
""",
}


@pytest.fixture(scope="module")
def stage_qa(tmp_path_factory, embedder):
    return archive_of(tmp_path_factory.mktemp("stage"), embedder, STAGE_AND_DIG)


def test_an_edition_an_era_and_a_person_by_their_work_are_read_as_said(stage_qa):
    """A blind set's finds: "Üçüncü Tiyatro Günleri'nin açılışında …" was refused ("üçüncü tiyatro
    için bunu söylemiyor") though the title says "üçüncü kez perde açtı"; "hangi döneme
    tarihleniyor?" was refused over "Abbasiler döneminde, yaklaşık bin yıl önce"; "yaşamını
    yitiren bekçi kimdi?" was refused as "Arşivde yitiren hakkında" ("hayatını kaybetti" says it),
    then got **Kerkük** from the sentence before the watchman's."""
    opening = stage_qa.ask("Dördüncü Tiyatro Günleri'nin açılışında hoyrat okuyan usta kimdi?")
    assert opening.short == "Naci Demirci", opening.text
    era = stage_qa.ask("Kifri'de bulunan fırın hangi döneme tarihleniyor?")
    assert not era.refused, era.text
    watchman = stage_qa.ask("Çarşı yangınında yaşamını yitiren bekçi kimdi?")
    assert watchman.short == "Hasan Kaymaz", watchman.text
    # a sentence naming "oyuncusu" but saying less of the question is not the scorer's
    scorer = stage_qa.ask("Kifri Gençlik maçında tek golü atan oyuncu kim?")
    assert "Veli Kara" not in scorer.text and "Ali Demir" in scorer.text, scorer.text


def test_a_tickets_price_is_asked_as_money(stage_qa):
    """A blind set's "… otobüs hattında bilet ne kadar?" got "… 12 klimalı otobüsle günde 18 sefer
    yapacak": "bilet ne kadar" asks a sum, as "fiyatı ne kadar" does."""
    assert stage_qa.ask("Kifri-Kerkük otobüs hattında bilet ne kadar?").short == "4 bin dinar"


STRANGER_29 = Path(__file__).parent / "stranger17"  # the twenty-ninth trial's seven articles


@pytest.fixture(scope="module")
def twenty_ninth_qa(tmp_path_factory, embedder):
    return archive_of_folder(tmp_path_factory, embedder, STRANGER_29, CORPUS)  # beside the bundled article


def test_the_twenty_ninth_strangers_figures_are_the_asked_things(twenty_ninth_qa):
    """The twenty-ninth stranger's phone questions: "kerkukte ekmek kac dinar" got a music night's
    **5.000 dinar** tickets (an article pricing no bread); "nevruz atesi saat kacta yakildi" **20
    halk** (a count for a time of day)."""
    qa = twenty_ninth_qa
    bread = qa.ask("kerkukte ekmek kac dinar")
    assert bread.refused and "ekmek" in bread.text, bread.text
    assert qa.ask("nevruz atesi saat kacta yakildi").short == "19.00"
    earlier = qa.ask("2023'te Nevruz ateşi saat kaçta yakıldı?")  # its article gives no time of day
    assert earlier.refused and "saatini" in earlier.text, earlier.text


def test_a_follow_up_to_nothing_asks_for_the_subject(twenty_ninth_qa):
    """"peki ne zaman?" as the first message got the bundled article's sentence; "orasi nerede?"
    (typed without "ı") was refused as "Arşivde orasi hakkında"."""
    from rag.qa import NO_SUBJECT, AskError

    with pytest.raises(AskError) as raised:
        twenty_ninth_qa.ask("peki ne zaman?")
    assert str(raised.value) == NO_SUBJECT
    history = [{"role": "user", "content": "Kerkük'te Nevruz nerede kutlandı?"}]
    history.append(reply_message(twenty_ninth_qa.ask(history[0]["content"])))
    where = twenty_ninth_qa.ask("orasi nerede?", history)
    assert "orasi hakkında" not in where.text and not where.refused, where.text
    when = twenty_ninth_qa.ask("peki ne zaman?", history)
    assert not when.refused, when.text


@pytest.mark.parametrize(("question", "priced"), [
    ("Kerkük'te ekmek kaç dinar?", "ekmek"),
    ("Kifri'de simit kaç dinara satılıyor?", "simit"),
    ("Yıldızlar Gıda'nın yüzde 30 hissesi kaç dolara satıldı?", None),  # an ending: worded otherwise
    ("Hastanenin inşasına kaç dolar harcandı?", None),  # "yapımına … harcandı"
    ("Bursiyerler ayda kaç dolar alacak?", None),  # a time
    ("Bakü Erbil gidiş dönüş biletin en ucuzu kaç dolar?", None),  # a superlative, no thing
    ("Ailesi su tankerleri için aylık kaç dinar harcıyordu?", None),  # a quality
    ("Bir firma Ticaret Fuarı'nda kaç manatlık anlaşma imzaladı?", None),  # a suffix, no word
    ("Bilet kaç dinar?", None),  # a price itself
])
def test_the_thing_priced_is_the_noun_before_the_price_asked(question, priced):
    """An own set's answers lost to first versions: "en ucuzu", "aylık", "Fuarı'nda", "inşasına",
    "ayda" were read as the thing priced, which the answering article had to name."""
    from rag.answer.span import held_priced, priced_thing

    assert priced_thing(question) == priced
    assert held_priced("Şirket hisselerinin yüzde 30'unu 42 milyon dolara sattı.", "hissesi")


BRIDGE_CLINIC_AND_GRANTS = {
    "kopru-onarimi.txt": """Tuzhurmatu'daki tarihi köprünün onarımı başladı
6 Nisan 2025

Tuzhurmatu'da Ak Su üzerindeki tarihi taş köprüde onarım çalışmaları başladı.
Onarımın maliyeti 3,1 milyar dinar olarak açıklandı.
İhaleyi Erbilli Zagros Yapı şirketi kazandı.
Köprü, onarım süresince trafiğe kapalı kalacak.
""",
    "otobus-seferleri.txt": """Tuzhurmatu ile Kerkük arasında otobüs seferleri başladı
2 Mart 2025

Tuzhurmatu ile Kerkük arasında yeni otobüs hattı açıldı.
Hattı işleten Doğu Yol şirketi, ilk etapta 10 otobüsle günde 12 sefer yapacak.
""",
    "goz-merkezi.txt": """Telafer Göz Merkezi hizmete girdi
11 Ocak 2025

Telafer Göz Merkezi dün düzenlenen törenle hizmete girdi.
Merkezin yapımı 18 ay sürdü ve 4 milyon dolara mal oldu.
Merkezin başhekimliğine, uzun yıllar Musul'da çalışan göz doktoru Dr. Selim Avcı getirildi.
""",
    "yurt-sesi.txt": """Yurt Sesi dergisi 40 yaşında
3 Mayıs 2024

Kerkük'te yayımlanan Yurt Sesi dergisi, yayın hayatının 40. yılını kutladı.
Dergi, Kerküklü öğretmen Kemal Tuzcu tarafından kuruldu.
İlk sayısı 12 sayfa olarak basılan dergi, kuruluşunun yedinci yılında, 1991'de kapatıldı.
Kurucusu Tuzcu 2001'de hayatını kaybetmişti.
""",
    "harclik-2019.txt": """Kerküklü öğrenciler Bakü'ye gidiyor
10 Eylül 2019

Kerkük'ten 20 öğrenci bu yıl Bakü'de okuyacak.
Üniversite her öğrenciye ayda 200 dolar harçlık verecek.
""",
    "harclik-2023.txt": """Bakü'deki Kerküklü öğrencilerin harçlığı arttı
5 Haziran 2023

Üniversite, Bakü'de okuyan Kerküklü öğrencilere verilen aylık harçlığın 200 dolardan 350 dolara çıkarıldığını açıkladı.
Rektör, kararın Bakü'de artan kira giderleri nedeniyle alındığını belirtti.
""",
    "tiyatro-senligi.txt": """Telafer Tiyatro Şenliği sona erdi
20 Ekim 2024

Telafer Tiyatro Şenliği'nin beşincisi dün akşam sona erdi.
Festival müdürü Ayten Demir'in açıkladığı verilere göre oyunları toplam 4 bin 200 seyirci izledi.
""",
    "kardes-sehir.txt": """Kifri ile Gence kardeş şehir oldu
2 Ekim 2022

Kifri ile Azerbaycan'ın Gence kenti arasında kardeş şehir protokolü imzalandı.
Protokol beş yıl geçerli olacak.
Belediye, ilerleyen yıllarda Türkiye'den de bir kentle benzer bir protokol imzalamak istediğini açıkladı.
""",
    "kifri-butce-2023.txt": """Kifri Belediyesi 2023 bütçesini kabul etti
20 Şubat 2023

Kifri Belediye Meclisi, 2023 yılı bütçesini oy birliğiyle kabul etti.
Bütçe toplam 9 milyar dinar olarak belirlendi.
""",
    "kifri-butce-2024.txt": """Kifri Belediyesi 2024 bütçesini kabul etti
19 Şubat 2024

Kifri Belediye Meclisi, 2024 yılı bütçesini oy çokluğuyla kabul etti.
Bütçe toplam 11 milyar dinar olarak belirlendi.
""",
    "kulup-primi.txt": """Dakuk Spor'da galibiyet primi arttı
8 Şubat 2025

Dakuk Spor'da oyuncuların galibiyet primi 500 dolara çıkarıldı.
Kulüp başkanı, primin sezon sonuna kadar geçerli olacağını söyledi.
""",
}


@pytest.fixture(scope="module")
def bridge_qa(tmp_path_factory, embedder):
    return archive_of(tmp_path_factory.mktemp("bridge"), embedder, BRIDGE_CLINIC_AND_GRANTS)


def test_a_follow_up_reads_its_subject_without_the_earlier_question_words(bridge_qa):
    """A blind set's talks: "başhekimi kim?" after "… Merkezi kaça mal oldu?" was read as
    "… Merkezi kaça başhekimi kim?" and answered **12 kardiyoloji**; "işi hangi şirket üstlendi?"
    after a bridge's repair cost left the bridge for a bus company's "şirketi"; "ne zaman vefat
    etmiş?" after "kurucusu kim?" was asked of the magazine; "2023'te bu rakam kaça çıktı?"
    was read as a question of its own and refused. A year said with another deed than the one
    asked is no short answer ("kuruluşunun dokuzuncu yılında, 1981'de kapatıldı")."""
    clinic = talk(bridge_qa, ["Telafer Göz Merkezi kaça mal oldu?", "başhekimi kim?"])
    assert clinic[-1].short == "Dr. Selim Avcı", clinic[-1].text
    assert "kaça" not in (clinic[-1].standalone_question or "")
    bridge = talk(bridge_qa, ["Tuzhurmatu'daki tarihi köprünün onarımı ne kadar tutacak?",
                              "işi hangi şirket üstlendi?"])
    assert "Zagros Yapı" in bridge[-1].text and "Doğu Yol" not in bridge[-1].text, bridge[-1].text
    assert not bridge[-1].short.startswith("İhale"), bridge[-1].short  # the sentence's first word is no name
    founder = talk(bridge_qa, ["Yurt Sesi dergisi ne zaman kuruldu?", "kurucusu kim?", "ne zaman vefat etmiş?"])
    assert founder[0].short != "1991", founder[0].text  # the year it was closed, in its founding's sentence
    assert founder[1].short == "Kemal Tuzcu", founder[1].text
    assert founder[2].short == "2001", founder[2].text
    grant = talk(bridge_qa, ["2019'da Bakü'ye giden Kerküklü öğrencilere ayda ne kadar harçlık veriliyordu?",
                             "2023'te bu rakam kaça çıktı?"])
    assert grant[0].short == "200 dolar", grant[0].text
    assert not grant[1].refused and "350 dolar" in grant[1].text, grant[1].text


def test_a_figure_told_by_someone_is_not_theirs_and_a_noun_keeps_its_final_m(bridge_qa):
    """"Ferhat Kazancı'nın açıkladığı verilere göre … 6 bin 300 seyirci izledi" was refused as
    another's figure; the stemmer cut "primi" to "pr" while "prim" stayed, so "prim" was a word
    the archive never held."""
    bonus = bridge_qa.ask("Dakuk Spor oyuncularına galibiyet başına ne kadar prim veriliyor?")
    assert bonus.short == "500 dolar", bonus.text
    seats = bridge_qa.ask("Telafer Tiyatro Şenliği 2024'te kaç seyirciye ulaştı?")
    assert seats.short == "4 bin 200 seyirci", seats.text


def test_last_year_in_a_follow_up_is_the_year_before_the_one_asked(bridge_qa):
    """"ya geçen yıl?" after "Tuzhurmatu'nun 2024 bütçesi ne kadar?" was read as the year before
    today (2025) and refused."""
    budget = talk(bridge_qa, ["Kifri Belediyesi'nin 2024 bütçesi ne kadar?", "ya geçen yıl?"])
    assert budget[0].short == "11 milyar dinar", budget[0].text
    assert "9 milyar dinar" in budget[1].text, budget[1].text


def test_a_town_named_before_its_noun_is_the_place_asked(bridge_qa):
    """"Tuzhurmatu hangi kentle kardeş şehir oldu?" got **Türkiye** from "… Türkiye'den de bir
    kentle …": "Azerbaycan'ın Şamahı kenti" was no place without a case ending."""
    assert bridge_qa.ask("Kifri hangi kentle kardeş şehir oldu?").short == "Gence"


STRANGER_30 = Path(__file__).parent / "stranger18"  # the thirtieth trial's seven articles, two saved pages


@pytest.fixture(scope="module")
def thirtieth_qa(tmp_path_factory, embedder):
    return archive_of_folder(tmp_path_factory, embedder, STRANGER_30)


def test_the_thirtieth_strangers_figures_are_the_asked_ones(thirtieth_qa):
    """A journalist's own archive: "2024 bütçesi" got "Geçen yılın bütçesi 14,9 milyar dinardı";
    "Su şebekesi için" a park's "600 milyon dinarlık ödenek"; "kaç öğrenci kayıt yaptırdı" the
    capacity, 720; "kaç kişi tahliye edildi" "Yedi kişi ise hafif yaralandı"; "Türkiye'den kaç
    firma" the total of three countries."""
    qa = thirtieth_qa
    assert qa.ask("Tuzhurmatu belediyesinin 2024 bütçesi ne kadar?").short == "18,6 milyar Irak dinarı"
    assert qa.ask("Su şebekesi için ne kadar para ayrıldı?").short == "4,2 milyar dinar"
    assert qa.ask("Yeni okula kaç öğrenci kayıt yaptırdı?").short == "612"
    assert qa.ask("Altunköprü'de selde kaç kişi tahliye edildi?").short == "1.150 kişi"
    firms = qa.ask("Fuara Türkiye'den kaç firma katıldı?")
    assert "87'si Türkiye'den" in firms.text and "212" not in (firms.short or ""), firms.text


def test_the_thirtieth_strangers_people_and_the_seasons_first_match(thirtieth_qa):
    """"Altın Hoyrat ödülünü kim kazandı?" was refused ("… şair Hasan Tuzlu'ya … adlı şiiriyle
    verildi" said no win within four words, and "Erbilli" and "Tuzlu'ya" were a town and a
    place); "sezonun ilk maçında kimle oynayacak?" took the oldest article's coach."""
    qa = thirtieth_qa
    assert qa.ask("Kerkük'teki şiir şöleninde Altın Hoyrat ödülünü kim kazandı?").short == "Hasan Tuzlu"
    first = qa.ask("Göygöl FK sezonun ilk maçında kimle oynayacak?")
    assert "Şamahı FK" in first.text and "Hesenov" not in first.text, first.text
    # "Açılış kurdelesini kesen …, Telafer'de 2014-2017 yılları arasında … kullanılamaz hale geldiğini"
    assert thirtieth_qa.ask("Telafer'deki okul ne zaman açıldı?").short != "2014-2017"


STRANGER_31 = Path(__file__).parent / "stranger19"  # the thirty-first trial's seven articles, on a phone


@pytest.fixture(scope="module")
def thirty_first_qa(tmp_path_factory, embedder):
    return archive_of_folder(tmp_path_factory, embedder, STRANGER_31)


def test_the_thirty_first_strangers_new_subject_and_winner(thirty_first_qa):
    """A phone user's talk: "tonqal kaç metre yüksekliğindeydi?" after the minaret's height got the
    minaret's **32 metre** (a new subject in lower case kept the mosque's article); "Gençlik
    liginin şampiyonu kim oldu?" got the finalist."""
    qa = thirty_first_qa
    fire = talk(qa, ["caminin minaresi kaç metre", "tonqal kaç metre yüksekliğindeydi?"])
    assert fire[0].short == "32 metre" and fire[1].short == "7 metre", fire[1].text
    assert qa.ask("Gençlik liginin şampiyonu kim oldu?").short == "Altunköprü Gençlerbirliği"


SURVEY_WRESTLER_AND_EXCHANGE = {
    "hane-arastirmasi.txt": """Kerkük hane halkı araştırması: İşsizlik en yüksek Havice'de
11 Kasım 2019

Türkmeneli Sosyal Araştırmalar Merkezi'nin yürüttüğü hane halkı araştırmasının sonuçları açıklandı.
Araştırmaya göre ilin nüfusu yaklaşık 1 milyon 650 bin kişi.
İşsizlik oranı il genelinde yüzde 14,8 olarak ölçüldü.
İlçeler arasında en yüksek işsizlik yüzde 23,5 ile Havice'de görüldü.
""",
    "guresci.txt": """Kerküklü güreşçi Asya şampiyonu oldu
3 Ağustos 2024

Kerküklü genç güreşçi Murat Hasanoğlu, Taşkent'te düzenlenen Asya Gençler Güreş Şampiyonası'nda serbest stil 74 kiloda altın madalya kazandı.
Hasanoğlu finalde İranlı rakibini 6-4 yendi.
""",
    "ogrenci-degisimi.txt": """Kerküklü 30 öğrenci bir dönem Bakü'de okuyacak
20 Ocak 2025

Bakü'deki Nizami Eğitim Derneği ile Kerkük'teki Turan Gençlik Merkezi arasında imzalanan protokol kapsamında 30 öğrenci bahar dönemini Bakü'de geçirecek.
Öğrencilerin yol ve konaklama giderlerini dernek karşılayacak.
""",
    "su-sozlesmesi.txt": """Telafer'e içme suyu için sözleşme imzalandı
9 Mart 2025

Telafer Belediyesi ile Ninova Su Müdürlüğü arasında içme suyu şebekesi için sözleşme imzalandı.
Sözleşmenin süresi üç yıl olarak belirlendi.
Telaferli mühendis Dilan Yurtsever projeyi yönetecek.
""",
    "hastane.txt": """Kerkük'te 250 yataklı Dostluk Hastanesi hizmete girdi
16 Ocak 2020

Rahimava semtinde inşa edilen 250 yataklı Kerkük Dostluk Hastanesi, 15 Ocak'ta düzenlenen törenle hasta kabulüne başladı.
Açılış törenine Irak Sağlık Bakanlığı ve Türkiye'nin Bağdat Büyükelçiliği'nden temsilciler katıldı. Hastanenin inşaatı 2016 sonunda başlamış, çeşitli nedenlerle iki kez durmuştu.
""",
}


@pytest.fixture(scope="module")
def literacy_qa(tmp_path_factory, embedder):
    return archive_of(tmp_path_factory.mktemp("literacy"), embedder, SURVEY_WRESTLER_AND_EXCHANGE)


def test_a_figure_of_another_kind_place_or_measure_is_no_answer(literacy_qa):
    """Near misses answered with a figure: "okuma yazma oranı" got the unemployment rate (a
    verbal noun was no kind of rate), "telaferli bir güreşçi" got the Kerkük wrestler's medal
    (a first word's capital hid the name in it), "protokolün süresi" got its 30 students ("iki
    dernek arasında" was read as a span of time)."""
    literacy = literacy_qa.ask("Havice'de okuma yazma oranı kaç?")
    assert literacy.refused and "yazma oranı" in literacy.text, literacy.text
    assert literacy_qa.ask("Kerkük'te işsizlik oranı yüzde kaç?").short == "yüzde 14,8"
    wrestler = literacy_qa.ask("telaferli bir guresci asya gencler sampiyonasinda hangi kiloda madalya aldi")
    assert wrestler.refused and "Telaferli" in wrestler.text, wrestler.text
    ours = literacy_qa.ask("kerkuklu bir guresci asya gencler sampiyonasinda hangi kiloda madalya aldi")
    assert not ours.refused and "74 kiloda" in ours.text, ours.text
    protocol = literacy_qa.ask("Nizami Eğitim Derneği ile Turan Gençlik Merkezi arasındaki protokolün süresi ne kadar?")
    assert protocol.refused, protocol.text
    contract = literacy_qa.ask("Telafer'deki su sözleşmesinin süresi ne kadar?")
    assert contract.short == "üç yıl", contract.text


def test_a_body_named_in_passing_is_not_the_one_a_sentence_speaks_of_by_kind(literacy_qa):
    """"Hastanenin inşaatı 2016 sonunda başlamış" after a ministry and an embassy sent their
    envoys is the hospital's own: only a body the article turns to as a subject ("X ise …",
    "X, …") is what "Şirketin", "Hastanenin" point back to."""
    started = literacy_qa.ask("Kerkük Dostluk Hastanesi'nin inşaatı ne zaman başlamıştı?")
    assert started.short == "2016", started.text


STRANGER_32 = Path(__file__).parent / "stranger20"  # the thirty-second trial's eight articles, a journalist's


@pytest.fixture(scope="module")
def thirty_second_qa(tmp_path_factory, embedder):
    return archive_of_folder(tmp_path_factory, embedder, STRANGER_32)


def test_the_thirty_second_strangers_owner_winner_office_and_count(thirty_second_qa):
    """A journalist's archive: "Kerkük Belediyesinin 2024 bütçesi" got "Tuzhurmatu Belediyesinin 2024
    bütçesi 74 milyar dinar" (a body named without an apostrophe was no owner); the cup's loser
    was its winner ("Yıldızspor'u uzatmalara giden maçta 3-2 yenerek"); "kerkuk valisi kim" got the
    deputy who came "Kerkük Valisi adına"; "bölüm başkanı" was refused beside "Bölüm başkanlığına …
    atandı" ("Öğretmenliği bölümü" was not read as "öğretmenlik"); the headline's count was refused as
    the rector's, who only told it ("Demirci'nin açıklamasına göre")."""
    qa = thirty_second_qa
    budget = qa.ask("Kerkük Belediyesinin 2024 bütçesi ne kadar?")
    assert "412 milyar" in budget.text and "Tuzhurmatu" not in budget.text, budget.text
    assert "412 milyar" in qa.ask("Kerkük Belediyesinin bütçesi ne kadar?").text
    tuzhurmatu = qa.ask("Tuzhurmatu Belediyesinin 2024 bütçesi ne kadar?")
    assert tuzhurmatu.short == "74 milyar dinar" and "Tuzhurmatu Belediyesinin 2024" in tuzhurmatu.text
    assert qa.ask("kerkuk genclik kupasi finalini kim kazandi").short == "Kerkük Türkmen Spor"
    assert qa.ask("kerkuk valisi kim").refused
    assert qa.ask("Türkmence Öğretmenliği bölüm başkanı kim?").short == "Doç. Dr. Zeynep Nureddin Terzi"
    assert qa.ask("Kerkük Üniversitesine kaç yeni öğrenci kaydoldu?").short == "4.850 yeni öğrenci"


def test_the_thirty_second_strangers_near_misses_of_another_festival_or_pair(thirty_second_qa):
    """"Erbil Türkmen Kültür Festivalini kaç kişi ziyaret etti?" got the Kerkük festival's 15
    thousand (its article names Erbil elsewhere, and "Kültür Festivali" together); "Kerkük ile
    Bakü arasında kardeş şehir anlaşması" got the Gence one (the delegation went on "Bakü'ye"
    in another clause); "erbil ile gence arasindaki anlasmada" got Kerkük's 50 students."""
    qa = thirty_second_qa
    erbil = qa.ask("Erbil Türkmen Kültür Festivalini kaç kişi ziyaret etti?")
    assert erbil.refused and "Erbil Türkmen Kültür Festivali hakkında" in erbil.text, erbil.text
    assert qa.ask("Kerkük Türkmen Kültür Festivalini kaç kişi ziyaret etti?").short == "15 bin kişi"
    assert qa.ask("Kerkük ile Bakü arasında kardeş şehir anlaşması ne zaman imzalandı?").refused
    assert qa.ask("Kerkük ile Gence arasında kardeş şehir anlaşması ne zaman imzalandı?").short == "12 Kasım 2023"
    assert qa.ask("erbil ile gence arasindaki anlasmada kac ogrenciye burs verilecek").refused
    assert qa.ask("gence ile kerkuk arasindaki anlasmada kac ogrenciye burs verilecek").short == "50 öğrenci"


def test_the_thirty_second_strangers_last_year_and_another_years_figure(thirty_second_qa):
    """"ya gecen yil kac kisi gelmisti" after the 2023 festival's report got this year's 15
    thousand (typed without Turkish letters it was no period at all; a follow-up's "geçen yıl"
    counted from today); "Kerkük Belediyesinin 2023 bütçesi" was refused beside "geçen yıl bu
    rakamın 356 milyar dinar" in the 2024 report; "Tuzhurmatu Belediyesinin 2023 bütçesi" got
    **2024 bütçesi** in bold, from its 2024 figure."""
    qa = thirty_second_qa
    festival = talk(qa, ["festivalin onur konugu kimdi", "peki festival ne zaman yapildi",
                         "ya gecen yil kac kisi gelmisti"])
    assert festival[-1].short == "11 bin" and "Geçen yılki festivalin" in festival[-1].text, festival[-1].text
    budget = qa.ask("Kerkük Belediyesinin 2023 bütçesi ne kadardı?")
    assert not budget.refused and "356 milyar" in budget.text, budget.text
    other = qa.ask("Tuzhurmatu Belediyesinin 2023 bütçesi ne kadardı?")
    assert other.refused and other.short is None, other.text


def test_a_sentence_naming_its_company_by_kind_is_of_the_one_named_before_it(thirty_second_qa):
    """Two companies' results in one article: "Kerkük Un Sanayi'nin net kârı" got "Şirketin 2024 net
    kârı 9,7 milyon dolar", said after "Altınköprü Çimento ise zayıf bir yıl geçirdi"; the
    cement firm's staff count, which the article never gives, got the flour firm's 640."""
    qa = thirty_second_qa
    flour = qa.ask("Kerkük Un Sanayi'nin net kârı ne kadar?")
    assert "18,4 milyon dolar" in flour.text and "9,7" not in flour.text, flour.text
    assert "9,7 milyon dolar" in qa.ask("Altınköprü Çimento'nun net kârı ne kadar?").text
    assert "640" in qa.ask("Kerkük Un Sanayi'nde kaç kişi çalışıyor?").text
    assert qa.ask("Altınköprü Çimento'da kaç kişi çalışıyor?").refused


def test_the_thirty_second_strangers_near_misses_of_another_company_cup_or_agency(thirty_second_qa):
    """"suleymaniye cimentonun net kari" got the cement firm's sales in bold (the profit sentence was
    another firm's, and the one moved to said no profit); "erbil genclik kupasi finalini kim
    kazandi" got the winner of the festival's singing contest; "afad telafere kac cadir gonderdi"
    got the Red Crescent's 500 tents (an agency typed in lower case, named nowhere)."""
    qa = thirty_second_qa
    cement = qa.ask("suleymaniye cimentonun net kari ne kadar")
    assert cement.refused and "Süleymaniye Çimento için" in cement.text, cement.text
    assert qa.ask("erbil genclik kupasi finalini kim kazandi").refused
    assert qa.ask("hoyrat yarışmasını kim kazandı?").short == "Murat Abbasoğlu"
    tents = qa.ask("afad telafere kac cadir gonderdi")
    assert tents.refused and "afad" in tents.text, tents.text
    assert qa.ask("kizilay telafere kac cadir gonderdi").short == "500 çadır"


STRANGER_33 = Path(__file__).parent / "stranger21"  # the thirty-third trial's eight articles, a PDF among them


@pytest.fixture(scope="module")
def thirty_third_qa(tmp_path_factory, embedder):
    return archive_of_folder(tmp_path_factory, embedder, STRANGER_33)


def test_another_of_the_same_surname_is_not_the_person_asked(thirty_third_qa):
    """"Hikmet Bayatlı kaç yaşında vefat etti?" got **78 yaşında**, said of his brother Kemal Bayatlı;
    Hikmet's own death ("… Hikmet Bayatlı ise 2015 yılında vefat etmişti") is still his."""
    qa = thirty_third_qa
    brother = qa.ask("Hikmet Bayatlı kaç yaşında vefat etti?")
    assert brother.refused and "Hikmet Bayatlı için" in brother.text, brother.text
    assert qa.ask("Kemal Bayatlı kaç yaşında vefat etti?").short == "78 yaşında"
    assert qa.ask("Hikmet Bayatlı ne zaman vefat etti?").short == "2015"


def test_a_part_from_the_asked_country_is_its_figure(thirty_third_qa):
    """"Kitap fuarına Türkiye'den kaç yayınevi katıldı?" got **142 yayınevi**, the fair's total;
    the next sentence gives it country by country ("Katılımcı yayınevlerinden 60'ı Türkiye'den,
    12'si Azerbaycan'dan geldi"), and "Katılımcı" is no deed of joining that picks the first."""
    qa = thirty_third_qa
    for country in ("Türkiye", "Azerbaycan"):
        answer = qa.ask(f"Kitap fuarına {country}'dan kaç yayınevi katıldı?".replace("Türkiye'dan", "Türkiye'den"))
        assert "60'ı Türkiye'den, 12'si Azerbaycan'dan" in answer.text and "142" not in answer.text, answer.text
    assert qa.ask("Kitap fuarına kaç yayınevi katıldı?").short == "142 yayınevi"


def test_another_body_sending_to_another_place_is_not_the_asked_ones(thirty_third_qa):
    """"AFAD Kerkük'e kaç tır gönderdi?" and "AFAD Telafer'e …" got "Azerbaycan'ın Haydar Aliyev Vakfı
    da Kerkük'e 7 tırlık bir yardım gönderdi", another body's aid to another town, under a title
    naming both towns."""
    qa = thirty_third_qa
    for question in ("AFAD Kerkük'e kaç tır gönderdi?", "AFAD Telafer'e kaç tır yardım gönderdi?"):
        answer = qa.ask(question)
        assert answer.refused and "7 tır" not in answer.text, answer.text
    assert "7 tırlık" in qa.ask("Haydar Aliyev Vakfı Kerkük'e kaç tır gönderdi?").text


def test_the_champions_prize_of_two_said_side_by_side(thirty_third_qa):
    """"Şampiyon takıma 5 milyon dinar, ikinci olan takıma 3 milyon dinar para ödülü verildi": each
    figure has its qualifier; "şampiyon takıma kaç dinar" got the runner-up's 3 milyon (the word
    "ödülü" follows only the second figure)."""
    qa = thirty_third_qa
    assert qa.ask("şampiyon takıma kaç dinar ödül verildi").short == "5 milyon dinar"
    assert qa.ask("ikinci olan takıma kaç dinar verildi").short == "3 milyon dinar"


def test_the_cups_winner_score_and_a_follow_up_on_them(thirty_third_qa):
    """"telafer genclik kupasini kim kazandi" got who handed the cup over ("Kupayı şampiyon takıma
    … Belediye Başkanı … verdi"); "finalin skoru neydi" the half-time "1-1" or the semi-finals;
    "peki skor neydi?" after the winner was read alone and refused, and the next follow-up took
    "skor" for its subject."""
    qa = thirty_third_qa
    winner = qa.ask("telafer genclik kupasini kim kazandi")
    assert winner.short == "Telafer Gençlikspor", winner.text
    for question in ("Telafer Gençlik Kupası finalinin skoru neydi?", "finalin skoru ne oldu",
                     "final maçı kaç kaç bitti"):
        assert qa.ask(question).short == "3-1", question
    assert qa.ask("finalin ilk yarısı kaç kaç bitti").short == "1-1"
    turns = talk(qa, ["telafer genclik kupasini kim kazandi", "peki skor neydi?", "peki kac seyirci izledi"])
    assert turns[1].short == "3-1", turns[1].text
    assert turns[2].short == "4 bin 500 seyirci", turns[2].text


def test_a_schools_rate_is_not_the_provinces(thirty_third_qa):
    """"Kerkük Türkmen Lisesi'nin bakalorya başarı oranı yüzde kaç?" got **yüzde 71**, the province's
    rate ("Kerkük Eğitim Müdürlüğü verilerine göre il genelinde … yüzde 71"), which holds one word of
    the school's name; the school's own sentence names it whole."""
    qa = thirty_third_qa
    assert qa.ask("Kerkük Türkmen Lisesi'nin bakalorya başarı oranı yüzde kaç?").short == "yüzde 94"


def test_a_count_of_people_no_sentence_gives(thirty_third_qa):
    """"Kemal Bayatlı'nın Kerkük'teki konserini kaç kişi izledi?" got "Kemal Bayatlı, 78 yaşında hayatını
    kaybetti", which counts no one; the funeral's "yaklaşık 3 bin kişi" still answers its own question."""
    qa = thirty_third_qa
    concert = qa.ask("Kemal Bayatlı'nın Kerkük'teki konserini kaç kişi izledi?")
    assert concert.refused and "78" not in concert.text, concert.text
    assert qa.ask("Kemal Bayatlı'nın cenazesine kaç kişi katıldı?").short == "3 bin kişi"


STRANGER_34 = Path(__file__).parent / "stranger22"  # the thirty-fourth trial's eight articles


@pytest.fixture(scope="module")
def thirty_fourth_qa(tmp_path_factory, embedder):
    return archive_of_folder(tmp_path_factory, embedder, STRANGER_34)


def test_of_a_list_of_figures_the_one_the_question_qualifies(thirty_fourth_qa):
    """Prizes and departments listed one after another, each with its own qualifier: "Birinciye kaç
    dinar" got the third prize's **500 bin dinar** ("birinciye 1,5 milyon dinar, ikinciye 1 milyon
    dinar, üçüncüye ise 500 bin dinar para ödülü verildi"), "ceviribilim bolumune kac ogrenci" the
    last department's 50 ("… Çeviribilim bölümüne 70, Türkmen Halk Bilimi bölümüne ise 50 öğrenci")."""
    qa = thirty_fourth_qa
    assert qa.ask("Birinciye kaç dinar ödül verildi?").short == "1,5 milyon dinar"
    assert qa.ask("ceviribilim bolumune kac ogrenci yerlesti").short == "70"
    assert qa.ask("Türkmen Halk Bilimi bölümüne kaç öğrenci yerleşti?").short == "50 öğrenci"
    assert qa.ask("fakülteye toplam kaç öğrenci kaydoldu").short == "240 öğrenci"


def test_a_figure_of_a_place_the_article_names_in_passing(thirty_fourth_qa):
    """An article about Tuzhurmatu's election names Amirli once, further down: "Türkmen Birlik Listesi
    Amirli'de kaç oy aldı?" got Tuzhurmatu's **14.382 oy**. A sentence naming Amirli still answers
    what it says, and the article's own place keeps its figures."""
    qa = thirty_fourth_qa
    votes = qa.ask("Türkmen Birlik Listesi Amirli'de kaç oy aldı?")
    assert votes.refused and "14.382" not in votes.text and "Amirli" in votes.text, votes.text
    assert qa.ask("Amirli'de katılım oranı neydi?").short == "yüzde 57,2"
    assert qa.ask("Beşir'e kaç aile döndü?").short == "312 aile"
    assert qa.ask("Türkmen Birlik Listesi Tuzhurmatu'da kaç oy aldı?").short == "14.382 oy"


def test_a_date_of_a_sibling_name(thirty_fourth_qa):
    """"Türkmeneli Radyosu ne zaman kuruldu?" got **2012** from "Kurumun kardeş kanalı Türkmeneli TV
    2012'de kuruldu": the same first word, another body. The radio's own sentence answers instead."""
    qa = thirty_fourth_qa
    radio = qa.ask("Türkmeneli Radyosu ne zaman kuruldu?")
    assert not radio.refused and "2004" in radio.text and "2012" not in radio.text, radio.text
    assert qa.ask("Türkmeneli TV ne zaman kuruldu?").short == "2012"


def test_who_did_the_deed_to_the_asked_object(thirty_fourth_qa):
    """"Telafer raporunu kim açıkladı?" got the deputy who told what is of the report ("Raporun konut
    bölümünü hazırlayan müdür yardımcısı Selma Telaferli ise … açıkladı"), not the director "Raporu
    kamuoyuna açıklayan"; an active participle ("açıklayan") says the deed."""
    qa = thirty_fourth_qa
    assert qa.ask("Telafer raporunu kim açıkladı?").short == "Dr. Murat Telaferli"
    assert qa.ask("Raporu kim kamuoyuna açıkladı?").short == "Dr. Murat Telaferli"


def test_a_years_count_said_as_the_x_count_then(thirty_fourth_qa):
    """"2022'de Telafer'e kaç aile döndü/dönmüştü?" was refused as never said for 2022, though "Bir
    önceki yıl, yani 2022'de dönen aile sayısı 4.870 olmuştu" says it: a number before "olmuştu"
    counts the "aile sayısı" before it, and "döndü" (stemmed "dö") still asks of returning."""
    qa = thirty_fourth_qa
    assert qa.ask("2022'de Telafer'e kaç aile dönmüştü?").short == "4.870"
    assert qa.ask("2022'de Telafer'e kaç aile döndü?").short == "4.870"
    assert qa.ask("2023'te Telafer'e kaç aile döndü?").short == "6.240 aile"
    assert qa.ask("2021'de Telafer'e kaç aile döndü?").refused


STRANGER_35 = Path(__file__).parent / "stranger23"  # the thirty-fifth trial's eight articles


@pytest.fixture(scope="module")
def thirty_fifth_qa(tmp_path_factory, embedder):
    return archive_of_folder(tmp_path_factory, embedder, STRANGER_35)


def test_a_match_score_counts_no_one(thirty_fifth_qa):
    """"Süleymaniye'deki düğün festivaline kaç kişi katıldı?" got **78-71 yendi**, a basketball score
    from the sports hall's article, as a head count. The score still answers a score question."""
    qa = thirty_fifth_qa
    festival = qa.ask("Süleymaniye'deki düğün festivaline kaç kişi katıldı?")
    assert festival.refused and "78-71" not in festival.text, festival.text
    assert qa.ask("Açılış maçının skoru neydi?").short == "78-71"


def test_a_count_said_as_the_x_count_then(thirty_fifth_qa):
    """"Yenilemeden önce rafta kaç kitap vardı?" was refused though "raflardaki kitap sayısının
    yenilemeden önce 38 bin iken" says it: "iken" is no noun the figure counts."""
    books = thirty_fifth_qa.ask("Yenilemeden önce rafta kaç kitap vardı?")
    assert not books.refused and "38 bin" in books.text and books.short in (None, "38 bin"), books.text


def test_a_goal_is_no_count_of_what_was_done(thirty_fifth_qa):
    """"Sincar'da kaç aileye gıda kolisi verildi?" got **20 bin aile** from "kampanyanın gelecek yıl
    Sincar ve Zummar'ı da kapsayacak şekilde genişletileceğini, hedefin 20 bin aile olduğunu"."""
    qa = thirty_fifth_qa
    sincar = qa.ask("Sincar'da kaç aileye gıda kolisi verildi?")
    assert sincar.refused and "20 bin" not in sincar.text, sincar.text
    assert qa.ask("Kampanyanın gelecek yıl hedefi kaç aile?").short == "20 bin aile"


def test_an_opening_place_before_a_compound_no_article_pairs_it_with(thirty_fifth_qa):
    """"tuzhurmatu gunes santrali kac megavat" got Daquq's plant's 50 and 80 megawatts: the town before
    "güneş santrali" is a name the answering article never says."""
    qa = thirty_fifth_qa
    for question in ("tuzhurmatu gunes santrali kac megavat", "Tuzhurmatu güneş santrali kaç megavat?"):
        plant = qa.ask(question)
        assert plant.refused and "megavat" not in plant.text.split("İlgili")[0], plant.text
    assert "50 megavat" in qa.ask("Dakuk güneş santrali kaç megavat?").text


def test_an_office_asked_in_lower_case(thirty_fifth_qa):
    """"kerkuk trafik muduru kim" was refused though "Kerkük Trafik Müdürü Tuğgeneral Salam Cuburi"
    answers it as typed with capitals: lower case stems the owner word "trafik" to "traf", and the
    title's own "Trafik" read as another owner's name."""
    qa = thirty_fifth_qa
    for question in ("kerkuk trafik muduru kim", "Kerkük Trafik Müdürü kim?"):
        assert "Salam Cuburi" in (qa.ask(question).short or ""), question


def test_a_count_that_rose_to_a_figure(thirty_fifth_qa):
    """"Erbil'de kaç lisanslı sporcu var?" was refused though "Erbil'de lisanslı sporcu sayısının son
    beş yılda 7 binden 12 bine çıktığını" says it: "bine çıktığını" is no noun the figure counts."""
    sporting = thirty_fifth_qa.ask("Erbil'de kaç lisanslı sporcu var?")
    assert not sporting.refused and "12 bin" in sporting.text, sporting.text


def test_a_count_in_a_language_the_sentence_does_not_say(thirty_fifth_qa):
    """"kutuphanede kac tane kurtce kitap var" got every book's count ("raflardaki kitap sayısı … 52
    bine"); the article gives Kürtçe books no figure of their own. Türkmence books have one."""
    qa = thirty_fifth_qa
    kurdish = qa.ask("kutuphanede kac tane kurtce kitap var")
    assert kurdish.refused and "52 bin" not in kurdish.text and "Kürtçe" in kurdish.text, kurdish.text
    assert qa.ask("Kütüphaneye kaç Türkmence kitap eklendi?").short == "4 bin"


def test_no_body_holds_an_office(thirty_fifth_qa):
    """"azerbaycan tarim bakani kim" got **Kerkük Çiftçiler Birliği** from "Azerbaycan Tarım Bakanlığı
    ile Kerkük Çiftçiler Birliği arasında … anlaşması": a body holds no office; the article names no
    minister. The union's president is named."""
    qa = thirty_fifth_qa
    minister = qa.ask("azerbaycan tarim bakani kim")
    assert minister.refused and "Birliği**" not in minister.text, minister.text
    assert qa.ask("Kerkük Çiftçiler Birliği başkanı kim?").short == "Rıza Kadiroğlu"


def test_an_office_of_the_body_the_lead_names(thirty_fifth_qa):
    """"Şehit Fuad salonunun müdürü kim?" was refused though "Salonun müdürlüğüne … Rebin Celal atandı"
    in an article whose lead is "… Şehit Fuad Kapalı Spor Salonu, … hizmete girdi" (its title says
    only "Kapalı Spor Salonu"); a salon of another town is still not said."""
    qa = thirty_fifth_qa
    assert qa.ask("Şehit Fuad salonunun müdürü kim?").short == "Rebin Celal"
    assert qa.ask("Kerkük spor salonunun müdürü kim?").refused


STRANGER_36 = Path(__file__).parent / "stranger24"  # the thirty-sixth trial's eight articles, a PDF among them


@pytest.fixture(scope="module")
def thirty_sixth_qa(tmp_path_factory, embedder):
    return archive_of_folder(tmp_path_factory, embedder, STRANGER_36)


def test_of_names_each_with_its_figure_the_asked_ones(thirty_sixth_qa):
    """"Türkmen Adalet Cephesi 128 bin, Kerkük Arap İttifakı 97 bin, Demokratik Halk Hareketi ise 91 bin
    oy topladı": "Kerkük Arap İttifakı kaç oy topladı?" got the last figure, **91 bin oy**."""
    qa = thirty_sixth_qa
    assert qa.ask("Kerkük Arap İttifakı kaç oy topladı?").short == "97 bin"
    assert qa.ask("Türkmen Adalet Cephesi kaç oy topladı?").short == "128 bin"
    assert qa.ask("Demokratik Halk Hareketi kaç oy topladı?").short == "91 bin oy"


def test_of_two_clauses_the_figure_of_the_asked_deed(thirty_sixth_qa):
    """"Musul'daki gazetecilik programına kaç kişi seçildi?" got **180 kişi** from "Programa 180 kişi
    başvurdu ve bunlardan 45'i seçildi": the 45 "of them" are people too, and theirs is the deed."""
    qa = thirty_sixth_qa
    assert qa.ask("Musul'daki gazetecilik programına kaç kişi seçildi?").short == "45"
    assert qa.ask("Programa kaç kişi başvurdu?").short == "180 kişi"


def test_a_date_of_another_place_is_not_the_asked_ones(thirty_sixth_qa):
    """"Gence'deki gösteri hangi tarihte yapılacak?" got **11 Haziran** from "Bakü'de … 10 ve 11 Haziran
    akşamları iki gösteri yapılacak": a date question is of the place it names, as a figure's is."""
    qa = thirty_sixth_qa
    gence = qa.ask("Gence'deki gösteri hangi tarihte yapılacak?")
    assert gence.short and gence.short.startswith("15 Haziran"), gence.text


@pytest.mark.parametrize(("question", "sentence", "short"), [
    # one verb after a list of figures is every figure's, not the last one's
    ("Yıldız Gıda 2021'de kaç ton makarna üretti?",
     "Kerkük–Leylan yolu üzerindeki fabrikada 2021'de 42 bin ton makarna ve 11 bin 500 ton bisküvi üretildi.",
     "42 bin ton"),
    # a sentence's capital is no name each figure is said with
    ("birinciye ne kadar ödül verildi", "Birinciye 3 bin dolar, ikinciye 1.500 dolar, üçüncüye ise 800 dolar ödül verildi.",
     "3 bin dolar"),
    ("Ocak 2017'de Kerkük sahalarından santrallere ne kadar doğal gaz verildi?",
     "Ocakta 96 milyon metreküp, şubatta ise 88 milyon metreküp doğal gaz Kerkük ve Mulla Abdullah santrallerine "
     "gönderildi.", "96 milyon metreküp"),
    # the clause saying the deed counts other people than asked
    ("2019 Kerkük satranç turnuvasına kaç kadın oyuncu katıldı?",
     "Turnuvaya Kerkük, Tuzhurmatu, Erbil ve Bağdat'tan 64 sporcu katıldı; katılımcıların 11'i kadın sporculardan "
     "oluşuyordu.", "11 kadın"),
    ("Esnafa Destek kredisinde ilk turda kaç başvuru onaylandı?",
     "Toplam büyüklüğü 40 milyar dinar olan program için haziran ve temmuz aylarında 2.860 başvuru yapıldı, bunlardan "
     "1.134'ü onaylandı.", "1.134"),
    # "X ise" is the topic of its own figure, not a break before it; a qualifier saying more is another's
    ("Yüksek lisans öğrencilerine aylık ne kadar burs verilecek?",
     "Lisans öğrencilerine aylık 150.000 dinar, yüksek lisans öğrencilerine ise aylık 250.000 dinar burs verilecek.",
     "250.000 dinar"),
    ("Lisans öğrencilerine aylık ne kadar burs verilecek?",
     "Lisans öğrencilerine aylık 150.000 dinar, yüksek lisans öğrencilerine ise aylık 250.000 dinar burs verilecek.",
     "150.000 dinar"),
    # the noun a light verb makes the deed of tells the figures apart ("ihraç etti")
    ("Erbil bal kooperatifi kaç ton bal ihraç etti?",
     "Kooperatifin muhasebe sorumlusu Zeynep Koyuncu'ya göre, toplam hasadın 8 tonu Türkiye'ye ihraç edildi, 30 tonu "
     "Erbil ve Kerkük'teki pazarlarda satıldı, kalan kısım ise depolarda bekletiliyor.", "8 ton"),
    # "bunlardan 45'inin tamamen yıkıldığını": the part, its deed said by a verbal noun ("gördüğünü")
    ("selde kaç ev tamamen yıkıldı?",
     "Tuzhurmatu Kaymakamı Kerim Bayatlı, selde 320 evin hasar gördüğünü ve bunlardan 45'inin tamamen yıkıldığını "
     "açıkladı.", "45"),
    ("selde kaç ev hasar gördü?",
     "Tuzhurmatu Kaymakamı Kerim Bayatlı, selde 320 evin hasar gördüğünü ve bunlardan 45'inin tamamen yıkıldığını "
     "açıkladı.", "320 ev"),
    # what befell people, as news words it: the wounded are not the dead
    ("Tuzhurmatu selinde kaç kişi öldü?", "Selde bir kişi hayatını kaybetti, yedi kişi yaralandı.", None),
    ("Tuzhurmatu selinde kaç kişi yaralandı?", "Selde bir kişi hayatını kaybetti, yedi kişi yaralandı.", "yedi kişi"),
    ("Kazada kaç kişi öldü?", "Kazada 3 kişi hayatını kaybetti, 12 kişi yaralandı.", "3 kişi"),
    # "kaçı kız?": the part counted as girls
    ("Türkmen dili bölümü mezunlarının kaçı kız?", "Mezunların 31'i kız, 16'sı erkek öğrenci.", "31 kız"),
    # a figure the sentence corrects is not the answer
    ("Tiyatro festivalini kaç kişi izledi?",
     "Festival direktörü Orhan Kerküklü, festivalin ardından ilk açıklanan 6.500 izleyici rakamının son iki günün "
     "bilet satışlarını kapsamadığını, kesin izleyici sayısının 7.300 olduğunu bildirdi.", "7.300"),
    ("Festivale kaç topluluk katıldı?",
     "Kerküklü, festival programına son anda eklenen Erbil Gençlik Sahnesi ile birlikte festivale katılan topluluk "
     "sayısının 14 değil 15 olduğunu, sahnelenen oyun sayısının ise 22'ye çıktığını açıkladı.", "15"),
])
def test_the_figure_of_the_asked_deed_or_name_and_no_other(question, sentence, short):
    """Figures read by their own clause's deed or their own name, where each has one, and not
    otherwise (the eval sets' short answers these rules first got wrong)."""
    assert short_answer(Question.read(question), sentence) == short


@pytest.mark.parametrize(("question", "sentence", "other"), [
    ("Gence'deki gösteri hangi tarihte yapılacak?",
     "Bakü'de Reşid Behbudov adlı salonda 10 ve 11 Haziran akşamları iki gösteri yapılacak; salon 1.200 kişilik.",
     "Gence"),
    # a word of the asked place's own name is that place
    ("Güney İtalya'daki Norman toprağı ne zaman?",
     "Bunlardan biri Rainulf Drengot, 1030'da Napoli Dük'ü IV. Sergius'tan Güney'deki ilk Norman ayak basacak yeri "
     "olan Aversa ilçesini aldı.", None),
])
def test_another_place_than_asked(question, sentence, other):
    assert another_place(question, sentence) == other


STRANGER_37 = Path(__file__).parent / "stranger25"  # the thirty-seventh trial's articles: HTML, Markdown, a PDF


@pytest.fixture(scope="module")
def thirty_seventh_qa(tmp_path_factory, embedder):
    return archive_of_folder(tmp_path_factory, embedder, STRANGER_37)


def test_a_neighbouring_place_named_with_its_kind_is_another_place(thirty_seventh_qa):
    """"Kifri'deki kazıda kaç sikke bulundu?" got **40 sikke** from "Komşu Kelar ilçesinde ise … 40 sikke
    bulunduğu açıklanmıştı": "Kelar ilçesinde" names a place as "Kelar'da" does, and under a title
    naming Kifri it is still another place."""
    qa = thirty_seventh_qa
    kifri = qa.ask("Kifri'deki kazıda kaç sikke bulundu?")
    assert "40 sikke" not in kifri.text and not kifri.refused, kifri.text
    assert qa.ask("Kelar'daki kazıda kaç sikke bulundu?").short == "40 sikke"


def test_the_asked_stage_further_down_the_article(thirty_seventh_qa):
    """"Dakuk'ta ilk aşamada kaç kadına kredi verildi?" was refused ("en yakın bilgi ikinci aşama
    hakkında") though the article says "Ekim 2024'te yapılan ilk aşamada 40 kadına … kredi verildiğini"."""
    qa = thirty_seventh_qa
    assert qa.ask("Dakuk'ta ilk aşamada kaç kadına kredi verildi?").short == "40 kadına"
    third = qa.ask("Dakuk kredi programının üçüncü aşamasında kişi başı kredi tutarı ne kadar olacak?")
    assert third.short == "5 milyon dinar", third.text
    assert qa.ask("Dakuk'ta ikinci aşamada kaç kadına kredi verildi?").short == "65 kadına"


def test_a_name_before_its_own_noun_is_no_person(thirty_seventh_qa):
    """"Küçük Zap nehrinin akış hızı yüzde kaç düştü?" was refused as if "Küçük Zap" were a person the
    answering sentence's "Nahiye Müdürü Sabah Abbas Yıldırım" is not."""
    answer = thirty_seventh_qa.ask("Küçük Zap nehrinin akış hızı yüzde kaç düştü?")
    assert not answer.refused and "yüzde 63" in answer.text, answer.text


def test_a_persons_name_then_a_place_is_no_compound(thirty_seventh_qa):
    """"Vali Cemal Ali Şakir Altunköprü'yü ne zaman ziyaret etti?" was refused ("Arşivde Şakir Altunköprü
    hakkında bir habere rastlamadım"); the place the question names as visited is the visit's place."""
    qa = thirty_seventh_qa
    visit = qa.ask("Vali Cemal Ali Şakir Altunköprü'yü ne zaman ziyaret etti?")
    assert visit.short and visit.short.startswith("18 Temmuz"), visit.text
    elsewhere = qa.ask("Kerkük Valisi Cemal Ali Şakir Dibis'i ne zaman ziyaret etti?")  # he visited Altunköprü
    assert elsewhere.refused and "18 Temmuz" not in elsewhere.text, elsewhere.text


def test_a_month_before_a_noun_of_its_own_is_no_month(thirty_seventh_qa):
    """"yazlık sebze ekim alanı" is the sown area, not October: it was refused as "Altunköprü, Ekim ve
    ekim birlikte geçen bir haber"."""
    answer = thirty_seventh_qa.ask("Altunköprü'de yazlık sebze ekim alanı ne kadar geriledi?")
    assert not answer.refused and "900 dönüm" in answer.text, answer.text


@pytest.mark.parametrize(("question", "kept"), [
    ("Erbil'deki kardiyoloji merkezinde kaç yatak var?", "Kerkük'teki kardiyoloji merkezinde kaç yatak var?"),
    ("Erbil'de düzenlenen maratonu kim kazandı?", "Kerkük'te düzenlenen maratonu kim kazandı?"),
])
def test_a_place_the_article_only_passes_through_is_not_where_it_happened(tmp_path, embedder, question, kept):
    """An article about Kerkük naming Erbil only as where patients were sent or where a runner is
    from ("Erbil'e", "Erbil yolunda", "Erbilli") answers nothing about something in Erbil."""
    qa = archive_of(tmp_path, embedder, {
        "kardiyoloji.txt": "Kerkük'te kalp hastaları artık Erbil yolunda değil\n\nKerkük'te kalp hastalarına hizmet "
                           "verecek Kerkük Kardiyoloji Merkezi törenle açıldı. Kerkük Şehir Hastanesi'nin bahçesinde "
                           "inşa edilen merkez, 40 yatak ve iki anjiyo ünitesiyle hizmet verecek. Başhekim, geçen yıl "
                           "800 hastanın Erbil'e gönderildiğini hatırlattı.",
        "maraton.txt": "Kerkük Kale Maratonu'nda parkur rekoru kırıldı\n\nDördüncüsü düzenlenen Kerkük Kale "
                       "Maratonu'nda erkeklerde Ali Rıza Demirkol birinci oldu. Kadınlarda Erbilli Meryem Kuşçu "
                       "birinciliği elde etti.",
    })
    answer = qa.ask(question)
    assert answer.refused and "yalnızca geçerken" in answer.text, answer.text
    assert not qa.ask(kept).refused



def test_how_many_of_them_after_a_count(thirty_seventh_qa):
    """"kaçı kazandı?" after "… kaç kişi başvurdu?" was read as the first question re-asked
    ("… kaç kişi başvurdu kaçı kazandı?") and got **1.240 öğrenci**, the applicants; 180 of them won."""
    qa = thirty_seventh_qa
    first = qa.ask("Bağdat'taki Türkmen burs programına kaç kişi başvurdu?")
    history = [{"role": "user", "content": first.question}, reply_message(first)]
    assert qa.ask("kaçı kazandı?", history).short == "180"


def test_a_field_named_with_its_kind_is_another_place(thirty_seventh_qa):
    """"Bay Hasan sahasında gaz yakma ne zaman durdurulacak?" is not Baba Gurgur's deadline; the
    refusal names the field whole."""
    answer = thirty_seventh_qa.ask("Bay Hasan sahasında gaz yakma ne zaman durdurulacak?")
    assert answer.refused and "Bay Hasan için" in answer.text, answer.text
    assert thirty_seventh_qa.ask("Baba Gurgur sahasında gaz yakma ne zaman durdurulacak?").short == "2026"


def test_a_months_figure_from_a_report_naming_it_is_that_months(thirty_seventh_qa):
    """"Kasım 2024'te Kerkük'te PM2.5 ortalaması kaçtı?" got the January report's December figure
    ("Aralık 2024'te havadaki ince partikül …"), under "bu döneme değinen habere dayandım"."""
    qa = thirty_seventh_qa
    november = qa.ask("Kasım 2024'te Kerkük'te PM2.5 ortalaması kaçtı?")
    assert november.refused and "87 mikrogram" not in november.text, november.text
    assert "87 mikrogram" in qa.ask("Aralık 2024'te Kerkük'te PM2.5 ortalaması kaçtı?").text


PRIZES = ("En İyi Kadın Oyuncu ödülünü \"Kale Kapısı\"ndaki rolüyle Sevgi Kazancı, En İyi Erkek Oyuncu ödülünü ise "
          "Erbil Türkmen Sahnesi'nin \"Son Mektup\" oyunundaki rolüyle Yavuz Demirci aldı.")


@pytest.mark.parametrize(("question", "short"), [
    ("Tiyatro festivalinde En İyi Kadın Oyuncu ödülünü kim aldı?", "Sevgi Kazancı"),
    ("En iyi erkek oyuncu ödülünü kim aldı?", "Yavuz Demirci"),
    ("En iyi oyuncu ödülünü kim aldı?", None),  # both are: the sentence speaks for itself
])
def test_of_parallel_clauses_sharing_a_verb_the_asked_ones_person(question, short):
    """Each clause names its prize and its winner, one verb ending both: the question's own word
    ("Kadın") picks the clause, whose last name is its winner (not a play's title in quotes)."""
    assert short_answer(Question.read(question), PRIZES) == short


def test_a_title_in_quotes_is_no_one_who_did_it():
    """"… ödülünü kim aldı?" got **Altın Çınar**, the prize's name in quotes."""
    sentence = ("Festivalin en büyük ödülü olan \"Altın Çınar\" En İyi Oyun Ödülü'nü, Tuzhurmatu Halk Tiyatrosu'nun "
                "sahnelediği \"Kale Kapısı\" adlı oyun kazandı.")
    assert short_answer(Question.read("En İyi Oyun Ödülü'nü kim kazandı?"), sentence) != "Çınar"


def test_the_sentence_saying_the_asked_deed_of_a_light_verb(thirty_seventh_qa):
    """"Erbil bal kooperatifi kaç ton bal ihraç etti?" got the harvest's **46 ton** ("üyelerin bu yıl
    toplam 46 ton bal ürettiğini"); the export is "toplam hasadın 8 tonu Türkiye'ye ihraç edildi"."""
    assert thirty_seventh_qa.ask("Erbil bal kooperatifi kaç ton bal ihraç etti?").short == "8 ton"
    assert thirty_seventh_qa.ask("Erbil bal kooperatifi kaç ton bal üretti?").short == "46 ton"


STRANGER_38 = Path(__file__).parent / "stranger26"  # the thirty-eighth trial's articles: a saved page, Markdown


@pytest.fixture(scope="module")
def thirty_eighth_qa(tmp_path_factory, embedder):
    return archive_of_folder(tmp_path_factory, embedder, STRANGER_38)


def test_the_same_kind_of_another_towns_is_not_the_asked_ones(thirty_eighth_qa):
    """"Kerkük Üniversitesi Türkmen dili bölümü hangi yıl açıldı?" got **2023** from "Benzer bir bölüm,
    2023 yılında Erbil'deki Selahaddin Üniversitesi'nde de açılmıştı": another university's year."""
    answer = thirty_eighth_qa.ask("Kerkük Üniversitesi Türkmen dili bölümü hangi yıl açıldı?")
    assert "2023" not in (answer.short or "") and "Selahaddin" not in answer.text.split("İlgili olabilir")[0]


def test_a_river_is_no_firm_that_builds(thirty_eighth_qa):
    """"Arıtma tesisini hangi firma yapıyor?" got **Küçük Zap** ("… Küçük Zap nehrinden alınan suyu …")."""
    assert thirty_eighth_qa.ask("Arıtma tesisini hangi firma yapıyor?").short != "Küçük Zap"
    sentence = "Kentin güneyindeki Tisin bölgesinde kurulacak tesis, Küçük Zap nehrinden alınan suyu arıtacak."
    assert short_answer(Question.read("Arıtma tesisini hangi firma yapıyor?"), sentence) is None


def test_the_part_destroyed_of_the_houses_damaged(thirty_eighth_qa):
    """"selde kac ev tamamen yikildi" got **320 ev**, the houses damaged; 45 of them were destroyed."""
    assert thirty_eighth_qa.ask("selde kac ev tamamen yikildi").short == "45"


def test_the_wounded_are_not_the_dead(thirty_eighth_qa):
    """"Tuzhurmatu selinde kaç kişi öldü?" got **yedi kişi** from "Selde bir kişi hayatını kaybetti, yedi
    kişi yaralandı": the seven were wounded; "hayatını kaybetti" says the death."""
    answer = thirty_eighth_qa.ask("Tuzhurmatu selinde kaç kişi öldü?")
    assert answer.short != "yedi kişi" and "hayatını kaybetti" in answer.text, answer.text



def test_a_figure_asked_in_the_past_tense_of_a_measure_never_written(thirty_eighth_qa):
    """"Kalyon-Nasr'ın teknik puanı kaçtı?" got the bid's **412 milyon dolar**: the article never gives a
    technical score ("kaçtı" is "kaç" in the past, as "kaçtır" and "kaç" were already read)."""
    answer = thirty_eighth_qa.ask("Otoyol ihalesinde Kalyon-Nasr'ın teknik puanı kaçtı?")
    assert answer.refused and "412" not in answer.text.split("İlgili olabilir")[0]


def test_a_firm_named_for_another_object_is_not_the_asked_ones(thirty_eighth_qa):
    """"Altunköprü bağlantı yolunu hangi firma yapacak?" got **Çinli CRCC** from the motorway's bids;
    the article says the link road will be built, and by no firm. The motorway's tender is still won by
    the firm the ministry named, not the lowest bidder in the sentence of bids."""
    road = thirty_eighth_qa.ask("Altunköprü bağlantı yolunu hangi firma yapacak?")
    assert road.refused and "CRCC" not in road.text.split("İlgili olabilir")[0]
    assert thirty_eighth_qa.ask("İhaleyi hangi firma kazandı?").short == "Kalyon-Nasr Ortak Girişimi"


def test_a_sentence_opening_on_another_ones_surname_is_not_the_asked_persons(thirty_eighth_qa):
    """"Murat Salihi kaç gol attı?" got **iki gol** from "Beşiroğlu, son maçta da iki gol attı": news
    names a person by surname after the first mention, and the article introduces Ali Beşiroğlu."""
    answer = thirty_eighth_qa.ask("Kerkük Gençlerbirliği kaptanı Murat Salihi kaç gol attı?")
    assert answer.refused and "Murat Salihi" in answer.text
    assert another_by_surname("Murat Salihi kaç gol attı?", "Beşiroğlu, son maçta da iki gol attı.",
                               "Forvet Ali Beşiroğlu ligi 21 golle tamamladı.") == "Murat Salihi"
    # a firm's name is no person's: "Arslan Çimento Sanayi" stands in the article
    assert another_by_surname("Arslan Çimento'nun ciro hedefi ne kadar?",
                              "Neftçi, 620 milyar dinarlık hedefi açıkladı.",
                              "Arslan Çimento Sanayi Genel Müdürü Kemal Neftçi konuştu.") is None


def test_the_dative_place_asked_is_not_the_regions(thirty_eighth_qa):
    """"AFAD Amirli'ye ne kadar yardım gönderdi?" got **12 tır**, sent "bölgeye" (Tuzhurmatu); Amirli is
    named only for its damaged houses, and a sentence naming it must say what is asked to answer."""
    answer = thirty_eighth_qa.ask("AFAD Amirli'ye ne kadar yardım gönderdi?")
    assert answer.refused and "12 tır" not in answer.text.split("İlgili olabilir")[0]


def test_the_champion_is_who_won_not_the_champions_player_or_last_season(thirty_eighth_qa):
    """"Türkmeneli liginde şampiyon kim oldu?" got **Ali Kahya** ("Şampiyon takımın en golcü oyuncusu …"),
    then the coach quoted on "Bu şampiyonluk …", then the heading on last season's champion. The follow-ups
    ask the champion's points (the quoted sentence's, not the runner-up's 54) and last season's winner."""
    talk = []
    for question, expected in [("Türkmeneli liginde şampiyon kim oldu?", "Kerkük Gençlerbirliği"),
                               ("kaç puanla?", "58"), ("geçen sezon kimdi?", "Tuzhurmatu")]:
        answer = thirty_eighth_qa.ask(question, talk)
        assert expected in (answer.short or ""), (question, answer.text)
        talk += [{"role": "user", "content": question}, reply_message(answer)]
    # the season the article reports, asked by its years: not the heading on last season's
    season = thirty_eighth_qa.ask("Türkmeneli futbol liginde 2024-2025 sezonunun şampiyonu kim?")
    assert season.short == "Kerkük Gençlerbirliği", season.text
    assert not says_win("Şampiyon takımın en golcü oyuncusu ise 17 golle Ali Kahya oldu.")
    assert not says_win('Teknik direktör Nihat Bayraktar, "Bu şampiyonluk hepimizindir" dedi.')
    assert says_win("Kerkük Spor şampiyon oldu.") and says_win("Şampiyon takım Kerkük Spor oldu.")


def test_a_burial_is_where_it_lies_not_where_one_was_born(thirty_eighth_qa):
    """"peki nereye gömüldü?" after "Nurettin Kazancı nerede doğdu?" got the birth sentence again; the
    burial is "Musalla Mezarlığı'nda toprağa verildi", further down."""
    first = thirty_eighth_qa.ask("Nurettin Kazancı nerede doğdu?")
    talk = [{"role": "user", "content": "Nurettin Kazancı nerede doğdu?"}, reply_message(first)]
    answer = thirty_eighth_qa.ask("peki nereye gömüldü?", talk)
    assert "Musalla Mezarlığı" in answer.text and "doğdu" not in answer.text


STRANGER_39 = Path(__file__).parent / "stranger27"  # the thirty-ninth trial's articles: Markdown, a saved page, a PDF


@pytest.fixture(scope="module")
def thirty_ninth_qa(tmp_path_factory, embedder):
    return archive_of_folder(tmp_path_factory, embedder, STRANGER_39)


def test_a_figure_naming_its_category_is_part_of_the_question(thirty_ninth_qa):
    """"kızlar 12 yaş altı kategorisinde kim birinci oldu?" got the girls' under-16 winner; no girls' under-12
    category was played. The boys' under-12 winner is still found; "16 yaş altı" got the girls' winner."""
    girls = thirty_ninth_qa.ask("Satranç turnuvasında kızlar 12 yaş altı kategorisinde kim birinci oldu?")
    assert girls.refused and "Zeynep" not in girls.text.split("İlgili olabilir")[0]
    boys = thirty_ninth_qa.ask("Satranç turnuvasında 12 yaş altı kategorisinde kim birinci oldu?")
    assert boys.short == "Emir Salihi"
    # "16 yaş altı" asked with no "kızlar": not the girls' category, and of two clauses the one naming 16
    for question, winner in [("Satranç turnuvasında 16 yaş altı kategorisini kim kazandı?", "Ahmet Nazım Terzi"),
                             ("Satranç turnuvasında kızlar 16 yaş altı kategorisini kim kazandı?", "Zeynep Hüseyin")]:
        assert thirty_ninth_qa.ask(question).short == winner


@pytest.mark.parametrize(("question", "short"), [
    ("Demiryolu inşaatı döneminde kaç kişiye iş sağlanacak?", "18 bin kişi"),  # "inşaatı" stems apart from "inşaat"
    ("Kerkük Kalesi'nde kaç ev restore edilecek?", "28"),  # "bu evlerden 28'i restore edilecek; … diğer 14 ev için ise"
])
def test_the_figure_of_the_asked_clause(thirty_ninth_qa, question, short):
    """Two figures in one sentence, each in its own clause: the one whose clause says what is asked."""
    assert thirty_ninth_qa.ask(question).short == short


def test_who_opened_it_is_who_did_the_opening(thirty_ninth_qa):
    """"Diyaliz ünitesini kim açtı?" got the chief physician, who spoke at the ceremony; "Açılışı Kerkük
    Valisi … ile … Dr. Hani Musa el-Akabi birlikte yaptı" names both who opened it."""
    answer = thirty_ninth_qa.ask("Diyaliz ünitesini kim açtı?")
    assert "Cuburi" in answer.text and "el-Akabi" in answer.text and answer.short != "Dr. Leyla Nurettin Bayatlı"


def test_a_place_answered_is_no_one_a_possessive_points_at():
    """"onun hayatını anlatan filmde …" after "nereye defnedildi?" (**Musalla Mezarlığı**) was asked of the
    cemetery; the possessive points at the person the talk is about."""
    asked = [{"role": "user", "content": "Kadir Sarıbaşlı nereye defnedildi?"},
             {"role": "assistant", "content": "**Musalla Mezarlığı** — …", "short": "Musalla Mezarlığı"}]
    assert named_in_answer(asked) is None
    founder = [{"role": "user", "content": "Firmanın kurucusu kim?"},
               {"role": "assistant", "content": "**Nur Tekstil** — …", "short": "Nur Tekstil"}]
    assert named_in_answer(founder) == "Nur Tekstil"


def test_all_there_are_is_not_the_count_something_befell():
    """"Bakırcılar Çarşısı'nda toplam kaç dükkân bulunuyordu?" got the fire's **46 dükkân** ("… yangında 46
    dükkân tamamen yandı"): those the fire took, not all there were."""
    question = "Bakırcılar Çarşısı'nda toplam kaç dükkân bulunuyordu?"
    assert not qualifies_count(question, "Çarşıda çıkan yangında 46 dükkân tamamen yandı.")
    assert qualifies_count(question, "Çarşıda toplam 120 dükkân bulunuyordu.")
    assert qualifies_count("Yangında kaç dükkân yandı?", "Çarşıda çıkan yangında 46 dükkân tamamen yandı.")


def test_a_birth_is_said_as_coming_to_the_world():
    """"nerede doğdu?" is said "… Daquq'ta dünyaya gelen Dakuklu"; a sentence saying another event of a
    life (a ceremony in Erbil) is no birthplace."""
    question = "Şair Rıza Çolakoğlu nerede doğmuştu?"
    assert not life_event_unsaid(question, "1923 yılında Altunköprü'de dünyaya gelen Çolakoğlu, öğretmenlik yaptı.")
    assert life_event_unsaid(question, "Çolakoğlu, 2 Nisan Pazar günü Erbil'de düzenlenen bir törenle anıldı.")


def test_names_inside_someones_words_are_not_who_or_which():
    """"Demiryolu projesini hangi bakanlar açıkladı?" got **Uraloğlu, Kalkınma Yolu, Kerkük ve Avrupa**:
    all but the minister were names inside his quoted words."""
    sentence = ('Bakan Uraloğlu, "Bu hat, Kalkınma Yolu projesinin kuzey koluna bağlanacak ve Kerkük\'ü '
                'Avrupa\'ya demiryoluyla bağlayacak" dedi.')
    assert short_answer(Question.read("Demiryolu projesini hangi bakanlar açıkladı?"), sentence) == "Uraloğlu"


@pytest.mark.parametrize("question", ["Tuzhurmatu kaymakamı ne zaman göreve başladı?",
                                      "Altunköprü belediye başkanı kaç tanker istedi?"])
def test_an_office_holders_date_or_figure_from_an_article_naming_no_such_office(thirty_ninth_qa, question):
    """"Tuzhurmatu kaymakamı ne zaman göreve başladı?" got **2027**, the year new units open; "Altunköprü
    belediye başkanı kaç tanker istedi?" the district's **25 tanker**: neither article names such an office."""
    answer = thirty_ninth_qa.ask(question)
    assert answer.refused and answer.short is None, answer.text


@pytest.mark.parametrize(("question", "sentence", "short"), [
    ("Kerkük ile Ovaköy arası trenle kaç saat sürecek?",
     "Kerkük ile Ovaköy arasındaki yolculuk süresinin 3 saat 10 dakikaya inmesi bekleniyor.", "3 saat 10 dakika"),
    ("Proje kaç yıl sürdü?", "Proje 2 yıl 6 ay sürdü.", "2 yıl 6 ay"),
    ("Proje kaç gün sürdü?", "Proje 18 ay sürdü.", None),  # another unit is no answer
])
def test_a_duration_in_two_units_is_one_answer(question, sentence, short):
    """"kaç saat sürecek?" got **3 saat** of "3 saat 10 dakikaya": a duration written in two units is one."""
    assert short_answer(Question.read(question), sentence) == short


def test_a_body_named_by_its_kind_is_the_one_just_named(thirty_ninth_qa):
    """"Tuzhurmatu Satranç Kulübü'nün kaç lisanslı oyuncusu var?" got **200**, a quoted wish for next year:
    "… Tuzhurmatu Satranç Kulübü'nün kurucusu. Kulüp 2019'da 12 üyeyle kurulmuştu, bugün 85 lisanslı
    oyuncusu bulunuyor" was taken for another body's, though the sentence before names the asked club."""
    answer = thirty_ninth_qa.ask("Tuzhurmatu Satranç Kulübü'nün kaç lisanslı oyuncusu var?")
    assert "85" in (answer.short or "") and "200" not in answer.text, answer.text


STRANGER_40 = Path(__file__).parent / "stranger28"  # the fortieth trial's articles: Markdown, a saved page


@pytest.fixture(scope="module")
def fortieth_qa(tmp_path_factory, embedder):
    return archive_of_folder(tmp_path_factory, embedder, STRANGER_40)


@pytest.mark.parametrize(("question", "short"), [
    ("Kadınlar kategorisini kim kazandı?", "Hatice Nalbant"),  # not the seniors' winner, Abbas Demirci
    ("Hoyrat yarışmasında çocuklar kategorisinde birinci kim?", None),  # no such category
    ("Kadınlar kategorisinde ikinci kim oldu?", None),  # the women's second is not named
    ("Kooperatifin atölyesi nerede?", "Tuzhurmatu"),  # not "… 2027 yılında İstanbul'da … açmayı planlıyor"
])
def test_the_category_or_the_thing_whose_place_is_asked(fortieth_qa, question, short):
    """A category the question names, or the thing whose place it asks, is said by the answer."""
    answer = fortieth_qa.ask(question)
    assert answer.short == short and answer.refused == (short is None), answer.text


@pytest.mark.parametrize("question", ["Kerkük belediyesinin 2026 bütçesi ne kadar?", "Kerkük valisi kaç yaşında?"])
def test_an_owner_the_answering_article_never_speaks_of(fortieth_qa, question):
    """"Kerkük belediyesinin 2026 bütçesi" got the contest's **18 milyon dinar** prize budget, from an article
    that never names a municipality; "Kerkük valisi kaç yaşında?" a singer's **58 yaşındaki**."""
    answer = fortieth_qa.ask(question)
    assert answer.refused and answer.short is None, answer.text
    assert fortieth_qa.ask("Tuzhurmatu belediyesinin 2026 bütçesi ne kadar?").short == "42 milyar dinar"


def test_where_one_is_from_is_no_ones_name():
    """"gençler kategorisinde birinci kim" got **Altunköprülü**, where the winner is from."""
    sentence = "Gençler kategorisinde birinci, Altunköprülü 19 yaşındaki Sinan Kazancı oldu."
    assert short_answer(Question.read("gençler kategorisinde birinci kim"), sentence) == "Sinan Kazancı"


def test_last_years_figure_in_a_follow_up_said_in_other_words(fortieth_qa):
    """"ya gecen yil?" after the fair's visitors was refused ("bunu 2025 yılı için söylemiyor"), though the
    same article says "Geçen yılki fuarda ziyaretçi sayısı 142 bin olmuştu": the asked "gezdi" is said
    "ziyaret", so that sentence says what is asked."""
    asked = "Erbil kitap fuarini kac kisi gezdi"
    first = fortieth_qa.ask(asked)
    follow = fortieth_qa.ask("ya gecen yil?", [{"role": "user", "content": asked}, reply_message(first)])
    assert not follow.refused and "142 bin" in (follow.short or ""), follow.text


def test_a_name_the_question_holds_is_said_by_the_figure(thirty_ninth_qa):
    """"Müzik arşivi projesine TİKA kaç dolar verdi?" got the project's whole cost (185 bin dolar); the
    next sentence gives TİKA's share. "Kale restorasyonuna UNESCO kaç dolar verdi?" got the 2018 repair's
    1,2 milyon dolar; the budget's sentence gives UNESCO's 3 milyon."""
    tika = thirty_ninth_qa.ask("Müzik arşivi projesine TİKA kaç dolar verdi?")
    assert tika.short == "120 bin dolar", tika.text
    assert thirty_ninth_qa.ask("Kale restorasyonuna UNESCO kaç dolar verdi?").short == "3 milyon dolar"


def test_an_opening_word_is_matched_by_its_stem_not_by_a_shorter_word(thirty_ninth_qa):
    """"Müzik arşivi projesine Irak Kültür Bakanlığı kaç dolar verdi?" got the citadel's budget line: "müzik"
    was matched in the citadel article's "müze" (its root "müzi" less a letter). The ministry funds the
    citadel, not the music archive."""
    mixed = thirty_ninth_qa.ask("Müzik arşivi projesine Irak Kültür Bakanlığı kaç dolar verdi?")
    assert mixed.refused and "11 milyon" not in mixed.text, mixed.text
    citadel = thirty_ninth_qa.ask("Kale restorasyonuna Irak Kültür Bakanlığı kaç dolar verdi?")
    assert not citadel.refused and "11 milyon doları" in citadel.text, citadel.text


def test_an_article_saying_neither_word_of_the_asked_thing(fortieth_qa):
    """"Musul kitap fuarını kaç kişi ziyaret etti?" got a stadium's capacity (**8 bin kişi**) from the
    football club's article, which names Musul but no book and no fair; the fair's article is Erbil's."""
    mosul = fortieth_qa.ask("Musul kitap fuarını kaç kişi ziyaret etti?")
    assert mosul.refused and mosul.short is None, mosul.text
    assert "Musul kitap fuarı" in mosul.text
    assert fortieth_qa.ask("Erbil kitap fuarını kaç kişi ziyaret etti?").short == "186 bin kişi"


@pytest.mark.parametrize(("question", "short"), [
    ("Altunköprü'de kaç göz ameliyatı yapıldı?", "430 ameliyat"),  # not "6 göz cerrahı"
    ("Telafer Spor geçen sezon kaç penaltı golü attı?", None),  # the article counts no penalties
])
def test_a_compound_counts_its_head_of_the_kind_asked(fortieth_qa, question, short):
    """"kaç göz ameliyatı" counts operations, not eyes: it got "6 göz cerrahı" (surgeons). The operations'
    kind must be one the answering article speaks of."""
    answer = fortieth_qa.ask(question)
    assert answer.short == short and answer.refused == (short is None), answer.text


@pytest.mark.parametrize(("question", "counted"), [
    ("Kaç su deposu kuruldu?", "depo"), ("Kaç göz ameliyatı yapıldı?", "ameliyat"),
    ("Kaç işçi işini kaybetti?", "işçi"),  # an accusative is no compound's head
    ("Kaç kız öğrenci var?", "kız"), ("Kaç kişi katıldı?", "kişi"),  # "-ci" and a verb are none either
    ("Kaç takım kupayı kazandı?", "takım"), ("Kaç maç kaybetti geçen sezon?", "maç"),  # an object, a verb
    ("Futbol ligi kaç gol attı bir önceki yıl?", "gol"),  # a follow-up read with its period after the verb
    ("Üreticiler kaç tane stant açmıştı acaba?", "stant"),  # a closing particle after the verb
])
def test_the_counted_thing_of_a_compound(question, counted):
    assert Question.read(question).counted == counted


def test_kacinci_is_answered_by_an_ordinal(fortieth_qa):
    """"Telafer Spor geçen sezonu kaçıncı bitirdi?" got **üç sıra** from the bonus clause ("ligi ilk üç
    sırada bitirmesi halinde"); the season's place is "7. sırada"."""
    assert fortieth_qa.ask("Telafer Spor geçen sezonu kaçıncı bitirdi?").short == "7. sıra"
    bonus = "Kulüp Başkanı, ligi ilk üç sırada bitirmesi halinde ise 40 bin dolar prim verileceğini açıkladı."
    assert short_answer(Question.read("Telafer Spor geçen sezonu kaçıncı bitirdi?"), bonus) is None
    twelfth = "Festival bu yıl 12'nci kez düzenlendi."
    assert short_answer(Question.read("Festival kaçıncı kez düzenlendi?"), twelfth) == "12"


def test_a_clubs_hoca_is_its_teknik_direktor(fortieth_qa):
    """"Telafer Spor'un yeni hocası kim?" was refused ("hocanın kim olduğunu söylemiyor"): news calls a club's
    coach "teknik direktör". "yeni antrenörü kim?" got the goalkeepers' coach ("kaleci antrenörü Abdullah
    Salih"), an office of its own, and before that the assistant ("yardımcı antrenör Emre Yalçınkaya")."""
    for question in ("Telafer Spor'un yeni hocası kim?", "Telafer Spor'un yeni antrenörü kim?"):
        assert fortieth_qa.ask(question).short == "Murat Yalçınkaya", question
    assert fortieth_qa.ask("Kaleci hocası kim?").short == "Abdullah Salih"
    assert fortieth_qa.ask("Telafer Spor'un yardımcı antrenörü kim?").short == "Emre Yalçınkaya"


def test_an_office_holders_date_names_the_office_or_its_holder(thirty_ninth_qa):
    """"Kerkük valisi hangi yıl göreve başladı?" got the citadel project's start (3 Şubat 2026); the article
    names the governor only where he sets a target for 2029."""
    answer = thirty_ninth_qa.ask("Kerkük valisi hangi yıl göreve başladı?")
    assert answer.refused and answer.short is None, answer.text
    target = thirty_ninth_qa.ask("Kerkük valisi kalenin ne zaman açılmasını hedefliyor?")
    assert target.short == "2029"


def test_a_plan_listed_for_a_year_is_not_done():
    """"Telafer irtibat bürosu ne zaman hizmete girdi?" got **2025** from "… bir irtibat bürosu açılmasının
    2025 yılı planları arasında bulunduğunu açıkladı": a plan, not an opening."""
    asked = Question.read("Bankanın Telafer irtibat bürosu ne zaman hizmete girdi?")
    assert announces_only(asked, "Genel Müdür, Telafer'de bir irtibat bürosu açılmasının 2025 yılı planları "
                                 "arasında bulunduğunu açıkladı.")
    # a plan named in passing, of a deed done, is none
    done = "Belediyenin planları arasında yer alan sistem Mart 2024'te kuruldu."
    assert not announces_only(Question.read("Sistem ne zaman kuruldu?"), done)


STRANGER_41 = Path(__file__).parent / "stranger29"  # the 41st trial's articles (the 29th folder): .md, a page, a PDF


@pytest.fixture(scope="module")
def forty_first_qa(tmp_path_factory, embedder):
    return archive_of_folder(tmp_path_factory, embedder, STRANGER_41)


@pytest.mark.parametrize(("question", "short"), [
    ("Öykü ödülünü kim kazandı", "Ahmet Kürkçü"),  # "Öykü dalındaki ödülü ise … yazar Ahmet Kürkçü aldı"
    ("Fuzuli ödülünü kim aldı?", "Zeynep Saatçi"),  # "… Ödülü'nün şiir dalındaki bu yılki sahibi … oldu"
    ("Fuzuli ödülünün çocuk kitapları dalını kim kazandı?", None),  # a branch only planned: not the poetry winner
])
def test_a_prize_taken_or_owned_is_won(forty_first_qa, question, short):
    """The first two were refused ("kimin kazandığını söylemiyor"), though the title says the prize was
    given; the branch the question names must be the one said."""
    answer = forty_first_qa.ask(question)
    assert answer.short == short and answer.refused == (short is None), answer.text


@pytest.mark.parametrize(("question", "short"), [
    ("Telafer Gençlik Kulübü'nün yardımcı antrenörü kim?", "Rıza Köprülü"),  # refused: "yardımcı" read as the office
    ("Telaferli güreşçilerin hocası kim?", "Kenan Abbas"),  # the "baş antrenör"
    ("Kerkük Türkmeneli Kulübü'nün antrenörü kim?", None),  # got Telafer Gençlik Kulübü'nün baş antrenörü
    ("Telafer kulübünün antrenörü kim?", "Kenan Abbas"),  # refused: "baş" was read as another owner
])
def test_a_coach_of_the_named_club_in_any_words(forty_first_qa, question, short):
    answer = forty_first_qa.ask(question)
    assert answer.short == short and answer.refused == (short is None), answer.text


@pytest.mark.parametrize(("question", "short"), [
    ("Türkmen bölgelerine bütçeden yüzde kaç pay verildi?", "yüzde 14"),  # not the 18 demanded
    ("Kerkük bütçesinin yüzde kaçı eğitime ayrıldı?", "yüzde 22"),  # not health's 18
    ("Bütçenin yüzde kaçı sağlığa ayrıldı?", "yüzde 18"),
    ("Kaç üye ret oyu verdi?", "4 üye"),  # not the 15 who voted
    ("Kerkük'te kaç hız kamerası kuruldu?", "14 hız kamerası"),  # not the 20 to be installed in 2026
])
def test_the_figure_of_the_asked_item(forty_first_qa, question, short):
    """The bold was another figure of the right sentence: a demand for the share given, health's share for
    education's, the 15 voting members for the 4 against, a plan for the cameras installed."""
    assert forty_first_qa.ask(question).short == short


def test_a_span_of_years_counts_nothing():
    """"2025-2026 akademik yılında" was shown as a count of students; a range of people still counts."""
    sentence = "Bölüm, 2025-2026 akademik yılında ilk öğrencilerini kabul etti."
    assert short_answer(Question.read("Bölüme kaç öğrenci alındı?"), sentence) is None
    assert short_answer(Question.read("Törene kaç kişi katıldı?"), "Törene 1800-2000 kişi katıldı.") == "1800-2000 kişi"


def test_a_demand_is_not_what_was_given():
    """"… yüzde 18 pay ayrılmasını istiyordu; ancak … yüzde 14": the share given is 14, the one asked for 18;
    a figure done "on demand" is no demand."""
    sentence = ("Türkmenler bölgelerine yüzde 18 pay ayrılmasını istiyordu; ancak bütçede bu oran yüzde 14 olarak "
                "belirlendi.")
    assert short_answer(Question.read("Türkmen bölgelerine yüzde kaç pay verildi?"), sentence) == "yüzde 14"
    assert short_answer(Question.read("Türkmenler yüzde kaç pay istiyordu?"), sentence) == "yüzde 18 pay"
    extra = "Yoğun talep üzerine 50 ek sefer düzenlendi; günlük sefer sayısı 200'e çıktı."
    assert short_answer(Question.read("Kaç ek sefer düzenlendi?"), extra) == "50 ek"


def test_a_building_begun_and_finished_is_dated_by_its_finish():
    """A start beside the completion said otherwise ("kullanıma sunuldu") dates the completion."""
    sentence = "İnşaatına 2020 yılında başlanan köprü, 15 Mart 2023 tarihinde kullanıma sunuldu."
    assert not dates_start_only("Köprü ne zaman hizmete girdi?", Question.read("Köprü ne zaman hizmete girdi?"),
                                sentence)


@pytest.mark.parametrize(("question", "short"), [
    ("Ağsu Kanalı ne zaman açıldı?", None),  # got the foundation's day: it opens in May 2027, if as planned
    ("Kerkük'teki 200 yataklı hastane ne zaman açıldı?", None),  # got 2027, its construction's planned start
    ("Ağsu Kanalı'nın temeli ne zaman atıldı?", "13 Temmuz 2026"),
])
def test_a_start_of_building_dates_no_opening(forty_first_qa, question, short):
    answer = forty_first_qa.ask(question)
    assert answer.short == short and answer.refused == (short is None), answer.text


def test_a_rank_said_in_a_case_is_the_asked_one():
    """"At yarışında birinciye ne kadar ödül verildi?" (the 42nd stranger's) was refused ("birinci olanı
    söylemiyor") over "Birinciye 15 milyon dinar, ikinciye 8 milyon dinar, …": a rank in the dative says it."""
    sentence = "Birinciye 15 milyon dinar, ikinciye 8 milyon dinar, üçüncüye ise 5 milyon dinar ödül verildi."
    assert not another_rank("At yarışında birinciye ne kadar ödül verildi?", sentence)
    assert another_rank("At yarışında dördüncüye ne kadar ödül verildi?", sentence)


def test_a_mayor_titled_at_the_sentences_start_is_of_that_place():
    """"Amirli belediye başkanı kim?" got Tuzhurmatu's mayor (the 42nd stranger's): a sentence's first word
    was never read as a name, even before a title ("Tuzhurmatu Belediye Başkanı Ahmet Abbas Terzi, …")."""
    asked = Question.read("Amirli belediye başkanı kim?")
    assert not holds_office(asked, "Tuzhurmatu Belediye Başkanı Ahmet Abbas Terzi, köprünün 26 ay sürdüğünü söyledi.")
    assert holds_office(asked, "Amirli Belediye Başkanı Hüseyin Ali Yurtsever de törene katıldı.")
    assert holds_office(Question.read("Belediye başkanı kim?"), "Yeni Belediye Başkanı Ali Veli göreve başladı.")


def test_a_plans_date_is_not_when_it_was_done():
    """"ikinci otobüs ne zaman yola çıktı?" got **2026** from "… ikinci bir otobüsün 2026 yılında … hizmete
    girmesinin planlandığını açıkladı" (the 42nd stranger's screenshot); a date a storm was expected on still
    dates the storm."""
    asked = Question.read("İkinci otobüs ne zaman yola çıktı?")
    plan = "Kültür Müdürü, ikinci bir otobüsün 2026 yılında hizmete girmesinin planlandığını açıkladı."
    assert announces_only(asked, plan)
    storm = "Meteoroloji, fırtınanın salı günü etkili olmasının beklendiğini açıkladı."
    assert not announces_only(Question.read("Fırtına ne zaman etkili oldu?"), storm)


@pytest.mark.parametrize(("question", "short"), [
    ("Kanal hangi köylere su götürecek?", "Yengice, Bastamlı ve Kara Ali"),  # got **Aksu Çayı**, the water's river
    ("Fuzuli ödül töreni nerede yapıldı?", "Türkmeneli Kültür Merkezi"),  # got "… ikinci Fuzuli ödülü", no place
])
def test_the_place_of_the_asked_kind_and_deed(forty_first_qa, question, short):
    """A village is named with its kind ("Yengice … köylerinin"); a sentence naming no place gives way to one
    of the article that does and says as much of the question (the 41st stranger's)."""
    assert forty_first_qa.ask(question).short == short


@pytest.mark.parametrize(("question", "short"), [
    ("2025 yılında Kerkük'te trafik kazalarında kaç kişi öldü?", "87 kişi"),  # got 101, the year before's
    ("2024'te Kerkük'te trafik kazalarında kaç kişi öldü?", "101 kişi"),  # refused: no article of 2024
    ("2024 yılında Kerkük'te kaç trafik kazası oldu?", "455 kaza"),
    ("2025'te Kerkük'te kaç trafik kazası oldu?", "412 trafik kazası"),
    ("2023'te Kerkük'te kaç trafik kazası oldu?", None),
    ("2024'te Kerkük'te trafik kazalarında kaç kişi yaralandı?", None),  # the year before's dead are no injured
    ("2025'te trafik kazalarında kaç kişi yaralandı?", "960 kişi"),
])
def test_a_report_on_last_year_gives_its_year_and_the_one_before(forty_first_qa, question, short):
    """A report dated 19 January 2026 and titled "Kerkük'te 2025 yılında trafik kazalarında 87 kişi hayatını
    kaybetti" speaks of 2025 in its sentences naming no year, and of 2024 in "Bir önceki yıl 455 kaza olmuş,
    101 kişi ölmüştü"; "bir önceki yıl" counts back from the year reported on, not from the article's date."""
    answer = forty_first_qa.ask(question)
    assert answer.short == short and answer.refused == (short is None), answer.text


def test_last_year_asked_is_the_reported_year(forty_first_qa, embedder):
    """"Kerkük'te geçen yıl trafik kazalarında kaç kişi öldü?" asked in 2026 was refused ("bunu 2025 yılı için
    söylemiyor; en yakın bilgi 2026 yılına ait") over the report whose title says 2025."""
    from rag.qa import ArchiveQA

    settings = forty_first_qa.settings.model_copy(update={"today": date(2026, 12, 5)})
    answer = ArchiveQA(settings, embedder=embedder).ask("Kerkük'te geçen yıl trafik kazalarında kaç kişi öldü?")
    assert answer.short == "87 kişi", answer.text


STRANGER_42 = Path(__file__).parent / "stranger30"  # the 42nd trial's articles: .md, a page, a PDF


@pytest.fixture(scope="module")
def forty_second_qa(tmp_path_factory, embedder):
    return archive_of_folder(tmp_path_factory, embedder, STRANGER_42)


@pytest.mark.parametrize(("question", "short"), [
    ("2025'te Telafer'de kaç okulda deprem tatbikatı yapıldı?", "42 okulda"),  # got "11 okulun testi tamamlandı"
    ("Telafer'de kaç okulda deprem tatbikatı yapıldı?", "42 okulda"),
])
def test_a_count_is_of_the_asked_deed(forty_second_qa, question, short):
    """A year in the question brought the article's tail first, whose "Şimdiye kadar 11 okulun testi
    tamamlandı" counts schools but says no drill; the sentence saying the deed and more of the question answers."""
    assert forty_second_qa.ask(question).short == short


def test_a_season_is_the_one_its_title_names_or_the_one_before():
    """"2022-2023 sezonunun şampiyonu" got the 2021-2022 champion, from an article titled with that season whose
    sentences name none; "Bir önceki sezonun şampiyonu" there is 2020-2021's."""
    title, published = "Gençlik Futbol Ligi'nde 2021-2022 şampiyonu Altunköprü Gençlerbirliği", "2022-06-06"
    won = "Şampiyonluğu 51 puan toplayan Altunköprü Gençlerbirliği kazandı."
    before = "Bir önceki sezonun şampiyonu Kerkük Kalespor ise bu yıl 38 puanla dördüncü sırada kaldı."
    assert another_year("2022-2023 sezonunun şampiyonu kim?", won, published, title) == ("2022-2023", "2021-2022")
    assert another_year("2021-2022 sezonunun şampiyonu kim?", won, published, title) is None
    assert another_year("2021-2022 sezonunun şampiyonu kim?", before, published, title) == ("2021-2022", "2020-2021")
    assert another_year("2020-2021 sezonunun şampiyonu kim?", before, published, title) is None


def test_a_sum_asked_is_bold_as_a_sum():
    """"ne kadar kredi alabiliyor" got **dört arasın** from "Bir ile dört arasında çalışanı olan mikro işletmeler
    en fazla 25 milyon dinar, …": a figure of another measure is not the asked sum."""
    sentence = ("Bir ile dört arasında çalışanı olan mikro işletmeler en fazla 25 milyon dinar, 5 ile 19 arasında "
                "çalışanı olan küçük işletmeler en fazla 75 milyon dinar kredi alabiliyor.")
    asked = Question.read("Esnaf kredisinde mikro işletmeler en fazla ne kadar kredi alabiliyor?")
    assert short_answer(asked, sentence) == "25 milyon dinar"


STRANGER_43 = Path(__file__).parent / "stranger31"  # the 43rd trial's articles: .md, a page, a PDF


@pytest.fixture(scope="module")
def forty_third_qa(tmp_path_factory, embedder):
    return archive_of_folder(tmp_path_factory, embedder, STRANGER_43)


@pytest.mark.parametrize(("question", "missing", "short"), [
    # Dakuk's article is a choir's; the co-op's second branch opens in Altunköprü (its date was the answer)
    ("fırın kooperatifinin Dakuk şubesi ne zaman açılacak?", "Dakuk", None),
    ("Altunköprü'deki yeni su deposu ne zaman açıldı?", None, "19 Ağustos 2025"),
    ("Telafer kaymakamı kim?", None, "Abdülal Kasım"),
])
def test_a_name_spoken_of_on_another_topic_answers_nothing(forty_third_qa, question, missing, short):
    answer = forty_third_qa.ask(question)
    assert answer.short == short and answer.refused == (short is None), answer.text
    if missing:
        assert answer.text.startswith(f"Arşivdeki ilgili haberler {missing} için bunu söylemiyor"), answer.text


@pytest.mark.parametrize("question", ["Bereket kooperatifinin 2025 net kârı ne kadar?",
                                      "bereket kooperatifinin 2025 net kari ne kadar"])
def test_a_word_with_a_circumflex_is_matched_inflected(forty_third_qa, question):
    """"net kârı" never matched the article's "net kâr" (the stemmer left "kârı" whole), so the year's
    turnover, "2025'te toplam 212 milyon dinar ciro", was the answer; typed "net kari" it read "kâri"."""
    assert forty_third_qa.ask(question).short == "38 milyon dinar"


def test_an_approximate_figure_and_an_age_group_are_read_as_said():
    """"600 civarında kişi" was bold as **600 civarın**; "18 yaş altı" is under eighteen, not six."""
    assert short_answer(Question.read("Konseri kaç kişi izledi?"),
                        "Organizatörlere göre konseri toplam 600 civarında kişi takip etti.") == "600 civarında kişi"
    sentence = "Turnuva 12 yaş altı, 18 yaş altı ve açık kategori olmak üzere üç kategoride oynandı."
    assert short_answer(Question.read("Turnuva kaç kategoride oynandı?"), sentence).startswith("üç kategori")
    ranged = "Tabloların fiyatları boyutlarına göre 4 bin ile 28 bin TL arasında değişti."
    assert short_answer(Question.read("Tabloların fiyatları ne kadardı?"), ranged) is None  # a range: no one end


def test_the_figure_of_the_named_owner():
    """The 43rd stranger's: "Nurcan Erbilli'nin kaç fotoğrafı" got the last photographer's 16."""
    shown = ("Kerküklü fotoğrafçı Kenan Tuzlu'nun 26, Erbilli fotoğrafçı Nurcan Erbilli'nin 22 ve Beşirli genç "
             "fotoğrafçı Ahmet Yaşar'ın 16 fotoğrafı sergileniyor.")
    assert short_answer(Question.read("Nurcan Erbilli'nin kaç fotoğrafı sergileniyor?"), shown) == "22 fotoğrafı"
    assert short_answer(Question.read("Ahmet Yaşar'ın kaç fotoğrafı sergileniyor?"), shown) == "16 fotoğrafı"


@pytest.mark.parametrize(("question", "short"), [
    ("18 yaş altı kategorisini kim kazandı", "Zeynep Hadi"),  # got **İsviçre**, of "İsviçre sistemiyle"
    ("18 yaş altı birincisine kaç dinar ödül verildi?", "500 bin dinar"),  # got the under-twelves' 250 bin
    ("Tuzhurmatu kampanyasında kaç ünite kan toplandı", "356 ünite"),  # got the hospital's monthly need, 220
    ("kan bağışı kampanyasının hedefi kaç üniteydi", "400 ünite"),  # got the 356 collected ("hedefi" was no count)
    ("Musul'daki arıcılık kursuna kaç kişi katıldı?", "45 kursiyer"),  # got the 38 "kişi" who were certified
])
def test_the_asked_category_and_the_headline_figure(forty_third_qa, question, short):
    """A winner is one the sentence says won, in the category asked; of a list of prizes, the one after
    the asked category's words, its age included; of the article's counts of the asked unit, the one its
    title repeats."""
    assert forty_third_qa.ask(question).short == short


@pytest.mark.parametrize(("question", "short"), [
    ("Bereket kooperatifi reklama ne kadar harcadı?", None),  # no advertising anywhere in the archive
    ("Dernek satranç malzemelerine ne kadar harcadı?", "6 milyon 200 bin dinar"),  # a sum, though no noun says so
])
def test_what_was_spent_on_must_be_named(forty_third_qa, question, short):
    """"Yıldız Gıda 2021'de reklama ne kadar harcadı?" (a devset-like near miss) got the year's 640 staff, then a
    pasta price: "harcadı" asks a sum, and a thing the archive never names had none spent on it."""
    answer = forty_third_qa.ask(question)
    assert answer.short == short and answer.refused == (short is None), answer.text
    if short is None:
        assert answer.text.startswith("Arşivde reklam hakkında"), answer.text


def test_a_place_asked_after_an_office_is_the_offices_place():
    """"ya Telafer'de?" after "Tuzhurmatu kaymakamı kim?" was read "Telafer'de Tuzhurmatu kaymakamı kim?" and
    refused (the 43rd stranger's); the place before an office is whose office it is."""
    def asked(question: str) -> list:
        return [{"role": "user", "content": question}, {"role": "assistant", "content": "**Şelal Abdül** — … [1]."}]

    assert condense_by_rule("ya Telafer'de?", asked("Tuzhurmatu kaymakamı kim?"), 3) == "Telafer kaymakamı kim?"
    assert condense_by_rule("peki Tuzhurmatu'da?", asked("Dakuk belediye başkanı kim?"), 3) == \
        "Tuzhurmatu belediye başkanı kim?"
    assert condense_by_rule("peki Telafer'de?", asked("katılım ne kadardı?"), 3) == "Telafer'de katılım ne kadardı?"


STRANGER_44 = Path(__file__).parent / "stranger32"  # the 44th trial's articles: .md, a page, a PDF


@pytest.fixture(scope="module")
def forty_fourth_qa(tmp_path_factory, embedder):
    return archive_of_folder(tmp_path_factory, embedder, STRANGER_44)


@pytest.mark.parametrize(("question", "short"), [
    ("Maratonda erkeklerde kim birinci oldu?", "Ahmet Salih Bezzaz"),  # got the women's winner, Zeynep Demirci
    ("Maratonda kadınlarda kim birinci oldu?", "Zeynep Demirci"),
    ("Maratona Erbil'den kaç koşucu katıldı?", "40 koşucu"),  # got Musul's 25
    ("Sandıklar saat kaçta kapandı?", "17.00"),  # got 16.00, when they were to close
])
def test_the_asked_group_place_and_hour(forty_fourth_qa, question, short):
    """The 44th stranger's: a group competing apart ("erkeklerde") is a category the sentence must say; in a
    list of figures each after a place ("Erbil'den 40, Musul'dan 25 koşucu"), the asked place's; an hour
    a deed was planned for ("16.00'da sona ermesi planlanıyordu, ancak … 17.00'de kapandı") is not when it
    was done."""
    assert forty_fourth_qa.ask(question).short == short


def test_a_name_on_its_topic_worded_otherwise_is_answered(tmp_path, embedder):
    """A reviewer's find: Kerkük's article says "nar şenliği", Dakuk's "nar festivali"; one word said otherwise
    is no other topic ("Kerkük'te nar festivaline kaç kişi katıldı?" was refused, "Kerkük için bunu söylemiyor")."""
    qa = archive_of(tmp_path, embedder, {
        "kerkuk.txt": "Kerkük'te nar şenliği yapıldı\n3 Ekim 2025\n\nKerkük'teki nar şenliğine 12 bin kişi katıldı. "
                      "Şenlikte yerel üreticiler ürünlerini sergiledi.\n",
        "dakuk.txt": "Dakuk'ta nar festivali\n10 Ekim 2025\n\nDakuk'taki nar festivaline 8 bin kişi katıldı. "
                     "Festivalde en iri nar yarışması da yapıldı.\n"})
    assert qa.ask("Kerkük'te nar festivaline kaç kişi katıldı?").short == "12 bin kişi"


def test_review_mends_of_the_years_of_a_report():
    """A reviewer's finds: "bir önceki yıla göre" compares, it gives no figure of the year before; a title naming
    the asked year speaks for a report dated the year before (a budget passed in December); a title's
    background year is no report's year for a later one asked."""
    title, published = "Kerkük'te 2025 yılında trafik kazalarında 87 kişi hayatını kaybetti", "2026-01-19"
    compared = "Kaza sayısı bir önceki yıla göre yüzde 9 azalarak 412'ye düştü."
    assert another_year("2025'te Kerkük'te kaç trafik kazası oldu?", compared, published, title) is None
    assert another_year("2024'te Kerkük'te kaç trafik kazası oldu?", compared, published, title) is not None
    budget = "Kabul edilen bütçe toplam 18,6 milyar Irak dinarı oldu."
    assert another_year("Tuzhurmatu Belediyesinin 2024 bütçesi ne kadar?", budget, "2023-12-20",
                        "Tuzhurmatu Belediyesi 2024 bütçesini kabul etti") is None
    reopened = "Fabrika 300 işçiyle yeniden üretime başladı."
    assert another_year("Çimento fabrikası 2025'te kaç işçiyle yeniden açıldı?", reopened, "2025-03-10",
                        "2024'te kapanan çimento fabrikası yeniden açıldı") is None


def test_review_mends_of_the_asked_thing():
    """A reviewer's finds, each once wrong: an office written with capitals ("Kerkük Belediye Başkanı") is moved to
    the follow-up's place whole; a village may be named bare; "gençlerde" is a group competing only where a win
    or a rank is asked; time spent is no sum; an hour's plan is read in its own clause; a word with a
    circumflex keeps it where the stem hardens a consonant; a figure naming the thing counts only as an age
    group for a count asked."""
    def asked(question: str) -> list:
        return [{"role": "user", "content": question}, {"role": "assistant", "content": "… [1]."}]

    assert condense_by_rule("ya Telafer'de?", asked("Kerkük Belediye Başkanı kim?"), 3) == "Telafer Belediye Başkanı kim?"
    assert short_answer(Question.read("Festival hangi köyde yapıldı?"), "Festival bu yıl Yengice'de yapıldı.") == "Yengice"
    assert named_part_unsaid("Kerkük'te gençlerde işsizlik oranı yüzde kaç?", "İşsizlik oranı yüzde 35.") is None
    assert named_part_unsaid("Maratonda erkeklerde kim birinci oldu?", "Kadınlarda ise Zeynep birinci oldu.")
    assert Question.read("Sürücüler trafikte ne kadar zaman harcadı?").measure != "para"
    assert Question.read("Belediye yollara ne kadar harcadı?").measure == "para"
    assert short_answer(Question.read("Sandıklar saat kaçta kapandı?"),
                        "Sandıklar saat 17.00'de kapandı ve sonuç bekleniyor.") == "17.00"
    assert stem("kâtibi") == stem("kâtip") == "kâtip"
    festival = "Üç günlük nar festivaline 40 bin kişi katıldı."
    assert counted_phrase_unsaid("3 günlük nar festivaline kaç kişi katıldı?", festival, festival, True) is None
    # an ownset9 question the group rule refused: "ilk sırada yer aldı" is first place
    assert not another_rank("Kadınlarda kim birinci oldu?", "Kadınlarda ise Dilan Neftçi ilk sırada yer aldı.")


def test_an_article_counting_the_asked_unit_is_on_the_topic(own_set_qa):
    """"kaç yatak kapasitesine sahip?" was refused ("Kerkük Dostluk Hastanesi için bunu söylemiyor"): the
    hospital's article says "250 yataklı" but neither "kapasite" nor "sahip", which another hospital's does."""
    assert own_set_qa.ask("Kerkük Dostluk Hastanesi kaç yatak kapasitesine sahip?").short == "250 yataklı"


@pytest.fixture(scope="module")
def plans_and_posts_qa(tmp_path_factory, embedder):
    """Short reports: a park and flights only planned or talked of; a governor and a mayor named with their own
    towns in articles that name other towns too; a prize's second year; a rector of one university."""
    return archive_of(tmp_path_factory.mktemp("plans"), embedder, {
        "park.txt": "Tuzhurmatu'da Şamahı Parkı'nın temeli atıldı\n28 Eylül 2021\n\n"
                    "Tuzhurmatu'da Azerbaycan'ın Şamahı kentinin adını taşıyacak parkın temeli dün atıldı. "
                    "Belediye Başkanı Rıza Yüzbaşı, parkın gelecek yıl yaz aylarında açılmasını hedeflediklerini "
                    "belirtti. Parkta 400 ağaç dikilecek.\n",
        "heyet.txt": "Azerbaycanlı iş insanları Erbil'de\n6 Haziran 2022\n\n"
                     "Azerbaycan'dan gelen 40 kişilik ticaret heyeti Erbil'de temaslarda bulundu. "
                     "Erbil'deki toplantılarda Bakü ile Erbil arasında doğrudan uçak seferlerinin başlatılması "
                     "gündeme geldi. Heyet ayrıca tarım fuarını gezdi.\n",
        "kalp.txt": "Kerkük'te kalp hastaları artık Erbil yolunda değil\n5 Mart 2024\n\n"
                    "Kerkük Kardiyoloji Merkezi törenle açıldı. Açılışta kurdeleyi Kerkük Valisi Mahir Ubeydi kesti. "
                    "Geçen yıl 800 hasta tedavi için Erbil'e gönderilmişti. Vali Ubeydi, merkezin ikinci aşamasında "
                    "bir çocuk kardiyolojisi bölümü açılacağını duyurdu. Törende Telafer'den gelen hastalar da vardı. "
                    "Törene Kerkük Belediye Başkanı Sinan Terzibaşı da katıldı.\n",
        "odul.txt": "Altın Kalem Şiir Ödülü Zeynep Kayacı'nın\n9 Aralık 2020\n\n"
                    "Irak Türkmen Kültür Vakfı'nın bu yıl ikincisini düzenlediği Altın Kalem Şiir Ödülü, Kerküklü şair "
                    "Zeynep Kayacı'nın oldu. 1988 yılında Kerkük'te dünyaya gelen şair, ödülünü vakfın salonunda "
                    "aldı. Ödülle birlikte 2 milyon dinar verildi.\n",
        "rektor.txt": "Erbil Kale Üniversitesi Türkoloji Bölümü ilk mezunlarını verdi\n20 Haziran 2023\n\n"
                      "Erbil Kale Üniversitesi Türkoloji Bölümü ilk mezunlarını verdi. Törende konuşan Rektör "
                      "Prof. Dr. "
                      "Kamuran Sarıkahya, bölümün dört yılda 140 öğrenciye ulaştığını söyledi. Bölüm, Bakü'deki bir "
                      "Azerbaycan üniversitesiyle öğrenci değişim programı yürütüyor.\n"})


@pytest.mark.parametrize("question", [
    "Tuzhurmatu'daki Şamahı Parkı hangi gün açıldı?",
    "Bakü ile Erbil arasındaki doğrudan uçuşlar hangi tarihte başladı?",
])
def test_a_deed_only_aimed_at_or_talked_of_is_not_dated_as_done(plans_and_posts_qa, question):
    """ownset8/9 near misses were answered with the plan: "… açılmasını hedeflediklerini belirtti", "… seferlerinin
    başlatılması gündeme geldi" date a goal and a talk, not an opening or a start."""
    assert plans_and_posts_qa.ask(question).refused


def test_a_deed_planned_is_still_when_it_is_to_come(plans_and_posts_qa):
    answer = plans_and_posts_qa.ask("Şamahı Parkı ne zaman açılacak?")
    assert not answer.refused and "gelecek yıl yaz aylarında" in answer.text


@pytest.mark.parametrize("question, missing", [
    ("Erbil valisi kim?", "Erbil valisinin kim olduğunu"),
    ("Erbil valisinin adı ne?", "Erbil valisinin kim olduğunu"),
    ("Telafer belediye başkanının adı ne?", "Telafer belediye başkanının kim olduğunu"),
    # (a name ending like a participle, "Azerbaycan", is the owner's place all the same)
    ("Değişim programındaki Azerbaycan üniversitesinin rektörü kim?",
     "Azerbaycan üniversitesinin rektörünün kim olduğunu"),
])
def test_a_post_of_another_town_is_not_the_asked_one(plans_and_posts_qa, question, missing):
    """Asked Erbil's governor, "Vali Ubeydi, …" was the answer: the article names him "Kerkük Valisi" (and Erbil
    elsewhere); "… belediye başkanının adı ne?" got Kerkük's mayor. A place's post is asked as "kim" is, and
    the refusal names the post as asked."""
    answer = plans_and_posts_qa.ask(question)
    assert answer.refused and missing in answer.text


@pytest.mark.parametrize("question, name", [
    ("Kerkük valisinin adı ne?", "Ubeydi"),
    ("Kerkük belediye başkanının adı ne?", "Sinan Terzibaşı"),
    ("Erbil Kale Üniversitesi'nin rektörü kim?", "Kamuran Sarıkahya"),
])
def test_a_post_of_the_asked_town_is_named(plans_and_posts_qa, question, name):
    """The name of the asked town's post is its holder's, in bold; the mayor's further down than the governor's."""
    assert name in (plans_and_posts_qa.ask(question).short or "")


def test_a_prize_given_for_the_second_time_does_not_answer_the_first(plans_and_posts_qa):
    """An ownset8 near miss: "… ilk kez verildiğinde kazanan kimdi?" got the winner of the prize "bu yıl ikincisini
    düzenlediği"; and "kim kazandı?" was refused though the prize "… Kayacı'nın oldu"."""
    first = plans_and_posts_qa.ask("Altın Kalem Şiir Ödülü ilk kez verildiğinde kazanan kimdi?")
    assert first.refused and "ikinci" in first.text
    assert plans_and_posts_qa.ask("Altın Kalem Şiir Ödülü'nü kim kazandı?").short == "Zeynep Kayacı"


STRANGER_45 = Path(__file__).parent / "stranger33"  # the 45th stranger's articles (a PDF and a saved page among them)


@pytest.fixture(scope="module")
def forty_fifth_qa(tmp_path_factory, embedder):
    return archive_of_folder(tmp_path_factory, embedder, STRANGER_45)


@pytest.mark.parametrize(("question", "short"), [
    # a count per day is no count of the whole: got "520 çocuğun" and "790 çocuğun" ("günde ortalama …")
    ("Tuzhurmatu'daki kızamık kampanyasında kaç çocuk aşılandı?", "9 bin 200 çocuğa"),
    ("Tuzhurmatu'da kaç çocuk aşılandı?", "9 bin 200 çocuğa"),
    # the asked phase, not "iki etapta toplam 696 ev"; the planned figure is not the one delivered
    ("Telafer'de ikinci etapta kaç ev teslim edildi?", "386 ev"),
    ("Telafer'de ikinci etapta kaç evin onarılması planlanmıştı?", "450 evin onarılması"),
    ("Telafer'de üçüncü etap ne zaman başlayacak?", "Eylül 2024"),
    # a head named with the asked owner ("Kazı başkanı …") is not another's for the person's second post
    ("Gavurkale kazısının başkanı kim?", "Prof. Dr. Hasan Kifrili"),
])
def test_forty_fifth_strangers_answers(forty_fifth_qa, question, short):
    assert forty_fifth_qa.ask(question).short == short


@pytest.mark.parametrize(("question", "missing"), [
    ("Telafer'de üçüncü etapta kaç ev teslim edildi?", "üçüncü etap için"),  # got the total, 696
    ("Telafer'de dördüncü etap ne zaman başlayacak?", "dördüncü etap için bunu"),  # got the third's, Eylül 2024
    ("Dakuk'ta salatalığın kilosu kaç dinara satılıyor?", "salatalık için bunu"),  # got a day's wage, 20 bin dinar
    ("Tazehurmatu sağlık merkezinin başhekimi kim?", "kim olduğunu"),  # got Amirli's, Dr. Zeynep Tuzlu
    ("Kerkük'teki Türkmence yaz okulunun koordinatörü kim?", "kim olduğunu"),  # got Erbil's, Aynur Demirci
])
def test_forty_fifth_strangers_near_misses(forty_fifth_qa, question, missing):
    answer = forty_fifth_qa.ask(question)
    assert answer.refused and missing in answer.text


def test_a_follow_up_naming_another_phase_asks_of_it(forty_fifth_qa):
    """"ya birinci etapta?" after "… ikinci etapta …" was read as "… ikinci etapta … birinci etapta?" and
    answered with the second phase's sentence."""
    history = [{"role": "user", "content": "Telafer'de ikinci etapta kaç ev teslim edildi?"},
               {"role": "assistant", "content": "**386 ev** — … [1]."}]
    answer = forty_fifth_qa.ask("ya birinci etapta?", history)
    assert answer.short == "310 ev" and "ikinci" not in (answer.standalone_question or "")


def test_a_rate_asked_in_other_words_is_answered_by_a_rate():
    """An eval's find once counts per day gave way to counts of the whole: "dönüm başına ne kadar" and "her ay ne
    kadar" ask a rate, as "günde" does, and "dönüm başına 75 bin dinar" answers them."""
    from rag.answer.span import counts_no_whole

    per_acre = "İl yönetimi, çiftçilere dönüm başına 75 bin dinar tazminat ödenmesi için başvurdu."
    assert not counts_no_whole(Question.read("Çiftçiler için dönüm başına ne kadar tazminat istendi?"), per_acre)
    monthly = "Üniversite her öğrenciye ayda 250 dolar harçlık verecek."
    assert not counts_no_whole(Question.read("Öğrencilere her ay ne kadar harçlık ödenecek?"), monthly)
    daily = "İlk haftada günde ortalama 520 çocuğun, ikinci haftada ise günde ortalama 790 çocuğun aşılandığı söylendi."
    assert counts_no_whole(Question.read("Kampanyada kaç çocuk aşılandı?"), daily)


def test_an_amount_changed_is_not_a_price_asked(forty_fifth_qa):
    """"su tüketimini ne kadar azalttı?" was refused as "Arşivde tüketimin hakkında bir habere rastlamadım": an
    accusative before "ne kadar" was read as a thing whose price is asked ("simidi ne kadara satıyor")."""
    answer = forty_fifth_qa.ask("Damla sulama seralarda su tüketimini ne kadar azalttı?")
    assert not answer.refused and "yüzde 40" in (answer.short or "")


def test_review_mends_of_posts_plans_and_phases(plans_and_posts_qa):
    """A reviewer's finds in this round's rules, each once wrong: a relative clause of a goal or a plan ("hedefledikleri
    10 bin kişinin üzerinde, 14 bin kişi katıldı") and a talk after a deed done report the deed; a coming event is not
    dated by a past one; a question word, a participle or a people before an office is no place; a runner-up is no
    edition; "ortalama" alone is no rate; a plan as a modifier asks no goal; "40 turist" counts no tours; the holder
    of another town's post is not named for the asked one."""
    from rag.answer.span import (
        announces_only, counts_editions, counts_no_whole, editions_numbered, speaks_of_coming,
    )

    came = "Düzenleyiciler, hedefledikleri 10 bin kişinin üzerinde, 14 bin kişinin festivale katıldığını açıkladı."
    assert not announces_only(Question.read("Mutfak Festivali'ne kaç kişi katıldı?"), came)
    met = "Heyet Kerkük Valisi Mahir Ubeydi ile görüştü; görüşmede ortak yatırımların yapılması gündeme geldi."
    assert not announces_only(Question.read("Azerbaycan heyeti kimle görüştü?"), met)
    assert not speaks_of_coming("İlçeye 12 Ocak 2025'te iki ambulans teslim edildi.")
    for question in ("Hangi vali görevden alındı?", "Atanan vali kim?", "Vekil vali kim?",
                     "Türkmen okulunun müdürü kim?"):
        assert Question.read(question).office_place is None, question
    assert Question.read("Bakü büyükelçisi kim?").office_place == "bakü"
    assert Question.read("Kerkük'teki Türkmen okulunun müdürü kim?").office_place == "kerkük"
    assert not editions_numbered((2, "ödül"), "Yarışmanın ikincisi olan Ayşe Demir ödülünü aldı.")
    roughly = "Fuara bu yıl ortalama 6 bin kişi katıldı."
    assert not counts_no_whole(Question.read("Fuara kaç kişi katıldı?"), roughly)
    assert not Question.read("Telafer'de planlanan konut projesinde kaç ev teslim edildi?").goal
    assert Question.read("Telafer'de ikinci etapta kaç ev planlanmıştı?").goal
    assert not counts_editions((1, "tur"), "Fuara 40 turist geldi.")
    assert plans_and_posts_qa.ask("Telafer valisinin adı ne?").refused


def test_a_year_asked_is_answered_by_the_next_years_last_year(forty_fifth_qa):
    """"2024'te Tuzhurmatu'da kaç kızamık vakası görüldü?" was refused ("2024 yılına ait bir haber bulamadım"): the
    November 2025 report says "Geçen yıl ilçede 37 kızamık vakası görülmüştü", in a passage the search had not
    put first. The sentence itself must say it: a later report's own figures are no answer for the year."""
    answer = forty_fifth_qa.ask("2024'te Tuzhurmatu'da kaç kızamık vakası görüldü?")
    assert answer.short == "37 kızamık vakası" and "daha sonraki bir haberin" in (answer.notice or "")
    assert forty_fifth_qa.ask("2023'te Tuzhurmatu'da kaç kızamık vakası görüldü?").refused


STRANGER_46 = Path(__file__).parent / "stranger34"  # the 46th stranger's articles (a PDF and a saved page among them)


@pytest.fixture(scope="module")
def forty_sixth_qa(tmp_path_factory, embedder):
    return archive_of_folder(tmp_path_factory, embedder, STRANGER_46)


def test_forty_sixth_strangers_posts_and_places(forty_sixth_qa):
    """The 46th stranger's finds: "Kifri huzurevinin müdürü kim?" got "Kerkük'teki huzurevinin müdürü Cevdet
    Avcı"; "Altunköprü belediye başkanı kim?" got **Yardımcısı** from "düzenleme kurulu başkanı ve … Belediye Başkan
    Yardımcısı"; the Kerkük course's certificates got "Vakfın Erbil'de açtığı benzer kursta ise … 150 kişi"."""
    assert forty_sixth_qa.ask("Kifri huzurevinin müdürü kim?").short == "Hatice Demirkapı"
    assert forty_sixth_qa.ask("Kerkük huzurevinin müdürü kim?").short == "Cevdet Avcı"
    mayor = forty_sixth_qa.ask("Altunköprü belediye başkanı kim?")
    assert mayor.refused and "Altunköprü belediye başkanının kim olduğunu" in mayor.text
    assert "Erbil" not in forty_sixth_qa.ask("Kerkük'teki okuma yazma kursundan kaç kişi sertifika aldı?").text


def test_an_office_named_with_the_questions_own_words_is_the_asked_one():
    """A replay's find: once a lower-case word before the owner was passed over to reach the place ("Kerkük'te
    kütüphaneler şube müdürü"), "Kütüphaneler Şube Müdürü Leyla Nurettin" read as another owner's office, its
    capitalised words being the question's own."""
    from rag.answer.span import anothers_office

    asked = Question.read("Kerkük'te kütüphaneler şube müdürü kim?")
    assert not anothers_office(asked, "Projeyi yürüten Kütüphaneler Şube Müdürü Leyla Nurettin konuştu.")
    assert anothers_office(asked, "Projeyi yürüten Erbil Kütüphaneler Şube Müdürü Ali Kaya konuştu.")
    education = "Kerkük İl Eğitim Müdürü Mahmut Hürmüzlü konuştu."  # (the asked place among the question's words)
    assert not anothers_office(Question.read("Kerkük il eğitim müdürü kim"), education)
    assert anothers_office(Question.read("Telafer il eğitim müdürü kim"), education)


def test_a_persons_deputy_is_no_post_of_a_place(forty_second_qa):
    """A replay's find: "onun yardımcısının adı ne?" after "Kır Ceylan'ın antrenörü kim?" (read "İbrahim Salman'ın
    yardımcısının adı ne?") was asked as a post's holder and refused; the trainer's words name his assistant."""
    history = [{"role": "user", "content": "Kır Ceylan'ın antrenörü kim?"},
               {"role": "assistant", "content": "**İbrahim Salman** — Kır Ceylan'ın antrenörü İbrahim Salman … [1]."}]
    answer = forty_second_qa.ask("onun yardımcısının adı ne?", history)
    assert not answer.refused and "Ömer Tahir" in answer.text


def test_forty_sixth_strangers_counts_of_stages_units_and_deaths(forty_sixth_qa):
    """The 46th stranger's remaining finds: "kaç kişi sertifika aldı" got the 560 who enrolled ("… 560 kişi
    kaydoldu; bunların 420'si … sertifika almaya hak kazandı"), Erbil's enrolment got its 150 certificates, "Kifri
    huzurevi kaç yataklı?" the 60 beds of "Kerkük Huzurevi'nde", the siege's dead the ceremony's 2.500, the council's
    past contribution its plan for next year, and two posts named "Kamp Başkanı", "Vakıf Müdürü" were refused."""
    assert forty_sixth_qa.ask("Kerkük'teki okuma yazma kursundan kaç kişi sertifika aldı?").short == "420"
    assert forty_sixth_qa.ask("Okuma yazma kursuna kaç kişi kaydoldu?").short == "560 kişi"
    enrolled = forty_sixth_qa.ask("Erbil'deki okuma-yazma kursuna kaç kişi kaydoldu?")
    assert enrolled.refused and "150" not in enrolled.text
    assert forty_sixth_qa.ask("Erbil'deki okuma-yazma kursunda kaç kişi sertifika aldı?").short == "150 kişi"
    assert forty_sixth_qa.ask("Kifri huzurevi kaç yataklı?").short == "40 yatak"
    assert forty_sixth_qa.ask("Kerkük huzurevinde kaç yaşlı kalıyor?").short == "57 yaşlı"
    assert "57" not in forty_sixth_qa.ask("Kifri huzurevinde kaç yaşlı kalıyor?").text
    assert forty_sixth_qa.ask("Amirli kuşatmasında kaç kişi hayatını kaybetti?").refused
    assert forty_sixth_qa.ask("Kerkük İl Meclisi okuma yazma kursuna kaç dinar katkı yaptı?").short == "25 milyon dinar"
    assert forty_sixth_qa.ask("Türkmen izcileri yaz kampının başkanı kim?").short == "Murat Ersoy Erbilli"
    assert forty_sixth_qa.ask("Türkmeneli Eğitim Vakfı'nın müdürü kim?").short == "Doç. Dr. Nermin Aydın Salihi"


def test_a_subheading_is_never_quoted_as_the_answer(forty_sixth_qa):
    """"peki o kamp nerede yapılmıştı?" after the scout camp's figures got **Kerkük** — "Gelecek yıl Kerkük'te", the
    markdown subheading over next year's plan, quoted as a sentence; the sentence giving last year's camp is there."""
    history = [{"role": "user", "content": "Erbil'deki izci kampına kaç izci katıldı?"},
               {"role": "assistant", "content": "**380 izci** — Kampa 12 ile 17 yaş arasındaki 380 izci katıldı [1]."},
               {"role": "user", "content": "geçen yıl kaçtı?"},
               {"role": "assistant", "content": "**260 izci** — Geçen yıl Süleymaniye'de yapılan 4. kampa ise 260 izci "
                                                "katılmıştı [1]."}]
    answer = forty_sixth_qa.ask("peki o kamp nerede yapılmıştı?", history)
    assert "Gelecek yıl Kerkük'te [" not in answer.text and answer.short == "Süleymaniye"


def test_a_body_is_no_place_and_a_reported_plan_is_asked_as_one():
    """Readings the 46th stranger's finds turned on: a body's name before a post is its owner, which a title
    names by its head ("Vakıf Müdürü"), no place; "… kaç saate çıkarılacağını söyledi?" asks what was said to
    come, whatever the verb of saying; "kaç yaşlı" counts the elderly, "kaç kişi hayatını kaybetti" the dead."""
    assert Question.read("Türkmeneli Eğitim Vakfı'nın müdürü kim?").office_place == "vakıf"
    assert Question.read("Bütçe ve Plan Komisyonu'nun başkanı kim?").office_place == "komisyon"
    assert Question.read("Suyun günde kaç saate çıkarılacağını söyledi?").tense is Tense.FUTURE
    assert Question.read("Suyun günde kaç saat verildiğini söyledi?").tense is Tense.PAST
    elderly = Question.read("Huzurevinde kaç yaşlı kalıyor?")
    assert elderly.measure is None and elderly.counted == "yaşlı"
    assert Question.read("Kazada kaç kişi hayatını kaybetti?").deed == "öl"


STRANGER_47 = Path(__file__).parent / "stranger35"  # the 47th stranger's articles (a PDF and a saved page among them)


@pytest.fixture(scope="module")
def forty_seventh_qa(tmp_path_factory, embedder):
    return archive_of_folder(tmp_path_factory, embedder, STRANGER_47)


def test_forty_seventh_strangers_wholes_and_shares(forty_seventh_qa):
    """The 47th stranger's finds on sums and counts said together: "kaç mezar taşı onarıldı?" got the 160 still
    waiting ("420 tarihi mezar taşından 260'ı … onarıldı; kalan 160 taşın …"), the kindergarten's cost a private
    school's "ayda 75 bin dinar", the ministry's share of a budget nothing, the Japanese loan's share the whole."""
    assert forty_seventh_qa.ask("Amirli mezarlığında kaç mezar taşı onarıldı?").short == "260 taş"
    assert forty_seventh_qa.ask("Amirli mezarlığında toplam kaç tarihi mezar taşı var?").short == "420 taş"
    kindergarten = forty_seventh_qa.ask("Altunköprü'deki anaokulunun yapımı kaça mal oldu?")
    assert kindergarten.short == "1 milyar 200 milyon dinar"
    assert forty_seventh_qa.ask("Şifa Vakfı anaokulu için ne kadar para verdi?").short == "700 milyon dinar"
    assert forty_seventh_qa.ask("Kültür Bakanlığı festivale ne kadar katkı verdi?").short == "60 milyon dinar"
    assert forty_seventh_qa.ask("Japon kredisinden ne kadar para geldi?").short == "6 milyar dinar"
    transformer = forty_seventh_qa.ask("Tuzhurmatu trafo merkezi projesinin toplam maliyeti ne kadar?")
    assert transformer.short == "21 milyar dinar"
    assert forty_seventh_qa.ask("Ayadiye nahiyesinde kaç koli dağıtıldı?").short == "1.100"
    assert forty_seventh_qa.ask("Dakuk'a kaç ambulans bağışlandı?").short == "üç ambulans"


def test_forty_seventh_strangers_rates_prices_and_names(forty_seventh_qa):
    """A rate asked is answered by one ("günde kaç hayvan": not the campaign's 1.550), a price by whom it is for
    (children are not among "yetişkinler için 5 bin dinar, öğrenciler için 2 bin 500 dinar"), a value the
    article says was not told by that sentence (not "71 yaşındaki"), "kaçıncı kez" by no day of the month,
    and "Bir Ramazan kolisi" names no person."""
    assert forty_seventh_qa.ask("Kifri aşı kampanyasında günde kaç hayvan aşılandı?").short == "110 hayvan"
    assert forty_seventh_qa.ask("Telafer'de günde kaç koli dağıtıldı?").short == "150 koli"
    assert forty_seventh_qa.ask("Tiyatro festivalinde öğrenci bileti ne kadar?").short == "2 bin 500 dinar"
    children = forty_seventh_qa.ask("Kerkük Tiyatro Festivali'nde çocuklar için bilet ne kadar?")
    assert children.refused and "çocuklar için" in children.text
    untold = forty_seventh_qa.ask("Hat kursu malzemelerinin toplam değeri ne kadar?")
    assert untold.refused and "toplam değerini açıklamadı" in untold.text and untold.sources
    assert forty_seventh_qa.ask("Telafer'deki gıda yardımı kampanyası kaçıncı kez yapıldı?").short == "dördüncü kez"
    assert forty_seventh_qa.ask("Bir Ramazan kolisi kaç kilogram?").short == "25 kilogram"
    assert forty_seventh_qa.ask("Kerkük valisi kim?").short == "Rakan Saeed el-Cuburi"


def test_a_span_of_time_is_no_rate():
    """"altı saatte", "kaç ayda", "son bir yılda" say how long, not how much per hour, month or year: only a
    rate asked ("günde kaç ton", "her ay") looks past a sentence giving the whole."""
    assert Question.read("Fabrika günde kaç ton süt işliyor?").per_time
    assert Question.read("Öğrencilere her ay ne kadar harçlık ödenecek?").per_time
    assert not Question.read("Kerkük'e altı saatte kaç milimetre yağmur düştü?").per_time
    assert not Question.read("Yeni blok kaç ayda bitti?").per_time
    assert not Question.read("Kiralar son bir yılda ne kadar arttı?").per_time
    assert not Question.read("Çayhanenin aylık kirası ne kadardı?").per_time


def test_forty_seventh_strangers_follow_ups_and_stages(forty_seventh_qa):
    """"ya Leylan'dakinde?" after the Altunköprü kindergarten's teachers was asked as "Altunköprü'deki anaokulu kaç
    öğretmen var Leylan'dakinde?" and got Altunköprü's **8 öğretmen**; "ya Kerkük'te?" after the Erbil course's
    first term got Erbil's **18 kişi**. The new place takes the earlier one's place, in its form. And of a
    course's figures ("64 kişi başvurmuş, … 30 kişi kabul edilmişti; … 24'ü … sertifika almaya hak kazandı")
    "kaç kişi mezun oldu?" asks those who finished it."""
    teachers = talk(forty_seventh_qa, ["Altunköprü'deki anaokulunun müdiresi kim?", "kaç öğretmen var?",
                                       "ya Leylan'dakinde?"])
    assert teachers[1].short == "8 öğretmen"
    assert teachers[2].standalone_question == "Leylan'daki anaokulu kaç öğretmen var?" and teachers[2].refused
    graduates = talk(forty_seventh_qa, ["Erbil'deki hat kursundan kaç kişi mezun oldu?", "ya ilk dönemde?",
                                        "ya Kerkük'te?"])
    assert graduates[0].short == "24" and graduates[1].short == "18 kişi"
    assert graduates[2].standalone_question.startswith("Kerkük'teki hat kursundan") and graduates[2].refused
    assert forty_seventh_qa.ask("Hat kursuna kaç kişi kabul edildi?").short == "30 kişi"


def test_a_share_is_said_right_after_what_it_is_of(forty_fourth_qa, forty_fifth_qa):
    """"Telafer Belediyesi onarıma ne kadar katkı verdi?" is the share the next sentence gives ("Bu tutarın 140 bin
    dolarını Telafer Belediyesi …"), not the total; "bunun geçen yılki 870 tonluk hasadın … fazlası" is no
    share; "Aşılanan çocukların 4 bin 750'si erkek" counts boys, not every child vaccinated."""
    assert forty_fourth_qa.ask("Telafer Belediyesi onarıma ne kadar katkı verdi?").short == "140 bin dolar"
    assert forty_fourth_qa.ask("2024'te Amirli'de kaç ton hurma hasat edildi?").short.startswith("870 ton")
    assert forty_fifth_qa.ask("Tuzhurmatu'da kaç çocuk aşılandı?").short.startswith("9 bin 200")


def test_forty_seventh_strangers_dates_posts_and_attributes(forty_seventh_qa):
    """"peki ne zaman?" after the Dakuk ambulances got the association's earlier gifts ("2019'da Tuzhurmatu'ya iki,
    2021'de Telafer'e bir ambulans"), then a "2009 model" ambulance; the article's own day answers, its title
    reporting the gift. "peki Dakuk'ta?" after two mayors was refused, Dakuk's being on the PDF's second page;
    the transformer's "kapasitesi" got the lead's "132 kilovoltluk … trafo merkezi"."""
    gift = talk(forty_seventh_qa, ["Dakuk'a kaç ambulans bağışlandı?", "kim bağışladı?", "peki ne zaman?"])[-1]
    assert gift.text.startswith("11 Ocak 2023 tarihli habere göre") and "2019" not in gift.text
    assert "2009" not in (forty_seventh_qa.ask("Dakuk'a ambulanslar ne zaman bağışlandı?").short or "")
    mayors = talk(forty_seventh_qa, ["Kifri belediye başkanı kim?", "ya Tuzhurmatu'da?", "peki Dakuk'ta?"])
    assert [answer.short for answer in mayors] == ["Nevzat Kerim", "Yılmaz Şakir", "Kenan Ali"]
    assert "126 megavolt-amper" in forty_seventh_qa.ask("Tuzhurmatu'daki trafo merkezinin kapasitesi ne kadar?").text


def test_a_follow_ups_attribute_keeps_its_owner(forty_third_qa):
    """"maliyeti ne kadar?" after "Altunköprü'deki su deposu ne zaman hizmete girdi?" was read as "… su deposu
    maliyeti …", whose tank no check held to, and "ya Dakuk'ta?" then got a choir's costumes, and its yearly
    support: the tank's cost ("su deposunun maliyeti") is asked, which Dakuk's articles never give."""
    answers = talk(forty_third_qa, ["Altunköprü'deki su deposu ne zaman hizmete girdi?", "maliyeti ne kadar?",
                                    "ya Dakuk'ta?"])
    assert answers[1].standalone_question == "Altunköprü'deki su deposunun maliyeti ne kadar?"
    assert answers[1].short == "1,2 milyar Irak dinarı"
    assert answers[2].refused and "dinar" not in answers[2].text


STRANGER_48 = Path(__file__).parent / "stranger36"  # the 48th stranger's articles (a PDF and a saved page among them)


@pytest.fixture(scope="module")
def forty_eighth_qa(tmp_path_factory, embedder):
    return archive_of_folder(tmp_path_factory, embedder, STRANGER_48)


def test_forty_eighth_strangers_untold_stages_and_plans(forty_eighth_qa):
    """The 48th stranger's finds: "otobüs hattının …" was refused as "Arşivde hattı hakkında bir habere rastlamadım"
    (the index holds "hattı" as "hat", the question's "hattının" stemmed to "hattı"); the donors' names, which the
    article says were not disclosed, got **Türkmenlerden**; "kaç aile … kabul edildi?" got last year's flood's 240;
    "kaç kilometre yol yapıldı?" the 18 planned ("… bitirilmesi planlanmıştı, ancak … 15 kilometreyi")."""
    assert forty_eighth_qa.ask("Otobüs hattının ilk haftasında kaç yolcu taşındı?").short == "4.300 yolcu"
    donors = forty_eighth_qa.ask("Altunköprü'ye kitap bağışlayan iş insanları kimler?")
    assert donors.refused and "isimleri ise açıklanmadı" in donors.text and donors.sources
    support = forty_eighth_qa.ask("Telafer kooperatifinin atölyesine yardım kuruluşu ne kadar destek verdi?")
    assert support.refused and "desteğin miktarı açıklanmadı" in support.text
    assert forty_eighth_qa.ask("Kaç başvuru reddedildi?").short == "270 başvuru"  # the figure told, its reasons not
    assert forty_eighth_qa.ask("Dakuk'ta kaç aile hak sahibi olarak kabul edildi?").short == "870"
    assert forty_eighth_qa.ask("Kifri'de ilk etapta kaç kilometre yol yapıldı?").short == "15 kilometre"


@pytest.mark.parametrize(("question", "sentence", "short"), [
    # a part of a whole: the part where the asked deed is the part's, the whole where it is the whole's
    ("Kaç öğrenci sınavı kazandı?", "Sınava başvuran 5 bin öğrenciden 800'ü kazandı.", "800 öğrenci"),
    ("Kaç kişi başvurdu?", "Başvuran 1.200 kişi arasından 50'si seçildi.", "1.200 kişi"),
    ("Kampa kaç izci katıldı?", "Kampa katılan 380 izci arasından 120'si ilk kez katıldı.", "380 izci"),
    ("Toplantıda kaç üye evet oyu verdi?", "Toplantıda 85 üyeden 60'ı evet oyu verdi.", "60 üye"),  # no "toplam"
    ("Kampa kaç izci katıldı?", "Kampa 380 izci katıldı ama beklenenden az.", "380 izci"),  # no plan
    ("Ne kadar süre destek verilecek?", "Destek programı 6 ay sürecek.", "6 ay"),  # how long, not how much
    ("Belediye projeye ne kadar katkı verecek?", "Belediye projenin toplam maliyetini 21 milyar dinar olarak "
     "açıkladı; bunun 15 milyar dinarı belediye bütçesinden karşılanacak.", "15 milyar dinar"),
])
def test_a_review_of_wholes_parts_and_sums(question, sentence, short):
    """A reviewer's finds in this round's first rules: a partitive read past a scale word gave "800 bin
    öğrenci"; "toplantı" read as "toplam"; a plan three words on took "… katıldı ama beklenenden az"; "ne kadar
    süre destek" was a sum; the municipality's share lost to the whole for its name before "bunun"."""
    assert short_answer(Question.read(question), sentence) == short


def test_a_review_of_rates_untold_names_and_places():
    """"geçen yılda", "aynı günde" ask no rate; "destek verdi" is no sum paid once; "Yeni Hastane" names no
    place; "Şehit Ahmet İlkokulu" tells no death; a crash's untold identities do not outweigh its count."""
    from rag.answer.span import cost_asked, tells_undisclosed, unit_of_another

    assert not Question.read("Geçen yılda kaç turist geldi?").per_time
    assert not Question.read("Aynı günde kaç ameliyat yapıldı?").per_time
    assert not cost_asked("Belediye koroya ne kadar destek verdi?") and cost_asked("Vakıf okula ne kadar para verdi?")
    assert unit_of_another("Kerkük hastanesi kaç yataklı?", "Yeni Hastane 400 yataklı olarak tasarlandı.") is None
    assert qualifies_count("Yangında kaç kişi öldü?", "Yangında 3 kişi şehit oldu.")
    evacuated = "Şehit Ahmet İlkokulu'ndaki yangında 1.200 öğrenci tahliye edildi."
    assert not qualifies_count("Yangında kaç kişi öldü?", evacuated)
    crash = Question.read("Kazada kaç kişi yaralandı?")
    assert tells_undisclosed(crash, "Kazada yaralanan kişilerin kimlikleri açıklanmadı.") <= 3
    donors = Question.read("Kitap bağışlayan iş insanları kimler?")
    assert tells_undisclosed(donors, "Bağışta bulunan iş insanlarının isimleri ise açıklanmadı.") == 3


STRANGER_49 = Path(__file__).parent / "stranger37"  # the 49th stranger's articles (a PDF and a saved page among them)


@pytest.fixture(scope="module")
def forty_ninth_qa(tmp_path_factory, embedder):
    return archive_of_folder(tmp_path_factory, embedder, STRANGER_49)


def test_a_post_held_in_another_retrieved_article(forty_ninth_qa):
    """The 49th stranger's "Kerkük valisi kim?" (the README's own example) was refused: the poetry night's article
    ranked first, naming only "Kerkük Valisi adına Vali Yardımcısı Ali Mehdi"; the silo's article, also retrieved,
    names "Kerkük Valisi Necmettin Bağdatlı". Another article's holder is said with the post's place."""
    assert forty_ninth_qa.ask("Kerkük valisi kim?").short == "Necmettin Bağdatlı"
    assert forty_ninth_qa.ask("Erbil valisi kim?").refused


def test_the_best_article_read_beyond_its_passages(forty_ninth_qa):
    """The 49th stranger's "arıtma tesisinin maliyeti" was refused: the passages read held no sum, so another article's
    vaccine fee was chosen, whose article speaks of no cost. The best article gives it further down; one that never
    says "atık" is no wastewater plant's."""
    assert forty_ninth_qa.ask("Tuzhurmatu'daki arıtma tesisinin maliyeti ne kadar?").short == "11 milyon dolar"
    assert forty_ninth_qa.ask("Tuzhurmatu'daki atık su arıtma tesisinin maliyeti ne kadar?").refused


@pytest.mark.parametrize("question, untold", [
    # narrower than the total cost the article gives
    ("Tuzhurmatu'daki arıtma tesisinin yıllık işletme maliyeti ne kadar?", "yıllık işletme maliyeti ise açıklanmadı"),
    # no sum in the passages read; the ticket prices further down are none
    ("Amirli'deki çeviri projesinin bütçesi ne kadar?", "projenin toplam bütçesi açıklanmadı"),
    # a place asked ("hangi ülkeden"), the clause joined by "ise"
    ("Dakuk'taki aşılar hangi ülkeden alındı?", "hangi ülkeden temin edildiği ise açıklanmadı"),
    # the chief physician "Dr. Fuat Kifrili" is no more about the donor for holding the town's name
    ("Kifri'deki yenidoğan ünitesine bağış yapan iş insanı kim?", "Bağışçının adı, kendi isteği üzerine açıklanmadı"),
])
def test_what_the_article_says_was_not_told(forty_ninth_qa, question, untold):
    """The 49th stranger's near misses the article itself says were not disclosed got a figure or a name beside."""
    answer = forty_ninth_qa.ask(question)
    assert answer.refused and answer.text.startswith("Haber bunu açıklamıyor") and untold in answer.text


@pytest.mark.parametrize("question, expected", [
    ("Yayçı'da kaç hayvan aşılandı?", "5 bin 200 hayvan"),  # the figure after its place, the noun said once at the end
    ("Ali Saray köyünde kaç hayvan aşılandı?", "4 bin 300 hayvan"),
    ("Dakuk merkezde kaç hayvan aşılandı?", "6 bin 100 hayvan"),  # the town's centre is one of the parts
    ("Dakuk'ta kaç hayvan aşılandı?", "15 bin 600 hayvan"),  # the town is the whole, said in the lead
    ("Dakuk'taki aşı kampanyasında kaç hayvan aşılandı?", "15 bin 600 hayvan"),
])
def test_parts_listed_place_by_place(forty_ninth_qa, question, expected):
    """"Bölgelere göre bakıldığında Dakuk merkezde 6 bin 100, Yayçı nahiyesinde 5 bin 200, Ali Saray köyünde ise 4 bin
    300 hayvan aşılandı": every question about the campaign got **4 bin 300 hayvan**, the last part's ("6 bin 100,"
    was not read as one number either)."""
    assert forty_ninth_qa.ask(question).short == expected


@pytest.mark.parametrize("question, expected", [
    # the part said in words, of a planned whole; the rest only expected after a semicolon
    ("telafer istasyonuna kac itfaiye araci teslim edildi", "dört itfaiye aracı"),
    # the part of a planned whole, the rest expected after a comma
    ("Kifri'deki yenidoğan ünitesinde kaç kuvöz kuruldu?", "12"),
])
def test_a_part_done_beside_the_rest_expected(forty_ninth_qa, question, expected):
    """"Planlanan altı itfaiye aracından dördü teslim edildi; kalan iki aracın eylül ayına kadar gelmesi bekleniyor":
    the 49th stranger got **115**, the emergency line, because the sentence was read as announcing only, and
    "dördü" was no number."""
    assert forty_ninth_qa.ask(question).short == expected


def test_a_part_of_a_whole_counted_in_words():
    """"Başvuran on iki kişiden üçü seçildi": three were chosen, of twelve (not "üç iki kişi")."""
    chosen, applied = Question.read("Kaç kişi seçildi?"), Question.read("Kaç kişi başvurdu?")
    assert short_answer(chosen, "Başvuran on iki kişiden üçü seçildi.") == "üç kişi"
    assert short_answer(applied, "Başvuran on iki kişiden üçü seçildi.") == "on iki kişi"


def test_a_year_asked_reads_the_years_counted_from_the_article(forty_ninth_qa):
    """"geçen yıl çocuklarda 340 ishal vakası kayda geçti; bu yılın ilk beş ayında ise vaka sayısı 95'te kaldı", in an
    article of June 2025: the 49th stranger's "2024'te" got **95**. A figure said only for another year, or one only
    expected ("sayının 2 bin 500'ü aşmasını bekliyor"), is no answer in bold for "2025'te kaç doğum gerçekleşti?"."""
    assert forty_ninth_qa.ask("Tuzhurmatu'da 2024'te çocuklarda kaç ishal vakası görüldü?").short == "340 ishal vakası"
    assert forty_ninth_qa.ask("Kifri hastanesinde 2024'te kaç doğum gerçekleşti?").short == "2 bin 140 doğum"
    assert forty_ninth_qa.ask("Kifri hastanesinde 2025'te kaç doğum gerçekleşti?").short is None


@pytest.mark.parametrize("question, refusal", [
    # a date asked of a one-word place, under a title naming another town
    ("Amirli'deki arıtma tesisi ne zaman açılacak?", "Amirli için bunu söylemiyor"),
    ("Dibis'teki yeni silo ne zaman yapılacak?", "Dibis için bunu söylemiyor"),
    # the asked edition named only as one to come, under a title naming the third
    ("Dördüncü şiir gecesini kaç kişi izledi?", "üçüncü"),
])
def test_near_misses_of_the_forty_ninth_stranger(forty_ninth_qa, question, refusal):
    """Each got another town's date or the third night's audience."""
    answer = forty_ninth_qa.ask(question)
    assert answer.refused and refusal in answer.text


def test_a_compound_counts_its_head(forty_ninth_qa):
    """"kaç çocuk kitabı çevrildi" counts books (not children): "şimdiye kadar 12 kitabın çevirisi tamamlandı" gives
    **12 kitap** (the genitive "kitabın" read with its softened root)."""
    assert forty_ninth_qa.ask("Amirli'deki projede şimdiye kadar kaç çocuk kitabı çevrildi?").short == "12 kitap"
    assert Question.read("Kaç kişi kapasitesi var?").unit == "kişi"


STRANGER_50 = Path(__file__).parent / "stranger38"  # the 50th stranger's articles
STRANGER_51 = Path(__file__).parent / "stranger39"  # the 51st's
STRANGER_52 = Path(__file__).parent / "stranger40"  # the 52nd's


@pytest.fixture(scope="module")
def fiftieth_qa(tmp_path_factory, embedder):
    return archive_of_folder(tmp_path_factory, embedder, STRANGER_50)


@pytest.fixture(scope="module")
def fifty_first_qa(tmp_path_factory, embedder):
    return archive_of_folder(tmp_path_factory, embedder, STRANGER_51)


@pytest.fixture(scope="module")
def fifty_second_qa(tmp_path_factory, embedder):
    return archive_of_folder(tmp_path_factory, embedder, STRANGER_52)


def _conversation(qa, *questions):
    """The last answer of a conversation asked turn by turn."""
    history: list = []
    for question in questions:
        answer = qa.ask(question, history)
        history += [{"role": "user", "content": question}, reply_message(answer)]
    return answer


def test_how_many_of_them_are_a_kind(fiftieth_qa, fifty_first_qa, fifty_second_qa):
    """"kaçı kadın?" after a count failed for every one of the 49th to 52nd strangers: joined to the earlier question
    it re-asked the whole (**186 sporcu**). It is read as the part of the earlier count's thing ("… katılan
    sporcuların kaçı kadın?"), found where a sentence points back at the count ("Bunlardan 42'si kadın güreşçiydi")."""
    women = _conversation(fifty_second_qa, "Kerkük'teki güreş şampiyonasına kaç sporcu katıldı?", "kaçı kadın?")
    assert women.standalone_question == "Kerkük'teki güreş şampiyonasına katılan sporcuların kaçı kadın?"
    assert women.short == "42 kadın"
    farmers = _conversation(fiftieth_qa, "Dakuk'ta kaç çiftçiye tohum dağıtıldı?", "Kaçı kadın?")
    assert farmers.standalone_question == "Dakuk'ta tohum dağıtılan çiftçilerin kaçı kadın?"
    assert farmers.short == "310 kadın"
    donated = _conversation(fiftieth_qa, "Tuzhurmatu'daki yeni diyaliz ünitesinde kaç cihaz var?", "Bunların kaçı bağış?")
    assert donated.short == "10"  # "Bunun 10'u … bir yardım kuruluşunun bağışı": no place of its own
    assert _conversation(fifty_first_qa, "Telafer'de açılan müzede kaç eser var?", "Bunun kaçı bağış?").short == "430"
    assert _conversation(fifty_first_qa, "Gençlik Meclisi'ne kaç üye seçildi?", "Kaçı kadın?").short == "17 kadın"


@pytest.mark.parametrize("question, expected", [
    ("Diyaliz cihazlarının kaçı bağış olarak geldi?", "10"),  # the part, then its verb
    ("Sergide eserleri olan dokumacılardan kaçı Sarılu köyünden?", "11"),  # a place is the part
])
def test_how_many_of_them_asked_at_once(fiftieth_qa, question, expected):
    assert fiftieth_qa.ask(question).short == expected


def test_a_part_listed_after_its_figure(fifty_first_qa):
    """"Üyelerin 29'u Kerkük merkezden, 4'ü Altunköprü'den, 5'i Dakuk'tan ve 3'ü Tazehurmatu'dan seçildi": the last
    two joined by "ve" are of the list too (Altunköprü's got **3**, Tazehurmatu's)."""
    assert fifty_first_qa.ask("Gençlik Meclisi'ne Altunköprü'den kaç üye seçildi?").short == "4 üye"


def test_a_measure_asked_is_no_rate(fifty_first_qa):
    """"Kifri'de 2024'te kaç ton hurma toplandı?" got **yüzde 10 artacağını** in bold."""
    assert "yüzde" not in (fifty_first_qa.ask("Kifri'de 2024'te kaç ton hurma toplandı?").short or "")
    assert short_answer(Question.read("Kaç ton hurma toplandı?"),
                        "Rekoltenin geçen yıla göre yüzde 10 artacağını tahmin ediyor.") is None


@pytest.mark.parametrize("question, expected", [
    # "bu sayı" points back at the sentence before, which says which number
    ("2019'da radyonun haftalık dinleyici sayısı kaçtı?", "240 bin"),
    # a year after the article's own, planned; not the lead's "2025-2026 eğitim öğretim yılında"
    ("Erbil Türkmen Eğitim Vakfı 2027'de kaç öğrenciye burs vermeyi hedefliyor?", "500"),
    # "en eski halı" is the oldest rug the article speaks of, not the archive's oldest article
    ("Kifri sergisindeki en eski halı ne zaman dokunmuş?", "1938"),
])
def test_the_fiftieth_strangers_answers(fiftieth_qa, question, expected):
    assert fiftieth_qa.ask(question).short == expected


@pytest.mark.parametrize("question", [
    "Kerkük İl Sağlık Müdürü kim?",  # "Selahaddin İl Sağlık Müdürü Dr. Kasım Ercan" is another province's
    "Radyonun Telafer vericisi hangi yıl kuruldu?",  # "Tuzhurmatu'daki ikinci vericisini 2022 yılında kurmuştu"
])
def test_the_fiftieth_strangers_near_misses(fiftieth_qa, question):
    assert fiftieth_qa.ask(question).refused


def test_a_post_titled_with_its_province(fiftieth_qa):
    """"Selahaddin İl Sağlık Müdürü Dr. Kasım Ercan", then "İl Sağlık Müdürü Dr. Ercan": Selahaddin's, not Kerkük's."""
    assert "Ercan" in (fiftieth_qa.ask("Selahaddin İl Sağlık Müdürü kim?").short or "")
    assert fiftieth_qa.ask("Kerkük İl Sağlık Müdürü kim?").refused


def test_a_part_asked_of_another_place(fiftieth_qa):
    """"Ya Tazehurmatu'da?" after "Dakuk'ta … Kaçı kadın?" got Dakuk's **310 kadın**: a part is of its whole's place."""
    assert _conversation(fiftieth_qa, "Dakuk'ta kaç çiftçiye tohum dağıtıldı?", "Kaçı kadın?", "Ya Tazehurmatu'da?").refused


def test_this_figure_points_back(fifty_first_qa):
    """"Bu rakam 2023 yılında 48 bin yolcu olmuştu": the sentence before says it is the airport's passengers."""
    assert fifty_first_qa.ask("Kerkük Havalimanı 2023'te kaç yolcuya hizmet verdi?").short == "48 bin yolcu"


@pytest.mark.parametrize("question, wrong", [
    ("Tazehurmatu'da kaç aile yardım aldı?", "1.450"),  # "Bu ailelerin 1.450'si Dakuk'ta, geri kalanı ise Tazehurmatu'da"
    ("Fotoğraf sergisine öğrenciler için giriş ücreti ne kadar?", "5 bin dinar"),  # "yetişkinler için …; öğrenciler ise … ücretsiz"
    # "Kayseri'nin Develi ilçesi" is a province; the signers' sentence names two, the Develi mayor last
    ("Kardeş şehir protokolünü Altunköprü adına kim imzaladı?", "Hasan Turan"),
])
def test_the_fifty_second_strangers_wrong_bold_answers(fifty_second_qa, question, wrong):
    """Each was answered in bold with another place's, another group's figure or a province for a person: the
    sentence stays, without a bold answer."""
    answer = fifty_second_qa.ask(question)
    assert answer.short is None and wrong in answer.text


def test_the_fifty_second_strangers_answers(fifty_second_qa):
    assert "eksi 7" in (fifty_second_qa.ask("Soğuk hava dalgasında sıcaklık kaç dereceye kadar düştü?").short or "")
    assert fifty_second_qa.ask("Serbest stil 74 kiloda gümüş madalyayı kim aldı?").refused  # the gold's is given
    assert fifty_second_qa.ask("Serbest stil 74 kiloda altın madalyayı kim aldı?").short == "Yunus Bayraktar"
    second = fifty_second_qa.ask("Fotoğraf yarışmasında ikinci olan kim?")  # "… ile ikinci, … ile üçüncü oldu"
    assert not second.refused and "Dilan Naftçı" in second.text


@pytest.mark.parametrize("question, sentence, expected", [
    # a person's count: "tedavi", "aşı" are no compound heads ("kaç çocuk kitabı" is one)
    ("Kaç kişi tedavi gördü?", "Hastanede 320 kişi tedavi gördü.", "320 kişi"),
    ("Kaç çocuk aşı oldu?", "Kampanyada 4 bin 500 çocuk aşı oldu.", "4 bin 500 çocuk"),
    # two things counted after two places are no parts of one list
    ("Hastaneye kaç doktor gönderildi?", "Hastaneye Bağdat'tan 12 doktor gönderildi, Erbil'den ise 3 hemşire geldi.",
     "12 doktor"),
    # a whole of thousands, its part
    ("Kaç kişi seçildi?", "Başvuran 2 bin 500 kişiden 300'ü seçildi.", "300 kişi"),
    ("Kaç aday başarılı oldu?", "Sınava giren bin 500 adaydan 640'ı başarılı oldu.", "640 aday"),
    ("Kaç okul açıldı?", "Planlanan 20 okuldan beşi açıldı.", "beş okul"),
    ("Kaç ev onarıldı?", "Hasar gören on evden dokuzu onarıldı.", "dokuz ev"),
    # an object and its verb are no part asked
    ("Öğrencilerin kaçı burs aldı?", "Vakıf bu yıl 150 öğrenciye burs verdi.", "150 öğrenci"),
    # a group coordinated with the asked one
    ("Öğrenciler için giriş ücreti ne kadar?", "Giriş ücreti öğrenciler ve çocuklar için 2 bin dinar.", "2 bin dinar"),
    # a person's genitive before a town is no province
    ("Protokolü kim imzaladı?", "Protokol, Belediye Başkanı Ahmet Kaya'nın Altunköprü kenti adına attığı imzayla "
     "yürürlüğe girdi.", "Belediye Başkanı Ahmet Kaya"),
    # "since 2020" is no year's figure
    ("2024'te kaç ton buğday üretildi?", "2020 yılından bu yana artan üretim 52 bin tona çıktı.", "52 bin ton"),
])
def test_the_reviewers_sentences(question, sentence, expected):
    """A reviewer's ordinary news sentences the round's first rules got wrong."""
    assert short_answer(Question.read(question), sentence) == expected


def test_the_reviewers_follow_ups_and_readings():
    def talk(first: str) -> list:
        return [{"role": "user", "content": first}, {"role": "assistant", "content": "**12** — Metin [1]."}]

    assert condense_by_rule("kaçı oyuncak?", talk("Çocuklara kaç hediye dağıtıldı?"), 3) == \
        "Çocuklara dağıtılan hediyelerin kaçı oyuncak?"
    assert condense_by_rule("kaçı kadın?", talk("Fuara kaç kişi gitti?"), 3) == "Fuara giden kişilerin kaçı kadın?"
    assert condense_by_rule("kaçı kız?", talk("Sınavda kaç öğrenci başarılı oldu?"), 3) == \
        "Sınavda kaç öğrenci başarılı oldu kaçı kız?"  # no plain deed: read as one, the part counted
    assert Question.read("Sınavda kaç öğrenci başarılı oldu kaçı kız?").counted == "kız"
    assert not another_rank("Yarışmada birinci kim oldu?", "Ali Veli, Kerkük takımı ile ikinci kez yarışmayı kazandı.")
    assert with_years_said("Geçen yıla göre yüzde 10 arttı; bu yıllarda göç azaldı.", "2025-06-01") == \
        "Geçen yıla göre yüzde 10 arttı; bu yıllarda göç azaldı."
    assert unit_of_another("Kifri hastanesi kaç yataklı?",
                           "Kerkük'teki hastanelerin yükünü hafifletecek olan hastane 120 yataklı olarak inşa edildi.") is None
    assert another_year("2027'de kaç öğrenciye burs verilecek?", "2025-2026 eğitim öğretim yılında başlayan programda "
                        "2027'ye kadar 500 öğrenciye burs verilecek.", "2025-09-01") is None


@pytest.mark.parametrize("question, expected", [
    ("Nur Kitabevi öğrencilere ne kadar indirim yapıyor?", "yüzde 20"),
    ("Nur Kitabevi öğretmenlere ne kadar indirim yapıyor?", "yüzde 10 indirim"),
])
def test_a_figure_given_to_another_group(question, expected):
    """The 53rd stranger's "öğrencilere ne kadar indirim" got the teachers' **yüzde 10 indirim**: "öğrencilere tüm
    kitaplarda yüzde 20, öğretmenlere ise yüzde 10 indirim"."""
    sentence = "Selim Terzi, öğrencilere tüm kitaplarda yüzde 20, öğretmenlere ise yüzde 10 indirim uygulanacağını açıkladı."
    assert short_answer(Question.read(question), sentence) == expected


STRANGER_53 = Path(__file__).parents[1] / "bench" / "strangers" / "53" / "articles"  # the 53rd's, as they wrote them
STRANGER_54 = Path(__file__).parents[1] / "bench" / "strangers" / "54" / "articles"


@pytest.fixture(scope="module")
def fifty_third_qa(tmp_path_factory, embedder):
    return archive_of_folder(tmp_path_factory, embedder, STRANGER_53)


@pytest.fixture(scope="module")
def fifty_fourth_qa(tmp_path_factory, embedder):
    return archive_of_folder(tmp_path_factory, embedder, STRANGER_54)


def test_a_part_is_said_as_a_word_after_its_figure(fifty_third_qa):
    """"Nur Kitabevi'ndeki kitapların kaçı Türkçe?" got **7**, from "1990'lı yıllarda çarşıda 7 Türkmen kitabevi":
    a root's prefix took "Türkmen" for "Türkçe" and "kitabevi" for the books. The part is the word after the
    figure ("Bunların 1.800'ü Türkçe"), not a word before it ("Türkçe kitapların 350'si …" counts a part of those)."""
    books = Question.read("Kitapların kaçı Türkçe?")
    before = "Kitabevinde açılışta 6 bin kitap satışa sunuldu."
    assert gives_part(books, "Bunların 1.800'ü Türkçe, 2 bin 500'ü Arapça.", before)
    assert not gives_part(books, "Türkçe kitapların 350'si Irak Türkmen yazarların eserlerinden oluşuyor.", before)
    assert not gives_part(books, "1990'lı yıllarda çarşıda 7 Türkmen kitabevi bulunuyordu.", before)
    assert fifty_third_qa.ask("Nur Kitabevi'ndeki kitapların kaçı Türkçe?").short == "1.800"


def test_a_figure_said_for_now_beside_one_said_for_a_year(fifty_third_qa):
    """"1990'lı yıllarda çarşıda 7 Türkmen kitabevi bulunduğunu, bugün ise … yalnızca 2 kitabevinin kaldığını":
    the 53rd stranger's "1990'larda kaç" got **2 kitabev**, today's."""
    assert fifty_third_qa.ask("Erbil çarşısında 1990'larda kaç Türkmen kitabevi vardı?").short == "7 Türkmen kitabevi"
    assert fifty_third_qa.ask("Erbil çarşısında bugün kaç Türkmen kitabevi var?").short.startswith("2 ")
    devset_like = Question.read("2009 Ağustos ayında kaç şirket listelenmiştir?")  # "Bugün" before the year: the year's
    assert short_answer(devset_like, "Bugün borsada 374 şirketin listede bulunduğu ve 31 Ağustos 2009 itibariyle "
                                     "162 milyon Avro piyasa değerine sahip olduğu belirtiliyor.") == "374 şirket"


@pytest.mark.parametrize("question, expected", [
    # "Kerkük'teki benzer kapalı salonun 1.500 kişilik olduğunu hatırlatarak Telafer salonunun …"
    ("Telafer'deki yeni kapalı spor salonu kaç kişilik?", "2 bin seyirci"),
    ("Telafer spor salonu kaç kişilik?", "2 bin seyirci"),
    # "Amirli'deki hattın 25 kilometre uzunluğunda olduğunu …"
    ("Tuzhurmatu'daki yeni elektrik hattı kaç kilometre uzunluğunda?", "42 kilometre"),
])
def test_a_figure_said_right_after_another_places_unit(fifty_third_qa, question, expected):
    """Each got the other place's figure in bold."""
    assert fifty_third_qa.ask(question).short == expected


def test_the_figures_of_the_fifty_fourth_strangers_canal_tour_and_aid(fifty_fourth_qa):
    """"Toplam 23 kilometre uzunluğundaki kanalın 17 kilometresi onarıldı": the canal's 17 are what was repaired
    (its length is left: "Amirli kanalının 15 kilometrelik …" opens its sentence, where a common noun is
    capitalised too, and still answers "kaç kilometre uzunluğunda"); "Bakü'deki
    gösteriyi ise tek başına 1.100 kişi izledi" is no rate per head; "10'ar milyon dinar" is one figure, the
    families'."""
    assert fifty_fourth_qa.ask("Beşir Sulama Kanalı'nın kaç kilometresi onarıldı?").short.startswith("17 kilometre")
    assert fifty_fourth_qa.ask("Tiyatronun Bakü'deki gösterisini kaç kişi izledi?").short == "1.100 kişi"
    gence = _conversation(fifty_fourth_qa, "Kerkük Türkmen Tiyatrosu'nun turnesini toplam kaç kişi izledi?",
                          "ya Bakü'de?", "peki Gence'de?")
    assert gence.refused
    assert fifty_fourth_qa.ask("Tuzhurmatu'daki otobüs kazasında ölenlerin ailelerine ne kadar yardım yapılacak?"
                               ).short == "10'ar milyon dinar"


def test_a_book_asked_is_its_quoted_title(fifty_fourth_qa):
    """"Yılın Türkmen kitabı hangisi?" was no name asked ("kitabı": the softened "kitap") and got "Fuarda … 270 yeni
    kitabı …"; asked as a name it took "Müdire Bayraktar, … 2.500 kitap …". A work's name is its quoted title."""
    assert Question.read("Yazarın ilk kitabı hangisi?").asked is Asked.NAME
    assert Question.read("Hangi kulübü yendi?").asked is Asked.NAME
    book = Question.read("Yılın Türkmen kitabı hangisi?")
    assert short_answer(book, "Müdire Bayraktar, kütüphaneye 2.500 kitap bağışlandığını belirtti.") is None
    assert fifty_fourth_qa.ask("Yılın Türkmen kitabı hangisi?").short == "Dönüş Yolu"


def test_figures_for_those_named_in_the_dative_and_sizes_in_people():
    aid = "Kaymakam Terzi, hayatını kaybedenlerin ailelerine 10'ar milyon dinar, yaralılara ise 2'şer milyon dinar " \
          "yardım yapılacağını açıkladı."
    assert short_answer(Question.read("Ölenlerin ailelerine ne kadar yardım yapılacak?"), aid) == "10'ar milyon dinar"
    assert short_answer(Question.read("Yaralılara ne kadar yardım yapılacak?"), aid) == "2'şer milyon dinar"
    hall = Question.read("Salon kaç kişilik?")
    assert short_answer(hall, "Salon 2 bin seyirci kapasiteli.") == "2 bin seyirci"
    assert short_answer(Question.read("Kaç kişi sağlık kontrolünden geçemedi?"),
                        "Kampanyaya katılan bağışçıların yaş ortalaması 29 olarak belirlendi.") is None


def test_a_thing_of_another_common_noun_is_not_the_asked_ones(fifty_third_qa):
    """The 53rd stranger's "Altunköprü okuma yazma kursunun toplam maliyeti" got the sports hall's **4,2 milyar
    dinar** ("salonun toplam maliyetinin"); not a year's ("bu yılın bütçesinin")."""
    hall = "Başkan, salonun toplam maliyetinin 4,2 milyar dinar olduğunu söyledi."
    assert anothers_thing("Kursun toplam maliyeti ne kadar?", hall, "Kapalı salon açıldı.")
    assert not anothers_thing("Kursun toplam maliyeti ne kadar?", hall, "Kurs, salonda yapılacak.")
    assert not anothers_thing("Belediyenin bütçesi ne kadar?",
                              "Başkan, bu yılın bütçesinin 412 milyar dinar olduğunu söyledi.", "")
    assert fifty_third_qa.ask("Altunköprü okuma yazma kursunun toplam maliyeti ne kadar?").refused


STRANGER_56 = Path(__file__).parents[1] / "bench" / "strangers" / "56" / "articles"


@pytest.fixture(scope="module")
def fifty_sixth_qa(tmp_path_factory, embedder):
    return archive_of_folder(tmp_path_factory, embedder, STRANGER_56)


@pytest.mark.parametrize("question, expected", [
    # "Ankara'dan gelen on bir kişilik bir sağlık ekibi": a team softened ("ekibi") is a party of people
    ("Ankara'dan gelen sağlık ekibi kaç kişiydi?", "on bir kişilik"),
    # "programa 86 öğrenci başvurdu", not the 24 going: "öğrenci" counts people though its root "öğren" is no word
    ("Gence değişim programına kaç öğrenci başvurdu?", "86 öğrenci"),
    # "yenilemenin toplam maliyeti": the passive "yenilenme" is the same deed
    ("Kerkük Halk Kütüphanesi'nin yenilenmesi ne kadara mal oldu?", "2,1 milyar dinar"),
    # "38 kilometrelik ana hat": "hattı" is "hat" doubled
    ("Kerkük-Tazehurmatu fiber ana hattı kaç kilometre?", "38 kilometre"),
    # "Okuma salonunun kapasitesi 45 kişiden 120 kişiye çıkarıldı", not the team's "on bir kişilik bir sağlık ekibi"
    ("Kerkük kütüphanesinin okuma salonu kaç kişilik oldu?", "120 kişi"),
    ("Kerkük Üniversitesi'nin rektörü kim?", "Prof. Dr. Kemal Ağalar"),
    # "Çalışmaların 18 ayda tamamlanması … 2025 yılının Ramazan ayında …": what is completed is done ("bitecek")
    ("Hacı Sabri Camii'nin restorasyonu ne zaman bitecek?", "2025"),
])
def test_the_fifty_sixth_strangers_answers(fifty_sixth_qa, question, expected):
    """Each was refused or got another figure in bold."""
    assert fifty_sixth_qa.ask(question).short == expected


def test_an_office_held_for_another_is_not_the_asked_owners(fifty_sixth_qa):
    """"Anlaşmayı Kerkük Üniversitesi adına Rektör Prof. Dr. Kemal Ağalar imzaladı": the 56th stranger's "Gence Devlet
    Üniversitesi'nin rektörü kim?" got him in bold."""
    assert fifty_sixth_qa.ask("Gence Devlet Üniversitesi'nin rektörü kim?").refused


STRANGER_55 = Path(__file__).parents[1] / "bench" / "strangers" / "55" / "articles"


@pytest.fixture(scope="module")
def fifty_fifth_qa(tmp_path_factory, embedder):
    return archive_of_folder(tmp_path_factory, embedder, STRANGER_55)


def test_a_verb_typed_plain_is_not_respelled_as_a_name(fifty_fifth_qa):
    """"Gazeteyi kim kurdu?", typed without a Turkish letter, was shown back as "Gazeteyi kim Kürd'ü?" (the archive
    writes "Kürd" as a name) and answered with a course's trainee."""
    assert fifty_fifth_qa.restore("Gazeteyi kim kurdu?") == "Gazeteyi kim kurdu?"
    assert fifty_fifth_qa.restore("peki telaferde?") == "peki Telafer'de?"  # a name at the end keeps its letters
    assert fifty_fifth_qa.ask("Gazeteyi kim kurdu?").short == "Nureddin Vahit"
    # "Kerkük Türkmenlerinin en köklü yayın organlarından …" names a people, no founder
    assert fifty_fifth_qa.ask("Yeni Kerkük Gazetesi'ni kim kurdu?").short == "Nureddin Vahit"


@pytest.mark.parametrize("question, expected", [
    # "Sınava giren 2.140 Türkmen öğrenciden 1.712'si başarılı oldu": "toplam" asks all who passed, not all who sat
    # (a people before the noun counts it too)
    ("Bakalorya sınavında toplam kaç Türkmen öğrenci başarılı oldu?", "1.712 Türkmen öğrenci"),
    # "kaledeki 17 tarihi evin onarılması öngörülüyor; bu yıl başlayan birinci etapta bunlardan 8'i restore ediliyor"
    ("Kale restorasyonunun birinci etabında kaç ev restore ediliyor?", "8"),
])
def test_the_part_that_did_the_asked_deed(fifty_fifth_qa, question, expected):
    """The 55th stranger got the whole in bold for each."""
    assert fifty_fifth_qa.ask(question).short == expected


def test_wholes_and_parts_by_what_the_question_says():
    houses = "Proje kapsamında kaledeki 17 tarihi evin onarılması öngörülüyor; bu yıl başlayan birinci etapta " \
             "bunlardan 8'i restore ediliyor."
    assert short_answer(Question.read("Kalede kaç ev var?"), houses) == "17 tarihi ev"
    prizes = ("Terzioğlu, şampiyon takıma 15 bin dolar, finalde kaybeden takıma ise 7 bin dolar ödül verildiğini "
              "açıkladı.")
    assert short_answer(Question.read("Kupayı kazanan takım ne kadar para ödülü aldı?"), prizes) != "7 bin dolar"
    canal = "Toplam 23 kilometre uzunluğundaki kanalın 17 kilometresi onarıldı."
    assert short_answer(Question.read("Kanal kaç kilometre uzunluğunda?"), canal) == "23 kilometre"
    assert short_answer(Question.read("Kanalın kaç kilometresi onarıldı?"), canal).startswith("17 kilometre")
    firemen = "Kadroda otuz altı itfaiye eri görev yapacak; bunların altısı kadın."  # the 55th stranger got "altı er"
    assert short_answer(Question.read("Kaç itfaiye eri çalışacak?"), firemen) == "otuz altı er"
    salon = "Okuma salonunun kapasitesi 45 kişiden 120 kişiye çıkarıldı."
    assert short_answer(Question.read("Okuma salonu kaç kişilik oldu?"), salon) == "120 kişi"


def test_a_sentence_opening_on_last_year_is_last_years():
    """"Geçen yıl birinci sınıf buğdayın ton fiyatı 750 bin dinardı", in May 2024: the 56th stranger's "2024'te … kaç
    dinar?" was answered with it; a report of now is not ("Geçen yıl görevi devralan başkan …, … anlattı")."""
    assert another_year("2024'te buğdayın ton fiyatı kaç dinar?",
                        "Geçen yıl birinci sınıf buğdayın ton fiyatı 750 bin dinardı.",
                        "2024-05-06") == ("2024", "2023")
    assert another_year("2024'te dernek başkanı kim?", "Geçen yıl görevi devralan dernek başkanı Ali Veli, yeni "
                                                       "projeleri anlattı.", "2024-05-06") is None


def test_the_reviewers_readings_of_the_fifty_third_to_fifty_sixth_strangers_rules(fifty_fifth_qa):
    """Each was read wrong by a first version of this round's rules."""
    newest = Question.read("Kulübün en son kaç üyesi var?")  # "bugün" before every year is the report's day
    assert short_answer_at_end(newest, "Başkan bugün yaptığı açıklamada kulübün 2018'de 95 üyesi olduğunu, bu sayının "
                                       "2021'de 160'a ulaştığını söyledi.", True) == "160"
    shops = "2019 yılında çarşıda 7 kitabevi vardı, 2023'te 4 kitabevi kaldı, bugün ise yalnızca 2 kitabevi var."
    assert short_answer_at_end(Question.read("Çarşıda en son kaç kitabevi var?"), shops, True) == "2 kitabevi"
    assert another_year("2024'te kaç hasta tedavi edildi?",  # last year's opening, this month's patients
                        "Geçen yıl açılan hastanede bu ay 1.200 hasta tedavi edildi.", "2024-05-06") is None
    assert unit_of_another("Kifri hastanesi kaç yataklı?",
                           "Kifri Sağlık Müdürü Ahmet Koca hastanenin 200 yataklı olacağını açıkladı.") is None
    assert unit_of_another("Yeni hastane kaç yataklı?",
                           "Müdür, Telafer hastanesinin 200 yataklı olacağını söyledi.") is None
    assert unit_of_another("Kifri'deki hastane kaç yataklı?",
                           "Kifri'deki hastane 200 yataklı olacak; Kerkük'teki hastane 400 yataklı.") is None
    assert short_answer(Question.read("Kafile kaç kişilik?"), "Festivale 45 kişilik bir Türkmen sanatçı kafilesi "
                                                              "katıldı.") == "45 kişilik"
    assert short_answer(Question.read("Hastane kaç yataklı?"),
                        "400 yataklı Şehit Ali Hastanesi açıldı.") == "400 yataklı"
    assert short_answer(Question.read("Salon kaç kişilik?"),
                        "Kapasitesi tartışılan salonda dün 800 seyirci vardı.") is None
    assert short_answer(Question.read("Kaç kişi iş buldu?"), "İşsizlik oranı gerilerken 12 bin kişi iş buldu.") == \
        "12 bin kişi"
    assert short_answer(Question.read("Kaç kişi yaralandı?"), "Kazada 30 kişi yaralandı; bunlardan 12'si ağır "
                                                              "yaralandı.") == "30 kişi"
    assert short_answer(Question.read("Toplam kaç öğrenci bakalorya sınavına girdi?"), "Sınava giren 2.140 öğrenciden "
                        "1.712'si bakalorya sınavını başarıyla geçti.") == "2.140 öğrenci"
    assert not anothers_thing("Kazada ölenlerin sayısı kaç?",
                              "Kazada hayatını kaybedenlerin sayısı 12'ye yükseldi.", "")
    assert not anothers_office(Question.read("Irak Türkmen Cephesi'nin başkanı kim?"),
                               "Törende ITC adına Başkan Hasan Turan konuştu.")
    assert not anothers_office(Question.read("Kerkük Valiliği'nin sözcüsü kim?"),
                               "Vali Rakan Cuburi adına sözcü Ahmet Bayatlı konuştu.")
    assert fifty_fifth_qa.restore("peki kerkuku?") == "peki Kerkük'ü?"
    # a people gone, a language is no one either
    assert short_answer(Question.read("Teklifin sahibi hangi milletvekili?"), "Teklife göre Türkmenlerin çoğunlukta "
                        "olduğu ilçelerde işlemler Arapçanın yanı sıra Türkmence de yapılabilecek.") is None


STRANGER_57 = Path(__file__).parents[1] / "bench" / "strangers" / "57" / "articles"


@pytest.fixture(scope="module")
def fifty_seventh_qa(tmp_path_factory, embedder):
    return archive_of_folder(tmp_path_factory, embedder, STRANGER_57)


def test_a_named_owners_post_said_of_the_article_by_its_kind(fifty_seventh_qa):
    """"Kanalın Genel Müdürü Sinan Çayırlı" under "Türkmen Sesi TV yeni stüdyosunda yayına başladı": the 57th
    stranger's "Türkmen Sesi TV genel müdürü kim" was refused, the lead chosen first and the article not read on."""
    assert fifty_seventh_qa.ask("Türkmen Sesi TV genel müdürü kim").short == "Sinan Çayırlı"


@pytest.mark.parametrize("question, quoted", [
    # "… damla sulama sistemi kurulması için bir proje hazırlandığını, ancak bunun için henüz bütçe ayrılmadığını"
    ("Beşir'de damla sulama sistemine ne kadar bütçe ayrıldı?", "henüz bütçe ayrılmadığını"),
])
def test_a_budget_not_yet_set_aside_is_quoted_as_the_refusal(fifty_fifth_qa, question, quoted):
    """The 55th stranger got the wells' **640 milyon dinar**; the 56th, for "şaşılık tarama programının bütçesi", a
    private hospital's price ("henüz bütçe bulunamadığı")."""
    answer = fifty_fifth_qa.ask(question)
    assert answer.refused and quoted in answer.text


def test_the_fifty_sixth_strangers_untold_budget(fifty_sixth_qa):
    answer = fifty_sixth_qa.ask("Çocuklarda şaşılık tarama programının bütçesi ne kadar?")
    assert answer.refused and "henüz bütçe bulunamadığı" in answer.text


@pytest.mark.parametrize("question, expected", [
    # not "Festivalin ilk ikisi 2022 ve 2023 yıllarında Kerkük'teki tarihi Kışla binasının avlusunda yapılmıştı"
    ("Erbil'deki Türkmen Halk Müziği Festivali nerede yapılıyor?", "Şanidar Parkı"),
    ("Festival ilk olarak nerede yapılmıştı?", "Kerkük"),
    # "Erkekler finalinde … Tuzhurmatu Gençlikspor …", not "Kızlar kategorisinde ise Daküklü Kızlar takımı …"
    ("Tuzhurmatu'daki turnuvada erkekler finalini hangi takım kazandı?", "Tuzhurmatu Gençlikspor"),
])
def test_the_fifty_seventh_strangers_places_and_winners(fifty_seventh_qa, question, expected):
    assert fifty_seventh_qa.ask(question).short == expected


STRANGER_58 = Path(__file__).parents[1] / "bench" / "strangers" / "58" / "articles"


@pytest.fixture(scope="module")
def fifty_eighth_qa(tmp_path_factory, embedder):
    return archive_of_folder(tmp_path_factory, embedder, STRANGER_58)


def test_another_things_untold_figure_and_a_bodys_own_post(fifty_eighth_qa):
    """The 58th stranger's "zeytinyağı tesisinin maliyeti" was refused with "Şişeleme ünitesinin maliyeti henüz
    açıklanmadı" (another thing's), though "Tesisin kurulumu 450 bin dolara mal oldu"; "Kifri Belediye Meclisi'nin
    başkanı" got the mayor ("Kifri Belediye Başkanı Hasan Tuzlu"), the council lacking from his title."""
    assert fifty_eighth_qa.ask("Başika'daki zeytinyağı tesisinin maliyeti ne kadar?").short == "450 bin dolar"
    assert fifty_eighth_qa.ask("Kifri Belediye Meclisi'nin başkanı kim?").short != "Hasan Tuzlu"
    assert fifty_eighth_qa.ask("Kifri belediye başkanı kim?").short == "Hasan Tuzlu"


def test_the_second_reviewers_readings():
    """A second reviewer's finds in this round's rules, each read wrong by a version of them."""
    wounded = "Kazada 30 kişi yaralandı; bunlardan 12'si ağır yaralandı."
    assert short_answer(Question.read("Kaç kişi ağır yaralandı?"), wounded) == "12"
    assert another_year("2024'te hacca kaç kişi gitti?", "Geçen yıl ilçeden 300 kişi hacca gitti.", "2024-05-06") == \
        ("2024", "2023")  # an ablative is no participle
    assert not anothers_office(Question.read("Türkmeneli Spor Kulübü'nün başkanı kim?"),
                               "Türkmeneli Spor Başkanı Ali Demir konuştu.")  # a club's own chairman, "Kulübü" dropped
    assert unit_of_another("Tuzhurmatu'daki yeni hastane kaç yataklı olacak?",
                           "Devlet hastanesi 200 yataklı olacak.") is None  # a sentence's first noun
    assert unit_of_another("Telafer hastanesi kaç yataklı?", "Yeni Musul hastanesi 300 yataklı.") == "Telafer"
    assert unit_of_another("Amirli hastanesi kaç yataklı?",
                           "Müdür, Kerkük hastanesinin 400 yataklı olduğunu söyledi.") == "Amirli"
    assert short_answer(Question.read("Salon kaç kişilik?"), "Salonun kapasitesi ise 2 bin kişi.") == "2 bin kişi"
    assert short_answer(Question.read("Kaç kişi katıldı?"), "Katılımcıların yaş ortalaması yaklaşık 24.") is None
    assert gives_part(Question.read("sporcuların kaçı kadın?"), "Turnuvaya 42 kadın ve 144 erkek sporcu katıldı.", None)
    assert Question.read("Kaç kişi ağır yaralandı?").predicate == "yarala"  # no light verb
    assert not tells_undisclosed(Question.read("Hastane ne zaman açılacak?"),
                                 "Müdür, hastane için henüz bütçe ayrılmadığını söyledi.")


@pytest.mark.parametrize("question, sentence, expected", [
    # a part said in words, pointed back at ("bunlardan yedisi", "bunların on biri")
    ("Dikiş kursuna katılan kızlardan kaçı kooperatife üye oldu?",
     "Bu yıl kursa 40 kız katıldı ve bunlardan yedisi kursun ardından kooperatife üye oldu.", "yedi"),
    ("kaçı kadın?", "Filo için kırk iki yeni sürücü ve sağlık teknisyeni işe alındı; bunların on biri kadın.",
     "on bir"),
    # a part the question names, with no deed ("kaç kadın üyesi var?": the 64 women, not the 210 members)
    ("Kooperatifin kaç kadın üyesi var?", "Kooperatifin 210 üyesi bulunuyor; bunların 64'ü kadın üretici.", "64"),
    # of no year asked, this year's figure; last year asked, last year's
    ("Kerkük ambulans filosunda şimdi toplam kaç ambulans var?",
     "Kasapoğlu, \"Geçen yıl filomuzda 31 ambulans vardı; bugün itibarıyla bu sayı 55'e ulaştı\" dedi.", "55"),
    ("Altunköprü'de balın kilogramı kaç dinar?",
     "Geçen yıl kilogramı 20.000 dinardan satılan süzme bal, bu yıl 25.000 dinardan alıcı buluyor.", "25.000 dinar"),
    ("Geçen yıl balın kilogramı kaç dinardı?",
     "Geçen yıl kilogramı 20.000 dinardan satılan süzme bal, bu yıl 25.000 dinardan alıcı buluyor.", "20.000 dinar"),
    # a measure's adjective is shown as the measure; a rate takes no word after it as its unit
    ("Kooperatif mağaza için ne kadar sermaye istedi?",
     "Mağaza için yaklaşık 20 milyon dinarlık bir sermaye gerekiyor ve kooperatif Meclis'ten destek istedi.",
     "20 milyon dinar"),
    ("Turnuvada takım sayısı yüzde kaç arttı?",
     "Hürmüzlü, geçen yıl Kerkük'te düzenlenen ilk turnuvaya yalnızca 8 takım katıldığını, bu yıl takım sayısının "
     "yüzde 50 arttığını hatırlattı.", "yüzde 50"),
    # the whole asked, the subject's own names in its share's words ("Kerkük ve Tuzhurmatu'daki duraklar")
    ("Kerkük–Tuzhurmatu otobüs projesinin toplam maliyeti ne kadar?",
     "Projenin toplam maliyeti 1,8 milyar dinar oldu; bu tutarın 600 milyon dinarı Kerkük ve Tuzhurmatu'daki "
     "durakların yenilenmesine harcandı.", "1,8 milyar dinar"),
    # who won: the side that beat the other, less the sentence's "Finalde"
    ("Basketbol liginde kim şampiyon oldu?", "Finalde Kerkük Yıldızları, Telafer Kartalları'nı 78-71 yenerek "
     "şampiyon oldu.", "Kerkük Yıldızları"),
    # who paid: the passive's source ("… Fonu'ndan karşılandı")
    ("Amirli okulunun masraflarını kim karşıladı?", "Okulun maliyeti 1,1 milyar Irak dinarı oldu; masrafların "
     "tamamı Irak Yeniden İmar Fonu'ndan karşılandı.", "Irak Yeniden İmar Fonu"),
    # the asked office with its possessive, after a name's other words
    ("Kardeşlik FM genel yayın yönetmeni kim?", "Radyonun Genel Yayın Yönetmeni Nermin Sarıkahya, kutlamada konuştu.",
     "Nermin Sarıkahya"),
    # who stood in for an office holder: the deputy, no governor asked
    ("Stüdyo açılışına Kerkük Valisi adına kim katıldı?",
     "Açılış törenine Kerkük Valisi adına Vali Yardımcısı Ali Nazım Tavukçu katıldı.",
     "Vali Yardımcısı Ali Nazım Tavukçu"),
])
def test_the_fifty_ninth_to_sixty_second_strangers_sentences(question, sentence, expected):
    """Sentences from the 57th–62nd strangers' articles whose bold answer was another figure or none."""
    assert short_answer(Question.read(question), sentence) == expected


def test_the_fifty_ninth_to_sixty_second_strangers_readings():
    """The readings behind this round's refusals and choices, each wrong before it."""
    asked = Question.read("Erbil'deki festivali sonunda kaç kişi izledi?")
    said = ("\"Geçen yıl festivali yaklaşık 4 bin kişi izlemişti. Bu yıl üç gün boyunca 7 bin izleyici "
            "bekliyoruz,\" dedi.")
    assert last_years_only("Erbil'deki festivali sonunda kaç kişi izledi?", asked, said)
    compared = "Telafer'deki incir hasadı bir önceki yıla göre yüzde kaç arttı?"  # a comparison is no last year's
    assert not last_years_only(compared, Question.read(compared),
                               "Bu miktar geçen yılın hasadından yüzde 35 daha fazla.")
    first = "Altunköprü'deki ilk kursu kaç kadın bitirmişti?"  # the past itself asked
    assert not last_years_only(first, Question.read(first), "Geçen yıl düzenlenen ilk kursu 85 kadın bitirmişti.")
    support = "Kerkük İl Meclisi Dakuk kooperatifine ne kadar destek verdi?"
    needed = ("Terzi'ye göre mağaza için yaklaşık 20 milyon dinarlık bir sermaye gerekiyor ve kooperatif bunun için "
              "Kerkük İl Meclisi'nden destek istedi.")
    assert only_requested(support, Question.read(support), needed)
    needs = "Konutların yapımı için ne kadar para gerekiyor?"  # what is needed, asked
    assert not only_requested(needs, Question.read(needs), "Konutların yapımı için 30 milyon dolara ihtiyaç var.")
    paid = "Nermin Tahsin'in ailesi su tankerleri için aylık kaç dinar harcıyordu?"  # a wish in another clause
    assert not only_requested(paid, Question.read(paid), "Nermin Tahsin, ailesinin her ay su tankerlerine 75 bin dinar "
                              "ödediğini anlatarak, \"Temiz su görmek istiyorum\" dedi.")
    assert asks_share("bunun ne kadarı BM'den geldi?") and not asks_share("Tesis ne kadara mal oldu?")
    assert gives_share("Bunun 30 bin dolarını Erbil'deki iş insanları karşılıyor.")
    assert not gives_share("Bu oyunculardan 19'u lise öğrencisi.")  # a count, what "kaçı" asks
    acronym = key_terms("bunun ne kadarı BM'den geldi?")[0]
    assert spells_out(acronym, "Bu tutarın 300 bin doları Birleşmiş Milletler Kalkınma Programı'nın fonundan sağlandı.")
    assert not spells_out(acronym, "Bu tutarın 300 bin doları Avrupa Birliği'nin fonundan sağlandı.")
    assert holds_noun("Bu yıl toplam ciromuz 45 milyon dinara ulaştı.", "ciro")  # a person's possessive
    assert another_school("Amirli'deki ortaokula kaç öğrenci kayıt yaptırdı?",
                          "Amirli Şehitleri İlkokulu yeniden yapıldı. Okula 480 öğrenci kayıt yaptırdı.") == "ortaokul"
    assert unsaid_ordinal("Nesimi Şiir Ödülü'nü ilk kez kazanan kadın şair kim?",
                          "Leyla Bayatlı, ödülü alan ikinci kadın şair oldu.") == "ilk kadın"
    assert unsaid_ordinal("İlk plugs-out testi ne zaman gerçekleşti?",  # a title's "(4)" numbers no test
                          "Apollo program (4)\nPlugs-out testi 27 Ocak 1967 sabahı başladı.") is None
    assert aims_at_figure("Birlik, gelecek yıl Türkiye'ye 500 ton hurma ihraç etmeyi hedefliyor.")
    assert not aims_at_figure("Bu sezon 3.400 ton hurma toplandı.")
    staff = Question.read("Kardeşlik FM'de kaç kişi çalışıyor?")
    assert people_doing(staff, "Geceye radyonun eski ve yeni çalışanları ve davetliler olmak üzere yaklaşık 700 "
                               "kişi katıldı.") is False
    assert people_doing(staff, "Sarıkahya, radyoda 34 kişinin çalıştığını söyledi.") is True
    assert gives_part_for_whole(Question.read("Yeşil Vadi Parkı kaç metrekare?"),
                                "Parkın 18.000 metrekaresi çocuk oyun alanlarına ayrıldı.")
    assert says_win("Kadınlarda ise Erbilli Zeynep Ağa, 2 saat 51 dakika 3 saniyeyle ilk sırada yer aldı.")
    assert asks_winner("Basketbol liginde kim şampiyon oldu?") and asks_winner("Geçen sezonun şampiyonu kimdi?")
    assert Question.read("Tuzhurmatu hastanesinin ambulans sayısı kaç?").counted == "ambulans"
    assert Question.read("Yatak sayısı kaç oldu?").counted is None  # what it became, said as a bare figure


def test_a_year_said_in_one_sentence_of_a_later_article_and_an_acronym_written_out(fifty_eighth_qa):
    """The 58th stranger's "2022'de kaç konser vermişti?" was refused (the 2024 tour's article says it of 2022 in
    one sentence), "bunun ne kadarı BM'den geldi?" was refused for "BM", the ambulances were counted by the town's
    population, and the second woman to win was given as the first."""
    assert fifty_eighth_qa.ask("Altun Zurna Topluluğu 2022'de kaç konser vermişti?").short == "6 konser"
    first = "Başika'daki zeytinyağı tesisi ne kadara mal oldu?"
    talk = [{"role": "user", "content": first}, reply_message(fifty_eighth_qa.ask(first))]
    assert fifty_eighth_qa.ask("bunun ne kadarı BM'den geldi?", talk).short == "300 bin dolar"
    assert fifty_eighth_qa.ask("Tuzhurmatu hastanesinin ambulans sayısı kaç?").refused
    assert fifty_eighth_qa.ask("Nesimi Şiir Ödülü'nü ilk kez kazanan kadın şair kim?").refused


@pytest.mark.parametrize("question, short", [
    ("Türkmen Sesi TV'de kaç kişi çalışıyor?", "85"),  # the best article's, a chunk below, not the festival's choir
    ("Amirli Şehitleri İlkokulu'nun müdürü kim?", "Kemal Beyatlı"),  # "Okul müdürü", the lead naming the school
    ("Amirli IŞİD kuşatması altında kaç gün kaldı?", "80 gün"),  # the background is what is asked
    ("Dikiş kooperatifinin cirosu ne kadar?", "45 milyon dinar"),  # "ciromuz"
    ("Tuzhurmatu'daki voleybol turnuvasında takım sayısı yüzde kaç arttı?", "yüzde 50"),  # Kerkük's is last year's
    ("amirli okulunun masraflarini kim karsiladi", "Irak Yeniden İmar Fonu"),
    ("Dikiş kursuna katılan kızlardan kaçı kooperatife üye oldu?", "yedi"),
    # refused: support only requested, last year's audience beside this one's expected, another kind of school,
    # a date of another thing
    ("Kerkük İl Meclisi Dakuk kooperatifine ne kadar destek verdi?", None),
    ("Erbil'deki festivali sonunda kaç kişi izledi?", None),
    ("Amirli'deki ortaokula kaç öğrenci kayıt yaptırdı?", None),
    ("Amirli'deki spor salonunun inşaatı ne zaman tamamlandı?", None),
])
def test_the_fifty_seventh_strangers_questions_at_the_end_of_the_round(fifty_seventh_qa, question, short):
    """The 57th stranger's failures the last round left, answered (or refused) now."""
    answer = fifty_seventh_qa.ask(question)
    assert (answer.short, answer.refused) == (short, short is None)


def test_a_share_of_an_amount_asked_as_a_follow_up(fifty_sixth_qa):
    """The 56th stranger's "ne kadarı sponsorlardan?" re-asked the whole budget."""
    first = "Erbil kadın futbol takımının yıllık bütçesi ne kadar?"
    talk = [{"role": "user", "content": first}, reply_message(fifty_sixth_qa.ask(first))]
    assert fifty_sixth_qa.ask("bunun ne kadarı sponsorlardan?", talk).short == "30 bin dolar"


STRANGERS_59_TO_62 = Path(__file__).parents[1] / "bench" / "strangers"


@pytest.fixture(scope="module")
def sixtieth_strangers_qa(tmp_path_factory, embedder):
    """The 59th, 61st and 62nd strangers' articles in one archive (their topics do not meet)."""
    return archive_of_folder(tmp_path_factory, embedder, STRANGERS_59_TO_62 / "59" / "articles",
                             STRANGERS_59_TO_62 / "61" / "articles", STRANGERS_59_TO_62 / "62" / "articles")


@pytest.mark.parametrize("question, short", [
    ("Kardeşlik FM'de kaç kişi çalışıyor?", "34 kişi"),  # the staff, not the 700 at its night
    ("Radyonun yıl dönümü kutlamasına kaç kişi katıldı?", "700 kişi"),
    ("Kardeşlik FM genel yayın yönetmeni kim?", "Nermin Sarıkahya"),
    ("Kerkük–Tuzhurmatu otobüs projesinin toplam maliyeti ne kadar?", "1,8 milyar dinar"),
    ("Mendeli'de bu sezon kaç ton hurma toplandı?", "3.400 ton"),  # not Hanekin's, nor next year's aim
    ("Sera verilen ailelerin kaçının geçimini bir kadın sağlıyor?", "9"),
    ("Kerkük'teki ücretsiz diş kliniği ne zaman açıldı?", "17 Şubat 2025"),  # "hizmete girdi"
    ("Türkmen Gençlik Basketbol Ligi'nde kim şampiyon oldu?", "Kerkük Yıldızları"),  # not last season's
    ("Basketbol liginde geçen sezonun şampiyonu kimdi?", "Tuzhurmatu Şahinleri"),
    ("Basketbol liginde bu sezon kaç takım yer aldı?", "12 takım"),
    ("Yeşil Vadi Parkı kaç metrekare?", "65.000 metrekare"),  # the whole, not its playground's
    ("Altunköprü'de 2025'te kaç ton bal üretildi?", "38 ton"),  # not the 15 tons sent to market
    ("Yengice köyüne kaç aile geri döndü?", None),  # a village named nowhere
])
def test_the_fifty_ninth_to_sixty_second_strangers_questions(sixtieth_strangers_qa, question, short):
    """The 59th, 61st and 62nd strangers' failures: a part, another year, place or doer's figure, or a refusal."""
    answer = sixtieth_strangers_qa.ask(question)
    assert (answer.short, answer.refused) == (short, short is None)


@pytest.mark.parametrize("question, sentence, expected", [
    # a thing last year began is no figure of last year's
    ("Kooperatif kaç ton hurma ihraç etti?",
     "Geçen yıl kurulan kooperatif 620 ton hurma ihraç etti ve 40 kişiye iş sağladı.", "620 ton"),
    ("Hastanede kaç doktor görev yapıyor?",
     "Geçen yıl hizmete giren hastanede 45 doktor ve 120 hemşire görev yapıyor.", "45 doktor"),
    # a comparison with last year, or a participle of it in the question, asks this year's
    ("Önceki yıllara göre bu yıl kaç öğrenci kayıt yaptırdı?",
     "Okula bu yıl 480 öğrenci kayıt yaptırdı, geçen yıl bu sayı 400'dü.", "480 öğrenci"),
    ("Geçen yıl açılan hastanede kaç doktor çalışıyor?",
     "Hastanede bu yıl 45 doktor çalışıyor; geçen yıl 30 doktor vardı.", "45 doktor"),
    # a team's name starting the sentence is no place ("Adana"), a town a passive comes from no doer
    ("Konyaspor deplasmanında hangi takım kazandı?", "Adana Demirspor, Konyaspor'u deplasmanda 2-1 yendi.",
     "Adana Demirspor"),
    ("Kerkük Maratonu'nun madalyalarını kim getirdi?", "Maratonun madalyaları Bağdat'tan getirildi.", None),
    # "800 kişi ödemesini": their payment, no compound; "kırkı aşkın": more than forty, no part
    ("Kaç kişi ödemesini yaptı?", "Şu ana kadar 800 kişi ödemesini yaptı.", "800 kişi"),
    ("Fuara kaç ülke katıldı?", "Fuara kırkı aşkın ülkeden yayınevleri katıldı.", None),
    # the 63rd and 64th strangers': a part in words after its whole, last summer asked
    ("Telafer pazarındaki süt satıcılarından kaçı tezgâhını kapattı?",
     "Pazardaki yirmi iki süt satıcısından altısı son iki ayda tezgâhını kapattı.", "altı"),
    ("Geçen yaz kaç tanker vardı?", "Bayatlı, dağıtımda bu yıl 22 tanker kullanıldığını, geçen yaz ise tanker "
     "sayısının 14 olduğunu söyledi.", "14"),
    ("Bu yaz kaç tanker kullanıldı?", "Bayatlı, dağıtımda bu yıl 22 tanker kullanıldığını, geçen yaz ise tanker "
     "sayısının 14 olduğunu söyledi.", "22 tanker"),
])
def test_this_rounds_reviewers_sentences(question, sentence, expected):
    """A reviewer's ordinary sentences the first version of this round's rules read wrong."""
    assert short_answer(Question.read(question), sentence) == expected


def test_this_rounds_reviewers_readings():
    """The reviewer's finds in the round's helpers: a participle is no demand, people are counted as they were,
    an acronym is its name's first letters, and a possessive of one person names no noun."""
    sent = "Bakanlık Dakuk'a kaç öğretmen gönderdi?"
    assert not only_requested(sent, Question.read(sent), "İlçe Milli Eğitim Müdürlüğü'nün Bakanlıktan talep ettiği "
                                                         "300 öğretmenin tamamı ilçeye ulaştı.")
    for asked in ("Seyirci sayısı kaç?", "Yaralı sayısı ne kadar?", "Başvuru sayısı nedir?", "Turist sayısı kaç?"):
        assert Question.read(asked).counted is None, asked
    acronym = key_terms("BM içme suyu projesine ne kadar harcadı?")[0]
    assert not spells_out(acronym, "Kerkük Belediye Meclisi projeye 4 milyar dinar harcadı.")
    assert not spells_out(acronym, "Bu Mart ayında proje başladı.")
    assert not holds_noun("Bu adım önemli.", "ad")
    assert Spellings().restore("Kirkuk'ta yeni spor salonu kaç kişilik?").startswith("Kerkuk")  # a town's exonym
    assert Spellings().restore("kirkukte taksi ucreti ne kadar").startswith("kerkukte")
    course = "Kadın Merkezi'ndeki dikiş kursunu kaç kadın bitirdi?"
    assert not last_years_only(course, Question.read(course), "Geçen yıl açılan dikiş kursunu 40 kadın başarıyla "
                                                               "bitirdi.")


def test_the_sixty_second_strangers_follow_ups_of_a_part(sixtieth_strangers_qa):
    """A part asked first ("kaçı …") is a part of what the talk counted, whatever name it holds, and a part may
    be told by a quality of several words; "kaç yeni ambulans" counts the new ones, not the fleet."""
    bakeries = talk(sixtieth_strangers_qa, ["Kerkük kent merkezinde kaç fırın var?", "kaçı Türkmenlere ait?",
                                            "peki Telafer'de?"])
    assert [(a.short, a.refused) for a in bakeries] == [("180", False), ("64", False), (None, True)]
    ambulances = talk(sixtieth_strangers_qa, ["Kerkük'e kaç yeni ambulans geldi?", "kaçı yoğun bakım donanımlı?",
                                              "maliyetini kim açıkladı?"])
    assert [a.short for a in ambulances] == ["24 yeni ambulans", "6", "Dr. Ahmet Kasapoğlu"]
    assert not is_standalone("kaçı Türkmenlere ait?") and not is_standalone("peki yüzde kaçı Kerkük'te?")
    assert is_standalone("Fırınların kaçı Türkmenlere ait?")


TRAINING_TERMS = """Telafer'de meslek kursunun ikinci dönemi başladı

TELAFER – 3 Mart 2025

Telafer Belediyesi'nin açtığı Meslek Edindirme Kursu'nun ikinci dönemi pazartesi günü başladı. Kursa bu dönem 640 kişi
başvurdu; sınav sonunda 180 kursiyer kabul edildi. Kabul edilenlerin 74'ü kadın.

Kurs Müdürü Selim Avcı, eğitimin dört ay süreceğini söyledi. Programın bu dönemki bütçesi 900 milyon dinar.

Geçen yıl açılan ilk dönem 120 kursiyerle yürütülmüştü. İlk dönemi bitirenlerden 45'i bir işe yerleşti. Avcı, üçüncü
dönemin eylülde başlamasının düşünüldüğünü, ancak kontenjanın henüz belirlenmediğini ekledi.
"""


@pytest.fixture(scope="module")
def terms_qa(tmp_path_factory, embedder):
    return archive_of(tmp_path_factory.mktemp("terms"), embedder, {"kurs.txt": TRAINING_TERMS})


@pytest.mark.parametrize("question, short", [
    ("Meslek kursunun ikinci döneminde kaç kadın var?", "74 kadın"),  # not the sentence counting 180 people
    ("Meslek kursunun ilk döneminde kaç kadın vardı?", None),  # "Kabul edilenlerin 74'ü" is of this term
    ("Meslek kursunun üçüncü döneminde kaç kursiyer alınacak?", None),  # "bu dönem … 180 kursiyer" is the second's
    ("Kursun ilk döneminde kaç kursiyer vardı?", "120 kursiyer"),
    ("İlk dönemi bitirenlerden kaçı işe yerleşti?", "45"),
])
def test_a_term_is_read_from_the_sentences_before(terms_qa, question, short):
    """The 63rd stranger's: a sentence naming no term is of the last one named before it, "bu dönem" being the
    article's own (its title's), so a figure of this term is no answer for another."""
    answer = terms_qa.ask(question)
    assert (answer.short, answer.refused) == (short, short is None), answer.text


@pytest.mark.parametrize("question, short", [
    ("Basketbol liginin ilk sezonunda kim şampiyon oldu?", "Tuzhurmatu Şahinleri"),  # "Geçen sezon ise …"
    ("Basketbol liginin ilk sezonunda kaç takım vardı?", "8 takım"),
    ("Basketbol liginin ikinci sezonunda kim şampiyon oldu?", "Kerkük Yıldızları"),  # not the prize money's sentence
    ("Türkmen basketbol liginin üçüncü sezonunda kim şampiyon oldu?", None),  # planned, not played
])
def test_a_season_told_as_the_one_before_the_articles_own(sixtieth_strangers_qa, question, short):
    """The 62nd stranger's league: "Geçen sezon" in an article on the "ikinci sezonu" tells of the first; a sum
    given to the champion team ("şampiyon takıma 10 milyon dinar ödül verildi") names no winner."""
    answer = sixtieth_strangers_qa.ask(question)
    assert (answer.short, answer.refused) == (short, short is None), answer.text
    sentences = ["Bu sezon 12 takım yarıştı.", "Geçen sezon ise 8 takım vardı.", "Maçları 9 bin kişi izledi."]
    article = " ".join(["Ligin ikinci sezonu sona erdi.", *sentences])
    assert [edition_in_force((1, "sezon"), article, s) for s in sentences] == [2, 1, 2]


SCHOLARS_BY_TOWN = ("Burs kazanan Türkmen öğrencilerin kırk üçü Telafer'den, 71'i Kerkük'ten, geri kalanı ise "
                    "Tuzhurmatu, Erbil ve Diyala'dan.")


@pytest.mark.parametrize("question, expected", [
    ("Telafer'den kaç öğrenci burs kazandı?", "kırk üç öğrenci"),  # a part in words, told with its town
    ("Telafer'den kaç Türkmen öğrenci burs kazandı?", "kırk üç öğrenci"),
    ("Kerkük'ten kaç öğrenci burs kazandı?", "71 öğrenci"),
])
def test_the_sixty_fourth_strangers_parts_by_town(question, expected):
    """Parts told town by town: the asked town's, in words or digits; a town left with the rest has none."""
    assert short_answer(Question.read(question), SCHOLARS_BY_TOWN) == expected
    assert place_left_in_rest(question, SCHOLARS_BY_TOWN) is None


def test_a_town_left_with_the_rest_and_a_total_of_the_first_days(sixtieth_strangers_qa):
    """"Diyala'dan kaç öğrenci?" of a sentence leaving Diyala with the rest; "toplam kaç kişi ziyaret etti?" of an
    article counting only the exhibition's first two days (and a total it only expects)."""
    assert place_left_in_rest("Diyala'dan kaç öğrenci burs kazandı?", SCHOLARS_BY_TOWN) == "Diyala"
    total = sixtieth_strangers_qa.ask("Hattın İzinde sergisini toplam kaç kişi ziyaret etti?")
    assert total.refused and "toplam sayıyı" in total.text
    assert sixtieth_strangers_qa.ask("Hattın İzinde sergisini ilk iki gününde kaç kişi ziyaret etti?").short == (
        "1.150 kişi")


@pytest.fixture(scope="module")
def sixty_fifth_strangers_qa(tmp_path_factory, embedder):
    """The 65th and 66th strangers' articles in one archive (their topics do not meet)."""
    return archive_of_folder(tmp_path_factory, embedder, STRANGERS_59_TO_62 / "65" / "articles",
                             STRANGERS_59_TO_62 / "66" / "articles")


@pytest.mark.parametrize("question, short", [
    ("Kale Kapısı'nın yönetmeni kim?", "Sabah Nurettin Ercan"),  # "yönetmenliğini ise … Genel Sanat Yönetmeni …"
    ("Araştırılan Türkmen köylerinde toplam kaç kişi yaşıyor?", "38.500 kişi"),  # a participle, capitalised first
    ("kazi ekibinde kac ogrenci vardi", "9 öğrenci"),  # "bunların 9'u lisans öğrencisiydi"
    ("Telafer'de yeni nöbet sistemi ne zaman başladı?", "1 Şubat 2025"),  # "1 Şubat'tan itibaren"
    ("Maratonda kaç sporcu hastaneye kaldırıldı?", "3"),  # "… 37 sporcuya müdahale ettiğini, bunlardan 3'ünün …"
    ("Telafer'deki yeni kardiyoloji servisi kaç yataklı?", "24 yatak"),  # not the "altısı" of them
    ("Tarım Bakanlığı kooperatife kaç tekne bağışladı?", "on iki"),  # "… yaptığı bağışla filoya katıldı"
    ("Nüfus araştırmasında kaç Türkmen köyü ziyaret edildi?", "kırk altı köy"),
    ("Kerkük'ün Sesi belgeselinin yönetmeni kim?", "Emre Nefçi"),  # "Belgeselin yönetmeni …" of the one named
    ("Anaokulunun müdürü kim?", "Gülşen Tuzlu"),  # "Anaokulunun Müdiresi …"
    ("Hakem kursunun masraflarını kim karşıladı?", "Kerkük Türkmen Gençlik Spor Kulübü"),  # "… masrafını … üstlendi"
    ("Bir önceki şiir festivaline kaç şair katılmıştı?", "52"),  # "Geçen yılki festivalde katılımcı sayısı 52"
    ("Maratonu kim kazandı?", "Yusuf Kemal Beşiroğlu"),
    ("Yarı maraton kategorisini kim kazandı?", None),  # the marathon's winner is not the half marathon's
    ("Yedi Kuyu oyununun yönetmeni kim?", None),
])
def test_the_sixty_fifth_and_sixty_sixth_strangers_questions(sixty_fifth_strangers_qa, question, short):
    """The 65th and 66th strangers' failures: a post taken on, a part named by a compound, a start said with
    "itibaren", a deed said as its noun, a whole beside its part, a count of villages qualified by a people."""
    answer = sixty_fifth_strangers_qa.ask(question)
    assert (answer.short, answer.refused) == (short, short is None), answer.text
    if question.startswith("Yedi"):
        assert "Yedi Kuyu oyununun" in answer.text  # the whole name the refusal is about, its number word too


def test_the_sixty_fifth_strangers_follow_ups_of_a_part(sixty_fifth_strangers_qa):
    """"kaçı yoğun bakım?" after a ward's size is a part of its beds, not a size it describes; "kaçı kadın?"
    after a course's intake reads the next sentence's "yedisi"."""
    beds = talk(sixty_fifth_strangers_qa, ["Telafer'deki kardiyoloji servisi kaç yataklı?", "kaçı yoğun bakım?"])
    assert [a.short for a in beds] == ["24 yatak", "altı"]
    festival = talk(sixty_fifth_strangers_qa, ["Kerkük'teki şiir festivaline kaç şair katıldı?",
                                               "peki bir önceki yıl?"])
    assert [a.short for a in festival] == ["74 şair", "52"]  # not this year's, passed off as last year's
    course = talk(sixty_fifth_strangers_qa, ["Hakem kursuna kaç kişi kabul edildi?", "kaçı kadın?"])
    assert course[0].short == "40" and (course[1].short or "").startswith("yedi")  # ("yedi kadın")


@pytest.mark.parametrize("question, sentence, expected", [
    ("Kaç Türkmen okulunda fen laboratuvarı yok?",
     "Müdürlüğün verilerine göre 27 okulun 11'inde fen laboratuvarı bulunmuyor.", "11"),  # the part in its case
    ("Kaç Türkmen öğrenci burs kazandı?", "Irak'tan toplam 410 öğrenci burs kazanırken bunların 165'i Türkmen oldu.",
     "165"),  # the Turkmens, not all
])
def test_this_rounds_counts_qualified_by_a_people_or_a_case(question, sentence, expected):
    """A people's name before the counted noun picks the figure said with it; a part in the question's case is the
    part, not the whole owning it."""
    assert short_answer(Question.read(question), sentence) == expected


@pytest.mark.parametrize("question, sentence, expected", [
    # a people qualifying the count picks the part said with it, as a word of its own ("Arap", not "Arapça")
    ("Kaç Türkmen öğretmen atandı?", "Bu yıl atanan 300 öğretmenin 120'si Türkmen, 100'ü Arap.", "120"),
    ("Kaç Arap öğretmen atandı?", "Bu yıl atanan 300 öğretmenin 120'si Türkmen, 100'ü Arap.", "100"),
    ("Kaç Arap öğrenci kayıt oldu?", "Öğrencilerin 90'ı Arapça bölümünde, 60'ı Arap öğrenci.", "60"),
    ("Kaç Türkmen yaralandı?", "Olayda 12 kişi yaralandı, yaralıların yedisi Türkmen.", "yedi"),
    # a part in words followed by a particle or a manner counts what the digits would
    ("Kaç ev tamamen yıkıldı?", "Selde hasar gören evlerin dokuzu tamamen yıkıldı.", "dokuz"),
])
def test_a_reviewers_counts_by_a_people_and_parts_in_words(question, sentence, expected):
    """A reviewer's sentences the round's first reading of a people before the counted noun, and of parts in
    words, got wrong."""
    assert short_answer(Question.read(question), sentence) == expected


def test_a_reviewers_deeds_totals_towns_and_posts():
    """A reviewer's finds in the round's readers: a deed said otherwise only in its own words, a total said from
    the first day on, a town said outside the rest, a post taken on only where the sentence's subject holds it,
    and phases told relative to the current one."""
    for question, sentence in [("Cami ne zaman yenilendi?", "Yeni cami binası açıldı."),
                               ("Kursu kim destekledi?", "Kursiyerler destek beklediklerini söyledi."),
                               ("Benzin fiyatı ne zaman yükseldi?", "Erbil'den çıkan tanker yolda kaldı."),
                               ("Masrafları kim karşıladı?", "Masraflar konusunda ödeneğin onaylandığı belirtildi.")]:
        assert not says_deed(question, sentence), question
    assert says_deed("Tarım Bakanlığı kaç tekne bağışladı?", "Bunlardan on ikisi Bakanlığın yaptığı bağışla katıldı.")
    assert says_deed("Uygulama ne zaman başladı?", "Sistem 2025 yılından itibaren uygulanıyor.")
    total = "Sergiyi toplam kaç kişi ziyaret etti?"
    for sentence in ["Sergiyi açıldığı ilk günden bu yana toplam 12 bin kişi ziyaret etti.",
                     "Sergiye ilk ayında 5 bin, ikinci ayında 7 bin olmak üzere toplam 12 bin kişi geldi.",
                     "İlk aydınlatma gösterisini 3 bin kişi izledi."]:
        assert not counts_first_days(total, Question.read(total), sentence), sentence
    assert counts_first_days(total, Question.read(total), "Sergi ilk haftasında 2.300 kişi tarafından gezildi.")
    asked = "Diyala'dan kaç öğrenci burs kazandı?"
    assert place_left_in_rest(asked, "Öğrencilerin 43'ü Telafer'den, 71'i Kerkük'ten, Diyala'dan ise 12 öğrenci "
                                     "burs kazandı.") is None
    coach = Question.read("Erbil Spor'un antrenörü kim?")
    assert not holds_office(coach, "Kerkük Türkmeneli Spor'un teknik direktörlüğünü üstlenen Ali Kaya konuştu.")
    article = "Program başladı. Programın ilk dönemine 800 kişi katılmıştı. İkinci dönem bu ay başladı. Bu dönem " \
              "1.240 kişi başvurdu. Önceki dönemlerde toplam 600 kadın katıldı."
    assert edition_in_force((1, "dönem"), article, "Bu dönem 1.240 kişi başvurdu.") == 2
    assert edition_in_force((1, "dönem"), article, "Önceki dönemlerde toplam 600 kadın katıldı.") == 2


@pytest.fixture(scope="module")
def sixty_eighth_strangers_qa(tmp_path_factory, embedder):
    return archive_of_folder(tmp_path_factory, embedder, STRANGERS_59_TO_62 / "68" / "articles")


@pytest.mark.parametrize("question, short", [
    ("Azadi Hastanesi'ne hangi cihaz geldi?", None),  # answered, not "Arşivde Azadi Hastanesi hakkında …"
    ("Birlik Sesi ne zaman kuruldu?", "10 Kasım 1975"),  # not the fiftieth year's party, "dün akşam"
    ("Kerkük İl Meclisi'nin 2025 bütçesi ne kadar?", "1,9 trilyon Irak dinarı"),  # not last year's 1,6 trilyon
])
def test_the_sixty_eighth_strangers_questions(sixty_eighth_strangers_qa, question, short):
    """The 68th stranger's: a hospital named without its kind ("Azadi Eğitim Hastanesi"), a founding dated by an
    anniversary's party, a trillion, last year's budget quoted beside this year's; a markdown subheading
    ("## Cihaz hizmete girdi") is never quoted as a sentence."""
    answer = sixty_eighth_strangers_qa.ask(question)
    assert not answer.refused and answer.short == short, answer.text
    assert "Cihaz hizmete girdi [" not in answer.text


@pytest.fixture(scope="module")
def sixty_seventh_strangers_qa(tmp_path_factory, embedder):
    return archive_of_folder(tmp_path_factory, embedder, STRANGERS_59_TO_62 / "67" / "articles")


@pytest.mark.parametrize("question, short", [
    ("Türkmen Gençler Hentbol Turnuvası'nı hangi takım kazandı?", "Altunköprü Gençlikspor"),  # "… kupayı kaldırdı"
    ("Hentbol turnuvasında kadınlar kategorisinde kim şampiyon oldu?", "Telafer Anadolu Kızları"),
    ("Hentbol şampiyonuna ne kadar ödül verildi?", "5 milyon"),  # "şampiyon takıma 5 milyon, ikinci takıma 3 milyon"
])
def test_the_sixty_seventh_strangers_winners_and_prizes(sixty_seventh_strangers_qa, question, short):
    """The 67th stranger's: a tournament's winner is not its women's category's, nor the venue or the side it beat;
    a list of sums with the currency said once, at its end."""
    assert sixty_seventh_strangers_qa.ask(question).short == short


@pytest.mark.parametrize("question, short", [
    ("Gökkuşağı Anaokulu nerede?", "Tuzhurmatu"),  # "Tuzhurmatu'nun Türkmen mahallelerinde …", not "Irak'ta"
    ("Hakem kursunun dersleri nerede verildi?", "Kerkük Olimpiyat Stadı"),  # "… Stadı'nın toplantı salonunda"
    ("Kerkük'teki Türkmen Halk Kütüphanesi ne zaman yeniden açıldı?", "13 Mart 2024"),  # not its founding, 1972
    ("Kütüphane ne zaman yandı?", "2018"),  # "2018 yılındaki yangının" dates the fire, and only the fire
    ("Altıncı şiir festivali nerede yapılacak?", "Telafer"),  # "festivalin altıncısının … Telafer'de"
    ("Yedinci şiir festivali nerede yapılacak?", None),
    ("Erbil'deki kadın hakem kampına kaç aday katıldı?", None),  # "… gönderilmesinin planlandığını": not yet sent
    ("Federasyon sınavını kaç hakem adayı geçti?", None),  # "yaş ortalaması 24" counts nobody
    ("Kalp cerrahisi ünitesi ne zaman açılacak?", None),  # "benzer bir servisin 2025 yılında Sincar'da" is another's
    ("Sincar'da kardiyoloji servisi ne zaman açılacak?", "2025"),  # … which is Sincar's
])
def test_this_rounds_replayed_stranger_questions(sixty_fifth_strangers_qa, question, short):
    """The 65th and 66th strangers' questions still failing at the round's start: a place said in the genitive
    before its part, a place of a deed to come, a reopening dated by the founding, a date of another noun, an
    edition numbered after its name, a plan reported as done, a part of another whole, an average as a count."""
    answer = sixty_fifth_strangers_qa.ask(question)
    assert (answer.short, answer.refused) == (short, short is None), answer.text


def test_a_place_of_a_deed_to_come_is_not_where_it_was_done(sixty_fifth_strangers_qa):
    """"Hakem kursu nerede yapıldı?": not "… 15 Şubat'ta Bağdat'ta yapılacak federasyon sınavına"."""
    assert sixty_fifth_strangers_qa.ask("Hakem kursu nerede yapıldı?").short != "Bağdat"


def test_this_rounds_reasons_open_with_the_reason(sixty_fifth_strangers_qa):
    """"neden" is answered by the sentence giving the reason, not by the article's opening before it, and a
    closing told as following its cause ("yangının ardından kapalı kaldığı") gives one."""
    harvest = sixty_fifth_strangers_qa.ask("Tavuk'ta domates verimi neden arttı?")
    assert harvest.text.startswith("Ağa'ya göre verimdeki artışın en önemli nedenleri"), harvest.text
    library = sixty_fifth_strangers_qa.ask("Kerkük'teki kütüphane neden kapanmıştı?")
    assert not library.refused and "yangının ardından" in library.text, library.text


def test_this_rounds_follow_ups_of_a_harvest_and_a_road(sixty_fifth_strangers_qa):
    """"şu ana kadar" is a time, not a pointer; "ne kadarı toplandı" is answered by the clause saying it done
    beside the expected whole; "bunu kim açıkladı?" by who announced it, not by the town in parentheses; a month
    with no day ("kasım ayı sonunda") dates a deed to come."""
    harvest = talk(sixty_fifth_strangers_qa, ["Tavuk'ta kaç ton domates bekleniyor?",
                                              "şu ana kadar ne kadarı toplandı?", "bunu kim açıkladı?"])
    assert [a.short for a in harvest] == ["42 bin ton", "30 bin ton", "Ziraat Mühendisi Abbas Fazıl Ağa"]
    road = talk(sixty_fifth_strangers_qa, ["Tuzhurmatu'da ikinci etapta kaç köyün yolu asfaltlanacak?",
                                           "peki ne zaman bitecek?"])
    assert road[1].short == "kasım ayı sonu", road[1].text


def test_this_rounds_sixty_seventh_strangers_editions_and_follow_ups(sixty_seventh_strangers_qa):
    """An edition numbered by the compound's head ("Üçüncü Türkmen hentbol turnuvası": "üçüncü turnuvanın"), a
    count before a deed noun ("kaç takımın katılması"), a two-word follow-up that finds nothing alone ("skor
    neydi?"), and a month with no day for a second round."""
    assert sixty_seventh_strangers_qa.ask("Üçüncü Türkmen hentbol turnuvası nerede yapılacak?").short == "Telafer"
    # what was announced before holds now ("… 850 bin Irak dinarından alacağını duyurmuştu"), not the farmers' demand
    assert sixty_seventh_strangers_qa.ask("Tarım Bakanlığı Dakuk'ta buğdayın tonunu kaç dinardan alacak?").short \
        == "850 bin Irak dinarı"
    # a town before the event held there: the Kerkük concert's 650 are not the planned İstanbul one's
    assert sixty_seventh_strangers_qa.ask("Dilan Beyatlı'nın İstanbul konserine kaç kişi katıldı?").refused
    assert sixty_seventh_strangers_qa.ask("Üçüncü hentbol turnuvasına kaç takımın katılması bekleniyor?").short \
        == "16 takım"
    final = talk(sixty_seventh_strangers_qa, ["Hentbol turnuvasının finalini kim kazandı?", "skor neydi?",
                                              "peki nerede oynandı?"])
    assert [a.short for a in final[1:]] == ["27-24", "Erbil Kapalı Spor Salonu"]
    clinic = talk(sixty_seventh_strangers_qa, ["Telafer'deki gezici klinik kaç hastayı muayene etti?", "kaçı çocuktu?",
                                               "peki ikinci tur ne zaman?"])
    assert [a.short for a in clinic] == ["2.350 hasta", "1.120", "Eylül ayı"]


@pytest.mark.parametrize("question, sentence, expected", [
    ("Proje ne zaman bitecek?", "Bektaşi, çalışmaların kasım ayı sonunda tamamlanmasının beklendiğini söyledi.",
     "kasım ayı sonu"),
    ("İkinci doz ne zaman yapılacak?", "İkinci dozun mart ayının ilk haftasında yapılması planlanıyor.",
     "mart ayının ilk haftası"),
    ("Fuar ne zaman açılacak?", "Fuar eylülde açılacak.", "eylül"),
    # a month with its year is one date, and more exact than a year; a day more exact than a month
    ("Salonun inşaatına ne zaman başlandı?", "İnşaata 2022 yılının mart ayında başlanmıştı; çalışmalar bütçe sıkıntısı "
     "nedeniyle 2023'te yedi ay durdu.", "2022 yılının mart ayı"),
    ("Onarım ne zaman bitecek?", "Demirci, \"İşlerin 1 Ağustos 2024'te bitmesini bekliyoruz. Köprüyü temmuz sonunda "
     "trafiğe açabiliriz\" dedi.", "1 Ağustos 2024"),
    ("Ödemeler hangi tarihte başladı?", "Tazminat ödemelerinin Mayıs ayında başlaması bekleniyor.", None),  # not yet
    ("Deponun yapımına ne zaman başlanacak?", "Hasat eylül ayının ilk haftasında başladı.", None),  # done, not to come
    # a figure right after the asked attribute is its value; a compound's head counts another thing
    ("Köprünün maliyeti ne kadar?", "Ezzettin, projenin toplam maliyetinin 18,5 milyar dinar olduğunu, bunun 6 milyar "
     "dinarlık kısmının yollara harcanacağını açıkladı.", "18,5 milyar dinar"),
    ("Köyde ne kadar hurma toplandı?", "Muhtar, köyde 65 bin hurma ağacı bulunduğunu söyledi.", None),
    # a name titled by another office holds not the asked one
    ("Salahaddin Valisi kim?", "Kaymakam Demirci, törene Salahaddin Valisi'nin de katılmasının beklendiğini söyledi.",
     None),
    ("Kaymakam kim?", "Kaymakam Demirci, törenin mart ayında yapılacağını söyledi.", "Demirci"),
    ("Şu ana kadar ne kadar domates toplandı?", "Şu ana kadar yaklaşık 30 bin tonun toplandığı açıklandı.",
     "30 bin ton"),
    ("Stüdyo nerede?", "Kanal, Kerkük'ün Korya semtindeki yeni stüdyosundan yayın yaptı.", "Korya"),
])
def test_this_rounds_months_measures_and_places(question, sentence, expected):
    """A month said with no day is a date, named bare; a measure in any case is named bare; of a place in the
    genitive and its part, the part answers; a name titled by another office holds not the asked one."""
    assert short_answer(Question.read(question), sentence) == expected


def test_a_place_part_is_no_other_owner():
    """"Kültür Merkezi'nin büyük salonunda" says where; it gives nothing of another owner."""
    assert another_owner("Nesimi Şiir Ödülü töreni nerede yapıldı?",
                         "Tören, cumartesi akşamı Kerkük Türkmen Kültür Merkezi'nin büyük salonunda yapıldı.") is None


def test_an_ordinal_thing_is_answered_where_it_is_numbered(tmp_path_factory, embedder):
    """"İkinci doz … ne zaman?": the sentence numbering the second dose ("mart ayının ilk haftasında"), not the best
    read's "şubat ayında ikinci aşamada", which numbers another thing; a follow-up asks it of the campaign."""
    article = (STRANGERS_59_TO_62 / "64" / "articles" / "kus_gribi_asi.txt").read_text(encoding="utf-8")
    qa = archive_of(tmp_path_factory.mktemp("dose"), embedder, {"kus_gribi_asi.txt": article})
    assert qa.ask("İkinci doz kuş gribi aşıları ne zaman yapılacak?").short == "mart ayının ilk haftası"
    follow = talk(qa, ["Tuzhurmatu'daki kuş gribi aşı kampanyası ne zaman başladı?", "peki ikinci doz ne zaman?"])
    assert follow[1].short == "mart ayının ilk haftası", follow[1].text


@pytest.fixture(scope="module")
def sixty_ninth_strangers_qa(tmp_path_factory, embedder):
    """The 69th and 70th strangers' articles in one archive (their topics do not meet)."""
    return archive_of_folder(tmp_path_factory, embedder, STRANGERS_59_TO_62 / "69" / "articles",
                             STRANGERS_59_TO_62 / "70" / "articles")


def test_a_time_counted_from_today_that_no_report_has_is_read_from_the_newest(sixty_ninth_strangers_qa):
    """"geçen yıl" asked years after the archive's reports on the cooperative (March 2024): nothing of last
    year, so it is read from the newest report's day, which the notice says; a year named stays refused."""
    answer = sixty_ninth_strangers_qa.ask("Altunköprü kooperatifi geçen yıl kaç halı dokudu?")
    assert answer.short == "180 halı" and "en yeni haberin (14 Mart 2024)" in (answer.notice or ""), answer
    assert "bulamadım" not in answer.notice  # one notice: not the re-read period's beside it
    assert sixty_ninth_strangers_qa.ask("Altunköprü kooperatifi 2019'da kaç halı dokudu?").refused


def test_this_rounds_follow_ups_of_last_year_and_of_a_whole(sixty_ninth_strangers_qa):
    """"geçen yıl ne kadardı?" names no thing of its own: asked of the harvest, from its article's year; "geçen
    yıl kaç öğrenci burs almıştı?" asks of the talk's programme, in its article's words; the village's harvest
    is not one farmer's "kendi bahçesindeki" share."""
    harvest = talk(sixty_ninth_strangers_qa, ["Beşir'deki hurma hasadında ne kadar hurma toplandı?",
                                              "geçen yıl ne kadardı?"])
    assert [a.short for a in harvest] == ["4.200 ton", "3.100 ton"]
    grants = talk(sixty_ninth_strangers_qa, ["Burs programına kaç öğrenci seçildi?", "kaçı kız?",
                                             "geçen yıl kaç öğrenci burs almıştı?"])
    assert grants[2].short == "110 öğrenci", grants[2].text


@pytest.fixture(scope="module")
def seventy_first_strangers_qa(tmp_path_factory, embedder):
    """The 71st and 72nd strangers' articles in one archive."""
    return archive_of_folder(tmp_path_factory, embedder, STRANGERS_59_TO_62 / "71" / "articles",
                             STRANGERS_59_TO_62 / "72" / "articles")


@pytest.mark.parametrize("question, short", [
    ("Beşir'deki boru hattından kaç varil petrol sızdı?", "180 varil"),  # not the quote's "O zaman 60 varil … akmıştı"
    ("Kerkük Şehir Stadyumu'nun yenilenmesi ne kadara mal olacak?", "7,5 milyon dolar"),  # not 2011's "mal olmuştu"
    ("Kerkük'teki geçici hayvan pazarı nerede kurulacak?", "Yayçı"),  # "Yayçı yolu üzerinde": a road, no director
    ("Kerkük İl Tarım Müdürü kim?", None),
    # a past asked is answered by the past ("… ilk pazarda ise 41 kadın yer almış"; "savaştan önce … 32 bin ailenin
    # yaşadığını hatırlatarak"), and a figure of a past not yet known is no "henüz belirlenmedi"
    ("2023'teki ilk pazarda kaç kadın yer almıştı?", "41 kadın"),
    ("Savaştan önce Telafer'de kaç aile yaşıyordu?", "32 bin aile"),
])
def test_this_rounds_seventy_first_and_second_strangers_questions(seventy_first_strangers_qa, question, short):
    """Figures of an earlier event told inside a quote or in the pluperfect give way to the news's own; a road's
    name is a place."""
    answer = seventy_first_strangers_qa.ask(question)
    assert (answer.short, answer.refused) == (short, short is None), answer.text


def test_what_the_article_says_is_not_known_yet_is_the_answer(seventy_first_strangers_qa):
    """"henüz hesaplanmadı", "henüz belirlenmedi" say the asked figure or place is not known: quoted as the
    refusal, not another figure of the article ("2,8 milyon doları" of the tribune) nor another town."""
    for question, said in [("Kerkük'teki kapalı spor salonunun maliyeti ne kadar?", "henüz hesaplanmadı"),
                           ("Kerkük'teki el emeği pazarı nerede kurulacak?", "henüz belirlenmedi")]:
        answer = seventy_first_strangers_qa.ask(question)
        assert answer.refused and answer.text.startswith("Haber bunu açıklamıyor") and said in answer.text, answer.text


def test_a_person_or_place_of_another_town_in_a_two_town_article(sixty_ninth_strangers_qa):
    """The 70th stranger's Nevruz article tells of Tuzhurmatu and Dakuk: Dakuk's poet is not Tuzhurmatu's, and the
    river the 69th stranger's bridge crosses is no person whose surname another sentence opens on."""
    assert sixty_ninth_strangers_qa.ask("Dakuk'ta Nevruz şenliğinde şiirini okuyan şair kimdi?").refused
    assert sixty_ninth_strangers_qa.ask("Tuzhurmatu'da Nevruz şenliğinde şiirini okuyan şair kimdi?").short \
        == "Hıdır Lütfi"
    bridge = talk(sixty_ninth_strangers_qa, ["Hasa Çayı üzerindeki yeni köprünün maliyeti ne kadar?",
                                             "peki ne zaman açılacak?"])
    assert [a.short for a in bridge] == ["18,5 milyar dinar", "2024 yılının mart ayı"], bridge[0].text


def test_a_new_things_follow_ups_keep_its_noun_and_skip_the_old_one(seventy_first_strangers_qa):
    """"Yeni öğrenci yurdu kaç yataklı?" has no verb: "yurdu" is its subject, kept by the follow-ups; "peki ne zaman
    açıldı?" is the new dormitory's day, not the first one's year ("… 2019 yılında … açtığı ilk yurt")."""
    dorm = talk(seventy_first_strangers_qa, ["Yeni öğrenci yurdu kaç yataklı?", "kaçı kızlara ayrıldı?",
                                             "peki ne zaman açıldı?"])
    assert [a.short for a in dorm] == ["320 yataklı", "180", "14 Eylül 2025"], dorm[2].text
    assert seventy_first_strangers_qa.ask("Gönüllü itfaiye ekibi hangi yıl kuruldu?").short == "2022 (iki yıl önce)"


def test_since_when_names_no_kind(sixty_ninth_strangers_qa):
    """"peki ne zamandan itibaren geçerli?" asks since when: "itibaren" is no kind of thing the archive must
    name (it was refused "Arşivde itibaren geçerli hakkında …"), and "1 Temmuz'dan geçerli olmak üzere" answers."""
    turns = talk(sixty_ninth_strangers_qa, ["Telafer'de jeneratör ücretine tavan getirildi mi?", "bunu kim açıkladı?",
                                            "peki ne zamandan itibaren geçerli?"])
    assert turns[2].short == "1 Temmuz 2026", turns[2].text


@pytest.mark.parametrize("question, sentence, expected", [
    # a month's name that is a word of its own, or after a day, is no month alone; "yılı" joins the year
    ("Yemek ne zaman pişirildi?", "Kazanlar ocakta saatlerce pişirildi ve 2023'te rekor kırıldı.", "2023"),
    ("Anlaşma ne zaman imzalandı?", "Anlaşma 2023 yılı mart ayında imzalandı.", "2023 yılı mart ayı"),
    ("Dernek hangi yıl kuruldu?", "Dernek 2005 yılının mayıs ayında kuruldu.", "2005"),  # a year asked: the year
    ("Sergi hangi gün açıldı?", "Sergi eylülde Kerkük'te açıldı.", None),  # a day asked: no month
    # a date said of a deed done answers none to come; a clause reported is no deed done
    ("Ödüller ne zaman verilecek?", "Yarışma 30 Ekim'de sona erdi; ödüller kasım ayında verilecek.", "kasım ayı"),
    ("Kongre ne zaman toplanacak?", "Başkan, kongrenin kasımda toplanacağını bildirdi.", "kasım"),
    ("Hastane ne zaman açıldı?", "Hastane, 2015'teki açıklamanın ardından 2017'de açıldı.", "2017"),
    # a road is a place only where something is on it; a person's genitive is no place
    ("Yolu kim açtı?", "Bakan Ali Demirci yolu dün törenle trafiğe açtı.", "Bakan Ali Demirci"),
    ("Sergi nerede açıldı?", "Sergi, ressam Ahmet Kasapoğlu'nun atölye binasında açıldı.", None),
    # a year "-daki" is the noun's a few words on, which may be the one asked; "6 sandalye" is a noun whole
    ("Costa v ENEL ne zaman gerçekleşmiştir?", "1964 yılındaki ilk büyük dava olan Costa v ENEL'de Milanolu bir avukat "
     "dava açtı.", "1964"),
    ("Liste kaç sandalye elde etti?", "Liste 6 sandalye kazandı.", "6 sandalye"),
])
def test_a_reviewers_months_roads_and_genitives(question, sentence, expected):
    """A reviewer's sentences the round's first reading of months alone, roads and genitive places got wrong."""
    assert short_answer(Question.read(question), sentence) == expected


def test_a_reviewers_reasons_foundings_shares_and_backgrounds():
    """A reviewer's finds: "üzerine" gives a reason only after a request; a board ("Kurulu") founds nothing; a share
    is one's own only of someone the question does not name; a figure is matched whole, never inside a year; a town
    in a participle's clause is no place the sentence puts its person in."""
    assert not gives_reason("Köprü Hasa Çayı üzerine inşa edildi.")
    assert gives_reason("Kütüphane yangının ardından iki yıl kapalı kaldı.")
    assert not gives_reason("Toplantının ardından kapalı oturumda görüşüldü.")
    asked = "Kütüphane ne zaman yeniden açıldı?"
    assert not dates_first_time(asked, Question.read(asked), "Kütüphane, İl Yönetim Kurulu kararıyla 3 Mart'ta açıldı.")
    assert not ones_own("Belediye ne kadar ayırdı?", "Belediye kendi bütçesinden 2 milyar dinar ayırdı.", "2")
    assert ones_own("Köyde ne kadar hurma toplandı?", "Bayram, kendi bahçesinden 18 ton hurma topladı.", "18")
    assert not figure_in_background("Hat 2018'de döşenmişti. Bu kez 18 varil sızdı.", "18")
    assert not figure_in_background("Hat 2018'de döşenmişti. Bu kez 18 varil sızdı.", "")
    # a report or a decision in the pluperfect holds now; a past event told so does not
    assert reported_before("İl Meclisi, amper başına aylık en fazla 12 bin dinar alınabileceğine karar vermişti.")
    assert not reported_before("Stat en son 2011 yılında yenilenmişti; o çalışma 3 milyon dolara mal olmuştu.")
    # an edition a name runs up to: the seventh festival is not the fifth
    assert another_ordinal("7. Kerkük Türkmen Kültür ve Sanat Festivali'ni kaç kişi izledi?", "Geçen yıl düzenlenen "
                           "beşinci festivali 23 bin kişi izlemişti.") is not None
    curator = "Erbil'deki serginin küratörü kimdi?"
    assert place_of_another(curator, Question.read(curator), "Londra'da eğitim alan küratör Ayşe Bayatlı sergiyi "
                                                           "hazırladı.", "") is None


def test_a_time_counted_from_today_in_a_talk_stays_with_its_articles(sixty_ninth_strangers_qa):
    """In a talk, a question naming nothing of its own ("şirketin geçen yılki …") is re-read from the newest report
    only where that report is one the talk was about; one naming its subject is read as it would be alone."""
    turns = talk(sixty_ninth_strangers_qa, ["Burs programına kaç öğrenci seçildi?",
                                            "Altunköprü kooperatifi geçen yıl kaç halı dokudu?"])
    assert turns[1].short == "180 halı", turns[1].text
    turns = talk(sixty_ninth_strangers_qa, ["Burs programına kaç öğrenci seçildi?",
                                            "vakfın geçen yılki bütçesi ne kadardı?"])
    assert turns[1].refused, turns[1].text


def test_a_follow_ups_time_counted_from_today_is_read_from_the_newest_report(tmp_path_factory, embedder):
    """A follow-up's "bu yılki", its subject borrowed from the talk, is re-read from the newest report as a
    question of its own is (an archive with nothing of this year)."""
    article = (STRANGERS_59_TO_62 / "69" / "articles" / "altunkopru-hali-kooperatifi.txt").read_text(encoding="utf-8")
    qa = archive_of(tmp_path_factory.mktemp("carpets"), embedder, {"hali.txt": article})
    target = talk(qa, ["Altunköprü kooperatifi geçen yıl kaç halı dokudu?", "peki bu yılki hedef ne?"])[1]
    assert not target.refused and "250 halı" in target.text and "en yeni haberin" in (target.notice or ""), target


def test_a_follow_up_of_a_person_asked_as_the_object_keeps_the_talks_person(sixty_ninth_strangers_qa):
    """"kaç yaşında?" after "finalde kimi yendi?" asks the winner's age: the one beaten was the object, the talk is
    still about the winner; the age is shown as said of a person ("23 yaşında"), not in its attributive form."""
    turns = talk(sixty_ninth_strangers_qa, ["Güreş şampiyonasında 74 kiloda kim kazandı?", "finalde kimi yendi?",
                                            "kaç yaşında?"])
    assert [a.short for a in turns] == ["Yavuz Abbas", "Mustafa Kasap", "23 yaşında"], turns[2].text


def test_all_there_are_is_not_a_nights_share_nor_the_rest(sixty_fifth_strangers_qa):
    """"Telafer'de kaç eczane var?": not the four open "her gece", nor the quote's "Kalan 14 eczane", nor the 28 of
    "faaliyet gösteren 42 eczanenin 28'inin nöbet listesine …"; the part is asked where the question says it."""
    assert sixty_fifth_strangers_qa.ask("Telafer'de kaç eczane var?").short == "42 eczane"
    assert sixty_fifth_strangers_qa.ask("Telafer'de nöbet listesinde kaç eczane var?").short == "28 eczane"
    assert sixty_fifth_strangers_qa.ask("Telafer'de her gece kaç eczane açık?").short == "dört eczane"


def test_the_women_asked_of_young_players_are_the_girls(sixtieth_strangers_qa):
    """"kaçı kadın?" of a chess tournament's players, whose article says only "Oyuncuların 18'i kızdı"."""
    turns = talk(sixtieth_strangers_qa, ["Satranç turnuvasına kaç oyuncu katıldı?", "kaçı kadın?"])
    assert turns[1].short == "18 kız", turns[1].text


@pytest.mark.parametrize("question, sentence, expected", [
    # the site of what is to be built in a town is in that town now; a deed to come elsewhere is no place
    ("Temel atma töreni nerede düzenlendi?", "Temel atma töreni, Telafer'de yapılacak yeni hastanenin inşaat "
     "alanında düzenlendi.", "Telafer"),
    ("Toplantı nerede yapıldı?", "Toplantıda Bağdat'ta yapılacak fuarın hazırlıkları görüşüldü.", None),
    # an age as said of a person
    ("Nazlı Ömer kaç yaşında?", "Altmış yaşındaki Nazlı Ömer, kırk yıldır oya işlediğini anlattı.", "Altmış yaşında"),
    # a whole's share is the answer only where the question adds what the share's clause says
    ("Gençlik meclisinde kaç kadın üye var?", "Meclisteki 25 üyenin 9'u kadın.", "9 kadın"),
])
def test_this_rounds_sites_ages_and_wholes(question, sentence, expected):
    assert short_answer(Question.read(question), sentence) == expected


def test_a_follow_up_of_a_period_alone_re_asks_the_figure(sixty_ninth_strangers_qa):
    """"Geçen yıl ne kadardı?" and "Geçen yıl?" after a count re-ask the count of last year (a capitalised "Geçen"
    is no name); "peki geçen yıl?" after a "bu yıl" the archive has nothing of is read from its newest report, as
    the same question alone would be."""
    for follow_up in ("Geçen yıl ne kadardı?", "Geçen yıl?"):
        turns = talk(sixty_ninth_strangers_qa, ["Burs programına kaç öğrenci seçildi?", follow_up])
        assert turns[1].short == "110 öğrenci", (follow_up, turns[1].text)
    turns = talk(sixty_ninth_strangers_qa, ["Altunköprü kooperatifi bu yıl kaç halı dokudu?", "peki geçen yıl?"])
    assert turns[1].short == "180 halı" and "en yeni haberin" in (turns[1].notice or ""), turns[1]


def test_a_figure_of_another_towns_paragraph_numbered_line_or_first_period_is_refused(sixty_ninth_strangers_qa):
    """A two-town article: a sentence naming no town is of the town its paragraph opened on ("Tuzhurmatu'da
    kutlamalar …", then "… 200 polis görev yaptı"), or of the town whose office speaks ("Dakuk Belediye Başkanı …
    geçen yıl bu sayının 900 olduğunu"); a numbered thing is not another number's ("7 numaralı" line's ticket for
    the "3 numaralı"); a first day is no first month; a sum asked is not answered by a count of people."""
    qa = sixty_ninth_strangers_qa
    assert qa.ask("Tuzhurmatu'daki Nevruz şenliğinde kaç polis görev yaptı?").short == "200 polis"
    refused = ["Dakuk'taki Nevruz şenliğinde kaç polis görev yaptı?",
               "Tuzhurmatu'da geçen yıl Nevruz'a kaç kişi katılmıştı?",
               "Tuzhurmatu'daki Nevruz şenliği için dernek kaç dinar topladı?",
               "Kerkük'teki 3 numaralı otobüs hattında bilet ücreti ne kadar?",
               "Yeni otobüs hattı ilk ayda kaç yolcu taşıdı?"]
    for question in refused:
        answer = qa.ask(question)
        assert answer.refused, (question, answer.text)
    assert qa.ask("Dakuk'ta geçen yıl Nevruz'a kaç kişi katılmıştı?").short == "900"
    assert qa.ask("3 numaralı hat günde kaç yolcu taşıyor?").short == "2.600 yolcu"
    assert qa.ask("Yeni hat günde kaç yolcu taşıyacak?").short == "4 bin yolcu"


def test_a_plan_or_a_hope_is_no_deed_done(seventy_first_strangers_qa):
    """A past question of what the article says is only planned is refused, the plan quoted and cited; an ordinal
    thing only hoped for ("üçüncü bir araç almayı umduklarını") has no price of the first one."""
    answer = seventy_first_strangers_qa.ask("Yetim çocuklara kaç bayramlık kıyafet dağıtıldı?")
    assert answer.refused and answer.text.startswith(PLANNED_LEAD) and answer.sources, answer.text
    assert "500 yetim çocuğa" in answer.sources[0].quote
    assert seventy_first_strangers_qa.ask("Gönüllü itfaiye ekibinin üçüncü aracı kaça alındı?").refused
    assert seventy_first_strangers_qa.ask("Gönüllü itfaiye ekibinin ilk aracı kaç dolar değerinde?").short == \
        "65 bin dolar"


@pytest.fixture(scope="module")
def seventy_third_strangers_qa(tmp_path_factory, embedder):
    """The 73rd and 74th strangers' articles in one archive."""
    return archive_of_folder(tmp_path_factory, embedder, STRANGERS_59_TO_62 / "73" / "articles",
                             STRANGERS_59_TO_62 / "74" / "articles")


@pytest.fixture(scope="module")
def seventy_fifth_strangers_qa(tmp_path_factory, embedder):
    """The 75th and 76th strangers' articles in one archive."""
    return archive_of_folder(tmp_path_factory, embedder, STRANGERS_59_TO_62 / "75" / "articles",
                             STRANGERS_59_TO_62 / "76" / "articles")


@pytest.mark.parametrize("question, short", [
    ("Yeni ambulanslar ne zaman teslim edildi?", "2 Mart 2025"),  # "hizmet verecek … Pazar günü … teslim etti"
    ("Taze'ye kaç ambulans verildi?", "altı ambulans"),  # "sekizinin Dakuk'a, altısının Taze'ye, …"
    ("Türkmen İttifakı kaç şikayet dilekçesi verdi?", "40 şikâyet dilekçesi"),  # typed without the circumflex
    ("Yangında kaç derslik yandı?", "yedi derslik"),  # "on derslikten yedisi … yandı"
    ("Türkmen listeleri kaç sandalye kazandı?", "iki sandalye"),  # "on altı sandalyeden ikisini kazandı"
    ("Bastamlı'ya kaç aile döndü?", "87 aile"),  # the next sentence's "Bu ailelerin 87'si Bastamlı'ya, …"
    ("Yengice'ye kaç aile yerleşti?", "71 aile"),
    ("Türkmeneli Eğitim Vakfı panel projesine kaç dolar veriyor?", "750 bin dolar"),  # "Bu tutarın 750 bin …"
    ("Kerkük'te 2024'te trafik kazalarında kaç kişi öldü?", "187 kişi"),  # not "bu yolda … 41 kişi öldü"
    ("Kerkük-Tuzhurmatu yolunda kaç kişi öldü?", "41 kişi"),  # "bu yolda", the road named before it
    ("Telafer Eğitim Müdürü kim?", "Abdulkadir Nureddin"),
    ("Kerkük Sağlık Müdürü kim?", "Dr. Ziyad Hürmüzlü"),  # not "Sağlık Müdürlüğü'ne bağlı … paramedik Osman …"
    ("Ninova İl Eğitim Müdürü kim?", None),  # "… kalanını ise Ninova İl Eğitim Müdürlüğü karşılıyor": no director
    ("Birlik TV'nin Telafer bürosunda kaç kişi çalışıyor?", None),  # the channel's 140 are no bureau's
    ("Meryem Kazancı nereli?", "Telaferli"),
])
def test_this_rounds_seventy_third_and_fourth_strangers_questions(seventy_third_strangers_qa, question, short):
    """Days counted back from the article's, parts in words and place by place, shares pointed back at, a part
    pointed at by "bu yolda", offices that are bodies, branches, and where someone is from."""
    answer = seventy_third_strangers_qa.ask(question)
    assert answer.short == short and (short is not None or answer.refused), answer.text


def test_a_race_is_won_by_its_fastest_not_a_category_nor_the_prize_giver(seventy_third_strangers_qa):
    answer = seventy_third_strangers_qa.ask("Altunköprü–Kerkük bisiklet yarışını kim kazandı?")
    assert "Mustafa Demirci" in answer.text and "Zeynep Ayvaz" not in answer.text, answer.text


def test_a_winners_age_and_town_are_asked_of_the_winner(seventy_third_strangers_qa):
    """"kaç yaşında?" then "nereli?" after "… kim kazandı?": the winner's, the second though the answer before it
    named no one."""
    turns = talk(seventy_third_strangers_qa, ["Genç Hoyrat Yarışması'nı kim kazandı?", "kaç yaşında?", "nereli?"])
    assert [a.short for a in turns] == ["Meryem Kazancı", "19 yaşında", "Telaferli"], turns[-1].text


@pytest.mark.parametrize("question, short", [
    ("Diş kliniğinin sorumlu hekimi kim?", "Dt. Zeynep Kasapoğlu"),  # "Dt." ends no sentence
    ("Türkmence-Türkçe Büyük Sözlük'te kaç madde var?", "24.500 madde"),  # a PDF's running header is no sentence
    ("Yurt dışında kaç Türkmen işçi çalışıyor?", "on sekiz bin"),  # "işçi sayısı on sekiz bin civarında"
    ("Kerkük'te ekmeğin fiyatı ne kadar?", None),  # the film's "Bilet fiyatı 5.000 dinar" of no bread
    ("Almanya'da kaç Türkmen işçi çalışıyor?", None),  # "yurt dışında çalışan … on sekiz bin": abroad's, all of it
    ("Kırık Saz filminin bütçesi ne kadar?", "180 bin dolar"),  # "Türkmeneli Film Atölyesi" is no film of a place
    # "Türkmen yönetmen Aydın Salihi'nin": a people describes the director; a screenwriter is no director
    ("Kırık Saz filminin yönetmeni kim?", "Aydın Salihi"),
    ("Kırık Saz'ın senaristi kim?", None),
    # the first film is numbered past "ikinci uzun metrajlı filmi", and named in quotes alone
    ("Aydın Salihi'nin ilk filmi hangisi?", "Gölge"),
    ("Gölge filmini kaç kişi izledi?", "12 bin kişi"),  # not the gala's 200 (the sentence naming Gölge)
    ("2023'te Telafer'de şap hastalığından kaç hayvan telef oldu?", None),  # "Ninova genelinde 3.200"
])
def test_this_rounds_seventy_fifth_and_sixth_strangers_questions(seventy_fifth_strangers_qa, question, short):
    answer = seventy_fifth_strangers_qa.ask(question)
    assert answer.short == short and (short is not None or answer.refused), answer.text


def test_a_reviewers_reasons_extremes_and_weekdays():
    """A reviewer's finds this round: "etkili olan sağanak yağış" gives no reason (a possessor's "… işaretlerinin
    etkili olduğunu" does); an extreme said as a pronoun ("en genci", "en eskisi") is said; a future after the
    weekday is the weekday's, an ablative no past verb."""
    from rag.answer.span import says_extreme, says_only_opposite
    from rag.language.dates import said_day

    assert not gives_reason("Kerkük ve çevresinde 22 Kasım'da etkili olan sağanak yağış sele yol açtı.")
    assert gives_reason("Sarıkahya, düşüşte hız denetimlerinin ve yeni trafik işaretlerinin etkili olduğunu söyledi.")
    pilgrims = "Hacı adaylarının en yaşlısı 86 yaşındaki Fatma Nalbant, en genci ise 24 yaşındaki Ahmet Pirzade."
    assert says_extreme("genç", pilgrims) and not says_only_opposite("genç", pilgrims)
    assert says_extreme("eski", "Kitabelerin en eskisi 1250 yılına ait, en yeni mezar taşı ise 1920 tarihli.")
    assert said_day("Kütüphane cuma günü öğleden sonra açılacak.", "2025-03-05").isoformat() == "2025-03-07"
    assert said_day("Heyet cuma günü Kerkük'ten yola çıkacak.", "2025-03-05").isoformat() == "2025-03-07"


def test_a_reviewers_edges_of_this_rounds_rules():
    """Where this round's rules must not reach: another numbered kind ("3 numaralı okulun önünden" on a line's
    article), a first month counted in days, "kampında kalan" (staying, not the rest), "Benim bildiğim kadarıyla"
    (no one's share), a deed's noun before a whole ("Başvuruda bulunan 1.200 kişiden"), a total asked of a share's
    article, a deed to come that is no site, a post given in capitals."""
    from rag.answer.span import another_numbered, counts_another_first_period, counts_no_whole, share_of_named

    line = ("Kerkük Belediyesi 7 numaralı otobüs hattı açtı.\n\n"
            "Hat, 3 numaralı okulun önünden geçiyor ve günde 2 bin yolcu taşıyor.")
    assert another_numbered("Hat günde kaç yolcu taşıyor?", line.split("\n\n")[1], line) is None
    assert not counts_another_first_period("Hat ilk ayda kaç yolcu taşıdı?", "Hat ilk 30 günde 40 bin yolcu taşıdı.")
    assert not counts_no_whole(Question.read("Kampta kaç aile kalıyor?"),
                               "Yahyava kampında kalan 300 aile kışa hazırlanıyor.")
    assert not ones_own("Kaç aile göç etti?", '"Benim bildiğim kadarıyla 300 aile köyden göç etti" dedi.', "300")
    assert short_answer(Question.read("Kaç kişi başvurdu?"),
                        "Başvuruda bulunan 1.200 kişiden 50'si kursa kabul edildi.") == "1.200 kişi"
    assert not share_of_named(Question.read("Telafer'deki okul projesinin toplam maliyeti ne kadar?"),
                              "Projenin toplam maliyeti 1,2 milyon dolar.",
                              "Bu tutarın 750 bin dolarını Türkmeneli Vakfı, kalanını ise Telafer Belediyesi "
                              "karşılıyor.")
    assert short_answer(Question.read("Kurs nerede düzenlendi?"), "Kurs, 15 Şubat'ta Bağdat'ta yapılacak federasyon "
                        "sınavının hazırlığı kapsamında Erbil'de düzenlendi.") == "Erbil"
    assert short_answer(Question.read("Telafer Kaymakamı kim?"),
                        "Telafer Kaymakamlığı görevine getirilen Ahmet Bayatlı törende konuştu.") == "Ahmet Bayatlı"


def test_a_thing_only_planned_is_refused_unless_told_done():
    """"hatıra müzesi ne zaman açıldı?" beside a museum only planned is refused (its words are said only in the
    plan; a future "olacağını söyledi" tells nothing done); one sentence telling it done answers; a time word
    ("haftanın") and the verb asked name no thing (a reviewer's and the full suite's finds)."""
    from rag.answer.span import subject_only_planned

    question = "Tuzhurmatu'daki hatıra müzesi ne zaman açıldı?"
    opened = "Tuzhurmatu'daki anıt 13 Mart'ta açıldı."
    article = (f"{opened} Belediye, anıtın arkasına 2025 yılında bir hatıra müzesi yapılmasını planlıyor. "
               "Başkan, müzenin 600 metrekare olacağını söyledi.")
    assert subject_only_planned(question, Question.read(question), opened, article)
    assert not subject_only_planned(question, Question.read(question), opened,
                                    f"{article} Müze geçen hafta ziyarete açıldı.")
    election = "Tuzhurmatu'daki seçim haftanın hangi günü yapıldı?"
    held = "Seçim 7 Şubat Cumartesi günü yapıldı."
    assert not subject_only_planned(election, Question.read(election), held,
                                    f"{held} Meclisin ilk toplantısını mart ayının ilk haftasında yapması bekleniyor.")


def test_an_edition_is_numbered_by_the_times_it_was_held():
    """"Beşinci Türkmen Kültür Festivali" is "Beşinci kez düzenlenen Kerkük Türkmen Kültür Festivali" (blind2's
    film question was refused "beşinci türkmen için"); the sixth stays unsaid."""
    from rag.answer.span import numbers_asked, unsaid_ordinal

    article = ("Beşinci kez düzenlenen Kerkük Türkmen Kültür Festivali, bu yıl ilk kez yedi gün sürdü. Yarışmaya "
               "gönderilen 37 film arasından birincilik ödülünü \"Son Tren\" aldı.")
    fifth = "Beşinci Türkmen Kültür Festivali'nin kısa film yarışmasında birinci olan film hangisi?"
    assert unsaid_ordinal(fifth, article) is None and numbers_asked(fifth, article)
    assert unsaid_ordinal(fifth.replace("Beşinci", "Altıncı"), article)


def test_a_quarter_is_of_the_year_its_report_is_of():
    """In a January 2025 report titled on 2024's rents, "Yılın ilk çeyreğinde" is 2024's first quarter, and each
    quarter's figure answers for its own quarter, its locative however harmony writes it."""
    from rag.answer.span import another_year

    title, rent = ("Kerkük'te konut kiraları 2024'te yüzde 22 arttı",
                   "Yılın ilk çeyreğinde 450 bin dinar olan ortalama kira, son çeyrekte 550 bin dinara ulaştı.")
    assert another_year("2025'in ilk çeyreğinde kira ne kadar oldu?", rent, "2025-01-20", title) == ("2025", "2024")
    assert another_year("2024'ün ilk çeyreğinde kira ne kadardı?", rent, "2025-01-20", title) is None
    assert short_answer(Question.read("2024'ün ilk çeyreğinde kira ne kadardı?"), rent) == "450 bin dinar"
    assert short_answer(Question.read("Son çeyrekte kira ne kadardı?"), rent) == "550 bin dinar"


def test_a_film_followed_up_by_its_director_first_film_and_its_audience(seventy_fifth_strangers_qa):
    """The 76th stranger's talk: "peki ilk filmi hangisiydi?" is the director's first film, and "onu" the film
    just named."""
    answers = talk(seventy_fifth_strangers_qa, ["Kırık Saz filminin yönetmeni kim?", "peki ilk filmi hangisiydi?",
                                                "onu kaç kişi izledi?"])
    assert [answer.short for answer in answers] == ["Aydın Salihi", "Gölge", "12 bin kişi"], answers[-1].text


def test_a_part_in_the_locative_counts_its_whole():
    """"mezar taşlarının on dördünde", "okulların 12'sinde": some of the whole named before, in words or figures."""
    question = Question.read("Kaç mezar taşında Osmanlıca kitabe var?")
    said = "Kemal Ağaoğlu, mezar taşlarının on dördünde Osmanlıca kitabe bulunduğunu söyledi."
    assert fit(question, said) == 2 and short_answer(question, said) == "on dört"
    assert fit(question, said.replace("on dördünde", "14'ünde")) == 2


@pytest.fixture(scope="module")
def seventy_seventh_strangers_qa(tmp_path_factory, embedder):
    """The 77th and 78th strangers' articles in one archive."""
    return archive_of_folder(tmp_path_factory, embedder, STRANGERS_59_TO_62 / "77" / "articles",
                             STRANGERS_59_TO_62 / "78" / "articles")


@pytest.fixture(scope="module")
def seventy_ninth_strangers_qa(tmp_path_factory, embedder):
    """The 79th and 80th strangers' articles in one archive."""
    return archive_of_folder(tmp_path_factory, embedder, STRANGERS_59_TO_62 / "79" / "articles",
                             STRANGERS_59_TO_62 / "80" / "articles")


@pytest.mark.parametrize("question, short", [
    # a thing the place's article never names is no thing of that place: the shelter opened, no conservatory
    ("Telafer'deki konservatuvar ne zaman açıldı?", None),
    ("Derneğin verdiği aylık burs ne kadar?", "3 bin lira"),  # "ayda 3 bin lira", not the yearly budget
    ("Badem yağı tesisinin maliyeti ne kadar?", None),  # "… bir maliyet hesabı henüz yapılmadı", quoted
    ("Demir Kartal takımı Bağdat'taki yarışmada kaçıncı oldu?", "ikinci"),  # "ikincilik ödülü kazandı"
    ("Kifri kervansarayında kaç oda var?", "otuz altı oda"),  # "otuz altı odadan 22'sinin": every word of it
    ("Su tankerlerinin her birinin kapasitesi ne kadar?", "12 bin litre"),  # "her birinin" is each one's, no owner
    ("Kerkük'te emeklilerin protestosuna kaç kişi katıldı?", "dört yüz emekli"),  # not 2023's "o eyleme … 150 kişi"
    # "50 bin ton kapasiteli siloda … 18 bin ton buğday …, bunun yaklaşık 2 bin 300 tonunun yandığını ya da dumandan
    # zarar gördüğünü": what was harmed, not what holds it or what was there
    ("Tuzhurmatu'daki yangında kaç ton buğday zarar gördü?", "2 bin 300 ton"),
])
def test_this_rounds_seventy_seventh_and_eighth_strangers_questions(seventy_seventh_strangers_qa, question, short):
    answer = seventy_seventh_strangers_qa.ask(question)
    assert answer.short == short and (short is not None or answer.refused), answer.text


@pytest.mark.parametrize("question, short", [
    ("Bir öğrencinin aylık fotokopi masrafı ne kadar?", "15 bin dinar"),  # "aylık" is how often, no kind
    ("2024 şubatında bir miskal altın kaç dinardı?", "425 bin dinar"),  # the year first, the month after
    ("İş güvenliği eğitimi ne kadar sürecek?", "altı hafta"),  # "hafta" has no locative "-ta" to cut
    # the article says the figure is not told or not set yet: quoted, never another's figure
    ("E-spor turnuvasının sponsorluk geliri ne kadardı?", None),  # (a quote closing on page 2 is no longer page 2)
    ("Dibis Barajı'ndan ikinci salımda saniyede kaç metreküp su bırakılacak?", None),  # not the first release's
    ("Yeşil Vadi Parkı'ndaki havuzun bütçesi ne kadar?", None),  # "bütçenin henüz ayrılmadığı", not the park's
    ("Altunköprü Kupası'nda ikinci kim oldu?", "Mehmet Bayraktar"),  # "ikinci sırayı … aldı"
    ("Anıt için bağışlarla ne kadar para toplandı?", "90 milyon dinar"),  # "Bu tutarın 90 milyon dinarı … bağışlarıyla"
    ("Parka kaç zeytin fidanı dikildi?", "1.100 zeytin fidanı"),  # "Dikilen fidanların 1.100'ü zeytin", not all 3.200
    # the opening match's winner is not the final's (only planned), nor "9 milyon Irak dinarı" a team
    ("Kadın voleybol liginin final maçını hangi takım kazandı?", None),
    ("Erbil'de altın fiyatları ne kadar arttı?", None),  # Kerkük's gold prices; Erbil's article is a horse race's
    ("Tuzhurmatu'daki hatıra müzesi ne zaman açıldı?", None),  # only planned beside the monument's opening
])
def test_this_rounds_seventy_ninth_and_eightieth_strangers_questions(seventy_ninth_strangers_qa, question, short):
    answer = seventy_ninth_strangers_qa.ask(question)
    assert answer.short == short and (short is not None or answer.refused), answer.text


def test_a_figure_is_bolded_without_its_copula_and_per_the_asked_period():
    """The 80th stranger's "425 bin dinardı", "9 bindi", "altı haf"; and a yearly budget is no monthly grant."""
    from rag.answer.span import another_rate

    gold = "Altın bugün 585 bin dinardan satılırken, geçen yıl şubat ayında aynı miktar altın 425 bin dinardı."
    assert short_answer(Question.read("Geçen yıl bir miskal altın kaç dinardı?"), gold) == "425 bin dinar"
    assert short_answer(Question.read("2022'de festivali kaç kişi izledi?"),
                        "Köprülü'ye göre geçen yıl festivali izleyenlerin sayısı 9 bindi.") == "9 bin"
    assert short_answer(Question.read("Eğitim ne kadar sürecek?"), "İşçiler altı hafta sürecek bir eğitim alacak.") \
        == "altı hafta"
    assert another_rate("Derneğin verdiği aylık burs ne kadar?", "Derneğin yıllık burs bütçesi 4,3 milyon lira.")
    assert not another_rate("Derneğin verdiği aylık burs ne kadar?", "Dernek öğrencilere ayda 3 bin lira veriyor.")


def test_a_figure_said_for_abroad_is_no_one_countrys():
    """"yurt dışında çalışan Türkmen işçi sayısı" is all abroad's, not Germany's; a delegation "yurtdışından gelen"
    says whence, no scope of its figure (the README's Baku question)."""
    from rag.answer.span import says_wider_scope

    assert says_wider_scope("Beyatlı'ya göre yurt dışında çalışan Türkmen işçi sayısı on sekiz bin civarında.")
    assert not says_wider_scope("Irak, Türkiye ve yurtdışından gelen 40 kişilik Irak Türkmen heyeti katıldı.")


def test_who_said_it_is_the_speaker_of_the_quoted_sentence(seventy_ninth_strangers_qa):
    """The 80th stranger's "bunu kim açıkladı?" after "kaçı kadın?" was answered **Baba Gurgur**, an oil field: the
    one who said it ("Avcı, … 65'inin kadın olduğunu … belirtti") is the answer, by their full name."""
    answers = talk(seventy_ninth_strangers_qa, ["Hürmüz Petrol kaç yerel işçi aldı?", "kaçı kadın?",
                                                "bunu kim açıkladı?"])
    assert answers[-1].short == "Selma Avcı", answers[-1].text


@pytest.fixture(scope="module")
def eighty_first_strangers_qa(tmp_path_factory, embedder):
    return archive_of_folder(tmp_path_factory, embedder, STRANGERS_59_TO_62 / "81" / "articles")


def test_the_eighty_first_strangers_office_holder_and_an_hour(eighty_first_strangers_qa):
    """The 81st stranger's: "Kerkük Türkmen Kültür Vakfı'nın başkanı kim?" was refused (the "Dr." of another
    office's "Prof. Dr. …" read as the same holder), and "kaç kişi çalışıyor" answered **5** from "sabah 5'te"."""
    qa = eighty_first_strangers_qa
    assert qa.ask("Kerkük Türkmen Kültür Vakfı'nın başkanı kim?").short == "Dr. Yavuz Hamdi Kerküklü"
    assert qa.ask("musalla şubesinde kaç kişi çalışıyor").refused
    assert short_answer(Question.read("Kaç kişi çalışıyor?"), "Şube her gün sabah 5'te açılıyor.") is None
    assert short_answer(Question.read("Kaç kişi geldi?"),
                        "Sabah 9'dan akşam 6'ya kadar süren şenliğe 300 kişi geldi.") == "300 kişi"


def test_a_participles_year_is_no_answer_for_the_main_verb():
    """The 81st stranger's "ikinci şubeyi ne zaman açtı?" got **2021**, the founding's year in "2021 yılında
    kurulan …, ikinci şubesini geçen salı … açtı"; asked of the founding, it answers."""
    said = ("Kerkük'ün Musalla mahallesinde 2021 yılında kurulan Bereket Fırın Kooperatifi, ikinci şubesini geçen "
            "salı Rahimava semtinde açtı.")
    assert short_answer(Question.read("Bereket kooperatifi ikinci şubeyi ne zaman açtı?"), said) is None
    assert short_answer(Question.read("Kooperatif ne zaman kuruldu?"), said) == "2021"
    assert short_answer(Question.read("Hastane ne zaman genişletildi?"),
                        "2019 yılında açılan hastane 2024 yılında genişletildi.") == "2024"
    assert short_answer(Question.read("İlk süreci hangi yıl geliştirdiler?"), "İlk süreç, 1895 yılında Alman mühendis "
                        "Carl von Linde tarafından geliştirildi.") == "1895"  # (a people's name is no participle)


def test_a_follow_up_naming_a_vowel_dropping_owner_stays_in_the_article(eighty_first_strangers_qa):
    """The 81st stranger's "ya vakıf ne kadar verdi?" after the archive project's budget got another article's
    "500 bin dinar para ödülü verildi": "vakıf" was read "vakı", which "Vakfı" does not hold, so the article
    being discussed seemed to say nothing of it."""
    from rag.subject import predicate_roots, roots_held

    assert roots_held("Bunun 40 bin dolarını Kerkük Türkmen Kültür Vakfı karşılıyor.",
                      predicate_roots("ya vakıf ne kadar verdi?", [])) == 1
    answers = talk(eighty_first_strangers_qa, ["Türkü arşivi projesinin bütçesi ne kadar?", "ya vakıf ne kadar verdi?"])
    assert "40 bin dolar" in answers[-1].text and "500 bin" not in answers[-1].text, answers[-1].text


def test_a_deed_worded_otherwise_after_a_dropped_vowel(eighty_first_strangers_qa):
    """The 81st stranger's "peki projeyi kim destekliyor?" was refused: "destekliyor" is read "destekl[ae]?", which
    missed the other wordings kept for "destekl" ("… 25 bin dolarını ise üniversite karşılıyor"). A noun of support
    ("desteğin … süreceğini açıkladı") names no supporter."""
    assert says_deed("Projeyi kim destekliyor?", "Bunun 40 bin dolarını vakıf, 25 bin dolarını üniversite karşılıyor.")
    assert not says_deed("Projeyi kim destekliyor?", "Başkan, desteğin 2026 yılında da süreceğini açıkladı.")
    answers = talk(eighty_first_strangers_qa, ["Erbil'deki türkü arşivi projesinde kaç gönüllü öğrenci çalışıyor?",
                                               "kaçı kız?", "peki projeyi kim destekliyor?"])
    assert answers[-1].short == "Kerkük Türkmen Kültür Vakfı", answers[-1].text
    opened = eighty_first_strangers_qa.ask("Bereket kooperatifi ikinci şubesini hangi gün açtı?")
    assert opened.short and opened.short.endswith("2025") or opened.refused, opened.text


def test_a_former_head_is_the_one_who_ran_it(seventy_seventh_strangers_qa):
    """The 77th stranger's "Derneği altı yıl yöneten eski başkan kim?" got another body's "Vakıf Başkanı Dr. Kasım
    Nefteçi": "Derneği altı yıldır yöneten Necat Bayatlı" names no "başkan", yet one who runs a body heads it. Asked
    by the body's name, the former head was refused: the lead's sentence names the new head, and the article was
    skipped as one about another post."""
    qa = seventy_seventh_strangers_qa
    assert qa.ask("Derneği altı yıl yöneten eski başkan kim?").short == "Necat Bayatlı"
    assert qa.ask("İstanbul Irak Türkmenleri Dayanışma Derneği'nin eski başkanı kim?").short == "Necat Bayatlı"
    assert qa.ask("İstanbul Irak Türkmenleri Dayanışma Derneği'nin yeni başkanı kim?").short == "Avukat Leyla Tuzlu"


@pytest.fixture(scope="module")
def eighty_second_strangers_qa(tmp_path_factory, embedder):
    return archive_of_folder(tmp_path_factory, embedder, STRANGERS_59_TO_62 / "82" / "articles")


@pytest.mark.parametrize(("question", "short"), [
    # a size a thing keeps is answered by the sentence recalling it, not by the news's "2 kilometre güneyine"
    ("Altunköprü'deki tarihi köprü kaç metre uzunluğunda?", "145 metre"),
    # "İkinci Ligi" is a league's tier, no second edition of anything
    ("Irak İkinci Ligi'nin gol kralı kim oldu?", "Ali Bezirgan"),
    # "belediye otobüsünden dönüştürülen araçta" is the library bus, not another kind of bus
    ("Gezici kütüphane otobüsünde kaç kitap var?", "3 bin 200 kitap"),
    # "Kitap Yolu otobüsü": a bus's name, no person the sentence must name
    ("Kitap Yolu otobüsü haftada kaç gün yola çıkıyor?", "üç gün"),
    # "gelirin ne kadarı" asks a share, a rate as well as a sum
    ("Sergide satılan eserlerin gelirinin ne kadarı dokumacı kadınlara gidiyor?", "yüzde 80"),
    # a length of time asked, further down than the lead's new frequency, and the figure a change ends at ("16
    # saatten 20 saate"); "artık" (newest) reads the same article
    ("Türkmeneli Sesi Radyosu günde kaç saat yayın yapacak?", "20 saat"),
    ("Türkmeneli Sesi Radyosu artık günde kaç saat yayın yapacak?", "20 saat"),
    # a country's currency keeps its compound's possessive ("Irak dinar" was cut from "Irak dinarı")
    ("Altunköprü'deki tarihi köprünün onarımı ne kadara mal olacak?", "2 milyar 400 milyon Irak dinarı"),
])
def test_the_eighty_second_strangers_figures_and_names(eighty_second_strangers_qa, question, short):
    """The 82nd stranger's questions that got another figure in bold or were refused (4 of their 7 misses)."""
    answer = eighty_second_strangers_qa.ask(question)
    assert answer.short == short, answer.text


def test_the_eighty_second_strangers_follow_ups(eighty_second_strangers_qa):
    """"ya kaç üyesi var?" got **19** ("Üyelerin 19'unu kadın arıcılar oluşturuyor"): "üyesi" was counted as "üyes",
    which "üye sayısı 64'e" does not say; "onu kim açtı?" got **Irak Türkmeni** from the sentence saying the show
    "açıldı", a passive naming no one; "ya kaç çocuk geldi?" got **iki çocuk** from "iki gönüllü çocuklara masal
    okuyor" (a number counts a singular: the two are volunteers)."""
    qa = eighty_second_strangers_qa
    members = talk(qa, ["Yaşıl Vadi Arıcılık Kooperatifi'nin başkanı kim?", "peki kooperatif ne zaman kuruldu?",
                        "ya kaç üyesi var?"])
    assert members[-1].short == "64", members[-1].text
    opened = talk(qa, ["Türkmeneli'nin Renkleri sergisi nerede açıldı?", "onu kim açtı?"])
    assert "Gökhan Yazgı" in opened[-1].text and "Irak Türkmeni" != opened[-1].short, opened[-1].text
    children = talk(qa, ["Tuzhurmatu'daki gezici kütüphane otobüsü ilk seferini nereye yaptı?", "ya kaç çocuk geldi?"])
    # (then refused: "İlk gün Bastamlı'da 86 çocuk …" names a village the lead named too, no other place)
    assert children[-1].short == "86 çocuk", children[-1].text
    assert short_answer(Question.read("Kaç çocuk geldi?"), "Otobüste iki gönüllü çocuklara masal okuyor.") is None
    league = qa.ask("Kerkük Gençlerbirliği hangi lige yükseldi?")
    assert "Irak Birinci Ligi" in league.text and league.short != "Ali Bezirgan", league.text


@pytest.fixture(scope="module")
def eighty_third_strangers_qa(tmp_path_factory, embedder):
    return archive_of_folder(tmp_path_factory, embedder, STRANGERS_59_TO_62 / "83" / "articles")


@pytest.mark.parametrize("question", [
    # a year the article names only as the past before its news ("geçen yıl, 2024 şampiyonasında … olmuştu"): a
    # sentence naming no year is the article's own year's
    "2024 Telafer güreş şampiyonasına kaç güreşçi katıldı?",
    "Bakalorya kursunda 2023 yılında en yüksek puanı kim aldı?",
    "Ağaoğulları ekibinin 2019 Türkiye turnesi kaça mal oldu?",
    # a course only to open there ("… Altunköprü'de de açılacağını, … kontenjanın 300 öğrenciye çıkarılacağını")
    "Altunköprü'deki bakalorya kursuna kaç öğrenci katıldı?",
    # the machines' value is no rent
    "Kifri dikiş atölyesinin aylık kirası ne kadar?",
    # the plant is Mendeli's; "12 Ekim'de açılan tesis" names a month, no place
    "Kazaniye'de hurma paketleme tesisi ne zaman açıldı?",
    # the project manager is named in the first phase's paragraph
    "Boru hattının ikinci aşamasının proje müdürü kim?",
])
def test_the_eighty_third_strangers_near_misses_are_refused(eighty_third_strangers_qa, question):
    """The 83rd stranger's near misses answered with another year's, place's, phase's or thing's figure (7 of 8)."""
    answer = eighty_third_strangers_qa.ask(question)
    assert answer.refused, answer.text


@pytest.mark.parametrize(("question", "short"), [
    ("2025 Telafer güreş şampiyonasına kaç güreşçi katıldı?", "86 güreşçi"),
    ("2023'te düzenlenen ilk bakalorya kursuna kaç öğrenci katıldı?", "95 öğrenci"),
    ("Boru hattının birinci aşamasının proje müdürü kim?", "İnşaat Mühendisi Ferhat Ercil"),
    # of "160 öğrenciden 148'inin … sınavlarına girdiğini, bunların 131'inin sınavı başarıyla geçtiğini", the part
    # that passed
    ("Kerkük'teki kurstan kaç öğrenci bakalorya sınavını geçti?", "131 öğrenci"),
    # the lead's "… turnesini tamamlayarak … Kerkük'e döndü" says no concert; the sentence below it does
    ("Ağaoğulları Davul-Zurna Ekibi Azerbaycan'da hangi şehirlerde konser verdi?", "Bakü, Gence ve Şeki"),
])
def test_the_eighty_third_strangers_answers_beside_them(eighty_third_strangers_qa, question, short):
    answer = eighty_third_strangers_qa.ask(question)
    assert answer.short == short, answer.text


def test_a_count_asked_in_the_dative_is_the_noun_in_any_case(eighty_third_strangers_qa):
    """The 83rd stranger's "kaç köye su götürüyor?" got **beş köye** from the second phase's plan: "köye" was
    looked for as the start of the counted word, which "yedi Türkmen köyüne" is not."""
    answer = eighty_third_strangers_qa.ask("Tazehurmatu'daki boru hattı kaç köye su götürüyor?")
    assert answer.short == "yedi Türkmen köyü", answer.text
    assert short_answer(Question.read("Kaç şubeye yardım gönderildi?"), "Yardım 12 şubeye gönderildi.") == "12 şube"


def test_a_share_owned_by_a_common_noun(eighty_first_strangers_qa):
    """The 81st stranger's "vakıf ne kadar karşılıyor?" got the university's **25 bin dolar**: "karşılıyor" was
    read as a vote against ("karşı"), so the figure of the clause holding it won; and "Türkü arşivi projesini kim
    destekliyor?" got the lead's faculty, as the sentence saying it ("Bunun 40 bin dolarını … Vakfı …") names
    neither the archive nor the project: it points back at the budget before it."""
    qa = eighty_first_strangers_qa
    assert qa.ask("vakıf ne kadar karşılıyor?").short == "40 bin dolar"
    assert qa.ask("Üniversite ne kadar karşılıyor?").short == "25 bin dolar"
    supported = qa.ask("Türkü arşivi projesini kim destekliyor?")
    assert supported.short == "Kerkük Türkmen Kültür Vakfı", supported.text
    votes = "Kararı 9 üye kabul, 4 üye ret oyu verdi, 2 üye çekimser kaldı."
    assert short_answer(Question.read("Kaç üye ret oyu verdi?"), votes) == "4 üye"
    gifts = "Okulun 30 bin dolarını belediye, 12 bin dolarını hayırseverler karşıladı."
    assert short_answer(Question.read("hayırseverler ne kadar verdi?"), gifts) == "12 bin dolar"


def test_a_weight_class_not_told_is_named_as_one(eighty_third_strangers_qa):
    """The 83rd stranger read "Arşivdeki ilgili haberler 86 kiloda için bunu söylemiyor": the class keeps no case."""
    answer = eighty_third_strangers_qa.ask("Telafer şampiyonasında 86 kiloda kim birinci oldu?")
    assert answer.refused and "86 kilo için bunu" in answer.text, answer.text


@pytest.fixture(scope="module")
def eighty_fourth_strangers_qa(tmp_path_factory, embedder):
    return archive_of_folder(tmp_path_factory, embedder, STRANGERS_59_TO_62 / "84" / "articles")


@pytest.mark.parametrize(("question", "short"), [
    # "70'ten fazla yaşlı kadınla görüştü" counts women, more than seventy, no recipes
    ("Nenemin Sofrası kitabında kaç tarif var?", "150 tarif"),
    ("İkili kitap için kaç kadınla görüştü?", "70'ten fazla kadınla"),
    # "kaç okulu": "okulu" is the school as an object, no "okullu" describing another thing
    ("Kerkük'teki trafik kampanyası kaç okulu kapsıyor?", "45 okulun"),
    # "X ile … Y tarafından ortaklaşa yürütüldü": both, where "kimler" asks them
    ("Beşir köyündeki güneş paneli projesini kimler yürüttü?",
     "Irak Türkmen Mühendisler Birliği ve Beşir Dayanışma Derneği"),
])
def test_the_eighty_fourth_strangers_figures_and_names(eighty_fourth_strangers_qa, question, short):
    """The 84th stranger's misses: another count in bold, a count refused, one of two doers."""
    answer = eighty_fourth_strangers_qa.ask(question)
    assert answer.short == short, answer.text


@pytest.mark.parametrize("question", [
    # the caravanserai is named only in the last paragraph, after the bath's "Projenin toplam maliyeti …"
    "Altunköprü Kervansarayı'nın restorasyonu kaça mal olacak?",
    # the 80 houses are only a plan ("Gelecek yıl 80 eve daha panel kurmayı hedefliyoruz"): the cost is the 60's
    "Beşir'de gelecek yıl panel kurulacak 80 evin maliyeti ne kadar?",
])
def test_the_eighty_fourth_strangers_near_misses_are_refused(eighty_fourth_strangers_qa, question):
    answer = eighty_fourth_strangers_qa.ask(question)
    assert answer.refused, answer.text


def test_the_eighty_fourth_strangers_follow_ups(eighty_fourth_strangers_qa):
    """"peki kaç eve kuruldu?" got **80 eve** (next year's aim): "eve" is "ev" as "60 evin çatısına" says it;
    "ne kadar sürdü?" got **14 saat** ("günde ortalama 14 saat süren elektrik kesintileri": the cuts lasted so
    long), then "3 haftalık bir eğitim" (the training's); "kim yazdı?" is said "… birlikte hazırladı"."""
    qa = eighty_fourth_strangers_qa
    solar = talk(qa, ["Beşir köyündeki güneş paneli projesini kimler yürüttü?", "peki kaç eve kuruldu?",
                      "ne kadar sürdü?"])
    assert solar[1].short == "60 ev", solar[1].text
    assert solar[2].short == "10 hafta", solar[2].text
    assert solar[2].standalone_question == "Beşir köyündeki güneş paneli projesi ne kadar sürdü?"
    # a body keeps the place it is named for
    started = qa.ask("Trafik kampanyasını kim başlattı?")
    assert started.short != "Gönüllüleri Derneği", started.text
    written = qa.ask("Nenemin Sofrası kitabını kim yazdı?")
    assert "Hatice Erbilli" in written.text and "Zeynep Salihoğlu" in written.text, written.text
    assert short_answer(Question.read("Kurs ne kadar sürdü?"), "Gençlere 3 haftalık bir eğitim verildi.") is None
    assert short_answer(Question.read("Restorasyon ne kadar sürdü?"),
                        "Hamam, 18 ay süren restorasyonun ardından açıldı.") == "18 ay"


def test_a_name_told_only_after_the_sentence_is_not_what_it_speaks_of():
    """A sentence speaks of nothing not yet named: the answer to "Altın Yol Turizm'in bilet fiyatı" is not the
    fares an article gives before it names that company ("Altın Yol … da benzer bir hat açmayı planlıyor"); a place
    the question sets it in, or an acronym told in words before, is no such name."""
    article = ("Kerkük'ten İstanbul'a otobüs seferleri başlıyor\n\nKerkük Seyahat firması, Kerkük'ten İstanbul'a "
               "haftada iki sefer yapacak. Tek yön bilet fiyatı 95 dolar olarak açıklandı. Altın Yol Turizm'in de "
               "gelecek yıl benzer bir hat açmayı planladığı bildirildi.")
    fare = "Tek yön bilet fiyatı 95 dolar olarak açıklandı."
    asked = "Kerkük'ten İstanbul'a sefer yapan Altın Yol Turizm'in bilet fiyatı ne kadar?"
    names = {"kerkük", "istanbul", "altın", "yol", "turizm"}
    assert named_only_after(asked, names, fare, "Kerkük'ten İstanbul'a otobüs seferleri başlıyor", article) == {
        "altın", "yol", "turizm"}
    teams = ("2005'ten 2014'e kadar Los Angeles'ta iki Major League Soccer takımı vardı. Her iki takım da maçlarını "
             "StubHub Center'da oynardı. MLS, 2014'te Chivas USA'yı kapattı.")
    assert not named_only_after("Los Angeles'ta iki MLS takımı maçlarını nerede oynuyorlardı?", {"los", "mls"},
                                "Her iki takım da maçlarını StubHub Center'da oynardı.", "Southern California", teams)
    assert not named_only_after("ABD'de öğretmenlere kim karar verir?", {"abd"}, "Çoğu okul buna kendisi karar verir.",
                                "Öğretmenlik", "Çoğu okul buna kendisi karar verir. ABD'de 3 milyon öğretmen var.")
    sky = "Bunu Astra 2A uydusu sağladı. Böylece kanallar Birleşik Krallık'a özel yayınlanabildi."
    assert not named_only_after("Birleşik Krallık'a özel yayına olanak tanıyan uydu hangisi?", {"birleşik", "krallık"},
                                "Bunu Astra 2A uydusu sağladı.", "Sky", sky)  # (where it went, a name of many words)


@pytest.fixture(scope="module")
def eighty_fifth_strangers_qa(tmp_path_factory, embedder):
    return archive_of_folder(tmp_path_factory, embedder, STRANGERS_59_TO_62 / "85" / "articles")


@pytest.mark.parametrize(("question", "short"), [
    # a fair that "kapılarını açtı" opened itself: who opened it is "Fuarın açılışını … Ahmet Salihi yaptı"
    ("Erbil'deki el sanatları fuarını kim açtı?", "Ahmet Salihi"),
    # a prize given is won: "jüri, en iyi stant ödülünü … Sevim Demirci'ye verdi"
    ("En iyi stant ödülünü kim kazandı?", "Sevim Demirci"),
    # a play's quoted name is no place ("Kale Kapısı'nda" was refused "Kapısı için")
    ("Kale Kapısı'nda kaç oyuncu rol aldı?", "14 oyuncu"),
    # the time in the asked unit, of two told ("provaların beş ay sürdüğünü ve oyunun iki saat on dakika …")
    ("Kale Kapısı oyunu kaç saat sürüyor?", "iki saat on dakika"),
])
def test_the_eighty_fifth_strangers_figures_and_names(eighty_fifth_strangers_qa, question, short):
    """The 85th stranger's misses: the organiser as the opener, a prize given not read as won, a play read as a
    place, the rehearsals' five months for the play's length."""
    answer = eighty_fifth_strangers_qa.ask(question)
    assert answer.short == short, answer.text


@pytest.mark.parametrize("question", [
    # the second term is only planned ("… 60 kursiyerle ikinci dönemi başlatmayı planlıyor")
    "Oto tamir merkezinin ikinci döneminden kaç kişi mezun oldu?",
    # the factory is only planned; "peynir … üretimine başladığını" tells no factory built
    "Dakuk'taki peynir fabrikası kaç kişiye iş verdi?",
])
def test_the_eighty_fifth_strangers_plans_are_no_answers(eighty_fifth_strangers_qa, question):
    answer = eighty_fifth_strangers_qa.ask(question)
    assert answer.refused and answer.short is None, answer.text


def test_the_eighty_fifth_strangers_whom_for_and_how_long_writing_took(eighty_fifth_strangers_qa):
    """"kimler için kullanılacak?" asks whom it is for (the speaker was in bold); "yazması ne kadar sürdü?" is the
    writing's "oyunu yazmanın iki yılını aldığını", not the rehearsals' "beş ay sürdüğünü"."""
    qa = eighty_fifth_strangers_qa
    blood = qa.ask("Toplanan kan kimler için kullanılacak?")
    assert blood.short is None and "talasemi" in blood.text, blood.text
    written = talk(qa, ["Kale Kapısı oyununu kim yazdı?", "yazması ne kadar sürdü?"])
    assert written[1].short == "iki yıl", written[1].text


def test_a_name_whole_picks_its_article_and_a_stage_not_said_is_no_count(eighty_fifth_strangers_qa):
    """"Kale Kapısı'nın galası" is the play's, not the fair's held in "Erbil Kalesi'nin … kapılarını açtı"; the play
    was staged in "Kerkük Kültür Merkezi'nin 650 kişilik salonunda". "48 genci eğitime başlattı" counts those who
    began, not those who graduated; "kaç genç eğitime başladı" counts young people, not "eğitime"."""
    qa = eighty_fifth_strangers_qa
    gala = qa.ask("Kale Kapısı'nın galası nerede yapıldı?")
    assert gala.short == "Kerkük Kültür Merkezi", gala.text
    graduated = qa.ask("Oto tamir merkezinin ilk döneminden kaç kişi mezun oldu?")
    assert graduated.refused and "48" not in graduated.text, graduated.text
    assert qa.ask("Oto tamir merkezinde ilk dönemde kaç genç eğitime başladı?").short == "48 genç"
    assert qa.ask("Oto tamir merkezine kaç kişi kaydoldu?").short == "48 genci"


def test_this_rounds_rules_keep_to_their_cases():
    """A review's finds on this round's rules: the work itself lasts as long as the thing ("3 yıllık bir çalışmanın
    ardından"); a titled person named after the figure is still the news's; "Bunun yanı sıra" points at no share; a
    message given is no prize won; a cover prepared is no book written; an "ile" of time is no co-doer; "bulundu",
    "kazandı" are no passives to drop an object for."""
    from rag.answer.span import opens_pointing_back, says_win
    from rag.qa import condense_by_rule

    assert short_answer(Question.read("Proje ne kadar sürdü?"),
                        "Proje, 3 yıllık bir çalışmanın ardından tamamlandı.") == "3 yıl"
    article = "Okul 800 öğrenciye hizmet verecek. Açılışı Kerkük Valisi Rakan Cuburi yaptı."
    assert not named_only_after("Vali Rakan Cuburi'nin açtığı okul kaç öğrenciye hizmet verecek?", {"raka", "cuburi"},
                                "Okul 800 öğrenciye hizmet verecek.", "Yeni okul", article)
    assert not opens_pointing_back("Bunun yanı sıra 3 okul açıldı.")
    assert not says_win("Ödül töreninde konuşan Bakan, gençlere önemli mesajlar verdi.")
    assert not says_deed("Kitabı kim yazdı?", "Kitabın kapağını grafiker Ali Demir hazırladı.")
    assert says_deed("Fuarı kim açtı?", "Vali Rakan Cuburi, fuarın kapılarını ziyaretçilere açtı.")
    assert short_answer(Question.read("Kararı kimler duyurdu?"), "Karar, Başbakan Mesrur Barzani ile yapılan "
                        "görüşmenin ardından Kerkük Valiliği tarafından duyuruldu.") == "Kerkük Valiliği"
    history = [{"role": "user", "content": "Altın Kalem ödülünü kim kazandı?"}, {"role": "assistant", "content": "…"}]
    assert condense_by_rule("peki ne zaman kazandı?", history, 3) == "Altın Kalem ödülünü ne zaman kazandı?"


@pytest.fixture(scope="module")
def eighty_sixth_strangers_qa(tmp_path_factory, embedder):
    return archive_of_folder(tmp_path_factory, embedder, STRANGERS_59_TO_62 / "86" / "articles")


@pytest.mark.parametrize(("question", "short"), [
    # the figure's own clause counts the winners ("… ve bursu kazanan 150 öğrencinin listesi açıklandı"), whatever
    # the sentence says of applying; "Programa … toplam 1.240 Türkmen öğrenci başvurdu" counts those who applied
    ("Burs programına kaç öğrenci başvurdu?", "1.240 Türkmen öğrenci"),
    # "bu sezon": not the norm ("normalde … ortalama 310 milimetre yağmur düşer. Bu sezon … 95 milimetre oldu")
    ("telaferde bu sezon ne kadar yagmur yagdi", "95 milimetre"),
    # "Fırının içinde" is a place, no span of time: the quote was kept as one that might say how long
    ("Yassıtepe kazısı ne kadar sürdü?", "45 gün"),
    ("Kale Türküsü'nü kim besteledi?", "Selim Altunköprülü"),  # "Eserin bestecisi, … besteci Selim Altunköprülü"
    # "… Tuzlu başkanlığındaki ekip": he heads the team, whatever other post he holds ("Bölümü Başkanı")
    ("kazi ekibinin baskani kim", "Prof. Dr. Kemal Tuzlu"),
    ("Tuzhurmatu'daki kazıyı kim yönetti?", "Prof. Dr. Kemal Tuzlu"),  # not "Yassıtepe höyüğünde", a mound
    # "Kazının masrafları … karşılandı. … bu sezon için 85 milyon Irak dinarı ayırdı": for what was said before it
    ("Salahaddin İl Kültür Müdürlüğü kazı için ne kadar para ayırdı?", "85 milyon Irak dinarı"),
    # the deed said ("… toplam 23 kişi görev aldı"), not "köyden 6 işçinin ekibe yardım ettiğini"
    ("Tuzhurmatu'daki kazıda kaç kişi çalıştı?", "23 kişi"),
    ("Türkmen Gençlik Orkestrası'nın ilk turnesi kaç gün sürdü?", "12 gün"),  # "12 gün süren turnede": its own
    # villages listed after their kind: "… etkilenen köylerin başında Avgani, Kesik ve Ayaziye geliyor"
    ("Telafer'de kuraklıktan en çok hangi köyler etkilendi?", "Avgani, Kesik ve Ayaziye"),
])
def test_the_eighty_sixth_strangers_figures_and_names(eighty_sixth_strangers_qa, question, short):
    answer = eighty_sixth_strangers_qa.ask(question)
    assert answer.short == short, answer.text


def test_the_eighty_sixth_strangers_near_misses_and_lists(eighty_sixth_strangers_qa):
    """A governor the article never names said nothing in it; a tour only planned has no cost (the first tour's
    46 bin dolar was shown); a sum the article says is not yet told is quoted as such; "hangi şehirlerde" is
    answered by the sentence listing them, not by the one naming the most crowded concert's city."""
    qa = eighty_sixth_strangers_qa
    governor = qa.ask("Kerkük valisi Nevruz kutlamasında ne dedi?")
    assert governor.refused and "Nurettin" not in governor.text, governor.text
    europe = qa.ask("orkestranın avrupa turnesi ne kadara mal olacak")
    assert europe.refused and "46" not in europe.text, europe.text
    untold = qa.ask("kuraklıktan zarar gören çiftçilere dönüm başına ne kadar tazminat ödenecek")
    assert untold.refused and "henüz açıklanmadı" in untold.text, untold.text
    cities = talk(qa, ["Türkmen Gençlik Orkestrası'nın ilk turnesi kaç gün sürdü?", "hangi şehirlerde konser verdi?"])
    assert cities[1].short == "Kerkük, Erbil, Bağdat, Telafer ve Ankara", cities[1].text
    assert qa.ask("bursiyerlere ayda ne kadar para verilecek").text.startswith("Arşivde bursiyerler hakkında")


@pytest.fixture(scope="module")
def eighty_seventh_strangers_qa(tmp_path_factory, embedder):
    return archive_of_folder(tmp_path_factory, embedder, STRANGERS_59_TO_62 / "87" / "articles")


@pytest.mark.parametrize(("question", "short"), [
    ("kursun en yasli katilimcisi kac yasindaydi", "71 yaşında"),  # "yasindaydi": a copula after the archive's stem
    ("Eski Kerkük'ün İzleri sergisinde kaç fotograf var", "86 fotoğraf"),  # typed plain beside Turkish letters
    # not "geçen yıla göre 600 sporcu daha fazla", by how much
    ("erbil yarı maratonunda kac sporcu yaristi", "2 bin 150 sporcu"),
    # "nerden" as said aloud; "Erbil Kalesi'nin önünden başladı ve … Parkı'nda sona erdi": where it began
    ("yari maraton nerden basladi", "Erbil Kalesi"),
    ("Yarı maraton nerede başladı?", "Erbil Kalesi"),
    ("Yarış nerede sona erdi?", "Sami Abdurrahman Parkı"),
    ("Murat Altunköprülü kaçıncı oldu?", "Dördüncü"),  # "Dördüncülüğüyle Türkmen sporcular" was shown
    ("Türkmeneli Yardımlaşma Vakfı kaç battaniye dağıttı?", "600 battaniye"),  # "600 battani" was shown
    ("Eski Kerkük'ün İzleri sergisi hangi fotoğrafçının?", "Yavuz Naftçı"),  # one by their trade, "-çı"
    # a body named with "ve" whole, and both bodies that did it together
    ("Erbil yarı maratonunu kim düzenledi?", "Erbil Gençlik ve Spor Müdürlüğü ile Erbil Atletizm Federasyonu"),
    ("Eski Kerkük'ün İzleri sergisi ne zamana kadar açık kalacak?", "30 Eylül 2026"),  # "… ziyaret edilebilecek"
    ("Yarışa geçen yıla göre kaç sporcu daha fazla katıldı?", "600 sporcu"),  # a difference asked
])
def test_the_eighty_seventh_strangers_figures_and_names(eighty_seventh_strangers_qa, question, short):
    answer = eighty_seventh_strangers_qa.ask(question)
    assert answer.short == short, answer.text


def test_a_reason_is_the_cause_of_the_asked_deed_not_what_the_deed_caused(eighty_seventh_strangers_qa):
    """"… çatlaklar nedeniyle çökme tehlikesiyle karşı karşıyaydı" tells what the cracks brought about; the
    cause of the cracking is the sentence saying who cracked it ("… nem de gövdeyi çatlattı")."""
    answer = eighty_seventh_strangers_qa.ask("minare neden çatlamıştı, sebebi neydi?")
    assert "gövdeyi çatlattı" in answer.text and "çatlaklar nedeniyle" not in answer.text, answer.text
    rose = reason_giver("Fiyatlar neden arttı?")
    assert rose("Kuraklık nedeniyle fiyatlar arttı.") and rose("Un fiyatları ekmeği de artırdı.")
    assert not rose("Fiyat artışı nedeniyle talep düştü.")


def test_the_eighty_seventh_strangers_near_misses_and_follow_up(eighty_seventh_strangers_qa):
    """Sums the articles say are not yet known are quoted as such (not "Arşivde baş hakkında …", read from "ev
    başına"); a past race's date is not the next one's ("Ekim ayında Bağdat'ta yapılacak maratonda")."""
    qa = eighty_seventh_strangers_qa
    per_house = qa.ask("Sel mağdurlarına ev başına ne kadar tazminat ödenecek?")
    assert per_house.refused and "belli olmadığını" in per_house.text, per_house.text
    course = qa.ask("Türkmen alfabesi kursunun toplam maliyeti ne kadar?")
    assert course.refused and "maliyetini açıklamadı" in course.text, course.text
    when = talk(qa, ["Erbil yarı maratonunu kim düzenledi?", "peki ne zaman yapıldı?"])
    assert when[1].short == "26 Nisan 2026", when[1].text


@pytest.fixture(scope="module")
def later_strangers_qa(tmp_path_factory, embedder):
    """Each later stranger's archive, built once when first asked of ("88", "89")."""
    built = {}

    def of(number: str):
        if number not in built:
            built[number] = archive_of_folder(tmp_path_factory, embedder, STRANGERS_59_TO_62 / number / "articles")
        return built[number]
    return of


@pytest.mark.parametrize(("number", "question", "short"), [
    # the new record, not "önceki rekor 198 metreydi" (the sentence was dropped as of a former one: "30 metre")
    ("88", "Menzil atisinda rekor kac metre?", "214 metre"),
    ("88", "zeytin fidanlarından ilk hasat ne zaman bekleniyor", "2030"),  # a first yet to come: not the oldest
    ("88", "Telafer carsisi ne zaman yeniden acilacak?", "Aralık 2026"),  # "açılan" shares more of it than "acil"
    # the title over the lead names no owner's object: the hospital's head doctor is named
    ("88", "Tavuk Genel Hastanesi'nin başhekimi kim?", "Dr. Leyla Nakip"),
    ("88", "Yeşil Tuzhurmatu kampanyasına kaç gönüllü katıldı?", "350 gönüllü"),  # a campaign's name, no one's
    ("88", "Türkmen el yazmalarını dijitalleştirme projesini hangi kurum başlattı?",
     "Türkmen Kültür ve Araştırma Merkezi"),
    ("89", "bisiklet yarışının parkuru kaç kilometre", "78 kilometre"),  # "94'ü" is of the riders, no distance
    ("89", "Ömer Zeynel parkuru ne kadar sürede tamamladı?", "2 saat 11 dakika 36 saniye"),  # "sürede": a time
    ("89", "Kerkük-Gaziantep uçuşu haftada kaç sefer yapılacak?", "üç kez"),  # a count of times in another word
    ("89", "Bisiklet yarışında kadınlar kategorisinde birinci kim oldu?", "Zehra Nurettin"),  # "Bu kategoride …"
    ("89", "Kale Yolu dizisinin yönetmeni kim?", "Sinan Bayatlı"),  # "yönetmenliğini Sinan Bayatlı üstlenirken"
    ("89", "Kale Yolu dizisinin senaryosunu kim yazdı?", "Nermin Ağaoğlu"),  # the name right before the verb
    # two bodies that did it together, one in the genitive, one a name holding its members' title
    ("89", "Tuzhurmatu ile Kerkük arasındaki bisiklet yarışını kim düzenledi?",
     "Irak Türkmen Gençlik Spor Kulübü ile Kerkük İl Spor Müdürlüğü"),
    ("89", "Kerkük'teki okullarda diş taramasını kim düzenledi?",
     "Kerkük Sağlık Müdürlüğü ile Türkmeneli Diş Hekimleri Derneği"),
    # who paid is who met the cost ("… TİKA tarafından karşılanan restorasyonun maliyeti")
    ("89", "Altunköprü'de açılan müzenin restorasyonunu kim finanse etti?",
     "Türkiye İşbirliği ve Koordinasyon Ajansı"),
])
def test_the_eighty_eighth_and_ninth_strangers_figures_and_names(later_strangers_qa, number, question, short):
    answer = later_strangers_qa(number).ask(question)
    assert answer.short == short, answer.text


def test_a_rise_asked_is_answered_by_the_production_not_a_price(later_strangers_qa):
    """"bal üretimi ne kadar arttı?" got the honey's price in bold: the production's sentence, which gives two levels
    and no rise, shown without a bold figure."""
    answer = later_strangers_qa("94").ask("Altunköprü'de bal üretimi ne kadar arttı?")
    assert "62 ton bal üretildiğini" in answer.text and answer.short is None, answer.text


def test_a_body_asked_by_which_is_named_though_the_question_names_a_work():
    """"yazma eserleri … projesini hangi vakıf başlattı?" asks a foundation, not a work's quoted title; "Vakfı" is
    "vakıf" with its vowel dropped."""
    question = Question.read("Musul'daki yazma eserleri dijitale aktarma projesini hangi vakıf başlattı?")
    said = "Türkmen Miras Vakfı'nın geçen yıl eylül ayında başlattığı proje kapsamında 420 yazma eser tarandı."
    assert short_answer(question, said) == "Türkmen Miras Vakfı"


def test_a_start_asked_is_not_the_end(later_strangers_qa):
    """The 95th stranger's "turne ne zaman başlıyor?" got **2 Nisan 2026** from "Turne, 2 Nisan'da … sona erecek"; the
    play "14 Mart'ta … perde açacak"."""
    play = "Kerkük'ün Kapıları oyununda başrolü kim oynuyor?"
    turns = talk(later_strangers_qa("95"), [play, "turne ne zaman başlıyor?"])
    assert turns[1].short == "14 Mart 2026", turns[1].text


def test_a_persons_own_deed_is_not_a_speakers(later_strangers_qa):
    """The 97th stranger's "Nazım Hayrullah katliamda kimleri kaybetti?" got **… Rıza Kasapoğlu**, a speaker's "en az
    25 Türkmen'in hayatını kaybettiğini"; the sentence naming Hayrullah with the deed answers."""
    answer = later_strangers_qa("97").ask("Nazım Hayrullah katliamda kimleri kaybetti?")
    assert "dedesini ve amcasını" in answer.text and answer.short is None, answer.text


def test_a_deed_done_is_dated_by_its_own_sentence(later_strangers_qa):
    """"ödemeler ne zaman yapılacak?" got **15 Haziran 2026**, the day of a press statement "yapacağını"; the payments'
    own sentence says when they are made."""
    answer = later_strangers_qa("94").ask("Buğday satan çiftçilere ödemeler ne zaman yapılacak?")
    assert "45 gün içinde" in answer.text and answer.short != "15 Haziran 2026", answer.text


def test_a_list_items_answer_is_the_item_alone(later_strangers_qa):
    """The 93rd stranger's Markdown list came back whole, "- … - … - …", with no short answer."""
    answer = later_strangers_qa("93").ask("Altunköprü kesiminde hız sınırı kaça düşürüldü?")
    assert answer.short == "80 kilometre" and "- " not in answer.text and "broşür" not in answer.text, answer.text


def test_the_eighty_eighth_strangers_near_misses_and_follow_up(later_strangers_qa):
    """Another contest's winner, another town's hospital and a deed the article never says are refused; "müdürü
    kim?" after "hangi kurum" asks the head of the body answered."""
    qa = later_strangers_qa("88")
    other_event = qa.ask("Kadınlar menzil atışında kim birinci oldu?")  # "Kadınlar puta atışında … Sevgi Bayatlı"
    assert other_event.refused and "menzil atışı" in other_event.text, other_event.text
    other_town = qa.ask("Amirli hastanesine kaç ambulans bağışlandı?")  # the five went to Tavuk's
    assert other_town.refused and "Amirli" in other_town.text, other_town.text
    hurt = qa.ask("Telafer çarşı yangınında kaç itfaiyeci yaralandı?")  # "60 itfaiyecinin … çalışmasıyla"
    assert hurt.refused and "60 itfaiyeci" not in hurt.text, hurt.text
    sent = qa.ask("Altunköprü'deki kadın kooperatifi ürünlerini nereye gönderdi?")
    assert sent.short != "Kerkük", sent.text  # "Kerkük'e bağlı Altunköprü nahiyesinde": what it is part of
    head = talk(qa, ["Türkmen el yazmalarını dijitalleştirme projesini hangi kurum başlattı?", "müdürü kim?"])
    assert head[1].short == "Dr. Fuat Nazımoğlu", head[1].text


def test_the_eighty_ninth_strangers_follow_ups(later_strangers_qa):
    """"ne kadar sürdü?" after "kim finanse etti?" asks of the restoration, not of "finanse"; "kaç okulda?" counts the
    primary schools ("12 ilkokulda"), not "6 ile 12 yaş"."""
    qa = later_strangers_qa("89")
    lasted = talk(qa, ["Altunköprü'de açılan müzenin restorasyonunu kim finanse etti?", "ne kadar sürdü?"])
    assert lasted[1].short == "14 ay", lasted[1].text
    schools = talk(qa, ["Kerkük'teki okullarda diş taramasını kim düzenledi?", "peki ne zaman yapıldı?", "kaç okulda?"])
    assert schools[2].short == "12 ilkokul", schools[2].text


@pytest.mark.parametrize(("number", "question", "short"), [
    ("88", "Sevgi Bayatlı'nın mesleği ne?", "öğretmen"),  # the trade before the name: "Kerküklü öğretmen Sevgi …"
    ("89", "Kerkük'ten Türkiye'ye yeni açılan direkt uçuş hangi şehre?", "Gaziantep"),  # "ilk kez" is no first one
    ("90", "telaferde su hattinin insaatini hangi firma yapti", "Rafidain İnşaat"),  # "yüklenici firma Rafidain …"
    ("90", "Öğrenciler otobüs için ne kadar ödeyecek?", "5 bin dinar"),  # the bus line's article: its fares
    ("90", "Köylere su bağlantısı ne zaman tamamlanacak?", "haziran ayı sonuna kadar"),
    ("90", "otobus yolculugu ne kadr suruyor", "2 saat"),  # "kadr": a letter dropped
    ("90", "burs basvurulari ne zaman bitiyor", "20 Ağustos 2026"),  # not "15 Temmuz'da başlayıp": the start
    ("90", "Şiir festivali hangi salonda yapıldı?", "Şehit Ali Kemal Kültür Salonu"),  # its "Salonu": the kind
    ("90", "ilk sefer hangi otogardan kalkti", "Korya Otogarı"),
    ("91", "satranc turnuvasi nerede yapildi", "Türkmen Kültür Sarayı"),  # "Erbil'deki Türkmen Kültür Sarayı'nda"
    ("91", "kazı baskanı kim", "Prof. Dr. Hasan Koca"),  # "baskanı": its "ş" lost, not a farmer
    ("91", "Koroda kaç çocuk var?", "42 çocuk"),  # "42 çocuktan oluşan … Korosu", not the concert's 16 songs
    ("91", "Kerkük Kitap Fuarı ne zaman başladı?", "5 Nisan 2026"),  # "5 Nisan'da kapılarını açan … fuarda"
    ("91", "Bakü konserini kaç kişi izledi?", "1.100 izleyici"),  # those who watched, not "iki kardeş halkı"
    ("90", "Diyala'daki hurma ihracatını hangi kooperatif yapıyor?", "Diyala Türkmen Çiftçiler Kooperatifi"),
    ("90", "Diyala'daki hurma ihracatının tonu kaça satılıyor?", "850 dolar"),  # "ihraç ettiği"; not "Önceden … 500"
    ("93", "Köy yolunun asfaltlanması kaç dinara mal olacak?", "4,2 milyar Irak dinarı"),  # the title's road's cost
    # a day asked: not "2025 yılında … bu kazalarda 58 kişi öldü", the year's, but the sentence after the day's
    ("93", "22 Şubat'taki kazada kaç kişi öldü?", "altı kişi"),
    ("88", "Ambulansları hangi dernek bağışladı?", "Irak Türkmen Yardımlaşma Derneği"),  # "hangi dernek": a name
    # "hangi bakanlık" asks a body, no minister (was refused: "bakanın kim olduğunu söylemiyor")
    ("94", "Buğday alım fiyatlarını hangi bakanlık açıkladı?", "Irak Ticaret Bakanlığı"),
    # a language before the counted noun, and the copies asked: "14 farklı kitaptan toplam 120.000 adet" (was refused
    # "Türkmence için", the title's books)
    ("94", "Toplam kaç adet Türkmence ders kitabı basıldı?", "120.000 adet"),
    ("94", "Halay yarışmasını hangi ekip kazandi?", "Kerkük Gençlik Topluluğu"),  # "hangi ekip": a name asked
    ("94", "yarışmanın en genç dansçısı kimdi", "Zehra Abdullah"),  # not "Telafer Yıldızları ekibinden", a team
    ("94", "Gezici kütüpane otobüsünde kaç kitap var?", "4.500 kitap"),  # "kütüpane": its "h" dropped (was refused)
    ("95", "Hacı Velican Camii restorasyonunun maliyeti ne kadar?", "1,4 milyon dolar"),  # the title's mosque
    ("95", "Kerkük'ün Kapıları oyununda başrolü kim oynuyor?", "Abbas Tuzlu"),  # not "Hacı Rıza karakterini"
    ("95", "Kooperatif turşuyu kaç dinara satıyor?", "4 bin 500 dinar"),
    ("95", "Kodlama kampından kaç kız mezun oldu?", "25 kız"),
    # "Kooperatifin üye sayısı iki yılda 63'e yükseldi" names the co-op by its kind, not "14 kadının … kurduğu"
    ("95", "Tuzhurmatu'daki kadın kooperatifinin kaç üyesi var?", "63"),
    # the 96th stranger's: a start's day before "başlayıp"; the bridge article's cost though the radio's was read
    # first; a deed said otherwise ("kaç ayda bitecek": "7 ayda tamamlanması"); a body named with the deed further
    # down (was refused "kurumun adını")
    ("96", "degisim programina basvurular ne zaman basliyor", "1 Nisan 2026"),
    ("96", "Altunköprü köprüsünün onarımı kaça mal olacak?", "3,2 milyar Irak dinarı"),
    ("96", "Altunköprü'deki köprünün onarımı kaç ayda bitecek?", "7 ay"),
    ("97", "Kitapsaray kitabevinin sahibi kim?", "Şükrü Terzi"),  # "Kitabevinin kurucusu, … Şükrü Terzi"
    # (kept through this stop's changes: another rank's untold prize is no refusal beside the winners' sum; a sentence
    # naming a foundation of the very kind asked answers though it calls the project "Bu para")
    ("87", "Erbil maratonunda erkeklerde ve kadınlarda birinci olan sporculara kaç dolar ödül verildi acaba?",
     "5'er bin dolar"),
    ("79", "yazma projesini hangi vakif finanse ediyor", "Yesevi Kültür Vakfı"),
    ("75", "Diş kliniğini hangi dernek kurdu?", "Kerkük Türkmen Yardımlaşma Derneği"),
    ("96", "Hat sergisi ne zamana kadar açık?", "20 Mayıs 2026"),  # "… 20 Mayıs'a kadar", not the move's month
    # "145 metre uzunluğundaki köprünün … geçen kış yaşanan sel": last winter's flood, not last year's length
    ("96", "Altunköprü'deki tarihi köprünün uzunluğu kaç metre?", "145 metre"),  # the site further down, not the lead's town
    ("96", "Altunköprü'deki köprü onarımını hangi kurum yürütüyor?",
     "Kerkük İl Bayındırlık Müdürlüğü"),  # "25 kız, 23 erkek öğrencimiz mezun oldu": the girls
    # "Maratonu" opening the sentence is the question's "maratonunu" (the stemmer cuts it shorter), no name's word
    ("95", "Kerkük maratonunu kim organize etti?", "Kerkük Türkmen Gençlik Derneği"),
])
def test_the_ninetieth_strangers_and_others_figures_and_names(later_strangers_qa, number, question, short):
    answer = later_strangers_qa(number).ask(question)
    assert answer.short == short, answer.text


@pytest.mark.parametrize(("number", "question", "said"), [
    ("89", "Kerkük'teki okçuluk turnuvasında kim birinci oldu?", "okçuluk"),  # a cycling race's archive
    ("89", "Yusuf Nejat Salihi haziran ayındaki seçme kampında kaçıncı oldu?", "söylemiyor"),  # no place given
    ("88", "Mehmet Beşiroğlu'nun mesleği ne?", "mesleğini"),  # an office, no trade said before his name
    ("90", "Tuzhurmatu şiir festivalinin bütçesi ne kadar?", "açıklama yapılmadı"),  # quoted, not the prize money
    ("90", "Kifri'deki şiir festivaline kaç şair katıldı?", "Kifri"),  # poets came from Kifri; it was in Tuzhurmatu
    ("90", "Köprü Bursu doktora öğrencilerine ayda ne kadar ödeyecek?", "doktora öğrencileri"),  # lisans, y. lisans
    ("91", "Satranç turnuvasında ortaokul birincisine ne kadar para ödülü verildi?", "ortaokul birincisi"),  # lise
    ("91", "Tuzhurmatu güneş santralinin ikinci aşamasının maliyeti ne kadar olacak?", "ikinci aşama"),  # capacity
])
def test_the_ninetieth_strangers_and_others_near_misses(later_strangers_qa, number, question, said):
    answer = later_strangers_qa(number).ask(question)
    assert answer.refused and said in answer.text, answer.text


def test_a_which_question_is_answered_where_the_deed_is_said(later_strangers_qa):
    """"Kale Yolu hangi kanalda yayınlanacak?" got the lead on the filming; the sentence saying it airs is further
    down. A question naming its kind keeps the sentence that names it, worded otherwise ("hangi akşam")."""
    channel = later_strangers_qa("89").ask("Kale Yolu hangi kanalda yayınlanacak?")
    assert "Türkmeneli TV'de yayınlanması" in channel.text, channel.text


def test_the_eighty_eighth_strangers_trade_and_days_follow_ups(later_strangers_qa):
    """"peki mesleği ne?" after the women's winner is her trade; "peki ne zaman yapıldı?" the tournament's days (a
    category has its tournament's); "ikinci sevkiyatta kaç ton?" is the co-op's, which an Istanbul buyer ordered."""
    qa = later_strangers_qa("88")
    turns = talk(qa, ["Kerkük'teki okçuluk turnuvasında kadınlar dalında kim birinci oldu?", "peki mesleği ne?",
                      "peki ne zaman yapıldı?"])
    assert [turn.short for turn in turns] == ["Sevgi Bayatlı", "öğretmen", "11-12 Nisan"], turns[-1].text
    shipped = talk(qa, ["Altunköprü'deki kadın kooperatifi ürünlerini nereye gönderdi?",
                        "peki ikinci sevkiyatta kaç ton gidecek?"])
    assert shipped[1].short == "4 ton", shipped[1].text


def test_a_kind_of_a_group_is_unsaid_only_beside_other_kinds_named():
    """"doktora öğrencilerine" is none of "lisans öğrencilerine …, yüksek lisans öğrencilerine ise …"; "dolu mağduru
    çiftçiler" are the "zarar gören çiftçiler" (a participle says which of them, as the question may otherwise)."""
    paid = ("Burs kapsamındaki lisans öğrencilerine ayda 6 bin 500 lira, yüksek lisans öğrencilerine ise ayda 9 bin "
            "lira ödeme yapılacak.")
    assert for_whom_unsaid("Köprü Bursu doktora öğrencilerine ayda ne kadar ödeyecek?", paid) == (
        "doktora öğrencileri için")
    assert for_whom_unsaid("Köprü Bursu lisans öğrencilerine ayda ne kadar ödeyecek?", paid) is None
    assert for_whom_unsaid("İl yönetimi dolu mağduru çiftçiler için dönüm başına ne kadar tazminat istedi?",
                           "İl yönetimi, zarar gören çiftçilere dönüm başına 75 bin dinar tazminat ödenmesi için "
                           "Bağdat'taki Tarım Bakanlığı'na başvurdu.") is None


def test_the_ninetieth_strangers_follow_ups(later_strangers_qa):
    """"en dikkat çeken sporcu kimdi?" is "Şampiyonanın en dikkat çeken ismi, … Yusuf Bayraktar oldu" (not a coach
    or a chairman whose sentence says "sporcu"; "kimdi" is no verb), then his age; "bilet kaç para?" is the fare, not a
    student's "çok para harcıyordum … 50 bin dinar"."""
    qa = later_strangers_qa("90")
    wrestler = talk(qa, ["Erbil'deki güreş şampiyonasında en dikkat çeken sporcu kimdi?", "kaç yaşında?"])
    assert [turn.short for turn in wrestler] == ["Yusuf Bayraktar", "17 yaşında"], wrestler[-1].text
    fare = talk(qa, ["Kerkük Süleymaniye otobüs hattında kaç otobüs çalışacak?", "bilet kaç para?"])
    assert fare[1].short == "7 bin Irak dinarı", fare[1].text


@pytest.mark.parametrize(("number", "question", "said"), [
    ("92", "Tuzhurmatu'daki selde kaç ev hasar gördü?", "Tuzhurmatu"),  # Dakuk's flood; not "Bu eserlerin 600'ünü"
    ("92", "Zummar'daki halı kursunun eğitmeni kim?", "Zummar"),  # Telafer's trainer; Zummar's course only planned
    ("93", "Yolda Hayat Var kampanyasının bütçesi ne kadar?", "Yolda Hayat"),  # not the village road's cost
    ("93", "Yayçı köyünün muhtarı kim?", "söylemiyor"),  # "Beşir köyünün muhtarı …" is another village's
    ("93", "Musul Genel Hastanesi'ne MR cihazını kim bağışladı?", "Musul Genel Hastanesi"),  # Telafer's hospital
    # a letter alone is only itself: "A" was held by any word beginning with it ("Altunköprü"), and the "0 Rh negatif"
    # count was given
    ("91", "Telafer'deki kampanyada A Rh pozitif kan grubundan kaç ünite toplandı?", "A Rh"),
    # what "mal olacak" asks of a deed is its cost: "Projenin maliyeti" is the road's, the article's thing
    ("93", "Tazehurmatu'daki sağlık ocağının yenilenmesi kaç dinara mal olacak?", "sağlık ocağı için"),
    # the 95th stranger's: "tam maratonu … kazandı" is no half marathon's winner; the next mosque's cost is not the
    # title's mosque's; an office named with no holder; a wife the play's article never speaks of (not its composer);
    # pomegranate syrup only planned (not the pickles' price)
    ("95", "Kerkük maratonunda yarı maratonu kim kazandı?", "yarı maraton için"),
    ("95", "Kızlar Camii restorasyonunun maliyeti ne kadar?", "Kızlar Camii için"),
    ("95", "Kerkük valisi kim?", "Kerkük valisinin kim olduğunu"),
    ("95", "Kerkük'ün Kapıları oyununda Hacı Rıza'nın eşini kim oynuyor?", "söylemiyor"),
    ("95", "Kooperatif nar ekşisini kaç dinara satıyor?", "nar ekşisi için"),
    # the article's own word that the budget was not told, not the ton's price (the chosen sentence lacks "bütçe")
    ("94", "Bakanlık bu yılki buğday alımı için toplam ne kadar bütçe ayırdı?", "toplam bütçeyi açıklamadı"),
    # "kaç saat" is no "iki yılda": the co-op's article, the only one naming Tuzhurmatu, holds no hours
    ("95", "Tuzhurmatu'da elektrik günde kaç saat kesiliyor?", "söylemiyor"),
    # branches in Telafer and Tuzhurmatu planned, none in Erbil
    ("97", "Kitapsaray'ın Erbil şubesi ne zaman açılacak?", "Erbil şubesi için"),
])
def test_the_ninety_second_and_third_strangers_near_misses(later_strangers_qa, number, question, said):
    answer = later_strangers_qa(number).ask(question)
    assert answer.refused and said in answer.text, answer.text


def test_a_name_of_three_words_is_said_whole_or_by_a_longer_name():
    """"Musul Genel Hastanesi" is not "Telafer Genel Hastanesi"; "Kerkük Kültür Festivali" is the archive's
    "Kerkük Türkmen Kültür Festivali" by a shorter name."""
    hospital = "Telafer Genel Hastanesi'ne manyetik rezonans (MR) cihazı bağışlandı. Hastalar Musul'a gidiyordu."
    assert [term.surface for term in unnamed("Musul Genel Hastanesi'ne MR cihazını kim bağışladı?", [hospital],
                                             lambda: [hospital])] == ["Musul Genel Hastanesi"]
    festival = "Kerkük Türkmen Kültür Festivali beş gün sürdü."
    assert unnamed("Kerkük Kültür Festivali kaç gün sürdü?", [festival], lambda: [festival]) == []


def test_a_trade_said_with_its_qualifier(own_set_qa):
    """"Hasan Ocakçı'nın mesleği ne?": "inşaat mühendisi Hasan Ocakçı'yı …" (the possessive "-i" of "mühendis", not
    "mühendi" + "si")."""
    answer = own_set_qa.ask("Hasan Ocakçı'nın mesleği ne?")
    assert answer.short == "inşaat mühendisi", answer.text


@pytest.mark.parametrize(("question", "kind"), [
    ("Sevgi Bayatlı'nın mesleği ne?", Asked.PROFESSION), ("Abbas Kuşçu ne iş yapıyor?", Asked.PROFESSION),
    # a reviewer's finds: not a trade, when "işi" or "mesleği" is only a word of another question
    ("Köprünün yapım işi ne zaman bitecek?", Asked.DATE), ("Restorasyon işi ne kadar sürecek?", Asked.NUMBER),
    ("Mesleği nedeniyle nereye taşındı?", Asked.PLACE),
])
def test_a_trade_is_asked_only_by_its_own_words(question, kind):
    assert Question.read(question).asked is kind


def test_a_date_before_a_noun_in_ip_is_no_other_deeds():
    """"15 Temmuz'da başlayıp": the start's day; "10 Haziran'da kulüp binasında başladı" is the day asked."""
    assert short_answer(Question.read("Festival ne zaman başladı?"),
                        "Festival 10 Haziran'da kulüp binasında başladı.") == "10 Haziran"
    assert short_answer(Question.read("burs başvuruları ne zaman bitiyor"),
                        "Başvurular 15 Temmuz'da başlayıp 20 Ağustos'ta sona erecek.") == "20 Ağustos"


@pytest.mark.parametrize(("number", "question", "short"), [
    # a site in common words where the only name is the question's own town (was the tour list, then no place)
    ("95", "Altunköprü'de oyun nerede sahnelenecek?", "belediye parkında"),
    ("97", "Kerkük'teki robotik yarışması nerede yapıldı?", "Kerkük Üniversitesi Mühendislik Fakültesi spor salonunda"),
    # the 99th stranger's: the figure whose own clause names the question's name (the sentence held two prices);
    # a capacity asked "kaç yataklı" (not "24 yoğun bakım yatağı"); places listed with the case on the last; an
    # announcement said "açıkladığına göre" (not the airline named in the lead)
    ("99", "berhi hurmasinin kilosu kac dinar", "2.500 dinar"),
    ("99", "Telafer'deki yeni hastane kaç yataklı?", "200 yataklı"),
    ("99", "Mülakatlar nerede yapılacak?", "Kerkük, Erbil ve Bağdat"),
    ("99", "Kerkük'ten İstanbul'a direkt uçuşları kim duyurdu?", "Ammar Sabah Kasapoğlu"),
    ("99", "Şiir gecesindeki en genç şair kimdi?", "Zeynep Kasapoğlu"),  # "… şair olan … lise öğrencisi Zeynep …"
    # the 100th and 101st strangers': the level a fall reached ("750 dinardan … 150 dinara kadar geriledi"); days
    # listed before their month ("23 ve 24 Temmuz"); who paid, not one who welcomed the news ("… haberini sevinçle
    # karşıladığını"); a figure expected is this year's where "bu yıl" is asked (was refused)
    ("100", "Tuzhurmatu'da domatesin kilosu kaça düştü?", "150 dinar"),
    ("100", "Bizim Kerkük gazetesi kaç yaşında?", "30"),  # "kuruluşunun 30. yılını … kutladı" (was refused)
    # "Bu kategoride …" after "18 yaş altı gençler için ayrı bir kategori de açıldı" (was "18 yaş için bunu söylemiyor")
    ("102", "Güreş şampiyonasında 18 yaş altı kategorisini kim kazandı?", "Yusuf Amirli"),
    ("101", "Kerkükte resmi daireler hangi günler kapalı olacak?", "23 ve 24 Temmuz"),
    ("101", "Kayseri Çarşısı restorasyonunu kim finanse ediyor?", "Türk İşbirliği ve Koordinasyon Ajansı Başkanlığı"),
    ("92", "Kifri'de bu yıl kaç ton badem toplanması bekleniyor?", "1.150 ton"),
    ("99", "Burs programının ilk yılında 200 kişilik kontenjana kaç başvuru yapıldı?", "1.400 başvuru"),
    # the 98th stranger's: "kavşağına" is "kavşak" (was "36 kavşağ"); "yüz tutan" is no hundred; a race's time with
    # its seconds ("14 saniyelik derecesiyle"); a category the sentence points back to ("Bu kategoride"); a passive
    # participle dates the deed ("2022 yılında açılan bölümden"); a firm whose name holds a word the question says
    # in lower case ("Nur İnşaat" for "inşaatını"); a school asked "kaç derslikli" ("… yeni bir Türkmen
    # ilkokulunun"); the body the deed's participle names, not the person heading it
    ("98", "kerkükte kaç kavşaga yeni trafik ışıgı kuruldu?", "36 kavşak"),
    ("98", "Düğün gelenekleri festivaline kaç kişi geldi?", "2.500 ziyaretçi"),
    ("98", "murat tuzlu yarisi ne kadar surede bitirdi", "1 saat 6 dakika 14 saniye"),
    ("98", "Kadınlar kategorisinde kim birinci oldu?", "Hande Salihi"),
    ("98", "Türkmen Dili bölümü hangi yıl açıldı?", "2022"),
    ("98", "Taze okulunun insaatini hangi firma ustlendi", "Nur İnşaat"),
    ("98", "Taze'deki yeni okul kaç derslikli olacak?", "18 derslikli"),
    ("98", "Erbil'deki Türkmen iş insanları fuarını kim düzenledi?", "Irak Türkmen İş İnsanları Derneği"),
])
def test_the_ninety_eighth_and_ninth_strangers_figures_and_places(later_strangers_qa, number, question, short):
    answer = later_strangers_qa(number).ask(question)
    assert answer.short == short, answer.text


@pytest.mark.parametrize(("number", "question", "said"), [
    # a reason asked as a noun ("nedeni ne"); "nedenini … olarak açıkladı" gives it; one only saying a reason was
    # told gives way to the sentence after it
    ("97", "Tuzhurmatu'da su kesintisinin nedeni ne?", "pompanın arızalanması nedeniyle"),
    ("95", "Telafer'de elektrik kesintileri neden oluyor?", "iletim hattındaki arıza"),
    ("98", "Taze'de yeni okula neden ihtiyaç var?", "derin çatlaklar"),
])
def test_a_reason_asked_as_a_noun_or_told_after(later_strangers_qa, number, question, said):
    answer = later_strangers_qa(number).ask(question)
    assert not answer.refused and said in answer.text, answer.text


@pytest.mark.parametrize(("number", "question", "said"), [
    # "Ekibin lideri …" after the other team was named (not Telafer Yıldızları's leader)
    ("94", "Telafer Yıldızları ekibinin lideri kim?", "liderin kim olduğunu"),
    # a capitalised first word the archive never says, before the compound it names
    ("98", "Süleymaniye bisiklet yarışını kim kazandı?", "Süleymaniye hakkında"),
])
def test_the_ninety_eighth_and_ninth_strangers_near_misses(later_strangers_qa, number, question, said):
    answer = later_strangers_qa(number).ask(question)
    assert answer.refused and said in answer.text, answer.text


def test_a_figure_of_another_deed_or_year_is_not_bold(later_strangers_qa):
    """"köprünün son kapsamlı onarımının 1984 yılında yapıldığını" dates a repair, not the building; "2027 yazında"
    is a season, no count of flights; "Geçen yıl 200 kişilik kontenjan" is last year's, not this year's."""
    built = later_strangers_qa("96").ask("Altunköprü'deki tarihi köprü hangi yıl inşa edildi?")
    assert built.short is None, built.text
    flights = later_strangers_qa("99").ask("Kerkük ile İstanbul arasında haftada kaç sefer olacak?")
    assert flights.short != "2027 sefer", flights.text
    places = later_strangers_qa("99").ask("Türkmeneli Burs Programı'nda bu yıl kaç kontenjan var?")
    assert places.short != "200 kontenjan" and "Geçen yıl" not in places.text, places.text


def test_the_ninety_fifth_and_ninth_strangers_follow_ups(later_strangers_qa):
    """"şu an kaç üyesi var?" reads the newest article's count of members, not its lead on the founders; "hangi
    günler" asks the days of the week."""
    members = talk(later_strangers_qa("95"), ["Tuzhurmatu'daki kadın kooperatifi ne zaman kuruldu?",
                                              "şu an kaç üyesi var?"])
    assert members[1].short == "63", members[1].text
    days = talk(later_strangers_qa("99"), ["Kerkük'ten İstanbul'a direkt uçuşları kim duyurdu?",
                                           "hangi günler uçulacak?"])
    assert days[1].short == "pazartesi, çarşamba, cuma ve pazar", days[1].text
    # "Tuz Hurmatu'da" is a town, in the locative: no person whose figure another's sentence gives
    exported = talk(later_strangers_qa("99"), ["Tuz Hurmatu'da hurma hasadı hangi köylerde başladı?",
                                               "peki kaç ton toplanması bekleniyor?",
                                               "bunun ne kadarı ihraç edilecek?"])
    assert not exported[2].refused and "900 tonunun" in exported[2].text, exported[2].text


def test_a_day_answered_is_the_articles_own_said_once(later_strangers_qa):
    """"**20 Eylül 2026** — 20 Eylül 2026 tarihli habere göre: …" said the day twice."""
    answer = later_strangers_qa("98").ask("Kerkük Kalesi Bisiklet Yarışı ne zaman yapıldı?")
    assert answer.short == "20 Eylül 2026" and "tarihli habere göre" not in answer.text, answer.text


def test_a_count_of_the_whole_is_not_one_categorys(later_strangers_qa):
    """"Bisiklet yarışına kaç sporcu katıldı?": the race's "85 bisikletçi katıldı", not "Kadınlar kategorisinde ise
    12 sporcu yarıştı" (bold **12 sporcu**); the category's count where the category is asked."""
    qa = later_strangers_qa("98")
    whole = qa.ask("Bisiklet yarışına kaç sporcu katıldı?")
    assert "85 bisikletçi" in whole.text and whole.short != "12 sporcu", whole.text
    assert qa.ask("Kadınlar kategorisinde kaç sporcu yarıştı?").short == "12 sporcu"


def test_who_said_what_the_last_answer_quoted(later_strangers_qa):
    """"bunu kim söyledi?" after "… 40 yerel ustanın da çalışacağını … belirtti": its speaker, named in full (was a
    jeweller quoted elsewhere); a facility is no company ("Güney Kerkük Su Arıtma Tesisi" for "hangi şirket")."""
    said = talk(later_strangers_qa("101"), ["Kayseri Çarşısı'nın restorasyonu ne kadar sürecek?",
                                            "kaç yerel usta çalışacak?", "bunu kim söyledi?"])
    assert said[2].short == "Selim Aydın", said[2].text
    built = later_strangers_qa("100").ask("Kerkük su arıtma tesisini hangi şirket yaptı?")
    assert built.short != "Güney Kerkük Su Arıtma Tesisi" and "Aksu Yapı" in built.text, built.text


def test_a_level_reached_is_not_a_forecasts(later_strangers_qa):
    """"sıcaklık kaç dereceye çıktı?": "… gölgede 51 dereceye ulaştığı …", not the forecast "… 48 ile 51 derece
    arasında seyredeceğini tahmin ediyor"."""
    answer = later_strangers_qa("101").ask("Kerkük'teki sıcak hava dalgasında sıcaklık kaç dereceye çıktı?")
    assert answer.short == "51 derece" and "ulaştığı" in answer.text, answer.text


@pytest.mark.parametrize(("question", "sentence", "short"), [
    # a reviewer's finds on this stop's rules: a word or a name ending in "ğ" stays ("dağ", "Karadağ"); a count
    # before "gösteri", "sürücü", "tutuklu" is one ("yüz tutan" alone is no hundred); "yazı" is no summer; "kaç derece
    # arttı" asks the rise, not the level reached; an age said beats an anniversary beside it; "içme suyu" after a
    # firm is no place
    ("Yarışmayı kim kazandı?", "Yarışmayı Mehmet Karadağ kazandı.", "Mehmet Karadağ"),
    ("Bölgede kaç dağ var?", "Bölgede 12 dağ bulunuyor.", "12 dağ"),
    ("Festivalde kaç gösteri yapıldı?", "Festivalde 5 gösteri yapıldı.", "5 gösteri"),
    ("Kazada kaç sürücü yaralandı?", "Kazada 3 sürücü yaralandı.", "3 sürücü"),
    ("Yarışmaya kaç yazı gönderildi?", "Yarışmaya 1500 yazı gönderildi.", "1500 yazı"),
    ("Sıcaklık kaç derece arttı?", "Sıcaklık 5 derece artarak 51 dereceye çıktı.", "5 derece"),
    ("Ahmet Kerküklü kaç yaşında?", "Derneğin 30. yılını kutladığı törende 85 yaşındaki Ahmet Kerküklü'ye plaket "
     "verildi.", "85 yaşında"),
    ("Su hattını hangi firma döşedi?", "Su hattını Zap İnşaat içme suyu projesi kapsamında döşedi.", "Zap İnşaat"),
    ("Seminer nerede düzenlendi?", "Seminer, tarım alanında çalışan çiftçilere yönelik olarak düzenlendi.", None),
    ("Köprü ne zaman yapıldı?", "Köprünün yapımının 1984 yılında tamamlandığını söyledi.", "1984"),
])
def test_this_stops_rules_leave_ordinary_sentences_alone(question, sentence, short):
    assert short_answer(Question.read(question), sentence) == short


def test_reasons_and_announcements_asked_otherwise():
    """"Kararın gerekçesi neydi?" asks a reason; "… nedenini henüz açıklamadı, ancak … geçici olarak …" gives none;
    "bildirdi" says "duyurdu"."""
    assert asks_reason("Kararın gerekçesi neydi?")
    assert not gives_reason("Yetkililer arızanın nedenini henüz açıklamadı, ancak su geçici olarak tankerlerle "
                            "dağıtılıyor.")
    assert says_deed("Uçuşları kim duyurdu?", "Müdür, seferlerin 1 Kasım'da başlayacağını bildirdi.")


def test_a_place_to_come_is_not_where_it_was_done(later_strangers_qa):
    """"bir sonraki sağlık taraması nerede yapılacak?": the next one's "… Dakuk ilçesine bağlı köylerde yapmayı
    planladığını", not the villages of the one done (was **Beşir, Yayçı ve Bulava**)."""
    answer = later_strangers_qa("102").ask("Türkmen doktorların bir sonraki sağlık taraması nerede yapılacak?")
    assert "Dakuk" in answer.text and answer.short != "Beşir, Yayçı ve Bulava", answer.text


@pytest.mark.parametrize(("question", "sentence", "short"), [
    # the 105th stranger's: the years a record is of, or since when, are no amount of water (was **on beş yıl**)
    ("Dukan barajında su seviyesi ne kadar?", "Dukan Barajı'nda su seviyesi son on beş yılın en düşük düzeyine indi.",
     None),
    ("Dukan barajında şu an ne kadar su var?", "Düşüşün nedeni iki yıldır ortalamanın altında kalan yağışlar.", None),
    ("Dukan barajında şu an ne kadar su var?", "Göldeki su miktarı 1,9 milyar metreküpe geriledi.",
     "1,9 milyar metreküp"),
    ("Maç ne kadar gecikmeyle başladı?", "Karşılaşma 40 dakika gecikmeyle başladı.", "40 dakika"),  # a time asked
    # the count the asked verb follows (was **312 kişi**); an invitee is a person (was refused)
    ("Kampanyaya kaç kişi başvurdu?", "Kampanyaya toplam 347 gönüllü başvurdu; sağlık taramasının ardından 312 "
     "kişiden kan alındı.", "347 gönüllü"),
    ("Geceye kaç kişi katıldı?", "Kültür Sarayı'nda düzenlenen geceye yaklaşık 450 davetli katıldı.", "450 davetli"),
    ("Kaç ton makarna üretti?", "Fabrikada 2021'de 42 bin ton makarna ve 11 bin 500 ton bisküvi üretildi.",
     "42 bin ton"),
    # a month asked: not "beş yıl önce" beside it
    ("Kayacı başkanlığa yılın hangi ayında geldi?", "Vakfın bu yıl mart ayında göreve gelen başkanı Kayacı, beş yıl "
     "önce 150 olan burs sayısını hatırlattı.", "mart ayı"),
    # where they went is no person (was **Kasım Nurettin**); a mosque no firm (was **Çarşı Camii**); a slogan with a
    # comma is a title, and where the organisers study is not who they are (was **Bir Can**)
    ("Hastalar nereye gidiyordu?", "İlk çekim, 62 yaşındaki emekli öğretmen Kasım Nurettin'e yapıldı.", None),
    ("Restorasyonu hangi müteahhit firma yapıyor?", "Çarşı Camii minaresinin restorasyonuna başlandı.", None),
    ("Kampanyayı kim düzenledi?", "Musul Üniversitesi'nde okuyan Türkmen öğrencilerin düzenlediği \"Bir Damla Kan, Bir "
     "Can\" kampanyasında 312 ünite kan toplandı.", None),
    # a count the "X sayısı" before it names, though a verb of exceeding follows it (was refused)
    ("Radyonun aylık kaç dinleyicisi var?", "Radyonun aylık dinleyici sayısı 180 bini aştı.", "180 bin"),
    # the case a "kim" question asks in: the one beaten, given to, learnt from (was the one named otherwise)
    ("Finalde Salihi kimi yendi?", "Salihi, final müsabakasında Kerkük'ün güreşçisi Burhan Kasaboğlu'nu 14 dakika "
     "süren mücadelenin ardından yendi.", "Burhan Kasaboğlu"),
    ("Kasapoğlu icazetini kimden aldı?", "Sanatçı, icazetini 2001 yılında İstanbul'da Hattat Hasan Çelebi'den aldı.",
     "Hattat Hasan Çelebi"),
    ("Kasapoğlu icazetini kimden aldı?", "Kasapoğlu, hat sanatına Kerkük'te Hattat Mehmet Emin Tuzlu'nun yanında "
     "başladı.", None),
    ("Ödül kime verildi?", "Ödül, törende Ahmet Salihi'ye verildi.", "Ahmet Salihi"),
    ("Ödülü kim aldı?", "Ödülü Ahmet Salihi aldı.", "Ahmet Salihi"),
    ("Bakan kiminle görüştü?", "Bakan, Kerkük Valisi Rakan Saeed ile görüştü.", "Kerkük Valisi Rakan Saeed"),
    # a list's unit said once at its end measures each ("burs" after the last figure): the 107th's "lisans" picked
    # the master's 6.500 TL, sharing "lisans" with "yüksek lisansta"; none is plainly it now
    ("Lisans öğrencilerine aylık ne kadar burs verilecek?", "Öğrencilere lisans düzeyinde aylık 4.500 TL, yüksek "
     "lisansta 6.500 TL, doktorada ise 9.000 TL burs verilecek.", None),
    ("Doktora öğrencilerine ne kadar burs verilecek?", "Öğrencilere lisans düzeyinde aylık 4.500 TL, yüksek "
     "lisansta 6.500 TL, doktorada ise 9.000 TL burs verilecek.", "9.000 TL"),
    ("Ne kadar bisküvi üretildi?", "Fabrikada 42 bin ton makarna ve 11 bin 500 ton bisküvi üretildi.",
     "11 bin 500 ton"),
    # "ne kadar uzaktan" asks a length (was refused: the article never says "uzaktan")
    ("Güzergâh Telafer'e ne kadar uzaktan geçecek?", "Güzergâhın Telafer'e 30 kilometre uzaklıktan geçeceğini "
     "söyledi.", "30 kilometre"),
])
def test_the_105th_strangers_spans(question, sentence, short):
    assert short_answer(Question.read(question), sentence) == short


def test_a_softened_verb_and_a_verbal_noun_say_the_asked_deed():
    """"nereye gidiyordu?" is said by "Kerkük'e gitmek zorunda kalıyordu" (the stem's "t" softens before a vowel);
    "Nevruz kutlaması ne zaman yapıldı?" by "… Nevruz Bayramı'nı … kutladı"; "hangi tarihte yapıldı?" asks no deed."""
    assert says_deed("Hastalar MR çekimi için nereye gidiyordu?", "Hastalarımız Kerkük'e gitmek zorunda kalıyordu.")
    assert says_deed("Nevruz kutlaması ne zaman yapıldı?", "Türkmenler Nevruz Bayramı'nı 21 Mart'ta kutladı.")
    assert says_deed("Toplantı Bağdat'ta hangi tarihte yapıldı?", "Proje 8 Ekim 2026'da Bağdat'ta yapılan "
                     "toplantıda ele alındı.")


@pytest.mark.parametrize(("number", "question", "short"), [
    ("103", "Kerkük Kalesi'ndeki Nevruz kutlaması ne zaman yapıldı?", "21 Mart 2026"),  # was the article's day
    ("104", "Erbil'deki voleybol turnuvasında erkeklerde kim şampiyon oldu?", "Altun Köprü Türkmen Lisesi"),  # girls'
    ("104", "Tuz Hurmatulu hastalar önceden MR çekimi için nereye gidiyordu?", "Kerkük"),  # refused as a person's
    ("105", "Tuz Hurmatu Kerkük otobüsünde öğrenci bileti ne kadar?", "1.000 dinar"),  # was the full fare
    ("105", "Musul'daki kan bağışı kampanyasına kaç kişi başvurdu?", "347 gönüllü"),
    ("104", "Kasapoglu icazetini kimden aldi", "Hattat Hasan Çelebi"),  # was his first teacher
    ("102", "Finalde Ahmet Salihi kimi yendi?", "Burhan Kasaboğlu"),  # was the prize sentence, no one bold
    ("104", "Kalkınma Yolu toplantısı Bağdat'ta hangi tarihte yapıldı?", "8 Ekim 2026"),  # "tarihte" is no deed
    ("104", "demiryolu guzergahi Telafere ne kadar uzaktan gececek", "30 kilometre"),
    ("106", "telafer cocuk servisinin maliyeti ne kadar", "3,2 milyon dolar"),  # "… harcandı" (was refused)
    ("107", "koperatifin kac uyesi var", "63"),  # a doubled letter typed once (was refused)
    ("107", "Dibis Silosu'nun kapasitesi ne kadar?", "80 bin tonla"),  # not "günde 6 bin ton … teslim alıyor"
    # the sentence's first word is the question's own, no other owner's (was refused)
    ("106", "Kerkük Kalesi'ndeki kazı heyetinin başkanı kim?", "Dr. Aydın Kazancı"),
    # a name with its kind in lower case is a place, what a distance is counted from none (was last year's figures)
    ("107", "Kerkük–Bağdat yolundaki kaza tam olarak nerede oldu?", "Beşir kavşağı"),
    # a rank said in the ranked one's clause (was the prizes' "ikinciye 500.000 dinar" sentence, no one bold)
    ("108", "Tuz Hurmatu'daki satranç şampiyonasında ikinci kim oldu?", "Sara Kasapoğlu"),
    ("108", "erbil yaz okulunun kordinatoru kim", "Nermin Bayatlı"),  # a doubled letter typed once, with a suffix
    ("104", "Kerkük Üniverstesi rektörü kim?", "Prof. Dr. Ömer Kahya"),  # a name's kind mistyped (was refused)
    ("105", "Resorasyon projesini kim hazırladı?", "Dr. Leyla Terzi"),  # a consonant dropped (was refused)
    # "Albüm, … Derneği'nin desteğiyle … Nur Stüdyosu'nda kaydedildi": who helped is no other owner (was the launch's
    # hall, "… albümü … Kültür Merkezi'nde düzenlenen bir törenle … tanıttı")
    ("104", "Hoyrat Yolları albümü nerede kaydedildi?", "Nur Stüdyosu"),
    # "İlçenin içinden geçen Aksu Çayı'nın taşması sonucu 340 aile …": a river's flooding owns no count (was refused
    # "Tuz Hurmatu için bunu söylemiyor", under a title saying "340 aile")
    ("110", "Tuz Hurmatu'daki selde kaç aile evini terk etti?", "340 aile"),
    # "… ilk gösterisi … Bakü'deki … yapıldı. Yaklaşık 2 bin 100 seyircinin izlediği gösteride …" goes on about
    # Bakü's show (was refused "Bakü için bunu söylemiyor")
    ("110", "Kerkük Yıldızları Bakü'deki gösteriyi kaç kişi izledi?", "2 bin 100 seyirci"),
    ("110", "traktorler icin alinan kredi ne kadar", "2,4 milyon dolar"),  # "alinan" is no "Ali'nan" (was refused)
    ("106", "Kerkük Kalesi kazısında kaç gümüş sikke bulundu?", "127"),  # "sikkelerin 127'sinin gümüş"
    # "84 yaşındaki şair, … hayatını kaybetmişti": an age said of the one named before by their kind (was refused)
    ("111", "Hıdır Lütfi Ağaoğlu kaç yaşında vefat etti?", "84 yaşında"),
    # a people's name between "hangi" and the kind of body (was read as no kind asked, nothing bold)
    ("111", "Hangi Türk üniversitesi Erbil'de irtibat ofisi açtı?", "Kızılırmak Üniversitesi"),
    ("111", "Yarı finalde Kerkük Türkmen Gençlik hangi takımı yendi?", "Erbil Harir"),  # "mağlup etmişti" says it
    # "yüzüncü sayının … 5 bin adet basıldığını": a hundredth in words (was the first issue's "500 adet")
    ("110", "kirlangic dergisi 100. sayi kac adet basildi", "5 bin adet"),
    # "Irak'taki öğrencilere daha yakın olmak amacıyla" is where the students are, not the office (was **Irak**)
    ("111", "Kızılırmak Üniversitesi'nin Erbil ofisi nerede?", "Ankava"),
    # the question's first word in the genitive is no place ("Yolun"): was the ceremony's "yüklenici firmanın …"
    ("111", "Yolun inşaatını hangi firma üstlendi?", "Kuzeyhat İnşaat"),
    # "… Kurulu'nun ortak finansmanıyla": who funds it owns no budget (was the split "2,5 … 1,7 milyon doları")
    ("111", "Kayseri Çarşısı restorasyonunun toplam bütçesi ne kadar?", "4,2 milyon dolar"),
    ("112", "Kerkük'te kaç fırına destek verilecek?", "214 fırın"),  # "fırının" is "fırın" + "ın" (was "214 fırı")
    ("112", "her fırına ayda ne kadar destek verilcek", "1.500.000 Irak dinarı"),  # a future as spoken (was refused)
])
def test_the_104th_to_107th_strangers_answers(later_strangers_qa, number, question, short):
    answer = later_strangers_qa(number).ask(question)
    assert answer.short == short, answer.text


@pytest.mark.parametrize(("number", "question", "missing"), [
    ("105", "Derbendihan barajında su seviyesi ne kadar?", "Derbendihan"),  # a name before a kind: was Dukan's level
    ("105", "Telafer'deki minarenin restorasyonunu hangi müteahhit firma yapıyor?", "firma"),  # was the mosque
    ("105", "Tuz Hurmatu Kerkük otobüsünde çocuk bileti ne kadar?", "söylemiyor"),  # no child fare
    ("105", "Fatma Necef hangi üniversiteden mezun oldu?", "üniversitenin adını"),  # was "Necef, … lisede …"
    ("104", "Kifri hastanesine MR cihazı ne zaman bağışlandı?", "Kifri hastanesi"),  # Tuz Hurmatu's, serving Kifri
    # a month with no year and no founding said is no year of one (was the new building's first issue, "23 Şubat")
    ("109", "Bizim Kerkük gazetesi hangi yıl kuruldu?", "ne zaman olduğunu"),
    # coins of a metal the article never names (127 silver, 16 copper; "altında", under a house, is no gold): was
    # the hoard's "143 sikke"
    ("106", "Kerkük Kalesi kazısında kaç altın sikke bulundu?", "bu sayıyı"),
    # the semi-final the article tells is the other team's ("Kerkük Türkmen Gençlik yarı finalde Erbil Harir
    # takımını … mağlup etmişti"): was **Erbil Harir**
    ("111", "Yarı finalde Zagros Spor hangi takımı yendi?", "Zagros Spor için"),
    # what a participle before the count does picks out those counted: not all "340 Iraklı öğrenci" (was **340**)
    ("111", "Kızılırmak Üniversitesi'nde tıp okuyan kaç Iraklı öğrenci var?", "bu sayıyı"),
    # a route's ends joined by a dash are one name (was the marathon's "10.000 dolar" prize, under "Erbil")
    ("112", "Bakü–Erbil uçuşlarında gidiş dönüş bilet kaç dolar?", "Bakü-Erbil"),
    # a first word the archive never says, before a compound's head (was the Erbil marathon's winner)
    ("112", "Süleymaniye maratonunda erkeklerde birinci kim oldu?", "Süleymaniye"),
])
def test_the_104th_and_105th_strangers_near_misses_are_refused(later_strangers_qa, number, question, missing):
    answer = later_strangers_qa(number).ask(question)
    assert answer.refused and missing in answer.text, answer.text


def test_the_one_a_which_question_calls_by_title_is_not_what_it_asks():
    """"Başpehlivana hangi ödül verildi?" (the 102nd's) bolded the wrestler: "Başpehlivan Ahmet Salihi'ye" is the
    one the question calls by his title; the prize is not a name, so the sentence speaks for itself."""
    sentence = "Başpehlivan Ahmet Salihi'ye altın kemer ve 5 milyon Irak dinarı para ödülü verildi."
    assert short_answer(Question.read("Başpehlivana hangi ödül verildi?"), sentence) is None


def test_a_sentence_saying_only_what_was_asked_of_is_followed_by_the_one_saying_it(later_strangers_qa):
    """The 110th's "Türkiye ne yardım gönderdi?" got only "Türkiye de sel bölgesine yardım gönderdi": it holds no
    figure and no name the question does not, so the sentence after it, saying what was sent, joins."""
    said = talk(later_strangers_qa("110"), ["Tuz Hurmatu'da evini terk eden aileler nereye yerleştirildi?",
                                            "Türkiye ne yardım gönderdi?"])
    assert "1.500 battaniye" in said[1].text, said[1].text


def test_a_follow_up_to_a_which_question_asks_of_the_one_answered(later_strangers_qa):
    """The 111th's "kaç burs veriyorlar?" after "Hangi Türk üniversitesi Erbil'de irtibat ofisi açtı?" was refused
    "Türk üniversitesi için bunu söylemiyor": the follow-up asks of the university answered, **Kızılırmak
    Üniversitesi**, which the article never calls a "Türk üniversitesi"."""
    said = talk(later_strangers_qa("111"), ["Hangi Türk üniversitesi Erbil'de irtibat ofisi açtı?",
                                            "kaç burs veriyorlar?"])
    assert said[0].short == "Kızılırmak Üniversitesi" and not said[1].refused and "60" in said[1].text, said[1].text


def test_a_programmes_name_is_its_quoted_title(later_strangers_qa):
    """The 111th's "… programının adı ne?" got the protocol the programme was made under: a programme is named as a
    work is, by its title in quotes ('"Bakü'den Kerkük'e Nağmeler" adlı program')."""
    answer = later_strangers_qa("111").ask("Kerkük Sesi FM'nin yeni Azerbaycan müziği programının adı ne?")
    assert "Nağmeler" in answer.text.split("[1]")[0], answer.text


def test_a_converb_says_the_deed_and_a_stage_asked_is_looked_for():
    """The 111th's "Finalde Kerkük Türkmen Gençlik hangi takımı yendi?" was refused ("final için bunu söylemiyor"):
    "… finalinde … Zagros Spor'u 78-71 yenerek şampiyon oldu" says "yendi" by its converb."""
    question = "Finalde Kerkük Türkmen Gençlik hangi takımı yendi?"
    assert says_deed(question, "Kulüp, finalinde Zagros Spor'u 78-71 yenerek şampiyon oldu.")
    assert says_deed(question, "Kulüp, finalde Zagros Spor'u yenip kupayı aldı.")
    assert not says_deed(question, "Kulüp, finalde Zagros Spor ile karşılaştı.")


def test_a_towns_heart_is_no_firm():
    """The 111th's "hangi Türk firması yapacak?" bolded **Kerkük** ("Kerkük'ün kalbindeki … Çarşısı"): a town owning
    a part of itself is no firm, so the sentence speaks for itself; a firm named in the genitive is one."""
    firm = Question.read("Kayseri Çarşısı restorasyonunu hangi Türk firması yapacak?")
    assert short_answer(firm, "Kerkük'ün kalbindeki tarihi Kayseri Çarşısı'nın kapsamlı restorasyonu için çalışmalar "
                              "başladı.") is None
    assert short_answer(firm, "Restorasyonu Türk firması Anadolu Restorasyon yapacak.") == "Anadolu Restorasyon"
    assert short_answer(Question.read("Köprüyü hangi firma yapacak?"),
                        "Köprünün yapımını Limak'ın üstleneceği bildirildi.") == "Limak"


def test_who_gave_a_prize_and_a_third_place_answer_no_which_question():
    """The 113th's "Leyla Demirci'ye hangi ödül verildi?" bolded the one who presented it, and "… şampiyon hangi
    takım oldu?" the team that finished third: the sentence speaks for itself, no name bold."""
    assert short_answer(Question.read("Leyla Demirci'ye hangi ödül verildi?"), "Ödülü Demirci'ye, Irak Türkmen "
                        "Gazeteciler Derneği Başkanı Arşed Salihi takdim etti.") is None
    champion = Question.read("Irak kadınlar liginde şampiyon hangi takım oldu?")
    assert short_answer(champion, "Kerkük Gençlik Spor Kulübü'nün kadın futbol takımı, ligdeki ilk sezonunu 8 takım "
                                  "arasında üçüncü sırada tamamladı.") is None
    assert short_answer(champion, "Ligde şampiyon Erbil Brayeti oldu.") == "Erbil Brayeti"


def test_a_figure_of_another_player_is_not_the_asked_ones(later_strangers_qa):
    """The 113th's "Kaptan Meryem Salihi bu sezon kaç gol attı?" got **13 gol**, "Dilan Nurettin 14 maçta 13 gol
    attı", from the newest report: her post before her name, and another player opening a sentence as its subject,
    make the figure another's, in a season's newest report too."""
    question = "Kaptan Meryem Salihi bu sezon kaç gol attı?"
    assert another_person(question, "Dilan Nurettin 14 maçta 13 gol attı.") == "Meryem Salihi"
    assert another_person(question, "Meryem Salihi 14 maçta 3 gol attı.") is None
    answer = later_strangers_qa("113").ask(question)
    assert answer.short != "13 gol" and "Dilan Nurettin 14 maçta 13 gol" not in answer.text, answer.text


def test_the_reviews_counter_examples_keep_their_answers():
    """A review's finds on this stop's rules: a material alone is what is counted ("kaç altın madalya": **3 altın**);
    a prize's or a team's name after a word of the question is no title ("Festival Altın Lale ödülünü …"); a rival's
    offer "… teklifiyle" and a programme "… aile yardımı programıyla" stay another's."""
    medals = "Takım 3 altın, 2 gümüş ve 4 bronz madalya kazandı."
    assert short_answer(Question.read("Takım kaç altın madalya kazandı?"), medals) == "3 altın"
    assert short_answer(Question.read("Festival hangi ödülü verdi?"),
                        "Festival Altın Lale ödülünü bu yıl verdi.") == "Altın Lale"
    assert another_owner("Ninova İnşaat ihaleye kaç dinarlık teklif verdi?",
                         "Dicle Temizlik'in teklifiyle 19,7 milyar dinara ulaştı.") == "Ninova İnşaat"
    assert another_owner("Tuzhurmatu Kızılayı kaç aileye yardım etti?", "Erbil Belediyesi'nin aile yardımı "
                         "programıyla 300 aileye yardım edildi.") == "Tuzhurmatu Kızılayı"


def test_what_a_participle_before_the_count_does_must_be_said():
    """The 111th's "… tıp okuyan kaç Iraklı öğrenci var?" got all **340**: the participle's object picks out those
    counted. An ablative ("bölümünden kaç"), "-ken" ("takımındayken kaç") and a noun ending alike ("oynadığı zaman
    kaç") are no participle; a count noun's buffer letter is no part of it ("12 bin haneye": **12 bin hane**)."""
    assert not qualifies_count("Üniversitede tıp okuyan kaç Iraklı öğrenci var?",
                               "Üniversitede halen 340 Iraklı öğrenci öğrenim görüyor.")
    assert qualifies_count("Türkmen Dili bölümünden kaç öğrenci mezun oldu?", "Bu yıl 43 öğrenci mezun oldu.")
    assert qualifies_count("Manning Super Bowl 50'de oynadığı zaman kaç yaşındaydı?", "39 yaşında oynadı.")
    assert short_answer(Question.read("Santral kaç haneye elektrik verecek?"),
                        "Santral, ilçedeki yaklaşık 12 bin haneye elektrik sağlayacak.") == "12 bin hane"


def test_a_models_name_is_no_one():
    """The 112th's "uçağı kimler karşıladı?" bolded **Airbus A320**: a name with a figure in it is a model's, no one."""
    assert short_answer(Question.read("Uçağı kim getirdi?"), "Kalkan Airbus A320 tipi uçak 142 yolcuyla indi.") is None


def test_a_department_joined_by_ve_is_one_body_and_its_head_one_person():
    """The 112th's "yazım maratonunu kim düzenledi?": "Türk Dili ve Edebiyatı Bölümü" is one body, and "düzenleyen
    Türk Dili ve Edebiyatı Bölümü Başkanı Doç. Dr. Leyla Salihi" one titled person, not two names."""
    asked = Question.read("Etkinliği kim düzenledi?")
    assert short_answer(asked, "Etkinliği Türk Dili ve Edebiyatı Bölümü düzenledi.") == "Türk Dili ve Edebiyatı Bölümü"
    assert "Leyla Salihi" in (short_answer(asked, "Etkinliği düzenleyen Türk Dili ve Edebiyatı Bölümü Başkanı Doç. "
                                                  "Dr. Leyla Salihi, hedefi aştıklarını söyledi.") or "")


def test_a_price_and_a_delay_asked_in_everyday_words():
    """"buğdayın tonunu kaça alıyor?" asks a price (the 107th's got the silos' daily intake in tons); "ekim ne kadar
    ertelendi?" a time (the 105th's got **1.200 aile**)."""
    assert Question.read("Silolar buğdayın tonunu kaça alıyor?").measure == "para"
    assert short_answer(Question.read("Silolar buğdayın tonunu kaça alıyor?"),
                        "Siloların günde ortalama 6 bin ton buğday teslim aldığı belirtildi.") is None
    assert short_answer(Question.read("Peki ekim ne kadar ertelendi?"), "Yaklaşık 1.200 aile, sonbahar ekimini en az "
                        "bir ay ertelemek zorunda kaldı.") != "1.200 aile"


def test_a_follow_up_asking_more_of_the_same_deed_leans_on_the_talk(later_strangers_qa):
    """"kaç yıl boyunca derlemiş?" after "Kerkük hoyratlarını kim derledi?" (the 106th's): read alone it found only
    related articles and was refused; it asks more of the same deed, so it is read with the talk's subject."""
    said = talk(later_strangers_qa("106"), ["Kerkük hoyratlarını kim derledi?", "kaç yıl boyunca derlemiş?"])
    assert not said[1].refused and "40 yıl" in said[1].text, said[1].text


@pytest.mark.parametrize(("question", "sentence", "short"), [
    # a review's finds on this stop's rules: a town or a body in the asked case is no one ("Ankara'dan", "Kerkük'e"); a
    # giver said with "tarafından" answers "kimden"; a wound or a detention is no count of the dead or the freed; a
    # time's "2 yılın sonunda" is no record's period; "geçen ay" is a month
    ("Tebrik mesajını kimden aldı?", "Bayatlı, Ankara'dan Bakan Ahmet Yılmaz'ın gönderdiği tebrik mesajını aldı.",
     None),
    ("Ödül kime verildi?", "Ödülü kazanan Ayla Bayatlı, Kerkük'e döndü.", "Ayla Bayatlı"),
    ("Bayatlı ödülü kimden aldı?", "Ödül, Bayatlı'ya Kültür Bakanı Fuat Hüseyin tarafından verildi.",
     "Kültür Bakanı Fuat Hüseyin"),
    ("Depremde kaç kişi öldü?", "Depremde 14 yaralı var, ölen olmadı.", None),
    ("Kaç kişi serbest bırakıldı?", "Cezaevindeki 300 tutukludan 45'i serbest bırakıldı.", None),
    ("Hastanenin yapımı ne kadar sürdü?", "Hastanenin yapımı 2 yılın sonunda tamamlandı.", "2 yıl"),
    ("Fuar hangi ayda açıldı?", "Fuar geçen ay açıldı.", "geçen ay"),
    # a count whose clause goes on to a copula or shares the list's verb stays ("900 olduğunu açıkladı", "18 bin
    # kişiye, …, 2 bin 400 kişiye istihdam sağlanacak")
    ("Dakuk'ta geçen yıl Nevruz'a kaç kişi katılmıştı?", "Başkan, şenliğe bu yıl yaklaşık 1.500 kişinin katıldığını, "
     "geçen yıl bu sayının 900 olduğunu açıkladı.", "900"),
    ("İnşaat döneminde kaç kişiye iş sağlanacak?", "Rapora göre inşaat döneminde 18 bin kişiye, işletme döneminde ise "
     "2 bin 400 kişiye istihdam sağlanacak.", "18 bin kişi"),
    # an age, not the points beside it (the 108th's "kaç yaşında?" got **6 puanla**)
    ("İkinci olan kaç yaşında?", "Kerkük'ten 15 yaşındaki Sara Kasapoğlu 6 puanla ikinci, Dakuklu Murat Beyatlı 5,5 "
     "puanla üçüncü oldu.", "15 yaşında"),
])
def test_the_104th_to_107th_rules_leave_ordinary_sentences_alone(question, sentence, short):
    assert short_answer(Question.read(question), sentence) == short


def test_a_review_of_the_104th_to_107th_rules(later_strangers_qa):
    """A question's capitalised first word before a kind ("İlçe hastanesinde") is no place of another institution,
    and a town run together ("Tuzhurmatu hastanesinde" where the archive writes "Tuz Hurmatu") is no unheard name;
    "Azman", a name typed with a capital, is no "zaman" mistyped."""
    qa = later_strangers_qa("104")
    assert qa.ask("İlçe hastanesinde kaç hemşire çalışıyor?").short == "180 hemşire"
    assert qa.ask("Tuzhurmatu hastanesinde kaç doktor çalışıyor?").short == "46 doktor"
    # a river's bridge is no town's (the 102nd's "Tavuk Çayı köprüsünün maliyeti" was refused for "Çayı köprüsü")
    assert later_strangers_qa("102").ask("Tavuk Çayı köprüsünün maliyeti ne kadar?").short == "38 milyar Irak dinarı"
    assert Spellings.build(["Zaman geçti."]).restore("Halil Azman kimdir") == "Halil Azman kimdir"
