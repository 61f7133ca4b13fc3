"""Typed errors of campaigns and automations; ui/ words them."""
from dataclasses import dataclass

from shop.errors import ShopError


@dataclass
class CampaignInvalid(ShopError):
    """The campaign cannot be created as asked."""

    why: str  # no_name | no_members | dates | offer | unknown_segment


@dataclass
class CampaignNotFound(ShopError):
    campaign_id: str


@dataclass
class AutomationInvalid(ShopError):
    """A rule's setting that cannot be kept (a 0 % coupon, a visit count below 2 ...)."""

    field: str
