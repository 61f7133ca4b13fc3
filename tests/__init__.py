"""The test suite: one folder per package, everything real (SQLite files, a server over loopback, Qt offscreen).

    conftest.py   the fixtures most tests start from: `shop` (a small known shop in a real SQLite
                  file: its users, products and barcodes by name) and `till` (a signed-in Till with
                  an open shift); `babel_says` for locale-dependent words
    shop/         the domain services, called directly on the fixture shop
    db/           the engine, ids, migrations (test_migrations.py checks SCHEMA_VERSION and every
                  step), and durability under a killed process (sale_writer.py is that process)
    printers/     ESC/POS bytes parsed back (escpos_stream.py), golden receipts (golden/), PDFs
                  rendered to images; fake_printers.py are printers that fail on cue
    fiscal/       Italy's RT against simulators of the Epson and Custom devices (*_sim.py)
    server/       real server processes over loopback on SQLite and PostgreSQL; records.py builds
                  wire records; chaos and faults runs with a flaky proxy
    ui/           pytest-qt on the real widgets and a real database, keys and clicks as a cashier
                  uses them (ui/conftest.py: the till window, `in_dialog` to answer a dialog)
    test_lock.py  requirements.lock pins what pyproject.toml asks for

Each test has a one-line docstring saying what must hold; no test sleeps to wait or measures time
(benchmarks are in bench/). Run only what covers a change: `.venv/bin/python -m pytest tests/shop/...`.
"""
