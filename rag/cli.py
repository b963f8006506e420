"""`python -m rag ask "soru"`, `python -m rag brief "konu"` and `python -m rag eval --qa FILE`."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from datetime import date
from pathlib import Path
from typing import NoReturn

from rag.language.dates import DATE_EXAMPLES, Period, parse_period


# argparse's own words, as a reader meets them in --help and in errors.
_ARGPARSE_WORDS = {
    "usage:": "kullanım:", "positional arguments:": "konumsal argümanlar:", "options:": "seçenekler:",
    "show this help message and exit": "bu yardımı göster ve çık",
    "the following arguments are required:": "şu argümanlar gerekli:",
    "unrecognized arguments:": "tanınmayan argümanlar:", "invalid choice:": "geçersiz seçim:",
    "expected one argument": "bir değer bekleniyordu", "(choose from": "(seçenekler:",
}


def _in_turkish(text: str) -> str:
    for english, turkish in _ARGPARSE_WORDS.items():
        text = text.replace(english, turkish)
    return text


class TurkishParser(argparse.ArgumentParser):
    """argparse's own words in Turkish where a reader meets them: the usage line, the help's
    headings and an error ("kullanım: …", "seçenekler:", "hata: --from: tarih anlaşılamadı: …"),
    for subcommands too."""

    def format_usage(self) -> str:
        return _in_turkish(super().format_usage())

    def format_help(self) -> str:
        return _in_turkish(super().format_help())

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: hata: {_in_turkish(message.removeprefix('argument '))}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = TurkishParser(prog="python -m rag", description="Arşivden kaynaklı yanıtlar.")
    parser.add_argument("-v", "--verbose", action="store_true", help="ayrıntılı günlük")
    sub = parser.add_subparsers(dest="command", required=True, metavar="{ask,brief,eval}")

    ask = sub.add_parser("ask", help="bir soruyu yanıtla")
    ask.add_argument("question", help="soru, tırnak içinde")
    ask.add_argument("--json", action="store_true", help="yanıt, kaynaklar ve süreler JSON olarak")
    ask.add_argument("--from", dest="date_from", type=_first_day, help=f"başlangıç ({DATE_EXAMPLES})")
    ask.add_argument("--to", dest="date_to", type=_last_day, help="bitiş (bir ay ya da yıl: son günü)")
    ask.add_argument("--category")

    brief = sub.add_parser("brief", help="bir konunun tarih sıralı arka planı (her habere bir cümle)")
    brief.add_argument("topic")
    brief.add_argument("--from", dest="date_from", type=_first_day, help=f"başlangıç ({DATE_EXAMPLES})")
    brief.add_argument("--to", dest="date_to", type=_last_day, help="bitiş (bir ay ya da yıl: son günü)")
    brief.add_argument("--category")
    brief.add_argument("--newest-first", action="store_true", help="en yeni haber önce")
    brief.add_argument("--json", action="store_true")

    ev = sub.add_parser("eval", help="soru kümesinde geri getirme ve yanıt kalitesini ölç")
    ev.add_argument("--qa", type=Path, help="questions.jsonl (devset biçimi)")
    ev.add_argument("--out-of-archive", type=Path, nargs="*",
                    default=[Path("bench/out_of_archive.jsonl"), Path("bench/near_miss.jsonl")],
                    help="arşivde yanıtı olmayan sorular (reddedilmeli)")
    ev.add_argument("--conversations", type=Path, help="senaryolu sohbetler (bench/conversations.jsonl)")
    ev.add_argument("--k", type=int, default=5, help="yanıtlayıcıya verilen pasaj sayısı")
    ev.add_argument("--modes", default="hybrid,dense,bm25")
    ev.add_argument("--limit", type=int, help="yalnızca ilk N soru")
    ev.add_argument("--retrieval-only", action="store_true")
    ev.add_argument("--typed-plain", action="store_true",
                    help="soruları bir telefonda yazılmış gibi sor: küçük harf, Türkçe harfsiz (kerkukte kac kisi)")
    ev.add_argument("--json", action="store_true")
    return parser


def _first_day(typed: str) -> date:
    return _period(typed).first


def _last_day(typed: str) -> date:
    return _period(typed).last


def _period(typed: str) -> Period:
    """A date as the app's filter fields read it ("Mart 2024", "15.03.2024", "2024", ISO)."""
    try:
        period = parse_period(typed)
    except ValueError:
        period = None
    if period is None:
        raise argparse.ArgumentTypeError(f"tarih anlaşılamadı: '{typed}' ({DATE_EXAMPLES} yazın)")
    return period


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.INFO if args.verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    from rag.qa import ArchiveQA, AskError  # heavy imports only after --help
    from rag.settings import Settings

    settings = Settings()
    if args.command in ("ask", "brief"):
        from rag.retrieval import Filters

        qa = ArchiveQA(settings)
        filters = Filters(args.date_from, args.date_to, args.category)
        try:
            if args.command == "brief":
                return _print_brief(qa, args, filters)
            answer = qa.ask(args.question, filters=filters)
        except AskError as exc:
            print(f"hata: {exc}", file=sys.stderr)
            return 2
        if args.json:
            _print_json(answer.to_dict())
        else:
            if answer.standalone_question:  # a follow-up written out, or typed without Turkish letters
                print(f"(Soruyu şöyle anladım: {answer.standalone_question})")
            for note in (answer.notice, (answer.timeframe or {}).get("label")):
                if note:
                    print(f"({note})")
            print(answer.text)
            _print_sources(answer.sources)
        return 0

    from rag.ops.eval import converse, evaluate, format_table, load_questions, typed_plain

    settings = settings.model_copy(update={"top_k": args.k})
    qa = ArchiveQA(settings)
    report: dict = {"backend": qa.backend}
    if args.qa:
        questions = load_questions(args.qa)[: args.limit]
        unanswerable = [q for path in args.out_of_archive if path.exists() for q in load_questions(path)]
        if args.typed_plain:
            questions, unanswerable = typed_plain(questions), typed_plain(unanswerable)
        report["results"] = evaluate(qa, questions, args.modes.split(","), unanswerable, not args.retrieval_only)
        if not args.json:
            print(f"answerer: {qa.backend}, questions: {len(questions)}, out-of-archive: {len(unanswerable)}")
            print(format_table(report["results"]))
    if args.conversations:
        report["conversations"] = converse(qa, load_questions(args.conversations)[: args.limit])
        if not args.json:
            print("\n".join(f"{key}: {value:.3f}" if isinstance(value, float) else f"{key}: {value}"
                            for key, value in report["conversations"].items()))
    if args.json:
        json.dump(report, sys.stdout, indent=2)
        print()
    return 0 if args.qa or args.conversations else 2


def _print_json(data: dict) -> None:
    """An answer or a brief for tools; the whole passages stay out (the quotes are there)."""
    for source in data["sources"]:
        source.pop("passage")
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    print()


def _print_sources(sources) -> None:
    from rag.language.dates import date_label

    for s in sources:
        where = s.url or (f"{s.source}, s. {s.page}" if s.page else s.source)
        print(f"[{s.n}] {s.title} ({date_label(s.date)}) {where}\n    “{s.quote}”")


def _print_brief(qa, args, filters) -> int:
    from rag.answer.brief import write_brief
    from rag.answer.citations import REFUSAL

    brief = write_brief(qa, args.topic, filters, newest_first=args.newest_first)
    if args.json:
        _print_json(brief.to_dict())
    elif brief.empty:
        print(REFUSAL)
    else:
        if brief.timeframe:
            print(f"({brief.timeframe['label']})")
        print(brief.text())
        print()
        _print_sources(brief.sources)
    return 0


if __name__ == "__main__":
    sys.exit(main())
