"""The chromadb index: chunks, sentences and a document registry, kept consistent.

Three collections share one name stem:

* ``<name>``           one record per chunk (what retrieval returns and answers cite),
* ``<name>-sentences`` one record per sentence (sentence-level retrieval and the
  extractive answerer read their embeddings instead of embedding at query time),
* ``<name>-docs``      one record per document: its content hash and metadata. A document
  counts as indexed only once this record exists, and it is written last, so a crash
  half-way leaves a document that the next run simply writes again.

The chunk collection's metadata records the embedding model that built the index, and
a version that every change bumps, so lexical indexes built from it know when they are stale.
"""

from __future__ import annotations

import logging
import threading
import time
import weakref
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from chromadb.errors import InternalError

from rag.index.records import (
    ChunkMeta,
    DocEntry,
    DocFields,
    Metadata,
    SentenceMeta,
    clean_metadata,
)
from rag.index.vectors import VectorCache
from rag.settings import Settings

log = logging.getLogger(__name__)

PAGE_SIZE = 2000  # records per get() page when scanning a whole collection
# Vectors of a filter's records missing from the cache that a search reads at once (about
# 40 ms, one chromadb search among ids); more are cached in the background meanwhile.
FETCH_NOW = 500


class IndexMoved(RuntimeError):
    """Records a reader's snapshot names were swept by an ingest that finished meanwhile:
    the reader answers again from the new snapshot (``rag.index.snapshot``)."""


class IndexMismatchError(RuntimeError):
    """The index was built with another embedding model than the one configured."""


@dataclass
class Record:
    """A chunk or sentence to write: its id, text, vector and typed metadata."""

    id: str
    text: str
    embedding: np.ndarray
    meta: DocFields


def _include(text: bool) -> list[str]:
    return ["metadatas", "documents"] if text else ["metadatas"]


def _rows(page: dict, text: bool) -> Iterator[tuple[str, str, Metadata]]:
    """(id, text, metadata) of a chromadb get() result; the text is "" when not fetched."""
    texts = page["documents"] if text else [""] * len(page["ids"])
    return zip(page["ids"], texts, page["metadatas"])


def _typed(rows: Iterator[tuple[str, str, Metadata]]) -> Iterator[tuple[str, str, ChunkMeta]]:
    return ((rid, text, ChunkMeta.from_chroma(meta)) for rid, text, meta in rows)


@contextmanager
def _exclusive(path: Path, waiting: Callable[[], None] | None = None) -> Iterator[None]:
    """An exclusive lock on ``path`` (created), held until the block ends; waits for it,
    telling ``waiting`` first when it is taken."""
    import fcntl

    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            log.info("another ingest is writing to %s; waiting for it", path.parent)
            if waiting:
                waiting()
            fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _forget_system(client) -> None:
    """Drop chromadb's cached system for ``client``'s path (only that path), so the next
    client on it starts a new one that loads the disk. The old system is not stopped:
    readers still holding it finish their question; it is freed when they let go."""
    import chromadb.api.shared_system_client as shared

    identifier = getattr(client, "_identifier", None)
    shared.SharedSystemClient._identifier_to_system.pop(identifier, None)
    getattr(shared.SharedSystemClient, "_identifier_to_refcount", {}).pop(identifier, None)


def make_client(settings: Settings):
    """An embedded on-disk client, or an HTTP client when a chroma host is configured."""
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False, allow_reset=False)
    if settings.chroma_host:
        return chromadb.HttpClient(
            host=settings.chroma_host, port=settings.chroma_port, settings=chroma_settings
        )
    settings.chroma_path.mkdir(parents=True, exist_ok=True)
    return chromadb.PersistentClient(path=str(settings.chroma_path), settings=chroma_settings)


@dataclass(frozen=True)
class _Handles:
    """A chromadb client and the store's collections on it, swapped as one."""

    client: Any
    chunks: Any
    sentences: Any
    docs: Any


@dataclass
class _OnDisk:
    """This process's embedded chromadb on one data path: the stores open on it, the newest
    index version its in-memory vector index has seen (loaded or written itself), and how
    many of its ingests or removals are writing now."""

    version: int
    stores: weakref.WeakSet = field(default_factory=weakref.WeakSet)
    writers: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)


_ON_DISK: dict[Path, _OnDisk] = {}
_ON_DISK_LOCK = threading.Lock()


