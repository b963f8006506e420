"""WordPress exports (WXR): one document per published post."""

from __future__ import annotations

from pathlib import Path

from lxml import etree

from ingest.loaders.base import LoadResult, RejectedFile, make_article, read_bytes
from ingest.loaders.markup import fragment_text


def _child(item, name: str) -> str:
    """Text of the first child whose local name (namespace ignored) or prefixed name matches."""
    for child in item:
        if not isinstance(child.tag, str):
            continue
        qname = etree.QName(child)
        prefix = child.prefix or ""
        if name in (qname.localname, f"{prefix}:{qname.localname}"):
            return (child.text or "").strip()
    return ""


def is_wxr(data: bytes) -> bool:
    head = data[:4096]
    return b"<rss" in head and b"wordpress.org/export" in head


def load_wxr(path: Path, source: str, max_bytes: int) -> LoadResult:
    data = read_bytes(path, max_bytes)
    if not is_wxr(data):
        raise RejectedFile("XML dosyası bir WordPress dışa aktarımı (WXR) değil")
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)
    root = etree.fromstring(data, parser)
    if root is None:
        raise RejectedFile("WXR dosyası okunamadı (bozuk XML)")
    result = LoadResult()
    if parser.error_log:
        first = parser.error_log[0]
        result.problems.append((f"{source}:{first.line}", f"XML hatası atlandı: {first.message}"))
    for item in root.iter("item"):
        if _child(item, "wp:post_type") not in ("post", "") or _child(item, "wp:status") not in (
            "publish",
            "",
        ):
            continue
        key = _child(item, "wp:post_id") or _child(item, "guid") or _child(item, "link")
        title = _child(item, "title")
        try:
            result.documents.append(
                make_article(
                    fragment_text(_child(item, "content:encoded")),
                    doc_id=f"{source}#{key or title}",
                    source=source,
                    fmt="wxr",
                    title=title,
                    date_value=_child(item, "wp:post_date") or _child(item, "pubDate"),
                    author=_child(item, "dc:creator"),
                    url=_child(item, "link"),
                    categories=[
                        (c.text or "").strip()
                        for c in item.findall("category")
                        if c.get("domain", "category") == "category"
                    ],
                )
            )
        except RejectedFile as exc:
            result.problems.append((f"{source}#{key or title}", str(exc)))
    if not result.documents and not result.problems:
        raise RejectedFile("WXR dosyasında yayımlanmış yazı yok")
    return result
