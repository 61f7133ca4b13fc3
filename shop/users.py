"""Cashiers, managers and owners; PINs kept only as salted scrypt hashes.

Five wrong PINs in a row lock the till for a minute. The count lives in the database, so
restarting the app does not reset it.
"""
import hashlib
import hmac
import os
from datetime import datetime, timedelta, timezone

from sqlalchemy import Engine
from sqlmodel import Session, select

from db.engine import read_session, write_session

from db.models import Setting
from db.models import User as User  # re-exported: ui/ names the signed-in person without importing db/
from shop import audit
from shop.errors import NotAllowed, TillLocked, WrongPin
from shop.permissions import load_permissions

ROLES = ("cashier", "manager", "owner")
MAX_ATTEMPTS = 5
LOCK_SECONDS = 60
_LOCK_KEY = "pin_lockout"
_SCRYPT = dict(n=2**14, r=8, p=1)


def hash_pin(pin: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, **_SCRYPT)
    return f"scrypt${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
    _scheme, salt, digest = stored.split("$")
    candidate = hashlib.scrypt(pin.encode(), salt=bytes.fromhex(salt), **_SCRYPT)
    return hmac.compare_digest(candidate.hex(), digest)


def create_user(session: Session, name: str, role: str, pin: str) -> User:
    if role not in ROLES:
        raise ValueError(f"unknown role {role!r}")
    if not (pin.isascii() and pin.isdigit() and 4 <= len(pin) <= 8):  # the keypad types ASCII digits
        raise ValueError("a PIN is 4 to 8 digits")
    user = User(name=name, role=role, pin_hash=hash_pin(pin))
    session.add(user)
    return user


def active_users(session: Session) -> list[User]:
    return list(session.exec(select(User).where(User.active).order_by(User.name)))


def active_people(engine: Engine) -> list[User]:
    """Everyone who may sign in, by name: the sign-in's list."""
    with read_session(engine) as session:
        return active_users(session)


def is_manager(user: User) -> bool:
    return user.role in ("manager", "owner")


def _lock_state(session: Session) -> Setting:
    return session.get(Setting, _LOCK_KEY) or Setting(key=_LOCK_KEY, value={"failures": 0, "locked_until": None})


def _check_lock(session: Session, now: datetime) -> Setting:
    state = _lock_state(session)
    until = state.value.get("locked_until")
    if until and datetime.fromisoformat(until) > now:
        raise TillLocked(seconds_left=int((datetime.fromisoformat(until) - now).total_seconds()) + 1)
    return state


def _fail(session: Session, state: Setting, now: datetime, till_id: str) -> WrongPin | TillLocked:
    failures = state.value.get("failures", 0) + 1
    locked_until = None
    if failures >= MAX_ATTEMPTS:
        locked_until = (now + timedelta(seconds=LOCK_SECONDS)).isoformat()
        audit.record(session, till_id, "till_locked", None, failures=failures)
        failures = 0
    state.value = {"failures": failures, "locked_until": locked_until}
    session.add(state)
    if locked_until:
        return TillLocked(seconds_left=LOCK_SECONDS)
    return WrongPin(attempts_left=MAX_ATTEMPTS - failures)


def _succeed(session: Session, state: Setting) -> None:
    if state.value.get("failures"):
        state.value = {"failures": 0, "locked_until": None}
        session.add(state)


def _attempt(engine: Engine, till_id: str, now: datetime | None, check) -> User:
    """Run `check(session)` (a user or None) under the lock rules; a failure is committed, then raised."""
    now = now or datetime.now(timezone.utc)
    with write_session(engine) as session:
        state = _check_lock(session, now)
        user = check(session)
        error = None if user else _fail(session, state, now, till_id)
        if user:
            _succeed(session, state)
    if error:
        raise error
    return user


def sign_in(engine: Engine, user_id: str, pin: str, till_id: str, now: datetime | None = None) -> User:
    """The user if the PIN is theirs; raises WrongPin or TillLocked (the failure is counted)."""

    def check(session: Session) -> User | None:
        user = session.get(User, user_id)
        return user if user and user.active and pin_matches(pin, user.pin_hash) else None

    return _attempt(engine, till_id, now, check)


def may(session: Session, user: User, action: str) -> bool:
    """Whether `user` may do `action` alone, under the role permissions the owner set."""
    return load_permissions(session).may(user.role, action)


def least_role(session: Session, action: str) -> str:
    """The least role that may do `action` alone."""
    return load_permissions(session).least_role(action)


def approve(engine: Engine, pin: str, till_id: str, action: str, now: datetime | None = None) -> User:
    """The approval by PIN of someone whose role may do `action` (a manager or owner unless the owner
    set otherwise); raises NotAllowed for the PIN of someone whose role may not."""
    cashier_pin = False
    least_role = "manager"

    def check(session: Session) -> User | None:
        nonlocal cashier_pin, least_role
        permissions = load_permissions(session)
        least_role = permissions.least_role(action)
        for user in active_users(session):
            if pin_matches(pin, user.pin_hash):
                if is_manager(user) and permissions.may(user.role, action):
                    return user
                cashier_pin = True
        return None

    try:
        return _attempt(engine, till_id, now, check)
    except WrongPin:
        if cashier_pin:
            raise NotAllowed(action, "owner" if least_role == "owner" else "manager") from None
        raise
