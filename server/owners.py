"""The people who may change a shop's catalogue and settings from a till, and their short-lived credentials.

The shop's owner token never leaves the owner's hands (it is not for tills). Instead each person
has an account on the server (name and password; the password kept only as its scrypt hash) and
signs in through an enrolled till: the answer is a credential valid OWNER_SESSION_TTL, kept by the
server only as its SHA-256, bound to the shop, the person and the till it was issued through.
A till sends it beside its device token when it pushes products or settings (server/owner_push.py).
It stops working when it expires, when the person signs out, when the owner signs the person out
or disables them, and when the till is revoked.

Guessing is slow (scrypt, about 50 ms a try) and short: LOCK_AFTER wrong passwords in a row lock
the account for LOCKED_FOR.
"""
import hashlib
import hmac
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from server.clock import utc_now
from server.models import OwnerAccount, OwnerSession, Till
from server.shops import hash_secret, new_token
from syncwire import messages as m

OWNER_SESSION_TTL = timedelta(minutes=30)
LOCK_AFTER = 5
LOCKED_FOR = timedelta(minutes=5)
ROLES = {"owner": (m.PRODUCT, m.SETTING), "manager": (m.PRODUCT,)}  # what each role may publish
MIN_PASSWORD = 8
# scrypt as RFC 7914 and OWASP suggest for interactive logins: N=2^15, r=8, p=1 (32 MiB, tens of ms).
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**15, 8, 1
SCRYPT_MAXMEM = 64 * 1024 * 1024


class BadAccount(ValueError):
    """The name, role or password cannot make an account; the message says why."""


class SignInRefused(Exception):
    """Unknown name, wrong password or disabled account: one answer for all, so names cannot be probed."""


class SignInLocked(Exception):
    def __init__(self, seconds: int):
        super().__init__(seconds)
        self.seconds = seconds


@dataclass(frozen=True)
class Grant:
    """Who a valid credential speaks for."""

    account_id: str
    name: str
    role: str

    @property
    def kinds(self) -> tuple[str, ...]:
        return ROLES[self.role]


def hash_password(password: str, salt: bytes | None = None, n: int = SCRYPT_N) -> str:
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=n, r=SCRYPT_R, p=SCRYPT_P, maxmem=SCRYPT_MAXMEM, dklen=32)
    return f"scrypt${n}${SCRYPT_R}${SCRYPT_P}${salt.hex()}${digest.hex()}"


def password_matches(password: str, stored: str) -> bool:
    _, n, r, p, salt, digest = stored.split("$")
    again = hashlib.scrypt(password.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p),
                           maxmem=SCRYPT_MAXMEM, dklen=len(digest) // 2)
    return hmac.compare_digest(again.hex(), digest)


_DUMMY_HASH = hash_password("not a password of anyone", b"\0" * 16)  # an unknown name costs as much as a known one


def name_key(name: str) -> str:
    return " ".join(name.split()).casefold()


def check_password(password: str) -> str:
    if len(password) < MIN_PASSWORD:
        raise BadAccount(f"the password must have at least {MIN_PASSWORD} characters")
    return password


def create_account(session: Session, shop_id: str, name: str, password: str, role: str = "owner") -> OwnerAccount:
    """A new person of the shop; BadAccount if the name is taken or empty, the role unknown or the password short."""
    name = " ".join(name.split())
    if not 1 <= len(name) <= 100:
        raise BadAccount("the name must have 1 to 100 characters")
    if role not in ROLES:
        raise BadAccount(f"the role must be one of {', '.join(ROLES)}")
    check_password(password)
    taken = session.exec(select(OwnerAccount).where(OwnerAccount.shop_id == shop_id,
                                                    OwnerAccount.name_key == name_key(name))).first()
    if taken is not None:
        raise BadAccount(f"the shop already has a person called {taken.name}")
    account = OwnerAccount(id=str(uuid.uuid4()), shop_id=shop_id, name=name, name_key=name_key(name), role=role,
                           password_hash=hash_password(password), created_at=utc_now())
    try:
        with session.begin_nested():  # the unique constraint speaks now (the same name added twice at once)
            session.add(account)
    except IntegrityError:
        raise BadAccount(f"the shop already has a person called {name}") from None
    return account


def account_of_shop(session: Session, shop_id: str, account_id: str) -> OwnerAccount | None:
    account = session.get(OwnerAccount, account_id)
    return account if account is not None and account.shop_id == shop_id else None


