"""The app's backups: daily on their own, at shift close, or when the owner asks; never on the UI thread.

One service per shop database for the whole run of the app (it outlives sign-ins), like the sync
service. A backup runs shop/backup_schedule.backup_now() through ui.tasks: it copies from its own
SQLite connection while the till goes on selling (see shop/backups.py), and its outcome reaches the
main thread as `finished`. A timer checks every few minutes whether today's backup is due, so
a till left running overnight backs up on the new day, and a failed one (stick unplugged) is
tried again an hour later.
"""
from datetime import datetime, timezone

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from shop.backup_schedule import BackupSettings, BackupState, backup_due, backup_warning
from shop.office.backups import BackupDesk
from ui.tasks import run_task, wait_for_tasks

translate = QCoreApplication.translate
CHECK_MS = 10 * 60 * 1000
STOP_WAIT_S = 120
FIRST_CHECK_MS = 30_000  # the first start of a day: once the till is up, not while it starts


class BackupService(QObject):
    changed = Signal()  # settings, state or running changed: redraw
    finished = Signal(object)  # a BackupResult, or the BackupError / exception that stopped it

    _services: dict = {}

    @classmethod
    def for_engine(cls, engine) -> "BackupService":
        """The one service of this database, made (and its daily check started) on first use."""
        key = str(engine.url)
        service = cls._services.get(key)
        if service is None:
            service = cls._services[key] = cls(engine)
            service.start_schedule()
            app = QApplication.instance()
            if app is not None:
                app.aboutToQuit.connect(service.stop)
        return service

    @classmethod
    def forget(cls, engine) -> None:
        """Stop and drop the service of `engine` (before its database is replaced by a restore)."""
        service = cls._services.pop(str(engine.url), None)
        if service is not None:
            service.stop()

    def __init__(self, engine):
        super().__init__()
        self.desk = BackupDesk(engine)
        self.settings = BackupSettings()
        self.state = BackupState()
        self.zone = "UTC"
        self.running = False  # a backup is on its way (one at a time)
        self._timer = QTimer(self, interval=CHECK_MS, timeout=self.run_if_due)
        self.reload()

    def start_schedule(self) -> None:
        self._timer.start()
        QTimer.singleShot(FIRST_CHECK_MS, self, self.run_if_due)

    def stop(self) -> None:
        """No more scheduled backups; a running one is let finish (the app quitting right after the
        shift close must not cut the day's backup short: it takes seconds, not minutes)."""
        self._timer.stop()
        self.wait(STOP_WAIT_S)

    def reload(self) -> None:
        """Read the backup settings and the last outcome as stored now."""
        try:
            status = self.desk.status()
            self.settings, self.state, self.zone = status.settings, status.state, status.timezone
        except Exception:  # noqa: BLE001 - a timer must never take the till down; the page shows the state
            return
        self.changed.emit()

    def warning(self, now: datetime | None = None) -> str:
        """"" when all is well, else "off", "never", "failed" or "stale" (shop/backup_schedule.py)."""
        return backup_warning(self.settings, self.state, now or datetime.now(timezone.utc))

    def run_if_due(self) -> bool:
        self.reload()
        if backup_due(self.settings, self.state, datetime.now(timezone.utc), self.zone):
            return self.run_now()
        return False

    def after_shift_close(self) -> bool:
        """The shift's sales are all in: back them up now, if the owner chose a folder."""
        self.reload()
        if self.settings.folder and self.settings.at_shift_close:
            return self.run_now()
        return False

    def run_now(self, folder: str | None = None) -> bool:
        """Start a backup off the UI thread; False if one is already running."""
        if self.running:
            return False
        self.running = True
        desk = self.desk
        # An error is handed on like a result: the page and the header say what went wrong.
        run_task(self, lambda: desk.backup_now(folder), self._on_done, self._on_done)
        self.changed.emit()
        return True

    def _on_done(self, outcome) -> None:
        self.running = False
        self.reload()
        self.finished.emit(outcome)
        self.changed.emit()

    def wait(self, timeout_s: float = 60) -> None:
        """Until the running backup (if any) has finished off the UI thread (its signal still needs the event loop)."""
        if self.running:
            wait_for_tasks(int(timeout_s * 1000))
