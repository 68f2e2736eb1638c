"""One-word English names found in a relation's slot (ingest.slot_names), and the capitalised words that
are no names there."""

from __future__ import annotations

import pytest

from ingest.mentions import SLOT_NAME_EN
from ingest.pipeline import extract_document
from kg.model import DocumentFacts
from kg.vocab import SYMMETRIC, RelationType

# (case, text, names found by their slot, relations as (subject, type, object) by name)
# fmt: off
FOUND = [
    ("object of partners with", "MUFG partnered with Progmat to issue tokenised deposits.",
     {"Progmat": "Organization"}, {("MUFG", "PARTNERS_WITH", "Progmat")}),
    ("subject at sentence start, capitalised inside a sentence elsewhere",
     "Vodacom operates M-Pesa in Tanzania. Regulators said Vodacom must comply.",
     {"Vodacom": "Organization"}, {("Vodacom", "OPERATES", "M-Pesa")}),
    ("auxiliaries between subject and trigger",
     "Analysts expect growth. Since 2021 Zelvora has also partnered with HSBC.",
     {"Zelvora": "Organization"}, {("Zelvora", "PARTNERS_WITH", "HSBC")}),
    ("a name only names are shaped like, at a sentence start",
     "Brenner+Holt partnered with the Bank of Ghana.",
     {"Brenner+Holt": "Organization"}, {("Bank of Ghana", "PARTNERS_WITH", "Brenner+Holt")}),
    ("passive: the subject follows 'led by'", "Project Mandala is led by Cordoba, with BIS support.",
     {"Cordoba": "Organization"}, {("Cordoba", "LEADS", "Project Mandala")}),
    ("the object's class from the relation's range", "The Reserve Bank of India joined Nexgen on Monday.",
     {"Nexgen": "Initiative"}, {("Reserve Bank of India", "PARTICIPATES_IN", "Nexgen")}),
]
NOT_FOUND = [
    ("a common noun at a sentence start", "Customers use AI every day. Banks adopted blockchain."),
    ("written in lower case elsewhere", "HSBC partnered with Treasury on the pilot. The treasury team agreed."),
    ("a modifier of the noun after it", "DBS Bank partnered with Kenyan operators in 2023."),
    ("a month", "The FCA approved it in January. HSBC joined in May."),
    ("no known name across the trigger", "HSBC grew. Ziina partnered with Tabby on payments."),
    ("a sentence start never capitalised elsewhere", "Zelvora partnered with HSBC."),
    ("the slot's relations disagree on a class", "The FCA regulates Quintrix in the UK."),
    ("Chinese triggers are not English slots", "蚂蚁集团与Alipay合作。"),
]
# fmt: on


def _fact(subject: str, relation: str, obj: str) -> tuple[str, str, str]:
    """A symmetric relation either way round."""
    if RelationType(relation) in SYMMETRIC and obj < subject:
        return obj, relation, subject
    return subject, relation, obj


def _facts(text: str) -> DocumentFacts:
    return extract_document("slots.md", text.encode())


@pytest.mark.parametrize(("case", "text", "names", "relations"), FOUND, ids=[c[0] for c in FOUND])
def test_a_name_in_a_relation_slot_is_found(
    case: str, text: str, names: dict[str, str], relations: set[tuple[str, str, str]]
) -> None:
    facts = _facts(text)
    entities = {e.id: e for e in facts.entities}
    slotted = {entities[m.entity_id].name: entities[m.entity_id].type.value
               for m in facts.mentions if m.extractor == SLOT_NAME_EN}  # fmt: skip
    assert slotted == names, case
    for mention in facts.mentions:
        assert text[mention.start : mention.end] == mention.text
    stated = {
        _fact(entities[r.subject_id].name, r.type.value, entities[r.object_id].name) for r in facts.relations
    }
    assert {_fact(*r) for r in relations} <= stated, (case, stated)
    for name in names:
        entity = next(e for e in facts.entities if e.name == name)
        assert entity.origin == SLOT_NAME_EN and entity.confidence < 0.5


@pytest.mark.parametrize(("case", "text"), NOT_FOUND, ids=[c[0] for c in NOT_FOUND])
def test_a_capitalised_word_that_is_no_name_is_not_found(case: str, text: str) -> None:
    facts = _facts(text)
    assert [m.text for m in facts.mentions if m.extractor == SLOT_NAME_EN] == [], case


def test_a_slot_name_is_found_again_where_it_recurs() -> None:
    facts = _facts("MUFG partnered with Progmat. Progmat is owned by several banks. Progmat grew.")
    progmat = next(e for e in facts.entities if e.name == "Progmat")
    assert [m.start for m in facts.mentions if m.entity_id == progmat.id] == [20, 29, 64]
