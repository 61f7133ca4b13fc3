"""Global ids and timestamps for records: created where the record is born."""
import os
import time
import uuid
from datetime import datetime, timezone


def new_id() -> str:
    """A UUIDv7 string (RFC 9562): time-ordered, so indexes on ids stay append-mostly."""
    ms = time.time_ns() // 1_000_000
    rand = int.from_bytes(os.urandom(10), "big")
    value = (ms & ((1 << 48) - 1)) << 80
    value |= 0x7 << 76
    value |= ((rand >> 62) & 0xFFF) << 64
    value |= 0b10 << 62
    value |= rand & ((1 << 62) - 1)
    return str(uuid.UUID(int=value))


def utc_now() -> str:
    """Now in UTC as ISO 8601 (microseconds), the one time format every table stores."""
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")
