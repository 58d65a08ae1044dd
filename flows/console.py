"""Prefect's console log without tracebacks: one line per message unless ``--debug``.

The CLI names :class:`OneLineConsoleHandler` as Prefect's console handler
(``PREFECT_LOGGING_HANDLERS_CONSOLE_CLASS``) before Prefect is imported, so the
command's process and its worker processes log this way. The traceback still
goes to the Prefect server's log of the run (the UI), and ``newsevents --debug``
prints it.
"""

from __future__ import annotations

import logging

from prefect.logging.handlers import PrefectConsoleHandler


class OneLineConsoleHandler(PrefectConsoleHandler):
    """Prefect's console handler, with each record's traceback left out."""

    def format(self, record: logging.LogRecord) -> str:
        if record.exc_info or record.exc_text or record.stack_info:
            # A copy: the API handler sends the same record, traceback and all.
            record = logging.makeLogRecord(
                {**record.__dict__, "exc_info": None, "exc_text": None, "stack_info": None}
            )
        return super().format(record)
