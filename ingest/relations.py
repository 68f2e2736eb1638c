"""Typed relations between the mentions of one sentence, from trigger words (ingest.relation_rules).

Around each trigger the nearest mention on each side is taken, together with the mentions coordinated
with it ("A、B和C", "A, B and C"). The ontology then decides: a candidate relation is kept only when the
subject's and object's types fit its domain and range. Negated statements are dropped; hedged ones keep
a lower confidence.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator, Sequence
from functools import cache, lru_cache
from itertools import combinations, pairwise
from typing import NamedTuple

from ingest.normalize import is_cjk
from ingest.relation_rules import (
    DESCRIBING_NOUN,
    DESCRIPTION,
    GUIDANCE_ZH,
    HEDGE_FACTOR,
    HEDGING,
    KNOWN_AS,
    NEGATION,
    RULES,
    Rule,
)
from ingest.trigger_scan import heads, scanner
from kg.types import is_a
from kg.vocab import RELATION_DOMAIN, RELATION_RANGE, SYMMETRIC, EntityType, RelationType

# How much a fact keeps of its confidence when a party is not named but referred to: a description
# ("the regulator", ingest.references) or a test or pilot of the sentence before ("参与首阶段测试").
REFERENCE_WEIGHT = 0.8
COOCCURRENCE = "cooccurrence.v1"
# Named together in a sentence, and nothing more is known: a weak, separately named link (CO_OCCURS_WITH)
# the viewer hides unless asked. Its weight is its support, the documents that name the two together.
COOCCURRENCE_CONFIDENCE = 0.3
# A sentence naming more is a list or a table row, where any one pair says little.
MAX_COOCCURRING = 4
PATTERNS = "patterns.v32"  # v2: a place or an owner before a name, "A在B启动C", joint ventures; v3: the
# subject past a description between commas, "A将B接入", 会同, "DeepSeek大模型", proposing, phases; v4: "a
# consortium of A, B and C", "run by", a place that launches, "its app X", 参与其中, 子公司 passive; v5: "A联合B"; v6:
# "Thailand's instant payment service PromptPay"; v7: "X, together with A and B": A and B as X; v8: a
# technology tried in an initiative, 测试 uses, "Y, together with Z" when Z cannot be a subject; v9: what
# partners formed ("合资成立的X"), "X由Y持有多数股权", 最大股东为, a licence held, "X, which Y supervises",
# observers, a supervisor of an activity regulates it, "oversight of"; v10: "set up X with Y", "X, which Y
# owns", "the platform of", "has its own", "operate under SAMA licences", "worked with B on Project X",
# not "began as", not 参与者; v11: a passive's object not across a clause, a later phase, an opening
# participle, a pronoun that fits as a later antecedent, building, "X, the … it operates", "a platform for",
# "ran on", 预告, "X是Y核准的…"; v12: "run with" takes part, a headquarters clause of the topic (总部位于);
# v13: examples after a comma (", including A and B", "，包括A和B") are the trigger's objects; "A的“P”产品":
# A operates P; v14: an aside after the subject (", which …,", "（…）") is not counted in its distance from
# the trigger, and the names inside brackets closed before the trigger are not its subject; ", whose …,";
# v15: a project is led, not operated ("MAS ran Project Ubin"), "is running", "are operating", where an
# initiative is extended to (扩展至, "extended to") it applies, the places of an earlier clause are no subject,
# a partner in a 与-/with-phrase is not the next clause's subject, "X获Y发牌", "X, Thailand's … service";
# v16: "join" (not only "joins", "joined"); the kind after "A、B等" is no party ("A、B等电子钱包均已加入");
# "builds a blockchain-based platform"; "applied across"; "reached a deal with"; "A在支付宝上推出B"
# v17: "X takes part alongside A and B", "N firms were chosen to join, among them A and B", "参与的银行包括A",
# "有N家企业参与，包括A": the participants listed after the trigger; ", acting for X," is an aside; 展开
# launches; 签署…备忘录 across a longer object phrase; the technology before the kind before a name ("its
# blockchain unit Onyx", 区块链平台Kinexys) is what the named one uses
# v18: "A对B实施监督管理" (B after 对 is the object); who builds (建设, 搭建, 组建) a system launches it;
# "参与者……包括A、B": the participants as a noun, listed after 包括
# v19: "A took part, as did C"; "began in 2023 on X" uses X, and "X built with Y" Y too; ", using X" after
# a clause (its subject uses X); "A and other B"; "X, its platform" (the only organisation before leads or
# operates X); a place's law ("Brazil's data protection law, the LGPD", "新加坡《支付服务法》") applies
# there; "A宣布，X正式上线" (A launches X)
# v20: a sandbox or a programme run by an organisation is operated, as a system is, only a project led;
# "A picked B to build X" (A partners B and leads X, B takes part in X), "A built X with B" (partners);
# "a firm from P" and a place's adjective in a description ("…, the German … company") place an
# organisation; who amends a law (修正, "amended by") issues it; "A由B投资成立" (B owns A); 研究 and
# "is studying" (a technology used, a project led); 主打 (uses); 建置 (launches)
# v21: who pilots a project leads it, "with B as its partner", a licence held after a description of the
# holder, "withdrew" and a licence applied for negate, who asks others to act (鼓励, "encouraged banks to")
# is not the actor, an owned product or system is operated ("蚂蚁集团旗下蚂蚁链"), a place right before a
# law's name ("the EU Instant Payments Regulation"), a technology tried "… payments across borders in X",
# by a pronoun's antecedent and the companions a sentence opens on ("With A and B, it tested …")
# v22: enforcement regulates ("took an enforcement action against", fined, "ordered X to pay", 处罚, 罚款),
# and so does guidance on a matter (就…发出指引), whose subject uses nothing it names; "offers its accounts
# through B" and "its partner banks included B" partner; a charter from a supervisor authorises; buying a
# company owns it; 承建 takes part; "has run" operates; "X, its … service" is operated; "an … bank in P"
# places; a name that qualifies a noun of an earlier clause (…沪深港通北向交易的结算流程，) is no subject;
# "with B as its partner" after a project partners the clause's subject; v23: a product 发布 is launched;
# what a security is issued on is used, by the sentence's subject when an infinitive of purpose's nearest
# name cannot; "X's work on P" leads and "supports X's work on P" takes part; a monitor or a fine from a
# supervisor regulates; 承接…业务 operates; a closed 由-clause leaves the topic the subject; quoted names
# joined by 和 (each after its own 的-phrase) are one list; "P's description, the X" places X; a
# participle that ends a description after a name ("X, a … provider also based in P") is the name's;
# "its X unit" owns; ", part of the Y," is an aside; a place near or outside another is not it; v24:
# "founded in P" places; 由A发起设立 owns (not 由A等…); a 的-clause's name does nothing its noun does after
# another trigger; "X, a blockchain platform" and "recorded on a blockchain" use it; a technology after a
# quoted name describes it and is used by it; what the topic became (改制为) is the topic; "X, founded in
# P, was bought by" passes the aside; v25: "since its launch" is no launch by the sentence's subject; v26:
# "X's Y" and X的Y, of an organisation and an initiative, lead or run it; v27: a joint venture is owned by
# each owner named with it (合资, 共同持有, "a joint venture between", "a consortium of A and B, which
# opened X"); "X受Y监管"; "X在P成立" places X; an authority's name before its plan or guideline issues it;
# a 由-clause closed by a comma leaves what follows to the topic; ", and is owned by" goes on with the
# topic; "with B, an apposition, as its partner"; "the company behind X" runs X; "developed by" launches a
# product, takes part in a project; "X, a large language model" uses it; "in May" hedges nothing; v28: a
# participle aside's agents end at its comma; an initiative that opens the sentence ("In Project X, A and
# B …", "在X项目中，A、B……") has its subjects take part; a licence a kind of business needs is a rule over
# the field; "its system, known as X" and "a system called X"; who tests or pilots an initiative takes
# part; 隶属于; 其“X”平台; 框架 and "framework" as a platform; a body one sets up is its subsidiary; a
# leader of an initiative is not also its participant (ingest.pipeline); v29: a comma and "alongside" end an
# aside ("joined X, led by A, alongside B"); "which A runs together with B"; "among them the exchanges A";
# "offers" a scheme; "belongs to", "sits inside", "X's parent Y"; "the country's … service"; 导入; 推动 an
# industry; who tried something in a project with others "working with" it leads; 的智能客服「X」; v30: a
# majority or controlling stake makes a parent ("X, in which Y holds a majority stake"), and such an aside
# after a subject is skipped; the list after "five applicants:" or "三家机构：" is the object; "approval to
# X"; "started by", "introduced by"; a technology, a word of layer or use and the kind ("区块链底层平台");
# v31: "both of which", "all of which" take every name listed; a stated stake above half makes a parent; what
# a thing is "modelled on" is no object; whom a body pushes or lets do a thing does it; 发行 issues a product
# and leads a CBDC; a Chinese place, 的 or a kind, then an organisation places it (美国的Circle, 东京新创JPYC);
# a technology right before a name is what it uses (行动支付PayPay); funding or holding a company together
# (共同出资, 共同持股) is a joint venture, whose venture may be a description (该公司), its owners a group's
# units ("X旗下的A与B共同…", where B is not X's)
# v32: a place's possessive opens a description between commas ("BLIK, Poland's most popular mobile payment
# method, is operated by"), whose technologies the name before uses; "is" before a passive trigger; a
# description of a list's last name is of that name alone ("mada and sarie, the instant payment system"); a
# negation inside such an aside negates nothing of the verb ("a bank without branches, works with"); a fronted
# place is no subject past an abbreviation in brackets; "the app of Ukraine's Ministry": the name after the
# place's possessive is the party; licensing a field's firms regulates the field ("licenses crypto-asset
# service providers"); a Chinese clause that places its subject hands it on ("A总部位于P，运营B")
MAX_GAP = 60
# The words that join names as doing the same thing ("A, together with B"), wherever a rule reads them.
_ALONG_WITH = r"(?:together with|along with|alongside)"
# "proposed FiDA in June 2023, together with PSD3": a date may come between a name and "together with".
_DATED = r"(?:in|on|since)\s+(?:[a-z]+\s+)?(?:\d{1,2},?\s+)?\d{4}"
# What may stand between coordinated names: "A、B和C", "A, B and the C", "Full Name (ABBR) and D",
# "A会同B、C联合印发".
_COORDINATION = re.compile(
    rf"^(?:\s|,|、|/|&|\(|\)|和|与|及|以及|同|跟|会同|联合|and|or|the|other|其他|as well as|{_ALONG_WITH}"
    # quoted names: "“花呗”和“借呗”", "面向用户的“支小宝”和面向从业者的“支小助”" (each after its own 的-phrase);
    # not "「轉數快」與泰國PromptPay的二維碼支付互聯", where the second is no quoted name
    r"|[”\"」』》]?\s*(?:和|与|及|以及|、)\s*(?:[\u4e00-\u9fff]{1,8}的)?\s*[“\"「『《]"
    rf"|{_DATED}(?=\s*,?\s*{_ALONG_WITH}))*$"
)
# A clause ends between a trigger and a name after it: "regulates securities markets, and ... sued X"
# must not make X the object of "regulates". Before the trigger, subjects may stand further away.
_CLAUSE_BREAK = re.compile(r"[,;:，；：]|\b(?:and|but|while|whereas|which|who|that)\b")
# "X (ABBR), a Brussels-based company owned by A and B, launched": a description between commas, with
# before the trigger. ", and" ends the description and starts another party ("HSBC, a bank, and Visa").
_APPOSITION = re.compile(
    # "BLIK, Poland's most popular mobile payment method, is operated by": a possessive opens one too
    r"\)?\s*(?:\([^()]{1,12}\))?\s*,\s*(?:an?\s|the\s|[a-z][\w.&-]*'s\s|(?:in |of )?which\s|who\s|whose\s|both\s|each\s|formerly\s|once\s"
    r"|(?:based|headquartered|founded|owned|backed|run|led|acting|representing|on behalf of|part of)\s)(?:(?!, (?:and|or) )[^;:()]){3,160}?,\s*"
    # "…, licenses and supervises": another verb of the same subject; "…, won approval from": a verb
    # before a trigger that is a noun
    # "…, has held a full banking licence from": the words before a trigger that is a noun
    r"(?:[a-z]+\s+(?:and|or)\s+|(?:(?:has|have|had)\s+)?(?:won|wins|received|receives|got|gets|obtained|secured|holds|held)"
    r"\s+(?:(?:an?|the|its|their)\s+)?(?:[\w-]+\s+){0,3}?"
    # "Afterpay, founded in Melbourne, was bought by": the auxiliary of a passive trigger
    r"|(?:is|are|was|were|has been|have been|had been)\s+(?:(?:later|then|also|since|eventually|now|still)\s+)?)?$"
)
_SEVERAL_OWNERS = re.compile(r"\b(?:including|such as|among them|group of|consortium of|number of)\b|包括|等")
# "由A牵头的B": after a 由-subject, 的 within a few characters introduces the object.
_DE_OBJECT = re.compile(r"^[^,;，；]{0,6}的")
# "the first pilot, which used X": a relative clause's subject is the noun just before "which"; when
# that noun is not a name, the name further left is not the subject.
_RELATIVE = re.compile(r"\b(?:which|who)\b")
_RELATIVE_RIGHT_AFTER_NAME = re.compile(r"^[\s,()]*(?:which|who)\b")
# An aside right after a name, closed before the trigger: "Payments Canada, which operates the country's
# core clearing and settlement systems, launched Lynx", "中国人民银行（…的中央银行）发布了…". It says
# something of the name and is not counted in how far the name stands from the trigger.
_ASIDE_AFTER_NAME = re.compile(
    r"^\s*(?:[(（][^()（）]{1,160}[)）]|,\s*(?:(?:in|of) which|which|who|whose)\s[^,;:()]{3,160},)\s*"
)
_OPENING_BRACKETS = "(（"
_CLOSING_BRACKETS = ")）"
# "X, which Y supervises", "X, in which Y holds a majority stake": a relative clause whose subject is a
# name, so X is its object.
_OBJECT_RELATIVE = re.compile(
    r",\s*(?:which|whom|in which|(?P<every>both|all|each|either) of (?:which|whom))\s+(?:the\s+)?$"
    # a relative clause with no "which": "SPEI, the interbank transfer system it operates"
    r"|,\s*the\s+(?:[a-z][\w-]*\s+){1,4}$"
)
# Between a passive trigger's object and the trigger, no new clause: "…, and consortia led by".
_PASSIVE_CLAUSE = re.compile(r"\b(?:and|but|while|whereas|which|who|that)\b|[;:]")
# "Launched by the BCB in 2020, it now carries …": a participle opening the sentence describes the
# subject after the comma.
_OPENING_PARTICIPLE = re.compile(r"^[^,;:]{0,60},\s*(?:the\s+)?$")
# A clause that continues the sentence's topic: "微众银行运用…，并于2019年开源了FATE", "The ECB leads X and
# explores Y". Its subject is the first name of the sentence, not the nearest name on the left.
_TOPIC_CHAIN_ZH = re.compile(r"[，,]\s*(?:并且?|还|也|同时|随后|此后)[^，,；;。]*$")
_CLAUSE_OPENS_ZH = re.compile(r"[，,]\s*$")
_RENAMED_AS_ZH = re.compile(r"(?:改制|更名|改组|转制|转型|重组)为$")
# "金管局…支持银行测试新技术": a verb that has someone else act; the one who acts is the noun after it.
_CAUSED_ZH = re.compile(r"(?:支持|帮助|鼓励|允许|引导|邀请|要求)[\u4e00-\u9fff]{1,6}$")
# "The agency has pushed lenders to adopt biometrics": whom a body makes or lets do a thing does it, not
# the body ("banks are required to" are the doers, passive).
_CAUSED_EN = re.compile(
    r"(?<!\bis )(?<!\bare )(?<!\bwas )(?<!\bwere )(?<!\bbe )(?<!\bbeen )"
    r"\b(?:push|urg|requir|encourag|ask|order|forc|oblig|compel|allow|permit|enabl|help|invit|told|tell|advis"
    r"|instruct|direct|lett?)\w*\s+(?:[\w-]+\s+){1,4}?to\s+$"
)
# "加快沪深港通北向交易的结算流程，底层采用X": a name that qualifies the noun of an earlier clause is
# not the subject of the next one.
_MODIFIER_ZH = re.compile(r"[\u4e00-\u9fff]{0,8}的[\u4e00-\u9fff]{1,8}[，,]")
# "金管局就银行使用生成式人工智能发出指引": what follows 就 is what the guidance is about; the name
# before it does none of it (in a sentence that gives guidance: 就 is also "then", "今年就推出了").
_ABOUT_ZH = re.compile(r"就[\u4e00-\u9fff]{1,8}$")
_GUIDANCE_ZH = re.compile(r"就[^，。；]{1,30}?" + GUIDANCE_ZH)
_INFINITIVE_BEFORE = re.compile(r"\bto\s+$")
# "PayNet runs DuitNow, the national transfer service, and is owned by BNM": the clause after ", and"
# may close a description of the name before it, and open on an auxiliary.
_TOPIC_CHAIN_EN = re.compile(
    r"^(?:[^;]*?,)?\s*and\s+(?:also\s+|then\s+)?(?:(?:is|are|was|were|has been|have been|had been)\s+)?$"
)
# "金管局表示，测试采用X" / "MAS said, the pilot used X": who speaks is not the subject of what is said.
_REPORTED = re.compile(r"(?:表示|称|指出|认为|透露|强调|介绍|\bsaid|\bsays|\bstated|\bnoted)\s*[,，:：]")
# A place that qualifies the organisation named after it: "South Korea's Financial Services Commission",
# "the Lagos-based payments company Paystack", "总部位于杭州的蚂蚁集团", "位于深圳的微众银行". Between the
# place and the name, at most a few words that say what the organisation is.
_POSSESSIVE_GAP = r"\s*['’]s\s+"
_POSSESSIVE = re.compile(f"^{_POSSESSIVE_GAP}$")
# ... or with the noun that says what the name is between: "Thailand's instant payment service PromptPay",
# "Kenya's largest mobile operator Safaricom" (not "China's regulators fined Visa").
# "Germany's financial supervisor, the Federal Financial Supervisory Authority": an apposition too.
_POSSESSIVE_DESCRIBED = re.compile(
    r"^\s*['’]s\s+(?:[a-z][\w-]*\s+){0,4}" + DESCRIBING_NOUN + r"(?:\s+|\s*,\s*(?:the\s+)?)$"
)
# A place's law: "Brazil's LGPD", "Brazil's data protection law, the LGPD" (where it applies).
_POSSESSIVE_LAW = re.compile(
    r"^\s*['’]s\s+(?:new\s+|landmark\s+|revised\s+|amended\s+)?"
    r"(?:(?:[a-z][\w-]*\s+){0,3}(?:law|act|rules|regulation|directive|ordinance|framework)(?:\s+|\s*,\s*(?:the\s+)?))?$"
)
# ... in Chinese: "新加坡《支付服务法》", "巴西的数据保护法LGPD"
_PLACE_LAW_ZH = re.compile(r"^(?:的)?(?:[\u4e00-\u9fff]{0,8}(?:法|条例|法案|法规))?[《“\"]?$")
# ... or in an apposition after the name: "PromptPay, Thailand's instant payment service".
_APPOSITION_COMMA = re.compile(r"^\)?\s*(?:\([^()]{1,12}\))?\s*,\s*$")
_POSSESSIVE_DESCRIBES = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,4}" + DESCRIBING_NOUN + r"\b")
_PLACE_BASED = re.compile(
    r"^\s*-\s*(?:based|headquartered)\s+(?:(?!(?:of|and|or|with|for|by|to|in|on|at|from)\b)[a-z][\w-]*\s+){0,4}$"
)
_PLACE_BASED_AFTER = re.compile(r"\s*-\s*(?:based|headquartered)\b")
# ... or a place's adjective in a description: "G+D, the German security technology company", and
# before the name: "the Swiss bank UBS" (see ingest.mentions.demonym_place_mentions)
_PLACE_DESCRIBES_AFTER = re.compile(r"\s" + DESCRIPTION + r"\b")
_PLACE_DESCRIBES_BEFORE = re.compile(r"^\s" + DESCRIPTION + r"\s+$")
# ... or the organisation named before a description that places it: "Nubank, the São Paulo-based digital bank".
_APPOSITION_OPENS = re.compile(r"^\)?\s*(?:\([^()]{1,12}\))?\s*,\s*(?:the|an?)\s+$")  # "EPI (…), a"
# "In the EU, X applies" / "在欧盟，X生效": a place that opens the sentence sets where what follows applies.
_FRONTED_PLACE = re.compile(r"\s*(?:in|within|across|在)\s*(?:the\s+)?")
_AFTER_FRONTED_PLACE = re.compile(r"\s*[,，]")
# "its (blockchain) unit X": the words between "its" and the unit noun are few and lower case.
_UNIT_NOUN = r"(?:unit|subsidiary|arm|affiliate|division)"
_ITS_UNIT = re.compile(
    r"\bits\s+(?:[a-z-]+\s+){0,3}?(?:(?P<unit>" + _UNIT_NOUN + r")|app|wallet|e-wallet)\s+$"
)
# ... or "its Clearstream unit": the name between "its" and the unit noun.
_ITS_BEFORE_NAME = re.compile(r"\bits\s+$")
_UNIT_AFTER_NAME = re.compile(r"\s+" + _UNIT_NOUN + r"\b")
# A description after a comma that a participle trigger ends: "X, a banking-as-a-service provider (also)
# based in P", "X, the payments unit owned by Y".
_OPEN_APPOSITION = re.compile(
    r"^\)?\s*,\s*(?:an?|the)\s+(?:(?!(?:and|or|which|who|that|while)\s)[\w&'-]+\s+){1,6}?(?:also\s+|now\s+)?$"
)
_PARTICIPLE_TRIGGER = re.compile(
    r"(?:based|headquartered|located|incorporated|owned|backed|run|operated|managed|licen[cs]ed|regulated"
    r"|supervised|authori[sz]ed|chartered|registered|founded|led|developed|designed)\b"
)
_OWNER_GAP = re.compile(r"^\s*(?:said|says|and|with|through|via|,)?\s*$")
# "百信银行的“AIBank Inside”产品", "宁波银行的快审快贷平台": a product its owner names with 的, then the kind.
_OWNER_DE_GAP = r"\s*的\s*[“\"「『《]?\s*"
_OWNER_DE = re.compile(f"^{_OWNER_DE_GAP}$")
_PRODUCT_KIND_ZH = re.compile(r"\s*[”\"」』]?\s*(?:产品|平台|系统|应用|服务|App|APP|app)")
# "其“蚁盾”平台": 其 right before a quoted name stands for its owner (see references._QI_DETERMINES)
_QI_OWNS = re.compile(r"^\s*[“\"「『]\s*$")
# "宁波银行的手机银行App“X”": the kind, then the quoted name
_OWNER_DE_KIND = re.compile(
    r"^\s*的\s*[\u4e00-\u9fff]{0,4}(?:产品|平台|系统|应用|客服|助手|钱包|工具|小程序|app|App|APP)\s*[“\"「『]\s*$"
)
_SEATED_IN = re.compile(r"(?:位于|设在|总部在)\s*$")
_SEATED_DE = re.compile(r"^\s*的[^，,。；;、和与及的]{0,8}$")
# "美国的Circle", "东京新创JPYC", "日本的网络银行乐天银行": a Chinese place before the organisation, with 的 or
# the noun that says what it is between (or nothing, before a Latin name: "美国Circle公司")
_PLACE_KIND_ZH = r"(?:新创|初创|创业公司|公司|企业|银行|集团|交易所|机构|独角兽|巨头|业者|平台)"
# ... not where the place is where something goes or happens: "拓展至日本的PayPay", "在上海的中国银行"
# (a branch's city, not where the bank is based)
_MOVING_TO_ZH = re.compile(r"(?:进入|进军|拓展|扩展|前往|到|至|向|赴|出口|在|于)\s*$")
_PLACE_DE_ZH = re.compile(
    r"^(?:的(?:[\u4e00-\u9fff]{0,6}?" + _PLACE_KIND_ZH + r")?|[\u4e00-\u9fff]{0,6}?" + _PLACE_KIND_ZH + r")$"
)
# "由蚂蚁集团发起设立的民营银行于2020年推出“大山雀”": after a trigger that ends a 的-clause, the noun it
# qualifies is its object, and a name after another trigger further on is another clause's ("…设立的网商
# 银行", with the name right after 的, is the one).
_RELATIVE_HEAD = re.compile(r"的[^\s“”\"「」『』]")
# English words that put a name after the trigger outside its object: "regulates privacy under the CDR".
# The "to" of a grant is no such word: "granted approval to X".
_OBJECT_GAP_STOP = re.compile(
    r"\b(?:under|about|against|after|before|since|until|sharing)\b"
    # "a framework modelled on Europe's PSD2": what a thing is modelled on is no object of its maker
    r"|\b(?:modell?ed|patterned|based) (?:on|after)\b|\binspired by\b|\bsimilar to\b"
    r"|\bto\b(?<!approval to)(?<!approvals to)(?<!licence to)(?<!license to)(?<!licences to)(?<!licenses to)"
    r"(?<!permit to)(?<!permits to)(?<!charter to)(?<!permission to)"
)
# "a company from Aschheim near Munich": what is named right after "near" is not the object (a gap that
# only holds "near" elsewhere, as in "in near real time via FPS", is no matter).
_NEAR_BEFORE = re.compile(r"\b(?:near|outside|close to)\s+(?:the\s+)?$")
# "regulates federally chartered banks, including RBC": the names are examples of the object the
# trigger took, and the comma before them opens no new clause.
# "launched its instant payment system, known as FAST": the name the object words go by follows.
_EXAMPLES_FOLLOW = re.compile(
    # "..., among them the exchanges Luno and VALR": an article and the kind may come before the names
    rf"\s*,\s*(?:including|such as|notably|in particular|among them|{KNOWN_AS})\s*(?:the\s+(?:[a-z][\w-]*\s+){{0,2}})?$"
    r"|\s*[，,]\s*(?:包括|例如|比如|名为|称为)\s*$"
    # "approval to five applicants: A, B and C", "批准了五家机构：A、B和C": a plural or counted kind, then a
    # colon and the list
    r"|\b[a-z][\w-]*s\s*:\s*$|[一二两三四五六七八九十几数\d]+[家个项][\u4e00-\u9fff]{0,6}\s*[：:]\s*$"
)
# "银行参与测试", "banks took part in the trial": the object is an initiative named earlier in the sentence.
_BACK_REFERENCE = re.compile(
    r"\s*(?:了|该|此|这一?|本次|上述|相关)?\s*(?:首|第[一二三四五六七八九十\d]{1,2})?(?:阶段|期|批|轮)?的?"
    r"\s*(?:测试|试点|试验|项目|计划|沙盒)"
    r"|\s*(?:in\s+)?(?:the|this|that|these)\s+(?:(?:first|second|third|fourth|next|final|new|latest|pilot)\s+)?"
    r"(?:tests?|trials?|pilots?|projects?|programmes?|programs?|schemes?|initiatives?|phases?|stages?)\b"
    r"|\s*其中"  # "中国银行苏州分行参与其中": takes part in it
    # "... are among the other central banks taking part.": what they take part in goes unsaid
    r"|\s*[.。!?！？]"
)
_BACK_REFERENCED = frozenset({RelationType.PARTICIPATES_IN, RelationType.LEADS})
# "X takes part alongside A and B.", "40 firms were chosen to join, among them A and B.": the names after
# the trigger take part too (alongside) or are the ones taking part (among them), and the sentence
# names nothing they take part in: it is what the text spoke of last.
_ALONGSIDE_AFTER = re.compile(rf"\s+{_ALONG_WITH}\s+(?:the\s+)?")
# "X正式上线": a launch told from what is launched; who launched it announced it (宣布) before
_GOES_LIVE_ZH = frozenset({"上线", "启动", "开通"})
_ANNOUNCING_ZH = re.compile(r"\s*(?:今天|今日|日前|近日)?\s*(?:联合|共同|正式)?")


def _announcers(text: str, start: int, spans: list[Span], launched: list[Span], rule: Rule) -> list[Span]:
    """The organisations that announced, before it in its sentence, the launch of ``launched``: "中国
    人民银行与香港金管局联合宣布，X正式上线"."""
    if not all(is_a(s.entity_type, EntityType.INITIATIVE) for s in launched):
        return []
    announce = text.rfind("宣布", start, min(s.start for s in launched))
    before = [s for s in spans if s.end <= announce]
    if announce < 0 or not before or not _ANNOUNCING_ZH.fullmatch(text, before[-1].end, announce):
        return []
    group = _group(spans, spans.index(before[-1]), -1, text)
    return [s for s in group if _any_fit([s], launched, rule)]


