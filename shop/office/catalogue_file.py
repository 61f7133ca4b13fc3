"""The catalogue file desk: the owner's (or a supplier's) product file, previewed then imported; the catalogue exported."""
from pathlib import Path

from sqlmodel import Session

from shop import catalogue_import
from shop.catalogue_import import Preview
from shop.office.desk import Desk
from syncwire.catalogue_files import ReadFile


class CatalogueFile(Desk):
    def preview(self, path: Path) -> Preview:
        """What importing the file would do, row by row; BadFile (or OSError) for a file that cannot be read."""
        read = catalogue_import.read_file(path)
        return self._read(catalogue_import.preview, read)

    def apply(self, planned: Preview) -> Preview:
        """The previewed rows written, all or none; what was written."""
        return self._write(catalogue_import.apply, planned)

    def import_now(self, read: ReadFile) -> Preview:
        """Checked and written in one write transaction (the command line: no preview to look at first)."""
        return self._write(lambda session: catalogue_import.apply(session, catalogue_import.preview(session, read)))

    def preview_read(self, read: ReadFile) -> Preview:
        return self._read(catalogue_import.preview, read)

    def rows(self) -> list[dict[str, str]]:
        """The catalogue as the file's rows (text, as the owner would type them)."""
        return self._read(catalogue_import.export_rows)

    def export(self, kind: str) -> tuple[int, bytes]:
        """How many products, and the file's bytes: "xlsx" or "csv"."""
        def work(session: Session) -> tuple[int, bytes]:
            make = catalogue_import.export_xlsx if kind == "xlsx" else catalogue_import.export_csv
            return len(catalogue_import.export_rows(session)), make(session)
        return self._read(work)
