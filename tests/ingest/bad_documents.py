"""Builders of hostile and broken documents (bad-inputs.md parts A-D), shared by the ingest tests."""

from __future__ import annotations

import codecs
import io
import zipfile
import zlib

from pypdf import PdfWriter
from reportlab.pdfgen import canvas


def pdf_with_text(lines: list[str], font: str = "Helvetica") -> bytes:
    return pdf_with_pages([lines], font)


def pdf_with_pages(pages: list[list[str]], font: str = "Helvetica") -> bytes:
    """A PDF with one page per list of lines. ``font`` "STSong-Light" is reportlab's built-in CJK font."""
    if font == "STSong-Light":
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont

        pdfmetrics.registerFont(UnicodeCIDFont(font))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=1)
    for lines in pages:
        pdf.setFont(font, 11)
        for i, line in enumerate(lines):
            pdf.drawString(56, 780 - 16 * i, line)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def pdf_with_table_then_prose() -> bytes:
    """Page 1 is a table (cells drawn in three columns), page 2 plain prose."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=1)
    pdf.setFont("Helvetica", 11)
    rows = [("Year", "Event", "Where"), ("2016", "MAS launched Project Ubin.", "Singapore"),
            ("2024", "The HKMA leads Project Ensemble.", "Hong Kong"), ("2017", "Bank of Thailand", "Thailand")]  # fmt: skip
    for i, row in enumerate(rows):
        for x, cell in zip((56, 140, 400), row, strict=True):
            pdf.drawString(x, 780 - 16 * i, cell)
    pdf.showPage()
    pdf.setFont("Helvetica", 11)
    pdf.drawString(56, 780, "The FCA regulates Revolut.")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def pdf_in_two_columns(lines: int = 12) -> bytes:
    """One page of prose set in two columns, as research papers are."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=1)
    pdf.setFont("Helvetica", 10)
    for column, x in enumerate((56, 310)):
        for i in range(lines):
            pdf.drawString(x, 780 - 14 * i, f"Column {column + 1} line {i} of a paper on payments")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def pdf_without_text() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def encrypted_pdf() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(595, 842)
    writer.encrypt("not-guessed")
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def pdf_bomb(decompressed: int = 120_000_000) -> bytes:
    """One page whose content stream inflates from ~120 kB to more than pypdf's 75 MB limit."""
    data = zlib.compress(b"0" * decompressed, 9)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def docx(xml_body: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "word/document.xml",
            '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/'
            f'wordprocessingml/2006/main"><w:body>{xml_body}</w:body></w:document>',
        )
    return buffer.getvalue()


def docx_bomb() -> bytes:
    """A .docx whose document.xml inflates past the cap (the zip header's size is not trusted)."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"<w:document>" + b" " * (60 * 1024 * 1024))
    return buffer.getvalue()


def zip_renamed() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("../../x", b"escape")
    return buffer.getvalue()


UTF8_BOM = codecs.BOM_UTF8
