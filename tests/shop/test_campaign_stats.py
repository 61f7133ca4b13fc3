"""The campaign's intervals against published figures and against the formulas worked by hand."""
import math

import pytest

from shop.campaign_stats import Z95, mean_interval, newcombe_difference, verdict, wilson


def test_wilson_matches_newcombes_published_example():
    """81 of 263 (Newcombe 1998, single proportion): 0.3080 with 95 % interval 0.2553 to 0.3662."""
    rate = wilson(81, 263)
    assert (round(rate.estimate, 4), round(rate.low, 4), round(rate.high, 4)) == (0.3080, 0.2553, 0.3662)


def test_wilson_by_hand_and_at_the_edges():
    """The score formula worked by hand for 7 of 20; 0 of 10 starts at 0; nobody yet is 0..1."""
    p, n, z = 7 / 20, 20, Z95
    centre, half = p + z * z / (2 * n), z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    rate = wilson(7, 20)
    assert rate.low == pytest.approx((centre - half) / (1 + z * z / n), abs=1e-12)
    assert rate.high == pytest.approx((centre + half) / (1 + z * z / n), abs=1e-12)
    assert wilson(0, 10).low == 0 and round(wilson(0, 10).high, 4) == 0.2775
    assert (wilson(0, 0).low, wilson(0, 0).high) == (0.0, 1.0)


@pytest.mark.parametrize("x1, n1, x2, n2, low, high", [
    (56, 70, 48, 80, 0.0524, 0.3339),  # Newcombe 1998, Table II, example (a), method 10
    (9, 10, 3, 10, 0.1705, 0.8090),    # (b)
    (5, 56, 0, 29, -0.0381, 0.1926),   # (c)
    (6, 7, 2, 7, 0.0582, 0.8062),      # (d)
])
def test_newcombe_hybrid_score_matches_the_paper(x1, n1, x2, n2, low, high):
    """The uplift interval reproduces Newcombe's method 10 on his four worked examples."""
    diff = newcombe_difference(x1, n1, x2, n2)
    assert diff.estimate == pytest.approx(x1 / n1 - x2 / n2)
    assert (round(diff.low, 4), round(diff.high, 4)) == (low, high)


def test_mean_interval_is_students_t():
    """1..5: mean 3, sd sqrt(2.5), t(4, 0.975) = 2.776445: 3 +- 1.9632; one value is its own interval."""
    mean = mean_interval([1, 2, 3, 4, 5])
    assert mean.estimate == 3
    assert mean.high - 3 == pytest.approx(2.776445 * math.sqrt(2.5) / math.sqrt(5), abs=1e-6)
    assert mean_interval([4.5]).low == 4.5 and mean_interval([]).estimate == 0


def test_mean_of_spend_never_reaches_below_zero():
    """Two of twenty spent 10.00: t's interval would reach below 0, a spend per member cannot; refunds may."""
    assert mean_interval([1000.0] * 2 + [0.0] * 18).low == 0
    assert mean_interval([1000.0] * 2 + [-50.0] + [0.0] * 17).low < 0


def test_verdict_waits_while_intervals_overlap():
    """30 coupons: 6 of 10 against 3 of 10 overlap, not enough data; 60/100 against 30/100 is better."""
    assert verdict(wilson(6, 10), wilson(3, 10)) == "not_enough_data"
    assert verdict(wilson(60, 100), wilson(30, 100)) == "better"
    assert verdict(wilson(30, 100), wilson(60, 100)) == "worse"
