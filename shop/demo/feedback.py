"""Feedback, follow-ups and NPS answers for a demo shop, so the Feedback and NPS pages have something
true-looking to show (the screenshots): notes about real products and customers of the file, some
resolved, follow-ups for its staff, and six months of loyalty-page answers that get a little better."""
import random
from datetime import date, datetime, time, timedelta, timezone

from sqlalchemy import Engine
from sqlmodel import col, func, select

from db.engine import write_session
from db.ids import new_id
from db.models import Customer, NpsAnswer, Product, Sale, SaleLine
from shop import feedback, users

NOTES = {
    "IT": [("complaint", "Il pane di ieri era già raffermo"), ("request", "Chiede pane senza glutine il sabato"),
           ("praise", "Complimenti per il prosciutto, il migliore della zona"), ("complaint", "Coda troppo lunga alle 18"),
           ("request", "Vorrebbe il latte di avena"), ("complaint", "Prezzo sullo scaffale diverso da quello in cassa"),
           ("praise", "Commessa gentilissima con la nonna")],
    "EN": [("complaint", "Yesterday's bread was already stale"), ("request", "Asks for gluten-free bread on Saturdays"),
           ("praise", "Best ham in the area"), ("complaint", "Queue too long at 6 pm"), ("request", "Would like oat milk"),
           ("complaint", "Shelf price differs from the till's"), ("praise", "Very kind with her grandmother")],
}
COMMENTS = {"IT": ["Troppa attesa alla cassa", "Il pane finisce presto", "Prezzi un po' alti", "Parcheggio impossibile"],
            "EN": ["Too long a wait at the till", "The bread runs out early", "Prices a bit high", "No parking"]}
TASKS = {"IT": ["Chiamare la sig.ra Rinaldi quando arriva il pane senza glutine", "Ordinare latte di avena",
                "Controllare i cartellini dei prezzi"],
         "EN": ["Call Mrs Rinaldi when the gluten-free bread arrives", "Order oat milk", "Check the shelf labels"]}


def add_demo_feedback(engine: Engine, country: str = "IT", today: date | None = None, seed: int = 17) -> None:
    rng = random.Random(seed)
    today = today or date.today()
    words = "IT" if country.upper() == "IT" else "EN"
    with write_session(engine) as session:
        staff = users.active_users(session)
        owner = next((u for u in staff if u.role == "owner"), staff[0])
        customers = list(session.exec(select(Customer.id).where(col(Customer.erased_at).is_(None)).limit(200)))
        returned = [pid for pid in session.exec(select(SaleLine.product_id).join(Sale, col(Sale.id) == col(SaleLine.sale_id))
                                                .where(Sale.kind == "refund", col(SaleLine.product_id).is_not(None))
                                                .group_by(col(SaleLine.product_id)).order_by(func.count().desc()).limit(5))
                    if pid]
        products = returned or list(session.exec(select(Product.id).limit(5)))
        for i, (category, text) in enumerate(NOTES[words]):
            product = products[i % len(products)] if category == "complaint" and products else None
            about = customers[rng.randrange(len(customers))] if customers else None
            note = feedback.take_note(session, category, text, staff[i % len(staff)], about, product)
            if i in (2, 6):
                feedback.resolve_note(session, note.id, owner)
        for i, text in enumerate(TASKS[words]):
            feedback.add_follow_up(session, text, today + timedelta(days=i - 1), staff[i % len(staff)], owner,
                                   ("high", "normal", "low")[i])
        for months_ago in range(6, 0, -1):
            start = date(today.year, today.month, 1) - timedelta(days=30 * months_ago)
            better = (6 - months_ago) * 0.04  # promoters grow a little month by month
            for _ in range(rng.randint(18, 45)):
                roll = rng.random()
                score = rng.randint(9, 10) if roll < 0.42 + better else rng.randint(7, 8) if roll < 0.75 + better / 2 else rng.randint(0, 6)
                at = datetime.combine(start + timedelta(days=rng.randrange(28)), time(rng.randint(8, 19)), timezone.utc)
                answered_by = customers[rng.randrange(len(customers))] if customers else None
                comment = rng.choice(COMMENTS[words]) if score <= 6 and rng.random() < 0.6 else ""
                session.add(NpsAnswer(id=new_id(), customer_id=answered_by, score=score, comment=comment,
                                      answered_at=at.isoformat()))
                if comment:  # as the server does: a detractor's comment is a note to follow up
                    note = feedback.take_note(session, "complaint", comment, None, answered_by, source="nps")
                    note.created_at = at.isoformat()  # when the customer wrote it
