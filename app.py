"""Arşiv's web face: a Gradio chat over ``rag/`` and a maintainers' tab over ``ingest/``.

Run ``python app.py``: it serves on ``ARSIV_HOST:ARSIV_PORT`` (127.0.0.1:7860) and, when the
index is empty, first builds it from ``ARSIV_CORPUS_DIR`` with a progress bar in the terminal.
Everything shown comes from the archive and is HTML-escaped here, before Gradio sees it.
"""

from __future__ import annotations

import hmac
import html
import logging
import re
import threading
import uuid
from collections.abc import Iterator
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

import gradio as gr
import pandas as pd

from ingest.loaders import SUPPORTED
from ingest.pipeline import Ingestor
from ingest.report import IngestReport
from ingest.uploads import save_uploads
from rag.brief import Brief, write_brief
from rag.citations import REFUSAL, Answer, Source
from rag.embeddings import load_embedder
from rag.feedback import record_feedback
from rag.qa import ArchiveQA, AskError
from rag.retrieval import Filters
from rag.settings import Settings
from rag.stats import ArchiveStats, archive_stats
from rag.store import ArchiveStore
from rag.turkish import format_date

log = logging.getLogger("arsiv.app")

ALL_CATEGORIES = "Tümü"
VIEW_CARDS, VIEW_TIMELINE = "Kartlar", "Zaman çizelgesi"
MODE_ANSWER, MODE_BRIEF = "Soru-yanıt", "Arka plan"
QUOTE_CONTEXT_CHARS = 220  # passage text shown on each side of the highlighted quote
_ANSWER_ID = re.compile(r'data-answer="([0-9a-f]{32})"')
_MARKER = re.compile(r"\[(\d+)\]")


