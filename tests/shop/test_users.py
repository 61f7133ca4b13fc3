"""Signing in by PIN, the lock after five wrong PINs, manager approval, and how PINs are kept."""
import hashlib
from datetime import datetime, timedelta, timezone

import pytest
from sqlmodel import select

from db.engine import open_database, read_session, write_session
from db.models import AuditEvent, User
from shop import users
from shop.errors import NotAllowed, TillLocked, WrongPin
from tests.conftest import PINS

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)


def anna(shop):
    return shop.users["Anna"].id


def test_right_pin_signs_in(shop):
    """Each user's own PIN gives back that user."""
    for name, pin in PINS.items():
        user = users.sign_in(shop.engine, shop.users[name].id, pin, "T1", now=T0)
        assert (user.id, user.name) == (shop.users[name].id, name)


def test_wrong_pin_counts_down(shop):
    """Each wrong PIN raises WrongPin with one attempt fewer left."""
    left = []
    for i in range(4):
        with pytest.raises(WrongPin) as raised:
            users.sign_in(shop.engine, anna(shop), "0000", "T1", now=T0 + timedelta(seconds=i))
        left.append(raised.value.attempts_left)
    assert left == [4, 3, 2, 1]


def test_someone_elses_pin_is_wrong(shop):
    """Marco's PIN does not sign Anna in."""
    with pytest.raises(WrongPin):
        users.sign_in(shop.engine, anna(shop), PINS["Marco"], "T1", now=T0)


def test_right_pin_resets_the_count(shop):
    """After a successful sign-in the next mistake starts again from four attempts left."""
    for _ in range(3):
        with pytest.raises(WrongPin):
            users.sign_in(shop.engine, anna(shop), "0000", "T1", now=T0)
    users.sign_in(shop.engine, anna(shop), PINS["Anna"], "T1", now=T0)
    with pytest.raises(WrongPin) as raised:
        users.sign_in(shop.engine, anna(shop), "0000", "T1", now=T0)
    assert raised.value.attempts_left == 4


def test_five_wrong_pins_lock_the_till_for_a_minute(shop):
    """The fifth wrong PIN locks the till; even the right PIN is refused until the minute is over."""
    for _ in range(4):
        with pytest.raises(WrongPin):
            users.sign_in(shop.engine, anna(shop), "0000", "T1", now=T0)
    with pytest.raises(TillLocked) as raised:
        users.sign_in(shop.engine, anna(shop), "0000", "T1", now=T0)
    assert raised.value.seconds_left == users.LOCK_SECONDS
    with pytest.raises(TillLocked) as raised:
        users.sign_in(shop.engine, anna(shop), PINS["Anna"], "T1", now=T0 + timedelta(seconds=30))
    assert 30 <= raised.value.seconds_left <= 31
    with pytest.raises(TillLocked):
        users.sign_in(shop.engine, shop.users["Marco"].id, PINS["Marco"], "T1", now=T0 + timedelta(seconds=59))
    user = users.sign_in(shop.engine, anna(shop), PINS["Anna"], "T1", now=T0 + timedelta(seconds=61))
    assert user.name == "Anna"


def test_lock_is_audited_and_count_restarts_after_it(shop):
    """Locking writes a till_locked audit event; after the lock a wrong PIN has four attempts left again."""
    for _ in range(5):
        with pytest.raises((WrongPin, TillLocked)):
            users.sign_in(shop.engine, anna(shop), "0000", "T1", now=T0)
    with read_session(shop.engine) as session:
        events = session.exec(select(AuditEvent).where(AuditEvent.action == "till_locked")).all()
    assert len(events) == 1
    assert (events[0].till_id, events[0].detail) == ("T1", {"failures": 5})
    with pytest.raises(WrongPin) as raised:
        users.sign_in(shop.engine, anna(shop), "0000", "T1", now=T0 + timedelta(seconds=61))
    assert raised.value.attempts_left == 4


