"""files → documents → chunks → embeddings → chromadb, incrementally and crash-safe.

A run reads its files in batches (memory holds one batch of text, whatever the archive's
size); per document it decides by content hash what to do (add, update, leave, skip as
duplicate; ``ingest/plan.py``) and embeds only what changed; with ``--prune`` documents
whose files are gone are removed at the end.

Every chunk and sentence carries its document's version (a prefix of the content hash) in
its id and metadata, so a new version is written beside the old one: its chunks and
sentences are upserted, then the registry record is switched to it. At the end of the run
the next lexical snapshot is published (readers keep to one snapshot, so they see each
document whole, old or new), and only then are stale versions and removed documents swept.
A run killed anywhere leaves the registry naming complete versions only; the next run
finishes the job.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import logging
import time
from collections.abc import Callable, Collection, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np
from langchain_core.documents import Document
from tqdm import tqdm

from ingest.chunking import Chunk, Sentence, chunk_sentences, document_sentences
from ingest.loaders import SUPPORTED, LoadResult, RejectedFile, load_file
from ingest.plan import Planner, Prepared
from ingest.publish import finish_run
from ingest.removal import RemovalReport, remove_documents
from ingest.report import IngestReport
from rag.index.embeddings import Embedder, load_embedder
from rag.index.records import (
    ChunkMeta,
    DocEntry,
    DocFields,
    SentenceMeta,
    chunk_id,
    sentence_id,
    titled,
)
from rag.index.store import ArchiveStore, Record
from rag.settings import Settings

log = logging.getLogger(__name__)

PROGRESS_BATCHES = 8  # embedding batches between two progress reports (a call sorts its texts by length)
PIPELINE_VERSION = "7"  # bump when chunking or cleaning changes, so every document is redone

Progress = Callable[[int, int, str], None]


class Source(Protocol):
    """What a run reads documents from: a file, or a page of a site (``ingest/site``)."""

    name: str  # how reports and the progress bar name it

    def load(self, max_bytes: int) -> LoadResult: ...


@dataclass(frozen=True)
class SourceFile:
    path: Path
    name: str  # "<folder>/<relative path>": the stable document id

    def load(self, max_bytes: int) -> LoadResult:
        return load_file(self.path, self.name, max_bytes)


def discover(paths: Sequence[Path], report: IngestReport) -> list[SourceFile]:
    """Files to load under ``paths``, sorted; hidden files and unknown types are reported."""
    found: list[SourceFile] = []
    named: set[str] = set()  # overlapping paths ("corpus" and "corpus/a.txt") give one file once
    for given in paths:
        if not given.exists():
            report.reject(str(given), "dosya ya da klasör bulunamadı")
            continue
        root = given.parent if given.is_file() else given
        candidates = [given] if given.is_file() else sorted(p for p in given.rglob("*") if p.is_file())
        for path in candidates:
            relative = path.relative_to(root)
            name = f"{root.resolve().name}/{relative.as_posix()}"
            if any(part.startswith(".") for part in relative.parts) or name in named:
                continue
            named.add(name)
            if path.suffix.lower() not in SUPPORTED:
                report.reject(name, f"desteklenmeyen dosya türü '{path.suffix or '(uzantısız)'}'")
                continue
            found.append(SourceFile(path, name))
    return found


def content_hash(document: Document, settings: Settings) -> str:
    """Identity of what gets indexed: text, metadata that is shown, and how it is chunked."""
    meta = document.metadata
    payload = {
        "pipeline": PIPELINE_VERSION,
        "chunking": [settings.chunk_size, settings.chunk_overlap],
        "text": document.page_content,
        **{k: meta.get(k) for k in ("title", "date", "author", "url", "categories")},
        **({"tags": meta["tags"]} if meta.get("tags") else {}),  # absent: hashes from before tags hold
    }
    return hashlib.sha256(json.dumps(payload, ensure_ascii=False, sort_keys=True).encode()).hexdigest()


class Ingestor:
    """One ingest run over a store; reusable by the CLI, the app and the tests."""

    def __init__(self, settings: Settings, store: ArchiveStore | None = None,
                 embedder: Embedder | None = None) -> None:
        self.settings = settings
        self.store = store or ArchiveStore(settings)
        self.embedder = embedder or load_embedder(settings)
        self.store.check_model(self.embedder.model_id, claim=True)

    def run(self, paths: Sequence[Path], prune: bool = False, progress: Progress | None = None,
            progress_bar: bool = False) -> IngestReport:
        report = IngestReport()
        files = discover(paths, report)
        return self.run_sources(files, report, prune=prune, progress=progress, progress_bar=progress_bar)

    def run_sources(self, sources: Sequence[Source], report: IngestReport, *, prune: bool = False,
                    remove: Collection[str] = (), readers: int = 1, progress: Progress | None = None,
                    progress_bar: bool = False, unit: str = "dosya") -> IngestReport:
        """Index ``sources`` (``readers`` of them loaded at a time: pages of a site wait on the
        network); registered documents in ``remove`` leave the index in the same run. ``remove``
        is read at the end, so sources may add to it as they load (a page the site says is gone)."""
        def waiting() -> None:
            if progress:
                progress(0, len(sources), "başka bir dizinleme sürüyor; bitmesi bekleniyor")

        with self.store.writing(waiting):
            return self._run(sources, report, prune, remove, readers, RunProgress(len(sources), progress,
                                                                                  progress_bar, unit))

    def _run(self, sources: Sequence[Source], report: IngestReport, prune: bool, remove: Collection[str],
             readers: int, progress: RunProgress) -> IngestReport:
        started = time.perf_counter()
        report.files += len(sources)
        full_sweep = self.store.open_run()
        planner = Planner(self.store.registry(), prune, report)
        with progress as tracker, ThreadPoolExecutor(readers, thread_name_prefix="ingest-read") as pool:
            size = self.settings.ingest_batch_files
            for batch in (sources[start : start + size] for start in range(0, len(sources), size)):
                prepared = self._load(batch, report, tracker, pool)
                self._write(planner.decide(prepared), report, tracker, len(batch))
            released, gone = planner.finish(remove)
            self._write(released, report, tracker, 0)
        touched = None if full_sweep else [*report.added, *report.updated, *gone]
        self.store.uncommit_documents(gone)  # their chunks go in the sweep, after readers have switched
        report.removed.extend(gone)
        finish_run(self.store, planner.committed(gone), touched, report.changed)
        report.seconds = time.perf_counter() - started
        log.info("ingest done: %s", report.to_dict()["counts"])
        return report

    def _load(self, sources: Sequence[Source], report: IngestReport, tracker: RunProgress,
              pool: ThreadPoolExecutor) -> list[Prepared]:
        prepared: list[Prepared] = []
        for source, outcome in zip(sources, pool.map(self._load_one, sources)):
            tracker.reading(source.name)
            if isinstance(outcome, str):
                report.reject(source.name, outcome)
                continue
            for location, reason in outcome.problems:
                report.reject(location, reason)
            report.unchanged.extend(outcome.unchanged)
            prepared.extend(Prepared(d, content_hash(d, self.settings)) for d in outcome.documents)
        return prepared

    def _load_one(self, source: Source) -> LoadResult | str:
        """What ``source`` holds, or why it cannot be read."""
        try:
            return source.load(self.settings.max_file_bytes)
        except RejectedFile as exc:
            return str(exc)
        except Exception as exc:  # a loader bug must not stop the batch
            log.exception("loader failed on %s", source.name)
            return f"okunamadı: {type(exc).__name__}: {exc}"

    def _write(self, items: list[Prepared], report: IngestReport, tracker: RunProgress, files: int) -> None:
        """Embed and write ``items``, the documents of ``files`` files that changed."""
        done = 0
        for group in self._groups(items):
            self._write_group(group, report,
                              lambda part, at=done, n=len(group): tracker.indexing(files * (at + part * n) / len(items)))
            done += len(group)
            tracker.indexing(files * done / len(items))
        tracker.indexed(files)

    def _groups(self, items: list[Prepared]) -> Iterator[list[tuple[Prepared, list[Sentence], list[Chunk]]]]:
        group: list[tuple[Prepared, list[Sentence], list[Chunk]]] = []
        size = 0
        for item in items:
            meta = item.document.metadata
            sentences = document_sentences(item.document.page_content, bool(meta.get("paged")))
            chunks = chunk_sentences(sentences, self.settings.chunk_size, self.settings.chunk_overlap)
            group.append((item, sentences, chunks))
            size += len(sentences) + (len(chunks) if self._embeds_chunks else 0)
            if size >= self.settings.embedding_group:
                yield group
                group, size = [], 0
        if group:
            yield group

    @property
    def _embeds_chunks(self) -> bool:
        return self.settings.chunk_vectors == "embedded"

    def _write_group(self, group: list[tuple[Prepared, list[Sentence], list[Chunk]]], report: IngestReport,
                     embedded: Callable[[float], None] = lambda part: None) -> None:
        """Sentences are always embedded. Chunks are embedded too (``chunk_vectors="embedded"``)
        or get the mean of their sentences' vectors (``"pooled"``): less than half the model's
        work on long articles (a chunk repeats its sentences, plus the overlap), for a small
        loss in retrieval (README, "Speed at scale")."""
        texts: list[str] = []
        for item, sentences, chunks in group:
            title = item.document.metadata["title"]
            texts.extend(titled(title, s.text) for s in sentences)
            texts.extend(titled(title, c.text) for c in chunks if self._embeds_chunks)
        started = time.perf_counter()
        vectors = self._encode(texts, embedded) if texts else np.zeros((0, 0))
        report.embed_seconds += time.perf_counter() - started
        offset = 0
        chunk_records: list[Record] = []
        sentence_records: list[Record] = []
        commits: list[DocEntry] = []
        for item, sentences, chunks in group:
            sentence_vectors = vectors[offset : offset + len(sentences)]
            offset += len(sentences)
            if self._embeds_chunks:
                chunk_vectors = vectors[offset : offset + len(chunks)]
                offset += len(chunks)
            else:
                chunk_vectors = pooled(chunks, sentences, sentence_vectors)
            records = self._records(item, sentences, chunks, sentence_vectors, chunk_vectors)
            chunk_records.extend(records[0])
            sentence_records.extend(records[1])
            commits.append(records[2])
        # The group's new versions first, then their registry records in one write: a run
        # killed in between leaves uncommitted versions, which the next run sweeps.
        self.store.upsert_chunks(chunk_records)
        self.store.upsert_sentences(sentence_records)
        self.store.commit_documents(commits)
        report.chunks_written += len(chunk_records)
        report.sentences_written += len(sentence_records)

    def _encode(self, texts: list[str], embedded: Callable[[float], None]) -> np.ndarray:
        """The texts' vectors, a few embedding batches at a time, saying what share is done: a
        group of short uploads is one model call, and the progress bar would stand at 0 % until
        its end (a stranger's find on a phone)."""
        step = self.settings.embedding_batch_size * PROGRESS_BATCHES
        parts = []
        for start in range(0, len(texts), step):
            parts.append(self.embedder.encode_passages(texts[start : start + step]))
            embedded(min(start + step, len(texts)) / len(texts))
        return np.vstack(parts)

    def _records(self, item: Prepared, sentences: list[Sentence], chunks: list[Chunk],
                 sentence_vectors: np.ndarray,
                 chunk_vectors: np.ndarray) -> tuple[list[Record], list[Record], DocEntry]:
        """A document's chunk and sentence records and its registry entry."""
        meta = item.document.metadata
        doc = DocFields(doc_id=meta["doc_id"], doc_version=item.version, title=meta["title"],
                        source=meta["source"], date=meta.get("date"), url=meta.get("url"),
                        author=meta.get("author"), categories=tuple(meta.get("categories") or ()),
                        tags=tuple(meta.get("tags") or ()))
        shared = dataclasses.asdict(doc)
        chunk_records = [
            Record(chunk_id(doc.doc_id, item.version, c.index), c.text, vector,
                   ChunkMeta(**shared, chunk_index=c.index, page=c.page,
                             sentence_start=c.sentences[0].index, sentence_end=c.sentences[-1].index + 1))
            for c, vector in zip(chunks, chunk_vectors)
        ]
        sentence_records = [
            Record(sentence_id(doc.doc_id, item.version, s.index), s.text, vector,
                   SentenceMeta(**shared, sentence_index=s.index, page=s.page))
            for s, vector in zip(sentences, sentence_vectors)
        ]
        entry = DocEntry(**shared, content_hash=item.content_hash, format=meta.get("format"),
                         chunks=len(chunks), sentences=len(sentences), indexed_at=time.time(), file=meta.get("file"))
        return chunk_records, sentence_records, entry

    def remove(self, doc_ids: Sequence[str]) -> RemovalReport:
        """Take documents out of the archive (see ``ingest/removal.py``); no embedding needed."""
        return remove_documents(self.store, self.settings, doc_ids)


class RunProgress:
    """Files read and files indexed, as terminal bars and through the caller's callback
    (which gets files indexed so far, all files, and what is happening)."""

    def __init__(self, total: int, callback: Progress | None, bar: bool, unit: str = "dosya") -> None:
        self.total, self.callback = total, callback
        self.done = 0  # files of finished batches
        self.position = 0  # files indexed so far, counting the current batch's written part
        self.read_bar = tqdm(total=total, desc="okunuyor", unit=unit, disable=not bar)
        self.index_bar = tqdm(total=total, desc="gömülüyor", unit=unit, disable=not bar)

    def __enter__(self) -> RunProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        self.read_bar.close()
        self.index_bar.close()

    def reading(self, name: str) -> None:
        self.read_bar.update(1)
        self._tell(f"okunuyor: {name}")

    def indexing(self, files_into_batch: float) -> None:
        """Part of the current batch is written (``files_into_batch`` of its files' worth)."""
        self.position = round(self.done + files_into_batch)
        self.index_bar.n = self.position
        self.index_bar.refresh()
        self._tell("gömülüyor")

    def indexed(self, files: int) -> None:
        self.done += files
        self.indexing(0)

    def _tell(self, message: str) -> None:
        if self.callback:
            self.callback(self.position, self.total, message)


def pooled(chunks: list[Chunk], sentences: list[Sentence], sentence_vectors: np.ndarray) -> np.ndarray:
    """Each chunk's vector: the L2-normalised mean of its sentences' vectors."""
    row = {sentence.index: i for i, sentence in enumerate(sentences)}
    out = np.zeros((len(chunks), sentence_vectors.shape[1] if len(sentence_vectors) else 0), dtype=np.float32)
    for i, chunk in enumerate(chunks):
        mean = sentence_vectors[[row[s.index] for s in chunk.sentences]].mean(axis=0)
        out[i] = mean / (np.linalg.norm(mean) or 1.0)
    return out


def ingest(paths: Sequence[Path], settings: Settings, *, prune: bool = False,
           progress: Progress | None = None, progress_bar: bool = False,
           store: ArchiveStore | None = None, embedder: Embedder | None = None) -> IngestReport:
    """Index ``paths`` into the configured archive and return what happened."""
    return Ingestor(settings, store, embedder).run(paths, prune, progress, progress_bar)
