"""`bottega screenshot customer|reservations`: the customer card on a regular, and the shop's reservations.

Runs on the screenshot's copy of the shop database, so it may add what a shop in use would have:
the busiest regular gets a card, a note, consent and points if they have none, and a few
reservations are put aside for them and for others.
"""
from datetime import timedelta

from PySide6.QtWidgets import QApplication

from shop import screenshot_data
from shop.kinds import CASH, KG


def _products(till) -> tuple[list, list]:
    keys = [key.product for key in till.quick_keys()]
    return [p for p in keys if p.unit == KG], [p for p in keys if p.unit != KG]


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
    has_any, own = screenshot_data.reservations_held(till.engine, regulars[0])
    for who, days, items, deposit, weekly in plans:
        # A demo shop that has reservations already keeps its own; the regular gets two if they have none.
        if who >= len(regulars) or (has_any and (who > 0 or len(own) >= 2)):
            continue
        till.reserve(regulars[who], [(p.id, qty) for p, qty in items], today + timedelta(days=days),
                     note="", deposit=deposit, deposit_method=CASH if deposit else None,
                     repeat_days=7 if weekly else None)
    screenshot_data.mark_one_ready(till.engine, regulars[0], till.user, till.till_id)


def customer_screen(screen: str, window, composite):
    """The picture for `screen`: the till with the regular attached, or the reservations list over it."""
    till = window.till
    regulars = screenshot_data.busiest_regulars(till.engine, 5)
    if not regulars:
        raise SystemExit("bottega screenshot: this shop has no customers with sales yet")
    screenshot_data.dress_regular(till.engine, regulars[0], till.settings, till.user.id)
    _reserve_some(till, regulars)
    window.customers.attach(regulars[0])
    window.show_message("")
    if screen == "customer":
        QApplication.processEvents()
        return window.grab()
    from ui.reservations_view import ReservationsDialog

    dialog = ReservationsDialog(till, window)
    return composite(window, dialog)
