"""The index snapshot readers keep to: visibility, spans, filter masks, BM25, persistence, and
the read-again when an ingest sweeps it. A real chromadb on disk, vectors made up (no model)."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest

from rag.index.records import ChunkMeta, DocEntry, DocFields, chunk_id
from rag.index.snapshot import IndexMoved, Snapshot, Snapshots, snapshot_file
from rag.index.store import ArchiveStore, Record
from rag.language.turkish import tokens

DIM = 8


def _doc(doc_id: str, version: str, date: str | None = None, categories: tuple[str, ...] = ()) -> DocFields:
    return DocFields(doc_id=doc_id, doc_version=version, title=doc_id.split("/")[-1], source=doc_id,
                     date=date, categories=categories)


def _write(store: ArchiveStore, doc: DocFields, texts: list[str]) -> None:
    """One document: one chunk per text, two sentences each, then its registry entry."""
    rng = np.random.default_rng(len(doc.doc_id))
    shared = dataclasses.asdict(doc)
    store.upsert_chunks([Record(chunk_id(doc.doc_id, doc.doc_version, i), text, rng.normal(size=DIM).astype(np.float32),
                                ChunkMeta(**shared, chunk_index=i, sentence_start=2 * i, sentence_end=2 * i + 2))
                         for i, text in enumerate(texts)])
    store.commit_documents([DocEntry(**shared, content_hash=doc.doc_version, chunks=len(texts))])


@pytest.fixture
def store(settings) -> ArchiveStore:
    store = ArchiveStore(settings)
    _write(store, _doc("a/kerkuk.txt", "v1", "2023-06-01", ("Kültür",)), ["Kerkük'te festival yapıldı.",
                                                                           "Festivale binlerce kişi katıldı."])
    _write(store, _doc("a/baku.txt", "v1", "2024-03-01", ("Siyaset",)), ["Bakü'de konferans düzenlendi."])
    _write(store, _doc("a/tarihsiz.txt", "v1"), ["Erbil'de sergi açıldı."])
    return store


def test_snapshot_shows_only_committed_versions(store):
    _write(store, _doc("a/baku.txt", "v2", "2024-03-01"), ["Bakü'de ikinci konferans düzenlendi."])
    store.upsert_chunks([Record(chunk_id("a/yarim.txt", "v1", 0), "Yazılıyor.", np.ones(DIM, np.float32),
                                ChunkMeta(doc_id="a/yarim.txt", doc_version="v1", sentence_end=1))])  # not committed
    snapshot = Snapshot.from_store(store, 7, store.committed_versions())
    assert snapshot.version == 7
    assert sorted(snapshot.ids) == sorted([chunk_id("a/kerkuk.txt", "v1", 0), chunk_id("a/kerkuk.txt", "v1", 1),
                                           chunk_id("a/baku.txt", "v2", 0), chunk_id("a/tarihsiz.txt", "v1", 0)])
    hits = [(chunk_id("a/baku.txt", "v2", 0), 0.9), (chunk_id("a/baku.txt", "v1", 0), 0.8),
            (chunk_id("a/yarim.txt", "v1", 0), 0.7)]
    assert snapshot.visible_hits(hits) == hits[:1]  # the committed version only


def test_spans_masks_and_bm25(store):
    snapshot = Snapshot.from_store(store, 1, store.committed_versions())
    assert snapshot.chunks_holding("a/kerkuk.txt", 3) == [chunk_id("a/kerkuk.txt", "v1", 1)]
    assert snapshot.chunks_holding("a/kerkuk.txt", 9) == []
    assert snapshot.doc_of(chunk_id("a/baku.txt", "v1", 0)) == "a/baku.txt"
    allowed = snapshot.mask(20240101, None, None)
    assert [cid for cid, ok in zip(snapshot.ids, allowed) if ok] == [chunk_id("a/baku.txt", "v1", 0)]
    until_2023 = snapshot.mask(None, 20231231, None)  # an undated article is in no date range
    assert [cid for cid, ok in zip(snapshot.ids, until_2023) if ok] == [chunk_id("a/kerkuk.txt", "v1", i)
                                                                          for i in (0, 1)]
    assert snapshot.mask(None, None, None) is None
    assert snapshot.search("Kerkük festivali", 5)[0] == chunk_id("a/kerkuk.txt", "v1", 0)
    assert snapshot.search("Kerkük festivali", 5, snapshot.mask(None, None, "Siyaset")) == []
    assert snapshot.search("kerkük", 5) and snapshot.search("KERKÜK'TE", 5)  # Turkish case and suffix


def test_updated_snapshot_equals_a_rebuild(store):
    before = Snapshot.from_store(store, 1, store.committed_versions())
    _write(store, _doc("a/baku.txt", "v2", "2024-03-02"), ["Bakü'de ikinci konferans düzenlendi."])
    _write(store, _doc("a/musul.txt", "v1"), ["Musul'da çarşı onarıldı."])
    store.uncommit_documents(["a/tarihsiz.txt"])
    committed = store.committed_versions()
    updated, rebuilt = before.updated(store, 2, committed), Snapshot.from_store(store, 2, committed)
    assert sorted(updated.chunks, key=str) == sorted(rebuilt.chunks, key=str)
    for query in ("Bakü konferansı", "Musul çarşısı", "Erbil sergisi", "Kerkük festivali"):
        assert sorted(updated.search(query, 10)) == sorted(rebuilt.search(query, 10))
        for term in tokens(query):
            assert updated.bm25.idf_of(term) == pytest.approx(rebuilt.bm25.idf_of(term))
    assert updated.bm25.idf_of("ikinci") > 0 and updated.bm25.idf_of("erbil") == 0  # gone with its document
    # a new document's words are written as it writes them, on the updated and the saved snapshot
    assert updated.spellings.restore("musulda carsi") == rebuilt.spellings.restore("musulda carsi") == "Musul'da çarşı"


def test_snapshots_follow_the_collection_version_and_persist(store):
    snapshots = Snapshots(store)
    first = snapshots.current()
    assert snapshots.current() is first  # no rebuild while the collection is unchanged
    assert Snapshot.load(snapshot_file(store)).ids == first.ids
    _write(store, _doc("a/musul.txt", "v1"), ["Musul'da çarşı onarıldı."])
    published = snapshots.publish(store.committed_versions())
    assert published.version == store.read_version() == first.version + 1
    other_reader = Snapshots(store).current()  # another process loads the saved file
    assert other_reader.version == published.version and "a/musul.txt" in other_reader.versions
    assert other_reader.spellings.restore("musul carsisi") == "Musul çarşısı"


def test_reading_starts_again_from_a_new_snapshot_when_swept(store):
    snapshots = Snapshots(store)
    seen: list[int] = []

    def produce(snapshot):
        seen.append(snapshot.version)
        if len(seen) == 1:
            snapshots.publish(store.committed_versions())  # an ingest finishes meanwhile
            raise IndexMoved("swept")
        yield snapshot.version

    assert list(snapshots.reading(produce)) == [seen[1]] and seen[1] == seen[0] + 1

    def always_moved(snapshot):
        raise IndexMoved("swept")
        yield

    with pytest.raises(IndexMoved):
        list(snapshots.reading(always_moved))
