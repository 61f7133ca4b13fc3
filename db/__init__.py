"""Tables, the SQLite engine with the till's settings, and migrations.

    models.py         the till's tables (SQLModel); amounts in integer minor units, times UTC ISO text
    engine.py         open_database(): WAL and the production pragmas; read_session / write_session,
                      the unit of work every shop operation runs in
    migrate.py        bring a database to the current schema (SCHEMA_VERSION, Alembic)
    migrations/       the Alembic scripts, one per schema change, numbered in order
    ids.py            UUIDv7 ids and UTC timestamps, made where a record is born
    setting_rows.py   JSON rows of the `setting` table read into and written from dataclasses
    report_totals.py  the totals the owner's reports read, kept as sales commit

The bottom layer: db/ imports nothing else of Bottega's. Start at models.py.
"""
