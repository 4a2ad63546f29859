"""The one progress/cancel type of long jobs (import, export, batch reports, demo data).

A job takes ``progress: Progress | None`` and calls ``progress(done, total)`` as it goes;
``False`` back means "cancel": the job stops at the next safe point. The CLI passes a printer,
the window passes its gateway task (``gui.gateway.job``), tests pass a lambda.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], bool]


def go_on(progress: Progress | None, done: int, total: int) -> bool:
    """Report ``done`` of ``total``; whether to go on (always, with no one watching)."""
    return progress is None or progress(done, total) is not False


def share(progress: Progress, part: int, parts: int) -> Progress:
    """Progress of part ``part`` of ``parts`` as its share of the whole job (per mille each)."""
    return lambda done, total: progress(part * 1000 + 1000 * done // max(total, 1),
                                        parts * 1000)
