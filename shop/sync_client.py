"""The till's side of sync: push the outbox in batches, pull the shop's changes by cursor (joining and
leaving a server: shop/sync_enrolment.py).

- Push: pending outbox rows go in seq order, a batch at a time; a row is marked sent only when
  the server's answer lists it accepted. A rejected row stays pending (and is reported), but the
  walk goes on past it, so one bad record never holds the rest back.
- Owner records (products, shared settings) go only with a person's owner credential
  (shop/owner_session.py) in the push's OWNER_HEADER, and only the kinds that person may publish;
  otherwise they wait, and the rest of the outbox goes on without them.
- Pull: each page of changes is applied in one write transaction together with the new cursor,
  so a crash between pages resumes exactly after the last page applied.
- The server is never waited on by the cashier: `run` is meant for a background thread and backs
  off with full jitter (AWS architecture blog, "Exponential Backoff And Jitter") when offline or
  when a sync fails in any other way; no exception ends it.
- A pulled change the till cannot use is set aside (shop/sync_set_aside.py) and the cursor moves on.
- History (other tills' sales, refunds, cash movements, Z reports; shop/sync_history.py) has its own
  state, the `setting` row "sync.history": a joining till first asks for the newest page, which
  fixes the point after which history is pulled forward like any change, then walks back page by
  page (a few per sync, so pushes and the till go on meanwhile) down to its retention.
"""
import gc
import json
import logging
import random
import sys
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import TYPE_CHECKING

import orjson
from pydantic import ValidationError
from sqlalchemy import Engine
from sqlmodel import Session

from db.engine import read_session, refetchable_write_session, write_gate, write_session
from db.ids import utc_now
from db.models import Setting
from shop.outbox import pending_count
from shop.owner_session import OwnerSession, for_database
from shop.sync_apply import TILL_PULL_KINDS, apply_page, split_well_formed
from shop.sync_history import PRUNE_CHUNK, history_since, history_state, prune_history, save_history_state
from shop.sync_lock import sync_lock
from shop.sync_set_aside import set_aside
from syncwire import messages as m

if TYPE_CHECKING:
    import httpx

SYNC_KEY = "sync"  # server URL, shop and till ids, device token
CURSOR_KEY = "sync.cursor"
HISTORY_PAGE = 500  # whole sales: one page is about 1 MB of JSON, parsed while the UI thread waits for the GIL
HISTORY_WRITE_S = 0.02  # a history write transaction takes as many sales as the last ones stored in this time
# While the history arrives, the interpreter hands over between threads every 1 ms (Python's default
# is 5 ms): the cashier's thread, back from SQLite or woken at the write gate, waits that long at most
# for the pulling thread to let go, at each of a sale's steps (bench: p95 of a sale
# during the pull 53-60 ms -> 40 ms, the pull's rate unchanged; 0.2 ms was no better). Process-wide, and left so.
HISTORY_SWITCH_S = 0.001
HISTORY_CHECK_PIECE = 40  # pulled sales checked between looks at the write gate (about 1 ms)
HISTORY_BUDGET_S = 1.0  # walking back through history yields to the next push after about this long
BATCH = 200
PAGE = 500
BACKOFF_BASE_S = 1.0
BACKOFF_CAP_S = 300.0

log = logging.getLogger(__name__)


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
    owner_sign_in_needed: bool = False  # the server refused the owner credential: the person must sign in again
    history: tuple[int, int] | None = None  # (records fetched, total) while the shop's history is still coming
    history_pulled: int = 0  # of the shop's history (other tills' sales, cash, Z reports), counted apart
    history_applied: int = 0


def clock_offset(server_time: str) -> float:
    """Seconds the server's clock is ahead of this machine's (negative: behind), from a response."""
    return (datetime.fromisoformat(server_time) - datetime.now(timezone.utc)).total_seconds()


def load_config(session: Session) -> SyncConfig | None:
    row = session.get(Setting, SYNC_KEY)
    return SyncConfig(**row.value) if row and isinstance(row.value, dict) else None


def waiting(engine: Engine) -> int:
    with read_session(engine) as session:
        return pending_count(session)


def new_http_client() -> "httpx.Client":
    """The HTTP client the sync uses. httpx is imported here, not at the top: importing it costs
    about 150 ms of processor time, and the till window (which imports this module) must not wait
    for it; the worker thread pays it instead."""
    import httpx

    return httpx.Client(timeout=30)


