"""Trigger words of each relation, in English and Chinese (Simplified; Traditional text is matched after
conversion). Data, not code: ``ingest.relations`` applies them.

``voice`` says where the subject stands: "active" (subject before the trigger: "MAS launched X",
"蚂蚁集团推出X") or "passive" (subject after it: "X, led by MAS", "X由MAS牵头" is handled as active
with a 由-subject). Candidate relation types are tried in order; the first whose domain and range fit
the two entities' types wins, so one trigger ("发布", "launched") can serve several relations.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.vocab import RelationType as R


@dataclass(frozen=True)
class Rule:
    pattern: str  # a regular expression over the normalised (lower-case, Simplified) text
    relations: tuple[R, ...]
    # active: subject before, object after; passive: the reverse; among: the names listed after the
    # trigger, each with every other ("a consortium of A, B and C").
    voice: str = "active"
    confidence: float = 0.8
    # The parties stand right beside the trigger, a parenthesis at most between: "A联合B" (联合 as a
    # verb), not "联合印发" or "联合风控" (as an adverb or a modifier, with no partner after it).
    adjacent: bool = False
    # The object stands right after the trigger, an article at most between: "bought Paystack", not
    # "bought cards from Monzo".
    object_adjacent: bool = False


# What an organisation is said to be, in a description of it: "Brazil's central bank", "…, the German
# security technology company".
DESCRIBING_NOUN = (
    r"(?:service|system|scheme|operator|bank|lender|company|firm|platform"
    r"|exchange|wallet|app|network|regulator|provider|giant|start-?up|fintech|insurer|group|maker|vendor"
    r"|supervisor|watchdog|processor|acquirer|method)"
)
# ... with up to three words before the noun: "security technology company"
DESCRIPTION = r"(?:[a-z][\w-]*\s){0,3}?" + DESCRIBING_NOUN

# The name a thing goes by, after a description of it: "its instant payment system, known as FAST" (see
# RULES, and the objects that may follow a trigger, ingest.relations)
KNOWN_AS = r"(?:(?:also|commonly|better|locally)\s+)?known as"

# Giving guidance: "…发出指引", "…印发了通知"; after 就 and the matter it is on (see RULES, ingest.relations)
GUIDANCE_ZH = r"(?:发出|发布|印发|出台|制定)了?[^，。；]{0,6}?(?:指引|通函|指南|规定|通知|意见|规则)"

# "the European Central Bank's work on the digital euro": the work whose it is, on a project
_WORK_ON = r"['’]s (?:[\w-]+ )?(?:work|efforts?|research) (?:on|towards?)\b"

# "to build a pilot of": what someone is chosen, or works with another, to build
_TO_BUILD_VERB = r"\bto (?:help )?(?:build|develop|design|deliver|pilot|run)\b"
_TO_BUILD = (
    _TO_BUILD_VERB
    + r"(?: (?:a|an|the) (?:[\w-]+ ){0,2}?(?:pilot|prototype|version|trial|proof of concept|test) (?:of|for)\b)?"
)
_CHOSE = r"\b(?:picked|chose|selected|appointed|hired|tapped|commissioned|engaged)\b"
_NOT_AFTER_INTENT = "".join(
    f"(?<!{verb} )"
    for verb in (
        "plans", "plan", "planned", "aims", "aim", "aimed", "wants", "want", "wanted", "intends", "intend",
        "hopes", "hope", "seeks", "sought", "expects", "expected", "needs", "agreed", "agrees", "decided",
        "set", "able", "going", "moved", "moves", "tried", "tries", "is", "are", "was", "were",
    )
)  # fmt: skip
_TO_BUILD_AHEAD = r"(?=[^.;]{1,80}?" + _TO_BUILD_VERB + ")"

RULES: tuple[Rule, ...] = (
    # leads
    Rule(r"牵头|主导|领导|发起|领衔|主持", (R.LEADS,)),
    Rule(r"\b(leads|led|lead|spearheads?|spearheaded|coordinates|coordinated|initiated|heads)\b", (R.LEADS,)),
    # "The Riksbank has piloted an e-krona since 2020", "is piloting AI for credit scoring": who pilots a
    # project leads it, who pilots a technology uses it
    Rule(
        r"\b(?:piloted|pilots|is piloting|are piloting|has been piloting|have been piloting)\b",
        (R.LEADS, R.USES_TECHNOLOGY),
        confidence=0.7,
    ),  # fmt: skip
    # "The ECB moved into the preparation phase of the digital euro": who moves a project on leads it.
    Rule(
        r"\b(?:moved into|moves into|entered|enters|began|begins|started|starts|completed|completes|concluded"
        r"|concludes|closed|launched|launches) the (?:[\w-]+ ){0,2}(?:phase|stage) of\b",
        (R.LEADS,),
    ),
    Rule(r"\b(led|spearheaded|coordinated|initiated|headed) by\b", (R.LEADS, R.OPERATES), "passive"),
    # "the European Central Bank's work on the digital euro": whose work a project is leads it
    Rule(_WORK_ON, (R.LEADS,)),
    # "Project Nexus, an initiative of the BIS": the appositive names who leads it.
    Rule(r"\b(?:an? |the )?(?:initiative|project|programme|program) (?:of|by|from)\b", (R.LEADS,), "passive"),
    # operates
    Rule(r"运营|营运|运行|负责运作", (R.OPERATES,)),
    # "承接了“花呗”和“借呗”的消费信贷业务": who takes over a business runs it from then on
    Rule(r"(?:承接|接手|接管)(?=[^，。；]{0,24}?业务)", (R.OPERATES,)),
    Rule(
        r"\b(operates|operated|runs|ran|(?:has|have|had) run|manages|managed"
        r"|(?:is|are|was|were|has been|have been) (?:running|operating))\b",
        (R.OPERATES,),
    ),
    # "PromptPay, run by National ITMX": run as "X runs Y" is, operated
    Rule(r"\b(operated|managed|run) by\b", (R.OPERATES,), "passive"),
    Rule(r"\b(?:the |an? )?operator of\b", (R.OPERATES,)),
    # "Sea Limited, the Singapore company behind Shopee": the firm behind a product or a system runs it
    Rule(r"\b(?:the |an? )(?:[\w-]+ ){0,2}?(?:company|firm|group|operator|team) behind\b", (R.OPERATES,)),
    # "The Capital Market Authority has its own FinTech Lab"
    Rule(r"\b(?:has|have|had|runs|run|operates) (?:its|their) own\b", (R.OPERATES,)),
    # "Buna, the platform of the Arab Monetary Fund", "Pix, the instant payment system of the BCB"
    Rule(
        r"\b(?:the |an? )(?:[\w-]+ ){0,2}?(?:platform|system|network|scheme|wallet|app) (?:of|run by|operated by)\b",
        (R.OPERATES,),
        "passive",
    ),
    # participates in
    # not 参与者 / 参加者, the participants as a noun ("已有一百家直接参与者")
    Rule(r"参与(?!者)|加入|参加(?!者)|成为.{0,6}成员", (R.PARTICIPATES_IN,)),
    # "The Bundesbank supports the ECB's work on the digital euro": who supports the work takes part
    Rule(
        r"\b(?:supports?|supported|supporting|contributes? to|contributed to|assists?|assisted)\b"
        r"(?= (?:[\w&.-]+ ){0,8}?[\w&.-]+" + _WORK_ON + ")",
        (R.PARTICIPATES_IN,),
    ),
    # "平台由电讯盈科承建": the contractor who builds a system takes part in it
    Rule(r"承建|承接(?=[^，。；]{0,8}建设)", (R.PARTICIPATES_IN,)),
    # "参与试点的内地银行包括A、B和C", "有16家企业参与，包括A和B": the participants follow
    # "首批直接参与者共有19家，包括A、B": the participants, as a noun, listed after
    Rule(
        r"参与[^，。；]{0,6}的[^，。；]{0,8}(?:包括|有|为)|参与\s*[，,]\s*(?:其中)?包括|参与者[^。；]{0,12}?包括",
        (R.PARTICIPATES_IN,),
        "passive",
    ),
    Rule(
        r"\b(participates?|participated|participating|joins?|joined|took part|takes part|taking part|take part|is an? (?:founding |full |new )?member of|are (?:founding |full |new )?members of|members of|(?:full |founding |new )?participants? (?:in|of)|observers? (?:in|of|to))\b",
        (R.PARTICIPATES_IN,),
    ),
    Rule(
        r"\b(participants|members) (include|included|including|are|were)\b", (R.PARTICIPATES_IN,), "passive"
    ),
    # "banks that tested transfers of the digital lira", "多家银行测试了数字人民币": who tests or pilots an
    # initiative takes part in it (a tested technology is used: the USES rules)
    Rule(
        r"\b(?:tested|testing|(?<=to )test|trialled|trialed|trialling|trialing|piloted|piloting|(?<=to )pilot)\b"
        r"|测试[了过]|正在测试|试用了",
        (R.PARTICIPATES_IN,),
        confidence=0.7,
    ),
    # "Project Helvetia, run with SDX and the BIS Innovation Hub": those it is run with take part
    Rule(
        r"\b(?:run|conducted|carried out|undertaken|developed|built|tested)(?: it| them)? (?:jointly )?with\b"
        r"|\bin partnership with\b",
        (R.PARTICIPATES_IN,),
        "passive",
    ),
    # "The bank built it with Bitt Inc.": who builds something with another works with it
    Rule(
        r"\b(?:built|developed|designed|tested|piloted)(?: it| them| (?:the|an?|its|their) [\w-]+(?: [\w-]+)?)?"
        r" (?:jointly )?with\b",
        (R.PARTNERS_WITH,),
    ),
    # "The Bank of Ghana picked G+D to build the eCedi": who is chosen to build something is a partner,
    # the chooser leads what is built, and the chosen takes part in it
    Rule(_CHOSE + _TO_BUILD_AHEAD, (R.PARTNERS_WITH,)),
    Rule(_CHOSE + r"[^.;]{1,80}?" + _TO_BUILD, (R.LEADS,)),
    # "G+D, …, to build a pilot of the eCedi", "worked with B to develop X"; not "the CBN plans to build X",
    # where who builds is no partner of anyone
    Rule(_NOT_AFTER_INTENT + _TO_BUILD, (R.PARTICIPATES_IN,), confidence=0.7),
    # partners with
    Rule(
        r"合作|携手|联手|结盟|合资|共同(?:持有|持股|出资|成立|设立|组建)|签署[^，。；]{0,40}?(协议|备忘录)",
        (R.PARTNERS_WITH,),
    ),
    Rule(r"联合", (R.PARTNERS_WITH,), adjacent=True),
    Rule(
        r"\b(partner(s|ed)? with|partnership with|collaborat(es|ed|ing) with|teamed up with|signed an? (mou|memorandum|agreement) with|(?:has|have|had|reached|struck) an? (?:[\w-]+ )?(?:agreement|deal|partnership) with|work(s|ed|ing)? with|alliance with"
        # "A, B and C formed a joint venture": the parties stand together before the trigger
        r"|(?:formed|form|set up|sets up|established|launched) an? (?:joint venture|consortium)|joint venture with)\b",
        (R.PARTNERS_WITH,),
    ),
    # "piloted an e-krona with Accenture as its technology partner": who is named a partner is one
    Rule(
        # "with MoneyLion, an American fintech, as its technology partner": an apposition may come between
        r"\bwith(?= [\w+&.-]+(?: [\w+&.-]+){0,3}?(?:, (?:an?|the) [\w-]+(?: [\w-]+){0,3}?,)? as (?:its|their|a|the)"
        r" (?:[\w-]+ )?partners?\b)",
        (R.PARTNERS_WITH,),
    ),
    # "Absa, FNB and Nedbank offered PayShap from launch": a bank that offers a payment scheme's service
    # to its customers takes part in the scheme (products and companies are no initiatives: "offers its
    # accounts" is not this)
    Rule(
        r"\b(?:offer|offers|offered|offering)\b", (R.PARTICIPATES_IN,), confidence=0.7, object_adjacent=True
    ),
    # "Chime offers its accounts through The Bancorp Bank": whom a company offers its services through
    # is its partner
    Rule(
        r"\b(?:offers|offered|provides|provided|issues|issued|sells|sold)"
        r" (?:its|their) (?:[\w-]+ ){0,2}?[\w-]+ through\b",
        (R.PARTNERS_WITH,),
    ),
    # "Its partner banks included Evolve": the partners of the one named before (or "its" referring to it)
    Rule(
        r"\bpartners?(?: banks?| firms?| companies)? (?:include|included|including|are|were)\b",
        (R.PARTNERS_WITH,),
    ),
    # "a consortium of A, B and C": the parties stand together after the trigger
    Rule(
        r"\b(?:an?|the) (?:joint venture|consortium|partnership|alliance) (?:of|between|formed by)\b",
        (R.PARTNERS_WITH,),
        "among",
    ),
    # uses technology
    Rule(
        # 导入 is Taiwan's "adopt" (導入生成式AI), not 导入期, an introduction phase
        r"采用|应用|运用|利用|使用|基于|部署|引入|导入(?!期)|借助|依托|探索|推广|接入|测试|试验|试用|主打"
        # "双链通，用区块链记录订单": 用 opening a clause is "using" (not 用户, 用于, 用途, 费用)
        r"|(?<=[，,])用(?![户于途])",
        (R.USES_TECHNOLOGY,),
    ),
    # "央行持续研究数位新台币": who studies a technology explores it, who studies its own project leads
    # it; not the noun ("研究报告", "研究院", "的研究显示")
    Rule(
        r"(?<!的)研究(?![院所员中报表显指发结成认，,。、])|\b(?:is|are|was|were|has been|have been) (?:studying|researching)\b",
        (R.USES_TECHNOLOGY, R.LEADS),
        confidence=0.7,
    ),
    Rule(
        r"\b(uses?|used|using|adopts?|adopted|deploys?|deployed|leverag(es|ed|ing)|built on|based on|powered by|applies|applied|relies on|explor(es|ed|ing)|tests?|tested|testing|runs on|ran on|running on|run on|recorded on|stored on)\b"
        # "The pilot began in 2023 on a blockchain": what a project starts out on, it uses
        r"|\b(?:began|begins|started|starts|went live|goes live|was launched|is live) (?:in (?:[a-z]+ )?\d{4} )?on\b"
        # "Drex, a platform for tokenised deposits": an appositive, right after the name
        r"|,\s(?:an?|the) (?:[\w-]+ )?(?:platform|system|network|service|scheme) for\b"
        # "LBChain, a blockchain platform": the technology a platform is named for, right after the name;
        # "ILMU, a large language model", "Ryt AI, an AI assistant": a model or a service too
        # "PayShap, the country's real-time payment service": with whose it is
        r"|,\s(?:an?|the)(?= (?:[a-z]+['’]s )?(?:[\w-]+ ){1,3}(?:platform|network|ledger|model|service|assistant|chatbot|system|method|currency)\b)",
        (R.USES_TECHNOLOGY,),
    ),
    # "an instant payment system called PromptPay", "its instant payment system, known as FAST": the
    # technology the words before the name say it is
    Rule(
        r",\s*" + KNOWN_AS + r"\b|\b(?:called|dubbed)\b",
        (R.USES_TECHNOLOGY,),
        "passive",
        adjacent=True,
    ),
    # "its blockchain unit Onyx", "the AI platform Aurora", "区块链平台Kinexys", "联邦学习框架FATE": the
    # technology that qualifies the kind right before a name is what the named one uses; in Chinese a word
    # of what layer or use the kind serves may stand between ("区块链底层平台“保交链”")
    Rule(
        r"\b(?:unit|arm|division|platform|network|system|engine|app|wallet|framework)\b"
        r"|(?:底层|基础|开放|核心|公共|服务|综合|应用)?(?:平台|系统|网络|引擎|钱包|框架)",
        (R.USES_TECHNOLOGY,),
        "passive",
        adjacent=True,
    ),
    # "“大山雀”卫星遥感信贷技术", "“微企链”区块链平台": the technology that qualifies the kind right
    # after a quoted name is what the named one uses
    Rule(r"[”」』](?=[\u4e00-\u9fff]{2,12}?(?:技术|平台|系统|模型))", (R.USES_TECHNOLOGY,), adjacent=True),
    # "LSEG will build a blockchain-based platform": who builds on a technology uses it
    Rule(
        r"\b(?:builds?|built|building|launch(?:es|ed|ing)?|develop(?:s|ed|ing)?|roll(?:s|ed|ing)? out"
        r"|introduc(?:es|ed|ing)|unveil(?:s|ed|ing)?|creat(?:es|ed|ing)|offer(?:s|ed|ing)?) (?:an?|the|its|their)"
        r"(?= [\w ]{0,24}?-(?:based|powered|enabled|driven)\b)",
        (R.USES_TECHNOLOGY,),
    ),
    # issues (regulation) or launches (product, initiative): a product 发布 is released, not issued as a
    # currency or a card is (发行): "马上消费发布了大模型“天镜”"
    Rule(r"发布|颁布|印发|出台|公布|制定", (R.LAUNCHES, R.ISSUES)),
    # "USDC由Circle发行": who issues a stablecoin, a card or a currency issues the product; a central bank
    # that issues its CBDC leads the project ("人民银行发行数字人民币"); not the issuer or the amount issued
    Rule(r"发行(?![人量额价方期])", (R.ISSUES, R.LEADS)),
    # "金管会预告《虚拟资产服务法》草案": a draft is issued for comment, as "proposed" is
    Rule(r"预告|起草|草拟", (R.ISSUES,), confidence=0.8),
    # "金管会修正的《电子支付机构管理条例》": who amends a rule issues it as it now stands
    Rule(r"修正|修订|修法", (R.ISSUES,), confidence=0.8),
    Rule(r"\b(amended|revised) by\b", (R.ISSUES,), "passive", 0.8),
    Rule(
        r"\b(issued|issues|published|publishes|enacted|adopted|finali[sz]ed|introduced|released)\b",
        (R.ISSUES, R.LAUNCHES),
    ),
    Rule(r"\b(issued|published|enacted|introduced|released) by\b", (R.ISSUES, R.LAUNCHES), "passive"),
    # "The Commission proposed the FiDA regulation"; not "the proposed rules", which someone else may
    # have proposed.
    Rule(
        r"(?<!\bthe )(?<!\ba )(?<!\ban )\b(proposed|proposes|tabled)\b(?! by\b)", (R.ISSUES,), confidence=0.8
    ),
    Rule(r"\b(proposed|tabled) by\b", (R.ISSUES,), "passive", 0.8),
    # "Circle, the issuer of USDC": an appositive names what the organisation before it issues or runs.
    Rule(r"\b(?:the |an? )?(?:issuer|publisher) of\b", (R.ISSUES,)),
    # "Siemens used the law to issue a digital bond on the Polygon blockchain": what a security or a
    # payment is issued or settled on, the issuer uses
    Rule(
        r"\b(?:issue[sd]?|issuing|settle[sd]?|settling|record(?:s|ed)?|recording|tokeni[sz](?:e[sd]?|ing))"
        r" (?:an?|the|its|their) (?:[\w-]+ ){0,5}?(?:bonds?|notes?|securities|tokens?|deposits?|payments?"
        r"|transactions?|trades?) on\b",
        (R.USES_TECHNOLOGY,),
    ),
    # "CIPS由中国人民银行组织建设": who builds a system launches it
    Rule(r"推出|启动|上线|开通|设立|建立|创建|开展|展开|开源|建设|建置|搭建|组建", (R.LAUNCHES,)),
    # "since its launch in 2020" is the thing's own launch, whoever the sentence names: "its launch of X" is not
    Rule(
        r"\b(launch(?:es|ed)|(?<!\bits )(?<!\btheir )launch|launch(?= of\b)|unveil(s|ed)?|roll(s|ed)? out|introduc(es|ed)(?! by\b)|set up|established|created|open(?:s|ed)|(?:built|builds|is building|are building|developed|develops)(?! on\b| upon\b| by\b)|(?:started|began)(?! \w+ing\b)(?! as\b)(?! by\b)|open-sourced|open sourced)\b",
        (R.LAUNCHES,),
    ),
    Rule(
        r"\b(launched|unveiled|rolled out|established|created|set up|started|introduced) by\b",
        (R.LAUNCHES,),
        "passive",
    ),
    # "ILMU, a large language model developed by YTL AI Labs": who develops a product launches it; who
    # develops a project (a contractor, "the eCedi, developed by G+D") takes part in it
    Rule(r"\b(?:developed|designed) by\b", (R.PARTICIPATES_IN, R.LAUNCHES), "passive", 0.7),
    # regulates, supervises
    Rule(r"监管|规管|管辖", (R.REGULATES,)),
    # Who supervises an activity or a technology ("supervises peer-to-peer lending") regulates it.
    Rule(r"监督|督导", (R.SUPERVISES, R.REGULATES)),
    Rule(r"\b(regulates?|regulated|regulating|oversees?|oversaw|overseeing)\b", (R.REGULATES,)),
    Rule(r"\b(regulated|overseen) by\b", (R.REGULATES,), "passive"),
    # Enforcement makes rules bind: "took an enforcement action against Evolve", "fined X", "ordered Apple
    # and Goldman Sachs to pay"; "对X处以罚款", "X被…处罚"
    Rule(
        r"\b(?:(?:took|takes|take|taken|taking|issued|issues|brought|brings) (?:an? )?enforcement actions? against"
        r"|fined|fines|penali[sz]ed|penali[sz]es|censured|reprimanded|ordered(?= (?:[\w&.'-]+ ){1,8}?to pay\b))\b",
        (R.REGULATES,),
    ),
    Rule(r"\b(?:fined|penali[sz]ed|censured|reprimanded) by\b", (R.REGULATES,), "passive"),
    # "Solaris got a special monitor from BaFin", "received a fine from the FCA"
    Rule(
        r"\b(?:got|gets|received|receives|was given|were given|faced|faces) (?:an? |its )?(?:[\w-]+ )?"
        r"(?:monitor|fine|penalty|warning|reprimand|enforcement notice|cease-and-desist order) from\b",
        (R.REGULATES,),
        "passive",
    ),
    Rule(r"处罚|罚款|罚没|开出罚单", (R.REGULATES,)),
    # "金管局就银行使用生成式人工智能发出指引": guidance on a matter regulates it
    Rule(r"就(?=[^，。；]{1,30}?" + GUIDANCE_ZH + ")", (R.REGULATES,)),
    Rule(r"\b(supervises?|supervised|supervising)\b", (R.SUPERVISES, R.REGULATES)),
    Rule(r"\bsupervised by\b", (R.SUPERVISES, R.REGULATES), "passive"),
    # "OJK took over the oversight of crypto assets"
    Rule(r"\b(?:oversight|regulation) of\b", (R.REGULATES,)),
    Rule(r"\bsupervision of\b", (R.SUPERVISES, R.REGULATES)),
    # authorizes: licences and approvals
    # 发出 is any "issue" ("发出通知"); before a licence it grants one: "向OSL发出虚拟资产交易平台牌照".
    Rule(r"批准|颁发|发放|授予|核准|许可|发出(?=[^，。；]{0,12}牌照)", (R.AUTHORIZES,)),
    Rule(
        r"\b(grant(s|ed)?\s(?:an?\s)?(?:[\w-]+\s){0,4}?licen[cs]es?\sto|(?:issued|awarded)\san?\s(?:[\w-]+\s){0,4}?licen[cs]e\sto)\b",
        (R.AUTHORIZES,),
    ),
    Rule(
        r"\b(grant(s|ed)|award(s|ed)|approv(es|ed)|authori[sz](es|ed)|licen[sc](es|ed)|issued a licen[sc]e to)\b",
        (R.AUTHORIZES,),
    ),
    # "authorises crypto-asset service providers", "licenses stablecoin issuers": who licenses the firms
    # of a field regulates the field
    Rule(
        r"\b(?:authori[sz](?:es|ed|ing)|licen[sc](?:es|ed|ing)|registers|registered)(?=\s(?:[\w-]+\s){1,3}?"
        r"(?:service providers?|providers?|firms|companies|businesses|issuers|operators|platforms)\b)",
        (R.REGULATES,),
    ),
    Rule(
        r"\b(licen[sc]ed|authori[sz]ed|approved|regulated|registered|chartered) by\b"
        r"|\b(licen[sc]e|approval|charter) from\b"
        r"|\blicen[sc]es?\s+(?:issued|granted|awarded)\s+by\b"
        # "Tamara and Tabby operate under SAMA licences"
        r"|\b(?:operates?|operating|operated|works?|worked) under(?=\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){1,3}?licen[sc]es?\b)"
        r"|\bregistered with\b",
        # a licence for a kind of business is a rule over the field: "crypto-asset service providers
        # need a licence from the CMB" (AUTHORIZES fits only a firm)
        (R.AUTHORIZES, R.REGULATES),
        "passive",
    ),
    Rule(r"获得|获颁|取得|获批", (R.AUTHORIZES,), "passive", 0.7),
    # "X获保监局发牌", "X获金管局发出牌照": who is granted a licence stands before 获, who grants it after
    Rule(
        r"获(?=[^，。；]{1,16}?(?:发牌|发出牌照|颁发牌照|授予牌照|发出许可|批准))", (R.AUTHORIZES,), "passive"
    ),
    # "加密资产服务提供商须取得证监会发出的牌照": a licence a kind of business must hold is a rule over the
    # field, as "need a licence from" (a firm that must hold one is licensed by whom it names)
    Rule(
        r"(?:须|需|需要|必须|应当)(?:取得|获得|持有|申领)(?=[^，。；]{1,24}?(?:牌照|许可))",
        (R.AUTHORIZES, R.REGULATES),
        "passive",
        0.7,
    ),
    # "HashKey持有证监会发出的牌照": holding a licence names who granted it after the verb
    Rule(r"持有(?=[^，。；]{0,40}牌照)", (R.AUTHORIZES,), "passive", 0.7),
    # subsidiary of
    Rule(r"旗下|控股", (R.SUBSIDIARY_OF,), "passive"),
    # "该中心隶属于中国人民银行": what belongs to another stands before the verb
    Rule(r"隶属于?|归属于", (R.SUBSIDIARY_OF,)),
    # "蚂蚁集团的子公司网商银行", "A全资拥有B": the one named after the trigger is the subsidiary.
    Rule(r"子公司|附属公司|全资拥有", (R.SUBSIDIARY_OF,), "passive", 0.7),
    # "全支付由全联福利中心投资成立", "A出资设立B", "由蚂蚁集团发起设立的民营银行": the founder that puts up
    # the capital, or sponsors the founding, owns; not "由A等企业发起设立", one of several, nor "A与B共同
    # 出资成立C", partners (see 共同出资 above)
    Rule(
        r"(?<!共同)(?<!联合)(?<!合资)(?<!等)(?<!等企业)(?<!等机构)(?<!等公司)(?:投资|出资|全资|独资|发起)(?:成立|设立|组建|创立)",
        (R.SUBSIDIARY_OF,),
        "passive",
        0.7,
    ),
    # "天星银行由小米集团持有多数股权": the majority holder, after 由, is the parent
    Rule(
        r"(?:持有|拥有)(?:多数|过半数?|大部分|绝大部分|全部|控股)股(?:权|份)",
        (R.SUBSIDIARY_OF,),
        "passive",
        0.7,
    ),
    # "the central bank holds a majority stake in LankaPay", "LankaPay, in which the central bank holds a
    # controlling interest": the majority holder is the parent (not "a 10% stake", a plain share)
    Rule(
        # "bought a 65% stake in Hepsiburada": a share above half is a majority
        r"\b(?:holds?|held|holding|owns?|owned|owning|bought|buys|buying|acquired|acquires|acquiring|took|takes"
        r"|purchased|purchases) (?:an? )?(?:majority|controlling|(?:5[1-9]|[6-9]\d|100)(?:\.\d+)?(?: ?%| per ?cent))"
        r" (?:stake|shareholding|interest)\b",
        (R.SUBSIDIARY_OF,),
        "passive",
        0.7,
    ),
    # "其最大股东为众安在线", "its largest shareholder is ZhongAn": the one named after is the parent
    Rule(r"(?:最大股东|控股股东|母公司)(?:为|是)", (R.SUBSIDIARY_OF,), confidence=0.7),
    Rule(
        r"\b(?:(?:largest|biggest|majority|controlling) (?:shareholder|owner)|parent(?: company)?) (?:is|was)\b",
        (R.SUBSIDIARY_OF,),
        confidence=0.7,
    ),
    Rule(r"\b(subsidiary of|unit of|arm of|owned by|part of|affiliate of)\b", (R.SUBSIDIARY_OF,)),
    # "It belongs to Tyme Group", "the Prudential Authority, which sits inside the Reserve Bank"
    Rule(
        r"\b(?:belongs|belonged|belonging) to\b|\b(?:sits|sat|sitting|is housed|housed) (?:inside|within)\b",
        (R.SUBSIDIARY_OF,),
        confidence=0.7,
    ),
    # "Nubank's parent Nu Holdings", "Google's parent company, Alphabet": the name after is the parent
    Rule(
        r"['’]s (?:parent|parent company|holding company|owner)\b,?",
        (R.SUBSIDIARY_OF,),
        confidence=0.7,
        adjacent=True,
    ),
    # "Stripe acquired Paystack": the one bought, after the trigger, is the subsidiary. Not "acquired by"
    # (below), nor a licence or a stake ("acquired a 10% stake in X" makes X no subsidiary).
    Rule(
        r"\b(acquired|acquires|has acquired|completed (?:the|its) acquisitions? of)\b"
        r"(?!\s+by\b)(?!\s+(?:an?\s+)?(?:[\w%-]+\s+){0,3}?(?:licen[cs]es?|stakes?|permits?|approvals?|charters?|shares?)\b)",
        (R.SUBSIDIARY_OF,),
        "passive",
        0.7,
    ),
    Rule(r"\b(acquired by|bought by|taken over by)\b", (R.SUBSIDIARY_OF,), confidence=0.7),
    # "SoFi became a bank holding company by buying Golden Pacific Bancorp": what is bought is owned
    Rule(
        r"\b(?:bought|buys|purchased|purchases|took over|takes over|by (?:buying|purchasing|acquiring|taking over))\b"
        r"(?!\s+by\b)",
        (R.SUBSIDIARY_OF,),
        "passive",
        0.7,
        object_adjacent=True,
    ),
    # "Saudi Payments, which SAMA owns": the one owned is the subsidiary; not a stake or shares in it
    Rule(
        r"\b(?:owns|wholly owns|fully owns)\b(?!\s+(?:an?\s+)?(?:[\w%-]+\s+){0,3}?(?:stakes?|shares?|interests?)\b)",
        (R.SUBSIDIARY_OF,),
        "passive",
        0.7,
    ),
    Rule(r"收购(?!了?[^，。；]{0,12}(?:股权|股份|牌照))", (R.SUBSIDIARY_OF,), "passive", 0.7),
    # applies in
    Rule(r"适用于", (R.APPLIES_IN,)),
    # "X在Y实施/试点": the subject stands before 在 (see ingest.relations)
    Rule(r"实施|生效|施行|试点|推广|落地", (R.APPLIES_IN,), confidence=0.7),
    # "试点……此后扩展至上海、深圳、广州等地": where an initiative is extended to, it applies
    Rule(r"(?:扩展|扩大|推广|延伸|拓展|扩容)(?:至|到)", (R.APPLIES_IN,)),
    Rule(r"\b(?:extended|expanded|rolled out|widened) (?:it )?to\b", (R.APPLIES_IN,)),
    Rule(
        r"\b(applies in|applies to|in force in|applicable in|took effect in|effective in"
        r"|(?:applies|apply|applied) (?:in full|across|throughout)|(?:takes|took|take) effect"
        r"|(?:came|comes|come|entered|enters) into force)\b",
        (R.APPLIES_IN,),
    ),
    # based in
    Rule(r"总部位于|总部设在|位于|注册于|总部在", (R.BASED_IN,)),
    # "网联清算有限公司在北京成立": founded or registered in a place, with nothing founded after the verb
    # ("A在新加坡成立了子公司" sets up another); the place after 在 (see ingest.relations)
    Rule(r"(?:(?:注册)?成立|注册)(?=\s*[，。；,;：:]|$)|落户", (R.BASED_IN,)),
    # a firm "founded in Vilnius" is based there (a year is no place: "founded in 2015" names none)
    Rule(r"\b(based in|headquartered in|located in|incorporated in|founded in)\b", (R.BASED_IN,)),
    # "Bitt Inc., a fintech firm from Barbados": an appositive that says where the organisation is from
    Rule(
        r"\b(?:an?|the) (?:[\w-]+ ){0,3}?(?:firm|company|bank|lender|start-?up|fintech|group|provider|insurer"
        r"|exchange|operator|developer|maker|vendor|processor|gateway) from\b",
        (R.BASED_IN,),
    ),
    # "Golden Pacific Bancorp, a small bank in California": an indefinite description places it too
    Rule(
        r"(?<=, )an? (?:[\w-]+ ){0,2}?(?:firm|company|bank|lender|start-?up|fintech|insurer|exchange|operator"
        r"|processor) in\b",
        (R.BASED_IN,),
    ),
)

NEGATION = (
    r"未|没有|并未|不会|不再|否认|拒绝|暂停|终止|\bnot\b|\bno longer\b|\bnever\b|\bdenied\b|\bdeclined\b"
    r"|\bwithout\b|n't\b|\bwithdr(?:ew|awn|aws|awing)\b|\bpulled out\b"
    # "applied for a licence from the FCA", "its application for a clearing licence": asked, not granted
    r"|\b(?:appl(?:ied|ies|ying)|applications?) for (?:an? |the |its |their )?(?:[\w-]+ ){0,3}?licen[cs]es?\b"
)
HEDGING = r"可能|或将|(?<![虚模比])拟|考虑|有望|传闻|据传|计划(?=(?:于|在|将|明年|今年|年内)?(?:推出|启动|发行|上线|开展|设立|建立|收购|申请|进入|扩大|引入))|打算|(?<!\bin )(?<!\d )\bmay\b(?!,? \d)|\bmight\b|\bcould\b|\bplans? to\b|\bconsider(s|ing)?\b|\breportedly\b|\bexpected to\b|\baims? to\b|\bproposed\b"
# "may" is the month too: "in May 2024", "12 May", "May 2024" hedge nothing.
# 拟 is "plans to" but also the second half of 虚拟 (virtual) and 模拟 (simulated); 计划 is a verb only
# before another verb, otherwise the noun "programme" (试验计划).
HEDGE_FACTOR = 0.6
