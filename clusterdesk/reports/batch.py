"""Many reports at once on every core: the same PDFs as one after another, in less time.

ReportLab lays out a page in pure Python (about 0.1 s a report), so a batch of hundreds
keeps one core busy for minutes while the others idle. ``render_files`` hands each
report's data to a pool of worker processes (a thread would not help: the interpreter lock)
and writes the files in the caller, in order, as they come back. Each worker runs the very
function the single-process path runs, so every file is the same byte for byte apart from
its timestamps (creation dates, the document ID that ReportLab derives from them, the XMP
dates; a test compares them). Processes are started fresh ("spawn"), never forked from a
window's threads; a program frozen by PyInstaller renders in its own process.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable
from multiprocessing.pool import AsyncResult
from pathlib import Path
from typing import Any

from clusterdesk.progress import Progress, go_on

MIN_PARALLEL = 6  # fewer reports are quicker in this process than starting workers
AHEAD = 3  # reports handed to each worker ahead of the one it renders: bounded memory
RENDER_TIMEOUT_S = 600  # a report takes about 0.1 s; a worker silent this long is lost


def cores() -> int:
    """Cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):  # not on Linux
        return os.cpu_count() or 1


def workers_for(total: int, workers: int | None = None) -> int:
    """How many worker processes a batch of ``total`` gets (1: render here)."""
    if getattr(sys, "frozen", False) or total < MIN_PARALLEL:
        return 1
    return max(1, min(workers or cores(), total))


def render_files(items: Iterable[Any], total: int, render: Callable[[Any, str], bytes],
                 lang: str, write: Callable[[Any, bytes], Path], *,
                 progress: Progress | None = None, workers: int | None = None) -> list[Path]:
    """``write(item, render(item, lang))`` for each item, in order; the rendering spread over
    worker processes. ``render`` must be a module-level function (it is sent to the workers
    by name). ``progress(done, total)`` returning False cancels: the files written stay, the
    reports not yet written are dropped.
    """
    written: list[Path] = []
    count = workers_for(total, workers)
    if count <= 1:
        for done, item in enumerate(items, start=1):
            written.append(write(item, render(item, lang)))
            if not go_on(progress, done, total):
                break
        return written
    pending: deque[tuple[Any, AsyncResult]] = deque()
    context = multiprocessing.get_context("spawn")
    # multiprocessing.Pool, not concurrent.futures: on Debian's Python 3.11.2 a
    # ProcessPoolExecutor whose batch was cut short could lose a task and wait forever; a Pool
    # is simply terminated when the user cancels.
    pool = context.Pool(processes=count)
    finished = False
    try:
        for item in items:  # the data are gathered here, in the caller's thread
            pending.append((item, pool.apply_async(render, (item, lang))))
            if len(pending) >= count * (AHEAD + 1) and not _write_next(
                    pending, written, write, progress, total):
                return written
        while pending:
            if not _write_next(pending, written, write, progress, total):
                return written
        finished = True
    finally:
        if finished:
            pool.close()
        else:
            pool.terminate()  # cancelled or failed: the reports not yet written are dropped
        pool.join()
    return written


def _write_next(pending: deque[tuple[Any, AsyncResult]], written: list[Path],
                write: Callable[[Any, bytes], Path], progress: Progress | None,
                total: int) -> bool:
    """Write the oldest report once rendered; whether to go on."""
    item, future = pending.popleft()
    written.append(write(item, future.get(timeout=RENDER_TIMEOUT_S)))
    return go_on(progress, len(written), total)
