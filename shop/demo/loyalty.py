"""The loyalty side of a demo shop: search keys, consents, cards, points history and reservations.

Called by shop/demo/create.py inside its one bulk transaction; rows are plain tuples for its `_insert`.
Randomness comes from the demo's own seeded generator, so the same seed gives the same cards.
History is simplified on purpose: every sale with a customer earns at the base rate (no tiers or
category multipliers), refunds in the history do not reverse points, and nothing was redeemed.
Points older than their expiry are written off, as the till's sweep would have done.
"""
import json
from datetime import date, datetime, time, timedelta, timezone
from functools import lru_cache

from shop.cards import ALPHABET, RANDOM_CHARS
from shop.customers import search_keys
from shop.housekeeping import SWEEP_KEY
from shop.loyalty_rules import LoyaltySettings
from shop.phones import reversed_digits

CARD_SHARE = 0.7  # customers who have taken a card
CONSENT_SHARE = {"email": 0.35, "sms": 0.45, "messaging": 0.25}
RESERVATIONS = 24


# The tiers as a shop of each country names them (the owner renames them in the back office).
TIER_NAMES = {"IT": ("Bronzo", "Argento", "Oro"), "HU": ("Bronz", "Ezüst", "Arany"), "KR": ("브론즈", "실버", "골드"),
              "CN": ("铜卡会员", "银卡会员", "金卡会员")}


def loyalty_settings(price_factor: int, country: str | None = None) -> LoyaltySettings:
    """The default programme in the country's money: a point per euro's worth, tiers at 500 and 1,500,
    named in the country's language."""
    rules = LoyaltySettings(spend_per_point=100 * price_factor, point_value=5 * price_factor)
    names = TIER_NAMES.get(country or "", tuple(t["name"] for t in rules.tiers))
    rules.tiers = [dict(t, min_spend=t["min_spend"] * price_factor, name=name) for t, name in zip(rules.tiers, names)]
    return rules


@lru_cache(maxsize=65536)
def _keys(name: str) -> tuple[str, str]:
    return search_keys(name)  # names repeat (first x last): fold each distinct one once


def customer_extras(rng, name: str, phone: str) -> tuple:
    """(name_fold, name_alt, phone_rev, consent_email, consent_sms, consent_messaging) for one customer."""
    rand = rng.random
    return (*_keys(name), reversed_digits(phone), int(rand() < CONSENT_SHARE["email"]),
            int(rand() < CONSENT_SHARE["sms"]), int(rand() < CONSENT_SHARE["messaging"]))


def luhn32_check(values: list[int]) -> str:
    """The Luhn mod 32 check character of digit values, as stdnum.luhn.calc_check_digit(body, ALPHABET).

    The same algorithm without stdnum's per-character string lookups: 200,000 demo cards in a
    fraction of the time. tests/shop/test_demo_loyalty.py checks it against stdnum.
    """
    total, factor = 0, 2
    for value in reversed(values):
        addend = factor * value
        total += (addend >> 5) + (addend & 31)
        factor = 3 - factor
    return ALPHABET[-total % 32]


def card_rows(rng, ids, customers: list[tuple[str, str]]) -> list[tuple]:
    """(id, customer_id, code, issued_at, revoked_at) for most customers, issued when they joined."""
    rows = []
    bits, rand = rng.getrandbits, rng.random
    shifts = range(0, 5 * RANDOM_CHARS, 5)
    for customer_id, joined_at in customers:
        if rand() >= CARD_SHARE:
            continue
        n = bits(5 * RANDOM_CHARS)
        values = [(n >> shift) & 31 for shift in shifts]
        code = "".join([ALPHABET[v] for v in values]) + luhn32_check(values)
        rows.append((ids(_ms_of(joined_at))[0], customer_id, code, joined_at, None))
    return rows


def _ms_of(stamp: str) -> int:
    return int(datetime.fromisoformat(stamp).timestamp() * 1000)


def earn_row(entry_id: str, customer_id: str, sale_id: str, total: int, at: str, spend_per_point: int) -> tuple | None:
    """(id, customer_id, key, kind, points, sale_id, expires_at, reason, user_id, at) for a history sale."""
    points = total // spend_per_point
    if points <= 0:
        return None
    year = int(at[:4]) + 1
    rest = at[4:].replace("-02-29T", "-02-28T")
    return (entry_id, customer_id, f"earn:{sale_id}", "earn", points, sale_id, f"{year}{rest}", None, None, at)


def expire_points(conn, ids, now: datetime) -> None:
    """Write off every demo point whose time is up, and tell the sweep it has nothing older to do.

    Otherwise a large demo's first shift openings would each spend their sweep (200 customers a
    time) on years of history. Nothing was redeemed, so what expired is every earned point due.
    """
    stamp = now.astimezone(timezone.utc).isoformat(timespec="microseconds")
    due = conn.execute(
        "SELECT customer_id, sum(points), max(expires_at) FROM pointsentry "
        "WHERE points > 0 AND expires_at <= ? GROUP BY customer_id", (stamp,)).fetchall()
    ms = _ms_of(stamp)
    conn.executemany(
        "INSERT INTO pointsentry (id, customer_id, key, kind, points, sale_id, expires_at, reason, user_id, at) "
        "VALUES (?, ?, ?, 'expire', ?, NULL, NULL, NULL, NULL, ?)",
        [(ids(ms)[0], customer, f"expire:{customer}:{last_due}", -points, stamp) for customer, points, last_due in due])
    conn.execute("INSERT INTO setting (key, value) VALUES (?, ?)", (SWEEP_KEY, json.dumps({"points_due_since": stamp})))


def reservation_rows(rng, ids, customer_ids: list[str], products: list[tuple], user_id: str, today: date, tz):
    """A few reservations around today: due today, overdue, ready, upcoming, one every Friday.

    `products` rows are (id, unit, min grams) as in the demo catalogue; weighed goods get grams.
    """
    reservations: list[tuple] = []
    lines: list[tuple] = []
    if not customer_ids or not products:
        return reservations, lines
    moment = datetime.combine(today - timedelta(days=3), time(10), tz).astimezone(timezone.utc)
    created, ms = moment.isoformat(timespec="microseconds"), int(moment.timestamp() * 1000)
    for i in range(RESERVATIONS):
        customer_id = customer_ids[int(rng.random() * len(customer_ids))]
        offset = (0, 0, 0, -1, -2, 1, 2, 3, 5)[i % 9]
        status = "ready" if i % 4 == 1 else "open"
        repeat = 7 if i % 8 == 0 else None
        pickup = today + timedelta(days=offset)
        if repeat:
            pickup = today + timedelta(days=(4 - today.weekday()) % 7)  # the coming Friday
        deposit = 500 if i % 3 == 0 else 0
        rid = ids(ms + i)[0]
        reservations.append((rid, customer_id, status, pickup.isoformat(), "every Friday" if repeat else "",
                             deposit, "cash" if deposit else None, 0, repeat, None, user_id, created, created))
        for _ in range(1 + int(rng.random() * 3)):
            pid, unit, grams = products[int(rng.random() * len(products))]
            qty = (grams or 250) * 2 if unit == "kg" else 1000 * (1 + int(rng.random() * 3))
            lines.append((ids(ms + i)[0], rid, pid, qty))
    return reservations, lines
