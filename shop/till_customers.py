"""The till's customer side: find, register, edit, consents, cards, points, erasure, one operation each.

What `shop.till.Till` is to the sale, this is to the customer screens of the till (ui/customer_*.py):
each method opens one session, so each is one transaction that is kept whole or not at all, and a
screen never holds a session (ui/ does not import db/). It acts for the till's signed-in cashier;
the approver of a manager's action is passed in by the screen that asked for the PIN.
"""
from datetime import date
from typing import Callable

from sqlalchemy import Engine
from sqlmodel import Session

from db.engine import read_session, write_session
from db.models import Customer, LoyaltyCard, User
from shop import cards, consents, custom_fields, customers, due, loyalty, privacy
from shop.cards import CardPrint
from shop.custom_fields import CustomField
from shop.customer_errors import CustomerNotFound
from shop.permissions import load_permissions
from shop.till import Till

CONSENT_HOW = "till"  # how a consent given at the counter is recorded


class TillCustomers:
    def __init__(self, till: Till):
        self.till = till

    @property
    def engine(self) -> Engine:
        return self.till.engine

    # --- reading ---------------------------------------------------------------------------
    def customer(self, customer_id: str) -> Customer:
        """A detached copy of the stored customer (what an edit form starts from)."""
        with read_session(self.engine) as session:
            return _stored(session, customer_id).model_copy()

    def name_of(self, customer_id: str) -> str:
        with read_session(self.engine) as session:
            return customers.customer_by_id(session, customer_id).name

    def custom_fields(self) -> list[CustomField]:
        with read_session(self.engine) as session:
            return custom_fields.load_fields(session)

    def active_card(self, customer_id: str) -> LoyaltyCard | None:
        with read_session(self.engine) as session:
            return cards.active_card(session, customer_id)

    def balance(self, customer_id: str) -> int:
        with read_session(self.engine) as session:
            return loyalty.balance(session, customer_id)

    def least_role(self, action: str) -> str:
        """Whose PIN approves `action` in this shop: "manager" or "owner"."""
        with read_session(self.engine) as session:
            return load_permissions(session).least_role(action)

    # --- writing ---------------------------------------------------------------------------
    def register(self, name: str, phone: str, email: str, birthday: date | None, consent: dict[str, bool]) -> str:
        """The new customer's id; DuplicateCustomer (naming the other customer) or another ShopError, and nothing kept."""
        with write_session(self.engine) as session:
            return customers.register_customer(session, self.till.settings.country, name, phone=phone, email=email,
                                               birthday=birthday, consent=consent, user_id=self.till.user.id).id

    def edit(self, customer_id: str, changes: dict, consent_changes: dict[str, bool]) -> None:
        """Change the customer's details and the consents they gave or withdrew, together."""
        with write_session(self.engine) as session:
            if changes:
                customers.update_customer(session, self.till.settings.country, customer_id, **changes)
            customer = _stored(session, customer_id)
            for channel, granted in consent_changes.items():
                consents.set_consent(session, customer, channel, granted, CONSENT_HOW, self.till.user.id)

    def reserve_usual(self, habit: due.Habit) -> date:
        """Put aside what the customer usually buys, for their usual day; the pickup date."""
        with write_session(self.engine) as session:
            return due.reserve_usual(session, habit, self.till.user, self.till.till_id, self.till.shop_today()).pickup_date

    def issue_card(self, customer_id: str, reissue: bool, deliver: Callable[[CardPrint], None]) -> CardPrint:
        """The customer's card (a new one if `reissue`: the old one stops working), handed to `deliver` (saved as a
        PDF) inside the transaction: if delivering fails, no card is issued."""
        with write_session(self.engine) as session:
            issue = cards.issue_card if reissue else cards.ensure_card
            issue(session, customer_id, self.till.till_id, self.till.user.id)
            card = cards.card_to_print(session, customer_id, self.till.settings.shop_name)
            deliver(card)
            return card

    def adjust_points(self, customer_id: str, points: int, reason: str, approver: User | None) -> None:
        with write_session(self.engine) as session:
            loyalty.adjust_points(session, customer_id, points, reason, self.till.user, self.till.till_id, approver)

    def erase(self, customer_id: str, approver: User | None) -> None:
        """Anonymise the customer (ReservationStateError while goods are still put aside for them)."""
        with write_session(self.engine) as session:
            privacy.erase_customer(session, customer_id, self.till.user, self.till.till_id, approver)


def _stored(session: Session, customer_id: str) -> Customer:
    """The customer's row, or CustomerNotFound (erased or merged meanwhile at another till)."""
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise CustomerNotFound(customer_id)
    return customer
