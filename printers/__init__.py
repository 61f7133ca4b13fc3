"""Turns receipt and report documents from shop/ into bytes or pages: ESC/POS, PDF, the cash drawer.

    config.py          PrinterConfig: transport, profile, paper width, code page, CJK mode, drawer
    layout.py          a document laid out on a grid of 32/42/48 columns
    escpos_render.py   the grid as ESC/POS bytes (code pages, GB18030/EUC-KR, raster, QR, CODE128)
    raster.py          lines the printer has no characters for, drawn as a bitmap from a font
    devices.py         ReceiptPrinter and one class per transport (USB, serial, network, file, dummy),
                       the cash drawer (kicked through the printer or on its own serial port)
    errors.py          typed printer errors; ui/ turns them into messages, jobs store their code
    jobs.py            print jobs in the shop database: waiting, printing, printed or failed
    queue.py           the print queue: after the sale commits, off the UI thread, never twice;
                       F9 reprints; the "pdf" transport saves each receipt in a folder instead
    pdf.py, pdf_fonts.py   80 mm / 58 mm roll PDFs and A4 invoices with embedded fonts for the four scripts
    receipt_file.py    any stored receipt or Z report as a file (`bottega receipt`)
    test_page.py       the printer setup screen's test page and status check
    usb_scan.py        USB printers and serial ports for the setup screen
    loyalty_card.py    loyalty cards as PDF (`bottega card`)
    demo_receipts.py   sample receipts for docs/ and the printer benchmarks
    shelf_labels.py, coupon_sheet.py, customer_export.py, export_pdf.py   other PDFs: shelf labels,
                       printed coupons, a customer's data, the accountant's PDF
    fiscal/            Italy's fiscal register (RT): the FiscalDevice interface (device.py), the Epson
                       and Custom drivers, and the worker that sends each committed sale once (queue.py)

printers/ takes plain documents from shop/ (shop/receipts.py says what paper says) and never
imports ui/ or Qt; ui/ calls it. Start at queue.py (how a receipt reaches paper) or layout.py.
"""
