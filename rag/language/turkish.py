"""Turkish-aware case folding and lexical tokens for BM25 and answer scoring.

Python's ``str.lower()`` maps "I" to "i" and "İ" to "i̇" (i + combining dot), which is
wrong for Turkish: "ISPARTA" must become "ısparta" and "İstanbul" "istanbul".
"""

from __future__ import annotations

import re
import threading
import unicodedata
from functools import lru_cache

import snowballstemmer

APOSTROPHES = "'’‘ʼ`´"
_WORD = re.compile(r"\d+(?:[.,]\d+)+|[^\W_]+(?:[" + APOSTROPHES + r"][^\W_]+)?", re.UNICODE)
_SUFFIX = re.compile("[" + APOSTROPHES + "].*$")

# Function words that carry no topic; kept short on purpose (question words stay: BM25 idf
# already damps them, and "kim"/"ne zaman" matter to the answerer).
STOPWORDS = frozenset(
    """
    ve veya ile ila ilâ ya da de da ki bu şu o bir için gibi çok daha en ise mi mı mu mü ama fakat
    ancak hem ne olan olarak olup oldu olduğu olduğunu olan sonra önce kadar göre ayrıca her
    tüm bütün diğer bazı şey ise yani değil var yok
    """.split()
)

# A snowball stemmer keeps the word being stemmed in its own state: one per thread, or
# concurrent questions corrupt each other's words (seen as IndexError under load).
_local = threading.local()


def turkish_lower(text: str) -> str:
    """Lower-case with Turkish dotted/dotless i rules, after NFC composition."""
    text = unicodedata.normalize("NFC", text)
    return text.replace("İ", "i").replace("I", "ı").lower()


def capitalised(word: str) -> str:
    """The word with a Turkish capital first letter ("istanbul" → "İstanbul")."""
    return ("İ" if word[:1] == "i" else word[:1].upper()) + word[1:]


# Four-way vowel harmony: the high vowel a suffix takes after each vowel ("kitabı", "evi",
# "okulu", "gölü"); and the sounds after which a suffix's c and d harden ("kitapçı", "yurtta").
HIGH_VOWEL = {"a": "ı", "ı": "ı", "e": "i", "i": "i", "o": "u", "u": "u", "ö": "ü", "ü": "ü", "â": "ı", "î": "i", "û": "u"}
VOICELESS = "çfhkpsşt"


def high_vowel_after(word: str) -> str | None:
    """The high vowel a suffix takes after ``word`` ("şarkı" → "ı", "at" → "ı"); None without a vowel."""
    last = next((c for c in reversed(word) if c in HIGH_VOWEL), None)
    return HIGH_VOWEL[last] if last else None


# A final p, ç, t, k softens before a vowel: "blok" is "bloğun", "kitap" "kitabı", "yurt" "yurdu".
SOFTENED = {"p": "b", "ç": "c", "t": "d", "k": "ğ"}
HARDENED = {soft: hard for hard, soft in SOFTENED.items()}


def with_softened(word: str) -> tuple[str, ...]:
    """The word, and its stem softened before a vowel ("grup" → "grub" of "grubu", "kitap" →
    "kitab"), as a beginning either form of it starts with."""
    if len(word) >= 3 and word[-1] in SOFTENED:
        return word, word[:-1] + SOFTENED[word[-1]]
    return (word,)

_SOFTENED_POSSESSIVE = re.compile(r"(\w{2,})([bcdğ])[ıiuü]$")
# A word news writes as another: "domatesin kilosu" as "kilogramı", "maliyeti" as "… dolara mal olan" or "… 3,2
# milyon dolar harcandı".
SAID_ALSO = {"kilo": ("kilogram",), "kilogram": ("kilo",), "maliyet": ("mal", "harca")}


