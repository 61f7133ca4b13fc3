"""Print jobs in the shop database: what waits to print, and the one-way moves between states.

pending -> printing -> printed, or printing -> failed -> (retry) printing. Claiming a job is a
single UPDATE guarded by its state, so two workers, a double key press or a restart can never
print the same job twice. A job found 'printing' at start-up was cut off mid-way: nobody knows
whether the paper came out, so it waits as failed ('interrupted') for the cashier to decide.
"""
from dataclasses import dataclass

from sqlalchemy import Engine, update
from sqlmodel import select

from db.engine import read_session, write_session
from db.ids import utc_now
from db.models import PrintJob, Sale, ZReport

SALE = "sale"
Z_REPORT = "z_report"
WAITING = ("pending", "failed")
INTERRUPTED = "interrupted"


@dataclass(frozen=True)
class JobView:
    """A job as the till shows it: which receipt, whether a copy, its state and last error code."""

    id: str
    document: str
    ref_id: str
    number: str
    is_copy: bool
    state: str
    error: str | None
    attempts: int


def _number(session, job: PrintJob) -> str:
    if job.document == Z_REPORT:
        report = session.get(ZReport, job.ref_id)
        return f"Z{report.z_number}" if report else "?"
    sale = session.get(Sale, job.ref_id)
    return sale.receipt_number if sale else "?"


def view(session, job: PrintJob) -> JobView:
    return JobView(job.id, job.document, job.ref_id, _number(session, job), job.is_copy, job.state, job.error, job.attempts)


def enqueue(engine: Engine, till_id: str, document: str, ref_id: str, is_copy: bool = False) -> JobView:
    """A new job; asking again for the original of the same receipt returns the job already there."""
    with write_session(engine) as session:
        if not is_copy:
            existing = session.exec(
                select(PrintJob).where(PrintJob.document == document, PrintJob.ref_id == ref_id, PrintJob.is_copy == False)  # noqa: E712
            ).first()
            if existing is not None:
                return view(session, existing)
        job = PrintJob(till_id=till_id, document=document, ref_id=ref_id, is_copy=is_copy)
        session.add(job)
        session.flush()
        return view(session, job)


def claim(engine: Engine, job_id: str) -> bool:
    """Move a waiting job to 'printing'; False if it is printing, printed, or gone."""
    with write_session(engine) as session:
        result = session.execute(
            update(PrintJob)
            .where(PrintJob.id == job_id, PrintJob.state.in_(WAITING))
            .values(state="printing", attempts=PrintJob.attempts + 1, updated_at=utc_now())
        )
        return result.rowcount == 1


def finish(engine: Engine, job_id: str, error: str | None = None) -> JobView:
    """Record how a claimed job ended: printed, or failed with a printers.errors code."""
    now = utc_now()
    with write_session(engine) as session:
        job = session.get(PrintJob, job_id)
        job.state = "failed" if error else "printed"
        job.error = error
        job.updated_at = now
        job.printed_at = None if error else now
        session.add(job)
        session.flush()
        return view(session, job)


def recover_interrupted(engine: Engine, till_id: str) -> list[str]:
    """At start-up: jobs left 'printing' by a crash become failed/interrupted; returns the waiting job ids."""
    with write_session(engine) as session:
        session.execute(
            update(PrintJob)
            .where(PrintJob.till_id == till_id, PrintJob.state == "printing")
            .values(state="failed", error=INTERRUPTED, updated_at=utc_now())
        )
        return list(session.exec(
            select(PrintJob.id).where(PrintJob.till_id == till_id, PrintJob.state == "pending").order_by(PrintJob.created_at)
        ))


def get(engine: Engine, job_id: str) -> JobView | None:
    with read_session(engine) as session:
        job = session.get(PrintJob, job_id)
        return view(session, job) if job else None


def waiting(engine: Engine, till_id: str) -> list[JobView]:
    """Jobs not yet printed, oldest first: what the status line counts and a retry sends."""
    with read_session(engine) as session:
        jobs = session.exec(
            select(PrintJob).where(PrintJob.till_id == till_id, PrintJob.state.in_(WAITING)).order_by(PrintJob.created_at)
        ).all()
        return [view(session, job) for job in jobs]


def last_receipt_job(engine: Engine, till_id: str) -> JobView | None:
    """The original job of the till's newest sale or refund receipt."""
    with read_session(engine) as session:
        job = session.exec(
            select(PrintJob)
            .join(Sale, Sale.id == PrintJob.ref_id)
            .where(PrintJob.till_id == till_id, PrintJob.document == SALE, PrintJob.is_copy == False)  # noqa: E712
            .order_by(Sale.seq.desc())
        ).first()
        return view(session, job) if job else None


def jobs_for(engine: Engine, ref_id: str) -> list[JobView]:
    with read_session(engine) as session:
        jobs = session.exec(select(PrintJob).where(PrintJob.ref_id == ref_id).order_by(PrintJob.created_at)).all()
        return [view(session, job) for job in jobs]
