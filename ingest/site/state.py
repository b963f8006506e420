"""What a sync remembers about each site between runs, one JSON file per site in the data
dir (``sites/<host>.json``): how the site is read, how far the last complete run got, the
validators of conditional GETs, and each post's id, URL and last-modified stamp.

It is written once, after the run's documents are committed: killed before that, the next
run starts from the previous state and the content hashes turn the repeated work into
"unchanged".
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ingest.site.http import Validators
from rag.files import atomic_writer
from rag.settings import Settings


@dataclass
class Post:
    url: str
    stamp: str = ""  # the site's last-modified value for it ("" when the site gives none)
    key: str = ""  # the site's own id (WordPress post id)
    listed_in: str = ""  # the sitemap that lists it


@dataclass
class SiteState:
    site: str
    method: str = ""  # "wordpress", "sitemap" or "feed"; "" until found
    endpoint: str = ""  # the REST API root, or the feed's URL
    sitemaps: list[str] = field(default_factory=list)  # top-level sitemaps
    listed: dict[str, dict[str, str]] = field(default_factory=dict)  # sitemap → {"lastmod", "parent"}
    cursor: dict = field(default_factory=dict)  # WordPress, a complete run's: newest modified, date, post id
    last_sync: str = ""
    complete: bool = True  # the last run read every page it meant to
    validators: Validators = field(default_factory=dict)
    posts: dict[str, Post] = field(default_factory=dict)  # doc_id → post

    @classmethod
    def load(cls, site: str, settings: Settings) -> SiteState:
        path = state_path(site, settings)
        if not path.exists():
            return cls(site=site)
        data = json.loads(path.read_text(encoding="utf-8"))
        data["posts"] = {doc_id: Post(**post) for doc_id, post in data.get("posts", {}).items()}
        return cls(**{**data, "site": site})

    def save(self, settings: Settings) -> None:
        with atomic_writer(state_path(self.site, settings)) as handle:
            handle.write(json.dumps(asdict(self), ensure_ascii=False, indent=1).encode())


def state_path(site: str, settings: Settings) -> Path:
    """``https://site.org/haber`` → ``sites/https_site.org_haber.json``."""
    return settings.data_dir / "sites" / (re.sub(r"[^\w.-]+", "_", site) + ".json")
