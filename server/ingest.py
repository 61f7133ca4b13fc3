"""Taking in a till's push: each outbox record upserted by (shop, id), answered accepted or rejected.

The whole batch is one transaction with the shop's row locked, so pushes to one shop are
serialised (and their changes numbered in commit order) while other shops go on in parallel.
A rejected record leaves nothing behind and does not spoil the rest of the batch (see `push`).
Sending the same batch again finds every record already there and numbers no new change.
"""
import logging
from dataclasses import dataclass, field
from datetime import datetime, timezone
from functools import cache
from zoneinfo import ZoneInfo

from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.sql.dml import Insert
from sqlmodel import Session, select

from server.clock import utc_now
from server.merge import BadPayload, ClockAhead, merge_customer, record_stamp, reservation_wins
from server.models import Change, Customer, LoyaltyCard, PointsEntry, Record, Sale, Shop, Till
from syncwire import hlc
from syncwire import messages as m
from syncwire.validate import CUSTOMER_DATA, Invalid, check_record


log = logging.getLogger(__name__)


class RetryEach(Exception):
    """A record failed in a way only its own savepoint can undo: run the batch again record by record."""


class Conflict(Exception):
    """The record contradicts what is stored (a different sale under the same id, a card code taken)."""


@dataclass
class Ingest:
    session: Session
    shop: Shop
    till: Till
    now: str
    now_ms: int
    pending: list = field(default_factory=list)  # changes to number, written once per batch

    def insert_new(self, table, values: dict) -> bool:
        """Insert unless a row with the same key is there already; whether it was inserted."""
        return self.session.connection().execute(insert_if_new(self.dialect, table), values).first() is not None

    def changed(self, kind: str, record_id: str, data: dict) -> None:
        self.pending.append(dict(shop_id=self.shop.id, kind=kind, record_id=record_id, till_id=self.till.id, data=data, at=self.now))

    def write_changes(self) -> None:
        """The batch's changes in one statement, numbered in the order the records came."""
        if self.pending:
            self.session.connection().execute(CHANGE_INSERT, self.pending)
        self.pending.clear()

    @property
    def dialect(self) -> str:
        return self.session.get_bind().dialect.name


CHANGE_INSERT = Change.__table__.insert()


@cache
def insert_if_new(dialect: str, table) -> Insert:
    """INSERT ... ON CONFLICT DO NOTHING RETURNING, built once per table (statement building is most of the cost)."""
    insert = pg_insert if dialect == "postgresql" else sqlite_insert
    # RETURNING, not rowcount: psycopg 3 reports -1 for INSERT ... ON CONFLICT here.
    return insert(table.__table__).on_conflict_do_nothing().returning(table.__table__.c[0])


def need(payload: dict, key: str, kind: type, optional: bool = False):
    value = payload.get(key)
    if value is None and optional:
        return None
    if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
        raise BadPayload(f"{key} must be {kind.__name__}")
    if kind is int and not -(2**63) < value < 2**63:
        raise BadPayload(f"{key} is out of range")
    if kind is str and "\x00" in value:
        raise BadPayload(f"{key} holds a NUL character")  # PostgreSQL text cannot
    return value


def same_id(record: m.Record, payload: dict) -> None:
    if payload.get("id") != record.id:
        raise BadPayload("payload id differs from the record id")


def local_day(completed_at: str, time_zone: str) -> str:
    moment = datetime.fromisoformat(completed_at)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)  # tills store UTC; never the server machine's zone
    return moment.astimezone(ZoneInfo(time_zone)).date().isoformat()


