"""Files handed in through the app, checked and saved into the uploads folder.

The checks run before anything touches the archive: how many files, which extensions, how
large, and a file name that cannot leave the folder. Each accepted file is copied in
atomically (hidden temp file + rename; ingest skips hidden files), so a crash never leaves a
half-copied document for the next ingest to index.

After the ingest of the saved files, ``keep_indexed`` keeps only the files that gave the
archive a document: one the ingest rejects (empty, corrupt, no article in it) is deleted, so
it is not rejected again at every re-index; where it had replaced an earlier upload of the
same name, that earlier file (kept meanwhile under a hidden name) is put back.
"""

from __future__ import annotations

import os
import re
import shutil
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ingest.loaders import SUPPORTED
from ingest.report import IngestReport
from rag.files import atomic_writer
from rag.settings import Settings

MAX_NAME_CHARS = 120
_UNSAFE = re.compile(r"[^\w .()+-]", re.UNICODE)


@dataclass
class SavedUploads:
    saved: list[Path] = field(default_factory=list)
    rejected: list[dict[str, str]] = field(default_factory=list)  # {"file", "reason"}
    previous: dict[Path, Path] = field(default_factory=dict)  # saved file → hidden copy of the one it replaced


def safe_filename(name: str) -> str | None:
    """The last path component, NFC, with anything but letters (Turkish included), digits,
    space and ``.()+-_`` replaced; None when nothing usable is left."""
    base = unicodedata.normalize("NFC", re.split(r"[\\/]", name)[-1])
    base = "".join(ch for ch in base if unicodedata.category(ch)[0] != "C")
    base = _UNSAFE.sub("_", base).strip(" .")
    stem, dot, ext = base.rpartition(".")
    if dot and len(base) > MAX_NAME_CHARS:
        base = f"{stem[: MAX_NAME_CHARS - len(ext) - 1]}.{ext}"
    return base[:MAX_NAME_CHARS] or None


def save_uploads(files: Sequence[Path], settings: Settings) -> SavedUploads:
    """Copy the acceptable ``files`` into ``settings.uploads_dir``; report the rest by name."""
    result = SavedUploads()
    folder = settings.uploads_dir
    limit = int(settings.upload_max_mb * 1024 * 1024)
    for index, path in enumerate(files):
        shown = path.name
        if index >= settings.upload_max_files:
            result.rejected.append({"file": shown, "reason": f"bir seferde en fazla "
                                    f"{settings.upload_max_files} dosya yüklenebilir"})
            continue
        name = safe_filename(path.name)
        if name is None:
            result.rejected.append({"file": shown, "reason": "geçersiz dosya adı"})
            continue
        suffix = Path(name).suffix.lower()
        if suffix not in SUPPORTED:
            allowed = " ".join(sorted(SUPPORTED))
            result.rejected.append({"file": shown, "reason": f"desteklenmeyen dosya türü "
                                    f"'{suffix or '(uzantısız)'}' (izin verilenler: {allowed})"})
            continue
        size = path.stat().st_size
        if size > limit:
            result.rejected.append({"file": shown, "reason": f"dosya çok büyük ({size / 1048576:.1f} MB; "
                                    f"sınır {settings.upload_max_mb:g} MB)"})
            continue
        target = folder / name
        if target.is_file() and target not in result.saved:  # (not a file of this same batch)
            result.previous[target] = _keep_previous(target)
        with path.open("rb") as source, atomic_writer(target) as handle:
            shutil.copyfileobj(source, handle)
        result.saved.append(target)
    return result


def keep_indexed(saved: SavedUploads, report: IngestReport, settings: Settings) -> list[str]:
    """After ``report``'s ingest of ``saved.saved``: delete each file that gave no document
    (putting back the upload it replaced, if any); the names of the files not kept."""
    root = settings.uploads_dir.resolve().name
    produced = [*report.added, *report.updated, *report.unchanged, *(d["doc_id"] for d in report.duplicates)]
    discarded: list[str] = []
    for path in dict.fromkeys(saved.saved):
        name = f"{root}/{path.name}"
        previous = saved.previous.get(path)
        if any(doc_id == name or doc_id.startswith(f"{name}#") for doc_id in produced):
            if previous is not None:
                previous.unlink(missing_ok=True)
            continue
        if previous is not None:
            os.replace(previous, path)
        else:
            path.unlink(missing_ok=True)
        discarded.append(path.name)
    return discarded


def _keep_previous(target: Path) -> Path:
    """A hidden second name for the upload about to be replaced (ingest skips hidden files)."""
    previous = target.with_name(f".{target.name}.önceki")
    previous.unlink(missing_ok=True)
    try:
        os.link(target, previous)
    except OSError:  # a file system without hard links
        shutil.copy2(target, previous)
    return previous
