#!/usr/bin/env python3
"""Validate the ownset3 evaluation files with the ownset checker (``bench/ownset/validate.py``),
with this set's years, six questions per article, its counts and its id prefix.

Run: python3 validate.py   (from any directory). Exits non-zero on failure.
"""
import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("ownset_validate", ROOT.parent / "ownset" / "validate.py")
ownset = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(ownset)

EXPECT = {"articles": 16, "dated": 14, "undated": 2, "questions": 96, "near_misses": 80}

if __name__ == "__main__":
    sys.exit(ownset.check(ROOT, years=(2016, 2026), per_article=(6, 6), expect=EXPECT, id_prefix="o3-"))
