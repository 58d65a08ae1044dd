"""A run-level lock beside the warehouse file: one run at a time per warehouse.

DuckDB's own file lock protects each transaction; this lock keeps two whole
runs from interleaving their batches. It is an OS advisory lock (``flock``),
so it disappears with the process that held it, even after SIGKILL.
"""

from __future__ import annotations

import fcntl
import os
import time
from pathlib import Path
from types import TracebackType

from schema.errors import WarehouseLockedError


class RunLock:
    """Hold ``<db>.runlock`` for the length of a run."""

    def __init__(self, db: Path, wait_seconds: float = 0.0) -> None:
        self.path = Path(str(db) + ".runlock")
        self.wait_seconds = wait_seconds
        self._fd: int | None = None

    def __enter__(self) -> RunLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + self.wait_seconds
        delay = 0.1
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    raise WarehouseLockedError(
                        f"another newsevents run is using {self.path.with_suffix('')}; "
                        "wait for it to finish or pass --wait SECONDS"
                    ) from None
                time.sleep(delay)
                delay = min(delay * 2, 2.0)
        os.ftruncate(fd, 0)
        os.write(fd, str(os.getpid()).encode())
        self._fd = fd
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None
