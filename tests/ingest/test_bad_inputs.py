"""bad-inputs.md parts A-D: each hostile or broken document gets its status, code and a message naming
the file; nothing leaks into the facts; and the rest of a batch is unaffected."""

from __future__ import annotations

import codecs
from collections.abc import Callable
from pathlib import Path

import pytest

from app.ingest_run import ingest_paths
from ingest.pipeline import extract_document, garbled_share
from kg.model import DocStatus, DocumentFacts
from kg.stores import open_store
from tests.ingest import bad_documents as bad

OK, WARN, EMPTY, QUARANTINED, FAILED = (
    DocStatus.OK,
    DocStatus.OK_WITH_WARNINGS,
    DocStatus.SKIPPED_EMPTY,
    DocStatus.QUARANTINED,
    DocStatus.FAILED,
)


def names(facts: DocumentFacts) -> set[str]:
    return {e.name for e in facts.entities}


def mention_texts(facts: DocumentFacts) -> set[str]:
    return {m.text for m in facts.mentions}


Check = Callable[[DocumentFacts], bool]
# fmt: off
CASES: list[tuple[str, str, Callable[[], bytes], DocStatus, str, Check | None]] = [
    # A. bytes and encodings
    ("A1", "gb18030.txt", lambda: "𠮷野家与蚂蚁集团合作。".encode("gb18030"), OK, "",
     lambda f: "Ant Group" in names(f) and dict(f.document.metadata)["encoding"] == "gb18030"),
    ("A2", "short-gbk.txt", lambda: "蚂蚁集团".encode("gbk"), OK, "", lambda f: mention_texts(f) == {"蚂蚁集团"}),
    ("A3", "hkscs.txt", lambda: "香港金融管理局話：「我哋嘅錢包」".encode("big5hkscs"), OK, "",
     lambda f: dict(f.document.metadata)["encoding"] == "big5hkscs"),
    ("A4", "bom.md", lambda: bad.UTF8_BOM + b"---\ntitle: T\n---\nMAS", OK, "",
     lambda f: f.document.title == "T" and "\ufeff" not in f.document.title),
    ("A5", "utf16le.txt", lambda: codecs.BOM_UTF16_LE + "金管局推出數碼港元。".encode("utf-16-le"), OK, "",
     lambda f: "e-HKD" in names(f)),
    ("A5", "utf16be.txt", lambda: codecs.BOM_UTF16_BE + "金管局推出數碼港元。".encode("utf-16-be"), OK, "",
     lambda f: "e-HKD" in names(f)),
    ("A6", "truncated.txt", lambda: "MAS 与蚂蚁".encode()[:-1], QUARANTINED, "encoding_uncertain", None),
    ("A6", "truncated-en.txt", lambda: b"The Monetary Authority of Singapore " + "蚂".encode()[:2],
     QUARANTINED, "encoding_uncertain", None),
    ("A6", "lone-continuation.txt", lambda: "蚂蚁集团".encode() + b"\x80\x80\xbf", QUARANTINED, "encoding_uncertain", None),
    ("A7", "image.txt", lambda: b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, QUARANTINED, "not_text", None),
    ("A7", "archive.md", bad.zip_renamed, QUARANTINED, "not_text", None),
    ("A8", "empty.md", lambda: b"", EMPTY, "empty", None),
    ("A8", "blank.txt", lambda: b" \n\t\n", EMPTY, "empty", None),
    ("A8", "bom-only.txt", lambda: bad.UTF8_BOM, EMPTY, "empty", None),
    ("A10", "cr-only.md", lambda: b"---\rtitle: CR\r---\rMAS launched Project Ubin.\r", OK, "",
     lambda f: f.document.title == "CR" and "Project Ubin" in names(f)),
    ("A10", "separators.txt", lambda: "MAS launched\u2028Project Ubin.\u0085".encode(), OK, "",
     lambda f: "Project Ubin" in names(f)),
    ("A11", "controls.txt", lambda: b"MAS\x00 launched\x0c Project\x08 Ubin. " + b"It tests settlement on a ledger. " * 4, WARN, "",
     lambda f: "Project Ubin" in names(f) and any("control" in w for w in f.document.warnings)),
    ("A12", "lookalikes.txt", lambda: "Ａｎｔ　Ｇｒｏｕｐ and Ant\u200bGroup and Ant Group.".encode(), OK, "",
     lambda f: names(f) == {"Ant Group"}),
    ("A13", "scripts.txt", lambda: "蚂蚁集团与螞蟻集團".encode(), OK, "",
     lambda f: names(f) == {"Ant Group"} and mention_texts(f) == {"蚂蚁集团", "螞蟻集團"}),
    ("A14", "bomb.docx", bad.docx_bomb, FAILED, "docx_limit_reached", None),
    # B. YAML front matter
    ("B15", "tag.md", lambda: b"---\nx: !!python/object/apply:os.system ['touch /tmp/fkg-pwned']\n---\nMAS",
     QUARANTINED, "front_matter_unsafe", None),
    ("B16", "alias-bomb.md",
     lambda: b"---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
             b"c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: [*c, *c, *c, *c, *c, *c, *c, *c, *c]\n---\nMAS",
     QUARANTINED, "front_matter_unsafe", None),
    ("B17", "typing.md", lambda: b"---\ncode: 000001\nstock: 600519\ncountry: NO\nlei: 5493001KJTIIGC8Y1R12\n---\nMAS",
     OK, "", lambda f: {("code", "000001"), ("stock", "600519"), ("country", "NO")} <= set(f.document.metadata)),
    ("B18", "list.md", lambda: b"---\n- a\n- b\n---\nMAS", QUARANTINED, "front_matter_not_mapping", None),
    ("B18", "scalar.md", lambda: b"---\njust a string\n---\nMAS", QUARANTINED, "front_matter_not_mapping", None),
    ("B19", "duplicate.md", lambda: b"---\ntitle: A\ntitle: B\n---\nMAS", WARN, "",
     lambda f: any("'title'" in w for w in f.document.warnings)),
    ("B19", "unclosed.md", lambda: b"---\ntitle: A\nMAS launched Project Ubin.", WARN, "",
     lambda f: any("never closed" in w for w in f.document.warnings)),
    ("B20", "bad-date.md", lambda: b"---\ndate: 2024-13-45\n---\nMAS", WARN, "",
     lambda f: dict(f.document.metadata).get("date_invalid") == "2024-13-45"),
    ("B20", "leap-date.md", lambda: b"---\ndate: 2023-02-29\n---\nMAS", WARN, "",
     lambda f: dict(f.document.metadata).get("date_invalid") == "2023-02-29"),
    ("B20", "amounts.md", lambda: "---\namount: 1,000万元\nvaluation: ¥3.2亿\nfunding: USD 1.2bn\n---\nMAS".encode(), OK, "",
     lambda f: {k: v for k, v in f.document.metadata if k.startswith(("amount", "valuation", "funding"))} == {
         "amount": "1,000万元", "amount_value": "1000", "amount_currency": "CNY", "amount_unit": "万",
         "amount_scaled": "10000000", "valuation": "¥3.2亿", "valuation_value": "3.2", "valuation_currency": "CNY",
         "valuation_unit": "亿", "valuation_scaled": "320000000", "funding": "USD 1.2bn", "funding_value": "1.2",
         "funding_currency": "USD", "funding_unit": "billion", "funding_scaled": "1200000000"}),
    ("B20", "bad-amount.md", lambda: b"---\namount: about twelve apples\n---\nMAS launched Project Ubin.", WARN, "",
     lambda f: dict(f.document.metadata).get("amount_invalid") == "about twelve apples"
     and any("'amount'" in w for w in f.document.warnings) and len(f.relations) == 1),
    # C. PDF
    ("C21", "bomb.pdf", bad.pdf_bomb, FAILED, "pdf_limit_reached", None),
    ("C22", "truncated.pdf", lambda: bad.pdf_with_text(["MAS launched Project Ubin."])[:300], FAILED, "pdf_malformed", None),
    ("C22", "no-root.pdf", lambda: b"%PDF-1.7\ntrailer\n<< /Size 99999999 >>\n%%EOF", FAILED, "pdf_malformed", None),
    ("C23", "encrypted.pdf", bad.encrypted_pdf, EMPTY, "encrypted", None),
    ("C24", "scan.pdf", bad.pdf_without_text, WARN, "no_text_layer", None),
    ("C26", "wrapped.pdf", lambda: bad.pdf_with_text(["The Bank for International Settle-", "ments and the Hong",
                                                      "Kong Monetary Authority use distrib-", "uted ledger technology."]),
     OK, "", lambda f: {"Bank for International Settlements", "Hong Kong Monetary Authority",
                        "Distributed ledger technology"} <= names(f)),
    ("C27", "table.pdf", bad.pdf_with_table_then_prose, WARN, "",
     lambda f: any(w.startswith("layout_suspect: page(s) 1 ") for w in f.document.warnings)
     and {ev.page: ev.confidence for ev in f.evidence if "Revolut" in ev.sentence} == {2: 0.8}
     and max(ev.confidence for ev in f.evidence if ev.page == 1) <= 0.45),
    # D. HTML
    ("D28", "scripts.html",
     lambda: b"<html><head><script>var x='Ant Group';</script><style>.a{}</style></head><body>"
             b"<p onclick=\"alert('Tencent')\">MAS launched Project Ubin.</p><div hidden>Tencent</div>"
             b"<p style=\"display:none\">Ant Group</p><a href=\"javascript:alert(1)\">WeBank</a></body></html>",
     OK, "", lambda f: names(f) == {"Monetary Authority of Singapore", "Project Ubin", "WeBank"}),
    ("D29", "wrong-charset.html",
     lambda: '<html><head><meta charset="iso-8859-1"></head><body><p>蚂蚁集团推出支付宝。</p></body></html>'.encode("gbk"),
     OK, "", lambda f: "Ant Group" in names(f)),
    ("D30", "entities.html", lambda: b"<html><body><p>AT&amp;T and &#x8682;&#x8681;&#x96C6;&#x56E2; met MAS.</p></body></html>",
     OK, "", lambda f: "蚂蚁集团" in mention_texts(f) and "Ant Group" in names(f)),
]
# fmt: on


