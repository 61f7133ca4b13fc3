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
