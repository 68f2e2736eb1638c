"""One document's bytes -> its facts. A pure function: the same bytes and lexicon give the same facts.

Example:
    >>> facts = extract_document("note.txt", "MAS launched Project Ubin.".encode())
    >>> sorted(e.name for e in facts.entities)
    ['Monetary Authority of Singapore', 'Project Ubin']
"""

from __future__ import annotations

import hashlib
import operator
import re
from bisect import bisect_right
from collections.abc import Callable, Container, Sequence
from dataclasses import dataclass, field
from itertools import chain

from ingest import formats
from ingest.decode import decode
from ingest.docx_text import docx_to_text
from ingest.errors import DocumentRejected, failed, skipped
from ingest.frontmatter import split_front_matter
from ingest.html_text import html_to_text
from ingest.lexicon import Lexicon, LexiconEntry, default_lexicon, entity_of, match_form
from ingest.mentions import (
    GAZETTEER,
    LEGAL_FORMS,
    LEGAL_FORMS_EN,
    Found,
    LexiconNames,
    find_mentions,
    resolve_overlaps,
    trade_only,
    without_legal_form,
)
from ingest.normalize import HAN, NormalizedText, is_cjk, normalize
from ingest.pdf_text import pdf_to_text
from ingest.references import COREFERENCE, Topic, reference_spans
from ingest.relations import (
    COOCCURRENCE,
    COOCCURRENCE_CONFIDENCE,
    PATTERNS,
    Span,
    Trigger,
    cooccurring_pairs,
    document_triggers,
    fits,
    sentence_relations,
)
from ingest.segment import same_paragraph, sentences
from ingest.slot_names import slot_name_mentions
from ingest.unnamed_sandboxes import named_by_owner, unnamed_sandbox_mentions
from kg import ids
from kg.model import DocStatus, Document, DocumentFacts, Entity, Evidence, Mention, Relation
from kg.types import is_a, type_chain
from kg.vocab import EntityType, RelationType

RULES_VERSION = "fkg-ingest.46"
# A curated organisation whose name shows its own jurisdiction; v2: or the jurisdiction's adjective
# ("Australian Prudential Regulation Authority", "Office of the Australian Information Commissioner");
# v3: a curated law or plan whose name shows its jurisdiction applies there ("EU AI Act").
NAME_JURISDICTION = "name-jurisdiction.v3"
# Any other organisation whose name shows a place (a discovered one, or a curated one named after a
# city rather than its country), less surely: first ("澳门金融科技协会", "深圳市地方金融监督管理局"),
# before a branch word ("中国银行澳门分行"), or last after "of" ("Fintech Association of Hong Kong");
# v2: or led by the place's adjective ("Kenyan Fintech Association"); v3: or last in a Latin name
# ("OneDegree Hong Kong"); v4: before a city's central sub-branch ("…湖州市中心支行"); v5: a discovered
# law or plan applies where its name places it ("中华人民共和国数据安全法"), unless the place is its issuer's
# ("中国证监会监管科技总体建设方案")
NAME_PLACE = "name-place.v5"
NAME_PLACE_CONFIDENCE = 0.7
# A known organisation named inside another organisation's name, as its owner: first
# ("中国人民银行数字货币研究所", "BIS Innovation Hub", "汇丰银行（中国）有限公司") or last after "of"
# ("Digital Currency Institute of the People's Bank of China").
NAME_PARENT = "name-parent.v2"  # v2: an owner's own owner; at home, a central bank's branch is its own ("人民银行深圳市中心支行")
NAME_PARENT_CONFIDENCE = 0.7
# A known technology named inside the name of an initiative or a product the lexicon lacks, which it
# uses: "跨境金融区块链服务平台". Not an organisation's ("Blockchain Association" is named after its
# field), nor a curated one's ("Open Banking (UK)" is what it is).
NAME_TECHNOLOGY = "name-technology.v1"
NAME_TECHNOLOGY_CONFIDENCE = 0.7
# A name ending in one of these holds the one it starts with rather than belongs to it ("HSBC
# Holdings", "平安集团"); matching text, so lower case and Simplified.
_HOLDS = re.compile(
    r"(?:\bholdings?|\bgroup|集团|控股)(?:,?\s*(?:" + "|".join(LEGAL_FORMS) + "|" + LEGAL_FORMS_EN + "))?$"
)
_BRANCH = re.compile(r"\s?(?:[市省区县]?(?:中心支行|分行|支行|分公司|营业管理部)|办事处|代表处|branch\b)")
MAX_TITLE = 200
MAX_GARBLED_SHARE = 0.01
SUSPECT_FACTOR = 0.5
# Facts read from a PDF page set in columns or tables may join words across cells or rows (bad-inputs
# C27): they are kept, at this fraction of their confidence.
COLUMNED_FACTOR = 0.5


