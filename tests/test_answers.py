"""Retrieval, refusal, follow-ups, citations and the extractive answerer."""

from datetime import date

from conftest import DEVSET, needs_devset
from langchain_core.documents import Document

from ingest.pipeline import ingest
from rag.answer.citations import REFUSAL, verify_citations
from rag.language.turkish import fold, without_genitive
from rag.ops.eval import evaluate, load_questions
from rag.qa import ArchiveQA, condense_by_rule
from rag.retrieval import ArchiveRetriever, Filters, _rrf


def test_seed_question_is_answered_with_a_citation(corpus_qa):
    answer = corpus_qa.ask("Bakü'deki konferansı kimler düzenledi?")
    assert not answer.refused
    assert "Kerkük Kültür Derneği" in answer.text and "[1]" in answer.text
    source = answer.sources[0]
    assert source.n == 1 and source.doc_id == "corpus/irak-turkleri-azerbaycan-iliskileri.txt"
    assert "Kerkük Kültür Derneği" in source.quote


def test_out_of_archive_question_is_refused_without_sources(corpus_qa):
    answer = corpus_qa.ask("Mars'ta kaç uydu var?")
    assert answer.refused and answer.text == REFUSAL and answer.sources == []


def test_follow_up_uses_the_conversation(corpus_qa):
    history = [{"role": "user", "content": "Bakü'deki konferansın adı neydi?"},
               {"role": "assistant", "content": "…"}]
    assert condense_by_rule("peki kaç kişi katıldı?", history, 3).startswith("Bakü'deki konferansın")
    assert condense_by_rule("Kerkük Kültür Derneği hangi projeleri yürütüyor?", history, 3) == \
        "Kerkük Kültür Derneği hangi projeleri yürütüyor?"
    for own_subject in ("Mars'ta kaç uydu var?", "kaç kişi Kerkük'e gitti?", "NATO nedir?",
                        "Yaz Tiyatrosu nerede?"):  # names its subject ("Yaz" is not "ya")
        assert condense_by_rule(own_subject, history, 3) == own_subject
    assert condense_by_rule("kaç kişi katıldı?", history, 3).startswith("Bakü'deki konferansın")
    # the new place in the earlier one's, in its form: the conference there
    assert condense_by_rule("ya Erbil'de?", history, 3) == "Erbil'deki konferansın adı neydi?"
    answer = corpus_qa.ask("peki kaç kişilik heyet katıldı?", history)
    assert answer.standalone_question and "Bakü" in answer.standalone_question
    assert answer.follows == "Bakü'deki konferansın adı neydi?"  # what the app shows it was read with
    assert "40 kişilik" in answer.text
    assert corpus_qa.ask("Bakü'deki konferansı kimler düzenledi?", history).follows is None  # stands alone


def test_a_follow_up_asks_of_the_thing_whose_part_was_asked():
    """A stranger's "peki ne zaman başlayacak?" was rewritten around a genitive ("kliniğin ne
    zaman açılacak?"): the thing itself is asked now, unless the follow-up names another part."""
    history = [{"role": "user", "content": "Kerkük'te açılacak kliniğin başhekimi kim?"},
               {"role": "assistant", "content": "…"}]
    assert condense_by_rule("peki ne zaman açılacak?", history, 3) == "Kerkük'te açılacak klinik ne zaman açılacak?"
    assert condense_by_rule("peki müdürü kim?", history, 3) == "Kerkük'te açılacak kliniğin müdürü kim?"
    assert without_genitive("kulübünün") == "kulübü" and without_genitive("Kerkük'ün") == "Kerkük"
    assert without_genitive("belediyenin") == "belediye" and without_genitive("festival") == "festival"


def test_streaming_yields_text_then_the_answer(corpus_qa):
    events = list(corpus_qa.stream("Bakü'deki konferansı kimler düzenledi?"))
    assert isinstance(events[0], str) and events[-1].text == "".join(events[:-1])  # sentence by sentence


def test_an_article_is_read_from_its_chunks_in_reading_order(corpus_qa):
    """chromadb returns chunks read by id in its own order: an article put together from them had its lead in
    the middle, and checks that read "the article's opening" read another paragraph (a stranger's question on a
    hospital's head doctor was refused)."""
    def read(snapshot):
        doc = snapshot.doc_of(snapshot.chunks[0].chunk_id)
        ids = snapshot.chunk_ids_of(doc)
        assert len(ids) > 1
        assert [row[0] for row in corpus_qa.store.get_chunks(ids[::-1])] == ids[::-1]
        lead = corpus_qa.store.get_chunks(ids[:1])[0][1]
        return corpus_qa.article_text(Document(page_content="", id=ids[-1]), snapshot), lead

    article, lead = corpus_qa.read(read)
    assert article.split("\n", 1)[1].startswith(lead)


