"""What travels between a till and the server: push batches, their answers, pulled change pages.

Records are the till's outbox rows as they are (`kind`, `id`, `payload`); the server knows each
kind's payload (see server/ingest.py). The kinds a till pulls back are listed in PULL_KINDS.
"""
from typing import Any, Literal

from pydantic import BaseModel, Field

API = "/api/v1"
MAX_BATCH = 500
MAX_PAGE = 1000
MAX_BODY_BYTES = 8 * 1024 * 1024  # any request to the server; more is refused with 413 before it is read
PUSH_TARGET_BYTES = 1024 * 1024  # a till's push batch stops growing past this (one big sale still goes alone)
MAX_SEQ = 2**63 - 1  # change numbers (a cursor past this is refused, not a database overflow)

# What the server keeps and merges, by outbox record kind.
SALE, POINTS, CUSTOMER, CARD, RESERVATION = "sale", "points", "customer", "loyalty_card", "reservation"
COUPON, COUPON_REDEEMED, PRODUCT, SETTING = "coupon", "coupon_redeemed", "product", "setting"
CONSENT, CASH_MOVEMENT, Z_REPORT = "consent", "cash_movement", "z_report"
# The team's feedback notes and follow-ups (shop/feedback.py); NPS answers are born on the server
# (the loyalty page) and only pulled, never pushed.
FEEDBACK, FOLLOW_UP, NPS = "feedback", "follow_up", "nps"
KINDS = (SALE, POINTS, CUSTOMER, CARD, RESERVATION, COUPON, COUPON_REDEEMED, PRODUCT, SETTING,
         CONSENT, CASH_MOVEMENT, Z_REPORT, FEEDBACK, FOLLOW_UP, NPS)
# The same words as a type, for code that takes a kind (tests/shop/test_kinds.py keeps it equal to KINDS).
# Record.kind stays a plain str: a kind this server does not know is refused as UNKNOWN_KIND, not as invalid.
RecordKind = Literal["sale", "points", "customer", "loyalty_card", "reservation", "coupon", "coupon_redeemed", "product",
                     "setting", "consent", "cash_movement", "z_report", "feedback", "follow_up", "nps"]
# What every till of the shop needs from the others: the shared records, and the shop's history
# (every till's sales and refunds with their lines and payments, cash movements and Z reports), so a
# customer's card is the same at every counter and any receipt can be refunded at any till.
SHARED_KINDS = (CUSTOMER, CARD, POINTS, RESERVATION, COUPON, PRODUCT, SETTING, FEEDBACK, FOLLOW_UP, NPS)
HISTORY_KINDS = (SALE, CASH_MOVEMENT, Z_REPORT)
PULL_KINDS = SHARED_KINDS + HISTORY_KINDS

# Outcomes of an accepted record.
STORED, ALREADY_STORED, MERGED, UNCHANGED = "stored", "already_stored", "merged", "unchanged"
# Reasons a record is rejected; a rejected record changed nothing.
UNKNOWN_KIND, INVALID, CLOCK_AHEAD, CONFLICT = "unknown_kind", "invalid", "clock_ahead", "conflict"
# An owner's record (OWNER_KINDS) came without a valid owner credential (none, expired, revoked,
# another till's or shop's), or with one of a person not allowed that kind (a manager's setting).
OWNER_SIGN_IN, NOT_ALLOWED = "owner_sign_in", "not_allowed"

# The catalogue and shared settings are the owner's: a till pushes them only with the short-lived
# credential a person got from POST {API}/owner-sign-in, sent in this header beside the device token.
OWNER_KINDS = (PRODUCT, SETTING)
OWNER_HEADER = "X-Bottega-Owner"


class Record(BaseModel):
    kind: str = Field(max_length=40)
    id: str = Field(min_length=1, max_length=200)
    payload: dict[str, Any]


class PushBatch(BaseModel):
    # Optional: when given it must be the shop the device token belongs to, or nothing is written.
    shop_id: str | None = None
    records: list[Record] = Field(max_length=MAX_BATCH)


class Accepted(BaseModel):
    kind: str
    id: str
    outcome: str


class Rejected(BaseModel):
    kind: str
    id: str
    reason: str
    detail: str = ""


class PushResult(BaseModel):
    accepted: list[Accepted]
    rejected: list[Rejected]
    server_time: str


class Change(BaseModel):
    seq: int
    kind: str
    id: str
    data: dict[str, Any]


class ChangePage(BaseModel):
    changes: list[Change]
    cursor: int  # pass back as `after` for the next page
    more: bool
    server_time: str


class HistoryPage(ChangePage):
    """The shop's history newest first (GET {API}/history): `cursor` is the lowest seq on the page,
    passed back as `before`; `total` (first page only, else -1) how many history changes there are
    within the retention asked, for the joining till's progress bar; `top` (first page only) the
    shop's newest change number, after which the till pulls history forward like any change."""

    total: int = -1
    top: int = -1


class Enrolment(BaseModel):
    code: str
    till_name: str = Field(min_length=1, max_length=100)
    # What the till's stored amounts mean; a till whose amounts would mean something else in this
    # shop (another currency, or another number of decimals) is refused before the code is spent.
    currency: str | None = Field(default=None, max_length=3)
    currency_exponent: int | None = Field(default=None, ge=0, le=4)


class EnrolledTill(BaseModel):
    shop_id: str
    shop_name: str
    till_id: str
    device_token: str


class OwnerSignIn(BaseModel):
    """A person's name and password, sent through an enrolled till (its device token authorises the call)."""

    name: str = Field(min_length=1, max_length=100)
    password: str = Field(min_length=1, max_length=1024)


class OwnerCredential(BaseModel):
    """A short-lived owner credential: kept in the till's memory only, sent as OWNER_HEADER."""

    credential: str
    name: str
    role: str
    kinds: list[str]  # the owner kinds this person may publish
    expires_at: str
    expires_in_s: int  # the till times the credential by its own monotonic clock, whatever its wall clock says