def take_sale(ctx: Ingest, record: m.Record) -> str:
    sale = need(record.payload, "sale", dict)
    same_id(record, sale)
    need(record.payload, "lines", list)
    need(record.payload, "payments", list)
    values = dict(
        shop_id=ctx.shop.id, id=record.id, till_id=ctx.till.id, receipt_number=need(sale, "receipt_number", str),
        kind=need(sale, "kind", str), total=need(sale, "total", int), currency=need(sale, "currency", str),
        completed_at=need(sale, "completed_at", str), day=local_day(sale["completed_at"], ctx.shop.time_zone),
        customer_id=need(sale, "customer_id", str, optional=True), data=record.payload, received_at=ctx.now,
    )
    if ctx.insert_new(Sale, values):
        header = {k: sale.get(k) for k in ("id", "receipt_number", "kind", "total", "currency", "completed_at", "customer_id")}
        ctx.changed(m.SALE, record.id, header)
        return m.STORED
    return append_only_repeat(ctx.session.get(Sale, (ctx.shop.id, record.id)).data, record.payload)


def append_only_repeat(stored: dict, incoming: dict) -> str:
    """A second delivery of an append-only record must be the same record, or it is refused."""
    if stored != incoming:
        raise Conflict("a different record with this id is stored already")
    return m.ALREADY_STORED


def take_points(ctx: Ingest, record: m.Record) -> str:
    p = record.payload
    same_id(record, p)
    values = dict(
        shop_id=ctx.shop.id, id=record.id, customer_id=need(p, "customer_id", str), key=need(p, "key", str),
        kind=need(p, "kind", str), points=need(p, "points", int), at=need(p, "at", str), data=p,
    )
    if ctx.insert_new(PointsEntry, values):
        ctx.changed(m.POINTS, record.id, p)
        return m.STORED
    stored = ctx.session.get(PointsEntry, (ctx.shop.id, record.id))
    if stored is None:
        return m.ALREADY_STORED  # another till recorded the same event (same key) first: counted once
    return append_only_repeat(stored.data, p)


def take_customer(ctx: Ingest, record: m.Record) -> str:
    p = record.payload
    same_id(record, p)
    row = ctx.session.get(Customer, (ctx.shop.id, record.id))
    data, clocks = well_formed_fields(row.data, row.clocks) if row else ({}, {})
    merged = merge_customer(data, clocks, p, ctx.till.id, ctx.now_ms)
    if not merged.changed:
        return m.UNCHANGED
    if row is None:
        ctx.session.add(Customer(shop_id=ctx.shop.id, id=record.id, data=merged.data, clocks=merged.clocks))
    else:
        row.data, row.clocks = merged.data, merged.clocks
        ctx.session.add(row)
    ctx.changed(m.CUSTOMER, record.id, {**merged.data, "clocks": merged.clocks})
    return m.STORED if row is None else m.MERGED


def well_formed_fields(data: dict, clocks: dict) -> tuple[dict, dict]:
    """A stored customer without the fields that break the schema (stored before issue 10's checks):
    a bad value counts as none, so the next edit replaces it and no till is sent it again."""
    bad = set()
    for name, check in CUSTOMER_DATA.items():
        if name in data:
            try:
                check(data[name], name)
            except Invalid:
                bad.add(name)
    if not bad:
        return data, clocks
    return ({k: v for k, v in data.items() if k not in bad}, {k: v for k, v in (clocks or {}).items() if k not in bad})


def take_card(ctx: Ingest, record: m.Record) -> str:
    p = record.payload
    same_id(record, p)
    values = dict(shop_id=ctx.shop.id, id=record.id, customer_id=need(p, "customer_id", str), code=need(p, "code", str),
                  issued_at=need(p, "issued_at", str), revoked_at=need(p, "revoked_at", str, optional=True))
    if ctx.insert_new(LoyaltyCard, values):
        ctx.changed(m.CARD, record.id, p)
        return m.STORED
    card = ctx.session.get(LoyaltyCard, (ctx.shop.id, record.id))
    if card is None:
        raise Conflict("this card code belongs to another card")
    if values["revoked_at"] and not card.revoked_at:  # a revocation is final
        card.revoked_at = values["revoked_at"]
        ctx.session.add(card)
        ctx.changed(m.CARD, record.id, {**p, "revoked_at": card.revoked_at})
        return m.MERGED
    return m.ALREADY_STORED


