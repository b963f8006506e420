"""Text clean-up with Turkish in mind, and removal of news-site boilerplate."""

from __future__ import annotations

import re
import unicodedata

_QUOTES = str.maketrans({
    "’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "′": "'",
    "“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "″": '"',
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\t": " ",
})
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
# "kül-\ntür" → "kültür": a PDF line broke a lower-case word with a hyphen.
_LINE_HYPHEN = re.compile(r"(?<=[a-zçğıöşüâîû])-\n(?=[a-zçğıöşüâîû])")
_SPACES = re.compile(r"[ \f\v]+")
# A list item's bullet: each item is a paragraph of its own, without its mark (a list was one
# run-on "sentence" shown as "- … - … - …").
_BULLET = re.compile(r"^[-–*+•▪●◦]\s+(?=\S)")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")

# Where a WordPress/news page's comment form starts, the article is over.
_COMMENT_FORM = re.compile(
    r"^(?:(?:bir yanıt yazın|bir yanıt bırakın|bir cevap yazın|cevap bırakın|yorum yapın|"
    r"yorum yazın|leave a reply)[ .:!]*$|e-posta adresiniz yayınlanmayacak).*",
    re.IGNORECASE | re.MULTILINE | re.DOTALL,
)
# Short lines that are page furniture, not article text.
_FURNITURE = re.compile(
    r"^\s*(paylaş|paylaşın|bunu paylaş|facebook|twitter|x|whatsapp|telegram|linkedin|e-posta|"
    r"yazdır|tweetle|beğen|önceki haber|sonraki haber|önceki yazı|sonraki yazı|ilgili haberler|"
    r"benzer haberler|etiketler|kategori|abone ol|devamını oku|ana sayfa|anasayfa)\b.{0,40}$",
    re.IGNORECASE,
)


def normalize_text(text: str) -> str:
    """NFC, typographic quotes/apostrophes unified (Bakü’de → Bakü'de), soft hyphens and
    PDF line-end hyphenation removed, whitespace collapsed; paragraphs (blank lines) kept."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text).translate(_QUOTES)
    text = _CONTROL.sub(" ", text)
    text = _LINE_HYPHEN.sub("", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    paragraphs, current, listed = [], [], False
    for line, after in zip(lines + [""], lines[1:] + ["", ""]):
        if line and _BULLET.match(line):
            if current:
                paragraphs.append(" ".join(current))
            current, listed = [_BULLET.sub("", line)], True
        elif line and listed and current[-1].endswith(_END_MARKS):  # a line after a finished item is no more of it
            paragraphs.append(" ".join(current))
            current, listed = [line], False
        elif line and _is_heading(line, current[-1] if current else "", after):
            if current:
                paragraphs.append(" ".join(current))
            paragraphs.append(line)  # "Projenin finansmanı" was glued to the sentence under it
            current = []
        elif line:
            current.append(line)
        elif current:
            paragraphs.append(" ".join(current))
            current, listed = [], False
    return "\n\n".join(paragraphs)


def _is_heading(line: str, before: str, after: str) -> bool:
    """A PDF's subheading among its lines (no blank line around it): a few capitalised words
    with no end mark, after a finished sentence (or none), over a line of text at least twice
    as long. A wrapped line follows an unfinished one; a sentence's short last line ends in a mark."""
    return (line[:1].isupper() and not line.endswith(_END_MARKS) and len(line.split()) <= _HEADING_WORDS
            and (not before or before.endswith(_END_MARKS)) and len(after) >= 2 * len(line))


_END_MARKS = tuple(".!?:;,…\"')]")
_HEADING_WORDS = 6


def strip_boilerplate(text: str) -> str:
    """Cut the comment form and drop share buttons and navigation lines."""
    text = _COMMENT_FORM.sub("", text)
    kept = [p for p in text.split("\n\n") if not _FURNITURE.match(p)]
    return "\n\n".join(kept).strip()


def clean(text: str) -> str:
    return strip_boilerplate(normalize_text(text))
