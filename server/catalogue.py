"""The owner feeds the shop's catalogue and shared settings; tills pull them as `product` and `setting` changes.

Each product row is checked on its own: a broken row is rejected with its reason and writes
nothing, the good rows of the same import are kept. Products are keyed by SKU (their global id is
derived from shop and SKU, syncwire/catalogue.py), so importing the same file again numbers no new
change, and a changed price is one new change every till applies. A barcode or PLU belongs to one
SKU at a time: a row that would give another SKU's code to its own is refused. The rules and the
reading of the owner's file are the till's too: syncwire/catalogue_rows.py and catalogue_files.py.
"""
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel
from sqlalchemy import bindparam, update
from sqlmodel import Session, select

from server.clock import utc_now
from server.models import Change, Record, Shop
from syncwire import hlc
from syncwire import messages as m
from syncwire.catalogue import DEFAULT_SCALE_PREFIXES, OWNER_NODE, SHARED_SETTINGS, product_id
from syncwire.catalogue_files import ReadFile, read_catalogue
from syncwire.catalogue_rows import Rules, check_rows
from syncwire.validate import Invalid, check_setting_value

PRODUCT_FIELDS = ("sku", "name", "price", "vat_rate_bp", "unit", "barcode", "plu", "category", "active")
MIN_INT = {"spend_per_point": 1, "variable_measure_item_digits": 1}


class BadSetting(Exception):
    """The setting is not a shared one, or a field is not shared or has the wrong type."""


class ProductAccepted(BaseModel):
    row: int
    sku: str
    id: str
    outcome: str  # stored (new), merged (changed), unchanged


class ProductRejected(BaseModel):
    row: int
    sku: str
    reason: str


class ImportReport(BaseModel):
    accepted: list[ProductAccepted]
    rejected: list[ProductRejected]


class SettingOut(BaseModel):
    key: str
    outcome: str
    value: dict[str, Any]


def read_file(data: bytes, name: str = "") -> ReadFile:
    """The rows of the owner's CSV or XLSX file (syncwire/catalogue_files.py); BadFile if it is unusable."""
    return read_catalogue(data, name)


def _next_stamp(previous: str, now_ms: int) -> hlc.Stamp:
    """The owner's stamp for a new version: now, or just after the stored one if that is later."""
    if previous:
        last = hlc.parse(previous)
        if last.wall_ms >= now_ms:
            return hlc.Stamp(last.wall_ms, last.counter + 1, OWNER_NODE)
    return hlc.Stamp(now_ms, 0, OWNER_NODE)


@dataclass(frozen=True)
class _Version:
    """A stored record's stamp and data (plain values: building ORM objects cost most of a big import)."""

    clock: str
    data: dict


RECORDS, CHANGES = Record.__table__, Change.__table__
UPDATE_RECORD = (update(RECORDS)
                 .where(RECORDS.c.shop_id == bindparam("b_shop"), RECORDS.c.kind == bindparam("b_kind"),
                        RECORDS.c.id == bindparam("b_id"))
                 .values(clock=bindparam("clock"), data=bindparam("data")))


@dataclass
class _Writer:
    """New versions of records, written with their numbered changes in a few statements by `write`."""

    session: Session
    shop_id: str
    now: str
    now_ms: int
    inserts: list = field(default_factory=list)
    updates: list = field(default_factory=list)
    changes: list = field(default_factory=list)

    def put(self, kind: str, record_id: str, previous: _Version | None, data: dict) -> tuple[str, _Version]:
        """A new version of the record, numbered as a change; the outcome and the version."""
        stamp = str(_next_stamp(previous.clock if previous else "", self.now_ms))
        data = {"id": record_id, **data, "hlc": stamp, "updated_at": self.now}
        if previous is None:
            self.inserts.append(dict(shop_id=self.shop_id, kind=kind, id=record_id, customer_id=None, clock=stamp, data=data))
        else:
            self.updates.append(dict(b_shop=self.shop_id, b_kind=kind, b_id=record_id, clock=stamp, data=data))
        self.changes.append(dict(shop_id=self.shop_id, kind=kind, record_id=record_id, till_id=None, data=data, at=self.now))
        return (m.STORED if previous is None else m.MERGED), _Version(stamp, data)

    def write(self) -> None:
        """Each record is put at most once per writer (an import refuses a repeated SKU), so order is free
        but for the changes, numbered in the order they were put."""
        conn = self.session.connection()
        for statement, rows in ((RECORDS.insert(), self.inserts), (UPDATE_RECORD, self.updates), (CHANGES.insert(), self.changes)):
            if rows:
                conn.execute(statement, rows)


