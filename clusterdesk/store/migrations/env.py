"""Alembic environment: runs on the connection handed over by clusterdesk.store.migrate."""

from alembic import context

from clusterdesk.store import schema  # noqa: F401  (registers every table)
from clusterdesk.store.base import Base

FTS_TABLES = ("organizations_fts", "consultations_fts")


def include_object(obj, name, type_, reflected, compare_to):  # noqa: ANN001
    return not (type_ == "table" and (name.startswith(FTS_TABLES) or name == "alembic_version"))


connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata,
                  render_as_batch=True, include_object=include_object)
with context.begin_transaction():
    context.run_migrations()
