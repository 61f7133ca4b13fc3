"""The points ledger: append-only rows, the balance is their sum (DESIGN.md, "Points are a ledger").

Every row has a unique `key` derived from what caused it ("earn:<sale id>", "redeem:<sale id>",
"birthday:<customer>:<year>", "expire:<customer>:<last expiry covered>"), so a retried sale, a second till or a
re-run of the nightly expiry can never count anything twice: the insert is skipped instead.
Sale rows are written by `record_sale`, called inside complete_sale's own transaction.
"""
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from sqlmodel import Session, select

from db.ids import new_id, utc_now
from db.models import PointsEntry, User
from shop import audit, outbox, users
from shop.customer_errors import NotEnoughPoints
from shop.errors import NotAllowed
from shop.kinds import POINTS  # the payment method of a sale paid (partly) with points
from shop.loyalty_rules import EarnLine, LoyaltySettings, Tier, load_loyalty_settings, points_earned


EARN, REDEEM, REVERSE, BIRTHDAY, ADJUST, EXPIRE = "earn", "redeem", "reverse", "birthday", "adjust", "expire"
GAINS = (EARN, BIRTHDAY)


@dataclass(frozen=True)
class PointsSummary:
    balance: int
    lifetime: int  # every point ever earned or given, before any was spent or expired
    value: int  # what the balance is worth as a payment, minor units
    tier: Tier
    spend_12_months: int


def add_entry(session: Session, customer_id: str, key: str, kind: str, points: int, *, sale_id: str | None = None,
              expires_at: str | None = None, reason: str | None = None, user_id: str | None = None,
              at: str | None = None) -> PointsEntry | None:
    """Append one ledger row and its outbox row; None (and nothing written) if the key is already there."""
    conn = session.connection()
    if conn.exec_driver_sql("SELECT 1 FROM pointsentry WHERE key = ?", (key,)).first():
        return None
    entry = dict(id=new_id(), customer_id=customer_id, key=key, kind=kind, points=points, sale_id=sale_id,
                 expires_at=expires_at, reason=reason, user_id=user_id, at=at or utc_now())
    conn.exec_driver_sql(
        "INSERT INTO pointsentry (id, customer_id, key, kind, points, sale_id, expires_at, reason, user_id, at) "
        "VALUES (:id, :customer_id, :key, :kind, :points, :sale_id, :expires_at, :reason, :user_id, :at)", entry
    )
    outbox.enqueue(session, "points", entry["id"], entry)
    return PointsEntry(**entry)


def balance(session: Session, customer_id: str) -> int:
    return session.connection().exec_driver_sql(
        "SELECT coalesce(sum(points), 0) FROM pointsentry WHERE customer_id = ?", (customer_id,)
    ).scalar_one()


def lifetime_points(session: Session, customer_id: str) -> int:
    return session.connection().exec_driver_sql(
        "SELECT coalesce(sum(points), 0) FROM pointsentry WHERE customer_id = ? "
        "AND (kind IN ('earn', 'birthday') OR (kind = 'adjust' AND points > 0))", (customer_id,)
    ).scalar_one()


def spend_since(session: Session, customer_id: str, since: datetime, not_sale: str | None = None) -> int:
    """Money spent (refunds deducted) since `since`: what tiers are measured by."""
    return session.connection().exec_driver_sql(
        "SELECT coalesce(sum(total), 0) FROM sale WHERE customer_id = ? AND completed_at >= ? AND id IS NOT ?",
        (customer_id, since.astimezone(timezone.utc).isoformat(timespec="microseconds"), not_sale),
    ).scalar_one()


def tier_of(session: Session, customer_id: str, rules: LoyaltySettings, now: datetime | None = None,
            not_sale: str | None = None) -> tuple[Tier, int]:
    """The tier reached by spend in the window before `now` (a sale earns at the tier it started in)."""
    now = now or datetime.now(timezone.utc)
    spend = spend_since(session, customer_id, now - timedelta(days=rules.tier_window_days), not_sale)
    return rules.tier_for_spend(spend), spend


