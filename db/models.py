"""The till's tables.

Money columns are integer minor units, quantities integer thousandths (`qty_milli`), rates basis
points, times UTC ISO 8601 text. Every record that syncs has a global `id` (UUIDv7) made where the
record is born.
"""
from datetime import date
from typing import Optional

from sqlalchemy import Column, Date, Index, JSON, TypeDecorator, UniqueConstraint
from sqlmodel import Field, SQLModel

from db.ids import new_id, utc_now


class LenientDate(TypeDecorator):
    """A DATE column whose stored text that is not a date reads as None instead of raising, so one
    customer a till stored before the sync checked birthdays (issue 10) can still be found and served."""

    impl = Date
    cache_ok = True

    def result_processor(self, dialect, coltype):
        def process(value):
            if value is None or isinstance(value, date):
                return value
            try:
                return date.fromisoformat(str(value))
            except ValueError:
                return None
        return process


class Setting(SQLModel, table=True):
    """One shop or till setting; `value` is JSON."""

    key: str = Field(primary_key=True)
    value: dict | list | str | int | float | bool | None = Field(default=None, sa_column=Column(JSON))


class User(SQLModel, table=True):
    id: str = Field(default_factory=new_id, primary_key=True)
    name: str
    role: str = Field(description="cashier | manager | owner")
    pin_hash: str
    active: bool = True
    created_at: str = Field(default_factory=utc_now)


class VatRate(SQLModel, table=True):
    id: str = Field(default_factory=new_id, primary_key=True)
    code: str = Field(unique=True, description="Letter on the receipt, e.g. A")
    name: str
    rate_bp: int = Field(description="2200 = 22 %")


class Category(SQLModel, table=True):
    id: str = Field(default_factory=new_id, primary_key=True)
    name: str
    color: str = "#4f6d7a"


class Product(SQLModel, table=True):
    __table_args__ = (Index("ix_product_name_nocase", "name_fold"),)

    id: str = Field(default_factory=new_id, primary_key=True)
    sku: str = Field(unique=True)
    name: str
    name_fold: str = Field(description="Name case- and accent-folded, for search")
    category_id: Optional[str] = Field(default=None, foreign_key="category.id")
    vat_rate_id: str = Field(foreign_key="vatrate.id")
    price: int = Field(description="VAT-inclusive price per piece or per kg, minor units")
    unit: str = Field(default="pc", description="pc | kg")
    barcode: Optional[str] = Field(default=None, unique=True)
    plu: Optional[str] = Field(default=None, unique=True, description="Item code inside variable-measure EAN-13")
    active: bool = True
    updated_at: str = Field(default_factory=utc_now)


class ProductBarcode(SQLModel, table=True):
    """A product's further barcodes (multipacks, a supplier's new code); `Product.barcode` is its first."""

    code: str = Field(primary_key=True, description="EAN-8, UPC-A or EAN-13 as typed or scanned")
    product_id: str = Field(foreign_key="product.id", index=True)
    position: int = Field(default=1, description="1 = second barcode of the product, 2 = third ...")


class QuickKey(SQLModel, table=True):
    """A favourite on the till's quick-key grid."""

    position: int = Field(primary_key=True)
    product_id: str = Field(foreign_key="product.id")
    label: Optional[str] = None
    color: Optional[str] = Field(default=None, description="#rrggbb; None: the product's category colour")


class Customer(SQLModel, table=True):
    id: str = Field(default_factory=new_id, primary_key=True)
    name: str
    phone: Optional[str] = Field(default=None, index=True, description="E.164")
    email: Optional[str] = Field(default=None, index=True)
    birthday: Optional[date] = Field(default=None, sa_column=Column(LenientDate))
    created_at: str = Field(default_factory=utc_now)
    updated_at: str = Field(default_factory=utc_now)
    # Search keys (shop/customers.py): folded name, its words rotated (surname or CJK given name
    # first) for short prefix searches, and the phone's digits reversed for last-digits search.
    name_fold: str = Field(default="", index=True)
    name_alt: str = Field(default="", index=True)
    phone_rev: Optional[str] = Field(default=None, index=True)
    notes: str = ""
    tags: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False, server_default="[]"))
    # The owner's own fields (shop/custom_fields.py): field key -> value (text, number, ISO date, a choice).
    custom: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False, server_default="{}"))
    consent_email: bool = False
    consent_sms: bool = False
    consent_messaging: bool = False
    erased_at: Optional[str] = None


