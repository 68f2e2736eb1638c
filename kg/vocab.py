"""The closed vocabulary of the graph.

Generated from ontology/fintech.ttl by ``python -m kg.vocab_build``. Do not edit by hand.
"""

from enum import StrEnum

ONTOLOGY_NS = "https://w3id.org/fintech-kg/ontology#"


class EntityType(StrEnum):
    """Entity classes of the ontology; the value is the class name and the graph label."""

    INITIATIVE = "Initiative"
    JURISDICTION = "Jurisdiction"
    ORGANIZATION = "Organization"
    PRODUCT = "Product"
    REGULATION = "Regulation"
    TECHNOLOGY = "Technology"
    DIGITAL_INFRASTRUCTURE = "DigitalInfrastructure"
    PAYMENT_SYSTEM = "PaymentSystem"
    PROGRAMME = "Programme"
    PROJECT = "Project"
    REGULATORY_SANDBOX = "RegulatorySandbox"
    COMPANY = "Company"
    FINANCIAL_INSTITUTION = "FinancialInstitution"
    GOVERNMENT_BODY = "GovernmentBody"
    INDUSTRY_BODY = "IndustryBody"
    INTERNATIONAL_ORGANIZATION = "InternationalOrganization"
    REGULATOR = "Regulator"
    RESEARCH_ORGANIZATION = "ResearchOrganization"
    GUIDELINE = "Guideline"
    LAW = "Law"
    POLICY = "Policy"
    FINTECH_COMPANY = "FintechCompany"
    TECHNOLOGY_COMPANY = "TechnologyCompany"
    ASSET_MANAGER = "AssetManager"
    BANK = "Bank"
    EXCHANGE = "Exchange"
    INSURANCE_COMPANY = "InsuranceCompany"
    PAYMENT_INSTITUTION = "PaymentInstitution"
    CENTRAL_BANK = "CentralBank"
    SUPERVISORY_AUTHORITY = "SupervisoryAuthority"
    DIGITAL_BANK = "DigitalBank"


ENTITY_PARENT: dict[EntityType, EntityType | None] = {
    EntityType.INITIATIVE: None,
    EntityType.JURISDICTION: None,
    EntityType.ORGANIZATION: None,
    EntityType.PRODUCT: None,
    EntityType.REGULATION: None,
    EntityType.TECHNOLOGY: None,
    EntityType.DIGITAL_INFRASTRUCTURE: EntityType.INITIATIVE,
    EntityType.PAYMENT_SYSTEM: EntityType.INITIATIVE,
    EntityType.PROGRAMME: EntityType.INITIATIVE,
    EntityType.PROJECT: EntityType.INITIATIVE,
    EntityType.REGULATORY_SANDBOX: EntityType.INITIATIVE,
    EntityType.COMPANY: EntityType.ORGANIZATION,
    EntityType.FINANCIAL_INSTITUTION: EntityType.ORGANIZATION,
    EntityType.GOVERNMENT_BODY: EntityType.ORGANIZATION,
    EntityType.INDUSTRY_BODY: EntityType.ORGANIZATION,
    EntityType.INTERNATIONAL_ORGANIZATION: EntityType.ORGANIZATION,
    EntityType.REGULATOR: EntityType.ORGANIZATION,
    EntityType.RESEARCH_ORGANIZATION: EntityType.ORGANIZATION,
    EntityType.GUIDELINE: EntityType.REGULATION,
    EntityType.LAW: EntityType.REGULATION,
    EntityType.POLICY: EntityType.REGULATION,
    EntityType.FINTECH_COMPANY: EntityType.COMPANY,
    EntityType.TECHNOLOGY_COMPANY: EntityType.COMPANY,
    EntityType.ASSET_MANAGER: EntityType.FINANCIAL_INSTITUTION,
    EntityType.BANK: EntityType.FINANCIAL_INSTITUTION,
    EntityType.EXCHANGE: EntityType.FINANCIAL_INSTITUTION,
    EntityType.INSURANCE_COMPANY: EntityType.FINANCIAL_INSTITUTION,
    EntityType.PAYMENT_INSTITUTION: EntityType.FINANCIAL_INSTITUTION,
    EntityType.CENTRAL_BANK: EntityType.REGULATOR,
    EntityType.SUPERVISORY_AUTHORITY: EntityType.REGULATOR,
    EntityType.DIGITAL_BANK: EntityType.BANK,
}