def points_summary(session: Session, customer_id: str, now: datetime | None = None) -> PointsSummary:
    rules = load_loyalty_settings(session)
    points = balance(session, customer_id)
    tier, spend = tier_of(session, customer_id, rules, now)
    return PointsSummary(points, lifetime_points(session, customer_id), rules.value_of(max(points, 0)), tier, spend)


def history(session: Session, customer_id: str, limit: int = 50) -> list[PointsEntry]:
    return list(session.exec(
        select(PointsEntry).where(PointsEntry.customer_id == customer_id)
        .order_by(PointsEntry.at.desc(), PointsEntry.id.desc()).limit(limit)
    ))


def _expiry(rules: LoyaltySettings, at: str) -> str | None:
    if not rules.expiry_days:
        return None
    return (datetime.fromisoformat(at) + timedelta(days=rules.expiry_days)).isoformat(timespec="microseconds")


# --- sales -----------------------------------------------------------------------------------
def record_sale(session: Session, sale: dict, lines: list[dict], payments: list[dict]) -> list[PointsEntry]:
    """The ledger rows of a completed sale or refund with a customer, in the sale's transaction.

    A sale redeems the points it was paid with (NotEnoughPoints rolls the whole sale back) and
    earns on the rest; a refund takes back its share of what the original earned and gives back
    points it pays out as points.
    """
    customer_id = sale["customer_id"]
    rules = load_loyalty_settings(session)
    paid_points = sum(p["amount"] for p in payments if p["method"] == POINTS)
    if customer_id is None:
        raise NotEnoughPoints(0, rules.points_for_amount(abs(paid_points)))  # points need their holder
    written = []
    if sale["kind"] == "refund":
        written.append(_reverse_earned(session, sale))
        if paid_points < 0:  # paying money back as points: they return to the balance
            written.append(add_entry(session, customer_id, f"unredeem:{sale['id']}", REVERSE,
                                     rules.points_for_amount(-paid_points), sale_id=sale["id"], at=sale["completed_at"]))
        return [entry for entry in written if entry]
    if paid_points > 0:
        wanted = rules.points_for_amount(paid_points)
        have = balance(session, customer_id)
        if wanted > have:
            raise NotEnoughPoints(have, wanted)
        written.append(add_entry(session, customer_id, f"redeem:{sale['id']}", REDEEM, -wanted,
                                 sale_id=sale["id"], at=sale["completed_at"]))
    tier, _spend = tier_of(session, customer_id, rules, not_sale=sale["id"])
    categories = _categories(session, [line["product_id"] for line in lines])
    earn_lines = [EarnLine(line["total"], line["sku"], categories.get(line["product_id"])) for line in lines]
    earned = points_earned(earn_lines, paid_points, rules, tier)
    if earned > 0:
        written.append(add_entry(session, customer_id, f"earn:{sale['id']}", EARN, earned, sale_id=sale["id"],
                                 expires_at=_expiry(rules, sale["completed_at"]), at=sale["completed_at"],
                                 reason=tier.name or None))
    return [entry for entry in written if entry]


def _categories(session: Session, product_ids: list[str | None]) -> dict[str, str | None]:
    ids = [pid for pid in product_ids if pid]
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    rows = session.connection().exec_driver_sql(f"SELECT id, category_id FROM product WHERE id IN ({marks})", tuple(ids))
    return dict(rows.fetchall())


