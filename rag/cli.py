"""`python -m rag ask "soru"` and `python -m rag eval --qa FILE`."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from datetime import date
from pathlib import Path


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m rag", description="Arşivden kaynaklı yanıtlar.")
    parser.add_argument("-v", "--verbose", action="store_true")
    sub = parser.add_subparsers(dest="command", required=True)

    ask = sub.add_parser("ask", help="bir soruyu yanıtla")
    ask.add_argument("question")
    ask.add_argument("--json", action="store_true", help="yanıt, kaynaklar ve süreler JSON olarak")
    ask.add_argument("--from", dest="date_from", type=date.fromisoformat, help="YYYY-AA-GG")
    ask.add_argument("--to", dest="date_to", type=date.fromisoformat, help="YYYY-AA-GG")
    ask.add_argument("--category")

    ev = sub.add_parser("eval", help="soru kümesinde geri getirme ve yanıt kalitesini ölç")
    ev.add_argument("--qa", type=Path, required=True, help="questions.jsonl (devset biçimi)")
    ev.add_argument("--out-of-archive", type=Path, default=Path("bench/out_of_archive.jsonl"),
                    help="arşivde yanıtı olmayan sorular (reddedilmeli)")
    ev.add_argument("--k", type=int, default=5, help="yanıtlayıcıya verilen pasaj sayısı")
    ev.add_argument("--modes", default="hybrid,dense,bm25")
    ev.add_argument("--limit", type=int, help="yalnızca ilk N soru")
    ev.add_argument("--retrieval-only", action="store_true")
    ev.add_argument("--json", action="store_true")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    from rag.qa import ArchiveQA, AskError  # heavy imports only after --help
    from rag.settings import Settings

    settings = Settings()
    if args.command == "ask":
        from rag.retrieval import Filters

        qa = ArchiveQA(settings)
        try:
            answer = qa.ask(args.question, filters=Filters(args.date_from, args.date_to, args.category))
        except AskError as exc:
            print(f"hata: {exc}", file=sys.stderr)
            return 2
        if args.json:
            data = answer.to_dict()
            for source in data["sources"]:
                source.pop("passage")
            json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
            print()
        else:
            if answer.notice:
                print(f"({answer.notice})")
            print(answer.text)
            for s in answer.sources:
                where = s.url or (f"{s.source}, s. {s.page}" if s.page else s.source)
                print(f"[{s.n}] {s.title} ({s.date or 'tarih yok'}) {where}\n    “{s.quote}”")
        return 0

    from rag.eval import evaluate, format_table, load_questions

    settings = settings.model_copy(update={"top_k": args.k})
    qa = ArchiveQA(settings)
    questions = load_questions(args.qa)[: args.limit]
    unanswerable = load_questions(args.out_of_archive) if args.out_of_archive.exists() else []
    results = evaluate(qa, questions, args.modes.split(","), unanswerable, not args.retrieval_only)
    if args.json:
        json.dump({"backend": qa.backend, "results": results}, sys.stdout, indent=2)
        print()
    else:
        print(f"answerer: {qa.backend}, questions: {len(questions)}, out-of-archive: {len(unanswerable)}")
        print(format_table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
