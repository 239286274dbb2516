"""Markdown images in event descriptions: shown as links, so viewing a page loads nothing."""

from __future__ import annotations

import pytest

from server.events.text import render_markdown


class TestMarkdownImages:
    """Issue 7, finding 12: Markdown images loaded from any host (a tracking pixel)."""

    def test_an_image_becomes_a_link_with_its_alt_text(self) -> None:
        html = render_markdown('![programme](https://tracker.example/p.gif "Our plan")')
        assert html == (
            '<p><a href="https://tracker.example/p.gif" title="Our plan">programme</a></p>\n'
        )

    def test_an_image_without_alt_text_shows_its_address(self) -> None:
        assert render_markdown("![](https://tracker.example/p.gif)") == (
            '<p><a href="https://tracker.example/p.gif">https://tracker.example/p.gif</a></p>\n'
        )

    def test_an_image_inside_a_link_becomes_that_links_text(self) -> None:
        assert render_markdown(
            "[![logo *new*](https://i.example/l.png)](https://site.example)"
        ) == ('<p><a href="https://site.example">logo <em>new</em></a></p>\n')

    @pytest.mark.parametrize(
        "text",
        [
            "![x](https://tracker.example/p.gif)",
            "![x][pixel]\n\n[pixel]: https://tracker.example/p.gif",
            "* item ![x](/local.png)\n\n> ![x](https://tracker.example/q.gif)",
        ],
    )
    def test_no_image_element_is_ever_rendered(self, text: str) -> None:
        html = render_markdown(text)
        assert "<img" not in html and "src=" not in html

    def test_unsafe_image_addresses_stay_plain_text(self) -> None:
        html = render_markdown("![x](javascript:alert(1))")
        assert "<a " not in html and "href" not in html
