"""Strict checks of a record's payload, one schema per kind, shared by the server and the tills.

The server runs `check_record` on every pushed record before it stores anything (a bad record is
rejected with its reason and never reaches another till); a till runs `check_change` on every
pulled change before it applies it (a bad one is set aside, the rest of the page applies). The
same rules on both sides, so what one till may send is exactly what every other till can take.

Every schema checks types (a bool is not an int), formats (E.164 phones, ISO dates and times in
sane years, HLC stamps), enums, ranges and lengths. The kinds every till pulls refuse fields they
do not know (they would be stored and sent everywhere); the append-only kinds only the owner's
reports read (sales, consents, cash movements, Z reports) take extra fields, and `check_sizes`
bounds every string, list and object of any payload however it is shaped.
"""
import math
import re
from collections.abc import Callable
from datetime import date, datetime, timezone

from syncwire import hlc
from syncwire import messages as m
from syncwire.catalogue import UNITS

MIN_YEAR, MAX_YEAR = 2000, 2100  # a till's times: anything outside is a broken clock or an attack
MIN_BIRTH_YEAR = 1900
MAX_AMOUNT = 10**12  # minor units, either sign: 10 billion in a two-decimal currency
MAX_POINTS = 10**9
MAX_QTY_MILLI = 10**9  # a million kg or pieces on one line
ID_LIMIT, NAME_LIMIT, NOTE_LIMIT, TEXT_LIMIT = 100, 200, 2000, 500
ANY_TEXT_LIMIT = 10_000  # any string anywhere in any payload
ANY_LIST_LIMIT = 2000  # items of any list (sale lines, tags ...)
ANY_KEYS_LIMIT = 200  # keys of any object
MAX_DEPTH = 8
E164 = re.compile(r"\+[1-9][0-9]{4,14}")  # what phonenumbers formats as E.164 (Niue's are 7 digits in all)
EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")
CURRENCY = re.compile(r"[A-Z]{3}")


class Invalid(ValueError):
    """A payload breaks its kind's schema; `field` is where (dotted), the message says why."""

    def __init__(self, field: str, reason: str):
        super().__init__(f"{field}: {reason}" if field else reason)
        self.field = field
        self.reason = reason


Check = Callable[[object, str], None]


# --- checks of one value (value, where) -------------------------------------------------------
def text(limit: int = TEXT_LIMIT, pattern: re.Pattern | None = None, empty: bool = True) -> Check:
    def check(value, where):
        if not isinstance(value, str):
            raise Invalid(where, "must be text")
        if len(value) > limit:
            raise Invalid(where, f"is longer than {limit} characters")
        if not empty and not value.strip():
            raise Invalid(where, "is empty")
        if pattern is not None and not pattern.fullmatch(value):
            raise Invalid(where, "is not in the expected format")
    return check


def integer(low: int, high: int) -> Check:
    def check(value, where):
        if not isinstance(value, int) or isinstance(value, bool):
            raise Invalid(where, "must be a whole number")
        if not low <= value <= high:
            raise Invalid(where, f"must be between {low} and {high}")
    return check


def flag(value, where):
    if not isinstance(value, bool):
        raise Invalid(where, "must be true or false")


def one_of(*allowed: str) -> Check:
    def check(value, where):
        if value not in allowed:
            raise Invalid(where, f"must be one of {', '.join(allowed)}")
    return check


def moment(value, where):
    """An ISO 8601 time within MIN_YEAR..MAX_YEAR (a naive one is UTC, as tills store them)."""
    if not isinstance(value, str) or len(value) > 40:
        raise Invalid(where, "must be an ISO date and time")
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise Invalid(where, "is not an ISO date and time") from None
    if not MIN_YEAR <= parsed.year < MAX_YEAR:  # so converting it to any zone cannot overflow
        raise Invalid(where, f"is not between {MIN_YEAR} and {MAX_YEAR}")


