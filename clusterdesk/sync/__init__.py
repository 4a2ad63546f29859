"""Sync files: export, import, merge."""
