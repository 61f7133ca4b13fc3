"""The BG/NBD model: the paper's CDNOW parameters, its predictions' shape, and scoring a shop's own history.

tests/shop/data/cdnow_summary.csv is the CDNOW sample of Fader, Hardie and Lee (2005): 2,357
customers, 39-week calibration, one row per customer (frequency, recency, T in weeks), as published
with the paper's data (brucehardie.com/datasets) and in the lifetimes library's datasets.
"""
import json
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import numpy as np
import pytest

from db.engine import read_session
from shop import bgnbd, insight
from tests.shop.customer_history import customer, sale

CDNOW = Path(__file__).parent / "data" / "cdnow_summary.csv"
PAPER = {"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426}
TODAY = date(2026, 12, 4)


def test_fit_on_cdnow_gives_the_papers_parameters_within_one_percent():
    """Fitted on the 2,357 CDNOW customers: r = 0.243, alpha = 4.414, a = 0.793, b = 2.426, each within 1 %."""
    params = insight.fit_summary_file(CDNOW).as_dict()
    for name, published in PAPER.items():
        assert params[name] == pytest.approx(published, rel=0.01), name


def test_the_command_line_prints_the_parameters_as_json():
    """`bottega insight fit --summary FILE.csv` prints r, alpha, a, b as JSON."""
    out = subprocess.run([sys.executable, "-m", "ui.cli", "insight", "fit", "--summary", str(CDNOW)],
                         capture_output=True, text=True, check=True).stdout
    assert json.loads(out).keys() == PAPER.keys()


def test_predictions_behave_as_the_model_says():
    """No repeat visit: surely alive; the same buyer long away is less alive than one seen lately; expectations add up."""
    p = bgnbd.Params(**PAPER)
    x, t_x, T = np.array([0.0, 5, 5]), np.array([0.0, 38, 10]), np.array([39.0, 39, 39])
    alive = bgnbd.p_alive(p, x, t_x, T)
    assert alive[0] == 1.0 and alive[1] > 0.8 > 0.5 > alive[2]
    ahead = bgnbd.expected_visits(p, 39, x, t_x, T)
    assert ahead[1] > ahead[0] > 0 and ahead[1] > ahead[2]
    data = np.loadtxt(CDNOW, delimiter=",", skiprows=1)
    # The paper's 39-week hold-out had 1,788 repeat purchases; the conditional expectation is near it.
    assert 1500 < bgnbd.expected_visits(p, 39, data[:, 1], data[:, 2], data[:, 3]).sum() < 2000


def test_too_little_history_is_a_typed_failure():
    """Three customers cannot be fitted: FitFailed, never nonsense parameters."""
    with pytest.raises(bgnbd.FitFailed):
        bgnbd.fit([0, 1, 2], [0, 1, 2], [5, 5, 5])


def test_shop_scores_weekly_regular_gone_quiet_below_one_still_coming(shop):
    """On a shop's own history: a weekly customer away ten weeks is less likely active than one seen this week."""
    quiet, steady = customer(shop, "Quiet"), customer(shop, "Steady")
    for n in range(12):
        sale(shop, quiet, TODAY - timedelta(days=70 + 7 * n), 1000)
        sale(shop, steady, TODAY - timedelta(days=1 + 7 * n), 1000)
    for n in range(30):  # a crowd of occasional customers so the model has something to fit
        who = customer(shop, f"Occasional {n}")
        for k in range(n % 4 + 1):
            sale(shop, who, TODAY - timedelta(days=10 + 37 * k + n), 500)
    with read_session(shop.engine) as session:
        scores = insight.score(session, TODAY)
    assert scores.params is not None
    q, s = scores.index[quiet], scores.index[steady]
    assert scores.p_alive[q] < scores.p_alive[s]
    assert scores.expected_90[q] < scores.expected_90[s]
    assert scores.clv[s] > 0
