"""Time-aware answers, measured: the dated archive in bench/dated/, time logic on and off.

    python bench/time_eval.py [--questions bench/dated/news.jsonl] [--today 2025-06-30] [--no-noise] [-v]

The dated articles are mixed with undated noise (the devset's 80 articles, when
../shared/devset is there), as a real archive mixes dated news with undated pages.
A question is right when:
- digest ("2022'de neler oldu?", "son haberler"): the listed articles are the expected dated
  ones in the expected order (the first DIGEST_CAP of them);
- latest / earliest / period / year / range / relative / adjective / none: the answer holds
  the expected fact, its first source is the expected article, and for "latest" every
  earlier value of the fact's history is in the answer; an "adjective" question ("yeni
  açılan okul", "ilk kadın başkanı") must also not be read as asking for the newest or oldest;
- absent (the topic is there, the asked period is not): the answer says so;
- undated (only an undated article speaks to it): the answer cites it with one notice saying
  it is undated, and claims neither the period nor the newest article.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from collections import defaultdict
from datetime import date
from pathlib import Path

from ingest.pipeline import ingest
from rag.answer.citations import Answer
from rag.answer.digest import DIGEST_CAP
from rag.index.embeddings import load_embedder
from rag.qa import ArchiveQA
from rag.settings import Settings

HERE = Path(__file__).parent / "dated"
NOISE = Path(__file__).resolve().parents[2] / "shared" / "devset" / "articles"
KINDS = ("digest", "latest", "earliest", "period", "year", "range", "relative", "adjective", "absent",
         "undated", "none")


def is_right(item: dict, answer: Answer) -> bool:
    kind = item["kind"]
    if kind == "absent":
        return answer.refused and answer.text.startswith("Arşivde bu konuda haberler var")
    if kind == "digest":
        titles = list(dict.fromkeys(s.title for s in answer.sources))
        return not answer.refused and titles == item["titles"][:DIGEST_CAP]
    if kind == "undated":
        label = (answer.timeframe or {}).get("label", "")
        return (not answer.refused and bool(answer.sources) and answer.sources[0].doc_id == item["doc_id"]
                and "tarihi bilinmeyen" in (answer.notice or "") and not label)
    right = (not answer.refused and item["answer"] in answer.text
             and bool(answer.sources) and answer.sources[0].doc_id == item["doc_id"])
    if kind == "latest":
        right = right and all(value in answer.text for value in item.get("history", []))
    if kind == "adjective":
        frame = answer.timeframe or {}
        right = right and not frame.get("recency") and not frame.get("earliest")
    return right


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--today", type=date.fromisoformat, default=date(2025, 6, 30))
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--questions", type=Path, default=HERE / "questions.jsonl",
                        help="questions.jsonl (tuning set), heldout.jsonl (written after tuning) or earliest.jsonl (\"ilk\")")
    parser.add_argument("--no-noise", action="store_true", help="the dated articles alone, without the devset's")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every wrong answer")
    args = parser.parse_args()
    questions = [json.loads(line) for line in args.questions.read_text(encoding="utf-8").splitlines()]
    results: dict[str, dict[str, list[bool]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        base = Settings(data_dir=Path(tmp), today=args.today, _env_file=None)
        embedder = load_embedder(base)
        sources = [HERE / "articles"] + ([NOISE] if NOISE.is_dir() and not args.no_noise else [])
        ingest(sources, base, embedder=embedder)
        for label, aware in (("time logic on", True), ("time logic off", False)):
            qa = ArchiveQA(base.model_copy(update={"time_aware": aware}), embedder=embedder)
            per_kind: dict[str, list[bool]] = defaultdict(list)
            for item in questions:
                answer = qa.ask(item["question"])
                right = is_right(item, answer)
                per_kind[item["kind"]].append(right)
                if args.verbose and not right:
                    print(f"[{label}] {item['question']}\n    → {answer.text}  "
                          f"({answer.sources[0].doc_id if answer.sources else '-'})")
            results[label] = per_kind
    if args.json:
        print(json.dumps({k: {kind: sum(v) / len(v) for kind, v in r.items()} for k, r in results.items()}, indent=2))
        return
    noise = "with the devset's undated articles" if NOISE.is_dir() and not args.no_noise else "dated articles only"
    print(f"{args.questions.name}: today = {args.today}, {len(questions)} questions, {noise}, answerer: extractive")
    print("| kind | questions | " + " | ".join(results) + " |")
    print("|---|---|" + "---|" * len(results))
    for kind in (*KINDS, "all"):
        count = len(questions) if kind == "all" else sum(item["kind"] == kind for item in questions)
        if not count:
            continue
        cells = []
        for per_kind in results.values():
            values = [x for v in per_kind.values() for x in v] if kind == "all" else per_kind[kind]
            cells.append(f"{sum(values) / len(values):.2f} ({sum(values)}/{len(values)})")
        print(f"| {kind} | {count} | " + " | ".join(cells) + " |")

if __name__ == "__main__":
    main()
