"""BM25 over the chunk collection, with Turkish stemmed tokens, persisted beside the index.

Hand-written on numpy postings rather than rank-bm25: rank-bm25 scores every document in
a Python loop per query term, which is too slow past some 10k chunks. The index records
the chroma collection version it was built from; a mismatch means it is rebuilt from
chromadb, so it is never stale, whoever changed the collection. After an ingest the next
snapshot is the last one brought up to the registry (only changed documents are read and
tokenised), so adding an article to a large archive does not re-read the archive.
"""

from __future__ import annotations

import json
import logging
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from rag.files import atomic_writer
from rag.store import ArchiveStore, Metadata
from rag.turkish import tokens

log = logging.getLogger(__name__)

FORMAT = 3  # bump when what is stored per chunk changes; older files are rebuilt
K1 = 1.2
B = 0.75
FILTER_KEYS = ("doc_id", "doc_version", "date_int", "categories", "sentence_start", "sentence_end")  # kept per chunk


@dataclass
class LexicalHit:
    index: int
    id: str
    score: float


class LexicalIndex:
    def __init__(
        self,
        ids: list[str],
        vocabulary: dict[str, int],
        postings: list[tuple[np.ndarray, np.ndarray]],
        lengths: np.ndarray,
        filters: list[Metadata],
        version: int,
    ) -> None:
        self.ids = ids
        self.vocabulary = vocabulary
        self.postings = postings
        self.lengths = lengths
        self.filters = filters
        self.version = version
        n = len(ids)
        self.avg_length = float(lengths.mean()) if n else 0.0
        df = np.array([len(p[0]) for p in postings], dtype=np.float64)
        self.idf = np.log1p((n - df + 0.5) / (df + 0.5)) if n else df
        self.dates = np.array([f.get("date_int", -1) for f in filters], dtype=np.int64)
        self._spans: dict[str, list[tuple[str, int, int]]] = {}
        self._doc_of = {chunk_id: f.get("doc_id", "") for chunk_id, f in zip(ids, filters)}
        self.doc_versions = {f.get("doc_id", ""): f.get("doc_version") for f in filters}
        for chunk_id, f in zip(ids, filters):
            self._spans.setdefault(f.get("doc_id", ""), []).append(
                (chunk_id, f.get("sentence_start", 0), f.get("sentence_end", 0))
            )

    # --- building -------------------------------------------------------------
    @classmethod
    def build(cls, records: Iterable[tuple[str, str, Metadata]], version: int) -> LexicalIndex:
        ids: list[str] = []
        filters: list[Metadata] = []
        lengths: list[int] = []
        vocabulary: dict[str, int] = {}
        term_docs: list[list[int]] = []
        term_tfs: list[list[int]] = []
        for doc_index, (chunk_id, text, metadata) in enumerate(records):
            ids.append(chunk_id)
            filters.append({k: metadata[k] for k in FILTER_KEYS if k in metadata})
            counts = Counter(tokens(f"{metadata.get('title', '')}\n{text}"))
            lengths.append(sum(counts.values()))
            for term, tf in counts.items():
                term_id = vocabulary.setdefault(term, len(vocabulary))
                if term_id == len(term_docs):
                    term_docs.append([])
                    term_tfs.append([])
                term_docs[term_id].append(doc_index)
                term_tfs[term_id].append(tf)
        postings = [
            (np.asarray(d, dtype=np.int32), np.asarray(t, dtype=np.float32))
            for d, t in zip(term_docs, term_tfs)
        ]
        return cls(ids, vocabulary, postings, np.asarray(lengths, dtype=np.float32), filters, version)

    @classmethod
    def from_store(cls, store: ArchiveStore, version: int | None = None,
                   committed: dict[str, str | None] | None = None) -> LexicalIndex:
        """The snapshot of the committed index: only chunks of the document version that
        the registry names (not a version being written, nor one waiting to be swept).
        The version is read before the registry: an ingest publishing meanwhile makes the
        content newer than its label (readers then load again), never older (which would
        name versions that the ingest sweeps)."""
        version = store.version if version is None else version
        committed = store.committed_versions() if committed is None else committed
        return cls.build(_committed_only(store.scan_chunks(), committed), version)

    def updated(self, store: ArchiveStore, version: int, committed: dict[str, str | None]) -> LexicalIndex:
        """This snapshot brought up to the registry: chunks of documents whose committed
        version differs from this snapshot's (updated, removed) are dropped, and the chunks of
        new committed versions are read from chromadb, tokenised and appended."""
        changed = sorted(d for d, v in committed.items() if self.doc_versions.get(d) != v)
        leaving = set(changed) | (set(self.doc_versions) - set(committed))
        keep = np.array([f.get("doc_id", "") not in leaving for f in self.filters], dtype=bool)
        fresh = LexicalIndex.build(_committed_only(store.chunks_of(changed), committed), version)
        return self._merged(keep, fresh, version)

    def _merged(self, keep: np.ndarray, addition: LexicalIndex, version: int) -> LexicalIndex:
        """The kept chunks of this index, then ``addition``'s, as one index (postings stay in
        chunk order; terms no chunk holds any more are dropped, as a rebuild would)."""
        vocabulary = dict(self.vocabulary)
        for term in addition.vocabulary:
            vocabulary.setdefault(term, len(vocabulary))
        term_map = np.array([vocabulary[t] for t in sorted(addition.vocabulary, key=addition.vocabulary.get)],
                            dtype=np.int64)
        old_docs, old_tfs, old_terms = _flat(self.postings)
        add_docs, add_tfs, add_terms = _flat(addition.postings)
        kept = keep[old_docs]
        position = np.cumsum(keep) - 1  # old chunk index → index among the kept ones
        docs = np.concatenate([position[old_docs[kept]], add_docs + int(keep.sum())]).astype(np.int32)
        tfs = np.concatenate([old_tfs[kept], add_tfs]).astype(np.float32)
        terms = np.concatenate([old_terms[kept], term_map[add_terms]])
        order = np.argsort(terms, kind="stable")  # by term, chunk order kept within a term
        docs, tfs, terms = docs[order], tfs[order], terms[order]
        counts = np.bincount(terms, minlength=len(vocabulary))
        live = np.flatnonzero(counts)
        offsets = np.concatenate([[0], np.cumsum(counts[live])])
        by_id = sorted(vocabulary, key=vocabulary.get)
        return LexicalIndex(
            [i for i, k in zip(self.ids, keep) if k] + addition.ids,
            {by_id[t]: new_id for new_id, t in enumerate(live)},
            [(docs[a:b], tfs[a:b]) for a, b in zip(offsets[:-1], offsets[1:])],
            np.concatenate([self.lengths[keep], addition.lengths]).astype(np.float32),
            [f for f, k in zip(self.filters, keep) if k] + addition.filters,
            version,
        )

    def visible(self, metadata: Metadata) -> bool:
        """Whether a chromadb hit belongs to this snapshot. A reader keeps to one snapshot, so
        it sees each document whole, as it was before an ingest or after, never in between."""
        return self.doc_versions.get(metadata.get("doc_id")) == metadata.get("doc_version")

    # --- searching ------------------------------------------------------------
    def search(self, query: str, k: int, allowed: np.ndarray | None = None) -> list[LexicalHit]:
        """Top ``k`` chunks by BM25; ``allowed`` is a boolean mask from a filter."""
        if not self.ids:
            return []
        scores = np.zeros(len(self.ids), dtype=np.float32)
        norm = K1 * (1 - B + B * self.lengths / max(self.avg_length, 1e-9))
        for term in set(tokens(query)):
            term_id = self.vocabulary.get(term)
            if term_id is None:
                continue
            docs, tf = self.postings[term_id]
            scores[docs] += self.idf[term_id] * tf * (K1 + 1) / (tf + norm[docs])
        if allowed is not None:
            scores[~allowed] = 0.0
        top = np.argpartition(-scores, min(k, len(scores) - 1))[:k]
        top = top[np.argsort(-scores[top])]
        return [LexicalHit(int(i), self.ids[i], float(scores[i])) for i in top if scores[i] > 0]

    def idf_of(self, term: str) -> float:
        term_id = self.vocabulary.get(term)
        return float(self.idf[term_id]) if term_id is not None else 0.0

    def doc_of(self, chunk_id: str) -> str:
        return self._doc_of.get(chunk_id) or chunk_id.rsplit("::", 2)[0]

    def chunks_holding(self, doc_id: str, sentence_index: int) -> list[str]:
        """Chunk ids of ``doc_id`` that contain the sentence (more than one where chunks overlap)."""
        return [cid for cid, start, end in self._spans.get(doc_id, ()) if start <= sentence_index < end]

    def mask(self, date_from: int | None, date_to: int | None, category: str | None) -> np.ndarray | None:
        if date_from is None and date_to is None and not category:
            return None
        keep = np.ones(len(self.ids), dtype=bool)
        if date_from is not None:
            keep &= self.dates >= date_from
        if date_to is not None:
            keep &= (self.dates <= date_to) & (self.dates >= 0)
        if category:
            keep &= np.array([category in f.get("categories", []) for f in self.filters], dtype=bool)
        return keep

    # --- persistence ----------------------------------------------------------
    def save(self, path: Path) -> None:
        """One file, written to a temp name and renamed: readers never see half of it."""
        offsets = np.cumsum([0] + [len(p[0]) for p in self.postings]).astype(np.int64)
        docs = np.concatenate([p[0] for p in self.postings]) if self.postings else np.zeros(0, np.int32)
        tfs = np.concatenate([p[1] for p in self.postings]) if self.postings else np.zeros(0, np.float32)
        header = json.dumps(
            {"format": FORMAT, "version": self.version, "ids": self.ids, "filters": self.filters,
             "vocabulary": sorted(self.vocabulary, key=self.vocabulary.get)},
            ensure_ascii=False,
        )
        with atomic_writer(path) as fh:
            np.savez(fh, header=np.frombuffer(header.encode("utf-8"), dtype=np.uint8),
                     offsets=offsets, docs=docs, tfs=tfs, lengths=self.lengths)

    @classmethod
    def load(cls, path: Path) -> LexicalIndex:
        with np.load(path) as data:
            header = json.loads(data["header"].tobytes().decode("utf-8"))
            if header.get("format") != FORMAT:
                raise ValueError(f"lexical index format {header.get('format')} is not {FORMAT}")
            offsets, docs, tfs = data["offsets"], data["docs"], data["tfs"]
            postings = [(docs[a:b], tfs[a:b]) for a, b in zip(offsets[:-1], offsets[1:])]
            vocabulary = {term: i for i, term in enumerate(header["vocabulary"])}
            return cls(header["ids"], vocabulary, postings, data["lengths"], header["filters"],
                       header["version"])


