from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from ingest.normalize import normalize
from kg.ids import to_simplified

# fmt: off
WRAPS = [
    ("zh-Hans wrap", "蚂蚁\n集团", "text", "蚂蚁集团"),
    ("zh-Hant wrap", "螞蟻\n集團", "text", "蚂蚁集团"),
    ("pdf blank line", "这是一段很长的文字用于测试换行蚂蚁\n\n集团", "pdf", "蚂蚁集团"),
    ("en wrap", "Hong\nKong", "text", "hong kong"),
    ("crlf", "Bank\r\nof China", "text", "bank of china"),
    ("full width parens", "金管局（HKMA）", "text", "金管局(hkma)"),
    ("boilerplate", "MAS.\n转载请注明出处", "text", "mas."),
    # a word processor's apostrophe and hyphens are matched as ASCII
    ("typographic apostrophe", "Poland\u2019s largest banks", "docx", "poland's largest banks"),
    ("non-breaking hyphen", "the e\u2011hryvnia", "text", "the e-hryvnia"),
    # a short numbered heading is a line of its own, not the start of a wrapped line
    ("zh-Hans pdf heading", "二、主要机构\n连连数字总部位于杭州，在香港上市。", "pdf", "主要机构\n连连数字"),
    ("zh-Hant heading", "三、境外牌照\n在香港，金錢服務經營者牌照由香港海關發出。", "text", "境外牌照\n在香港"),
]
# Boilerplate lines, in both Chinese scripts, are dropped; a line that only speaks of QR codes stays.
BOILERPLATE = [
    ("zh-Hans", "转载请注明出处", True),
    ("zh-Hant", "轉載請註明出處", True),
    ("zh-Hans", "更多金融科技新闻，欢迎订阅本站电子报。", True),
    ("zh-Hant", "更多金融科技新聞，歡迎訂閱本站電子報。", True),
    ("zh-Hans", "扫描下方二维码，关注我们的公众号。", True),
    ("zh-Hant", "長按識別二維碼", True),
    ("zh-Hans", "官方微信二维码", True),
    ("zh-Hans", "浙商银行运用二维码支付技术提升风控能力。", False),
    ("zh-Hant", "浙商銀行運用二維碼支付技術提升風控能力。", False),
    ("en", "Subscribe to our weekly Africa fintech briefing.", True),
    # related-article links and a prompt to scan a code and follow an account close a web article
    ("zh-Hans", "相关新闻：金管会开放稳定币沙盒", True),
    ("zh-Hant", "延伸閱讀：香港穩定幣條例生效", True),
    ("zh-Hant", "掃描QR Code加入官方LINE帳號", True),
    ("en", "Related news: Kazakhstan expands its CBDC pilot", True),
    ("zh-Hans", "相关监管部门表示将加强对稳定币的监管。", False),
]
# fmt: on


@pytest.mark.parametrize(("language", "line", "dropped"), BOILERPLATE)
def test_normalize_drops_boilerplate_lines(language: str, line: str, dropped: bool) -> None:
    text = normalize("蚂蚁集团发布年报。\n" + line + "\n").text
    opening = to_simplified(line[:4].lower())  # as the matching text writes it
    assert "年报" in text
    assert (opening not in text) == dropped, (language, text)


@pytest.mark.parametrize(("case", "source", "fmt", "expected"), WRAPS)
def test_normalize_joins_and_cleans(case: str, source: str, fmt: str, expected: str) -> None:
    assert expected in normalize(source, fmt=fmt).text, case


@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_normalize_offsets_point_into_source(source: str) -> None:
    n = normalize(source)
    assert len(n.offsets) == len(n.text) + 1
    assert all(0 <= o <= len(source) for o in n.offsets)
    assert list(n.offsets[:-1]) == sorted(n.offsets[:-1])


# Line structure is excluded: a paragraph break becomes one newline, which a second pass would join.
@given(st.text(alphabet="蚂蚁集团银行MAS Ubin （）", max_size=60))
def test_normalize_is_idempotent_on_its_output(source: str) -> None:
    once = normalize(source).text
    assert normalize(once).text == once
