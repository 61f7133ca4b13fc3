"""Settings kept as JSON rows of the `setting` table, read into and written from dataclasses."""
from dataclasses import asdict, fields

from sqlmodel import Session

from db.models import Setting


def load_dataclass(session: Session, key: str, cls):
    """The `cls` stored under `key`: the fields it knows (any others, from an older or newer version,
    are ignored), its defaults for the rest."""
    row = session.get(Setting, key)
    stored = row.value if row and isinstance(row.value, dict) else {}
    known = {f.name for f in fields(cls)}
    return cls(**{k: v for k, v in stored.items() if k in known})


def save_dataclass(session: Session, key: str, value) -> None:
    row = session.get(Setting, key) or Setting(key=key)
    row.value = asdict(value)
    session.add(row)
