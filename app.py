"""Arşiv's web face: a Gradio chat over ``rag/`` and a maintainers' tab over ``ingest/``.

Run ``python app.py``: it serves on ``ARSIV_HOST:ARSIV_PORT`` (127.0.0.1:7860) and, when the
index is empty, first builds it from ``ARSIV_CORPUS_DIR`` with a progress bar in the terminal.
This file only wires components to the handlers in ``ui/`` (which render and escape the HTML,
and keep the answers by id on the server).
"""

from __future__ import annotations

import logging

import gradio as gr
from starlette.middleware import Middleware

from rag.settings import Settings
from ui.answers import AnswerStore
from ui.chat import FILTERS_TITLE, MODE_ANSWER, MODE_BRIEF, ChatHandlers
from ui.filters import ALL_CATEGORIES, category_field
from ui.maintenance import MaintenanceHandlers, build_maintainers_tab
from ui.render import VIEW_CARDS, VIEW_TIMELINE
from ui.sandbox import DocumentFilesOnly, DocumentLinks, ReadablePdfPages, ReadableTexts, SandboxedPages
from ui.service import ArchiveService

# The chat box fills what the header, the tabs (when the maintainers' tab is there), the
# filter title and the question box leave of the screen (a phone's first view holds the
# question box); on a desktop, where the filters stand beside it, that leaves it taller (a
# 560 px cap left opened source cards cut inside the box above an empty half page).
TABS_HEIGHT_PX = 50


def chat_height(tabs: bool) -> str:
    return f"clamp(260px, calc(100dvh - {290 + TABS_HEIGHT_PX * tabs}px), 1000px)"


