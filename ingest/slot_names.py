"""English names nothing else gives away, found where a relation expects a party.

"MUFG partnered with Progmat", "Safaricom operates M-Pesa", "the pilot was led by Fnality": a name of
one word, with no suffix ("Bank"), no description ("the start-up Ziina") and no lexicon entry, still
stands in the subject or object slot of a relation's trigger word, across from a name the document
already knows. English capitalises names, but also the first word of every sentence, headings and
some common nouns, so a capitalised run counts only when:

- it stands right next to the trigger (a few auxiliaries apart: "has also partnered with"), and a
  known name stands on the trigger's other side in the same sentence;
- it ends the clause or is followed by a function word ("with Progmat to settle ..."): a capitalised
  word before a common noun is a modifier ("with Kenyan operators");
- no word of it is written in lower case anywhere in the document ("Guidelines" vs "the guidelines");
- at the start of a sentence, where every word is capitalised, it is also written capitalised inside
  a sentence somewhere in the document, or it is shaped as only names are ("eCedi", "N26",
  "Giesecke+Devrient", "MUFG");
- the slot says what it is: the relation's domain (subject) or range (object) is one class, or
  classes that one of them generalises.

A party may also be a list: "Standard Chartered, Animoca Brands and HKT formed a joint venture". The
capitalised runs coordinated with a known organisation, in a list that stands next to a trigger, pass
the same checks and are organisations too (a list of parties is a list of like things).

A kind of organisation followed by examples names them too, and says what they are: "fintech lenders
such as Lendingkart", "wallets such as Nequi and Daviplata". The examples pass the same checks, but
the list may end before any verb ("lenders such as Lendingkart use machine learning"): "such as" has
already said that names follow.

What they find is a discovery (low confidence, its extractor named); its other occurrences in the
document follow as repeated names.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Sequence
from functools import cache

from ingest.mentions import (
    KIND_LIST_EN,
    KIND_NOUNS,
    SLOT_NAME_EN,
    Found,
    repeated_name_mentions,
    resolve_overlaps,
)
from ingest.normalize import NormalizedText
from ingest.relation_rules import Rule
from ingest.relations import Trigger
from kg.types import is_a
from kg.vocab import RELATION_DOMAIN, RELATION_RANGE, EntityType

CONFIDENCE = 0.4
MAX_WORDS = 4
_WORD = re.compile(r"[^\W_][\w+&'’-]*(?<![.'’-])")
# fmt: off
# Between a subject and its trigger: "Safaricom has also partnered with".
_AUXILIARIES = frozenset((
    "has", "have", "had", "also", "will", "would", "is", "was", "were", "are", "recently", "jointly", "now",
    "already", "then", "formally", "officially",
))
# What may follow a name in a slot: the clause goes on with a function word, not a noun it modifies.
_FOLLOWERS = frozenset((
    "and", "or", "to", "in", "on", "for", "as", "from", "with", "under", "after", "since", "at", "by", "that",
    "which", "who", "whose", "this", "its", "their", "last", "until", "during", "through", "into", "across",
    "over", "via", "while", "when", "where", "but", "nor", "than", "alongside",
))
# Capitalised in English without being names.
_NOT_NAMES = frozenset((
    "the", "a", "an", "this", "that", "these", "those", "it", "its", "they", "their", "them", "he", "she",
    "his", "her", "we", "our", "us", "i", "you", "your", "in", "on", "at", "for", "from", "with", "by", "as",
    "after", "before", "since", "under", "over", "into", "about", "among", "between", "during",
    "mr", "mrs", "ms", "dr", "prof", "sir",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
))
# fmt: on
_SENTENCE_START = re.compile(r"[\s\"“‘'(（\[*#>-]*")


def _name_shaped(word: str) -> bool:
    """Written as only names are: "eCedi", "N26", "Giesecke+Devrient", "MUFG", "PayNow"."""
    if not any(ch.isalpha() for ch in word):
        return False  # "2021"
    return (
        any(ch.isdigit() for ch in word) or "+" in word or "&" in word or any(ch.isupper() for ch in word[1:])
    )


@cache
def _slot_type(rule: Rule, subject_side: bool) -> EntityType | None:
    """The class the rule gives a party on that side, when its relations agree on one."""
    classes = {
        c for r in rule.relations for c in (RELATION_DOMAIN if subject_side else RELATION_RANGE)[r] or ()
    }
    general = [c for c in classes if all(is_a(other, c) for other in classes)]
    return general[0] if len(general) == 1 else None


class _Document:
    """What the checks read from one document, worked out when first needed."""

    def __init__(self, text: NormalizedText, source: str) -> None:
        self.text = text
        self.source = source
        self._lower_words: set[str] | None = None

    def written(self, start: int, end: int) -> str:
        s, e = self.text.source_span(start, end)
        return self.source[s:e]

    def lower_words(self) -> set[str]:
        if self._lower_words is None:
            self._lower_words = {w.casefold() for w in _WORD.findall(self.source) if w[0].islower()}
        return self._lower_words

    def capitalised_inside_a_sentence(self, name: str) -> bool:
        at = self.source.find(name)
        while at >= 0:
            before = self.source[max(at - 40, 0) : at].rstrip()  # not all before it: a name may recur often
            if before and before[-1] not in '.!?:;\n"“”#>*' and before[-1].isalnum():
                return True
            at = self.source.find(name, at + 1)
        return False


def _name_word(doc: _Document, start: int, end: int) -> bool:
    """May the word at ``start:end`` be part of a name, as written?"""
    written = doc.written(start, end)
    return (written[0].isupper() or _name_shaped(written)) and doc.text.text[start:end] not in _NOT_NAMES


# How far before a trigger its subject may start: MAX_WORDS words and a few auxiliaries.
_REACH = 120


def _run_after(doc: _Document, at: int, sentence_end: int) -> tuple[int, int] | None:
    """The capitalised run that starts at ``at``, ends its clause and is not followed by a noun."""
    t = doc.text.text
    run: list[tuple[int, int]] = []
    for word in _WORD.finditer(t, at, sentence_end):
        start, end = word.span()
        if (run and start != run[-1][1] + 1) or (not run and start != at) or len(run) == MAX_WORDS:
            break
        if not _name_word(doc, start, end):
            break
        run.append((start, end))
    if not run:
        return None
    stop = run[-1][1]
    rest = t[stop:sentence_end]
    if rest.startswith(" "):
        following = _WORD.match(rest, 1)
        if following is not None and following.start() == 1 and following.group() not in _FOLLOWERS:
            return None
    return run[0][0], stop


def _run_before(doc: _Document, at: int, sentence_start: int) -> tuple[int, int] | None:
    """The capitalised run that ends just before ``at`` (auxiliaries apart)."""
    t = doc.text.text
    reach = max(sentence_start, at - _REACH)
    words = [m.span() for m in _WORD.finditer(t, reach, at)]
    if words and words[0][0] == reach > sentence_start:
        del words[0]  # perhaps the tail of a word cut by the reach
    end = at
    while words and t[words[-1][1] : end] == " " and t[slice(*words[-1])] in _AUXILIARIES:
        end = words.pop()[0]
    run: list[tuple[int, int]] = []
    while words and len(run) < MAX_WORDS:
        start, stop = words[-1]
        if t[stop : run[0][0] if run else end] != " ":
            break
        if not _name_word(doc, start, stop):
            break
        run.insert(0, words.pop())
    return (run[0][0], run[-1][1]) if run else None


def _accepted(doc: _Document, start: int, end: int, sentence_start: int) -> str | None:
    """The name as written, when the run passes the checks that do not depend on the slot."""
    name = " ".join(doc.written(start, end).split())
    words = name.split()
    if any(w.casefold() in doc.lower_words() for w in words if not _name_shaped(w)):
        return None
    lead = _SENTENCE_START.match(doc.text.text, sentence_start)
    at_sentence_start = lead is not None and lead.end() >= start
    if at_sentence_start and not (
        any(_name_shaped(w) for w in words) or doc.capitalised_inside_a_sentence(name)
    ):
        return None
    return name


# Between the items of a list: "A, B and C", "A and B", "A & B".
_SEPARATORS = r", (?:and )?| and | & "
_LIST_SEPARATOR = re.compile(_SEPARATORS)
_SEPARATOR_BEFORE = re.compile(f"(?:{_SEPARATORS})$")
# After a list's last item, the list is over: punctuation, a function word or auxiliary, or a verb in the
# past ("formed"); not a noun the item would qualify ("DBS and Asian lenders").
_LIST_END = re.compile(
    r"[,.;:!?)]|\s*$| (?:[a-z]+ed|said|says|will|would|can|could|plan|plans|agreed|signed)\b"
)


def _capitalised_run(doc: _Document, at: int, sentence_end: int) -> tuple[int, bool]:
    """Where the capitalised run of at most MAX_WORDS words that starts at ``at`` ends, and whether a
    list separator follows it there."""
    t = doc.text.text
    end = at
    for count, word in enumerate(_WORD.finditer(t, at, sentence_end)):
        if word.start() != (at if count == 0 else end + 1) or count == MAX_WORDS:
            break
        if not _name_word(doc, *word.span()):
            break
        end = word.end()
        if _LIST_SEPARATOR.match(t, end):
            return end, True
    return end, False


def _list_item(doc: _Document, at: int, sentence_end: int) -> tuple[int, int] | None:
    """The capitalised run of one list item starting at ``at``: it ends at a separator or the list's end."""
    end, separated = _capitalised_run(doc, at, sentence_end)
    if separated:
        return at, end
    if end == at:
        return None
    following = doc.text.text[end:sentence_end]
    next_word = following[1:].split(" ", 1)[0] if following.startswith(" ") else ""
    ends_list = _LIST_END.match(following) is not None or next_word in _FOLLOWERS or next_word in _AUXILIARIES
    return (at, end) if ends_list else None


