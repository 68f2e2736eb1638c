"""PDF text and where it came from: every fact from a PDF carries the page its sentence starts on."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.pdf_text import PAGE_SEPARATOR, RUN_ON_SEPARATOR, pdf_to_text
from ingest.pipeline import extract_document, page_of
from kg.model import DocStatus
from tests.ingest.bad_documents import pdf_in_two_columns, pdf_with_pages, pdf_with_table_then_prose

# One table per script: page 1 names nothing, page 2 and 3 each hold one sentence with one fact.
PAGED = [
    ("en", "Helvetica",
     [["Annual review of payments"], ["MAS launched Project Ubin."], ["The HKMA leads Project Ensemble."]],
     {"Project Ubin": 2, "Project Ensemble": 3}),
    ("zh-Hans", "STSong-Light",
     [["年度报告"], ["新加坡金融管理局推出了乌敏岛项目。"], ["香港金融管理局牵头开展Ensemble项目。"]],
     {"乌敏岛": 2, "Ensemble": 3}),
    ("zh-Hant", "STSong-Light",
     [["年度報告"], ["新加坡金融管理局推出了烏敏島項目。"], ["香港金融管理局牽頭開展Ensemble項目。"]],
     {"烏敏島": 2, "Ensemble": 3}),
]  # fmt: skip


@pytest.mark.parametrize(("language", "font", "pages", "expected"), PAGED, ids=[p[0] for p in PAGED])
def test_evidence_carries_the_page_of_its_sentence(
    language: str, font: str, pages: list[list[str]], expected: dict[str, int]
) -> None:
    facts = extract_document(f"{language}.pdf", pdf_with_pages(pages, font))
    assert facts.document.status == DocStatus.OK, facts.document.warnings
    assert facts.document.meta("pages") == "3"
    assert facts.evidence
    seen = {}
    for ev in facts.evidence:
        marker = next(m for m in expected if m in ev.sentence)
        seen[marker] = ev.page
    assert seen == expected


def test_page_starts_point_at_each_page() -> None:
    pages = [
        ["First page, line one,", "and line two, which goes on over the page"],
        ["to page two."],
        ["Three"],
    ]
    pdf = pdf_to_text(pdf_with_pages(pages))
    assert len(pdf.page_starts) == 3 and pdf.page_starts[0] == 0
    for start, lines in zip(pdf.page_starts, pages, strict=True):
        assert pdf.text[start:].startswith(lines[0])
    # Page 1 ends mid-sentence, so it runs on; page 2 ends a paragraph.
    assert pdf.text[pdf.page_starts[1] - len(RUN_ON_SEPARATOR) : pdf.page_starts[1]] == RUN_ON_SEPARATOR
    assert pdf.text[pdf.page_starts[2] - len(PAGE_SEPARATOR) : pdf.page_starts[2]] == PAGE_SEPARATOR


# A sentence that runs on over a page break is joined (ingest.normalize) and keeps the page it starts on.
ACROSS_A_BREAK = [
    ("zh-Hans", "STSong-Light", [["前言。"], ["新加坡金融管理局于二零一六年推出了"], ["乌敏岛项目。"]],
     "新加坡金融管理局于二零一六年推出了乌敏岛项目。", 2),
    ("zh-Hant", "STSong-Light", [["前言。"], ["新加坡金融管理局於二零一六年推出了"], ["烏敏島項目。"]],
     "新加坡金融管理局於二零一六年推出了烏敏島項目。", 2),
    ("en", "Helvetica", [["Preface."], ["In 2016 the Monetary Authority of Singapore launched"], ["Project Ubin, with banks."]],
     "In 2016 the Monetary Authority of Singapore launched Project Ubin, with banks.", 2),
]  # fmt: skip


@pytest.mark.parametrize(
    ("language", "font", "pages", "sentence", "page"), ACROSS_A_BREAK, ids=[c[0] for c in ACROSS_A_BREAK]
)
def test_a_sentence_across_a_page_break_is_on_the_page_it_starts(
    language: str, font: str, pages: list[list[str]], sentence: str, page: int
) -> None:
    facts = extract_document(f"break-{language}.pdf", pdf_with_pages(pages, font))
    assert facts.evidence
    assert {(ev.sentence, ev.page) for ev in facts.evidence} == {(sentence, page)}


def test_a_new_paragraph_after_a_page_break_stays_apart() -> None:
    pages = [["Preface"], ["MAS launched Project Ubin."], ["the next page starts in lower case."]]
    facts = extract_document("apart.pdf", pdf_with_pages(pages))
    assert {ev.sentence for ev in facts.evidence} == {"MAS launched Project Ubin."}


def test_pages_in_columns_or_tables_are_named_and_prose_is_not() -> None:
    assert pdf_to_text(pdf_in_two_columns()).columned_pages == (1,)
    assert pdf_to_text(pdf_with_table_then_prose()).columned_pages == (1,)
    prose = [[f"Line {i} of a report on the payments market in one column." for i in range(20)]] * 2
    assert pdf_to_text(pdf_with_pages(prose)).columned_pages == ()


def test_unpaged_sources_have_page_zero() -> None:
    facts = extract_document("note.md", b"MAS launched Project Ubin.")
    assert facts.evidence and {ev.page for ev in facts.evidence} == {0}


@given(st.lists(st.integers(min_value=0, max_value=50), min_size=1, max_size=8), st.data())
def test_page_of_finds_the_page_holding_an_offset(lengths: list[int], data: st.DataObject) -> None:
    starts, at = [], 0
    for length in lengths:
        starts.append(at)
        at += length + len(PAGE_SEPARATOR)
    offset = data.draw(st.integers(min_value=0, max_value=at))
    page = page_of(tuple(starts), offset)
    assert 1 <= page <= len(lengths)
    assert starts[page - 1] <= offset
    assert page == len(lengths) or offset < starts[page]
