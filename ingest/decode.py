"""Bytes -> text, never guessing silently (bad-inputs.md part A).

Byte-order marks decide first. Then strict decoders are tried in a fixed order and each result must
look like text in its script; a detector's guess is never trusted on its own. GBK and GB2312 labels are
read as GB18030 (a superset), Big5 as Big5-HKSCS. What cannot be decoded with confidence is quarantined.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from ingest.errors import quarantined
from kg.ids import to_simplified

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CJK_CANDIDATES = ("gb18030", "big5hkscs")
MIN_HAN_PLAUSIBILITY = 0.6


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str


@lru_cache(maxsize=1 << 15)  # a text of a million characters uses a few thousand distinct ones
def _is_common_han(ch: str) -> bool:
    """In GB2312 level 1 (the 3,755 most used characters) once in Simplified script."""
    try:
        encoded = to_simplified(ch).encode("gb2312")
    except UnicodeEncodeError:
        return False
    return len(encoded) == 2 and 0xB0 <= encoded[0] <= 0xD7


_HAN_OR_ABOVE = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\U00020000-\U0010ffff]")


def han_plausibility(text: str) -> float:
    """Share of Han characters that are common ones: high for real Chinese, low for mojibake."""
    han = Counter(_HAN_OR_ABOVE.findall(text))
    if not han:
        return 1.0
    return sum(count for ch, count in han.items() if _is_common_han(ch)) / han.total()


def _suspicious(text: str) -> bool:
    """Private-use, unassigned or C1-control characters, or Hangul where Chinese was decoded."""
    for ch in set(text):  # each character once: a long text repeats a few thousand
        cat = unicodedata.category(ch)
        if cat in ("Co", "Cn") or "\x80" <= ch <= "\x9f" or "\uac00" <= ch <= "\ud7a3":
            return True
    return False


def decode(raw: bytes, *, source: str = "") -> Decoded:
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw.decode(encoding)
            except UnicodeDecodeError as exc:
                raise quarantined(
                    "encoding_invalid",
                    f"{source}: starts with a {encoding} byte-order mark but byte {exc.start} is invalid",
                ) from exc
            return Decoded(text.lstrip("\ufeff"), encoding)
    try:
        return Decoded(raw.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    best: tuple[float, str, str] | None = None
    for encoding in _CJK_CANDIDATES:
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _suspicious(text):
            continue
        score = han_plausibility(text)
        if best is None or score > best[0]:
            best = (score, encoding, text)
    if best and best[0] >= MIN_HAN_PLAUSIBILITY and any("\u4e00" <= ch <= "\u9fff" for ch in best[2]):
        return Decoded(best[2], best[1])
    high = sum(b >= 0x80 for b in raw)
    valid_prefix = raw[: utf8_error.start].decode("utf-8")
    truncated = utf8_error.reason == "unexpected end of data"
    if high and high / len(raw) < 0.05 and valid_prefix.isascii() and not truncated:
        # (A file that is valid UTF-8 with non-ASCII text up to a bad byte is broken UTF-8, not cp1252.)
        # Mostly ASCII with a few high bytes: a Western code page (smart quotes, accents).
        text = raw.decode("cp1252", errors="strict") if _cp1252_ok(raw) else ""
        if text and not _suspicious(text):
            return Decoded(text, "cp1252")
    raise quarantined(
        "encoding_uncertain",
        f"{source}: not valid UTF-8 (byte {utf8_error.start}) and no other encoding reads it with confidence",
    )


def _cp1252_ok(raw: bytes) -> bool:
    try:
        raw.decode("cp1252")
    except UnicodeDecodeError:
        return False
    return True
