"""The customer list and its segments: who matches, how many, what share of the takings they bring.

A segment is a set of criteria (tag, custom field, tier, spend, visits, last visit, product or
category bought, consent, birthday month), stored as JSON, never as a list of members: a saved
segment is evaluated again on each look, so it updates itself as customers come and go.

Filtering 200,000 customers on every keystroke cannot afford a pass over the sales each time:
`load_customers` reads every customer's figures for a period once (one pass over the covering
index `ix_sale_customer_kind_at`, migration 0007) into plain rows, and the filters then run over
those rows in memory. Products and categories bought are one indexed query each, kept per
snapshot. Erased customers are never loaded.
"""
import json
from dataclasses import asdict, dataclass, field, fields
from datetime import date, datetime, timedelta, timezone

import numpy as np
from sqlmodel import Session

from db.models import Setting
from shop.loyalty_rules import load_loyalty_settings

SEGMENTS_KEY = "customer_segments"
CHANNELS = ("email", "sms", "messaging")


@dataclass(frozen=True)
class CustomerRow:
    """One customer as the lists show them."""

    id: str
    name: str
    phone: str | None
    email: str | None
    birthday: date | None
    tags: tuple[str, ...]
    custom: dict
    consents: dict[str, bool]
    spend: int  # takings in the snapshot's period, refunds deducted
    visits: int  # sales (not refunds) in the period
    tier: str
    first_visit: date | None  # ever (UTC days)
    last_visit: date | None  # ever
    visits_ever: int


@dataclass
class Segment:
    """Criteria; None (or empty) means "any". Money in minor units, days counted back from today."""

    tag: str | None = None
    custom_key: str | None = None
    custom_value: str | None = None  # matched ignoring case; for text, contained
    tier: str | None = None
    spend_min: int | None = None
    spend_max: int | None = None
    visits_min: int | None = None
    visits_max: int | None = None
    seen_within_days: int | None = None  # last visit at most this many days ago
    not_seen_days: int | None = None  # no visit for at least this many days (or never)
    product_id: str | None = None  # bought in the period
    category_id: str | None = None
    consent: str | None = None  # email | sms | messaging
    birthday_month: int | None = None  # 1..12

    def active(self) -> list[str]:
        """The names of the criteria set, in the order the list shows them."""
        names = []
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name == "custom_value" or value in (None, ""):
                continue
            names.append(f.name)
        return names

    def only(self, name: str) -> "Segment":
        """This one criterion alone (what its count beside the filter shows)."""
        single = Segment(**{name: getattr(self, name)})
        if name == "custom_key":
            single.custom_value = self.custom_value
        return single

    def to_json(self) -> dict:
        return {k: v for k, v in asdict(self).items() if v not in (None, "")}

    @classmethod
    def from_json(cls, data: dict) -> "Segment":
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in (data or {}).items() if k in known})


NO_DAY = 0  # the ordinal stored for "never" / "not given"


@dataclass
class Snapshot:
    """Every customer's figures for one period as column arrays (index i is one customer), and the
    shop's takings in the period (anonymous sales too)."""

    since: date
    until: date
    today: date
    takings: int
    ids: list[str]
    names: list[str]
    phones: list
    emails: list
    tags: list[tuple[str, ...]]
    custom: list[dict]
    tier_names: list[str]  # tier index -> name ("" below the first tier or with loyalty off)
    spend: np.ndarray  # int64 minor units in the period
    visits: np.ndarray  # int64
    visits_ever: np.ndarray
    tier: np.ndarray  # index into tier_names
    first_visit: np.ndarray  # date ordinals, NO_DAY for never
    last_visit: np.ndarray
    birthday: np.ndarray  # date ordinals, NO_DAY for none
    birthday_month: np.ndarray  # 0 for none
    consent: dict[str, np.ndarray]  # channel -> bool array
    index: dict[str, int] = field(default_factory=dict)
    cache: dict = field(default_factory=dict)  # (criterion, value) -> bool mask

    def __len__(self) -> int:
        return len(self.ids)

    def row(self, i: int) -> CustomerRow:
        day = lambda n: date.fromordinal(int(n)) if n != NO_DAY else None  # noqa: E731
        return CustomerRow(self.ids[i], self.names[i], self.phones[i], self.emails[i], day(self.birthday[i]),
                           self.tags[i], self.custom[i], {c: bool(self.consent[c][i]) for c in CHANNELS},
                           int(self.spend[i]), int(self.visits[i]), self.tier_names[self.tier[i]],
                           day(self.first_visit[i]), day(self.last_visit[i]), int(self.visits_ever[i]))

    def mask_of(self, ids) -> np.ndarray:
        mask = np.zeros(len(self), dtype=bool)
        where = [self.index[i] for i in ids if i in self.index]
        mask[where] = True
        return mask


