"""A till's shift: opening float, cash in and out, closing count and the Z report."""
from sqlmodel import Session, col, select

from db.ids import utc_now
from db.models import CashMovement, User
from db.models import Shift as Shift, ZReport as ZReport  # re-exported: ui/ names them without importing db/
from shop import audit, fiscal, outbox
from shop.errors import NoOpenShift, ShiftAlreadyOpen
from shop.reports import shift_summary


def current_shift(session: Session, till_id: str) -> Shift | None:
    return session.exec(select(Shift).where(Shift.till_id == till_id, col(Shift.closed_at).is_(None))).first()


def open_shift(session: Session, user: User, opening_float: int, till_id: str) -> Shift:
    if current_shift(session, till_id):
        raise ShiftAlreadyOpen()
    shift = Shift(till_id=till_id, opened_by=user.id, opening_float=opening_float)
    session.add(shift)
    session.flush()
    audit.record(session, till_id, "shift_open", user.id, opening_float=opening_float)
    return shift


def move_cash(session: Session, shift: Shift, user: User, amount: int, reason: str) -> CashMovement:
    """Cash put into (amount > 0) or taken out of (amount < 0) the drawer outside a sale."""
    movement = CashMovement(shift_id=shift.id, user_id=user.id, amount=amount, reason=reason)
    session.add(movement)
    action = "cash_in" if amount > 0 else "cash_out"
    audit.record(session, shift.till_id, action, user.id, amount=amount, reason=reason)
    outbox.enqueue(session, "cash_movement", movement.id, movement.model_dump())
    return movement


def close_shift(session: Session, till_id: str, user: User, counted_cash: int) -> ZReport:
    """Close the open shift with the counted cash; the Z report gets the till's next Z number."""
    shift = current_shift(session, till_id)
    if shift is None:
        raise NoOpenShift()
    conn = session.connection()
    conn.exec_driver_sql("INSERT OR IGNORE INTO tillcounter (till_id, next_receipt, next_z) VALUES (?, 1, 1)", (till_id,))
    z_number: int = conn.exec_driver_sql(
        "UPDATE tillcounter SET next_z = next_z + 1 WHERE till_id = ? RETURNING next_z - 1", (till_id,)
    ).scalar_one()
    summary = shift_summary(session, shift, counted_cash)
    shift.closed_at = utc_now()
    shift.closed_by = user.id
    shift.counted_cash = counted_cash
    shift.expected_cash = summary["cash"]["expected"]
    shift.z_number = z_number
    summary.update(z_number=z_number, closed_at=shift.closed_at, closed_by=user.name)
    report = ZReport(till_id=till_id, z_number=z_number, shift_id=shift.id, data=summary)
    session.add_all([shift, report])
    session.flush()
    fiscal.enqueue_z(session, till_id, report.id)  # the RT's daily closure, when the shop has one
    audit.record(session, till_id, "shift_close", user.id, z_number=z_number, counted=counted_cash, expected=shift.expected_cash)
    outbox.enqueue(session, "z_report", report.id, {"till_id": till_id, "z_number": z_number, "data": summary})
    return report
