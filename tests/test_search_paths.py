"""The dense search's three ways of applying a filter, and chunk vectors, on real data.

A filter limits the search to some documents' records. Whichever way it is applied (scoring
their cached vectors in memory, over-fetching from the whole index, or chromadb searching
among the allowed ids while they are being cached), the hits must be the nearest allowed
records, as a brute-force scan finds them.
"""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pytest

import rag.index.store as store_module
import rag.retrieval as retrieval
from rag.index.records import parse_id, sentence_id, titled
from rag.index.store import ArchiveStore, IndexMoved
from rag.qa import ArchiveQA
from rag.retrieval import Filters
from rag.settings import Settings

QUESTIONS = ["Kerkük'te hangi köprü yenilendi?", "Bakü ile Erbil arasında uçuşlar ne zaman başladı?",
             "Festivale kaç kişi katıldı?"]


def own_archive(data: Path, embedder, **settings) -> ArchiveQA:
    settings = Settings(data_dir=data, chunk_vectors="pooled", _env_file=None, **settings)
    return ArchiveQA(settings, ArchiveStore(settings), embedder)


@pytest.fixture(scope="module")
def own_qa(own_data, embedder) -> ArchiveQA:
    return own_archive(own_data, embedder)


def brute_force(collection, vector: np.ndarray, doc_ids: set[str], k: int) -> list[str]:
    page = collection.get(include=["embeddings"])
    rows = [i for i, rid in enumerate(page["ids"]) if parse_id(rid).doc_id in doc_ids]
    scores = np.asarray(page["embeddings"], dtype=np.float32)[rows] @ vector
    return [page["ids"][rows[i]] for i in np.argsort(-scores)[:k]]


def spy_on_paths(store, monkeypatch) -> list[str]:
    """Which way each dense search went: "overfetch" (chromadb over the whole index),
    "ids" (chromadb among the allowed ids) or "memory" (cached vectors scored in numpy)."""
    taken: list[str] = []
    search = store._search

    def chromadb(kind, vector, k, among=None):
        taken.append("overfetch" if among is None else "ids")
        return search(kind, vector, k, among)

    monkeypatch.setattr(store, "_search", chromadb)
    for cache in store._vectors.values():
        in_memory = cache.nearest

        def memory(*args, in_memory=in_memory):
            taken.append("memory")
            return in_memory(*args)

        monkeypatch.setattr(cache, "nearest", memory)
    return taken


@pytest.mark.parametrize(("documents", "scan_per_hit", "max_overfetch", "fetch_now", "path"), [
    (18, 0, retrieval.MAX_OVERFETCH, store_module.FETCH_NOW, "overfetch"),  # a broad filter
    (2, retrieval.SCAN_PER_HIT, retrieval.MAX_OVERFETCH, store_module.FETCH_NOW, "memory"),  # a narrow one
    (18, retrieval.SCAN_PER_HIT, 1, 0, "ids"),  # too many vectors to read now: chromadb, while they are cached
])
def test_a_filtered_search_finds_the_nearest_allowed_records(own_data, embedder, monkeypatch, documents,
                                                             scan_per_hit, max_overfetch, fetch_now, path):
    monkeypatch.setattr(retrieval, "SCAN_PER_HIT", scan_per_hit)
    monkeypatch.setattr(retrieval, "MAX_OVERFETCH", max_overfetch)
    monkeypatch.setattr(store_module, "FETCH_NOW", fetch_now)
    qa = own_archive(own_data, embedder)  # a store of its own: nothing cached yet
    taken = spy_on_paths(qa.store, monkeypatch)
    cached = threading.Event()  # background caching waits until the searches are checked
    read_vectors = qa.store.vectors

    def vectors(kind, ids):
        if threading.current_thread() is not threading.main_thread():
            cached.wait()
        return read_vectors(kind, ids)

    monkeypatch.setattr(qa.store, "vectors", vectors)
    snapshot = qa.snapshots.current()
    allowed_docs = set(sorted(snapshot.versions)[:documents])
    allowed = Filters(doc_ids=frozenset(allowed_docs)).mask(snapshot)
    for question in QUESTIONS:
        vector = qa.embedder.encode_query(question)
        for kind, k in (("chunks", 10), ("sentences", 20)):
            taken.clear()
            hits = qa.searcher._dense(kind, vector, k, allowed, snapshot)
            assert taken == [path]
            assert {parse_id(rid).doc_id for rid, _ in hits} <= allowed_docs
            assert [rid for rid, _ in hits] == brute_force(getattr(qa.store, kind), vector, allowed_docs, k)
    cached.set()
    if path == "ids":  # meanwhile the allowed records were cached: the next searches score them in memory
        for cache in qa.store._vectors.values():
            cache._filler.shutdown(wait=True)
        vector = qa.embedder.encode_query(QUESTIONS[0])
        for kind, k in (("chunks", 10), ("sentences", 20)):
            taken.clear()
            hits = qa.searcher._dense(kind, vector, k, allowed, snapshot)
            assert taken == ["memory"]
            assert [rid for rid, _ in hits] == brute_force(getattr(qa.store, kind), vector, allowed_docs, k)


