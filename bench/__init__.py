"""Benchmarks that print JSON lines; never part of the test run. Run them with `python -m bench`."""
