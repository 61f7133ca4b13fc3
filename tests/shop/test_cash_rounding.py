"""Cash rounding per country: Hungary 5 Ft on cash, Italy 5 cents on all-cash sales when the shop opts
in, Korea and China never; a line of its own on the receipt, in the Z report and the drawer."""
import pytest
from sqlmodel import select

from db.engine import open_database, read_session, write_session
from db.models import Product, User, VatRate
from shop import receipts, setup
from shop.cash_rounding import round_cash
from shop.receipts import Rows
from shop.sales import CARD, CASH, Tender
from shop.settings import load_settings, save_settings
from shop.till import Till
from tests.db.tables import rows

PRICES = {"HU": (1002_00, 498_00), "IT": (12_32, 3_51), "CN": (12_32, 3_51), "KR": (1002, 498)}


def country_till(tmp_path, country: str, italian_rounding: bool = False) -> Till:
    """A new shop of `country` with two products, its owner signed in on a shift with a float of 10 000 minor units."""
    engine = open_database(tmp_path / f"{country}.db")
    with write_session(engine) as session:
        settings = setup.new_shop(session, country, "Bolt", "Owner", "1234")
        if italian_rounding:
            settings.cash_rounding_step = 5
            save_settings(session, settings)
        rate = session.exec(select(VatRate).order_by(VatRate.code)).first()
        for sku, price in zip(("A", "B"), PRICES[country]):
            setup.add_product(session, sku, f"Item {sku}", price, rate)
        owner = session.exec(select(User)).one()
    till = Till(engine, owner)
    till.open_shift(10_000)
    return till


def sell(till: Till, sku: str, tenders: list[Tender]):
    till.add_product_id(product_id(till, sku))
    return till.pay(tenders)


def product_id(till: Till, sku: str) -> str:
    with write_session(till.engine) as session:
        return session.exec(select(Product).where(Product.sku == sku)).one().id


@pytest.mark.parametrize("amount, rounded", [
    (1000_00, 1000_00), (1001_00, 1000_00), (1002_00, 1000_00), (1003_00, 1005_00), (1007_00, 1005_00),
    (1008_00, 1010_00), (1009_00, 1010_00), (-1002_00, -1000_00), (-1008_00, -1010_00)])
def test_the_hungarian_2008_rule(amount, rounded):
    """x1-x2 Ft down to x0, x3-x7 to x5, x8-x9 up to x10, refunds alike (amounts in fillér)."""
    assert round_cash(amount, 500) == rounded


def test_hungary_cash_sale_rounds_to_5_ft_as_its_own_line(tmp_path):
    """1 002 Ft in cash: 1 000 Ft paid, a -2 Ft rounding line, total and VAT unchanged, drawer +1 000 Ft."""
    till = country_till(tmp_path, "HU")
    assert (till.settings.whole_units, till.settings.cash_rounding_step) == (True, 500)
    done = sell(till, "A", [Tender(CASH, 2000_00)])
    assert (done.total, done.rounding, done.change) == (1002_00, -2_00, 1000_00)
    pays = rows(till.engine, "SELECT method, amount, is_change FROM payment ORDER BY is_change, method")
    assert sorted(tuple(p.values()) for p in pays) == sorted([("cash", 2000_00, 0), ("rounding", 2_00, 0), ("cash", -1000_00, 1)])
    with write_session(till.engine) as session:
        doc = receipts.sale_receipt(session, done.sale_id)
    shown = [(r.label, r.amount) for b in doc.blocks if isinstance(b, Rows) for r in b.rows]
    assert ("ÖSSZESEN", "1002Ft") in [(lab, amt.replace("\u00a0", "").replace(" ", "")) for lab, amt in shown]
    assert [(lab, amt.replace("\u00a0", "").replace(" ", "")) for lab, amt in shown if lab in ("Kerekítés", "FIZETENDŐ", "Visszajáró")] == [
        ("Kerekítés", "-2Ft"), ("FIZETENDŐ", "1000Ft"), ("Visszajáró", "1000Ft")]
    assert all(",00" not in amt for _, amt in shown)


def test_hungary_card_sale_is_not_rounded_and_mixed_rounds_the_cash_part(tmp_path):
    """By card 1 002 Ft is 1 002 Ft; 498 Ft by card and the rest of 1 002 + 498 in cash rounds the cash 1 002 to 1 000."""
    till = country_till(tmp_path, "HU")
    card = sell(till, "A", [Tender(CARD, 1002_00)])
    assert (card.total, card.rounding, card.change) == (1002_00, 0, 0)
    till.add_product_id(product_id(till, "A"))
    till.add_product_id(product_id(till, "B"))
    mixed = till.pay([Tender(CARD, 498_00), Tender(CASH, 1000_00)])
    assert (mixed.total, mixed.rounding, mixed.change) == (1500_00, -2_00, 0)