# Nouns that lose their last vowel before a suffix starting with one: "vakıf" is "vakfın",
# "şehir" "şehrin", "kayıp" "kaybı"; the stemmer keeps the two forms apart. A closed list of
# Turkish words; left out where the short form begins other words ("ism": "İsmail", "emr":
# "Emre", "resm": "resmi" is also "official", "hükm": "hükmetti" beside "hükümet").
_VOWEL_DROPPING = "vakıf şehir kısım nehir fikir şekil ömür metin zihin keşif kayıp kayıt nesil sabır göğüs"
_DROPPED = {noun[:-2] + SOFTENED.get(noun[-1], noun[-1]): noun for noun in _VOWEL_DROPPING.split()}
_BEFORE_VOWEL = re.compile(rf"({'|'.join(_DROPPED)})(?=[aeıioöuü])")


def vowel_restored(word: str) -> str:
    """"vakfın" → "vakıfın", which stems as "vakıf" and "vakıflar" do; other words as they are."""
    dropped = _BEFORE_VOWEL.match(word)
    return _DROPPED[dropped.group(1)] + word[dropped.end():] if dropped else word


_DROPPING = {noun: dropped for dropped, noun in _DROPPED.items()}


def dropping_noun(word: str) -> str | None:
    """The vowel-dropping noun a word is a form of ("vakıf", "vakfı", "vakıflar" → "vakıf"); None for others."""
    restored = vowel_restored(word)
    return next((noun for noun in _DROPPED.values() if restored.startswith(noun)), None)


def vowel_dropped(word: str) -> str:
    """"vakıf" → "vakf", as the question's "Vakfı" stems: the form before a vowel; other words as they are."""
    return next((_DROPPING[noun] + word[len(noun):] for noun in _DROPPING if word.startswith(noun)), word)


@lru_cache(maxsize=50_000)
def vowel_alternative(form: str) -> str | None:
    """A vowel-dropping noun's start spelled the other way ("vakf" ↔ "vakıf"), for matching a
    root against words as written; None for other forms."""
    for short, full in _DROPPED.items():
        if form.startswith(full):
            return short + form[len(full):]
        if form.startswith(short):
            return full + form[len(short):]
    return None


def unsoftened(form: str) -> str | None:
    """A possessive's noun with its final consonant hard again, as the archive's other forms
    hold it: "yurdu" → "yurt" (the stemmer cuts "yurdunun" to "yurdu", "yurtta" to "yurt");
    None when the form ends otherwise."""
    softened = _SOFTENED_POSSESSIVE.fullmatch(form)
    return softened.group(1) + HARDENED[softened.group(2)] if softened else None


def _latin_bases() -> dict[int, str]:
    """Each lower-case Latin letter with a mark, to its bare letter ("è" → "e", "ñ" → "n")."""
    letters = (chr(code) for code in range(0xE0, 0x180))
    bases = {letter: unicodedata.normalize("NFD", letter)[0] for letter in letters if letter.islower()}
    return {ord(letter): base for letter, base in bases.items() if base.isascii() and base != letter}


_FOREIGN = {**_latin_bases(), **str.maketrans("łø", "lo")}
_ASCII = {**_FOREIGN, **str.maketrans("ı", "i")}
for _letter in "çğöşüâîû":  # Turkish's own letters, kept by foreign_fold
    del _FOREIGN[ord(_letter)]


def foreign_fold(lowered: str) -> str:
    """Other languages' marks taken off, Turkish letters kept ("maizière" → "maiziere",
    "gökçe" unchanged): a name as a Turkish keyboard types it; for lower-cased text."""
    return lowered.translate(_FOREIGN)


def ascii_fold(lowered: str) -> str:
    """Letters as a keyboard without them types them: Turkish ones ("şu anki" → "su anki")
    and other languages' in names ("Maizière" is typed "Maiziere"), the length unchanged;
    for lower-cased text."""
    return lowered.translate(_ASCII)


def fold(text: str) -> str:
    """Case-fold for matching answers: Turkish lower-case, typographic apostrophes unified."""
    folded = turkish_lower(text)
    for mark in APOSTROPHES[1:]:
        folded = folded.replace(mark, "'")
    return " ".join(folded.split())


