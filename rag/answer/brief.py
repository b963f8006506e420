"""A background brief for journalists: the key cited fact of each dated article on a topic,
in date order. Without an LLM each line is the article's best sentence, copied; with a chat
model, the model states the article's key fact in one sentence, kept only when grounded()
finds it in the article and it says more than the topic (otherwise the copied sentence
stays). Base models only echo titles here, so they are not asked, as for condensing."""

from __future__ import annotations

import logging
import re
from dataclasses import asdict, dataclass, field

from langchain_core.documents import Document

from rag.answer.citations import Source, grounded, verify_citations
from rag.index.records import ChunkMeta, titled
from rag.index.snapshot import Snapshot
from rag.language.dates import date_label
from rag.language.turkish import tokens
from rag.newstime import TimeFrame, scoped_filters
from rag.qa import ArchiveQA
from rag.retrieval import Filters

log = logging.getLogger(__name__)

BRIEF_ARTICLES = 12  # articles retrieved for a brief
MIN_NEW_WORDS = 2  # a model line must add this many words to the topic's (no title echoes)
_LABEL = re.compile(r"^(haber|cümle|tek cümle|özet|yanıt|bilgi)\s*:\s*", re.IGNORECASE)  # echoed prompt labels


@dataclass
class BriefLine:
    date: str | None
    text: str  # one sentence with its [n] marker
    written_by: str = "extractive"  # or the LLM backend's name, for a grounded model sentence


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
        return "\n".join(f"{date_label(line.date)} — {line.text}" for line in self.lines)

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class _Pick:
    """One article's line before numbering: its date, sentence, passage number and author."""

    date: str | None
    sentence: str
    n: int
    quote: str
    written_by: str


def write_brief(qa: ArchiveQA, topic: str, filters: Filters | None = None, newest_first: bool = False) -> Brief:
    """One line per relevant article: its date and the sentence that best speaks to the topic."""
    topic = qa.restore(qa.check(topic))
    frame = qa.read_time(topic)
    return qa.read(lambda snapshot: _brief(qa, topic, frame, filters or Filters(), newest_first, snapshot))


def _brief(qa: ArchiveQA, topic: str, frame: TimeFrame | None, filters: Filters, newest_first: bool,
           snapshot: Snapshot) -> Brief:
    result = qa.search(topic, snapshot, BRIEF_ARTICLES, scoped_filters(filters, frame))
    brief = Brief(topic=topic, timeframe=frame.to_dict() if frame else None)
    if not qa.is_answerable(result):
        return brief
    passages = result.documents
    picked: list[_Pick] = []
    for i in qa.answering(topic, result.query_vector, passages, qa.settings.topic_margin, snapshot):
        passage = passages[i]
        sentence = qa.best_sentence(topic, result.query_vector, passage, snapshot)
        if sentence is None:
            continue
        line, by = _model_line(qa, topic, passage) or (sentence.strip(), "extractive")
        picked.append(_Pick(ChunkMeta.of(passage).date, line, i + 1, sentence, by))
    dated = sorted((p for p in picked if p.date), key=lambda p: p.date, reverse=newest_first)
    ordered = dated + [p for p in picked if not p.date]  # undated articles last, never given a date
    marked = [f"{p.sentence.rstrip('.')} [{p.n}]." for p in ordered]
    verified, brief.sources = verify_citations("\n".join(marked), passages, {p.n: p.quote for p in picked})
    brief.lines = [BriefLine(p.date, line, p.written_by) for p, line in zip(ordered, verified.split("\n"))]
    return brief


def _model_line(qa: ArchiveQA, topic: str, passage: Document) -> tuple[str, str] | None:
    """The LLM's one-sentence key fact of an article, when there is a chat model and the
    sentence is grounded in the article; None otherwise (the extractive sentence is used)."""
    line = qa.key_fact(topic, passage)
    if line is None:
        return None
    line = _LABEL.sub("", line.strip()).strip('"“” ')
    says_more = len(set(tokens(line)) - set(tokens(topic))) >= MIN_NEW_WORDS
    if not says_more or not grounded(line, titled(ChunkMeta.of(passage).title, passage.page_content)):
        log.info("LLM brief line not grounded or empty of news, kept the extractive sentence: %r", line)
        return None
    return line, qa.backend
