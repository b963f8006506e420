"""The maintainers' desk: the archive's documents as a searchable, paged table, and what a
removal will do, in words. Pure functions over the registry (no Gradio, no index writes)."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import datetime

from ingest.removal import FileFate, RemovalReport
from rag.index.records import DocEntry
from rag.language.dates import date_label
from rag.language.turkish import alphabetical, fold

PAGE_SIZE = 25
COLUMNS = ["Başlık", "Tarih", "Kaynak", "Kategori", "Biçim", "Parça", "Eklendi"]
_FORMAT_LABELS = {"text": "metin", "markdown": "Markdown"}  # the loaders' names, as a reader says them
_MD_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")  # every ASCII punctuation mark


@dataclass(frozen=True)
class DeskRow:
    doc_id: str
    title: str
    date: str  # "15 Mart 2024" or "tarih yok"
    where: str  # the article's URL, else the file it came from
    categories: str  # "kültür, Kerkük" or "—" (a text file carries none)
    format: str
    chunks: int
    added: str  # "15.03.2024 14:05"

    @classmethod
    def of(cls, entry: DocEntry) -> DeskRow:
        return cls(entry.doc_id, entry.title or entry.source, date_label(entry.date), entry.url or entry.source,
                   ", ".join(entry.categories) or "—", format_label(entry.format), entry.chunks,
                   added_label(entry.indexed_at))

    def cells(self) -> list[str | int]:
        return [self.title, self.date, self.where, self.categories, self.format, self.chunks, self.added]

    @property
    def choice(self) -> tuple[str, str]:
        """(label, value) for the removal dropdown."""
        return f"{self.title} · {self.where}", self.doc_id


def format_label(fmt: str | None) -> str:
    """"text" → "metin", "pdf" → "PDF": the loader's name of a format, in Turkish."""
    return _FORMAT_LABELS.get(fmt or "", (fmt or "—").upper())


@dataclass(frozen=True)
class DeskPage:
    rows: list[DeskRow]
    page: int  # 1-based, within 1..pages
    pages: int  # at least 1
    matching: int  # documents the search matched
    total: int  # documents in the archive
    query: str

    @property
    def doc_ids(self) -> list[str]:
        return [row.doc_id for row in self.rows]

    @property
    def table(self) -> list[list[str | int]]:
        return [row.cells() for row in self.rows]

    @property
    def choices(self) -> list[tuple[str, str]]:
        return [row.choice for row in self.rows]

    @property
    def caption(self) -> str:
        """One line above the table (Markdown; the search text is escaped)."""
        if not self.total:
            return "Arşivde belge yok."
        found = (f"“{md_escape(self.query)}” araması: {self.matching} belge · " if self.query.strip() else "")
        if not self.matching:
            return f"{found}Arşivde {self.total} belge var; aramaya uyan yok."
        first = (self.page - 1) * PAGE_SIZE + 1
        last = first + len(self.rows) - 1
        return f"{found}Arşivde {self.total} belge · {first}–{last} gösteriliyor · sayfa {self.page} / {self.pages}"


def added_label(timestamp: float) -> str:
    """When a document was indexed, in the Turkish day.month.year form; "—" when unknown."""
    return datetime.fromtimestamp(timestamp).strftime("%d.%m.%Y %H:%M") if timestamp else "—"


def matches(entry: DocEntry, query: str) -> bool:
    """Whether every word of ``query`` is in the title, the source file, the URL, the id or a
    category, Turkish case-insensitively ("KERKÜK", "kerkük" and "Kerkük'te" all find "Kerkük'te …")."""
    haystack = fold(" ".join(filter(None, (entry.title, entry.source, entry.url, entry.doc_id, *entry.categories))))
    return all(word in haystack for word in fold(query).split())


def search(registry: dict[str, DocEntry], query: str = "") -> list[DocEntry]:
    """The documents ``query`` matches (all when it is empty), most recently added first; those
    added in the same minute (one upload, as the "Eklendi" column shows them) by title."""
    found = [entry for entry in registry.values() if matches(entry, query)]
    return sorted(found, key=lambda e: (-(e.indexed_at // 60), alphabetical(e.title), e.doc_id))


def document_page(registry: dict[str, DocEntry], query: str = "", page: int = 1, size: int = PAGE_SIZE) -> DeskPage:
    """One page of the search result; a page past either end gives the first or the last."""
    found = search(registry, query)
    pages = max(1, math.ceil(len(found) / size))
    page = min(max(1, int(page or 1)), pages)
    rows = [DeskRow.of(entry) for entry in found[(page - 1) * size : page * size]]
    return DeskPage(rows, page, pages, len(found), len(registry), query or "")


def confirmation(entry: DocEntry, fates: list[FileFate]) -> str:
    """What removing ``entry`` will do, for the confirmation step (Markdown, text escaped)."""
    lines = [f"**Şu belge arşivden kaldırılacak:** {md_escape(entry.title or entry.source)}  ",
             f"{md_escape(date_label(entry.date))} · {md_escape(entry.url or entry.source)} · "
             f"kimlik: {md_escape(entry.doc_id)}",
             "",
             f"- Dizinden {entry.chunks} parça ve {entry.sentences} cümle silinir; "
             "soruların yanıtlarında artık kaynak olarak gösterilmez."]
    for fate in fates:
        lines.append(f"- Dosya {md_escape(fate.source)}: {md_escape(fate.reason)}.")
    lines += ["", "Bu işlem geri alınamaz. Emin misiniz?"]
    return "\n".join(lines)


def removal_markdown(report: RemovalReport) -> str:
    """The removal report as the maintainers' report box shows it (a fenced block)."""
    text = report.summary()
    fence = "`" * max(3, 1 + max((len(run) for run in re.findall(r"`+", text)), default=0))
    return f"{fence}\n{text}\n{fence}"


def md_escape(text: str) -> str:
    """Archive text shown literally inside Markdown (no emphasis, links or HTML from it)."""
    return _MD_PUNCTUATION.sub(r"\\\1", " ".join(text.split()))
