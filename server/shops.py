"""Shops, owner tokens, enrolment codes and till device tokens.

Tokens are 256 random bits; the database keeps only their SHA-256, so a copy of the database does
not let anyone push as a till. An enrolment code is short enough to type at the till, single use
and valid for a day; it is worth nothing once a till has enrolled with it.
"""
import hashlib
import secrets
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import update
from sqlmodel import Session, select

from server.clock import utc_now
from server.models import EnrolmentCode, OwnerToken, Shop, Till
from syncwire.currency import iso_minor_units

CODE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U to misread
CODE_LENGTH = 12  # 60 bits, single use, valid a day
CODE_VALID = timedelta(hours=24)


class CurrencyMismatch(Exception):
    """The till's amounts are in another currency, or with another number of decimals, than the shop's."""

    def __init__(self, shop: Shop):
        super().__init__(f"this shop's amounts are in {shop.currency} with {shop.currency_exponent} decimals")


class EnrolmentRefused(Exception):
    """The code is unknown, used already or expired."""


def hash_secret(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


def new_token() -> str:
    return secrets.token_urlsafe(32)


def canonical_code(text: str) -> str:
    return text.strip().upper().replace("-", "").replace(" ", "").replace("O", "0").replace("I", "1").replace("L", "1")


@dataclass(frozen=True)
class NewShop:
    shop_id: str
    owner_token: str


def create_shop(session: Session, name: str, currency: str = "EUR", time_zone: str = "UTC", locale: str = "en") -> NewShop:
    """KeyError for a currency whose minor units syncwire/currency.py does not list."""
    shop = Shop(id=str(uuid.uuid4()), name=name, currency=currency, currency_exponent=iso_minor_units(currency),
                time_zone=time_zone, locale=locale, created_at=utc_now())
    session.add(shop)
    session.flush()  # no ORM relationship tells the unit of work the shop goes first
    token = new_token()
    session.add(OwnerToken(token_hash=hash_secret(token), shop_id=shop.id, created_at=shop.created_at))
    return NewShop(shop.id, token)


def new_enrolment_code(session: Session, shop_id: str) -> tuple[str, str]:
    """(code as shown to the owner, expiry time)."""
    code = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    now = datetime.now(timezone.utc)
    expires = (now + CODE_VALID).isoformat(timespec="seconds")
    session.add(EnrolmentCode(code_hash=hash_secret(code), shop_id=shop_id, created_at=utc_now(), expires_at=expires))
    return "-".join(code[i:i + 4] for i in range(0, CODE_LENGTH, 4)), expires


def enrol_till(session: Session, code: str, till_name: str, currency: str | None = None,
               exponent: int | None = None) -> tuple[Till, Shop, str]:
    """Spend the code on a new till; (till, shop, device token), EnrolmentRefused, or CurrencyMismatch
    (the code stays unspent) when the till says its amounts mean something else than the shop's.

    The code is taken by one conditional UPDATE, so two tills racing with one code cannot both
    enrol, whichever server process each reached.
    """
    code_hash = hash_secret(canonical_code(code))
    row = session.get(EnrolmentCode, code_hash)
    now = utc_now()
    if row is None or row.used_at is not None or row.expires_at <= now:
        raise EnrolmentRefused()
    shop = session.get(Shop, row.shop_id)
    if (currency is not None and currency.upper() != shop.currency) or (exponent is not None and exponent != shop.currency_exponent):
        raise CurrencyMismatch(shop)
    till_id = str(uuid.uuid4())
    taken = session.exec(
        update(EnrolmentCode)
        .where(EnrolmentCode.code_hash == code_hash, EnrolmentCode.used_at.is_(None))
        .values(used_at=now, till_id=till_id)
        .returning(EnrolmentCode.code_hash)  # rowcount is not reliable on every driver
    ).first()
    if taken is None:
        raise EnrolmentRefused()
    token = new_token()
    till = Till(id=till_id, shop_id=row.shop_id, name=till_name, token_hash=hash_secret(token), enrolled_at=now)
    session.add(till)
    return till, shop, token


def till_for_token(session: Session, token: str) -> Till | None:
    till = session.exec(select(Till).where(Till.token_hash == hash_secret(token))).first()
    return till if till is not None and till.revoked_at is None else None


def shop_for_owner_token(session: Session, token: str) -> Shop | None:
    row = session.get(OwnerToken, hash_secret(token))
    if row is None or row.revoked_at is not None:
        return None
    return session.get(Shop, row.shop_id)


def revoke_till(session: Session, shop_id: str, till_id: str) -> bool:
    """Stop the till's token working; False if the shop has no such till."""
    session.exec(
        update(Till).where(Till.id == till_id, Till.shop_id == shop_id, Till.revoked_at.is_(None)).values(revoked_at=utc_now())
    )
    return session.exec(select(Till).where(Till.id == till_id, Till.shop_id == shop_id)).first() is not None
