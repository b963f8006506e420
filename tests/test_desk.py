"""The maintainers' desk: the documents table (search, paging, formatting), removal (index,
snapshot, uploaded file; crash-safe), rejected uploads not kept, the month chart's axis.

Fast tests use a real chromadb on disk with made-up vectors (no model); the end-to-end test
at the bottom uses the real model and checks that a removed article is no longer cited."""

from __future__ import annotations

import dataclasses
import json
from datetime import datetime
from types import SimpleNamespace

import gradio as gr
import numpy as np
import pytest

from ingest import cli
from ingest.removal import FileFate, RemovalReport, file_fates, remove_documents, uploaded_path
from ingest.report import IngestReport
from ingest.uploads import keep_indexed, save_uploads
from rag.index.records import ChunkMeta, DocEntry, DocFields, SentenceMeta, chunk_id, sentence_id
from rag.index.snapshot import Snapshot, Snapshots, snapshot_file
from rag.index.store import ArchiveStore, Record
from rag.ops.stats import ArchiveStats
from tests.conftest import ADMIN_PASSWORD
from ui.desk import PAGE_SIZE, confirmation, document_page, md_escape, removal_markdown, search
from ui.maintenance import MaintenanceHandlers, chart_top, month_chart, months_frame

DIM = 8


# --- the table ------------------------------------------------------------------------------
def entry(doc_id: str, title: str, *, date: str | None = None, url: str | None = None, fmt: str = "txt",
          chunks: int = 1, added: float = 1_700_000_000.0, source: str | None = None,
          categories: tuple[str, ...] = ()) -> DocEntry:
    return DocEntry(doc_id=doc_id, doc_version="v1", title=title, source=source or doc_id.split("#")[0],
                    date=date, url=url, format=fmt, chunks=chunks, sentences=2 * chunks, indexed_at=added,
                    categories=categories)


def registry_of(*entries: DocEntry) -> dict[str, DocEntry]:
    return {e.doc_id: e for e in entries}


def test_rows_show_title_turkish_date_source_or_url_categories_format_chunks_and_when_added():
    added = datetime(2024, 3, 15, 14, 5).timestamp()
    registry = registry_of(
        entry("corpus/a.txt", "Kerkük'te festival", date="2024-03-15", fmt="text", chunks=3, added=added),
        entry("uploads/b.jsonl#7", "Bakü konferansı", url="https://ornek.org/baku", fmt="jsonl", added=added - 60,
              categories=("kültür", "Azerbaycan")),
    )
    page = document_page(registry)
    assert page.table == [["Kerkük'te festival", "15 Mart 2024", "corpus/a.txt", "—", "metin", 3, "15.03.2024 14:05"],
                          ["Bakü konferansı", "tarih yok", "https://ornek.org/baku", "kültür, Azerbaycan", "JSONL", 1,
                           "15.03.2024 14:04"]]
    assert page.doc_ids == ["corpus/a.txt", "uploads/b.jsonl#7"]  # most recently added first
    assert page.choices[1] == ("Bakü konferansı · https://ornek.org/baku", "uploads/b.jsonl#7")
    assert page.caption == "Arşivde 2 belge · 1–2 gösteriliyor · sayfa 1 / 1"


@pytest.mark.parametrize(("query", "expected"), [
    ("KERKÜK", ["corpus/1.txt", "uploads/4.pdf"]),  # Turkish upper case: Ü
    ("kerkük'te", ["corpus/1.txt"]),
    ("IRAK", ["corpus/2.txt"]),  # Turkish dotless I: "IRAK" is "ırak", as in "Irak"
    ("irak", []),  # the dotted i is another letter in Turkish
    ("İSTANBUL", ["corpus/3.txt"]),
    ("uploads", ["uploads/4.pdf", "uploads/5.html"]),  # the file it came from
    ("ornek.org", ["uploads/5.html"]),  # its address
    ("SPOR", ["uploads/5.html"]),  # a category
    ("raporu kerkük", ["uploads/4.pdf"]),  # every word, anywhere
    ("", ["corpus/1.txt", "corpus/2.txt", "corpus/3.txt", "uploads/4.pdf", "uploads/5.html"]),
])
def test_search_is_turkish_case_insensitive_over_title_source_url_and_category(query, expected):
    registry = registry_of(
        entry("corpus/1.txt", "Kerkük'te kültür festivali"),
        entry("corpus/2.txt", "Irak Türkmenleri"),
        entry("corpus/3.txt", "İstanbul'da sergi"),
        entry("uploads/4.pdf", "Kerkük raporu", fmt="pdf"),
        entry("uploads/5.html", "Bir haber", url="https://ornek.org/haber", fmt="html", categories=("Spor",)),
    )
    assert sorted(e.doc_id for e in search(registry, query)) == expected


