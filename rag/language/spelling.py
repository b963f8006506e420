"""Questions typed on a phone without Turkish letters, read the way the archive writes.

Many readers type "kerkuk gencliksporun maci ne zaman oynandi". The dense model reads that
poorly, and with no capitals no name is seen ("Kerkük" is a key term because it looks like
one), so such questions were answered and refused far worse than the same ones typed
properly. The archive says how its words are written: each word it holds, folded to ASCII
lower case, maps to the spelling it uses most (a majority vote) and to how often a sentence's
inside capitalises it as a name's first word (Turkish capitalises only names there; a title's
style, a sentence's first word and a name's later words, "Kalesi", do not count). A question
with no Turkish letter is written that way: an inflected word the archive never holds whole
takes the spelling of its longest beginning the archive holds, its suffix following vowel
harmony ("gencliksporun" → "gençlikspor" + "un"), and question words have a fixed spelling
("kac" → "kaç"); if it was typed with no capitals either, its names get theirs. No threshold:
a majority, and Turkish's own rules.
"""

from __future__ import annotations

import bisect
import os
import re
from collections.abc import Iterable

from rag.language.turkish import (
    APOSTROPHES, HIGH_VOWEL, NAME_HEAD_FORMS, VOICELESS, ascii_fold, capitalised, foreign_fold, turkish_lower,
)

_CIRCUMFLEXED = set("âîû")
_CIRCUMFLEX_MIN = 6  # letters a word needs to be respelled with the archive's circumflex
_PLAIN = str.maketrans("âîû", "aiu")
MIN_STEM = 3  # letters an inflected word must share with an archive word to take its spelling
_PLAIN_STEM = 5  # letters a word typed plain among Turkish letters must share with an archive word it inflects
_MEND_MIN = 5  # letters a word needs for a dropped vowel to be put back (not "yaşı", a word of its own)
_SUFFIX_MAX = 3  # letters of a suffix a mended word may carry past what the archive's words begin with
_FOLDED_VOWELS = "aeiou"  # a vowel dropped between two consonants is put back ("oynadı" is meant as typed)
_HEADS_FOLDED = tuple(ascii_fold(form) for form in NAME_HEAD_FORMS)  # "universitesi", "parki": a kind at a name's end
_FOLDED_CONSONANTS = "bcdfgjklnprstvz"  # (no "m": put inside a verb, it negates it)
_CONSONANT_MEND_MIN = 7  # letters a word needs for any consonant to be put back ("oraya" is no "ortaya")
_CONSONANT_MEND_END = 4  # letters at a word's end a consonant is not put back among (a suffix's)
_VERB_ENDING = re.compile(r"(?:[iu]yor|[ae]c[ae][kg]|[dt][iu]|m[iu]s|m[ae]k|[dt][iu][kg])\w*$")  # ASCII-folded
_NO_SUFFIX_LETTERS = tuple("pbfhjvz")  # letters no Turkish suffix begins with (a tuple: "" is in any string)
_CAPITAL_NEXT = re.compile(r"\s+[A-ZÇĞİÖŞÜ]")
_SOFT_LETTERS = "hgy"  # letters a writer drops though a word holds them ("kütüpane", "yamur"), ASCII-folded
_SPOKEN_FUTURE = re.compile(r"(?<=[^aeıioöuü\W])(c[ae]k|c[ae][kğ]\w+)$")  # "verilcek", "gelcekmiş": as spoken

# Question words, spelled once here: an archive of news seldom asks.
QUESTION_WORDS = {"kac": "kaç", "kaci": "kaçı", "kaca": "kaça", "kacta": "kaçta", "kacinci": "kaçıncı",
                  "kacla": "kaçla", "kacar": "kaçar", "nasil": "nasıl", "nicin": "niçin", "icin": "için",
                  "nerde": "nerede", "nerden": "nereden",  # as said aloud
                  # a letter dropped, in an archive that may never write "zaman" or "kadar"
                  "zman": "zaman", "zamn": "zaman", "kadr": "kadar", "kdar": "kadar",
                  # spelled so already: no archive word's beginning ("ner", "han") respells them
                  **{word: word for word in "hangi hangisi nerede nereye nereden neresi nereli neden niye "
                     "kim kimin kime kimi kimler kimlerle kimdir nedir neydi".split()}}  # ("kim": no "Kimse")