def is_offline(exc: BaseException) -> bool:
    """Whether a failed sync is the network's doing (the server unreachable), not a fault to look into."""
    import httpx  # loaded already on the worker thread, where this is asked

    return isinstance(exc, (httpx.TransportError, OSError))


def backoff_delay(failures: int, rng: random.Random | None = None) -> float:
    """Seconds to wait after `failures` failed attempts in a row: full jitter under a capped exponential."""
    ceiling = min(BACKOFF_CAP_S, BACKOFF_BASE_S * 2 ** max(failures - 1, 0))
    return (rng or random).uniform(0, ceiling)


class SyncClient:
    def __init__(self, engine: Engine, config: SyncConfig, http: "httpx.Client | None" = None,
                 batch: int = BATCH, page: int = PAGE, owner: OwnerSession | None = None):
        self.engine = engine
        self.owner = owner or for_database(engine)
        self.config = config
        self.batch = batch
        self.page = page
        self._history_step = 50  # sales per history write, then fitted to HISTORY_WRITE_S (backfill)
        self.http = http or new_http_client()
        self.http.headers["Authorization"] = f"Bearer {config.device_token}"

    def close(self) -> None:
        if getattr(self, "_fetcher", None) is not None:
            self._fetcher.shutdown(wait=True, cancel_futures=True)
        self.http.close()

    def _url(self, path: str) -> str:
        return f"{self.config.server_url}{m.API}{path}"

    def push(self, report: SyncReport) -> None:
        """Send every row pending now, in batches; mark what the server accepted as sent."""
        after, limit = 0, self.batch
        while True:
            held = self.owner.current()
            credential, kinds = (held[0], held[1].kinds) if held else (None, ())
            waiting = [kind for kind in m.OWNER_KINDS if kind not in kinds]  # no one signed in may publish these
            held_back = f"AND record_type NOT IN ({','.join('?' * len(waiting))}) " if waiting else ""
            with read_session(self.engine) as session:
                rows = session.connection().exec_driver_sql(
                    "SELECT seq, record_type, record_id, payload FROM outbox WHERE sent_at IS NULL AND seq > ? "
                    f"{held_back}ORDER BY seq LIMIT ?", (after, *waiting, limit)).fetchall()
            if not rows:
                return
            rows = _within_target(rows)
            records = [m.Record(kind=kind, id=record_id, payload=_json(payload)) for _, kind, record_id, payload in rows]
            owners = any(r.kind in m.OWNER_KINDS for r in records)
            answer = self.http.post(self._url("/push"), json=m.PushBatch(shop_id=self.config.shop_id, records=records).model_dump(),
                                    headers={m.OWNER_HEADER: credential} if credential and owners else None)
            if answer.status_code == 413 and len(rows) == 1:
                # One record past the server's size limit: it stays waiting (and is reported); the rest goes on.
                report.rejected.append(m.Rejected(kind=records[0].kind, id=records[0].id, reason=m.INVALID, detail="too large"))
                after = rows[-1][0]
                continue
            if answer.status_code == 413:
                limit = len(rows) // 2  # the server's limit is lower than ours: smaller batches from here on
                continue
            answer.raise_for_status()
            result = m.PushResult(**answer.json())
            if any(r.reason == m.OWNER_SIGN_IN for r in result.rejected):
                self.owner.forget(credential)  # expired, ended or revoked at the server: ask the person again
                report.owner_sign_in_needed = True
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
            page, malformed = read_page(answer.json())
            report.clock_offset_s = clock_offset(page.server_time)
            with write_session(self.engine) as session:
                stored = session.get(Setting, CURSOR_KEY)
                if stored is not None and int(stored.value) != cursor:
                    return  # another worker moved the cursor meanwhile: its pull wins, ours is dropped
                for change, reason in malformed:
                    set_aside(session, change, reason)
                report.applied += apply_page(session, page.changes)
                session.add(Setting(key=CURSOR_KEY, value=page.cursor) if stored is None else _moved(stored, page.cursor))
            report.pulled += len(page.changes)
            if not page.more:
                return

    def pull_history(self, report: SyncReport) -> None:
        """New history (sales, refunds, cash, Z reports of every till) after the history cursor."""
        while True:
            with read_session(self.engine) as session:
                state = history_state(session)
            if state is None:
                self.backfill(report)  # the first page fixes where the forward pull starts
                continue
            answer = self.http.get(self._url("/changes"), params={"after": state["after"], "limit": self.page,
                                                                   "kinds": ",".join(m.HISTORY_KINDS)})
            answer.raise_for_status()
            page, malformed = read_page(answer.json())
            with write_session(self.engine) as session:
                stored = history_state(session)
                if stored is None or stored["after"] != state["after"]:
                    return  # another worker pulled meanwhile
                for change, reason in malformed:
                    set_aside(session, change, reason)
                report.history_applied += apply_page(session, page.changes)
                save_history_state(session, {**stored, "after": page.cursor})
            report.history_pulled += len(page.changes)
            if not page.more:
                return

    def backfill(self, report: SyncReport) -> bool:
        """One page of older history, newest first, within the retention; whether more is to come."""
        if sys.getswitchinterval() > HISTORY_SWITCH_S:
            sys.setswitchinterval(HISTORY_SWITCH_S)
        with read_session(self.engine) as session:
            state = history_state(session)
            since = history_since(session, date.today())
        if state is not None and state["done"]:
            return False
        params = {"before": state["before"] if state else 0, "limit": HISTORY_PAGE}
        if since:
            params["since"] = since
        # The next page travels while this one is stored, but is parsed and checked here, after it:
        # on the fetching thread its Python work would hold the interpreter each time SQLite, having
        # let go of it for a row, wants it back (bench: stored 150 -> 100 us a sale, the pull 5,300 -> 5,500 a second).
        gate = write_gate(self.engine)
        body = self._history_page(params)
        gate.make_way()
        with _collector_paused():
            page, malformed = read_page(parse_page(body), m.HistoryPage)
        if page.more:
            self._prefetch(dict(params, before=page.cursor))
        # Checked first, then applied in short background write transactions (each with its place in
        # the walk, bounded by time), so a sale completed at the till meanwhile waits for one short
        # transaction at most, never for the page (db/engine.WriteGate lets it go first). The checks
        # go in pieces of about 1 ms, each after any sale being written at the till.
        good = []
        for start in range(0, len(page.changes), HISTORY_CHECK_PIECE):
            gate.make_way()
            fine, bad = split_well_formed(page.changes[start:start + HISTORY_CHECK_PIECE])
            good += fine
            malformed += bad
        todo, first = good, True
        while first or todo:
            with refetchable_write_session(self.engine) as session:
                stored = history_state(session)
                if stored != state:
                    return not (stored or {}).get("done")  # another worker moved it meanwhile
                aside = malformed if first else []
                for change, reason in aside:
                    set_aside(session, change, reason)
                # As many as the last writes say fit in HISTORY_WRITE_S, in one step (one set of statements).
                part, todo = todo[:self._history_step], todo[self._history_step:]
                started = time.perf_counter()
                report.history_applied += apply_page(session, part, checked=True)
                if part:  # the next write's size: what fits in the time at this write's pace, at most twice this one
                    fits = round(len(part) * HISTORY_WRITE_S / max(time.perf_counter() - started, 1e-4))
                    self._history_step = max(10, min(HISTORY_PAGE, 2 * len(part), fits))
                taken, lowest = len(part), part[-1].seq if part else None  # newest first: the lowest seq so far
                if state is None:
                    state = {"after": max(page.top, 0), "total": max(page.total, 0), "got": 0}
                state = {**state, "before": page.cursor if not todo else lowest,
                         "got": state["got"] + taken + len(aside), "done": not todo and not page.more}
                save_history_state(session, state)
            # No pause between writes: the cashier's write waiting at the gate goes next anyway, and
            # the 1 ms switch interval hands it the interpreter (a 1 ms sleep here cost the pull 4 %).
            first = False
        report.history_pulled += len(page.changes)
        report.history = None if state["done"] else (state["got"], state["total"])
        return not state["done"]

    def _fetch_history(self, params: dict):
        answer = self.http.get(self._url("/history"), params=params)
        answer.raise_for_status()
        return answer.content

    def _history_page(self, params: dict):
        ahead, self._ahead = getattr(self, "_ahead", None), None
        if ahead is not None and ahead[0] == params:
            return ahead[1].result()  # its error, if any, is this call's
        return self._fetch_history(params)

    def _prefetch(self, params: dict) -> None:
        from concurrent.futures import ThreadPoolExecutor

        if getattr(self, "_fetcher", None) is None:
            self._fetcher = ThreadPoolExecutor(1, thread_name_prefix="history-fetch")
        self._ahead = (params, self._fetcher.submit(self._fetch_history, params))

    def sync_once(self, history_budget_s: float = HISTORY_BUDGET_S) -> SyncReport:
        """Push what waits, then pull; then walk back through history for about `history_budget_s`.

        httpx errors propagate (the caller backs off)."""
        report = SyncReport()
        self.push(report)
        self.pull(report)
        self.pull_history(report)
        started = time.monotonic()
        while self.backfill(report) and time.monotonic() - started < history_budget_s:
            pass
        if report.history is None:
            self._prune_daily()
        return report

    def _prune_daily(self) -> None:
        today = date.today().isoformat()
        with read_session(self.engine) as session:
            state = history_state(session)
        if state is None or not state.get("done") or state.get("pruned_on") == today:
            return
        while True:  # in short background writes (db/engine.WriteGate): the till sells meanwhile
            with refetchable_write_session(self.engine) as session:
                pruned = prune_history(session, date.today())
                if pruned < PRUNE_CHUNK:
                    save_history_state(session, {**history_state(session), "pruned_on": today})
                    return

    def run(self, stop: threading.Event, interval_s: float = 30.0, on_report=None, on_error=None,
            wake: threading.Event | None = None) -> None:
        """Sync until `stop` is set: every `interval_s` when online, backing off with jitter when not.

        Setting `wake` ("sync now") cuts the current wait short; so must the caller after setting `stop`.
        SyncBusy at once if another worker already syncs this database (a second copy of the app).
        """
        with sync_lock(self.engine):
            self._loop(stop, interval_s, on_report, on_error, wake or stop)

    def _loop(self, stop: threading.Event, interval_s: float, on_report, on_error, wake: threading.Event) -> None:
        import httpx  # already loaded by new_http_client

        failures = 0
        while not stop.is_set():
            try:
                report = self.sync_once()
            except Exception as exc:  # offline, or anything else: the worker must outlive it
                failures += 1
                if not isinstance(exc, (httpx.HTTPError, OSError)):
                    log.exception("sync failed (attempt %d); retrying with backoff", failures)
                if on_error:
                    try:
                        on_error(exc)
                    except Exception:  # a broken listener must not stop the sync either
                        log.exception("sync: the error listener failed")
                delay = backoff_delay(failures)
            else:
                failures = 0
                if on_report:
                    on_report(report)
                delay = 0 if report.history else interval_s  # history still coming: the next pages at once
            wake.wait(delay)
            if wake is not stop:
                wake.clear()