def test_paging_clamps_and_counts():
    registry = registry_of(*(entry(f"corpus/{i:03d}.txt", f"Haber {i:03d}", added=1_700_000_000.0 + 60 * i)
                             for i in range(2 * PAGE_SIZE + 3)))
    first = document_page(registry)
    assert (first.page, first.pages, first.matching, len(first.rows)) == (1, 3, 53, PAGE_SIZE)
    assert first.rows[0].title == "Haber 052"  # newest first
    last = document_page(registry, page=3)
    assert len(last.rows) == 3 and last.caption == "Arşivde 53 belge · 51–53 gösteriliyor · sayfa 3 / 3"
    assert document_page(registry, page=99).page == 3 and document_page(registry, page=-1).page == 1
    narrowed = document_page(registry, "haber 01", page=3)  # a search result of one page ("01" in "001" too)
    assert narrowed.page == 1 and [r.title for r in narrowed.rows] == [f"Haber 01{i}" for i in range(9, -1, -1)] + [
        "Haber 001"]
    assert narrowed.caption.startswith("“haber 01” araması: 11 belge · Arşivde 53 belge")
    assert document_page(registry, "yok böyle").caption == ("“yok böyle” araması: 0 belge · "
                                                             "Arşivde 53 belge var; aramaya uyan yok.")
    assert document_page({}).caption == "Arşivde belge yok." and document_page({}).pages == 1


def test_archive_text_in_the_confirmation_is_shown_literally():
    hostile = entry("uploads/x.txt", "<script>alert(1)</script> *kalın* [bağ](http://kötü)")
    text = confirmation(hostile, [FileFate("uploads/x.txt", None, True, "yüklenen dosya silinir")])
    assert "<script>" not in text and "\\<script\\>" in text and "\\*kalın\\*" in text and "\\[bağ\\]" in text
    assert "2 cümle silinir" in text and "yüklenen dosya silinir" in text and "geri alınamaz" in text
    assert md_escape("a_b `c`") == "a\\_b \\`c\\`"
    report = RemovalReport(removed=["uploads/```.txt"])
    fenced = removal_markdown(report)
    assert fenced.startswith("````\n") and fenced.endswith("\n````")


# --- removal on a real chromadb, vectors made up ---------------------------------------------
def write_doc(store: ArchiveStore, doc: DocFields, texts: list[str], commit: bool = True) -> None:
    """A document's chunks (one per text) and sentences (one per chunk), then its registry entry."""
    rng = np.random.default_rng(len(doc.doc_id) + len(texts))
    shared = dataclasses.asdict(doc)
    store.upsert_chunks([Record(chunk_id(doc.doc_id, doc.doc_version, i), text, rng.normal(size=DIM).astype(np.float32),
                                ChunkMeta(**shared, chunk_index=i, sentence_start=i, sentence_end=i + 1))
                         for i, text in enumerate(texts)])
    store.upsert_sentences([Record(sentence_id(doc.doc_id, doc.doc_version, i), text,
                                   rng.normal(size=DIM).astype(np.float32), SentenceMeta(**shared, sentence_index=i))
                            for i, text in enumerate(texts)])
    if commit:
        store.commit_documents([DocEntry(**shared, content_hash=doc.doc_version, chunks=len(texts),
                                         sentences=len(texts), indexed_at=1.0)])


def fields(doc_id: str, version: str = "v1") -> DocFields:
    return DocFields(doc_id=doc_id, doc_version=version, title=doc_id.rsplit("/", 1)[-1],
                     source=doc_id.split("#")[0])


