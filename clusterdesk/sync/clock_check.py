"""Is this computer's clock plausible? Checked at every export, told to the user.

A clock before the programme began, or far behind changes the database already holds, makes
every change of this computer lose against older ones (or be held back elsewhere).
"""

from __future__ import annotations

import datetime as dt

from clusterdesk.domain.hlc import Stamp
from clusterdesk.store.database import Database
from clusterdesk.store.field_stamps import max_ahead_ms
from clusterdesk.sync.hold import describe_span, stamp_time

EARLIEST_PLAUSIBLE = dt.datetime(2016, 1, 1)  # before the programme: a clock reset


def clock_warning(db: Database) -> str | None:
    """A sentence when this computer's clock looks wrong (checked at every export)."""
    wall = db.clock.wall_ms()
    now = dt.datetime.fromtimestamp(wall / 1000, dt.UTC).replace(tzinfo=None)
    if now < EARLIEST_PLAUSIBLE:
        return (f"This computer's clock reads {now:%Y-%m-%d}, before the programme began: "
                "set the date and time, or its changes will lose against older ones.")
    # The clock has observed every stamp this database holds (its own and those imported,
    # within the bound), so its last stamp is the newest change here: no table scan needed.
    newest = str(db.clock.last)
    ahead = Stamp.parse(newest).millis - wall
    if ahead > max_ahead_ms():
        return (f"This computer's clock reads {now:%Y-%m-%d %H:%M} UTC, {describe_span(ahead)} "
                f"behind changes this database already holds (stamped {stamp_time(newest)}): "
                "check the date and time of this computer; once they are right, re-date those "
                "changes (Sync view, or: clusterdesk redate), or other computers hold them "
                "back until then.")
    return None
