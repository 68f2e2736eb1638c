"""Bad bytes (bad-inputs.md part A): each gets a status, never mojibake."""

from __future__ import annotations

import codecs

import pytest

from ingest.decode import decode
from ingest.errors import DocumentRejected
from ingest.pipeline import extract_document
from kg.model import DocStatus


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("蚂蚁集团".encode("gbk"), "蚂蚁集团"),
        ("𠮷野家与蚂蚁集团合作".encode("gb18030"), "𠮷野家与蚂蚁集团合作"),
        ("香港金融管理局與匯豐銀行".encode("big5hkscs"), "香港金融管理局與匯豐銀行"),
        (codecs.BOM_UTF8 + b"MAS", "MAS"),
        ("金管局".encode("utf-16"), "金管局"),
    ],
)
def test_decode_reads_chinese_encodings_exactly(raw: bytes, expected: str) -> None:
    assert decode(raw).text == expected


def test_decode_quarantines_invalid_bytes() -> None:
    with pytest.raises(DocumentRejected) as caught:
        decode(b"\xe8\x9a\x82\xe8\x9a" + b"\xff\xfe\xfd" * 3)
    assert caught.value.status == DocStatus.QUARANTINED


@pytest.mark.parametrize(
    ("name", "raw", "status", "code"),
    [
        ("image.txt", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, DocStatus.QUARANTINED, "not_text"),
        ("empty.md", b"", DocStatus.SKIPPED_EMPTY, "empty"),
        ("bom-only.txt", codecs.BOM_UTF8 + b"  \n", DocStatus.SKIPPED_EMPTY, "empty"),
        ("broken.pdf", b"%PDF-1.7\n1 0 obj <<", DocStatus.FAILED, "pdf_malformed"),
        (
            "evil.md",
            b"---\nx: !!python/object/apply:os.system ['true']\n---\nMAS",
            DocStatus.QUARANTINED,
            "front_matter_unsafe",
        ),
        ("list.md", b"---\n- a\n- b\n---\nMAS", DocStatus.QUARANTINED, "front_matter_not_mapping"),
        (
            "bomb.md",
            b"---\na: &a [x, x]\nb: &b [*a, *a]\n---\nMAS",
            DocStatus.QUARANTINED,
            "front_matter_unsafe",
        ),
    ],
)
def test_decode_bad_documents_get_a_status(name: str, raw: bytes, status: DocStatus, code: str) -> None:
    facts = extract_document(name, raw)
    assert facts.document.status == status
    assert facts.document.error_code == code
    assert name in facts.document.error_message
    assert facts.entities == ()
