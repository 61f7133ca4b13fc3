"""The owner's products and settings pushed from a till's back office, taken in with the owner's credential.

A till's device token alone never changes the catalogue or the shared settings (a cashier holds
that token): these records are taken only when the push also carries a valid owner credential
(server/owners.py) of a person whose role may publish their kind. They are then applied exactly
as the owner's own endpoints apply them (server/catalogue.py: same checks, same numbered changes
every till pulls). Without one they are rejected with `owner_sign_in` and wait at the till.

A product record's payload is the feed's product (syncwire/catalogue.py); its id may be the till's
local id of a product it made, since the server keys products by SKU. When the id is the shop's
product of another SKU (the owner changed a SKU), that product is retired and the new SKU made.
A setting record is `{"key": KEY, "value": {shared fields}}` with the key as its id; fields a till
keeps for itself are dropped, never stored.
"""
from sqlalchemy.exc import DBAPIError
from sqlmodel import Session

from server import catalogue
from server.models import Record
from server.owners import Grant
from syncwire import messages as m
from syncwire.catalogue import SHARED_SETTINGS

IMPORT_FIELDS = {"sku": "sku", "name": "name", "price": "price", "vat_rate_bp": "vat_rate", "unit": "unit",
                 "barcode": "barcode", "plu": "plu", "category": "category", "active": "active"}


def split(records: list[m.Record]) -> tuple[list[m.Record], list[m.Record]]:
    """(the owner's records, the till's own)."""
    return [r for r in records if r.kind in m.OWNER_KINDS], [r for r in records if r.kind not in m.OWNER_KINDS]


def take(session: Session, shop_id: str, records: list[m.Record], grant: Grant | None, why: str) -> tuple[list, list]:
    """(accepted, rejected) for the owner's records of one push, inside the push's transaction."""
    if not records:
        return [], []
    if grant is None:
        return [], [m.Rejected(kind=r.kind, id=r.id, reason=m.OWNER_SIGN_IN, detail=why) for r in records]
    allowed = [r for r in records if r.kind in grant.kinds]
    rejected = [m.Rejected(kind=r.kind, id=r.id, reason=m.NOT_ALLOWED,
                           detail=f"{grant.name} ({grant.role}) may not change the shop's {r.kind}s")
                for r in records if r.kind not in grant.kinds]
    accepted = []
    try:
        with session.begin_nested():
            for group in _runs(allowed):
                took, refused = (_products if group[0].kind == m.PRODUCT else _settings)(session, shop_id, group)
                accepted += took
                rejected += refused
    except DBAPIError as exc:
        detail = str(exc.orig).splitlines()[0]
        return [], rejected + [m.Rejected(kind=r.kind, id=r.id, reason=m.INVALID, detail=detail) for r in allowed]
    return accepted, rejected


def _runs(records: list[m.Record]) -> list[list[m.Record]]:
    """Consecutive records of one kind, and no SKU twice in a run: applied in the order the owner made them."""
    runs: list[list[m.Record]] = []
    skus: set[str | None] = set()
    for record in records:
        sku = record.payload.get("sku") if record.kind == m.PRODUCT else None
        sku = sku if isinstance(sku, str) else None  # a broken one is refused by the import's checks
        if not runs or runs[-1][0].kind != record.kind or (sku is not None and sku in skus):
            runs.append([])
            skus = set()
        runs[-1].append(record)
        skus.add(sku)
    return runs


def _products(session: Session, shop_id: str, records: list[m.Record]) -> tuple[list, list]:
    rows: list = []
    belongs: dict = {}  # import row number -> (the record it came from, whether it retires an old SKU)
    for record in records:
        row = {wire: record.payload.get(key) for key, wire in IMPORT_FIELDS.items()}
        old = session.get(Record, (shop_id, m.PRODUCT, record.id))
        if old is not None and old.data.get("sku") != row["sku"] and old.data.get("active", True):
            # The shop's product under a new SKU: the old one is retired, its codes freed for the new one.
            retired = {wire: old.data.get(key) for key, wire in IMPORT_FIELDS.items()}
            rows.append((len(rows) + 1, {**retired, "active": False, "barcode": None, "plu": None}))
            belongs[len(rows)] = (record, True)
        rows.append((len(rows) + 1, row))
        belongs[len(rows)] = (record, False)
    report = catalogue.import_products(session, shop_id, rows)
    accepted = [m.Accepted(kind=m.PRODUCT, id=belongs[a.row][0].id, outcome=a.outcome)
                for a in report.accepted if not belongs[a.row][1]]
    rejected = [m.Rejected(kind=m.PRODUCT, id=belongs[r.row][0].id, reason=m.INVALID, detail=r.reason)
                for r in report.rejected]  # a refused retirement leaves its record waiting, to be sent again
    return accepted, rejected


def _settings(session: Session, shop_id: str, records: list[m.Record]) -> tuple[list, list]:
    accepted, rejected = [], []
    for record in records:
        key, value = record.payload.get("key", record.id), record.payload.get("value")
        if key != record.id or key not in SHARED_SETTINGS or not isinstance(value, dict):
            rejected.append(m.Rejected(kind=m.SETTING, id=record.id, reason=m.INVALID,
                                       detail=f"a setting record is {{key, value}} with key one of {', '.join(SHARED_SETTINGS)}"))
            continue
        shared = {k: v for k, v in value.items() if k in SHARED_SETTINGS[key]}
        try:
            out = catalogue.set_setting(session, shop_id, key, shared)
        except catalogue.BadSetting as exc:
            rejected.append(m.Rejected(kind=m.SETTING, id=record.id, reason=m.INVALID, detail=str(exc)))
            continue
        accepted.append(m.Accepted(kind=m.SETTING, id=record.id, outcome=out.outcome))
    return accepted, rejected
