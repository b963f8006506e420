"""Taking documents out of the archive, crash-safe in the same way as an ingest run.

A removal goes in this order:

1. the run is marked open in the collection's metadata (``ArchiveStore.open_run``);
2. uploaded files that hold nothing but removed documents are deleted from the uploads
   folder (a file in the corpus folder, or anywhere else, is never deleted);
3. the documents' registry entries are dropped: from here on they no longer count as indexed;
4. the next lexical snapshot is published without them, which switches readers over;
5. the chunks and sentences of every stored version of them are swept, and the run closed.

Killed between 1 and 5, the run stays marked open, so the next ingest, or the next removal
(even of nothing, or of documents already gone), sweeps the whole collection and publishes,
which finishes the job. The file goes first on purpose: killed after it, a document is still
registered and listed, and removing it again finishes; had the registry entry gone first, the
file left behind would quietly bring the document back at the next re-index.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ingest.publish import finish_run
from rag.index.records import DocEntry
from rag.index.store import ArchiveStore
from rag.settings import Settings

log = logging.getLogger(__name__)


@dataclass
class RemovalReport:
    removed: list[str] = field(default_factory=list)  # doc ids taken out of the index
    not_found: list[str] = field(default_factory=list)  # asked for, but not in the registry
    deleted_files: list[str] = field(default_factory=list)  # uploads deleted ("uploads/a.txt")
    kept_files: list[dict[str, str]] = field(default_factory=list)  # {"file", "reason"}: left in place
    chunks_removed: int = 0
    sentences_removed: int = 0
    seconds: float = 0.0

    def to_dict(self) -> dict:
        data = asdict(self)
        data["counts"] = {"removed": len(self.removed), "not_found": len(self.not_found),
                          "deleted_files": len(self.deleted_files)}
        return data

    def summary(self) -> str:
        lines = [f"kaldırılan: {len(self.removed)}   bulunamayan: {len(self.not_found)}   "
                 f"silinen dosya: {len(self.deleted_files)}   ({self.seconds:.1f} sn)",
                 f"  dizinden silinen parça: {self.chunks_removed}   cümle: {self.sentences_removed}"]
        lines.extend(f"  kaldırıldı: {doc_id}" for doc_id in self.removed)
        lines.extend(f"  bulunamadı (dizinde yok): {doc_id}" for doc_id in self.not_found)
        lines.extend(f"  dosya silindi: {name}" for name in self.deleted_files)
        lines.extend(f"  dosya yerinde kaldı: {kept['file']}: {kept['reason']}" for kept in self.kept_files)
        return "\n".join(lines)


@dataclass(frozen=True)
class FileFate:
    """What a removal does to the file a document came from, told before and after."""

    source: str  # as the registry names it: "<folder>/<relative path>"
    path: Path | None  # the uploaded file, when the source is one
    delete: bool
    reason: str  # for maintainers, in Turkish


def uploaded_path(source: str, settings: Settings) -> Path | None:
    """The file in the uploads folder that ``source`` names, or None when it names none (a
    corpus file, a folder given to the CLI); never a path outside the uploads folder."""
    uploads, corpus = settings.uploads_dir.resolve(), settings.corpus_dir.resolve()
    root, _, rest = source.partition("/")
    if root != uploads.name or not rest:
        return None
    path = (uploads / rest).resolve()
    if not path.is_relative_to(uploads) or path == uploads or path.is_relative_to(corpus):
        return None
    return path


def file_fates(doc_ids: Sequence[str], registry: dict[str, DocEntry], settings: Settings) -> list[FileFate]:
    """For each file the registered ``doc_ids`` came from: deleted or kept, and why. An upload
    is deleted when every document read from it goes; a corpus file is never deleted."""
    leaving = set(doc_ids)
    staying: dict[str, int] = {}
    for doc_id, entry in registry.items():
        if doc_id not in leaving:
            staying[entry.source] = staying.get(entry.source, 0) + 1
    corpus_name = settings.corpus_dir.resolve().name
    fates: list[FileFate] = []
    for source in dict.fromkeys(registry[d].source for d in doc_ids if d in registry):
        path = uploaded_path(source, settings)
        if source.startswith(("http://", "https://")):
            fates.append(FileFate(source, None, False, "siteden gelen yazı; sitede durdukça eşitleme onu geri "
                                  "getirir (site haritası ya da akışta listelendikçe; WordPress'te --prune "
                                  "ile yapılan tam eşitlemede)"))
        elif path is None and source.partition("/")[0] == corpus_name:
            fates.append(FileFate(source, None, False, "derlem klasöründeki dosyalar silinmez; "
                                  "'Tümünü yeniden dizinle' belgeyi geri getirir"))
        elif path is None:  # added from the command line: a full re-index reads the corpus and uploads only
            fates.append(FileFate(source, None, False, "dosya yükleme klasöründe değil, silinmez; geri getirmek "
                                  "için komut satırından yeniden ekleyin (arsiv-ingest <dosya ya da klasör>)"))
        elif staying.get(source):
            fates.append(FileFate(source, path, False,
                                  f"dosyadaki {staying[source]} belge daha dizinde kalıyor, dosya silinmez; "
                                  "'Tümünü yeniden dizinle' kaldırılan belgeyi geri getirir"))
        elif not path.is_file():
            fates.append(FileFate(source, path, False, "yüklenen dosya zaten yok"))
        else:
            fates.append(FileFate(source, path, True, "yüklenen dosya silinir"))
    return fates


def remove_documents(store: ArchiveStore, settings: Settings, doc_ids: Sequence[str]) -> RemovalReport:
    """Remove the registered ``doc_ids`` (every version of their chunks and sentences, their
    registry entries, their place in the lexical snapshot, and uploaded files they alone came
    from); ids not in the registry are reported as not found. Callers serialise this with
    ingest runs (the app holds its ingest lock around both)."""
    started = time.perf_counter()
    report = RemovalReport()
    registry = store.registry()
    by_url: dict[str, list[str]] = {}  # the address the desk shows → every document at it
    for doc_id, entry in registry.items():
        if entry.url:
            by_url.setdefault(entry.url.rstrip("/"), []).append(doc_id)
    wanted = list(dict.fromkeys(doc_ids))
    found = list(dict.fromkeys(d for given in wanted
                               for d in ([given] if given in registry else by_url.get(given.rstrip("/"), []))))
    report.not_found = [d for d in wanted if d not in registry and d.rstrip("/") not in by_url]
    if not found and store.read_info().get("ingest_open") is False:
        report.seconds = time.perf_counter() - started
        return report  # nothing to remove and nothing left unfinished
    with store.writing():
        _remove(store, settings, registry, found, report)
    report.seconds = time.perf_counter() - started
    log.info("removal done: %s", report.to_dict()["counts"])
    return report


def _remove(store: ArchiveStore, settings: Settings, registry: dict[str, DocEntry], found: list[str],
            report: RemovalReport) -> None:
    fates = file_fates(found, registry, settings)
    full_sweep = store.open_run()
    for fate in fates:
        if fate.delete and fate.path is not None:
            fate.path.unlink(missing_ok=True)
            report.deleted_files.append(fate.source)
        else:
            report.kept_files.append({"file": fate.source, "reason": fate.reason})
    store.uncommit_documents(found)
    gone = set(found)
    committed = {d: entry.doc_version for d, entry in registry.items() if d not in gone}
    finish_run(store, committed, None if full_sweep else found, changed=bool(found))
    report.removed = found
    report.chunks_removed = sum(registry[d].chunks for d in found)
    report.sentences_removed = sum(registry[d].sentences for d in found)
