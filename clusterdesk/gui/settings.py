"""Preferences, declared once with their types and defaults (stored with QSettings)."""

from __future__ import annotations

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
