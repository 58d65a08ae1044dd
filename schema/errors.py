"""Named errors. Each carries enough context (path, line, doc id) for one clear line."""

from __future__ import annotations


class NewsEventsError(Exception):
    """Base of every error this project raises on purpose."""


class InputError(NewsEventsError):
    """An article file or record that cannot be read; becomes a row in `rejects`."""

    def __init__(self, reason: str, path: str = "", line: int | None = None) -> None:
        self.reason = reason
        self.path = path
        self.line = line
        where = path + (f":{line}" if line is not None else "")
        super().__init__(f"{where}: {reason}" if where else reason)


class DictionaryError(NewsEventsError):
    """A dictionary file line that cannot be parsed."""

    def __init__(self, reason: str, path: str = "", line: int | None = None) -> None:
        self.reason = reason
        self.path = path
        self.line = line
        where = path + (f":{line}" if line is not None else "")
        super().__init__(f"{where}: {reason}" if where else reason)


class ModelError(NewsEventsError):
    """A spaCy pipeline that was asked for but cannot be used."""


class WarehouseError(NewsEventsError):
    """The warehouse cannot be opened or written (locked, corrupt, wrong schema)."""


class WarehouseLockedError(WarehouseError):
    """Another run holds the warehouse."""


class OrchestrationError(NewsEventsError):
    """Prefect's server could not be started or reached."""
