"""The owner feeds the shop's catalogue and shared settings; tills pull them as `product` and `setting` changes.

Each product row is checked on its own: a broken row is rejected with its reason and writes
nothing, the good rows of the same import are kept. Products are keyed by SKU (their global id is
derived from shop and SKU, syncwire/catalogue.py), so importing the same file again numbers no new
change, and a changed price is one new change every till applies. A barcode or PLU belongs to one
SKU at a time: a row that would give another SKU's code to its own is refused.
"""
import csv
import io
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel
from sqlalchemy import bindparam, update
from sqlmodel import Session, select
from stdnum import ean
from stdnum.exceptions import InvalidChecksum, InvalidFormat, InvalidLength

from server.clock import utc_now
from server.models import Change, Record, Shop
from syncwire import hlc
from syncwire import messages as m
from syncwire.catalogue import DEFAULT_SCALE_PREFIXES, OWNER_NODE, SHARED_SETTINGS, UNITS, product_id
from syncwire.validate import Invalid, check_setting_value

CSV_COLUMNS = ("sku", "name", "price", "vat_rate", "unit", "barcode", "plu", "category", "active")
REQUIRED_COLUMNS = ("sku", "name", "price", "vat_rate")
PRODUCT_FIELDS = ("sku", "name", "price", "vat_rate_bp", "unit", "barcode", "plu", "category", "active")
BARCODE_LENGTHS = (8, 12, 13)  # EAN-8, UPC-A, EAN-13: what the till's scanner path reads as a product code
TRUE, FALSE = ("1", "true", "yes", "y"), ("0", "false", "no", "n")
MIN_INT = {"spend_per_point": 1, "variable_measure_item_digits": 1}


class BadRow(Exception):
    """One product row is unusable; the message says why, in words for the owner."""


class BadCsv(Exception):
    """The file as a whole is unusable (no header, unknown columns)."""


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


def _text(raw: dict, key: str, limit: int, required: bool = False) -> str | None:
    value = raw.get(key)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise BadRow(f"{key} is missing")
        return None
    if not isinstance(value, (str, int)) or isinstance(value, bool):
        raise BadRow(f"{key} must be text")
    value = str(value).strip()
    if len(value) > limit:
        raise BadRow(f"{key} is longer than {limit} characters")
    if "\x00" in value:
        raise BadRow(f"{key} holds a NUL character")
    return value


def _whole(raw: dict, key: str, what: str, low: int, high: int) -> int:
    value = raw.get(key)
    if isinstance(value, str):
        text = value.strip()
        if not text:
            raise BadRow(f"{key} is missing")
        if not text.lstrip("-").isdigit():
            raise BadRow(f"{key} {text!r} is not a whole number of {what}")
        value = int(text)
    if value is None:
        raise BadRow(f"{key} is missing")
    if not isinstance(value, int) or isinstance(value, bool):
        raise BadRow(f"{key} must be a whole number of {what}")
    if value < low:
        raise BadRow(f"{key} must not be negative" if low == 0 else f"{key} must be at least {low}")
    if value > high:
        raise BadRow(f"{key} {value} is more than {high}")
    return value


def _barcode(code: str | None) -> str | None:
    if code is None:
        return None
    try:
        ean.validate(code)
    except InvalidChecksum:
        raise BadRow(f"barcode {code} has a wrong check digit") from None
    except (InvalidFormat, InvalidLength):
        raise BadRow(f"barcode {code} is not an EAN-8, UPC-A or EAN-13 (digits only)") from None
    if len(code) not in BARCODE_LENGTHS:
        raise BadRow(f"barcode {code} is not an EAN-8, UPC-A or EAN-13 (digits only)")
    return code


def _active(value: Any) -> bool:
    if value is None or isinstance(value, bool):
        return True if value is None else value
    text = str(value).strip().lower()
    if text == "" or text in TRUE:
        return True
    if text in FALSE:
        return False
    raise BadRow(f"active {value!r} is not one of 1, 0, true, false, yes, no")


