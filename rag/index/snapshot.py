"""One consistent view of the index, taken once per question.

A snapshot is the committed state of the archive at one collection version: which version
of each document readers may see, the chunks of those versions with their sentence spans,
dates and categories (the filter masks), and the BM25 index over them. It is persisted beside
the chroma index and labelled with the collection version it was built for; ``Snapshots``
hands out the current one and loads or rebuilds it when an ingest has moved the version.

Readers keep to one snapshot, so they see each document whole, as it was before an ingest
or after, never in between. An ingest that finishes while a reader is still reading may
sweep the versions its snapshot names: the reader notices the missing records
(``IndexMoved``) and ``Snapshots.reading`` starts it again from the new snapshot.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import astuple, dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TypeVar

import numpy as np

from rag.files import atomic_writer
from rag.index.lexical import BM25Index
from rag.index.records import ChunkMeta, RecordId, parse_id, sentence_ids, titled
from rag.index.store import ArchiveStore, IndexMoved
from rag.language.spelling import Spellings
from rag.language.turkish import lexical_term

log = logging.getLogger(__name__)

FORMAT = 10  # bump when what is stored per chunk (or how a word is folded or stemmed) changes; older files are rebuilt
READ_ATTEMPTS = 3
T = TypeVar("T")
Committed = dict[str, str | None]  # doc_id → the version the registry names


@dataclass(frozen=True)
class ChunkSpan:
    """What a snapshot keeps of each chunk: enough to map, filter and check visibility."""

    chunk_id: str
    doc_id: str
    doc_version: str | None
    date_int: int | None
    categories: tuple[str, ...]
    sentence_start: int
    sentence_end: int

    @property
    def sentence_ids(self) -> list[str]:
        return sentence_ids(self.doc_id, self.doc_version, self.sentence_start, self.sentence_end)

    @classmethod
    def of(cls, chunk_id: str, meta: ChunkMeta) -> ChunkSpan:
        return cls(chunk_id, meta.doc_id, meta.doc_version, meta.date_int, meta.categories,
                   meta.sentence_start, meta.sentence_end)


@dataclass
class Snapshot:
    version: int
    chunks: list[ChunkSpan]
    bm25: BM25Index
    spellings: Spellings  # how the archive writes its words (``rag/language/spelling.py``)
    versions: Committed = field(init=False)  # doc_id → visible version
    _by_id: dict[str, ChunkSpan] = field(init=False, repr=False)
    _by_doc: dict[str, list[ChunkSpan]] = field(init=False, repr=False)
    _dates: np.ndarray = field(init=False, repr=False)
    _doc_ids: list[str] = field(init=False, repr=False)  # the documents in chunk order
    _doc_code: dict[str, int] = field(init=False, repr=False)  # doc_id → index in _doc_ids
    _doc_codes: np.ndarray = field(init=False, repr=False)  # chunk position → index in _doc_ids
    _categories: dict[str, np.ndarray] = field(init=False, repr=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.versions = {c.doc_id: c.doc_version for c in self.chunks}
        self._doc_ids = list(self.versions)
        self._doc_code = {doc_id: i for i, doc_id in enumerate(self._doc_ids)}
        self._doc_codes = np.array([self._doc_code[c.doc_id] for c in self.chunks], dtype=np.int64)
        self._by_id = {c.chunk_id: c for c in self.chunks}
        self._by_doc = {}
        for chunk in self.chunks:
            self._by_doc.setdefault(chunk.doc_id, []).append(chunk)
        self._dates = np.array([c.date_int or -1 for c in self.chunks], dtype=np.int64)

    @property
    def empty(self) -> bool:
        return not self.chunks

    @property
    def ids(self) -> list[str]:
        return [c.chunk_id for c in self.chunks]

    # --- building ---------------------------------------------------------------------------
    @classmethod
    def build(cls, chunks: Iterable[tuple[str, str, ChunkMeta]], version: int) -> Snapshot:
        spans: list[ChunkSpan] = []
        spellings = Spellings()

        def texts() -> Iterator[str]:
            for cid, text, meta in chunks:
                spans.append(ChunkSpan.of(cid, meta))
                spellings.add(text, meta.title)
                yield titled(meta.title, text)

        bm25 = BM25Index.build(texts())
        return cls(version, spans, bm25, spellings)

    @classmethod
    def from_store(cls, store: ArchiveStore, version: int, committed: Committed) -> Snapshot:
        """Only chunks of the version the registry names (not one being written or swept)."""
        return cls.build(_committed_only(store.scan_chunks(), committed), version)

    def updated(self, store: ArchiveStore, version: int, committed: Committed) -> Snapshot:
        """This snapshot brought up to the registry: chunks of documents whose committed
        version differs from this one's (updated, removed) are dropped, and the chunks of new
        committed versions are read from chromadb, tokenised and appended."""
        changed = sorted(d for d, v in committed.items() if self.versions.get(d) != v)
        leaving = set(changed) | (set(self.versions) - set(committed))
        keep = np.array([c.doc_id not in leaving for c in self.chunks], dtype=bool)
        fresh = Snapshot.build(_committed_only(store.chunks_of(changed), committed), version)
        return Snapshot(version, [c for c, k in zip(self.chunks, keep) if k] + fresh.chunks,
                        self.bm25.merged(keep, fresh.bm25), self.spellings.merged(fresh.spellings))

    # --- reading ----------------------------------------------------------------------------
    def visible_hits(self, hits: list[tuple[str, float]],
                     allowed: np.ndarray | None = None) -> list[tuple[str, float]]:
        """The (id, score) hits of document versions this snapshot shows (the version is in the
        id), and of the ``allowed`` chunks' documents only (filters are per document)."""
        docs = None if allowed is None else self._allowed_docs(allowed)
        return [(rid, score) for rid, score in hits if self._shows(parse_id(rid), docs)]

    def _shows(self, record: RecordId, docs: np.ndarray | None) -> bool:
        code = self._doc_code.get(record.doc_id)
        return (code is not None and (self.versions[record.doc_id] or "") == record.doc_version
                and (docs is None or bool(docs[code])))

    def doc_of(self, chunk_id: str) -> str:
        chunk = self._by_id.get(chunk_id)
        return chunk.doc_id if chunk else parse_id(chunk_id).doc_id

    def chunks_holding(self, doc_id: str, sentence_index: int) -> list[str]:
        """Chunk ids of ``doc_id`` that contain the sentence (more than one where chunks overlap)."""
        return [c.chunk_id for c in self._by_doc.get(doc_id, ())
                if c.sentence_start <= sentence_index < c.sentence_end]

    def docs_with_root(self, root: str, shorter: bool = True) -> set[str]:
        """Documents one of whose chunks (title included) holds a word with this root
        (``BM25Index.with_root``)."""
        return self._docs_at(self.bm25.with_root(root, shorter))

    def docs_with_word(self, word: str) -> set[str]:
        """Documents one of whose chunks (title included) holds this word, as the archive
        spells it (lower case, any apostrophe suffix cut): its stem exactly."""
        return self._docs_at(self.bm25.with_term(lexical_term(word)))

    def spells_near(self, root: str) -> bool:
        """Whether the archive holds ``root`` spelled one letter apart (``BM25Index.holds_one_letter_apart``)."""
        return self.bm25.holds_one_letter_apart(root)

    def docs_dated_in(self, year: int) -> set[str]:
        """Documents dated in ``year``."""
        return self._docs_at(np.flatnonzero(self.mask(year * 10000, year * 10000 + 1231, None)))

    def docs_dated_in_month(self, month: int) -> set[str]:
        """Documents dated in this month of any year."""
        return self._docs_at(np.flatnonzero((self._dates >= 0) & (self._dates // 100 % 100 == month)))

    def dated_docs(self, allowed: np.ndarray | None = None) -> dict[str, int]:
        """The dated documents among the ``allowed`` chunks (None: all), with their dates."""
        keep = self._dates >= 0 if allowed is None else allowed & (self._dates >= 0)
        positions = np.flatnonzero(keep)
        return {self._doc_ids[self._doc_codes[i]]: int(self._dates[i]) for i in positions}

    @cached_property
    def undated_docs(self) -> frozenset[str]:
        """The documents without a date (computed once per snapshot: time questions ask often)."""
        return frozenset(self.versions) - set(self.dated_docs())

    def chunk_ids_of(self, doc_id: str) -> list[str]:
        """A document's chunks, in reading order."""
        return [c.chunk_id for c in sorted(self._by_doc.get(doc_id, ()), key=lambda c: c.sentence_start)]

    @cached_property
    def everything(self) -> np.ndarray:
        """The mask that allows every chunk."""
        return np.ones(len(self.chunks), dtype=bool)

    def size(self, kind: str) -> int:
        """How many "chunks" or "sentences" the snapshot holds (at most, for sentences: the
        span of each document's chunks, counted without building their ids)."""
        return len(self.chunks) if kind == "chunks" else self._sentence_count

    @cached_property
    def _sentence_count(self) -> int:
        return sum(max(c.sentence_end for c in spans) - min(c.sentence_start for c in spans)
                   for spans in self._by_doc.values())

    def count_at(self, kind: str, allowed: np.ndarray) -> int:
        """How many "chunks" or "sentences" the ``allowed`` chunks' documents hold."""
        if kind == "chunks":
            return int(np.count_nonzero(allowed))
        _, doc_codes = self._sentences
        return int(np.count_nonzero(self._allowed_docs(allowed)[doc_codes]))

    def ids_at(self, kind: str, allowed: np.ndarray) -> list[str]:
        """The ids of the "chunks" or "sentences" of the ``allowed`` chunks' documents."""
        if kind == "chunks":
            return self._chunk_ids[allowed].tolist()
        ids, doc_codes = self._sentences
        return ids[self._allowed_docs(allowed)[doc_codes]].tolist()

    def _allowed_docs(self, allowed: np.ndarray) -> np.ndarray:
        """Per document (by code), whether one of its chunks is ``allowed``."""
        docs = np.zeros(len(self._doc_ids), dtype=bool)
        docs[self._doc_codes[allowed]] = True
        return docs

    @cached_property
    def _chunk_ids(self) -> np.ndarray:
        return np.array(self.ids, dtype=object)

    @cached_property
    def _sentences(self) -> tuple[np.ndarray, np.ndarray]:
        """Every sentence id of the snapshot with its document's code (built once, for filters)."""
        ids: dict[str, int] = {}
        for chunk, code in zip(self.chunks, self._doc_codes):
            for sentence in chunk.sentence_ids:
                ids[sentence] = code
        return np.array(list(ids), dtype=object), np.fromiter(ids.values(), dtype=np.int64, count=len(ids))

    def _docs_at(self, positions: np.ndarray) -> set[str]:
        """The documents of the chunks at ``positions`` (in numpy: a common name is in many)."""
        return {self._doc_ids[i] for i in np.unique(self._doc_codes[positions])}

    def mask(self, date_from: int | None, date_to: int | None, category: str | None,
             doc_ids: frozenset[str] | None = None) -> np.ndarray | None:
        """Which chunks a date range (YYYYMMDD, inclusive), category and set of documents
        allow; None: all."""
        if date_from is None and date_to is None and not category and doc_ids is None:
            return None
        keep = np.ones(len(self.chunks), dtype=bool)
        if date_from is not None:
            keep &= self._dates >= date_from
        if date_to is not None:
            keep &= (self._dates <= date_to) & (self._dates >= 0)
        if category:
            keep &= self._in_category(category)
        if doc_ids is not None:
            wanted = [i for i, doc_id in enumerate(self._doc_ids) if doc_id in doc_ids]
            keep &= np.isin(self._doc_codes, wanted)
        return keep

    def _in_category(self, category: str) -> np.ndarray:
        """Which chunks are in ``category``, computed once per snapshot and category (a loop
        over every chunk); a name no chunk has is not kept."""
        mask = self._categories.get(category)
        if mask is None:
            mask = np.array([category in c.categories for c in self.chunks], dtype=bool)
            if mask.any():
                self._categories[category] = mask
        return mask

    def search(self, query: str, k: int, allowed: np.ndarray | None = None) -> list[str]:
        """Chunk ids of the top ``k`` BM25 matches."""
        return [self.chunks[i].chunk_id for i, _ in self.bm25.search(query, k, allowed)]

    # --- persistence ------------------------------------------------------------------------
    def save(self, path: Path) -> None:
        """One file, written to a temp name and renamed: readers never see half of it."""
        header = json.dumps({"format": FORMAT, "version": self.version, "terms": self.bm25.terms(),
                             "chunks": [astuple(c) for c in self.chunks], "spellings": self.spellings.to_json()},
                            ensure_ascii=False)
        with atomic_writer(path) as fh:
            np.savez(fh, header=np.frombuffer(header.encode("utf-8"), dtype=np.uint8), **self.bm25.arrays())

    @classmethod
    def load(cls, path: Path) -> Snapshot:
        with np.load(path) as data:
            header = json.loads(data["header"].tobytes().decode("utf-8"))
            if header.get("format") != FORMAT:
                raise ValueError(f"snapshot format {header.get('format')} is not {FORMAT}")
            chunks = [ChunkSpan(cid, doc, ver, day, tuple(cats), start, end)
                      for cid, doc, ver, day, cats, start, end in header["chunks"]]
            return cls(header["version"], chunks, BM25Index.from_arrays(header["terms"], data),
                       Spellings.from_json(header["spellings"]))


def _committed_only(chunks: Iterable[tuple[str, str, ChunkMeta]],
                    committed: Committed) -> Iterator[tuple[str, str, ChunkMeta]]:
    return ((cid, text, meta) for cid, text, meta in chunks if committed.get(meta.doc_id) == meta.doc_version)


def snapshot_file(store: ArchiveStore) -> Path:
    return store.settings.lexical_path / f"{store.settings.collection}.npz"


class Snapshots:
    """The current snapshot of one store, kept in memory; safe to share between threads."""

    def __init__(self, store: ArchiveStore) -> None:
        self.store = store
        self._current: Snapshot | None = None
        self._lock = threading.Lock()

    def current(self) -> Snapshot:
        """The snapshot for the collection as it is now (one version read from chromadb): the
        one in memory or the saved one when their version matches, else rebuilt and saved.
        The version is read before the registry: an ingest publishing meanwhile makes the
        content newer than its label (readers then load again), never older (which would
        name versions that the ingest sweeps)."""
        version = self.store.read_version()
        self.store.follow(version)
        with self._lock:
            if self._current is None or self._current.version != version:
                self._current = self._saved(version) or self._rebuild(version)
            return self._current

    def reading(self, produce: Callable[[Snapshot], Iterator[T]]) -> Iterator[T]:
        """``produce(snapshot)``'s items, started again from a new snapshot (up to
        ``READ_ATTEMPTS`` times in all) when the one it reads is swept under it."""
        for _ in range(READ_ATTEMPTS - 1):
            try:
                yield from produce(self.current())
                return
            except IndexMoved:
                log.info("an ingest finished while answering; reading the new snapshot")
        yield from produce(self.current())

    def read(self, produce: Callable[[Snapshot], T]) -> T:
        """``produce(snapshot)``, with the same read-again as ``reading``."""
        for _ in range(READ_ATTEMPTS - 1):
            try:
                return produce(self.current())
            except IndexMoved:
                log.info("an ingest finished while reading; reading the new snapshot")
        return produce(self.current())

    def publish(self, committed: Committed) -> Snapshot:
        """After an ingest: save the next snapshot, then bump the collection version, which is
        what switches readers over to it. The next snapshot is the saved one updated with the
        changed documents when the saved one is the published one, else a full rebuild."""
        current = self.store.read_version()
        base = self._saved(current)
        version = current + 1
        snapshot = (base.updated(self.store, version, committed) if base
                    else Snapshot.from_store(self.store, version, committed))
        snapshot.save(snapshot_file(self.store))
        self.store.mark_changed(snapshot.version)
        with self._lock:
            self._current = snapshot
        return snapshot

    def _rebuild(self, version: int) -> Snapshot:
        log.info("building the index snapshot from the collection (version %s)", version)
        snapshot = Snapshot.from_store(self.store, version, self.store.committed_versions())
        snapshot.save(snapshot_file(self.store))
        return snapshot

    def _saved(self, version: int) -> Snapshot | None:
        """The saved snapshot if it is the one for ``version``."""
        path = snapshot_file(self.store)
        if not path.exists():
            return None
        try:
            saved = Snapshot.load(path)
        except (OSError, ValueError, KeyError):
            log.warning("index snapshot at %s unreadable; rebuilding", path)
            return None
        return saved if saved.version == version else None
