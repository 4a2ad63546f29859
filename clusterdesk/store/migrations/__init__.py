"""Alembic migration scripts. Each one ends by setting PRAGMA user_version to its number."""
