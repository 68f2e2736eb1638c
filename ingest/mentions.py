"""Find entity mentions: lexicon matches, aliases learned from "Full Name (ABBR)", and discovery of
names the lexicon does not know (organisation suffixes, 《titles》, "Project X", Latin names in Chinese).

Works on the normalised text; the source text is consulted only to check how a name was written
(capitals of acronyms and English names). Discovered mentions carry a lower confidence and the versioned
name of the pattern that found them.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple

from ingest.lexicon import Lexicon, Surface
from ingest.normalize import HAN, NormalizedText, is_cjk
from ingest.relation_rules import DESCRIPTION
from kg.types import is_a
from kg.vocab import EntityType

GAZETTEER = "gazetteer.v5"  # v2: a Chinese name right after its own place carries it (香港创新科技及工业局);
# v3: an alias marked "~" names its entry only where the document names the entry's place (中央銀行); v4: a
# known name with its legal form after it is that name (香港交易及结算所有限公司), and a technology's Latin name
# before 公司 is no technology (Digital Asset公司); v5: a name that ends in 部 is not read in 部门 (公安部门)
LEARNED_ALIAS = "alias-learning.v2"  # v2: the short name a document defines (以下简称“…”, hereinafter "…")
# v2: a local place leads its bank's name; v3: 拥有, 收购 … stop; v4: a place in brackets inside a name, a
# name past 银行间, a legal form after any lead, 公会, 同业公会, not 支付机构 or 业者; v5: 数科, keeping the
# group's name ("小米数科"), 进入 stops; v6: a company's tie is no name (关联公司, 合资公司), nor "某…"; v7:
# 储值 (a kind), verbs of improving stop (改善跨境支付); v8: a name runs on to its legal form, 创新试点 and
# 监管试点 are sandboxes, the securities trade's kinds of firm (基金公司) are no names, 科技 before 创新 or
# 应用 is the field; v9: a registered name is the kind it says before its legal form (富邦银行股份有限公司 a
# bank), adverbs of time (后来, 以来) and 试行 stop a name, 人寿 ends an insurer's, kinds of insurance (宠物保险)
# and licensed insurers (获授权保险公司) are no names, nor is 数码 with a suffix; v10: a branch is the kind of body
# its known parent is (中国人民银行…中心支行 a central bank); v11: more verbs stop a name (开立, 登入, 提醒,
# 交予 …), and 户口 (Hong Kong's account) is the trade, not a bank; v12: who owns a bank is no name (中外资银行,
# 港资银行), a registered name that clears or settles payments is a payment institution, the place in brackets
# before its legal form says where, not what; v13: a clearing or settlement centre (清算总中心, 结算中心) is a
# payment institution and may lead with its place; v14: whose shares or trade a name says is no name
# (公股银行, 零售支付, 批发), nor what follows 更多 or 其他; v15: 就 and 实施 stop a name, a known Latin name
# right before opens it (OSL数字证券); v16: a national supervisor's local office (重庆银保监局, 上海证监局) is
# a supervisory authority that leads with its place, and 消费金融公司 is a trade; v17: a united bank
# (…联合银行) is no bank joined by another, a federation of rural credit cooperatives (信用社联合社,
# 信用联社) is a financial institution, a kind of insurance before a legal form is an insurer's trade
# (中国人民财产保险股份有限公司); v18: 规管 and 扫描 stop a name (首部专门规管第三方支付, 扫描微信支付); v19:
# how many is no name (不少銀行, 许多银行); v20: a date's year, month or day is not a name's first word
# (2023年国家金融监督管理总局), nor are 今年, 去年 and the like or 运营; 保险 after 银行 is the trade
# (银行保险机构) and a name may go on past it (中国银行保险信息技术管理有限公司); a known name with its own
# kind and a legal form is that company registered (众安在线 + 财产保险 + 股份有限公司; ingest.pipeline)
# v21: 只有, 仅有, 唯有 and 取得 stop a name; Taiwan's 網路 and 數位 are generic (網路銀行, 數位支付); a suffix
# before 型 is a type of thing (证券型代币, 科技型企业)
# v22: a known technology that holds the suffix ends the words, and is no name (推广二维码支付)
ORG_SUFFIX_ZH = "org-suffix-zh.v22"
# v2: the name is the capitalised run before the suffix; v3: a company's unit keeps the known name it
# starts with ("Paytm Payments Bank"); v4: Centre and Center are suffixes (a research centre is research);
# v5: a name read back to just after a known one no longer starts on the space before it, and a known name
# that ends a list ("Globe Telecom and Ant Group") is not the end of a longer one
# v6: a law's title keeps its year ("Investments and Securities Act 2025"); v7: a sentence's capitalised
# first word ("With") opens no name; v8: a capitalised "The" inside a sentence opens the name ("through The
# Bancorp Bank"), "Bank & Trust" ends a bank's, a lone suffix word before a name is its first word ("The Bank
# Policy Institute"), "Financial Technologies" is a fintech company; v9: UAB and GmbH are legal forms, a
# name is typed by the kind before its legal form ("Revolut Bank UAB" a bank), and a kind and a legal form
# after a known name make its unit; v10: "Law" ends a law's title ("the Capital Markets Law", "the Banking
# Law of Vietnam"), not a field of law's ("Common Law") nor a longer name's ("Harvard Law School"); v11: a
# bank may carry a known product's name ("Easypaisa Digital Bank"); v12: "Central Bank of" and "Reserve Bank
# of" a place name a central bank
# v13: a place's possessive before the words is not in the name ("Singapore's Government Technology Agency")
ORG_SUFFIX_EN = "org-suffix-en.v13"
TITLE_ZH = "title-zh.v5"  # v2: 《…办法》 is a guideline, not a law; v3: typed before a closing （试行）,
# （2022—2025年）; v4: an 意见 (opinions) is a guideline; v5: a title in quotation marks (「…指引」), and a
# version after it
PROJECT_NAME = "project-name.v1"
LATIN_IN_ZH = "latin-in-zh.v6"  # v2: typed by an English suffix word; v3: a model's name before 大模型;
# v4: typed by the kind of organisation before it (虚拟保险公司X); v5: by the noun after it (Synapse平台,
# DAML技术, Digital Asset公司), and where nothing types it, by the kind the document gives it elsewhere;
# v6: a bank, holding, technology or securities firm whose Chinese name holds a Latin word (三菱UFJ信託銀行,
# SBI控股) is named whole
QUOTED_NAME = "quoted-name.v8"  # v2: also a quoted name before its product noun; v3: a quoted name
# launched (推出「保险科技沙盒」), typed by its last word; v4: a product when that says no kind and the clause
# ends after it (推出“蚂蚁森林”，), a payment system when it ends in 支付通, 支付系统 or 清算系统; v5: a product
# when an account, wallet or app follows (推出「一卡通MONEY」电子支付账户); v6: also after 推出的, before the
# predicate that follows the name (中企云链推出的“云信”也在…); v7: also when a technology or model follows
# (推出“大山雀”卫星遥感信贷技术), not after a slogan (“数字化”); v8: after a chatbot, robot or mini-program
# (智能客服「玉山小i」)
APPOSITIVE_EN = "appositive-en.v5"  # v2: also after unit, subsidiary, arm, division; v3: app; v4: not
# after a capitalised noun; v5: payment system ("the instant payment system AFR")
DESCRIBED_EN = "described-name-en.v7"  # v2: arm, unit, subsidiary; "of" may follow; v3: e-wallet, tech
# company, fintech lender, payments firm, challenger bank; the name starts after a full stop; v4: payment
# system, association, agency, coin, token; "the government's …"; what it is for or how it came to be may
# follow the noun ("a blockchain platform on which …", "a payment system operated by …"); v5: a language
# model, an assistant or a chatbot is a product; v6: a technology firm is a technology company, a
# mobile-only, online or internet bank a digital bank; v7: a clearing house, a bank without branches; the
# noun may be followed by what it is ("an instant payment system available since 2012", "used by", "without")
REPEATED_NAME = "repeated-name.v2"  # v2: a company's first word alone ("Synapse") when no known name has it
DEFINED_NAME_EN = "defined-name-en.v1"
SLOT_NAME_EN = "relation-slot-name-en.v3"  # ingest.slot_names; v2: also the names listed with a known one;
# v3: a list may follow its trigger past "the" ("a joint venture between the X Group and Tyme")
KIND_LIST_EN = "kind-list-en.v1"  # ingest.slot_names: "lenders such as Lendingkart"
USED_TECHNOLOGY_ZH = "used-technology-zh.v1"
NAMED_PRODUCT_EN = "named-product-en.v1"
APPOSITIVE_ALIAS_EN = "appositive-alias-en.v1"
RULE_TITLE_EN = "rule-title-en.v1"
OWNER_ZH = "owner-zh.v1"
PLATFORM_ZH = "platform-zh.v3"  # a named platform by what it serves ("跨境金融区块链服务平台"); v2: not a
# platform for a kind of asset (虚拟资产交易平台); v3: an information platform, and a nationwide one of a
# named trade (全国车险信息平台)
LOCAL_ARM = "local-arm.v2"  # v2: a Latin name with its country after it ("Santander Brasil"); no sentence's
# full stop after a whole-word legal form

DEMONYM_PLACE = (
    "demonym-place.v1"  # "G+D, the German security technology company": the adjective names a place
)


# Immutable like the model's frozen dataclasses, but a NamedTuple: extraction makes one per candidate
# mention (tens of thousands per MB of text), and a frozen dataclass sets each field through
# object.__setattr__ (frozen-dataclass construction was 9% of extraction time in a sampling profile).
class Found(NamedTuple):
    """A mention before resolution; offsets are in the normalised text."""

    start: int
    end: int
    entity_type: EntityType
    extractor: str
    confidence: float
    lexicon_keys: tuple[str, ...] = ()
    name: str = ""  # discovered and learned mentions: the name as written

    @property
    def length(self) -> int:
        return self.end - self.start


# A national supervisor's local office, named by its place: "重庆银保监局", "上海证监局"
_LOCAL_OFFICES = ("银保监分局", "银保监局", "银监局", "证监局")
_ZH_SUFFIXES: tuple[tuple[str, EntityType], ...] = (
    ("股份有限公司", EntityType.COMPANY), ("有限责任公司", EntityType.COMPANY), ("有限公司", EntityType.COMPANY),
    ("监督管理委员会", EntityType.REGULATOR), ("监督管理局", EntityType.REGULATOR), ("监督管理总局", EntityType.REGULATOR),
    *((office, EntityType.SUPERVISORY_AUTHORITY) for office in _LOCAL_OFFICES),
    ("金融管理局", EntityType.REGULATOR), ("监管局", EntityType.REGULATOR), ("管理局", EntityType.GOVERNMENT_BODY),
    ("委员会", EntityType.GOVERNMENT_BODY), ("银行", EntityType.BANK), ("集团", EntityType.COMPANY),
    ("科技", EntityType.TECHNOLOGY_COMPANY), ("数科", EntityType.FINTECH_COMPANY), ("协会", EntityType.INDUSTRY_BODY), ("联合会", EntityType.INDUSTRY_BODY),
    ("联盟", EntityType.INDUSTRY_BODY), ("公会", EntityType.INDUSTRY_BODY), ("研究院", EntityType.RESEARCH_ORGANIZATION),
    ("研究所", EntityType.RESEARCH_ORGANIZATION), ("研究中心", EntityType.RESEARCH_ORGANIZATION),
    # a payment clearing centre: "中国人民银行清算总中心", "深圳金融电子结算中心" (not any 中心: 数据中心 is a building)
    ("清算总中心", EntityType.PAYMENT_INSTITUTION), ("清算中心", EntityType.PAYMENT_INSTITUTION),
    ("结算中心", EntityType.PAYMENT_INSTITUTION),
    # a province's federation of rural credit cooperatives: "浙江省农村信用社联合社", "XX县农村信用联社"
    ("信用社联合社", EntityType.FINANCIAL_INSTITUTION), ("信用联社", EntityType.FINANCIAL_INSTITUTION),
    ("大学", EntityType.RESEARCH_ORGANIZATION), ("交易所", EntityType.EXCHANGE), ("人寿", EntityType.INSURANCE_COMPANY),
    ("保险", EntityType.INSURANCE_COMPANY),
    ("证券", EntityType.FINANCIAL_INSTITUTION), ("基金", EntityType.ASSET_MANAGER), ("支付", EntityType.PAYMENT_INSTITUTION),
    # a pilot of innovation or supervision is a sandbox: "资本市场金融科技创新试点" (a bare 试点 is any trial)
    ("创新试点", EntityType.REGULATORY_SANDBOX), ("监管试点", EntityType.REGULATORY_SANDBOX),
    ("分行", EntityType.BANK), ("支行", EntityType.BANK), ("政府", EntityType.GOVERNMENT_BODY),
    ("公司", EntityType.COMPANY),  # last: "XX有限公司" and "XX支付公司" say more
)  # fmt: skip
_ZH_SUFFIX_KINDS = dict(_ZH_SUFFIXES)  # a suffix word alone: the kind it says
# A branch or local government carries its parent's or place's name: "中国银行澳门分行", "澳门特区政府";
# so does a group's digital-finance arm, a company of its own: "小米数科", "苏宁数科".
# The legal forms a registered Chinese company name ends in.
LEGAL_FORMS = ("股份有限公司", "有限责任公司", "有限公司")
# English legal forms, as the matching text writes them: the full stop of an abbreviation ("Ltd.") is
# the form's, not a sentence's full stop after a whole word ("... Limited.")
LEGAL_FORMS_EN = r"(?:(?:company limited|limited|corporation|plc)\b|(?:co\.,? ltd|ltd|inc)\b\.?)"


def without_legal_form(name: str) -> str:
    """A registered name before its legal form ("富邦银行" of "富邦银行股份有限公司"); "" when it ends in
    none, or is nothing but one."""
    form = next((f for f in LEGAL_FORMS if name.endswith(f)), "")
    return name[: -len(form)] if form else ""


_KEEPS_KNOWN_PREFIX = ("分行", "支行", "政府", "数科", *LEGAL_FORMS)
# A body's name may begin with its place ("澳门金融科技协会", "深圳市金融科技研究院"): a jurisdiction
# there stays in the name. Not before a trade noun, where the place only qualifies an industry
# ("香港银行业", "香港保险市场").
_PLACE_LEADS = (
    "协会",
    "公会",
    "联合会",
    "联盟",
    "研究院",
    "研究所",
    "研究中心",
    "委员会",
    "管理局",
    "监管局",
    *_LOCAL_OFFICES,
    "金融管理局",
    "交易所",
    "清算总中心",
    "清算中心",
    "结算中心",
    "信用社联合社",
    "信用联社",
)
# A city's or province's bank or group carries its name ("成都银行", "深圳农商银行", "北京金融控股集团"); a
# country's does not ("英国银行" are British banks). Neither does the trade: "苏州银行业", "四川银行卡用户",
# "银行保险机构" (a name may go on past it to a suffix of its own: "中国银行保险信息技术管理有限公司").
_BANKING_TRADE = re.compile(
    r"业|间|体系|卡|账户|帐户|户口|存款|贷款|机构|网点|同业|客户|理财|信贷|资产|股|家|类|保险"
)
# "金融科技" + "协会": a body named after its field; the first suffix found is not the name's end.
# "金融科技" + "同业公会", "产业联盟": the trade words a body's suffix may follow.
_BODY_AFTER = re.compile(
    "(?:商业同业|同业|产业|行业|商业)?(?:" + "|".join(sorted(_PLACE_LEADS, key=len, reverse=True)) + ")"
)
# "中国银行" + "澳门分行": a branch continues the bank's name.
_BRANCH_TAIL = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:分行|支行)")
# Legal-form suffixes that may follow a shorter suffix: "交银金融科技" + "有限公司".
_TRAILING_FORM = re.compile("(?:" + "|".join(LEGAL_FORMS) + "|集团|公司)")
# A registered name runs on to its legal form past words that are no suffix: "中国证券" + "登记结算" +
# "有限责任公司", "蚂蚁科技集团" + "股份有限公司" (words with a stop among them are another name's).
_LEGAL_FORM_AFTER = re.compile(r"([\u4e00-\u9fff]{0,6}?)(?:" + "|".join(LEGAL_FORMS) + ")")
# After a suffix, the words that make it a kind of business, not a name's end: "银行业务", "科技服务平台"
_KIND_FOLLOWS = r"(?![\u4e00-\u9fff]{0,1}(?:业务|服务|产品|平台|系统|部门|领域|行业))"
_ZH_SUFFIX_RE = re.compile(
    # "连通(杭州)技术服务有限公司", "万事网联信息技术(北京)有限公司": a place in brackets inside the name
    r"[\u4e00-\u9fff]{2,12}?(?:\([\u4e00-\u9fff]{2,4}\)[\u4e00-\u9fff]{0,10}?)?(?:"
    + "|".join(re.escape(s) for s, _ in _ZH_SUFFIXES)
    + r")"
    + _KIND_FOLLOWS
    + r"(?!机构|创新|应用|型)"  # "支付机构": the kind; "证券型代币", "科技型企业": a type of thing
)
# Words after which a name cannot continue leftwards: verbs, prepositions, measure words, modifiers.
_ZH_STOPS = (
    "宣布", "表示", "指出", "认为", "称", "联合", "携手", "推出", "发布", "启动", "参与", "加入", "成立", "设立", "获得",
    "通过", "旗下", "包括", "以及", "其中", "此外", "同时", "已经", "正在", "如何", "作为", "成为", "牵头", "主导", "合作",
    "与", "和", "及", "的", "在", "由", "向", "对", "为", "是", "了", "将", "把", "被", "同", "跟", "于", "从", "以", "等",
    "并", "其", "该", "本", "各", "这", "那", "已", "也", "还", "均", "或", "给", "让", "使", "据", "至", "到", "后", "前",
    "提出", "负责", "要求", "推动", "发展", "支持", "鼓励", "加快", "促进", "帮助", "允许", "开源", "开展", "发出", "发放",
    "颁发", "授予", "批准", "运用", "采用", "利用", "使用", "加大", "加强", "提升", "推进", "投入", "布局", "改善", "改进", "优化", "完善", "便利",
    "进行", "探索", "核准", "核发", "许可", "走进", "走向", "进入", "接入", "拥有", "全资", "收购", "持有", "入股", "业者",
    "提醒", "提示", "交予", "交给", "交由", "开立", "开设", "登入", "登录", "遵守", "签署", "连接", "展开", "上线",
    "实施", "就", "规管", "扫描", "运营", "取得",
    # "只有银行可以发行": only, not a name's first word
    "只有", "仅有", "唯有",
    # adverbs of time that end past a stop ("后来X银行" is no "来X银行")
    "后来", "以来", "近来", "原来", "历来", "向来", "从来", "本来", "试行",
    # and of years: "去年X银行推出…"
    "今年", "去年", "明年", "同年", "当年", "近年", "前年",
)  # fmt: skip
# Words of names that hold a one-character stop ("数据" holds 据, "前海" 前, "对外" 对): no stop there.
_ZH_WORDS_WITH_STOPS = frozenset(
    {"数据", "依据", "前海", "对外", "以太", "同花", "同业", "票据", "单据", "在线", "资本", "日本", "将来", "成就",
     "就业"}
)  # fmt: skip
# The last words of names that open with a stop: "浙江农村商业联合银行" is a united bank, not one that
# joins another ("A联合B银行推出").
_ZH_HEADS_WITH_STOPS = frozenset({"联合银行"})
# What follows a number in a date: "2023年", "6月", "18日".
_DATE_UNITS = frozenset("年月日号")
# Every occurrence of every stop, overlapping ones too (a lookahead finds them at each position).
_ZH_STOP_RE = re.compile("(?=(" + "|".join(sorted(map(re.escape, _ZH_STOPS), key=len, reverse=True)) + "))")
# "八家虚拟银行", "首家互联网银行": a count of institutions is no part of a name.
_ZH_COUNTED = re.compile(r"[一二两三四五六七八九十百几多首数\d]+家")
_ZH_GENERIC_PREFIXES = frozenset(
    [
        "多家",
        "各大",
        "商业",
        "数字",
        "数码",
        "传统",
        "大型",
        "国有",
        "中小",
        "外资",
        "民营",
        "部分",
        "主要",
        "相关",
        "有关",
        "国内",
        "国际",
        "全球",
        "地方",
        "农村",
        "城市",
        "股份制",
        "金融",
        "中央",
        "央行",
        "监管",
        "政府",
        "一家",
        "这家",
        "该家",
        "其他",
        "其它",
        "境外",
        "境内",
        "海外",
        "头部",
        "新型",
        "虚拟",
        "互联网",
        "网络",
        "纯网路",  # Taiwan's 純網路銀行, an internet-only bank
        "网路",  # Taiwan's 網路銀行 and 數位支付: the 网络 and 数字 of Traditional-script writers
        "数位",
        "纯网络",
        "手机",  # 手机银行, 网上银行, 电子银行: a channel, not a bank
        "网上",
        "电子",
        "持牌",
        "银行",
        "本地",
        "当地",
        "两家",
        "三家",
        "若干",
        "所有",
        "大中型",
        "中资",
        "中外资",  # who owns a bank, not its name: 中外资银行, 港资银行, 台资银行
        "港资",
        "台资",
        "全国",
        # before 公司: kinds of company, not names ("上市公司", "科技公司", "一家支付公司")
        "上市",
        "科技",
        "支付",
        "保险",
        "证券",
        "投资",
        "咨询",
        "平台",
        "初创",
        "创业",
        "外国",
        "各家",
        "信托",
        "控股",
        "储值",  # 储值支付工具, stored-value facilities
        "基金",  # 基金公司, 期货公司, 理财公司, 资管公司: the trades of the securities and wealth industry
        "期货",
        "理财",
        "资管",
        "创新",  # 创新监管试点: a kind of pilot
        # a company's tie to another, not its name ("其关联公司", "一家合资公司")
        "关联",
        "合资",
        "合营",
        "联营",
        "附属",
        "参股",
        "独资",
        "公股",  # Taiwan's state-owned ("公股银行")
        "官股",
        "公营",
        "零售",
        "批发",
        "消费",  # 消费金融公司: a licensed trade, consumer finance
        # how many, not which: "不少銀行已使用AI", "许多银行"
        "不少",
        "许多",
        "很多",
        "众多",
        "诸多",
        "一些",
        "多数",
        "大多",
        "少数",
        "个别",
        "这些",
        "那些",
    ]
)
# Qualifiers that make a kind, not a name, of what follows ("跨境支付", "第三方支付", "移动支付").
_ZH_GENERIC_LEADS = ("某", "跨", "第三方", "移动", "线上", "线下", "电子", "小额", "实时", "即时", "便民",
                     "获授权", "获批", "获准", "持牌", "零售", "批发", "更多", "其他", "其它")  # fmt: skip
# Kinds of insurance, not insurers: "宠物保险", "医疗保险", "不构成任何保险".
_INSURANCE_KINDS = (
    "宠物", "医疗", "健康", "财产", "汽车", "车辆", "旅游", "旅行", "意外", "存款", "社会", "养老", "失业", "工伤",
    "人身", "商业", "重疾", "责任", "信用", "网络", "互联网", "农业", "货运", "航运", "任何", "各类", "各种", "相关",
    "医保", "寿", "产", "财", "车",
)  # fmt: skip
_EN_SUFFIX_WORD = (
    r"(?:bank|group|authority|commission|agency|association|institute|exchange|council|"
    r"foundation|holdings|corporation|technologies|labs|inc\.?|ltd\.?|limited|plc|fintech|act|directive|ordinance|centre|center|"
    r"regulations?|bill|law|uab|gmbh)"
)
# Legal forms that close a name and say nothing of its kind: "Revolut Bank UAB" is a bank.
_EN_LEGAL_FORM_WORDS = frozenset({"inc", "ltd", "limited", "plc", "uab", "gmbh"})
_TITLE_YEAR = re.compile(r",? (?:19|20)\d\d\b(?![,.]?\d)")
# The suffix may be a chain ("Fintech Association", "Holdings Limited"): its last word types the name.
_EN_SUFFIX = re.compile(rf"\b((?:[a-z][\w&'.-]*\s){{1,5}}?)({_EN_SUFFIX_WORD}(?:\s{_EN_SUFFIX_WORD})*)\b")
# What _EN_SUFFIX finds, found from the suffix: tried at every word start, the pattern read up to five
# words ahead for a suffix (12% of name discovery's time); see en_suffix_matches.
_EN_SUFFIX_AT = re.compile(rf"\s(?={_EN_SUFFIX_WORD})")
_EN_SUFFIX_CHAIN = re.compile(rf"{_EN_SUFFIX_WORD}(?:\s{_EN_SUFFIX_WORD})*\b")
_EN_NAME_WORDS = re.compile(r"\b(?:[a-z][\w&'.-]*\s){1,5}\Z")
_SPACE = re.compile(r"\s")
# Five words and their spaces fit in this many characters but for the rare long word (then the
# search goes back further): the span the words before a suffix are looked for in.
_NAME_WINDOW = 120
# Bodies and laws that carry their place first ("Kenya Fintech Association") or last after "of" ("the
# Banking Law of Vietnam"); a company's place is rarely its name.
_EN_PLACE_LEADS = frozenset(
    {"bank", "authority", "commission", "agency", "association", "institute", "exchange", "council", "law"}
)
# Suffixes of a company's unit, which may carry the known name of the company: "Paytm Payments Bank",
# "SBI Digital Asset Holdings", "PBoC Digital Currency Research Institute".
_EN_KEEPS_KNOWN_PREFIX = frozenset(
    {
        "bank",
        "group",
        "holdings",
        "labs",
        "technologies",
        "corporation",
        "institute",
    }
    | _EN_LEGAL_FORM_WORDS
)
# A capitalised "The" after a word or a comma, not a sentence's first word, right before a name
_THE_BEFORE = re.compile(r"[\w,] The $")
_AND_TRUST = re.compile(r" (?:&|and) trust(?: company)?\b")
_EN_SMALL = frozenset({"of", "and", "for", "the", "&", "de", "du", "des", "la", "le", "van", "von"})
_ARTICLES = frozenset({"the", "a", "an"})
_COORDINATED = re.compile(r"(?:,| and| or| &) $")
_EN_LEADING_NOISE = frozenset(
    {
        "the",
        "a",
        "an",
        "its",
        "their",
        "our",
        "this",
        "that",
        "and",
        "with",
        "by",
        "from",
        "at",
        "for",
        "of",
        "in",
        "on",
        "to",
    }
)
_CENTRAL_BANK_WORDS = (["central", "bank"], ["reserve", "bank"], ["central", "reserve", "bank"])
_EN_SUFFIX_TYPES = {
    "bank": EntityType.BANK, "authority": EntityType.REGULATOR, "commission": EntityType.REGULATOR,
    "agency": EntityType.GOVERNMENT_BODY, "association": EntityType.INDUSTRY_BODY, "council": EntityType.INDUSTRY_BODY,
    "institute": EntityType.RESEARCH_ORGANIZATION, "exchange": EntityType.EXCHANGE,
    "foundation": EntityType.ORGANIZATION, "centre": EntityType.ORGANIZATION, "center": EntityType.ORGANIZATION,
    "act": EntityType.LAW, "directive": EntityType.LAW,
    "ordinance": EntityType.LAW, "regulation": EntityType.LAW, "regulations": EntityType.LAW,
    "bill": EntityType.LAW, "law": EntityType.LAW,
}  # fmt: skip
# "Common Law", "Case Law", "Tax Law": a field of law, not a law ("the Capital Markets Law" is one).
_FIELDS_OF_LAW = frozenset(
    {"common", "case", "civil", "criminal", "international", "martial", "islamic", "constitutional",
     "administrative", "contract", "tax", "labour", "labor", "property", "commercial", "corporate",
     "business", "public", "private", "soft", "european", "eu", "english"}
)  # fmt: skip
# A name right after the noun that says what it is: "the payments start-up Ziina", "digital lender Tala".
_APPOSITIVE = re.compile(
    r"\b(start-?ups?|fintechs?|neobanks?|insurtechs?|lenders?|firms?|compan(?:y|ies)|e-wallets?|wallets?|insurers?"
    r"|units?|subsidiar(?:y|ies)|arms?|divisions?|apps?|payments? systems?)"
    r"\s+(?:called\s+|named\s+)?([a-z][\w-]*(?:\s[a-z][\w-]*){0,2})"
)
_APPOSITIVE_TYPES = {
    "start-up": EntityType.FINTECH_COMPANY, "startup": EntityType.FINTECH_COMPANY,
    "fintech": EntityType.FINTECH_COMPANY, "neobank": EntityType.DIGITAL_BANK, "insurtech": EntityType.FINTECH_COMPANY,
    "lender": EntityType.FINANCIAL_INSTITUTION, "firm": EntityType.COMPANY, "company": EntityType.COMPANY,
    "e-wallet": EntityType.PRODUCT, "wallet": EntityType.PRODUCT,
    "insurer": EntityType.INSURANCE_COMPANY, "unit": EntityType.COMPANY, "subsidiary": EntityType.COMPANY,
    "subsidiarie": EntityType.COMPANY, "arm": EntityType.COMPANY, "division": EntityType.COMPANY,
    "app": EntityType.PRODUCT, "payment system": EntityType.PAYMENT_SYSTEM,
    "payments system": EntityType.PAYMENT_SYSTEM,
}  # fmt: skip
# A name the words after it describe: "Safaricom, Kenya's largest mobile operator", "Progmat, a Japanese
# security token platform", "Tyme, the digital bank". The noun ends the description (at most four words
# before it), and its kind types the name.
# (Also the heads of the descriptions that refer back to a name: "the regulator", ingest.references.)
KIND_NOUNS: dict[str, EntityType] = {
    "central bank": EntityType.CENTRAL_BANK, "digital bank": EntityType.DIGITAL_BANK,
    "virtual bank": EntityType.DIGITAL_BANK, "neobank": EntityType.DIGITAL_BANK, "bank": EntityType.BANK,
    "lender": EntityType.FINANCIAL_INSTITUTION, "insurer": EntityType.INSURANCE_COMPANY,
    "start-up": EntityType.FINTECH_COMPANY, "startup": EntityType.FINTECH_COMPANY,
    "fintech": EntityType.FINTECH_COMPANY, "fintech company": EntityType.FINTECH_COMPANY,
    "payments company": EntityType.PAYMENT_INSTITUTION, "payment company": EntityType.PAYMENT_INSTITUTION,
    "payments provider": EntityType.PAYMENT_INSTITUTION, "payment provider": EntityType.PAYMENT_INSTITUTION,
    "payment processor": EntityType.PAYMENT_INSTITUTION, "regulator": EntityType.REGULATOR,
    "watchdog": EntityType.REGULATOR, "exchange": EntityType.EXCHANGE, "asset manager": EntityType.ASSET_MANAGER,
    "operator": EntityType.COMPANY, "company": EntityType.COMPANY, "firm": EntityType.COMPANY,
    "conglomerate": EntityType.COMPANY, "group": EntityType.COMPANY, "platform": EntityType.PRODUCT,
    "service": EntityType.PRODUCT, "wallet": EntityType.PRODUCT, "app": EntityType.PRODUCT,
    # "Ascend Money, the fintech arm of Charoen Pokphand Group"
    "fintech arm": EntityType.FINTECH_COMPANY, "arm": EntityType.COMPANY, "unit": EntityType.COMPANY,
    "subsidiary": EntityType.COMPANY, "e-wallet": EntityType.PRODUCT, "challenger bank": EntityType.DIGITAL_BANK,
    "fintech lender": EntityType.FINTECH_COMPANY, "fintech firm": EntityType.FINTECH_COMPANY,
    "payments firm": EntityType.PAYMENT_INSTITUTION, "payment firm": EntityType.PAYMENT_INSTITUTION,
    "tech company": EntityType.TECHNOLOGY_COMPANY, "technology company": EntityType.TECHNOLOGY_COMPANY,
    "tech giant": EntityType.TECHNOLOGY_COMPANY, "tech firm": EntityType.TECHNOLOGY_COMPANY,
    "technology firm": EntityType.TECHNOLOGY_COMPANY,
    # "Pepper, a mobile-only bank": a bank with no branches is a digital bank
    "mobile-only bank": EntityType.DIGITAL_BANK, "digital-only bank": EntityType.DIGITAL_BANK,
    "online bank": EntityType.DIGITAL_BANK, "online-only bank": EntityType.DIGITAL_BANK,
    "internet bank": EntityType.DIGITAL_BANK, "branchless bank": EntityType.DIGITAL_BANK,
    "app-only bank": EntityType.DIGITAL_BANK, "mobile bank": EntityType.DIGITAL_BANK,
    "payment system": EntityType.PAYMENT_SYSTEM, "payments system": EntityType.PAYMENT_SYSTEM,
    "clearing house": EntityType.FINANCIAL_INSTITUTION, "clearinghouse": EntityType.FINANCIAL_INSTITUTION,
    "bank without branches": EntityType.DIGITAL_BANK, "bank with no branches": EntityType.DIGITAL_BANK,
    "association": EntityType.INDUSTRY_BODY, "industry body": EntityType.INDUSTRY_BODY,
    "agency": EntityType.GOVERNMENT_BODY, "rating agency": EntityType.COMPANY,
    "coin": EntityType.PRODUCT, "token": EntityType.PRODUCT,
    # "ILMU, a large language model", "Ryt AI, an assistant": a named model or assistant is a product
    "language model": EntityType.PRODUCT, "assistant": EntityType.PRODUCT, "chatbot": EntityType.PRODUCT,
}  # fmt: skip
# Found from the comma (a literal the scan skips to), the name then read back from it.
_DESCRIBED = re.compile(
    r", (?:an? |(?:the )?[a-z]+'s |the )(?:[a-z][\w-]* ){0,4}?("
    + "|".join(sorted(map(re.escape, KIND_NOUNS), key=len, reverse=True))
    # The noun ends the description: "Jane Doe, the company's chief executive" and "John Smith, a bank
    # official" describe a person by the company or bank.
    + r")(?=\s*[,.;:)!?]|\s*$| (?:based|headquartered|founded|that|which|backed|owned|run|in|from|with|and|of"
    # what it is for or how it came to be: "a blockchain platform on which …", "a payment system operated by"
    + r"|on|where|for|operated|recorded|built|launched|created|developed|issued"
    # "Express Elixir, an instant payment system available since 2012", "a bank without branches"
    + r"|available|used|known|linking|connecting|serving|offering|providing|designed|since|without)\b)"
)
# A word that ends a sentence: a full stop after a word with no other stop in it ("VietQR."), not an
# abbreviation ("Co.", "J.P.").
_ENDS_SENTENCE = re.compile(r"^[^.]{4,}\.$")
_DESCRIBED_NAME = re.compile(r"(?<![\w&.-])[a-z][\w&.-]*(?: [a-z][\w&.-]*){0,3}$")
# Capitalised words that open a sentence and then a description without naming anything.
_NOT_DESCRIBED = frozenset(
    {"however", "meanwhile", "moreover", "furthermore", "additionally", "separately", "similarly",
     "instead", "still", "today", "yesterday", "now", "then", "also", "finally", "first", "second",
     "third", "last", "next", "earlier", "later", "recently", "currently", "notably", "indeed",
     "besides", "likewise", "overall", "specifically", "here", "there", "there's", "it", "this", "these",
     "those", "he", "she", "they", "we", "you", "its", "their", "our", "such", "as", "like", "unlike"}
)  # fmt: skip
# Capitalised words that follow such a noun without being a name.
_NOT_NAMES = frozenset(
    [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "i",
        "in",
        "on",
        "at",
        "of",
        "for",
        "from",
        "with",
        "and",
        "or",
        "but",
        "the",
        "a",
        "an",
        "this",
        "that",
        "which",
        "who",
        "said",
        "says",
        "has",
        "have",
        "had",
        "is",
        "was",
        "were",
        "are",
        "will",
        "would",
        "could",
        "should",
        "might",
    ]
)
# A title in 《》, or in quotation marks (the way Hong Kong and Taiwan write titles: 「金融資安行動方案2.0」);
# a quoted one is typed by its ending like any title, and is no title without such an ending.
_TITLE = re.compile(r"《([^《》\n]{2,40})》|[「“]([^「」“”\n]{4,40})[」”]")
# What a title may end with after the word that says what it is: "（试行）", "（2022—2025年）", "(2024年版)",
# a version ("2.0").
_TITLE_QUALIFIER = re.compile(r"\s*(?:\([^()]{1,16}\)|\d{1,2}\.\d)$")
# A technology named where it is used: "利用卫星遥感技术", "采用了多方安全计算技术". What stands between the
# verb and 技术 is the name unless it only says what kind of technology ("相关技术", "先进技术").
_USED_TECHNOLOGY = re.compile(
    r"(?:采用|运用|利用|应用|借助|依托|基于|引入|部署)了?([\u4e00-\u9fff]{2,8}?)技术"
)
_GENERIC_TECHNOLOGY = re.compile(
    r"^(?:相关|新|新型|新兴|先进|前沿|核心|关键|现代|多种|各种|多项|多类|这些|这一|该|此类|成熟|创新|自主|底层|科技|"
    r"金融|信息|数字|智能|技术|新一代|领先|最新|最先进|传统|不同|各类|其|此)"
)
_NOT_IN_TECHNOLOGY = re.compile(r"[的和与及等或在为对将了]")
_PROJECT = re.compile(r"\bproject ([a-z][a-z0-9-]{2,20})\b")
# A quoted name right after a product noun is a product (框架“隐语”); before 计划/项目 a project.
_PRODUCT_NOUN = r"(?:框架|平台|系统|产品|工具|模型|应用|助手|钱包|客服|机器人|小程序|app)"
_QUOTED_PRODUCT = re.compile(_PRODUCT_NOUN + r"\s*[“\"「『]([^”\"」』\n]{2,16})[”\"」』]")
_QUOTED_PROJECT = re.compile(r"[“\"「『]([^”\"」』\n]{2,16})[”\"」』](?:计划|项目|工程|行动)")
# ... or before it: 推出了“大山雀”系统
_QUOTED_BEFORE_PRODUCT = re.compile(r"[“\"「『]([^”\"」』\n]{2,16})[”\"」』]\s*" + _PRODUCT_NOUN)
# A quoted name right after a verb of launching, typed by its own last word: 推出「保险科技沙盒」,
# 设立「快速通道」, 开通“跨境理财通”. Untyped ones are left alone (a slogan is quoted the same way).
_QUOTED_LAUNCHED = re.compile(
    r"(?:推出|设立|启动|开通|成立|实施|建立)[了的]?\s*[“\"「『]([^”\"」』\n]{2,16})[”\"」』]"
)
# After a launched name: the clause ends, or its predicate begins ("中企云链推出的“云信”也在…使用").
_CLAUSE_ENDS = re.compile(r"[，,。；;、！？]|\s*$|(?:也|已|还|则|是|将|目前|正在|于|被|可以)")
# ... and what is launched and then said to be an account, wallet, app, model or technology of some
# kind is a product: 推出「一卡通MONEY」电子支付账户, 推出“小荷包”数字钱包, 推出“大山雀”卫星遥感信贷技术
# (not 推出“一站式”服务 nor 推出“数字化”技术, slogans; see _SLOGAN_ENDS)
_LAUNCHED_AS_PRODUCT = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:账户|帐户|钱包|app|应用程序|技术|大模型|模型)")
_SLOGAN_ENDS = ("式", "化", "型", "性")
_QUOTED_KINDS: tuple[tuple[tuple[str, ...], EntityType], ...] = (
    (("沙盒", "沙箱", "试点"), EntityType.REGULATORY_SANDBOX),
    (("计划", "项目"), EntityType.PROJECT),
    (("支付通", "支付系统", "清算系统"), EntityType.PAYMENT_SYSTEM),
    (("通道", "机制"), EntityType.PROGRAMME),  # not any 通: 八达通 and 财付通 are companies
)
# A Latin name after the kind of organisation it is: "虚拟保险公司OneDegree Hong Kong", "虚拟银行Mox".
_KIND_BEFORE_LATIN: tuple[tuple[re.Pattern[str], EntityType], ...] = (
    (re.compile(r"(?:虚拟|数字|互联网|纯网络)银行\s*$"), EntityType.DIGITAL_BANK),
    (re.compile(r"保险公司\s*$"), EntityType.INSURANCE_COMPANY),
    (re.compile(r"金融科技(?:公司|企业)\s*$"), EntityType.FINTECH_COMPANY),
    (re.compile(r"(?:支付|电子钱包)(?:公司|机构)\s*$"), EntityType.PAYMENT_INSTITUTION),
)
_MODEL_NOUN = re.compile(r"\s?(?:大语言模型|大模型|模型)")
_TECHNOLOGY_NOUN = re.compile(r"\s?技术")
_COMPANY_WORDS = ("公司", "集团")
_COMPANY_NOUN = re.compile(r"\s?(?:" + "|".join(_COMPANY_WORDS) + ")")
_AFTER_PRODUCT_NOUN = re.compile(_PRODUCT_NOUN + r"\s*$")
_BEFORE_PRODUCT_NOUN = re.compile(r"\s*" + _PRODUCT_NOUN)
# An English name before the product noun it names: "its Orion platform", "the new Kinexys network".
_NAMED_PRODUCT_EN = re.compile(
    r"\b(?:its|their|the|a|an|new)\s+([a-z][\w+-]*(?:\s[a-z][\w+-]*){0,2})\s+"
    r"(?:platform|app|wallet|service|network|token|stablecoin)s?\b"
)
# The title of a rule book, after a determiner: "its Guidelines on Digital Lending", "the Master Direction
# on KYC", "the Framework for Regulatory Sandbox". The words after on/for are cut to their capitalised run.
_RULE_TITLE_EN = re.compile(
    r"\b(?:the|its|their|new)\s+((?:master\s+)?(?:guidelines|guidance|rules|measures|directions?|framework)"
    r"\s+(?:on|for)\s+(?:the\s+)?)([a-z][\w-]*(?:\s+[a-z&][\w-]*){0,5})"
)
_LATIN_RUN = re.compile(r"[a-z][a-z0-9&.+-]*(?: [a-z][a-z0-9&.+-]*){0,3}")
# The suffixes that end a Chinese name holding a Latin word, a trade word at most between ("信托" in
# "三菱UFJ信托银行", "数字" in "OSL数字证券"). Not 公司 or 集团 ("Circle公司" is Circle), nor 支付, 基金 or
# 保险, which after an acronym are kinds ("FPS支付", "ESG基金").
_LATIN_LED_SUFFIX = re.compile(r"[\u4e00-\u9fff]{0,2}?(?P<suffix>银行|控股|科技|证券|数科)" + _KIND_FOLLOWS)
_LATIN_STOP = frozenset(
    [
        "app",
        "apps",
        "api",
        "ai",
        "ceo",
        "cfo",
        "cto",
        "ipo",
        "esg",
        "app",
        "store",
        "the",
        "and",
        "of",
        "pos",
        "qr",
        "qr",
        "code",
        "ok",
        "id",
        "pdf",
        "html",
        "h5",
        "b2b",
        "b2c",
        "c2c",
        "p2p",
        "o2o",
        "kyc",
        "aml",
        "cft",
        "faq",
        "pc",
        "mou",
        "fintech",
        "regtech",
        "suptech",
        "insurtech",
        "wealthtech",
        "gdp",
        "cpi",
        "usd",
        "rmb",
        "hkd",
        "sgd",
        "eur",
        "cny",
        "usdt",
    ]
)
_ABBREVIATION = re.compile(r"\(([a-z][a-z0-9&-]{1,9})\)")
_ABBREVIATION_OCCURRENCE = r"(?<![a-z0-9]){}(?![a-z0-9])"


def _written(source: str, text: NormalizedText, start: int, end: int) -> str:
    s, e = text.source_span(start, end)
    written = source[s:e]
    return "".join(written.split()) if HAN.search(written) else " ".join(written.split())


def _capitalised(word: str) -> bool:
    """Written as a name's word is: "Ziina", "M-Pesa", and "eCedi" or "iPhone" too."""
    return word[0].isupper() or (len(word) > 1 and word[1].isupper())