# ", using zero-knowledge proofs": a participle that opens an adjunct of the clause before the comma
_PARTICIPLE_AFTER_COMMA = re.compile(r",\s*(?:using|leveraging|deploying|applying|adopting)$")
# "A and B took part, as did the investment bank C.": C takes part too
_AS_DID_AFTER = re.compile(r"\s*,\s*as (?:did|do|does|have|has|had|will)\s+(?:the\s+)?")
# "as did the investment bank C": a few words of its kind may stand before the name
_KIND_WORDS = re.compile(r"(?:[a-z][\w-]*\s+){0,3}")
_AMONG_AFTER = re.compile(r"\s*,\s*(?:among them|including)\s+(?:the\s+)?")
_BACK_NOUN = re.compile(r"测试|试点|试验|项目|计划|沙盒|\b(?:tests?|trials?|pilots?|projects?|schemes?)\b")
# Chinese compounds end in their head: in "粤港澳大湾区“跨境理财通”业务试点" the programme launched is the
# second name; the first only qualifies it. Between the two, at most quotation marks. Two technologies
# are a name and its kind ("DeepSeek大模型"), and both are objects.
_COMPOUND_GAP = re.compile(r"^[\s“”\"「」『』]*$")
_CLOSING_QUOTE = re.compile(r"[”」』]")
# The relations of an authority over what it regulates (see _both_authorities).
_OVER = frozenset({RelationType.REGULATES, RelationType.SUPERVISES, RelationType.AUTHORIZES})
# "X, together with A and B": A and B share X's part (see sentence_relations).
_JOINED = re.compile(rf"\)?\s*(?:{_DATED})?\s*,?\s*{_ALONG_WITH}\s+(?:the\s+)?")
# "The BoT tested a wholesale CBDC in Project Inthanon", "金管局在Ensemble项目中测试代币化存款": the
# initiative is where the technology was tried (see _tried_within).
_TRYING = r"tested|tests|trialled|trialed|trials|piloted|pilots|explored|explores"
_TRIED = re.compile(
    rf"\b(?:{_TRYING}|used|uses|applied|deployed)"
    r"\s+(?:an?\s+|the\s+|its\s+|their\s+)?$"
)
# "tested wholesale interbank settlement on a distributed ledger in Project Khokha"
_TRIED_ON = re.compile(
    rf"\b(?:{_TRYING})\s+(?:[a-z][\w-]*\s+){{1,4}}?"
    r"(?:on|using|over|with)\s+(?:an?\s+|the\s+)?$"
)
_WORKING_WITH = re.compile(
    r"\s*,\s*(?:working|partnering|collaborating|cooperating|teaming up)\s+(?:together\s+)?with\s+[^,;.]{0,60}?"
    r"(?:the\s+)?"
)
_TRIER_GAP = re.compile(r"^\s*(?:,\s*)?(?:(?:has|have|had|also|already|successfully|jointly|first)\s+)*$")
# "tested a wholesale CBDC in Project X", "tested retail CBDC payments across borders in Project X"
_TRIED_IN = re.compile(r"^\s+(?:[a-z][\w-]*\s+){0,3}?(?:in|under|through|within|as part of)\s+(?:the\s+)?$")
# Verbs by which a subject asks others to do what follows: "鼓励运用区块链", "MAS encouraged banks to
# join", "要求银行接入".
_OTHERS_TO_DO = re.compile(
    r"鼓励|引导|督促|倡导|要求|\b(?:encourag|urg|requir)(?:es|ed|ing|e)\b|\bcall(?:s|ed)? on\b|\bask(?:s|ed)\b"
    # "推动金融机构导入零信任架构": pushing an industry to act (not "推动人工智能应用", its own use)
    r"|推动(?=[^，。；,;]{0,6}?(?:机构|银行|企业|业者|行业|公司))"
)
# "With Norges Bank and the Bank of Israel, it also tested ...": a sentence that opens on its subject's
# companions, who are neither the subject a pronoun after them stands for nor left out of what it did.
FRONTED_WITH = re.compile(rf"\s*(?:{_ALONG_WITH}|with)\s+[^,;:.]{{2,120}}?,\s*")
_AT_ZH = re.compile(r"^\s*(?:已|曾|也|还|将|正|率先|已经|先后|于\d{4}年)?\s*在\s*$")
_TRIED_WITHIN_ZH = re.compile(
    r"^[\s“”\"」』]*(?:项目|计划)?(?:中|下|内|框架下|框架内|里)\s*(?:测试|试验|试点|使用|应用|采用|探索|验证|运用)了?\s*$"
)
# "由A、B和C合资成立的D", "A与B合作推出的D", "A、B共同成立D": after a partnership's trigger, what they made
# together, not another partner.
_FORMING_ZH = ("成立", "设立", "组建", "创立", "创办")
_FORMED_ZH = re.compile(r"^[^,;，；a-z]{0,6}的|^\s*(?:" + "|".join(_FORMING_ZH) + ")")
_PARTNERED_ON = re.compile(r"\)?\s+on\s+(?:the\s+)?")
# "A与B合作，利用X", "A partnered with B, using X": a partner named in a 与- or with-phrase is not the
# subject of the clause that follows it; the one it partnered with is. (Text before the partner, and
# from its end to the trigger.)
_PARTNER_BEFORE = re.compile(
    r"(?:[与同跟]|\b(?:partnered|partners|partnering|worked|works|working|teamed up|cooperated|collaborated|collaborating) with(?: the)?)\s*$"
)
# ... and "A与B合作推出C", "A worked with B to launch C": B does it with A, so both do it (for what is
# done together, _CO_DONE).
_JOINTLY_AFTER = re.compile(
    r"^[\s\"”」）)]*(?:(?:合作|携手|联手|共同|一起|联合)+|to|(?:,\s*)?(?:jointly\s+)?)\s*$"
)
_PARTNER_CLAUSE_AFTER = re.compile(
    r"^[\s\"”」）)]*(?:合作|携手|联手)?[^，,；;。.]{0,12}[，,]\s*(?:并且?|还|同时|and\s+)?$"
)
# "set up X with Y": Y shares the subject's part in what is done together (see sentence_relations).
_CO_DONE = frozenset({RelationType.LAUNCHES, RelationType.LEADS, RelationType.ISSUES})
_DONE_WITH = re.compile(r"\)?\s+with\s+(?:the\s+)?")
# See Rule.adjacent; what closes an alias's parenthesis may stand between: 数研所”）联合
_ARTICLE_GAP = re.compile(r"^\s+(?:(?:the|an?)\s+)?$")
_ADJACENT_GAP = re.compile(r"^[\s\"“”「」『』)]*(?:\([^()]{0,24}\)\s*)?$")
_NEGATION = re.compile(NEGATION)
_HEDGING = re.compile(HEDGING)


