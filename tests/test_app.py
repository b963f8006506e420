"""The app as journalists' tools see it (gradio_client against a real running server), and
its chat handlers called directly, without a server."""

from __future__ import annotations

import html
import json
import os
import subprocess
import sys
from itertools import pairwise
from types import SimpleNamespace

import gradio as gr
import pytest
from gradio_client import Client, handle_file
from gradio_client.exceptions import AppError

from ingest.loaders import SUPPORTED
from rag.answer.citations import REFUSAL, Answer, Source
from rag.qa import AskError, sentence_pieces
from tests.conftest import ADMIN_PASSWORD, ROOT, free_port, serve
from tests.sites import ARTICLES, site_folder, static_server, write_robots, write_sitemap
from ui.answers import AnswerStore
from ui.chat import EMPTY_QUESTION, MODE_ANSWER, ChatHandlers
from ui.filters import ALL_CATEGORIES
from ui.render import FILTERS_CHANGED, VIEW_CARDS
from ui.service import ArchiveService, file_key

SEED_DOC = "corpus/irak-turkleri-azerbaycan-iliskileri.txt"


@pytest.fixture(scope="module")
def client(app_server) -> Client:
    return Client(app_server["url"], verbose=False)


def test_first_start_builds_the_index_from_the_corpus(app_server):
    log = (app_server["home"] / "app.log").read_text(encoding="utf-8")
    assert "index is empty; building it from" in log
    assert "eklenen: 2" in log  # the bundled article and the festival article


def test_a_stored_page_opens_without_running_its_scripts(client, app_server, tmp_path):
    """A source card links an uploaded or crawled page to its stored file on the app's own
    address (a stranger's find): it is shown sandboxed, so a script in it runs nowhere; a stored
    text file is shown as a page a phone can read (it came as raw text in the smallest print,
    the sixteenth stranger's find), its text escaped."""
    import urllib.request

    page = tmp_path / "sayfa.html"
    page.write_text("<html><head><title>Erbil'de bal festivali</title></head><body><script>alert(1)</script>"
                    "<h1>Erbil'de bal festivali</h1><p>Erbil'de düzenlenen bal festivalinde 40 arıcı ürünlerini "
                    "sergiledi; festivali iki günde 9 bin kişi gezdi.</p></body></html>", encoding="utf-8")
    _, report, _, _ = client.predict(ADMIN_PASSWORD, [handle_file(str(page))], api_name="/upload")
    assert report["added"] == ["uploads/sayfa.html"]
    stored = (app_server["data"] / "uploads" / "sayfa.html").resolve()
    with urllib.request.urlopen(f"{app_server['url']}gradio_api/file={stored}") as response:
        assert response.headers["Content-Security-Policy"] == "sandbox"
        served = response.read()
    # a saved page naming no width takes a phone's (the 50th and 52nd strangers read one at a desktop's)
    assert b"<p>Erbil'de" in served and b'<head><meta name="viewport" content="width=device-width' in served
    text = (app_server["home"] / "corpus" / "kale-festivali.txt").resolve()
    with urllib.request.urlopen(f"{app_server['url']}gradio_api/file={text}") as response:
        assert response.headers["Content-Security-Policy"] == "sandbox"
        assert response.headers["Content-Type"].startswith("text/html")
        page = response.read().decode("utf-8")
    assert 'name="viewport"' in page and "<p>" in page
    first_line = text.read_text(encoding="utf-8").strip().splitlines()[0]
    assert f"<title>{html.escape(first_line)}</title>" in page


def test_only_the_archives_documents_are_served_from_its_folders(app_server):
    """Gradio serves the corpus and uploads folders whole: a draft saved beside the articles
    after the app started, or a file the ingest rejected, was downloadable by name (a stranger's
    find). Only files an indexed document is read from are handed out."""
    import urllib.error
    import urllib.request

    corpus = app_server["home"] / "corpus"
    draft = corpus / "taslak.txt"
    draft.write_text("Yayımlanmamış taslak: gizli kalmalı.", encoding="utf-8")
    for hidden in (draft, corpus / "olmayan.txt"):
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(f"{app_server['url']}gradio_api/file={hidden.resolve()}")
        assert refused.value.code == 404
    with urllib.request.urlopen(f"{app_server['url']}gradio_api/file={(corpus / 'kale-festivali.txt').resolve()}"):
        pass


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
    """The seed article has no date, so a date range excludes it: the answer says the chosen
    dates hold no article, rather than that the archive lacks the conference."""
    answer = client.predict("Bakü'deki konferansı kimler düzenledi?", "2020-01-01", "2020-12-31", "",
                            api_name="/ask")
    assert answer["refused"] and answer["sources"] == []
    assert answer["text"] == ("Seçtiğiniz filtrelerle (1 Ocak 2020 – 31 Aralık 2020) eşleşen bir haber arşivde yok; "
                              "filtreleri genişletin ya da kaldırın.")