def _date(value, where) -> date:
    if not isinstance(value, str) or len(value) != 10:
        raise Invalid(where, "is not an ISO date (YYYY-MM-DD)")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise Invalid(where, "is not an ISO date (YYYY-MM-DD)") from None


def day(low: int = MIN_YEAR, high: int = MAX_YEAR) -> Check:
    def check(value, where):
        if not low <= _date(value, where).year < high:
            raise Invalid(where, f"is not between {low} and {high}")
    return check


def birthday(value, where):
    parsed = _date(value, where)
    if parsed.year < MIN_BIRTH_YEAR:
        raise Invalid(where, f"is before {MIN_BIRTH_YEAR}")
    if parsed > date.today():
        raise Invalid(where, "is in the future")


MAX_WALL_MS = int(datetime(MAX_YEAR, 1, 1, tzinfo=timezone.utc).timestamp() * 1000)


def stamp(value, where):
    """An HLC stamp (syncwire/hlc.py) or an ISO time in sane years."""
    if not isinstance(value, str) or len(value) > 200:
        raise Invalid(where, "must be a clock stamp")
    head = value.partition("-")[0]
    if head.isdigit() and len(head) == hlc.WALL_DIGITS:
        try:
            parsed = hlc.parse(value)
        except ValueError:
            raise Invalid(where, "is not a clock stamp") from None
        if parsed.wall_ms >= MAX_WALL_MS:
            raise Invalid(where, f"is after {MAX_YEAR}")
        return
    moment(value, where)


def list_of(item: Check, limit: int = ANY_LIST_LIMIT) -> Check:
    def check(value, where):
        if not isinstance(value, list):
            raise Invalid(where, "must be a list")
        if len(value) > limit:
            raise Invalid(where, f"has more than {limit} items")
        for i, element in enumerate(value):
            item(element, f"{where}[{i}]")
    return check


def optional(check: Check) -> Check:
    def maybe(value, where):
        if value is not None:
            check(value, where)
    return maybe


def obj(fields: dict[str, Check], required: tuple[str, ...] = (), extra: bool = False) -> Check:
    """An object with these fields (each may be absent unless required); others only if `extra`."""
    def check(value, where):
        if not isinstance(value, dict):
            raise Invalid(where, "must be an object")
        for name in required:
            if name not in value:
                raise Invalid(_at(where, name), "is missing")
        if not extra:
            unknown = sorted(set(value) - set(fields))
            if unknown:
                raise Invalid(_at(where, unknown[0]), "is not a field of this record")
        for name, field_check in fields.items():
            if name in value:
                field_check(value[name], _at(where, name))
    return check


def mapping(key: Check, item: Check, limit: int = ANY_KEYS_LIMIT) -> Check:
    """An object used as a dictionary: any keys that pass `key`, each value passing `item`."""
    def check(value, where):
        if not isinstance(value, dict):
            raise Invalid(where, "must be an object")
        if len(value) > limit:
            raise Invalid(where, f"has more than {limit} entries")
        for name, element in value.items():
            key(name, _at(where, "<key>"))
            item(element, _at(where, str(name)[:40]))
    return check


def _at(where: str, name: str) -> str:
    return f"{where}.{name}" if where else name


ident = text(ID_LIMIT, empty=False)
maybe_ident = optional(ident)
amount = integer(-MAX_AMOUNT, MAX_AMOUNT)
maybe_moment = optional(moment)
maybe_text = optional(text())

# --- the schemas, by kind ---------------------------------------------------------------------
CUSTOMER_DATA = {
    "name": text(NAME_LIMIT), "phone": optional(text(16, E164)), "email": optional(text(254, EMAIL)),
    "birthday": optional(birthday), "notes": text(NOTE_LIMIT), "tags": list_of(text(50, empty=False), 50),
    "consent_email": flag, "consent_sms": flag, "consent_messaging": flag, "erased_at": maybe_moment,
}
CUSTOMER = obj({"id": ident, **CUSTOMER_DATA, "updated_at": moment, "hlc": stamp,
                "clocks": obj({name: stamp for name in CUSTOMER_DATA})}, required=("id",))
