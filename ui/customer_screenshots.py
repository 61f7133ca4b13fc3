"""`bottega screenshot customer|reservations`: the customer card on a regular, and the shop's reservations.

Runs on the screenshot's copy of the shop database, so it may add what a shop in use would have:
the busiest regular gets a card, a note, consent and points if they have none, and a few
reservations are put aside for them and for others.
"""
from datetime import timedelta

from PySide6.QtWidgets import QApplication

from db.engine import read_session, write_session
from db.models import Customer
from shop import cards, consents, customers, loyalty, reservations
from shop.kinds import KG

# What a shop writes about a regular, in the shop's language.
NOTES = {
    "en": "Celiac: gluten-free bread only. Prefers thin slices.",
    "it": "Celiaca: solo pane senza glutine. Affettato sottile.",
    "hu": "Lisztérzékeny: csak gluténmentes kenyér. Vékony szeletek.",
    "ko": "글루텐 프리 빵만 구매. 얇게 썰어 주세요.",
    "zh": "乳糜泻：只买无麸质面包，切薄片。",
}


def _regulars(till, count: int) -> list[str]:
    with read_session(till.engine) as session:
        return session.connection().exec_driver_sql(
            "SELECT customer_id FROM sale WHERE customer_id IS NOT NULL AND kind = 'sale' GROUP BY customer_id "
            "ORDER BY count(*) DESC LIMIT ?", (count,)
        ).scalars().all()


def _products(till) -> tuple[list, list]:
    keys = [key.product for key in till.quick_keys()]
    return [p for p in keys if p.unit == KG], [p for p in keys if p.unit != KG]


def _dress_regular(till, customer_id: str) -> None:
    with write_session(till.engine) as session:
        customer = customers.customer_by_id(session, customer_id)
        if not session.connection().exec_driver_sql("SELECT 1 FROM loyaltycard WHERE customer_id = ?", (customer_id,)).first():
            cards.issue_card(session, customer_id, till.till_id)
        row = session.connection().exec_driver_sql("SELECT notes FROM customer WHERE id = ?", (customer_id,)).scalar()
        if not row:
            language = till.settings.locale.split("_")[0]
            customers.update_customer(session, till.settings.country, customer_id, notes=NOTES.get(language, NOTES["en"]))
        consents.set_consent(session, session.get(Customer, customer_id), "email", True, "till", till.user.id)
        if loyalty.balance(session, customer_id) == 0:
            loyalty.add_entry(session, customer_id, f"screenshot:{customer.id}", loyalty.EARN, 1240, reason="history")


def _reserve_some(till, regulars: list[str]) -> None:
    weighed, counted = _products(till)
    today = till.shop_today()
    plans = [  # (customer index, days from today, items, deposit, weekly)
        (0, 0, [(weighed[0], 500), (counted[0], 2000)], 1000, False),
        (0, 4, [(weighed[-1], 1200)], 0, True),
        (1, 0, [(counted[-1], 3000)], 0, False),
        (2, -2, [(weighed[0], 750), (counted[0], 1000)], 500, False),
        (3, 1, [(counted[1 % len(counted)], 6000)], 2000, False),
        (4, 0, [(weighed[-1], 300)], 0, False),
    ]
    with read_session(till.engine) as session:
        has_any = session.connection().exec_driver_sql("SELECT 1 FROM reservation LIMIT 1").first() is not None
        own = reservations.for_customer(session, regulars[0])
    for who, days, items, deposit, weekly in plans:
        # A demo shop that has reservations already keeps its own; the regular gets two if they have none.
        if who >= len(regulars) or (has_any and (who > 0 or len(own) >= 2)):
            continue
        till.reserve(regulars[who], [(p.id, qty) for p, qty in items], today + timedelta(days=days),
                     note="", deposit=deposit, deposit_method="cash" if deposit else None,
                     repeat_days=7 if weekly else None)
    with write_session(till.engine) as session:
        first = session.connection().exec_driver_sql(
            "SELECT id FROM reservation WHERE customer_id = ? AND status = 'open' ORDER BY pickup_date LIMIT 1",
            (regulars[0],)).scalar()
        if first and not any(r.status == reservations.READY for r in reservations.for_customer(session, regulars[0])):
            reservations.mark_ready(session, first, till.user, till.till_id)


def customer_screen(screen: str, window, composite):
    """The picture for `screen`: the till with the regular attached, or the reservations list over it."""
    till = window.till
    regulars = _regulars(till, 5)
    if not regulars:
        raise SystemExit("bottega screenshot: this shop has no customers with sales yet")
    _dress_regular(till, regulars[0])
    _reserve_some(till, regulars)
    window.customers.attach(regulars[0])
    window.show_message("")
    if screen == "customer":
        QApplication.processEvents()
        return window.grab()
    from ui.reservations_view import ReservationsDialog

    dialog = ReservationsDialog(till, window)
    return composite(window, dialog)
