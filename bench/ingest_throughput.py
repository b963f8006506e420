"""Ingest speed: embedding time per article, and the rest of the pipeline beside it.

    python bench/ingest_throughput.py ../shared/devset/articles

Prints the first (cold) and second (unchanged) run: articles, chunks and sentences written,
texts embedded, seconds of embedding per article, and the share of the run spent outside
the model (reading, chunking, chromadb writes, the BM25 snapshot). Only sentences are
embedded; a chunk's vector is the mean of its sentences' (ingest/pipeline.py).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from ingest.pipeline import ingest
from rag.index.embeddings import load_embedder
from rag.settings import Settings


def main(folder: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(data_dir=Path(tmp))
        embedder = load_embedder(settings)
        first = ingest([Path(folder)], settings, embedder=embedder)
        second = ingest([Path(folder)], settings, embedder=embedder)
    articles = len(first.added)
    if not articles:
        sys.exit(f"no articles were indexed from {folder} (is it the right folder?)")
    embedded = first.sentences_written + (first.chunks_written if settings.chunk_vectors == "embedded" else 0)
    print(f"articles: {articles}  chunks: {first.chunks_written}  sentences: {first.sentences_written} "
          f"(texts embedded: {embedded}, ARSIV_CHUNK_VECTORS={settings.chunk_vectors})")
    print(f"first run: {first.seconds:.1f} s, embedding {first.embed_seconds:.1f} s = "
          f"{first.embed_seconds / articles:.2f} s per article; outside the model "
          f"{(first.seconds - first.embed_seconds) / first.seconds:.0%} of the run")
    print(f"second run: {second.seconds:.2f} s, re-embedded: {second.sentences_written}, "
          f"unchanged: {len(second.unchanged)}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "corpus")