def _committed_only(chunks: Iterable[tuple[str, str, Metadata]],
                    committed: dict[str, str | None]) -> Iterator[tuple[str, str, Metadata]]:
    """The chunks of the versions the registry names (not one being written or swept)."""
    return ((cid, text, meta) for cid, text, meta in chunks
            if committed.get(meta.get("doc_id")) == meta.get("doc_version"))


def _flat(postings: list[tuple[np.ndarray, np.ndarray]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Term-major postings as three flat arrays: chunk index, term frequency, term id."""
    if not postings:
        return np.zeros(0, np.int32), np.zeros(0, np.float32), np.zeros(0, np.int64)
    lengths = [len(d) for d, _ in postings]
    return (np.concatenate([d for d, _ in postings]), np.concatenate([t for _, t in postings]),
            np.repeat(np.arange(len(postings), dtype=np.int64), lengths))


def lexical_file(store: ArchiveStore) -> Path:
    return store.settings.lexical_path / f"{store.settings.collection}.npz"


def publish_lexical(store: ArchiveStore, committed: dict[str, str | None] | None = None) -> LexicalIndex:
    """After an ingest: save the next snapshot, then bump the collection version, which is
    what switches readers over to it. The next snapshot is the saved one updated with the
    changed documents when the saved one is the published one, else a full rebuild."""
    current = store.version
    base = _saved(store, current)
    version = current + 1
    committed = store.committed_versions() if committed is None else committed
    index = base.updated(store, version, committed) if base else LexicalIndex.from_store(store, version, committed)
    index.save(lexical_file(store))
    store.mark_changed(index.version)
    return index


def sync_lexical(store: ArchiveStore, current: LexicalIndex | None = None) -> LexicalIndex:
    """The lexical index for the collection as it is now: ``current`` or the saved one when
    their version matches, else rebuilt from chromadb and saved."""
    version = store.version
    if current is not None and current.version == version:
        return current
    saved = _saved(store, version)
    if saved is not None:
        return saved
    log.info("building the lexical index from the collection (version %s)", version)
    index = LexicalIndex.from_store(store, version)
    index.save(lexical_file(store))
    return index


def _saved(store: ArchiveStore, version: int) -> LexicalIndex | None:
    """The saved snapshot if it is the one for ``version``."""
    path = lexical_file(store)
    if not path.exists():
        return None
    try:
        saved = LexicalIndex.load(path)
    except (OSError, ValueError, KeyError):
        log.warning("lexical index at %s unreadable; rebuilding", path)
        return None
    return saved if saved.version == version else None