def _word_bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    first, last = text[start], text[end - 1]
    if last == "部" and after == "门":
        return False  # "公安部门" are any public security departments, not 公安部 (a ministry's 部)
    ok_before = not (first.isascii() and first.isalnum() and before.isascii() and before.isalnum())
    ok_after = not (last.isascii() and last.isalnum() and after.isascii() and after.isalnum())
    return ok_before and ok_after


def _standing_names(lexicon: Lexicon, text: NormalizedText, source: str) -> Iterator[Found]:
    """The lexicon's names in the matching text, overlapping ones too, that stand as names: bounded
    as words, and written as a case-strict name requires; a name that holds only where its place is
    spoken of, when the document names that place or a body of it."""
    t = text.text
    in_place_only: list[tuple[int, int, Surface]] = []
    places: set[str] = set()
    for at, stop, surface in lexicon.find(t):
        if not _word_bounded(t, at, stop):
            continue
        keys = surface.keys
        if surface.written_forms:
            s, e = text.source_span(at, stop)
            written = unicodedata.normalize("NFKC", source[s:e])
            if written not in surface.written_forms:
                continue
            keys = surface.keys_written_as(written)
        elif surface.needs_capital:
            s, e = text.source_span(at, stop)
            if source[s:e].islower():
                continue  # "a national trust bank charter" names no "Trust Bank"
        if surface.needs_place or surface.keys_in_place_only:
            in_place_only.append((at, stop, surface))  # decided once the places it may need are known
            continue
        entry = lexicon.entries[keys[0]]
        if len(keys) == 1:
            places.add(entry.jurisdiction_key)
        yield Found(at, stop, entry.type, GAZETTEER, 1.0 if len(keys) == 1 else 0.8, keys)
    for at, stop, surface in in_place_only:
        keys = tuple(
            k
            for k in surface.keys
            if (not surface.needs_place and k not in surface.keys_in_place_only)
            or lexicon.entries[k].jurisdiction_key in places
        )
        if keys:
            entry = lexicon.entries[keys[0]]
            yield Found(at, stop, entry.type, GAZETTEER, 1.0 if len(keys) == 1 else 0.8, keys)


