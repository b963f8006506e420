"""A background brief for journalists: the key cited fact of each dated article on a topic,
in date order. Extractive (one sentence per article, copied), so it needs no LLM."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from rag.citations import Source, verify_citations
from rag.qa import ArchiveQA, scoped_filters
from rag.retrieval import Filters
from rag.turkish import format_date

BRIEF_ARTICLES = 12  # articles retrieved for a brief


@dataclass
class BriefLine:
    date: str | None
    text: str  # one sentence with its [n] marker


@dataclass
class Brief:
    topic: str
    lines: list[BriefLine] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    timeframe: dict | None = None

    @property
    def empty(self) -> bool:
        return not self.lines

    def text(self) -> str:
        return "\n".join(f"{format_date(line.date) if line.date else 'tarih yok'} — {line.text}"
                         for line in self.lines)

    def to_dict(self) -> dict:
        return asdict(self)


def write_brief(qa: ArchiveQA, topic: str, filters: Filters | None = None, newest_first: bool = False) -> Brief:
    """One line per relevant article: its date and the sentence that best speaks to the topic."""
    topic = qa.check(topic)
    frame = qa.timeframe(topic)
    result = qa.searcher.search(topic, BRIEF_ARTICLES, scoped_filters(filters or Filters(), frame))
    brief = Brief(topic=topic, timeframe=frame.to_dict() if frame else None)
    if not qa.is_answerable(result):
        return brief
    passages = result.documents
    picked: list[tuple[str | None, str, int]] = []  # (date, sentence, passage number)
    quotes: dict[int, str] = {}
    for i in qa.answering(topic, result.query_vector, passages, qa.settings.topic_margin):
        passage, n = passages[i], i + 1
        chosen = qa.extractive.select(topic, result.query_vector, [passage], qa.searcher.lexical)
        if chosen:
            picked.append((passage.metadata.get("date"), chosen[0].text.strip(), n))
            quotes[n] = chosen[0].text
    dated = sorted((p for p in picked if p[0]), key=lambda p: p[0], reverse=newest_first)
    ordered = dated + [p for p in picked if not p[0]]  # undated articles last, never given a date
    marked = [f"{sentence.rstrip('.')} [{n}]." for _, sentence, n in ordered]
    verified, brief.sources = verify_citations("\n".join(marked), passages, quotes)
    brief.lines = [BriefLine(date, line) for (date, _, _), line in zip(ordered, verified.split("\n"))]
    return brief
