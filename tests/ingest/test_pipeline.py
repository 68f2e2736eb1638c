"""End to end on one document: three scripts, evidence with exact source spans."""

from __future__ import annotations

import pytest

from ingest.pipeline import extract_document
from ingest.references import COREFERENCE
from kg.model import DocStatus

# fmt: off
CASES = [
    ("en", "The Monetary Authority of Singapore launched Project Guardian.",
     ("sg.mas", "LAUNCHES", "init.project-guardian")),
    ("zh-Hans", "新加坡金融管理局推出了Project Guardian。", ("sg.mas", "LAUNCHES", "init.project-guardian")),
    # an initiative an organisation's name owns right before it is run by it
    ("en", "The HKMA's Fintech Supervisory Sandbox has admitted 20 firms.",
     ("hk.hkma", "OPERATES", "init.fsb-sandbox-hk")),
    ("en", "MAS's own Project Ubin ended in 2020.", ("sg.mas", "LEADS", "init.project-ubin")),
    ("zh-Hant", "香港金融管理局的金融科技監管沙盒已接納20家公司。", ("hk.hkma", "OPERATES", "init.fsb-sandbox-hk")),
    ("zh-Hans", "中国人民银行的数字人民币试点已扩大到更多城市。", ("cn.pboc", "LEADS", "init.e-cny")),
    # a launch of X, by whoever the sentence names
    ("en", "MAS announced the launch of Project Guardian in 2022.", ("sg.mas", "LAUNCHES", "init.project-guardian")),
    ("en", "MAS said its launch of Project Guardian drew 40 firms.", ("sg.mas", "LAUNCHES", "init.project-guardian")),
    ("zh-Hant", "香港金融管理局推出數碼港元試驗計劃。", ("hk.hkma", "LAUNCHES", "init.e-hkd")),
    ("zh-Hans", "中国人民银行印发《金融科技发展规划（2022－2025年）》。", ("cn.pboc", "ISSUES", "reg.fintech-plan-2022")),
    ("en", "The Reserve Bank of India regulates NPCI, which operates UPI.", ("in.npci", "OPERATES", "init.upi")),
    ("zh-Hans", "蚂蚁集团旗下的网商银行采用区块链技术。", ("bank.mybank", "SUBSIDIARY_OF", "fin.ant")),
    ("en", "Revolut received a licence from the FCA.", ("gb.fca", "AUTHORIZES", "pay.revolut")),
    # who runs a project leads it; who runs a system operates it
    ("en", "The Reserve Bank of Australia and Westpac are running Project Acacia.",
     ("au.rba", "LEADS", "init.project-acacia")),
    ("en", "Earlier, MAS ran Project Ubin with the banking industry.", ("sg.mas", "LEADS", "init.project-ubin")),
    ("en", "NPCI is running UPI.", ("in.npci", "OPERATES", "init.upi")),
    ("zh-Hans", "新加坡金融管理局运行Project Ubin。", ("sg.mas", "LEADS", "init.project-ubin")),
    ("zh-Hant", "新加坡金融管理局運行Project Ubin。", ("sg.mas", "LEADS", "init.project-ubin")),
    # "A对B实施监督管理": B, after 对, is the object
    ("zh-Hans", "中国人民银行依法对网联清算有限公司实施监督管理。", ("cn.pboc", "SUPERVISES", "pay.netsunion")),
    ("zh-Hant", "中國人民銀行依法對網聯清算有限公司實施監督管理。", ("cn.pboc", "SUPERVISES", "pay.netsunion")),
    ("en", "The People's Bank of China supervises NetsUnion Clearing Corporation.",
     ("cn.pboc", "SUPERVISES", "pay.netsunion")),
    # who builds a system launches it
    ("zh-Hans", "人民币跨境支付系统由中国人民银行组织建设。", ("cn.pboc", "LAUNCHES", "init.cips")),
    ("zh-Hant", "人民幣跨境支付系統由中國人民銀行組織建設。", ("cn.pboc", "LAUNCHES", "init.cips")),
    ("en", "The People's Bank of China built the Cross-border Interbank Payment System.",
     ("cn.pboc", "LAUNCHES", "init.cips")),
]
# fmt: on


@pytest.mark.parametrize(("language", "text", "fact"), CASES)
def test_pipeline_extracts_typed_fact_with_evidence(
    language: str, text: str, fact: tuple[str, str, str]
) -> None:
    facts = extract_document(f"{language}.txt", text.encode())
    assert facts.document.status == DocStatus.OK
    found = {(r.subject_id, r.type.value, r.object_id) for r in facts.relations}
    assert fact in found, found
    for ev in facts.evidence:
        assert text[ev.start : ev.end].replace("\n", "") == ev.sentence


def test_pipeline_mentions_point_at_the_source_as_written() -> None:
    text = "香港金融管理局（HKMA）\n與匯豐\n銀行合作。"
    facts = extract_document("x.txt", text.encode())
    for m in facts.mentions:
        assert text[m.start : m.end].replace("\n", "") == m.text
    assert "bank.hsbc" in {m.entity_id for m in facts.mentions}


def test_pipeline_negation_drops_the_fact() -> None:
    facts = extract_document("x.txt", b"The Reserve Bank of India did not regulate NPCI.")
    assert not [r for r in facts.relations if r.type.value == "REGULATES"]


def test_pipeline_keeps_front_matter_strings() -> None:
    facts = extract_document("x.md", b"---\ntitle: T\ncode: 000001\ncountry: NO\ndate: 2024-13-45\n---\nMAS")
    meta = dict(facts.document.metadata)
    assert meta["code"] == "000001" and meta["country"] == "NO"
    assert facts.document.status == DocStatus.OK_WITH_WARNINGS
    assert any("date" in w for w in facts.document.warnings)


def test_pipeline_reads_front_matter_with_a_tab_after_the_colon() -> None:
    # Valid YAML (a tab separates a key from its value) that PyYAML's pure-Python scanner refused.
    facts = extract_document("x.md", b"---\ntitle:\tMAS news\ndate:\t2024-05-01\n---\nMAS")
    assert facts.document.title == "MAS news"
    assert facts.document.status == DocStatus.OK


def test_pipeline_generic_words_are_not_entities() -> None:
    facts = extract_document("x.txt", "多家商业银行和金融机构表示，监管部门将加强监管。".encode())
    assert facts.entities == ()


def test_pipeline_is_deterministic() -> None:
    raw = b"MAS launched Project Ubin and partnered with DBS Bank."
    assert extract_document("a.txt", raw) == extract_document("a.txt", raw)


# fmt: off
CONFIDENCE_CASES = [
    ("zh-Hant", "香港金融管理局推出數碼港元試驗計劃。", ("hk.hkma", "LAUNCHES", "init.e-hkd"), 0.8),  # 计划 = programme
    ("zh-Hans", "证监会向OSL发放虚拟资产交易平台牌照。", ("hk.sfc", "AUTHORIZES", "fin.osl"), 0.8),  # 虚拟 is not 拟; OSL puts 证监会 in HK
    ("zh-Hans", "蚂蚁集团计划推出支付宝。", ("fin.ant", "LAUNCHES", "fin.alipay"), 0.48),  # 计划推出 = plans to launch
    ("zh-Hans", "蚂蚁集团推出新产品支付宝。", ("fin.ant", "LAUNCHES", "fin.alipay"), 0.8),  # no guessed "新产品支付"
    ("en", "The ECB leads the digital euro project and explores distributed ledger technology.",
     ("eu.ecb", "USES_TECHNOLOGY", "tech.dlt"), 0.8),  # the subject of a coordinated verb
    # "May" the month hedges nothing; "may" the verb does
    ("en", "In May 2024 Revolut partnered with Visa.", ("pay.revolut", "PARTNERS_WITH", "pay.visa"), 0.8),
    ("en", "Revolut may partner with Visa.", ("pay.revolut", "PARTNERS_WITH", "pay.visa"), 0.48),
]
# fmt: on


@pytest.mark.parametrize(("language", "text", "fact", "confidence"), CONFIDENCE_CASES)
def test_pipeline_confidence_follows_hedging(
    language: str, text: str, fact: tuple[str, str, str], confidence: float
) -> None:
    facts = extract_document(f"{language}.txt", text.encode())
    found = {(r.subject_id, r.type.value, r.object_id): r.id for r in facts.relations}
    assert fact in found, found
    assert max(e.confidence for e in facts.evidence if e.fact_id == found[fact]) == confidence


def _facts_of_types(language: str, text: str, types: tuple[str, ...]) -> set[tuple[str, str, str]]:
    """(subject id, relation, object id) of the relations of ``types`` found in ``text``."""
    facts = extract_document(f"{language}.txt", text.encode())
    return {(r.subject_id, r.type.value, r.object_id) for r in facts.relations if r.type.value in types}


def _named_facts(text: str) -> set[tuple[str, str, str]]:
    """(subject, relation, object) by the names as written in ``text``, so discovered entities can be
    named; and (name, "ENTITY", type) for each entity."""
    facts = extract_document("named.txt", text.encode())
    written: dict[str, str] = {}
    for m in facts.mentions:  # by the first way the text writes it: "Full Name (ABBR)" by the full name
        written.setdefault(m.entity_id, m.text)
    return {(written[r.subject_id], r.type.value, written[r.object_id]) for r in facts.relations} | {
        (written[e.id], "ENTITY", e.type.value) for e in facts.entities
    }


