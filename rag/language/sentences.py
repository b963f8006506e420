"""Turkish sentence splitting that knows abbreviations, initials, ordinals and decimals.

A full stop ends a sentence only when an upper-case letter, a digit or an opening quote
follows, and the word before it is not an abbreviation ("Dr.", "vb.", "T.C."), an initial
("Nicholas E. Golovin"), a Roman numeral or a short ordinal ("2. Dünya Savaşı").
"""

from __future__ import annotations

import re

ABBREVIATIONS = frozenset(
    """
    dr prof doç yrd öğr gör av müh uzm op sn say bkz vb vs vd vb.g krş çev yay haz ed
    dt ecz hemş vet arş dyt psk hz alb yzb bnb tğm
    no nr s sf st cad sok mah apt blok kat mad md fık böl as sa yy mö ms bl
    ltd şti aş a.ş t.c abd a.b.d ab b.m bm km cm mm kg gr mr mrs ms jr sr inc co corp
    ocak şub mar nis haz tem ağu eyl eki kas ara oca
    """.split()
)
_ROMAN = re.compile(r"^[IVXLCDM]+$")
_BOUNDARY = re.compile(r"([.!?…]+)([\"')\]”»’]*)\s+(?=[\"'(\[“«‘]?[A-ZÇĞİÖŞÜ0-9])")


def _ends_sentence(before: str, mark: str) -> bool:
    if mark != ".":
        return True
    word = before.rsplit(None, 1)[-1] if before.strip() else ""
    word = word.lstrip("(\"'[")
    lowered = word.replace("İ", "i").replace("I", "ı").lower()
    if lowered.rstrip(".") in ABBREVIATIONS or lowered in ABBREVIATIONS:
        return False
    if len(word) == 1 and word.isalpha():  # an initial: "E. Golovin"
        return False
    if "." in word and all(len(part) <= 2 for part in word.split(".")):  # "T.C", "A.Ş"
        return False
    if _ROMAN.match(word):  # "II. Dünya Savaşı"
        return False
    if word.isdigit() and len(word) <= 2:  # ordinal: "2. Dünya Savaşı", "15. yüzyıl"
        return False
    return True


def _quote_open(text: str) -> bool:
    """A quotation opened and not yet closed: the sentence ends inside it are the speaker's,
    and a quote cut at one of them misquotes ("artacak..." without "Kesinlikle!")."""
    return text.count('"') % 2 == 1 or text.count("“") > text.count("”") or text.count("«") > text.count("»")


def split_sentences(text: str) -> list[str]:
    """Sentences of one paragraph or more, in order, stripped; nothing dropped. A quotation
    stays in its sentence whole (up to the paragraph's end, if it is never closed)."""
    sentences: list[str] = []
    for paragraph in text.split("\n\n"):
        start = 0
        for match in _BOUNDARY.finditer(paragraph):
            if _quote_open(paragraph[start : match.end(2)]):
                continue
            if _ends_sentence(paragraph[start : match.start()], match.group(1)):
                end = match.end(2)
                sentences.append(paragraph[start:end].strip())
                start = match.end()
        tail = paragraph[start:].strip()
        if tail:
            sentences.append(tail)
    return [s for s in sentences if s]
