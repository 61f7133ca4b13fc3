""""Month for my accountant": every table of a period in every chosen format, one folder and a zip.

Written into a hidden temporary folder beside the target and renamed at the very end, so a failure,
a full disk or a Cancel never leaves a half-written folder: either the whole export is there or
nothing is. The zip (inside the folder) holds the same files, ready to attach to an e-mail; nothing
is sent. Customer ids are personal data: only the owner's export (and the command line, run by
whoever holds the database file) carries them; a manager's export leaves them out; every export
is audited.
"""
import os
import shutil
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from sqlalchemy import Engine

from db.engine import read_session, write_session
from db.models import User
from shop import audit
from shop.errors import NotAllowed
from shop.exports.errors import ExportCancelled, OutputNotEmpty, OutputNotWritable, UnknownFormat
from shop.exports.files import write_csv, write_xlsx
from shop.exports.period import Period
from shop.exports.tables import ExportData, collect
from shop.settings import ShopSettings

FORMATS = ("csv", "xlsx", "pdf")
Writer = Callable[[ExportData, Path], list[Path]]
BUILT_IN: dict[str, Writer] = {"csv": write_csv, "xlsx": write_xlsx}


@dataclass(frozen=True)
class ExportResult:
    folder: Path
    files: list[Path]  # inside `folder`, the zip last
    zip_path: Path
    summary: dict
    personal: bool


def parse_formats(text: str | None) -> tuple[str, ...]:
    """'csv,xlsx' -> ('csv', 'xlsx'); all three when empty; UnknownFormat for anything else."""
    names = [n.strip().lower() for n in (text or "").split(",") if n.strip()]
    for name in names:
        if name not in FORMATS:
            raise UnknownFormat(name)
    return tuple(n for n in FORMATS if n in names) or FORMATS


def may_export(user: User | None) -> bool:
    """Owners and managers export; the command line (user None) is whoever holds the database file."""
    return user is None or user.role in ("owner", "manager")


def with_personal_data(user: User | None) -> bool:
    return user is None or user.role == "owner"


def check_output(out: Path) -> None:
    """OutputNotEmpty or OutputNotWritable before any work is done (checked again by the writing)."""
    if out.exists():
        if not out.is_dir() or any(out.iterdir()):
            raise OutputNotEmpty(out)
        _probe(out)
    else:
        if not out.parent.is_dir():
            raise OutputNotWritable(out, "no such folder")
        _probe(out.parent)


def _probe(folder: Path) -> None:
    try:
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as error:
        raise OutputNotWritable(folder, error.strerror or str(error)) from None


def export_period(engine: Engine, settings: ShopSettings, period: Period, out: Path, formats: tuple[str, ...],
                  user: User | None, writers: dict[str, Writer] | None = None,
                  progress: Callable[[int, int], None] = lambda done, total: None,
                  cancelled: Callable[[], bool] = lambda: False) -> ExportResult:
    """Write the period's export to the folder `out` (new, or existing and empty).

    `writers` adds the formats shop/ cannot draw itself (the PDF, from printers/). `progress(done,
    total)` is called after each step; `cancelled()` is asked between steps (ExportCancelled)."""
    if not may_export(user):
        raise NotAllowed("export")
    writers = {**BUILT_IN, **(writers or {})}
    for name in formats:
        if name not in writers:
            raise UnknownFormat(name)
    out = Path(out).absolute()
    check_output(out)
    personal = with_personal_data(user)
    steps = len(formats) + 2
    with read_session(engine) as session:
        data = collect(session, settings, period, personal, cancelled)
    if cancelled():
        raise ExportCancelled()
    progress(1, steps)
    try:
        temporary = Path(tempfile.mkdtemp(prefix=f".{out.name}.part-", dir=out.parent))
    except OSError as error:
        raise OutputNotWritable(out.parent, error.strerror or str(error)) from None
    try:
        files: list[Path] = []
        for done, name in enumerate(formats, start=2):
            files += writers[name](data, temporary)
            if cancelled():
                raise ExportCancelled()
            progress(done, steps)
        zip_path = temporary / f"bottega-{period.slug()}.zip"
        with zipfile.ZipFile(zip_path, "w", zipfile.ZIP_DEFLATED) as archive:
            for path in files:
                archive.write(path, path.name)
        files.append(zip_path)
        if cancelled():
            raise ExportCancelled()
        if out.exists():
            out.rmdir()  # checked empty above; a folder the person made for it
        os.replace(temporary, out)
    except OSError as error:
        shutil.rmtree(temporary, ignore_errors=True)
        raise OutputNotWritable(out, error.strerror or str(error)) from None
    except BaseException:
        shutil.rmtree(temporary, ignore_errors=True)
        raise
    with write_session(engine) as session:
        audit.record(session, settings.till_id, "accounts_exported", user.id if user else None,
                     start=period.start.isoformat(), end=period.end.isoformat(), formats=list(formats),
                     personal=personal, via="app" if user else "command line", folder=str(out))
    progress(steps, steps)
    files = [out / path.name for path in files]
    return ExportResult(out, files, out / zip_path.name, data.summary, personal)
