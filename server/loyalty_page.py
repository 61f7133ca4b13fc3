"""The page behind the loyalty card's QR: `<server>/c/<code>`, opened on the customer's phone.

It shows the shop, the customer's first name, points balance, tier, active coupons and recent
visits, and nothing else personal: whoever holds the card (or a photo of it) sees only this.
Tiers come from the shop's "loyalty" setting as the tills pushed it; without one no tier is shown.
"""
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from html import escape
from zoneinfo import ZoneInfo

from babel.dates import format_date
from babel.numbers import format_percent
from sqlalchemy import func
from sqlmodel import Session, select

from server.loyalty_words import WORDS
from server.nps import Visit, visit_to_ask
from server.models import Customer, LoyaltyCard, PointsEntry, Record, Sale, Shop
from syncwire.currency import format_amount
from syncwire.languages import best_language
from syncwire.validate import TIER, Invalid

RECENT_VISITS = 5
TYPING = str.maketrans({"O": "0", "I": "1", "L": "1", "-": None, " ": None})


@dataclass(frozen=True)
class CardView:
    shop_name: str
    first_name: str
    points: int
    tier: str | None
    coupons: list[str]
    visits: list[tuple[str, str]]  # (date, amount), newest first
    lang: str  # the page's language: the shop's receipt language, or the phone's where it is one of ours
    locale: str = "en"  # the shop's: dates and amounts are written its way
    code: str = ""  # the card's, as stored (the NPS form posts to /c/<code>/nps)
    ask: Visit | None = None  # the visit the NPS question is about, if there is one to ask
    customer_id: str = ""  # never shown: the NPS answer is stored under it
    shop_id: str = ""


def money(amount: int, shop: Shop) -> str:
    return format_amount(amount, shop.currency, shop.locale, shop.currency_exponent)


def tier_name(session: Session, shop: Shop, customer_id: str) -> str | None:
    rules = session.get(Record, (shop.id, "setting", "loyalty"))
    value = (rules.data.get("value") if rules else None) or {}
    tiers = [t for t in (value.get("tiers") or []) if _well_formed_tier(t)] if isinstance(value, dict) else None
    if not tiers:
        return None
    window = value.get("tier_window_days")
    window = window if isinstance(window, int) and 0 < window <= 3660 else 365
    since = (datetime.now(timezone.utc) - timedelta(days=window)).isoformat()
    spend = session.exec(select(func.coalesce(func.sum(Sale.total), 0)).where(
        Sale.shop_id == shop.id, Sale.customer_id == customer_id, Sale.completed_at >= since)).one()
    reached = [t for t in sorted(tiers, key=lambda t: t["min_spend"]) if spend >= t["min_spend"]]
    return reached[-1]["name"] if reached else None


def _well_formed_tier(tier) -> bool:
    """A tier stored before settings were checked whole (issue 10) may lack a field: it is skipped."""
    try:
        TIER(tier, "tier")
    except Invalid:
        return False
    return True


def coupon_label(data: dict, shop: Shop, lang: str = "en") -> str:
    if data.get("kind") == "percent":
        amount = format_percent(Decimal(data["value"]).scaleb(-4), locale=shop.locale)
    else:
        amount = money(data["value"], shop)
    return WORDS[lang]["off"].format(amount=amount)


def shop_language(session: Session, shop: Shop) -> str:
    """The shop's receipt language as its tills pushed it (the "shop" setting), else its locale's."""
    setting = session.get(Record, (shop.id, "setting", "shop"))
    value = (setting.data.get("value") if setting else None) or {}
    chosen = value.get("receipt_language") if isinstance(value, dict) else None
    base = (chosen or shop.locale or "en").replace("-", "_").split("_")[0].lower()
    return base if base in WORDS else "en"


def page_language(session: Session, shop: Shop | None, accept_language: str | None) -> str:
    """The phone's language where it is one of ours, else the shop's."""
    return best_language(accept_language) or (shop_language(session, shop) if shop else "en")


def card_view(session: Session, code: str, accept_language: str | None = None) -> CardView | None:
    """What the page shows for a card code, or None if no active card has it."""
    card = session.exec(select(LoyaltyCard).where(LoyaltyCard.code == code.strip().upper().translate(TYPING))).first()
    if card is None or card.revoked_at:
        return None
    shop = session.get(Shop, card.shop_id)
    customer = session.get(Customer, (shop.id, card.customer_id))
    if customer is None or customer.data.get("erased_at"):
        return None
    points = session.exec(select(func.coalesce(func.sum(PointsEntry.points), 0)).where(
        PointsEntry.shop_id == shop.id, PointsEntry.customer_id == card.customer_id)).one()
    today = datetime.now(ZoneInfo(shop.time_zone)).date().isoformat()
    lang = page_language(session, shop, accept_language)
    coupons = [
        coupon_label(r.data, shop, lang)
        for r in session.exec(select(Record).where(Record.shop_id == shop.id, Record.kind == "coupon", Record.customer_id == card.customer_id))
        if not r.data.get("redeemed_at") and (r.data.get("valid_until") or today) >= today
    ]
    sales = session.exec(select(Sale).where(Sale.shop_id == shop.id, Sale.customer_id == card.customer_id, Sale.kind == "sale")
                         .order_by(Sale.completed_at.desc()).limit(RECENT_VISITS)).all()
    visits = [(format_date(date.fromisoformat(s.day), "medium", locale=shop.locale), money(s.total, shop)) for s in sales]
    first_name = (customer.data.get("name") or "").split(" ")[0]
    return CardView(shop.name, first_name, int(points), tier_name(session, shop, card.customer_id), coupons, visits,
                    lang, shop.locale, card.code, visit_to_ask(session, shop.id, card.customer_id), card.customer_id, shop.id)


