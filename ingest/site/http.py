"""A polite HTTP client for one site: robots.txt, a User-Agent that says who we are, a rate
limit and small concurrency, timeouts, retries with backoff on 429/5xx (``Retry-After``
obeyed), conditional GETs (ETag / Last-Modified → 304) and a size limit.

Once the site stops answering (connections refused or timing out after every retry) the
client says so for every later request at once (``SiteDown``), so a sync against a site
that went down ends quickly, with what it finished kept and the rest reported.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from urllib.parse import urljoin, urlsplit
from urllib.robotparser import RobotFileParser

import httpx

from rag.settings import Settings

log = logging.getLogger(__name__)

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
GONE_STATUSES = frozenset({404, 410})
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
    url: str  # after redirects
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
                                  timeout=settings.sync_timeout_s, follow_redirects=True,
                                  transport=transport)
        self._robots: RobotFileParser | None = None
        self._interval = 1.0 / settings.sync_rate
        self._next_slot = 0.0
        self._lock = threading.Lock()
        self._down: SiteDown | None = None

    def close(self) -> None:
        self._http.close()

    # --- robots.txt ---------------------------------------------------------------------
    def robots(self) -> RobotFileParser:
        """The site's robots.txt rules, read once (RFC 9309: none → all allowed; the server
        failing → nothing allowed, so a broken site is never crawled against its wishes)."""
        if self._robots is None:
            rules = RobotFileParser()
            url = urljoin(self.site + "/", "/robots.txt")
            try:
                fetched = self._request(url, {})
                rules.parse(fetched.content.decode("utf-8", "replace").splitlines())
            except SiteDown:
                raise
            except FetchError as exc:
                if exc.status is not None and 400 <= exc.status < 500:
                    rules.parse([])
                else:
                    raise
            delay = rules.crawl_delay(self.settings.sync_user_agent)
            if delay:
                self._interval = max(self._interval, float(delay))
            self._robots = rules
        return self._robots

    def allowed(self, url: str) -> bool:
        return self.robots().can_fetch(self.settings.sync_user_agent, url)

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

    def _request(self, url: str, headers: dict[str, str]) -> Fetched:
        if self._down is not None:
            raise SiteDown(url, self._down.reason)
        retries = self.settings.sync_retries
        for attempt in range(retries + 1):
            self._wait_turn()
            try:
                fetched = self._send(url, headers)
            except httpx.TransportError as exc:
                if attempt < retries:
                    self._sleep(self._backoff(attempt), url, type(exc).__name__)
                    continue
                self._down = SiteDown(url, f"site yanıt vermiyor ({type(exc).__name__}: {exc})")
                raise self._down from exc
            if fetched.status in RETRY_STATUSES and attempt < retries:
                self._sleep(self._retry_after(fetched.headers) or self._backoff(attempt), url, fetched.status)
                continue
            if fetched.status >= 400:
                raise FetchError(url, f"HTTP {fetched.status}", fetched.status)
            return fetched
        raise AssertionError("unreachable")

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
            except (TypeError, ValueError):
                return None
        return min(max(seconds, 0.0), self.settings.sync_max_wait_s)

    def _sleep(self, seconds: float, url: str, why: object) -> None:
        log.info("%s: %s, retrying in %.1f s", url, why, seconds)
        time.sleep(seconds)


def site_root(url: str) -> str:
    """``https://site.org/haber/`` → ``https://site.org/haber`` (scheme required)."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"geçersiz site adresi: {url!r} (http:// ya da https:// ile başlamalı)")
    return f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/')}"
