"""The back office's desks: what each back-office page may do to the shop, one operation at a time.

A desk is to a back-office page what `shop.till.Till` is to the till's window: a small facade over
shop/ that holds the shop database and the signed-in person and opens one session per operation,
so every call is one transaction and a page never sees a session (ui/ does not import db/).
Pages keep their `factory(engine, user, settings, parent)` signature (ui/back_office.py) and make
their desk in `__init__`:

    self.desk = Catalogue(engine, user)
    rates = self.desk.vat_rates()             # one read
    self.desk.save_category(name, colour, id)  # one write; a ShopError if refused, nothing written

Import a desk from its module (`from shop.office.catalogue import Catalogue`): this package imports
nothing itself, so a page loads only its own area (the regulars' model pulls in scipy).

A new back-office page adds its desk here (a module per area, a subclass of `Desk`) rather than
opening sessions itself. The desks:

- desk.Desk: the base (engine, user, `_read`/`_write`).
- catalogue.Catalogue: products, categories, VAT rates, quick keys, price changes, shelf labels.
- staff.Staff: people, roles, PINs and what each role may do alone.
- catalogue_file.CatalogueFile: the product file previewed, then imported; the catalogue exported.
- reports.ReportsDesk: the owner's reports over a period, whole shop or one till.
- customers.CustomerDesk: the customer base's figures, segments, tags, the owner's customer fields.
- regulars.RegularsDesk: regulars, slipping away, due, birthdays and their rewards, the forecast.
- shop_settings.ShopSettingsDesk: the shop's details, loyalty rules, reservation policy; enrolment.
- exports.Exports: a period's files for the accountant.
- fiscal.FiscalDesk: Italy's fiscal register set up, its waiting documents, the day closure compared.
- backups.BackupDesk: the backup folder and its last outcome; a backup now.
- campaigns.CampaignDesk: campaigns with variants and a control group, their results and contact lists.
- automations.AutomationDesk: the automatic rewards' rules, runs, log and contact lists.
"""
