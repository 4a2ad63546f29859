"""Errors a user can cause. Each carries one clear sentence: what, where, why."""


class ClusterDeskError(Exception):
    """A failure the user can act on; shown as a plain message, never as a traceback."""


class ValidationError(ClusterDeskError):
    """A field holds a value the rules refuse."""

    def __init__(self, field: str, reason: str) -> None:
        super().__init__(f"{field}: {reason}")
        self.field = field
        self.reason = reason


class DatabaseError(ClusterDeskError):
    """The database file cannot be used (not ours, damaged, or from a newer ClusterDesk)."""
