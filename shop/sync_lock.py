"""One sync worker per shop database: two copies of the app on one file must not both sync.

The lock is an OS lock on a file beside the database (`<db>.sync-lock`), held for as long as the
worker runs. The OS drops it when the process ends however it ends, so a crashed till never
leaves a stale lock behind, which a row in the database would.
"""
import os
import sys
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from sqlalchemy import Engine

from shop.sync_errors import SyncBusy

if sys.platform == "win32":
    import msvcrt
else:
    import fcntl


def lock_path(engine: Engine) -> Path:
    return Path(f"{engine.url.database}.sync-lock")


@contextmanager
def sync_lock(engine: Engine) -> Iterator[None]:
    """Hold the database's sync lock, or raise SyncBusy at once (never wait for it)."""
    fd = os.open(lock_path(engine), os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            if sys.platform == "win32":  # spelled so the type checker knows the branch
                msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            else:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise SyncBusy(str(lock_path(engine))) from None
        yield
    finally:
        os.close(fd)  # closing releases the lock
