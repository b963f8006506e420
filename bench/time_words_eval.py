"""The time-word detector, measured: does a question ask for the newest or the oldest fact?

    python bench/time_words_eval.py [bench/time_words/dev.jsonl ...] [-v]

Each line of a labelled file holds a question and its intent ("latest", "earliest" or
"none"), labelled by meaning. A time intent is right when the detector reads the same one;
precision and recall are over the questions with a time intent (latest and earliest together),
and per intent.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from rag.newstime import parse_timeframe

HERE = Path(__file__).parent / "time_words"
TODAY = date(2025, 6, 30)


def detected(question: str) -> str:
    frame = parse_timeframe(question, TODAY)
    if frame and frame.recency:
        return "latest"
    if frame and frame.earliest:
        return "earliest"
    return "none"


def scores(pairs: list[tuple[str, str]], intent: str | None) -> tuple[float, float]:
    """Precision and recall for one intent (None: any time intent, its kind must match)."""
    def is_target(label: str) -> bool:
        return label != "none" if intent is None else label == intent
    hits = sum(is_target(g) and g == p for g, p in pairs)
    predicted = sum(is_target(p) for _, p in pairs)
    relevant = sum(is_target(g) for g, _ in pairs)
    return hits / predicted if predicted else 1.0, hits / relevant if relevant else 1.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="*", type=Path, default=[HERE / "dev.jsonl"])
    parser.add_argument("-v", "--verbose", action="store_true", help="print every disagreement")
    args = parser.parse_args()
    print("| file | questions | time intent P | time intent R | latest P / R | earliest P / R |")
    print("|---|---|---|---|---|---|")
    for path in args.files:
        items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        pairs = [(item["intent"], detected(item["question"])) for item in items]
        if args.verbose:
            for item, (gold, got) in zip(items, pairs):
                if gold != got:
                    print(f"  {item['question']!r}: labelled {gold}, read {got}")
        p, r = scores(pairs, None)
        lp, lr = scores(pairs, "latest")
        ep, er = scores(pairs, "earliest")
        print(f"| {path.name} | {len(items)} | {p:.3f} | {r:.3f} | {lp:.2f} / {lr:.2f} | {ep:.2f} / {er:.2f} |")


if __name__ == "__main__":
    main()