# Two neighbouring letters of a question word typed the wrong way round ("nedne", "hnagi", "nrede"): the word
# meant, where the archive holds no word so spelled
_SWAPPABLE = "neden nerede nereye nereden nasil hangi zaman kadar niye nicin".split()
# (not its first two letters: "azman", "enden" are words of their own)
QUESTION_TYPOS = {typo: QUESTION_WORDS.get(word, word) for word in _SWAPPABLE for at in range(1, len(word) - 1)
                  if (typo := word[:at] + word[at + 1] + word[at] + word[at + 2:]) != word}
# The question particle and its endings: "mi", "miydi", "mudur", "misin", "miyiz".
_PARTICLE = re.compile(r"m[iu](?:y(?:d[iu](?:m|n|k|l[ae]r)?|[iu][mz])|s[iu]n(?:[iu]z)?|d[iu]r(?:l[ae]r)?)?$")
_WORD = re.compile(rf"[^\W\d_]+(?:[{APOSTROPHES}][^\W\d_]+)?")
# Towns of the archive's region as English and Arabic spellings write them, and their Turkish names typed plain
# (the restoring below puts the letters back: "kirkukte" → "kerkukte" → "Kerkük'te")
EXONYMS = {"kirkuk": "kerkuk", "mosul": "musul", "arbil": "erbil", "irbil": "erbil", "talafar": "telafer",
           "tuzkhurmatu": "tuzhurmatu", "baghdad": "bagdat", "daquq": "dakuk", "amerli": "amirli", "bashiqa": "basika",
           "sulaymaniyah": "suleymaniye"}
_EXONYM = re.compile(rf"(?<!\w)({'|'.join(EXONYMS)})(?=\w*)", re.IGNORECASE)


def _as_turkish_town(found: re.Match) -> str:
    """The exonym's Turkish name, capitalised as typed."""
    native = EXONYMS[found.group(1).lower()]
    return native.capitalize() if found.group(1)[:1].isupper() else native
_VOWELS = "aeıioöuü"
# a name in the accusative, which no question ends on: "Kürd'ü" read out of the verb "kurdu"
_NAME_IN_ACCUSATIVE = re.compile(r"[A-ZÇĞİÖŞÜ]\w*['’]y?[ıiuü]")
_PAST_VERB = re.compile(r"[dt][iu]$")  # typed plain: "kurdu", "açtı"
_DERIVED = re.compile(r"l[iu]|c[aeiu]")  # "-li", "-ce": a new word, written without an apostrophe
# A case ending's beginning: a vowel, or a consonant and a vowel ("'e", "'de", "'nin", "'le");
# "telafr" is "Telafer" mistyped, not "Telaf" with an ending "r"
# the endings a name takes after its apostrophe, ASCII-folded: "'ye", "'nin", "'dan", "'daki", "'yla", "'lu"
_CASE_ENDING = re.compile(r"y?[aeiou]|n[iu]n|[iu]n|[dt][ae](?:n|ki)?|y?l[ae]|l[iu]|y?[iu]|c[ae]"
                          r"|n[iu]|n[ae]|n[dt][ae](?:n|ki)?")  # (after a possessive: "'nu", "'na", "'nda")
_CASE_START = re.compile(r"[^\W\d_]?[aeıioöuü]")
# How a suffix after a stem begins: a vowel, or a consonant a suffix begins with and a vowel
# (the past "-di", the negative "-ma", "-ler", "-yor", "-sı", "-nın", "-ca")
_SUFFIX_START = re.compile(r"[aeiou]|[dtmlyncs][aeiou]|y[dm][aeiou]")  # (the copula's "-ydı", "-ymış")
# After a noun ending in a vowel: its possessive, or a case with its buffer ("sergisi",
# "sergiye", "sergide"); a possessive takes "n" there ("müdürüne", "müdüründe").
_NOUN_ENDING = re.compile(r"s[ıiuü]|y[ae]|[dt][ae]")


