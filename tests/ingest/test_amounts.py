"""Amounts as written in front matter, in the three scripts: (value, currency, unit) and the scaled value."""

from __future__ import annotations

from decimal import Decimal

import pytest

from ingest.amounts import AmountError, parse_amount


@pytest.mark.parametrize(
    ("script", "written", "value", "currency", "unit", "scaled"),
    [
        ("zh-Hans", "1,000万元", "1000", "CNY", "万", "10000000"),
        ("zh-Hans", "¥3.2亿", "3.2", "CNY", "亿", "320000000"),  # 亿 is Simplified only: yuan
        ("zh-Hans", "人民币5亿元", "5", "CNY", "亿", "500000000"),
        ("zh-Hans", "5000万美元", "5000", "USD", "万", "50000000"),
        ("zh-Hans", "3.5 亿元", "3.5", "CNY", "亿", "350000000"),
        ("zh-Hant", "100萬港元", "100", "HKD", "万", "1000000"),
        ("zh-Hant", "新臺幣20億", "20", "TWD", "亿", "2000000000"),
        ("zh-Hant", "¥3.2億", "3.2", "", "亿", "320000000"),  # 億 is also Japanese: yuan or yen
        ("en", "USD 1.2bn", "1.2", "USD", "billion", "1200000000"),
        ("en", "HK$300 million", "300", "HKD", "million", "300000000"),
        ("en", "S$ 1.5bn", "1.5", "SGD", "billion", "1500000000"),
        ("en", "US$12.5 mn", "12.5", "USD", "million", "12500000"),
        ("en", "€2 billion", "2", "EUR", "billion", "2000000000"),
        ("en", "$5m", "5", "USD", "million", "5000000"),
        ("en", "GBP 40k", "40", "GBP", "thousand", "40000"),
    ],
)
def test_amounts_parse_to_a_triple(
    script: str, written: str, value: str, currency: str, unit: str, scaled: str
) -> None:
    amount = parse_amount(written)
    assert (amount.value, amount.currency, amount.unit) == (Decimal(value), currency, unit), script
    assert amount.scaled == Decimal(scaled)


@pytest.mark.parametrize(
    "written", ["1000", "12 apples", "5 miles", "2024-13-45", "USD 5 EUR", "", "元", "about $5m"]
)
def test_amounts_refuse_what_they_cannot_read(written: str) -> None:
    with pytest.raises(AmountError):
        parse_amount(written)
