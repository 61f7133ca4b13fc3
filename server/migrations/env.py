"""Alembic environment of the server's own schema (not the till's db/migrations)."""
from alembic import context
from sqlalchemy import create_engine

from server.models import ServerModel

MIGRATION_LOCK = 0x626F74746567  # any fixed number: the PostgreSQL advisory lock for upgrades

config = context.config
engine = config.attributes.get("engine") or create_engine(config.get_main_option("sqlalchemy.url"))

with engine.connect() as connection:
    postgres = connection.dialect.name == "postgresql"
    if postgres:
        # Several server processes may start together: one upgrades, the others wait, then see head.
        connection.exec_driver_sql(f"SELECT pg_advisory_lock({MIGRATION_LOCK})")
        connection.commit()
    try:
        context.configure(connection=connection, target_metadata=ServerModel.metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()
    finally:
        if postgres:
            connection.exec_driver_sql(f"SELECT pg_advisory_unlock({MIGRATION_LOCK})")
            connection.commit()