def _any_word_of(words: Iterable[str] | None) -> re.Pattern[str]:
    """A search for any of ``words`` (one pass, in C); with no words known, one that always finds."""
    return re.compile("|".join(sorted(map(re.escape, words), key=len, reverse=True)) if words else "")


# Words every negation and hedge begins with: a sentence with none of them needs no regular expression.
_NEGATION_HEADS = _any_word_of(heads(NEGATION))
_HEDGING_HEADS = _any_word_of(heads(HEDGING))


# NamedTuples for the reason ingest.mentions.Found is one: made by the tens of thousands per MB.
class Span(NamedTuple):
    """A resolved mention as relation extraction sees it; or a description standing for a name
    ("the regulator", ingest.references), whose facts keep ``weight`` of their confidence; or a
    pronoun ("it", "its", 其), which stands for the first of its ``antecedents`` that fits the
    relation at hand (the entity fields hold the first of all, for what looks at one span alone)."""

    start: int
    end: int
    entity_id: str
    entity_type: EntityType
    weight: float = 1.0
    # A pronoun's candidates: ``antecedents`` in the order a subject prefers them (the topic first),
    # ``recent_first`` in the order an object does ("the FCA regulates it": the name just before,
    # the FCA itself excepted).
    antecedents: tuple[Span, ...] = ()
    recent_first: tuple[Span, ...] = ()


class FoundRelation(NamedTuple):
    relation: RelationType
    subject_id: str
    object_id: str
    sentence: int
    confidence: float
    referred: bool = False  # a party was named by a description ("the regulator")


@cache
def fits(relation: RelationType, subject: EntityType, obj: EntityType) -> bool:
    domain, range_ = RELATION_DOMAIN[relation], RELATION_RANGE[relation]
    return (not domain or any(is_a(subject, d) for d in domain)) and (
        not range_ or any(is_a(obj, r) for r in range_)
    )


# Gaps between a trigger and a name are short and repeat ("、", "和", " and the "): their verdicts are
# cached rather than recomputed by four regular expressions each time.
@lru_cache(maxsize=1 << 16)
def _subject_gap_ok(gap: str) -> bool:
    """May the name before a trigger be its subject, given the text between them?"""
    aside = _ASIDE_AFTER_NAME.match(gap)
    if aside:
        gap = gap[aside.end() :]
    return (
        # "Klarna, the Stockholm-based buy-now-pay-later firm, has held a licence from": a description
        # set off by commas, however long, leaves the name the subject
        (len(gap) <= MAX_GAP or _APPOSITION.match(gap) is not None)
        and (not _RELATIVE.search(gap) or _RELATIVE_RIGHT_AFTER_NAME.match(gap) is not None)
        and not _REPORTED.search(gap)
        and not _CAUSED_ZH.search(gap)
        and not _CAUSED_EN.search(gap)
        and not _MODIFIER_ZH.match(gap)
    )


# "runs on a blockchain built with Hyperledger Besu": a technology and what it is built with
_BUILT_WITH = re.compile(
    r"\s*,?\s*(?:(?:that|which) (?:is|was) )?(?:built|developed|implemented|running|based) (?:with|on|upon|using)"
    r"\s+(?:the\s+)?"
)


def _with_underlying(text: str, spans: list[Span], group: list[Span]) -> list[Span]:
    """The technologies of ``group`` and, after its last, the one that it is built with: who uses a
    blockchain built with Hyperledger Besu uses both."""
    last = group[-1]
    if last.entity_type != EntityType.TECHNOLOGY:
        return group
    after = next((s for s in spans if s.start >= last.end), None)
    built = _BUILT_WITH.match(text, last.end)
    if (
        after is None
        or built is None
        or built.end() != after.start
        or after.entity_type != EntityType.TECHNOLOGY
    ):
        return group
    return [*group, after]


def _another_trigger_within(triggers: Sequence[Trigger], trigger: re.Match[str], end: int) -> bool:
    """Whether a trigger other than ``trigger`` starts after it and before ``end``."""
    return any(trigger.end() <= other.start() < end for _, other in triggers)


