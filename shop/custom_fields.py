"""The owner's own fields on the customer card: "dog's name", "dietary needs", "preferred cut".

Definitions are one JSON setting row (key "customer_fields", {"fields": [...]}) shared by every till
like the loyalty rules (syncwire SHARED_SETTINGS; queued for the server when the shop is enrolled,
published with an owner's sign-in): a list of fields, each with a key
(never changes once made), a label the owner chose, a kind (text, number, date, choice) and, for a
choice, its options. Values live on the customer (`customer.custom`, field key -> value) and sync
as one field `custom` of the customer payload, merged last-writer-wins by its HLC stamp like the
phone or the notes (server/merge.py): two tills editing two different custom fields of the same
customer offline keep the later of the two edits, which for a card of a few fields is what the
counter expects.

Stored values are plain JSON: text as a string, a number as a string of the decimal typed
(never a float), a date as ISO text, a choice as the option's text.
"""
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from sqlmodel import Session

from db.models import Setting
from shop.errors import ShopError

FIELDS_KEY = "customer_fields"
KINDS = ("text", "number", "date", "choice")
MAX_TEXT = 200


@dataclass(frozen=True)
class CustomField:
    key: str
    label: str
    kind: str = "text"
    options: tuple[str, ...] = field(default_factory=tuple)


@dataclass
class InvalidCustomValue(ShopError):
    """What was typed does not fit the field: not a number, not a date, not one of the options."""

    key: str
    kind: str
    text: str


@dataclass
class InvalidFieldDefinition(ShopError):
    """A field with no label, an unknown kind, a choice with no options, or a label used twice."""

    label: str
    problem: str  # "label" | "kind" | "options" | "duplicate"


def load_fields(session: Session) -> list[CustomField]:
    row = session.get(Setting, FIELDS_KEY)
    value = row.value if row else None
    items = value.get("fields") if isinstance(value, dict) else value
    items = items if isinstance(items, list) else []
    return [CustomField(i["key"], i["label"], i.get("kind", "text"), tuple(i.get("options") or ()))
            for i in items if isinstance(i, dict) and i.get("key") and i.get("label")]


def _key_for(label: str, taken: set[str]) -> str:
    base = re.sub(r"[^0-9a-z]+", "_", label.casefold()).strip("_") or "field"
    key, n = base, 2
    while key in taken:
        key, n = f"{base}_{n}", n + 1
    return key


def save_fields(session: Session, fields: list[CustomField]) -> list[CustomField]:
    """Store the owner's list; a field without a key gets one from its label (kept for good after)."""
    result, taken, labels = [], {f.key for f in fields if f.key}, set()
    for f in fields:
        label = " ".join(f.label.split())
        if not label:
            raise InvalidFieldDefinition(f.label, "label")
        if label.casefold() in labels:
            raise InvalidFieldDefinition(label, "duplicate")
        if f.kind not in KINDS:
            raise InvalidFieldDefinition(label, "kind")
        options = tuple(o.strip() for o in f.options if o.strip())
        if f.kind == "choice" and not options:
            raise InvalidFieldDefinition(label, "options")
        labels.add(label.casefold())
        key = f.key or _key_for(label, taken)
        taken.add(key)
        result.append(CustomField(key, label, f.kind, options if f.kind == "choice" else ()))
    row = session.get(Setting, FIELDS_KEY) or Setting(key=FIELDS_KEY)
    row.value = {"fields": [{"key": f.key, "label": f.label, "kind": f.kind, "options": list(f.options)} for f in result]}
    session.add(row)
    _share(session, row.value)
    return result


def _share(session: Session, value: dict) -> None:
    """Queue the list for the other tills (an owner's record: it waits for an owner's sign-in)."""
    from shop import outbox
    from shop.catalogue_outbox import enrolled_shop_id

    if enrolled_shop_id(session) is not None:
        outbox.enqueue(session, "setting", FIELDS_KEY, {"key": FIELDS_KEY, "value": value})


def parse_value(definition: CustomField, text: str | None) -> str | None:
    """What the cashier typed, as stored; None for empty (InvalidCustomValue when it does not fit)."""
    text = " ".join((text or "").split())
    if not text:
        return None
    if definition.kind == "number":
        try:
            number = Decimal(text.replace(",", ".").replace(" ", ""))
        except InvalidOperation:
            raise InvalidCustomValue(definition.key, definition.kind, text) from None
        if not number.is_finite():
            raise InvalidCustomValue(definition.key, definition.kind, text)
        return format(number.normalize(), "f")
    if definition.kind == "date":
        try:
            return date.fromisoformat(text).isoformat()
        except ValueError:
            raise InvalidCustomValue(definition.key, definition.kind, text) from None
    if definition.kind == "choice":
        for option in definition.options:
            if option.casefold() == text.casefold():
                return option
        raise InvalidCustomValue(definition.key, definition.kind, text)
    if len(text) > MAX_TEXT:
        raise InvalidCustomValue(definition.key, definition.kind, text)
    return text


def clean_values(fields: list[CustomField], values: dict) -> dict:
    """The values for the defined fields, parsed; empty ones dropped; a key nobody defined is kept as is
    (another till may know a field this one has not heard of yet)."""
    by_key = {f.key: f for f in fields}
    result = {}
    for key, value in (values or {}).items():
        parsed = parse_value(by_key[key], value) if key in by_key else value
        if parsed not in (None, ""):
            result[key] = parsed
    return result
