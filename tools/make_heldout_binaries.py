"""Regenerate the PDF and DOCX documents of tests/ingest/heldout from the text laid out below.

These are held-out documents: written and annotated before the pipeline first read them, so they are
laid out the way real files come, not the way the pipeline likes them. The PDF has running heads, a
name split across lines with a blank line between, figure captions and "数据来源" lines; the DOCX is
what a word processor writes: runs split inside words, proofing and bookmark marks, a header and a
footer part, headings by style, a table, typographic apostrophes and non-breaking spaces. Output is
byte-stable (reportlab's invariant mode, fixed zip timestamps).

    python tools/make_heldout_binaries.py   # needs the dev extra (reportlab)
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont

from tools.make_corpus_binaries import write_pdf, write_zip

HELDOUT = Path(__file__).resolve().parent.parent / "tests" / "ingest" / "heldout"

_HEAD = "跨境支付行业观察（2025）                                        第{}页"

CROSS_BORDER_PAGES = [
    [
        _HEAD.format(1),
        "",
        "一、行业概况",
        "随着跨境电商快速发展，跨境支付成为支付行业增长最快的领域之一。在我国，支付机构开展跨",
        "境外汇业务须遵守国家外汇管理局发布的《支付机构外汇业务管理办法》，并持有中国人民银行颁",
        "发的支付业务许可证。2024年5月起施行的《非银行支付机构监督管理条例》由国务院公布，进一",
        "步明确了中国人民银行对支付机构的监督管理职责。",
        "图1：2019—2024年跨境电商进出口规模",
        "数据来源：海关总署",
        "",
        "二、主要机构",
        "连连数字科技股份有限公司（以下简称“连连数字”）总部位于杭州，2024年3月在香港联合交易所",
        "主板上市。其子公司连连银通电子支付有",
        "",
        "限公司持有支付业务许可证，为跨境电商卖家提供收款、付款和换汇服务。",
    ],
    [
        _HEAD.format(2),
        "",
        "同样总部位于杭州的PingPong成立于2015年，与亚马逊等电商平台合作，服务中国出口卖家。万里",
        "汇（WorldFirst）原为英国公司，2019年被蚂蚁集团收购。蚂蚁集团旗下的蚂蚁国际总部位于新加",
        "坡，运营跨境支付网络Alipay+，连接多个国家和地区的电子钱包。",
        "上海的XTransfer专注于外贸中小企业的跨境收付款，运用人工智能和大数据技术进行反洗钱风险",
        "控制。",
        "银联国际是中国银联的子公司，负责银联的国际业务，在境外推广二维码支付。",
        "图2：主要跨境支付机构业务对比",
        "数据来源：公司公告，本报告整理",
    ],
    [
        _HEAD.format(3),
        "",
        "三、境外牌照与基础设施",
        "在香港，金钱服务经营者（MSO）牌照由香港海关发出，空中云汇（Airwallex）等机构持有该牌",
        "照。人民币跨境支付系统（CIPS）由跨境银行间支付清算有限责任公司负责运营，为境内外金融",
        "机构提供人民币跨境清算服务。此外，部分银行和支付机构正在试点运用区块链技术提升跨境汇",
        "款效率。",
    ],
]

# A paragraph is (style, runs): a word processor splits text into runs wherever formatting, spell
# checking or editing history changed, often inside a word.
CEE_PARAGRAPHS: list[tuple[str, list[str]]] = [
    ("Title", ["Payments and digital money in Central and Eastern Europe"]),
    ("Subtitle", ["Briefing note, October\u00a02025"]),
    ("Heading1", ["Poland"]),
    (
        "Normal",
        [
            "BLIK, Poland\u2019s most popular mobile payment method, is operated by Polski Standard Płat",
            "ności (PSP). The company is owned by several of Poland\u2019s largest banks, among them PKO Bank ",
            "Polski, ING Bank Śląski and mBank. Mastercard bought a minority stake in PSP in 2017.",
        ],
    ),
    (
        "Normal",
        [
            "mBank, a subsidiary of Germany\u2019s Commerz",
            "bank, opened in 2000 as one of the first internet-only banks in Europe.",
        ],
    ),
    (
        "Normal",
        [
            "The Polish Financial Supervision Authority (KNF) supervises banks, insurers and payment ",
            "institutions. Through its Innovation Hub it answers questions from fintech start-ups, and in ",
            "2020 it opened a regulatory sandbox.",
        ],
    ),
    (
        "Normal",
        [
            "Narodowy Bank Polski runs SORBNET3, the country\u2019s large-value payment system. Krajowa Izba ",
            "Rozliczeniowa (KIR) operates Express Elixir, an instant payment system available since 2012.",
        ],
    ),
    ("Heading1", ["Hungary"]),
    (
        "Normal",
        [
            "In Hungary, the Magyar Nemzeti Bank (MNB) launched the instant payment system AFR in March\u00a02020. ",
            "It is run by GIRO Zrt., the national clearing house.",
        ],
    ),
    ("Heading1", ["Czech Republic"]),
    (
        "Normal",
        [
            "The Czech National Bank supervises the Czech financial market. Since 2025 it also authorises ",
            "crypto-asset service providers under MiCA.",
        ],
    ),
    ("Heading1", ["Ukraine"]),
    (
        "Normal",
        [
            "Diia, the state app of Ukraine\u2019s Ministry of Digital Transformation, holds digital versions of ",
            "passports and driving licences, and banks accept it for remote identification.",
        ],
    ),
    ("Normal", ["Monobank, a bank without branches, works with Universal Bank, whose licence it uses."]),
    (
        "Normal",
        [
            "The National Bank of Ukraine (NBU) is studying the e-hryvnia, a central bank digital currency, ",
            "and has published a concept for it.",
        ],
    ),
    ("Heading1", ["At a glance"]),
]

CEE_TABLE = [
    ["Country", "Instant payment system", "Operator"],
    ["Poland", "Express Elixir", "KIR"],
    ["Hungary", "AFR", "GIRO Zrt."],
    ["Romania", "IPS", "TransFonD"],
]

_HEADER_TEXT = "Internal briefing \u2013 not for distribution"
_FOOTER_TEXT = "CEE Payments Brief \u2014 page "
_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def _run(text: str) -> str:
    return f'<w:r><w:rPr><w:lang w:val="en-GB"/></w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def _paragraph(style: str, runs: list[str], index: int) -> str:
    # Word marks spelling it doubts and keeps bookmarks between runs; neither is text.
    inner = '<w:proofErr w:type="spellStart"/>'.join(_run(r) for r in runs)
    bookmark = f'<w:bookmarkStart w:id="{index}" w:name="_Toc{index:04d}"/><w:bookmarkEnd w:id="{index}"/>'
    return f'<w:p w:rsidR="00A1{index:04d}"><w:pPr><w:pStyle w:val="{style}"/></w:pPr>{bookmark}{inner}</w:p>'


def _table(rows: list[list[str]]) -> str:
    cells = "".join(
        "<w:tr>" + "".join(f"<w:tc><w:p>{_run(cell)}</w:p></w:tc>" for cell in row) + "</w:tr>"
        for row in rows
    )
    return f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr>{cells}</w:tbl>'


def _word_docx(path: Path, paragraphs: list[tuple[str, list[str]]], table: list[list[str]]) -> None:
    body = "".join(_paragraph(style, runs, i) for i, (style, runs) in enumerate(paragraphs))
    body += _table(table)
    body += '<w:sectPr><w:headerReference w:type="default" r:id="rId2"/><w:footerReference w:type="default" r:id="rId3"/></w:sectPr>'
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
            '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
            '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
            '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            "</Relationships>"
        ),
        "docProps/core.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/">'
            "<dc:title>CEE payments briefing</dc:title><dc:creator>Research desk</dc:creator>"
            "</cp:coreProperties>"
        ),
        "word/_rels/document.xml.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
            "</Relationships>"
        ),
        "word/styles.xml": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles {_W}>'
            + "".join(
                f'<w:style w:type="paragraph" w:styleId="{s}"><w:name w:val="{n}"/></w:style>'
                for s, n in (
                    ("Normal", "Normal"),
                    ("Title", "Title"),
                    ("Subtitle", "Subtitle"),
                    ("Heading1", "heading 1"),
                )
            )
            + "</w:styles>"
        ),
        "word/header1.xml": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {_W}>'
            f"<w:p>{_run(_HEADER_TEXT)}</w:p></w:hdr>"
        ),
        "word/footer1.xml": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {_W}>'
            f"<w:p>{_run(_FOOTER_TEXT)}"
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
            "</w:p></w:ftr>"
        ),
        "word/document.xml": (
            f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {_W} {_R}><w:body>{body}</w:body></w:document>'
        ),
    }
    write_zip(path, parts, (2025, 10, 6, 9, 30, 0))


def main() -> None:
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    write_pdf(
        HELDOUT / "cross-border-payments-zh-hans.pdf",
        "跨境支付行业观察（2025）",
        CROSS_BORDER_PAGES,
        "STSong-Light",
    )
    _word_docx(HELDOUT / "cee-payments-en.docx", CEE_PARAGRAPHS, CEE_TABLE)


if __name__ == "__main__":
    main()
