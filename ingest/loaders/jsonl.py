"""JSON Lines site exports: one article per line; a bad line is reported, not fatal."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from ingest.loaders.base import LoadResult, RejectedFile, make_article, read_text


def load_jsonl(path: Path, source: str, max_bytes: int) -> LoadResult:
    raw, _ = read_text(path, max_bytes)
    result = LoadResult()
    for line_no, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{line_no}"
        try:
            record = json.loads(line)
            if not isinstance(record, dict):
                raise ValueError("satır bir JSON nesnesi değil")
            text = record.get("text") or record.get("content") or ""
            if not isinstance(text, str) or not text.strip():
                raise ValueError("'text' alanı yok ya da boş")
            title = str(record.get("title") or "")
            key = record.get("id") or record.get("url") or hashlib.sha1(
                (title + text).encode("utf-8")
            ).hexdigest()[:16]
            category = record.get("category") or record.get("categories") or []
            result.documents.append(
                make_article(
                    text,
                    doc_id=f"{source}#{key}",
                    source=source,
                    fmt="jsonl",
                    title=title,
                    date_value=record.get("date"),
                    author=record.get("author"),
                    url=record.get("url"),
                    categories=[category] if isinstance(category, str) else list(category),
                )
            )
        except json.JSONDecodeError as exc:
            result.problems.append((where, f"geçersiz JSON: {exc.msg}"))
        except (ValueError, TypeError, RejectedFile) as exc:
            result.problems.append((where, str(exc)))
    if not result.documents and not result.problems:
        raise RejectedFile("JSONL dosyasında makale yok")
    return result
