"""Regulatory sandboxes named only by what they are: each is its owner's, or no entity at all."""

from __future__ import annotations

import pytest

from ingest.lexicon import default_lexicon
from ingest.pipeline import extract_document
from ingest.unnamed_sandboxes import UNNAMED_SANDBOX, named_by_owner
from kg import ids
from kg.model import DocStatus, Document, DocumentFacts, Entity, Evidence, Mention, Relation
from kg.vocab import EntityType, RelationType


def _facts(text: str, language: str) -> DocumentFacts:
    return extract_document("doc.md" if language == "en" else "doc.txt", text.encode())


def _sandboxes(facts: DocumentFacts) -> dict[str, Entity]:
    return {e.name: e for e in facts.entities if e.type == EntityType.REGULATORY_SANDBOX}


def _said(facts: DocumentFacts) -> set[tuple[str, str, str]]:
    names = {e.id: e.name for e in facts.entities}
    return {
        (names[r.subject_id], r.type.value, names[r.object_id])
        for r in facts.relations
        if r.type != RelationType.CO_OCCURS_WITH
    }


OWNED = [
    ("en", "The Bank of Thailand opened a regulatory sandbox in 2019.", "regulatory sandbox"),
    ("zh-Hans", "泰国央行于2019年推出了监管沙盒。", "监管沙盒"),
    ("zh-Hant", "泰國央行於2019年推出了監管沙盒。", "監管沙盒"),
]
OWNED_BY_NAME = [  # the owner's name right before it
    ("en", "The Bank of Thailand's regulatory sandbox has admitted 20 firms.", "regulatory sandbox"),
    ("zh-Hans", "泰国央行的监管沙盒已接纳20家公司。", "监管沙盒"),
    ("zh-Hant", "泰國央行的監管沙盒已接納20家公司。", "監管沙盒"),
]


@pytest.mark.parametrize(
    ("language", "text", "written"),
    OWNED + OWNED_BY_NAME,
    ids=[f"{c[0]}-{c[1][:28]}" for c in OWNED + OWNED_BY_NAME],
)
def test_an_unnamed_sandbox_is_its_owners(language: str, text: str, written: str) -> None:
    facts = _facts(text, language)
    [sandbox] = _sandboxes(facts).values()
    assert sandbox.name == "Bank of Thailand regulatory sandbox" and sandbox.jurisdiction == "TH"
    assert sandbox.origin == UNNAMED_SANDBOX and sandbox.confidence < 1
    assert {"泰国银行监管沙盒", "泰國銀行監管沙盒"} <= set(sandbox.names)
    said = _said(facts)
    assert ("Bank of Thailand", "LAUNCHES", sandbox.name) in said or (
        "Bank of Thailand",
        "OPERATES",
        sandbox.name,
    ) in said
    assert [m.text for m in facts.mentions if m.entity_id == sandbox.id] == [written]


