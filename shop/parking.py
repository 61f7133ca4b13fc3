"""Parked sales: put a customer's sale aside, serve the next one, recall it later."""
from sqlmodel import Session, select

from db.models import ParkedSale, User
from shop import audit
from shop.cart import Cart


def park(session: Session, cart: Cart, user: User, till_id: str, label: str) -> ParkedSale:
    parked = ParkedSale(till_id=till_id, user_id=user.id, label=label, cart=cart.to_dict())
    session.add(parked)
    audit.record(session, till_id, "park", user.id, cart.id, label=label, lines=len(cart.lines))
    return parked


def parked_sales(session: Session, till_id: str) -> list[ParkedSale]:
    return list(session.exec(select(ParkedSale).where(ParkedSale.till_id == till_id).order_by(ParkedSale.parked_at)))


def free_label(session: Session, till_id: str) -> str:
    """"#n" after the parked sales' count, skipping labels in use: two waiting customers never share one."""
    taken = {parked.label for parked in parked_sales(session, till_id)}
    n = len(taken) + 1
    while f"#{n}" in taken:
        n += 1
    return f"#{n}"


def recall(session: Session, parked_id: str, user: User) -> Cart:
    """The parked cart, removed from the parked list in the same write."""
    parked = session.get(ParkedSale, parked_id)
    if parked is None:
        raise KeyError(parked_id)
    cart = Cart.from_dict(parked.cart)
    session.delete(parked)
    audit.record(session, parked.till_id, "recall", user.id, cart.id, label=parked.label)
    return cart
