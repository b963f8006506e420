"""Hybrid retrieval: dense chunks + dense sentences + Turkish BM25, fused by reciprocal rank.

Sentence-level dense search finds the one sentence that answers a factoid question even
when the rest of its chunk is about something else; BM25 catches names and numbers that
embeddings blur. Reciprocal rank fusion needs no score calibration between the three.
The best dense cosine is kept as the confidence signal for refusing (RRF scores are flat).
"""

from __future__ import annotations

import logging
import threading
import time
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from rag.embeddings import Embedder
from rag.lexical import LexicalIndex, sync_lexical
from rag.settings import Settings
from rag.store import ArchiveStore, Hit, IndexMoved, Metadata
from rag.turkish import tokens

log = logging.getLogger(__name__)

# Weights of the three rankings in the fusion; sentence hits are the sharpest signal on
# factoid questions, measured on the devset (see README, "Değerlendirme").
WEIGHTS = {"sentence": 1.0, "chunk": 0.5, "bm25": 0.8}
SENTENCE_FACTOR = 3  # sentence hits fetched per chunk candidate
# Confidence = best dense cosine + COVERAGE_WEIGHT × idf-weighted share of the question's
# words found in the top passage. e5 cosines alone sit in a narrow band (0.80-0.90) for
# answerable and unanswerable questions alike; words the archive has never seen ("Mars",
# "uydu") separate them. Calibrated with ARSIV_REFUSAL_THRESHOLD on the devset.
COVERAGE_WEIGHT = 0.2


@dataclass(frozen=True)
class Filters:
    """Date range (inclusive) and category; empty means everything."""

    date_from: date | None = None
    date_to: date | None = None
    category: str | None = None

    @staticmethod
    def _int(value: date | None) -> int | None:
        return int(value.strftime("%Y%m%d")) if value else None

    def where(self) -> Metadata | None:
        clauses: list[Metadata] = []
        if self.date_from:
            clauses.append({"date_int": {"$gte": self._int(self.date_from)}})
        if self.date_to:
            clauses.append({"date_int": {"$lte": self._int(self.date_to)}})
        if self.category:
            clauses.append({"categories": {"$contains": self.category}})
        if not clauses:
            return None
        return clauses[0] if len(clauses) == 1 else {"$and": clauses}

    def mask(self, lexical: LexicalIndex) -> np.ndarray | None:
        return lexical.mask(self._int(self.date_from), self._int(self.date_to), self.category)


@dataclass
class SearchResult:
    documents: list[Document]
    best_dense: float  # highest cosine among dense chunk and sentence hits
    confidence: float  # what the refusal threshold is compared with
    query_vector: np.ndarray
    timings_ms: dict[str, float] = field(default_factory=dict)


