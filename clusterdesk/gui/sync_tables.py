"""The small tables of the Sync view (import log, conflicts, one conflict field by field,
look-alike organizations) and how their values read in the window's language.

All of them are bounded lists (the log keeps the last 200 files, open conflicts and duplicate
candidates are few), so each model holds its rows; the service layer supplies them.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    QTimeZone,
)
from PySide6.QtGui import QBrush, QColor, QFont

from clusterdesk.domain.hlc import Stamp
from clusterdesk.gui import formats, labels

CTX = "SyncPage"


def _t(text: str) -> str:
    """Translate a string marked with QT_TRANSLATE_NOOP("SyncPage", ...)."""
    return QCoreApplication.translate(CTX, text)


# ---- times ----
def local_time(value: dt.datetime | str | None) -> str:
    """A UTC time (naive, or ISO text) as the window's locale writes a local date and time."""
    if not value:
        return ""
    if isinstance(value, str):
        try:
            value = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return value
    if value.tzinfo is not None:
        value = value.astimezone(dt.UTC).replace(tzinfo=None)
    q = QDateTime(QDate(value.year, value.month, value.day),
                  QTime(value.hour, value.minute, value.second), QTimeZone.utc())
    return formats.datetime_text(q.toLocalTime())


def stamp_time(hlc: str) -> str:
    """When a version was made, read from its hybrid-logical-clock stamp."""
    try:
        return local_time(dt.datetime.fromtimestamp(Stamp.parse(hlc).millis / 1000, dt.UTC))
    except (ValueError, TypeError, OverflowError, OSError):
        return ""


