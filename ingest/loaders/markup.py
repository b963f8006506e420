"""HTML fragments (WordPress post bodies) to plain text with paragraphs kept."""

from __future__ import annotations

import re

import lxml.html

_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_BLOCK_END = re.compile(r"</(p|div|h[1-6]|li|blockquote|tr|section|article|figure)\s*>", re.IGNORECASE)
_SHORTCODE = re.compile(r"\[/?[a-z_]+[^\]]*\]")


def fragment_text(fragment: str) -> str:
    if not fragment.strip():
        return ""
    marked = _BLOCK_END.sub("\n\n", _BREAK.sub("\n", fragment))
    root = lxml.html.fragment_fromstring(marked, create_parent="div")
    for bad in root.xpath(".//script|.//style|.//noscript"):
        bad.drop_tree()
    return _SHORTCODE.sub("", root.text_content())
