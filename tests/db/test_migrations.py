"""The schema: Alembic head matches db/models.py exactly, user_version mirrors it, re-opening is a no-op."""
import sqlite3

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlmodel import SQLModel

import db.models  # noqa: F401  (registers the tables on the metadata)
from db.engine import open_database, read_session, write_session
from db.migrate import MIGRATIONS, SCHEMA_VERSION, alembic_config, schema_version
from db.models import Category

FTS = "product_fts"
SEARCH_INDEXES = (FTS, "customer_fts")


def not_fts(name, type_, parent_names) -> bool:
    """The trigram index and its shadow tables are made by raw SQL in the migration, not by the models."""
    return not (type_ == "table" and name and name.startswith(SEARCH_INDEXES))


def table_names(path) -> set[str]:
    conn = sqlite3.connect(path)
    try:
        return {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    finally:
        conn.close()


def schema_sql(path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT type, name, sql FROM sqlite_master ORDER BY type, name").fetchall()
    finally:
        conn.close()


def test_user_version_matches_schema_version(tmp_path):
    """A new file is stamped with SCHEMA_VERSION, which counts the revisions, and Alembic is at head."""
    engine = open_database(tmp_path / "shop.db")
    try:
        assert schema_version(engine) == SCHEMA_VERSION
        script = ScriptDirectory(str(MIGRATIONS))
        assert SCHEMA_VERSION == len(list(script.walk_revisions()))
        with engine.connect() as conn:
            assert MigrationContext.configure(conn).get_current_revision() == script.get_current_head()
    finally:
        engine.dispose()


def test_alembic_head_creates_exactly_the_models(tmp_path):
    """Autogenerate finds no difference between the migrated file and SQLModel.metadata (FTS tables aside)."""
    engine = open_database(tmp_path / "shop.db")
    try:
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True, "include_name": not_fts})
            differences = compare_metadata(context, SQLModel.metadata)
    finally:
        engine.dispose()
    assert differences == []


def test_every_model_table_and_the_search_index_exist(tmp_path):
    """All tables of db/models.py are in the file, plus product_fts and the triggers that keep it in step."""
    engine = open_database(tmp_path / "shop.db")
    engine.dispose()
    names = table_names(tmp_path / "shop.db")
    assert set(SQLModel.metadata.tables) <= names
    assert FTS in names
    triggers = {row[1] for row in schema_sql(tmp_path / "shop.db") if row[0] == "trigger"}
    assert triggers == {f"{index}_{when}" for index in SEARCH_INDEXES for when in ("ai", "ad", "au")}


def test_opening_an_existing_file_twice_is_a_no_op(tmp_path):
    """Re-opening keeps the data and the schema exactly as they were."""
    path = tmp_path / "shop.db"
    engine = open_database(path)
    with write_session(engine) as session:
        session.add(Category(name="Panetteria"))
    engine.dispose()
    before = schema_sql(path)
    for _ in range(2):
        engine = open_database(path)
        with read_session(engine) as session:
            assert session.connection().exec_driver_sql("SELECT name FROM category").scalars().all() == ["Panetteria"]
        assert schema_version(engine) == SCHEMA_VERSION
        engine.dispose()
    assert schema_sql(path) == before


def test_current_file_does_not_run_alembic_at_all(tmp_path):
    """When user_version is current, opening costs one pragma: Alembic is not run (its table is not even read)."""
    path = tmp_path / "shop.db"
    open_database(path).dispose()
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE alembic_version")
    conn.commit()
    conn.close()
    open_database(path).dispose()
    assert "alembic_version" not in table_names(path)


def test_file_stamped_by_alembic_but_not_user_version_is_finished(tmp_path):
    """A first start killed between the migration and the stamp opens fine next time and gets stamped."""
    path = tmp_path / "shop.db"
    open_database(path).dispose()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 0")
    assert conn.execute("PRAGMA user_version").fetchone() == (0,)
    conn.close()
    engine = open_database(path)
    try:
        assert schema_version(engine) == SCHEMA_VERSION
    finally:
        engine.dispose()


def test_downgrade_to_base_removes_everything_and_upgrade_rebuilds(tmp_path):
    """The migration is reversible: down to base leaves only Alembic's table; up again matches the models."""
    path = tmp_path / "shop.db"
    engine = open_database(path)
    try:
        command.downgrade(alembic_config(engine), "base")
        assert table_names(path) == {"alembic_version"}
        command.upgrade(alembic_config(engine), "head")
        with engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"compare_type": True, "include_name": not_fts})
            assert compare_metadata(context, SQLModel.metadata) == []
    finally:
        engine.dispose()
    assert FTS in table_names(path)


def test_database_folder_is_created(tmp_path):
    """Opening a file in a folder that does not exist yet (first run) creates the folder."""
    path = tmp_path / "Bottega" / "data" / "shop.db"
    open_database(path).dispose()
    assert path.exists()


def test_a_shop_with_sales_upgrades_from_the_first_schema(tmp_path):
    """A real shop made on revision 0001 (customers, sales pointing at them) upgrades to head keeping every row."""
    from shop.demo import create_demo_shop

    path = tmp_path / "shop.db"
    create_demo_shop(path, customers=30, products=40, days=2)
    engine = open_database(path)
    command.downgrade(alembic_config(engine), "0001")
    with engine.begin() as conn:
        conn.exec_driver_sql("PRAGMA user_version=1")
        before = {t: conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar_one() for t in ("customer", "sale", "saleline", "payment")}
        linked = conn.exec_driver_sql("SELECT count(*) FROM sale WHERE customer_id IS NOT NULL").scalar_one()
    engine.dispose()
    assert before["sale"] and linked, "the demo must have sales with customers for this test to mean anything"

    engine = open_database(path)
    try:
        assert schema_version(engine) == SCHEMA_VERSION
        with engine.connect() as conn:
            after = {t: conn.exec_driver_sql(f"SELECT count(*) FROM {t}").scalar_one() for t in before}
            assert conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() == []
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar_one() == 1
            assert conn.exec_driver_sql("SELECT count(*) FROM sale WHERE customer_id IS NOT NULL").scalar_one() == linked
    finally:
        engine.dispose()
    assert after == before
