"""What maintainers see about the index: sizes, model, freshness, articles per month."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime

from rag.index.store import ArchiveStore


@dataclass
class ArchiveStats:
    documents: int
    chunks: int
    sentences: int
    embedding_model: str | None
    last_ingest: datetime | None
    newest_date: str | None
    oldest_date: str | None
    undated: int
    per_month: list[tuple[str, int]] = field(default_factory=list)  # ("2024-03", n), gaps as 0
    categories: list[str] = field(default_factory=list)


def archive_stats(store: ArchiveStore) -> ArchiveStats:
    registry = store.registry()
    counts = store.counts()
    info = store.read_info()
    dates = sorted(entry.date for entry in registry.values() if entry.date)
    categories: Counter[str] = Counter()
    for entry in registry.values():
        categories.update(entry.categories)
    updated = info.get("updated_at")
    return ArchiveStats(
        documents=len(registry),
        chunks=counts["chunks"],
        sentences=counts["sentences"],
        embedding_model=info.get("embedding_model"),
        last_ingest=datetime.fromtimestamp(float(updated)) if updated else None,
        newest_date=dates[-1] if dates else None,
        oldest_date=dates[0] if dates else None,
        undated=len(registry) - len(dates),
        per_month=_months_with_gaps(Counter(d[:7] for d in dates)),
        categories=[name for name, _ in categories.most_common()],
    )


def _months_with_gaps(per_month: Counter[str]) -> list[tuple[str, int]]:
    """Every month from the first to the last dated article, empty months included, so a
    gap in the archive shows as a zero bar rather than disappearing."""
    if not per_month:
        return []
    first, last = min(per_month), max(per_month)
    year, month = int(first[:4]), int(first[5:7])
    months: list[tuple[str, int]] = []
    while f"{year:04d}-{month:02d}" <= last:
        key = f"{year:04d}-{month:02d}"
        months.append((key, per_month.get(key, 0)))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months