# fmt: off
# An organisation whose name shows its place: first, before a branch word, or after "of".
NAME_PLACE_CASES = [
    ("en", "The insurer OneDegree Hong Kong received a licence.", ("OneDegree Hong Kong", "BASED_IN", "Hong Kong")),
    ("en", "NAPAS linked VietQR with PromptPay, Thailand's instant payment service, last year.",
     ("PromptPay", "BASED_IN", "Thailand")),
    ("zh-Hans", "深圳市金融科技研究院发布了年度报告。", ("深圳市金融科技研究院", "BASED_IN", "深圳")),
    ("zh-Hans", "汇丰银行上海分行表示将扩大业务。", ("汇丰银行上海分行", "BASED_IN", "上海")),
    ("zh-Hant", "澳門金融科技協會今日成立。", ("澳門金融科技協會", "BASED_IN", "澳門")),
    ("zh-Hant", "中國銀行澳門分行及大西洋銀行參與測試。", ("中國銀行澳門分行", "BASED_IN", "澳門")),
    ("en", "The Kenya Fintech Association said it would help.", ("Kenya Fintech Association", "BASED_IN", "Kenya")),
    ("en", "HKEX and the Nigeria Fintech Council met.", ("Nigeria Fintech Council", "BASED_IN", "Nigeria")),
    ("zh-Hans", "深圳农商银行发布年报。", ("深圳农商银行", "BASED_IN", "深圳")),
    # the place's adjective, in a known name (anywhere) or at the head of a discovered one; the place
    # is named by the adjective as written
    ("en", "The Australian Prudential Regulation Authority met.",
     ("Australian Prudential Regulation Authority", "BASED_IN", "Australian")),
    ("en", "The Office of the Australian Information Commissioner met.",
     ("Office of the Australian Information Commissioner", "BASED_IN", "Australian")),
    ("en", "The Swiss National Bank met.", ("Swiss National Bank", "BASED_IN", "Swiss")),
    ("en", "The Kenyan Fintech Association said it would help.", ("Kenyan Fintech Association", "BASED_IN", "Kenyan")),
    ("en", "The South African Reserve Bank met.", ("South African Reserve Bank", "BASED_IN", "South African")),
    # the adjective in the name's own language: Deutsche, 德意志
    ("en", "Deutsche Börse launched D7.", ("Deutsche Börse", "BASED_IN", "Deutsche")),
    ("zh-Hans", "德意志交易所推出D7平台。", ("德意志交易所", "BASED_IN", "德意志")),
    ("zh-Hant", "德意志交易所推出D7平台。", ("德意志交易所", "BASED_IN", "德意志")),
]
# A place that qualifies the name after it: a possessive, "X-based", "位于X的".
QUALIFYING_PLACE_CASES = [
    ("en", "South Korea's Financial Services Commission met.", ("Financial Services Commission", "BASED_IN", "South Korea")),
    # ... or a possessive description in apposition: "Germany's financial supervisor, the X"
    ("en", "Germany's financial supervisor, the Federal Financial Supervisory Authority (BaFin), grew.",
     ("Federal Financial Supervisory Authority", "BASED_IN", "Germany")),
    ("en", "Kenya's largest lender, Equity Bank, grew.", ("Equity Bank", "BASED_IN", "Kenya")),
    ("en", "The London-based Revolut grew.", ("Revolut", "BASED_IN", "London")),
    ("en", "Stripe acquired the Shanghai-based payments company Paystack.", ("Paystack", "BASED_IN", "Shanghai")),
    ("en", "Stripe acquired the Shanghai-based payments company Paystack.", ("Paystack", "SUBSIDIARY_OF", "Stripe")),
    ("zh-Hans", "总部位于杭州的蚂蚁集团推出了新产品。", ("蚂蚁集团", "BASED_IN", "杭州")),
    ("zh-Hant", "位於深圳的微眾銀行採用區塊鏈技術。", ("微眾銀行", "BASED_IN", "深圳")),
    ("en", "Nubank, the São Paulo-based digital bank, grew.", ("Nubank", "BASED_IN", "São Paulo")),
    ("en", "Banco Central do Brasil operates Pix.", ("Banco Central do Brasil", "BASED_IN", "Brasil")),
    ("zh-Hans", "北京金融控股集团发布年报。", ("北京金融控股集团", "BASED_IN", "北京")),
    # a possessive with the noun that says what the name is between, technologies it names included
    ("en", "Thailand's instant payment service PromptPay links most accounts.", ("PromptPay", "BASED_IN", "Thailand")),
    ("en", "Kenya's largest mobile operator Safaricom runs M-Pesa.", ("Safaricom", "BASED_IN", "Kenya")),
    # a place's law applies there: possessive, with the kind of law between, or 的 / 《》 in Chinese
    ("en", "Brazil's data protection law, the LGPD, applies to banks.", ("LGPD", "APPLIES_IN", "Brazil")),
    ("en", "Singapore's new Payment Services Act took effect.", ("Payment Services Act", "APPLIES_IN", "Singapore")),
    ("zh-Hans", "巴西的数据保护法LGPD适用于银行。", ("LGPD", "APPLIES_IN", "巴西")),
    ("zh-Hant", "新加坡《支付服務法》已生效。", ("支付服務法", "APPLIES_IN", "新加坡")),
    # a place's adjective in a description of the organisation, after its name or before it; "from" a place
    ("en", "It picked Giesecke+Devrient, the German security technology company, to build it.",
     ("Giesecke+Devrient", "BASED_IN", "German")),
    ("en", "The Swiss bank UBS joined Project Helvetia.", ("UBS", "BASED_IN", "Swiss")),
    ("en", "Bitt Inc., a fintech firm from Barbados, built the platform.", ("Bitt Inc.", "BASED_IN", "Barbados")),
]
# A place's adjective outside a description of a named organisation names no place.
NOT_A_PLACE_CASES = [
    ("en", "Payments in Australian dollars grew."),
    ("en", "A Swiss bank joined the pilot."),
]
# A participant of an initiative named earlier in the sentence ("…参与测试", "took part in the trial").
BACK_REFERENCE_CASES = [
    # "有16家企业参与，包括A": the participants follow 参与 and the initiative is the sentence's own
    ("zh-Hant", "金管局展開數碼港元先導計劃，首階段有16家企業參與，包括匯豐及Visa。",
     ("Visa", "PARTICIPATES_IN", "數碼港元先導計劃")),
    ("zh-Hans", "金管局展开数码港元先导计划，首阶段有16家企业参与，包括汇丰及Visa。",
     ("汇丰", "PARTICIPATES_IN", "数码港元先导计划")),
    ("zh-Hans", "乌敏岛项目进入第三阶段，星展银行和华侨银行参与测试。", ("华侨银行", "PARTICIPATES_IN", "乌敏岛项目")),
    ("zh-Hant", "數碼港元試驗計劃啟動，匯豐銀行參與試點。", ("匯豐銀行", "PARTICIPATES_IN", "數碼港元")),
    ("en", "Project Ubin moved to its next phase, and DBS and OCBC took part in the trial.",
     ("OCBC", "PARTICIPATES_IN", "Project Ubin")),
    # the participants as a noun, listed after 包括, take part in what the sentence before spoke of
    ("zh-Hans", "CIPS的参与者分为直接参与者和间接参与者。首批直接参与者共有19家，包括中国工商银行和中国银行。",
     ("中国银行", "PARTICIPATES_IN", "CIPS")),
    ("zh-Hant", "CIPS的參與者分為直接參與者和間接參與者。首批直接參與者共有19家，包括中國工商銀行和中國銀行。",
     ("中國工商銀行", "PARTICIPATES_IN", "CIPS")),
    # "…, as did C": C takes part too; the kind before its name is no description of another
    ("en", "Drex began in 2023. Itaú Unibanco and Bradesco took part, as did the investment bank BTG Pactual.",
     ("BTG Pactual", "PARTICIPATES_IN", "Drex")),
    ("en", "Drex began in 2023. Itaú Unibanco and Bradesco took part, as did the investment bank BTG Pactual.",
     ("Bradesco", "PARTICIPATES_IN", "Drex")),
    # what an earlier sentence's description stands for is in reach: "the pilot" is Drex
    ("en", "Drex is a pilot. Drex has sixteen participants.\n\nThe first phase of the pilot began in 2023. "
     "Sixteen were chosen. Itaú Unibanco took part.", ("Itaú Unibanco", "PARTICIPATES_IN", "Drex")),
    # with no initiative in reach at all, what the document is about
    ("en", "Project mBridge grew out of earlier trials. Project mBridge now has four members.\n\n"
     "In 2024 the Saudi Central Bank joined.", ("Saudi Central Bank", "PARTICIPATES_IN", "Project mBridge")),
    ("zh-Hans", "多边央行数字货币桥启动。多边央行数字货币桥已有四家成员。\n\n沙特中央银行随后加入。",
     ("沙特中央银行", "PARTICIPATES_IN", "多边央行数字货币桥")),
    ("zh-Hant", "多邊央行數字貨幣橋啟動。多邊央行數字貨幣橋已有四家成員。\n\n沙特中央銀行隨後加入。",
     ("沙特中央銀行", "PARTICIPATES_IN", "多邊央行數字貨幣橋")),
]
# Names found by the noun before them or by their suffix, and the phrasings that state the fact.
NAMED_BY_CONTEXT_CASES = [
    # a technology that qualifies the kind right before a name is what the named one uses
    ("en", "JPMorgan renamed its blockchain unit Onyx.", ("Onyx", "USES_TECHNOLOGY", "blockchain")),
    ("zh-Hans", "摩根大通推出区块链平台Kinexys。", ("Kinexys", "USES_TECHNOLOGY", "区块链")),
    ("zh-Hant", "摩根大通推出區塊鏈平台Kinexys。", ("Kinexys", "USES_TECHNOLOGY", "區塊鏈")),
    # what a project starts out on, and what that technology is built with, it uses
    ("en", "Drex is a pilot. Drex tests tokenised deposits.\n\nThe pilot began in 2023 on a blockchain built "
     "with Hyperledger Besu.", ("Drex", "USES_TECHNOLOGY", "Hyperledger Besu")),
    ("en", "Drex is a pilot. Drex tests tokenised deposits.\n\nThe pilot runs on a blockchain.",
     ("Drex", "USES_TECHNOLOGY", "blockchain")),
    # a participle after a comma: its subject is the clause's; "and other" lists on
    ("en", "In its second phase, Drex tests use cases such as credit backed by bonds, using zero-knowledge "
     "proofs and other privacy-enhancing technologies.", ("Drex", "USES_TECHNOLOGY", "privacy-enhancing technologies")),
    # "X, its platform": the only organisation named before leads a project, operates a system
    ("en", "The Banco Central do Brasil has spent a year testing Drex, its platform for a digital real.",
     ("Banco Central do Brasil", "LEADS", "Drex")),
    ("en", "The BCB improved Pix, its instant payment system, in 2024.", ("BCB", "OPERATES", "Pix")),
    # "A与B联合宣布，X正式上线": who announces a launch launched it
    ("zh-Hans", "中国人民银行与香港金融管理局联合宣布，内地与香港快速支付系统互联互通业务（以下简称“跨境支付通”）正式上线。",
     ("香港金融管理局", "LAUNCHES", "跨境支付通")),
    ("zh-Hant", "中國人民銀行與香港金融管理局聯合宣布，跨境支付通正式上線。", ("中國人民銀行", "LAUNCHES", "跨境支付通")),
    # examples after a kind of organisation are names of that kind, whatever follows them
    ("en", "Fintech lenders such as Lendingkart use machine learning to assess borrowers.",
     ("Lendingkart", "USES_TECHNOLOGY", "machine learning")),
    ("en", "Fintech lenders such as Lendingkart use machine learning to assess borrowers.",
     ("Lendingkart", "ENTITY", "FintechCompany")),
    ("en", "Colombians pay with wallets such as Nequi and Daviplata, and other providers.", ("Daviplata", "ENTITY", "Product")),
    ("en", "GoTyme Bank, a joint venture between the Gokongwei Group and Tyme, opened in 2022.",
     ("Tyme", "PARTNERS_WITH", "Gokongwei Group")),
    # a description read back from its comma starts after a full stop
    ("en", "Banks joined VietQR. MoMo, the largest e-wallet, uses artificial intelligence to score borrowers.",
     ("MoMo", "USES_TECHNOLOGY", "artificial intelligence")),
    # "join", as "joins" and "joined"; a product may join a payment system
    ("en", "Vietcombank and Techcombank were among the first banks to join VietQR.",
     ("Techcombank", "PARTICIPATES_IN", "VietQR")),
    # after "A、B等", the noun that says what they are is no party
    ("zh-Hant", "八達通、支付寶香港及WeChat Pay HK等電子錢包均已加入「轉數快」。", ("WeChat Pay HK", "PARTICIPATES_IN", "轉數快")),
    ("zh-Hans", "八达通、支付宝香港及WeChat Pay HK等电子钱包均已加入“转数快”。", ("支付宝香港", "PARTICIPATES_IN", "转数快")),
    # a branch is the kind of body its parent is, and based where its name says, a city's central
    # sub-branch included
    ("zh-Hans", "中国人民银行湖州市中心支行牵头制定了评价办法。", ("中国人民银行湖州市中心支行", "ENTITY", "CentralBank")),
    ("zh-Hans", "中国人民银行湖州市中心支行牵头制定了评价办法。", ("中国人民银行湖州市中心支行", "BASED_IN", "湖州")),
    ("zh-Hant", "中國人民銀行衢州市中心支行發布了指引。", ("中國人民銀行衢州市中心支行", "BASED_IN", "衢州")),
    # a quoted name launched that says no kind, the clause ending after it, is a product; the
    # platform it is launched on (在…上) is a setting, and the subject stands before 在
    ("zh-Hans", "蚂蚁集团于2016年在支付宝上推出“蚂蚁森林”，用户可以积累能量。", ("蚂蚁集团", "LAUNCHES", "蚂蚁森林")),
    ("zh-Hant", "螞蟻集團於2016年在支付寶上推出「螞蟻森林」，用戶可以累積能量。", ("螞蟻集團", "LAUNCHES", "螞蟻森林")),
    ("zh-Hant", "金管局與中國人民銀行合作推出「跨境支付通」。", ("跨境支付通", "ENTITY", "PaymentSystem")),
    # "applied across"
    ("en", "The Digital Operational Resilience Act has applied across the European Union since January.",
     ("Digital Operational Resilience Act", "APPLIES_IN", "European Union")),
    ("en", "Revolut reached a deal with Visa last year.", ("Revolut", "PARTNERS_WITH", "Visa")),
    # who builds on a technology ("X-based") uses it
    ("en", "HSBC offers a cloud-based service to corporate clients.", ("HSBC", "USES_TECHNOLOGY", "cloud")),
    # a partner named in a 与-/with-phrase is not the subject of the clause after it ...
    ("zh-Hant", "富衛集團推出網上投保平台，並與阿里雲合作，利用雲計算處理理賠。", ("富衛集團", "USES_TECHNOLOGY", "雲計算")),
    ("zh-Hans", "富卫集团推出网上投保平台，并与阿里云合作，利用云计算处理理赔。", ("富卫集团", "USES_TECHNOLOGY", "云计算")),
    ("en", "FWD Group partnered with Alibaba Cloud, using cloud computing to settle claims.",
     ("FWD Group", "USES_TECHNOLOGY", "cloud computing")),
    # ... but does with it what they do together
    ("zh-Hant", "金管局又與中國人民銀行合作推出數碼港元。", ("金管局", "LAUNCHES", "數碼港元")),
    ("en", "MAS worked with the BIS to launch Project Orchid.", ("MAS", "LAUNCHES", "Project Orchid")),
    # a licence granted: X获Y发牌
    ("zh-Hant", "OneDegree Hong Kong於2020年獲保監局發牌。", ("保監局", "AUTHORIZES", "OneDegree Hong Kong")),
    ("zh-Hans", "众安银行于2019年获金管局发出牌照。", ("金管局", "AUTHORIZES", "众安银行")),
    # a quoted name launched, typed by its last word
    ("zh-Hant", "保監局於2017年推出「保險科技沙盒」。", ("保監局", "LAUNCHES", "保險科技沙盒")),
    ("zh-Hans", "保监局设立“快速通道”。", ("快速通道", "ENTITY", "Programme")),
    # a Latin name after the kind of organisation it is; an insurer by 人寿
    ("zh-Hant", "旗下的虛擬保險公司OneDegree Hong Kong獲發牌。", ("OneDegree Hong Kong", "ENTITY", "InsuranceCompany")),
    ("zh-Hans", "虚拟银行Mox推出新服务。", ("Mox", "ENTITY", "DigitalBank")),
    ("zh-Hans", "保泰人寿在2018年获发牌。", ("保泰人寿", "ENTITY", "InsuranceCompany")),
    ("zh-Hant", "保泰人壽在2018年獲發牌。", ("保泰人壽", "ENTITY", "InsuranceCompany")),
    # a known name that ends a list is not the end of one long name
    ("en", "GCash is run by Mynt, a fintech owned by Globe Telecom and Ant Group.", ("Ant Group", "ENTITY", "FintechCompany")),
    # what owns a unit (旗下) is an organisation, whatever its name ends in
    ("zh-Hans", "东方财富旗下的天天基金获得基金销售牌照。", ("天天基金", "SUBSIDIARY_OF", "东方财富")),
    ("zh-Hant", "東方財富旗下的天天基金獲得基金銷售牌照。", ("天天基金", "SUBSIDIARY_OF", "東方財富")),
    ("zh-Hans", "互联网平台也在进入财富管理。此外同花顺旗下的爱基金平台上线。", ("同花顺", "ENTITY", "Company")),
    # where an initiative is extended to, it applies; the places of an earlier clause are not its subject
    ("zh-Hans", "证监会启动资本市场金融科技创新试点，首批试点在北京开展，此后扩展至上海、深圳等地。",
     ("资本市场金融科技创新试点", "APPLIES_IN", "上海")),
    ("zh-Hant", "證監會啟動資本市場金融科技創新試點，首批試點在北京開展，此後擴展至上海、深圳等地。",
     ("資本市場金融科技創新試點", "APPLIES_IN", "深圳")),
    ("en", "The e-CNY pilot was later extended to Shanghai and Chengdu.", ("e-CNY pilot", "APPLIES_IN", "Chengdu")),
    ("en", "The FCA granted an e-money licence to the payments start-up Ziina on Monday.",
     ("FCA", "AUTHORIZES", "Ziina")),
    ("en", "DBS and Commercial Bank of Dubai joined Project mBridge.",
     ("Commercial Bank of Dubai", "PARTICIPATES_IN", "Project mBridge")),
    ("en", "The Saudi Central Bank became a full participant in Project mBridge.",
     ("Saudi Central Bank", "PARTICIPATES_IN", "Project mBridge")),
    ("en", "The FCA granted an e-money licence to Revolut.", ("FCA", "AUTHORIZES", "Revolut")),
    ("zh-Hans", "蚂蚁集团与财金资讯公司签署合作备忘录。", ("蚂蚁集团", "PARTNERS_WITH", "财金资讯公司")),
    ("zh-Hant", "螞蟻集團與財金資訊公司簽署合作備忘錄。", ("螞蟻集團", "PARTNERS_WITH", "財金資訊公司")),
    ("en", "Stripe acquired the Lagos-based payments company Paystack in 2020.",
     ("Paystack", "SUBSIDIARY_OF", "Stripe")),
    ("en", "Paystack was acquired by Stripe in 2020.", ("Paystack", "SUBSIDIARY_OF", "Stripe")),
    ("zh-Hans", "2020年，Stripe收购了Paystack。", ("Paystack", "SUBSIDIARY_OF", "Stripe")),
    ("zh-Hans", "北京国际大数据交易所在北京成立。", ("北京国际大数据交易所", "BASED_IN", "北京")),
    ("zh-Hant", "深圳數據交易所發布新規則。", ("深圳數據交易所", "BASED_IN", "深圳")),
    ("en", "The Commercial Bank of Dubai joined Project mBridge.", ("Commercial Bank of Dubai", "BASED_IN", "Dubai")),
    # a name its description types, found again where it recurs without one
    ("en", "Safaricom, Kenya's largest mobile operator, launched M-Pesa in 2007.", ("Safaricom", "LAUNCHES", "M-Pesa")),
    ("en", "Progmat, a Japanese security token platform, uses blockchain. MUFG operates Progmat.",
     ("MUFG", "OPERATES", "Progmat")),
    ("en", "The start-up Ziina raised money. The FCA granted an e-money licence to Ziina.",
     ("FCA", "AUTHORIZES", "Ziina")),
    ("en", "DBS is working with Ant Group on cross-border payments.", ("DBS", "PARTNERS_WITH", "Ant Group")),
    ("en", "JPMorgan said its blockchain unit Kinexys handles payments.", ("Kinexys", "SUBSIDIARY_OF", "JPMorgan")),
    # the parties of a list that a known organisation stands in
    ("en", "Standard Chartered, Animoca Brands and HKT formed a joint venture.",
     ("Standard Chartered", "PARTNERS_WITH", "HKT")),
    ("en", "Officials said Animoca Brands, HKT and Standard Chartered formed a joint venture.",
     ("HKT", "PARTNERS_WITH", "Animoca Brands")),  # a symmetric fact, in its stored order
    ("zh-Hans", "网商银行推出了“大山雀”系统。", ("网商银行", "LAUNCHES", "大山雀")),
    # those named after "together with" / "along with" share the subject's part, not the object's
    ("en", "The Bank of Thailand is a founding member of Project mBridge, together with the Hong Kong Monetary Authority "
     "and the Central Bank of the UAE.", ("Central Bank of the UAE", "PARTICIPATES_IN", "Project mBridge")),
    ("en", "The Bank of Thailand joined Project mBridge along with the Saudi Central Bank.",
     ("Saudi Central Bank", "PARTICIPATES_IN", "Project mBridge")),
    # a name described as a unit of another ("the fintech arm of", "a subsidiary of")
    ("en", "The winners include Ascend Money, the fintech arm of Charoen Pokphand Group.",
     ("Ascend Money", "SUBSIDIARY_OF", "Charoen Pokphand Group")),
    # "run by" operates, as "runs" does; a founding member takes part; an owner runs its app
    ("en", "Thailand's PromptPay, run by National ITMX, links most accounts.", ("National ITMX", "OPERATES", "PromptPay")),
    ("en", "The Bank of Thailand is a founding member of Project mBridge.",
     ("Bank of Thailand", "PARTICIPATES_IN", "Project mBridge")),
    ("en", "Kasikornbank, which did not win a licence, said it would invest in its mobile app K PLUS.",
     ("Kasikornbank", "OPERATES", "K PLUS")),
    # a place that launches something is where it applies; 参与其中 takes part in what was just named
    ("en", "Singapore launched Project Orchid.", ("Project Orchid", "APPLIES_IN", "Singapore")),
    ("zh-Hans", "深圳启动数字人民币试点。", ("数字人民币试点", "APPLIES_IN", "深圳")),
    ("zh-Hant", "深圳啟動數字人民幣試點。", ("數字人民幣試點", "APPLIES_IN", "深圳")),
    ("zh-Hans", "苏州工业园区启动数字人民币试点，中国银行苏州分行参与其中。",
     ("中国银行苏州分行", "PARTICIPATES_IN", "数字人民币试点")),
    ("zh-Hant", "蘇州工業園區啟動數字人民幣試點，中國銀行蘇州分行參與其中。",
     ("中國銀行蘇州分行", "PARTICIPATES_IN", "數字人民幣試點")),
    ("zh-Hans", "网商银行利用卫星遥感技术为农户提供服务。", ("网商银行", "USES_TECHNOLOGY", "卫星遥感")),
    ("zh-Hant", "網商銀行利用衛星遙感技術為農戶提供服務。", ("網商銀行", "USES_TECHNOLOGY", "衛星遙感")),
    ("en", "The Federal Reserve will oversee Circle.", ("Federal Reserve", "REGULATES", "Circle")),  # after a modal
    ("en", "Circle, the issuer of USDC, applied for a charter.", ("Circle", "ISSUES", "USDC")),
    ("en", "NPCI, the operator of UPI, grew.", ("NPCI", "OPERATES", "UPI")),
    ("en", "The Bank of England opened the Digital Securities Sandbox in 2024.",
     ("Bank of England", "LAUNCHES", "Digital Securities Sandbox")),
    ("en", "HSBC launched its Orion platform for tokenised bonds.", ("HSBC", "LAUNCHES", "Orion")),
    # a Chinese compound ends in its head: the programme launched is the second name
    ("zh-Hans", "中国人民银行宣布启动粤港澳大湾区“跨境理财通”业务试点。", ("中国人民银行", "LAUNCHES", "跨境理财通")),
    ("en", "Project Nexus, an initiative of the Bank for International Settlements, grew.",
     ("Bank for International Settlements", "LEADS", "Project Nexus")),
    ("zh-Hant", "金管會於2019年核准將來商業銀行設立。", ("金管會", "AUTHORIZES", "將來商業銀行")),
    ("zh-Hans", "工商银行在全行推广大模型应用。", ("工商银行", "USES_TECHNOLOGY", "大模型")),
    # licences, registration, exploring a technology, a phase of a test, a place that opens the sentence
    ("zh-Hant", "證監會向OSL發出虛擬資產交易平台牌照。", ("證監會", "AUTHORIZES", "OSL")),
    ("zh-Hans", "金管局已向众安银行等八家机构发出虚拟银行牌照。", ("金管局", "AUTHORIZES", "众安银行")),
    ("en", "Coinbase is registered with the FCA.", ("FCA", "AUTHORIZES", "Coinbase")),
    ("zh-Hans", "金管局推出Project Ensemble，探索代币化存款。", ("Project Ensemble", "USES_TECHNOLOGY", "代币化存款")),
    ("zh-Hans", "Project Ensemble启动后，汇丰参与首阶段测试。", ("汇丰", "PARTICIPATES_IN", "Project Ensemble")),
    ("en", "In the European Union, MiCA applies in full from 30 December 2024.", ("MiCA", "APPLIES_IN", "European Union")),
    ("zh-Hans", "在欧盟，MiCA于2024年全面生效。", ("MiCA", "APPLIES_IN", "欧盟")),
    # "A在B启动C": B is where C applies, not what A launches
    ("zh-Hans", "中国人民银行在北京启动金融科技创新监管试点。", ("中国人民银行", "LAUNCHES", "金融科技创新监管试点")),
    ("zh-Hans", "中国人民银行在北京启动金融科技创新监管试点。", ("金融科技创新监管试点", "APPLIES_IN", "北京")),
    # a name spelled out before its acronym, and the subject past a description between commas
    ("en", "The Nordic Instant Payments Company (NIPC), a Stockholm-based firm, grew.",
     ("Nordic Instant Payments Company", "BASED_IN", "Stockholm")),
    ("en", "The Global Payments Alliance (GPA), a company owned by banks including HSBC and UBS, launched Project Meridian.",
     ("Global Payments Alliance", "LAUNCHES", "Project Meridian")),
    ("en", "DBS, the largest bank in Singapore, joined Project Guardian.", ("DBS", "PARTICIPATES_IN", "Project Guardian")),
    # moving a project into a phase, proposing a law, completing acquisitions
    ("en", "The Bank of England entered the design phase of the digital pound.",
     ("Bank of England", "LEADS", "digital pound")),
    ("en", "The European Commission proposed the Digital Operational Resilience Act in 2020.",
     ("European Commission", "ISSUES", "Digital Operational Resilience Act")),
    ("en", "In 2020 Stripe completed its acquisitions of Paystack.", ("Paystack", "SUBSIDIARY_OF", "Stripe")),
    # 会同 joins the issuers; 将 puts the object before the verb; a model's name before 大模型
    ("zh-Hans", "国家外汇管理局会同中国人民银行联合印发《跨境支付管理办法（试行）》。",
     ("国家外汇管理局", "ISSUES", "跨境支付管理办法（试行）")),
    ("zh-Hans", "招商银行将区块链技术应用于跨境支付。", ("招商银行", "USES_TECHNOLOGY", "区块链技术")),
    ("zh-Hant", "國泰世華銀行將Llama模型接入客服系統。", ("國泰世華銀行", "USES_TECHNOLOGY", "Llama")),
    ("zh-Hans", "平安银行部署Qwen大模型。", ("平安银行", "USES_TECHNOLOGY", "Qwen")),
    ("zh-Hans", "平安银行部署Qwen大模型。", ("平安银行", "USES_TECHNOLOGY", "大模型")),
    # a technology tried in an initiative: the initiative uses it, and who tried it takes part
    ("en", "The Bank of Thailand also tested a wholesale central bank digital currency in Project Inthanon.",
     ("Project Inthanon", "USES_TECHNOLOGY", "wholesale central bank digital currency")),
    ("en", "The Bank of Thailand also tested a wholesale central bank digital currency in Project Inthanon.",
     ("Bank of Thailand", "PARTICIPATES_IN", "Project Inthanon")),
    ("en", "HSBC said the HKMA had piloted tokenised deposits under the Ensemble project.",
     ("HKMA", "PARTICIPATES_IN", "Ensemble project")),
    ("zh-Hans", "泰国央行在Inthanon项目中测试了批发型央行数字货币。", ("Inthanon项目", "USES_TECHNOLOGY", "批发型央行数字货币")),
    ("zh-Hans", "新加坡金管局在Ubin项目中使用区块链技术。", ("新加坡金管局", "PARTICIPATES_IN", "Ubin项目")),
    ("zh-Hant", "香港金管局已在Ensemble項目下試驗代幣化存款。", ("Ensemble項目", "USES_TECHNOLOGY", "代幣化存款")),
    ("zh-Hant", "香港金管局已在Ensemble項目下試驗代幣化存款。", ("香港金管局", "PARTICIPATES_IN", "Ensemble項目")),
    ("zh-Hans", "汇丰银行测试了代币化存款。", ("汇丰银行", "USES_TECHNOLOGY", "代币化存款")),
    ("zh-Hant", "匯豐銀行測試了代幣化存款。", ("匯豐銀行", "USES_TECHNOLOGY", "代幣化存款")),
    # a law named after "together with" that cannot propose anything is proposed too, a date between
    ("en", "The European Commission proposed FiDA in June 2023, together with PSD3.",
     ("European Commission", "ISSUES", "PSD3")),
    ("en", "The European Commission proposed FiDA together with PSD3.", ("European Commission", "ISSUES", "PSD3")),
    ("en", "Bank Indonesia introduced the Quick Response Code Indonesian Standard (QRIS) in 2019 together with the "
     "Indonesian Payment System Association.",
     ("Indonesian Payment System Association", "LAUNCHES", "Quick Response Code Indonesian Standard")),
    # the partners of a joint venture, not what they formed; nor a name heading an earlier 的-phrase
    ("zh-Hans", "由渣打银行、香港电讯和携程合资成立的Mox Bank开业。", ("香港电讯", "PARTNERS_WITH", "携程")),
    ("zh-Hant", "由渣打銀行、香港電訊和攜程合資成立的Mox Bank開業。", ("渣打銀行", "PARTNERS_WITH", "香港電訊")),
    ("zh-Hant", "首批包括渣打銀行成立的Mox Bank，以及中銀香港、京東科技與怡和集團共同持有的livi bank。",
     ("中銀香港", "PARTNERS_WITH", "京東科技")),
    # a majority holder, a largest shareholder, a licence held
    ("zh-Hans", "天星银行由小米集团持有多数股权。", ("天星银行", "SUBSIDIARY_OF", "小米集团")),
    ("zh-Hant", "天星銀行則由小米集團持有多數股權。", ("天星銀行", "SUBSIDIARY_OF", "小米集團")),
    ("zh-Hant", "眾安銀行是首家開業的虛擬銀行，其最大股東為眾安在線。", ("眾安銀行", "SUBSIDIARY_OF", "眾安在線")),
    ("en", "ZA Bank's largest shareholder is ZhongAn.", ("ZA Bank", "SUBSIDIARY_OF", "ZhongAn")),
    ("zh-Hans", "HashKey Exchange持有证监会发出的虚拟资产交易平台牌照。", ("证监会", "AUTHORIZES", "HashKey Exchange")),
    ("en", "HashKey Exchange holds a licence issued by the SFC.", ("SFC", "AUTHORIZES", "HashKey Exchange")),
    # the object of a relative clause; an observer; a supervisor of an activity regulates it
    ("en", "Payments Network Malaysia (PayNet), the operator of DuitNow, which Bank Negara Malaysia supervises, grew.",
     ("Bank Negara Malaysia", "SUPERVISES", "Payments Network Malaysia")),
    ("en", "Bank Indonesia is also an observer in Project Nexus.", ("Bank Indonesia", "PARTICIPATES_IN", "Project Nexus")),
    ("en", "The OJK supervises peer-to-peer lending platforms.", ("OJK", "REGULATES", "peer-to-peer lending")),
    ("zh-Hans", "印尼金融服务管理局负责监督加密资产。", ("印尼金融服务管理局", "REGULATES", "加密资产")),
    ("en", "In 2025 the OJK took over the oversight of crypto assets.", ("OJK", "REGULATES", "crypto assets")),
    # a name set off by commas after a known one renames it, and the subject is the known one
    ("en", "Otoritas Jasa Keuangan (OJK), the Financial Services Authority, licenses and supervises peer-to-peer "
     "lending platforms.", ("Otoritas Jasa Keuangan", "REGULATES", "peer-to-peer lending")),
    # the named one of an ambiguous short name; a name its owner writes in lower case
    ("zh-Hant", "螞蟻集團推出新產品。證券及期貨事務監察委員會（證監會）表示，證監會已向OSL發出牌照。",
     ("證券及期貨事務監察委員會", "AUTHORIZES", "OSL")),
    ("en", "The Hong Kong Monetary Authority granted livi bank a licence.",
     ("Hong Kong Monetary Authority", "AUTHORIZES", "livi bank")),
    # done with another, owned, run, licensed, worked on together
    ("en", "In 2018 SAMA set up Fintech Saudi with the Capital Market Authority.",
     ("Capital Market Authority", "LAUNCHES", "Fintech Saudi")),
    ("en", "Saudi Payments, which SAMA owns, runs mada.", ("Saudi Payments", "SUBSIDIARY_OF", "SAMA")),
    ("en", "Saudi Payments, which SAMA owns, runs mada.", ("Saudi Payments", "OPERATES", "mada")),
    ("en", "Ant Group owns MYbank.", ("MYbank", "SUBSIDIARY_OF", "Ant Group")),
    ("en", "Saudi banks pay through Buna, the platform of the Arab Monetary Fund.",
     ("Arab Monetary Fund", "OPERATES", "Buna")),
    ("en", "Pix, the instant payment system of the Central Bank of Brazil, grew.",
     ("Central Bank of Brazil", "OPERATES", "Pix")),
    ("en", "The Capital Market Authority has its own Fintech Saudi programme.",
     ("Capital Market Authority", "OPERATES", "Fintech Saudi")),
    ("en", "Tamara and Tabby, both based in Riyadh, operate under SAMA licences.", ("SAMA", "AUTHORIZES", "Tamara")),
    ("en", "Tamara and Tabby, both based in Riyadh, operate under SAMA licences.", ("SAMA", "AUTHORIZES", "Tabby")),
    ("en", "SAMA worked with the Central Bank of the UAE on Project Aber.",
     ("Central Bank of the UAE", "PARTICIPATES_IN", "Project Aber")),
    ("en", "DBS partnered with Ant Group on Project Guardian.", ("DBS", "PARTICIPATES_IN", "Project Guardian")),
    # a Chinese company's name with a place in brackets, or past 银行间, and what it runs
    ("zh-Hans", "人民币跨境支付系统（CIPS）由跨境银行间支付清算有限责任公司运营。",
     ("跨境银行间支付清算有限责任公司", "OPERATES", "人民币跨境支付系统")),
    ("zh-Hans", "连通（杭州）技术服务有限公司获得中国人民银行颁发的许可证。",
     ("中国人民银行", "AUTHORIZES", "连通（杭州）技术服务有限公司")),
    ("zh-Hant", "連通（杭州）技術服務有限公司獲得中國人民銀行頒發的許可證。",
     ("連通（杭州）技術服務有限公司", "BASED_IN", "杭州")),
    # a later phase of what the sentence before named; a participle that opens the sentence; a pronoun
    # that fits as its second antecedent
    ("en", "Brazil has been trying out Drex. Itaú Unibanco joined the second phase.",
     ("Itaú Unibanco", "PARTICIPATES_IN", "Drex")),
    ("en", "Launched by the Banco Central do Brasil in 2020, Pix now carries most payments.",
     ("Banco Central do Brasil", "LAUNCHES", "Pix")),
    ("en", "Pix is popular. The BCB launched it.", ("BCB", "LAUNCHES", "Pix")),
    # building, a relative clause with no "which", a verb before a noun trigger, a platform for, running on
    ("en", "Banco de la República is building Bre-B.", ("Banco de la República", "LAUNCHES", "Bre-B")),
    ("en", "Banxico built CoDi on top of SPEI, the interbank transfer system it operates.",
     ("Banxico", "OPERATES", "SPEI")),
    ("en", "Nu México, the local unit of Nu Holdings, won approval from the CNBV.", ("CNBV", "AUTHORIZES", "Nu México")),
    ("en", "Drex, a platform for tokenised deposits, grew.", ("Drex", "USES_TECHNOLOGY", "tokenised deposits")),
    ("en", "Drex ran on Hyperledger Besu.", ("Drex", "USES_TECHNOLOGY", "Hyperledger Besu")),
    # a draft announced; "X是Y核准的…"
    ("zh-Hant", "金管會於2025年預告《虛擬資產服務法》草案。", ("金管會", "ISSUES", "虛擬資產服務法")),
    ("zh-Hans", "金管会于2025年预告《虚拟资产服务法》草案。", ("金管会", "ISSUES", "虚拟资产服务法")),
    ("zh-Hant", "街口支付與全支付也都是金管會核准的專營電子支付機構。", ("金管會", "AUTHORIZES", "全支付")),
    ("zh-Hans", "街口支付与全支付都是金管会核准的专营电子支付机构。", ("金管会", "AUTHORIZES", "街口支付")),
    ("zh-Hans", "香港金融科技同业公会今日成立。", ("香港金融科技同业公会", "BASED_IN", "香港")),
    # a project run with others; a headquarters clause of the sentence's topic
    ("en", "Project Helvetia, run with SDX and the BIS Innovation Hub, moved into a pilot.",
     ("BIS Innovation Hub", "PARTICIPATES_IN", "Project Helvetia")),
    ("zh-Hans", "百行征信由中国互联网金融协会牵头，芝麻信用、腾讯征信等八家机构共同出资组建，总部位于深圳。",
     ("百行征信", "BASED_IN", "深圳")),
    ("zh-Hant", "百行徵信由中國互聯網金融協會牽頭，芝麻信用、騰訊徵信等八家機構共同出資組建，總部位於深圳。",
     ("百行徵信", "BASED_IN", "深圳")),
    # who is chosen to build something partners the chooser and takes part in it; the chooser leads it
    ("en", "The Bank of Ghana picked Giesecke+Devrient to build a pilot of the eCedi.",
     ("Bank of Ghana", "PARTNERS_WITH", "Giesecke+Devrient")),
    ("en", "The Bank of Ghana picked Giesecke+Devrient to build a pilot of the eCedi.",
     ("Giesecke+Devrient", "PARTICIPATES_IN", "eCedi")),
    ("en", "The Bank of Ghana picked Giesecke+Devrient to build a pilot of the eCedi.",
     ("Bank of Ghana", "LEADS", "eCedi")),
    ("en", "The Central Bank of Nigeria launched the eNaira. The bank built it with Bitt Inc.",
     ("Bitt Inc.", "PARTNERS_WITH", "Central Bank of Nigeria")),
    # a project is led; a sandbox, like a system, is operated, whichever way its owner runs it
    ("en", "The Monetary Authority of Singapore expanded Sandbox Express, its sandbox for new firms.",
     ("Monetary Authority of Singapore", "OPERATES", "Sandbox Express")),
    ("en", "The Monetary Authority of Singapore runs the FinTech Regulatory Sandbox.",
     ("Monetary Authority of Singapore", "OPERATES", "FinTech Regulatory Sandbox")),
    # who amends a law issues it; who founds a company with its capital owns it; who studies a project leads it
    ("zh-Hant", "金融監督管理委員會修正的《電子支付機構管理條例》於2021年施行。",
     ("金融監督管理委員會", "ISSUES", "電子支付機構管理條例")),
    ("zh-Hans", "金融监督管理委员会修正的《电子支付机构管理条例》于2021年施行。",
     ("金融监督管理委员会", "ISSUES", "电子支付机构管理条例")),
    ("en", "The Payment Services Act was amended by the Monetary Authority of Singapore.",
     ("Monetary Authority of Singapore", "ISSUES", "Payment Services Act")),
    ("zh-Hant", "全支付由全聯福利中心投資成立。", ("全支付", "SUBSIDIARY_OF", "全聯福利中心")),
    ("zh-Hans", "全支付由全联福利中心投资成立。", ("全支付", "SUBSIDIARY_OF", "全联福利中心")),
    ("zh-Hant", "臺灣的中央銀行持續研究數位新台幣。", ("中央銀行", "LEADS", "數位新台幣")),
    ("zh-Hans", "中国人民银行持续研究数字人民币。", ("中国人民银行", "LEADS", "数字人民币")),
    ("en", "The Bank of Thailand is studying a retail CBDC.", ("Bank of Thailand", "USES_TECHNOLOGY", "retail CBDC")),
    ("zh-Hant", "台灣行動支付公司推出的「台灣Pay」主打QR Code掃碼支付。", ("台灣Pay", "USES_TECHNOLOGY", "QR Code")),
    # a QR code as a way to pay is text, not a QR-code prompt (a short line, as an HTML paragraph is)
    ("zh-Hant", "浙商銀行運用二維碼支付技術提升風控能力。", ("浙商銀行", "USES_TECHNOLOGY", "二維碼支付")),
    ("zh-Hans", "浙商银行运用二维码支付技术提升风控能力。", ("浙商银行", "USES_TECHNOLOGY", "二维码支付")),
    # what is launched and then called an account or a wallet is a product
    ("zh-Hant", "一卡通票證公司與街口支付合作推出「一卡通MONEY」電子支付帳戶。",
     ("一卡通票證公司", "LAUNCHES", "一卡通MONEY")),
    ("zh-Hans", "一卡通票证公司与街口支付合作推出「一卡通MONEY」电子支付账户。",
     ("一卡通票证公司", "LAUNCHES", "一卡通MONEY")),
    # companions a sentence opens on take part with its subject, whom a pronoun after them names
    ("en", "The Riksbank piloted an e-krona. With Norges Bank and the Bank of Israel, it also tested retail CBDC "
     "payments across borders in Project Icebreaker.", ("Norges Bank", "PARTICIPATES_IN", "Project Icebreaker")),
    ("en", "The Riksbank piloted an e-krona. With Norges Bank and the Bank of Israel, it also tested retail CBDC "
     "payments across borders in Project Icebreaker.", ("Riksbank", "PARTICIPATES_IN", "Project Icebreaker")),
    # who pilots a project leads it; who is named one's partner is one
    ("en", "Sveriges Riksbank has piloted an e-krona since 2020.", ("Sveriges Riksbank", "LEADS", "e-krona")),
    ("en", "Sveriges Riksbank, with Accenture as its technology partner, built the e-krona.",
     ("Sveriges Riksbank", "PARTNERS_WITH", "Accenture")),
    # a licence held from a regulator, after a description of the holder
    ("en", "Klarna, the Stockholm-based payments firm, has held a full banking licence from Finansinspektionen "
     "since 2017.", ("Finansinspektionen", "AUTHORIZES", "Klarna")),
    # a place right before a law's name is where it applies
    ("en", "Banks must follow the EU Instant Payments Regulation.",
     ("Instant Payments Regulation", "APPLIES_IN", "the EU")),
    # a product or a system someone owns is run by it, not its subsidiary
    ("zh-Hans", "蚂蚁集团旗下蚂蚁链推出新服务。", ("蚂蚁集团", "OPERATES", "蚂蚁链")),
    ("zh-Hant", "螞蟻集團旗下螞蟻鏈推出新服務。", ("螞蟻集團", "OPERATES", "螞蟻鏈")),
    ("en", "MobilePay, owned by Danske Bank, is popular in Denmark.", ("Danske Bank", "OPERATES", "MobilePay")),
    # a known technology inside a discovered platform's name is one it uses
    ("zh-Hans", "2019年，国家外汇管理局推出跨境金融区块链服务平台。", ("跨境金融区块链服务平台", "USES_TECHNOLOGY", "区块链")),
    ("zh-Hant", "2019年，國家外匯管理局推出跨境金融區塊鏈服務平台。", ("跨境金融區塊鏈服務平台", "USES_TECHNOLOGY", "區塊鏈")),
    ("zh-Hans", "2019年，国家外汇管理局推出跨境金融区块链服务平台。",
     ("国家外汇管理局", "LAUNCHES", "跨境金融区块链服务平台")),
    # 用 opening a clause is "using"
    ("zh-Hans", "蚂蚁链推出的“双链通”，用区块链记录订单。", ("双链通", "USES_TECHNOLOGY", "区块链")),
    ("zh-Hant", "螞蟻鏈推出的「雙鏈通」，用區塊鏈記錄訂單。", ("雙鏈通", "USES_TECHNOLOGY", "區塊鏈")),
    # a description by a place's adjective: supervisors and processors too
    ("en", "Finansinspektionen, the Swedish financial supervisor, fined a bank.",
     ("Finansinspektionen", "BASED_IN", "Swedish")),
    ("en", "Nets, the Danish card processor, was taken over by Nexi in 2021.", ("Nets", "BASED_IN", "Danish")),
    # a company bought right after the verb; 就 as "then" leaves the subject acting; a kind of company
    # named by a technology ("AI公司") leaves the technology
    ("en", "Stripe bought Paystack in 2020.", ("Paystack", "SUBSIDIARY_OF", "Stripe")),
    ("zh-Hans", "蚂蚁集团今年就开始使用区块链技术。", ("蚂蚁集团", "USES_TECHNOLOGY", "区块链技术")),
    ("zh-Hant", "螞蟻集團今年就開始使用區塊鏈技術。", ("螞蟻集團", "USES_TECHNOLOGY", "區塊鏈技術")),
    ("zh-Hans", "多家AI公司参与测试。", ("AI", "ENTITY", "Technology")),
    # "with B as its partner" after a project: "its" is the clause's subject
    ("en", "Sveriges Riksbank has piloted an e-krona since 2020 with Accenture as its technology partner.",
     ("Sveriges Riksbank", "PARTNERS_WITH", "Accenture")),
    # whom a company offers its services through is its partner
    ("en", "Revolut offers its cards through Acme Savings Bank.", ("Revolut", "PARTNERS_WITH", "Acme Savings Bank")),
    # enforcement regulates: an action against, a fine, an order to pay; 处罚 and 罚款
    ("en", "The Federal Reserve took an enforcement action against Acme Savings Bank in June.",
     ("Federal Reserve", "REGULATES", "Acme Savings Bank")),
    ("en", "The Financial Conduct Authority fined Monzo last year.", ("Financial Conduct Authority", "REGULATES", "Monzo")),
    ("en", "The CFPB ordered Apple and Goldman Sachs to pay $89 million.", ("CFPB", "REGULATES", "Goldman Sachs")),
    ("zh-Hans", "中国人民银行对支付宝处以罚款。", ("中国人民银行", "REGULATES", "支付宝")),
    ("zh-Hant", "中國人民銀行對支付寶處以罰款。", ("中國人民銀行", "REGULATES", "支付寶")),
    # guidance on a matter (就…发出指引) regulates it
    ("zh-Hans", "香港金融管理局于2024年就银行使用生成式人工智能发出指引。",
     ("香港金融管理局", "REGULATES", "生成式人工智能")),
    ("zh-Hant", "香港金融管理局於2024年就銀行使用生成式人工智能發出指引。",
     ("香港金融管理局", "REGULATES", "生成式人工智能")),
    # a charter from a supervisor is an authorisation; buying a company owns it; a contractor takes part
    ("en", "Varo Bank received a national bank charter from the Office of the Comptroller of the Currency.",
     ("Office of the Comptroller of the Currency", "AUTHORIZES", "Varo Bank")),
    ("en", "SoFi became a bank holding company in 2022 by buying Golden Pacific Bancorp.",
     ("Golden Pacific Bancorp", "SUBSIDIARY_OF", "SoFi")),
    ("zh-Hans", "积金易由电讯盈科承建。", ("电讯盈科", "PARTICIPATES_IN", "积金易")),
    ("zh-Hant", "積金易由電訊盈科承建。", ("電訊盈科", "PARTICIPATES_IN", "積金易")),
    # who has run a system operates it; "X, its … service" is the only organisation's
    ("en", "The Clearing House has run the RTP network since 2017.", ("The Clearing House", "OPERATES", "RTP network")),
    ("en", "The Federal Reserve launched FedNow, its instant payment service, in 2023.",
     ("Federal Reserve", "OPERATES", "FedNow")),
    # an indefinite description with a place after "in" places the company
    ("en", "SoFi bought Acme Bancorp, a small bank in California.", ("Acme Bancorp", "BASED_IN", "California")),
    # "the bureau" stands for the one regulator the paragraph named, sentences back
    ("en", "The Consumer Financial Protection Bureau finalised its rule. Banks sued. The Bank Policy Institute "
     "objected. In the same month the bureau ordered Apple to pay $89 million.",
     ("Consumer Financial Protection Bureau", "REGULATES", "Apple")),
    # HKEX's registered name (with its legal form) is HKEX; a Latin name before 平台 or 技术 is typed by it
    ("zh-Hant", "香港交易及結算所有限公司於2023年推出Synapse平台，底層採用DAML技術。",
     ("香港交易及結算所有限公司", "LAUNCHES", "Synapse")),
    ("zh-Hans", "香港交易所推出Synapse平台，采用DAML技术。", ("Synapse", "USES_TECHNOLOGY", "DAML")),
    # a known Latin name right before a Chinese company's suffix starts that company's name
    ("zh-Hant", "OSL數字證券為首批獲證監會發牌的平台。", ("證監會", "AUTHORIZES", "OSL數字證券")),
    ("zh-Hans", "OSL数字证券为首批获证监会发牌的平台。", ("OSL数字证券", "SUBSIDIARY_OF", "OSL")),
    # a product 发布 is launched, not issued as a currency is
    ("zh-Hans", "马上消费金融股份有限公司发布了大模型“天镜”。", ("马上消费金融股份有限公司", "LAUNCHES", "天镜")),
    ("zh-Hant", "馬上消費金融股份有限公司發布了大模型「天鏡」。", ("馬上消費金融股份有限公司", "LAUNCHES", "天鏡")),
    # what a security is issued on, the issuer uses; an infinitive of purpose is the subject's
    ("en", "Siemens issued a digital bond on Ethereum.", ("Siemens", "USES_TECHNOLOGY", "Ethereum")),
    ("en", "Germany passed the Electronic Securities Act in 2021. Siemens used the law in 2023 to issue a "
     "digital bond on the Polygon blockchain.", ("Siemens", "USES_TECHNOLOGY", "Polygon")),
    # whose work a project is leads it; who supports that work takes part
    ("en", "The Bundesbank supports the European Central Bank's work on the digital euro.",
     ("European Central Bank", "LEADS", "digital euro")),
    ("en", "The Bundesbank supports the European Central Bank's work on the digital euro.",
     ("Bundesbank", "PARTICIPATES_IN", "digital euro")),
    ("en", "The Deutsche Bundesbank, part of the Eurosystem, supports the ECB's work on the digital euro.",
     ("Deutsche Bundesbank", "PARTICIPATES_IN", "digital euro")),
    # a monitor or a fine from a supervisor regulates
    ("en", "Solaris got a special monitor from BaFin in 2022.", ("BaFin", "REGULATES", "Solaris")),
    ("en", "N26 received a fine from BaFin.", ("BaFin", "REGULATES", "N26")),
    # a participle that ends a description after the name: the name is its subject
    ("en", "Solaris, a banking-as-a-service provider also based in Berlin, grew.", ("Solaris", "BASED_IN", "Berlin")),
    ("en", "Synapse Financial Technologies, a banking-as-a-service provider based in San Francisco, failed.",
     ("Synapse Financial Technologies", "BASED_IN", "San Francisco")),
    # "near" elsewhere in the gap is no place word
    ("en", "Stripe uses near real-time machine learning to stop fraud.", ("Stripe", "USES_TECHNOLOGY", "machine learning")),
    # "its X unit"
    ("en", "Deutsche Börse launched D7 through its Clearstream unit in 2021.",
     ("Clearstream", "SUBSIDIARY_OF", "Deutsche Börse")),
    # who takes over a business runs it; a closed 由-clause leaves the sentence's topic the subject;
    # quoted names joined by 和, each after its own 的-phrase
    ("zh-Hans", "重庆蚂蚁消费金融有限公司于2021年开业，由蚂蚁集团控股，承接了“花呗”和“借呗”的消费信贷业务。",
     ("重庆蚂蚁消费金融有限公司", "OPERATES", "借呗")),
    ("zh-Hant", "重慶螞蟻消費金融有限公司於2021年開業，由螞蟻集團控股，承接了「花唄」和「借唄」的消費信貸業務。",
     ("重慶螞蟻消費金融有限公司", "OPERATES", "借唄")),
    ("zh-Hans", "蚂蚁集团推出面向用户的“支小宝”和面向从业者的“支小助”。", ("蚂蚁集团", "LAUNCHES", "支小助")),
    ("zh-Hant", "螞蟻集團推出面向用戶的「支小寶」和面向從業者的「支小助」。", ("螞蟻集團", "LAUNCHES", "支小助")),
    # 该公司 and "the company" stand for a financial institution too; a national supervisor's local office
    ("zh-Hans", "重庆蚂蚁消费金融有限公司于2021年开业。该公司的设立已获得重庆银保监局批准。",
     ("重庆银保监局", "AUTHORIZES", "重庆蚂蚁消费金融有限公司")),
    ("zh-Hant", "重慶螞蟻消費金融有限公司於2021年開業。該公司的設立已獲得重慶銀保監局批准。",
     ("重慶銀保監局", "AUTHORIZES", "重慶螞蟻消費金融有限公司")),
    ("en", "Mashang Consumer Finance opened in 2015. The company is regulated by the NFRA.",
     ("NFRA", "REGULATES", "Mashang Consumer Finance")),
    # "X (ABBR), the operator of Y": the description is the name's own
    ("en", "The link runs through Payments Network Malaysia (PayNet), the operator of DuitNow, which Bank Negara "
     "Malaysia supervises.", ("Payments Network Malaysia", "OPERATES", "DuitNow")),
    # a firm founded somewhere is based there; a passive's auxiliary after an aside leaves the name its subject
    ("en", "Afterpay, founded in Melbourne, was bought by Block in 2022.", ("Afterpay", "BASED_IN", "Melbourne")),
    ("en", "Afterpay, founded in Melbourne, was bought by Block in 2022.", ("Afterpay", "SUBSIDIARY_OF", "Block")),
    # a description that opens a paragraph may stand for the last name of the one before; one that finds
    # nothing near stands for the only name of its kind the document has named
    ("en", "CENTROlink is a payment system operated by the Bank of Lithuania.\n\nThe central bank also built "
     "LBChain, a blockchain platform on which firms test services.", ("Bank of Lithuania", "LAUNCHES", "LBChain")),
    ("en", "The Bank of Lithuania opened a sandbox.\n\nBy 2024 Lithuania had many firms. Paysera received an "
     "electronic money licence from the central bank.", ("Bank of Lithuania", "AUTHORIZES", "Paysera")),
    # the technology a platform is named for, and what a coin is recorded on
    ("en", "The Bank of Lithuania built LBChain, a blockchain platform on which firms test services.",
     ("LBChain", "USES_TECHNOLOGY", "blockchain")),
    ("en", "In 2020 the Bank of Lithuania issued LBCOIN, a digital collector coin recorded on a blockchain.",
     ("LBCOIN", "USES_TECHNOLOGY", "blockchain")),
    # 这家…银行 stands for the bank before; 由A发起设立 owns; a 由-clause that qualifies a noun leaves the
    # noun the subject; a launched name before the technology that describes it uses that technology
    ("zh-Hans", "网商银行是较早尝试的一家。这家由蚂蚁集团发起设立的民营银行于2020年推出“大山雀”卫星遥感信贷技术。",
     ("网商银行", "SUBSIDIARY_OF", "蚂蚁集团")),
    ("zh-Hans", "网商银行是较早尝试的一家。这家由蚂蚁集团发起设立的民营银行于2020年推出“大山雀”卫星遥感信贷技术。",
     ("网商银行", "LAUNCHES", "大山雀")),
    ("zh-Hans", "网商银行是较早尝试的一家。这家由蚂蚁集团发起设立的民营银行于2020年推出“大山雀”卫星遥感信贷技术。",
     ("大山雀", "USES_TECHNOLOGY", "卫星遥感")),
    ("zh-Hant", "網商銀行是較早嘗試的一家。這家由螞蟻集團發起設立的民營銀行於2020年推出「大山雀」衛星遙感信貸技術。",
     ("網商銀行", "LAUNCHES", "大山雀")),
    ("zh-Hant", "網商銀行是較早嘗試的一家。這家由螞蟻集團發起設立的民營銀行於2020年推出「大山雀」衛星遙感信貸技術。",
     ("網商銀行", "SUBSIDIARY_OF", "螞蟻集團")),
    # what the topic became (改制为) is the topic of the clauses after
    ("zh-Hans", "2022年，浙江省农村信用社联合社改制为浙江农村商业联合银行，成为首家完成改革的省级农信机构，并搭建了"
     "数字化服务平台“丰收互联”。", ("浙江农村商业联合银行", "LAUNCHES", "丰收互联")),
    ("zh-Hant", "2022年，浙江省農村信用社聯合社改制為浙江農村商業聯合銀行，成為首家完成改革的省級農信機構，並搭建了"
     "數字化服務平台「豐收互聯」。", ("浙江農村商業聯合銀行", "LAUNCHES", "豐收互聯")),
    # "X受Y监管": the one regulated before 受, who regulates after it
    ("zh-Hant", "微信支付香港同樣受香港金融管理局監管。", ("香港金融管理局", "REGULATES", "微信支付香港")),
    ("zh-Hans", "支付宝受中国人民银行监管。", ("中国人民银行", "REGULATES", "支付宝")),
    # founded in a place, with nothing founded after the verb
    ("zh-Hans", "2017年，网联清算有限公司在北京成立，负责网络支付清算。", ("网联清算有限公司", "BASED_IN", "北京")),
    ("zh-Hant", "網聯清算有限公司於2017年在北京成立。", ("網聯清算有限公司", "BASED_IN", "北京")),
    # a joint venture is owned by each owner named with it
    ("en", "GoTyme Bank, a joint venture between the Gokongwei Group and Tyme, opened in 2022.",
     ("GoTyme Bank", "SUBSIDIARY_OF", "Tyme")),
    ("en", "The first licence went to a consortium of Grab and Singtel, which opened GXBank in 2023.",
     ("GXBank", "SUBSIDIARY_OF", "Singtel")),
    ("zh-Hant", "支付寶香港由螞蟻集團與長江和記實業合資經營。", ("支付寶香港", "SUBSIDIARY_OF", "長江和記實業")),
    ("zh-Hans", "蚂蚁集团与长江和记实业合资成立的支付宝香港于2007年开业。", ("支付宝香港", "SUBSIDIARY_OF", "蚂蚁集团")),
    ("zh-Hant", "由中銀香港、京東科技與怡和集團共同持有的livi bank已經開業。", ("livi bank", "SUBSIDIARY_OF", "怡和集團")),
    # a 由-clause closed by a comma: what follows is the topic's (past a place the sentence opens on)
    ("zh-Hant", "在香港，支付寶香港由螞蟻集團與長江和記實業合資經營，持有香港金融管理局發出的儲值支付工具牌照。",
     ("香港金融管理局", "AUTHORIZES", "支付寶香港")),
    # "X及其旗下的Y" is "X旗下的Y"
    ("zh-Hans", "蚂蚁集团及其旗下的支付宝被罚款。", ("蚂蚁集团", "OPERATES", "支付宝")),
    ("zh-Hant", "騰訊及其旗下的財付通被罰款。", ("財付通", "SUBSIDIARY_OF", "騰訊")),
    # ", and is owned by": the clause after a description goes on with the sentence's topic
    ("en", "Payments Network Malaysia runs DuitNow, the national transfer service, and is owned by Bank Negara"
     " Malaysia.", ("Payments Network Malaysia", "SUBSIDIARY_OF", "Bank Negara Malaysia")),
    # "with B, an apposition, as its partner"; the agents of an aside after the subject are not it
    ("en", "AEON Bank, backed by AEON Financial Service and AEON Credit Service, launched in May 2024 with"
     " MoneyLion, an American fintech, as its technology partner.", ("AEON Bank", "PARTNERS_WITH", "MoneyLion")),
    # the firm behind a product runs it, and an apposition trigger speaks of the name right before it
    ("en", "Ryt Bank is owned by YTL Digital Capital together with Sea Limited, the Singapore company behind"
     " Shopee.", ("Sea Limited", "OPERATES", "Shopee")),
    # who develops a product launches it; who develops a project takes part in it
    ("en", "Customers chat with ILMU, a large language model developed by YTL AI Labs.",
     ("YTL AI Labs", "LAUNCHES", "ILMU")),
    ("en", "The eCedi, a digital currency developed by Giesecke+Devrient for the Bank of Ghana, uses smart cards.",
     ("Giesecke+Devrient", "PARTICIPATES_IN", "eCedi")),
    ("en", "Customers chat with ILMU, a large language model developed by YTL AI Labs.",
     ("ILMU", "USES_TECHNOLOGY", "large language model")),
    ("en", "Customers chat with Ryt AI, an assistant that answers in Malay.", ("Ryt AI", "ENTITY", "Product")),
    # an authority's name right before its plan or guideline issues it
    ("en", "Bank Negara Malaysia's Financial Sector Blueprint 2022-2026 asks banks to manage cloud risks.",
     ("Bank Negara Malaysia", "ISSUES", "Financial Sector Blueprint 2022-2026")),
    ("zh-Hans", "中国人民银行的《金融科技发展规划（2022-2025年）》提出了目标。",
     ("中国人民银行", "ISSUES", "金融科技发展规划（2022-2025年）")),
    ("zh-Hant", "中國人民銀行的《金融科技發展規劃（2022-2025年）》提出了目標。",
     ("中國人民銀行", "ISSUES", "金融科技發展規劃（2022-2025年）")),
    # an initiative that opens the sentence: its subjects take part; an aside's agents end at its comma
    ("en", "In Project Icebreaker, led by the BIS Innovation Hub Nordic Centre, the Bank of Israel, Norges Bank "
     "and Sveriges Riksbank linked their systems.", ("Norges Bank", "PARTICIPATES_IN", "Project Icebreaker")),
    ("en", "In Project Icebreaker, led by the BIS Innovation Hub Nordic Centre, the Bank of Israel, Norges Bank "
     "and Sveriges Riksbank linked their systems.",
     ("BIS Innovation Hub Nordic Centre", "LEADS", "Project Icebreaker")),
    ("en", "Under Project Guardian, DBS and JPMorgan tested tokenised deposits.",
     ("JPMorgan", "PARTICIPATES_IN", "Project Guardian")),
    ("zh-Hans", "在多边央行数字货币桥项目中，中国人民银行、香港金融管理局和泰国中央银行共同开展了测试。",
     ("香港金融管理局", "PARTICIPATES_IN", "多边央行数字货币桥项目")),
    ("zh-Hant", "在多邊央行數字貨幣橋項目中，中國人民銀行與香港金融管理局共同開展了測試。",
     ("中國人民銀行", "PARTICIPATES_IN", "多邊央行數字貨幣橋項目")),
    # a licence a kind of business needs is a rule over the field
    ("en", "Crypto-asset service providers now need a licence from the Capital Markets Board of Türkiye.",
     ("Capital Markets Board of Türkiye", "REGULATES", "Crypto-asset")),
    ("zh-Hans", "加密资产服务提供商须获得证监会发出的牌照。", ("证监会", "REGULATES", "加密资产")),
    ("zh-Hant", "穩定幣發行人必須取得香港金融管理局的牌照。", ("香港金融管理局", "REGULATES", "穩定幣")),
    # the name a described object goes by, and the technology the description says it is
    ("en", "The Central Bank of the Republic of Türkiye launched its instant payment system, known as FAST, in "
     "January 2021.", ("Central Bank of the Republic of Türkiye", "LAUNCHES", "FAST")),
    ("en", "The Central Bank of the Republic of Türkiye launched its instant payment system, known as FAST, in "
     "January 2021.", ("FAST", "USES_TECHNOLOGY", "instant payment system")),
    ("en", "The Bank of Thailand launched an instant payment system called PromptPay in 2017.",
     ("PromptPay", "USES_TECHNOLOGY", "instant payment system")),
    # who tests or pilots an initiative takes part in it
    ("en", "Akbank and Türkiye İş Bankası were among the banks that tested transfers of the digital lira.",
     ("Türkiye İş Bankası", "PARTICIPATES_IN", "digital lira")),
    ("zh-Hans", "工商银行和建设银行测试了数字人民币的转账功能。", ("建设银行", "PARTICIPATES_IN", "数字人民币")),
    ("zh-Hant", "工商銀行與建設銀行測試了數字人民幣。", ("工商銀行", "PARTICIPATES_IN", "數字人民幣")),
    # 隶属于, and 该中心 for a centre named before
    ("zh-Hans", "大额交易报告汇集到中国反洗钱监测分析中心。该中心隶属于中国人民银行。",
     ("中国反洗钱监测分析中心", "SUBSIDIARY_OF", "中国人民银行")),
    ("zh-Hant", "大額交易報告匯集到中國反洗錢監測分析中心。該中心隸屬於中國人民銀行。",
     ("中國反洗錢監測分析中心", "SUBSIDIARY_OF", "中國人民銀行")),
    # 其 right before a quoted product's name stands for its owner
    ("zh-Hans", "蚂蚁集团将风控能力对外输出，其“蚁盾”平台为中小金融机构提供服务。", ("蚂蚁集团", "OPERATES", "蚁盾")),
    ("zh-Hant", "螞蟻集團將風控能力對外輸出，其「蟻盾」平台為中小金融機構提供服務。", ("螞蟻集團", "OPERATES", "蟻盾")),
    # a framework named for its technology
    ("zh-Hans", "微众银行开源了联邦学习框架FATE。", ("FATE", "USES_TECHNOLOGY", "联邦学习")),
    ("zh-Hant", "微眾銀行開源了聯邦學習框架FATE。", ("FATE", "USES_TECHNOLOGY", "聯邦學習")),
    # a law whose name holds its place applies there
    ("zh-Hans", "《中华人民共和国数据安全法》于2021年施行。", ("中华人民共和国数据安全法", "APPLIES_IN", "中华人民共和国")),
    ("zh-Hant", "《中華人民共和國數據安全法》於2021年施行。", ("中華人民共和國數據安全法", "APPLIES_IN", "中華人民共和國")),
    ("en", "The EU AI Act applies from 2026.", ("EU AI Act", "APPLIES_IN", "EU")),
    ("en", "The new Banking Law of Vietnam applies from 2025.", ("Banking Law of Vietnam", "APPLIES_IN", "Vietnam")),
    # a bank another sets up is its subsidiary; a mobile-only bank is a digital bank
    ("en", "Bank Leumi built Pepper, a mobile-only bank.", ("Pepper", "SUBSIDIARY_OF", "Bank Leumi")),
    ("en", "Bank Leumi built Pepper, a mobile-only bank.", ("Pepper", "ENTITY", "DigitalBank")),
    # a name without the place adjective it opens with is that organisation, named again
    ("en", "The South African Reserve Bank sets rates. The Reserve Bank then joined Project Dunbar.",
     ("South African Reserve Bank", "PARTICIPATES_IN", "Project Dunbar")),
    # a participle aside on the object ends at ", alongside": those after it did what the subject did
    ("en", "The Reserve Bank of India joined Project Dunbar, led by the BIS Innovation Hub Singapore Centre, "
     "alongside the Reserve Bank of Australia and Bank Negara Malaysia.",
     ("Bank Negara Malaysia", "PARTICIPATES_IN", "Project Dunbar")),
    ("en", "The Reserve Bank of India joined Project Dunbar, led by the BIS Innovation Hub Singapore Centre, "
     "alongside the Reserve Bank of Australia and Bank Negara Malaysia.",
     ("BIS Innovation Hub Singapore Centre", "LEADS", "Project Dunbar")),
    # a title in quotation marks, the way Taiwan and Hong Kong write titles, typed by its ending
    ("zh-Hant", "金管會於2024年6月發布「金融業運用人工智慧（AI）指引」。",
     ("金管會", "ISSUES", "金融業運用人工智慧（AI）指引")),
    ("zh-Hant", "金管會發布「金融資安行動方案2.0」。", ("金融資安行動方案2.0", "ENTITY", "Policy")),
    ("zh-Hans", "中国人民银行印发“金融科技发展规划”。", ("中国人民银行", "ISSUES", "金融科技发展规划")),
    # a quoted product after its owner, 的 and its kind; a technology that names the kind is used
    ("zh-Hant", "玉山銀行的智能客服「玉山小i」運用自然語言處理技術回答提問。", ("玉山銀行", "OPERATES", "玉山小i")),
    ("zh-Hant", "玉山銀行的智能客服「玉山小i」運用自然語言處理技術回答提問。", ("玉山小i", "USES_TECHNOLOGY", "智能客服")),
    ("zh-Hans", "宁波银行的手机App“小宁”正式上线。", ("宁波银行", "OPERATES", "小宁")),
    # 導入 is Taiwan's "adopt"
    ("zh-Hant", "國泰世華銀行則在內部知識管理導入生成式AI。", ("國泰世華銀行", "USES_TECHNOLOGY", "生成式AI")),
    ("zh-Hans", "国泰世华银行在客服中心导入生成式AI。", ("国泰世华银行", "USES_TECHNOLOGY", "生成式AI")),
    # "offers" a payment scheme: takes part in it; "the service" may stand for it
    ("en", "DBS and OCBC offer PayNow to their customers.", ("OCBC", "PARTICIPATES_IN", "PayNow")),
    ("en", "PayShap went live in 2023. Absa and Nedbank offered the service from launch.",
     ("Nedbank", "PARTICIPATES_IN", "PayShap")),
    ("en", "PayShap went live in 2023. BankservAfrica, which now trades as PayInc, operates the platform.",
     ("BankservAfrica", "OPERATES", "PayShap")),
    # belonging, sitting inside, a parent named after the possessive
    ("en", "TymeBank opened in 2019. It belongs to Tyme Group.", ("TymeBank", "SUBSIDIARY_OF", "Tyme Group")),
    ("en", "The Prudential Authority, which sits inside the South African Reserve Bank, supervises banks.",
     ("Prudential Authority", "SUBSIDIARY_OF", "South African Reserve Bank")),
    ("en", "Nubank's parent Nu Holdings invested in Tyme Group.", ("Nubank", "SUBSIDIARY_OF", "Nu Holdings")),
    # "the country's real-time payment service": a description with whose it is
    ("en", "PayShap, the country's real-time payment service, went live in 2023.",
     ("PayShap", "USES_TECHNOLOGY", "real-time payment")),
    # who else runs what an object relative names
    ("en", "It came out of the Rapid Payments Programme, which the Reserve Bank runs together with BankservAfrica.",
     ("BankservAfrica", "OPERATES", "Rapid Payments Programme")),
    # examples after a kind and an article: "among them the exchanges A and B"
    ("en", "The FSCA had licensed more than 200 crypto asset service providers, among them the exchanges Luno and VALR.",
     ("FSCA", "AUTHORIZES", "VALR")),
    # who tried something in a project with others working with it led the project; they took part
    ("en", "In 2018 the South African Reserve Bank tested wholesale settlement on a distributed ledger in Project "
     "Khokha, working with a group of banks and the software firm ConsenSys.",
     ("South African Reserve Bank", "LEADS", "Project Khokha")),
    ("en", "In 2018 the South African Reserve Bank tested wholesale settlement on a distributed ledger in Project "
     "Khokha, working with a group of banks and the software firm ConsenSys.",
     ("ConsenSys", "PARTICIPATES_IN", "Project Khokha")),
    ("en", "In 2018 the South African Reserve Bank tested wholesale settlement on a distributed ledger in Project "
     "Khokha, working with a group of banks and the software firm ConsenSys.",
     ("Project Khokha", "USES_TECHNOLOGY", "distributed ledger")),
    # a majority or controlling stake makes the holder the parent; the aside is passed over for the subject
    ("en", "LankaPay, in which the Central Bank of Sri Lanka holds a majority stake, operates LankaQR.",
     ("LankaPay", "SUBSIDIARY_OF", "Central Bank of Sri Lanka")),
    ("en", "LankaPay, in which the Central Bank of Sri Lanka holds a majority stake, operates LankaQR.",
     ("LankaPay", "OPERATES", "LankaQR")),
    ("en", "Telenor holds a controlling interest in Telenor Microfinance Bank.",
     ("Telenor Microfinance Bank", "SUBSIDIARY_OF", "Telenor")),
    ("zh-Hans", "天星银行由小米集团持有多数股权。", ("天星银行", "SUBSIDIARY_OF", "小米集团")),
    # a plural or counted kind, a colon, then the list: the trigger's objects; a grant's "to" is no stop
    ("en", "The State Bank of Pakistan granted in-principle approval to five applicants: Hugo Bank, Raqami "
     "Islamic Digital Bank and Mashreq Bank Pakistan.", ("State Bank of Pakistan", "AUTHORIZES", "Hugo Bank")),
    ("en", "The State Bank of Pakistan granted in-principle approval to five applicants: Hugo Bank, Raqami "
     "Islamic Digital Bank and Mashreq Bank Pakistan.",
     ("State Bank of Pakistan", "AUTHORIZES", "Mashreq Bank Pakistan")),
    ("en", "The Monetary Authority of Singapore granted approval to Ant Group.",
     ("Monetary Authority of Singapore", "AUTHORIZES", "Ant Group")),
    ("zh-Hans", "2024年，中国人民银行批准了三家机构：微众银行、网商银行和百信银行。", ("中国人民银行", "AUTHORIZES", "网商银行")),
    ("zh-Hant", "2024年，中國人民銀行批准了三家機構：微眾銀行、網商銀行和百信銀行。", ("中國人民銀行", "AUTHORIZES", "百信銀行")),
    # "started by", "introduced by": the agent launched it
    ("en", "Bangla QR was introduced by Bangladesh Bank in 2021.", ("Bangladesh Bank", "LAUNCHES", "Bangla QR")),
    ("en", "Binimoy was started by Bangladesh Bank and the a2i programme.", ("Bangladesh Bank", "LAUNCHES", "Binimoy")),
    # a technology, a word of the layer or use, the kind and a quoted name: the named one uses the technology
    ("zh-Hans", "上海保险交易所推出了区块链底层平台“保交链”。", ("保交链", "USES_TECHNOLOGY", "区块链")),
    ("zh-Hant", "上海保險交易所推出了區塊鏈底層平台「保交鏈」。", ("保交鏈", "USES_TECHNOLOGY", "區塊鏈")),
    ("zh-Hans", "蚂蚁集团发布了隐私计算开放平台“隐语”。", ("隐语", "USES_TECHNOLOGY", "隐私计算")),
    # a name after a date is not the date's: the known name wins
    ("zh-Hans", "2023年国家金融监督管理总局成立，承接原银保监会的职责。", ("国家金融监督管理总局", "ENTITY", "SupervisoryAuthority")),
    ("zh-Hant", "2023年國家金融監督管理總局成立。", ("國家金融監督管理總局", "ENTITY", "SupervisoryAuthority")),
    # 保险 after 银行 goes on with the name; the name's place is its own, and no bank owns it
    ("zh-Hans", "中国银行保险信息技术管理有限公司负责建设和运营全国车险信息平台。",
     ("中国银行保险信息技术管理有限公司", "OPERATES", "全国车险信息平台")),
    ("zh-Hans", "中国银行保险信息技术管理有限公司负责建设和运营全国车险信息平台。",
     ("中国银行保险信息技术管理有限公司", "BASED_IN", "中国")),
    # a bank named after a known product keeps the product's name
    ("en", "Easypaisa Digital Bank grew out of Telenor Microfinance Bank, which runs the Easypaisa wallet.",
     ("Easypaisa Digital Bank", "ENTITY", "Bank")),
]
# A known organisation that starts a name, or ends it after "of", owns the one named; so does a known
# company before a place in brackets, whose local company that is.
NAME_OWNER_CASES = [
    # a central bank's branch at home is its own; an owner's name may hold its own owner
    ("zh-Hans", "人民银行深圳市中心支行推动建设了新平台。", ("人民银行深圳市中心支行", "SUBSIDIARY_OF", "人民银行")),
    ("zh-Hant", "人民銀行深圳市中心支行推動建設了新平台。", ("人民銀行深圳市中心支行", "SUBSIDIARY_OF", "人民銀行")),
    ("en", "The BIS Innovation Hub Nordic Centre ran Project Icebreaker.",
     ("BIS Innovation Hub", "SUBSIDIARY_OF", "BIS")),
    ("zh-Hans", "国际清算银行创新中心北欧中心主导了该项目。", ("国际清算银行创新中心", "SUBSIDIARY_OF", "国际清算银行")),
    ("en", "The BIS Innovation Hub opened a new centre.", ("BIS Innovation Hub", "SUBSIDIARY_OF", "BIS")),
    ("en", "The Digital Currency Institute of the People's Bank of China joined.",
     ("Digital Currency Institute of the People's Bank of China", "SUBSIDIARY_OF", "People's Bank of China")),
    ("zh-Hans", "中国人民银行数字货币研究所参与测试。", ("中国人民银行数字货币研究所", "SUBSIDIARY_OF", "中国人民银行")),
    # the owner's own name may show its place
    ("en", "The Digital Currency Institute of the People's Bank of China joined.",
     ("People's Bank of China", "BASED_IN", "China")),
    ("zh-Hans", "中国银行苏州分行参与其中。", ("中国银行", "BASED_IN", "中国")),
    ("zh-Hant", "中國人民銀行數字貨幣研究所參與測試。", ("中國人民銀行數字貨幣研究所", "SUBSIDIARY_OF", "中國人民銀行")),
    ("zh-Hans", "汇丰银行（中国）有限公司加入系统。", ("汇丰银行（中国）有限公司", "SUBSIDIARY_OF", "汇丰银行")),
    ("zh-Hans", "汇丰银行（中国）有限公司加入系统。", ("汇丰银行（中国）有限公司", "BASED_IN", "中国")),
    ("zh-Hans", "汇丰银行（中国）有限公司加入系统。", ("汇丰银行（中国）有限公司", "ENTITY", "Bank")),
    ("zh-Hant", "星展銀行（香港）有限公司推出新服務。", ("星展銀行（香港）有限公司", "SUBSIDIARY_OF", "星展銀行")),
    ("en", "Citibank (China) Co., Ltd. joined the system.", ("Citibank (China) Co., Ltd.", "SUBSIDIARY_OF", "Citibank")),
    ("en", "HSBC Bank (China) Company Limited joined.", ("HSBC Bank (China) Company Limited", "BASED_IN", "China")),
    # a Latin name: the known company, then its country ("Santander Brasil"), perhaps a legal form
    ("en", "Itaú Unibanco and Santander Brasil took part.", ("Santander Brasil", "SUBSIDIARY_OF", "Santander")),
    ("en", "Itaú Unibanco and Santander Brasil took part.", ("Santander Brasil", "BASED_IN", "Brasil")),
    ("en", "Standard Chartered Singapore Limited opened.",
     ("Standard Chartered Singapore Limited", "SUBSIDIARY_OF", "Standard Chartered")),
    # a sentence's full stop after a whole-word legal form is not the name's
    ("en", "DBS Bank (Hong Kong) Limited. It grew.", ("DBS Bank (Hong Kong) Limited", "SUBSIDIARY_OF", "DBS Bank")),
    # a kind and a legal form after a known name make a company of its own: its unit
    ("en", "Revolut Bank UAB, based in Vilnius, serves customers.", ("Revolut Bank UAB", "SUBSIDIARY_OF", "Revolut")),
    ("en", "Revolut Bank UAB, based in Vilnius, serves customers.", ("Revolut Bank UAB", "BASED_IN", "Vilnius")),
    ("en", "Klarna Bank GmbH opened.", ("Klarna Bank GmbH", "ENTITY", "Bank")),
    # a name the lexicon holds only where its place is spoken of, and a concept's name elsewhere
    ("en", "Kazakhstan's central bank runs the Instant Payment System.",
     ("Instant Payment System", "ENTITY", "PaymentSystem")),
    ("en", "The Bank of Thailand launched an instant payment system called PromptPay in 2017.",
     ("instant payment system", "ENTITY", "Technology")),
    # a country's central bank, by the words of its name ("Central Bank of", "Reserve Bank of")
    ("en", "The Central Bank of Armenia supervises Ameriabank.", ("Central Bank of Armenia", "ENTITY", "CentralBank")),
    ("en", "The Reserve Bank of Malawi licensed Airtel Money.", ("Reserve Bank of Malawi", "ENTITY", "CentralBank")),
    # "both of which", "all of which": every one listed is the relative clause's object
    ("en", "Uzbekistan has two card schemes, Uzcard and Humo, both of which the Central Bank of Uzbekistan "
     "oversees.", ("Central Bank of Uzbekistan", "REGULATES", "Uzcard")),
    ("en", "Uzbekistan has two card schemes, Uzcard and Humo, both of which the Central Bank of Uzbekistan "
     "oversees.", ("Central Bank of Uzbekistan", "REGULATES", "Humo")),
    # a stated share above half is a majority: its holder is the parent
    ("en", "Kaspi.kz bought a 65% stake in Hepsiburada.", ("Hepsiburada", "SUBSIDIARY_OF", "Kaspi.kz")),
    # 发行: who issues a product issues it; a central bank that issues its CBDC leads the project
    ("zh-Hans", "USDC由美国的Circle发行。", ("Circle", "ISSUES", "USDC")),
    ("zh-Hant", "USDC由美國的Circle發行。", ("Circle", "ISSUES", "USDC")),
    ("zh-Hans", "中国人民银行发行数字人民币。", ("中国人民银行", "LEADS", "数字人民币")),
    # a Chinese place, 的 or the kind, then the organisation: where it is based
    ("zh-Hans", "USDC由美国的Circle发行。", ("Circle", "BASED_IN", "美国")),
    ("zh-Hant", "USDC由美國的Circle發行。", ("Circle", "BASED_IN", "美國")),
    ("zh-Hant", "東京新創JPYC則在同年取得登錄。", ("JPYC", "BASED_IN", "東京")),
    ("zh-Hans", "我们与日本的PayPay合作。", ("PayPay", "BASED_IN", "日本")),
    # a technology written right before a name, nothing between: what the named one uses
    ("zh-Hant", "行動支付PayPay的用戶已超過6,000萬人。", ("PayPay", "USES_TECHNOLOGY", "行動支付")),
    ("zh-Hans", "移动支付PayPay的用户已超过6000万人。", ("PayPay", "USES_TECHNOLOGY", "移动支付")),
    # funding or holding a company together is a joint venture: each owner a parent, the owners partners;
    # the venture may be a description ("该公司"), the owners a group's units
    ("zh-Hant", "由SBI控股與三井住友金融集團共同出資的大阪數位交易所啟動交易。",
     ("大阪數位交易所", "SUBSIDIARY_OF", "SBI控股")),
    ("zh-Hans", "由SBI控股与三井住友金融集团共同出资的大阪数字交易所启动交易。",
     ("大阪数字交易所", "SUBSIDIARY_OF", "三井住友金融集团")),
    ("zh-Hant", "行動支付PayPay的用戶很多，該公司由軟銀集團旗下的軟銀公司與LY公司共同持股。",
     ("PayPay", "SUBSIDIARY_OF", "LY公司")),
    ("zh-Hans", "移动支付PayPay的用户很多，该公司由软银集团旗下的软银公司与LY公司共同持股。",
     ("LY公司", "PARTNERS_WITH", "软银公司")),
]
# fmt: on


