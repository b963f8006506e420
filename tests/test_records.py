"""The record contract between ingest and readers: typed metadata, ids, one date encoding."""

from __future__ import annotations

import dataclasses
from datetime import date

import pytest
from langchain_core.documents import Document

from rag.index.records import (
    ChunkMeta,
    DocEntry,
    DocFields,
    SentenceMeta,
    chunk_id,
    date_int,
    parse_id,
    sentence_id,
    titled,
)

DOC = DocFields(doc_id="site/haber.jsonl#https://s.example/a::b", doc_version="abc123", title="Kerkük Festivali",
                source="site/haber.jsonl", date="2024-03-15", url="https://s.example/a",
                categories=("Kültür", "Kerkük"))


def test_chunk_metadata_round_trips_through_chroma_with_its_date_integer():
    meta = ChunkMeta(**dataclasses.asdict(DOC), chunk_index=2, page=None, sentence_start=4, sentence_end=9)
    stored = meta.to_chroma()
    assert stored["date_int"] == 20240315  # what chromadb range filters compare
    assert stored["categories"] == ["Kültür", "Kerkük"]  # chromadb lists, not tuples
    assert "page" not in stored and "author" not in stored  # chromadb takes no None
    assert ChunkMeta.from_chroma(stored) == meta
    assert ChunkMeta.of(Document("metin", metadata={**stored, "score": 0.4})) == meta  # retrieval extras ignored


def test_undated_records_stay_undated():
    meta = SentenceMeta(doc_id="a.txt", doc_version="v", sentence_index=0)
    assert meta.date is None and meta.date_int is None
    assert "date_int" not in meta.to_chroma() and "date" not in meta.to_chroma()


def test_registry_entry_round_trips():
    entry = DocEntry(**dataclasses.asdict(DOC), content_hash="f" * 64, format="jsonl", chunks=3, sentences=11,
                     indexed_at=1.5)
    assert DocEntry.from_chroma(entry.to_chroma()) == entry
    assert entry.doc_fields() == DOC


def test_ids_are_built_and_parsed_back_even_when_the_document_id_holds_the_separator():
    cid, sid = chunk_id(DOC.doc_id, "abc123", 7), sentence_id(DOC.doc_id, "abc123", 12)
    assert parse_id(cid) == (DOC.doc_id, "abc123", "c", 7)
    assert parse_id(sid) == (DOC.doc_id, "abc123", "s", 12)
    meta = ChunkMeta(**dataclasses.asdict(DOC), sentence_start=3, sentence_end=5)
    assert meta.sentence_ids() == [sentence_id(DOC.doc_id, "abc123", 3), sentence_id(DOC.doc_id, "abc123", 4)]


@pytest.mark.parametrize(("value", "expected"), [
    ("2024-03-15", 20240315), (date(2019, 1, 2), 20190102), ("2021-12-31T23:00:00", 20211231),
    (None, None), ("", None),
])
def test_one_date_encoding(value, expected):
    assert date_int(value) == expected


def test_title_travels_with_the_text():
    assert titled("Başlık", "Metin.") == "Başlık\nMetin."
    assert titled("", "Metin.") == "Metin."