def _referable_before(
    text: str, spans: Sequence[tuple[int, int]], by_sentence: dict[int, list[Span]], index: int
) -> list[Span]:
    """The names a back reference of sentence ``index`` may mean ("A and B took part in the pilot"): those
    of the sentence before in its paragraph, and of the one before that when the sentence between names
    no initiative ("Project Agorá …. The IIF convenes firms for it. Forty were chosen to join, among them A")."""
    previous: list[Span] = []
    for back in (1, 2):
        if not same_paragraph(text, spans, index - back + 1):
            break
        earlier = by_sentence.get(index - back, [])
        previous = earlier + previous
        if any(is_a(s.entity_type, EntityType.INITIATIVE) for s in earlier):
            break
    return previous


def extractor_version(lexicon: Lexicon) -> str:
    """Changes whenever the rules or the lexicon change, so re-ingest re-extracts then and only then."""
    return f"{RULES_VERSION}+lexicon.{lexicon.version}"


def extract_document(path: str, raw: bytes, lexicon: Lexicon | None = None) -> DocumentFacts:
    lexicon = lexicon or default_lexicon()
    base = Document(
        id=ids.undecoded_document_id(raw),
        source_path=path,
        raw_sha256=hashlib.sha256(raw).hexdigest(),
        status=DocStatus.FAILED,
        extractor_version=extractor_version(lexicon),
    )
    try:
        return _extract(base, raw, lexicon)
    except DocumentRejected as rejected:
        return DocumentFacts(
            _with(base, status=rejected.status, error_code=rejected.code, error_message=rejected.message)
        )
    except RecursionError as exc:
        error = failed("extractor_error", f"{path}: input nests too deeply ({type(exc).__name__})")
        return DocumentFacts(_with(base, error_code=error.code, error_message=error.message))


def _with(doc: Document, **changes: object) -> Document:
    values = {f: getattr(doc, f) for f in doc.__dataclass_fields__}
    values.update(changes)
    return Document(**values)


@dataclass(frozen=True)
class SourceText:
    """The text mentions and evidence point into, and what reading it revealed."""

    text: str
    format: str
    body_offset: int = 0  # where the body starts, after any front matter
    metadata: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    page_starts: tuple[int, ...] = ()  # offset of each page's first character (PDF); () when unpaged
    columned_pages: tuple[int, ...] = ()  # pages laid out in columns or tables, whose order is uncertain


def _source_text(raw: bytes, path: str) -> SourceText:
    if not raw.strip(b" \t\r\n\x00\xef\xbb\xbf\xff\xfe"):
        raise skipped("empty", f"{path}: the file is empty or holds only whitespace")
    fmt = formats.sniff(raw, path, source=path)
    metadata: dict[str, str] = {}
    if fmt == formats.PDF:
        pdf = pdf_to_text(raw, source=path)
        if pdf.title:
            metadata["title"] = pdf.title
        metadata["pages"] = str(len(pdf.page_starts))
        if not pdf.text.strip():
            raise DocumentRejected(
                DocStatus.OK_WITH_WARNINGS, "no_text_layer", f"{path}: the PDF has no text layer"
            )
        if pdf.columned_pages:
            pages = ", ".join(map(str, pdf.columned_pages))
            warnings = [f"layout_suspect: page(s) {pages} are set in columns or tables; the reading order there "
                        "is not guaranteed, so their facts are marked low-confidence"]  # fmt: skip
        else:
            warnings = []
        return SourceText(pdf.text, fmt, metadata=metadata, warnings=warnings,
                          page_starts=pdf.page_starts, columned_pages=pdf.columned_pages)  # fmt: skip
    if fmt == formats.DOCX:
        docx = docx_to_text(raw, source=path)
        return SourceText(docx.text, fmt, metadata=dict(docx.metadata))
    decoded = decode(raw, source=path)
    if decoded.encoding not in ("utf-8", "utf-8-sig"):
        metadata["encoding"] = decoded.encoding
    if fmt == formats.HTML:
        page = html_to_text(decoded.text)
        metadata.update(page.metadata)
        if page.title:
            metadata.setdefault("title", page.title)
        return SourceText(page.text, fmt, metadata=metadata)
    front = split_front_matter(decoded.text, source=path)
    metadata.update(front.metadata)
    if front.metadata and fmt == formats.TEXT:
        fmt = formats.MARKDOWN
    return SourceText(decoded.text, fmt, front.body_offset, metadata, list(front.warnings))


