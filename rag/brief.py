"""A background brief for journalists: the key cited fact of each dated article on a topic,
in date order. Without an LLM each line is the article's best sentence, copied; with a chat
model, the model states the article's key fact in one sentence, kept only when grounded()
finds it in the article and it says more than the topic (otherwise the copied sentence
stays). Base models only echo titles here, so they are not asked, as for condensing."""

from __future__ import annotations

import logging
import re
from dataclasses import asdict, dataclass, field

from rag.citations import Source, grounded, verify_citations
from rag.qa import ArchiveQA, retrying, scoped_filters
from rag.retrieval import Filters
from rag.turkish import format_date, tokens

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
        return "\n".join(f"{format_date(line.date) if line.date else 'tarih yok'} — {line.text}"
                         for line in self.lines)

    def to_dict(self) -> dict:
        return asdict(self)


def write_brief(qa: ArchiveQA, topic: str, filters: Filters | None = None, newest_first: bool = False) -> Brief:
    """One line per relevant article: its date and the sentence that best speaks to the topic."""
    topic = qa.check(topic)
    return next(retrying(lambda: iter([_brief(qa, topic, filters, newest_first)])))


def _brief(qa: ArchiveQA, topic: str, filters: Filters | None, newest_first: bool) -> Brief:
    frame = qa.timeframe(topic)
    result = qa.searcher.search(topic, BRIEF_ARTICLES, scoped_filters(filters or Filters(), frame))
    brief = Brief(topic=topic, timeframe=frame.to_dict() if frame else None)
    if not qa.is_answerable(result):
        return brief
    passages = result.documents
    picked: list[tuple[str | None, str, int, str]] = []  # (date, sentence, passage number, by)
    quotes: dict[int, str] = {}
    for i in qa.answering(topic, result.query_vector, passages, qa.settings.topic_margin):
        passage, n = passages[i], i + 1
        chosen = qa.extractive.select(topic, result.query_vector, [passage], qa.searcher.lexical)
        if chosen:
            quotes[n] = chosen[0].text
            line, by = _model_line(qa, topic, passage) or (chosen[0].text.strip(), "extractive")
            picked.append((passage.metadata.get("date"), line, n, by))
    dated = sorted((p for p in picked if p[0]), key=lambda p: p[0], reverse=newest_first)
    ordered = dated + [p for p in picked if not p[0]]  # undated articles last, never given a date
    marked = [f"{sentence.rstrip('.')} [{n}]." for _, sentence, n, _ in ordered]
    verified, brief.sources = verify_citations("\n".join(marked), passages, quotes)
    brief.lines = [BriefLine(date, line, by) for (date, _, _, by), line in zip(ordered, verified.split("\n"))]
    return brief


def _model_line(qa: ArchiveQA, topic: str, passage) -> tuple[str, str] | None:
    """The LLM's one-sentence key fact of an article, when there is an LLM and the sentence
    is grounded in the article; None otherwise (the extractive sentence is used)."""
    if qa.generative is None:
        return None
    try:
        line = qa.generative.key_fact(topic, passage)
    except Exception as exc:  # an unreachable model must not cost the brief
        log.warning("LLM brief line failed (%s); using the extractive sentence", type(exc).__name__)
        return None
    if line is None:  # a base model is not asked
        return None
    line = _LABEL.sub("", line.strip()).strip('"“” ')
    says_more = len(set(tokens(line)) - set(tokens(topic))) >= MIN_NEW_WORDS
    if not says_more or not grounded(line, f"{passage.metadata.get('title', '')} {passage.page_content}"):
        log.info("LLM brief line not grounded or empty of news, kept the extractive sentence: %r", line)
        return None
    return line, qa.generative.name
