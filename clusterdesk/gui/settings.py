"""Preferences, declared once with their types and defaults (stored with QSettings)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QSettings


@dataclass(frozen=True)
class Option:
    key: str
    default: object
    kind: type


LANGUAGE = Option("ui/language", "ru", str)
CONSULTANT = Option("user/consultant", "", str)       # consultant UUID
DEFAULT_REGION = Option("user/default_region", "", str)
CURRENT_TRIP = Option("user/current_trip", "", str)   # trip UUID
DATABASE = Option("files/database", "", str)
PDF_FOLDER = Option("files/pdf_folder", str(Path.home()), str)
LAST_EXPORT_FOLDER = Option("files/last_export_folder", str(Path.home()), str)
CENTRAL_SYNC_FILE = Option("sync/central_file", "", str)  # last used central .cdsync file
RECENT_FILES = Option("files/recent", "[]", str)  # JSON list of database paths, newest first
BACKUP_DAYS = Option("backups/keep_days", 14, int)  # daily backups kept (days of use)
RECENT_KEEP = 8


def settings() -> QSettings:
    return QSettings()


def get(option: Option):  # noqa: ANN201
    value = settings().value(option.key, option.default)
    if option.kind is bool:
        return value in (True, "true", "1", 1)
    try:
        return option.kind(value) if value is not None else option.default
    except (TypeError, ValueError):
        return option.default


def put(option: Option, value: object) -> None:
    settings().setValue(option.key, value)


def save_geometry(name: str, widget) -> None:  # noqa: ANN001
    settings().setValue(f"geometry/{name}", widget.saveGeometry())


def restore_geometry(name: str, widget) -> None:  # noqa: ANN001
    data = settings().value(f"geometry/{name}")
    if data is not None:
        widget.restoreGeometry(data)
    fit_to_screen(widget)


def fit_to_screen(widget) -> None:  # noqa: ANN001
    """Keep a window inside the free area of its screen (a 1024×768 laptop included): a
    window larger than the screen shrinks, and its content scrolls instead."""
    screen = widget.screen() if hasattr(widget, "screen") else None
    if screen is None:
        return
    free = screen.availableGeometry()
    frame = widget.frameGeometry()
    extra_w = max(frame.width() - widget.width(), 0)
    extra_h = max(frame.height() - widget.height(), 0)
    if not widget.isVisible():  # the frame is not known before the window is shown: leave
        extra_w, extra_h = max(extra_w, 16), max(extra_h, 40)  # room for a usual one
    width = min(widget.width(), free.width() - extra_w)
    height = min(widget.height(), free.height() - extra_h)
    widget.setMinimumSize(min(widget.minimumWidth(), width), min(widget.minimumHeight(), height))
    if (width, height) != (widget.width(), widget.height()):
        widget.resize(width, height)


def consultant(db) -> str:  # noqa: ANN001
    """Who works at this computer: kept in the database (``services.people``), not here; an
    older choice still in the settings is moved there once."""
    from clusterdesk.gui import gateway
    from clusterdesk.services import people

    uuid = gateway.read_now(db, people.current_uuid)
    old = get(CONSULTANT)
    if not uuid and old:
        try:
            gateway.read_now(db, lambda s: (people.get(s, old), people.set_current(s, old)))
        except Exception:  # noqa: BLE001 - a person deleted meanwhile: nothing to move
            return ""
        put(CONSULTANT, "")
        return old
    return uuid


def recent_files() -> list[str]:
    """Databases opened lately, newest first (File → Open recent)."""
    try:
        found = json.loads(get(RECENT_FILES))
    except (TypeError, ValueError):
        return []
    return [p for p in found if isinstance(p, str)][:RECENT_KEEP]


def remember_file(path: Path | str) -> None:
    path = str(path)
    put(RECENT_FILES, json.dumps([path] + [p for p in recent_files() if p != path]
                                 [:RECENT_KEEP - 1], ensure_ascii=False))