class ConsentEvent(SQLModel, table=True):
    """When and how a marketing consent was given or withdrawn; the customer row holds the current state."""

    id: str = Field(default_factory=new_id, primary_key=True)
    customer_id: str = Field(foreign_key="customer.id", index=True)
    channel: str = Field(description="email | sms | messaging")
    granted: bool
    how: str = Field(description="till | paper form | web ...")
    user_id: Optional[str] = Field(default=None, foreign_key="user.id")
    at: str = Field(default_factory=utc_now)


class LoyaltyCard(SQLModel, table=True):
    """A card code given to a customer; a reissued card revokes the old code."""

    id: str = Field(default_factory=new_id, primary_key=True)
    customer_id: str = Field(foreign_key="customer.id", index=True)
    code: str = Field(unique=True, description="Crockford base32 with a check character")
    issued_at: str = Field(default_factory=utc_now)
    revoked_at: Optional[str] = None


class PointsEntry(SQLModel, table=True):
    """One row of the append-only points ledger; `key` ties it to its sale or event so nothing counts twice."""

    __table_args__ = (Index("ix_pointsentry_customer_at", "customer_id", "at"),
                      Index("ix_pointsentry_at_kind", "at", "kind", "points"))  # the loyalty report by period

    id: str = Field(default_factory=new_id, primary_key=True)
    customer_id: str = Field(foreign_key="customer.id")
    key: str = Field(unique=True)
    kind: str = Field(description="earn | redeem | reverse | birthday | adjust | expire")
    points: int
    sale_id: Optional[str] = Field(default=None, foreign_key="sale.id", index=True)
    expires_at: Optional[str] = None
    reason: Optional[str] = None
    user_id: Optional[str] = Field(default=None, foreign_key="user.id")
    at: str = Field(default_factory=utc_now)


class Coupon(SQLModel, table=True):
    """A single-use code worth an amount or a percentage off; per customer or for anyone."""

    id: str = Field(default_factory=new_id, primary_key=True)
    code: str = Field(unique=True)
    kind: str = Field(description="amount | percent")
    value: int = Field(description="Minor units, or basis points for percent")
    customer_id: Optional[str] = Field(default=None, foreign_key="customer.id", index=True)
    valid_from: Optional[date] = None
    valid_until: Optional[date] = None
    reason: str = ""
    created_at: str = Field(default_factory=utc_now)
    sale_id: Optional[str] = Field(default=None, foreign_key="sale.id")
    redeemed_at: Optional[str] = None


class Reservation(SQLModel, table=True):
    """Goods put aside for a customer; `status` follows shop/reservations.py's state machine."""

    __table_args__ = (Index("ix_reservation_status_pickup", "status", "pickup_date"),)

    id: str = Field(default_factory=new_id, primary_key=True)
    customer_id: str = Field(foreign_key="customer.id", index=True)
    status: str = Field(description="open | ready | picked_up | cancelled | expired")
    pickup_date: date
    note: str = ""
    deposit: int = 0
    deposit_method: Optional[str] = None
    deposit_refunded: int = 0
    repeat_days: Optional[int] = Field(default=None, description="7 = every week on the same weekday")
    sale_id: Optional[str] = Field(default=None, foreign_key="sale.id")
    created_by: Optional[str] = Field(default=None, foreign_key="user.id")
    created_at: str = Field(default_factory=utc_now)
    updated_at: str = Field(default_factory=utc_now)


class ReservationLine(SQLModel, table=True):
    id: str = Field(default_factory=new_id, primary_key=True)
    reservation_id: str = Field(foreign_key="reservation.id", index=True)
    product_id: str = Field(foreign_key="product.id")
    qty_milli: int