def test_ask_reads_a_follow_up_with_the_answers_it_gave_before(client):
    """A stranger scripting /ask could not send a follow-up: "peki ne zaman yapıldı?" alone is a question of its
    own. With the earlier answers sent back as /ask gave them, it is read as the chat reads it."""
    first = client.predict("Bakü'deki konferansı kimler düzenledi?", api_name="/ask")
    alone = client.predict("peki ne zaman yapıldı?", api_name="/ask")
    after = client.predict("peki ne zaman yapıldı?", "", "", "", [first], api_name="/ask")
    assert alone["follows"] is None
    assert after["follows"] == "Bakü'deki konferansı kimler düzenledi?"
    assert not after["refused"] and after["sources"][0]["doc_id"] == SEED_DOC, after["text"]


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
    unsupported = f"desteklenmeyen dosya türü '.exe' (izin verilenler: {' '.join(sorted(SUPPORTED))})"
    assert report["rejected"] == [{"file": "program.exe", "reason": unsupported}]
    assert "desteklenmeyen dosya türü" in report["rejected"][0]["reason"]
    assert (app_server["data"] / "uploads" / "Telafer Kütüphanesi.txt").is_file()

    answer = client.predict("Telafer'deki Türkmen Kütüphanesi'nde kaç kitap var?", api_name="/ask")
    assert not answer["refused"]
    assert "12 bin" in answer["text"]
    assert answer["sources"][0]["doc_id"] == "uploads/Telafer Kütüphanesi.txt"

    _, again, _, _ = client.predict(ADMIN_PASSWORD, [handle_file(str(article))], api_name="/upload")
    assert again["unchanged"] == ["uploads/Telafer Kütüphanesi.txt"] and not again["added"]


def test_the_running_app_follows_an_ingest_and_a_removal_from_the_command_line(client, app_server, tmp_path):
    """A nightly `python -m ingest` (another process) writes the index under the running app:
    the app answers from the new article at once, and forgets a removed one without an error."""
    article = tmp_path / "Kerkük Kalesi.txt"
    article.write_text("Kerkük Kalesi'nde kazı başladı\n\nKerkük Kalesi'ndeki kazıda arkeologlar yedi yüz "
                       "yıllık bir çeşme buldu. Kazıyı Kerkük Müzesi yönetiyor.", encoding="utf-8")
    env = {**os.environ, "ARSIV_DATA_DIR": str(app_server["data"])}
    question = "Kerkük Kalesi'ndeki kazıda ne bulundu?"
    assert client.predict(question, api_name="/ask")["refused"]
    subprocess.run([sys.executable, "-m", "ingest", str(article), "--quiet"], env=env, check=True, cwd=ROOT)
    answer = client.predict(question, api_name="/ask")
    assert not answer["refused"] and "çeşme" in answer["text"]
    doc_id = answer["sources"][0]["doc_id"]
    subprocess.run([sys.executable, "-m", "ingest", "--remove", doc_id, "--quiet"], env=env, check=True, cwd=ROOT)
    after = client.predict(question, api_name="/ask")
    assert after["refused"] and all(s["doc_id"] != doc_id for s in after["sources"])
    assert not client.predict("Bakü'deki konferansı kimler düzenledi?", api_name="/ask")["refused"]
    log = (app_server["home"] / "app.log").read_text(encoding="utf-8")
    assert "reopening it" in log and "Traceback" not in log