@pytest.mark.parametrize("fetch_now", [store_module.FETCH_NOW, 0])
def test_a_record_swept_from_under_a_filtered_search_means_reading_again(own_qa, monkeypatch, fetch_now):
    """An ingest that finished meanwhile deleted one of the records searched among: the reader
    is told to read the new snapshot, whether the search read the vectors itself or chromadb
    searched among the ids (it raises "Error finding id")."""
    monkeypatch.setattr(store_module, "FETCH_NOW", fetch_now)
    snapshot = own_qa.snapshots.current()
    ids = snapshot.ids[:5] + ["gitti.txt::0123456789abcdef::c0"]
    with pytest.raises(IndexMoved):
        own_qa.store.nearest("chunks", own_qa.embedder.encode_query(QUESTIONS[0]), 3, among=ids)


def test_the_vector_cache_keeps_to_its_memory(own_data, embedder):
    """``vector_cache_mb`` bounds the cached vectors; past it, filtered searches still answer
    (chromadb searches among the ids)."""
    qa = own_archive(own_data, embedder, vector_cache_mb=0)
    snapshot = qa.snapshots.current()
    allowed = Filters(doc_ids=frozenset(sorted(snapshot.versions)[:2])).mask(snapshot)
    vector = qa.embedder.encode_query(QUESTIONS[0])
    hits = qa.searcher._dense("chunks", vector, 5, allowed, snapshot)
    assert hits and len(qa.store._vectors["chunks"]) == 0


def test_a_filter_that_allows_nothing_finds_nothing(own_qa):
    result = own_qa.read(lambda s: own_qa.search(QUESTIONS[0], s, filters=Filters(doc_ids=frozenset())))
    assert result.documents == [] and result.best_dense == 0.0


def test_a_pooled_chunk_vector_is_the_mean_of_its_sentences(own_qa):
    """With ``chunk_vectors="pooled"`` ingest embeds sentences only; a chunk's vector is their
    normalised mean."""
    store = own_qa.store
    page = store.chunks.get(limit=5, include=["embeddings", "metadatas"])
    for chunk_vector, meta in zip(page["embeddings"], page["metadatas"]):
        ids = [sentence_id(meta["doc_id"], meta["doc_version"], i)
               for i in range(meta["sentence_start"], meta["sentence_end"])]
        _, _, sentence_vectors = store.get_sentences(ids)
        assert len(sentence_vectors) == len(ids)
        mean = sentence_vectors.mean(axis=0)
        np.testing.assert_allclose(chunk_vector, mean / np.linalg.norm(mean), atol=1e-5)


def test_an_embedded_chunk_vector_is_the_chunks_own(corpus_index, embedder):
    """The default embeds each chunk, title first, as a passage."""
    store = ArchiveStore(corpus_index)
    page = store.chunks.get(limit=3, include=["embeddings", "metadatas", "documents"])
    texts = [titled(meta["title"], text) for meta, text in zip(page["metadatas"], page["documents"])]
    np.testing.assert_allclose(page["embeddings"], embedder.encode_passages(texts), atol=1e-4)


@pytest.mark.parametrize(("candidates", "path"), [(30, "memory"), (1, "overfetch")])
def test_an_unfiltered_search_scores_a_small_archive_in_memory(own_data, embedder, monkeypatch, candidates, path):
    """Without a filter, an archive of fewer than SCAN_PER_HIT records per hit is scored in
    memory (the HNSW walk costs more); a larger one is searched by chromadb. Same hits."""
    qa = own_archive(own_data, embedder, candidates=candidates)
    snapshot = qa.snapshots.current()
    qa.store.nearest("chunks", qa.embedder.encode_query(QUESTIONS[0]), 1, among=snapshot.ids)  # read them now
    taken = spy_on_paths(qa.store, monkeypatch)
    every_doc = set(snapshot.versions)
    assert retrieval.SCAN_PER_HIT * 1 < snapshot.size("chunks") <= retrieval.SCAN_PER_HIT * 30
    vector = qa.embedder.encode_query(QUESTIONS[1])
    taken.clear()
    hits = qa.searcher._dense("chunks", vector, candidates, None, snapshot)
    assert taken == [path]
    assert [rid for rid, _ in hits] == brute_force(qa.store.chunks, vector, every_doc, candidates)
