"""What a question is about, and whether an article speaks of it.

An answer must be about what was asked. A question's key terms are the things it names: proper
nouns (Turkish capitalises names inside a sentence and marks their suffixes with an
apostrophe: "Einstein'ın", "Kerkük'te"), acronyms, and numbers of two digits or more (a year,
a figure). An article covers a term when its title or text holds a word with the term's root
(the word less a two-letter ending: "Pittsburg" finds "Pittsburgh", "Marşını" finds "marşı"),
or, for a year, when the article is dated in it. A term no retrieved article covers means the archive does not have what was
asked: the answer is a refusal that names it, never another subject's figure.

No score and no threshold: a rule over words the archive has or has not.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from rag.index.snapshot import Snapshot
from rag.language.dates import MONTH_NUMBERS, WEEKDAYS
from rag.language.sentences import split_sentences
from rag.language.turkish import (
    ADJECTIVES, APOSTROPHES, DIGIT_WORDS, HARDENED, HIGH_VOWEL, IDIOM_VERBS, LANGUAGES, MEASURES, MIN_ROOT,
    NAME_HEAD_FORMS,
    ORDINAL_WORDS, SAID_ALSO, SOFTENED, STOPWORDS, ascii_fold, capitalised, dropping_noun, foreign_fold,
    high_vowel_after, idiom_verbs, lexical_term, possessive, root, stem, turkish_lower, unsoftened,
    vowel_alternative, without_idioms, without_suffix, words,
)

# Words that open a question with a capital letter without naming anything.
QUESTION_OPENERS = frozenset(
    """
    kim kimi kimin kime kimler ne neler neyi neden niçin niye nerede nereye nereden neresi nasıl
    neyin nelerin hangi hangisi kaç kaçta kaçıncı kaçı kaçının kaçında kaçından peki ya acaba bu şu o bunu şunu onu
    bunun onun şunun bunlar
    onlar orada burada en son ilk geçen bu yıl tüm hep
    şu şimdi şimdiki halen hâlen hala hâlâ halihazırda hâlihazırda güncel başlangıçta önceleri günümüzde eskiden
    """.split()
)
_WORD = re.compile(r"[^\W_][\w.&-]*(?:[" + APOSTROPHES + r"]\w+)?")


@dataclass(frozen=True)
class Term:
    """One thing the question names (a name of one or more words, or a number), as the user
    wrote it without suffixes, and the roots it is matched by."""

    surface: str
    roots: tuple[tuple[str, ...], ...]  # per word, the forms it may take in the archive
    position: int  # word position in the question, to name adjacent missing terms together
    year: int | None = None
    plain_first: bool = False  # its first word is capitalised only as the question's first word
    month: int | None = None  # a month named without a year ("ekimde"): said, or the article's


def key_terms(question: str, period_phrase: str = "") -> list[Term]:
    """The names and numbers of a question (a year the time logic already read is left to it),
    and the months it names without a year. A capitalised first word is a name only when
    Turkish marks it as one: an apostrophe suffix, all capitals, or a capitalised word after it."""
    terms: list[Term] = []
    period = set(re.findall(r"\d+", period_phrase))
    question = _DASH_BETWEEN.sub("-", question)  # "Bakü–Erbil uçuşları": a route's two ends, as with a hyphen
    found = list(_WORD.finditer(question))
    run: list[tuple[int, str]] = []
    plain_first = False  # the question's first word, a name only by the capital after it
    for position, match in enumerate(found):
        raw = match.group()
        word = without_suffix(raw).strip(".-&")
        lowered = turkish_lower(word)
        language = _LANGUAGES_FOLDED.get(ascii_fold(lowered))
        if language:  # "ingilizce çevirisi": a language is written with a capital, however it was typed
            word = capitalised(language)
        if word.isdigit():
            ordinal = raw.endswith(".") or question[match.end():match.end() + 1] == "."
            edition = _ordinal_term(int(word), found[position + 1:], position) if ordinal else None
            if edition:  # "8. Erbil Yapı Fuarı": the 9th's article does not answer
                terms.append(edition)
            elif len(word) >= 2 and word not in period:  # "90. yılında": the 100th's does not either
                year = int(word) if len(word) == 4 and 1000 <= int(word) <= 2100 else None
                terms.append(Term(word, ((word,),), position, year))
            continue
        name = (word[:1].isupper() and lowered not in STOPWORDS and lowered not in MONTH_NUMBERS
                and lowered not in WEEKDAYS and lowered not in QUESTION_OPENERS)
        if name and position == 0 and "-" not in word and not language:  # "Nahçıvan-Erbil": names joined
            following = found[1].group() if len(found) > 1 else ""
            next_joined = len(found) > 1 and not question[match.end():found[1].start()].strip()
            plain_first = not (raw != word or word.isupper())
            name = not plain_first or (next_joined and following[:1].isupper())
        joined = bool(run) and not question[found[position - 1].end():match.start()].strip()
        if run and name and not joined:  # a comma between two names: two terms
            terms.append(_name_term(run, plain_first))
            run = []
        if name:
            run.append((position, word))
        if run and (not name or raw != word or position == len(found) - 1):
            terms.append(_name_term(run, plain_first))  # a suffix or a lower-case word ends the name
            run = []
    if not re.search(r"(?<!\d)\d{4}(?!\d)", question):  # a month with a year is the time logic's
        terms += _month_terms(found)
    return sorted(terms, key=lambda t: t.position)


_DASH_BETWEEN = re.compile(r"(?<=\w)[–—](?=\w)")


def _month_terms(found: list[re.Match]) -> list[Term]:
    """The months a question names without a year ("Kasım ayında kuzu etinin kilosu",
    "ekimde domatesin kilosu"): an article that neither names the month nor is dated in it
    gives another month's price."""
    out = []
    for position, match in enumerate(found):
        month = _MONTH_WORD.fullmatch(turkish_lower(without_suffix(match.group())))
        following = turkish_lower(found[position + 1].group()) if position + 1 < len(found) else ""
        if month and turkish_lower(match.group()) == month.group(1) and following and not _OF_MONTH.match(following):
            continue  # "yazlık sebze ekim alanı": sowing, not October
        if month:
            name = month.group(1)
            out.append(Term(capitalised(name), ((name,),), position, month=MONTH_NUMBERS[name]))
    return out


_MONTH_WORD = re.compile(rf"({'|'.join(MONTH_NUMBERS)})(?:[dt][ae](?:ki)?|ı|i)?")  # "ekimde", "Kasım'da"
# What follows a month written bare: "ekim ayında", "mart başında", "kasım sonu", "ekim 2024"
_OF_MONTH = re.compile(r"(?:ay|baş|son|orta|ilk|\d)")


_LANGUAGES_FOLDED = {ascii_fold(language): language for language in LANGUAGES}
# A place's own bodies are named after it: "Musul il meclisi", "Erbil halk kütüphanesi".
_LOCAL = frozenset("il ilçe belediye halk şehir kent devlet".split())


def opening_term(question: str, terms: list[Term], named: Callable[[str], bool] = lambda _: False) -> Term | None:
    """A capitalised first word Turkish does not mark as a name, in a modifier's place before a
    possessed head ("Hoyrat ödülünü kazanan …", "Selahaddin valisinin adı ne?"): a name or a
    kind of thing, as "çimento fabrikası" is (not an ordinal: "Dördüncü çeyreğin"); or before a
    compound ("Tuzhurmatu güneş santrali") where the archive writes it as a ``named`` name (not
    "Genellikle karmaşıklık sınıflarının"); none when the question's key ``terms`` already begin
    with it."""
    first = opening_word(question)
    found = [match.group() for match in _WORD.finditer(question)]
    if first is None or found[0] != first.surface:  # a suffix marks a name: a key term already
        return None
    word = first.surface
    head = found[1] if len(found) > 1 else ""
    if len(found) > 2 and _is_head(found[2]) and (head in _LOCAL or _modifier_noun(head) and named(word)):
        head = found[2]  # "Musul il meclisi": a place before its own body; "Tuzhurmatu güneş santrali"
    if (word.isupper() or len(word) < 3 or not _is_head(head) or re.search(r"nc[ıiuü]$", turkish_lower(word))
            or turkish_lower(word) in ADJECTIVES  # "Yeni kalp merkezi": no name
            or any(t.position == 0 for t in terms)):
        return None
    return first


def _modifier_noun(word: str) -> bool:
    """A bare lower-case word before a compound's head ("güneş" of "güneş santrali"), not a
    question word."""
    folded = ascii_fold(word)
    return word.isalpha() and word.islower() and not _is_head(word) and not folded.startswith(_ASKING)


def unheard_opening(question: str, terms: list[Term], heard: Callable[[str], bool],
                    bare: Callable[[str], bool] = lambda _: False) -> Term | None:
    """A capitalised first word no article's word begins as it does, before a compound it modifies
    ("Süleymaniye bisiklet yarışını kim kazandı?" of an archive that never says Süleymaniye, "Süleymaniye
    maratonunda …") or a place's kind
    ("Derbendihan barajında"): a name, though Turkish does not mark it, the archive knows nothing of (not one a key
    term already holds, nor two ``bare`` archive words run together: "Tuzhurmatu" for "Tuz Hurmatu")."""
    first = opening_word(question)
    found = [match.group() for match in _WORD.finditer(question)]
    if (first is None or any(t.position == 0 for t in terms) or len(first.surface) < 4 or len(found) < 3
            or not (_modifier_noun(found[1]) and _is_head(found[2]) or opens_on_kind(question))
            or _CASE_ENDED.search(turkish_lower(found[0]))):  # (a name before a compound is bare: not "İşadamlarının")
        return None
    # (as written or by its stem: "Babasından kalan dükkânına …" is the archive's "Babamın"; "Gezici" its
    # "gezici", though the stemmer hardens it to "geziç")
    lowered = turkish_lower(first.surface)
    joined = any(bare(lowered[:at]) and heard(lowered[at:at + 4]) for at in range(3, len(lowered) - 3))
    return None if heard(lowered[:5]) or heard(stem(lowered)[:4]) or joined else first


def opens_on_kind(question: str) -> bool:
    """The question's first word stands before a place's or a body's kind ("Derbendihan barajında …") or a compound's
    head with its possessive and a case ("Süleymaniye maratonunda …"; not "Kulağa iyi gelen …")."""
    found = [match.group() for match in _WORD.finditer(question)]
    return len(found) > 1 and (_kind_of_named(found[1])
                               or _is_head(found[1]) and _POSSESSED_IN_CASE.search(turkish_lower(found[1])) is not None)


def _kind_of_named(word: str) -> bool:
    """A place's or a body's kind in lower case after a name, as its head ("Derbendihan barajında", "Zengin
    köyünde")."""
    return word.islower() and word.startswith(NAME_HEAD_FORMS)


_POSSESSED_IN_CASE = re.compile(r"\w{3,}[ıiuü]n(?:[dt][ae]n?|[ae]|[ıiuü]n|[ıiuü])$")  # "maratonunda", "yarışını"
_CASE_ENDED = re.compile(r"(?:l[ae]r\w*|n[ıiuü]n|[dt][ae]n|[dt][ae]ki|[dt][ae]|s[ıiuü]n[ıiuü]n)$")