class Shift(SQLModel, table=True):
    """A till's working period from opening float to Z report."""

    id: str = Field(default_factory=new_id, primary_key=True)
    till_id: str
    opened_by: str = Field(foreign_key="user.id")
    opened_at: str = Field(default_factory=utc_now)
    opening_float: int
    closed_by: Optional[str] = Field(default=None, foreign_key="user.id")
    closed_at: Optional[str] = None
    counted_cash: Optional[int] = None
    expected_cash: Optional[int] = None
    z_number: Optional[int] = None


class Sale(SQLModel, table=True):
    """A completed order; immutable. A refund is a Sale of kind 'refund' pointing at the original."""

    __table_args__ = (UniqueConstraint("till_id", "seq"), Index("ix_sale_completed_at", "completed_at"),
                      # Covers the one pass segments make over every customer's sales (migration 0008).
                      Index("ix_sale_customer_kind_at", "customer_id", "kind", "completed_at", "total"),
                      # Reports: refunds by reason over a period; a customer's purchases in time order.
                      Index("ix_sale_kind_completed_at", "kind", "completed_at"),
                      Index("ix_sale_customer_completed", "customer_id", "completed_at"))

    id: str = Field(default_factory=new_id, primary_key=True)
    till_id: str
    seq: int
    receipt_number: str = Field(unique=True, description="T1-000123")
    kind: str = Field(default="sale", description="sale | refund")
    # Links by global id, not foreign keys: the shop's history reaches a till newest first and
    # within a retention (shop/sync_history.py), so a refund may arrive before, or without, its sale.
    refund_of_id: Optional[str] = Field(default=None, index=True)
    reason: Optional[str] = None
    # None: another till's sale, pulled from the server; it belongs to no shift (nor drawer) here.
    shift_id: Optional[str] = Field(default=None, foreign_key="shift.id", index=True)
    user_id: Optional[str] = Field(default=None, foreign_key="user.id", description="None: a user this till does not know")
    # Indexed by ix_sale_customer_kind_at and ix_sale_customer_completed, which begin with it (migration 0013).
    customer_id: Optional[str] = Field(default=None, foreign_key="customer.id")
    currency: str
    subtotal: int = Field(description="Sum of line gross before any discount")
    discount_total: int
    total: int
    completed_at: str = Field(default_factory=utc_now)
    # What the shop's fiscal register (Italy's RT) answered for this sale: None until it confirms.
    fiscal_doc_number: Optional[int] = None
    fiscal_z_number: Optional[int] = None
    fiscal_date: Optional[str] = Field(default=None, description="The RT's date of the document, YYYY-MM-DD")
    fiscal_serial: Optional[str] = None


class SaleLine(SQLModel, table=True):
    id: str = Field(default_factory=new_id, primary_key=True)
    sale_id: str = Field(foreign_key="sale.id", index=True)
    position: int
    product_id: Optional[str] = Field(default=None, foreign_key="product.id", index=True)
    sku: str
    name: str
    unit: str
    qty_milli: int
    unit_price: int
    vat_rate_bp: int
    gross: int = Field(description="qty x unit price, rounded half-up")
    discount: int = Field(description="Line discount plus its share of the order discount")
    total: int
    vat: int = Field(description="VAT contained in total")
    price_overridden: bool = False
    refunded_line_id: Optional[str] = Field(default=None, index=True, description="The sold line it returns (by id)")


class Payment(SQLModel, table=True):
    """Money taken; change given back is a negative cash payment with is_change."""

    id: str = Field(default_factory=new_id, primary_key=True)
    sale_id: str = Field(foreign_key="sale.id", index=True)
    method: str = Field(description="cash | card")
    amount: int
    is_change: bool = False
    created_at: str = Field(default_factory=utc_now)


class CashMovement(SQLModel, table=True):
    """Cash into or out of a drawer; shift_id None: another till's drawer (pulled history)."""

    id: str = Field(default_factory=new_id, primary_key=True)
    shift_id: Optional[str] = Field(default=None, foreign_key="shift.id", index=True)
    user_id: Optional[str] = Field(default=None, foreign_key="user.id")
    amount: int = Field(description="Positive: cash in; negative: cash out")
    reason: str
    created_at: str = Field(default_factory=utc_now)


class ParkedSale(SQLModel, table=True):
    id: str = Field(default_factory=new_id, primary_key=True)
    till_id: str
    user_id: str = Field(foreign_key="user.id")
    label: str
    cart: dict = Field(sa_column=Column(JSON, nullable=False))
    parked_at: str = Field(default_factory=utc_now)


