"""Stored files are served as documents of the archive, and only those.

A source card links an uploaded or crawled page to its stored file, which Gradio serves from
the app's own address. A page's scripts (a crawled site's trackers, or anything an upload
holds) would run there with the reader's session; ``Content-Security-Policy: sandbox`` shows
the page without running them and gives it an origin of its own. Gradio serves whole folders
(the corpus, the uploads); of what lies there, only indexed documents' files are handed out.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from pathlib import Path
from urllib.parse import parse_qs, quote, unquote

from ingest.loaders.pdf import readable_pages

_STORED_PAGE = re.compile(r"/file=.*\.(?:html?|xhtml|svg)$", re.IGNORECASE)
_STORED_FILE = re.compile(r"/file=(.+)$")
_STORED_TEXT = re.compile(r"/file=.*\.(?:txt|md)$", re.IGNORECASE)
_SANDBOX = (b"content-security-policy", b"sandbox")
# A stored text shown as a page a phone can read: its own width, a readable size, paragraphs kept.
_READABLE = ("<!doctype html><html lang=\"tr\"><head><meta charset=\"utf-8\">"
             "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title}</title>"
             "<style>body{{font:17px/1.6 system-ui,sans-serif;max-width:42em;margin:0 auto;padding:1em;"
             "color:#1f2937}}h1{{font-size:1.3em;line-height:1.3}}h2{{font-size:1.1em}}p{{margin:0 0 .8em}}"
             "</style></head><body><h1>{title}</h1>{body}</body></html>")
_HEADING = re.compile(r"^#{1,6}\s+")  # a Markdown heading's marks ("## Gelecek yıl"), shown as a heading
# A stored page without a phone's width read at a desktop's (a saved news page, a stranger's find)
_VIEWPORT = b'<meta name="viewport" content="width=device-width, initial-scale=1">'
_HEAD = re.compile(rb"<head(?:\s[^>]*)?>", re.IGNORECASE)  # (not "<header>")


def readable_body(text: str, markdown: bool) -> str:
    """The text's paragraphs (a blank line parts them), escaped; a Markdown file's headings as
    headings, without their marks, so that the page reads as the article did."""
    blocks = [block.strip() for block in re.split(r"\n\s*\n", text) if block.strip()]
    parts = []
    for block in blocks:
        lines: list[str] = []
        for line in [*block.split("\n"), ""]:  # (a heading may stand inside a block: "Giriş.\n## Başlık\nMetin.")
            if line and not (markdown and _HEADING.match(line)):
                lines.append(html.escape(line.strip()))
                continue
            if lines:
                parts.append(f"<p>{'<br>'.join(lines)}</p>")
                lines = []
            if line:
                parts.append(f"<h2>{html.escape(_HEADING.sub('', line))}</h2>")
    return "".join(parts)


class _OnStoredFiles:
    """ASGI middleware acting on the responses for stored files whose path matches ``served``
    (``on_file``); the rest of the app, its event streams included, passes untouched."""

    served: re.Pattern[str]

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http" or not self.wants(scope):
            await self.app(scope, receive, send)
            return
        await self.on_file(scope, receive, send)

    def wants(self, scope) -> bool:
        """Whether this request's file is one this middleware answers."""
        return self.served.search(unquote(scope.get("path", ""))) is not None

    async def on_file(self, scope, receive, send) -> None:
        """A served file's body is read whole and answered as ``rewrite`` says; a refused or
        missing file's answer passes as it came (its start as ``started`` says)."""
        start: dict = {}
        body: list[bytes] = []

        async def whole(message) -> None:
            if message["type"] == "http.response.start":
                start.update(self.started(message))
                if message.get("status") != 200:
                    await send(start)
                return
            if start.get("status") != 200:
                await send(message)
                return
            body.append(message.get("body", b""))
            if not message.get("more_body"):
                headers, page = self.rewrite(scope, start.get("headers", []), b"".join(body))
                await send({**start, "headers": [*headers, (b"content-length", str(len(page)).encode())]})
                await send({"type": "http.response.body", "body": page})

        await self.app(scope, receive, whole)

    def started(self, message: dict) -> dict:
        """The response's start, as this middleware sends it."""
        return message

    def rewrite(self, scope, headers: list, body: bytes) -> tuple[list, bytes]:
        """The headers (less a length) and the body a served file is answered with."""
        raise NotImplementedError


class SandboxedPages(_OnStoredFiles):
    """A stored page's response carries the sandbox policy, and a phone's width where the page
    names none."""

    served = _STORED_PAGE

    def started(self, message: dict) -> dict:
        return {**message, "headers": [*message.get("headers", []), _SANDBOX]}

    def rewrite(self, scope, headers: list, body: bytes) -> tuple[list, bytes]:
        return [(k, v) for k, v in headers if k.lower() != b"content-length"], for_reading(body)


def for_reading(page: bytes) -> bytes:
    """The page, told to take a phone's width where it does not say what width it takes, with a readable measure
    first in its head (a saved page's own stylesheet rarely comes with it: its lines ran the desktop's whole
    width, a stranger's find; the page's own styles, read after it, still win)."""
    head = _HEAD.search(page)
    if head is None:
        return page
    sized = b"" if re.search(rb"name\s*=\s*[\"']?viewport", page, re.IGNORECASE) else _VIEWPORT
    return page[:head.end()] + sized + _BASE_STYLE + page[head.end():]


