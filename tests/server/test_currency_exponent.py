"""The server reads a shop's amounts with the exponent recorded for that shop, never with babel's data."""
import httpx
import pytest

from db.engine import write_session
from server.models import Shop
from server.shops import create_shop
from syncwire import messages as m
from tests.server import records


def test_a_shop_records_its_exponent_when_made(server):
    """create-shop writes ISO 4217's minor units for the shop's currency: 2 for HUF, 0 for KRW."""
    with write_session(server.engine) as session:
        forint = create_shop(session, "Pékség", "HUF").shop_id
        won = create_shop(session, "빵집", "KRW").shop_id
    with write_session(server.engine) as session:
        assert session.get(Shop, forint).currency_exponent == 2
        assert session.get(Shop, won).currency_exponent == 0


@pytest.mark.parametrize("babel_digits", [0, 2])
def test_forint_totals_and_journal_mean_the_same_under_any_babel(make_shop, babel_says, babel_digits):
    """A loaf sold for 849,00 Ft is 84900 in the totals and "849.00" in the accountant's journal, whatever babel says."""
    babel_says(HUF=babel_digits)
    shop = make_shop("Pékség", "Europe/Budapest", currency="HUF")
    till = shop.enrol("Kassza 1")
    loaf = records.sale(84900)
    loaf["payload"]["sale"]["currency"] = "HUF"
    assert till.pushed([loaf]).accepted
    totals = shop.totals()
    assert (totals["currency"], totals["currency_exponent"], totals["total"]) == ("HUF", 2, 84900)
    journal = shop.owner.get(f"{m.API}/owner/sales.csv").raise_for_status().text
    assert journal.splitlines()[1].endswith(",HUF,849.00")


def test_a_till_whose_amounts_mean_otherwise_is_refused_before_the_code_is_spent(make_shop):
    """Enrolling a till with another exponent than the shop's: 409 saying why; the code still works after."""
    shop = make_shop("Pékség", "Europe/Budapest", currency="HUF")
    code = shop.owner.post(f"{m.API}/owner/enrolment-codes").raise_for_status().json()["code"]
    with httpx.Client(base_url=str(shop.owner.base_url), timeout=30) as anonymous:
        refused = anonymous.post(f"{m.API}/enrol", json={"code": code, "till_name": "Kassza", "currency": "HUF",
                                                        "currency_exponent": 0})
        assert refused.status_code == 409 and "HUF with 2 decimals" in refused.json()["detail"]
        other = anonymous.post(f"{m.API}/enrol", json={"code": code, "till_name": "Kassza", "currency": "EUR"})
        assert other.status_code == 409
        enrolled = anonymous.post(f"{m.API}/enrol", json={"code": code, "till_name": "Kassza", "currency": "HUF",
                                                         "currency_exponent": 2})
        assert enrolled.status_code == 200
