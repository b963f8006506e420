"""The chat tab's handlers and the question APIs, callable without a server.

A finished answer goes into the ``AnswerStore`` and its chat message carries only the id, in
the message's metadata (``{"id": …}``; without a ``title`` Gradio shows it as a plain
message). The id travels with the message itself, so ChatInterface's retry and undo, which
drop or replace messages, can never pair a vote or a follow-up with another answer.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from typing import Any

import gradio as gr

from rag.answer.brief import write_brief
from rag.answer.citations import Answer
from rag.language.dates import Period, parse_period
from rag.ops.feedback import record_feedback
from rag.qa import AskError, Message, reply_message
from rag.retrieval import Filters
from ui.answers import AnswerStore, StoredAnswer
from ui.errors import user_error
from ui.filters import (
    ALL_CATEGORIES,
    FROM_LABEL,
    RANGE_ERROR,
    TO_LABEL,
    category_field,
    date_error,
    parse_filters,
)
from ui.render import VIEW_CARDS, render_answer, render_brief, render_message, render_partial, visible_text
from ui.service import ArchiveService

log = logging.getLogger("arsiv.app")

MODE_ANSWER, MODE_BRIEF = "Soru-yanıt", "Arka plan"
EMPTY_QUESTION = "Lütfen bir soru yazın."
FILTERS_TITLE = "Filtreler"
ChatMessage = dict[str, Any]  # Gradio's message: role, content (text or typed blocks), metadata


def answer_message(content: str, answer_id: str | None = None) -> ChatMessage:
    """An assistant message; a finished answer's carries its id in the metadata."""
    message: ChatMessage = {"role": "assistant", "content": content}
    if answer_id:
        message["metadata"] = {"id": answer_id}
    return message


def answer_id_of(message: ChatMessage) -> str | None:
    """The id of the answer an assistant message shows, if it shows a finished one."""
    if message.get("role") != "assistant":
        return None
    answer_id = (message.get("metadata") or {}).get("id")
    return str(answer_id) if answer_id else None


def history_for_qa(history: Sequence[ChatMessage], answers: AnswerStore, filters: Filters) -> list[Message]:
    """The conversation as ``ArchiveQA`` reads it: the user's messages, and the plain text of
    the kept answers with the articles they cited (source cards, notices and forgotten answers
    left out). It starts after the last answer given under other filters: a reader who narrows
    the dates or the category and asks "Neler oldu?" asks about them, not the last subject."""
    plain: list[Message] = []
    for message in history[_since_filters_changed(history, answers, filters):]:
        if message.get("role") == "user":
            text = visible_text(_text(message.get("content")))
            if text:
                plain.append({"role": "user", "content": text})
        elif (answer := answers.get(answer_id_of(message))) is not None:
            plain.append(reply_message(answer))
    return plain


def api_history(earlier: Sequence[dict]) -> list[Message]:
    """The conversation an API client keeps: each earlier answer as /ask returned it, after its question."""
    history: list[Message] = []
    for answer in earlier:
        history += [{"role": "user", "content": answer.get("question") or ""}, reply_message(Answer.from_dict(answer))]
    return history


def _since_filters_changed(history: Sequence[ChatMessage], answers: AnswerStore, filters: Filters) -> int:
    """Where the conversation under these filters starts: after the last answer asked under others."""
    for index in range(len(history) - 1, -1, -1):
        answer = answers.get(answer_id_of(history[index]))
        if answer is not None and answer.filters != filters:
            return index + 1
    return 0


def _filters_just_changed(history: Sequence[ChatMessage], answers: AnswerStore, filters: Filters) -> bool:
    """The last answer was asked under other filters: this question starts a talk of its own (said once, not
    on every answer after it: a stranger's find)."""
    start = _since_filters_changed(history, answers, filters)
    return start > 0 and not any(answers.get(answer_id_of(message)) is not None for message in history[start:])


def _text(content: Any) -> str:
    """A message's text, whether Gradio hands it back as a string or as typed blocks."""
    if isinstance(content, list):
        content = " ".join(b.get("text", "") for b in content if isinstance(b, dict) and b.get("type") == "text")
    return content.strip() if isinstance(content, str) else ""