def test_sync_a_site_from_the_maintainers_tab(client, tmp_path):
    """'Siteyi eşitle' reads a live site's sitemap; its articles answer, linked to the live page."""
    root = site_folder(tmp_path / "site", ARTICLES)
    with static_server(root) as base:
        write_sitemap(root, base, ARTICLES)
        write_robots(root, sitemap=base + "/sitemap.xml")
        with pytest.raises(AppError, match="Parola yanlış"):
            client.predict("yanlış", base, False, api_name="/sync")
        text, report, _, _ = client.predict(ADMIN_PASSWORD, f"{base}/\n", False, api_name="/sync")
        assert set(report["added"]) == {base + a.path for a in ARTICLES}
        assert report["sites"][0]["method"] == "sitemap" and "site haritası" in text
        _, again, _, _ = client.predict(ADMIN_PASSWORD, base, False, api_name="/sync")
        assert again["added"] == [] and len(again["unchanged"]) == len(ARTICLES)
    answer = client.predict("Telafer'deki su hattı kaç haneye su taşıyacak?", api_name="/ask")
    assert not answer["refused"] and "yirmi bin" in answer["text"]
    # the live page's address (another test may have synced the same article from another port)
    assert answer["sources"][0]["url"].endswith(ARTICLES[1].path) and answer["sources"][0]["url"].startswith("http://")


def test_without_a_password_there_is_no_maintainers_tab(corpus_index, embedder):
    import app

    settings = corpus_index.model_copy(update={"admin_password": ""})
    demo = app.build_ui(app.ArchiveService(settings, embedder=embedder))
    api_names = {fn.api_name for fn in demo.fns.values()}
    labels = {getattr(block, "label", None) for block in demo.blocks.values()}
    assert "ask" in api_names
    assert not api_names & {"upload", "reindex"}
    assert "Bakım" not in labels


def test_an_archive_of_ones_own_is_not_offered_the_bundled_articles_examples(corpus_index, embedder, tmp_path):
    """A stranger kept the sample article out (``ARSIV_CORPUS_DIR``), and the first thing a
    reader tapped, an example about it, got "bulamadım"."""
    import app

    def examples(settings) -> list:
        demo = app.build_ui(app.ArchiveService(settings, embedder=embedder))
        return [block for block in demo.blocks.values() if getattr(block, "label", None) == "Örnek sorular"]

    assert examples(corpus_index)  # the bundled archive: its own examples
    assert not examples(corpus_index.model_copy(update={"corpus_dir": tmp_path}))
    own = corpus_index.model_copy(update={"corpus_dir": tmp_path, "example_questions": ["Kerkük'te en son ne oldu?"]})
    assert examples(own)
    # the fifteenth stranger built an archive of their own files first, so the app never read
    # the corpus folder: its examples were still shown, and answered "bulamadım"
    from ingest.pipeline import ingest
    from rag.settings import Settings

    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "haber.txt").write_text("Kerkük'te fuar açıldı\n\n3 Mart 2024\n\nFuara 40 firma katıldı.",
                                                 encoding="utf-8")
    others = Settings(data_dir=tmp_path / "data", _env_file=None)
    ingest([tmp_path / "mine"], others, embedder=embedder)
    assert not examples(others)


def test_a_category_list_with_nothing_to_choose_says_why(corpus_index, embedder, tmp_path):
    """Strangers opened the category filter of an archive whose files carry no category and
    found only "Tümü": the list says the archive's articles have none, and offers those it has."""
    import app
    from ingest.pipeline import ingest
    from rag.settings import Settings
    from ui.filters import NO_CATEGORIES

    def category(settings) -> gr.Dropdown:
        demo = app.build_ui(app.ArchiveService(settings, embedder=embedder))
        return next(block for block in demo.blocks.values() if getattr(block, "label", None) == "Kategori")

    assert category(corpus_index).info == NO_CATEGORIES
    (tmp_path / "site").mkdir()
    (tmp_path / "site" / "spor.jsonl").write_text(json.dumps(
        {"title": "Kerkük'te güreş turnuvası", "category": "Güreş", "date": "2024-03-03",
         "text": "Kerkük'te Türkmen güreşçiler turnuvada yarıştı."}, ensure_ascii=False) + "\n", encoding="utf-8")
    others = Settings(data_dir=tmp_path / "data", _env_file=None)
    ingest([tmp_path / "site"], others, embedder=embedder)
    offered = category(others)
    assert offered.info is None and ["Güreş", "Güreş"] in [list(choice) for choice in offered.choices]


def test_api_takes_turkish_dates(client):
    """The API reads the chat's date forms too ("Mart 2024" as an end is 31 March); ISO still works."""
    for start, end, read in (("2020", "Mart 2020", "1 Ocak 2020 – 31 Mart 2020"),
                             ("01.01.2020", "31 Aralık 2020", "1 Ocak 2020 – 31 Aralık 2020"),
                             ("2020-01-01", "2020-12-31", "1 Ocak 2020 – 31 Aralık 2020")):
        answer = client.predict("Bakü'deki konferansı kimler düzenledi?", start, end, "", api_name="/ask")
        assert answer["refused"]  # the seed article is undated: filtered out, and the dates as read are named
        assert answer["text"].startswith(f"Seçtiğiniz filtrelerle ({read}) eşleşen bir haber arşivde yok")


