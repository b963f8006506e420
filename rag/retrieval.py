"""Hybrid retrieval: dense chunks + dense sentences + Turkish BM25, fused by reciprocal rank.

Sentence-level dense search finds the one sentence that answers a factoid question even
when the rest of its chunk is about something else; BM25 catches names and numbers that
embeddings blur. Reciprocal rank fusion needs no score calibration between the three.
The best dense cosine is kept as the confidence signal for refusing (RRF scores are flat).
"""

from __future__ import annotations

import logging
import math
import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

import numpy as np
from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from rag.index.embeddings import Embedder
from rag.index.records import ChunkMeta, date_int, parse_id, titled
from rag.index.snapshot import IndexMoved, Snapshot, Snapshots
from rag.index.store import ArchiveStore
from rag.language.turkish import ascii_fold, tokens
from rag.settings import Settings

log = logging.getLogger(__name__)

# Weights of the three rankings in the fusion; sentence hits are the sharpest signal on
# factoid questions, measured on the devset (see README, "Değerlendirme").
WEIGHTS = {"sentence": 1.0, "chunk": 0.5, "bm25": 0.8}
SENTENCE_FACTOR = 3  # sentence hits fetched per chunk candidate
# A filtered dense search over the whole index asks for this many times the hits it needs,
# divided by the share of the index the filter allows, at most MAX_OVERFETCH (an HNSW walk
# for 3000 hits takes ~30 ms at 50k chunks), and only where the allowed records outnumber
# SCAN_PER_HIT times those hits: scoring a cached vector in memory costs 0.4-1 µs, an HNSW
# hit with reading its id 14-35 µs (at 50k chunks, bench/scale.py).
OVERFETCH = 2
MAX_OVERFETCH = 3000
SCAN_PER_HIT = 20
# Confidence = best dense cosine + COVERAGE_WEIGHT × idf-weighted share of the question's
# words found in the best-covering passage handed to the answerer. e5 cosines alone sit in a narrow band (0.80-0.90) for
# answerable and unanswerable questions alike; words the archive has never seen ("Mars",
# "uydu") separate them. Calibrated with ARSIV_REFUSAL_THRESHOLD on the devset.
COVERAGE_WEIGHT = 0.2


@dataclass(frozen=True)
class Filters:
    """Date range (inclusive), category, and (for a follow-up) the articles to look in first;
    empty means everything."""

    date_from: date | None = None
    date_to: date | None = None
    category: str | None = None
    doc_ids: frozenset[str] | None = None

    @property
    def chosen(self) -> bool:
        """The reader narrowed the archive (dates or a category): an answer may lie outside."""
        return bool(self.date_from or self.date_to or self.category)

    def mask(self, snapshot: Snapshot) -> np.ndarray | None:
        """Which of a snapshot's chunks these filters allow (None: all), for every ranking."""
        return snapshot.mask(date_int(self.date_from), date_int(self.date_to), self.category, self.doc_ids)


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

    def search(self, query: str, snapshot: Snapshot, k: int | None = None, filters: Filters | None = None,
               mode: str = "hybrid", vector: np.ndarray | None = None) -> SearchResult:
        """The best passage of each of the top ``k`` articles, as ``snapshot`` sees the index.
        ``mode``: "hybrid" (the product), "dense" or "bm25" (the baselines). ``vector``: the
        query's embedding when an earlier search of the same question made it (the embedding
        is most of a search's cost)."""
        k = k or self.settings.top_k
        filters = filters or Filters()
        timings: dict[str, float] = {}
        started = time.perf_counter()
        if vector is None:
            vector = self.embedder.encode_query(query)
        timings["embed"] = _ms(started)

        rankings: dict[str, list[str]] = {}
        best_dense = 0.0
        n = self.settings.candidates

        allowed = filters.mask(snapshot)
        if mode in ("hybrid", "dense"):
            t = time.perf_counter()
            chunk_hits = self._dense("chunks", vector, n, allowed, snapshot)
            sentence_hits = (self._dense("sentences", vector, n * SENTENCE_FACTOR, allowed, snapshot)
                             if mode == "hybrid" else [])
            timings["dense"] = _ms(t)
            rankings["chunk"] = [rid for rid, _ in chunk_hits]
            if mode == "hybrid":
                rankings["sentence"] = _sentence_ranking(sentence_hits, snapshot)
            best_dense = max((score for _, score in chunk_hits + sentence_hits), default=0.0)
        if mode in ("hybrid", "bm25"):
            t = time.perf_counter()
            rankings["bm25"] = snapshot.search(query, n, allowed)
            timings["bm25"] = _ms(t)

        fused = _fuse(rankings, snapshot, self.settings.rrf_k)[:k]
        t = time.perf_counter()
        documents = [Document(id=d.id, page_content=d.page_content, metadata={**d.metadata, "score": score})
                     for d, (_, score) in zip(self.documents([cid for cid, _ in fused]), fused)]
        timings["read"] = _ms(t)
        coverage = max((_coverage(query, d, snapshot) for d in documents), default=0.0)
        confidence = best_dense + COVERAGE_WEIGHT * coverage
        timings["retrieval"] = _ms(started)
        return SearchResult(documents, best_dense, confidence, vector, timings)

    def _dense(self, kind: str, vector: np.ndarray, k: int, allowed: np.ndarray | None,
               snapshot: Snapshot) -> list[tuple[str, float]]:
        """The ``k`` nearest records of the snapshot among the ``allowed`` chunks' documents
        (``kind``: "chunks" or "sentences"). A filter's records are scored in memory, unless
        they are so many that searching the whole index for enough hits that about twice
        ``k`` pass the filter costs less (a broad filter: a category, a year of many). By the
        same costs, a small archive's records are all scored in memory, without a filter too."""
        if allowed is None:
            if snapshot.size(kind) > SCAN_PER_HIT * k:
                return snapshot.visible_hits(self.store.nearest(kind, vector, k))
            allowed = snapshot.everything
        share = allowed.mean() if len(allowed) else 0.0
        if not share:
            return []
        wanted = math.ceil(OVERFETCH * k / share)
        if wanted <= MAX_OVERFETCH and snapshot.count_at(kind, allowed) > SCAN_PER_HIT * wanted:
            found = self.store.nearest(kind, vector, wanted)
            hits = snapshot.visible_hits(found, allowed)
            if len(hits) >= k or len(found) < wanted:  # enough, or the whole collection was seen
                return hits[:k]
        return snapshot.visible_hits(self.store.nearest(kind, vector, k, among=snapshot.ids_at(kind, allowed)))

    def documents(self, chunk_ids: Sequence[str]) -> list[Document]:
        """The snapshot's chunks by id, as documents (``IndexMoved`` if an ingest swept them)."""
        if not chunk_ids:
            return []
        rows = self.store.get_chunks(chunk_ids)
        if len(rows) < len(chunk_ids):
            raise IndexMoved(f"{len(chunk_ids) - len(rows)} chunks of the snapshot are gone")
        by_id = {cid: Document(id=cid, page_content=text, metadata=meta) for cid, text, meta in rows}
        return [by_id[cid] for cid in chunk_ids]


