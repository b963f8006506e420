"""The question-answering pipeline: condense → retrieve → refuse or answer → verify citations.

``ArchiveQA`` is what the CLI, the evaluation and the app call. ``stream`` yields text
as it is produced and finally the verified ``Answer``; ``ask`` returns just the answer.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import TypeVar

from langchain_core.documents import Document

from rag.answer.extractive import ExtractiveAnswerer, asks_for_date, has_date
from rag.answer.generative import GenerativeAnswerer
from rag.answer.llms import is_chat, load_llm
from rag.citations import REFUSAL, Answer, Source, quote_for, refusal, verify_citations
from rag.embeddings import Embedder, load_embedder
from rag.retrieval import Filters, HybridSearcher, SearchResult
from rag.settings import Settings
from rag.store import ArchiveStore, IndexMoved
from rag.timeframe import TimeFrame, parse_timeframe
from rag.turkish import format_date, tokens, turkish_lower

log = logging.getLogger(__name__)

EMPTY_INDEX = ("Arşiv dizini henüz boş: önce belge eklenmeli (bakımcı sekmesi ya da "
               "`python -m ingest`).")
PERIOD_IN_TEXT = "{period} bir haber bulamadım; bu döneme değinen habere dayandım."
PERIOD_UNDATED = "{period} bir haber bulamadım; tarihi bilinmeyen bir habere dayandım."
LLM_UNREACHABLE = "Dil modeline ulaşılamadı; yanıt arşivdeki cümlelerden derlendi."
READ_ATTEMPTS = 3
T = TypeVar("T")


def retrying(produce: Callable[[], Iterator[T]]) -> Iterator[T]:
    """``produce()``'s items, started again (up to ``READ_ATTEMPTS`` times) when the
    snapshot it reads is swept under it."""
    for attempt in range(1, READ_ATTEMPTS + 1):
        try:
            yield from produce()
            return
        except IndexMoved:
            if attempt == READ_ATTEMPTS:
                raise
            log.info("an ingest finished while answering; reading the new snapshot")


class AskError(ValueError):
    """A question that cannot be asked; its message is Turkish and meant for the user."""


Message = dict[str, str]  # {"role": "user" | "assistant", "content": str}

_QUESTION_WORDS = {tokens(w)[0] for w in "kim kimler ne neler nerede nereye nasıl neden niçin hangi kaç "
                   "zaman peki ya mı mi mu mü onu onun bunu bunun şunu orada".split() if tokens(w)}
_FOLLOW_UP_START = re.compile(r"^(peki|ya|o|onu|onun|bunu|bunun|bu|şu|orada|oradaki|ayrıca)\b", re.I)
# Turkish writes a proper noun's suffix after an apostrophe ("Mars'ta", "Bakü'deki") and
# capitalises names inside a sentence; acronyms ("NATO") are names anywhere.
_PROPER_NOUN = re.compile(r"[^\W\d_]['’]\w|\s[A-ZÇĞİÖŞÜ]|\b[A-ZÇĞİÖŞÜ]{2,}\b")


def is_standalone(question: str) -> bool:
    """A question that needs no history: no "peki"/"ya"/"o" opening, and a subject of its own
    (a proper noun, or three or more content words)."""
    stripped = question.strip()
    if _FOLLOW_UP_START.match(turkish_lower(stripped)):
        return False
    own = [t for t in tokens(question) if t not in _QUESTION_WORDS]
    return len(own) >= 3 or (bool(own) and bool(_PROPER_NOUN.search(stripped)))


def condense_by_rule(question: str, history: Sequence[Message], turns: int) -> str:
    """Without a model: a follow-up borrows the recent user questions
    ("peki ne zaman?" → "<previous question> peki ne zaman?")."""
    if is_standalone(question):
        return question
    earlier = [m["content"] for m in history if m.get("role") == "user"][-turns:] if turns else []
    context: list[str] = []
    for previous in reversed(earlier):
        context.insert(0, previous)
        if len([t for t in tokens(" ".join(context)) if t not in _QUESTION_WORDS]) >= 3:
            break
    return " ".join(context + [question]) if context else question


def scoped_filters(filters: Filters, frame: TimeFrame | None) -> Filters:
    """The question's period applies unless the user already chose dates in the filters."""
    if frame is None or not frame.has_period or filters.date_from or filters.date_to:
        return filters
    return replace(filters, date_from=frame.date_from, date_to=frame.date_to)


def _mentions_period(passage: Document, frame: TimeFrame | None) -> bool:
    """Whether the passage names a year of the asked period (at most 30 years are checked)."""
    if frame is None or not (frame.date_from and frame.date_to):
        return False
    years = range(frame.date_from.year, min(frame.date_to.year, frame.date_from.year + 30) + 1)
    text = f"{passage.metadata.get('title', '')} {passage.page_content}"
    return any(re.search(rf"(?<!\d){year}(?!\d)", text) for year in years)


def _dated(text: str, passage: Document) -> str:
    """"20 Kasım 2024 tarihli habere göre: …" for answers to time and "ne zaman" questions."""
    published = passage.metadata.get("date")
    return f"{format_date(published)} tarihli habere göre: {text}" if published else text