def _reverse_earned(session: Session, refund: dict) -> PointsEntry | None:
    """Take back the refunded share of the original sale's points, without rounding drift.

    The target is floor(earned x refunded so far / original total) over all refunds of that sale;
    this refund's row is the target less what earlier refunds already took back.
    """
    conn = session.connection()
    original_id = refund["refund_of_id"]
    row = conn.exec_driver_sql(
        "SELECT e.points, e.customer_id, s.total FROM pointsentry e JOIN sale s ON s.id = e.sale_id "
        "WHERE e.key = ?", (f"earn:{original_id}",)
    ).first()
    if row is None or row[2] <= 0:
        return None
    earned, customer_id, original_total = row
    refunded, taken = conn.exec_driver_sql(
        "SELECT coalesce(-sum(s.total), 0), coalesce(-sum(e.points), 0) FROM sale s "
        "LEFT JOIN pointsentry e ON e.key = 'reverse:' || s.id WHERE s.refund_of_id = ?", (original_id,)
    ).first()
    target = min(earned, earned * refunded // original_total)
    points = target - taken
    if points <= 0:
        return None
    return add_entry(session, customer_id, f"reverse:{refund['id']}", REVERSE, -points, sale_id=refund["id"],
                     at=refund["completed_at"])


# --- by hand and by the calendar -------------------------------------------------------------
def adjust_points(session: Session, customer_id: str, points: int, reason: str, user: User, till_id: str,
                  approver: User | None = None) -> PointsEntry:
    """A manual correction with its reason; managers and owners only (or a cashier with their approval); audited."""
    if not (users.may(session, user, "adjust_points") or (approver is not None and users.may(session, approver, "adjust_points"))):
        raise NotAllowed("adjust_points", "owner" if users.least_role(session, "adjust_points") == "owner" else "manager")
    if not reason.strip() or points == 0:
        raise ValueError("an adjustment needs a reason and a non-zero number of points")
    if points < 0 and balance(session, customer_id) + points < 0:
        raise NotEnoughPoints(balance(session, customer_id), -points)
    entry_id = new_id()
    rules = load_loyalty_settings(session)
    now = utc_now()
    entry = add_entry(session, customer_id, f"adjust:{entry_id}", ADJUST, points, reason=reason.strip(), user_id=user.id,
                      expires_at=_expiry(rules, now) if points > 0 else None, at=now)
    detail = {"customer_id": customer_id, "points": points, "reason": reason.strip()}
    if approver is not None:
        detail["approved_by"] = approver.id
    audit.record(session, till_id, "points_adjusted", user.id, **detail)
    return entry


def expire_points(session: Session, customer_id: str, now: datetime | None = None) -> PointsEntry | None:
    """Write off points whose time is up; oldest points are taken to be spent first. Idempotent.

    Expired = points granted with an expiry before now, less everything ever taken off the balance
    (redeemed, reversed, adjusted down, expired already): what is left of them was never used.
    """
    now = now or datetime.now(timezone.utc)
    stamp = now.astimezone(timezone.utc).isoformat(timespec="microseconds")
    due, used, last_due = session.connection().exec_driver_sql(
        "SELECT coalesce(sum(CASE WHEN points > 0 AND expires_at IS NOT NULL AND expires_at <= ? THEN points END), 0), "
        "coalesce(-sum(CASE WHEN points < 0 THEN points END), 0), "
        "max(CASE WHEN points > 0 AND expires_at IS NOT NULL AND expires_at <= ? THEN expires_at END) "
        "FROM pointsentry WHERE customer_id = ?",
        (stamp, stamp, customer_id),
    ).first()
    points = min(due - used, balance(session, customer_id))
    if points <= 0:
        return None
    # Keyed by the last expiry it covers, not by when the sweep ran: two tills sweeping the same
    # points before they sync write the same key, and the merge keeps one row (not a double expiry).
    return add_entry(session, customer_id, f"expire:{customer_id}:{last_due}", EXPIRE, -points, at=stamp)


def birthday_week(birthday: date, today: date) -> tuple[date, date]:
    """Monday..Sunday of the week holding this year's birthday (29 February counts as the 28th)."""
    try:
        this_year = birthday.replace(year=today.year)
    except ValueError:
        this_year = date(today.year, 2, 28)
    monday = this_year - timedelta(days=this_year.weekday())
    return monday, monday + timedelta(days=6)
