"""Paragraph text of a .docx file, read straight from its XML (no extra dependency)."""

from __future__ import annotations

import io
import zipfile
from xml.etree import ElementTree

from ingest.errors import failed

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MAX_XML_BYTES = 50 * 1024 * 1024


def docx_to_text(raw: bytes, *, source: str = "") -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            info = archive.getinfo("word/document.xml")
            if info.file_size > MAX_XML_BYTES:
                raise failed(
                    "docx_limit_reached", f"{source}: document.xml is larger than {MAX_XML_BYTES} bytes"
                )
            with archive.open(info) as handle:
                data = handle.read(MAX_XML_BYTES + 1)
        if len(data) > MAX_XML_BYTES or b"<!DOCTYPE" in data[:4096] or b"<!ENTITY" in data[:4096]:
            raise failed("docx_unsafe", f"{source}: document.xml is oversized or declares a DTD")
        root = ElementTree.fromstring(data)  # noqa: S314 - DTDs refused above; size capped
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError) as exc:
        raise failed("docx_malformed", f"{source}: cannot read the DOCX: {exc}") from exc
    paragraphs = []
    for paragraph in root.iter(f"{_W}p"):
        paragraphs.append("".join(node.text or "" for node in paragraph.iter(f"{_W}t")))
    return "\n".join(p for p in paragraphs if p.strip())
