"""Readers' like/dislike on answers, kept so maintainers can review the failures.

One JSON line per vote in ``<data_dir>/feedback/<YYYY-MM-DD>.jsonl``. A vote never edits an
earlier one. Each write replaces the day's file atomically (temp file + rename), so a crash
mid-write leaves the previous file whole, never a torn last line.
"""

from __future__ import annotations

import json
import threading
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from rag.files import atomic_writer

_lock = threading.Lock()


def record_feedback(folder: Path, liked: bool, answer: dict[str, Any], **extra: Any) -> Path:
    """Append one vote with the question, the answer and its sources; returns the file."""
    now = datetime.now(timezone.utc)
    entry = {"time": now.isoformat(timespec="seconds"), "liked": liked,
             "question": answer.get("question"), "answer": answer.get("text"),
             "refused": answer.get("refused"), "backend": answer.get("backend"),
             "sources": [{k: s.get(k) for k in ("n", "doc_id", "title", "date", "url", "quote")}
                         for s in answer.get("sources", [])],
             **extra}
    path = folder / f"{now.date().isoformat()}.jsonl"
    line = json.dumps(entry, ensure_ascii=False) + "\n"
    with _lock:
        folder.mkdir(parents=True, exist_ok=True)
        previous = path.read_bytes() if path.exists() else b""
        with atomic_writer(path) as handle:
            handle.write(previous + line.encode("utf-8"))
    return path

