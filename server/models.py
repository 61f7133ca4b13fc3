"""The server's tables, on their own metadata (the till's db/ tables never mix with these).

Every synced record is keyed by (shop_id, id): a till can only ever address rows of its own shop,
so an id copied from another shop creates nothing there. Unique constraints do the idempotency,
not the process: any number of server processes can share one PostgreSQL.
"""
from typing import Any, Optional

from sqlalchemy import JSON, BigInteger, Column, Index, Integer, UniqueConstraint
from sqlalchemy.orm import registry
from sqlmodel import Field, SQLModel


# SQLite numbers rows only through an INTEGER PRIMARY KEY; PostgreSQL gets a 64-bit identity.
SEQ_TYPE = BigInteger().with_variant(Integer(), "sqlite")


class ServerModel(SQLModel, registry=registry()):
    """Base of the server's tables: a metadata of their own, apart from SQLModel.metadata."""


def json_column() -> Any:
    return Field(sa_column=Column(JSON, nullable=False))


class Shop(ServerModel, table=True):
    id: str = Field(primary_key=True)
    name: str
    currency: str = "EUR"
    # Digits after the decimal mark of every amount the shop's tills send, fixed when the shop is
    # made (syncwire/currency.py): what 123456 means never depends on a library's version.
    currency_exponent: int = 2
    time_zone: str = "UTC"
    locale: str = "en"
    created_at: str


class OwnerToken(ServerModel, table=True):
    """The owner's credential for a shop; only its SHA-256 is kept."""

    token_hash: str = Field(primary_key=True)
    shop_id: str = Field(foreign_key="shop.id", index=True)
    created_at: str
    revoked_at: Optional[str] = None


class EnrolmentCode(ServerModel, table=True):
    """A single-use code the owner gives a till to enrol with; only its SHA-256 is kept."""

    code_hash: str = Field(primary_key=True)
    shop_id: str = Field(foreign_key="shop.id", index=True)
    created_at: str
    expires_at: str
    used_at: Optional[str] = None
    till_id: Optional[str] = None


class Till(ServerModel, table=True):
    id: str = Field(primary_key=True)
    shop_id: str = Field(foreign_key="shop.id", index=True)
    name: str
    token_hash: str = Field(unique=True)
    enrolled_at: str
    revoked_at: Optional[str] = None
    last_seen_at: Optional[str] = None


class Sale(ServerModel, table=True):
    """A completed sale or refund as the till sent it; append-only."""

    __table_args__ = (Index("ix_sale_shop_day", "shop_id", "day"), Index("ix_sale_shop_customer", "shop_id", "customer_id"))

    shop_id: str = Field(primary_key=True, foreign_key="shop.id")
    id: str = Field(primary_key=True)
    till_id: str = Field(foreign_key="till.id", description="The enrolled till that pushed it")
    receipt_number: str
    kind: str
    total: int = Field(sa_type=BigInteger)
    currency: str
    completed_at: str
    day: str = Field(description="Date of completed_at in the shop's time zone")
    customer_id: Optional[str] = None
    data: dict = json_column()
    received_at: str


class PointsEntry(ServerModel, table=True):
    """One row of a customer's points ledger; `key` is what caused it, so nothing counts twice."""

    __table_args__ = (UniqueConstraint("shop_id", "key"), Index("ix_pointsentry_shop_customer", "shop_id", "customer_id"))

    shop_id: str = Field(primary_key=True, foreign_key="shop.id")
    id: str = Field(primary_key=True)
    customer_id: str
    key: str
    kind: str
    points: int = Field(sa_type=BigInteger)
    at: str
    data: dict = json_column()


class Customer(ServerModel, table=True):
    """The merged customer: `data` holds each field's winning value, `clocks` its HLC stamp."""

    shop_id: str = Field(primary_key=True, foreign_key="shop.id")
    id: str = Field(primary_key=True)
    data: dict = json_column()
    clocks: dict = json_column()


class LoyaltyCard(ServerModel, table=True):
    shop_id: str = Field(primary_key=True, foreign_key="shop.id")
    id: str = Field(primary_key=True)
    customer_id: str
    code: str = Field(unique=True, description="Unique across shops: /c/<code> finds the shop")
    issued_at: str
    revoked_at: Optional[str] = None


class Record(ServerModel, table=True):
    """Every other kind (reservations, coupons, products, settings, consents, cash, Z reports)."""

    __table_args__ = (Index("ix_record_shop_kind_customer", "shop_id", "kind", "customer_id"),)

    shop_id: str = Field(primary_key=True, foreign_key="shop.id")
    kind: str = Field(primary_key=True)
    id: str = Field(primary_key=True)
    customer_id: Optional[str] = None
    clock: str = Field(default="", description="HLC of the version kept, for last-writer-wins kinds")
    data: dict = json_column()


class Change(ServerModel, table=True):
    """Every change the server stores, numbered; tills pull them by `seq` after their cursor.

    Pushes to one shop are serialised (server/ingest.py locks the shop row), so within a shop the
    numbers are handed out in commit order and a reader never skips a change that commits late.
    """

    __table_args__ = (Index("ix_change_shop_seq", "shop_id", "seq"), {"sqlite_autoincrement": True})

    seq: Optional[int] = Field(default=None, sa_type=SEQ_TYPE, primary_key=True)
    shop_id: str = Field(foreign_key="shop.id")
    kind: str
    record_id: str
    till_id: Optional[str] = None
    data: dict = json_column()
    at: str


class OwnerAccount(ServerModel, table=True):
    """A person who may publish the shop's catalogue or settings from a till's back office.

    The password is kept only as its scrypt hash (server/owners.py); `name_key` is the name
    case-folded, unique in the shop, so "Giulia" and "giulia" are one person.
    """

    __table_args__ = (UniqueConstraint("shop_id", "name_key"),)

    id: str = Field(primary_key=True)
    shop_id: str = Field(foreign_key="shop.id", index=True)
    name: str
    name_key: str
    role: str = Field(description="owner (catalogue and settings) or manager (catalogue only)")
    password_hash: str
    created_at: str
    disabled_at: Optional[str] = None
    failed_sign_ins: int = 0
    locked_until: Optional[str] = None


class OwnerSession(ServerModel, table=True):
    """A short-lived owner credential, issued through one till; only its SHA-256 is kept."""

    token_hash: str = Field(primary_key=True)
    account_id: str = Field(foreign_key="owneraccount.id", index=True)
    shop_id: str = Field(foreign_key="shop.id")
    till_id: str = Field(foreign_key="till.id", description="The enrolled till it was issued through; it works there only")
    issued_at: str
    expires_at: str
    revoked_at: Optional[str] = None


class NpsAnswer(ServerModel, table=True):
    """A customer's answer on the loyalty page to "how likely are you to recommend us?" (0-10).

    One per visit: the unique (shop, sale) makes a second answer for the same visit (a double tap,
    a second phone) change nothing."""

    __table_args__ = (UniqueConstraint("shop_id", "sale_id"),)

    shop_id: str = Field(primary_key=True, foreign_key="shop.id")
    id: str = Field(primary_key=True)
    customer_id: str
    sale_id: str
    score: int
    comment: str = ""
    lang: str = "en"
    answered_at: str
