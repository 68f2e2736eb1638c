from __future__ import annotations

import pytest

from app.viz import render_html, safe_json, to_vis
from kg.model import Entity
from kg.results import Fact, Subgraph
from kg.vocab import EntityType

PAYLOADS = [
    "<img src=x onerror=alert(1)>",
    "</script><script>alert(1)</script>",
    '" onmouseover="alert(1)',
    "AT&T href",
]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_viz_payload_is_never_raw_html(payload: str) -> None:
    sub = Subgraph(
        nodes=(Entity("a", EntityType.BANK, payload), Entity("b", EntityType.TECHNOLOGY, "AI")),
        facts=(Fact("f", "USES_TECHNOLOGY", "a", "b", 0.8, 1),),
        total_nodes=2,
        centre="a",
    )
    html = render_html(to_vis(sub))
    assert payload not in html
    assert "<script>alert" not in html


def test_viz_safe_json_round_trips() -> None:
    import json

    value = {"x": "</script>&<>"}
    assert json.loads(safe_json(value)) == value