class LexiconNames:
    """The lexicon's names in one document, overlapping ones too, found in one pass and then asked of
    any stretch of it: an organisation's name is searched for the place and the owner it names, and
    a document names hundreds."""

    def __init__(self, lexicon: Lexicon, text: NormalizedText, source: str) -> None:
        self.lexicon = lexicon
        self._text = text.text
        # by start; of one start, in the automaton's order (by end): _with_own_place reads them so
        self._names = sorted(_standing_names(lexicon, text, source), key=lambda f: f.start)
        self._starts = [f.start for f in self._names]

    def within(self, start: int, end: int) -> list[Found]:
        """The names that lie inside ``text[start:end]``, a known place joined to the name right after
        it (see _with_own_place)."""
        first, last = bisect_left(self._starts, start), bisect_left(self._starts, end)
        inside = [f for f in self._names[first:last] if f.end <= end]
        return _with_own_place(self.lexicon, self._text, inside)

    def everywhere(self) -> list[Found]:
        return self.within(0, len(self._text))


def _with_own_place(lexicon: Lexicon, t: str, found: list[Found]) -> list[Found]:
    """ "香港创新科技及工业局", "澳门金管局": a Chinese name written right after the place it belongs to
    carries the place, as written, and the place picks the body a shared short name means."""
    kept: list[Found] = []
    for f in sorted(found, key=lambda f: f.start):
        place = kept[-1] if kept else None
        if (
            place is not None
            and place.end == f.start
            and place.entity_type == EntityType.JURISDICTION
            and f.entity_type != EntityType.JURISDICTION
            and is_cjk(t[place.end - 1])
            and is_cjk(t[f.start])
        ):
            own = [k for k in f.lexicon_keys if lexicon.entries[k].jurisdiction_key == place.lexicon_keys[0]]
            if own:
                others = [k for k in f.lexicon_keys if k not in own]
                confidence = 1.0 if len(own) == 1 else f.confidence
                entity_type = lexicon.entries[own[0]].type
                kept[-1] = Found(place.start, f.end, entity_type, GAZETTEER, confidence, (*own, *others))
                continue
        kept.append(f)
    return kept


