"""Named errors of the graph layer. The CLI maps each to a clear message in one place."""


class KGError(Exception):
    """Base of every error fintech-kg raises on purpose."""


class StoreURLError(KGError):
    """The store URL names no known store or is malformed."""


class StoreUnavailableError(KGError):
    """The store cannot be reached or opened. The message never carries credentials."""


class SchemaMissingError(KGError):
    """A write was refused because the store's constraints or tables are missing."""


class QueryRefusedError(KGError):
    """A console query was refused before it ran (not a pure read, loads files, several statements)."""


class QueryTimeoutError(KGError):
    """A console query ran past its time limit and was stopped."""


class QueryError(KGError):
    """A console query failed in the database (syntax, unknown label...)."""


class CommitUnknownError(KGError):
    """The connection dropped while a write was committing: it may or may not have been applied.

    Writes are deterministic and idempotent, so the answer is to process the document again.
    """