def _history_text(history: Sequence[Message], turns: int) -> str:
    recent = list(history)[-2 * turns:] if turns else []
    names = {"user": "Kullanıcı", "assistant": "Arşiv"}
    return "\n".join(f"{names.get(m.get('role', ''), 'Kullanıcı')}: {m.get('content', '')}" for m in recent)


@dataclass
class _Found:
    """What retrieval found, once the question's time was taken into account."""

    result: SearchResult
    frame: TimeFrame | None
    answerable: bool
    notice: str | None = None
    other_periods: SearchResult | None = None  # the topic outside the asked period


class ArchiveQA:
    def __init__(self, settings: Settings, store: ArchiveStore | None = None,
                 embedder: Embedder | None = None) -> None:
        self.settings = settings
        self.store = store or ArchiveStore(settings)
        self.embedder = embedder or load_embedder(settings)
        self.searcher = HybridSearcher(settings, self.store, self.embedder)
        self.extractive = ExtractiveAnswerer(self.store, settings.answer_max_chars)
        self.generative: GenerativeAnswerer | None = None
        if settings.llm_backend not in ("auto", "extractive"):
            self.generative = GenerativeAnswerer(load_llm(settings), is_chat(settings), settings.llm_backend)

    @property
    def backend(self) -> str:
        return self.generative.name if self.generative else self.extractive.name

    # --- steps --------------------------------------------------------------------
    def check(self, question: str) -> str:
        """The question, stripped, or an ``AskError`` saying why it cannot be asked."""
        question = (question or "").strip()
        if not question:
            raise AskError("Lütfen bir soru yazın.")
        if not re.search(r"\w", question):
            raise AskError("Soruda harf ya da rakam yok; lütfen sorunuzu kelimelerle yazın.")
        if len(question) > self.settings.max_question_chars:
            raise AskError(f"Soru çok uzun ({len(question)} karakter); en fazla "
                           f"{self.settings.max_question_chars} karakterlik bir soru sorun.")
        if not self.searcher.lexical.ids:
            raise AskError(EMPTY_INDEX)
        return question

    def condense(self, question: str, history: Sequence[Message]) -> str:
        if not history:
            return question
        if self.generative:
            try:
                rewritten = self.generative.condense(question, _history_text(history, self.settings.history_turns))
            except Exception as exc:  # the answer step reports an unreachable model to the user
                log.warning("LLM condense failed (%s); rewriting by rule", type(exc).__name__)
                rewritten = None
            if rewritten:
                return rewritten
        return condense_by_rule(question, history, self.settings.history_turns)

    def retrieve(self, question: str, filters: Filters | None = None, mode: str = "hybrid") -> SearchResult:
        return self.searcher.search(question, self.settings.top_k, filters, mode)

    def is_answerable(self, result: SearchResult, mode: str = "hybrid") -> bool:
        """The BM25 baseline has no dense score to calibrate, so it never refuses."""
        if mode == "bm25":
            return bool(result.documents)
        return bool(result.documents) and result.confidence >= self.settings.refusal_threshold

    # --- the whole pipeline ----------------------------------------------------------
    def stream(self, question: str, history: Sequence[Message] = (), filters: Filters | None = None,
               mode: str = "hybrid") -> Iterator[str | Answer]:
        """Text as it is produced, then the verified ``Answer``; ``AskError`` if the question
        cannot be asked. An unreachable LLM falls back to the extractive answer, with a notice.
        An ingest that finishes mid-answer may sweep what the answer was reading: it is then
        answered again from the new snapshot."""
        yield from retrying(lambda: self._stream(question, history, filters, mode))

    def _stream(self, question: str, history: Sequence[Message], filters: Filters | None,
                mode: str) -> Iterator[str | Answer]:
        started = time.perf_counter()
        question = self.check(question)
        standalone = self.condense(question, history)
        found = self._search(standalone, filters or Filters(), mode)
        result, frame, notice = found.result, found.frame, found.notice
        timings = dict(result.timings_ms)

        def done(answer: Answer) -> Answer:
            answer.notice = notice
            answer.standalone_question = standalone if standalone != question else None
            answer.timeframe = frame.to_dict() if frame else None
            answer.timings_ms = {**timings, "total": (time.perf_counter() - started) * 1000}
            answer.backend = self.backend
            return answer

        if not found.answerable:
            if found.other_periods is not None:  # the topic is there, the period is not
                text, sources = self._other_periods(frame, standalone, found.other_periods)
                yield text
                yield done(Answer(question=question, text=text, sources=sources, refused=True))
                return
            yield REFUSAL
            yield done(refusal(question))
            return
        passages, dated_first = result.documents, False
        if frame and frame.by_date:
            passages, dated_first = self._by_date(standalone, result.query_vector, passages, frame.recency)
        text, quotes = "", None
        if self.generative:
            pieces: list[str] = []
            try:
                for piece in self.generative.stream(standalone, passages, format_date(self.today.isoformat())):
                    pieces.append(piece)
                    yield piece
            except Exception as exc:  # any transport or server error of any backend
                log.warning("LLM backend failed (%s: %s); answering extractively", type(exc).__name__, exc)
                notice, pieces = LLM_UNREACHABLE, []
            text = "".join(pieces).strip()
            if REFUSAL.rstrip(".").lower() in text.lower():
                yield done(refusal(question))
                return
        verified, sources = verify_citations(text, passages, quotes) if text else ("", [])
        if not sources:  # no model, or a model that cited nothing: copy the evidence instead
            read = passages[:1] if dated_first else passages  # "en son"/"ilk": only that article answers
            chosen = self.extractive.select(standalone, result.query_vector, read, self.searcher.lexical)
            if not chosen:
                yield done(refusal(question))
                return
            text, quotes = self.extractive.write(chosen)
            # A time question, or "ne zaman?" answered by a sentence without a date: the
            # article's date is the answer's time, so it is named.
            if frame or (asks_for_date(standalone) and not any(has_date(c.text) for c in chosen)):
                text = _dated(text, passages[chosen[0].passage - 1])
            verified, sources = verify_citations(text, passages, quotes)
            if self.generative:
                log.info("model answer had no valid citation; using the extractive answer")
            yield verified
        yield done(Answer(question=question, text=verified, sources=sources))

    # --- time ------------------------------------------------------------------------
    def _search(self, question: str, filters: Filters, mode: str) -> _Found:
        """Retrieval with the question's time read in: its period as a filter (unless the user
        chose dates), more candidates for "en son", and a check that the period really has
        articles about the question rather than merely the best of a few."""
        frame = self.timeframe(question)
        scoped = scoped_filters(filters, frame)
        k = self.settings.top_k * 2 if frame and frame.by_date else self.settings.top_k
        result = self.searcher.search(question, k, scoped, mode)
        if scoped == filters:
            return _Found(result, frame, self.is_answerable(result, mode))
        wider = self.searcher.search(question, self.settings.top_k, filters, mode)
        in_period = (self.is_answerable(result, mode)
                     and result.confidence >= wider.confidence - self.settings.period_drift)
        if in_period or not self.is_answerable(wider, mode):
            return _Found(result, frame, in_period)
        # "1973'te …" may name the event's year, not the article's: the best article of any
        # date answers when it has no date to check or when it speaks of that period.
        top = wider.documents[0]
        undated = not top.metadata.get("date_int")
        if undated or _mentions_period(top, frame):
            notice = (PERIOD_UNDATED if undated else PERIOD_IN_TEXT).format(period=frame.period_text())
            return _Found(wider, frame, True, notice)
        return _Found(result, frame, False, other_periods=wider)

    @property
    def today(self) -> date:
        return self.settings.today or date.today()

    def timeframe(self, question: str) -> TimeFrame | None:
        return parse_timeframe(question, self.today) if self.settings.time_aware else None

    def answering(self, question: str, query_vector, passages: list[Document], margin: float) -> list[int]:
        """Positions of the passages whose best sentence answers within ``margin`` of the best
        passage's: the ones that are about the question, whatever their rank."""
        scores = self.extractive.passage_scores(question, query_vector, passages, self.searcher.lexical)
        best = max(scores, default=float("-inf"))
        return [i for i, score in enumerate(scores) if score >= best - margin]

    def _by_date(self, question: str, query_vector, passages: list[Document],
                 newest: bool) -> tuple[list[Document], bool]:
        """Among the passages that answer about as well as the best one, the newest (or the
        oldest) goes first. False when none of them is dated (the order is then left alone)."""
        answering = [i for i in self.answering(question, query_vector, passages, self.settings.recency_margin)
                     if passages[i].metadata.get("date_int")]
        if not answering:
            return passages, False
        pick = max if newest else min
        first = pick(answering, key=lambda i: passages[i].metadata["date_int"])
        return [passages[first]] + [p for i, p in enumerate(passages) if i != first], True

    def _other_periods(self, frame: TimeFrame, question: str, wider: SearchResult) -> tuple[str, list[Source]]:
        """The archive has the topic but nothing from the asked period: say so, with the dates it has."""
        passages = wider.documents
        on_topic = self.answering(question, wider.query_vector, passages, self.settings.topic_margin)
        ordered = sorted(on_topic, key=lambda i: passages[i].metadata.get("date") or "9999")[:3]
        listed = ", ".join(f"{format_date(passages[i].metadata.get('date')) or 'tarih yok'} [{i + 1}]"
                           for i in ordered)
        text = (f"Arşivde bu konuda haberler var, ancak {frame.period_text()} bir haber bulamadım. "
                f"Bu konudaki haberler: {listed}.")
        quotes = {i + 1: quote_for(passages[i].page_content, question) for i in ordered}
        return verify_citations(text, passages, quotes)

    def ask(self, question: str, history: Sequence[Message] = (), filters: Filters | None = None,
            mode: str = "hybrid") -> Answer:
        final = None
        for event in self.stream(question, history, filters, mode):
            if isinstance(event, Answer):
                final = event
        assert final is not None
        return final
