"""Record vectors kept in memory, for searches among a filter's records.

chromadb searches its HNSW graph well, but a search limited to a set of ids (a month, a
follow-up's articles) walks much of the graph or reads each vector from disk: 30-100 ms at
50k chunks. Scoring the allowed vectors in numpy takes about 0.6 µs each. A record's id
names its document version, so a cached vector never goes stale: the cache is filled on
demand, the first time a filter asks for a record, and kept until the process ends.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor

import numpy as np

log = logging.getLogger(__name__)

Fetch = Callable[[Sequence[str]], tuple[list[str], np.ndarray]]  # ids → (ids found, their vectors)
BLOCK = 1024  # rows gathered and scored at a time: a small buffer beats one copy of them all


class VectorCache:
    """Vectors by record id, appended to one matrix; safe to share between threads (one
    writer at a time; readers never wait)."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self._rows: dict[str, int] = {}
        self._matrix = np.zeros((0, 0), dtype=np.float32)
        self._lock = threading.Lock()
        self._pending: set[str] = set()
        self._filler: ThreadPoolExecutor | None = None

    def __len__(self) -> int:
        return len(self._rows)

    def rows(self, ids: Sequence[str]) -> np.ndarray:
        """Each id's row, -1 where it is not cached."""
        get = self._rows.get
        return np.fromiter((get(rid, -1) for rid in ids), dtype=np.int64, count=len(ids))

    def add(self, ids: Sequence[str], vectors: np.ndarray) -> None:
        """Cache these vectors, as many as fit. Rows are written before their ids are
        published, and a grown matrix replaces the old one whole, so a reader that found
        an id's row finds its vector in whichever matrix it then reads."""
        if not len(ids):  # a background read that found every record swept
            return
        with self._lock:
            fresh = [i for i, rid in enumerate(ids) if rid not in self._rows]
            fresh = fresh[: max(0, self._room(vectors.shape[1]))]
            if not fresh:
                return
            start = len(self._rows)
            end = start + len(fresh)
            if end > len(self._matrix):
                grown = np.empty((max(end, 2 * len(self._matrix)), vectors.shape[1]), dtype=np.float32)
                if start:
                    grown[:start] = self._matrix[:start]
                self._matrix = grown
            self._matrix[start:end] = vectors[fresh]
            for row, i in enumerate(fresh, start=start):
                self._rows[ids[i]] = row

    def nearest(self, vector: np.ndarray, ids: Sequence[str], rows: np.ndarray,
                k: int) -> list[tuple[str, float]]:
        """(id, cosine) of the ``k`` best of these cached records, best first."""
        if not len(rows):
            return []
        matrix = self._matrix  # read after the rows were looked up (see ``add``)
        order = np.argsort(rows, kind="stable")  # memory in order: rows cached together lie together
        sorted_rows = rows[order]
        scores = np.empty(len(rows), dtype=np.float32)
        buffer = np.empty((min(BLOCK, len(rows)), matrix.shape[1]), dtype=np.float32)
        for start in range(0, len(rows), BLOCK):
            block = sorted_rows[start:start + BLOCK]
            np.take(matrix, block, axis=0, out=buffer[:len(block)])
            np.dot(buffer[:len(block)], vector, out=scores[start:start + len(block)])
        best = np.argpartition(-scores, k - 1)[:k] if k < len(scores) else np.arange(len(scores))
        best = best[np.argsort(-scores[best], kind="stable")]
        return [(ids[order[i]], float(scores[i])) for i in best]

    def fill_later(self, ids: Sequence[str], fetch: Fetch) -> None:
        """Cache these records in the background (a thread of its own, one batch at a time),
        so that a wide filter asked for the first time is not kept waiting for them."""
        with self._lock:
            wanted = [rid for rid in ids if rid not in self._pending and rid not in self._rows]
            if self._matrix.shape[1]:  # the room is known once a vector is cached
                wanted = wanted[: max(0, self._room(self._matrix.shape[1]) - len(self._pending))]
            if not wanted:
                return
            self._pending.update(wanted)
            if self._filler is None:
                self._filler = ThreadPoolExecutor(1, thread_name_prefix="arsiv-vectors")
        self._filler.submit(self._fill, wanted, fetch)

    def _room(self, dim: int) -> int:
        """How many more vectors of ``dim`` floats fit."""
        return self.max_bytes // (4 * dim) - len(self._rows)

    def _fill(self, ids: list[str], fetch: Fetch) -> None:
        try:
            found, vectors = fetch(ids)
            self.add(found, vectors)
        except Exception:  # a background fill only saves time; the searches go on without it
            log.exception("caching %d vectors failed", len(ids))
        finally:
            with self._lock:
                self._pending.difference_update(ids)