def opening_word(question: str) -> Term | None:
    """The question's capitalised first word, whatever it is ("Erbil pazarında …", "Okulun
    müdürü …"), unless a question word or a word of no content opens it ("Peki", "Bu")."""
    found = _WORD.search(question)
    word = without_suffix(found.group()).strip(".-&") if found else ""
    lowered = turkish_lower(word)
    if (not word.isalpha() or not word[:1].isupper() or lowered in QUESTION_OPENERS or lowered in STOPWORDS
            or lowered in MONTH_NUMBERS or lowered in WEEKDAYS):
        return None
    return Term(word, (_forms(word),), 0, plain_first=True)


_ACRONYM = re.compile(r"[A-ZÇĞİÖŞÜ]{2,6}")


def is_acronym(term: Term) -> bool:
    return bool(_ACRONYM.fullmatch(term.surface))


def spells_out(term: Term, text: str) -> bool:
    """An acronym the text writes out: capitalised words in a row whose initials it is ("BM'den":
    "… Birleşmiş Milletler Kalkınma Programı'nın …"; "ITC": "Irak Türkmen Cephesi")."""
    if not is_acronym(term):
        return False
    letters = turkish_lower(term.surface)
    for run in re.findall(r"(?:[A-ZÇĞİÖŞÜ]\w*(?:'\w+)?\s+)*[A-ZÇĞİÖŞÜ]\w*", text):
        named = run.split()
        while named and turkish_lower(named[0]) in STOPWORDS:  # "Bu Mart ayında": the sentence's pointer
            named = named[1:]
        if len(named) >= len(letters) and "".join(turkish_lower(word[0]) for word in named).startswith(letters):
            return True
    return False


def opening_derived_name(question: str, terms: list[Term], snapshot: Snapshot) -> Term | None:
    """A first word made of a name with "-lı" ("Telaferli bir güreşçi …", or typed "telaferli"):
    a name, as Turkish always writes it capitalised, though the first place capitalises any
    word; so only where the archive writes its base as a name ("Sağlıklı" is of "sağlık")."""
    found = _WORD.search(question)
    word = found.group() if found else ""
    derived = _OF_PLACE.fullmatch(turkish_lower(word))
    if derived is None or any(t.position == 0 for t in terms):
        return None
    base = derived.group(1)
    if not snapshot.spellings.names(base):
        return None
    return Term(capitalised(word), (_forms(word),), 0)


_OF_PLACE = re.compile(r"(\w{3,}?)l[ıiuü]")  # "telaferli", "kerküklü", "erbilli"


def opening_noun(question: str) -> Term | None:
    """The question's first word typed in lower case when it may name a thing of its own
    ("tonqal kaç metre yüksekliğindeydi?"): not a question word nor a short one, and not one
    ending like a possessive, which points back ("işi", "başhekimi", "restorasyonu")."""
    found = _WORD.search(question)
    word = found.group() if found else ""
    if (not word.isalpha() or word != turkish_lower(word) or len(word) < 4 or word in QUESTION_OPENERS
            or word in STOPWORDS or re.search(r"[ıiuü]$", word)):
        return None
    return Term(word, (_forms(word),), 0, plain_first=True)


# A compound names a kind of thing with a bare noun before a possessive head: "çimento
# fabrikası", "piyano öğretmeni", "kar yağışı", "basketbol takımı". An article about another
# factory, teacher or rain does not answer, so the modifier is a key term like a name. Not a
# modifier: a word with a case, plural, possessive or participle ending ("adına", "seçilen";
# so a noun ending in -i, "onkoloji", is missed, but not an agent noun, "öğrenci"), a verbal
# noun or converb ("verme", "dayanarak"), a number word, a common adjective, or the word
# "hangi"/"ne" asks about ("hangi kurum öğretmenlerinin"). Not a head: a name, a verb ("yer
# aldı"), unless a question word follows it ("çocuk bileti kaç dolar").
# Read on words folded to ASCII ("kac yayinevi" is typed for "kaç yayınevi").
_INFLECTED = re.compile(r"(?:d[ae]n?|t[ae]n?|n[iu]n|[iu]n|[iu]n[ae]|l[ae]r\w*|d[iu]k\w*|[ae]n|[ae]c[ae]k|m[iu]s"
                        r"|ki|yl[ae]|l[iu]|s[iu]z|[iu]|(?<=[aeiou])y[ae]|[dt][iu]|m[ae]|[ae]r[ae]k|[iu]p"
                        r"|(?:sure|yil|ay|hafta|gun|saat|asir|zaman)[dt][iu]r)$")  # "uzun süredir yayında"
_POSSESSED = re.compile(r"\w{2,}(?:s?[iu]|l[ae]r[i])(?:n(?:[iu]n?|[ae]|d[ae](?:n|ki)?)|yl[ae])?$")
_FINITE = re.compile(r"[dt][iu]$|m[iu]s")  # "yer aldı", "karar verilmiş": a verb, not a head
_PAST_ENDING = re.compile(r"\w{3,}[dt][iu]$")
_ASKING = ("hangi", "ne", "kim", "kac", "nere")


def _asking(folded: str) -> bool:
    """A question word, "ne" in its own forms only ("neyi", "neden"; not "nefesli", "nehir")."""
    return folded.startswith(("hangi", "kim", "kac", "nere")) or re.fullmatch(
        r"ne(?:yi|ye|yin|den|dir|ydi|ler\w*|si)?", folded) is not None
# Words shaped like a possessed noun that head no compound: "jeneratör almak zorunda kaldı"
# (the necessity of a verb, not a kind of "zorunda").
_NOT_HEADS = frozenset({"zorunda"})


def kind_terms(question: str, bare_noun: Callable[[str], bool] = lambda _: False) -> list[tuple[Term, Term]]:
    """The question's compounds, as (modifier, head) terms (``bare_noun``: the archive writes
    the word as a noun of its own, so "fiyatı" before it is a possessive, not a past verb)."""
    found = [match.group() for match in _WORD.finditer(question)]
    out = []
    for position, (word, head) in enumerate(zip(found, found[1:])):
        before = turkish_lower(found[position - 1]) if position else ""
        asked_next = position + 2 < len(found) and ascii_fold(turkish_lower(found[position + 2])).startswith(_ASKING)
        if ((_begins_compound(word) or _held_as_noun(word, bare_noun)) and word not in _SHORT_ADJECTIVES
                and turkish_lower(word) not in MEASURES  # "para ödülü": "15 bin dolar ödül" is one
                and before not in ("hangi", "ne") and _is_head(head, asked_next, bare_noun)):
            lowered = turkish_lower(head)
            head_form = min(lexical_term(lowered), root(lowered), key=len)  # "üreticisi" stems to "üreticis"
            out.append((Term(word, (_forms(word),), position), Term(head, ((head_form,),), position + 1)))
    return out


# Two-letter words that qualify a noun rather than name a kind of it: "ek binası" is an annex,
# not a kind of building the archive must name ("un fiyatı", "su kesintisi" are kinds).
_SHORT_ADJECTIVES = frozenset("ek az ön iç öz ak al".split())


def _is_modifier(word: str) -> bool:
    folded = ascii_fold(turkish_lower(word))  # "kac yayinevi", typed without Turkish letters, asks
    return (word[:1].islower() and word.isalpha() and len(word) >= 3 and folded not in _NOT_MODIFIERS
            and not folded.startswith(_ASKING)
            # an agent noun ends like a possessive ("öğrenci indirimi", "yolcu sayısı")
            and (not _INFLECTED.search(folded) or folded in _ENDS_AS_INFLECTED
                 or (_AGENT_NOUN.fullmatch(folded) is not None and not _ORDINAL.search(folded))))


# adjectives of a kind that end as a case or a possessive does: "yarı maraton" is no "tam maraton", "yarı final" no
# "çeyrek final" (ASCII-folded)
_ENDS_AS_INFLECTED = frozenset({"yari"})


_PAST_PLURAL = re.compile(r"[dt][iu]k")  # on ASCII-folded words: "yaptık", "geldik"; and "fındık"


def _held_as_noun(word: str, bare_noun: Callable[[str], bool]) -> bool:
    """A noun ending as a verb's "-dık" does ("fındık" as "yaptık") that the archive writes as
    a noun of its own ("fındık", "fındıklar"): "fındık fiyatı" is a kind of price. (A verb
    form so ending never stands before a possessed noun in a question.)"""
    folded = ascii_fold(turkish_lower(word))
    return (word[:1].islower() and word.isalpha() and len(folded) > 4
            and _PAST_PLURAL.fullmatch(folded[-3:]) is not None and folded not in _NOT_MODIFIERS and bare_noun(word))


def _begins_compound(word: str) -> bool:
    """The first noun of a compound the refusal names whole: a modifier, or a bare two-letter
    noun ("su kesintisi", "iş yeri") that a modifier's length rule leaves out."""
    return _is_modifier(word) or _is_verbal_noun(word) or (len(word) == 2 and word.isalpha() and word.islower()
                                                           and word not in STOPWORDS and word not in _NOT_PREDICATE)


def _is_verbal_noun(word: str) -> bool:
    """A verbal noun names a kind as a noun does ("okuma yazma oranı", "temel atma töreni"),
    though its "-ma" ends as a case or a negative verb does."""
    folded = ascii_fold(turkish_lower(word))
    return (word[:1].islower() and word.isalpha() and len(word) >= 4 and folded not in _NOT_MODIFIERS
            and bool(_verb_forms(turkish_lower(word))))


_AGENT_NOUN = re.compile(r"\w+[^aeiou]c[iu]")  # on ASCII-folded words: "ogrenci", "isci", "yolcu"


def _is_head(word: str, asked_next: bool = False, bare_noun: Callable[[str], bool] = lambda _: False) -> bool:
    """A possessive noun; one ending as a past verb does ("bileti", "seti") is a noun when a
    question word follows it ("çocuk bileti kaç dolar"), or when the archive writes it less its
    vowel as a noun ("hisse fiyatı 2023'te ne kadardı": "fiyat", "fiyatlar")."""
    folded = ascii_fold(turkish_lower(word))
    return (word[:1].islower() and bool(_POSSESSED.match(folded))
            and (asked_next or not _FINITE.search(folded)
                 or (_PAST_ENDING.search(folded) is not None and bare_noun(turkish_lower(word)[:-1])))
            and not folded.startswith(_ASKING) and folded not in _NOT_HEADS)


def other_kinds(question: str, docs: set[str], snapshot: Snapshot) -> list[Term]:
    """The modifiers no document holds although some hold their head: the articles speak of
    a factory, a teacher, rain, but not of the asked kind (a head none holds is worded
    otherwise there, and says nothing). A verbal noun is named with its head: "yazma oranı"."""
    return [replace(kind, surface=f"{kind.surface} {head.surface}") if _is_verbal_noun(kind.surface) else kind
            for kind, head in kind_terms(question, snapshot.spellings.holds_bare)
            if _docs_covering(head, snapshot) & docs and not _kind_covering(kind, snapshot) & docs]


def _kind_covering(kind: Term, snapshot: Snapshot, by_stem: bool = False) -> set[str]:
    """The documents holding a kind (``by_stem``: by its stem only); a verbal noun's by its
    stem, where a root ("yazm") is also a shorter word's ("yaz"), or where they say its verb
    ("yazma": "yazıldı"; "fırlatma": "fırlatılacaktı")."""
    lowered = turkish_lower(kind.surface)
    if _is_verbal_noun(kind.surface):  # (or the word it is made of: "dijitalleştirme", "dijital ortama aktarma")
        derived = _DERIVED.match(lowered)
        return set().union(*(snapshot.docs_with_root(form) for form in (
            lexical_term(lowered), *_verb_forms(lowered), *([derived.group(1)] if derived else []))))
    if by_stem:
        return _docs_covering(Term(kind.surface, ((lexical_term(lowered),),), kind.position), snapshot)
    return _docs_covering(kind, snapshot)