def test_user_errors_are_one_log_line_never_a_traceback(client, app_server):
    """An empty question, a date that cannot be read or a wrong password is the user's mistake,
    not a crash: the client gets the Turkish message, the server log one line, and no traceback."""
    for args, api, message in [
        (("   ",), "/ask", "Lütfen bir soru yazın."),
        (("Konferans nerede yapıldı?", "geçen salı"), "/ask", "Başlangıç tarihi anlaşılamadı: 'geçen salı'"),
        (("   ",), "/brief", "Lütfen bir soru yazın."),
        (("Bakü konferansı", "", "ayın beşi"), "/brief", "Bitiş tarihi anlaşılamadı: 'ayın beşi'"),
    ]:
        with pytest.raises(AppError, match=message):
            client.predict(*args, api_name=api)
    with pytest.raises(AppError, match="Parola yanlış"):
        client.predict("yanlış-parola-2", api_name="/reindex")
    log = (app_server["home"] / "app.log").read_text(encoding="utf-8")
    assert "INFO arsiv.app: maintainers refused: Parola yanlış" in log
    assert log.count("INFO arsiv.app: /ask refused: Başlangıç tarihi anlaşılamadı: 'geçen salı'") == 1
    assert log.count("INFO arsiv.app: /brief refused: Bitiş tarihi anlaşılamadı: 'ayın beşi'") == 1
    assert "/brief refused: Lütfen bir soru yazın." in log
    raised = [line for line in log.splitlines() if line.startswith("gradio.exceptions.Error")]
    assert not [line for line in raised
                if "anlaşılamadı" in line or "Lütfen bir soru yazın" in line or "Parola yanlış" in line]


def test_brief_api_lists_cited_lines(client):
    brief = client.predict("Irak Türkmenleri ve Azerbaycan ilişkileri", api_name="/brief")
    assert brief["lines"] and brief["sources"][0]["doc_id"] == SEED_DOC
    assert brief["lines"][0]["date"] is None  # the bundled article has no date and is not given one
    assert brief["lines"][0]["text"].endswith("[1].")


# --- the chat handlers, called directly: no server, no browser ------------------------
def as_gradio_sends(messages: list[dict]) -> list[dict]:
    """Chat messages as ChatInterface hands them back to a handler: content as typed blocks."""
    return [{**m, "content": [{"type": "text", "text": m["content"]}]} for m in messages]


def turn(handlers, question: str, history: list[dict], date_from: str = "", category: str = ALL_CATEGORIES
         ) -> list[dict]:
    """One chat turn: the history after it, as the browser would hold it."""
    *_, final = handlers.chat(question, history, date_from, "", category, MODE_ANSWER, VIEW_CARDS)
    return [*history, *as_gradio_sends([{"role": "user", "content": question}, final])]


def vote(handlers, history: list[dict], index: int, liked: bool = True) -> None:
    handlers.feedback(history, gr.LikeData(None, {"index": index, "value": history[index]["content"], "liked": liked}))


def votes(settings) -> list[dict]:
    return [json.loads(line) for f in sorted(settings.feedback_dir.glob("*.jsonl"))
            for line in f.read_text(encoding="utf-8").splitlines()]


UNASKABLE = "???"  # what the scripted QA answers with an AskError, as ArchiveQA does


class ScriptedQA:
    """ArchiveQA's ``stream`` as the chat sees it: text, then the answer; it keeps the
    histories it was given and numbers its answers, so a retried answer differs."""

    def __init__(self) -> None:
        self.histories: list[list[dict]] = []

    def stream(self, question, history, filters):
        if question == UNASKABLE:
            raise AskError("Soruda harf ya da rakam yok; lütfen sorunuzu kelimelerle yazın.")
        self.histories.append(list(history))
        text = f"Yanıt {len(self.histories)}: {question} [1]."
        yield text
        passage = f"Bütün pasaj {len(self.histories)}. Alıntı."
        yield Answer(question=question, text=text, backend="scripted", short="Ankara", sources=[Source(
            n=1, doc_id="corpus/a.txt", chunk_id="c", title="A", date=None, url=None, source="corpus/a.txt",
            page=None, quote="Alıntı.", passage=passage, score=1.0)])


