"""The back office's customers desk: the whole customer base's figures, segments, tags, the owner's fields."""
from dataclasses import dataclass
from datetime import date

import numpy as np
from sqlmodel import Session

from shop import catalog, custom_fields, segments
from shop.catalog import ProductInfo
from shop.catalogue_lists import CategoryInfo, categories
from shop.custom_fields import CustomField
from shop.loyalty_rules import LoyaltySettings, load_loyalty_settings
from shop.office.desk import Desk
from shop.segments import Match, Segment, Snapshot


@dataclass(frozen=True)
class FilterChoices:
    """What the customer filters offer: the owner's fields, the loyalty tiers, categories, saved segments."""

    fields: list[CustomField]
    loyalty: LoyaltySettings
    categories: list[CategoryInfo]
    segments: dict[str, Segment]


class CustomerDesk(Desk):
    def customers(self, since: date, until: date, today: date) -> Snapshot:
        """Every customer's figures over the period (seconds on 200,000 customers: call it off the UI thread)."""
        return self._read(segments.load_customers, since, until, today)

    def filter_choices(self) -> FilterChoices:
        def work(session: Session) -> FilterChoices:
            return FilterChoices(custom_fields.load_fields(session), load_loyalty_settings(session),
                                 categories(session), segments.saved_segments(session))
        return self._read(work)

    def find_product(self, text: str) -> ProductInfo | None:
        """The best match for a product typed into a filter."""
        found = self._read(catalog.search_products, text, limit=1)
        return found[0] if found else None

    def match(self, snapshot: Snapshot, segment: Segment) -> tuple[np.ndarray, dict[str, Match]]:
        """Who matches the whole segment, and how many each criterion alone would keep."""
        def work(session: Session) -> tuple[np.ndarray, dict[str, Match]]:
            return (segments.segment_mask(session, snapshot, segment),
                    segments.criterion_matches(session, snapshot, segment))
        return self._read(work)

    def tag(self, country: str, customer_ids: list[str], add: str = "", remove: str = "") -> int:
        """How many customers changed."""
        return self._write(segments.tag_customers, country, customer_ids, add, remove)

    def save_segment(self, name: str, segment: Segment) -> None:
        self._write(segments.save_segment, name, segment)

    def custom_fields(self) -> list[CustomField]:
        return self._read(custom_fields.load_fields)

    def save_custom_fields(self, fields: list[CustomField]) -> list[CustomField]:
        """InvalidFieldDefinition, and nothing saved, for a field without a label, twice, or a list without choices."""
        return self._write(custom_fields.save_fields, fields)
