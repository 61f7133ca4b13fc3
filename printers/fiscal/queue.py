"""The fiscal worker: each committed sale goes to the RT once, off the UI thread, whatever is lost.

The rule that keeps a sale from being printed twice (OCA l10n-italy issue 2751): before every
send, first or retry, the worker asks the RT for its status and counters. The counters read just
before a send are stored with the job in the same write that claims it. A job whose reply never
came ('unknown', or 'sending' when the till died) is settled from the counters alone:
unchanged -> nothing was issued, send again; one more document in the same day -> that is ours,
adopt it; anything else -> 'check', for a person, never a second document. Results come back
through `on_event` on the worker thread; ui/ forwards them to the main thread.
"""
import logging
import queue
import threading
from dataclasses import dataclass
from typing import Callable

from sqlalchemy import Engine
from sqlmodel import select

from db.engine import read_session
from db.models import FiscalJob
from printers.fiscal.device import DeviceStatus, FiscalDevice, FiscalDeviceError, FiscalNoAnswer, FiscalRefused, open_device
from shop import fiscal
from shop.fiscal_errors import FiscalError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class FiscalEvent:
    """confirmed | failed (nothing issued, will retry) | unknown (asking the RT next) | check (a person must look)."""

    kind: str
    job: fiscal.JobView
    error: str | None = None


