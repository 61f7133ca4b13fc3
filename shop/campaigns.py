"""Campaigns: a coupon offer tried on a segment, variants A and B beside a control group that gets nothing.

Who is in which group is drawn at random once, at creation (seeded, stored as CampaignMember rows),
so the results always compare the same people. Each A/B member gets a coupon of their own, valid
over the campaign's dates; Bottega sends nothing itself: the owner exports each variant's contact
list for the channel the customer consented to and uses the shop's SMS or e-mail tool.

The results compare what the groups did in the campaign's window: how many came back and bought
(the measure the control group also has), how many redeemed the coupon, revenue per member and the
average basket, each with its 95 % interval (shop/campaign_stats.py), and each variant's uplift in
"came back" over the control group. The window is the campaign's days in the shop's time zone.
"""
import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from sqlmodel import Session, select

from db.models import Campaign, CampaignMember
from shop import coupons, regulars, segments
from shop.campaign_errors import CampaignInvalid, CampaignNotFound
from shop.campaign_stats import Interval, mean_interval, newcombe_difference, verdict, wilson
from shop.cart import AMOUNT, PERCENT
from shop.consents import CONTACT_FIELD, write_contact_list

CONTROL = "control"
SLIPPING_AWAY = {"kind": "slipping_away"}


@dataclass(frozen=True)
class Offer:
    kind: str  # AMOUNT (minor units) | PERCENT (basis points)
    value: int


def segment_customers(session: Session, segment: dict, today: date) -> list[str]:
    """The ids of the customers in a campaign's segment today: the regulars slipping away, an RFM
    segment by name, or a saved segment's criteria."""
    snapshot = segments.load_customers(session, today - timedelta(days=364), today, today)
    kind = segment.get("kind")
    if kind == "slipping_away":
        return [r.customer_id for r in regulars.slipping_away(regulars.rhythms(session, snapshot))]
    if kind == "rfm" and segment.get("name") in regulars.RFM_SEGMENTS:
        mask = regulars.rfm_mask(regulars.rfm(snapshot), segment["name"])
    elif kind == "criteria":
        mask = segments.segment_mask(session, snapshot, segments.Segment.from_json(segment.get("criteria", {})))
    else:
        raise CampaignInvalid("unknown_segment")
    return [snapshot.ids[i] for i in segments.ranked(snapshot, mask)]


def _check_offer(offer: Offer | None) -> None:
    if offer is None:
        return
    if offer.kind not in (AMOUNT, PERCENT) or offer.value <= 0 or (offer.kind == PERCENT and offer.value > 10_000):
        raise CampaignInvalid("offer")


def variants_of(campaign: Campaign) -> list[str]:
    return ["A", "B", CONTROL] if campaign.offer_b_kind else ["A", CONTROL]


def offer_of(campaign: Campaign, variant: str) -> Offer | None:
    if variant == "A":
        return Offer(campaign.offer_a_kind, campaign.offer_a_value)
    if variant == "B" and campaign.offer_b_kind and campaign.offer_b_value:
        return Offer(campaign.offer_b_kind, campaign.offer_b_value)
    return None


def split(customer_ids: list[str], variants: list[str], seed: int) -> dict[str, str]:
    """Customer id -> variant: a seeded shuffle dealt round the variants, so the groups differ in size
    by one at most and the same seed always gives the same split."""
    order = sorted(customer_ids)
    random.Random(seed).shuffle(order)
    return {cid: variants[n % len(variants)] for n, cid in enumerate(order)}


