"""Stored files are served as documents of the archive, and only those.

A source card links an uploaded or crawled page to its stored file, which Gradio serves from
the app's own address. A page's scripts (a crawled site's trackers, or anything an upload
holds) would run there with the reader's session; ``Content-Security-Policy: sandbox`` shows
the page without running them and gives it an origin of its own. Gradio serves whole folders
(the corpus, the uploads); of what lies there, only indexed documents' files are handed out.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from urllib.parse import unquote

_STORED_PAGE = re.compile(r"/file=.*\.(?:html?|xhtml|svg)$", re.IGNORECASE)
_STORED_FILE = re.compile(r"/file=(.+)$")
_SANDBOX = (b"content-security-policy", b"sandbox")


class SandboxedPages:
    """ASGI middleware: a stored page's response carries the sandbox policy (the rest of the
    app, its event streams included, passes untouched)."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http" or not _STORED_PAGE.search(unquote(scope.get("path", ""))):
            await self.app(scope, receive, send)
            return

        async def sandboxed(message) -> None:
            if message["type"] == "http.response.start":
                message = {**message, "headers": [*message.get("headers", []), _SANDBOX]}
            await send(message)

        await self.app(scope, receive, sandboxed)


class DocumentFilesOnly:
    """ASGI middleware: a file the service ``refuses`` (one beside the archive's documents
    that no document is read from) is not found, whatever Gradio's folder rule allows."""

    def __init__(self, app, refuses: Callable[[Path], bool]) -> None:
        self.app = app
        self.refuses = refuses

    async def __call__(self, scope, receive, send) -> None:
        asked = _STORED_FILE.search(unquote(scope.get("path", ""))) if scope["type"] == "http" else None
        if asked and self.refuses(Path(asked.group(1))):
            await send({"type": "http.response.start", "status": 404,
                        "headers": [(b"content-type", b"text/plain; charset=utf-8")]})
            await send({"type": "http.response.body", "body": "Dosya bulunamadı.".encode()})
            return
        await self.app(scope, receive, send)
