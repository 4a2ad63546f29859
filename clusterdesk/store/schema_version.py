"""The schema version, in one place: the numbered migration scripts themselves.

Each migration file is ``NNNN_what.py`` with Alembic revision ``NNNN``. The newest number is
the schema this ClusterDesk writes (also kept in ``PRAGMA user_version`` for a cheap check);
a database whose Alembic revision is not among these comes from a newer ClusterDesk.
Reading file names keeps Alembic out of start-up.
"""

from __future__ import annotations

from pathlib import Path

VERSIONS = Path(__file__).with_name("migrations") / "versions"


def known_revisions() -> tuple[str, ...]:
    """Every revision this program can migrate from or to, oldest first."""
    return tuple(sorted(p.name[:4] for p in VERSIONS.glob("[0-9][0-9][0-9][0-9]_*.py")))


KNOWN_REVISIONS = known_revisions()
SCHEMA_VERSION = int(KNOWN_REVISIONS[-1])