_LATIN_LETTER = re.compile(r"[A-Za-z]")
LANGUAGE_SAMPLE = 20_000


def _language(text: str) -> str:
    """en, zh-Hans or zh-Hant, from the first characters (a long document does not change script)."""
    sample = text[:LANGUAGE_SAMPLE]
    han = "".join(HAN.findall(sample))
    if not han or len(han) * 3 < len(_LATIN_LETTER.findall(sample)):
        return "en"
    changed = sum(map(operator.ne, han, ids.to_simplified(han)))
    return "zh-Hant" if changed * 20 > len(han) else "zh-Hans"


def display_text(source: str, known_words: Container[str] = ()) -> str:
    """A source slice as one line: wrapped CJK glued, a word hyphenated at a line end joined when it is
    known ("Settle-" + "ments"), other line breaks as spaces."""
    if "\n" not in source:
        return source.strip()  # the common case, and the hot one: a name on one line

    def glue(match: re.Match[str]) -> str:
        before = source[match.start() - 1] if match.start() else ""
        after = source[match.end()] if match.end() < len(source) else ""
        return "" if is_cjk(before) and is_cjk(after) else " "

    def dehyphenate(match: re.Match[str]) -> str:
        joined = match.group(1) + match.group(2)
        return joined if joined.casefold() in known_words else match.group(0).replace("\n", "")

    source = re.sub(r"([a-zA-Z]+)-[ \t]*\n\s*([a-z]+)", dehyphenate, source)
    return re.sub(r"\s*\n\s*", glue, source).strip()


def _title(metadata: dict[str, str], source: str, body_offset: int) -> str:
    if metadata.get("title"):
        return metadata["title"][:MAX_TITLE]
    for line in source[body_offset:].splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line[:MAX_TITLE]
    return ""


def _extract(base: Document, raw: bytes, lexicon: Lexicon) -> DocumentFacts:
    path = base.source_path
    read = _source_text(raw, path)
    source, fmt, body_offset, metadata = read.text, read.format, read.body_offset, read.metadata
    warnings = list(read.warnings)
    norm = normalize(source, start=body_offset, fmt=fmt, known_words=lexicon.latin_words)
    if not norm.text.strip():
        raise skipped("empty", f"{path}: no text left after removing boilerplate and markup")
    if norm.dropped_controls:
        warnings.append(f"{norm.dropped_controls} control or invisible characters were dropped")
    garbled = garbled_share(source[body_offset:])
    suspect = garbled > MAX_GARBLED_SHARE
    if suspect:
        # A CJK font without ToUnicode and similar: the text is partly garbage, so are its facts.
        warnings.append(
            f"extraction_suspect: {garbled:.0%} of the characters are private-use or replacement characters"
        )
    doc_id = ids.document_id(norm.text)
    document = _with(
        base,
        id=doc_id,
        status=DocStatus.OK_WITH_WARNINGS if warnings else DocStatus.OK,
        format=fmt,
        title=_title(metadata, source, body_offset),
        language=_language(source[body_offset:]),
        warnings=tuple(warnings),
        error_code="extraction_suspect" if suspect else "",
        error_message=f"{path}: {warnings[-1]}" if suspect else "",
        metadata=tuple(sorted((k, v) for k, v in metadata.items() if k != "title")),
        text_length=len(source),
    )
    spans = sentences(norm.text, lambda i: source[norm.offsets[i]].isupper())
    names = LexiconNames(lexicon, norm, source)
    found = find_mentions(lexicon, norm, source, names)
    unnamed = list(unnamed_sandbox_mentions(norm.text))
    if unnamed:  # a longer name that holds the words wins ("FCA Regulatory Sandbox")
        found = resolve_overlaps([*found, *unnamed])
    triggers = document_triggers(norm.text) if found else []
    slotted = slot_name_mentions(norm, source, spans, found, triggers)
    if slotted:
        found = resolve_overlaps([*found, *slotted])
    scale = SUSPECT_FACTOR if suspect else 1.0
    facts = _resolve(document, source, norm, spans, found, triggers, names, scale, read)
    return named_by_owner(facts, lexicon) if unnamed else facts


