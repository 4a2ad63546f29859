"""Storage: SQLAlchemy models, the database file, Alembic migrations, reference data."""
