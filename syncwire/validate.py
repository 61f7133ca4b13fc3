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
import re

from syncwire import messages as m
from syncwire.catalogue import UNITS
from syncwire.checks import (  # noqa: F401 - Invalid and the limits are this module's interface too
    ANY_LIST_LIMIT, CURRENCY, EMAIL, E164, ID_LIMIT, MAX_AMOUNT, MAX_POINTS, MAX_QTY_MILLI, MAX_YEAR, MIN_YEAR,
    NAME_LIMIT, NOTE_LIMIT, TEXT_LIMIT, Check, Invalid, amount, birthday, check_sizes, day, flag, ident, integer,
    list_of, mapping, maybe_ident, maybe_moment, maybe_text, moment, obj, one_of, optional, stamp, text,
)

# --- the schemas, by kind ---------------------------------------------------------------------
def custom_value(value, where):
    """A value of one of the owner's customer fields (shop/custom_fields.py): text, a number, a date as text."""
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise Invalid(where, "must be text or a number")
    if isinstance(value, str):
        text(TEXT_LIMIT)(value, where)
    elif isinstance(value, float) and value != value or value in (float("inf"), float("-inf")):
        raise Invalid(where, "must be a finite number")


CUSTOMER_DATA = {
    "name": text(NAME_LIMIT), "phone": optional(text(16, E164)), "email": optional(text(254, EMAIL)),
    "birthday": optional(birthday), "notes": text(NOTE_LIMIT), "tags": list_of(text(50, empty=False), 50),
    "consent_email": flag, "consent_sms": flag, "consent_messaging": flag, "erased_at": maybe_moment,
    "custom": mapping(text(40, empty=False), custom_value, 100),  # the owner's own fields, by key
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
# Feedback and follow-ups (shop/feedback.py): people by name, since each till has its own staff.
FEEDBACK_CATEGORIES = ("complaint", "praise", "request")
PRIORITIES = ("low", "normal", "high")
FEEDBACK = obj({"id": ident, "category": one_of(*FEEDBACK_CATEGORIES), "text": text(NOTE_LIMIT, empty=False),
                "customer_id": maybe_ident, "product_id": maybe_ident, "status": one_of("open", "resolved"),
                "source": one_of("till", "back_office", "nps"), "author_id": maybe_ident, "author_name": text(NAME_LIMIT),
                "created_at": moment, "resolved_by": text(NAME_LIMIT), "resolved_at": maybe_moment},
               required=("id", "category", "text", "status", "created_at"))
FOLLOW_UP = obj({"id": ident, "text": text(NOTE_LIMIT, empty=False), "due_date": day(), "priority": one_of(*PRIORITIES),
                 "assignee_id": maybe_ident, "assignee_name": text(NAME_LIMIT, empty=False), "feedback_id": maybe_ident,
                 "customer_id": maybe_ident, "author_name": text(NAME_LIMIT), "created_at": moment,
                 "done_by": text(NAME_LIMIT), "done_at": maybe_moment},
                required=("id", "text", "due_date", "assignee_name", "created_at"))
NPS = obj({"id": ident, "customer_id": maybe_ident, "sale_id": maybe_ident, "score": integer(0, 10),
           "comment": text(NOTE_LIMIT), "answered_at": moment}, required=("id", "score", "answered_at"))

# Shared settings (syncwire/catalogue.SHARED_SETTINGS) as a whole: what a till needs to run them.
TIER = obj({"name": text(60, empty=False), "min_spend": integer(0, MAX_AMOUNT), "earn_bp": integer(0, 100_000)},
           required=("name", "min_spend", "earn_bp"))
SETTING_VALUES: dict[str, Check] = {
    "shop": obj({"shop_name": text(NAME_LIMIT), "address": text(TEXT_LIMIT), "vat_number": text(40),
                 "receipt_header": text(TEXT_LIMIT), "receipt_footer": text(TEXT_LIMIT),
                 "receipt_language": text(10, re.compile(r"[A-Za-z]{2,3}(_[A-Za-z]{2,4})?")),
                 "discount_limit_bp": integer(0, 10_000),
                 "variable_measure_prefixes": mapping(text(2, re.compile(r"[0-9]{2}")), one_of("weight", "price"), 100),
                 "variable_measure_item_digits": integer(1, 6),
                 "cash_notes": list_of(integer(1, MAX_AMOUNT), 20), "history_keep_years": integer(0, 100),
                 "cash_rounding_step": integer(0, 100_000)}),
    "loyalty": obj({"enabled": flag, "spend_per_point": integer(1, MAX_AMOUNT), "point_value": integer(0, MAX_AMOUNT),
                    "category_multipliers": mapping(text(NAME_LIMIT, empty=False), integer(0, 100_000)),
                    "excluded_categories": list_of(text(NAME_LIMIT, empty=False), 500),
                    "excluded_skus": list_of(text(64, empty=False), ANY_LIST_LIMIT),
                    "expiry_days": integer(0, 36_500), "tiers": list_of(TIER, 20),
                    "tier_window_days": integer(1, 3660), "birthday_reward": one_of("points", "coupon", "none"),
                    "birthday_points": integer(0, MAX_POINTS), "birthday_coupon_bp": integer(0, 10_000)}),
    "reservations": obj({"refund_deposit_on_cancel": flag, "expire_after_days": integer(0, 3650)}),
    # The owner's customer fields (shop/custom_fields.py): the whole list of definitions.
    "customer_fields": obj({"fields": list_of(obj({"key": text(40, empty=False), "label": text(NAME_LIMIT, empty=False),
                                                    "kind": one_of("text", "number", "date", "choice"),
                                                    "options": list_of(text(NAME_LIMIT, empty=False), 200)},
                                                   required=("key", "label")), 100)}),
    # The least role that may do each action alone (shop/permissions.py).
    "permissions": obj({action: one_of("cashier", "manager", "owner") for action in
                        ("discount", "refund", "no_sale", "void", "price_override", "adjust_points")}),
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
    m.FEEDBACK: FEEDBACK, m.FOLLOW_UP: FOLLOW_UP, m.NPS: NPS,
}
# Records whose payload carries its own id, which must be the record's.
ID_IN_PAYLOAD = (m.CUSTOMER, m.CARD, m.POINTS, m.RESERVATION, m.COUPON, m.COUPON_REDEEMED, m.CONSENT,
                 m.FEEDBACK, m.FOLLOW_UP, m.NPS)


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
