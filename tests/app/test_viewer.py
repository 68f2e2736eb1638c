"""The viewer's pages through Streamlit's AppTest (no browser): every tab renders without errors,
search, filters and the console work, and hostile text stays text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.app.viewer_fixtures import PAYLOAD, build_viewer_store

VIEWER = str(Path(__file__).resolve().parents[2] / "app" / "viewer.py")
TABS = ["Explore", "Paths", "Overview", "Documents", "Cypher console"]


@pytest.fixture(scope="module")
def store_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    return build_viewer_store(tmp_path_factory.mktemp("viewer") / "kg.db")


def run_app(monkeypatch: pytest.MonkeyPatch, url: str) -> AppTest:
    monkeypatch.setenv("FINTECH_KG_STORE", url)
    app = AppTest.from_file(VIEWER, default_timeout=120)
    app.run()
    assert not app.exception, [e.value for e in app.exception]
    return app


def all_text(app: AppTest) -> str:
    parts = [m.value for m in app.markdown] + [t.value for t in app.text] + [c.value for c in app.caption]
    return "\n".join(str(p) for p in parts)


def test_viewer_every_tab_renders(monkeypatch: pytest.MonkeyPatch, store_url: str) -> None:
    app = run_app(monkeypatch, store_url)
    assert [t.label for t in app.tabs] == TABS
    assert not app.error
    text = all_text(app)
    assert "showing" in text and "Monetary Authority of Singapore" in text  # Explore: the default search
    assert "Unified Payments Interface → National Payments Corporation of India" in text  # Paths
    assert "Most central entities" in [s.value for s in app.subheader]  # Overview
    assert len(app.dataframe) >= 4  # overview tables, documents, console examples not yet run


def test_viewer_search_in_any_script_centres_the_view(
    monkeypatch: pytest.MonkeyPatch, store_url: str
) -> None:
    app = run_app(monkeypatch, store_url)
    app.text_input(key="explore-text").set_value("香港金融管理局").run()
    assert not app.exception
    assert app.selectbox(key="explore-pick").value == 0
    assert "Hong Kong Monetary Authority" in all_text(app)


def test_viewer_filters_narrow_the_view(monkeypatch: pytest.MonkeyPatch, store_url: str) -> None:
    app = run_app(monkeypatch, store_url)
    before = next(c.value for c in app.caption if str(c.value).startswith("showing"))
    app.sidebar.multiselect[0].set_value(["Regulator"]).run()  # entity types: regulators only
    after = next(c.value for c in app.caption if str(c.value).startswith("showing"))
    assert before != after


def test_viewer_evidence_from_a_pdf_names_its_page(monkeypatch: pytest.MonkeyPatch, store_url: str) -> None:
    app = run_app(monkeypatch, store_url)
    app.text_input(key="explore-text").set_value("Saudi Central Bank").run()
    assert not app.exception
    text = all_text(app)
    assert "joined Project mBridge" in text
    # The source line under the sentence: mbridge-cross-border.pdf's title, then the page.
    assert re.search(r"joined Project mBridge[^\n]*\n[^\n]*Cross\\-border CBDC platforms · p\. 2 ", text), (
        text
    )


def test_viewer_console_returns_rows(monkeypatch: pytest.MonkeyPatch, store_url: str) -> None:
    app = run_app(monkeypatch, store_url)
    app.button[-1].click().run()  # "Run" with the first example (who regulates whom)
    assert not app.error, [e.value for e in app.error]
    assert any("rows in" in str(c.value) for c in app.caption)


def test_viewer_console_shows_refusals_plainly(monkeypatch: pytest.MonkeyPatch, store_url: str) -> None:
    app = run_app(monkeypatch, store_url)
    app.text_area[0].set_value("MATCH (n) DETACH DELETE n").run()
    app.button[-1].click().run()
    assert app.error and "read-only" in app.error[0].value
    assert "Traceback" not in app.error[0].value


def test_viewer_hostile_text_is_escaped(monkeypatch: pytest.MonkeyPatch, store_url: str) -> None:
    app = run_app(monkeypatch, store_url)
    app.text_input(key="explore-text").set_value("Evil").run()
    for markdown in app.markdown:  # every "<" reaches Markdown escaped, so it renders as text
        assert not re.search(r"(?<!\\)<", markdown.value), markdown.value
    assert any("Evil" in str(t.value) for t in [*app.subheader, *app.text])


def test_viewer_empty_and_missing_stores_say_so(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from kg.stores import open_store

    empty = open_store(f"embedded:{tmp_path / 'empty.db'}")
    empty.ensure_schema()
    empty.close()
    app = run_app(monkeypatch, f"embedded:{tmp_path / 'empty.db'}")
    assert "The store is empty" in app.info[0].value
    app = run_app(monkeypatch, "neo4j://127.0.0.1:1")
    assert "Cannot open the store" in app.error[0].value
    assert PAYLOAD not in app.error[0].value


def test_viewer_walks_cooccurrence_only_when_asked(monkeypatch: pytest.MonkeyPatch, store_url: str) -> None:
    app = run_app(monkeypatch, store_url)
    app.text_input(key="explore-text").set_value("DBS Bank").run()
    hidden = next(c.value for c in app.caption if str(c.value).startswith("showing"))
    relations = [e.label for e in app.expander if re.match(r"^[a-z ,]+ \(\d+\)$", str(e.label))]
    assert relations[-1].startswith("named together with, not a stated relation"), relations  # after the rest
    app.sidebar.checkbox[0].uncheck().run()  # "Hide co-occurrence"
    assert not app.exception
    shown = next(c.value for c in app.caption if str(c.value).startswith("showing"))
    assert shown != hidden  # the walk now follows co-occurrence too, and reaches more entities