def revoke_sessions(session: Session, account_id: str) -> None:
    """Every credential of the person stops working at once."""
    session.exec(update(OwnerSession).where(OwnerSession.account_id == account_id, OwnerSession.revoked_at.is_(None))
                 .values(revoked_at=utc_now()))


def set_password(session: Session, account: OwnerAccount, password: str) -> None:
    """A new password; the credentials issued with the old one stop working, and a lock is lifted."""
    account.password_hash = hash_password(check_password(password))
    account.failed_sign_ins, account.locked_until = 0, None
    session.add(account)
    revoke_sessions(session, account.id)


def disable(session: Session, account: OwnerAccount) -> None:
    if account.disabled_at is None:
        account.disabled_at = utc_now()
        session.add(account)
    revoke_sessions(session, account.id)


def find_account(session: Session, shop_id: str, name: str) -> OwnerAccount | None:
    return session.exec(select(OwnerAccount).where(OwnerAccount.shop_id == shop_id,
                                                   OwnerAccount.name_key == name_key(name))).first()


def password_ok(account: OwnerAccount | None, password: str) -> bool:
    """The slow check, run outside any transaction (scrypt must not hold the database's write lock).

    SignInRefused for an unknown or disabled person (after as long a wait as a known one), SignInLocked
    while a lock lasts; otherwise whether the password is right."""
    if account is None or account.disabled_at is not None:
        password_matches(password, _DUMMY_HASH)
        raise SignInRefused()
    now = datetime.now(timezone.utc)
    if account.locked_until and datetime.fromisoformat(account.locked_until) > now:
        raise SignInLocked(int((datetime.fromisoformat(account.locked_until) - now).total_seconds()) + 1)
    return password_matches(password, account.password_hash)


def record_sign_in(session: Session, till: Till, checked: OwnerAccount, ok: bool) -> m.OwnerCredential | None:
    """Count a wrong password (None), or issue a credential bound to shop, person and till.

    `checked` is the account as `password_ok` saw it: if it was disabled or its password changed
    meanwhile, the sign-in is refused (None) and nothing is counted."""
    account = session.exec(select(OwnerAccount).where(OwnerAccount.id == checked.id).with_for_update()).first()
    if account is None or account.disabled_at is not None or account.password_hash != checked.password_hash:
        return None
    now = datetime.now(timezone.utc)
    if not ok:
        account.failed_sign_ins += 1
        if account.failed_sign_ins >= LOCK_AFTER:
            account.failed_sign_ins, account.locked_until = 0, (now + LOCKED_FOR).isoformat()
        session.add(account)
        return None
    account.failed_sign_ins, account.locked_until = 0, None
    session.add(account)
    token = new_token()
    expires = now + OWNER_SESSION_TTL
    session.add(OwnerSession(token_hash=hash_secret(token), account_id=account.id, shop_id=till.shop_id, till_id=till.id,
                             issued_at=now.isoformat(), expires_at=expires.isoformat()))
    return m.OwnerCredential(credential=token, name=account.name, role=account.role, kinds=list(ROLES[account.role]),
                             expires_at=expires.isoformat(timespec="seconds"),
                             expires_in_s=int(OWNER_SESSION_TTL.total_seconds()))


def grant_for(session: Session, till: Till, credential: str | None) -> tuple[Grant | None, str]:
    """Who the credential speaks for at this till, or (None, why not in words for the owner)."""
    if not credential:
        return None, "the catalogue and the shop's settings are the owner's: sign in to the server to publish them"
    row = session.get(OwnerSession, hash_secret(credential))
    if row is None or row.shop_id != till.shop_id or row.till_id != till.id:
        return None, "this owner sign-in is not valid at this till: sign in again"
    if row.revoked_at is not None:
        return None, "this owner sign-in was ended: sign in again"
    if datetime.fromisoformat(row.expires_at) <= datetime.now(timezone.utc):
        return None, "this owner sign-in has expired: sign in again"
    account = session.get(OwnerAccount, row.account_id)
    if account is None or account.disabled_at is not None:
        return None, "this person may no longer publish changes"
    return Grant(account.id, account.name, account.role), ""


def sign_out(session: Session, till: Till, credential: str) -> None:
    """End one credential (the till's "sign out"); unknown or another till's: nothing happens."""
    session.exec(update(OwnerSession).where(OwnerSession.token_hash == hash_secret(credential),
                                            OwnerSession.till_id == till.id, OwnerSession.revoked_at.is_(None))
                 .values(revoked_at=utc_now()))
