"""Retrieval and answer quality on a QA set, measured the same way for every mode.

Question file format (../shared/devset/questions.jsonl): one JSON object per line with
``question``, ``answers`` (accepted strings) and ``article_id`` (a document's file stem).
Out-of-archive files need only ``question``. Conversation files (bench/conversations.jsonl)
hold ``turns``: each a ``question`` with the ``article_id`` and ``answers`` expected, or
``refused: true``.
"""

from __future__ import annotations

import json
import statistics
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rag.answer.citations import Answer
from rag.answer.span import Question
from rag.index.records import ChunkMeta
from rag.language.turkish import ascii_fold, fold, turkish_lower, words
from rag.qa import ArchiveQA, Message, reply_message

MODES = ("hybrid", "dense", "bm25")


def load_questions(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def typed_plain(questions: list[dict]) -> list[dict]:
    """The questions as a phone without a Turkish keyboard types them: "kerkukte kac kisi"."""
    return [{**q, "question": ascii_fold(turkish_lower(q["question"]))} for q in questions]


def article_of(source: str) -> str:
    """"articles/apollo-program-01.txt" → "apollo-program-01"."""
    return Path(source.split("#", 1)[0]).stem


def percentile(values: list[float], p: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


@dataclass
class ModeStats:
    ranks: list[int | None] = field(default_factory=list)  # rank of the gold article in top 10
    hits: list[bool] = field(default_factory=list)
    refused: list[bool] = field(default_factory=list)
    cited_ok: int = 0
    cited: int = 0
    answer_chars: list[int] = field(default_factory=list)
    retrieval_ms: list[float] = field(default_factory=list)
    answer_ms: list[float] = field(default_factory=list)
    out_refused: list[bool] = field(default_factory=list)
    factoids: int = 0  # answered questions asking for a name, date, number or place
    spans: int = 0  # of them, answers that showed a short answer
    spans_right: int = 0  # shown short answers matching a gold answer (token F1 ≥ 0.5)

    def summary(self) -> dict[str, float]:
        n = len(self.ranks) or 1

        def recall(k: int) -> float:
            return sum(1 for r in self.ranks if r is not None and r <= k) / n

        return {
            "questions": len(self.ranks),
            "recall@1": recall(1),
            "recall@5": recall(5),
            "recall@10": recall(10),
            "mrr@10": sum(1 / r for r in self.ranks if r) / n,
            "answer_hit_rate": sum(self.hits) / n,
            "citation_precision": self.cited_ok / self.cited if self.cited else 0.0,
            "refusal_rate_answerable": sum(self.refused) / n,
            "refusal_rate_out_of_archive": (sum(self.out_refused) / len(self.out_refused)
                                            if self.out_refused else float("nan")),
            "answer_chars_median": statistics.median(self.answer_chars) if self.answer_chars else 0,
            "short_answer_shown": self.spans / self.factoids if self.factoids else 0.0,
            "short_answer_precision": self.spans_right / self.spans if self.spans else 0.0,
            "retrieval_ms_p50": percentile(self.retrieval_ms, 50),
            "retrieval_ms_p95": percentile(self.retrieval_ms, 95),
            "answer_ms_p50": percentile(self.answer_ms, 50),
            "answer_ms_p95": percentile(self.answer_ms, 95),
        }


def evaluate(qa: ArchiveQA, questions: Iterable[dict], modes: Iterable[str] = MODES,
             out_of_archive: Iterable[dict] = (), answers: bool = True) -> dict[str, dict[str, float]]:
    questions = list(questions)
    out_of_archive = list(out_of_archive)
    results: dict[str, dict[str, float]] = {}
    for mode in modes:
        stats = ModeStats()
        for item in questions:
            _score_question(qa, item, mode, stats, answers)
        for item in out_of_archive if answers else ():
            stats.out_refused.append(qa.ask(item["question"], mode=mode).refused)
        results[mode] = stats.summary()
    return results


def _score_question(qa: ArchiveQA, item: dict, mode: str, stats: ModeStats, answers: bool) -> None:
    gold_article = item["article_id"]
    gold_answers = [fold(a) for a in item.get("answers", [])]
    started = time.perf_counter()
    question = qa.restore(item["question"])  # as ``ask`` reads it
    result = qa.read(lambda snapshot: qa.search(question, snapshot, 10, mode=mode))
    stats.retrieval_ms.append((time.perf_counter() - started) * 1000)
    ranked: list[str] = []
    for doc in result.documents:
        article = article_of(ChunkMeta.of(doc).source)
        if article not in ranked:
            ranked.append(article)
    stats.ranks.append(ranked.index(gold_article) + 1 if gold_article in ranked else None)
    if not answers:
        return
    started = time.perf_counter()
    answer = qa.ask(item["question"], mode=mode)
    stats.answer_ms.append((time.perf_counter() - started) * 1000)
    stats.refused.append(answer.refused)
    text = fold(answer.text)
    stats.hits.append(any(g in text for g in gold_answers))
    if not answer.refused:
        stats.answer_chars.append(len(answer.text))
    if not answer.refused and Question.read(item["question"]).factoid:
        stats.factoids += 1
        if answer.short:
            stats.spans += 1
            stats.spans_right += max((token_f1(answer.short, g) for g in item.get("answers", [])), default=0) >= 0.5
    for source in answer.sources:
        stats.cited += 1
        passage = fold(source.passage)
        if article_of(source.source) == gold_article or any(g in passage for g in gold_answers):
            stats.cited_ok += 1


def token_f1(found: str, gold: str) -> float:
    """SQuAD's token F1 over Turkish-folded words."""
    a, b = words(fold(found)), words(fold(gold))
    common = sum((Counter(a) & Counter(b)).values())
    if not common:
        return 0.0
    precision, recall = common / len(a), common / len(b)
    return 2 * precision * recall / (precision + recall)


def turn_passes(answer: Answer, turn: dict) -> bool:
    """A scripted turn passes when a refusal was expected and given, or when the answer cites
    the expected article and holds an expected answer."""
    if turn.get("refused"):
        return answer.refused
    text = fold(answer.text)
    return (not answer.refused and any(fold(a) in text for a in turn["answers"])
            and any(article_of(s.source) == turn["article_id"] for s in answer.sources))


def converse(qa: ArchiveQA, conversations: Iterable[dict]) -> dict[str, float]:
    """Scripted conversations, each turn asked with the history so far (the articles each
    answer cited included, as the app keeps them): the share of turns, of follow-up turns
    and of whole conversations that pass."""
    turns = follow_ups = conversations_passed = turns_passed = follow_ups_passed = n = 0
    for conversation in conversations:
        n += 1
        history: list[Message] = []
        passed_all = True
        for position, turn in enumerate(conversation["turns"]):
            answer = qa.ask(turn["question"], history)
            passed = turn_passes(answer, turn)
            turns += 1
            turns_passed += passed
            if position:
                follow_ups += 1
                follow_ups_passed += passed
            passed_all &= passed
            history += [{"role": "user", "content": turn["question"]}, reply_message(answer)]
        conversations_passed += passed_all
    return {"conversations": n, "conversation_pass_rate": conversations_passed / n if n else 0.0,
            "turn_pass_rate": turns_passed / turns if turns else 0.0,
            "follow_up_pass_rate": follow_ups_passed / follow_ups if follow_ups else 0.0}


def format_table(results: dict[str, dict[str, float]]) -> str:
    """A Markdown table, modes side by side."""
    modes = list(results)
    metrics = list(next(iter(results.values())))
    lines = ["| metric | " + " | ".join(modes) + " |", "|---|" + "---|" * len(modes)]
    for metric in metrics:
        cells = []
        for mode in modes:
            value = results[mode][metric]
            cells.append(f"{value:.3f}" if isinstance(value, float) and not metric.endswith(("ms_p50", "ms_p95"))
                         else f"{value:.1f}" if isinstance(value, float) else str(value))
        lines.append(f"| {metric} | " + " | ".join(cells) + " |")
    return "\n".join(lines)