class Spellings:
    """folded word → [its most used spelling, majority votes, times capitalised inside a
    sentence, times seen inside a sentence]."""

    def __init__(self, table: dict[str, list] | None = None) -> None:
        self.table: dict[str, list] = table if table is not None else {}
        self._keys: list[str] | None = None  # the words in order, for a word's longer forms

    @classmethod
    def build(cls, texts: Iterable[str]) -> Spellings:
        spellings = cls()
        for text in texts:
            spellings.add(text)
        return spellings

    def add(self, text: str, title: str = "") -> None:
        """Count a text's spellings, and its title's (whose capitals are the title's style,
        not names: "Kitap Fuarı Kapılarını Açtı")."""
        self._keys = None
        for match in _WORD.finditer(title):
            self._vote(re.split(rf"[{APOSTROPHES}]", match.group())[0])
        found = list(_WORD.finditer(text))
        for i, match in enumerate(found):
            raw = match.group()
            word = re.split(rf"[{APOSTROPHES}]", raw)[0]
            entry = self._vote(word)
            if _starts_sentence(text, match.start()):
                # a sentence's first word is capitalised by its place: a name only when Turkish
                # marks it as one ("Musul'da …")
                entry[2] += raw != word
                entry[3] += raw != word
            elif not (i and _heads(text, found[i - 1], match)):
                entry[2] += word[:1].isupper()
                entry[3] += 1

    def _vote(self, word: str) -> list:
        lowered = turkish_lower(word)
        entry = self.table.setdefault(ascii_fold(lowered), [lowered, 0, 0, 0])
        if entry[0] == lowered:  # Boyer-Moore majority vote over the spellings seen
            entry[1] += 1
        elif entry[1] == 0:
            entry[0], entry[1] = lowered, 1
        else:
            entry[1] -= 1
        return entry

    def merged(self, other: Spellings) -> Spellings:
        """These counts and ``other``'s (an ingest adds words; a removal leaves its spellings,
        still the archive's way of writing them)."""
        table = {key: list(entry) for key, entry in self.table.items()}
        for key, (spelling, votes, caps, seen) in other.table.items():
            entry = table.setdefault(key, [spelling, 0, 0, 0])
            if entry[0] == spelling:
                entry[1] += votes
            elif votes > entry[1]:
                entry[0], entry[1] = spelling, votes - entry[1]
            else:
                entry[1] -= votes
            entry[2] += caps
            entry[3] += seen
        return Spellings(table)

    def restore(self, question: str) -> str:
        """A question typed with no Turkish letter, with the archive's letters put back; typed
        with no capital (but the first letter a phone adds), with its names' capitals too. A
        question typed with a Turkish letter or a capital is left so: its writer has them
        ("acil" is meant, "hangi parti" is no name), but for a capitalised name typed plain that
        the archive writes with Turkish letters ("Abbas Kerkuklu … hangi yıl çıkardı?"). A town's
        English or Arabic spelling the archive never writes is the Turkish one ("Kirkuk'ta" → "Kerkük'te";
        an archive writing "Daquq" keeps it)."""
        question = _EXONYM.sub(lambda found: found.group() if found.group(1).lower() in self.table
                               else _as_turkish_town(found), question)
        if not question.isascii():
            # (the first word mended as any other, unless a capitalised word follows it: "Santa Monica")
            return _WORD.sub(lambda found: self._circumflexed(self._name_respelled(self._plain_respelled(
                self._mended(found.group(), first=not found.start() and not _CAPITAL_NEXT.match(
                    question, found.end()))))), question)
        names = question[1:] == question[1:].lower()
        out, last, previous = [], 0, ""
        found = list(_WORD.finditer(question))
        for match in found:
            word = match.group()
            # (a vowel put back only in a word typed lower case, or the first, capitalised by the phone)
            mend = word.islower() or match is found[0]
            written = self._word(word.lower(), previous, names, mend) if word[1:] == word[1:].lower() else word
            if match is found[-1] and _NAME_IN_ACCUSATIVE.fullmatch(written) and _PAST_VERB.search(word):
                written = word  # a question ends on its verb: "kim kurdu?" is no "kim Kürd'ü?" ("peki kerkuku?" is)
            if word[:1].isupper():  # a capital typed stays ("Kerkuk" → "Kerkük")
                written = capitalised(written)
            out += [question[last:match.start()], written]
            previous, last = written, match.end()
        return "".join(out) + question[last:]

    def _plain_respelled(self, word: str) -> str:
        """A lower-case word typed in ASCII among words typed with Turkish letters (a phone's suggestion put
        some in: "eski kerkük sergisinde kaç fotograf var"), as the archive writes it whole, or writes its
        longest beginning of five letters or more ("fotograflari" → "fotoğrafları"); any other as typed
        ("acil" beside the archive's "açıldı" is meant). Its capitals are the writer's: "genel müdürü kim?" is
        no name, however the archive's titles write it."""
        head, mark, tail = _at_apostrophe(word)
        if head.islower() and not head.isascii():
            return self._partly_respelled(head) + mark + tail
        if not (head.isascii() and head.islower()):
            return word
        if head in QUESTION_WORDS:
            return QUESTION_WORDS[head] + mark + tail
        if head in QUESTION_TYPOS and head not in self.table:
            return QUESTION_TYPOS[head] + mark + tail
        for end in range(len(head), MIN_STEM, -1):
            entry = self.table.get(head[:end])
            if entry is not None and (end == len(head) or end >= _PLAIN_STEM and _SUFFIX_START.match(head, end)):
                spelled = entry[0] + _harmonised(entry[0], head[end:])
                # (only the letters a phone drops put back: "mezuniyet" is no "mezun" + "uyet")
                return spelled + mark + _harmonised(spelled, tail) if ascii_fold(spelled) == head else word
        return word

    def _partly_respelled(self, head: str) -> str:
        """A word typed with some of its Turkish letters ("baskanı"), as the archive writes it whole ("başkanı"),
        where every Turkish letter typed is the archive's; any other as typed."""
        entry = self.table.get(ascii_fold(head))
        spelled = entry[0] if entry else head
        if len(spelled) != len(head) or not all(typed == letter or typed == ascii_fold(letter)
                                                for typed, letter in zip(head, turkish_lower(spelled))):
            return head
        return turkish_lower(spelled)

    def _mended(self, word: str, first: bool = False) -> str:
        """A lower-case word with a vowel dropped between two consonants, a soft letter ("h", "ğ", "y") dropped
        anywhere past its first two, or a letter doubled or undoubled, as the archive writes it ("maliyti" →
        "maliyeti", "kütüpane" → "kütüphane", "koperatif" → "kooperatif"):
        where no archive word begins with the word as typed and putting one letter back inside it
        begins archive words of one spelling only, and it is no archive word with a suffix ("katlı"). A name
        capitalised inside the question is its writer's: a near miss may ask of "Kemal" where the archive has
        "Kemaal" (a question's first word is capitalised by the phone: "Telafr festivaline" is "Telafer")."""
        head, mark, tail = _at_apostrophe(word)
        if head[1:] == head[1:].lower() and head != turkish_lower(head):
            # a name's kind is a common word, whatever capital a name gives it ("Kerkük Üniverstesi" is a typo), and
            # a question's first word is capitalised by its place ("Resorasyon projesini …")
            mended = self._mended(turkish_lower(head))
            kind = first or ascii_fold(mended).startswith(_HEADS_FOLDED)  # (the kind whole: "Parlar" is no "Parklar")
            return capitalised(mended) + mark + tail if kind and mended != turkish_lower(head) else word
        folded = ascii_fold(head)
        if (len(head) < _MEND_MIN or head != turkish_lower(head) or folded in QUESTION_WORDS
                or self._begins_a_word(folded) or self._inflects_a_word(folded)):
            return word
        if (spoken := _SPOKEN_FUTURE.search(head)) and self._begins_a_word(ascii_fold(
                (said := head[:spoken.start(1)] + _future_vowel(head[:spoken.start(1)]) + spoken.group(1))[:-1])):
            return said + mark + tail  # the future's vowel dropped as spoken: "verilcek" is "verilecek"
        # (not inside a first cluster: "kralı" is "kral", no "kiralı"; a soft letter anywhere past it: "kütüpane" is
        # "kütüphane", "yamur" "yağmur")
        mended = {candidate for at in range(2, len(folded)) for letter in _FOLDED_VOWELS
                  if folded[at - 1] not in _FOLDED_VOWELS and folded[at] not in _FOLDED_VOWELS
                  and self._begins_a_word(candidate := folded[:at] + letter + folded[at:])}
        mended |= {candidate for at in range(2, len(folded) + 1) for letter in _SOFT_LETTERS
                   if self._begins_a_word(candidate := folded[:at] + letter + folded[at:])}
        # a doubled letter typed once or a letter typed twice: "koperatifin" is "kooperatifin", "maliyyeti" "maliyeti"
        # (with a suffix the archive's words do not begin with: "kordinatoru" is "koordinatörü", as "koordinatörlüğü"
        # begins; a letter put back before a suffix would read "kurmuş" as "kurumuş")
        # (a vowel only, the suffix after it: "yönetiyor" is no "yönettiyor")
        mended |= {candidate for at in range(2, len(folded) + 1) if folded[at - 1] in _FOLDED_VOWELS
                   and self._begun(candidate := folded[:at] + folded[at - 1] + folded[at:]) > at + 1}
        # (not a "t" or "d" a past tense doubles: "yönetti" is "yönet" + "ti", no "yöneti")
        mended |= {candidate for at in range(2, len(folded)) if folded[at] == folded[at - 1] and folded[at] not in "td"
                   and self._begun(candidate := folded[:at] + folded[at + 1:]) > at}
        # (those beginning archive words whole first: "maliyti" is "maliyeti", though "maliy" + "iti" begins words too)
        whole = {candidate for candidate in mended if self._begins_a_word(candidate)}
        # any other consonant dropped beside a consonant inside a long word's stem, where nothing else mends it:
        # "resorasyon" is "restorasyon" (not after a vowel, where a verb's voice puts one: "oynadı" is no "oynandı";
        # nor among its last four letters, a suffix's: "kente" is no "kentte"; nor in a verb, whose "m" negates and
        # whose stem a letter makes another: "biliyor" is no "bilmiyor", "kurulacak" no "kurtulacak")
        mended = whole or mended or ({
            candidate for at in range(2, len(folded) - _CONSONANT_MEND_END + 1) for letter in _FOLDED_CONSONANTS
            if folded[at - 1] not in _FOLDED_VOWELS
            and self._begins_a_word(candidate := folded[:at] + letter + folded[at:])}
            if len(folded) >= _CONSONANT_MEND_MIN and not _VERB_ENDING.search(folded) else set())
        if len(mended) != 1:
            return word
        candidate = mended.pop()
        end = self._begun(candidate) or len(candidate)
        spelled = self.table[self._word_beginning(candidate[:end]) or ""][0][:end]
        spelled += _harmonised(spelled, candidate[end:])
        return spelled + mark + _harmonised(spelled, tail)

    def _begun(self, folded: str) -> int:
        """How much of the word begins an archive word: all of it, or all but a suffix of up to three letters
        ("koordinatoru": "koordinator", as "koordinatörlüğünü" begins); 0 for none."""
        return next((end for end in range(len(folded), max(len(folded) - _SUFFIX_MAX, _MEND_MIN) - 1, -1)
                     if self._begins_a_word(folded[:end]) and (end == len(folded) or _SUFFIX_START.match(folded, end))),
                    0)

    def _inflects_a_word(self, folded: str) -> bool:
        """The word is an archive word and a suffix ("katli": "kat" + "lı"), typed whole: no letter was dropped."""
        return any(folded[:end] in self.table and _SUFFIX_START.match(folded, end)
                   for end in range(MIN_STEM, len(folded)))

    def _begins_a_word(self, folded: str) -> bool:
        return self._word_beginning(folded) is not None

    def _word_beginning(self, folded: str) -> str | None:
        """The first archive word (folded) that begins with ``folded``."""
        keys = self._sorted()
        at = bisect.bisect_left(keys, folded)
        return keys[at] if at < len(keys) and keys[at].startswith(folded) else None

    def _name_respelled(self, word: str) -> str:
        """A capitalised word typed in ASCII, as the archive writes it when it is a name there
        ("Kerkuklu" → "Kerküklü", "Telafer'de" stays); any other word as typed."""
        if not (word.isascii() and word[:1].isupper() and word[1:] == word[1:].lower()):
            return word
        head, mark, tail = _at_apostrophe(word)
        entry = self.table.get(head.lower())
        if entry is None or not _names(entry) or entry[0] == head.lower():
            return word
        return capitalised(entry[0]) + mark + _harmonised(entry[0], tail)

    def _circumflexed(self, word: str) -> str:
        """A word typed without the circumflex the archive writes it with ("şikayet" → "şikâyet", "hala" stays
        where the archive has "hala"): many write it and many do not, and a word the archive never holds as typed
        reads as unheard of."""
        head, mark, tail = _at_apostrophe(word)
        lowered = turkish_lower(head)
        # (not a short word, where the two are two words: "kar" and "kâr", "adet" and "âdet")
        if len(lowered) < _CIRCUMFLEX_MIN or set(lowered) & _CIRCUMFLEXED or lowered in self.table.get(
                ascii_fold(lowered), [None])[:1]:
            return word
        spelled, _, entry = self._longest(ascii_fold(lowered))
        if entry is None or not set(spelled) & _CIRCUMFLEXED or spelled.translate(_PLAIN) != lowered[:len(spelled)]:
            return word
        written = spelled + lowered[len(spelled):]
        return (capitalised(written) if head[:1].isupper() else written) + mark + tail

    def _word(self, word: str, previous: str, names: bool, mend: bool = True) -> str:
        """One lower-case ASCII word, spelled as the archive spells it (and capitalised as a
        name, if ``names``)."""
        head, mark, tail = _at_apostrophe(word)
        if head in QUESTION_WORDS:
            return QUESTION_WORDS[head] + mark + tail
        if mend and head in QUESTION_TYPOS and head not in self.table:  # (a name typed with a capital is as meant)
            return QUESTION_TYPOS[head] + mark + tail
        if _PARTICLE.match(head) and previous:  # "var mi" → "var mı": the particle harmonises
            return _harmonised(turkish_lower(previous), head)
        head = ascii_fold(self._mended(head)) if mend else head
        spelled, rest, entry = self._longest(head)
        if entry is None:
            return word
        suffix = _harmonised(spelled, rest)
        if not (names and _names(entry)):
            return spelled + suffix + mark + _harmonised(spelled + suffix, tail)
        # a name's case ending is set off by an apostrophe ("Kerkük'teki"); a derived word is
        # not ("Kerküklü")
        mark = mark or ("'" if rest and not _DERIVED.match(rest) and _CASE_START.match(rest) else "")
        return capitalised(spelled) + mark + suffix + _harmonised(spelled + suffix, tail)

    def _longest(self, folded: str) -> tuple[str, str, list | None]:
        """The archive's spelling of the longest beginning of ``folded`` it holds, and the
        rest, and its entry; or, when it holds only longer words that begin with ``folded``
        or with all of it but its last letter or two, their spelling of that beginning."""
        keys = self._sorted()
        at = bisect.bisect_left(keys, folded)
        extended = at < len(keys) and keys[at].startswith(folded)  # "cami" begins the archive's "camii"
        neighbours = keys[max(0, at - 1):at + 1]  # they share the longest beginning: the longer first
        # (a word held whole gives way to a longer beginning another shares: "acilacak" is "açıla" + "cak", not the
        # archive's "acil" + "acak")
        nearest = max((len(os.path.commonprefix([key, folded])) for key in neighbours), default=0)
        for end in range(len(folded), MIN_STEM - 1, -1):
            entry = self.table.get(folded[:end])
            # at least half the word, and a three-letter beginning only before one letter and
            # when no archive word begins with all of it ("maci": "maç" + "ı"; "besteledi" is
            # not "beş" + "teledi"; "cami" not "çam" + "ı")
            if entry is not None and 2 * end >= len(folded) and end >= nearest and (
                    end > MIN_STEM or (len(folded) - end <= 1 and not extended)):
                return entry[0], folded[end:], entry
        for key in sorted(neighbours, key=lambda k: -len(os.path.commonprefix([k, folded]))):
            shared = len(os.path.commonprefix([key, folded]))
            # all of it ("bütçesini": "butcesi"), or all but a last suffix's letter or two
            # ("maçtan": "maci", "katılarak": "katildi"); or, at least half of it, a stem the
            # archive inflects otherwise before what begins a suffix ("kaldi": "kalmadı",
            # "dusunuyor": "düşünce"; not "hangi": "han" + "gi", nor "kargo": "kâr" + "go")
            # (what is left begins a suffix: "sebep" is no "şebe" + "p", though the archive's "şebeke" shares "sebe")
            # (a name only before a case ending: "alinan" is no "Ali" + "nan"; a "p" the archive softens to "b"
            # stays the stem's: "kulup" is "kulüp", as "kulübü")
            if (shared >= len(folded) - 1 and shared >= MIN_STEM or shared >= len(folded) - 2 and shared > MIN_STEM + 1
                    or shared >= MIN_STEM and 2 * shared >= len(folded) and _SUFFIX_START.match(folded, shared)) and (
                    folded[shared:shared + 1] not in _NO_SUFFIX_LETTERS
                    or (folded[shared], key[shared:shared + 1]) == ("p", "b")) and not (
                    _names(self.table[key]) and shared == len(key) < len(folded)
                    and not _CASE_ENDING.fullmatch(folded[shared:])):
                entry = self.table[key]
                return entry[0][:shared], folded[shared:], entry
        return folded, "", None

    def words_beginning(self, beginning: str) -> list[tuple[str, bool]]:
        """The archive's words (as it spells them, apostrophe suffixes cut) that begin with
        ``beginning`` (other languages' marks aside: "Maiziere" begins "Maizière"), each with
        whether the archive writes it as a name (capitalised inside its sentences more often
        than not, or only ever in a name or a title)."""
        folded, typed = ascii_fold(beginning), foreign_fold(beginning)
        keys = self._sorted()
        at = bisect.bisect_left(keys, folded)
        found = []
        while at < len(keys) and keys[at].startswith(folded):
            entry = self.table[keys[at]]
            if foreign_fold(entry[0]).startswith(typed):
                found.append((entry[0], entry[3] == 0 or _names(entry)))
            at += 1
        return found

    def names(self, word: str) -> bool:
        """The archive writes the word as a name ("Tuzhurmatu", "Telafer"), not as "Genellikle"."""
        lowered = turkish_lower(word)
        return any(named and turkish_lower(spelled) == lowered for spelled, named in self.words_beginning(lowered))

    def always_named(self, word: str) -> bool:
        """The archive writes ``word`` as it is only as a name, capitalised wherever a sentence holds it
        ("avrupa": "Avrupa'da"; not "kütüphanenin", a common noun the archive's "Halk Kütüphanesi" capitalises)."""
        lowered = turkish_lower(word)
        entry = self.table.get(ascii_fold(lowered))
        return entry is not None and entry[0] == lowered and entry[3] > 0 and entry[2] == entry[3]

    def inflects_as_noun(self, word: str) -> bool:
        """The archive writes ``word`` with the endings a noun of its own takes ("sergisi",
        "sergide", "sergiye"), not a possessive's ("müdürü": "müdürüne", "müdüründe"): a
        question opening "Sergi ne zaman …" has a subject; "Müdürü kim?" points back."""
        lowered = turkish_lower(word)
        return any(_NOUN_ENDING.match(turkish_lower(spelled), len(lowered))
                   for spelled, _ in self.words_beginning(lowered))

    def holds_bare(self, word: str) -> bool:
        """The archive writes ``word`` alone or with a plural ending ("fiyat", "fiyatlar"): a
        noun of its own, not a verb's stem ("yapt")."""
        lowered = turkish_lower(word)
        return any(re.fullmatch(re.escape(lowered) + r"(?:l[ae]r\w*)?", turkish_lower(spelled))
                   for spelled, _ in self.words_beginning(lowered))

    def _sorted(self) -> list[str]:
        if self._keys is None:
            self._keys = sorted(self.table)
        return self._keys

    # --- persistence, beside the BM25 index in the snapshot ----------------------------------
    def to_json(self) -> dict[str, list]:
        return self.table

    @classmethod
    def from_json(cls, table: dict[str, list]) -> Spellings:
        return cls(table)


