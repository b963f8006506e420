"""The contract between ingest and every reader: what each chromadb record carries.

A chunk, a sentence and a document's registry entry share the document's fields (id,
version, title, source, date, url, author, categories); each adds its own. Ingest builds
these and writes ``to_chroma()``; readers get them back with ``from_chroma()`` (or ``of()``
for a retrieved langchain ``Document``), so no reader indexes a metadata dict by key.
Record ids are built and parsed here too, and dates have one integer encoding (YYYYMMDD),
which is what the snapshot's date masks compare.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date
from typing import Any, NamedTuple, TypeVar

from langchain_core.documents import Document

Metadata = dict[str, Any]
ID_SEPARATOR = "::"
M = TypeVar("M", bound="DocFields")


# --- ids -------------------------------------------------------------------------------------
class RecordId(NamedTuple):
    doc_id: str
    doc_version: str
    kind: str  # "c" chunk, "s" sentence
    index: int


def chunk_id(doc_id: str, doc_version: str, index: int) -> str:
    return _record_id(doc_id, doc_version, f"c{index}")


def sentence_id(doc_id: str, doc_version: str, index: int) -> str:
    return _record_id(doc_id, doc_version, f"s{index}")


def sentence_ids(doc_id: str, doc_version: str | None, start: int, end: int) -> list[str]:
    """The ids of sentences [start, end) of one version of a document."""
    return [sentence_id(doc_id, doc_version or "", i) for i in range(start, end)]


def _record_id(doc_id: str, doc_version: str, last: str) -> str:
    """"doc::version::c0"; records written before versions existed are "doc::c0"."""
    return ID_SEPARATOR.join((doc_id, doc_version, last) if doc_version else (doc_id, last))


def parse_id(record_id: str) -> RecordId:
    """The parts of a chunk or sentence id (document ids may themselves contain "::"). An id
    from before versions ("doc::c0") reads as version ""."""
    parts = record_id.rsplit(ID_SEPARATOR, 2)
    doc_id, doc_version, last = parts if len(parts) == 3 else (parts[0], "", parts[1])
    return RecordId(doc_id, doc_version, last[:1], int(last[1:]))


# --- dates -----------------------------------------------------------------------------------
def date_int(value: str | date | None) -> int | None:
    """"2024-03-15" (or a date) → 20240315; None stays None (an undated article)."""
    if value is None or value == "":
        return None
    day = value if isinstance(value, date) else date.fromisoformat(value[:10])
    return day.year * 10_000 + day.month * 100 + day.day


def titled(title: str, text: str) -> str:
    """A passage as it is embedded and matched: the title travels with the text."""
    return f"{title}\n{text}" if title else text


# --- metadata --------------------------------------------------------------------------------
def clean_metadata(metadata: Metadata) -> Metadata:
    """chromadb takes str/int/float/bool and non-empty lists of them; drop the rest."""
    out: Metadata = {}
    for key, value in metadata.items():
        if value is None or value == "" or value == [] or value == ():
            continue
        if isinstance(value, (list, tuple)) and all(isinstance(v, (str, int, float)) for v in value):
            out[key] = list(value)
        elif isinstance(value, (str, int, float, bool)):
            out[key] = value
    return out


@dataclass(frozen=True, kw_only=True)
class DocFields:
    """What every record of a document carries (so any hit can be shown and filtered)."""

    doc_id: str = ""
    doc_version: str | None = None  # None only in indexes written before versions
    title: str = ""
    source: str = ""
    date: str | None = None  # ISO day; None: undated, never today's date
    url: str | None = None
    author: str | None = None
    categories: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()  # a site's tags (WordPress), kept with the document; not a filter

    @property
    def date_int(self) -> int | None:
        return date_int(self.date)

    def doc_fields(self) -> DocFields:
        return DocFields(**{f.name: getattr(self, f.name) for f in dataclasses.fields(DocFields)})

    def to_chroma(self) -> Metadata:
        data = {f.name: getattr(self, f.name) for f in dataclasses.fields(self)}
        data["date_int"] = self.date_int
        return clean_metadata(data)

    @classmethod
    def from_chroma(cls: type[M], metadata: Metadata) -> M:
        known = {f.name for f in dataclasses.fields(cls)}
        values = {k: v for k, v in metadata.items() if k in known}
        values["categories"] = tuple(values.get("categories") or ())
        values["tags"] = tuple(values.get("tags") or ())
        return cls(**values)

    @classmethod
    def of(cls: type[M], document: Document) -> M:
        """The typed metadata of a retrieved passage."""
        return cls.from_chroma(document.metadata)


@dataclass(frozen=True, kw_only=True)
class ChunkMeta(DocFields):
    chunk_index: int = 0
    page: int | None = None
    sentence_start: int = 0  # the chunk holds sentences [start, end) of its document
    sentence_end: int = 0

    def sentence_ids(self) -> list[str]:
        return sentence_ids(self.doc_id, self.doc_version, self.sentence_start, self.sentence_end)


@dataclass(frozen=True, kw_only=True)
class SentenceMeta(DocFields):
    sentence_index: int = 0
    page: int | None = None


@dataclass(frozen=True, kw_only=True)
class DocEntry(DocFields):
    """A document's registry record: it counts as indexed once this exists."""

    content_hash: str = ""
    format: str | None = None
    chunks: int = 0
    sentences: int = 0
    indexed_at: float = 0.0
    file: str | None = None  # the file it was read from, absolute: a source card links it