@pytest.mark.parametrize(
    ("case", "name", "build", "status", "code", "check"), CASES, ids=[f"{c[0]}-{c[1]}" for c in CASES]
)
def test_bad_input_gets_its_status(
    case: str, name: str, build: Callable[[], bytes], status: DocStatus, code: str, check: Check | None
) -> None:
    facts = extract_document(name, build())
    doc = facts.document
    assert (doc.status, doc.error_code) == (status, code), (case, doc.error_message, doc.warnings)
    if code:
        assert name in doc.error_message
    if status in (QUARANTINED, FAILED, EMPTY):
        assert facts.entities == () and facts.relations == ()
    if check is not None:
        assert check(facts), (case, names(facts), mention_texts(facts), doc.metadata, doc.warnings)
    assert not Path("/tmp/fkg-pwned").exists()


def test_bad_input_garbled_text_is_flagged_and_its_facts_weakened() -> None:
    garbled = "MAS launched Project Ubin. " + "\ue000\ue001\ufffd" * 5
    facts = extract_document("garbled.txt", garbled.encode())
    assert facts.document.status == WARN and facts.document.error_code == "extraction_suspect"
    assert garbled_share(garbled) > 0.01
    clean = extract_document("clean.txt", b"MAS launched Project Ubin.")
    assert max(e.confidence for e in facts.evidence) < min(e.confidence for e in clean.evidence)


