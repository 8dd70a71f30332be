"""One exception hierarchy for llamawatch; each stage raises its own kind.

Per-item failures are returned as values (an ``error`` field on the result);
these exceptions are for callers that want to stop, and always chain the
original error (``raise FetchError(...) from exc``).
"""


class LlamawatchError(Exception):
    """Base class: a problem llamawatch can explain in one line."""


class ConfigError(LlamawatchError):
    """The configuration file or an environment override is invalid."""


class FetchError(LlamawatchError):
    """A feed, page or file could not be fetched."""


class ParseError(LlamawatchError):
    """A fetched document could not be parsed into posts."""


class ExtractError(LlamawatchError):
    """Text or facts could not be extracted from a post."""


class StorageError(LlamawatchError):
    """The database could not be read or written."""


class DeliveryError(LlamawatchError):
    """A digest, alert or webhook could not be delivered."""
