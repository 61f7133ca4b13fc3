"""The daily closure: Bottega's Z report beside the RT's, per VAT rate, payment and total."""
from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session, select

from db.models import FiscalJob, Sale, ZReport
from shop.cash_rounding import ROUNDING
from shop.fiscal import CASH, DISCOUNT, ELECTRONIC, METHOD_KIND, NOT_PAID, Z_REPORT


@dataclass(frozen=True)
class ZRow:
    kind: str  # vat (key: rate in basis points) | payment (key: CASH, ELECTRONIC ...) | rounding | total
    key: str
    bottega: int
    rt: int

    @property
    def difference(self) -> int:
        return self.rt - self.bottega


@dataclass(frozen=True)
class ZComparison:
    """Bottega's Z report beside the RT's closure. Per VAT rate and payment the RT side is what the
    RT confirmed document by document; `total` compares with the RT's own daily amount."""

    z_report_id: str
    rt_z_number: int | None
    rows: tuple[ZRow, ...]
    unconfirmed: tuple[str, ...]  # receipt numbers of the shift the RT never confirmed

    @property
    def matches(self) -> bool:
        return not self.unconfirmed and all(row.difference == 0 for row in self.rows if row.kind != "rounding")


def compare_z(session: Session, z_report_id: str) -> ZComparison:
    report = session.get(ZReport, z_report_id)
    data = report.data
    z_job = session.exec(select(FiscalJob).where(FiscalJob.z_report_id == z_report_id)).first()
    sales = session.exec(select(Sale).where(Sale.shift_id == report.shift_id).order_by(Sale.seq)).all()
    jobs = {job.sale_id: job for job in session.exec(
        select(FiscalJob).where(FiscalJob.sale_id.in_([s.id for s in sales]), FiscalJob.state == "done"))}
    rt_vat: dict[str, int] = {}
    rt_pay: dict[str, int] = {}
    rounding = 0
    for job in jobs.values():
        sent = (job.reply or {}).get("sent", {})
        for rate, amount in sent.get("vat", {}).items():
            rt_vat[rate] = rt_vat.get(rate, 0) + amount
        for kind, amount in sent.get("payments", {}).items():
            rt_pay[kind] = rt_pay.get(kind, 0) + amount
        rounding += sent.get("rounding", 0)
    rows = []
    bottega_vat = {str(row["rate_bp"]): row["gross"] for row in data.get("vat", [])}
    for rate in sorted(set(bottega_vat) | set(rt_vat), key=int, reverse=True):
        rows.append(ZRow("vat", rate, bottega_vat.get(rate, 0), rt_vat.get(rate, 0)))
    bottega_pay: dict[str, int] = {}
    # The till's own rounding line (shop/cash_rounding.py): its cash is already what was taken.
    till_rounded = ROUNDING in data.get("payments", {})
    for method, amount in data.get("payments", {}).items():
        if method == ROUNDING:
            continue
        kind = METHOD_KIND.get(method, ELECTRONIC)
        bottega_pay[kind] = bottega_pay.get(kind, 0) + amount
    for kind in (CASH, ELECTRONIC, DISCOUNT, NOT_PAID):
        if kind in bottega_pay or kind in rt_pay:
            # Bottega's cash is before the 5-cent rounding the RT applied (its own row below).
            ours = bottega_pay.get(kind, 0) + (rounding if kind == CASH and not till_rounded else 0)
            rows.append(ZRow("payment", kind, ours, rt_pay.get(kind, 0)))
    if rounding:
        rows.append(ZRow("rounding", "", 0, rounding))
    rt_total = z_job.amount if z_job is not None and z_job.amount is not None else None
    rows.append(ZRow("total", "", data.get("net_total", 0) + rounding, rt_total if rt_total is not None else 0))
    unconfirmed = tuple(s.receipt_number for s in sales if s.id not in jobs)
    return ZComparison(z_report_id, z_job.z_number if z_job else None, tuple(rows), unconfirmed)


def latest_z_comparison(session: Session, till_id: str) -> ZComparison | None:
    """The comparison of the till's newest closed shift, when the RT has closed its day for it."""
    job = session.exec(
        select(FiscalJob).where(FiscalJob.till_id == till_id, FiscalJob.kind == Z_REPORT).order_by(FiscalJob.created_at.desc())
    ).first()
    return compare_z(session, job.z_report_id) if job is not None and job.z_report_id else None
