"""What a document is, judged from its bytes first and its file name second."""

from __future__ import annotations

import io
import re
import zipfile

from ingest.errors import quarantined

PDF, DOCX, HTML, MARKDOWN, TEXT = "pdf", "docx", "html", "markdown", "text"

_BINARY_MAGIC = (
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"\x1f\x8b", "gzip archive"),
    (b"7z\xbc\xaf", "7z archive"),
    (b"Rar!", "RAR archive"),
    (b"\x7fELF", "executable"),
    (b"MZ", "executable"),
    (b"\xd0\xcf\x11\xe0", "legacy Office file"),
)
_HTML_START = re.compile(rb"^\s*(<!doctype\s+html|<html|<head|<body|<!--|<meta|<article|<div|<p[\s>])", re.I)
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


def sniff(raw: bytes, name: str, *, source: str = "") -> str:
    """The format of a document, or quarantine when it is not a document we read."""
    head = raw[:2048]
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(raw)) as archive:
                if "word/document.xml" in archive.namelist():
                    return DOCX
        except zipfile.BadZipFile:
            pass
        raise quarantined("not_text", f"{source}: a ZIP archive, not a document")
    for magic, what in _BINARY_MAGIC:
        if head.startswith(magic):
            raise quarantined("not_text", f"{source}: a {what}, not a text document")
    if not head.startswith(_UTF16_BOMS + (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")):
        nul = head.count(b"\x00")
        if nul and nul / max(len(head), 1) > 0.01:
            raise quarantined("not_text", f"{source}: binary content (NUL bytes), not a text document")
    lower = name.lower()
    stripped = head.lstrip(b"\xef\xbb\xbf")
    if _HTML_START.match(stripped) or (lower.endswith((".html", ".htm")) and b"<" in stripped[:200]):
        return HTML
    if lower.endswith((".md", ".markdown")) or stripped.startswith(b"---"):
        return MARKDOWN
    return TEXT
