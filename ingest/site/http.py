"""A polite HTTP client for one site: robots.txt (RFC 9309, with protego), a User-Agent that
says who we are, a rate limit and small concurrency, timeouts, retries with backoff on 429
and 5xx (``Retry-After`` obeyed, by every thread), conditional GETs (ETag / Last-Modified →
304), redirects followed one hop at a time (each checked against robots.txt and the rate
limit) and a size limit.

Once connections to the site fail after every retry (refused, or no connection within the
timeout), the client says so for every later request at once (``SiteDown``), so a sync
against a site that went down ends quickly, with what it finished kept and the rest
reported. A page that is slow or broken fails alone.
"""

from __future__ import annotations

import json
import logging
import math
import threading
import time
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit

import httpx
from protego import Protego

from rag.settings import Settings

log = logging.getLogger(__name__)

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504, 520, 521, 522, 523, 524})  # 52x: CDNs' "origin down"
GONE_STATUSES = frozenset({404, 410})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
MAX_REDIRECTS = 5
# No connection at all: the site, not the page, is in trouble.
_UNREACHABLE = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
Validators = dict[str, dict[str, str]]  # url → {"etag": …, "last_modified": …}


class FetchError(Exception):
    """A request that failed for good; the message is the reason shown to maintainers."""

    def __init__(self, url: str, reason: str, status: int | None = None) -> None:
        super().__init__(reason)
        self.url, self.reason, self.status = url, reason, status

    @property
    def gone(self) -> bool:
        """The site says the page no longer exists (404/410), not that a request failed."""
        return self.status in GONE_STATUSES


class SiteDown(FetchError):
    """The site does not answer at all; nothing more is asked of it in this run."""


@dataclass
class Fetched:
    url: str  # where the answer came from, after redirects
    status: int
    content: bytes = b""
    headers: httpx.Headers = field(default_factory=httpx.Headers)

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()

    @property
    def charset(self) -> str | None:
        for part in self.headers.get("content-type", "").split(";")[1:]:
            key, _, value = part.strip().partition("=")
            if key.lower() == "charset" and value:
                return value.strip("\"'")
        return None

    def json(self):
        return json.loads(self.content)


