"""The curated lexicon of known entities (ontology/lexicon/*.tsv) and its multi-pattern matcher.

The lexicon is knowledge for recognising entities, not data to preload: an entity reaches the graph only
when a document names it. Matching runs one Aho-Corasick automaton over the normalised text.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

import ahocorasick
import opencc

from ingest.normalize import normalize
from kg.ids import name_key
from kg.model import Entity
from kg.types import is_a
from kg.vocab import EntityType
from ontology import LEXICON_DIR

COLUMNS = ("key", "type", "jurisdiction", "name_en", "name_zh_hans", "name_zh_hant", "aliases", "wikidata")
# Not entities: the adjectives of jurisdictions, with their own columns.
DEMONYMS_FILE = "demonyms.tsv"
DEMONYM_COLUMNS = ("jurisdiction", "demonyms")
_HAN = re.compile("[\u3400-\u9fff]")


class LexiconError(ValueError):
    """A lexicon file is malformed; the message names the file, line and field."""


@dataclass(frozen=True)
class LexiconEntry:
    key: str
    type: EntityType
    jurisdiction: str
    name: str
    names: tuple[str, ...]
    wikidata: str = ""

    @cached_property  # read for every organisation mention
    def jurisdiction_key(self) -> str:
        return f"jur.{self.jurisdiction.lower()}" if self.jurisdiction else ""


@lru_cache(maxsize=4096)  # entities are immutable, and a lexicon entry is named in document after document
def entity_of(entry: LexiconEntry) -> Entity:
    """The entity a lexicon entry is, as the graph records it."""
    return Entity(entry.key, entry.type, entry.name, entry.names, entry.jurisdiction, entry.wikidata)


@dataclass(frozen=True)
class Surface:
    """One matchable form of one or more entries."""

    form: str  # normalised form, as it appears in the matching text
    keys: tuple[str, ...]  # candidate entries, in lexicon priority order
    # When non-empty, the text must show one of these exact forms: single Latin words and acronyms
    # ("MAS", "Circle", "Wise") are names only as written, not as the common words they spell.
    written_forms: frozenset[str]
    # A Latin name of several words for an organisation is a name only when written with a capital
    # somewhere: "Trust Bank" is a bank, "a national trust bank charter" is not.
    needs_capital: bool = False
    # A name only in a document that names the place of its entry: "中央銀行" is Taiwan's central bank
    # where the text speaks of Taiwan, and any country's elsewhere.
    needs_place: bool = False
    # With written_forms and several keys: each key's own written forms, in the order of keys ("NETS",
    # Singapore's network, and "Nets", the Danish processor, share one matching form).
    written_by_key: tuple[frozenset[str], ...] = ()
    # Of several keys, those named so only where their place is spoken of: "Instant Payment System" is
    # Kazakhstan's system where the text names Kazakhstan, and the concept of instant payments anywhere.
    keys_in_place_only: frozenset[str] = frozenset()

    def keys_written_as(self, written: str) -> tuple[str, ...]:
        if not self.written_by_key:
            return self.keys
        return tuple(k for k, forms in zip(self.keys, self.written_by_key, strict=True) if written in forms)


# An alias written "~中央銀行" stands for its entry only where the document names the entry's place.
IN_PLACE_ONLY = "~"


def _case_strict(alias: str, entity_type: EntityType) -> bool:
    if not alias.isascii() or " " in alias.strip():
        return False
    if entity_type == EntityType.TECHNOLOGY:
        # Concepts are common nouns ("blockchain"); only acronyms and CamelCase ("AI", "DeFi") keep their case.
        return any(ch.isupper() for ch in alias[1:])
    return True


@lru_cache(maxsize=1 << 16)
def match_form(name: str) -> str:
    return normalize(name).text.replace("\n", " ")


@dataclass
class Lexicon:
    entries: dict[str, LexiconEntry]
    surfaces: dict[str, Surface]
    version: str
    # Jurisdiction key -> the matching forms of its adjectives ("australian"), read inside names only.
    demonyms: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._automaton = ahocorasick.Automaton()
        for form, surface in self.surfaces.items():
            self._automaton.add_word(form, surface)
        if self.surfaces:
            self._automaton.make_automaton()
        self._by_key = {name_key(n): e.key for e in self.entries.values() for n in e.names}
        # Cities, provinces and zones: places below a country, whose banks carry their names ("成都银行").
        self.local_places = frozenset(
            e.key
            for e in self.entries.values()
            if e.type == EntityType.JURISDICTION and e.jurisdiction_key != e.key
        )
        # Words of known names, so a PDF's "distrib-" + "uted" can be told from "power-performance".
        self.latin_words = frozenset(w for form in self.surfaces for w in re.findall(r"[a-z]{3,}", form))
        self.demonym_places = {form: key for key, forms in self.demonyms.items() for form in forms}
        self._demonym_most_words = max((form.count(" ") + 1 for form in self.demonym_places), default=0)

    def find(self, text: str) -> Iterable[tuple[int, int, Surface]]:
        """Every occurrence (start, end, surface) of a lexicon form in the matching text."""
        if not self.surfaces:
            return
        for end_index, surface in self._automaton.iter(text):
            yield end_index - len(surface.form) + 1, end_index + 1, surface

    def leading_demonym(self, stretch: str) -> tuple[str, str] | None:
        """(form, jurisdiction key) of the place adjective that the matching text ``stretch`` opens
        with, a space after it: the longest, so "south african" is read before "african" could be.
        Looked up by the stretch's first words, not by a loop over every adjective (read for every
        organisation's name)."""
        words = stretch.split(" ", self._demonym_most_words)
        for count in range(min(self._demonym_most_words, len(words) - 1), 0, -1):
            form = " ".join(words[:count])
            key = self.demonym_places.get(form)
            if key is not None:
                return form, key
        return None

    def by_name(self, name: str) -> LexiconEntry | None:
        key = self._by_key.get(name_key(name))
        return self.entries[key] if key else None


