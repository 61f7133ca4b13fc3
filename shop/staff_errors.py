"""Typed refusals of the back office's staff and settings pages; ui/ says them in words."""
from dataclasses import dataclass

from shop.errors import ShopError


class StaffError(ShopError):
    """Base of the staff page's refusals."""


@dataclass
class InvalidPin(StaffError):
    pass


@dataclass
class PinInUse(StaffError):
    """Another active person already signs in with this PIN."""


@dataclass
class NameMissing(StaffError):
    pass


@dataclass
class LastOwner(StaffError):
    """The change would leave the shop with no active owner."""


@dataclass
class NoRight(StaffError):
    """The signed-in person may not do this to someone with `role` (or to the permissions)."""

    role: str


@dataclass
class NotSelf(StaffError):
    """Nobody deactivates themselves: another manager or owner does it."""


@dataclass
class UnknownPerson(StaffError):
    user_id: str