class PoliteClient:
    """Requests to one site, shared by the sync's threads."""

    def __init__(self, site: str, settings: Settings, validators: Validators | None = None,
                 transport: httpx.BaseTransport | None = None) -> None:
        self.site = site
        self.settings = settings
        self.validators: Validators = validators if validators is not None else {}
        self.requests = 0
        self.not_modified = 0
        self._http = httpx.Client(headers={"User-Agent": settings.sync_user_agent},
                                  timeout=settings.sync_timeout_s, transport=transport)
        self._robots: Protego | None = None
        self._interval = 1.0 / settings.sync_rate
        self._next_slot = 0.0
        self._lock = threading.Lock()
        self._down: SiteDown | None = None

    def close(self) -> None:
        self._http.close()

    # --- robots.txt ---------------------------------------------------------------------
    def robots(self) -> Protego:
        """The site's robots.txt rules, read once (RFC 9309: none → all allowed; the server
        failing, or answering 429, → nothing allowed, so a site is never crawled against its
        wishes)."""
        if self._robots is None:
            url = urljoin(self.site + "/", "/robots.txt")
            try:
                text = self._request(url, {}, checked=False).content.decode("utf-8", "replace")
            except SiteDown:
                raise
            except FetchError as exc:
                if exc.status is None or exc.status == 429 or exc.status >= 500:
                    raise FetchError(url, f"robots.txt alınamadı ({exc.reason}); site taranmadı",
                                     exc.status) from exc
                text = ""  # 4xx: no rules
            rules = Protego.parse(text)
            delay = rules.crawl_delay(self.settings.sync_user_agent)
            if delay:
                self._interval = max(self._interval, float(delay))
            self._robots = rules
        return self._robots

    def allowed(self, url: str) -> bool:
        """robots.txt lets us fetch ``url``; another host's pages are never fetched."""
        return same_host(url, self.site) and self.robots().can_fetch(url, self.settings.sync_user_agent)

    # --- requests -----------------------------------------------------------------------
    def get(self, url: str, conditional: bool = False) -> Fetched:
        """GET ``url`` if robots.txt allows it; with ``conditional`` the validators of the
        last answer are sent and a 304 comes back as ``Fetched.not_modified``."""
        if not self.allowed(url):
            raise FetchError(url, "robots.txt bu adresi yasaklıyor")
        headers: dict[str, str] = {}
        known = self.validators.get(url, {}) if conditional else {}
        if known.get("etag"):
            headers["If-None-Match"] = known["etag"]
        if known.get("last_modified"):
            headers["If-Modified-Since"] = known["last_modified"]
        fetched = self._request(url, headers)
        if fetched.not_modified:
            with self._lock:
                self.not_modified += 1
        elif conditional:
            self._remember(url, fetched.headers)
        return fetched

    def _remember(self, url: str, headers: httpx.Headers) -> None:
        found = {"etag": headers.get("etag", ""), "last_modified": headers.get("last-modified", "")}
        found = {k: v for k, v in found.items() if v}
        if found:
            self.validators[url] = found
        else:
            self.validators.pop(url, None)

    def _request(self, url: str, headers: dict[str, str], checked: bool = True) -> Fetched:
        if self._down is not None:
            raise SiteDown(url, self._down.reason)
        retries = self.settings.sync_retries
        for attempt in range(retries + 1):
            try:
                fetched = self._follow(url, headers, checked)
            except _UNREACHABLE as exc:
                if attempt < retries:
                    self._hold_all(self._backoff(attempt), url, type(exc).__name__)
                    continue
                self._down = SiteDown(url, f"site yanıt vermiyor ({type(exc).__name__}: {exc})")
                raise self._down from exc
            except httpx.HTTPError as exc:  # a slow or broken page: it fails alone
                if attempt < retries and isinstance(exc, httpx.TransportError):
                    self._hold_all(self._backoff(attempt), url, type(exc).__name__)
                    continue
                raise FetchError(url, f"okunamadı ({type(exc).__name__}: {exc})") from exc
            if fetched.status in RETRY_STATUSES and attempt < retries:
                wait = self._retry_after(fetched.headers)
                self._hold_all(self._backoff(attempt) if wait is None else wait, url, fetched.status)
                continue
            if fetched.status >= 400:
                raise FetchError(url, f"HTTP {fetched.status}", fetched.status)
            return fetched
        raise AssertionError("unreachable")

    def _follow(self, url: str, headers: dict[str, str], checked: bool) -> Fetched:
        """One GET, redirects followed hop by hop: each hop waits its turn and must be allowed
        (``checked``; robots.txt itself may only move within the site)."""
        for _ in range(MAX_REDIRECTS + 1):
            self._wait_turn()
            fetched = self._send(url, headers)
            location = fetched.headers.get("location")
            if fetched.status not in REDIRECT_STATUSES or not location:
                return fetched
            url = urljoin(url, location)
            if not (self.allowed(url) if checked else same_host(url, self.site)):
                raise FetchError(url, "yönlendirilen adres robots.txt'ye göre yasak ya da başka bir sitede")
        raise FetchError(url, f"{MAX_REDIRECTS}'ten fazla yönlendirme")

    def _send(self, url: str, headers: dict[str, str]) -> Fetched:
        """One request, its body read up to the size limit."""
        limit = self.settings.max_file_bytes
        with self._http.stream("GET", url, headers=headers) as response:
            body = bytearray()
            if response.status_code < 300:
                for piece in response.iter_bytes():
                    body.extend(piece)
                    if len(body) > limit:
                        raise FetchError(url, f"sayfa çok büyük (>{limit / 1048576:.0f} MB, ARSIV_MAX_FILE_MB)")
            return Fetched(str(response.url), response.status_code, bytes(body), response.headers)

    def _wait_turn(self) -> None:
        """The rate limit: requests to the site start at least ``1/sync_rate`` s apart (and
        are counted, for the report)."""
        with self._lock:
            self.requests += 1
            now = time.monotonic()
            start = max(now, self._next_slot)
            self._next_slot = start + self._interval
        if start > now:
            time.sleep(start - now)

    def _backoff(self, attempt: int) -> float:
        return self.settings.sync_backoff_s * 2**attempt

    def _retry_after(self, headers: httpx.Headers) -> float | None:
        """``Retry-After`` in seconds or as a date, capped by ``sync_max_wait_s``."""
        value = headers.get("retry-after")
        if not value:
            return None
        try:
            seconds = float(value)
        except ValueError:
            try:
                seconds = parsedate_to_datetime(value).timestamp() - time.time()
            except (TypeError, ValueError, IndexError):
                return None
        if not math.isfinite(seconds):
            return None
        return min(max(seconds, 0.0), self.settings.sync_max_wait_s)

    def _hold_all(self, seconds: float, url: str, why: object) -> None:
        """No request to the site, from any thread, for ``seconds``: a 429 or a failure is
        the site asking the whole client to slow down. The retry then waits its turn."""
        log.info("%s: %s, retrying in %.1f s", url, why, seconds)
        with self._lock:
            self._next_slot = max(self._next_slot, time.monotonic() + seconds)


def site_root(url: str) -> str:
    """``https://Site.org/haber/`` → ``https://site.org/haber`` (scheme required)."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"geçersiz site adresi: {url!r} (http:// ya da https:// ile başlamalı)")
    return f"{parts.scheme}://{parts.netloc.lower()}{parts.path.rstrip('/')}"


def same_host(url: str, site: str) -> bool:
    """``url`` is on ``site``'s host (``www.`` or not, any scheme)."""
    def host(address: str) -> str:
        return urlsplit(address).netloc.lower().removeprefix("www.")

    return host(url) == host(site)


def first_answering(client: PoliteClient, site: str, paths: tuple[str, ...], accept) -> str:
    """The first of the site's usual ``paths`` whose answer ``accept`` takes; "" when none.
    Only a 404/410 (or an answer not accepted) moves on: a failing server stops the search,
    so a passing 503 is never taken for "this site has none"."""
    for path in paths:
        try:
            fetched = client.get(site + path)
        except FetchError as exc:
            if exc.gone:
                continue
            raise
        if accept(fetched.content):
            return site + path
    return ""