_GARBLED = re.compile("[\ufffd\ue000-\uf8ff\U000f0000-\U0010ffff]")


def garbled_share(text: str) -> float:
    """Share of private-use and replacement characters: what a broken PDF font mapping produces."""
    if not text:
        return 0.0
    return len(_GARBLED.findall(text)) / len(text)


def _sentence_finder(spans: list[tuple[int, int]]) -> Callable[[int], int]:
    """position -> index of the sentence holding it (or the next one, when it falls between two)."""
    ends = [end for _, end in spans]
    last = max(len(spans) - 1, 0)

    def sentence_of(position: int) -> int:
        return min(bisect_right(ends, position), last)

    return sentence_of


# What a leader, an operator or a launcher of an initiative is said to do with it (see _resolve).
_RUNNING = frozenset({RelationType.LEADS, RelationType.OPERATES, RelationType.LAUNCHES})


def _place_relation(entity_type: EntityType) -> RelationType:
    """What a place a name shows says of the named: a law or plan applies there, a body or an
    initiative is based there."""
    return RelationType.APPLIES_IN if is_a(entity_type, EntityType.REGULATION) else RelationType.BASED_IN


def _resolve(
    document: Document,
    source: str,
    norm: NormalizedText,
    spans: list[tuple[int, int]],
    found: list[Found],
    triggers: list[Trigger],
    names: LexiconNames,
    scale: float,
    read: SourceText,
) -> DocumentFacts:
    doc_id = document.id
    lexicon = names.lexicon
    sentence_of = _sentence_finder(spans)
    # Context for ambiguous acronyms: the entities this document names unambiguously ("證監會" after
    # "證券及期貨事務監察委員會" is that one), then their jurisdictions.
    named = {f.lexicon_keys[0] for f in found if len(f.lexicon_keys) == 1 and f.extractor == GAZETTEER}
    context = {lexicon.entries[key].jurisdiction for key in named}
    entities: dict[str, Entity] = {}
    mentions: dict[str, Mention] = {}
    resolved: list[tuple[Found, Entity]] = []
    # The organisations named so far, by the normalised text that names them, the latest named last: a
    # name found by its form alone that only shortens one of them is that one ("the Reserve Bank"
    # after "the Reserve Bank of Australia"), not a new bank.
    organisations_named: dict[str, Entity] = {}

    def add_entity_for(f: Found) -> Entity:
        entry = None
        if len(f.lexicon_keys) == 1:
            entry = lexicon.entries[f.lexicon_keys[0]]
        elif f.lexicon_keys:
            # Named in full: only between entries of one kind ("faster payments", the concept, named
            # elsewhere does not make "Faster Payments" the concept rather than the UK system).
            one_kind = len({type_chain(lexicon.entries[k].type)[-1] for k in f.lexicon_keys}) == 1
            keys = (
                [k for k in f.lexicon_keys if one_kind and k in named]
                or [k for k in f.lexicon_keys if lexicon.entries[k].jurisdiction in context]
                or list(f.lexicon_keys)
            )
            entry = lexicon.entries[keys[0]]
        elif f.name:
            named_as = norm.text[f.start : f.end]
            entry = lexicon.by_name(f.name) or _registered_name_of(named_as, f.start, names)
            if entry is not None and _company_and_concept(f.entity_type, entry.type):
                entry = None  # "Digital Asset公司" is not the concept "digital assets"
            if entry is None and is_a(f.entity_type, EntityType.ORGANIZATION):
                full = _named_in_full(named_as, organisations_named, lexicon)
                if full is not None:
                    return full
        if entry is not None:
            known = entities.get(entry.key)
            entity = known if known is not None else entity_of(entry)
        else:
            entity = Entity(ids.discovered_entity_id(f.entity_type, f.name), f.entity_type, f.name,
                            origin=f.extractor, confidence=f.confidence)  # fmt: skip
        return entities.setdefault(entity.id, entity)

    def add_mention(entity: Entity, start: int, end: int, extractor: str, confidence: float) -> None:
        s, e = norm.source_span(start, end)
        mention = Mention(ids.mention_id(doc_id, entity.id, s, e), entity.id, doc_id, s, e,
                          display_text(source[s:e], lexicon.latin_words), sentence_of(start), extractor,
                          round(confidence * scale, 4))  # fmt: skip
        mentions.setdefault(mention.id, mention)

    for f in found:
        entity = add_entity_for(f)
        add_mention(entity, f.start, f.end, f.extractor, f.confidence)
        resolved.append((f, entity))
        if is_a(entity.type, EntityType.ORGANIZATION):
            named_as = norm.text[f.start : f.end]
            organisations_named.pop(named_as, None)  # to the end: named last
            organisations_named[named_as] = entity

    relations: dict[str, Relation] = {}
    evidence: dict[str, Evidence] = {}

    # What every evidence of one sentence shares, worked out once per sentence:
    # (source start, source end, text as shown, page, confidence weight).
    per_sentence: dict[int, tuple[int, int, str, int, float]] = {}

    def sentence_evidence(sentence: int) -> tuple[int, int, str, int, float]:
        if sentence not in per_sentence:
            start, end = norm.source_span(*spans[sentence])
            page = page_of(read.page_starts, start)
            weight = scale * (COLUMNED_FACTOR if page in read.columned_pages else 1.0)
            text = display_text(source[start:end], lexicon.latin_words)
            per_sentence[sentence] = (start, end, text, page, weight)
        return per_sentence[sentence]

    def add_fact(
        relation: RelationType, subject: str, obj: str, sentence: int, extractor: str, confidence: float
    ) -> None:
        fact = ids.fact_id(subject, relation.value, obj)
        if fact not in relations:
            relations[fact] = Relation(fact, relation, subject, obj)
        start, end, text, page, weight = sentence_evidence(sentence)
        ev = Evidence(ids.evidence_id(fact, doc_id, start, end), fact, doc_id, text, start, end,
                      extractor, round(confidence * weight, 4), page)  # fmt: skip
        if ev.id not in evidence or evidence[ev.id].confidence < ev.confidence:
            evidence[ev.id] = ev

    def add_place(
        entity: Entity, place: LexiconEntry, start: int, end: int, extractor: str, confidence: float
    ) -> None:
        """The place a name shows (at ``start:end``), and the fact that the organisation or initiative
        is based there, or that the law or plan applies there ("中华人民共和国反洗钱法")."""
        if place.key not in entities:
            entities[place.key] = entity_of(place)
        add_mention(entities[place.key], start, end, extractor, confidence)
        add_fact(
            _place_relation(entity.type), entity.id, place.key, sentence_of(start), extractor, confidence
        )

    # A name that contains its owner's ("BIS Innovation Hub", "中国人民银行数字货币研究所"), once per
    # way of writing it, as for places.
    owners: list[tuple[Found, Entity]] = []
    # (matching text, source text, entity): what is inside the name decides, not what stands around it
    parents_by_name: dict[tuple[str, str, str], tuple[LexiconEntry, int, int] | None] = {}
    # An owner's name may hold its own owner in turn: "BIS Innovation Hub Nordic Centre" belongs to the
    # BIS Innovation Hub, which belongs to the BIS (each owner is a shorter name, so this ends).
    for f, entity in chain(resolved, owners):
        if not is_a(entity.type, EntityType.ORGANIZATION):
            continue
        source_start, source_end = norm.source_span(f.start, f.end)
        written_as = (norm.text[f.start : f.end], source[source_start:source_end], entity.id)
        if written_as not in parents_by_name:
            inner = _parent_in_name(norm.text, f.start, f.end, names, entity.id)
            parents_by_name[written_as] = inner and (
                lexicon.entries[inner.lexicon_keys[0]],
                inner.start - f.start,
                inner.end - f.start,
            )
        relative_parent = parents_by_name[written_as]
        if relative_parent is None:
            continue
        parent, start, end = relative_parent
        if fits(RelationType.SUBSIDIARY_OF, entity.type, parent.type):
            owner = entities.setdefault(parent.key, entity_of(parent))
            add_mention(owner, f.start + start, f.start + end, NAME_PARENT, NAME_PARENT_CONFIDENCE)
            # the owner's name may show its own place ("… of the People's Bank of China")
            owners.append((Found(f.start + start, f.start + end, parent.type, NAME_PARENT, NAME_PARENT_CONFIDENCE,
                                 (parent.key,)), owner))  # fmt: skip
            add_fact(RelationType.SUBSIDIARY_OF, entity.id, owner.id, sentence_of(f.start), NAME_PARENT,
                     NAME_PARENT_CONFIDENCE)  # fmt: skip

    for f, entity in resolved:
        # a curated name says what it is ("Open Banking (UK)"), not what it uses
        if (
            entity.id in lexicon.entries
            or is_a(entity.type, EntityType.ORGANIZATION)
            or not fits(RelationType.USES_TECHNOLOGY, entity.type, EntityType.TECHNOLOGY)
        ):
            continue
        for inner in names.within(f.start, f.end):
            if (inner.start, inner.end) == (f.start, f.end) or len(inner.lexicon_keys) != 1:
                continue
            technology = lexicon.entries[inner.lexicon_keys[0]]
            if technology.type != EntityType.TECHNOLOGY:
                continue
            used = entities.setdefault(technology.key, entity_of(technology))
            add_mention(used, inner.start, inner.end, NAME_TECHNOLOGY, NAME_TECHNOLOGY_CONFIDENCE)
            add_fact(RelationType.USES_TECHNOLOGY, entity.id, used.id, sentence_of(f.start), NAME_TECHNOLOGY,
                     NAME_TECHNOLOGY_CONFIDENCE)  # fmt: skip

    # A name that contains its jurisdiction ("香港金融管理局", "Monetary Authority of Singapore").
    placed: set[str] = set()
    for f, entity in chain(resolved, owners):
        entry = lexicon.entries.get(entity.id)
        if entry is None or not entry.jurisdiction_key or entry.jurisdiction_key == entity.id:
            continue
        place = lexicon.entries.get(entry.jurisdiction_key)
        if place is None or not fits(_place_relation(entity.type), entity.type, place.type):
            continue
        inside = norm.text[f.start : f.end]
        # Its place's names, or the adjective its English name carries ("Australian Prudential ...").
        for form in chain(map(match_form, place.names), lexicon.demonyms.get(place.key, ())):
            at = inside.find(form) if len(form) >= 2 else -1
            if at >= 0 and (form.isascii() is False or _bounded(inside, at, at + len(form))):
                add_place(entity, place, f.start + at, f.start + at + len(form), NAME_JURISDICTION, 0.9)
                placed.add(entity.id)
                break

    # A name recurs in its document: what it says of its place is worked out once per way of writing
    # it (the matching text with the characters either side, which decide word bounds, and the source).
    places_by_name: dict[tuple[bool, str, str], tuple[LexiconEntry, int, int] | None] = {}
    for f, entity in chain(resolved, owners):
        if entity.id in placed or not (
            is_a(entity.type, EntityType.ORGANIZATION) or is_a(entity.type, EntityType.REGULATION)
        ):
            continue
        source_start, source_end = norm.source_span(f.start, f.end)
        written = (f.start == 0, norm.text[max(f.start - 1, 0) : f.end + 1], source[source_start:source_end])
        if written not in places_by_name:
            law = _place_relation(entity.type) == RelationType.APPLIES_IN
            in_name = _place_in_name(norm.text, f.start, f.end, names, issuer_apart=law)
            places_by_name[written] = in_name and (in_name[0], in_name[1] - f.start, in_name[2] - f.start)
        relative = places_by_name[written]
        if relative is not None:
            place, start, end = relative
            add_place(entity, place, f.start + start, f.start + end, NAME_PLACE, NAME_PLACE_CONFIDENCE)

    by_sentence: dict[int, list[Span]] = {}
    for f, entity in resolved:
        by_sentence.setdefault(sentence_of(f.start), []).append(Span(f.start, f.end, entity.id, entity.type))
    triggers_by_sentence: dict[int, list[Trigger]] = {}
    if by_sentence:
        for trigger in triggers:
            sentence = sentence_of(trigger[1].start())
            if sentence in by_sentence and trigger[1].end() <= spans[sentence][1]:
                triggers_by_sentence.setdefault(sentence, []).append(trigger)

    def as_written(start: int, end: int) -> str:
        s, e = norm.source_span(start, end)
        return source[s:e]

    described = reference_spans(norm.text, spans, by_sentence, as_written)
    # what a back reference may mean: the names of the sentences before, and what their descriptions
    # stand for ("The first phase of the pilot began … A and B took part.")
    referable = {
        i: sorted([*by_sentence.get(i, ()), *described.get(i, ())])
        for i in by_sentence.keys() | described.keys()
    }
    topic = Topic()
    for index, sentence_spans in sorted(by_sentence.items()):
        start, end = spans[index]
        triggers = triggers_by_sentence.get(index, [])
        parties = sorted([*sentence_spans, *described.get(index, ())])
        previous = _referable_before(norm.text, spans, referable, index)
        # "Twenty banks joined." with no initiative in reach: they joined what the document is about
        if not any(is_a(s.entity_type, EntityType.INITIATIVE) for s in previous) and (
            about := topic.current()
        ):
            previous = [*previous, about]
        for rel in sentence_relations(norm.text, start, end, parties, index, triggers, previous):
            extractor = COREFERENCE if rel.referred else PATTERNS
            add_fact(rel.relation, rel.subject_id, rel.object_id, index, extractor, rel.confidence)
        topic.add(sentence_spans)
    # Who leads, runs or launches an initiative takes part in it, and is not listed among its
    # participants as well ("The BCB has spent a year testing Drex, its platform", with the BCB leading
    # Drex): the stronger fact says it.
    running = {(r.subject_id, r.object_id) for r in relations.values() if r.type in _RUNNING}
    dropped = {
        fact
        for fact, r in relations.items()
        if r.type == RelationType.PARTICIPATES_IN and (r.subject_id, r.object_id) in running
    }
    if dropped:
        relations = {fact: r for fact, r in relations.items() if fact not in dropped}
        evidence = {key: ev for key, ev in evidence.items() if ev.fact_id not in dropped}
    # Two entities a typed fact of this document links are not also said to co-occur. A pair is cited
    # once per document, by the first sentence naming both: its weight (support) counts documents.
    linked = {frozenset((r.subject_id, r.object_id)) for r in relations.values()}
    for index, sentence_spans in sorted(by_sentence.items()):
        for a, b in cooccurring_pairs(sentence_spans):
            if frozenset((a, b)) not in linked:
                linked.add(frozenset((a, b)))
                add_fact(RelationType.CO_OCCURS_WITH, a, b, index, COOCCURRENCE, COOCCURRENCE_CONFIDENCE)

    return DocumentFacts.in_order(
        document, entities.values(), mentions.values(), relations.values(), evidence.values()
    )


