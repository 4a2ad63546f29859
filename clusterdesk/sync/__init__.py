"""Sync through files: export, import, merge, the central file, conflicts and merges.

The Sync view calls only the names listed here; none of them imports Qt. Long jobs take
``progress(done, total) -> bool`` (False cancels: nothing is written or changed).
"""

from clusterdesk.sync.central import CentralSummary, SyncLockedError, sync_central
from clusterdesk.sync.central import import_central as import_file  # a central file too
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
from clusterdesk.sync.merges import DuplicateCandidate, duplicate_candidates, merge_organizations
from clusterdesk.sync.reader import SyncFileError
from clusterdesk.sync.status import (
    PeerStatus,
    SyncStatus,
    peers,
    sync_log,
    sync_status,
    unexported_count,
)

__all__ = [
    "HEAD_OFFICE", "SUFFIX", "CentralSummary", "ConflictView", "DuplicateCandidate",
    "ExportSummary", "FieldDiff", "ImportSummary", "PeerStatus", "SyncCancelledError",
    "SyncFileError", "SyncLockedError", "SyncStatus", "duplicate_candidates", "export_changes",
    "import_file", "import_files", "list_conflicts", "merge_organizations",
    "open_conflict_count", "peers", "resolve_conflict", "sync_central", "sync_log",
    "sync_status", "undo_resolution", "unexported_count",
]