@pytest.fixture
def archive(settings, tmp_path):
    """A corpus file, an upload of one article, an upload of two (JSONL), all indexed and
    published; the upload's older version still stored beside the committed one."""
    settings = settings.model_copy(update={"corpus_dir": tmp_path / "corpus"})
    settings.corpus_dir.mkdir()
    (settings.corpus_dir / "kerkuk.txt").write_text("Kerkük festivali", encoding="utf-8")
    settings.uploads_dir.mkdir(parents=True)
    for name in ("telafer.txt", "iki.jsonl"):
        (settings.uploads_dir / name).write_text("…", encoding="utf-8")
    store = ArchiveStore(settings)
    write_doc(store, fields("corpus/kerkuk.txt"), ["Kerkük'te festival yapıldı."])
    write_doc(store, fields("uploads/telafer.txt", "v0"), ["Telafer'de eski kütüphane haberi."], commit=False)
    write_doc(store, fields("uploads/telafer.txt", "v1"), ["Telafer'de kütüphane açıldı.", "Binlerce kitap var."])
    write_doc(store, fields("uploads/iki.jsonl#1"), ["Erbil'de sergi açıldı."])
    write_doc(store, fields("uploads/iki.jsonl#2"), ["Musul'da çarşı onarıldı."])
    Snapshots(store).publish(store.committed_versions())
    store.close_run()
    return SimpleNamespace(settings=settings, store=store)


def stored(store: ArchiveStore, doc_id: str) -> int:
    return sum(len(c.get(where={"doc_id": doc_id})["ids"]) for c in (store.chunks, store.sentences))


def test_removal_takes_every_version_out_and_readers_switch(archive):
    store, settings = archive.store, archive.settings
    before = Snapshots(store).current()
    assert before.search("Telafer kütüphane", 5)
    report = remove_documents(store, settings, ["uploads/telafer.txt", "uploads/yok.txt"])
    assert report.removed == ["uploads/telafer.txt"] and report.not_found == ["uploads/yok.txt"]
    assert report.deleted_files == ["uploads/telafer.txt"] and report.chunks_removed == 2
    assert "uploads/telafer.txt" not in store.registry()
    assert stored(store, "uploads/telafer.txt") == 0  # both versions, chunks and sentences
    assert not (settings.uploads_dir / "telafer.txt").exists()
    after = Snapshots(store).current()  # a reader (another process) loads the new snapshot
    assert after.version == before.version + 1 and "uploads/telafer.txt" not in after.versions
    assert all(after.doc_of(cid) != "uploads/telafer.txt" for cid in after.search("Telafer kütüphane", 5))
    assert Snapshot.load(snapshot_file(store)).version == store.read_version()
    assert store.read_info()["ingest_open"] is False
    assert sorted(store.registry()) == ["corpus/kerkuk.txt", "uploads/iki.jsonl#1", "uploads/iki.jsonl#2"]


def test_corpus_files_are_never_deleted_and_shared_uploads_stay_while_needed(archive):
    store, settings = archive.store, archive.settings
    registry = store.registry()
    fates = {f.source: f for f in file_fates(["corpus/kerkuk.txt", "uploads/iki.jsonl#1"], registry, settings)}
    corpus_file = fates["corpus/kerkuk.txt"]
    assert not corpus_file.delete and "derlem klasöründeki dosyalar silinmez" in corpus_file.reason
    assert not fates["uploads/iki.jsonl"].delete and "1 belge daha dizinde" in fates["uploads/iki.jsonl"].reason
    report = remove_documents(store, settings, ["corpus/kerkuk.txt", "uploads/iki.jsonl#1"])
    assert report.deleted_files == [] and (settings.corpus_dir / "kerkuk.txt").is_file()
    assert (settings.uploads_dir / "iki.jsonl").is_file()
    assert [k["file"] for k in report.kept_files] == ["corpus/kerkuk.txt", "uploads/iki.jsonl"]
    last = remove_documents(store, settings, ["uploads/iki.jsonl#2"])  # its last document goes: so does the file
    assert last.deleted_files == ["uploads/iki.jsonl"] and not (settings.uploads_dir / "iki.jsonl").exists()
    assert uploaded_path("uploads/../../corpus/kerkuk.txt", settings) is None
    assert uploaded_path("corpus/kerkuk.txt", settings) is None
    # a file added from the command line is not read by a full re-index: the way back is to add it again
    from types import SimpleNamespace

    elsewhere = file_fates(["cli/x.txt"], {"cli/x.txt": SimpleNamespace(source="cli/x.txt")}, settings)[0]
    assert not elsewhere.delete and "komut satırından yeniden ekleyin" in elsewhere.reason
    assert "Tümünü yeniden dizinle" not in elsewhere.reason


