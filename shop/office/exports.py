"""The exports desk: a period's files for the accountant, written off the UI thread with progress and cancel."""
from pathlib import Path
from typing import Callable

from shop.exports.bundle import ExportResult, Writer, export_period
from shop.exports.period import Period
from shop.office.desk import Desk
from shop.settings import ShopSettings


class Exports(Desk):
    """In the signed-in person's name (None: the command line, whoever holds the database file)."""

    def export(self, settings: ShopSettings, period: Period, out: Path, formats: tuple[str, ...],
               writers: dict[str, Writer] | None = None, progress: Callable[[int, int], None] = lambda done, total: None,
               cancelled: Callable[[], bool] = lambda: False) -> ExportResult:
        """The period's files in the new folder `out` (shop/exports/bundle.py); its typed errors if not."""
        return export_period(self.engine, settings, period, out, formats, self.user, writers,
                             progress=progress, cancelled=cancelled)