@pytest.fixture
def scripted(settings):
    service = SimpleNamespace(qa=ScriptedQA(), settings=settings, file_url=lambda source: None)
    return ChatHandlers(service, AnswerStore(capacity=10))


def test_follow_up_history_is_the_questions_and_kept_answers_not_the_html(scripted):
    history = turn(scripted, "Konferans nerede yapıldı?", [])
    assert history[-1]["metadata"]["id"] and "arsiv-source" in history[-1]["content"][0]["text"]
    history = turn(scripted, UNASKABLE, history)  # a message, not an answer: no id, left out of the history
    assert "metadata" not in history[-1] and "Soruda harf ya da rakam yok" in history[-1]["content"][0]["text"]
    turn(scripted, "peki kaç kişi katıldı?", history)
    assert scripted.service.qa.histories[-1] == [
        {"role": "user", "content": "Konferans nerede yapıldı?"},
        {"role": "assistant", "content": "Yanıt 1: Konferans nerede yapıldı? [1].", "cited": ["corpus/a.txt"],
         "quoted": ["Alıntı."], "dated": [None], "short": "Ankara", "follows": None},
        {"role": "user", "content": UNASKABLE}]  # the cited articles, quotes, dates and short answer travel
    # too: a follow-up looks there, "onun …" may point at what the answer named, "bir önceki yıl" at its year


def test_new_filters_start_a_new_conversation(scripted):
    history = turn(scripted, "Parka kaç fidan dikildi?", [])
    history = turn(scripted, "Neler oldu?", history, date_from="Mart 2025")
    history = turn(scripted, "Kaç eser sergileniyor?", history, date_from="Mart 2025", category="Kültür")
    history = turn(scripted, "peki ne zaman?", history, date_from="Mart 2025", category="Kültür")
    asked = [[m["content"] for m in h if m["role"] == "user"] for h in scripted.service.qa.histories]
    assert asked == [[], [], [], ["Kaç eser sergileniyor?"]]  # each change of filters began afresh


def test_a_vote_is_stored_for_the_answer_it_was_given_to(scripted, settings):
    history = turn(scripted, "Birinci soru?", [])
    history = turn(scripted, "İkinci soru?", history)
    vote(scripted, history, 1)
    retried = turn(scripted, "İkinci soru?", history[:2])  # ChatInterface's retry: the last answer replaced
    vote(scripted, retried, 3, liked=False)
    vote(scripted, retried[:2], 1)  # after an undo
    assert [(v["liked"], v["answer"]) for v in votes(settings)] == [
        (True, "Yanıt 1: Birinci soru? [1]."), (False, "Yanıt 3: İkinci soru? [1]."),
        (True, "Yanıt 1: Birinci soru? [1].")]
    entry = votes(settings)[0]
    assert entry["question"] == "Birinci soru?" and entry["backend"] == "scripted" and not entry["refused"]
    assert entry["sources"] == [{"n": 1, "doc_id": "corpus/a.txt", "title": "A", "date": None, "url": None,
                                 "quote": "Alıntı."}]


def test_a_vote_on_no_kept_answer_is_ignored(scripted, settings):
    history = turn(scripted, UNASKABLE, [])  # an error message carries no answer id
    vote(scripted, history, 1)
    vote(scripted, history, 0)  # the user's own message
    history = turn(scripted, "Birinci soru?", history)
    for _ in range(10):  # the store (capacity 10) forgets the answer
        turn(scripted, "Başka soru?", [])
    vote(scripted, history, 3)
    assert votes(settings) == []


def test_chat_handlers_answer_follow_up_and_vote_without_a_server(corpus_index, embedder):
    handlers = ChatHandlers(ArchiveService(corpus_index, embedder=embedder), AnswerStore(corpus_index.answers_kept))
    streamed = list(handlers.chat("Bakü'deki konferansı kimler düzenledi?", [], "", "", ALL_CATEGORIES, MODE_ANSWER,
                                  VIEW_CARDS))
    assert len(streamed) >= 2 and "arsiv-done" not in streamed[0]["content"]
    history = turn(handlers, "Bakü'deki konferansı kimler düzenledi?", [])
    assert "Kerkük Kültür Derneği" in history[-1]["content"][0]["text"]
    history = turn(handlers, "peki kaç kişilik heyet katıldı?", history)
    follow_up = history[-1]["content"][0]["text"]
    assert "Önceki sorunuzun konusuyla okudum" in follow_up and "40 kişilik" in follow_up
    kept = handlers.answers.get(history[-1]["metadata"]["id"])
    assert kept.sources and "passage" not in kept.to_dict()["sources"][0]
    vote(handlers, history, 3)
    entry = [v for v in votes(corpus_index) if v["question"] == "peki kaç kişilik heyet katıldı?"][-1]
    assert entry["liked"] is True and "40 kişilik" in entry["answer"]
    assert entry["sources"][0]["doc_id"] == SEED_DOC


