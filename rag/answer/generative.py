"""Answers written by a language model from numbered passages (chat or completion prompt)."""

from __future__ import annotations

from collections.abc import Iterator

from langchain_core.documents import Document
from langchain_core.language_models import BaseLanguageModel
from langchain_core.output_parsers import StrOutputParser

from rag.answer.prompts import (
    BRIEF_CHAT_PROMPT,
    CHAT_PROMPT,
    COMPLETION_PROMPT,
    COMPLETION_STOPS,
    CONDENSE_PROMPT,
    format_article,
    format_passages,
)


class GenerativeAnswerer:
    def __init__(self, llm: BaseLanguageModel, chat: bool, name: str) -> None:
        self.name = name
        self.chat = chat
        if chat:
            self._chain = CHAT_PROMPT | llm | StrOutputParser()
            self._condense = CONDENSE_PROMPT | llm | StrOutputParser()
            self._key_fact = BRIEF_CHAT_PROMPT | llm.bind(stop=["\n"]) | StrOutputParser()
        else:
            self._chain = COMPLETION_PROMPT | llm.bind(stop=COMPLETION_STOPS) | StrOutputParser()
            # A base model cannot be trusted to rewrite questions or articles (it echoes titles).
            self._condense = None
            self._key_fact = None

    def stream(self, question: str, passages: list[Document], today: str) -> Iterator[str]:
        yield from self._chain.stream({"question": question, "context": format_passages(passages),
                                       "today": today})

    def key_fact(self, topic: str, passage: Document) -> str | None:
        """The article's main fact about ``topic`` in one sentence (unchecked: see grounded());
        None from a base model."""
        if self._key_fact is None:
            return None
        return self._key_fact.invoke({"topic": topic, "article": format_article(passage)}).strip()

    def condense(self, question: str, history: str) -> str | None:
        if self._condense is None:
            return None
        rewritten = self._condense.invoke({"question": question, "history": history}).strip()
        return rewritten.splitlines()[0].strip() if rewritten else None
