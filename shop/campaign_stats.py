"""Honest figures for a campaign: 95 % intervals for rates, differences of rates, and means.

- A rate (redeemed / members, came back / members): Wilson's score interval, which stays inside
  0..1 and behaves with small counts (scipy's `binomtest(...).proportion_ci(method="wilson")`).
- A difference of two rates (a variant's uplift over the control group): Newcombe's hybrid score
  interval (method 10 of Newcombe, Statistics in Medicine 1998;17:873-890), built from the two
  Wilson intervals.
- A mean (revenue per member, average basket): Student's t interval.

The owner is told "not enough data yet" while a variant's interval and the control's overlap:
no winner is declared on thirty coupons.
"""
import math
from dataclasses import dataclass
from statistics import fmean, stdev

from scipy import stats

Z95 = 1.959963984540054  # the normal quantile Wilson's interval uses for 95 %


@dataclass(frozen=True)
class Interval:
    estimate: float
    low: float
    high: float

    def overlaps(self, other: "Interval") -> bool:
        return self.low <= other.high and other.low <= self.high


def wilson(successes: int, n: int) -> Interval:
    """The rate successes / n with its 95 % Wilson interval; (0, 0, 1) when there is nobody yet."""
    if n <= 0:
        return Interval(0.0, 0.0, 1.0)
    ci = stats.binomtest(successes, n).proportion_ci(confidence_level=0.95, method="wilson")
    return Interval(successes / n, float(ci.low), float(ci.high))


def newcombe_difference(x1: int, n1: int, x2: int, n2: int) -> Interval:
    """p1 - p2 with Newcombe's hybrid score 95 % interval (his method 10)."""
    a, b = wilson(x1, n1), wilson(x2, n2)
    d = a.estimate - b.estimate
    low = d - math.sqrt((a.estimate - a.low) ** 2 + (b.high - b.estimate) ** 2)
    high = d + math.sqrt((a.high - a.estimate) ** 2 + (b.estimate - b.low) ** 2)
    return Interval(d, low, high)


def mean_interval(values: list[float]) -> Interval:
    """The mean with its 95 % t interval; the interval is the point itself for one value, and 0 for none.
    The mean of values none of which is negative cannot be: the low end stops at 0 (t's symmetric
    interval crosses it when most members spent nothing)."""
    if not values:
        return Interval(0.0, 0.0, 0.0)
    mean = fmean(values)
    if len(values) < 2:
        return Interval(mean, mean, mean)
    half = float(stats.t.ppf(0.975, len(values) - 1)) * stdev(values) / math.sqrt(len(values))
    low = mean - half if min(values) < 0 else max(0.0, mean - half)
    return Interval(mean, low, mean + half)


def verdict(variant: Interval, control: Interval) -> str:
    """'better' or 'worse' only when the two intervals are apart; else 'not_enough_data'."""
    if variant.overlaps(control):
        return "not_enough_data"
    return "better" if variant.estimate > control.estimate else "worse"