def test_bad_input_oversized_file_is_refused_before_reading(tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as handle:
        handle.truncate(3 * 1024**3)  # sparse: 3 GB on paper, nothing on disk
    store = open_store(f"embedded:{tmp_path / 'kg.db'}")
    try:
        report = ingest_paths(store, [huge])
    finally:
        store.close()
    assert report.statuses["failed"] == 1
    (_path, code, message) = report.problems[0]
    assert code == "too_large" and "exceeds" in message and "huge.txt" in message


def test_bad_inputs_never_stop_a_batch(tmp_path: Path) -> None:
    """Every hostile document in one batch with a good one: the good one's facts are all stored."""
    good = tmp_path / "good.md"
    good.write_text("The Monetary Authority of Singapore launched Project Guardian.", encoding="utf-8")
    paths = [good]
    for index, (case, name, build, _status, _code, _check) in enumerate(CASES):
        path = tmp_path / f"{index:02d}-{case}-{name}"
        path.write_bytes(build())
        paths.append(path)
    store = open_store(f"embedded:{tmp_path / 'kg.db'}")
    try:
        report = ingest_paths(store, paths)
        expected = extract_document(str(good), good.read_bytes())
        stored = {r["type"] for r in store.dump()["facts"]}
        entity_ids = {e["id"] for e in store.dump()["entities"]}
    finally:
        store.close()
    assert report.documents == len(paths)
    assert {e.id for e in expected.entities} <= entity_ids
    assert "LAUNCHES" in stored
    expected_failures = {c[4] for c in CASES if c[4] and c[3] != WARN}
    assert expected_failures <= {code for _path, code, _message in report.problems}
