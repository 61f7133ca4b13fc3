"""`bottega screenshot campaign|automations`: the pages on a demo shop with something to show.

campaign: a "We miss you" campaign on the regulars slipping away, begun a week ago, with coupons
redeemed at the till (through the real Till, like a cashier would) by some of A and B and a few of
the control group coming back on their own; the figures are made up for the picture, the
arithmetic on them is the real one. automations: the three rules on and run once.
"""
import random
import tempfile
from datetime import timedelta
from pathlib import Path

from shop.kinds import PIECE

SCREENS = ("campaign", "automations")


def _redeem_some(engine, till, campaign_id: str, shares: dict[str, float]) -> None:
    """A share of each group buys at the till now: A and B members with their coupon, control without."""
    from shop.office.campaigns import CampaignDesk
    from shop.sales import CARD, Tender

    rng = random.Random(5)
    products = [key.product for key in till.quick_keys() if key.product.unit == PIECE] or None
    members = CampaignDesk(engine).members(campaign_id)
    for variant, share in shares.items():
        group = [m for m in members if m.variant == variant]
        for member in rng.sample(group, round(share * len(group))):
            till.attach_customer(member.customer_id)
            for product in rng.sample(products, min(len(products), rng.randint(1, 3))) if products else []:
                till.add_product(product)
            if not till.cart.lines:
                till.detach_customer()
                continue
            if member.coupon_code:
                till.apply_coupon(member.coupon_code)
            till.pay([Tender(CARD, till.cart.totals().total)])


def render(screen: str, db: Path | None, lang: str | None, size: tuple[int, int]):
    from PySide6.QtWidgets import QApplication

    from shop.campaign_errors import CampaignInvalid
    from shop.campaigns import Offer
    from shop.cart import PERCENT
    from shop.demo import create_demo_shop
    from shop.office.automations import AutomationDesk
    from shop.office.campaigns import CampaignDesk
    from shop.office.shop_setup import open_shop
    from shop.till import Till
    from ui.backoffice_customers import shop_today
    from ui.screenshots import _prepare_db, _staff
    from ui.style import apply_style, install_translations

    app = QApplication.instance() or QApplication([])
    apply_style(app)
    with tempfile.TemporaryDirectory() as workdir:
        if db is None:
            path = Path(workdir) / "shop.db"
            create_demo_shop(path, customers=1500, products=300, days=400)
        else:
            path = _prepare_db(db, Path(workdir))
        engine = open_shop(path)
        owner = _staff(engine, "owner")
        cashier = Till(engine, _staff(engine, "cashier"))
        settings = cashier.settings
        install_translations(app, lang or settings.locale)
        today = shop_today(settings)
        if screen == "campaign":
            if cashier.shift is None:
                cashier.open_shift(0)
            desk = CampaignDesk(engine, owner)
            name = "Ci manchi – autunno" if settings.country == "IT" else "We miss you"
            # A small shop (`--db`) may have nobody slipping away yet: then every customer, and with no
            # customers at all the page as a new shop sees it.
            for segment in ({"kind": "slipping_away"}, {"kind": "criteria", "criteria": {}}):
                try:
                    campaign_id = desk.create(name, segment, Offer(PERCENT, 1000), Offer(PERCENT, 2000),
                                              today - timedelta(days=7), today + timedelta(days=6), today)
                except CampaignInvalid as error:
                    if error.why != "no_members":
                        raise
                    continue
                _redeem_some(engine, cashier, campaign_id, {"A": 0.30, "B": 0.42, "control": 0.10})
                break
            from ui.backoffice_campaigns import screenshot_page
        else:
            from shop.automations import AutomationRules

            desk = AutomationDesk(engine, owner)
            desk.save_rules(AutomationRules(birthday_enabled=True, reengage_enabled=True, thank_you_enabled=True))
            desk.run(today)
            from ui.backoffice_automations import screenshot_page
        picture = screenshot_page(engine, owner, settings, size)
        engine.dispose()
    return picture