class ArchiveStore:
    """All reads and writes of the chromadb index go through here."""

    def __init__(self, settings: Settings, client=None) -> None:
        self.settings = settings
        self._handles = self._open(client)
        self.max_batch = min(settings.upsert_batch_size, self.client.get_max_batch_size())
        cache_bytes = settings.vector_cache_mb * 2**20
        self._vectors = {kind: VectorCache(cache_bytes) for kind in ("chunks", "sentences")}
        self._disk: _OnDisk | None = None
        if client is None and not settings.chroma_host:
            with _ON_DISK_LOCK:
                self._disk = _ON_DISK.setdefault(settings.chroma_path.resolve(), _OnDisk(self.read_version()))
                self._disk.stores.add(self)

    def _open(self, client=None) -> _Handles:
        client = client or make_client(self.settings)
        name = self.settings.collection
        return _Handles(client, self._collection(client, name), self._collection(client, f"{name}-sentences"),
                        self._collection(client, f"{name}-docs"))

    @staticmethod
    def _collection(client, name: str):
        return client.get_or_create_collection(
            name, configuration={"hnsw": {"space": "cosine"}}, embedding_function=None
        )

    client = property(lambda self: self._handles.client)
    chunks = property(lambda self: self._handles.chunks)
    sentences = property(lambda self: self._handles.sentences)
    docs = property(lambda self: self._handles.docs)

    # --- another process writing the same on-disk index --------------------------------
    def follow(self, version: int) -> None:
        """A reader found the index at ``version``. When another process (the CLI, a nightly
        sync) wrote it, an embedded chromadb client would go on searching its own in-memory
        vector index, which never re-reads the disk: new articles unseen, removed ones
        returned. So the stores of this process on this path open a fresh client, which loads
        what is on disk. Never while one of them writes (``writing``): a write through the
        client being replaced would reach the disk but not the new vector index. (A chroma
        server's clients all see every writer; nothing to do.)"""
        disk = self._disk
        if disk is None or version <= disk.version:
            return
        with disk.lock:
            if version <= disk.version or disk.writers:
                return
            log.info("the index was changed by another process (version %s → %s): reopening it",
                     disk.version, version)
            _forget_system(self.client)
            for store in list(disk.stores):
                store._handles = store._open()
            disk.version = version

    @contextmanager
    def writing(self, waiting: Callable[[], None] | None = None) -> Iterator[None]:
        """An ingest or a removal: one at a time on this data dir, across processes (a cron
        sync waits for the app's upload, and the other way round; ``waiting`` is told when it
        must wait); it writes through a client that has seen the disk, and no reader of this
        process reopens the index under it."""
        with _exclusive(self.settings.data_dir / ".write.lock", waiting):
            disk = self._disk
            if disk is None:
                yield
                return
            self.follow(self.read_version())
            with disk.lock:
                disk.writers += 1
            try:
                yield
            finally:
                with disk.lock:
                    disk.writers -= 1

    # --- index identity and version (each call reads the collection's metadata) -----
    def read_info(self) -> Metadata:
        """The chunk collection's metadata as it is now (another process may have changed it)."""
        collection = self.client.get_collection(self.settings.collection, embedding_function=None)
        return dict(collection.metadata or {})

    def _set_info(self, **changes: Any) -> None:
        info = {**self.read_info(), **changes}
        self.chunks.modify(metadata=clean_metadata(info))

    def check_model(self, model_id: str, claim: bool = False) -> None:
        """Refuse to mix embedding models; an empty index is claimed by ``model_id`` when asked."""
        built_with = self.read_info().get("embedding_model")
        if built_with and built_with != model_id:
            raise IndexMismatchError(
                f"Dizin '{built_with}' modeliyle oluşturulmuş, şu an '{model_id}' ayarlı. "
                "Aynı modeli ayarlayın ya da dizini yeni bir veri klasörüne yeniden oluşturun "
                "(ARSIV_DATA_DIR veya ARSIV_COLLECTION)."
            )
        if claim and not built_with:
            self._set_info(embedding_model=model_id)

    def read_version(self) -> int:
        return int(self.read_info().get("version", 0))

    def mark_changed(self, version: int) -> None:
        self._set_info(version=version, updated_at=time.time())
        if self._disk is not None:  # written through this process's client: it has seen it
            with self._disk.lock:
                self._disk.version = max(self._disk.version, version)

    def open_run(self) -> bool:
        """Mark an ingest as under way; True when the last one did not finish (killed, or an
        index from before this mark), so this run must sweep the whole collection."""
        unfinished = self.read_info().get("ingest_open") is not False
        self._set_info(ingest_open=True)
        return unfinished

    def close_run(self) -> None:
        self._set_info(ingest_open=False)

    # --- the document registry --------------------------------------------------
    def registry(self) -> dict[str, DocEntry]:
        """doc_id → registry entry for every committed document."""
        return {rid: DocEntry.from_chroma(meta) for rid, _, meta in self._scan(self.docs, include_documents=False)}

    def committed_versions(self) -> dict[str, str | None]:
        """doc_id → the version the registry names: the one readers may see."""
        return {doc_id: entry.doc_version for doc_id, entry in self.registry().items()}

    def commit_documents(self, entries: Sequence[DocEntry]) -> None:
        """Register documents as complete (one chromadb write per batch)."""
        for batch in self._batches(entries):
            self.docs.upsert(ids=[e.doc_id for e in batch], embeddings=[[0.0]] * len(batch),
                             metadatas=[e.to_chroma() for e in batch])

    def uncommit_documents(self, doc_ids: Sequence[str]) -> None:
        """Drop these documents' registry entries: from here on they no longer count as indexed."""
        for batch in self._batches(list(doc_ids)):
            self.docs.delete(ids=list(batch))

    def stale_versions(self, committed: dict[str, str | None],
                       touched: Sequence[str] | None) -> list[tuple[str, str | None]]:
        """(doc_id, version) pairs in the chunk collection that ``committed`` (the registry as
        it is, or is about to be) does not name: replaced versions and removed documents of the
        ``touched`` documents, or, with ``touched`` None (after a run that did not finish), of
        all documents, versions a killed run never committed included."""
        chunks = (self.scan_chunks(include_text=False) if touched is None
                  else self.chunks_of(touched, include_text=False))
        present = {(meta.doc_id, meta.doc_version) for _, _, meta in chunks}
        return sorted((pair for pair in present if committed.get(pair[0]) != pair[1]), key=str)

    def delete_version(self, doc_id: str, doc_version: str | None) -> None:
        """Chunks and sentences of one version of a document (None: written before versions)."""
        for collection in (self.chunks, self.sentences):
            if doc_version:
                collection.delete(where={"$and": [{"doc_id": doc_id}, {"doc_version": doc_version}]})
                continue
            page = collection.get(where={"doc_id": doc_id}, include=["metadatas"])
            unversioned = [i for i, m in zip(page["ids"], page["metadatas"]) if not m.get("doc_version")]
            if unversioned:
                collection.delete(ids=unversioned)

    # --- writing ----------------------------------------------------------------
    def upsert_chunks(self, records: Sequence[Record]) -> None:
        self._upsert(self.chunks, records)

    def upsert_sentences(self, records: Sequence[Record]) -> None:
        self._upsert(self.sentences, records)

    def _batches(self, items: Sequence) -> Iterator[Sequence]:
        """Slices chromadb accepts in one call."""
        for start in range(0, len(items), self.max_batch):
            yield items[start : start + self.max_batch]

    def _upsert(self, collection, records: Sequence[Record]) -> None:
        for batch in self._batches(records):
            collection.upsert(
                ids=[r.id for r in batch],
                embeddings=np.stack([r.embedding for r in batch]),
                documents=[r.text for r in batch],
                metadatas=[r.meta.to_chroma() for r in batch],
            )

    # --- reading ----------------------------------------------------------------
    def _scan(self, collection, include_documents: bool = True) -> Iterator[tuple[str, str, Metadata]]:
        offset = 0
        while True:
            page = collection.get(include=_include(include_documents), limit=PAGE_SIZE, offset=offset)
            if not page["ids"]:
                return
            yield from _rows(page, include_documents)
            offset += len(page["ids"])

    def scan_chunks(self, include_text: bool = True) -> Iterator[tuple[str, str, ChunkMeta]]:
        """Every chunk, page by page (the text is "" without ``include_text``)."""
        return _typed(self._scan(self.chunks, include_documents=include_text))

    def chunks_of(self, doc_ids: Sequence[str], include_text: bool = True) -> Iterator[tuple[str, str, ChunkMeta]]:
        """Every stored chunk (all versions) of these documents (text "" without ``include_text``)."""
        for batch in self._batches(doc_ids):
            yield from _typed(_rows(self.chunks.get(where={"doc_id": {"$in": list(batch)}},
                                                    include=_include(include_text)), include_text))

    def scan_sentences(self) -> Iterator[tuple[str, str, SentenceMeta]]:
        """Every sentence, page by page."""
        return ((rid, text, SentenceMeta.from_chroma(meta)) for rid, text, meta in self._scan(self.sentences))

    def get_chunks(self, ids: Sequence[str]) -> list[tuple[str, str, Metadata]]:
        """(id, text, stored metadata) of the chunks that still exist, in the order asked: chromadb returns them
        in its own, and an article read from its chunks must keep its reading order (its lead first)."""
        page = self.chunks.get(ids=list(ids), include=["documents", "metadatas"])
        found = {row[0]: row for row in _rows(page, True)}
        return [found[chunk] for chunk in dict.fromkeys(ids) if chunk in found]

    def nearest(self, kind: str, vector: np.ndarray, k: int,
                among: Sequence[str] | None = None) -> list[tuple[str, float]]:
        """(id, cosine) of the ``k`` nearest "chunks" or "sentences" (``among`` these ids
        only), best first. Only ids and distances are read: the texts and metadata of every
        hit (90 sentences a question) cost more than the search itself, and the snapshot
        already knows what a hit's id says (document, version, sentence). A search ``among``
        ids (a filter) scores their vectors in memory (``VectorCache``); until they are cached
        (a few now, many in the background) chromadb searches among them."""
        if among is None:
            return self._search(kind, vector, k)
        cache = self._vectors[kind]
        rows = cache.rows(among)
        missing = [among[i] for i in np.flatnonzero(rows < 0)]
        if missing and len(missing) <= FETCH_NOW:
            found, vectors = self.vectors(kind, missing)
            if len(found) < len(missing):
                raise IndexMoved(f"{len(missing) - len(found)} records to search among are gone")
            cache.add(found, vectors)
            rows = cache.rows(among)
            missing = [among[i] for i in np.flatnonzero(rows < 0)]  # what did not fit
        if not missing:
            return cache.nearest(vector, among, rows, k)
        cache.fill_later(missing, lambda ids: self.vectors(kind, ids))
        return self._search(kind, vector, k, among)

    def _search(self, kind: str, vector: np.ndarray, k: int,
                among: Sequence[str] | None = None) -> list[tuple[str, float]]:
        """chromadb's HNSW search. Filters are ids, never a metadata ``where``: chromadb took
        over a second for a date range at 50k chunks, and 15-35 ms for its ids."""
        try:
            result = getattr(self, kind).query(query_embeddings=[vector], n_results=k,
                                               ids=list(among) if among is not None else None,
                                               include=["distances"])
        except InternalError as exc:  # chromadb: "Error finding id" when one of ``among`` is gone
            if among is None:
                raise
            raise IndexMoved(f"a record to search among is gone ({exc})") from exc
        return [(rid, 1.0 - float(d)) for rid, d in zip(result["ids"][0], result["distances"][0])]

    def vectors(self, kind: str, ids: Sequence[str]) -> tuple[list[str], np.ndarray]:
        """The stored vectors of the records of these ids that exist, a page at a time."""
        found: list[str] = []
        vectors: list[np.ndarray] = []
        for start in range(0, len(ids), PAGE_SIZE):
            page = getattr(self, kind).get(ids=list(ids[start:start + PAGE_SIZE]), include=["embeddings"])
            found += page["ids"]
            vectors.append(np.asarray(page["embeddings"], dtype=np.float32).reshape(len(page["ids"]), -1))
        return found, (np.concatenate(vectors) if vectors else np.zeros((0, 0), dtype=np.float32))

    def get_sentences(self, ids: Sequence[str]) -> tuple[list[str], list[str], np.ndarray]:
        """Sentences by id with their stored embeddings, in the order chromadb returns them."""
        if not ids:
            return [], [], np.zeros((0, 0), dtype=np.float32)
        page = self.sentences.get(ids=list(ids), include=["documents", "embeddings"])
        return page["ids"], page["documents"], np.asarray(page["embeddings"], dtype=np.float32)

    def counts(self) -> dict[str, int]:
        return {
            "documents": self.docs.count(),
            "chunks": self.chunks.count(),
            "sentences": self.sentences.count(),
        }
