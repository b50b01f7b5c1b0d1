"""The task runner: work runs off the GUI thread, results come back on it."""

from __future__ import annotations

import threading

import pytest

from hubdesk.ui.tasks import TaskRunner


@pytest.fixture
def tasks(qapp):
    runner = TaskRunner()
    yield runner
    runner.wait_for_done()


def test_result_arrives_on_the_gui_thread(tasks, qtbot):
    gui = threading.get_ident()
    seen = {}

    def work(a: int, b: int) -> int:
        seen["worker"] = threading.get_ident()
        return a + b

    def done(result: int) -> None:
        seen["callback"] = threading.get_ident()
        seen["result"] = result

    with qtbot.waitSignal(tasks.sig_task_finished, timeout=5000) as finished:
        task_id = tasks.run(work, 2, 3, on_success=done)
    assert finished.args == [task_id, True]
    assert seen["result"] == 5
    assert seen["worker"] != gui
    assert seen["callback"] == gui
    assert tasks.idle


def test_failure_goes_to_on_failure(tasks, qtbot):
    caught = []

    def work() -> None:
        raise ValueError("nope")

    with qtbot.waitSignal(tasks.sig_task_finished, timeout=5000) as finished:
        tasks.run(work, on_success=lambda r: caught.append(("ok", r)), on_failure=caught.append)
    assert finished.args[1] is False
    assert len(caught) == 1
    assert isinstance(caught[0], ValueError)


def test_none_results_and_many_tasks(tasks, qtbot):
    results = []
    for i in range(50):
        tasks.run(lambda i=i: None if i % 2 else i, on_success=results.append)
    qtbot.waitUntil(lambda: tasks.idle, timeout=10_000)
    assert sorted(r for r in results if r is not None) == list(range(0, 50, 2))
    assert results.count(None) == 25


def test_failure_without_handler_is_logged_by_type_only(tasks, qtbot, caplog):
    def work() -> None:
        raise RuntimeError("Amira Khan, NE6 2AB")  # personal data must not reach the log

    with qtbot.waitSignal(tasks.sig_task_finished, timeout=5000):
        tasks.run(work)
    assert "RuntimeError" in caplog.text
    assert "Amira" not in caplog.text


def test_a_lane_runs_its_tasks_one_at_a_time_in_the_order_asked(tasks, qtbot):
    """run_in_order: a person's taps are written in the order tapped, even when an early one is
    slow and a later one quick (with two workers, `run` could finish them the other way round),
    and a failure does not stop the ones after it."""
    import time

    written: list[str] = []
    failures: list[BaseException] = []
    lock = threading.Lock()

    def write(tap: str, slow: float) -> str:
        time.sleep(slow)  # an early tap held up, not a measurement
        with lock:
            written.append(tap)
        if tap == "fails":
            raise ValueError(tap)
        return tap

    for tap, slow in (("first", 0.3), ("fails", 0.0), ("second", 0.0), ("last", 0.0)):
        tasks.run_in_order("voice", write, tap, slow, on_failure=failures.append)
    qtbot.waitUntil(lambda: tasks.idle, timeout=10_000)
    assert written == ["first", "fails", "second", "last"]
    assert [str(e) for e in failures] == ["fails"]
