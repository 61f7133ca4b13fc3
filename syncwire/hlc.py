"""Hybrid logical clock (Kulkarni et al. 2014): wall time in ms, a counter, and the node that ticked.

A stamp is text that sorts as it compares ("000001732356000000-0003-T1"), so it can be stored and
compared anywhere. Ties on wall time and counter are broken by the node name, so every replica
picks the same winner. A plain ISO 8601 time (a record's `updated_at` from before clocks were sent)
reads as that instant with counter 0.
"""
import time
from datetime import datetime, timezone
from typing import NamedTuple

WALL_DIGITS = 18
COUNTER_DIGITS = 4


class Stamp(NamedTuple):
    wall_ms: int
    counter: int
    node: str

    def __str__(self) -> str:
        return f"{self.wall_ms:0{WALL_DIGITS}d}-{self.counter:0{COUNTER_DIGITS}d}-{self.node}"


def parse(text: str) -> Stamp:
    """A stamp from its text form, or from an ISO 8601 time; ValueError if it is neither."""
    head, sep, rest = text.partition("-")
    if sep and head.isdigit() and len(head) == WALL_DIGITS:
        counter, _, node = rest.partition("-")
        if counter.isdigit():
            return Stamp(int(head), int(counter), node)
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)  # every stored time is UTC (DESIGN.md)
    return Stamp(int(moment.timestamp() * 1000), 0, "")


def now_ms() -> int:
    return time.time_ns() // 1_000_000

