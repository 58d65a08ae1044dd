"""What the extraction workers' fork server imports before it forks any worker.

``flows.workers`` starts the fork server with the coder's spec in ``SPEC_ENV``; this
module builds and warms that coder, so every worker forked from the server starts
with it built and shares its pages. A coder that cannot be built is left to the
workers, whose first batch raises the builder's own error.
"""

from __future__ import annotations

import os


def _build() -> None:
    from flows.workers import SPEC_ENV, spec_from_env, warm_quietly

    text = os.environ.get(SPEC_ENV)
    if text:
        warm_quietly(spec_from_env(text))  # (a failure: each worker builds it and says why)


_build()
