"""A background task's progress reaches the window as at most ~1,000 signals, however many rows it
reports: PySide6 6.12.0 drops a reference to True on every Signal.emit, so one emit per row made the
app abort ("Fatal Python error: bool_dealloc") after a GUI import of ~6,500 rows (at quit, or during
a bigger import)."""

from PySide6.QtCore import QCoreApplication

from iomdesk.ui.workers import Task


def test_progress_of_20000_steps_is_sent_as_at_most_1001_signals(qtbot):
    seen: list[tuple[int, int]] = []

    def work(task):
        for i in range(1, 20001):
            task.report(i, 20000)
        return "ok"

    task = Task(work)
    task.signals.progress.connect(lambda d, t: seen.append((d, t)))
    task.run()  # on this thread: the signals are delivered at once
    QCoreApplication.processEvents()
    assert 900 <= len(seen) <= 1001
    assert seen[-1] == (20000, 20000)  # the end is always shown
    assert seen == sorted(seen)


def test_a_new_total_or_a_step_back_is_always_sent(qtbot):
    seen: list[tuple[int, int]] = []
    task = Task(lambda t: None)
    task.signals.progress.connect(lambda d, t: seen.append((d, t)))
    task.report(0, 10)
    task.report(5, 10)
    task.report(5, 10)  # nothing new: not sent again
    task.report(1, 3)  # a second file: a new total
    task.report(0, 3)
    assert seen == [(0, 10), (5, 10), (1, 3), (0, 3)]


def test_many_signals_from_python_do_not_abort_the_app(qtbot):
    # Every emit from Python (searches as the user types, results of tasks) lost a reference to True
    # with PySide6 6.12.0: ~6,500 of them in a session aborted the app. 20,000 here, on a task's signal.
    import sys

    task = Task(lambda t: None)
    got = []
    task.signals.done.connect(got.append)
    for i in range(20000):
        task.signals.done.emit(i)
    assert len(got) == 20000
    assert sys.getrefcount(True) > 1000 and sys.getrefcount(False) > 1000
