"""Strangers' trials replayed: a folder of bench/strangers/ ingested into an archive of its own, its questions asked
again (each turn with the answers its history got this time), judged by one rough rule.

    python bench/replay_strangers.py 104 105 [--data-root /tmp/replay] [-v]

The rule is rough and no substitute for the strangers' own verdicts in questions.jsonl: an answerable question or
turn is right when it is not refused and every figure of its expected answer is in the answer, or, with no figure,
half its capitalised words (their first five letters, Turkish letters folded); a near miss, or a turn expecting
"refuse", is right when refused. Each line gives answerable / near misses / turns right now, then the same rule on
the answers the stranger saw at the trial. An archive already under --data-root/NN is reused.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from ingest.pipeline import ingest
from rag.ops.eval import fold
from rag.qa import ArchiveQA, Message, reply_message
from rag.settings import Settings

HERE = Path(__file__).parent / "strangers"
KINDS = ("answerable", "near_miss", "turn")
NO_REPLY: Message = {"role": "assistant", "content": ""}  # (a history question the file never asks alone)


def holds_expected(item: dict, text: str, refused: bool) -> bool:
    """The rough rule above, for one answer's text."""
    expected = item["expected"]
    if item["kind"] == "near_miss" or fold(expected).startswith("refuse"):
        return refused
    if refused:
        return False
    said = fold(text)
    figures = re.findall(r"\d+(?:[.,]\d+)?", expected)
    if figures:
        return all(f in said or f.replace(".", "") in said.replace(".", "") for f in figures)
    names = [fold(word)[:5] for word in re.findall(r"\b[A-ZÇĞİÖŞÜ]\w+", expected)]
    words = names or [fold(word)[:5] for word in re.findall(r"\w{4,}", expected)]
    return not words or 2 * sum(word in said for word in words) >= len(words)


def replay(number: str, data_root: Path, verbose: bool) -> dict[str, tuple[int, int, int]]:
    """Right now, right at the trial and asked, per kind."""
    settings = Settings(data_dir=data_root / number, corpus_dir=data_root / "empty", _env_file=None)
    if not (data_root / number).is_dir():
        (data_root / "empty").mkdir(parents=True, exist_ok=True)
        ingest([HERE / number / "articles"], settings)
    qa = ArchiveQA(settings)
    items = [json.loads(line) for line in (HERE / number / "questions.jsonl").read_text(encoding="utf-8").splitlines()]
    replies: dict[str, Message] = {}
    counts = {kind: [0, 0, 0] for kind in KINDS}
    for item in items:
        history: list[Message] = []
        for earlier in item["history"]:
            history += [{"role": "user", "content": earlier}, replies.get(earlier, NO_REPLY)]
        answer = qa.ask(item["question"], history)
        replies[item["question"]] = reply_message(answer)
        now = holds_expected(item, answer.text, answer.refused)
        then = holds_expected(item, item["answer_at_trial"], item["verdict"] == "refused_wrongly"
                              or (item["kind"] == "near_miss" and item["verdict"] == "correct"))
        tally = counts[item["kind"]]
        tally[0], tally[1], tally[2] = tally[0] + now, tally[1] + then, tally[2] + 1
        if verbose and not now:
            print(f"  {number} {item['id']} {item['question']}\n      → {answer.text[:200]}")
    return {kind: (now, then, asked) for kind, (now, then, asked) in counts.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("numbers", nargs="+", help="stranger folders under bench/strangers (104 105 …)")
    parser.add_argument("--data-root", type=Path, default=Path("/tmp/arsiv-replay"))
    parser.add_argument("-v", "--verbose", action="store_true", help="print every answer the rule counts wrong")
    args = parser.parse_args()
    for number in args.numbers:
        counts = replay(number, args.data_root, args.verbose)
        now = ", ".join(f"{counts[kind][0]}/{counts[kind][2]}" for kind in KINDS)
        then = ", ".join(f"{counts[kind][1]}/{counts[kind][2]}" for kind in KINDS)
        print(f"{number}: now {now} | at the trial {then}")


if __name__ == "__main__":
    main()