def test_hungary_z_report_counts_the_rounding_in_the_expected_drawer(tmp_path):
    """Two rounded cash sales and a card sale: expected cash is the float plus the rounded cash, the rounding shown apart."""
    till = country_till(tmp_path, "HU")
    sell(till, "A", [Tender(CASH, 1000_00)])   # 1 002 -> 1 000
    sell(till, "B", [Tender(CASH, 500_00)])    # 498 -> 500
    sell(till, "A", [Tender(CARD, 1002_00)])   # card: no rounding
    report = till.close_shift(10_000 + 1500_00)
    data = report.data
    assert data["payments"] == {"card": 1002_00, "cash": 1500_00, "rounding": 0}  # -2 Ft and +2 Ft
    assert data["cash"]["expected"] == 10_000 + 1500_00
    assert data["cash"]["difference"] == 0
    assert data["net_total"] == 1002_00 + 498_00 + 1002_00


def test_hungary_z_report_shows_a_net_rounding_line(tmp_path):
    """One sale rounded down by 2 Ft: the Z report prints Kerekítés -2 Ft and expects 1 000 Ft more cash."""
    till = country_till(tmp_path, "HU")
    sell(till, "A", [Tender(CASH, 1000_00)])
    report = till.close_shift(10_000 + 1000_00)
    assert report.data["cash"]["expected"] == 10_000 + 1000_00
    assert report.data["payments"] == {"cash": 1000_00, "rounding": 2_00}
    with write_session(till.engine) as session:
        doc = receipts.z_report_receipt(session, report.id)
    shown = {r.label: r.amount.replace("\u00a0", "").replace(" ", "") for b in doc.blocks if isinstance(b, Rows) for r in b.rows}
    assert shown["Kerekítés"] == "-2Ft"


def test_italy_rounds_an_all_cash_sale_to_5_cents_only_when_enabled(tmp_path):
    """12,32 € in cash is 12,30 € with the shop's rounding on; off by default it stays 12,32 €."""
    (tmp_path / "off").mkdir()
    off = country_till(tmp_path / "off", "IT")
    assert off.settings.cash_rounding_step == 0
    plain = sell(off, "A", [Tender(CASH, 20_00)])
    assert (plain.rounding, plain.change) == (0, 7_68)
    (tmp_path / "on").mkdir()
    on = country_till(tmp_path / "on", "IT", italian_rounding=True)
    done = sell(on, "A", [Tender(CASH, 20_00)])
    assert (done.total, done.rounding, done.change) == (12_32, -2, 7_70)
    card = sell(on, "B", [Tender(CARD, 3_51)])
    assert card.rounding == 0
    mixed = sell(on, "A", [Tender(CARD, 2_00), Tender(CASH, 10_32)])  # not all cash: no rounding
    assert (mixed.rounding, mixed.change) == (0, 0)
    report = on.close_shift(10_000 + 12_30 + 10_32)
    assert report.data["cash"]["expected"] == 10_000 + 12_30 + 10_32
    assert report.data["cash"]["difference"] == 0


@pytest.mark.parametrize("country", ["CN", "KR"])
def test_china_and_korea_never_round_cash(tmp_path, country):
    """A cash sale in China (fen) or Korea (won) is paid to the exact amount."""
    till = country_till(tmp_path, country)
    total = PRICES[country][0]
    done = sell(till, "A", [Tender(CASH, total)])
    assert (done.rounding, done.change) == (0, 0)


def test_hungarian_amounts_are_whole_forints_and_fillér_are_refused(tmp_path):
    """HUF shows 1 500 Ft without ,00 and '1500,50' is refused; the stored meaning (fillér) stays."""
    till = country_till(tmp_path, "HU")
    settings = till.settings
    assert settings.currency_exponent == 2
    assert settings.parse_amount("1500") == 1500_00
    with pytest.raises(ValueError):
        settings.parse_amount("1500,50")
    assert settings.money(1500_00).replace("\u00a0", " ").replace("\u202f", " ") == "1 500 Ft"
    assert settings.money(212_60).endswith("Ft") and "212,60" in settings.money(212_60)  # VAT may have fillér
    with write_session(till.engine) as session:
        assert load_settings(session).currency_exponent == 2