def _item_before(doc: _Document, end: int, sentence_start: int) -> tuple[int, int] | None:
    """The capitalised run of one list item that ends at ``end`` (where a separator starts)."""
    t = doc.text.text
    words = [m.span() for m in _WORD.finditer(t, max(sentence_start, end - _REACH), end)]
    start = end
    for count, (w_start, w_end) in enumerate(reversed(words)):
        if (
            w_end != (end if count == 0 else start - 1)
            or count == MAX_WORDS
            or not _name_word(doc, w_start, w_end)
        ):
            break
        start = w_start
    return (start, end) if start < end else None


def _known_extent(occupied: bytearray, at: int, step: int, limit: int) -> int:
    """Where the known name covering ``at`` ends (step 1) or starts (step -1)."""
    while at != limit and occupied[at + step if step < 0 else at]:
        at += step
    return at


def _coordinated(
    doc: _Document, occupied: bytearray, anchor: Found, s_start: int, s_end: int
) -> tuple[int, int, list[tuple[int, int]]]:
    """The list ``anchor`` stands in (its start and end) and the runs in it that no known name covers."""
    t = doc.text.text
    runs: list[tuple[int, int]] = []
    start, end = anchor.start, anchor.end
    while (after := _LIST_SEPARATOR.match(t, end)) is not None:  # the items after the anchor
        if occupied[after.end()]:
            end = _known_extent(occupied, after.end(), 1, s_end)
            continue
        item = _list_item(doc, after.end(), s_end)
        if item is None:
            break
        runs.append(item)
        end = item[1]
    while (
        before := _SEPARATOR_BEFORE.search(t, max(start - 6, s_start), start)
    ) is not None:  # and before it
        if occupied[before.start() - 1]:
            start = _known_extent(occupied, before.start(), -1, s_start)
            continue
        item = _item_before(doc, before.start(), s_start)
        if item is None:
            break
        runs.append(item)
        start = item[0]
    return start, end, runs