# --- the service: rag and ingest behind one object ------------------------------------
class ArchiveService:
    """Loads the model and index once; answers questions; runs one ingest at a time."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.store = ArchiveStore(settings)
        self.embedder = load_embedder(settings)
        self.ingestor = Ingestor(settings, self.store, self.embedder)
        self.qa = ArchiveQA(settings, self.store, self.embedder)
        self._ingest_lock = threading.Lock()
        self._file_roots = {p.resolve().name: p.resolve()
                            for p in (settings.corpus_dir, settings.uploads_dir)}

    def ensure_index(self) -> IngestReport | None:
        """First start: an empty index is built from the bundled corpus."""
        if self.store.counts()["chunks"]:
            return None
        if not self.settings.corpus_dir.is_dir():
            log.warning("the index is empty and there is no corpus folder at %s "
                        "(run from the project root or set ARSIV_CORPUS_DIR)",
                        self.settings.corpus_dir.resolve())
            return None
        log.info("index is empty; building it from %s", self.settings.corpus_dir)
        report = self.ingest([self.settings.corpus_dir], progress_bar=True)
        log.info("\n%s", report.summary())
        return report

    def ingest(self, paths: list[Path], progress=None, progress_bar: bool = False) -> IngestReport:
        with self._ingest_lock:
            return self.ingestor.run(paths, progress=progress, progress_bar=progress_bar)

    def stats(self) -> ArchiveStats:
        return archive_stats(self.store)

    def file_url(self, source: Source) -> str | None:
        """A link to the stored file of a source without a URL (PDFs open at the cited page)."""
        root_name, _, rest = source.source.partition("/")
        root = self._file_roots.get(root_name)
        if root is None or not rest:
            return None
        path = (root / rest).resolve()
        if not path.is_file() or not path.is_relative_to(root):
            return None
        return f"gradio_api/file={path}" + (f"#page={source.page}" if source.page else "")

    @property
    def allowed_paths(self) -> list[str]:
        return [str(p) for p in self._file_roots.values()]


def parse_filters(date_from: str | None, date_to: str | None, category: str | None) -> Filters:
    def day(value: str | None, label: str) -> date | None:
        value = (value or "").strip()
        if not value:
            return None
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            raise AskError(f"{label} tarihi anlaşılamadı: '{value}' (YYYY-AA-GG yazın).") from None

    start, end = day(date_from, "Başlangıç"), day(date_to, "Bitiş")
    if start and end and start > end:
        raise AskError("Başlangıç tarihi bitiş tarihinden sonra olamaz.")
    category = None if category in (None, "", ALL_CATEGORIES) else category
    return Filters(start, end, category)


# --- HTML: every piece of archive text goes through html.escape ----------------------------
def render_answer(answer: Answer, service: ArchiveService, view: str, answer_id: str,
                  filters: Filters) -> str:
    links = {s.n: s.url or service.file_url(s) for s in answer.sources}
    # The class marks a finished answer in the page; data-answer (stripped from the page by
    # Gradio's sanitizer, kept in the chat value) lets a vote find its answer.
    parts = [f'<div class="arsiv-answer arsiv-done" data-answer="{answer_id}">']
    if answer.notice:
        parts.append(f'<p class="arsiv-notice">{html.escape(answer.notice)}</p>')
    if answer.timeframe:
        parts.append(f'<p class="arsiv-scope">{html.escape(answer.timeframe["label"])}</p>')
    if answer.standalone_question:
        parts.append(f'<p class="arsiv-understood">Soruyu şöyle anladım: '
                     f'<i>{html.escape(answer.standalone_question)}</i></p>')
    parts.append(f'<p class="arsiv-text{" arsiv-refusal" if answer.refused else ""}">'
                 f'{_linked_markers(answer.text, links)}</p>')
    scope = _describe_filters(filters)
    if scope:
        parts.append(f'<p class="arsiv-scope">{html.escape(scope)}</p>')
    if answer.sources:
        parts.append(_timeline(answer.sources, links) if view == VIEW_TIMELINE
                     else _cards(answer.sources, links))
    parts.append("</div>")
    return "".join(parts)  # one line: Markdown never reinterprets the archive text inside


def render_brief(brief: Brief, service: ArchiveService, view: str, answer_id: str) -> str:
    """A background brief: one dated, cited line per article, then the sources."""
    if brief.empty:
        return (f'<div class="arsiv-answer arsiv-done" data-answer="{answer_id}">'
                f'<p class="arsiv-text arsiv-refusal">{html.escape(REFUSAL)}</p></div>')
    links = {s.n: s.url or service.file_url(s) for s in brief.sources}
    parts = [f'<div class="arsiv-answer arsiv-done" data-answer="{answer_id}">',
             f'<p class="arsiv-understood">Arka plan: <i>{html.escape(brief.topic)}</i></p>']
    if brief.timeframe:
        parts.append(f'<p class="arsiv-scope">{html.escape(brief.timeframe["label"])}</p>')
    items = "".join(f'<li><time>{html.escape(format_date(line.date)) if line.date else "tarih yok"}</time> '
                    f'{_linked_markers(line.text, links)}</li>' for line in brief.lines)
    parts.append(f'<ol class="arsiv-brief">{items}</ol>')
    parts.append(_timeline(brief.sources, links) if view == VIEW_TIMELINE else _cards(brief.sources, links))
    parts.append("</div>")
    return "".join(parts)


def render_partial(text: str) -> str:
    return f'<div class="arsiv-answer"><p class="arsiv-text">{_escape(text)}…</p></div>'


def render_message(message: str) -> str:
    return f'<div class="arsiv-answer"><p class="arsiv-notice">{_escape(message)}</p></div>'


def _escape(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _link(href: str | None, label: str, css: str = "") -> str:
    cls = f' class="{css}"' if css else ""
    if not href:
        return f"<span{cls}>{label}</span>"
    return f'<a{cls} href="{html.escape(href, quote=True)}" target="_blank" rel="noopener">{label}</a>'


def _linked_markers(text: str, links: dict[int, str | None]) -> str:
    return _MARKER.sub(lambda m: _link(links.get(int(m.group(1))), m.group(0), "arsiv-cite"), _escape(text))


def _describe_filters(filters: Filters) -> str:
    bits = []
    if filters.date_from or filters.date_to:
        start = format_date(filters.date_from.isoformat()) if filters.date_from else "…"
        end = format_date(filters.date_to.isoformat()) if filters.date_to else "…"
        bits.append(f"tarih: {start} – {end}")
    if filters.category:
        bits.append(f"kategori: {filters.category}")
    return "Yalnızca şu haberlerde aradım: " + ", ".join(bits) if bits else ""


def _where(source: Source) -> str:
    return source.source + (f", s. {source.page}" if source.page else "")


def _highlighted(passage: str, quote: str) -> str:
    """The passage around the quote, the quote itself in <mark>."""
    at = passage.find(quote) if quote else -1
    if at < 0:
        return f"<mark>{_escape(quote or passage)}</mark>"
    start, end = max(0, at - QUOTE_CONTEXT_CHARS), min(len(passage), at + len(quote) + QUOTE_CONTEXT_CHARS)
    before = ("…" if start else "") + passage[start:at]
    after = passage[at + len(quote):end] + ("…" if end < len(passage) else "")
    return f"{_escape(before)}<mark>{_escape(quote)}</mark>{_escape(after)}"


def _cards(sources: list[Source], links: dict[int, str | None]) -> str:
    cards = []
    for s in sources:
        title = _link(links[s.n], html.escape(s.title or s.source))
        when = html.escape(format_date(s.date)) if s.date else "tarih yok"
        cards.append(
            f'<div class="arsiv-source"><div class="arsiv-source-head">'
            f'<span class="arsiv-n">[{s.n}]</span> {title} <span class="arsiv-date">· {when}</span></div>'
            f'<blockquote class="arsiv-quote">{_highlighted(s.passage, s.quote)}</blockquote>'
            f'<div class="arsiv-where">{html.escape(_where(s))}</div></div>'
        )
    return f'<div class="arsiv-sources"><div class="arsiv-sources-title">Kaynaklar</div>{"".join(cards)}</div>'


def _timeline(sources: list[Source], links: dict[int, str | None]) -> str:
    ordered = sorted(sources, key=lambda s: (s.date is None, s.date or ""))
    items = "".join(
        f'<li class="arsiv-source"><time>{html.escape(format_date(s.date)) if s.date else "tarih yok"}'
        f'</time> <span class="arsiv-n">[{s.n}]</span> {_link(links[s.n], html.escape(s.title or s.source))}'
        f'<div class="arsiv-quote"><mark>{_escape(s.quote)}</mark></div></li>'
        for s in ordered
    )
    return (f'<div class="arsiv-sources"><div class="arsiv-sources-title">Kaynaklar, tarih sırasıyla</div>'
            f'<ol class="arsiv-timeline">{items}</ol></div>')


def _report_markdown(report: IngestReport) -> str:
    return "```\n" + report.summary() + "\n```"


def _stats_markdown(stats: ArchiveStats) -> str:
    last = stats.last_ingest.strftime("%d.%m.%Y %H:%M") if stats.last_ingest else "—"
    newest = format_date(stats.newest_date) if stats.newest_date else "—"
    oldest = format_date(stats.oldest_date) if stats.oldest_date else "—"
    return (f"**Belge:** {stats.documents} · **Parça:** {stats.chunks} · **Cümle:** {stats.sentences}  \n"
            f"**Gömme modeli:** `{stats.embedding_model or '—'}`  \n"
            f"**Son dizinleme:** {last} · **En eski haber:** {oldest} · **En yeni haber:** {newest} · "
            f"**Tarihsiz belge:** {stats.undated}"
            + ("" if stats.per_month else "  \n*Tarihli haber yok: aylık grafik boş.*"))


def _months_frame(stats: ArchiveStats) -> pd.DataFrame:
    return pd.DataFrame(stats.per_month, columns=["ay", "makale"])


# --- Gradio --------------------------------------------------------------------------------
CSS = """
.arsiv-answer p { margin: 0 0 .5em 0; }
.arsiv-notice, .arsiv-understood, .arsiv-scope { color: var(--body-text-color-subdued); font-size: .9em; }
.arsiv-refusal { font-style: italic; }
.arsiv-sources { margin-top: .6em; border-top: 1px solid var(--border-color-primary); padding-top: .4em; }
.arsiv-sources-title { font-weight: 600; font-size: .9em; margin-bottom: .3em; }
.arsiv-source { margin: .4em 0; padding: .4em .6em; border-left: 3px solid var(--color-accent); }
.arsiv-quote { margin: .3em 0; font-size: .92em; }
.arsiv-quote mark { background: #fff3b0; color: inherit; }
.arsiv-where, .arsiv-date { color: var(--body-text-color-subdued); font-size: .85em; }
.arsiv-timeline, .arsiv-brief { padding-left: 1.2em; }
.arsiv-timeline time, .arsiv-brief time { font-weight: 600; margin-right: .3em; }
"""


def _history_for_qa(history: list[dict[str, Any]]) -> list[dict[str, str]]:
    """Gradio's messages as plain text: the answer without its source cards."""
    plain = []
    for message in history:
        content = message.get("content")
        if isinstance(content, list):  # Gradio may hand content back as typed blocks
            content = " ".join(b.get("text", "") for b in content if isinstance(b, dict))
        text = re.sub(r'<div class="arsiv-sources".*', "", str(content or ""), flags=re.DOTALL)
        text = html.unescape(re.sub(r"<[^>]+>", " ", text))
        plain.append({"role": message.get("role", "user"), "content": " ".join(text.split())})
    return plain


def build_ui(service: ArchiveService) -> gr.Blocks:
    settings = service.settings

    def ask(question: str, date_from: str = "", date_to: str = "", category: str = "") -> dict:
        """Answer one question; the answer with its numbered sources (title, date, url, quote)."""
        try:
            return service.qa.ask(question, filters=parse_filters(date_from, date_to, category)).to_dict()
        except AskError as exc:
            raise gr.Error(str(exc)) from None

    def brief(topic: str, date_from: str = "", date_to: str = "", category: str = "",
              newest_first: bool = False) -> dict:
        """A dated, cited background brief on a topic: one line per article, in date order."""
        try:
            filters = parse_filters(date_from, date_to, category)
            return write_brief(service.qa, topic, filters, newest_first=newest_first).to_dict()
        except AskError as exc:
            raise gr.Error(str(exc)) from None

    with gr.Blocks(title="Arşiv", analytics_enabled=False) as demo:
        gr.Markdown("# Arşiv\nHaber arşivine Türkçe soru sorun; her yanıt numaralı kaynaklarıyla gelir. "
                    "Arşivde olmayan bir şeyi uydurmaz, *bulamadım* der.")
        answers = gr.State({})  # answer id → Answer.to_dict(), for feedback (outside the Tabs)
        with gr.Tabs():
            category = _chat_tab(service, demo, answers)
            if settings.admin_password:
                _maintainers_tab(service, category)
        gr.api(ask, api_name="ask")
        gr.api(brief, api_name="brief")
    return demo


def _chat_tab(service: ArchiveService, demo: gr.Blocks, answers: gr.State) -> gr.Dropdown:
    """The chat with its filters; returns the category filter, which an ingest refreshes."""
    settings = service.settings

    def chat(message: str, history: list[dict[str, Any]], date_from: str | None, date_to: str | None,
             category: str | None, mode: str, view: str, answers: dict[str, dict]) -> Iterator[tuple[str, dict]]:
        try:
            filters = parse_filters(date_from, date_to, category)
            if mode == MODE_BRIEF:
                brief = write_brief(service.qa, message, filters)
                answer_id = uuid.uuid4().hex
                answers[answer_id] = {"question": brief.topic, "text": brief.text(), "refused": brief.empty,
                                      "backend": "brief", "sources": [s.to_dict() for s in brief.sources]}
                yield render_brief(brief, service, view, answer_id), answers
                return
            shown = ""
            for event in service.qa.stream(message, _history_for_qa(history), filters):
                if isinstance(event, Answer):
                    answer_id = uuid.uuid4().hex
                    answers[answer_id] = event.to_dict()
                    yield render_answer(event, service, view, answer_id, filters), answers
                else:
                    shown += event
                    yield render_partial(shown), answers
        except AskError as exc:
            yield render_message(str(exc)), answers

    def feedback(data: gr.LikeData, answers: dict[str, dict]) -> None:
        found = _ANSWER_ID.search(str(data.value))
        answer = answers.get(found.group(1)) if found else None
        if answer is None:
            return
        liked = data.liked if isinstance(data.liked, bool) else str(data.liked).lower() == "like"
        record_feedback(settings.feedback_dir, liked, answer)
        gr.Info("Geri bildiriminiz kaydedildi, teşekkürler.")

    with gr.Tab("Sohbet"), gr.Row():
        with gr.Column(scale=1, min_width=270):
            gr.Markdown("### Filtreler")
            date_from = gr.DateTime(include_time=False, type="string", label="Başlangıç tarihi")
            date_to = gr.DateTime(include_time=False, type="string", label="Bitiş tarihi")
            category = gr.Dropdown([ALL_CATEGORIES], value=ALL_CATEGORIES, label="Kategori")
            mode = gr.Radio([MODE_ANSWER, MODE_BRIEF], value=MODE_ANSWER, label="Mod",
                            info="Arka plan: bir konudaki haberlerden tarih sıralı, kaynaklı özet")
            view = gr.Radio([VIEW_CARDS, VIEW_TIMELINE], value=VIEW_CARDS, label="Kaynakları göster")
        with gr.Column(scale=4):
            chatbot = gr.Chatbot(height=560, label="Arşiv", elem_id="arsiv-chat",
                                 feedback_options=("Like", "Dislike"), placeholder="Arşive bir soru sorun.")
            gr.ChatInterface(
                chat, chatbot=chatbot,
                textbox=gr.Textbox(placeholder="Sorunuzu yazın… (ör. Konferans ne zaman yapıldı?)",
                                   label="Soru", elem_id="arsiv-question", submit_btn="Sor", stop_btn="Durdur"),
                additional_inputs=[date_from, date_to, category, mode, view, answers],
                additional_outputs=[answers],
                examples=[[q] for q in settings.example_questions], examples_label="Örnek sorular",
                cache_examples=False, api_visibility="private", fill_height=False,
            )
            chatbot.like(feedback, inputs=[answers], outputs=None)
    demo.load(partial(category_choices, service), outputs=category)
    return category


def category_choices(service: ArchiveService) -> gr.Dropdown:
    """The categories in the index now (the chosen one is kept)."""
    return gr.Dropdown(choices=[ALL_CATEGORIES, *service.stats().categories])


def _maintainers_tab(service: ArchiveService, category: gr.Dropdown) -> None:
    settings = service.settings

    def authorise(password: str) -> None:
        if not hmac.compare_digest((password or "").encode(), settings.admin_password.encode()):
            raise gr.Error("Parola yanlış; bakım işlemleri için doğru parola gerekli.")

    def overview() -> tuple[str, pd.DataFrame]:
        stats = service.stats()
        return _stats_markdown(stats), _months_frame(stats)

    def login(password: str):
        authorise(password)
        return (gr.Column(visible=True), *overview())

    def finish(report: IngestReport) -> tuple[str, dict, str, pd.DataFrame]:
        return (_report_markdown(report), report.to_dict(), *overview())

    def reporter(progress: gr.Progress):
        return lambda done, total, message: progress((done, max(total, 1)), desc=message)

    def upload(password: str, files: list[str] | None, progress=gr.Progress()):
        """Save uploaded documents into the uploads folder and index them; the ingest report."""
        authorise(password)
        if not files:
            raise gr.Error("Yüklenecek dosya seçilmedi.")
        saved = save_uploads([Path(f) for f in files], settings)
        report = service.ingest(saved.saved, progress=reporter(progress)) if saved.saved else IngestReport()
        for rejected in saved.rejected:
            report.reject(**rejected)
        return finish(report)

    def reindex(password: str, progress=gr.Progress()):
        """Index the corpus folder and all uploads again; only changed documents are embedded."""
        authorise(password)
        return finish(service.ingest([settings.corpus_dir, settings.uploads_dir], progress=reporter(progress)))

    with gr.Tab("Bakım"):
        with gr.Row():
            password = gr.Textbox(type="password", label="Bakım parolası", elem_id="arsiv-password", scale=3)
            login_button = gr.Button("Giriş", scale=1)
        with gr.Column(visible=False) as panel:
            stats = gr.Markdown()
            chart = gr.BarPlot(x="ay", y="makale", title="Aylara göre haber sayısı", height=280,
                               x_label_angle=-90, x_title="ay", y_title="haber")
            # No file_types here: Gradio would refuse the whole batch for one bad file, while
            # save_uploads rejects just that file, by name, and indexes the rest.
            files = gr.File(file_count="multiple", type="filepath", elem_id="arsiv-upload",
                            label=f"Belgeler ({' '.join(sorted(SUPPORTED))}; en fazla "
                                  f"{settings.upload_max_files} dosya, dosya başına {settings.upload_max_mb:g} MB)")
            with gr.Row():
                upload_button = gr.Button("Yükle ve dizinle", variant="primary")
                reindex_button = gr.Button("Tümünü yeniden dizinle")
            report_text = gr.Markdown(elem_id="arsiv-report")
            report_json = gr.JSON(label="Rapor (JSON)")
        login_button.click(login, password, [panel, stats, chart], api_visibility="private")
        outputs = [report_text, report_json, stats, chart]
        for button, action, inputs in ((upload_button, upload, [password, files]),
                                       (reindex_button, reindex, [password])):
            button.click(action, inputs, outputs, api_name=action.__name__, concurrency_limit=1).success(
                partial(category_choices, service), outputs=category, api_visibility="private")


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    settings = Settings()
    service = ArchiveService(settings)
    service.ensure_index()
    theme = gr.themes.Soft(font=["system-ui", "sans-serif"], font_mono=["ui-monospace", "monospace"])
    build_ui(service).queue(default_concurrency_limit=settings.concurrency).launch(
        server_name=settings.host, server_port=settings.port, allowed_paths=service.allowed_paths,
        max_file_size=int(settings.upload_max_mb * 1024 * 1024), theme=theme, css=CSS, ssr_mode=False,
        footer_links=["api"],
    )


if __name__ == "__main__":
    main()
