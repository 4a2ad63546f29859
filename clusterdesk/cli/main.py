"""The `clusterdesk` command: no arguments opens the window; subcommands run headless.

Each feature registers its subcommands from its own module (see ``COMMAND_MODULES``). A
failure the user can cause prints one sentence and exits 2, an internal error exits 3
(see ``clusterdesk.cli.stdio`` for the conventions); tracebacks only with ``--debug``.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from clusterdesk import APP_NAME, __version__
from clusterdesk.cli import stdio
from clusterdesk.errors import ClusterDeskError, localized

# Modules with a ``register(subparsers)`` function; each adds its own subcommands.
COMMAND_MODULES = [
    "clusterdesk.cli.basic",
    "clusterdesk.cli.report",
    "clusterdesk.cli.sync",
    "clusterdesk.cli.applications",
    "clusterdesk.cli.checks",
    "clusterdesk.cli.lists",
    "clusterdesk.cli.history",
    "clusterdesk.cli.dashboard",
    "clusterdesk.cli.trust",
    "clusterdesk.cli.registry",
]

EXIT_USER_ERROR = stdio.EXIT_USER_ERROR
EXIT_INTERNAL = stdio.EXIT_INTERNAL


def default_db_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / "clusterdesk.db"


def database_arg(value: str) -> Path | str:
    """``--db``: a file path, or a PostgreSQL URL kept as written."""
    from clusterdesk.store.postgres import is_url

    return value if is_url(value) else Path(value)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="clusterdesk",
        description="ClusterDesk: consultations, cluster initiatives, diagnostics and "
                    "applications of the territorial-cluster programme.")
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--db", type=database_arg, metavar="PATH|URL",
                        help="database file (default: clusterdesk.db in the user data "
                             "folder) or PostgreSQL database, postgresql://USER@HOST/DBNAME "
                             "(password from ~/.pgpass or PGPASSWORD)")
    parser.add_argument("--debug", action="store_true", help="show tracebacks and debug logs")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.db is None:
        args.db = default_db_path()
    logging.basicConfig(level=logging.DEBUG if args.debug else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
    handler = getattr(args, "handler", None)
    try:
        if handler is None:
            from clusterdesk.gui.app import run_gui

            return run_gui(args.db, debug=args.debug)
        return handler(args) or 0
    except ClusterDeskError as exc:
        if args.debug:
            raise
        print(f"clusterdesk: error: {localized(exc)}", file=sys.stderr)  # CLUSTERDESK_LANG
        return EXIT_USER_ERROR
    except BrokenPipeError:  # the reader of our output went away (`... | head`)
        return stdio.quiet_broken_pipe()
    except KeyboardInterrupt:
        print("clusterdesk: interrupted; nothing was half-written.", file=sys.stderr)
        return stdio.EXIT_INTERRUPTED
    except Exception as exc:  # noqa: BLE001 - last resort: one sentence, details with --debug
        if args.debug:
            raise
        print(f"clusterdesk: unexpected error: {type(exc).__name__}: {exc} "
              "(run again with --debug for details)", file=sys.stderr)
        return EXIT_INTERNAL


def run() -> None:
    """The console entry point: a closed pipe at exit is as quiet as one during the run."""
    code = main()
    try:
        sys.stdout.flush()
    except BrokenPipeError:
        code = stdio.quiet_broken_pipe()
    sys.exit(code)


if __name__ == "__main__":
    run()
