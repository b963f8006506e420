"""The maintainers' tab: every action checks the password on the server, then uploads,
re-indexes or shows the index statistics."""

from __future__ import annotations

import hmac
from pathlib import Path

import gradio as gr
import pandas as pd

from ingest.report import IngestReport
from ingest.uploads import save_uploads
from rag.ops.stats import ArchiveStats
from ui.render import report_markdown, stats_markdown
from ui.service import ArchiveService, Progress

Overview = tuple[str, pd.DataFrame]  # statistics as Markdown, articles per month for the chart
Finished = tuple[str, dict, str, pd.DataFrame]  # the ingest report as Markdown and as JSON, the overview


def months_frame(stats: ArchiveStats) -> pd.DataFrame:
    return pd.DataFrame(stats.per_month, columns=["ay", "makale"])


def reporter(progress: gr.Progress) -> Progress:
    """An ingest's progress callback that moves Gradio's progress bar."""
    return lambda done, total, message: progress((done, max(total, 1)), desc=message)


class MaintenanceHandlers:
    """Login, upload and re-index over one ``ArchiveService``. (Gradio finds the progress bar
    of upload and re-index by their ``gr.Progress()`` default, hence the B008 exceptions.)"""

    def __init__(self, service: ArchiveService) -> None:
        self.service = service
        self.settings = service.settings

    def authorise(self, password: str | None) -> None:
        if not hmac.compare_digest((password or "").encode(), self.settings.admin_password.encode()):
            raise gr.Error("Parola yanlış; bakım işlemleri için doğru parola gerekli.")

    def overview(self) -> Overview:
        stats = self.service.stats()
        return stats_markdown(stats), months_frame(stats)

    def login(self, password: str) -> tuple[gr.Column, str, pd.DataFrame]:
        """The maintainers' panel, shown, with the statistics."""
        self.authorise(password)
        return (gr.Column(visible=True), *self.overview())

    def upload(self, password: str, files: list[str] | None,
               progress: gr.Progress = gr.Progress()) -> Finished:  # noqa: B008
        """Save uploaded documents into the uploads folder and index them; the ingest report."""
        self.authorise(password)
        if not files:
            raise gr.Error("Yüklenecek dosya seçilmedi.")
        saved = save_uploads([Path(f) for f in files], self.settings)
        report = self.service.ingest(saved.saved, progress=reporter(progress)) if saved.saved else IngestReport()
        for rejected in saved.rejected:
            report.reject(**rejected)
        return self._finish(report)

    def reindex(self, password: str,
                progress: gr.Progress = gr.Progress()) -> Finished:  # noqa: B008
        """Index the corpus folder and all uploads again; only changed documents are embedded."""
        self.authorise(password)
        folders = [self.settings.corpus_dir, self.settings.uploads_dir]
        return self._finish(self.service.ingest(folders, progress=reporter(progress)))

    def _finish(self, report: IngestReport) -> Finished:
        return (report_markdown(report), report.to_dict(), *self.overview())