class HybridSearcher:
    """Everything retrieval needs, loaded once; safe to share between threads."""

    def __init__(self, settings: Settings, store: ArchiveStore, embedder: Embedder) -> None:
        self.settings = settings
        self.store = store
        self.embedder = embedder
        store.check_model(embedder.model_id)
        self._lexical: LexicalIndex | None = None
        self._lock = threading.Lock()

    @property
    def lexical(self) -> LexicalIndex:
        """The BM25 index for the collection's current version (reloaded after an ingest)."""
        with self._lock:
            self._lexical = sync_lexical(self.store, self._lexical)
            return self._lexical

    def search(self, query: str, k: int | None = None, filters: Filters | None = None,
               mode: str = "hybrid") -> SearchResult:
        """``mode``: "hybrid" (the product), "dense" or "bm25" (the baselines)."""
        k = k or self.settings.top_k
        filters = filters or Filters()
        timings: dict[str, float] = {}
        started = time.perf_counter()
        vector = self.embedder.encode_query(query)
        timings["embed"] = _ms(started)

        rankings: dict[str, list[str]] = {}
        metadata: dict[str, Metadata] = {}
        texts: dict[str, str] = {}
        sentence_scores: dict[str, dict[int, float]] = defaultdict(dict)
        best_dense = 0.0
        n = self.settings.candidates
        lexical = self.lexical

        if mode in ("hybrid", "dense"):
            t = time.perf_counter()
            chunk_hits = [h for h in self.store.query_chunks(vector, n, filters.where()) if lexical.visible(h.metadata)]
            timings["dense"] = _ms(t)
            rankings["chunk"] = [h.id for h in chunk_hits]
            for h in chunk_hits:
                metadata[h.id], texts[h.id] = h.metadata, h.text
            best_dense = max((h.score for h in chunk_hits), default=0.0)
        if mode == "hybrid":
            t = time.perf_counter()
            sentence_hits = [h for h in self.store.query_sentences(vector, n * SENTENCE_FACTOR, filters.where())
                             if lexical.visible(h.metadata)]
            timings["sentences"] = _ms(t)
            rankings["sentence"] = self._sentence_ranking(sentence_hits, lexical, sentence_scores)
            best_dense = max([best_dense] + [h.score for h in sentence_hits])
        if mode in ("hybrid", "bm25"):
            t = time.perf_counter()
            rankings["bm25"] = [h.id for h in lexical.search(query, n, filters.mask(lexical))]
            timings["bm25"] = _ms(t)

        fused = _fuse(rankings, lexical, self.settings.rrf_k)[:k]
        missing = [cid for cid, _ in fused if cid not in metadata]
        if missing:
            page = self.store.chunks.get(ids=missing, include=["documents", "metadatas"])
            if len(page["ids"]) < len(missing):
                raise IndexMoved(f"{len(missing) - len(page['ids'])} chunks of the snapshot are gone")
            for cid, text, meta in zip(page["ids"], page["documents"], page["metadatas"]):
                metadata[cid], texts[cid] = meta, text
        documents = [
            Document(
                id=cid,
                page_content=texts[cid],
                metadata={**metadata[cid], "chunk_id": cid, "score": score, "rank": rank,
                          "sentence_scores": dict(sentence_scores.get(cid, {}))},
            )
            for rank, (cid, score) in enumerate(fused, start=1)
            if cid in metadata
        ]
        confidence = best_dense + COVERAGE_WEIGHT * _coverage(query, documents[:1], lexical)
        timings["retrieval"] = _ms(started)
        return SearchResult(documents, best_dense, confidence, vector, timings)

    @staticmethod
    def _sentence_ranking(hits: list[Hit], lexical: LexicalIndex,
                          sentence_scores: dict[str, dict[int, float]]) -> list[str]:
        """Chunks ordered by their best sentence hit; sentences map to every chunk that holds them."""
        ranking: list[str] = []
        for hit in hits:
            doc_id, index = hit.metadata["doc_id"], hit.metadata["sentence_index"]
            for chunk_id in lexical.chunks_holding(doc_id, index):
                sentence_scores[chunk_id].setdefault(index, hit.score)
                if chunk_id not in ranking:
                    ranking.append(chunk_id)
        return ranking


def _rrf(rankings: dict[str, list[str]], k: int) -> dict[str, float]:
    scores: dict[str, float] = defaultdict(float)
    for name, ids in rankings.items():
        for rank, item in enumerate(ids, start=1):
            scores[item] += WEIGHTS[name] / (k + rank)
    return scores


def _fuse(rankings: dict[str, list[str]], lexical: LexicalIndex, k: int) -> list[tuple[str, float]]:
    """Articles are ranked by RRF over each list's order of first appearance (so a long
    article's many chunks do not crowd a list), then each article is represented by its
    best chunk. One passage per article also keeps the cited sources diverse."""
    chunk_scores = _rrf(rankings, k)
    doc_rankings = {
        name: list(dict.fromkeys(lexical.doc_of(cid) for cid in ids)) for name, ids in rankings.items()
    }
    doc_scores = _rrf(doc_rankings, k)
    best_chunk: dict[str, str] = {}
    for cid, score in sorted(chunk_scores.items(), key=lambda item: -item[1]):
        best_chunk.setdefault(lexical.doc_of(cid), cid)
    ordered = sorted(doc_scores.items(), key=lambda item: -item[1])
    return [(best_chunk[doc], score) for doc, score in ordered if doc in best_chunk]


def _coverage(query: str, documents: list[Document], lexical: LexicalIndex) -> float:
    """Share of the question's words (idf-weighted) that the passages contain; a word the
    archive has never seen weighs as much as the rarest word it has."""
    words = set(tokens(query))
    if not words or not documents:
        return 0.0
    rarest = float(lexical.idf.max()) if len(lexical.idf) else 1.0
    weights = {w: lexical.idf_of(w) or rarest for w in words}
    found = set(tokens(" ".join(f"{d.metadata.get('title', '')} {d.page_content}" for d in documents)))
    return sum(v for w, v in weights.items() if w in found) / sum(weights.values())


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


class ArchiveRetriever(BaseRetriever):
    """The hybrid searcher as a langchain retriever, so it composes with LCEL chains."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    searcher: HybridSearcher
    k: int = 5
    filters: Filters = Filters()

    def _get_relevant_documents(self, query: str, *,
                                run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        return self.searcher.search(query, self.k, self.filters).documents
