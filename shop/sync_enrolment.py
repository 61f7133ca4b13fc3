"""Joining and leaving a server: enrol with the owner's code, export what still waits, sign out.

A till's waiting changes belong to the server it is enrolled with, so leaving (or switching) is
refused while any wait, unless they are first written to a file (`disconnect(export_to=...)`).
"""
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from db.engine import read_session, write_session
from db.ids import utc_now
from db.models import Setting
from shop.outbox import pending_count
from shop.settings import load_settings
from shop.sync_client import CURSOR_KEY, SYNC_KEY, SyncConfig, load_config, new_http_client
from shop.sync_errors import ChangesWaiting, CodeRefused, ServerFailed, ServerNotReached
from shop.sync_history import HISTORY_KEY
from syncwire import messages as m

if TYPE_CHECKING:
    import httpx


def refuse_while_waiting(engine: Engine) -> None:
    """An enrolled till's waiting changes belong to its server: never orphan them by leaving it."""
    with read_session(engine) as session:
        count = pending_count(session) if load_config(session) else 0
    if count:
        raise ChangesWaiting(count)


def enrol(engine: Engine, server_url: str, code: str, till_name: str, http: "httpx.Client | None" = None) -> SyncConfig:
    """Spend the owner's code at the server and keep this till's device token.

    CodeRefused if the server does not take the code, ServerFailed if it answers with an error,
    ServerNotReached if it does not answer (or the address is no address).

    A till already enrolled (re-enrolling, or switching server) must have delivered every waiting
    change first: ChangesWaiting before the code is spent. A till never enrolled delivers what it
    made on its own to the server it joins. On another server or shop the pull starts over.
    """
    refuse_while_waiting(engine)
    with read_session(engine) as session:
        settings = load_settings(session)
    body = {"code": code, "till_name": till_name, "currency": settings.currency,
            "currency_exponent": settings.currency_exponent}
    enrolled = _spend_code(server_url, body, http)
    config = SyncConfig(server_url.rstrip("/"), enrolled.shop_id, enrolled.till_id, enrolled.device_token)
    with write_session(engine) as session:
        if pending_count(session) and load_config(session):
            raise ChangesWaiting(pending_count(session))  # made while the code travelled; the new token is dropped
        previous = load_config(session)
        if previous is None or (previous.server_url, previous.shop_id) != (config.server_url, config.shop_id):
            for key in (CURSOR_KEY, HISTORY_KEY):
                cursor = session.get(Setting, key)
                if cursor is not None:
                    session.delete(cursor)
        stored = session.get(Setting, SYNC_KEY)
        if stored is None:
            session.add(Setting(key=SYNC_KEY, value=config.__dict__))
        else:
            stored.value = config.__dict__
    return config


def _spend_code(server_url: str, body: dict, http: "httpx.Client | None") -> m.EnrolledTill:
    """The enrolment request, its failures turned into the sync's typed errors."""
    import httpx  # loaded lazily, like new_http_client does

    client = http or new_http_client()
    try:
        answer = client.post(f"{server_url.rstrip('/')}{m.API}/enrol", json=body)
    except (httpx.HTTPError, httpx.InvalidURL, OSError, ValueError) as exc:
        raise ServerNotReached(f"{type(exc).__name__}: {exc}") from exc
    finally:
        if http is None:
            client.close()
    if answer.status_code in (401, 403, 404):
        raise CodeRefused(answer.status_code)
    if answer.is_error:
        raise ServerFailed(answer.status_code)
    try:
        return m.EnrolledTill(**answer.json())
    except (ValueError, TypeError) as exc:  # not JSON, or not an enrolment: no server of ours answered
        raise ServerFailed(0) from exc


def export_waiting(engine: Engine, path: Path) -> int:
    """Write every change still waiting for the server to a JSON file; how many were written."""
    with read_session(engine) as session:
        config = load_config(session)
        rows = session.connection().exec_driver_sql(
            "SELECT seq, record_type, record_id, payload, created_at FROM outbox WHERE sent_at IS NULL ORDER BY seq").fetchall()
    document = {
        "exported_at": utc_now(),
        "server_url": config.server_url if config else None,
        "shop_id": config.shop_id if config else None,
        "till_id": config.till_id if config else None,
        "records": [{"seq": seq, "kind": kind, "id": record_id, "payload": json.loads(payload) if isinstance(payload, str) else payload, "created_at": created}
                    for seq, kind, record_id, payload, created in rows],
    }
    tmp = Path(f"{path}.part")
    with open(tmp, "w", encoding="utf-8") as out:
        json.dump(document, out, ensure_ascii=False, indent=1)
        out.flush()
        os.fsync(out.fileno())  # on the disk before the rows are marked handed over
    tmp.replace(path)  # a half-written export never looks like a whole one
    return len(rows)


def disconnect(engine: Engine, export_to: Path | None = None) -> int:
    """Sign this till out of its server (forget the token and cursor); how many waiting changes were exported.

    Refused with ChangesWaiting while changes wait, unless `export_to` names a file: then they are
    written there first, and only then marked as handed over, in one transaction with the sign-out.
    """
    exported, last = 0, None
    with read_session(engine) as session:
        if load_config(session) is None:
            return 0  # not enrolled: nothing to leave, and what waits goes to the first server joined
        count = pending_count(session)
    if count:
        if export_to is None:
            raise ChangesWaiting(count)
        exported = export_waiting(engine, export_to)
        if exported:
            last = json.loads(Path(export_to).read_text(encoding="utf-8"))["records"][-1]["seq"]
    with write_session(engine) as session:
        conn = session.connection()
        if last is not None:
            # Only what the file holds: a sale made meanwhile stays waiting for the next server.
            conn.exec_driver_sql("UPDATE outbox SET sent_at = ? WHERE sent_at IS NULL AND seq <= ?", (utc_now(), last))
        for key in (SYNC_KEY, CURSOR_KEY, HISTORY_KEY):
            row = session.get(Setting, key)
            if row is not None:
                session.delete(row)
    return exported