def _rows(path: Path, columns: tuple[str, ...] = COLUMNS) -> Iterable[tuple[int, dict[str, str]]]:
    """(line number in the file, row) for each entry: tab-separated, no quoting, # starts a comment."""
    header: tuple[str, ...] | None = None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = tuple(cells)
            if header != columns:
                raise LexiconError(
                    f"{path.name} line {number}: header must be {' '.join(columns)}, got {' '.join(header)}"
                )
            continue
        if len(cells) != len(columns):
            raise LexiconError(
                f"{path.name} line {number}: {len(cells)} tab-separated fields, expected {len(columns)}"
            )
        yield number, {k: v.strip() for k, v in zip(columns, cells, strict=True)}


def _demonyms(path: Path, entries: dict[str, LexiconEntry]) -> dict[str, tuple[str, ...]]:
    """Jurisdiction key -> matching forms of its demonyms; each key must name a lexicon jurisdiction."""
    demonyms: dict[str, tuple[str, ...]] = {}
    if not path.exists():
        return demonyms
    for number, row in _rows(path, DEMONYM_COLUMNS):
        key = row["jurisdiction"]
        place = entries.get(key)
        if place is None or place.type != EntityType.JURISDICTION:
            raise LexiconError(
                f"{path.name} line {number}: field 'jurisdiction' {key!r} is no lexicon jurisdiction"
            )
        forms = tuple(match_form(d.strip()) for d in row["demonyms"].split("|") if d.strip())
        if not forms:
            raise LexiconError(f"{path.name} line {number}: field 'demonyms' is empty")
        demonyms[key] = forms
    return demonyms


def _taiwan_wording(names: list[str], s2twp: opencc.OpenCC) -> list[str]:
    """A concept's Chinese names as Taiwan writes them ("智慧合約", "資料共享", "雲端計算").

    Script conversion alone maps 智能合约 to 智能合約, not to the word Taiwan uses, and matching folds
    only script. Concepts only: a proper name is written as its owner writes it, and phrase conversion
    would rewrite it wrongly ("资金结算法" to "資金結演算法").
    """
    return [s2twp.convert(name) for name in names if _HAN.search(name)]


# "Project Inthanon" is written "Inthanon项目" in Chinese and "the Inthanon project" in English.
_PROJECT_NAME = re.compile(r"Project ([A-Za-z][\w-]*(?: [A-Z][\w-]*)?)")


