"""rag and ingest behind one object, loaded once per app process."""

from __future__ import annotations

import hashlib
import logging
import threading
from pathlib import Path
from urllib.parse import quote

from ingest.pipeline import Ingestor, Progress
from ingest.removal import RemovalReport
from ingest.report import IngestReport
from ingest.site.sync import SiteSync
from rag.answer.citations import Source
from rag.index.embeddings import Embedder, load_embedder
from rag.index.records import DocEntry
from rag.index.store import ArchiveStore
from rag.ops.stats import ArchiveStats, archive_stats
from rag.qa import ArchiveQA
from rag.settings import Settings
from ui.sandbox import LINK_PREFIX, PAGE_PARAMETER

log = logging.getLogger("arsiv.app")


def file_key(path: Path) -> str:
    """A stored file's key in its document link: the same for the same file across restarts."""
    return hashlib.sha256(str(path).encode()).hexdigest()[:16]

class ArchiveService:
    """Loads the model and index once; answers questions; runs one ingest at a time."""

    def __init__(self, settings: Settings, embedder: Embedder | None = None) -> None:
        self.settings = settings
        self.store = ArchiveStore(settings)
        # Questions are answered side by side, so one thread per query embedding serves more
        # of them (bench/load_test.py: 15 → 17 answers/s with 50 users) unless set otherwise.
        threads = settings.embedding_threads or 1
        self.embedder = embedder or load_embedder(settings.model_copy(update={"embedding_threads": threads}))
        self.ingestor = Ingestor(settings, self.store, self.embedder)
        self.qa = ArchiveQA(settings, self.store, self.embedder)
        self._ingest_lock = threading.Lock()
        self._file_roots = {p.resolve().name: p.resolve()
                            for p in (settings.corpus_dir, settings.uploads_dir)}
        # Files added from the command line, wherever they lie: served one by one, as the
        # archive held them when the app started (never their folders)
        self._files = {doc_id: Path(entry.file) for doc_id, entry in self.store.registry().items()
                       if entry.file and not self._under_root(Path(entry.file))}
        self._served: tuple[int | None, frozenset[Path]] = (None, frozenset())  # index version → its files
        self._linked: tuple[frozenset[Path], dict[str, Path]] = (frozenset(), {})  # served files, key → file

    def ensure_index(self) -> IngestReport | None:
        """First start: an empty index is built from the bundled corpus."""
        if self.store.counts()["chunks"]:
            return None
        if not self.settings.corpus_dir.is_dir():
            log.warning("the index is empty and there is no corpus folder at %s "
                        "(run from the project root or set ARSIV_CORPUS_DIR)",
                        self.settings.corpus_dir.resolve())
            return None
        log.info("index is empty; building it from %s", self.settings.corpus_dir)
        report = self.ingest([self.settings.corpus_dir], progress_bar=True)
        log.info("\n%s", report.summary())
        return report

    def ingest(self, paths: list[Path], progress: Progress | None = None,
               progress_bar: bool = False) -> IngestReport:
        with self._ingest_lock:
            return self.ingestor.run(paths, progress=progress, progress_bar=progress_bar)

    def sync(self, sites: list[str], prune: bool = False, progress: Progress | None = None) -> IngestReport:
        """Bring the archive in step with news sites (``ingest/site``); never beside an ingest."""
        with self._ingest_lock:
            return SiteSync(self.settings, self.ingestor).run(sites, prune=prune, progress=progress)

    def remove(self, doc_ids: list[str]) -> RemovalReport:
        """Take documents out of the archive; never at the same time as an ingest."""
        with self._ingest_lock:
            return self.ingestor.remove(doc_ids)

    @property
    def example_questions(self) -> list[str]:
        """The example questions under the chat: the settings' own, or the defaults about the
        bundled article only while the index holds a document read from the corpus folder (an
        archive built from other files has no answer to them)."""
        examples = self.settings.shown_examples
        if not examples or "example_questions" in self.settings.model_fields_set:
            return examples
        corpus = self.settings.corpus_dir.resolve()
        held = any(entry.file and Path(entry.file).resolve().is_relative_to(corpus)
                   for entry in self.store.registry().values())
        return examples if held else []

    def registry(self) -> dict[str, DocEntry]:
        """doc_id → registry entry of every document in the archive."""
        return self.store.registry()

    def stats(self) -> ArchiveStats:
        return archive_stats(self.store)

    def file_url(self, source: Source) -> str | None:
        """A link to the stored file of a source without a URL (a PDF's cited page as text):
        the corpus's and the uploads', or the file a command-line ingest read it from. It
        names the file by a key and its name, never by where it lies on the server."""
        path = self._stored_file(source.source, self._files.get(source.doc_id))
        if path is None or not path.is_file():
            return None
        # (a PDF's page as text a phone can read, the quoted sentence marked: ``ReadablePdfPages``)
        return f"{LINK_PREFIX}{file_key(path)}/{quote(path.name)}" + (
            f"?{PAGE_PARAMETER}={source.page}" if source.page else "") + text_fragment(source.quote)

    def linked_file(self, key: str) -> Path | None:
        """The file a document link's key names: one an indexed document is read from."""
        files = self._served_files()
        if self._linked[0] is not files:  # keyed again only when an ingest changed the files
            self._linked = (files, {file_key(path): path for path in files})
        return self._linked[1].get(key)

    def _stored_file(self, source: str, elsewhere: Path | None) -> Path | None:
        """A document's file: under the folder its source names, or where it was read from."""
        root_name, _, rest = source.partition("/")
        root = self._file_roots.get(root_name)
        if root is None or not rest:
            return elsewhere
        path = (root / rest).resolve()
        return path if path.is_relative_to(root) else None

    def refuses_file(self, path: Path) -> bool:
        """A file the app must not hand out although it lies where its files do: under the
        corpus or uploads folder, or a command-line file, but no indexed document's (a rejected
        upload, a draft saved beside the articles, a document since removed)."""
        path = path.resolve()
        if not (self._under_root(path) or path in self._files.values()):
            return False
        return path not in self._served_files()

    def _served_files(self) -> frozenset[Path]:
        version = self.store.read_version()
        if self._served[0] != version:  # an ingest (here or from the command line) changed the index
            self._served = (version, self._document_files())
        return self._served[1]

    def _document_files(self) -> frozenset[Path]:
        files = set()
        for entry in self.store.registry().values():
            read_from = Path(entry.file).resolve() if entry.file else None
            files |= {path for path in (read_from, self._stored_file(entry.source, None)) if path is not None}
        return frozenset(files)

    def _under_root(self, path: Path) -> bool:
        return any(path.is_relative_to(root) for root in self._file_roots.values())

    @property
    def allowed_paths(self) -> list[str]:
        return [str(p) for p in (*self._file_roots.values(), *self._files.values())]


FRAGMENT_WORDS = 4  # words that find the quoted sentence in the page, at its start and at its end


def text_fragment(quoted: str) -> str:
    """A text fragment ("#:~:text=start,end") that a browser scrolls to and marks: the page opens at
    the cited sentence, not at its menu (a stranger's find on a saved page). "", for no quote."""
    said = quoted.split()
    if not said:
        return ""
    start = " ".join(said[:FRAGMENT_WORDS])
    end = " ".join(said[-FRAGMENT_WORDS:]) if len(said) > 2 * FRAGMENT_WORDS else ""
    return "#:~:text=" + _directive_term(start) + (f",{_directive_term(end)}" if end else "")


def _directive_term(text: str) -> str:
    """The text percent-encoded for a text directive: "-", "&" and "," are its own syntax ("2027-2028" read
    as a prefix mark finds nothing, and the page opens at its top)."""
    return quote(text, safe="").replace("-", "%2D")
