"""Site sync speed: a first sync of a site into an empty archive, then a second with
nothing new (requests and seconds), with the settings' defaults (rate limit included).

    # a local WordPress (tests/site/wordpress.sh up 8089), filled with the devset articles:
    python bench/site_sync.py --site http://127.0.0.1:8089 --fill-wordpress ../shared/devset/articles

Only 127.0.0.1 sites are for benchmarks; never point it at someone else's site at full speed.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from ingest.loaders import load_file  # noqa: E402
from ingest.pipeline import Ingestor  # noqa: E402
from ingest.site.sync import sync_sites  # noqa: E402
from rag.settings import Settings  # noqa: E402


def fill_wordpress(site: str, articles: Path) -> int:
    """Every article of ``articles`` as a published post, through WordPress's own functions."""
    posts = []
    for path in sorted(articles.iterdir()):
        for doc in load_file(path, path.name, 25 * 2**20).documents:
            meta = doc.metadata
            day = meta["date"] or (date(2024, 1, 1) + timedelta(days=len(posts))).isoformat()  # undated: spread
            posts.append({"title": meta["title"], "date": f"{day} 09:00:00",
                          "content": "".join(f"<p>{p}</p>" for p in doc.page_content.split("\n\n") if p.strip()),
                          "status": "publish", "categories": meta.get("categories") or ["Haberler"],
                          "author": meta.get("author") or "Arşiv Editörü"})
    done = subprocess.run(["php", str(ROOT / "tests/site/wp_posts.php"), urlsplit(site).netloc, "create"],
                          input=json.dumps(posts, ensure_ascii=False), capture_output=True, text=True, check=True)
    return len(json.loads(done.stdout))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--site", required=True)
    parser.add_argument("--fill-wordpress", type=Path, metavar="ARTICLES",
                        help="first create a post per article (the local test WordPress)")
    parser.add_argument("--data", type=Path, help="archive data dir (default: a new temp dir)")
    args = parser.parse_args()
    if urlsplit(args.site).hostname not in ("127.0.0.1", "localhost"):
        parser.error("benchmarks run against 127.0.0.1 only")
    if args.fill_wordpress:
        print(f"posts created: {fill_wordpress(args.site, args.fill_wordpress)}", file=sys.stderr)
    data = args.data or Path(tempfile.mkdtemp(prefix="site-sync-")) / "data"
    settings = Settings(data_dir=data, _env_file=None)
    ingestor = Ingestor(settings)
    results = {}
    for run in ("first", "nothing_new"):
        started = time.perf_counter()
        report = sync_sites([args.site], settings, ingestor=ingestor)
        seconds = time.perf_counter() - started
        site = report.sites[0]
        documents = len(report.added) + len(report.updated)
        results[run] = {"seconds": round(seconds, 2), "requests": site["requests"], "method": site["method"],
                        "added": len(report.added), "updated": len(report.updated),
                        "unchanged": len(report.unchanged), "rejected": len(report.rejected),
                        "embed_seconds": round(report.embed_seconds, 2),
                        "pages_per_s": round(documents / seconds, 2) if documents else None,
                        "pages_per_s_without_embedding": round(documents / (seconds - report.embed_seconds), 2)
                        if documents else None}
    print(json.dumps(results, ensure_ascii=False, indent=2))


if __name__ == "__main__":
    main()
