"""What an ingest run did, for maintainers (text) and for tools (JSON)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field

from rag.language.dates import date_label

LISTED = 10  # documents named per kind (added, updated, removed) in the text summary


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    duplicates: list[dict[str, str]] = field(default_factory=list)  # {"doc_id", "same_as"}
    rejected: list[dict[str, str]] = field(default_factory=list)  # {"file", "reason"}
    sites: list[dict] = field(default_factory=list)  # a site sync's per-site lines (ingest/site)
    read_as: dict[str, dict] = field(default_factory=dict)  # doc_id → {"title", "date"} as the loader read them
    files: int = 0
    chunks_written: int = 0
    sentences_written: int = 0
    embed_seconds: float = 0.0
    seconds: float = 0.0

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.removed)

    def reject(self, file: str, reason: str) -> None:
        self.rejected.append({"file": file, "reason": reason})

    def to_dict(self) -> dict:
        data = asdict(self)
        data["counts"] = {
            "added": len(self.added),
            "updated": len(self.updated),
            "unchanged": len(self.unchanged),
            "removed": len(self.removed),
            "duplicates": len(self.duplicates),
            "rejected": len(self.rejected),
        }
        return data

    def summary(self) -> str:
        lines = [_site_line(site) for site in self.sites]
        done = "toplam" if self.sites else f"{self.files} dosya tarandı,"  # a site's line says what was read
        lines += [
            f"{done} {self.seconds:.1f} sn (gömme {self.embed_seconds:.1f} sn)",
            f"  eklenen: {len(self.added)}   güncellenen: {len(self.updated)}   "
            f"değişmeyen: {len(self.unchanged)}   silinen: {len(self.removed)}   "
            f"yinelenen: {len(self.duplicates)}   reddedilen: {len(self.rejected)}",
            f"  yazılan parça: {self.chunks_written}   cümle: {self.sentences_written}",
        ]
        for label, doc_ids in (("eklendi", self.added), ("güncellendi", self.updated), ("silindi", self.removed),
                               ("değişmedi", self.unchanged)):
            lines.extend(f"    {label}: {doc_id}{self._read_as(doc_id)}" for doc_id in doc_ids[:LISTED])
            if len(doc_ids) > LISTED:
                lines.append(f"    … ve {len(doc_ids) - LISTED} belge daha ({label}; tümü --json ile)")
        for dup in self.duplicates:
            lines.append(f"  yinelenen: {dup['doc_id']} → zaten dizinde: {dup['same_as']}")
        if self.rejected:
            lines.append(f"  reddedilen: {len(self.rejected)}")
            lines.extend(f"    {r['file']}: {r['reason']}" for r in self.rejected)
        return "\n".join(lines)

    def _read_as(self, doc_id: str) -> str:
        """" — «Başlık» · 12 Ekim 2024": the title and date the loader found, to check at a glance
        (a wrong date files the article under another period)."""
        read = self.read_as.get(doc_id)
        return f" — «{read['title']}» · {date_label(read['date'])}" if read else ""


def _site_line(site: dict) -> str:
    how = {"wordpress": "WordPress API", "sitemap": "site haritası", "feed": "RSS/Atom akışı"}
    if site["error"]:
        state = f"OKUNAMADI: {site['error']}"
    elif site["complete"]:
        state = "tamamlandı"
    elif site["failed"]:
        state = f"YARIM KALDI: {site['failed']} yazı okunamadı, sonraki çalıştırma yeniden dener"
    else:
        state = "YARIM KALDI: yazı listesi tam okunamadı, sonraki çalıştırma yeniden dener"
    return (f"[{site['at'][:16].replace('T', ' ')}] {site['site']} ({how.get(site['method'], 'yöntem bulunamadı')}): "
            f"{site['listed']} yazı listelendi, {site['fetched']} yazı okundu, {site['requests']} istek "
            f"({site['not_modified']} × 304), {site['seconds']:.1f} sn — {state}")
