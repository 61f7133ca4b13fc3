"""Automations: routine rewards that run by themselves and say what they did.

Three rules, each off until the owner turns it on (contacting customers is the owner's choice):
- birthday: the birthday reward of the loyalty rules (points or a coupon, shop/birthdays.py), issued
  `days_before` the birthday so the greeting can go out in time; the same once-a-year reward the till
  gives, so a customer never gets two.
- reengage: a coupon when a regular starts slipping away by their own rhythm (shop/regulars.py),
  once per absence (the occasion names their last visit; if they come back and slip again, again).
- thank_you: a coupon at a customer's Nth visit, once.

They run when a shift opens, when the back office opens and on "Run now"; running twice, or on a
day missed, does no harm: each rule fires once per customer and occasion (AutomationLog's unique key,
and the coupon's reason, which syncs, for a run on another till). The log is what they did and to
whom; the contact list for a channel holds only those who consented to it. The rules are kept on
the computer where they are set (the `automations` setting row), so one machine runs them.
"""
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from sqlmodel import Session, select

from db.models import AutomationLog, Coupon
from db.setting_rows import load_dataclass, save_dataclass
from shop import birthdays, coupons, regulars, segments
from shop.campaign_errors import AutomationInvalid
from shop.cart import AMOUNT, PERCENT
from shop.consents import CONTACT_FIELD, write_contact_list

AUTOMATIONS_KEY = "automations"
RULES = ("birthday", "reengage", "thank_you")
THANK_YOU_LOOKBACK_DAYS = 7  # a run missed for a few days still thanks who reached the visit meanwhile


@dataclass
class AutomationRules:
    birthday_enabled: bool = False
    birthday_days_before: int = 3
    reengage_enabled: bool = False
    reengage_kind: str = PERCENT
    reengage_value: int = 1000  # 10 %
    reengage_valid_days: int = 14
    thank_you_enabled: bool = False
    thank_you_visit: int = 10
    thank_you_kind: str = AMOUNT
    thank_you_value: int = 500  # 5.00 in a two-digit currency
    thank_you_valid_days: int = 30

    def enabled(self, rule: str) -> bool:
        return bool(getattr(self, f"{rule}_enabled"))


def load_rules(session: Session) -> AutomationRules:
    return load_dataclass(session, AUTOMATIONS_KEY, AutomationRules)


def save_rules(session: Session, rules: AutomationRules) -> None:
    """Keep the rules, or AutomationInvalid naming the first field that cannot be."""
    if not 0 <= rules.birthday_days_before <= 30:
        raise AutomationInvalid("birthday_days_before")
    for rule in ("reengage", "thank_you"):
        kind, value = getattr(rules, f"{rule}_kind"), getattr(rules, f"{rule}_value")
        if kind not in (AMOUNT, PERCENT) or value <= 0 or (kind == PERCENT and value > 10_000):
            raise AutomationInvalid(f"{rule}_value")
        if not 1 <= getattr(rules, f"{rule}_valid_days") <= 365:
            raise AutomationInvalid(f"{rule}_valid_days")
    if rules.thank_you_visit < 2:
        raise AutomationInvalid("thank_you_visit")
    save_dataclass(session, AUTOMATIONS_KEY, rules)


def _stamp(day: date) -> str:
    return datetime(day.year, day.month, day.day, tzinfo=timezone.utc).isoformat(timespec="microseconds")


class _Run:
    """One run's bookkeeping: what was done before (so nothing fires twice) and what is done now."""

    def __init__(self, session: Session, today: date):
        self.session, self.today = session, today
        self.done = {(r.rule, r.customer_id, r.occasion) for r in session.exec(select(AutomationLog))}
        self.new: list[AutomationLog] = []

    def fired(self, rule: str, customer_id: str, occasion: str) -> bool:
        if (rule, customer_id, occasion) in self.done:
            return True
        # A coupon another till's run issued (and synced) for the same occasion counts too.
        return self.session.exec(select(Coupon.id).where(
            Coupon.customer_id == customer_id, Coupon.reason == f"auto:{rule}:{occasion}")).first() is not None

    def log(self, rule: str, customer_id: str, occasion: str, coupon_id: str | None = None, points: int = 0) -> None:
        entry = AutomationLog(rule=rule, customer_id=customer_id, occasion=occasion, coupon_id=coupon_id, points=points)
        self.session.add(entry)
        self.done.add((rule, customer_id, occasion))
        self.new.append(entry)

    def coupon(self, rule: str, customer_id: str, occasion: str, kind: str, value: int, valid_days: int) -> None:
        coupon = coupons.issue_coupon(self.session, kind, value, customer_id=customer_id, valid_from=self.today,
                                      valid_until=self.today + timedelta(days=valid_days - 1),
                                      reason=f"auto:{rule}:{occasion}")
        self.log(rule, customer_id, occasion, coupon_id=coupon.id)


def run_automations(session: Session, today: date) -> list[AutomationLog]:
    """Run every rule that is on, for `today` (the shop's day); returns what was done now."""
    rules = load_rules(session)
    run = _Run(session, today)
    if rules.birthday_enabled:
        _birthdays(run, rules)
    if rules.reengage_enabled:
        _reengage(run, rules)
    if rules.thank_you_enabled:
        _thank_you(run, rules)
    session.flush()
    return run.new


