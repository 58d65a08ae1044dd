"""Deterministic ids: the same input always gets the same id, so re-runs add nothing."""

from __future__ import annotations

import hashlib


def content_hash(data: bytes | str) -> str:
    """sha256 hex digest of bytes or UTF-8 text."""
    if isinstance(data, str):
        data = data.encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def stable_id(*parts: object, length: int = 20) -> str:
    """A short, stable id made from the parts' text."""
    joined = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:length]
