"""Regenerate the PDF and DOCX documents of data/corpus from the text laid out below.

The PDFs reproduce what real reports look like after text extraction: lines wrapped inside sentences
and inside names (a Chinese name split across lines with a blank line between, ``distrib-`` /
``uted``), page headers, figure captions and "数据来源" lines. Output is byte-stable (reportlab's
invariant mode, fixed zip timestamps), so regenerating changes nothing unless the text changes.

    python tools/make_corpus_binaries.py   # needs the dev extra (reportlab)
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

CORPUS = Path(__file__).resolve().parent.parent / "data" / "corpus"

# Each page is a list of lines as a PDF lays them out; "" is a blank line.
ECNY_PAGES = [
    [
        "数字人民币研究报告                                        第1页",
        "",
        "数字人民币（e-CNY）是中国人民银行发行的数字形式的法定货币，由中国人民银行数字货币研",
        "",
        "究所承担研发工作。2020年4月起，数字人民币先后在深圳、苏州、雄安新区和成都开展试点，",
        "工商银行、农业银行、中国银行和建设银行作为指定运营机构参与试点。",
        "图1：数字人民币试点城市分布",
        "数据来源：中国人民银行",
    ],
    [
        "数字人民币研究报告                                        第2页",
        "",
        "试点期间，部分运营机构运用智能合约技术发放补贴。中国人民银行数字货币研究所还参与了多边央",
        "行数字货币桥项目。",
        "数据来源：公开资料整理",
    ],
]

MBRIDGE_PAGES = [
    [
        "Cross-border CBDC platforms                                  page 1",
        "",
        "Project mBridge is a multi-CBDC platform for cross-border payments built on distrib-",
        "uted ledger technology. The BIS Innovation Hub Hong Kong Centre, the Hong",
        "Kong Monetary Authority, the Bank of Thailand, the Central Bank of the UAE and the",
        "Digital Currency Institute of the People's Bank of China took part in its development.",
        "Figure 1: Participants of Project mBridge",
        "Source: BIS",
    ],
    [
        "Cross-border CBDC platforms                                  page 2",
        "",
        "The Saudi Central Bank joined Project mBridge in June 2024. The Bank for International Settle-",
        "ments stepped back from the project in October 2024.",
    ],
]

PIX_PARAGRAPHS = [
    "Brazil's instant payments and open finance",
    "The Banco Central do Brasil launched Pix, an instant payment system, in November 2020.",
    "Open Finance Brasil lets customers share their financial data between institutions.",
    "Nubank, one of the largest digital banks in Latin America, offers Pix payments in its app.",
    "The central bank is also piloting Drex, a platform for a digital real based on distributed ledger technology.",
]


def write_pdf(path: Path, title: str, pages: list[list[str]], font: str) -> None:
    pdf = canvas.Canvas(str(path), invariant=1, pagesize=(595, 842))
    pdf.setTitle(title)
    for lines in pages:
        pdf.setFont(font, 11)
        y = 780
        for line in lines:
            if line:
                pdf.drawString(56, y, line)
            y -= 18
        pdf.showPage()
    pdf.save()


def _docx(path: Path, paragraphs: list[str]) -> None:
    body = "".join(f"<w:p><w:r><w:t>{escape(p)}</w:t></w:r></w:p>" for p in paragraphs)
    parts = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            "</Types>"
        ),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            "</Relationships>"
        ),
        "word/document.xml": (
            '<?xml version="1.0" encoding="UTF-8"?>'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f"<w:body>{body}</w:body></w:document>"
        ),
    }
    write_zip(path, parts, (2024, 1, 1, 0, 0, 0))


def write_zip(path: Path, parts: dict[str, str], date_time: tuple[int, int, int, int, int, int]) -> None:
    """A zip whose entries all carry ``date_time``, so the same parts give the same bytes."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(zipfile.ZipInfo(name, date_time=date_time), text)


def main() -> None:
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    write_pdf(CORPUS / "ecny-pilot-report.pdf", "数字人民币试点研究报告", ECNY_PAGES, "STSong-Light")
    write_pdf(CORPUS / "mbridge-cross-border.pdf", "Cross-border CBDC platforms", MBRIDGE_PAGES, "Helvetica")
    _docx(CORPUS / "brazil-pix.docx", PIX_PARAGRAPHS)


if __name__ == "__main__":
    main()