ENTITY_LABELS: dict[EntityType, dict[str, str]] = {
    EntityType.INITIATIVE: {"en": "Initiative", "zh-Hans": "倡议", "zh-Hant": "倡議"},
    EntityType.JURISDICTION: {"en": "Jurisdiction", "zh-Hans": "法域", "zh-Hant": "法域"},
    EntityType.ORGANIZATION: {"en": "Organization", "zh-Hans": "组织", "zh-Hant": "組織"},
    EntityType.PRODUCT: {"en": "Product", "zh-Hans": "产品", "zh-Hant": "產品"},
    EntityType.REGULATION: {"en": "Regulation", "zh-Hans": "法规", "zh-Hant": "法規"},
    EntityType.TECHNOLOGY: {"en": "Technology", "zh-Hans": "技术", "zh-Hant": "技術"},
    EntityType.DIGITAL_INFRASTRUCTURE: {"en": "Digital infrastructure", "zh-Hans": "数字基础设施", "zh-Hant": "數字基礎設施"},
    EntityType.PAYMENT_SYSTEM: {"en": "Payment system", "zh-Hans": "支付系统", "zh-Hant": "支付系統"},
    EntityType.PROGRAMME: {"en": "Programme", "zh-Hans": "计划", "zh-Hant": "計劃"},
    EntityType.PROJECT: {"en": "Project", "zh-Hans": "项目", "zh-Hant": "項目"},
    EntityType.REGULATORY_SANDBOX: {"en": "Regulatory sandbox", "zh-Hans": "监管沙盒", "zh-Hant": "監管沙盒"},
    EntityType.COMPANY: {"en": "Company", "zh-Hans": "公司", "zh-Hant": "公司"},
    EntityType.FINANCIAL_INSTITUTION: {"en": "Financial institution", "zh-Hans": "金融机构", "zh-Hant": "金融機構"},
    EntityType.GOVERNMENT_BODY: {"en": "Government body", "zh-Hans": "政府部门", "zh-Hant": "政府部門"},
    EntityType.INDUSTRY_BODY: {"en": "Industry body", "zh-Hans": "行业组织", "zh-Hant": "行業組織"},
    EntityType.INTERNATIONAL_ORGANIZATION: {"en": "International organization", "zh-Hans": "国际组织", "zh-Hant": "國際組織"},
    EntityType.REGULATOR: {"en": "Regulator", "zh-Hans": "监管机构", "zh-Hant": "監管機構"},
    EntityType.RESEARCH_ORGANIZATION: {"en": "Research organization", "zh-Hans": "研究机构", "zh-Hant": "研究機構"},
    EntityType.GUIDELINE: {"en": "Guideline", "zh-Hans": "指引", "zh-Hant": "指引"},
    EntityType.LAW: {"en": "Law", "zh-Hans": "法律", "zh-Hant": "法律"},
    EntityType.POLICY: {"en": "Policy or plan", "zh-Hans": "政策规划", "zh-Hant": "政策規劃"},
    EntityType.FINTECH_COMPANY: {"en": "Fintech company", "zh-Hans": "金融科技公司", "zh-Hant": "金融科技公司"},
    EntityType.TECHNOLOGY_COMPANY: {"en": "Technology company", "zh-Hans": "科技公司", "zh-Hant": "科技公司"},
    EntityType.ASSET_MANAGER: {"en": "Asset manager", "zh-Hans": "资产管理机构", "zh-Hant": "資產管理機構"},
    EntityType.BANK: {"en": "Bank", "zh-Hans": "银行", "zh-Hant": "銀行"},
    EntityType.EXCHANGE: {"en": "Exchange", "zh-Hans": "交易所", "zh-Hant": "交易所"},
    EntityType.INSURANCE_COMPANY: {"en": "Insurance company", "zh-Hans": "保险公司", "zh-Hant": "保險公司"},
    EntityType.PAYMENT_INSTITUTION: {"en": "Payment institution", "zh-Hans": "支付机构", "zh-Hant": "支付機構"},
    EntityType.CENTRAL_BANK: {"en": "Central bank", "zh-Hans": "中央银行", "zh-Hant": "中央銀行"},
    EntityType.SUPERVISORY_AUTHORITY: {"en": "Supervisory authority", "zh-Hans": "监管当局", "zh-Hant": "監管當局"},
    EntityType.DIGITAL_BANK: {"en": "Digital bank", "zh-Hans": "数字银行", "zh-Hant": "數字銀行"},
}


