"""The printer setup screen's door to the stored settings: read them, save them, one transaction each.

ui/printer_setup.py reaches the database only through here (ui/ does not import db/); trying a
setting (a test page, the status) needs no database and stays in printers/test_page.py.
"""
from sqlalchemy import Engine

from db.engine import read_session, write_session
from printers.config import PrinterConfig, load_printer_config, save_printer_config


def stored_config(engine: Engine) -> PrinterConfig:
    """This till's printer settings as saved (the defaults if never saved)."""
    with read_session(engine) as session:
        return load_printer_config(session)


def save_config(engine: Engine, config: PrinterConfig) -> None:
    with write_session(engine) as session:
        save_printer_config(session, config)
