"""Atomic file writes for services (exports, reports): see ``clusterdesk.atomic``."""

from clusterdesk.atomic import atomic_path, atomic_write

__all__ = ["atomic_path", "atomic_write"]
