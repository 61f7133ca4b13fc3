"""Typed errors the till raises; ui/ turns them into translated messages, never shop/."""
from dataclasses import dataclass


class ShopError(Exception):
    """Base of every error a user action can meet."""


@dataclass
class InvalidBarcode(ShopError):
    code: str


@dataclass
class UnknownBarcode(ShopError):
    code: str


@dataclass
class WrongPin(ShopError):
    attempts_left: int


@dataclass
class TillLocked(ShopError):
    seconds_left: int


@dataclass
class NotAllowed(ShopError):
    """The user's role may not do this without a manager's approval."""

    action: str
    least_role: str = "manager"  # who may (shop/permissions.py): "manager" or "owner"


@dataclass
class DiscountTooLarge(ShopError):
    """More than the line or order is worth."""

    limit: int


@dataclass
class PaymentShort(ShopError):
    missing: int


@dataclass
class NoOpenShift(ShopError):
    pass


@dataclass
class ShiftAlreadyOpen(ShopError):
    pass


@dataclass
class SaleNotFound(ShopError):
    number: str


@dataclass
class NothingToRefund(ShopError):
    pass


@dataclass
class RefundTooLarge(ShopError):
    line_name: str
    returnable_milli: int


@dataclass
class EmptySale(ShopError):
    pass


@dataclass
class InvalidAmount(ShopError):
    text: str


@dataclass
class NeedsApproval(ShopError):
    """Above the cashier's limits: ask for a manager's PIN, then try again with the approver."""

    action: str
    least_role: str = "manager"  # whose PIN approves it (shop/permissions.py): "manager" or "owner"
