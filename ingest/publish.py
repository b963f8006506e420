"""The end of every run that changes the index (an ingest, a removal): publish, sweep, close.

The next snapshot is published first (readers switch to it), and only then are the versions it
no longer names deleted, so a reader never loses what it is reading; the run's open mark is
cleared last, so a run killed before it is finished by the next one (a whole-collection sweep).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from rag.index.snapshot import Committed, Snapshots
from rag.index.store import ArchiveStore

log = logging.getLogger(__name__)


def finish_run(store: ArchiveStore, committed: Committed, touched: Sequence[str] | None, changed: bool) -> None:
    """Publish ``committed`` (the registry as the run leaves it) when the run ``changed`` it or
    left stale versions of the ``touched`` documents (None: of all documents), sweep those, and
    close the run; with nothing to publish, a missing or outdated snapshot file is rebuilt."""
    stale = store.stale_versions(committed, touched)
    snapshots = Snapshots(store)
    if changed or stale:
        snapshots.publish(committed)  # readers switch to the finished index here
        for doc_id, doc_version in stale:
            log.info("sweeping version %s of %s", doc_version, doc_id)
            store.delete_version(doc_id, doc_version)
    else:
        snapshots.current()
    store.close_run()