def test_lock_survives_a_restart(shop):
    """Closing the app and opening the same file again does not lift the lock or reset the count."""
    for _ in range(2):
        with pytest.raises(WrongPin):
            users.sign_in(shop.engine, anna(shop), "0000", "T1", now=T0)
    shop.engine.dispose()
    engine = open_database(shop.path)
    try:
        with pytest.raises(WrongPin) as raised:
            users.sign_in(engine, anna(shop), "0000", "T1", now=T0)
        assert raised.value.attempts_left == 2
        for _ in range(2):
            with pytest.raises((WrongPin, TillLocked)):
                users.sign_in(engine, anna(shop), "0000", "T1", now=T0)
    finally:
        engine.dispose()
    engine = open_database(shop.path)
    try:
        with pytest.raises(TillLocked):
            users.sign_in(engine, anna(shop), PINS["Anna"], "T1", now=T0 + timedelta(seconds=10))
        assert users.sign_in(engine, anna(shop), PINS["Anna"], "T1", now=T0 + timedelta(seconds=61)).name == "Anna"
    finally:
        engine.dispose()


def test_inactive_user_cannot_sign_in(shop):
    """A user who left the shop is refused even with the right PIN."""
    with write_session(shop.engine) as session:
        session.get(User, anna(shop)).active = False
    with pytest.raises(WrongPin):
        users.sign_in(shop.engine, anna(shop), PINS["Anna"], "T1", now=T0)


@pytest.mark.parametrize("name", ["Marco", "Giulia"])
def test_manager_or_owner_pin_approves(shop, name):
    """A manager's or the owner's PIN approves and says who approved."""
    approver = users.approve(shop.engine, PINS[name], "T1", "discount", now=T0)
    assert approver.id == shop.users[name].id


def test_cashier_pin_is_not_allowed_to_approve(shop):
    """A cashier's own PIN is recognised but refused with NotAllowed for the action."""
    with pytest.raises(NotAllowed) as raised:
        users.approve(shop.engine, PINS["Anna"], "T1", "price_override", now=T0)
    assert raised.value.action == "price_override"


def test_unknown_pin_does_not_approve(shop):
    """A PIN that is nobody's is a WrongPin and counts towards the lock."""
    with pytest.raises(WrongPin) as raised:
        users.approve(shop.engine, "4321", "T1", "discount", now=T0)
    assert raised.value.attempts_left == 4


def test_pins_are_not_stored_in_clear(shop):
    """The user table holds only salted scrypt hashes: no PIN in any column, same PIN -> different hash."""
    with write_session(shop.engine) as session:
        twin = users.create_user(session, "Luca", "cashier", PINS["Anna"])
    with read_session(shop.engine) as session:
        rows = session.connection().exec_driver_sql("SELECT * FROM user").fetchall()
        stored = {u.name: u.pin_hash for u in session.exec(select(User))}
    assert all(PINS[name] not in (str(value) for value in row) for row in rows for name in PINS)
    assert stored["Luca"] != stored["Anna"]
    for name, pin_hash in stored.items():
        scheme, salt, digest = pin_hash.split("$")
        assert scheme == "scrypt"
        assert len(bytes.fromhex(salt)) == 16
        pin = PINS.get(name, PINS["Anna"])
        assert digest == hashlib.scrypt(pin.encode(), salt=bytes.fromhex(salt), n=2**14, r=8, p=1).hex()
    assert users.pin_matches(PINS["Anna"], twin.pin_hash)
    assert not users.pin_matches("1112", twin.pin_hash)


@pytest.mark.parametrize("pin", ["123", "123456789", "12a4", "", "１２３４"])
def test_pin_must_be_4_to_8_digits(shop, pin):
    """Too short, too long or not plain digits is refused when creating a user."""
    with pytest.raises(ValueError):
        with write_session(shop.engine) as session:
            users.create_user(session, "Bad", "cashier", pin)


def test_unknown_role_is_refused(shop):
    """Only cashier, manager and owner exist."""
    with pytest.raises(ValueError):
        with write_session(shop.engine) as session:
            users.create_user(session, "Boss", "admin", "5555")


def test_active_users_sorted_and_roles(shop):
    """The sign-in list shows active users by name; managers and owners count as managers."""
    with read_session(shop.engine) as session:
        listed = users.active_users(session)
    assert [u.name for u in listed] == ["Anna", "Giulia", "Marco"]
    assert [users.is_manager(u) for u in listed] == [False, True, True]