def _trim_zh(candidate: str, suffix_length: int = 2) -> str:
    """The candidate from just after its last stop word (one that ends before its suffix, the last
    ``suffix_length`` characters)."""
    limit = len(candidate) - suffix_length
    cut = 0
    for match in _ZH_STOP_RE.finditer(candidate):
        at, stop_end = match.start(), match.start() + len(match.group(1))
        if candidate[at:] in _ZH_HEADS_WITH_STOPS:
            continue
        if stop_end - at == 1 and (
            candidate[max(at - 1, 0) : at + 1] in _ZH_WORDS_WITH_STOPS
            or candidate[at : at + 2] in _ZH_WORDS_WITH_STOPS
        ):
            continue
        if stop_end <= limit:
            cut = max(cut, stop_end)
    counted = list(_ZH_COUNTED.finditer(candidate))
    if counted:
        cut = max(cut, counted[-1].end())
    return candidate[cut:]


# A platform named for what it does: "跨境金融区块链服务平台", "中征应收账款融资服务平台", "供应链票据平台".
# Three characters at least before the words of its trade, and no description of a quoted name after it
# ("区块链供应链金融平台“微企链”").
_PLATFORM_TRADE = "(?:服务|融资|交易|票据|结算|清算|区块链|共享|共用|登记|信息)平台"
_ZH_PLATFORM = re.compile(r"[\u4e00-\u9fff]{3,14}?" + _PLATFORM_TRADE + r"(?!\s*[“\"「『])")
_PLATFORM_NAME = re.compile(r"(?P<words>[\u4e00-\u9fff]{3,})" + _PLATFORM_TRADE + "$")
# Kinds of platform, not names: "综合金融服务平台", "统一的登记平台", "一站式服务平台".
_ZH_PLATFORM_KINDS = (
    "综合",
    "统一",
    "一站式",
    "公共",
    "全国性",
    "开放",
    "智能",
    "数字化",
    "线上",
    "在线",
    "新型",
)
# A nationwide platform of a named trade is a name: "全国车险信息平台" (not "全国信息平台", nor
# "全国统一的…", whose 的 ends the name first).
_NATIONWIDE_NAME = re.compile(r"全国(?!性|统一|综合|公共|一站式)[\u4e00-\u9fff]{2,}?" + _PLATFORM_TRADE + "$")
# ... and the words that make a kind of what follows, but for 跨 ("跨境金融区块链服务平台" is one name)
_PLATFORM_NOT_NAMES = (
    *_ZH_PLATFORM_KINDS,
    *_ZH_GENERIC_PREFIXES,
    *(lead for lead in _ZH_GENERIC_LEADS if lead != "跨"),
)