def check_product(raw: dict) -> dict:
    """The product's wire fields from one row (CSV text or JSON values); BadRow says what is wrong."""
    if None in raw:
        raise BadRow("the row has more fields than the header")
    unit = (_text(raw, "unit", 8) or "pc").lower()
    if unit not in UNITS:
        raise BadRow(f"unit {unit!r} is not one of {', '.join(UNITS)}")
    plu = _text(raw, "plu", 10)
    if plu is not None and not plu.isdigit():
        raise BadRow(f"plu {plu!r} must be digits only")
    return dict(
        sku=_text(raw, "sku", 64, required=True),
        name=_text(raw, "name", 200, required=True),
        price=_whole(raw, "price", "minor units (350 for 3.50)", 0, 10**12),
        vat_rate_bp=_whole(raw, "vat_rate", "basis points (2200 for 22 %)", 0, 10_000),
        unit=unit,
        barcode=_barcode(_text(raw, "barcode", 14)),
        plu=plu,
        category=_text(raw, "category", 100),
        active=_active(raw.get("active")),
    )


def rows_from_csv(text: str) -> list[tuple[int, dict]]:
    """(line number, row) for each data row of a product CSV; BadCsv if the header is unusable."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    if not header:
        raise BadCsv("the file is empty: the first line must name the columns " + ",".join(CSV_COLUMNS))
    unknown = [h for h in header if h not in CSV_COLUMNS]
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    if unknown or missing:
        problems = ([f"unknown column(s) {', '.join(unknown)}"] if unknown else []) + \
                   ([f"missing column(s) {', '.join(missing)}"] if missing else [])
        raise BadCsv(f"{'; '.join(problems)}; the columns are {','.join(CSV_COLUMNS)}")
    reader.fieldnames = header
    rows = []
    for row in reader:
        if any((v or "").strip() for k, v in row.items() if k is not None) or row.get(None):
            rows.append((reader.line_num, row))
    return rows


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


def import_products(session: Session, shop_id: str, rows: list[tuple[int, dict]]) -> ImportReport:
    """Take the owner's product rows in, inside the caller's write transaction."""
    _lock_shop(session, shop_id)
    stored = {record_id: _Version(clock, data) for record_id, clock, data in session.exec(
        select(Record.id, Record.clock, Record.data).where(Record.shop_id == shop_id, Record.kind == m.PRODUCT))}
    owners = {"barcode": {}, "plu": {}}  # code -> the SKU that has it now
    for record in stored.values():
        for code in owners:
            if record.data.get(code):
                owners[code][record.data[code]] = record.data.get("sku")
    shared = session.get(Record, (shop_id, m.SETTING, "shop"))
    scale_prefixes = set(((shared.data.get("value") or {}) if shared else {}).get("variable_measure_prefixes")
                         or DEFAULT_SCALE_PREFIXES)
    writer = _Writer(session, shop_id, utc_now(), hlc.now_ms())
    accepted, rejected, seen = [], [], {}
    for number, raw in rows:
        sku = str(raw.get("sku") or "").strip()
        try:
            data = check_product(raw)
            if sku in seen:
                raise BadRow(f"SKU {sku} is also on row {seen[sku]}")
            barcode = data["barcode"] or ""
            if len(barcode) == 13 and barcode[:2] in scale_prefixes:
                raise BadRow(f"barcode {barcode} starts with {barcode[:2]}, which the tills read as a scale label "
                             "(weight or price inside); give a weighed item a PLU instead")
            for code in owners:
                holder = owners[code].get(data[code]) if data[code] else None
                if holder is not None and holder != sku:
                    raise BadRow(f"{code} {data[code]} already belongs to SKU {holder}")
        except BadRow as exc:
            rejected.append(ProductRejected(row=number, sku=sku, reason=str(exc)))
            continue
        seen[sku] = number
        record_id = product_id(shop_id, sku)
        row = stored.get(record_id)
        if row is not None and {k: row.data.get(k) for k in PRODUCT_FIELDS} == data:
            accepted.append(ProductAccepted(row=number, sku=sku, id=record_id, outcome=m.UNCHANGED))
            continue
        for code in owners:
            if row is not None and row.data.get(code):
                owners[code].pop(row.data[code], None)  # its old code is free for another SKU
            if data[code]:
                owners[code][data[code]] = sku
        outcome, stored[record_id] = writer.put(m.PRODUCT, record_id, row, data)
        accepted.append(ProductAccepted(row=number, sku=sku, id=record_id, outcome=outcome))
    writer.write()
    return ImportReport(accepted=accepted, rejected=rejected)


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
