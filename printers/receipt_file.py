"""Any stored receipt or Z report as a file: ESC/POS bytes, a roll PDF or an A4 invoice (`bottega receipt`).

For support and for reprints to a file: the receipt is rebuilt from the database exactly as the
till would print it, on the shop's configured printer profile but at the paper width asked for.
"""
from dataclasses import replace

from sqlalchemy import Engine

from db.engine import read_session
from printers.config import load_printer_config
from printers.escpos_render import render
from shop import receipts
from shop.settings import load_settings

FORMATS = ("escpos", "pdf", "invoice")  # invoice: A4 pages, for e-mail or an office printer


def stored_document(engine: Engine, number: str, *, language: str | None = None, copy: bool = False) -> receipts.ReceiptDocument:
    """'T1-000123', '123', 'last' for a sale or refund; 'Z7' (or 'Z' for the latest) for a Z report.

    Raises shop.errors.SaleNotFound when there is no such receipt.
    """
    text = number.strip().upper()
    with read_session(engine) as session:
        settings = load_settings(session)
        if text.startswith("Z") and (text[1:].isdigit() or text == "Z"):
            report = receipts.find_z_report(session, int(text[1:]) if text[1:] else None, settings.till_id)
            return receipts.z_report_receipt(session, report.id, copy=copy, language=language, settings=settings)
        sale = receipts.find_receipt(session, text, settings.till_id)
        return receipts.sale_receipt(session, sale.id, copy=copy, language=language, settings=settings)


def receipt_bytes(engine: Engine, number: str, *, fmt: str = "escpos", width_mm: int = 80,
                  language: str | None = None, copy: bool = False) -> bytes:
    """The receipt as the bytes of a file in `fmt`: for a `width_mm` roll, or A4 for an invoice."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    document = stored_document(engine, number, language=language, copy=copy)
    if fmt == "invoice":
        from printers.pdf import invoice_pdf

        return invoice_pdf(document)
    if fmt == "pdf":
        from printers.pdf import receipt_pdf

        return receipt_pdf(document, width_mm=width_mm)
    with read_session(engine) as session:
        config = load_printer_config(session)
    return render(document, replace(config, paper_mm=width_mm, columns=0))
