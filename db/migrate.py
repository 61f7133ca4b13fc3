"""Bring a shop database to the current schema with Alembic.

`PRAGMA user_version` mirrors the schema revision count so the common case (already current)
costs one pragma at start-up instead of loading Alembic.
"""
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS = Path(__file__).parent / "migrations"
SCHEMA_VERSION = 13  # bump together with each new revision in migrations/versions


def alembic_config(engine: Engine) -> "Config":
    # Imported here, not above: Alembic costs a quarter of a second at every start of the till.
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    return config


def schema_version(engine: Engine) -> int:
    with engine.connect() as conn:
        return conn.exec_driver_sql("PRAGMA user_version").scalar_one()


def upgrade(engine: Engine) -> None:
    """Apply any pending migrations; a no-op when the file is already current."""
    if schema_version(engine) == SCHEMA_VERSION:
        return
    from alembic import command

    command.upgrade(alembic_config(engine), "head")
    with engine.begin() as conn:
        conn.exec_driver_sql(f"PRAGMA user_version={SCHEMA_VERSION}")
