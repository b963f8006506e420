"""Errors a user can cause (a wrong password, an empty question, a date that cannot be read):
one log line and a Turkish message in the browser or the API client, never a traceback.

``gr.Error`` prints a full traceback to the server log unless ``print_exception`` is off;
``user_error`` turns it off and logs one line instead. Anything else a handler raises is a
real crash and keeps Gradio's traceback.
"""

from __future__ import annotations

import logging

import gradio as gr

log = logging.getLogger("arsiv.app")
ERROR_TITLE = "Hata"


def user_error(message: str, where: str) -> gr.Error:
    """A ``gr.Error`` to raise for ``message`` (Turkish, for the user), logged as one line."""
    log.info("%s refused: %s", where, message)
    return gr.Error(message, title=ERROR_TITLE, print_exception=False)
