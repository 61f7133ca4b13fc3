"""The fiscal register (Italy's RT): what each sale, return and closure sends, and the durable jobs.

A completed sale gets a fiscal job in the same transaction (shop/sales.py), so a till killed
between the commit and the RT still knows the sale waits. The job's id is the idempotency id the
worker (printers/fiscal/queue.py) carries to the RT. Everything here is plain data: the document
lines by VAT department, payments as cash, electronic or discount exactly as tendered, the 5-cent
cash rounding, the lottery code, the reference of a return or void; printers/ turns it into the
device's protocol.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import Engine, update
from sqlmodel import Session, select

from db.engine import read_session, write_session
from db.ids import utc_now
from db.models import FiscalJob, Payment, Sale, SaleLine
from db.setting_rows import load_dataclass, save_dataclass
from shop.cash_rounding import ROUNDING
from shop.money import line_gross
from shop.fiscal_errors import BadFiscalReference, BadFiscalSetup, BadLotteryCode, LotteryNeedsElectronicPayment, MissingFiscalReference, NoDepartment

SETTINGS_KEY = "fiscal"
SALE, REFUND, Z_REPORT = "sale", "refund", "z_report"
# pending: to send; sending: claimed by a worker; unknown: sent, reply lost (the RT must be asked
# before anything else); failed: the RT refused it, nothing printed; done: confirmed; check: the
# RT's counters moved in a way only a person can explain (never sent again by itself).
CLAIMABLE = ("pending", "failed")
OPEN = ("pending", "sending", "unknown", "failed", "check")
LOTTERY_MINIMUM = 100  # 1 EUR paid electronically
LOTTERY_RE = re.compile(r"^[A-Z0-9]{8}$")
MODELS = ("none", "epson", "custom", "rch")

# Payment kinds as the RT knows them; the device adapter maps them to its own codes.
CASH, ELECTRONIC, DISCOUNT, NOT_PAID = "cash", "electronic", "discount", "not_paid"
# Bottega's payment methods: points are a discount paid ("sconto a pagare"); a reservation's
# deposit was taken before the sale (not collected now).
METHOD_KIND = {"cash": CASH, "card": ELECTRONIC, "points": DISCOUNT, "deposit": NOT_PAID}


@dataclass
class FiscalSettings:
    model: str = "none"  # none | epson | custom | rch
    address: str = ""  # the RT's host or IP, e.g. 192.168.1.50
    # VAT rate in basis points (as text, JSON keys) -> the RT's department number.
    departments: dict[str, int] = field(default_factory=lambda: {"2200": 1, "1000": 2, "500": 3, "400": 4, "0": 5})
    cash_rounding: bool = False  # round cash totals to 5 cents (Italy, when the shop opts in)
    z_at_shift_close: bool = True  # closing the shift runs the RT's daily closure (Z)
    operator: str = "1"
    timeout_s: float = 10.0
    serial: str = ""  # the RT's serial number as read at the last test connection

    @property
    def enabled(self) -> bool:
        return self.model != "none" and bool(self.address)

    def department(self, rate_bp: int) -> int:
        try:
            return int(self.departments[str(rate_bp)])
        except KeyError:
            raise NoDepartment(rate_bp) from None


def load_fiscal_settings(session: Session) -> FiscalSettings:
    return load_dataclass(session, SETTINGS_KEY, FiscalSettings)


def save_fiscal_settings(session: Session, settings: FiscalSettings) -> None:
    save_dataclass(session, SETTINGS_KEY, settings)


def store_settings(session: Session, settings: FiscalSettings) -> None:
    """Check and keep the RT setup; nothing is written when a field cannot work (BadFiscalSetup)."""
    if settings.model not in MODELS:
        raise BadFiscalSetup("model")
    address = settings.address.strip()
    if settings.model != "none" and (not address or " " in address):
        raise BadFiscalSetup("address")
    if any(not 1 <= int(number) <= 99 for number in settings.departments.values()):
        raise BadFiscalSetup("department")
    settings.address = address
    save_fiscal_settings(session, settings)


def setup_rates(session: Session) -> list[tuple[int, str]]:
    """The shop's VAT rates (basis points, name) the setup maps to departments, highest first."""
    from db.models import VatRate

    seen: dict[int, str] = {}
    for rate in session.exec(select(VatRate).order_by(VatRate.rate_bp.desc())):
        seen.setdefault(rate.rate_bp, rate.name)
    return list(seen.items())


