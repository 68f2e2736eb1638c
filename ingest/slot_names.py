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

What they find is a discovery (low confidence, its extractor named); its other occurrences in the
document follow as repeated names.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from ingest.mentions import SLOT_NAME_EN, Found, repeated_name_mentions, resolve_overlaps
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


def slot_name_mentions(
    text: NormalizedText,
    source: str,
    spans: Sequence[tuple[int, int]],
    known: Sequence[Found],
    triggers: Sequence[Trigger],
) -> list[Found]:
    """Names in the slots of English triggers (see the module's docstring), with their recurrences."""
    if not known or not triggers:
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
    if not found:
        return []
    slotted = list(found.values())
    return resolve_overlaps([*slotted, *repeated_name_mentions(text, source, slotted)])


__all__ = ["slot_name_mentions"]