def _coordinated_names(
    doc: _Document,
    occupied: bytearray,
    spans: Sequence[tuple[int, int]],
    known: Sequence[Found],
    triggers: Sequence[Trigger],
) -> list[Found]:
    """Runs coordinated with a known organisation in a list next to a trigger (see the docstring)."""
    t = doc.text.text
    sentence_ends = [end for _, end in spans]
    by_start = sorted((m.start(), m.end()) for _, m in triggers if m.group().isascii())
    trigger_starts = [start for start, _ in by_start]
    trigger_ends = sorted(end for _, end in by_start)
    found = []
    for anchor in known:
        # A plain string test first: most names stand in no list.
        if not (
            t.startswith((", ", " and ", " & "), anchor.end)
            or t.endswith((", ", " and ", " & "), 0, anchor.start)
        ) or not is_a(anchor.entity_type, EntityType.ORGANIZATION):
            continue
        at = bisect_right(sentence_ends, anchor.start)
        sentence = spans[at] if at < len(spans) else (0, len(t))
        start, end, runs = _coordinated(doc, occupied, anchor, *sentence)
        if not runs:
            continue
        after = bisect_left(trigger_starts, end)
        trigger_after = (
            after < len(by_start)
            and by_start[after][0] - end <= 12
            and all(w in _AUXILIARIES for w in t[end : by_start[after][0]].split())
        )
        before = bisect_right(trigger_ends, start)
        trigger_before = before > 0 and (
            start - trigger_ends[before - 1] <= 1 or t[trigger_ends[before - 1] : start] == " the "
        )
        if not (trigger_after or trigger_before):
            continue
        for run in runs:
            name = _accepted(doc, run[0], run[1], sentence[0])
            if name is not None:
                found.append(
                    Found(run[0], run[1], EntityType.ORGANIZATION, SLOT_NAME_EN, CONFIDENCE, name=name)
                )
    return found


