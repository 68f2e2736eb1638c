"""Source text -> matching text, with an offset map back to the source.

The matching text is NFKC, casefolded, in Simplified script, with typographic apostrophes and hyphens
made ASCII, whitespace collapsed, invisible and control characters dropped, wrapped lines joined (CJK
without a space, Latin with one; a short numbered heading stays a line of its own) and boilerplate lines
(subscription prompts, reprint notices, QR-code lines, captions) removed. ``offsets[i]`` is the
source index of matching character ``i``, so every match maps back to the exact span as written.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container
from dataclasses import dataclass

from ingest.formats import PDF
from kg.ids import to_simplified

_NEWLINES = re.compile(r"\r\n|\r|\u2028|\u2029|\u0085|\x1c|\x1d|\x1e")
TERMINAL = frozenset("。！？!?；;：:")
_BLOCK_START = re.compile(
    r"^\s*(#|[-*+•>|]\s|\d+[.、)]\s?|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、)"
)

# Boilerplate anywhere in a line, and boilerplate that opens one: two patterns, because one alternation
# tries every line-start alternative at every position of every line. A line is matched in Simplified
# script (see is_boilerplate), so one phrase serves both. A QR code is boilerplate as a prompt or a
# caption, not as a payment method ("运用二维码支付技术").
BOILERPLATE_ANYWHERE = re.compile(
    r"转载请注明|转载须注明|未经授权.{0,6}转载|版权所有|扫码关注|扫描.{0,4}(?:二维码|qr ?code)|(?:扫描|扫码).{0,8}(?:加入|关注)|长按.{0,4}识别|识别.{0,4}二维码|二维码\s*[)）]?\s*$|关注.{0,6}公众号|微信公众号|"
    r"服务号|订阅号|点击.{0,4}阅读原文|本文仅代表作者|点赞|在看|分享到|newsletter|all rights reserved|"
    r"欢迎订阅|订阅本[站报刊号]|电子报|"
    r"\s{3,}(page\s*\d+|第\s*\d+\s*页)$|cookie",
    re.I,
)
BOILERPLATE_LINE_START = re.compile(
    r"阅读原文|免责声明|声明[：:]|责任编辑|编辑[：:]|来源[：:]|数据来源|资料来源|图片来源|注[：:]|图\s*\d|表\s*\d|第\s*\d+\s*页|"
    r"\d{1,4}$|-\s*\d+\s*-$|subscribe|copyright|©|share (this|on)|follow us|sign up|read more|"
    r"related (articles|posts|stories|news|reading)|more stories|相关(?:新闻|阅读|文章|报道|推荐)|延伸阅读|推荐阅读|热门(?:文章|新闻)|更多(?:新闻|阅读|文章)|advertisement|click here|source[s]?:|figure\s*\d|table\s*\d|"
    r"page\s*\d+(\s*of\s*\d+)?$",
    re.I,
)


def is_boilerplate(line: str) -> bool:
    """A subscription prompt, reprint notice, QR-code line, caption or page furniture (NFKC ``line``,
    in either Chinese script)."""
    simplified = to_simplified(line)
    return (
        BOILERPLATE_LINE_START.match(simplified) is not None
        or BOILERPLATE_ANYWHERE.search(simplified) is not None
    )


# Notices, prompts and captions are short lines; a paragraph that happens to say "cookie" or "点赞" is
# text. The cap also keeps the pattern, slow on long lines, off the paragraphs.
MAX_BOILERPLATE_LINE = 200


@dataclass(frozen=True)
class NormalizedText:
    text: str
    offsets: tuple[int, ...]  # one per character of text, plus the end position
    dropped_controls: int
    dropped_lines: int

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The source span of matching characters [start, end)."""
        return self.offsets[start], self.offsets[end - 1] + 1 if end > start else self.offsets[start]


# Han characters (and 〇々), one place for is_cjk() and for scanning whole strings at C speed.
HAN = re.compile("[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff\U00020000-\U0003134f〇々]")


def is_cjk(ch: str) -> bool:
    """True for one Han character; False for anything else, the empty string included."""
    return len(ch) == 1 and HAN.match(ch) is not None


# Lines made only of these map one character to one under NFKC + casefold (ASCII, CJK ideographs, CJK
# and full-width punctuation), with single inner spaces: normalize() takes them in one step.
_ONE_TO_ONE = re.compile(
    r"[\x21-\x7e\u4e00-\u9fff\u3001-\u303f\uff01-\uff5e](?:[\x21-\x7e\u4e00-\u9fff\u3001-\u303f\uff01-\uff5e]| (?! ))*"
)
# Punctuation a word processor writes for plain ASCII: the typographic apostrophe ("Poland’s") and
# the hyphen and non-breaking hyphen ("e‑hryvnia"). Matched as ASCII, so one pattern serves both;
# other dashes stay, as they set off clauses ("the bank — and its owner —").
_PUNCTUATION_VARIANTS = {"\u2019": "'", "\u02bc": "'", "\u2010": "-", "\u2011": "-"}
# A numbered line this short is a heading: a wrapped line runs to the page's width.
_HEADING_LENGTH = 20
_WORD_END = re.compile(r"[a-z]+$")
_WORD_START = re.compile(r"^[a-z]+")
DEHYPHENATE = "-"  # _join's answer for "drop the line-end hyphen and glue"


