"""The till's sync worker and what it last saw: online or not, changes waiting, last sync, clock skew.

One service per shop database for the whole run of the app (it outlives sign-ins). The worker is
shop/sync_client.py's loop on a ui/tasks.py Worker (a thread of its own); its reports are emitted
as Qt signals, which queue them to the main thread, so widgets are only touched there. Nothing here ever waits for the
network on the main thread: "sync now" only wakes the worker.
"""
import threading
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from shop import sync_control
from shop.sync_control import SyncClient, SyncReport, disconnect, enrol, is_offline, new_http_client, refuse_while_waiting
from shop.sync_errors import SyncBusy
from ui.tasks import Worker

SKEW_WARNING_S = 180  # past three minutes the till's times (and its customer edits) cannot be trusted
INTERVAL_S = 30.0
SHOW_SET_ASIDE = 3  # set-aside records the settings screen lists (the log has every one)
BUSY_RETRY_MS = 60_000  # another copy of the app holds the sync lock: try to take over now and then


@dataclass
class SyncState:
    enrolled: bool = False
    server_url: str = ""
    running: bool = False
    online: bool | None = None  # None: no attempt finished yet
    busy_elsewhere: bool = False  # another copy of the app on this database holds the sync lock
    waiting: int = 0
    refused: int = 0  # records the server rejected in the last sync (they stay waiting)
    owner_waiting: int = 0  # of `waiting`, the catalogue and settings changes that need an owner's server sign-in
    set_aside: int = 0  # pulled records this till could not apply, kept aside (shop/sync_set_aside.py)
    set_aside_latest: list = field(default_factory=list)  # the last few: seq, kind, id, reason, at
    last_sync: str | None = None  # UTC ISO time of the last successful sync
    history: tuple[int, int] | None = None  # (records here, total) while the shop's history is still coming
    over_refunds: int = 0  # lines two tills refunded beyond what was sold while offline (shop/sync_history.py)
    clock_offset_s: float | None = None  # server minus till
    error: str = ""
    fault: bool = False  # the last sync failed for another reason than the network (logged, retried)

    @property
    def history_percent(self) -> int | None:
        """How much of the shop's history has arrived, while it is still coming."""
        if self.history is None:
            return None
        got, total = self.history
        return min(99, got * 100 // total) if total else 0

    @property
    def clock_skewed(self) -> bool:
        return self.clock_offset_s is not None and abs(self.clock_offset_s) > SKEW_WARNING_S


class SyncService(QObject):
    changed = Signal()
    _report = Signal(object)
    _failed = Signal(str, bool)  # the error's name, whether it is the network
    _ended = Signal(int, str)  # which worker (a later one may already run), why it ended ("" when asked to)

    _services: dict = {}

    @classmethod
    def for_engine(cls, engine) -> "SyncService":
        """The one service of this database, made (and its worker started, if enrolled) on first use."""
        key = str(engine.url)
        service = cls._services.get(key)
        if service is None:
            service = cls._services[key] = cls(engine)
            app = QApplication.instance()
            if app is not None:
                app.aboutToQuit.connect(service.stop)
            service.start()
        return service

    @classmethod
    def stop_all(cls) -> None:
        for service in cls._services.values():
            service.stop()
        cls._services.clear()

    def __init__(self, engine, interval_s: float = INTERVAL_S, http_factory=None):
        super().__init__()
        self.engine = engine
        self.interval_s = interval_s
        self.http_factory = http_factory or new_http_client
        self.state = SyncState()
        self._worker: Worker | None = None
        self._generation = 0
        self._busy_retry = QTimer(self, singleShot=True, interval=BUSY_RETRY_MS, timeout=self.start)
        self._report.connect(self._on_report)
        self._failed.connect(self._on_failed)
        self._ended.connect(self._on_ended)
        self.refresh()

    # --- the worker ------------------------------------------------------------
    def start(self) -> bool:
        """Start the worker if this till is enrolled and none runs; whether one runs now."""
        if self._worker is not None and self._worker.running:
            return True
        config = sync_control.config(self.engine)
        if config is None:
            return False
        self._generation += 1
        generation = self._generation
        self._worker = Worker("bottega-sync", lambda stop, wake: self._work(config, stop, wake, generation))
        self.state.running, self.state.busy_elsewhere = True, False
        self._worker.start()
        self.changed.emit()
        return True

    def _work(self, config, stop: threading.Event, wake: threading.Event, generation: int) -> None:
        reason = ""
        client = None
        try:
            # Made here, on the worker's thread, so the till's window never waits for httpx.
            client = SyncClient(self.engine, config, http=self.http_factory())
            client.run(stop, self.interval_s, on_report=self._report.emit,
                       on_error=lambda exc: self._failed.emit(type(exc).__name__, is_offline(exc)), wake=wake)
        except SyncBusy:
            reason = "busy"
        except Exception as exc:  # noqa: BLE001 - the worker must say why it ended, never die silently
            reason = f"{type(exc).__name__}: {exc}"
        finally:
            if client is not None:
                client.close()
            self._ended.emit(generation, reason)

    def stop(self) -> None:
        """Stop the worker and wait for it (a sync in flight finishes its current request)."""
        self._busy_retry.stop()
        if self._worker is not None:
            self._worker.stop(60)
        self._worker = None
        self.state.running = False

    def sync_now(self) -> bool:
        """Wake the worker for a sync at once (starting it if it is not running); False if not enrolled."""
        if not self.start() or self._worker is None:
            return False
        self._worker.wake()
        return True

    # --- enrolment -------------------------------------------------------------
    def check_can_enrol(self) -> None:
        """ChangesWaiting if enrolling now could leave changes behind (checked before a code is spent)."""
        refuse_while_waiting(self.engine)

    @staticmethod
    def enrol_blocking(engine, server_url: str, code: str, till_name: str, http_factory=None):
        """Spend the code at the server (network: call it off the UI thread, with the worker stopped)."""
        http = (http_factory or new_http_client)()
        try:
            return enrol(engine, server_url, code, till_name, http=http)
        finally:
            http.close()

    def restart(self) -> None:
        """After the enrolment changed: forget what the old worker saw and start a new one if enrolled."""
        self.stop()
        self.state = SyncState()
        self.refresh()
        self.start()
        self.changed.emit()

    def disconnect(self, export_to=None) -> int:
        """Sign the till out of its server; ChangesWaiting unless nothing waits or it is exported first."""
        self.stop()
        try:
            return disconnect(self.engine, export_to)
        finally:
            self.restart()

    # --- state -----------------------------------------------------------------
    def refresh(self) -> SyncState:
        """Re-read what waits and where the till is enrolled (cheap: an indexed count)."""
        found = sync_control.figures(self.engine, SHOW_SET_ASIDE)
        config, progress = found.config, found.history
        self.state.over_refunds = found.over_refunds
        self.state.history = progress[:2] if progress and not progress[2] else None
        self.state.enrolled = config is not None
        self.state.server_url = config.server_url if config else ""
        self.state.waiting, self.state.owner_waiting = found.waiting, found.owner_waiting
        self.state.set_aside, self.state.set_aside_latest = found.set_aside, found.set_aside_latest
        return self.state

    def _on_report(self, report: SyncReport) -> None:
        self.state.online, self.state.error, self.state.fault = True, "", False
        self.state.last_sync = sync_control.now()
        self.state.refused = len(report.rejected)
        if report.clock_offset_s is not None:
            self.state.clock_offset_s = report.clock_offset_s
        self.refresh()
        self.changed.emit()

    def _on_failed(self, error: str, offline: bool = True) -> None:
        self.state.online, self.state.error, self.state.fault = False, error, not offline
        self.refresh()
        self.changed.emit()

    def _on_ended(self, generation: int, reason: str) -> None:
        if generation != self._generation:
            return
        # Its loop has returned; the thread may live a moment longer, but a start() from now on makes a new one
        # (else a retry that comes at once would find it "running" and start nothing).
        self._worker = None
        self.state.running = False
        self.state.busy_elsewhere = reason == "busy"
        if self.state.busy_elsewhere:
            self._busy_retry.start()  # when the other copy quits, this one takes over
        if reason and reason != "busy":
            self.state.online, self.state.error, self.state.fault = False, reason, True
        self.changed.emit()
