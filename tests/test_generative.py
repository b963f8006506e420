"""The generative path against a real local model: Gemma 3 270M (base) as a GGUF file,
in-process through llama-cpp-python and behind an OpenAI-compatible server on 127.0.0.1."""

import re
import sys

import pytest
from conftest import (
    ROOT,
    ModelRun,
    assert_model_text_checked,
    free_port,
    serve,
    through_model,
)

from rag.answer.citations import Answer, grounded
from rag.answer.llms import bundled_gguf_path
from rag.qa import LLM_UNREACHABLE, ArchiveQA

pytest.importorskip("llama_cpp", reason="the gguf extra (llama-cpp-python) is not installed")
QUESTION = "Bakü'deki konferansa kaç kişilik heyet katıldı?"


def assert_citations_hold(answer: Answer) -> None:
    markers = [int(n) for n in re.findall(r"\[(\d+)\]", answer.text)]
    assert sorted(set(markers)) == [s.n for s in answer.sources] == list(range(1, len(answer.sources) + 1))
    for source in answer.sources:
        assert source.quote and source.quote in source.passage


def run(qa: ArchiveQA) -> tuple[list[str], Answer, ModelRun]:
    model = through_model(qa, QUESTION)
    return model.pieces, model.answer, model


def assert_usable(model: ModelRun, extractive: Answer) -> None:
    """The model itself was asked and wrote something, and what the user got is an answer with
    sources: the model's text with checked citations, or (when it cited nothing) exactly the
    archive's cited sentences, which name the 40-strong delegation."""
    assert model.passages and model.written  # the model wrote text of its own, not only the fallback
    assert not model.answer.refused and model.answer.sources
    assert_model_text_checked(model, extractive)
    if model.answer.text == extractive.text:
        assert "40 kişilik" in model.answer.text


@pytest.mark.slow  # loads the GGUF model in-process
def test_local_gguf_model(corpus_index, corpus_qa, embedder):
    settings = corpus_index.model_copy(update={"llm_backend": "gguf", "llm_max_tokens": 64})
    qa = ArchiveQA(settings, embedder=embedder)
    pieces, answer, model = run(qa)
    assert answer.backend == "gguf" and pieces  # the model streamed something
    assert not answer.refused
    assert_citations_hold(answer)
    assert_usable(model, corpus_qa.ask(QUESTION))


@pytest.fixture(scope="module")  # a server process: every test that uses it is slow (conftest)
def llama_server(tmp_path_factory):
    port = free_port()
    command = [sys.executable, "-m", "llama_cpp.server", "--model", bundled_gguf_path(), "--host", "127.0.0.1",
               "--port", str(port), "--model_alias", "gemma3-270m", "--n_ctx", "4096"]
    url = f"http://127.0.0.1:{port}/v1"
    with serve(command, f"{url}/models", tmp_path_factory.mktemp("llama") / "server.log", 120):
        yield url


def test_openai_compatible_server(corpus_index, corpus_qa, embedder, llama_server):
    settings = corpus_index.model_copy(update={
        "llm_backend": "openai", "llm_base_url": llama_server, "llm_model": "gemma3-270m",
        "llm_chat": False, "llm_max_tokens": 64})
    qa = ArchiveQA(settings, embedder=embedder)
    pieces, answer, model = run(qa)
    assert answer.backend == "openai" and pieces
    assert_citations_hold(answer)
    assert answer.notice is None  # the server was reached (an unreachable one gets LLM_UNREACHABLE)
    assert_usable(model, corpus_qa.ask(QUESTION))


def test_unreachable_server_falls_back_to_cited_sentences_and_says_so(corpus_index, embedder):
    settings = corpus_index.model_copy(update={
        "llm_backend": "openai", "llm_base_url": "http://127.0.0.1:9/v1", "llm_model": "x",
        "llm_timeout_s": 2})
    qa = ArchiveQA(settings, embedder=embedder)
    answer = qa.ask(QUESTION, history=[{"role": "user", "content": "Bakü'deki konferans"}])
    assert answer.notice == LLM_UNREACHABLE
    assert not answer.refused and answer.sources
    assert "[1]" in answer.text


def test_brief_through_a_chat_model_keeps_only_grounded_lines(tmp_path, embedder, llama_server):
    """The bundled model behind llama.cpp's OpenAI-compatible chat endpoint: whatever it
    writes, a brief line is either its sentence, found in the article, or the article's own."""
    from ingest.pipeline import ingest
    from rag.answer.brief import write_brief
    from rag.settings import Settings

    settings = Settings(data_dir=tmp_path / "data", llm_backend="openai", llm_base_url=llama_server,
                        llm_model="gemma3-270m", llm_chat=True, llm_max_tokens=60, _env_file=None)
    ingest([ROOT / "bench" / "dated" / "articles"], settings, embedder=embedder)
    brief = write_brief(ArchiveQA(settings, embedder=embedder), "Kerkük Kültür Derneği başkanları")
    assert [line.date for line in brief.lines] == ["2019-04-10", "2021-05-22", "2024-11-20"]
    for n, (line, source) in enumerate(zip(brief.lines, brief.sources, strict=True), start=1):
        claim = re.sub(r"\s*\[\d+\]\.?$", "", line.text)
        assert line.text.endswith(f"[{n}].")
        if line.written_by == "openai":  # the model's sentence survived only because the article says it
            assert grounded(claim, f"{source.title} {source.passage}")
        else:
            assert line.written_by == "extractive" and claim in source.passage
