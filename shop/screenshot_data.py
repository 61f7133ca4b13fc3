"""What `bottega screenshot` reads from, and adds to, its copy of a shop database so a screen is worth a look.

`bottega screenshot` only ever works on a copy (ui/screenshots.py), so what is written here never
reaches a shop's own data: a made-up enrolment with changes waiting, a backup folder, a regular
with a card, a note, consent and points, a reservation marked ready. One module for every screen's
set-up (ui/screenshots.py, ui/customer_screenshots.py, ui/backup_screenshot.py, ...).
"""
from pathlib import Path

from sqlalchemy import Engine

from db.engine import read_session, write_session
from db.models import Customer, Setting, User
from shop import cards, consents, customers, loyalty, outbox, reservations
from shop.backup_schedule import BackupSettings, save_backup_settings
from shop.catalog import ProductInfo, weighed_products
from shop.settings import ShopSettings
from shop.users import active_users

# What a shop writes about a regular, in the shop's language.
NOTES = {
    "en": "Celiac: gluten-free bread only. Prefers thin slices.",
    "it": "Celiaca: solo pane senza glutine. Affettato sottile.",
    "hu": "Lisztérzékeny: csak gluténmentes kenyér. Vékony szeletek.",
    "ko": "글루텐 프리 빵만 구매. 얇게 썰어 주세요.",
    "zh": "乳糜泻：只买无麸质面包，切薄片。",
}


def person(engine: Engine, role: str) -> User:
    """Someone active with `role` (the first person if nobody has it)."""
    with read_session(engine) as session:
        people = active_users(session)
    return next((u for u in people if u.role == role), people[0])


def weighed(engine: Engine, limit: int = 3) -> list[ProductInfo]:
    """Products sold by weight, for a scale label in the basket."""
    with read_session(engine) as session:
        return weighed_products(session, limit)


def made_up_enrolment(engine: Engine) -> None:
    """The till enrolled on a server that does not exist (the sync screens show an offline till)."""
    from shop.sync_client import SYNC_KEY

    with write_session(engine) as session:
        session.merge(Setting(key=SYNC_KEY, value={"server_url": "https://bottega.example:8470", "shop_id": "shop",
                                                   "till_id": "till", "device_token": "not-a-token"}))


def waiting_owner_changes(engine: Engine, shop_name: str) -> None:
    """A made-up enrolment and three of the owner's changes queued for the other tills."""
    made_up_enrolment(engine)
    with write_session(engine) as session:
        for sku, price in (("PAN001", 390), ("VIN001", 990)):
            outbox.enqueue(session, "product", sku, {"sku": sku, "price": price})
        outbox.enqueue(session, "setting", "shop", {"key": "shop", "value": {"shop_name": shop_name}})


def backup_folder(engine: Engine, folder: Path, generations: int = 7) -> None:
    with write_session(engine) as session:
        save_backup_settings(session, BackupSettings(folder=str(folder), generations=generations))


def busiest_regulars(engine: Engine, count: int) -> list[str]:
    """The ids of the customers with the most sales."""
    with read_session(engine) as session:
        return list(session.connection().exec_driver_sql(
            "SELECT customer_id FROM sale WHERE customer_id IS NOT NULL AND kind = 'sale' GROUP BY customer_id "
            "ORDER BY count(*) DESC LIMIT ?", (count,)
        ).scalars().all())


def dress_regular(engine: Engine, customer_id: str, settings: ShopSettings, user_id: str) -> None:
    """A card, a note, e-mail consent and points, for whichever of them the regular has not got."""
    with write_session(engine) as session:
        customer = customers.customer_by_id(session, customer_id)
        if not session.connection().exec_driver_sql("SELECT 1 FROM loyaltycard WHERE customer_id = ?", (customer_id,)).first():
            cards.issue_card(session, customer_id, settings.till_id)
        row = session.connection().exec_driver_sql("SELECT notes FROM customer WHERE id = ?", (customer_id,)).scalar()
        if not row:
            language = settings.locale.split("_")[0]
            customers.update_customer(session, settings.country, customer_id, notes=NOTES.get(language, NOTES["en"]))
        consents.set_consent(session, session.get_one(Customer, customer_id), "email", True, "till", user_id)
        if loyalty.balance(session, customer_id) == 0:
            loyalty.add_entry(session, customer_id, f"screenshot:{customer.id}", loyalty.EARN, 1240, reason="history")


def reservations_held(engine: Engine, customer_id: str) -> tuple[bool, list]:
    """Whether the shop has any reservation at all, and the customer's own."""
    with read_session(engine) as session:
        has_any = session.connection().exec_driver_sql("SELECT 1 FROM reservation LIMIT 1").first() is not None
        return has_any, reservations.for_customer(session, customer_id)


def mark_one_ready(engine: Engine, customer_id: str, user: User, till_id: str) -> None:
    """The customer's first open reservation marked ready, unless one of theirs already is."""
    with write_session(engine) as session:
        first = session.connection().exec_driver_sql(
            "SELECT id FROM reservation WHERE customer_id = ? AND status = 'open' ORDER BY pickup_date LIMIT 1",
            (customer_id,)).scalar()
        if first and not any(r.status == reservations.READY for r in reservations.for_customer(session, customer_id)):
            reservations.mark_ready(session, first, user, till_id)