@dataclass(frozen=True)
class Match:
    count: int
    spend: int
    share_bp: int  # of the period's takings, basis points


def _ordinal(text) -> int:
    if not text:
        return NO_DAY
    return date.fromisoformat(str(text)[:10]).toordinal()


def _stamp(day: date) -> str:
    return datetime(day.year, day.month, day.day, tzinfo=timezone.utc).isoformat(timespec="microseconds")


def load_customers(session: Session, since: date, until: date, today: date | None = None) -> Snapshot:
    """Every customer not erased, with spend and visits from `since` to `until` (inclusive), tier, first
    and last visit; one pass over the sales, one over the customers."""
    today = today or until
    rules = load_loyalty_settings(session)
    tier_since = _stamp(today - timedelta(days=rules.tier_window_days))
    start, end = _stamp(since), _stamp(until + timedelta(days=1))
    conn = session.connection()
    figures = {}
    for cid, *values in conn.exec_driver_sql(
        "SELECT customer_id, "
        " sum(CASE WHEN completed_at >= :start AND completed_at < :end THEN total ELSE 0 END), "
        " sum(CASE WHEN kind = 'sale' AND completed_at >= :start AND completed_at < :end THEN 1 ELSE 0 END), "
        " sum(CASE WHEN completed_at >= :tier THEN total ELSE 0 END), "
        " min(CASE WHEN kind = 'sale' THEN completed_at END), max(CASE WHEN kind = 'sale' THEN completed_at END), "
        " sum(kind = 'sale') "
        "FROM sale INDEXED BY ix_sale_customer_kind_at WHERE customer_id IS NOT NULL GROUP BY customer_id",
        {"start": start, "end": end, "tier": tier_since},
    ):
        figures[cid] = values
    takings = conn.exec_driver_sql(
        "SELECT coalesce(sum(total), 0) FROM sale WHERE completed_at >= ? AND completed_at < ?", (start, end)).scalar_one()
    tiers = rules.tier_list() if rules.enabled else []
    thresholds = np.array([t.min_spend for t in tiers], dtype=np.int64)
    none = (0, 0, 0, None, None, 0)
    ids, names, phones, emails, tags, custom, numbers, consent = [], [], [], [], [], [], [], []
    for cid, name, phone, email, birthday, tag_text, custom_text, ce, cs, cm in conn.exec_driver_sql(
        "SELECT id, name, phone, email, birthday, tags, custom, consent_email, consent_sms, consent_messaging "
        "FROM customer WHERE erased_at IS NULL"
    ):
        spend, visits, tier_spend, first, last, ever = figures.get(cid, none)
        ids.append(cid)
        names.append(name)
        phones.append(phone)
        emails.append(email)
        tags.append(tuple(json.loads(tag_text)) if tag_text and tag_text != "[]" else ())
        custom.append(json.loads(custom_text) if custom_text and custom_text != "{}" else {})
        numbers.append((spend, visits, tier_spend, _ordinal(first), _ordinal(last), ever, _ordinal(birthday)))
        consent.append((bool(ce), bool(cs), bool(cm)))
    table = np.array(numbers, dtype=np.int64).reshape(-1, 7)
    flags = np.array(consent, dtype=bool).reshape(-1, 3)
    birthday = table[:, 6]
    months = np.zeros(len(ids), dtype=np.int64)
    has = birthday != NO_DAY
    months[has] = [date.fromordinal(int(n)).month for n in birthday[has]]
    # Tier: how many thresholds the tier spend reaches; index 0 means below them all (no tier).
    tier = np.searchsorted(thresholds, table[:, 2], side="right") if len(tiers) else np.zeros(len(ids), dtype=np.int64)
    snapshot = Snapshot(
        since, until, today, takings, ids, names, phones, emails, tags, custom, ["", *(t.name for t in tiers)],
        spend=table[:, 0].copy(), visits=table[:, 1].copy(), visits_ever=table[:, 5].copy(), tier=tier,
        first_visit=table[:, 3].copy(), last_visit=table[:, 4].copy(), birthday=birthday.copy(), birthday_month=months,
        consent={c: flags[:, n].copy() for n, c in enumerate(CHANNELS)})
    snapshot.index = {cid: i for i, cid in enumerate(ids)}
    return snapshot


