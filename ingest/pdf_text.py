"""Text of a PDF (pypdf), with limits checked before work and failures named (bad-inputs.md part C)."""

from __future__ import annotations

import io
import logging
import re
from collections import Counter
from dataclasses import dataclass

from pypdf import PageObject, PdfReader
from pypdf.errors import PdfReadError, PdfStreamError

from ingest.errors import DocumentRejected, failed
from kg.model import DocStatus

MAX_PAGES = 2000
# Text set in columns (a table, a two-column page) shows in pypdf's layout mode as lines with wide gaps;
# the plain text of such a page runs cells and columns together in an order nothing guarantees.
_COLUMN_GAP = re.compile(r"\S {4,}\S")
MIN_COLUMNED_LINES = 3
logging.getLogger("pypdf").setLevel(logging.ERROR)


PAGE_SEPARATOR = "\n\n"
# A page whose last line stops mid-sentence (a lower-case word or a comma, no closing punctuation) runs
# on over the break: one newline, a line wrap that ingest.normalize joins, instead of a paragraph break.
# The line must be as long as wrapped prose is; a short one is a heading or a cover page's title.
RUN_ON_SEPARATOR = "\n"
MIN_RUN_ON_LINE = 40


@dataclass(frozen=True)
class PdfText:
    """A PDF's text, pages joined by a blank line, and where each page starts in it."""

    text: str
    title: str
    page_starts: tuple[int, ...]
    columned_pages: tuple[int, ...] = ()  # pages (from 1) laid out in columns or tables


def pdf_to_text(raw: bytes, *, source: str = "") -> PdfText:
    try:
        reader = PdfReader(io.BytesIO(raw), strict=False)
        if reader.is_encrypted:
            raise DocumentRejected(
                DocStatus.SKIPPED_EMPTY, "encrypted", f"{source}: the PDF is encrypted; no password is tried"
            )
        if len(reader.pages) > MAX_PAGES:
            raise failed(
                "pdf_limit_reached", f"{source}: {len(reader.pages)} pages exceeds the cap of {MAX_PAGES}"
            )
        pages = []
        columned = []
        for number, page in enumerate(reader.pages, start=1):
            # extract_text() swallows a decompression limit and returns "", which would pass a bomb off
            # as a scan without a text layer; decoding the content first lets the limit surface.
            contents = page.get_contents()
            if contents is not None:
                contents.get_data()
            pages.append(page.extract_text() or "")
            if pages[-1].strip() and _in_columns(page):
                columned.append(number)
        title = ""
        if reader.metadata and reader.metadata.title:
            title = str(reader.metadata.title)
    except DocumentRejected:
        raise
    except (PdfReadError, PdfStreamError, ValueError, KeyError, TypeError, RecursionError) as exc:
        raise failed("pdf_malformed", f"{source}: cannot read the PDF: {type(exc).__name__}: {exc}") from exc
    except Exception as exc:  # pypdf raises many types on hostile input; the batch must go on
        if type(exc).__name__ == "LimitReachedError":
            raise failed(
                "pdf_limit_reached", f"{source}: a stream exceeds pypdf's decompression limit"
            ) from exc
        raise failed("pdf_malformed", f"{source}: cannot read the PDF: {type(exc).__name__}: {exc}") from exc
    kept = [text.strip("\n") for text in _without_running_heads(pages)]
    parts: list[str] = []
    starts, at = [], 0
    for text in kept:
        if parts:
            separator = RUN_ON_SEPARATOR if _runs_on(parts[-1], text) else PAGE_SEPARATOR
            parts.append(separator)
            at += len(separator)
        starts.append(at)
        parts.append(text)
        at += len(text)
    return PdfText("".join(parts), title, tuple(starts), tuple(columned))


def _runs_on(page: str, next_page: str) -> bool:
    """Whether the sentence at the end of ``page`` goes on at the top of the next one."""
    last_line, first = page.rstrip().rpartition("\n")[2].strip(), next_page.lstrip()
    return bool(
        len(last_line) >= MIN_RUN_ON_LINE
        and first
        and (last_line[-1].islower() or last_line[-1] == ",")
        and first[0].isalnum()
    )


def _in_columns(page: PageObject) -> bool:
    try:
        laid_out = page.extract_text(extraction_mode="layout")
    except Exception:  # layout mode is only a second opinion on a page whose text was read already
        return False
    columned = sum(1 for line in laid_out.splitlines() if _COLUMN_GAP.search(line.strip()))
    return columned >= MIN_COLUMNED_LINES


def _without_running_heads(pages: list[str]) -> list[str]:
    """Drop page headers and footers: a first or last line that recurs, digits aside, on several pages."""
    if len(pages) < 2:
        return pages
    counts: Counter[str] = Counter()
    for page in pages:
        lines = [line for line in page.splitlines() if line.strip()]
        for line in {lines[0], lines[-1]} if lines else set():
            counts[re.sub(r"\d+", "#", line.strip())] += 1
    running = {line for line, n in counts.items() if n >= 2}
    out = []
    for page in pages:
        lines = page.splitlines()
        kept = [ln for ln in lines if re.sub(r"\d+", "#", ln.strip()) not in running]
        out.append("\n".join(kept))
    return out
