#!/usr/bin/env python3
"""Validate the ownset evaluation files (articles, questions, near misses).

Run: python3 validate.py [ownset ownset2 ownset3]   (from any directory; no argument: every
own set). Exits non-zero on failure. ``check`` is the checker of every own set, with each
set's years, questions per article, counts and id prefix in ``SETS``.
"""
import json, re, sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

ROOT = Path(__file__).resolve().parent
MONTHS = "Ocak|Şubat|Mart|Nisan|Mayıs|Haziran|Temmuz|Ağustos|Eylül|Ekim|Kasım|Aralık"
DATE_RE = re.compile(rf"^(\d{{1,2}}) ({MONTHS}) (\d{{4}})$")
KINDS = {"kim", "ne zaman", "kaç", "ne kadar", "nerede", "hangi", "ne", "neden", "nasıl"}


def tr_lower(s: str) -> str:
    return s.replace("İ", "i").replace("I", "ı").lower()


def parse_article(text, years):
    lines = text.split("\n")
    title = lines[0].strip()
    if len(lines) < 5 or lines[1] != "":
        raise ValueError("line 2 must be blank")
    m = DATE_RE.match(lines[2].strip())
    if m:
        if lines[3] != "":
            raise ValueError("line 4 must be blank after date")
        body = "\n".join(lines[4:]).strip()
        date = lines[2].strip()
        year = int(m.group(3))
        if not years[0] <= year <= years[1]:
            raise ValueError(f"year out of range: {year}")
    else:
        body = "\n".join(lines[2:]).strip()
        date = None
    return title, date, body


class _Page(HTMLParser):
    """A saved news page read as the checker needs it: the <h1> title, the publication date
    (<time datetime> or the article:published_time meta), the story's paragraphs (<p> outside
    header, nav, aside and footer) and all of the page's visible text."""

    CHROME = {"header", "nav", "aside", "footer"}
    SKIP = {"script", "style"}

    def __init__(self):
        super().__init__()
        self.stack, self.title, self.date = [], "", None
        self.paragraphs, self.text, self._p = [], [], None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and attrs.get("property") == "article:published_time":
            self.date = self.date or attrs.get("content", "")[:10]
        if tag == "time" and attrs.get("datetime"):
            self.date = self.date or attrs["datetime"][:10]
        if tag in ("meta", "link", "br", "img", "input", "hr"):
            return
        self.stack.append(tag)
        if tag == "p" and not self.CHROME & set(self.stack):
            self._p = []

    def handle_endtag(self, tag):
        if tag not in self.stack:
            return
        while self.stack and self.stack.pop() != tag:
            pass
        if tag == "p" and self._p is not None:
            self.paragraphs.append(" ".join("".join(self._p).split()))
            self._p = None

    def handle_data(self, data):
        if self.SKIP & set(self.stack):
            return
        self.text.append(data)
        if self.stack and self.stack[-1] == "h1" and not self.title:
            self.title = data.strip()
        if self._p is not None:
            self._p.append(data)


def parse_page(text, years):
    """Title, date (YYYY-MM-DD or None) and story paragraphs of a saved news page."""
    page = _Page()
    page.feed(text)
    if not page.title:
        raise ValueError("no <h1> title")
    if page.date:
        if not re.match(r"^\d{4}-\d{2}-\d{2}$", page.date):
            raise ValueError(f"bad date {page.date!r}")
        if not years[0] <= int(page.date[:4]) <= years[1]:
            raise ValueError(f"year out of range: {page.date}")
    paras = [p for p in page.paragraphs if len(p) > 40]
    return page.title, page.date, paras, " ".join(" ".join(page.text).split())


def read_article(path, years, body_chars, paragraphs):
    """(title, date, paragraphs, whole text) of one article file, plain text or a saved page."""
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".html":
        title, date, paras, full = parse_page(text, years)
    else:
        title, date, body = parse_article(text, years)
        paras, full = [x for x in body.split("\n\n") if x.strip()], text
        if any("\n" in x.strip() for x in paras):
            raise ValueError("paragraph with internal line break")
    body = "\n\n".join(paras)
    if not title:
        raise ValueError("empty title")
    if not paragraphs[0] <= len(paras) <= paragraphs[1]:
        raise ValueError(f"{len(paras)} paragraphs")
    if not body_chars[0] <= len(body) <= body_chars[1]:
        raise ValueError(f"body length {len(body)}")
    return title, date, body, full