@pytest.mark.parametrize(
    ("language", "text", "fact"),
    NAME_PLACE_CASES
    + QUALIFYING_PLACE_CASES
    + BACK_REFERENCE_CASES
    + NAMED_BY_CONTEXT_CASES
    + NAME_OWNER_CASES,
)
def test_pipeline_finds_facts_a_name_or_an_earlier_mention_implies(
    language: str, text: str, fact: tuple[str, str, str]
) -> None:
    assert fact in _named_facts(text)


@pytest.mark.parametrize(
    ("language", "text", "relation"),
    [
        ("zh-Hans", "香港银行业表现稳定，香港保险市场也在增长。", "BASED_IN"),  # a place before a trade noun
        ("zh-Hant", "金管會推動金融機構導入零信任架構。", "USES_TECHNOLOGY"),  # pushing an industry to adopt
        ("zh-Hant", "不少銀行早已使用AI服務客戶。", "USES_TECHNOLOGY"),  # how many banks, not which
        ("zh-Hans", "许多银行已经应用人工智能。", "USES_TECHNOLOGY"),
        ("en", "Revolut offers Visa cards to its customers.", "PARTICIPATES_IN"),  # a company is no scheme
        (
            "en",
            "The Bank of Thailand tested a wholesale CBDC in Project Inthanon.",
            "LEADS",
        ),  # no one with it
        (
            "zh-Hans",
            "新加坡金融管理局表示，星展银行参与测试。",
            "PARTICIPATES_IN",
        ),  # no initiative to refer to
        (
            "en",
            "Project Ubin ended.\n\nDBS took part in the trial.",
            "PARTICIPATES_IN",
        ),  # in another paragraph
        # in another paragraph, with two regulators named before and none in the sentence before
        (
            "en",
            "The FCA fined Revolut. The PRA fined Monzo. Both banks appealed.\n\nStarling is registered with the regulator.",
            "AUTHORIZES",
        ),
        ("zh-Hans", "招商银行表示，该行业将运用区块链技术。", "USES_TECHNOLOGY"),  # 该行业 is the industry
        ("en", "The bank said the US was a large market for the group.", "BASED_IN"),  # lower case: no name
        ("en", "Revolut acquired a banking licence from the Bank of Lithuania.", "SUBSIDIARY_OF"),
        ("en", "Ant Group acquired a 10% stake in Paytm.", "SUBSIDIARY_OF"),  # a stake: no subsidiary
        ("en", "The London-based unit of HSBC grew.", "BASED_IN"),  # the unit is based there, not HSBC
        ("zh-Hans", "证监会向OSL发出通知。", "AUTHORIZES"),  # 发出 a notice is no licence
        ("en", "MiCA applies in full, the European Union said.", "APPLIES_IN"),  # the place opens no sentence
        # an adjective of a place names no place outside a name, nor a place of a name it only qualifies
        ("en", "Westpac lent in Australian dollars.", "BASED_IN"),
        ("en", "An Australian Revolut rival grew.", "BASED_IN"),
        ("en", "HSBC said London-based staff would move.", "BASED_IN"),  # staff, not HSBC
        ("en", "China's regulators fined Visa.", "BASED_IN"),  # no noun that says what Visa is
        ("zh-Hans", "位于上海的陆家嘴论坛上，蚂蚁集团发布了新产品。", "BASED_IN"),  # a clause between
        ("zh-Hans", "蚂蚁集团收购Paytm部分股权。", "SUBSIDIARY_OF"),
        # after 在, what is not a place is the setting: "合作" is no launch of the Greater Bay Area
        ("zh-Hans", "人民银行与香港金融管理局在粤港澳大湾区开展金融科技创新监管合作。", "LAUNCHES"),
        ("zh-Hans", "人民银行与香港金融管理局在粤港澳大湾区开展金融科技创新监管合作。", "REGULATES"),
        (
            "en",
            "The FCA welcomed the proposed Digital Operational Resilience Act.",
            "ISSUES",
        ),  # not its proposer
        # one owner of several is no parent
        (
            "en",
            "The Global Payments Alliance, owned by a group of banks including HSBC, grew.",
            "SUBSIDIARY_OF",
        ),
        ("en", "HSBC, a bank, and Visa, the card network, launched Project Meridian.", "SUBSIDIARY_OF"),
        ("en", "STC Bank, which began as the wallet stc pay, grew.", "LAUNCHES"),  # began as: no launch
        (
            "zh-Hans",
            "人民币跨境支付系统由跨境银行间支付清算有限责任公司运营，已有一百家直接参与者。",
            "PARTICIPATES_IN",
        ),
        ("en", "Ant Group owns a 30% stake in Paytm.", "SUBSIDIARY_OF"),
        (
            "en",
            "Its first pilot ran on Hyperledger Besu, and consortia led by Itaú Unibanco joined.",
            "LEADS",
        ),
        ("en", "MUFG is working with Progmat on a platform for tokenised deposits.", "USES_TECHNOLOGY"),
        ("en", "Drex is built on Hyperledger Besu.", "LAUNCHES"),
        # "in" a place or after no organisation says where, not who takes part
        ("en", "The HKMA tested tokenised deposits in Hong Kong.", "PARTICIPATES_IN"),
        ("en", "Tokenised deposits were tested in Project Ensemble.", "PARTICIPATES_IN"),
        ("zh-Hans", "代币化存款在Ensemble项目中测试。", "PARTICIPATES_IN"),
        # a name that goes on past a known one with "of" or the words it started is not its owner's;
        # nor is a holding company, nor a regulator's name with a place in brackets
        ("en", "The Industrial Bank of Korea lent more.", "SUBSIDIARY_OF"),
        ("zh-Hans", "中国银行业协会发布报告。", "SUBSIDIARY_OF"),
        ("zh-Hant", "中國銀行業協會發布報告。", "SUBSIDIARY_OF"),
        ("en", "HSBC Holdings reported profits.", "SUBSIDIARY_OF"),
        ("en", "The Securities and Exchange Commission (Philippines) warned investors.", "SUBSIDIARY_OF"),
        ("en", "The Financial Conduct Authority (UK) fined a bank.", "SUBSIDIARY_OF"),
        ("en", "Ant Group (China) grew.", "SUBSIDIARY_OF"),  # its own place: where it is, no local company
        # "the project" with two initiatives named as often: which one is not said
        (
            "en",
            "Project Ubin and Project Dunbar ended. Project Ubin and Project Dunbar were studied.\n\n"
            "DBS joined the project.",
            "PARTICIPATES_IN",
        ),
    ],
)
def test_pipeline_does_not_invent_places_or_participants(language: str, text: str, relation: str) -> None:
    assert not {f for f in _named_facts(text) if f[1] == relation}


