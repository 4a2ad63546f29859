"""Record values as JSON holds them: one conversion for sync files and proofs of origin.

Kept under ``store`` so that both the sync layer (writing files) and the stamping of local
edits (noting what a proof of origin covered) turn a value into the same JSON.
"""

from __future__ import annotations

import base64
import datetime as dt
import decimal
import enum
from typing import Any


def json_default(value: Any) -> Any:
    """``json.dumps`` hook: dates as ISO strings, enums by value, bytes as base64."""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, decimal.Decimal):
        return float(value)
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    raise TypeError(f"cannot write {type(value).__name__} to a sync file")


def to_json_value(value: Any) -> Any:
    if value is None or isinstance(value, str | int | float | bool | list | dict):
        return value.value if isinstance(value, enum.Enum) else value
    return json_default(value)