# --- references of returns and voids -------------------------------------------------------------
@dataclass(frozen=True)
class FiscalReference:
    """The original document a return (REFUND) or void (VOID) points at, as the RT wants it."""

    kind: str  # REFUND | VOID
    z_number: int
    doc_number: int
    day: date
    serial: str

    def text(self) -> str:
        return f"{self.kind} {self.z_number:04d} {self.doc_number:04d} {self.day:%d%m%Y} {self.serial}"

    @classmethod
    def parse(cls, text: str, kind: str = "REFUND") -> FiscalReference:
        """'0012 0034 04122026 99MEX012345' as typed from the customer's slip (dashes, slashes and a
        leading REFUND/VOID allowed)."""
        words = re.sub(r"[-/]", " ", text.strip().upper()).split()
        if words and words[0] in ("REFUND", "VOID"):
            kind, words = words[0], words[1:]
        if len(words) == 6:  # 'zzzz nnnn dd mm yyyy serial'
            words = [words[0], words[1], "".join(words[2:5]), words[5]]
        if len(words) != 4 or not (words[0].isdigit() and words[1].isdigit() and words[2].isdigit() and len(words[2]) == 8):
            raise BadFiscalReference(text)
        try:
            day = date(int(words[2][4:]), int(words[2][2:4]), int(words[2][:2]))
        except ValueError:
            raise BadFiscalReference(text) from None
        if not re.fullmatch(r"[A-Z0-9]{6,16}", words[3]):
            raise BadFiscalReference(text)
        return cls(kind, int(words[0]), int(words[1]), day, words[3])


# --- the document ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class FiscalItem:
    description: str
    qty_milli: int  # positive, also on a return
    unit_price: int
    gross: int  # what qty x unit price is on the RT (the line before its discount)
    discount: int  # >= 0, sent as an adjustment of the item
    department: int
    rate_bp: int


@dataclass(frozen=True)
class FiscalPayment:
    kind: str  # CASH | ELECTRONIC | DISCOUNT | NOT_PAID
    amount: int  # as tendered (cash before change), always positive
    description: str


@dataclass(frozen=True)
class FiscalDocument:
    """One fiscal document to send; `job_id` is its idempotency id."""

    job_id: str
    kind: str  # SALE | REFUND | Z_REPORT
    items: tuple[FiscalItem, ...] = ()
    payments: tuple[FiscalPayment, ...] = ()
    rounding: int = 0  # added to the total: -2 rounds 12,52 down to 12,50 (cash only)
    lottery_code: str | None = None
    reference: FiscalReference | None = None  # a return or void
    total: int = 0  # the sale's total before rounding
    receipt_number: str = ""

    @property
    def is_void(self) -> bool:
        return self.reference is not None and self.reference.kind == "VOID"

    def per_rate(self) -> dict[int, int]:
        totals: dict[int, int] = {}
        for item in self.items:
            totals[item.rate_bp] = totals.get(item.rate_bp, 0) + item.gross - item.discount
        return totals


def cash_rounding(amount: int) -> int:
    """What to add to `amount` (cents) to reach the nearest 5 cents: 1-2 cents down, 3-4 up."""
    rest = amount % 5
    return -rest if rest <= 2 else 5 - rest