CARD = obj({"id": ident, "customer_id": ident, "code": text(32, re.compile(r"[0-9A-Z]+")), "issued_at": moment,
            "revoked_at": maybe_moment}, required=("id", "customer_id", "code", "issued_at"))
POINTS = obj({"id": ident, "customer_id": ident, "key": text(NAME_LIMIT, empty=False),
              "kind": one_of("earn", "redeem", "reverse", "birthday", "adjust", "expire"),
              "points": integer(-MAX_POINTS, MAX_POINTS), "sale_id": maybe_ident, "expires_at": maybe_moment,
              "reason": maybe_text, "user_id": maybe_ident, "at": moment},
             required=("id", "customer_id", "key", "kind", "points", "at"))
RESERVATION_LINE = obj({"id": ident, "reservation_id": ident, "product_id": ident,
                        "qty_milli": integer(1, MAX_QTY_MILLI)}, required=("id", "product_id", "qty_milli"))
RESERVATION = obj({"id": ident, "customer_id": ident, "status": one_of("open", "ready", "expired", "cancelled", "picked_up"),
                   "pickup_date": day(), "note": text(NOTE_LIMIT), "deposit": integer(0, MAX_AMOUNT),
                   "deposit_method": optional(one_of("cash", "card")), "deposit_refunded": integer(0, MAX_AMOUNT),
                   "repeat_days": optional(integer(1, 366)), "sale_id": maybe_ident, "created_by": maybe_ident,
                   "created_at": moment, "updated_at": moment, "hlc": stamp,
                   "lines": list_of(RESERVATION_LINE, 500)},
                  required=("id", "customer_id", "status"))
COUPON = obj({"id": ident, "code": text(64, empty=False), "kind": one_of("amount", "percent"),
              "value": integer(0, MAX_AMOUNT), "customer_id": maybe_ident, "reason": text(TEXT_LIMIT),
              "created_at": maybe_moment, "valid_from": optional(day()), "valid_until": optional(day()),
              "sale_id": maybe_ident, "redeemed_at": maybe_moment}, required=("id",))
SALE_HEADER = obj({"id": ident, "receipt_number": text(40, empty=False), "kind": one_of("sale", "refund"),
                   "total": amount, "subtotal": amount, "discount_total": amount,
                   "currency": text(3, CURRENCY), "completed_at": moment, "customer_id": maybe_ident,
                   "till_id": text(ID_LIMIT), "seq": integer(0, 2**62), "refund_of_id": maybe_ident,
                   "reason": maybe_text, "shift_id": maybe_ident, "user_id": maybe_ident},
                  required=("id", "receipt_number", "kind", "total", "currency", "completed_at"), extra=True)
SALE_LINE = obj({"id": ident, "qty_milli": integer(-MAX_QTY_MILLI, MAX_QTY_MILLI), "unit_price": amount,
                 "gross": amount, "discount": amount, "total": amount, "vat": amount,
                 "vat_rate_bp": integer(0, 10_000), "name": text(NAME_LIMIT), "sku": maybe_text}, extra=True)
PAYMENT = obj({"id": ident, "method": text(40, empty=False), "amount": amount, "is_change": flag},
              required=("method", "amount"), extra=True)
SALE = obj({"sale": SALE_HEADER, "lines": list_of(SALE_LINE), "payments": list_of(PAYMENT, 100)},
           required=("sale", "lines", "payments"))
CONSENT = obj({"id": ident, "customer_id": ident, "channel": one_of("email", "sms", "messaging"), "granted": flag,
               "how": text(NAME_LIMIT), "user_id": maybe_ident, "at": moment},
              required=("id", "customer_id", "channel", "granted", "at"), extra=True)
CASH_MOVEMENT = obj({"id": ident, "shift_id": maybe_ident, "user_id": maybe_ident, "amount": amount,
                     "reason": text(TEXT_LIMIT), "created_at": moment}, required=("amount",), extra=True)
