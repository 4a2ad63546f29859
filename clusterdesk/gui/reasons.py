"""Errors and field problems in the window's language, translated from their codes.

The English templates live in ``clusterdesk.errors.MESSAGES`` (lupdate reads that file, context
"Error"; field names context "Field"); here each is passed through ``tr()`` and filled with the
error's parameters. An enum parameter shows its label, a ``{ru, kk, en}`` name its language.
Nothing here looks at the English sentence.
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from clusterdesk.errors import (
    FIELDS,
    MESSAGES,
    TEXT,
    ClusterDeskError,
    Reason,
    ValidationError,
    render,
)
from clusterdesk.gui import labels


def _label(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return labels.enum_label(type(value).__name__, value)
    if isinstance(value, list | tuple):
        return [_label(v) for v in value]
    return value


def _params(params: Mapping[str, Any]) -> dict[str, Any]:
    return {key: _label(value) for key, value in params.items()}


def message_text(code: str, params: Mapping[str, Any]) -> str:
    """The message of ``code`` in the window's language, placeholders filled."""
    if code == TEXT:
        return str(params.get("text", ""))
    source = MESSAGES.get(code, code)
    return render(QCoreApplication.translate("Error", source), _params(params),
                  labels.language(), fallback=source)


def reason_text(reason: str) -> str:
    """A field's problem (a ``Reason`` from the rules) in the window's language."""
    if isinstance(reason, Reason):
        return message_text(reason.code, reason.params)
    return reason


def field_text(field: str) -> str:
    source = FIELDS.get(field)
    return QCoreApplication.translate("Field", source) if source else field


def error_text(exc: BaseException) -> str:
    """A ClusterDeskError as one translated sentence ('Field: reason' for a field's problem)."""
    if isinstance(exc, ValidationError):
        return f"{field_text(exc.field)}: {reason_text(exc.reason)}"
    if isinstance(exc, ClusterDeskError):
        return message_text(exc.code, exc.params)
    return str(exc)
