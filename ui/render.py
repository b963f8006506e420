"""Answers, briefs and index statistics as the HTML (and Markdown) the app shows.

Pure functions, no Gradio: every piece of archive text goes through ``html.escape`` here,
before Gradio's Markdown renderer sees it, so an article holding ``<script>`` is shown as text.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import PurePath
from urllib.parse import unquote

from ingest.report import IngestReport
from rag.answer.brief import Brief
from rag.answer.citations import QUOTING_LEADS, REFUSAL, Answer, Source
from rag.language.dates import date_label, format_date
from rag.ops.stats import ArchiveStats
from rag.retrieval import Filters

VIEW_CARDS, VIEW_TIMELINE = "Kartlar", "Zaman çizelgesi"
QUOTE_CONTEXT_CHARS = 220  # passage text shown on each side of the highlighted quote
_MARKER = re.compile(r"\[(\d+)\]")
_BOLD = re.compile(r"\*\*(.+?)\*\*")

FileUrl = Callable[[Source], str | None]  # a link to a source's stored file, when it has no URL
Links = dict[int, str | None]  # source number → where its [n] and title point


def no_file_url(source: Source) -> str | None:
    """For callers that serve no files: sources without a URL get no link."""
    return None


FILTERS_CHANGED = "Filtreler değiştiği için soruyu yeni bir konuşmanın ilk sorusu olarak okudum."


def render_answer(answer: Answer, view: str, filters: Filters, file_url: FileUrl = no_file_url,
                  afresh: bool = False) -> str:
    """A finished answer: notices, the text with linked [n], then its sources as cards or a timeline.
    ``afresh``: the filters changed since the last answer, so the talk before was not read (a stranger's
    follow-up "found nothing" and nothing said why)."""
    links = _links(answer.sources, file_url)
    parts = ['<div class="arsiv-answer arsiv-done">']  # the class marks a finished answer in the page
    if answer.notice:
        parts.append(f'<p class="arsiv-notice">{html.escape(answer.notice)}</p>')
    if answer.timeframe:
        parts.append(f'<p class="arsiv-scope">{html.escape(answer.timeframe["label"])}</p>')
    if afresh:
        parts.append(f'<p class="arsiv-understood">{FILTERS_CHANGED}</p>')
    if answer.follows:  # the earlier question, as the user wrote it: the rewrite is rarely good Turkish
        parts.append(f'<p class="arsiv-understood">Önceki sorunuzun konusuyla okudum: '
                     f'<i>{html.escape(answer.follows)}</i></p>')
    elif answer.standalone_question:  # typed without Turkish letters: read as the archive writes it
        parts.append(f'<p class="arsiv-understood">Soruyu şöyle anladım: '
                     f'<i>{html.escape(answer.standalone_question)}</i></p>')
    first, *lines = answer.text.split("\n")
    parts.append(f'<p class="arsiv-text{" arsiv-refusal" if answer.refused else ""}">'
                 f'{linked_markers(first, links)}</p>')
    if lines:  # a digest's one line per article: a list, not a run of lines (a phone showed no breaks)
        items = "".join(f"<li>{linked_markers(line, links)}</li>" for line in lines if line.strip())
        parts.append(f'<ul class="arsiv-lines">{items}</ul>')
    scope = describe_filters(filters)
    if scope:
        parts.append(f'<p class="arsiv-scope">{html.escape(scope)}</p>')
    if answer.sources:
        # (a refusal quoting the article's "… açıklanmadı" cites it: the quoted sentence is marked)
        related = answer.refused and not answer.text.startswith(QUOTING_LEADS)
        parts.append(render_sources(answer.sources, links, view, related=related))
    parts.append("</div>")
    return "".join(parts)  # one line: Markdown never reinterprets the archive text inside


def render_brief(brief: Brief, view: str, file_url: FileUrl = no_file_url) -> str:
    """A background brief: one dated, cited line per article, then the sources."""
    if brief.empty:
        return ('<div class="arsiv-answer arsiv-done">'
                f'<p class="arsiv-text arsiv-refusal">{html.escape(REFUSAL)}</p></div>')
    links = _links(brief.sources, file_url)
    parts = ['<div class="arsiv-answer arsiv-done">',
             f'<p class="arsiv-understood">Arka plan: <i>{html.escape(brief.topic)}</i></p>']
    if brief.timeframe:
        parts.append(f'<p class="arsiv-scope">{html.escape(brief.timeframe["label"])}</p>')
    items = "".join(f"<li><time>{html.escape(date_label(line.date))}</time> "
                    f"{linked_markers(line.text, links)}</li>" for line in brief.lines)
    parts.append(f'<ol class="arsiv-brief">{items}</ol>')
    parts.append(render_sources(brief.sources, links, view))
    parts.append("</div>")
    return "".join(parts)


def render_partial(text: str) -> str:
    """An answer still streaming in."""
    return f'<div class="arsiv-answer"><p class="arsiv-text">{_bolded(_escape(text))}…</p></div>'


def render_message(message: str) -> str:
    """A plain Turkish message instead of an answer (a date that cannot be read, an empty
    index …): what the reader must change, so in full text colour, not a faint notice."""
    return f'<div class="arsiv-answer"><p class="arsiv-problem">⚠ {_escape(message)}</p></div>'


def render_sources(sources: list[Source], links: Links, view: str, related: bool = False) -> str:
    """The sources, collapsed under the answer: "Kaynaklar (3)" opens the cards or the timeline.
    A refusal's are only the closest articles: "Benzer haberler (2)", with nothing marked, so
    no sentence of theirs reads as the answer (the refusal's text already said "İlgili olabilir:",
    and a stranger read the panel's same words as said twice)."""
    heading = "Benzer haberler" if related else "Kaynaklar"
    if view == VIEW_TIMELINE:
        return timeline(sources, links, heading, marked=not related)
    return cards(sources, links, heading, marked=not related)


def cards(sources: list[Source], links: Links, heading: str = "Kaynaklar", marked: bool = True) -> str:
    """One card per source in citation order: title, date, the passage with the quote marked."""
    items = []
    for s in sources:
        passage = highlighted(s.passage, s.quote) if marked else _escape(excerpt(s.passage, s.quote))
        title = _link(links.get(s.n), html.escape(s.title or s.source))
        items.append(
            f'<div class="arsiv-source"><div class="arsiv-source-head">'
            f'<span class="arsiv-n">[{s.n}]</span> {title} '
            f'<span class="arsiv-date">· {html.escape(date_label(s.date))}</span></div>'
            f'<blockquote class="arsiv-quote">{passage}</blockquote>'
            f'<div class="arsiv-where">{html.escape(_where(s))}{_original(s, links)}</div></div>'
        )
    return _collapsed(f"{heading} ({len(sources)})", "".join(items))


def timeline(sources: list[Source], links: Links, heading: str = "Kaynaklar", marked: bool = True) -> str:
    """The sources by article date, oldest first; undated ones last, in citation order."""
    ordered = sorted(sources, key=lambda s: (s.date is None, s.date or ""))
    items = "".join(
        f'<li class="arsiv-source"><time>{html.escape(date_label(s.date))}</time> '
        f'<span class="arsiv-n">[{s.n}]</span> {_link(links.get(s.n), html.escape(s.title or s.source))}'
        f'<div class="arsiv-quote">{f"<mark>{_escape(s.quote)}</mark>" if marked else _escape(s.quote)}</div></li>'
        for s in ordered
    )
    # unnumbered: a list's "1." beside a citation's "[3]" read as two numbers for one source
    return _collapsed(f"{heading}, tarih sırasıyla ({len(sources)})", f'<ul class="arsiv-timeline">{items}</ul>')


def _collapsed(title: str, body: str) -> str:
    """Sources under an answer, closed until tapped, so the answer itself stays in view."""
    return (f'<details class="arsiv-sources"><summary class="arsiv-sources-title">{html.escape(title)}</summary>'
            f'{body}</details>')


def highlighted(passage: str, quote: str) -> str:
    """The passage around the quote, the quote itself in <mark>."""
    at = passage.find(quote) if quote else -1
    if at < 0:
        return f"<mark>{_escape(quote or passage)}</mark>"
    before, after = _around(passage, quote, at)
    return f"{_escape(before)}<mark>{_escape(quote)}</mark>{_escape(after)}"


def excerpt(passage: str, quote: str) -> str:
    """The passage around the quote as plain text (its opening when the quote is not in it)."""
    at = passage.find(quote) if quote else -1
    if at < 0:
        return passage[:2 * QUOTE_CONTEXT_CHARS] + ("…" if len(passage) > 2 * QUOTE_CONTEXT_CHARS else "")
    before, after = _around(passage, quote, at)
    return before + quote + after


def _around(passage: str, quote: str, at: int) -> tuple[str, str]:
    """The words before and after the quote at ``at``, some context either side, cut between words."""
    start, end = max(0, at - QUOTE_CONTEXT_CHARS), min(len(passage), at + len(quote) + QUOTE_CONTEXT_CHARS)
    # cut between words, never inside one ("…va Valisi" of "Ninova Valisi")
    if start and (space := passage.find(" ", start, at)) >= 0:
        start = space + 1
    if end < len(passage) and (space := passage.rfind(" ", at + len(quote), end)) >= 0:
        end = space
    before = ("…" if start else "") + passage[start:at]
    after = passage[at + len(quote):end] + ("…" if end < len(passage) else "")
    return before, after


def linked_markers(text: str, links: Links) -> str:
    """The escaped text with each [n] a link to source n (a plain span when it has none)."""
    linked = _MARKER.sub(lambda m: _link(links.get(int(m.group(1))), m.group(0), "arsiv-cite"), _escape(text))
    return _bolded(linked)


def _bolded(escaped: str) -> str:
    """The short answer's **span** as bold (the only Markdown an answer carries)."""
    return _BOLD.sub(r'<strong class="arsiv-short">\1</strong>', escaped)


def describe_filters(filters: Filters) -> str:
    """What the user's filters limited the search to, or "" when there were none."""
    bits = []
    if filters.date_from or filters.date_to:
        start = format_date(filters.date_from.isoformat()) if filters.date_from else "…"
        end = format_date(filters.date_to.isoformat()) if filters.date_to else "…"
        bits.append(f"tarih: {start} – {end}")
    if filters.category:
        bits.append(f"kategori: {filters.category}")
    return "Yalnızca şu haberlerde aradım: " + ", ".join(bits) if bits else ""


def report_markdown(report: IngestReport) -> str:
    return "```\n" + report.summary() + "\n```"


def stats_markdown(stats: ArchiveStats) -> str:
    """The index at a glance for maintainers (Markdown: the numbers are ours, not archive text)."""
    last = stats.last_ingest.strftime("%d.%m.%Y %H:%M") if stats.last_ingest else "—"
    newest = format_date(stats.newest_date) if stats.newest_date else "—"
    oldest = format_date(stats.oldest_date) if stats.oldest_date else "—"
    return (f"**Belge:** {stats.documents} · **Parça:** {stats.chunks} · **Cümle:** {stats.sentences}  \n"
            f"**Gömme modeli:** `{stats.embedding_model or '—'}`  \n"
            f"**Son dizinleme:** {last} · **En eski haber:** {oldest} · **En yeni haber:** {newest} · "
            f"**Tarihsiz belge:** {stats.undated}"
            + ("" if stats.per_month else "  \n*Tarihli haber yok: aylık grafik boş.*"))


def _links(sources: list[Source], file_url: FileUrl) -> Links:
    """Each source's link: a file's stored copy, which holds the quoted text as it was read (a saved
    page's original address may have changed or gone), else its address."""
    return {s.n: (None if _from_site(s) else file_url(s)) or s.url for s in sources}


def _from_site(source: Source) -> bool:
    """Read from a site, not a file: its address is all there is."""
    return source.source.startswith(("http://", "https://"))


def _escape(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


def _link(href: str | None, label: str, css: str = "") -> str:
    cls = f' class="{css}"' if css else ""
    if not href:
        return f"<span{cls}>{label}</span>"
    return f'<a{cls} href="{html.escape(href, quote=True)}" target="_blank" rel="noopener">{label}</a>'


def _original(source: Source, links: Links) -> str:
    """A saved page's original address, beside its stored copy the card links to."""
    if not source.url or links.get(source.n) == source.url:
        return ""
    return " · " + _link(source.url, "asıl adres", "arsiv-original")


def _where(source: Source) -> str:
    """Where the passage is: what kind of file, its name (and page; the folders it was read from
    are the server's, no help to a reader), or, for a site's post, its address."""
    if source.url and _from_site(source):
        return unquote(source.url)  # Turkish slugs readable: /kerkük-…, not /kerk%c3%bck-…
    name = PurePath(source.source)
    kind = _FILE_KINDS.get(name.suffix.lower(), "Dosya")
    return f"{kind} · {name.name}" + (f", s. {source.page}" if source.page else "")


# A file's name alone told a reader nothing: what it is comes first ("PDF belgesi · kale.pdf, s. 3")
_FILE_KINDS = {".pdf": "PDF belgesi", ".html": "Kayıtlı web sayfası", ".htm": "Kayıtlı web sayfası",
               ".txt": "Metin dosyası", ".md": "Metin dosyası", ".jsonl": "Site dışa aktarımı",
               ".xml": "Site dışa aktarımı"}


# Elements whose content the chat's HTML sanitiser drops with them (the rest keep their text).
_HIDDEN_CONTENT = frozenset({"script", "style", "template", "iframe", "noscript", "noembed", "noframes", "object",
                             "title", "head", "xmp", "plaintext", "audio", "video", "textarea"})
# The tags Gradio's chat treats as HTML (its Markdown renderer's list: HTML and SVG elements);
# any other "<tag>" it shows as typed, so it stays in the text.
_KNOWN_TAG_NAMES = (
    "a abbr acronym address applet area article aside audio b base basefont bdi bdo big blockquote body br button "
    "canvas caption center cite code col colgroup data datalist dd del details dfn dialog dir div dl dt em embed "
    "fieldset figcaption figure font footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html i "
    "iframe img input ins kbd label legend li link main map mark menu meta meter nav noframes noscript object ol "
    "optgroup option output p param picture pre progress q rp rt ruby s samp script search section select small "
    "source span strike strong style sub summary sup svg table tbody td template textarea tfoot th thead time "
    "title tr track tt u ul var video wbr g defs use symbol rect circle ellipse line polyline polygon path image "
    "text tspan textpath lineargradient radialgradient stop pattern clippath mask filter feblend fecolormatrix "
    "fecomponenttransfer fecomposite feconvolvematrix fediffuselighting fedisplacementmap fegaussianblur femerge "
    "femorphology feoffset fespecularlighting feturbulence femergenode fefuncr fefuncg fefuncb fefunca "
    "fedistantlight fepointlight fespotlight feflood fetile animate animatetransform animatemotion mpath set view "
    "cursor foreignobject desc metadata switch")
_KNOWN_TAGS = frozenset(_KNOWN_TAG_NAMES.split())
# Markdown the chat renders away: **bold**, *italic*, __bold__, ~~struck~~, `code`, [text](link).
_MARKDOWN = [(re.compile(r"(\*{1,3}|_{2,3}|~~)(?=\S)(.+?)(?<=\S)\1"), r"\2"),
             (re.compile(r"`+([^`]*)`+"), r"\1"),
             (re.compile(r"!?\[([^\]]*)\]\([^)]*\)"), r"\1")]


class _VisibleText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden: list[str] = []

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag not in _KNOWN_TAGS:
            self.handle_data(self.get_starttag_text() or "")
        elif tag in _HIDDEN_CONTENT:
            self.hidden.append(tag)
        elif tag == "br":
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag not in _KNOWN_TAGS:
            self.handle_data(f"</{tag}>")
        elif tag in self.hidden:
            del self.hidden[self.hidden.index(tag):]

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def visible_text(markup: str) -> str:
    """What a chat bubble shows of ``markup``: tags dropped, the content of scripts, styles
    and the like dropped with them, entities decoded, Markdown marks removed, whitespace runs
    made one space. The user's question is read this way, so it means what its bubble shows
    ("<script>…</script>Bakü'deki …" is asked as "Bakü'deki …")."""
    parser = _VisibleText()
    parser.feed(markup or "")
    parser.close()
    text = "".join(parser.parts)
    for pattern, replacement in _MARKDOWN:
        text = pattern.sub(replacement, text)
    return re.sub(r"\s+", " ", text).strip()