class FiscalQueue:
    def __init__(self, engine: Engine, till_id: str, *, device_factory: Callable[[fiscal.FiscalSettings], FiscalDevice] = open_device,
                 on_event: Callable[[FiscalEvent], None] | None = None):
        self.engine = engine
        self.till_id = till_id
        self.device_factory = device_factory
        self.on_event = on_event or (lambda event: None)
        self._tasks: queue.Queue = queue.Queue()
        self._thread: threading.Thread | None = None

    def settings(self) -> fiscal.FiscalSettings:
        with read_session(self.engine) as session:
            return fiscal.load_fiscal_settings(session)

    # --- lifecycle -----------------------------------------------------------------------------
    def start(self) -> None:
        """Start the worker; jobs a crash left behind are settled with the RT first."""
        for job_id in fiscal.recover_interrupted(self.engine, self.till_id):
            self._tasks.put(job_id)
        self._thread = threading.Thread(target=self._work, name="fiscal-queue", daemon=True)
        self._thread.start()

    def stop(self) -> None:
        if self._thread is not None:
            self._tasks.put(None)
            self._thread.join()
            self._thread = None

    def drain(self) -> None:
        self._tasks.join()

    # --- what the till asks for ------------------------------------------------------------------
    def submit(self, job_id: str) -> None:
        self._tasks.put(job_id)

    def after_sale(self, sale_id: str) -> None:
        """The sale committed (its job with it): send it now."""
        with read_session(self.engine) as session:
            job_id = session.exec(select(FiscalJob.id).where(FiscalJob.sale_id == sale_id)).first()
        if job_id:
            self.submit(job_id)

    def retry_open(self) -> list[fiscal.JobView]:
        """Every job not confirmed (F9, a timer, start-up): each is settled with the RT before any send."""
        jobs = [job for job in fiscal.open_jobs(self.engine, self.till_id) if job.state != "check"]
        for job in jobs:
            self.submit(job.id)
        return jobs

    # --- the worker ------------------------------------------------------------------------------
    def _work(self) -> None:
        while True:
            job_id = self._tasks.get()
            try:
                if job_id is None:
                    return
                self._process(job_id)
            except Exception:  # a bug must not stop the worker; the job stays open and visible
                log.exception("fiscal job %s", job_id)
            finally:
                self._tasks.task_done()

    def _emit(self, kind: str, job_id: str, error: str | None = None) -> None:
        try:
            self.on_event(FiscalEvent(kind, fiscal.view(self.engine, job_id), error))
        except Exception:
            log.exception("fiscal listener failed")

    def _fail(self, job_id: str, state: str, code: str) -> None:
        fiscal.mark(self.engine, job_id, state, code)
        self._emit("check" if state == "check" else ("unknown" if state == "unknown" else "failed"), job_id, code)

    def _process(self, job_id: str) -> None:
        job = fiscal.get(self.engine, job_id)
        if job is None or job.state not in ("pending", "failed", "unknown"):
            return  # done, being sent, or waiting for a person
        waiting_for = self._earlier_unsettled(job) if job.state != "unknown" else None
        if waiting_for:
            # Documents go in order: a newer one sent now would move the counters an older lost
            # reply must be settled with, and the day's closure comes after the day's sales.
            self._fail(job_id, "failed", waiting_for)
            return
        settings = self.settings()
        try:
            device = self.device_factory(settings)
        except FiscalDeviceError as error:
            self._fail(job_id, "unknown" if job.state == "unknown" else "failed", error.code)
            return
        try:
            self._send(job, settings, device)
        finally:
            device.close()

    def _earlier_unsettled(self, job) -> str | None:
        """An older job still open that must go first: one whose reply was lost (its counters must not
        move), or, before the daily closure, any sale of the day not yet issued."""
        for earlier in fiscal.open_jobs(self.engine, self.till_id):
            if earlier.id == job.id:
                return None
            if job.kind == fiscal.Z_REPORT and earlier.state in ("pending", "failed"):
                self._process(earlier.id)
                if fiscal.view(self.engine, earlier.id).state != "done":
                    return "earlier_open"
            elif earlier.state == "unknown":
                self._process(earlier.id)
                if fiscal.view(self.engine, earlier.id).state == "unknown":
                    return "earlier_unknown"
        return None

    def _status(self, device: FiscalDevice) -> DeviceStatus:
        status = device.status()
        if status.receipt_open:  # a request cut half-way left a receipt open: cancel it, read again
            device.cancel_open_receipt()
            status = device.status()
        return status

    def _send(self, job, settings: fiscal.FiscalSettings, device: FiscalDevice) -> None:
        stuck = "unknown" if job.state == "unknown" else "failed"
        try:
            status = self._status(device)
        except FiscalDeviceError as error:
            self._fail(job.id, stuck, error.code)  # no status, no send
            return
        if job.state == "unknown":  # sent, no answer: did it print? Only the counters can say
            verdict = settle(job, status)
            if verdict == "printed":
                self._adopt(job, status)
                return
            if verdict == "check":
                self._fail(job.id, "check", "counters_moved")
                return
            fiscal.mark(self.engine, job.id, "failed", "not_issued")
        if not status.ready:
            self._fail(job.id, "failed", status.problem or "fault")
            return
        try:
            with read_session(self.engine) as session:
                document = fiscal.document_for(session, session.get(type(job), job.id), settings)
        except FiscalError as error:
            self._fail(job.id, "failed", type(error).__name__)
            return
        if not fiscal.claim(self.engine, job.id, status.last_doc, status.z_number):
            return  # another worker has it
        try:
            confirmation = device.print_document(document)
        except FiscalRefused as error:
            self._fail(job.id, "failed", error.code)
            return
        except FiscalNoAnswer as error:
            self._fail(job.id, "unknown", error.code)
            return
        fiscal.confirm(self.engine, job.id, confirmation, document)
        self._emit("confirmed", job.id)

    def _adopt(self, job, status: DeviceStatus) -> None:
        """The RT issued the job's document but its reply was lost: take its numbers from the counters."""
        with read_session(self.engine) as session:
            model = session.get(type(job), job.id)
            try:
                document = fiscal.document_for(session, model)
            except FiscalError:
                document = None
        if job.kind == fiscal.Z_REPORT:
            confirmation = fiscal.Confirmation(None, job.before_z, status.day, status.serial, None, {"recovered": True})
        else:
            confirmation = fiscal.Confirmation(status.last_doc, status.z_number, status.day, status.serial, None, {"recovered": True})
        fiscal.confirm(self.engine, job.id, confirmation, document)
        self._emit("confirmed", job.id)


def settle(job, status: DeviceStatus) -> str:
    """'printed', 'not_printed' or 'check': what the RT's counters say about a job sent before."""
    if status.z_number is None or job.before_z is None:
        return "check"  # no counters to go by: only a person can tell
    if job.kind == fiscal.Z_REPORT:
        if status.z_number == job.before_z:
            return "not_printed"
        return "printed" if status.z_number == job.before_z + 1 else "check"
    if status.last_doc is None or job.before_doc is None:
        return "check"
    if status.z_number != job.before_z:
        return "check"  # a closure since: only a person can tell
    if status.last_doc == job.before_doc:
        return "not_printed"
    return "printed" if status.last_doc == job.before_doc + 1 else "check"
