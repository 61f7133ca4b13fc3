"""The print queue: receipts print after the sale has committed, on a worker thread, never twice.

The till calls `after_sale` once the sale is stored; the job is written to the database first,
then a worker thread renders and sends it. A printer that is offline, out of paper, unplugged
mid-receipt or silent leaves the job 'failed' with its error code: the sale is untouched and
the job waits for `retry` or `reprint_last` (F9, which sends every such job again). With the "pdf" transport each receipt is saved
as a roll PDF in a folder instead. Results come back through `on_event`, called
on the worker thread; ui/ forwards them to the main thread with a Qt signal.
The worker is the queue's own plain thread, not ui/tasks.py's: printers/ may not import Qt, and a
queue that prints in order, one job at a time, for the app's whole run is no one-off UI task.
"""
import logging
import os
import queue
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from sqlalchemy import Engine

from sqlmodel import select

from db.engine import read_session
from db.models import Payment
from printers import jobs
from printers.config import PrinterConfig, load_printer_config
from printers.devices import ReceiptPrinter, open_drawer, open_printer
from printers.errors import PrinterError, PrinterNotConfigured, PrinterOffline
from printers.escpos_render import render
from printers.jobs import JobView
from shop import receipts
from shop.sales import CASH

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PrintEvent:
    """What happened: printed / failed (a job), drawer_opened / drawer_failed (no job)."""

    kind: str
    job: JobView | None = None
    error: PrinterError | None = None


def document_for(engine: Engine, job: JobView, language: str | None = None) -> receipts.ReceiptDocument:
    """The receipt document a job prints, built from the stored sale or Z report."""
    with read_session(engine) as session:
        if job.document == jobs.Z_REPORT:
            return receipts.z_report_receipt(session, job.ref_id, copy=job.is_copy, language=language)
        return receipts.sale_receipt(session, job.ref_id, copy=job.is_copy, language=language)


def save_pdf(document: receipts.ReceiptDocument, job: JobView, config: PrinterConfig) -> Path:
    """A shop without a thermal printer: each receipt becomes a roll PDF in the configured folder."""
    name = f"{document.number}-copy-{job.id[-8:]}.pdf" if job.is_copy else f"{document.number}.pdf"
    return write_pdf(document, config, name)