def _lock_shop(session: Session, shop_id: str) -> None:
    """Serialise with the tills' pushes, so changes are numbered in commit order (see server/models.Change)."""
    session.exec(select(Shop).where(Shop.id == shop_id).with_for_update()).one()


def _rules(session: Session, shop: Shop) -> Rules:
    """The shop's recorded currency exponent and scale-label prefixes (its shared settings, else the default)."""
    shared = session.get(Record, (shop.id, m.SETTING, "shop"))
    prefixes = ((shared.data.get("value") or {}) if shared else {}).get("variable_measure_prefixes") or DEFAULT_SCALE_PREFIXES
    return Rules(minor_digits=shop.currency_exponent, scale_prefixes=frozenset(prefixes))


def import_products(session: Session, shop_id: str, rows: list[tuple[int, dict]] | ReadFile) -> ImportReport:
    """Take the owner's product rows in, inside the caller's write transaction.

    A ReadFile's rows are the owner's file (price as an amount, vat_rate a percentage, the rules of
    syncwire/catalogue_rows.py); a list of (row, dict) is the JSON API's (price in minor units,
    vat_rate in basis points)."""
    _lock_shop(session, shop_id)
    stored = {record_id: _Version(clock, data) for record_id, clock, data in session.exec(
        select(Record.id, Record.clock, Record.data).where(Record.shop_id == shop_id, Record.kind == m.PRODUCT))}
    existing = {v.data.get("sku"): (v.data.get("barcode"), v.data.get("plu")) for v in stored.values()}
    rules = _rules(session, session.get(Shop, shop_id))
    if isinstance(rows, ReadFile):
        broken = {r.line: r.broken for r in rows.rows if r.broken}
        good, bad = check_rows(((r.line, r.fields) for r in rows.rows), rules, existing, broken=broken)
    else:
        good, bad = check_rows(((n, raw if isinstance(raw, dict) else {}) for n, raw in rows), rules, existing, from_json=True)
    writer = _Writer(session, shop_id, utc_now(), hlc.now_ms())
    accepted = []
    for number, product in good:
        data = product.wire()
        record_id = product_id(shop_id, product.sku)
        row = stored.get(record_id)
        if row is not None and {k: row.data.get(k) for k in PRODUCT_FIELDS} == data:
            accepted.append(ProductAccepted(row=number, sku=product.sku, id=record_id, outcome=m.UNCHANGED))
            continue
        outcome, stored[record_id] = writer.put(m.PRODUCT, record_id, row, data)
        accepted.append(ProductAccepted(row=number, sku=product.sku, id=record_id, outcome=outcome))
    writer.write()
    return ImportReport(accepted=accepted, rejected=[ProductRejected(row=r.line, sku=r.sku, reason=r.reason) for r in bad])


def catalogue(session: Session, shop_id: str) -> list[dict]:
    """The shop's products as the tills receive them, by SKU."""
    rows = session.exec(select(Record).where(Record.shop_id == shop_id, Record.kind == m.PRODUCT)).all()
    return sorted((r.data for r in rows), key=lambda d: d.get("sku") or "")


def check_setting(key: str, values: dict) -> dict:
    fields = SHARED_SETTINGS.get(key)
    if fields is None:
        raise BadSetting(f"{key!r} is not a shared setting; the shared ones are {', '.join(SHARED_SETTINGS)}")
    unknown = sorted(set(values) - set(fields))
    if unknown:
        raise BadSetting(f"{', '.join(unknown)} not shared in {key!r} (each till keeps its own); "
                         f"shared: {', '.join(fields)}")
    for name, value in values.items():
        kind = fields[name]
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            raise BadSetting(f"{name} must be {kind.__name__}")
        if kind is int and value < MIN_INT.get(name, 0):
            raise BadSetting(f"{name} must be at least {MIN_INT.get(name, 0)}")
    return values


def set_setting(session: Session, shop_id: str, key: str, values: dict) -> SettingOut:
    """Change some fields of a shared setting; the fields not named keep their value."""
    check_setting(key, values)
    _lock_shop(session, shop_id)
    row = session.get(Record, (shop_id, m.SETTING, key))
    value = {**((row.data.get("value") or {}) if row else {}), **values}
    try:
        check_setting_value(key, value)  # the whole setting, as the tills will run it
    except Invalid as exc:
        raise BadSetting(str(exc)) from None
    if row is not None and row.data.get("value") == value:
        return SettingOut(key=key, outcome=m.UNCHANGED, value=value)
    writer = _Writer(session, shop_id, utc_now(), hlc.now_ms())
    outcome, _ = writer.put(m.SETTING, key, _Version(row.clock, row.data) if row else None, {"value": value})
    writer.write()
    return SettingOut(key=key, outcome=outcome, value=value)
