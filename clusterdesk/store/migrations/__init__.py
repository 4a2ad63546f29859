"""Alembic migration scripts ``NNNN_what.py``; the newest number is the schema version."""
