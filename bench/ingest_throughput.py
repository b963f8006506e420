"""Ingest speed against the raw speed of the embedding model on the same texts.

    python bench/ingest_throughput.py ../shared/devset/articles

Prints the first (cold) and second (unchanged) run, chunks per second, and the share of
the first run spent outside the model (pipeline overhead).
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

from ingest.pipeline import ingest, passage_text
from rag.index.embeddings import load_embedder
from rag.index.store import ArchiveStore
from rag.settings import Settings


def main(folder: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp), _env_file=None)
        embedder = load_embedder(settings)
        first = ingest([Path(folder)], settings, embedder=embedder)
        second = ingest([Path(folder)], settings, embedder=embedder)
        store = ArchiveStore(settings)
        texts = [passage_text(m["title"], t) for _, t, m in store.scan_chunks()]
        texts += [passage_text(m["title"], t) for _, t, m in store.scan_sentences()]
        started = time.perf_counter()
        embedder.encode_passages(texts)
        raw = time.perf_counter() - started
    overhead = (first.seconds - raw) / first.seconds
    print(f"documents: {len(first.added)}  chunks: {first.chunks_written}  sentences: {first.sentences_written}")
    print(f"first run: {first.seconds:.1f} s  ({first.chunks_written / first.seconds:.1f} chunks/s, "
          f"{len(texts) / first.seconds:.1f} embedded texts/s)")
    print(f"second run: {second.seconds:.2f} s, re-embedded: {second.chunks_written}, "
          f"unchanged: {len(second.unchanged)}")
    print(f"raw model on the same {len(texts)} texts: {raw:.1f} s ({len(texts) / raw:.1f} texts/s)")
    print(f"pipeline overhead: {overhead:.1%} of the first run")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "corpus")
