"""How the index behaves as it grows: size on disk, write time, query latency.

    python bench/scale.py --chunks 10000 100000 [--articles ../shared/devset/articles]
    python bench/scale.py --chunks 50000 --keep /tmp/scale   # fill once, measure again later

Embedding 100k chunks takes hours on 2 CPU cores, so the index is filled with synthetic
records built from real ones: each synthetic chunk is 4 random real sentences (text for
BM25) with the normalised mean of their real embeddings plus noise (a vector in the same
region of the space as real text), and ~3.6 sentences per chunk as in the devset.
Queries are real devset questions embedded by the real model. Ingest time is projected
from the measured embedding throughput, which dominates it (see ingest_throughput.py).
"add 1 article" is a real ingest of one new article into the filled index: what a
maintainer's upload costs at that size (embedding, registry and stale-version scans, the
BM25 snapshot brought up to date). Full retrieval is measured without filters and with a
year, a month and a category filter (synthetic articles are spread over 2010-2024 and five
categories; each filter's first pass over the questions, which caches its records' vectors, is
shown apart), and split into its parts (query embedding, the dense rankings, BM25, the rest).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import random
import shutil
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

import numpy as np

from ingest.pipeline import ingest
from rag.index.embeddings import load_embedder
from rag.index.records import (
    ChunkMeta,
    DocEntry,
    DocFields,
    SentenceMeta,
    chunk_id,
    sentence_id,
)
from rag.index.snapshot import Snapshots, snapshot_file
from rag.index.store import ArchiveStore, Record
from rag.qa import ArchiveQA
from rag.retrieval import Filters
from rag.settings import Settings

SENTENCES_PER_CHUNK = 3.6  # devset: 360 sentences for 100 chunks
CHUNKS_PER_ARTICLE = 1.25  # devset: 100 chunks for 80 articles
NOISE = 0.02
CATEGORIES = ("Kültür", "Siyaset", "Ekonomi", "Spor", "Eğitim")
FILTERS = {
    "year 2020": Filters(date(2020, 1, 1), date(2020, 12, 31)),
    "month 2020-03": Filters(date(2020, 3, 1), date(2020, 3, 31)),
    "category": Filters(category="Spor"),
}


def disk_mb(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def fill(store: ArchiveStore, pool: list[tuple[str, np.ndarray]], n_chunks: int, rng: random.Random) -> float:
    """Write ``n_chunks`` synthetic chunks (with their sentences and registry records)."""
    started = time.perf_counter()
    np_rng = np.random.default_rng(rng.randint(0, 2**31))
    batch_chunks: list[Record] = []
    batch_sentences: list[Record] = []
    entries: list[DocEntry] = []
    for i in range(n_chunks):
        doc_id, version = f"sentetik/{i:07d}.txt", "v1"
        picked = rng.sample(pool, 4)
        vector = np.mean([v for _, v in picked], axis=0) + np_rng.normal(0, NOISE, pool[0][1].shape)
        day = f"{2010 + rng.randint(0, 14)}-{1 + rng.randint(0, 11):02d}-{1 + rng.randint(0, 27):02d}"
        doc = DocFields(doc_id=doc_id, doc_version=version, title=picked[0][0][:60], source=doc_id, date=day,
                        categories=(rng.choice(CATEGORIES),))
        shared = dataclasses.asdict(doc)
        batch_chunks.append(Record(chunk_id(doc_id, version, 0), " ".join(t for t, _ in picked),
                                   (vector / np.linalg.norm(vector)).astype(np.float32),
                                   ChunkMeta(**shared, sentence_start=0, sentence_end=4)))
        entries.append(DocEntry(**shared, chunks=1, sentences=round(SENTENCES_PER_CHUNK)))
        for j in range(round(SENTENCES_PER_CHUNK)):
            text, vec = picked[j]
            noisy = vec + np_rng.normal(0, NOISE, vec.shape)
            batch_sentences.append(Record(sentence_id(doc_id, version, j), text,
                                          (noisy / np.linalg.norm(noisy)).astype(np.float32),
                                          SentenceMeta(**shared, sentence_index=j)))
        if len(batch_chunks) == 2000 or i == n_chunks - 1:
            store.upsert_chunks(batch_chunks)
            store.upsert_sentences(batch_sentences)
            store.commit_documents(entries)
            batch_chunks, batch_sentences, entries = [], [], []
    store.close_run()  # as a finished ingest leaves it
    return time.perf_counter() - started


def latency_ms(fn, queries: list, repeat: int = 1) -> tuple[float, float]:
    times = []
    for _ in range(repeat):
        for query in queries:
            started = time.perf_counter()
            fn(query)
            times.append((time.perf_counter() - started) * 1000)
    return percentiles(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--chunks", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--articles", type=Path, default=Path("../shared/devset/articles"))
    parser.add_argument("--questions", type=Path, default=Path("../shared/devset/questions.jsonl"))
    parser.add_argument("--keep", type=Path, help="keep the filled indexes here and reuse them on the next run")
    parser.add_argument("--embed-rate", type=float, default=24.3,
                        help="texts/s of the embedding model here (bench/ingest_throughput.py)")
    args = parser.parse_args()
    rng = random.Random(7)
    root = args.keep or Path(tempfile.mkdtemp(prefix="arsiv-scale-"))
    try:
        base = Settings(data_dir=root / "seed", _env_file=None)
        embedder = load_embedder(base)
        ingest([args.articles], base, embedder=embedder)
        seed = ArchiveStore(base)
        ids = [sid for sid, _, _ in seed.scan_sentences()]
        _, texts, vectors = seed.get_sentences(ids)
        pool = list(zip(texts, vectors))
        questions = [json.loads(line)["question"] for line in args.questions.read_text().splitlines()[:100]]
        query_vectors = [embedder.encode_query(q) for q in questions]

        article = root / "yeni" / "haber.txt"
        article.parent.mkdir(exist_ok=True)
        article.write_text("Kerkük'te yeni kütüphane\n\nKerkük'te Türkmen yazarların kitaplarını toplayan "
                           "yeni bir kütüphane açıldı. Açılışa yüzlerce okur katıldı.", encoding="utf-8")
        rows = []
        for n in args.chunks:
            settings = Settings(data_dir=root / f"n{n}", _env_file=None)
            reused = (settings.data_dir / "filled").exists()
            store = ArchiveStore(settings)
            write_s = bm25_s = add_s = float("nan")
            if not reused:
                store.check_model(embedder.model_id, claim=True)
                write_s = fill(store, pool, n, rng)
                started = time.perf_counter()
                Snapshots(store).publish(store.committed_versions())
                bm25_s = time.perf_counter() - started
                started = time.perf_counter()
                ingest([article.parent], settings, embedder=embedder)
                add_s = time.perf_counter() - started
                (settings.data_dir / "filled").touch()
            rows.append(measure(settings, store, embedder, questions, query_vectors, write_s, bm25_s, add_s))
            if not args.keep:
                shutil.rmtree(settings.data_dir)
        print_tables(rows)
        texts_per_article = CHUNKS_PER_ARTICLE * (1 + SENTENCES_PER_CHUNK)
        hours = 1_000_000 * texts_per_article / args.embed_rate / 3600
        print(f"\nprojected embedding time for 1M articles ({texts_per_article:.2f} texts each) at "
              f"{args.embed_rate} texts/s: {hours:,.0f} h")
    finally:
        if not args.keep:
            shutil.rmtree(root, ignore_errors=True)


def measure(settings: Settings, store: ArchiveStore, embedder, questions: list[str], query_vectors: list,
            write_s: float, bm25_s: float, add_s: float) -> dict:
    """Latencies of the parts and of the whole retrieval, one question at a time."""
    qa = ArchiveQA(settings, store, embedder)
    snapshot = qa.snapshots.current()
    counts = store.counts()
    row = {"chunks": counts["chunks"], "sentences": counts["sentences"], "write_s": write_s, "bm25_s": bm25_s,
           "add_s": add_s,
           "size_mb": disk_mb(settings.chroma_path) + snapshot_file(store).stat().st_size / 1e6,
           "dense chunks": latency_ms(lambda v: store.nearest("chunks", v, settings.candidates), query_vectors),
           "dense sentences": latency_ms(lambda v: store.nearest("sentences", v, 3 * settings.candidates),
                                         query_vectors),
           "bm25": latency_ms(lambda q: snapshot.search(q, settings.candidates), questions)}
    parts: dict[str, dict[str, list[float]]] = {}

    def retrieve(question: str, filters: Filters | None = None, label: str = "no filter") -> None:
        result = qa.read(lambda s: qa.search(question, s, filters=filters))
        for name, ms in result.timings_ms.items():
            parts.setdefault(label, {}).setdefault(name, []).append(ms)

    qa.read(lambda s: qa.search(questions[0], s))  # warm up
    row["full"] = latency_ms(retrieve, questions)
    for name, filters in FILTERS.items():
        # The first pass fills the vector cache of the filter's records (in the background);
        # the second is every later use of the filter.
        row[f"{name} first"] = latency_ms(lambda q: retrieve(q, filters, f"{name} (first pass)"), questions)
        row[name] = latency_ms(lambda q: retrieve(q, filters, name), questions)
    row["parts"] = {label: {name: percentiles(values) for name, values in by_part.items()}
                    for label, by_part in parts.items()}
    return row


def print_tables(rows: list[dict]) -> None:
    def pair(values: tuple[float, float]) -> str:
        return f"{values[0]:.1f} / {values[1]:.1f}"

    print("| chunks | sentences | write s | index MB (chroma + BM25) | BM25 build s | add 1 article s "
          "| dense chunks p50/p95 ms | dense sentences p50/p95 ms | BM25 p50/p95 ms "
          "| full retrieval p50/p95 ms | " + " | ".join(f"full, {name} filter" for name in FILTERS) + " | "
          + " | ".join(f"{name} filter, first pass" for name in FILTERS) + " |")
    print("|---" * (10 + 2 * len(FILTERS)) + "|")
    for row in rows:
        print(f"| {row['chunks']:,} | {row['sentences']:,} | {row['write_s']:.0f} | {row['size_mb']:.0f} "
              f"| {row['bm25_s']:.1f} | {row['add_s']:.1f} | {pair(row['dense chunks'])} "
              f"| {pair(row['dense sentences'])} | {pair(row['bm25'])} | {pair(row['full'])} | "
              + " | ".join(pair(row[name]) for name in FILTERS) + " | "
              + " | ".join(pair(row[f"{name} first"]) for name in FILTERS) + " |")
    print("\nwhere the time of a full retrieval goes (p50 / p95 ms):")
    for row in rows:
        for label, by_part in row["parts"].items():
            print(f"  {row['chunks']:,} chunks, {label}: " + ", ".join(f"{name} {pair(v)}" for name, v in by_part.items()))


def percentiles(times: list[float]) -> tuple[float, float]:
    ordered = sorted(times)
    return statistics.median(ordered), ordered[int(0.95 * (len(ordered) - 1))]


if __name__ == "__main__":
    main()