Z_REPORT = obj({"till_id": text(ID_LIMIT), "z_number": integer(0, 2**62), "data": obj({}, extra=True)},
               extra=True)
PRODUCT = obj({"id": ident, "hlc": stamp, "updated_at": moment, "sku": text(64, empty=False), "name": text(NAME_LIMIT),
               "price": integer(0, MAX_AMOUNT), "vat_rate_bp": integer(0, 10_000), "unit": one_of(*UNITS),
               "barcode": optional(text(32)), "plu": optional(text(32)),
               "category": optional(text(NAME_LIMIT)), "active": flag},
              required=("id", "sku", "name", "price", "vat_rate_bp"), extra=True)  # the owner's catalogue may grow
SETTING = obj({"id": text(40, empty=False), "hlc": stamp, "updated_at": moment, "value": obj({}, extra=True)},
              required=("id", "value"))

# Shared settings (syncwire/catalogue.SHARED_SETTINGS) as a whole: what a till needs to run them.
TIER = obj({"name": text(60, empty=False), "min_spend": integer(0, MAX_AMOUNT), "earn_bp": integer(0, 100_000)},
           required=("name", "min_spend", "earn_bp"))
SETTING_VALUES: dict[str, Check] = {
    "shop": obj({"shop_name": text(NAME_LIMIT), "address": text(TEXT_LIMIT), "vat_number": text(40),
                 "receipt_language": text(10, re.compile(r"[A-Za-z]{2,3}(_[A-Za-z]{2,4})?")),
                 "discount_limit_bp": integer(0, 10_000),
                 "variable_measure_prefixes": mapping(text(2, re.compile(r"[0-9]{2}")), one_of("weight", "price"), 100),
                 "variable_measure_item_digits": integer(1, 6),
                 "cash_notes": list_of(integer(1, MAX_AMOUNT), 20)}),
    "loyalty": obj({"enabled": flag, "spend_per_point": integer(1, MAX_AMOUNT), "point_value": integer(0, MAX_AMOUNT),
                    "category_multipliers": mapping(text(NAME_LIMIT, empty=False), integer(0, 100_000)),
                    "excluded_categories": list_of(text(NAME_LIMIT, empty=False), 500),
                    "excluded_skus": list_of(text(64, empty=False), ANY_LIST_LIMIT),
                    "expiry_days": integer(0, 36_500), "tiers": list_of(TIER, 20),
                    "tier_window_days": integer(1, 3660), "birthday_reward": one_of("points", "coupon", "none"),
                    "birthday_points": integer(0, MAX_POINTS), "birthday_coupon_bp": integer(0, 10_000)}),
    "reservations": obj({"refund_deposit_on_cancel": flag, "expire_after_days": integer(0, 3650)}),
}


def check_setting_value(key: str, value) -> None:
    """Invalid unless `value` is a shared setting every till can run (partial values check what they hold)."""
    schema = SETTING_VALUES.get(key)
    if schema is None:
        raise Invalid("key", f"{key!r} is not a shared setting")
    check_sizes(value, "value")
    schema(value, "value")
    tiers = value.get("tiers") or []
    if len({t["name"] for t in tiers}) < len(tiers):
        raise Invalid("value.tiers", "two tiers have the same name")


SCHEMAS: dict[str, Check] = {
    m.CUSTOMER: CUSTOMER, m.CARD: CARD, m.POINTS: POINTS, m.RESERVATION: RESERVATION, m.COUPON: COUPON,
    m.COUPON_REDEEMED: COUPON, m.SALE: SALE, m.CONSENT: CONSENT, m.CASH_MOVEMENT: CASH_MOVEMENT,
    m.Z_REPORT: Z_REPORT, m.PRODUCT: PRODUCT, m.SETTING: SETTING,
}
# Records whose payload carries its own id, which must be the record's.
ID_IN_PAYLOAD = (m.CUSTOMER, m.CARD, m.POINTS, m.RESERVATION, m.COUPON, m.COUPON_REDEEMED, m.CONSENT)


