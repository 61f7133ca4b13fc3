"""The demo shop: a realistic catalogue, customers and years of history for one country.

`create_demo_shop(path, country=...)` is the way in (`bottega demo`, the screenshots, the benchmarks
and many tests call it); COUNTRIES lists the countries it knows.

    create.py   the entry point: settings and users through the shop's services, then the bulk rows
    names.py    each country's words: products, categories, people's names, phone prefixes
    history.py  day after day a shift, its sales and refunds, its Z report
    loyalty.py  cards, points, coupons and reservations of the demo customers
    feedback.py notes, follow-ups and six months of NPS answers (the feedback and nps screenshots add them)
    rows.py     the bulk insert (sqlite3 executemany) and the time and id helpers they share

Only the demo uses this package; the till never imports it.
"""
from shop.demo.create import COUNTRIES, create_demo_shop

__all__ = ["COUNTRIES", "create_demo_shop"]
