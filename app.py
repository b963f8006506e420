"""Arşiv's web face: a Gradio chat over ``rag/`` and a maintainers' tab over ``ingest/``.

Run ``python app.py``: it serves on ``ARSIV_HOST:ARSIV_PORT`` (127.0.0.1:7860) and, when the
index is empty, first builds it from ``ARSIV_CORPUS_DIR`` with a progress bar in the terminal.
This file only wires components to the handlers in ``ui/`` (which render and escape the HTML,
and keep the answers by id on the server).
"""

from __future__ import annotations

import logging

import gradio as gr

from ingest.loaders import SUPPORTED
from rag.settings import Settings
from ui.answers import AnswerStore
from ui.chat import MODE_ANSWER, MODE_BRIEF, ChatHandlers
from ui.filters import ALL_CATEGORIES
from ui.maintenance import MaintenanceHandlers
from ui.render import VIEW_CARDS, VIEW_TIMELINE
from ui.service import ArchiveService

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


def build_ui(service: ArchiveService) -> gr.Blocks:
    settings = service.settings
    chat = ChatHandlers(service, AnswerStore(settings.answers_kept))
    with gr.Blocks(title="Arşiv", analytics_enabled=False) as demo:
        gr.Markdown("# Arşiv\nHaber arşivine Türkçe soru sorun; her yanıt numaralı kaynaklarıyla gelir. "
                    "Arşivde olmayan bir şeyi uydurmaz, *bulamadım* der.")
        with gr.Tabs():
            category = _chat_tab(chat, demo)
            if settings.admin_password:
                _maintainers_tab(MaintenanceHandlers(service), chat, category)
        gr.api(chat.ask, api_name="ask")
        gr.api(chat.brief, api_name="brief")
    return demo


def _chat_tab(chat: ChatHandlers, demo: gr.Blocks) -> gr.Dropdown:
    """The chat with its filters; returns the category filter, which an ingest refreshes."""
    settings = chat.service.settings
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
                chat.chat, chatbot=chatbot,
                textbox=gr.Textbox(placeholder="Sorunuzu yazın… (ör. Konferans ne zaman yapıldı?)",
                                   label="Soru", elem_id="arsiv-question", submit_btn="Sor", stop_btn="Durdur"),
                additional_inputs=[date_from, date_to, category, mode, view],
                examples=[[q] for q in settings.example_questions], examples_label="Örnek sorular",
                cache_examples=False, api_visibility="private", fill_height=False,
            )
            # The chat's value as the browser holds it: the voted message and the answer id it carries.
            chatbot.like(chat.feedback, inputs=[chatbot], outputs=None, api_visibility="private")
    demo.load(chat.category_choices, outputs=category, api_visibility="private")
    return category


def _maintainers_tab(maintenance: MaintenanceHandlers, chat: ChatHandlers, category: gr.Dropdown) -> None:
    settings = maintenance.settings
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
        login_button.click(maintenance.login, password, [panel, stats, chart], api_visibility="private")
        outputs = [report_text, report_json, stats, chart]
        for button, action, inputs, name in ((upload_button, maintenance.upload, [password, files], "upload"),
                                             (reindex_button, maintenance.reindex, [password], "reindex")):
            button.click(action, inputs, outputs, api_name=name, concurrency_limit=1).success(
                chat.category_choices, outputs=category, api_visibility="private")


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
