"""Time-aware answers, measured: the dated archive in bench/dated/, time logic on and off.

    python bench/time_eval.py [--today 2025-06-30] [--json]

A question is right when the answer holds the expected fact and its first source is the
expected article; for "absent" questions (the topic is in the archive but not the asked
period) when the answer says so instead of answering from another period. "none" questions
have no time word: they show that the time logic does not bias ordinary questions.
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
from rag.index.embeddings import load_embedder
from rag.qa import ArchiveQA
from rag.settings import Settings

HERE = Path(__file__).parent / "dated"
KINDS = ("latest", "earliest", "year", "range", "relative", "absent", "none")


def is_right(item: dict, answer: Answer) -> bool:
    if item["kind"] == "absent":
        return answer.refused and answer.text.startswith("Arşivde bu konuda haberler var")
    return (not answer.refused and item["answer"] in answer.text
            and bool(answer.sources) and answer.sources[0].doc_id == item["doc_id"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--today", type=date.fromisoformat, default=date(2025, 6, 30))
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--questions", type=Path, default=HERE / "questions.jsonl",
                        help="questions.jsonl (tuning set), heldout.jsonl (written after tuning) or earliest.jsonl (\"ilk\")")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every wrong answer")
    args = parser.parse_args()
    questions = [json.loads(line) for line in args.questions.read_text(encoding="utf-8").splitlines()]
    results: dict[str, dict[str, list[bool]]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        base = Settings(data_dir=Path(tmp), today=args.today, _env_file=None)
        embedder = load_embedder(base)
        ingest([HERE / "articles"], base, embedder=embedder)
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
    print(f"{args.questions.name}: today = {args.today}, {len(questions)} questions, answerer: extractive")
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
