"""Bottega's domain services in plain Python: no Qt, no printing.

Where to start: `till.Till` is everything the till's window does (sell, pay, refund, park, shifts,
customers at the counter), one operation each; the back office's pages reach the shop through the
desks in `office/` (read office/__init__.py). Below them, one module per area:

    selling      cart.py (the sale in memory), sales.py (completing it durably), refunds.py, parking.py,
                 shifts.py and reports.py (X/Z), receipts.py (what paper says), cash_rounding.py,
                 money.py (integer minor units), barcodes.py, catalog.py, kinds.py (the kind words)
    customers    customers.py, customer_view.py, cards.py, consents.py, custom_fields.py, privacy.py,
                 till_customers.py, till_reservations.py, reservations.py, phones.py, text.py
    loyalty      loyalty.py (the points ledger), loyalty_rules.py, points_payment.py, coupons.py, birthdays.py,
                 housekeeping.py (expiry at shift opening)
    the owner    office/ (desks), product_admin.py, product_list.py, catalogue_*.py, price_change.py,
                 shelf_labels.py, staff.py, permissions.py, users.py, settings*.py, setup.py,
                 backups.py, backup_schedule.py, exports/ (the accountant's files)
    figures      report_*.py, regulars.py, segments.py, due.py, forecast.py, insight.py and bgnbd.py,
                 campaigns.py, campaign_stats.py, automations.py, feedback.py, nps.py
    sync         sync_client.py (push the outbox, pull by cursor), sync_enrolment.py (join, leave a
                 server), sync_apply.py, sync_catalogue.py,
                 sync_history.py, sync_feedback.py, sync_set_aside.py, sync_lock.py, outbox.py,
                 owner_session.py
    Italy's RT   fiscal.py, fiscal_closure.py (the drivers are in printers/fiscal/)
    errors       errors.py and *_errors.py: typed ShopError subclasses; ui/ words them, never shop/
    demo/        the demo shop (`create_demo_shop`); screenshot_data.py, what `bottega screenshot` adds to its copy

Dependencies point down only: ui -> printers -> shop -> db, and shop may use syncwire (the wire
format). shop/ never imports ui/, printers/, Qt or the server (`lint-imports` checks it).
"""
