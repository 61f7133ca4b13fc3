"""The SQLite engine with the till's production settings, and the unit of work.

WAL journal, synchronous=FULL (a sale the cashier saw completed survives a pulled plug), foreign
keys on, a busy timeout. Write transactions start with BEGIN IMMEDIATE so two processes on one
file queue for the write lock instead of failing halfway through with "database is locked".

Within the till's process, background writes (the shop's history arriving, many short
transactions one after another) give way to every other write: see WriteGate.
"""
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import Engine, create_engine, event
from sqlmodel import Session

BUSY_TIMEOUT_MS = 10_000
# The catalogue of a large shop (50,000 products with their search indexes) stays in SQLite's own
# page cache (the default holds 2 MiB): type-to-find then reads memory, not the file, per keystroke.
CACHE_KIB = 65_536

PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    "PRAGMA foreign_keys=ON",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
    f"PRAGMA cache_size=-{CACHE_KIB}",
)


def make_engine(path: str | Path) -> Engine:
    """An engine on the shop database file at `path` with the till's pragmas on every connection."""
    engine = create_engine(
        f"sqlite:///{Path(path)}",
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
    )

    @event.listens_for(engine, "connect")
    def _configure(dbapi_conn, _record):
        # We issue BEGIN ourselves (below); pysqlite's implicit transactions would defer the lock.
        dbapi_conn.isolation_level = None
        for pragma in PRAGMAS:
            dbapi_conn.execute(pragma)

    @event.listens_for(engine, "begin")
    def _begin(conn):
        options = conn.get_execution_options()
        # FULL unless a write asks otherwise (history_write_session); SQLite takes it only between transactions.
        synchronous = options.get("sqlite_synchronous", "FULL")
        if conn.info.get("synchronous", "FULL") != synchronous:
            conn.exec_driver_sql(f"PRAGMA synchronous={synchronous}")
            conn.info["synchronous"] = synchronous
        conn.exec_driver_sql(f"BEGIN {options.get('sqlite_begin', 'DEFERRED')}")

    return engine


class WriteGate:
    """Who writes next to one database file within this process: a background write waits while
    any other write waits or runs, and every other write waits only for the background write
    under way, woken the moment it commits.

    Without it a sale completed while the history arrives meets SQLite's busy handler, which sleeps
    1, 2, 5, 10, 20 ... ms between tries and can find the lock taken again by the next history
    transaction each time it wakes. A thread already inside a write passes through (never its own
    deadlock), and no one waits at the gate longer than the busy timeout: past it, SQLite's own
    lock decides, as without the gate.
    """

    def __init__(self, wait_s: float = BUSY_TIMEOUT_MS / 1000) -> None:
        self._wait_s = wait_s
        self._changed = threading.Condition()
        self._others = 0  # other writes waiting or under way
        self._background = 0  # background writes under way (one, unless a wait timed out)
        self._inside = threading.local()

    @contextmanager
    def write(self, background: bool) -> Iterator[None]:
        if getattr(self._inside, "depth", 0):
            self._inside.depth += 1
            try:
                yield
            finally:
                self._inside.depth -= 1
            return
        with self._changed:
            if background:
                self._changed.wait_for(lambda: not self._others and not self._background, self._wait_s)
                self._background += 1
            else:
                self._others += 1
                self._changed.wait_for(lambda: not self._background, self._wait_s)
        self._inside.depth = 1
        try:
            yield
        finally:
            self._inside.depth = 0
            with self._changed:
                if background:
                    self._background -= 1
                else:
                    self._others -= 1
                self._changed.notify_all()

    def make_way(self, limit_s: float = 0.05) -> None:
        """For a background worker between pieces of its Python work, outside its writes: wait while
        another write waits or runs (at most `limit_s`). The two threads share one interpreter, so a
        sale's write done while history is checked alongside took twice as long."""
        if self._others:  # read without the lock: a stale answer costs one piece of work, no more
            with self._changed:
                self._changed.wait_for(lambda: not self._others, limit_s)


_gates: dict[str, WriteGate] = {}
_gates_lock = threading.Lock()


def write_gate(engine: Engine) -> WriteGate:
    """The gate of `engine`'s database file (every engine on the same file shares it)."""
    with _gates_lock:
        return _gates.setdefault(str(engine.url), WriteGate())


@contextmanager
def write_session(engine: Engine) -> Iterator[Session]:
    """One user action's write: everything inside commits together or not at all."""
    with write_gate(engine).write(background=False):
        with Session(engine.execution_options(sqlite_begin="IMMEDIATE"), expire_on_commit=False) as session:
            with session.begin():
                yield session


@contextmanager
def refetchable_write_session(engine: Engine) -> Iterator[Session]:
    """A background write of what the server can send again (a pulled page with its cursor),
    after every other write of this process that waits (WriteGate); committed with
    synchronous=NORMAL, which in WAL mode keeps it atomic but may lose it at a power cut, cursor
    and all, so the till simply fetches it again. Skipping the fsync is most of a history page's cost."""
    options = dict(sqlite_begin="IMMEDIATE", sqlite_synchronous="NORMAL")
    with write_gate(engine).write(background=True):
        with Session(engine.execution_options(**options), expire_on_commit=False) as session:
            with session.begin():
                yield session


@contextmanager
def read_session(engine: Engine) -> Iterator[Session]:
    """A read-only look at a consistent snapshot."""
    with Session(engine, expire_on_commit=False) as session:
        with session.begin():
            yield session


def open_database(path: str | Path) -> Engine:
    """The shop database at `path`, created or migrated to the current schema."""
    from db.migrate import upgrade

    Path(path).parent.mkdir(parents=True, exist_ok=True)
    engine = make_engine(path)
    upgrade(engine)
    return engine