def _future_vowel(stem: str) -> str:
    """The future suffix's vowel after ``stem``: "a" after a back vowel ("yapılacak"), "e" after a front one."""
    last = next((letter for letter in reversed(turkish_lower(stem)) if letter in _VOWELS), "e")
    return "a" if last in "aıou" else "e"


def _at_apostrophe(word: str) -> tuple[str, str, str]:
    """"kerkuk'te" → ("kerkuk", "'", "te"); a word with no apostrophe → (word, "", "")."""
    head, mark, tail = (re.split(rf"([{APOSTROPHES}])", word, maxsplit=1) + ["", ""])[:3]
    return head, mark, tail


def _names(entry: list) -> bool:
    """The archive capitalises the word inside sentences more often than not: a name."""
    return 2 * entry[2] > entry[3]


def _heads(text: str, previous: re.Match, match: re.Match) -> bool:
    """The word continues the name before it inside a sentence: "Kalesi" in "… Kerkük Kalesi",
    a common noun a name capitalises (after a suffix, "Musul'daki Gül …", a new name starts)."""
    before = previous.group()
    return (before[:1].isupper() and not re.search(rf"[{APOSTROPHES}]", before)
            and not _starts_sentence(text, previous.start()) and text[previous.end():match.start()] == " ")


def _starts_sentence(text: str, at: int) -> bool:
    before = text[:at].rstrip(" \t\"“«(")
    return not before or before[-1] in ".!?…:\n"


