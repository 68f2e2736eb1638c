"""Stable identities: documents, entities, facts, mentions and evidence.

No time stamps, run ids or random values enter an identity, so ingesting the same corpus twice, in any
order, gives the same graph.

Example:
    >>> name_key("Ａｎｔ　Ｇｒｏｕｐ") == name_key("Ant\\u200bGroup") == name_key("ant group")
    True
    >>> name_key("螞蟻集團") == name_key("蚂蚁集团")
    True
"""

from __future__ import annotations

import hashlib
import struct
import unicodedata
from functools import lru_cache

import opencc

_DASHES = dict.fromkeys(map(ord, "‐‑‒–—―−﹣－"), "-")
_DROPPED = frozenset("·・•‧ ")


@lru_cache(maxsize=1)
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


@lru_cache(maxsize=1)
def _s2t() -> opencc.OpenCC:
    return opencc.OpenCC("s2t")


def is_script_neutral(text: str) -> bool:
    """True when the text reads the same in Simplified and Traditional script (新加坡金融管理局)."""
    return to_simplified(text) == text and _s2t().convert(text) == text


def to_simplified(text: str) -> str:
    """Traditional -> Simplified, keeping the length so offsets stay valid.

    OpenCC converts phrases; when a phrase changes the length, fall back to one character at a
    time and keep any character whose conversion is not a single character.
    """
    converted: str = _t2s().convert(text)
    if len(converted) == len(text):
        return converted
    out = []
    for ch in text:
        one: str = _t2s().convert(ch)
        out.append(one if len(one) == 1 else ch)
    return "".join(out)


# Cached: a store's writer keys every alias of every entity a document touches, and those names
# repeat from document to document.
@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """The matching key of a name: NFKC, casefold, Simplified script, no spaces or invisible marks.

    Used for identity and matching only; names are always shown as written. Dropping a space can let
    NFKC compose what it could not before ("A´"), so the key is taken to its fixed point.
    """
    key = _key_once(name)
    for _ in range(3):
        again = _key_once(key)
        if again == key:
            break
        key = again
    return key


def _key_once(name: str) -> str:
    text = unicodedata.normalize("NFKC", name).casefold().translate(_DASHES)
    text = to_simplified(text)
    return "".join(
        ch
        for ch in text
        if ch not in _DROPPED and not ch.isspace() and unicodedata.category(ch) not in ("Cf", "Cc", "Zs")
    )


_LENGTH = struct.Struct(">Q")


def digest(*parts: str, length: int = 32) -> str:
    """A hex digest of the parts, unambiguous about where one part ends."""
    # Each part after its length as 8 big-endian bytes, hashed in one call (ids are made by the million).
    framed: list[bytes] = []
    for part in parts:
        data = part.encode("utf-8", "surrogatepass")
        framed.append(_LENGTH.pack(len(data)))
        framed.append(data)
    return hashlib.sha256(b"".join(framed)).hexdigest()[:length]


def document_id(normalised_text: str) -> str:
    return "doc:" + hashlib.sha256(normalised_text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


def undecoded_document_id(raw: bytes) -> str:
    """Id of a document whose text could not be read: its raw bytes are all there is."""
    return "raw:" + hashlib.sha256(raw).hexdigest()[:32]


@lru_cache(maxsize=1 << 16)  # a discovered name recurs in its document and across the corpus
def discovered_entity_id(entity_type: str, name: str) -> str:
    return "x:" + digest(entity_type, name_key(name), length=24)


@lru_cache(maxsize=1 << 16)  # so does a fact
def fact_id(subject_id: str, relation_type: str, object_id: str, *, symmetric: bool = False) -> str:
    """A fact is its (subject, type, object); a symmetric relation is the same fact both ways."""
    if symmetric and object_id < subject_id:
        subject_id, object_id = object_id, subject_id
    return "f:" + digest(subject_id, relation_type, object_id)


def mention_id(doc_id: str, entity_id: str, start: int, end: int) -> str:
    return "m:" + digest(doc_id, entity_id, str(start), str(end))


def evidence_id(fact: str, doc_id: str, start: int, end: int) -> str:
    return "e:" + digest(fact, doc_id, str(start), str(end))
