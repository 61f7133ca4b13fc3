"""The owner's totals equal the sum of the tills' own sales to the cent, per till and per shop day."""
import csv
import io
import random
from decimal import Decimal

from tests.server import records


def test_totals_per_till_and_day_equal_the_tills_sums(server, shop_one):
    """Three tills, odd amounts, refunds, a sale just after local midnight: every figure adds up exactly."""
    rng = random.Random(5)
    tills = {name: shop_one.enrol(name) for name in ("Cassa 1", "Cassa 2", "Cassa 3")}
    days = ["2026-11-20T08:15:00+00:00", "2026-11-20T23:30:00+00:00", "2026-11-21T12:00:00+00:00"]
    expected_till, expected_day, count = {}, {}, 0
    for name, till in tills.items():
        batch = []
        for seq in range(1, 41):
            amount = rng.randint(1, 99_999) * (-1 if seq % 9 == 0 else 1)
            moment = days[seq % 3]
            batch.append(records.sale(amount, seq=seq, till=name[-1], completed_at=moment, kind="refund" if amount < 0 else "sale"))
            # Europe/Rome is UTC+1 in November: 23:30 UTC on the 20th is the 21st in the shop.
            day = "2026-11-20" if moment.startswith("2026-11-20T08") else "2026-11-21"
            expected_till[till.enrolled.till_id] = expected_till.get(till.enrolled.till_id, 0) + amount
            expected_day[day] = expected_day.get(day, 0) + amount
            count += 1
        assert not till.pushed(batch).rejected
        till.pushed(batch[:10])  # a retried part of the batch counts nothing twice
    totals = shop_one.totals()
    assert totals["by_till"] == expected_till
    assert totals["by_day"] == expected_day
    assert totals["count"] == count == 120
    assert totals["total"] == sum(expected_till.values()) == sum(r["total"] for r in totals["rows"])
    names = {r["till_name"] for r in totals["rows"]}
    assert names == set(tills)
    one_day = shop_one.owner.get("/api/v1/owner/totals", params={"from": "2026-11-21", "to": "2026-11-21"}).json()
    assert one_day["total"] == expected_day["2026-11-21"] and set(one_day["by_day"]) == {"2026-11-21"}


def test_sales_journal_csv_adds_up_to_the_totals(server, shop_one):
    """The accountant's CSV has a row per receipt, decimal amounts, and sums to the totals exactly."""
    till = shop_one.enrol("Cassa 1")
    amounts = [1290, 5, -350, 100_000_01]
    till.pushed([records.sale(a, seq=i, kind="refund" if a < 0 else "sale") for i, a in enumerate(amounts, start=1)])
    response = shop_one.owner.get("/api/v1/owner/sales.csv")
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert sorted(r["total"] for r in rows) == sorted(["12.90", "0.05", "-3.50", "100000.01"])
    assert sum(Decimal(r["total"]) for r in rows) * 100 == shop_one.totals()["total"]
    assert {r["till"] for r in rows} == {"Cassa 1"}
