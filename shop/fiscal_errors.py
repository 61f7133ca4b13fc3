"""Typed errors of the fiscal register flow (Italy's RT); ui/ turns them into translated messages."""
from dataclasses import dataclass

from shop.errors import ShopError


class FiscalError(ShopError):
    """Base of the fiscal register's errors."""


@dataclass
class BadLotteryCode(FiscalError):
    """Not 8 letters or digits (the customer's lotteria degli scontrini code)."""

    code: str


@dataclass
class LotteryNeedsElectronicPayment(FiscalError):
    """The lottery code counts only with at least `minimum` paid electronically."""

    minimum: int


@dataclass
class NoDepartment(FiscalError):
    """No RT department is set for this VAT rate (basis points)."""

    rate_bp: int


@dataclass
class BadFiscalReference(FiscalError):
    """A return's reference to the original document could not be read: 'zzzz nnnn ddmmyyyy serial'."""

    text: str


@dataclass
class MissingFiscalReference(FiscalError):
    """A return whose original has no RT document yet: type the reference from the customer's slip."""

    sale_id: str


@dataclass
class BadFiscalSetup(FiscalError):
    """A setup field that cannot work: 'address' (empty or with spaces), 'department' (not 1-99) or 'model'."""

    field: str
