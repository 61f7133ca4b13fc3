"""Pull: a shop's changes after a cursor, page by page, each exactly once, only of that shop."""
from syncwire import messages as m
from tests.server import records


def test_pages_follow_the_cursor_and_deliver_every_change_once(server, shop_one, till_one):
    """25 changes read 10 at a time: three pages, `more` until the last, ids in push order, none twice."""
    customer_id = records.new_id()
    batch = [records.points(customer_id, i + 1) for i in range(25)]
    till_one.pushed(batch)
    seen, cursor, pages = [], 0, []
    while True:
        page = till_one.changes(after=cursor, limit=10)
        pages.append((len(page.changes), page.more))
        seen += [c.id for c in page.changes]
        assert all(c.seq > cursor for c in page.changes)
        cursor = page.cursor
        if not page.more:
            break
    assert pages == [(10, True), (10, True), (5, False)]
    assert seen == [r["id"] for r in batch]
    assert till_one.changes(after=cursor).changes == []


def test_another_till_sees_customers_cards_and_points(server, shop_one, till_one):
    """What one till pushed, the other pulls; sales come when asked for (the history cursor), whole."""
    other = shop_one.enrol("Till 2")
    customer_id = records.new_id()
    till_one.pushed([records.customer(customer_id, records.at(), name="Anna Neri"), records.card(customer_id, "M0123456789ABC"),
                     records.points(customer_id, 40), records.sale(4000, customer_id=customer_id)])
    kinds = [c.kind for c in other.changes().changes]
    assert kinds == [m.CUSTOMER, m.CARD, m.POINTS]
    [sale] = other.changes(kinds="sale").changes
    assert sale.kind == m.SALE and {"sale", "lines", "payments"} <= set(sale.data) and sale.data["lines"]


def test_a_till_never_pulls_another_shops_changes(server, make_shop, till_one):
    """Changes are numbered globally but a shop's cursor only ever walks its own."""
    stranger = make_shop("Altro").enrol("X")
    stranger.pushed([records.points(records.new_id(), 5) for _ in range(3)])
    mine = records.points(records.new_id(), 7)
    till_one.pushed([mine])
    assert [c.id for c in till_one.changes().changes] == [mine["id"]]


def test_history_pages_come_newest_first_with_the_whole_sale_as_stored(server, shop_one, till_one):
    """/history: newest first by `before`, each sale whole (lines, payments) as pushed, total and top on the first page only."""
    other = shop_one.enrol("Till 2")
    sales = [records.sale(1000 + n, seq=n + 1) for n in range(3)]
    till_one.pushed(sales)
    till_one.pushed([records.points(records.new_id(), 5)])  # not history: counted in `top`, never sent here

    def page(**params):
        return m.HistoryPage(**other.http.get(f"{m.API}/history", params=params).raise_for_status().json())

    first = page(limit=2)
    assert [c.id for c in first.changes] == [sales[2]["id"], sales[1]["id"]]
    assert (first.total, first.more) == (3, True)
    assert first.top == max(c.seq for c in other.changes(kinds="sale,points").changes)
    assert first.changes[0].data == sales[2]["payload"]
    rest = page(before=first.cursor, limit=2)
    assert [c.id for c in rest.changes] == [sales[0]["id"]]
    assert (rest.total, rest.top, rest.more) == (-1, -1, False)
    assert page(before=rest.cursor).changes == []
