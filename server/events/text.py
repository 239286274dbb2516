"""Event descriptions: Markdown written by organizers, rendered to HTML that is safe to show.

Raw HTML is turned off, so a `<script>` in a description comes out as text, and links may only
point to the web, to mail addresses or within the site: `javascript:`, `data:` and other
schemes that run or embed content become plain text.
"""

from __future__ import annotations

import asyncio
import re
from functools import lru_cache

from markdown_it import MarkdownIt

SAFE_SCHEMES = frozenset({"http", "https", "mailto"})
SCHEME_RE = re.compile(r"^([a-z][a-z0-9+.\-]*):")


class _SafeMarkdown(MarkdownIt):
    def validateLink(self, url: str) -> bool:
        # markdown-it hands over the normalised URL, with entities already decoded, so a
        # scheme written as "&#106;avascript:" is seen for what it is.
        match = SCHEME_RE.match(url.strip().lower())
        return match is None or match.group(1) in SAFE_SCHEMES


@lru_cache(maxsize=1)
def _markdown() -> MarkdownIt:
    return _SafeMarkdown("commonmark", {"html": False})


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
