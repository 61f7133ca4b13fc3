"""The till's link to the fiscal register worker: its events arrive here on the main thread.

printers/fiscal/queue.py runs on its own thread; emitting a Qt signal from there queues the call to
the GUI thread. A timer asks the worker every half minute to settle what the RT has not confirmed
(it always asks the RT for its counters before sending anything again).
"""
from PySide6.QtCore import QObject, QTimer, Signal

from printers.fiscal.queue import FiscalEvent, FiscalQueue
from shop.kinds import Z_REPORT
from ui.fiscal_messages import problem_phrase

RETRY_MS = 30_000


class FiscalLink(QObject):
    event = Signal(object)  # a printers.fiscal.queue.FiscalEvent, delivered on the main thread

    def __init__(self, engine, till_id: str, parent=None, **queue_options):
        super().__init__(parent)
        self.queue = FiscalQueue(engine, till_id, on_event=self.event.emit, **queue_options)
        self._timer = QTimer(self, interval=RETRY_MS, timeout=self.queue.retry_open)

    def start(self) -> None:
        self.queue.start()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self.queue.stop()

    def message(self, event: FiscalEvent) -> tuple[str, bool]:
        """The status line for an event and whether it is an error; ('', False) for nothing to say."""
        number = event.job.receipt_number
        if event.kind == "confirmed":
            if event.job.kind == Z_REPORT:
                return self.tr("RT daily closure %1 done.").replace("%1", str(event.job.z_number or "")), False
            return "", False
        problem = self.problem(event.error or "")
        if event.job.kind == Z_REPORT:
            return self.tr("RT daily closure not done yet: %1.").replace("%1", problem), True
        if event.kind == "check":
            return self.tr("Sale %1: the RT's counters moved unexpectedly. Check the RT's last slip before anything else.").replace(
                "%1", number), True
        return self.tr("Sale %1 is NOT yet fiscal: %2. It will be sent again after asking the RT.").replace(
            "%1", number).replace("%2", problem), True

    def problem(self, code: str) -> str:
        return problem_phrase(code)