_ALPHABET = "abcçdefgğhıijklmnoöprsştuüvyz"
_ORDER = {letter: f"{i:02d}" for i, letter in enumerate(_ALPHABET)}


def alphabetical(text: str) -> str:
    """A sort key in the Turkish alphabet's order (c < ç < d, ı < i, s < ş < t), which code
    points do not give ("Çarşı" after "Zeytin"); letters outside it sort after."""
    lowered = turkish_lower(text).lstrip("\"“”«»'‘’ ")  # a quoted title sorts by its first word
    return "".join(_ORDER.get(ch, "99" + ch) if ch.isalpha() else ch for ch in lowered)


# Snowball reads a final "-(I)m" as "my" and "-mI" as the question particle, but leaves a word
# of one syllable whole: "primi" → "pr" and "gramı" → "gra" while "prim" and "gram" stay. Such
# a one-syllable noun gets its "m" back. Longer words keep snowball's cut, which joins a quote's
# "kütüphanemde" (my library) to "kütüphanesinde"; so do "-mIz" (our), "-mIş" (heard) and a
# verb's "-(y)Im" ("istiyorum", "gördüm": I).
_OVERCUT_M = re.compile(r"[ıiuü]?m(?![ıiuü][zş])")
_VERB_END = re.compile(r"(?:yor|[dt][ıiuü])$")
_VOWELS = "aeıioöuüâîû"


_CIRCUMFLEX = str.maketrans("âîû", "aiu")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """The snowball stem, read on the word less its circumflexes ("kârı" stems as "karı" does, to
    "kâr"; the stemmer leaves a word ending in a syllable with "â" uncut) and given them back."""
    stemmer = getattr(_local, "stemmer", None)
    if stemmer is None:
        stemmer = _local.stemmer = snowballstemmer.stemmer("turkish")
    plain = word.translate(_CIRCUMFLEX)
    stemmed = stemmer.stemWord(plain)
    if plain != word:  # each letter as the word writes it, where the stem keeps it ("kâtibi" → "kâtip")
        stemmed = "".join(word[i] if i < len(word) and plain[i] == letter else letter
                          for i, letter in enumerate(stemmed))
    if len(stemmed) < 2 or not word.startswith(stemmed) or _VERB_END.search(stemmed):
        return stemmed
    cut = _OVERCUT_M.match(word, len(stemmed))
    syllable = word[:cut.end()] if cut else ""
    return syllable if sum(c in _VOWELS for c in syllable) == 1 else stemmed


def without_suffix(word: str) -> str:
    """A name without the suffix Turkish writes after its apostrophe: "Kerkük'te" → "Kerkük"."""
    return _SUFFIX.sub("", word)


def words(text: str) -> list[str]:
    """Lower-cased words with apostrophe suffixes cut: "Kerkük'te" → "kerkük"."""
    return [without_suffix(w) for w in _WORD.findall(turkish_lower(text))]


MIN_ROOT = 4  # letters
SUFFIX_LETTERS = 2  # cut from a longer word: a case ending or a possessive


# News says dying and being born with idioms: "2 kişi hayatını kaybetti", "Altunköprü'de
# dünyaya gelen". A question asks "kaç kişi öldü", "nerede doğdu": the idiom says the verb.
IDIOMS = (
    (re.compile(r"(?<!\w)(?:hayatını|hayatlarını|yaşamını|yaşamlarını|canını|canlarını)\s+(?:kaybet|yitir)"
                r"|(?<!\w)can\s+ver|(?<!\w)vefat\s+et"
                r"|(?<!\w)hayata\s+gözlerini\s+yum"), "öl"),
    (re.compile(r"(?<!\w)dünyaya\s+gel"), "doğ"),
)
IDIOM_VERBS = frozenset(verb for _, verb in IDIOMS)


def idiom_verbs(text: str) -> set[str]:
    """The verbs the text says with an idiom ("hayatını kaybetti" → "öl")."""
    lowered = turkish_lower(text)
    return {verb for idiom, verb in IDIOMS if idiom.search(lowered)}