def _platform_names(t: str, source: str, text: NormalizedText, taken: list[Found]) -> list[Found]:
    """Platforms the lexicon lacks, found by the trade their name ends in (see _ZH_PLATFORM); the name
    starts after its last stop word and after any organisation's name inside the match ("上海票据交易所上线…";
    a technology or a place may be part of it: "…区块链服务平台")."""
    found = []
    known_ends = sorted(f.end for f in taken if is_a(f.entity_type, EntityType.ORGANIZATION))
    concepts = {(f.start, f.end) for f in taken if f.entity_type == EntityType.TECHNOLOGY}
    for match in _ZH_PLATFORM.finditer(t):
        start, end = match.start(), match.end()
        inside = bisect_right(known_ends, end - 3) - 1
        if inside >= 0 and known_ends[inside] > start:
            start = known_ends[inside]
        name = _trim_zh(t[start:end])
        start = end - len(name)
        named = _PLATFORM_NAME.match(name)
        if named is None or (name.startswith(_PLATFORM_NOT_NAMES) and not _NATIONWIDE_NAME.match(name)):
            continue
        if (start, start + named.end("words")) in concepts:
            continue  # "虚拟资产交易平台": a platform for a kind of asset is a kind of platform
        found.append(
            Found(
                start,
                end,
                EntityType.DIGITAL_INFRASTRUCTURE,
                PLATFORM_ZH,
                0.5,
                name=_written(source, text, start, end),
            )
        )
    return found


# "东方财富旗下的天天基金": what owns a unit is an organisation, whatever its name ends in. The whole run of
# Han characters before 旗下 (trimmed at its last stop word), so that no name is cut out of a longer one.
_OWNER_BEFORE_QIXIA = re.compile(r"(?<![\u4e00-\u9fff])[\u4e00-\u9fff]{2,10}(?=旗下)")
# Heads of what suffix discovery types or refuses: "该集团旗下", "公司旗下" name no owner of their own.
_GENERIC_OWNER_HEADS = ("公司", "集团", "银行", "平台", "机构", "企业", "行", "其")


def _owners_zh(t: str, source: str, text: NormalizedText, taken: list[Found]) -> Iterator[Found]:
    for match in _OWNER_BEFORE_QIXIA.finditer(t):
        name = _trim_zh(match.group())
        start, end = match.end() - len(name), match.end()
        if (
            len(name) < 2
            or name.endswith(_GENERIC_OWNER_HEADS)
            or name in _ZH_GENERIC_PREFIXES
            or any(f.start < end and start < f.end for f in taken)  # a known name: the lexicon says it
        ):
            continue
        yield Found(start, end, EntityType.COMPANY, OWNER_ZH, 0.5, name=_written(source, text, start, end))


# "跨境银行间支付清算（上海）有限责任公司": the place in brackets before the legal form says where, not what.
_PLACE_IN_BRACKETS_LAST = re.compile(r"\([\u4e00-\u9fff]{2,6}\)$")
# A registered company that clears or settles payments says so before its legal form, in words that
# are no suffix of a name elsewhere ("资金清算" is what banks do).
_PAYMENTS_TRADE = ("支付清算", "清算", "结算", "支付网络", "网络支付")


def _registered_kind(bare: str) -> EntityType | None:
    """The kind a registered name says before its legal form: "富邦银行" a bank, "网联清算" a payment
    institution."""
    if len(bare) >= 4 and bare.endswith(_PAYMENTS_TRADE) and bare[:2] not in _ZH_GENERIC_PREFIXES:
        return EntityType.PAYMENT_INSTITUTION
    # "中国人民财产保险股份有限公司": before a legal form, a kind of insurance is an insurer's trade
    insured = next((kind for kind in _INSURANCE_KINDS if bare.endswith(kind + "保险")), None)
    if insured is not None and _zh_suffix_type(bare[: -len(insured) - 2] + "保险") is not None:
        return EntityType.INSURANCE_COMPANY
    return _zh_suffix_type(bare)


def trade_only(words: str) -> EntityType | None:
    """The kind ``words`` name when they are nothing but a kind of institution ("银行", "财产保险"): what a
    known name followed by them says it is, as registered ("众安在线" + "财产保险" + "股份有限公司")."""
    if words.endswith("保险") and words[:-2] in _INSURANCE_KINDS:
        return EntityType.INSURANCE_COMPANY
    return _ZH_SUFFIX_KINDS.get(words)


def _zh_suffix_type(name: str) -> EntityType | None:
    for suffix, entity_type in _ZH_SUFFIXES:
        if name.endswith(suffix):
            prefix = name[: -len(suffix)]
            if (
                len(prefix) < 2
                or prefix in _ZH_GENERIC_PREFIXES
                or (suffix == "保险" and prefix.endswith(_INSURANCE_KINDS))
                # a registered name ends in its legal form, whatever it begins with: "跨境银行间支付清算有限责任公司"
                or (prefix.startswith(_ZH_GENERIC_LEADS) and not (suffix in LEGAL_FORMS and len(prefix) >= 4))
                or all(prefix[i : i + 2] in _ZH_GENERIC_PREFIXES for i in range(0, len(prefix), 2))
            ):
                return None
            return entity_type
    return None


def en_suffix_matches(text: str) -> Iterator[tuple[int, int, int]]:
    """(name start, suffix start, end) of every match ``_EN_SUFFIX.finditer(text)`` finds, in order.

    Each place a suffix chain may start (after a space) is a candidate. Its name starts at the first
    position, from where the last match ended, that one to five words run from to the chain: what
    ``finditer`` finds, because a position that reaches a later chain reaches every earlier one it
    passes (the words in between are words there too), so the first candidate with a start has the
    first start of all, and the nearest chain from there.
    """
    pos = 0
    for candidate in _EN_SUFFIX_AT.finditer(text):
        suffix_start = candidate.end()
        if suffix_start - 1 <= pos:
            continue  # no room for a word between the last match and this chain
        chain = _EN_SUFFIX_CHAIN.match(text, suffix_start)
        if chain is None:
            continue
        lo = max(pos, suffix_start - _NAME_WINDOW)
        # Six spaces in the window: five words cannot start before it (each word ends at a space).
        if lo > pos and len(_SPACE.findall(text, lo, suffix_start)) < 6:
            lo = pos
        words = _EN_NAME_WORDS.search(text, lo, suffix_start)
        if words is None:
            continue
        yield words.start(), suffix_start, chain.end()
        pos = chain.end()


