"""Two processes on one on-disk index: the app answering while the CLI (a nightly sync)
ingests or removes. An embedded chromadb keeps its vector index in memory, so the app must
reopen it when another process wrote — and never while the app itself is writing, or what it
writes through the old client would reach the disk but never the vector index. Real chromadb
on disk, made-up vectors, the other process a real subprocess."""

import subprocess
import sys
import time

import numpy as np
import pytest
from conftest import ROOT

from rag.index.store import ArchiveStore
from rag.settings import Settings

DIM = 16
OTHER_PROCESS = """
import sys, numpy as np
from rag.index.store import ArchiveStore
from rag.settings import Settings
store = ArchiveStore(Settings(data_dir=sys.argv[1], _env_file=None))
lo, hi = int(sys.argv[2]), int(sys.argv[3])
v = np.random.default_rng(lo).normal(size=(hi - lo, %d)).astype(np.float32)
store.chunks.upsert(ids=[f"c{i}" for i in range(lo, hi)], embeddings=v / np.linalg.norm(v, axis=1, keepdims=True))
store.mark_changed(store.read_version() + 1)
""" % DIM


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(data_dir=tmp_path / "data", _env_file=None)


def put(collection, lo: int, hi: int) -> None:
    v = np.random.default_rng(lo).normal(size=(hi - lo, DIM)).astype(np.float32)
    collection.upsert(ids=[f"c{i}" for i in range(lo, hi)], embeddings=v / np.linalg.norm(v, axis=1, keepdims=True))


def searchable(store: ArchiveStore) -> int:
    """How many records a vector search can reach (the in-memory index), not just sqlite's count."""
    probe = np.ones(DIM, dtype=np.float32) / DIM**0.5
    return len(store.chunks.query(query_embeddings=[probe], n_results=store.chunks.count(),
                                  include=["distances"])["ids"][0])


def other_process(settings: Settings, lo: int, hi: int) -> None:
    subprocess.run([sys.executable, "-c", OTHER_PROCESS, str(settings.data_dir), str(lo), str(hi)],
                   cwd=ROOT, check=True, timeout=120)


def test_the_app_sees_what_another_process_wrote(settings):
    app = ArchiveStore(settings)
    put(app.chunks, 0, 100)
    app.mark_changed(1)
    assert searchable(app) == 100
    other_process(settings, 100, 150)
    assert searchable(app) == 100  # the in-memory index is stale until the app follows
    app.follow(app.read_version())
    assert searchable(app) == 150


def test_a_reader_never_reopens_the_index_under_the_apps_own_write(settings):
    app = ArchiveStore(settings)
    put(app.chunks, 0, 100)
    app.mark_changed(1)
    searchable(app)
    other_process(settings, 100, 150)  # last night's sync; nobody has asked since
    with app.writing():  # a maintainer's upload starts: it writes through a fresh client
        held = app.chunks
        put(held, 150, 250)
        handles = app._handles
        app.follow(app.read_version() + 1)  # a question mid-write, however new the version it read
        assert app._handles is handles, "no reopen while this process writes"
        put(held, 250, 300)
        app.mark_changed(app.read_version() + 1)
    fresh = subprocess.run([sys.executable, "-c", (
        "import sys, numpy as np; from rag.index.store import ArchiveStore; from rag.settings import Settings;"
        f"s = ArchiveStore(Settings(data_dir={str(settings.data_dir)!r}, _env_file=None));"
        f"p = np.ones({DIM}, dtype=np.float32) / {DIM}**0.5;"
        "print(s.chunks.count(), len(s.chunks.query(query_embeddings=[p], n_results=s.chunks.count())['ids'][0]))")],
        cwd=ROOT, capture_output=True, text=True, check=True, timeout=120)
    assert fresh.stdout.split() == ["300", "300"], "every record written is searchable, in a new process too"
    assert searchable(app) == 300


def test_the_apps_own_publish_is_not_taken_for_another_process(settings):
    app, reader = ArchiveStore(settings), ArchiveStore(settings)
    put(app.chunks, 0, 10)
    with app.writing():
        app.mark_changed(app.read_version() + 1)
    handles = reader._handles
    reader.follow(reader.read_version())
    assert reader._handles is handles


def test_writers_take_turns_across_processes(settings):
    """A cron sync and the app's upload never write at once: the second waits for the first."""
    app = ArchiveStore(settings)
    with app.writing():
        other = subprocess.Popen([sys.executable, "-c", (
            "import time; from rag.index.store import ArchiveStore; from rag.settings import Settings;"
            f"s = ArchiveStore(Settings(data_dir={str(settings.data_dir)!r}, _env_file=None));"
            "print('ready', flush=True); t = time.monotonic()\n"
            "with s.writing(): print(round(time.monotonic() - t, 1), flush=True)")],
            cwd=ROOT, stdout=subprocess.PIPE, text=True)
        assert other.stdout.readline().strip() == "ready"
        time.sleep(1.5)  # the other process is waiting for the lock meanwhile
    assert float(other.communicate(timeout=60)[0]) >= 1.0