class ChatHandlers:
    """Chat, votes and the /ask and /brief APIs over one ``ArchiveService``."""

    def __init__(self, service: ArchiveService, answers: AnswerStore) -> None:
        self.service = service
        self.answers = answers

    def chat(self, message: str, history: list[ChatMessage], date_from: str | None, date_to: str | None,
             category: str | None, mode: str, view: str) -> Iterator[ChatMessage]:
        """ChatInterface's function: the answer as it streams, then the finished answer. The
        question is read as its bubble shows it (``visible_text``: markup dropped)."""
        message = visible_text(message)
        try:
            filters = parse_filters(date_from, date_to, category)
            if mode == MODE_BRIEF:
                brief = write_brief(self.service.qa, message, filters)
                answer_id = self.answers.add(StoredAnswer.of_brief(brief, filters))
                yield answer_message(render_brief(brief, view, self.service.file_url), answer_id)
                return
            shown = ""
            afresh = _filters_just_changed(history, self.answers, filters)  # the talk before is not read
            for event in self.service.qa.stream(message, history_for_qa(history, self.answers, filters), filters):
                if isinstance(event, Answer):
                    answer_id = self.answers.add(StoredAnswer.of_answer(event, filters))
                    yield answer_message(render_answer(event, view, filters, self.service.file_url, afresh),
                                         answer_id)
                else:
                    shown += event
                    yield answer_message(render_partial(shown))
        except AskError as exc:
            log.info("chat question not answered: %s", exc)
            yield answer_message(render_message(str(exc)))

    def check_question(self, message: str) -> dict:
        """ChatInterface's validator: an empty (or markup-only) question is stopped in the
        browser with a short notice beside the box, before any bubble is added."""
        return gr.validate(bool(visible_text(message)), EMPTY_QUESTION)

    def filter_title(self, date_from: str | None, date_to: str | None, category: str | None,
                     mode: str | None, view: str | None) -> gr.Accordion:
        """The filter panel's one-line title: what the next question will be limited to."""
        return gr.Accordion(label=filter_summary(date_from, date_to, category, mode, view))

    def check_dates(self, date_from: str | None, date_to: str | None) -> list[dict]:
        """A validator for the date fields: one that cannot be read gets a Turkish message
        beside it (and a range that ends before it starts, beside the end)."""
        checks, periods = [], []
        for value, label in ((date_from, FROM_LABEL), (date_to, TO_LABEL)):
            try:
                periods.append(parse_period(value))
                checks.append(gr.validate(True, ""))
            except ValueError:
                periods.append(None)
                checks.append(gr.validate(False, date_error(value or "", label)))
        start, end = periods
        if start and end and start.first > end.last:
            checks[1] = gr.validate(False, RANGE_ERROR)
        return checks

    def feedback(self, history: list[ChatMessage], data: gr.LikeData) -> None:
        """👍/👎: the voted message is found by its index in the chat, its answer by the id it carries."""
        index = data.index[0] if isinstance(data.index, (list, tuple)) else data.index
        message = history[index] if isinstance(index, int) and 0 <= index < len(history) else {}
        answer = self.answers.get(answer_id_of(message))
        if answer is None:
            log.info("vote on message %s ignored: it shows no kept answer", index)
            return
        liked = data.liked if isinstance(data.liked, bool) else str(data.liked).lower() == "like"
        record_feedback(self.service.settings.feedback_dir, liked, answer.to_dict())
        gr.Info("Geri bildiriminiz kaydedildi, teşekkürler.", title="Bilgi")

    def ask(self, question: str, date_from: str = "", date_to: str = "", category: str = "",
            earlier: list[dict] | None = None) -> dict:
        """Answer one question; the answer with its numbered sources (title, date, url, quote). ``earlier``: the
        answers /ask gave before in this conversation, oldest first, so a follow-up ("peki ne zaman?") is read
        with them as the chat reads it."""
        try:
            filters = parse_filters(date_from, date_to, category)
            return self.service.qa.ask(question, api_history(earlier or []), filters=filters).to_dict()
        except AskError as exc:
            raise user_error(str(exc), "/ask") from None

    def brief(self, topic: str, date_from: str = "", date_to: str = "", category: str = "",
              newest_first: bool = False) -> dict:
        """A dated, cited background brief on a topic: one line per article, in date order."""
        try:
            filters = parse_filters(date_from, date_to, category)
            return write_brief(self.service.qa, topic, filters, newest_first=newest_first).to_dict()
        except AskError as exc:
            raise user_error(str(exc), "/brief") from None

    def category_choices(self) -> gr.Dropdown:
        """The categories in the index now (the chosen one is kept); a list with nothing to
        choose says why."""
        return gr.Dropdown(**category_field(self.service.stats().categories))


def filter_summary(date_from: str | None, date_to: str | None, category: str | None,
                   mode: str | None, view: str | None) -> str:
    """"Filtreler · Mart 2024 · Kültür": the panel's title, naming what is not the default
    (and warning of a date that cannot be read, so a closed panel hides no mistake). The mode
    and the view are named as such: a stranger read "Filtreler · Zaman çizelgesi" as a filter."""
    bits = []
    try:
        start, end = parse_period(date_from), parse_period(date_to)
    except ValueError:
        bits.append("⚠ tarih anlaşılamadı")
    else:
        if start and end and start.first > end.last:
            bits.append("⚠ başlangıç bitişten sonra")
        elif start and end:
            bits.append(Period(start.first, end.last).label)
        elif start or end:
            bits.append(f"{start.label if start else '…'} – {end.label if end else '…'}")
    if category and category != ALL_CATEGORIES:
        bits.append(category)
    shown = [f"mod: {mode}"] if mode and mode != MODE_ANSWER else []
    if view and view != VIEW_CARDS:
        shown.append(f"kaynaklar: {view}")
    return " · ".join([FILTERS_TITLE, *(bits or ["tüm arşiv"]), *shown])
