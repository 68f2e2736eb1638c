"""YAML front matter, read safely and as written (bad-inputs.md part B).

Every scalar stays a string: ``code: 000001`` is "000001", ``country: NO`` is "NO". No tags, anchors or
aliases are accepted, so neither code execution nor an alias bomb can get through.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

import yaml

from ingest.amounts import AmountError, parse_amount
from ingest.errors import quarantined

MAX_FRONT_MATTER_CHARS = 64 * 1024
# The base loader builds strings, lists and mappings only (so "000001" stays a string); its libyaml
# build reads the same YAML the same way, ~10x faster: the pure-Python one was a fifth of a short
# post's extraction. PyYAML's wheels carry libyaml; a build from source without it falls back.
_LOADER = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
_FENCE = re.compile(r"^---[ \t\r]*$", re.M)
_ISO_DATE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])([T ][0-9:.+\-Z]*)?$")
DATE_FIELDS = ("date", "published", "updated")
# Fields that state money; any field whose name ends in "_amount" does too.
AMOUNT_FIELDS = (
    "amount",
    "funding",
    "valuation",
    "revenue",
    "investment",
    "deal_value",
    "deal_size",
    "market_cap",
)


@dataclass(frozen=True)
class FrontMatter:
    metadata: tuple[tuple[str, str], ...]
    body: str
    body_offset: int  # where the body starts in the text, so offsets stay in source coordinates
    warnings: tuple[str, ...]


def _flatten(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(_flatten(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_flatten(v)}" for k, v in value.items())
    return "" if value is None else str(value)


def _is_date(text: str) -> bool:
    """An ISO date (with an optional time) that exists on the calendar: not 2024-13-45, not 2023-02-29."""
    if not _ISO_DATE.match(text):
        return False
    try:
        date.fromisoformat(text[:10])
    except ValueError:
        return False
    return True


def split_front_matter(text: str, *, source: str = "") -> FrontMatter:
    # CR-only and Unicode line ends become "\n" one for one, so offsets into ``text`` stay valid.
    text = re.sub(r"\r(?!\n)|[\u2028\u2029\u0085]", "\n", text)
    if not text.startswith("---"):
        return FrontMatter((), text, 0, ())
    first_line_end = text.find("\n")
    if first_line_end < 0 or text[:first_line_end].strip() != "---":
        return FrontMatter((), text, 0, ())
    closing = _FENCE.search(text, first_line_end + 1)
    if closing is None:
        return FrontMatter((), text, 0, ("front matter fence '---' is never closed; read as body",))
    block = text[first_line_end + 1 : closing.start()]
    if len(block) > MAX_FRONT_MATTER_CHARS:
        raise quarantined(
            "front_matter_too_large", f"{source}: front matter exceeds {MAX_FRONT_MATTER_CHARS} characters"
        )
    warnings: list[str] = []
    try:
        events = list(yaml.parse(block, Loader=_LOADER))
    except yaml.YAMLError as exc:
        raise quarantined("front_matter_invalid", f"{source}: front matter is not valid YAML: {exc}") from exc
    for event in events:
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise quarantined("front_matter_unsafe", f"{source}: front matter uses YAML anchors or aliases")
        tag = getattr(event, "tag", None)
        if tag:  # only an explicit tag (!!python/object, !!int ...) sets it
            raise quarantined("front_matter_unsafe", f"{source}: front matter uses the YAML tag {tag}")
    try:
        data = yaml.load(block, Loader=_LOADER)  # noqa: S506 - a base loader (C or Python) builds only str/list/dict
    except yaml.YAMLError as exc:
        raise quarantined("front_matter_invalid", f"{source}: front matter is not valid YAML: {exc}") from exc
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise quarantined(
            "front_matter_not_mapping",
            f"{source}: front matter is a {type(data).__name__}, not a mapping of fields",
        )
    seen: set[str] = set()
    for match in re.finditer(r"^([^\s:#][^:]*):", block, re.M):
        key = match.group(1).strip()
        if key in seen:
            warnings.append(f"front matter key {key!r} appears more than once; the last value was kept")
        seen.add(key)
    metadata: dict[str, str] = {}
    for key, value in data.items():
        name = str(key).strip().lower()
        text_value = _flatten(value).strip()
        if name in DATE_FIELDS and text_value and not _is_date(text_value):
            warnings.append(f"front matter field {name!r} is not a valid date: {text_value!r}")
            name = f"{name}_invalid"
        elif (name in AMOUNT_FIELDS or name.endswith("_amount")) and text_value:
            try:
                amount = parse_amount(text_value)
            except AmountError as exc:
                warnings.append(f"front matter field {name!r} is not an amount: {exc}")
                name = f"{name}_invalid"
            else:
                # The triple beside the value as written: "amount_value", "amount_currency" ...
                metadata.update({f"{name}_{part}": v for part, v in amount.as_fields().items()})
                if not amount.currency:
                    warnings.append(
                        f"front matter field {name!r} does not say which currency: {text_value!r}"
                    )
        metadata[name] = text_value
    if "url" in metadata and "source_url" not in metadata:
        metadata["source_url"] = metadata.pop("url")
    body_start = closing.end() + (1 if text[closing.end() : closing.end() + 1] == "\n" else 0)
    return FrontMatter(tuple(sorted(metadata.items())), text[body_start:], body_start, tuple(warnings))
