"""Definite descriptions that refer back to a name: "the regulator", "the central bank", "该行", "该局".

News writes a name once and then its kind: "The FCA said ... Coinbase is registered with the
regulator", "招商银行表示……该行已与腾讯合作". Such a description stands for the nearest name before
it, in its own sentence or the one before (same paragraph), whose class it names. It becomes a party
of the sentence's relations, never a mention: the words "the bank" are not a name of anything, and a
fact that rests on one carries less confidence and its own extractor name.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from ingest.mentions import KIND_NOUNS
from ingest.relations import REFERENCE_WEIGHT, Span
from ingest.segment import same_paragraph
from kg.types import is_a
from kg.vocab import EntityType

COREFERENCE = "coreference.v1"

# fmt: off
# The description's head noun, and the class a name it stands for must have: the nouns that say what a
# name is (ingest.mentions.KIND_NOUNS, "Safaricom, the operator"), and some that only refer back.
_KINDS: dict[str, EntityType] = {
    **KIND_NOUNS,
    "supervisor": EntityType.REGULATOR, "monetary authority": EntityType.REGULATOR,
    "authority": EntityType.REGULATOR, "commission": EntityType.REGULATOR,
    "project": EntityType.INITIATIVE, "pilot": EntityType.INITIATIVE, "scheme": EntityType.INITIATIVE,
    "sandbox": EntityType.INITIATIVE, "initiative": EntityType.INITIATIVE, "programme": EntityType.INITIATIVE,
    "law": EntityType.REGULATION, "act": EntityType.REGULATION, "regulation": EntityType.REGULATION,
    "ordinance": EntityType.REGULATION, "rules": EntityType.REGULATION,
    # Chinese: 该 + the kind (matching text is Simplified)
    "该行": EntityType.BANK, "该银行": EntityType.BANK, "该公司": EntityType.COMPANY, "该集团": EntityType.COMPANY,
    "该局": EntityType.REGULATOR, "该机构": EntityType.ORGANIZATION, "该平台": EntityType.PRODUCT,
    "该项目": EntityType.INITIATIVE, "该计划": EntityType.INITIATIVE, "该法": EntityType.REGULATION,
    "该条例": EntityType.REGULATION,
}
# fmt: on
_ENGLISH = sorted((k for k in _KINDS if k.isascii()), key=len, reverse=True)
_CHINESE = sorted((k for k in _KINDS if not k.isascii()), key=len, reverse=True)
# The noun ends the phrase: not "the regulator's", "the bank account", "the exchange rate".
_NOT_AFTER_ENGLISH = (
    r"(?!['’]s\b)(?! (?:rates?|accounts?|holidays?|cards?|sector|industry|markets?|system|level|models?|fees?"
    r"|transfers?|notes?|runs?|statements?|loans?|deposits?|branch(?:es)?|staff|employees|customers|clients|users"
    r"|data|members?|licen[cs]es?)\b)"
)
# Nor "该行业" (the industry), "该行为" (the act of), "该法院" (the court).
_NOT_AFTER_CHINESE = {"该行": "(?![业为动情列程驶政])", "该法": "(?![院官])"}
_DESCRIPTION = re.compile(
    r"\bthe ("
    + "|".join(map(re.escape, _ENGLISH))
    + r")\b"
    + _NOT_AFTER_ENGLISH
    + r"|("
    + "|".join(re.escape(word) + _NOT_AFTER_CHINESE.get(word, "") for word in _CHINESE)
    + r")"
)


def reference_spans(
    text: str,
    sentences: Sequence[tuple[int, int]],
    named: dict[int, list[Span]],
) -> dict[int, list[Span]]:
    """For each sentence (by index), the descriptions in it as spans of the names they stand for.

    ``named`` holds each sentence's name spans, sorted. A description inside a name, or with no name
    of its class in reach, stands for nothing.
    """
    ends = [end for _, end in sentences]
    found: dict[int, list[Span]] = {}
    for match in _DESCRIPTION.finditer(text):
        start, end = match.span()
        index = bisect_left(ends, start + 1)
        if index >= len(sentences) or sentences[index][0] > start:
            continue
        if any(s.start < end and start < s.end for s in named.get(index, ())):
            continue  # part of a name ("the Bank of England" is a name, not a description)
        kind = _KINDS[match.group(1) or match.group(2)]
        antecedent = _antecedent(text, sentences, named, index, start, kind)
        if antecedent is not None:
            found.setdefault(index, []).append(
                Span(start, end, antecedent.entity_id, antecedent.entity_type, REFERENCE_WEIGHT)
            )
    return found


def _antecedent(
    text: str,
    sentences: Sequence[tuple[int, int]],
    named: dict[int, list[Span]],
    index: int,
    position: int,
    kind: EntityType,
) -> Span | None:
    """The name of class ``kind`` a description at ``position`` stands for: the nearest before it in
    its sentence, or else the first in the sentence before (its topic, most often its subject:
    "Revolut partnered with Visa. The company also ..." speaks of Revolut) in the same paragraph."""
    for span in reversed(named.get(index, ())):
        if span.end <= position and is_a(span.entity_type, kind):
            return span
    if not same_paragraph(text, sentences, index):
        return None
    return next((s for s in named.get(index - 1, ()) if is_a(s.entity_type, kind)), None)


__all__ = ["COREFERENCE", "reference_spans"]