CSS = """
#arsiv-report pre, #arsiv-report code { white-space: pre-wrap; overflow-wrap: anywhere; }
.arsiv-answer p { margin: 0 0 .5em 0; }
.arsiv-answer { overflow-wrap: anywhere; }
/* How the question was read ("Önceki sorunuzun konusuyla okudum: …") tells a misread follow-up:
   full text colour (the subdued grey read faintly on a phone), set apart by a rule. */
.arsiv-understood, .arsiv-scope { color: var(--body-text-color); font-size: .9em;
  border-left: 3px solid var(--border-color-primary); padding-left: .5em; }
/* A notice changes how the answer is read ("2018 yılına ait bir haber bulamadım"): in full
   text colour on an amber band, not a faint line a phone reader skips. */
.arsiv-notice { color: var(--body-text-color); font-size: .92em; background: rgba(255, 193, 7, .16);
  border-left: 3px solid #e0a800; padding: .3em .6em; border-radius: 2px; }
.arsiv-problem { color: var(--body-text-color); border-left: 3px solid var(--color-accent); padding-left: .6em; }
/* A message that answers nothing ("Soru çok uzun", a date that cannot be read) gets no vote buttons. */
#arsiv-chat .message-row:has(.arsiv-problem) + .message-buttons { display: none; }
/* The chat's clear/copy buttons get a row of their own above the messages: floating over the
   log, they covered the text scrolled under them on a phone. */
#arsiv-chat > .wrapper { display: flex; flex-direction: column; height: 100%; }
#arsiv-chat .icon-button-wrapper.top-panel { position: static; align-self: flex-end; margin: 0 4px 4px 0; }
#arsiv-chat .bubble-wrap { flex: 1 1 auto; min-height: 0; }
/* The upload's clear/upload icons sit over its label's end once files are chosen. */
#arsiv-upload label[data-testid="block-label"] { padding-right: 56px; }
/* "The archive does not say" must not read as an answer, nor as a quotation (italics did, to a
   stranger): a grey band marked as a notice. */
.arsiv-refusal { background: var(--background-fill-secondary); border-left: 4px solid #b7791f;
  padding: .3em .6em; border-radius: 2px; }
.arsiv-refusal::before { content: "i"; display: inline-block; width: 1.25em; height: 1.25em; line-height: 1.25em;
  margin-right: .45em; border-radius: 50%; background: #8a5a12; color: #fff; text-align: center;
  font: 700 .85em/1.25em Georgia, serif; vertical-align: .1em; }
.arsiv-sources { margin-top: .6em; border-top: 1px solid var(--border-color-primary); padding-top: .4em; }
.arsiv-sources-title { font-weight: 600; font-size: .9em; cursor: pointer; padding: .3em 0; }
.arsiv-source { margin: .4em 0; padding: .4em .6em; border-left: 3px solid var(--color-accent); }
.arsiv-quote { margin: .3em 0; font-size: .92em; }
.arsiv-quote mark { background: #fff3b0; color: inherit; }
/* A source's place and date in the body colour, a little lighter: the subdued grey read faintly (a stranger). */
.arsiv-where, .arsiv-date { color: var(--body-text-color); opacity: .78; font-size: .85em; }
.arsiv-timeline, .arsiv-brief, .arsiv-lines { padding-left: 1.2em; }
.arsiv-timeline { list-style: none; padding-left: 0; }
.arsiv-lines li { margin-bottom: .5em; }
.arsiv-timeline time, .arsiv-brief time { font-weight: 600; margin-right: .3em; }
#arsiv-header h1 { margin: 0 0 .2em 0; }
/* The filter panel's title names the active filters: a long one wraps from the left, as text does. */
#arsiv-filters > button.label-wrap { text-align: left; }
#arsiv-chat .message-wrap { padding-top: 36px; }
/* The example questions read as plain text floating in the empty chat (a stranger did not see them as tappable):
   chips with a border and a tinted ground. */
#arsiv-chat .examples .example { border: 1px solid var(--border-color-primary); border-radius: 10px;
  background: var(--background-fill-secondary); padding: .55em .8em; text-align: left; cursor: pointer; }
#arsiv-chat .examples .example:hover { border-color: var(--color-accent); }
/* Gradio's scroll-down arrow sat in the middle of the chat's bottom line, over the text being
   read (a source's file path on a phone): it goes to the corner, where lines end. */
#arsiv-chat .scroll-down-button-container { left: auto; right: 6px; transform: none; opacity: .85; }
@media (max-width: 640px) {
  /* The vote, retry and undo buttons under an answer: a fingertip's size apart ("Geri Al" sat 6 px from 👎). */
  #arsiv-chat .message-buttons .icon-button { min-width: 36px; min-height: 36px; }
  #arsiv-chat .message-buttons { gap: 10px; }
  #arsiv-header h1 { font-size: 1.5em; }
  #arsiv-header p { font-size: .85em; line-height: 1.3; margin: 0; }
  #arsiv-chat .message-row.bot-row { margin-left: 6px; margin-right: 6px; max-width: calc(100% - 12px); }
  /* The maintainers' table shows title, date and source in a phone's first view, and its
     other columns a swipe to the side, inside the table (strangers missed them when hidden);
     a long address takes three lines, not eight that push the rows apart. */
  #arsiv-desk-table table { width: 182vw !important; table-layout: fixed; }  /* the columns below, summed */
  #arsiv-desk-table .body-cell span { overflow-wrap: anywhere; }
  #arsiv-desk-table .body-cell:nth-child(3) span { display: -webkit-box; -webkit-line-clamp: 3;
    -webkit-box-orient: vertical; overflow: hidden; }
  #arsiv-desk-table :is(th, .body-cell) { width: var(--arsiv-w) !important; min-width: var(--arsiv-w) !important;
    max-width: var(--arsiv-w) !important; flex: 0 0 var(--arsiv-w) !important; }
  #arsiv-desk-table :is(th, .body-cell):nth-child(1) { --arsiv-w: 40vw; }
  #arsiv-desk-table :is(th, .body-cell):nth-child(2) { --arsiv-w: 22vw; }
  #arsiv-desk-table :is(th, .body-cell):nth-child(3) { --arsiv-w: 28vw; }
  #arsiv-desk-table :is(th, .body-cell):nth-child(4) { --arsiv-w: 26vw; }
  #arsiv-desk-table :is(th, .body-cell):nth-child(5) { --arsiv-w: 24vw; }
  #arsiv-desk-table :is(th, .body-cell):nth-child(6) { --arsiv-w: 16vw; }
  #arsiv-desk-table :is(th, .body-cell):nth-child(7) { --arsiv-w: 26vw; }
}
"""