def parse_page(body: bytes):
    """A page's JSON (orjson: a page of 500 whole sales in ~3 ms, a quarter of json.loads's time, so
    the pulling thread holds the interpreter the cashier's thread waits for only that long).
    A broken body raises ValueError, as json.loads would."""
    return orjson.loads(body)


@contextmanager
def _collector_paused():
    """Python's cycle collector off while a page's objects are made (none of them can form a cycle):
    it ran every 700 new objects and walked the page made so far, tripling the cost of reading it
    (a 500-sale page alone: 33 -> 11 us a sale; the bench's whole pull: 6 % less CPU). Process-wide,
    for a few ms; on again after."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


def read_page(body, model: type[m.ChangePage] = m.ChangePage) -> tuple[m.ChangePage, list[tuple[m.Change, str]]]:
    """The page, and its changes that are not even shaped as changes (each with what is known of it
    and why): those are set aside like any malformed record, and the page still counts."""
    if not isinstance(body, dict) or not isinstance(body.get("changes"), list):
        raise ValueError("the server's answer is not a page of changes")
    page = model(**{**body, "changes": []})
    malformed = []
    for raw in body["changes"]:
        try:
            page.changes.append(m.Change(**raw))
        except (TypeError, ValidationError) as exc:
            known = raw if isinstance(raw, dict) else {}
            seq = known.get("seq") if isinstance(known.get("seq"), int) else 0
            stand_in = m.Change(seq=seq, kind=str(known.get("kind"))[:40], id=str(known.get("id"))[:100], data={})
            malformed.append((stand_in, f"not a change: {str(exc).splitlines()[0]}"))
    return page, malformed


def _within_target(rows: list) -> list:
    """The first rows whose payloads stay under PUSH_TARGET_BYTES together (always at least one),
    so a batch of large sales never reaches the server's body limit."""
    size = 0
    for i, row in enumerate(rows):
        size += len(row[3]) if isinstance(row[3], (str, bytes)) else len(json.dumps(row[3]))
        if size > m.PUSH_TARGET_BYTES and i:
            return rows[:i]
    return rows


def _moved(setting: Setting, cursor: int) -> Setting:
    setting.value = cursor
    return setting


def _json(payload):
    return json.loads(payload) if isinstance(payload, str) else payload