def write_pdf(document: receipts.ReceiptDocument, config: PrinterConfig, name: str) -> Path:
    """`document` as a roll PDF called `name` in the folder of a "pdf" printer config.

    Written to a temporary name and renamed, so a half-written file never looks like a receipt.
    A folder that cannot be made or written is PrinterOffline, like an unplugged printer.
    """
    from printers.pdf import receipt_pdf

    if not config.device_path:
        raise PrinterNotConfigured()
    folder = Path(config.device_path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        partial = folder / f".{name}.part"
        partial.write_bytes(receipt_pdf(document, width_mm=58 if config.paper_mm <= 58 else 80))
        os.replace(partial, folder / name)
    except OSError as error:
        raise PrinterOffline(str(folder)) from error
    return folder / name


def moved_cash(engine: Engine, sale_id: str) -> bool:
    with read_session(engine) as session:
        return session.exec(
            select(Payment.id).where(Payment.sale_id == sale_id, Payment.method == CASH, Payment.amount != 0)
        ).first() is not None


class PrintQueue:
    def __init__(
        self, engine: Engine, till_id: str, *, config: PrinterConfig | None = None,
        printer_factory: Callable[[PrinterConfig], ReceiptPrinter] = open_printer,
        on_event: Callable[[PrintEvent], None] | None = None,
    ):
        self.engine = engine
        self.till_id = till_id
        self._config = config  # None: read the stored setting for every job, so setup changes apply at once
        self.printer_factory = printer_factory
        self.on_event = on_event or (lambda event: None)
        self._tasks: queue.Queue = queue.Queue()
        self._thread: threading.Thread | None = None

    @property
    def config(self) -> PrinterConfig:
        if self._config is not None:
            return self._config
        with read_session(self.engine) as session:
            return load_printer_config(session)

    # --- lifecycle ---------------------------------------------------------------
    def start(self) -> None:
        """Start the worker; jobs a crash left behind are picked up (pending) or held (interrupted)."""
        for job_id in jobs.recover_interrupted(self.engine, self.till_id):
            self._tasks.put(("job", job_id))
        self._thread = threading.Thread(target=self._work, name="print-queue", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        if self._thread is not None:
            self._tasks.put(None)
            self._thread.join()
            self._thread = None

    def drain(self) -> None:
        """Block until every submitted task has been handled (tests, shutdown, the CLI)."""
        self._tasks.join()

    # --- what the till asks for ----------------------------------------------------
    def after_sale(self, sale_id: str, paid_in_cash: bool | None = None) -> JobView | None:
        """Queue the receipt of a committed sale, and the drawer kick first when cash changed hands.

        `paid_in_cash` None: read from the sale's payments (cash taken, change or a refund paid out).
        """
        config = self.config
        if paid_in_cash is None:
            paid_in_cash = moved_cash(self.engine, sale_id)
        if paid_in_cash and config.open_drawer_on_cash and config.drawer != "none":
            self.open_drawer()
        if config.transport == "none":
            return None
        job = jobs.enqueue(self.engine, self.till_id, jobs.SALE, sale_id)
        self._tasks.put(("job", job.id))
        return job

    def after_z_report(self, z_report_id: str) -> JobView | None:
        if self.config.transport == "none":
            return None
        job = jobs.enqueue(self.engine, self.till_id, jobs.Z_REPORT, z_report_id)
        self._tasks.put(("job", job.id))
        return job

    def reprint_last(self) -> JobView | None:
        """F9: what the printer failed to print, else the last receipt again as a COPY.

        Every receipt or Z report the cashier was told is kept ("press F9 to reprint") is sent again,
        oldest first, as the original; the newest of them is returned. Jobs cut off by a crash
        ('interrupted') are left out: their paper may have come out. With nothing kept, the newest
        sale or refund: retried if it never printed, otherwise a COPY.
        """
        kept = [job for job in jobs.waiting(self.engine, self.till_id) if job.state == "failed" and job.error != jobs.INTERRUPTED]
        for job in kept:
            self.retry(job.id)
        if kept:
            return kept[-1]
        last = jobs.last_receipt_job(self.engine, self.till_id)
        if last is None:
            return None
        if last.state != "printed":
            self.retry(last.id)
            return last
        copy = jobs.enqueue(self.engine, self.till_id, last.document, last.ref_id, is_copy=True)
        self._tasks.put(("job", copy.id))
        return copy

    def reprint(self, document: str, ref_id: str) -> JobView:
        """A COPY of any stored receipt or Z report."""
        copy = jobs.enqueue(self.engine, self.till_id, document, ref_id, is_copy=True)
        self._tasks.put(("job", copy.id))
        return copy

    def retry(self, job_id: str) -> None:
        """Try a waiting job again; a job already printing or printed is left alone by the worker."""
        self._tasks.put(("job", job_id))

    def open_drawer(self) -> None:
        """Kick the drawer on the worker (a network printer may take seconds to answer)."""
        self._tasks.put(("drawer", None))

    def waiting(self) -> list[JobView]:
        return jobs.waiting(self.engine, self.till_id)

    # --- the worker ------------------------------------------------------------------
    def _work(self) -> None:
        while True:
            task = self._tasks.get()
            try:
                if task is None:
                    return
                kind, job_id = task
                if kind == "drawer":
                    self._kick()
                else:
                    self._print(job_id)
            finally:
                self._tasks.task_done()

    def _emit(self, event: PrintEvent) -> None:
        try:
            self.on_event(event)
        except Exception:  # a broken listener must not stop the printing of later receipts
            log.exception("print queue listener failed")

    def _kick(self) -> None:
        config = self.config
        try:
            printer = self.printer_factory(config) if config.drawer == "printer" else None
            try:
                open_drawer(config, printer)
            finally:
                if printer is not None:
                    printer.close()
        except PrinterError as error:
            self._emit(PrintEvent("drawer_failed", error=error))
            return
        self._emit(PrintEvent("drawer_opened"))

    def _print(self, job_id: str) -> None:
        if not jobs.claim(self.engine, job_id):
            return  # printing elsewhere, already printed, or unknown: never a second paper
        config = self.config
        try:
            job = jobs.get(self.engine, job_id)
            if config.transport == "pdf":
                save_pdf(document_for(self.engine, job), job, config)
                self._emit(PrintEvent("printed", jobs.finish(self.engine, job_id)))
                return
            data = render(document_for(self.engine, job), config)
            printer = self.printer_factory(config)
            try:
                if config.check_status:
                    printer.check_ready()
                printer.send(data)
            finally:
                printer.close()
        except PrinterError as error:
            self._emit(PrintEvent("failed", jobs.finish(self.engine, job_id, error.code), error))
            return
        except Exception as error:  # a rendering bug must not leave the job stuck in 'printing'
            log.exception("print job %s failed", job_id)
            failure = PrinterError(str(error))
            self._emit(PrintEvent("failed", jobs.finish(self.engine, job_id, failure.code), failure))
            return
        self._emit(PrintEvent("printed", jobs.finish(self.engine, job_id)))