def of_another_kind(question: str, sentence: str, bare_noun: Callable[[str], bool]) -> Term | None:
    """The kind a compound of the question names ("doktora programı") where the sentence
    names its head in another compound ("yüksek lisans programında 46 öğrenci": a lower-case
    noun, then the head with its compound's possessive) and never the asked kind; None
    otherwise ("açılan okulda", "fabrikaya" may be the asked one's)."""
    for kind, head in kind_terms(question, bare_noun):
        noun = compound_head(head.surface)
        if says_kind(sentence, kind) or len(noun) < MIN_ROOT or _QUALITY.search(turkish_lower(kind.surface)):
            continue  # "aylık maaşı": a month's pay, whatever its kind
        compound = re.compile(rf"(?<![\w{APOSTROPHES}])([a-zçğıöşü]+)\s+{re.escape(noun)}{_POSSESSIVE_ENDING.pattern}")
        if any(_names_a_kind(found.group(1)) and not _CONVERTED.match(sentence, found.end())
               for found in compound.finditer(sentence)):  # (an adjective named with its noun: "yarı maraton")
            return replace(kind, surface=f"{kind.surface} {noun}") if ascii_fold(
                turkish_lower(kind.surface)) in _ENDS_AS_INFLECTED else kind
    return None


def says_kind(sentence: str, kind: Term) -> bool:
    """A word of the sentence begins with the kind ("doktora" in "doktora programına"); an adjective
    is itself ("yarı", not "yarış")."""
    adjective = turkish_lower(kind.surface.split()[0])
    if ascii_fold(adjective) in _ENDS_AS_INFLECTED:
        return adjective in words(sentence)
    return any(word.startswith(kind.roots[0]) for word in words(sentence))


# what the thing was made from is no other kind of it: "Eski bir belediye otobüsünden dönüştürülen araçta 3 bin 200
# kitap" is the library bus's
_CONVERTED = re.compile(r"(?<=[dt][ae]n)\s+(?:dönüştürül|çevril|uyarlan)")
_QUALITY = re.compile(r"l[ıiuü]k$")  # "aylık", "yıllık", "kişilik": a quality, not a kind of the head
_POSSESSIVE_ENDING = re.compile(r"s?[ıiuü](?:n?[dt][ae](?:n|ki)?|n[ıiuü]n|n[ae]|n[ıiuü]|yl[ae])?(?!\w)")
_PARTICIPLE = re.compile(r"(?:[ae]n|d[ıiuü]ğ[ıiuü]|[ae]c[ae]ğ[ıiuü]|m[ıiuü]ş)$")


def compound_head(head: str) -> str:
    """"programı" → "program", "fuarını" → "fuar": the compound's head less its possessive and case."""
    return _POSSESSIVE_ENDING.sub("", turkish_lower(head))


def _names_a_kind(word: str) -> bool:
    """A lower-case word before a compound's head that makes it a kind of its own: not a
    pointer, a number, a quality or a participle ("açılan okul")."""
    return (word not in STOPWORDS and word not in ADJECTIVES and word not in _NOT_PREDICATE
            and not is_genitive(word) and not _PARTICIPLE.search(word)
            and not _WHEN_OR_WHERE.search(word))  # ("ilk dört günde fuarı": when, no kind of fair)


_WHEN_OR_WHERE = re.compile(r"\w{3}[dt][ae]n?$")  # a locative or ablative: a word of the clause, no compound's


def speaking_otherwise(question: str, docs: set[str], snapshot: Snapshot) -> tuple[set[str], list[Term]]:
    """The documents that speak of a compound's head without the kind the question gives it,
    where another retrieved document holds that kind ("konut kredileri": a bank's article on
    farm loans, beside a fair's on housing), and those kinds. A document holding the kind
    keeps its say: it may word the head otherwise ("petrol ihracatçısı" for "üreticisi").
    A document holding neither speaks of another thing, where another holds both ("Musul kitap
    fuarını kaç kişi ziyaret etti?": a football club's article names Musul, the fair's does not);
    not for a noun of an action, whose verb says it otherwise ("açılış töreni": "köprü trafiğe açıldı")."""
    excluded: set[str] = set()
    kinds = []
    for kind, head in kind_terms(question, snapshot.spellings.holds_bare):
        # each by its stem only: a root may be another word's ("sınırı" → "sını", of "sınıf";
        # "sağlık" → "sağl", of "sağlandı", which a bus line's article says beside "kent merkezi")
        with_kind = _kind_covering(kind, snapshot, by_stem=True) & docs
        stemmed = Term(head.surface, ((lexical_term(turkish_lower(head.surface)),),), head.position)
        with_head = _docs_covering(stemmed, snapshot) & docs
        both = bool(with_kind & with_head) and not _names_action(kind.surface)
        # (a two-letter head, "su", is "suyu": named as asked; one, not many: "kredilerinde" → "kredisi")
        noun = re.sub(r"(?<=\w\w)l[ae]r$", "", compound_head(head.surface))
        named = replace(kind, surface=f"{kind.surface} {possessive(noun) if len(noun) > 2 else head.surface}")
        if both and (neither := docs - with_kind - with_head):
            excluded |= neither | (with_head - with_kind)
            kinds.append(named)
        elif with_kind and (without := with_head - with_kind):
            excluded |= without
            kinds.append(named)  # "genel müdürü", "konut kredisi": the kind with its head, not "genel"
    return excluded, kinds


def names_on_another_topic(question: str, terms: list[Term], kept: set[str], retrieved: set[str],
                           snapshot: Snapshot, deed: str | None,
                           read_articles: Callable[[set[str]], dict[str, str]]) -> bool:
    """The retrieved articles holding the question's names say under half of the things it asks of
    (each weighed by how few articles hold it, so "kişi" counts for little), where a retrieved article
    without the names says them all: those names are spoken of on another topic ("Telafer'de kan bağışı
    kampanyasında kaç kişi kan verdi?": Telafer's chess tournament, beside Tuzhurmatu's blood drive;
    "Telafer belediye başkanı kim?": Telafer's youth association's president, beside Dakuk's mayor). Not
    the question's verb (its ``deed``, or an idiom's), nor the kind "hangi" or "kaç" asks: an article
    words them otherwise ("kapandı": "sona erdi"; "hangi gün": "12 Ekim'de"; "kaç para": "dinar"); and
    not on one such word alone."""
    lowered = turkish_lower(question)
    asked_kind = {root(word) for word in re.findall(r"(?<!\w)(?:hangi|kaç)\s+(\w+)", lowered)}  # "kaç para"
    asked_kind |= {"ara"} if re.search(r"(?<!\w)arasında(?:ki)?(?!\w)", lowered) else set()  # "günler arasında"
    asked_kind |= {"kadar"} if re.search(r"(?<!\w)ne\s+kadar", lowered) else set()  # "ne kadarlık"
    asked_kind |= {root(found.group(1)) for found in [_LIGHT_VERB_OBJECT.search(lowered)] if found}  # "farkına vardı"
    topic = {word for word in predicate_roots(question, terms) if not (
        word in IDIOM_VERBS or deed and (word.startswith(deed) or deed.startswith(word))
        or any(word.startswith(kind) or kind.startswith(word) for kind in asked_kind))}
    dropped = retrieved - kept
    if not dropped or len(topic) < 2 and not (topic and _placed_thing(question, topic)):
        return False  # (one word alone only for a thing at a named place: "Telafer'deki konservatuvar", which the
        # shelter's article beside the conservatory's never names)
    articles = len(snapshot.versions)
    weight = {word: math.log((articles + 1) / (len(snapshot.docs_with_root(word)) + 0.5)) for word in topic}
    texts = read_articles(retrieved)
    # (by its common words: "Hasan" holds no "hasar", "Selahaddin" no "sel")
    texts = {doc: _without_names_inside(text) for doc, text in texts.items()}
    held = {doc: {word for word in topic if roots_held(text, {word}) or roots_held(text, {unsoftened(word) or word})}
            for doc, text in texts.items()}  # "hasadı": the article's "hasat"
    # (two words unsaid at least: one may be said otherwise, "nar şenliği" for "nar festivali")
    return (all(2 * sum(weight[word] for word in held.get(doc, ())) < sum(weight.values())
                and len(topic - held.get(doc, set())) >= min(2, len(topic)) for doc in kept)
            and any(held.get(doc) == topic for doc in dropped))


def _without_names_inside(text: str) -> str:
    """An article's title and text less the capitalised words inside its sentences (names), its title kept whole
    (written in title case) and a line's first word kept (a sentence's start)."""
    title, _, rest = text.partition("\n")
    return f"{title}\n{_NAME_INSIDE.sub(' ', rest)}"


# a capitalised word inside a sentence: a name (a sentence's first word is capitalised whatever it is)
_NAME_INSIDE = re.compile(r"(?<=[^\s.!?:;\"“”'’] )[A-ZÇĞİÖŞÜ][\w'’-]*")


def _placed_thing(question: str, topic: set[str]) -> bool:
    """The question's one topic word names a thing at a place it names: "Telafer'deki konservatuvar",
    "Telafer'de konservatuvara", "Erbil'de altın fiyatları"."""
    return any(roots_held(found.group(1), topic) for found in _AT_PLACE_NOUN.finditer(question))


_AT_PLACE_NOUN = re.compile(r"(?<!\w)[A-ZÇĞİÖŞÜ]\w*['’][dt][ae](?:ki)?\s+(?:(?:yeni|eski|büyük|küçük)\s+)?"
                            r"([a-zçğıöşü]\w+(?:\s+[a-zçğıöşü]\w+)?)")  # ("Erbil'de altın fiyatları")
# the noun a light verb makes a deed of, at the question's end: "farkına vardı", "ders veriyor"
_LIGHT_VERB_OBJECT = re.compile(r"(\w+)\s+(?:var|ol|et|ed|yap|ver|al)\w*\W*$")


# A word in a modifier's place that the whole archive never holds names a kind of thing no
# article speaks of ("arpa hasadı", "belgesel film", "biberin kilosu", "onkoloji
# bölümünde"): whatever its neighbours match, the answer would be another kind's. Only a
# modifier's place is read — a bare noun before another word, a genitive, or any word before
# a possessed head — since a head or an object the archive lacks ("kadrosunda", "buğday
# rekoltesi", "liderlik etti") is often the question's own wording of what the archive says
# otherwise. A word derived from one the archive holds ("pazarcı" of "pazar", "mezuniyet" of
# "mezun") is held. Missed: a noun ending like a participle ("grekoromen stile", read as "-en").
_LIGHT_VERB = re.compile(r"(?:et|ed[eiı]|yap|ol[admu]|kıl|ver|bul)")  # "liderlik etti", "zarar vermeden"
_AGENT_OR_ABSTRACT = re.compile(r"^(\w{4,}?)(?:[cç][ıiuü]|[ıi]yet)$")  # "pazarcı", "mezuniyet"
_SPELLED_NEAR = 6  # letters a form needs before one letter apart is the same word ("benzin" is no "benzer")
# Postpositions after a genitive ("üretiminin üzerine", "şehadetinin ardından"): no head of a kind.
_POSTPOSITIONS = frozenset("""
    üzerine üzerinde üzerinden hakkında ardından sonrasında öncesinde yerine arasında içinde dışında
    karşısında yanında etrafında sırasında boyunca önünde arkasında altında tarafından nedeniyle sayesinde
    """.split())
