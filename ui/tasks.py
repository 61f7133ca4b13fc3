"""The one place ui/ runs work off the UI thread (after Anki's qt/aqt/taskman.py).

Three shapes of background work, all started only from here:

- `run_task(owner, work, on_done, on_error)`: a one-off job (a printer test, an enrolment, a
  report, an import) on Qt's global thread pool. `work()` runs on a pool thread and must not touch
  widgets; `on_done(result)` or `on_error(exception)` then runs on the UI thread, through a queued
  signal. If `owner` is deleted first (its dialog closed), neither callback runs.
- `run_detached(work)`: a one-off job nobody waits for (telling the server a sign-in ended).
- `Worker(name, loop)`: a loop that lives as long as the app (the sync worker). It gets its own
  thread rather than a pool thread, so it never holds one of the pool's few threads (the pool has
  one per core) away from the one-off jobs. `loop(stop, wake)` runs until `stop` is set; `wake`
  asks it to work at once. It reports to the UI thread by emitting its owner's signals.

The print and fiscal queues (printers/queue.py, printers/fiscal/queue.py) keep their own plain
threads: printers/ may not import Qt, they run without a window (the command line prints too),
and ui/printing.py and ui/fiscal_link.py turn their events into signals on the UI thread.
"""
import logging
import threading
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QObject, QThreadPool, Signal

log = logging.getLogger(__name__)


class _Relay(QObject):
    """Carries a pool thread's result back to the UI thread (made there, so its signals queue there)."""

    done = Signal(object)
    failed = Signal(object)


# Relays whose answer has not arrived yet. They have no parent (an owner closed mid-job must not
# take the relay with it while the pool thread still emits), so this set keeps them alive.
_waiting: set[_Relay] = set()


def run_task(owner: QObject, work: Callable[[], Any], on_done: Callable[[Any], None],
             on_error: Callable[[Exception], None]) -> None:
    """Run `work()` off the UI thread; `on_done(result)` or `on_error(exception)` runs on the UI thread."""
    relay = _Relay()
    _waiting.add(relay)

    def answer(callback: Callable[[Any], None], value: Any) -> None:
        _waiting.discard(relay)
        relay.deleteLater()
        if shiboken6.isValid(owner):  # a closed dialog's widgets are gone: nobody to tell
            callback(value)

    relay.done.connect(lambda result: answer(on_done, result))
    relay.failed.connect(lambda error: answer(on_error, error))

    def job() -> None:
        try:
            result = work()
        except Exception as error:  # noqa: BLE001 - handed to on_error, which says what went wrong
            relay.failed.emit(error)
        else:
            relay.done.emit(result)

    QThreadPool.globalInstance().start(job)


def run_detached(work: Callable[[], Any]) -> None:
    """Run `work()` off the UI thread when nobody waits for its answer; a failure is only logged."""

    def job() -> None:
        try:
            work()
        except Exception:  # nobody to tell: the log keeps it
            log.exception("background work failed")

    QThreadPool.globalInstance().start(job)


def wait_for_tasks(timeout_ms: int = -1) -> bool:
    """Until the running one-off tasks are finished (tests and shutdown); False if the timeout passed.

    Their callbacks still need the event loop (qtbot.waitUntil, or processEvents) to run."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)


class Worker:
    """A long-lived loop on a thread of its own, started and stopped from the UI thread."""

    def __init__(self, name: str, loop: Callable[[threading.Event, threading.Event], None]):
        self.name = name
        self.loop = loop
        self._stop = threading.Event()
        self._wake = threading.Event()
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        """Start the loop (fresh events, so a stopped loop's flags never reach the new one)."""
        if self.running:
            return
        self._stop, self._wake = threading.Event(), threading.Event()
        # A daemon: a loop stuck on the network never keeps the app from quitting.
        self._thread = threading.Thread(target=self.loop, args=(self._stop, self._wake), name=self.name, daemon=True)
        self._thread.start()

    def wake(self) -> None:
        """Ask the loop to do its work now instead of at its next turn."""
        self._wake.set()

    def stop(self, timeout_s: float = 60) -> None:
        """Ask the loop to end and wait for it (what it is doing now finishes first)."""
        thread = self._thread
        self._stop.set()
        self._wake.set()
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout_s)
        self._thread = None