@lru_cache(maxsize=1 << 16)
def _object_gap_ok(gap: str) -> bool:
    """May the name after a trigger be its object, given the text between them?"""
    examples = _EXAMPLES_FOLLOW.search(gap)
    head = gap[: examples.start()] if examples else gap
    return (
        len(head) <= MAX_GAP
        and not _CLAUSE_BREAK.search(head)
        and not _OBJECT_GAP_STOP.search(head)
        and not _NEAR_BEFORE.search(gap)
    )


@cache
def _compiled(rule: Rule) -> re.Pattern[str]:
    return re.compile(rule.pattern)


# A word that goes on with a sentence's own verb after a list of names, not a preposition or a
# relative that goes on with the list's last name.
_CLAUSE_VERB_AFTER = re.compile(
    r"\s+(?!(?:and|or|nor|but|in|on|at|to|for|from|with|without|as|under|since|of|by|through|during|between"
    r"|among|across|via|per|into|onto|over|which|who|whose|that|its|their|his|her|the|an?|this|these)\b)"
    r"[a-z]+\b"
)


def _aside_agents(text: str, agents: list[Span]) -> list[Span]:
    """The agents of a participle aside ("X, led by A, ..."): a list that runs on into a verb holds
    the aside's agents up to its first comma, and the sentence's subjects after it: "In Project
    Icebreaker, led by the BIS Innovation Hub, the Bank of Israel and Norges Bank linked their
    systems" (the BIS Innovation Hub leads). A comma and "alongside" end the aside too: "joined
    Project Dunbar, led by A, alongside B and C" (B and C joined with the subject)."""
    for k in range(1, len(agents)):
        if _ASIDE_ENDS_ALONG.match(text[agents[k - 1].end : agents[k].start]):
            return agents[:k]
    if len(agents) < 2 or not _CLAUSE_VERB_AFTER.match(text, agents[-1].end):
        return agents
    for k in range(1, len(agents)):
        if text[agents[k - 1].end : agents[k].start].lstrip().startswith(","):
            return agents[:k]
    return agents


_ASIDE_ENDS_ALONG = re.compile(rf"\s*,\s*{_ALONG_WITH}\b")


def _alongside_past_aside(text: str, spans: list[Span], starts: list[int], obj: Span) -> list[Span]:
    """Those named after "alongside" past a participle aside on the object, who did what the subject
    did: "joined Project Dunbar, led by the BIS Innovation Hub, alongside B and C"."""
    following = _next_span(text, spans, starts, obj)
    if following is None or not _AGENT_OF_ASIDE.fullmatch(following[1].lstrip()):
        return []
    k = bisect_left(starts, following[0].start)
    while k + 1 < len(spans):
        gap = text[spans[k].end : spans[k + 1].start]
        if _ASIDE_ENDS_ALONG.match(gap):
            return _group(spans, k + 1, 1, text)
        if not _COORDINATION.match(gap):
            return []
        k += 1
    return []


def _group(spans: list[Span], index: int, step: int, text: str) -> list[Span]:
    """The span at ``index`` and those coordinated with it, walking in direction ``step``. A pronoun
    is never one of a list: "Revolut partnered with Visa, and it uses" begins a clause."""
    group = [spans[index]]
    i = index
    while 0 <= i + step < len(spans) and not spans[i].antecedents:
        a, b = (spans[i + step], spans[i]) if step < 0 else (spans[i], spans[i + step])
        if spans[i + step].antecedents or not _COORDINATION.match(text[a.end : b.start]):
            break
        group.append(spans[i + step])
        i += step
    return group


def _both_authorities(candidate: Span, other: Span, rule: Rule) -> bool:
    """True when an authority's relation would hold between two authorities: "PRA授予Revolut牌照，FCA负责
    监管其业务" regulates Revolut's business, not the PRA's. Authorities are not what authorities
    regulate, supervise or license, so a pronoun there passes over them."""
    over = _OVER.intersection(rule.relations)
    return bool(over) and all(
        any(is_a(s.entity_type, c) for r in over for c in RELATION_DOMAIN[r] or ())
        for s in (candidate, other)
    )


def _resolve_pronouns(subject: Span, obj: Span, rule: Rule, trigger_start: int) -> tuple[Span, Span] | None:
    """The pair with each pronoun replaced by its first antecedent that is not the other party, when
    that one fits one of the rule's relations with it; else None. A pronoun before the trigger is its
    clause's subject and prefers the topic ("Revolut partnered with Visa, and it uses ..."); one after
    it prefers the nearest name ("Safaricom runs M-Pesa, and the central bank supervises it"). A
    candidate that does not fit is not passed over for one further away: the pronoun most likely
    stands for it, and the fact is not stated of the other."""

    def fitting(pronoun: Span, other: Span, pronoun_first: bool) -> Span | None:
        order = pronoun.antecedents if pronoun.start < trigger_start else pronoun.recent_first
        candidate = next(
            (c for c in order if c.entity_id != other.entity_id and not _both_authorities(c, other, rule)),
            None,
        )
        if candidate is None:
            return None
        first, second = (candidate, other) if pronoun_first else (other, candidate)
        if not any(_fits_either_way(r, first, second) for r in rule.relations):
            return None
        return Span(pronoun.start, pronoun.end, candidate.entity_id, candidate.entity_type,
                    pronoun.weight * candidate.weight)  # fmt: skip

    if subject.antecedents:
        resolved_subject = fitting(subject, obj, True)
        if resolved_subject is None:
            return None
        subject = resolved_subject
    if obj.antecedents:
        resolved_object = fitting(obj, subject, False)
        if resolved_object is None:
            return None
        obj = resolved_object
    return subject, obj


def _past_apposition(
    text: str, spans: list[Span], left_group: list[Span], trigger_start: int, word: str
) -> list[Span]:
    """ "EPI, a company owned by banks including ING, launched Wero": the names inside a description set
    off by commas are not the subject; the name the description follows is. So for a participle that
    ends the description: "Solaris, a banking-as-a-service provider also based in Berlin". [] when there
    is none."""
    first = min(left_group, key=lambda s: s.start)
    participle = _PARTICIPLE_TRIGGER.match(word) is not None
    for candidate in reversed([s for s in spans if trigger_start - 170 <= s.end <= first.start]):
        gap = text[candidate.end : trigger_start]
        if _APPOSITION.match(gap) or (participle and _OPEN_APPOSITION.match(gap)):
            return _group(spans, spans.index(candidate), -1, text)  # "Tamara and Tabby, both based in …,"
    return []


_SEATED_GAP_ZH = re.compile(r"\s*(?:的)?(?:总部)?(?:位于|设在|设于|落户|地处|在)\s*$")


def _seated_subject(text: str, spans: list[Span], left_group: list[Span]) -> list[Span]:
    """The organisation a clause placed ("A总部位于P"), when ``left_group`` is that place alone; []
    otherwise."""
    if len(left_group) != 1 or left_group[0].entity_type != EntityType.JURISDICTION:
        return []
    index = spans.index(left_group[0])
    if index and _SEATED_GAP_ZH.match(text[spans[index - 1].end : left_group[0].start]):
        return [spans[index - 1]]
    return []


def _closed_by_clause(text: str, start: int, group: list[Span], trigger_start: int) -> bool:
    """Do the names of ``group`` stand after 由 in a clause that closes before the trigger?"""
    first = min(s.start for s in group)
    last = max(s.end for s in group)
    return text[max(first - 2, start) : first].rstrip().endswith("由") and (
        _CLAUSE_BREAK.search(text, last, trigger_start) is not None
    )


_APPOSITIVE_TRIGGER = re.compile(r"(?:the|an?) ")
_OPENS_DESCRIPTION = re.compile(r",\s(?:the|an?)\b")  # a trigger that opens a description (see RULES)
_COMMA_GAP = re.compile(r"^\s*,\s*$")
# "AEON Bank, backed by AEON Financial Service and …": the agents of a participle set off by a comma
_AGENT_OF_ASIDE = re.compile(
    r",\s*(?:backed|owned|founded|run|led|headed|operated|supported|controlled|set up|created|coordinated"
    r"|organi[sz]ed|hosted|convened) by\s+(?:the\s+)?$"
)


def _agents_of_an_aside(text: str, start: int, group: list[Span]) -> bool:
    """Are the names of ``group`` the agents of a participle set off by a comma after another name?"""
    if not group:
        return False
    first = min(group, key=lambda s: s.start)
    return _AGENT_OF_ASIDE.search(text, max(start, first.start - 24), first.start) is not None


def _past_brackets(text: str, spans: list[Span], left_group: list[Span], trigger_start: int) -> list[Span]:
    """ "中国人民银行（负责…的国务院组成部门）发布了", "Ant Group (an affiliate of Alibaba) launched": the
    names inside brackets closed before the trigger are not the subject; the name the brackets follow
    is. [] when the group is not inside brackets or no name stands right before them."""
    last = max(left_group, key=lambda s: s.end)
    if not any(ch in _CLOSING_BRACKETS for ch in text[last.end : trigger_start]):
        return []
    # the group may reach past the opening bracket: "蚂蚁集团（阿里巴巴集团…）" reads as "Name (ABBR)"
    opening = max(text.rfind(bracket, 0, last.start) for bracket in _OPENING_BRACKETS)
    if opening < 0 or any(ch in _CLOSING_BRACKETS for ch in text[opening : last.start]):
        return []
    for index in range(len(spans) - 1, -1, -1):
        if spans[index].end <= opening:
            if text[spans[index].end : opening].strip():
                return []
            return _group(spans, index, -1, text)
    return []


def _nearest_fitting(
    before: list[Span],
    rule: Rule,
    *,
    subject: Span | None = None,
    obj: Span | None = None,
    relations: Sequence[RelationType] = (),
) -> list[Span]:
    """The closest span before a 由/向/在 phrase that can fill the other end of one of the rule's
    relations (or of ``relations``, when given)."""
    for candidate in reversed(before):
        s, o = (subject, candidate) if subject is not None else (candidate, obj)
        if (
            s is not None
            and o is not None
            and any(fits(r, s.entity_type, o.entity_type) for r in relations or rule.relations)
        ):
            return [candidate]
    return []


def _fits_either_way(relation: RelationType, subject: Span, obj: Span) -> bool:
    """Does the pair fit the relation, in either order when it is symmetric?"""
    return fits(relation, subject.entity_type, obj.entity_type) or (
        relation in SYMMETRIC and fits(relation, obj.entity_type, subject.entity_type)
    )


def _owner_runs(relation: RelationType, owned: Span, owner: Span) -> bool:
    """ "蚂蚁集团旗下蚂蚁链", "MobilePay, owned by Danske Bank": a product or a system is no subsidiary;
    what owns it runs it."""
    return (
        relation == RelationType.SUBSIDIARY_OF
        and not fits(relation, owned.entity_type, owner.entity_type)
        and fits(RelationType.OPERATES, owner.entity_type, owned.entity_type)
    )


def _any_fit(subjects: list[Span], objects: list[Span], rule: Rule) -> bool:
    """Does any pair fit one of the rule's relations? A pronoun fits as any of its antecedents would
    ("Pix is popular. The BCB launched it": "it" may be Pix, though the BCB comes first)."""
    return any(
        _fits_either_way(r, s, o)
        or (r == RelationType.LAUNCHES and _launched_in(s, o))
        or _owner_runs(r, s, o)
        for subject in subjects
        for s in subject.antecedents or (subject,)
        for obj in objects
        for o in obj.antecedents or (obj,)
        for r in rule.relations
    )


def _next_span(text: str, spans: list[Span], starts: list[int], span: Span) -> tuple[Span, str] | None:
    """The name after ``span`` in its sentence, and the text between the two."""
    after = bisect_left(starts, span.end)
    return (spans[after], text[span.end : spans[after].start]) if after < len(spans) else None


@cache
def _is_symmetric(rule: Rule) -> bool:
    return any(r in SYMMETRIC for r in rule.relations)


def _can_be_subject(span: Span, rule: Rule) -> bool:
    return any(is_a(span.entity_type, c) for r in rule.relations for c in RELATION_DOMAIN[r] or ())


def _launched_in(place: Span, launched: Span) -> bool:
    """ "苏州工业园区启动数字人民币试点", "Singapore launched Project Orchid": a place that launches
    something is where it applies."""
    return place.entity_type == EntityType.JURISDICTION and fits(
        RelationType.APPLIES_IN, launched.entity_type, place.entity_type
    )


def _later_fitting_object(
    text: str, spans: list[Span], right: Sequence[int], trigger_end: int, subjects: list[Span], rule: Rule
) -> list[Span]:
    for index in right[1:4]:
        if not _object_gap_ok(text[trigger_end : spans[index].start]):
            break
        if _any_fit(subjects, [spans[index]], rule):
            return _group(spans, index, 1, text)
    return []


Trigger = tuple[Rule, "re.Match[str]"]


def document_triggers(text: str) -> list[Trigger]:
    """Every trigger of every rule in a whole text, in rule order: one scan for them all."""
    found = scanner(tuple(rule.pattern for rule in RULES)).matches(text)
    return [(rule, match) for rule, matches in zip(RULES, found, strict=True) for match in matches]