def check_lottery_code(code: str | None, electronic: int) -> str | None:
    """The lottery code upper-cased, or a typed error; None/blank: no code."""
    if code is None or not code.strip():
        return None
    code = code.strip().upper()
    if not LOTTERY_RE.fullmatch(code):
        raise BadLotteryCode(code)
    if electronic < LOTTERY_MINIMUM:
        raise LotteryNeedsElectronicPayment(LOTTERY_MINIMUM)
    return code


def _items(session: Session, sale: Sale, settings: FiscalSettings) -> tuple[FiscalItem, ...]:
    items = []
    for line in session.exec(select(SaleLine).where(SaleLine.sale_id == sale.id).order_by(SaleLine.position)):
        qty, gross, discount = abs(line.qty_milli), abs(line.gross), abs(line.discount)
        unit_price = line.unit_price
        if sale.kind == REFUND:  # a return pays back what the customer paid: no discount lines
            gross, discount = abs(line.total), 0
        if line_gross(qty, unit_price) != gross:
            qty, unit_price = 1000, gross  # a price label or a paid-back share: one piece at its amount
        items.append(FiscalItem(line.name, qty, unit_price, gross, discount, settings.department(line.vat_rate_bp), line.vat_rate_bp))
    return tuple(items)


def _payments(session: Session, sale: Sale) -> tuple[FiscalPayment, ...]:
    by_kind: dict[str, int] = {}
    for payment in session.exec(select(Payment).where(Payment.sale_id == sale.id, Payment.is_change == False)):  # noqa: E712
        if payment.method == ROUNDING:  # the shop's cash rounding: sent as the RT's rounding, not as a payment
            continue
        kind = METHOD_KIND.get(payment.method, ELECTRONIC)
        by_kind[kind] = by_kind.get(kind, 0) + abs(payment.amount)
    # Cash last: the RT gives change only out of the last payment.
    order = (DISCOUNT, NOT_PAID, ELECTRONIC, CASH)
    return tuple(FiscalPayment(kind, by_kind[kind], kind) for kind in order if by_kind.get(kind))


def reference_for(session: Session, refund: Sale, typed: str | None = None) -> FiscalReference:
    """A return's reference: VOID when it gives back the whole original within the same RT day (no
    closure since), else REFUND; from the stored original or as typed from the customer's slip."""
    if typed:
        return FiscalReference.parse(typed)
    original = session.get(Sale, refund.refund_of_id) if refund.refund_of_id else None
    if original is None or original.fiscal_doc_number is None:
        raise MissingFiscalReference(refund.id)
    sold = session.exec(select(SaleLine.qty_milli).where(SaleLine.sale_id == original.id)).all()
    returned = session.exec(
        select(SaleLine.qty_milli).join(Sale, Sale.id == SaleLine.sale_id).where(Sale.refund_of_id == original.id)
    ).all()
    whole = sum(sold) + sum(returned) == 0 and len(session.exec(select(Sale.id).where(Sale.refund_of_id == original.id)).all()) == 1
    closed_since = session.exec(
        select(FiscalJob.id).where(FiscalJob.kind == Z_REPORT, FiscalJob.state == "done", FiscalJob.z_number >= original.fiscal_z_number)
    ).first()
    kind = "VOID" if whole and closed_since is None else "REFUND"
    return FiscalReference(kind, original.fiscal_z_number, original.fiscal_doc_number, date.fromisoformat(original.fiscal_date), original.fiscal_serial or "")


