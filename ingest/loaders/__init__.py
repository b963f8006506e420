"""Loaders by file type: each turns one file into langchain Documents, one per article."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ingest.loaders.base import LoadResult, RejectedFile
from ingest.loaders.html import load_html
from ingest.loaders.jsonl import load_jsonl
from ingest.loaders.pdf import load_pdf
from ingest.loaders.text import load_text
from ingest.loaders.wxr import load_wxr

Loader = Callable[[Path, str, int], LoadResult]

LOADERS: dict[str, Loader] = {
    ".txt": load_text,
    ".md": load_text,
    ".html": load_html,
    ".htm": load_html,
    ".pdf": load_pdf,
    ".xml": load_wxr,
    ".jsonl": load_jsonl,
}
SUPPORTED = frozenset(LOADERS)


def load_file(path: Path, source: str, max_bytes: int) -> LoadResult:
    """Load one file; ``source`` (its path relative to the ingest root) is its stable id."""
    loader = LOADERS.get(path.suffix.lower())
    if loader is None:
        raise RejectedFile(f"desteklenmeyen dosya türü '{path.suffix}'")
    result = loader(path, source, max_bytes)
    if len(result.documents) == 1:  # one article, one file: where a reader opens it (not a site export)
        result.documents[0].metadata["file"] = str(path.resolve())
    return result


__all__ = ["LOADERS", "SUPPORTED", "LoadResult", "RejectedFile", "load_file"]