def _join(
    prev: str, nxt: str, blank_lines: int, fmt: str, joinable: bool, known_words: Container[str] = ()
) -> str:
    """How two kept lines meet: '' (glued), ' ' (a space), '\\n' (a break) or DEHYPHENATE."""
    if not joinable or not prev or not nxt:
        return "\n"
    last, first = prev[-1], nxt[0]
    if last in TERMINAL or _BLOCK_START.match(nxt) or prev.lstrip().startswith("#"):
        return "\n"
    if len(prev) <= _HEADING_LENGTH and _BLOCK_START.match(prev):
        return "\n"  # a numbered heading ("二、主要机构") is a line of its own, not a wrapped line's start
    if blank_lines:
        # PDF text puts blank lines inside sentences, even inside a name split over two lines.
        if fmt == PDF and is_cjk(last) and is_cjk(first) and len(prev) >= 12:
            return ""
        return "\n"
    if is_cjk(last) and is_cjk(first):
        return ""
    if last == "-" and len(prev) > 1 and prev[-2].islower() and first.islower():
        # "distrib-" + "uted": the hyphen goes only when the joined word is known ("power-performance"
        # keeps it); otherwise the hyphenated compound stays as printed.
        left, right = _WORD_END.search(prev[:-1].casefold()), _WORD_START.search(nxt.casefold())
        if left and right and left.group(0) + right.group(0) in known_words:
            return DEHYPHENATE
        return ""
    return " "


def normalize(
    source: str, *, start: int = 0, fmt: str = "text", known_words: Container[str] = ()
) -> NormalizedText:
    """Normalise ``source[start:]``; offsets are positions in ``source``.

    ``known_words`` (lower-case Latin words) decide whether a hyphen at a line end splits one word.
    """
    chars: list[str] = []
    offsets: list[int] = []
    dropped_controls = dropped_lines = 0
    joinable = fmt not in ("html", "docx")  # one line per block there: never glue blocks

    lines: list[tuple[int, str]] = []
    pos = start
    body = source[start:]
    for match in re.finditer(
        r"[^\n\r\u2028\u2029\u0085\x1c\x1d\x1e]*(?:\r\n|[\n\r\u2028\u2029\u0085\x1c\x1d\x1e]|$)", body
    ):
        segment = match.group(0)
        if not segment:
            break
        content = _NEWLINES.sub("", segment.rstrip("\n"))
        lines.append((pos + match.start(), content))
    kept: list[tuple[int, str, int]] = []  # (source start, content, blank lines before)
    blanks = 0
    for line_start, content in lines:
        stripped = content.strip()
        if not stripped:
            blanks += 1
            continue
        if len(stripped) <= MAX_BOILERPLATE_LINE and is_boilerplate(unicodedata.normalize("NFKC", stripped)):
            dropped_lines += 1
            continue
        kept.append((line_start, content, blanks))
        blanks = 0

    def emit(text: str, source_index: int) -> None:
        chars.append(text)
        offsets.append(source_index)

    previous = ""
    for line_start, content, blank_lines in kept:
        if chars:
            glue = _join(previous.rstrip(), content.lstrip(), blank_lines, fmt, joinable, known_words)
            if glue == DEHYPHENATE:
                chars.pop()
                offsets.pop()
            elif glue:
                emit(glue, line_start - 1 if line_start > 0 else 0)
        previous = content
        if _ONE_TO_ONE.fullmatch(content):
            # Fast path for the common line: every character maps to exactly one matching character.
            folded = unicodedata.normalize("NFKC", content).casefold()
            chars.extend(folded)
            offsets.extend(range(line_start, line_start + len(content)))
            continue
        for i, ch in enumerate(content):
            index = line_start + i
            cat = unicodedata.category(ch)
            if ch.isspace() or cat == "Zs":
                if chars and chars[-1] not in (" ", "\n"):
                    emit(" ", index)
                continue
            if ch == "\u200b" and chars and chars[-1].isascii() and chars[-1].isalnum():
                emit(" ", index)  # a zero-width space between Latin words still separates them
                continue
            if cat in ("Cc", "Cf", "Cs", "Co"):
                dropped_controls += 1
                continue
            for out in unicodedata.normalize("NFKC", _PUNCTUATION_VARIANTS.get(ch, ch)).casefold():
                if out.isspace():
                    if chars and chars[-1] not in (" ", "\n"):
                        emit(" ", index)
                    continue
                emit(out, index)
        while chars and chars[-1] == " ":
            chars.pop()
            offsets.pop()
    text = to_simplified("".join(chars))
    end = offsets[-1] + 1 if offsets else start
    return NormalizedText(text, (*offsets, end), dropped_controls, dropped_lines)
