"""The dense search's three ways of applying a filter, and chunk vectors, on real data.

A filter limits the search to some documents' records. Whichever way it is applied (scoring a
handful of records exactly, over-fetching from the whole index, or searching among the
allowed ids), the hits must be the nearest allowed records, as a brute-force scan finds them.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import rag.index.store as store_module
import rag.retrieval as retrieval
from ingest.pipeline import ingest
from rag.index.records import parse_id, sentence_id, titled
from rag.index.store import ArchiveStore, IndexMoved
from rag.qa import ArchiveQA
from rag.retrieval import Filters
from rag.settings import Settings

OWNSET = Path(__file__).resolve().parents[1] / "bench" / "ownset" / "articles"
QUESTIONS = ["Kerkük'te hangi köprü yenilendi?", "Bakü ile Erbil arasında uçuşlar ne zaman başladı?",
             "Festivale kaç kişi katıldı?"]


@pytest.fixture(scope="module")
def own_qa(tmp_path_factory, embedder) -> ArchiveQA:
    settings = Settings(data_dir=tmp_path_factory.mktemp("own") / "data", chunk_vectors="pooled", _env_file=None)
    ingest([OWNSET], settings, embedder=embedder)
    return ArchiveQA(settings, ArchiveStore(settings), embedder)


def brute_force(collection, vector: np.ndarray, doc_ids: set[str], k: int) -> list[str]:
    page = collection.get(include=["embeddings"])
    rows = [i for i, rid in enumerate(page["ids"]) if parse_id(rid).doc_id in doc_ids]
    scores = np.asarray(page["embeddings"], dtype=np.float32)[rows] @ vector
    return [page["ids"][rows[i]] for i in np.argsort(-scores)[:k]]


@pytest.mark.parametrize(("documents", "max_overfetch", "exact_max", "path"), [
    (18, retrieval.MAX_OVERFETCH, store_module.EXACT_MAX, "overfetch"),
    (2, 1, store_module.EXACT_MAX, "exact"),
    (18, 1, 0, "ids"),
])
def test_a_filtered_search_finds_the_nearest_allowed_records(own_qa, monkeypatch, documents, max_overfetch,
                                                             exact_max, path):
    monkeypatch.setattr(retrieval, "MAX_OVERFETCH", max_overfetch)
    monkeypatch.setattr(store_module, "EXACT_MAX", exact_max)
    store = own_qa.store
    taken: list[str] = []
    nearest = store.nearest

    def spy(collection, vector, k, among=None):
        taken.append("overfetch" if among is None else "exact" if len(among) <= exact_max else "ids")
        return nearest(collection, vector, k, among)

    monkeypatch.setattr(store, "nearest", spy)
    snapshot = own_qa.snapshots.current()
    allowed_docs = set(sorted(snapshot.versions)[:documents])
    allowed = Filters(doc_ids=frozenset(allowed_docs)).mask(snapshot)
    for question in QUESTIONS:
        vector = own_qa.embedder.encode_query(question)
        for kind, k in (("chunks", 10), ("sentences", 20)):
            collection = getattr(store, kind)
            taken.clear()
            hits = own_qa.searcher._dense(kind, vector, k, allowed, snapshot)
            assert taken == [path]
            assert {parse_id(rid).doc_id for rid, _ in hits} <= allowed_docs
            assert [rid for rid, _ in hits] == brute_force(collection, vector, allowed_docs, k)


def test_a_record_swept_from_under_an_ids_search_means_reading_again(own_qa, monkeypatch):
    """An ingest that finished meanwhile deleted one of the ids searched among: the reader is
    told to read the new snapshot (chromadb itself raises "Error finding id")."""
    monkeypatch.setattr(store_module, "EXACT_MAX", 0)
    snapshot = own_qa.snapshots.current()
    ids = snapshot.ids[:5] + ["gitti.txt::0123456789abcdef::c0"]
    with pytest.raises(IndexMoved):
        own_qa.store.nearest(own_qa.store.chunks, own_qa.embedder.encode_query(QUESTIONS[0]), 3, among=ids)


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
