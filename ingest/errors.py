"""Why a document did not make it: a status and a machine-readable code, with a readable message."""

from __future__ import annotations

from kg.model import DocStatus


class DocumentRejected(Exception):  # noqa: N818 - an outcome, not a programming error
    """Raised by a stage when a document cannot go on; the pipeline turns it into the document's status."""

    def __init__(self, status: DocStatus, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def quarantined(code: str, message: str) -> DocumentRejected:
    return DocumentRejected(DocStatus.QUARANTINED, code, message)


def failed(code: str, message: str) -> DocumentRejected:
    return DocumentRejected(DocStatus.FAILED, code, message)


def skipped(code: str, message: str) -> DocumentRejected:
    return DocumentRejected(DocStatus.SKIPPED_EMPTY, code, message)
