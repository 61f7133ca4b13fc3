"""The shop's people, as the back office manages them: add, change a PIN, change a role, deactivate.

Who may do what (the rights the back office follows):
- the owner manages everyone, owners included, and sets the role permissions;
- a manager manages cashiers only (adds them, sets or resets their PIN, deactivates them);
- everyone may change their own PIN.
A PIN is 4 to 8 digits and never the same as another active person's (an approval finds its person
by PIN alone). The last active owner can never be deactivated or made a manager or cashier: the
shop would have nobody left to run it. Deactivated people keep their sales and audit history; they
just cannot sign in. Every change is audited, never with the PIN itself.
"""
import secrets
from dataclasses import asdict, dataclass

from sqlmodel import Session, col, select

from db.models import User
from shop import audit, users
from shop.permissions import ACTIONS, ROLES, RolePermissions, load_permissions, save_permissions
from shop.settings_edit import share_permissions
from shop.staff_errors import InvalidPin, LastOwner, NameMissing, NoRight, NotSelf, PinInUse, UnknownPerson

MIN_PIN, MAX_PIN = 4, 8


@dataclass(frozen=True)
class StaffMember:
    id: str
    name: str
    role: str
    active: bool
    created_at: str


def staff_list(session: Session) -> list[StaffMember]:
    """Everyone, the active first, by name."""
    people = session.exec(select(User).order_by(col(User.active).desc(), User.name)).all()
    return [StaffMember(u.id, u.name, u.role, u.active, u.created_at) for u in people]


def can_manage(actor: User, role: str) -> bool:
    """Whether `actor` may add, change or deactivate someone with `role`."""
    if actor.role == "owner":
        return True
    return actor.role == "manager" and role == "cashier"


def roles_for(actor: User) -> tuple[str, ...]:
    """The roles `actor` may give."""
    return tuple(role for role in ROLES if can_manage(actor, role))


def _person(session: Session, user_id: str) -> User:
    person = session.get(User, user_id)
    if person is None:
        raise UnknownPerson(user_id)
    return person


def _check_pin(session: Session, pin: str, except_id: str | None = None) -> None:
    if not (pin.isascii() and pin.isdigit() and MIN_PIN <= len(pin) <= MAX_PIN):
        raise InvalidPin()
    for other in users.active_users(session):
        if other.id != except_id and users.pin_matches(pin, other.pin_hash):
            raise PinInUse()


def _active_owners(session: Session) -> int:
    return len([u for u in users.active_users(session) if u.role == "owner"])


def add_person(session: Session, actor: User, name: str, role: str, pin: str, till_id: str) -> StaffMember:
    name = " ".join(name.split())
    if role not in ROLES or not can_manage(actor, role):
        raise NoRight(role)
    if not name:
        raise NameMissing()
    _check_pin(session, pin)
    person = users.create_user(session, name, role, pin)
    session.flush()
    audit.record(session, till_id, "staff_added", actor.id, person_id=person.id, name=name, role=role)
    return StaffMember(person.id, person.name, person.role, person.active, person.created_at)


def change_pin(session: Session, actor: User, user_id: str, pin: str, till_id: str) -> None:
    """A new PIN typed by the person themselves, or given by someone who manages them."""
    person = _person(session, user_id)
    if person.id != actor.id and not can_manage(actor, person.role):
        raise NoRight(person.role)
    _check_pin(session, pin, except_id=person.id)
    person.pin_hash = users.hash_pin(pin)
    session.add(person)
    audit.record(session, till_id, "pin_changed", actor.id, person_id=person.id)


def reset_pin(session: Session, actor: User, user_id: str, till_id: str) -> str:
    """A new random 6-digit PIN for someone who forgot theirs; returned once, to be told to them."""
    person = _person(session, user_id)
    if person.id != actor.id and not can_manage(actor, person.role):
        raise NoRight(person.role)
    while True:
        pin = f"{secrets.randbelow(10**6):06d}"
        try:
            _check_pin(session, pin, except_id=person.id)
            break
        except PinInUse:
            continue
    person.pin_hash = users.hash_pin(pin)
    session.add(person)
    audit.record(session, till_id, "pin_reset", actor.id, person_id=person.id)
    return pin


def set_role(session: Session, actor: User, user_id: str, role: str, till_id: str) -> None:
    person = _person(session, user_id)
    if role not in ROLES or not (can_manage(actor, person.role) and can_manage(actor, role)):
        raise NoRight(role if role in ROLES else person.role)
    if person.role == role:
        return
    if person.role == "owner" and person.active and _active_owners(session) <= 1:
        raise LastOwner()
    audit.record(session, till_id, "role_changed", actor.id, person_id=person.id, old=person.role, new=role)
    person.role = role
    session.add(person)


def deactivate(session: Session, actor: User, user_id: str, till_id: str) -> None:
    """They can no longer sign in; their sales, shifts and audit history stay theirs."""
    person = _person(session, user_id)
    if person.id != actor.id and not can_manage(actor, person.role):
        raise NoRight(person.role)
    if person.role == "owner" and person.active and _active_owners(session) <= 1:
        raise LastOwner()
    if person.id == actor.id:
        raise NotSelf()
    if not person.active:
        return
    person.active = False
    session.add(person)
    audit.record(session, till_id, "staff_deactivated", actor.id, person_id=person.id)


def reactivate(session: Session, actor: User, user_id: str, pin: str, till_id: str) -> None:
    """Back at work, with a new PIN (their old one may since have been given to someone else)."""
    person = _person(session, user_id)
    if not can_manage(actor, person.role):
        raise NoRight(person.role)
    _check_pin(session, pin, except_id=person.id)
    person.pin_hash = users.hash_pin(pin)
    person.active = True
    session.add(person)
    audit.record(session, till_id, "staff_reactivated", actor.id, person_id=person.id)


def set_permissions(session: Session, actor: User, permissions: RolePermissions, till_id: str) -> dict:
    """Store the role permissions (owner only); the changes made, {action: [old, new]}, audited."""
    if actor.role != "owner":
        raise NoRight("owner")
    old = asdict(load_permissions(session))
    new = asdict(permissions)
    if any(new[action] not in ROLES for action in ACTIONS):
        raise ValueError("a permission is a role")
    changes = {action: [old[action], new[action]] for action in ACTIONS if old[action] != new[action]}
    if changes:
        save_permissions(session, permissions)
        audit.record(session, till_id, "permissions_changed", actor.id, **changes)
        share_permissions(session, permissions)
    return changes
