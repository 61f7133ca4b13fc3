"""Benchmarks that print JSON lines; never part of the test run. Run them with `python -m bench`.

`python -m bench [GROUP ...]` (__main__.py) runs the groups named (every module here not starting
with an underscore: till, customers, printers, sync, reports, ...; all by default) and prints one
JSON object per line per figure: its name, n, p50_ms and p95_ms (wall clock; cpu_* where measured).

    till.py, customers.py, ...   one module per group, each a `figures()` generator
    _figures.py                  timings into the one-line JSON figures
    _large_shop.py               the LARGE demo shop (ten years, 200,000 customers), made once and
                                 kept in the user cache folder; _loopback.py a server on loopback
    _till_ui.py, _catalogue_filter.py, _export_year.py   figures that need the real window or a big shop

Compare before and after a change in the same run on the same machine: the figures are only
comparable with each other.
"""