def document_for(session: Session, job: FiscalJob, settings: FiscalSettings | None = None) -> FiscalDocument:
    """The document a job sends, built from the stored sale (or just the closure for a Z job)."""
    settings = settings or load_fiscal_settings(session)
    if job.kind == Z_REPORT:
        return FiscalDocument(job.id, Z_REPORT)
    sale = session.get(Sale, job.sale_id)
    payments = _payments(session, sale)
    rounded = session.exec(select(Payment.amount).where(Payment.sale_id == sale.id, Payment.method == ROUNDING)).all()
    rounding = -sum(rounded)  # the till's own rounding line (shop/cash_rounding.py): the drawer and the RT agree
    if not rounded and settings.cash_rounding and sale.kind == SALE:
        cash_due = sale.total - sum(p.amount for p in payments if p.kind != CASH)
        if cash_due > 0 and any(p.kind == CASH for p in payments):
            rounding = cash_rounding(cash_due)
    reference = reference_for(session, sale, job.reference) if sale.kind == REFUND else None
    return FiscalDocument(
        job.id, sale.kind, _items(session, sale, settings), payments, rounding, job.lottery_code, reference,
        sale.total, sale.receipt_number,
    )


# --- jobs ------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class JobView:
    id: str
    kind: str
    sale_id: str | None
    receipt_number: str
    state: str
    error: str | None
    attempts: int
    doc_number: int | None
    z_number: int | None


def _view(session: Session, job: FiscalJob) -> JobView:
    sale = session.get(Sale, job.sale_id) if job.sale_id else None
    number = sale.receipt_number if sale else "Z"
    return JobView(job.id, job.kind, job.sale_id, number, job.state, job.error, job.attempts, job.doc_number, job.z_number)


def enqueue_sale(session: Session, sale: dict | Sale, lottery_code: str | None = None) -> FiscalJob | None:
    """Inside the sale's own transaction: its fiscal job, when the shop has an RT. Idempotent."""
    if not load_fiscal_settings(session).enabled:
        return None
    get = sale.get if isinstance(sale, dict) else lambda key: getattr(sale, key)
    existing = session.exec(select(FiscalJob).where(FiscalJob.sale_id == get("id"))).first()
    if existing is not None:
        return existing
    job = FiscalJob(till_id=get("till_id"), kind=get("kind"), sale_id=get("id"), lottery_code=lottery_code)
    session.add(job)
    session.flush()
    return job


def enqueue_z(session: Session, till_id: str, z_report_id: str | None) -> FiscalJob | None:
    """Inside the shift close: the RT's daily closure, when the shop has an RT and closes it with the shift."""
    settings = load_fiscal_settings(session)
    if not settings.enabled or not settings.z_at_shift_close:
        return None
    job = FiscalJob(till_id=till_id, kind=Z_REPORT, z_report_id=z_report_id)
    session.add(job)
    session.flush()
    return job


def set_reference(engine: Engine, job_id: str, typed: str) -> None:
    """A return whose original is not in Bottega: the reference typed from the customer's slip."""
    FiscalReference.parse(typed)
    with write_session(engine) as session:
        job = session.get(FiscalJob, job_id)
        job.reference = typed
        if job.state == "failed":
            job.error = None
        session.add(job)


def get(engine: Engine, job_id: str) -> FiscalJob | None:
    with read_session(engine) as session:
        job = session.get(FiscalJob, job_id)
        if job is not None:
            session.expunge(job)
        return job


def view(engine: Engine, job_id: str) -> JobView:
    with read_session(engine) as session:
        return _view(session, session.get(FiscalJob, job_id))


def open_jobs(engine: Engine, till_id: str) -> list[JobView]:
    """Documents the RT has not confirmed, oldest first: what the till shows as 'not yet fiscal'."""
    with read_session(engine) as session:
        jobs = session.exec(
            select(FiscalJob).where(FiscalJob.till_id == till_id, FiscalJob.state.in_(OPEN)).order_by(FiscalJob.created_at)
        ).all()
        return [_view(session, job) for job in jobs]


def claim(engine: Engine, job_id: str, before_doc: int | None, before_z: int | None) -> bool:
    """Move a pending or refused job to 'sending', recording the RT's counters read just before."""
    with write_session(engine) as session:
        result = session.execute(
            update(FiscalJob)
            .where(FiscalJob.id == job_id, FiscalJob.state.in_(CLAIMABLE))
            .values(state="sending", attempts=FiscalJob.attempts + 1, before_doc=before_doc, before_z=before_z,
                    error=None, updated_at=utc_now())
        )
        return result.rowcount == 1