def _project_forms(name_en: str, entity_type: EntityType) -> list[str]:
    """The other ways a "Project X" is written, matched but not listed among its names: in a
    Chinese sentence "X项目" or "X计划", in English "X project"."""
    named = _PROJECT_NAME.fullmatch(name_en)
    if named is None or not is_a(entity_type, EntityType.INITIATIVE):
        return []
    short = named.group(1)
    return [f"{short}项目", f"{short}计划", f"{short} project"]


def load_lexicon(directory: Path = LEXICON_DIR) -> Lexicon:
    s2t = opencc.OpenCC("s2t")
    s2twp = opencc.OpenCC("s2twp")
    entries: dict[str, LexiconEntry] = {}
    surfaces: dict[str, list[str]] = {}
    strict: dict[str, dict[str, set[str]]] = {}  # form -> key -> the ways that key is written
    loose: set[str] = set()
    unconditional: dict[str, set[str]] = {}  # forms some entry is named by wherever they stand: those entries
    lower_case_ok: set[str] = set()  # forms some entry may be written in lower case (concepts, Chinese)
    digest = hashlib.sha256()
    for path in sorted(directory.glob("*.tsv")):
        digest.update(path.read_bytes())
        if path.name == DEMONYMS_FILE:
            continue
        for number, row in _rows(path):
            where = f"{path.name} line {number}"
            if row["key"] in entries:
                raise LexiconError(f"{where}: key {row['key']!r} is defined twice")
            try:
                entity_type = EntityType(row["type"])
            except ValueError:
                raise LexiconError(
                    f"{where}: field 'type' {row['type']!r} is not an ontology class"
                ) from None
            names = [row["name_en"], row["name_zh_hans"], row["name_zh_hant"]]
            if row["name_zh_hans"] and not row["name_zh_hant"]:
                names.append(s2t.convert(row["name_zh_hans"]))
            aliases = [a.strip() for a in row["aliases"].split("|")]
            in_place_only = {a.removeprefix(IN_PLACE_ONLY) for a in aliases if a.startswith(IN_PLACE_ONLY)}
            if in_place_only and not row["jurisdiction"]:
                raise LexiconError(
                    f"{where}: alias {min(in_place_only)!r} is marked {IN_PLACE_ONLY!r} but the entry has no jurisdiction"
                )
            names += [a.removeprefix(IN_PLACE_ONLY) for a in aliases]
            if is_a(entity_type, EntityType.TECHNOLOGY):
                names += _taiwan_wording(names, s2twp)
            unique = tuple(dict.fromkeys(n for n in names if n))
            if not unique:
                raise LexiconError(f"{where}: entry {row['key']!r} has no name")
            entry = LexiconEntry(
                key=row["key"],
                type=entity_type,
                jurisdiction=row["jurisdiction"].upper(),
                name=row["name_en"] or row["name_zh_hans"] or unique[0],
                names=unique,
                wikidata=row["wikidata"],
            )
            entries[entry.key] = entry
            for name in (*unique, *_project_forms(row["name_en"], entity_type)):
                form = match_form(name)
                if len(form) < 2:
                    continue
                keys = surfaces.setdefault(form, [])
                if entry.key not in keys:
                    keys.append(entry.key)
                if name not in in_place_only:
                    unconditional.setdefault(form, set()).add(entry.key)
                if _case_strict(name, entity_type):
                    strict.setdefault(form, {}).setdefault(entry.key, set()).add(name)
                else:
                    loose.add(form)
                if (
                    not is_a(entity_type, EntityType.ORGANIZATION)
                    or not name.isascii()
                    or " " not in name.strip()
                    or name.islower()  # as its owner styles it: "livi bank"
                ):
                    lower_case_ok.add(form)  # concepts, initiatives ("the digital pound"), Chinese, one word
    built = {}
    for form, keys in surfaces.items():
        by_key = {} if form in loose else strict.get(form, {})
        built[form] = Surface(
            form,
            tuple(keys),
            frozenset().union(*by_key.values()),
            needs_capital=form not in lower_case_ok,
            needs_place=form not in unconditional,
            written_by_key=tuple(frozenset(by_key[k]) for k in keys) if len(by_key) > 1 else (),
            keys_in_place_only=frozenset(keys) - unconditional[form]
            if form in unconditional
            else frozenset(),
        )
    demonyms = _demonyms(directory / DEMONYMS_FILE, entries)
    return Lexicon(entries, built, digest.hexdigest()[:12], demonyms)


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    return load_lexicon()
