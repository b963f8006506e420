"""The ingest planner on its own: what a run writes, keeps, drops and removes, decided by
content hash batch by batch (no model, no index: registry entries and documents in memory)."""

from __future__ import annotations

import hashlib

from langchain_core.documents import Document

from ingest.plan import Planner, Prepared
from ingest.report import IngestReport
from rag.index.records import DocEntry

KERKUK = "Kerkük'te Nevruz bayramı ateşler yakılarak kutlandı ve binlerce kişi katıldı."
KERKUK_2 = "Kerkük'te Nevruz bayramı yağmur nedeniyle kapalı salonda kutlandı."
BAKU = "Bakü'deki konferansı Kerkük Kültür Derneği düzenledi; 40 kişilik heyet katıldı."
ERBIL = "Erbil kitap fuarında 200 yayınevi yer aldı ve Türkmence kitaplar ilgi gördü."
MUSUL = "Musul çarşısındaki eski dükkânlar onarıldı; işçiler üç ay çalıştı."


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def article(doc_id: str, text: str) -> Prepared:
    title = text.split(" ", 1)[0]
    return Prepared(Document(page_content=text, metadata={"doc_id": doc_id, "title": title}), digest(text))


def entry(doc_id: str, text: str) -> DocEntry:
    return DocEntry(doc_id=doc_id, doc_version=digest(text)[:16], title=text.split(" ", 1)[0], source=doc_id,
                    content_hash=digest(text), chunks=1, sentences=1)


def planner(*entries: DocEntry, prune: bool = False) -> Planner:
    return Planner({e.doc_id: e for e in entries}, prune, IngestReport())


def ids(items: list[Prepared]) -> list[str]:
    return [item.doc_id for item in items]


def test_unchanged_added_and_updated_are_told_apart_by_content_hash():
    plan = planner(entry("arsiv/kerkuk.txt", KERKUK), entry("arsiv/baku.txt", BAKU))
    to_write = plan.decide([article("arsiv/kerkuk.txt", KERKUK), article("arsiv/baku.txt", BAKU + " Toplantı iki gün sürdü."),
                            article("arsiv/erbil.txt", ERBIL)])
    assert ids(to_write) == ["arsiv/baku.txt", "arsiv/erbil.txt"]  # the unchanged article is not embedded again
    report = plan.report
    assert (report.unchanged, report.updated, report.added) == (["arsiv/kerkuk.txt"], ["arsiv/baku.txt"],
                                                                 ["arsiv/erbil.txt"])
    assert report.duplicates == [] and report.removed == []
    assert plan.finish() == ([], [])
    assert plan.committed([]) == {
        "arsiv/kerkuk.txt": digest(KERKUK)[:16],  # its old version stays
        "arsiv/baku.txt": digest(BAKU + " Toplantı iki gün sürdü.")[:16],
        "arsiv/erbil.txt": digest(ERBIL)[:16],
    }


def test_version_is_the_start_of_the_content_hash():
    item = article("arsiv/erbil.txt", ERBIL)
    assert item.doc_id == "arsiv/erbil.txt" and item.version == digest(ERBIL)[:16] and len(item.version) == 16


def test_identical_text_under_another_name_is_written_once():
    plan = planner(entry("arsiv/kerkuk.txt", KERKUK))
    to_write = plan.decide([article("arsiv/kerkuk.txt", KERKUK), article("arsiv/kerkuk-kopya.txt", KERKUK),
                            article("yukleme/erbil.txt", ERBIL), article("yukleme/erbil (1).txt", ERBIL)])
    assert ids(to_write) == ["yukleme/erbil.txt"]
    assert plan.report.duplicates == [{"doc_id": "arsiv/kerkuk-kopya.txt", "same_as": "arsiv/kerkuk.txt"},
                                      {"doc_id": "yukleme/erbil (1).txt", "same_as": "yukleme/erbil.txt"}]
    assert plan.report.added == ["yukleme/erbil.txt"] and plan.report.unchanged == ["arsiv/kerkuk.txt"]
    assert plan.finish() == ([], [])
    assert "arsiv/kerkuk-kopya.txt" not in plan.committed([])


def test_a_copy_met_before_its_original_waits_and_is_a_duplicate_if_the_original_is_unchanged():
    plan = planner(entry("arsiv/kerkuk.txt", KERKUK))
    assert plan.decide([article("arsiv/a-kopya.txt", KERKUK)]) == []  # not decided yet
    assert plan.report.duplicates == [] and plan.report.added == []
    assert plan.decide([article("arsiv/kerkuk.txt", KERKUK)]) == []
    assert plan.report.unchanged == ["arsiv/kerkuk.txt"]
    assert plan.report.duplicates == [{"doc_id": "arsiv/a-kopya.txt", "same_as": "arsiv/kerkuk.txt"}]
    assert plan.finish() == ([], [])


def test_a_waiting_copy_takes_the_text_over_when_its_original_changes():
    """The article is never lost as a "duplicate" of text that is leaving the index."""
    plan = planner(entry("arsiv/kerkuk.txt", KERKUK))
    assert plan.decide([article("arsiv/a-kopya.txt", KERKUK)]) == []
    to_write = plan.decide([article("arsiv/kerkuk.txt", KERKUK_2)])
    assert sorted(ids(to_write)) == ["arsiv/a-kopya.txt", "arsiv/kerkuk.txt"]
    assert plan.report.added == ["arsiv/a-kopya.txt"] and plan.report.updated == ["arsiv/kerkuk.txt"]
    assert plan.report.duplicates == []
    assert plan.finish() == ([], [])
    assert plan.committed([]) == {"arsiv/kerkuk.txt": digest(KERKUK_2)[:16], "arsiv/a-kopya.txt": digest(KERKUK)[:16]}


