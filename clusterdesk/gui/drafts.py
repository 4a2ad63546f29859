"""Drafts of forms being filled, saved as the user types, so a crash or a closed lid loses
nothing; the next start offers them back."""

from __future__ import annotations

import json

from clusterdesk.gui.settings import settings

KEY = "drafts/{kind}"
CONSULTATION = "consultation"  # a new consultation being recorded (offered back at start)


def save(kind: str, database: str, data: dict) -> None:
    s = settings()
    s.setValue(KEY.format(kind=kind), json.dumps({"database": database, "data": data},
                                                 ensure_ascii=False))
    s.sync()  # on disk now, not at exit


def load(kind: str, database: str) -> dict | None:
    raw = settings().value(KEY.format(kind=kind))
    if not raw:
        return None
    try:
        stored = json.loads(raw)
    except (TypeError, ValueError):
        return None
    return stored.get("data") if stored.get("database") == database else None


def discard(kind: str) -> None:
    s = settings()
    s.remove(KEY.format(kind=kind))
    s.sync()
