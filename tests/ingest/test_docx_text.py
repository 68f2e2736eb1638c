"""ingest.docx_text: paragraph text and the core properties that become Document properties."""

from __future__ import annotations

import io
import zipfile

import pytest

from ingest.docx_text import docx_to_text
from ingest.errors import DocumentRejected
from ingest.pipeline import extract_document

_BODY = (
    '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:body><w:p><w:r><w:t>Payments in </w:t></w:r><w:proofErr/><w:r><w:t>Pol</w:t></w:r><w:r><w:t>and</w:t>"
    "</w:r></w:p><w:p><w:r><w:t>BLIK is a mobile payment system.</w:t></w:r></w:p></w:body></w:document>"
)
_CORE = (
    '<?xml version="1.0"?><cp:coreProperties '
    'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">'
    "<dc:title>CEE  payments\n briefing</dc:title><dc:creator>Research desk</dc:creator>"
    "<cp:keywords>payments; Poland</cp:keywords><dcterms:created>2025-10-06T09:30:00Z</dcterms:created>"
    "<dc:description></dc:description></cp:coreProperties>"
)


def _docx(parts: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def test_docx_runs_split_inside_words_read_as_one_paragraph() -> None:
    assert docx_to_text(_docx({"word/document.xml": _BODY})).text == (
        "Payments in Poland\nBLIK is a mobile payment system."
    )


def test_docx_core_properties_become_metadata() -> None:
    read = docx_to_text(_docx({"word/document.xml": _BODY, "docProps/core.xml": _CORE}))
    # whitespace collapsed, the date as a day, an empty property left out
    assert read.metadata == {
        "title": "CEE payments briefing",
        "author": "Research desk",
        "tags": "payments; Poland",
        "date": "2025-10-06",
    }


@pytest.mark.parametrize("core", [None, "<cp:coreProperties", "<?xml version='1.0'?><x/>"])
def test_docx_missing_or_malformed_properties_cost_only_the_metadata(core: str | None) -> None:
    parts = {"word/document.xml": _BODY} | ({"docProps/core.xml": core} if core is not None else {})
    read = docx_to_text(_docx(parts))
    assert read.metadata == {}
    assert read.text.startswith("Payments in Poland")


def test_docx_properties_declaring_a_dtd_are_refused() -> None:
    core = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>'
    with pytest.raises(DocumentRejected) as raised:
        docx_to_text(_docx({"word/document.xml": _BODY, "docProps/core.xml": core}), source="brief.docx")
    assert raised.value.code == "docx_unsafe"
    assert "brief.docx" in raised.value.message and "docProps/core.xml" in raised.value.message


def test_pipeline_a_docx_title_and_author_are_document_properties() -> None:
    facts = extract_document("brief.docx", _docx({"word/document.xml": _BODY, "docProps/core.xml": _CORE}))
    assert facts.document.title == "CEE payments briefing"
    assert ("author", "Research desk") in facts.document.metadata
    assert ("date", "2025-10-06") in facts.document.metadata