# (nor a measure's name: "para ödülü" is said "15 bin dolar ödül")
_NO_KIND = frozenset("çeyrek yarım buçuk tane adet hepsi hiçbiri birçoğu çoğu kimisi bazısı".split()) | set(MEASURES)
# A verb's forms (participle, converb, tense, copula, infinitive: "kırılan", "kalmayınca",
# "seçiyor", "asırdır", "geçmişe", "incelemek"), and a case a modifier of a possessed head
# does not take ("kabinesindeki görevi", "arzını artırması"), read on words folded to ASCII.
_VERBAL = re.compile(r"(?:[ae]n|[dt][iu][kg]\w*|[ae]c[ae][kg]\w*|m[iu]s\w*|y?[iu]nc[ae]|yor\w*|[dt][iu]r|[dt][iu]"
                     r"|m[ae]k\w*|[ae]?bilme\w*|(?<=\w{5})[ae]nl[ae]r\w*)$")  # "hayatını kaybedenlerin sayısı"
_LOAN_ADJECTIVE = re.compile(r"\w{2,}[^aeiou]if$")  # "ofansif", "pozitif", "aktif": a quality
_CASED = re.compile(r"(?:[dt][ae](?:n|ki)?|ki|y[ae]|[iu]n[ae]|n[iu])$")
_PARTICLES = frozenset("mi mı mu mü ve veya yoksa".split())
_ASKING_WORDS = frozenset("hangi ne kaç kac".split())  # "hangi patojen": the asked kind, whatever the archive calls it
# A word before the question word is its object or its place ("genç kıza ne kadar para
# verildi"), never a modifier of a kind, unless a genitive ("cirosunun ne kadar olması")
# (read on words folded to ASCII).
_ASKED_AFTER = re.compile(r"ne(?:y[ie]|d[ae]n?)?|kim\w*|kac\w*|nere\w*|hangi\w*")


def _names_action(word: str) -> bool:
    """A noun of an action ("açılış", "satış", "okuma"): the article may say its verb instead ("açıldı")."""
    return _is_verbal_noun(word) or re.search(r"\w{2,}[ıiuü]ş$", turkish_lower(word)) is not None


def unheard_kinds(question: str, snapshot: Snapshot) -> list[Term]:
    """The question's modifiers no document of the archive holds in any form, where the
    archive holds the word they modify (else the question is worded otherwise) or holds neither, whether or
    not the retrieved articles do ("kağıt fabrikası": the flood's article holds no factory); and
    a lower-case first word no document holds (a name typed plain: "afad telafere …")."""
    found = [match.group() for match in _WORD.finditer(question)]
    out = []
    for position, (word, after) in enumerate(zip(found, found[1:])):
        before = turkish_lower(found[position - 1]) if position else ""
        lowered = turkish_lower(word)
        if ascii_fold(lowered) in _NOT_MODIFIERS or lowered == _PER_UNIT:
            continue  # no thing of its own ("ev başına ne kadar": per house)
        verb_after = _clause_final(found, position + 1)
        surface = None if verb_after else (_modifier(word, after, before)
                                           or _unknown_adjective(word, after, before, snapshot))
        if (surface and not _held_anywhere(turkish_lower(word), snapshot)
                and _docs_covering(Term(after, (_forms(after),), position + 1), snapshot)):
            out.append(Term(surface, (), position))
        elif (surface and ascii_fold(turkish_lower(word)) not in _LANGUAGES_FOLDED  # (a language is a name, named so)
              and not _held_anywhere(turkish_lower(word), snapshot)
              and not _held_anywhere(turkish_lower(after), snapshot)
              and not _asking(ascii_fold(turkish_lower(after)))  # (not "olanların kaçı": a part asked)
              and not _VERBAL.search(ascii_fold(turkish_lower(after)))):  # (a noun: not "nufüsa bakıldığında")
            # nor the head: the archive speaks of no such thing at all ("okçuluk turnuvası" where it has only a
            # cycling race), named whole
            out.append(Term(f"{word} {possessive(compound_head(after))}", (), position))
        elif _asks_which(word, after) and not _held_anywhere(turkish_lower(word), snapshot):
            out.append(Term(word, (), position))  # "en çok satan roman hangisi": the archive names no novel
        elif _amount_of(word, found[max(position - 2, 0):position]) and not _held_anywhere(lowered, snapshot):
            out.append(Term(word, (), position))  # "ne kadar komisyon alıyor": the archive names no commission
        elif _priced(word, found[position + 1:position + 4]) and not _held_anywhere(turkish_lower(word), snapshot):
            out.append(Term(_nominative(word), (), position))  # "simidi kaç dinara": no simit anywhere
        elif (_spent_on(word, found[position + 1:position + 3], found[-1])
              and not _held_anywhere(turkish_lower(word), snapshot)):
            out.append(Term(_dative_noun(word), (), position))  # "reklama ne kadar harcadı": no advertising anywhere
        elif (_subject_asked(word, found[position + 1:position + 4], found[position - 1] if position else "")
              and not _subject_held(turkish_lower(word), snapshot) and not lowered.startswith(_SAID_AS_FIGURE)):
            # "depozito ne kadar": the archive names no deposit; "telefon numarası ne": no number
            # ("adresi", as asked: "its address")
            noun = word[:-3] if _PLURAL.fullmatch(ascii_fold(turkish_lower(word))) else word  # "hemşire"
            named = f"{found[position - 1]} {noun}" if position and _begins_compound(found[position - 1]) else noun
            out.append(Term(named, (), position))
    opening = opening_noun(question)  # "afad telafere kaç çadır gönderdi": a name typed plain, said nowhere
    if opening and not out and not _held_anywhere(opening.surface, snapshot):
        # (a plural's case off, as a refusal names it: "bursiyerler hakkında", not "bursiyerlere")
        out.append(Term(re.sub(r"(?<=l[ae]r)(?:[ae]|[dt][ae]n?|[ıi]n?)$", "", opening.surface), (), 0))
    placed = _PLACE_FIRST.match(question)  # "Yengice köyüne kaç aile döndü?": a place's name first, said nowhere
    if (placed and not out and not _asking(ascii_fold(turkish_lower(placed.group(1))))
            and not _held_anywhere(turkish_lower(placed.group(1)), snapshot)):
        out.append(Term(placed.group(1), (), 0))
    return out


_PER_UNIT = "başına"  # "ev başına": for each house
# a question opening on a place's name, known by the kind of place after it (the first word's capital is no sign)
_PLACE_FIRST = re.compile(r"([A-ZÇĞİÖŞÜ][a-zçğıöşü]{2,})\s+(?:köy|mahalle|nahiye|ilçe|kasaba|semt|belde|kent|şehir)\w*")


# "skor kaç kaçtı?": "3-1 yenerek" says it, never the word; "mesleği ne": "öğretmen Sevgi Bayatlı"
_SAID_AS_FIGURE = ("skor", "mesle")
_ASKS_OF = frozenset("ne kaç kac nasıl nasil nerede".split())  # question words that ask of the noun before them
_NAME_ASKED = frozenset("adi adlari ismi isimleri".split())  # "çeşitlerinin adları ne": a name is asked


def _subject_asked(word: str, following: list[str], before: str) -> bool:
    """A noun right before the question word asking about it ("depozito ne kadar", "randevu
    nasıl alınıyor", "numarası ne", "su kesintisi kaç gün sürecek"): what the question is
    about. Not the word before "ne kadar para" (the money is asked of), nor a possessive whose
    figure is asked of an owner in the genitive ("köprünün genişliği kaç metre": the article
    may speak of the bridge and not give it)."""
    folded = ascii_fold(turkish_lower(word))
    asked = [turkish_lower(w) for w in following[:3]]
    if (not asked or asked[0] not in _ASKS_OF or not word.isalpha() or not word[:1].islower() or len(word) < 4
            or folded in _NOT_MODIFIERS or folded in _NAME_ASKED or _VERBAL.search(folded) or _FINITE.search(folded)):
        return False
    amount = asked[0] in ("kaç", "kac") or asked[1:2] == ["kadar"]
    if amount and len(asked) == 3 and asked[2].isalpha() and not _VERBAL.search(ascii_fold(asked[2])) \
            and not _FINITE.search(ascii_fold(asked[2])) and not _DURATION.fullmatch(ascii_fold(asked[1])):
        return False  # "kıza ne kadar para verildi", not "hemşireler kaç aydır maaş alamıyor"
    if not _INFLECTED.search(folded) or (_PLURAL.fullmatch(folded) and turkish_lower(before) not in _ASKING_WORDS):
        return True  # a bare noun, or a plural one: the subject ("hemşireler kaç aydır …")
    owned = amount and _GENITIVE.match(ascii_fold(turkish_lower(before))) is not None
    return not owned and _PLAIN_POSSESSIVE.fullmatch(folded) is not None


_DURATION = re.compile(r"(?:gun|hafta|ay|yil|saat|dakika)(?:d[iu]r|l[iu]k)?")  # "kaç aydır", "kaç yıllık"
_PLURAL = re.compile(r"\w{3,}l[ae]r")  # on ASCII-folded words: a plural with no case after it


# A possessive with no case after it ("numarası", "adresi"); a case ("kadrosunda", "şenliğine",
# "ilişkisini") puts the word in the question's frame, worded otherwise in the archive, and so
# does a verbal noun ("taşınması"). Read on ASCII-folded words.
_PLAIN_POSSESSIVE = re.compile(r"\w{3,}(?<!m[ae])s[iu]|\w{3,}[^aeiou\Wns][iu]")


# (not "su tüketimini ne kadar azalttı": an amount changed, no price)
_PRICE_ASKED = re.compile(r"kac\s+(?:dinar|dolar|lira|euro|manat)\w*|kaca|ne\s+kadar(?:a|\s+(?:para|sat|al|ode|ver)|$)")
_ACCUSATIVE = re.compile(r"\w{3,}(?:[^aeiou\W][iu]|y[iu])$")  # on ASCII-folded words: "simidi", "ekmegi"


_VOWEL_POSSESSIVE = re.compile(r"\w[aeiou]s[iu]$")  # on ASCII-folded words: "kirasi", "harcamasi"


def _nominative(word: str) -> str:
    """The accusative's noun as a refusal names it: "simidi" → "simit", "ekmeği" → "ekmek",
    "kapıyı" → "kapı"."""
    lowered = turkish_lower(word)
    if _VOWEL_POSSESSIVE.search(ascii_fold(lowered)):
        return lowered[:-2]  # a possessive after a vowel, not an accusative: "kirası" → "kira"
    buffered = re.search(r"\w{2}[aeıioöuü]y[ıiuü]$", lowered)  # "kapıyı", not "çayı"
    bare = lowered[:-2] if buffered else lowered[:-1]
    return bare[:-1] + HARDENED.get(bare[-1], bare[-1]) if len(bare) > 2 else bare


def _priced(word: str, after: list[str]) -> bool:
    """The thing whose price is asked, in the accusative right before it ("simidi kaç dinara
    satıyor", "eti kaça alıyor"; "simidi" ends as a past verb does, but no verb stands there):
    a thing the archive never names has no price there."""
    folded = ascii_fold(turkish_lower(word))
    return (word.isalpha() and word[:1].islower() and _ACCUSATIVE.fullmatch(folded) is not None
            and _PRICE_ASKED.match(ascii_fold(turkish_lower(" ".join(after)))) is not None)


