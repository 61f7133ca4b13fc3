"""Fiscal registers (Italy's RT): one FiscalDevice interface, one adapter per maker's protocol, and
the worker that sends each committed sale exactly once (queue.py)."""