@pytest.mark.parametrize(("language", "text"), NOT_A_PLACE_CASES)
def test_pipeline_a_place_adjective_outside_a_description_names_no_place(language: str, text: str) -> None:
    assert not {f for f in _named_facts(text) if f[1:] == ("ENTITY", "Jurisdiction")}


# fmt: off
DISCOVERED_CASES = [
    # a Chinese name may hold a Latin word, first or after its first words
    ("zh-Hans", "由QWE控股与三井住友金融集团共同出资。", ("QWE控股", "Company")),
    ("zh-Hant", "三菱QRS信託銀行開發了平台。", ("三菱QRS信託銀行", "Bank")),
    ("zh-Hans", "该行与富邦ABC银行合作。", ("富邦ABC银行", "Bank")),
    # "X Law" is a law's title, and "of <place>" goes on with it
    ("en", "Turkish lawmakers amended the Capital Markets Law in June 2024.", ("Capital Markets Law", "Law")),
    ("en", "The new Banking Law of Vietnam applies from 2025.", ("Banking Law of Vietnam", "Law")),
    # "Financial Technologies" names a fintech company
    ("en", "Synapse Financial Technologies filed for bankruptcy.", ("Synapse Financial Technologies", "FintechCompany")),
    # a Latin name typed where it is named with a kind, also where it stands alone (a title)
    ("zh-Hant", "積金易、Helix與虛擬資產\n\n香港交易所推出Helix平台。", ("Helix", "Product")),
    ("zh-Hans", "底层采用Digital Asset公司的DAML技术。", ("Digital Asset", "Company")),
    ("zh-Hans", "底层采用Digital Asset公司的DAML技术。", ("DAML", "Technology")),
    # a platform named by its trade; a ministry's 意见 is a guideline; a launched name before its predicate
    ("zh-Hans", "2019年，国家外汇管理局推出跨境金融区块链服务平台。", ("跨境金融区块链服务平台", "DigitalInfrastructure")),
    ("zh-Hant", "2019年，國家外匯管理局推出跨境金融區塊鏈服務平台。", ("跨境金融區塊鏈服務平台", "DigitalInfrastructure")),
    ("zh-Hans", "同年，上海票据交易所上线供应链票据平台。", ("供应链票据平台", "DigitalInfrastructure")),
    ("zh-Hans", "国务院办公厅印发《关于进一步优化支付服务提升支付便利性的意见》。",
     ("关于进一步优化支付服务提升支付便利性的意见", "Guideline")),
    ("zh-Hant", "國務院辦公廳印發《關於進一步優化支付服務提升支付便利性的意見》。",
     ("關於進一步優化支付服務提升支付便利性的意見", "Guideline")),
    ("zh-Hans", "中企云链推出的“云信”也在制造业广泛使用。", ("云信", "Product")),
    ("zh-Hant", "中企雲鏈推出的「雲信」也在製造業廣泛使用。", ("雲信", "Product")),
    # a centre is a body, a research centre a research organisation
    ("en", "The Digital Finance Cooperative Research Centre runs Project Acacia.",
     ("Digital Finance Cooperative Research Centre", "ResearchOrganization")),
    ("en", "The Global Financial Innovation Center opened in March.", ("Global Financial Innovation Center", "Organization")),
    # a registered name runs on to its legal form; a pilot of innovation is a sandbox, not a company
    ("zh-Hans", "中国证券登记结算有限责任公司负责证券的登记和结算。",
     ("中国证券登记结算有限责任公司", "FinancialInstitution")),
    # a clearing centre is a payment institution, and may lead with its place
    ("zh-Hans", "深圳金融电子结算中心运营同城清算系统。", ("深圳金融电子结算中心", "PaymentInstitution")),
    ("zh-Hant", "上海票據交換清算中心已經成立。", ("上海票據交換清算中心", "PaymentInstitution")),
    ("zh-Hant", "中國證券登記結算有限責任公司負責證券的登記和結算。",
     ("中國證券登記結算有限責任公司", "FinancialInstitution")),
    ("zh-Hans", "星河科技集团股份有限公司发布公告。", ("星河科技集团股份有限公司", "TechnologyCompany")),
    # an adverb of time ends past a stop word: "后来" is no part of the name after it
    ("zh-Hans", "后来富邦银行推出了新应用。", ("富邦银行", "Bank")),
    ("zh-Hant", "後來富邦銀行推出了新應用。", ("富邦銀行", "Bank")),
    ("zh-Hans", "自成立以来富邦银行推出了多款应用。", ("富邦银行", "Bank")),
    ("zh-Hans", "证监会启动资本市场金融科技创新试点。", ("资本市场金融科技创新试点", "RegulatorySandbox")),
    ("zh-Hant", "證監會啟動資本市場金融科技創新試點。", ("資本市場金融科技創新試點", "RegulatorySandbox")),
    # a company's unit keeps the company's known name
    ("en", "In January 2024 the RBI told Paytm Payments Bank to stop taking deposits.", ("Paytm Payments Bank", "Bank")),
    ("en", "Alibaba Cloud Intelligence Group trained the model.", ("Alibaba Cloud Intelligence Group", "Company")),
    # the title of a rule book, a known field inside it or not
    ("en", "The Reserve Bank of India issued its Guidelines on Digital Lending in 2022.",
     ("Guidelines on Digital Lending", "Guideline")),
    ("en", "The regulator published the Master Direction on Outsourcing of IT Services last year.",
     ("Master Direction on Outsourcing of IT Services", "Guideline")),
    ("en", "Banks follow the Guidelines on Cloud Computing.", ("Guidelines on Cloud Computing", "Guideline")),
    # a group's digital-finance arm is a company of its own, not the group the lexicon knows
    ("zh-Hans", "中国银联联合小米数科开展测试。", ("小米数科", "FintechCompany")),
    ("zh-Hant", "苏寧數科與南京銀行合作。", ("苏寧數科", "FintechCompany")),
    ("zh-Hans", "跨境银行间支付清算有限责任公司运营人民币跨境支付系统。", ("跨境银行间支付清算有限责任公司", "PaymentInstitution")),
    ("zh-Hant", "萬事網聯信息技術（北京）有限公司獲得牌照。", ("萬事網聯信息技術（北京）有限公司", "Company")),
    ("zh-Hans", "支付业者乐天支付获准营业。", ("乐天支付", "PaymentInstitution")),
    ("en", "The winners include Ascend Money, the fintech arm of Charoen Pokphand Group.",
     ("Ascend Money", "FintechCompany")),
    ("en", "Kasikornbank said it would invest in its mobile app K PLUS.", ("K PLUS", "Product")),
    ("en", "The payments start-up Ziina said on Monday it had a licence.", ("Ziina", "FintechCompany")),
    ("en", "The Kenyan digital lender Tala raised money.", ("Tala", "FinancialInstitution")),
    ("en", "Emirates NBD and Commercial Bank of Dubai joined.", ("Commercial Bank of Dubai", "Bank")),
    ("zh-Hans", "精诚资讯公司推出新服务。", ("精诚资讯公司", "Company")),
    ("zh-Hant", "精誠資訊公司推出新服務。", ("精誠資訊公司", "Company")),
    ("en", "In 2020 the FCA authorised Tyme, the digital bank, to operate.", ("Tyme", "DigitalBank")),
    ("en", "A loan from Tala Mobile, a Kenyan lender, arrived.", ("Tala Mobile", "FinancialInstitution")),
    ("en", "Kenya passed the National Payment System Act in 2011.", ("National Payment System Act", "Law")),
    ("en", "Parliament passed the Money Laundering Regulations in 2017.", ("Money Laundering Regulations", "Law")),
    ("en", "Open Banking Limited, the body the CMA set up, grew.", ("Open Banking Limited", "Company")),  # a field in the name
    ("zh-Hans", "Zentra Exchange获得牌照。", ("Zentra Exchange", "Exchange")),  # a Latin name typed by its suffix
    ("zh-Hans", "此外，上海票据交易所上线了新平台。", ("上海票据交易所", "Exchange")),  # 据 of 票据 is no stop
    ("zh-Hant", "金管會於2019年核准將來商業銀行設立。", ("將來商業銀行", "Bank")),  # 将 of 将来, after 核准
    ("en", "HSBC launched its Orion platform for tokenised bonds.", ("Orion", "Product")),
    ("zh-Hans", "监管总局发布《银行保险机构数据安全管理办法》。", ("银行保险机构数据安全管理办法", "Guideline")),
    # a city's or province's bank carries its name
    ("zh-Hans", "年报显示苏州银行营收增长。", ("苏州银行", "Bank")),
    ("zh-Hant", "東莞銀行推出新產品。", ("東莞銀行", "Bank")),
    # initials that spell the acronym after them; the description after it types the name
    ("en", "The Global Payments Alliance (GPA) grew.", ("Global Payments Alliance", "Organization")),
    ("en", "Officials said the Nordic Instant Payments Company (NIPC), a Stockholm-based firm, grew.",
     ("Nordic Instant Payments Company", "Company")),
    ("en", "The Association of Digital Asset Brokers (ADAB) met.", ("Association of Digital Asset Brokers", "Organization")),
    ("zh-Hans", "证监会发布《证券期货业网络安全管理办法（试行）》。", ("证券期货业网络安全管理办法（试行）", "Guideline")),
    ("zh-Hans", "国务院印发《数字经济发展规划（2021—2025年）》。", ("数字经济发展规划（2021—2025年）", "Policy")),
    ("zh-Hans", "招商银行推出智能助手“小招”。", ("小招", "Product")),
    ("zh-Hans", "平安银行部署Qwen大模型。", ("Qwen", "Technology")),
    # a national supervisor's local office, named by its place
    ("zh-Hans", "上海证监局发布通知。", ("上海证监局", "SupervisoryAuthority")),
    ("zh-Hant", "深圳銀保監局發布通知。", ("深圳銀保監局", "SupervisoryAuthority")),
    # described by what it is: a payment system, an association, an agency, a coin
    ("en", "CENTROlink, a payment system operated by the central bank, grew.", ("CENTROlink", "PaymentSystem")),
    ("en", "Fintech Hub LT, the industry association, warned.", ("Fintech Hub LT", "IndustryBody")),
    ("en", "Invest Lithuania, the government's investment promotion agency, courts fintech.",
     ("Invest Lithuania", "GovernmentBody")),
    ("en", "LBCOIN, a digital collector coin recorded on a blockchain, sold out.", ("LBCOIN", "Product")),
    # a united bank (联合银行) is no bank joined by another; a federation of credit cooperatives
    ("zh-Hans", "2021年，江南省农村信用社联合社改制为江南农村商业联合银行。", ("江南农村商业联合银行", "Bank")),
    ("zh-Hant", "2021年，江南省農村信用社聯合社改制為江南農村商業聯合銀行。", ("江南農村商業聯合銀行", "Bank")),
    ("zh-Hans", "2021年，江南省农村信用社联合社改制为江南农村商业联合银行。", ("江南省农村信用社联合社", "FinancialInstitution")),
    # a kind of insurance before a legal form is an insurer's trade
    ("zh-Hans", "江南财产保险股份有限公司运用无人机查勘。", ("江南财产保险股份有限公司", "InsuranceCompany")),
    ("zh-Hant", "江南財產保險股份有限公司運用無人機查勘。", ("江南財產保險股份有限公司", "InsuranceCompany")),
    # a launched name before the technology it is
    ("zh-Hans", "江南银行推出“小江”智能风控技术。", ("小江", "Product")),
]
# Where a suffix name starts: its capitalised run, not a verb, an article or a heading before it.
NAME_START_CASES = [
    ("en", "Kenya passed the National Payment System Act in 2011.", {"National Payment System Act"}),
    # a capitalised "The" inside a sentence is a name's first word; "Bank & Trust" ends a bank's name
    ("en", "Chime offers its accounts through The Acme Bank.", {"The Acme Bank"}),
    ("en", "The Acme Bank grew.", {"Acme Bank"}),
    ("en", "Its partner banks included Evolve Bank & Trust.", {"Evolve Bank & Trust"}),
    # a suffix word that opens a name is the name's ("The Bank Policy Institute"), not a name of its own
    ("en", "The Bank Lending Institute sued.", {"Bank Lending Institute"}),
    ("en", "Officials said Acme Savings Bank would close.", {"Acme Savings Bank"}),
    ("en", "In March the Acme Savings Bank said so.", {"Acme Savings Bank"}),
    ("en", "# Mobile money in Lagos\n\nThe Acme Savings Bank of Nigeria grew.", {"Acme Savings Bank of Nigeria"}),
    ("en", "the digital Bank and the lower-case savings bank", set()),
    ("en", "They share data through standard APIs. Acme Savings Bank grew.", {"Acme Savings Bank"}),  # a sentence end
    # a capitalised word that opens a sentence is no name's first
    ("en", "The pilot ended. With Acme Savings Bank and others, it tested payments.", {"Acme Savings Bank"}),
    # a description before a quoted name is no platform's name
    ("zh-Hans", "腾讯推出区块链供应链金融服务平台“微企链”。", {"微企链"}),
]
NOT_NAMES = [
    # Traditional-script generic words: 網路 and 數位 are 网络 and 数字; 只有 and 取得 are no name's words;
    # a suffix before 型 is a type of thing ("證券型代幣", "科技型企業")
    ("zh-Hant", "樂天集團旗下的網路銀行以手機開戶吸引年輕客群。"),
    ("zh-Hant", "近年在數位支付與穩定幣上動作頻頻。"),
    ("zh-Hant", "只有銀行、資金移動業者與信託公司可以發行。"),
    ("zh-Hans", "只有银行可以发行稳定币。"),
    ("zh-Hant", "該業者取得電子支付手段交易業登錄。"),
    ("zh-Hans", "监管部门鼓励科技型企业发展。"),
    # a field of law, or "Law" inside a longer name, is no law
    ("en", "Common Law systems differ from civil ones."),
    ("en", "She studied at Harvard Law School before joining the regulator."),
    # a licensed trade before 公司 is a kind of company: 消费金融公司
    ("zh-Hans", "监管要求消费金融公司加强催收管理。"),
    ("zh-Hant", "監管要求消費金融公司加強催收管理。"),
    # a date and 就 or 实施 before a kind of body or platform start no name there
    ("zh-Hant", "金管局於2024年就銀行使用人工智能發出指引。"),
    ("zh-Hant", "證監會自2023年6月起實施虛擬資產交易平台發牌制度。"),
    ("zh-Hans", "证监会自2023年6月起实施虚拟资产交易平台发牌制度。"),
    # kinds of platform, and a description before a quoted name, are no platform's name
    ("zh-Hans", "银行可以通过综合金融服务平台和统一登记平台办理业务。"),
    ("zh-Hant", "銀行可以通過綜合金融服務平台和統一登記平台辦理業務。"),
    # who owns a bank is no name: 中外资银行, 港资银行
    ("zh-Hans", "首批包括多家中外资银行。"),
    ("zh-Hant", "港資銀行與台資銀行都已加入。"),
    # a verb before a kind of body ends any name there; a bank account in Hong Kong's word (户口)
    ("zh-Hant", "市民可以用智方便開立銀行戶口及登入政府網上服務。"),
    ("zh-Hans", "市民可以用智方便开立银行户口及登录政府网上服务。"),
    ("zh-Hant", "公署提醒銀行在使用人工智能時必須遵守條例。"),
    ("zh-Hans", "中小企可以把商业数据交予银行，由监管提示银行注意风险。"),
    # a slogan quoted before the noun it qualifies is no product
    ("zh-Hans", "多家银行推出“一站式”服务。"),
    # a capitalised word that qualifies a kind is no example of it
    ("en", "Banks such as Chinese lenders have grown fast."),
    # kinds of insurance, and an insurer qualified by its licence, are no names; nor is a field
    ("zh-Hans", "公司主要销售宠物保险和医疗保险。"),
    ("zh-Hant", "本文不構成任何保險建議。"),
    ("zh-Hant", "讓獲授權保險公司試行新科技。"),
    ("zh-Hans", "让持牌保险公司使用数码科技。"),
    # an owner that only refers back, or a kind of firm, is no name of its own
    ("zh-Hans", "该集团旗下的网商银行采用区块链技术。"),
    ("zh-Hans", "公司旗下有多家银行。"),
    ("zh-Hant", "其旗下的網商銀行採用區塊鏈技術。"),
    ("en", "Banks moved their workloads to a new data centre in the city centre."),
    # kinds of firm of the securities trade; a name that stops at a conjunction before a legal form;
    # a field's innovation or applications
    ("zh-Hans", "参与试点的机构包括证券公司、基金公司和期货公司。"),
    ("zh-Hant", "參與試點的機構包括證券公司、基金公司和期貨公司。"),
    ("zh-Hans", "行业推动金融科技创新和人工智能应用。"),
    ("zh-Hans", "隐私计算与创新监管试点"),
    # a kind of institution, and a verb before a kind of payment
    ("zh-Hant", "除銀行外，儲值支付工具營運商亦可直接接入系統。"),
    ("zh-Hans", "金管局研究以分布式账本技术改善跨境支付。"),
    # rules with no title, and a known bank with its suffix
    ("en", "The regulator set new rules for lending and the rules on Digital banks. HSBC Bank grew."),
    # a capitalised noun is a name's word, not the kind of the name after it
    ("en", "In 2018 the regulator set up Fintech Saudi."),
    ("zh-Hans", "金管会核准的专营电子支付机构增加。"),  # payment institutions, the kind
    ("en", "The Capital Market Authority has its own FinTech Lab for start-ups."),
    # a channel, not a bank
    ("zh-Hans", "交通银行将这一服务接入手机银行App和网上银行。"),
    ("zh-Hant", "交通銀行將這一服務接入手機銀行App和網上銀行。"),
    ("en", "The firm said on Monday that several start-ups in Kenya had joined."),
    # words that open a sentence before a description, and a description of something else
    ("en", "However, the bank said it would grow. Meanwhile, a start-up in Kenya raised money."),
    ("en", "Nairobi, the capital of Kenya, hosts a fintech week. In March, the company grew."),
    ("en", "Jane Doe, the company's chief executive, met John Smith, a bank official, and Ann Lee, a banker."),
    ("zh-Hans", "该公司表示，这家公司和上市公司、科技公司、一家支付公司都不同。"),
    ("zh-Hans", "跨境支付和第三方支付发展迅速，跨机构支付也在推进。"),
    ("zh-Hant", "該公司表示，跨境支付與第三方支付發展迅速。"),
    ("zh-Hant", "以代幣化存款進行銀行間結算。"),  # interbank: the trade, not a bank
    ("zh-Hant", "三家純網路銀行已開業。"),  # internet-only banks, a kind
    ("en", "The bank launched a new payment app and its New Payments Platform."),  # a name with its noun
    # a list with no known organisation in it; a capitalised word before a noun; kinds of technology
    ("en", "Animoca Brands and Quantix formed a joint venture."),
    ("en", "DBS and Asian lenders joined Project Guardian."),
    ("zh-Hans", "银行运用相关技术提升效率，并采用先进技术和新技术。"),
    # a country's banks, and the banking trade of a city or province
    ("zh-Hans", "香港银行业表现稳定，四川银行卡用户增加，多家英国银行表示欢迎。"),
    ("zh-Hans", "数据要素和大模型走进银行"),  # a headline's verb before 银行
    ("zh-Hans", "小米宣布进入支付市场。"),  # a verb before 支付
    # a company's tie to another, and "a certain" company
    ("zh-Hans", "腾讯的关联公司与一家合资公司合作，某银行也加入。"),
    ("zh-Hant", "該集團的附屬公司與某科技公司合作。"),
    # capitals that do not spell the acronym, or an acronym in lower case
    ("en", "The Big Payments Alliance (XYZ) grew, as did Open Payments (op)."),
    # a kind of insurance bought, and a slogan before the technology it qualifies
    ("zh-Hans", "他们购买了财产保险。"),
    ("zh-Hans", "银行推出“数字化”风控技术。"),
    # a verb ends a name leftwards: 规管, 扫描
    ("zh-Hant", "這是首部專門規管第三方支付的法規。"),
    ("zh-Hans", "用户可以扫描二维码付款给商户。"),
]
# fmt: on