def compound_owner(question: str, owner: str) -> str:
    """The owner as a refusal names it: with the noun its compound's possessive ties it to ("sağlık
    ocağı", not "ocağı"), the question's word before it."""
    found = [match.group() for match in _WORD.finditer(question)]
    at = next((i for i, word in enumerate(found) if turkish_lower(word).startswith(owner)), 0)
    before = found[at - 1] if at else ""
    compound = re.search(r"[^aeıioöuü][ıiuü]$", owner) and before.isalpha() and before.islower()
    return f"{before} {owner}" if compound and turkish_lower(before) not in STOPWORDS else owner


def sold_thing(question: str) -> tuple[str, str] | None:
    """The thing whose price is asked, in the accusative ("nar ekşisini kaç dinara satıyor"): its stem, to find it
    by, and its name, with the noun before a compound's head ("nar ekşisi"); None when none is."""
    found = [match.group() for match in _WORD.finditer(question)]
    if not _SELLING.search(turkish_lower(question)):
        return None  # ("asfaltlanması kaç dinara mal olacak": a deed's cost, nothing sold)
    for position, word in enumerate(found):
        if _priced(word, found[position + 1:position + 4]):
            lowered = turkish_lower(word)
            compound = re.fullmatch(r"(\w+?s[ıiuü])n[ıiuü]", lowered)  # "ekşisini": "ekşisi", a compound's head
            if not compound:
                return stem(_nominative(word)), _nominative(word)
            return compound_head(compound.group(1)), compound_owner(question, compound.group(1))
    return None


_SELLING = re.compile(r"(?<!\w)(?:sat|al(?:ıyor|ınıyor|dı|ındı|ır|ınır))")


def _spent_on(word: str, after: list[str], verb: str) -> bool:
    """What an amount was spent on or given to, in the dative right before it ("reklama ne kadar
    harcadı", "yollara kaç dinar ayrıldı"): a thing the archive never names had none spent on it."""
    asked = [ascii_fold(turkish_lower(w)) for w in after]
    lowered = turkish_lower(word)
    return (word.isalpha() and word[:1].islower() and len(word) >= 5 and lowered not in _NOT_DATIVE
            and re.search(r"[^aeıioöuüdt][ae]$|[aeıioöuü]y[ae]$", lowered) is not None  # not "bayramda"
            and (asked == ["ne", "kadar"] or asked[:1] == ["kac"]) and _SPENDING.match(turkish_lower(verb)) is not None)


_NOT_DATIVE = frozenset({"ortalama", "yaklaşık", "aşağı", "yukarı"})  # words ending as a dative does


_SPENDING = re.compile(r"(?:harca|ayr[ıi]l|ayır|öde|yatır|bağışla|aktar)")  # the verbs an amount goes to a thing by


def _dative_noun(word: str) -> str:
    """"reklama" → "reklam", "yollara" → "yollar", "kütüphaneye" → "kütüphane" (the dative's noun as a refusal
    names it); "yevmiye" stays, a noun of its own ("-iye")."""
    lowered = turkish_lower(word)
    if possessed := re.search(r"(?<=\w{3})s?[ıiuü]n[ae]$", lowered):  # "inşaatına" → "inşaat"
        return lowered[:possessed.start()]
    if re.search(r"[aeıoöuü]y[ae]$", lowered):
        return lowered[:-2]
    return lowered if re.search(r"iy[ae]$", lowered) else lowered[:-1]


def _amount_of(word: str, before: list[str]) -> bool:
    """The thing whose amount is asked, bare, right after "ne kadar" ("ne kadar komisyon
    alıyor"); not a unit the figure is given in ("ne kadar süre", "ne kadar dolarlık"). After
    "kaç" a noun takes the verb's case ("kaç dile çevrildi"), not read here."""
    asked = [ascii_fold(turkish_lower(w)) for w in before]
    folded = ascii_fold(turkish_lower(word))
    return (asked == ["ne", "kadar"] and word.isalpha() and word[:1].islower()
            and len(word) >= 4 and not _INFLECTED.search(folded) and re.sub(r"l[iu]k$", "", folded) not in _UNITS)


_UNITS = frozenset(ascii_fold(unit) for units in MEASURES.values() for unit in units.split()) | {
    "kisi", "tane", "adet", "kere", "defa", "kez", "sure", "zaman"}


_WHICH_ONE = re.compile(r"hangi(?:si|leri)\w*")


def _asks_which(word: str, after: str) -> bool:
    """A word before "hangisi": the kind whose one is asked ("roman hangisi")."""
    return _WHICH_ONE.fullmatch(turkish_lower(after)) is not None and word.isalpha() and word[:1].islower() \
        and len(word) >= 3


# Not an ablative or converb ("enkazdan", "aldıktan") nor a passive participle ("atfedilen").
_PARTICIPLE_END = re.compile(r"\w{3,}[^dtln\W][ae]n$")


def _unknown_adjective(word: str, after: str, before: str, snapshot: Snapshot) -> str | None:
    """A word ending like a participle ("grekoromen stile", "grekoromen 74 kiloda") is one
    only when the archive holds the verb it would be made from ("seçilen" of "seçil")."""
    lowered = turkish_lower(word)
    if idiom_verbs(f"{before} {lowered}"):  # "yaşamını yitiren": an idiom's verb, said otherwise ("öldü")
        return None
    if (word.isalpha() and word[:1].islower() and _PARTICIPLE_END.match(lowered) and before not in _ASKING_WORDS
            and lowered not in _NO_NOUN_AFTER  # ("itibaren": no participle)
            and (after[:1].islower() or after[:1].isdigit())
            and not any(_held_anywhere(verb, snapshot) for verb in _participle_verbs(lowered))):
        # named with the noun it describes when that is bare ("yitiren bekçi"; "grekoromen stilde": the word)
        bare_noun = after.isalpha() and not _CASED.search(ascii_fold(turkish_lower(after)))
        return f"{word} {after}" if bare_noun else word
    return None


def _participle_verbs(participle: str) -> list[str]:
    """The verb a participle is made from, as the archive may say it: "seçilen" → "seçil";
    "yaşayan" → "yaşay", "yaşa", and "yaşıyor", whose progressive drops the verb's last vowel."""
    verbs = [participle[:-2]]
    verb = participle[:-3]
    if participle[-3] == "y" and verb[-1:] in "aeıioöuü" and (high := high_vowel_after(verb[:-1])):
        verbs += [verb, f"{verb[:-1]}{high}yor"]
    return verbs


def _clause_final(found: list[str], position: int) -> bool:
    """A verb ends its clause: the last word, or one before "mi" or "ve" ("renk eklendi mi"
    asks of a colour the archive names otherwise, no kind of thing)."""
    folded = ascii_fold(turkish_lower(found[position]))
    last = position == len(found) - 1 or turkish_lower(found[position + 1]) in _PARTICLES
    return last and bool(_VERBAL.search(folded) or _FINITE.search(folded))


def _modifier(word: str, after: str, before: str) -> str | None:
    """How a word in a modifier's place is named in a refusal, or None when it is not in one."""
    lowered = turkish_lower(word)
    folded, after_folded = ascii_fold(lowered), ascii_fold(turkish_lower(after))
    if (not word.isalpha() or not word[:1].islower() or len(word) < 3 or folded in _NOT_MODIFIERS
            or lowered in _NO_KIND or stem(lowered) in _NO_KIND or _asking(folded)
            or _ORDINAL.search(folded)  # "dördüncü kitabı": which one, not what kind
            or before in _ASKING_WORDS or before.isdigit()
            or not (after[:1].islower() or after[:1].isdigit()) or _LIGHT_VERB.match(after_folded)
            or turkish_lower(after) in _POSTPOSITIONS or _VERBAL.search(folded) or _LOAN_ADJECTIVE.search(folded)
            or (_ASKED_AFTER.fullmatch(after_folded) and not _GENITIVE.match(folded))):
        return None
    genitive_ = _GENITIVE.match(folded) is not None
    if genitive_ and after_folded.startswith(("ad", "ism")):
        return None  # "stadyumun adı": the thing whose name is asked, however the article calls it
    if _is_head(after) and (genitive_ or not _CASED.search(folded)):
        plain_head = re.search(r"s?[ıiuü]$", after) is not None  # "kilosu", not "kilosunu"
        return f"{word} {after}" if genitive_ and plain_head else (stem(lowered) if genitive_ else word)
    if genitive_:
        return stem(lowered)
    if re.fullmatch(r"[a-z]{3,}l[iu]", folded) and after_folded.isalpha() and folded not in _EVERYDAY_LI:
        return f"{word} {after}"  # "nefesli çalgılar": a kind said with "-lı" (the archive has only "yaylı")
    return word if not _INFLECTED.search(folded) else None


# everyday adjectives in "-lı", said of anything (ASCII-folded): no kind a refusal would name
_EVERYDAY_LI = frozenset("ilgili belli surekli farkli sorumlu onemli gerekli cesitli yetkili basarili degisik "
                         "ozel resmi yerli guvenli sagli tehlikeli etkili uygun kalici kisitli".split())
_ORDINAL = re.compile(r"\w{2,}(?:inci|uncu)$")  # on ASCII-folded words: "dorduncu", "ikinci"


# A verbal noun ("temel atma töreni", "kesme işlemi") is held where the archive says its verb
# ("temeli atıldı", "kesti"): passive or past, after the stem.
_VERBAL_NOUN = re.compile(r"(\w{2,}?)m[ae]$")


def _verb_forms(word: str) -> list[str]:
    """"atma" → "atıl", "atdı", "attı": the verb of a verbal noun as the archive may say it."""
    verbal = _VERBAL_NOUN.fullmatch(word)
    high = high_vowel_after(verbal.group(1)) if verbal else None
    if high is None:
        return []
    verb = verbal.group(1)
    # the passive is -n after a vowel ("okun"), -In after an l ("bulun"), -Il otherwise ("atıl")
    passive = verb + "n" if verb[-1] in HIGH_VOWEL else verb + high + ("n" if verb[-1] == "l" else "l")
    return [passive, verb + "d" + high, verb + "t" + high]


def _subject_held(word: str, snapshot: Snapshot) -> bool:
    """The archive holds the asked noun: a bare one in any form ("depozito"), a possessive one
    ("numarası", "adresi") where one of its words begins as it does less the ending (the
    stemmer cuts a possessive unlike the archive's own forms)."""
    if not _INFLECTED.search(ascii_fold(word)):
        return _held_anywhere(word, snapshot)
    return _held_anywhere(word, snapshot) or bool(snapshot.docs_with_root(word[:max(_BEGINNING, len(word) - 3)]))


_BEGINNING = 4  # letters a possessive's beginning keeps however short the word
_PASSIVE_NOUN = re.compile(r"^(\w{2,}l[ae])n(m[ae])")  # "yenile-n-me", "temizle-n-me" (not "kaza-n-ma")
# Adverbs, no thing asked of ("henüz ödemediği", "ne kadar daha ağır").
_ADVERBS = frozenset("henüz hâlâ hala artık zaten sadece yalnızca yalnız bile daima hep hiç neredeyse".split())


