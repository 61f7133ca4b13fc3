"""The owner's NPS by month in the shop's time zone, with its interval, from the answers a till holds."""
from db.engine import read_session, write_session
from db.models import NpsAnswer
from shop import nps


def store(shop, answers):
    with write_session(shop.engine) as session:
        for i, (at, score) in enumerate(answers):
            session.add(NpsAnswer(id=f"a{i}", score=score, answered_at=at, comment="slow" if score < 7 else ""))


def test_months_follow_the_shops_time_zone_and_the_interval_is_the_hand_ones(shop):
    """23:30 UTC on 30 November is December in Rome; November 10, 9, 3 is NPS 33.3, interval -73.4 to 100 (clipped)."""
    store(shop, [("2026-11-03T10:00:00+00:00", 10), ("2026-11-12T10:00:00+00:00", 9), ("2026-11-20T10:00:00+00:00", 3),
                 ("2026-11-30T23:30:00+00:00", 7), ("2026-12-02T09:00:00+00:00", 0)])
    with read_session(shop.engine) as session:
        months = nps.by_month(session)
        comments = nps.detractor_comments(session)
    november, december = months
    assert (november.period, november.promoters, november.passives, november.detractors) == ("2026-11", 2, 0, 1)
    # By hand: p_P = 2/3, p_D = 1/3; var = (1 - 1/9) / 3 = 0.29630, se = 0.54433, 1.96 se = 1.06688.
    assert round(november.score, 2) == 33.33
    assert round(november.interval[0], 1) == -73.4 and november.interval[1] == 100.0
    assert (december.period, december.passives, december.detractors, december.score) == ("2026-12", 1, 1, -50.0)
    assert [(c.score, c.comment) for c in comments] == [(0, "slow"), (3, "slow")]


def test_no_answers_no_figure(shop):
    """Without answers there is no score and no interval, not a zero."""
    with read_session(shop.engine) as session:
        figure = nps.overall(session)
    assert (figure.answers, figure.score, figure.interval) == (0, None, None)