class RelationType(StrEnum):
    """Relations between entities; the value is the graph relationship type."""

    APPLIES_IN = "APPLIES_IN"
    AUTHORIZES = "AUTHORIZES"
    BASED_IN = "BASED_IN"
    CO_OCCURS_WITH = "CO_OCCURS_WITH"
    ISSUES = "ISSUES"
    LAUNCHES = "LAUNCHES"
    LEADS = "LEADS"
    OPERATES = "OPERATES"
    PARTICIPATES_IN = "PARTICIPATES_IN"
    PARTNERS_WITH = "PARTNERS_WITH"
    REGULATES = "REGULATES"
    SUBSIDIARY_OF = "SUBSIDIARY_OF"
    SUPERVISES = "SUPERVISES"
    USES_TECHNOLOGY = "USES_TECHNOLOGY"


RELATION_PROPERTY: dict[RelationType, str] = {
    RelationType.APPLIES_IN: "appliesIn",
    RelationType.AUTHORIZES: "authorizes",
    RelationType.BASED_IN: "basedIn",
    RelationType.CO_OCCURS_WITH: "coOccursWith",
    RelationType.ISSUES: "issues",
    RelationType.LAUNCHES: "launches",
    RelationType.LEADS: "leads",
    RelationType.OPERATES: "operates",
    RelationType.PARTICIPATES_IN: "participatesIn",
    RelationType.PARTNERS_WITH: "partnersWith",
    RelationType.REGULATES: "regulates",
    RelationType.SUBSIDIARY_OF: "subsidiaryOf",
    RelationType.SUPERVISES: "supervises",
    RelationType.USES_TECHNOLOGY: "usesTechnology",
}

RELATION_LABELS: dict[RelationType, dict[str, str]] = {
    RelationType.APPLIES_IN: {"en": "applies in", "zh-Hans": "适用于", "zh-Hant": "適用於"},
    RelationType.AUTHORIZES: {"en": "authorizes", "zh-Hans": "授权", "zh-Hant": "授權"},
    RelationType.BASED_IN: {"en": "based in", "zh-Hans": "位于", "zh-Hant": "位於"},
    RelationType.CO_OCCURS_WITH: {"en": "co-occurs with", "zh-Hans": "共现", "zh-Hant": "共現"},
    RelationType.ISSUES: {"en": "issues", "zh-Hans": "发布", "zh-Hant": "發布"},
    RelationType.LAUNCHES: {"en": "launches", "zh-Hans": "推出", "zh-Hant": "推出"},
    RelationType.LEADS: {"en": "leads", "zh-Hans": "牵头", "zh-Hant": "牽頭"},
    RelationType.OPERATES: {"en": "operates", "zh-Hans": "运营", "zh-Hant": "運營"},
    RelationType.PARTICIPATES_IN: {"en": "participates in", "zh-Hans": "参与", "zh-Hant": "參與"},
    RelationType.PARTNERS_WITH: {"en": "partners with", "zh-Hans": "合作", "zh-Hant": "合作"},
    RelationType.REGULATES: {"en": "regulates", "zh-Hans": "监管", "zh-Hant": "監管"},
    RelationType.SUBSIDIARY_OF: {"en": "subsidiary of", "zh-Hans": "隶属于", "zh-Hant": "隸屬於"},
    RelationType.SUPERVISES: {"en": "supervises", "zh-Hans": "监督", "zh-Hant": "監督"},
    RelationType.USES_TECHNOLOGY: {"en": "uses technology", "zh-Hans": "应用技术", "zh-Hant": "應用技術"},
}