def test_citation_check_drops_bad_markers_and_renumbers():
    passages = [Document(page_content=f"Giriş cümlesi burada. Kerkük {i} bilgisi.", id=f"c{i}",
                         metadata={"doc_id": f"d{i}", "chunk_id": f"c{i}", "title": f"T{i}", "source": f"s{i}"})
                for i in (1, 2, 3)]
    text, sources = verify_citations("Kerkük 3 bilgisi [3]. Uydurma [7]. Yine [3][1]. Hiç [0] [2, 9].", passages)
    assert text == "Kerkük 3 bilgisi [1]. Uydurma. Yine [1][2]. Hiç [3]."
    assert [(s.n, s.doc_id) for s in sources] == [(1, "d3"), (2, "d1"), (3, "d2")]
    assert sources[0].quote == "Kerkük 3 bilgisi."


def test_rrf_rewards_agreement_between_rankings():
    scores = _rrf({"chunk": ["a", "b", "c"], "bm25": ["b", "a", "d"], "sentence": ["b", "a"]}, 60)
    assert sorted(scores, key=scores.get, reverse=True)[:2] == ["b", "a"]
    assert scores["c"] < scores["d"]  # BM25 (0.8) outweighs dense chunks (0.5) at equal rank


def test_date_and_category_filters(tmp_path, embedder, settings, write):
    lines = [
        '{"title": "Kerkük Festivali 2023", "text": "Kerkük festivali 2023 yılında yapıldı. Çok kişi geldi.", "date": "2023-06-01", "category": "Kültür", "url": "https://s.example/a"}',
        '{"title": "Kerkük Seçimi 2024", "text": "Kerkük seçimi 2024 yılında yapıldı. Katılım yüksekti.", "date": "2024-03-01", "category": "Siyaset", "url": "https://s.example/b"}',
    ]
    ingest([write("site/haber.jsonl", "\n".join(lines))], settings, embedder=embedder)
    qa = ArchiveQA(settings, embedder=embedder)
    def titles(filters):
        found = qa.read(lambda snapshot: qa.search("Kerkük", snapshot, filters=filters))
        return [d.metadata["title"] for d in found.documents]
    assert set(titles(Filters())) == {"Kerkük Festivali 2023", "Kerkük Seçimi 2024"}
    assert titles(Filters(date_from=date(2024, 1, 1))) == ["Kerkük Seçimi 2024"]
    assert titles(Filters(date_to=date(2023, 12, 31))) == ["Kerkük Festivali 2023"]
    assert titles(Filters(category="Siyaset")) == ["Kerkük Seçimi 2024"]
    assert titles(Filters(date_from=date(2025, 1, 1))) == []
    retriever = ArchiveRetriever(searcher=qa.searcher, snapshots=qa.snapshots, k=2, filters=Filters(category="Kültür"))
    docs = retriever.invoke("festival")
    assert [d.metadata["url"] for d in docs] == ["https://s.example/a"] and docs[0].metadata["score"] > 0


@needs_devset
def test_extractive_answers_contain_gold_spans(devset_index, embedder):
    qa = ArchiveQA(devset_index, embedder=embedder)
    questions = load_questions(DEVSET / "questions.jsonl")[::40]  # a spread of 11 questions
    hits = 0
    for item in questions:
        answer = qa.ask(item["question"])
        hits += any(fold(g) in fold(answer.text) for g in item["answers"])
        assert answer.refused or answer.sources and all(f"[{s.n}]" in answer.text for s in answer.sources)
    assert hits >= 9


@needs_devset
def test_eval_reports_all_modes(devset_index, embedder):
    qa = ArchiveQA(devset_index, embedder=embedder)
    results = evaluate(qa, load_questions(DEVSET / "questions.jsonl")[:30], answers=False)
    assert set(results) == {"hybrid", "dense", "bm25"}
    assert results["hybrid"]["recall@5"] >= 0.9 and results["hybrid"]["mrr@10"] >= results["bm25"]["mrr@10"] - 0.05
