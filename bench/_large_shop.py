"""The LARGE demo shop the till benchmarks run on, generated once and kept in the user cache dir.

50,000 products, 200,000 customers and ten years of sales: the size issue 2 names. Generating it
is itself a figure (it must take under two minutes), so the time is measured when the file is
made and kept beside it. The file is made again when it is missing, when its schema version is
not the current one, or when it was made with other sizes.

The benchmarks sell on this file, so it gains about a thousand sales per run, like a till in use.
"""
import json
import os
import sqlite3
import time
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterator

from platformdirs import user_cache_dir

SIZES = {"customers": 200_000, "products": 50_000, "days": 3650}
GENERATION_LIMIT_S = 120


def cache_dir() -> Path:
    return Path(user_cache_dir("Bottega", "Bottega")) / "bench"


def _schema_version(path: Path) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()


@contextmanager
def _only_one_maker(folder: Path) -> Iterator[None]:
    """Several benchmark groups may run at once: one makes the shop while the others wait for it."""
    with open(folder / "large.lock", "w") as lock:
        try:
            import fcntl
        except ImportError:  # Windows: no advisory locks in the standard library; run one at a time
            yield
            return
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def large_shop() -> tuple[Path, dict]:
    """The path of the large shop and how it was made: {"seconds", "cpu_seconds", "made_at", "fresh", ...}.

    The processor time is kept beside the wall clock time: on a busy machine the two part ways.
    """
    from db.migrate import SCHEMA_VERSION

    folder = cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path, about_path = folder / "large.db", folder / "large.json"
    with _only_one_maker(folder):
        about = json.loads(about_path.read_text()) if about_path.exists() else {}
        current = path.exists() and about.get("sizes") == SIZES and about.get("schema") == SCHEMA_VERSION
        if current and _schema_version(path) == SCHEMA_VERSION:
            return path, dict(about, fresh=False)
        from shop.demo import create_demo_shop

        # Made under another name and moved into place, so nobody ever opens half a shop.
        making = folder / f"large.{os.getpid()}.db"
        for old in (making, Path(f"{making}-wal"), Path(f"{making}-shm"), about_path):
            old.unlink(missing_ok=True)
        started, cpu = time.perf_counter(), time.process_time()
        summary = create_demo_shop(making, **SIZES)
        seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
        for old in (Path(f"{path}-wal"), Path(f"{path}-shm")):
            old.unlink(missing_ok=True)
        os.replace(making, path)
        about = {"sizes": SIZES, "schema": SCHEMA_VERSION, "seconds": round(seconds, 1), "cpu_seconds": round(cpu, 1),
                 "summary": summary.replace(str(making), str(path)),
                 "made_at": datetime.now(timezone.utc).isoformat(timespec="seconds")}
        about_path.write_text(json.dumps(about, ensure_ascii=False, indent=1))
        return path, dict(about, fresh=True)