def test_with_a_date_filter_set_mid_talk_what_happened_is_asked_of_the_filter(corpus_index, embedder):
    handlers = ChatHandlers(ArchiveService(corpus_index, embedder=embedder), AnswerStore(corpus_index.answers_kept))
    history = turn(handlers, "Bakü'deki konferansı kimler düzenledi?", [])
    shown = turn(handlers, "Neler oldu?", history, date_from="2024")[-1]["content"][0]["text"]
    assert "Önceki sorunuzun konusuyla" not in shown and "Seçtiğiniz filtrelerle" in shown, shown
    assert FILTERS_CHANGED in shown  # and it says why the talk before was not read
    assert FILTERS_CHANGED not in history[-1]["content"][0]["text"]  # (the first answer had no talk before)
    # said once: the next answer under the same filters reads the talk since the change, and says nothing of it
    history = turn(handlers, "Neler oldu?", history, date_from="2024")
    later = turn(handlers, "Peki Kerkük'te neler oldu?", history, date_from="2024")[-1]["content"][0]["text"]
    assert FILTERS_CHANGED not in later, later


def test_an_empty_question_is_stopped_before_any_bubble(scripted):
    """ChatInterface's validator: nothing to ask (blank, or markup that shows nothing) never
    reaches the chat, so no empty bubble and no 👍/👎 under a notice."""
    for typed in ("", "   ", "\n\t", "<script>alert(1)</script>", None):
        check = scripted.check_question(typed)
        assert check == {"__type__": "validate", "is_valid": False, "message": EMPTY_QUESTION}
    assert scripted.check_question("Konferans nerede yapıldı?")["is_valid"]


def test_a_question_with_markup_is_asked_as_its_bubble_shows_it(scripted):
    history = turn(scripted, "<script>alert(1)</script>Konferans <b>nerede</b> yapıldı?", [])
    assert "Yanıt 1: Konferans nerede yapıldı?" in history[-1]["content"][0]["text"]
    assert scripted.answers.get(history[-1]["metadata"]["id"]).question == "Konferans nerede yapıldı?"
    turn(scripted, "peki ne zaman?", history)  # the history is read as the bubbles show it too
    assert scripted.service.qa.histories[-1][0] == {"role": "user", "content": "Konferans nerede yapıldı?"}


def test_answer_text_is_cut_after_each_cited_sentence():
    text = ("20 Kasım 2024 tarihli habere göre: Köprüyü 3.5 milyon dolara Dr. Ali üstlendi [1]. "
            "Çatlaklar dolduruldu [1][2]! Köprü, 1,2 km [2, 3]. Son")
    pieces = sentence_pieces(text)
    assert pieces == ["20 Kasım 2024 tarihli habere göre: Köprüyü 3.5 milyon dolara Dr. Ali üstlendi [1]. ",
                      "Çatlaklar dolduruldu [1][2]! ", "Köprü, 1,2 km [2, 3]. ", "Son"]
    assert "".join(pieces) == text
    assert sentence_pieces("Bu konuda arşivde bilgi bulamadım.") == ["Bu konuda arşivde bilgi bulamadım."]
    assert sentence_pieces("") == []


def test_chat_streams_the_answer_sentence_by_sentence_then_its_sources(corpus_index, embedder):
    handlers = ChatHandlers(ArchiveService(corpus_index, embedder=embedder), AnswerStore(corpus_index.answers_kept))
    shown = [m["content"] for m in handlers.chat("Irak Türkleri Azerbaycan ile ilişkilerde neye önem veriyor?", [],
                                                 "", "", ALL_CATEGORIES, MODE_ANSWER, VIEW_CARDS)]
    *partials, final = shown
    assert len(partials) >= 2  # an explanation's two cited sentences, one at a time
    assert all(len(a) < len(b) for a, b in pairwise(partials))
    assert all("arsiv-done" not in p and "arsiv-source" not in p for p in partials)  # sources come last
    assert partials[0].count("[1]") == 1
    assert "arsiv-done" in final and "Kaynaklar (1)</summary>" in final


