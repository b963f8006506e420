"""The app as journalists' tools see it: gradio_client against a real running server."""

from __future__ import annotations

import pytest
from gradio_client import Client, handle_file
from gradio_client.exceptions import AppError

from rag.citations import REFUSAL
from tests.conftest import ADMIN_PASSWORD

SEED_DOC = "corpus/irak-turkleri-azerbaycan-iliskileri.txt"


@pytest.fixture(scope="module")
def client(app_server) -> Client:
    return Client(app_server["url"], verbose=False)


def test_first_start_builds_the_index_from_the_corpus(app_server):
    log = (app_server["home"] / "app.log").read_text(encoding="utf-8")
    assert "index is empty; building it from" in log
    assert "eklenen: 2" in log  # the bundled article and the festival article


def test_ask_answers_from_the_seed_article_with_a_citation(client):
    answer = client.predict("Bakü'deki konferansı kimler düzenledi?", api_name="/ask")
    assert not answer["refused"]
    assert "Kerkük Kültür Derneği" in answer["text"]
    assert "[1]" in answer["text"]
    first = answer["sources"][0]
    assert first["n"] == 1 and first["doc_id"] == SEED_DOC
    assert "Kerkük Kültür Derneği" in first["quote"]
    assert first["quote"] in first["passage"]


def test_ask_filters_by_date(client):
    """The seed article has no date, so a date range excludes it and the archive is silent."""
    answer = client.predict("Bakü'deki konferansı kimler düzenledi?", "2020-01-01", "2020-12-31", "",
                            api_name="/ask")
    assert answer["refused"] and answer["text"] == REFUSAL


def test_out_of_archive_question_is_refused(client):
    answer = client.predict("Mars'ta kaç uydu var?", api_name="/ask")
    assert answer["refused"]
    assert answer["text"] == REFUSAL
    assert answer["sources"] == []


@pytest.mark.parametrize(("question", "message"), [
    ("   ", "Lütfen bir soru yazın."),
    ("Kerkük " * 2000, "Soru çok uzun"),
])
def test_bad_questions_get_a_clear_message(client, question, message):
    with pytest.raises(AppError, match=message):
        client.predict(question, api_name="/ask")


def test_bad_date_gets_a_clear_message(client):
    with pytest.raises(AppError, match="tarihi anlaşılamadı"):
        client.predict("Konferans nerede yapıldı?", "dün", "", "", api_name="/ask")


def test_upload_without_the_password_is_refused(client, app_server, tmp_path):
    article = tmp_path / "izinsiz.txt"
    article.write_text("İzinsiz yükleme\n\nBu belge dizine girmemeli çünkü parola yanlış.", encoding="utf-8")
    for password in ("", "yanlış-parola"):
        with pytest.raises(AppError, match="Parola yanlış"):
            client.predict(password, [handle_file(str(article))], api_name="/upload")
    assert not (app_server["data"] / "uploads" / "izinsiz.txt").exists()
    answer = client.predict("İzinsiz yükleme belgesi neden dizine girmemeli?", api_name="/ask")
    assert all(s["doc_id"] != "uploads/izinsiz.txt" for s in answer["sources"])


def test_upload_with_the_password_indexes_the_new_article(client, app_server, tmp_path):
    article = tmp_path / "Telafer Kütüphanesi.txt"
    article.write_text(
        "Telafer'de yeni kütüphane açıldı\n\n"
        "Telafer'de açılan Türkmen Kütüphanesi'nde 12 bin kitap okuyucularla buluştu. "
        "Kütüphanenin açılışına Telafer Belediye Başkanı Kasım Bayatlı katıldı.",
        encoding="utf-8",
    )
    binary = tmp_path / "program.exe"
    binary.write_bytes(b"MZ\x00\x01")
    _, report, _, _ = client.predict(ADMIN_PASSWORD, [handle_file(str(article)), handle_file(str(binary))],
                                     api_name="/upload")
    assert report["added"] == ["uploads/Telafer Kütüphanesi.txt"]
    assert report["rejected"] == [{"file": "program.exe", "reason": report["rejected"][0]["reason"]}]
    assert "desteklenmeyen dosya türü" in report["rejected"][0]["reason"]
    assert (app_server["data"] / "uploads" / "Telafer Kütüphanesi.txt").is_file()

    answer = client.predict("Telafer'deki Türkmen Kütüphanesi'nde kaç kitap var?", api_name="/ask")
    assert not answer["refused"]
    assert "12 bin" in answer["text"]
    assert answer["sources"][0]["doc_id"] == "uploads/Telafer Kütüphanesi.txt"

    _, again, _, _ = client.predict(ADMIN_PASSWORD, [handle_file(str(article))], api_name="/upload")
    assert again["unchanged"] == ["uploads/Telafer Kütüphanesi.txt"] and not again["added"]


def test_without_a_password_there_is_no_maintainers_tab(corpus_index, embedder, monkeypatch):
    import app

    monkeypatch.setattr(app, "load_embedder", lambda settings: embedder)
    settings = corpus_index.model_copy(update={"admin_password": ""})
    demo = app.build_ui(app.ArchiveService(settings))
    api_names = {fn.api_name for fn in demo.fns.values()}
    labels = {getattr(block, "label", None) for block in demo.blocks.values()}
    assert "ask" in api_names
    assert not api_names & {"upload", "reindex"}
    assert "Bakım" not in labels


def test_brief_api_lists_cited_lines(client):
    brief = client.predict("Irak Türkmenleri ve Azerbaycan ilişkileri", api_name="/brief")
    assert brief["lines"] and brief["sources"][0]["doc_id"] == SEED_DOC
    assert brief["lines"][0]["date"] is None  # the bundled article has no date and is not given one
    assert brief["lines"][0]["text"].endswith("[1].")
