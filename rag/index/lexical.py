"""BM25 over Turkish stemmed tokens, on numpy postings.

Hand-written rather than rank-bm25: rank-bm25 scores every document in a Python loop per
query term, which is too slow past some 10k chunks. This module knows texts and positions
only; which chunk a position is, and whether a reader may see it, is the snapshot's job
(``rag/index/snapshot.py``).
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Iterable

import numpy as np

from rag.language.turkish import ascii_fold, tokens, vowel_alternative

K1 = 1.2
B = 0.75

Postings = list[tuple[np.ndarray, np.ndarray]]  # per term: (positions, term frequencies)


class BM25Index:
    def __init__(self, vocabulary: dict[str, int], postings: Postings, lengths: np.ndarray) -> None:
        self.vocabulary = vocabulary
        self.postings = postings
        self.lengths = lengths
        n = len(lengths)
        self.avg_length = float(lengths.mean()) if n else 0.0
        df = np.array([len(p[0]) for p in postings], dtype=np.float64)
        self.idf = np.log1p((n - df + 0.5) / (df + 0.5)) if n else df
        self._sorted: list[str] | None = None  # the vocabulary in order, for prefix lookups
        self._folded: tuple[list[str], list[str]] | None = None  # Turkish-lettered terms, folded

    def __len__(self) -> int:
        return len(self.lengths)

    @classmethod
    def build(cls, texts: Iterable[str]) -> BM25Index:
        lengths: list[int] = []
        vocabulary: dict[str, int] = {}
        term_docs: list[list[int]] = []
        term_tfs: list[list[int]] = []
        for position, text in enumerate(texts):
            counts = Counter(tokens(text))
            lengths.append(sum(counts.values()))
            for term, tf in counts.items():
                term_id = vocabulary.setdefault(term, len(vocabulary))
                if term_id == len(term_docs):
                    term_docs.append([])
                    term_tfs.append([])
                term_docs[term_id].append(position)
                term_tfs[term_id].append(tf)
        postings = [(np.asarray(d, dtype=np.int32), np.asarray(t, dtype=np.float32))
                    for d, t in zip(term_docs, term_tfs)]
        return cls(vocabulary, postings, np.asarray(lengths, dtype=np.float32))

    def search(self, query: str, k: int, allowed: np.ndarray | None = None) -> list[tuple[int, float]]:
        """(position, score) of the top ``k`` texts; ``allowed`` is a boolean mask from a filter."""
        if not len(self):
            return []
        scores = np.zeros(len(self), dtype=np.float32)
        norm = K1 * (1 - B + B * self.lengths / max(self.avg_length, 1e-9))
        for term in set(tokens(query)):
            term_id = self.vocabulary.get(term)
            if term_id is None:
                continue
            docs, tf = self.postings[term_id]
            scores[docs] += self.idf[term_id] * tf * (K1 + 1) / (tf + norm[docs])
        if allowed is not None:
            scores[~allowed] = 0.0
        top = np.argpartition(-scores, min(k, len(scores) - 1))[:k]
        top = top[np.argsort(-scores[top])]
        return [(int(i), float(scores[i])) for i in top if scores[i] > 0]

    def with_term(self, term: str) -> np.ndarray:
        """Positions of the texts holding exactly this (stemmed) term."""
        term_id = self.vocabulary.get(term)
        return self.postings[term_id][0] if term_id is not None else np.zeros(0, np.int32)

    def with_root(self, root: str, shorter: bool = True) -> np.ndarray:
        """Positions of the texts holding a term that starts with ``root`` or, if ``shorter``,
        that ``root`` starts with (one letter shorter at most): the stemmer cuts a name's
        inflections unevenly ("pittsburg" → "pittsburgu"), a root matches them all."""
        if root.isdigit():  # a number is itself or nothing: "50" is not "500"
            return self.with_term(root)
        ordered = self._sorted_terms()
        ids = [self.vocabulary[ordered[i]] for i in _prefixed(root, ordered, shorter)]
        if other := vowel_alternative(root):  # "vakf" of "Vakfı'nın" finds "vakıf", as the index holds it
            ids += [self.vocabulary[ordered[i]] for i in _prefixed(other, ordered, shorter)]
        if root.isascii():  # typed without Turkish letters: "varsova" finds "varşova"
            folded, terms = self._folded_terms()
            ids += [self.vocabulary[terms[i]] for i in _prefixed(root, folded, shorter)]
        found = [self.postings[i][0] for i in ids]
        return np.unique(np.concatenate(found)) if found else np.zeros(0, np.int32)

    def holds_one_letter_apart(self, root: str) -> bool:
        """Whether a term is ``root`` but for one letter in place or two swapped, after the
        same first three ("stadyum" for "stadium", a typo's "ruhasl" for "ruhsal"): the same
        word spelled otherwise, not another word."""
        ordered = self._sorted_terms()
        start = bisect.bisect_left(ordered, root[:3])
        for term in ordered[start:]:
            if not term.startswith(root[:3]):
                return False
            if len(term) == len(root) and _one_letter_apart(root, term):
                return True
        return False

    def _folded_terms(self) -> tuple[list[str], list[str]]:
        """The terms holding Turkish letters, folded to ASCII and sorted, beside the terms."""
        if self._folded is None:
            pairs = sorted((ascii_fold(t), t) for t in self.vocabulary if not t.isascii())
            self._folded = ([f for f, _ in pairs], [t for _, t in pairs])
        return self._folded

    def _sorted_terms(self) -> list[str]:
        if self._sorted is None:
            self._sorted = sorted(self.vocabulary)
        return self._sorted

    def idf_of(self, term: str) -> float:
        term_id = self.vocabulary.get(term)
        return float(self.idf[term_id]) if term_id is not None else 0.0

    @property
    def max_idf(self) -> float:
        """The rarest term's idf (1.0 for an empty index)."""
        return float(self.idf.max()) if len(self.idf) else 1.0

    def merged(self, keep: np.ndarray, addition: BM25Index) -> BM25Index:
        """The kept texts of this index, then ``addition``'s, as one index (postings stay in
        position order; terms no text holds any more are dropped, as a rebuild would)."""
        vocabulary = dict(self.vocabulary)
        for term in addition.vocabulary:
            vocabulary.setdefault(term, len(vocabulary))
        term_map = np.array([vocabulary[t] for t in sorted(addition.vocabulary, key=addition.vocabulary.get)],
                            dtype=np.int64)
        old_docs, old_tfs, old_terms = _flat(self.postings)
        add_docs, add_tfs, add_terms = _flat(addition.postings)
        kept = keep[old_docs]
        position = np.cumsum(keep) - 1  # old position → position among the kept ones
        docs = np.concatenate([position[old_docs[kept]], add_docs + int(keep.sum())]).astype(np.int32)
        tfs = np.concatenate([old_tfs[kept], add_tfs]).astype(np.float32)
        terms = np.concatenate([old_terms[kept], term_map[add_terms]])
        order = np.argsort(terms, kind="stable")  # by term, position order kept within a term
        docs, tfs, terms = docs[order], tfs[order], terms[order]
        counts = np.bincount(terms, minlength=len(vocabulary))
        live = np.flatnonzero(counts)
        offsets = np.concatenate([[0], np.cumsum(counts[live])])
        by_id = sorted(vocabulary, key=vocabulary.get)
        return BM25Index(
            {by_id[t]: new_id for new_id, t in enumerate(live)},
            [(docs[a:b], tfs[a:b]) for a, b in zip(offsets[:-1], offsets[1:])],
            np.concatenate([self.lengths[keep], addition.lengths]).astype(np.float32),
        )

    # --- persistence: flat arrays, stored by the snapshot ------------------------------------
    def arrays(self) -> dict[str, np.ndarray]:
        docs, tfs, _ = _flat(self.postings)
        offsets = np.cumsum([0] + [len(p[0]) for p in self.postings]).astype(np.int64)
        return {"offsets": offsets, "docs": docs, "tfs": tfs, "lengths": self.lengths}

    def terms(self) -> list[str]:
        return sorted(self.vocabulary, key=self.vocabulary.get)

    @classmethod
    def from_arrays(cls, terms: list[str], arrays) -> BM25Index:
        offsets, docs, tfs = arrays["offsets"], arrays["docs"], arrays["tfs"]
        postings = [(docs[a:b], tfs[a:b]) for a, b in zip(offsets[:-1], offsets[1:])]
        return cls({term: i for i, term in enumerate(terms)}, postings, arrays["lengths"])


def _flat(postings: Postings) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Term-major postings as three flat arrays: position, term frequency, term id."""
    if not postings:
        return np.zeros(0, np.int32), np.zeros(0, np.float32), np.zeros(0, np.int64)
    lengths = [len(d) for d, _ in postings]
    return (np.concatenate([d for d, _ in postings]), np.concatenate([t for _, t in postings]),
            np.repeat(np.arange(len(postings), dtype=np.int64), lengths))


def _one_letter_apart(word: str, other: str) -> bool:
    """Two words of one length that differ in one letter, or in two adjacent ones swapped."""
    apart = [i for i, (a, b) in enumerate(zip(word, other)) if a != b]
    return len(apart) == 1 or (len(apart) == 2 and apart[1] == apart[0] + 1
                               and word[apart[0]] == other[apart[1]] and word[apart[1]] == other[apart[0]])


def _prefixed(root: str, ordered: list[str], shorter: bool = True) -> list[int]:
    """Positions in ``ordered`` (sorted) of the terms that start with ``root``, or, if
    ``shorter``, are ``root`` less its last letter (roots over three letters)."""
    positions: list[int] = []
    for exact in [root[:-1]] if shorter and len(root) > 3 else []:
        i = bisect.bisect_left(ordered, exact)
        while i < len(ordered) and ordered[i] == exact:
            positions.append(i)
            i += 1
    i = bisect.bisect_left(ordered, root)
    while i < len(ordered) and ordered[i].startswith(root):
        positions.append(i)
        i += 1
    return positions