CLI_ARTICLE = ("Kifri'de Türkmen çini atölyesi açıldı\n\n3 Mart 2024\n\n"
               "Kifri'de açılan Türkmen çini atölyesinde usta Nermin Sarıkaya on iki çırağa çini yapmayı öğretiyor. "
               "Atölye Kifri Belediyesi'nin desteğiyle kuruldu.")


def test_a_file_added_from_the_command_line_opens_from_its_source_card(tmp_path, embedder):
    """A journalist stranger: seven of ten sources, added with ``python -m ingest`` as the README
    says, had no link. The app serves the very file an ingest read (never its folder: a file
    beside it stays closed), and a source card links it."""
    import urllib.error
    import urllib.parse
    import urllib.request

    folder = tmp_path / "haberler"
    folder.mkdir()
    article = folder / "kifri-cini.txt"
    article.write_text(CLI_ARTICLE, encoding="utf-8")
    (folder / "notlar.txt").write_text("Gizli notlar: yayımlanmayacak.", encoding="utf-8")  # beside it, not ingested
    (tmp_path / "empty").mkdir()
    port = free_port()
    env = {**os.environ, "ARSIV_DATA_DIR": str(tmp_path / "data"), "ARSIV_CORPUS_DIR": str(tmp_path / "empty"),
           "ARSIV_HOST": "127.0.0.1", "ARSIV_PORT": str(port), "GRADIO_ANALYTICS_ENABLED": "False"}
    subprocess.run([sys.executable, "-m", "ingest", str(article)], cwd=ROOT, env=env, check=True, capture_output=True)
    url = f"http://127.0.0.1:{port}/"
    with serve([sys.executable, str(ROOT / "app.py")], url, tmp_path / "app.log", 240, cwd=tmp_path, env=env):
        answer = Client(url, verbose=False).predict(
            "Kifri'deki çini atölyesinde çıraklara kim çini yapmayı öğretiyor?", "", "", "", api_name="/ask")
        assert answer["sources"][0]["doc_id"] == "haberler/kifri-cini.txt" and not answer["sources"][0]["url"]
        with urllib.request.urlopen(f"{url}gradio_api/file={article.resolve()}") as response:
            assert "Nermin Sarıkaya" in response.read().decode("utf-8")
        with urllib.request.urlopen(f"{url}belge/{file_key(article.resolve())}/kifri-cini.txt") as response:
            assert "Nermin Sarıkaya" in response.read().decode("utf-8")  # the card's link: a key, no path
        for hidden in (f"gradio_api/file={(folder / 'notlar.txt').resolve()}",
                       f"belge/{file_key((folder / 'notlar.txt').resolve())}/notlar.txt", "belge/0123456789abcdef"):
            with pytest.raises(urllib.error.HTTPError) as refused:
                urllib.request.urlopen(f"{url}{hidden}")
            assert refused.value.code in (403, 404)  # Gradio forbids a folder it does not serve
    from rag.settings import Settings

    service = ArchiveService(Settings(data_dir=tmp_path / "data", corpus_dir=tmp_path / "empty", _env_file=None),
                             embedder=embedder)
    source = service.qa.ask("Kifri'deki çini atölyesinde çıraklara kim çini yapmayı öğretiyor?").sources[0]
    link = service.file_url(source)  # the card's link: where the server keeps its files is no one's business
    assert link.startswith(f"belge/{file_key(article.resolve())}/kifri-cini.txt#:~:text=") and str(tmp_path) not in link
    first = source.quote.split()[0]  # the page opens at the quoted sentence, which the browser marks
    assert urllib.parse.quote(first, safe="") in link.split("#:~:text=")[1].split(",")[0]


def test_a_stored_markdown_reads_as_its_article():
    """The 51st stranger's Markdown article showed its "#" and "##" marks: its headings read as headings."""
    from ui.sandbox import readable_body, for_reading

    body = readable_body("Giriş paragrafı.\n\n## Gelecek yıl\nTelafer'de ikinci bir müze açılacak.", markdown=True)
    assert body == "<p>Giriş paragrafı.</p><h2>Gelecek yıl</h2><p>Telafer&#x27;de ikinci bir müze açılacak.</p>"
    assert "##" in readable_body("## Not a heading in a text file", markdown=False)
    page = b'<html><head><meta name="viewport" content="width=980"></head></html>'
    served = for_reading(page)
    assert served.count(b"viewport") == 1 and b'content="width=980"' in served  # a page's own width is kept
    # a readable measure comes first in the head, so the page's own stylesheet, read after it, still wins (a saved
    # page without its stylesheet ran the desktop's whole width: the 82nd stranger)
    assert served.index(b"max-width:46em") < served.index(b'content="width=980"')