def _in_name_run(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` may belong to the capitalised run of a name that goes on after it: a
    capitalised word, a number or a small word; an article only after "of" ("Bank of the Philippine
    Islands"), since elsewhere "The" opens the name and is no part of it."""
    word = words[i].lower()
    if word.endswith(".") and any(ch.islower() for ch in words[i]):
        return False  # a sentence's last word ("... standard APIs. Open Banking Limited"), not "U.S."
    if word in _ARTICLES:
        return i > 0 and words[i - 1].lower() == "of"
    return words[i][0].isupper() or words[i][0].isdigit() or word in _EN_SMALL


def discovered_mentions(
    text: NormalizedText, source: str, taken: list[Found], local_places: frozenset[str] = frozenset()
) -> list[Found]:
    """Names the lexicon lacks, found by their form; ``taken`` are the lexicon's mentions, and
    ``local_places`` the lexicon keys of places below a country (see Lexicon.local_places)."""
    t = text.text
    found: list[Found] = []
    by_end = sorted(taken, key=lambda f: f.end)
    ends = [f.end for f in by_end]
    known_at = {f.start: f for f in taken}
    for match in _ZH_SUFFIX_RE.finditer(t):
        start, end = match.start(), match.end()
        typed_end = end  # the suffix that says what it is ("科技"), not the legal form after it
        branch = _BRANCH_TAIL.match(t, end)
        if branch:
            end = typed_end = branch.end()
        body = _BODY_AFTER.match(t, end)
        if body:
            end = typed_end = body.end()
        trailing = _TRAILING_FORM.match(t, end)
        if trailing:
            end = trailing.end()
        legal = _LEGAL_FORM_AFTER.match(t, end)
        if legal and not _ZH_STOP_RE.search(legal.group(1)):
            end = legal.end()
        known_end = bisect_left(ends, typed_end)
        if (
            end == typed_end
            and known_end < len(ends)
            and ends[known_end] == typed_end
            and by_end[known_end].start > start
            and by_end[known_end].entity_type == EntityType.TECHNOLOGY
        ):
            continue  # "推广二维码支付": the known technology that holds the suffix ends the words, no name
        # A known name inside the candidate ends where the new name may begin: the last such end
        # (except for names that carry a known name: branches, governments, legal forms).
        trade = _BANKING_TRADE.match(t, typed_end) is not None
        if trade and t[start:typed_end].endswith("银行"):
            # the trade, not a bank: "银行间结算", "银行业", "银行卡"; unless a name goes on to its own
            # suffix: "跨境银行间支付清算有限责任公司"
            goes_on = _ZH_SUFFIX_RE.match(t, typed_end)
            if goes_on is None or goes_on.group().endswith("银行"):
                continue
            end = typed_end = goes_on.end()
            trade = False
        if not t[start:end].endswith(_KEEPS_KNOWN_PREFIX):
            leads_kept = t[start:typed_end].endswith(_PLACE_LEADS)  # a body may lead with its place or field
            local_body = t[start:typed_end].endswith(("银行", "集团")) and not trade
            for i in range(bisect_right(ends, end - 2) - 1, bisect_right(ends, start) - 1, -1):
                if by_end[i].start >= start:
                    known = by_end[i]
                    if leads_kept and is_a(known.entity_type, EntityType.TECHNOLOGY):
                        continue  # the field a body is named after: "大数据" in "北京国际大数据交易所"
                    place_leads = known.entity_type == EntityType.JURISDICTION and (
                        leads_kept or (local_body and known.lexicon_keys[0] in local_places)
                    )
                    start = known.start if place_leads else known.end
                    break
        if start and t[start - 1].isdigit() and t[start] in _DATE_UNITS:
            start += 1  # "2023年国家金融监督管理总局成立": the year's, not the name's
        name = _trim_zh(t[start:end])
        start = end - len(name)
        # "OSL数字证券": a known Latin name right before is the first word of the name (its owner's)
        at = bisect_left(ends, start)
        if (
            name == t[start:end]
            and at < len(ends)
            and ends[at] == start
            and _LATIN_LETTER.match(t[start - 1])
            and is_a(by_end[at].entity_type, EntityType.ORGANIZATION)
        ):
            start = by_end[at].start
        typed = t[start:typed_end]
        # "富邦银行股份有限公司" is a bank: the kind its name says before the legal form, if it says one.
        # (so is "中国人民财产保险" + "股份有限公司": a legal form after the typed part registers it too)
        registered = without_legal_form(typed) or (typed if t[start:end].endswith(LEGAL_FORMS) else "")
        bare = _PLACE_IN_BRACKETS_LAST.sub("", registered)
        entity_type = (bare and _registered_kind(bare)) or (_zh_suffix_type(typed) if typed else None)
        parent = known_at.get(start)
        if branch and parent is not None and is_a(parent.entity_type, EntityType.ORGANIZATION):
            # "中国人民银行湖州市中心支行": a branch is the kind of body its parent is
            entity_type = parent.entity_type
        if entity_type is not None:
            found.append(
                Found(start, end, entity_type, ORG_SUFFIX_ZH, 0.6, name=_written(source, text, start, end))
            )
    found.extend(_owners_zh(t, source, text, taken))
    found.extend(_platform_names(t, source, text, [*taken, *found]))
    by_start = sorted(taken, key=lambda f: f.start)
    starts = [f.start for f in by_start]

    def known_within(start: int, end: int) -> bool:
        """Whether a lexicon name starts inside ``start:end``."""
        return bisect_left(starts, start) < bisect_left(starts, end)

    ends_at = {f.end: f for f in taken}
    # A suffix word that was a name's first word ("The Bank Policy Institute"), too short to be a name:
    # where it starts and ends, so the name after it can take it back.
    lone_suffix = (-1, -1)
    for words_start, suffix_start, suffix_end in en_suffix_matches(t):
        chain = [word.rstrip(".") for word in t[suffix_start:suffix_end].split()]
        suffix = chain[-1]
        # the kind the chain says before a legal form: "Revolut Bank UAB" is a bank
        kind_word = next((word for word in reversed(chain) if word not in _EN_LEGAL_FORM_WORDS), suffix)
        last_listed = ends_at.get(suffix_end)
        if (
            last_listed is not None
            and last_listed.start > words_start
            and _COORDINATED.search(t, words_start, last_listed.start)
        ):
            continue  # "owned by Globe Telecom and Ant Group": the known name is the last of a list
        # "JPMorgan and SBI Digital Asset Holdings": the new name starts after the last known one in it,
        # or at it when it is the place a body is named after.
        for other in by_start[bisect_left(starts, words_start) : bisect_left(starts, suffix_start)]:
            if words_start <= other.start and other.end < suffix_start:
                if is_a(other.entity_type, EntityType.TECHNOLOGY):
                    continue  # the field a body is named after: "Open Banking Limited"
                place_leads = other.entity_type == EntityType.JURISDICTION and suffix in _EN_PLACE_LEADS
                unit = (
                    suffix in _EN_KEEPS_KNOWN_PREFIX
                    # or of its product, after which a bank is named: "Easypaisa Digital Bank"
                    and (
                        is_a(other.entity_type, EntityType.ORGANIZATION)
                        or other.entity_type == EntityType.PRODUCT
                    )
                    and t[other.end : other.end + 1] == " "
                    # words of its own, or a kind and a legal form: "Revolut Bank UAB", not "Revolut Bank"
                    and (
                        bool(between := _written(source, text, other.end, suffix_start).split())
                        or kind_word != suffix
                    )
                    and all(_capitalised(w) for w in between)
                )
                words_start = other.start if place_leads or unit else other.end + 1
        # A name does not run over a paragraph's or a heading's end (one "\n" in the matching text,
        # where a line wrapped inside a paragraph is joined).
        paragraph = t.rfind("\n", words_start, suffix_start)
        if paragraph >= 0:
            words_start = paragraph + 1
        # The words are counted off from words_start one space each: it must stand on the first one.
        while t[words_start].isspace():
            words_start += 1
        written = _written(source, text, words_start, suffix_end)
        words = written.split()
        while words and words[0].lower() in _EN_LEADING_NOISE:
            words_start += len(words[0]) + 1
            words = words[1:]
        # "Emirates NBD and First Abu Dhabi Bank": an acronym before "and" ends another name.
        for i in range(len(words) - 2, 0, -1):
            if words[i] == "and" and len(words[i - 1]) > 1 and words[i - 1].isupper():
                words_start += sum(len(w) + 1 for w in words[: i + 1])
                words = words[i + 1 :]
                break
        # "Kenya passed the National Payment System Act": the words read back from a suffix may begin
        # in the sentence before the name, which is the capitalised run that ends at the suffix.
        first = len(words)
        while first > 0 and _in_name_run(words, first - 1):
            first -= 1
        while first < len(words) and words[first].lower() in _EN_SMALL:
            first += 1
        if first:
            words_start += sum(len(w) + 1 for w in words[:first])
            words = words[first:]
        # "... issue one. With Norges Bank and ...": the run may open on a sentence's capitalised first word
        while words and words[0].lower() in _EN_LEADING_NOISE:
            words_start += len(words[0]) + 1
            words = words[1:]
        # "Singapore's Government Technology Agency": a place's possessive qualifies the name, is not in it
        # ("Lloyd's Banking Group" keeps its own)
        if len(words) > 2 and words[0].endswith(("'s", "’s")):
            place = ends_at.get(words_start + len(words[0]) - 2)
            if (
                place is not None
                and place.entity_type == EntityType.JURISDICTION
                and place.start == words_start
            ):
                words_start += len(words[0]) + 1
                words = words[1:]
        if lone_suffix[1] + 1 == words_start and words and t[lone_suffix[1]] == " ":
            words_start = lone_suffix[0]
            words = _written(source, text, words_start, suffix_end).split()
        if len(words) < 2:
            if words and _capitalised(words[0]):
                lone_suffix = (words_start, suffix_end)
            continue
        # "through The Bancorp Bank": a capitalised "The" inside a sentence is the name's first word
        at = text.offsets[words_start]
        if t.endswith("the ", 0, words_start) and _THE_BEFORE.search(source, max(at - 6, 0), at):
            words_start -= len("the ")
            words = ["The", *words]
        if suffix == "law" and (
            (len(words) == 2 and words[0].lower() in _FIELDS_OF_LAW)
            or (
                (following := _written(source, text, suffix_end, min(suffix_end + 2, len(t))))
                and _capitalised(following)
            )
        ):
            continue  # a field of law, or a word of a longer name ("Harvard Law School")
        entity_type = _EN_SUFFIX_TYPES.get(kind_word, EntityType.COMPANY)
        if kind_word == "technologies" and "Financial" in words[:-1]:  # "Synapse Financial Technologies"
            entity_type = EntityType.FINTECH_COMPANY
        # "Research Centre"
        if kind_word in ("centre", "center") and "research" in (w.lower() for w in words):
            entity_type = EntityType.RESEARCH_ORGANIZATION
        end = suffix_end
        if suffix == "bank" and (trust := _AND_TRUST.match(t, end)):  # "Evolve Bank & Trust"
            end = trust.end()
        # "Commercial Bank of Dubai", "National Bank of Egypt": a body's name goes on over "of" and a place.
        if suffix in _EN_PLACE_LEADS and t.startswith(" of ", end):
            at = bisect_left(starts, end + 4)
            place = by_start[at] if at < len(by_start) else None
            if place is not None and place.start == end + 4 and place.entity_type == EntityType.JURISDICTION:
                end = place.end
                # "Central Bank of Armenia", "Reserve Bank of Malawi": a country's central bank (the
                # lexicon knows the commercial banks so named, the Central Bank of India among them)
                if [w.lower() for w in words] in _CENTRAL_BANK_WORDS:
                    entity_type = EntityType.CENTRAL_BANK
        # "the Investments and Securities Act 2025", "the Payment Services Act, 2019": the year a law's
        # title carries is part of it (laws of one name and another year are other laws)
        if entity_type == EntityType.LAW and (year := _TITLE_YEAR.match(t, end)):
            end = year.end()
        name = _written(source, text, words_start, end) if end > suffix_end else " ".join(words)
        found.append(Found(words_start, end, entity_type, ORG_SUFFIX_EN, 0.6, name=name))
    for match in _APPOSITIVE.finditer(t):
        if _written(source, text, match.start(1), match.start(1) + 1).isupper():
            continue  # "Fintech Saudi", "its own FinTech Lab": the noun is a name's word, not a kind
        start = match.start(2)
        words = _written(source, text, start, match.end(2)).split()
        capitalised: list[str] = []
        for word in words:  # the capitalised run: "Ziina", "Tala Mobile", not "in Kenya"
            if not _capitalised(word) or word.lower() in _NOT_NAMES:
                break
            capitalised.append(word)
        if capitalised:
            end = start + len(" ".join(capitalised))
            kind = "company" if match.group(1).endswith("ies") else match.group(1).rstrip("s")
            entity_type = _APPOSITIVE_TYPES.get(kind, EntityType.COMPANY)
            found.append(Found(start, end, entity_type, APPOSITIVE_EN, 0.5, name=" ".join(capitalised)))
    found.extend(_described_names(text, source))
    found.extend(_defined_names(text, source))
    for match in _TITLE.finditer(t):
        group = 1 if match.group(1) is not None else 2
        title = _TITLE_QUALIFIER.sub("", match.group(group))
        # 办法 (measures) ends in 法 (law), so the guideline endings are tried first. An 意见 (opinions) of
        # ministries tells the industry how to act, as a guideline does ("关于规范发展供应链金融…的意见").
        if title.endswith(("意见", "指引", "办法", "规定", "通知", "指南", "标准", "规则", "细则")):
            entity_type = EntityType.GUIDELINE
        elif title.endswith(("法", "条例", "法案")):
            entity_type = EntityType.LAW
        elif title.endswith(("规划", "计划", "方案", "政策", "纲要", "战略", "行动计划")):
            entity_type = EntityType.POLICY
        else:
            continue  # reports, books and articles are documents, not regulation
        start, end = match.start(group), match.end(group)
        found.append(Found(start, end, entity_type, TITLE_ZH, 0.7, name=_written(source, text, start, end)))
    for match in _USED_TECHNOLOGY.finditer(t):
        start, end = match.start(1), match.end(1)
        name = match.group(1)
        if known_within(start, end) or _GENERIC_TECHNOLOGY.match(name) or _NOT_IN_TECHNOLOGY.search(name):
            continue  # a known name ("区块链技术") or words that only qualify the technology
        found.append(
            Found(
                start,
                end,
                EntityType.TECHNOLOGY,
                USED_TECHNOLOGY_ZH,
                0.5,
                name=_written(source, text, start, end),
            )
        )
    for match in _NAMED_PRODUCT_EN.finditer(t):
        start, end = match.span(1)
        written = _written(source, text, start, end)
        words = written.split()
        if known_within(start, end) or not all(
            _capitalised(w) and w.lower() not in _NOT_NAMES for w in words
        ):
            continue  # a known name ("the Mastercard network") or common words ("the new payment app")
        if not _written(source, text, end, match.end()).islower():
            continue  # the noun is part of the name: "its New Payments Platform"
        found.append(Found(start, end, EntityType.PRODUCT, NAMED_PRODUCT_EN, 0.5, name=written))
    for match in _RULE_TITLE_EN.finditer(t):
        start = match.start(1)
        head = _written(source, text, start, match.end(1)).split()
        run: list[str] = []
        for word in _written(source, text, match.start(2), match.end(2)).split():
            if not (_capitalised(word) or (word in ("and", "of", "&") and run)):
                break
            run.append(word)
        while run and not _capitalised(run[-1]):
            run.pop()
        if not _capitalised(head[0]) or not run:
            continue  # "the rules on lending": no title
        end = match.start(2) + len(" ".join(run))
        # a field the rules are about may be known ("the Guidelines on Cloud Computing"), a body not
        inside = by_start[bisect_left(starts, start) : bisect_left(starts, end)]
        if all(is_a(f.entity_type, EntityType.TECHNOLOGY) for f in inside):
            found.append(
                Found(start, end, EntityType.GUIDELINE, RULE_TITLE_EN, 0.6, name=" ".join([*head, *run]))
            )
    for match in _PROJECT.finditer(t):
        written = _written(source, text, match.start(), match.end())
        if written.split()[-1][:1].isupper():
            found.append(
                Found(match.start(), match.end(), EntityType.PROJECT, PROJECT_NAME, 0.7, name=written)
            )
    for match in _LATIN_RUN.finditer(t):
        start, end = match.start(), match.end()
        before = t[start - 1] if start else ""
        after = t[end] if end < len(t) else ""
        if not (is_cjk(before) or is_cjk(after)) or match.group(0) in _LATIN_STOP or len(match.group(0)) < 2:
            continue
        written = _written(source, text, start, end)
        if not written[:1].isupper():
            continue
        zh_suffix = _LATIN_LED_SUFFIX.match(t, end)
        if zh_suffix and " " not in match.group(0) and end not in ends_at and not known_within(start, end):
            # "SBI控股", "三菱UFJ信託銀行": the Latin word is one of a Chinese name's words, which may
            # begin before it (after the last stop)
            lead_at = start
            while lead_at > max(start - 4, 0) and is_cjk(t[lead_at - 1]):
                lead_at -= 1
            name_start = start - len(_trim_zh(t[lead_at:start], suffix_length=0))
            # a known name before ("中国银行" + "ABC银行" are two), or in the words before: the last to end
            known_before = bisect_right(ends, start) - 1
            if known_before >= 0:
                name_start = max(name_start, ends[known_before])
            kind = _ZH_SUFFIX_KINDS.get(zh_suffix.group("suffix"), EntityType.COMPANY)
            name = _written(source, text, name_start, zh_suffix.end())
            found.append(Found(name_start, zh_suffix.end(), kind, LATIN_IN_ZH, 0.5, name=name))
            continue
        if len(match.group(0)) < 3:
            continue
        kind_before = next(
            (k for pattern, k in _KIND_BEFORE_LATIN if pattern.search(t, max(start - 8, 0), start)), None
        )
        # named by the product noun before or after it: "新股结算平台FINI", "Synapse平台"
        if _AFTER_PRODUCT_NOUN.search(t, max(start - 6, 0), start) or (
            _BEFORE_PRODUCT_NOUN.match(t, end) and not _MODEL_NOUN.match(t, end)
        ):
            found.append(Found(start, end, EntityType.PRODUCT, LATIN_IN_ZH, 0.5, name=written))
        elif kind_before is not None:
            found.append(Found(start, end, kind_before, LATIN_IN_ZH, 0.5, name=written))
        elif _MODEL_NOUN.match(t, end) or _TECHNOLOGY_NOUN.match(t, end):
            # "部署DeepSeek大模型", "DAML技术": the name of a model or a technology
            found.append(Found(start, end, EntityType.TECHNOLOGY, LATIN_IN_ZH, 0.5, name=written))
        elif _COMPANY_NOUN.match(t, end):  # "Digital Asset公司"
            found.append(Found(start, end, EntityType.COMPANY, LATIN_IN_ZH, 0.5, name=written))
        else:  # typed by its last word when that is an organisation suffix ("HashKey Exchange")
            kind = _EN_SUFFIX_TYPES.get(match.group(0).rsplit(" ", 1)[-1], EntityType.ORGANIZATION)
            found.append(Found(start, end, kind, LATIN_IN_ZH, 0.4, name=written))
    for pattern, entity_type in (
        (_QUOTED_PRODUCT, EntityType.PRODUCT),
        (_QUOTED_PROJECT, EntityType.PROJECT),
        (_QUOTED_BEFORE_PRODUCT, EntityType.PRODUCT),
    ):
        for match in pattern.finditer(t):
            start, end = match.start(1), match.end(1)
            name = _written(source, text, start, end)
            if name.strip():
                found.append(Found(start, end, entity_type, QUOTED_NAME, 0.5, name=name))
    for match in _QUOTED_LAUNCHED.finditer(t):
        quoted = match.group(1)
        kind = next((k for endings, k in _QUOTED_KINDS if quoted.endswith(endings)), None)
        if kind is None and match.group().startswith(("推出", "上线")) and _CLAUSE_ENDS.match(t, match.end()):
            # "推出“蚂蚁森林”，用户…": what is launched and named alone is a product; not a slogan
            # before the noun it qualifies ("推出“一站式”服务")
            kind = EntityType.PRODUCT
        elif (
            kind is None and not quoted.endswith(_SLOGAN_ENDS) and _LAUNCHED_AS_PRODUCT.match(t, match.end())
        ):
            kind = EntityType.PRODUCT
        if kind is not None:
            start, end = match.start(1), match.end(1)
            found.append(Found(start, end, kind, QUOTED_NAME, 0.5, name=_written(source, text, start, end)))
    return found


def _described_names(text: NormalizedText, source: str) -> list[Found]:
    """Names followed by a description that says what they are (see ``_DESCRIBED``)."""
    found = []
    t = text.text
    for match in _DESCRIBED.finditer(t):
        before = _DESCRIBED_NAME.search(t, max(0, match.start() - 80), match.start())
        if before is None:
            continue
        words = _written(source, text, before.start(), match.start()).split()
        run: list[str] = []
        # The capitalised run that ends at the comma ("by Safaricom"), and starts after a full stop
        # ("… to join VietQR. MoMo, the largest e-wallet").
        for index, word in enumerate(reversed(words)):
            if not _capitalised(word) or (index and _ENDS_SENTENCE.search(word)):
                break
            run.insert(0, word)
        while run and (run[0].lower() in _NOT_NAMES or run[0].lower() in _NOT_DESCRIBED):
            run.pop(0)
        if not run:
            continue
        name = " ".join(run)
        start = match.start() - len(name)
        found.append(Found(start, match.start(), KIND_NOUNS[match.group(1)], DESCRIBED_EN, 0.5, name=name))
    return found


# Lower-case words a name spelled out before its acronym may hold: "Bank for International Settlements".
_NAME_CONNECTORS = frozenset(["of", "for", "and", "&", "de", "du", "des", "la", "le", "für"])


def _defined_names(text: NormalizedText, source: str) -> list[Found]:
    """ "The European Payments Initiative (EPI)": capitalised words whose initials spell the acronym
    after them are a name, whatever its last word. It is typed by the description that follows
    ("(EPI), a Brussels-based company"), else by an organisation suffix, else as an organisation."""
    found = []
    t = text.text
    for match in _ABBREVIATION.finditer(t):
        acronym = _written(source, text, match.start(1), match.end(1))
        capitals = [c for c in acronym if c.isupper()]
        if not acronym[:1].isupper() or len(capitals) < 2 or not acronym.isalpha():
            continue
        words = _written(source, text, max(0, match.start() - 120), match.start()).split()
        run: list[str] = []
        for word in reversed(words):
            if not (_capitalised(word) or word in _NAME_CONNECTORS) or not word.replace("-", "").isalnum():
                break
            run.insert(0, word)
        while run and run[0] in _NAME_CONNECTORS:
            run.pop(0)
        initials = [w[0] for w in run if w not in _NAME_CONNECTORS]
        # The run may start before the name ("In Europe Payments ..."): the acronym's letters end it.
        if len(initials) < len(capitals) or initials[-len(capitals) :] != capitals:
            continue
        kept = 0
        for index in range(len(run) - 1, -1, -1):
            kept += run[index] not in _NAME_CONNECTORS
            if kept == len(capitals):
                run = run[index:]
                break
        name = " ".join(run)
        end = match.start() - (1 if t[match.start() - 1 : match.start()] == " " else 0)
        start = end - len(name)
        if _written(source, text, start, end) != name or run[0].lower() in _NOT_NAMES:
            continue
        described = _DESCRIBED.match(t, match.end())
        if described:
            entity_type = KIND_NOUNS[described.group(1)]
        else:
            entity_type = _EN_SUFFIX_TYPES.get(run[-1].lower(), EntityType.ORGANIZATION)
        found.append(Found(start, end, entity_type, DEFINED_NAME_EN, 0.6, name=name))
    return found


def repeated_name_mentions(
    text: NormalizedText, source: str, anchors: list[Found], known_words: frozenset[str] = frozenset()
) -> list[Found]:
    """A Latin name found by what surrounds it ("the start-up Ziina", "Safaricom, a mobile operator")
    names the same entity where it recurs in the document, written the same way, without the words
    that found it the first time. So does the first word of a company's name found by its suffix
    ("Synapse" of "Synapse Financial Technologies"), when that word is no word of any known name
    ("National", "Digital" and "Bank" are)."""
    t = text.text
    names: dict[str, Found] = {}
    short_names: dict[str, Found] = {}
    for anchor in anchors:
        if anchor.extractor in (APPOSITIVE_EN, DESCRIBED_EN, SLOT_NAME_EN, KIND_LIST_EN) and anchor.name:
            names.setdefault(anchor.name, anchor)
        elif anchor.extractor == ORG_SUFFIX_EN and anchor.entity_type in _COMPANY_KINDS:
            first = anchor.name.split(" ", 1)[0]
            if (
                len(first) >= 4
                and first[0].isupper()
                and first.isalpha()
                and first.lower() not in known_words
            ):
                short_names.setdefault(first, anchor)
    return [
        *(
            f
            for name, anchor in names.items()
            for f in _recurrences(
                text, source, t[anchor.start : anchor.end], anchor, REPEATED_NAME, name.__eq__
            )
            if f.start != anchor.start
        ),
        *(
            f
            for first, anchor in short_names.items()
            for f in _recurrences(text, source, first.lower(), anchor, REPEATED_NAME, first.__eq__)
            if f.start != anchor.start
        ),
    ]


# The kinds of name whose first word alone may name them again: companies, not bodies or laws.
_COMPANY_KINDS = frozenset(
    (
        EntityType.COMPANY, EntityType.FINTECH_COMPANY, EntityType.TECHNOLOGY_COMPANY, EntityType.BANK,
        EntityType.PAYMENT_INSTITUTION, EntityType.DIGITAL_BANK, EntityType.INSURANCE_COMPANY,
        EntityType.ASSET_MANAGER, EntityType.FINANCIAL_INSTITUTION,
    )
)  # fmt: skip


def _recurrences(
    text: NormalizedText,
    source: str,
    key: str,
    anchor: Found,
    extractor: str,
    written_as: Callable[[str], bool],
) -> list[Found]:
    """Mentions of ``anchor``'s entity wherever ``key`` stands as a word in the matching text and its
    source is written as ``written_as`` accepts."""
    found = []
    for occurrence in re.finditer(_ABBREVIATION_OCCURRENCE.format(re.escape(key)), text.text):
        start, end = occurrence.span()
        if written_as(_written(source, text, start, end)):
            found.append(Found(start, end, anchor.entity_type, extractor, anchor.confidence * 0.9,
                               anchor.lexicon_keys, name=anchor.name))  # fmt: skip
    return found


def learned_alias_mentions(text: NormalizedText, source: str, anchors: list[Found]) -> list[Found]:
    """ "Full Name (ABBR)": the abbreviation names the same entity everywhere in this document; so does
    the short name a document defines for itself ("…有限责任公司（以下简称“跨境清算公司”）",
    "… (hereinafter "the Exchange")")."""
    t = text.text
    ends = {m.end: m for m in anchors}
    learned: dict[str, Found] = {}
    for match in _ABBREVIATION.finditer(t):
        anchor = ends.get(match.start()) or ends.get(match.start() - 1)
        if anchor is None:
            continue
        written = _written(source, text, match.start(1), match.end(1))
        if not written.isupper() or match.group(1) in learned:
            continue
        learned[match.group(1)] = anchor
    defined: dict[str, Found] = {}
    for match in _DEFINED_SHORT_NAME.finditer(t):
        anchor = ends.get(match.start())
        short = match.group(1) or match.group(2)
        if anchor is not None and anchor.end - anchor.start > len(short) and short not in defined:
            defined[short] = anchor
    return [
        *(
            f
            for abbr, anchor in learned.items()
            for f in _recurrences(text, source, abbr, anchor, LEARNED_ALIAS, str.isupper)
        ),
        *(
            f
            for short, anchor in defined.items()
            for f in _recurrences(text, source, short, anchor, LEARNED_ALIAS, _any_writing)
        ),
    ]


# "（以下简称“跨境清算公司”）", "(hereinafter "CIPS Co.")": matching text, so Simplified, lower case and
# ASCII brackets.
_DEFINED_SHORT_NAME = re.compile(
    r" ?\((?:以下|下文|下)?简?称(?:为)?[:：]?[“「\"]([^”」\"()]{2,12})[”」\"]\)"
    r"| ?\((?:hereinafter|hereafter)(?: referred to as| called)?,? [“\"]([^”\"()]{2,30})[”\"]\)"
)


def _any_writing(_written: str) -> bool:
    return True


def resolve_overlaps(candidates: Iterable[Found]) -> list[Found]:
    """Longest match wins; at equal length the lexicon beats learning, learning beats discovery."""
    rank = {GAZETTEER: 0, LEARNED_ALIAS: 1}
    ordered = sorted(candidates, key=lambda f: (-f.length, rank.get(f.extractor, 2), f.start))
    chosen: list[Found] = []
    occupied = bytearray(max((f.end for f in ordered), default=0))
    for found in ordered:
        if occupied.find(1, found.start, found.end) != -1:
            continue
        chosen.append(found)
        occupied[found.start : found.end] = b"\x01" * found.length
    return sorted(chosen, key=lambda f: f.start)


# "Otoritas Jasa Keuangan (OJK), the Financial Services Authority, licenses": a name set off by commas
# right after a known organisation's is another name of it.
_BEFORE_APPOSITIVE_NAME = re.compile(r"\)?\s*(?:\([^()]{1,12}\))?\s*,\s*the\s+")
_AFTER_APPOSITIVE_NAME = re.compile(r"\s*,")


def appositive_aliases(text: str, mentions: list[Found]) -> list[Found]:
    """``mentions`` (sorted) with each discovered organisation that renames the known one just
    before it (see _BEFORE_APPOSITIVE_NAME) made a mention of that one."""
    out = list(mentions)
    for i in range(1, len(out)):
        known, named = out[i - 1], out[i]
        if (
            named.extractor == ORG_SUFFIX_EN
            and known.lexicon_keys
            and is_a(known.entity_type, EntityType.ORGANIZATION)
            and _BEFORE_APPOSITIVE_NAME.fullmatch(text, known.end, named.start)
            and _AFTER_APPOSITIVE_NAME.match(text, named.end)
        ):
            out[i] = Found(
                named.start, named.end, known.entity_type, APPOSITIVE_ALIAS_EN, 0.8, known.lexicon_keys
            )
    return out


# A known company's name, then a place in brackets and perhaps a legal form: its company in that place
# ("汇丰银行（中国）有限公司", "Citibank (China) Co., Ltd.", "DBS Bank (Hong Kong) Limited"). Matching text:
# brackets are ASCII, lower case.
_BRACKETED = re.compile(r" ?\(([^()]{1,20})\)")
_LEGAL_FORM_AFTER_BRACKET = re.compile("(?:" + "|".join(LEGAL_FORMS) + r")|,? " + LEGAL_FORMS_EN)
# Bodies with no company of their own abroad: a place in brackets after their names only says where they are.
_NO_LOCAL_ARMS = (EntityType.REGULATOR, EntityType.GOVERNMENT_BODY, EntityType.INTERNATIONAL_ORGANIZATION)


def local_arm_mentions(
    lexicon: Lexicon, text: NormalizedText, source: str, known: list[Found]
) -> list[Found]:
    """The local companies of known ones, named by the parent's name and their place: in brackets
    ("汇丰银行（中国）有限公司", "DBS Bank (Hong Kong) Limited"), or in a Latin name, after it ("Santander
    Brasil", "Standard Chartered Singapore"). Not when the place is the parent's own ("Ant Group
    (China)" only says where Ant Group is), nor a city or province (that is an office)."""
    t = text.text
    places = {f.start: f for f in known if f.entity_type == EntityType.JURISDICTION}
    if not places:
        return []
    arms = []
    brackets = "(" in t
    for f in known:
        at = f.end
        # cheap tests first: a document names hundreds of organisations and few have local companies
        if not (at + 1 in places or (brackets and t[at : at + 1] in (" ", "("))):
            continue
        if (
            len(f.lexicon_keys) != 1
            or not is_a(f.entity_type, EntityType.ORGANIZATION)
            or any(is_a(f.entity_type, kind) for kind in _NO_LOCAL_ARMS)
        ):
            continue
        own_place = lexicon.entries[f.lexicon_keys[0]].jurisdiction_key
        place = _latin_place_after(t, at, f, places, lexicon.local_places)
        if place is not None:
            end = place.end
        else:
            if t.startswith(" bank", at):
                at += len(" bank")
            bracket = _BRACKETED.match(t, at)
            place = bracket and places.get(bracket.start(1))
            if bracket is None or place is None or place.end != bracket.end(1):
                continue
            end = bracket.end()
        if place.lexicon_keys[0] == own_place:
            continue
        legal = _LEGAL_FORM_AFTER_BRACKET.match(t, end)
        if legal:
            end = legal.end()
        arms.append(
            Found(f.start, end, f.entity_type, LOCAL_ARM, 0.8, name=_written(source, text, f.start, end))
        )
    return arms


def _latin_place_after(
    t: str, at: int, company: Found, places: dict[int, Found], local_places: frozenset[str]
) -> Found | None:
    """The country named right after a Latin company name at ``t[at]`` (a space), as part of the name:
    not a word of a longer run ("HSBC Hong Kong-based"), not a city ("HSBC London" is an office)."""
    place = places.get(at + 1)
    if (
        place is None
        or t[at] != " "
        or not _LATIN_LETTER.match(t[company.end - 1])
        or not _LATIN_LETTER.match(t[place.start])
        or place.lexicon_keys[0] in local_places
        or (place.end < len(t) and (t[place.end].isalnum() or t[place.end] == "-"))
    ):
        return None
    return place


_LATIN_LETTER = re.compile(r"[a-z0-9\u00c0-\u024f]")


def find_mentions(
    lexicon: Lexicon, text: NormalizedText, source: str, names: LexiconNames | None = None
) -> list[Found]:
    known = [
        f
        for f in (names or LexiconNames(lexicon, text, source)).everywhere()
        if not _names_a_company(text.text, f)
    ]
    covered = bytearray(len(text.text) + 1)
    for k in known:
        covered[k.start : k.end] = b"\x01" * k.length
    # A guessed name that cuts a known one in two ("新产品支付|宝") is wrong: the known name wins.
    discovered = [
        d
        for d in discovered_mentions(text, source, known, lexicon.local_places)
        if not (covered[d.start] and d.start > 0 and covered[d.start - 1])
        and not (covered[d.end - 1] and covered[d.end])
    ]
    discovered = _one_kind_per_name(discovered)
    arms = [
        *local_arm_mentions(lexicon, text, source, known),
        *demonym_place_mentions(lexicon, text, source),
        *_with_legal_form(text.text, known),
    ]
    first_pass = appositive_aliases(text.text, resolve_overlaps([*known, *discovered, *arms]))
    learned = learned_alias_mentions(text, source, first_pass)
    repeated = repeated_name_mentions(text, source, first_pass, lexicon.latin_words)
    return resolve_overlaps([*first_pass, *learned, *repeated])


def _names_a_company(t: str, f: Found) -> bool:
    """ "Digital Asset公司": a technology's Latin name with 公司 right after it is the name of a company."""
    return (
        f.entity_type == EntityType.TECHNOLOGY
        and t.startswith(_COMPANY_WORDS, f.end)
        and _LATIN_LETTER.match(t[f.end - 1]) is not None
        and " " in t[f.start : f.end]  # not "AI公司" or "Fintech公司", companies of a kind
    )


def _one_kind_per_name(discovered: list[Found]) -> list[Found]:
    """ "积金易、Synapse与…" in a title, "推出Synapse平台" in the text: a Latin name in Chinese text that
    nothing typed where it stood takes the kind the document gives it elsewhere."""
    typed = {
        f.name: f.entity_type
        for f in discovered
        if f.extractor == LATIN_IN_ZH and f.entity_type != EntityType.ORGANIZATION
    }
    if not typed:
        return discovered
    return [
        f._replace(entity_type=typed[f.name])
        if f.extractor == LATIN_IN_ZH and f.entity_type == EntityType.ORGANIZATION and f.name in typed
        else f
        for f in discovered
    ]


_LEGAL_FORM_RIGHT_AFTER = re.compile("|".join(LEGAL_FORMS))


def _with_legal_form(t: str, known: list[Found]) -> Iterator[Found]:
    """ "香港交易及結算所有限公司": a known organisation's name with its legal form written after it is
    still that organisation, and the mention spans the registered name as written."""
    if "有限" not in t:  # every legal form holds it, and most texts have none
        return
    for f in known:
        if f.end < len(t) and t[f.end] == "有" and is_a(f.entity_type, EntityType.ORGANIZATION):
            legal = _LEGAL_FORM_RIGHT_AFTER.match(t, f.end)
            if legal:
                yield f._replace(end=legal.end())


# "…, the German security technology company", "the Swiss bank UBS": an adjective of a place, in a
# description of what an organisation is, says where it is from. Elsewhere ("Australian dollars", "a
# Swiss bank") it names no place.
_DEMONYM_DESCRIPTION = re.compile(
    r"(?:, |\b)(?:the|an?) ([a-z]+(?: [a-z]+)?) " + DESCRIPTION + r"(?P<after>,| [a-z])"
)


def demonym_place_mentions(lexicon: Lexicon, text: NormalizedText, source: str) -> Iterator[Found]:
    t = text.text
    for match in _DEMONYM_DESCRIPTION.finditer(t):
        # an appositive after the name (", the … company,") or a description before a name ("the … bank UBS")
        after = match.start("after") + 1
        if not (match.group().startswith(",") or (after < len(t) and source[text.offsets[after]].isupper())):
            continue
        # the adjective is one of the (at most two) words the pattern reads before the description
        leading = lexicon.leading_demonym(match.group(1) + " ")
        if leading is not None:
            form, key = leading
            start = match.start(1)
            yield Found(start, start + len(form), EntityType.JURISDICTION, DEMONYM_PLACE, 0.8, (key,))