def test_of_several_waiting_copies_the_first_takes_over_and_the_rest_are_its_duplicates():
    plan = planner(entry("arsiv/kerkuk.txt", KERKUK))
    assert plan.decide([article("arsiv/kopya-1.txt", KERKUK), article("arsiv/kopya-2.txt", KERKUK)]) == []
    to_write = plan.decide([article("arsiv/kerkuk.txt", KERKUK_2)])
    assert sorted(ids(to_write)) == ["arsiv/kerkuk.txt", "arsiv/kopya-1.txt"]
    assert plan.report.added == ["arsiv/kopya-1.txt"]
    assert plan.report.duplicates == [{"doc_id": "arsiv/kopya-2.txt", "same_as": "arsiv/kopya-1.txt"}]


def test_a_waiting_copy_of_a_pruned_original_is_written_in_its_place():
    plan = planner(entry("arsiv/kerkuk.txt", KERKUK), prune=True)
    assert plan.decide([article("yeni/kerkuk.txt", KERKUK)]) == []  # the file was moved
    to_write, gone = plan.finish()
    assert ids(to_write) == ["yeni/kerkuk.txt"] and gone == ["arsiv/kerkuk.txt"]
    assert plan.report.added == ["yeni/kerkuk.txt"] and plan.report.duplicates == []
    assert plan.committed(gone) == {"yeni/kerkuk.txt": digest(KERKUK)[:16]}


def test_without_prune_an_unread_original_stays_and_its_copy_is_a_duplicate():
    plan = planner(entry("arsiv/kerkuk.txt", KERKUK), prune=False)
    assert plan.decide([article("yeni/kerkuk.txt", KERKUK)]) == []
    assert plan.finish() == ([], [])
    assert plan.report.duplicates == [{"doc_id": "yeni/kerkuk.txt", "same_as": "arsiv/kerkuk.txt"}]
    assert plan.report.added == []


def test_prune_removes_exactly_the_documents_not_read_in_this_run():
    registry = (entry("arsiv/kerkuk.txt", KERKUK), entry("arsiv/baku.txt", BAKU), entry("arsiv/erbil.txt", ERBIL))
    pruning = planner(*registry, prune=True)
    pruning.decide([article("arsiv/kerkuk.txt", KERKUK)])
    pruning.decide([article("arsiv/erbil.txt", ERBIL + " Fuar bir hafta sürdü.")])
    to_write, gone = pruning.finish()
    assert to_write == [] and gone == ["arsiv/baku.txt"]
    assert set(pruning.committed(gone)) == {"arsiv/kerkuk.txt", "arsiv/erbil.txt"}
    keeping = planner(*registry, prune=False)
    keeping.decide([article("arsiv/kerkuk.txt", KERKUK)])
    assert keeping.finish() == ([], [])


def test_a_registered_document_that_becomes_a_copy_is_removed_even_without_prune():
    plan = planner(entry("arsiv/kerkuk.txt", KERKUK), entry("arsiv/baku.txt", BAKU))
    assert plan.decide([article("arsiv/kerkuk.txt", KERKUK), article("arsiv/baku.txt", KERKUK)]) == []
    assert plan.report.duplicates == [{"doc_id": "arsiv/baku.txt", "same_as": "arsiv/kerkuk.txt"}]
    to_write, gone = plan.finish()
    assert to_write == [] and gone == ["arsiv/baku.txt"]  # its old text must not linger
    assert plan.committed(gone) == {"arsiv/kerkuk.txt": digest(KERKUK)[:16]}


def test_text_a_document_gives_up_is_free_for_another_in_the_same_run():
    """baku.txt is edited into a copy of kerkuk.txt (read later); its old text then turns up
    in a new file, which is an addition, not a duplicate of a document that is leaving."""
    plan = planner(entry("arsiv/kerkuk.txt", KERKUK), entry("arsiv/baku.txt", BAKU))
    assert plan.decide([article("arsiv/baku.txt", KERKUK)]) == []  # waits for kerkuk.txt
    assert plan.decide([article("arsiv/kerkuk.txt", KERKUK)]) == []
    assert ids(plan.decide([article("arsiv/baku-yeni.txt", BAKU)])) == ["arsiv/baku-yeni.txt"]
    assert plan.report.added == ["arsiv/baku-yeni.txt"]
    assert plan.report.duplicates == [{"doc_id": "arsiv/baku.txt", "same_as": "arsiv/kerkuk.txt"}]
    assert plan.finish() == ([], ["arsiv/baku.txt"])


def test_two_documents_that_swap_texts_are_both_updates():
    plan = planner(entry("arsiv/a.txt", KERKUK), entry("arsiv/b.txt", MUSUL))
    first = plan.decide([article("arsiv/a.txt", MUSUL)])  # b.txt still holds this text: wait
    assert first == []
    second = plan.decide([article("arsiv/b.txt", KERKUK)])
    assert sorted(ids(second)) == ["arsiv/a.txt", "arsiv/b.txt"]
    assert sorted(plan.report.updated) == ["arsiv/a.txt", "arsiv/b.txt"]
    assert plan.report.duplicates == [] and plan.finish() == ([], [])
    assert plan.committed([]) == {"arsiv/a.txt": digest(MUSUL)[:16], "arsiv/b.txt": digest(KERKUK)[:16]}
