"""Many reports at once on every core: the same PDFs as one after another, in less time.

ReportLab lays out a page in pure Python (some 60-120 ms a report), so a batch of hundreds
keeps one core busy for half a minute while the others idle. ``render_files`` hands the
reports' data, a few at a time, to a pool of worker processes (a thread would not help: the
interpreter lock) and writes the files in the caller, in order, as they come back. Each
worker is prepared once (imports, fonts) and keeps its caches from one report to the next;
it runs the very function the single-process path runs, so every file is the same byte for
byte apart from its timestamps (creation dates, the document ID that ReportLab derives from
them, the XMP dates; a test compares them). Processes are started fresh ("spawn"), never
forked from a window's threads; a program frozen by PyInstaller renders in its own process.
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
CHUNK = 4  # reports sent to a worker at a time: what they share (the form) travels once
AHEAD = 3  # chunks handed to each worker ahead of the one it renders: bounded memory
RENDER_TIMEOUT_S = 600  # a chunk takes under a second; a worker silent this long is lost


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
                 progress: Progress | None = None, workers: int | None = None,
                 prepare: Callable[[], None] | None = None) -> list[Path]:
    """``write(item, render(item, lang))`` for each item, in order; the rendering spread over
    worker processes. ``render`` and ``prepare`` must be module-level functions (they are
    sent to the workers by name); ``prepare()`` runs once in each worker as it starts (imports,
    fonts), while this process gathers the first reports' data. ``progress(done, total)``
    returning False cancels: the files written stay, the reports not yet written are dropped.
    """
    written: list[Path] = []
    count = workers_for(total, workers)
    if count <= 1:
        for done, item in enumerate(items, start=1):
            written.append(write(item, render(item, lang)))
            if not go_on(progress, done, total):
                break
        return written
    pending: deque[tuple[list[Any], AsyncResult]] = deque()
    size = chunk_size(total, count)
    context = multiprocessing.get_context("spawn")
    # multiprocessing.Pool, not concurrent.futures: on Debian's Python 3.11.2 a
    # ProcessPoolExecutor whose batch was cut short could lose a task and wait forever; a Pool
    # is simply terminated when the user cancels.
    pool = context.Pool(processes=count, initializer=prepare)
    finished = False
    try:
        chunk: list[Any] = []
        for item in items:  # the data are gathered here, in the caller's thread
            chunk.append(item)
            if len(chunk) < size:
                continue
            pending.append((chunk, pool.apply_async(_render_chunk, (render, chunk, lang))))
            chunk = []
            if len(pending) >= count * (AHEAD + 1) and not _write_next(
                    pending, written, write, progress, total):
                return written
        if chunk:
            pending.append((chunk, pool.apply_async(_render_chunk, (render, chunk, lang))))
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


def chunk_size(total: int, workers: int) -> int:
    """Reports sent to a worker at a time: up to ``CHUNK``, yet at least four tasks a worker,
    so that the workers finish together."""
    return max(1, min(CHUNK, total // (4 * workers)))


def _render_chunk(render: Callable[[Any, str], bytes], items: list[Any], lang: str
                  ) -> list[bytes]:
    """What a worker runs: ``render(item, lang)`` for each item of a chunk."""
    return [render(item, lang) for item in items]


def _write_next(pending: deque[tuple[list[Any], AsyncResult]], written: list[Path],
                write: Callable[[Any, bytes], Path], progress: Progress | None,
                total: int) -> bool:
    """Write the oldest chunk's reports once rendered; whether to go on."""
    chunk, future = pending.popleft()
    for item, pdf in zip(chunk, future.get(timeout=RENDER_TIMEOUT_S), strict=True):
        written.append(write(item, pdf))
        if not go_on(progress, len(written), total):
            return False
    return True
