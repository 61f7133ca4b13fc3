"""Global ids (UUIDv7) and timestamps made where the record is born."""
import time
import uuid
from datetime import datetime, timedelta, timezone

from db.ids import new_id, utc_now


def test_ids_are_uuid_version_7():
    """Every id is a canonical RFC 9562 UUID of version 7."""
    for _ in range(1000):
        text = new_id()
        value = uuid.UUID(text)
        assert str(value) == text
        assert value.version == 7
        assert value.variant == uuid.RFC_4122


def test_ids_carry_the_creation_time():
    """The first 48 bits are the Unix time in milliseconds when the id was made."""
    before = time.time_ns() // 1_000_000
    value = uuid.UUID(new_id())
    after = time.time_ns() // 1_000_000
    assert before <= value.int >> 80 <= after


def test_ids_are_time_ordered():
    """Ids made in successive milliseconds sort in the order they were made, as text too."""
    made = []
    for _ in range(50):
        made.append(new_id())
        time.sleep(0.002)
    assert sorted(made) == made
    assert sorted(made, key=lambda text: uuid.UUID(text).int) == made


def test_ids_are_unique():
    """A hundred thousand ids, many in the same millisecond, never repeat."""
    ids = [new_id() for _ in range(100_000)]
    assert len(set(ids)) == len(ids)


def test_ids_have_random_bits():
    """Within one millisecond the ids still differ in their random part."""
    ids = [uuid.UUID(new_id()) for _ in range(200)]
    same_ms = {}
    for value in ids:
        same_ms.setdefault(value.int >> 80, set()).add(value.int & ((1 << 62) - 1))
    assert any(len(randoms) > 1 for randoms in same_ms.values())


def test_utc_now_is_iso_utc_with_microseconds():
    """Timestamps are ISO 8601 in UTC with microseconds, so they sort as text and parse back exactly."""
    text = utc_now()
    parsed = datetime.fromisoformat(text)
    assert parsed.tzinfo is not None and parsed.utcoffset() == timedelta(0)
    assert text.endswith("+00:00") and len(text.split(".")[1]) == len("123456+00:00")
    assert abs(datetime.now(timezone.utc) - parsed) < timedelta(seconds=5)
    later = utc_now()
    assert later >= text
