"""Run service calls off the GUI thread; results and errors come back on the GUI thread."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from . import pyside_fix

pyside_fix.apply()  # before any signal of a task is emitted


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class Task(QRunnable):
    """``fn(task)`` runs on a pool thread; it may call ``task.report(done, total)`` and poll
    ``task.cancelled``. ``on_done(result)`` / ``on_error(exc)`` run on the GUI thread."""

    def __init__(self, fn: Callable[[Task], Any]):
        super().__init__()
        self.fn = fn
        self.signals = _Signals()
        self._cancel = threading.Event()
        self._last: tuple[int, int, int] | None = None  # (done, total, step) last sent by report
        self.setAutoDelete(False)

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def report(self, done: int, total: int) -> None:
        """Send the progress on when a bar would show it move (a new tenth of a percent, a new total,
        a step back, the end): at most ~1,000 signals per total, not one per row. Besides the queue of
        the GUI thread, PySide6 6.12.0 drops a reference to True on every emit: one per row made the
        app abort after an import of some thousand rows."""
        step = 1000 * done // total if total > 0 else done
        last = self._last
        if last is not None and total == last[1] and done >= last[0] and (
                step == last[2] and done != total or done == last[0]):
            return  # same total, no step back, and nothing a bar would show
        self._last = (done, total, step)
        self.signals.progress.emit(done, total)

    def run(self) -> None:
        try:
            result = self.fn(self)
        except BaseException as exc:  # handed to the GUI thread, shown there
            self.signals.failed.emit(exc)
            return
        self.signals.done.emit(result)


_running: set[Task] = set()


def run_task(
    fn: Callable[[Task], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    on_progress: Callable[[int, int], None] | None = None,
    pool: QThreadPool | None = None,
) -> Task:
    task = Task(fn)
    _running.add(task)

    def finish(_=None):
        _running.discard(task)

    if on_done:
        task.signals.done.connect(on_done)
    if on_error:
        task.signals.failed.connect(on_error)
    if on_progress:
        task.signals.progress.connect(on_progress)
    task.signals.done.connect(finish)
    task.signals.failed.connect(finish)
    (pool or QThreadPool.globalInstance()).start(task)
    return task
