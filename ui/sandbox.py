"""Stored HTML pages open as documents, never as code of this app.

A source card links an uploaded or crawled page to its stored file, which Gradio serves from
the app's own address. A page's scripts (a crawled site's trackers, or anything an upload
holds) would run there with the reader's session; ``Content-Security-Policy: sandbox`` shows
the page without running them and gives it an origin of its own.
"""

from __future__ import annotations

import re
from urllib.parse import unquote

_STORED_PAGE = re.compile(r"/file=.*\.(?:html?|xhtml|svg)$", re.IGNORECASE)
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