def sentence_relations(
    text: str,
    start: int,
    end: int,
    spans: list[Span],
    sentence: int,
    triggers: Sequence[Trigger] | None = None,
    previous: Sequence[Span] = (),
) -> list[FoundRelation]:
    """Relations in ``text[start:end]``; ``spans`` sorted and not overlapping; ``triggers`` the ones
    inside the sentence (found here when not given); ``previous`` the names of the sentence before in
    the same paragraph, which a test or pilot the sentence speaks of may be."""
    parties = len({s.entity_id for s in spans})
    if parties < 2 and not (parties and previous):
        return []
    all_spans = spans
    # "the Lagos-based company Paystack": the place is a modifier, no party to a trigger's relation
    # ("Stripe acquired the Lagos-based company Paystack" is about Paystack).
    # "八达通、支付宝香港等电子钱包均已加入": the name after 等 says what kind the listed ones are.
    listed_ends = {s.end for s in spans}
    spans = [
        s
        for s in spans
        if (s.entity_type != EntityType.JURISDICTION or not _PLACE_BASED_AFTER.match(text, s.end))
        and not (text.startswith("等", s.start - 1) and s.start - 1 in listed_ends)
    ]
    if triggers is None:
        triggers = [(rule, m) for rule in RULES for m in _compiled(rule).finditer(text, start, end)]
    starts = [s.start for s in spans]
    ends = [s.end for s in spans]
    found: dict[tuple[str, RelationType, str], FoundRelation] = {}

    def keep(relation: FoundRelation) -> None:
        """Record a fact, or a more confident finding of one already recorded."""
        key = (relation.subject_id, relation.relation, relation.object_id)
        if key not in found or found[key].confidence < relation.confidence:
            found[key] = relation

    # Most sentences negate and hedge nothing: one look at the sentence spares a look per candidate.
    sentence_text = text[start:end]
    # A place that opens the sentence ("In the EU, ...", "在欧盟，...") sets where what follows applies.
    opening = _FRONTED_PLACE.match(text, start)
    fronted: list[Span] = []
    if (
        opening
        and spans[0].start == opening.end()
        and spans[0].entity_type == EntityType.JURISDICTION
        and _AFTER_FRONTED_PLACE.match(text, spans[0].end)
    ):
        fronted = [spans[0]]
    negated = (
        _NEGATION_HEADS.search(sentence_text) is not None and _NEGATION.search(sentence_text) is not None
    )
    hedged = _HEDGING_HEADS.search(sentence_text) is not None and _HEDGING.search(sentence_text) is not None
    asks_others = _OTHERS_TO_DO.search(sentence_text) is not None
    gives_guidance = "就" in sentence_text and _GUIDANCE_ZH.search(sentence_text) is not None
    for rule, trigger in triggers:
        # A trigger word inside a name ("监管" in "英国金融行为监管局") is no trigger. A long trigger may
        # hold a name past its first words ("参与试点的内地银行包括").
        inside = bisect_left(ends, trigger.start() + 1)
        if inside < len(spans) and spans[inside].start < min(trigger.end(), trigger.start() + 4):
            continue
        word = trigger.group()
        left = range(bisect_right(ends, trigger.start()))
        right = range(bisect_left(starts, trigger.end()), len(spans))
        left_gap = text[spans[left[-1]].end : trigger.start()] if left else ""
        left_group = _group(spans, left[-1], -1, text) if left and _subject_gap_ok(left_gap) else []
        if left_group and gives_guidance and _ABOUT_ZH.search(left_gap):
            left_group = []
        if left_group and rule.voice == "passive" and _PASSIVE_CLAUSE.search(left_gap) and word.isascii():
            left_group = []  # "…ran on Besu, and consortia led by Itaú": what is led is the consortia
        english = word.isascii()
        symmetric = _is_symmetric(rule)
        if left_group:
            left_group = _past_brackets(text, spans, left_group, trigger.start()) or left_group
        if left_group and english and not (_APPOSITIVE_TRIGGER.match(word) and _COMMA_GAP.match(left_gap)):
            # (a trigger that is itself an apposition, "Sea Limited, the company behind Shopee", speaks
            # of the name right before it)
            left_group = _past_apposition(text, spans, left_group, trigger.start(), word) or left_group
        # a setting, not one of a list of parties ("In Hungary, the MNB (…) launched")
        left_group = [s for s in left_group if s not in fronted]
        if left_group and not english and _CLAUSE_OPENS_ZH.match(left_gap):
            # "蚂蚁国际总部位于新加坡，运营Alipay+": the place closes the clause before; its subject goes on
            left_group = _seated_subject(text, spans, left_group) or left_group
        if left_group and _OPENS_DESCRIPTION.match(word):
            # "mada and sarie, the instant payment system": the description is of the name before it
            left_group = [max(left_group, key=lambda s: s.end)]
        right_gap = text[trigger.end() : spans[right[0]].start] if right else ""
        if rule.adjacent and not (
            left and right and _ADJACENT_GAP.match(left_gap) and _ADJACENT_GAP.match(right_gap)
        ):
            continue
        if rule.object_adjacent and not (right and _ARTICLE_GAP.match(right_gap)):
            continue
        head = right[0] if right else 0
        while (
            right
            and english
            and head + 1 < len(spans)
            and spans[head].entity_type == EntityType.JURISDICTION
            and _POSSESSIVE.match(text[spans[head].end : spans[head + 1].start])
        ):
            head += 1  # "the app of Ukraine's Ministry of …": the place qualifies the name after it
        if right and not english:
            while (
                head + 1 < len(spans)
                and _COMPOUND_GAP.match(text[spans[head].end : spans[head + 1].start])
                # "DeepSeek大模型": a technology before a technology names one of its kind, and stays
                and not spans[head].entity_type == spans[head + 1].entity_type == EntityType.TECHNOLOGY
                # "“大山雀”卫星遥感信贷技术": a technology after a quoted name describes it, and is no head
                and not (
                    spans[head + 1].entity_type == EntityType.TECHNOLOGY
                    and _CLOSING_QUOTE.search(text, spans[head].end, spans[head + 1].start)
                )
            ):
                head += 1
        right_group = (
            _group(spans, head, 1, text)
            if right
            and _object_gap_ok(right_gap)
            and not (
                not english
                and _RELATIVE_HEAD.match(right_gap)
                # "A设立的民营银行于2020年推出B": the noun the 的-clause qualifies does what follows (but
                # "A旗下的虛擬保險公司B": a kind right before the name is the name's)
                and _another_trigger_within(triggers, trigger, spans[head].start)
            )
            else []
        )
        if right_group and rule.adjacent and rule.voice == "passive":
            right_group = right_group[:1]  # "联邦学习框架FATE，中国信通院……": the name the kind qualifies
        if right_group and english and RelationType.USES_TECHNOLOGY in rule.relations:
            right_group = _with_underlying(text, spans, right_group)
        if right_group and english and rule.voice == "passive" and _COMMA_GAP.match(left_gap):
            right_group = _aside_agents(text, right_group)
        if (
            right_group
            and symmetric
            and not english
            and (_FORMED_ZH.match(right_gap) or word.endswith(_FORMING_ZH))
        ):
            # "A与B合资成立的C", "A、B共同成立C": C is what the partners formed, not one of them; and a
            # name that heads an earlier 的-phrase is not one either ("…成立的Mox Bank，以及A与B共同持有的…")
            right_group = []
            heads = [
                i for i, s in enumerate(left_group) if i and text[max(s.start - 1, start) : s.start] == "的"
            ]
            left_group = left_group[: heads[0]] if heads else left_group
        setting: list[Span] = []
        if RelationType.SUBSIDIARY_OF in rule.relations:
            # One owner: "a subsidiary of NPCI, and the MAS" goes on with the subsidiary's partners.
            right_group = right_group[:1] if rule.voice == "active" else right_group
            if rule.voice == "active" and _SEVERAL_OWNERS.search(right_gap):
                right_group = []  # "owned by a group of banks including ING": ING is one owner of several
            left_group = left_group[:1] if rule.voice == "passive" else left_group
            if (
                rule.voice == "passive"
                and len(right_group) > 1
                and _TOGETHER_ZH.match(text, max(s.end for s in right_group))
            ):
                # "软银集团旗下的软银公司与LY公司共同持股": the two act together; only the first is the group's
                right_group = right_group[:1]
        if rule.voice == "among":
            subjects, objects = [], []
        elif rule.voice == "passive":
            subjects, objects = right_group, left_group
            if left_group and _closed_by_clause(text, start, left_group, trigger.start()):
                # "X由A与B合资经营，持有…牌照": the 由-clause is closed; what follows is the topic's (the
                # first name that is no place: "在香港，X由…")
                opened = min(s.start for s in left_group)
                objects = next(
                    ([s] for s in spans if s.end <= opened and s.entity_type != EntityType.JURISDICTION), []
                )
            if subjects and not left_group and not text[start : trigger.start()].strip(" \"“'‘("):
                # "Launched by the BCB in 2020, it now carries more than cards": the object follows
                following = _next_span(text, spans, starts, max(subjects))
                if following and _OPENING_PARTICIPLE.match(following[1]):
                    objects = [following[0]]
            if not subjects and left_group:
                # "X由Y持有多数股权": Y, after 由, is the passive's agent; its subject stands before 由.
                # "X, which Y owns": the subject stands before "which".
                first = min(left_group, key=lambda s: s.start)
                if text[max(first.start - 2, start) : first.start].rstrip().endswith("由") or (
                    _OBJECT_RELATIVE.search(text[max(first.start - 24, start) : first.start])
                ):
                    before = [s for s in spans if s.end <= first.start - 1]
                    subjects = _nearest_fitting(before, rule, obj=first)
        else:
            subjects, objects = left_group, right_group
            if left_group:
                first = min(left_group, key=lambda s: s.start)
                marker = text[max(first.start - 2, start) : first.start].rstrip()
                before = [s for s in spans if s.end <= first.start - 1]
                left_end = max(s.end for s in left_group)
                partnered = _PARTNER_BEFORE.search(text, max(first.start - 40, start), first.start)
                if marker.endswith("由"):
                    if _CLAUSE_BREAK.search(text, left_end, trigger.start()):
                        # "X于2021年开业，由A控股，承接了B": the 由-clause is closed; the next is the topic's
                        first_named = spans[0]
                        fitting = first_named.end <= first.start and _any_fit(
                            [first_named], right_group, rule
                        )
                        subjects = [first_named] if fitting else []
                    elif _RELATIVE_HEAD.search(text, left_end, trigger.start()):
                        # "这家由蚂蚁集团发起设立的民营银行于2020年推出X": the 由-clause qualifies a noun, the
                        # subject, which stands for the name before 由
                        subjects = _nearest_fitting(before, rule, obj=right_group[0]) if right_group else []
                    elif not _DE_OBJECT.match(right_gap) and not symmetric:
                        # "B由A牵头" names the object before 由; "由A牵头的B" after the trigger. Not for
                        # partners: "C由A与B合资经营" makes C no partner of A (see _joint_ventures).
                        objects = _nearest_fitting(before, rule, subject=first)
                elif (
                    not symmetric
                    and len(left_group) == 1
                    and partnered
                    and _PARTNER_CLAUSE_AFTER.match(text[left_end : trigger.start()])
                ):
                    subjects = _nearest_fitting(before, rule, obj=right_group[0]) if right_group else []
                elif (
                    _CO_DONE.intersection(rule.relations)
                    and right_group
                    and partnered
                    and _JOINTLY_AFTER.match(text[left_end : trigger.start()])
                ):
                    subjects = left_group + [
                        s for s in _nearest_fitting(before, rule, obj=right_group[0]) if s not in left_group
                    ]
                elif marker.endswith(("与", "和", "同", "跟")) and symmetric:
                    # "A已与B签署合作协议": A partners with B, however far A stands from 与.
                    partner = _nearest_fitting(before, rule, obj=first)
                    if partner and partner[0] not in left_group:
                        subjects, objects = partner, left_group
                elif (
                    not english
                    and right_group
                    and all(s.entity_type == EntityType.JURISDICTION for s in left_group)
                    and _CLAUSE_BREAK.search(text, left_end, trigger.start())
                ):
                    # "试点在北京开展，此后扩展至上海": the places of an earlier clause are its setting;
                    # the subject is the nearest name before them that fits.
                    subjects = _nearest_fitting(before, rule, obj=right_group[0])
                elif (
                    marker.endswith("受")
                    and not right_group
                    and {RelationType.REGULATES, RelationType.SUPERVISES} & set(rule.relations)
                ):
                    # "微信支付香港受金管局监管": the one regulated stands before 受, who regulates after it
                    objects = _nearest_fitting(before, rule, subject=first)
                elif marker.endswith(("向", "将", "把", "对")) or (
                    marker.endswith("在")
                    and all(s.entity_type == EntityType.JURISDICTION for s in left_group)
                ):
                    # "A向B发放牌照", "A将B接入", "A对B实施监管", "A在B实施": B is the object, the subject
                    # stands before 向/将/对/在.
                    subjects, objects = _nearest_fitting(before, rule, obj=first), left_group
                    if not subjects and marker.endswith("在") and right_group:
                        # "A在B启动C": a trigger that takes no place; B is where C applies.
                        subjects = _nearest_fitting(before, rule, obj=right_group[0])
                        objects, setting = (right_group, left_group) if subjects else ([], [])
                elif marker.endswith("在"):
                    # "在粤港澳大湾区开展合作": what is not a place after 在 is a setting, not a party;
                    # "A在支付宝上推出B": the subject stands before 在.
                    subjects = _nearest_fitting(before, rule, obj=right_group[0]) if right_group else []
                    objects = right_group if subjects else []
                elif (
                    marker.endswith(("是", "为")) and not right_group and text.startswith("的", trigger.end())
                ):
                    # "街口支付与全支付都是金管会核准的电子支付机构": what stands before 是 is the object
                    nearest = _nearest_fitting(before, rule, subject=first)
                    if nearest:
                        objects = _group(spans, spans.index(nearest[0]), -1, text)
        if not english and rule.voice == "active" and subjects and not objects and word in _GOES_LIVE_ZH:
            # "A与B联合宣布，X正式上线": what goes live is the object of those who announce it
            announced = _announcers(text, start, spans, subjects, rule)
            if announced:
                subjects, objects = announced, subjects
        if (
            english
            and objects
            and (
                (
                    rule.voice == "active"
                    and not subjects
                    and _PARTICIPLE_AFTER_COMMA.search(text, start, trigger.end())
                )
                or (
                    word == "with"
                    and (not _any_fit(subjects, objects, rule) or _agents_of_an_aside(text, start, subjects))
                )
            )
        ):
            # The clause's subject, the first name before that fits: of a participle ("In its second
            # phase, Drex tests use cases such as …, using zero-knowledge proofs"), and of "its" in "with
            # B as its partner" when the name nearest is a project ("The Riksbank has piloted an e-krona
            # since 2020 with Accenture as its technology partner") or the agent of an aside ("AEON Bank,
            # backed by A and B, launched in 2024 with MoneyLion as its technology partner")
            before = [s for s in spans if s.end <= trigger.start()]
            subjects = next(([s] for s in before if _any_fit([s], objects, rule)), [])
        listed_after = False
        if rule.voice == "active" and right and _BACK_REFERENCED.intersection(rule.relations):
            as_did = _AS_DID_AFTER.match(text, trigger.end())
            alongside = _ALONGSIDE_AFTER.match(text, trigger.end()) or as_did
            among = None if alongside or subjects else _AMONG_AFTER.match(text, trigger.end())
            after = alongside or among
            if after and (
                after.end() == spans[right[0]].start
                or (as_did and _KIND_WORDS.fullmatch(text, after.end(), spans[right[0]].start))
            ):
                listed = _group(spans, right[0], 1, text)
                if (
                    listed[-1] is spans[-1]  # nothing named after the list to take part in
                    and _BACK_REFERENCE.match(text, listed[-1].end)
                    and all(_can_be_subject(s, rule) for s in listed)
                ):
                    subjects = [*subjects, *listed] if alongside else listed
                    objects, listed_after = [], True
        if (
            subjects
            and not objects
            and _BACK_REFERENCED.intersection(rule.relations)
            and (
                listed_after
                or (rule.voice == "active" and _BACK_REFERENCE.match(text, trigger.end()))
                # "参与试点的银行包括A、B": the trigger itself speaks of the pilot; "参与的银行包括A、B"
                # and "有16家企业参与，包括A": of what the text spoke of last
                or (rule.voice == "passive" and (_BACK_NOUN.search(word) or word.startswith("参与")))
            )
        ):
            # "启动数字人民币试点，中国银行参与其中": the pilot the comma lists with the bank is what it
            # takes part in, not one of those taking part
            subjects = [s for s in subjects if _can_be_subject(s, rule)] or subjects
            first = min(subjects, key=lambda s: s.start)
            objects = _nearest_fitting([s for s in spans if s.end <= first.start], rule, subject=first)
            if not objects and previous:  # "Project X启动。A参与首阶段测试": the test of the sentence before
                referred_to = _nearest_fitting(list(previous), rule, subject=first)
                objects = [o._replace(weight=REFERENCE_WEIGHT) for o in referred_to]
        if rule.voice == "active" and objects and spans[0].end <= trigger.start():
            chained = (
                _TOPIC_CHAIN_EN.match(left_gap)
                or _TOPIC_CHAIN_ZH.search(text, start, trigger.start())
                # "百行征信由…组建，总部位于深圳": a clause of the topic's own particulars
                or (word.startswith("总部") and _CLAUSE_OPENS_ZH.search(text, start, trigger.start()))
                # "Siemens used the law to issue a bond on Polygon": an infinitive of purpose is done by
                # the sentence's subject, when the name nearest before it cannot do it
                # (not "pushed lenders to adopt X": whom it pushes adopts it)
                or (
                    english
                    and _INFINITIVE_BEFORE.search(left_gap)
                    and not _CAUSED_EN.search(left_gap)
                    and not _any_fit(subjects, objects, rule)
                )
            )
            topic = [spans[0]]
            if chained and not english:
                # "A改制为B，成为…，并搭建了C": what the topic became is the topic from then on
                renamed = [
                    s
                    for s in spans
                    if s.end <= trigger.start()
                    and _RENAMED_AS_ZH.search(text, max(s.start - 4, start), s.start)
                ]
                topic = renamed[-1:] or topic
            if chained and topic != subjects and not _CAUSED_ZH.search(text, start, trigger.start()):
                if _any_fit(topic, objects, rule):
                    subjects = topic
                elif later := _later_fitting_object(text, spans, right, trigger.end(), topic, rule):
                    subjects, objects = topic, later
        if rule.voice == "active" and subjects and objects and not _any_fit(subjects, objects, rule):
            # "开源了隐私计算框架“隐语”": the first name after the trigger may only qualify the object.
            objects = _later_fitting_object(text, spans, right, trigger.end(), subjects, rule)
        if rule.voice == "active" and subjects and not objects and english:
            # "PayNet, the operator of DuitNow, which Bank Negara Malaysia supervises": the object of a
            # relative clause is the nearest name before "which" that fits
            first = min(subjects, key=lambda s: s.start)
            relative = _OBJECT_RELATIVE.search(text[max(first.start - 60, start) : first.start])
            if relative:
                before = [s for s in spans if s.end <= first.start]
                # the rule's first relation decides ("which BNM supervises" is about an organisation)
                for relation in rule.relations:
                    objects = _nearest_fitting(before, rule, subject=first, relations=(relation,))
                    if objects:
                        break
                if objects and relative.group("every"):
                    # "Uzcard and Humo, both of which the central bank oversees": every one listed
                    listed = _group(spans, spans.index(objects[0]), -1, text)
                    objects = [
                        o
                        for o in listed
                        if any(fits(r, first.entity_type, o.entity_type) for r in rule.relations)
                    ]
                # "..., which the Reserve Bank runs together with B and C": B and C run it too
                along = _ALONGSIDE_AFTER.match(text, trigger.end())
                if objects and along and right and along.end() == spans[right[0]].start:
                    listed = _group(spans, right[0], 1, text)
                    subjects = subjects + [
                        s for s in listed if s not in subjects and _can_be_subject(s, rule)
                    ]
        if rule.voice == "active" and subjects and not objects and RelationType.APPLIES_IN in rule.relations:
            objects = fronted  # "In the European Union, MiCA applies in full"
        if rule.voice == "active" and subjects and objects and _CO_DONE.intersection(rule.relations):
            # "SAMA set up Fintech Saudi with the Capital Market Authority": who it was done with did it too
            following = _next_span(text, spans, starts, max(objects))
            if following and _DONE_WITH.fullmatch(following[1]) and _can_be_subject(following[0], rule):
                subjects = subjects + [following[0]]
        if rule.voice == "active" and subjects and objects:
            joined = _alongside_past_aside(text, spans, starts, max(objects))
            subjects = subjects + [s for s in joined if s not in subjects and _can_be_subject(s, rule)]
        if rule.voice == "active" and subjects and len(objects) > 1:
            # "BoT is a founding member of mBridge, together with the HKMA and the CBUAE": those named
            # after "together with" share the subject's part, not the object's
            ordered = sorted(objects)
            cut = next(
                (
                    i
                    for i in range(1, len(ordered))
                    if _JOINED.fullmatch(text, ordered[i - 1].end, ordered[i].start)
                ),
                None,
            )
            if cut is not None:
                # ... unless they cannot play it: "proposed FiDA, together with PSD3" proposed both
                joined = [s for s in ordered[cut:] if _can_be_subject(s, rule)]
                objects = [s for s in ordered if s not in joined]
                subjects = subjects + [s for s in joined if s not in subjects]
        pairs = [(s, o) for s in subjects for o in objects]
        if RelationType.PARTNERS_WITH in rule.relations and pairs and not negated:
            # "SAMA worked with the Central Bank of the UAE on Project Aber": both take part in it
            following = _next_span(text, spans, starts, max(objects))
            if (
                following
                and _PARTNERED_ON.fullmatch(following[1])
                and is_a(following[0].entity_type, EntityType.INITIATIVE)
            ):
                initiative = following[0]
                for party in {*subjects, *objects}:
                    if not party.antecedents and fits(
                        RelationType.PARTICIPATES_IN, party.entity_type, initiative.entity_type
                    ):
                        keep(FoundRelation(RelationType.PARTICIPATES_IN, party.entity_id, initiative.entity_id,
                                           sentence, rule.confidence * party.weight, party.weight < 1.0))  # fmt: skip
        if not objects and symmetric:
            listed = right_group if rule.voice == "among" else left_group
            pairs = [(a, b) for i, a in enumerate(listed) for b in listed[i + 1 :]]
        for subject, obj in pairs:
            if subject.antecedents or obj.antecedents:
                resolved = _resolve_pronouns(subject, obj, rule, trigger.start())
                if resolved is None:
                    continue
                subject, obj = resolved
            if subject.entity_id == obj.entity_id:
                continue
            window_start = max(min(subject.start, obj.start, trigger.start()) - 12, start)
            window_end = min(max(subject.end, obj.end, trigger.end()), end)
            window = text[window_start:window_end]
            if (
                negated
                and subject.end <= trigger.start()
                and _APPOSITION.match(text, subject.end, trigger.start())
            ):
                # "Monobank, a bank without branches, works with": the aside negates nothing of the verb
                window = text[window_start : subject.end] + " " + text[trigger.start() : window_end]
            if negated and _NEGATION.search(window):
                continue
            if (
                asks_others
                and subject.end <= trigger.start()
                and _OTHERS_TO_DO.search(text, subject.end, trigger.start())
            ):
                continue  # "八部门…鼓励运用区块链": who encourages a use is not the user
            confidence = rule.confidence * (HEDGE_FACTOR if hedged and _HEDGING.search(window) else 1.0)
            confidence *= subject.weight * obj.weight
            referred = subject.weight < 1.0 or obj.weight < 1.0
            for relation in rule.relations:
                s, o = subject, obj
                if _owner_runs(relation, s, o):
                    relation, s, o = RelationType.OPERATES, o, s
                if relation == RelationType.OPERATES and is_a(o.entity_type, EntityType.INITIATIVE):
                    relation = _running(o.entity_type)
                if relation == RelationType.LAUNCHES and _launched_in(s, o):
                    keep(
                        FoundRelation(
                            RelationType.APPLIES_IN, o.entity_id, s.entity_id, sentence, confidence, referred
                        )
                    )
                    break
                if not fits(relation, s.entity_type, o.entity_type):
                    if relation in SYMMETRIC and fits(relation, o.entity_type, s.entity_type):
                        s, o = o, s
                    else:
                        continue
                if relation in SYMMETRIC and o.entity_id < s.entity_id:
                    s, o = o, s
                keep(FoundRelation(relation, s.entity_id, o.entity_id, sentence, confidence, referred))
                for place in setting:
                    if fits(RelationType.APPLIES_IN, o.entity_type, place.entity_type):
                        applies = RelationType.APPLIES_IN
                        keep(
                            FoundRelation(
                                applies, o.entity_id, place.entity_id, sentence, confidence, referred
                            )
                        )
                break
    named = [s for s in all_spans if s.weight == 1.0]  # what names say of each other, not descriptions
    for placed in (
        *_qualifying_places(text, start, named, sentence),
        *_owned_units(text, start, named, sentence),
        *_its_initiatives(text, named, sentence),
        *_possessed_initiatives(text, named, sentence),
        *_tried_within(text, start, named, all_spans, sentence),
        *_owned_products(text, all_spans, sentence),
        *_products_of_a_kind(text, all_spans, sentence),
        *_named_by_technology(text, named, sentence),
        *_joint_ventures(text, start, end, all_spans, sentence),
        *_fronted_initiative(text, start, named, sentence),
        *_founded_bodies(text, named, sentence),
        *_possessed_rules(text, all_spans, sentence),
    ):
        found.setdefault((placed.subject_id, placed.relation, placed.object_id), placed)
    return list(found.values())


