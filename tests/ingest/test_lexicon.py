"""The curated lexicon in ontology/lexicon: what the issue promises of it, and clear errors when it is
edited wrongly (it is data, edited by hand, so its loader is its only guard)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from ingest.lexicon import COLUMNS, DEMONYMS_FILE, Lexicon, LexiconError, default_lexicon, load_lexicon
from ingest.mentions import GAZETTEER
from ingest.pipeline import extract_document
from kg.types import is_a
from kg.vocab import EntityType

G20 = ("AR", "AU", "BR", "CA", "CN", "FR", "DE", "IN", "ID", "IT", "JP", "KR", "MX", "RU", "SA", "ZA",
       "TR", "GB", "US", "EU")  # fmt: skip
ALSO_REQUIRED = ("SG", "HK", "CH", "AE")
# The Bank of Russia has been Russia's single financial-market regulator since 2013.
CENTRAL_BANK_SUPERVISES_ALL = ("RU",)
_CJK = re.compile(r"[\u3400-\u9fff]")


@pytest.fixture(scope="module")
def lexicon() -> Lexicon:
    return default_lexicon()


def test_lexicon_is_as_large_as_promised(lexicon: Lexicon) -> None:
    types = Counter(e.type for e in lexicon.entries.values())
    assert len(lexicon.entries) >= 400
    assert types[EntityType.TECHNOLOGY] >= 80
    assert types[EntityType.JURISDICTION] >= 40


@pytest.mark.parametrize("code", G20 + ALSO_REQUIRED)
def test_every_required_jurisdiction_has_its_central_bank_and_a_regulator(
    lexicon: Lexicon, code: str
) -> None:
    here = [e for e in lexicon.entries.values() if e.jurisdiction == code]
    assert any(e.type == EntityType.JURISDICTION for e in here), f"no jurisdiction entry for {code}"
    assert any(e.type == EntityType.CENTRAL_BANK for e in here), f"no central bank for {code}"
    assert code in CENTRAL_BANK_SUPERVISES_ALL or any(
        is_a(e.type, EntityType.REGULATOR) and e.type != EntityType.CENTRAL_BANK for e in here
    ), f"no supervisory authority for {code}"


def test_every_jurisdiction_an_entry_names_is_in_the_lexicon(lexicon: Lexicon) -> None:
    missing = {
        e.key: e.jurisdiction
        for e in lexicon.entries.values()
        if e.jurisdiction
        and (lexicon.entries.get(e.jurisdiction_key) is None
             or lexicon.entries[e.jurisdiction_key].type != EntityType.JURISDICTION)
    }  # fmt: skip
    assert not missing


def test_wikidata_ids_are_well_formed_and_name_one_entry_each(lexicon: Lexicon) -> None:
    qids = [e.wikidata for e in lexicon.entries.values() if e.wikidata]
    assert all(re.fullmatch(r"Q[1-9][0-9]*", q) for q in qids), [q for q in qids if not q.startswith("Q")]
    assert [q for q, n in Counter(qids).items() if n > 1] == []


def test_jurisdictions_regulators_and_central_banks_have_chinese_names(lexicon: Lexicon) -> None:
    # Brands (Stripe, Revolut) are written in Latin letters in Chinese text too; public bodies are not.
    public = (EntityType.JURISDICTION, EntityType.CENTRAL_BANK, EntityType.SUPERVISORY_AUTHORITY)
    without = [
        e.key
        for e in lexicon.entries.values()
        if e.type in public and not any(_CJK.search(n) for n in e.names)
    ]
    assert without == []


# One jurisdiction's names as each script writes them: all find the same entry, and a sentence saying
# an organisation is there makes it based there.
# fmt: off
SCRIPTS = [
    ("en", "Bank Negara Malaysia", "my.bnm"),
    ("zh-Hans", "马来西亚国家银行", "my.bnm"),
    ("zh-Hant", "馬來西亞國家銀行", "my.bnm"),
    ("en", "Cambodia", "jur.kh"),
    ("zh-Hans", "柬埔寨", "jur.kh"),
    ("en", "Abu Dhabi", "jur.abu-dhabi"),
    ("zh-Hans", "阿布扎比", "jur.abu-dhabi"),
    ("zh-Hant", "阿布達比", "jur.abu-dhabi"),
    ("en", "Postal Savings Bank of China", "bank.psbc"),
    ("zh-Hans", "中国邮政储蓄银行", "bank.psbc"),
    ("zh-Hant", "中國郵政儲蓄銀行", "bank.psbc"),
    ("en", "Lagos", "jur.lagos"),
    ("zh-Hans", "拉各斯", "jur.lagos"),
    ("en", "Sydney", "jur.sydney"),
    ("zh-Hans", "悉尼", "jur.sydney"),
    ("zh-Hant", "雪梨", "jur.sydney"),  # as Taiwan writes it
    ("zh-Hant", "瀋陽", "jur.shenyang"),
    # payment systems, laws and supervisors beyond the first tables
    ("en", "the High Value Payment System", "init.hvps"),
    ("zh-Hans", "大额支付系统", "init.hvps"),
    ("zh-Hant", "大額支付系統", "init.hvps"),
    ("en", "the Securities and Futures Ordinance", "reg.hk-sfo"),
    ("zh-Hans", "证券及期货条例", "reg.hk-sfo"),
    ("zh-Hant", "證券及期貨條例", "reg.hk-sfo"),
    ("en", "State Administration for Market Regulation", "cn.samr"),
    ("zh-Hans", "市场监管总局", "cn.samr"),
    ("zh-Hant", "國家市場監督管理總局", "cn.samr"),
    ("zh-Hans", "数据二十条", "reg.cn-data-twenty"),
    ("en", "ISO 20022", "tech.iso20022"),  # the standard, not the standards body
    ("en", "Zelle", "init.zelle"),
    ("en", "FinCEN", "us.fincen"),
]
# fmt: on


@pytest.mark.parametrize(("language", "name", "key"), SCRIPTS)
def test_a_name_in_any_script_finds_its_entry(language: str, name: str, key: str) -> None:
    facts = extract_document(f"{language}.txt", f"{name}\n".encode())
    assert key in {m.entity_id for m in facts.mentions}, (language, name)


# A concept's wording differs between the mainland and Taiwan, not only its script: the Taiwan word is
# found too, and stored as one of the concept's names.
# fmt: off
TAIWAN_WORDING = [
    ("zh-Hans", "银行采用智能合约。", "tech.smart-contract", "智能合约"),
    ("zh-Hant", "銀行採用智能合約。", "tech.smart-contract", "智能合約"),
    ("zh-Hant", "銀行採用智慧合約。", "tech.smart-contract", "智慧合約"),
    ("zh-Hant", "金融機構推動資料共享。", "tech.data-sharing", "資料共享"),
    ("zh-Hant", "業者導入雲端計算。", "tech.cloud", "雲端計算"),
    ("zh-Hant", "銀行推出智慧客服。", "tech.chatbot", "智慧客服"),
]
# fmt: on


@pytest.mark.parametrize(("language", "sentence", "key", "written"), TAIWAN_WORDING)
def test_a_concept_is_found_as_taiwan_words_it(language: str, sentence: str, key: str, written: str) -> None:
    facts = extract_document(f"{language}.txt", sentence.encode())
    assert [(m.entity_id, m.text) for m in facts.mentions] == [(key, written)]
    assert written in next(e for e in facts.entities if e.id == key).names


# A "Project X" of the lexicon is found as Chinese and English texts also write it, and keeps its names.
# fmt: off
PROJECT_FORMS = [
    ("zh-Hans", "泰国央行参与Inthanon项目。", "init.project-inthanon", "Inthanon项目"),
    ("zh-Hant", "泰國央行參與Inthanon項目。", "init.project-inthanon", "Inthanon項目"),
    ("zh-Hans", "香港金管局推出mBridge计划。", "init.mbridge", "mBridge计划"),
    ("en", "The Bank of Thailand ran the Inthanon project.", "init.project-inthanon", "Inthanon project"),
]
# fmt: on


@pytest.mark.parametrize(("language", "sentence", "key", "written"), PROJECT_FORMS)
def test_a_project_is_found_as_its_short_name_and_project(
    language: str, sentence: str, key: str, written: str, lexicon: Lexicon
) -> None:
    facts = extract_document(f"{language}.txt", sentence.encode())
    assert (key, written) in {(m.entity_id, m.text) for m in facts.mentions}
    assert written not in lexicon.entries[key].names


def test_taiwan_wording_leaves_proper_names_as_their_owners_write_them(lexicon: Lexicon) -> None:
    # Phrase conversion would rewrite the Japanese Payment Services Act's name "资金结算法" as "資金結演算法".
    law = next(e for e in lexicon.entries.values() if "资金结算法" in e.names)
    assert all("演算" not in name for name in law.names)


# -- the loader's errors name the file, the line and the field --------------------------------------

_HEADER = "\t".join(COLUMNS)


def _write(directory: Path, rows: list[str], header: str = _HEADER) -> Path:
    (directory / "entities.tsv").write_text("# test\n" + header + "\n" + "\n".join(rows) + "\n", "utf-8")
    return directory


# fmt: off
BROKEN = [
    ("header", ["x.a\tBank\tCN\tA Bank\t\t\t\t"], "key\ttype", "entities.tsv line 2: header must be"),
    ("fields", ["x.a\tBank\tCN\tA Bank"], _HEADER, "entities.tsv line 3: 4 tab-separated fields, expected 8"),
    ("type", ["x.a\tBanc\tCN\tA Bank\t\t\t\t"], _HEADER, "entities.tsv line 3: field 'type' 'Banc'"),
    ("twice", ["x.a\tBank\tCN\tA Bank\t\t\t\t", "x.a\tBank\tCN\tB Bank\t\t\t\t"], _HEADER,
     "entities.tsv line 4: key 'x.a' is defined twice"),
    ("nameless", ["x.a\tBank\tCN\t\t\t\t\t"], _HEADER, "entities.tsv line 3: entry 'x.a' has no name"),
    ("in place only, no place", ["x.a\tBank\t\tA Bank\t\t\t~The Bank\t"], _HEADER,
     "entities.tsv line 3: alias 'The Bank' is marked '~' but the entry has no jurisdiction"),
]
# fmt: on


@pytest.mark.parametrize(("case", "rows", "header", "message"), BROKEN, ids=[c[0] for c in BROKEN])
def test_a_broken_lexicon_file_is_refused_with_its_place(
    tmp_path: Path, case: str, rows: list[str], header: str, message: str
) -> None:
    with pytest.raises(LexiconError) as caught:
        load_lexicon(_write(tmp_path, rows, header))
    assert message in str(caught.value), (case, str(caught.value))


# fmt: off
BROKEN_DEMONYMS = [
    ("unknown place", "jur.xx\tXish", "demonyms.tsv line 3: field 'jurisdiction' 'jur.xx' is no lexicon jurisdiction"),
    ("not a place", "x.a\tAish", "demonyms.tsv line 3: field 'jurisdiction' 'x.a' is no lexicon jurisdiction"),
    ("empty", "jur.ke\t", "demonyms.tsv line 3: field 'demonyms' is empty"),
    ("fields", "jur.ke", "demonyms.tsv line 3: 1 tab-separated fields, expected 2"),
]
# fmt: on


@pytest.mark.parametrize(("case", "row", "message"), BROKEN_DEMONYMS, ids=[c[0] for c in BROKEN_DEMONYMS])
def test_a_broken_demonym_file_is_refused_with_its_place(
    tmp_path: Path, case: str, row: str, message: str
) -> None:
    _write(tmp_path, ["x.a\tBank\tKE\tA Bank\t\t\t\t", "jur.ke\tJurisdiction\tKE\tKenya\t\t\t\t"])
    (tmp_path / DEMONYMS_FILE).write_text("# test\njurisdiction\tdemonyms\n" + row + "\n", "utf-8")
    with pytest.raises(LexiconError) as caught:
        load_lexicon(tmp_path)
    assert message in str(caught.value), (case, str(caught.value))


# "~中央銀行": Taiwan's central bank only where the document names Taiwan or a body of it
IN_PLACE_ONLY = [
    ("zh-Hant", "臺灣的中央銀行持續研究數位新台幣。", True),
    ("zh-Hant", "金管會表示，中央銀行持續研究數位新台幣。", True),
    ("zh-Hans", "台湾的中央银行持续研究数位新台币。", True),
    ("zh-Hant", "各國中央銀行都在研究央行數位貨幣。", False),
    ("zh-Hans", "中国人民银行是中国的中央银行。", False),
]


@pytest.mark.parametrize(("language", "text", "named"), IN_PLACE_ONLY)
def test_an_in_place_only_alias_names_its_entry_where_its_place_is_named(
    language: str, text: str, named: bool
) -> None:
    facts = extract_document(f"{language}.txt", text.encode())
    assert ("tw.cbc" in {e.id for e in facts.entities}) == named, language


def test_demonyms_are_read_as_matching_forms_of_their_place(tmp_path: Path) -> None:
    _write(tmp_path, ["jur.ke\tJurisdiction\tKE\tKenya\t\t\t\t"])
    (tmp_path / DEMONYMS_FILE).write_text("jurisdiction\tdemonyms\njur.ke\tKenyan| Kenyan-born \n", "utf-8")
    lexicon = load_lexicon(tmp_path)
    assert lexicon.demonyms == {"jur.ke": ("kenyan", "kenyan-born")}
    assert "kenyan" not in lexicon.surfaces  # an adjective is no form of the place


# fmt: off
# A place's name inside other words is no mention of it: such names are listed only in a longer form.
NOT_PLACES = [
    ("zh-Hans", "东西安全可靠，价格安宁波动不大。"),
    ("zh-Hans", "他参加州长会议，增加州际合作。"),
]
# fmt: off
# A Latin name of several words for an organisation is a name only with a capital (an initiative may
# be written in lower case: "the digital pound").
NOT_NAMES_IN_LOWER_CASE = [
    ("en", "Circle applied for a national trust bank charter."),  # not "Trust Bank"
]
# fmt: on


@pytest.mark.parametrize(("language", "text"), NOT_NAMES_IN_LOWER_CASE)
def test_a_several_word_name_needs_a_capital(language: str, text: str) -> None:
    facts = extract_document(f"{language}.txt", text.encode())
    assert [m.text for m in facts.mentions] == ["Circle"]
    capitalised = extract_document(f"{language}.txt", b"Trust Bank grew.")
    assert "Trust Bank" in [m.text for m in capitalised.mentions]


# fmt: on


# Names not read across a word: "公安部门" are any public security departments (公安部 ends before
# 门), "金融科技创新实验室" is some bank's lab, "反洗钱法规" any anti-money-laundering rules.
# fmt: off
NOT_NAMES_ACROSS_A_WORD = [
    ("zh-Hans", "地方公安部门加强打击电信诈骗。"),
    ("zh-Hans", "该行成立金融科技创新实验室。"),
    ("zh-Hant", "該行成立金融科技創新實驗室。"),
    ("zh-Hans", "机构须遵守反洗钱法规。"),
    ("zh-Hans", "科学技术部门表示支持。"),
    ("en", "Brokers offer direct market access (DMA) to clients."),
]
# fmt: on


@pytest.mark.parametrize(("language", "text"), NOT_NAMES_ACROSS_A_WORD)
def test_a_name_is_not_read_inside_a_longer_word(language: str, text: str) -> None:
    facts = extract_document(f"{language}.txt", text.encode())
    assert not [m for m in facts.mentions if m.extractor == GAZETTEER], text


@pytest.mark.parametrize(("language", "text"), NOT_PLACES)
def test_a_place_is_not_read_across_a_word_break(language: str, text: str) -> None:
    assert extract_document(f"{language}.txt", text.encode()).mentions == ()


def test_local_places_are_the_places_below_a_country(lexicon: Lexicon) -> None:
    assert {"jur.chengdu", "jur.lagos", "jur.difc"} <= lexicon.local_places
    assert not {"jur.cn", "jur.hk", "jur.gb", "jur.eu"} & lexicon.local_places