def _plural(noun: str) -> str:
    return noun[:-1] + "ies" if noun.endswith("y") else noun + "s"


_KINDS = {_plural(noun): kind for noun, kind in KIND_NOUNS.items()}
# "fintech lenders such as Lendingkart", "Swiss banks, including UBS and PostFinance": the phrase is
# looked for first and the kind just before it, as a scan for any of the kinds at every word was five
# times slower.
_EXAMPLES_FOLLOW = re.compile(r"(?:such as|including|like|notably) ")
_KIND_BEFORE = re.compile(r"\b(" + "|".join(sorted(map(re.escape, _KINDS), key=len, reverse=True)) + r"),? $")
_KIND_REACH = max(map(len, _KINDS)) + 2


def _kind_examples(text: str) -> Iterator[tuple[int, int, EntityType]]:
    """(where the kind starts, where its examples start, the kind) for each kind followed by examples."""
    for phrase in _EXAMPLES_FOLLOW.finditer(text):
        kind = _KIND_BEFORE.search(text, max(0, phrase.start() - _KIND_REACH), phrase.start())
        if kind is not None:
            yield kind.start(), phrase.end(), _KINDS[kind.group(1)]


def _kind_listed_names(doc: _Document, occupied: bytearray, spans: Sequence[tuple[int, int]]) -> list[Found]:
    """The unknown examples after a kind of organisation (see the docstring), typed by the kind."""
    t = doc.text.text
    sentence_ends = [end for _, end in spans]
    found = []
    for kind_start, item_start, kind in _kind_examples(t):
        at = bisect_right(sentence_ends, kind_start)
        s_start, s_end = spans[at] if at < len(spans) else (0, len(t))
        while True:
            if t.startswith("the ", item_start):
                item_start += len("the ")
            if occupied[item_start]:
                item_end = _known_extent(occupied, item_start, 1, s_end)
            else:
                item = _example(doc, item_start, s_end)
                if item is None:
                    break
                name = _accepted(doc, item[0], item[1], s_start)
                if name is not None:
                    found.append(Found(item[0], item[1], kind, KIND_LIST_EN, CONFIDENCE, name=name))
                item_end = item[1]
            separator = _LIST_SEPARATOR.match(t, item_end)
            if separator is None:
                break
            item_start = separator.end()
    return found


