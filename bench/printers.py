"""Issue 3's printer figures: rendering a 30-line receipt, as ESC/POS bytes and as an 80 mm PDF.

receipt.escpos   layout + python-escpos Dummy printer -> bytes, 80 mm (48 columns), Italian code page
receipt.pdf      the same document as a roll PDF with embedded fonts (reportlab)

The receipt is a real stored sale of a small Italian demo shop (counted, weighed and discounted
lines, a customer, cash with change). Both are pure rendering: no device, no database in the loop.
The fonts are registered once before timing (a till does that once per run).
"""
import tempfile
import time
from pathlib import Path
from typing import Iterator

from bench._figures import figure

LINES = 30
RUNS = 60


def _time(fn, runs: int) -> tuple[list[float], object]:
    samples, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        samples.append((time.perf_counter() - started) * 1000)
    return samples, result


def figures() -> Iterator[dict]:
    from printers.config import PrinterConfig
    from printers.demo_receipts import demo_sale_document
    from printers.escpos_render import render
    from printers.pdf import receipt_pdf

    with tempfile.TemporaryDirectory() as workdir:
        document = demo_sale_document("it", Path(workdir), lines=LINES)
    items = sum(len(block.items) for block in document.blocks if hasattr(block, "items"))
    config = PrinterConfig(transport="dummy", profile="TM-T88V", paper_mm=80)
    render(document, config)  # warm: python-escpos loads its capabilities, PIL its fonts
    receipt_pdf(document)  # warm: reportlab parses the four TrueType fonts
    samples, data = _time(lambda: render(document, config), RUNS)
    yield figure("receipt.escpos", samples, lines=items, bytes=len(data), profile=config.profile, columns=config.width_columns)
    samples, data = _time(lambda: receipt_pdf(document), RUNS // 2)
    yield figure("receipt.pdf", samples, lines=items, bytes=len(data), width_mm=80)
