"""Conflict rules, as pure functions over plain data (DESIGN.md, "Sync: conflicts").

- Customers merge field by field: each field keeps the value with the greatest HLC stamp, so two
  tills editing different fields offline both keep their edit, and a till whose clock is behind
  cannot overwrite a newer edit. A stamp too far ahead of the server's clock is refused, or a
  till with a clock a year ahead would win every field for a year.
- Erasure is final: once a customer is erased no later edit brings the personal data back.
- Reservations follow their state machine: a later state beats an earlier one whatever the
  clocks say, and a pickup beats a cancel (the goods left the shop: that is what happened).
- Products and shared settings are the owner's (server/catalogue.py): a till's push of one is refused.
"""
from dataclasses import dataclass

from syncwire import hlc

MAX_AHEAD_MS = 5 * 60 * 1000
META_FIELDS = ("id", "hlc", "clocks", "updated_at")
ERASED = "erased_at"

# Higher rank wins; the terminal states outrank the open ones, and a pickup outranks them all.
RESERVATION_RANK = {"open": 0, "ready": 1, "expired": 2, "cancelled": 3, "picked_up": 4}


class ClockAhead(Exception):
    def __init__(self, stamp: hlc.Stamp):
        super().__init__(f"stamp {stamp} is more than {MAX_AHEAD_MS // 1000} s ahead of the server")
        self.stamp = stamp


class BadPayload(Exception):
    pass


def record_stamp(payload: dict, node: str = "") -> hlc.Stamp:
    """The stamp a record was written at: its `hlc`, else its `updated_at`."""
    text = payload.get("hlc") or payload.get("updated_at")
    if not isinstance(text, str):
        raise BadPayload("no hlc or updated_at")
    try:
        stamp = hlc.parse(text)
    except ValueError as exc:
        raise BadPayload(f"bad stamp {text!r}") from exc
    return stamp if stamp.node else stamp._replace(node=node)


def check_not_ahead(stamp: hlc.Stamp, now_ms: int) -> None:
    if stamp.wall_ms > now_ms + MAX_AHEAD_MS:
        raise ClockAhead(stamp)


def field_stamps(payload: dict, node: str, now_ms: int) -> dict[str, str]:
    """Each data field's stamp: its own from `clocks` if sent, else the record's."""
    fields = [k for k in payload if k not in META_FIELDS]
    own = payload.get("clocks") or {}
    if not isinstance(own, dict):
        raise BadPayload("clocks is not an object")
    base = record_stamp(payload, node) if any(f not in own for f in fields) else None
    stamps = {}
    for field in fields:
        stamp = base
        if field in own:
            try:
                stamp = hlc.parse(own[field])
            except (TypeError, ValueError) as exc:
                raise BadPayload(f"bad clock for {field}") from exc
            stamp = stamp if stamp.node else stamp._replace(node=node)
        check_not_ahead(stamp, now_ms)
        stamps[field] = str(stamp)
    return stamps


@dataclass(frozen=True)
class Merged:
    data: dict
    clocks: dict
    changed: bool


def merge_customer(data: dict, clocks: dict, payload: dict, node: str, now_ms: int) -> Merged:
    """The customer after taking `payload` in; ClockAhead or BadPayload leave it untouched."""
    stamps = field_stamps(payload, node, now_ms)
    if data.get(ERASED):
        return Merged(data, clocks, False)  # erased for good: no edit, however new, brings data back
    new_data, new_clocks = dict(data), dict(clocks)
    erasing = bool(payload.get(ERASED))
    for field, stamp in stamps.items():
        newer = field not in new_clocks or hlc.parse(stamp) > hlc.parse(new_clocks[field])
        if newer or erasing:  # the erasure's blanked fields replace even newer edits
            new_data[field] = payload[field]
            new_clocks[field] = stamp if newer else new_clocks[field]
    new_data["id"] = payload["id"]
    return Merged(new_data, new_clocks, new_data != data or new_clocks != clocks)


def reservation_wins(current: dict, incoming: dict, current_clock: str, incoming_clock: str) -> bool:
    """Whether the incoming version of a reservation replaces the stored one."""
    have = RESERVATION_RANK.get(current.get("status"), -1)
    new = RESERVATION_RANK.get(incoming.get("status"), -1)
    if new != have:
        return new > have
    return hlc.parse(incoming_clock) > hlc.parse(current_clock)