RELATION_DOMAIN: dict[RelationType, tuple[EntityType, ...]] = {
    RelationType.APPLIES_IN: (EntityType.INITIATIVE, EntityType.REGULATION),
    RelationType.AUTHORIZES: (EntityType.GOVERNMENT_BODY, EntityType.REGULATOR),
    RelationType.BASED_IN: (EntityType.INITIATIVE, EntityType.ORGANIZATION),
    RelationType.CO_OCCURS_WITH: (),
    RelationType.ISSUES: (EntityType.ORGANIZATION,),
    RelationType.LAUNCHES: (EntityType.ORGANIZATION,),
    RelationType.LEADS: (EntityType.ORGANIZATION,),
    RelationType.OPERATES: (EntityType.ORGANIZATION,),
    RelationType.PARTICIPATES_IN: (EntityType.ORGANIZATION, EntityType.PRODUCT),
    RelationType.PARTNERS_WITH: (EntityType.ORGANIZATION,),
    RelationType.REGULATES: (EntityType.GOVERNMENT_BODY, EntityType.REGULATOR),
    RelationType.SUBSIDIARY_OF: (EntityType.ORGANIZATION,),
    RelationType.SUPERVISES: (EntityType.GOVERNMENT_BODY, EntityType.REGULATOR),
    RelationType.USES_TECHNOLOGY: (EntityType.INITIATIVE, EntityType.ORGANIZATION, EntityType.PRODUCT),
}

RELATION_RANGE: dict[RelationType, tuple[EntityType, ...]] = {
    RelationType.APPLIES_IN: (EntityType.JURISDICTION,),
    RelationType.AUTHORIZES: (EntityType.ORGANIZATION, EntityType.PRODUCT),
    RelationType.BASED_IN: (EntityType.JURISDICTION,),
    RelationType.CO_OCCURS_WITH: (),
    RelationType.ISSUES: (EntityType.PRODUCT, EntityType.REGULATION),
    RelationType.LAUNCHES: (EntityType.INITIATIVE, EntityType.PRODUCT),
    RelationType.LEADS: (EntityType.INITIATIVE,),
    RelationType.OPERATES: (EntityType.INITIATIVE, EntityType.PRODUCT),
    RelationType.PARTICIPATES_IN: (EntityType.INITIATIVE,),
    RelationType.PARTNERS_WITH: (EntityType.ORGANIZATION,),
    RelationType.REGULATES: (EntityType.INITIATIVE, EntityType.ORGANIZATION, EntityType.PRODUCT, EntityType.TECHNOLOGY),
    RelationType.SUBSIDIARY_OF: (EntityType.ORGANIZATION,),
    RelationType.SUPERVISES: (EntityType.ORGANIZATION,),
    RelationType.USES_TECHNOLOGY: (EntityType.TECHNOLOGY,),
}

SYMMETRIC: frozenset[RelationType] = frozenset({RelationType.CO_OCCURS_WITH, RelationType.PARTNERS_WITH})
# Typed facts; the rest (co-occurrence) are weighted associations, never shown as facts.
EXTRACTED: frozenset[RelationType] = frozenset({
    RelationType.APPLIES_IN,
    RelationType.AUTHORIZES,
    RelationType.BASED_IN,
    RelationType.ISSUES,
    RelationType.LAUNCHES,
    RelationType.LEADS,
    RelationType.OPERATES,
    RelationType.PARTICIPATES_IN,
    RelationType.PARTNERS_WITH,
    RelationType.REGULATES,
    RelationType.SUBSIDIARY_OF,
    RelationType.SUPERVISES,
    RelationType.USES_TECHNOLOGY,
})
