"""What a stored amount means is the shop's, fixed when it was made: no babel release changes it.

Babel's currency data says how many decimals people round a currency to (2.18 and later say 0 for
the forint). These tests rewrite that data in memory, as a new babel would, both ways, and check
that the till, its receipts, the server's totals and exports and the loyalty page still read every
stored number the same way.
"""
import sqlite3

import pytest
from sqlmodel import select

from db.engine import open_database, read_session, write_session
from db.migrate import alembic_config
from db.models import Product, Sale, Setting
from shop import money
from shop.demo import create_demo_shop
from shop.receipts import sale_receipt
from shop.settings import ShopSettings, load_settings
from shop.setup import new_shop

NBSP = "\u00a0"


def receipt_texts(doc) -> list[str]:
    """Every string a receipt document holds, in order (what the printer or the PDF shows)."""
    found = []

    def walk(value):
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, (list, tuple)):
            for item in value:
                walk(item)
        elif hasattr(value, "__dict__"):
            for item in vars(value).values():
                walk(item)

    walk(doc)
    return found


@pytest.fixture(scope="module")
def hungarian_demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("hu") / "hu.db"
    create_demo_shop(path, customers=20, products=60, days=3, country="HU")
    return path


def test_a_new_shop_records_its_currency_exponent(tmp_path):
    """The first-run setup writes the exponent into the shop's settings row: 2 for the forint, 0 for the won."""
    for country, currency, exponent in (("HU", "HUF", 2), ("KR", "KRW", 0), ("IT", "EUR", 2), ("CN", "CNY", 2)):
        engine = open_database(tmp_path / f"{country}.db")
        with write_session(engine) as session:
            new_shop(session, country, "Bolt", "Owner", "9999")
        with read_session(engine) as session:
            stored = session.get(Setting, "shop").value
        engine.dispose()
        assert (stored["currency"], stored["currency_exponent"]) == (currency, exponent)


@pytest.mark.parametrize("babel_digits", [0, 2, 3])
def test_hungarian_shop_reads_its_amounts_the_same_whatever_babel_says(hungarian_demo, babel_says, babel_digits):
    """A forint shop made with 2 decimals: prices, parsing and receipts are identical under any babel data."""
    babel_says(HUF=babel_digits)
    engine = open_database(hungarian_demo)
    with read_session(engine) as session:
        settings = load_settings(session)
        dearest = max(session.exec(select(Product.price).where(Product.unit == "pc")))
        sale = session.exec(select(Sale).where(Sale.kind == "sale").order_by(Sale.completed_at)).first()
        texts = receipt_texts(sale_receipt(session, sale.id, settings=settings))
        sale_id, total = sale.id, sale.total
    engine.dispose()
    assert settings.currency_exponent == 2
    assert settings.money(123456) == f"1{NBSP}234,56{NBSP}Ft"
    assert settings.parse_amount("849") == 84900
    # Hungarian prices are whole forints (issue 12): fillér are refused when typed, and a whole amount
    # is shown without ",00"; the stored meaning is unchanged (84900 is 849 Ft, 123456 still 1 234,56 Ft).
    with pytest.raises(ValueError):
        settings.parse_amount("125,5")
    assert settings.money(84900) == f"849{NBSP}Ft"  # a loaf of bread, not 84 900 Ft
    assert dearest < 10_000_00, settings.money(dearest)  # no packet in a corner shop costs 10 000 Ft
    assert any(settings.money(total).replace(NBSP, " ") in text.replace(NBSP, " ") for text in texts), texts
    if babel_digits != 2:
        babel_says(HUF=2)
        engine = open_database(hungarian_demo)
        with read_session(engine) as session:
            assert receipt_texts(sale_receipt(session, sale_id, settings=load_settings(session))) == texts
        engine.dispose()


def test_won_has_no_decimals_even_if_babel_gave_it_some(babel_says):
    """A won shop made with exponent 0 keeps whole wons when babel data says 2."""
    babel_says(KRW=2)
    settings = ShopSettings(currency="KRW", locale="ko_KR", currency_exponent=0)
    assert settings.money(12500) == "₩12,500"
    assert settings.parse_amount("12,500") == 12500
    with pytest.raises(money.AmountError) as refused:
        settings.parse_amount("12,5")
    assert refused.value.too_many_decimals and refused.value.digits == 0


@pytest.mark.parametrize("text", ["12,505", "12.505", "0,001"])
def test_too_many_decimals_is_said_as_such(text):
    """An amount with more decimals than the currency: AmountError that says so, never a rounded value."""
    with pytest.raises(money.AmountError) as refused:
        ShopSettings(currency="EUR").parse_amount(text)
    assert refused.value.too_many_decimals and refused.value.digits == 2


def test_migration_records_what_an_older_shop_was_made_with(tmp_path):
    """A shop file from before revision 0005 (no exponent in its settings) gets 2 for HUF and 0 for KRW."""
    from alembic import command

    for currency, expected in (("HUF", 2), ("KRW", 0), ("EUR", 2)):
        path = tmp_path / f"{currency}.db"
        engine = open_database(path)
        engine.dispose()
        conn = sqlite3.connect(path)
        conn.execute("UPDATE setting SET value = json_remove(value, '$.currency_exponent')")
        conn.commit()
        conn.close()
        from sqlalchemy import create_engine

        old = create_engine(f"sqlite:///{path}")
        command.downgrade(alembic_config(old), "0004")
        with old.begin() as conn:
            conn.exec_driver_sql("INSERT OR REPLACE INTO setting (key, value) VALUES ('shop', ?)",
                                 (f'{{"currency": "{currency}", "locale": "hu_HU"}}',))
            conn.exec_driver_sql("PRAGMA user_version = 4")
        old.dispose()
        engine = open_database(path)
        with read_session(engine) as session:
            assert load_settings(session).currency_exponent == expected
            assert session.get(Setting, "shop").value["currency_exponent"] == expected
        engine.dispose()