def test_one_sandbox_one_id_in_every_script() -> None:
    ids_by_language = {
        language: _sandboxes(_facts(text, language)).popitem()[1].id for language, text, _ in OWNED
    }
    assert len(set(ids_by_language.values())) == 1, ids_by_language


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Bank of Lithuania opened a regulatory sandbox in 2018. In 2022 the Saudi Central Bank "
               "set up a regulatory sandbox."),
        ("zh-Hans", "立陶宛银行推出了监管沙盒。沙特中央银行也推出了监管沙盒。"),
        ("zh-Hant", "立陶宛銀行推出了監管沙盒。沙特中央銀行也推出了監管沙盒。"),
    ],
)  # fmt: skip
def test_two_owners_two_sandboxes(language: str, text: str) -> None:
    facts = _facts(text, language)
    said = _said(facts)
    assert set(_sandboxes(facts)) == {
        "Bank of Lithuania regulatory sandbox",
        "Saudi Central Bank regulatory sandbox",
    }
    assert ("Bank of Lithuania", "LAUNCHES", "Bank of Lithuania regulatory sandbox") in said
    assert ("Saudi Central Bank", "LAUNCHES", "Saudi Central Bank regulatory sandbox") in said
    assert ("Bank of Lithuania", "LAUNCHES", "Saudi Central Bank regulatory sandbox") not in said


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "A regulatory sandbox lets firms such as Revolut test products with real customers."),
        ("zh-Hans", "监管沙盒让蚂蚁集团等公司可以用真实客户测试产品。"),
        ("zh-Hant", "監管沙盒讓螞蟻集團等公司可以用真實客戶測試產品。"),
        ("en", "Revolut launched a regulatory sandbox for its new products."),
        ("zh-Hans", "蚂蚁集团推出了监管沙盒。"),
        ("zh-Hant", "螞蟻集團推出了監管沙盒。"),
    ],
)
def test_a_sandbox_nobody_owns_is_a_kind_of_thing(language: str, text: str) -> None:
    """No authority in the document launches or runs it (a firm that "launches" one runs none)."""
    facts = _facts(text, language)
    assert not _sandboxes(facts)
    assert all(
        r.type != RelationType.CO_OCCURS_WITH for r in facts.relations
    )  # no other name to co-occur with
    assert not any("沙盒" in m.text or "sandbox" in m.text for m in facts.mentions)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The Financial Conduct Authority launched its regulatory sandbox in 2016."),
        ("zh-Hans", "英国金融行为监管局于2016年推出了监管沙盒。"),
    ],
)
def test_an_owner_whose_sandbox_the_lexicon_knows_has_that_one(language: str, text: str) -> None:
    facts = _facts(text, language)
    assert set(_sandboxes(facts)) == {"FCA Regulatory Sandbox"}
    assert ("Financial Conduct Authority", "LAUNCHES", "FCA Regulatory Sandbox") in _said(facts)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "The Bank of Lithuania opened a regulatory sandbox in 2018. Revolut joined the regulatory sandbox.",
        ),
        ("zh-Hans", "立陶宛银行推出了监管沙盒。蚂蚁集团加入了监管沙盒。"),
        ("zh-Hant", "立陶宛銀行推出了監管沙盒。螞蟻集團加入了監管沙盒。"),
    ],
)
def test_named_again_it_is_the_one_owned_before(language: str, text: str) -> None:
    facts = _facts(text, language)
    assert set(_sandboxes(facts)) == {"Bank of Lithuania regulatory sandbox"}
    joined = [s for s, relation, o in _said(facts) if relation == "PARTICIPATES_IN"]
    assert joined and all(
        o == "Bank of Lithuania regulatory sandbox" for s, r, o in _said(facts) if s in joined
    )


@pytest.mark.parametrize(
    "text",
    ["The FCA Regulatory Sandbox admitted 20 firms.", "The Digital Securities Sandbox opened in 2024.",
     "香港金融管理局推出了金融科技監管沙盒。"],
)  # fmt: skip
def test_a_name_that_holds_the_words_wins(text: str) -> None:
    sandboxes = _sandboxes(_facts(text, "en" if text.isascii() else "zh"))
    assert sandboxes and all(e.origin == "lexicon" for e in sandboxes.values())


def test_renaming_keeps_symmetric_facts_in_order() -> None:
    """A co-occurrence keeps its ends in id order: renaming the sandbox may change which comes first."""
    doc = Document("doc:1", "a.md", "raw", DocStatus.OK, "markdown", "", "en")
    owner = Entity("th.bot", EntityType.CENTRAL_BANK, "Bank of Thailand")
    placeholder = Entity("a:placeholder", EntityType.REGULATORY_SANDBOX, "regulatory sandbox @4",
                         origin=UNNAMED_SANDBOX, confidence=0.6)  # fmt: skip
    firm = Entity("m.firm", EntityType.COMPANY, "Firm")
    launches = Relation(
        ids.fact_id(owner.id, "LAUNCHES", placeholder.id), RelationType.LAUNCHES, owner.id, placeholder.id
    )
    together = Relation(ids.fact_id(placeholder.id, "CO_OCCURS_WITH", firm.id), RelationType.CO_OCCURS_WITH,
                        placeholder.id, firm.id)  # fmt: skip
    evidence = tuple(
        Evidence(ids.evidence_id(r.id, doc.id, 0, 10), r.id, doc.id, "…", 0, 10, "test", 0.8)
        for r in (launches, together)
    )
    mentions = tuple(
        Mention(
            ids.mention_id(doc.id, e.id, start, start + 2),
            e.id,
            doc.id,
            start,
            start + 2,
            e.name,
            0,
            "t",
            1.0,
        )
        for start, e in enumerate((owner, placeholder, firm))
    )
    facts = named_by_owner(
        DocumentFacts(doc, (owner, placeholder, firm), mentions, (launches, together), evidence),
        default_lexicon(),
    )
    [co] = [r for r in facts.relations if r.type == RelationType.CO_OCCURS_WITH]
    sandbox = next(e for e in facts.entities if e.type == EntityType.REGULATORY_SANDBOX)
    assert sandbox.id > firm.id  # the placeholder sorted before the firm, its owner's sandbox after it
    assert (co.subject_id, co.object_id) == (firm.id, sandbox.id)
    assert co.id == ids.fact_id(firm.id, "CO_OCCURS_WITH", sandbox.id)
    assert {ev.fact_id for ev in facts.evidence} == {r.id for r in facts.relations}