def _birthdays(run: _Run, rules: AutomationRules) -> None:
    for person in birthdays.birthdays_between(run.session, run.today, run.today + timedelta(days=rules.birthday_days_before)):
        occasion = f"birthday:{person.this_year.year}"
        if run.fired("birthday", person.customer_id, occasion):
            continue
        reward = birthdays.birthday_reward(run.session, person.customer_id, person.this_year)
        if reward is None or not reward.new:  # loyalty gives none, or the till already gave this year's
            continue
        coupon_id = None
        if reward.coupon_code:
            coupon_id = run.session.exec(select(Coupon.id).where(Coupon.code == reward.coupon_code)).one()
        run.log("birthday", person.customer_id, occasion, coupon_id=coupon_id, points=reward.points)


def _reengage(run: _Run, rules: AutomationRules) -> None:
    snapshot = segments.load_customers(run.session, run.today - timedelta(days=364), run.today, run.today)
    for rhythm in regulars.slipping_away(regulars.rhythms(run.session, snapshot)):
        occasion = f"away:{rhythm.last_visit.isoformat()}"
        if not run.fired("reengage", rhythm.customer_id, occasion):
            run.coupon("reengage", rhythm.customer_id, occasion, rules.reengage_kind, rules.reengage_value,
                       rules.reengage_valid_days)


def _thank_you(run: _Run, rules: AutomationRules) -> None:
    """Customers whose Nth sale was in the last few days (only customers seen lately are counted)."""
    since = _stamp(run.today - timedelta(days=THANK_YOU_LOOKBACK_DAYS))
    end = _stamp(run.today + timedelta(days=1))  # sales up to today: a visit is counted on its day, not before
    rows = run.session.connection().exec_driver_sql(
        "SELECT customer_id FROM (SELECT customer_id, completed_at, "
        " row_number() OVER (PARTITION BY customer_id ORDER BY completed_at) AS n FROM sale "
        " WHERE kind = 'sale' AND completed_at < :end AND customer_id IN (SELECT customer_id FROM sale "
        "  WHERE completed_at >= :since AND completed_at < :end AND customer_id IS NOT NULL)) AS visits "
        "JOIN customer c ON c.id = visits.customer_id WHERE n = :n AND completed_at >= :since AND c.erased_at IS NULL",
        {"since": since, "end": end, "n": rules.thank_you_visit})
    occasion = f"visit:{rules.thank_you_visit}"
    for (customer_id,) in rows:
        if not run.fired("thank_you", customer_id, occasion):
            run.coupon("thank_you", customer_id, occasion, rules.thank_you_kind, rules.thank_you_value,
                       rules.thank_you_valid_days)


# --- what they did, and whom to tell -------------------------------------------------------------
@dataclass(frozen=True)
class LogEntry:
    at: str
    rule: str
    customer_id: str
    name: str
    occasion: str
    coupon_code: str | None
    coupon_kind: str | None
    coupon_value: int | None
    valid_until: date | None
    points: int
    contact: dict  # channel -> the contact, only for channels the customer consented to


def log_entries(session: Session, since: str | None = None, limit: int | None = 500) -> list[LogEntry]:
    """The log, newest first (from `since`, a UTC stamp, if given)."""
    sql = ("SELECT l.at, l.rule, l.customer_id, c.name, l.occasion, k.code, k.kind, k.value, k.valid_until, l.points, "
           " c.phone, c.email, c.consent_email, c.consent_sms, c.consent_messaging, c.erased_at "
           "FROM automationlog l JOIN customer c ON c.id = l.customer_id LEFT JOIN coupon k ON k.id = l.coupon_id "
           + ("WHERE l.at >= ? " if since else "") + "ORDER BY l.at DESC, c.name" + (f" LIMIT {int(limit)}" if limit else ""))
    entries = []
    for at, rule, cid, name, occasion, code, kind, value, until, points, phone, email, ce, cs, cm, erased in (
            session.connection().exec_driver_sql(sql, (since,) if since else ())):
        said_yes = {"email": ce, "sms": cs, "messaging": cm}
        reach = {"email": email, "sms": phone, "messaging": phone}
        contact = {ch: reach[ch] for ch in CONTACT_FIELD if said_yes[ch] and reach[ch] and not erased}
        entries.append(LogEntry(at, rule, cid, name, occasion, code, kind, value,
                                date.fromisoformat(str(until)) if until else None, points, contact))
    return entries


def write_contact_csv(path, session: Session, channel: str, since: str | None = None) -> int:
    """Whom to tell, for `channel`: the log's customers (from `since`) who consented to it and have the
    contact; nobody else. Returns the rows written."""
    rows = [e for e in log_entries(session, since, limit=None) if channel in e.contact]
    return write_contact_list(path, channel, ["rule", "coupon", "points", "valid_until"],
                              ((e.name, e.contact[channel], e.rule, e.coupon_code or "", e.points or "",
                                e.valid_until.isoformat() if e.valid_until else "") for e in rows))