def without_idioms(lowered: str) -> str:
    """Lower-cased text with its idioms' words left out ("ne zaman vefat etmiş" → "ne zaman "),
    which say their verb (``idiom_verbs``), not a life or a loss."""
    for idiom, _ in IDIOMS:
        lowered = re.sub(rf"(?:{idiom.pattern})\w*", " ", lowered)
    return lowered


def root(word: str) -> str:
    """A lower-cased word less a short ending, which its inflections share where the stemmer
    cuts them unevenly ("silindir" stems to "sil", "silindirli" to itself; both start with
    "silindi"; "pittsburg" stems to "pittsburgu", "pittsbur" finds "pittsburgh"). Short
    words and acronyms are their own root."""
    return word if len(word) <= MIN_ROOT else word[:max(MIN_ROOT, len(word) - SUFFIX_LETTERS)]


_HARMONY = {"a": "ı", "ı": "ı", "o": "u", "u": "u", "e": "i", "i": "i", "ö": "ü", "ü": "ü"}


def genitive(noun: str) -> str:
    """"vali" → "valinin", "başkan" → "başkanın", "müdür" → "müdürün" (four-way harmony); a common noun of
    several syllables softens its last consonant: "kulüp" → "kulübün", "ağaç" → "ağacın", "köpek" → "köpeğin";
    a vowel-dropping noun drops it: "vakıf" → "vakfın"."""
    vowel = _HARMONY[next(c for c in reversed(noun) if c in _HARMONY)]
    if noun[-1] in _HARMONY:
        return f"{noun}n{vowel}n"
    if noun in _DROPPING:  # "vakıf" → "vakfın", "şehir" → "şehrin"
        return f"{_DROPPING[noun]}{vowel}n"
    if noun[:1].islower() and noun[-1] in _SOFTENS and sum(c in _HARMONY for c in noun) > 1:
        noun = noun[:-1] + ("g" if noun.endswith("nk") else _SOFTENS[noun[-1]])
    return f"{noun}{vowel}n"


_SOFTENS = {"p": "b", "ç": "c", "k": "ğ"}


def accusative(noun: str) -> str:
    """"Gölge" → "Gölgeyi", "Kırık Saz" → "Kırık Sazı", "Kum Saati" → "Kum Saatini" (four-way harmony)."""
    vowel = _HARMONY[next(c for c in reversed(turkish_lower(noun)) if c in _HARMONY)]
    if " " in noun and re.search(r"[^aeıioöuü\s]s?[ıiuü]$", turkish_lower(noun)):
        return f"{noun}n{vowel}"  # a compound's possessive takes "n": "Kum Saati" → "Kum Saatini"
    return f"{noun}y{vowel}" if turkish_lower(noun[-1]) in _HARMONY else f"{noun}{vowel}"


def participle(stem: str) -> str:
    """"katıl" → "katılan", "seçil" → "seçilen", "oku" → "okuyan": the one who did it, as a
    noun's attribute ("katılan sporcular")."""
    if stem in _IRREGULAR_PARTICIPLES:
        return _IRREGULAR_PARTICIPLES[stem]
    vowel = next(c for c in reversed(stem) if c in _HARMONY)
    ending = "an" if vowel in "aıou" else "en"
    return f"{stem}y{ending}" if stem[-1] in _HARMONY else f"{stem}{ending}"


_IRREGULAR_PARTICIPLES = {"git": "giden", "et": "eden", "ye": "yiyen", "de": "diyen", "tat": "tadan", "güt": "güden"}


def plural_genitive(noun: str) -> str:
    """"sporcu" → "sporcuların", "çiftçi" → "çiftçilerin": the whole a part is counted of."""
    vowel = next(c for c in reversed(noun) if c in _HARMONY)
    back = vowel in "aıou" and noun not in _FRONT_ENDINGS  # ("saatlerin", "gollerin")
    return f"{noun}{'ların' if back else 'lerin'}"