def create_campaign(session: Session, name: str, segment: dict, offer_a: Offer, offer_b: Offer | None,
                    valid_from: date, valid_until: date, today: date, *, seed: int | None = None,
                    user_id: str | None = None) -> Campaign:
    """Draw the segment's customers into A, B (if offered) and control, and issue each A/B member their coupon."""
    name = " ".join(name.split())
    if not name:
        raise CampaignInvalid("no_name")
    if valid_until < valid_from or valid_until < today:
        raise CampaignInvalid("dates")
    _check_offer(offer_a)
    _check_offer(offer_b)
    members = segment_customers(session, segment, today)
    if not members:
        raise CampaignInvalid("no_members")
    campaign = Campaign(name=name, segment=segment, offer_a_kind=offer_a.kind, offer_a_value=offer_a.value,
                        offer_b_kind=offer_b.kind if offer_b else None, offer_b_value=offer_b.value if offer_b else None,
                        valid_from=valid_from, valid_until=valid_until,
                        seed=seed if seed is not None else random.SystemRandom().randrange(2**31), created_by=user_id)
    session.add(campaign)
    session.flush()
    for cid, variant in split(members, variants_of(campaign), campaign.seed).items():
        offer = offer_of(campaign, variant)
        coupon_id = None
        if offer is not None:
            coupon_id = coupons.issue_coupon(session, offer.kind, offer.value, customer_id=cid, valid_from=valid_from,
                                             valid_until=valid_until, reason=f"campaign:{campaign.id}:{variant}").id
        session.add(CampaignMember(campaign_id=campaign.id, customer_id=cid, variant=variant, coupon_id=coupon_id))
    session.flush()
    return campaign


def list_campaigns(session: Session) -> list[Campaign]:
    return list(session.exec(select(Campaign).order_by(Campaign.created_at.desc())))


def get_campaign(session: Session, campaign_id: str) -> Campaign:
    campaign = session.get(Campaign, campaign_id)
    if campaign is None:
        raise CampaignNotFound(campaign_id)
    return campaign


# --- contact lists ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Contact:
    name: str
    contact: str
    coupon_code: str
    valid_until: date


def contacts(session: Session, campaign_id: str, variant: str, channel: str) -> list[Contact]:
    """The members of `variant` who consented to `channel` (as they stand now) and have a contact for it;
    never anyone else, and never the control group, which is not contacted at all."""
    if channel not in CONTACT_FIELD:
        raise ValueError(f"unknown consent channel {channel!r}")
    campaign = get_campaign(session, campaign_id)
    if variant == CONTROL:
        return []
    field = CONTACT_FIELD[channel]
    rows = session.connection().exec_driver_sql(
        f"SELECT c.name, c.{field}, k.code FROM campaignmember m JOIN customer c ON c.id = m.customer_id "
        f"JOIN coupon k ON k.id = m.coupon_id WHERE m.campaign_id = ? AND m.variant = ? AND c.consent_{channel} "
        f"AND c.erased_at IS NULL AND coalesce(c.{field}, '') != '' ORDER BY c.name", (campaign_id, variant))
    return [Contact(name, contact, code, campaign.valid_until) for name, contact, code in rows]


def write_contact_csv(path, session: Session, campaign_id: str, variant: str, channel: str) -> int:
    """The variant's contact list for `channel` as CSV (UTF-8 with BOM, for Excel); returns the rows written."""
    rows = contacts(session, campaign_id, variant, channel)
    return write_contact_list(path, channel, ["coupon", "valid_until"],
                              ((r.name, r.contact, r.coupon_code, r.valid_until.isoformat()) for r in rows))


# --- results ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class VariantResult:
    variant: str
    offer: Offer | None
    members: int
    came: int  # members who bought at least once in the window
    redeemed: int  # coupons used (0 for control)
    revenue: int  # minor units: the members' sales in the window, refunds deducted
    sales: int
    came_rate: Interval  # Wilson
    redemption: Interval | None  # Wilson; None for the control group
    revenue_per_member: Interval  # t, minor units
    basket: Interval  # t over the sales, minor units
    uplift: Interval | None  # came_rate minus the control's (Newcombe); None for control
    verdict: str | None  # better | worse | not_enough_data (against control); None for control


def _stamp(day: date, tz: str) -> str:
    """The UTC stamp of the start of `day` in the shop's time zone (sales are stored in UTC)."""
    start = datetime(day.year, day.month, day.day, tzinfo=ZoneInfo(tz))
    return start.astimezone(timezone.utc).isoformat(timespec="microseconds")