def test_a_removal_killed_before_publishing_is_finished_by_the_next_one(archive, monkeypatch):
    store, settings = archive.store, archive.settings
    published = store.read_version()

    def killed(self, committed):
        raise KeyboardInterrupt("killed")

    monkeypatch.setattr(Snapshots, "publish", killed)
    with pytest.raises(KeyboardInterrupt):
        remove_documents(store, settings, ["uploads/telafer.txt"])
    monkeypatch.undo()
    assert "uploads/telafer.txt" not in store.registry() and store.read_version() == published
    assert stored(store, "uploads/telafer.txt") > 0  # readers' snapshot still names it: nothing swept
    again = remove_documents(store, settings, ["uploads/telafer.txt"])  # the maintainer tries again
    assert again.not_found == ["uploads/telafer.txt"] and not again.removed
    assert stored(store, "uploads/telafer.txt") == 0 and store.read_version() == published + 1
    assert "uploads/telafer.txt" not in Snapshots(store).current().versions
    assert store.read_info()["ingest_open"] is False


def test_a_removal_killed_after_deleting_the_file_leaves_the_document_listed(archive, monkeypatch):
    store, settings = archive.store, archive.settings
    monkeypatch.setattr(ArchiveStore, "uncommit_documents", lambda self, ids: (_ for _ in ()).throw(OSError("disk")))
    with pytest.raises(OSError):
        remove_documents(store, settings, ["uploads/telafer.txt"])
    monkeypatch.undo()
    assert "uploads/telafer.txt" in store.registry()  # still on the desk, so it can be removed again
    report = remove_documents(store, settings, ["uploads/telafer.txt"])
    assert report.removed == ["uploads/telafer.txt"] and stored(store, "uploads/telafer.txt") == 0
    assert [k["reason"] for k in report.kept_files] == ["yüklenen dosya zaten yok"]


def test_nothing_to_remove_touches_nothing(archive):
    version = archive.store.read_version()
    report = remove_documents(archive.store, archive.settings, ["corpus/yok.txt"])
    assert report.not_found == ["corpus/yok.txt"] and archive.store.read_version() == version


def test_cli_removes_by_document_id(archive, monkeypatch, capsys):
    monkeypatch.setenv("ARSIV_DATA_DIR", str(archive.settings.data_dir))
    monkeypatch.setenv("ARSIV_CORPUS_DIR", str(archive.settings.corpus_dir))
    assert cli.main(["--remove", "uploads/iki.jsonl#1", "--remove", "corpus/yok.txt", "--json"]) == 1
    out = json.loads(capsys.readouterr().out)
    assert out["removed"] == ["uploads/iki.jsonl#1"] and out["not_found"] == ["corpus/yok.txt"]
    assert cli.main(["--remove", "corpus/kerkuk.txt"]) == 0
    assert "kaldırılan: 1" in capsys.readouterr().out and (archive.settings.corpus_dir / "kerkuk.txt").is_file()
    assert cli.main(["--remove", "x", "corpus"]) == 2


# --- uploads the ingest rejects are not kept ---------------------------------------------------
def test_rejected_uploads_are_deleted_and_a_replaced_upload_is_put_back(settings, write):
    first = save_uploads([write("in/eski.txt", "Eski ama geçerli bir haber metni burada.")], settings)
    keep_indexed(first, IngestReport(added=["uploads/eski.txt"]), settings)
    batch = save_uploads([write("in2/iyi.txt", "İyi"), write("in2/bos.txt", "  "), write("in2/eski.txt", ""),
                          write("in2/liste.jsonl", "{}"), write("in2/bozuk.jsonl", "{")], settings)
    report = IngestReport(added=["uploads/iyi.txt", "uploads/liste.jsonl#ab12"])
    report.reject("uploads/bos.txt", "boş dosya")
    report.reject("uploads/eski.txt", "boş dosya")
    report.reject("uploads/bozuk.jsonl:1", "geçersiz JSON")
    assert keep_indexed(batch, report, settings) == ["bos.txt", "eski.txt", "bozuk.jsonl"]
    kept = sorted(p.name for p in settings.uploads_dir.iterdir())
    assert kept == ["eski.txt", "iyi.txt", "liste.jsonl"]  # no hidden copies left either
    assert (settings.uploads_dir / "eski.txt").read_text(encoding="utf-8").startswith("Eski ama geçerli")