def _held_anywhere(word: str, snapshot: Snapshot) -> bool:
    """The archive holds the word in some form; a stem shorter than a root is held as itself
    or by the word's own first letters ("evlerin": "ev"; "odasının": "odası"), not as the
    beginning of another word ("kilim" stems to "kil", which begins "kilo")."""
    if word in STOPWORDS or word in _ADVERBS:
        return True  # no thing: not indexed, or seldom written
    # (a stem stemmed once more: "hattının" stems to "hattı", which the index holds as "hat")
    forms = _forms(word)
    forms = tuple(dict.fromkeys((*forms, *(lexical_term(form) for form in forms))))
    short = [form for form in forms if len(form) < MIN_ROOT]
    if any(snapshot.docs_with_word(form) for form in short) or (short and snapshot.docs_with_root(word[:MIN_ROOT])):
        return True
    forms = tuple(form for form in forms if len(form) >= MIN_ROOT)
    bases = [derived.group(1) for derived in map(_AGENT_OR_ABSTRACT.match, forms) if derived]
    said_also = [also for form in forms for also in SAID_ALSO.get(form, ())]  # "maliyeti": "… mal olan"
    # a deed's noun in the passive, which news writes in the active: "yenilenmesi" for "yenilemenin"
    active = [_PASSIVE_NOUN.sub(r"\1\2", form) for form in forms if _PASSIVE_NOUN.search(form)]
    return (any(snapshot.docs_with_root(form) for form in (*forms, *bases, *_verb_forms(word), *said_also, *active))
            or any(snapshot.spells_near(form) for form in forms if len(form) >= _SPELLED_NEAR))


def named_compounds(question: str) -> list[tuple[Term, Term]]:
    """The last two words of the question's names whose last word is a possessive head
    ("Musul Üniversitesi", "Erbil Kalesi", "Tarım Fuarı"), as (modifier, head) terms."""
    typed = [match.group() for match in _WORD.finditer(question)]
    found = [without_suffix(word) for word in typed]
    out = []
    for position, (word, head) in enumerate(zip(found, found[1:])):
        lowered, head_lowered = turkish_lower(word), turkish_lower(head)
        # a modifier is bare: "Erbil'deki Türkoloji bölümü" is a department in Erbil
        if (word == typed[position] and word[:1].isupper() and head[:1].isupper() and word.isalpha()
                and lowered not in QUESTION_OPENERS
                and lowered not in STOPWORDS and not _OWN_HEAD.search(lowered)
                and _HEAD_NAME.match(head_lowered) and not _SURNAME.search(head_lowered)):
            out.append((Term(word, (_forms(word),), position), Term(head, (_forms(head),), position + 1)))
    return out


# A name's possessive head ("Üniversitesi", "Birliği", "Fuarı"), not a surname ("Çolakoğlu",
# "Yaycılı", "Tuzcu", "Terzibaşı": a person is named by a surname alone in the text).
_HEAD_NAME = re.compile(r"\w{2,}(?:s[ıiuü]|[^aeıioöuük][ıiuü]|l[ae]r[ıi]|ii)$")  # (and "Camii")
_SURNAME = re.compile(r"(?:oğl[ıiuü]|l[ıiuü]|[cç][ıiuü]|baş[ıi])$")
_OWN_HEAD = re.compile(r"(?:[sğ][ıiuü]|l[ae]r[ıi])$")  # "Hizmet Listesi Tuzhurmatu": two names


_JOINED = re.compile(r"(?<![\w-])([^\W\d_]{3,})-([^\W\d_]{3,})(?![\w-])")


def joined_names(question: str) -> list[tuple[Term, Term]]:
    """Two names joined by a hyphen, a route or a pair ("Bakü-Kerkük seferleri", typed in
    lower case too), as (first, second) terms."""
    out = []
    for match in _JOINED.finditer(question):
        first, second = match.group(1), without_suffix(match.group(2))
        position = len(_WORD.findall(question[:match.start()]))
        out.append((Term(first, (_forms(first),), position), Term(second, (_forms(second),), position + 1)))
    return out


# "Kerkük ile Bakü arasında", "erbil ile gence arasindaki": a pair, as a hyphen joins one
_BETWEEN = re.compile(rf"(?<![\w{APOSTROPHES}])([^\W\d_]{{3,}})(?:[{APOSTROPHES}]\w+)?\s+(?:ile|ve)\s+"
                      rf"([^\W\d_]{{3,}})(?:[{APOSTROPHES}]\w+)?\s+aras[ıi]nd", re.IGNORECASE)


def between_names(question: str) -> list[tuple[Term, Term]]:
    """The two names a question asks something between ("Kerkük ile Bakü arasında"), as
    (first, second) terms."""
    out = []
    for match in _BETWEEN.finditer(question):
        first, second = match.group(1), match.group(2)
        if turkish_lower(first) in STOPWORDS or turkish_lower(second) in STOPWORDS:
            continue
        position = len(_WORD.findall(question[:match.start()]))
        out.append((Term(first, (_forms(first),), position), Term(second, (_forms(second),), position + 2)))
    return out


def named_runs(question: str) -> list[tuple[Term, Term, int]]:
    """The first word and the possessive head of the question's names of four words or more ("Erbil Türkmen
    Kültür Festivali"; three with a common word inside, "Musul Genel Hastanesi"), with the words from one to the
    other: the archive's "Kerkük Türkmen Kültür Festivali" holds the last two together, not the first.
    The first term's surface is the whole name, as a refusal names it."""
    typed = [match.group() for match in _WORD.finditer(question)]
    out = []
    run: list[int] = []
    for position, word in enumerate([*typed, ""]):
        bare = without_suffix(word)
        lowered = turkish_lower(bare)
        named = (bare[:1].isupper() and bare.isalpha() and lowered not in QUESTION_OPENERS
                 and lowered not in STOPWORDS and not (not run and _QUALIFIER.search(lowered))  # "Beşinci …"
                 and not (position == 0 and _INFLECTED.search(ascii_fold(lowered))))  # "Seracılar", "Kapanan"
        ended = bool(run) and (typed[run[-1]] != without_suffix(typed[run[-1]])  # a suffix ends a name,
                               or _ENDS_NAME.search(turkish_lower(typed[run[-1]])))  # as a surname or a head does
        if named and not ended:
            run.append(position)
            continue
        long = len(run) >= _LONG_NAME or len(run) == 3 and turkish_lower(typed[run[1]]) in _COMMON_IN_NAMES
        if long and _HEAD_NAME.match(turkish_lower(without_suffix(typed[run[-1]]))):
            first, head = typed[run[0]], without_suffix(typed[run[-1]])
            name = " ".join([*typed[run[0]:run[-1]], _CASE_AFTER_POSSESSIVE.sub("", head)])
            out.append((Term(name, (_forms(first),), run[0]), Term(head, (_forms(head),), run[-1]), len(run) - 1))
        run = [position] if named and not _QUALIFIER.search(lowered) else []
    return out


# Words of a name read as one: "Norveç Avrupa Birliği'ne" is a country and a union
_LONG_NAME = 4
# (or three, a common word between the town and the head: "Musul Genel Hastanesi", not "Norveç Avrupa Birliği")
_COMMON_IN_NAMES = frozenset("genel devlet eğitim halk merkez şehir il ilçe bölge ulusal yeni eski büyük".split())
# A surname or a possessive head ends a name: "Kadir Bayraktaroğlu Kerkük Radyosu", "Sağlık Müdürlüğü Kerküklüleri"
_ENDS_NAME = re.compile(r"(?:oğl[ıiuü]|[cç][ıiuü]|[sğ][ıiuü]|l[ae]r[ıi])$")
# A first word that qualifies a name rather than begins it: an ordinal, a number, an adjective
_QUALIFIER = re.compile(rf"nc[ıiuü]$|^(?:{'|'.join(sorted(ADJECTIVES | set(DIGIT_WORDS)))})$")
# A case after a name's possessive head, written without an apostrophe: "Festivalini", "Kupasının"
_CASE_AFTER_POSSESSIVE = re.compile(r"(?<=[ıiuü])n(?:[ıiuü]n?|[ae]|d[ae](?:n|ki)?)$")


def _pair_name(pair: tuple[Term, Term], question: str) -> str:
    """"Bakü-Kerkük" as the question joins it, "Kerkük ile Bakü" as it pairs it, "Erbil Kalesi" otherwise."""
    joined = f"{pair[0].surface}-{pair[1].surface}"
    between = re.search(rf"{re.escape(pair[0].surface)}\S*\s+(?:ile|ve)\s+{re.escape(pair[1].surface)}", question)
    return joined if joined in question else between.group() if between else f"{pair[0].surface} {pair[1].surface}"


_PAIR_SPAN = 4  # words from one name of a pair to the other: "Kalespor, sahasında Tuzhurmatu Narspor'u"


def unnamed(question: str, passages: list[str], articles: Callable[[], list[str]]) -> list[Term]:
    """The names of the question's compounds the retrieved articles speak of by their head
    only: they name "Kerkük Kalesi", never "Erbil Kalesi" ("Yapı ve İnşaat Fuarı" is "Yapı
    Fuarı"), "Kerkük Türkmen Kültür Festivali", never "Erbil …" (not a shorter name of it), and
    "Bakü-Erbil" flights or a "Kerkük … ile … Gence … arasında" pact, never "Bakü-Kerkük" ones
    or "Kerkük ile Bakü". The passages are read first; the whole ``articles`` only to confirm a miss."""
    read = [words(text) for text in passages]
    compounds = [pair for pair in named_compounds(question) if not _together(pair, read)]
    runs = [(first, head, gap) for first, head, gap in named_runs(question) if not _together((first, head), read, gap)]
    joined = [pair for pair in joined_names(question) if not _paired(pair, passages)]
    between = [pair for pair in between_names(question) if not _said_between(pair, passages)]
    if joined or between or ((compounds or runs) and any(_holds(head, read) for _, head, *_ in compounds + runs)):
        texts = articles()
        read = [words(text) for text in texts]
        missing = [pair for pair in compounds if _holds(pair[1], read) and not _together(pair, read)
                   and not _two_names(pair, question, texts)]
        named = [first for first, head, gap in runs  # another's name said, never this one
                 if not _together((first, head), read, gap) and _named_otherwise(first, head, gap, texts)]
        missing += [pair for pair in joined if not _paired(pair, texts)]  # a pair is said together or not at all
        missing += [pair for pair in between  # another pair said, never this one ("iki ülke arasındaki" may be it)
                    if not _said_between(pair, texts) and _paired_otherwise(pair, texts)]
        return [Term(_pair_name(pair, question), (), pair[0].position) for pair in missing] + [
            Term(first.surface, (), first.position) for first in named]
    return []


def naming_together(question: str, articles: dict[str, str]) -> set[str]:
    """Of these articles, the ones saying each of the question's compound names whole, where
    some do: "Kale Kapısı'nın galası" is the play's, not the fair's by "Erbil Kalesi'nin" that
    "kapılarını açtı"; all of them where none does (the name may be worded otherwise)."""
    kept = set(articles)
    for pair in named_compounds(question):
        together = {doc for doc in kept if _together(pair, [words(articles[doc])])}
        kept = together or kept
    return kept