def page_of(page_starts: tuple[int, ...], offset: int) -> int:
    """The 1-based page holding a source offset; 0 for a source without pages."""
    return bisect_right(page_starts, offset) if page_starts else 0


def _place_in_name(
    text: str, start: int, end: int, names: LexiconNames, *, issuer_apart: bool = False
) -> tuple[LexiconEntry, int, int] | None:
    """The jurisdiction that the organisation or law named at ``text[start:end]`` places itself in by
    its name, and where that place is named. ``issuer_apart``: a place inside the name of a body the
    name holds is that body's, not the name's ("中国证监会监管科技总体建设方案" is the CSRC's plan)."""
    lexicon = names.lexicon
    inside = names.within(start, end)
    places = [p for p in inside if p.entity_type == EntityType.JURISDICTION]
    if issuer_apart:
        bodies = [b for b in inside if is_a(b.entity_type, EntityType.ORGANIZATION)]
        places = [p for p in places if not any(b.start <= p.start and p.end <= b.end for b in bodies)]
    chosen = next((p for p in places if _BRANCH.match(text, p.end, end)), None) or next(
        (p for p in places if _names_its_place(text, start, end, p)), None
    )
    if chosen is None:
        # A name led by its place's adjective: "Kenyan Fintech Association", "Swiss Banking Institute".
        leading = lexicon.leading_demonym(text[start:end])
        if leading is None:
            return None
        form, key = leading
        return lexicon.entries[key], start, start + len(form)
    return lexicon.entries[chosen.lexicon_keys[0]], chosen.start, chosen.end


