"""Typed errors of the accountant's exports; ui/ turns them into sentences."""
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from shop.errors import ShopError


@dataclass
class BadDate(ShopError):
    """Not a date written YYYY-MM-DD."""

    text: str


@dataclass
class PeriodReversed(ShopError):
    """The first day comes after the last."""

    start: date
    end: date


@dataclass
class OutputNotEmpty(ShopError):
    """The output folder exists and holds something: an export never mixes with other files."""

    path: Path


@dataclass
class OutputNotWritable(ShopError):
    """The output folder (or the one it would be made in) cannot be written."""

    path: Path
    detail: str


@dataclass
class UnknownFormat(ShopError):
    name: str


@dataclass
class ExportCancelled(ShopError):
    """The person pressed Cancel; nothing was left behind."""