_FRONT_ENDINGS = frozenset("saat gol rol kalp hal alkol dikkat harf hayal kontrol petrol sembol".split())


_IRREGULAR_POSSESSIVE = {"vakıf": "vakfı", "cami": "camii", "havalimanı": "havalimanı",
                         # loanwords whose "l" takes a front vowel
                         "festival": "festivali", "final": "finali", "santral": "santrali", "lokal": "lokali",
                         "gol": "golü", "rol": "rolü", "kontrol": "kontrolü", "protokol": "protokolü"}


# Head nouns of the names of places and bodies ("Kerkük Kalesi", "Musul Kültür Sarayı", "Türkmen
# Gençlik Derneği"): a run ending in one names no person. A word list of Turkish, not a fitted number.
NAME_HEADS = ("kale saray merkez dernek vakıf üniversite fakülte bölüm enstitü akademi okul lise belediye valilik "
              "kaymakamlık bakanlık müdürlük başkanlık meclis müze cephe parti hükümet devlet cumhuriyet cami "
              "kilise köprü kütüphane hastane stadyum cadde sokak bulvar meydan park mahalle köy ilçe bölge "
              "festival bayram konferans kongre fuar sergi salon ajans gazete dergi televizyon radyo şirket holding "
              "banka kurum kurul konsey komisyon birlik federasyon sendika örgüt topluluk koro takım kulüp ordu "
              "oda havalimanı baraj çarşı pazar hamam türbe kışla tiyatro sinema otel "
              "çay nehir ırmak dere göl dağ tepe vadi ova kanal stad").split()  # ("Hasa Çayı": a river, no one)


def possessive(noun: str) -> str:
    """"kale" → "kalesi", "dernek" → "derneği", "saray" → "sarayı", "park" → "parkı": the form
    a head noun takes at the end of a name (a final k, p, ç softens in words of more than one
    syllable)."""
    noun = turkish_lower(noun)
    if noun in _IRREGULAR_POSSESSIVE:
        return _IRREGULAR_POSSESSIVE[noun]
    vowels = [c for c in noun if c in _HARMONY]
    if not vowels:  # an acronym ("trt"): as it is
        return noun
    ending = _HARMONY[vowels[-1]]
    if noun[-1] in _HARMONY:
        return noun + "s" + ending
    if len(vowels) > 1 and noun[-1] in "kpç":  # "kitabı", "ağacı"; not "t": "fuarı", "ameliyatı"
        return noun[:-1] + SOFTENED[noun[-1]] + ending
    return noun + ending


# the heads as a name ends in them ("Kalesi", "Derneği", "Camii"), worked out once
NAME_HEAD_FORMS = tuple(possessive(noun) for noun in NAME_HEADS)


def without_genitive(word: str) -> str:
    """"kliniğin" → "klinik", "belediyenin" → "belediye", "Kerkük'ün" → "Kerkük", "kulübünün" →
    "kulübü" (the compound's head keeps its possessive); a word not in the genitive as it is."""
    for mark in APOSTROPHES:
        if mark in word:
            return word.split(mark)[0]
    if re.search(r"[aeıioöuü]n[ıiuü]n$", word):
        return word[:-3]
    if re.search(r"[^aeıioöuü][ıiuü]n$", word):
        base = word[:-2]
        return base[:-1] + "k" if base.endswith("ğ") else base  # a final k softens before a vowel
    return word


def lexical_term(word: str) -> str:
    """A lower-cased word as lexical matching indexes it: stemmed, a dropped vowel restored
    first; its root where the stemmer leaves a single letter ("fındık" → "f", read as
    "-ındık"; "Aydın" → "a"), which would match every word it begins."""
    restored = vowel_restored(word)
    stemmed = stem(restored)
    # (without its circumflexes, which many write and many do not: "şikayet" finds "şikâyet", "kar" "kâr")
    return (stemmed if len(stemmed) > 1 or len(restored) == 1 else root(restored)).translate(_CIRCUMFLEX)


