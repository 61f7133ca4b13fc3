"""The loyalty card's page: shop, first name, points, tier, coupons, visits, and no other personal data."""
import secrets

import httpx

from syncwire import messages as m
from tests.server import records

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"


def new_code() -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(14))


def setup_customer(shop, till) -> tuple[str, str]:
    code = new_code()
    customer_id = records.new_id()
    loyalty = {"tiers": [{"name": "Bronzo", "min_spend": 0, "earn_bp": 10000}, {"name": "Argento", "min_spend": 5000, "earn_bp": 12500}],
               "tier_window_days": 365}
    shop.owner.put(f"{m.API}/owner/settings/loyalty", json=loyalty).raise_for_status()  # the tiers are the owner's
    coupon_id = records.new_id()
    till.pushed([
        records.customer(customer_id, records.at(), name="Chiara Esposito", phone="+393401234567", email="chiara@example.it"),
        records.card(customer_id, code),
        records.sale(4200, seq=1, customer_id=customer_id, completed_at="2026-11-02T10:00:00+00:00"),
        records.sale(1850, seq=2, customer_id=customer_id, completed_at="2026-11-09T10:00:00+00:00"),
        records.points(customer_id, 60), records.points(customer_id, 18), records.points(customer_id, -20, kind="redeem"),
        {"kind": "coupon", "id": coupon_id, "payload": {"id": coupon_id, "code": "X1", "kind": "percent", "value": 1000,
                                                       "customer_id": customer_id, "valid_until": "2099-01-01", "redeemed_at": None}},
    ])
    return customer_id, code


def test_card_page_shows_points_tier_coupons_and_visits_only(server, shop_one, till_one):
    """The page names the shop and the customer's first name, balance 58, tier, 10 % coupon, two visits."""
    _, code = setup_customer(shop_one, till_one)
    response = httpx.get(f"{server.url}/c/{code.lower()[:4]}-{code[4:]}")
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/html")
    html = response.text
    assert 'name="viewport"' in html
    for shown in ("Forno Bianchi", "Chiara", ">58<", "Argento", "10%", "42,00", "18,50"):
        assert shown in html, shown
    for hidden in ("Esposito", "+39340", "chiara@example.it", "4567"):
        assert hidden not in html, hidden


def test_unknown_or_revoked_card_gets_a_friendly_404(server, shop_one, till_one):
    """A code nobody has, and a card that was replaced: 404 with a page that says what to do."""
    customer_id, code = setup_customer(shop_one, till_one)
    unknown = httpx.get(f"{server.url}/c/0000000000000A")
    assert unknown.status_code == 404 and "Ask at the counter" in unknown.text
    assert httpx.get(f"{server.url}/c/{code}").status_code == 200
    card_id = next(c.id for c in till_one.changes(kinds="loyalty_card").changes if c.data["code"] == code)
    till_one.pushed([records.card(customer_id, code, revoked_at=records.at(), card_id=card_id)])
    assert httpx.get(f"{server.url}/c/{code}").status_code == 404
