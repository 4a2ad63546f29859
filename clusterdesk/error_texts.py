"""Every ``error_texts_*.py`` catalogue in one: the error texts kept apart from
``clusterdesk.errors`` by subject, merged into its ``MESSAGES``. No Qt is imported."""

from __future__ import annotations

from clusterdesk.error_texts_clock import CLOCK_MESSAGES
from clusterdesk.error_texts_monitoring import MONITORING_FIELDS, MONITORING_MESSAGES
from clusterdesk.error_texts_records import RECORDS_MESSAGES
from clusterdesk.error_texts_selection import SELECTION_MESSAGES
from clusterdesk.error_texts_server import SERVER_MESSAGES
from clusterdesk.error_texts_sync import SYNC_MESSAGES
from clusterdesk.error_texts_trust import TRUST_MESSAGES
from clusterdesk.error_texts_undo import UNDO_MESSAGES

# file name -> its messages (``gui.translations`` reads each file for pyside6-lupdate)
CATALOGUES: dict[str, dict[str, str]] = {
    "error_texts_trust.py": TRUST_MESSAGES, "error_texts_server.py": SERVER_MESSAGES,
    "error_texts_clock.py": CLOCK_MESSAGES, "error_texts_monitoring.py": MONITORING_MESSAGES,
    "error_texts_selection.py": SELECTION_MESSAGES, "error_texts_records.py": RECORDS_MESSAGES,
    "error_texts_undo.py": UNDO_MESSAGES, "error_texts_sync.py": SYNC_MESSAGES,
}
EXTRA_MESSAGES: dict[str, str] = {k: v for m in CATALOGUES.values() for k, v in m.items()}
EXTRA_FIELDS: dict[str, str] = {**MONITORING_FIELDS}  # field names, context "Field"