def tokens(text: str) -> list[str]:
    """Stemmed content tokens for lexical matching."""
    return [lexical_term(w) for w in words(text) if w not in STOPWORDS]


# Units of measure, by what they measure: "kaç ton", "kaç derece", "kaç yaşında", "yüzde kaç"
# ask for a number in one of them, which no other figure answers ("40 milyar dinar" is not a
# harvest in tons, "13 Temmuz" not an age). Durations are left out: "kaç yıl sürdü" is
# answered by "14 ay", "1903'ten beri". A word list of Turkish, not a fitted number.
MEASURES = {
    "uzunluk": "metre kilometre km santimetre cm milimetre mm",
    "ağırlık": "ton kilo kilogram kg gram",
    "sıcaklık": "derece °c",
    "para": "para dinar dolar lira euro avro manat sterlin tl",
    "alan": "dönüm hektar metrekare m2 m²",
    "hacim": "litre metreküp varil",
    "güç": "megavat kilovat vat mw kw",
    "yaş": "yaş",
    "oran": "yüzde %",
    "süre": "saat dakika saniye gün hafta ay yıl",
}

# Number words: the digits ("son iki yıl", "üç kişi") and the scales ("25 bin", "2 milyon").
DIGIT_WORDS = {"bir": 1, "iki": 2, "üç": 3, "dört": 4, "beş": 5, "altı": 6, "yedi": 7, "sekiz": 8,
               "dokuz": 9, "on": 10}
SCALE_WORDS = ("yüz", "bin", "milyon", "milyar", "trilyon")
# Common adjectives: a quality, never the thing a count or a compound names ("kaç tarihi cami":
# mosques; "yeni köprü": a bridge).
ADJECTIVES = frozenset("büyük küçük yeni eski iyi kötü uzun kısa genç yaşlı yüksek alçak ilk son geniş dar "
                       "önemli ünlü toplam ortalama yaklaşık ana özel resmi yerel ulusal çabuk hızlı yavaş kolay "
                       "zor güzel tarihi düşük az çok fazla ucuz pahalı soğuk sıcak direkt doğrudan".split())
# Languages are written with a capital ("Dersler Türkmence ve Arapça verilecek") but name no
# one: never part of a person's or a place's name.
LANGUAGES = frozenset("""
    türkçe türkmence arapça kürtçe farsça ingilizce süryanice ermenice rusça almanca fransızca
    azerice azerbaycanca osmanlıca çince ispanyolca italyanca
    """.split())
# Peoples, capitalised before a noun ("Türkmen kadınlar", "Ermeni devleti"): alone, no one's name.
PEOPLES = frozenset("""
    türk türkmen kürt arap ermeni süryani keldani asuri ezidi şebek fars acem azeri azerbaycanlı
    iranlı iraklı suriyeli alman rus ingiliz fransız amerikan amerikalı yahudi rum çerkez gürcü
    """.split())
# Countries and continents, capitalised as names are: never a person ("Türkiye'nin Erbil
# Başkonsolosluğu", "Özbekistan'ın başkenti").
COUNTRIES = frozenset("""
    türkiye irak iran suriye azerbaycan rusya almanya fransa ingiltere amerika abd özbekistan kazakistan
    türkmenistan kırgızistan ürdün lübnan mısır katar kuveyt gürcistan ermenistan yunanistan bulgaristan
    çin japonya pakistan afganistan hindistan avrupa asya afrika
    """.split())
ORDINAL_WORDS = {1: "birinci", 2: "ikinci", 3: "üçüncü", 4: "dördüncü", 5: "beşinci", 6: "altıncı", 7: "yedinci",
                 8: "sekizinci", 9: "dokuzuncu", 10: "onuncu", 20: "yirminci", 30: "otuzuncu", 40: "kırkıncı",
                 50: "ellinci", 60: "altmışıncı", 70: "yetmişinci", 80: "sekseninci", 90: "doksanıncı", 100: "yüzüncü"}
