"""The sync wire format shared by the till (shop/sync_client.py) and the central server (server/).

A neutral package on purpose: it imports nothing from the project, so the server never depends on
the till's packages (db/, shop/) and the till never depends on the server's. Only plain data and
the hybrid logical clock live here.

    messages.py        what travels: push batches and their answers, pulled pages, the record kinds
    validate.py, checks.py   the strict payload schema of each record kind, used on both sides
    hlc.py             hybrid logical clock stamps (which edit of a field wins)
    catalogue.py       the catalogue and shared settings as they travel from the owner to every till
    catalogue_files.py, catalogue_rows.py   reading the owner's CSV/XLSX file; the rules a product row passes
    currency.py        ISO 4217 minor units (what a stored amount means)
    languages.py       the languages Bottega speaks

Start at messages.py.
"""
