"""The maintainers' tab: every action checks the password on the server, then uploads,
re-indexes, shows the index statistics, or works the desk (the archive's documents as a
searchable, paged table; a document removed after a confirmation step)."""

from __future__ import annotations

import hmac
from pathlib import Path
from typing import TYPE_CHECKING

import gradio as gr
import pandas as pd

from ingest.loaders import SUPPORTED
from ingest.removal import file_fates
from ingest.report import IngestReport
from ingest.uploads import keep_indexed, save_uploads
from rag.ops.stats import ArchiveStats
from ui.desk import COLUMNS, confirmation, document_page, removal_markdown
from ui.errors import user_error
from ui.render import report_markdown, stats_markdown
from ui.service import ArchiveService, Progress

if TYPE_CHECKING:
    from ui.chat import ChatHandlers

MIN_CHART_TOP = 5  # the month chart's y axis reaches at least this, so its ticks are whole numbers
MAX_MONTHS_CHARTED = 24  # beyond two years of months, the chart counts years

Overview = tuple[str, gr.BarPlot]  # statistics as Markdown, the chart of articles per month
Finished = tuple[str, dict, str, gr.BarPlot]  # the report as Markdown and as JSON, the overview
DeskView = tuple[str, pd.DataFrame, list[str], gr.Dropdown, int]  # caption, table, its ids, choices, page


def periods(stats: ArchiveStats) -> list[tuple[str, int]]:
    """Articles per month, or per year when the archive spans more months than a chart can
    label (seven years of months were an unreadable smear of labels on a phone)."""
    if len(stats.per_month) <= MAX_MONTHS_CHARTED:
        return stats.per_month
    years: dict[str, int] = {}
    for month, n in stats.per_month:
        years[month[:4]] = years.get(month[:4], 0) + n
    return list(years.items())


def months_frame(stats: ArchiveStats) -> pd.DataFrame:
    """Articles per period, the count an integer column even when there are none: Gradio
    types each axis from the column's dtype, and an empty frame's object columns would make
    the y axis categorical, for good (the chart keeps the first spec it drew)."""
    return pd.DataFrame(periods(stats), columns=["dönem", "makale"]).astype({"dönem": "str", "makale": "int64"})


def chart_top(stats: ArchiveStats) -> int:
    return max([MIN_CHART_TOP, *(n for _, n in periods(stats))])


def month_chart(stats: ArchiveStats) -> gr.BarPlot:
    """The chart's data and a y axis from zero to a whole number: 0 and 1 counts would
    otherwise get a 0–1 axis ticked in tenths. Its titles stay as drawn: Gradio redraws a plot
    whose titles change with the data it had before (months under a "by year" title after an
    upload, the eighteenth stranger's find); the labels say months ("2024-03") or years."""
    return gr.BarPlot(value=months_frame(stats), y_lim=[0, chart_top(stats)])