def _sentence_ranking(hits: list[tuple[str, float]], snapshot: Snapshot) -> list[str]:
    """Chunks ordered by their best sentence hit; sentences map to every chunk that holds them."""
    ranking: dict[str, None] = {}
    for sentence_id, _ in hits:
        parts = parse_id(sentence_id)
        for chunk_id in snapshot.chunks_holding(parts.doc_id, parts.index):
            ranking.setdefault(chunk_id)
    return list(ranking)


def _rrf(rankings: dict[str, list[str]], k: int) -> dict[str, float]:
    scores: dict[str, float] = defaultdict(float)
    for name, ids in rankings.items():
        for rank, item in enumerate(ids, start=1):
            scores[item] += WEIGHTS[name] / (k + rank)
    return scores


def _fuse(rankings: dict[str, list[str]], snapshot: Snapshot, k: int) -> list[tuple[str, float]]:
    """Articles are ranked by RRF over each list's order of first appearance (so a long
    article's many chunks do not crowd a list), then each article is represented by its
    best chunk. One passage per article also keeps the cited sources diverse."""
    chunk_scores = _rrf(rankings, k)
    doc_rankings = {
        name: list(dict.fromkeys(snapshot.doc_of(cid) for cid in ids)) for name, ids in rankings.items()
    }
    doc_scores = _rrf(doc_rankings, k)
    best_chunk: dict[str, str] = {}
    for cid, score in sorted(chunk_scores.items(), key=lambda item: -item[1]):
        best_chunk.setdefault(snapshot.doc_of(cid), cid)
    ordered = sorted(doc_scores.items(), key=lambda item: -item[1])
    return [(best_chunk[doc], score) for doc, score in ordered if doc in best_chunk]


def _coverage(query: str, passage: Document, snapshot: Snapshot) -> float:
    """Share of the question's words (idf-weighted) that the passage contains; a word the
    archive has never seen weighs as much as the rarest word it has. Taken at the best of the
    passages handed to the answerer: the article that answers may rank below one that shares
    only the question's common words ("Türkmen … başkanı")."""
    words = set(tokens(query))
    if not words:
        return 0.0
    rarest = snapshot.bm25.max_idf
    weights = {w: snapshot.bm25.idf_of(w) or rarest for w in words}
    found = set(tokens(titled(ChunkMeta.of(passage).title, passage.page_content)))
    found |= {ascii_fold(w) for w in found}  # "duzenledi" typed without Turkish letters is found
    return sum(v for w, v in weights.items() if w in found) / sum(weights.values())


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


class ArchiveRetriever(BaseRetriever):
    """The hybrid searcher as a langchain retriever, so it composes with LCEL chains."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    searcher: HybridSearcher
    snapshots: Snapshots
    k: int = 5
    filters: Filters = Filters()

    def _get_relevant_documents(self, query: str, *,
                                run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        return self.snapshots.read(lambda snapshot: self.searcher.search(query, snapshot, self.k, self.filters)
                                   ).documents
