"""Cross-fold check of the one constant fitted on the devset: the refusal threshold.

The devset's topics are split in two halves (alternate topics in name order); the threshold is
fitted on one half's questions and near misses (maximising the mean of "answerable answered"
and "out-of-archive refused") and reported on the other half, both ways. The numbers that
matter are the held-out halves'; the fitted half is printed beside them for contrast.

    ARSIV_DATA_DIR=/tmp/dev python -m ingest ../shared/devset/articles
    ARSIV_DATA_DIR=/tmp/dev python bench/crossfold.py --qa ../shared/devset/questions.jsonl

Every question is answered once with the threshold off; the threshold is then applied to the
recorded confidences, so a fold costs no extra answering.
"""

from __future__ import annotations

import argparse
import json
import statistics
from dataclasses import dataclass
from pathlib import Path

from rag.index.records import ChunkMeta
from rag.language.turkish import fold
from rag.ops.eval import article_of, load_questions
from rag.qa import ArchiveQA
from rag.settings import Settings

OFF = -1.0  # a threshold no confidence is below


@dataclass
class Record:
    topic: str
    confidence: float
    refused: bool  # refused with the threshold off (the archive lacks what the question names)
    hit: bool = False
    chars: int = 0
    cited: int = 0
    cited_ok: int = 0
    rank1: bool = False


def topic_of(article_id: str) -> str:
    """"apollo-program-03" → "apollo-program"."""
    return article_id.rsplit("-", 1)[0]


def record(qa: ArchiveQA, item: dict, topic: str) -> Record:
    result = qa.read(lambda snapshot: qa.search(item["question"], snapshot))
    answer = qa.ask(item["question"])
    gold = [fold(a) for a in item.get("answers", [])]
    rec = Record(topic, result.confidence, answer.refused)
    if "article_id" in item:
        top = article_of(ChunkMeta.of(result.documents[0]).source) if result.documents else ""
        rec.rank1 = top == item["article_id"]
        rec.hit = not answer.refused and any(g in fold(answer.text) for g in gold)
        rec.chars = len(answer.text)
        if not answer.refused:
            rec.cited = len(answer.sources)
            rec.cited_ok = sum(article_of(s.source) == item["article_id"] for s in answer.sources)
    return rec


def scores(answerable: list[Record], unanswerable: list[Record], threshold: float) -> dict[str, float]:
    answered = [r for r in answerable if not r.refused and r.confidence >= threshold]
    refused_out = [r for r in unanswerable if r.refused or r.confidence < threshold]
    cited = sum(r.cited for r in answered)
    return {
        "threshold": threshold,
        "questions": len(answerable),
        "recall@1": sum(r.rank1 for r in answerable) / len(answerable),
        "answer_hit_rate": sum(r.hit for r in answered) / len(answerable),
        "refusal_rate_answerable": 1 - len(answered) / len(answerable),
        "out_of_archive": len(unanswerable),
        "refusal_rate_out_of_archive": len(refused_out) / len(unanswerable) if unanswerable else float("nan"),
        "citation_precision": sum(r.cited_ok for r in answered) / cited if cited else 0.0,
        "answer_chars_median": statistics.median(r.chars for r in answered) if answered else 0,
    }


def fit(answerable: list[Record], unanswerable: list[Record]) -> float:
    """The threshold with the best mean of answerable-answered and out-of-archive-refused."""
    candidates = sorted({OFF} | {r.confidence for r in answerable + unanswerable})

    def balanced(t: float) -> float:
        s = scores(answerable, unanswerable, t)
        return (1 - s["refusal_rate_answerable"]) + s["refusal_rate_out_of_archive"]

    return max(candidates, key=balanced)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--qa", type=Path, required=True)
    parser.add_argument("--out-of-archive", type=Path, nargs="*",
                        default=[Path("bench/near_miss.jsonl"), Path("bench/out_of_archive.jsonl")])
    args = parser.parse_args()
    settings = Settings()
    qa = ArchiveQA(settings.model_copy(update={"refusal_threshold": OFF}))
    questions = load_questions(args.qa)
    topics = sorted({topic_of(q["article_id"]) for q in questions})
    halves = {t: i % 2 for i, t in enumerate(topics)}
    answerable = [(halves[topic_of(q["article_id"])], record(qa, q, topic_of(q["article_id"]))) for q in questions]
    unanswerable = []
    for path in args.out_of_archive:
        for n, q in enumerate(load_questions(path)):
            half = halves.get(q.get("topic", ""), n % 2)  # untopiced questions alternate
            unanswerable.append((half, record(qa, q, q.get("topic", ""))))
    report = {}
    for fitted, held in ((0, 1), (1, 0)):
        a_fit = [r for h, r in answerable if h == fitted]
        u_fit = [r for h, r in unanswerable if h == fitted]
        a_held = [r for h, r in answerable if h == held]
        u_held = [r for h, r in unanswerable if h == held]
        threshold = fit(a_fit, u_fit)
        report[f"fit on half {fitted}, held-out half {held}"] = {
            "fitted half": scores(a_fit, u_fit, threshold),
            "held-out half": scores(a_held, u_held, threshold),
            "held-out half, shipped threshold": scores(a_held, u_held, settings.refusal_threshold),
        }
    report["topics"] = {str(h): [t for t in topics if halves[t] == h] for h in (0, 1)}
    print(json.dumps(report, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
