"""One task runner for background work (in the spirit of Anki's `taskman` and `CollectionOp`).

    tasks.run(service.sign_in, actor, request, on_success=self._on_signed_in,
              on_failure=self._on_sign_in_failed)

The work function runs on a worker thread (a `concurrent.futures.ThreadPoolExecutor`: PySide6's
`QThreadPool.start(QRunnable)` kept a reference to a share of the finished runnables, with their
function and arguments, for ever; bench/soak.py found it and
tests/ui/test_kiosk_soak_regression.py guards it). It takes and returns plain data and must never
touch a widget. Its result (or the exception it raised) comes back on the GUI thread, where
`on_success(result)` or `on_failure(exc)` runs. Nothing that waits for disk, a decoder or a
printer blocks the event loop.

Tests wait for a task with `qtbot.waitSignal(tasks.sig_task_finished)` or
`qtbot.waitUntil(lambda: tasks.idle)`.
"""

from __future__ import annotations

import concurrent.futures
import itertools
import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)

SuccessCallback = Callable[[Any], None]
FailureCallback = Callable[[BaseException], None]


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits through it, so delivery is queued there."""

    sig_job_done = Signal(int, object)
    """Arguments: task id, an _Outcome.

    The outcome is wrapped in one object on purpose: emitting a bare None through an `object`
    signal argument makes some PySide6 releases drop a reference to None each time, and the
    interpreter aborts at exit ("deallocating None")."""


class _Outcome:
    __slots__ = ("error", "result")

    def __init__(self, result: object, error: BaseException | None) -> None:
        self.result = result
        self.error = error


def _work(
    task_id: int,
    relay: _Relay,
    fn: Callable[..., Any],
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
) -> None:  # runs on a worker thread; must not touch widgets
    try:
        result = fn(*args, **kwargs)
    except BaseException as exc:  # delivered to on_failure on the GUI thread
        relay.sig_job_done.emit(task_id, _Outcome(None, exc))
    else:
        relay.sig_job_done.emit(task_id, _Outcome(result, None))


def _log_failure(exc: BaseException) -> None:
    # The type only: exception messages may one day carry something personal.
    log.error("background task failed: %s", type(exc).__name__)


class TaskRunner(QObject):
    """Runs plain-data functions off the GUI thread and hands results back on it."""

    sig_task_finished = Signal(int, bool)
    """Emitted on the GUI thread after a task's callback has run. Arguments: task id, succeeded."""

    def __init__(self, parent: QObject | None = None, *, max_threads: int = 2) -> None:
        super().__init__(parent)
        self._pool = concurrent.futures.ThreadPoolExecutor(
            max_workers=max_threads, thread_name_prefix="hubdesk-task"
        )
        self._running: set[concurrent.futures.Future[None]] = set()
        self._running_lock = threading.Lock()
        self._relay = _Relay(self)
        self._relay.sig_job_done.connect(self._on_job_done)
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[SuccessCallback | None, FailureCallback | None]] = {}
        # lanes of tasks run one after another, in the order asked (run_in_order)
        self._lanes: dict[str, list[tuple[Callable[..., Any], tuple[Any, ...], Any, Any]]] = {}
        self._lane_busy: set[str] = set()

    @property
    def idle(self) -> bool:
        """True when no task is waiting, running or waiting for its callback."""
        return not self._callbacks

    @property
    def pending(self) -> int:
        return len(self._callbacks)

    def run(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_success: SuccessCallback | None = None,
        on_failure: FailureCallback | None = None,
        **kwargs: Any,
    ) -> int:
        """Run `fn(*args, **kwargs)` on a worker; return the task id.

        `fn` runs on a worker thread and must not touch widgets. `on_success(result)` or
        `on_failure(exc)` runs later on the GUI thread. Without `on_failure` a failure is logged
        (by type only) and otherwise dropped.
        """
        task_id = next(self._ids)
        self._callbacks[task_id] = (on_success, on_failure)
        future = self._pool.submit(_work, task_id, self._relay, fn, args, kwargs)
        with self._running_lock:
            self._running.add(future)
        future.add_done_callback(self._forget)
        return task_id

    def run_in_order(
        self,
        lane: str,
        fn: Callable[..., Any],
        *args: Any,
        on_success: SuccessCallback | None = None,
        on_failure: FailureCallback | None = None,
    ) -> None:
        """Like `run`, but the tasks of one `lane` run one at a time in the order asked, each
        after the previous one's callback: a person's taps written in the order tapped (the
        workers could otherwise finish them out of order, and the last tap must win)."""
        self._lanes.setdefault(lane, []).append((fn, args, on_success, on_failure))
        self._next_in(lane)

    def _next_in(self, lane: str) -> None:
        queue = self._lanes.get(lane)
        if lane in self._lane_busy or not queue:
            return
        fn, args, on_success, on_failure = queue.pop(0)
        self._lane_busy.add(lane)

        def done(result: Any) -> None:
            self._lane_busy.discard(lane)
            try:
                if on_success is not None:
                    on_success(result)
            finally:
                self._next_in(lane)

        def failed(exc: BaseException) -> None:
            self._lane_busy.discard(lane)
            try:
                (on_failure or _log_failure)(exc)
            finally:
                self._next_in(lane)

        self.run(fn, *args, on_success=done, on_failure=failed)

    def _forget(self, future: concurrent.futures.Future[None]) -> None:
        with self._running_lock:
            self._running.discard(future)

    def wait_for_done(self, msecs: int = 30_000) -> bool:
        """Block until the workers finish (shutdown only; callbacks still need the event loop)."""
        with self._running_lock:
            running = set(self._running)
        _, not_done = concurrent.futures.wait(running, timeout=msecs / 1000)
        return not not_done

    @Slot(int, object)
    def _on_job_done(self, task_id: int, outcome: _Outcome) -> None:
        on_success, on_failure = self._callbacks.pop(task_id, (None, None))
        result, exc = outcome.result, outcome.error
        ok = exc is None
        try:
            if ok:
                if on_success is not None:
                    on_success(result)
            else:
                assert isinstance(exc, BaseException)
                if on_failure is not None:
                    on_failure(exc)
                else:
                    _log_failure(exc)
        finally:
            self.sig_task_finished.emit(task_id, ok)