def cooccurring_pairs(spans: Sequence[Span]) -> list[tuple[str, str]]:
    """The pairs of entities (ids in order, as a symmetric fact keeps them) that one sentence names
    together. Places are left out: they are named beside nearly everything, and their typed facts
    (BASED_IN, APPLIES_IN) say what matters."""
    named = sorted({s.entity_id for s in spans if s.entity_type != EntityType.JURISDICTION})
    return list(combinations(named, 2)) if 2 <= len(named) <= MAX_COOCCURRING else []


def _owned_units(text: str, start: int, spans: list[Span], sentence: int) -> Iterator[FoundRelation]:
    """SUBSIDIARY_OF facts of a unit its owner names, OPERATES facts of its app or wallet: "JPMorgan
    said its blockchain unit Kinexys", "Ant Group and its subsidiary MYbank", "through its Clearstream
    unit", "Kasikornbank, which did not win a licence, said it would invest in its mobile app K PLUS".
    The owner is the organisation just before "its", or the only one the sentence names before it."""
    for i, unit in enumerate(spans):
        own = _ITS_UNIT.search(text, max(start, unit.start - 60), unit.start)
        named_first = own is None and _UNIT_AFTER_NAME.match(text, unit.end) is not None
        if named_first:
            own = _ITS_BEFORE_NAME.search(text, max(start, unit.start - 6), unit.start)
        if own is None:
            continue
        owners = [
            s for s in spans[:i] if s.end <= own.start() and is_a(s.entity_type, EntityType.ORGANIZATION)
        ]
        if not owners or not (
            _OWNER_GAP.match(text[owners[-1].end : own.start()]) or len({s.entity_id for s in owners}) == 1
        ):
            continue
        owner = owners[-1]
        if named_first or own.group("unit"):
            if fits(RelationType.SUBSIDIARY_OF, unit.entity_type, owner.entity_type):
                yield FoundRelation(
                    RelationType.SUBSIDIARY_OF, unit.entity_id, owner.entity_id, sentence, 0.7
                )
        elif fits(RelationType.OPERATES, owner.entity_type, unit.entity_type):
            yield FoundRelation(RelationType.OPERATES, owner.entity_id, unit.entity_id, sentence, 0.7)


