"""What each role may do at the till without someone else's PIN, as the owner set it in the back office.

Stored as one JSON row (`setting` key "permissions"): for each guarded action, the least role that
may do it alone ("cashier", "manager" or "owner"). A role above the least one may always do it, so an
owner can never lock themselves out. Someone below it needs the PIN of someone at or above it.
Actions not listed here (printer set-up, erasing a customer, ...) need a manager, as before.
"""
from dataclasses import asdict, dataclass

from sqlmodel import Session

from db.setting_rows import load_dataclass, save_dataclass
from shop.kinds import CASHIER, MANAGER, OWNER

PERMISSIONS_KEY = "permissions"
ROLES = (CASHIER, MANAGER, OWNER)  # in rising order of rights


@dataclass
class RolePermissions:
    discount: str = MANAGER  # a discount above the shop's discount limit
    refund: str = "cashier"
    no_sale: str = MANAGER  # opening the drawer without a sale
    void: str = "cashier"  # removing a line or cancelling the sale on screen
    price_override: str = MANAGER
    adjust_points: str = MANAGER  # correcting a customer's points by hand

    def least_role(self, action: str) -> str:
        role = asdict(self).get(action, MANAGER)
        return role if role in ROLES else MANAGER

    def may(self, role: str, action: str) -> bool:
        """Whether someone with `role` may do `action` without another person's PIN."""
        return role in ROLES and ROLES.index(role) >= ROLES.index(self.least_role(action))


ACTIONS = tuple(asdict(RolePermissions()))


def load_permissions(session: Session) -> RolePermissions:
    return load_dataclass(session, PERMISSIONS_KEY, RolePermissions)


def save_permissions(session: Session, permissions: RolePermissions) -> None:
    save_dataclass(session, PERMISSIONS_KEY, permissions)
