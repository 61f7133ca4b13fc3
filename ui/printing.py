"""The till's link to the print queue: its worker's events arrive here on the main thread.

printers/queue.py runs on a plain worker thread and calls back there; emitting a Qt signal
from that thread queues the call to this object's thread (the GUI thread), so the till window
only ever touches widgets from the main thread.
"""
from PySide6.QtCore import QObject, Signal

from printers.devices import open_printer
from printers.queue import PrintEvent, PrintQueue
from ui.printer_messages import problem_phrase


class Printing(QObject):
    event = Signal(object)  # a printers.queue.PrintEvent, delivered on the main thread

    def __init__(self, engine, till_id: str, *, config=None, printer_factory=open_printer, parent=None):
        super().__init__(parent)
        self.queue = PrintQueue(engine, till_id, config=config, printer_factory=printer_factory,
                                on_event=self.event.emit)

    def start(self) -> None:
        self.queue.start()

    def stop(self) -> None:
        self.queue.stop()

    def message(self, event: PrintEvent) -> tuple[str, bool]:
        """The status line for an event, and whether it is an error; ('', False) for nothing to say."""
        code = event.error.code if event.error else ""
        if event.kind == "drawer_failed":
            return self.tr("The cash drawer did not open (%1). Check the printer and its drawer cable.").replace(
                "%1", problem_phrase(code)), True
        if event.kind != "failed":
            return "", False
        number = event.job.number if event.job else ""
        return self.tr("%1 - receipt %2 kept, press F9 to reprint").replace("%1", problem_phrase(code)).replace(
            "%2", number), True