def bought(session: Session, snapshot: Snapshot, kind: str, record_id: str) -> set[str]:
    """Customers who bought the product (or anything of the category) in the snapshot's period."""
    key = ("bought", kind, record_id)
    if key not in snapshot.cache:
        start, end = _stamp(snapshot.since), _stamp(snapshot.until + timedelta(days=1))
        if kind == "product":
            sql = ("SELECT DISTINCT s.customer_id FROM saleline l JOIN sale s ON s.id = l.sale_id "
                   "WHERE l.product_id = ? AND s.kind = 'sale' AND s.customer_id IS NOT NULL "
                   "AND s.completed_at >= ? AND s.completed_at < ?")
        else:
            sql = ("SELECT DISTINCT s.customer_id FROM product p JOIN saleline l ON l.product_id = p.id "
                   "JOIN sale s ON s.id = l.sale_id WHERE p.category_id = ? AND s.kind = 'sale' "
                   "AND s.customer_id IS NOT NULL AND s.completed_at >= ? AND s.completed_at < ?")
        snapshot.cache[key] = {row[0] for row in session.connection().exec_driver_sql(sql, (record_id, start, end))}
    return snapshot.cache[key]


def _custom_matches(value, wanted: str) -> bool:
    if value is None:
        return False
    text, wanted = str(value).casefold(), wanted.strip().casefold()
    return wanted in text if wanted else True


def _criterion(session: Session, snap: Snapshot, name: str, s: Segment) -> np.ndarray:
    """The bool mask of one criterion; the slow ones (tag, custom field, bought) are kept per value."""
    today = snap.today.toordinal()
    if name == "tag":
        tag = " ".join(s.tag.split()).casefold()
        key = ("tag", tag)
        if key not in snap.cache:
            snap.cache[key] = np.fromiter((any(t.casefold() == tag for t in ts) for ts in snap.tags), bool, len(snap))
        return snap.cache[key]
    if name == "custom_key":
        key = ("custom", s.custom_key, (s.custom_value or "").strip().casefold())
        if key not in snap.cache:
            snap.cache[key] = np.fromiter((_custom_matches(c.get(s.custom_key), s.custom_value or "") for c in snap.custom),
                                          bool, len(snap))
        return snap.cache[key]
    if name == "tier":
        wanted = [i for i, n in enumerate(snap.tier_names) if n == s.tier]
        return snap.tier == wanted[0] if wanted else np.zeros(len(snap), dtype=bool)
    if name == "spend_min":
        return snap.spend >= s.spend_min
    if name == "spend_max":
        return snap.spend <= s.spend_max
    if name == "visits_min":
        return snap.visits >= s.visits_min
    if name == "visits_max":
        return snap.visits <= s.visits_max
    if name == "seen_within_days":
        return (snap.last_visit != NO_DAY) & (snap.last_visit >= today - s.seen_within_days)
    if name == "not_seen_days":
        return (snap.last_visit == NO_DAY) | (snap.last_visit <= today - s.not_seen_days)
    if name in ("product_id", "category_id"):
        kind = name.removesuffix("_id")
        key = (kind, getattr(s, name))
        if key not in snap.cache:
            snap.cache[key] = snap.mask_of(bought(session, snap, kind, getattr(s, name)))
        return snap.cache[key]
    if name == "consent":
        if s.consent not in CHANNELS:
            raise ValueError(f"unknown consent channel {s.consent!r}")
        return snap.consent[s.consent]
    if name == "birthday_month":
        return snap.birthday_month == s.birthday_month
    raise ValueError(f"unknown criterion {name!r}")


