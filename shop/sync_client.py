"""The till's side of sync: enrol once, push the outbox in batches, pull the shop's changes by cursor.

- Push: pending outbox rows go in seq order, a batch at a time; a row is marked sent only when
  the server's answer lists it accepted. A rejected row stays pending (and is reported), but the
  walk goes on past it, so one bad record never holds the rest back.
- Pull: each page of changes is applied in one write transaction together with the new cursor,
  so a crash between pages resumes exactly after the last page applied.
- The server is never waited on by the cashier: `run` is meant for a background thread and backs
  off with full jitter (AWS architecture blog, "Exponential Backoff And Jitter") when offline.
"""
import json
import random
import threading
from dataclasses import dataclass, field
from datetime import datetime, timezone

import httpx
from sqlalchemy import Engine
from sqlmodel import Session

from db.engine import read_session, write_session
from db.ids import utc_now
from db.models import Setting
from shop.sync_apply import TILL_PULL_KINDS, apply_page
from shop.sync_lock import sync_lock
from syncwire import messages as m

SYNC_KEY = "sync"  # server URL, shop and till ids, device token
CURSOR_KEY = "sync.cursor"
BATCH = 200
PAGE = 500
BACKOFF_BASE_S = 1.0
BACKOFF_CAP_S = 300.0


@dataclass(frozen=True)
class SyncConfig:
    server_url: str
    shop_id: str
    till_id: str
    device_token: str


@dataclass
class SyncReport:
    sent: int = 0
    rejected: list[m.Rejected] = field(default_factory=list)
    pulled: int = 0
    applied: int = 0
    clock_offset_s: float | None = None  # server clock minus ours; the till warns past a few minutes


def clock_offset(server_time: str) -> float:
    """Seconds the server's clock is ahead of this machine's (negative: behind), from a response."""
    return (datetime.fromisoformat(server_time) - datetime.now(timezone.utc)).total_seconds()


def load_config(session: Session) -> SyncConfig | None:
    row = session.get(Setting, SYNC_KEY)
    return SyncConfig(**row.value) if row and isinstance(row.value, dict) else None


def enrol(engine: Engine, server_url: str, code: str, till_name: str, http: httpx.Client | None = None) -> SyncConfig:
    """Spend the owner's code at the server and keep this till's device token; HTTPStatusError if refused."""
    client = http or httpx.Client(timeout=30)
    try:
        answer = client.post(f"{server_url.rstrip('/')}{m.API}/enrol", json={"code": code, "till_name": till_name})
        answer.raise_for_status()
    finally:
        if http is None:
            client.close()
    enrolled = m.EnrolledTill(**answer.json())
    config = SyncConfig(server_url.rstrip("/"), enrolled.shop_id, enrolled.till_id, enrolled.device_token)
    with write_session(engine) as session:
        session.add(Setting(key=SYNC_KEY, value=config.__dict__))
    return config


def backoff_delay(failures: int, rng: random.Random | None = None) -> float:
    """Seconds to wait after `failures` failed attempts in a row: full jitter under a capped exponential."""
    ceiling = min(BACKOFF_CAP_S, BACKOFF_BASE_S * 2 ** max(failures - 1, 0))
    return (rng or random).uniform(0, ceiling)


class SyncClient:
    def __init__(self, engine: Engine, config: SyncConfig, http: httpx.Client | None = None,
                 batch: int = BATCH, page: int = PAGE):
        self.engine = engine
        self.config = config
        self.batch = batch
        self.page = page
        self.http = http or httpx.Client(timeout=30)
        self.http.headers["Authorization"] = f"Bearer {config.device_token}"

    def close(self) -> None:
        self.http.close()

    def _url(self, path: str) -> str:
        return f"{self.config.server_url}{m.API}{path}"

    def push(self, report: SyncReport) -> None:
        """Send every row pending now, in batches; mark what the server accepted as sent."""
        after = 0
        while True:
            with read_session(self.engine) as session:
                rows = session.connection().exec_driver_sql(
                    "SELECT seq, record_type, record_id, payload FROM outbox WHERE sent_at IS NULL AND seq > ? "
                    "ORDER BY seq LIMIT ?", (after, self.batch)).fetchall()
            if not rows:
                return
            records = [m.Record(kind=kind, id=record_id, payload=_json(payload)) for _, kind, record_id, payload in rows]
            answer = self.http.post(self._url("/push"), json=m.PushBatch(shop_id=self.config.shop_id, records=records).model_dump())
            answer.raise_for_status()
            result = m.PushResult(**answer.json())
            report.clock_offset_s = clock_offset(result.server_time)
            refused = {(r.kind, r.id) for r in result.rejected}
            taken = {(a.kind, a.id) for a in result.accepted} - refused
            sent = [seq for seq, kind, record_id, _ in rows if (kind, record_id) in taken]
            if sent:
                with write_session(self.engine) as session:
                    session.connection().exec_driver_sql(
                        f"UPDATE outbox SET sent_at = ? WHERE seq IN ({','.join('?' * len(sent))})", (utc_now(), *sent))
            report.sent += len(sent)
            report.rejected += result.rejected
            after = rows[-1][0]

    def pull(self, report: SyncReport) -> None:
        """Fetch and apply the shop's changes after the stored cursor, page by page."""
        while True:
            with read_session(self.engine) as session:
                row = session.get(Setting, CURSOR_KEY)
                cursor = int(row.value) if row else 0
            answer = self.http.get(self._url("/changes"), params={"after": cursor, "limit": self.page, "kinds": ",".join(TILL_PULL_KINDS)})
            answer.raise_for_status()
            page = m.ChangePage(**answer.json())
            report.clock_offset_s = clock_offset(page.server_time)
            with write_session(self.engine) as session:
                stored = session.get(Setting, CURSOR_KEY)
                if stored is not None and int(stored.value) != cursor:
                    return  # another worker moved the cursor meanwhile: its pull wins, ours is dropped
                report.applied += apply_page(session, page.changes)
                session.add(Setting(key=CURSOR_KEY, value=page.cursor) if stored is None else _moved(stored, page.cursor))
            report.pulled += len(page.changes)
            if not page.more:
                return

    def sync_once(self) -> SyncReport:
        """Push what waits, then pull; httpx errors propagate (the caller backs off)."""
        report = SyncReport()
        self.push(report)
        self.pull(report)
        return report

    def run(self, stop: threading.Event, interval_s: float = 30.0, on_report=None, on_error=None) -> None:
        """Sync until `stop` is set: every `interval_s` when online, backing off with jitter when not.

        SyncBusy at once if another worker already syncs this database (a second copy of the app).
        """
        with sync_lock(self.engine):
            self._loop(stop, interval_s, on_report, on_error)

    def _loop(self, stop: threading.Event, interval_s: float, on_report, on_error) -> None:
        failures = 0
        while not stop.is_set():
            try:
                report = self.sync_once()
            except (httpx.HTTPError, OSError) as exc:
                failures += 1
                if on_error:
                    on_error(exc)
                stop.wait(backoff_delay(failures))
                continue
            failures = 0
            if on_report:
                on_report(report)
            stop.wait(interval_s)


def _moved(setting: Setting, cursor: int) -> Setting:
    setting.value = cursor
    return setting


def _json(payload):
    return json.loads(payload) if isinstance(payload, str) else payload
