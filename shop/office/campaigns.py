"""The campaigns desk: segments to try an offer on, campaigns, their results and contact lists."""
from datetime import date
from pathlib import Path

from shop import campaigns, regulars, segments
from shop.campaigns import CampaignSummary, Member, Offer, VariantResult
from shop.office.desk import Desk


class CampaignDesk(Desk):
    def segment_choices(self) -> list[tuple[str, dict]]:
        """(name, segment) the owner may pick: slipping away first, the RFM segments, the saved segments;
        the names of the first two are keys ui/ words ("slipping_away", "rfm:loyal"), saved ones are the owner's."""
        choices: list[tuple[str, dict]] = [("slipping_away", campaigns.SLIPPING_AWAY)]
        choices += [(f"rfm:{name}", {"kind": "rfm", "name": name}) for name in regulars.RFM_SEGMENTS]
        saved = self._read(segments.saved_segments)
        choices += [(name, {"kind": "criteria", "criteria": s.to_json()}) for name, s in saved.items()]
        return choices

    def segment_size(self, segment: dict, today: date) -> int:
        return len(self._read(campaigns.segment_customers, segment, today))

    def create(self, name: str, segment: dict, offer_a: Offer, offer_b: Offer | None, valid_from: date,
               valid_until: date, today: date) -> str:
        """The new campaign's id; a CampaignInvalid (nothing stored) if it cannot be made."""
        return self._write(lambda s: campaigns.create_campaign(
            s, name, segment, offer_a, offer_b, valid_from, valid_until, today,
            user_id=self.user.id if self.user else None).id)

    def campaigns(self) -> list[CampaignSummary]:
        return self._read(campaigns.campaign_list)

    def results(self, campaign_id: str, tz: str) -> list[VariantResult]:
        return self._read(campaigns.campaign_results, campaign_id, tz)

    def export_contacts(self, path: Path, campaign_id: str, variant: str, channel: str) -> int:
        """Rows written: the variant's members who consented to `channel` and have its contact."""
        return self._read(lambda s: campaigns.write_contact_csv(path, s, campaign_id, variant, channel))

    def members(self, campaign_id: str) -> list[Member]:
        return self._read(campaigns.campaign_members, campaign_id)
