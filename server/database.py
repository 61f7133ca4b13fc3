"""The server's engine: embedded SQLite by default, PostgreSQL (psycopg 3) by URL; and its migrations.

SQLite writes start with BEGIN IMMEDIATE so concurrent requests queue for the write lock instead
of failing halfway; PostgreSQL runs READ COMMITTED with the shop row locked per push.
"""
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

import platformdirs
from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlmodel import Session

MIGRATIONS = Path(__file__).parent / "migrations"
BUSY_TIMEOUT_MS = 15_000
SQLITE_PRAGMAS = ("PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON",
                  f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")


def default_database_url() -> str:
    folder = Path(platformdirs.user_data_dir("bottega-server", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    return f"sqlite:///{folder / 'server.db'}"


def normalise_url(url: str) -> str:
    """postgres:// and postgresql:// mean psycopg 3 here (SQLAlchemy would pick psycopg2)."""
    parsed = make_url(url)
    if parsed.drivername in ("postgres", "postgresql"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    return parsed.render_as_string(hide_password=False)


def make_engine(url: str) -> Engine:
    url = normalise_url(url)
    if not url.startswith("sqlite"):
        return create_engine(url, pool_pre_ping=True, pool_size=10, max_overflow=10)
    engine = create_engine(url, connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000})

    @event.listens_for(engine, "connect")
    def _configure(dbapi_conn, _record):
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves, below
        for pragma in SQLITE_PRAGMAS:
            dbapi_conn.execute(pragma)

    @event.listens_for(engine, "begin")
    def _begin(conn):
        conn.exec_driver_sql(f"BEGIN {conn.get_execution_options().get('sqlite_begin', 'DEFERRED')}")

    return engine


def upgrade(engine: Engine) -> None:
    """Bring the database to the current schema; safe when several processes start at once."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["engine"] = engine
    command.upgrade(config, "head")


@contextmanager
def write_session(engine: Engine) -> Iterator[Session]:
    with Session(engine.execution_options(sqlite_begin="IMMEDIATE"), expire_on_commit=False) as session:
        with session.begin():
            yield session


@contextmanager
def read_session(engine: Engine) -> Iterator[Session]:
    with Session(engine, expire_on_commit=False) as session:
        with session.begin():
            yield session
