"""The short answer: the name, date, number or place a factoid question asks for, cut from
the sentence that answers it ("**1903** — …").

What a question asks for is read from its question word (kim → a name, ne zaman → a date,
kaç → a number with its unit, nerede → a place); the candidates of that kind in the answering
sentence are found by Turkish surface cues (capitalised words, the apostrophe that marks a
proper noun's suffix, month names, number words). A span is shown only when it is
unambiguous: exactly one candidate the question does not already name. No weights, no
thresholds: a rule either finds one candidate or the reader gets the sentence alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from enum import Enum

from rag.language.dates import (
    MONTH_NUMBERS, WEEKDAYS, YEAR_BEFORE_SAID, Period, names_relative_day, parse_period, reported_year, said_period,
    season_before_said, year_before_said, year_spans,
)
from rag.language.sentences import split_sentences
from rag.language.turkish import (
    ADJECTIVES,
    APOSTROPHES,
    COUNTRIES,
    DIGIT_WORDS,
    idiom_verbs,
    LANGUAGES,
    MEASURES,
    NAME_HEADS,
    NAME_HEAD_FORMS,
    ORDINAL_WORDS,
    PEOPLES,
    SAID_ALSO,
    SCALE_WORDS,
    STOPWORDS,
    VOICELESS,
    ascii_fold,
    high_vowel_after,
    possessive,
    root,
    stem,
    turkish_lower,
    unsoftened,
    vowel_dropped,
    with_softened,
    without_genitive,
    without_suffix,
    words,
)
from rag.subject import (
    QUESTION_OPENERS, compound_head, is_genitive, key_terms, name_unsaid, named_compounds, predicate_roots, roots_held,
)


class Tense(Enum):
    """When the question places what it asks of, against the article's own day."""

    PAST = "geçmiş"
    FUTURE = "gelecek"


class Asked(Enum):
    """What kind of thing a question asks for."""

    PERSON = "kim"
    DATE = "ne zaman"
    NUMBER = "kaç"
    PLACE = "nerede"
    NAME = "hangi"  # "hangi takım", "hangi ülke": a proper name of any kind
    PROFESSION = "meslek"  # "mesleği ne", "ne iş yapıyor": the trade said before a person's name
    EXPLANATION = "neden"  # neden, nasıl, ne oldu: one or two sentences, no span
    OTHER = "ne"


# Order matters: "hangi yıl" is a date before it is a "hangi", "ne kadar" a number before "ne".
_COMPANY = "şirket|firma|kuruluş"  # a company asked with a word between or after: "hangi müteahhit firma"
# (and softened before a vowel: "kitabı hangisi", "hangi kulübü")
_NAMED_KINDS = (r"takım|kulüp|kulüb|şirket|firma|kurum|kuruluş|parti|örgüt|üniversite|okul|gazete|dergi|oyuncu"
                r"|yazar|şair|sanatçı|lider|başkan|bakan|vali|kaymakam|müdür|rektör|sözcü|milletvekili|kral|mimar"
                r"|mühendis|yönetmen|yapımcı|besteci|hakem|devlet|ordu|banka|marka|film|kitap|kitab|ödül|lig"
                r"|kooperatif|dernek|derneğ|vakıf|vakf|belediye|ekip|ekib|topluluk|topluluğ|grup|grub")
_ETHNONYMS = "türkmen|türk|kürt|arap|ermeni|ezidi|süryani|keldani"
_KINDS = [
    # (now: "ne iş yapıyordu" before a post asks what was done then, which the article may say otherwise)
    (Asked.PROFESSION, r"mesle(?:ği|kleri)\s+ne(?:dir)?(?!\w)|ne\s+iş\s+yap(?:ıyor|ar)(?!d|lard)"
                       r"|işi\s+ne(?:dir)?\W*$"),  # (not "işi ne zaman bitecek", "mesleği nedeniyle")
    (Asked.DATE, r"ne zaman|hangi (?:yıl|tarih|ay|gün|yüzyıl|dönem)|kaç(?:ıncı)? yılı|(?:yılı|tarihi) ne(?:dir|ydi)?(?!\w)"),
    (Asked.NUMBER, r"kaç|ne kadar|yüzde kaç|ne miktar"
                   r"|(?:sayısı|süresi|miktarı|oranı|kapasitesi|ücreti|fiyatı|nüfusu|bütçesi)\s+(?:ne|nedir|neydi)\b"
                   r"|skor\w*\s+(?:ne|kaç)"),  # "skoru neydi", "skor ne oldu": a score
    (Asked.PERSON, r"kim"),
    (Asked.PLACE, r"nere|hangi (?:şehir|şehr|kent|ülke|il|ilçe|köy|kasaba|bölge|eyalet|vilayet|kıta|ada|mahalle|semt"
                  r"|cadde|sokak|meydan|nehir|ırmak|göl|dağ|salon|stadyum|otogar|terminal|galeri|müze)"),
    # a body asked with a word between ("hangi müteahhit firma") or after it ("yüklenici firma hangisi")
    (Asked.NAME, rf"hangi (?:\w+ )?(?:{_COMPANY})|(?:{_COMPANY})\w* hangisi"),
    # ("ilk filmi hangisi": the kind before "hangisi" too)
    # (a people's name between: "hangi Türk üniversitesi")
    (Asked.NAME, rf"hangi (?:(?:{_ETHNONYMS}) )?(?:{_NAMED_KINDS})|(?:{_NAMED_KINDS})\w* hangisi"),
    # one by their trade, "-çı" after a hard consonant: "hangi fotoğrafçı", "hangi kitapçı" (not a softened
    # noun's "-cı", "hangi ilacı", "hangi sonucu")
    (Asked.NAME, r"hangi \w+[fstkçşhp]ç[ıiuü]"),
    (Asked.EXPLANATION, r"neden|niçin|niye|nasıl|ne oldu|ne yaptı|ne yap|ne işe|ne amaçla|anlat|açıkla"),
]
_KIND_PATTERNS = [(kind, re.compile(r"(?<!\w)(?:" + pattern + ")")) for kind, pattern in _KINDS]

_UPPER = "A-ZÇĞİÖŞÜÂÎÛ"
_ADJECTIVE = "(?:" + "|".join(sorted(ADJECTIVES, key=len, reverse=True)) + ")"  # "kaç tarihi cami": mosques
_MONTHS = "|".join(name.capitalize() for name in MONTH_NUMBERS)
_NUMBER_WORDS = [*DIGIT_WORDS, "yirmi", "otuz", "kırk", "elli", "altmış", "yetmiş", "seksen", "doksan",
                 *SCALE_WORDS]
_NUMBER_WORD = "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))
_SUFFIX = "(?:[" + APOSTROPHES + r"]\w+)?"
_NUMBER_WORD_I = "|".join(sorted([*DIGIT_WORDS, "birkaç", "birçok"], key=len, reverse=True))

# a month with no day: "eylülde", "Kasım ayında", "kasım ayı sonunda", "mart ayının ilk haftasında"
# (not after a day, "16 Kasımda"; "ocakta", "ekimde", "aralıkta" bare are a hearth, a sowing, a gap)
_MONTH_ALONE_SAID = (rf"(?<!\d\s)(?:\d{{4}}\s+yılı(?:nın)?\s+)?"
                     rf"(?:(?!ocak|ekim|aralık)(?:{_MONTHS})[{APOSTROPHES}]?[dt][ae]|(?:{_MONTHS})"
                     rf"(?:\s+ay[ıi]nda|(?:\s+ay[ıi](?:n[ıi]n)?)?\s+"
                     r"(?:(?:ilk|son)\s+haftas[ıi]|sonu|başı|ortası|sonlar[ıi]|başlar[ıi]|ortalar[ıi])"
                     r"n(?:[dt]a|a\s+kadar)))")  # ("haziran ayı sonuna kadar": by then)
_MONTH_ALONE = re.compile(_MONTH_ALONE_SAID, re.IGNORECASE)
# a deed done right after a date (a word between it and the verb, not a clause reported: "… toplanacağını bildirdi")
_DONE_AFTER = re.compile(r"\S*(?:\s+[^\W\d_]+(?<!n[ıiuü])(?<!ğ[ıiuü]))?"
                         r"\s+(?!(?:söyle|açıkla|bildir|belirt|duyur|kaydet|planlan|hedeflen)\w*)"
                         r"[^\W\d_]+[dt][ıiuü](?:[,;.]|\s+ve\s|$)")
_MONTH_IN_DATE = re.compile(rf"(?:{_MONTHS})|(?<!\w)ay(?!\w)", re.IGNORECASE)  # ("geçen ay")
_DAY_OF_MONTH = re.compile(rf"(?:\d{{1,2}}\s*[-–]\s*)?\d{{1,2}}\s+(?:{_MONTHS})", re.IGNORECASE)
_DATE = re.compile(
    rf"(?<!\w)(?:{_MONTH_ALONE_SAID}"  # (first: "2025 yılının ekim ayında" is one date)
    rf"|(?:\d{{1,2}}\s*[-–]\s*)?\d{{1,2}}\s+(?:{_MONTHS})(?:\s+\d{{4}})?|(?:{_MONTHS})\s+\d{{4}}|\d{{1,2}}\.\s*yüzyıl"
    rf"|\d{{4}}{_SUFFIX}(?:\s*[-–]\s*\d{{2,4}})?"
    rf"|(?:\d+|{_NUMBER_WORD_I})\s+(?:gün|hafta|ay|yıl)\s+önce|geçen\s+(?:hafta|ay|yıl))(?!\w)", re.IGNORECASE)
# a part in words: "ikisi", "yedisi", "dördü", "on biri" (not "onu", "biri", "yüzü": a pronoun, one, a face)
_TENS = "on|yirmi|otuz|kırk|elli|altmış|yetmiş|seksen|doksan"
_WORDED_PART = (rf"(?:(?:{_TENS})\s+(?:bir[ıi]|(?:iki|altı|yedi)s[ıi]|(?:üç|dörd|beş|sekiz|dokuz)[ıiuü])"
                r"|(?:iki|altı|yedi|yirmi|elli)s[ıi]"
                r"|(?:üç|dörd|beş|sekiz|dokuz|otuz|kırk|altmış|yetmiş|seksen|doksan)[ıiuü])")
_PART_CASE = "(?:n[ıiuü]n|n[ıiuü]|n[ae]|nd[ae]n?)?"  # "dördünün", "ikisini", "yedisine", "on dördünde"
_WORDED_PART_CASED = rf"{_WORDED_PART}(?:nd[ae])?"  # ("on dördünde": in fourteen of them)


def _dated_as_asked(question: Question, sentence: str, found: list[str]) -> list[str]:
    """Where a month alone is among the dates: a day said beside it is the more exact ("1 Ağustos 2024'te bitmesini
    …, temmuz sonunda …"); a date a deed is only expected on dates nothing done ("hangi tarihte başladı": "Mayıs ayında
    başlaması bekleniyor"), nor one a deed was done on one to come ("Hasat eylül ayının ilk haftasında başladı";
    "Yarışma 30 Ekim'de sona erdi; ödüller kasım ayında verilecek"); a day asked takes no month."""
    if not any(_MONTH_ALONE.fullmatch(span) for span in found):
        return found
    found = [span for span in found if not (
        question.tense is Tense.PAST and _PLANNED_AFTER.match(sentence, _end_of(sentence, span))
        or question.tense is Tense.FUTURE and _DONE_AFTER.match(sentence, _end_of(sentence, span))
        or question.day and _MONTH_ALONE.fullmatch(span))]
    return [span for span in found if _DAY_OF_MONTH.match(span)] or found


def _month_named(span: str, year_asked: bool = False) -> str:
    """A month said with no day, as a name: "kasım ayı sonunda" → "kasım ayı sonu", "eylülde" → "eylül"; for a
    year asked, its year ("2005 yılının mayıs ayında" → "2005")."""
    if not _MONTH_ALONE.fullmatch(span):
        return span
    if year_asked and (year := re.match(r"\d{4}", span)):
        return year.group()
    return re.sub(rf"(s?[ıiuü])n[dt]a$|[{APOSTROPHES}]?[dt][ae]$", r"\1", span)


def _as_measure(span: str) -> str:
    """"20 milyon dinarlık" → "20 milyon dinar", "15 kilometrelik" → "15 kilometre": a measure's
    adjective or case, as the measure (a capacity in people stays one: "2 bin kişilik")."""
    head, _, last = span.rpartition(" ")
    unit = next((last[:at] for at in range(len(last), 0, -1) if last[:at] in _MEASURE_OF
                 and re.fullmatch(r"(?:l[ıiuü]k|n?[ıiuü]n|[ıiuü]|y?[ae]|[dt][ae]n?)?", last[at:])), None)
    if unit and head.split()[-1][:1].isupper() and re.match(r"[ıiuü](?!k)", last[len(unit):]):
        unit += last[len(unit)]  # a country's currency keeps its compound's possessive: "Irak dinarı", not "Irak dinar"
    return f"{head} {unit}" if head and unit else span  # ("30 bin tonun")


def _worded(span: str) -> str:
    """"yedisi" → "yedi", "dördü" → "dört": a part in words, as its number."""
    if not re.fullmatch(_WORDED_PART_CASED, turkish_lower(span)):
        return span
    *tens, last = re.sub(rf"s?[ıiuü]{_PART_CASE}$", "", span).split()
    last = "dört" if last == "dörd" else last
    return " ".join([*tens, last]) if last in _NUMBER_WORDS else span


_NUMBER = re.compile(
    rf"(?<!\w)(?:%\s?\d+(?:[.,]\d+)?|yüzde\s+\d+(?:[.,]\d+)?"
    rf"|(?:eksi\s+)?\d+(?:[.,]\d+)*(?:[{APOSTROPHES}]ş?[ae]r(?=\s+(?:{'|'.join(SCALE_WORDS)})))?"  # "10'ar milyon"
    rf"(?:\s*[-–]\s*\d+)?(?:\s+(?:{'|'.join(SCALE_WORDS)})(?:\s+\d{{1,3}}(?!\d|[.,]\d))?)*"
    rf"|bin\s+\d{{1,3}}(?!\d|[.,]\d)"  # "bin 500 kişi": fifteen hundred, not "500 kişi"
    # ("18 yaş altı": under eighteen, not six)
    rf"|{_WORDED_PART_CASED}(?!\s+(?:aşkın|aşan|geçkin))"  # "bunlardan yedisi": a part, in words (not "kırkı aşkın")
    rf"|(?<!yaş\s)(?:{_NUMBER_WORD}|dörd(?=üncü))(?:\s+(?:{_NUMBER_WORD}|dörd(?=üncü)))*"
    rf"(?:[ıiuü]?nc[ıiuü](?:l[ıiuü][kğ]\w*)?)?)(?!\w)"  # ("ikincilik ödülü": second)
    # ("kaybolmaya yüz tutan": a face turned, no hundred)
    r"(?!(?<=yüz)\s+(?:tut(?:an|tu|tuğu|muş|ar|maya)|çevir(?:en|di|miş|diği))(?!\w))",  # ("ikincilik ödülü": second)
    re.IGNORECASE)  # ordinals too, for "kaçıncı": "üçüncü", "dördüncü", "onuncu"
_ORDINAL_WORD_END = re.compile(r"nc[ıiuü](?:l[ıiuü][kğ]\w*)?$", re.IGNORECASE)  # "üçüncü şiir kitabı" counts no poems
_ORDINAL = re.compile(rf"\.\s*[a-zçğıöşü{_UPPER}]")  # "19. yüzyıl", "9. Erbil Yapı Fuarı", "8. Olağan Kongresi"
# a suffix ends it; an Arabic article joins its last part ("Rakan Saeed el-Cuburi")
_NAME = re.compile(rf"(?:[{_UPPER}][\w.&-]*\s+)*(?:(?:el|al|ul|ül)-)?[{_UPPER}][\w.&-]*(?:[{APOSTROPHES}]\w+)?")
# Where, to and from: "Kerkük'te", "Erbil'den", "Bakü'ye", and after a compound's possessive
# "Sarayı'nda", "Kalesi'ne" (the buffer n).
_PLACE_SUFFIX = re.compile(rf"[{APOSTROPHES}]n?(?:d|t)[ae](?:n|ki)?$|[{APOSTROPHES}][ny]?[ae]$")  # "-daki": of a place
_PLACE_HEAD = re.compile(r"\s+(?:(?:semt|mahalle|köy|kasaba|ilçe|nahiye|il(?=in)|şehr|kent|bölge|cadde|sokak|bulvar"
                         # "Tazehurmatu nahiyesi yakınlarında": near it; "Kerkük Kalesi eteklerinde", "Erbil Kalesi'nin
                         # önünden", "Kalesi'nin eteğinde": at a part of it
                         r"|meydan)(?:\w*\s+(?:yakın|civar|çevre)\w*?)?"
                         r"|(?:ete[kğ]|yakın|civar|çevre|avlu|bahçe|ön[üu])\w*?)"
                         r"\w*?n?[dt][ae](?:n|ki)?(?!\w)")
# "Özbekistan'ın başkenti", "Kerkük'ün kuzeyindeki": a part is said of a place.
# A name in the genitive: "Manning'in"; a body's compound without the apostrophe, "Belediyesinin", "Derneğinin".
_IN_TOWN_NAME = re.compile(rf"[{APOSTROPHES}][dt][ae]ki$")
_GENITIVE_NAME = re.compile(rf"[{APOSTROPHES}]n?[ıiuü]n$|(?:s[ıiuü]|ğ[ıiuü])n[ıiuü]n$")
_PLACE_PART = re.compile(r"\s+(?:başkent|kuzey|güney|doğu|batı|merkez|sınır)\w*")
# a part of a place after its genitive: "Kerkük'ün kalbindeki"
_PART_OF_PLACE = re.compile(r"\s+(?:kalb|göbe|iç|çevre|kuzey|güney|doğu|batı|merkez|sınır|dışı)\w*")
# "Azerbaycan'daki kurumlar": a name with "-daki" describes the noun after it, never names it.
_DESCRIBES = re.compile(rf"[{APOSTROPHES}]n?[dt][ae]ki$")
_HEADS_FOLDED = tuple(ascii_fold(noun) for noun in NAME_HEADS)
# What may follow the possessive, unmarked: institutions take case endings without an
# apostrophe ("Sağlık Bakanlığına", "Kerkük Valiliğinde").
_AFTER_POSSESSIVE = ("", "n", "na", "ne", "nda", "nde", "ndan", "nden", "ndaki", "ndeki", "nın", "nin", "nun",
                     "nün", "yla", "yle", "nca", "nce")


_VOWELS = "aeıioöuü"
_BACK = frozenset("aıou")  # vowel harmony: a suffix's vowel is back after a back vowel



# A mosque is named with the bare noun as often as with the compound's ("Ulu Cami", "Ulu Camii").
_BODY_FORMS = (*NAME_HEAD_FORMS, "cami")
# Public bodies: no company answers "hangi firma", whatever pays for the work ("Irak Kültür Bakanlığı").
_PUBLIC_FORMS = tuple(possessive(noun) for noun in (
    "bakanlık müdürlük belediye valilik kaymakamlık başkanlık meclis üniversite fakülte hastane okul lise vakıf "
    "dernek kurul konsey komisyon birlik federasyon sendika müze cephe parti hükümet devlet cumhuriyet").split())


def _ends_in(run: str, forms: tuple[str, ...]) -> bool:
    """The run's last word is one of these compound forms, or a word ending in one ("İlkokulu",
    "Başkonsolosluğu"), with or without a case ending."""
    last = turkish_lower(_bare(run.split()[-1]))
    return any(form in last and last[last.rfind(form) + len(form):] in _AFTER_POSSESSIVE for form in forms)


# Bodies whose names end in their kind ("Türkmeneli Partisi", "Kerkük Üniversitesi", "Ortadoğu
# Ticaret Bankası"): a name ending in another kind is another body (a company, a club or a team
# may be named without one).
_SELF_NAMED = frozenset("parti üniversite okul lise gazete dergi banka dernek vakıf".split())

# a place's own bodies and buildings, said after its name ("Kifri hastanesi", "Dakuk belediyesi")
_INSTITUTIONS = "hastane okul lise üniversite belediye kütüphane stadyum müze havalimanı baraj köprü".split()
# what is built or restored, no firm: "Çarşı Camii minaresinin restorasyonuna başlandı" for "hangi firma yapıyor?"
_BUILT_FORMS = tuple(possessive(noun) for noun in "cami kale köprü çarşı hamam türbe kışla saray kilise stadyum "
                     "meydan park kütüphane".split())


def _names_a_public_body(run: str) -> bool:
    return _ends_in(run, _PUBLIC_FORMS)


def names_a_body(run: str) -> bool:
    """"Kerkük Kalesi", "Musul Kültür Sarayı'nda", "Sağlık Bakanlığına": a place or an
    institution, not a person (a bare "Kale" is a surname too, so only the compound's form)."""
    return _ends_in(run, _BODY_FORMS)


_UNIT = re.compile(r"\s*([^\W\d_]+)")
_ABOUT = frozenset("civarında dolayında kadar aşkın küsur".split())  # a figure's approximation, no unit

_MEASURE_OF = {unit: measure for measure, units in MEASURES.items() for unit in units.split()}
_MEASURE_UNITS = sorted(_MEASURE_OF, key=len, reverse=True)  # "kilometre" before "kilo"
_UNITS_OWNED = "|".join(unit for unit in _MEASURE_UNITS if unit.isalpha())  # (as words: not "%", "m2")
_SCALES = {*SCALE_WORDS}
# Short calendar words are units only with a case, plural or "-lık" ending ("3 ayda", "iki
# yıllık"): "ay" starts "ayrı" and "aynı", "gün" starts "güney".
_CALENDAR_UNITS = ("gün", "hafta", "ay", "yıl")
_CALENDAR = re.compile(r"(gün|hafta|ay|yıl)(?:$|[ıiuü]n?|l[ıiuü][kğ]|l[ae]r|[dt][ae]n?|[dt][ıiuü]r|y[ae]|[ıiuü]n[ae])")
# "kaç manatlık" asks manat: the currency a sign writes, and the names one currency has
_MONEY_SIGNS = {"$": "dolar", "€": "euro", "£": "sterlin"}
_CURRENCY_NAMES = {"avro": "euro", "tl": "lira"}


def _same_money(asked: str, said: str) -> bool:
    """A figure in the currency asked, or any when money alone is ("ne kadar para")."""
    return asked == "para" or _CURRENCY_NAMES.get(asked, asked) == _CURRENCY_NAMES.get(said, said)


# "ne kadar uzun", "ne kadar ağır": a measure asked by its quality.
_EXTENT_UNITS = {"uzun": "metre", "uzak": "metre", "kısa": "metre", "geniş": "metre", "yüksek": "metre",
                 "derin": "metre", "ağır": "ton", "sıcak": "derece", "soğuk": "derece"}
_EXTENT = re.compile(rf"(?<!\w)ne\s+kadar\s+({'|'.join(_EXTENT_UNITS)})(?:\w{{0,4}})?(?!\w)")
# "kaça mal oldu", "kaça satılıyor" ask a sum; "ne kadar sürdü", "ne kadar zaman aldı" a duration.
_COSTS = re.compile(r"(?<!\w)(?:kaça|ne\s+kadara)\s+(?:mal\s+ol|patla|satıl|sat[aı]|alın|yapıl|kurul|onarıl|inşa"
                    r"|al(?:ıyor|dı|acak|ır|mış)(?!\w))"  # ("buğdayın tonunu kaça alıyor?": a price)
                    r"|(?<!\w)ne\s+kadar\s+tut(?:tu|ar|acak|muş)"
                    # "inşası toplam kaça çıktı" (not "üye sayısı kaça çıktı": a count)
                    r"|(?<!\w)(?:inşa|yapım|onarım|restorasyon|maliyet|fiyat|bedel)\w*\s+(?:toplam\s+)?kaça\s+çık")
_LASTS = re.compile(r"(?<!\w)ne\s+kadar\s+(?:(?:zaman(?:da)?|süre(?:de)?)\s+)?sür"
                    r"|(?<!\w)ne\s+kadar\s+(?:zaman|süre)\s+al"
                    # a delay or an extension: "ekim ne kadar ertelendi?" ("en az bir ay", not "1.200 aile")
                    r"|(?<!\w)ne\s+kadar\s+(?:ertele|gecik|uzat)"
                    r"|(?<!\w)süres[ıi]\s+(?:ne\s+kadar|kaç|ne(?:dir|ydi)?)(?!\w)")  # "protokolün süresi ne kadar"
_YEAR_NUMBER = re.compile(r"(?<!\d)(?:1[89]\d\d|20\d\d)(?!\d)")
_YEAR_SPAN = re.compile(r"(?:1[89]|20)\d\d\s*[-–]\s*(?:(?:1[89]|20)?\d\d)")  # "2025-2026", "2023-24"
# a span of years before a period's word counts nothing ("2025-2026 akademik yılında"; "1800-2000 kişi" counts)
_PERIOD_AFTER = re.compile(r"(?:[^\s\w]\w+)?\s+(?:akademik|eğitim|öğretim|sezon|yıl|dönem)")
# A year the sentence says a fact is of: "2023 yılını", "2023 sezonu", "2023'te".
_YEAR_OF = re.compile(rf"(?<!\d)(1[89]\d\d|20\d\d)(?:(?:[{APOSTROPHES}]\w+)?\s+(?:yıl|sezon)|[{APOSTROPHES}][dt][ae](?!\w))")
_THIS_YEAR = re.compile(r"(?<!\w)bu\s+yıl")
_LAST_YEAR = re.compile(r"(?<!\w)geçen\s+(?:yıl|sezon)")
_LAST_SEASON = re.compile(r"(?<!\w)geçen\s+(?:yıl|sezon|yaz|kış)")  # a clause's time ("geçen yaz ise … 14")
_OPENS_LAST_YEAR = re.compile(r"(?:\w+,?\s+){0,2}geçen\s+(?:yıl|sezon)")  # the sentence's time, said first
# a sentence reporting a deed done: its last verb in the past ("… 31 bin ziyaretçi ağırladı.", not "… 125 dinara çıkıyor")
# a sentence ending on a verb of saying reports now what it says ("Geçen yıl … devralan başkan …, … söyledi")
_REPORTED = re.compile(r"(?<!\w)(?:söyle|de|belirt|açıkla|bildir|kaydet|vurgula|anlat|hatırlat|duyur|ekle"
                       r"|ifade\s+et|dile\s+getir)(?:d|t|miş)\w*\W*$")
# last year said of a participle, the sentence's deed later ("Geçen yıl açılan hastanede bu ay 1.200 hasta …")
# (not "ilçeden", nor a noun ending so: "200 kişilik kontenjan için")
_LAST_YEAR_PARTICIPLE = re.compile(r"(?:\w+,?\s+){0,2}geçen\s+(?:yıl|sezon)\s+(?:\w+\s+){0,2}?"
                                   r"(?!(?:kontenjan|meydan|insan|hayvan|zaman|liman|orman|vatan|harman|dükkan|plan"
                                   r"|roman|sultan|bayan|program)\s)\w+(?:(?<![dt])[ae]n|[dt][ıiuü]ğ\w*)\s")
_ENDS_IN_PAST = re.compile(r"\w(?:d[ıiuü]|t[ıiuü]|m[ıiuü]ş(?:t[ıiuü])?)(?:l[ae]r)?\W*$")
_OPENS_YEAR_BEFORE = re.compile(rf"(?:\w+,?\s+){{0,2}}{YEAR_BEFORE_SAID}")  # the sentence's time, said first
_OF_LAST_YEAR = re.compile(r"(?:\w+,?\s+){0,2}geçen\s+(?:yıl|sezon)(?:ın|un|ki)\s")  # "Geçen yılın bütçesi …": its own
_YEAR_NAMING = re.compile(r"(?<![\d.])(1[89]\d\d|20\d\d)\s+(?!yıl)[a-zçğıöşü]")  # "2019 ilçe seçimi"
# A sentence recalling the year its previous one named: "O seçimde katılım oranı yüzde 44 …"
_RECALLING = re.compile(r"(?:O|Aynı)\s+[a-zçğıöşü]")


def day_asked(question: str) -> str | None:
    """The day of a month a question names without a year ("22 Şubat'taki kazada"), as "22 şubat"."""
    found = _DAY_ASKED.search(turkish_lower(question))
    return None if not found or _YEAR_NUMBER.search(question) else f"{int(found.group(1))} {found.group(2)}"


def says_day(sentence: str, day: str) -> bool:
    number, month = day.split()
    return re.search(rf"(?<!\d)0?{number}\s+{month}", turkish_lower(sentence)) is not None


def years_of(sentence: str) -> list[str]:
    """The years a sentence gives as its facts' time, as written ("2025 yılında", "2024'te"; not "2019 seçimi": see
    ``years_named`` for every year it names)."""
    return [found.group(1) for found in _YEAR_OF.finditer(sentence)]


_DAY_ASKED = re.compile(rf"(?<!\d)(\d{{1,2}})\s+({'|'.join(MONTH_NUMBERS)})")


def recalls_year(sentences: list[str], year: str) -> set[str]:
    """The sentences that speak of ``year`` by pointing back at the sentence before them,
    which names it ("… 2019 yılındaki ilçe seçimine göre arttı. O seçimde katılım oranı yüzde
    44 olarak kaydedilmişti.")."""
    return {sentence for before, sentence in zip(sentences, sentences[1:])
            if _RECALLING.match(sentence) and re.search(rf"(?<!\d){year}(?!\d)", before)}
# "hangi yıl", "hangi yıldan beri", "yılı ne" ask a year, not a day of a month.
_ASKS_YEAR = re.compile(r"hangi\s+yıl(?!\w*\s+(?:önce|sonra))|yılı\s+ne(?:dir|ydi)?(?!\w)")
# "ne kadar" of a sum of money ("bütçesi ne kadar", "ne kadar kâr etti", "ne kadar harcadı") asks for an amount.
_MONEY = re.compile(r"(?<!\w)(?:bütçe|maliyet|fiyat|ücret|ciro|kâr|net\s+kar|gelir|gider|yatırım|borç|bağış|hibe"
                    r"|tazminat|kira|vergi|maaş|bedel|tutar|ödenek|sermaye|para"
                    r"|(?<!zaman\s)(?<!süre\s)(?<!emek\s)(?<!vakit\s)harca"  # "ne kadar zaman harcadı": no sum
                    r"|bilet|harçlık|yevmiye|prim|burs|aidat|kredi|katkı|destek(?!\s+gör)"  # "bilet ne kadar"
                    r"|öd(?:e(?!v)|üy)"  # "ne kadar ödüyor", "ödedi": a sum paid (not "ödev")
                    # "malzemelerin toplam değeri ne kadar": a sum (not "değerlendirdi", "değer kaybetti")
                    r"|değer(?!lendir|\s+kayb|\s+kazan))"
                    r"|ne\s+kadar(?:lık)?\s+(?:para\s+)?ödül")  # "ne kadar ödül verildi", not "ödül için ne kadar oy"


def unit_of_measure(word: str) -> str | None:
    """"metreye" → "metre", "dinarlık" → "dinar", "yaşındaydı" → "yaş"; a name ("Grammy") is none."""
    if word[:1].isupper() and not word.isupper():
        return None
    lowered = turkish_lower(word)
    calendar = _CALENDAR.match(lowered)
    if calendar:
        return calendar.group(1)
    return next((unit for unit in _MEASURE_UNITS if unit not in _CALENDAR_UNITS and lowered.startswith(unit)), None)


def _measure(word: str) -> str | None:
    unit = unit_of_measure(word)
    return _MEASURE_OF[unit] if unit else None


# "kaç oldu", "kaç eder", "kaça tuttu": a verb after "kaç" (not "uydu", a noun that looks like one).
_BECOMES = re.compile(r"ol(?:du|ur|acak|muş|muştur|uyor)|et(?:ti|mişti|mektedir)|eder|tut(?:ar|tu|acak)")
# "kaç kaç bitti", "finalde skor kaçtı?", "maçın skoru neydi?" ask a score, which only "3-1" answers.
_ASKS_SCORE = re.compile(r"(?<!\w)(?:kaç\s+kaç|skor\w*\s+(?:kaç|ne)\w*)(?!\w)")
_SCORE = re.compile(r"\d+\s*[-–]\s*\d+")
_SCORE_VERB = re.compile(r"\s+(?:[^\W\d_]+\s+){0,2}?(?:yen[dmi]|mağlup|berabere|galip)", re.IGNORECASE)


def _final_score(sentence: str, match: re.Match) -> bool:
    """"78-71 yendi", "3-1 mağlup etti": a match's score, not a range ("5-6 bin kişi")."""
    return _SCORE.fullmatch(match.group()) is not None and _SCORE_VERB.match(sentence, match.end()) is not None
# The copula that ends a question after "kaç": "kişiydi", "kişidir", "gündür" (not the "-du"
# of "oldu", a verb: "gündü" reads the same, and is rarer).
_COPULA = re.compile(r"(?<=\w\w[aeıioöuü])(?:y(?:d[ıiuü]|m[ıiuü]ş)|d[ıiuü]r)$|(?<=[^aeıioöuü])[dt][ıiuü]r$")
# "saatte 1.200 metreküp", "aylık 5.000 dinar": a figure per unit of time is said with it.
_RATES = "saatte|günde|haftada|ayda|yılda|dakikada|saniyede|senede|saatlik|günlük|haftalık|aylık|yıllık"
# (a rate asked in other words: "her ay ne kadar", "dönüm başına", "ortalama kaç")
_EACH_TIME = r"her\s+(?:saat|gün|gece|hafta|ay|yıl|sene|sabah|akşam)"
_EACH_SHORT_TIME = r"her\s+(?:gün|gece|hafta|ay)"  # a count at a rate (not "her yıl düzenlenen şenlikte")
_RATE_WORD = re.compile(rf"(?<!\w)(?:{_RATES}|{_EACH_TIME}|(?<!tek\s)başına|ortalama)(?!\w)")
# ("tek başına 1.100 kişi" is the one show's alone, no rate per head)

MAX_SPAN_CHARS = 60
_LISTED = re.compile(r",\s|\s(?:ve|ile)\s")  # a span listing several, each a span of its own


def lists_several(span: str) -> bool:
    """"Kerkük, Erbil ve Ankara": the span lists several."""
    return _LISTED.search(span) is not None
# A scale word's case ending belongs to the sentence, not the answer: "55 bine çıktı" → "55 bin".
_INFLECTED_SCALE = re.compile(r"(\d\s+)(bin|milyon|milyar)(?:[ae]|[ıi]|y?[ae]|d[ae]n?|t[ae]n?|[ıi]n|[dt][ıiuü]r?)"
                              r"(?!\w)")  # ("9 bindi": the copula too)

@dataclass(frozen=True)
class Question:
    """What the question asks for, and the words it already names (never the answer)."""

    asked: Asked
    named: frozenset[str]
    unit: str | None = None  # "kaç yayınevi" → "yayınev", the root its inflections share
    plural: bool = False  # "kimler": every name is the answer, listed
    ordinal: bool = False  # "kaçıncı": "13. sırada" answers; for "kaç", "19. yüzyıl" does not
    measure: str | None = None  # "kaç ton" → "ton": only a figure in tons, kilos … answers
    names: frozenset[str] = frozenset()  # stems of the words it capitalises inside: "Kerkük'teki"
    counted: str | None = None  # "kaç battaniye" → "battaniye", as the question writes it
    year: bool = False  # "hangi yıl öldü": "2 Nisan" is a date, but not the asked year
    office: str | None = None  # "Kerkük valisi kim?", "hangi bakan": only a sentence naming it answers
    years: frozenset[int] = frozenset()  # "2024 bütçesi": of two figures, the one said for 2024
    capacity: bool = False  # "kaç kişilik", "kaç kişi alabilir": a capacity answers
    body: str | None = None  # "hangi şirket": a company ("… şirketi") answers, a person does not
    aged: frozenset[str] = frozenset()  # "Kadir Salihi kaç yaşında": an age said of him answers
    former: bool | None = None  # "önceki başkan" (True), "yeni başkan" (False): not the other one
    office_of: str | None = None  # "belediye başkanı", "kooperatifinin başkanı": the office's owner word
    office_place: str | None = None  # "Sincar belediye başkanı": not "Telafer Belediye Başkanı"
    rate: bool = False  # "günde kaç saat": the answer need not repeat "günde"
    tense: Tense | None = None  # "ne zaman açılacak" (future), "nerede düzenlendi" (past)
    since: bool = False  # "hangi yıldan beri": "2011 yılından bu yana" answers
    case: str | None = None  # "nerede" (locative), "nereden", "hangi şehre": the case a place answers in
    score: bool = False  # "kaç kaç bitti": only a score ("3-1") answers
    material: tuple[str, ...] = ()  # "kaç ton makarna": what the figure measures, not "600 ton buğday"
    # "haftanın hangi günü": "salı" answers, not "13 Haziran" ("strict"); "hangi günler": a weekday, else dates
    # ("loose": "9-10 Mayıs tarihlerinde")
    weekday: str = ""
    described: str | None = None  # "kaç yataklı yoğun bakım": the figure describes "yoğun", not "yeni blok"
    leader: bool = False  # "kim başkanlık etti": who led it ("X başkanlığındaki heyet") answers
    office_name: tuple[str, ...] = ()  # "Musul Spor'un teknik direktörü": the owner's name, stemmed
    deed: str | None = None  # "kaç kişi öldü" → "öl": what befell the people counted
    doer: str | None = None  # "kim şarkı söyledi" → "şarkıcı": who does the deed asked about
    role: str | None = None  # "hastanenin başhemşiresi kim": a role no office list holds
    agent_of: str | None = None  # "festivali kim düzenliyor" → "düzenl[ae]?": "X tarafından düzenlenen" answers
    deed_said: str | None = None  # "ne zaman ziyaret etti" → "ziyaret": a date quoted without it is another's
    person_kind: str | None = None  # "kırmızı kart gören oyuncu kim": a player, not "hakem Sami Kadıoğlu"
    day: bool = False  # "hangi gün açıldı", "hangi tarihte": a year alone ("2023 yılında") is no day
    place_kind: str | None = None  # "hangi cadde": a name ending "Caddesi" answers, not "Kerkük'te"
    clock: bool = False  # "saat kaçta": only a time of day answers ("19.00'da"), not "20 halk oyunları ekibi"
    winner: bool = False  # "kim kazandı", "şampiyonu kim oldu": not the finalist named beside the winner
    demand: bool = False  # "yüzde kaç pay talep etmişti": what was asked for, not what was given
    counted_kind: str | None = None  # "kaç penaltı golü" → "penaltı": the kind of the counted thing
    per_time: bool = False  # "günde kaç hayvan": a figure per day, not the whole ("altı saatte" is no rate)
    stages: frozenset[int] = frozenset()  # "kaç kişi mezun oldu": of a course's stages, those who finished it
    whole: str | None = None  # "sporcuların kaçı kadın?" → "sporcu": the counted part is of it
    for_whom: str | None = None  # "öğrenciler için giriş ücreti" → "öğrenci": not the adults' figure
    medal: str | None = None  # "gümüş madalyayı kim aldı": not the gold's winner
    predicate: str | None = None  # "… kaç öğrenci başarılı oldu?" → "başarı": what the asked ones did or are
    last_year: bool = False  # "geçen yıl kaç …", "önceki sezon": the figure of the year before is asked
    people: str | None = None  # "kaç Türkmen öğrenci": the people whose ones are counted
    ongoing: bool = False  # "kaç köye su götürüyor", "kaç üyesi var": what is so now, not what is to come
    beneficiary: bool = False  # "kimler için kullanılacak?": whom it is for, a group described, not a name
    compares: bool = False  # "kaç kişi daha fazla katıldı?", "ne kadar arttı?": a difference answers
    this_period: str | None = None  # "bu sezon ne kadar yağdı" → "bu sezon": of figures for several, this one's
    pieces: str | None = None  # "kaç adet kitap basıldı" → "basıl": "120.000 adet basıldığını" answers, not "14
    # farklı kitaptan", the titles
    reached: bool = False  # "kaça düştü", "kaç dinara çıktı": the level a change reached, not the one it left
    month: bool = False  # "yılın hangi ayında": a month answers, not "beş yıl önce"
    # "kimi yendi", "kime verildi", "kimden aldı", "kiminle": the case the one asked is named in
    person_case: str | None = None
    rank: str | None = None  # "ikinci kim oldu?" → "ikinci": the name its clause ranks so answers

    @classmethod
    def read(cls, question: str) -> Question:
        lowered = turkish_lower(question)
        asked = _asked_kind(lowered)
        unit = counted = counted_kind = whole = None
        if asked is Asked.NUMBER:
            after = _counted_after(lowered)
            counted_kind = after.group(1) if after and _counts_head(*after.groups()) else None
            part = _PART_ASKED.search(lowered)  # "mezunların kaçı kız?": the part is counted as girls
            part = part if part and verb_stem(part.group(1)) is None and not (
                part["second"] and verb_stem(part["second"].strip())) else None
            whole = _WHOLE_OF_PART.search(lowered) if part else None
            whole = root(whole.group(1)) if whole and whole.group(1) not in _POINTING_WHOLES else None
            if after and part and part.start() > after.start():
                # a follow-up joined to its question: "… kaç sporcu katıldı kaçı kadın?" counts the women
                whole, after = root(_counted_head(after)), None
            if not after and part:
                after = part
            if _ASKS_SCORE.search(lowered):  # "kaç kaç kazandı": a score, nothing counted
                after = None
            # (a part told by a quality, "kaçı yoğun bakım donanımlı", counts nothing by name)
            counted = _counted_head(after) if after and not (after is part and part["quality"]) else None
            if counted and counted in _MATERIALS:  # "kaç altın sikke": gold ones, which "143 sikke" does not say
                counted_kind = counted
            if counted:  # "heyet kaç kişiydi?": "kişi"; "kaç dinardı?", "kaç tondu?": "dinar", "ton"
                counted = _COPULA.sub("", counted) or counted
                counted = _unit_without_case(counted) if unit_of_measure(counted) else counted
            if counted and (people := _PEOPLE_COUNTED.search(lowered)) and verb_stem(counted):
                counted = people.group(1)  # "Kaç Türkmen yaşıyor Kerkük'te?": the people are counted
            elif (counted and _PEOPLE_COUNTED.search(lowered)
                  and (compound := _COMPOUND_AFTER_PEOPLE.fullmatch(counted))):
                counted = unsoftened(counted) or compound.group(1)  # "kaç Türkmen köyü": villages,
                # "Türkmen çocuğu": children ("Türkmen öğrenci" stays)
            if counted and _BECOMES.fullmatch(counted):  # "yatak sayısı kaç oldu?": a verb counts nothing
                counted = None
            if counted and verb_stem(counted) and re.search(r"(?<!\w)yüzde\s+kaç", lowered):
                counted = None  # "yüzde kaç arttı?": a rate, of nothing counted
            if (not counted and (named_count := _COUNT_ASKED.search(lowered)) and named_count.group(1) not in STOPWORDS
                    and not is_genitive(ascii_fold(named_count.group(1)))  # ("kaybedenlerin sayısı": read as was)
                    and not _is_people(named_count.group(1)) and not _COUNTED_BY_DEED.search(named_count.group(1))):
                counted = named_count.group(1)  # "ambulans sayısı kaç?" counts ambulances
            if (not counted and not part and (of_whole := _WHOLE_OF_PART.search(lowered))
                    and of_whole.group(1) not in _POINTING_WHOLES):
                # "kızlardan kaçı kooperatife üye oldu?": a part of the whole, those who did it
                whole = root(re.sub(r"l[ae]r[ıi]?n?$", "", of_whole.group(1)))
            calendar = _CALENDAR.match(counted) if counted else None  # "kaç ayda bitti": months
            unit = calendar.group(1) if calendar else _counted_root(counted) if counted else None
        plural = bool(re.search(r"\b(?:kimler|nereler|nelerdir|hangileri|hangi\s+\w+l[ae]r)", lowered))
        # (and a pair joined by a dash: "Kerkük–Tuzhurmatu otobüs hattı")
        names = frozenset(stem(turkish_lower(w)) for w in re.findall(rf"(?<=[\s–-])\w+|^\w+(?=[{APOSTROPHES}–-])",
                                                                     question) if w[:1].isupper())
        # a stem of one letter is the stemmer's slip ("atandı" → "a", as "Aydın"), no word named
        named = frozenset(s for w in words(question) if len(s := stem(w)) > 1) - _body_qualifier(asked, lowered)
        office = _asked_office(asked, question)
        body = _asked_body(asked, lowered)
        doer = asked is Asked.PERSON or body is not None  # "kim düzenledi", "hangi firma kazandı"
        return cls(asked, named, unit, plural, "kaçıncı" in lowered,
                   _asked_measure(question) if asked is Asked.NUMBER else None, names, counted,
                   asked is Asked.DATE and bool(_ASKS_YEAR.search(lowered)), office,
                   frozenset(years_named(question)), bool(_ASKS_CAPACITY.search(lowered)),
                   body, _whose_age(question),
                   True if _FORMER.search(lowered) else False if _CURRENT.search(lowered) else None,
                   *_office_owner(question, office), bool(_RATE_WORD.search(lowered)), _tense(lowered),
                   bool(_ASKS_SINCE.search(lowered)), _asked_case(lowered) if asked is Asked.PLACE else None,
                   bool(_ASKS_SCORE.search(lowered)), _measured_thing(question),
                   _weekday_asked(lowered) if asked is Asked.DATE else "", _described(lowered, counted),
                   bool(_ASKS_LEADER.search(lowered)), _owner_name(question, office), _deed(lowered),
                   _doer(lowered) if asked is Asked.PERSON else None,
                   _possessed_role(lowered) if asked is Asked.PERSON and office is None else None,
                   _agent_asked(lowered) if asked is Asked.PERSON and office is None else None,
                   (_deed_pattern(lowered) or _deed_noun(lowered)) if asked is Asked.DATE else None,
                   _person_kind(lowered) if asked is Asked.PERSON and office is None else None,
                   asked is Asked.DATE and bool(_ASKS_DAY.search(lowered)),
                   _named_place_kind(lowered) if asked is Asked.PLACE else None,
                   asked is Asked.NUMBER and bool(_ASKS_CLOCK.search(lowered)),
                   doer and bool(_ASKS_WINNER.search(lowered)), bool(_DEMAND.search(lowered)), counted_kind,
                   _per_time(lowered), frozenset(_stages(_without_counted(lowered, counted))), whole,
                   whom if (whom := next(iter(_groups_named(lowered)), None)) not in _POINTING_WHOLES
                   else None,  # ("Bunlar için": of what was said)
                   medal.group() if (medal := _MEDAL.search(lowered)) else None, _predicate(lowered),
                   bool(_EARLIER_ASKED.search(lowered)) and not _COMPARISON.search(lowered)
                   and not _LAST_YEAR_PARTICIPLE.search(f"{lowered} "),
                   people.group(1) if asked is Asked.NUMBER and (people := _PEOPLE_COUNTED.search(lowered)) else None,
                   bool(_ONGOING.search(lowered)), bool(_ASKS_BENEFICIARY.search(lowered)),
                   bool(_ASKS_DIFFERENCE.search(lowered)),
                   period.group(1) if (period := _THIS_PERIOD.search(lowered)) else None,
                   _pieces_done(lowered) if asked is Asked.NUMBER else None,
                   asked is Asked.NUMBER and bool(_ASKS_REACHED.search(lowered)),
                   asked is Asked.DATE and bool(_ASKS_MONTH.search(lowered)),
                   next((case for case, asking in _PERSON_CASE_ASKED.items() if asking.search(lowered)), None)
                   if asked is Asked.PERSON else None,
                   rank_asked(question) if asked is Asked.PERSON else None)

    @property
    def factoid(self) -> bool:
        return self.asked not in (Asked.EXPLANATION, Asked.OTHER)

    @property
    def origin(self) -> bool:
        """"nereli": where someone is from."""
        return "nerel" in self.named

    @property
    def expected(self) -> bool:
        """"kaç kişi bekleniyor", "hedef ne": what is aimed at or expected is asked."""
        return any(word.startswith(("bekl", "hedef", "amaç", "öngör")) for word in self.named)

    @property
    def goal(self) -> bool:
        """"hedefi kaç üniteydi": the figure aimed at is asked (not "bekleme listesinde", a waiting list)."""
        # (a plan as the asked deed: "kaç ev planlanmıştı", not "planlanan projede kaç ev teslim edildi")
        return any(word.startswith(("hedef", "amaç")) for word in self.named) or (self.deed or "").startswith("planla")


# the level a change reached, asked in the dative: "kaça düştü", "kaç dinara çıktı", "ne kadara yükseldi"
_ASKS_REACHED = re.compile(r"(?<!\w)(?:kaça|ne\s+kadara|kaç\s+(?!(?:lira|derece|dakika|hafta|metre|kere|defa|saniye"
                           r"|ton|yüzde|sefer)\s)[^\W\d_]+(?:[^aeıioöuü\W\d_][ae]|y[ae]))\s+"
                           r"(?:düş|geril|in|çık|yüksel|art|fırla|gerile)\w*")
_PERSON_CASE_ASKED = {case: re.compile(rf"(?<!\w){asking}(?!\w)") for case, asking in (
    ("accusative", "kimi"), ("dative", "kime"), ("ablative", "kimden"))}
# a name in that case: "Kasaboğlu'nu", "Salihi'ye", "Çelebi'den" (or "… tarafından", whom a thing came from)
_PERSON_CASE_SAID = {case: re.compile(ending) for case, ending in (
    ("accusative", rf"[{APOSTROPHES}](?:y?[ıiuü]|n[ıiuü])$"), ("dative", rf"[{APOSTROPHES}](?:y?[ae]|n[ae])$"),
    ("ablative", rf"[{APOSTROPHES}]n?[dt][ae]n$|\s+tarafından$"))}
_ASKS_MONTH = re.compile(r"(?<!\w)hangi\s+ay(?:ında|da)?(?!\w)")
_ASKS_WEEKDAY = re.compile(r"haftanın\s+hangi\s+gün")
_DAYS_ASKED = re.compile(r"(?<!\w)hangi\s+günler")  # ("hangi günler uçulacak?": a week's round, or dates)


def _weekday_asked(lowered: str) -> str:
    return "strict" if _ASKS_WEEKDAY.search(lowered) else "loose" if _DAYS_ASKED.search(lowered) else ""
# Places whose names carry their kind: "Cumhuriyet Caddesi", "Şorca Mahallesi", "Yengice köyü"
# ("hangi köylere su götürecek": not the river it takes the water from).
_NAMED_PLACES = ("cadde", "sokak", "bulvar", "meydan", "mahalle", "semt", "köy", "salon", "stadyum", "otogar",
                 "terminal", "galeri", "müze")


def _named_place_kind(lowered: str) -> str | None:
    asked = re.search(r"(?<!\w)hangi\s+(\w+)", lowered)
    return next((kind for kind in _NAMED_PLACES if asked and asked.group(1).startswith(kind)), None)


# A sentence's first word, capitalised by its place, before a name: "Kentin Cumhuriyet Caddesi"
# ("Yasin Caddesi" keeps its two words)
_LEADING_GENITIVE = re.compile(r"^[^\W\d_]+n?[ıiuü]n\s+(?=\S+\s+\S)")


def _of_place_kind(question: Question, sentence: str, span: str) -> bool:
    kind = question.place_kind or ""
    return _ends_in(span, (possessive(kind),)) or turkish_lower(sentence[_end_of(sentence, span):]).startswith(
        f" {kind}")


_ASKS_CLOCK = re.compile(r"(?<!\w)(?:saat\s+kaç(?:ta|da)?|kaçta)(?!\w)")  # "ilk sefer kaçta": at what time
_ASKS_DAY = re.compile(r"(?<!haftanın\s)hangi\s+(?:gün|tarih)")
_YEAR_ALONE = re.compile(rf"\d{{4}}(?:[{APOSTROPHES}]\w+)?(?:\s+yıl\w*)?", re.IGNORECASE)
_ASKS_LEADER = re.compile(r"(?<!\w)(?:başkanlık|liderlik|önderlik)\s+(?:et|ed|yap)\w*")
_WEEKDAY = re.compile(r"(?<!\w)(?:" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")(?!\w)", re.IGNORECASE)


# "bir sonraki maç", "önümüzdeki sezon", a last verb in -acak/-ecek: what is yet to come.
_COMING = re.compile(r"(?<!\w)(?:sonraki|önümüzdeki|bir\s+dahaki)(?!\w)")
_FUTURE_VERB = re.compile(r"\w[ae]c[ae](?:k|ğ[ıi]z)(?:l[ae]r)?$")
_FUTURE_IN_PAST = re.compile(r"\w[ae]c[ae]kt[ıi](?:l[ae]r)?$")
_PAST_VERB = re.compile(r"\w{2,}(?:[dt][ıiuü]|m[ıiuü]ş(?:t[ıiuü])?)(?:l[ae]r)?$")
_NOT_VERBS = frozenset("şimdi yedi adı kadı".split())
_PARTICLE = re.compile(r"m[ıiuü](?:y[dm]\w*|s[ıiuü]n\w*)?")  # "mı", "miydi", "mısınız"


# A time asked in the dative: where a date was moved to, not when it happened.
_TIME_TO = re.compile(r"(?<!\w)(?:ne\s+zamana|hangi\s+(?:tarihe|güne|aya|yıla))(?!\w)")


_ONGOING = re.compile(r"(?:\w[ıiuü]yor(?:lar)?|(?<!\w)var)\W*$")  # "götürüyor", "çalışıyorlar", "var"


def _tense(lowered: str) -> Tense | None:
    """Future for "ne zaman açılacak" or "bir sonraki maç", past for "nerede düzenlendi";
    None for a present or a question without a verb."""
    found = re.findall(r"\w+", lowered)
    while found and _PARTICLE.fullmatch(found[-1]):
        found.pop()
    last = found[-1] if found else ""
    # "ne kadar ödenecekti": what was to be paid; "kaç saate çıkarılacağını söyledi": what was said to come
    if (_COMING.search(lowered) or _FUTURE_VERB.search(last) or _FUTURE_IN_PAST.search(last)
            or _ANNOUNCES.search(lowered)):
        return Tense.FUTURE
    if _TIME_TO.search(lowered):  # "ne zamana ertelendi": the day it was put off to may be ahead
        return None
    if _PAST_VERB.search(last) and last not in _NOT_VERBS:
        return Tense.PAST
    return None


# The word after "kaç", and a compound's possessed head after it ("kaç su deposu", and just before
# the question's verb "kaç göz ameliyatı yapıldı"; not a verb, an accusative, "-ci" or "-inci":
# "kaç gol attı bir önceki yıl", "kaç takım kupayı kazandı", "kaç işçi işini", "kaç Tuzhurmatulu çiftçi")
# "kaç Türkmen öğrenci burs kazandı": a people's name before a noun (not the verb: "kaç Türkmen yaşıyor") says
# which ones are counted
_ETHNONYM = rf"(?:{_ETHNONYMS})\s+(?=[^\W\d_]+\s+[^\W\d_])"
_PEOPLE_COUNTED = re.compile(rf"kaç\s+({_ETHNONYMS})\s+(?=[^\W\d_]+\s+[^\W\d_])")
# A compound's head after a people's name ("Türkmen köyü", "Türkmen ailesi"), not an agent noun or an
# adjective ending alike ("öğrenci", "sporcu", "Kerküklü")
_COMPOUND_AFTER_PEOPLE = re.compile(r"(\w{2,}?(?<![cçl]))(?:(?<=[aeıioöuü])s)?[ıiuü]")
_COUNTED_AFTER = re.compile(rf"kaç(?:ıncı)?\s+(?:tane\s+|adet\s+)?(?:{_ADJECTIVE}\s+(?=[^\W\d_])|{_ETHNONYM})?"
                            rf"([^\W\d_]+)"
                            r"(?:\s+([^\W\d_]+(?:s[ıiuü]|[^\Waeıioöuüy](?<![cç])(?<![ıiuü]n)[ıiuü]"
                            r"(?=\s+[^\W\d_]+\W*$)|[^\Waeıioöuüydtcç](?<![ıiuü]n)[ıiuü](?=(?:\s+[^\W\d_]+){2}\W*$))))?"
                            r"(?!\w)")  # ("kaç sağlık teknisyeni eğitim aldı": a head with two words after it, no verb)


# "hastanenin ambulans sayısı kaç?", "üye sayısı ne kadar": the count is of the noun before "sayısı"
# (not "yatak sayısı kaç oldu?": what it became, said as a bare figure: "… kapasitesi 150'den 240'a yükseldi")
_COUNT_ASKED = re.compile(r"(?<!\w)([a-zçğıöşü]{3,})\s+sayı(?:sı|ları)\s+(?:toplam\s+)?"
                          r"(?:kaç|ne\s+kadar|ne(?:dir|ydi)?)\W*$")


# no thing of its own: a people's word ("yaralı", "seyirci", "katılımcı") or a deed's noun ("başvuru", "ziyaret")
_COUNTED_BY_DEED = re.compile(r"(?:l[ıiuü]|c[ıiuü]|ç[ıiuü]|yaral\w*|başvuru|ziyaret|katılım|kurban|hasta|turist|aday"
                              r"|mülteci|göçmen|nüfus)$")


def _counted_after(lowered: str) -> re.Match | None:
    """``_COUNTED_AFTER`` in the question less a closing particle ("… kaç stant açmıştı acaba?": the
    verb is last)."""
    lowered = _CLOSING_PARTICLE.sub("", lowered)
    return _PEOPLE_ADJECTIVE.search(lowered) or _COUNTED_AFTER.search(lowered)


# "kaç yaşlı kalıyor", "kaç genç katıldı": an adjective of people counts them, right before the verb or one word in
# a case before it ("kaç genç eğitime başladı"; not "kaç genç kadına")
_PEOPLE_ADJECTIVE = re.compile(r"kaç\s+((?:yaşlı|genç)(?:l[ae]r)?)()\s+(?:(?!kadın|erkek|çift|aile)[^\W\d_]{2,}"
                               r"(?:y?[ae]|[dt][ae]n?|y?[ıiuü])\s+)?[^\W\d_]+\W*$")


# what the counted things are made of, said right after "kaç": "kaç altın sikke", "kaç ahşap ev"
_MATERIALS = frozenset("altın gümüş bakır bronz tunç demir çelik ahşap mermer".split())
_CLOSING_PARTICLE = re.compile(r"\s+(?:acaba|peki|ki|m[iıuü](?:dir|ydi)?)\W*$")


def _counted_head(after: re.Match) -> str:
    """"kaç su deposu" counts depots, its compound's head, not water ("kaç kişi kapasitesi",
    "kaç ton buğday": the person or the measure is what is counted)."""
    word, head = after.group(1), after.group(2)
    if head and _DEED_NOUN.fullmatch(head) and (owner := re.fullmatch(r"(\w{3,}?)n?[ıiuü]n", word)):
        return unsoftened(word[:-1]) or owner.group(1)  # "kaç takımın katılması": "takım"; "köpeğin": "köpek"
    if _counts_head(word, head):
        # as a count names it: "430 ameliyat", "3 depo", "5 kitap"
        return unsoftened(head) or re.sub(r"(?:(?<=[aeıioöuü])s)?[ıiuü]$", "", head)
    return word


def _counts_head(word: str, head: str | None) -> bool:
    """The head counts, not the word before it, unless that is a measure, or a person whose
    capacity is asked ("kaç kişi kapasitesi"; "kaç çocuk kitabı" counts books)."""
    return (bool(head) and not (word.startswith(_PEOPLE) and (
        head.startswith(_CAPACITY_HEADS) or not _COMPOUND_SUFFIX.search(head)
        or verb_stem(head) is not None))  # ("kaç kişi izledi yarışı?": a verb, then what was watched)
            and not _measure(word) and not _CALENDAR.match(word)
            and not (_DEED_NOUN.fullmatch(head or "") and is_genitive(word)))  # "kaç takımın katılması": teams
    # (not "kaç el yazması": a compound)


_DEED_NOUN = re.compile(r"[^\W\d_]{2,}m[ae](?:s[ıi]|l[ae]r[ıi])(?:n[ıi]n|n[ae]|n[dt][ae]n?|n[ıi])?")


_CAPACITY_HEADS = ("kapasite", "kontenjan")
# a compound's head shows its suffix: a buffer "s" ("deposu") or a softened consonant ("kitabı", "aracı", "yatağı");
# "kaç kişi tedavi gördü", "kaç çocuk aşı oldu" count people
_COMPOUND_SUFFIX = re.compile(r"(?:[aeıioöuü]s[ıiuü]|[bcdğ][ıiuü])$")


def _asked_office(asked: Asked, question: str) -> str | None:
    """The office whose holder is asked: "Kerkük valisi kim?", "hangi bakan katıldı?"; not a
    word of a name ("Öğretmenler Birliği'nin başkanı")."""
    lowered = turkish_lower(question)
    if _ASKS_LEADER.search(lowered):  # "kim başkanlık etti": who led it, no office
        return None
    if asked is Asked.PERSON:
        candidates = words(lowered)
    elif asked is Asked.NAME:
        candidates = re.findall(r"(?<!\w)hangi\s+(\w+)", lowered)
    else:
        return None
    tokens = _TOKEN.findall(question)
    # an office capitalised after a lower-case word is a title, no name ("Kerkük tarım Müdürü", as
    # a question typed without Turkish letters is restored)
    named = {turkish_lower(without_suffix(w)) for i, w in enumerate(tokens) if i and w[:1].isupper()
             and not _title_of_name(tokens, i)
             and not (tokens[i - 1][:1].islower() and turkish_lower(w).startswith(_ASKED_OFFICES))}
    for i, word in enumerate(candidates):
        if word in named:
            continue
        said_as = next((said for casual, said in _OFFICE_SAID_AS.items()
                        if re.fullmatch(rf"{casual}s[ıi]", word)), None)
        if said_as and _SPORT.search(lowered):  # "Telafer Spor'un hocası": not a madrasa's
            return f"{_DEPUTY} {said_as}" if i and candidates[i - 1] == _DEPUTY else said_as
        office = next((office for office in _ASKED_OFFICES if word.startswith(office)), None)
        if office and re.match(r"l[ae]r", word[len(office):]):  # "öğretmenler için": no holder asked
            continue
        if office and asked is Asked.NAME and re.match(r"l[ıiuü][kğ]", word[len(office):]):
            continue  # "hangi bakanlık", "hangi müdürlük": a body (not "başkanlığına kim seçildi")
        if office == _DEPUTY and i + 1 < len(candidates) and candidates[i + 1].startswith(
                (*_ASKED_OFFICES, *_OFFICE_SAID_AS)):
            continue  # "yardımcı antrenörü kim", "yardımcı hocası": the deputy coach, a rank before the office
        if word == "bakan" and i and i + 1 < len(candidates) and _DATIVE_END.search(candidates[i - 1]):
            continue  # "davasına bakan hâkim": the one who hears the case, no minister
        if office and word == office and i + 1 < len(candidates) and re.search(r"[ıiuü]n$", candidates[i + 1]):
            continue  # "Hakem kursunun masraflarını kim karşıladı?": the course's, no referee asked
        if office and i + 1 < len(candidates) and candidates[i + 1] == "adına":
            continue  # "Kerkük Valisi adına kim katıldı?": who stood in for the governor, not the governor
        if office:  # "genel müdürü kim": the project manager ("proje müdürü") is not the one
            return f"{candidates[i - 1]} {office}" if i and candidates[i - 1] in (*_RANKS, _DEPUTY) else office
    return None


# An office asked in everyday words, as news names it: a club's "hocası" is its "antrenör".
_OFFICE_SAID_AS = {"hoca": "antrenör"}
_SPORT = re.compile(r"(?<!\w)(?:spor|kulüb|kulüp|takım|güreşçi|sporcu|futbolcu|oyuncu)\w*")  # whose coach
# The other names news gives an office: a club's head coach is its "teknik direktör", its "hocası".
_OFFICE_ALSO = {"antrenör": ("teknik direktör", "hoca"), "müdür": ("müdire",), "müdire": ("müdür",),
                "sahib": ("kurucu",)}  # ("kitabevinin sahibi kim": "Kitabevinin kurucusu, … Şükrü Terzi")


def _office_words(office: str) -> tuple[str, ...]:
    """The office and the other names news gives it ("antrenör", "teknik direktör", "hoca")."""
    return (office, *_OFFICE_ALSO.get(office, ()))


# "<owner>'in <role>(s)ı kim?": the role a person holds of a named owner, whatever the word.
_ROLE_ASKED = [re.compile(rf"(\S+)\s+{compound}(\w+?)s?[ıiuü]\s+kim(?:dir|di|dı|miş|mış)?\W*$")
               for compound in ("", r"\w+\s+")]  # "fuarın onur konuğu kim"


def _possessed_role(lowered: str) -> str | None:
    """A role no list holds, asked as the owner's ("hastanenin başhemşiresi kim?", "listenin
    lideri kim?"): only a sentence saying it answers (the one on the hospital's new unit names
    no head nurse); unlike an office, it is not looked for as a title before the name."""
    for pattern in _ROLE_ASKED:
        asked = pattern.search(lowered)
        if asked and is_genitive(re.sub(rf"[{APOSTROPHES}]", "", asked.group(1))) and len(asked.group(2)) > 2:
            noun = asked.group(2)
            return unsoftened(noun + "ı") or noun  # "konuğu" → "konuk", "galibi" → "galip"
    return None


_DATIVE_END = re.compile(r"\w[ny]?[ae]$")


def _title_of_name(tokens: list[str], i: int) -> bool:
    """A capitalised office closing a name, as news writes titles: "Musul Belediye Başkanı",
    "Kerkük Valisi'nin" (not a word inside a name: "Öğretmenler Birliği", nor a body made of an
    office: "Konut Bakanlığı'nın")."""
    closes = i + 1 == len(tokens) or not tokens[i + 1][:1].isupper() or without_suffix(tokens[i]) != tokens[i]
    body = re.search(r"l[ıiuü][kğ]", turkish_lower(tokens[i]))
    return closes and tokens[i - 1][:1].isupper() and _is_title(tokens[i]) and not body


def _whose_age(question: str) -> frozenset[str]:
    """The stems of the name right before "kaç yaşında" ("Kadir Salihi"): whose age is asked."""
    before = re.search(rf"((?:[{_UPPER}][\w.'’-]*\s+)+)[kK]aç\s+yaş", question)
    if before is None:
        return frozenset()
    # a stem under three letters is the stemmer's slip ("Suna" → "s"), which any word would hold
    return frozenset(form for w in before.group(1).split() if len(form := stem(turkish_lower(_bare(w)))) >= 3)


def _counted_root(counted: str) -> str:
    """The counted noun's root, less a possessive "-sI" after its last vowel that the root would keep: "kaç
    üyesi var" counts "üye" ("üye sayısı 64'e ulaştı"), not "üyes"; "otobüsü" stays "otobü"."""
    found = root(counted)
    possessed = _POSSESSED_AFTER_VOWEL.fullmatch(counted)
    return possessed.group(1) if possessed and found.endswith("s") else found


_POSSESSED_AFTER_VOWEL = re.compile(r"(\w*[aeıioöuü])s[ıiuü]")


def _asked_measure(question: str) -> str | None:
    """The unit of "kaç <unit>" ("kaç milyar dinar": the scale is skipped) or "yüzde kaç";
    a sum for "kaça mal oldu", a duration for "ne kadar sürdü"."""
    lowered = turkish_lower(question)
    if re.search(r"(?<!\w)yüzde\s+kaç|(?<!\w)oran[ıi]\s+(?:ne(?:dir|ydi)?|kaç|ne\s+kadar)(?!\w)", lowered):
        return "yüzde"  # "katılım oranı neydi" asks a percentage as "yüzde kaç" does
    if re.search(r"(?<!\w)ne\s+kadar[ıi](?:n[ıi])?(?!\w)", lowered):
        return None  # a share of it ("gelirin ne kadarı kadınlara gidiyor"): "yüzde 80'i" as well as a sum
    if _LASTS.search(lowered):  # ("ne kadar süre destek verilecek": how long, not how much)
        return "saat"
    if (re.search(r"(?<!\w)ne\s+kadar", lowered) and _MONEY.search(lowered)) or _COSTS.search(lowered):
        return "para"
    if _PEOPLE_ADJECTIVE.search(lowered):  # "kaç yaşlı kalıyor": the elderly, counted, not an age
        return None
    extent = _EXTENT.search(lowered)
    if extent:  # "köprü ne kadar uzun": a length in metres or kilometres
        return _EXTENT_UNITS[extent.group(1)]
    after = re.search(r"(?<!\w)[kK]aç\s+((?:\w+\s+){0,2}\w+)", question)
    if not after:
        return None
    return unit_of_measure(next((w for w in after.group(1).split() if turkish_lower(w) not in _SCALES), ""))


# "ekmek kaç dinar", "ekmeğin kilosu kaç dinara": the thing priced, right before the price asked
# (not a suffix after an apostrophe, "Fuarı'nda kaç manatlık"; not a superlative, "en ucuzu")
_PRICED = re.compile(rf"(?<![\w{APOSTROPHES}])(?<!en\s)([a-zçğıöşü]{{3,}})\s+(?:kilosu\s+|tanesi\s+|fiyatı\s+)?"
                     rf"kaç\s+(?:{'|'.join(MEASURES['para'].split())})")


def priced_thing(question: str) -> str | None:
    """The thing whose price is asked, a bare noun ("Kerkük'te ekmek kaç dinar?" → "ekmek"); None
    for none, a word of asking, one naming a price itself ("bilet", "giriş"), a quality ("aylık"),
    or a word with an ending ("ayda", "inşasına", "satışından": what is paid for is worded otherwise)."""
    found = _PRICED.search(turkish_lower(question))
    word = found.group(1) if found else ""
    if (not word or word in QUESTION_OPENERS or word == "giriş" or _MONEY.match(word)
            or _ADJECTIVE_COUNT.search(word) or stem(word) != word):
        return None
    return word


# "Su şebekesi için ne kadar para ayrıldı?": the thing paid for, named before "için"
_PURPOSE = re.compile(r"(?<![\w'’])([a-zçğıöşü]{3,})\s+için\s+(?:ne\s+kadar|kaç)(?!\w)")


_INFINITIVE = re.compile(r"m[ae]k$")  # "açmak için": what for, no thing paid for


def purpose_asked(question: str, asked: Question) -> str | None:
    """The thing a sum asked is for ("Su şebekesi için ne kadar para ayrıldı?" → "şebekesi");
    None for none, a word of asking, a deed ("lokantayı açmak için ne kadar harcadı"), or a
    question asking no sum ("bursu için kaç öğrenci seçilecek")."""
    found = _PURPOSE.search(turkish_lower(question)) if _MEASURE_OF.get(asked.measure or "") == "para" else None
    word = found.group(1) if found else ""
    return None if not word or word in QUESTION_OPENERS or _INFINITIVE.search(word) else word


def for_what_was_said(sentence: str) -> bool:
    """The sentence gives its sum for what was said before it ("… bu sezon için 85 milyon Irak dinarı ayırdı",
    "bunun için"): its paragraph names what it is for."""
    return _FOR_THIS.search(turkish_lower(sentence)) is not None


def names_no_purpose(sentence: str) -> bool:
    """The sentence says its sum is for nothing in particular ("Öğrenciler … 5 bin dinar ödeyecek"): where the
    article's title names what is paid for (a bus line), the sum is for that."""
    return _FOR_ANY.search(turkish_lower(sentence)) is None


_FOR_ANY = re.compile(r"(?<!\w)için(?!\w)")
_FOR_THIS = re.compile(r"(?<!\w)(?:bu(?:nun)?|söz\s+konusu)\s+(?:[^\W\d_]+\s+)?için(?!\w)")


def held_priced(article: str, word: str) -> bool:
    """The article speaks of the thing priced in some form ("hisselerinin" for "hissesi",
    "ekmeklik" for "ekmek"): a word beginning as it does, less a possessive or case ending."""
    beginning = word[:max(_SHORT_ROOT, len(word) - 3)]
    return any(said.startswith(beginning) for said in words(article))


def states_measure(question: Question, sentence: str) -> bool:
    """Whether the sentence gives a figure in the asked measure ("74 milimetre" for "kaç
    santimetre", "yüzde 61" or "%61" for "yüzde kaç"); True when none is asked."""
    if question.measure is None:
        return True
    measure = _MEASURE_OF[question.measure]
    if question.measure in ("yaş", "yaşın") and not _AGED_SAID.search(sentence) and _AGE_CELEBRATED.search(sentence):
        return True  # "kaç yaşında": "… kuruluşunun 30. yılını … kutladı"
    lowered = turkish_lower(sentence)
    if measure == "oran" and re.search(r"%\s?\d|\d\s?%|yüzde\s+(?:\d|[^\W\d_])", lowered):
        return True
    if measure == "para" and any(re.search(rf"{re.escape(sign)}\s?\d|\d\s?{re.escape(sign)}", sentence)
                                 and _same_money(question.measure, _MONEY_SIGNS[sign]) for sign in _MONEY_SIGNS):
        return True
    for match in _NUMBER.finditer(sentence):
        unit = _unit_after(sentence, match.end()) or re.match(r"\s?(°\s?C|%)", sentence[match.end():])
        said = unit_of_measure(unit.group(1).replace(" ", "")) if unit else None
        if said and _MEASURE_OF[said] == measure and not _YEAR_NUMBER.fullmatch(match.group()) and (
                question.unit not in _CALENDAR_UNITS or said == question.unit) and not (
                said in _CALENDAR_UNITS and question.unit and question.unit not in _CALENDAR_UNITS) and (
                measure != "para" or _same_money(question.measure, said)):
            # "2019 yılında" is a date, not a duration; "kaç gün" is not "18 ay" ("kaç saat" not "iki yılda"); "kaç
            # manatlık" is not "9 milyon dolarlık"; the age of the prize winner is not the spokesman's (a stranger's
            # find)
            return not question.aged or _age_of(sentence, match.end(), question.aged)
    return False


def _age_of(sentence: str, end: int, aged: frozenset[str]) -> bool:
    """The age ending at ``end`` is said of the asked person: "47 yaşındaki Gülşen Nakkaş"
    is hers, not her rival's named later in the sentence; otherwise the sentence must name them."""
    attributive = re.match(r"\s*yaşındaki\s+((?:\w+\s+){0,2}?(?:[" + _UPPER + r"][\w.'’-]*\s*)+)", sentence[end:])
    # (or said of the one named before by their kind alone: "84 yaşındaki şair, … hayatını kaybetmişti")
    kind = re.match(r"\s*yaşındaki\s+([a-zçğıöşü]+)(?!\s+[" + _UPPER + "])", sentence[end:])
    return (roots_held(attributive.group(1) if attributive else sentence, set(aged)) > 0
            or bool(kind) and kind.group(1).startswith(_PERSON_KINDS))


# "her oyuncuya", "kişi başına", "öğrenci başı": a share of each is asked ("her yıl" is a rate)
_EACH = re.compile(r"(?<!\w)(?:her\s+(?!(?:yıl|ay|gün|hafta|sezon|saat|dönem)\w*)\w+|\w+\s+baş[ıi]\w*)")
_TOTAL = re.compile(r"(?<!\w)toplam(?:da|ı)?(?!\w)")


def gives_only_total(question: str, asked: Question, sentence: str) -> bool:
    """A share of each is asked ("Şampiyonluk primi her oyuncuya kaç dinar verildi?") and the
    sentence gives only the total ("oyunculara toplam 90 milyon dinar dağıtılacağını")."""
    lowered = turkish_lower(sentence)
    return (asked.asked is Asked.NUMBER and _EACH.search(turkish_lower(question)) is not None
            and _TOTAL.search(lowered) is not None and not _EACH.search(lowered))


def counts_first_days(question: str, asked: Question, sentence: str) -> bool:
    """A total asked ("Sergiyi toplam kaç kişi ziyaret etti?") of a sentence counting the first days
    only ("sergiyi ilk iki gününde 1.150 kişi ziyaret etti")."""
    lowered, said = turkish_lower(question), turkish_lower(sentence)
    # (not asked of the first days: "İlk iki haftada toplam ne kadar su …"; nor a total said from the first day
    # on, "ilk günden bu yana toplam 12 bin kişi", nor one the sentence sums: "ilk ayında 5 bin, … toplam 12 bin")
    return (asked.asked is Asked.NUMBER and _TOTAL.search(lowered) is not None and not _FIRST_DAYS.search(lowered)
            and (first := _FIRST_DAYS.search(said)) is not None and not _SINCE_FIRST.match(said, first.end())
            and not _TOTAL.search(said))


def counts_another_first_period(question: str, sentence: str) -> bool:
    """The first period asked is not the one the sentence counts: "Hat ilk ayda kaç yolcu taşıdı?" is not "ilk gün
    1.100 yolcu taşıdı"."""
    asked = _FIRST_DAYS.search(turkish_lower(question))
    said = list(_FIRST_DAYS.finditer(turkish_lower(sentence)))
    # (any of the sentence's: "ilk saatlerde yoğunluk …; ilk gün toplam 1.100 yolcu"; a count of days may make the
    # month: "ilk 30 günde")
    return bool(asked and said) and all(found.group("unit") != asked.group("unit") and not found.group("count")
                                        for found in said)


_FIRST_DAYS = re.compile(rf"(?<!\w)ilk\s+(?P<count>(?:\d+|{_NUMBER_WORD_I})\s+)?"
                         r"(?P<unit>gün|hafta|ay|saat)(?:l[ae]r\w*|(?:s?[ıiuü])?(?:n?[dt][ae]n?|n[ıiuü]n)?)(?!\w)")
_SINCE_FIRST = re.compile(r"\w*\s+(?:bu\s+yana|beri|itibaren|son\s+gün\w*\s+kadar)")


def _counts_no_time(span: str) -> bool:
    """"12 gence": a count of a thing, never how long (a bare figure or a span of years may be)."""
    last = turkish_lower(_bare(span.split()[-1]))
    measured = unit_of_measure(without_suffix(last)) or unit_of_measure(re.sub(r"l[ıiuü]k$", "", last))
    return (len(span.split()) > 1 and last.isalpha() and last not in STOPWORDS and last not in SCALE_WORDS
            and (measured is None or _MEASURE_OF.get(measured) != "süre"))


def _lasting_another(question: Question, sentence: str, span: str) -> bool:
    """The span is how long a thing named right after it lasts ("14 saat süren elektrik kesintileri", "3
    haftalık bir eğitim"), none the question names."""
    at = sentence.find(span)
    after = _LASTING if not re.search(r"l[ıiuü]k$", span) else _DESCRIBED  # ("3 haftalık" is the span)
    lasting = after.match(sentence, at + len(span)) if at >= 0 else None
    asked = {named for named in question.named if len(named) > 2} | set(_WORK_ITSELF)
    asked = {form for named in asked for form in _stem_forms(named)}  # "turnesi" stems to "turnes": "turnede"
    # ("kampı" asked, "3 haftalık bir kampa" said: "kamp" either way; "3 yıllık bir çalışmanın ardından" is the
    # asked thing's own work)
    forms = {form for named in asked for form in _counted_forms(named) if len(form) > 2}
    return bool(lasting) and not any(lowered.startswith(tuple(asked)) or forms & _counted_forms(lowered)
                                     for lowered in map(turkish_lower, lasting.group(1).split()))


# the work a thing is made by, said of any: "18 aylık bir çalışma", "3 yıl süren inşaat", "iki yıllık süreç"; and
# a race's time ("1 saat 6 dakika 14 saniyelik derecesiyle")
_WORK_ITSELF = ("çalışma", "süreç", "inşaat", "yapım", "onarım", "restorasyon", "hazırlık", "derece")


# "14 saat süren elektrik kesintileri", "3 haftalık bir eğitim": what lasts so long
_LASTING = re.compile(r"\s+s[üu]r(?:en|ecek|müş|dü[ğk]ü)\s+((?:[^\W\d_]+\s+){0,2}[^\W\d_]+)")
_DESCRIBED = re.compile(r"(?:\s+bir)?\s+((?:[^\W\d_]+\s+){0,2}[^\W\d_]+)")


def gives_no_duration(question: Question, sentence: str) -> bool:
    """A duration asked ("Konferans kaç gün sürdü?") of a sentence with no figure of time but
    one that dates ("Yedi ay önce … düzenlenen konferans": ago, not how long), and nothing that
    spans ("… sürdü", "boyunca", "… kadar", "arasında", "15-16 Mayıs")."""
    if question.measure is None or _MEASURE_OF[question.measure] != "süre" or _SPANS.search(sentence):
        return False
    for number in _NUMBER.finditer(sentence):
        unit = _unit_after(sentence, number.end())
        measured = unit_of_measure(without_suffix(unit.group(1))) if unit else None
        if measured and _MEASURE_OF.get(measured) == "süre" and not _AGO.match(sentence, unit.end()):
            return False
    return True


# ("arasında" after a time: "2005 ve 2010 arasında", not "iki dernek arasında imzalanan protokol")
_SPANS = re.compile(r"(?<!\w)(?:sür\w*|boyunca|kadar)(?!\w)|\d\s*[-–]\s*\d"
                    # within a time, not a place: "iki hafta içinde", not "Fırının içinde"
                    r"|(?:\d\S*|gün|hafta|ay|yıl|saat|dakika|süre|sezon)\w*\s+(?:zarfında|içinde)(?!\w)"
                    r"|(?:\d\S*|yılları|tarihleri|ayları|günleri|saatleri)\s+arasında(?!\w)", re.IGNORECASE)
_AGO = re.compile(r"\s+(?:önce|sonra|evvel)(?!\w)")


def requires_measure(question: Question) -> bool:
    """Only a figure in the asked measure answers; a duration may also be a span of dates
    ("1870'ten 1939'a kadar") or a clock time ("3:08 kala"), so it is preferred, not required."""
    return question.measure is not None and _MEASURE_OF[question.measure] != "süre"


# (a reason asked as a noun too: "su kesintisinin nedeni ne?", "sebepleri neler")
_ASKS_REASON = re.compile(r"(?<!\w)(?:neden|niçin|niye|ne\s+için|hangi\s+(?:nedenle|sebeple|gerekçeyle)"
                          r"|(?:nedeni|nedenleri|sebebi|sebepleri|gerekçesi|gerekçeleri)\s+"
                          r"(?:ne|neydi|nedir|neler|nelerdir)(?!\w)"
                          r")(?!\w)")
# Words that give a cause or a purpose: "çatlaklar nedeniyle", "temel nedeni", "yüzünden"; and
# verbs that say what caused it: "artışı bol yağışa bağladı", "kredilerden kaynaklandığını",
# "fiyatları yukarı çektiğini" (not "sele yol açtı": what the flood did, not why); "su
# çekemediğimiz için".
# ("artışın temel nedeninin … olduğunu", "düşüşte hız denetimlerinin … etkili olduğunu")
# (not "artışın nedenini … anlattı": that someone told it; but "kesintilerin nedenini … arıza olarak açıkladı" gives it)
_GIVES_REASON = re.compile(r"(?<!\w)(?:neden(?:iyle|i(?:n(?:in|e|de))?|le|ler\w*)"
                           # (not "nedenini … ayrıntılı olarak açıkladı", "… geçici olarak", an adverb)
                           r"|nedenini\s+(?:[^\s.,;]+\s+){0,10}?(?![^\s]*l[ıiuü]\s)(?!(?:geçici|resmi|kısaca|açıkça)\s)"
                           r"[^\s.,;]+\s+olarak"
                           r"|\w+[ıiuü]n\s+etkili\s+ol(?:du|muş)\w*|sebep\w*|sebeb\w*"
                           r"|yüzünden|çünkü|dolayı\w*"
                           r"|gerekçe\w*|amacıyla|zira|sayesinde|etkisiyle|bağla(?:dı|dığı|dıkları|yor|mış)\w*"
                           r"|kaynaklan\w*|(?:yukarı|aşağı)\s+çek\w*|tetikle\w*|\w+[dt][ıiuü]ğ\w*\s+için"
                           # "şikâyetleri üzerine", "talebi üzerine": done at someone's asking
                           r"|(?:şikâyet|şikayet|talep|talebi|istek|başvuru|çağrı|karar|öneri|ihbar|uyarı)\w*\s+üzerine"
                           # "yangının ardından kapalı kaldığı": a closing or a halt after what caused it
                           r"|\w+n[ıiuü]n\s+(?:ardından|sonrasında)\s+(?:\w+\s+){0,2}"
                           r"(?:kapalı\s+kal|kapatıl|kapan(?:d|m)|ertelen|iptal\s+edil|durdurul|boşal)\w*"
                           r")(?!\w)")


def reason_giver(question: str, of_owner: bool = True) -> Callable[[str], bool]:
    """What tells a sentence giving the cause of the asked deed: a cause word not said of the deed itself
    ("… çatlaklar nedeniyle çökme tehlikesiyle karşı karşıyaydı", for "minare neden çatlamıştı?", tells what the
    cracks brought about), or the deed said with its causer ("içeride biriken nem de gövdeyi çatlattı"). A reason
    asked as a noun ("yangının sebebi neydi?") is one said ``of_owner``, the thing it is the reason of ("yangının
    … kısa devre nedeniyle çıktığını", not "Dar sokaklar … nedeniyle müdahale zorlaştı")."""
    deed = _reason_deed(question)
    owner = _REASON_OWNER.search(turkish_lower(question)) if of_owner else None
    if owner:
        return lambda sentence: gives_reason(sentence) and roots_held(sentence, {stem(owner.group(1))}) > 0
    if not deed:
        return gives_reason
    # (not another's same deed, with its own genitive: "… sevkiyatların artması nedeniyle" for "kârı neden arttı?")
    as_cause = re.compile(rf"(?<![ıiuü]n\s)(?<!\w){re.escape(deed)}\w*\s+(?:nedeniyle|yüzünden|sebebiyle|dolayı)(?!\w)")
    # the causative: "-t" after a vowel, "l" or "r" ("çatlat", "azalt"), else "-dır", "-ır", "-ar" ("düşür", "artır")
    causative = (rf"(?<!\w){re.escape(deed)}(?:t|[dt][ıiuü]r)" if re.search(r"[aeıioöuülr]$", deed)
                 else rf"(?<!\w){re.escape(deed)}(?:[dt][ıiuü]r|[ıiuü]r|[ae]r)")
    causes = re.compile(causative + r"(?:[ıiuü]yor|m[ıiuü]ş|[dt][ıiuü]|[ae]c[ae]k|d[ıiuü]ğ|[ae]n|[ıiuü]p|m[ae]k)")
    return lambda sentence: (bool(causes.search(turkish_lower(sentence)))
                             or gives_reason(sentence) and not as_cause.search(turkish_lower(sentence)))


_REASON_OWNER = re.compile(r"(?<!\w)(\w{3,}?)(?:n[ıiuü]n|[ıiuü]n)\s+(?:nedeni|nedenleri|sebebi|sebepleri|gerekçesi"
                           r"|gerekçeleri)\s+(?:ne|neydi|nedir|neler|nelerdir)(?!\w)")


def _reason_deed(question: str) -> str | None:
    """The stem of the verb a "neden" asks the cause of, the first after it in its clause ("minare neden
    çatlamıştı, sebebi neydi?" → "çatla")."""
    asked = _ASKS_REASON.search(turkish_lower(question))
    clause = re.split(r"[,;?]", turkish_lower(question)[asked.end():])[0] if asked else ""
    return next((stem for word in _TOKEN.findall(clause) if (stem := verb_stem(word)) and len(stem) > 2), None)


def told_why_after(sentence: str, article: str) -> str | None:
    """The sentence after one that only says a reason was told ("Kazancı, yeni okula neden ihtiyaç duyulduğunu da
    anlattı."): where the reason is."""
    if not _TELLS_WHY.search(turkish_lower(sentence)) or gives_reason(sentence):
        return None
    return next_sentence(article, sentence)


def next_sentence(article: str, sentence: str) -> str | None:
    """The sentence the article says right after this one, where it says one (a chunk's opening
    repeats the sentences before it: those are passed)."""
    at = article.find(sentence)
    if at < 0:
        return None
    end = at + len(sentence)
    return next((said for said in split_sentences(article[end:]) if said not in article[:end]), None)


def previous_sentence(article: str, sentence: str) -> str | None:
    """The sentence the article says right before this one, where it says one."""
    at = article.find(sentence)
    said = split_sentences(article[:at]) if at > 0 else []
    return said[-1] if said else None


# "neden ihtiyaç duyulduğunu da anlattı", "nedenini anlattı": the reason is told, not given
_TELLS_WHY = re.compile(r"(?<!\w)(?:neden|niçin|niye|nedenini)\s+(?:\S+\s+){0,4}?"
                        r"(?:anlat|açıkla|söyle|belirt|sırala)\w*[.!]?$")


def reports_asked_words(question: str, sentence: str) -> bool:
    """"bunu kim söyledi?" of a sentence ending on a verb of saying, any ("Aydın, … çalışacağını … belirtti")."""
    return bool(_ASKS_SPEAKER.search(turkish_lower(question)) and _REPORTED.search(turkish_lower(sentence)))


_ASKS_SPEAKER = re.compile(r"(?<!\w)kim\s+(?:söyle|de|açıkla|belirt)\w*")


def asks_reason(question: str) -> bool:
    """"neden", "niçin", "ne için", "hangi nedenle": a cause or purpose is asked."""
    return bool(_ASKS_REASON.search(turkish_lower(question)))


def gives_reason(sentence: str) -> bool:
    """The sentence gives a cause or purpose ("… nedeniyle", "temel nedeni", "yüzünden")."""
    return bool(_GIVES_REASON.search(turkish_lower(sentence)))


def fit(question: Question, sentence: str) -> int:
    """How well the sentence holds what is asked: 2 when it has it exactly (a number with
    the asked unit: "390 yerleşimciden" for "kaç yerleşimci"), 1 when it has something of
    the asked kind the question does not name, 0 when it has nothing of that kind."""
    if not question.factoid:
        return 1
    found = [span for span in _candidates(question, sentence) if not _describes_another(question, sentence, span)]
    if question.asked is Asked.NUMBER and question.unit and any(_counts(sentence, s, question.unit) for s in found):
        # ("kaç Türkmen öğrenci": a count of students no figure of which says Turkmens fits less)
        return 1 if question.people and not _says_people(question.people, sentence) else 2
    if question.asked is Asked.NUMBER and question.unit and (part := _PARTITIVE.search(sentence)) and any(
            turkish_lower(word).startswith(question.unit) for word in part.group(1).split()[1:]):
        return 2  # "altı itfaiye aracından dördü": a part of the counted thing, said in words
    if question.whole and question.unit and _part_of_whole(question, sentence, found):
        return 2  # "cihazların kaçı bağış": "Bunun 10'u … bir yardım kuruluşunun bağışı"
    if told_at_place(question, sentence):
        return 2  # "Taze'ye kaç ambulans": "ambulansların sekizinin Dakuk'a, altısının Taze'ye …"
    if question.asked is Asked.NUMBER and question.unit == "kişi" and any(
            any(map(_is_people, _counted(sentence, s))) for s in found):
        return 2  # "kaç kişi katıldı": "45 kursiyer katıldı" counts the people asked, as "kişi" would
    if question.score and found:  # "kaç kaç bitti": a score is all it asks
        return 2
    if counts_a_thing(question):  # "kaç oy aldı": "Seçimde iki aday yarıştı" counts candidates
        found = [span for span in found if not _counts_another(question, sentence, span)]
    if question.asked is Asked.NUMBER and question.material:  # ("65 bin hurma ağacı" for "ne kadar hurma")
        found = [span for span in found if not _counts_compound_of(question.material, _counted(sentence, span))]
    if agent_named(question, sentence):
        return 2
    if question.asked is Asked.PERSON:
        found = _people_asked(question, sentence, found)
        if question.office:  # "Azerbaycan tarım bakanı kim": no body holds an office ("Kerkük Çiftçiler Birliği")
            found = [span for span in found if not names_a_body(_bare(span))]
    if question.asked is Asked.PLACE:  # "Kemal Demirci" names no place
        found = [span for span in found if _placed_as_asked(question, sentence, span)]
    if question.asked is Asked.DATE:  # ("hangi gün açıldı": "… mart ayında yeniden açılması bekleniyor" dates none)
        found = _dated_as_asked(question, sentence, found)
    if question.asked is Asked.NAME:
        found = [span for span in found if not _another_kind(question, span)]
    if _asks_a_work(question):  # "Yılın Türkmen kitabı hangisi?": not "Müdire Bayraktar, … 2.500 kitap …"
        found = [span for span in found if _within_quotes(sentence, span)]
    if (question.asked is Asked.DATE and not found and not question.weekday and not question.year
            and names_relative_day(sentence)):
        return 1  # "… dün düzenlenen törenle hizmete girdi": the day before its article's
    return 1 if found else 0


def _another_kind(question: Question, span: str) -> bool:
    """"hangi partiden": "Türkmen Kültür Merkezi" ends in another kind of body than asked (not
    a part of the asked one: "Selahaddin Üniversitesi Tarım Fakültesi")."""
    if question.body in _TIERS:  # "hangi lige yükseldi": "Irak Birinci Ligi", not the top scorer "Ali Bezirgan"
        return not turkish_lower(_bare(span)).endswith(("lig", "ligi"))
    return (question.body in _SELF_NAMED and _ends_in(span, _BODY_FORMS)
            and possessive(question.body) not in turkish_lower(span))


def _of_asked_body(question: Question, word: str) -> bool:
    """"Üniversitesi", "Parti" for "hangi üniversite", "hangi parti": the head of the asked kind
    of body ("kulüp" is "Kulübü")."""
    return bool(question.body) and turkish_lower(_bare(word)).startswith(_body_stem(question.body or ""))


def _body_stem(body: str) -> str:
    """How a kind of body begins in a name: "kulüp" as "Kulübü", "vakıf" as "Vakfı" (its vowel drops)."""
    return "vakf" if body == "vakıf" else body[:-1] if body[-1:] in ("k", "p") else body


def names_asked_body(question: Question, sentence: str) -> bool:
    """A "hangi üniversite" sentence names one as such ("Bakü Devlet Üniversitesi", "Rafidain
    Yapı şirketi"), not only a city in a quote ("Kerkük ile Bakü …"); True when no body is asked."""
    if question.body is None:
        return True
    return any(_called(sentence, name, question.body) or _of_asked_body(question, name.split()[-1])
               for name in _candidates(question, sentence))


_TWO_CAPITALS = re.compile(rf"[{_UPPER}]\w*\s+[{_UPPER}]")


def names_no_body(question_text: str, question: Question, sentence: str) -> bool:
    """A "hangi firma" question's sentence names no body ("Ocakçı daha önce Musul'da özel bir
    inşaat firmasında çalışıyordu"): its first capital may be a name ("Broncos, …", "Ulusal
    Parti, …") when a comma or another capital follows it, and then it may answer."""
    opening = _NAME.match(sentence, _first_word_at(sentence))
    may_name = (bool(opening) and (len(opening.group().split()) > 1 or sentence[opening.end():].startswith(","))
                and not _a_person(sentence, opening.group()) and not _is_place(sentence, opening.group())
                # (nor the surname of one the question names in full: "Necef, şu anda …" for "Fatma Necef hangi
                # üniversiteden"; "Broncos, … Steelers'ı … mağlup etti" for "Broncos ve Steelers …" may answer)
                and not (re.search(rf"[{_UPPER}]\w+\s+{re.escape(opening.group())}(?!\w)", question_text)
                         and not _TWO_CAPITALS.search(sentence, opening.end())))  # (not "… Kız Lisesi'ni bitirdi")
    return bool(question.body) and not fit(question, sentence) and not may_name


# "köyün nüfusu kaç", "tesisin kapasitesi ne kadar", "katılım oranı yüzde kaç": the figure
# asked is of a named attribute, the possessed noun before the question word.
# Only where it is what the question ends on ("nüfusu kaç?", "oranı yüzde kaç oldu?", "genişliği
# kaç metre?", "biletleri kaç dinar?"): before a verb it is the subject ("projesi ne kadar
# sürecek"), and after "en" a superlative ("biletin en ucuzu kaç dolar").
_ATTRIBUTE = re.compile(r"(?<!\w)(?<!en\s)\w{3,}?(?:s[ıiuü]|[^aeıioöuü\W][ıiuü])\s+(?:yüzde\s+)?(?:kaç|ne\s+kadar)"
                        rf"(?:\s+(?:(?:{'|'.join(SCALE_WORDS)})\s+)?(?:{'|'.join(_MEASURE_UNITS)}))?"
                        r"(?:[dt][ıiuü]r|y?[dt][ıiuü])?(?:\s+(?:oldu|olacak|olmuş))?"  # "puanı kaçtı"
                        r"(?:\s+(?:art|azal|düş|yüksel|geril)\w*)?\W*$")  # "üretimi ne kadar arttı": a change of it
# What any figure is ("sayısı kaç", "toplam tutarı ne kadar"): no attribute of its own.
_ANY_FIGURE = frozenset("sayı miktar tutar toplam değer rakam adet".split())


def names_a_figure(word: str) -> bool:
    """A word any figure says by itself being there: "sayısı", "miktarı", "oran" ("yüzde 23,5")."""
    return turkish_lower(word).startswith((*_ANY_FIGURE, "oran", "yüzde"))


# "ne kadar vergi ödedi", "ne kadar temettü dağıttı": the thing an amount is of, before the
# question's closing verb (not a word any sum is: "ne kadar para topladı").
_AMOUNT_OF = re.compile(r"(?<!\w)ne\s+kadar(?:lık)?\s+(?!(?:d[ae]|mi|mı)\s)([^\W\d_]{2,})\s+[^\W\d_]+\W*$")
# (a contribution, a grant, a payment is a sum the article may word otherwise: "60 milyon dinarı Bakanlık'tan")
_ANY_SUM = frozenset("para süre zaman yer kişi katkı destek bağış hibe ödeme ödenek harcama".split())


def _amounted(lowered: str) -> str:
    """The thing "ne kadar" asks the amount of ("ne kadar buğday topladı" → "buğday"), not a word
    any sum or figure is ("ne kadar para", "ne kadar süre"); "" when it asks none."""
    amount = _AMOUNT_OF.search(lowered) if not _EXTENT.search(lowered) else None  # ("ne kadar uzaktan": a length)
    noun = amount.group(1) if amount else ""
    # (in any case: "ne kadar sürede tamamladı" asks a time)
    return "" if any(re.fullmatch(rf"{word}(?:[dt][ae]|[ae]|y[ae])?", noun)
                     for word in _ANY_SUM | _ANY_FIGURE) else noun


def _asked_kind(lowered: str) -> Asked:
    """What a lower-cased question asks for, by its question words."""
    return next((kind for kind, pattern in _KIND_PATTERNS if pattern.search(lowered)), Asked.OTHER)


def named_part_unsaid(question: str, sentence: str) -> str | None:
    """A part of the thing the question names that the sentence does not: a category ("Kadınlar
    kategorisini kim kazandı?": not "Büyükler kategorisinde birinciliği … kazandı") or, for "nerede",
    the thing whose place is asked ("Kooperatifin atölyesi nerede?": not "… İstanbul'da ikinci bir
    satış noktası açmayı planlıyor"); None when it says it."""
    lowered = turkish_lower(question)
    # a body's branch in a town: "Birlik TV'nin Telafer bürosunda kaç kişi çalışıyor?" is not the channel's 140
    # ("Kızılay'ın kentteki şubesinde" in the town's article names the branch)
    if ((branch := _BRANCH_NAMED.search(question)) and not roots_held(sentence, {turkish_lower(branch.group("town"))})
            and not roots_held(sentence, {root(turkish_lower(branch.group("part")))})):
        return f"{branch.group('town')} {re.sub(r'n?(?:[dt][ae]n?|[ae]|y[ae]|n[ıiuü]n)$', '', branch.group('part'))}"
    # a rank's holder of one kind: "ortaokul birincisine ne kadar ödül": not the prizes' total, nor "Lise birincisine"
    holder = _RANK_HOLDER.search(lowered)
    if (holder and holder.group("part") not in STOPWORDS and not holder.group("part").startswith(_CONTESTS)
            and not is_genitive(holder.group("part")) and not roots_held(sentence, {root(holder.group("part"))})):
        return f"{holder.group('part')} {possessive(holder.group('rank'))}"
    competed = asks_winner(question) or rank_asked(question)  # "erkeklerde kim birinci oldu", not "gençlerde işsizlik"
    # (the sentence names another kind of it, a compound too: "puta atışında", not "ise ligde")
    if competed and (event := _EVENT_NAMED.search(lowered)) and event["part"] not in STOPWORDS and re.search(
            rf"(?<!\w)(?!{re.escape(event['part'])})[^\W\d_]+\s+{re.escape(event['head'])}s?[ıiuü]n[dt][ae](?!\w)",
            turkish_lower(sentence)) and not roots_held(sentence, {root(event["part"])}):
        return f"{event['part']} {possessive(event['head'])}"  # "menzil atışında": not "Kadınlar puta atışında"
    found = (_CATEGORY_NAMED.search(lowered) or (_GROUP_NAMED.search(lowered) if competed else None)
             or _PLACE_OF.search(lowered))
    if not found or found.group("part") in STOPWORDS or found.group("part") in _PLACE_ITSELF:
        return None
    if roots_held(sentence, {root(found.group("part"))}):
        return None
    if (found.re is _CATEGORY_NAMED and _asked_kind(lowered) in (Asked.DATE, Asked.PLACE)
            and not _CATEGORY_SAID.search(turkish_lower(sentence))):
        return None  # "… kadınlar dalında ne zaman yapıldı?": when the whole tournament was, said of no other category
    if found.re is _GROUP_NAMED:
        return f"{found.group('part')}{found.group('plural')}"
    if found.re is _CATEGORY_NAMED:
        return f"{found.group('part')} {'dalı' if found.group('kind').startswith('dal') else 'kategorisi'}"
    return found.group("whole")


# a contest named by its kind in the locative: "menzil atışında", "uzun atlamada"
_EVENT_NAMED = re.compile(r"(?<![\w'’])(?P<part>[a-zçğıöşü]{4,})\s+(?P<head>[a-zçğıöşü]{3,}?)"
                          r"(?:s?[ıiuü]n)?[dt][ae](?!\w)")
_BRANCH_NAMED = re.compile(rf"(?<!\w)(?P<town>[{_UPPER}][a-zçğıöşü]+)\s+(?P<part>(?:büro|şube|temsilcili|ofis)\w*)")
# a group of people competing apart, in the locative: "Maratonda erkeklerde kim birinci oldu?"
_GROUP_NAMED = re.compile(r"(?<!\w)(?P<part>erkek|kadın|kız|genç|büyük|yıldız|minik|veteran)"
                          r"(?P<plural>l[ae]r)(?:d[ae](?!\w)|\s+(?=final|yarı\s*final|maç|lig|klasman))")
# (or before the contest it had: "erkekler finalini hangi takım kazandı?")
# "kadınlar kategorisini", a prize's "çocuk kitapları dalını" (its branch)
# the contest itself, not a kind of its entrants: "turnuva birincisi", "yarışma birincisi"
_CONTESTS = ("turnuva", "yarış", "maraton", "şampiyona", "lig", "olimpiyat", "festival", "sınav", "kategori", "genel",
             "klasman", "dünya", "kupa", "etap")
_RANK_HOLDER = re.compile(r"(?<![\w'’])(?P<part>[a-zçğıöşü]{3,})\s+(?P<rank>birinci|ikinci|üçüncü)s[ıiuü]")
_CATEGORY_NAMED = re.compile(r"(?<![\w'’])(?P<part>[a-zçğıöşü]{3,})\s+(?P<kind>kategori|dal[ıi](?:n|nda))")
_CATEGORY_SAID = re.compile(r"(?<!\w)(?:kategori|dal[ıi]n)\w*|(?<!\w)(?:erkek|kadın|kız|genç|büyük|yıldız)l[ae]r")
# "Kooperatifin atölyesi nerede?": an owner's thing whose place alone is asked (not "yeri", the place
# itself, nor "festivali nerede başladı", the object of a deed)
_PLACE_OF = re.compile(r"\w+(?:n[ıiuü]n|[^aeıioöuü\W][ıiuü]n)\s+(?P<whole>(?P<part>[a-zçğıöşü]{3,}?)s?[ıiuü])"
                       r"\s+(?:nerede|neresi)(?:dir|ydi|ymiş)?\W*$")
_PLACE_ITSELF = frozenset({"yer", "adres", "konum"})


def for_whom_unsaid(question: str, sentence: str) -> str | None:
    """Those the question asks a figure for ("çocuklar için bilet ne kadar?") where the sentence gives
    its figures for others ("yetişkinler için 5 bin dinar, öğrenciler için 2 bin 500 dinar")."""
    asked = _FOR_WHOM.search(turkish_lower(question))
    if not asked or not _FOR_WHOM.search(turkish_lower(sentence)) or roots_held(sentence, {asked.group("part")}):
        return _kind_of_group_unsaid(question, sentence)
    return asked.group()


def fare_of_group(question: str) -> str | None:
    """The people a price's compound is of ("öğrenci bileti ne kadar?" → "öğrenci"): a sentence giving the price
    ("Hatta tam bilet 2.000 Irak dinarı …") is of others unless it names them ("Öğrenciler … 1.000 dinar ödeyecek")."""
    found = _FARE_OF.search(turkish_lower(question))
    return found.group(1) if found and found.group(1) in _PEOPLE_GROUPS else None


_FARE_OF = re.compile(r"(?<!\w)([^\W\d_]+)\s+(?:bilet|ücret|fiyat|abonman|indirim)\w*")


def _kind_of_group_unsaid(question: str, sentence: str) -> str | None:
    """A kind of a group the question asks a figure for ("doktora öğrencilerine") where the sentence gives it to
    other kinds of the group only ("lisans öğrencilerine …, yüksek lisans öğrencilerine ise …")."""
    asked = next((found for found in _KIND_OF_GROUP.finditer(turkish_lower(question))
                  if found.group("part") in _PEOPLE_GROUPS and _bare_kind(found.group("kind"))), None)
    if asked is None:
        return None
    said = [found.group("kind") for found in _KIND_OF_GROUP.finditer(turkish_lower(sentence))
            if found.group("part") == asked.group("part") and _bare_kind(found.group("kind"))]
    # (a participle describes which of them, as the question may otherwise: "zarar gören çiftçilere" are the "dolu
    # mağduru çiftçiler")
    if not said or any(root(kind) == root(asked.group("kind")) or _PARTICIPLE.fullmatch(kind) for kind in said):
        return None
    plural = asked.group("plural")
    return f"{asked.group('kind')} {asked.group('part')}{plural}{'ı' if plural == 'lar' else 'i'} için"


def _bare_kind(word: str) -> bool:
    """A bare noun naming a kind ("doktora", "lisans"), not a word of another kind ("şubesi", "ilçedeki", "bu")."""
    return word not in STOPWORDS and not _INFLECTED_KIND.search(word)


_INFLECTED_KIND = re.compile(r"(?:s[ıiuü]|[dt][ae]ki|n[ıiuü]n|[dt][ae]|l[ae]r)$")
# a kind of a group of people a figure is given to or said for: "doktora öğrencilerine", "lisans öğrencileri için"
_KIND_OF_GROUP = re.compile(r"(?<![\w'’])(?P<kind>[a-zçğıöşü]{3,})\s+(?P<part>[a-zçğıöşü]{3,}?)(?P<plural>l[ae]r)"
                            r"(?:[ıi]n)?(?:[ae]|[ıi]?\s+için)(?!\w)")


# whom a figure is for, people in the plural: "çocuklar için", "yetişkinler için" (not "almak için": a purpose)
_FOR_WHOM = re.compile(r"(?<![\w'’])(?!kimler)(?P<part>[a-zçğıöşü]{3,}?)l[ae]r\s+için(?!\w)")  # ("kimler için": asked)
# whom something is for, asked: "kimler için kullanılacak?" (a group the sentence describes, no name it holds)
_ASKS_BENEFICIARY = re.compile(r"(?<!\w)kim(?:ler|in)?\s+için(?!\w)")
# whom a figure is given to, said to them: "öğrencilere … yüzde 20, öğretmenlere ise yüzde 10 indirim"
_TO_WHOM = re.compile(r"(?<![\w'’])(?P<part>[a-zçğıöşü]{3,}?)l[ae]r(?:[ıi]n)?[ae](?!\w)")  # "ailelerine" too
_MEDALS = r"(?<!\w)(?:altın|gümüş|bronz)"
_MEDAL = re.compile(rf"{_MEDALS}(?=\s+madalya)")


# people a price or a discount is for, said in the dative ("öğrencilere", "yetişkinlere"; not "yıllara")
_PEOPLE_GROUPS = frozenset("öğrenci öğretmen yetişkin çocuk emekli kadın erkek üye ziyaretçi aile çiftçi esnaf "
                           "engelli gazi şehit yaşlı genç sporcu yaralı hasta mağdur yetim".split())


def _groups_named(lowered: str) -> list[str]:
    """Those a figure is said for ("öğrenciler için") or given to ("öğretmenlere", people only: not
    "yıllara"), as the text names them, those "için" first."""
    return [*(found.group("part") for found in _FOR_WHOM.finditer(lowered)),
            *(found.group("part") for found in _TO_WHOM.finditer(lowered) if found.group("part") in _PEOPLE_GROUPS)]


def another_medal(question: Question, sentence: str) -> str | None:
    """The medal a sentence gives where another is asked ("Serbest stil 74 kiloda altın madalyayı … aldı" for
    "gümüş madalyayı kim aldı"); None where it gives the asked one too, or none."""
    lowered = turkish_lower(sentence)  # ("Ahmet Kaya gümüş, Ali Demir bronz madalya kazandı": both said)
    said = set(re.findall(rf"{_MEDALS}(?!\w)", lowered)) if "madalya" in lowered else set()
    return next(iter(sorted(said)), None) if question.medal and said and question.medal not in said else None


def _for_another_group(question: Question, sentence: str, span: str) -> bool:
    """The figure's own clause says it is for others than the question asks ("yetişkinler için 5 bin dinar" for
    "öğrenciler için giriş ücreti")."""
    # (read up to a comma: "öğrenciler ve çocuklar için 2 bin dinar" is theirs too)
    clause = next((piece for piece in re.split(r"[,;]", sentence) if span in piece), sentence)
    groups = _groups_named(turkish_lower(clause))
    return (bool(question.for_whom and groups) and question.for_whom not in groups
            and not roots_held(clause, {question.for_whom or ""}))


def owner_noun(question: str) -> str | None:
    """The body or place whose attribute a figure question asks, a common noun in the genitive
    ("Kerkük belediyesinin 2026 bütçesi", "köyün nüfusu"), bare ("belediye", "köy"); None for none."""
    found = _OWNER_NOUN.search(turkish_lower(question))
    owner = re.sub(r"(?<=\w{3})l[ae]r$", "", found.group(1)) if found else ""  # "cihazların": "cihaz"
    return (unsoftened(owner) or owner) if owner.startswith(_BODIES) else None


# Bodies and places an article names when it speaks of them (a "proje" or a "kredi" is often worded otherwise)
_BODIES = ("belediye", "kulüp", "kulüb", "şirket", "banka", "okul", "lise", "hastane", "üniversite", "dernek",
           "vakıf", "vakf", "bakanlı", "müdürlü", "meclis", "valili", "kaymakamlı", "fabrika", "kooperatif",
           "federasyon", "köy", "ilçe", "nahiye")


def speaks_of_owner(article: str, owner: str) -> bool:
    """A word of the article begins with the owner ("Kredilerin" for "kredi", "Belediyenin")."""
    return any(word.startswith(owner[:max(len(owner) - 1, 3)]) for word in words(turkish_lower(article)))


# a lower-case owner, then the attribute (a year may stand between): "belediyesinin 2026 bütçesi ne kadar"
_OWNER_NOUN = re.compile(r"(?<![\w'’])([a-zçğıöşü]{3,}?)(?:s[ıiuü]n[ıiuü]n|n[ıiuü]n|(?<=[^aeıioöuü])[ıiuü]n)\s+"
                         r"(?:\d{4}\s+)?[a-zçğıöşü]+\s+(?:yüzde\s+)?(?:kaç|ne\s+kadar)")


def attribute_asked(question: Question, text: str) -> tuple[str, ...]:
    """The attribute a figure question asks of, read each way its possessive ending allows
    ("nüfusu": "nüfus" + "u" or "nüfu" + "su"; "kapasitesi": "kapasite" + "si"), or the thing an
    amount is of ("ne kadar vergi ödedi"); none when the question asks no attribute."""
    lowered = turkish_lower(text)
    found = _ATTRIBUTE.search(lowered) if question.asked is Asked.NUMBER else None
    if found is None:
        noun = _amounted(lowered) if question.asked is Asked.NUMBER else ""
        return (noun,) if noun and not _measure(noun) else ()
    word = found.group(0).split()[0]
    if re.search(r"[ıiuü]n[ıiuü]$", word) and re.search(r"\s(?:art|azal|düş|yüksel|geril)\w*\W*$", found.group(0)):
        return ()  # "su tüketimini ne kadar azalttı": the object of the change, no attribute asked by its possessive
    forms = {word[:-1]} | ({word[:-2]} if word[-2] == "s" and word[-3] in _VOWELS else set())
    forms |= {form[:-1] + "k" for form in forms if form.endswith("ğ")}  # "genişliği": "genişlik"
    forms = {form[:-3] if form.endswith(("ler", "lar")) and len(form) > 5 else form for form in forms}  # "biletleri"
    forms |= {also for form in forms for also in SAID_ALSO.get(form, ())}  # "kilosu": "kilogramı" in the article
    return () if forms & _ANY_FIGURE else tuple(sorted(forms))




def attribute_narrowed(question: str, attribute: tuple[str, ...]) -> set[str]:
    """The roots of the words right before the asked attribute that narrow it ("yıllık işletme
    maliyeti"), up to its owner ("arıtma tesisinin maliyeti": none): a sentence giving the attribute
    unnarrowed ("Projenin toplam maliyeti …") does not answer the narrower one."""
    said = turkish_lower(question).split()  # (apostrophes kept: "Kerkük'ün nüfusu" names an owner)
    at = next((i for i, word in enumerate(said)
               if any(word.startswith(form) for form in attribute if len(form) > 3 or word == form)), 0)
    narrowing = []
    for word in reversed(said[:at]):
        if _GENITIVE_ENDING.search(word) or not word.isalpha() or word in _NOT_NARROWING:
            break
        narrowing.append(word)
    return {stem(word) for word in narrowing[:_NARROWING_WORDS]}


_NOT_NARROWING = frozenset("kaç ne bu şu o ve toplam tahmini yeni eski mevcut güncel ortalama".split())
_NARROWING_WORDS = 2


# "kaç ton makarna üretiyor": what is measured, after its unit ("600 ton buğday" is not it);
# not a dimension ("kaç metre uzunluğunda") nor a quality.
_MEASURED_THING = re.compile(rf"(?<!\w)kaç\s+(?:(?:{'|'.join(SCALE_WORDS)})\s+)?(?:{'|'.join(_MEASURE_UNITS)})"
                             r"\s+([a-zçğıöşü]{3,})\s+[^\W\d_]")
_DIMENSION = re.compile(r"l[ıiuü][kğ]")


def _measured_thing(question: str) -> tuple[str, ...]:
    """The forms of the thing a figure in a unit measures, as the question writes it ("kaç ton
    makarna"), or whose amount it asks ("ne kadar buğday topladı", not "ne kadar para")."""
    lowered = turkish_lower(question)
    found = _MEASURED_THING.search(lowered)
    word = found.group(1) if found else ""
    if not found:
        word = _amounted(lowered)
    if not word or _DIMENSION.search(word) or word in ADJECTIVES or stem(word) in ADJECTIVES:
        return ()
    return tuple(sorted({word, stem(word)}))


def counts_a_thing(question: Question) -> bool:
    """A count of a thing ("kaç oy", "kaç derslik"), not a measure or a rank ("kaçıncı");
    people are counted as visitors, pupils, voters too."""
    return (question.asked is Asked.NUMBER and bool(question.unit) and not question.measure
            and question.unit != "kişi" and not question.ordinal)


# Endings a counted noun may carry in a question ("kaç oyla", "kaç üyenin", "kaç ambulansı"):
# every reading Turkish allows is tried: a buffer letter (y, n, s) follows a vowel only, a
# bare vowel or "la"/"ın" a consonant only, so "oyla" is "oy" + "la", "dile" "dil" + "e" and
# never "di" + "le".
_COUNTED_ENDINGS = tuple(
    "yla yle la le nın nin nun nün ın in un ün dan den tan ten da de ta te ya ye yı yi yu yü sı si su sü "
    "a e ı i u ü".split())
_BUFFERS = "yns"
# A short root is held only as a whole word with its endings: "dil" in "dillerinde", "oy" in
# "oyuyla", "üye" in "15 üyelik"; not in "dilek", "kendilerine".
_SHORT_ROOT = 4
# (a person's possessive too: "Bu yıl toplam ciromuz 45 milyon dinara ulaştı" speaks of a "ciro")
_NOUN_TAIL = (r"(?:l[ıiuü][kğ]|l[ıiuü]|s[ıiuü]z)?(?:l[ae]r)?(?:s?[ıiuü]|[ıiuü]?[mn][ıiuü]z)?"
              r"(?:n?[dt][ae](?:n|ki)?|n?[ıiuü]n|y?[ae]|y?[ıiuü]|y?l[ae]|n[ae])?")


def _counted_forms(counted: str) -> set[str]:
    """The counted noun with each ending Turkish allows it taken off, and as written."""
    forms = set(with_softened(counted))  # "kaç grup": "12 müzik grubu"
    for ending in _COUNTED_ENDINGS:
        form = counted[:-len(ending)]
        if counted.endswith(ending) and len(form) >= 2:
            after_vowel = form[-1] in _VOWELS
            if (ending[0] in _BUFFERS) == after_vowel or ending[0] in "dt":
                forms.add(form)
    return forms


def names_counted(question: Question, text: str) -> bool:
    """The text names the counted thing in some form ("üyeden" for "kaç üyenin"); a share
    ("kaç tanesi") counts what the question names elsewhere."""
    if question.unit in ("tane", "adet"):
        return True
    forms = {question.unit or "", stem(question.counted or ""), *_counted_forms(question.counted or "")}
    return any(holds_noun(text, form) for form in forms if len(form) >= 2)


# A count said without a figure: "birçok kez", "onlarca aile"
QUANTIFIER = re.compile(r"\b(?:birkaç|birçok|onlarca|yüzlerce|binlerce|milyonlarca)")


def counts_others_only(question: Question, sentence: str) -> bool:
    """Each figure of the sentence counts a thing it names, none the asked one and none a part of
    a whole said before: "… 1.240 kişi başvurdu; … 300 genç programa kabul edildi" for "kaç kadın"
    (not "yatakların 360'ı kız öğrencilere ayrıldı" for "kaç yatak")."""
    spans = _candidates(question, sentence)
    return bool(spans) and all(_counted(sentence, span) and not _is_part(sentence, span)
                               and not _counts(sentence, span, question.unit or "") for span in spans)


def names_what_it_counts(question: Question, sentence: str) -> bool:
    """A figure of the sentence is followed by the asked noun ("Kabul edilenlerin 112'si kadın",
    "260 ninniyi"), not one of a whole named before it ("Kadın üyelerden ikisi …" for "kaç üye")."""
    unit = question.unit or ""
    return bool(unit) and any(_counted(sentence, span) and _counts(sentence, span, unit) and not (
        _is_part(sentence, span) and not _noun_after(sentence, span).startswith(unit))
        and not _qualified_otherwise(question, _counted(sentence, span)) for span in _candidates(question, sentence))


def _qualified_otherwise(question: Question, counted: list[str]) -> bool:
    """A word before the counted noun the question does not say: "4 kadın üye" counts women, not the
    members asked."""
    at = next((i for i, word in enumerate(counted) if word.startswith(question.unit or "\0")), 0)
    return any(not any(word.startswith(named) for named in question.named) for word in counted[:at])


def _noun_after(sentence: str, span: str) -> str:
    """The word right after the span and its ending ("112'si kadın" → "kadın"), lower case."""
    at = sentence.find(span)
    after = words(sentence[at + len(span):])[:2] if at >= 0 else []
    return next((word for word in after if not re.fullmatch(r"s?[ıiuü]", word)), "")


def gives_no_count(question: Question, sentence: str) -> bool:
    """A count of a thing asked ("kaç protokol"), and no figure of the sentence counts it in
    any form ("112 oy" for "kaç oyla"), nor does a word count it vaguely ("birçok kez")."""
    if not counts_a_thing(question) or fit(question, sentence) or QUANTIFIER.search(turkish_lower(sentence)):
        return False
    return not counts_asked(question, sentence)


def counts_asked(question: Question, sentence: str) -> bool:
    """A figure of the sentence counts the asked thing, in some form ("4.800 hanede" for "kaç
    haneyle"; not "300'den fazla ikili görüşme" for "kaç anlaşma")."""
    forms = [form for form in {question.unit or "", *_counted_forms(question.counted or "")} if len(form) >= 2]
    return any(_counts(sentence, span, form) for span in _candidates(question, sentence) for form in forms)


def names_nothing(sentence: str, told: str = "") -> bool:
    """No name past the sentence's first word but those ``told`` already named: a figure said of the asked thing
    without naming it again ("sahadaki çalışmada 4.800 hanede" in the survey's article; "İlk gün Bastamlı'da 86
    çocuk" after the lead's "… ilk seferini … Bastamlı köyüne yaptı"), nobody else's."""
    *_, rest = sentence.partition(" ")
    return all(all(roots_held(told, {stem(turkish_lower(word))}) for word in words(_bare(name.group())))
               or _is_time_word(name.group()) for name in _NAME.finditer(rest))  # (a month is none: "20 Mart'ta")


def doing_lasted(question: str) -> str | None:
    """The doing whose length is asked, as a verbal noun ("yazması ne kadar sürdü?" → "yazma"); None for a thing's
    ("proje ne kadar sürdü?")."""
    found = _DOING_LASTED.search(turkish_lower(question))
    return found.group(1) if found else None


def says_doing(sentence: str, doing: str) -> bool:
    """The sentence names the doing, in any case ("yazmanın" for "yazma")."""
    return re.search(rf"(?<!\w){re.escape(doing)}", turkish_lower(sentence)) is not None


_DOING_LASTED = re.compile(r"(?<!\w)([a-zçğıöşü]{2,}m[ae])s[ıi](?:n[ıi]n)?\s+(?:ne\s+kadar|kaç\s+\w+)\s+s[üu]r")


def says_it_lasted(sentence: str) -> bool:
    """The sentence says something lasted or was done in a time ("10 haftada tamamlandı", "8 ay sürdü")."""
    return _LASTED.search(turkish_lower(sentence)) is not None


_LASTED = re.compile(r"(?<![\d.])(?!(?:19|20)\d\d(?!\d))\d\S*\s+(?:gün|hafta|ay|yıl|saat)\w*\s+"
                     r"(?:sür(?:dü|müş)|tamamlan(?:dı|mış)|bit(?:ti|miş))")  # (not "2025 yılında tamamlandı")


def named_only_after(question: str, names: set[str], sentence: str, title: str, article: str) -> set[str]:
    """Of the names a question gives (roots), those its article's title, the sentence and the sentences before it
    do not hold and a later one does: a sentence speaks of nothing not yet named ("Projenin toplam maliyeti 410
    bin ABD doları oldu" is the bath's, not the caravanserai's the last paragraph plans to restore). Not a place
    the question sets it in, or sends it to ("ABD'de öğretmenler için …", "Birleşik Krallık'a … yayınlamasına":
    where, which an article need not say first); an acronym is told by its words' initials ("MLS" by "Major League
    Soccer")."""
    told = split_sentences(article)
    at = next((i for i, text in enumerate(told) if text.strip() == sentence.strip()), None)
    # (not a stem cut short, "ak" of "Ağa", held by any "akşam"; nor a common noun opening the question,
    # "Kampanyanın", which the article writes in lower case)
    common = " ".join(word for word in _TOKEN.findall(article) if word[:1].islower())
    names = {name for name in names if len(name) > 2 and not roots_held(common, {name})
             and not _titled_person(f"{question} {article}", name)}
    if at is None or roots_held(sentence, names):  # (a name it holds says it speaks of the asked)
        return set()
    before = " ".join([title, *told[:at + 1]])
    placed = " ".join(found.group() for found in _NAME.finditer(question) if _SETTING.search(found.group()))
    return {name for name in names if not roots_held(before, {name}) and not _spelled_out(before, name)
            and any(roots_held(text, {name}) for text in told[at + 1:]) and not roots_held(placed, {name})}


_SETTING = re.compile(rf"[{APOSTROPHES}](?:n?[dt][ae](?:n|ki)?|[ny]?[ae])$")  # "ABD'de", "Kerkük'ten", "Bakü'ye"


def _spelled_out(text: str, acronym: str) -> bool:
    """The text names the acronym ("mls", as a root) in words, the initials of one run of capitalised words:
    "Major League Soccer"."""
    if not 2 <= len(acronym) <= 6:
        return False
    runs = re.findall(rf"(?:[{_UPPER}][\w'’-]*\s+)+[{_UPPER}][\w'’-]*", text)
    return any(acronym in "".join(turkish_lower(word[0]) for word in run.split()) for run in runs)


def _titled_person(text: str, name: str) -> bool:
    """The text names a person so, after a title ("Kerkük Valisi Rakan Cuburi", "Dr. Nermin Oğuz"): a person
    named after the figure is still who the news is about, not a thing not yet named."""
    tokens = _TOKEN.findall(text)
    return any(i and turkish_lower(token).startswith(name) and token[:1].isupper()
               and (_is_title(tokens[i - 1]) or tokens[i - 1].rstrip(".") in _HONORIFICS
                    or i > 1 and _is_title(tokens[i - 2]) and tokens[i - 1][:1].isupper())
               for i, token in enumerate(tokens))


_HONORIFICS = frozenset("Dr Prof Doç Av Müh Ecz Sayın Hacı Usta Yazar Şair".split())


def figure_only_planned(question: str, sentence: str, article: str) -> str | None:
    """A figure the question names its thing by ("gelecek yıl panel kurulacak 80 evin maliyeti") that the
    sentence does not say and the article says only of a plan ("Gelecek yıl 80 eve daha panel kurmayı
    hedefliyoruz"): the sentence's figure ("Projenin toplam maliyeti 276 bin …") is of what was done."""
    phrase = counted_phrase_unsaid(question, sentence, article)
    if not phrase or only_planned(sentence) or only_planned(question) or Question.read(question).tense is Tense.FUTURE:
        return None  # (a plan asked is answered by one: "… kurulacak 80 evin maliyeti ne kadar olacak?")
    number, noun = phrase.split()[-2:]
    figure = re.compile(rf"(?<![\d.,]){re.escape(number)}\s+{re.escape(stem(noun))}")
    told = [text for text in split_sentences(article) if figure.search(turkish_lower(text))]
    return phrase if told and all(only_planned(text) for text in told) else None


def quotes_as_title(text: str, name: str, question: str) -> bool:
    """The text quotes as a work's title ('Kerkük Türkmen Tiyatrosu "Kale Kapısı" ile perde açtı') a name the
    question gives whole, the asked word in it: a play, a book, a film so named is no place ("Kale Kapısı'nda kaç
    oyuncu rol aldı?"; not "Kerkük'teki konserini" beside a song quoted, "Kerkük Zindanı")."""
    lowered, asked = turkish_lower(name).split(), {turkish_lower(_bare(word)) for word in question.split()}
    return any(len(quoted) <= _TITLE_WORDS and all(word in quoted for word in lowered) and set(quoted) <= asked
               for quoted in (turkish_lower(found.group()[1:-1]).split() for found in _QUOTED_TITLE.finditer(text)))


_TITLE_WORDS = 5


def names_told_elsewhere(names: set[str], sentence: str, title: str, article: str) -> set[str]:
    """Of the names a question gives (roots), the titles of works the article quotes ("Gölge" of "Gölge'yi kaç
    kişi izledi?") that neither the sentence nor the article's title holds, where that title quotes another work:
    a sentence naming none is of the title's work ('“Kırık Saz” … buluştu': "… 200 kişi filmi … izledi"), not of
    the one asked."""
    quoted = {turkish_lower(found.group()[1:-1]) for found in _QUOTED_TITLE.finditer(article)}
    titled = {turkish_lower(found.group()[1:-1]) for found in _QUOTED_TITLE.finditer(title)}
    lowered = turkish_lower(article)  # (a work's name, opening its quotes; never a place: "“Kerkük Masalları”")
    return {name for name in names if titled and not roots_held(f"{title} {sentence}", {name})
            and any(roots_held(work.split()[0], {name}) for work in quoted - titled if work.split())
            and not re.search(rf"(?<!\w){re.escape(name)}\w*[{APOSTROPHES}]n?(?:[dt][ae]|[ny]?[ae](?!\w))", lowered)}


def holds_noun(text: str, form: str) -> bool:
    """The text holds the noun in some form: a long one as a word's start ("kapasite" in
    "kapasitesine"), a short one only as a word of its own with its endings ("oy" in "oyuyla")."""
    if _DOUBLED_END.search(form) and holds_noun(text, form[:-1]):
        return True  # "hattı" is "hat" doubled before its ending ("38 kilometrelik ana hat")
    if len(form) > _SHORT_ROOT:
        return roots_held(text, {form}) > 0
    return any(re.fullmatch(re.escape(form) + _NOUN_TAIL, w) for w in set(words(text)))


_DOUBLED_END = re.compile(r"([bcçdfgğhjklmnprsştvyz])\1$")


def holds_kind(question: Question, text: str) -> bool:
    """The text names the kind of the counted thing ("penaltı" of "kaç penaltı golü"); a material as a word of its
    own ("gümüş" of "127'sinin gümüş"; "altında", under a house, is no gold)."""
    kind = question.counted_kind or ""
    if kind in _MATERIALS:
        return any(re.fullmatch(rf"{kind}(?:l[ae]r)?", word) for word in words(text))
    return holds_noun(text, kind)


def _counts_another(question: Question, sentence: str, span: str) -> bool:
    """The span counts a thing the question does not name ("iki aday" for "kaç oy"), or is the value
    of another thing ("nüfusunun yaklaşık 110 bin" for "kaç ambulans")."""
    start = sentence.find(span)
    valued = _VALUE_BEFORE.search(sentence[:start]) if start > 0 else None
    counted = _counted_or_before(sentence, span) or ([turkish_lower(valued.group(1))] if valued else [])
    return bool(counted) and not any(word.startswith(named) for word in counted
                                     for named in (*question.named, question.unit) if len(named) > 2)


# a bare figure right after a thing's value named ("nüfusu 110 bin", "bütçesinin toplam 2 milyar", "yaş
# ortalaması 24"): it is that value
# what an amount of money is the value of: "maliyeti", "bütçesinin", "fiyatı"
_AMOUNT_NOUNS = ("bütçe", "maliyet", "fiyat", "değer", "gelir", "bedel", "tutar")
_VALUE_BEFORE = re.compile(rf"(?<!\w)(nüfus|{'|'.join(_AMOUNT_NOUNS)}|uzunluğ|yüksekliğ|rakım|puan"
                           r"|ortalama|oran|yaş)"
                           r"[ıiuü]?(?:s[ıiuü])?(?:n[ıiuü]n)?\s+(?:[^\W\d_]+\s+){0,2}$", re.IGNORECASE)


# "kaç yataklı", "kaç kişilik", "aylık": a figure describing a noun (not "koli", a noun)
_ADJECTIVE_COUNT = re.compile(r"\w{3,}l[ıiuü]$|\w{2,}l[ıiuü][kğ]$")


def _predicate(lowered: str) -> str | None:
    """The question's last word, or the one before a light verb ("başarılı oldu" → "başarı", "sınavına girdi" →
    "gir"): what it asks the counted ones did."""
    said = [word for word in words(lowered) if word not in ("mi", "mı", "mu", "mü")]
    if said and _LIGHT_VERB.match(said[-1]) and len(said) > 1:
        said = said[:-1]
    return stem(said[-1]) if said and len(stem(said[-1])) > 2 else None


# "oldu", "etti", "edildi", "yapıldı", "gördü" (not "yaralandı", "etkilendi", "görevlendirildi")
_LIGHT_VERB = re.compile(r"(?:ol|et|ed|yap[ıt]|yapıl|gör[dm])(?:d|t|u|ü|a|e|ı|i|m|y|ac|ec|ur|ar|er|iyor|uyor)")


def _described(lowered: str, counted: str | None) -> str | None:
    """The noun a "kaç X-lı" figure describes, when the question says it right after
    ("kaç yataklı yoğun bakım var" → "yoğun"; "kaç yataklı?" → None)."""
    if not (counted and _ADJECTIVE_COUNT.search(counted)):
        return None
    after = re.search(rf"(?<!\w)kaç\s+{re.escape(counted)}\s+([^\W\d_]{{3,}})", lowered)
    word = after.group(1) if after else ""
    # (not a follow-up's question joined to it: "… kaç yataklı kaçı yoğun bakım?")
    return None if not word or _VERB.search(word) or word in ("var", "yok", "olan") or word.startswith("kaç") else root(
        word)


def counted_plainly(question: str, asked: Question, article: str) -> str:
    """The question without its "kaç X-lı" word when the article never puts a figure before
    it: "kaç sesli kitap kaydetmiş" counts books ("423 kitabı kayda aldık"), not "sesli" ones
    as "kaç yataklı hastane" counts beds ("200 yataklı"); the question as it is otherwise."""
    if not asked.described or not asked.counted or not holds_noun(article, asked.unit or asked.counted):
        return question  # "kaç sesli kitap var" of a library whose article never says "sesli"
    figure = rf"(?<!\w)(?:\d[\d.,]*|(?!bir\s)(?:{_NUMBER_WORD}))\s+{re.escape(asked.counted)}"  # "tek bir sesli kitap"
    if re.search(figure, turkish_lower(article)):
        return question
    return re.sub(rf"(?<!\w)(kaç|kac)\s+{re.escape(asked.counted)}\s+", r"\1 ", question, count=1, flags=re.IGNORECASE)


def part_as_said(question: str, asked: Question, article: str) -> str:
    """"kaçı kadın?" of players whose article says only "Oyuncuların 18'i kızdı": the girls are the women
    asked (and "kaçı kız?" of "112'si kadın"), so the question in the article's word; as it is otherwise."""
    word = turkish_lower(asked.counted or "")
    other = _FEMALE_WORDS.get(word)
    if not asked.whole or not other or holds_noun(article, word) or not holds_noun(article, other):
        return question
    return re.sub(rf"(?<!\w){word}(?!\w)", other, question, count=1, flags=re.IGNORECASE)


_FEMALE_WORDS = {"kadın": "kız", "kız": "kadın"}


def _describes_another(question: Question, sentence: str, span: str) -> bool:
    """"kaç yataklı": "24 yataklı yoğun bakım ünitesi" describes a unit the question does not
    name, "200 yataklı Telafer Dostluk Hastanesi" the asked hospital; "kaç yataklı yoğun bakım":
    "90 yataklı yeni blok" is not it."""
    if not (question.counted and _ADJECTIVE_COUNT.search(question.counted)):
        return False
    counted = _counted(sentence, span)
    at = next((i for i, word in enumerate(counted) if question.unit and word.startswith(question.unit)), None)
    said = counted[at] if at is not None else ""
    if said != question.counted and said.startswith(question.counted[:-1]) and not _ADJECTIVE_COUNT.search(said):
        return False  # "kaç okulu kapsıyor": "okulu" is "okul" as an object, said "45 okulun çevresinde"
    described = counted[at + 1:] if at is not None else []
    # the noun phrase ends at its compound's head, its suffix shown ("sağlık ekibi", not "… ekibi Kerkük'teki …";
    # not "sanatçı" of "sanatçı kafilesi", nor "Ali" of "Şehit Ali Hastanesi")
    head = next((i for i, word in enumerate(described) if i and _COMPOUND_SUFFIX.search(word)), None)
    described = described[:head + 1] if head is not None else described
    if described and re.fullmatch(r"olarak|ol(?:du|acak|ması|duğu)\w*|\w*d[ıi]r|kapasite\w*|bulun\w*|mevcut\w*",
                                  described[0]):
        # said of the sentence's subject: "Hastane 120 yataklı olarak tasarlandı", "Huzurevinin 40 yatak kapasitesi",
        # "serviste toplam 24 yatak bulunuyor"
        return False
    if any(map(_a_school, described)) and any(_a_school(named) for named in question.named):
        return False  # "24 derslikli okulda" for "… Lisesi'nde kaç derslik var": a lise is a school (as "18 derslikli
        # yeni bir Türkmen ilkokulunun" is for "yeni okul kaç derslikli")
    if question.described:  # "40 kişilik halk dansları ekibi" is the asked "ekip", softened
        return bool(described) and not roots_held(" ".join(described), {question.described})
    # a possessive's stem keeps its "s" ("hastanesi" → "hastanes"): "120 yataklı hastanenin" is the asked one's
    return bool(described) and not any(word.startswith(_POSSESSIVE_S.sub("", named)) for word in described
                                       for named in question.named if len(named) > 2)


_POSSESSIVE_S = re.compile(r"(?<=\w[aeıioöuü])s$")


# "kaç oy geçersiz sayıldı", "kaç aile evsiz kaldı": an adjective made with -sIz between the
# counted noun and the verb says which of them are counted (not one with -lI, often an adverb:
# "kaç öğrenci karşılıklı gidip gelecek").
_QUALIFIED_COUNT = re.compile(r"(?<!\w)(?i:kaç)\s+(?:tane\s+)?[^\W\d_]+\s+([a-zçğıöşü][^\W\d_]{2,}s[ıiuü]z)\s+[^\W\d_]+")


# what a participle before "kaç" does ("tıp okuyan kaç öğrenci"): not a noun ending alike ("oynadığı zaman kaç
# yaşındaydı"), nor after a clause ("… oynadığı")
_PARTICIPLE_BEFORE_COUNT = re.compile(r"(?<![\w'’])([a-zçğıöşü]{3,}(?<![dt][ıiuü]ğ[ıiuü])(?<![ae]c[ae]ğ[ıi]))\s+"
                                      r"(?!(?:zaman|insan|meydan|orman|hayvan|kadın|oran)\s)[a-zçğıöşü]{2,}?y?[ae]n"
                                      # (nor "-ken", "takımındayken", nor an ablative, "bölümünden", "kuraklıktan")
                                      r"(?<!yken)(?<![^aeıioöuü\W][dt][ae]n)\s+kaç(?!\w)")


def qualifies_count(question: str, sentence: str) -> bool:
    """The sentence says the quality that picks out what is counted ("geçersiz" of "kaç oy
    geçersiz sayıldı": the winner's "8.412 oy aldı" is not that count), or what befell the people
    counted ("kaç kişi öldü": "1.200 öğrenci katıldı" counts others); True when none is asked."""
    found = _QUALIFIED_COUNT.search(question)  # lower case: "kaç öğrenci Türkmeneli …" names a body
    deed = _people_deed(turkish_lower(question))  # a count of others is worded many ways ("ağırladı", "gezdi")
    # (or what a participle before the count does: "tıp okuyan kaç öğrenci" is not "340 Iraklı öğrenci")
    done = _PARTICIPLE_BEFORE_COUNT.search(turkish_lower(question))
    done = done if done and done.group(1) not in STOPWORDS and done.group(1) not in ADJECTIVES else None
    return ((found is None or roots_held(sentence, {found.group(1)}) > 0)
            and (done is None or roots_held(sentence, {root(done.group(1))}) > 0)
            and (deed is None or says_befallen(sentence, deed)) and not _befell_others(question, sentence)
            and not _befell_of_all(question, sentence))


def says_new_ones(question: str, sentence: str) -> bool:
    """"kaç yeni ambulans geldi?" counts the new ones: "24 yeni ambulansı hizmete aldı", not the
    fleet's "bu sayı 55'e ulaştı" nor a part of them ("Yeni ambulanslardan 14'ü …"); True when no
    new ones are asked."""
    asked = _NEW_ONES_ASKED.search(turkish_lower(question))
    if asked is None:
        return True
    number, noun = rf"(?:\d[\d.,]*|{'|'.join(DIGIT_WORDS)})", re.escape(root(asked.group(1))[:4])
    # "24 yeni ambulansı", "24 adet yeni ambulans", "yeni 24 ambulans", "Yeni alınan 24 ambulans"
    return re.search(rf"(?<!\w)(?:{number}\s+(?:adet\s+)?yeni\s+{noun}"
                     rf"|yeni\s+(?:\w+\s+)?{number}\s+(?:adet\s+)?{noun})", turkish_lower(sentence)) is not None


_NEW_ONES_ASKED = re.compile(r"(?<!\w)kaç\s+(?:tane\s+)?yeni\s+([^\W\d_]{3,})")


def _befell_of_all(question: str, sentence: str) -> bool:
    """"Çarşıda kaç dükkân bulunuyordu?" asks all there are; "… yangında 46 dükkân tamamen yandı"
    counts those the fire took."""
    asked = _HOW_MANY_THERE.search(turkish_lower(question))
    return asked is not None and re.search(
        rf"(?<!\w)(?:\d[\d.,]*|{'|'.join(DIGIT_WORDS)})\s+{re.escape(root(asked.group(1))[:4])}\w*\s+"
        rf"(?:[^\W\d_]+\s+)?(?:{_BEFALLING_THINGS})", turkish_lower(sentence)) is not None


_HOW_MANY_THERE = re.compile(r"(?<!\w)kaç\s+([^\W\d_]{3,})\s+(?:var|bulun\w*|mevcut)")  # all there are
_BEFALLING_THINGS = r"yan|yıkıl|çök|hasar|tahrip|zarar|satıl|kapan|su\s+bas"  # what befalls things counted


def says_befallen(text: str, deed: str) -> bool:
    """The text says what befell people, in the question's word or as news words it ("öl":
    "hayatını kaybetti", "yaşamını yitirdi", "vefat etti")."""
    otherwise = _BEFALLEN_OTHERWISE.get(deed)
    return roots_held(text, {deed}) > 0 or bool(otherwise and re.search(otherwise, turkish_lower(text)))


# Deeds the news words otherwise: a death, a burial
_DEATH_WORDED = (r"(?<!\w)(?:hayat\w*\s+kaybet|hayat\w*\s+kaybed|yaşam\w*\s+yitir|can\w*\s+ver|vefat"
                 r"|şehit\s+(?:ol|düş|ver|edil))")  # (not "Şehit Ahmet İlkokulu", "Şehitler Caddesi")
_BEFALLEN_OTHERWISE = {"öl": _DEATH_WORDED}
_DIED_ASKED = re.compile(rf"(?<!\w)kaç\s+kişi\s+{_DEATH_WORDED}\w*(?:\s+\w+)?\W*$")
_BURIED = r"(?<!\w)(?:toprağa\s+veril|defned|gömül)"
_FROM_THEN_ON = rf"(?<!\w)(?:(?:{_MONTHS.lower()}|\d{{4}})[{APOSTROPHES}][dt][ae]n|\d{{4}}\s+yılından)\s+itibaren"
_TEAM_AFTER = re.compile(r"\s+(?:ekib|takım|kulüb|topluluğ|grub)\w*")  # "Telafer Yıldızları ekibinden": a team
# "Hacı Rıza karakterini", "rolünü" (not "rol aldı": who acted)
_ROLE_AFTER = re.compile(rf"(?:[{APOSTROPHES}]\w+)?\s+(?:karakter\w*|rolü\w*)")
# (and "fuar ne zaman başladı": "5 Nisan'da kapılarını açan … fuarda"; "14 Mart'ta … perde açacak")
_STARTED_OTHERWISE = rf"{_FROM_THEN_ON}|(?<!\w)(?:kapıların[ıi]|perde)\s+aç"
_PLAYED_OTHERWISE = r"(?<!\w)(?:canlandır|hayat\s+ver)\w*"  # a part played ("oynuyor": the stem drops its "a")
_DEED_OTHERWISE = {**_BEFALLEN_OTHERWISE, "defned": _BURIED, "göm": _BURIED, "doğ": r"(?<!\w)dünyaya\s+gel",
                   "gez": r"(?<!\w)ziyaret",  # "fuarı kaç kişi gezdi": "Fuarı … 186 bin kişi ziyaret etti"
                   "yen": r"(?<!\w)mağlup\s+e[dt]",  # "hangi takımı yendi": "… Erbil Harir takımını … mağlup etmişti"
                   # a rise, worded three ways ("… kaç dinara yükseldi": "… 1.250 dinara çıktı", not "çıkan")
                   "yüksel": r"(?<!\w)(?:çıkt[ıi]|çıkarak|artt[ıi]|artarak)\w*",
                   "art": r"(?<!\w)(?:çıkt[ıi]|çıkarak|yükseld[ıi]|yükselerek)\w*",
                   # "gazete ne zaman kuruldu": "Gazete, 10 Kasım 1975'te … yayın hayatına başladı"
                   "kur": r"(?<!\w)(?:yayın\s+hayatına\s+başla|faaliyete\s+başla|kuruluş\w*\s+\S+\s+(?:yıl|tarih))",
                   # "kaç tekne bağışladı": "… Bakanlığı'nın … yaptığı bağışla filoya katıldı", "bağış olarak"
                   "bağışla": r"(?<!\w)bağış(?:la|ı|l[ae]r|\s)",
                   # "masrafları kim karşıladı": "… masrafının tamamını … Kulübü üstlendi"
                   "karşıla": r"(?<!\w)(?:masraf|gider|maliyet|bedel)\w*\s+(?:\S+\s+){0,6}?"
                              r"(?:üstlen\w*|öde(?:di|yen|yecek|miş)\w*)",
                   # "projeyi kim destekliyor": "Bunun 40 bin dolarını … Vakfı, 25 bin dolarını ise üniversite
                   # karşılıyor" (not "desteğin … süreceğini": a noun of no one's)
                   "destekl": r"(?<!\w)(?:destek\s+(?:ver|ol|sağla)|karşıl(?:ıyor|adı|ayacak|ıyordu)"
                              r"|finanse\s+e[dt])",
                   "bit": r"(?<!\w)(?:tamamlan|sona\s+er)",  # "ne zaman bitecek": "18 ayda tamamlanması …"
                   # "uçuşları kim duyurdu": "… Müdürü Ammar Sabah Kasapoğlu'nun açıkladığına göre …"
                   "duyur": r"(?<!\w)(?:açıkla(?:dı|dığ|mış|yor|yarak)|bildir(?:di|diğ|miş|iyor|erek))\w*",

                   "izle": r"(?<!\w)(?:izleyici|seyirci)\w*",  # "kaç kişi izledi": "… yaklaşık 1.100 izleyici …"
                   # "başrolü kim oynuyor": "… Hacı Rıza karakterini, … Abbas Tuzlu canlandırıyor"
                   "oyna": _PLAYED_OTHERWISE, "oyn": _PLAYED_OTHERWISE,
                   # "kazıda kaç kişi çalıştı": "Ekipte … toplam 23 kişi görev aldı"
                   "çalış": r"(?<!\w)görev\s+(?:al|yap|üstlen)\w*",
                   # "kazıyı kim yönetti": "… Prof. Dr. Kemal Tuzlu başkanlığındaki ekip"
                   "yönet": r"(?<!\w)(?:başkanlığında|liderliğinde|önderliğinde|yönetiminde)\w*",
                   # "sergi ne zamana kadar açık kalacak": "Sergi, 30 Eylül'e kadar … ziyaret edilebilecek"
                   "kal": r"(?<!\w)(?:ziyaret\s+edilebil|gezilebil|açık\s+ol)\w*",
                   # "kim besteledi": "Eserin bestecisi, … besteci Selim Altunköprülü" (a doer's noun, owned)
                   "bestele": r"(?<!\w)(?:eser|şarkı|türkü|parça|marş)\w*\s+bestecis[ıi]",
                   # "kitabı kim yazdı": "Kitabı, … Hatice Erbilli ile kızı … birlikte hazırladı"
                   "yaz": r"(?<!\w)(?:(?:kitab|metn|oyun|eser|senaryos)[ıiuü],?\s+(?:\S+\s+){0,14}?(?:hazırla|derle)"
                          r"|kaleme\s+al)\w*",  # (not "Kitabın kapağını … hazırladı")
                   # "klinik ne zaman açıldı": "… diş kliniği 17 Şubat 2025'te … hizmete girdi"
                   # (and "Açılış kurdelesini … Nermin Kasap birlikte kesti", "Açılışı … birlikte yaptı" for "kim açtı")
                   "aç": r"(?<!\w)(?:hizmete\s+(?:gir|başla)|faaliyete\s+(?:geç|başla)|kullanıma\s+(?:sunul|açıl)"
                         r"|kapılarını\s+aç|açılış\w*\s+(?:\S+\s+){0,16}?(?:kes|yap|gerçekleştir)\w*)",
                   # "yeni sistem ne zaman başladı / değişti": "1 Şubat'tan itibaren … açık kalıyor" dates its start
                   "değiş": _FROM_THEN_ON,
                   "başla": _STARTED_OTHERWISE, "başl": _STARTED_OTHERWISE}  # ("başlıyor": its "a" dropped)


def _befell_others(question: str, sentence: str) -> bool:
    """"kaç kişi tahliye edildi": "Yedi kişi ise hafif yaralandı" counts only people something
    else befell."""
    lowered = turkish_lower(question)
    if "kaç kişi" not in lowered or _people_deed(lowered):  # "kaç kişi öldü" is read by its own deed
        return False
    befell = {_people_deed(f"kaç kişi {told}") for told in _BEFELL.findall(turkish_lower(sentence))}
    return bool(befell) and not any(roots_held(question, {verb}) for verb in befell)


_BEFALLING = "öl|yaralan|kurtarıl|tutuklan|gözaltına|kaybol|zehirlen"  # what befalls people counted


def asks_befallen(question: Question) -> bool:
    """A count of those something befell: "kaç kişi öldü", "kaç itfaiyeci yaralandı"."""
    return (question.asked is Asked.NUMBER and bool(question.deed)
            and re.fullmatch(_BEFALLING, question.deed) is not None)

# "Yedi kişi ise hafif yaralandı": people counted by what befell them, which "kaç kişi tahliye
# edildi" does not ask
_BEFELL = re.compile(rf"(?<!\w)(?:\d[\d.,]*|{'|'.join(DIGIT_WORDS)})\s+kişi\w*\s+(?:[^\W\d_]+\s+){{0,2}}?"
                     rf"((?:{_BEFALLING})\w*)")


# "üç odalı daire", "dört yıldızlı otel", "40 kişilik salon": a figure the question gives to
# pick out what it asks of ("üç odalı dairenin kirası": not the two-room flat's rent); three
# letters before the "-lI" at least ("2024 yılı" is a year's).
_NUMBERED_QUALITY = re.compile(rf"(?<![\w.,])(\d+|{_NUMBER_WORD_I})\s+([^\W\d_]{{3,}}l[ıiuü]k?)(?!\w)")


def _qualities(text: str) -> list[tuple[str, str, str]]:
    """The text's numbered qualities, each as (number in digits, the quality, as written)."""
    return [(str(DIGIT_WORDS.get(found.group(1), found.group(1))), found.group(2), found.group())
            for found in _NUMBERED_QUALITY.finditer(turkish_lower(text))]


def numbered_quality(question: str) -> tuple[str, str, str] | None:
    """The numbered quality a question picks its thing out with ("üç odalı" → ("3", "odalı",
    "üç odalı"))."""
    found = _qualities(question)
    return found[0] if found else None


def says_quality(quality: tuple[str, str, str], text: str) -> bool | None:
    """True when the text gives the quality with its number, False when only with another
    ("İki odalı dairelerde …" for "üç odalı"), None when it never gives that quality."""
    numbers = {number for number, said, _ in _qualities(text) if said == quality[1]}
    return quality[0] in numbers if numbers else None


def sentences_of_quality(quality: tuple[str, str, str], sentences: list[str]) -> set[str] | None:
    """The sentences, in reading order, that speak of the asked quality: those that give it
    and those after them that give no number of it ("… üç odalı bir dairenin kirası … arttı.
    Yılın ilk çeyreğinde 450 bin dinar olan ortalama kira …"), until one gives another. None
    when no sentence gives the quality with any number (the article does not pick by it)."""
    speaking, current = set(), None
    for sentence in sentences:
        said = says_quality(quality, sentence)
        current = current if said is None else said
        if current:
            speaking.add(sentence)
    return speaking if current is not None else None


# A part of a year a figure is asked for: "2019 ilk yarı net kârı", "üçüncü çeyreğinde", "ilk
# altı ayda". An article that never splits its year so gives the whole year's.
_YEAR_PART = re.compile(r"(?<!\w)(?:ilk|ikinci|üçüncü|dördüncü|son)\s+(yarı|çeyre[kğ]|altı\s+ay|dokuz\s+ay)")


def unsaid_year_part(question: str, article: str) -> str | None:
    """The part of a year the question asks of ("ilk yarı") when the article never names
    such a part (no "yarı" at all in an annual report); None otherwise."""
    found = _YEAR_PART.search(turkish_lower(question))
    if not found:
        return None
    part = re.sub(r"[kğ]$", "", found.group(1))  # "çeyrek", "çeyreği": "çeyre"
    return None if re.search(rf"(?<!\w){part}", turkish_lower(article)) else found.group()


def _people_deed(lowered: str) -> str | None:
    """The root of what befell the people a question counts ("kaç kişi öldü" → "öl")."""
    found = _PEOPLE_DEED.search(lowered)
    if found is None and _DIED_ASKED.search(lowered):  # "kaç kişi hayatını kaybetti" asks who died
        return "öl"
    return (verb_stem(found.group(1)) or found.group(1)) if found else None


def _deed(lowered: str) -> str | None:
    """What befell the people a question counts, or the deed the counted things are told apart
    by among a sentence's figures ("kaç maç kaybetti" → "kaybet": "19'unu kazandı, … 3 maç
    kaybetti"); a light verb says no deed of its own ("kaç maç yaptı"), nor does being ("kaç
    üyesi vardı")."""
    if people := _people_deed(lowered):
        return people
    counted = _COUNTED_DEED.search(lowered)
    deed = verb_stem(counted.group(1)) if counted else None
    if deed and len(deed) >= 3 and not _LIGHT_STEM.fullmatch(deed) and deed not in ("var", "yok"):
        return deed
    if deed == "geç" and _PASSED.search(lowered):  # "kaç öğrenci sınavı geçti": passing it, no light verb
        return deed
    # "kaç ton bal ihraç etti": the noun "etmek" makes a deed of; "kaç kişi sertifika aldı": the thing taken
    made = _COUNTED_LIGHT_DEED.search(lowered)
    light = verb_stem(made.group(2)) or "" if made else ""
    if made and _TAKING.fullmatch(light) and made.group(1) != "yer":  # "sertifika aldı", "yardım aldı" (not "yer aldı")
        return made.group(1)
    return stem(made.group(1)) if made and _MAKING.fullmatch(light) else None


def asked_verb(question: str) -> str | None:
    """The stem of the verb a question ends on ("kim duyurdu?" → "duyur"); None for none."""
    found = _TOKEN.findall(turkish_lower(question))
    return verb_stem(found[-1]) if found else None


def _deed_pattern(question: str) -> str | None:
    """The question's own verb as a pattern of its stem ("yönetti" → "yönet"; "düzenliyor" →
    "düzenl[ae]?": "-iyor" drops the stem's last vowel, which "düzenlediği" keeps); None for no
    verb or a light one ("yapıldı", "hibe edildi": the deed is worded otherwise)."""
    found = _TOKEN.findall(turkish_lower(question))
    stem = verb_stem(found[-1]) if found else None
    if not stem or len(stem) < 2 or _LIGHT_STEM.fullmatch(stem):
        return None
    dropped = re.search(r"[^aeıioöuü][ıiuü]yor", found[-1]) and stem[-1] not in "aeıioöuü"
    active = _PASSIVE.fullmatch(stem)  # "açıldı" is said by "açtı" too, "düzenlendi" by "düzenledi"
    return re.escape(active.group(1) or active.group(2) if active else stem) + ("[ae]?" if dropped else "")


_PASSIVE = re.compile(r"(\w+?[^aeıioöuü])[ıiuü]l|(\w+l[ae])n")  # "açıl", "kurul"; "düzenlen", not "kazan"


def _agent_asked(lowered: str) -> str | None:
    """For "X'i kim <verb>": the deed as a pattern ("düzenliyor" → "düzenl[ae]?"; "finanse
    etti" → the noun and its light verb); None when the question ends on no verb."""
    found = _TOKEN.findall(lowered)
    if _deed_noun(lowered) and (light := verb_stem(found[-1])):
        verb = "e[dt]" if light.startswith("e") else re.escape(light[:2])
        return rf"(?:{re.escape(found[-2])}\s+{verb}|{_said_also_as(found[-2])})"  # "finanse edilen", "… ettiği"
    return _deed_pattern(lowered)


# a deed worded with a noun and a light verb, said also with a verb of its own: who paid for it ("finanse etti")
# is who met its cost ("… TİKA tarafından karşılanan restorasyonun maliyeti")
# (not a news welcomed: "… restorasyon haberini sevinçle karşıladığını")
_SAID_ALSO_AS_DEED = {"finanse": r"(?<!sevinçle\s)(?<!memnuniyetle\s)(?<!olumlu\s)(?<!coşkuyla\s)"
                                 r"(?<!alkışlarla\s)(?<!tepkiyle\s)karşıla"}


def _said_also_as(noun: str) -> str:
    """The verb a light verb's noun (or its beginning, "fina") is said with too; the noun itself otherwise."""
    return next((verb for said, verb in _SAID_ALSO_AS_DEED.items() if len(noun) > 3 and said.startswith(noun)),
                re.escape(noun))


# A doer's name: capitalised words, "ve" or a name's particle between them ("Wernher von
# Braun"), an acronym after ("… Ajansı (TİKA)").
_DOER = rf"((?:[{_UPPER}][\w.&-]*\s+(?:(?:ve|von|van|de|bin|ibn)\s+)?)*[{_UPPER}][\w.&-]*)(?:\s*\([^)]*\))?"
_DOER_TO_DEED = r"\s+(?:[a-zçğıöşü]\w*\s+){0,2}"  # "Derneği'nin her yıl düzenlediği"
# "Kerkük Türkmeneli Spor, sahasında Tuzhurmatu Altınyıldız'ı 2-1 yendi": the winner is the
# subject of a beat ("yendi", "mağlup etti"), before the comma and the beaten side's accusative
# (a few words may stand before the score: "… Yıldızspor'u uzatmalara giden maçta 3-2 yenerek")
_BEATEN = (rf"\s+(?:[a-zçğıöşü]\w*\s+){{0,2}}(?:[{_UPPER}][\w.&-]*\s+)*[{_UPPER}][\w.&-]*[{APOSTROPHES}]"
           r"[yn]?[ıiuü]\s+(?:[a-zçğıöşü]\w*\s+){0,4}(?:\d+\s*-\s*\d+\s+)?(?:yendi|yenerek|mağlup\s+et(?:ti|erek))")


def agent_named(question: Question, sentence: str) -> str | None:
    """Who the sentence says did the asked deed, as Turkish marks the doer of a participle:
    "Kerkük Türkmen Kültür Derneği tarafından düzenlenen …" or "… Derneği'nin her yıl
    düzenlediği …" for "festivali kim düzenliyor" (a body or a person), in a sentence naming
    something the question names; None when it does not."""
    if question.agent_of is None and not question.winner:
        return None
    deed = question.agent_of or "kazan"  # "ligin şampiyonu kim oldu": who won it
    beat = re.search(rf"{_DOER},{_BEATEN}", sentence) if deed == "kazan" or question.winner else None
    source = re.search(rf"{_DOER}[{APOSTROPHES}]n?[dt][ae]n{_DOER_TO_DEED}{deed}(?:n|[ıiuü]l)\w*", sentence)
    found = (re.search(rf"{_DOER}\s+tarafından{_DOER_TO_DEED}{deed}", sentence)
             or re.search(rf"{_DOER}[{APOSTROPHES}]n?[ıiuü]n{_DOER_TO_DEED}{deed}\w*?[dt][ıiuüe][kğ]", sentence)
             # "masrafların tamamı Irak Yeniden İmar Fonu'ndan karşılandı": the passive's source pays (a body's
             # name of several words; not "Bağdat'tan getirildi", whence)
             or (source if source and " " in source.group(1) else None)
             or beat)
    if found is None or (_starts_sentence(sentence, found.start(1)) and " " not in found.group(1)):
        return None  # "Festival tarafından …": a sentence's capital alone is no name
    # the last of several doers ("… Hasan Turan ile … Mehmet Cabbar tarafından imzalandı", "… Mühendisler Birliği
    # ile köyden … göç etmiş ailelerin kurduğu Beşir Dayanışma Derneği tarafından") is not all: "kimler" asks both
    before = sentence[:found.start(1)]
    partner = (re.search(rf"{_DOER}\s+(?:ile|ve)\s+$", before)
               or re.search(rf"{_DOER}\s+ile\s+(?:(?!{_ADVERBIAL_GAP})[^\W\d_]+\s+){{1,8}}$", before)
               ) if found is not beat else None
    if partner and (" " in partner.group(1) or not _starts_sentence(sentence, partner.start(1))):
        return f"{partner.group(1)} ve {found.group(1)}" if question.plural else None
    if found is not beat and re.search(r"\s(?:ile|ve)\s+$", before):
        return None  # ("… Hasan Turan ile Bakü …": a doer not named as one)
    if found is beat:
        # "… finalde Kerkük Gençlik Kulübü, Altunköprü Spor'u 3-1 yendi": a match's winner, in
        # a sentence that need not name the league asked of (the beaten side is never it); the
        # sentence's first word with a case ending is where, no part of the name ("Finalde Kerkük Yıldızları")
        first, _, rest = found.group(1).partition(" ")
        placed = rest and _starts_sentence(sentence, found.start(1)) and re.search(r"[dt][ae]n?$", first)
        return rest if placed else found.group(1)
    subject = {named for named in question.named if not re.match(deed, named) and named not in STOPWORDS}
    # (by root too: "restorasyonun" stems to "restorasyo", "restorasyonunu" to "restorasyon")
    return found.group(1) if subject & {stem(word) for word in words(sentence)} or roots_held(
        sentence, {named for named in subject if len(named) > 4}) else None


# an "ile" of time or means, not a co-doer: "… Barzani ile yapılan görüşmenin ardından … tarafından"
_ADVERBIAL_GAP = r"\w+[^dt\W][ae]n\s|ardından|sonra|önce|üzerine"  # ("yapılan", not "köyden")


def verb_stem(word: str) -> str | None:
    """A finite verb less its tense and person endings ("öldüler" → "öl", "yapıyor" → "yap",
    "tutuklandı" → "tutuklan": the last ending, since "tu" begins the verb); None for no verb."""
    verb = _TENSE_ENDING.fullmatch(word)
    return verb.group(1) if verb and verb.group(1) not in _ASKING_STEMS else None


_ASKING_STEMS = frozenset("kim kimler ne ney nere kaç".split())  # "kimdi": a question word and a copula, no verb


_DIGITS_END = r"(?![.,]?\d)"  # a number's end: "3" is not the start of "37" nor of "3.200"


def _clause_after(sentence: str, span: str) -> str:
    """The sentence from the span to the end of its clause (a comma, a semicolon or "ve")."""
    # "5 üye", not the end of "25 üyesinin"; "3'ünün", not the start of "37 sporcuya"
    digits_end = _DIGITS_END if span[-1:].isdigit() else ""
    found = re.search(rf"(?<![\w.,]){re.escape(span)}{digits_end}", sentence)
    rest = sentence[found.start():] if found else ""
    end = re.search(r"[,;]|\s(?:ve|ile)\s|(?<=[a-zçğıöşü]{4})\.\s", rest)  # (a passage's next sentence too)
    return rest[:end.start()] if end else rest


_DIMENSIONS = ("uzunlu", "yüksekli", "genişli", "derinli", "ağırlı", "alan")


def _owned_after(sentence: str, span: str, found: list[str]) -> str:
    """``_clause_after``, up to the next figure, without the owner it names in the genitive ("Toplam 23
    kilometre uzunluğundaki kanalın 17 kilometresi": the canal's is the 17, not the 23)."""
    clause = _clause_after(sentence, span)
    rest = clause[len(span):]
    at = min((rest.find(other) for other in found if other != span and other in rest), default=-1)
    return clause if at < 0 else span + _GENITIVE_AT_END.sub("", rest[:at])


_GENITIVE_AT_END = re.compile(r"\w+(?:n[ıiuü]n|[ıiuü]n)\s+$")


# "kaç kişi öldü", "kaç kişi yaralandı": people counted by what befell them, which a count of
# those who came, were evacuated or took part is not (a count of visitors is worded many ways:
# "kaç kişi gezdi" is answered by "18 bin ziyaretçi").
# "kaç maç kaybetti?", "kaç öğrenci kayıt yaptırdı?" (the deed's object before it)
# "kaç maç kaybetti", "kaçı burs kazandı" (how many of them)
_PASSED = re.compile(r"(?:sınav|test|imtihan)\w*\s+geç\w*\W*$")
# ("kaç öğrenci bakalorya sınavını geçti": up to two words between the counted noun and its verb)
_COUNTED_DEED = re.compile(r"(?<!\w)(?:kaç\s+[^\W\d_]+|kaçı)\s+(?:[^\W\d_]+\s+){0,2}([^\W\d_]+)\W*$")
# "mezunların kaçı kız?" (not "yüzde kaçı"); the empty group: no possessive head, as _counted_head reads it
# The whole a part is asked of: "sporcuların kaçı kadın?", "çiftçilerden kaçı" (not "bunların kaçı")
_WHOLE_OF_PART = re.compile(r"(?<!\w)([^\W\d_]+?)(?:l[ae]r)?[ıiuü]?(?:[ıiuü]n|n[ıiuü]n|[dt][ae]n)\s+kaçı\s")
_POINTING_WHOLES = frozenset("bun şun on bunlar şunlar onlar".split())
# ("kaçı Kerkük'ten geldi?", "kaçı bağış olarak geldi?", "kaçı Sarılu köyünden?": the part, then a place's ending
# and a verb, "olarak" and a verb, a place's kind, or words ending in an adjective: "kaçı yoğun bakım
# donanımlı?"; not "kaçı destek aldı", an object and its verb)
_PART_ASKED = re.compile(rf"(?<!yüzde\s)(?<!\w)kaçı\s+([^\W\d_]+)()(?:[{APOSTROPHES}]\w+(?:\s+[^\W\d_]+)?"
                         r"|\s+olarak\s+[^\W\d_]+|\s+(?:köy|ilçe|mahalle|kent|şehir|nahiye|bölge)\w*"
                         r"|(?P<quality>(?:\s+[^\W\d_]+)?\s+[^\W\d_]{2,}(?:l[ıiuü]|s[ıiuü]z))"
                         r"|(?P<second>\s+(?!ait|var|yok)[^\W\d_]{3,}))?\W*$")  # ("kaçı yoğun bakım?", not
# "kaçı burs kazandı?", "kaçı Türkmenlere ait?")
_COUNTED_LIGHT_DEED = re.compile(r"(?<!\w)kaç\s+[^\W\d_]+\s+(?:[^\W\d_]+\s+)?([^\W\d_]+)\s+([^\W\d_]+)\W*$")
_PEOPLE_DEED = re.compile(rf"(?<!\w)kaç\s+kişi\s+((?:{_BEFALLING})\w*)\W*$")
# "öldü" → "öl", "tutuklandı" → "tutuklan" (the last ending: "tu" begins the verb), "yaralandılar"
_TENSE_ENDING = re.compile(r"(\w{2,}?)(?:[ıiuü]?yor(?:d[ıiuü]|l[ae]r)?|[dt][ıiuü](?:l[ae]r|k)?"
                           r"|m[ıiuü]ş(?:t[ıiuü]|l[ae]r)?|y?[ae]c[ae][kğ](?:l[ae]r)?)")


def answers_exactly(question: Question, sentence: str) -> bool:
    """The sentence holds what a factoid asks for: a figure in the asked measure, a number
    with the counted word ("212 oy" for "kaç oy"), a date, a name of the asked kind."""
    if counts_a_thing(question):
        return fit(question, sentence) == 2  # people are counted as visitors, pupils, voters too
    return states_measure(question, sentence) and fit(question, sentence) > 0


# Endings of a word before an office that owns none (folded to ASCII): a participle ("başa
# geçen"), an adjective in -li ("sorumlu"), a locative or ablative, an accusative.
_NOT_OWNER = re.compile(r"(?:[ae]n|l[iu]|[dt][ae]n?|[dt][ae]ki|n[iu]|[iu]n[ae])$")
_TOKEN = re.compile(rf"\w+(?:[{APOSTROPHES}]\w+)?")
# Words before an office that say which holder, not whose office: "yeni başkanı", "şu anki müdürü".
_NO_OWNER = frozenset("yeni eski önceki şimdiki anki mevcut güncel sabık ilk son ikinci asıl".split())


def _office_at(question: str, office: str | None) -> tuple[list[str], int, int] | None:
    """The question's words, where the asked office stands and where the word before it (its
    rank words passed) stands; None when no office is asked."""
    if office is None:
        return None
    *rank, title = office.split()
    found = _TOKEN.findall(question)
    at = next((i for i, w in enumerate(found) if turkish_lower(w).startswith(title)), None)
    return None if at is None else (found, at, at - len(rank) - 1)


def _office_owner(question: str, office: str | None) -> tuple[str | None, str | None]:
    """Whose office a "kim" question asks: the word before it ("belediye başkanı",
    "kooperatifinin başkanı") as a root, and a name before that ("Sincar belediye başkanı",
    "Kerkük valisi") as a stem."""
    located = _office_at(question, office)
    if located is None:
        return None, None
    found, at, i = located
    owner = place = None
    if i == 0 and found[0][:1].isupper() and _owner_word(turkish_lower(found[0])) and is_genitive(
            ascii_fold(turkish_lower(found[0]))):
        found = [turkish_lower(found[0]), *found[1:]]  # "Okulun müdürü kim?": the capital is the question's
    if i >= 0 and _owner_word(found[i]):
        owner = min(stem(found[i]), root(found[i]), key=len)
        i -= 1
    elif i > 0 and found[at][:1].isupper() and found[i][:1].isupper() and found[i - 1][:1].isupper():
        owner = stem(turkish_lower(found[i]))  # "Musul Belediye Başkanı": of Musul's municipality
        i -= 1
    while i >= 0 and found[i] in _NO_OWNER:  # "Musul'a yeni belediye başkanı"
        i -= 1
    # a compound's bare modifier, or a language, is no place: "Tazehurmatu sağlık merkezinin",
    # "Kerkük'teki Türkmence yaz okulunun"
    while owner and i > 0 and (turkish_lower(found[i]) in LANGUAGES | PEOPLES or found[i][:1].islower()
                               and found[i] == without_suffix(found[i]) and _owner_word(found[i])
                               and not is_genitive(ascii_fold(found[i]))):
        i -= 1
    # "Yayçı köyündeki kooperatifin" (a name is no participle: "Azerbaycan üniversitesinin"),
    if owner and i > 0 and found[i][:1].islower() and _DESCRIBES_OWNER.search(found[i]):
        i -= 1  # "Tuzhurmatu'da açılacak kliniğin": the place the owner is in
        while i > 0 and found[i][:1].islower() and not _DESCRIBES_OWNER.search(found[i]):
            i -= 1
    # a question's first word is capitalised anyway: a name if marked so, or before an owner word
    if (i >= 0 and found[i][:1].isupper() and turkish_lower(found[i]) not in PEOPLES | LANGUAGES  # ("Türkmen okulunun")
            and (i > 0 or without_suffix(found[i]) != found[i] or owner or _proper_before_office(found[i]))):
        # "Altunköprü Genel Hastanesi'nin": "hastane", as "Hastanenin başhekimliğine" says it
        bare = turkish_lower(without_suffix(found[i]))
        name = _POSSESSIVE_S.sub("", min(stem(bare), bare, key=len))  # ("fuad" stems to "fuadı")
        place = re.sub(r"l[ıiuü]$", "", name) if len(name) > 5 else name  # "Kerküklü firma": of Kerkük
        # a body's head as a title says it: "Vakıf Müdürü" for "Türkmeneli Eğitim Vakfı'nın müdürü"
        place = _body_head(found[i]) or place
    return owner, place


def _body_head(word: str) -> str | None:
    """The head noun of a body's name ("Vakfı'nın" → "vakıf", "Komisyonu'nun" → "komisyon")."""
    bare = turkish_lower(without_suffix(word))
    return next((noun for noun, form in zip(NAME_HEADS, NAME_HEAD_FORMS) if bare == form), None)


def _proper_before_office(word: str) -> bool:
    """A question's capitalised first word right before the office is the place it is of ("Erbil
    valisi kim?"), unless Turkish words say which holder or whose: a question word, an adjective
    or a participle ("Hangi vali", "Yeni vali", "Atanan vali", "Sonraki", "Kerküklü", "Onursal"), a
    people, a body or a field ("Türkmen", "Okul müdürü", "Spor", "Heyet")."""
    lowered = turkish_lower(word)
    return (lowered not in _NO_OWNER and lowered not in ADJECTIVES and lowered not in STOPWORDS
            and lowered not in QUESTION_OPENERS and lowered not in PEOPLES and lowered not in _NOT_PLACES
            and not _DESCRIBING_ENDING.search(lowered)
            and not ascii_fold(lowered).startswith(_NAMED_FOLDED + _HEADS_FOLDED))


# Endings of words that describe rather than name: participles, "-ki", "-li", "-sal", "-ici"
# ("Atanan", "Sonraki", "Kıdemli", "Onursal", "Geçici"); a place so ending ("Amirli") is missed,
# as it was before the rule
_DESCRIBING_ENDING = re.compile(r"(?:[ae]n|\w{3,}k[iü]|l[ıiuü]|[sz][ae]l|ic[iı])$")  # (not "Bakü")
_NOT_PLACES = frozenset("vekil fahri baş askeri milli iç dış spor futbol heyet komite kampanya kriz kaza "
                        "nahiye il ilçe bölge".split())


def _owner_name(question: str, office: str | None) -> tuple[str, ...]:
    """The capitalised name whose office is asked, stemmed: "Musul Spor'un teknik direktörü" →
    ("musul", "spor"); empty when the office's owner is no name of several words."""
    located = _office_at(question, office)
    if located is None or located[2] < 0 or not located[0][located[2]][:1].isupper():
        return ()
    found, _, end = located
    start = end
    while start > 0 and found[start - 1][:1].isupper() and without_suffix(found[start - 1]) == found[start - 1]:
        start -= 1
    name = tuple(stem(turkish_lower(without_suffix(word))) for word in found[start:end + 1])
    return name if len(name) > 1 else ()


# A word that places the owner: "köyündeki", "Musul'daki", a participle ("açılacak", "kurulan").
_DESCRIBES_OWNER = re.compile(r"[dt][ae]ki$|[ae]c[ae]k$|[ae]n$")


def _owner_word(word: str) -> bool:
    """A noun that owns the office after it: bare ("belediye", "proje", "il") or genitive
    ("kooperatifinin"); not a participle ("başa geçen", "yürüten") or an adjective ("sorumlu")."""
    folded = ascii_fold(word)
    return (word[:1].islower() and word.isalpha() and (len(word) >= 3 or word == "il") and word not in _NO_OWNER
            and not word.startswith(("hangi", "kim", "ne"))
            and (is_genitive(folded) or not _NOT_OWNER.search(folded)))


# Schools named by their kind: "Okul müdürü" in a report on a new lise is the lise's own.
_SCHOOL_KINDS = ("lise", "kolej", "anaokul", "ilkokul", "ortaokul")


def another_school(question: str, article: str) -> str | None:
    """The kind of school the question names where the article names only another kind ("Amirli'deki
    ortaokula kaç öğrenci …": an article on an ilkokul tells of no ortaokul)."""
    def kinds(text: str) -> set[str]:
        return {kind for word in words(turkish_lower(text)) for kind in _SCHOOL_KINDS if word.startswith(kind)}
    asked = kinds(question)
    said = kinds(article) if len(asked) == 1 else set()
    return next(iter(asked)) if said and not asked & said else None


def _school_kind(owner: str) -> bool:
    """The owner is a kind of school, as a stem may cut it ("lis", "ortaok") or not ("lisesinin")."""
    return any(owner.startswith(kind) or (kind.startswith(owner) and len(owner) >= len(kind) - 2)
               for kind in _SCHOOL_KINDS)


def _a_school(word: str) -> bool:
    """"okulda", "Lisesi'nde", "lises": a school of any kind."""
    return word.startswith("okul") or _school_kind(word)


_SPORTS_SIDE = ("kulüp", "kulüb", "takım")  # a club and its team have one coach, one captain


def _holds_owner(sentence: str, owner: str) -> bool:
    """The sentence names the owner, with its final consonant hard again ("Yurt müdürü" for
    "yurdunun müdürü"), the last part of a compound owner ("Okul müdürü" for "ortaokulunun
    müdürü"), the kind a school is ("Okul müdürü" for "meslek lisesinin müdürü"), or a club's
    team ("Takımın teknik direktörü" for "kulübünün teknik direktörü", and the other way)."""
    # ("Oda Başkanı" for "Fırıncılar Odası'nın": the stem keeps the possessive's "s")
    owners = ({owner, unsoftened(owner) or owner, _POSSESSIVE_S.sub("", owner)}
              | ({"okul"} if _school_kind(owner) else set()))
    if len(bare := re.sub(r"(?:(?<=[aeıioöuü])s)?[ıiuü]$", "", owner)) >= 3:  # "Kamp Başkanı" for "yaz kampının"
        owners |= {bare, unsoftened(bare) or bare}
    if owner.startswith(_SPORTS_SIDE):
        owners |= set(_SPORTS_SIDE)
    return roots_held(sentence, owners) > 0 or any(len(part := stem(w)) >= 4 and owner.endswith(part)
                                                   for w in words(sentence))


def _names_another_place(question: Question, sentence: str) -> bool:
    """The sentence names the office after another name than the asked one: "Telafer Belediye
    Başkanı" does not answer "Sincar belediye başkanı kim"."""
    if question.office_place is None or question.office is None:
        return False
    *rank, title = question.office.split()
    # "Genel Müdür" is the asked office's own name, as the question's own words are ("Kerkük'te kütüphaneler
    # şube müdürü": "Kütüphaneler Şube Müdürü Leyla Nurettin")
    own = {question.office_of, *(stem(word) for word in rank),
           *(word for word in question.named if not question.office_place.startswith(word))}
    owned = tuple(word for word in own if word)
    found = _TOKEN.findall(sentence)
    runs = []
    for i, word in enumerate(found):
        if not turkish_lower(word).startswith(title):
            continue
        start = i
        while start > 0 and found[start - 1][:1].isupper() and without_suffix(found[start - 1]) == found[start - 1]:
            start -= 1  # a name ends at its suffix: "Hasan Ocakçı'yı Telafer Belediye Başkanı"
        # a sentence's first word is no name; a title with no name before it is no other's
        # ("genel başkanlığa, partinin Kerkük İl Başkanı olarak görev yapan Necat Ağalı seçildi");
        # the owner word is the office's, no other name ("Musul Belediye Başkanı")
        # (by prefix: the owner word of "trafik müdürü" is "traf", as lower case stems it)
        # (unless a bare name before a title: "Tuzhurmatu Belediye Başkanı Ahmet Abbas Terzi, …", not
        # "Şirketin Genel Müdürü …")
        opening = turkish_lower(found[0])
        first = 0 if start == 0 and i >= 2 and opening not in ADJECTIVES | STOPWORDS and not is_genitive(opening) else 1
        said = {stem(turkish_lower(without_suffix(w))) for w in found[max(start, first):i]}
        runs.append({word for word in said if not word.startswith(owned)})
    place = question.office_place
    return bool(runs) and not any(not run or any(word.startswith(place) for word in run) or run & question.names
                                  for run in runs)


def anothers_office(question: Question, sentence: str) -> bool:
    """The sentence names the asked title, but of another owner: "Kooperatifin başkanı" for
    "belediye başkanı kim", "Telafer Belediye Başkanı" for "Sincar belediye başkanı kim"."""
    if question.office is None or not _says_office(turkish_lower(sentence), question.office.split()[-1]):
        return False
    if _takes_on_office(turkish_lower(sentence), question.office.split()[-1]) or _leads_owner(question, sentence):
        return False  # "yönetmenliğini ise … Tiyatrosu Genel Sanat Yönetmeni … üstlendi": the asked post, taken on
    return ((question.office_of is not None and _others_before(question, sentence))
            or _names_another_place(question, sentence) or _another_named_owner(question, sentence)
            or _another_places_owner(question, sentence)
            or _owner_placed_elsewhere(question, sentence) or _on_behalf_of_another(question, sentence))


def _another_places_owner(question: Question, sentence: str) -> bool:
    """The office's owner is the asked kind of place under another name: "Beşir köyünün muhtarı" for "Yayçı köyünün
    muhtarı kim?"."""
    if not (question.office and question.office_place and question.office_of):
        return False
    title = re.escape(question.office.split()[-1])
    # (not the question's own word opening the sentence: "Kazı heyetinin başkanı, …" for "Kerkük Kalesi'ndeki kazı
    # heyetinin başkanı kim?")
    return any(not turkish_lower(found.group(1)).startswith(question.office_place[:4])
               and not _named(question, found.group(1))
               for found in re.finditer(rf"([{_UPPER}]\w+)\s+{re.escape(question.office_of)}\w*\s+{title}", sentence))


def _on_behalf_of_another(question: Question, sentence: str) -> bool:
    """The office is said of the one its holder acts for, another than the asked owner: "Kerkük Üniversitesi
    adına Rektör Prof. Dr. Kemal Ağalar" for "Gence Devlet Üniversitesi'nin rektörü kim?"."""
    office, name = (question.office or "").split()[-1:], set(question.office_name)
    # (a body named whole, with a word the question's owner lacks: not "ITC adına", "Üniversite adına", nor a
    # person's "Vali Rakan Cuburi adına")
    return bool(office and name) and any(
        roots_held(found.group(1), name) < len(name) and len(found.group(1).split()) > 1
        and turkish_lower(found.group(1).split()[-1]).startswith(NAME_HEAD_FORMS)
        for found in re.finditer(rf"((?:[{_UPPER}][\w-]*\s+){{0,3}}[{_UPPER}][\w-]*)\s+adına\s+"
                                 rf"(?:[^\W\d_]+\s+){{0,2}}?(?i:{re.escape(office[0])})", sentence))


def _owner_placed_elsewhere(question: Question, sentence: str) -> bool:
    """The office's owner is said of another place: "Kerkük'teki huzurevinin müdürü" for "Kifri
    huzurevinin müdürü kim?"."""
    if not (question.office_of and question.office_place):
        return False
    office = (question.office or "").split()[-1]
    placed = re.finditer(rf"([{_UPPER}]\w+)[{APOSTROPHES}][dt][ae]ki\s+{re.escape(question.office_of)}\w*\s+{office}",
                         sentence)
    return any(not turkish_lower(found.group(1)).startswith(question.office_place) for found in placed)


def _another_named_owner(question: Question, sentence: str) -> bool:
    """The sentence gives the office only after names that are not the owner the question names:
    "Telafer Gençlik Kulübü'nün baş antrenörü" for "Kerkük Türkmeneli Kulübü'nün antrenörü kim"."""
    if not question.office_name or question.office is None:
        return False
    office = question.office.split()[-1]
    # names in the genitive ("Ahmet Yılmaz'ı başkan seçti" names no owner); not a common noun
    # capitalised by its place ("Kulübün yardımcı antrenörü")
    # (or a title the office ends, capitalised like the question's: "Selahaddin İl Sağlık Müdürü" for "Kerkük İl
    # Sağlık Müdürü kim?")
    # (a title's words all of the asked one are its post unplaced, "İl Sağlık Müdürü Dr. …"; not a genitive's nor a
    # rank's run: "Radyonun Genel Müdürü")
    asked = set(question.office_name)
    titled = [found.group(1) for found in re.finditer(
        rf"({_NAME.pattern})\s+(?i:(?:[a-zçğıöşü]+\s+)?(?:{'|'.join(_office_words(office))}))", sentence)
              if (found.start() > 0 or " " in found.group(1)) and (
                  _GENITIVE_NAME.search(found.group(1))
                  or len(_without_rank(found.group(1)).split()) > 1  # ("Şirketin Genel Müdürü": a rank, no title)
                  and found.group()[len(found.group(1)):].strip()[:1].isupper()
                  and not any(_OWNING.search(turkish_lower(word)) for word in found.group(1).split()))]
    said = [{stem(turkish_lower(_bare(word))) for word in owner.split()} for owner in titled]
    # (a title all of whose words the asked owner has is its post unplaced, unless the owner's body is what it
    # lacks: "Kifri Belediye Başkanı" is no "Kifri Belediye Meclisi'nin başkanı")
    return bool(titled) and not any(
        roots_held(owner, asked) == len(asked) or asked <= stems  # ("Selahaddin", stemmed alike)
        or stems <= asked and not any(word in _HEAD_STEMS for word in asked - stems)
        for owner, stems in zip(titled, said))


_HEAD_STEMS = frozenset(stem(head) for head in ("meclis", "kurul", "konsey", "komisyon"))  # a body's own bodies


def _without_rank(run: str) -> str:
    """A name run less the rank words ending it ("Şirketin Genel" → "Şirketin")."""
    said = run.split()
    while said and turkish_lower(said[-1]) in _RANK_WORDS:
        said.pop()
    return " ".join(said)


_RANK_WORDS = frozenset("genel baş yardımcı teknik sorumlu onursal".split())
_GENITIVE_ALONE = re.compile(r"n?[ıiuü]n")  # '"Sabah Çayı"nın': the ending after a closing quote
_OWNING = re.compile(rf"(?:[aeıioöuü]n[ıiuü]n|[{APOSTROPHES}]n?[ıiuü]n)$")  # "Radyonun", "Kerkük'ün"; not "Selahaddin"


def _others_before(question: Question, sentence: str) -> bool:
    """The sentence says the office only after another owner: "Kooperatifin başkanı" for the
    municipality's; "Erbil Türkmen Eğitim Müdürü" for the school's, though "okulun" comes later.
    An owner the question names is the asked one ('"Sabah Çayı"nın sunucusu')."""
    *rank, title = (question.office or "").split()
    # each name of the office with its rank words ("Telafer Spor'un teknik direktörlüğünü")
    named = [(title, rank), *((said.split()[-1], said.split()[:-1]) for said in _OFFICE_ALSO.get(title, ()))]
    owner = question.office_of or ""
    found = [w for w in _TOKEN.findall(sentence) if not _GENITIVE_ALONE.fullmatch(w)]
    owners = [found[_before_rank(found, i - len(ranks) - 1)] for i, word in enumerate(found)
              for said, ranks in named if turkish_lower(word).startswith(said) and i - len(ranks) > 0]
    # (a people before the title describes its holder: "Türkmen yönetmen Aydın Salihi'nin … filmi")
    said_by = [word for word in owners
               if (word[:1].isupper() or _owner_word(word)) and turkish_lower(word) not in PEOPLES]
    if not said_by or len(said_by) < len(owners):
        return not _holds_owner(sentence, owner) and bool(said_by)
    return not any(_holds_owner(word, owner) or (_named(question, word) and not _owners_owner(question, word))
                   for word in said_by)


def _before_rank(found: list[str], at: int) -> int:
    """Where the owner stands before an office's rank: "Kulübü'nün baş antrenörü", "yardımcı antrenörü"."""
    while at > 0 and turkish_lower(found[at]) in (*_HEAD_RANKS, _DEPUTY):
        at -= 1
    return at


def _owners_owner(question: Question, word: str) -> bool:
    """The word names what owns the asked owner: "Belediye" of "Kerkük Belediye Meclis
    Başkanı" ("Belediye Başkanı Abdülkadir Tuzlu" is the mayor, not the council's head)."""
    said = stem(turkish_lower(without_suffix(word)))
    return said in question.office_name[:-1] and said != (question.office_name[-1:] or ("",))[0]


def names_another_office(question: Question, sentence: str) -> bool:
    """The sentence names the asked title but not the asked office: another owner's ("Kooperatifin
    başkanı" for "belediye başkanı") or another rank's ("Spor Bürosu Başkanı" for "genel başkan")."""
    return (question.office is not None and _says_office(turkish_lower(sentence), question.office.split()[-1])
            and not holds_office(question, sentence))


def owner_unnamed(question: Question, sentence: str, title: str, article: str = "") -> bool:
    """The office's owner the question names ("Diyala Birliği'nin teknik direktörü", "Yayçı
    köyündeki kooperatifin başkanı") is neither in the sentence nor the subject of its article
    (its title, or what the ``article``'s lead opens on), or the title names another of its kind:
    "Teknik direktör Kemal Yaycılı" of an article on another club is not theirs. An acronym the
    ``article`` spells out is its name ("ITİB başkanı", after "Irak Türkmen İş İnsanları Birliği
    (ITİB)"), and an office's unit the article names with its owner is theirs ("Ulaşım Müdürü"
    after "Kerkük Belediyesi Ulaşım Müdürlüğü")."""
    if article and owner_named_by_kind(question, sentence, article):
        return False  # ("Belgeselin yönetmeni …" after '"Kerkük'ün Sesi" adlı belgesel')
    sentence = spelled_out(sentence, article)
    return (question.office is not None and question.office_place is not None
            and (not roots_held(f"{title}\n{sentence}\n{_lead_subject(article)}", {question.office_place})
                 and not _lead_names_owner(question, article)
                 or _title_names_another(question, sentence, title))
            # (the article's own owner is the title's: "Amirli'de yeni sağlık merkezi …" is no unit of
            # Tazehurmatu's, whose "Tazehurmatu merkezinin" it names in passing)
            and not (_unit_of_owner(question, sentence, article)
                     and not (roots_held(title, {question.office_of or ""})
                              and not roots_held(title, {question.office_place}))))


def owner_named_by_kind(question: Question, sentence: str, article: str) -> bool:
    """The sentence names the office's owner by its kind ("Okul müdürü Kemal Beyatlı"), one the
    article's lead names in full ("Amirli Şehitleri İlkokulu, yeniden yapılarak …"): it is theirs (not
    "ITİB başkanı" for "Bakü Ticaret Odası'nın", which the lead names beside it)."""
    place = question.office_place
    before = re.search(rf"(?<!\w)([^\W\d_]{{3,}})\s+{re.escape(question.office or '')}", turkish_lower(sentence))
    if question.office and question.office_of and question.names and before and before.group(1).startswith(
            question.office_of) and _named_as_kind(question, article) and not _ANOTHER_OF_KIND.search(
            turkish_lower(sentence)[:before.start()]):  # (not "… başka bir belgeselin yönetmeni Ali Kerküklü")
        return True  # "Kerkük'ün Sesi belgeselinin yönetmeni": "Belgeselin yönetmeni …" after '"… Sesi" adlı belgesel'
    if not (place and question.office and question.office_name and _lead_holds(article, set(question.office_name))):
        return False
    return bool(before) and place.endswith(stem(before.group(1)))


_ANOTHER_OF_KIND = re.compile(r"(?<!\w)(?:başka|diğer|bir)\s+$")


def _named_as_kind(question: Question, article: str) -> bool:
    """The article names the question's owner right before its kind ('"Kerkük'ün Sesi" adlı belgeselin'), with
    every word of the name ("Telafer'deki bir kooperatif" names no other kooperatif "Telafer'deki")."""
    lowered = turkish_lower(article)
    kind = re.escape(question.office_of or "")
    return any(roots_held(found.group(1), set(question.names)) == len(question.names)
               for found in re.finditer(rf"((?:\S+\s+){{1,4}}?)(?:adlı\s+|isimli\s+)?{kind}", lowered)
               if not re.search(r"[dt][ae]ki\b", found.group(1)))


def _lead_names_owner(question: Question, article: str) -> bool:
    """The article's first sentence names the asked owner at the asked place ("… Gavurkale
    tepesinde yürüttüğü kazılarda …" for "Gavurkale kazısının başkanı"): the article is of it."""
    if not (article and question.office_of and question.office_place):
        return False
    return _lead_holds(article, {question.office_place, question.office_of})


def _lead_holds(article: str, roots: set[str]) -> bool:
    """The title or the first sentence of the text, past a dateline ("KİFRİ – 8 Haziran 2026"), holds every root."""
    lead = [said for said in split_sentences(article) if len(said.split()) > _DATELINE_WORDS][:2]
    return any(roots_held(said, roots) == len(roots) for said in lead)


_DATELINE_WORDS = 5


def office_of_another(question: Question, sentence: str, article: str) -> bool:
    """The sentence gives the office bare ("Vali Ubeydi, …") in an article that names it only of
    another place ("Kerkük Valisi Mahir Ubeydi"): asked Erbil's governor, that one is Kerkük's."""
    office = (question.office or "").split()[-1:]
    # (all of a titled owner's words: "İl Sağlık Müdürü Dr. Ercan" is no more Kerkük's for its "İl")
    place = set(question.office_name) or {question.office_place or ""}
    if (not office or roots_held(sentence, place) == len(place)
            or _takes_on_office(turkish_lower(sentence), office[0])) or (
            question.office_of and not question.office_name and _holds_owner(sentence, question.office_of)):
        return False  # (nor one said with the asked owner: "Kazı başkanı …", though also "Bölümü'nün başkanlığını")
    found = _TOKEN.findall(sentence)
    # the holder's name, after the office: "Vali Ubeydi" ("proje müdürü Tahsin Kocaoğlu" is another one)
    holder = {_bare(word) for i, word in enumerate(found) if i and word[:1].isupper()
              and turkish_lower(_bare(word)) not in _PERSON_TITLES  # (a "Dr." is anyone's)
              and any(turkish_lower(before).startswith(office[0]) for before in found[:i])}
    said = _saying_office(article, office[0])
    return (any(anothers_office(question, text) and holder & {_bare(w) for w in _TOKEN.findall(text)} for text in said)
            and not any(roots_held(text, place) == len(place) and not anothers_office(question, text) for text in said))


@lru_cache(maxsize=64)
def _saying_office(article: str, office: str) -> tuple[str, ...]:
    """The article's sentences naming the office (read once per article, not per sentence weighed)."""
    return tuple(text for text in split_sentences(article) if _says_office(turkish_lower(text), office))


def _lead_subject(article: str) -> str:
    """What the article's first sentence opens on, up to its first comma: "… tamamlanan Şehit Fuad
    Kapalı Spor Salonu, cuma akşamı … hizmete girdi" is about the salon ("" when it has none)."""
    for said in split_sentences(article)[:2]:
        subject, comma, _ = said.split("\n")[-1].partition(",")  # (a title line has no end mark)
        if comma and len(subject.split()) <= _LEAD_SUBJECT_WORDS:
            return subject
    return ""


_LEAD_SUBJECT_WORDS = 12


def _unit_of_owner(question: Question, sentence: str, article: str) -> bool:
    """The sentence names the asked unit's office ("Ulaşım Müdürü") and the article names that
    unit with the asked owner ("Kerkük Belediyesi Ulaşım Müdürlüğü")."""
    if not (article and question.office_of and question.office_place and holds_office(question, sentence)):
        return False
    place = "|".join(map(re.escape, with_softened(question.office_place)))  # "Öğretmenliği bölümü"
    unit = rf"(?<!\w)(?:{place})\w*\s+{re.escape(question.office_of)}"
    return re.search(unit, turkish_lower(article)) is not None and _holds_owner(sentence, question.office_of)


# A name and the acronym it is given in brackets: "Irak Türkmen İş İnsanları Birliği (ITİB)".
_SPELLED = re.compile(rf"((?:[{_UPPER}][\w.&-]*\s+(?:ve\s+)?)+)\(([{_UPPER}]{{2,}})\)")


def spelled_out(sentence: str, article: str) -> str:
    """The sentence with each acronym the article spells out followed by its name."""
    for name, acronym in _SPELLED.findall(article):
        sentence = re.sub(rf"(?<!\w){acronym}(?!\w)", f"{acronym} ({name.strip()})", sentence)
    return sentence


def _title_names_another(question: Question, sentence: str, title: str) -> bool:
    """"Musul Spor'un teknik direktörü kim?": the sentence gives the office with no name of its
    owner ("Teknik direktör Hakan Beyatlı"), so it is of the article's subject, and the title
    names one of the asked kind by another name ("Kerkük Gençlik Spor, …")."""
    name = question.office_name
    if not name or names_office_owner(question, sentence):
        return False
    runs = list(_NAME.finditer(title))
    for match in runs:
        owner = _owner_run(name, match)
        if owner - set(name) and not set(name) <= owner:  # "Dostluk Hastanesi" is Kerkük's
            return True
    # "Kerkük Türkmen Gençlik Spor, Erbil Zeravani'yi 3-1 Yendi": the coach is the winner's
    return _object_of(name, title)


def lead_names_another(question: Question, sentence: str, article: str) -> bool:
    """The office is given with no name of its owner, and the article's opening makes the asked
    owner its object: "Kerkük Gençlerbirliği, sahasında Telafer Sporu'nu 3-1 mağlup etti" (the
    title, in title case, says no case): "Teknik direktör Hasan Kayacan" is the winner's."""
    name = question.office_name
    if not name or names_office_owner(question, sentence):
        return False
    return any(_object_of(name, opening) for opening in split_sentences(article)[:3])


def names_office_owner(question: Question, sentence: str) -> bool:
    """The sentence names the owner of the office asked ("Musul Spor'un teknik direktörü")."""
    name = question.office_name
    return bool(name) and roots_held(sentence, set(name)) == len(name)


def _owner_run(name: tuple[str, ...], match: re.Match) -> set[str]:
    """The stems of a name run up to the asked owner's last word (none if it lacks it)."""
    run = [stem(turkish_lower(_bare(word))) for word in match.group().split()]
    return set(run[:run.index(name[-1]) + 1]) if name[-1] in run else set()


def _object_of(name: tuple[str, ...], text: str) -> bool:
    """The text names the owner in the accusative or dative after another name of several words:
    the object of what that one did."""
    runs = list(_NAME.finditer(text))
    return any(set(name) <= _owner_run(name, match) and _OBJECT_CASE.search(match.group()) and any(
        other.start() < match.start() and len(other.group().split()) > 1
        and "\n" not in other.group() for other in runs)  # (not the title, in title case, over the lead)
        for match in runs)


# A name in the accusative or dative ("Zeravani'yi", "Musul'a"): the title's object, not its subject.
_OBJECT_CASE = re.compile(rf"[{APOSTROPHES}](?:y?[ıiuü]|y?[ae]|n[ıiuü]|n[ae])$")


# "kim şarkı söyledi": the bare noun before the verb names a deed, whose doer is "şarkıcı".
_DEED_ASKED = re.compile(r"(?<!\w)kim(?:ler)?\s+([^\W\d_]{3,})\s+[^\W\d_]+\W*$")
_ABSTRACT = re.compile(r"l[ıiuü]k$")


def _doer(lowered: str) -> str | None:
    """The doer of the deed a "kim" question asks about, as Turkish derives it with -CI
    ("kim şarkı söyledi" → "şarkıcı", "kim futbol oynadı" → "futbolcu"): a sentence naming a
    "şarkıcı Songül Altunköprülü" answers it, though it says neither "söyledi" nor the event."""
    asked = _DEED_ASKED.search(lowered)
    if asked is None or asked.group(1) in STOPWORDS or _ABSTRACT.search(asked.group(1)):
        return None  # "kim önderlik etti": a -lik noun's doer is no "-likçi"
    deed = asked.group(1)
    vowel = high_vowel_after(deed)
    return deed + ("ç" if deed[-1] in VOICELESS else "c") + vowel if vowel else None


def names_doer(question: Question, sentence: str) -> bool:
    """The sentence names the doer a "kim" question's deed asks for ("şarkıcı"); True when
    none is asked."""
    return question.doer is None or question.doer in turkish_lower(sentence)


def tells_another_fate(question: str, sentence: str) -> bool:
    """The sentence counts people by a death or a birth the question does not ask ("kaç kişi yaralandı": not
    "Bir önceki yıl … 101 kişi ölmüştü", though "kaç kaza oldu" is answered there); another wording of
    the asked deed is no other fate ("kaç kişi katıldı": "112 güreşçi mindere çıkmıştı")."""
    def fates(text: str) -> set[str]:
        return idiom_verbs(text) | ({"öl"} if _DIED.search(turkish_lower(text)) else set())

    return Question.read(question).unit == "kişi" and bool(fates(sentence) - fates(question))


_DIED = re.compile(r"(?<!\w)öl(?:d[üu]|m[üu]ş|en|ecek|eceğ|dü[ğk])")


def ends_on_who(question: str) -> bool:
    """The question ends on "kim" itself after a noun, no deed asked ("… İsviçre Reformu lideri kimdi?"; not "Telafer
    raporunu açıklayan kim?", whose participle has an object)."""
    return _ENDS_ON_WHO.search(turkish_lower(question)) is not None


_ENDS_ON_WHO = re.compile(r"(?<!\w)\w+(?<![ae]n)\s+kim(?:ler)?(?:d[ıi]r?|m[ıi]ş)?\W*$")


def asks_own_deed(question: str) -> bool:
    """The question ends in a verb of its own ("yayınlanacak"), not a light one after a noun ("bağışı yaptı")."""
    return _deed_pattern(question) is not None


def says_deed(question: str, sentence: str) -> bool:
    """For "nerede", "ne zaman" and "kim", the sentence says the asked deed in some tense, as a
    participle or a verbal noun ("Tuzhurmatu'da doğdu", "doğan" for "nerede doğmuştu", not the
    obituary's opening on where he died; "duyurdu" for "kim duyurdu", not who decided); True
    when the question ends in no verb or a light one ("yapıldı", "hibe edildi")."""
    deed = _deed_pattern(question)
    if deed is None:  # "ne zaman restore edildi": the noun before a light verb, however inflected
        noun = _deed_noun(question)  # ("restorasyonu tamamlandı"); "ne zaman yapıldı": worded otherwise
        return noun is None or re.search(rf"(?<!\w)(?:{noun}|{_said_also_as(noun)})",
                                         turkish_lower(sentence)) is not None
    # in either voice ("düzenlendi" says "kim düzenledi"'s deed), but a passive participle only
    # with its doer: "Bakü'de düzenlenen konferans" says nothing of who did it; nor does a thing that opened its
    # doors ("… Fuarı, … Salonu'nda kapılarını açtı" for "fuarı kim açtı?")
    lowered = turkish_lower(sentence)
    lowered = _OPENED_ITSELF.sub("", lowered) if _asks_doer(question) else lowered
    # "nereye defnedildi": "Musalla Mezarlığı'nda toprağa verildi" (a stem's dropped vowel aside: "destekliyor")
    otherwise = _DEED_OTHERWISE.get(deed.removesuffix("[ae]?"))
    # a "t" softened before a vowel: "gidiyordu" is said by "gitmek", "gitti" by "gideceğini"
    deed = re.sub(r"(?<=\w[aeıioöuü])[dt](?=(?:\[ae\]\?)?$)", "[dt]", deed)
    # (a passive names no doer a "kim" question asks, "… sergisi, 20 Kasım'da … açıldı" for "kim açtı", unless it
    # says who otherwise: "… Derneği'nin katkılarıyla düzenlendi")
    # (a passive participle says the deed where no doer is asked: "2022 yılında açılan bölümden" for "hangi yıl
    # açıldı")
    doer = _asks_doer(question)
    not_participle = _NOT_PARTICIPLE if doer else ""
    return (re.search(rf"(?<!\w){deed}{_DEED_ENDING}", lowered) is not None
            or _asks_which_or_who(question) and re.search(rf"(?<!\w){deed}{_CONVERB_ENDING}", lowered) is not None
            or (not doer or _AGENT_PHRASE.search(lowered))
            and re.search(rf"(?<!\w){deed}[ıiuü]?[ln]{not_participle}{_DEED_ENDING}", lowered) is not None
            or re.search(rf"tarafından\s+(?:\w+\s+){{0,2}}{deed}[ıiuü]?[ln][ae]n(?!\w)", lowered) is not None
            or bool(otherwise and re.search(otherwise, lowered)))


_NOT_PARTICIPLE = r"(?![ae]n(?!\w))"
_ASKS_WHO = re.compile(r"(?<!\w)kim(?:ler)?(?!\w)")
_OPENED_ITSELF = re.compile(r"(?<![ıiuü]n\s)(?<!\w)kapıların[ıi]\s+(?:\w+\s+)?aç\w*")  # ("fuarın kapılarını")
# a passive's doer said otherwise: "… Kerkük Kültür Derneği'nin katkılarıyla düzenlendi"
_AGENT_PHRASE = re.compile(r"(?<!\w)(?:tarafından|katılımıyla|katkı\w*|işbirliğ\w*|öncülüğ\w*|ev\s+sahipliğ\w*"
                           r"|organizasyon\w*|himaye\w*|desteğiyle)(?!\w)")


@lru_cache(maxsize=256)  # (asked of every sentence read)
def _asks_which_or_who(question: str) -> bool:
    return Question.read(question).asked in (Asked.PERSON, Asked.NAME)


@lru_cache(maxsize=256)  # (asked of every sentence read)
def _asks_doer(question: str) -> bool:
    """"kim açtı": who did it, in the active voice ("kim seçildi" asks who it was done to)."""
    lowered = turkish_lower(question)
    found = _TOKEN.findall(lowered)
    stem = verb_stem(found[-1]) if found else None
    return bool(_ASKS_WHO.search(lowered) and stem and not _PASSIVE.fullmatch(stem))


def says_asked_verb(question: str, sentence: str) -> bool:
    """The sentence says the question's own verb, where it has one of content (not "yapıldı")."""
    return _deed_pattern(question) is not None and says_deed(question, sentence)


def object_held(question: str, sentence: str, any_case: bool = False) -> bool:
    """The sentence holds the question's object in a case other than the genitive: "Telafer
    raporunu kim açıkladı?" is said by "Raporu kamuoyuna açıklayan …", not by "Raporun konut
    bölümünü hazırlayan … açıkladı" (what it told is of the report); True when the question
    has no plain object ("raporunu", a possessed noun in the accusative). ``any_case``: named at
    all, the genitive too ("Fizibilite çalışmasının kendisi ise … hazırlandı")."""
    objects = {min(stem(word), root(word), key=len) for word in words(turkish_lower(question))
               if _ACCUSATIVE_POSSESSED.search(word)}  # "golünü": "gol", as "golle" says it
    said = [word for word in words(turkish_lower(sentence)) if any_case or not is_genitive(word)]
    return all(any(word.startswith(held) for word in said) for held in objects)


_ACCUSATIVE_POSSESSED = re.compile(r"[^aeıioöuü][ıiuü]n[ıiuü]$")  # "raporunu", "kitabını"


def tells_background(sentence: str) -> bool:
    """The sentence tells a past before the news: it ends on "-mIştI" ("… 2 kişi hayatını
    kaybetmişti"), recalls it ("… 2021 yılında da bir otobüs kazası yaşandığını ve o kazada 7
    kişinin öldüğünü hatırlattı"), or opens on an earlier period with nothing of the present
    ("Geçen yıl aynı dönemde domatesin kilogramı 750 dinardı", not "Geçen ay … satılan domates,
    bu hafta 1.250 dinara indi")."""
    lowered = turkish_lower(sentence)
    return (_BACKGROUND.search(sentence) is not None or _RECALLED.search(lowered) is not None
            or (_EARLIER_PERIOD.search(lowered) is not None and _PRESENT.search(lowered) is None))


def reported_before(sentence: str) -> bool:
    """The sentence's past before the news is only its report or decision ("… tonunu 850 bin dinardan alacağını
    duyurmuştu", "… en fazla 12 bin dinar alabileceğine karar vermişti"): what was announced may hold still."""
    return _REPORTED_BEFORE.search(turkish_lower(sentence)) is not None


_REPORTED_BEFORE = re.compile(r"(?:duyur|açıkla|bildir|söyle|belirt|kaydet|ilan\s+et|karar\s+ver|onayla|kabul\s+et)"
                              r"m[ıiuü]şt[ıiuü]\W*$")  # (a decision taken before holds now too)


def figure_in_background(sentence: str, figure: str) -> bool:
    """The figure is told in a part of the sentence that tells a past before the news: a quote's own sentence
    ("Aynı hatta 2023'te de sızıntı olmuştu. O zaman 60 varil petrol akmıştı. …" dedi)."""
    if not figure:
        return False
    said = re.compile(rf"(?<![\d.,]){re.escape(figure)}(?![\d])")  # ("18" is not "2018'de")
    inner = next((part for part in re.split(r"(?<=[.!?])\s+", sentence) if said.search(part)), "")
    return inner != sentence and tells_background(inner.strip("\"“”'» "))


def asks_the_news(question: str, asked: Question) -> bool:
    """A figure or a winner asked of no year, edition or earlier past: the news answers it
    before its background ("ikinci festivale …", "inşaatı ne zaman başlamıştı" ask the
    background itself; "derbiyi kim kazandı" is not "Geçen sezon … kazanmıştı")."""
    return ((asked.asked is Asked.NUMBER or asks_winner(question)) and not asked.years
            and not edition_asked(question) and not tells_background(question)
            and not _LASTING_SIZE.search(turkish_lower(question)))


# a size a thing keeps, which a sentence recalling it tells as well as the news: "köprü kaç metre uzunluğunda?" is
# "… 145 metre uzunluğunda olduğunu hatırlattı"
_LASTING_SIZE = re.compile(r"(?<!\w)(?:uzunluğ|yüksekliğ|genişliğ|derinliğ)\w*\s*(?:ne(?:dir)?|kaç\w*)?\s*\??\s*$")


# A figure a change starts from, and the one it ends at: "38'den 61'e çıktı", "5 binden 8 bine
# yükseldi", "yüzde 12'den yüzde 9'a düştü".
_CHANGED_FROM = re.compile(rf"[{APOSTROPHES}]?n?[dt][ae]n\s+"
                           rf"((?:yüzde\s+)?[\d.,]*\d(?:\s+(?:{'|'.join(SCALE_WORDS)}))?)"
                           rf"[{APOSTROPHES}]?\w*(?:\s+([^\W\d_]+))?\s+(?:çık|yüksel|art|düş|geril|in|ulaş)")


def _changed_to(sentence: str, span: str) -> str | None:
    """The figure a change from ``span`` ends at ("38'den 61'e çıktı": "61"; "45 kişiden 120 kişiye
    çıkarıldı": "120 kişi"); None when none starts there."""
    at = sentence.find(span)
    # (a span read with its ablative: "16 saatten 20 saate çıkarıyor")
    ablative = re.search(r"(?<=[^\W\d_]{3})[dt][ae]n$", span)
    changed = _CHANGED_FROM.match(sentence, at + len(span) - (3 if ablative else 0)) if at >= 0 else None
    if not changed:
        return None
    unit = span[:-3].split()[-1] if ablative else span.split()[-1]
    said_again = unit.isalpha() and turkish_lower(changed.group(2) or "").startswith(turkish_lower(unit))
    return f"{changed.group(1)} {unit}" if said_again else changed.group(1)


_RECALLED = re.compile(r"(?<!\w)(?:hatırlat|anımsat)\w*")
_PRESENT = re.compile(r"(?<!\w)(?:bu\s+(?:yıl|ay|hafta|sezon|dönem)|bugün|şu\s+anda|artık)(?!\w)")
_BACKGROUND = re.compile(r"\w{2,}m[ıiuü]şt[ıiuü](?:l[ae]r)?\W*$")
_EARLIER_PERIOD = re.compile(r"^(?:\w+,?\s+){0,2}(?:geçen|önceki|bir\s+önceki)\s+(?:yıl|sezon|ay|hafta|dönem)\w*(?!\w)")


def reports(question: str, text: str) -> bool:
    """The text says the question's deed and all its own words ("restorasyonu tamamlandı" for
    "köprü ne zaman restore edildi"), or, where its only verb is a light one, all its names
    ("… Festivali altıncı kez … gerçekleştirildi" for "… Festivali ne zaman yapıldı")."""
    roots = reported_roots(question)
    return (bool(roots) and roots_held(text, roots) == len(roots) and says_deed(question, text)
            and _DONE.search(text) is not None and _SAID.search(turkish_lower(text)) is None)


# A sentence ending on a deed done ("… kapılarını açtı.", "… gerçekleştirildi."), not on one
# going on ("… yükünü taşıyordu") or told of ("… yapıldığını tahmin ediyor").
_DONE = re.compile(r"(?<!yor)(?<!m[ıiuü]ş)[dt][ıiuü](?:l[ae]r)?\W*$")
# … or on what someone said of it ('"… kutlamaktan vazgeçmedik" dedi', "… olduğunu söyledi").
_SAID = re.compile(r"(?<!\w)(?:dedi|söyledi|belirtti|açıkladı|kaydetti|vurguladı|ifade\s+etti)\w*\W*$")


def reported_roots(question: str) -> set[str]:
    """The question's own words but light verbs, with its names when no noun is among them
    ("Nurlu Gelecek Ortaokulu hangi yıl kuruldu?" is not reported by "… robotik kulübü de kuruldu")."""
    terms = key_terms(question)
    own = {root for root in predicate_roots(question, terms) if not _LIGHT_STEM.fullmatch(root)}
    verb = (_TOKEN.findall(turkish_lower(question)) or [""])[-1]
    if all(verb.startswith(root[:max(2, len(root) - 1)]) for root in own):
        own |= {word[0] for term in terms for word in term.roots}
    return own


def _deed_noun(question: str) -> str | None:
    """The noun a light verb makes a deed of, as a stem: "ne zaman restore edildi" → "resto",
    "kabul etti" → "kabul"; None for none ("ne zaman yapıldı")."""
    found = _TOKEN.findall(turkish_lower(question))
    light = verb_stem(found[-1]) if len(found) > 1 else None
    if (light and light.startswith("yap") and len(found) > 2 and _ASKING_WORD.match(found[-2])
            and _OBJECT_DONE.fullmatch(found[-3])):
        return re.escape(stem(found[-3]))  # "ilk kaydını nerede yapmış": the recording ("İlk kaydı … yaptık")
    if done := done_by_passive(question):
        return done  # ("ödemeler ne zaman yapılacak": the payments, not a statement "yapacağını" duyurdu on 15 June)
    if (not light or not _LIGHT_STEM.fullmatch(light) or found[-2] in STOPWORDS or _ASKING_WORD.match(found[-2])
            or found[-3:-2] == ["hangi"] and found[-2].startswith(_TIME_ASKED)):  # ("hangi tarihte yapıldı")
        return None
    return re.escape(stem(found[-2]))


_TIME_ASKED = ("tarih", "gün", "yıl", "ay", "saat", "dönem", "hafta", "sene")  # "hangi tarihte": asking words
# the object a "yapmak" does, in the accusative with its possessive: "kaydını", "açılışını", "toplantısını"
_OBJECT_DONE = re.compile(r"\w{3,}(?:s[ıiuü]n[ıiuü]|[^aeıioöuü][ıiuü]n[ıiuü])")


_ASKING_WORD = re.compile(r"kim|ne|kaç|nere|hangi|nasıl|zaman")
def done_by_passive(question: str) -> str | None:
    """The verbal noun a passive "yapıl" does, before the question words: "ödemeler ne zaman yapılacak" → "ödeme"."""
    found = _TOKEN.findall(turkish_lower(question))
    light = verb_stem(found[-1]) if len(found) > 1 else None
    asked_at = next((at for at in range(len(found) - 2, 0, -1) if not _ASKING_WORD.fullmatch(found[at])), 0)
    done = _DONE_NOUN.fullmatch(found[asked_at]) if light and light.startswith("yapıl") else None
    if done is None:
        return None
    # a possessed one, "Nevruz kutlaması", is said by its verb too: "Nevruz Bayramı'nı … kutladı"
    return re.escape(done["verb"] if done["possessed"] and len(done["verb"]) > 3 else f"{done['verb']}{done['noun']}")


# a verbal noun a passive "yapıl" does: "ödemeler", "kutlaması"
_DONE_NOUN = re.compile(r"(?P<verb>\w{2,})(?P<noun>m[ae])(?:l[ae]r|(?P<possessed>s[ıi]|l[ae]r[ıi]))?")


def made_deed(question: str) -> str | None:
    """The noun the question's "etmek" makes a deed of ("kaç ton bal ihraç etti" → "ihraç"); None
    for none, or for a noun another light verb takes as its object ("kaç öğrenciye burs verecek",
    "kaç oy aldı": the count's sentence may not say "burs" or "oy")."""
    said = _TOKEN.findall(turkish_lower(question))
    return _deed_noun(question) if said and _MAKING.fullmatch(verb_stem(said[-1]) or "") else None


def says_made_deed(question: str, sentence: str) -> bool:
    """The sentence says that deed ("8 tonu Türkiye'ye ihraç edildi", not "46 ton bal ürettiğini")."""
    noun = made_deed(question)
    return noun is not None and re.search(rf"(?<!\w){noun}", turkish_lower(sentence)) is not None


_MAKING = re.compile(r"(?:et|ed)(?:[ıiuü]?l|[ıiuü]?n)?")  # "ihraç etti", "inşa edildi": a deed made of a noun
_TAKING = re.compile(r"al(?:[ıi]n)?|gör")  # "sertifika aldı", "zarar gördü": a deed named by what was taken


def body_does(question: Question, asked: str) -> bool:
    """"hangi firma yapacak": a body asked as the doer, in the nominative ("hangi takımı yenerek"
    asks whom it beat; "finanse eden kuruluş hangisi" names the deed before it)."""
    return question.body is not None and re.search(
        rf"(?<!\w)hangi\s+(?:\w+\s+)?{question.body}(?!\w)", turkish_lower(asked)) is not None


def life_event_unsaid(question: str, sentence: str) -> bool:
    """A question on where or when one was born, died or was buried, and a sentence saying not
    that event ("nereye gömüldü": not "… 1941 yılında Tuzhurmatu'da doğdu"): an obituary tells
    them all, each in its own sentence. Other deeds are worded too many ways to be asked so."""
    return _deed_pattern(question) in _LIFE_EVENTS and not says_deed(question, sentence)


_LIFE_EVENTS = frozenset({"doğ", "öl", "göm", "defned"})


def says_own_deed(question: str, sentence: str) -> bool:
    """The sentence says the question's own verb ("yöneten" for "kim yönetti"); False for a
    question ending on no verb or on a light one ("yapıldı"), which any sentence may word otherwise."""
    return _deed_pattern(question) is not None and says_deed(question, sentence)


_LIGHT_STEM = re.compile(r"(?:yap|ed|et|ol|kıl|ver|bul|gel|geç|al)(?:[ıiuü]?l|[ıiuü]?n)?")
_DEED_ENDING = (r"(?:[dt][ıiuü]|y?[ae]n(?!\w)|[dt][ıiuü][kğ]|m[ıiuü]ş|[ıiuü]?yor|y?[ae]c[ae][kğ]|[ae]r(?!\w)"
                r"|m[ae](?:y[ıiae]|s[ıi]|k|l[ae]r)|[ıiuü]ş)")  # the verbal nouns: "kazanmayı başardılar",
# "kutlamalarla", "1991'deki kuruluşundan", "açılışını"
# a converb says who or which did it ("… finalinde Zagros Spor'u 78-71 yenerek şampiyon oldu", "yenip"), but dates or
# counts another clause's deed ("Başvurular 1 Nisan'da başlayarak …" for when the exchange starts)
_CONVERB_ENDING = r"(?:y?[ae]r[ae]k|y?[ıiuü]p(?!\w))"


def opens_on_subject(question: str, sentence: str) -> bool:
    """The sentence opens on a common noun of the question's own ("Kooperatifin …" for "… kooperatifinin kaç üyesi
    var?"): it speaks of the question's subject by its kind."""
    first = _TOKEN.findall(turkish_lower(sentence))[:1]
    opening = stem(first[0]) if first else ""
    return len(opening) >= _SUBJECT_STEM and any(
        word.startswith(opening) for word in _TOKEN.findall(question) if word[:1].islower())


_SUBJECT_STEM = 5  # letters an opening word's stem needs to be read as the question's noun


def done_by(sentence: str, name: str) -> bool:
    """The sentence names ``name`` as the doer of a passive: "… Yesevi Kültür Vakfı tarafından karşılanıyor"."""
    at = sentence.find(name)
    return at >= 0 and _BY_AGENT.match(sentence, at + len(name)) is not None


_BY_AGENT = re.compile(rf"(?:[{APOSTROPHES}]\w+)?\s+tarafından(?!\w)")


def names_no_one(question: str, sentence: str) -> bool:
    """The sentence has no capitalised word the question has not (its first word aside): it names no one."""
    asked = {stem(turkish_lower(_bare(word))) for word in _TOKEN.findall(question)}
    return not any(word[:1].isupper() and stem(turkish_lower(_bare(word))) not in asked
                   for word in _TOKEN.findall(sentence)[1:])


def holds_office(question: Question, sentence: str) -> bool:
    """The sentence names the office a "kim" question asks the holder of ("Başhekim Dr. …"
    for "başhekimliğini kim yapıyor"), or the role asked; True when neither is asked."""
    if question.office is None:
        return question.role is None or roots_held(sentence, {question.role}) > 0
    *rank, office = question.office.split()
    # (not the office as a body, a name in capitals: "Kerkük Sağlık Müdürlüğü'ne bağlı … paramedik", "Valiliği'nce";
    # the post is said in lower case, "müdürlüğüne atanan", "danışmanlığını … üstlendi")
    lowered = turkish_lower(sentence if office.startswith("başkan") or _POST_TAKEN.search(sentence)
                            else _OFFICE_AS_BODY.sub(" ", sentence))
    if question.former is not None:  # "yeni başkanı kim": not "önceki genel başkanı Nihat Bayatlı"
        other = (_CURRENT if question.former else _FORMER).pattern
        if re.search(rf"{other}(?:\w+\s+)?{office}", lowered):
            return False
    if any(word.startswith(_DEPUTY) for word in question.named) and not re.search(
            rf"(?<!\w){office}\w*\s+{_DEPUTY}|(?<!\w){_DEPUTY}\s+{office}", lowered):
        return False  # "başkan yardımcısı kim", "yardımcı antrenörü kim": the head is no deputy
    if not rank and (_takes_on_office(lowered, office) or _leads_owner(question, sentence)):
        return True  # "yönetmenliğini ise … Genel Sanat Yönetmeni Sabah Nurettin Ercan üstlendi": the post asked
    if office in _RUNNING_OFFICES and question.former and _RUNS.search(lowered):
        # a former head is told by what they ran ("derneğin eski başkanı kim": "Derneği altı yıldır yöneten Necat
        # Bayatlı bu dönem aday olmadı"); who "… listesini yönetti" is no council's head
        return True
    return (_says_office(lowered, office) and all(re.search(rf"(?<!\w){r}\s+{office}", lowered) for r in rank)
            and not anothers_office(question, sentence) and not _deputy_only(question, lowered, office))


def _leads_owner(question: Question, sentence: str) -> bool:
    """The sentence says who heads the asked office's owner by the post ("… Prof. Dr. Kemal Tuzlu başkanlığındaki
    ekip" for "kazı ekibinin başkanı kim?"), whatever other title it gives them ("Bölümü Başkanı")."""
    if not (question.office and question.office_of):
        return False
    office = question.office.split()[-1]
    return re.search(rf"(?<!\w){office}l[ıiuü][kğ][ıiuü]nda(?:ki)?\s+(?:[^\W\d_]+\s+){{0,2}}?{question.office_of}",
                     turkish_lower(sentence)) is not None


_RUNNING_OFFICES = ("başkan", "müdür")  # the heads of a body, who run it ("yöneten")
_RUNS = re.compile(r"(?<!\w)yönet(?:en|ti|miş|ir|iyor|tiği|mektedir)\w*")

# the post itself, given or taken: "Telafer Kaymakamlığı görevine getirilen", "Telafer Kaymakamlığına Dr. Nermin
# Oğuz'u atadı"
_POST_TAKEN = re.compile(r"(?<!\w)(?:görevine|koltuğuna|ata(?:dı|ndı|nan|yan)|getiril|seçil|üstlen)\w*", re.IGNORECASE)
_OFFICE_AS_BODY = re.compile(rf"(?<=\s)[{_UPPER}][^\W\d_]+l[ıiuü][kğ][^\W\d_]*(?:[{APOSTROPHES}]\w+)?")


def _takes_on_office(lowered: str, office: str) -> bool:
    """The sentence says someone took on the post ("yönetmenliğini … üstlendi", "şefliğini … yaptı"),
    whatever other title it gives them."""
    # (the post bare, its owner the sentence's subject: not "Kerkük Türkmeneli Spor'un teknik direktörlüğünü
    # üstlenen …" for another club's coach, nor "Telafer Belediye Başkanlığını yürüten …")
    return re.search(rf"(?:^|[;,:]\s*|(?<!\w)(?:ise|ve)\s+)(?:(?:{'|'.join(_RANK_WORDS)})\s+)?"
                     rf"(?:{'|'.join(_office_words(office))})l[ıiuü][kğ][ıiuü]n[ıiuü]\s+(?:\S+\s+){{0,10}}?"
                     rf"(?:üstlen|yap|yürüt|sürdür)\w*", lowered) is not None


def _says_office(lowered: str, office: str) -> bool:
    """A word of the sentence begins with the office, alone or in a compound of rank ("başhekim"
    for "hekim"), or the other name news gives it ("teknik direktör" for "antrenör"); not a word
    that only holds its letters ("Festivali" for "vali")."""
    return re.search(rf"(?<!\w)(?:{'|'.join(_HEAD_RANKS)})?(?:{'|'.join(_office_words(office))})", lowered) is not None


_DEPUTY = "yardımcı"
_HEAD_RANKS = ("baş", "büyük")  # "başhekim", "baş antrenörü", "büyükelçi": the office's head, no owner


_COACH_KINDS = ("kaleci", "kondisyon")  # "kaleci antrenörü", "kondisyoner": a coach of one part, not the coach


def _deputy_only(question: Question, lowered: str, office: str) -> bool:
    """Every mention of the office is its deputy's ("Müdür Yardımcısı Gönül Şahbaz" is no
    müdür) or one on its behalf ("Kerkük Valisi adına Vali Yardımcısı …"), and no deputy was
    asked ("müdür yardımcısı kim")."""
    # the word after each mention (not "başkanlık etti"), or the deputy or the kind before it
    # ("yardımcı antrenör", "kaleci antrenörü")
    # (of the asked owner's office only: "düzenleme kurulu başkanı ve … Belediye Başkan Yardımcısı" names
    # no mayor)
    # (the office said bare, where it is never said with its owner: "Bakan Yardımcısı Elnur Memmedli" for "tarım
    # bakanı kim")
    for owned in ([rf"{re.escape(question.office_of)}\w*\s+"] if question.office_of else []) + [""]:
        around = re.findall(rf"(?<!\w)((?:{'|'.join((_DEPUTY, *_COACH_KINDS))})\w*\s+)?{owned}{office}"
                            r"(?!l[ıiuü][kğ])\w*(?:\s+(\w+))?", lowered)
        if around:
            break
    return (bool(around) and all(before or after.startswith(_DEPUTY) for before, after in around if after != "adına")
            and not any(word.startswith(_DEPUTY) for word in question.named))


# "2014'ten bu yana", "2011 yılından beri": where a span starts, not when anything happened
_SINCE_AFTER = re.compile(rf"(?:[{APOSTROPHES}]\w+)?(?:\s+yıl\w*)?\s+(?:beri|bu\s+yana)(?!\w)")
_ASKS_SINCE = re.compile(r"(?<!\w)(?:beri|bu\s+yana|itibaren)(?!\w)")
# What places a coming event in time without a calendar date: "önümüzdeki ay", "yaz aylarında",
# "yıl sonuna kadar", "iki hafta içinde", a month or a weekday named alone.
_COMING_TIME = re.compile(
    r"(?<!\w)(?:önümüzdeki|gelecek|yarın|haftaya|seneye|yakında|bahar|ilkbahar|sonbahar|yaz|kış"
    rf"|{'|'.join(MONTH_NUMBERS)}|{'|'.join(WEEKDAYS)})\w*"
    r"|\w+\s+(?:sonunda|sonuna|başında|ortasında|içinde|sonra)(?!\w)")


_NEXT_WORDS = re.compile(r"\s+(\w+)(?:\s+(\w+))?")


def _dates_another(question: Question, sentence: str, match: re.Match) -> bool:
    """"2014'teki DEAŞ işgali": a date with "-deki" is the one of the noun after it, which
    answers "hastane ne zaman açıldı" no more than another sentence's date would."""
    if _MADE_IN.match(sentence, match.end()):
        return True  # "2009 model", "2019 yapımı": when a thing was made, not when anything happened
    deed = question.predicate or question.deed_said
    if (participle := _PARTICIPLE_AFTER.match(sentence, match.end())) and deed and len(deed) > 1 and not (
            turkish_lower(participle.group(1)).startswith(deed)) and roots_held(sentence[participle.end():], {deed}):
        return True  # "2021 yılında kurulan kooperatif, ikinci şubesini geçen salı … açtı": the founding's year
    converb = _CONVERB_AFTER.match(sentence, match.end())
    asked = verb_stem(question.predicate) if question.predicate else None
    if converb and asked and not turkish_lower(converb.group(1)).startswith(asked[:3]):
        return True  # "15 Temmuz'da başlayıp 20 Ağustos'ta sona erecek": the start's day, not the end asked
    if (owner := _DEED_OWNING_DATE.search(sentence, 0, match.start())) and deed and not deed.startswith(
            _ASKING_FRAGMENTS) and not _same_deed(turkish_lower(owner.group(1)), deed) and not any(
            turkish_lower(owner.group(1)).startswith(named[:5]) for named in question.named if len(named) > 2):
        return True  # "köprünün son kapsamlı onarımının 1984 yılında yapıldığını": the repair's year, not the
        # building's
    year_of = _YEAR_DESCRIBES.match(sentence, match.end())  # "2018 yılındaki yangının"
    if not (_DESCRIBES.search(match.group()) or year_of):
        return False
    # ("1991'deki kuruluşundan" is the founding's, asked; "1964 yılındaki ilk büyük dava olan Costa v ENEL'de": the
    # noun and its name a few words on)
    after = (words(sentence[year_of.end():])[:_DESCRIBED_WORDS] if year_of
             else [word for word in (_NEXT_WORDS.match(sentence, match.end()) or _NO_MATCH).groups() if word])
    return bool(after) and not any(stem(turkish_lower(word)) in question.named or any(
        turkish_lower(word).startswith(named) for named in question.named if len(named) > 3)
        or len(question.deed_said or "") > 2 and turkish_lower(word).startswith(question.deed_said or "-")  # "yangının"
        for word in after)


# a deed's noun owning the date right after it: "onarımının 1984 yılında", "açılışının 12 Mart'ta"
# (a verbal noun's suffix after a vowel: "onarım", "açılış", "yapılması"; not "çarşının", a plain noun's "ş")
_DEED_OWNING_DATE = re.compile(r"(?<!\w)([a-zçğıöşü]{3,}(?:[ıiuü]m|m[ae]s|[ıiuü]ş))[ıiuü]n[ıiuü]n\s+$")
# the question's own asking words, read as its last word before a light verb ("ne zaman yapıldı" → "zama"): no deed
_ASKING_FRAGMENTS = ("zama", "yıl", "tarih", "gün", "ay", "hang", "saat", "kaç")
# deeds said with another word: "inşa edildi" is "yapımı"
_SAME_DEEDS = (frozenset({"inşa", "yapım", "inşaat"}),)


def _same_deed(noun: str, deed: str) -> bool:
    """The deed noun names the asked deed ("açılışının" for "açıl"; "yapımının" for "inşa")."""
    return noun.startswith(deed[:4]) or any(noun.startswith(tuple(same)) and deed.startswith(tuple(same))
                                           for same in _SAME_DEEDS)


# (in lower case: "1895 yılında Alman mühendis …" is no participle)
_PARTICIPLE_AFTER = re.compile(r"(?:\s+yılında)?\s+([a-zçğıöşü][^\W\d_]{2,}(?<![dt])[ae]n)(?!\w)")
_YEAR_DESCRIBES = re.compile(r"\s+yılın[dt][ae]ki(?!\w)", re.IGNORECASE)
# a deed done, then another: "başlayıp" (not a noun ending so: "kulüp binasında", "ekip üyelerinin")
_CONVERB_AFTER = re.compile(r"\S*\s+(?!(?:ekip|grup|kulüp|sahip|kalıp|tip|cip|jip|kayıp)\b)"
                            r"([a-zçğıöşü]{2,}y?[ıiuü]p)(?!\w)")
_DESCRIBED_WORDS = 5
_NO_MATCH = re.match(r"()", "")
_MADE_IN = re.compile(r"\s+(?:model|yapımı|üretimi)(?!\w)", re.IGNORECASE)


def _since(sentence: str, match: re.Match) -> bool:
    return bool(_SINCE_AFTER.match(sentence, match.end()))


def _said_periods(question: Question, sentence: str, published: str | None) -> list[Period]:
    return [period for match in _DATE.finditer(sentence)
            if not _named(question, match.group()) and not _since(sentence, match)
            and (period := said_period(match.group(), published))]


def out_of_time(question: Question, sentence: str, published: str | None) -> bool:
    """The sentence's dates place it where the question does not: "ne zaman açılacak" or "bir
    sonraki maç" is not answered by a day before the article's ("8 Mart'ta oynanan
    karşılaşma" in an article of 9 March), "ne zaman oynandı" not by a day after it, nor
    "nerede düzenlendi" by a sentence only of a later year than the article's ("2026
    baharında Tuzhurmatu'da düzenlemeyi planladığını")."""
    try:
        day = parse_period(published)
    except ValueError:  # a malformed stored date: nothing to place it against
        return False
    if day is None or question.tense is None:
        return False
    said = _said_periods(question, sentence, published)
    if question.asked is Asked.DATE:
        if question.tense is Tense.FUTURE:
            return bool(said) and all(period.last < day.first for period in said)
        return bool(said) and all(period.first > day.last for period in said)
    if question.tense is Tense.PAST:
        return bool(said) and all(period.first.year > day.first.year for period in said)
    return False


def gives_no_time(question: Question, sentence: str) -> bool:
    """A "ne zaman açılacak" sentence with no date nor any word placing the event in time
    ("ilçeye ayrıca üç yeni ambulans verileceğini"): the article's own day is not when a
    coming event happens, as it may be for one already reported."""
    return (question.tense is Tense.FUTURE and question.asked is Asked.DATE and not _candidates(question, sentence)
            and not _COMING_TIME.search(turkish_lower(sentence)))


_ERA = re.compile(r"(?<!\w)(?:dönem|yüzyıl|asır|çağ[ıd]|yıl\s+önce)")


def dates_no_deed(question: str, asked: Question, sentence: str, title: str) -> bool:
    """A "ne zaman / hangi yıl" question answered by a sentence with no date nor its deed, under
    a title not saying it either ("Leyla Beyatlı hangi yıl seçildi?": "… Başkanı Leyla Beyatlı,
    festivalin bütçesinin … söyledi"): the article's own day dates nothing asked."""
    return (asked.asked is Asked.DATE and asked.tense is not Tense.FUTURE and _deed_pattern(question) is not None
            and not _ERA.search(turkish_lower(question))  # "hangi döneme tarihleniyor": an era, worded as eras are
            and not placed_in_time(asked, sentence)
            and not _ERA.search(turkish_lower(sentence))  # "Abbasiler döneminde, yaklaşık bin yıl önce"
            and not says_deed(question, sentence) and not says_deed(question, title))


def dates_anniversary(question: str, asked: Question, sentence: str) -> bool:
    """A founding asked ("Birlik Sesi ne zaman kuruldu?") of a sentence dating an anniversary's celebration
    ("… kuruluşunun ellinci yılını dün akşam … kutladı"): its day is the party's, not the founding's."""
    # (one that dates the founding too is its answer: "14 Mayıs 2004'te yayına başlayan …, 20. kuruluş yıl dönümünü")
    return (asked.asked is Asked.DATE and _deed_pattern(question) in ("kur", "kurul")
            and _ANNIVERSARY.search(turkish_lower(sentence)) is not None and not _YEAR_NUMBER.search(sentence))


def ones_own(question: str, sentence: str, figure: str) -> bool:
    """The sentence gives the figure as someone's own share ("Bayram, kendi bahçesindeki 300 ağaçtan … 18 ton hurma
    topladığını"), where the question asks of no one's own (not "… 1,1 milyon dolarını Bakanlık karşıladı, geri
    kalanını şirket kendi kaynaklarından …": the figure before it is no one's own)."""
    at = sentence.find(figure) if figure else -1
    own = _OWN.search(turkish_lower(sentence[:at])) if at > 0 else None
    # (the owner the question names has its own: "Belediye kendi bütçesinden 2 milyar dinar ayırdı")
    owner = {stem(word) for word in words(turkish_lower(sentence[:own.start()]))[-3:]} if own else set()
    return (own is not None and not re.search(r"[,;]", sentence[own.end():at])
            and _OWN.search(turkish_lower(question)) is None and not roots_held(question, owner))


# (or a speaker's: "Sadece benim otobüsüm ilk gün 1.100 yolcu taşıdı")
_OWN = re.compile(r"(?<!\w)(?:kendi(?:si|leri)?(?:ne|nin)?\s+\w+"
                  r"|benim\s+(?![^\W\d_]*[dt][ıiuü]ğ)[^\W\d_]+[ıiuü]?m(?!\w))")


def another_numbered(question: str, sentence: str, article: str) -> str | None:
    """The numbered thing the sentence speaks of is not the asked one: "3 numaralı hatta bilet ücreti" is not
    "Bilet fiyatı 500 dinar" of an article about the "7 numaralı otobüs hattı"; "Yeni otobüs hattı kaç yolcu
    taşıdı?" of that article is not "2023'te açılan 3 numaralı hat günde ortalama 2.600 yolcu taşıyor". The asked
    one as the question names it ("3 numaralı hat"), else "bu"; None where the sentence is of the asked one."""
    lead = _NUMBERED.search(article)
    if lead is None:
        return None
    kind = _numbered_kind(lead)  # (the lead's numbered thing: "3 numaralı okulun önünden" is no line)
    asked = {found.group(1) for found in _NUMBERED.finditer(question) if _same_kind(_numbered_kind(found), kind)}
    said = {found.group(1) for found in _NUMBERED.finditer(sentence) if _same_kind(_numbered_kind(found), kind)}
    of = said or {lead.group(1)}
    if asked & of if asked else not said or lead.group(1) in said:
        return None
    named = _NUMBERED.search(question)
    return f"{named.group(1)} {named.group(2)} {_without_case(named.group(3).split()[0])}" if named else "bu"


def _numbered_kind(found: re.Match) -> set[str]:
    """The roots of the two words after "N numaralı" ("otobüs hattı": otobüs, hat): what is numbered."""
    return {root(without_suffix(turkish_lower(word))) for word in found.group(3).split()}


def _same_kind(one: set[str], other: set[str]) -> bool:
    """A root of one begins one of the other ("hat" and "hatt" of "hattı")."""
    return any(len(a) > 2 and len(b) > 2 and (a.startswith(b) or b.startswith(a)) for a in one for b in other)


# "7 numaralı otobüs hattı", "3 nolu hat"
_NUMBERED = re.compile(rf"(?<![\d.,])(\d+)\s+(numaralı|nolu|no[{APOSTROPHES}]lu)\s+(\w+(?:\s+[^\W\d_]+)?)",
                       re.IGNORECASE)


def of_a_similar_one(question: str, sentence: str) -> bool:
    """The sentence tells of another thing like the asked one ("benzer bir servisin 2025 yılında Sincar'da da
    açılmasının planlandığını"), where the question asks of the one itself, not of a second or another."""
    lowered = turkish_lower(question)
    # (one the question names a place or a name of: "Sincar'da kardiyoloji servisi ne zaman açılacak?")
    names = {turkish_lower(_bare(found.group()).split()[0]) for found in _NAME.finditer(question)
             if found.start() > 0 or set(found.group()) & set(APOSTROPHES)} - set(QUESTION_OPENERS)
    return (_SIMILAR.search(turkish_lower(sentence)) is not None and _SIMILAR.search(lowered) is None
            and _ANOTHER_ASKED.search(lowered) is None and not _ordinal_nouns(question)
            and not roots_held(sentence, names)) or _older_one(lowered, turkish_lower(sentence))


def _older_one(question: str, sentence: str) -> bool:
    """The question asks of a new thing, the sentence tells of the first or the old one ("Yeni öğrenci yurdu ne
    zaman açıldı?": "Vakfın 2019 yılında … açtığı ilk yurt …")."""
    new = re.search(r"(?<!\w)yeni\s+(?:[^\W\d_]+\s+)?([^\W\d_]{3,})", question)
    head = stem(new.group(1)) if new else ""
    # ("ilk kez direkt uçuş" is the new flight's first time, no first flight)
    return bool(head) and re.search(rf"(?<!\w)(?:ilk(?!\s+(?:kez|defa|olarak)(?!\w))|eski|önceki)\s+"
                                    rf"(?:[^\W\d_]+\s+)?{re.escape(head[:4])}",
                                    sentence) is not None and "yeni" not in sentence


_SIMILAR = re.compile(r"(?<!\w)(?:benzer\s+bir|bir\s+benzeri|benzeri\s+bir)(?!\w)")
_ANOTHER_ASKED = re.compile(r"(?<!\w)(?:başka|diğer|ikinci|yeni\s+bir)(?!\w)")


def dates_first_time(question: str, asked: Question, sentence: str) -> bool:
    """A date asked of a deed done again ("Kütüphane ne zaman yeniden açıldı?") and a sentence dating the first
    time only ("Kütüphane ilk olarak 1972 yılında … kurulmuştu"): its day is not the one asked."""
    return (asked.asked is Asked.DATE and _AGAIN.search(turkish_lower(question)) is not None
            and _AGAIN.search(turkish_lower(sentence)) is None
            and _FIRST_OR_FOUNDED.search(turkish_lower(sentence)) is not None)


def dates_again(asked: Question, sentence: str) -> bool:
    """The sentence dates a deed done again ("… dün düzenlenen törenle yeniden okurlarına kavuştu")."""
    return _AGAIN.search(turkish_lower(sentence)) is not None and placed_in_time(asked, sentence)


_AGAIN = re.compile(r"(?<!\w)(?:yeniden|tekrar)(?!\w)")
_FIRST_OR_FOUNDED = re.compile(r"(?<!\w)(?:ilk\s+(?:olarak|kez|defa)|kurul(?:du|muş|an|duğu|ması)\w*|kuruluş\w*)")
_ANNIVERSARY = re.compile(r"(?<!\w)kuruluş\w*\s+(?:\S+\s+){0,2}yıl\w*\s+(?:\S+\s+){0,10}?kutla")


def dates_start_only(question: str, asked: Question, sentence: str) -> bool:
    """A date asked of an opening or a completion ("Ağsu Kanalı ne zaman açıldı?") and a sentence
    dating only the start of the building ("… Ağsu Kanalı'nın temeli dün … atıldı", "hastanenin
    inşaatının 2027'de başlaması planlanıyor"), not saying the asked deed."""
    lowered = turkish_lower(sentence)
    return (asked.asked is Asked.DATE and _COMPLETION_ASKED.search(turkish_lower(question)) is not None
            and _BUILDING_STARTS.search(lowered) is not None and not says_deed(question, sentence)
            and _COMPLETION_SAID.search(lowered) is None)


def until_unsaid(question: str, sentence: str) -> bool:
    """"ne zamana kadar" asks an end ("Sergi 20 Mayıs'a kadar … ziyaret edilebilecek"); the sentence dates no end
    ("… serginin haziran ayında Erbil'e taşınacağını": a move)."""
    return _UNTIL_ASKED.search(turkish_lower(question)) is not None and not _UNTIL_SAID.search(turkish_lower(sentence))


_UNTIL_ASKED = re.compile(r"(?<!\w)ne\s+zamana\s+kadar(?!\w)")
_UNTIL_SAID = re.compile(rf"(?<!\w)(?:\d{{1,2}}\s+)?(?:{'|'.join(MONTH_NUMBERS)}|\d{{4}})\w*"
                         rf"(?:[{APOSTROPHES}]\w+)?\s+kadar")


def dates_end_only(question: str, asked: Question, sentence: str) -> bool:
    """A start asked ("turne ne zaman başlıyor?") and a sentence dating only the end ("Turne, 2 Nisan'da … sona
    erecek"), not saying the asked deed."""
    return (asked.asked is Asked.DATE and _START_ASKED.search(turkish_lower(question)) is not None
            and _END_SAID.search(turkish_lower(sentence)) is not None and not says_deed(question, sentence)
            and not _START_SAID.search(turkish_lower(sentence)))  # ("1 Nisan'da başlayıp 30 Nisan'da sona erecek")


_START_ASKED = re.compile(r"(?<!\w)başl[aı]\w*\W*$")
_START_SAID = re.compile(r"(?<!\w)başl[aı]\w*")  # ("başlıyor": its "a" dropped)
_END_SAID = re.compile(r"(?<!\w)(?:sona\s+er|bit(?:ti|ecek|er|iyor)|kapan)\w*")


# An opening or a completion asked, as the question's verb: "ne zaman açıldı", "hizmete girdi",
# "tamamlandı", "bitti" (not "bitirilmesi hangi tarih için planlanmıştı")
_COMPLETION_ASKED = re.compile(r"(?<!\w)(?:açıl|hizmete\s+gir|tamamlan|bit(?:ti|ecek|er|iril)|faaliyete\s+geç"
                               r"|yenilen|onarıl|restore\s+edil)\w*\W*$")
# A completion said in any words: "kullanıma sunuldu", "2022 yılında bitirildi", "eğitime başladı"
_COMPLETION_SAID = re.compile(r"(?<!\w)(?:açıl|tamamlan|bitiril|bitti|hizmete|kullanıma|faaliyete|eğitime\s+başla)\w*")
# The start of a building: its foundation laid, its construction begun
_BUILDING_STARTS = re.compile(r"(?<!\w)temel\w*\s+(?:\S+\s+){0,5}atıl\w*|temel\s+atma"
                              r"|(?:inşaat|yapım|yenileme|onarım|restorasyon)\w*\s+(?:\S+\s+){0,3}başla\w*"
                              # "mart ayında başlayan yenileme çalışmalarının": the start of the works
                              r"|başla(?:yan|dığı)\s+(?:\S+\s+)?(?:inşaat|yapım|yenileme|onarım|restorasyon)\w*")


def dates_to_the_year(asked: Question, sentence: str) -> bool:
    """A date of the sentence names its year, or a day the article's year is read with ("kasım ayı sonunda" does
    not: the article's date is said beside it)."""
    return any(not _MONTH_ALONE.fullmatch(span) or re.search(r"\d{4}", span) for span in _candidates(asked, sentence))


def gives_date(asked: Question, sentence: str) -> bool:
    """A date of the sentence may answer: not one of another thing ("2018 yılındaki yangının")."""
    return bool(_candidates(asked, sentence))


def dates_asked_deed(question: str, asked: Question, sentence: str) -> bool:
    """The sentence dates the asked deed: a date or a time word, and the deed said."""
    return placed_in_time(asked, sentence) and says_deed(question, sentence)


def placed_in_time(asked: Question, sentence: str) -> bool:
    """The sentence places something in time: a date, a day named relative to its article's, or a
    word of time ("sonbaharda", "haziranda")."""
    return (bool(_candidates(asked, sentence)) or names_relative_day(sentence)
            # (a month or a season places nothing in a year asked: "23 Şubat tarihli … sayı" for "hangi yıl kuruldu?")
            or not asked.year and _COMING_TIME.search(turkish_lower(sentence)) is not None)


# A sentence whose last verb is still to come: "… saat 10.00 ile 20.00 arasında ziyarete açık
# olacak", "… ödülün verilmesi planlanıyor", "85 yayınevinin katılması bekleniyor".
_ANNOUNCES = re.compile(r"\w[ae]c[ae]k(?:l[ae]r)?(?:d[ıi]r)?\W*$"
                        # reported: "… karşılayacağını da duyurdu", "ödüllerin … açıklanacağı bildirildi",
                        # "… öneri sunacaklarını duyurdu"
                        r"|\w[ae]c[ae](?:ğ[ıi]|kl[ae]r[ıi])(?:n[ıi])?\s+(?:d[ae]\s+)?"
                        r"(?:söyle|açıkla|duyur|bildir|belirt|kaydet|tahmin\s+e[dt])\w*\W*$"
                        # a plan: "… 500 yetim çocuğa kıyafet dağıtmayı planlıyor", "… açılması hedefleniyor"
                        r"|(?<!\w)(?:planl[ıa]|hedefl[ie]|öngörül)\w*\W*$")
# "… katılmasının beklendiğini söyledi", "ödülün verilmesi planlanıyor", "… yayımlanması
# hedefleniyor", "… yayını başlatmayı planladığını açıkladı": not yet so
# A plan, a goal or a talk dates only itself, not the deed: "… açılmasını hedeflediklerini belirtti",
# "… seferlerinin başlatılması gündeme geldi" (a warning's expected days are what it was of)
_PLANNED = re.compile(r"(?<!\w)(?:planl[aı]|hedefl|gündeme\s+gel)\w*")
# (reported: "hedeflediklerini belirtti"; not a relative clause of a deed done, "hedefledikleri 10 bin
# kişinin üzerinde, 14 bin kişi katıldı"; a talk only where it is the sentence's one deed)
_EXPECTED = re.compile(r"(?:planlan[ıi]yor|bekleni[yl]or|öngörülüyor|hedefleniyor|hedefliyor|planlıyor)\W*$"
                       r"|(?<!\w)(?:beklendiğini|planlandığını|öngörüldüğünü|hedeflendiğini|hedefle(?:diklerini|diğini)"
                       r"|planla(?:dıklarını|dığını))(?!\w)")
_TALKED_OF = re.compile(r"[^\W\d_]+m[ae]s[ıi]\s+gündeme\s+gel(?:di|miş)\w*\W*$")
_DONE_BEFORE = re.compile(r"\w[dt][ıiuü](?:[,;]|\s+ve\s)")  # "… ile görüştü; görüşmede …"


def _only_talked_of(lowered: str) -> bool:
    """"… seferlerinin başlatılması gündeme geldi": the deed was only talked of, and nothing else
    said done before it."""
    talk = _TALKED_OF.search(lowered)
    return talk is not None and _DONE_BEFORE.search(lowered, 0, talk.start()) is None


# A promise is a deed not yet done ("seçim vaatleri arasında", "… açacağına söz verdi"), unless
# kept; not a promise told in passing ("… hibe etmeye söz verdiği Virginia kolonisine göç etti",
# "çözümler vaat eden politikalar").
_PROMISED = re.compile(r"(?<!\w)(?:vaatler\w*|vaadi\w*)|(?<!\w)(?:vaat\s+etti|söz\s+verdi)\w*\W*$"
                       # "… açılmasının 2025 yılı planları arasında bulunduğunu açıkladı" (not "planları arasında
                       # yer alan sistem … kuruldu")
                       r"|(?<!\w)planlar\w*\s+arasında\s+(?:bulun|yer\s+al)\w*(?:\s+\w+)?\W*$")
_DONE_PROMISE = re.compile(r"(?<!\w)(?:yerine\s+getir|tuttu)\w*")


def forecasts(sentence: str) -> bool:
    """The sentence tells a forecast ("… seyredeceğini tahmin ediyor", "… olması bekleniyor")."""
    return _FORECAST.search(turkish_lower(sentence)) is not None


_FORECAST = re.compile(r"(?<!\w)(?:tahmin\w*|bekleniyor|öngörülüyor)(?!\w)")


def speaks_of_coming(sentence: str) -> bool:
    """The sentence speaks of what is to come: a verb still to come, a plan or an expectation, or a
    word of coming time ("ilçeye 12 Ocak'ta iki ambulans teslim edildi" speaks of none: a month may be past)."""
    lowered = turkish_lower(sentence)
    return any(pattern.search(lowered) for pattern in (_ANNOUNCES, _EXPECTED, _PLANNED, _COMING_WORD))


# (talks still going: "… yapılması için görüşmelerin sürdüğünü"; not "onarılması için çalışma başlatıldı ve …
# tamamlandı")
_COMING_WORD = re.compile(r"(?<!\w)(?:önümüzdeki|gelecek|yarın|haftaya|seneye|yakında)(?!\w)"
                          r"|m[ae]s[ıi]\s+için\s+(?:görüşme|çalışma|hazırlık)\w*\s+(?:sür|devam)")


def names_later_time(sentence: str) -> bool:
    """A later time a sum is planned for: "gelecek yıl", "önümüzdeki ay" ("2027'de" is not read: a year may
    be past)."""
    return _LATER_TIME.search(turkish_lower(sentence)) is not None


_LATER_TIME = re.compile(r"(?<!\w)(?:önümüzdeki|gelecek|seneye|haftaya)\s+\w+")


def announces_only(question: Question, sentence: str) -> bool:
    """A figure or a person asked of a deed done ("kaç kişi ziyaret etti", "kim kazandı") and a
    sentence that only announces it: the result of an event not yet held is not in it."""
    if question.tense is not Tense.PAST or _does_asked_deed(question, sentence):
        return False
    lowered = turkish_lower(sentence)
    if _PROMISED.search(lowered) and not _DONE_PROMISE.search(lowered):
        return True  # "… vaatleri arasında … kreş açılması bulunuyordu": no day it opened
    if _EXPECTED.search(lowered) or _only_talked_of(lowered):  # (a storm's expected days are what a warning was of,
        # but a plan's date is not when it was done: "ikinci otobüsün 2026'da … planlandığını")
        deed = question.deed or question.predicate  # ("ne kadarı toplandı": "… 30 bin tonun toplandığını")
        if question.asked is Asked.NUMBER and deed and any(
                (_NUMBER.search(clause) or _PARTITIVE.search(clause)) and roots_held(clause, {deed})
                and not _EXPECTED.search(turkish_lower(clause)) for clause in re.split(r"[;,]", sentence)):
            return False  # "… aracından dördü teslim edildi; kalan iki aracın eylül ayına kadar gelmesi bekleniyor"
        return question.asked is not Asked.DATE or _PLANNED.search(lowered) is not None
    # a plan that gives the asked figure, in the asked unit, answers a past question loosely put
    # ("kaç öğrenciye burs sağladı": "150 üniversite öğrencisine … burs ödenecek"; not "sabah 10'dan
    # akşam 8'e kadar açık kalacağını" for "kaç kişi geldi"); a plan answers no "hangisiydi"
    return _announces_plan(sentence) and (not question.factoid or not gives_asked_figure(question, sentence))


def _does_asked_deed(question: Question, sentence: str) -> bool:
    """The sentence's last verb is the deed a person is asked of, done ("bunu kim açıkladı?": "… rekoltesi
    beklendiğini, … toplandığını açıkladı"): what was announced is not asked."""
    last = words(turkish_lower(sentence))[-1:]
    return (question.asked is Asked.PERSON and bool(question.agent_of) and bool(last)
            and re.fullmatch(rf"{question.agent_of}\w*?[dt][ıiuü]", last[0]) is not None)


def gives_asked_figure(question: Question, sentence: str) -> bool:
    """A figure of the sentence is the asked one, in the asked unit where one is asked."""
    return fit(question, sentence) >= (2 if question.unit else 1)


def _announces_plan(sentence: str) -> bool:
    """The sentence announces what is to come; a deed reported done beside it is no plan ("… fon
    oluşturduğunu ve … yararlanacağını açıkladı")."""
    lowered = turkish_lower(sentence)
    return (_ANNOUNCES.search(lowered) is not None and _REPORTED_DONE.search(lowered) is None
            and _DONE_AND.search(sentence) is None)


def reports_plan(question: Question, sentence: str) -> bool:
    """A past question answered by a plan ("Kerkük'te kaç hız kamerası kuruldu?": "… 20 yeni hız kamerası daha
    kurulacağını açıkladı"), or one asking what is so now by more to come ("kaç köye su götürüyor?": "… hat, 2025
    yılı içinde beş köye daha uzatılacak"; not a rule to come, "… aynı anda üç kitap ödünç alabilecek"): loosely
    put, it answers only where nothing done does."""
    return question.asked is Asked.NUMBER and (
        question.tense is Tense.PAST and _announces_plan(sentence)
        or question.ongoing and _MORE_TO_COME.search(turkish_lower(sentence)) is not None)


# more of a thing to come: "… beş köye daha uzatılacak", "… 20 yeni kamera daha kurulacak"
_MORE_TO_COME = re.compile(r"(?<!\w)daha\s+(?:\w+\s+)?\w+?[ae]c[ae][kğ]")


_REPORTED_DONE = re.compile(r"\w[dt][ıiuü][ğk][ıiuü]n[ıiuü](?!\w)")  # "oluşturduğunu", "ettiğini"
# a deed done, then what is to come: "Karar … 11 kabul, 4 ret oyuyla alındı ve 1 Mart'tan itibaren uygulanacak"
_DONE_AND = re.compile(r"(?<![\w'’])[a-zçğıöşü]{2,}[dt][ıiuü]\s+ve\s")


_YEAR_AND_NOUN = re.compile(r"(?<![\d.])(1[89]\d\d|20\d\d)\s+([a-zçğıöşü]{3,})")


def _names_another_years(question: str, sentence: str) -> str | None:
    """The year the sentence names a thing of, where the question names the same thing of
    another year ("2023 bütçesi" asked, "2024 bütçesi" said)."""
    asked = {stem(noun)[:4] for _, noun in _YEAR_AND_NOUN.findall(turkish_lower(question))}
    return next((year for year, noun in _YEAR_AND_NOUN.findall(turkish_lower(sentence))
                 if stem(noun)[:4] in asked and not noun.startswith("yıl")), None)


def year_told_as_past(question: str, asked_as: Question, sentence: str, article: str,
                      published: str | None) -> tuple[str, str] | None:
    """(asked, the article's year) when the article names the asked year only in sentences telling the past before
    its news ("Geçen yıl, 2023'te düzenlenen ilk kursa ise 95 öğrenci katılmış …", "… 2019 yılında Türkiye'ye
    yapmış, … vermişti") and the sentence, naming no year, tells the news: "Kursun en yüksek puanını … Zeynep
    Nurettin aldı" in an August 2024 report is 2024's, no answer to "2023 yılında en yüksek puanı kim aldı?"."""
    asked = set(_YEAR_NUMBER.findall(question))
    lowered = turkish_lower(sentence)
    if (not asked or not published or not published[:4].isdigit() or published[:4] in asked
            or _YEAR_NUMBER.search(sentence) or tells_background(sentence) or _LAST_YEAR.search(lowered)
            or asked_as.office):  # (a post held on: "2023'te başkan kimdi?" may be today's head)
        return None
    naming = [said for said in split_sentences(article) if any(re.search(rf"(?<!\d){year}(?!\d)", said)
                                                                for year in asked)]
    if naming and all(tells_background(said) for said in naming) and all(int(year) < int(published[:4])
                                                                          for year in asked):
        return min(asked), published[:4]
    return None


def another_year(question: str, sentence: str, published: str | None = None,
                 title: str = "") -> tuple[str, str] | None:
    """(asked, said) when a factoid asks about a year ("2024 yılını kaç kârla kapattı",
    "festivalin 2023 bütçesi") and the sentence gives its fact for another one only ("2023
    yılını 38,4 milyar dinar net kârla kapattı", "bütçesi 2024 yılında 320 milyon dinar
    oldu"): its figure is not the asked year's. "Bu yıl" may be the asked year; a question
    asking when has other years for answers. Who held an office is said by an article
    ``published`` in the asked year or later that gives only earlier years, when the tenure
    began ("2021'de görevi devralan Genel Müdür Zeynep Neftçi" in August 2023 is 2023's). A
    sentence naming no year is of the year its article reports on, which a ``title`` may name
    (a January 2026 report "… 2025 yılında …": "Kazalarda 87 kişi hayatını kaybetti" is 2025's,
    "Bir önceki yıl … 101 kişi ölmüştü" 2024's)."""
    read = Question.read(question)
    asked_kind = read.asked
    if asked_kind is Asked.DATE:
        return None
    seasons, said_seasons = year_spans(question), year_spans(sentence)
    if seasons and said_seasons and not seasons & said_seasons:  # "2022-2023 sezonu" is not "2023-2024"'s
        return "-".join(min(seasons)), "-".join(min(said_seasons))
    if seasons and not said_seasons and (titled := year_spans(title)):
        # under "… 2021-2022 sezonu tamamlandı", "Şampiyonluğu … Altunköprü Gençlerbirliği kazandı" is
        # 2021-2022's; "Bir önceki sezonun şampiyonu …" under a 2023-2024 title is 2022-2023's
        if before := season_before_said(sentence, title):
            return None if before in seasons else ("-".join(min(seasons)), "-".join(before))
        if not seasons & titled:
            return "-".join(min(seasons)), "-".join(min(titled))
    asked = set(_YEAR_NUMBER.findall(question))
    said = years_of(sentence)
    lowered = turkish_lower(sentence)
    if asked and not seasons and not said and said_seasons and not any(
            int(start) <= int(year) <= int(end) for year in asked for start, end in said_seasons) and not any(
            re.search(rf"(?<!\d){year}(?!\d)", sentence) for year in asked) and not _RELATIVE_YEAR.search(sentence):
        # "2027'de kaç öğrenciye": not "2025-2026 eğitim öğretim yılında"
        return min(asked), "-".join(min(said_seasons))
    if (asked and not said and published and published[:4].isdigit() and not _YEAR_NUMBER.search(sentence)
            and _OPENS_LAST_YEAR.match(lowered) and (_BACKGROUND.search(lowered) or _OF_LAST_YEAR.match(lowered)
                                                     or _ENDS_IN_PAST.search(lowered) and not _REPORTED.search(lowered)
                                                     and not _LAST_YEAR_PARTICIPLE.match(lowered))
            and not _THIS_YEAR.search(lowered)):
        # "ya 2024'te?": "Geçen sezon … derbiyi Türkmeneli Spor 2-1 kazanmıştı" in March 2024 is 2023's,
        # as is "Geçen yılın bütçesi 14,9 milyar dinardı" in a report of 2024's budget
        # (not "Geçen yıl … görevi devralan dernek başkanı …, … söyledi": the hand-over was, the report is)
        before = str(int(published[:4]) - 1)
        return None if before in asked else (min(asked), before)
    if (asked and not said and not _YEAR_NUMBER.search(sentence) and _OPENS_YEAR_BEFORE.match(lowered)
            and (before_said := year_before_said(sentence, title, published))):
        return None if str(before_said) in asked else (min(asked), str(before_said))
    if (asked and not said and published and published[:4].isdigit() and not _YEAR_NUMBER.search(sentence)
            and _THIS_YEAR.search(lowered) and published[:4] not in asked and asked_kind is not Asked.PERSON
            and not (_LAST_YEAR.search(lowered) and str(int(published[:4]) - 1) in asked)):
        # "2019 Kardeşlik Kupası finalinde …": "Turnuvanın bu yılki …" in September 2023 is 2023's
        # (not "bu yılın bütçesinin 412 …, geçen yıl bu rakamın 356 milyar dinar" in 2024: 2023's too)
        return min(asked), published[:4]
    if (asked and not said and published and published[:4].isdigit() and not _YEAR_NUMBER.search(sentence)
            and read.tense is not Tense.FUTURE and not read.since and _ENDS_IN_PAST.search(sentence)
            and all(int(year) > int(published[:4]) and year not in title for year in asked)):
        # "2024'teki Kerkük Kitap Fuarı'nı kaç kişi ziyaret etti?": "… 31 bin ziyaretçi …" in a 2023 report
        # (naming 2024 for the next fair) is no year's after it; what will be is ("2020'den itibaren …
        # kaç dinar olacak?" in a December 2019 report)
        return min(asked), published[:4]
    if (not said and published and published[:4].isdigit() and not _YEAR_NUMBER.search(sentence)
            and not _THIS_YEAR.search(lowered) and not _LAST_YEAR.search(lowered)):
        # "2019 ilçe seçiminde katılım oranı": in a 2023 report, "katılım oranı yüzde 58 oldu" is
        # 2023's; a year naming the thing ("2019 seçimi", "2023 bütçesi") two or more years before
        # the article is another edition's than the one a sentence naming no year speaks of
        editions = [year for year in _YEAR_NAMING.findall(question) if int(year) + 2 <= int(published[:4])]
        if editions:
            return min(editions), published[:4]
        # "geçen yıl (2022) kaç kişi gelmişti", read in a 2023 report: "festivali toplam 15 bin kişi
        # ziyaret etti" tells its own year's; the year before is the one it says "geçen yıl" of
        # (unless its title names that year: a January report on last year's accidents)
        before, reported = str(int(published[:4]) - 1), str(reported_year(title, published))
        if asked == {reported}:
            return None
        if asked and reported in title and all(int(year) < int(reported) for year in asked):
            return min(asked), reported  # "Kerkük'te 2025 yılında …": 2025's, not 2024's
        if asked and reported in title and _ENDS_IN_PAST.search(sentence) and not _YEAR_OF_A_PARTICIPLE.search(
                title) and not _A_MONTH.search(lowered) and all(int(year) > int(reported) for year in asked):
            # "… kiraları 2024'te yüzde 22 arttı" of January 2025: "Yılın ilk çeyreğinde 450 bin dinar olan
            # ortalama kira, son çeyrekte 550 bin dinara ulaştı" is 2024's, not 2025's first quarter
            return min(asked), reported
        return (before, published[:4]) if asked == {before} and _LAST_YEAR.search(turkish_lower(question)) else None
    if asked and not any(year in sentence for year in asked) and (named := _names_another_years(question, sentence)):
        return min(asked), named  # "Tuzhurmatu Belediyesinin 2023 bütçesi": not its "2024 bütçesi 74 milyar dinar"
    if not asked or not said or any(year in sentence for year in asked) or _THIS_YEAR.search(lowered):
        return None
    if (asked_kind is Asked.PERSON and published and published[:4].isdigit()
            and max(said) <= min(asked) <= published[:4]):
        return None
    return min(asked), said[0]


# a month the sentence names is of the article's own year ("Ocak ayında ise … yüzde 5 daha yükseldi" in January)
_A_MONTH = re.compile(r"(?<!\w)(?:ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık)"
                      r"(?:\s+ay)?\w*", re.IGNORECASE)
# a year of a participle, not of the report: "2024'te kapanan çimento fabrikası yeniden açıldı"
_YEAR_OF_A_PARTICIPLE = re.compile(rf"(?<!\d)(?:19|20)\d\d[{APOSTROPHES}]\w+\s+\w+?(?:[ae]n|[dt][ıiuü]ğ[ıiuü])(?!\w)")


def says_year(sentence: str, year: str, published: str | None, event: bool = False, title: str = "") -> bool:
    """The sentence gives its fact for ``year``: it names it, or says "geçen yıl" in an article
    of the year after ("2019 yılı mali sonuçları" reported in February 2020: "Şirketin geçen
    yılki cirosu …") or "bu yıl" in one of that year. Not a sentence with no year in an article
    of that year: results come out in the year after ("Bankanın kârı … yüzde 9 arttı" in
    March 2024 is 2023's); but an ``event`` (a match won) is reported in its own year, and a
    ``title`` naming the year names the sentence's ("… 2024 bütçesini kabul etti": "Kabul
    edilen bütçe toplam 18,6 milyar …")."""
    lowered = turkish_lower(sentence)
    if re.search(rf"(?<!\d){year}(?!\d)", sentence):
        return True
    if re.search(rf"(?<!\d){year}(?!\d)", title) and not _YEAR_NUMBER.search(sentence) and not (
            _LAST_YEAR.search(lowered)):
        return True
    if not published or not published[:4].isdigit():
        return False
    if event and published[:4] == year and not _YEAR_NUMBER.search(sentence) and not _LAST_YEAR.search(lowered):
        return True
    return ((bool(_LAST_YEAR.search(lowered)) and int(published[:4]) - 1 == int(year))
            or (bool(_THIS_YEAR.search(lowered)) and published[:4] == year))


def shares_figure(text: str, title: str) -> bool:
    """The text gives a figure the title gives too (a year aside): the article's headline figure."""
    figures = lambda text: set(_FIGURE.findall(text)) - set(_YEAR_NUMBER.findall(text))  # noqa: E731
    return bool(figures(text) & figures(title))


_FIGURE = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)*(?![\d.,]?\d)")


def years_named(text: str) -> list[int]:
    """The years a text names ("2023 yılı", "2024'te")."""
    return [int(year) for year in _YEAR_NUMBER.findall(text)]


_ORDINAL_WORD = "|".join(ORDINAL_WORDS.values())
# An edition: "birinci festivale", "3. etap", "Üçüncü Erbil Türkmen Kültür Festivali" (the
# name between the ordinal and the thing it numbers is capitalised).
_EDITION = re.compile(rf"(?<![\w.])(?:(\d{{1,3}})\.|(?i:({_ORDINAL_WORD})))\s+(?:bir\s+)?"  # ("ikinci bir imalathane")
                      rf"((?:[{_UPPER}][\w'’-]*\s+(?:ve\s+)?){{0,4}}\w+)")
# "Hoyrat ve Türkü Festivali'nin beşincisi": the edition said after the name it numbers
_EDITION_OF = re.compile(rf"((?:[{_UPPER}][\w-]*\s+(?:ve\s+)?){{0,4}}[{_UPPER}][\w-]*)[{APOSTROPHES}]n?[ıiuü]n\s+"
                         rf"(?i:({_ORDINAL_WORD}))s[ıiuü](?!\w)")
# "bu yıl ikincisini düzenlediği Altın Kalem Şiir Ödülü", "üçüncüsü yapılan festival": the edition
# said as a pronoun before the participle that names it
_EDITION_BY = re.compile(rf"(?<!\w)(?i:({_ORDINAL_WORD}))s[ıiuü](?:n[ıiuü])?\s+(?:\w+\s+)?"
                         rf"(?:düzenle|yapıl|gerçekleştir)\w*?(?:[dt][ıiuü]ğ[ıiuü]|[ae]n|y?[ae]c[ae]ğ[ıi])"
                         rf"\s+((?:[{_UPPER}][\w'’-]*\s+(?:ve\s+)?){{0,4}}\w+)")
_ORDINAL_NUMBER = {word: number for number, word in ORDINAL_WORDS.items()}


def _editions(text: str) -> list[tuple[int, list[str]]]:
    """The editions a text names: each number, with the words that may be the thing it
    numbers (the capitalised name after it, and the word that ends it; or the name before
    it: "… Festivali'nin beşincisi")."""
    out = []
    for match in _EDITION.finditer(text):
        number = int(match.group(1)) if match.group(1) else _ORDINAL_NUMBER[turkish_lower(match.group(2))]
        out.append((number, [turkish_lower(w) for w in match.group(3).split()]))
    for match in _EDITION_OF.finditer(text):
        out.append((_ORDINAL_NUMBER[turkish_lower(match.group(2))], [turkish_lower(w) for w in match.group(1).split()]))
    for match in _EDITION_BY.finditer(text):
        out.append((_ORDINAL_NUMBER[turkish_lower(match.group(1))], [turkish_lower(w) for w in match.group(2).split()]))
    return out


def _thing_asked(named: list[str]) -> str | None:
    """The thing a question's edition numbers: the last word of a name ("Beşinci Kerkük Kitap
    Fuarı"), else the word after the ordinal ("birinci festivale"), as its stem."""
    return _head_noun(_bare(named[-2] if len(named) > 1 else named[0]))


def first_time_asked(question: str) -> tuple[int, str] | None:
    """"Kerkük Kitap Fuarı ilk kez ne zaman düzenlendi?" asks of the first fair: (1, "fuar")."""
    named = _FIRST_TIME.search(question)
    return (1, head) if named and (head := _head_noun(_bare(turkish_lower(named.group(1))))) else None


_FIRST_TIME = re.compile(r"(\S+)\s+ilk\s+(?:kez|defa|kere)(?!\w)")  # the thing is the word before


def _head_noun(word: str) -> str | None:
    head = stem(word)
    if re.search(r"[aeıioöuü]s$", head) and re.match(rf"{head}[ıiuü]", word):
        head = head[:-1]  # the stemmer keeps a possessive's s: "kongresi" → "kongres", said "kongre"
    if not head.isalpha() or head.startswith(_TIMES) or head in STOPWORDS or len(head) < 3:
        return None
    return head


# A place in a ranking: "ikinci olan", "üçüncü geldi", "birinciliği kazandı" (not "ikinci kez",
# "ikinci yarı").
_RANK_IN_CASE = re.compile(rf"(?<!\w)({_ORDINAL_WORD})(?:y[ae]|n[ıiuü]n|d[ae]n)(?!\w)")  # "üçüncüye"
_RANK = re.compile(rf"(?<!\w)({_ORDINAL_WORD})(?:(?:\s+kim)?\s+(?:olan|oldu|olduğu|gelen|geldi|sıra(?:yı|ya|da\w*))"
                   r"(?!\w)"
                   r"|l[ıiuü][kğ]\w*|s[ıiuü](?!\w))",  # "birinciliği", "bölüm birincisi"
                   re.IGNORECASE)


# A superlative and its opposite: an article that says only the opposite extreme ("en yüksek")
# gives no figure for the asked one ("en düşük sıcaklık": the record high is no low).
_OPPOSITES = {"düşük": "yüksek", "az": "çok|fazla", "küçük": "büyük", "ucuz": "pahalı", "soğuk": "sıcak",
              "genç": "yaşlı", "kısa": "uzun"}
_LOW = frozenset(_OPPOSITES)  # the low side of each pair
_OPPOSITES |= {other: asked for asked, others in list(_OPPOSITES.items()) for other in others.split("|")}
_HIGH = frozenset(_OPPOSITES) - _LOW
# a pair of its own side alone: "en yeni mezar taşı" is not "en eski kitabe" (nor "en büyük")
_OPPOSITES |= {"eski": "yeni", "yeni": "eski"}
_SAME_EXTREME = {"çok": "çok|fazla", "fazla": "çok|fazla"}
_SUPERLATIVE = re.compile(rf"(?<!\w)en\s+({'|'.join(_OPPOSITES)})(?!\w)")


def extreme_asked(question: str) -> str | None:
    """The extreme of a superlative with an opposite: "düşük" of "en düşük sıcaklık"."""
    found = _SUPERLATIVE.search(turkish_lower(question))
    return found.group(1) if found else None


# "en az iki katı", "en fazla 50 kişi": a bound on a number, no extreme of anything.
_BOUND = rf"\s+(?:\d|(?:{'|'.join(DIGIT_WORDS)})(?!\w))"


def _superlative(lowered: str, words: str, owned: str = "") -> bool:
    """"en" before one of the ``words`` ("yüksek|büyük"), not as a bound on a number."""
    # (or as a pronoun, of the ``owned`` words only: "Kitabelerin en eskisi 1250 yılına ait", "en genci ise 24
    # yaşındaki …"; "kariyerinin en yükseği" is no "en fazla")
    owned = owned or words
    softened = "|".join(word[:-1] + _SOFTENED_END[word[-1]] for word in owned.split("|") if word[-1:] in _SOFTENED_END)
    pronoun = rf"(?:{owned}){_OWNED_END}" + (rf"|(?:{softened})[ıiuü](?:n[ıiuü]n)?" if softened else "")
    return re.search(rf"(?<!\w)en\s+(?:(?:{pronoun})(?!\w)|(?:{words})(?!\w)(?!{_BOUND}))", lowered) is not None


_SOFTENED_END = {"ç": "c", "k": "ğ", "p": "b", "t": "d"}
_OWNED_END = r"s?[ıiuü](?:n[ıiuü]n)?"


def says_extreme(extreme: str, sentence: str) -> bool:
    """The sentence says a superlative on the asked side, however worded: "en yüksek artış"
    answers "en çok hangi mahallelerde arttı", "en büyük dış pazar" "en çok hangi ülkeye"."""
    side = _LOW if extreme in _LOW else _HIGH if extreme in _HIGH else {extreme}
    return _superlative(turkish_lower(sentence), "|".join(side), owned=extreme)


def says_only_opposite(extreme: str, article: str) -> bool:
    """The article says the opposite extreme ("en yüksek") and never the asked one."""
    lowered = turkish_lower(article)
    return (_superlative(lowered, _OPPOSITES[extreme])
            and not _superlative(lowered, _SAME_EXTREME.get(extreme, extreme)))


def rank_asked(question: str) -> str | None:
    """The place a question asks the holder of: "Gençler kategorisinde ikinci olan kim?" → "ikinci",
    "üçüncüye ne kadar ödül verildi?" → "üçüncü"."""
    lowered = turkish_lower(question)
    found = _RANK.search(lowered) or _RANK_IN_CASE.search(lowered)
    return found.group(1) if found else None


def another_rank(question: str, sentence: str) -> bool:
    """The sentence does not give the asked place: it gives another ("birinciliği Zehra Ocakçı
    kazandı" for "ikinci olan kim?"), or none, which only a winner's "kazandı" says for the first
    ("yarışmayı Zeynep Salihi kazandı" is no answer to "ikinci kim oldu?")."""
    asked = rank_asked(question)
    lowered = turkish_lower(sentence)
    said = {found.group(1) for pattern in (_RANK, _RANK_IN_CASE, _RANK_WITH) for found in pattern.finditer(lowered)}
    if _FIRST_PLACE.search(lowered):  # "ilk sırada yer aldı": first
        said.add("birinci")
    return asked is not None and asked not in said and (bool(said) or not (asked == "birinci" and "kazan" in lowered))


_FIRST_PLACE = re.compile(r"(?<!\w)(?:ilk|en\s+önde)\s+sırada?(?!\w)")
# a place said after what won it, its verb shared ("… \"Kalede Son Işık\" ile ikinci, … ile üçüncü oldu")
_RANK_WITH = re.compile(rf"(?<!\w)ile\s+({_ORDINAL_WORD})(?!\w|\s+(?:kez|defa|kere))")  # ("ile ikinci kez": a time)


# An ordinal before a noun: "ikinci baskısı", "ilk seferinde", "3. etabında" ("ilk" is the first).
# ("üçüncü bir araç": the noun after the article; "ikinci uzun metrajlı filmi": after its adjectives)
_ORDINAL_NOUN = re.compile(rf"(?<![\w.])(ilk|{_ORDINAL_WORD}|\d{{1,3}}\.)\s+(?:bir\s+)?"
                           rf"(?:(?:uzun|kısa|büyük|küçük|[^\W\d_]{{2,}}[^\W\d_aeıioöuü]l[ıiuü])\s+){{0,2}}"
                           rf"([^\W\d_]{{3,}})",
                           re.IGNORECASE)


def _ordinal_nouns(text: str) -> list[tuple[int, str, str]]:
    """(number, noun, the two words without the noun's endings) for each ordinal before a noun."""
    out = []
    for found in _ORDINAL_NOUN.finditer(turkish_lower(text)):
        word = found.group(1)
        number = 1 if word == "ilk" else int(word[:-1]) if word[:-1].isdigit() else _ORDINAL_NUMBER[word]
        cut = stem(found.group(2))
        whole = found.group(2)[:-1] if found.group(2)[-1:] in "ıiuü" else ""  # ("eylemi": "eylem", not "eyle")
        cut = whole if len(whole) > len(cut) and whole.startswith(cut) else cut
        noun = re.sub(rf"(?<=[{_VOWELS}])s$", "", cut)  # "baskısı" stems to "baskıs"
        noun = found.group(2) if found.group(2) == f"{noun}n" else noun  # ("kadın" is no "kadı" + "-n")
        out.append((number, found.group(2), f"{word} {noun}"))  # "ikinci baskı"
    return out


# "ilk kez kazanan kadın şair" asks the first woman poet to win, as "kazanan ilk kadın şair" does
# "geçen yıl kaç …"; "bir önceki festivale": a yearly event's edition before
_EARLIER_ASKED = re.compile(r"(?<!\w)(?:(?:geçen|önceki|bir\s+önceki)\s+(?:yıl|sezon|dönem|yaz|kış)"
                            r"|bir\s+önceki\s+(?:\w+\s+)?(?:festival|fuar|turnuva|maraton|sergi|kongre|lig|yarış"
                            r"|şenlik|kampanya|kurs|sınav))")
_TIMES_BEFORE_DOER = re.compile(rf"(?<![\w.])(ilk|{_ORDINAL_WORD})\s+(?:kez|defa|kere)\s+"
                                r"([^\W\d_]+[ae]n)(?=\s+[^\W\d_])", re.IGNORECASE)


def _ordinal_doer(question: str) -> str:
    """The question with an ordinal of times before a doer put before the doer's noun."""
    return _TIMES_BEFORE_DOER.sub(r"\2 \1", question)


def another_ordinal(question: str, sentence: str) -> tuple[str, str] | None:
    """The ordinal thing the question asks and the other one of the same noun the sentence
    gives instead ("ikinci baskısı" / "ilk baskıda"): None when the sentence gives the asked
    one or no other."""
    asked_text = _ordinal_doer(question)
    for number, noun, written in _ordinal_nouns(asked_text):
        # (or the compound's head a name runs up to: "7. Kerkük Türkmen Kültür ve Sanat Festivali" numbers a festival)
        nouns = [noun, *_compound_head_after(asked_text, written.split()[0])]
        same = [(n, said) for n, other, said in _ordinal_nouns(sentence)
                if any(_same_noun(each, other) for each in nouns)]
        if same and all(n != number for n, _ in same):  # the sentence's ordinal, the question's noun
            return written, f"{same[0][1].split()[0]} {written.split(maxsplit=1)[1]}"  # (not "ilk sezo")
    return None


def ordinal_to_come(question: Question, written: str, article: str) -> bool:
    """A past question of an ordinal thing ("Ekibin üçüncü aracı kaça alındı?") whose article numbers it only as
    hoped or planned ("… yıl sonuna kadar üçüncü bir araç almayı umduklarını"): none was had yet."""
    told = [text for text in split_sentences(article) if numbers_asked(written, text)]
    return question.tense is Tense.PAST and bool(told) and all(
        _announces_plan(text) or only_planned(text) for text in told)


def subject_only_planned(question: str, asked: Question, sentence: str, article: str) -> set[str]:
    """The question's own words (past tense) the answering sentence lacks, where every sentence of the article
    holding them says the thing is only planned, and none holding its head tells it done ("Tuzhurmatu'daki
    hatıra müzesi ne zaman açıldı?": not the monument's opening day, beside "Anıtın yanına 2025'te bir hatıra
    müzesi yapılması planlanıyor"); empty otherwise. Figures, units, times and the verb asked name no thing."""
    if asked.tense is not Tense.PAST or only_planned(question):  # ("… hasat edilmesi bekleniyordu?": a plan asked)
        return set()
    asked_verb = words(turkish_lower(question))[-1:]
    own = {word for word in asked.named - _NOT_CONTENT - asked.names - {asked.predicate, "zama", "zaman"}
           if len(word) >= 4 and not word.isdigit() and not _MEASURE_WORD.match(word)
           and not word.startswith(asked.unit or "\0")  # (what is counted: "kaç kişiye iş verdi")
           and not any(verb.startswith(word) for verb in asked_verb)}
    missing = {word for word in own if not roots_held(sentence, _stem_forms(word))}
    if not missing:
        return set()
    held = [(text, sum(bool(roots_held(text, _stem_forms(word))) for word in missing))
            for text in split_sentences(article)]
    told = [text for text, count in held if count == len(missing)]
    # (a deed done of a compound's thing names its head at least, "Müze geçen hafta ziyarete açıldı": not "…
    # yoğurt, beyaz peynir ve kaymak üretimine başladığını" for "peynir fabrikası")
    compound = _COMPOUND_MISSING.search(turkish_lower(question))
    head = next((word for word in missing if compound and compound.group(2).startswith(word)), "")
    done = [text for text, count in held if count and roots_held(text, _stem_forms(head) if head else missing)
            and not only_planned(text) and _ENDS_IN_PAST.search(text) and not _REPORTED.search(turkish_lower(text))]
    return missing if told and not done and all(only_planned(text) for text in told) else set()


_COMPOUND_MISSING = re.compile(r"(?<!\w)([a-zçğıöşü]{3,})\s+([a-zçğıöşü]{3,}s[ıiuü])(?!\w)")  # "peynir fabrikası"


def _stem_forms(word: str) -> set[str]:
    """A stem and the same less a possessive's buffer the stemmer leaves ("müzes" is "müze"'s, "turnes" "turne"'s)."""
    return {word, re.sub(r"(?<=[aeıioöuü])s$", "", word)}


# a unit, a scale or a span of time: what a figure asked is counted in, not the thing asked of
_MEASURE_WORD = re.compile(rf"(?:{_UNITS_OWNED}|{'|'.join(SCALE_WORDS)})\w{{0,2}}$")


def only_planned(sentence: str) -> bool:
    """The sentence says its figure is planned, hoped for or expected, in those words ("… dağıtmayı planlıyor",
    "… açılması hedefleniyor"): not a programme's future ("… 11 oyun sahnelenecek")."""
    lowered = turkish_lower(sentence)  # (nor beside a deed done: "300 çocuğa … dağıttı; … 500 … dağıtmayı planlıyor")
    return _HOPED.search(lowered) is not None and _DONE_CLAUSE.search(lowered) is None


# a clause ending on a past verb: "… dağıttı;", "… alındı ve"
_DONE_CLAUSE = re.compile(r"[a-zçğıöşü]{2,}(?:[dt][ıiuü]|m[ıiuü]ş)(?:[;,]|\s+ve\s)")
# planned, hoped for, expected, in those words (not "Planlı şekilde", "Umut Vakfı", "Beklenen … alındı")
_HOPED = re.compile(r"(?<!\w)(?:um(?:uyor|dukları|duğu|arak)|planla(?:n|d|m|y)|planlıyor|hedefle|hedefliyor|hedeflen"
                    r"|beklen(?:iyor|mekte|diğ))\w*")


def ordinal_asked(question: str) -> bool:
    """The question numbers its thing ("ikinci doz", "3. etap")."""
    return bool(_ordinal_nouns(question))


def numbers_asked(question: str, sentence: str) -> bool:
    """The sentence numbers the ordinal thing the question asks ("ilk aşamasında": "Ekim 2024'te
    yapılan ilk aşamada 40 kadına …")."""
    return any(n == number and _same_noun(noun, other)
               for number, noun, _ in _ordinal_nouns(question) for n, other, _ in _ordinal_nouns(sentence)) or any(
        _numbered_after(words(turkish_lower(sentence)), question, written.split()[0], number)
        or _numbered_by_times(sentence, question, written.split()[0], number)
        for number, _, written in _ordinal_nouns(question))  # ("festivalin altıncısının")


def _numbered_by_times(sentence: str, question: str, ordinal: str, number: int) -> bool:
    """The article numbers the asked thing by the times it was held ("Beşinci Türkmen Kültür Festivali":
    "Beşinci kez düzenlenen Kerkük Türkmen Kültür Festivali")."""
    roots = _numbered_roots(question, ordinal)
    return any(_numbers(found.group(1), number) and roots & {stem(word) for word in found.group(2).split()}
               for found in _HELD_TIMES.finditer(turkish_lower(sentence)))


# "beşinci kez düzenlenen Kerkük Türkmen Kültür Festivali": an edition, counted by the times held
_HELD_TIMES = re.compile(r"(?<!\w)([^\W\d_]+|\d+\.)\s+(?:kez|defa|kere)\s+[^\W\d_]+[ae]n((?:\s+[^\W\d_]+){1,5})")


def names_several(question: Question, sentence: str) -> bool:
    """The sentence holds more than one span of the asked kind (two people who opened it)."""
    return len(_candidates(question, sentence)) > 1


def counted_phrase_unsaid(question: str, sentence: str, article: str = "",
                          numbers_only_ages: bool = False) -> str | None:
    """A figure the question names its thing by ("12 yaş altı kategorisinde", "40 yataklı servisin")
    that the sentence does not say, with the word before it where the ``article`` too qualifies such
    figures by it ("Kızlar 16 yaş altı kategorisinde": "kızlar 12 yaş altı" is another category);
    None when it says them all. Not a year (a time, read elsewhere), nor a figure of a name
    ("Super Bowl 50", "Apollo 8") or of a score ("3-1 yendikleri"); ``numbers_only_ages``: an age group's
    only ("12 yaş altı birincisi kaç puan aldı")."""
    said, lowered_article = turkish_lower(sentence), turkish_lower(article)
    for found in _COUNTED_PHRASE.finditer(question):
        before, number, noun = found.groups()
        if ((len(number) == 4 and 1000 <= int(number) <= 2100) or noun.startswith(_NOT_COUNTED)
                or noun in SCALE_WORDS or _NAME_BEFORE_FIGURE.search(question, 0, found.start(2))
                or turkish_lower(before or "") == "yüzde"  # "yüzde 30 hissesi": a share, said "yüzde 30'unu"
                or _HOW_MANY_OF_IT.match(question, found.end())):  # "15 sandalyenin kaçını": the whole, not a name
            continue
        if numbers_only_ages and not noun.startswith("yaş"):
            continue  # "3 günlük nar festivaline kaç kişi": a figure naming the thing, said otherwise
        held = re.search(rf"(?<![\d.,]){number}\s+{re.escape(root(noun)[:4])}", said) is not None
        qualifier = turkish_lower(before) if before and before.islower() and _CATEGORY.search(before) else None
        if qualifier and not re.search(rf"(?<!\w){re.escape(root(qualifier))}\w*\s+\d", lowered_article):
            qualifier = None
        if not held or (qualifier and not roots_held(sentence, {root(qualifier)})):
            return " ".join(part for part in (qualifier, number, noun) if part)
        if other := _other_qualifier(sentence, number, noun, qualifier, lowered_article):
            return f"{other} {number} {noun}"  # "16 yaş altı" asked: not "Kızlar 16 yaş altı kategorisinde"
    return None


def _other_qualifier(sentence: str, number: str, noun: str, asked: str | None, article: str) -> str | None:
    """The word the sentence puts before the figure ("Kızlar 16 yaş altı") where the question puts
    none or another, and the article names that figure without it too: another category."""
    figure = rf"{number}\s+{re.escape(root(noun)[:4])}"
    said = re.search(rf"([^\W\d_]{{3,}})\s+{figure}", turkish_lower(sentence))
    if not said or not _CATEGORY.search(said.group(1)) or (asked and root(asked) == root(said.group(1))):
        return None
    bare = [found for found in re.finditer(rf"(?<![\d.,–-]){figure}", article)
            if not re.search(rf"{re.escape(root(said.group(1)))}\w*\s+$", article[:found.start()])]
    return said.group(1) if bare else None


_COUNTED_PHRASE = re.compile(r"(?:(?<![\w'’])([^\W\d_]{3,})\s+)?(?<![\d.,–-])(\d+)\s+([a-zçğıöşü]{2,})")
_HOW_MANY_OF_IT = re.compile(r"\s+kaç[ıi]")  # "15 sandalyenin kaçını"
_CATEGORY = re.compile(r"l[ae]r$")  # who a figure's category is of: "kızlar 16 yaş altı", "kadınlar 57 kilo"
# words after a figure that count nothing: "2 üzerinde", "10 kadar", "5 fazla"
_NOT_COUNTED = ("üzer", "üst", "alt", "ara", "için", "kadar", "sonra", "önce", "civar", "fazla", "daha", "yakın")
_NAME_BEFORE_FIGURE = re.compile(rf"[{_UPPER}][\w'’]*\s+$")  # "Super Bowl 50", "Apollo 8": the figure is a name's


def _same_noun(one: str, other: str) -> bool:
    """Two inflected forms of one noun ("aşamasında", "aşamada"; "aracı", "araç")."""
    return (other.startswith(root(one)) or one.startswith(root(other))
            or (unsoftened(one) or one) == (unsoftened(other) or other))


def unsaid_ordinal(question: str, article: str) -> str | None:
    """The ordinal thing the question asks ("ikinci baskısı", "üçüncü dönemine", "İkinci Kerkük
    Kültür Festivali") when the article never numbers that thing so (the ordinal a few words
    before the noun or the name's head, in words or digits: "4. festivali" for "4. Hoyrat
    festivali"): its facts are of the only one it speaks of. A first ("ilk") is worded
    otherwise too ("açılış golü"), so it is left alone unless the article calls the thing new
    or last ("ilk kitabının adı": "yeni kitabı Kerkük Bahçeleri") or numbers it otherwise only
    ("ilk kez kazanan kadın şair": "ödülü alan ikinci kadın şair oldu"); so is a rank ("ikinci kim oldu")."""
    said = words(article)
    if (edition := edition_asked(question)) and edition_told(edition, article):
        return None  # ("ilk sezonunda": "Geçen sezon ise …" in an article on the second season)
    question = _ordinal_doer(question)
    for number, noun, written in _ordinal_nouns(question):
        ordinal, stripped = written.split()
        heads = _numbered_heads(question, ordinal, [noun, stripped])
        if not heads:
            continue
        nouns = [i for i, word in enumerate(said) if word.startswith(heads)]
        before = [said[j] for i in nouns for j in range(max(0, i - _ORDINAL_SPAN), i)]
        if any(_numbers(word, number) for word in before):
            continue
        if _numbered_after(said, question, ordinal, number) or _numbered_by_times(article, question, ordinal, number):
            continue  # "festivalin altıncısının … Telafer'de yapılmasının", "Beşinci kez düzenlenen … Festivali"
        if any(_numbers(said[j], number) and said[j + 1] in _TIMES for i in nouns
               for j in range(i + 1, min(i + _ORDINAL_SPAN, len(said) - 1))):
            continue  # "Tiyatro Günleri üçüncü kez perde açtı": the third festival
        # "ödülü alan ikinci kadın şair" (an edition is told of by the one said instead: ``edition_asked``)
        right_before = {said[i - 1] for i in nouns if i} if not edition_asked(question) else set()
        if number >= 2 or (number == 1 and not {"ilk", "birinci"} & set(before) and (
                {"yeni", "son"} & set(before)
                or any(not word.isdigit() and _numbers(word, n) for word in right_before for n in ORDINAL_WORDS))):
            return written
    return None


_TIMES = ("kez", "defa", "kere")  # "üçüncü kez": the third of them; a count of times, no edition
_TIMES_SAID = (*_TIMES, "sefer")


def _numbered_heads(question: str, ordinal: str, nouns: list[str]) -> tuple[str, ...]:
    """The roots of what an ordinal numbers: the noun after it (``nouns``: as written and as
    ``_ordinal_nouns`` strips it), and when a name follows, the word the name ends in and the noun right after it
    ("Hoyrat festivali", "Nar Festivali'nde"); none for a question word or a verb after it
    ("ikinci kim oldu")."""
    after = re.search(rf"(?<![\w.])(?i:{re.escape(ordinal)})\s+((?:[A-ZÇĞİÖŞÜ][\w'’]*\s+)*)([^\W\d_]+)?", question)
    run, tail = (after.group(1).split(), after.group(2) or "") if after else ([], "")
    compound = _compound_head_after(question, ordinal)
    heads = []
    for word in [*nouns, *run[-1:], *([tail] if run else []), *compound]:
        bare = turkish_lower(_bare(word))
        if bare.startswith(_ASKED_WORDS) or bare in STOPWORDS or verb_stem(bare) or len(bare) < 3:
            continue
        heads.append(min(root(bare), stem(bare), key=len))  # "festivali" → "festival"
    return tuple(heads)


def _compound_head_after(question: str, ordinal: str) -> list[str]:
    """The compound's head within a few words of the ordinal ("Üçüncü Türkmen hentbol turnuvası", "altıncı şiir
    festivali", "7. Kerkük Türkmen Kültür ve Sanat Festivali'ni" → "festivali"), if any."""
    after = re.search(rf"(?<![\w.])(?i:{re.escape(ordinal)})\s+", question)
    following = ([turkish_lower(_bare(word)) for word in question[after.end():].split()][:_ORDINAL_SPAN + 3]
                 if after else [])
    return next(([word] for word in following if len(word) > 4 and _COMPOUND_HEAD_WORD.fullmatch(word)), [])


_ASKED_WORDS = ("kim", "ne", "hangi", "kaç", "nere", "ol", "gel")
_COMPOUND_HEAD_WORD = re.compile(r"[^\W\d_]+?s?[ıiuü](?:n[ae]|n[dt][ae]|n[ıiuü]n)?")


def _numbered_after(said: list[str], question: str, ordinal: str, number: int) -> bool:
    """The article numbers the asked thing after its name ("Altıncı şiir festivali": "festivalin altıncısı")."""
    roots = _numbered_roots(question, ordinal)
    return any(is_genitive(word) and stem(word) in roots and _numbers(said[i + 1], number)
               for i, word in enumerate(said[:-1]))


def _numbered_roots(question: str, ordinal: str) -> set[str]:
    """The stems of the few words the question's ordinal numbers ("Beşinci Türkmen Kültür Festivali")."""
    asked = words(turkish_lower(question))
    phrase = asked[asked.index(ordinal) + 1:][:_ORDINAL_SPAN] if ordinal in asked else []
    return {stem(word) for word in phrase if len(word) > 3}


def _numbers(word: str, number: int) -> bool:
    """The word is the ordinal: "ikinci", "yedincisi", "7" (of "7.")."""
    return word == str(number) or word.startswith(ORDINAL_WORDS.get(number, "-"))


_ORDINAL_SPAN = 3  # words from an ordinal to the noun it numbers: "ikinci bir okul", "2. Uluslararası Fuar"


def edition_asked(question: str) -> tuple[int, str] | None:
    """The one edition a question asks about ("Birinci festivale" → (1, "festival"); "ilk döneminde",
    a phase, → (1, "dönem"))."""
    asked = [(number, thing) for number, named in _editions(question)
             if (thing := _thing_asked(named)) and not thing.startswith(_TIERS)]
    if not asked and (first := _FIRST_PHASE.search(turkish_lower(question))):
        asked = [(1, first.group(1))]
    return asked[0] if len(asked) == 1 else None


# a rank that names a tier, not an edition: "Irak İkinci Ligi'nin gol kralı", "Birinci Lig bütçesi"
_TIERS = ("lig",)
# The first of a thing's phases ("ilk döneminde", "ilk aşamada"); "ilk" before another noun is
# mostly a first time ("ilk kez", "ilk kadın başkan"), read elsewhere
_PHASES = ("dönem", "aşama", "etap", "sezon", "devre")
_FIRST_PHASE = re.compile(rf"(?<!\w)ilk\s+({'|'.join(_PHASES)})\w*")
# A phase told by the article's own ("bu sezon": the one its lead numbers), the one before or after it
_PHASE_OFFSET = {"bu": 0, "geçen": -1, "önceki": -1, "gelecek": 1, "sonraki": 1}
_RELATIVE_PHASE = re.compile(rf"(?<!\w)({'|'.join(_PHASE_OFFSET)})\s+(\w+)")


def edition_in_force(edition: tuple[int, str], article: str, sentence: str) -> int | None:
    """The phase of the asked thing the article's sentence speaks of: the one it names, else the last
    one named before it. "Kabul edilenlerin 112'si kadın." after "… bu dönem 1.240 kişi başvurdu" in an
    article on a programme's "ikinci dönemi" is of the second term; "Geçen sezon ise …" of the one
    before, in its own sentence only (an aside). None where none is named up to it, or the thing is no
    phase (a festival's edition is named with it; "ikinci lig" is a league's tier)."""
    if edition[1] not in _PHASES:
        return None
    for text, said, in_force in _phases_by_sentence(edition[1], article):
        if text.strip() == sentence.strip():
            return edition[0] if edition[0] in said else said[-1] if said else in_force
    return None


def edition_told(edition: tuple[int, str], article: str) -> bool:
    """The article speaks of the asked phase by its ordinal or as the one before or after the
    current ("Geçen sezon ise …" in an article on a league's "ikinci sezonu" tells of the first)."""
    return edition[1] in _PHASES and any(edition[0] in said for _, said, _ in _phases_by_sentence(edition[1], article))


def _phases_by_sentence(thing: str, article: str) -> Iterator[tuple[str, list[int], int | None]]:
    """Each sentence of the article, with the phases of the thing it names and the one in force before
    it. "bu sezon" is the phase the title numbers, else the one in force ("Programın ilk dönemine …
    katılmıştı. İkinci dönem … Bu dönem …": the second); "geçen/önceki" the one before it, "gelecek/sonraki"
    the one after (not "önceki dönemlerde", several)."""
    in_force = title = None
    for at, text in enumerate(split_sentences(article)):
        lowered = turkish_lower(text)
        said = [n for n, named in _editions(text) if _names_thing(named, thing)]
        first = _FIRST_PHASE.search(lowered)  # ("ilk aşamada 40 kadına": the first phase, as news says it)
        said += [1] if first and _names_thing([first.group(1)], thing) else []
        title = (said[0] if said else None) if at == 0 else title
        current = said[-1] if said else title or in_force  # ("birinci etabı … ve bu etapta 310 ev": the first)
        relative = [current + _PHASE_OFFSET[found.group(1)] for found in _RELATIVE_PHASE.finditer(lowered)
                    if current is not None and _names_thing([found.group(2)], thing)
                    and not _PLURAL.search(found.group(2))]
        yield text, said + relative, in_force
        # the phase in force goes on from a phase named, or "bu dönem" (not an aside on the one before)
        in_force = said[-1] if said else current if "bu" in (m.group(1) for m in _RELATIVE_PHASE.finditer(lowered)
                                                              if _names_thing([m.group(2)], thing)) else in_force


_PLURAL = re.compile(r"l[ae]r")


def another_edition(edition: tuple[int, str], article: str) -> int | None:
    """The edition the article gives its facts for, when it numbers the asked thing and
    never names the asked number ("Üçüncü Erbil Türkmen Kültür Festivali", "ikinci festivale"
    for "Birinci festivale kaç kişi katıldı?"; "festivalin altıncısı" names the sixth). An article
    that numbers no edition of it says nothing either way, nor one that has the ordinal elsewhere
    ("en yoğun ikinci (…) ve üçüncü havalimanı")."""
    number, thing = edition
    editions = _editions(article)
    said = [n for n, named in editions if _names_thing(named, thing)]
    said_words = words(article)
    ordinal = ORDINAL_WORDS.get(number, f"{number}.")
    if (not said or number in (n for n, _ in editions) or ordinal in said_words
            or any(is_genitive(word) and after.startswith(ordinal) and after[len(ordinal):][:1] == "s"
                   for word, after in zip(said_words, said_words[1:]))  # ("festivalin altıncısı"; not "… birincisi")
            or (number == 1 and "ilk" in said_words)  # "ilk festival" is the first
            or edition_told(edition, article)):  # ("Geçen sezon ise …" tells of the one before the article's)
        return None
    return said[0]


def names_ordinal(edition: tuple[int, str], text: str) -> bool:
    """The text has the asked edition's ordinal anywhere ("en yoğun ikinci (…) ve üçüncü havalimanı")."""
    return ORDINAL_WORDS.get(edition[0], f"{edition[0]}.") in words(text)


def says_edition(edition: tuple[int, str], text: str) -> bool:
    """The text numbers the asked thing with the asked number ("ikinci etapta 450 evin …", "ilk
    dönemi tamamlayan …")."""
    number, thing = edition
    first = _FIRST_PHASE.search(turkish_lower(text)) if number == 1 else None
    return any(said == number and _names_thing(named, thing) for said, named in _editions(text)) or bool(
        first and _names_thing([first.group(1)], thing))


def edition_to_come(edition: tuple[int, str], text: str) -> bool:
    """The text names the asked edition as one to come ("dördüncü şiir gecesinin … Telafer'de yapılması için
    görüşmelerin sürdüğünü"), read up to the next "ve" ("ikinci ligde şampiyonluğunu ilan etti ve gelecek sezon
    …" names a league won)."""
    number, thing = edition
    at = next((found.start() for found in _EDITION.finditer(text)
               if (int(found.group(1)) if found.group(1) else _ORDINAL_NUMBER[turkish_lower(found.group(2))]) == number
               and _names_thing([turkish_lower(word) for word in found.group(3).split()], thing)), None)
    return at is not None and speaks_of_coming(re.split(r"\sve\s", text[at:])[0])


def _names_thing(named: list[str], thing: str) -> bool:
    """One of the words is the thing, its final consonant softened or not ("etabın" of "etap")."""
    return any(word.startswith(with_softened(thing)) for word in named)


def editions_numbered(edition: tuple[int, str], text: str) -> set[int]:
    """The numbers the text gives the asked thing ("Projenin birinci etabı …", "ikinci etapta …")."""
    return {number for number, named in _editions(text) if _names_thing(named, edition[1])}


def counts_editions(edition: tuple[int, str], text: str) -> bool:
    """The text counts the asked thing's editions together ("iki etapta toplam 696 ev"): a figure
    of them all, none's own (not "4 itfaiye aracı ve 36 personel")."""
    forms = "|".join(with_softened(edition[1]))
    counted = rf"(?<!\w)(?:{_NUMBER_WORD_I}|\d+)\s+(?:{forms}){_CASE_ENDING}\s+toplam(?!\w)"
    return re.search(counted, turkish_lower(text)) is not None


# A case ending, or none ("iki etapta", "üç turun", not "40 turist")
_CASE_ENDING = r"(?:[dt][ae]n?|y?[ıiuüae]|n[ıiuü]n|[ıiuü]n|l[ıiuü])?"


def edition_name(number: int, thing: str) -> str:
    """"birinci festival", "12. etap"."""
    return f"{ORDINAL_WORDS.get(number, f'{number}.')} {thing}"


# A part said in words: "altı aracından dördü" (not "biri", "onu": someone, him)
_PART_WORDS = {"ikisi": "iki", "üçü": "üç", "dördü": "dört", "beşi": "beş", "altısı": "altı", "yedisi": "yedi",
               "sekizi": "sekiz", "dokuzu": "dokuz"}
# a worded part's case ending: "ikisini kazandı", "yedisinde", "sekizinin"


def _done_before(deed: str, before: str) -> bool:
    """The deed said as a participle before a whole ("Başvuran 1.200 kişi arasından"), not a noun sharing its root
    ("Yangında okulun on dersliğinden yedisi … yandı": the fire, not the burning)."""
    return any(word.startswith(deed) and (re.search(r"[ae]n$", word) or word[len(deed):len(deed) + 1] in _VOWELS)
               for word in words(turkish_lower(before)))  # ("Başvuruda bulunan 1.200 kişiden": the deed's noun)


def _part_number(part: str) -> str:
    """"6'sı" → "6", "yedisi" → "yedi", "ikisini" → "iki", "on dördünün" → "on dört": the part's number."""
    if part[:1].isdigit():
        return _bare(part)
    lowered = turkish_lower(part)
    worded = re.match(rf"(?:(?:{_TENS})\s+)?(?:iki|üç|dörd|beş|altı|yedi|sekiz|dokuz|bir|{_TENS})", lowered)
    return re.sub(r"dörd$", "dört", worded.group()) if worded else part


# A part of a counted whole, the whole in the ablative: "14 tanıktan 6'sı dinlendi", "420 tarihi mezar
# taşından 260'ı onarıldı", "Planlanan altı itfaiye aracından dördü teslim edildi".
_PARTITIVE = re.compile(rf"((?:\d[\d.,]*(?:\s+(?:{'|'.join(SCALE_WORDS)})(?:\s+\d{{1,3}}(?![\d.,]))?)*"
                        rf"|(?<!\w)bin\s+\d{{1,3}}(?![\d.,])"
                        rf"|(?<!\w)(?:{_NUMBER_WORD})(?:\s+(?:{_NUMBER_WORD}))*)"
                        rf"\s+(?:[^\W\d_]+\s+){{0,2}}[^\W\d_]+?[dt][ae]n)"
                        rf"\s+(\d[\d.,]*[{APOSTROPHES}][^\W\d_]+|(?:{_WORDED_PART}){_PART_CASE}(?!\w))", re.IGNORECASE)
_NUMBER_BEFORE = re.compile(rf"(?:\d|(?<!\w)(?:{_NUMBER_WORD}))\s+$", re.IGNORECASE)
# All there are, asked: "toplam kaç … var", "kaç … bulunuyor" (stems of the question's words)
_ALL_THERE = re.compile(r"(?<!\w)(?:topla|toplam|var|bulun\w*|mevcut)(?!\w)")  # (stems: not "toplantı")
# Votes of a kind ("karşı", "çekimser"): a share of those for is not their count, and the figure
# is the one whose clause says the kind.
# (whole words: "karşılıyor" is no vote against, "hayırsever" none for no)
_VOTE_QUALIFIER = re.compile(r"karşı|ret|red|redd\w*|aleyh\w*|hayır|çekimser\w*|leh(?:te|ine)|geçersiz\w*")
# A share in the genitive: "124 delegenin oyunun 79'unu aldı", "22 üyenin 15'inin oyuyla": the
# whole, what it is counted in (the delegates' votes), and the share.
_SHARE = re.compile(rf"(?<![\d.,])\d[\d.,]*\s+([^\W\d_]+?)n?[ıiuü]n\s+(?:([^\W\d_]+?)s?[ıiuü]n[ıiuü]n\s+)?"
                    rf"(\d[\d.,]*)[{APOSTROPHES}]")


def _whole_asked(question: Question, before: str) -> bool:
    """The deed the question asks of is the one a participle right before the whole says
    ("sınava giren 312 öğrencinin …" for "kaç öğrenci sınava girdi")."""
    said = _PARTICIPLE_BEFORE.search(turkish_lower(before))
    return said is not None and said.group(1) in question.named


def _all_there_asked(question: Question, sentence: str, share: re.Match) -> bool:
    """"Telafer'de kaç eczane var?" asks all there are: "faaliyet gösteren 42 eczanenin 28'inin nöbet listesine
    …" gives the 42; not where the share's clause says what the question adds ("nöbet listesinde kaç eczane var?")."""
    added = {word for word in question.named - question.names
             if len(word) > 3 and not (question.unit and word.startswith(question.unit))
             and not _ALL_THERE.fullmatch(word)}
    # (the whole counts the asked noun: "25 üyenin 9'u kadın" for "kaç kadın üye var?" gives the women)
    return (bool(_ALL_THERE.search(" ".join(question.named))) and not question.deed and not question.people
            and not question.whole and bool(question.unit) and turkish_lower(share.group(1)).startswith(question.unit)
            and not roots_held(_clause_after(sentence, share.group(3)), added))


_PARTICIPLE_BEFORE = re.compile(r"(\w+?)[ae]n\s+$")  # "giren", "katılan" right before the number


def partial_score(question: str, sentence: str) -> bool:
    """The sentence gives a half's score ("Finalde ilk yarı 1-1 berabere tamamlandı") or another
    round's ("Yarı finalde … 2-0 yenmiş" for "finalin skoru"), which the question does not ask."""
    asked, said = turkish_lower(question), turkish_lower(sentence)
    if _HALF.search(said) and not re.search(r"yar[ıi]|devre", asked):
        return True
    return bool(_FINAL.search(asked)) and _ROUND.search(said) is not None and not _FINAL.search(said)


def another_match(question: str, sentence: str) -> str | None:
    """The stage of a contest the question asks ("final maçını hangi takım kazandı?") where the sentence tells of
    another only ("Açılış maçında Kerkük Kalesi Spor, … 3-1 yendi"); None otherwise."""
    asked, said = _stages_named(question), _stages_named(sentence)
    return next(iter(asked)) if asked and said and not asked & said else None


def _stages_named(text: str) -> set[str]:
    lowered = turkish_lower(text)
    return {name for name, pattern in _MATCH_STAGES.items() if pattern.search(lowered)}


_MATCH_STAGES = {"final": re.compile(r"(?<!yarı\s)(?<!çeyrek\s)(?<!\w)final"),
                 "yarı final": re.compile(r"(?<!\w)yarı\s*final"), "çeyrek final": re.compile(r"(?<!\w)çeyrek\s*final"),
                 "açılış maçı": re.compile(r"(?<!\w)açılış\s+(?:maç|karşılaşma)")}
_FINAL = re.compile(r"(?<!yarı\s)(?<!çeyrek\s)(?<!\w)final")  # the final, not "yarı final"
_ROUND = re.compile(r"(?<!\w)(?:yarı|çeyrek)\s+final")
# a half's score: "ilk yarı 1-1", "ilk yarıyı 2-0 önde", "devre 1-0" (not "ikinci yarıda bulduğu gollerle 3-1")
_HALF = re.compile(r"(?<!\w)(?:(?:ilk|ikinci)\s+yar[ıi](?:y[ıi])?|devre\w*)\s+(?:[^\W\d]+\s+){0,2}\d+\s*[-–]\s*\d+")


_WON = re.compile(r"(?<!\w)(?:şampiyon|birinci|kazan)")  # a winner said beside the ranked ("… ikinci oldu, … şampiyon")


def short_answer(question: Question, sentence: str) -> str | None:
    """The one span of the asked kind in ``sentence`` that the question does not name; None
    when there is none or more than one (then the sentence speaks for itself)."""
    if not question.factoid or not states_measure(question, sentence):  # "kaç gün": not "18 ay"
        return None
    if question.asked is Asked.PERSON and question.beneficiary:
        return None  # "Toplanan kan kimler için kullanılacak?": "… talasemi hastası çocuklar için", not the speaker
    if agent := agent_named(question, sentence):
        return _bare(agent)
    if question.asked is Asked.PLACE and question.origin and (origin := origin_of(question, sentence)):
        return origin  # (else where they were born or live: "Telafer'de doğan …")
    if question.asked is Asked.NUMBER and question.counted and (placed := _part_at_place(question, sentence)):
        return placed
    if question.asked is Asked.NUMBER and question.counted_kind and (kind := _part_of_kind(question, sentence)):
        return kind
    found = [span for span in _candidates(question, sentence) if not _describes_another(question, sentence, span)
             # a year naming what follows is no figure of a measure ("2024 bütçesi 74 milyar dinar")
             and not (question.measure and _YEAR_NUMBER.fullmatch(span.split()[0]) and not _measure_of_span(span))]
    found = [span for span in found if not _superseded(sentence, span)] or found
    if question.asked is Asked.NUMBER and (question.unit or "").startswith("yaş"):  # "kaç yaşında?": an age, not
        found = [span for span in found if "yaş" in span] or found  # "6 puanla" beside "15 yaşındaki"
    if (question.compares and question.asked is Asked.NUMBER and len(_candidates(question, sentence)) > 1
            and not _CHANGE_SAID.search(turkish_lower(sentence))):
        return None  # "ne kadar arttı?": "bu yıl 62 ton …, geçen yıl ise 44 tonda" are two levels, not the rise
    if (question.winner and not question.rank and (ranked := _RANK.search(turkish_lower(sentence)))
            and ranked.group(1) != ORDINAL_WORDS[1] and not _WON.search(turkish_lower(sentence))):
        return None  # "şampiyon hangi takım oldu?": "… ilk sezonunu 8 takım arasında üçüncü sırada tamamladı" is third
    if question.winner and len(found) > 1 and not _SECOND_PLACE.search(turkish_lower(sentence)):
        # "… Spor Salonu'nda oynanan finalde Kerkük Yıldızspor'u 27-24 yenerek": the place it was played in and the
        # side it beat are not who won (nor is a runner-up that beat another: "… ligi ikinci sırada tamamladı")
        found = [span for span in found if not _PLACE_OR_BEATEN.search(span)] or found
    if question.whole and question.unit and (part := _part_of_whole(question, sentence, found)):
        return part  # "eserlerin kaçı bağış?": "bunun 430'u Telaferli ailelerin bağışladığı eşyalardan oluşuyor"
    if question.asked is Asked.NUMBER:
        found = _joined_durations(sentence, found)  # "3 saat 10 dakikaya": one duration, not "3 saat"
    if question.asked is Asked.NUMBER and question.unit == "kişi" and len(question.deed or "") > 2 and len(found) > 1:
        # "kaç kişi başvurdu?": "347 gönüllü başvurdu; … 312 kişiden kan alındı", the count the asked verb follows
        # (a count whose clause ends on a verb of its own is of another deed; one in a list sharing the verb is not:
        # "inşaat döneminde 18 bin kişiye, işletme döneminde ise 2 bin 400 kişiye istihdam sağlanacak")
        deed = re.compile(rf"\S*(?:\s+[^\W\d_]+)?\s+{re.escape(question.deed or '')}")  # ("12'si ağır yaralandı")
        found = [span for span in found if deed.match(sentence, _end_of(sentence, span))
                 or not _own_verb_after(sentence, span)] or found
    if len(found) > 1 and question.reached:  # "kaça düştü?": "… 750 dinardan … 150 dinara kadar geriledi"
        found = [span for span in found if _DATIVE_AFTER.match(sentence, sentence.find(span) + len(span))] or found
    if question.asked in (Asked.PERSON, Asked.NAME):  # who or which body: no river or town ("hangi firma
        # yapıyor": not "Küçük Zap nehrinden alınan suyu"), nor the province a town is of ("Kayseri'nin Develi ilçesi")
        found = [span for span in found if not _names_land(sentence, span) and not (
            " " not in _bare(span) and _PROVINCE_OF.match(sentence, max(sentence.find(span), 0) + len(span)))]
        if question.body in _COMPANY.split("|"):  # nor one word owning a part of itself ("hangi Türk firması
            # yapacak?": "Kerkük'ün kalbindeki … Çarşısı'nın restorasyonu", a town's heart; "Limak'ın" is a firm's)
            found = [span for span in found if " " in _bare(span) or not (
                _GENITIVE_NAME.search(span) and _PART_OF_PLACE.match(sentence, _end_of(sentence, span)))]
    if question.asked is Asked.PERSON:  # who: no quoted title ("\"Altın Çınar\" En İyi Oyun Ödülü'nü"), nor a
        # people ("Irak Türkmeni kadınların el emeği …"), nor a part played ("Hacı Rıza karakterini … canlandırıyor"),
        # nor a team named by its kind ("Telafer Yıldızları ekibinden 11 yaşındaki Zehra Abdullah")
        found = [span for span in found if not _within_quotes(sentence, span) and not _names_a_people(span)
                 and not _ROLE_AFTER.match(sentence, max(sentence.find(span), 0) + len(span))
                 and not re.search(r"\d", span)]  # (nor a model's name: "Airbus A320 tipi uçak")
        found = [span for span in found
                 if not _TEAM_AFTER.match(sentence, max(sentence.find(span), 0) + len(span))] or found
        # nor where something is ("Musul Üniversitesi'nde okuyan Türkmen öğrencilerin düzenlediği" for "kim düzenledi")
        found = [span for span in found if not _AT_PLACE.search(span)]
    if _asks_a_work(question):  # which film or book: its quoted title ('Salihi'nin … ilk filmi “Gölge”', not
        # "Salihi'nin"; no one's name where no title is quoted)
        found = [span for span in found if _within_quotes(sentence, span)]
    if question.asked is Asked.PERSON and any(" " in span for span in found):
        # "Altunköprülü 19 yaşındaki Sinan Kazancı": where one is from is no one's name
        found = [span for span in found if " " in span or not _OF_ORIGIN.fullmatch(span)]
    if question.asked in (Asked.PERSON, Asked.NAME):  # nor a name inside someone's words ('"… Kerkük'ü
        # Avrupa'ya … bağlayacak" dedi': what the speaker said, not who or which)
        remarks = [quote.span(1) for quote in _QUOTE.finditer(sentence)]
        found = [span for span in found if not any(start <= sentence.find(span) < end for start, end in remarks)]
    if _MEASURE_OF.get(question.measure or "") == "para" and len(found) > 1:  # "ne kadar kredi": a sum, not
        # "Bir ile dört arasında" (its firms' size)
        measured = [span for span in found if _measure_of_span(span) == _MEASURE_OF[question.measure]]
        # (a list's sums with the currency said once, at its end: "şampiyon takıma 5 milyon, ikinci takıma 3 milyon
        # Irak dinarı")
        # ("31 bin" visitors beside "41 milyon dolar" is no sum)
        scales = {word for span in measured for word in span.split() if word in SCALE_WORDS}
        measured = [span for span in found if span in measured or span.split()[-1] in scales]
        if not any(_in_range(sentence, other, span) for span in measured for other in found if other not in measured):
            found = measured or found  # "4 bin ile 28 bin TL arasında": a range stays whole (no bold)
    if question.asked is Asked.NUMBER and question.names and found:
        # "Tazehurmatu'da kaç aile": not "Bu ailelerin 1.450'si Dakuk'ta, geri kalanı ise Tazehurmatu'da yaşıyor"
        found = [span for span in found if not _part_placed_elsewhere(question, sentence, span)]
        if not found:
            return None
    if question.for_whom and found:  # "öğrenciler için": not "yetişkinler için 5 bin dinar, öğrenciler ise … ücretsiz"
        found = [span for span in found if not _for_another_group(question, sentence, span)]
        if not found:
            return None
    if question.measure in _MEASURE_OF:  # "kaç ton hurma": not "yüzde 10 artacağını", a rate of another kind
        found = [span for span in found if _measure_of_span(span) in (None, _MEASURE_OF[question.measure])]
    of_year: list[str] = []
    if question.years and len(found) > 1:
        # a figure said for another year is not the asked one ("2023 sezonu bütçesinin 850 milyon,
        # 2024 için ise 1,4 milyar"); one said for the asked year answers even with its unit left
        # unsaid ("2018 yılında 95 üyesi vardı; bu sayı 2021'de 160'a")
        found = [span for span in found if _year_before(sentence, span) in {None, *question.years}] or found
        of_year = [span for span in found if _year_before(sentence, span) in question.years]
    elif (question.years and found and question.asked is Asked.NUMBER
          and _year_before(clause := _clause_of(sentence, found[0]), found[0]) not in {None, *question.years}
          and not _SINCE_WORD.search(turkish_lower(clause))):  # ("2020 yılından bu yana … 52 bin tona": no year's)
        return None  # the one figure said in its own clause for another year ("… geçen yıl 2 bin 140 doğum
        # gerçekleşti" in 2025 for "2025'te kaç doğum"; not "Geçen yıl … devralan başkan, … ücretinin 10 bin dinar")
    elif question.asked is Asked.NUMBER and len(found) > 1:
        # of no year asked, not last year's beside this one's ("Geçen yıl filomuzda 31 ambulans vardı; bugün
        # itibarıyla bu sayı 55'e ulaştı", "Geçen yıl kilogramı 20.000 dinardan satılan süzme bal, bu yıl 25.000
        # dinardan alıcı buluyor"); last year asked, its own ("… bu sezon 3.400 ton hurma toplandı; geçen yıl hasat
        # 2.800 ton olmuştu" for "bir önceki yıl")
        last_years = [span for span in found if _of_last_year(turkish_lower(_clause_of(sentence, span)))]
        found = (last_years if question.last_year else [span for span in found if span not in last_years]) or found
    if question.measure and len(found) > 1 and (own := _share_or_whole(question, sentence, found)):
        found = [own]  # "toplam maliyeti 21 milyar dinar; bunun 15 milyar dinarı …, 6 milyar dinarı ise … kredisinden"
    if question.asked is Asked.NUMBER and question.per_time and len(found) > 1:  # "günde kaç koli": "günde ortalama
        # 150 koli ile yapıldı; en yoğun gün … 320 koli": the one said at a rate
        found = [span for span in found if _RATE_WORD.search(turkish_lower(_clause_of(sentence, span)))] or found
    if question.people and len(found) > 1:  # "kaç Türkmen öğrenci": "410 öğrenci …; bunların 165'i Türkmen oldu"
        found = [span for span in found if _says_people(question.people, sentence, span)] or found
    if question.asked is Asked.NUMBER and len(found) > 1 and (own := _own_qualifier(question, sentence, found)):
        found = [own]  # "Şampiyon takıma 5 milyon dinar, ikinci olan takıma 3 milyon dinar para ödülü"
    if question.asked is Asked.NUMBER and len(found) > 1 and not question.demand:
        # "yüzde 18 pay ayrılmasını talep etmişti; ancak kabul edilen bütçede bu oran yüzde 14 olarak belirlendi"
        found = [span for span in found if not _DEMAND.search(_clause_around(sentence, span))] or found
    if question.asked is Asked.NUMBER and len(found) > 1 and (own := _own_words_after(question, sentence, found)):
        found = [own]  # "yüzde 35'i yol ve altyapı projelerine, yüzde 22'si eğitime, yüzde 18'i sağlığa ayrıldı"
    if question.asked is Asked.NUMBER and len(found) > 1 and len(owned := _owned_by_asked(question, sentence, found)) == 1:
        # "Nurcan Erbilli'nin kaç fotoğrafı": "Kenan Tuzlu'nun 26, Nurcan Erbilli'nin 22 ve … 16 fotoğrafı";
        # the list's counted noun said once, at its end ("Yayçı nahiyesinde 5 bin 200, … 4 bin 300 hayvan")
        unit_at_end = question.unit and not _has_unit(owned[0], question.unit) and any(
            _has_unit(span, question.unit) for span in _listed_owners(sentence, found))
        found = [f"{owned[0]} {question.counted}" if unit_at_end else owned[0]]
    elif question.asked is Asked.NUMBER and len(found) > 1 and (parts := _parts_of_one_thing(sentence, found)):
        # a figure of none of the parts the question names: "Dakuk'ta kaç hayvan aşılandı?" is none of
        # "Yayçı nahiyesinde 5 bin 200, Ali Saray köyünde ise 4 bin 300 hayvan"
        found = [span for span in found if span not in parts]
        if not found:
            return None
    if question.asked is Asked.PERSON and question.rank and len(found) > 1:
        # "ikinci kim oldu?": "… Sara Kasapoğlu 6 puanla ikinci, Dakuklu Murat Beyatlı 5,5 puanla üçüncü oldu"
        ranked = [clause for clause in _CLAUSE_BREAK.split(sentence)  # (the rank ending its clause, no "ikinci günün")
                  if re.search(rf"(?<!\w){question.rank}(?:\s+(?:ol|sırada|geldi)\w*)?\W*$", turkish_lower(clause))]
        found = [span for span in found if any(span in clause for clause in ranked)] or found
    if question.asked is Asked.PERSON and len(found) > 1 and (own := _clause_of_number(question, sentence, found)):
        found = [own]  # "16 yaş altında … Ahmet Nazım Terzi şampiyonluğa ulaşırken, 18 yaş altında … kazandı"
    if question.asked is Asked.PERSON and len(found) > 1 and (own := _own_clause(question, sentence, found)):
        found = [own]  # "En İyi Kadın Oyuncu ödülünü … Sevgi Kazancı, En İyi Erkek Oyuncu ödülünü ise … aldı"
    staged = _of_asked_stage(question, sentence, found) if question.asked is Asked.NUMBER and len(found) > 1 else None
    if staged and (not question.unit or _has_unit(staged, question.unit) or len(staged.split()) == 1  # ("24'ü")
                   or not any(_has_unit(span, question.unit) for span in found)):  # ("25 kız, 23 erkek … mezun oldu")
        found = [staged]  # "kaç kişi mezun oldu": "64 kişi başvurmuş, … 30 kişi kabul edilmişti; … 24'ü kursu
        # tamamlayarak sertifika almaya hak kazandı"
    if question.asked is Asked.NUMBER and not question.capacity and len(found) > 1:  # "50 bin ton kapasiteli siloda":
        # what holds it, not what it held ("18 bin ton buğday bulunduğunu, bunun … 2 bin 300 tonunun yandığını")
        found = [span for span in found if not _CAPACITY.match(sentence, sentence.find(span) + len(span))] or found
    if question.asked is Asked.NUMBER and question.deed and len(found) > 1 and (done := _own_deed(
            question.deed, sentence, [span for span in found if not _counted(sentence, span)
                                      or question.unit and _counts(sentence, span, question.unit)
                                      or question.pieces and span.split()[-1] in _PIECES])):
        found = [done]  # "Programa 180 kişi başvurdu ve bunlardan 45'i seçildi": 45 were chosen
    of_name = [span for span in found if _names_in_clause(sentence, span) & question.names]
    named = 0 < len(of_name) < len(found)  # the question's name picks some of the figures
    # "günde 400 ton buğday … günde 90 ton kepek"; not where the question's name says whose figure
    # is whose ("Bayat İnşaat kaç dinar teklif verdi": "Bayat İnşaat 84 milyar dinar, …, Dicle
    # Mühendislik ise 79,5 milyar dinar teklif etti", the last figure before "teklif")
    if question.asked is Asked.NUMBER and len(found) > 1 and question.this_period:
        # "bu sezon ne kadar yağmur yağdı": not "normalde … ortalama 310 milimetre yağmur düşer. Bu sezon ölçülen
        # yağış yalnızca 95 milimetre oldu"
        found = [span for span in found if question.this_period in _said_in(sentence, span)] or found
    if question.material and len(found) > 1 and not named:
        measuring = [span for span in found
                     if any(word.startswith(question.material) for word in _counted(sentence, span))]
        # (not where the list's others end on their unit, the thing said once at its end: "lisans düzeyinde aylık
        # 4.500 TL, yüksek lisansta 6.500 TL, doktorada ise 9.000 TL burs")
        listed = measuring == found[-1:] and all(len(_counted(sentence, span)) == 1 for span in found[:-1])
        found = found if listed else measuring or found
    if question.material:  # "ne kadar hurma toplandı": not "65 bin hurma ağacı", a count of trees
        found = [span for span in found if not _counts_compound_of(question.material, _counted(sentence, span))]
    part = _PARTITIVE.search(sentence) if question.asked is Asked.NUMBER and question.unit else None
    whole = next((span for span in found if part and part.group(1).startswith(span)
                  and (_has_unit(span, question.unit or "") or _counts(sentence, span, question.unit or ""))), None)
    planned = ""
    if part and not whole and any(turkish_lower(word).startswith(question.unit or "")
                                  for word in part.group(1).split()[1:]) and not _NUMBER_BEFORE.search(
            sentence, 0, part.start(1)):  # (not the tail of "2 bin 500 kişiden")
        # "Planlanan altı itfaiye aracından dördü teslim edildi": the planned whole is no figure of its own
        whole = " ".join([*part.group(1).split()[:-1], _ABLATIVE.sub("", part.group(1).split()[-1])])
        planned = " ".join(word for word in whole.split()
                           if turkish_lower(word) not in _NUMBER_WORDS and not word[:1].isdigit())
    if part and whole:  # "14 tanıktan 6'sı dinlendi": six witnesses were heard, of fourteen
        counted = planned or (' '.join(word for word in whole.split()[1:]  # ("5 bin öğrenciden", "2 bin 500 kişiden")
                                       if turkish_lower(word) not in _NUMBER_WORDS and not word[:1].isdigit())
                              if _has_unit(whole, question.unit or "") else question.counted)
        counted = " ".join([*counted.split()[:-1], _ABLATIVE.sub("", counted.split()[-1])]) if counted else counted
        if (counted and question.counted and question.unit and counted.split()[-1] != question.counted
                and turkish_lower(counted.split()[-1]).startswith(question.unit)):
            counted = " ".join([*counted.split()[:-1], question.counted])  # "on dersliğinden": "derslik"
        if question.deed and _done_before(question.deed, sentence[:part.start(2)]) and not (
                question.people and _says_people(question.people, sentence[part.start(2):])):  # ("520'si Türkmen")
            # "kaç kişi başvurdu?": "Başvuran 1.200 kişi arasından 50'si seçildi" gives the 1.200 ("Kampa katılan
            # 380 izci arasından 120'si ilk kez katıldı": the 120 are some of those who came)
            return whole
        # (what the part did, said only after it: "toplam kaç öğrenci başarılı oldu?": "… 2.140 Türkmen öğrenciden
        # 1.712'si başarılı oldu")
        before = sentence[:part.start(2)]
        own = {question.predicate} if question.predicate and not roots_held(before, {question.predicate}) else set()
        if _ALL_THERE.search(" ".join(question.named)) and not (
                question.deed and roots_held(_clause_after(sentence, part.group(2)), {question.deed})
                or roots_held(_clause_after(sentence, part.group(2)), own)):
            # "toplam kaç mezar taşı var": the 420, not the 260 repaired ("otuz altı odadan": all its words)
            figure = " ".join(w for w in whole.split() if w[:1].isdigit() or turkish_lower(w) in _NUMBER_WORDS)
            return f"{figure} {counted}"
        if question.deed and not roots_held(_clause_after(sentence, part.group(2)), {question.deed}):
            # a part of the part that did the deed: "160 öğrenciden 148'inin … sınavlarına girdiğini, bunların
            # 131'inin sınavı başarıyla geçtiğini" for "kaç öğrenci sınavı geçti?"
            further = [found.group() for found in _NUMBER.finditer(sentence, part.end())
                       if _points_back(sentence, found.group())
                       and roots_held(_clause_after(sentence, found.group()), {question.deed})]
            if len(further) == 1:
                return f"{_part_number(further[0])} {counted}"
        return f"{_part_number(part.group(2))} {counted}"
    qualifier = next((word for word in question.named if _VOTE_QUALIFIER.fullmatch(word)), None)
    share = _SHARE.search(sentence) if question.asked is Asked.NUMBER and question.unit else None
    if (share and question.deed and roots_held(sentence, {question.deed})
            and not roots_held(_clause_after(sentence, share.group()), {question.deed})):
        share = None  # "kaç maç kaybetti": "26 maçın 19'unu kazandı, … 3 maç kaybetti" gives the ones won
    if share and (_whole_asked(question, sentence[:share.start()]) or _all_there_asked(question, sentence, share)):
        # "kaç öğrenci sınava girdi": "sınava giren 312 öğrencinin 271'i sınavı geçti" — the whole
        return f"{share.group().split()[0]} {question.counted}"
    if share and qualifier is None and any(
            word and turkish_lower(word).startswith(question.unit or "") for word in share.groups()[:2]):
        return f"{share.group(3)} {question.counted}"  # "kaç oy aldı": 79 votes, of the 124 delegates'
    if qualifier and len(found) > 1:  # "kaç üye karşı oy verdi": "… 18'inin oyuyla alındı; 5 üye karşı oy kullandı"
        found = [span for span in found if qualifier in turkish_lower(_clause_after(sentence, span))]
    if question.measure and _MEASURE_OF[question.measure] == "süre":  # "proje ne kadar sürdü": not "günde ortalama
        # 14 saat süren elektrik kesintilerinin", what lasted named after it
        found = [span for span in found if not _lasting_another(question, sentence, span) and not _counts_no_time(span)]
    if question.asked is Asked.NUMBER and question.unit in _CALENDAR_UNITS:  # "kaç gün sürdü": not "1.200 yıllık"
        found = [span for span in found if unit_of_measure(span.split()[-1]) in (None, question.unit)
                 or len(span.split()) == 1
                 or len(span.split()) > 2 and unit_of_measure(span.split()[1]) == question.unit]  # "2 yıl 6 ay"
    with_unit = [span for span in found if question.unit and (_has_unit(span, question.unit) or _lasts_in(
        span, question.unit))]
    if question.pieces and (pieces := [span for span in found if span.split()[-1] in _PIECES
                                       and _done_after(question, sentence, span)]):
        with_unit = pieces  # "kaç adet kitap": "14 farklı kitaptan toplam 120.000 adet" (the titles, then the copies)
    if question.deed or question.ongoing:  # "kaç öğrenci kayıt yaptırdı": "kayıt yaptıran öğrenci sayısı 612'ye
        # ulaştı" counts them too, as "kaç üyesi var" is counted by "üye sayısı 64'e, kovan sayısı ise 2 bin 300'e
        # ulaştı" (not "kaç yeni şube açtı": "üç yeni şube açarak şube sayısını 19'a çıkardı" counts all)
        with_unit += [span for span in found if question.unit and span not in with_unit
                      and (_counted_before(sentence, span) or "").startswith(question.unit)]
    if question.unit and question.deed:  # a part of the count just named counts its unit too, where it did the
        # asked deed: "17 tarihi evin onarılması öngörülüyor; … bunlardan 8'i restore ediliyor"
        # (of parts told place by place, the one of the place the question names: "Bu ailelerin 87'si Bastamlı'ya,
        # 71'i Yengice'ye, 54'ü Kümbetler'e yerleşti")
        with_unit += [span for span in found if span not in with_unit and _points_back(sentence, span)
                      and (not named or span in of_name) and _counts(sentence, span, question.unit)
                      and roots_held(_clause_after(sentence, span), {question.deed})
                      and not any(roots_held(_clause_after(sentence, whole), {question.deed}) for whole in with_unit)]
    if question.unit or question.whole:
        # (not where the whole did it too: "Kazada 30 kişi yaralandı; bunlardan 12'si ağır yaralandı", unless the
        # part's clause says what the question adds: "kaç kişi ağır yaralandı?", "kaç kadın üyesi var?",
        # "kızlardan kaçı kooperatife üye oldu?": "40 kız katıldı ve bunlardan yedisi … kooperatife üye oldu")
        for part in [span for span in found if span not in with_unit  # ("atamasından 214'ü", not "60'tan fazla")
                     and (not named or span in of_name)
                     and (not question.measure or _of_whole_with_unit(sentence, found, with_unit, span))
                     and (_points_back(sentence, span) or re.fullmatch(_WORDED_PART_CASED, turkish_lower(span))
                          or _POSSESSIVE_AFTER.match(sentence, sentence.find(span) + len(span)))]:
            added = {word for word in question.named - question.names if len(word) > 3 and not any(
                roots_held(_clause_of(sentence, whole), {word}) for whole in with_unit)}
            if added and roots_held(_clause_after(sentence, part), added):
                with_unit = [part]
                found = found if question.unit else [part]
    if question.asked is Asked.NUMBER and len(found) > 1 and (part := _part_in_asked_case(question, sentence, found)):
        found = [part]  # "kaç okulunda laboratuvar yok": "27 okulun 11'inde … bulunmuyor", not the 27 owning it
    if question.asked is Asked.NUMBER and question.unit and len(found) > 1:
        # (a figure of the asked year before one with the unit said for now: "1990'lı yıllarda 7 Türkmen kitabevi …,
        # bugün ise … 2 kitabevinin")
        found = ([span for span in with_unit if span in of_year]
                 or (of_year if with_unit and all(map(partial(_said_for_now, sentence), with_unit)) else [])
                 or with_unit or of_year or found)
    if question.asked is Asked.NUMBER and question.measure == "para" and len(found) > 1 and len(
            valued := [span for span in found if _valued_as_asked(question, sentence, span)]) == 1:
        found = valued  # "maliyeti ne kadar": "toplam maliyetinin 18,5 milyar dinar …, bunun 6 milyar dinarlık kısmı"
    if question.asked is Asked.NUMBER and question.measure and not question.unit and len(found) > 1:
        # "bütçe ne kadar": "240 milyar dinar", not the "yüzde 30" it rose by ("%27-30'a" stays two)
        # a bare number may be a range's end ("beş ila on yıl"); "31 üyeli" counts members
        found = [span for span in found if _measure_of_span(span) == _MEASURE_OF[question.measure]
                 or all(word in ("ila", "ile", "veya", *SCALE_WORDS) for word in span.split()[1:])] or found
    if counts_a_thing(question):  # "kaç okulda": "6 ile 12 yaş arasındaki çocukları" counts years of age
        found = [span for span in found if not _range_of_another(question, sentence, span)]
    if counts_a_thing(question) and (with_unit or not of_year):
        # "kaç bilgisayar": "18 derslik ve bir bilgisayar laboratuvarı" counts another thing
        if any(_counted(sentence, span) for span in found):
            # (a part told as the people asked counts the whole's noun: "300 öğretmenin 120'si Türkmen")
            found = [span for span in found if (_counts(sentence, span, question.unit)
                                                or question.pieces and span.split()[-1] in _PIECES)
                     and not _sizes_another(question, sentence, span)
                     or question.people and _is_part(sentence, span) and _says_people(question.people, sentence, span)
                     and not _counts_another(question, sentence, span)]  # ("hemşirelerin 11'i kadın": no doctors)
    if question.asked is Asked.NUMBER and question.deed and re.fullmatch(_BEFALLING, question.deed):
        # "kaç kişi öldü": not "yedi kişi yaralandı" beside "bir kişi hayatını kaybetti"
        found = [span for span in found if says_befallen(_clause_after(sentence, span), question.deed)
                 or not re.search(rf"(?<!\w)(?:{_BEFALLING})", turkish_lower(_clause_after(sentence, span)))]
        # (in a sentence that says it at all, as a verb or its noun: "kaç itfaiyeci yaralandı?" is not "60
        # itfaiyecinin … çalışmasıyla kontrol altına alındı"; "3 yaralı" says it)
        befell = question.deed.removesuffix("an") if question.deed.endswith("lan") else question.deed
        found = found if says_befallen(sentence, question.deed) or re.search(
            rf"(?<!\w){befell}", turkish_lower(sentence)) else []
    if question.asked is Asked.NUMBER and len(found) > 1 and question.deed and not named:
        # "kaç kişi öldü": "2 kişi hayatını kaybetti, 17 kişi yaralandı" — the count whose clause says it
        # ("kayıt yaptıran öğrenci sayısı 612'ye ulaştı": before the count); the question's name
        # tells them apart first ("Katılımcı yayınevlerinden 60'ı Türkiye'den, 12'si Azerbaycan'dan")
        found = ([span for span in found if roots_held(_owned_after(sentence, span, found), {question.deed})]
                 or [span for span in found if roots_held(_clause_of(sentence, span), {question.deed})] or found)
    if question.asked is Asked.NUMBER and len(found) > 1:  # "2024 sezonu" dates a figure, is none
        found = [span for span in found if not _YEAR_NUMBER.match(span)] or found
    if question.asked is Asked.NUMBER and not question.former:
        # "hekim sayısının 38'den 61'e çıktığını": the figure is 61 now, 38 the one it rose from
        # (for a count, only where the figure counts the asked thing: "kaç kişi" may ask another)
        found = list(dict.fromkeys(
            to if (to := _changed_to(sentence, span)) and (
                not question.unit or question.measure is not None
                or counts_a_thing(question) and _counts(sentence, span, question.unit)) else span
            for span in found))
    if question.asked is Asked.NUMBER and not question.former and len(found) > 1:
        # "… yeni turnuva rekoru kırdı; önceki rekor 198 metreydi": the former record is not the one asked
        found = [span for span in found if not _of_former(question, sentence, span)] or found
    if question.ordinal:  # "kaçıncı kez": "altıncı kez", not the score "2-1" beside it
        found = [ordinal for span in found if (ordinal := _as_ordinal(question, sentence, span))] or found
    if question.asked is Asked.DATE:
        found = _dated_as_asked(question, sentence, found)
    if (len(found) == 2 and question.asked is Asked.DATE and question.deed_said and not _range(sentence, *found)
            and not (question.weekday or question.plural)):
        # "ilk kasetini ne zaman doldurdu": "1954'te … doğan Kerküklü, ilk kasetini 1978'de Bağdat'ta
        # doldurdu": of two dates in clauses with verbs of their own, the one whose clause says the
        # asked deed (not "Uppsala'da 1773'te Scheele ve … 1774'te Priestley tarafından keşfedildi":
        # one verb for both, which the names tell apart)
        clauses = {span: turkish_lower(_clause_of(sentence, span)) for span in found}
        deed = re.compile(rf"(?<!\w){question.deed_said}")
        saying = [span for span in found if deed.search(clauses[span])]
        if len(saying) == 1 and all(_CLAUSE_VERB.search(clause) for clause in clauses.values()):
            found = saying
        # ("1 Nisan'da başlayıp 30 Nisan'da sona erecek": one clause, the converb right after the start's day)
        converbed = [span for span in found if (converb := _CONVERB_AFTER.match(sentence, _end_of(sentence, span)))
                     and deed.match(turkish_lower(converb.group(1)))]
        found = converbed if len(converbed) == 1 else found
    if (len(found) == 1 and question.asked is Asked.DATE and question.deed_said
            and _of_another_deed(question, sentence, found[0])):
        found = []  # "Açılış kurdelesini kesen …, Telafer'de 2014-2017 yılları arasında … okulun kullanılamaz
        # hale geldiğini hatırlattı": the years of another deed than the opening the sentence also says
    if len(found) > 1 and question.asked in (Asked.NUMBER, Asked.DATE):
        # "Nakkaş kaç oy aldı": "Nakkaş 112 oy alırken, rakibi Suna Erbilli 74 oy aldı"; a date's
        # place names no other ("… doğan Kerküklü, ilk kasetini 1978'de Bağdat'ta doldurdu" is his too)
        clauses = {span: _names_in_clause(sentence, span, places=question.asked is not Asked.DATE) for span in found}
        if any(named & question.names for named in clauses.values()):
            found = [span for span in found if clauses[span] & question.names or not clauses[span]]
        # "Bakanlık ne kadar katkı verdi": "toplam bütçesi 85 milyon dinar; bunun 60 milyon dinarı Kültür
        # Bakanlığı'ndan" (its share, the name after it; not "Yıldızlar Gıda 2023'te 96 milyon dolar ciro ve 7,8
        # milyon dolar net kâr elde etti", the subject of both)
        owned = [span for span in found if roots_held(_owned_after(sentence, span, found), set(question.names))]
        # (or the one said with the dimension the question asks: "Toplam 23 kilometre uzunluğundaki kanalın 17
        # kilometresi onarıldı" for "kaç kilometre uzunluğunda")
        dimension = {word for word in question.named if word.startswith(_DIMENSIONS)}
        worded = [span for span in found if dimension
                  and roots_held(_owned_after(sentence, span, found)[len(span):], dimension)]
        if not owned and not (question.measure or question.unit or question.names) and len(
                {turkish_lower(span.split()[-1]) for span in found}) == 1:
            # "vakıf ne kadar karşılıyor?": "Bunun 40 bin dolarını … Vakfı, 25 bin dolarını ise üniversite
            # karşılıyor" (the owner a common noun, no name; figures of one kind, shares of one thing)
            owners = predicate_roots(" ".join(sorted(question.named - {question.predicate or ""})), [])
            owned = [span for span in found if roots_held(_owned_after(sentence, span, found), owners)]
            found = owned if len(owned) == 1 else found
        if question.measure and len(owned) == 1:
            found = owned
        elif question.measure and not owned and len(worded) == 1:
            found = worded
    one_list = False  # the places are one list, its case on the last: "Kerkük, Erbil ve Bağdat'ta"
    if question.asked is Asked.PLACE:  # a place is a name Turkish marks as one: "Kerkük'te"
        places = _before_deed(question, sentence, _places_asked(question, sentence, found))
        if len(places) > 1:  # "Kerkük'ün Korya semtindeki": the part, where the whole is said in the genitive
            places = [span for span in places if not _GENITIVE_NAME.search(span)] or places
        if len(places) > 1:  # "Erbil'deki Türkmen Kültür Sarayı'nda": the place in the town, said right after it
            places = [span for span in places if not (_IN_TOWN_NAME.search(span) and any(
                sentence.startswith(other, _end_of(sentence, span) + 1) for other in places))] or places
        # "nerelerde?": "Kerkük, Erbil ve Musul'da" are all places, the suffix on the last one (so are they for
        # "nerede?": "Mülakatlar … Kerkük, Erbil ve Bağdat'ta … yapılacak")
        if question.plural:
            found = [span for span in found if span in places or _joined_to(sentence, span, places)]
        else:  # (a site is no name found: "belediye parkında")
            found = [span for span in found if span not in places and _joined_to(sentence, span, places)] + places
            one_list = len(places) == 1 and len(found) > 1
        # "hangi cadde": "Kentin Cumhuriyet Caddesi" (the sentence's first word is no part of it)
        found = [_LEADING_GENITIVE.sub("", span) for span in found] if question.place_kind else found
        # "… Koşusu nereden başladı?": "Koşu Kerkük Kalesi'nin önünden başladı" opens on the question's own subject
        # (not an owner of the head after it: "Kerkük Üniversitesi … spor salonunda")
        found = [span.split(" ", 1)[1] if " " in span and sentence.startswith(span)
                 and _names_own_word(question, span.split()[0]) and not _IS_HEAD.search(span.split()[1])
                 else span for span in found]
    if question.asked is Asked.NAME:
        found = [span for span in found if not _DESCRIBES.search(span)]
        found = [span for span in found if not _another_kind(question, span)]
        if question.body and len(found) > 1:  # "Musul merkezli Rafidain Yapı şirketi"
            found = [span for span in found if _called(sentence, span, question.body)
                     or _of_asked_body(question, span.split()[-1])] or found
        if question.office:  # "hangi bakan": a person with a title holds it, not "Telafer" nor "Kuzey Barajı"
            found = [name for name in _people(found, sentence) if _a_person(sentence, name)] or found
        elif not _names_kind(question, (*_PERSON_KINDS, *_OFFICES)):  # ("hangi bakanlar": people, by their post)
            # "Başpehlivana hangi ödül verildi?": "Başpehlivan Ahmet Salihi'ye …" is the one the question calls by his
            # title, whom it was given to, not the prize
            # (a person's title, bare: not "İhaleyi Erbilli Zap Yapı şirketi kazandı", "Gençlik, Tuzhurmatu Yıldız'ı
            # 2-1 yendi", "Festival Altın Lale ödülünü … verdi")
            found = [span for span in found if names_a_body(span) or not (
                (before := _word_before(sentence, span)).isalpha() and before[:1].isupper()
                and _names_own_word(question, before) and _titles_a_person(before))]
            # nor a titled person ("Leyla Demirci'ye hangi ödül verildi?": not "… Derneği Başkanı Arşed Salihi takdim
            # etti", who gave it)
            found = [span for span in found if names_a_body(span) or not _a_person(sentence, span)]
    if question.asked is Asked.PERSON:
        found = [name if names_a_body(name) else _without_origin(name)  # ("Türkmeneli Gönüllüleri Derneği")
                 for name in _people_asked(question, sentence, found)]
        # (a body the deed's participle names is its doer, not the person heading it: "Fuarı düzenleyen Irak
        # Türkmen İş İnsanları Derneği'nin başkanı Kemal Yayçılı" for "fuarı kim düzenledi?")
        found = ([name for name in found if names_a_body(name) and _after_doing(question, sentence, name)]
                 or [name for name in found if not names_a_body(name)] or found)
        if (len(found) == 2 and _after_doing(question, sentence, found[0]) and _a_person(sentence, found[1])
                and re.match(r"\s+ve\s+$", sentence[_end_of(sentence, found[0]):sentence.find(found[1])])):
            # "Etkinliği düzenleyen Türk Dili ve Edebiyatı Bölümü Başkanı Doç. Dr. Leyla Salihi": one titled person
            # after the participle, a department's name joined by "ve" before her title
            found = found[1:]
        if question.person_kind:  # "gören oyuncu kim": "savunma oyuncusu Ali Rıza Çelebi'nin", not "hakem …"
            roles = {name: _role_before(sentence, name) for name in found}
            # (none, where each is said to be of another kind: "antrenörü Faruk Terzioğlu" is no "sporcu")
            # ("… en genç şair olan 17 yaşındaki lise öğrencisi Zeynep Kasapoğlu": a poet, said so before her trade)
            found = ([name for name in found if roles[name].startswith(question.person_kind)
                      or _said_to_be(sentence, name, question.person_kind)]
                     or [name for name in found if not roles[name].startswith(_PERSON_KINDS)])
        if len(found) == 2 and not question.plural and _together(sentence, *found):
            found = [" ile ".join(_bare(name) for name in found)]  # "X ile Y birlikte açtı": both opened it
        if question.office:  # "jüri başkanı kim": "Nermin Bezirganlı başkanlığındaki jüri"; "teknik
            # direktörü Orhan Salihi, … forvet Yavuz Kassaboğlu": the name the title is said with
            found = ([name for name in found if _leads(sentence, name, question.office)]
                     or [name for name in found if _titled(sentence, name, question.office)]
                     # (not one titled by another office in his name: "Kaymakam Demirci" is no governor)
                     or [name for name in found if not _titled_otherwise(name, question.office)])
        else:  # "ödülü kim kazandı": not who chaired the jury that gave it
            # "heyete kim başkanlık etti": the leader ("Elnur Hüseynzade başkanlığındaki heyet")
            found = [name for name in found if _leads(sentence, name, None) == question.leader] or found
            found = _doing_deed(question, sentence, found)
        if question.winner:  # "ligin şampiyonu kim oldu": not "finalist Kerkük Yıldızspor"
            found = [name for name in found if not _RUNNER_UP.search(sentence[:max(sentence.find(name), 0)])]
        # A full name before a single word ("Türkmence", "Musul"); "kimler" lists every full
        # name ("Benjamin Vail ve Robert Lane", not the "Edison" and "İmalat" beside them).
        found = [name for name in found if len(name.split()) > 1] or found
    if len(found) > 1 and not question.whole:  # "otuz altı itfaiye eri …; bunların altısı kadın": no part asked
        parts = [span for span in found if re.fullmatch(_WORDED_PART_CASED, turkish_lower(span))]
        if any(part.endswith(("nde", "nda")) for part in parts):
            return None  # ("otuz altı mezar taşının on dördünde": a part asked in the locative, "kaçında")
        found = [span for span in found if span not in parts] or found
    if len(found) > 1 and question.asked is Asked.NUMBER and not question.plural and (question.measure or all(
            question.unit and _counts(sentence, span, question.unit) for span in found)):
        found = _of_asked_clause(question, sentence, found)
    spans = list(dict.fromkeys(_hardened(sentence, _INFLECTED_SCALE.sub(
        r"\1\2", _bare(_as_counted(question, sentence, _worded(span))))) for span in found))
    if question.ordinal:  # "ikincilik ödülü kazandı": "ikinci"
        spans = [re.sub(r"(?<=nc[ıiuü])l[ıiuü][kğ]\w*(?:\s+\w+)*$", "", span) for span in spans]
    if question.asked is Asked.DATE:  # "kasım ayı sonunda" → "kasım ayı sonu", "eylülde" → "eylül"
        spans = [_month_named(span, question.year) for span in spans]
    if len(spans) > 1 and (question.plural or one_list):
        spans = [", ".join(spans[:-1]) + " ve " + spans[-1]]
    if len(spans) != 1 or len(spans[0]) > MAX_SPAN_CHARS * (2 if lists_several(spans[0]) else 1):
        return None  # (two bodies listed may be as long as two: "… Spor Müdürlüğü ile Erbil Atletizm Federasyonu")
    if question.asked is not Asked.NUMBER:
        return spans[0]
    asked_so = question.counted and re.search(r"l[ıiuü]k$", question.counted)  # "kaç dinarlık": as asked
    return _with_rate(question, sentence, spans[0] if asked_so
                      else _as_measure(_noun_whole(question, sentence, _count_named_bare(question, spans[0]))))


_DATIVE_AFTER = re.compile(r"(?:[''’]?(?<![dt])y?[ae]|[''’]y[ae])(?:\s+kadar)?(?!\w)")  # "150 dinara", "%12'ye"


def _of_asked_clause(question: Question, sentence: str, found: list[str]) -> list[str]:
    """Of figures listed one to a clause, the one whose clause names, before it, a name the question gives and no
    other clause names ("… Zahidi türü hurmanın kilogramı 1.250 dinardan, daha değerli Berhi türünün kilogramı ise
    2.500 dinardan" for "Berhi hurmasının kilosu"); all of them otherwise (a change "… dinardan … dinara", a range,
    a list whose names follow their figures)."""
    clauses = re.split(r"[,;]\s+", sentence)
    owned: dict[str, str] = {}
    taken: set[str] = set()
    for span in found:
        holding = [clause for clause in clauses if span in clause]
        if len(holding) != 1 or holding[0] in taken:
            return found
        taken.add(holding[0])
        owned[span] = holding[0][:holding[0].find(span)]
    naming = [span for span, before in owned.items() if any(
        stem(turkish_lower(_bare(word))) in question.named
        for word in re.findall(rf"(?<=\s)[{_UPPER}][\w'’]*", f" {before}") if not sentence.startswith(word))]
    return naming if len(naming) == 1 else found


def _hardened(sentence: str, span: str) -> str:
    """A common noun cut before its vowel ending ends in its bare form: "36 kavşağ" (of "kavşağına") is "36 kavşak"
    (not a word ending so of itself, "12 dağ bulunuyor", nor a name, "Karadağ'a")."""
    at = sentence.find(span)
    cut = at >= 0 and re.match(r"[aeıioöuü]", sentence[at + len(span):at + len(span) + 1]) is not None
    return re.sub(r"(?<=[a-zçğıöşü])ğ$", "k", span) if cut and span.split()[-1][:1].islower() else span


def _valued_as_asked(question: Question, sentence: str, span: str) -> bool:
    """The figure comes right after the attribute the question asks, as its value ("maliyetinin 18,5 milyar")."""
    at = sentence.find(span)
    before = words(turkish_lower(sentence[:at]))[-2:] if at > 0 else []
    return any(word.startswith(named) for word in before for named in question.named
               if len(named) > 3 and named in _VALUE_NOUNS)


_VALUE_NOUNS = frozenset((*_AMOUNT_NOUNS, "ücret", "harcama", "kapasite"))


def _counts_compound_of(material: tuple[str, ...], counted: list[str]) -> bool:
    """The figure counts a compound whose first word is the asked material ("65 bin hurma ağacı" for "ne kadar
    hurma"): its head, another thing."""
    return (len(counted) > 1 and counted[0].startswith(material) and _POSSESSIVE_HEAD.fullmatch(counted[1]) is not None
            and not verb_stem(counted[1]))


_POSSESSIVE_HEAD = re.compile(r"[^\W\d_]{2,}?(?:[^aeıioöuü\W][ıiuü]|s[ıiuü])")


def _noun_whole(question: Question, sentence: str, span: str) -> str:
    """"214 fırı" → "214 fırın": a consonant a case ending was read to begin ("fırının" as "fırı" + "nın") is the
    noun's own where the question's form of it keeps it ("kaç fırına"); "16 kişi" of "16 kişinin" stays ("kaç
    kişiye")."""
    head, _, last = span.rpartition(" ")
    counted, at = question.counted or "", sentence.find(span)
    said = words(turkish_lower(sentence[at + len(span) - len(last):]))[:1] if at >= 0 else []
    # (the two forms part right after it: "fırın" + "ın" and "fırın" + "a"; "haneye" and "haneye" are one word, its
    # "y" a buffer)
    shared = next((i for i, (one, other) in enumerate(zip(said[0], counted)) if one != other),
                  min(len(said[0]), len(counted))) if said and head else 0
    return span + sentence[at + len(span)] if shared == len(last) + 1 and said[0][shared - 1] not in _VOWELS else span


def _count_named_bare(question: Question, span: str) -> str:
    """"2.350 hastayı" → "2.350 hasta", "16 kişinin" → "16 kişi": the count names the noun bare (a case after a
    vowel, with its buffer; "148 yangın" and "6 sandalye" are nouns whole)."""
    head, _, last = span.rpartition(" ")
    unit = question.unit or ""
    bare, tail = last[:len(unit)], turkish_lower(last[len(unit):])
    if not (head and unit and turkish_lower(bare) == unit):
        return span
    if re.fullmatch(r"y[ıiuü]|n[ıiuü]n", tail):
        return f"{head} {bare}"  # (not "-ye": "6 sandalye" is whole; nor "-e": "145 metre")
    possessed = re.fullmatch(r"([ıiuü])n(?:[ae]|[dt][ae]n?)", tail)  # "yedi Türkmen köyüne": "köyü", a compound's
    return f"{head} {bare}{last[len(unit)]}" if possessed else span


# What was asked for, not given: "… ayrılmasını talep etmişti", "… talebini", "… istiyordu", "… istedi"
# (not "yoğun talep üzerine … düzenlendi": done on demand)
_DEMAND = re.compile(r"(?<!\w)(?:talep\s+e[td]|talebi|istiyor|iste[dmn])\w*")
def last_years_only(question: str, asked: Question, sentence: str) -> bool:
    """Asked what was done, of no year (or "bu yıl"): every figure of the sentence is said of last year or only
    expected ("Geçen yıl festivali yaklaşık 4 bin kişi izlemişti. Bu yıl … 7 bin izleyici bekliyoruz"
    tells not how many watched this one; "Geçen yıl 200 kişilik kontenjan için …" not "bu yıl kaç kontenjan var")."""
    if (asked.asked is not Asked.NUMBER or not (asked.tense is Tense.PAST or asked.this_period)
            or not asks_the_news(question, asked) or _FIRST_PERIOD.search(turkish_lower(question))
            or _LAST_YEAR.search(turkish_lower(question)) or _COMPARISON.search(turkish_lower(question))):
        return False  # (not "ilk kursu kaç kadın bitirmişti?": the past itself)
    spans = _candidates(asked, sentence)
    last_years = [span for span in spans if _of_last_year(_said_in(sentence, span))]
    # (a figure expected is no deed done, but it is this year's where "bu yıl" is asked: "bu yıl … 1.150 ton badem
    # toplanmasının beklendiğini")
    return bool(last_years) and all(span in last_years or asked.tense is Tense.PAST and _EXPECTED_FIGURE.match(
        sentence, sentence.find(span) + len(span)) for span in spans)


# a past period the question names by its order: "programın ilk yılında" (last year's, in its second)
_FIRST_PERIOD = re.compile(r"(?<!\w)ilk\s+(?:yıl|sezon|dönem|yarı)\w*")


def measures_last_year_only(question: Question, sentence: str) -> bool:
    """Of no year before asked, every figure of the sentence in the asked measure is last year's ("Bu bütçe,
    geçen yılın 1,6 trilyon dinarlık bütçesinden yaklaşık yüzde 19 daha büyük" for "2025 bütçesi ne kadar?")."""
    # (not where a year or the past is asked: "2018'deki ilk şenlikte", "ayda ne kadar ödüyordu?"; nor where the
    # sentence says this year's too: "geçen yıl 6 milyon dinar iken bu yıl 7,8 milyon dinara çıktığını")
    if (not question.measure or question.last_year or question.tense is Tense.PAST
            or _THIS_YEAR.search(turkish_lower(sentence))):
        return False
    measured = [span for span in _candidates(question, sentence)
                if _measure_of_span(span) == _MEASURE_OF[question.measure]]
    return bool(measured) and all(_of_last_year(turkish_lower(_clause_of(sentence, span))) for span in measured)


def tells_last_year(sentence: str) -> bool:
    """A clause of the sentence gives its figure of last year ("Geçen yılki festivalde katılımcı sayısı 52
    olmuştu")."""
    return any(_of_last_year(clause) for clause in re.split(r"[;,]", turkish_lower(sentence)))


def _of_last_year(clause: str) -> bool:
    """The lower-cased clause says its figure of last year: "geçen yıl filomuzda 31 ambulans vardı", not a thing
    last year began ("geçen yıl kurulan kooperatif 620 ton …") nor a comparison with it ("geçen yılın hasadından
    yüzde 35 daha fazla")."""
    return bool(_LAST_SEASON.search(clause)) and not _LAST_YEAR_PARTICIPLE.search(f"{clause} ") \
        and not _COMPARISON.search(clause)


# a figure compared with last year's ("geçen yılın hasadından yüzde 35 daha fazla"), or a question comparing
_COMPARISON = re.compile(r"(?<!\w)(?:göre|oranla|kıyasla|(?<!bir\s)önceki)(?!\w)"
                         r"|[dt][ae]n\s+(?:\S+\s+){0,3}(?:daha\s+)?"
                         r"(?:fazla|az|yüksek|düşük)")


def _said_in(sentence: str, span: str) -> str:
    """The lower-cased clause that holds the span, of the quote's sentence that does ("… izlemişti. Bu yıl
    …")."""
    at = sentence.find(span)
    start = max((m.end() for m in re.finditer(r"[.!?]\s", sentence[:at])), default=0)
    end = next((m.start() for m in re.finditer(r"[.!?](?:\s|$)", sentence[at:])), len(sentence) - at) + at
    return turkish_lower(_clause_of(sentence[start:end], span))


def only_requested(question: str, asked: Question, sentence: str) -> bool:
    """Every figure of the sentence is one asked for, in a clause saying no deed the question asks:
    "… 20 milyon dinarlık bir sermaye gerekiyor ve kooperatif bunun için Kerkük İl Meclisi'nden destek
    istedi" tells no "ne kadar destek verdi?" (not "… istedi ve Meclis 20 milyon dinar verdi")."""
    verb = asked_verb(question)
    if (asked.asked is not Asked.NUMBER or asked.demand or not verb or len(verb) < 2
            or re.search(r"(?<!\w)(?:gerek|ihtiyaç)", turkish_lower(question))):  # ("ne kadar para gerekiyor?")
        return False
    clauses = [_said_in(sentence, span) for span in _candidates(asked, sentence)]
    return bool(clauses) and all((_DEMANDED.search(clause) or _NEEDED.search(clause)) and not roots_held(clause, {verb})
                                 for clause in clauses)


# asked for, said as a finite verb ("destek istedi", "talep etti"; not "talep ettiği 300 öğretmen", "istenen")
_DEMANDED = re.compile(r"(?<!\w)(?:talep\s+(?:et(?:ti(?!ğ)|miş|iyor|ecek(?!l))|edil(?:di(?!ğ)|miş|iyor))"
                       r"|iste(?:di(?!ğ)|miş|ndi(?!ğ)|niyor|yecek(?!l))|istiyor)\w*")


_NEEDED = re.compile(r"(?<!\w)(?:gerek(?:iyor|li|ecek)|ihtiyaç\s+(?:var|duyul))")  # a sum needed, not given


# Where a clause ends: a semicolon, or "ancak", "ama", "fakat" turning to another
_CLAUSE_TURN = re.compile(r";|,?\s+(?:ancak|ama|fakat)\s+")
_ITEM_END = re.compile(rf",|{_CLAUSE_TURN.pattern}")  # a list's item ends at a comma too


def _clause_around(sentence: str, span: str) -> str:
    """The lower-cased clause of the sentence that holds the span."""
    at = sentence.find(span)
    starts = [0, *(turn.end() for turn in _CLAUSE_TURN.finditer(sentence) if turn.end() <= at)]
    end = next((turn.start() for turn in _CLAUSE_TURN.finditer(sentence, at)), len(sentence))
    return turkish_lower(sentence[max(starts):end])


def _own_words_after(question: Question, sentence: str, found: list[str]) -> str | None:
    """Of figures listed with commas, each followed by what it is of ("yüzde 35'i yol ve altyapı
    projelerine, yüzde 22'si eğitime, yüzde 18'i sağlığa ayrıldı"; "9 üye kabul, 4 üye ret oyu
    verdi, 2 üye çekimser kaldı"), the one whose own words alone hold a word of the question
    ("eğitime", "ret"); None where none or several do. Only the list's kind is read ("yüzde …",
    "… üye"), and of its last item only the first word: what follows is the verb all share."""
    # (a bare part: "2 bin 600'ü Telafer merkezde, 1.100'ü Ayadiye nahiyesinde")
    kinds = [span.split()[0] if span.startswith(("yüzde", "%")) else "'" if _is_part(sentence, span)
             else span.split()[-1] for span in found]
    kind = max(kinds, key=kinds.count)
    spans = [span for span, of in zip(found, kinds) if of == kind]
    bounds: list[tuple[int, int]] = []  # where each figure starts, and where its word ends ("22'si")
    for span in spans:
        at = sentence.find(span, bounds[-1][1] if bounds else 0)
        if at < 0:
            return None
        bounds.append((at, at + len(span) + len(re.match(r"\S*", sentence[at + len(span):]).group())))
    # each figure's words, up to the next figure
    items = [sentence[done:(bounds[i + 1][0] if i + 1 < len(bounds) else len(sentence))]
             for i, (_, done) in enumerate(bounds)]
    # the list: the last figures, each before the next parted by a comma ("15 üyenin katıldığı
    # oylamada 9 üye kabul, …": the 15 is none of it)
    first = len(items) - 1
    while first > 0 and ("," in items[first - 1] or re.search(r"\sve\s*$", items[first - 1])):
        first -= 1  # (the last joined by "ve": "…, 5'i Dakuk'tan ve 3'ü Tazehurmatu'dan seçildi")
    listed = [(span, words(_ITEM_END.split(text)[0])) for span, text in zip(spans[first:], items[first:])]
    if len(listed) < 2:
        return None
    said = [set(own if i + 1 < len(listed) else own[:1]) - STOPWORDS for i, (_, own) in enumerate(listed)]
    asked = [stem for stem in question.named if len(stem) > 2 and not stem.startswith(("kaç", "kac"))]
    held = [{stem for stem in asked if any(word.startswith(stem) for word in own)} for own in said]
    alone = [span for i, (span, _) in enumerate(listed)
             if held[i] - set().union(*(other for j, other in enumerate(held) if j != i))]
    return alone[0] if len(alone) == 1 else None


def _share_or_whole(question: Question, sentence: str, found: list[str]) -> str | None:
    """A whole, then its shares pointed back at ("Projenin toplam maliyeti 21 milyar dinar; bunun 15 milyar
    dinarı bakanlık bütçesinden, 6 milyar dinarı ise bir Japon kalkınma kredisinden karşılandı"): the one
    share whose own words alone hold a word of the question ("Japon kredisinden ne kadar"), else the whole
    where its words do ("toplam maliyeti ne kadar"); None otherwise."""
    pointing = _POINTING_BACK_AT.search(sentence)
    if not pointing:
        return None
    starts = [sentence.find(span) for span in found]
    whole = [span for span, at in zip(found, starts) if 0 <= at < pointing.start()]
    parts = [(span, at) for span, at in zip(found, starts) if at > pointing.start()]
    # (a share said so: "bunun 15 milyar dinarı", not "bunun geçen yılki 870 tonluk hasadın … fazlası")
    if len(whole) != 1 or not parts or parts[0][1] != pointing.end() or not all(
            _SHARE_ENDING.match(sentence, at + len(span)) for span, at in parts):
        return None
    # (a compound's head without its possessive: "Vakfı" is "vakf", as "vakıf" drops its vowel)
    asked = {bare for stem in question.named if len(stem) > 2
             for bare in (stem, re.sub(r"(?<=[^aeıioöuü])[ıiuü]$", "", stem)) if len(bare) > 2} - _NOT_CONTENT

    def held(text: str) -> set[str]:  # ("vakıf" for the question's "Vakfı")
        return {stem for stem in asked if any(word.startswith(stem) or vowel_dropped(word).startswith(stem)
                                              for word in words(text))}

    before = held(sentence[:pointing.start()])
    owns = [(span, held(sentence[at + len(span):next_at]) - before)
            for (span, at), next_at in zip(parts, [at for _, at in parts[1:]] + [len(sentence)])]
    # (the question's own names, which the whole's words never say, are its subject's: "Kerkük–Tuzhurmatu otobüs
    # projesinin toplam maliyeti" is not the share spent on "Kerkük ve Tuzhurmatu'daki durakların")
    picked = [span for span, own in owns if own - question.names]
    if not picked:  # a word the whole's words share ("belediye" before "bunun", "belediye bütçesinden" after)
        picked = [span for (span, at), next_at in zip(parts, [at for _, at in parts[1:]] + [len(sentence)])
                  if held(sentence[at + len(span):next_at]) - question.names]
    if len(picked) == 1:
        return picked[0]
    return whole[0] if not picked and before & _WHOLE_WORDS else None


_WHOLE_WORDS = frozenset("topla toplam maliyet mal bütçe tutar".split())  # a whole asked: "toplam maliyeti"
_SHARE_ENDING = re.compile(rf"(?:s?[ıiuü](?:n[ıiuü])?|[{APOSTROPHES}]\w+)(?!\w)")  # "dinarı", "dinarını", "600'ü"
# what a share is of: "bunun 15 milyar dinarı", "bu tutarın 70 milyon dinarını"
_POINTING_BACK_AT = re.compile(r"(?<!\w)(?:bunun|bunların|bu\s+tutarın|bu\s+miktarın)\s+", re.IGNORECASE)


def with_category_before(sentence: str, article: str) -> str:
    """The sentence, after the one before it where it opens on a category pointed back to ("Bu kategoride …
    birinciliği Hande Salihi elde etti" after "Kadınlar kategorisinde ise 12 sporcu yarıştı.")."""
    before = previous_sentence(article, sentence) if _THIS_CATEGORY.match(sentence.lstrip()) else None
    return f"{before} {sentence}" if before else sentence


_THIS_CATEGORY = re.compile(r"Bu\s+(?:kategori|dal|branş|sınıf|yaş\s+grubu)\w*(?!\w)")


def opens_pointing_back(sentence: str) -> bool:
    """The sentence opens with a share of what the one before named ("Bunun 40 bin dolarını … Vakfı …" after
    "Projenin toplam bütçesi 65 bin dolar."): it speaks of that, named or not."""
    pointing = _POINTING_BACK_AT.match(sentence.lstrip())  # (a share: not "Bunun yanı sıra", "Bunun için")
    return pointing is not None and _NUMBER.match(sentence.lstrip(), pointing.end()) is not None


def _part_of_whole(question: Question, sentence: str, found: list[str]) -> str | None:
    """The one part of a whole ("430'u", "17'si") whose own clause says the asked part ("… kaçı kadın",
    "… kaçı bağış"), with it where it follows the figure ("17 kadın"); None where none or several do."""
    owned = [span for span in found if _is_part(sentence, span)
             and roots_held(_clause_after(sentence, span), {question.unit or ""})]
    if len(owned) != 1:
        return None
    rest = sentence[sentence.find(owned[0]) + len(owned[0]):]  # (after "430'u"'s ending; "altısı" has it)
    after = (rest.split()[1:2] if rest[:1] in APOSTROPHES else rest.split()[:1]) or [""]
    # (not "Sarılu", a place; nor "zamanında", how: "kitapların 690'ı zamanında geri getirildi")
    named = (after[0][:1].islower() and turkish_lower(after[0]).startswith(question.unit or "")
             and not _WHERE_OR_WHEN.search(question.counted or ""))
    return f"{_bare(_worded(owned[0]))} {question.counted}" if named else _bare(_worded(owned[0]))


_POSSESSIVE_AFTER = re.compile(rf"[{APOSTROPHES}]s?[ıiuü](?!\w)")  # "1.450'si", "430'u": a part's ending
_SINCE_WORD = re.compile(r"(?<!\w)(?:bu\s+yana|beri|itibaren)(?!\w)")


def _part_placed_elsewhere(question: Question, sentence: str, span: str) -> bool:
    """A part of a whole said right before a place the question does not name ("1.450'si Dakuk'ta" for
    "Tazehurmatu'da kaç aile")."""
    after = sentence[sentence.find(span) + len(span):]
    worded = re.fullmatch(_WORDED_PART_CASED, turkish_lower(span)) is not None  # ("ikisi Erbil'den")
    if not _is_part(sentence, span) or not (worded or _POSSESSIVE_AFTER.match(after)):  # ("yüzde 48'de": no part)
        return False
    own = re.split(r"[,;]", after)[0]
    places = {stem(turkish_lower(found.group(1).split()[-1])) for found in _WHERE_NAMED.finditer(own)}
    return bool(places) and not places & question.names


# after a place's genitive, the place it holds: "(Kayseri)'nin Develi ilçesi", "(Erbil)'in Şakirin köyü"
_PROVINCE_OF = re.compile(rf"(?:[{APOSTROPHES}]n?[ıiuü]n)?\s+(?:[{_UPPER}]\w+\s+){{1,2}}"
                          r"(?:ilçe|köy|kent|nahiye|mahalle|kasaba|şehr|bölge)(?:s[ıiuü]|[ıiuü])(?!\w)")


_WHERE_OR_WHEN = re.compile(r"[dt][ae]n?$")  # a locative or ablative ending: "zamanında", "köyünden"


def _is_part(sentence: str, span: str) -> bool:
    """A bare number with a possessive ending: a part of a whole said before ("1.100'ü", "kırk üçü")."""
    at = sentence.find(span)
    return at >= 0 and (re.fullmatch(_WORDED_PART_CASED, turkish_lower(span)) is not None or span.replace(
        " ", "").replace(".", "").replace(",", "").isalnum() and not any(
        c.isalpha() for c in span.split()[-1]) and sentence[at + len(span):][:1] in APOSTROPHES)


def _part_in_asked_case(question: Question, sentence: str, found: list[str]) -> str | None:
    """A part said right after the whole that owns it, in the case the question puts the counted
    noun in ("kaç okulunda … yok": "27 okulun 11'inde fen laboratuvarı bulunmuyor" → "11")."""
    case = next((ending for asked, ending in _PART_CASES if re.search(asked, question.counted or "")), None)
    if case is None:
        return None
    for whole, part in zip(found, found[1:]):
        if re.search(rf"(?<!\w){re.escape(whole)}\s+{re.escape(part)}[{APOSTROPHES}]\w*{case}(?!\w)", sentence) and (
                re.search(r"[ıiuü]n$", whole)):
            return part
    return None


# The case of the counted noun asked (locative, ablative, dative) and the part's ending in it
_PART_CASES = ((r"\w{3,}[dt][ae]$", "n[dt][ae]"), (r"\w{3,}[dt][ae]n$", "n[dt][ae]n"), (r"\w{3,}n[ae]$", "n[ae]"))


_SECOND_PLACE = re.compile(r"(?<!\w)(?:ikinci|üçüncü)\s+(?:sıra|ol)\w*|takipçisi")
_PLACE_OR_BEATEN = re.compile(rf"[{APOSTROPHES}](?:n?[dt][ae]|y?[ıiuü]|n[ıiuü])$")  # "Salonu'nda", "Yıldızspor'u"


def _says_people(people: str, sentence: str, span: str | None = None) -> bool:
    """The people are named right by the figure ("165'i Türkmen oldu", "1.840 Türkmen öğrenciden"), or
    anywhere in the sentence when no figure is given; as a word of their own ("Türk" is not "Türkmen",
    "Arap" not "Arapça")."""
    at = sentence.find(span) if span else 0
    near = (words(sentence[at:at + len(span)]) + words(sentence[at + len(span):])[:2] if span else words(sentence)
            ) if at >= 0 else []
    return any(re.fullmatch(rf"{people}{_PEOPLE_TAIL}", word) for word in near)


# A people's name's endings: "Türkmenler", "Türkmenlerin", "Türkmendi", "Türkmen'den"
_PEOPLE_TAIL = r"(?:l[ae]r)?(?:[ıiuü]n|[ıiuü]|[dt][ae]n?|y?[ae]|y?d[ıiuü]r?|y?d[ıiuü])?"


def _own_qualifier(question: Question, sentence: str, found: list[str]) -> str | None:
    """Of figures each said after a qualifier of its own in its clause ("Şampiyon takıma 5 milyon
    dinar, ikinci olan takıma 3 milyon dinar"), the one whose qualifier alone holds a word of the
    question ("şampiyon takıma kaç dinar"); None where a figure has none ("3 bin 200 ton buğday ve
    1.150 ton arpa", "2 kişi öldü, 17 kişi yaralandı": one qualifier, or none, for all), where the
    qualifiers are no parallel phrases in one case ("Projenin maliyeti 17 milyon dolar oldu ve bu
    tutarın 11 milyon doları Japonya'nın …"), or where the words pick none or several."""
    if len({root(last) for span in found if len(span.split()) > 1
            and (last := turkish_lower(span.split()[-1])) not in SCALE_WORDS}) > 1:
        return None  # figures of one kind only: not "10 bin kişilik" beside "1,8 milyon dolar" (a scale is none)
    qualified: list[tuple[str, set[str], str]] = []  # each figure, its qualifier's stems and case ending
    end = 0
    for span in found:
        at = sentence.find(span, end)
        if at < 0:
            return None
        parts = _QUALIFIER_BREAK.split(_TOPIC_MARK.sub("", sentence[end:at]))  # "üçüncüye ise 500 bin"
        if end and len(parts) < 2:  # "212 öğrencinin yüzde 94'ü": one phrase, no second qualifier
            return None
        # "18 yaş altı birincisine"; "Bilet fiyatı yetişkinler için": whom it is for, not what it is
        said = [word for word in words(_FOR_WHOM_PHRASE.sub(r"\1", parts[-1])) if word not in STOPWORDS]
        if any(word in _POINTING_BACK_WORDS for word in said):
            return None  # "210 üyesi bulunuyor; bunların 64'ü kadın": a part of the first, no parallel figure
        ending = next((_one_case(word[-2:]) for word in reversed(said) if not word[0].isdigit()), "")
        if _NAME_BEFORE.search(parts[-1]):  # "Kerkük Arap İttifakı 97 bin": a name, in no case
            ending = _NAMED
        qualified.append((span, {stem(word) for word in said}, ending))
        end = at + len(span)
    # the parallel ones, in one case: "Şampiyon takıma …, ikinci olan takıma …" ("toplam 240 öğrenci
    # kaydoldu: … bölümüne 120, Çeviribilim bölümüne 70, …": the total is no part of the list)
    ending = max((e for _, _, e in qualified), key=[e for _, _, e in qualified].count)
    parallel = [(span, stems) for span, stems, e in qualified if e == ending]
    if not ending or len(parallel) < 2 or any(not stems for _, stems in parallel):
        return None
    # (a word another figure's qualifier says too picks neither: "lisans düzeyinde aylık 4.500 TL, yüksek lisansta
    # 6.500 TL" for "lisans öğrencilerine")
    picked = [span for span, stems in parallel
              if _met(stems - set().union(*(other for o, other, _ in qualified if o != span)), question.named)]
    if not picked:  # "Lisans öğrencilerine": not "yüksek lisans öğrencilerine ise", which says more
        picked = [span for span, stems in parallel if len(_met(stems, question.named)) == len(stems)]
    return picked[0] if len(picked) == 1 else None


_POINTING_BACK_WORDS = frozenset("bunların bunlardan bunun bundan onların onlardan bunlar".split())
def _one_case(ending: str) -> str:
    """A locative or ablative however harmony and the consonant before it write it ("çeyreğinde", "çeyrekte")."""
    return ending.translate(_ONE_CASE) if ending[:1] in ("d", "t") else ending


_ONE_CASE = str.maketrans("tıuüe", "diiia")
def _names_kind(question: Question, kinds: tuple[str, ...]) -> bool:
    """A word of the question is one of the kinds, however the stemmer cut it ("yönetme" of "yönetmen")."""
    return any(len(word) >= 4 and (word.startswith(kinds) or any(kind.startswith(word) for kind in kinds))
               for word in question.named)


def _names_a_people(span: str) -> bool:
    """"Irak Türkmeni", "Kerkük Türkmenleri": a people, by its last word, not one of them by name."""
    last = turkish_lower(_bare(span)).split()[-1]
    return any(last.startswith(people) and re.fullmatch(r"(?:l[ae]r)?[ıiuü]?", last[len(people):])
               for people in PEOPLES)


def _asks_a_work(question: Question) -> bool:
    """"hangi film", "kitabı hangisi": a work's title is asked, not who made it ("hangi yönetmen") nor a body
    ("yazma eserleri … projesini hangi vakıf başlattı?")."""
    return (question.asked is Asked.NAME and _names_kind(question, _WORKS)
            and not _names_kind(question, _PERSON_KINDS) and not question.body)


_WORKS = ("film", "kitab", "kitap", "albüm", "oyun", "şarkı", "dizi", "belgesel", "eser", "roman", "şiir", "beste")
_FOR_WHOM_PHRASE = re.compile(r"^.*?(\S+\s+için)\s*$", re.DOTALL)


def _met(stems: set[str], named: frozenset[str]) -> set[str]:
    """The stems the question names, one a start of the other: the stemmer cuts "inşaatı" to
    "inşaa" but leaves "inşaat" whole."""
    return {held for held in stems if held in named or any(
        min(len(held), len(word)) >= 4 and (held.startswith(word) or word.startswith(held)) for word in named)}


def office_unsaid(question: str, sentence: str) -> str | None:
    """The office whose holder a date or figure question is about ("Kerkük valisi hangi yıl göreve
    başladı?") when the sentence names no such office: "… restorasyon projesi, 3 Şubat 2026'da …
    başladı" is the project's start, not the governor's; None otherwise."""
    found = _OFFICE_SUBJECT.search(question)
    if not found or _says_office(turkish_lower(sentence), found.group(1)):
        return None
    return found.group().strip()


_NAME_PARTICLE = r"(?:el|bin|de)-"  # "Rakan Said el-Cuburi"


def holder_unnamed(question: str, sentence: str, article: str) -> bool:
    """The sentence names none of the people the article titles with the asked office
    ("Kerkük Valisi Rakan Said el-Cuburi … açıkladı"): "… proje, 3 Şubat 2026'da … başladı"
    dates no governor's deed, though the article names one elsewhere."""
    found = _OFFICE_SUBJECT.search(question)
    if not found:
        return False
    titled = re.finditer(rf"(?i:{found.group(1)})s?[ıiuü]\s+((?:(?:[{_UPPER}]|{_NAME_PARTICLE})[\w.’'-]*\s*)+)",
                         article)
    holders = {word for holder in titled for word in words(holder.group(1)) if len(word) > 2}
    return bool(holders) and not holders & set(words(sentence))  # no holder titled: no sentence to find


# "Kerkük valisi", "Telafer belediye başkanı": an office, after the name of what it is of
_OFFICE_SUBJECT = re.compile(rf"(?<![\w'’])[{_UPPER}]\w+\s+(?:belediye\s+|il\s+)?(vali|başkan|kaymakam|rektör|muhtar"
                             r"|müftü)s?[ıiuü](?:\s|$)")


def _joined_durations(sentence: str, found: list[str]) -> list[str]:
    """Spans of a duration written in two units one after the other ("3 saat 10 dakika", "2 yıl
    6 ay"), joined as the one span they are; others as they are."""
    out: list[str] = []
    for span in found:
        if out and _DURATION_UNIT.search(out[-1]) and _DURATION_UNIT.search(span) and re.search(
                rf"{re.escape(out[-1])}\s+{re.escape(span)}", sentence):
            out[-1] = f"{out[-1]} {span}"
        else:
            out.append(span)
    return out


# a duration's units, said as one's measure too ("1 saat 6 dakika 14 saniyelik derecesiyle")
_DURATION_UNIT = re.compile(rf"\s(?:{'|'.join(MEASURES['süre'].split())})(?:l[ıiuü]k)?$")


def _clause_of_number(question: Question, sentence: str, found: list[str]) -> str | None:
    """Of names in clauses of their own (split at a comma or a semicolon), the one in the only
    clause holding a figure the question names ("16 yaş altı kategorisini kim kazandı?")."""
    numbers = {word for word in question.named
               if word.isdigit() and not (len(word) == 4 and 1000 <= int(word) <= 2100)}  # a year is a time
    clauses = [clause for clause in re.split(r"[,;]", sentence)
               if any(re.search(rf"(?<![\d.,]){n}(?![\d.,])", clause) for n in numbers)]
    if len(clauses) != 1:
        return None
    inside = [span for span in found if span in clauses[0]]
    return inside[0] if len(inside) == 1 else None


def _own_clause(question: Question, sentence: str, found: list[str]) -> str | None:
    """Of names each ending a parallel clause, the clauses sharing a frame the question says and one
    verb after the last ("En İyi Kadın Oyuncu ödülünü … rolüyle Sevgi Kazancı, En İyi Erkek Oyuncu
    ödülünü ise … rolüyle Yavuz Demirci aldı"), the one whose clause alone holds a word of the
    question ("Kadın"); None otherwise (no verb shared at the end: "en yaşlısı … Fatma Nalbant, en
    genci ise … Ahmet Pirzade"; no lower-case frame word asked in each clause)."""
    clauses = [clause for clause in re.split(r"[,;]\s+", sentence) if any(span in clause for span in found)]
    said = [re.findall(r"[^\W\d_][\w'’]*", clause) for clause in clauses]
    if len(clauses) < 2 or not said[-1] or verb_stem(turkish_lower(said[-1][-1])) is None:
        return None
    said[-1] = said[-1][:-1]  # the verb the clauses share ends the last one
    stems = [{stem(turkish_lower(word)) for word in clause if turkish_lower(word) not in STOPWORDS} for clause in said]
    frames = [{stem(word) for word in clause if word.islower()} for clause in said]
    if not set.intersection(*frames) & question.named:
        return None
    picked = [clause for clause, own in zip(clauses, stems)
              if (own - set().union(*(other for other in stems if other is not own))) & question.named]
    if len(picked) != 1:
        return None
    bare = [span for span in found if span in picked[0] and span == _bare(span) and not _within_quotes(picked[0], span)]
    return bare[-1] if bare else None  # the clause's subject comes last, before the shared verb


def _own_deed(deed: str, sentence: str, found: list[str]) -> str | None:
    """Of figures each in a clause with a verb of its own, the one whose clause says the asked deed
    ("kaç kişi seçildi": "180 kişi başvurdu ve bunlardan 45'i seçildi"); None where none or several
    do, or where one verb ends the list ("42 bin ton makarna ve 11 bin 500 ton bisküvi üretildi").
    Read before the figures are narrowed to those naming the asked unit, which "45'i" does not."""
    halves = [next((part for part in sentence.split(";") if span in part), "") for span in found]
    if ";" in sentence and len(set(halves)) == len(found):
        # a semicolon ends a clause, whose verb may stand after a "ve" of nouns ("bu evlerden 28'i restore
        # edilecek; … diğer 14 ev için ise önce belgeleme ve sağlamlaştırma çalışması yapılacak")
        picked = [span for span, half in zip(found, halves) if roots_held(half[half.find(span):], {deed})]
        return picked[0] if len(picked) == 1 else None
    clauses = [_clause_after(sentence, span) for span in found]
    # a verb, or a verbal noun of reported speech ("320 evin hasar gördüğünü ve bunlardan 45'inin …")
    if not all(any(_VERB.search(word) or _VERBAL.search(word) for word in words(clause)) for clause in clauses):
        return None
    picked = [span for span, clause in zip(found, clauses) if roots_held(clause, {deed})]
    return picked[0] if len(picked) == 1 else None


_TOPIC_MARK = re.compile(r"\s+(?:ise|de|da)\s*$")
# a name of several capitalised words with no suffix, right before ("Kerkük Arap İttifakı 97 bin"; not
# a sentence's capital: "Ocakta 96 milyon")
_NAME_BEFORE = re.compile(rf"(?:[{_UPPER}][^\W\d_]+\s+)+[{_UPPER}][^\W\d_]+\s*$")
_NAMED = "name"
_QUALIFIER_BREAK = re.compile(r"[,;:]|\s(?:ve|ile|veya)\s")  # ("X ise": the topic, kept with it)


def _role_before(sentence: str, name: str) -> str:
    """The lower-case word right before the name: "hakem" in "hakem Sami Kadıoğlu"."""
    at = sentence.find(name)
    before = re.findall(r"[\w'’]+", sentence[:at]) if at > 0 else []
    return before[-1] if before and before[-1].islower() else ""


def figures_in_measure(question: Question, sentence: str) -> int:
    """How many figures the sentence gives in the asked measure (none asked: 0)."""
    if question.asked is not Asked.NUMBER or not question.measure:
        return 0
    return sum(_measure_of_span(span) == _MEASURE_OF[question.measure] for span in _candidates(question, sentence))


def _measure_of_span(span: str) -> str | None:
    """What a figure measures: "240 milyar dinar" money, "yüzde 30'a" a rate."""
    if re.match(r"(?:yüzde|%)", turkish_lower(span)):
        return "oran"
    unit = unit_of_measure(without_suffix(span.split()[-1])) if len(span.split()) > 1 else None
    return _MEASURE_OF[unit] if unit else None


def another_person(question: str, sentence: str) -> str | None:
    """The person a figure or date question names by first name and surname ("Kerem Avcı kaç
    oy aldı?") when the sentence gives the fact of another one it introduces by a title or a
    profession ("inşaat mühendisi Orhan Bayraktar") and never names the asked one; None
    otherwise. For a figure, date or place question only: a "kim" question's sentence names
    another person by design. So does a sentence naming another of the same surname ("Kemal
    Bayatlı, 78 yaşında …" for "Hikmet Bayatlı kaç yaşında …")."""
    if kin := _kin_named(question, sentence):
        return kin
    for names in _names_unsaid(question, sentence):
        # ("Kaptan Meryem Salihi": her post before her name)
        names = names[1:] if len(names) == 3 and turkish_lower(names[0]) in _OFFICES else names
        asked = " ".join(names)
        if (len(names) != 2 or not all(name[1:].islower() for name in names) or names_a_body(asked)
                or _names_a_thing(question, asked) or _SAID_AS_PLACE.match(question, question.find(asked) + len(
                    asked))):
            continue  # "Yıldız Gıda", "Küçük Zap nehrinin", "Tuz Hurmatu'da" (a town, in the locative)
        if any(len(name.split()) > 1 and (_a_person(sentence, _bare(name)) or _after_profession(sentence, name))
               for name in _NAME.findall(sentence)) or _opens_on_a_person(question, sentence):
            return asked  # (or one a sentence opens on as its subject: "Dilan Nurettin 14 maçta 13 gol attı")
    return None


def _opens_on_a_person(question: str, sentence: str) -> bool:
    """The sentence opens on a first name and a surname as its subject, bare, before a figure or a lower-case word
    ("Dilan Nurettin 14 maçta …"); not on the question's own word and a month ("Restorasyon Ocak 2018'de başladı")."""
    found = _PERSON_OPENING.match(sentence)
    return found is not None and not _names_own_word(Question.read(question), found.group(1)) and turkish_lower(
        found.group(2)) not in (*MONTH_NUMBERS, *WEEKDAYS)


# a first name and a surname opening a sentence, bare, before a figure or a lower-case word
_PERSON_OPENING = re.compile(rf"\s*([{_UPPER}][a-zçğıöşü]+)\s+([{_UPPER}][a-zçğıöşü]+)\s+(?=\d|[a-zçğıöşü])")
_SAID_AS_PLACE = re.compile(rf"[{APOSTROPHES}](?:[dt][ae]|[dt][ae]ki|[dt][ae]n)(?!\w)")


def surname_opening(sentence: str) -> str | None:
    """The lone capitalised word a sentence opens on as its subject ("Beşiroğlu, son maçta …",
    "Salihi'nin açıklamasına göre"): how news names a person after the first mention."""
    found = re.match(rf"\s*([{_UPPER}][^\W\d_]+)(?:,|[{APOSTROPHES}]n[ıiuü]n\s)", sentence)
    return found.group(1) if found else None


def another_by_surname(question: str, sentence: str, article: str) -> str | None:
    """The person a figure or date question names by first name and surname ("Murat Salihi kaç
    gol attı?") when the sentence opens on another one's surname alone ("Beşiroğlu, son maçta da
    iki gol attı"), whom the article introduces by a first name ("Ali Beşiroğlu"); None otherwise."""
    surname = surname_opening(sentence)
    if surname is None or not re.search(rf"[{_UPPER}][^\W\d_]+\s+{re.escape(surname)}(?!\w)", article):
        return None
    for names in _names_unsaid(question, sentence):
        asked = " ".join(names)
        origin = re.sub(r"l[ıiuü]$", "", asked)  # "Tuz Hurmatulu hastalar": from a town the article names
        if (len(names) == 2 and all(name[1:].islower() for name in names) and not names_a_body(asked)
                and not _names_a_thing(question, asked) and not re.search(
                    rf"(?<!\w){re.escape(asked)}\s+[{_UPPER}]", article)  # "Arslan Çimento Sanayi": a firm
                and not (origin != asked and re.search(rf"(?<!\w){re.escape(origin)}(?!\w)", article))):
            return asked
    return None


def _names_a_thing(question: str, name: str) -> bool:
    """The name is bare before a noun that is its own, with a case ending or none ("Küçük Zap nehrinin",
    "Kale Tepe kazısında", "Kitap Yolu otobüsü haftada …"): a river's, a site's or a bus's name, not a person's
    (nor is "Ahmet Tuzlu kimi yendi" one of a "kim")."""
    return bool(re.search(rf"(?<!\w){re.escape(name)}\s+"
                          # ("… Salihi bu sezon": a demonstrative)
                          rf"(?!(?:kim\w{{0,3}}|ne(?:yi|ye|yin)?|nere\w*|hangi\w*|bu|şu)(?!\w))"
                          rf"[^\W\d_]+?s?[ıiuü](?:n(?:[ıiuü]n|[dt][ae]|[ae]|[ıiuü]))?(?!\w)", question))


def _kin_named(question: str, sentence: str) -> str | None:
    """The person the question names by first name and surname, where the sentence names
    another first name with that surname and never the asked one."""
    for run in _NAME.findall(question):
        names = _bare(run).split()
        if (len(names) != 2 or names_a_body(" ".join(names)) or roots_held(sentence, {root(turkish_lower(names[0]))})
                or _names_a_thing(question, " ".join(names))):
            continue  # ("Yeşil Tuzhurmatu kampanyasına": a campaign's name, no one's)
        for other in (_bare(found).split() for found in _NAME.findall(sentence)):
            if (len(other) >= 2 and turkish_lower(other[-1]) == turkish_lower(names[1])
                    and not _is_title(other[-2]) and not _POSSESSIVE_WORD.search(turkish_lower(other[-2]))):
                return " ".join(names)  # (not "Kurucusu Tuzcu", "Başkan Tuzcu": the asked one, by office)
    return None


_POSSESSIVE_WORD = re.compile(r"s[ıiuü]$")


def another_owner(question: str, sentence: str) -> str | None:
    """The name of several words a figure question asks about ("Ninova İnşaat ihaleye kaç
    dinarlık teklif verdi?") when the sentence gives the figure as another one's, in the
    genitive ("Dicle Temizlik'in 19,7 milyar dinarlık teklifi"), and never names the asked one;
    not one that says a deed ("Ferhat Kazancı'nın açıkladığı verilere göre …": who told it)."""
    for names in _names_unsaid(question, sentence):
        if any(_GENITIVE_NAME.search(other.group()) and len(_bare(other.group()).split()) > 1
               and not _RELATIVE_DEED.match(sentence, other.end())
               and not _WITHIN_PLACE.match(sentence, other.end())  # ("Merkezi'nin büyük salonunda": where)
               and not _BY_MEANS.match(sentence, other.end())  # ("… Derneği'nin desteğiyle": who helped)
               and not _DEED_OF.match(sentence, other.end())  # ("Aksu Çayı'nın taşması sonucu": what befell)
               for other in _NAME.finditer(sentence)):
            return " ".join(names)
    return None


def sibling_named(question: str, sentence: str) -> str | None:
    """The body of two words a figure or date question asks about ("Türkmeneli Radyosu ne zaman
    kuruldu?") where the sentence names another of its family, the same first word and another
    head ("Kurumun kardeş kanalı Türkmeneli TV 2012'de kuruldu") or another first word and the same
    head, and never the asked one whole."""
    for run in _NAME.findall(question):
        names = _bare(run).split()[:2]  # "Kerkük Üniversitesi Türkmen dili bölümü": the university
        if (len(names) != 2 or turkish_lower(names[0]) in QUESTION_OPENERS or not names_a_body(" ".join(names))
                or holds_name(sentence, " ".join(names))):  # (not "Abbas Demirtaş": "Abbas Usta" is he)
            continue
        first, head = (turkish_lower(name) for name in names)
        for other in _NAME.findall(sentence):
            said = [turkish_lower(word) for word in _bare(other).split()]
            if len(said) == 2 and said[0] == first and root(said[1]) != root(head) and not _is_title(said[1]):
                return " ".join(names)
            # the same kind of another town's ("Kerkük Üniversitesi" asked: "Erbil'deki Selahaddin
            # Üniversitesi'nde de açılmıştı"), where the sentence never names the asked town
            if (len(said) == 2 and root(said[1]) == root(head) and said[0] != first
                    and not roots_held(sentence, {root(first)})):
                return " ".join(names)
    return None


def holds_name(text: str, name: str) -> bool:
    """Every word of the name is in the text, each in any case ("Türkmeneli Radyosu'nun")."""
    roots = _roots(name.split())
    return roots_held(text, roots) == len(roots)


def another_subject(question: str, sentence: str) -> str | None:
    """The name a "hangi" question gives its doer bare ("Yarı finalde Zagros Spor hangi takımı yendi?") where the
    sentence never names it and opens on another name of several words as its subject ("Kerkük Türkmen Gençlik yarı
    finalde Erbil Harir takımını … mağlup etmişti"): the deed told is the other one's."""
    unsaid = name_unsaid(question, sentence)
    opening = _NAME.match(sentence.lstrip())
    if unsaid is None or len(unsaid.roots) < 2 or opening is None or len(opening.group().split()) < 2:
        return None
    bare = not set(opening.group()) & set(APOSTROPHES)
    return unsaid.surface if bare and re.match(r"\s+[a-zçğıöşü]|,", sentence.lstrip()[opening.end():]) else None


def another_doer(question: str, sentence: str) -> str | None:
    """The body a figure question opens with as its doer (an acronym or a public body: "AFAD
    Kerkük'e kaç tır gönderdi?"; not "Kayseri Çarşısı restorasyonu …", a place)
    when the sentence gives the deed to another body as its subject ("Azerbaycan'ın Haydar
    Aliyev Vakfı da Kerkük'e 7 tırlık bir yardım gönderdi") and never names the asked one."""
    opening = _NAME.match(question.lstrip())
    doer = [word for word in opening.group().split() if not set(word) & set(APOSTROPHES)] if opening else []
    if not doer or not (len(doer) == 1 and _ACRONYM.fullmatch(doer[0]) or _names_a_public_body(" ".join(doer))):
        return None
    if roots_held(sentence, _roots(doer)):
        return None
    for other in _NAME.finditer(sentence):
        name = other.group()
        if (len(name.split()) > 1 and not set(name) & set(APOSTROPHES) and names_a_body(name)
                and _SUBJECT_AFTER.match(sentence, other.end())):
            return " ".join(doer)
    return None


_ACRONYM = re.compile(rf"[{_UPPER}]{{3,}}")  # "AFAD", "TİKA"
_SUBJECT_AFTER = re.compile(r"\s+(?:da|de|ise)(?!\w)|,")  # "… Vakfı da …", "… Belediyesi ise …"


# "açıkladığı", "vereceği"; "açıklamasına göre": who told it
# a genitive's help, in the instrumental, right after it or an adjective: "… Derneği'nin desteğiyle", "Valiliğin
# katkısıyla", "… Kurulu'nun ortak finansmanıyla" (not what it owns: "… Temizlik'in teklifiyle")
_BY_MEANS = re.compile(r"\s+(?:[^\W\d_]+\s+)?(?:desteğ|katkı|yardım|aracılığ|işbirliğ|finansman|öncülüğ|himaye"
                       r"|sponsorluğ|katılım)\w*?y?l[ae](?!\w)")
# what befell a place, said as its verbal noun: "Aksu Çayı'nın taşması sonucu" (not "… Şirketi'nin sözleşmesi")
_DEED_OF = re.compile(r"\s+(?:taş|çök|yıkıl|patla|kop|yan|kapan|daral|kuru|dol)m[ae]s[ıi](?!\w)")
_RELATIVE_DEED = re.compile(r"\s+(?:\w+?(?:[dt][ıiuü]ğ|[ae]c[ae]ğ)[ıiuü]|\w+\s+göre(?!\w))")


def anothers_possession(question: str, sentence: str) -> bool:
    """The question asks a thing of an owner named in the genitive ("Telafer Sporu'nun golünü kim
    attı?", "Kerkük Belediyesinin 2024 bütçesi") and the sentence gives that thing to another
    owner so ("Kerkük Gençlerbirliği'nin gollerini …", "Tuzhurmatu Belediyesinin 2024 bütçesi"),
    never naming the asked one (a year may stand between the owner and the thing)."""
    for asked in _NAME.finditer(question):
        owner, thing = asked.group(), _possessed_after(question, asked.end())
        if not (_GENITIVE_NAME.search(owner) and thing):
            continue
        possessed = stem(turkish_lower(thing))
        names = _roots(_bare(owner).split())
        if len(possessed) < 3 or roots_held(sentence, names) == len(names):
            continue
        for other in _NAME.finditer(sentence):
            after = _possessed_after(sentence, other.end())
            if (_GENITIVE_NAME.search(other.group()) and after
                    and turkish_lower(after).startswith(with_softened(possessed))
                    and _roots(_bare(other.group()).split()) - names):
                return True
    return False


def titled_namesake(question: str, sentence: str, title: str) -> str | None:
    """The name the question asks of ("Kızlar Camii restorasyonunun maliyeti") where the article's title names
    another of its kind ("… Hacı Velican Camii yeniden ibadete açıldı") and the sentence names neither: its figure
    is the title's one's ("restorasyonun toplam maliyetinin 1,4 milyon dolar"; the article names "Kızlar Camii"
    only as the next project); not where the title's name shares a word with the question's ("Kerkük Üniversitesi
    Türk Dili Bölümü" is the "Türk Dili ve Edebiyatı Bölümü" by a shorter name). None otherwise."""
    said = words(turkish_lower(sentence))
    named = {stem(turkish_lower(_bare(word))) for word in _TOKEN.findall(question) if word[:1].isupper()}
    for modifier, head in named_compounds(question):
        kind = compound_head(head.surface)
        if len(kind) < 3 or any(word.startswith(form) for word in said for form in modifier.roots[0]):
            continue
        titled = [run.group().split() for run in _NAME.finditer(title) if len(run.group().split()) > 1]
        titled = [name for name in titled if compound_head(_bare(name[-1])) == kind]
        if titled and not any({stem(turkish_lower(_bare(word))) for word in name[:-1]} & named for name in titled):
            return f"{modifier.surface} {head.surface}"
    return None


def anothers_thing(question: str, sentence: str, article: str = "") -> bool:
    """The question asks a thing of a common noun in the genitive ("okuma yazma kursunun toplam maliyeti")
    and the sentence gives that thing to another ("salonun toplam maliyetinin 4,2 milyar dinar"), its
    article never naming the asked one (not a time's: "bu yılın bütçesinin"; "Projenin maliyeti" is the
    article's own "arıtma tesisi")."""
    lowered, said = turkish_lower(sentence), words(f"{sentence} {article}")
    for asked in _OWNED_THING.finditer(turkish_lower(question)):
        owner, thing = asked.group(1), asked.group(2)
        # (a measure or a sum only, in its possessive: not "ölenlerin ailelerine", nor "ölenlerin sayısı" said
        # "hayatını kaybedenlerin sayısı"; an owner no participle, no time, no pointer)
        if (any(word.startswith(owner[:4]) for word in said) or not _owner_of_a_thing(owner)
                or not thing.startswith(_OWNED_MEASURES)):
            continue
        if any(other.group(2)[:5] == thing[:5] and _owner_of_a_thing(other.group(1))
               and not other.group(1).startswith(owner[:4]) for other in _OWNED_THING.finditer(lowered)):
            return True
    return False


def _owner_of_a_thing(owner: str) -> bool:
    return owner not in _NO_OWNERS and not _PARTICIPLE_OWNER.search(owner)


# a common noun's thing: "kursunun toplam maliyeti", "salonun maliyetinin"
_OWNED_THING = re.compile(r"(?<![\w'’])([a-zçğıöşü]{3,}?)n?[ıiuü]n\s+(?:toplam\s+|yıllık\s+)?([a-zçğıöşü]{5,})")
# genitives that own nothing another could: a time ("bu yılın bütçesi"), a pointer, the whole
_NO_OWNERS = frozenset({"yıl", "hafta", "gün", "dönem", "sezon", "bun", "şun", "bunlar", "onlar", "şunlar", "kendi",
                        "kendisi", "hep", "tüm", "toplam", "bir", "biri", "herbiri", "hepsi", "tane", "tanesi"})
_PARTICIPLE_OWNER = re.compile(r"[ae]n(?:l[ae]r)?$")  # "ölenlerin", "kaybedenlerin", "katılanın"
_OWNED_MEASURES = ("maliyet", "bütçe", "kapasite", "uzunluğ", "uzunluk", "yüksekliğ", "nüfus", "kira", "fiyat",
                   "ücret", "gelir")


def owner_asked(question: str) -> str | None:
    """The owner a question names in the genitive, as a refusal names it ("Süleymaniye
    Çimento'nun" → "Süleymaniye Çimento", "Kerkük Belediyesinin" → "Kerkük Belediyesi")."""
    owner = next((m.group() for m in _NAME.finditer(question) if _GENITIVE_NAME.search(m.group())), None)
    return re.sub(r"(?<=[sğ][ıiuü])n[ıiuü]n$", "", _bare(owner)) if owner else None


def _genitive_owners(question: str) -> Iterator[list[str]]:
    """The words of each owner the question names in the genitive ("Kerkük Türkmen Lisesi'nin")."""
    return (_bare(asked.group()).split() for asked in _NAME.finditer(question) if _GENITIVE_NAME.search(asked.group()))


def _roots(names: list[str]) -> set[str]:
    return {root(turkish_lower(name)) for name in names}


def names_asked_owner(question: str, sentence: str) -> bool:
    """The sentence names the owner the question names in the genitive (a sentence naming none,
    "bu yılın bütçesinin 412 …", is of its article's owner)."""
    return any(roots_held(sentence, _roots(owner)) for owner in _genitive_owners(question))


def owner_named_in_part(question: str, sentence: str) -> bool:
    """The question names its owner in the genitive with a name of several words ("Kerkük Türkmen
    Lisesi'nin başarı oranı") and the sentence holds only some of them ("Kerkük Eğitim Müdürlüğü
    verilerine göre il genelinde … yüzde 71"): it may be of another owner (one holding none names it
    by kind: "hastanenin toplam yatak kapasitesi")."""
    for *own, _ in _genitive_owners(question):  # its own words, not its kind ("hastanenin" names it so)
        if len(own) > 1 and 0 < roots_held(sentence, roots := _roots(own)) < len(roots):
            return True
    return False


def holds_owner_name(question: str, sentence: str) -> bool:
    """The sentence holds every word of the owner the question names in the genitive."""
    return any(roots_held(sentence, roots := _roots(owner)) == len(roots) for owner in _genitive_owners(question))


# A name as its sentence's subject: "Altınköprü Çimento ise …", "**Kerkük Un Sanayi A.Ş.**, …"
_AS_SUBJECT = re.compile(r"\**(?:\s+ise(?!\w)|,)")
# A sentence naming its subject by its kind only ("Şirketin 2024 net kârı …", "Bankanın …")
_BY_KIND = re.compile(r"(?:Şirket|Banka|Fabrika|Kurum|Kuruluş|Belediye|Kulüp|Dernek|Vakıf|Hastane|Ekip(?!man)|Ekib"
                      r"|Takım|Topluluk|Topluluğ|Kooperatif|Koro(?!na)|Orkestra)\w*(?!\S*[" + APOSTROPHES + r"])")


def names_by_kind(sentence: str) -> bool:
    """The sentence names its subject by its kind and names no body of its own (not "Fabrikaya
    kredi veren Kerkük Esnaf Bankası, …"; a person it names is none: "Ekibin lideri Mustafa Kayacı, …")."""
    said = sentence.split()
    if len(said) > 1 and _is_title(said[1]):
        return False  # a title, the person after it the subject: "Belediye Başkanı Abdülkadir Tuzlu, …"
    return bool(_BY_KIND.match(sentence.lstrip())) and not any(
        len(name.split()) > 1 and not _a_person(sentence, name)
        and not turkish_lower(_word_before(sentence, name)).startswith((*_OFFICES, "lider"))
        for name in map(_bare, _NAME.findall(sentence)))


def of_body_named_before(question: str, sentence: str, article: str) -> bool:
    """The sentence names its subject by its kind only, and the subject the article turned to
    last before it is another body than the one the question names ("Şirketin 2024 net kârı 9,7
    milyon dolar" after "Altınköprü Çimento ise zayıf bir yıl geçirdi", asked of Kerkük Un
    Sanayi); a body named in passing is no subject ("Açılış törenine Irak Sağlık Bakanlığı …
    katıldı. Hastanenin inşaatı …" is the hospital's)."""
    if not names_by_kind(sentence):
        return False
    # (a kind opening the question is no name's word: "Bankanın Kerkük şubesinde …")
    opening = _BY_KIND.match(question.lstrip())
    asked = [_bare(m.group()) for m in _NAME.finditer(question.lstrip()[opening.end() if opening else 0:])
             if len(_bare(m.group()).split()) > 1]
    at = article.find(sentence.strip()[:40])
    if not asked or at <= 0:
        return False
    before = article[:at]
    bodies = [_bare(m.group()) for m in _NAME.finditer(before)
              if len(_bare(m.group()).split()) > 1 and not _a_person(before, _bare(m.group()))
              and _AS_SUBJECT.match(before, m.end())]
    # the body of that kind the sentence just before names, in any case, is the one it speaks of ("…
    # Tuzhurmatu Satranç Kulübü'nün kurucusu. Kulüp 2019'da … kurulmuştu")
    kind = root(turkish_lower(sentence.split()[0]))[:4]
    said = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(kind)}", turkish_lower(question))]
    if said and not any((name := re.search(rf"(?:[{_UPPER}]\S*\s+)+$", question[:at]))
                        and not names_a_body(name.group().strip()) for at in said):
        return False  # the kind the question speaks of too, naming none: "Kooperatifin elinde … 30 tekne" for "Tarım
        # Bakanlığı kooperatife kaç tekne bağışladı?" (the ministry is the giver; not "Telafer Yıldızları ekibinin")
    previous = (split_sentences(before) or [""])[-1]
    # (or whose kind follows it: "Kerkük Gençlik Topluluğu'nun 19 dansçıdan oluşan ekibi" before "Ekibin lideri …")
    bodies += [_bare(m.group()) for m in _NAME.finditer(previous) if len(_bare(m.group()).split()) > 1
               and (turkish_lower(_bare(m.group()).split()[-1]).startswith(kind)
                    or any(turkish_lower(word).startswith(kind) for word in previous[m.end():].split()[:4]))]
    if not bodies:
        return False

    def holds_all(text: str, name: str) -> bool:
        roots = _roots(name.split())
        return roots_held(text, roots) == len(roots)

    # one name may hold the other: "Yıldız Gıda" in "Yıldız Gıda Kerkük'teki …", "Kerkük Un Sanayi A.Ş.",
    # "Tuzhurmatu Belediyesi" in "Tuzhurmatu Belediye Meclisi"
    return not any(holds_all(bodies[-1], name) or holds_all(name, bodies[-1]) for name in asked)


def _possessed_after(text: str, at: int) -> str:
    """The word after a genitive owner, past a year ("Belediyesinin 2024 bütçesi", "geçen
    yılki bütçesi": "bütçesi")."""
    following = [word for word in text[at:].split()[:4]
                 if not _YEAR_NUMBER.fullmatch(word) and not _TIME_OF_THING.fullmatch(turkish_lower(word))]
    return following[0] if following else ""


_TIME_OF_THING = re.compile(r"geçen|bu|gelecek|önceki|(?:yıl|sezon)\w*")


def another_place(question: str, sentence: str) -> str | None:
    """The place a figure question names where ("TİKA Telafer'de kaç okulu onardı?") when
    the sentence names another place so ("… onarılan 15 okul, Kerkük'te düzenlenen törenle …")
    and never the asked one; None otherwise."""
    # or whither ("AFAD Telafer'e kaç tır": not "… Kerkük'e 7 tırlık"), or whom ("Vali Dibis'i ne zaman
    # ziyaret etti": not "… 18 Temmuz'da Altunköprü'yü ziyaret ederek")
    for case in (_WHERE_NAMED, _TO_NAMED, _WHOM_NAMED):
        said = _places_said(sentence, case)
        if case is _WHERE_NAMED and _ATTRIBUTIVE_PLACE.search(question):
            said = {place for place in said if not _of_another_thing(sentence, place, question)}
        for found in case.finditer(question):
            # a place named with its kind is named whole ("Bay Hasan sahasında")
            place = found.group(1) if not set(found.group()) & set(APOSTROPHES) else _place_named(found.group(1))
            asked = {turkish_lower(word) for word in found.group(1).split()}  # "Güney'deki" is "Güney İtalya'daki"
            if (said and place not in said and not any(turkish_lower(other.split()[-1]) in asked for other in said)
                    and not roots_held(sentence, {root(turkish_lower(place.split()[-1]))})):
                return place
    return None


def another_branch(question: str, sentence: str) -> str | None:
    """The branch a question names by its town ("Kitapsaray'ın Erbil şubesi") where the sentence speaks of branches
    in other towns only ("… Telafer ve Tuzhurmatu'da birer şube açmayı planladığını"): "Erbil şubesi"; None
    otherwise."""
    asked = next((found for found in _BRANCH_ASKED.finditer(question)
                  if turkish_lower(found.group(1)) not in (*QUESTION_OPENERS, *STOPWORDS, *ADJECTIVES, "yeni", "eski")
                  and found.start() > 0), None)  # (not "Kaç şube", "Yeni şube": no town; nor the first word)
    if not asked or roots_held(sentence, {root(turkish_lower(asked.group(1)))}):
        return None
    kind = turkish_lower(asked.group(2))
    said = _places_said(sentence, _WHERE_NAMED)
    return f"{asked.group(1)} {asked.group(2)}{asked.group(3)}" if said and kind in turkish_lower(sentence) else None


# a town's branch, office or campus: "Erbil şubesi", "Bağdat temsilciliği" (not "Kalespor maçı": a team's, as often)
_BRANCH_ASKED = re.compile(r"(?<![\w'’-])([A-ZÇĞİÖŞÜ][a-zçğıöşü]{2,})\s+(şube|ofis|temsilcili|kampüs)(\w*)")


def _of_another_thing(sentence: str, place: str, question: str) -> bool:
    """The sentence names the place as where another thing is, one the question does not name: "İstanbul'daki
    toptancı firma" for "Altunköprü'deki kadın kooperatifi … kaç ton gidecek?" (the buyer's town)."""
    found = re.search(rf"{re.escape(place)}[{APOSTROPHES}]n?[dt][ae]ki\s+([^\W\d_]+)(?:\s+([^\W\d_]+))?", sentence)
    named = {root(turkish_lower(word)) for word in found.groups() if word and turkish_lower(word) not in STOPWORDS
             } if found else set()
    return bool(named) and not roots_held(question, named)


# a place said of the thing after it: "Altunköprü'deki kadın kooperatifi"
_ATTRIBUTIVE_PLACE = re.compile(rf"[{_UPPER}]\w+[{APOSTROPHES}]n?[dt][ae]ki\s")


def _places_said(text: str, case: re.Pattern) -> set[str]:
    """The places the text names in one case ("Kerkük'te"; "Kerkük'e"); a month or a day is
    none ("9 Eylül'de")."""
    return {place for found in case.finditer(text)
            if turkish_lower(place := _place_named(found.group(1))) not in (*MONTH_NUMBERS, *WEEKDAYS)}


_BARE_GENITIVE = re.compile(r"(?:[^aeıioöuü][ıiuü]|n[ıiuü])n$")  # "Yolun", "Köprünün": a common noun's genitive


def unit_of_another(question: str, sentence: str) -> str | None:
    """The place naming the unit a question asks of ("Kifri huzurevi kaç yataklı?") where the sentence
    names the same kind of unit under another place's name and never the asked place ("60 yataklı
    Kerkük Huzurevi'nde"); None otherwise."""
    for found in _PLACE_UNIT_AT.finditer(question):  # (each capitalised word: "Radyonun Telafer vericisi")
        place, unit = found.group(1), turkish_lower(found.group(2))
        # (a town ending like "-li" is a name where the unit is its compound's: "Amirli hastanesine")
        compound = re.search(r"l[ıiuü]$", turkish_lower(place)) and _COMPOUND_POSSESSIVE.search(unit)
        if (not found.group(2)[:1].islower() or not (_proper_before_office(place) or compound)
                or roots_held(sentence, {root(turkish_lower(place))})
                or not found.start() and _BARE_GENITIVE.search(turkish_lower(place))):
            continue  # ("Bu ferman", "Kim Normanların", "Kemal Tuzcu", the first "Yolun inşaatını": no place's unit)
        for other in [*_PLACE_UNIT.finditer(sentence), *_PLACE_WORD_UNIT.finditer(sentence)]:
            named = turkish_lower(other.group(2))  # "Huzurevi" of "Huzurevi'nde"; "huzurevinde" asked
            if _names_another_head(sentence, other.end(2), question):
                continue  # ("Türkmeneli Film Atölyesi'nden" is a workshop, not the film "Kırık Saz filminin")
            same = (turkish_lower(other.group(1))[:5] == turkish_lower(place)[:5]  # "Şekercioğlu Helvaları"
                    or turkish_lower(other.group(1)) in ADJECTIVES)  # "Yeni Hastane", "Tarihi Kale": no place
            if other.group(2)[:1].isupper() and not same and (unit.startswith(named) or named.startswith(root(unit))):
                return place
        # "Tuzhurmatu'daki ikinci vericisini" for "Radyonun Telafer vericisi"
        placed = re.finditer(rf"([{_UPPER}]\w+)[{APOSTROPHES}][dt][ae]ki\s+(?:[^\W\d_]+\s+){{0,2}}"
                             rf"{re.escape(root(unit))}(?!\w*l[ae]r)\w*", sentence)  # (not "Kerkük'teki hastanelerin")
        if unit[:1].islower() and any(turkish_lower(other.group(1))[:5] != turkish_lower(place)[:5]
                                      for other in placed):
            return place
    for found in _PLACED_UNIT_ASKED.finditer(question):
        if turkish_lower(found.group(2)) in _NO_UNITS:
            continue  # ("Kerkük kitap fuarında toplam kaç kitap": "toplam" is no unit)
        # "Telafer'deki yeni kapalı spor salonu kaç kişilik?": not "Kerkük'teki benzer kapalı salonun 1.500
        # kişilik olduğunu hatırlatarak Telafer salonunun …", the figure said right after another place's unit
        # ("Amirli kanalının 15 kilometrelik bir uzunluğa" for "Beşir Sulama Kanalı kaç kilometre")
        place, unit = found.group(1), root(turkish_lower(found.group(2)))
        if turkish_lower(place) in (*ADJECTIVES, *STOPWORDS, *QUESTION_OPENERS, *PEOPLES):
            continue  # ("Yeni hastane kaç yataklı?", "Bu yıl fuar kaç gün sürecek?", "Türkmen Halk Bilimi bölümüne
            # kaç öğrenci": no place)
        figured = [other for other in re.finditer(
            rf"(?<!\w)([{_UPPER}]\w+)(?:[{APOSTROPHES}][dt][ae]ki\s+(?:[^\W\d_]+\s+){{0,2}})?"
            rf"\s*(?i:{re.escape(unit)})\w*\s+(?:[^\W\d_]+\s+)?\d", sentence)
            # (a sentence's first word is capitalised as one: "Fuarda toplam 62 bin"; a surname ends a person's name:
            # "Kifri Sağlık Müdürü Ahmet Koca hastanenin 200 yataklı …")
            # (a sentence's first word may be any noun: "Devlet hastanesi 200 yataklı", "Müzik festivali 3 gün";
            # a name shows its apostrophe: "Amirli'deki hattın 25 kilometre …")
            if (not _starts_sentence(sentence, other.start()) or sentence[other.end(1):other.end(1) + 1] in APOSTROPHES)
            and turkish_lower(other.group(1)) not in ADJECTIVES  # ("… Yeni Hastane 400 yataklı …")
            and not _surname_before(sentence, other.start())]
        asked = {turkish_lower(word)[:5] for word in words(question)}
        own = any(turkish_lower(other.group(1))[:5] == turkish_lower(place)[:5] for other in figured)
        if not own and any(turkish_lower(other.group(1))[:5] not in asked for other in figured):
            return place  # (not where the asked place has its figure too: "Kifri'deki hastane 200 yataklı …")
    return None


def _surname_before(sentence: str, at: int) -> bool:
    """The word before ``at`` ends a person's name ("Ahmet Koca hastanenin"), not an adjective, a title or a
    genitive ("Yeni Musul", "Müdürü Musul", "Irak'ın Musul")."""
    before = sentence[:at].split()[-1:]
    word = before[0] if before else ""
    return (word[:1].isupper() and word.isalpha() and turkish_lower(word) not in (*ADJECTIVES, *STOPWORDS)
            and not _TITLE.search(word) and not _starts_sentence(sentence, at - len(word) - 1))


_NO_UNITS = frozenset({"toplam", "yaklaşık", "ortalama", "yıllık", "aylık", "günlük", "tahminen", "kadar"})
# the question's own place and the unit it counts or sizes: "Telafer'deki yeni kapalı spor salonu kaç kişilik?",
# "Telafer spor salonu kaç kişilik?"
_PLACED_UNIT_ASKED = re.compile(rf"(?<!\w)([{_UPPER}]\w+)(?:[{APOSTROPHES}][dt][ae]ki)?\s+(?:[^\W\d_]+\s+){{0,3}}?"
                                rf"([^\W\d_]{{4,}})\s+(?i:kaç|ne\s+kadar)(?!\w)")


# "Kifri huzurevi", "Kerkük Huzurevi'nde": a place's name before the unit it names
def _names_another_head(sentence: str, end: int, question: str) -> bool:
    """Whether a capitalised word the question never names follows right after ``end``: the word
    before it only modifies a longer name ("Film Atölyesi", "Spor Kulübü")."""
    following = re.match(rf"\s+([{_UPPER}][^\W\d_]+)", sentence[end:])
    return bool(following) and not roots_held(question, {root(turkish_lower(following.group(1)))})


_COMPOUND_POSSESSIVE = re.compile(r"s[ıiuü](?:n(?:[ae]|[dt][ae]|[ıiuü]n))?$")  # "hastanesi", "hastanesine"
_PLACE_UNIT = re.compile(rf"(?<!\w)([{_UPPER}][^\W\d_]+)\s+([^\W\d_]{{4,}})")
# (and with a word of the name between: "Tavuk Genel Hastanesi'ne" is Tavuk's hospital)
_PLACE_WORD_UNIT = re.compile(rf"(?<!\w)([{_UPPER}][^\W\d_]+)\s+[{_UPPER}][^\W\d_]+\s+([{_UPPER}][^\W\d_]{{3,}})")
_PLACE_UNIT_AT = re.compile(rf"(?<!\w)(?=([{_UPPER}][^\W\d_]+)\s+([^\W\d_]{{4,}}))")


def place_of_another(question: str, asked: Question, sentence: str, title: str) -> str | None:
    """The place a figure question names where the answering sentence names another one
    (``another_place``), or the place a figure or person question names in one word
    ("Telafer'deki kadın kooperatifinin başkanı") where the sentence names none and the
    article's title names another one so ("Tuzhurmatu'daki Kadın Kooperatifi …"); None
    otherwise ("Telafer Ziraat Şubesi'ndeki" names a body; a person's sentence naming a
    place is left alone: "Güney'deki ilk Norman ayak basacak yeri" is "Güney İtalya")."""
    # (whither, for a date too: "Dakuk'a ne zaman bağışlandı?" is not "2019'da Tuzhurmatu'ya iki, 2021'de Telafer'e
    # bir"; a town's one word, not a union one joins: "Avrupa Birliği'ne", "AB'ye")
    whither = asked.asked is Asked.NUMBER or asked.asked is Asked.DATE and any(
        " " not in found.group(1) and not found.group(1).isupper() and not names_a_body(found.group(1))
        for found in _TO_NAMED.finditer(question))
    if ((_WHERE_NAMED.search(sentence) or whither and _TO_NAMED.search(sentence))
            and not _placed_last_year(asked, sentence)):
        # (a date too: "Gence'deki gösteri hangi tarihte?" is not "Bakü'de … 10 ve 11 Haziran akşamları"; a person
        # or a place of one town, where the sentence puts it in another: "Dakuk'ta şiirini okuyan şair kimdi?" is not
        # "Tuzhurmatu'da şair Hıdır Lütfi …")
        if asked.asked not in (Asked.NUMBER, Asked.DATE):
            other = another_place(question, sentence) if asked.asked in (Asked.PERSON, Asked.PLACE) else None
            return other if other and " " not in other and _OPENS_IN_TOWN.match(sentence) else None
        other = another_place(question, sentence)
        if other or _names_where(sentence) or whither and _TO_NAMED.search(sentence):
            return other  # (a month is no place: "12 Ekim'de açılan tesis" names none; its title may name another)
    one_word = [found for found in _WHERE_NAMED.finditer(question) if " " not in found.group(1)]
    # ("Amirli'deki arıtma tesisi ne zaman açılacak?": not "Tuzhurmatu halkının … beklediği … arıtma tesisi,
    # perşembe günü …" under "Tuzhurmatu'da …")
    if asked.asked in (Asked.NUMBER, Asked.PERSON, Asked.DATE) and one_word:
        return another_place(one_word[0].group(), title)
    return None


def _names_where(text: str) -> bool:
    """The text names where with a name, not a time ("Ekim'de")."""
    return any(not _is_time_word(found.group(1)) for found in _WHERE_NAMED.finditer(text))


def paragraph_of_another_town(question: str, sentence: str, article: str) -> str | None:
    """The town a figure question names in one word ("Dakuk'taki şenlikte kaç polis görev yaptı?") where the
    sentence names no place but its paragraph opened on another town ("Tuzhurmatu'da kutlamalar … Güvenlik için
    meydanın çevresinde 200 polis görev yaptı."), or its own words name another town's office or body ("Dakuk
    Belediyesi şenlik için 12 milyon dinar harcadı"), and the paragraph never names the asked one; None otherwise."""
    asked = [found.group(1) for found in _WHERE_NAMED.finditer(question) if " " not in found.group(1)]
    at = article.find(sentence)
    if len(asked) != 1 or at < 0 or _WHERE_NAMED.search(sentence) or _TO_NAMED.search(sentence):
        return None
    paragraph = article[article.rfind("\n\n", 0, at) + 1:at + len(sentence)]
    if roots_held(paragraph, {turkish_lower(asked[0])}):
        return None
    opened = [found.group(1) for text in split_sentences(paragraph) if _OPENS_IN_TOWN.match(text)
              and (found := _TOWN_OPENING.match(text))]
    # (the office or body the sentence opens on, its subject: not "… 30 milyon dinarının Kerkük Valiliği tarafından
    # karşılandığını", a funder); a town the title names beside the asked one, not a part of it ("Kale'de ise …" in
    # an article on Kerkük) nor its province ("Kerkük Valisi …" in one on Dakuk)
    title = article.split("\n", 1)[0]
    others = [found.group(1) for found in [_TOWN_BODY.match(sentence)] if found] or opened[-1:]
    return asked[0] if others and roots_held(title, {turkish_lower(others[0])}) and roots_held(
        title, {turkish_lower(asked[0])}) else None


_TOWN_OPENING = re.compile(rf"([{_UPPER}][^\W\d_]+)[{APOSTROPHES}]")
# a town's own office or body: "Dakuk Belediyesi", "Dakuk Belediye Başkanı", "Telafer Kaymakamı"
_TOWN_BODY = re.compile(rf"(?<!\w)([{_UPPER}][^\W\d_]+)\s+(?:Belediye|Kaymakam|Valili|Valisi)")


# a sentence opening on a town in the locative: "Tuzhurmatu'da kutlamalar …", "Dakuk'ta ise …"
_OPENS_IN_TOWN = re.compile(rf"[{_UPPER}][^\W\d_]+[{APOSTROPHES}][dt][ae]\s"
                            r"(?!(?:\S+\s+){0,2}?\S+(?:[ae]n|[dt][ıiuü]ğ[ıiuü]|[ae]c[ae]k)\s)")  # ("… eğitim alan")


def _placed_last_year(asked: Question, sentence: str) -> bool:
    """The sentence names its places only in a clause of last year, not in the answer's: "geçen yıl
    Kerkük'te düzenlenen ilk turnuvaya yalnızca 8 takım katıldığını, bu yıl takım sayısının yüzde 50
    arttığını" says this year's rise of no Kerkük's."""
    span = short_answer(asked, sentence) if asked.asked is Asked.NUMBER else None
    own = _clause_of(sentence, span) if span and span in sentence else ""
    placed = [clause for clause in _CLAUSE.split(sentence) if _WHERE_NAMED.search(clause)]
    return bool(own and placed) and own not in placed and not _LAST_YEAR.search(turkish_lower(own)) and all(
        _LAST_YEAR.search(turkish_lower(clause)) for clause in placed)


def titled_of_place(title: str, place: str, sentence: str) -> bool:
    """The article's title names the asked place, so a sentence naming another is of it ("… Ankara
    sergisinde …": "Çankaya'daki …"); not where the title names that one too ("Türkiye ve
    Azerbaycan'dan Telafer ve Kerkük'e insani yardım": "… Kerkük'e 7 tırlık bir yardım" is Kerkük's)."""
    said = _places_said(sentence, _WHERE_NAMED) | _places_said(sentence, _TO_NAMED)
    # (nor a whole the place is in: "2023 yılında Ninova genelinde 3.200 hayvanın …" under a title on Telafer)
    return (roots_held(title, {turkish_lower(place)}) > 0 and not _KIND_NAMED.search(sentence)
            and not re.search(rf"[{_UPPER}]\w+{_WHOLE_OF}", sentence)
            and not _COMPARED.search(turkish_lower(sentence))  # "Vakfın Erbil'de açtığı benzer kursta ise …"
            and not any(roots_held(title, {root(turkish_lower(other.split()[-1]))}) for other in said))


# Another of the same kind, compared: "benzer kursta", "… ise" (said of another place, not a part of the asked one)
_COMPARED = re.compile(r"(?<!\w)(?:benzer|ise)(?!\w)|(?<!\w)hatırlat")  # (or recalled:
# "derneğin bölgeye daha önce iki kez ambulans bağışladığını hatırlattı: 2019'da Tuzhurmatu'ya …")


def names_place(question: str, sentence: str, place: str) -> bool:
    """The sentence names the place, not only as one its people came from ("festivale Kerkük, Telafer, Kifri ve
    Bağdat'tan toplam 64 şair katıldı" names no festival in Kifri), unless that is what the question asks of it
    ("Azerbaycan'dan kaç kişi geldi?")."""
    asked_from = any(turkish_lower(found.group(1)) == turkish_lower(place) for found in _FROM_NAMED.finditer(question))
    return roots_held(sentence if asked_from else _FROM_PLACES.sub(" ", sentence), {turkish_lower(place)}) > 0


# places listed as where from: "Kerkük, Telafer, Erbil, Kifri ve Bağdat'tan"
_FROM_PLACES = re.compile(rf"(?<!\w)(?:[{_UPPER}]\w+,\s+)*(?:[{_UPPER}]\w+\s+(?:ve|ile)\s+)?[{_UPPER}]\w+"
                          rf"[{APOSTROPHES}]n?[dt][ae]n(?!\w)")


def placed_by_title(sentence: str, place: str, title: str) -> bool:
    """The sentence names no place, and the article's title names the asked one ("Kifri'de Kale
    Tepe kazısında …": "… Abbasi dönemine ait 27 sikke … bulunduğunu açıkladı")."""
    return (roots_held(title, {turkish_lower(place)}) > 0 and not _places_said(sentence, _WHERE_NAMED)
            and not _places_said(sentence, _TO_NAMED))


def language_unsaid(question: str, sentence: str) -> str | None:
    """The language the question counts a thing in ("kaç Kürtçe kitap var?") that the sentence does
    not say: "raflardaki kitap sayısı … 52 bine" counts every book (not "Türkmence tabela
    önergesinde kaç milletvekili", a topic)."""
    counted = _COUNTED_IN.search(turkish_lower(question))
    language = counted.group(1) if counted and counted.group(1) in LANGUAGES else None
    return language if language and not any(word.startswith(language) for word in words(sentence)) else None


_COUNTED_IN = re.compile(r"(?<!\w)kaç\s+(?:tane\s+|adet\s+)?(\w+)\s+\w")  # "kaç tane Kürtçe kitap"


def place_unsaid(question: str, sentence: str) -> str | None:
    """The place the question names in one word ("Diyala'da … oranı ne?", "Türkmen Birlik Listesi
    Amirli'de …") that the sentence does not: "görüşülen hanelerin yüzde 62'sinde" is the whole
    survey's, not Diyala's."""
    one_word = [place for pattern in (_WHERE_NAMED, _FROM_NAMED, _TO_NAMED) for found in pattern.finditer(question)
                if " " not in (place := _place_named(found.group(1)))]
    one_word += [found.group(1) for found in _EVENT_OF_PLACE.finditer(question)  # "İstanbul konserine"
                 if turkish_lower(found.group(1)) not in _NOT_TOWNS
                 and not re.search(rf"[{_UPPER}][^\W\d_]+\s+$", question[:found.start()])]  # ("Ahmet Kasapoğlu")
    return next((place for place in one_word if not roots_held(sentence, {turkish_lower(place)})), None)


# a town named bare before an event held there, inside the question: "Beyatlı'nın İstanbul konserine"
_EVENT_OF_PLACE = re.compile(rf"(?<=\s)([{_UPPER}][a-zçğıöşü]+)\s+(?:konser|fuar|festival|maraton|sergi|kongre"
                             r"|miting|gösteri|turnuva)\w*")


_NOT_TOWNS = frozenset(f"{_ETHNONYMS}|nevruz|ramazan|kurban|yıllık|uluslararası|ulusal".split("|"))


def places_unasked(question: Question, sentence: str) -> list[str]:
    """The places the sentence puts things in that the question names none of ("60 yataklı Kerkük
    Huzurevi'nde …" for "Kifri huzurevinde kaç yaşlı kalıyor?")."""
    return [found.group(1) for found in _WHERE_NAMED.finditer(sentence)
            if not any(stem(turkish_lower(word)) in question.names for word in found.group(1).split())]


def places_there(question: str) -> list[str]:
    """The one-word places the question puts its thing in ("Erbil'deki kardiyoloji merkezi",
    "Erbil'de düzenlenen maraton")."""
    return [found.group(1) for found in _WHERE_NAMED.finditer(question)
            if " " not in found.group(1) and not _LISTED_BEFORE.search(question, 0, found.start())]


_LISTED_BEFORE = re.compile(r"(?:,|\s(?:ve|ile|veya))\s*$")  # "İtalya, Bizans ve Ermenistan'daki": the list's


def only_passed_through(place: str, article: str) -> bool:
    """The article names the place, but only as where someone went or came from or whose people
    are ("800 hasta Erbil'e gönderildi", "Erbil yolunda", "Erbilli Meryem Kuşçu"): nothing it
    tells is there, so it answers no question about something in that place."""
    found = list(re.finditer(rf"(?<!\w){re.escape(turkish_lower(place))}(\S*)((?:\s+\w+)?)", turkish_lower(article)))
    return bool(found) and all(_PASSING.fullmatch(tail.rstrip(".,;:!?)»”\"")) or not tail and
                               _ON_THE_WAY.match(following) for tail, following in (m.groups() for m in found))


# The endings of a place's name that put nothing in it: "Erbil'e", "Kerkük'ten", "Erbilli(ler)"
_PASSING = re.compile(rf"[{APOSTROPHES}](?:[yn]?[ae]|n?[dt][ae]n)|l[ıiuü](?:l[ae]r)?\w*")
_ON_THE_WAY = re.compile(r"\s+yol")  # "Erbil yolunda"


def institution_of_another_place(question: str, article: str) -> str | None:
    """A place's own body or building the question names by the place and its kind in lower case ("Kifri
    hastanesine MR cihazı ne zaman bağışlandı?") where the article never says that place before that kind (its
    hospital is Tuz Hurmatu's; Kifri is only served by it): the compound, as the question writes it; None otherwise."""
    for found in _PLACE_AND_KIND.finditer(question):
        if found.start() == 0 and turkish_lower(found.group(1)) in _COMMON_FIRST:
            continue  # (a question's first word is capitalised anyway: "İlçe hastanesinde", "Hangi okulu")
        if _NAME_ENDS_BEFORE.search(question, 0, found.start()) or _ends_in(found.group(1), _BODY_FORMS):
            continue  # a name of several words, a river's or a castle's: "Tavuk Çayı köprüsünün" is over the river
        place = found.group(1)
        kind = next(noun for noun, form in zip(NAME_HEADS, NAME_HEAD_FORMS) if found.group(2).startswith(form))
        spelled = r"\s?".join(map(re.escape, turkish_lower(place)))  # ("Tuzhurmatu" where it is "Tuz Hurmatu")
        if not re.search(rf"(?<!\w){spelled}\S*(?:\s+\S+){{0,5}}\s+{re.escape(kind)}", turkish_lower(article)):
            return f"{place} {possessive(kind)}"
    return None


_NAME_ENDS_BEFORE = re.compile(rf"[{_UPPER}][\w'’]*\s+$")
_COMMON_FIRST = frozenset({*ADJECTIVES, "hangi", "devlet", "genel", "merkez", "il", "şehir", "kent",
                           "ilçe", "köy", "bölge", "mahalle", "semt", "belde", "kasaba", "üniversite", "okul"})
_PLACE_AND_KIND = re.compile(rf"(?<![\w{APOSTROPHES}])([{_UPPER}][a-zçğıöşü]{{2,}})\s+"
                             rf"((?:{'|'.join(possessive(noun) for noun in _INSTITUTIONS)})\w*)")


def says_wider_scope(sentence: str) -> bool:
    """The sentence gives its figure for a whole wider than any town: abroad, the country, the world."""
    return _WIDER_SCOPE.search(turkish_lower(sentence)) is not None


# (where, not whence: "yurt dışında çalışan … işçi", not "Irak, Türkiye ve yurtdışından gelen 40 kişilik heyet")
_WIDER_SCOPE = re.compile(r"(?<!\w)(?:yurt\s*dışında(?:ki)?|(?:tüm|bütün)\s+ülkede(?:ki)?"
                          r"|ülke\s+(?:genel|çap)ında(?:ki)?"
                          r"|dünya\s+(?:genel|çap)ında(?:ki)?|(?:tüm|bütün)\s+dünyada(?:ki)?)(?!\w)")


def named_in_passing(place: str, sentence: str, article: str) -> bool:
    """The article names the place only elsewhere, not in its title or opening nor just before
    the sentence: a sentence naming no place gives a figure of what the article is about
    ("Tuzhurmatu Belediye Meclisi … 14.382 oy"), not of a place named in passing ("Aynı gün …
    Amirli nahiyesinde katılım …"); a digest's paragraph on a place names it before its figures."""
    said = split_sentences(article)
    held = {turkish_lower(place)}
    at = next((i for i, text in enumerate(said) if sentence in text or text in sentence), len(said))
    near = " ".join([*said[:3], *said[max(at - 2, 0):at]])
    return not roots_held(near, held) and roots_held(article, held) > 0


def breaks_down(question: Question, place: str, sentence: str, asked: str = "") -> bool:
    """The sentence gives the asked figure place by place, the asked place among them
    ("Bağdat'ta yüzde 41'de kalan oran, Diyala'da yüzde 79'a çıkıyor", "87'si Türkiye'den,
    14'ü Azerbaycan'dan geldi")."""
    # (or whither: "Bu ailelerin 87'si Bastamlı'ya, 71'i Yengice'ye …")
    places = {turkish_lower(found.group(1)) for pattern in (_WHERE_NAMED, _FROM_NAMED, _TO_NAMED)
              for found in pattern.finditer(sentence)}
    return (len(places) > 1 and turkish_lower(place) in places and fit(question, sentence) > 0
            and not _parted_in_another_case(asked, place, sentence))


def _parted_in_another_case(asked: str, place: str, sentence: str) -> bool:
    """Parts told place by place in another case than the question's place ``asked`` in: "ikisi Erbil'den, biri
    Dakuk'tan geldi" tells where a kindergarten's teachers came from, not how many are in "Altunköprü'deki" one."""
    said = re.search(rf"(?i:{re.escape(place)})[{APOSTROPHES}]n?([dt][ae]n?)", asked)
    parts = [found.group() for found in _PART_FROM_PLACE.finditer(sentence)]
    return bool(said and parts) and not any(part.endswith("n") == said.group(1).endswith("n") for part in parts)


def of_this_part(question: str, sentence: str) -> bool:
    """The sentence gives its figure of a part it points back at ("75 kilometrelik bu yolda 2024'te … 41 kişi
    öldü"), which the question does not name: "Kerkük'te 2024'te kaç kişi öldü?" asks the whole province's."""
    part = _THIS_PART.search(turkish_lower(sentence))
    return part is not None and not roots_held(question, {part.group(1)})


def this_part(sentence: str) -> bool:
    """The sentence gives its figure of a part it points back at ("bu yolda", "bu ilçede")."""
    return _THIS_PART.search(turkish_lower(sentence)) is not None


# "bu yolda", "bu ilçede", "söz konusu köyde": a part said before, pointed back at
# (not a town: "Bu ilçede" in an article on Telafer is Telafer)
_THIS_PART = re.compile(r"(?<!\w)(?:bu|o|söz\s+konusu)\s+(yol|köy|mahalle|bölge|hat|güzergâh|kavşa|"
                        r"cadde|semt|okul|hastane|kategori|dal)\w*?(?:[dt][ae]|n[dt][ae])(?!\w)")


def share_of_named(question: Question, sentence: str, following: str) -> bool:
    """"Türkmeneli Eğitim Vakfı projeye kaç dolar veriyor?": the project's total ("… toplam maliyetinin 1,2 milyon
    dolar olduğunu") is followed by its shares pointed back at, one of them the owner's the question names and the
    total's sentence does not ("Bu tutarın 750 bin dolarını vakıf, kalanını ise … karşılıyor")."""
    share = short_answer(question, following) if _SHARE_BACK.match(following) else None
    # ("toplam maliyeti": the whole; "para toplandı" is no "toplam")
    if share is None or share not in following or _WHOLE_WORDS & question.named - ({"topla"} & {question.predicate}):
        return False
    # (the owner said right after the share, not the rest's: "…, kalanını ise Telafer Belediyesi karşılıyor"; or
    # how it came, which the question says: "Bu tutarın 90 milyon dinarı … bağışlarıyla karşılandı" for
    # "bağışlarla ne kadar para toplandı?")
    owner = following[following.find(share) + len(share):][:40]
    names = {root(turkish_lower(name)) for name in question.names} | {
        word for word in question.named - _NOT_CONTENT - _WHOLE_WORDS if len(word) >= 4 and word != question.predicate}
    return any(roots_held(owner, {name}) and not roots_held(sentence, {name}) for name in names)


_SHARE_BACK = re.compile(r"(?:bu|söz\s+konusu)\s+(?:tutar|miktar|para|bütçe|maliyet|rakam)\w*|bunun\s", re.IGNORECASE)


def place_left_in_rest(question: str, sentence: str) -> str | None:
    """The place the question names in one word ("Diyala'dan kaç öğrenci burs kazandı?") that the
    sentence names where it counts parts place by place but leaves that one with the rest ("… kırk
    üçü Telafer'den, 71'i Kerkük'ten, geri kalanı ise Tuzhurmatu, Erbil ve Diyala'dan")."""
    parted = {turkish_lower(found.group(1)) for found in _PART_FROM_PLACE.finditer(sentence)}
    rest = _THE_REST.search(sentence)
    if len(parted) < 2 or not rest:
        return None
    held = {turkish_lower(name) for name in re.findall(rf"[{_UPPER}]\w+", sentence[rest.end():])}
    asked = [found.group(1) for pattern in (_WHERE_NAMED, _FROM_NAMED) for found in pattern.finditer(question)
             if " " not in found.group(1)]
    return next((place for place in asked if turkish_lower(place) in held - parted), None)


# "geri kalanı ise …", "diğerleri …" (not "yüzde 41'de kalan oran", a participle)
_THE_REST = re.compile(r"(?<!\w)(?:geri\s+kalan\w*|kalanı|kalanlar\w*|diğerleri)(?!\w)", re.IGNORECASE)


# A part told with its place: "71'i Kerkük'ten", "kırk üçü Telafer'den", "ikisi Erbil'de"
_PART_FROM_PLACE = re.compile(rf"(?:\d[\d.,]*[{APOSTROPHES}]?|(?<!\w)(?:{_NUMBER_WORD}))(?:s?[ıiuü])\s+"
                              rf"([{_UPPER}]\w+)[{APOSTROPHES}]n?[dt][ae]n?(?!\w)")


def place_in_total(question: str, sentence: str) -> str | None:
    """The place the question names in one word ("Fuara Türkiye'den kaç firma katıldı?") that
    the sentence names only in a list of places its total is of ("Irak, Türkiye ve
    Azerbaycan'dan toplam 212 firma katıldı")."""
    listed = {turkish_lower(name) for found in _LISTED_TOTAL.finditer(sentence)
              for name in re.findall(r"\w+", found.group(1))}
    asked = [found.group(1) for pattern in (_WHERE_NAMED, _FROM_NAMED) for found in pattern.finditer(question)
             if " " not in found.group(1)]
    return next((place for place in asked if turkish_lower(place) in listed), None)


def _place_named(run: str) -> str:
    """"Kerkük Olimpiyat Stadyumu" is one place; "TİKA Telafer" a body, then the place."""
    *_, last = run.split()
    return run if turkish_lower(last).startswith(tuple(NAME_HEADS)) else last


# "Telafer'de", "Kerkük Olimpiyat Stadyumu'ndaki"; "Türkiye'den"
# A place named with its kind: "Kelar ilçesinde", "Altunköprü nahiyesinde", "Bay Hasan sahasında"
_PLACE_KIND = r"(?:(?:ilçe|nahiye|mahalle|bölge)sinde|(?:il|kent|semt)inde|şehrinde|köyünde|(?:kasaba|saha)sında)"
# (or a name's whole, after a word: "… 2023 yılında Ninova genelinde", not "Kampanya genelinde", the sentence's first)
_WHOLE_OF = r"\s+(?:genelinde|çapında)"
_WHERE_NAMED = re.compile(
    rf"(?<!\w)(?:(?<=\w\s)|(?![{_UPPER}]\w+{_WHOLE_OF}))((?:[{_UPPER}]\w+\s+)*[{_UPPER}]\w+)"
    rf"(?:[{APOSTROPHES}]n?[dt][ae]|\s+{_PLACE_KIND}|{_WHOLE_OF})(?:ki)?(?!\w)")
# A place of its own kind is no part of the title's ("Kifri'de … kazı": "Komşu Kelar ilçesinde ise")
_KIND_NAMED = re.compile(rf"(?<!\w)[{_UPPER}]\w+\s+{_PLACE_KIND}")
_TO_NAMED = re.compile(rf"(?<!\w)((?:[{_UPPER}]\w+\s+)*[{_UPPER}]\w+)[{APOSTROPHES}][yn]?[ae](?!\w)")
_WHOM_NAMED = re.compile(rf"(?<!\w)((?:[{_UPPER}]\w+\s+)*[{_UPPER}]\w+)[{APOSTROPHES}]y?[ıiuü](?!\w)")
_FROM_NAMED = re.compile(rf"(?<!\w)([{_UPPER}]\w+)[{APOSTROPHES}]n?[dt][ae]n(?!\w)")
# "Irak, Türkiye ve Azerbaycan'dan toplam 212 firma": a total of the places listed
_LISTED_TOTAL = re.compile(rf"((?:[{_UPPER}]\w+,\s+)*[{_UPPER}]\w+\s+(?:ve|ile)\s+[{_UPPER}]\w+)"
                           rf"[{APOSTROPHES}]\w+\s+toplam(?!\w)")


def _names_unsaid(question: str, sentence: str) -> Iterator[list[str]]:
    """The question's names of several words (not opened by a question word, nor by a word of no
    name: "Bir Ramazan kolisi") that the sentence does not hold, word by word."""
    for run in _NAME.findall(question):
        names = _bare(run).split()
        if names and turkish_lower(names[0]) in STOPWORDS:
            names = names[1:]
        if (len(names) > 1 and turkish_lower(names[0]) not in QUESTION_OPENERS
                and not roots_held(sentence, _roots(names))):
            yield names


def _titles_a_person(word: str) -> bool:
    """"Başpehlivan", "Başkan", "Kaptan": a word naming what a person is, as a title before their name."""
    lowered = turkish_lower(word)
    return any(kind in lowered for kind in (*_PERSON_KINDS, *_OFFICES) if len(kind) > 3) or _is_title(word)


def _word_before(sentence: str, name: str) -> str:
    """The word right before the name in the sentence, as written ("" at its start)."""
    before = sentence[:max(sentence.find(name), 0)].split()
    return before[-1] if before else ""


def _after_kind_of_person(sentence: str, name: str) -> bool:
    """"Erbilli şair Hasan Tuzlu'ya": a name after what the person is."""
    before = _word_before(sentence, name)
    return bool(before) and turkish_lower(before).startswith(_PERSON_KINDS)


def _after_profession(sentence: str, name: str) -> bool:
    """"inşaat mühendisi Orhan Bayraktar", "avukat Leyla Nureddin", "teknik direktör Orhan
    Demirci": a person by their work."""
    before = _word_before(sentence, name)
    return bool(before) and turkish_lower(before).startswith((*_PROFESSIONS, *_PERSON_TITLES, *_OFFICES))


def by_surname(question: Question, span: str) -> bool:
    """A person named by one word ("Bezirganlı"): news names a person in full once, then by
    surname."""
    return question.asked is Asked.PERSON and len(span.split()) == 1


def full_name(span: str, article: str) -> str:
    """"Bezirganlı" → "Prof. Dr. Nermin Bezirganlı", as the article introduced them."""
    for match in _NAME.finditer(article):
        run = _bare(match.group()).split()
        if len(run) < 2 or run[-1] != span:
            continue
        offices = [i for i, word in enumerate(run[:-1]) if _is_title(word) or turkish_lower(word).startswith(_OFFICES)]
        run = run[offices[-1] + 1:] if offices else run  # "Belediye Başkanı Rıza Demirci": after the office
        while run[:-1] and (_is_title(run[0]) or turkish_lower(run[0]).startswith(_OFFICES)
                            or turkish_lower(run[0]) in STOPWORDS
                            or (_is_time_word(run[0]) and not _first_name(article, match.start(), run))):
            run = run[1:]  # "Jüri Başkanı Bezirganlı", "Kulüp Başkanı Yavuz Aziz Bayatlı"
        at_start = not offices and (match.start() == 0 or re.search(r"[.!?]\s*$", article[:match.start()]))
        if len(run) > (2 if at_start else 1):  # a sentence's first capital may be no name's
            return " ".join(run)
    return span


_RATE = re.compile(rf"(?<!\w)(?:{_RATES})\s+$", re.IGNORECASE)


# "Kalan 14 eczane", "geri kalan 14 eczane": the rest (not "kampında kalan 300 aile": those staying)
_THE_REST_BEFORE = re.compile(r"(?:^|[\"“«,;:]\s*|(?<!\w)geri\s+)kalan\s+$", re.IGNORECASE)
_COUNTED_TIME = re.compile(rf"(?:\d+|{_NUMBER_WORD_I}|son|ilk|bu|birkaç)\s+$", re.IGNORECASE)
# A figure said per day or as an average: "günde ortalama 520 çocuğun", "kişi başına 3 kilo"
# ("bu yıl ortalama 6 bin kişi" is roughly so many: an average alone is no rate); "her gece şehir merkezinde dört
# eczane": a night's, where they are said between
_AT_RATE = re.compile(rf"(?:(?<!\w)(?:{_RATES}|(?<!tek\s)başına)"
                      rf"|(?<!\w){_EACH_SHORT_TIME}(?:(?:\s+[^\W\d_]+(?<![ae]n))?\s+[^\W\d_]+[dt][ae])?)"
                      rf"(?:\s+(?:ortalama|yaklaşık))?\s+$", re.IGNORECASE)


# The stages people pass through a course, a call or a programme: who applied, who enrolled, who
# finished it, who was chosen. A count of one stage answers no question of another.
_STAGES = (r"başvur", r"kaydol|kayd[ıi]|kayıt|eğitim(?:in)?e\s+başla", r"sertifika|mezun|diploma|tamamla",
           r"seçil|kabul\s+e[dt]|onayla|(?<!hak\s)kazan")  # (not "sertifika almaya hak kazandı")


def _without_counted(lowered: str, counted: str | None) -> str:
    """The question less the noun it counts: "kaç başvuru onaylandı" asks of approval, not of applying."""
    return re.sub(rf"(?<!\w){re.escape(counted)}\w*", " ", lowered) if counted else lowered


def _stages(lowered: str) -> set[int]:
    return {i for i, stage in enumerate(_STAGES) if re.search(rf"(?<!\w)(?:{stage})", lowered)}


def says_asked_stage(asked: Question, sentence: str) -> bool:
    """"kaç kişi mezun oldu": the sentence says the asked stage ("… kursu tamamlayarak sertifika almaya …")."""
    return bool(asked.stages & _stages(turkish_lower(sentence)))


def stage_unsaid(asked: Question, sentence: str) -> bool:
    """"kaç aile … kabul edildi?": the sentence counts people at no stage ("o selde 240 aile etkilenmişti")."""
    return (asked.asked is Asked.NUMBER and len(asked.stages) == 1 and asked.unit is not None
            and _counts_persons(asked) and not _stages(turkish_lower(sentence)))


def _counts_persons(asked: Question) -> bool:
    """The question counts people: its noun as said ("öğrenci"), or its root ("kişi")."""
    return _is_people(asked.counted or "") or _is_people(asked.unit or "")


def _of_asked_stage(question: Question, sentence: str, found: list[str]) -> str | None:
    """Of figures each told with a stage of its own, the one told with the asked stage."""
    wanted = question.stages
    if len(wanted) != 1:
        return None
    picked = [span for span in found if _stages(turkish_lower(_clause_after(sentence, span))) & wanted]
    return picked[0] if len(picked) == 1 else None


def counts_another_stage(asked: Question, sentence: str) -> bool:
    """"Erbil'deki kursa kaç kişi kaydoldu?": "Erbil'deki kursta 150 kişi sertifika aldı" counts
    those who finished it, not those who enrolled."""
    if asked.asked is not Asked.NUMBER or asked.unit is None or not _counts_persons(asked):
        return False
    wanted = asked.stages
    if len(wanted) != 1:
        return False
    if (said := _stages(turkish_lower(sentence))) and not wanted & said:
        return True
    # "başvuruların değerlendirilmesi tamamlandı ve bursu kazanan 150 öğrencinin listesi açıklandı" counts the
    # winners, in the figure's own clause, whatever the sentence says of applying
    figure = short_answer(asked, sentence)
    stages = _stages(turkish_lower(_clause_of(sentence, figure.split()[0]))) if figure else set()
    return bool(stages) and not wanted & stages


# "… değerini açıklamadı", "… açıklanmadı", "belirtilmedi", "bilinmiyor", "… miktarı hakkında bilgi vermedi": what
# was not told
_UNDISCLOSED = re.compile(r"(?<!\w)(?:(?:açıkla|belirt|bildir|paylaş|duyur)\w*?m[ae](?:d[ıi]|m[ıi]ş|yacak|yecek)"
                          r"|bilinmiyor|belli\s+(?:değil|olma(?:d[ıi]|y[ae]n|m[ıi]ş)\w*)"
                          r"|bilgi\s+ver(?:me|il|ilme)(?:d[ıi]|m[ıi]ş)"
                          r"|açıklama\s+yap(?:ıl)?ma(?:d[ıi]|m[ıi]ş))")  # "… bütçesi hakkında bir açıklama yapılmadı"
# "… maliyeti henüz hesaplanmadı", "… yeri henüz belirlenmedi": not yet known to anyone (what is to come or is now)
_NOT_YET_KNOWN = re.compile(r"(?<!\w)henüz\s+(?:tam\s+olarak\s+)?(?:hesapla|belirle|kesinleş|yapıl|ayrıl|sağlan)\w*?"
                            r"m[ae](?:d[ıi]|m[ıi]ş)")  # ("maliyet hesabı henüz yapılmadı", "henüz ayrılmadığı")
# none set aside yet, for a figure asked: "henüz bütçe ayrılmadığını", "bütçe bulunamadığı"
_NOT_SET_ASIDE = re.compile(r"(?<=bütçe\s)(?:ayrıl|bulun)\w*?(?:ma|ama)(?:d[ıi]|m[ıi]ş)")
_NOT_CONTENT = frozenset("kim ne kaç kadar nere hangi topla".split())


def tells_undisclosed(question: Question, sentence: str) -> int:
    """How many of the question's words the clause saying a thing was not told holds ("Kültür Evi,
    malzemelerin toplam değerini açıklamadı" for "malzemelerin toplam değeri ne kadar?"; not "iki kazı
    arasında bir bağlantı olup olmadığı henüz bilinmiyor" beside the figure asked); 0 for none."""
    lowered = turkish_lower(sentence)
    # (each: an article may say another thing was not told first, "… yeri konusunda … henüz resmi bir açıklama yapmadı")
    untold = [*_UNDISCLOSED.finditer(lowered),
              *(_NOT_SET_ASIDE.finditer(lowered) if question.asked is Asked.NUMBER else ()),
              *(_NOT_YET_KNOWN.finditer(lowered) if question.tense is not Tense.PAST else ())]
    return max((_untold_held(question, lowered, found) for found in untold), default=0)


def _untold_held(question: Question, lowered: str, untold: re.Match) -> int:
    """How many of the question's words the clause before one saying "not told" holds."""
    opening = max(lowered.rfind(";", 0, untold.start()), lowered.rfind(":", 0, untold.start())) + 1
    clause = lowered[opening:untold.start()]
    # what was not told, right before the verb ("… malzemelerin toplam değerini açıklamadı"; not "… bağımsız aday
    # olan … Saraçoğlu ise hangi tarafı destekleyeceğini henüz açıklamadı" for the independents' seats); a name
    # untold answers who ("… iş insanlarının isimleri ise açıklanmadı")
    untold_words = " ".join([word for word in clause.split() if word not in _LINKING][-_UNTOLD_WORDS:])
    if _POINTS_BACK_AT_COUNT.search(untold_words):  # "… damla sulama sistemi kurulması için bir proje
        untold_words = clause  # hazırlandığını, ancak bunun için henüz bütçe ayrılmadığını": of the system
    named = question.asked in (Asked.PERSON, Asked.NAME) and _NAMES_UNTOLD.search(untold_words) is not None
    return content_held(question, untold_words) + named


def content_held(question: Question, text: str, names: bool = True) -> int:
    """How many of the question's own words, less its words of asking (and, not ``names``, the
    names it capitalises), the text holds."""
    own = question.named - _NOT_CONTENT - (frozenset() if names else question.names)
    # (a possessive's buffer the stemmer leaves: "bütçes" of "bütçesi" is "bütçenin"'s too)
    return sum(1 for word in own if roots_held(text, _stem_forms(word)))


# words that join a clause and say nothing of what was not told ("… temin edildiği ise açıklanmadı")
_LINKING = frozenset("ise ancak ama fakat henüz de da hâlâ halen şimdilik".split())


def says_all_asked(question: Question, text: str) -> bool:
    """The text holds every one of the question's own words, its words of asking aside."""
    return content_held(question, text) == len(question.named - _NOT_CONTENT)


_NAMES_UNTOLD = re.compile(r"(?<!\w)(?:isim|ad[ıi]|adlar|kimlik)")


_UNTOLD_WORDS = 5


def counts_no_whole(question: Question, sentence: str, cost: bool = False) -> bool:
    """"Kampanyada kaç çocuk aşılandı?": every figure the sentence gives of the asked kind is a
    rate or an average ("günde ortalama 520 çocuğun …, 790 çocuğun") or the rest ("Kalan 14 eczane …"),
    no count of the whole;
    unless a rate or an average is asked. So for a ``cost`` asked ("anaokulunun yapımı kaça mal
    oldu?": not "özel anaokullarına ayda 75 bin dinar ödüyor")."""
    # (a capacity is a rate: "kapasitesi ne kadar": "saatte 1.200 metreküp")
    if (question.asked is not Asked.NUMBER or question.rate or not (question.unit or cost) or question.capacity
            or question.unit in _CALENDAR_UNITS):
        return False
    # (a cost's sums: not "40 kilometre"; a measure's figures: not "beş çocuk", "iki poşet" beside "ayda 90 bin dinar")
    measure = "para" if cost else _MEASURE_OF.get(question.measure or "")
    spans = [span for span in _candidates(question, sentence) if sentence.find(span) >= 0
             and (not measure or _measure_of_span(span) == measure)]
    # (the rate said once stands for the figures after it: "ilk haftasında günde ortalama 520 …, ikinci
    # haftasında ise günde ortalama 790 …")
    # ("dört günde 47 bin kişi" is a count over four days)
    rates = [_AT_RATE.search(sentence[:sentence.find(span)]) or _THE_REST_BEFORE.search(sentence[:sentence.find(span)])
             for span in spans]
    return bool(spans) and all(rate and not _COUNTED_TIME.search(sentence[:rate.start()]) for rate in rates)


def cost_asked(question: str) -> bool:
    """A sum paid once ("kaça mal oldu", "Vakıf ne kadar para verdi"), not one paid by the month or
    by the piece, unless the question says so ("maaşı", "kirası", "bilet fiyatı")."""
    lowered = turkish_lower(question)
    measure = _asked_measure(question)
    return (_MEASURE_OF.get(measure or "") == "para" and not _RATE_WORD.search(lowered)
            and re.search(rf"(?<!\w)(?:{_PAID_ONCE})", lowered) is not None
            and re.search(rf"(?<!\w)(?:{_PAID_BY_TIME})", lowered) is None)


# what a sum paid once is said with: its cost, a contribution, a grant, what was spent or given
# (not "destek verdi": often yearly)
_PAID_ONCE = r"mal\s+ol|maliyet|katkı|bağış|hibe|harca|karşıla|yapım|inşa|para\s+ver"


# sums paid by the month, the day or the piece
_PAID_BY_TIME = "maaş|kira|ücret|harçlık|aidat|burs|abone|taksit|prim|yevmiye|fiyat|bilet|tarife|kilo|tane"


def gives_no_rate(question: Question, sentence: str) -> bool:
    """"Kampanyada günde kaç hayvan aşılandı?": no figure of the sentence is said at a rate or as an
    average ("toplam 1.550 hayvan aşılandı" is the whole; "günde ortalama 110 hayvan" is asked)."""
    if question.asked is not Asked.NUMBER or not question.rate or question.capacity or not question.per_time:
        return False
    spans = [span for span in _candidates(question, sentence) if sentence.find(span) >= 0]
    return bool(spans) and not any(_RATE_WORD.search(turkish_lower(_clause_of(sentence, span))) for span in spans)


def _per_time(lowered: str) -> bool:
    """"günde kaç ton", "her ay": a figure per day asked; not "altı saatte", "kaç ayda",
    "son bir yılda" (a span of time), nor "aylık kirası" (what the thing is)."""
    for said in _PER_TIME.finditer(lowered):
        before = lowered[:said.start()].split()[-1:]
        if not before or not (before[0][:1].isdigit() or before[0] in DIGIT_WORDS or before[0] in _SPAN_BEFORE):
            return True
    return False


# words before a time word that make it a span or a day, no rate: "son bir yılda", "aynı günde", "geçen yılda"
_SPAN_BEFORE = frozenset("kaç son ilk birkaç bu şu o aynı tek geçen yarım bütün tüm".split())
def another_rate(question: str, sentence: str) -> bool:
    """The question asks a figure per one period ("aylık burs", "günde kaç") where the sentence gives it per
    another only ("yıllık burs bütçesi 4,3 milyon lira" for "aylık burs ne kadar?")."""
    asked, said = periods_said(question), periods_said(sentence)
    return bool(asked) and bool(said) and not asked & said


def periods_said(text: str) -> set[str]:
    """The periods a text gives figures per: "aylık", "ayda", "her ay" → "ay"."""
    lowered = turkish_lower(text)  # ("altı aylık kurs", "3 yıllık proje": a length, no rate)
    return {found.group(1) or found.group(2) for found in _PERIOD_RATE.finditer(lowered)
            if not re.search(rf"(?:\d|(?<!\w)(?:{_NUMBER_WORD}))\s+$", lowered[:found.start()])}


_PERIOD_RATE = re.compile(r"(?<!\w)(?:(saat|gün|hafta|ay|yıl|sene)(?:lık|lik|lük|da|de|te)"
                          r"|her\s+(saat|gün|hafta|ay|yıl|sene))"
                          r"(?!\w)")
_PER_TIME = re.compile(r"(?<!\w)(?:saatte|günde|haftada|ayda|yılda|dakikada|senede"
                       r"|her\s+(?:saat|gün|hafta|ay|yıl|sene))(?!\w)")  # (not "ortalama": an average, no time)


def _with_rate(question: Question, sentence: str, span: str) -> str:
    """The span with the rate it is said at, unless the question gives it ("günde kaç saat");
    "son üç günde 230 kişi" is a count over three days."""
    at = sentence.find(span)
    rate = _RATE.search(sentence[:at]) if at > 0 else None
    if not rate or question.rate or _COUNTED_TIME.search(sentence[:rate.start()]):
        return span
    return turkish_lower(sentence[rate.start():at]) + span  # "Günde 600 ton" at a sentence's start


_ORDINAL_AT = re.compile(r"(\d+\.(?!\d)|\w+nc[ıiuü](?!\w))(?:\s+([^\W\d_]+))?", re.IGNORECASE)
# A clause ends at a comma, a conjunction, or a verb in "-rken" ("Kerkük'te yüzde 48'de kalırken
# Telafer'de yüzde 71'e yükseliyor"; not "erken", early)
_CLAUSE = re.compile(r"[,;:]\s+|\s+(?:ve|ama|fakat)\s+|(?<=\w{3}rken)\s+")


def _as_ordinal(question: Question, sentence: str, span: str) -> str | None:
    """The ordinal a span starts with ("beşinci olağan" → "beşinci", "12" of "12. etapta" →
    "12."); a count of times or a place in a ranking stays with it ("altıncı kez", "dördüncü
    sıra"), as does the word the question asks ("kaçıncı etapta" → "12. etapta"). None: no ordinal."""
    ordinal = _ORDINAL_AT.match(sentence, max(sentence.find(span), 0))
    if not ordinal:
        return None
    word = ordinal.group(2)
    kept = (*_TIMES, "sıra", *([question.unit] if question.unit else []))
    if word and turkish_lower(word).startswith(kept):
        return f"{ordinal.group(1)} {_unit_without_case(word)}"
    return ordinal.group(1)


def _names_in_clause(sentence: str, span: str, places: bool = True) -> frozenset[str]:
    """The stems of the names in the clause the span is said in (its first word's capital
    is the sentence's); with ``places`` False, not those said as where ("Bağdat'ta")."""
    clause = _clause_of(sentence, span)
    start = sentence.find(clause)
    first = _first_word_at(sentence)
    return frozenset(stem(turkish_lower(_bare(m.group()))) for m in _TOKEN.finditer(clause)
                     if m.group()[:1].isupper() and start + m.start() != first and not _is_time_word(m.group())
                     and (places or not _PLACE_SUFFIX.search(m.group())))


# a clause's own verb, finite or a participle: "doğdu", "doğan"
_CLAUSE_VERB = re.compile(r"[a-zçğıöşü]{2,}(?:[dt][ıiuü]|m[ıiuü]ş|[ıiuü]yor|[ae]c[ae]k|[ae]n)(?!\w)")


def _of_another_deed(question: Question, sentence: str, span: str) -> bool:
    """The date's clause has a verb of its own, not the asked deed nor a light one, and the
    sentence names the deed elsewhere only as a noun ("kuruluşunun dokuzuncu yılında, 1981'de
    kapatıldı" dates no founding; "X'in düzenlediği festival, 10-12 Ekim'de … yapıldı" dates it)."""
    clause = turkish_lower(_clause_of(sentence, span))
    verb = _CLAUSE_VERB.search(clause)
    deed = question.deed_said
    return (verb is not None and not _LIGHT_STEM.match(verb.group()) and not re.search(rf"(?<!\w){deed}", clause)
            and re.search(rf"(?<!\w){deed}\w*?[ıiuü]ş", turkish_lower(sentence)) is not None)


def _range(sentence: str, first: str, last: str) -> bool:
    """The two spans are one stretch of time: "2005 ve 2010 arasında", "1990 ile 1995 yılları"."""
    return re.search(rf"{re.escape(first)}\s+(?:ve|ile|-|–)\s+{re.escape(last)}", sentence) is not None


def _own_verb_after(sentence: str, span: str) -> bool:
    """The span's clause goes on to a verb of content, its first ("312 kişiden kan alındı"; not "geçen yıl bu sayının
    900 olduğunu açıkladı", a copula)."""
    clause = _clause_of(sentence, span)
    after = clause[clause.find(span) + len(span):] if span in clause else ""
    said = words(turkish_lower(after))
    if said and said[0].startswith("ol"):  # "900 olduğunu", "olarak": the copula, of the figure itself
        return False
    verb = next((found for word in said if (found := verb_stem(word))), None)
    return verb is not None and verb != "ol"


def _clause_of(sentence: str, span: str) -> str:
    """The clause of the sentence the span is said in (none: empty)."""
    at = sentence.find(span)
    for clause in _CLAUSE.split(sentence):
        start = sentence.find(clause)
        if start <= at < start + len(clause):
            return clause
    return ""


def _names_land(sentence: str, span: str) -> bool:
    """The span names a river, a mountain or a district, its kind right after it ("Küçük Zap
    nehrinden", "Tisin bölgesinde")."""
    at = sentence.find(span)
    return at >= 0 and _LAND_KIND.match(sentence, at + len(span)) is not None


_LAND_KIND = re.compile(r"\s+(?:nehr|ırma|çay|dağ|göl|vadi|bölge|mahalle|köy|ilçe|semt|şehr|kent|nahiye|ova|havza|saha"
                        r"|höyü)"
                        r"[ıiuü]?\w*")


def _within_quotes(sentence: str, span: str) -> bool:
    """The span is inside a title in quotation marks ("\"Altın Çınar\" En İyi Oyun Ödülü", "“Son
    Mektup”"), not a quoted remark ("\"… Metni genç yazarımız Cengiz Karakoyun yazdı …\"")."""
    return any(span in found.group() for found in _QUOTED_TITLE.finditer(sentence))


# no sentence inside (a slogan's comma is: "Bir Damla Kan, Bir Can")
_QUOTED_TITLE = re.compile(r'"[^".,;:!?]+"|“[^”.,;:!?]+”|«[^».,;:!?]+»|"[^".;:!?]{1,40}"|“[^”.;:!?]{1,40}”')


def _superseded(sentence: str, span: str) -> bool:
    """A figure the sentence corrects: "topluluk sayısının 14 değil 15 olduğunu", "ilk açıklanan
    6.500 izleyici rakamının … kapsamadığını, kesin izleyici sayısının 7.300 olduğunu"."""
    at = sentence.find(span)
    return at >= 0 and bool(_NOT_AFTER.match(sentence, at + len(span)) or _FIRST_SAID.search(sentence, 0, at))


_NOT_AFTER = re.compile(r"\s+değil(?!\w)")
_FIRST_SAID = re.compile(r"(?<!\w)(?:ilk|önce|daha\s+önce|önceden)\s+(?:açıklanan|duyurulan|bildirilen|verilen)\s+$")


# the name a figure in a list is said after: "Kenan Tuzlu'nun 26", "Yayçı nahiyesinde 5 bin 200"
# ("Dakuk merkezde 6 bin 100": the town's centre, a part of it, not the town asked)
_OWNER_BEFORE = re.compile(rf"((?:[{_UPPER}][\w-]*\s+){{0,3}}[{_UPPER}][\w-]*(?:\s+merkez(?=(?:in)?de\s))?)"
                           rf"(?:[{APOSTROPHES}]\w+|(?<=merkez)(?:in)?de|\s+{_PLACE_KIND})\s+(?:ise\s+)?$")


def _owned_by_asked(question: Question, sentence: str, found: list[str]) -> list[str]:
    """In a list of figures each said right after a name of its own ("… Kenan Tuzlu'nun 26, Nurcan
    Erbilli'nin 22 ve … 16 fotoğrafı", "Erbil'den 40, Musul'dan 25 koşucu"), the figures after the name
    the question names ("Nurcan Erbilli'nin kaç fotoğrafı", "Erbil'den kaç koşucu"); none outside a list."""
    owners = _listed_owners(sentence, found)

    def asked(word: str) -> bool:
        return any(turkish_lower(word).startswith(named) for named in question.named if len(named) > 2)

    # the name nearest the figure ("Yarışa Erbil'den 40": Erbil, not a sentence's capitalised first word)
    return [span for span, owner in owners.items() if any(
        all(map(asked, words[at:])) for words in [owner.group(1).split()] for at in range(len(words)))]


def _listed_owners(sentence: str, found: list[str]) -> dict[str, re.Match[str]]:
    """The figures of a list each said right after a name of its own, with the name's match;
    none where fewer than two are ("Bölgelere göre … Yayçı nahiyesinde 5 bin 200, Ali Saray köyünde
    ise 4 bin 300 hayvan")."""
    owners = {span: owner for span in found
              if (owner := _OWNER_BEFORE.search(sentence, 0, max(sentence.find(span), 0))) is not None}
    return owners if len(owners) > 1 else {}


def _parts_of_one_thing(sentence: str, found: list[str]) -> dict[str, re.Match[str]]:
    """``_listed_owners``, where they count one thing ("Bağdat'tan 12 doktor …, Erbil'den ise 3 hemşire" are
    two)."""
    owners = _listed_owners(sentence, found)
    units = {turkish_lower(span.split()[-1]) for span in owners if span.split()[-1].isalpha()}
    return owners if len(units) < 2 else {}


# What the sentence before counted, pointed back at: "Bunlardan 42'si kadın güreşçiydi."
_POINTS_BACK_AT_COUNT = re.compile(r"(?<!\w)(?:bunlar(?:d[ae]n|[ıi]n)|bunun|onlar(?:d[ae]n|[ıi]n))(?!\w)",
                                   re.IGNORECASE)


def gives_part(question: Question, sentence: str, before: str | None) -> bool:
    """The sentence counts the asked part of the asked whole, naming the whole ("Sporcuların 42'si
    kadındı") or pointing back at the sentence before, which does ("Bunlardan 42'si kadın
    güreşçiydi" after "… toplam 186 sporcu katıldı", for "sporcuların kaçı kadın?")."""
    if not question.whole or fit(question, sentence) < 2 or not _part_said(question, sentence):
        return False
    return roots_held(sentence, {question.whole}) > 0 or bool(
        _POINTS_BACK_AT_COUNT.search(sentence) and before and roots_held(before, {question.whole}))


def _points_back(sentence: str, span: str) -> bool:
    """The span is a part of the count just named, pointed back at right before it ("bunlardan 8'i")."""
    at = max(0, sentence.find(span))
    return _POINTS_BACK_AT_COUNT.search(sentence, max(0, at - _POINTING_REACH), at) is not None


_POINTING_REACH = 12  # characters: "bunlardan ", "bunların "


def _part_said(question: Question, sentence: str) -> bool:
    """The sentence says the asked part as a word of its own, after a figure (no year): "1.800'ü Türkçe" for
    "kaçı Türkçe?", not "7 Türkmen kitabevi" (a root's prefix would take it), nor "Türkçe kitapların
    350'si …", a part of the Turkish books."""
    part, lowered = question.counted, turkish_lower(sentence)
    figure = re.search(rf"(?<!\d)(?!(?:19|20)\d\d(?!\d))\d|(?<!\w)(?:{'|'.join(_PART_WORDS)})(?!\w)", lowered)
    return not part or bool(figure) and any(word.startswith(part) or len(word) > 3 and part.startswith(word)
                                            for word in words(lowered[figure.start():]))


def lists_parts(question: Question, sentence: str) -> bool:
    """The sentence counts the asked thing part by part, none of them the asked one ("Dakuk'ta kaç
    hayvan aşılandı?": "… Dakuk merkezde 6 bin 100, Yayçı nahiyesinde 5 bin 200, … 4 bin 300 hayvan")."""
    return (question.asked is Asked.NUMBER and short_answer(question, sentence) is None
            and bool(_parts_of_one_thing(sentence, _candidates(question, sentence))))


def _in_range(sentence: str, one: str, other: str) -> bool:
    """The two figures are the ends of one range ("4 bin ile 28 bin TL", "%27-30", "beş ila on yıl")."""
    joined = r"\S*\s*(?:[-–]|ile|ila)\s*"
    return any(re.search(re.escape(first) + joined + re.escape(second), sentence)
               for first, second in ((one, other), (other, one)))


def told_at_place(question: Question, sentence: str) -> bool:
    """The sentence tells the asked figure place by place, the asked place among them (``_part_at_place``)."""
    return question.asked is Asked.NUMBER and bool(question.counted) and _part_at_place(question, sentence) is not None


def _part_at_place(question: Question, sentence: str) -> str | None:
    """"Taze'ye kaç ambulans verildi?": of parts told place by place, in words or figures ("ambulansların sekizinin
    Dakuk'a, altısının Taze'ye, beşinin Altunköprü'ye …"), the asked place's, with the noun counted ("altı
    ambulans"); None where the sentence tells no such list or not the asked place."""
    if not holds_noun(sentence, question.unit or question.counted or ""):
        return None  # ("Bu ailelerin 87'si Bastamlı'ya" counts families, not "kaç kişi")
    parts = {stem(turkish_lower(found.group("place"))): found.group("part")
             for found in _PART_AT_PLACE.finditer(sentence)
             if not re.search(r"(?:yüzde|ayın)\s+$", turkish_lower(sentence[:found.start()]))}  # ("yüzde 40'ı")
    part = next((parts[name] for name in question.names if name in parts), None) if len(parts) > 1 else None
    return f"{_part_number(part)} {question.counted}" if part else None


# "sekizinin Dakuk'a", "altısının Taze'ye", "87'si Bastamlı'ya": a part and the place it went to or is in
_PART_AT_PLACE = re.compile(rf"(?<!\w)(?P<part>\d[\d.,]*[{APOSTROPHES}][^\W\d_]+"
                            rf"|(?:{_WORDED_PART}|(?:iki|altı|yedi)s[ıi]|(?:üç|dörd|beş|sekiz|dokuz)[ıiuü])"
                            rf"{_PART_CASE})\s+"
                            rf"(?P<place>[{_UPPER}][^\W\d_]+)[{APOSTROPHES}](?:[yn]?[ae]|n?[dt][ae]n?)(?!\w)")


def _part_of_kind(question: Question, sentence: str) -> str | None:
    """"kaç zeytin fidanı": the part of the whole told of the asked kind ("Dikilen fidanların 1.100'ü zeytin, …"),
    as "1.100 zeytin fidanı"; None where the sentence tells none."""
    kind, unit = question.counted_kind or "", question.unit or ""
    for found in re.finditer(rf"(?<!\w)(\w+?)l[ae]r[ıi]n\s+(\d[\d.,]*)[{APOSTROPHES}]\w+\s+(\w+)", sentence):
        if turkish_lower(found.group(1)).startswith(with_softened(unit)) and turkish_lower(found.group(3)).startswith(
                kind):
            return f"{found.group(2)} {kind} {question.counted}{'ı' if question.counted[-1:] not in _VOWELS else ''}"
    return None


def origin_of(question: Question, sentence: str) -> str | None:
    """"Meryem Kazancı nereli?": the place-name adjective before the person the question names ("Telaferli 19
    yaşındaki Meryem Kazancı"), as Turkish answers it ("Telaferli"); None where the sentence gives none."""
    for found in _ORIGIN_BEFORE_NAME.finditer(sentence):
        if found.start() == _first_word_at(sentence):  # ("Ünlü hoyrat ustası …": the sentence's capital)
            continue
        if {stem(turkish_lower(word)) for word in found.group("name").split()} & question.names:
            return found.group("origin")
    return None


# "Telaferli 19 yaşındaki Meryem Kazancı", "Kerküklü şair Ali Bayatlı": where one is from, before the name
_ORIGIN_BEFORE_NAME = re.compile(rf"(?<!\w)(?P<origin>[{_UPPER}][a-zçğıöşü]+l[ıiuü])\s+(?:[^\W_]+\s+){{0,3}}?"
                                 rf"(?P<name>[{_UPPER}][a-zçğıöşü]+(?:\s+[{_UPPER}][a-zçğıöşü]+)*)")


def short_answer_at_end(question: Question, sentence: str, newest: bool) -> str | None:
    """For "en son" / "ilk": of a sentence's figures for several years, the latest year's
    (the earliest's), unless the question names its own year; now's is the latest ("1990'lı yıllarda
    7 …, bugün ise 2")."""
    years = years_named(sentence)
    now = next((m for m in _NOW_SAID.finditer(sentence) if _YEAR_NUMBER.search(sentence, 0, m.start())), None)
    if newest and now and not question.years and (said_now := short_answer(question, sentence[now.start():])):
        return said_now
    if years and not question.years:
        question = replace(question, years=frozenset({max(years) if newest else min(years)}))
    return short_answer(question, sentence)


_RELATIVE_YEAR = re.compile(r"(?<!\w)(?:bu|geçen|gelecek|önceki)\s+(?:yıl|sezon)", re.IGNORECASE)
# a figure said for now, after one said for a year: "1990'lı yıllarda 7 …, bugün ise 2" (2 is not 1990's)
_NOW_SAID = re.compile(r"(?<!\w)(?:bugün|günümüzde|şu\s+anda)(?!\w)", re.IGNORECASE)


def _year_before(sentence: str, span: str) -> int | None:
    """The last year the sentence names before the span: the year its figure is said for;
    None after "bu yıl", "geçen yıl" ("2021'de 160'a, bu yıl ise 236'ya": 236 is not 2021's)."""
    before = sentence[:sentence.find(span)]
    return None if _said_for_now(sentence, span) else next(iter(years_named(before)[-1:]), None)


def _said_for_now(sentence: str, span: str) -> bool:
    """The span is said after "bu yıl", "geçen yıl", or a "bugün" said after a year ("1990'lı yıllarda 7 …,
    bugün ise 2"; not "Bugün … 374 şirketin … 2009 itibariyle"), no year named since."""
    before = sentence[:sentence.find(span)]
    relative = [*(m.end() for m in _RELATIVE_YEAR.finditer(before)),
                *(m.end() for m in _NOW_SAID.finditer(before) if _YEAR_NUMBER.search(before, 0, m.start()))]
    return bool(relative) and not _YEAR_NUMBER.search(before[max(relative):])


_PLACE_NOUNS = sorted("nere şehr şehir kent ülke il ilçe köy kasaba bölge eyalet vilayet kıta ada mahalle semt "
                      "cadde sokak meydan nehir ırmak göl dağ".split(), key=len, reverse=True)
_ABLATIVE = re.compile(r"n?[dt][ae]n$")
_LOCATIVE = re.compile(r"n?[dt][ae](?:ki)?$")
_CLAUSE_BREAK = re.compile(r"[,;]\s+|\s+ve\s+")
_DISTANCE_FROM = re.compile(r"\S*(?:\s+[^\W\d_]+)?\s+(?:yaklaşık\s+)?\d[\d.,]*\s+(?:kilometre|km|metre|mil)\w*\s+"
                            r"(?:mesafe|uzaklık|uzak)")
_AT_PLACE = re.compile(rf"[{APOSTROPHES}]n?[dt][ae]$")  # "Musul Üniversitesi'nde"
_PEOPLE_THERE = re.compile(r"\s+([a-zçğıöşü]{3,})")  # the word after "Irak'taki"
_DATIVE = re.compile(r"^[ny]?[ae]$")


def _case(ending: str) -> str | None:
    """"den" → from, "de"/"deki" → at, "ye"/"na" → to: the case a place is said in."""
    if _ABLATIVE.search(ending):
        return "den"
    if _LOCATIVE.search(ending):
        return "de"
    return "e" if _DATIVE.match(ending) else None


def _asked_case(lowered: str) -> str | None:
    """"nerede", "hangi şehirde" → "de"; "nereden" → "den"; "nereye", "hangi şehre" → "e"."""
    word = re.search(r"(?<!\w)(?:hangi\s+)?(nere\w*|(?<=hangi\s)\w+)", lowered)
    if not word:
        return None
    noun = next((noun for noun in _PLACE_NOUNS if word.group(1).startswith(noun)), None)
    case = _case(word.group(1)[len(noun):]) if noun else None
    # "nereye gömüldü": a burial is said where it lies ("Musalla Mezarlığı'nda toprağa verildi")
    return "de" if case == "e" and re.search(rf"{_BURIED}|(?<!\w)göm", lowered) else case


def _before_deed(question: Question, sentence: str, places: list[str]) -> list[str]:
    """The places said before the sentence's verb of the asked deed, where some are: "Yarış … Erbil Kalesi'nin
    önünden başladı ve Sami Abdurrahman Parkı'nda sona erdi" started at the castle, whatever the case asked."""
    stem = verb_stem(turkish_lower(question.predicate or ""))
    if not stem or len(places) < 2:
        return places
    verb = re.search(rf"(?<!\w){re.escape(stem)}[^\W\d_]*(?:d[ıiuü]|t[ıiuü]|yor)(?!\w)", turkish_lower(sentence))
    if not verb:
        return places
    return [place for place in places if 0 <= sentence.find(place) < verb.start()] or places


def _says_agent_deed(question: Question, sentence: str) -> bool:
    """The sentence says the deed whose doer is asked, in its verb or otherwise ("Organizasyonu … üstlendi" for
    "kim düzenledi"; not "… birlikte yürüttüğü" for "kim yönetti")."""
    lowered = turkish_lower(sentence)
    otherwise = _DEED_OTHERWISE.get(question.agent_of or "")
    return bool(question.agent_of) and bool(re.search(question.agent_of, lowered) or _AGENT_PHRASE.search(lowered)
                                            or otherwise and re.search(otherwise, lowered))


def _said_to_be(sentence: str, name: str, kind: str) -> bool:
    """The name comes a few words after "<kind> olan": "… şair olan 17 yaşındaki lise öğrencisi Zeynep …"."""
    at = sentence.find(name)
    return at > 0 and re.search(rf"(?<!\w){re.escape(kind)}\w*\s+olan\s+(?:\S+\s+){{0,5}}$",
                                turkish_lower(sentence[:at])) is not None


def _after_doing(question: Question, sentence: str, name: str) -> bool:
    """The name comes right after the asked deed's active participle: "düzenleyen Irak Türkmen … Derneği'nin"."""
    stem = verb_stem(turkish_lower(question.predicate or ""))
    return bool(stem) and len(stem) > 2 and re.search(
        rf"(?<!\w){re.escape(stem)}y?[ae]n\s+{re.escape(turkish_lower(name))}", turkish_lower(sentence)) is not None


def _doing_deed(question: Question, sentence: str, names: list[str]) -> list[str]:
    """Of several names, the one said right before the asked deed's verb, its doer: "… yönetmenliğini Sinan Bayatlı
    üstlenirken senaryosunu Nermin Ağaoğlu yazdı" for "senaryosunu kim yazdı?"."""
    stem = verb_stem(turkish_lower(question.predicate or "")) or turkish_lower(question.predicate or "")
    if len(names) < 2 or len(stem) < 2 or question.plural:  # ("kimler düzenledi": "A ve B düzenledi", both)
        return names
    lowered = turkish_lower(sentence)
    doing = [name for name in names
             if re.search(rf"(?<!\w){re.escape(turkish_lower(name))}\s+{re.escape(stem)}", lowered)]
    # (not one of two joined: "Irak Türkmen Cephesi ve Kerkük Kültür Derneği düzenledi" did it together)
    joined = doing and re.search(rf"\s(?:ve|ile)\s+{re.escape(turkish_lower(doing[0]))}", lowered)
    return doing if len(doing) == 1 and not joined else names


def _place_asked(question: Question, sentence: str, name: str) -> bool:
    """A place, in the case the question asks it: what answers "nerede", "nereden", "hangi şehre";
    for "hangi cadde", "hangi mahallede", a place of that kind ("Cumhuriyet Caddesi", "Rahimava
    ve Şorca mahallelerinde"), not the city ("Kerkük'te")."""
    if question.place_kind == "köy":  # a village is often named bare ("Yengice'de"), never as a river or a town
        return _of_place_kind(question, sentence, name) or _listed_after_kind("köy", sentence, name) or (
            _is_place(sentence, name) and _said_in_case(question, sentence, name)
            and not turkish_lower(name.split()[-1]).startswith(_NOT_VILLAGES)
            and not _KIND_AFTER.match(turkish_lower(sentence[_end_of(sentence, name):])))  # "Tuzhurmatu ilçesinde"
    if question.place_kind:
        return _of_place_kind(question, sentence, name) or _listed_after_kind(question.place_kind, sentence, name)
    # (not what a place is part of: "Kerkük'e bağlı Altunköprü nahiyesinde" for "nereye gönderdi?")
    return (_is_place(sentence, name) and _said_in_case(question, sentence, name)
            and not _PART_OF_AFTER.match(sentence, _end_of(sentence, name)))


_PART_OF_AFTER = re.compile(r"\s+bağlı(?!\w)")


def _names_own_word(question: Question, word: str) -> bool:
    """The word is one the question names ("Koşu" of "Barış Koşusu", stemmed "koşus")."""
    lowered = turkish_lower(word)
    return any(lowered.startswith(min(_stem_forms(named), key=len)) for named in question.named if len(named) > 2)


def _listed_after_kind(kind: str, sentence: str, name: str) -> bool:
    """The name is listed after the kind it is of: "… etkilenen köylerin başında Avgani, Kesik ve Ayaziye geliyor"."""
    at = sentence.find(name)
    intro = None
    for intro in re.finditer(rf"(?<!\w){kind}\w*\s+(?:başında|arasında)\s+", turkish_lower(sentence[:max(at, 0)])):
        pass
    return intro is not None and re.fullmatch(rf"(?:[{_UPPER}][\w'’]*(?:,\s+|\s+ve\s+|\s+))*",
                                              sentence[intro.end():at]) is not None


def _placed_as_asked(question: Question, sentence: str, name: str) -> bool:
    """A place of the asked case and kind, and of a deed done where one is asked ("Hakem kursu nerede
    yapıldı?": not "… 15 Şubat'ta Bağdat'ta yapılacak federasyon sınavına")."""
    return _place_asked(question, sentence, name) and not _done_later(question, sentence, name)


def _places_asked(question: Question, sentence: str, names: list[str]) -> list[str]:
    """The names that are places as asked; where none is but the question's own town, a site said in common words
    ("belediye parkında", "Kerkük Üniversitesi Mühendislik Fakültesi spor salonunda")."""
    places = [name for name in names if _placed_as_asked(question, sentence, name)]
    if places or question.case != "de" or question.place_kind:
        return places
    # (or a name with its kind in lower case: "Beşir kavşağı yakınlarında" for "kaza nerede oldu?")
    named = [found.group(1) for found in _NAMED_SITE.finditer(sentence)]
    return named or [site for site in _sites(sentence) if not _done_later(question, sentence, site)]


_NAMED_SITE = re.compile(rf"(?<!\w)((?:[{_UPPER}][\w'’-]*\s+)+(?:kavşağı|köyü|mahallesi|yolu|sokağı|meydanı|köprüsü"
                         r"|barajı|gölü|dağı|vadisi|ovası|kampı|sahası|parkı))"
                         r"(?:n[dt][ae]|\s+(?:yakınlarında|yakınında|önünde|girişinde|çıkışında|civarında|mevkiinde))"
                         r"(?!\w)")


def _done_later(question: Question, sentence: str, place: str) -> bool:
    """A past deed asked, and the place is where one is yet to be done (the site of what is to be built there is
    in the place now: "Telafer'de yapılacak yeni hastanenin inşaat alanında düzenlendi")."""
    later = _LATER_DEED_AFTER.match(sentence, _end_of(sentence, place)) if question.tense is Tense.PAST else None
    return bool(later) and not _SITE_OF.match(sentence, later.end())


# A site in common words, in the locative, after a word naming its kind or use ("belediye parkında", "spor
# salonunda", "açık hava sahnesinde"), and after a body's name where one comes right before it ("… Mühendislik
# Fakültesi spor salonunda"); not after a participle ("yapılan salonda") or a genitive ("kentin parkında").
# (with what it lies by, where said: "ilçe stadyumunun yanındaki pazar alanında")
_SITE = re.compile(rf"(?:(?<!\S)(?:[{_UPPER}][\w.-]*\s+)*[{_UPPER}][\w.-]*[ıiuü]\s+)?"
                   r"(?:(?<!\S)(?:[a-zçğıöşü]+\s+)?[a-zçğıöşü]+n[ıiuü]n\s+"
                   r"(?:yanı|önü|içi|arkası|karşısı|bahçesi|çevresi)nd[ae]ki\s+)?"
                   r"(?<!\w)((?:(?![^\W\d_]*(?:[ae]n|[ıiuü]n|[ae]c[ae]k|m[ıiuü]ş|d[ıiuü]ğ[ıiuü])\s)"
                   r"[a-zçğıöşü]{3,}\s+){1,2})"
                   r"(park|salon|meydan|bahçe|avlu|stad|saha|sahne|kütüphane|müze|otel|çadır|alan)"
                   r"[^\W\d_]*?(?:n)?[dt][ae](?!\w)")
# words before a site that say nothing of it ("daha sonra parkta", "Konser ise salonda"); an "alan" or "saha" only
# of a place's kind ("pazar alanında", not "tarım alanında çalışan")
_NO_SITE_WORDS = frozenset("sonra önce daha ise yine ayrıca hemen artık bugün dün yarın tüm bütün şimdi aynı".split())
_GROUND_KINDS = ("pazar", "spor", "oyun", "fuar", "gösteri", "festival", "etkinlik", "toplanma", "miting", "açık",
                 "piknik", "otopark")


_IS_HEAD = re.compile(r"[^\W\d_]s?[ıiuü]$")  # a compound's head, its owner before it: "Üniversitesi", "Kalesi"


def _sites(sentence: str) -> list[str]:
    return [m.group() for m in _SITE.finditer(sentence)
            if not _NO_SITE_WORDS & set(m.group(1).split())
            and (m.group(2) not in ("alan", "saha") or m.group(1).split()[-1].startswith(_GROUND_KINDS))]


def names_site(sentence: str, place: str) -> bool:
    """The place is a site the sentence says in common words ("belediye parkında") or by a name and its kind ("Beşir
    kavşağı yakınlarında"), no town's name."""
    return place in _sites(sentence) or place in (found.group(1) for found in _NAMED_SITE.finditer(sentence))


def placed_to_come(sentence: str, place: str) -> bool:
    """The place is where something is yet to be done, its verb a few words on: "… Kerkük'teki özel bir hastanede
    dernek tarafından yaptırılacak" (not "Saray Mahallesi'nde bulunan … binada açılan okulda … ders alacak")."""
    at = sentence.find(place)
    return at >= 0 and _TO_BE_DONE_AFTER.match(sentence, at + len(place)) is not None


_TO_BE_DONE_AFTER = re.compile(r"\S*(?:\s+\S+){0,6}?\s+[^\W\d_]+[ae]c[ae]k(?:tır)?[.!?]?$")
# a future participle within two words of a time: "Ekim ayında Bağdat'ta yapılacak"
_TO_COME_AFTER = re.compile(r"\S*(?:\s+\S+)?\s+[^\W\d_]+[ae]c[ae]k(?!\w)")
# a future participle within two words of the place: "Bağdat'ta yapılacak", "Erbil'de ayrıca açılacak"
_LATER_DEED_AFTER = re.compile(r"\S*(?:\s+[^\W\d_]+)?\s+[^\W\d_]+[ae]c[ae]k(?!\w)")
# the thing to be, in the genitive, and its site in the locative: "yeni hastanenin inşaat alanında", "müzenin
# bahçesinde" (not "… sınavının hazırlığı kapsamında")
_SITE_OF = re.compile(r"(?:\s+[^\W\d_]+){0,2}?\s+[^\W\d_]+n[ıiuü]n(?:\s+[^\W\d_]+)?\s+"
                      r"(?:alan|bahçe|arsa|saha|şantiye|bina|salon|yerleşke|temel)[^\W\d_]*[dt][ae](?!\w)")
_NOT_VILLAGES = ("çay", "nehr", "ırmağ", "dağ", "göl", "cadde", "sokağ", "mahalle", "ilçe", "kent", "şehr")
_KIND_AFTER = re.compile(r"\S*\s+(?:ilçe|il(?:i|in|inde|ine)?(?!\w)|kent|şehr|şehir|nahiye|mahalle|semt|çay|nehr)")


def _said_in_case(question: Question, sentence: str, name: str) -> bool:
    """A place in the case the question asks it ("nerede düzenlendi": "Kerkük'te", not the
    "Türkiye'den" artists came from); a place said with no case answers any."""
    if question.case is None:
        return True
    suffix = re.search(rf"[{APOSTROPHES}](\w+)$", name)
    head = _PLACE_HEAD.match(sentence, at + len(name)) if (at := sentence.find(name)) >= 0 else None
    ending = suffix.group(1) if suffix else head.group().strip() if head else ""
    said = _case(turkish_lower(ending)) if ending else None
    return said is None or said == question.case


def _is_place(sentence: str, name: str) -> bool:
    """A name with a place's suffix ("Kerkük'te"), or before a place noun that has it
    ("Tayrawa semtinde", "Aktepe köyünde") or is its own ("Azerbaycan'ın Şamahı kenti")."""
    at = sentence.find(name)
    end = at + len(name) + (sentence[at + len(name):].startswith(")"))  # "Tavuk (Dakuk) ilçesinde"
    return bool(_PLACE_SUFFIX.search(name)) or (at >= 0 and bool(_PLACE_HEAD.match(sentence, end)
                                                              or _PLACE_NOUN_AFTER.match(sentence, end)
                                                              or (_GENITIVE_NAME.search(name) is not None
                                                                  and (" " not in name or names_a_body(name))
                                                                  and _WITHIN_PLACE.match(sentence, end))))


# a place whose part is where: "Tuzhurmatu'nun Türkmen mahallelerinde", "Stadı'nın toplantı salonunda", "Merkezi'nin
# 650 kişilik salonunda"
_WITHIN_PLACE = re.compile(r"\s+(?:(?:\d[\d.]*\s+)?[^\W\d_]+\s+)?"
                           r"(?:semt|mahalle|köy|merkez|çarşı|salon|saha|bina|bahçe)\w*?"
                           r"(?:s[ıiuü]n|[ıiuü]n|n)[dt][ae](?:ki)?(?!\w)")
# a place's noun with its possessive after a name: "Şamahı kenti", "Hasköy köyü"
_PLACE_NOUN_AFTER = re.compile(r"\s+(?:semt|mahalle|köy|kasaba|ilçe|nahiye|şehr|kent|bölge)(?:l[ae]r)?s?[ıiuü](?!\w)"
                               # a road where something is ("Yayçı yolu üzerinde"; "yolu … açtı" is the road opened)
                               r"|\s+(?:yol|cadde|sokağ|bulvar|meydan)[ıiuü]?(?:\s+üzerin\w*|n[dt][ae](?:ki)?)(?!\w)")


def _a_language(name: str) -> bool:
    """The name ends in a language ("Kerkük Türkmencesi"): a tongue, no one."""
    return turkish_lower(_bare(name).split()[-1]).startswith(tuple(LANGUAGES))


def _is_land(name: str) -> bool:
    """A country ("Türkiye'nin") or a river, lake or mountain ("Dicle Nehri'nin"): a place
    whatever its ending, never a person (not "Çayı": "Sabah Çayı" is a programme)."""
    return turkish_lower(_bare(name)) in COUNTRIES or _ends_in(name, _LAND_FORMS)


_LAND_FORMS = tuple("nehri ırmağı gölü dağı dağları adası körfezi vadisi ovası denizi".split())


def _has_parts(sentence: str, name: str) -> bool:
    """A place spoken of by its parts ("Özbekistan'ın başkenti", "Kerkük'ün güneyinde"): no
    one who did anything, though the place asked is the part ("Taza yolu üzerinde")."""
    at = sentence.find(name)
    return at >= 0 and bool(_GENITIVE_NAME.search(name)) and bool(_PLACE_PART.match(sentence, at + len(name)))


def _joined_to(sentence: str, name: str, places: list[str]) -> bool:
    """Whether ``name`` is listed with a suffixed place after it ("Erbil ve Telafer'de",
    "Kerkük, Erbil ve Telafer'de"); a comma alone sets off the subject ("Dr. Semra Ağabeyoğlu,
    Erbil'deki kliniklerde …")."""
    listed = rf"(?:,\s*[{_UPPER}][\w.&-]*(?:\s+[{_UPPER}][\w.&-]*)*)*"  # ", Erbil", ", Tuz Hurmatu"
    return any(re.search(rf"{re.escape(name)}{listed}\s+ve\s+{re.escape(place)}", sentence) for place in places)


def _in_asked_case(question: Question, sentence: str, names: list[str]) -> list[str]:
    """The names in the case a "kimi", "kime", "kimden", "kiminle" asks ("Kasaboğlu'nu", "Rakan Saeed ile")."""
    said = _PERSON_CASE_SAID[question.person_case or ""]
    # someone, not a town or a body ("Ankara'dan", "… Mimarlık Fakültesi'nden mezun oldu"): a full name or a titled one
    return [name for name in names if said.search(name + (" tarafından" if _BY_AFTER.match(sentence, _end_of(
        sentence, name)) else "")) and not names_a_body(name) and (" " in _bare(name) or _a_person(sentence, name))]


_BY_AFTER = re.compile(r"\s+tarafından(?!\w)")


def names_in_asked_case(question: Question, sentence: str) -> bool:
    """The sentence names someone in the case the question asks ("Finalde kimi yendi?": "… Burhan Kasaboğlu'nu …
    yendi", not "Finalde yenilen Burhan Kasaboğlu … ödül aldı"); True where no case is asked."""
    return question.person_case is None or bool(_in_asked_case(question, sentence, _names(question, sentence)))


def _people_asked(question: Question, sentence: str, names: list[str]) -> list[str]:
    """People who can answer the question: not a name that says which of the asked subject is
    meant ("Heyet kimlerle görüştü?": "Irak Türkmen heyeti" is the delegation itself; an office
    held is asked of its holder: "Vali Rakan Cuburi")."""
    subjects = [re.escape(named) for named in question.named - question.names
                if len(named) > 3 and not named.startswith(_ASKED_OFFICES)]
    if question.person_case in ("dative", "ablative") and (people := _in_asked_case(question, sentence, names)):
        return people  # "kimden aldı?": "Hattat Hasan Çelebi'den" is no place
    if not subjects:
        return _people(names, sentence)
    # the bare name before the asked noun with the compound's possessive: "Türkmen heyeti",
    # "heyetine" (not the predicate: "Sahra Ventures liderlik etti", "Kethüda şampiyon oldu";
    # not an owner in the genitive: "Kerkük Kültür Derneği'nin katkılarıyla" for "kimlerin katkısıyla")
    compound = re.compile(rf"(?:{'|'.join(subjects)})(?:l[ae]r)?s?[ıiuü](?:n?[dt][ae]|n?[ıiuü]n|n[ae]|yl[ae])?(?!\w)")
    return [name for name in _people(names, sentence)
            if re.search(rf"[{APOSTROPHES}]", name)
            or not compound.match(turkish_lower(sentence[_end_of(sentence, name):].lstrip()))]


def _people(names: list[str], sentence: str) -> list[str]:
    """Names that can answer "kim": "Kerkük'te açılan okul …" names where, not who, and so
    does "Erbil" in "Erbil ve İstanbul'daki fuarlar". (Among them a body, "Kerkük Kalesi",
    gives way to a person named beside it, and answers alone: "Kazıyı kim yönetiyor?"
    "Kerkük Müzesi"; and a full name, as news introduces people, to a single capitalised word.)"""
    places = [name for name in names  # "Hasan Koy mahallesinde" names a place too
              if (_is_place(sentence, name) and not _RECEIVES.match(sentence, _end_of(sentence, name))
                  and not _a_person(sentence, name)  # "Kerkük temsilcisi Nazlı Hasanova'ya sorduk"
                  and not _after_kind_of_person(sentence, name))  # "şair Hasan Tuzlu'ya … verildi"
              or _has_parts(sentence, name) or _is_land(name)
              or _PLACE_NOUN_AFTER.match(sentence, _end_of(sentence, name))  # "Azerbaycan'ın Şamahı kenti"
              or _a_language(name)]  # "Kerkük Türkmencesinin kelimelerini"
    return [name for name in names if name not in places and not _joined_to(sentence, name, places)
            and not _TITLED.match(sentence, _end_of(sentence, name))  # '"Kerpiç Evlerin Sesi" adlı şiir kitabı'
            and not (len(name.split()) == 1 and (names_a_body(name)  # "Kalesi" alone names nothing
                                                 or _before_a_unit(sentence, name)
                                                 or _of_where_before_noun(sentence, name)))]


def _of_where_before_noun(sentence: str, name: str) -> bool:
    """"Erbilli şair Hasan Tuzlu": where the poet is from, before what he is, names no one."""
    after = sentence[_end_of(sentence, name):]
    return bool(_OF_ORIGIN.fullmatch(_bare(name))) and re.match(r"\s+[a-zçğıöşü]", after) is not None


# What follows a work's title: '"Kerpiç Evlerin Sesi" adlı kitabıyla', '… başlıklı konferans'.
_TITLED = re.compile(r"[\"”»’']?\s+(?:adlı|isimli|başlıklı)(?!\w)")


# "… ödülü Abbas Terzi'ye verdi": a dative before a verb of giving names who got it, no place.
_RECEIVES = re.compile(r"\s+(?:\w+\s+)?(?:ver|takdim|sunul|layık|uygun\s+gör)")
# "Nermin Bezirganlı başkanlığındaki jüri": who led it, not who did what the sentence says.
_LEADS = re.compile(r"\s+(başkanlığ|önderliğ|yönetimin|liderliğ|eşliğin|koordinatörlüğ|moderatörlüğ)\w*")


_TOGETHER = re.compile(r"\s+(?:birlikte|beraber|ortaklaşa)(?!\w)")


def _together(sentence: str, first: str, second: str) -> bool:
    """Two people who did it together: "Dr. Faruk Abbasoğlu ile Telafer Kaymakamı Kasım Tahir
    birlikte açtı" (what stands between them is "ile" or "ve" and the second one's title; without
    "birlikte", "Tesla, Edison ve Westinghouse ile çalıştı" does not say who is asked)."""
    between = sentence[_end_of(sentence, first):max(sentence.find(second), 0)]
    if (re.search(rf"[{APOSTROPHES}]n?[ıiuü]n$", first) and not between.strip()
            and re.match(rf"\s+ile{_TOGETHER.pattern}", sentence[_end_of(sentence, second):])):
        return True  # "Kulübü'nün Kerkük İl Spor Müdürlüğü ile birlikte düzenlediği": the one's with the other
    return (bool(re.fullmatch(rf"\s+(?:ile|ve)\s+(?:[{_UPPER}][\w.]*\s+)*", between))
            and bool(_TOGETHER.match(sentence, _end_of(sentence, second))))


def _end_of(sentence: str, name: str) -> int:
    return max(sentence.find(name), 0) + len(name)


def _leads(sentence: str, name: str, office: str | None) -> bool:
    """The name is of who led what the sentence speaks of (as ``office``, when given)."""
    led = _LEADS.match(sentence, _end_of(sentence, name))
    return bool(led) and (office is None or led.group(1).startswith(office.split()[-1][:6]))


def _titled_otherwise(name: str, office: str) -> bool:
    """The name opens with another office's title ("Kaymakam Demirci" asked of a "vali")."""
    first = turkish_lower(name.split()[0])
    return first.startswith(_OFFICES) and not first.startswith(turkish_lower(office.split()[-1])[:4])


def _titled(sentence: str, name: str, office: str) -> bool:
    """The name comes right after the office's title ("teknik direktörü Orhan Salihi"; not after
    "başkanlığını," the office held: "… başkanlığını, Bakü'den … bağlanan … Rasim Guliyev yaptı")."""
    before = _word_before(sentence, name)
    title = "|".join(re.escape(said.split()[-1]) for said in _office_words(office.split()[-1]))
    if before and re.fullmatch(rf"(?:{title})[ıiuü]?(?:s[ıiuü])?", turkish_lower(before)):
        return True
    # or the post taken on by the name: "Dizinin yönetmenliğini Sinan Bayatlı üstlenirken …"
    taken = rf"(?<!\w)(?:{title})l[ıiuü]ğ[ıiuü]n[ıiuü]\s+{re.escape(turkish_lower(name))}\s+(?:üstlen|yap|yürüt)"
    return re.search(taken, turkish_lower(sentence)) is not None


def _before_a_unit(sentence: str, name: str) -> bool:
    """"Irak" in "4 milyar Irak dinarlık": a currency's country, no one."""
    after = re.search(rf"(?<!\w){re.escape(name)}\s+(\w+)", sentence)
    return bool(after and _measure(after.group(1)))


# the period now, as a question names it: "bu sezon", "bu yılki"
_THIS_PERIOD = re.compile(r"(?<!\w)(bu\s+(?:yıl|sezon|ay|hafta|dönem))"
                          r"(?:ki|[dt][ae](?:ki)?|[ıiu]n(?:[dt][ae])?)?(?!\w)")
# a question asking by how much one figure passes another
_ASKS_DIFFERENCE = re.compile(r"(?<!\w)(?:daha\s+(?:fazla|az|çok)|fark\w*|art(?:tı|mış|ış)\w*|azal\w*)(?!\w)")
def _pieces_done(lowered: str) -> str | None:
    """"kaç adet kitap basıldı" → "basıl": the deed done to the pieces counted; None where no pieces are asked."""
    said = _TOKEN.findall(lowered)
    return verb_stem(said[-1]) if said and _ASKS_PIECES.search(lowered) else None


def _done_after(question: Question, sentence: str, span: str) -> bool:
    """The asked deed follows the figure: "toplam 120.000 adet basıldığını" (not "üç adet … oyuncusundan ikisi")."""
    following = _TOKEN.findall(turkish_lower(sentence[_end_of(sentence, span):]))[:1]
    return bool(following and question.pieces and following[0].startswith(question.pieces))


_ASKS_PIECES = re.compile(r"(?<!\w)kaç\s+adet(?!\w)")
_PIECES = ("adet",)
# a change said: "yüzde 40 arttı", "600 daha fazla", "fark"
_CHANGE_SAID = re.compile(r"(?<!\w)(?:art(?:tı|mış|an|ar|ış|acak|arak|ma)|azal|düş(?:tü|müş|er|en|üş)|yüksel"
                          r"|geril(?!im)|fark(?!lı)|daha\s+(?:fazla|az|çok))")
# a figure said as by how much it passes another: "geçen yıla göre 600 sporcu daha fazla katıldı"
_DIFFERENCE_AFTER = re.compile(r"(?:\s+[^\W\d_]+)?\s+daha\s+(?:fazla|az|çok)(?!\w)")


def _candidates(question: Question, sentence: str) -> list[str]:
    if question.asked is Asked.PROFESSION:
        return _professions(question, sentence)
    days = [m.group() for m in _WEEKDAY.finditer(sentence)] if question.weekday else []
    if days or question.weekday == "strict":  # "Seferler pazartesi, çarşamba ve cumartesi günleri yapılacak" (a
        return days  # day asked loosely, else the dates: "hangi günler bulundu?": "9-10 Mayıs tarihlerinde")
    if question.asked is Asked.DATE:
        return [_with_days_before(sentence, m) for m in _DATE.finditer(sentence) if not _named(question, m.group())
                and (not question.year or re.search(r"\d{4}|yıl", m.group()))
                and (question.since or not _since(sentence, m)) and not _dates_another(question, sentence, m)
                and not _quoted_of_another_deed(question, sentence, m)
                and not (question.day and _YEAR_ALONE.fullmatch(m.group()))
                and (not question.month or _MONTH_IN_DATE.search(m.group()) is not None)
                # "sonunda ne zaman ödendi": not "mart sonuna kadar … ödeneceğini", a deadline
                and not (question.tense is Tense.PAST and m.group().endswith("kadar"))
                # "ne zaman yapıldı": not "… Ekim ayında Bağdat'ta yapılacak maratonda", a time to come
                and not (question.tense is Tense.PAST and _TO_COME_AFTER.match(sentence, m.end()))]
    if (question.asked is Asked.NUMBER and question.unit in ("yaş", "yaşın") and not question.aged
            and not _AGED_SAID.search(sentence) and (anniversary := _AGE_CELEBRATED.search(sentence))):
        return [anniversary.group(1)]  # "kaç yaşında?": "… kuruluşunun 30. yılını … kutladı" (an age in years)
    if question.asked is Asked.NUMBER:
        counting = question.counted is not None and question.measure is None
        if question.clock:  # "saat kaçta yakıldı": "saat 19.00'da", not "20 halk oyunları ekibi"
            return [m.group() for m in _NUMBER.finditer(sentence) if _clock_time(sentence, m)
                    # "saat kaçta kapandı": not "saat 16.00'da sona ermesi planlanıyordu, ancak … 17.00'de"
                    and not (question.tense is Tense.PAST and _PLANNED_AFTER.match(sentence, m.end()))]
        return [m.group() if question.score else _with_unit(sentence, m) for m in _NUMBER.finditer(sentence)
                if not _named(question, m.group()) and not _is_article(sentence, m) and not _is_date(sentence, m)
                # "kaçıncı bitirdi": "7. sırada", "12'nci kez", not "ilk üç sırada"; "kaç": no "19. yüzyıl"
                and _is_ordinal(sentence, m) == question.ordinal
                and not (question.ordinal and _ranks_another(question, sentence, m))  # "ayın 28'inci gününe"
                and not (m.group()[:1].isupper() and not _starts_sentence(sentence, m.start()))  # "Irak Birinci Ligi"
                and not (question.ordinal and _YEAR_NUMBER.match(m.group()))  # "2023-2024 sezonunu" ranks nothing
                and not (_YEAR_SPAN.fullmatch(m.group()) and _PERIOD_AFTER.match(sentence, m.end()))
                # "ne kadar su var?": not "son on beş yılın en düşük düzeyine", the years a record is of (a time's
                # "2 yılın sonunda" stays)
                and not (question.unit not in _CALENDAR_UNITS and _OF_PERIODS.match(sentence, m.end()))
                # "ne kadar su var?": no time since when ("iki yıldır ortalamanın altında kalan yağışları")
                and not (question.material and question.measure is None
                         and _measure_of_span(span := _with_unit(sentence, m)) == "süre" and _SINCE_SPAN.search(span))
                and not (counting and _measured(sentence, m, question.unit))
                and (question.unit != "kişi" or question.capacity or _counts_people(sentence, m))
                and (not question.score or _SCORE.fullmatch(m.group()))
                and (question.score or not _final_score(sentence, m))  # "78-71 yendi" counts no one
                and not _clock_time(sentence, m)  # "saat 10.00 ile 20.00 arasında" counts nothing
                # "600 sporcu daha fazla katıldığını": by how much, not how many
                and (question.compares or not _DIFFERENCE_AFTER.match(sentence, m.end()))
                and (question.tense is Tense.FUTURE or question.expected or not _GOAL.match(sentence, m.end()))
                and (question.tense is not Tense.PAST or question.goal  # "hedefi kaç üniteydi": the goal
                     or not (_EXPECTED_FIGURE.match(sentence, m.end()) or _GOAL_BEFORE.search(sentence, 0, m.start())))]
    names = _names(question, sentence)
    if question.asked is Asked.PLACE:  # "nereye gidiyordu?": no one ("… emekli öğretmen Kasım Nurettin'e yapıldı"),
        # nor what a distance is counted from ("Tuz Hurmatu ilçesine yaklaşık 15 kilometre mesafedeki Beşir kavşağı")
        # (nor where some people are: "Irak'taki öğrencilere daha yakın olmak amacıyla … ofis açtı" for where the
        # office is)
        names = [name for name in names if not _a_person(sentence, name)
                 and not _DISTANCE_FROM.match(sentence, _end_of(sentence, name))
                 and not (name.endswith("ki") and (people := _PEOPLE_THERE.match(sentence, _end_of(sentence, name)))
                          and _is_people(people.group(1)))]
    if question.person_case:  # "icazetini kimden aldı?": "Hasan Çelebi'den", not "Mehmet Emin Tuzlu'nun yanında"
        in_case = _in_asked_case(question, sentence, names)
        # (one beaten or given to may be told as a subject: "Finalde yenilen Burhan Kasaboğlu", "Ödülü … aldı")
        names = in_case if in_case or question.person_case == "ablative" else names
    if question.body:  # "hangi şirket yapacak": not "Mühendis Sinan Abbasoğlu", its project manager,
        # nor the city of "Musul'da bir inşaat firmasında" ("Selahaddin Üniversitesi'nde" is a body),
        # nor "Türkiyeli" of "Türkiyeli mimar Hande Karaağaç"
        company = question.body in ("şirket", "firma")  # nor a ministry or a castle for a company
        names = [name for name in names if not _a_person(sentence, name) and not _OF_ORIGIN.fullmatch(name)
                 and not _after_profession(sentence, name)
                 and not (_is_place(sentence, name) and question.body not in _TIERS  # ("Ligi'nde" is no place)
                          and (company or not names_a_body(name)))
                 and not (company and (_names_a_public_body(name) or _ends_in(name, _BUILT_FORMS)))
                 and not (company and _SPATIAL_AFTER.match(f"{name}{sentence[_end_of(sentence, name):]}",
                                                           len(_bare(name))))]
    return names


_SINCE_SPAN = re.compile(r"[dt][ıiuü]r$")
_OF_PERIODS = re.compile(r"\s+(?:gün|hafta|ay|yıl)(?:l[ae]r)?[ıi]n\s+(?:en|rekor|ortalama)\w*(?!\w)")
# the last word of a firm's name, its trade, that a question may say as a common word ("Nur İnşaat": "inşaatını")
_FIRM_HEADS = ("inşaat", "yapı", "holding", "mühendislik", "taahhüt", "müteahhit", "enerji", "ticaret")
# a place by what lies in or around it: "Kerkük'ün ortasından geçen", "kentin güneyinde" (no firm)
_SPATIAL_AFTER = re.compile(rf"[{APOSTROPHES}]n?[ıiuü]n\s+(?:orta|merkez|kıyı|güney|kuzey|doğu|batı|yakın|çevre|giriş"
                            r"|dış|iç)s?[ıiuü]n(?:d[ae]|[dt][ae]n|[ae])(?!\w)")


_AGE_CELEBRATED = re.compile(r"(?<![\d.,])(\d{1,3})\.\s+(?:yaşını|yılını|yıl\s*dönümünü)\s+(?:\S+\s+){0,8}?kutla\w*",
                             re.IGNORECASE)


_AGED_SAID = re.compile(r"\d+\s+yaşında")


def _with_days_before(sentence: str, date: re.Match) -> str:
    """The date with the days listed before it in its month: "23 ve 24 Temmuz", not "24 Temmuz" alone."""
    days = _DAYS_BEFORE.search(sentence, 0, date.start()) if date.group()[:1].isdigit() else None
    return f"{days.group()}{date.group()}" if days else date.group()


_DAYS_BEFORE = re.compile(r"(?<![\d.,])(?:\d{1,2},\s*)*\d{1,2}\s+ve\s+$")


def _range_of_another(question: Question, sentence: str, span: str) -> bool:
    """A bare number opening a range whose unit is not the asked one ("6 ile 12 yaş" for "kaç okul")."""
    at = sentence.find(span)
    after = _RANGE_END.match(sentence, at + len(span)) if at >= 0 and re.fullmatch(r"[\d.,]+", span) else None
    return bool(after) and not turkish_lower(after.group(1)).startswith(_unit_beginnings(question.unit or ""))


_RANGE_END = re.compile(r"\s*(?:ile|ila|ve|-|–)\s*[\d.,]+\s+([^\W\d_]+)")


def _of_whole_with_unit(sentence: str, found: list[str], with_unit: list[str], part: str) -> bool:
    """A part ("94'ü") of a measure asked is of the figure said last before it, which must be in the asked unit:
    "78 kilometrelik parkurda 112 bisikletçi start aldı, 94'ü yarışı tamamladı" gives 94 riders, no distance."""
    at = sentence.find(part)
    before = [span for span in found if span != part and 0 <= sentence.find(span) < at]
    whole = max(before, key=sentence.find) if before else None
    return whole is None or whole in with_unit


def _ranks_another(question: Question, sentence: str, number: re.Match) -> bool:
    """"kaçıncı kez": an ordinal of another noun ("ayın 28'inci gününe") tells no time it was done."""
    if question.counted not in _TIMES:
        return False
    noun = _NOUN_AFTER_ORDINAL.match(sentence, number.end())
    return noun is not None and not turkish_lower(noun.group(1)).startswith(_TIMES)


_NOUN_AFTER_ORDINAL = re.compile(rf"(?:[{APOSTROPHES}]\w+|\.)?\s+([^\W\d_]+)")


def _is_ordinal(sentence: str, number: re.Match) -> bool:
    """"7. sırada", "12'nci kez", "üçüncü": a rank, not a count."""
    return bool(_ORDINAL.match(sentence, number.end()) or _ORDINAL_SUFFIX.match(sentence, number.end())
                or _ORDINAL_WORD_END.search(number.group()))


_ORDINAL_SUFFIX = re.compile(rf"[{APOSTROPHES}]\w*nc[ıiuü]")  # "12'nci", "3'üncü"
# a time a deed was planned for, said after it: "16.00'da sona ermesi planlanıyordu"
_PLANNED_AFTER = re.compile(r"\S*\s+(?:[^\W\d_]+\s+){0,2}?[^\W\d_]+m[ae]s[ıi](?:n[ıi]n|n[ıi]|n)?\s+"
                            r"(?:planlan|öngörül|beklen)\w*")  # ("… ekim ayında düzenlenmesinin planlandığını")


def _clock_time(sentence: str, number: re.Match) -> bool:
    """A time of day: after "saat" ("saat 10.00 ile 20.00 arasında"), written "08.00" or "8:30",
    or one end of a span of hours ("her gün 08.00 ile 20.00 arasında")."""
    said = number.group()
    if said.isdigit() and int(said) <= 24 and _TIME_OF_DAY.search(sentence[:number.start()]) and re.match(
            rf"[{APOSTROPHES}](?:[dt][ae]n?|y?[ae])(?!\w)", sentence[number.end():]):
        return True  # "her gün sabah 5'te açılıyor", "akşam 8'e kadar": an hour, no count
    return (re.fullmatch(r"\d{1,2}[.:]\d{2}", said) is not None
            and (re.search(r"(?i:saat)\s+(?:\S+\s+){0,2}$", sentence[:number.start()]) is not None
                 or ":" in said or said.startswith("0")
                 # "sandıklar 17.00'de kapandı": an hour and its minutes, in the locative (or from or to it:
                 # "derslerin başladığı 7.45'ten önce")
                 or (int(said[:-3]) <= 24 and int(said[-2:]) < 60
                     and re.match(rf"[{APOSTROPHES}](?:[dt][ae]n?|y?[ae])(?!\w)", sentence[number.end():]) is not None)
                 or _HOURS_BETWEEN.match(sentence, number.end()) is not None
                 or re.search(r"\d[.:]\d\d\s*(?:ile|ve|[-–])\s*$", sentence[:number.start()]) is not None))


_TIME_OF_DAY = re.compile(r"(?<!\w)(?:saat|sabah|akşam|gece|öğle(?:den\s+sonra)?)\s+$", re.IGNORECASE)
# "… günlük üretimi 2.500 ekmeğe çıkarmayı hedefliyor": a figure aimed at, not the one there is
_GOAL = re.compile(r"\s+(?:[^\W\d_]+\s+)?[^\W\d_]*?[ae]\s+(?:çıkar|ulaş|yükselt|artır|indir|düşür)\w*\s+"
                   r"(?:hedefl|amaçl|planl)\w*")
# "10 bin kişi bekliyorduk", "30 bin ziyaretçi gelmesini hedeflediklerini": no count of who came
# ("30 saat sürmesi bekleniyor" is how long a trip not yet made will last)
# "… 450 evin onarılmasının planlandığını"
# (up to three words, none a finite verb or a conjunction: not "380 izci katıldı ama beklenenden az")
# ("2 bin 500'ü aşmasını bekliyor": the figure's own ending first)
_EXPECTED_FIGURE = re.compile(rf"(?:[{APOSTROPHES}]\w+)?"
                              r"\s+(?:(?!(?:ama|ancak|fakat|ve|ise)\s)[^\W\d_]+(?<![dt][ıiuü])(?<!yor)\s+){1,3}?"
                              r"(?:bekl|hedefl|planlan)\w*")
# "hedefin 20 bin aile olduğunu", "hedeflenen 500 ton": a figure aimed at, not one reached
_GOAL_BEFORE = re.compile(r"(?<!\w)(?:hedef(?:in|i|imiz|lenen)|amaçlanan|planlanan)\s+$", re.IGNORECASE)
_HOURS_BETWEEN = re.compile(r"\s*(?:ile|ve|[-–])\s*\d{1,2}[.:]\d\d(?!\d)")


def aims_at_figure(sentence: str) -> bool:
    """Every figure of the sentence is aimed at or expected in its own clause ("Birlik, gelecek yıl Türkiye'ye
    500 ton hurma ihraç etmeyi hedefliyor"): nothing of it was done."""
    clauses = [_clause_after(sentence, m.group()) for m in _NUMBER.finditer(sentence)]
    return bool(clauses) and all(re.search(r"(?<!\w)(?:\w+\s+){0,5}?(?:bekl|hedefl|planlan)\w*", turkish_lower(clause))
                                 for clause in clauses)


def gives_goal(sentence: str) -> bool:
    """A figure of the sentence is aimed at ("Organizatörlerin hedefi 400 üniteydi", "… 30 bin ziyaretçi
    gelmesini hedeflediklerini"): what "hedefi kaç" asks."""
    return any(_GOAL_BEFORE.search(sentence, 0, m.start()) or _EXPECTED_FIGURE.match(sentence, m.end())
               or _GOAL.match(sentence, m.end()) for m in _NUMBER.finditer(sentence))


# "bunun ne kadarı BM'den geldi?": a share of an amount said before
_SHARE_ASKED = re.compile(r"(?<!\w)ne\s+kadar[ıi](?:n[ıi])?(?!\w)")
# "Bu tutarın 300 bin doları …", "Bunun 30 bin dolarını", "maliyetin yüzde 40'ı", "hattın 9 kilometresi": an
# amount owned by a whole ("ne kadarı" asks an amount; "bunlardan 19'u" is a count, what "kaçı" asks)
_OWNED_FIGURE = re.compile(rf"(?:(?<![\w.,])\d[\d.,]*(?:\s+(?:{'|'.join(SCALE_WORDS)}))?\s+(?:{_UNITS_OWNED})"
                           rf"|(?<!\w)yüzde\s+\d[\d.,]*[{APOSTROPHES}])s?[ıiuü](?:n(?:[ıiuü]|[ae]|[dt][ae]n?))?(?!\w)")


def first_holder_unsaid(question: str, asked: Question, sentence: str) -> bool:
    """The first holder of an office asked ("gazetenin ilk genel yayın yönetmeni kimdi?"), the sentence
    naming one with no word of being the first ("Gazetenin Genel Yayın Yönetmeni Leyla Hürmüzlü …": today's)."""
    office = (asked.office or "").split()[-1:]
    first = re.search(rf"(?<!\w)ilk\s+(?:\S+\s+){{0,2}}{office[0]}", turkish_lower(question)) if office else None
    return first is not None and re.search(r"(?<!\w)(?:ilk|kurucu|birinci)", turkish_lower(sentence)) is None


def people_doing(asked: Question, sentence: str) -> bool | None:
    """For a count of people asked by what they did ("kaç kişi çalışıyor?"), whether the sentence's count is
    of people who did it ("radyoda 34 kişinin çalıştığını") or another thing ("… yaklaşık 700 kişi katıldı": the
    guests, not the staff); None where no deed of its own is asked or the sentence gives no count."""
    deed = verb_stem(asked.predicate or "") or asked.predicate
    if asked.asked is not Asked.NUMBER or asked.unit != "kişi" or not deed or len(deed) < 3 or _LIGHT_VERB.match(deed):
        return None
    span = short_answer(asked, sentence)
    return roots_held(_clause_after(sentence, span), {deed}) > 0 if span and span in sentence else None


def gives_part_for_whole(asked: Question, sentence: str) -> bool:
    """The sentence's answer is a whole's part, its unit owned ("Parkın 18.000 metrekaresi çocuk oyun
    alanlarına ayrıldı", "balın yaklaşık 15 tonunu … gönderdi"): no answer to the whole's measure."""
    span = short_answer(asked, sentence) if asked.asked is Asked.NUMBER and not asked.whole else None
    at = turkish_lower(sentence).find(turkish_lower(span)) if span else -1
    return at >= 0 and _OWNED_FIGURE.match(turkish_lower(sentence), at) is not None


def asks_share(question: str) -> bool:
    """The question asks what part of an amount ("… ne kadarı sponsorlardan karşılandı?")."""
    return bool(_SHARE_ASKED.search(turkish_lower(question)))


def gives_share(sentence: str) -> bool:
    """The sentence gives a figure as a whole's part ("Bu tutarın 300 bin doları …")."""
    return bool(_OWNED_FIGURE.search(turkish_lower(sentence)))


_OF_ORIGIN = re.compile(r"\w{3,}l[ıiuü]")  # "Türkiyeli mimar", "Kerküklü firma": where from, no body's name


def _without_origin(name: str) -> str:
    """"Telaferli Zehra Ocakçı" → "Zehra Ocakçı": where she is from, before a first name and a
    surname, is no part of the name ("Yılmaz Hasan Erbilli" keeps its surname)."""
    first, *rest = name.split()
    return " ".join(rest) if len(rest) >= 2 and _OF_ORIGIN.fullmatch(first) else name


_ASKS_BODY = re.compile(rf"hangi\s+(?:(?:{_ETHNONYMS})\s+)?(takım|kulüp|şirket|firma|kurum|kuruluş|parti|örgüt"
                        rf"|üniversite|okul|gazete|dergi|banka|marka|vakıf|dernek|lig|kooperatif|bakanlık|bakanlığ"
                        rf"|müdürlük|müdürlüğ|belediye)"
                        rf"|hangi\s+\w+\s+({_COMPANY})"
                        rf"|({_COMPANY})\w*\s+hangisi")


# "hangi sağlık kuruluşuna": the word before the asked kind of body qualifies it, and the answer
# may hold it ("Altunköprü Sağlık Merkezi'ne"); it is no word of the question's own subject.
_QUALIFIED_BODY = re.compile(r"hangi\s+(\w+)\s+(?:takım|kulüp|şirket|firma|kurum|kuruluş|parti|örgüt|üniversite"
                             r"|okul|gazete|dergi|banka|vakıf|dernek|kooperatif|bakanl[ıi][kğ]|müdürl[üu][kğ]"
                             r"|belediye)")


def _body_qualifier(asked: Asked, lowered: str) -> frozenset[str]:
    found = _QUALIFIED_BODY.search(lowered) if asked is Asked.NAME else None
    return frozenset({stem(found.group(1))}) if found else frozenset()


def _asked_body(asked: Asked, lowered: str) -> str | None:
    """The kind of body a "hangi" question asks for: "hangi şirket yapacak" → "şirket"."""
    body = _ASKS_BODY.search(lowered) if asked is Asked.NAME else None
    return next(word for word in body.groups() if word) if body else None


def _called(sentence: str, name: str, body: str) -> bool:
    """The sentence calls the name a body of the asked kind: "Rafidain Yapı şirketi", or
    "inşaat şirketi Anadolu Yapı" (the kind, or its possessive, right before the name: "yüklenici firma Rafidain
    İnşaat")."""
    at = sentence.find(name)
    after = sentence[at + len(name):].split()[:1]
    before = sentence[:max(at, 0)].split()[-1:]
    kind = _body_stem(body)
    # (one body, not many of a kind: "Kerkük'teki Türkmen okullarında")
    return (bool(after) and turkish_lower(after[0]).startswith(kind)
            and not re.match(rf"{kind}\w?l[ae]r", turkish_lower(after[0]))) or (
        bool(before) and re.fullmatch(rf"{kind}(?:\w?s?[ıiuü])?", turkish_lower(before[0])) is not None)


_PERSON_TITLES = ("mühendis", "mimar", "doktor", "dr", "prof", "doç", "av", "avukat", "öğretmen", "hoca", "sayın")


def _a_person(sentence: str, name: str) -> bool:
    """A name after a title ("Mühendis Sinan Abbasoğlu", "Dr. Leyla", "Rektör Terzioğlu",
    "Telafer Belediye Başkanı Hasan Ocakçı") or after an office or profession the person holds
    ("proje müdürü Sinan Abbasoğlu", "mimar Hande Karaağaç")."""
    first = turkish_lower(name.split()[0]).rstrip(".")
    if (first in _PERSON_TITLES or (first in _OFFICES and first not in _RANKS and len(name.split()) > 1)
            or any(_is_title(word) for word in name.split()[:-1])):
        return True  # "Telafer Belediye Başkanı Hasan Ocakçı", "Rektör Terzioğlu"
    before = _word_before(sentence, name)
    if _AGED_BEFORE.search(sentence[:max(sentence.find(name), 0)]):
        return True  # "86 yaşındaki Dakuklu Fatma Nalbant": an age is a person's
    return bool(before) and ((_is_title(before) and turkish_lower(before).startswith(_OFFICES))
                             or turkish_lower(before).rstrip(".") in _PERSON_TITLES)  # "mimar Hande Karaağaç"


_AGED_BEFORE = re.compile(r"\d+\s+yaşında(?:ki)?\s+$")


# A sentence's first word with a case ending and no apostrophe is a common word ("Araştırmasında",
# "Hastanede", "Törende"), read on ASCII-folded words.
# ("Birinciliği Meryem Kazancı kazandı": a noun of "-lik" with its possessive)
_COMMON_INFLECTED = re.compile(r"\w{3,}(?:s[iu]n|n)?d[ae]n?$|\w{3,}s[iu]n[ae]$|\w{2,}[aeiou]y[iu]$"
                               r"|\w{3,}l[iu]g[iu]n?[iu]?$")


_FROM_PLACE = re.compile(r"l[ıiuü]$")  # "Telaferli", "Kerküklü": of a place, before a people
_WHERE_BASED = re.compile(r"\s+(?:merkezli|kökenli)(?!\w)")
_AS_REPORTED = re.compile(r"[\"”’»]?\s+olarak\s+(?:yer\s+)?\w+m[ıiuü]şt[ıiuü](?!\w)")


# "1,5 ", "50 ", "9 milyon " (not a year: "2024 Kerkük …"): "9 milyon Irak dinarı" names no team
_FIGURE_BEFORE = re.compile(r"(?<![\d.,])\d{1,3}(?:[.,]\d+)*\s+(?:(?:bin|milyon|milyar)\s+)?$")


def _names(question: Question, sentence: str) -> list[str]:
    """Capitalised word runs that are names: not the sentence's first word unless Turkish marks
    it as one (an apostrophe suffix, or a run of several capitalised words), not a month or a
    weekday, and with the words the question already names taken off."""
    out: list[str] = []
    for match in _name_runs(sentence):
        if _FIGURE_BEFORE.search(sentence, 0, match.start()):
            continue  # "1,5 Tesla gücündeki": a unit named after someone, said after its figure, is no one
        if _WHERE_BASED.match(sentence, match.end()) or _AS_REPORTED.match(sentence, match.end()):
            continue  # "Kerkük merkezli Nur Tekstil": where the firm is based, not the firm; a
            # correction's '"Yıldız İnşaat" olarak geçmişti': the name wrongly given before
        run = match.group().split()
        kept_first = False
        at_start = _starts_sentence(sentence, match.start())
        if at_start:
            if (len(run) == 1 and not _has_suffix(run[0]) and not _quoted_alone(sentence, match)
                    and not _speaker_first(question, sentence, match)):
                continue  # (a word quoted alone is a title: 'ilk filmi “Gölge” toplam 12 bin kişi …'; a surname
                # before a comma opens a sentence ending on what they said: "Avcı, … olduğunu belirtti")
            # "Konferansı Irak Türkmen Cephesi …": the capital is the sentence's, unless the
            # question capitalises the word too: "Kerkük Kültür Derneği …" for "Kerkük'teki
            # fuar" is a name of its own, never cut to "Kültür Derneği"
            if len(run) > 1 and all(_named(question, word) for word in run):
                continue  # the question's own subject opening the sentence ("Kerkük Üniversitesi ile … Bakü Devlet
                # Üniversitesi …" for "Kerkük Üniversitesi hangi üniversiteyle …"), not cut to "Üniversitesi"
            if _named(question, run[0]) or _named_cut_short(question, run[0]):
                kept_first = stem(turkish_lower(_bare(run[0]))) in question.names
                run = run if kept_first else run[1:]
            elif len(run) > 1 and _COMMON_INFLECTED.search(ascii_fold(turkish_lower(run[0]))):
                run = run[1:]  # "Araştırmasında Kerkük …", "İhaleyi Erbilli Zap Yapı …": a name takes its
                # ending after an apostrophe
        while run and _is_time_word(run[0]) and not _first_name(sentence, match.start(), run):
            run = run[1:]
        while run and _is_time_word(run[-1]) and not _surname(sentence, match.end(), run):
            run = run[:-1]
        if at_start and run == match.group().split()[:1] and not _has_suffix(run[0]) and not _quoted_alone(
                sentence, match) and not _speaker_first(question, sentence, match):
            continue  # "Dersler Türkmence …": the sentence's capital, then a language
        titles = [i for i in range(len(run) - 1) if _is_title(run[i])]
        if question.asked is Asked.PERSON and question.office is None and titles and not names_a_body(
                " ".join(run)) and (at_start or any(_named(question, word) for word in run[:titles[-1]])):
            # (a body's name holds its members' title whole: "Türkmeneli Diş Hekimleri Derneği")
            # "Sağlık kliniğini kim açtı": "Ninova İl Sağlık Müdürü Dr. Faruk Abbasoğlu" names the
            # person after the title, though the question holds a word of it ("Belediyenin Su
            # İşleri Müdürü Mühendis Sevgül Terzi": so does a sentence's first word)
            run, kept_first = run[titles[-1] + 1:], 0
        # "hangi üniversite": its "Üniversitesi" is the asked kind, not the question's own subject
        named = [i for i in range(kept_first, len(run))
                 if (_named(question, run[i]) and not _of_asked_body(question, run[i])
                     # ("hangi salonda": its "Salonu" is the asked kind of place)
                     and not (question.place_kind and turkish_lower(_bare(run[i])).startswith(question.place_kind)))
                 or (question.office and _OFFICE_HELD.match(turkish_lower(run[i])) and i < len(run) - 1)
                 or (question.office and i < len(run) - 1 and re.sub(r"s?[ıiuü]$", "", turkish_lower(_bare(run[i])))
                     in _OFFICE_ALSO.get(question.office.split()[-1], ()))]  # "Müdiresi" for "müdürü kim"
        if named and (question.asked is Asked.PERSON or question.office) and (
                _is_title(run[named[-1]]) or turkish_lower(_bare(run[named[-1]])) in (*_OFFICES, question.office)
                or _OFFICE_HELD.match(turkish_lower(run[named[-1]]))
                # (the asked office with its possessive: "Radyonun Genel Yayın Yönetmeni Nermin Sarıkahya")
                or question.office and re.sub(r"s?[ıiuü]$", "", turkish_lower(_bare(run[named[-1]])))
                in _office_words(question.office.split()[-1])):  # ("Müdiresi" for "müdürü kim")
            run, kept_first = run[named[-1] + 1:], 0  # "Kulüp Başkanı Hasan Bayatlı" for "kulüp başkanı
            # kim", "Teknik Direktör Hüseyin Beyatlı", "Hâkim Nurhan Bayatlı" for "hâkim kim", "… Bakanı
            # Kamil Rahimi" for "hangi bakan": the name after the title or profession the question gives
        elif named and not (question.body and _called(sentence, " ".join(run), question.body)) and not (
                # (a name whose word the question says only as a common noun is another's: "Nur İnşaat" for
                # "okulun inşaatını hangi firma üstlendi?")
                question.body in ("şirket", "firma") and named == [len(run) - 1] and len(run) - kept_first > 1
                and turkish_lower(_bare(run[-1])).startswith(_FIRM_HEADS)) and not (
                named[-1] < len(run) - 1 and len(named) < len(run) - 1 and len(run) >= 3
                and (question.body or _says_agent_deed(question, sentence))
                and not question.leader and names_a_body(" ".join(run))) and not (
                # (a place whose head the question does not name: "Türkmeneli Fuar ve Kongre Merkezi'nde" for
                # "Türkmeneli Ticaret Fuarı nerede düzenlendi?")
                question.asked is Asked.PLACE and named[-1] < len(run) - 1 and names_a_body(" ".join(run))
                and (_PLACE_SUFFIX.search(run[-1]) or _PLACE_HEAD.match(sentence, match.end()))):
                # (not "Fransız Protestanı İngiltere'den", two names; "Erbil Kalesi'nin eteğinde", at its foot)
            # (a body named after the place the question names too: "Erbil Atletizm Federasyonu" for "Erbil yarı
            # maratonunu kim düzenledi?")
            continue  # the question's own subject ("Zap İnşaat firması" for "Küçük Zap'taki köprüyü hangi firma")
        if not run[kept_first:]:
            continue
        if len(run) == 1 and (len(_bare(run[0])) <= 2 or turkish_lower(_bare(run[0])) in STOPWORDS):
            continue  # "O", "Bu": pronouns at a clause start
        if turkish_lower(_bare(run[-1])) in PEOPLES and all(_FROM_PLACE.search(w) for w in run[:-1]):
            continue  # "Türkmen kadınlar", "Telaferli Türkmen aşiretleri": a people, not a name
        if _A_PEOPLE_IN_PLURAL.fullmatch(turkish_lower(_bare(run[-1]))) and len(run) <= 2:
            continue  # "Kerkük Türkmenlerinin en köklü yayın organlarından": a place's people, no one
        if len(run) == 1 and turkish_lower(_bare(run[0])).startswith(tuple(LANGUAGES)) and (
                question.asked is Asked.PERSON or question.office):
            continue  # "… mahkeme işlemleri Arapçanın yanı sıra Türkmence de …": a language, no one
        out.append(" ".join(run))
    return out


def _name_runs(sentence: str) -> list[re.Match]:
    """The capitalised runs of the sentence, a body's name joined by "ve" read whole ("Erbil Gençlik ve Spor
    Müdürlüğü", "Kültür ve Turizm Bakanlığı"; not "Ahmet Bayatlı ve Kerkük Belediyesi", two)."""
    joined = [found for found in _JOINED_BODY.finditer(sentence) if names_a_body(found.group("body"))]
    return sorted(joined + [found for found in _NAME.finditer(sentence)
                            if not any(found.start() < one.end() and one.start() < found.end() for one in joined)],
                  key=lambda found: found.start())


# two fields of one body's work, joined: a field's word (no suffix, no surname's ending; "Türk Dili" is a field) "ve"
# a field and the head
_JOINED_BODY = re.compile(rf"(?:[{_UPPER}][\w-]*\s+){{0,2}}[{_UPPER}][\w-]*(?:(?<=Dili)|(?<!l[ıiuü]))(?<!oğlu)"
                          rf"(?<![cç][ıiuü])(?<![sğ][ıiuü])(?<!l[ae]r[ıi])\s+ve\s+"  # (no head: "… Cephesi ve …")
                          rf"(?P<body>[{_UPPER}][\w-]*(?:\s+[{_UPPER}][\w-]*)+(?:[{APOSTROPHES}]\w+)?)")


_A_PEOPLE_IN_PLURAL = re.compile(rf"(?:{'|'.join(sorted(PEOPLES, key=len, reverse=True))})l[ae]r\w*")
# A title is a possessive: "Başkanı", "Müdürü", "Valisi", "Sözcüsü" (before a person's name).
_TITLE = re.compile(r"[^aeıioöuü](?:s[ıiuü]|[ıiuü])$")
# Offices named before a person ("Kulüp Başkanı", "Erbil Valisi", "Eğitim Müdürü"): a place
# ending like a possessive ("Tuzhurmatu") is none.
_OFFICES = tuple("""
    başkan müdür müdire vali kaymakam bakan sözcü yardımcı sekreter temsilci koordinatör yönetici rektör
    dekan imam müftü şef kaptan antrenör teknik başhekim hekim komutan elçi büyükelçi konsolos muhtar
    milletvekili direktör editör genel danışman uzman
    """.split())


def speaker_office(question: str) -> str | None:
    """The office of one whose words are asked ("Kerkük valisi Nevruz kutlamasında ne dedi?" → "vali"): an
    article that never names it gives another speaker's."""
    lowered = turkish_lower(question)
    said = _WORDS_ASKED.search(lowered)
    if not said:
        return None
    return next((office for word in words(lowered[:said.start()]) for office in _SPEAKING_OFFICES
                 if word.startswith(office) and len(word) <= len(office) + 3), None)


# what one said, asked: "ne dedi", "neler söyledi", "ne açıkladı"
_WORDS_ASKED = re.compile(r"(?<!\w)ne(?:ler)?\s+(?:de(?:di|miş)|söyle|açıkla|konuş|belirt|vurgula)\w*")
_SPEAKING_OFFICES = ("vali", "kaymakam", "bakan", "başkan", "müdür", "rektör", "büyükelçi", "konsolos", "muhtar",
                     "milletvekili", "sözcü", "imam", "müftü")


def is_office(title: str) -> bool:
    """A post held by one person ("vali", "başkan"), not a profession many share ("öğretmen")."""
    return title in _OFFICES


# Professions and roles a "kim" question may ask the holder of ("Köprünün mimarı kim?": the
# building company is no architect; "kalecisi kim?": the striker is none); not titles before a
# name ("Mimar Sinan" is one name).
_PROFESSIONS = ("mimar", "mühendis", "yönetmen", "yapımcı", "besteci", "küratör", "hakem", "öğretmen",
                "kaleci", "sunucu", "sürücü", "hâkim", "savcı", "avukat", "eğitmen", "senarist", "ressam",
                "heykeltıraş", "koreograf")
# What a person asked by "<kind> kim" is, and those a sentence names beside them ("gören oyuncu
# kim": "hakem Sami Kadıoğlu" is none).
_PERSON_KINDS = tuple("oyuncu futbolcu sporcu pehlivan güreşçi golcü hakem şair yazar sanatçı şarkıcı öğrenci "
                      "öğretmen doktor hemşire antrenör".split()) + _PROFESSIONS
_PERSON_KIND = re.compile(r"(?<!\w)([a-zçğıöşü]{3,})\s+kim(?:dir|di|dı|miş|mış)?\W*$")


def _person_kind(lowered: str) -> str | None:
    """"gören oyuncu kim" → "oyuncu"; "yaşamını yitiren bekçi kimdi" → "bekçi" (one by their work: "-ci")."""
    found = _PERSON_KIND.search(lowered)
    kind = found.group(1) if found else None
    return kind if kind and (kind in _PERSON_KINDS or _AGENT_NOUN.fullmatch(kind)) else None


_AGENT_NOUN = re.compile(r"\w{2,}[cç][ıiuü]")  # "bekçi", "itfaiyeci", "sürücü"

# Trades a person is called by before their name ("Kerküklü öğretmen Sevgi Bayatlı"), beside any "-cı" agent noun
_TRADES = frozenset(("doktor hekim hemşire ebe eczacı veteriner avukat mühendis mimar gazeteci muhabir yazar şair "
                     "ressam müzisyen sanatçı şarkıcı ozan öğretmen akademisyen profesör memur işçi polis asker imam "
                     "müftü esnaf çiftçi aşçı terzi berber şoför pilot tarihçi arkeolog biyolog psikolog ekonomist "
                     "emekli öğrenci antrenör hakem sporcu güreşçi fotoğrafçı yönetmen oyuncu").split()) | frozenset(
    _PROFESSIONS)
# a trade right before a name, two words where the first qualifies it ("diş hekimi", "emekli öğretmen")
_TRADE_BEFORE_NAME = re.compile(rf"(?<![\w{APOSTROPHES}])((?:[a-zçğıöşü]+\s+)?[a-zçğıöşü]+)\s+((?:[{_UPPER}]\w+\s+)*"
                                rf"[{_UPPER}]\w+)")
_TRADE_SAID = re.compile(r"(?<!\w)mesle[kğ]\w*\s+([a-zçğıöşü]+)")  # "mesleği öğretmen olan"


def _trade(words: str) -> str | None:
    """The trade the words end in ("öğretmen", "emekli öğretmen", "diş hekimi"), or None."""
    *before, last = words.split()
    head = last if last in _TRADES or _AGENT_NOUN.fullmatch(last) and not _ORDINAL_ADJECTIVE.fullmatch(last) else None
    # a possessive's "-sI" or "-I" ("hemşiresi", "mühendisi"), no case ("emekli doktora")
    owned = {last[:-1], last[:-2]} if re.search(r"[^aeıioöuü][ıiuü]$", last) else set()
    if head is None and before and owned & _TRADES:
        return words  # "diş hekimi", "inşaat mühendisi" (a possessive, not "emekli doktora", a case)
    return f"{before[0]} {head}" if head and before and before[0] in _TRADE_QUALIFIERS else head


_ORDINAL_ADJECTIVE = re.compile(r"\w+(?:inci|ıncı|uncu|üncü)")  # "ikinci Ali Veli oldu": a rank, no trade
_TRADE_QUALIFIERS = frozenset("emekli baş yardımcı uzman serbest".split())


def _professions(question: Question, sentence: str) -> list[str]:
    """The trades the sentence gives a person, of the person the question names where it names one."""
    found = [(trade, name) for match in _TRADE_BEFORE_NAME.finditer(sentence)
             if (trade := _trade(match.group(1)))
             for name in [match.group(2)]]
    found += [(said.group(1), "") for said in _TRADE_SAID.finditer(turkish_lower(sentence)) if _trade(said.group(1))]
    named = [trade for trade, name in found if name and roots_held(name, set(question.names))]
    # (another's trade, where the question names someone the sentence does not: not "çiftçi Abbas Kuşçu" for Ali Veli)
    return named or ([trade for trade, _ in found]
                     if roots_held(sentence, set(question.names)) == len(question.names) else [])


def names_person_kind(question: Question, sentence: str) -> bool:
    """The sentence names the kind of person asked ("çarşının bekçisi … Cemal Arslanoğlu" for
    "bekçi kimdi"); True when none is asked."""
    return (question.person_kind is None or roots_held(sentence, {question.person_kind}) > 0
            or _ANY_PERSON_NAMED.search(turkish_lower(sentence)) is not None)


# one of any kind, named: "Şampiyonanın en dikkat çeken ismi, … Yusuf Bayraktar oldu" for "en dikkat çeken sporcu"
_ANY_PERSON_NAMED = re.compile(r"(?<!\w)en\s+(?:\w+\s+){1,3}(?:ismi|isim|adı)(?!\w)")


# Who owns or founded a thing is asked like an office: "firmanın sahibi kim", "topluluğun kurucusu kim".
_ROLES = ("sahib", "kurucu", "sponsor")
# A rank before an office makes an office of its own: "genel müdürü kim" is not answered by
# the "proje müdürü".
_RANKS = ("genel", "teknik")
# The office as a post: "Telafer Kaymakamlığına Dr. Nermin Oğuz'u atadı" (the name after it holds it)
_OFFICE_HELD = re.compile(rf"(?:{'|'.join(_OFFICES)})l[ıiuü][kğ]")
# The office a "kim" question asks the holder of.
_ASKED_OFFICES = tuple(office for office in _OFFICES if office not in (*_RANKS, "uzman")) + _PROFESSIONS + _ROLES
# "İranlı güreşçinin adı ne?", "kuruluşun adı nedir", "müzisyenlerin adları ne": what a person
# or a body is called (not "alfabenin adı", "yanma odasının diğer adı": a term may be written
# in lower case, and the rule below would not know it for an answer).
_ASKS_NAME = re.compile(r"(\S+)\s+(?:ad[ıi]|adlar[ıi]|ism[iı]|isimleri)\s+(?:ne|nedir|neydi|nelerdir|neler)(?!\w)")
# Whose name is a person's, then asked as "kim" ("Kerkük valisinin adı ne?" is "Kerkük valisi kim?").
_PEOPLE_NAMED = tuple("rakib rakip oyuncu müzisyen şair yazar lider kişi kadın adam çocuğ çocuk oğl kız baba "
                      "anne kardeş doktor hemşire şoför sürücü yolcu hasta öğrenci öğretmen işçi sporcu".split()
                      ) + _OFFICES + _PROFESSIONS
_BODIES_NAMED = tuple("kuruluş şirket firma kurum dernek vakf vakıf banka kulüb kulüp takım ekip topluluk grub grup "
                      "parti örgüt hastane okul eczane dükkân dükkan mağaza fabrika otel lokanta "
                      "restoran".split())
# titled in quotes: works, and the events named as works are ('"…" başlıklı konferans')
_WORKS_NAMED = tuple("""kitab kitap film oyun roman albüm şarkı dergi dizi belgesel konferans sempozyum kongre
    panel çalıştay sergi festival forum söyleşi program""".split())
_NAMED_ONES = _BODIES_NAMED + _WORKS_NAMED + tuple("""
    okul çeşit köy mahalle semt gazete radyo kanal yayınev üniversite hastane proje
    """.split()) + _PEOPLE_NAMED
_TITLE_QUOTED = re.compile(r"[\"“«‘]\s*[^\W\d_a-zçğıöşü][^\"”»’]{0,80}[\"”»’]")  # "Hoyrat Yolu", «Kale Rüzgârı»
# A title set in bold or italics reaches the text bare, right after the work it names: "yeni
# kitabı Kerkük Bahçeleri okurla buluştu" (two capitalised words at least, the last without a
# case ending: "kitabını Türkmen Kültür Merkezi'nde tanıttı" names a place).
_TITLE_AFTER_WORK = re.compile(r"(?<!\w)(?:{})\w*\s+(?:[A-ZÇĞİÖŞÜ]\w*\s+){{2,6}}(?=[a-zçğıöşü])".format(
    "|".join(_WORKS_NAMED)))
_NAMED_FOLDED = tuple(ascii_fold(named) for named in _NAMED_ONES)
_GENITIVE_ENDING = re.compile(r"(?:[{}]?n?[ıiuü]n)$".format(APOSTROPHES))
# How a sentence names in lower case: "guru olarak bilinir", "… adı verilen", "ateş kutusu denir".
_CALLED_SO = re.compile(r"olarak\s+(?:bilin|adlandırıl|anıl)|(?<!\w)(?:adı\s+verilen|adlı|isimli|adıyla|ismiyle|başlıklı"
                        r"|den(?:ir|ilen|iyor)|diye\s+(?:bilin|anıl|adlandırıl))")


@dataclass(frozen=True)
class NameAsked:
    """Whose name a question asks for, as it says it: "güreşçinin", "Musul Belediye Başkanı'nın"."""

    whose: str
    plural: bool  # "adları", "isimleri"

    @property
    def said(self) -> str:
        """As a refusal says it: "güreşçinin adını", "müzisyenlerin adlarını"."""
        return f"{self.whose} {'adlarını' if self.plural else 'adını'}"


def asks_name(question: str) -> NameAsked | None:
    """The name a question asks for, when it is a person's or a body's; None otherwise."""
    asked = _ASKS_NAME.search(question)
    if asked is None or not _GENITIVE_ENDING.search(turkish_lower(asked.group(1))):
        return None
    whose = turkish_lower(asked.group(1))
    if not (ascii_fold(whose).startswith(_NAMED_FOLDED) or _AGENT.fullmatch(whose)):  # "cesitlerinin" too
        return None
    before = question[:asked.start(1)].split()
    run = [asked.group(1)]
    while asked.group(1)[:1].isupper() and before and before[-1][:1].isupper():
        run.insert(0, before.pop())  # "Musul Belediye Başkanı'nın"
    return NameAsked(" ".join(run), ascii_fold(turkish_lower(asked.group()).split()[1]) in ("adlari", "isimleri"))


# The question particle as a word of its own ("var mı?", "gizli mi yapıldı?", "satıyor mu, …");
# with an ending only where the question ends ("açık mıdır?"; "genel müdür var?" asks a name).
_YES_NO = re.compile(r"(?<!\w)m[ıiuü](?:(?:d[ıiuü]r|y?d[ıiuü]|y?m[ıiuü]ş)(?=\s*[?.!,]|\s*$))?(?!\w)")


def asks_yes_no(question: str) -> bool:
    """"Okulda giriş sınavı var mı?": whether something is so is asked; not which of two
    ("renk eklendi mi yoksa siyah beyaz mı kaldılar?", "çok mudur, az mıdır?"), which the
    answer says of one of them only."""
    return len(_YES_NO.findall(turkish_lower(question))) == 1


def says_whether(question: str, article: str) -> bool:
    """The answering article speaks of what a yes-or-no question asks whether: it holds every
    one of the question's own words but a light verb ("satış yapılıyor mu": "satıştan elde
    edilecek gelir"). An article on a school's new building says nothing of an entrance exam,
    nor one on the patients a unit serves of child patients."""
    roots = {r for r in predicate_roots(question, key_terms(question)) if not _LIGHT_STEM.fullmatch(r)}
    return roots_held(article, roots) == len(roots)


_WHO_IS = re.compile(rf"\s*(?:[{_UPPER}][\w.'’-]*\s+)+kim(?:dir|di|dır)?\s*\??\s*")


# The losers a sentence names beside a winner: "finalist Kerkük Yıldızspor", "rakibi Erbil Spor".
_RUNNER_UP = re.compile(r"(?<!\w)(?:finalist|rakib\w*|ikinci\s+olan|mağlup\s+olan)\s+$", re.IGNORECASE)


def names_only_runner_up(question: Question, sentence: str) -> bool:
    """A winner asked, and the sentence names only the side that lost ("Şampiyon takıma … kupa
    verildi; finalist Kerkük Yıldızspor 2.500 dolar aldı")."""
    return (question.winner and short_answer(question, sentence) is None
            and any(_RUNNER_UP.search(sentence[:found.start()]) for found in _NAME.finditer(sentence)))


# "kim kazandı", "yarışı kazanan kim": a winner is asked, whom a sentence names by the win
# ("… yarışı kazandı", "birinci oldu", "şampiyon", "ödülü … verildi"), not by organising the contest.
_ASKS_WINNER = re.compile(r"(?<!\w)(?:(?:kim(?:ler)?|hangi\s+(?!yıl|gün|tarih|ay\w*\s)\w+)\s+kazan(?!ç)\w*"
                          r"|kazan(?:an|anlar)\s+kim\w*"
                          # "ödülünü kim aldı": a prize is won by whoever takes it
                          r"|(?:ödül|kupa|madalya|birincili|şampiyonlu|kemer|unvan)\w*\s+kim(?:ler)?\s+al(?:d|m|ı)\w*"
                          r"|şampiyon\w*\s+(?:kim(?:di|dir)?|hangi\s+\w+)(?:\s+ol\w*)?"  # "ligin şampiyonu kim oldu"
                          r"|(?:kim|hangi\s+\w+)\s+(?:şampiyon|birinci)\s+ol\w*)"  # "ligde kim şampiyon oldu"
                          r"(?:\s+\d{4}\S*)?\W*$")  # a follow-up's year after it: "… kim kazandı 2024'te?"
# ("birinciye 2 milyon dinar ödül": the prize of the first, who is not named; "en hızlı tamamlayan isim, … Mustafa
# Demirci oldu": a race won)
_SAYS_WIN = re.compile(r"(?<!\w)(?:kazan(?!ç)\w*|birinci(?!y[ae](?!\w)|sine(?!\w))\w*|en\s+hızlı\s+(?:tamamla|bitir)\w*"
                       r"|şampiyon\w*|galip\w*|zafer\w*|derece\w*|yendi|yenerek"
                       r"|mağlup\s+et(?:ti|erek)|(?:kupa|şampiyonluğ|zafer)\w*\s+sahibi\s+ol"
                       r"|kupa\w*\s+(?:\S+\s+)?kaldır\w*"  # "… yenerek kupayı kaldırdı"
                       # (not a sum: "10 milyon dinar ödül verildiğini", "… Irak dinarı para ödülü")
                       r"|(?<!dinar\s)(?<!dolar\s)(?<!lira\s)(?<!avro\s)(?<!euro\s)(?<!para\s)"
                       r"ödül\w*,?\s+(?:\S+\s+){0,8}(?:verildi|layık)\w*|madalya\w*"
                       r"|ilk\s+sıra\w*\s+(?:yer\s+al|gir|otur)\w*)")  # "… şiiriyle verildi", "ilk sırada yer aldı"
# A prize taken or owned, when a prize is asked ("Öykü dalındaki ödülü ise … yazar Ahmet Kürkçü aldı",
# "Ödülü'nün şiir dalındaki bu yılki sahibi … oldu"); a match is not won by who took its best goalkeeper's prize
_TAKES_PRIZE = re.compile(r"(?<!\w)ödül(?:ü|ünü)(?:\s+ise)?\s+(?:(?!söz|karar|başvuru)\S+\s+){0,8}aldı(?!\w)"
                          r"|ödül\S*\s+(?:\S+\s+){0,4}sahibi,?\s+(?:(?!belli|açıklan)\S+\s+){0,10}oldu(?!\w)")


# "Hıdır Lütfi ödülünü", "Hıdır Lütfi Şiir Ödülü'nü": the name before the prize ("şiir" may come between)
_PRIZE_NAMED = re.compile(rf"((?:[{_UPPER}][\w'’]*\s+)+)(?:[a-zçğıöşü]+\s+)?(?i:ödül|kupa|madalya|kemer)")


def prize_named(question: str) -> set[str]:
    """The name a question gives the prize it asks the winner of ("Hıdır Lütfi ödülünü kim
    aldı?" → hıdır, lütfi), stemmed; none for a prize named by its kind ("altın kemeri")."""
    found = _PRIZE_NAMED.search(question)
    return {stem(turkish_lower(without_suffix(word))) for word in found.group(1).split()} if found else set()


def won_in_category(sentence: str) -> bool:
    """The sentence tells a category's win ("Kadınlar kategorisinde şampiyonluğu … kazandı"), not the event's."""
    return _IN_CATEGORY.search(turkish_lower(sentence)) is not None


_IN_CATEGORY = re.compile(r"(?<!\w)[^\W\d_]+\s+kategori(?:si)?nde(?!\w)")


def category_named(question: str) -> set[str]:
    """The category a win is asked of, its words' roots ("Yarı maraton kategorisini kim kazandı?" → yarı,
    maraton): the winner of another one ("Erkekler maratonunu …") is not its."""
    category = _WON_IN_CATEGORY.search(turkish_lower(question))
    return {root(word) for word in category.group(1).split()} if category else set()


# The category a win is asked of: "yarı maraton kategorisini", "gençler kategorisinde"
# ("yarı maraton kategorisini"; not "turnuvasında kadınlar kategorisinde": a word in a case is no part of it)
_WON_IN_CATEGORY = re.compile(r"(?<![\w'’])((?:(?![^\W\d_]*(?:[dt][ae]n?|n[ıiuü]n|y[ae])\s)[^\W\d_]+\s+)?"
                              r"[^\W\d_]+)\s+kategori\w*")


def asks_winner(question: str) -> bool:
    return _ASKS_WINNER.search(turkish_lower(question)) is not None


def asks_prize(question: str) -> bool:
    """"Öykü ödülünü kim kazandı": a prize is asked, which may be taken or owned, not only won."""
    return re.search(r"(?<!\w)ödül", turkish_lower(question)) is not None


def says_win(sentence: str, prize: bool = False) -> bool:
    """In lower-case words: a name ("Nesrin Kazancı") wins nothing, nor the ordinal of one
    ("Birinci Kerkük Türkmen Kitap Fuarı … düzenlenecek"); a prize given is won, its name in
    capitals ("Nesimi Şiir Ödülü, … Ayşe Demirci'ye verildi"), and, where a ``prize`` is asked,
    one taken or owned."""
    unsaid = _QUOTE.sub(" ", sentence)  # a remark ('"Bu şampiyonluk … gençlerinindir" dedi') wins nothing
    unnumbered = re.sub(rf"(?<!\w)[Bb]irinci\s+(?=[{_UPPER}])", " ", unsaid)
    common = re.sub(rf"(?<=\s)(?!Ödül)[{_UPPER}]\S*", " ", unnumbered)  # a prize's name keeps its "Ödülü"
    said = _CHAMPIONS_THING.sub(" ", turkish_lower(common))
    if _PRIZE_GIVEN_TO.search(turkish_lower(unnumbered)):  # "ödülünü … Sevim Demirci'ye verdi"
        return True
    return _SAYS_WIN.search(said) is not None or prize and (
        _TAKES_PRIZE.search(said) is not None or _PRIZE_OWNED.search(turkish_lower(unnumbered)) is not None)


# a prize given to one named in the dative (not "Ödül töreninde konuşan Bakan, gençlere … mesajlar verdi")
_PRIZE_GIVEN_TO = re.compile(rf"(?<!\w)ödül\w*\s+(?:\S+\s+){{0,6}}\S+[{APOSTROPHES}](?:y?[ae]|n[ae])\s+verdi(?!\w)")
# "… Altın Kalem Şiir Ödülü, Kerküklü şair Zeynep Nurettin Kayacı'nın oldu": the prize became theirs
_PRIZE_OWNED = re.compile(rf"(?<!\w)ödül\w*,?\s+(?:\S+\s+){{0,8}}\S+[{APOSTROPHES}]n?[ıiuü]n\s+oldu(?!\w)")


# "Şampiyon takımın en golcü oyuncusu …", "şampiyon takıma 20 bin dolar": the champion's
# player or prize, not who won ("şampiyon takım … oldu" still says it)
_CHAMPIONS_THING = re.compile(r"(?<!\w)şampiyon\s+(?!ol)[a-zçğıöşü]+?"
                              r"(?:n[ıiuü]n|[^aeıioöuü\W](?:[ıiuü]n|[ıiuü]|[ae])|y[ıiuüae])(?!\w)")


def asks_who_someone_is(question: str) -> bool:
    """"Dr. Nermin Oğuz kim?": what the named person is, not a name, is asked (no office:
    "Kerkük Valisi kim?" asks a name)."""
    if not _WHO_IS.fullmatch(question):
        return False
    return not any(turkish_lower(word).startswith(_OFFICES) for word in question.split()[:-1])


def describes_named(question: str, sentence: str) -> int:
    """For "Dr. Nermin Oğuz kim?": 2 where the sentence gives her title before her name
    ("Kültür Merkezi Başkanı Ahmet Bayatlı, …"), 1 where it says what she is ("Oğuz, ilçenin
    ilk kadın kaymakamı oldu", "… doktora yapan Oğuz, daha önce … planlama müdürü olarak
    çalışmıştı"), 0 where she only acts or speaks ("Oğuz, … görevine başladı", "… söyledi")
    or is another's object ("Oğuz'u atadı")."""
    if titles_named(question, sentence):
        return 2
    surname = question.split()[-2] if len(question.split()) > 1 else ""
    if not surname or re.search(rf"(?<!\w){re.escape(surname)},", sentence) is None:
        return 0
    lowered = turkish_lower(sentence)
    return int(bool(_IS_WHAT.search(lowered)) and not _REPORTS.search(lowered))


def titles_named(question: str, sentence: str) -> bool:
    """The sentence gives the asked person's title before her name ("Erbil Türkmen Eğitim
    Müdürü Faruk Demirci"): it says who she is already."""
    name = " ".join(w for w in question.split()[:-1] if w not in _PERSON_TITLES)
    before = re.search(rf"(\S+)\s+(?:(?:Dr|Prof|Doç)\.\s+)*{re.escape(name)}", sentence) if name else None
    return before is not None and _is_title(before.group(1))


# A sentence ending on what someone said is no description of her ("Bayatlı, … dedi").
_REPORTS = re.compile(r"(?:söyle|de|belirt|açıkla|vurgula|kaydet|bildir|anlat|ifade\s+et|dile\s+getir)"
                      r"(?:d[ıiuü]|t[ıiuü]|m[ıiuü]ş)\W*$")
# What someone is or was: "… kaymakamı oldu", "… müdürü olarak çalışmıştı", "… mezunu", "-dır".
_IS_WHAT = re.compile(r"(?<!\w)(?:oldu|olan|olarak|mezunu|doğdu|doğan)(?!\w)|[dt][ıiuü]r\W*$")


def who_is_asked(question: str) -> str:
    """A person's name asked as "kim", so that the office, owner and title rules of a "kim"
    question apply ("Kerkük valisinin adı ne?" → "Kerkük valisi kim?", "emekli müzisyenlerin
    adları ne?" → "emekli müzisyenler kimler?"); any other question as it is."""
    asked = _ASKS_NAME.search(question)
    name = asks_name(question)
    if name is None:
        return question
    written = asked.group(1)
    whose = turkish_lower(written)
    known = max((r for r in _PEOPLE_NAMED if whose.startswith(r)), key=len, default=None)
    ending = _GENITIVE_AFTER_ROOT.fullmatch(whose[len(known):]) if known else None
    if ending:  # "öğretmenin": "öğretmen" + "in" (not "öğretme" + "nin"); "valisinin": "valisi" + "nin"
        who = written[:len(known) + len(ending.group(1) or "") + len(ending.group(2) or "")]
    elif _AGENT.fullmatch(whose) or any(mark in written for mark in APOSTROPHES):
        who = without_genitive(written)  # "güreşçinin", "Başkanı'nın"
    else:
        return question
    return f"{question[:asked.start(1)]}{who} {'kimler' if name.plural else 'kim'}{question[asked.end():]}"


# What follows a known root in a genitive: a plural, a possessive, then the genitive itself.
_GENITIVE_AFTER_ROOT = re.compile(r"(l[ae]r)?(s?[ıiuü](?=n))?n?[ıiuü]n")


def gives_name(question: Question, sentence: str, person: bool = False) -> bool:
    """The sentence names someone or something the question does not (no place: "Aktepe
    köyünde 2 kişi"), or says in lower case what it is called ("guru olarak bilinir"). A
    ``person`` is named as news names people: with a title, or by first name and surname
    (not "Özbekistan'ın başkenti", nor a play's title in quotes)."""
    # read as "kim": "Kerkük Valisi Rakan Cuburi" names the governor after the title the question gives
    as_who = replace(question, asked=Asked.PERSON)
    if _CALLED_SO.search(turkish_lower(sentence)):
        return True
    named = _people(_names(as_who, sentence), sentence)
    if person:
        return any(_a_person(sentence, name) or (len(name.split()) > 1 and not names_a_body(name)
                                                 and not _quoted(sentence, name)) for name in named)
    return bool(named)


_QUOTE = re.compile(r"[\"“«]([^\"”»]+)[\"”»](?=\s*(?:dedi|diye|şeklinde|sözleriyle|ifade(?:si|leri)ni|açıklamasını))")


def _quoted_of_another_deed(question: Question, sentence: str, match: re.Match) -> bool:
    """A date inside someone's words that do not say the asked deed: '"Kentin yağmur suyu
    kanalları 1980'lerden kalma …" dedi' dates no visit (a sign's '"Şekercioğlu Helvaları –
    1931"' is no one's words)."""
    if question.deed_said is None:
        return False
    quote = next((q for q in _QUOTE.finditer(sentence) if q.start() < match.start() < q.end()), None)
    return quote is not None and not re.search(rf"(?<!\w){question.deed_said}", turkish_lower(quote.group(1)))


def in_remark(sentence: str, span: str) -> bool:
    """The span is inside someone's quoted words ('"… Şeki'deki kadar coşkulu bir kalabalık görmedim" dedi'): a
    remark on the place, not a report of what was done there."""
    return any(span in quote.group(1) for quote in _QUOTE.finditer(sentence))


def _quoted(sentence: str, name: str) -> bool:
    at = sentence.find(name)
    return at > 0 and sentence[at - 1] in "\"'“‘«"


def gives_body_name(question: Question, sentence: str) -> bool:
    """The sentence names a body the question does not, as one ("Zap İnşaat firmasının",
    "Türkmeneli Eğitim Vakfı"): no person ("Kooperatifin başkanı Necla Tokmakçı" names no aid
    organisation), no river, not the asked one's own kind ("Gül Eller kooperatifine …": its
    "Kadın Kooperatifi")."""
    if _CALLED_SO.search(turkish_lower(sentence)):  # "Tesla Elektrik Işığı ve İmalat ismiyle bir şirket"
        return True
    for match in _NAME.finditer(sentence):
        name = _bare(match.group())
        stems = [stem(turkish_lower(word)) for word in name.split()]
        if (all(s in question.named for s in stems) or stems[-1] in question.named  # "Zap İnşaat" is not "Zap"
                or _a_person(sentence, name) or turkish_lower(name) in STOPWORDS  # ("Bu okul" names none)
                # (nor a quoted sentence's capital: '"… soğuk sınıflarda okuyor. Yeni okulla …"')
                or " " not in name and _INNER_START.search(sentence[:match.start()])):
            continue
        if names_a_body(name) or any(_called(sentence, name, body) for body in _BODIES_NAMED):
            return True
    return False


def answer_giver(question: str) -> Callable[[str], bool] | None:
    """For a question whose answer is a reason or a name, what tells a sentence that gives it."""
    if asks_reason(question):
        return reason_giver(question)
    if name := asks_name(question):
        asked = Question.read(question)
        if turkish_lower(name.whose).startswith(_BODIES_NAMED):  # "yardım kuruluşunun adı"
            return lambda sentence: gives_body_name(asked, sentence)
        whose = turkish_lower(name.whose.split()[-1])
        person = whose.startswith(_PEOPLE_NAMED) or _AGENT.fullmatch(whose) is not None
        if not person and whose.startswith(_WORKS_NAMED):  # "kitabının adı": a title, in quotes ("oyuncu" is no "oyun")
            return lambda sentence: bool(_CALLED_SO.search(turkish_lower(sentence)) or _TITLE_QUOTED.search(sentence)
                                         or _TITLE_AFTER_WORK.search(sentence))
        return lambda sentence: gives_name(asked, sentence, person)
    return None


def denies_deed(question: str, sentence: str) -> bool:
    """The sentence says the deed the question asks about is not done ("Şirket Türkiye'ye ise
    henüz ihracat yapmıyor" for "hangi ülkeye ihracat yapıyor?": where it does not export),
    and nowhere that it is."""
    stem = asked_verb(question)
    if not stem or re.search(r"m[ae]?$", stem):  # "neden ihracat yapmıyor": a denial is asked
        return False
    lowered = turkish_lower(sentence)
    denied = re.search(rf"(?<!\w){stem}m(?:[ae](?:d[ıi]|m[ıi]ş|y[ae]c[ae]k|z)|[ıiuü]yor)", lowered)
    done = re.search(rf"(?<!\w){stem}(?!m[aeıiuü])", lowered)
    return denied is not None and done is None


# A figure's owner in the genitive before its possessed noun: "patatesin kilosu", "dizel
# yakıtın litresi", "gümüşün gramı" (two letters before the ending are enough: "etin kilosu").
_OWNER = re.compile(r"[^\W\d_]+(?:[aeıioöuü]n[ıiuü]n|[^aeıioöuü\W][ıiuü]n)")
_POSSESSED_NOUN = re.compile(r"[^\W\d_]{2,}s?[ıiuü]")


def figure_owner(question: str) -> tuple[str, str] | None:
    """The thing a figure question asks the figure of and the figure's noun: "patatesin kilosu
    ne kadar" → ("patates", "kilo"); none for a name's ("Nesrin'in"). What a deed "mal olacak" asks
    is its cost: "sağlık ocağının yenilenmesi kaç dinara mal olacak" → ("ocağı", "maliyet")."""
    found = _TOKEN.findall(question)
    # (a period or a total between them: "atölyesinin aylık kirası", "projenin toplam maliyeti")
    heads = [found[at + 2] if turkish_lower(word) in _BEFORE_OWNED and at + 2 < len(found) else word
             for at, word in enumerate(found[1:])]
    for owner, head in zip(found, heads):
        body = _BODY_GENITIVE.fullmatch(owner)  # "Kerkük Belediyesi'nin bütçesi": the municipality's
        if ((body or (owner[:1].islower() and _OWNER.fullmatch(owner))) and owner not in STOPWORDS
                and not owner.startswith(("kaç", "kac"))  # "ailelerin kaçının geçimini": of a part asked, no owner
                and turkish_lower(owner) not in _EACH_OWNER  # "her birinin kapasitesi": each one's, no owner
                and _POSSESSED_NOUN.fullmatch(head)):
            # "binasının" → "bina": the owner less the possessive its compound gave it
            bare = turkish_lower(body.group(1)) if body else turkish_lower(without_genitive(owner))
            named = re.sub(r"(?<=\w\w)s[ıiuü]$", "", bare)
            costed = _COST_VERB.search(turkish_lower(question)) and _COSTED_DEED.fullmatch(turkish_lower(head))
            return named, "maliyet" if costed else re.sub(r"s?[ıiuü]$", "", turkish_lower(head))
    return None


_COST_VERB = re.compile(r"(?<!\w)mal\s+ol")  # "kaç dinara mal olacak": a cost asked
# a deed's noun, possessed ("yenilenmesi", "yapımı", "restorasyonu", "onarımı", "inşası"): what the cost is of
_COSTED_DEED = re.compile(r"\w+(?:m[ae]s[ıi]|[ıiuü]m[ıiuü]|yonu|şası)")


_EACH_OWNER = frozenset("birinin herbirinin hepsinin tanesinin bunların onların".split())
_BEFORE_OWNED = frozenset("aylık yıllık günlük haftalık toplam".split())
# A body's name in the genitive: "Belediyesi'nin", "Derneği'nin" (not a person's: "Nesrin'in", "Tuzlu'nun")
_BODY_GENITIVE = re.compile(rf"([{_UPPER}]\w{{2,}}(?<!oğl[ıiuü])(?:s[ıiuü]|[ğ][ıiuü]))[{APOSTROPHES}]n[ıiuü]n")


def names_owner(owner: str, text: str) -> bool:
    """The text names the owner ``figure_owner`` read, in any form ("patatesin", "Patates"), an Arabic loan's
    plural noun by its verb's noun too ("ihracatın": "ihraç ettiği")."""
    named = stem(owner)
    return roots_held(text, {named, *(said for noun, said in _DOING_NOUNS.items() if named.startswith(noun))}) > 0


_DOING_NOUNS = {"ihracat": "ihraç", "ithalat": "ithal", "inşaat": "inşa"}


def another_sum(head: str, sentence: str) -> str | None:
    """The kind of sum a sentence gives where a question asks a sum of a kind of its own ("kirası ne kadar") the
    sentence never names: "Makinelerin toplam değeri yaklaşık 9 bin 500 dolar" is no rent."""
    asked = next((kind for kind in _OWN_SUMS if head.startswith(kind)), None)
    said = _TOKEN.findall(turkish_lower(sentence))
    if asked is None or any(word.startswith(asked) for word in said):
        return None
    return next((kind for kind in _SUMS if kind != asked and any(word.startswith(kind) for word in said)), None)


# sums of a kind no other sum stands for (a budget may be told as a cost, a fee as a price; a rent is a rent)
_OWN_SUMS = ("kira", "maaş", "kâr", "vergi", "tazminat", "burs", "aidat", "ciro")
_SUMS = (*_OWN_SUMS, "bütçe", "maliyet", "fiyat", "ücret", "gelir", "gider", "yatırım", "borç", "bağış", "hibe",
         "sermaye", "değer", "kredi", "prim")


def anothers_figure(owner: str, head: str, sentence: str) -> bool:
    """The sentence gives the figure's noun to another owner in the genitive ("domatesin kilosu"
    for "patatesin kilosu") and never names the asked one."""
    if names_owner(owner, sentence):
        return False
    found = _TOKEN.findall(turkish_lower(sentence))
    return any(word.startswith(head) and any(_OWNER.fullmatch(other) for other in found[max(i - 2, 0):i])
               for i, word in enumerate(found))


def speaks_of_former(question: Question, sentence: str) -> bool:
    """The sentence gives a former one of a thing the question names, which it does not ask
    for: "Önceki rekor 50,6 dereceydi" for "kırılan sıcaklık rekoru kaç derece?" (a figure is
    the former one's), "eski köprüde" for "yeni köprüden … hangi gün" (the new one is asked; a
    date of "önceki patentlerini geri verdi" is the patents' own)."""
    if question.former or (question.former is None and question.asked is not Asked.NUMBER):
        return False
    lowered = turkish_lower(sentence)
    if question.former is False and _PLUPERFECT.search(lowered) and not _CURRENT.search(lowered):
        return True  # "yeni kitabı": "ilk kitabı 2009'da … yayımlanmıştı" tells what came before it
    # (a sentence giving the new one too gives what is asked: "… yeni turnuva rekoru kırdı; önceki rekor …")
    return _names_asked_thing(question, _FORMER_THING.findall(lowered)) and not (
        question.former is None
        and _names_asked_thing(question, [noun for said in _CURRENT_THING.findall(lowered) for noun in said.split()]))


def _names_asked_thing(question: Question, nouns: list[str]) -> bool:
    """One of the nouns (said after "önceki", "yeni") is a thing the question names; a time is none ("önceki
    yıllarda")."""
    return any(any(noun.startswith(named) for named in question.named if len(named) > 2)
               for noun in nouns if not noun.startswith(_TIME_UNITS))


def _of_former(question: Question, sentence: str, span: str) -> bool:
    """The span's clause opens on a former one of a thing the question names ("önceki rekor 198 metreydi")."""
    at = sentence.find(span)
    clause = turkish_lower(sentence[max(sentence.rfind(";", 0, at), sentence.rfind(",", 0, at)) + 1:max(at, 0)])
    return _names_asked_thing(question, _FORMER_THING.findall(clause))


_TIME_UNITS = tuple(MEASURES["süre"].split()) + ("dönem", "sezon")
# The former holder of an office is not the current one, nor the other way round.
_FORMER = re.compile(r"(?<!\w)(?:önceki|eski|sabık)\s+")
_CURRENT = re.compile(r"(?<!\w)(?:yeni|şimdiki|şu\s+anki|mevcut|güncel)\s+")
_FORMER_THING = re.compile(_FORMER.pattern + r"(\w+)")  # "önceki rekor": the thing a former one is of
_CURRENT_THING = re.compile(_CURRENT.pattern + r"(\w+(?:\s+\w+)?)")  # "yeni (turnuva) rekoru"
# A sentence ending in the past perfect ("yayımlanmıştı", "durmuştu") tells the background of
# the news, what was before it.
_PLUPERFECT = re.compile(r"\wm[ıiuü]ş(?:t[ıiuü])(?:r|lar)?\W*$")


def _first_name(text: str, at: int, run: list[str]) -> bool:
    """"Kasım Tiken": a month before a surname is a first name; "16 Kasım Perşembe" a date."""
    return (len(run) > 1 and turkish_lower(run[0]) in MONTH_NUMBERS and not _is_time_word(run[1])
            and not re.search(r"\d\s*$", text[:at]))


def _surname(text: str, end: int, run: list[str]) -> bool:
    """"Müdürü Fatma Ocak, …": a month after a first name, with no year or "ayında" after it,
    is her surname ("Nevruz Mart ayında", "Ekim 2024" are dates)."""
    before = turkish_lower(_bare(run[-2])) if len(run) > 1 else ""
    return (len(run) > 1 and turkish_lower(_bare(run[-1])) in MONTH_NUMBERS and not _is_time_word(run[-2])
            and not before.startswith((*_OFFICES, *_PERSON_TITLES))  # "Kaymakam Kasım'ın": his surname alone
            and re.match(r"\s*(?:\d|ay|yıl)", text[end:]) is None)


def _is_title(word: str) -> bool:
    """A possessive office: "Başkanı", "Valisi", "Sözcüsü"."""
    lowered = turkish_lower(_bare(word))
    return bool(_TITLE.search(lowered)) and lowered.startswith(_OFFICES)


# A sentence quoted inside another starts after an opening quote or an end mark: ", "Gelecek yıl …"
_INNER_START = re.compile(r"(?:(?<!\d)[.!?…]\s+|[\"“«‘']\s*)$")  # not an ordinal's "9. Erbil …"


def _speaker_first(question: Question, sentence: str, match: re.Match) -> bool:
    """Who said it asked ("bunu kim açıkladı?"), the sentence opens on the one word and a comma and ends on a
    verb of saying: the speaker's surname ("Avcı, … olduğunu belirtti")."""
    return (reports_saying(sentence, question.predicate or "") and match.start() == _first_word_at(sentence)
            and sentence[match.end():match.end() + 1] == "," and not turkish_lower(match.group()).startswith(_OFFICES))
    # (a title is no surname: "Bakan, … açılacağını söyledi")


def reports_saying(sentence: str, verb: str) -> bool:
    """``verb`` (a stem) is one of saying and the sentence ends on one, however worded: "kim açıkladı?" of
    "Avcı, … olduğunu belirtti"."""
    return verb.startswith(_SAYING_STEMS) and _SAID_AT_END.search(turkish_lower(sentence)) is not None


_SAYING_STEMS = ("söyle", "belirt", "açıkla", "ifade", "kaydet", "vurgula", "anlat", "bildir", "duyur")
_SAID_AT_END = re.compile(r"(?:söyle|belirt|açıkla|ifade\s+et|kaydet|vurgula|anlat|bildir|ekle|dile\s+getir)"
                          r"(?:di|ti)\W*$")


def _quoted_alone(sentence: str, match: re.Match) -> bool:
    """The matched words stand alone between quotes, after the sentence's first word: a title, not a remark."""
    return (match.start() > _first_word_at(sentence) and sentence[match.end():match.end() + 1] in _CLOSING_QUOTES
            and sentence[:match.start()].rstrip()[-1:] in _OPENING_QUOTES)


_OPENING_QUOTES, _CLOSING_QUOTES = "\"“«‘'", "\"”»’'"


def _starts_sentence(sentence: str, at: int) -> bool:
    """The word at ``at`` is capitalised as any sentence's first word is, not as a name."""
    return at == _first_word_at(sentence) or bool(_INNER_START.search(sentence, 0, at))


def _first_word_at(sentence: str) -> int:
    match = re.search(r"\w", sentence)
    return match.start() if match else 0


def _has_suffix(word: str) -> bool:
    return any(mark in word for mark in APOSTROPHES)


def _is_time_word(word: str) -> bool:
    """A month, a weekday or a language: capitalised, yet no part of a name."""
    bare = turkish_lower(_bare(word))
    return bare in MONTH_NUMBERS or bare in WEEKDAYS or bare in LANGUAGES


def _named(question: Question, span: str) -> bool:
    """Whether every word of the span is already in the question (as a word or as its stem:
    the stemmer cuts a bare "müdür" to "mü", a copula's ending, but keeps "müdürü" "müdür")."""
    kept = [w for w in words(span) if w not in STOPWORDS]
    return bool(kept) and all(w in question.named or stem(w) in question.named for w in kept)


def _named_cut_short(question: Question, word: str) -> bool:
    """A lower-case word of the question the stemmer cut shorter in this form: "Maratonu" ("marato") opening a
    sentence is the question's "maratonunu" ("maraton"), no part of the name after it."""
    cut = stem(turkish_lower(_bare(word)))
    return len(cut) >= _CUT_SHORT and any(named.startswith(cut) and named != cut for named in question.named)


_CUT_SHORT = 5  # letters a cut stem keeps to be read as the question's word


def _with_unit(sentence: str, match: re.Match) -> str:
    """"40" → "40 kişilik": a number is read with the word after it, less the case ending the
    sentence gave it ("220 kişinin" → "220 kişi")."""
    if re.fullmatch(_WORDED_PART_CASED, turkish_lower(match.group())):
        return match.group()  # "yedisi kursun ardından": a part, of a thing said before
    each = _DISTRIBUTIVE.match(sentence, match.end())  # "40'ar öğrenci": forty each
    unit = _unit_after(sentence, each.end() if each else match.end())
    rate = re.match(r"yüzde|%", turkish_lower(match.group()))  # a rate's noun, not a verb ("yüzde 50 arttığını")
    word = turkish_lower(unit.group(1)) if unit else ""
    if unit and word not in STOPWORDS and not _BECOMING.fullmatch(word) \
            and not (rate and (_VERB.search(word) or re.search(r"[dt][ıiuü]ğ|[ae]c[ae]ğ|m[ae]s[ıi]", word))):
        bare = _unit_without_case(unit.group(1))
        if (re.search(rf"[{_UPPER}]\w+\s+$", sentence[match.end():unit.start(1)])
                and re.match(r"[ıiuü](?!k)", unit.group(1)[len(bare):]) and unit.group(1).startswith(bare)):
            bare = unit.group(1)[:len(bare) + 1]  # a country's currency keeps its compound's possessive: "Irak dinarı"
        return sentence[match.start():unit.start(1)] + bare
    return match.group()


# "11 bin olmuştu", "… olacak", "38 bin iken": the verb "olmak" after a figure is no unit of it
_BECOMING = re.compile(r"ol(?:d[ıu]\w*|m[ıu]ş\w*|[ae]c[ae][kğ]\w*|arak|an|ur\w*|sa\w*|mak\w*)|idi|iken")
_DISTRIBUTIVE = re.compile(rf"[{APOSTROPHES}]ş?[ae]r(?!\w)")
# "dinara", "metreye", "tonu": a unit's dative or accusative; "dinardı", "dolardır": its copula
# "dinarını", "dinarından": a possessive ("25 milyon dinarını … karşıladı")
_VOWEL_CASE = re.compile(r"y?[aeıiuü]|y?[dt][ıiuü]r?|y?m[ıiuü]ş|s?[ıiuü]n(?:[ıiuüae]|d[ae]n?)")


_AGE = re.compile(r"yaşında(?=ki|ydı|yken|yd[ıi]|$)", re.IGNORECASE)


def _unit_without_case(word: str) -> str:
    """"kişinin" → "kişi", and a unit of measure less a one-vowel ending or a copula ("52 milyar
    dinara çıkarıldı", "14,9 milyar dinardı" → "dinar"), which elsewhere cannot be told from the
    word ("lira", "kapı")."""
    if age := _AGE.match(word):  # "23 yaşındaki Abbas", "60 yaşındaydı": "23 yaşında"
        return age.group()
    unit = unit_of_measure(word)
    if unit and turkish_lower(word) == unit:
        return word  # ("altı hafta sürecek": no locative "-ta" to cut)
    if unit and unit not in _CALENDAR_UNITS and _VOWEL_CASE.fullmatch(turkish_lower(word)[len(unit):]):
        return word[:len(unit)]
    if unit in _CALENDAR_UNITS and re.fullmatch(r"[ıiuü]n[ıiuü]", turkish_lower(word)[len(unit):]):
        return word[:len(unit)]  # "yazmanın iki yılını aldı": two years
    if re.search(r"[aeıioöuü]yd[ıiuü]$", turkish_lower(word)):  # a copula after a vowel: "üniteydi" → "ünite"
        return word[:-3]
    return _without_case(word)


def _measured(sentence: str, match: re.Match, counted: str | None) -> bool:
    """The number is a measure ("38,4 milyar dinar", "yüzde 25"), not of the counted unit
    ("22 ay" counts months): no count of people or things."""
    unit = _unit_after(sentence, match.end())
    if unit and counted and turkish_lower(unit.group(1)).startswith(counted):
        return False
    return bool(re.match(r"%|yüzde", match.group(), re.IGNORECASE) or (unit and _measure(unit.group(1))))


def _unit_after(sentence: str, end: int) -> re.Match | None:
    """The word after a number, as its unit: the currency after its country ("4 milyar Irak
    dinarlık") or in capitals ("450 TL"); none when a name follows ("25 Kerkük Üniversitesi
    öğrencisi")."""
    unit = _UNIT.match(sentence, end)
    if unit and turkish_lower(unit.group(1)) in ADJECTIVES:  # "iki tarihi hamam": the noun after it
        # (not a verb: "57 yaşlı kalıyor" counts the elderly)
        noun = _UNIT.match(sentence, unit.end())
        # (nor a plural, which a number never counts: "iki gönüllü çocuklara masal okuyor" counts volunteers)
        unit = noun if noun and not _VERB.search(turkish_lower(noun.group(1))) and not (
            _PLURAL_NOUN.fullmatch(turkish_lower(noun.group(1))) and not _measure(noun.group(1))) else unit
    if unit and turkish_lower(unit.group(1)) in _ABOUT:  # "600 civarında kişi": the noun after it ("sayısı on
        # sekiz bin civarında.": none)
        unit = _UNIT.match(sentence, unit.end())
    if unit and unit.group(1).isupper() and _measure(turkish_lower(unit.group(1))):
        return unit  # "450 TL": an abbreviation in capitals
    if unit and unit.group(1)[:1].isupper():
        after = _UNIT.match(sentence, unit.end())
        if after and turkish_lower(unit.group(1)) in PEOPLES and after.group(1)[:1].islower():
            return after  # a people before the noun: "yedi Türkmen köyüne" counts villages
        return after if after and _measure(after.group(1)) else None
    return unit


# a plural, bare or in a case: "çocuklara", "çocuklar" (not a compound's "halk dansları ekibi")
_PLURAL_NOUN = re.compile(r"\w{2,}l[ae]r(?:[ae]|[dt][ae]n?|[ıi]n|l[ae])?")
# Case endings a unit may carry, by what they follow (Turkish writes "-de" after a voiced
# sound and "-te" after a voiceless consonant, "-nin"/"-ye"/"-yle" after a vowel). Only
# multi-letter endings: a lone "-a"/"-ı" cannot be told from the word ("lira", "kapı").
_CASE = re.compile(rf"(?:(?<=[{_VOWELS}])(?:n[ıiuü]n|y[ıiuüae]|yl[ae]|d[ae]n?)|(?<=[çfhkpsşt])t[ae]n?"
                   r"|(?<=[bcdgğjlmnrvyz])d[ae]n?)$")


def _without_case(word: str) -> str:
    """"kişinin" → "kişi", "günde" → "gün", "dolardan" → "dolar"; "meydan", "kente" stay (the
    ending must agree with the word's last vowel, and leave three letters)."""
    ending = _CASE.search(turkish_lower(word))
    if not ending or ending.start() < 3:
        return word
    stem_vowels = [c for c in turkish_lower(word[:ending.start()]) if c in _VOWELS]
    ending_vowel = next(c for c in ending.group() if c in _VOWELS)
    if not stem_vowels or (stem_vowels[-1] in _BACK) != (ending_vowel in _BACK):
        return word
    return word[:ending.start()]


# What a number counts is its noun phrase: the words after it up to a conjunction or a
# punctuation mark ("iki farklı takımı", "altı kez Grammy kazanan", "18 derslik").
_PHRASE_END = re.compile(r"[,.;:!?()]|\s(?:ve|ile|veya|ya da)\s")
_COUNTED_WORDS = 4
# "40 usta ve işçi": one number, two bare nouns (not "6 doktor ve 10 hemşire", "… ve aileleri")
_JOINED_NOUN = re.compile(r"\s(?:ve|ile)\s+((?![^\W\d_]*l[ae]r)[^\W\d_]+)(?=\s+[^\W\d_]+\s|[,.;:!?])")
_PLACED = re.compile(r"\w{3,}[dt][ae]n?$")  # a locative or ablative noun
# a verb right after a number counts nothing: "çıktığını", "ulaşacağı", "artmış", "artıyor"
_VERBAL = re.compile(r"\w[dt][ıiuü]ğ|\w[ae]c[ae]ğ|\wm[ıiuü]ş|\w[ıiuü]yor")


def _as_counted(question: Question, sentence: str, span: str) -> str:
    """"1.500 battani" → "1.500 battaniye", "38 öğretme" → "38 öğretmen": a case ending was
    cut as if the word ended in a vowel; the question writes the word whole."""
    head, _, last = span.rpartition(" ")
    counted = question.counted
    if (head and counted and len(last) < len(counted) and counted.startswith(turkish_lower(last))
            and any(word.startswith(counted) for word in words(sentence))
            and (counted[len(last):] not in ("a", "e", "ya", "ye") or _cut_as_dative(turkish_lower(last)))):
        return f"{head} {counted}"  # the sentence writes it whole: "600 battaniye (ve 300 ısıtıcı)"
    if counted and not turkish_lower(last).startswith(with_softened(counted)):  # "kaç köye": "yedi Türkmen köyü"
        counted = next((form for form in _unit_beginnings(counted) if turkish_lower(last).startswith(form)), counted)
    if head and head.split()[-1][:1].isupper() and (unit := unit_of_measure(last)) and last == f"{unit}{last[-1]}":
        return span  # a country's currency with its compound's possessive ("850 bin Irak dinarı") is whole
    if (head and counted and turkish_lower(head.split()[-1]) in PEOPLES and turkish_lower(last).startswith(counted)
            and re.fullmatch(r"[ıiuü](?:n(?:[ae]|[dt][ae]n?|[ıiuü]n?))?", turkish_lower(last)[len(counted):])):
        return f"{head} {last[:len(counted) + 1]}"  # a people's compound keeps its possessive: "yedi Türkmen köyü"
    softened = next((form for form in with_softened(counted or "") if turkish_lower(last).startswith(form)), None)
    if head and counted and softened and re.fullmatch(_CASE_TAIL, turkish_lower(last).removeprefix(softened)):
        return f"{head} {counted if softened != counted else last[:len(counted)]}"  # "800 polisin", "12 kitabın"
    if head and (turkish_lower(last) + "n" in question.named or turkish_lower(last) + "n" in _PEOPLE):
        return f"{head} {last}n"  # "42 kadının" is "kadın" + "-ın", not "kadı" + "-nın"
    after = sentence[sentence.find(span) + len(span):].split()[:1] if span in sentence else []
    forms = "|".join(re.escape(form) for form in with_softened(counted or "") if len(form) > 2)
    word = turkish_lower(after[0]).rstrip(".,;:!?)»”\"'") if after else ""
    compound = re.fullmatch(rf"((?:{forms})s?[ıiuü])(?:n?(?:[ae]|[dt][ae]n?|[ıiuü]n?)|yl[ae])?", word) if (
        head and forms) else None
    if compound:  # "kaç grup": "12 müzik" is a compound's first word ("12 müzik grubu"), said in any case
        return f"{span} {after[0][:len(compound.group(1))]}"  # ("14 hız kamerasına": "14 hız kamerası")
    at = sentence.find(span) + len(span)
    if (not head and counted and question.unit and sentence[at:at + 1] in APOSTROPHES
            and any(word.startswith(question.unit) for word in _counted(sentence, span))):
        # "kaç oy": "39 üyenin 27'sinin oyunu" is 27 votes; "70'ten fazla yaşlı kadınla", more than seventy
        more = _MORE_THAN.match(sentence, at)
        return f"{span}{more.group().rstrip() if more else ''} {counted}"
    if (head and question.unit and not question.ordinal and not _VERB.search(question.counted or "")
            and not _has_unit(span, question.unit) and span in sentence):
        # "üç yeni tam donanımlı ambulans": the number and the noun it counts, not the words between
        number = " ".join(word for word in span.split() if word[0].isdigit() or turkish_lower(word) in _NUMBER_WORDS
                          or turkish_lower(word).startswith(tuple(SCALE_WORDS)))  # ("4 bininin")
        after = sentence[sentence.find(span) + len(span):].split()[:_COUNTED_WORDS]
        noun = next((word.rstrip(".,;:!?") for word in after if turkish_lower(word).startswith(question.unit)
                     and not _VERB.search(turkish_lower(word))), None)  # (not "25 kişinin çalışacağını")
        # (not "4 bin" before "Türkmence kitap": the number is all; nor a plural, which no number counts: "iki
        # gönüllü çocuklara" are two volunteers)
        if number and number != span and noun and not _PLURAL_NOUN.fullmatch(turkish_lower(noun)):
            lowered = turkish_lower(noun)
            if lowered.startswith(counted or "\0"):
                return f"{number} {noun[:len(counted or '')]}"
            if re.fullmatch(_CASE_TAIL, lowered[len(question.unit):]):  # "takımı": "takım"
                return f"{number} {noun[:len(question.unit)]}"
            return f"{number} {_unit_without_case(noun)}"
    return span


def _sizes_another(question: Question, sentence: str, span: str) -> bool:
    """"30 maçlık sezonu" gives the season's size in matches, no count of matches won ("kaç
    maç kazandı"); asked as a size ("kaç kişilik", "kaç yataklı") it is the answer."""
    counted = _counted(sentence, span)
    return (bool(counted) and not _ADJECTIVE_COUNT.search(question.counted or "")
            and re.fullmatch(rf"{re.escape(question.unit or '')}l[ıiuü]k\w*", counted[0]) is not None)


def _counts(sentence: str, span: str, unit: str) -> bool:
    """The span's number counts the unit: "25 Kerkük Üniversitesi öğrencisi" counts "öğrenci", and
    "bu evlerden 28'i" (a part, of the whole just named) "ev"."""
    at = sentence.find(span)
    parted = sentence[at + len(span):][:1] in APOSTROPHES or re.fullmatch(_WORDED_PART_CASED, turkish_lower(span))
    whole = _WHOLE_BEFORE.search(sentence[:at]) if at > 0 and parted else None
    in_part = parted and _IN_PART.match(turkish_lower(sentence[at + len(span) - 4:at + len(span) + 8]))
    owner = _OWNING_WHOLE.search(turkish_lower(sentence[:at])) if at > 0 and in_part else None
    if owner and any((word or "").startswith(with_softened(unit)) for word in owner.groups()):
        return True  # "mezar taşlarının on dördünde", "okulların 12'sinde": in some of the whole named before (not
        # "çocukların 4 bin 750'si erkek": a kind of them)
    pointing = turkish_lower(whole.group(1) or whole.group(2)) in ("bun", "on", "şun") if whole else False
    before = [m for m in _NUMBER.finditer(sentence, 0, whole.start())  # (no ordinal: "birinci etapta bunlardan")
              if not _ORDINAL_WORD_END.search(m.group())] if pointing else []
    if before and _counts(sentence, _with_unit(sentence, before[-1]), unit):
        return True  # "560 kişi kaydoldu; bunların 420'si": of the count before ("1.250 hasta …, bunların 430'u
        # ameliyat edildi" counts operations, the word after it)
    kind = _PART_NOUN.match(sentence, at + len(span)) if at > 0 else None
    if kind and (kind.group(1)[:1].isupper() or _PLACED.search(kind.group(1))) and any(
            re.search(rf"(?<!\w){re.escape(form)}\w*?l[ae]r(?:[ıi]n|[dt][ae]n)(?!\w)", turkish_lower(sentence[:at]))
            for form in with_softened(unit)):
        # "Kolilerin 2 bin 600'ü Telafer merkezde, 1.100'ü Ayadiye nahiyesinde": the parcels' parts by place,
        # "çiftliklerden bugün yalnızca 23'ü faaliyette" (not "çocukların 4 bin 750'si erkek", "ameliyatların
        # 310'unun katarakt": a kind of them)
        return True
    if unit == _SIZED_IN_PEOPLE and _is_people(turkish_lower(span.split()[-1])) and (
            _CAPACITY.match(sentence, at + len(span)) or _CAPACITY_BEFORE.search(sentence, 0, at)):
        return True  # "kaç kişilik": "Salon 2 bin seyirci kapasiteli", "kapasitesi 45 kişiden 120 kişiye çıkarıldı"
    counted = _counted_or_before(sentence, span)
    beginnings = _unit_beginnings(unit)
    return (any(word.startswith(beginnings) or _compound_of(word, unit, beginnings) for word in counted)
            or bool(whole and whole.group(1) and turkish_lower(whole.group(1)).startswith(beginnings)))


def _cut_as_dative(word: str) -> bool:
    """A word ending in "-iye" was cut to "-i" as if its "-ye" were a dative: "battani" of "battaniye" (not "hane"
    of "kaç haneye", a dative; nor "kişi", "öğrenci", whose "-ye" is one)."""
    return re.search(r"[ıi]$", word) is not None and not _AGENT_NOUN.fullmatch(word) and word not in _PEOPLE


def _compound_of(word: str, unit: str, beginnings: tuple[str, ...]) -> bool:
    """A compound written as one word that ends in the asked unit: "12 ilkokulda" counts schools ("okul")."""
    return len(unit) >= 4 and re.match(rf"\w{{3,}}?(?:{'|'.join(map(re.escape, beginnings))})", word) is not None


def _unit_beginnings(unit: str) -> tuple[str, ...]:
    """How a word naming the unit begins: as asked, softened ("kitab" of "kitabı"), and without the dative the
    question put on it ("kaç köye su götürüyor" counts "yedi Türkmen köyüne")."""
    bare = [unit[:-len(dative)] for dative in ("a", "e", "ya", "ye") if unit.endswith(dative)]
    bare = [word for word in bare if len(word) >= 2 and word not in SCALE_WORDS]  # (not "bin" of "bina")
    return tuple(dict.fromkeys((*with_softened(unit), *(form for word in bare for form in with_softened(word)),
                                *_times_also(unit))))


_SIZED_IN_PEOPLE = "kişil"  # the unit of "kaç kişilik"
_CAPACITY_BEFORE = re.compile(r"(?<!\w)kapasite\w*\s+(?:[^\W\d_]+\s+){0,2}(?:[\d.,]+\s+\w+\s+)?$",
                              re.IGNORECASE)  # ("kapasitesi ise yaklaşık 3 bin kişi"; "45 kişiden 120 kişiye")


# "evlerden 28'i", "bunların 420'si" (not "çocukların 4 bin 750'si erkek": a kind of them)
_PART_NOUN = re.compile(rf"[{APOSTROPHES}]\w+\s+(?:ise\s+)?(\w+)")  # the word after a part: "600'ü Telafer"
_IN_PART = re.compile(rf".*?(?:[{APOSTROPHES}]\w*|\w)nd[ae](?!\w)")  # "14'ünde", "on dördünde": in some of them
# ("fidanların", "mezar taşlarının")
_OWNING_WHOLE = re.compile(r"(?<!\w)(?:([^\W\d_]+)\s+)?([^\W\d_]+?)l[ae]r(?:[ıi]n)?[ıi]n\s+$")
_WHOLE_BEFORE = re.compile(r"(?<!\w)(?:([^\W\d_]+?)l[ae]r[dt][ae]n|(bun|on|şun)ların)\s+$")


# People are counted as visitors, pupils, voters too ("45 bin ziyaretçi", "420 öğrenci"), but
# not as classrooms or stands, nor as what a school holds ("960 öğrenci kapasitesine sahip";
# "40 kişilik heyet" is a delegation of forty). A person is a noun of this list, or one made
# with -ci ("seyirci", "yolcu") or a participle ("katılan", "çalışanlar").
_PEOPLE = ("kişi", "insan", "öğrenci", "öğretmen", "üye", "çocuk", "kadın", "erkek", "genç", "hasta", "asker",
           "vatandaş", "misafir", "konuk", "delege", "aile", "personel", "sakin", "taraftar", "mülteci", "göçmen",
           "gönüllü", "yetkili", "uzman", "hekim", "doktor", "hemşire", "polis", "yazar", "şair", "heyet", "seçmen",
           "memur", "akademisyen", "sporcu", "oyuncu", "halk", "nüfus", "kız", "oğlan", "bebek", "yaşlı", "emekli",
           "katılımcı", "kursiyer", "mezun", "esnaf", "çiftçi", "aday", "oy", "davetli", "bursiyer", "stajyer")
_CASE_TAIL = r"(?:l[ae]r)?(?:[ıiuü]|s[ıiuü]|n[ıiuü]n|[ıiuü]n|y[ae]|y[ıiuü]|yl[ae]|l[ae]|d[ae]n?|n[ae]|[ıiuü]n[ae])?"
_AGENT = re.compile(rf"\w+[cç][ıiuü]{_CASE_TAIL}")  # "ziyaretçilerin", "seyirciyle"
# a participle right after the number: "120 çalışan", "300 başvuran" (not an ablative:
# "derslikten"; a participle further on describes the thing: "beşinci kez düzenlenen")
_PARTICIPLE = re.compile(rf"\w+[^dt\W][ae]n{_CASE_TAIL}")
_SCALE_CASE = re.compile(r"bin(?:e|i|de|den|in|le)|milyon(?:a|u|da|dan|un|la)|milyar(?:a|ı|da|dan|ın|la)")  # "55 bine"
_VERB = re.compile(r"[dt][ıiuü]r?$|m[ıiuü]ş|[ıiuü]yor|[ae]c[ae][kğ]")  # "çıktı", "ulaşmış", "artıyor"
_CAPACITY = re.compile(r"\s+(?:[^\W\d_]+\s+)?kapasite", re.IGNORECASE)
# ("kaç yataklı", "kaç katlı": what it has room for, as "kaç kişilik")
_ASKS_CAPACITY = re.compile(r"kapasite|kaç\s+kişilik|kaç\s+(?:yatak|kat|derslik|oda|koltuk|sınıf|daire|şerit|peron)"
                            r"l[ıiuü](?!\w)|\w[ae]bil(?:ir|ecek)|sığ")


_MEASURE_OF_PEOPLE_BEFORE = re.compile(r"(?<!\w)(?:ortalaması|oranı|yaşı)\s+(?:ise\s+|yaklaşık\s+)?$",
                                       re.IGNORECASE)


def _counts_people(sentence: str, match: re.Match) -> bool:
    """The number counts people: a bare number, or one whose noun is a person's; not one said as a
    measure of them ("bağışçıların yaş ortalaması 29")."""
    if _CAPACITY.match(sentence, match.end()) or _MEASURE_OF_PEOPLE_BEFORE.search(sentence, 0, match.start()):
        return False
    if re.match(rf"[{APOSTROPHES}]s?[ıiuü](?!\w)", sentence[match.end():]):
        # "yayınevlerinden 40'ı Türkiye'den, 9'u Azerbaycan'dan": of the whole before it, its part
        wholes = ["".join(found) for found in _PARTITIVE_WHOLE.findall(sentence[:match.start()])]
        if wholes and wholes[-1] in _POINTING_BACK:  # "180 kişi başvurdu ve bunlardan 45'i": of the 180
            before = list(_NUMBER.finditer(sentence, 0, match.start()))
            return bool(before) and _counts_people(sentence, before[-1])
        if wholes:
            return _is_people(wholes[-1])
    counted = [w for w in _counted(sentence, _with_unit(sentence, match)) if not _SCALE_CASE.fullmatch(w)]
    if counted and _ADJECTIVE_COUNT.search(counted[0]) and not (  # ("400 emekli", "yaşlı": people)
            _is_people(counted[0]) and not re.search(r"l[ıiuü][kğ]$", counted[0])):
        # "2 bin kişilik oturma alanı" is a size, "40 kişilik (Irak Türkmen) heyeti" a party of forty
        return any(_is_people(word) or word.startswith(_PARTIES) for word in counted[1:])
    if not counted or _VERB.search(counted[0]):  # "ziyaretçi sayısı 55 bine çıktı": counted before
        before = _counted_before(sentence, match.group())  # not "şube sayısını 23'e çıkardı"
        return before is None or _is_people(before) or _PARTICIPLE.fullmatch(before) is not None
    if (len(counted) > 1 and _is_people(counted[0]) and not counted[0].startswith("kişi") and not _is_people(counted[1])
            and _COMPOUND_HEAD_CASED.search(counted[1]) and not _VERB.search(counted[1])
            and not counted[1].startswith(("aras", "için", "içi", "yanı", "yanın", "önü", "tarafı", "başı", "başın"))
            and counted[1] not in ("dün", "bugün", "yarın")  # ("400 emekli, dün … toplanarak": a day, no compound)
            and not re.search(r"[dt][ıiuü]ğ|[ae]c[ae]ğ", counted[1])):  # (no verb: "ziyaretçi gezdi", "çalıştığını")
        return False  # "900 çocuk kitabının satıldığını": books, of a kind named by people
    return bool(_PARTICIPLE.fullmatch(counted[0])) or any(map(_is_people, counted))


# a compound's head with its possessive, and a case after it ("kitabının", "aracı", "programına")
_COMPOUND_HEAD_CASED = re.compile(r"(?:[aeıioöuü]s[ıiuü]|[bcdğ][ıiuü])(?:n[ıiuü]n|n[ıiuü]|n[ae]|n[dt][ae]n?)?$")


_POINTING_BACK = ("bunlar", "onlar", "şunlar")
_PARTIES = ("ekip", "ekib", "grup", "kafile", "koro", "topluluk", "takım", "heyet")  # people gone together
# "yayınevlerinden", "bunların 420'si" (not "çocukların 4 bin 750'si erkek": a kind of them)
_PARTITIVE_WHOLE = re.compile(r"(?<!\w)(?:([a-zçğıöşü]\w*l[ae]r)\w*?[dt][ae]n|(bunlar|onlar|şunlar)[ıi]n)(?!\w)")


def _is_people(word: str) -> bool:
    return word.startswith(_PEOPLE) or _AGENT.fullmatch(word) is not None


# "şube sayısını 23'e çıkardı", "üye sayısı bugün 73": the number is the count named before it.
_COUNT_BEFORE = re.compile(r"([^\W\d_]+)\s+sayı(?:sı|sını|sının)\s+(?:[^\W\d_]+\s+){0,2}$")


def _counted_or_before(sentence: str, span: str) -> list[str]:
    """What the span's number counts: the words after it, else the "X sayısı" before it ("kitap sayısı … 9 bine
    ulaştı": a verb after it counts nothing)."""
    counted = _counted(sentence, span)
    counted = [] if counted and _REACHED.fullmatch(counted[0]) else counted
    before = None if counted else _counted_before(sentence, span)
    return counted or ([before] if before else [])


# a change's verb right after the figure it reached ("9 bine ulaştı", "15 bine çıktı"): no noun it counts
_REACHED = re.compile(r"(?:ulaş|çık|yüksel|art|düş|geril|azal|ind|aş(?:t|m|ar|an|ıyor|acak))\w*")


def _counted_before(sentence: str, span: str) -> str | None:
    """The noun of "X sayısı" right before a number with no noun of its own, lower case."""
    start = sentence.find(span)
    counted = _counted(sentence, span)  # ("dinleyici sayısı 180 bini aştı": a verb after it counts nothing)
    noun_after = bool(counted) and not _REACHED.fullmatch(counted[0])
    found = _COUNT_BEFORE.search(sentence[:start]) if start > 0 and not noun_after else None
    return turkish_lower(found.group(1)) if found else None


# Adverbs of manner after a part ("45'inin tamamen", "12'si kısmen"), not what the part is
_MANNER = frozenset("tamamen kısmen yalnızca sadece ancak henüz hâlâ hala resmen fiilen".split())
# "9'u kadın", "212'sinin oyunu", "45'i yüksek lisans öğrencisi": the part is the noun after it.
_PART = re.compile(rf"[{APOSTROPHES}]s?[ıiuü](?:n[ıiuü]n)?\s+(?:{_ADJECTIVE}\s+)?([^\W\d_]{{2,}})", re.IGNORECASE)


_POINTING_PLURAL = re.compile(r"(?i:bun|şun|on)lar")
_OBJECT_ENDING = re.compile(r"(?:[ıiuü]n[ıiuü]|y[ıiuü]|s[ıiuü]n[ıiuü])$")  # "hayatını", "kapıyı": an object
# The head of a compound after a part's first noun, with its possessive ("lisans öğrencisiydi")
_COMPOUND_HEAD_AFTER = re.compile(r"\s+([a-zçğıöşü]{3,}s[ıiuü](?:y?d[ıiuü]r?|y?m[ıiuü]ş)?)(?!\w)")
# A whole named in the plural right before its part ("öğrencilerin", "çalışmalarından")
_PLURAL_BEFORE = re.compile(r"(?<!\w)(\w+(?:lar|ler)(?:[ıi]n|[ıi]ndan|[ıi]nden|dan|den))\s+$")


# more or fewer than the figure: "70'ten fazla", "100'den az", "300'ü aşkın" (what follows is what it counts)
_MORE_THAN = re.compile(rf"[{APOSTROPHES}](?:[dt][ae]n\s+(?:fazla|az|çok)|y?[ıiuü]\s+(?:aşkın|geçkin|aşan))\s+")


def _counted(sentence: str, span: str) -> list[str]:
    """The words of the noun phrase the span's number counts (none: a bare number)."""
    start = sentence.find(span)
    if start < 0:
        return []
    rest = sentence[start:]
    if more := _MORE_THAN.match(rest, len(span)):  # "70'ten fazla yaşlı kadınla": more than seventy women
        rest = f"{span} {rest[more.end():]}"
    if rest[len(span):len(span) + 1] in APOSTROPHES and not _DISTRIBUTIVE.match(rest, len(span)):
        # "26'sı onarılacak": of a thing said before ("40'ar öğrenci" counts students, forty each),
        # unless a noun says what part it is ("25 üyenin 9'u kadın": women)
        part = _PART.match(rest, len(span))
        if part and turkish_lower(part.group(1)) in _MANNER:  # "bunlardan 45'inin tamamen yıkıldığını": how, not what
            return []
        if not part or _VERB.search(turkish_lower(part.group(1))):
            return []
        head = _COMPOUND_HEAD_AFTER.match(rest, part.end())  # "9'u lisans öğrencisiydi": students
        return [turkish_lower(part.group(1)), *([turkish_lower(head.group(1))] if head else [])]
    if re.fullmatch(_WORDED_PART_CASED, turkish_lower(span)):  # "yedisi kadın": a part too, else of the whole
        # before it ("öğrencilerin kırk üçü Telafer'den", "çalışmalarından üçü 1520 yılında")
        # (a noun of its own, not a particle, a manner or an object: "yedisi ise", "dokuzu tamamen", "ikisi
        # hayatını kaybetti"; a people is one, "yedisi Türkmen", a place with its ending none, "… Telafer'den")
        part = re.match(rf"\s+(\w{{2,}})(?![\w{APOSTROPHES}])", rest[len(span):])
        noun = turkish_lower(part.group(1)) if part else ""
        own = (noun and (noun[:1] == part.group(1)[:1] or noun in PEOPLES) and not _VERB.search(noun)
               and noun not in STOPWORDS and noun not in _MANNER and not _OBJECT_ENDING.search(noun))
        whole = _PLURAL_BEFORE.search(sentence[:start])  # (not "Bunlardan": of a count said before)
        return ([noun] if own else [turkish_lower(whole.group(1))]
                if whole and not _POINTING_PLURAL.match(whole.group(1)) else [])
    end = _PHRASE_END.search(rest, len(span.split()[0]))
    phrase = rest[: end.start() if end else len(rest)]
    if end and (joined := _JOINED_NOUN.match(rest, end.start())) and len(words(phrase)) == 2:
        phrase = f"{phrase} {joined.group(1)}"  # "40 usta ve işçi görev aldı" counts workers too
    after = re.search(r"\s\d", phrase[len(span):])  # another number starts another count ("25 üyenin 9'u")
    phrase = phrase[:len(span) + after.start()] if after else phrase
    counted = [w for w in words(phrase) if not w[0].isdigit() and w not in SCALE_WORDS and w not in DIGIT_WORDS
               and not _SCALE_CASE.fullmatch(w)]  # "12 bine çıktı"
    placed = next((i for i, w in enumerate(counted) if _PLACED.search(w)), None)
    if placed is not None and any(_PARTICIPLE.fullmatch(w) for w in counted[placed + 1:]):
        # "iki kategoride birinci olan sporculara": a relative clause starts after the counted
        # noun's case, and the number counts categories ("150 üniversite öğrencisine" goes on)
        counted = counted[:placed + 1]
    if counted and (_BECOMING.fullmatch(counted[0]) or _VERBAL.search(counted[0])):
        return []  # "aile sayısı 4.870 olmuştu", "sporcu sayısının … 12 bine çıktığını": a bare number
    if counted and counted[0] in _ABOUT:  # "600 civarında kişi": the noun after it; "sayısı 18 bin civarında": none
        counted = counted[1:]
    # a number counts a singular: "iki gönüllü çocuklara masal okuyor" counts volunteers, not the children
    plural = next((i for i, word in enumerate(counted) if i and _PLURAL_NOUN.fullmatch(word) and not _measure(word)),
                  len(counted))
    return counted[:min(plural, _COUNTED_WORDS)]


def _lasts_in(span: str, unit: str) -> bool:
    """A time said in two units holds the asked one: "iki saat on dakika" for "kaç saat"."""
    return _MEASURE_OF.get(unit_of_measure(unit) or "") == "süre" and any(
        word.startswith(unit) for word in words(span)[1:-1])


def _has_unit(span: str, unit: str) -> bool:
    """Whether the word after the number is the asked unit, inflected or not ("silindirli")."""
    parts = words(span)
    return len(parts) > 1 and parts[-1].startswith((unit, *_times_also(unit)))


def _times_also(unit: str) -> tuple[str, ...]:
    """A count of times is said with any of its words: "kaç sefer" is "haftada üç kez"."""
    return _TIMES_SAID if len(unit) > 2 and any(word.startswith(unit) or unit.startswith(word)
                                                 for word in _TIMES_SAID) else ()  # ("sefe", as "sefere")



# A day before its month ("13 Temmuz"), a year with its suffix or its range ("2023'te",
# "2021-2022 eğitim yılı", "2020 yılında"): a date, never a count.
_DATE_AFTER = re.compile(rf"\s+(?:{_MONTHS})(?!\w)", re.IGNORECASE)
# (and a season of the year: "2027 yazında", "2026 baharında")
_YEAR = re.compile(rf"(?:1[0-9]|20)\d\d(?:[{APOSTROPHES}]\w+|\s*[-–]\s*\d{{2,4}}|\s+(?:yıl|gün)"
                   r"|\s+(?:yaz|kış|bahar|ilkbahar|sonbahar|güz)[ıiuü]nd[ae](?!\w))")
_MONTH_BEFORE = re.compile(rf"(?:{_MONTHS})\s+$", re.IGNORECASE)  # "5 Mayıs 2025": the year of a date


def _is_date(sentence: str, match: re.Match) -> bool:
    return bool(_DATE_AFTER.match(sentence, match.end())
                or (re.fullmatch(r"\d{4}", match.group()) and (_YEAR.match(sentence, match.start())
                                                               or _MONTH_BEFORE.search(sentence[:match.start()]))))


def _is_article(sentence: str, match: re.Match) -> bool:
    """"bir" is an indefinite article far more often than the number one."""
    return turkish_lower(match.group()) == "bir"


def _bare(span: str) -> str:
    """The span without a trailing suffix or punctuation: "Manning'in" → "Manning"."""
    span = re.sub("[" + APOSTROPHES + r"]\w+$", "", span.strip())
    return span.strip(" ,;:.")
