"""The building blocks of the sync payload schemas (syncwire/validate.py): checks of one JSON value
that raise `Invalid(field, reason)`, and `check_sizes`, the bounds any payload keeps whatever its shape.

A check is a function (value, where) -> None; `where` is the dotted place of the value in the
payload, so a refusal names exactly what is wrong ("tiers[0].min_spend: is missing").
"""
import math
import re
from collections.abc import Callable
from datetime import date, datetime, timezone

from syncwire import hlc

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
PLACES_KEPT = 4096  # an object schema's field places remembered (a sale's lines are lines[0], lines[1] ...)
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
        if type(value) is str and len(value) <= limit and pattern is None and empty:
            return  # the common case in one test: a page of pulled sales checks about 40,000 texts
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
        if type(value) is int and low <= value <= high:
            return  # the common case in one test (bool, a subclass of int, is refused below)
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
    known, every = frozenset(fields), tuple(fields.items())  # once, not per record: a page checks thousands
    at_place: dict[str, tuple] = {}  # where -> ((name, its dotted place, its check), ...), made once per place

    def check(value, where):
        if not isinstance(value, dict):
            raise Invalid(where, "must be an object")
        for name in required:
            if name not in value:
                raise Invalid(_at(where, name), "is missing")
        if not extra and not known.issuperset(value):
            raise Invalid(_at(where, sorted(set(value) - known)[0]), "is not a field of this record")
        checks = at_place.get(where)
        if checks is None:
            checks = tuple((name, _at(where, name), field_check) for name, field_check in every)
            if len(at_place) < PLACES_KEPT:
                at_place[where] = checks
        for name, place, field_check in checks:
            if name in value:
                field_check(value[name], place)
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


_keys_fit: set[str] = set()  # field names already found fine


def _fits(value, depth: int) -> bool:
    # Loops with the common scalars inline, not all() over generators: a pulled page of 1,000 whole
    # sales (issue 11) is about 100,000 values, and this walk was most of the time a till took to store it.
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
        if len(value) > ANY_LIST_LIMIT:
            return False
        items = value
    elif kind is dict:
        if len(value) > ANY_KEYS_LIMIT:
            return False
        for key in value:
            if key in _keys_fit:  # field names repeat in every record: each is looked at once
                continue
            if type(key) is not str or len(key) > ANY_TEXT_LIMIT or "\x00" in key or not (key.isascii() or _text_fits(key)):
                return False
            if len(key) <= 64 and len(_keys_fit) < PLACES_KEPT:  # bounded: the server checks strangers' pushes too
                _keys_fit.add(key)
        items = value.values()
    else:
        return False
    for item in items:
        kind = type(item)
        if kind is str:
            if len(item) > ANY_TEXT_LIMIT or "\x00" in item or not (item.isascii() or _text_fits(item)):
                return False
        elif kind is int:
            if not -(2**63) < item < 2**63:
                return False
        elif item is None or kind is bool:
            continue
        elif not _fits(item, depth + 1):
            return False
    return True


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