def segment_mask(session: Session, snapshot: Snapshot, segment: Segment) -> np.ndarray:
    mask = np.ones(len(snapshot), dtype=bool)
    for name in segment.active():
        mask &= _criterion(session, snapshot, name, segment)
    return mask


def ranked(snapshot: Snapshot, mask: np.ndarray, limit: int | None = None, by: str = "spend") -> list[int]:
    """Indices of the matching customers, biggest spenders (or most visits) first."""
    where = np.flatnonzero(mask)
    first, second = (snapshot.spend, snapshot.visits) if by == "spend" else (snapshot.visits, snapshot.spend)
    order = np.lexsort((-second[where], -first[where]))
    return where[order[:limit] if limit else order].tolist()


def matching(session: Session, snapshot: Snapshot, segment: Segment, limit: int | None = None) -> list[CustomerRow]:
    """The customers who meet every criterion, biggest spenders first."""
    return [snapshot.row(i) for i in ranked(snapshot, segment_mask(session, snapshot, segment), limit)]


def measure(snapshot: Snapshot, mask: np.ndarray) -> Match:
    spend = int(snapshot.spend[mask].sum())
    share = round(spend * 10_000 / snapshot.takings) if snapshot.takings > 0 else 0
    return Match(int(mask.sum()), spend, share)


def criterion_matches(session: Session, snapshot: Snapshot, segment: Segment) -> dict[str, Match]:
    """For each criterion set, how many match it alone and their share of takings (shown beside it)."""
    return {name: measure(snapshot, _criterion(session, snapshot, name, segment)) for name in segment.active()}


# --- saved segments --------------------------------------------------------------------------
def saved_segments(session: Session) -> dict[str, Segment]:
    row = session.get(Setting, SEGMENTS_KEY)
    stored = row.value if row and isinstance(row.value, dict) else {}
    return {name: Segment.from_json(data) for name, data in stored.items()}


def save_segment(session: Session, name: str, segment: Segment) -> None:
    name = " ".join(name.split())
    if not name:
        raise ValueError("a saved segment needs a name")
    row = session.get(Setting, SEGMENTS_KEY) or Setting(key=SEGMENTS_KEY)
    stored = dict(row.value) if isinstance(row.value, dict) else {}
    stored[name] = segment.to_json()
    row.value = stored
    session.add(row)


def delete_segment(session: Session, name: str) -> None:
    row = session.get(Setting, SEGMENTS_KEY)
    if row and isinstance(row.value, dict) and name in row.value:
        row.value = {k: v for k, v in row.value.items() if k != name}
        session.add(row)


# --- tags in bulk ----------------------------------------------------------------------------
def tag_customers(session: Session, country: str, customer_ids: list[str], add: str = "", remove: str = "") -> int:
    """Add and/or remove one tag on many customers (each change synced like an edit at the till);
    returns how many customers changed."""
    from shop.customers import clean_tags, update_customer

    add, remove = " ".join(add.split()), " ".join(remove.split()).casefold()
    changed = 0
    conn = session.connection()
    for cid in customer_ids:
        raw = conn.exec_driver_sql("SELECT tags FROM customer WHERE id = ? AND erased_at IS NULL", (cid,)).scalar()
        if raw is None:
            continue
        tags = json.loads(raw)
        new = [t for t in tags if t.casefold() != remove] if remove else list(tags)
        if add:
            new = clean_tags([*new, add])
        if new != tags:
            update_customer(session, country, cid, tags=new)
            changed += 1
    return changed


def all_tags(snapshot: Snapshot) -> list[str]:
    """The tags in use, most used first (as first written)."""
    seen: dict[str, list] = {}
    for ts in snapshot.tags:
        for t in ts:
            seen.setdefault(t.casefold(), [t, 0])[1] += 1
    return [t for t, _n in sorted(seen.values(), key=lambda v: (-v[1], v[0].casefold()))]
