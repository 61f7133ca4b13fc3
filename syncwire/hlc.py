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


class Clock:
    """One node's clock: never goes backwards, and moves past every stamp it has seen."""

    def __init__(self, node: str, wall=now_ms):
        self.node = node
        self._wall = wall
        self._last = Stamp(0, 0, node)

    def tick(self) -> Stamp:
        """A stamp for a local change, later than every stamp this clock has issued or observed."""
        wall = self._wall()
        if wall > self._last.wall_ms:
            self._last = Stamp(wall, 0, self.node)
        else:
            self._last = Stamp(self._last.wall_ms, self._last.counter + 1, self.node)
        return self._last

    def observe(self, remote: Stamp) -> None:
        """Take a received stamp into account, so the next local change sorts after it."""
        if (remote.wall_ms, remote.counter) > (self._last.wall_ms, self._last.counter):
            self._last = Stamp(remote.wall_ms, remote.counter, self.node)
