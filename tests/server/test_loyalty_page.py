"""The loyalty card's page: shop, first name, points, tier, coupons, visits, and no other personal data."""
import secrets

import httpx
import pytest

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


@pytest.mark.parametrize("receipt_language, hello, points", [
    ("it", "Ciao Chiara!", "I tuoi punti"), ("hu", "Kedves Chiara!", "Az Ön pontjai"),
    ("ko", "Chiara님, 안녕하세요!", "내 포인트"), ("zh", "Chiara，您好！", "我的积分")])
def test_card_page_speaks_the_shops_language(server, shop_one, till_one, receipt_language, hello, points):
    """The owner's receipt language is the page's: no 'Hello Chiara! Your points' for an Italian shop."""
    _, code = setup_customer(shop_one, till_one)
    shop_one.owner.put(f"{m.API}/owner/settings/shop", json={"receipt_language": receipt_language}).raise_for_status()
    html = httpx.get(f"{server.url}/c/{code}").text
    assert hello in html and points in html and f'lang="{receipt_language}"' in html
    assert "Hello" not in html and "Your points" not in html


def test_card_page_speaks_the_phones_language_when_it_is_one_of_ours(server, shop_one, till_one):
    """Accept-Language hu wins over the shop's Italian; a phone in French gets the shop's Italian; an unknown card too."""
    _, code = setup_customer(shop_one, till_one)
    shop_one.owner.put(f"{m.API}/owner/settings/shop", json={"receipt_language": "it"}).raise_for_status()
    hungarian = httpx.get(f"{server.url}/c/{code}", headers={"Accept-Language": "fr-FR,fr;q=0.9,hu;q=0.8,en;q=0.5"})
    assert "Kedves Chiara!" in hungarian.text and hungarian.headers["content-language"] == "hu"
    french = httpx.get(f"{server.url}/c/{code}", headers={"Accept-Language": "fr-FR,fr;q=0.9"})
    assert "Ciao Chiara!" in french.text
    unknown = httpx.get(f"{server.url}/c/0000000000000A", headers={"Accept-Language": "ko-KR,ko;q=0.9"})
    assert unknown.status_code == 404 and "계산대에 문의해 주세요" in unknown.text