# A name that only shortens one named before is that organisation: its leading words, or all of it but
# its legal form. A registered name is the known organisation it registers, or the kind it says.
# (language, text, the name as written each time, the entity's name and type)
# fmt: off
SAME_ORGANISATION_CASES = [
    # the short name a document defines for a name is that name wherever it recurs; a registered name
    # that clears payments is a payment institution
    ("zh-Hans", "星河支付清算有限责任公司（以下简称“星河清算”）成立。星河清算与银联签署合作协议。",
     ("星河支付清算有限责任公司", "星河清算"), ("星河支付清算有限责任公司", "PaymentInstitution")),
    ("zh-Hant", "星河支付清算有限責任公司（以下簡稱「星河清算」）成立。星河清算與銀聯簽署合作協議。",
     ("星河支付清算有限責任公司", "星河清算"), ("星河支付清算有限責任公司", "PaymentInstitution")),
    ("en", 'Zelvora Clearing Limited (hereinafter "Zelvora") was set up. Zelvora partnered with Visa.',
     ("Zelvora Clearing Limited", "Zelvora"), ("Zelvora Clearing Limited", "Company")),
    # a known name written right after its own place carries the place; the place picks the body a
    # shared short name means (金管局 is Hong Kong's and Macao's)
    ("zh-Hant", "網信辦與香港創新科技及工業局簽署備忘錄。", ("香港創新科技及工業局",),
     ("Innovation, Technology and Industry Bureau", "GovernmentBody")),
    ("zh-Hans", "网信办与香港创新科技及工业局签署备忘录。", ("香港创新科技及工业局",),
     ("Innovation, Technology and Industry Bureau", "GovernmentBody")),
    ("zh-Hant", "澳門金管局推出新系統。", ("澳門金管局",), ("Monetary Authority of Macao", "CentralBank")),
    ("zh-Hans", "澳门金管局推出新系统。", ("澳门金管局",), ("Monetary Authority of Macao", "CentralBank")),
    ("en", "The Reserve Bank of Australia leads Project Acacia. The Reserve Bank runs the pilot.",
     ("Reserve Bank of Australia", "Reserve Bank"), ("Reserve Bank of Australia", "CentralBank")),
    ("en", "The Kenya Commercial Bank of Nairobi joined. Later Kenya Commercial Bank left.",
     ("Kenya Commercial Bank of Nairobi", "Kenya Commercial Bank"), ("Kenya Commercial Bank of Nairobi", "Bank")),
    ("zh-Hans", "富邦银行股份有限公司与腾讯合作。后来富邦银行推出了新应用。",
     ("富邦银行股份有限公司", "富邦银行"), ("富邦银行股份有限公司", "Bank")),
    ("zh-Hant", "富邦銀行股份有限公司與騰訊合作。後來富邦銀行推出了新應用。",
     ("富邦銀行股份有限公司", "富邦銀行"), ("富邦銀行股份有限公司", "Bank")),
    ("zh-Hans", "平安银行股份有限公司与腾讯合作。平安银行推出了新应用。",
     ("平安银行股份有限公司", "平安银行"), ("Ping An Bank", "Bank")),
    ("zh-Hant", "平安銀行股份有限公司與騰訊合作。", ("平安銀行股份有限公司",), ("Ping An Bank", "Bank")),
    ("zh-Hans", "蚂蚁科技集团股份有限公司发布公告。", ("蚂蚁科技集团股份有限公司",), ("Ant Group", "FintechCompany")),
]
# fmt: on