# "testing Drex, its platform for a digital real": the appositive says whose the initiative is
_ITS_APPOSITIVE = re.compile(
    r",\s+(?:its|their)\s+(?:own\s+)?(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:platform|project|pilot|programme|program|scheme|system|network|sandbox|initiative|service|app|wallet)\b"
)


def _running(initiative_type: EntityType) -> RelationType:
    """What running an initiative is: a project is led ("MAS ran Project Ubin"); a system, a platform, a
    programme or a sandbox is operated (as the gold annotations record them)."""
    return RelationType.LEADS if is_a(initiative_type, EntityType.PROJECT) else RelationType.OPERATES


def _its_initiatives(text: str, spans: list[Span], sentence: int) -> Iterator[FoundRelation]:
    """LEADS (a project) or OPERATES (a system, platform, programme or sandbox) facts of an initiative
    described as the only organisation's the sentence names before it: "The BCB has spent a year
    testing Drex, its platform for a digital real"."""
    for i, initiative in enumerate(spans):
        if not is_a(initiative.entity_type, EntityType.INITIATIVE) or not _ITS_APPOSITIVE.match(
            text, initiative.end
        ):
            continue
        owners = [s for s in spans[:i] if is_a(s.entity_type, EntityType.ORGANIZATION)]
        if len({s.entity_id for s in owners}) != 1:
            continue
        owner = owners[-1]
        relation = _running(initiative.entity_type)
        if fits(relation, owner.entity_type, initiative.entity_type):
            yield FoundRelation(relation, owner.entity_id, initiative.entity_id, sentence, 0.7)


# "Bank Leumi built Pepper", "Tencent set up WeBank", "腾讯发起设立微众银行": the body one sets up is its
# own. Only with the founder right before the verb and the body right after it ("set up a partnership
# with Grab" founds nothing); a product or a project launched is the launch rules'.
_FOUNDED_EN = re.compile(
    r"^\s+(?:(?:also|later|then|first|itself)\s+)?(?:launched|set up|established|created|built|opened|founded)"
    r"\s+(?:(?:the|an?|its own|its)\s+)?$"
)
_FOUNDED_ZH = re.compile(r"^\s*(?:于\d{4}年)?(?:发起)?(?:设立|成立|创立|组建|创办)了?\s*$")


def _founded_bodies(text: str, spans: list[Span], sentence: int) -> Iterator[FoundRelation]:
    """SUBSIDIARY_OF facts of an organisation that the one named right before the verb sets up."""
    for founder, body in pairwise(spans):
        if (
            is_a(founder.entity_type, EntityType.ORGANIZATION)
            and is_a(body.entity_type, EntityType.ORGANIZATION)
            and founder.entity_id != body.entity_id
            and (_FOUNDED_EN.match(gap := text[founder.end : body.start]) or _FOUNDED_ZH.match(gap))
            and fits(RelationType.SUBSIDIARY_OF, body.entity_type, founder.entity_type)
        ):
            yield FoundRelation(RelationType.SUBSIDIARY_OF, body.entity_id, founder.entity_id, sentence, 0.7)


# "In Project Icebreaker, ...", "Under Project Guardian, ...", "在mBridge项目中，...": an initiative that
# opens the sentence is where its subjects act.
_FRONTED_INITIATIVE_EN = re.compile(r"\s*(?:in|under|through)\s+(?:the\s+)?")
_AFTER_FRONTED_INITIATIVE_EN = re.compile(r"\s*,")
_FRONTED_INITIATIVE_ZH = re.compile(r"\s*在\s*")
_AFTER_FRONTED_INITIATIVE_ZH = re.compile(r"\s*(?:项目|计划|试点)?\s*(?:中|当中|里|框架下)\s*[，,]\s*$")
# the first name of the clause after the opening: after its comma, or after the comma that closes an
# aside ("In Project Icebreaker, led by the BIS Innovation Hub, the Bank of Israel ...")
_CLAUSE_OPENS = re.compile(r"[,，]\s*(?:the\s+)?$")


def _fronted_initiative(text: str, start: int, spans: list[Span], sentence: int) -> Iterator[FoundRelation]:
    """PARTICIPATES_IN facts of the organisations that are the subject of a sentence an initiative
    opens: "In Project Icebreaker, the Bank of Israel, Norges Bank and Sveriges Riksbank linked their
    systems", "在多边央行数字货币桥项目中，中国人民银行、香港金融管理局……共同开展测试"."""
    if len(spans) < 2 or not is_a(spans[0].entity_type, EntityType.INITIATIVE):
        return
    initiative = spans[0]
    english = text[initiative.start : initiative.end].isascii() and text[start : initiative.start].isascii()
    fronted, after = (
        (_FRONTED_INITIATIVE_EN, _AFTER_FRONTED_INITIATIVE_EN)
        if english
        else (_FRONTED_INITIATIVE_ZH, _AFTER_FRONTED_INITIATIVE_ZH)
    )
    opening = fronted.match(text, start)
    if (
        not opening
        or opening.end() != initiative.start
        or not after.match(text[initiative.end : spans[1].start])
    ):
        return
    first = next(
        (i for i in range(1, len(spans)) if _CLAUSE_OPENS.search(text[spans[i - 1].end : spans[i].start])),
        None,
    )
    if first is None:
        return
    subjects = _group(spans, first, 1, text)
    if english and not _CLAUSE_VERB_AFTER.match(text, subjects[-1].end):
        return  # "In Project Ubin, a project of MAS, ..." goes on with a description, not a clause
    if not english and text.startswith(("的", "等"), subjects[-1].end):
        return  # "在该项目中，A的B……": the name qualifies what acts
    for subject in subjects:
        if is_a(subject.entity_type, EntityType.ORGANIZATION) and fits(
            RelationType.PARTICIPATES_IN, subject.entity_type, initiative.entity_type
        ):
            yield FoundRelation(
                RelationType.PARTICIPATES_IN, subject.entity_id, initiative.entity_id, sentence, 0.7
            )


# "the HKMA's Fintech Supervisory Sandbox", "MAS's own Project Orchid", "香港金融管理局的金融科技監管沙盒"
_OWNER_OF_NEXT = re.compile(rf"^(?:{_POSSESSIVE_GAP}(?:own\s+)?|{_OWNER_DE_GAP})$")


def _possessed_initiatives(text: str, spans: list[Span], sentence: int) -> Iterator[FoundRelation]:
    """LEADS (a project) or OPERATES (a system, platform, programme or sandbox) facts of an initiative
    an organisation's name owns right before it: "the Bank of Ghana's regulatory sandbox", "中国人民银行的
    数字人民币试点"."""
    for owner, initiative in pairwise(spans):
        if (
            is_a(owner.entity_type, EntityType.ORGANIZATION)
            and is_a(initiative.entity_type, EntityType.INITIATIVE)
            and _OWNER_OF_NEXT.match(text[owner.end : initiative.start])
        ):
            relation = _running(initiative.entity_type)
            if fits(relation, owner.entity_type, initiative.entity_type):
                yield FoundRelation(relation, owner.entity_id, initiative.entity_id, sentence, 0.7)


# "支付宝香港由蚂蚁集团与长江和记实业合资经营": the venture before 由, its owners after it
_VENTURE_BY_ZH = re.compile(r"^\s*由\s*$")
_OWNED_BY_BEFORE_ZH = re.compile(r"^\s*(?:旗下|下属)的?\s*$")
_TOGETHER_ZH = re.compile(r"\s*共同")
# "A与B共同出资成立的C", "C由A与B共同持股": funding or holding it together is a venture too
_FORMED_JOINTLY_ZH = "(?:(?:共同)?合资|共同出资)(?:经营|" + "|".join(_FORMING_ZH) + ")?|共同持股"
_VENTURE_VERB_ZH = re.compile(r"\s*(?:" + _FORMED_JOINTLY_ZH + ")")
# "蚂蚁集团与长江和记实业合资成立的支付宝香港", "A与B的合资公司C", "A、B与C共同持有的D": the owners first
_VENTURE_AFTER_OWNERS_ZH = re.compile(
    r"^\s*(?:(?:" + _FORMED_JOINTLY_ZH + r")的|共同(?:持有|拥有|控股)的|的合资)(?:公司|企业|银行|机构)?\s*$"
)
# "a joint venture between", "a consortium of": the owners follow
_VENTURE_OF = r"\b(?:joint venture|consortium) (?:of|between|formed by)\s+(?:the\s+)?"
# "GoTyme Bank, a joint venture between the Gokongwei Group and Tyme"
_VENTURE_OF_EN = re.compile(
    r"^\s*(?:\([^()]{1,12}\))?\s*,\s*(?:an?|the)\s+(?:[\w-]+\s+){0,2}?" + _VENTURE_OF + "$"
)


_VENTURE_WORDS = re.compile(r"合资|共同(?:持有|拥有|控股|出资|持股)|\bjoint venture\b|\bconsortium\b")
# "a consortium of Grab and Singtel, which opened GXBank": what the owners opened together
_CONSORTIUM_OF_EN = re.compile(_VENTURE_OF + "$")
_VENTURE_OPENED_EN = re.compile(
    r"^\s*,?\s*(?:which|that)\s+(?:(?:has|have|had|then|later|jointly)\s+)?"
    r"(?:opened|launched|set up|founded|formed|established|created|started)\s+(?:the\s+)?$"
)


def _joint_ventures(
    text: str, start: int, end: int, spans: list[Span], sentence: int
) -> Iterator[FoundRelation]:
    """SUBSIDIARY_OF facts of a joint venture and each of the two or more owners the sentence names
    with it: "GoTyme Bank, a joint venture between the Gokongwei Group and Tyme", "支付宝香港由蚂蚁集团
    与长江和记实业合资经营", "蚂蚁集团与长江和记实业合资成立的支付宝香港". ``spans`` are names and
    descriptions; the owners must be named, the venture may be described ("该公司由A与B共同持股"). (That
    the owners are partners is the partner rules'.)"""
    if _VENTURE_WORDS.search(text, start, end) is None:
        return  # most sentences speak of no venture: one look spares a look per name
    for i, venture in enumerate(spans):
        if not is_a(venture.entity_type, EntityType.ORGANIZATION):
            continue
        owners: list[Span] = []
        if i + 1 < len(spans):
            gap = text[venture.end : spans[i + 1].start]
            if _VENTURE_OF_EN.match(gap):
                owners = _group(spans, i + 1, 1, text)
            elif _VENTURE_BY_ZH.match(gap):
                owners_from = i + 1
                while owners_from + 1 < len(spans) and _OWNED_BY_BEFORE_ZH.match(
                    text[spans[owners_from].end : spans[owners_from + 1].start]
                ):
                    owners_from += 1  # "由软银集团旗下的软银公司与LY公司共同持股": the owners are its units
                listed = _group(spans, owners_from, 1, text)
                owners = listed if _VENTURE_VERB_ZH.match(text, listed[-1].end) else []
        if not owners and i and _VENTURE_AFTER_OWNERS_ZH.match(text[spans[i - 1].end : venture.start]):
            # back to the name that heads an earlier 的-phrase ("…成立的Mox Bank，以及A、B与C共同持有的D")
            listed = _group(spans, i - 1, -1, text)
            heads = [
                k for k, owner in enumerate(listed) if text[max(owner.start - 1, 0) : owner.start] == "的"
            ]
            owners = listed[: heads[0]] if heads else listed
        if not owners and i and _VENTURE_OPENED_EN.match(text[spans[i - 1].end : venture.start]):
            # "a consortium of Grab and Singtel, which opened GXBank"
            listed = _group(spans, i - 1, -1, text)
            first = min(listed, key=lambda s: s.start)
            if _CONSORTIUM_OF_EN.search(text, max(first.start - 40, 0), first.start):
                owners = listed
        owners = [o for o in owners if o.weight == 1.0 and not o.antecedents]  # owners are named
        if len(owners) < 2:
            continue  # one owner is no venture of several: the ownership rules read it
        if venture.antecedents:
            continue  # a pronoun: which name it stands for is not this reading's to decide
        # the venture may be a description of a name before ("该公司由A与B共同持股")
        referred = venture.weight != 1.0
        for owner in owners:
            if owner.entity_id != venture.entity_id and fits(
                RelationType.SUBSIDIARY_OF, venture.entity_type, owner.entity_type
            ):
                yield FoundRelation(
                    RelationType.SUBSIDIARY_OF,
                    venture.entity_id,
                    owner.entity_id,
                    sentence,
                    0.7 * venture.weight,
                    referred,
                )