def test_hungarian_weighed_lines_and_percent_discounts_come_to_whole_forints(tmp_path):
    """0,486 kg at 2 990 Ft/kg is 1 453 Ft (not 1 453,14 Ft); 10 % off 1 002 Ft is 100 Ft; Italy keeps its cents."""
    from shop.cart import PERCENT, CartLine, Discount

    till = country_till(tmp_path, "HU")
    line = till.cart.add(CartLine(None, "KG", "Sonka", "kg", 2990_00, 2700, 486))
    till.add_product_id(product_id(till, "A"))
    till.cart.set_order_discount(Discount(PERCENT, 1000))
    totals = till.cart.totals()
    assert totals.lines[0].gross == 1453_00 and line.gross() == 1453_14
    assert totals.total % 100 == 0 and totals.discount == 246_00  # 10 % of 2 455 Ft, whole
    (tmp_path / "it").mkdir()
    italian = country_till(tmp_path / "it", "IT")
    italian.cart.add(CartLine(None, "KG", "Prosciutto", "kg", 39_90, 1000, 486))
    assert italian.cart.totals().total == 19_39


def test_a_hungarian_shop_refuses_fillér_in_the_product_editor_and_the_import(tmp_path):
    """'1299,50' is refused at the price field and in the owner's file; '1299' and '1299,00' are 1 299 Ft."""
    from shop import catalogue_import as ci
    from shop.catalogue_errors import Problem
    from shop.product_admin import parse_price
    from syncwire.catalogue_files import read_catalogue

    till = country_till(tmp_path, "HU")
    assert parse_price("1299,50", till.settings) == (None, Problem.WHOLE_UNITS)
    assert parse_price("1299", till.settings) == (1299_00, None)
    data = ("sku,name,price,vat_rate\nH1,Kenyér,\"1299,50\",27\nH2,Tej,\"1299,00\",27\nH3,Sajt,1299,27\n").encode()
    with read_session(till.engine) as session:
        result = ci.preview(session, read_catalogue(data, "arlista.csv"))
    assert sorted((p.row.sku, p.row.price) for p in result.new) == [("H2", 1299_00), ("H3", 1299_00)]
    assert "more decimals than the currency's 0" in {r.line: r.reason for r in result.rejected}[2]


def test_a_hungarian_cash_refund_pays_back_the_rounded_amount(tmp_path):
    """Refunding a 1 002 Ft sale in cash gives back 1 000 Ft with a +2 Ft rounding line; the drawer loses 1 000 Ft."""
    till = country_till(tmp_path, "HU")
    done = sell(till, "A", [Tender(CASH, 1000_00)])
    sale, lines = till.find_receipt(done.receipt_number)
    cart = till.start_refund(sale.id, {lines[0].line_id: 1000}, "hibás")
    refund = till.pay([Tender(CASH, cart.totals().total)])
    assert (refund.total, refund.rounding) == (-1002_00, 2_00)
    assert till.x_report()["cash"]["expected"] == 10_000


def test_the_accountants_export_shows_the_rounding_and_adds_up(tmp_path):
    """A rounded cash sale and a card sale: the journal has a Kerekítés column, cash + card + rounding = total."""

    from shop.exports.period import Period
    from shop.exports.tables import collect

    till = country_till(tmp_path, "HU")
    sell(till, "A", [Tender(CASH, 1000_00)])
    sell(till, "B", [Tender(CARD, 498_00)])
    today = till.shop_today()
    with read_session(till.engine) as session:
        data = collect(session, load_settings(session), Period(today, today))
    journal = next(t for t in data.tables if t.name == "journal")
    titles = [c.title for c in journal.columns]
    assert "Kerekítés" in titles
    col = {c.key: i for i, c in enumerate(journal.columns)}
    cash, card, rounding = (sum(r[col[k]] for r in journal.rows) for k in ("pay_cash", "pay_card", "pay_rounding"))
    assert (cash, card, rounding) == (1000_00, 498_00, 2_00)
    assert cash + card + rounding == 1002_00 + 498_00


def test_a_negative_rounding_step_is_refused_in_the_settings(tmp_path):
    """The owner's cash rounding must be 0 (off) or a positive step; -5 is refused and nothing is stored."""
    from shop.settings_edit import InvalidSettings, save_shop_settings

    till = country_till(tmp_path, "IT")
    with pytest.raises(InvalidSettings) as refused:
        with write_session(till.engine) as session:
            save_shop_settings(session, till.user, "T1", cash_rounding_step=-5)
    assert refused.value.problems == {"cash_rounding_step": "not_negative"}
    with read_session(till.engine) as session:
        assert load_settings(session).cash_rounding_step == 0
