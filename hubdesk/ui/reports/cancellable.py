"""A cancellable background job with progress, on top of the shared TaskRunner.

TaskRunner runs plain functions and returns their result on the GUI thread; it has no notion of
progress or cancelling. `CancellableJob` adds both: the work function receives a `CancelToken`
(checked between steps; raising ExportCancelledError stops it cleanly) and a `progress(done, of)`
callable that is safe to call on the worker (it emits a queued signal to the GUI thread).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from hubdesk.ui.reports.exports import CancelToken, ExportCancelledError
from hubdesk.ui.tasks import TaskRunner


class CancellableJob(QObject):
    sig_progress_changed = Signal(int, int)
    """Emitted (queued onto the GUI thread) as the job goes. Arguments: done, of."""

    sig_job_finished = Signal(str, object)
    """Emitted on the GUI thread at the end. Arguments: "done", "cancelled" or "failed"; the
    result (done), None (cancelled) or the exception (failed)."""

    def __init__(self, tasks: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.token: CancelToken | None = None

    @property
    def running(self) -> bool:
        return self.token is not None

    def start(self, fn: Callable[[CancelToken, Callable[[int, int], None]], Any]) -> CancelToken:
        """Run `fn(token, progress)` on a worker. `fn` must not touch widgets."""
        if self.token is not None:
            raise RuntimeError("a job is already running")
        token = CancelToken()
        self.token = token
        emit = self.sig_progress_changed.emit

        def work() -> Any:  # runs on a worker thread
            return fn(token, lambda done, of: emit(int(done), int(of)))

        self._tasks.run(work, on_success=self._on_done, on_failure=self._on_failed)
        return token

    def cancel(self) -> None:
        if self.token is not None:
            self.token.cancel()

    def _on_done(self, result: Any) -> None:
        self.token = None
        self.sig_job_finished.emit("done", result)

    def _on_failed(self, exc: BaseException) -> None:
        self.token = None
        if isinstance(exc, ExportCancelledError):
            self.sig_job_finished.emit("cancelled", None)
        else:
            self.sig_job_finished.emit("failed", exc)