def stored_record(ctx: Ingest, kind: str, record_id: str) -> Record | None:
    return ctx.session.get(Record, (ctx.shop.id, kind, record_id))


def put_record(ctx: Ingest, row: Record | None, kind: str, record: m.Record, data: dict, clock: str = "") -> str:
    if row is None:
        row = Record(shop_id=ctx.shop.id, kind=kind, id=record.id, customer_id=data.get("customer_id"), clock=clock, data=data)
        outcome = m.STORED
    else:
        row.data, row.clock, row.customer_id = data, clock, data.get("customer_id")
        outcome = m.MERGED
    ctx.session.add(row)
    ctx.changed(kind, record.id, data)
    return outcome


def take_reservation(ctx: Ingest, record: m.Record) -> str:
    p = record.payload
    same_id(record, p)
    need(p, "status", str)
    clock = str(record_stamp(p, ctx.till.id))
    row = stored_record(ctx, m.RESERVATION, record.id)
    if row is not None and not reservation_wins(row.data, p, row.clock, clock):
        return m.UNCHANGED
    return put_record(ctx, row, m.RESERVATION, record, p, clock)


def refuse_owners_record(ctx: Ingest, record: m.Record) -> str:
    """Products and shared settings come from the owner (server/catalogue.py), never from a till:
    a till's copy, however new its stamp, must not overwrite the shop's catalogue."""
    raise Conflict(f"a {record.kind} is the owner's to change (import it on the server), not a till's")


def take_coupon(ctx: Ingest, record: m.Record) -> str:
    """A coupon and its redemption, in either order; the first redemption stays."""
    p = record.payload
    same_id(record, p)
    row = stored_record(ctx, m.COUPON, record.id)
    merged = dict(p)
    if row is not None:
        merged.update({k: v for k, v in row.data.items() if v is not None})
        if merged == row.data:
            return m.UNCHANGED
    return put_record(ctx, row, m.COUPON, record, merged)


def take_append_only(ctx: Ingest, record: m.Record) -> str:
    """Consents, cash movements, Z reports: facts that never change once written."""
    p = record.payload
    if ctx.insert_new(Record, dict(shop_id=ctx.shop.id, kind=record.kind, id=record.id, customer_id=p.get("customer_id"), clock="", data=p)):
        ctx.changed(record.kind, record.id, p)
        return m.STORED
    return append_only_repeat(stored_record(ctx, record.kind, record.id).data, p)


def take_until_final(ctx: Ingest, record: m.Record) -> str:
    """Feedback notes and follow-ups: written once, then resolved or done once; that final state is
    never undone, so any till's copies merge to the same record whatever order they arrive in."""
    p = record.payload
    same_id(record, p)
    final = FINAL_FIELD[record.kind]
    row = stored_record(ctx, record.kind, record.id)
    if row is None:
        return put_record(ctx, None, record.kind, record, p)
    if row.data.get(final) or not p.get(final):
        return m.UNCHANGED
    return put_record(ctx, row, record.kind, record, {**row.data, **p})


def refuse_nps(ctx: Ingest, record: m.Record) -> str:
    raise Conflict("an NPS answer comes from the customer's loyalty page, not from a till")


FINAL_FIELD = {m.FEEDBACK: "resolved_at", m.FOLLOW_UP: "done_at"}
OWNERS_KINDS = (m.PRODUCT, m.SETTING)
HANDLERS = {
    m.SALE: take_sale, m.POINTS: take_points, m.CUSTOMER: take_customer, m.CARD: take_card,
    m.RESERVATION: take_reservation, m.COUPON: take_coupon, m.COUPON_REDEEMED: take_coupon,
    m.PRODUCT: refuse_owners_record, m.SETTING: refuse_owners_record,
    m.CONSENT: take_append_only, m.CASH_MOVEMENT: take_append_only, m.Z_REPORT: take_append_only,
    m.FEEDBACK: take_until_final, m.FOLLOW_UP: take_until_final, m.NPS: refuse_nps,
}