@pytest.mark.parametrize(("language", "text", "written", "entity"), SAME_ORGANISATION_CASES)
def test_pipeline_a_shortened_or_registered_name_is_the_organisation_it_names(
    language: str, text: str, written: tuple[str, ...], entity: tuple[str, str]
) -> None:
    facts = extract_document(f"{language}.txt", text.encode())
    [organisation] = [e for e in facts.entities if (e.name, e.type.value) == entity]
    mentioned = {text[m.start : m.end] for m in facts.mentions if m.entity_id == organisation.id}
    assert mentioned == set(written)
    assert not [e for e in facts.entities if e.name in written and e.id != organisation.id]


# What a rule must not say: (language, text, fact by the names as written).
# fmt: off
NOT_SAID_CASES = [
    # the agents of an aside end at its comma: the names after it are the sentence's subjects
    ("en", "In Project Icebreaker, led by the BIS Innovation Hub Nordic Centre, the Bank of Israel, Norges Bank "
     "and Sveriges Riksbank linked their systems.", ("Norges Bank", "LEADS", "Project Icebreaker")),
    # a place inside the issuer's name is the issuer's
    ("zh-Hans", "证监会印发了《中国证监会监管科技总体建设方案》。", ("中国证监会监管科技总体建设方案", "APPLIES_IN", "中国")),
    # a partnership set up founds no body
    ("en", "DBS set up a partnership with Grab.", ("Grab", "SUBSIDIARY_OF", "DBS")),
    # who leads its project is not listed among its participants too
    ("en", "The Banco Central do Brasil leads Drex. The Banco Central do Brasil has spent a year testing Drex, its "
     "platform for a digital real.", ("Banco Central do Brasil", "PARTICIPATES_IN", "Drex")),
    # a pilot as a noun is no piloting
    ("en", "The Swiss National Bank issued a wholesale CBDC on SIX Digital Exchange in a pilot called Project "
     "Helvetia.", ("SIX Digital Exchange", "PARTICIPATES_IN", "Project Helvetia")),
    # a regulator that gives guidance on a technology's use is not its user
    ("zh-Hant", "香港金融管理局於2024年就銀行使用生成式人工智能發出指引。",
     ("香港金融管理局", "USES_TECHNOLOGY", "生成式人工智能")),
    # a name that qualifies a noun of an earlier clause is no subject of the next
    ("zh-Hans", "香港交易所推出新平台，加快沪深港通北向交易的结算流程，底层采用区块链技术。",
     ("沪深港通", "USES_TECHNOLOGY", "区块链")),
    # a company's name that holds a technology's words is not that technology
    ("zh-Hans", "底层采用Digital Asset公司的DAML技术。", ("Digital Asset", "ENTITY", "Technology")),
    # what is bought from a company is no purchase of it
    ("en", "Revolut customers bought cards from Monzo.", ("Monzo", "SUBSIDIARY_OF", "Revolut")),
    # "bought by" is not "bought"
    ("en", "Afterpay was bought by Block in 2022.", ("Block", "SUBSIDIARY_OF", "Afterpay")),
    # "since its launch" is the thing's own launch, not one by whoever the sentence names
    ("en", "The Banco Central do Brasil is building Drex. Pix showed what the central bank can do: since its "
           "launch it has become the most used way to pay.", ("Banco Central do Brasil", "LAUNCHES", "Pix")),
    # a licence applied for, or an application withdrawn, is no licence granted
    ("en", "In 2023 P27 Nordic Payments withdrew its application for a clearing licence from Finansinspektionen.",
     ("Finansinspektionen", "AUTHORIZES", "P27 Nordic Payments")),
    ("en", "Revolut applied for a banking licence from the Bank of Lithuania.",
     ("Bank of Lithuania", "AUTHORIZES", "Revolut")),
    # who encourages others to use a technology is not its user
    ("zh-Hans", "中国人民银行等八部门印发《关于规范发展供应链金融的意见》，并鼓励运用区块链技术。",
     ("中国人民银行", "USES_TECHNOLOGY", "区块链")),
    ("zh-Hant", "中國人民銀行等八部門印發《關於規範發展供應鏈金融的意見》，並鼓勵運用區塊鏈技術。",
     ("中國人民銀行", "USES_TECHNOLOGY", "區塊鏈")),
    ("en", "The Monetary Authority of Singapore encouraged banks to use artificial intelligence.",
     ("Monetary Authority of Singapore", "USES_TECHNOLOGY", "artificial intelligence")),
    # 用户 is the users, not "using"
    ("zh-Hans", "蚂蚁链推出的“双链通”，用户可以用区块链查询。", ("双链通", "USES_TECHNOLOGY", "区块链")),
    # ... not one the kind is moved to
    ("en", "The bank moved its cloud platform to Azure.", ("Azure", "USES_TECHNOLOGY", "cloud")),
    # the one acting for another is who takes part; a list after "alongside" followed by what they
    # take part in is left to that object
    ("en", "The BIS launched Project Agorá. The Bank of France, acting for the Eurosystem, takes part alongside "
     "the Bank of Japan.", ("Eurosystem", "PARTICIPATES_IN", "Project Agorá")),
    ("en", "The BIS launched Project Agorá. The Bank of Japan works alongside the Bank of Korea in Project Helvetia.",
     ("Bank of Korea", "PARTICIPATES_IN", "Project Agorá")),
    ("zh-Hant", "富衛集團推出網上投保平台，並與阿里雲合作，利用雲計算處理理賠。", ("阿里雲", "USES_TECHNOLOGY", "雲計算")),
    ("en", "FWD Group partnered with Alibaba Cloud, using cloud computing to settle claims.",
     ("Alibaba Cloud", "USES_TECHNOLOGY", "cloud computing")),
    ("en", "GCash is run by Mynt, a fintech owned by Globe Telecom and Ant Group.",
     ("Globe Telecom and Ant Group", "ENTITY", "Company")),
    # a company's name then a city is an office, not a company; its own country says where it is
    ("en", "HSBC London hired staff.", ("HSBC London", "SUBSIDIARY_OF", "HSBC")),
    ("en", "Ant Group China said so.", ("Ant Group China", "SUBSIDIARY_OF", "Ant Group")),
    # "X, its platform" with two organisations before it: whose is not said
    ("en", "HSBC and Ant Group discussed Drex, its platform.", ("HSBC", "LEADS", "Drex")),
    ("zh-Hans", "数据中心位于贵州。", ("数据中心", "ENTITY", "PaymentInstitution")),
    # who only means to build something is no participant of it
    ("en", "The Central Bank of Nigeria plans to build the eNaira.",
     ("Central Bank of Nigeria", "PARTICIPATES_IN", "eNaira")),
    # partners who found a company together do not each own it
    ("zh-Hans", "蚂蚁集团与腾讯共同出资成立网联清算有限公司。", ("网联清算有限公司", "SUBSIDIARY_OF", "蚂蚁集团")),
    # a study is not a studier
    ("zh-Hans", "国际清算银行的研究报告显示数字人民币发展迅速。", ("国际清算银行", "LEADS", "数字人民币")),
    ("zh-Hans", "据国际清算银行研究，数字人民币发展迅速。", ("国际清算银行", "LEADS", "数字人民币")),
    # a place near another is not where a company is
    ("en", "Wirecard, a payments company from Aschheim near Munich, collapsed.", ("Wirecard", "BASED_IN", "Munich")),
    ("en", "Wirecard, a payments company from a town outside Munich, collapsed.", ("Wirecard", "BASED_IN", "Munich")),
    # a name after a quoted one with no quotes of its own is not listed with it
    ("zh-Hant", "金管局與泰國銀行推出「轉數快」與泰國PromptPay的二維碼支付互聯。", ("泰國銀行", "LAUNCHES", "PromptPay")),
    # "part of" the Eurosystem is not its subject's clause: the Eurosystem takes no part here
    ("en", "The Deutsche Bundesbank, part of the Eurosystem, supports the ECB's work on the digital euro.",
     ("Eurosystem", "PARTICIPATES_IN", "digital euro")),
    # one of several founders owns nothing alone; a name inside a 由-clause that qualifies a noun does
    # nothing the noun does after it
    ("zh-Hans", "微众银行由腾讯等企业发起设立。", ("微众银行", "SUBSIDIARY_OF", "腾讯")),
    ("zh-Hans", "网商银行是较早尝试的一家。这家由蚂蚁集团发起设立的民营银行于2020年推出“大山雀”。",
     ("蚂蚁集团", "LAUNCHES", "大山雀")),
    # "the project" that opens a paragraph is the document's, not the last one named
    ("en", "Drex is Brazil's pilot. Drex tests tokenised deposits. Drex grew.\n\nThe central bank also runs Pix.\n\n"
     "The pilot added banks. Itaú took part.", ("Itaú", "PARTICIPATES_IN", "Pix")),
    # a firm founds something else in a place: it is not based there
    ("zh-Hans", "蚂蚁集团在新加坡成立了子公司。", ("蚂蚁集团", "BASED_IN", "新加坡")),
    # the venture is not a partner of its owners, nor the owners the licence holders
    ("zh-Hant", "在香港，支付寶香港由螞蟻集團與長江和記實業合資經營，持有香港金融管理局發出的儲值支付工具牌照。",
     ("螞蟻集團", "PARTNERS_WITH", "支付寶香港")),
    ("zh-Hant", "在香港，支付寶香港由螞蟻集團與長江和記實業合資經營，持有香港金融管理局發出的儲值支付工具牌照。",
     ("香港金融管理局", "AUTHORIZES", "螞蟻集團")),
    ("en", "AEON Bank, backed by AEON Financial Service and AEON Credit Service, launched in May 2024 with"
     " MoneyLion, an American fintech, as its technology partner.", ("AEON Credit Service", "PARTNERS_WITH", "MoneyLion")),
    ("en", "The last to open was Ryt Bank, owned by YTL Digital Capital together with Sea Limited, the Singapore"
     " company behind Shopee.", ("Ryt Bank", "OPERATES", "Shopee")),
    # a firm's name before a law is no issuer of it
    ("en", "Revolut's PSD2 licence was renewed by the Bank of Lithuania.", ("Revolut", "ISSUES", "PSD2")),
    # a known name with its own kind of business and a legal form is that company, not its parent
    ("zh-Hans", "众安在线财产保险股份有限公司成立于2013年。",
     ("众安在线财产保险股份有限公司", "SUBSIDIARY_OF", "众安在线")),
    ("zh-Hant", "眾安在線財產保險股份有限公司成立於2013年。",
     ("眾安在線財產保險股份有限公司", "SUBSIDIARY_OF", "眾安在線")),
    ("zh-Hans", "中国银行保险信息技术管理有限公司负责建设和运营全国车险信息平台。",
     ("中国银行保险信息技术管理有限公司", "SUBSIDIARY_OF", "中国银行")),
    # a stake that is no majority makes no parent
    ("en", "Ant Group holds a stake in bKash.", ("bKash", "SUBSIDIARY_OF", "Ant Group")),
    # a heading's colon after no counted kind lists no objects
    ("zh-Hant", "香港建設金融數據基建：商業數據通、智方便與數碼港元", ("數碼港元", "APPLIES_IN", "香港")),
    # a year's name for a date: "去年" before a name is not the name's
    ("zh-Hans", "去年微众银行推出了新产品。", ("去年微众银行", "ENTITY", "Bank")),
    # what a framework is modelled on is no object of who introduced it
    ("en", "The National Bank of Georgia introduced an open banking framework modelled on Europe's PSD2.",
     ("National Bank of Georgia", "ISSUES", "PSD2")),
    # whom a body pushes, lets or asks to do a thing does it, not the body
    ("en", "The ARDFM has pushed lenders to adopt biometric identification.",
     ("ARDFM", "USES_TECHNOLOGY", "biometric identification")),
    ("en", "The HKMA allowed banks to use AI.", ("HKMA", "USES_TECHNOLOGY", "AI")),
    # a stated share of half or less makes no parent
    ("en", "Kaspi.kz bought a 15% stake in Hepsiburada.", ("Hepsiburada", "SUBSIDIARY_OF", "Kaspi.kz")),
    # "X旗下的A与B共同…": A is X's, B acts with A and is not X's
    ("zh-Hant", "該公司由軟銀集團旗下的軟銀公司與LY公司共同持股。", ("LY公司", "SUBSIDIARY_OF", "軟銀集團")),
    ("zh-Hans", "该公司由软银集团旗下的软银公司与LY公司共同持股。", ("LY公司", "SUBSIDIARY_OF", "软银集团")),
    # a place that something goes to does not place it
    ("zh-Hans", "蚂蚁集团拓展至日本的PayPay合作网络。", ("PayPay", "BASED_IN", "日本")),
    ("zh-Hans", "在上海的中国银行推出服务。", ("中国银行", "BASED_IN", "上海")),
]
# fmt: on