_BASE_STYLE = b"<style>body{max-width:46em;margin:0 auto;padding:0 1em;font:17px/1.6 system-ui,sans-serif}</style>"


# A source card's link to a stored file: a key of its path and its name ("belge/3f2a…/haber.txt"),
# so that no reader sees where the server keeps the archive.
LINK_PREFIX = "belge/"
_DOCUMENT_LINK = re.compile(rf"^/{LINK_PREFIX}([0-9a-f]{{16}})(?:/[^/]*)?$")


class DocumentLinks:
    """ASGI middleware: a document link is answered as Gradio's file route for the stored file
    its key names (``resolve``), so the other middlewares and Gradio's own rules still apply;
    an unknown key is not found."""

    def __init__(self, app, resolve: Callable[[str], Path | None]) -> None:
        self.app = app
        self.resolve = resolve

    async def __call__(self, scope, receive, send) -> None:
        linked = _DOCUMENT_LINK.match(scope.get("path", "")) if scope["type"] == "http" else None
        if linked is None:
            await self.app(scope, receive, send)
            return
        path = self.resolve(linked.group(1))
        if path is None:
            await _not_found(send)
            return
        served = f"/gradio_api/file={path}"
        await self.app({**scope, "path": served, "raw_path": quote(served).encode()}, receive, send)


async def _not_found(send) -> None:
    await send({"type": "http.response.start", "status": 404,
                "headers": [(b"content-type", b"text/plain; charset=utf-8")]})
    await send({"type": "http.response.body", "body": "Dosya bulunamadı.".encode()})


class DocumentFilesOnly:
    """ASGI middleware: a file the service ``refuses`` (one beside the archive's documents
    that no document is read from) is not found, whatever Gradio's folder rule allows."""

    def __init__(self, app, refuses: Callable[[Path], bool]) -> None:
        self.app = app
        self.refuses = refuses

    async def __call__(self, scope, receive, send) -> None:
        asked = _STORED_FILE.search(unquote(scope.get("path", ""))) if scope["type"] == "http" else None
        if asked and self.refuses(Path(asked.group(1))):
            await _not_found(send)
            return
        await self.app(scope, receive, send)


class ReadableTexts(_OnStoredFiles):
    """A stored text document (a citation's link for an article without a web address) is shown
    as a page a phone can read, not as raw text in the browser's smallest print (a stranger's
    find). Gradio still decides what may be served; only a served text's body is wrapped,
    escaped, in a sandboxed page."""

    served = _STORED_TEXT

    def rewrite(self, scope, headers: list, body: bytes) -> tuple[list, bytes]:
        title, _, text = body.decode("utf-8", errors="replace").strip().partition("\n")
        markdown = unquote(scope.get("path", "")).lower().endswith(".md")
        page = _READABLE.format(title=html.escape(_HEADING.sub("", title.strip())),
                                body=readable_body(text, markdown)).encode()
        return [(b"content-type", b"text/html; charset=utf-8"), _SANDBOX], page


_STORED_PDF = re.compile(r"/file=.*\.pdf$", re.IGNORECASE)
PAGE_PARAMETER = "sayfa"  # "haber.pdf?sayfa=2": the PDF's second page as a page a phone can read
_ORIGINAL = '<p><a href="{href}">Özgün PDF belgesini aç (s. {page})</a></p>'


class ReadablePdfPages(_OnStoredFiles):
    """A PDF citation opens its page as text a phone can read, where the browser can mark the quoted sentence (a
    PDF viewer shows a desktop page in the smallest print and marks nothing: three strangers' find); the original
    PDF is a link away. Only a request naming a page (``?sayfa=2``) is read so; the PDF itself passes untouched."""

    served = _STORED_PDF

    def wants(self, scope) -> bool:
        return _page_asked(scope) is not None and super().wants(scope)

    def rewrite(self, scope, headers: list, body: bytes) -> tuple[list, bytes]:
        page = _page_asked(scope) or 1
        name = unquote(scope.get("path", "")).rsplit("/", 1)[-1]
        try:
            title, pages = readable_pages(body)
        except Exception:  # a PDF the archive read once and that no longer reads: the original, as it is
            return [(k, v) for k, v in headers if k.lower() != b"content-length"], body
        text = pages[min(page, len(pages)) - 1] if pages else ""
        original = _ORIGINAL.format(href=html.escape(f"{quote(name)}#page={page}"), page=page)
        page_html = _READABLE.format(title=html.escape(title or name),
                                     body=original + readable_body(text, markdown=False)).encode()
        return [(b"content-type", b"text/html; charset=utf-8"), _SANDBOX], page_html


def _page_asked(scope) -> int | None:
    """The page a request's ``sayfa`` names, if any."""
    asked = parse_qs(scope.get("query_string", b"").decode("latin-1")).get(PAGE_PARAMETER, [""])[0]
    return int(asked) if asked.isdigit() and int(asked) > 0 else None