def age_text(age: dt.timedelta | None) -> str:
    if age is None:
        return ""
    hours = int(age.total_seconds() // 3600)
    if hours < 1:
        return QCoreApplication.translate("SyncPage", "less than an hour")
    if hours < 48:
        return QCoreApplication.translate("SyncPage", "%n hour(s)", "", hours)
    return QCoreApplication.translate("SyncPage", "%n day(s)", "", hours // 24)


# ---- names of tables and fields ----
TABLES = {
    "organizations": QT_TRANSLATE_NOOP("SyncPage", "Organization"),
    "consultations": QT_TRANSLATE_NOOP("SyncPage", "Consultation"),
    "contacts": QT_TRANSLATE_NOOP("SyncPage", "Contact person"),
    "trips": QT_TRANSLATE_NOOP("SyncPage", "Trip"),
    "initiatives": QT_TRANSLATE_NOOP("SyncPage", "Cluster initiative"),
    "memberships": QT_TRANSLATE_NOOP("SyncPage", "Membership"),
    "consultants": QT_TRANSLATE_NOOP("SyncPage", "Consultant"),
    "diagnostics": QT_TRANSLATE_NOOP("SyncPage", "Diagnostic"),
    "applications": QT_TRANSLATE_NOOP("SyncPage", "Application"),
    "selection_rounds": QT_TRANSLATE_NOOP("SyncPage", "Selection round"),
    "evaluation_scores": QT_TRANSLATE_NOOP("SyncPage", "Evaluation score"),
    "application_events": QT_TRANSLATE_NOOP("SyncPage", "Application history"),
}
# Fields whose name the lists already show (translated in the "Column" context).
COLUMN_FIELDS = {
    "name": "Name", "bin": "BIN", "kind": "Kind", "region_code": "Region",
    "sector_key": "Sector", "employees": "Employees", "phone": "Phone", "date": "Date",
    "organization_uuid": "Organization", "format": "Format", "interest": "Interest",
    "topics": "Topics", "outcome": "Outcome", "start_date": "Start", "end_date": "End",
    "round": "Round", "title": "Title", "region_codes": "Regions", "status": "Status",
    "coordinator_uuid": "Coordinator", "initiative_uuid": "Initiative",
    "submitted_on": "Submitted", "role": "Role", "joined_on": "Joined", "left_on": "Left",
    "position": "Position", "email": "E-mail", "consultant_uuid": "Consultant",
    "consultants": "Consultant",
}
FIELDS = {
    "address": QT_TRANSLATE_NOOP("SyncPage", "Address"),
    "website": QT_TRANSLATE_NOOP("SyncPage", "Website"),
    "notes": QT_TRANSLATE_NOOP("SyncPage", "Notes"),
    "next_steps": QT_TRANSLATE_NOOP("SyncPage", "Next steps"),
    "description": QT_TRANSLATE_NOOP("SyncPage", "Description"),
    "purpose": QT_TRANSLATE_NOOP("SyncPage", "Purpose"),
    "team": QT_TRANSLATE_NOOP("SyncPage", "Team"),
    "legal_form": QT_TRANSLATE_NOOP("SyncPage", "Legal form"),
    "size_class": QT_TRANSLATE_NOOP("SyncPage", "Size"),
    "revenue_mln_kzt": QT_TRANSLATE_NOOP("SyncPage", "Revenue, mln KZT"),
    "export_share": QT_TRANSLATE_NOOP("SyncPage", "Export share"),
    "region_recorded_code": QT_TRANSLATE_NOOP("SyncPage", "Region as recorded"),
    "trip_uuid": QT_TRANSLATE_NOOP("SyncPage", "Trip"),
    "oked": QT_TRANSLATE_NOOP("SyncPage", "OKED"),
    "name_lang": QT_TRANSLATE_NOOP("SyncPage", "Language of the name"),
    "deleted": QT_TRANSLATE_NOOP("SyncPage", "Deleted"),
}
HIDDEN_FIELDS = {"name_key"}  # derived from the name; showing it twice only adds noise
ENUMS = {"kind": "OrgKind", "size_class": "SizeClass", "format": "ConsultationFormat",
         "interest": "Interest", "role": "MemberRole"}
STATUS_ENUMS = {"initiatives": "InitiativeStatus", "applications": "ApplicationStatus",
                "diagnostics": "DiagnosticStatus"}


def table_label(name: str) -> str:
    return _t(TABLES[name]) if name in TABLES else name


def field_label(name: str) -> str:
    if name in COLUMN_FIELDS:
        return labels.header(COLUMN_FIELDS[name])
    if name in FIELDS:
        return _t(FIELDS[name])
    return name.replace("_", " ").capitalize()


def field_value(table: str, name: str, value: Any,
                names: Callable[[str], str] = lambda uuid: "") -> str:
    """A stored value as the window shows it (names for codes and references)."""
    if value is None or value == "" or value == [] or value == {}:
        return "—"
    if isinstance(value, bool):
        return (QCoreApplication.translate("SyncPage", "Yes") if value
                else QCoreApplication.translate("SyncPage", "No"))
    if name in ("region_code", "region_recorded_code"):
        return labels.region_name(str(value)) or str(value)
    if name == "region_codes" and isinstance(value, list):
        return ", ".join(labels.region_name(str(c)) or str(c) for c in value)
    if name == "sector_key":
        return labels.sector_name(str(value)) or str(value)
    if name in ENUMS:
        return labels.enum_label(ENUMS[name], value)
    if name == "status" and table in STATUS_ENUMS:
        return labels.enum_label(STATUS_ENUMS[table], value)
    if name.endswith("_uuid") and isinstance(value, str):
        return names(value) or value[:8]
    if isinstance(value, str) and len(value) == 10 and value[4:5] == "-" and value[7:8] == "-":
        day = QDate.fromString(value, Qt.DateFormat.ISODate)
        if day.isValid():
            return formats.date_text(day)
    if isinstance(value, (list, dict)):
        text = json.dumps(value, ensure_ascii=False)
        return text if len(text) <= 300 else text[:299] + "…"
    return str(value)


# ---- models ----
class RowsModel(QAbstractTableModel):
    """Rows of display texts under translated headers; a row may be highlighted."""

    HEADERS: Sequence[str] = ()
    NUMERIC: frozenset[int] = frozenset()

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.rows: list[tuple[str, ...]] = []
        self.keys: list[Any] = []
        self.marked: set[int] = set()

    def set_rows(self, rows: list[tuple[str, ...]], keys: list[Any],
                 marked: set[int] | None = None) -> None:
        self.beginResetModel()
        self.rows, self.keys, self.marked = rows, keys, marked or set()
        self.endResetModel()

    def key_at(self, row: int) -> Any:
        return self.keys[row] if 0 <= row < len(self.keys) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN201
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.rows[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in self.NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if index.row() in self.marked:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor(255, 236, 179))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor(0, 0, 0))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001, ANN201
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.HEADERS):
            return _t(self.HEADERS[section])
        return None

    def retranslate(self) -> None:
        if self.HEADERS:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.HEADERS) - 1)


class LogModel(RowsModel):
    HEADERS = (QT_TRANSLATE_NOOP("SyncPage", "When"), QT_TRANSLATE_NOOP("SyncPage", "File"),
               QT_TRANSLATE_NOOP("SyncPage", "Device"),
               QT_TRANSLATE_NOOP("SyncPage", "Consultant"), QT_TRANSLATE_NOOP("SyncPage", "New"),
               QT_TRANSLATE_NOOP("SyncPage", "Updated"),
               QT_TRANSLATE_NOOP("SyncPage", "Unchanged"),
               QT_TRANSLATE_NOOP("SyncPage", "Conflicts"),
               QT_TRANSLATE_NOOP("SyncPage", "Merged"),
               QT_TRANSLATE_NOOP("SyncPage", "Held back"))
    NUMERIC = frozenset({4, 5, 6, 7, 8, 9})

    def load(self, entries: list[dict[str, Any]]) -> None:
        rows = []
        for e in entries:
            s = e.get("summary") or {}
            rows.append((local_time(e.get("at")), Path(e.get("file") or "").name,
                         e.get("peer_device_name") or "", str(s.get("consultant") or ""),
                         *(str(s.get(k, 0)) for k in ("new", "updated", "unchanged",
                                                        "conflicts", "merged", "held"))))
        self.set_rows(rows, [e.get("bundle_id") for e in entries],
                      {i for i, e in enumerate(entries)
                       if (e.get("summary") or {}).get("conflicts")})