# Who may issue a plan or a guideline its name stands before: an authority, not a firm ("the bank's
# GDPR programme" is no law the bank issued).
_ISSUING_AUTHORITIES = (
    EntityType.REGULATOR,
    EntityType.GOVERNMENT_BODY,
    EntityType.INTERNATIONAL_ORGANIZATION,
)
_AUTHORITY_RULES = (EntityType.POLICY, EntityType.GUIDELINE)


def _possessed_rules(text: str, spans: list[Span], sentence: int) -> Iterator[FoundRelation]:
    """ISSUES facts of a plan or a guideline an authority's name, or a description of one, owns right
    before it: "the central bank's Financial Sector Blueprint", "金管局的《指引》". Not a law: "the
    FCA's PSD2 rules" are the EU's."""
    if not any(s.entity_type in _AUTHORITY_RULES for s in spans):
        return
    for owner, issued in pairwise(spans):
        if (
            not owner.antecedents
            and any(is_a(owner.entity_type, t) for t in _ISSUING_AUTHORITIES)
            and issued.entity_type in _AUTHORITY_RULES
            and issued.weight == 1.0
            and _OWNER_OF_NEXT.match(text[owner.end : issued.start])
        ):
            referred = owner.weight < 1.0
            yield FoundRelation(
                RelationType.ISSUES, owner.entity_id, issued.entity_id, sentence, 0.7 * owner.weight, referred
            )


def _products_of_a_kind(text: str, spans: list[Span], sentence: int) -> Iterator[FoundRelation]:
    """USES_TECHNOLOGY facts of a quoted product right after a technology that names its kind:
    "智能客服「玉山小i」", "聊天机器人“小招”" (read here, not as a trigger: the quotation mark is no verb
    and must not cut what a verb before it governs, "其推出的智能助手“小邮助手”")."""
    for technology, product in pairwise(spans):
        if (
            technology.entity_type == EntityType.TECHNOLOGY
            and text.endswith(_PRODUCT_KIND_TECHNOLOGY, technology.start, technology.end)
            and _QI_OWNS.match(text[technology.end : product.start])
            and fits(RelationType.USES_TECHNOLOGY, product.entity_type, technology.entity_type)
        ):
            yield FoundRelation(
                RelationType.USES_TECHNOLOGY, product.entity_id, technology.entity_id, sentence, 0.7
            )


_PRODUCT_KIND_TECHNOLOGY = ("客服", "机器人", "助手", "chatbot", "assistant")


def _named_by_technology(text: str, spans: list[Span], sentence: int) -> Iterator[FoundRelation]:
    """USES_TECHNOLOGY facts of a name written right after the technology it is known for, with nothing
    between, as Chinese writes a kind before a name: "行动支付PayPay", "区块链公司Ripple" is the kind
    rule's (a noun between)."""
    for technology, named in pairwise(spans):
        if (
            technology.entity_type == EntityType.TECHNOLOGY
            and technology.end == named.start
            and is_cjk(text[technology.end - 1])
            and fits(RelationType.USES_TECHNOLOGY, named.entity_type, technology.entity_type)
        ):
            yield FoundRelation(
                RelationType.USES_TECHNOLOGY, named.entity_id, technology.entity_id, sentence, 0.7
            )


def _owned_products(text: str, spans: list[Span], sentence: int) -> Iterator[FoundRelation]:
    """OPERATES facts of a product named after its owner and 的, or after 其, then called a product,
    platform, system or app: "宁波银行的“快审快贷”产品", "其“蚁盾”平台"; or quoted after its owner, 的 and
    such a kind, which may itself name a technology: "玉山銀行的智能客服「玉山小i」"."""
    for i, (owner, product) in enumerate(pairwise(spans)):
        gap = text[owner.end : product.start]
        # a name or a description ("该公司的"), or a pronoun standing for a name, then the quoted product
        # and its kind; or 的, the kind, then the quoted product
        kind_after = (
            _OWNER_DE.match(gap) or (owner.weight < 1.0 and _QI_OWNS.match(gap))
        ) and _PRODUCT_KIND_ZH.match(text, product.end)
        if (kind_after or _OWNER_DE_KIND.match(gap)) and fits(
            RelationType.OPERATES, owner.entity_type, product.entity_type
        ):
            yield FoundRelation(RelationType.OPERATES, owner.entity_id, product.entity_id, sentence, 0.7)
        elif (
            i + 2 < len(spans)
            and product.entity_type == EntityType.TECHNOLOGY
            and _OWNER_DE.match(gap)
            and _QI_OWNS.match(text[product.end : spans[i + 2].start])
            and fits(RelationType.OPERATES, owner.entity_type, spans[i + 2].entity_type)
        ):
            yield FoundRelation(RelationType.OPERATES, owner.entity_id, spans[i + 2].entity_id, sentence, 0.7)


def fronted_companions(text: str, start: int, spans: Sequence[Span], before: int) -> list[Span]:
    """The names of a with-phrase the sentence at ``start`` opens on, when it closes before ``before``."""
    fronted = FRONTED_WITH.match(text, start)
    if fronted is None or fronted.end() > before:
        return []
    return [s for s in spans if fronted.start() <= s.start and s.end <= fronted.end()]


def _tried_within(
    text: str, start: int, spans: list[Span], named_or_referred: list[Span], sentence: int
) -> Iterator[FoundRelation]:
    """A technology tried inside an initiative: the initiative uses it, and who tried it takes part in
    the initiative and uses the technology. "The Bank of Thailand tested a wholesale CBDC in Project
    Inthanon", "香港金管局在Ensemble项目中测试代币化存款". Only with the organisation named, or referred
    to ("it"), right before the verb (or before 在): "in Project X" after anything else says where, not
    who. Companions the sentence opens on ("With A and B, it tested ...") take part with it."""
    for i, (first, second) in enumerate(pairwise(spans)):
        gap = text[first.end : second.start]
        if first.entity_type == EntityType.TECHNOLOGY and _TRIED_IN.match(gap):
            technology, initiative = first, second
            verb = _TRIED.search(
                text, max(start, technology.start - 24), technology.start
            ) or _TRIED_ON.search(text, max(start, technology.start - 72), technology.start)
            if verb is None:
                continue
            triers = [s for s in named_or_referred if s.end <= verb.start()]
            if not triers or not _TRIER_GAP.match(text[triers[-1].end : verb.start()]):
                continue
        elif second.entity_type == EntityType.TECHNOLOGY and _TRIED_WITHIN_ZH.match(gap) and i > 0:
            initiative, technology = first, second
            triers = spans[:i]
            if not _AT_ZH.match(text[triers[-1].end : initiative.start]):
                continue
        else:
            continue
        trier = triers[-1]
        if not fits(RelationType.USES_TECHNOLOGY, initiative.entity_type, technology.entity_type):
            continue
        uses = RelationType.USES_TECHNOLOGY
        yield FoundRelation(uses, initiative.entity_id, technology.entity_id, sentence, 0.7)
        # "..., working with a group of banks and the software firm ConsenSys": who tried it with others
        # working with it led the trial, and they took part
        after = i + 1 if initiative is first else i + 2  # the name after the initiative
        helpers = (
            _group(spans, after, 1, text)
            if after < len(spans) and _WORKING_WITH.fullmatch(text[initiative.end : spans[after].start])
            else []
        )
        for helper in helpers:
            if fits(RelationType.PARTICIPATES_IN, helper.entity_type, initiative.entity_type):
                yield FoundRelation(
                    RelationType.PARTICIPATES_IN, helper.entity_id, initiative.entity_id, sentence, 0.7
                )
        for party in (trier, *fronted_companions(text, start, spans, trier.start)):
            if fits(RelationType.PARTICIPATES_IN, party.entity_type, initiative.entity_type):
                participates = (
                    RelationType.LEADS if helpers and party is trier else RelationType.PARTICIPATES_IN
                )
                referred_to = party.weight < 1.0
                confidence = 0.8 * party.weight
                yield FoundRelation(
                    participates, party.entity_id, initiative.entity_id, sentence, confidence, referred_to
                )
                yield FoundRelation(
                    uses, party.entity_id, technology.entity_id, sentence, confidence, referred_to
                )


def _qualifying_places(text: str, start: int, spans: list[Span], sentence: int) -> Iterator[FoundRelation]:
    """BASED_IN facts of a place that qualifies the organisation named right before or after it (see
    _POSSESSIVE), and APPLIES_IN facts of a law it qualifies (see _POSSESSIVE_LAW)."""

    def based_in(organisation: Span, place: Span) -> bool:
        return place.entity_type == EntityType.JURISDICTION and fits(
            RelationType.BASED_IN, organisation.entity_type, place.entity_type
        )

    def applies_in(law: Span, place: Span) -> bool:
        return (
            place.entity_type == EntityType.JURISDICTION
            and is_a(law.entity_type, EntityType.REGULATION)
            and fits(RelationType.APPLIES_IN, law.entity_type, place.entity_type)
        )

    for i, place in enumerate(spans):
        if place.entity_type != EntityType.JURISDICTION or not text.startswith(("'s", "’s"), place.end):
            continue
        # the technologies the description names ("instant payment") are part of it
        named = next((s for s in spans[i + 1 :] if s.entity_type != EntityType.TECHNOLOGY), None)
        if (
            named is not None
            and based_in(named, place)
            and _POSSESSIVE_DESCRIBED.match(text[place.end : named.start])
        ):
            yield FoundRelation(RelationType.BASED_IN, named.entity_id, place.entity_id, sentence, 0.8)
        # "BLIK, Poland's most popular mobile payment method": the technologies the description names
        # are what the name before it uses
        described = _POSSESSIVE_DESCRIBES.match(text, place.end)
        if (
            described
            and i
            and _APPOSITION_COMMA.match(text[spans[i - 1].end : place.start])
            and fits(RelationType.USES_TECHNOLOGY, spans[i - 1].entity_type, EntityType.TECHNOLOGY)
        ):
            for technology in spans[i + 1 :]:
                if technology.start >= described.end():
                    break
                if technology.entity_type == EntityType.TECHNOLOGY:
                    yield FoundRelation(
                        RelationType.USES_TECHNOLOGY,
                        spans[i - 1].entity_id,
                        technology.entity_id,
                        sentence,
                        0.8,
                    )
        if (
            named is not None
            and applies_in(named, place)
            and _POSSESSIVE_LAW.match(text[place.end : named.start])
        ):
            yield FoundRelation(RelationType.APPLIES_IN, named.entity_id, place.entity_id, sentence, 0.8)
    for first, second in pairwise(spans):
        gap = text[first.end : second.start]
        if (
            applies_in(second, first)
            and (
                (is_cjk(text[first.end - 1]) and _PLACE_LAW_ZH.match(gap))
                # "the EU Instant Payments Regulation", "UK GDPR": a place right before a law's name is its
                or (
                    gap == " "
                    and text[first.start : first.end].isascii()
                    and text[second.start : second.end].isascii()
                )
            )
        ):
            yield FoundRelation(RelationType.APPLIES_IN, second.entity_id, first.entity_id, sentence, 0.8)
        if based_in(first, second) and (
            (
                _APPOSITION_OPENS.match(gap)
                and (
                    _PLACE_BASED_AFTER.match(text, second.end)
                    or _PLACE_DESCRIBES_AFTER.match(text, second.end)
                )
            )
            or (_APPOSITION_COMMA.match(gap) and _POSSESSIVE_DESCRIBES.match(text, second.end))
        ):
            yield FoundRelation(RelationType.BASED_IN, first.entity_id, second.entity_id, sentence, 0.8)
        if based_in(second, first) and (
            _POSSESSIVE.match(gap)
            or _PLACE_BASED.match(gap)
            or _PLACE_DESCRIBES_BEFORE.match(gap)
            or (_SEATED_DE.match(gap) and _SEATED_IN.search(text, max(first.start - 4, start), first.start))
            or (
                is_cjk(text[first.end - 1])
                and is_a(second.entity_type, EntityType.ORGANIZATION)
                and (_PLACE_DE_ZH.match(gap) or (not gap and text[second.start].isascii()))
                and not _MOVING_TO_ZH.search(text, max(first.start - 4, start), first.start)
            )
        ):
            yield FoundRelation(RelationType.BASED_IN, second.entity_id, first.entity_id, sentence, 0.8)