def take_all(ctx: Ingest, records: list[m.Record], savepoint_each: bool) -> tuple[list, list]:
    """Run each record's handler; Python-level refusals never leave a partial write behind, so
    only a database error needs a savepoint to undo (and only `savepoint_each` catches those)."""
    accepted, rejected = [], []
    for record in records:
        handler = HANDLERS.get(record.kind)
        if handler is None or "\x00" in record.id:
            reason = m.UNKNOWN_KIND if handler is None else m.INVALID
            rejected.append(m.Rejected(kind=record.kind, id=record.id, reason=reason))
            continue
        try:
            if record.kind not in OWNERS_KINDS:  # those go through the owner's import rules (server/catalogue.py)
                check_record(record.kind, record.id, record.payload)
        except Invalid as exc:
            rejected.append(m.Rejected(kind=record.kind, id=record.id, reason=m.INVALID, detail=str(exc)))
            continue
        queued = len(ctx.pending)
        try:
            if savepoint_each:
                with ctx.session.begin_nested():
                    outcome = handler(ctx, record)
            else:
                outcome = handler(ctx, record)
        except ClockAhead as exc:
            rejected.append(m.Rejected(kind=record.kind, id=record.id, reason=m.CLOCK_AHEAD, detail=str(exc)))
        except (BadPayload, KeyError, TypeError, ValueError, OverflowError) as exc:
            rejected.append(m.Rejected(kind=record.kind, id=record.id, reason=m.INVALID, detail=str(exc)))
        except Conflict as exc:
            rejected.append(m.Rejected(kind=record.kind, id=record.id, reason=m.CONFLICT, detail=str(exc)))
        except DBAPIError as exc:
            if not savepoint_each:
                raise
            del ctx.pending[queued:]
            reason = m.CONFLICT if isinstance(exc, IntegrityError) else m.INVALID
            rejected.append(m.Rejected(kind=record.kind, id=record.id, reason=reason, detail=str(exc.orig).splitlines()[0]))
        except Exception as exc:  # a record no rule foresaw is that record's refusal, never the batch's 500
            if not savepoint_each:
                raise RetryEach() from exc  # it may have written before failing: undo it in its own savepoint
            log.exception("push: record %s %s refused by an unexpected error", record.kind, record.id)
            rejected.append(m.Rejected(kind=record.kind, id=record.id, reason=m.INVALID, detail=type(exc).__name__))
        else:
            accepted.append(m.Accepted(kind=record.kind, id=record.id, outcome=outcome))
            continue
        del ctx.pending[queued:]
    return accepted, rejected


def push(session: Session, shop_id: str, till_id: str, batch: m.PushBatch) -> m.PushResult:
    """Take a batch in for the till, inside the caller's write transaction.

    The batch first runs whole in one savepoint (two statements a record); only if the database
    refuses something is it run again record by record, each in its own savepoint, so that one
    record's failure rejects that record alone.
    """
    shop = session.exec(select(Shop).where(Shop.id == shop_id).with_for_update()).one()
    till = session.get(Till, till_id)
    now = utc_now()
    ctx = Ingest(session, shop, till, now, hlc.now_ms())
    try:
        with session.begin_nested():
            accepted, rejected = take_all(ctx, batch.records, savepoint_each=False)
            ctx.write_changes()
    except (DBAPIError, RetryEach):
        ctx.pending.clear()
        accepted, rejected = take_all(ctx, batch.records, savepoint_each=True)
        ctx.write_changes()
    till.last_seen_at = now
    session.add(till)
    return m.PushResult(accepted=accepted, rejected=rejected, server_time=now)
