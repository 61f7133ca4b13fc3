"""ui/tasks.py: one-off jobs off the UI thread, their answers on it; the long-lived worker loop."""
import threading

import pytest
from PySide6.QtCore import QObject, QThread

from ui.tasks import Worker, run_task, wait_for_tasks


@pytest.fixture
def owner(qapp):
    owner = QObject()
    yield owner
    wait_for_tasks()
    owner.deleteLater()


def test_the_work_runs_off_the_ui_thread_and_its_result_arrives_on_it(qtbot, owner):
    """work() runs on a pool thread; on_done gets its result on the UI thread."""
    ui_thread = QThread.currentThread()
    seen = {}

    def work():
        seen["work_thread"] = QThread.currentThread()
        return 42

    def done(result):
        seen["result"], seen["done_thread"] = result, QThread.currentThread()

    run_task(owner, work, done, lambda error: seen.setdefault("error", error))
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen["result"] == 42 and "error" not in seen
    assert seen["work_thread"] is not ui_thread and seen["done_thread"] is ui_thread


def test_an_exception_goes_to_on_error_on_the_ui_thread(qtbot, owner):
    """A failing job hands its exception to on_error, on the UI thread, and on_done never runs."""
    seen = {}

    def work():
        raise ValueError("no paper")

    run_task(owner, work, lambda result: seen.setdefault("result", result),
             lambda error: seen.update(error=error, thread=QThread.currentThread()))
    qtbot.waitUntil(lambda: "error" in seen)
    assert isinstance(seen["error"], ValueError) and str(seen["error"]) == "no paper"
    assert seen["thread"] is QThread.currentThread() and "result" not in seen


def test_an_owner_deleted_before_the_end_gets_no_callback(qtbot, qapp):
    """A dialog closed while its job runs is not called back (its widgets are gone)."""
    release, seen = threading.Event(), []
    owner = QObject()
    run_task(owner, lambda: release.wait(30), seen.append, seen.append)
    with qtbot.waitSignal(owner.destroyed):
        owner.deleteLater()
    release.set()
    assert wait_for_tasks(30_000)
    qapp.processEvents()
    assert seen == []


def test_a_worker_loops_until_stopped_and_wakes_when_asked():
    """The loop starts on its own thread, runs a turn when woken, and ends when stopped."""
    turns, woke = [], threading.Event()

    def loop(stop, wake):
        while not stop.is_set():
            turns.append(threading.current_thread().name)
            woke.set()
            wake.wait()
            wake.clear()

    worker = Worker("test-loop", loop)
    worker.start()
    assert woke.wait(30) and worker.running
    woke.clear()
    worker.wake()
    assert woke.wait(30)
    worker.stop()
    assert not worker.running and len(turns) >= 2 and set(turns) == {"test-loop"}
