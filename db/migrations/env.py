"""Alembic environment: runs on the engine handed over by db.migrate (or one made from a URL)."""
from alembic import context
from sqlalchemy import create_engine

import db.models  # noqa: F401  (registers the tables on the metadata)
from sqlmodel import SQLModel

config = context.config
engine = config.attributes.get("engine") or create_engine(config.get_main_option("sqlalchemy.url"))

with engine.connect() as connection:
    context.configure(connection=connection, target_metadata=SQLModel.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
    connection.commit()
