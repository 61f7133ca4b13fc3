"""Bottega's domain services in plain Python: no Qt, no printing."""
