"""Event descriptions: Markdown written by organizers, rendered to HTML that is safe to show.

Raw HTML is turned off, so a `<script>` in a description comes out as text, and links may only
point to the web, to mail addresses or within the site: `javascript:`, `data:` and other
schemes that run or embed content become plain text.

Images become links to the image: an image loads when the page is viewed, so a remote one (a
tracking pixel) would tell its owner who reads the event, from which address and when. A link
loads nothing until someone chooses to follow it.
"""

from __future__ import annotations

import asyncio
import re
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.rules_core import StateCore
from markdown_it.token import Token

SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
SCHEME_RE = re.compile(r"^([a-z][a-z0-9+.\-]*):")


class _SafeMarkdown(MarkdownIt):
    def validateLink(self, url: str) -> bool:
        # markdown-it hands over the normalised URL, with entities already decoded, so a
        # scheme written as "&#106;avascript:" is seen for what it is.
        match = SCHEME_RE.match(url.strip().lower())
        return match is None or match.group(1) in SAFE_SCHEMES


def _images_to_links(state: StateCore) -> None:
    for block in state.tokens:
        if block.type == "inline" and block.children:
            block.children = _relinked(block.children)


def _relinked(tokens: list[Token]) -> list[Token]:
    """The inline tokens with each image replaced by a link whose text is its alt text."""
    result: list[Token] = []
    links_open = 0
    for token in tokens:
        links_open += 1 if token.type == "link_open" else -1 if token.type == "link_close" else 0
        if token.type != "image":
            result.append(token)
            continue
        text = token.children or [_text(str(token.attrs.get("src", "")))]
        if links_open:
            # An image that is already a link's content becomes that link's text: links
            # cannot nest.
            result.extend(text)
            continue
        opening = Token("link_open", "a", 1)
        opening.attrs = {"href": token.attrs.get("src", "")}
        if token.attrs.get("title"):
            opening.attrs["title"] = token.attrs["title"]
        result.extend([opening, *text, Token("link_close", "a", -1)])
    return result


def _text(content: str) -> Token:
    token = Token("text", "", 0)
    token.content = content
    return token


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    markdown = _SafeMarkdown("commonmark", {"html": False})
    markdown.core.ruler.push("images_to_links", _images_to_links)
    return markdown


def render_markdown(text: str) -> str:
    """HTML for a Markdown text, with raw HTML escaped and unsafe links dropped."""
    html: str = _markdown().render(text)
    return html


# Editing a series renders the same new description for every occurrence; a few recent
# results are kept so that it is rendered once.
_render_cached = lru_cache(maxsize=8)(render_markdown)


async def render_description(text: str) -> str:
    """The stored HTML of a description, rendered on a worker thread.

    Rendering a long text takes CPU time; done on the event loop it would stall every other
    request (and /healthz) meanwhile. Descriptions are rendered when written, never per read.
    """
    if not text.strip():
        return ""
    return await asyncio.to_thread(_render_cached, text)