class ZReport(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("till_id", "z_number"),)

    id: str = Field(default_factory=new_id, primary_key=True)
    till_id: str
    z_number: int
    shift_id: Optional[str] = Field(default=None, foreign_key="shift.id", unique=True, description="None: another till's")
    data: dict = Field(sa_column=Column(JSON, nullable=False))
    created_at: str = Field(default_factory=utc_now)


class TillCounter(SQLModel, table=True):
    """Next receipt and Z numbers per till, bumped inside the write that uses them."""

    till_id: str = Field(primary_key=True)
    next_receipt: int = 1
    next_z: int = 1


class AuditEvent(SQLModel, table=True):
    id: str = Field(default_factory=new_id, primary_key=True)
    at: str = Field(default_factory=utc_now, index=True)
    till_id: str
    user_id: Optional[str] = Field(default=None, foreign_key="user.id")
    action: str = Field(index=True)
    sale_id: Optional[str] = None
    detail: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class Outbox(SQLModel, table=True):
    """What must reach the central server, written in the same transaction as the change."""

    seq: Optional[int] = Field(default=None, primary_key=True)
    record_type: str
    record_id: str
    payload: dict = Field(sa_column=Column(JSON, nullable=False))
    created_at: str = Field(default_factory=utc_now)
    sent_at: Optional[str] = Field(default=None, index=True)


class PrintJob(SQLModel, table=True):
    """A receipt or Z report waiting to print, printing, printed or failed (then retried by hand).

    Printed at most once by its id: a worker claims a job by moving it to 'printing' in one
    UPDATE; a reprint is a new job with is_copy=True.
    """

    id: str = Field(default_factory=new_id, primary_key=True)
    till_id: str
    document: str = Field(description="sale (also refunds) | z_report")
    ref_id: str = Field(index=True, description="Sale or ZReport id")
    is_copy: bool = False
    state: str = Field(default="pending", index=True, description="pending | printing | printed | failed")
    attempts: int = 0
    error: Optional[str] = Field(default=None, description="printers.errors code of the last failure")
    created_at: str = Field(default_factory=utc_now)
    updated_at: str = Field(default_factory=utc_now)
    printed_at: Optional[str] = None


class FiscalJob(SQLModel, table=True):
    """A document for the fiscal register (RT): a sale, a return, a void or the daily closure.

    `id` is the idempotency id: one job per sale and kind, claimed by one worker at a time. A job whose
    reply was lost is 'unknown' until the RT's own counters say whether it printed; it is never sent
    a second time while that is open (shop/fiscal.py, printers/fiscal/queue.py).
    """

    __table_args__ = (UniqueConstraint("kind", "sale_id"),)

    id: str = Field(default_factory=new_id, primary_key=True)
    till_id: str
    kind: str = Field(description="sale | refund | void | z_report")
    sale_id: Optional[str] = Field(default=None, index=True)
    z_report_id: Optional[str] = None
    state: str = Field(default="pending", index=True, description="pending | sending | unknown | done | failed | check")
    attempts: int = 0
    error: Optional[str] = None
    lottery_code: Optional[str] = None
    reference: Optional[str] = Field(default=None, description="REFUND|VOID zzzz nnnn ddmmyyyy serial of a return")
    before_doc: Optional[int] = Field(default=None, description="The RT's last document number before sending")
    before_z: Optional[int] = None
    doc_number: Optional[int] = None
    z_number: Optional[int] = None
    doc_date: Optional[str] = None
    serial: Optional[str] = None
    amount: Optional[int] = Field(default=None, description="The document's total as the RT printed it")
    reply: Optional[dict] = Field(default=None, sa_column=Column(JSON))
    created_at: str = Field(default_factory=utc_now)
    updated_at: str = Field(default_factory=utc_now)