def _two_names(pair: tuple[Term, Term], question: str, texts: list[str]) -> bool:
    """The question's run of names is a person's name and a place's, not a compound ("Vali Cemal
    Ali Şakir Altunköprü'yü ziyaret etti"): the modifier ends a longer run and the head stands
    alone in the texts, capitalised inside a sentence after no bare capitalised word ("18 Temmuz'da
    Altunköprü'yü", "bağlı Altunköprü nahiyesinden"; a "Kooperatifi" follows its name's other words)."""
    modifier, head = pair
    typed = [match.group() for match in _WORD.finditer(question)]
    before = typed[modifier.position - 1] if modifier.position > 0 else ""
    if not before[:1].isupper() or without_suffix(before) != before:
        return False
    for text in texts:
        for previous, word in re.findall(r"(\S+)\s+(?=([^\W\d_][\w'’]*))", text):  # every pair of words
            if (word[:1].isupper() and turkish_lower(without_suffix(word)).startswith(head.roots[0])
                    and previous[-1] not in ".!?:;" and not (previous[:1].isupper() and previous.isalpha())):
                return True
    return False


def _said_between(pair: tuple[Term, Term], texts: list[str]) -> bool:
    """A sentence says something between the two, in either order: "Kerkük İl Meclisi ile
    Azerbaycan'ın Gence Belediyesi arasında" (not "Kerkük heyeti daha sonra Bakü'ye geçerek")."""
    for said in (words(sentence) for text in texts for sentence in split_sentences(text)):
        first, second = ([i for i, w in enumerate(said) if w.startswith(term.roots[0])] for term in pair)
        if any(i < j <= i + _BETWEEN_SPAN and any(w in ("ile", "ve") for w in said[i + 1:j])
               and any(w.startswith("aras") for w in said[j + 1:j + 4])
               for one, other in ((first, second), (second, first)) for i in one for j in other):
            return True
    return False


_BETWEEN_SPAN = 8  # "Kerkük İl Meclisi ile Azerbaycan'ın Gence Belediyesi arasında"


def _paired_otherwise(pair: tuple[Term, Term], texts: list[str]) -> bool:
    """A sentence pairs one of the two with another ("… ile … arasında" naming one only): the
    text speaks of another pair, not of the two worded otherwise ("iki ülke arasındaki")."""
    def holds(side: list[str], term: Term) -> bool:
        return any(w.startswith(term.roots[0]) for w in side)

    for said in (words(sentence) for text in texts for sentence in split_sentences(text)):
        for m in (m for m, w in enumerate(said) if w in ("ile", "ve")):
            k = next((k for k in range(m + 2, min(m + 6, len(said))) if said[k].startswith("aras")), None)
            if k is None:
                continue
            left, right = said[max(m - 4, 0):m], said[m + 1:k]
            if any(holds(one, ours) and not holds(other, theirs)
                   for one, other in ((left, right), (right, left)) for ours, theirs in (pair, pair[::-1])):
                return True
    return False


def _named_otherwise(first: Term, head: Term, gap: int, texts: list[str]) -> bool:
    """The texts name the head with another capitalised word in the first one's place
    ("Kerkük Türkmen Kültür Festivali" for "Erbil …"), not merely by a shorter name ("Gençlik
    Futbol Ligi" for "Kerkük Türkmen Gençlik Futbol Ligi")."""
    for text in texts:
        typed = _WORD.findall(text)
        for i, word in enumerate(typed[:-gap]):
            if (word[:1].isupper() and turkish_lower(typed[i + gap]).startswith(head.roots[0])
                    and not turkish_lower(word).startswith(first.roots[0])
                    and all(w[:1].isupper() for w in typed[i:i + gap + 1])
                    and not _longer_run_holds(typed, i, first)):
                return True
    return False


def _longer_run_holds(typed: list[str], at: int, first: Term) -> bool:
    """The capitalised run ending at ``at`` holds the first word further left: "Kerkük Türkmen Kültür Festivali"
    is the one "Kerkük Kültür Festivali" asks of, by a longer name."""
    start = at
    while start > 0 and typed[start - 1][:1].isupper():
        start -= 1
    return any(turkish_lower(word).startswith(first.roots[0]) for word in typed[start:at])


def _paired(pair: tuple[Term, Term], texts: list[str], span: int = _PAIR_SPAN) -> bool:
    """Both names of a hyphenated pair close together in a sentence, in either order: a
    "Kalespor-Narspor maçı" is reported as "Kalespor, sahasında Tuzhurmatu Narspor'u 3-1
    yendi"; a Bakü-Erbil flight's article names Kerkük in a sentence on its passengers, apart
    from Bakü."""
    for said in (words(sentence) for text in texts for sentence in split_sentences(text)):
        first = [i for i, w in enumerate(said) if w.startswith(pair[0].roots[0])]
        second = [i for i, w in enumerate(said) if w.startswith(pair[1].roots[0])]
        if any(abs(i - j) <= span for i in first for j in second):
            return True
    return False


def _holds(term: Term, texts: list[list[str]]) -> bool:
    forms = term.roots[0]
    return any(w.startswith(forms) for ws in texts for w in ws)


def _together(pair: tuple[Term, Term], texts: list[list[str]], gap: int = 1) -> bool:
    """The modifier and its head said together (``gap``: words from one to the other in a
    name's run, "Erbil Türkmen Kültür Festivali")."""
    modifier, head = pair[0].roots[0], pair[1].roots[0]
    if gap > 1:
        return any(ws[i].startswith(modifier) and i + gap < len(ws) and ws[i + gap].startswith(head)
                   for ws in texts for i in range(len(ws)))
    return any(ws[i].startswith(modifier) and any(w.startswith(head) for w in _next(ws, i))
               for ws in texts for i in range(len(ws)))


def _next(ws: list[str], i: int) -> list[str]:
    """The word after ``ws[i]``, and the one after "ve X" or "ile X" ("Yapı ve İnşaat Fuarı",
    "Bakü ile Erbil arasında") or after a hospital's kind ("Azadi Eğitim Hastanesi" is "Azadi
    Hastanesi")."""
    joined = ws[i + 1:i + 2] in (["ve"], ["ile"])
    kind = ws[i + 1:i + 2] and ws[i + 1] in _INSTITUTION_KINDS
    return ws[i + 1:i + 2] + (ws[i + 2:i + 4] if joined else ws[i + 2:i + 3] if kind else [])


# The kind a name's institution is of, often left out when it is named ("Azadi Eğitim Hastanesi")
_INSTITUTION_KINDS = frozenset("eğitim araştırma devlet üniversite".split())


def _ordinal_term(number: int, after: list[re.Match], position: int) -> Term | None:
    """An edition ("8."), written in digits or in words in the archive, named with the name
    it numbers ("8. Erbil Yapı ve İnşaat Fuarı"); an ordinal of no name ("90. yıl") is a number."""
    named = []
    for match in after:
        word = match.group()
        if not (word[:1].isupper() or (word == "ve" and named)):
            break
        named.append(without_suffix(word))
        if word != without_suffix(word):
            break
    if not named:
        return None
    forms = (str(number), *([ORDINAL_WORDS[number]] if number in ORDINAL_WORDS else []))
    return Term(" ".join([f"{number}.", *named]).removesuffix(" ve"), (forms,), position)


def _name_term(run: list[tuple[int, str]], plain_first: bool) -> Term:
    parts = [part for _, word in run for part in re.split(r"[-&]", word) if part]  # "AS-206": "as", "206"
    return Term(" ".join(word for _, word in run), tuple(_forms(part) for part in parts), run[0][0],
                plain_first=plain_first and run[0][0] == 0)


# A word derived from a name with -li/-lik, written without an apostrophe: "Telaferlilerde",
# "Kerküklüleri", "Başkanlığı" (the archive says "Telafer", "Kerkük", "başkanı").
# (and a verb made of it: "dijitalleştirme" of "dijital", "kentleşme" of "kent")
_DERIVED = re.compile(r"^(\w{4,}?)(?:l[ıiuü][kğ]?(?:[ıiuü]|ler|lar)?\w{0,4}|l[ae]ş(?:t[ıi]r)?\w{0,6})$")


def _forms(word: str) -> tuple[str, ...]:
    """The stem and the root of a word, either of which the archive may hold: the stemmer
    finds "almanya" in "Almanyanın" but cuts "Pittsburg" to "pittsburgu", where the root
    ("pittsbur") finds "Pittsburgh"; and the name a derived word is made from."""
    lowered = turkish_lower(word)
    derived = _DERIVED.match(lowered)
    forms = (lexical_term(lowered), root(lowered), *([derived.group(1)] if derived else []))
    return tuple(dict.fromkeys((*forms, *filter(None, map(unsoftened, forms)))))


def covering(terms: Iterable[Term], snapshot: Snapshot, extended: bool = True,
             shorter: bool = True) -> dict[Term, set[str]]:
    """For each term, the documents that cover it: a name when they hold every one of its
    words (each in one of its forms, or, if ``extended``, a name extending it), a number when
    they hold it, a year also when they are dated in it. ``shorter``: a word's root also finds a
    word one letter shorter (not for a question's first word: "müzi" of "Müzik" is no "müze")."""
    return {term: _docs_covering(term, snapshot, extended, shorter) for term in terms}


def _docs_covering(term: Term, snapshot: Snapshot, extended: bool = True, shorter: bool = True) -> set[str]:
    # a question's first word is capitalised by its place: it may be no name ("Kapanan Hacı
    # Abbas Çayhanesi", "Belirli açıklamalarından")
    parts = re.split(r"[\s&-]+", turkish_lower(term.surface))
    named = term.surface[:1].isupper() and len(parts) == len(term.roots)
    strict = [named and part.isalpha() and not (term.plain_first and i == 0) for i, part in enumerate(parts)]
    holding = [_docs_naming(parts[i], forms, snapshot, extended) if strict[i]
               else set().union(*(snapshot.docs_with_root(form, shorter) for form in forms))
               for i, forms in enumerate(term.roots)]
    if term.plain_first and len(holding) > 1 and not holding[0] and _PARTICIPLE_FIRST.search(parts[0]):
        holding = holding[1:]  # "Araştırılan Türkmen köylerinde …": a participle capitalised by its place
    docs = set.intersection(*holding)
    if term.year is not None:
        docs |= snapshot.docs_dated_in(term.year)
    if term.month is not None:
        docs |= snapshot.docs_dated_in_month(term.month)
    return docs


# A passive or relative participle ("araştırılan", "seçilen", "kurulduğu"): a verb, no name's word
_PARTICIPLE_FIRST = re.compile(r"\w{2,}(?:[ıiuü][ln][ae]n|d[ıiuü]ğ[ıiuü]|t[ıiuü]ğ[ıiuü])$")


# The endings a name's word takes without an apostrophe: a later word's possessive and case
# ("Ulusal Marşı", "Kerkük Kalesinde"), a language's case ("İngilizceye", "İngilizcede"), the
# copula ("Almancaydı", "Protestandır").
_CASE_TAIL = re.compile(r"(?:l[ae]r)?(?:s?[ıiuü])?(?:n?[dt][ae](?:n|ki)?|n?[ıiuü]n|y?[ae]|y?l[ae]|n[ae])?"
                        r"(?:y?[dt][ıiuü]r?|y?m[ıiuü]ş)?")