def mark(engine: Engine, job_id: str, state: str, error: str | None = None) -> None:
    """A job's new state. 'failed' means the RT certainly issued nothing: the counters read before
    its last send are dropped, so later documents can never be taken for it."""
    with write_session(engine) as session:
        job = session.get(FiscalJob, job_id)
        job.state, job.error, job.updated_at = state, error, utc_now()
        if state == "failed":
            job.before_doc = job.before_z = None
        session.add(job)


@dataclass(frozen=True)
class Confirmation:
    """What the RT said it printed."""

    doc_number: int | None
    z_number: int | None
    day: date | None
    serial: str
    amount: int | None
    reply: dict = field(default_factory=dict)


def confirm(engine: Engine, job_id: str, confirmation: Confirmation, document: FiscalDocument | None = None) -> None:
    """The RT printed the job's document: its numbers go on the job and on the sale, in one write."""
    with write_session(engine) as session:
        job = session.get(FiscalJob, job_id)
        job.state, job.error, job.updated_at = "done", None, utc_now()
        job.doc_number, job.z_number = confirmation.doc_number, confirmation.z_number
        job.doc_date = confirmation.day.isoformat() if confirmation.day else None
        job.serial, job.amount = confirmation.serial, confirmation.amount
        reply = dict(confirmation.reply)
        if document is not None and document.kind != Z_REPORT:
            sign = -1 if document.kind == REFUND else 1
            paid = {p.kind: p.amount for p in document.payments}
            change = max(0, sum(paid.values()) - (abs(document.total) + document.rounding))
            if change:
                paid[CASH] = paid.get(CASH, 0) - change
            reply["sent"] = {
                "vat": {str(rate): sign * amount for rate, amount in document.per_rate().items()},
                "payments": {kind: sign * amount for kind, amount in paid.items()},
                "rounding": document.rounding,
                "reference": document.reference.text() if document.reference else None,
                "lottery_code": document.lottery_code,
            }
        job.reply = reply
        session.add(job)
        if job.sale_id and job.kind != Z_REPORT:
            sale = session.get(Sale, job.sale_id)
            sale.fiscal_doc_number, sale.fiscal_z_number = confirmation.doc_number, confirmation.z_number
            sale.fiscal_date, sale.fiscal_serial = job.doc_date, confirmation.serial
            session.add(sale)


def resolve_check(engine: Engine, job_id: str, issued: FiscalReference | None) -> None:
    """A person looked at the RT's slips for a job in 'check': `issued` is the document the RT printed
    for it (typed from the slip), or None when it printed nothing and may be sent again."""
    with write_session(engine) as session:
        job = session.get(FiscalJob, job_id)
        if job is None or job.state != "check":
            return
        if issued is None:
            job.state, job.error, job.before_doc, job.before_z = "failed", "checked_not_issued", None, None
            session.add(job)
            return
    confirm(engine, job_id, Confirmation(issued.doc_number, issued.z_number, issued.day, issued.serial, None, {"checked": True}))


def recover_interrupted(engine: Engine, till_id: str) -> list[str]:
    """At start-up: a job left 'sending' by a crash may or may not have printed: it becomes
    'unknown' (the RT is asked first). Returns every job id the worker should look at."""
    with write_session(engine) as session:
        session.execute(
            update(FiscalJob).where(FiscalJob.till_id == till_id, FiscalJob.state == "sending")
            .values(state="unknown", error="interrupted", updated_at=utc_now())
        )
        return list(session.exec(
            select(FiscalJob.id).where(FiscalJob.till_id == till_id, FiscalJob.state.in_(("pending", "unknown", "failed")))
            .order_by(FiscalJob.created_at)
        ))
