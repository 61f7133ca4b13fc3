"""Turns receipt and report documents from shop/ into bytes or pages: ESC/POS, PDF, the cash drawer.

    config.py          PrinterConfig: transport, profile, paper width, code page, CJK mode, drawer
    layout.py          a document laid out on a grid of 32/42/48 columns
    escpos_render.py   the grid as ESC/POS bytes (code pages, GB18030/EUC-KR, raster, QR, CODE128)
    devices.py         ReceiptPrinter and one class per transport (USB, serial, network, file, dummy)
    pdf.py             80 mm roll PDFs and A4 pages with embedded fonts
    queue.py           the print queue: after the sale commits, off the UI thread, never twice
"""
