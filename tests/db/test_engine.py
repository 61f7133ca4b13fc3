"""The SQLite engine: production pragmas on every connection, immediate write locks, all-or-nothing writes."""
import sqlite3

import pytest
from sqlalchemy.exc import IntegrityError

from db.engine import BUSY_TIMEOUT_MS, make_engine, open_database, read_session, write_session
from db.models import Category, Setting


@pytest.fixture
def engine(tmp_path):
    """A freshly migrated, empty shop file."""
    engine = open_database(tmp_path / "till" / "shop.db")
    yield engine
    engine.dispose()


def pragmas(conn) -> dict:
    return {
        name: conn.exec_driver_sql(f"PRAGMA {name}").scalar_one()
        for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")
    }


EXPECTED = {"journal_mode": "wal", "synchronous": 2, "foreign_keys": 1, "busy_timeout": BUSY_TIMEOUT_MS}


def test_pragmas_on_every_pooled_connection(engine):
    """Several connections open at once, and a new one after the pool is emptied, all carry the pragmas."""
    connections = [engine.connect() for _ in range(3)]
    try:
        assert len({id(c.connection.dbapi_connection) for c in connections}) == 3
        for conn in connections:
            assert pragmas(conn) == EXPECTED
    finally:
        for conn in connections:
            conn.close()
    engine.dispose()
    with engine.connect() as conn:
        assert pragmas(conn) == EXPECTED


def test_pragmas_inside_read_and_write_sessions(engine):
    """The sessions the services use run on connections with the pragmas too."""
    with write_session(engine) as session:
        assert pragmas(session.connection()) == EXPECTED
    with read_session(engine) as session:
        assert pragmas(session.connection()) == EXPECTED


def test_busy_timeout_is_at_least_a_few_seconds():
    """A writer waits long enough for another till's sale to commit instead of failing at once."""
    assert BUSY_TIMEOUT_MS >= 5000


def test_file_is_really_in_wal_mode(engine, tmp_path):
    """WAL is a property of the file: a plain sqlite3 connection without our settings sees it too."""
    plain = sqlite3.connect(tmp_path / "till" / "shop.db")
    try:
        assert plain.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    finally:
        plain.close()


def test_foreign_keys_are_enforced(engine):
    """A row pointing at nothing is refused (SQLite's default would accept it)."""
    with pytest.raises(IntegrityError):
        with write_session(engine) as session:
            session.connection().exec_driver_sql(
                "INSERT INTO quickkey (position, product_id) VALUES (1, 'no-such-product')"
            )


def test_write_session_takes_the_write_lock_at_begin(engine, tmp_path):
    """BEGIN IMMEDIATE: while a write is open, another writer cannot even begin, before any row is written."""
    other = sqlite3.connect(tmp_path / "till" / "shop.db", timeout=0, isolation_level=None)
    try:
        with write_session(engine) as session:
            session.connection()  # the transaction has begun; nothing written yet
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
        other.execute("BEGIN IMMEDIATE")  # free again once the write committed
        other.execute("ROLLBACK")
    finally:
        other.close()


def test_readers_are_not_blocked_by_a_writer(engine):
    """While a write transaction is open, a read session still sees the last committed state."""
    with write_session(engine) as session:
        session.add(Category(name="Committed"))
    with write_session(engine) as writer:
        writer.add(Category(name="Uncommitted"))
        writer.flush()
        with read_session(engine) as reader:
            names = [r[0] for r in reader.connection().exec_driver_sql("SELECT name FROM category")]
        assert names == ["Committed"]


def test_write_session_is_all_or_nothing(engine):
    """An error inside a write session rolls back every row it wrote."""
    with pytest.raises(RuntimeError):
        with write_session(engine) as session:
            session.add(Category(name="Panetteria"))
            session.add(Setting(key="x", value={"a": 1}))
            session.flush()
            raise RuntimeError("the cashier's action failed half-way")
    with read_session(engine) as session:
        conn = session.connection()
        assert conn.exec_driver_sql("SELECT count(*) FROM category").scalar_one() == 0
        assert conn.exec_driver_sql("SELECT count(*) FROM setting").scalar_one() == 0


def test_committed_write_is_visible_to_a_new_engine(engine, tmp_path):
    """What a write session committed is in the file: a second engine on it reads it back."""
    with write_session(engine) as session:
        session.add(Setting(key="greeting", value={"it": "Buongiorno"}))
    second = make_engine(tmp_path / "till" / "shop.db")
    try:
        with read_session(second) as session:
            assert session.get(Setting, "greeting").value == {"it": "Buongiorno"}
    finally:
        second.dispose()


def test_objects_stay_readable_after_commit(engine):
    """Sessions do not expire on commit: a service can return the rows it wrote."""
    with write_session(engine) as session:
        category = Category(name="Macelleria")
        session.add(category)
    assert category.name == "Macelleria" and category.id


def test_a_write_waiting_goes_before_the_next_background_write():
    """WriteGate: while a history write runs, a sale's write waits for it and then goes before the next history write."""
    import threading

    from db.engine import WriteGate

    gate, order, history_inside, release = WriteGate(), [], threading.Event(), threading.Event()

    def write(name, background, hold=None):
        with gate.write(background):
            order.append(name)
            if hold:
                history_inside.set()
                release.wait(10)

    first = threading.Thread(target=write, args=("history 1", True, True))
    first.start()
    history_inside.wait(10)
    sale = threading.Thread(target=write, args=("sale", False))
    sale.start()
    while not gate._others:  # the sale is waiting at the gate
        threading.Event().wait(0.001)
    second = threading.Thread(target=write, args=("history 2", True))
    second.start()
    release.set()
    for thread in (first, sale, second):
        thread.join(10)
    assert order == ["history 1", "sale", "history 2"]


def test_a_thread_already_writing_passes_the_gate():
    """A background write inside another write of the same thread goes through the gate (never waits on itself)."""
    from db.engine import WriteGate

    gate, reached = WriteGate(), []
    with gate.write(background=False), gate.write(background=True):
        reached.append(True)
    with gate.write(background=True):  # and the gate is free again afterwards
        reached.append(True)
    assert reached == [True, True]


def test_no_one_waits_at_the_gate_past_its_limit():
    """A background write held up by a write that never ends goes on after the gate's limit (SQLite's own lock decides then)."""
    import threading

    from db.engine import WriteGate

    gate, release, went = WriteGate(wait_s=0.05), threading.Event(), []

    def stuck():
        with gate.write(background=False):
            release.wait(10)

    holder = threading.Thread(target=stuck)
    holder.start()
    while not gate._others:  # the stuck write is inside
        threading.Event().wait(0.001)
    with gate.write(background=True):
        went.append("history")
    release.set()
    holder.join(10)
    assert went == ["history"] and not gate._others and not gate._background
