"""Alembic environment: runs on the engine handed over by db.migrate (or one made from a URL)."""
from alembic import context
from sqlalchemy import create_engine

import db.models  # noqa: F401  (registers the tables on the metadata)
from sqlmodel import SQLModel

config = context.config
engine = config.attributes.get("engine") or create_engine(config.get_main_option("sqlalchemy.url"))

with engine.connect() as connection:
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:
        # Batch migrations rebuild a table (create new, copy, drop old, rename); with foreign keys
        # enforced, dropping a table that sales point at fails on every real shop. SQLite only
        # honours this pragma outside a transaction, so it goes straight to the driver.
        connection.connection.driver_connection.execute("PRAGMA foreign_keys=OFF")
    try:
        context.configure(connection=connection, target_metadata=SQLModel.metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
            if sqlite:
                broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:  # rolls the whole upgrade back: the old file stays as it was
                    raise RuntimeError(f"migration left rows pointing nowhere: {broken[:5]}")
        connection.commit()
    finally:
        if sqlite:
            connection.connection.driver_connection.execute("PRAGMA foreign_keys=ON")