def campaign_results(session: Session, campaign_id: str, tz: str = "UTC") -> list[VariantResult]:
    """Each variant and the control group over the campaign's days in the shop's time zone `tz`, the
    control group last."""
    campaign = get_campaign(session, campaign_id)
    conn = session.connection()
    groups: dict[str, list[str]] = {v: [] for v in variants_of(campaign)}
    redeemed = dict.fromkeys(groups, 0)
    for cid, variant, used in conn.exec_driver_sql(
        "SELECT m.customer_id, m.variant, k.sale_id IS NOT NULL OR k.redeemed_at IS NOT NULL "
        "FROM campaignmember m LEFT JOIN coupon k ON k.id = m.coupon_id WHERE m.campaign_id = ?", (campaign_id,)):
        groups[variant].append(cid)
        redeemed[variant] += int(bool(used))
    per_customer: dict[str, int] = {}
    baskets: dict[str, list[int]] = {}
    for cid, kind, total in conn.exec_driver_sql(
        "SELECT s.customer_id, s.kind, s.total FROM sale s JOIN campaignmember m ON m.customer_id = s.customer_id "
        "WHERE m.campaign_id = ? AND s.completed_at >= ? AND s.completed_at < ?",
        (campaign_id, _stamp(campaign.valid_from, tz), _stamp(campaign.valid_until + timedelta(days=1), tz))):
        per_customer[cid] = per_customer.get(cid, 0) + total
        if kind == "sale":
            baskets.setdefault(cid, []).append(total)
    control_ids = groups[CONTROL]
    control_came = sum(1 for cid in control_ids if cid in baskets)
    control_rate = wilson(control_came, len(control_ids))
    results = []
    for variant, ids in groups.items():
        came = sum(1 for cid in ids if cid in baskets)
        rate = wilson(came, len(ids))
        is_control = variant == CONTROL
        results.append(VariantResult(
            variant, offer_of(campaign, variant), len(ids), came, redeemed[variant],
            sum(per_customer.get(cid, 0) for cid in ids), sum(len(baskets.get(cid, [])) for cid in ids), rate,
            None if is_control else wilson(redeemed[variant], len(ids)),
            mean_interval([float(per_customer.get(cid, 0)) for cid in ids]),
            mean_interval([float(t) for cid in ids for t in baskets.get(cid, [])]),
            None if is_control else newcombe_difference(came, len(ids), control_came, len(control_ids)),
            None if is_control else verdict(rate, control_rate)))
    return results


@dataclass(frozen=True)
class CampaignSummary:
    id: str
    name: str
    segment: dict
    offer_a: Offer
    offer_b: Offer | None
    valid_from: date
    valid_until: date
    members: dict[str, int]  # variant -> how many
    redeemed: int


def campaign_list(session: Session) -> list[CampaignSummary]:
    """Every campaign, newest first, with its groups' sizes and the coupons used so far."""
    counts: dict[str, dict[str, int]] = {}
    used: dict[str, int] = {}
    for cid, variant, n, redeemed in session.connection().exec_driver_sql(
            "SELECT m.campaign_id, m.variant, count(*), sum(k.sale_id IS NOT NULL OR k.redeemed_at IS NOT NULL) "
            "FROM campaignmember m LEFT JOIN coupon k ON k.id = m.coupon_id GROUP BY m.campaign_id, m.variant"):
        counts.setdefault(cid, {})[variant] = n
        used[cid] = used.get(cid, 0) + int(redeemed or 0)
    return [CampaignSummary(c.id, c.name, c.segment, Offer(c.offer_a_kind, c.offer_a_value), offer_of(c, "B"),
                            c.valid_from, c.valid_until, counts.get(c.id, {}), used.get(c.id, 0))
            for c in list_campaigns(session)]


@dataclass(frozen=True)
class Member:
    customer_id: str
    variant: str
    coupon_code: str | None


def campaign_members(session: Session, campaign_id: str) -> list[Member]:
    """Who is in which group, with their coupon's code (None for the control group)."""
    return [Member(cid, variant, code) for cid, variant, code in session.connection().exec_driver_sql(
        "SELECT m.customer_id, m.variant, k.code FROM campaignmember m LEFT JOIN coupon k ON k.id = m.coupon_id "
        "WHERE m.campaign_id = ? ORDER BY m.customer_id", (campaign_id,))]
