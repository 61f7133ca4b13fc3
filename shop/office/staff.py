"""The staff desk: who may sign in, with which role and PIN, and what each role may do alone."""
from sqlalchemy import Engine

from db.models import User
from shop import staff
from shop.office.desk import Desk
from shop.permissions import RolePermissions, load_permissions
from shop.staff import StaffMember


class Staff(Desk):
    """Every change is audited as the signed-in person at `till_id`; a StaffError if refused."""

    def __init__(self, engine: Engine, user: User, till_id: str):
        super().__init__(engine, user)
        self.till_id = till_id

    def people(self) -> list[StaffMember]:
        return self._read(staff.staff_list)

    def permissions(self) -> RolePermissions:
        return self._read(load_permissions)

    def add_person(self, name: str, role: str, pin: str) -> StaffMember:
        return self._write(staff.add_person, self.signed_in, name, role, pin, self.till_id)

    def change_pin(self, user_id: str, pin: str) -> None:
        self._write(staff.change_pin, self.signed_in, user_id, pin, self.till_id)

    def reset_pin(self, user_id: str) -> str:
        """The new PIN, to tell the person."""
        return self._write(staff.reset_pin, self.signed_in, user_id, self.till_id)

    def set_role(self, user_id: str, role: str) -> None:
        self._write(staff.set_role, self.signed_in, user_id, role, self.till_id)

    def deactivate(self, user_id: str) -> None:
        self._write(staff.deactivate, self.signed_in, user_id, self.till_id)

    def reactivate(self, user_id: str, pin: str) -> None:
        self._write(staff.reactivate, self.signed_in, user_id, pin, self.till_id)

    def set_permissions(self, permissions: RolePermissions) -> dict:
        """What changed (empty: nothing did)."""
        return self._write(staff.set_permissions, self.signed_in, permissions, self.till_id)