RESOLUTIONS = {
    "": QT_TRANSLATE_NOOP("SyncPage", "open"),
    "kept_other": QT_TRANSLATE_NOOP("SyncPage", "resolved: other version kept"),
    "kept_current": QT_TRANSLATE_NOOP("SyncPage", "resolved: this version kept"),
}


# the other version's values carry their author's signature (``sync.conflict_proofs``)
SIGNED = QT_TRANSLATE_NOOP("SyncPage", "{device}, signed by it")


class ConflictsModel(RowsModel):
    HEADERS = (QT_TRANSLATE_NOOP("SyncPage", "Kind"), QT_TRANSLATE_NOOP("SyncPage", "Record"),
               QT_TRANSLATE_NOOP("SyncPage", "Other version made"),
               QT_TRANSLATE_NOOP("SyncPage", "This version from"),
               QT_TRANSLATE_NOOP("SyncPage", "Other version from"),
               QT_TRANSLATE_NOOP("SyncPage", "State"))

    def load(self, conflicts: list, device: Callable[[str], str]) -> None:  # ConflictView
        rows = [(table_label(c.table), c.label or "—", stamp_time(c.other_hlc),
                 device(c.current_device_id), _t(SIGNED).format(device=device(
                     c.other_device_id)) if c.signed else device(c.other_device_id),
                 _t(RESOLUTIONS.get(c.resolution if c.resolved else "", RESOLUTIONS[""])))
                for c in conflicts]
        self.set_rows(rows, list(conflicts))


class FieldsModel(RowsModel):
    HEADERS = (QT_TRANSLATE_NOOP("SyncPage", "Field"),
               QT_TRANSLATE_NOOP("SyncPage", "This version"),
               QT_TRANSLATE_NOOP("SyncPage", "The other version"))

    def load(self, conflict, names: Callable[[str], str]) -> None:  # noqa: ANN001
        if conflict is None:
            self.set_rows([], [])
            return
        rows, keys, marked = [], [], set()
        if conflict.current_deleted or conflict.other_deleted:
            rows.append((field_label("deleted"), field_value("", "deleted",
                                                             conflict.current_deleted),
                         field_value("", "deleted", conflict.other_deleted)))
            keys.append("deleted")
            if conflict.current_deleted != conflict.other_deleted:
                marked.add(0)
        changed = [f for f in conflict.fields if f.differs and f.name not in HIDDEN_FIELDS]
        same = [f for f in conflict.fields if not f.differs and f.name not in HIDDEN_FIELDS]
        for f in changed + same:  # what differs first: that is what the user decides on
            if f.differs:
                marked.add(len(rows))
            rows.append((field_label(f.name), field_value(conflict.table, f.name, f.current,
                                                          names),
                         field_value(conflict.table, f.name, f.other, names)))
            keys.append(f.name)
        self.set_rows(rows, keys, marked)


class DuplicatesModel(RowsModel):
    HEADERS = (QT_TRANSLATE_NOOP("SyncPage", "Organization"),
               QT_TRANSLATE_NOOP("SyncPage", "Looks like"),
               QT_TRANSLATE_NOOP("SyncPage", "Region"),
               QT_TRANSLATE_NOOP("SyncPage", "Similarity"),
               QT_TRANSLATE_NOOP("SyncPage", "Why"))
    NUMERIC = frozenset({3})

    def load(self, candidates: list) -> None:  # DuplicateCandidate
        rows = [(c.name_a, c.name_b, labels.region_name(c.region_code) or (c.region_code or ""),
                 formats.percent_text(c.similarity),
                 labels.lookalike_reasons(getattr(c, "reasons", ()))) for c in candidates]
        self.set_rows(rows, list(candidates))


HELD_KINDS = {  # why a version is held (``sync.held_list``)
    "clock": QT_TRANSLATE_NOOP("SyncPage", "stamped too far ahead of this computer's clock"),
    "prover": QT_TRANSLATE_NOOP("SyncPage", "signed by a device this computer does not know"),
    "reference": QT_TRANSLATE_NOOP("SyncPage", "refers to a record held back"),
}


class HeldModel(RowsModel):
    HEADERS = (QT_TRANSLATE_NOOP("SyncPage", "Received"), QT_TRANSLATE_NOOP("SyncPage", "Kind"),
               QT_TRANSLATE_NOOP("SyncPage", "Record"),
               QT_TRANSLATE_NOOP("SyncPage", "Made by"),
               QT_TRANSLATE_NOOP("SyncPage", "Stamped"), QT_TRANSLATE_NOOP("SyncPage", "Why"))

    def load(self, held: list, device: Callable[[str], str]) -> None:  # HeldRecord
        rows = [(local_time(h.received_at), table_label(h.table), h.label or "—",
                 device(h.device_id), stamp_time(h.hlc) or h.hlc, _t(HELD_KINDS[h.kind]))
                for h in held]
        self.set_rows(rows, list(held))
