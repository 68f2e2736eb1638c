from __future__ import annotations

import pytest

from ingest.html_text import html_to_text

ARTICLE = "<p>金管局向眾安銀行發出牌照。</p>"

# fmt: off
# Page furniture a site marks by class, id or role rather than by tag is dropped with everything in it;
# the page's own containers are kept whatever their class says, and a word only inside another
# ("headline", "adapter") marks nothing.
FURNITURE = [
    ('<div class="footer"><p>相關新聞：<a href="/n/1">金管會開放穩定幣沙盒</a></p></div>', "金管會"),
    ('<div id="related-news"><a href="/n/2">香港穩定幣條例生效</a></div>', "香港"),
    ('<ul class="share-links"><li>Share on LinkedIn</li></ul>', "LinkedIn"),
    ('<div role="navigation"><a href="/">Home</a> | <a href="/fintech">Fintech</a></div>', "Fintech"),
    ('<aside class="sidebar-box"><p>Most read: Revolut gets a licence</p></aside>', "Revolut"),
]
KEPT = [
    ('<article class="post related-topics">', "</article>"),
    ('<div class="headline-block">', "</div>"),
    ('<div class="adapter">', "</div>"),
    ('<main id="content-nav-free">', "</main>"),
]
# fmt: on


@pytest.mark.parametrize(("furniture", "word"), FURNITURE)
def test_html_text_drops_furniture_marked_by_class_id_or_role(furniture: str, word: str) -> None:
    text = html_to_text(f"<html><body>{ARTICLE}{furniture}</body></html>").text
    assert "眾安銀行" in text
    assert word not in text


@pytest.mark.parametrize(("opening", "closing"), KEPT)
def test_html_text_keeps_the_article_whatever_its_container_is_called(opening: str, closing: str) -> None:
    text = html_to_text(f'<html><body class="page-related">{opening}{ARTICLE}{closing}</body></html>').text
    assert text == "金管局向眾安銀行發出牌照。"
