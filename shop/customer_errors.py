"""Typed errors of customers, loyalty, cards, coupons and reservations; ui/ words them."""
from dataclasses import dataclass

from shop.errors import ShopError


@dataclass
class InvalidPhone(ShopError):
    """Not a number that can exist in the shop's country (or the country it names with +)."""

    text: str


@dataclass
class InvalidEmail(ShopError):
    text: str


@dataclass
class MissingName(ShopError):
    pass


@dataclass
class DuplicateCustomer(ShopError):
    """Another customer already has this phone or e-mail: attach them instead of a second record."""

    field: str  # "phone" | "email"
    customer_id: str


@dataclass
class CustomerFieldInvalid(ShopError):
    """A field every till could not take (too long, too many tags, a birthday in the future ...);
    refused here, not by the server after the fact (syncwire/validate.py is the rule on both)."""

    field: str  # name | notes | tags | birthday | email | phone
    reason: str  # in English, for the log; ui/ words the field


@dataclass
class CustomerNotFound(ShopError):
    customer_id: str


@dataclass
class InvalidCardCode(ShopError):
    """Not a card code at all, or one with a typo (the check character does not match)."""

    text: str


@dataclass
class UnknownCard(ShopError):
    code: str


@dataclass
class CardRevoked(ShopError):
    """A lost card that was reissued: the old code no longer works."""

    code: str


@dataclass
class NotEnoughPoints(ShopError):
    balance: int
    wanted: int


@dataclass
class CouponInvalid(ShopError):
    """Unknown, used, expired, not yet valid, or meant for another customer."""

    code: str
    why: str  # "unknown" | "used" | "expired" | "not_yet" | "other_customer"


@dataclass
class ReservationStateError(ShopError):
    """The reservation cannot go from its current state to the one asked for."""

    reservation_id: str
    status: str
    wanted: str
