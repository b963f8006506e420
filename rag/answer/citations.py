"""Numbered citations: what an answer may cite, and the check that runs after generation.

Whatever the answerer wrote, only markers that point at a retrieved passage survive; the
sources list holds exactly the cited passages, renumbered 1..n in order of first use.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field

from langchain_core.documents import Document

from rag.index.records import ChunkMeta
from rag.language.sentences import split_sentences
from rag.language.turkish import tokens

REFUSAL = "Bu konuda arşivde bilgi bulamadım."
# A refusal quoting its article's own word that the asked thing was not told: its source is cited, not related
UNDISCLOSED_LEAD = "Haber bunu açıklamıyor:"
# so for one quoting a plan, asked as done ("kaç kıyafet dağıtıldı?": "… dağıtmayı planlıyor")
PLANNED_LEAD = "Haber bunun yapıldığını söylemiyor, yalnızca planlandığını yazıyor:"
QUOTING_LEADS = (UNDISCLOSED_LEAD, PLANNED_LEAD)
_MARKER = re.compile(r"\[(\d+(?:\s*[,;]\s*\d+)*)\]")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([.,;:!?])")


@dataclass
class Source:
    n: int
    doc_id: str
    chunk_id: str
    title: str
    date: str | None
    url: str | None
    source: str
    page: int | None
    quote: str  # the cited sentence(s)
    passage: str  # the whole retrieved chunk, for context in the UI
    score: float

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class Answer:
    question: str
    text: str
    sources: list[Source] = field(default_factory=list)
    refused: bool = False
    short: str | None = None  # the asked name, date, number or place, when it is unambiguous
    standalone_question: str | None = None
    follows: str | None = None  # the earlier question a follow-up was read with, as the user wrote it
    notice: str | None = None  # e.g. the LLM was unreachable and the answer is extractive
    timeframe: dict | None = None  # the period / recency read from the question (TimeFrame.to_dict)
    timings_ms: dict[str, float] = field(default_factory=dict)
    backend: str = ""

    def to_dict(self) -> dict:
        return asdict(self)  # nested Source dataclasses become dicts too

    @classmethod
    def from_dict(cls, data: dict) -> Answer:
        """An answer sent back as ``to_dict`` gave it (an API client's earlier answers); unknown keys are ignored."""
        known = {name: data[name] for name in cls.__dataclass_fields__ if name in data}
        known["sources"] = [Source(**{name: source.get(name) for name in Source.__dataclass_fields__})
                            for source in data.get("sources") or []]
        return cls(**known)


def refusal(question: str, **kwargs) -> Answer:
    return Answer(question=question, text=REFUSAL, refused=True, **kwargs)


def verify_citations(text: str, passages: list[Document],
                     quotes: dict[int, str] | None = None) -> tuple[str, list[Source]]:
    """Drop markers that point at no passage, renumber the rest 1..n by first use, and
    build the sources list from exactly the cited passages."""
    mapping: dict[int, int] = {}

    def renumber(match: re.Match) -> str:
        kept: list[str] = []
        for raw in re.split(r"\s*[,;]\s*", match.group(1)):
            old = int(raw)
            if not 1 <= old <= len(passages):
                continue
            new = mapping.setdefault(old, len(mapping) + 1)
            if f"[{new}]" not in kept:
                kept.append(f"[{new}]")
        return "".join(kept)

    cleaned = _MARKER.sub(renumber, text)
    cleaned = _SPACE_BEFORE_PUNCT.sub(r"\1", re.sub(r"[ \t]{2,}", " ", cleaned)).strip()
    sources: list[Source] = []
    for old, new in sorted(mapping.items(), key=lambda item: item[1]):
        doc = passages[old - 1]
        meta = ChunkMeta.of(doc)
        quote = (quotes or {}).get(old) or quote_for(doc.page_content, _claims_citing(cleaned, new))
        sources.append(Source(
            n=new, doc_id=meta.doc_id, chunk_id=doc.id or "", title=meta.title, date=meta.date, url=meta.url,
            source=meta.source, page=meta.page, quote=quote, passage=doc.page_content,
            score=float(doc.metadata.get("score", 0.0)),
        ))
    return cleaned, sources


def _claims_citing(text: str, n: int) -> str:
    """The sentences of the answer that carry marker [n]."""
    parts = re.split(r"(?<=[.!?])\s+", text)
    return " ".join(p for p in parts if f"[{n}]" in p) or text


GROUNDED_SHARE = 0.8  # of a model sentence's words that must be in its source passage


def grounded(sentence: str, passage: str) -> bool:
    """Whether a model-written sentence says only what the passage says, as far as words
    can tell: most of its stemmed words and every one of its numbers are in the passage."""
    words = set(tokens(sentence))
    if not words or len(sentence) > 400:
        return False
    source = set(tokens(passage))
    numbers = set(re.findall(r"\d+", sentence))
    return (len(words & source) >= GROUNDED_SHARE * len(words)
            and numbers <= set(re.findall(r"\d+", passage)))


def quote_for(passage: str, claim: str) -> str:
    """The passage sentence sharing most stemmed words with the claim that cites it."""
    claim_tokens = set(tokens(claim))
    candidates = split_sentences(passage) or [passage]
    return max(candidates, key=lambda s: len(claim_tokens & set(tokens(s))))
