"""Definite descriptions that refer back to a name: "the regulator", "the central bank", "该行", "该局".

News writes a name once and then its kind: "The FCA said ... Coinbase is registered with the
regulator", "招商银行表示……该行已与腾讯合作". Such a description stands for the nearest name before
it, in its own sentence or the one before (same paragraph), whose class it names. It becomes a party
of the sentence's relations, never a mention: the words "the bank" are not a name of anything, and a
fact that rests on one carries less confidence and its own extractor name.

Pronouns ("it", "its", 其) name no class, so which name they stand for is left to the relation they
take part in (ingest.relations): the first of the names before them, in their sentence or the one
before, that fits it. Places and technologies are not among the candidates; "it" that stands for
nothing ("it is expected that") and "its" or 其 that only determines the name after it ("its
subsidiary MYbank") are not pronouns here.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence

from ingest.mentions import KIND_NOUNS
from ingest.relations import REFERENCE_WEIGHT, Span, fronted_companions
from ingest.segment import same_paragraph
from kg.types import is_a
from kg.vocab import EntityType

COREFERENCE = "coreference.v16"  # v2: pronouns; v3: "Name, the …" describes, not refers; v4: qualified
# descriptions ("the financial market supervisor"); v5: a back reference reaches two sentences back when
# the sentence between names no initiative (ingest.pipeline); v6: "the project" with no name in reach is
# the initiative the document names most often before it; v7: the kind before a name ("the investment bank
# BTG Pactual") describes that name, refers to none; a back reference reaches what the descriptions of the
# sentences before stand for, and the document's topic when no initiative is in reach (ingest.pipeline);
# v8: "the bank" may stand for a central bank; v9: a pronoun after the companions a sentence opens on
# ("With Norges Bank and the Bank of Israel, it …") stands for none of them; v10: a description reaches
# back over its paragraph to the one name of its class there ("the bureau"); "its" before a verb is a pronoun;
# v11: 该公司 and "the company" stand for a financial institution too; "X (ABBR), the operator" describes X;
# v12: a description may stand for the last name of the paragraph before (not "the project"), or else for
# the only name of its class the document has named; 这家…银行 refers as 该银行 does; v13: 其旗下的 and
# 其子公司的 determine the name after them, as 其旗下 does; v14: 该中心, 该交易所 and 该协会 refer back;
# v15: "the platform" and "the service" may stand for a payment system or shared infrastructure; v16: 其
# before 子公司 or 旗下 is a party of its own ("其子公司平安银行"), but not after 及 ("A及其旗下的B")
# fmt: off
# The description's head noun, and the class a name it stands for must have: the nouns that say what a
# name is (ingest.mentions.KIND_NOUNS, "Safaricom, the operator"), and some that only refer back.
_KINDS: dict[str, EntityType] = {
    **KIND_NOUNS,
    "supervisor": EntityType.REGULATOR, "monetary authority": EntityType.REGULATOR,
    "authority": EntityType.REGULATOR, "commission": EntityType.REGULATOR, "bureau": EntityType.REGULATOR,
    "project": EntityType.INITIATIVE, "pilot": EntityType.INITIATIVE, "scheme": EntityType.INITIATIVE,
    "sandbox": EntityType.INITIATIVE, "initiative": EntityType.INITIATIVE, "programme": EntityType.INITIATIVE,
    "law": EntityType.REGULATION, "act": EntityType.REGULATION, "regulation": EntityType.REGULATION,
    "ordinance": EntityType.REGULATION, "rules": EntityType.REGULATION,
    # Chinese: 该 + the kind (matching text is Simplified)
    "该行": EntityType.BANK, "该银行": EntityType.BANK, "该公司": EntityType.COMPANY, "该集团": EntityType.COMPANY,
    "该局": EntityType.REGULATOR, "该机构": EntityType.ORGANIZATION, "该平台": EntityType.PRODUCT,
    "该项目": EntityType.INITIATIVE, "该计划": EntityType.INITIATIVE, "该法": EntityType.REGULATION,
    "该条例": EntityType.REGULATION, "该中心": EntityType.ORGANIZATION, "该交易所": EntityType.EXCHANGE,
    "该协会": EntityType.INDUSTRY_BODY,
}
# fmt: on
# "The Central Bank of Nigeria launched the eNaira. The bank built it with …": a central bank is, in
# a description, a bank, though not one in the ontology (it is a regulator). A financial institution
# is a company to its readers: "重庆蚂蚁消费金融有限公司于2021年开业……该公司的设立".
_ALSO_OF_KIND: dict[EntityType, tuple[EntityType, ...]] = {
    EntityType.BANK: (EntityType.CENTRAL_BANK,),
    EntityType.COMPANY: (EntityType.FINANCIAL_INSTITUTION,),
    # "PayShap went live in 2023 ... BankservAfrica operates the platform": a payment system or a piece
    # of shared infrastructure is, to its users, a platform or a service
    EntityType.PRODUCT: (EntityType.PAYMENT_SYSTEM, EntityType.DIGITAL_INFRASTRUCTURE),
}


def _of_kind(entity_type: EntityType, kind: EntityType) -> bool:
    if is_a(entity_type, kind):
        return True
    also = _ALSO_OF_KIND.get(kind)  # read for every name of every sentence: no generator on the way
    return also is not None and any(is_a(entity_type, other) for other in also)


_ENGLISH = sorted((k for k in _KINDS if k.isascii()), key=len, reverse=True)
_CHINESE = sorted((k for k in _KINDS if not k.isascii()), key=len, reverse=True)
# The noun ends the phrase: not "the regulator's", "the bank account", "the exchange rate".
_NOT_AFTER_ENGLISH = (
    r"(?!['’]s\b)(?! (?:rates?|accounts?|holidays?|cards?|sector|industry|markets?|system|level|models?|fees?"
    r"|transfers?|notes?|runs?(?! on\b)|statements?|loans?|deposits?|branch(?:es)?|staff|employees|customers|clients|users"
    r"|data|members?|licen[cs]es?)\b)"
)
# Nor "该行业" (the industry), "该行为" (the act of), "该法院" (the court).
_NOT_AFTER_CHINESE = {"该行": "(?![业为动情列程驶政])", "该法": "(?![院官])"}
# "the financial market supervisor": a few words may qualify the kind, but not ones that point elsewhere
# ("the other regulator", "the first bank to").
_QUALIFIER = r"(?:(?!(?:other|another|same|next|new|first|second|third|last|only|former|largest|biggest|smallest)\b)[a-z][\w-]* ){0,2}?"
_DESCRIPTION = re.compile(
    r"\bthe "
    + _QUALIFIER
    + r"("
    + "|".join(map(re.escape, _ENGLISH))
    + r")\b"
    + _NOT_AFTER_ENGLISH
    + r"|("
    + "|".join(re.escape(word) + _NOT_AFTER_CHINESE.get(word, "") for word in _CHINESE)
    + r")"
    # "这家由蚂蚁集团发起设立的民营银行": 这家 and the kind that ends its clause, which may hold a name
    + r"|这家(?=[^，。；！？、“”]{0,20}?(银行|公司|集团|机构|平台))"
)

_APPOSITIVE_GAP = re.compile(r"\s*\)?\s*,\s*$")  # "Payments Network Malaysia (PayNet), the operator of"
# Pronouns stand for an organisation, an initiative, a product or a law, never a place or a technology
# (the places of a sentence are settings; "blockchain ... it" is rare, and a wrong guess costly).
_NO_ANTECEDENT = (EntityType.JURISDICTION, EntityType.TECHNOLOGY)
_PRONOUN = re.compile(
    r"\b(?:(?P<its>its)|(?P<it>it))\b(?!['’])"
    # 其 of 其中, 其他, 尤其, 极其, 与其 … is no pronoun
    r"|(?<![尤极与何])(?P<qi>其)(?![中他它余实次后间一二三])"
)
# "it is expected that", "it was the first to", "it's unclear whether": an "it" that stands for nothing.
_EXPLETIVE = re.compile(
    r"(?:['’]s|\s+(?:is|was|has been|had been|will be|would be|may be|might be|could be|remains|remained"
    r"|seems|seemed|appears|appeared|became|becomes|takes|took))(?:\s+(?:not|also|now|still|already))?"
    r"\s+(?:[\w-]+\s+){0,3}?(?:that|whether|if|how|why|when|what|to)\b"
)
# "its digital wallet Wero", "its acquisitions of iDEAL", "其子公司网商银行": the pronoun determines the
# name after it. Not "其推出的小邮助手" nor "其将在新加坡推出", where 其 is the subject of a clause.
# Not when a verb comes between: "Its partner banks included Evolve" (its is the partners' company's).
_ITS_DETERMINES = re.compile(r"^\s+(?:(?!(?:include[sd]?|are|were|is|was|became)\s)[\w-]+\s+){0,3}$")
# "蚂蚁集团及其旗下的支付宝": 的 after the kind of tie changes nothing.
# ... and of those, the ties that say whose the name is ("其子公司网商银行": a fact of its own)
_QI_TIE_WORDS = r"子公司|母公司|附属公司|旗下|下属"
_QI_TIE = re.compile(_QI_TIE_WORDS)
_QI_DETERMINES = re.compile(rf"^(?:全资|控股)?(?:(?:{_QI_TIE_WORDS}|合作伙伴|股东)的?)?$")


def reference_spans(
    text: str,
    sentences: Sequence[tuple[int, int]],
    named: dict[int, list[Span]],
    written: Callable[[int, int], str],
) -> dict[int, list[Span]]:
    """For each sentence (by index), the descriptions and pronouns in it as spans of the names they
    stand for.

    ``named`` holds each sentence's name spans, sorted; ``written`` gives a span of ``text`` as the
    source writes it (matching text is case-folded, and "IT" is no pronoun). A description or
    pronoun inside a name, or with no name it can stand for in reach, stands for nothing.
    """
    found = _descriptions(text, sentences, named)
    for index, pronouns in _pronouns(text, sentences, named, found, written).items():
        found[index] = sorted([*found.get(index, ()), *pronouns])
    return found


def _descriptions(
    text: str,
    sentences: Sequence[tuple[int, int]],
    named: dict[int, list[Span]],
) -> dict[int, list[Span]]:
    ends = [end for _, end in sentences]
    found: dict[int, list[Span]] = {}
    named_so_far = NamedSoFar(named)
    for match in _DESCRIPTION.finditer(text):
        start, end = match.span()
        index = _sentence_outside_names(ends, sentences, named, start, end)
        if index is None:
            continue  # between sentences, or part of a name ("the Bank of England" is no description)
        if any(_APPOSITIVE_GAP.match(text, s.end, start) for s in named.get(index, ())):
            continue  # "Ascend Money, the fintech arm of CP Group": the name itself, described
        if any(
            s.start in (end + 1, end + 2) and text[end : s.start].strip() in ("", "“", '"')
            for s in named.get(index, ())
        ):
            continue  # "the investment bank BTG Pactual": the kind the name after it is of
        kind = _KINDS[match.group(1) or match.group(2) or "该" + match.group(3)]
        antecedent = _antecedent(text, sentences, named, index, start, kind, named_so_far)
        if antecedent is not None:
            found.setdefault(index, []).append(
                Span(start, end, antecedent.entity_id, antecedent.entity_type, REFERENCE_WEIGHT)
            )
    return found


def _sentence_outside_names(
    ends: Sequence[int],
    sentences: Sequence[tuple[int, int]],
    named: dict[int, list[Span]],
    start: int,
    end: int,
) -> int | None:
    """The index of the sentence holding ``text[start:end]``; None when no sentence holds it or it
    lies inside one of its names."""
    index = bisect_left(ends, start + 1)
    if index >= len(sentences) or sentences[index][0] > start:
        return None
    if any(s.start < end and start < s.end for s in named.get(index, ())):
        return None
    return index


def _antecedent(
    text: str,
    sentences: Sequence[tuple[int, int]],
    named: dict[int, list[Span]],
    index: int,
    position: int,
    kind: EntityType,
    named_so_far: NamedSoFar,
) -> Span | None:
    """The name of class ``kind`` a description at ``position`` stands for: the nearest before it in
    its sentence, or else the first in the sentence before (its topic, most often its subject:
    "Revolut partnered with Visa. The company also ..." speaks of Revolut), or else the one name of
    its class the paragraph holds before, or else the one the document holds before."""
    for span in reversed(named.get(index, ())):
        if span.end <= position and _of_kind(span.entity_type, kind):
            return span
    # The sentence before may end the paragraph before: "… operated by the Bank of Lithuania. ¶ The
    # central bank also built …" (a heading between names nothing, and so breaks the chain); not for "the
    # project" that opens a paragraph, which is the one the document is about (see _topic)
    paragraph_goes_on = same_paragraph(text, sentences, index)
    if paragraph_goes_on or not is_a(kind, EntityType.INITIATIVE):
        earlier = next((s for s in named.get(index - 1, ()) if _of_kind(s.entity_type, kind)), None)
        if earlier is not None:
            return earlier
    if paragraph_goes_on:
        # "The CFPB finalised … The rule … Banks sued … the bureau ordered": further back in the
        # paragraph, the only name of the class there is
        back = index - 1
        while back > 0 and same_paragraph(text, sentences, back):
            back -= 1
        if (only := named_so_far.only(kind, index - 1, since=back)) is not None:
            return only
    # "The Bank of Lithuania … ¶ … a licence from the central bank": the only one the document has named
    if (only := named_so_far.only(kind, index - 1)) is not None:
        return only
    return _topic(named, index, kind) if is_a(kind, EntityType.INITIATIVE) else None


class NamedSoFar:
    """The names of each class a document holds, in order, to ask which one a run of its sentences
    names when it names only one (the names of a class are gathered once per document, not once per
    description and sentence)."""

    def __init__(self, named: dict[int, list[Span]]) -> None:
        self._named = named
        # class -> (sentence of each name of the class, the names, how many lead that are one entity)
        self._by_kind: dict[EntityType, tuple[list[int], list[Span], int]] = {}

    def only(self, kind: EntityType, before: int, since: int = 0) -> Span | None:
        """The first name of class ``kind`` in the sentences from ``since`` to just before ``before``,
        when they name only one."""
        if kind not in self._by_kind:
            rows = [
                (i, s) for i in sorted(self._named) for s in self._named[i] if _of_kind(s.entity_type, kind)
            ]
            names = [s for _, s in rows]
            same = next((n for n, s in enumerate(names) if s.entity_id != names[0].entity_id), len(names))
            self._by_kind[kind] = ([i for i, _ in rows], names, same)
        sentence_of, names, same = self._by_kind[kind]
        first, stop = bisect_left(sentence_of, since), bisect_left(sentence_of, before)
        if first >= stop:
            return None
        if first == 0:  # from the document's start: how many lead that are one entity is known
            return names[0] if stop <= same else None
        one = names[first].entity_id
        return names[first] if all(names[n].entity_id == one for n in range(first + 1, stop)) else None


def _topic(named: dict[int, list[Span]], index: int, kind: EntityType) -> Span | None:
    """The initiative a document is about, for "the project" out of reach of any name: the one of
    class ``kind`` named most often before sentence ``index`` (see Topic)."""
    topic = Topic(kind)
    for sentence in range(index):
        topic.add(named.get(sentence, ()))
    return topic.current()


class Topic:
    """What a document is about so far: of the names of class ``kind`` read until now, the one named
    most often, at least twice and more often than any other ("Project mBridge grew out of … In
    mid-2024 the project reached …"), as last named."""

    def __init__(self, kind: EntityType = EntityType.INITIATIVE) -> None:
        self.kind = kind
        self._counts: dict[str, int] = {}
        self._last: dict[str, Span] = {}

    def add(self, spans: Sequence[Span]) -> None:
        for span in spans:
            if _of_kind(span.entity_type, self.kind):
                self._counts[span.entity_id] = self._counts.get(span.entity_id, 0) + 1
                self._last[span.entity_id] = span

    def current(self) -> Span | None:
        ranked = sorted(self._counts.values(), reverse=True)
        if not ranked or ranked[0] < 2 or (len(ranked) > 1 and ranked[1] == ranked[0]):
            return None
        return self._last[max(self._counts, key=self._counts.__getitem__)]


def _pronouns(
    text: str,
    sentences: Sequence[tuple[int, int]],
    named: dict[int, list[Span]],
    described: dict[int, list[Span]],
    written: Callable[[int, int], str],
) -> dict[int, list[Span]]:
    """The pronouns of each sentence, each with its candidate antecedents in both orders."""

    def candidates(index: int) -> list[Span]:
        spans = sorted([*named.get(index, ()), *described.get(index, ())])
        return [s for s in spans if not any(is_a(s.entity_type, t) for t in _NO_ANTECEDENT)]

    ends = [end for _, end in sentences]
    found: dict[int, list[Span]] = {}
    for match in _PRONOUN.finditer(text):
        start, end = match.span()
        index = _sentence_outside_names(ends, sentences, named, start, end)
        if index is None:
            continue
        if match.group("it") and (_EXPLETIVE.match(text, end) or written(start, end).isupper()):
            continue
        if match.group("its") or match.group("qi"):
            following = next((s for s in named.get(index, ()) if s.start >= end), None)
            determiner = _ITS_DETERMINES if match.group("its") else _QI_DETERMINES
            gap = text[end : following.start] if following is not None else ""
            ties = (
                match.group("qi") is not None
                and _QI_TIE.search(gap) is not None
                and not text.endswith(("及", "和", "与"), 0, start)  # "A及其旗下的B": A's, said by 旗下
            )
            if following is not None and determiner.match(gap) and not ties:
                # "its digital wallet Wero": the name after is the party, not the owner; but
                # "其子公司网商银行" says whose it is, and the tie is a fact of its own
                continue
        companions = fronted_companions(text, sentences[index][0], named.get(index, ()), start)
        before = [s for s in candidates(index) if s.end <= start and s not in companions]
        earlier = candidates(index - 1) if index and same_paragraph(text, sentences, index) else []
        # Chinese 其 stands for the topic wherever it stands ("Revolut获得…牌照，FCA负责监管其业务").
        recent = before if match.group("qi") else before[::-1]
        antecedents = (*before, *earlier)
        if antecedents:
            first = antecedents[0]
            found.setdefault(index, []).append(
                Span(
                    start,
                    end,
                    first.entity_id,
                    first.entity_type,
                    REFERENCE_WEIGHT,
                    antecedents,
                    (*recent, *earlier),
                )
            )
    return found


__all__ = ["COREFERENCE", "reference_spans"]