class Campaign(SQLModel, table=True):
    """A coupon offer tried on a segment: variants A and B and a control group that gets nothing.

    Who is in which group is drawn once, at creation, with `seed` (CampaignMember rows), so the
    results compare the same people however often they are looked at (shop/campaigns.py).
    """

    id: str = Field(default_factory=new_id, primary_key=True)
    name: str
    segment: dict = Field(default_factory=dict, sa_column=Column(JSON, nullable=False),
                          description='{"kind": "slipping_away"} or {"kind": "criteria", "criteria": {...}}')
    offer_a_kind: str = Field(description="amount | percent")
    offer_a_value: int = Field(description="Minor units, or basis points for percent")
    offer_b_kind: Optional[str] = None
    offer_b_value: Optional[int] = None
    valid_from: date
    valid_until: date
    seed: int
    created_by: Optional[str] = Field(default=None, foreign_key="user.id")
    created_at: str = Field(default_factory=utc_now)


class CampaignMember(SQLModel, table=True):
    __table_args__ = (UniqueConstraint("campaign_id", "customer_id"),)

    id: str = Field(default_factory=new_id, primary_key=True)
    campaign_id: str = Field(foreign_key="campaign.id", index=True)
    customer_id: str = Field(foreign_key="customer.id", index=True)
    variant: str = Field(description="A | B | control")
    coupon_id: Optional[str] = Field(default=None, foreign_key="coupon.id", description="None for the control group")


class AutomationLog(SQLModel, table=True):
    """What an automation did, to whom: one row per rule, customer and occasion, which is also what
    makes a rule fire only once for each (the unique key)."""

    __table_args__ = (UniqueConstraint("rule", "customer_id", "occasion"),)

    id: str = Field(default_factory=new_id, primary_key=True)
    rule: str = Field(description="birthday | reengage | thank_you")
    customer_id: str = Field(foreign_key="customer.id", index=True)
    occasion: str = Field(description="birthday:2026, away:<last visit day>, visit:10 ...")
    coupon_id: Optional[str] = Field(default=None, foreign_key="coupon.id")
    points: int = 0
    at: str = Field(default_factory=utc_now, index=True)


# The reports' sums kept as sales commit (migration 0009): plain tables, described in db/report_totals.py.
from db.report_totals import add_tables_to  # noqa: E402

add_tables_to(SQLModel.metadata)


class FeedbackNote(SQLModel, table=True):
    """A complaint, praise or request about a customer and/or a product, open until someone resolves it.

    People are kept by name beside their id: each till has its own staff, and a note taken at one
    till is read at every other (shop/sync_feedback.py). Customers and products are linked by global
    id without a foreign key, since a note may arrive at a till before the record it names."""

    __table_args__ = (Index("ix_feedbacknote_status_at", "status", "created_at"),)

    id: str = Field(default_factory=new_id, primary_key=True)
    category: str = Field(description="complaint | praise | request")
    text: str
    customer_id: Optional[str] = Field(default=None, index=True)
    product_id: Optional[str] = Field(default=None, index=True)
    status: str = Field(default="open", description="open | resolved")
    source: str = Field(default="till", description="till | back_office | nps")
    author_id: Optional[str] = None
    author_name: str = ""
    created_at: str = Field(default_factory=utc_now)
    resolved_by: str = ""
    resolved_at: Optional[str] = None


class FollowUp(SQLModel, table=True):
    """Something a person of the shop must do by a day ("call Mrs Rinaldi when the bread arrives")."""

    __table_args__ = (Index("ix_followup_done_due", "done_at", "due_date"),)

    id: str = Field(default_factory=new_id, primary_key=True)
    text: str
    due_date: date
    priority: str = Field(default="normal", description="low | normal | high")
    assignee_id: Optional[str] = None
    assignee_name: str = Field(description="Matched at sign-in where the id is another till's user")
    feedback_id: Optional[str] = Field(default=None, index=True)
    customer_id: Optional[str] = None
    author_name: str = ""
    created_at: str = Field(default_factory=utc_now)
    done_by: str = ""
    done_at: Optional[str] = None


class NpsAnswer(SQLModel, table=True):
    """A customer's 0-10 answer on the loyalty page to "how likely are you to recommend us?", once per visit."""

    id: str = Field(primary_key=True)
    customer_id: Optional[str] = Field(default=None, index=True)
    sale_id: Optional[str] = Field(default=None, description="The visit asked about")
    score: int
    comment: str = ""
    answered_at: str = Field(index=True)
