"""Sentence-aligned chunks with overlap, never crossing a page, never cutting a sentence."""

from __future__ import annotations

import re
from dataclasses import dataclass

from rag.language.sentences import split_sentences

PAGE_BREAK = "\f"


@dataclass(frozen=True)
class Sentence:
    index: int  # position in the document
    text: str
    page: int | None
    starts_paragraph: bool


@dataclass(frozen=True)
class Chunk:
    index: int
    sentences: tuple[Sentence, ...]

    @property
    def text(self) -> str:
        parts: list[str] = []
        for i, sentence in enumerate(self.sentences):
            if i:
                parts.append("\n\n" if sentence.starts_paragraph else " ")
            parts.append(sentence.text)
        return "".join(parts)

    @property
    def page(self) -> int | None:
        return self.sentences[0].page


def document_sentences(text: str, paged: bool) -> list[Sentence]:
    """Every sentence of a document; pages are separated by form feeds when ``paged``. A
    sentence running over a page break ("… dış dünyadan kopuk" / "yaşadığını … hatırlattı.") is
    one sentence, of the page it starts on: quoted whole, never cut at the break."""
    pages = text.split(PAGE_BREAK) if paged else [text]
    out: list[Sentence] = []
    open_ended = False  # the previous page ended inside a sentence
    for page_no, page_text in enumerate(pages, start=1):
        paragraphs = page_text.split("\n\n")
        # the sentence left open is split again with the page's opening, so a quote it opened closes there
        # ('… Bir sonraki' / 'turnuvanın … istiyoruz" dedi. Ancak …': not the whole page as one sentence)
        carried = out.pop() if open_ended and paragraphs[0].lstrip()[:1].islower() else None
        for k, paragraph in enumerate(paragraphs):
            joined = carried is not None and k == 0
            for j, sentence in enumerate(split_sentences(f"{carried.text} {paragraph}" if joined else paragraph)):
                if joined and j == 0:
                    out.append(Sentence(carried.index, sentence, carried.page, carried.starts_paragraph))
                else:
                    out.append(Sentence(len(out), sentence, page_no if paged else None, j == 0 and not joined))
        open_ended = paged and bool(out) and not _ENDS_SENTENCE.search(out[-1].text)
    return out


# How a sentence ends: a full stop, a question or exclamation mark, an ellipsis, a closing quote
_ENDS_SENTENCE = re.compile(r"[.!?…:]['\"”’»)]*\s*$")


def chunk_sentences(sentences: list[Sentence], size: int, overlap: int) -> list[Chunk]:
    """Greedy packing up to ``size`` characters; the last sentences of a chunk that fit in
    ``overlap`` characters open the next one. A chunk also ends at a paragraph boundary once
    it is half full, so chunks follow the article's own sections."""
    chunks: list[Chunk] = []
    current: list[Sentence] = []
    fresh = 0  # sentences in ``current`` not yet emitted in an earlier chunk

    def length(items: list[Sentence]) -> int:
        return sum(len(s.text) + 1 for s in items)

    def emit() -> None:
        nonlocal current, fresh
        chunks.append(Chunk(len(chunks), tuple(current)))
        carried: list[Sentence] = []
        for sentence in reversed(current[1:]):
            if length(carried) + len(sentence.text) + 1 > overlap:
                break
            carried.insert(0, sentence)
        current, fresh = carried, 0

    for sentence in sentences:
        if current and fresh and (
            sentence.page != current[-1].page
            or length(current) + len(sentence.text) > size
            or (sentence.starts_paragraph and length(current) >= size // 2)
        ):
            emit()
        if current and sentence.page != current[0].page:
            current = []  # overlap never crosses a page
        current.append(sentence)
        fresh += 1
    if current and fresh:
        emit()
    return chunks
