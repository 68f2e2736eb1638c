"""Money amounts as written in front matter ("1,000万元", "¥3.2亿", "USD 1.2bn", "HK$300 million").

An amount becomes a (value, currency, unit) triple plus the value the unit stands for, and the original
string is kept by the caller. Anything not read with confidence is refused with a reason, never guessed:
a bare "¥" is yuan or yen, so its currency stays unknown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

# Currency words and symbols, longest first where one contains another ("HK$" before "$").
_CURRENCIES: tuple[tuple[str, str], ...] = (
    ("人民币", "CNY"), ("新加坡元", "SGD"), ("新加坡币", "SGD"), ("新台币", "TWD"), ("新臺幣", "TWD"),
    ("港元", "HKD"), ("港币", "HKD"), ("港幣", "HKD"), ("美元", "USD"), ("美金", "USD"), ("欧元", "EUR"),
    ("歐元", "EUR"), ("英镑", "GBP"), ("英鎊", "GBP"), ("日元", "JPY"), ("日圆", "JPY"), ("日圓", "JPY"),
    ("澳元", "AUD"), ("加元", "CAD"), ("瑞郎", "CHF"), ("韩元", "KRW"), ("韓元", "KRW"), ("卢比", "INR"),
    ("HK$", "HKD"), ("S$", "SGD"), ("US$", "USD"), ("A$", "AUD"), ("C$", "CAD"), ("NT$", "TWD"),
    ("RMB", "CNY"), ("CNY", "CNY"), ("USD", "USD"), ("HKD", "HKD"), ("SGD", "SGD"), ("EUR", "EUR"),
    ("GBP", "GBP"), ("JPY", "JPY"), ("AUD", "AUD"), ("CAD", "CAD"), ("CHF", "CHF"), ("INR", "INR"),
    ("KRW", "KRW"), ("TWD", "TWD"), ("AED", "AED"), ("BRL", "BRL"),
    ("$", "USD"), ("€", "EUR"), ("£", "GBP"), ("₹", "INR"), ("₩", "KRW"), ("円", "JPY"), ("元", "CNY"),
)  # fmt: skip
_AMBIGUOUS_SYMBOLS = ("¥", "￥")  # yuan or yen
_UNITS: tuple[tuple[str, str, int], ...] = (
    ("万亿", "万亿", 10**12), ("億", "亿", 10**8), ("亿", "亿", 10**8), ("萬", "万", 10**4), ("万", "万", 10**4),
    ("千", "千", 10**3), ("trillion", "trillion", 10**12), ("billion", "billion", 10**9),
    ("million", "million", 10**6), ("thousand", "thousand", 10**3), ("tn", "trillion", 10**12),
    ("bn", "billion", 10**9), ("mn", "million", 10**6), ("m", "million", 10**6), ("k", "thousand", 10**3),
    ("b", "billion", 10**9),
)  # fmt: skip
_NUMBER = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


@dataclass(frozen=True)
class Amount:
    value: Decimal  # as written, before the unit ("1000" in "1,000万元")
    currency: str  # ISO 4217, or "" when the text does not say which
    unit: str  # "万", "亿", "million", "billion" ... or "" for none
    scaled: Decimal  # value times the unit

    def as_fields(self) -> dict[str, str]:
        return {
            "value": format(self.value, "f"),
            "currency": self.currency,
            "unit": self.unit,
            "scaled": format(self.scaled.normalize(), "f"),
        }


class AmountError(ValueError):
    """The text is not an amount this parser can read with confidence; the message says why."""


def _leading_currency(text: str) -> tuple[str | None, str]:
    """(currency code, the rest) for a currency word or symbol that opens the text; None when there
    is none, "" when there is one that does not say which currency it is (¥)."""
    for symbol in _AMBIGUOUS_SYMBOLS:
        if text.startswith(symbol):
            return "", text[len(symbol) :].strip()
    for word, code in _CURRENCIES:
        if text[: len(word)].upper() == word.upper():
            return code, text[len(word) :].strip()
    return None, text


def _trailing_currency(text: str) -> tuple[str | None, str]:
    for word, code in _CURRENCIES:
        if text[-len(word) :].upper() == word.upper():
            return code, text[: -len(word)].strip()
    return None, text


def parse_amount(written: str) -> Amount:
    """The amount a front-matter value states, or AmountError.

    >>> parse_amount("1,000万元").as_fields()
    {'value': '1000', 'currency': 'CNY', 'unit': '万', 'scaled': '10000000'}
    >>> parse_amount("USD 1.2bn").as_fields()
    {'value': '1.2', 'currency': 'USD', 'unit': 'billion', 'scaled': '1200000000'}
    """
    text = " ".join(written.split())
    leading, rest = _leading_currency(text)
    number = _NUMBER.match(rest)
    if number is None:
        raise AmountError(f"no number in {written!r}")
    rest = rest[number.end() :].strip()
    unit, unit_as_written, multiplier = "", "", 1
    for word, name, times in _UNITS:
        after = rest[len(word) : len(word) + 1]
        # "m" is a unit in "5m" and "5 m", not in "5 miles"; a CJK unit may touch what follows (万元).
        if rest[: len(word)].lower() == word and not (word.isascii() and after.isascii() and after.isalpha()):
            unit, unit_as_written, multiplier = name, word, times
            rest = rest[len(word) :].strip()
            break
    trailing, rest = _trailing_currency(rest) if rest else (None, rest)
    if rest:
        raise AmountError(f"{rest!r} in {written!r} is neither a unit nor a currency")
    if leading and trailing and leading != trailing:
        raise AmountError(f"two currencies in {written!r}")
    if leading is None and trailing is None and not unit:
        raise AmountError(f"no currency or unit in {written!r}: a bare number is not an amount")
    currency = trailing or leading or ""
    if leading == "" and not trailing and unit_as_written == "亿":
        currency = "CNY"  # ¥ is yuan or yen, but 亿 is written only in Simplified Chinese
    value = Decimal(number.group(0).replace(",", ""))
    return Amount(value, currency, unit, value * multiplier)
