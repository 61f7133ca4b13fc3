"""What the till's sync screens may do and know: the worker's client, enrolling, signing out, and one
reading of the sync's figures (what waits, what was set aside, the history's progress).

ui/sync_service.py, ui/sync_settings.py and ui/owner_server_sign_in.py reach the sync only through
here, so they never open a session (ui/ does not import db/). Each function is one transaction.
"""
from dataclasses import dataclass

from sqlalchemy import Engine

from db.engine import read_session
from db.ids import utc_now
from shop.owner_session import waiting_owner_changes
from shop.sync_client import SyncClient, SyncConfig, SyncReport, is_offline, load_config, new_http_client, waiting
from shop.sync_enrolment import disconnect, enrol, refuse_while_waiting
from shop.sync_history import history_progress, over_refunds
from shop.sync_set_aside import set_aside_records

# What the sync service uses as it is (re-exported: its one door into the sync).
__all__ = ["SyncClient", "SyncConfig", "SyncFigures", "SyncReport", "config", "disconnect", "enrol", "figures",
           "is_offline", "new_http_client", "now", "refuse_while_waiting"]
now = utc_now


@dataclass(frozen=True)
class SyncFigures:
    config: SyncConfig | None  # None: this till works on its own
    waiting: int  # changes made here not yet on the server
    owner_waiting: int  # of those, the catalogue and settings changes that need an owner's sign-in
    set_aside: int  # pulled records this till could not use, kept aside
    set_aside_latest: list  # the last `latest` of them: seq, kind, id, reason, at
    over_refunds: int  # lines two tills refunded beyond what was sold while offline
    history: tuple[int, int, bool] | None  # (records here, total, done) of the shop's history; None before it starts


def config(engine: Engine) -> SyncConfig | None:
    """Where this till is enrolled, or None."""
    with read_session(engine) as session:
        return load_config(session)


def figures(engine: Engine, latest: int = 3) -> SyncFigures:
    """What the status line and the settings screen show (cheap: indexed counts and two settings rows)."""
    with read_session(engine) as session:
        enrolment = load_config(session)
        aside = set_aside_records(session)
        over = len(over_refunds(session))
    count = waiting(engine)
    return SyncFigures(enrolment, count, waiting_owner_changes(engine) if count else 0, aside.count,
                       aside.records[-latest:], over, history_progress(engine) if enrolment is not None else None)