# --- the month chart -------------------------------------------------------------------------
def stats_with(per_month: list[tuple[str, int]]) -> ArchiveStats:
    return ArchiveStats(1, 1, 1, None, None, None, None, 0, per_month=per_month)


@pytest.mark.parametrize("per_month", [[], [("2024-01", 1), ("2024-02", 0), ("2024-03", 1)]])
def test_month_chart_counts_are_numbers_even_when_empty(per_month):
    plot = gr.BarPlot(x="dönem", y="makale").postprocess(months_frame(stats_with(per_month)))
    assert plot.datatypes == {"dönem": "nominal", "makale": "quantitative"}
    assert [row[1] for row in plot.data] == [n for _, n in per_month]


def test_a_long_archive_is_charted_by_year():
    """Seven years of months were labelled one by one: on a phone an unreadable smear."""
    months = [(f"{year}-{month:02d}", 1 if month == 3 else 0) for year in range(2019, 2027) for month in range(1, 13)]
    assert months_frame(stats_with(months)).values.tolist() == [[str(year), 1] for year in range(2019, 2027)]
    assert months_frame(stats_with(months[:12])).values.tolist()[:3] == [["2019-01", 0], ["2019-02", 0], ["2019-03", 1]]


def test_the_chart_update_changes_its_data_not_its_titles():
    """After an upload that made the archive span years, the chart showed the months it had
    before under a new "Yıllara göre" title until the page was opened again (the eighteenth
    stranger's find): Gradio redraws a plot whose titles change with its old data. An update
    carries the data (and the axis top) only."""
    months = [(f"{year}-{month:02d}", 1) for year in range(2019, 2027) for month in range(1, 13)]
    update = month_chart(stats_with(months)).get_config()
    assert update["title"] is None and update["x_title"] is None and update["y_lim"] == [0, 12]


def test_month_chart_axis_reaches_a_whole_number():
    assert chart_top(stats_with([])) == 5 and chart_top(stats_with([("2024-01", 1), ("2024-02", 0)])) == 5
    assert chart_top(stats_with([("2024-01", 12)])) == 12


# --- every desk action checks the password ------------------------------------------------------
def test_every_desk_action_checks_the_password(archive):
    settings = archive.settings.model_copy(update={"admin_password": ADMIN_PASSWORD})
    service = SimpleNamespace(settings=settings, registry=archive.store.registry,
                              remove=lambda ids: remove_documents(archive.store, settings, ids))
    handlers = MaintenanceHandlers(service)
    pick = gr.SelectData(None, {"index": [0, 1], "value": "x"})
    doc_id = "corpus/kerkuk.txt"
    for action in (lambda p: handlers.documents(p, "", 1), lambda p: handlers.pick(p, [doc_id], pick),
                   lambda p: handlers.ask_removal(p, doc_id), lambda p: handlers.remove(p, doc_id)):
        for wrong in ("", None, "yanlış"):
            with pytest.raises(gr.Error, match="Parola yanlış"):
                action(wrong)
    assert "corpus/kerkuk.txt" in archive.store.registry()
    caption, table, ids, choices, page = handlers.documents(ADMIN_PASSWORD, "TELAFER", 1)
    assert ids == ["uploads/telafer.txt"] and table["Başlık"].tolist() == ["telafer.txt"] and page == 1
    assert handlers.pick(ADMIN_PASSWORD, ids, pick) == "uploads/telafer.txt"
    box, text, pending = handlers.ask_removal(ADMIN_PASSWORD, "uploads/telafer.txt")
    assert pending == "uploads/telafer.txt" and "yüklenen dosya silinir" in text
    with pytest.raises(gr.Error, match="seçin"):
        handlers.ask_removal(ADMIN_PASSWORD, None)


# --- end to end, with the real model: upload, answer, remove, no longer cited --------------------
KIFRI = ("Kifri'de Türkmen çini atölyesi açıldı\n\n"
         "Kifri'de açılan Türkmen çini atölyesinde usta Nermin Sarıkaya on iki çırağa çini yapmayı öğretiyor. "
         "Atölye Kifri Belediyesi'nin desteğiyle kuruldu.")
KIFRI_QUESTION = "Kifri'deki çini atölyesinde çıraklara kim çini yapmayı öğretiyor?"


