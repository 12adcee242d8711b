"""Named exceptions. Each message says what went wrong and how to fix it."""


class RecoupeError(Exception):
    """Base class of every error recoupe raises on purpose."""


class RejectedInput(RecoupeError):
    """An input that cannot become an article; the reason is recorded with its raw bytes."""


class NotFound(RecoupeError):
    """An id that is not in the store."""


class FetchError(RecoupeError):
    """A URL that could not be fetched (refused address, HTTP error, too large, robots.txt)."""


class ConfigError(RecoupeError):
    """A setting with an invalid value."""


class StoreError(RecoupeError):
    """The store cannot be opened or migrated."""
