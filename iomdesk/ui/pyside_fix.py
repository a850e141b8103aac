"""A workaround for PySide6 6.12.0 (seen with Python 3.11): every ``Signal.emit()`` called from
Python drops a reference to ``True`` it never took. After a few thousand emits (an import's progress,
searches as the user types) the count reaches zero and the interpreter aborts with "Fatal Python
error: bool_dealloc", during the session or at quit.

:func:`apply` measures what an emit does; only where it loses references is ``True`` (and ``False``)
given a count no session can use up, which is what Python 3.12 does for these singletons anyway."""

from __future__ import annotations

import sys

_applied: bool | None = None


def apply() -> bool:
    """Protect ``True``/``False`` if this PySide6 loses references on emit; True when it did so."""
    global _applied
    if _applied is not None:
        return _applied
    _applied = False
    if sys.version_info >= (3, 12):  # immortal singletons: a lost reference cannot free them
        return False
    import ctypes

    from PySide6.QtCore import QObject, Signal

    class _Probe(QObject):
        ping = Signal(int)

    probe = _Probe()
    probe.ping.connect(lambda _n: None)
    true_before, false_before = sys.getrefcount(True), sys.getrefcount(False)
    for i in range(8):
        probe.ping.emit(i)
    lost = max(true_before - sys.getrefcount(True), false_before - sys.getrefcount(False))
    if lost >= 4:  # about one a emit (none with a sound PySide6)
        for value in (True, False):
            # ob_refcnt, the first field of every CPython object
            ctypes.c_ssize_t.from_address(id(value)).value += 1 << 40
        _applied = True
    return _applied