STYLE = """body{font-family:system-ui,sans-serif;margin:0;background:#f4f1ec;color:#222}
main{max-width:28rem;margin:0 auto;padding:1.5rem 1rem}h1{font-size:1.3rem;margin:0 0 .2rem}
.card{background:#fff;border-radius:12px;padding:1rem 1.2rem;margin:1rem 0;box-shadow:0 1px 3px #0002}
h2{font-size:1rem;margin:0 0 .4rem}.points{font-size:2.6rem;font-weight:700;color:#4f6d7a}
ul{padding-left:1.1rem;margin:.2rem 0}li{margin:.3rem 0}
.scale{display:flex;gap:3px;margin:.6rem 0 .2rem}.scale label{flex:1;position:relative}
.scale input{position:absolute;opacity:0;width:1px;height:1px}
.scale span{display:block;text-align:center;padding:.55rem 0;border-radius:6px;background:#e8e3da;font-weight:600}
.scale input:checked+span{background:#4f6d7a;color:#fff}.scale input:focus-visible+span{outline:2px solid #4f6d7a}
.ends{display:flex;justify-content:space-between;font-size:.8rem;color:#666;margin-bottom:.8rem}
textarea{width:100%;box-sizing:border-box;font:inherit;padding:.4rem;border:1px solid #ccc;border-radius:6px}
button{margin-top:.6rem;font:inherit;font-weight:600;padding:.55rem 1.4rem;border:0;border-radius:6px;background:#4f6d7a;color:#fff}
.error{color:#a4161a;font-weight:600}.thanks{background:#e3efe6}"""


def page(title: str, body: str, lang: str = "en") -> str:
    return (f'<!doctype html><html lang="{escape(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, '
            f'initial-scale=1"><title>{escape(title)}</title><style>{STYLE}</style></head><body><main>{body}</main></body></html>')


def render_question(view: CardView, w: dict, error: str = "", score: str = "", comment: str = "") -> str:
    """The NPS form: eleven big touch targets 0-10 (radio buttons, so it works without JavaScript) and a comment."""
    day = format_date(date.fromisoformat(view.ask.day), "long", locale=view.locale)
    scale = "".join(f'<label><input type="radio" name="score" value="{i}" required{" checked" if score == str(i) else ""}>'
                    f"<span>{i}</span></label>" for i in range(11))
    problem = f'<p class="error" role="alert">{escape(error)}</p>' if error else ""
    return (f'<div class="card nps"><h2>{escape(w["nps_question"].format(shop=view.shop_name))}</h2>'
            f'<div>{escape(w["nps_visit"].format(day=day))}</div>{problem}'
            f'<form method="post" action="/c/{escape(view.code)}/nps"><div class="scale">{scale}</div>'
            f'<div class="ends"><span>{escape(w["nps_low"])}</span><span>{escape(w["nps_high"])}</span></div>'
            f'<label for="comment">{escape(w["nps_comment"])}</label>'
            f'<textarea id="comment" name="comment" rows="3">{escape(comment)}</textarea>'
            f'<button type="submit">{escape(w["nps_send"])}</button></form></div>')


def render_card(view: CardView, thanks: bool = False, error: str = "", score: str = "", comment: str = "") -> str:
    """The card; with the NPS question while there is a visit to ask about (`error`, `score`, `comment`:
    a refused answer shown again as typed, with why), or the thanks once answered."""
    w = WORDS.get(view.lang, WORDS["en"])
    coupons = "".join(f"<li>{escape(c)}</li>" for c in view.coupons) or f"<li>{escape(w['no_coupons'])}</li>"
    visits = "".join(f"<li>{escape(d)} &middot; {escape(a)}</li>" for d, a in view.visits) or f"<li>{escape(w['no_visits'])}</li>"
    tier = f'<p class="tier">{escape(w["tier"])}: <strong>{escape(view.tier)}</strong></p>' if view.tier else ""
    question = f'<div class="card thanks">{escape(w["nps_thanks"])}</div>' if thanks else ""
    if view.ask and not thanks:
        question = render_question(view, w, error, score, comment)
    body = (f"<h1>{escape(view.shop_name)}</h1><p>{escape(w['hello'].format(name=view.first_name))}</p>{question}"
            f'<div class="card"><div>{escape(w["points"])}</div><div class="points">{view.points}</div>{tier}</div>'
            f'<div class="card"><h2>{escape(w["coupons"])}</h2><ul>{coupons}</ul></div>'
            f'<div class="card"><h2>{escape(w["visits"])}</h2><ul>{visits}</ul></div>')
    return page(view.shop_name, body, view.lang)


def render_unknown(lang: str = "en") -> str:
    w = WORDS.get(lang, WORDS["en"])
    return page(w["not_found"], f'<h1>{escape(w["not_found_title"])}</h1><div class="card">{escape(w["not_found_text"])}</div>', lang)