def test_a_stored_text_is_shown_escaped_and_anything_else_passes():
    """The readable page escapes the text ("<script>" in an article is text), and a refused or
    missing file's answer passes as it came."""
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    from ui.sandbox import ReadableTexts

    def served(status: int, body: bytes):
        async def app(scope, receive, send):
            await send({"type": "http.response.start", "status": status,
                        "headers": [(b"content-type", b"text/plain; charset=utf-8")]})
            await send({"type": "http.response.body", "body": body[:5], "more_body": True})
            await send({"type": "http.response.body", "body": body[5:]})
        return app

    def fetch(app) -> list[dict]:
        sent: list[dict] = []

        async def send(message):
            sent.append(message)

        scope = {"type": "http", "path": "/gradio_api/file=/arsiv/corpus/haber.txt"}
        # in a thread of its own: a browser test before it may leave this thread's loop running
        with ThreadPoolExecutor(1) as pool:
            pool.submit(asyncio.run, ReadableTexts(app)(scope, None, send)).result()
        return sent

    sent = fetch(served(200, "Başlık <script>alert(1)</script>\n\nMetin.".encode()))
    page = b"".join(m.get("body", b"") for m in sent).decode()
    assert "&lt;script&gt;" in page and "<script>" not in page
    assert dict(sent[0]["headers"])[b"content-security-policy"] == b"sandbox"
    missing = fetch(served(404, "Dosya bulunamadı.".encode()))
    assert missing[0]["status"] == 404 and b"".join(m.get("body", b"") for m in missing) == "Dosya bulunamadı.".encode()


def test_a_pdf_citation_opens_its_page_as_text_a_phone_reads(tmp_path):
    """Three strangers' PDF citations opened the browser's PDF viewer on a phone: a desktop page in the smallest
    print, nothing marked. A link naming the page ("?sayfa=2") is answered with that page's text, the running
    header left out, as a readable page the quoted sentence can be marked in, and a link to the PDF itself; the PDF
    without the page asked passes untouched."""
    import asyncio
    from concurrent.futures import ThreadPoolExecutor

    from conftest import make_pdf
    from ui.sandbox import ReadablePdfPages

    header = "Türkmen Kültür Bülteni - Sayi 48"
    pages = [f"{header}\nBirinci sayfa metni.", f"{header}\nIkinci sayfa <b>metni</b>."]
    pdf = make_pdf(tmp_path / "bulten.pdf", pages, title=None).read_bytes()

    async def app(scope, receive, send):
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/pdf")]})
        await send({"type": "http.response.body", "body": pdf})

    def fetch(query: bytes) -> bytes:
        sent: list[dict] = []

        async def send(message):
            sent.append(message)

        scope = {"type": "http", "path": "/gradio_api/file=/arsiv/corpus/bulten.pdf", "query_string": query}
        with ThreadPoolExecutor(1) as pool:
            pool.submit(asyncio.run, ReadablePdfPages(app)(scope, None, send)).result()
        return b"".join(m.get("body", b"") for m in sent)

    page = fetch(b"sayfa=2").decode()
    assert "Ikinci sayfa &lt;b&gt;metni&lt;/b&gt;." in page and "Birinci" not in page and "Bülteni" not in page
    assert 'href="bulten.pdf#page=2"' in page and 'name="viewport"' in page
    assert fetch(b"") == pdf


def test_a_citation_link_finds_a_sentence_with_a_hyphen():
    """The 72nd stranger's citation of "2027-2028 sezonunda …" opened its page at the top: a text directive reads
    "-" as its own mark, so the sentence's hyphen is percent-encoded, as "," and "&" are."""
    import urllib.parse

    from ui.service import text_fragment

    link = text_fragment("Stadyumun 2027-2028 sezonunda açılması planlanıyor, yetkili maçların Kerkük & Erbil arasında "
                         "oynanacağını.")
    start, end = link.removeprefix("#:~:text=").split(",")
    assert not {"-", "&"} & set(start + end)
    assert urllib.parse.unquote(start) == "Stadyumun 2027-2028 sezonunda açılması"
    assert urllib.parse.unquote(end) == "& Erbil arasında oynanacağını."
