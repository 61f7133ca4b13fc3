"""The central server: joins the tills of one or more shops (FastAPI + SQLModel, own tables).

Where to start: app.py (every route; OpenAPI at /openapi.json) and cli.py (`bottega-server`).

    models.py, database.py   the server's own tables and engine (SQLite or PostgreSQL), migrations/
    auth.py, shops.py        device tokens of tills, owner tokens, enrolment codes
    owners.py, owner_push.py owners' sign-in and the catalogue and settings they push from a till
    ingest.py, merge.py      a till's push taken in record by record; the conflict rules (pure)
    feed.py                  what tills pull: numbered changes after a cursor, and the shop's history
    catalogue.py             the shop's catalogue and shared settings as changes for the tills
    totals.py, exports.py    the owner's shop-wide totals and sales journal
    loyalty_page.py, loyalty_words.py, nps.py   the page behind a loyalty card's QR, and its NPS question
    answers.py, clock.py     typed error answers; the server's "now"

The server shares only syncwire/ (the wire format) with the till: it never imports shop/, db/,
printers/ or ui/, and they never import it (`lint-imports` checks both ways).
"""
