"""One IOM Desk per user and directory: a second start hands its files to the first and exits.

The first start listens on a local socket (QLocalServer: a Unix socket on Linux and macOS, a named
pipe on Windows). A later start with the same key connects, sends the absolute paths of the files it
was given (``iomdesk contacts.vcf``, a double-click in the file manager), waits for the first to say
it got them, and exits 0; the first raises its window and opens the files.

The key is the OS user plus the directory the start would open (its ``--db`` or ``IOMDESK_DB``
value, else the data folder, which holds the own file and the saved team connection). So two starts
on the same directory share one window, and two different databases (``--db other.sqlite3``) still
run side by side, each with its own window.

A socket left behind by a first instance that crashed does not block a start: nobody answers on it,
so the new start removes it (QLocalServer.removeServer) and listens itself.

Messages are one line of UTF-8 JSON each way: ``{"files": [...]}`` and ``{"ok": true}``.
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger("iomdesk.single_instance")

CONNECT_TIMEOUT_MS = 1000
REPLY_TIMEOUT_MS = 5000  # the first instance may be busy (a search, a dialog opening): it answers between events
SLICE_MS = 20
MAX_MESSAGE = 1 << 20  # 1 MiB of file names is plenty; more is not a message from IOM Desk


def _user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in the environment nor in the password database
        return str(os.getuid()) if hasattr(os, "getuid") else "user"


def directory_key(db_value: str | None) -> str:
    """What tells two directories apart: the ``--db``/``IOMDESK_DB`` value (a file made absolute),
    else the data folder (the own file and the saved team connection live there)."""
    value = db_value or os.environ.get("IOMDESK_DB")
    if value:
        if "://" in value:  # a database URL: as given
            return value
        return str(Path(value).expanduser().resolve())
    from ..paths import data_dir

    return str(data_dir().resolve())


def server_name(db_value: str | None = None) -> str:
    """The local socket's name: unique per OS user and directory, short enough for a Unix socket path."""
    digest = hashlib.sha256(f"{_user()}\0{directory_key(db_value)}".encode()).hexdigest()[:24]
    name = f"iomdesk-{digest}"
    if sys.platform == "win32":  # a named pipe
        return name
    # A folder only this user can enter: the runtime folder (XDG_RUNTIME_DIR, mode 0700), else one
    # of our own in the temp folder. Not the temp folder itself, where another user could put a
    # socket of that name first; not QLocalServer.UserAccessOption either: with it, listen()
    # silently replaces a live instance's socket instead of failing (Qt binds elsewhere and renames).
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    folder = runtime if runtime and os.path.isdir(runtime) else _private_temp_folder()
    return os.path.join(folder, name) if folder else name


def _private_temp_folder() -> str | None:
    """``$TMPDIR/iomdesk-UID``, mode 0700, owned by this user; None when it cannot be had so (then
    Qt's default, the temp folder itself)."""
    import tempfile

    folder = os.path.join(tempfile.gettempdir(), f"iomdesk-{os.getuid()}")
    try:
        os.mkdir(folder, 0o700)
    except FileExistsError:
        pass
    except OSError:
        return None
    info = os.lstat(folder)
    import stat

    if not stat.S_ISDIR(info.st_mode) or info.st_uid != os.getuid() or info.st_mode & 0o077:
        log.warning("single instance: %s is not this user's private folder", folder)
        return None
    return folder


def absolute_paths(paths: list[str]) -> list[str]:
    """File arguments as the first instance needs them: it has its own working folder."""
    return [str(Path(p).expanduser().absolute()) for p in paths]


def _wait(wait_for, timeout_ms: int, done=None, socket: QLocalSocket | None = None) -> bool:
    """Qt's blocking ``waitFor...`` in short slices: PySide6 keeps Python's lock while one waits, and
    a first instance in the same process (the tests) needs it to answer. Gives up at once when
    ``socket`` is unconnected (no server there, or it hung up)."""
    deadline = time.monotonic() + timeout_ms / 1000
    while True:
        if done is not None and done():
            return True
        if wait_for(SLICE_MS):
            return True
        if socket is not None and socket.state() == QLocalSocket.LocalSocketState.UnconnectedState:
            return False
        if time.monotonic() >= deadline:
            return False


