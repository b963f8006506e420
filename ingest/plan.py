"""What a run writes, decided document by document as batches of files are read.

Each document is compared with the registry by content hash: unchanged, added, updated,
or a duplicate of another document (stored once). Because a run reads its files in
batches, the document a duplicate matches may not have been met yet, and it may turn out
changed or removed in this same run; such a duplicate waits until that is known, so an
article is never dropped as a "duplicate" of text that is about to leave the index.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

from langchain_core.documents import Document

from ingest.report import IngestReport
from rag.index.records import DocEntry


@dataclass
class Prepared:
    document: Document
    content_hash: str

    @property
    def doc_id(self) -> str:
        return self.document.metadata["doc_id"]

    @property
    def version(self) -> str:
        """What chunk and sentence ids carry, so a new version is written beside the old."""
        return self.content_hash[:16]


class Planner:
    """One run's decisions; ``decide`` per batch, then ``finish`` once."""

    def __init__(self, registry: dict[str, DocEntry], prune: bool, report: IngestReport) -> None:
        self.registry = registry
        self.prune = prune
        self.report = report
        self.met: set[str] = set()  # documents read in this run
        self.dropped: set[str] = set()  # registered documents that became duplicates
        self.owner: dict[str, str] = {  # content hash → the document that holds it
            entry.content_hash: doc_id for doc_id, entry in registry.items() if entry.content_hash
        }
        self.waiting: dict[str, list[Prepared]] = {}  # registered doc not met yet → its duplicates
        self.accepted: dict[str, str] = {}  # doc_id → version this run writes

    def decide(self, batch: Iterable[Prepared]) -> list[Prepared]:
        """The documents of this batch (and any released duplicates) to embed and write."""
        to_write: list[Prepared] = []
        for item in batch:
            self.met.add(item.doc_id)
            entry = self.registry.get(item.doc_id)
            registered = entry.content_hash if entry else None
            if registered == item.content_hash:
                self.report.unchanged.append(item.doc_id)
                self._settle(item.doc_id, kept=True, to_write=to_write)
                continue
            if registered and self.owner.get(registered) == item.doc_id:
                del self.owner[registered]  # its old text is leaving with this update
            self._settle(item.doc_id, kept=False, to_write=to_write)
            self._place(item, to_write)
        return to_write

    def finish(self, remove: Collection[str] = ()) -> tuple[list[Prepared], list[str]]:
        """Duplicates still waiting, and the documents to remove: with ``prune``, those whose
        files are gone, and those named in ``remove`` (their waiting duplicates are written
        instead), plus registered documents that became duplicates."""
        gone = set(self.registry) - self.met if self.prune else set()
        gone |= set(remove) & set(self.registry)
        to_write: list[Prepared] = []
        for original in list(self.waiting):
            self._settle(original, kept=original not in gone, to_write=to_write)
        return to_write, sorted(gone | self.dropped)

    def committed(self, gone: list[str]) -> dict[str, str | None]:
        """doc_id → committed version once this run's writes are in and ``gone`` is removed:
        the registry as it will be, without reading it again."""
        versions = {doc_id: entry.doc_version for doc_id, entry in self.registry.items()}
        versions.update(self.accepted)
        for doc_id in gone:
            versions.pop(doc_id, None)
        return versions

    def _place(self, item: Prepared, to_write: list[Prepared]) -> None:
        same_as = self.owner.get(item.content_hash)
        if same_as is None or same_as == item.doc_id:
            self.owner[item.content_hash] = item.doc_id
            (self.report.updated if item.doc_id in self.registry else self.report.added).append(item.doc_id)
            self.report.read_as[item.doc_id] = {"title": item.document.metadata.get("title"),
                                                "date": item.document.metadata.get("date")}
            self.accepted[item.doc_id] = item.version
            to_write.append(item)
        elif same_as in self.registry and same_as not in self.met:
            self.waiting.setdefault(same_as, []).append(item)
        else:
            self._duplicate(item, same_as)

    def _duplicate(self, item: Prepared, same_as: str) -> None:
        self.report.duplicates.append({"doc_id": item.doc_id, "same_as": same_as})
        if item.doc_id in self.registry:  # it used to differ; its old text must not linger
            self.dropped.add(item.doc_id)

    def _settle(self, original: str, kept: bool, to_write: list[Prepared]) -> None:
        """``original``'s fate is known: its waiting duplicates are duplicates if it keeps its
        text (whether or not it was read in this run), otherwise the first of them takes the
        text over."""
        waiting = self.waiting.pop(original, [])
        if kept:
            for item in waiting:
                self._duplicate(item, original)
            return
        if waiting and self.owner.get(waiting[0].content_hash) == original:
            del self.owner[waiting[0].content_hash]
        for item in waiting:
            self._place(item, to_write)
