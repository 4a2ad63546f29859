"""Command-line conventions shared by every subcommand: ``-`` for standard output or input,
exit codes, JSON output.

Exit codes (README "Exit codes"): 0 success; 1 the answer is "problems found" (check,
compliance); 2 the user's mistake (bad file, bad argument, a refused database); 3 an internal
error. A closed pipe (``clusterdesk stats --json | head -1``) ends quietly.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import json
import shutil
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from clusterdesk.errors import ClusterDeskError

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USER_ERROR = 2
EXIT_INTERNAL = 3
EXIT_INTERRUPTED = 130
STDIO = "-"


def is_stdio(path: str | Path | None) -> bool:
    """True for ``-``: standard output (or input) instead of a file."""
    return str(path) == STDIO


def info(text: str, *, to_stderr: bool = False) -> None:
    """A message for the person at the terminal; on stderr while stdout carries data."""
    print(text, file=sys.stderr if to_stderr else sys.stdout)


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_plain(v) for v in value]
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, dt.date | dt.datetime):
        return value.isoformat()
    return value


def print_json(value: Any) -> None:
    """``value`` (dataclasses, paths and dates included) as one JSON document on stdout."""
    print(json.dumps(_plain(value), ensure_ascii=False, indent=2))


def write_bytes(path: str | Path, data: bytes) -> None:
    """``data`` to ``path``, or to standard output for ``-``."""
    if is_stdio(path):
        sys.stdout.flush()
        sys.stdout.buffer.write(data)
        sys.stdout.buffer.flush()
    else:
        Path(path).write_bytes(data)


@contextlib.contextmanager
def output_file(path: str | Path, suffix: str) -> Iterator[Path]:
    """A path to write to; for ``-`` a temporary file whose bytes go to stdout afterwards."""
    if not is_stdio(path):
        yield Path(path)
        return
    with tempfile.TemporaryDirectory(prefix="clusterdesk-") as tmp:
        target = Path(tmp) / f"stdout{suffix}"
        yield target
        if target.exists():
            write_bytes(STDIO, target.read_bytes())


@contextlib.contextmanager
def input_file(path: str | Path, suffix: str) -> Iterator[Path]:
    """A path to read from; for ``-`` standard input copied to a temporary file first."""
    if not is_stdio(path):
        yield Path(path)
        return
    if sys.stdin is None or sys.stdin.isatty():
        raise ClusterDeskError("'-' reads standard input, but nothing is piped in "
                               "(e.g. 'clusterdesk import - < changes.cdsync').")
    with tempfile.TemporaryDirectory(prefix="clusterdesk-") as tmp:
        target = Path(tmp) / f"stdin{suffix}"
        with target.open("wb") as fh:
            shutil.copyfileobj(sys.stdin.buffer, fh)
        yield target


def refuse_stdio(path: str | Path, what: str) -> None:
    """A user error when ``-`` is given where only a real file or folder makes sense."""
    if is_stdio(path):
        raise ClusterDeskError(f"'-' (standard output) cannot be used for {what}; give a path.")


def quiet_broken_pipe() -> int:
    """After the reader of our stdout went away: no traceback, no second error on exit."""
    import os

    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    return EXIT_OK