class SingleInstance(QObject):
    """``send(files)`` first: True means another instance took them and this one should exit.
    Otherwise ``listen()``, and ``filesReceived`` brings what later starts send."""

    filesReceived = Signal(list)

    def __init__(self, name: str, parent: QObject | None = None):
        super().__init__(parent)
        self.name = name
        self.server: QLocalServer | None = None
        self._buffers: dict[QLocalSocket, bytes] = {}

    # -- a later start -------------------------------------------------------------------------
    def send(self, files: list[str], timeout_ms: int = REPLY_TIMEOUT_MS) -> bool:
        """Hand ``files`` to a running instance. False when none answers (none runs, or a stale socket)."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not _wait(socket.waitForConnected, CONNECT_TIMEOUT_MS, socket=socket):
            return False
        try:
            socket.write(json.dumps({"files": absolute_paths(files)}).encode("utf-8") + b"\n")
            if not _wait(socket.waitForBytesWritten, timeout_ms, lambda: socket.bytesToWrite() == 0, socket):
                return False
            reply = b""
            while b"\n" not in reply:
                # the answer may have come in already, during waitForBytesWritten
                if not _wait(socket.waitForReadyRead, timeout_ms, lambda: socket.bytesAvailable() > 0, socket):
                    log.warning("the running IOM Desk did not answer")
                    return False
                reply += bytes(socket.readAll().data())
            try:
                return bool(json.loads(reply.split(b"\n", 1)[0]).get("ok"))
            except (ValueError, AttributeError):
                return False
        finally:
            socket.disconnectFromServer()

    # -- the first start -----------------------------------------------------------------------
    def listen(self) -> bool:
        """Become the instance others hand their files to. A socket file left by a crashed instance
        is removed first; False only when the socket cannot be made at all (the app then runs alone)."""
        server = QLocalServer(self)
        if not server.listen(self.name):
            if self._alive():  # a first instance too busy to answer send(): this one runs beside it
                log.warning("single instance: another IOM Desk holds the socket but did not answer")
                return False
            # The name is taken and nobody is there: a crashed instance's leftover.
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                log.warning("single instance: cannot listen (%s)", server.errorString())
                return False
        server.newConnection.connect(self._accept)
        self.server = server
        log.info("single instance: listening for later starts")
        return True

    def _alive(self) -> bool:
        probe = QLocalSocket()
        probe.connectToServer(self.name)
        alive = _wait(probe.waitForConnected, 300, socket=probe)
        probe.abort()
        return alive

    def close(self) -> None:
        """Stop listening and drop the connections still open. Their signals are cut first: a
        socket deleted with the server would otherwise call back into a half-deleted object."""
        for socket in list(self._buffers):
            try:
                socket.readyRead.disconnect()
                socket.disconnected.disconnect()
                socket.abort()
                socket.deleteLater()
            except (RuntimeError, TypeError):  # already gone
                pass
        self._buffers.clear()
        if self.server is not None:
            self.server.newConnection.disconnect()
            self.server.close()
            self.server = None

    def _accept(self) -> None:
        assert self.server is not None
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            self._buffers[socket] = b""
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(lambda s=socket: self._forget(s))
            if socket.bytesAvailable():
                self._read(socket)

    @staticmethod
    def _answer(socket: QLocalSocket, ok: bool) -> None:
        socket.write(b'{"ok": true}\n' if ok else b'{"ok": false}\n')
        # written now, not at the next turn of the event loop: opening the files may take a while
        _wait(socket.waitForBytesWritten, 1000, lambda: socket.bytesToWrite() == 0)

    def _forget(self, socket: QLocalSocket) -> None:
        if self._buffers.pop(socket, None) is not None:
            try:
                socket.deleteLater()
            except RuntimeError:  # already deleted with the server (the app is closing)
                pass

    def _read(self, socket: QLocalSocket) -> None:
        if socket not in self._buffers:
            return
        data = self._buffers[socket] + bytes(socket.readAll().data())
        if b"\n" not in data:
            if len(data) > MAX_MESSAGE:
                self._forget(socket)
                socket.abort()
            else:
                self._buffers[socket] = data
            return
        line = data.split(b"\n", 1)[0]
        self._buffers[socket] = b""
        try:
            message = json.loads(line)
            files = [str(f) for f in message.get("files", [])]
        except (ValueError, AttributeError, TypeError):
            log.warning("single instance: a message that is not IOM Desk's was ignored")
            self._answer(socket, False)
            return
        self._answer(socket, True)
        log.info("another start handed over %d file(s)", len(files))  # not the names: they may be personal
        self.filesReceived.emit(files)