# Run once when the page loads. A wide screen opens the filter panel (the side column it
# always was). After each question the chat scrolls so that the question is at its top and
# its answer streams in below it (Gradio's own autoscroll, off here, would show the tail of
# the last source card instead of the answer's first line). Gradio's English labels (a
# browser not set to Turkish gets them) are given Turkish ones, on the page and in the chat.
PAGE_JS = """
() => {
  document.documentElement.lang = 'tr';  // the page is Turkish: screen readers and hyphenation read it so
  const wide = window.matchMedia('(min-width: 1024px)');
  const openWide = () => {
    const header = document.querySelector('#arsiv-filters > button.label-wrap');
    const content = document.querySelector('#arsiv-filters [data-testid="accordion-content"]');
    if (!header || !content) return false;
    if (wide.matches && content.style.display === 'none') header.click();
    return true;
  };
  const words = {'Copy message': 'Mesajı kopyala', 'Copied message': 'Kopyalandı',
                 'Copy conversation': 'Sohbeti kopyala', 'Copied conversation': 'Kopyalandı',
                 'Like': 'Beğen', 'Dislike': 'Beğenme', 'Retry': 'Tekrar Dene', 'Undo': 'Geri Al',
                 'Clear': 'Sohbeti Temizle', 'More tabs': 'Diğer sekmeler', 'chatbot conversation': 'Sohbet',
                 'Liked': 'Beğenildi', 'Disliked': 'Beğenilmedi', 'Close': 'Kapat', 'undo': 'Geri Al',
                 'Gradio footer navigation': 'Alt bilgi', 'File upload': 'Dosya yükleme',
                 'Click to upload or drop files': 'Yüklemek için tıklayın ya da dosyaları bırakın',
                 'Copy table data': 'Tabloyu kopyala', 'Fullscreen': 'Tam ekran', 'Exit fullscreen': 'Tam ekrandan çık',
                 'Table actions': 'Tablo işlemleri', 'Open cell menu': 'Hücre menüsü', 'Dataframe': 'Tablo',
                 'Stop Recording': 'Kaydı durdur', 'Scroll down': 'Aşağı kaydır'};
  // A message's label is read aloud by screen readers: the question, or the answer's text
  // (Gradio puts the answer's HTML there), read again as the answer fills in (a refusal
  // that came in one piece after an empty bubble was labelled "Yanıt: " alone).
  const message = (b, label) => label.startsWith("user's message: ") ? 'Soru: ' + label.slice(16)
    : label.startsWith("bot's message") || label.startsWith('Yanıt: ')
      ? 'Yanıt: ' + b.innerText.trim().slice(0, 500)
    : label.startsWith('Select example') ? 'Örnek soru: ' + label.replace(/^Select example [0-9]+: /, '') : null;
  const turkish = (root) => {
    root.querySelectorAll('[aria-label]').forEach((b) => {
      const label = b.getAttribute('aria-label');
      const said = words[label] || message(b, label);
      if (!said || said === label) return;
      b.setAttribute('aria-label', said);
      if (b.tagName === 'BUTTON') b.setAttribute('title', said);
    });
    root.querySelectorAll('img[alt="Stop Recording"]').forEach((i) => i.setAttribute('alt', words['Stop Recording']));
    // Gradio's footer link is text, not a label: "Use via API" (its rocket icon is kept).
    root.querySelectorAll('footer a, footer button').forEach((el) => el.childNodes.forEach((n) => {
      if (n.nodeType === 3 && n.textContent.includes('Use via API')) n.textContent = n.textContent.replace('Use via API', 'API ile kullanın');
    }));
    // A progress bar's live region announces Gradio's untranslated key when a task ends.
    root.querySelectorAll('[aria-live]').forEach((r) => { if (r.textContent.trim() === 'common.complete') r.textContent = 'Tamamlandı'; });
  };
  // On a narrow screen the filter panel, opened to set a filter, closes when a question is
  // sent (its title keeps the filters in sight): left open, it pushed the chat below the
  // screen. One with a date that cannot be read stays open to be corrected.
  const closeNarrow = () => {
    const header = document.querySelector('#arsiv-filters > button.label-wrap');
    const content = document.querySelector('#arsiv-filters [data-testid="accordion-content"]');
    if (wide.matches || !header || !content || content.style.display === 'none') return;
    if (!header.innerText.includes('⚠')) header.click();
  };
  // The newest question is brought to the top of the chat box (below its buttons) and kept
  // there while its answer grows below it, until it is there or the reader scrolls the chat.
  let questions = 0, target = null;
  const follow = (chat) => {
    const rows = chat.querySelectorAll('.message-row.user-row');
    if (rows.length > questions) {
      closeNarrow();
      target = rows[rows.length - 1];
      const top = chat.getBoundingClientRect().top;
      if (top < 0) window.scrollBy(0, top - 8);
    }
    questions = rows.length;
    const scroller = chat.querySelector('[role="log"]');
    if (!target || !target.isConnected || !scroller) { target = null; return; }
    const gap = target.getBoundingClientRect().top - scroller.getBoundingClientRect().top - 40;
    const room = scroller.scrollHeight - scroller.clientHeight - scroller.scrollTop;
    if (gap > 1 && room > 1) scroller.scrollTop += Math.min(gap, room);  // (no scroll past the end)
    if (gap <= room + 1) target = null;  // it reached the top
  };
  // Run at most once a frame however many changes arrive (a streamed answer changes the chat at
  // every word), so the page stays free to draw and to answer.
  const onceAFrame = (work) => {
    let queued = false;
    return () => {
      if (queued) return;
      queued = true;
      requestAnimationFrame(() => { queued = false; work(); });
    };
  };
  const started = Date.now();
  const wait = setInterval(() => {
    const chat = document.querySelector('#arsiv-chat');
    if ((openWide() && chat) || Date.now() - started > 20000) {
      clearInterval(wait);
      if (!chat) return;
      turkish(document);  // and again whenever the page changes: new messages, a toast's close button
      new MutationObserver(onceAFrame(() => turkish(document))).observe(document.body, {childList: true, subtree: true, characterData: true});
      // Gradio's chat empties the question box's hint when a question is sent and never puts
      // it back: it comes back once the box can be typed in again.
      const box = document.querySelector('#arsiv-question textarea');
      if (box) {
        const hint = box.placeholder;
        const restore = () => { if (!box.disabled && !box.placeholder) box.placeholder = hint; };
        new MutationObserver(restore).observe(box, {attributes: true, attributeFilter: ['disabled', 'placeholder']});
      }
      new MutationObserver(onceAFrame(() => follow(chat))).observe(chat, {childList: true, subtree: true, characterData: true});
      for (const type of ['wheel', 'touchmove', 'keydown']) chat.addEventListener(type, () => { target = null; });
      // An opened list of sources is brought into view: on a phone it opened below the screen.
      chat.addEventListener('toggle', (e) => {
        if (e.target.tagName !== 'DETAILS' || !e.target.open) return;
        (e.target.querySelector('.arsiv-source') || e.target).scrollIntoView({block: 'nearest'});
      }, true);
    }
  }, 100);
}
"""

