"""What an ingest run did, for maintainers (text) and for tools (JSON)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    duplicates: list[dict[str, str]] = field(default_factory=list)  # {"doc_id", "same_as"}
    rejected: list[dict[str, str]] = field(default_factory=list)  # {"file", "reason"}
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
        lines = [
            f"{self.files} dosya tarandı, {self.seconds:.1f} sn "
            f"(gömme {self.embed_seconds:.1f} sn)",
            f"  eklenen: {len(self.added)}   güncellenen: {len(self.updated)}   "
            f"değişmeyen: {len(self.unchanged)}   silinen: {len(self.removed)}",
            f"  yazılan parça: {self.chunks_written}   cümle: {self.sentences_written}",
        ]
        for dup in self.duplicates:
            lines.append(f"  yinelenen: {dup['doc_id']} → zaten dizinde: {dup['same_as']}")
        if self.rejected:
            lines.append(f"  reddedilen: {len(self.rejected)}")
            lines.extend(f"    {r['file']}: {r['reason']}" for r in self.rejected)
        return "\n".join(lines)