def _harmonised(stem: str, suffix: str) -> str:
    """A suffix typed in ASCII, in Turkish letters: each high vowel follows the vowel before it
    (four-way harmony: "maci" → "maçı"), "ki" never changes ("Kerkük'teki", "daki"), a "g"
    between vowels is soft ("dugu" → "duğu"), a "c" after a voiceless sound is "ç" and the
    past's "-mis" is "-miş"."""
    out = []
    vowel = next((c for c in reversed(stem) if c in HIGH_VOWEL), "e")  # "kâr" + "i" → "kârı"
    for i, c in enumerate(suffix):
        before = (stem + "".join(out))[-1:]
        if c in "iu" and suffix[i - 1:i + 1] != "ki":
            c = HIGH_VOWEL[vowel]
        elif c == "g" and before in tuple(_VOWELS) and suffix[i + 1:i + 2] in tuple(_VOWELS):
            c = "ğ"
        elif c == "c" and before in tuple(VOICELESS):
            c = "ç"
        elif c == "s" and re.fullmatch(r"m[ıiuü]", (stem + "".join(out))[-2:]) and re.match(r"(?:t|l[ae]r|$)", suffix[i + 1:]):
            c = "ş"  # the past in "-mış": "basvurmustu" → "başvurmuştu", "gelmisler" → "gelmişler"
        if c in _VOWELS:
            vowel = c
        out.append(c)
    return "".join(out)
