"""The server's notion of now (UTC ISO 8601, as every table stores time)."""
from datetime import datetime, timezone


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")
