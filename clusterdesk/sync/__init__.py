"""Sync through files: export, import, merge, the central file, conflicts and merges.

The Sync view calls only the names listed here; none of them imports Qt. Long jobs take
``progress(done, total) -> bool`` (False cancels: nothing is written or changed).

The names are imported when first used (PEP 562): the window's start needs only
``sync.trust`` and ``sync.programme_file``, and importing the whole package there cost
0.1–0.2 s of start-up before the first page could fill.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# name -> (module, its name there)
_NAMES = {
    "CentralSummary": ("central", "CentralSummary"),
    "SyncLockedError": ("central", "SyncLockedError"),
    "sync_central": ("central", "sync_central"),
    "import_file": ("central", "import_central"),  # a central file too
    "ConflictView": ("conflicts", "ConflictView"),
    "FieldDiff": ("conflicts", "FieldDiff"),
    "list_conflicts": ("conflicts", "list_conflicts"),
    "open_conflict_count": ("conflicts", "open_conflict_count"),
    "resolve_conflict": ("conflicts", "resolve_conflict"),
    "undo_resolution": ("conflicts", "undo_resolution"),
    "ExportSummary": ("export", "ExportSummary"),
    "SyncCancelledError": ("export", "SyncCancelledError"),
    "export_changes": ("export", "export_changes"),
    "HEAD_OFFICE": ("format", "HEAD_OFFICE"),
    "SUFFIX": ("format", "SUFFIX"),
    "ImportSummary": ("importer", "ImportSummary"),
    "import_files": ("importer", "import_files"),
    "DuplicateCandidate": ("merges", "DuplicateCandidate"),
    "duplicate_candidates": ("merges", "duplicate_candidates"),
    "merge_organizations": ("merges", "merge_organizations"),
    "SyncFileError": ("reader", "SyncFileError"),
    "PeerStatus": ("status", "PeerStatus"),
    "SyncStatus": ("status", "SyncStatus"),
    "peers": ("status", "peers"),
    "sync_log": ("status", "sync_log"),
    "sync_status": ("status", "sync_status"),
    "unexported_count": ("status", "unexported_count"),
}

__all__ = [  # the same names as _NAMES (tests/test_sync_package.py checks)
    "HEAD_OFFICE", "SUFFIX", "CentralSummary", "ConflictView", "DuplicateCandidate",
    "ExportSummary", "FieldDiff", "ImportSummary", "PeerStatus", "SyncCancelledError",
    "SyncFileError", "SyncLockedError", "SyncStatus", "duplicate_candidates", "export_changes",
    "import_file", "import_files", "list_conflicts", "merge_organizations",
    "open_conflict_count", "peers", "resolve_conflict", "sync_central", "sync_log",
    "sync_status", "undo_resolution", "unexported_count",
]


def __getattr__(name: str) -> Any:
    if name not in _NAMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    module, attr = _NAMES[name]
    value = getattr(importlib.import_module(f"{__name__}.{module}"), attr)
    globals()[name] = value  # the next use is a plain lookup
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_NAMES})


if TYPE_CHECKING:  # what type checkers and editors see
    from clusterdesk.sync.central import CentralSummary, SyncLockedError, sync_central
    from clusterdesk.sync.central import import_central as import_file
    from clusterdesk.sync.conflicts import (
        ConflictView,
        FieldDiff,
        list_conflicts,
        open_conflict_count,
        resolve_conflict,
        undo_resolution,
    )
    from clusterdesk.sync.export import ExportSummary, SyncCancelledError, export_changes
    from clusterdesk.sync.format import HEAD_OFFICE, SUFFIX
    from clusterdesk.sync.importer import ImportSummary, import_files
    from clusterdesk.sync.merges import (
        DuplicateCandidate,
        duplicate_candidates,
        merge_organizations,
    )
    from clusterdesk.sync.reader import SyncFileError
    from clusterdesk.sync.status import (
        PeerStatus,
        SyncStatus,
        peers,
        sync_log,
        sync_status,
        unexported_count,
    )
