"""An answerer with no LLM: the sentences of the retrieved passages that answer best.

Each sentence of the top passages is scored by the cosine of its stored embedding with
the question, by the idf-weighted share of the question's stemmed words it contains, by
whether it has what the question word asks for (a number for "kaç", a date for "ne
zaman"), and by its passage's rank. The best sentence is the answer; a second one joins
when it scores nearly as well and the answer stays short. It cannot follow instructions
hidden in an article: it only ever copies sentences, so prompt injection has no effect.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
from langchain_core.documents import Document

from rag.index.records import ChunkMeta
from rag.index.snapshot import IndexMoved, Snapshot
from rag.index.store import ArchiveStore
from rag.language.dates import MONTH_NUMBERS
from rag.language.turkish import DIGIT_WORDS, SCALE_WORDS, tokens, turkish_lower

# Tuned on the devset (README, "Değerlendirme"): one sentence when it clearly wins, up to
# three when several score within MARGIN of the best, never past the length budget.
PASSAGES_READ = 3  # top passages whose sentences compete
LEXICAL_WEIGHT = 0.1
RANK_PENALTY = 0.06  # per passage rank below the first
TYPE_BONUS = 0.02  # sentence has the kind of thing the question asks for
MARGIN = 0.06
MAX_SENTENCES = 3

_NUMBER = re.compile(r"\d|\b(" + "|".join([*DIGIT_WORDS, *SCALE_WORDS]) + r")\b")
_DATE = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})\b|\b(" + "|".join([*MONTH_NUMBERS, "yüzyıl"]) + ")")
_ASKS_NUMBER = re.compile(r"\b(kaç|kaçta|ne kadar|yüzde|oranı|miktar)")
_ASKS_DATE = re.compile(r"\b(ne zaman|hangi yıl|hangi tarih|hangi ay|hangi yüzyıl|kaç yılında|tarihi)")


def asks_for_date(question: str) -> bool:
    """"ne zaman", "hangi yıl", "hangi tarihte" …"""
    return bool(_ASKS_DATE.search(turkish_lower(question)))


def has_date(text: str) -> bool:
    return bool(_DATE.search(turkish_lower(text)))


@dataclass
class Candidate:
    passage: int  # 1-based position in the passages list
    index: int  # sentence position in its document
    text: str
    score: float


class ExtractiveAnswerer:
    name = "extractive"

    def __init__(self, store: ArchiveStore, max_chars: int = 300) -> None:
        self.store = store
        self.max_chars = max_chars

    def select(self, question: str, query_vector: np.ndarray, passages: list[Document],
               snapshot: Snapshot) -> list[Candidate]:
        """The sentences that make the answer, in reading order."""
        candidates = self._candidates(question, query_vector, passages[:PASSAGES_READ], snapshot)
        if not candidates:
            return []
        candidates.sort(key=lambda c: -c.score)
        best = candidates[0].score
        chosen = [candidates[0]]
        length = len(candidates[0].text)
        for other in candidates[1:]:
            if len(chosen) == MAX_SENTENCES or other.score < best - MARGIN:
                break
            if length + len(other.text) <= self.max_chars:
                chosen.append(other)
                length += len(other.text)
        return sorted(chosen, key=lambda c: (c.passage, c.index))

    def passage_scores(self, question: str, query_vector: np.ndarray, passages: list[Document],
                       snapshot: Snapshot) -> list[float]:
        """How well each passage's best sentence answers, ignoring retrieval rank (for
        choosing among passages that all answer, e.g. the newest one)."""
        best = [float("-inf")] * len(passages)
        for c in self._candidates(question, query_vector, passages, snapshot, rank_penalty=0.0):
            best[c.passage - 1] = max(best[c.passage - 1], c.score)
        return best

    def _candidates(self, question: str, query_vector: np.ndarray, passages: list[Document],
                    snapshot: Snapshot, rank_penalty: float = RANK_PENALTY) -> list[Candidate]:
        wanted: dict[str, tuple[int, int]] = {}
        for n, doc in enumerate(passages, start=1):
            meta = ChunkMeta.of(doc)
            for index, sid in enumerate(meta.sentence_ids(), start=meta.sentence_start):
                wanted.setdefault(sid, (n, index))
        ids, texts, vectors = self.store.get_sentences(list(wanted))
        if len(ids) < len(wanted):  # every committed version has all its sentences: swept
            raise IndexMoved(f"{len(wanted) - len(ids)} sentences of the snapshot are gone")
        if not ids:
            return []
        dense = vectors @ query_vector
        question_tokens = set(tokens(question))
        weights = {t: snapshot.bm25.idf_of(t) for t in question_tokens}
        total = sum(weights.values()) or 1.0
        asks = turkish_lower(question)
        wants_number = bool(_ASKS_NUMBER.search(asks))
        wants_date = asks_for_date(question)
        out: list[Candidate] = []
        for sid, text, cosine in zip(ids, texts, dense):
            n, index = wanted[sid]
            lowered = turkish_lower(text)
            overlap = sum(weights[t] for t in question_tokens & set(tokens(text))) / total
            bonus = 0.0
            if wants_date and _DATE.search(lowered):
                bonus += TYPE_BONUS
            elif wants_number and _NUMBER.search(lowered):
                bonus += TYPE_BONUS
            score = float(cosine) + LEXICAL_WEIGHT * overlap + bonus - rank_penalty * (n - 1)
            out.append(Candidate(n, index, text, score))
        return out

    def write(self, chosen: list[Candidate]) -> tuple[str, dict[int, str]]:
        """Answer text with [n] markers, and the quote of each cited passage."""
        parts: list[str] = []
        quotes: dict[int, list[str]] = {}
        for c in chosen:
            text = c.text.rstrip()
            if text[-1] in ".!?…":
                parts.append(f"{text[:-1].rstrip()} [{c.passage}]{text[-1]}")
            else:
                parts.append(f"{text} [{c.passage}]")
            quotes.setdefault(c.passage, []).append(c.text)
        return " ".join(parts), {n: " ".join(q) for n, q in quotes.items()}
