"""Read-only looks into a shop file for the tests: row counts and rows as plain dicts, straight from SQLite."""
import json

from db.engine import read_session

TABLES = ("sale", "saleline", "payment", "outbox", "auditevent", "parkedsale", "cashmovement", "zreport", "shift")


def counts(engine) -> dict[str, int]:
    """How many rows each table the till writes holds now."""
    with read_session(engine) as session:
        conn = session.connection()
        return {table: conn.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one() for table in TABLES}


def rows(engine, sql: str, *params) -> list[dict]:
    """The result of `sql` as a list of dicts."""
    with read_session(engine) as session:
        result = session.connection().exec_driver_sql(sql, params)
        return [dict(row._mapping) for row in result]


def next_receipt(engine, till_id: str = "T1") -> int:
    """The receipt number the till will use next (1 when it has never sold)."""
    found = rows(engine, "SELECT next_receipt FROM tillcounter WHERE till_id = ?", till_id)
    return found[0]["next_receipt"] if found else 1


def audit_events(engine, action: str) -> list[dict]:
    """Audit events of one kind, oldest first, with their JSON detail decoded."""
    found = rows(engine, "SELECT * FROM auditevent WHERE action = ? ORDER BY at, id", action)
    for event in found:
        event["detail"] = json.loads(event["detail"])
    return found