@pytest.mark.parametrize(("language", "text", "fact"), NOT_SAID_CASES)
def test_pipeline_does_not_say(language: str, text: str, fact: tuple[str, str, str]) -> None:
    assert fact not in _named_facts(text)


# A short name said first is a name of its own: only a full name named before is shortened.
def test_pipeline_a_case_strict_name_is_the_entry_written_that_way() -> None:
    # "Nets" the Danish processor and "NETS" Singapore's network share one matching form
    facts = extract_document(
        "en.txt", b"Nets, the Danish card processor, grew. NETS runs Singapore's network."
    )
    assert {(m.text, m.entity_id) for m in facts.mentions if m.text.lower() == "nets"} == {
        ("Nets", "pay.nets-dk"),
        ("NETS", "pay.nets"),
    }


def test_pipeline_a_short_name_before_the_full_one_stays_apart() -> None:
    text = "The Kenya Commercial Bank left. The Kenya Commercial Bank of Nairobi joined."
    facts = extract_document("en.txt", text.encode())
    assert {e.name for e in facts.entities if e.origin != "lexicon"} == {
        "Kenya Commercial Bank",
        "Kenya Commercial Bank of Nairobi",
    }


@pytest.mark.parametrize(("language", "text", "entity"), DISCOVERED_CASES)
def test_pipeline_discovers_names_the_lexicon_lacks(
    language: str, text: str, entity: tuple[str, str]
) -> None:
    facts = extract_document(f"{language}.txt", text.encode())
    assert entity in {(e.name, e.type.value) for e in facts.entities if e.origin != "lexicon"}


@pytest.mark.parametrize(("language", "text", "names"), NAME_START_CASES)
def test_pipeline_suffix_name_starts_at_its_capitalised_run(
    language: str, text: str, names: set[str]
) -> None:
    facts = extract_document(f"{language}.txt", text.encode())
    assert {e.name for e in facts.entities if e.origin != "lexicon"} == names


@pytest.mark.parametrize(("language", "text"), NOT_NAMES)
def test_pipeline_discovers_no_name_in_generic_words(language: str, text: str) -> None:
    facts = extract_document(f"{language}.txt", text.encode())
    assert [e.name for e in facts.entities if e.origin != "lexicon"] == []


# fmt: off
# Named together in a sentence and linked by nothing stated: a co-occurrence, weak and named as such.
COOCCURRENCE_CASES = [
    ("en", "DBS and Ant Group were named in the report.", {("DBS", "Ant Group")}),
    ("zh-Hans", "报告提到了星展银行和蚂蚁集团。", {("星展银行", "蚂蚁集团")}),
    ("zh-Hant", "報告提到了星展銀行和螞蟻集團。", {("星展銀行", "螞蟻集團")}),
    # a stated relation between the two, anywhere in the document, is all that is said of them
    ("en", "DBS partnered with Ant Group. DBS and Ant Group were named again.", set()),
    # places are named beside nearly everything
    ("en", "In Singapore, DBS was named in the report.", set()),
    # a list of five names is no statement about any two of them
    ("en", "DBS, OCBC, UOB, HSBC and Citi were named in the report.", set()),
]
# fmt: on


@pytest.mark.parametrize(("language", "text", "pairs"), COOCCURRENCE_CASES)
def test_pipeline_keeps_cooccurrence_as_a_weak_separate_relation(
    language: str, text: str, pairs: set[tuple[str, str]]
) -> None:
    facts = extract_document(f"{language}.txt", text.encode())
    written: dict[str, str] = {}
    for m in facts.mentions:  # by the first way the text writes it: "Full Name (ABBR)" by the full name
        written.setdefault(m.entity_id, m.text)
    cooccurring = [r for r in facts.relations if r.type.value == "CO_OCCURS_WITH"]
    assert {frozenset((written[r.subject_id], written[r.object_id])) for r in cooccurring} == {
        frozenset(pair) for pair in pairs
    }
    for relation in cooccurring:
        (evidence,) = [e for e in facts.evidence if e.fact_id == relation.id]  # once per document
        assert evidence.extractor == "cooccurrence.v1" and evidence.confidence == 0.3
        assert relation.subject_id < relation.object_id  # one fact whichever is named first


def test_pipeline_cites_a_cooccurrence_once_per_document() -> None:
    facts = extract_document(
        "x.txt", b"DBS and Ant Group were named. Later, Ant Group and DBS were named again."
    )
    (relation,) = facts.relations
    assert [e.sentence for e in facts.evidence if e.fact_id == relation.id] == [
        "DBS and Ant Group were named."
    ]


# fmt: off
# A party referred to, not named: a description ("the regulator", "该行") or the test of the sentence
# before. The fact rests on the reference: it keeps 0.8 of its confidence and names its extractor.
REFERENCE_CASES = [
    # "the project" out of reach of any name is the initiative the document names most often
    ("en", "Project mBridge grew out of earlier trials. Project mBridge now has four members.\n\n"
     "In 2024 the Saudi Central Bank joined the project.", ("Saudi Central Bank", "PARTICIPATES_IN", "Project mBridge")),
    ("zh-Hans", "多边央行数字货币桥启动。多边央行数字货币桥已有四家成员。\n\n沙特中央银行加入该项目。",
     ("沙特中央银行", "PARTICIPATES_IN", "多边央行数字货币桥")),
    ("zh-Hant", "多邊央行數字貨幣橋啟動。多邊央行數字貨幣橋已有四家成員。\n\n沙特中央銀行加入該項目。",
     ("沙特中央銀行", "PARTICIPATES_IN", "多邊央行數字貨幣橋")),
    ("en", "FINMA granted licences to Sygnum. The financial market supervisor also licensed SIX Digital Exchange.",
     ("FINMA", "AUTHORIZES", "SIX Digital Exchange")),
    ("en", "The Financial Conduct Authority set new rules. Coinbase is registered with the regulator.",
     ("Financial Conduct Authority", "AUTHORIZES", "Coinbase")),
    ("zh-Hans", "招商银行表示，该行将运用区块链技术。", ("招商银行", "USES_TECHNOLOGY", "区块链技术")),
    ("zh-Hant", "招商銀行表示，該行將運用區塊鏈技術。", ("招商銀行", "USES_TECHNOLOGY", "區塊鏈技術")),
    ("zh-Hans", "Project Ensemble启动。汇丰参与首阶段测试。", ("汇丰", "PARTICIPATES_IN", "Project Ensemble")),
    ("en", "Project Ubin ended. DBS took part in the trial.", ("DBS", "PARTICIPATES_IN", "Project Ubin")),
    ("en", "The RBI joined Project Nexus. Bank Negara Malaysia is among the central banks taking part.",
     ("Bank Negara Malaysia", "PARTICIPATES_IN", "Project Nexus")),  # what they take part in goes unsaid
    ("zh-Hans", "人民银行启动“跨境理财通”试点。首批参与试点的内地银行包括招商银行和工商银行。",
     ("招商银行", "PARTICIPATES_IN", "跨境理财通")),  # the participants follow; the pilot is the one before
    # participants listed after the trigger, taking part in what the text spoke of last
    ("zh-Hant", "金管局推出「商業數據通」。首批參與的銀行包括中國銀行（香港）和恒生銀行。",
     ("恒生銀行", "PARTICIPATES_IN", "商業數據通")),
    ("zh-Hans", "金管局推出“商业数据通”。首批参与的银行包括中国银行（香港）和恒生银行。",
     ("恒生银行", "PARTICIPATES_IN", "商业数据通")),
    ("en", "The BIS launched Project Agorá. The Bank of France, acting for the Eurosystem, takes part alongside "
     "the Bank of Japan and the Bank of Korea.", ("Bank of France", "PARTICIPATES_IN", "Project Agorá")),
    ("en", "The BIS launched Project Agorá. The Bank of France takes part alongside the Bank of Japan and the "
     "Bank of Korea.", ("Bank of Korea", "PARTICIPATES_IN", "Project Agorá")),
    # two sentences back, when the sentence between names no initiative
    ("en", "The BIS launched Project Agorá. The IIF convenes the private sector. More than 40 firms were chosen "
     "to join, among them Citi, HSBC and Visa.", ("HSBC", "PARTICIPATES_IN", "Project Agorá")),
    ("en", "The FCA opened the Digital Securities Sandbox. The sandbox lets firms use distributed ledger technology.",
     ("Digital Securities Sandbox", "USES_TECHNOLOGY", "distributed ledger technology")),
    # in the sentence before, its topic (first name) rather than its last
    ("en", "Revolut partnered with Visa. The company also uses blockchain.", ("Revolut", "USES_TECHNOLOGY", "blockchain")),
    # Pronouns. A subject stands for the topic, of its sentence or of the one before ...
    ("en", "Revolut partnered with Visa. It also uses blockchain.", ("Revolut", "USES_TECHNOLOGY", "blockchain")),
    ("en", "Revolut partnered with Visa, and it uses blockchain.", ("Revolut", "USES_TECHNOLOGY", "blockchain")),
    # ... an object for the nearest name, the other party excepted ...
    ("en", "Safaricom runs M-Pesa, and the Central Bank of Kenya regulates it.",
     ("Central Bank of Kenya", "REGULATES", "M-Pesa")),
    # ... and not for an authority when an authority regulates it
    ("en", "In 2024 the PRA granted Revolut a licence, while the FCA regulates the conduct of its business.",
     ("FCA", "REGULATES", "Revolut")),
    # 其 stands for the topic wherever it stands
    ("zh-Hans", "英国审慎监管局授予Revolut银行牌照，英国金融行为监管局负责监管其业务。",
     ("英国金融行为监管局", "REGULATES", "Revolut")),
    ("zh-Hant", "英國審慎監管局授予Revolut銀行牌照，英國金融行為監管局負責監管其業務。",
     ("英國金融行為監管局", "REGULATES", "Revolut")),
    ("zh-Hans", "邮储银行将DeepSeek模型接入其推出的智能助手“小邮助手”。", ("邮储银行", "LAUNCHES", "小邮助手")),
    ("zh-Hant", "郵儲銀行將DeepSeek模型接入其推出的智能助手「小郵助手」。", ("郵儲銀行", "LAUNCHES", "小郵助手")),
]
# Facts a pronoun must not give: an "it" that stands for nothing, "IT", a pronoun taken for one of a
# list, an authority regulated by an authority, 其 of 其中, and one whose nearest candidate does not fit.
PRONOUN_NOT_CASES = [
    # a description that points elsewhere stands for no name before it
    ("en", "FINMA granted licences to Sygnum. The other regulator licensed SIX Digital Exchange.",
     ("FINMA", "AUTHORIZES", "SIX Digital Exchange")),
    ("en", "Revolut partnered with Visa, and it uses blockchain.", ("Visa", "USES_TECHNOLOGY", "blockchain")),
    ("en", "Revolut partnered with Visa. It is expected that Monzo will use blockchain.",
     ("Revolut", "USES_TECHNOLOGY", "blockchain")),
    ("en", "DBS partnered with Grab. IT teams use cloud computing.", ("DBS", "USES_TECHNOLOGY", "cloud computing")),
    ("en", "DBS partnered with Grab. IT teams use cloud computing.", ("Grab", "USES_TECHNOLOGY", "cloud computing")),
    ("zh-Hans", "英国审慎监管局授予Revolut银行牌照，英国金融行为监管局负责监管其业务。",
     ("英国金融行为监管局", "REGULATES", "英国审慎监管局")),
    ("zh-Hans", "招商银行发布年报。其中，微众银行采用区块链技术。", ("招商银行", "USES_TECHNOLOGY", "区块链技术")),
    ("zh-Hant", "招商銀行發布年報。其他銀行採用區塊鏈技術。", ("招商銀行", "USES_TECHNOLOGY", "區塊鏈技術")),
    # M-Pesa, a product, is what "it" stands for; Safaricom further away is not taken instead
    ("en", "Safaricom operates M-Pesa, and the Central Bank of Kenya supervises it.",
     ("Central Bank of Kenya", "SUPERVISES", "Safaricom")),
    # "its rival Paystack": the pronoun only determines the name after it
    ("en", "Stripe acquired its rival Paystack.", ("Stripe", "SUBSIDIARY_OF", "Stripe")),
]
# fmt: on


