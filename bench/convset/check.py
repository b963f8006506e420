#!/usr/bin/env python3
"""Validate the multi-turn conversation set (standard library only).

Checks conversations_read.jsonl and conversations_blind.jsonl:
  * every line is valid JSON with the expected id and a 'turns' list of 2-3 turns;
  * ids are cs-r01..cs-r40 / cs-b01..cs-b40, unique, in order;
  * every turn is either answerable ({question, article_id, answers}) or a
    near miss ({question, refused: true}); first turns are answerable;
  * each answerable turn's article exists in bench/ownset2..ownset6/articles
    (looked up by file stem, .txt or .html) and every answer string occurs in the
    article's text (HTML: visible text, tags stripped, entities unescaped,
    whitespace normalised; Turkish-aware case folding);
  * first turns of the read file use articles NOT in the blind list, first turns
    of the blind file use articles IN it (only checked if the list is available);
  * no article is the first-turn article of more than 3 conversations per file.
Prints counts; exits 1 if any problem is found.

Usage: python3 bench/convset/check.py [--blind-list PATH]
"""
import argparse
import html
import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
BENCH = os.path.dirname(HERE)
ARTICLE_DIRS = [os.path.join(BENCH, "ownset%d" % i, "articles") for i in range(2, 7)]
FILES = [("conversations_read.jsonl", "cs-r", "read"),
         ("conversations_blind.jsonl", "cs-b", "blind")]
EXPECTED_PER_FILE = 40
MAX_FIRST_TURNS_PER_ARTICLE = 3


def fold(s):
    """Turkish-aware case folding plus whitespace normalisation."""
    s = s.replace("İ", "i").replace("I", "ı").lower()
    s = s.replace("\u2019", "'").replace("\u2018", "'")
    return re.sub(r"\s+", " ", s).strip()


def visible_text(raw):
    raw = re.sub(r"(?s)<!--.*?-->", " ", raw)
    raw = re.sub(r"(?is)<(script|style|noscript|template)\b[^>]*>.*?</\1\s*>", " ", raw)
    raw = re.sub(r"(?is)<head\b[^>]*>.*?</head\s*>", " ", raw)
    raw = re.sub(r"(?s)<[^>]+>", " ", raw)
    return html.unescape(raw)


def load_articles():
    arts = {}
    for d in ARTICLE_DIRS:
        if not os.path.isdir(d):
            continue
        for fn in sorted(os.listdir(d)):
            stem, ext = os.path.splitext(fn)
            if ext not in (".txt", ".html"):
                continue
            with open(os.path.join(d, fn), encoding="utf-8") as f:
                raw = f.read()
            text = visible_text(raw) if ext == ".html" else raw
            arts.setdefault(stem, fold(text))
    return arts


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--blind-list", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "blind_articles.txt"),
                    help="file with the blind article file names, one per line (optional)")
    args = ap.parse_args()

    problems = []
    arts = load_articles()
    if len(arts) == 0:
        print("no articles found under", ARTICLE_DIRS)
        return 1
    blind = None
    if args.blind_list and os.path.isfile(args.blind_list):
        with open(args.blind_list, encoding="utf-8") as f:
            blind = {os.path.splitext(l.strip())[0] for l in f if l.strip()}

    print("articles in index: %d" % len(arts))
    for fname, prefix, kind in FILES:
        path = os.path.join(HERE, fname)
        convs = turns_n = follow = refused = three = cross = 0
        first_arts = Counter()
        ids = []
        if not os.path.isfile(path):
            problems.append("%s: missing" % fname)
            continue
        with open(path, encoding="utf-8") as f:
            lines = [l for l in f.read().split("\n") if l.strip()]
        for ln, line in enumerate(lines, 1):
            where = "%s:%d" % (fname, ln)
            try:
                obj = json.loads(line)
            except ValueError as e:
                problems.append("%s: invalid JSON (%s)" % (where, e))
                continue
            cid = obj.get("id")
            ids.append(cid)
            exp = "%s%02d" % (prefix, ln)
            if cid != exp:
                problems.append("%s: id %r, expected %r" % (where, cid, exp))
            where = "%s[%s]" % (fname, cid)
            turns = obj.get("turns")
            if not isinstance(turns, list) or not 2 <= len(turns) <= 3:
                problems.append("%s: 'turns' must be a list of 2-3 turns" % where)
                continue
            convs += 1
            turns_n += len(turns)
            follow += len(turns) - 1
            three += len(turns) == 3
            first_art = None
            for ti, t in enumerate(turns):
                tw = "%s turn %d" % (where, ti + 1)
                if not isinstance(t, dict) or not isinstance(t.get("question"), str) or not t["question"].strip():
                    problems.append("%s: missing question" % tw)
                    continue
                if t.get("refused") is True:
                    if ti == 0:
                        problems.append("%s: first turn must be answerable" % tw)
                    if "article_id" in t or "answers" in t:
                        problems.append("%s: refused turn must not carry article_id/answers" % tw)
                    refused += 1
                    continue
                aid = t.get("article_id")
                answers = t.get("answers")
                if not isinstance(aid, str) or not isinstance(answers, list) or not answers:
                    problems.append("%s: answerable turn needs article_id and non-empty answers" % tw)
                    continue
                if aid not in arts:
                    problems.append("%s: article %r not found in ownset2..6" % (tw, aid))
                    continue
                if ti == 0:
                    first_art = aid
                elif first_art and aid != first_art:
                    cross += 1
                for a in answers:
                    if not isinstance(a, str) or not a.strip():
                        problems.append("%s: empty answer string" % tw)
                    elif fold(a) not in arts[aid]:
                        problems.append("%s: answer %r not in article %s" % (tw, a, aid))
            if first_art:
                first_arts[first_art] += 1
                if blind is not None:
                    if kind == "read" and first_art in blind:
                        problems.append("%s: first-turn article %s is a blind article" % (where, first_art))
                    if kind == "blind" and first_art not in blind:
                        problems.append("%s: first-turn article %s is not a blind article" % (where, first_art))
        if len(set(ids)) != len(ids):
            problems.append("%s: duplicate ids" % fname)
        if convs != EXPECTED_PER_FILE:
            problems.append("%s: %d conversations, expected %d" % (fname, convs, EXPECTED_PER_FILE))
        for a, n in first_arts.items():
            if n > MAX_FIRST_TURNS_PER_ARTICLE:
                problems.append("%s: article %s opens %d conversations (max %d)" % (fname, a, n, MAX_FIRST_TURNS_PER_ARTICLE))
        print("%s: conversations=%d (3-turn=%d, 2-turn=%d) turns=%d follow-ups=%d "
              "near-miss follow-ups=%d (%.0f%%) cross-article follow-ups=%d first-turn articles=%d"
              % (fname, convs, three, convs - three, turns_n, follow, refused,
                 100.0 * refused / max(follow, 1), cross, len(first_arts)))
    if blind is None:
        print("note: blind list not found; read/blind split not checked")
    for p in problems:
        print("PROBLEM:", p)
    print("OK" if not problems else "%d problem(s)" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