def check_sizes(value, where: str = "") -> None:
    """Bounds for any JSON value: depth, string and list lengths, object keys, integer range,
    finite numbers, text PostgreSQL can store (no NUL, no lone surrogate)."""
    if not _fits(value, 0):
        _explain(value, where, 0)  # the slow walk that names the place; only for a payload that fails
        raise Invalid(where, "is not a JSON value within the limits")


def _text_fits(value: str) -> bool:
    if len(value) > ANY_TEXT_LIMIT or "\x00" in value:
        return False
    if value.isascii():
        return True
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _fits(value, depth: int) -> bool:
    kind = type(value)
    if kind is str:
        return _text_fits(value)
    if value is None or kind is bool:
        return True
    if kind is int:
        return -(2**63) < value < 2**63
    if kind is float:
        return math.isfinite(value)
    if depth >= MAX_DEPTH:
        return False
    if kind is list:
        return len(value) <= ANY_LIST_LIMIT and all(_fits(item, depth + 1) for item in value)
    if kind is dict:
        return len(value) <= ANY_KEYS_LIMIT and all(
            type(key) is str and _text_fits(key) and _fits(item, depth + 1) for key, item in value.items())
    return False


def _explain(value, where: str, depth: int) -> None:
    if isinstance(value, str):
        if len(value) > ANY_TEXT_LIMIT:
            raise Invalid(where, f"is longer than {ANY_TEXT_LIMIT} characters")
        if "\x00" in value:
            raise Invalid(where, "holds a NUL character")
        if not _text_fits(value):
            raise Invalid(where, "is not valid Unicode text")
    elif isinstance(value, bool) or value is None:
        return
    elif isinstance(value, int):
        if not -(2**63) < value < 2**63:
            raise Invalid(where, "is out of range")
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise Invalid(where, "is not a finite number")
    elif depth >= MAX_DEPTH and isinstance(value, (list, dict)):
        raise Invalid(where, f"is nested deeper than {MAX_DEPTH}")
    elif isinstance(value, list):
        if len(value) > ANY_LIST_LIMIT:
            raise Invalid(where, f"has more than {ANY_LIST_LIMIT} items")
        for i, item in enumerate(value):
            _explain(item, f"{where}[{i}]", depth + 1)
    elif isinstance(value, dict):
        if len(value) > ANY_KEYS_LIMIT:
            raise Invalid(where, f"has more than {ANY_KEYS_LIMIT} fields")
        for key, item in value.items():
            if not isinstance(key, str):
                raise Invalid(where, "has a key that is not text")
            _explain(key, _at(where, "<key>"), depth + 1)
            _explain(item, _at(where, key[:40]), depth + 1)
    else:
        raise Invalid(where, "is not a JSON value")


def check_record(kind: str, record_id: str, payload, pulled: bool = False) -> None:
    """Invalid unless `payload` is a well-formed record of `kind` with id `record_id`; `pulled`:
    the server's merged state of it (a customer's stamps are then in `clocks`)."""
    schema = SCHEMAS.get(kind)
    if schema is None:
        raise Invalid("kind", f"{kind!r} is not a record kind")
    check_sizes(payload)
    schema(payload, "")
    if kind in ID_IN_PAYLOAD and payload.get("id") != record_id:
        raise Invalid("id", "differs from the record id")
    if kind == m.SALE and payload["sale"]["id"] != record_id:
        raise Invalid("sale.id", "differs from the record id")
    if kind == m.CUSTOMER and not pulled and "hlc" not in payload and "updated_at" not in payload:
        raise Invalid("updated_at", "is missing (a customer edit needs its time or clock stamp)")
    if kind == m.SETTING:
        check_setting_value(record_id, payload["value"])
    if kind == m.RESERVATION and "hlc" not in payload and "updated_at" not in payload:
        raise Invalid("updated_at", "is missing (a reservation needs its time or clock stamp)")


def check_change(change: m.Change) -> None:
    """The same for a change a till pulled (the server's merged state of the record)."""
    check_record(change.kind, change.id, change.data, pulled=True)
