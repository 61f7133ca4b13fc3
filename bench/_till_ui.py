"""Figures that need the real Qt window: scan-to-line and cold start."""
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path


def _percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(pct / 100 * (len(ordered) - 1))))]


def _figure(name: str, samples_ms: list[float], raw_ms: list[float] | None = None) -> dict:
    figure = {
        "name": name,
        "n": len(samples_ms),
        "p50_ms": round(statistics.median(samples_ms), 3),
        "p95_ms": round(_percentile(samples_ms, 95), 3),
    }
    if raw_ms:
        figure["raw_p50_ms"] = round(statistics.median(raw_ms), 3)
        figure["ratio"] = round(figure["p50_ms"] / figure["raw_p50_ms"], 2) if figure["raw_p50_ms"] else None
    return figure


def scan_to_line(db_path: Path, n: int = 300) -> dict:
    """From the first key of a scan to the new line painted in the till's table.

    The scanner is simulated as key events into the search box (what a USB scanner sends); the
    baseline is the same barcode lookup in raw sqlite3.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from db.engine import open_database, read_session
    from shop.cart import Cart
    from shop.users import active_users
    from shop.till import Till
    from ui.style import apply_style
    from ui.till_window import TillWindow

    raw = sqlite3.connect(db_path)
    codes = [row[0] for row in raw.execute("SELECT barcode FROM product WHERE barcode IS NOT NULL AND active")]
    rng = random.Random(1)
    picks = [rng.choice(codes) for _ in range(n)]
    app = QApplication.instance() or QApplication([])
    apply_style(app)
    engine = open_database(db_path)
    with read_session(engine) as session:
        user = active_users(session)[0]
    till = Till(engine, user)
    if till.shift is None:
        till.open_shift(0)
    window = TillWindow(till)
    window.resize(1366, 768)
    window.show()
    app.processEvents()
    samples = []
    for i, code in enumerate(picks):
        if i % 25 == 0:  # a fresh basket now and then, as at the counter
            till.cart = Cart()
            window.refresh()
            app.processEvents()
        rows_before = window.cart_model.rowCount()
        start = time.perf_counter()
        QTest.keyClicks(window.search, code)
        QTest.keyClick(window.search, Qt.Key.Key_Return)
        window.cart_view.viewport().repaint()  # paint now, as the next frame would
        samples.append((time.perf_counter() - start) * 1000)
        assert window.cart_model.rowCount() >= rows_before and not window.message.text(), window.message.text()
    window.close()
    engine.dispose()
    raw_samples = []
    sql = (
        "SELECT p.id, p.sku, p.name, p.price, p.unit, v.rate_bp FROM product p "
        "JOIN vatrate v ON v.id = p.vat_rate_id WHERE p.barcode = ? AND p.active"
    )
    for code in picks:
        start = time.perf_counter()
        raw.execute(sql, (code,)).fetchall()
        raw_samples.append((time.perf_counter() - start) * 1000)
    raw.close()
    return _figure("till.scan_to_line", samples, raw_samples)


def cold_start(db_path: Path, runs: int = 5) -> dict:
    """Launch `bottega` on the shop until the till window's first painted frame (wall clock)."""
    samples = []
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for _ in range(runs):
        start = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-m", "ui.cli", "--db", str(db_path), "--first-frame-exit"],
            capture_output=True, text=True, env=env, timeout=120, cwd=Path(__file__).resolve().parent.parent,
        )
        elapsed = (time.perf_counter() - start) * 1000
        if "first-frame-ms" not in out.stdout:
            raise RuntimeError(f"the till did not paint: {out.stdout}\n{out.stderr}")
        samples.append(elapsed)
    return _figure("till.cold_start", samples)
