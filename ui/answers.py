"""The answers the app has given, kept on the server by id for follow-ups and votes.

A chat message carries only its answer's id (in Gradio's message metadata), so neither the
browser session nor ``gr.State`` holds whole passages. The store is shared by all sessions
and bounded (``settings.answers_kept``): the least recently used answer is forgotten first,
after which a vote on it is ignored and a follow-up reads only the user's earlier questions.
"""

from __future__ import annotations

import threading
import uuid
from collections import OrderedDict
from dataclasses import asdict, dataclass

from rag.answer.brief import Brief
from rag.answer.citations import Answer, Source
from rag.retrieval import Filters


@dataclass(frozen=True)
class SourceRef:
    """A cited source without its passage: what a vote records."""

    n: int
    doc_id: str
    title: str
    date: str | None
    url: str | None
    quote: str

    @classmethod
    def of(cls, source: Source) -> SourceRef:
        return cls(source.n, source.doc_id, source.title, source.date, source.url, source.quote)


@dataclass(frozen=True)
class StoredAnswer:
    """What follow-ups (the plain text) and votes (question, text, sources) need of an answer."""

    question: str
    text: str
    refused: bool
    backend: str
    sources: tuple[SourceRef, ...] = ()
    short: str | None = None  # the answer's bold short answer: "onun müdürü" may point at it
    filters: Filters = Filters()  # what it was asked under: new filters start a new conversation

    @classmethod
    def of_answer(cls, answer: Answer, filters: Filters = Filters()) -> StoredAnswer:
        return cls(answer.question, answer.text, answer.refused, answer.backend,
                   tuple(SourceRef.of(s) for s in answer.sources), answer.short, filters)

    @classmethod
    def of_brief(cls, brief: Brief, filters: Filters = Filters()) -> StoredAnswer:
        return cls(brief.topic, brief.text(), brief.empty, "brief", tuple(SourceRef.of(s) for s in brief.sources),
                   filters=filters)

    def to_dict(self) -> dict:
        """The shape ``rag.ops.feedback.record_feedback`` reads (the filters left out)."""
        data = asdict(self)
        data["sources"] = list(data["sources"])
        del data["filters"]
        return data


class AnswerStore:
    """A thread-safe LRU map of answer id → ``StoredAnswer``, holding at most ``capacity``."""

    def __init__(self, capacity: int) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self.capacity = capacity
        self._answers: OrderedDict[str, StoredAnswer] = OrderedDict()
        self._lock = threading.Lock()

    def add(self, answer: StoredAnswer) -> str:
        """Keep ``answer``; returns its new id (random, so one session cannot guess another's)."""
        answer_id = uuid.uuid4().hex
        with self._lock:
            self._answers[answer_id] = answer
            while len(self._answers) > self.capacity:
                self._answers.popitem(last=False)
        return answer_id

    def get(self, answer_id: str | None) -> StoredAnswer | None:
        """The answer, or None when the id is unknown or forgotten; a hit counts as a use."""
        if not answer_id:
            return None
        with self._lock:
            answer = self._answers.get(answer_id)
            if answer is not None:
                self._answers.move_to_end(answer_id)
            return answer

    def __len__(self) -> int:
        with self._lock:
            return len(self._answers)
