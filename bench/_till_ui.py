"""Figures that need the real Qt window: scan-to-line and cold start."""
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from bench._figures import figure
from bench._large_shop import cache_dir

PROJECT = Path(__file__).resolve().parent.parent


def scan_to_line(db_path: Path, n: int = 300) -> dict:
    """From the first key of a scan to the new line painted in the till's table.

    The scanner is simulated as key events into the search box (what a USB scanner sends); the
    baseline is the same barcode lookup in raw sqlite3.
    """
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from db.engine import open_database, read_session
    from shop.cart import Cart
    from shop.users import active_users
    from shop.till import Till
    from ui.app import settle_after_start
    from ui.style import apply_style
    from ui.till_window import TillWindow

    class PaintSeen(QObject):
        painted = False

        def eventFilter(self, _watched, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                self.painted = True
            return False

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
    settle_after_start()  # as the till does before its first sign-in
    window = TillWindow(till)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    app.processEvents()
    paint = PaintSeen()
    window.cart_view.viewport().installEventFilter(paint)
    samples, cpu_samples = [], []
    for i, code in enumerate(picks):
        if i % 25 == 0:  # a fresh basket now and then, as at the counter
            till.cart = Cart()
            window.refresh()
            app.processEvents()
        rows_before = window.cart_model.rowCount()
        paint.painted = False
        start, cpu = time.perf_counter(), time.thread_time()
        QTest.keyClicks(window.search, code)
        QTest.keyClick(window.search, Qt.Key.Key_Return)
        # The next frame, as the event loop paints it: only what changed is drawn again.
        while not paint.painted and time.perf_counter() - start < 5:
            app.processEvents()
        samples.append((time.perf_counter() - start) * 1000)
        cpu_samples.append((time.thread_time() - cpu) * 1000)
        if not paint.painted or window.cart_model.rowCount() < rows_before or window.message.text():
            raise RuntimeError(f"scanning {code} did not paint a line: {window.message.text()}")
        app.processEvents()  # whatever else this scan queued runs outside the clock
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
    return figure("till.scan_to_line", samples, raw_samples, cpu_samples)


def _bottega_command() -> list[str]:
    """The installed `bottega` script beside this Python, else the same entry point by module."""
    script = shutil.which("bottega", path=str(Path(sys.executable).parent))
    return [script] if script else [sys.executable, "-m", "ui.cli"]


def cold_start(db_path: Path, runs: int = 7) -> dict:
    """`bottega --db PATH` from launch to the till window's first painted frame (wall clock).

    The clock stops when the till reports its first paint on stdout, not when the process has
    exited; the till reports the processor time it had used by then (cpu_*). The first run, with cold file caches, is left out: at the counter the till starts on
    a machine that has run it before.
    """
    samples, cpu_samples = [], []
    # An installed till starts from compiled bytecode (pip and PyInstaller compile it); a machine
    # set to write none would make every start compile the project again. Kept out of the tree.
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=str(cache_dir() / "pycache"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    for run in range(runs + 1):
        start = time.perf_counter()
        process = subprocess.Popen(
            [*_bottega_command(), "--db", str(db_path), "--first-frame-exit"],
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=PROJECT,
        )
        painted = None
        for line in process.stdout:
            if line.startswith("first-frame-ms"):
                painted = (time.perf_counter() - start) * 1000
                _, cpu = line.split("cpu-ms") if "cpu-ms" in line else (None, None)
                break
        try:
            _out, err = process.communicate(timeout=120)
        except subprocess.TimeoutExpired:
            process.kill()
            _out, err = process.communicate()
        if painted is None:
            raise RuntimeError(f"the till did not paint (exit status {process.returncode}): {err}")
        if run:
            samples.append(painted)
            if cpu is not None:
                cpu_samples.append(float(cpu))
    return figure("till.cold_start", samples, cpu_ms=cpu_samples)
