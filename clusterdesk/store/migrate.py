"""Alembic migrations, run programmatically on the open engine (no alembic.ini needed)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

MIGRATIONS = Path(__file__).with_name("migrations")


def alembic_config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config()).get_current_head() or ""


def upgrade(engine: Engine, revision: str = "head") -> None:
    cfg = alembic_config()
    with engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        number = int(conn.exec_driver_sql("SELECT version_num FROM alembic_version").scalar_one())
        if conn.dialect.name == "sqlite":  # PostgreSQL's check reads alembic_version
            conn.exec_driver_sql(f"PRAGMA user_version = {number}")  # the cheap check at open
        conn.commit()
