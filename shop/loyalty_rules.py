"""The loyalty programme's rules: earn rate, multipliers, exclusions, tiers, expiry, birthday reward.

Stored as one JSON row (`setting` key "loyalty") beside the shop's settings. Rates are basis
points (10000 = x1) and money is minor units, so no float ever touches points or money.
"""
import logging
from dataclasses import dataclass, field
from decimal import ROUND_FLOOR, Decimal

from sqlmodel import Session

from db.setting_rows import load_dataclass, save_dataclass
from syncwire.validate import TIER, Invalid

log = logging.getLogger(__name__)

LOYALTY_KEY = "loyalty"
BP = 10_000


@dataclass(frozen=True)
class Tier:
    name: str
    min_spend: int  # minor units spent in the last 12 months to reach it
    earn_bp: int  # multiplier on the base earn rate


def _default_tiers() -> list[dict]:
    return [
        {"name": "Bronze", "min_spend": 0, "earn_bp": 10_000},
        {"name": "Silver", "min_spend": 50_000, "earn_bp": 12_500},
        {"name": "Gold", "min_spend": 150_000, "earn_bp": 15_000},
    ]


@dataclass
class LoyaltySettings:
    enabled: bool = True
    spend_per_point: int = 100  # minor units spent for one point (1 point per 1.00)
    point_value: int = 5  # minor units one point is worth when redeemed
    category_multipliers_bp: dict[str, int] = field(default_factory=dict)  # category id -> bp
    excluded_category_ids: list[str] = field(default_factory=list)
    excluded_skus: list[str] = field(default_factory=list)  # e.g. tobacco, gift cards, deposits
    expiry_days: int = 365  # points expire this long after they were earned; 0 = never
    tiers: list[dict] = field(default_factory=_default_tiers)
    tier_window_days: int = 365
    birthday_reward: str = "points"  # "points" | "coupon" | "none"
    birthday_points: int = 200
    birthday_coupon_bp: int = 1000  # 10 % off, valid during the birthday week

    def tier_list(self) -> list[Tier]:
        """The tiers by spend; a malformed one (stored before the server checked settings, issue 10)
        is left out and logged, so a sale with a customer never fails on it."""
        tiers = []
        for i, raw in enumerate(self.tiers if isinstance(self.tiers, list) else []):
            try:
                TIER(raw, f"tiers[{i}]")
            except Invalid as exc:
                log.warning("loyalty: tier left out: %s", exc)
                continue
            tiers.append(Tier(raw["name"], raw["min_spend"], raw["earn_bp"]))
        return sorted(tiers, key=lambda t: t.min_spend)

    def tier_for_spend(self, spend: int) -> Tier:
        reached = [t for t in self.tier_list() if spend >= t.min_spend]
        return reached[-1] if reached else Tier("", 0, BP)

    def value_of(self, points: int) -> int:
        """What `points` are worth as a payment, in minor units."""
        return points * self.point_value

    def points_for_amount(self, amount: int) -> int:
        """How many points pay `amount` (rounded up: a payment is never short)."""
        return -(-amount // self.point_value)


def load_loyalty_settings(session: Session) -> LoyaltySettings:
    return load_dataclass(session, LOYALTY_KEY, LoyaltySettings)


def save_loyalty_settings(session: Session, settings: LoyaltySettings) -> None:
    save_dataclass(session, LOYALTY_KEY, settings)


@dataclass(frozen=True)
class EarnLine:
    total: int  # what the line cost after discounts, minor units
    sku: str
    category_id: str | None


def points_earned(lines: list[EarnLine], paid_with_points: int, rules: LoyaltySettings, tier: Tier) -> int:
    """Points for a sale: eligible spend x category multiplier x tier rate, less the part paid with points.

    The part paid with points earns nothing; it is taken off the eligible spend pro rata, so a sale
    half paid with points earns half. One rounding, down, at the end.
    """
    sale_total = sum(line.total for line in lines)
    if sale_total <= 0 or not rules.enabled:
        return 0
    weighted = Decimal(0)
    for line in lines:
        if line.sku in rules.excluded_skus or (line.category_id and line.category_id in rules.excluded_category_ids):
            continue
        weighted += Decimal(line.total) * rules.category_multipliers_bp.get(line.category_id or "", BP) / BP
    paid_in_money = Decimal(max(sale_total - paid_with_points, 0)) / sale_total
    points = weighted * paid_in_money * tier.earn_bp / BP / rules.spend_per_point
    return int(points.to_integral_value(rounding=ROUND_FLOOR))