def desk_frame(rows: list[list[str | int]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=COLUMNS).astype({"Parça": "int64"})


def reporter(progress: gr.Progress, unit: str = "dosya") -> Progress:
    """An ingest's progress callback that moves Gradio's progress bar ("3/8 dosya", in Turkish)."""
    return lambda done, total, message: progress((done, max(total, 1)), desc=message, unit=unit)


# Runs in the browser: closes the error toasts on screen.
CLOSE_ERRORS = """(...args) => {
  document.querySelectorAll('button.toast-close.error').forEach((button) => button.click());
  return args;
}"""


class MaintenanceHandlers:
    """Login, upload, re-index and the desk over one ``ArchiveService``. (Gradio finds the
    progress bar of upload and re-index by their ``gr.Progress()`` default, hence the B008
    exceptions.)"""

    def __init__(self, service: ArchiveService) -> None:
        self.service = service
        self.settings = service.settings

    def authorise(self, password: str | None) -> None:
        if not hmac.compare_digest((password or "").encode(), self.settings.admin_password.encode()):
            raise user_error("Parola yanlış; bakım işlemleri için doğru parola gerekli.", "maintainers")

    def overview(self) -> Overview:
        stats = self.service.stats()
        return stats_markdown(stats), month_chart(stats)

    def login(self, password: str) -> tuple[gr.Column, str, gr.BarPlot]:
        """The maintainers' panel, shown, with the statistics."""
        self.authorise(password)
        return (gr.Column(visible=True), *self.overview())

    def upload(self, password: str, files: list[str] | None,
               progress: gr.Progress = gr.Progress()) -> Finished:  # noqa: B008
        """Save uploaded documents into the uploads folder and index them; the ingest report.
        A file the ingest rejects is not kept in the uploads folder."""
        self.authorise(password)
        if not files:
            raise user_error("Yüklenecek dosya seçilmedi.", "/upload")
        saved = save_uploads([Path(f) for f in files], self.settings)
        discarded: list[str] = []
        report = IngestReport()
        if saved.saved:
            report = self.service.ingest(saved.saved, progress=reporter(progress))
            discarded = keep_indexed(saved, report, self.settings)
        for rejected in saved.rejected:
            report.reject(**rejected)
        note = (f"\n\nDizine alınamayan dosyalar yükleme klasöründe tutulmadı: {', '.join(discarded)}"
                if discarded else "")
        return self._finish(report, note)

    def reindex(self, password: str,
                progress: gr.Progress = gr.Progress()) -> Finished:  # noqa: B008
        """Index the corpus folder and all uploads again; only changed documents are embedded.
        The uploads folder is made by the first upload: before it, there are none to index (a
        stranger's fresh archive reported it as a rejected "dosya ya da klasör bulunamadı")."""
        self.authorise(password)
        uploads = [self.settings.uploads_dir] if self.settings.uploads_dir.exists() else []
        folders = [self.settings.corpus_dir, *uploads]
        return self._finish(self.service.ingest(folders, progress=reporter(progress)))

    def sync(self, password: str, sites: str | None, prune: bool,
             progress: gr.Progress = gr.Progress()) -> Finished:  # noqa: B008
        """Bring the archive in step with the news sites given, one address a line."""
        self.authorise(password)
        addresses = [line.strip() for line in (sites or "").splitlines() if line.strip()]
        if not addresses:
            raise user_error("Eşitlenecek site adresi yazılmadı (ör. https://haber.example.org).", "/sync")
        return self._finish(self.service.sync(addresses, prune=prune, progress=reporter(progress, "kaynak")))

    def _finish(self, report: IngestReport, note: str = "") -> Finished:
        return (report_markdown(report) + note, report.to_dict(), *self.overview())

    # --- the desk ----------------------------------------------------------------------
    def documents(self, password: str, query: str | None, page: int | None) -> DeskView:
        """One page of the archive's documents that ``query`` matches, and the removal choices."""
        self.authorise(password)
        view = document_page(self.service.registry(), query or "", page or 1)
        return (view.caption, desk_frame(view.table), view.doc_ids,
                gr.Dropdown(choices=view.choices, value=None), view.page)

    def pick(self, password: str, doc_ids: list[str], evt: gr.SelectData) -> str | None:
        """A click on a table row chooses its document for removal."""
        self.authorise(password)
        row = evt.index[0] if isinstance(evt.index, (list, tuple)) else evt.index
        return doc_ids[row] if isinstance(row, int) and 0 <= row < len(doc_ids) else None

    def ask_removal(self, password: str, doc_id: str | None) -> tuple[gr.Group, str, str]:
        """The confirmation step: what removing the chosen document will do."""
        self.authorise(password)
        if not doc_id:
            raise user_error("Önce kaldırılacak belgeyi seçin (tabloda satırına tıklayın ya da listeden seçin).", "removal")
        registry = self.service.registry()
        entry = registry.get(doc_id)
        if entry is None:
            raise user_error("Bu belge artık arşivde yok; listeyi yenilemek için yeniden arayın.", "removal")
        return gr.Group(visible=True), confirmation(entry, file_fates([doc_id], registry, self.settings)), doc_id

    def remove(self, password: str, doc_id: str | None) -> tuple[gr.Group, None, str, dict, str, gr.BarPlot]:
        """Confirmed: the document leaves the index, the snapshot and, if it was an upload of
        its own, the uploads folder; the removal report and the overview."""
        self.authorise(password)
        if not doc_id:
            raise user_error("Kaldırılacak belge seçilmedi.", "removal")
        report = self.service.remove([doc_id])
        return (gr.Group(visible=False), None, removal_markdown(report), report.to_dict(), *self.overview())


def build_maintainers_tab(maintenance: MaintenanceHandlers, chat: ChatHandlers, category: gr.Dropdown) -> None:
    """The Bakım tab: the password, then the statistics, upload and re-index, and the desk."""
    settings = maintenance.settings
    private = {"api_visibility": "private"}
    with gr.Tab("Bakım"):
        with gr.Row() as login_row:
            password = gr.Textbox(type="password", label="Bakım parolası", elem_id="arsiv-password", scale=3)
            login_button = gr.Button("Giriş", scale=1)
        with gr.Column(visible=False) as panel:
            with gr.Row():
                stats = gr.Markdown()
                logout_button = gr.Button("Çıkış", size="sm", scale=0, min_width=80, elem_id="arsiv-logout")
            # No file_types here: Gradio would refuse the whole batch for one bad file, while
            # save_uploads rejects just that file, by name, and indexes the rest.
            files = gr.File(file_count="multiple", type="filepath", elem_id="arsiv-upload",
                            label=f"Belgeler ({' '.join(sorted(SUPPORTED))}; en fazla "
                                  f"{settings.upload_max_files} dosya, dosya başına {settings.upload_max_mb:g} MB)")
            with gr.Row():
                upload_button = gr.Button("Yükle ve dizinle", variant="primary")
                reindex_button = gr.Button("Tümünü yeniden dizinle")
            # right under the buttons: an upload's progress and report in view on a phone (a
            # stranger's find: both were below the site form, out of sight for 26 s)
            report_text = gr.Markdown("*Yükleme ve dizinleme raporu burada görünecek.*", elem_id="arsiv-report")
            with gr.Accordion("Rapor (JSON)", open=False):
                report_json = gr.JSON(label="Rapor (JSON)")
            with gr.Accordion("Site eşitleme", open=bool(settings.sites), elem_id="arsiv-sync"):
                sites = gr.Textbox(value="\n".join(settings.sites), lines=2, elem_id="arsiv-sync-sites",
                                   label="Site adresleri (her satıra bir adres)",
                                   placeholder="https://haber.example.org",
                                   info="Yeni ve değişen yazılar eklenir: WordPress API'si, yoksa site "
                                        "haritası, yoksa RSS/Atom akışı okunur.")
                prune = gr.Checkbox(label="Sitede artık olmayan yazıları arşivden kaldır", value=False,
                                    elem_id="arsiv-sync-prune")
                sync_button = gr.Button("Siteyi eşitle", variant="primary", elem_id="arsiv-sync-button")
            # below the upload form: on a phone the form comes first (a stranger's find)
            chart = gr.BarPlot(x="dönem", y="makale", title="Dönemlere göre haber sayısı", height=280,
                               x_label_angle=-90, x_title="ay ya da yıl", y_title="haber", y_axis_format="d",
                               y_lim=[0, MIN_CHART_TOP], elem_id="arsiv-months")

            gr.Markdown("### Arşivdeki belgeler")
            search = gr.Textbox(label="Belgelerde ara", placeholder="başlık, dosya ya da adres…", submit_btn="Ara",
                                elem_id="arsiv-desk-search")
            caption = gr.Markdown(elem_id="arsiv-desk-caption")
            # Fixed widths, but a share of the width for the title: the table fills a desktop
            # (1214 px inside Gradio's page) and scrolls sideways, inside itself, on a phone.
            table = gr.Dataframe(headers=COLUMNS, datatype=["str", "str", "str", "str", "str", "number", "str"],
                                 interactive=False, wrap=True, max_height=720, elem_id="arsiv-desk-table",
                                 column_widths=["33%", "115px", "222px", "110px", "90px", "64px", "140px"])
            with gr.Row():
                previous_button = gr.Button("‹ Önceki sayfa", size="sm", elem_id="arsiv-desk-previous")
                next_button = gr.Button("Sonraki sayfa ›", size="sm", elem_id="arsiv-desk-next")
            chosen = gr.Dropdown(choices=[], value=None, label="Kaldırılacak belge",
                                 info="Tabloda bir satıra tıklayın ya da buradan seçin.",
                                 elem_id="arsiv-desk-choice")
            with gr.Row():
                ask_button = gr.Button("Kaldır…", variant="stop", size="sm", elem_id="arsiv-desk-remove")
            with gr.Group(visible=False, elem_id="arsiv-desk-confirm") as confirm_box:
                confirm_text = gr.Markdown(padding=True, elem_id="arsiv-desk-confirm-text")
                with gr.Row():
                    confirm_button = gr.Button("Evet, kaldır", variant="stop", elem_id="arsiv-desk-confirm-yes")
                    cancel_button = gr.Button("Vazgeç", elem_id="arsiv-desk-confirm-no")
            page_ids = gr.State([])  # the doc id of each row shown
            page = gr.State(1)
            pending = gr.State(None)  # the document the confirmation names

        desk = [caption, table, page_ids, chosen, page]
        overview = [stats, chart]

        def documents_at(step: int):
            """The desk ``step`` pages from the one shown (0: the same page, brought up to date)."""
            return lambda secret, query, at: maintenance.documents(secret, query, (at or 1) + step)

        def show(event) -> None:
            """After ``event``, the page shown again, with what the event changed."""
            event.success(documents_at(0), [password, search, page], desk, **private)

        def first_page(secret: str, query: str | None) -> DeskView:
            return maintenance.documents(secret, query, 1)

        for trigger in (login_button.click, password.submit):
            # a "Parola yanlış" still on screen from a try before is closed once the right one is in
            # the password row gives way to the panel only once the password is right: a wrong
            # one's error stays on the outputs, never over the row the maintainer types in
            logged_in = trigger(maintenance.login, password, [panel, *overview], **private)
            logged_in.success(lambda: gr.Row(visible=False), None, login_row, **private)
            logged_in.success(first_page, [password, search], desk, js=CLOSE_ERRORS, **private)
        # The password leaves the page with the panel: the next maintainer at this screen types it.
        logout_button.click(lambda: (gr.Row(visible=True), gr.Column(visible=False), ""), None,
                            [login_row, panel, password], **private)
        outputs = [report_text, report_json, *overview]
        for button, action, inputs, name in ((upload_button, maintenance.upload, [password, files], "upload"),
                                             (reindex_button, maintenance.reindex, [password], "reindex"),
                                             (sync_button, maintenance.sync, [password, sites, prune], "sync")):
            # The progress bar over the report, beside the button, not over the statistics above.
            done = button.click(action, inputs, outputs, api_name=name, concurrency_limit=1,
                                show_progress_on=[report_text])
            done.success(chat.category_choices, outputs=category, **private)
            show(done)
            if button is upload_button:  # the next batch starts empty, not with these files again
                done.success(lambda: None, outputs=files, **private)

        search.submit(first_page, [password, search], desk, **private)
        # As the maintainer types: only the latest text is searched, without a progress overlay.
        search.input(first_page, [password, search], desk, trigger_mode="always_last", show_progress="hidden",
                     **private)
        previous_button.click(documents_at(-1), [password, search, page], desk, **private)
        next_button.click(documents_at(+1), [password, search, page], desk, **private)
        table.select(maintenance.pick, [password, page_ids], chosen, **private)
        # Another choice withdraws a confirmation on screen: what is confirmed is what was shown.
        chosen.change(lambda: (gr.Group(visible=False), None), None, [confirm_box, pending], **private)
        asked = ask_button.click(maintenance.ask_removal, [password, chosen], [confirm_box, confirm_text, pending],
                                 **private)
        # (on a phone the confirmation opens below the fold: the page scrolls to it, a stranger's find)
        asked.then(None, js="() => document.getElementById('arsiv-desk-confirm')?.scrollIntoView({block: 'center'})",
                   **private)
        cancel_button.click(lambda: (gr.Group(visible=False), None), None, [confirm_box, pending], **private)
        removed = confirm_button.click(maintenance.remove, [password, pending],
                                       [confirm_box, pending, *outputs], concurrency_limit=1, **private)
        removed.success(chat.category_choices, outputs=category, **private)
        show(removed)