def check(root, years=(2015, 2026), per_article=(3, 6), expect=None, id_prefix="",
          body_chars=(900, 2500), paragraphs=(3, 6)):
    """Check the set in ``root``, print what it holds and its problems; 0 when there are none.
    ``expect``: the counts the set must have ("articles", "dated", "undated", "questions",
    "near_misses"); ``id_prefix``: what every question id starts with; ``body_chars`` and
    ``paragraphs``: the story's length."""
    errors = []
    articles = {}
    dated = undated = 0
    for p in sorted(x for x in (root / "articles").iterdir() if x.suffix in (".txt", ".html")):
        try:
            title, date, body, full = read_article(p, years, body_chars, paragraphs)
        except ValueError as e:
            errors.append(f"{p.name}: {e}")
            continue
        dated += date is not None
        undated += date is None
        articles[p.stem] = {"full": tr_lower(full), "body": tr_lower(body)}

    def records(name):
        """(line number, object) of each non-empty line of a JSONL file; bad JSON is an error."""
        for n, line in enumerate((root / name).read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                yield n, json.loads(line)
            except json.JSONDecodeError as e:
                errors.append(f"{name}:{n}: bad JSON {e}")

    # questions
    qs, ids = [], set()
    for n, q in records("questions.jsonl"):
        for k in ("id", "question", "answers", "article_id", "kind"):
            if k not in q:
                errors.append(f"questions.jsonl:{n}: missing field {k}")
        if q.get("id") in ids:
            errors.append(f"questions.jsonl:{n}: duplicate id {q.get('id')}")
        ids.add(q.get("id"))
        if not str(q.get("id", "")).startswith(id_prefix):
            errors.append(f"{q.get('id')}: id should start with {id_prefix!r}")
        if "peki" in tr_lower(q.get("question", "")).split():
            errors.append(f"{q.get('id')}: question not self-contained ('peki')")
        if q.get("kind") not in KINDS:
            errors.append(f"{q.get('id')}: bad kind {q.get('kind')}")
        art = articles.get(q.get("article_id"))
        if art is None:
            errors.append(f"{q.get('id')}: unknown article_id {q.get('article_id')}")
        else:
            if not q.get("answers"):
                errors.append(f"{q.get('id')}: no answers")
            for a in q.get("answers", []):
                if tr_lower(a) not in art["body"]:
                    errors.append(f"{q.get('id')}: answer not in article body: {a!r}")
        qs.append(q)

    counted = Counter(q["article_id"] for q in qs)
    for slug in articles:
        c = counted.get(slug, 0)
        if not per_article[0] <= c <= per_article[1]:
            errors.append(f"{slug}: {c} questions (want {per_article[0]}-{per_article[1]})")

    # near misses
    nms = []
    for n, r in records("near_miss.jsonl"):
        for k in ("question", "about", "missing"):
            if not r.get(k):
                errors.append(f"near_miss.jsonl:{n}: missing field {k}")
        if r.get("about") not in articles:
            errors.append(f"near_miss.jsonl:{n}: unknown about {r.get('about')}")
        miss = tr_lower(r.get("missing", ""))
        hits = [s for s, a in articles.items() if miss and miss in a["full"]]
        if hits:
            errors.append(f"near_miss.jsonl:{n}: missing {r.get('missing')!r} found in {hits}")
        if miss and miss not in tr_lower(r.get("question", "")):
            errors.append(f"near_miss.jsonl:{n}: missing {r.get('missing')!r} not named in the question")
        nms.append(r)

    got = {"articles": len(articles), "dated": dated, "undated": undated, "questions": len(qs), "near_misses": len(nms)}
    for k, v in (expect or {}).items():
        if got[k] != v:
            errors.append(f"count {k}: {got[k]} (want {v})")

    kinds = Counter(q["kind"] for q in qs)
    print(f"articles: {len(articles)} (dated {dated}, undated {undated})")
    print(f"questions: {len(qs)}  by kind: {dict(sorted(kinds.items(), key=lambda x: -x[1]))}")
    print(f"near misses: {len(nms)}")
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  -", e)
        return 1
    print("OK")
    return 0


# Every own set and what it must hold: ownset2 and ownset3 were written later, blind, with
# six questions per article and dates from 2016; ownset4 is saved news pages (HTML), longer.
SETS = {
    "ownset": {},
    "ownset2": {"years": (2016, 2026), "per_article": (6, 6), "id_prefix": "o2-",
                "expect": {"articles": 16, "dated": 14, "undated": 2, "questions": 96, "near_misses": 80}},
    "ownset3": {"years": (2016, 2026), "per_article": (6, 6), "id_prefix": "o3-",
                "expect": {"articles": 16, "dated": 14, "undated": 2, "questions": 96, "near_misses": 80}},
    "ownset4": {"years": (2016, 2026), "per_article": (6, 6), "id_prefix": "o4-",
                "body_chars": (1200, 4500), "paragraphs": (4, 10),
                "expect": {"articles": 16, "dated": 16, "undated": 0, "questions": 96, "near_misses": 80}},
    "ownset5": {"years": (2016, 2026), "per_article": (6, 6), "id_prefix": "o5-",
                "body_chars": (1200, 4500), "paragraphs": (4, 12),
                "expect": {"articles": 16, "dated": 16, "undated": 0, "questions": 96, "near_misses": 80}},
    "ownset6": {"years": (2016, 2026), "per_article": (6, 6), "id_prefix": "o6-",
                "body_chars": (1200, 4500), "paragraphs": (4, 12),
                "expect": {"articles": 16, "dated": 16, "undated": 0, "questions": 96, "near_misses": 80}},
    "ownset7": {"years": (2016, 2026), "per_article": (6, 6), "id_prefix": "o7-",
                "body_chars": (1200, 4500), "paragraphs": (4, 12),
                "expect": {"articles": 16, "dated": 16, "undated": 0, "questions": 96, "near_misses": 80}},
}


if __name__ == "__main__":
    names = sys.argv[1:] or list(SETS)  # "python3 validate.py ownset3": one set; no argument: all
    failed = 0
    for name in names:
        print(f"== {name}")
        failed |= check(ROOT.parent / name, **SETS[name])
    sys.exit(failed)