_CJK_WORD_GOES_ON = re.compile(r"业|间|保险|证券|同业")


def _parent_in_name(text: str, start: int, end: int, names: LexiconNames, own_key: str) -> Found | None:
    """The known organisation that the organisation named at ``text[start:end]`` belongs to by its
    name: named first, or last after "of", and not the same one (nor one it holds)."""
    lexicon = names.lexicon
    if _HOLDS.search(text, start, end):
        return None
    # the longest name of the owner: "汇丰银行", not "汇丰", in "汇丰银行（中国）有限公司"
    for inner in sorted(names.within(start, end), key=lambda f: (f.start, -f.end)):
        if (
            len(inner.lexicon_keys) != 1
            or inner.lexicon_keys[0] == own_key
            or (inner.start, inner.end) == (start, end)
            or not is_a(inner.entity_type, EntityType.ORGANIZATION)
        ):
            continue
        if inner.start == start:
            rest = text[inner.end : end]
            # "Industrial Bank of Korea" is not Industrial Bank's; 中国银行业协会 and 中国银行保险监督管理
            # 委员会 are not 中国银行's: the name goes on with the words it started.
            if rest.startswith(" of ") or (is_cjk(text[inner.end - 1]) and _CJK_WORD_GOES_ON.match(rest)):
                continue
        elif not (inner.end == end and re.search(r" of (?:the )?$", text[start : inner.start])):
            continue
        parent = lexicon.entries[inner.lexicon_keys[0]]
        own = lexicon.entries.get(own_key)
        # A regulator has no arm abroad: "Securities and Exchange Commission (Philippines)" is not the
        # American one's.
        if is_a(parent.type, EntityType.REGULATOR) and (
            (own is not None and own.jurisdiction_key != parent.jurisdiction_key)
            or (
                own is None
                # ... but at home: "人民银行深圳市中心支行" is the PBoC's branch in Shenzhen
                and any(
                    p.entity_type == EntityType.JURISDICTION
                    and parent.jurisdiction_key
                    not in {p.lexicon_keys[0], lexicon.entries[p.lexicon_keys[0]].jurisdiction_key}
                    for p in names.within(inner.end, end)
                )
            )
        ):
            continue
        return inner
    return None


