"""Concurrent users against a running app, through gradio_client, on 127.0.0.1 only.

    ARSIV_DATA_DIR=/tmp/load ARSIV_CORPUS_DIR=../shared/devset/articles ARSIV_ADMIN_PASSWORD=yuk python app.py &
    python bench/load_test.py --users 20 --duration 60 \\
        --questions ../shared/devset/questions.jsonl --ingest-every 10 --password yuk

Each user asks questions back to back for ``--duration`` seconds. With ``--password``, an
article is re-uploaded in a new version every ``--ingest-every`` seconds, so ingests run
while users chat. Prints throughput, p50/p95/p99 latency, errors and refusals, and, for
questions with expected answers (the devset's "answers"), the share answered right under
load, to compare with the one-at-a-time evaluation.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlparse

from gradio_client import Client, handle_file

from rag.language.turkish import fold

MAX_USERS, MAX_SECONDS = 200, 900
DEFAULT_QUESTIONS = [
    "Bakü'deki konferansı kimler düzenledi?",
    "Konferansa kaç kişilik Irak Türkmen heyeti katıldı?",
    "Irak Türkleri Azerbaycan ile ilişkilerde neye önem veriyor?",
    "Heyet Bakü'de kimlerle görüştü?",
]


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def load_questions(path: Path | None) -> list[dict]:
    """``{"question", "answers"}`` items; ``answers`` may be empty (not checked)."""
    if path is None:
        return [{"question": q, "answers": []} for q in DEFAULT_QUESTIONS]
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [{"question": item["question"], "answers": item.get("answers", [])} for item in items]


def connect(url: str) -> Client:
    """A gradio_client user. The app is on 127.0.0.1 over plain HTTP, so no certificates are
    checked: gradio_client opens a new httpx client per request, and loading the system's CA
    store for each took a quarter of the load generator's CPU, on the same 2 cores as the app."""
    return Client(url, verbose=False, ssl_verify=False)


def user(url: str, questions: list[dict], until: float, seed: int, out: dict, lock: threading.Lock) -> None:
    client = connect(url)
    rng = random.Random(seed)
    while time.monotonic() < until:
        item = rng.choice(questions)
        started = time.perf_counter()
        hit = None
        try:
            answer = client.predict(item["question"], api_name="/ask")
            ok, refused = True, bool(answer.get("refused"))
            if item["answers"]:
                hit = any(fold(gold) in fold(answer["text"]) for gold in item["answers"])
        except Exception as exc:  # noqa: BLE001 - every failure is counted and shown
            ok, refused = False, False
            with lock:
                out["error_samples"].append(f"{type(exc).__name__}: {exc}"[:200])
        elapsed = time.perf_counter() - started
        with lock:
            out["latencies" if ok else "failed"].append(elapsed)
            out["refused"] += refused
            if hit is not None:
                out["hits"].append(hit)


def ingester(url: str, password: str, every: float, until: float, out: dict) -> None:
    """Re-upload one article in a new version every ``every`` seconds: a real ingest each time."""
    client = connect(url)
    with tempfile.TemporaryDirectory() as tmp:
        article = Path(tmp) / "yuk-testi-haberi.txt"
        version = 0
        while time.monotonic() + every < until:
            time.sleep(every)
            version += 1
            article.write_text(f"Yük testi haberi\n\nBu haberin {version}. sürümü yük testi sırasında "
                               f"yüklendi. Kerkük'te {version}. toplantı yapıldı.", encoding="utf-8")
            started = time.perf_counter()
            _, report, _, _ = client.predict(password, [handle_file(str(article))], api_name="/upload")
            out["ingests"].append({"seconds": round(time.perf_counter() - started, 2),
                                   "added": len(report["added"]), "updated": len(report["updated"])})


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default="http://127.0.0.1:7860/")
    parser.add_argument("--users", type=int, default=20)
    parser.add_argument("--duration", type=float, default=60.0, help="seconds")
    parser.add_argument("--questions", type=Path, help="JSONL with a 'question' field")
    parser.add_argument("--password", help="maintainers' password: enables ingest during the test")
    parser.add_argument("--ingest-every", type=float, default=10.0, help="seconds between uploads")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if urlparse(args.url).hostname not in ("127.0.0.1", "localhost"):
        parser.error("the load test only targets an app on 127.0.0.1")
    if not 1 <= args.users <= MAX_USERS or not 0 < args.duration <= MAX_SECONDS:
        parser.error(f"users must be 1..{MAX_USERS} and duration 0..{MAX_SECONDS} s")

    questions = load_questions(args.questions)
    out: dict = {"latencies": [], "failed": [], "refused": 0, "hits": [], "error_samples": [], "ingests": []}
    lock = threading.Lock()
    until = time.monotonic() + args.duration
    threads = [threading.Thread(target=user, args=(args.url, questions, until, i, out, lock))
               for i in range(args.users)]
    if args.password:
        threads.append(threading.Thread(target=ingester, args=(args.url, args.password, args.ingest_every,
                                                               until, out)))
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    latencies = out["latencies"]
    result = {
        "users": args.users, "seconds": round(wall, 1), "requests": len(latencies) + len(out["failed"]),
        "errors": len(out["failed"]), "refused": out["refused"],
        "answer_hit_rate": round(statistics.fmean(out["hits"]), 3) if out["hits"] else None,
        "throughput_rps": round(len(latencies) / wall, 2),
        "p50_ms": round(percentile(latencies, 50) * 1000), "p95_ms": round(percentile(latencies, 95) * 1000),
        "p99_ms": round(percentile(latencies, 99) * 1000),
        "mean_ms": round(statistics.fmean(latencies) * 1000) if latencies else None,
        "ingests_during_test": out["ingests"], "error_samples": out["error_samples"][:5],
    }
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return
    print(f"{result['users']} users, {result['seconds']} s: {result['requests']} requests, "
          f"{result['errors']} errors, {result['refused']} refused")
    print(f"throughput {result['throughput_rps']} answers/s; latency p50 {result['p50_ms']} ms, "
          f"p95 {result['p95_ms']} ms, p99 {result['p99_ms']} ms")
    if out["hits"]:
        print(f"answer hit rate under load: {result['answer_hit_rate']} ({len(out['hits'])} answers checked)")
    if out["ingests"]:
        print(f"ingests during the test: {len(out['ingests'])} "
              f"({', '.join(str(i['seconds']) + ' s' for i in out['ingests'])})")
    for sample in result["error_samples"]:
        print("  error:", sample)


if __name__ == "__main__":
    main()
