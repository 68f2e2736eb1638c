"""Paragraph text and core properties of a .docx file, read straight from its XML (no extra dependency)."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
from xml.etree import ElementTree

from ingest.errors import failed

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MAX_XML_BYTES = 50 * 1024 * 1024
MAX_PROPERTIES_BYTES = 1024 * 1024
MAX_PROPERTY_LENGTH = 500
# docProps/core.xml (Dublin Core inside OPC core properties) -> the document property front matter would
# give: the same keys for the same facts, whatever the format.
_CORE_PROPERTIES = {
    "{http://purl.org/dc/elements/1.1/}title": "title",
    "{http://purl.org/dc/elements/1.1/}creator": "author",
    "{http://purl.org/dc/elements/1.1/}subject": "subject",
    "{http://purl.org/dc/elements/1.1/}description": "description",
    "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}keywords": "tags",
    "{http://purl.org/dc/terms/}created": "date",
}


@dataclass(frozen=True)
class DocxText:
    text: str
    metadata: dict[str, str] = field(default_factory=dict)


def _xml(archive: zipfile.ZipFile, name: str, limit: int, source: str) -> ElementTree.Element:
    info = archive.getinfo(name)
    if info.file_size > limit:
        raise failed("docx_limit_reached", f"{source}: {name} is larger than {limit} bytes")
    with archive.open(info) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit or b"<!DOCTYPE" in data[:4096] or b"<!ENTITY" in data[:4096]:
        raise failed("docx_unsafe", f"{source}: {name} is oversized or declares a DTD")
    return ElementTree.fromstring(data)  # noqa: S314 - DTDs refused above; size capped


def docx_to_text(raw: bytes, *, source: str = "") -> DocxText:
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            root = _xml(archive, "word/document.xml", MAX_XML_BYTES, source)
            properties = _core_properties(archive, source)
    except (zipfile.BadZipFile, KeyError, ElementTree.ParseError) as exc:
        raise failed("docx_malformed", f"{source}: cannot read the DOCX: {exc}") from exc
    paragraphs = []
    for paragraph in root.iter(f"{_W}p"):
        paragraphs.append("".join(node.text or "" for node in paragraph.iter(f"{_W}t")))
    return DocxText("\n".join(p for p in paragraphs if p.strip()), properties)


def _core_properties(archive: zipfile.ZipFile, source: str) -> dict[str, str]:
    """Title, author, date and tags from docProps/core.xml; {} when the part is missing or malformed
    (the text is what matters: a broken properties part costs the metadata, not the document)."""
    try:
        root = _xml(archive, "docProps/core.xml", MAX_PROPERTIES_BYTES, source)
    except (KeyError, ElementTree.ParseError):
        return {}
    properties: dict[str, str] = {}
    for element in root:
        key = _CORE_PROPERTIES.get(element.tag)
        value = " ".join((element.text or "").split())[:MAX_PROPERTY_LENGTH]
        if key and value:
            properties[key] = value[:10] if key == "date" else value
    return properties
