"""`bottega --db PATH` as a shop starts it: a separate process, the real entry point, to the till's first frame."""
import gc
import os
import subprocess
import sys

from ui.app import settle_after_start


def test_the_till_starts_on_a_shop_and_paints(shop):
    shop.engine.dispose()
    started = subprocess.run(
        [sys.executable, "-m", "ui.cli", "--db", str(shop.path), "--first-frame-exit"],
        capture_output=True, text=True, timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert started.returncode == 0, started.stderr
    assert started.stdout.startswith("first-frame-ms "), started.stdout


def test_settling_turns_the_collector_back_on():
    frozen_before = gc.get_freeze_count()
    gc.disable()
    try:
        settle_after_start()
        assert gc.isenabled()
    finally:
        gc.enable()
        if not frozen_before:
            gc.unfreeze()  # the rest of the test run collects as usual


def test_the_till_window_does_not_load_the_http_client():
    """httpx costs ~150 ms of start-up; only the sync worker's thread loads it, after the window is up."""
    code = "import sys, ui.till_window, ui.sync_status; print(sorted(m for m in sys.modules if m.split('.')[0] == 'httpx'))"
    loaded = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert loaded.returncode == 0, loaded.stderr
    assert loaded.stdout.strip() == "[]"