# Outside the app's own blocks, where ``CSS`` (scoped by Gradio to them) does not reach: a
# phone's narrow screen is not given 32 px margins; the footer's "·" separators go (they stood
# alone on a phone, where Gradio hides the API link, and after the hidden recording button);
# toast titles are Turkish (Gradio 6.31's toast shows its type, "Error"/"Info"/"Warning", and
# ignores the title a handler gives).
TOAST_TITLES = {"error": "Hata", "warning": "Uyarı", "info": "Bilgi", "success": "Tamam"}
HEAD = ("<style>\n@media (max-width: 640px) { .gradio-container .main.fillable { padding: 8px 10px !important; } }\n"
        "footer .divider { display: none !important; }\n") + "".join(
    f'.toast-title.{kind} {{ font-size: 0 !important; }} '
    f'.toast-title.{kind}::before {{ content: "{title}"; font-size: var(--text-md, 14px); }}\n'
    for kind, title in TOAST_TITLES.items()) + "</style>"


def build_ui(service: ArchiveService) -> gr.Blocks:
    settings = service.settings
    chat = ChatHandlers(service, AnswerStore(settings.answers_kept))
    with gr.Blocks(title="Arşiv", analytics_enabled=False) as demo:
        gr.Markdown("# Arşiv\nHaber arşivine Türkçe soru sorun; her yanıt numaralı kaynaklarıyla gelir. "
                    "Arşivde olmayan bir şeyi uydurmaz, *bulamadım* der.", elem_id="arsiv-header")
        if settings.admin_password:
            with gr.Tabs():
                with gr.Tab("Sohbet"):
                    category = _chat_tab(chat, chat_height(tabs=True))
                build_maintainers_tab(MaintenanceHandlers(service), chat, category)
        else:  # a lone "Sohbet" tab took a phone's line for nothing
            _chat_tab(chat, chat_height(tabs=False))
        gr.api(chat.ask, api_name="ask")
        gr.api(chat.brief, api_name="brief")
    return demo


