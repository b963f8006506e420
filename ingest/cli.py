"""`python -m ingest [PATH ...]`: index files and folders into the archive;
`python -m ingest --site URL ...`: bring it in step with news sites;
`python -m ingest --remove DOC_ID ...`: take documents out of it."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from rag.cli import TurkishParser


def build_parser() -> argparse.ArgumentParser:
    parser = TurkishParser(
        prog="python -m ingest",
        description="Belgeleri (.txt .md .html .pdf .xml WXR .jsonl) arşiv dizinine ekler; "
        "yalnızca yeni ya da değişen belgeler yeniden gömülür.",
    )
    parser.add_argument("paths", nargs="*", type=Path, help="dosyalar ya da klasörler (varsayılan: corpus/)")
    parser.add_argument("--site", metavar="URL", action="append", default=[],
                        help="haber sitesini eşitle: yeni ve değişen yazılar eklenir (WordPress API'si, "
                        "yoksa site haritası, yoksa RSS/Atom akışı; tekrarlanabilir)")
    parser.add_argument("--prune", action="store_true",
                        help="bu çalıştırmada görülmeyen belgeleri dizinden sil (dizin girdileri yansıtır); "
                        "--site ile: yalnızca sitede artık olmayan yazıları (404/410, listede yok) sil")
    parser.add_argument("--remove", metavar="DOC_ID", action="append", default=[],
                        help="bu belgeyi dizinden kaldır (tekrarlanabilir; kimlik rapordaki gibi, ör. "
                        "uploads/haber.txt, ya da Bakım tablosundaki adresi); yalnızca bu belgelerden oluşan yüklenen dosyalar da silinir, "
                        "derlem dosyaları silinmez")
    parser.add_argument("--json", action="store_true", help="raporu JSON olarak yaz")
    parser.add_argument("--quiet", action="store_true", help="ilerleme çubuğunu gösterme")
    parser.add_argument("-v", "--verbose", action="store_true", help="ayrıntılı günlük")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.WARNING,
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    bars = not args.quiet and sys.stderr.isatty()  # a cron log gets the report, not bars
    from ingest.pipeline import ingest  # heavy imports only after --help
    from rag.index.store import IndexMismatchError
    from rag.settings import Settings

    settings = Settings()
    if args.remove:
        if args.paths or args.prune:
            print("hata: --remove yol ya da --prune ile birlikte kullanılamaz", file=sys.stderr)
            return 2
        from ingest.removal import remove_documents
        from rag.index.store import ArchiveStore

        report = remove_documents(ArchiveStore(settings), settings, args.remove)
        return _print(report, args.json, failed=bool(report.not_found))
    if args.site and args.paths:
        print("hata: --site dosya yollarıyla birlikte kullanılamaz", file=sys.stderr)
        return 2
    try:
        if args.site:
            from ingest.site.sync import sync_sites

            report = sync_sites(args.site, settings, prune=args.prune, progress_bar=bars)
            return _print(report, args.json, failed=any(not site["complete"] for site in report.sites)
                          or len(report.sites) < len(args.site))
        report = ingest(args.paths or [settings.corpus_dir], settings, prune=args.prune, progress_bar=bars)
    except IndexMismatchError as exc:
        print(f"hata: {exc}", file=sys.stderr)
        return 2
    return _print(report, args.json)


def _print(report, as_json: bool, failed: bool = False) -> int:
    """The report as text or JSON; exit status 1 when some of what was asked was not done."""
    if as_json:
        json.dump(report.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        print()
    else:
        print(report.summary())
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
