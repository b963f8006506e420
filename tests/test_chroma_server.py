"""The scale-out path: the same code against a real chroma server over HTTP."""

from __future__ import annotations

from conftest import CORPUS

from ingest.pipeline import ingest
from rag.index.snapshot import Snapshot
from rag.index.store import ArchiveStore
from rag.qa import ArchiveQA
from rag.settings import Settings


def test_ingest_and_answer_through_a_chroma_server(chroma_server, tmp_path, embedder, write):
    settings = Settings(data_dir=tmp_path / "app-a", chroma_host=chroma_server["host"],
                        chroma_port=chroma_server["port"], collection="sunucu", _env_file=None)
    first = ingest([CORPUS], settings, embedder=embedder)
    assert first.added == ["corpus/irak-turkleri-azerbaycan-iliskileri.txt"]
    assert not (settings.data_dir / "chroma").exists()  # nothing embedded on local disk

    answer = ArchiveQA(settings, embedder=embedder).ask("Bakü'deki konferansı kimler düzenledi?")
    assert not answer.refused and "Kerkük Kültür Derneği" in answer.text
    assert answer.sources[0].doc_id == "corpus/irak-turkleri-azerbaycan-iliskileri.txt"

    # A second app instance (its own data dir) shares the server's index and sees new
    # documents once an ingest anywhere has published them.
    other = settings.model_copy(update={"data_dir": tmp_path / "app-b"})
    reader = ArchiveQA(other, embedder=embedder)
    assert reader.ask("Bakü'deki konferansı kimler düzenledi?").sources
    folder = write("yeni/telafer.txt", "Telafer Kütüphanesi\n\nTelafer'deki Türkmen kütüphanesinde 12 bin kitap var.")
    assert ingest([folder.parent], settings, embedder=embedder).added == ["yeni/telafer.txt"]
    answer = reader.ask("Telafer'deki Türkmen kütüphanesinde kaç kitap var?")
    assert "12 bin" in answer.text and answer.sources[0].doc_id == "yeni/telafer.txt"

    again = ingest([CORPUS], settings, embedder=embedder)
    assert again.unchanged == ["corpus/irak-turkleri-azerbaycan-iliskileri.txt"] and not again.added
    store = ArchiveStore(settings)
    chunk_ids = {cid for cid, _, _ in store.scan_chunks()}
    assert set(Snapshot.from_store(store, 0, store.committed_versions()).ids) == chunk_ids
    assert sum(m.chunks for m in store.registry().values()) == len(chunk_ids)