def test_a_removed_upload_is_no_longer_cited_and_its_file_is_gone(settings, embedder, write):
    from ui.service import ArchiveService

    settings = settings.model_copy(update={"admin_password": ADMIN_PASSWORD})
    service = ArchiveService(settings, embedder=embedder)
    service.ensure_index()  # the bundled corpus
    handlers = MaintenanceHandlers(service)
    quiet = lambda *args, **kwargs: None  # noqa: E731 (a progress bar that shows nothing)
    article, empty = write("in/Kifri Çini.txt", KIFRI), write("in/boş.txt", "")
    _, report, _, _ = handlers.upload(ADMIN_PASSWORD, [str(article), str(empty)], progress=quiet)
    doc_id = "uploads/Kifri Çini.txt"
    assert report["added"] == [doc_id] and report["rejected"][0]["file"] == "uploads/boş.txt"
    assert sorted(p.name for p in settings.uploads_dir.iterdir()) == ["Kifri Çini.txt"]  # the empty one not kept
    _, again, _, _ = handlers.upload(ADMIN_PASSWORD, [str(article)], progress=quiet)
    assert again["unchanged"] == [doc_id] and not again["added"] and not again["updated"]
    assert (settings.uploads_dir / "Kifri Çini.txt").is_file()  # an unchanged re-upload stays

    before = service.qa.ask(KIFRI_QUESTION)
    assert not before.refused and "Nermin Sarıkaya" in before.text and before.sources[0].doc_id == doc_id
    _, _, ids, _, _ = handlers.documents(ADMIN_PASSWORD, "kifri ÇİNİ", 1)
    assert ids == [doc_id]
    _, notice, pending = handlers.ask_removal(ADMIN_PASSWORD, doc_id)
    assert "yüklenen dosya silinir" in notice and pending == doc_id
    _, _, text, removal, stats, _ = handlers.remove(ADMIN_PASSWORD, pending)
    assert removal["removed"] == [doc_id] and removal["deleted_files"] == [doc_id] and "kaldırılan: 1" in text
    assert "**Belge:** 1 " in stats

    after = service.qa.ask(KIFRI_QUESTION)
    assert all(s.doc_id != doc_id for s in after.sources) and "Nermin Sarıkaya" not in after.text
    assert not settings.uploads_dir.joinpath("Kifri Çini.txt").exists()
    assert handlers.documents(ADMIN_PASSWORD, "kifri", 1)[2] == []
    assert stored(service.store, doc_id) == 0
    reindexed = handlers.reindex(ADMIN_PASSWORD, progress=quiet)[1]  # nothing brings it back
    assert doc_id not in reindexed["added"] and not reindexed["rejected"]


def test_reindexing_before_any_upload_rejects_nothing(settings, embedder):
    """A stranger's first "Tümünü yeniden dizinle" on a new archive listed the uploads folder, not made
    until the first upload, as a rejected "dosya ya da klasör bulunamadı"."""
    from ui.service import ArchiveService

    settings = settings.model_copy(update={"admin_password": ADMIN_PASSWORD})
    assert not settings.uploads_dir.exists()
    handlers = MaintenanceHandlers(ArchiveService(settings, embedder=embedder))
    report = handlers.reindex(ADMIN_PASSWORD, progress=lambda *args, **kwargs: None)[1]
    assert report["added"] and not report["rejected"], report


def test_documents_added_in_one_upload_are_listed_by_title():
    """One upload's files were listed in reverse file-name order (a stranger's find): within
    the minute the "Eklendi" column shows, the order is the title's."""
    minute = datetime(2025, 5, 10, 9, 30).timestamp()
    registry = registry_of(entry("uploads/z.txt", "Ahmet'in kitabı", added=minute + 1),
                           entry("uploads/a.txt", "Zeytin hasadı", added=minute + 20),
                           entry("uploads/n.txt", "Çarşı yangını", added=minute + 5),
                           entry("uploads/q.txt", "“Kasabalar” kitabı tanıtıldı", added=minute + 9),
                           entry("corpus/eski.txt", "Önceki yükleme", added=minute - 3600))
    assert [e.doc_id for e in search(registry)] == ["uploads/z.txt", "uploads/n.txt", "uploads/q.txt", "uploads/a.txt",
                                                    "corpus/eski.txt"]