def _example(doc: _Document, at: int, sentence_end: int) -> tuple[int, int] | None:
    """The capitalised run of one example starting at ``at``; unlike a list item's, it may be followed
    by a verb ("such as Lendingkart use"), but not by a kind it qualifies, nor be longer than MAX_WORDS."""
    end, _ = _capitalised_run(doc, at, sentence_end)
    if end == at:
        return None
    t = doc.text.text
    if not t.startswith(" ", end):
        return at, end
    more = _WORD.match(t, end + 1, sentence_end)
    if more is not None and _name_word(doc, *more.span()):
        return None  # a name word past MAX_WORDS
    following = _WORD.match(t, end + 1)
    if following is not None and (following.group() in _KINDS or following.group() in KIND_NOUNS):
        return None  # "banks such as Chinese lenders": the capitalised word qualifies a kind
    return at, end


def slot_name_mentions(
    text: NormalizedText,
    source: str,
    spans: Sequence[tuple[int, int]],
    known: Sequence[Found],
    triggers: Sequence[Trigger],
) -> list[Found]:
    """Names in the slots of English triggers (see the module's docstring), with their recurrences."""
    if not (known and triggers) and next(_kind_examples(text.text), None) is None:
        return []
    t = text.text
    occupied = bytearray(len(t) + 1)
    for f in known:
        occupied[f.start : f.end] = b"\x01" * f.length
    doc = _Document(text, source)
    found: dict[tuple[int, int], Found] = {}
    sentence = 0
    for trigger in sorted(triggers, key=lambda tr: tr[1].start()):
        match = trigger[1]
        if not match.group().isascii():
            continue
        while sentence < len(spans) - 1 and spans[sentence][1] <= match.start():
            sentence += 1
        s_start, s_end = spans[sentence] if spans else (0, len(t))
        if not s_start <= match.start() < s_end:
            continue
        passive = trigger[0].voice == "passive"
        before_known = occupied.find(1, s_start, match.start()) != -1
        after_known = occupied.find(1, match.end(), s_end) != -1
        runs = []  # (the run, whether it is the subject); a side is read only when the other is known
        if after_known and not occupied[max(match.start() - 2, 0)]:
            runs.append((_run_before(doc, match.start(), s_start), not passive))
        if before_known and t.startswith(" ", match.end()) and not occupied[match.end() + 1]:
            runs.append((_run_after(doc, match.end() + 1, s_end), passive))
        for run, subject_side in runs:
            if run is None or occupied.find(1, *run) != -1 or run in found:
                continue
            entity_type = _slot_type(trigger[0], subject_side)
            if entity_type is None:
                continue
            name = _accepted(doc, run[0], run[1], s_start)
            if name is not None:
                found[run] = Found(run[0], run[1], entity_type, SLOT_NAME_EN, CONFIDENCE, name=name)
    for listed in (
        *_coordinated_names(doc, occupied, spans, known, triggers),
        *_kind_listed_names(doc, occupied, spans),
    ):
        found.setdefault((listed.start, listed.end), listed)
    if not found:
        return []
    slotted = list(found.values())
    return resolve_overlaps([*slotted, *repeated_name_mentions(text, source, slotted)])


__all__ = ["slot_name_mentions"]