def _chat_tab(chat: ChatHandlers, height: str) -> gr.Dropdown:
    """The chat with its filters; returns the category filter, which an ingest refreshes.

    Phone first: the filters sit in a closed panel above the chat whose title names the
    active ones, so the question box is in the first view; on a wide screen the panel is the
    side column it always was (opened by ``PAGE_JS``)."""
    with gr.Row(elem_id="arsiv-layout"):
        with (gr.Column(scale=1, min_width=250, elem_id="arsiv-side"),
              gr.Accordion(f"{FILTERS_TITLE} · tüm arşiv", open=False, elem_id="arsiv-filters") as panel):
            date_from = gr.Textbox(label="Başlangıç tarihi", placeholder="ör. 15.03.2024", max_lines=1,
                                   info="Gün, ay ya da yıl: 15.03.2024, 15 Mart 2024, Mart 2024, 2024",
                                   elem_id="arsiv-date-from")
            date_to = gr.Textbox(label="Bitiş tarihi", placeholder="ör. Mart 2024", max_lines=1,
                                 elem_id="arsiv-date-to")
            category = gr.Dropdown(**category_field(chat.service.stats().categories), value=ALL_CATEGORIES,
                                   label="Kategori", elem_id="arsiv-category")
            mode = gr.Radio([MODE_ANSWER, MODE_BRIEF], value=MODE_ANSWER, label="Mod",
                            info=f"{MODE_ANSWER}: kısa yanıt ve dayandığı cümle · "
                                 f"{MODE_BRIEF}: bir konudaki haberlerden tarih sıralı, kaynaklı özet")
            view = gr.Radio([VIEW_CARDS, VIEW_TIMELINE], value=VIEW_CARDS, label="Kaynakları göster")
        with gr.Column(scale=4, min_width=300, elem_id="arsiv-main"):
            chatbot = gr.Chatbot(height=height, label="Arşiv", show_label=False, elem_id="arsiv-chat",
                                 autoscroll=False, buttons=["copy_all"], feedback_options=("Like", "Dislike"),
                                 placeholder="Arşive bir soru sorun.")
            gr.ChatInterface(
                chat.chat, chatbot=chatbot,
                textbox=gr.Textbox(placeholder="Sorunuzu yazın… (kim, ne zaman, kaç, nerede, neden?)",
                                   label="Soru", elem_id="arsiv-question", submit_btn="Sor", stop_btn="Durdur"),
                additional_inputs=[date_from, date_to, category, mode, view],
                examples=[[q] for q in chat.service.example_questions] or None, examples_label="Örnek sorular",
                cache_examples=False, api_visibility="private", fill_height=False,
                validator=chat.check_question,
            )
            # The chat's value as the browser holds it: the voted message and the answer id it carries.
            chatbot.like(chat.feedback, inputs=[chatbot], outputs=None, api_visibility="private")
    # A date is read when its field is left (or Enter is pressed), not at every keystroke: one
    # that cannot be read gets a message beside it, and the panel's title always says what
    # the next question will be limited to. The title's event comes first (a failed check
    # stops the events after it on the same trigger), and both run again for a field left
    # while they were busy ("always_last"; "once", the default, would drop that change).
    filters = [date_from, date_to, category, mode, view]
    left = [date_from.blur, date_from.submit, date_to.blur, date_to.submit]
    gr.on([*left, category.change, mode.change, view.change], chat.filter_title, inputs=filters, outputs=panel,
          queue=False, trigger_mode="always_last", show_progress="hidden", api_visibility="private")
    gr.on(left, _nothing, inputs=[date_from, date_to], outputs=None, validator=chat.check_dates,
          trigger_mode="always_last", show_progress="hidden", api_visibility="private")
    # The categories are read when the list is opened, not at page load: an event still running
    # when the first question is checked ends after it and wipes its "Lütfen bir soru yazın."
    # (seen in a browser on a busy machine), and a list nobody opens need not be fresh.
    category.focus(chat.category_choices, outputs=category, show_progress="hidden", api_visibility="private")
    return category


def _nothing(*_) -> None:
    """The date check's event does its work in its validator."""


def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    settings = Settings()
    service = ArchiveService(settings)
    service.ensure_index()
    theme = gr.themes.Soft(font=["system-ui", "sans-serif"], font_mono=["ui-monospace", "monospace"])
    # Queue positions are sent to waiting clients once a second, not after every answer: with
    # 50 users that broadcast took more CPU than the answers (19 → 25 answers/s, load bench).
    build_ui(service).queue(default_concurrency_limit=settings.concurrency, status_update_rate=1).launch(
        server_name=settings.host, server_port=settings.port, allowed_paths=service.allowed_paths,
        max_file_size=int(settings.upload_max_mb * 1024 * 1024), theme=theme, css=CSS, js=PAGE_JS, head=HEAD,
        ssr_mode=False,
        footer_links=["api"],
        app_kwargs={"middleware": [Middleware(DocumentLinks, resolve=service.linked_file),
                                   Middleware(SandboxedPages),
                                   Middleware(DocumentFilesOnly, refuses=service.refuses_file),
                                   Middleware(ReadableTexts), Middleware(ReadablePdfPages)]},
    )


if __name__ == "__main__":
    main()