def _docs_naming(word: str, forms: tuple[str, ...], snapshot: Snapshot, extended: bool = True) -> set[str]:
    """The documents holding a name's word: an archive word that begins with it or one of its
    forms of four letters or more and is the word itself, a name extending it ("Pittsburg":
    "Pittsburgh", "Kerküklü"; not when ``extended`` is False), the word or its base with a case ending ("Marş": "Marşı";
    "Almanyanın": "Almanya"; "İngilizceye": "İngilizcede") or one of its forms ("Bağdadı":
    "Bağdat"); not another word sharing a root ("Yıldız": "yıldır"; "Gence", which the
    stemmer cuts to "ge": "gençlik"; "Ata": "atanan"). A letter alone is only itself ("A Rh
    pozitif": not "Altunköprü"). Letter for letter: a question typed without Turkish letters has had
    them put back (``Spellings.restore``)."""
    word = foreign_fold(word)
    if len(word) == 1:
        return set().union(*(snapshot.docs_with_word(spelled) for spelled, _ in snapshot.spellings.words_beginning(word)
                             if foreign_fold(spelled) == word))
    beginnings = [form for form in (word, *forms) if len(form) >= MIN_ROOT] or [word]
    said = set()
    for form in beginnings:
        for spelled, named in snapshot.spellings.words_beginning(form):
            seen = foreign_fold(spelled)
            inflected = any(seen.startswith(base) and word.startswith(base) and _CASE_TAIL.fullmatch(seen[len(base):])
                            and _CASE_TAIL.fullmatch(word[len(base):]) for base in (*beginnings, seen))
            if (extended and named and seen.startswith(word)) or inflected or seen in forms:
                said.add(spelled)
    return set().union(*(snapshot.docs_with_word(spelled) for spelled in said))


def missing_names(missing: list[Term]) -> str:
    """"Einstein", "Elon Musk" (adjacent words together), "Einstein ve Nobel"."""
    names = named_groups(missing)
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " ve " + names[-1]


def named_groups(missing: list[Term]) -> list[str]:
    """The missing terms as the names they form: adjacent words together, and a term that is
    part of another's name ("Erbil Yapı" in "8. Erbil Yapı ve İnşaat Fuarı") in that name."""
    missing = list({t.surface: t for t in missing}.values())  # one word read by two rules
    missing = [t for t in missing if not any(t.surface in o.surface and t.surface != o.surface for o in missing)]
    groups: list[list[Term]] = []
    for term in sorted(missing, key=lambda t: t.position):
        if groups and groups[-1][-1].position == term.position - 1:
            groups[-1].append(term)
        else:
            groups.append([term])
    # (a compound's head in any case as it reads before "hakkında": "dijitalleştirme projesi", not "projesinin",
    # "projesini", "projesinde")
    return [re.sub(r"(?<=s[ıiuü])n(?:[ıiuü]n|[ıiuü]|[ae]|[dt][ae]n?)$", "", " ".join(t.surface for t in group))
            for group in groups]


# Words that ask, or ask about time, rather than say what about: never a predicate.
_NOT_PREDICATE = QUESTION_OPENERS | {"zaman", "kadar", "kadarı", "kadarını", "var", "vardı", "yok", "anki", "haberde",
                                     "haber", "başta", "yeni", "eski",
                                     "olarak", "kez", "defa", "durum", "durumu", "oldu", "olan", "kaçtı", "kimdi",
                                     "haftanın",  # "haftanın hangi günü" asks a weekday
                                     # postpositions: "hangi yıldan beri" is said "2011 yılından bu yana"
                                     "beri", "yana", "itibaren", "önce", "sonra", "göre", "dolayı", "rağmen",
                                     # "kadınlara yönelik kurs": what it is for, no kind of course
                                     "yönelik", "ilişkin", "dair", "ait", "özgü"}


# words that qualify no noun: "ne zamandan itibaren geçerli" asks since when, of no "itibaren" kind
_NO_NOUN_AFTER = frozenset("itibaren beri boyunca rağmen dolayı karşın dek değin".split())
# A rate before a noun says how often, not what kind: "aylık fotokopi masrafı" is said "ayda … 15 bin dinarı buluyor"
_RATES = frozenset("saatlik günlük haftalık aylık yıllık senelik".split())
_NOT_MODIFIERS = frozenset(ascii_fold(w) for w in STOPWORDS | _NOT_PREDICATE | DIGIT_WORDS.keys() | ADJECTIVES
                           | _NO_NOUN_AFTER | _RATES)


# An office or a quality made with -lık ("başhekimlik", "başkanlık", "büyüklük"): the article
# names the holder or the measure ("Başhekim", "başkanı", "büyük").
_OFFICE = re.compile(r"(\w{4,}?)l[ıiuü][kğ]")


_HEARSAY = re.compile(r"(?<=\w\w)m[ıiuü]ş(?:t[ıiuü])?$")  # the reported past, left by the stemmer


def predicate_roots(question: str, terms: Iterable[Term]) -> set[str]:
    """The question's own content words beyond its names, as stems ("şu anki şefi kim" →
    {"şef"}): what an article must speak of to state the asked fact, however worded."""
    named = {turkish_lower(w) for term in terms for w in term.surface.split()}
    out = idiom_verbs(question)  # "vefat etmiş", "hayatını kaybetti": "öl", however the article says it
    said = words(without_idioms(turkish_lower(question)))
    for before, bare in zip(["", *said], said):
        if bare[0].isdigit() or bare in named or bare in _NOT_PREDICATE or bare in STOPWORDS or bare.startswith(("kim", "kaç", "nere")):
            continue
        if before == "hangi" and bare.startswith("tarih"):  # "hangi tarihte" asks when, as "ne zaman" does
            continue  # (not "hangi yıl", "hangi gün": "1923 yılında", "Pazar günü" say them)
        if before.startswith(("kaç", "kadar")) and bare == "para":  # "bilet kaç para": a sum asked, which "7 bin
            continue  # Irak dinarı" says (not a student's "çok para harcıyordum")
        form = min(stem(bare), root(bare), key=len)  # "kapasitesi": "kapasite", not "kapasites"
        form = dropping_noun(bare) or form  # "vakıf", held by "Vakfı" too (its root "vakı" by neither)
        if "yor" in bare and re.search(r"[^aeıioöuü][ıiuü]y$", form):
            form = form[:-2]  # the present "-iyor": "veriliyor" is "veril", as in "verildi"
        form = _HEARSAY.sub("", form)  # "doğmuştu" is "doğ", as in "doğdu"
        if len(form) < 3 and _PAST_ENDING.search(folded := ascii_fold(bare)) and not folded.startswith(_ASKING):
            form = bare[:-2]  # "döndü" stems to "dö": the verb is "dön", as in "dönen"
        office = _OFFICE.fullmatch(stem(bare))
        if office:  # "başhekimliğini yapıyor" is said "Başhekim Dr. …"
            form = office.group(1)
        if len(form) >= 3 or form in IDIOM_VERBS:  # "öldü": "öl", said "hayatını kaybetti"
            out.add(form)
    return out


_GENITIVE = re.compile(r"\w{3,}(?:n[ıiuü]n|[^aeıioöuü\W][ıiuü]n)$")  # "kulübünün", "belediyenin", "festivalin"


def is_genitive(word: str) -> bool:
    """"kulübünün", "belediyenin", "festivalin" (lower case, Turkish or ASCII letters)."""
    return _GENITIVE.match(word) is not None


def possessor_roots(question: str, terms: Iterable[Term]) -> set[str]:
    """Whose thing is asked ("Tuzhurmatu kulübünün bütçesi" → {"kulüb"}): an article that
    never names the owner states another one's, however close its words."""
    return predicate_roots(" ".join(w for w in words(question) if _GENITIVE.match(w)), terms)


# A passive verb stem ("açıl", "düzenlen") and what follows its active stem in an inflected
# verb: "okul ne zaman açıldı" is answered by "okul kapılarını açtı", not "açık" or "açıkladı".
_PASSIVE = re.compile(r"(?P<active>\w*[^aeıioöuü])[ıiuü]l$|(?P<vowel>\w*[aeıioöuü])n$")
_VERB_AFTER_CONSONANT = re.compile(r"[dt][ıiuü]|m[ıiuü]ş|m[ae]|[ıiuü]yor|[ae]c[ae][kğ]|[ae]n|[ae]r")
_VERB_AFTER_VOWEL = re.compile(r"d[ıiuü]|m[ıiuü]ş|m[ae]|y[ae]c[ae][kğ]|y[ae]n|r")


def _active_forms(root_: str) -> tuple[str, re.Pattern] | None:
    """The active stem of a passive one and the endings that make it a verb, if it is one."""
    match = _PASSIVE.fullmatch(root_) if len(root_) >= 4 else None
    if match is None:
        return None
    if match["active"]:
        return match["active"], _VERB_AFTER_CONSONANT
    return match["vowel"], _VERB_AFTER_VOWEL




_VERB_GOES_ON = tuple("aeıioöuüdm")


def _word_holds(word: str, root_: str) -> bool:
    """The word starts with the root (or its softened form: "bloğun" for "blok"), ends a
    compound's first part with it ("okul" in "ilkokulu", "hekim" in "başhekimi"), or is the
    active verb of a passive root."""
    if root_ in IDIOM_VERBS:  # "öl": "öldü", "ölen", "ölüm", not "ölçüldü"
        return word == root_ or (word.startswith(root_) and word[len(root_):][:1] in _VERB_GOES_ON)
    if word.startswith(root_) or (len(root_) >= 4 and root_ in word[2:]):
        return True
    if (other := vowel_alternative(root_)) and word.startswith(other):  # "vakıf" in "vakfın"
        return True
    if len(root_) >= 3 and root_[-1] in SOFTENED and word.startswith(root_[:-1] + SOFTENED[root_[-1]]):
        return True
    active = _active_forms(root_)
    return active is not None and word.startswith(active[0]) and bool(active[1].match(word, len(active[0])))


def roots_held(sentence: str, roots: set[str]) -> int:
    """How many of ``roots`` a word of the sentence holds (``_word_holds``), or an idiom it
    says a verb with ("hayatını kaybetti" holds "öl")."""
    held = set(words(sentence)) | idiom_verbs(sentence)
    return sum(any(_word_holds(w, r) for w in held) for r in roots)


def name_unsaid(question: str, sentence: str) -> Term | None:
    """The first name the question holds bare, as a doer ("TİKA", "Irak Kültür Bakanlığı", the opening
    "Telafer Belediyesi"), that the sentence does not say; not a place ("Telafer'de": an article about
    one need not repeat it)."""
    return next((term for term in key_terms(question)
                 if term.surface[:1].isupper() and (not term.plain_first or len(term.roots) > 1) and term.roots
                 and not re.search(rf"{re.escape(term.surface)}[{APOSTROPHES}]", question)
                 and not says_name(term, sentence)), None)


def says_name(term: Term, sentence: str) -> bool:
    """Each word of the name is in the sentence in one of its forms."""
    held = set(words(sentence))
    return all(any(_word_holds(w, form) for w in held for form in forms) for forms in term.roots)


def says_name_together(term: Term, text: str) -> bool:
    """The text says the name's words one after another ("Yolda Hayat Var kampanyası"), not each somewhere ("yolu",
    "hayatını")."""
    said = words(text)
    width = len(term.roots)
    return any(all(any(_word_holds(said[at + i], form) for form in forms) for i, forms in enumerate(term.roots))
               for at in range(len(said) - width + 1))


def said_in(question: str, passages: list[str]) -> bool:
    """Every one of the question's own words beyond its names is in the passages."""
    roots = predicate_roots(question, key_terms(question))
    return bool(roots) and roots_held(" ".join(passages), roots) == len(roots)


def speaks_of(sentence: str, roots: set[str]) -> bool:
    """Whether a sentence holds words starting with at least half of ``roots`` (one of one,
    two of four): "Telafer'deki kitap sayısı" does not speak of "burs kazanan öğrenci sayısı"."""
    return bool(roots) and 2 * roots_held(sentence, roots) >= len(roots)
