"""Bulk price change: a category's products or the chosen ones, by a percentage or an amount.

`preview` computes every new price and writes nothing; `apply` writes exactly the previewed prices
in one transaction, with one audit event listing each product's old and new price, and refuses
(PreviewOutdated) if any price moved since the preview.
"""
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from sqlmodel import Session

from db.ids import utc_now
from db.models import User
from shop import audit
from shop.catalogue_errors import FieldProblem, InvalidFields, NothingToChange, PreviewOutdated, Problem
from shop.catalogue_outbox import queue_products
from shop.money import percent_of
from shop.product_admin import MAX_PRICE, require_editor
from shop.settings import ShopSettings, load_settings

PERCENT, AMOUNT = "percent", "amount"


@dataclass(frozen=True)
class PriceChange:
    product_id: str
    sku: str
    name: str
    unit: str
    old: int
    new: int


def parse_percent(text: str) -> int | None:
    """A change in percent as typed ("10", "-5,5") in basis points, or None; at most 2 decimals, above -100 %."""
    try:
        value = Decimal(text.replace("%", "").replace(",", ".").strip()) * 100
    except InvalidOperation:
        return None
    if not value.is_finite() or value != value.to_integral_value() or not -10_000 < value <= 100_000:
        return None
    return int(value)


def preview(session: Session, product_ids: list[str], kind: str, change: str,
            settings: ShopSettings | None = None) -> list[PriceChange]:
    """Old and new price of each product, by name; InvalidFields if the change or a new price is unusable."""
    settings = settings or load_settings(session)
    if not product_ids:
        raise NothingToChange()
    if kind == PERCENT:
        step = parse_percent(change)
    else:
        try:
            step = settings.parse_amount(change)
        except ValueError:
            step = None
    if step is None:
        problem = Problem.NOT_AN_AMOUNT if change.strip() else Problem.REQUIRED
        raise InvalidFields([FieldProblem("change", problem, change.strip())])
    if step == 0:
        raise NothingToChange()
    rows: list = []
    for start in range(0, len(product_ids), 500):
        chunk = product_ids[start:start + 500]
        rows += session.connection().exec_driver_sql(
            f"SELECT id, sku, name, unit, price, name_fold FROM product WHERE id IN ({','.join('?' * len(chunk))})",
            tuple(chunk)).fetchall()
    changes, problems = [], []
    for pid, sku, name, unit, old, _fold in sorted(rows, key=lambda r: r[5]):
        new = old + (percent_of(old, step) if kind == PERCENT else step)
        if new < 0:
            problems.append(FieldProblem("change", Problem.NEGATIVE, sku, name))
        elif new >= MAX_PRICE:
            problems.append(FieldProblem("change", Problem.TOO_LARGE, sku, name))
        else:
            changes.append(PriceChange(pid, sku, name, unit, old, new))
    if problems:
        raise InvalidFields(problems)
    return changes


def apply(session: Session, user: User, changes: list[PriceChange]) -> int:
    """Write the previewed prices; how many products changed."""
    require_editor(user)
    changes = [c for c in changes if c.new != c.old]
    if not changes:
        raise NothingToChange()
    conn = session.connection()
    now = utc_now()
    for change in changes:
        updated = conn.exec_driver_sql("UPDATE product SET price = ?, updated_at = ? WHERE id = ? AND price = ?",
                                       (change.new, now, change.product_id, change.old)).rowcount
        if updated != 1:
            raise PreviewOutdated(change.sku)  # the caller's transaction rolls every price back
    audit.record(session, load_settings(session).till_id, "price.bulk_change", user.id,
                 prices=[[c.sku, c.old, c.new] for c in changes])
    queue_products(session, [c.product_id for c in changes])
    return len(changes)