@pytest.mark.parametrize(("language", "text", "fact"), REFERENCE_CASES)
def test_pipeline_resolves_a_party_referred_to(language: str, text: str, fact: tuple[str, str, str]) -> None:
    facts = extract_document(f"{language}.txt", text.encode())
    written: dict[str, str] = {}
    for m in facts.mentions:  # by the first way the text writes it: "Full Name (ABBR)" by the full name
        written.setdefault(m.entity_id, m.text)
    (relation,) = [
        r for r in facts.relations if (written[r.subject_id], r.type.value, written[r.object_id]) == fact
    ]
    (evidence,) = [e for e in facts.evidence if e.fact_id == relation.id]
    assert evidence.extractor == COREFERENCE
    assert evidence.confidence < 0.8  # less sure than the same fact stated with names
    assert not any(m.text.lower() in ("the regulator", "该行", "該行") for m in facts.mentions)  # not a name


@pytest.mark.parametrize(("language", "text", "fact"), PRONOUN_NOT_CASES)
def test_pipeline_a_pronoun_stands_for_no_other_party(
    language: str, text: str, fact: tuple[str, str, str]
) -> None:
    assert fact not in _named_facts(text)


def test_pipeline_a_pronoun_that_determines_a_name_leaves_the_name_its_party() -> None:
    assert ("Paystack", "SUBSIDIARY_OF", "Stripe") in _named_facts("Stripe acquired its rival Paystack.")


# fmt: off
# Chinese: the one named after 子公司 / 全资拥有 is the subsidiary, whatever stands between.
CHINESE_SUBSIDIARY_CASES = [
    ("zh-Hans", "蚂蚁集团的子公司网商银行采用区块链技术。", ("网商银行", "SUBSIDIARY_OF", "蚂蚁集团")),
    ("zh-Hans", "蚂蚁集团及其子公司网商银行采用区块链技术。", ("网商银行", "SUBSIDIARY_OF", "蚂蚁集团")),
    ("zh-Hans", "蚂蚁集团全资拥有网商银行。", ("网商银行", "SUBSIDIARY_OF", "蚂蚁集团")),
    ("zh-Hant", "螞蟻集團旗下子公司網商銀行上線新系統。", ("網商銀行", "SUBSIDIARY_OF", "螞蟻集團")),
]
# fmt: on


@pytest.mark.parametrize(("language", "text", "fact"), CHINESE_SUBSIDIARY_CASES)
def test_pipeline_a_chinese_subsidiary_follows_its_owner(
    language: str, text: str, fact: tuple[str, str, str]
) -> None:
    facts = {f for f in _named_facts(text) if f[1] == "SUBSIDIARY_OF"}
    assert facts == {fact}  # and not the owner as the subsidiary's


def test_pipeline_a_consortium_partners_its_members_with_one_another() -> None:
    facts = _named_facts(
        "The licence went to a consortium of Krungthai Bank, Gulf Development and Advanced Info Service."
    )
    partners = {frozenset((f[0], f[2])) for f in facts if f[1] == "PARTNERS_WITH"}
    assert partners == {
        frozenset(pair)
        for pair in (
            ("Krungthai Bank", "Gulf Development"),
            ("Krungthai Bank", "Advanced Info Service"),
            ("Gulf Development", "Advanced Info Service"),
        )
    }


# fmt: off
# 联合 takes a partner as a verb ("A联合B"), not as an adverb or a modifier
LIANHE_CASES = [
    ("zh-Hans", "蚂蚁集团联合网商银行推出新产品。", {frozenset(("蚂蚁集团", "网商银行"))}),
    ("zh-Hant", "螞蟻集團聯合網商銀行推出新產品。", {frozenset(("螞蟻集團", "網商銀行"))}),
    ("zh-Hans", "中国人民银行数字货币研究所（以下简称“数研所”）联合美团推广智能合约。",
     {frozenset(("中国人民银行数字货币研究所", "美团"))}),
    ("zh-Hans", "中国人民银行、香港金融管理局和澳门金融管理局联合宣布启动“跨境理财通”。", set()),
    ("zh-Hans", "国家外汇管理局会同中国人民银行联合印发《跨境支付管理办法》。", set()),
    ("zh-Hant", "微眾銀行運用聯邦學習技術開展聯合風控建模。", set()),
]
# fmt: on


@pytest.mark.parametrize(("language", "text", "partners"), LIANHE_CASES)
def test_pipeline_lianhe_partners_only_as_a_verb(
    language: str, text: str, partners: set[frozenset[str]]
) -> None:
    assert {frozenset((f[0], f[2])) for f in _named_facts(text) if f[1] == "PARTNERS_WITH"} == partners


def test_pipeline_a_subsidiary_has_one_owner() -> None:
    facts = _named_facts(
        "Paytm Labs, a subsidiary of NPCI, and the Monetary Authority of Singapore built the link."
    )
    assert not {f for f in facts if f[1] == "SUBSIDIARY_OF" and f[2] == "Monetary Authority of Singapore"}


def test_pipeline_a_chinese_compound_launches_its_head_not_its_qualifier() -> None:
    facts = _named_facts("中国人民银行宣布启动粤港澳大湾区“跨境理财通”业务试点。")
    assert ("中国人民银行", "LAUNCHES", "跨境理财通") in facts
    assert ("中国人民银行", "LAUNCHES", "粤港澳大湾区") not in facts


# fmt: off
FORMED_NOT_PARTNER_CASES = [
    ("zh-Hans", "渣打银行、香港电讯共同成立了Mox Bank。", "Mox Bank"),
    ("zh-Hant", "由渣打銀行、香港電訊和攜程合資成立的Mox Bank開業。", "Mox Bank"),
    ("zh-Hant", "首批包括渣打銀行成立的Mox Bank，以及中銀香港、京東科技與怡和集團共同持有的livi bank。", "Mox Bank"),
    ("zh-Hant", "首批包括渣打銀行成立的Mox Bank，以及中銀香港、京東科技與怡和集團共同持有的livi bank。", "livi bank"),
]
# fmt: on


@pytest.mark.parametrize(("language", "text", "formed"), FORMED_NOT_PARTNER_CASES)
def test_pipeline_what_partners_formed_is_not_a_partner(language: str, text: str, formed: str) -> None:
    facts = _named_facts(text)
    assert any(f[1] == "PARTNERS_WITH" for f in facts)  # the partners are found
    assert not {f for f in facts if f[1] == "PARTNERS_WITH" and formed in (f[0], f[2])}


# fmt: off
EXAMPLES_CASES = [
    ("en", "The Monetary Authority of Singapore supervises several banks, including DBS Bank and OCBC.",
     {("sg.mas", "SUPERVISES", "bank.dbs"), ("sg.mas", "SUPERVISES", "bank.ocbc")}),
    ("zh-Hans", "香港金融管理局监管多家虚拟银行，包括众安银行和天星银行。",
     {("hk.hkma", "REGULATES", "bank.za-bank"), ("hk.hkma", "REGULATES", "bank.airstar")}),
    ("zh-Hant", "國家金融監督管理總局監管多家銀行，例如中國工商銀行。", {("cn.nfra", "REGULATES", "bank.icbc")}),
    # a comma that opens a clause of its own still ends the object
    ("en", "The Monetary Authority of Singapore regulates several banks, and DBS Bank agreed.", set()),
]
# fmt: on


@pytest.mark.parametrize(("language", "text", "expected"), EXAMPLES_CASES)
def test_pipeline_examples_after_a_comma_are_the_triggers_objects(
    language: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _facts_of_types(language, text, ("REGULATES", "SUPERVISES")) == expected


# fmt: off
OWNED_PRODUCT_CASES = [
    ("zh-Hans", "宁波银行的“快审快贷”产品借助人工智能提升审批效率。", ("bank.nbcb", "快审快贷")),
    ("zh-Hant", "微眾銀行的「微業貸」產品面向小微企業。", ("bank.webank", "微業貸")),
]
# fmt: on


@pytest.mark.parametrize(("language", "text", "owned"), OWNED_PRODUCT_CASES)
def test_pipeline_a_product_named_after_its_owner_and_de_is_operated_by_it(
    language: str, text: str, owned: tuple[str, str]
) -> None:
    facts = extract_document(f"{language}.txt", text.encode())
    names = {e.id: e.name for e in facts.entities}
    operated = {(r.subject_id, names[r.object_id]) for r in facts.relations if r.type.value == "OPERATES"}
    assert owned in operated


# An aside after the subject says something of it: it does not take the subject away from the trigger,
# and the names inside it are not the subject.
# fmt: off
ASIDE_CASES = [
    ("en", "Payments Canada, which operates the country's core clearing and settlement systems, launched Lynx "
     "in 2021.", {("org.payments-canada", "LAUNCHES", "init.lynx")}),
    ("en", "DBS Bank, whose largest shareholder is Temasek, launched Project Guardian trials.",
     {("bank.dbs", "LAUNCHES", "init.project-guardian")}),
    ("en", "Ant Group (an affiliate of Alibaba Group) launched AntChain in 2019.",
     {("fin.ant", "LAUNCHES", "fin.antchain")}),
    ("zh-Hans", "中国人民银行（负责制定和执行货币政策、防范和化解金融风险、维护金融稳定的国务院组成部门）印发了《金融科技发展规划（2022－2025年）》。",
     {("cn.pboc", "ISSUES", "reg.fintech-plan-2022")}),
    ("zh-Hant", "螞蟻集團（阿里巴巴集團的關聯公司）推出了螞蟻鏈。",
     {("fin.ant", "LAUNCHES", "fin.antchain")}),
]
# fmt: on


@pytest.mark.parametrize(("language", "text", "expected"), ASIDE_CASES)
def test_pipeline_an_aside_after_the_subject_is_passed_over(
    language: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    assert _facts_of_types(language, text, ("LAUNCHES", "ISSUES")) == expected


# "A支持B测试C": B tests C, and when B is no name, nobody named does.
CAUSED_CASES = [
    ("zh-Hans", "香港金融管理局表示，将继续透过金融科技监管沙盒支持银行测试人工智能。"),
    ("zh-Hant", "金管局表示，將繼續透過「金融科技監管沙盒」支持銀行測試新技術，例如人工智能。"),
]


@pytest.mark.parametrize(("language", "text"), CAUSED_CASES)
def test_pipeline_who_a_verb_has_act_is_not_its_subject(language: str, text: str) -> None:
    facts = extract_document(f"{language}.txt", text.encode())
    assert not [r for r in facts.relations if r.type.value == "USES_TECHNOLOGY"]


# What a word processor writes for an ASCII apostrophe reads as one: "Sweden’s" is "Sweden's". A
# description set off by commas, opened by a place's possessive, is passed over to the name before it,
# and the technologies it names are what that name uses.
# fmt: off
DESCRIPTION_CASES = [
    ("en", "Swish, Sweden’s most popular mobile payment method, is run by Getswish AB.",
     {("Getswish AB", "OPERATES", "Swish"), ("Swish", "BASED_IN", "Sweden"),
      ("Swish", "USES_TECHNOLOGY", "mobile payment")}),
    ("en", "Vipps, Norway's most popular mobile payment app, is owned by DNB.",
     {("DNB", "OPERATES", "Vipps"), ("Vipps", "USES_TECHNOLOGY", "mobile payment")}),
    ("en", "Sveriges Riksbank is studying the e-krona, a central bank digital currency.",
     {("Sveriges Riksbank", "LEADS", "e-krona"), ("e-krona", "USES_TECHNOLOGY", "central bank digital currency")}),
    ("en", "Singpass, the digital identity app of Singapore’s Government Technology Agency, is used by most residents.",
     {("Government Technology Agency", "OPERATES", "Singpass"), ("Government Technology Agency", "BASED_IN", "Singapore")}),
    # the description is of the name right before it, not of the list it ends
    ("en", "Saudi Payments runs mada and sarie, the instant payment system.",
     {("Saudi Payments", "OPERATES", "mada"), ("Saudi Payments", "OPERATES", "sarie"),
      ("sarie", "USES_TECHNOLOGY", "instant payment system")}),
]
# fmt: on


@pytest.mark.parametrize(("language", "text", "expected"), DESCRIPTION_CASES)
def test_pipeline_a_description_after_a_name_says_what_it_is_and_uses(
    language: str, text: str, expected: set[tuple[str, str, str]]
) -> None:
    facts = {f for f in _named_facts(text) if f[1] not in ("ENTITY", "CO_OCCURS_WITH")}
    assert expected <= facts, facts
    assert not {f for f in facts if f[0] == "mada" and f[1] == "USES_TECHNOLOGY"}


# Names found by the words around them: "the payment system X", "X, an instant payment system available
# since …", "X, a bank without branches" (a digital bank), "X, the national clearing house".
# fmt: off
NAMED_BY_KIND_CASES = [
    ("en", "The Reserve Bank of India launched the payment system Bharat BillPay in 2017.",
     ("Bharat BillPay", "ENTITY", "PaymentSystem")),
    ("en", "Bankgirot operates Payout, an instant payment system available since 2012.",
     ("Payout", "ENTITY", "PaymentSystem")),
    ("en", "Monzo, a bank without branches, works with Mastercard.", ("Monzo", "ENTITY", "DigitalBank")),
    ("en", "Securities trades are cleared by KELER Zrt., the national clearing house.",
     ("KELER Zrt.", "ENTITY", "FinancialInstitution")),
]
# fmt: on


@pytest.mark.parametrize(("language", "text", "fact"), NAMED_BY_KIND_CASES)
def test_pipeline_a_name_is_typed_by_the_kind_around_it(
    language: str, text: str, fact: tuple[str, str, str]
) -> None:
    assert fact in _named_facts(text)


def test_pipeline_a_negation_inside_an_aside_negates_nothing_of_the_verb() -> None:
    assert ("Monzo", "PARTNERS_WITH", "Mastercard") in _named_facts(
        "Monzo, a bank without branches, works with Mastercard."
    )
    assert not [
        f
        for f in _named_facts("Monzo, a bank without branches, does not work with Visa.")
        if f[1] == "PARTNERS_WITH"
    ]


def test_pipeline_a_fronted_place_is_no_subject_past_an_abbreviation() -> None:
    facts = _facts_of_types("en", "In Brazil, the Banco Central do Brasil (BCB) launched Pix in 2020.",
                            ("LAUNCHES", "APPLIES_IN"))  # fmt: skip
    assert facts == {("br.bcb", "LAUNCHES", "init.pix")}


# Who licenses the firms of a field regulates the field.
LICENSED_FIELD_CASES = [
    ("en", "The Bank of Lithuania licenses crypto-asset service providers.", "Bank of Lithuania"),
    ("en", "BaFin authorises crypto-asset service providers under MiCA.", "BaFin"),
]


@pytest.mark.parametrize(("language", "text", "regulator"), LICENSED_FIELD_CASES)
def test_pipeline_licensing_a_fields_firms_regulates_the_field(
    language: str, text: str, regulator: str
) -> None:
    assert (regulator, "REGULATES", "crypto-asset") in _named_facts(text)


# Chinese: a clause that places its subject ("A总部位于P，") hands that subject on to the next clause; 其
# before 子公司 or 旗下 says whose the named one is.
# fmt: off
CHINESE_CHAIN_CASES = [
    ("zh-Hans", "微众银行总部位于深圳，推出了微粒贷。", ("微众银行", "LAUNCHES", "微粒贷")),
    ("zh-Hant", "螞蟻集團總部位於杭州，推出了支付寶。", ("螞蟻集團", "LAUNCHES", "支付寶")),
    # the subject is the name the place follows, not the sentence's first name
    ("zh-Hans", "蚂蚁集团旗下的蚂蚁国际总部位于新加坡，运营跨境支付网络Alipay+。", ("蚂蚁国际", "OPERATES", "Alipay+")),
    ("zh-Hant", "騰訊旗下的微眾銀行總部位於深圳，推出了微粒貸。", ("微眾銀行", "LAUNCHES", "微粒貸")),
    ("zh-Hans", "中国平安总部位于深圳。其子公司平安银行推出了口袋银行。", ("平安银行", "SUBSIDIARY_OF", "中国平安")),
    ("zh-Hant", "螞蟻集團總部位於杭州。其子公司網商銀行於2015年開業。", ("網商銀行", "SUBSIDIARY_OF", "螞蟻集團")),
    # "A及其旗下的B": A owns B, said by 旗下 (其 adds no party)
    ("zh-Hant", "螞蟻集團及其旗下的支付寶被罰款。", ("螞蟻集團", "OPERATES", "支付寶")),
]
# fmt: on


@pytest.mark.parametrize(("language", "text", "fact"), CHINESE_CHAIN_CASES)
def test_pipeline_a_chinese_clause_hands_on_its_subject(
    language: str, text: str, fact: tuple[str, str, str]
) -> None:
    assert fact in _named_facts(text)


# A known technology that holds an organisation suffix (支付) is no organisation's name.
@pytest.mark.parametrize(
    ("language", "text"),
    [("zh-Hans", "银联国际在境外推广二维码支付。"), ("zh-Hant", "銀聯國際在境外推廣二維碼支付。")],
)
def test_pipeline_a_technology_ending_in_a_suffix_is_no_organisation(language: str, text: str) -> None:
    facts = _named_facts(text)
    assert not [f for f in facts if f[1] == "ENTITY" and f[0].endswith(("支付",)) and f[2] != "Technology"], (
        facts
    )
    assert any(f[1] == "USES_TECHNOLOGY" and f[2] in ("二维码支付", "二維碼支付") for f in facts)