def _names_its_place(text: str, start: int, end: int, place: Found) -> bool:
    """Whether the name at ``text[start:end]`` names ``place`` as its own: first, last after "of", last
    in a Latin name, or in brackets."""
    return (
        place.start == start
        or (place.end == end and text[start : place.start].endswith(" of "))
        # "OneDegree Hong Kong", "Standard Chartered Singapore": a company's local arm
        or (
            place.end == end
            and place.start > start
            and text[place.start - 1] == " "
            and text[start:end].isascii()
        )
        or (
            text[place.start - 1 : place.start] == "(" and text[place.end : place.end + 1] == ")"
        )  # "连通(杭州)技术…"
    )


_COMPANY_AND_CONCEPT = frozenset((EntityType.ORGANIZATION, EntityType.TECHNOLOGY))


def _company_and_concept(found: EntityType, known: EntityType) -> bool:
    return {type_chain(found)[-1], type_chain(known)[-1]} == _COMPANY_AND_CONCEPT


def _registered_name_of(name: str, start: int, names: LexiconNames) -> LexiconEntry | None:
    """The known organisation a Chinese name (at ``start``) registers with its legal form:
    "平安银行股份有限公司" is 平安银行, and so is a known name with its own kind of business before the
    form: "众安在线财产保险股份有限公司" is 众安在线, an insurer. A kind other than its own names a company
    it owns ("平安" + "银行")."""
    bare = without_legal_form(name)
    if not bare:
        return None
    lexicon = names.lexicon
    entry = lexicon.by_name(bare)
    if entry is not None:
        return entry
    for inner in names.within(start, start + len(bare)):
        if inner.start != start or len(inner.lexicon_keys) != 1:
            continue
        known = lexicon.entries[inner.lexicon_keys[0]]
        if trade_only(bare[inner.end - start :]) == known.type:
            return known
    return None


def _named_in_full(short: str, named: dict[str, Entity], lexicon: Lexicon) -> Entity | None:
    """The organisation, of those ``named`` before, whose name ``short`` shortens: its leading words
    ("reserve bank" of "reserve bank of australia"), all of it but its legal form ("中信证券" of
    "中信证券股份有限公司"), or, for a name of two words or more, all of it but the place adjective it
    opens with ("reserve bank" of "south african reserve bank"). The latest such wins: it is the one
    the reader has in mind."""
    for full, entity in reversed(named.items()):
        if len(full) <= len(short):
            continue
        if full.startswith(short):
            rest = full[len(short) :]
            if (rest[0] == " " and short[-1].isalnum()) or rest in LEGAL_FORMS:
                return entity
        elif full.endswith(" " + short) and " " in short:
            place = lexicon.leading_demonym(full)
            if place is not None and len(place[0]) + 1 + len(short) == len(full):
                return entity
    return None


def _bounded(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not before.isalnum() and not after.isalnum()


__all__ = ["RULES_VERSION", "extract_document", "extractor_version"]
