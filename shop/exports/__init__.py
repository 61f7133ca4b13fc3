"""The accountant's exports: the period's sales journal, VAT, payments, refunds, cash, discounts, Z reports.

`tables.collect` reads a period into plain tables (no files), `files` writes them as CSV and XLSX,
`bundle` writes a whole folder and its zip safely (a temporary folder renamed at the end). The PDF
summary is drawn by printers/export_pdf.py, which the caller hands to the bundle: shop/ never
imports printers/.
"""
