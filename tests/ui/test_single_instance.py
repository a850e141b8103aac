"""One IOM Desk per user and directory (iomdesk/ui/single_instance.py): a second start hands its
files to the first, which opens them; a crashed first start's socket does not block the next one;
``iomdesk FILE`` starts the GUI with the file."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import uuid
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from iomdesk.ui.single_instance import SingleInstance, _wait, directory_key, server_name

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
VCARD = FIXTURES / "vcard" / "contacts_v3.vcf"
CSV = FIXTURES / "csv" / "outlook.csv"
RELEASE = FIXTURES / "press" / "samples" / "08_html_release.html"
ROOT = Path(__file__).resolve().parents[2]


def unique_name() -> str:
    return f"iomdesk-test-{uuid.uuid4().hex[:12]}"


def send_in_thread(name: str, files: list[str]) -> dict:
    """The second start's side, in a thread: its blocking waits must not stop this thread's event
    loop, where the first instance answers."""
    outcome: dict = {}

    def run() -> None:
        outcome["sent"] = SingleInstance(name).send(files)

    thread = threading.Thread(target=run)
    thread.start()
    outcome["thread"] = thread
    return outcome


@pytest.fixture
def first(qapp):
    instance = SingleInstance(unique_name())
    assert instance.listen()
    received: list[list[str]] = []
    instance.filesReceived.connect(received.append)
    instance.received = received
    yield instance
    instance.close()


def test_a_second_start_hands_its_files_to_the_first(first, qtbot):
    outcome = send_in_thread(first.name, [str(VCARD), str(CSV)])
    qtbot.waitUntil(lambda: bool(first.received), timeout=5000)
    outcome["thread"].join(5)
    assert outcome["sent"] is True  # the second start exits 0
    assert first.received == [[str(VCARD), str(CSV)]]


def test_relative_paths_arrive_absolute(first, qtbot, monkeypatch):
    monkeypatch.chdir(VCARD.parent)
    outcome = send_in_thread(first.name, [VCARD.name])
    qtbot.waitUntil(lambda: bool(first.received), timeout=5000)
    outcome["thread"].join(5)
    assert first.received == [[str(VCARD)]]


def test_a_start_without_files_still_reaches_the_first(first, qtbot):
    """Starting the app again from the menu raises the running window (an empty list of files)."""
    outcome = send_in_thread(first.name, [])
    qtbot.waitUntil(lambda: bool(first.received), timeout=5000)
    outcome["thread"].join(5)
    assert outcome["sent"] is True and first.received == [[]]


def test_without_a_running_instance_the_start_goes_on(qapp):
    assert SingleInstance(unique_name()).send([str(VCARD)]) is False


def test_garbage_on_the_socket_is_refused_and_the_first_keeps_listening(first, qtbot):
    from PySide6.QtNetwork import QLocalSocket

    def garbage() -> None:
        sock = QLocalSocket()
        sock.connectToServer(first.name)
        assert sock.waitForConnected(1000)
        sock.write(b"not json at all\n")
        _wait(sock.waitForBytesWritten, 1000, lambda: sock.bytesToWrite() == 0)
        _wait(sock.waitForReadyRead, 3000, lambda: sock.bytesAvailable() > 0)
        reply.append(bytes(sock.readAll().data()))
        sock.disconnectFromServer()

    reply: list[bytes] = []
    thread = threading.Thread(target=garbage)
    thread.start()
    qtbot.waitUntil(lambda: bool(reply), timeout=5000)
    thread.join(5)
    assert reply == [b'{"ok": false}\n'] and first.received == []
    outcome = send_in_thread(first.name, [str(VCARD)])
    qtbot.waitUntil(lambda: bool(first.received), timeout=5000)
    outcome["thread"].join(5)
    assert outcome["sent"] is True


def test_a_busy_first_keeps_its_socket(first, qtbot):
    """A start whose send() found the first too busy to answer runs beside it, without taking the
    first's socket away (removeServer is only for a socket nobody is behind)."""
    second = SingleInstance(first.name)
    assert second.listen() is False
    outcome = send_in_thread(first.name, [str(VCARD)])
    qtbot.waitUntil(lambda: bool(first.received), timeout=5000)
    outcome["thread"].join(5)
    assert outcome["sent"] is True


CRASHING_FIRST = """
import os, sys
from PySide6.QtCore import QCoreApplication
from iomdesk.ui.single_instance import SingleInstance
app = QCoreApplication([])
first = SingleInstance(sys.argv[1])
assert first.listen()
print("listening", flush=True)
os.kill(os.getpid(), 9)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="a named pipe goes away with its process on Windows")
def test_a_crashed_first_start_does_not_block_the_next(qapp, tmp_path):
    """A first instance killed with SIGKILL leaves its socket file; the next start removes it."""
    name = unique_name()
    proc = subprocess.run([sys.executable, "-c", CRASHING_FIRST, name], capture_output=True, text=True,
                          timeout=60, cwd=ROOT)
    assert "listening" in proc.stdout and proc.returncode == -9
    probe = SingleInstance(name)
    socket_file = None
    from PySide6.QtNetwork import QLocalServer

    server = QLocalServer()
    if not server.listen(name):  # the leftover: a socket file nobody answers on
        socket_file = server.fullServerName() or name
    server.close()
    assert socket_file is not None, "the killed process left no socket behind; the test proves nothing"
    assert probe.send([str(VCARD)]) is False  # nobody answers: not handed over, the start goes on
    assert probe.listen() is True
    probe.close()


def test_two_directories_run_side_by_side_one_directory_shares(tmp_path, monkeypatch):
    a, b = tmp_path / "a.sqlite3", tmp_path / "b.sqlite3"
    assert server_name(str(a)) != server_name(str(b))
    assert server_name(str(a)) == server_name(str(a))
    monkeypatch.chdir(tmp_path)
    assert server_name("a.sqlite3") == server_name(str(a))  # relative or absolute: the same file
    # Without --db: the data folder decides (IOMDESK_DATA_DIR here); IOMDESK_DB counts like --db.
    default = server_name(None)
    monkeypatch.setenv("IOMDESK_DATA_DIR", str(tmp_path / "other-data"))
    assert server_name(None) != default
    monkeypatch.setenv("IOMDESK_DB", str(a))
    assert server_name(None) == server_name(str(a))
    assert directory_key("postgresql+psycopg://team@host/iom") == "postgresql+psycopg://team@host/iom"


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes on Windows")
def test_the_socket_lives_in_the_users_runtime_folder(monkeypatch, tmp_path):
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    assert Path(server_name("x.sqlite3")).parent == runtime
    monkeypatch.delenv("XDG_RUNTIME_DIR")
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)  # gettempdir() reads TMPDIR again
    private = tmp_path / f"iomdesk-{os.getuid()}"
    assert Path(server_name("x.sqlite3")).parent == private  # our own folder in the temp folder
    assert private.stat().st_mode & 0o777 == 0o700


@pytest.mark.skipif(sys.platform == "win32", reason="named pipes on Windows")
def test_a_temp_folder_others_can_enter_is_not_used(monkeypatch, tmp_path, caplog):
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)
    planted = tmp_path / f"iomdesk-{os.getuid()}"
    planted.mkdir(mode=0o777)
    planted.chmod(0o777)  # as if someone else had made it for us
    assert "/" not in server_name("x.sqlite3")  # Qt's plain temp-folder name instead
    assert "not this user's private folder" in caplog.text


def test_the_name_differs_per_user(monkeypatch):
    import iomdesk.ui.single_instance as si

    monkeypatch.setattr(si, "_user", lambda: "alice")
    alice = server_name("x.sqlite3")
    monkeypatch.setattr(si, "_user", lambda: "bob")
    assert server_name("x.sqlite3") != alice
    assert len(os.path.basename(alice)) < 40  # a Unix socket path has ~100 characters


# -- the window opens what arrives ----------------------------------------------------------------
def test_a_handed_over_vcard_reaches_the_import_wizard(window, first, qtbot):
    first.filesReceived.connect(window.open_files)
    outcome = send_in_thread(first.name, [str(VCARD)])
    qtbot.waitUntil(lambda: window.import_wizard is not None, timeout=5000)
    outcome["thread"].join(5)
    wizard = window.import_wizard
    assert wizard.isVisible()
    assert wizard.path_edit.text() == str(VCARD)
    assert wizard.source is not None and wizard.source.format == "vcard"  # read, ready for Next


def test_a_csv_and_a_press_release_open_their_own_dialogs(window):
    window.open_files([str(CSV), str(RELEASE)])
    assert window.import_wizard.path_edit.text() == str(CSV)
    assert window.import_wizard.source is not None and window.import_wizard.source.format == "csv"
    assert window.review_dialog is not None and window.review_dialog.isVisible()


def test_a_read_only_directory_opens_no_import(window, monkeypatch):
    monkeypatch.setattr(type(window.ctx), "read_only_reason", "read only for the test", raising=False)
    window.open_files([str(VCARD)])
    assert window.import_wizard is None
    assert "read only" in window.statusBar().currentMessage()


def test_files_given_before_the_window_exists_wait_for_it(window, qtbot):
    from iomdesk.ui.application import FileOpener

    opener = FileOpener([str(CSV)])
    opener.received([str(VCARD)])  # a second start while the first still asks for a password
    assert window.import_wizard is None
    opener.ready(window)
    assert window.import_wizard is not None
    # both are opened, one after the other: the first now, the second when the first is closed
    assert window.import_wizard.path_edit.text() == str(CSV)
    window.import_wizard.cancel()
    qtbot.waitUntil(lambda: window.import_wizard.isVisible() and window.import_wizard.path_edit.text() == str(VCARD))


def test_a_file_handed_over_while_a_wizard_is_open_waits_for_it(window, qtbot):
    from PySide6.QtWidgets import QApplication

    from iomdesk.ui.import_wizard import ImportWizard

    window.open_files([str(VCARD)])
    first = window.import_wizard
    window.open_files([str(CSV)])  # a second start with another file, while the first wizard is open
    shown = [w for w in QApplication.topLevelWidgets() if isinstance(w, ImportWizard) and w.isVisible() and w.parent() is window]
    assert shown == [first] and first.path_edit.text() == str(VCARD)  # never two wizards stacked
    assert CSV.name in window.statusBar().currentMessage()  # the user is told the file waits
    first.cancel()
    qtbot.waitUntil(lambda: window.import_wizard is not first and window.import_wizard.isVisible())
    assert window.import_wizard.path_edit.text() == str(CSV)


# -- the command line ---------------------------------------------------------------------------
def test_a_file_argument_starts_the_gui_with_it(monkeypatch, tmp_path):
    import iomdesk.app as app

    calls = []
    monkeypatch.setattr("iomdesk.ui.application.run_gui", lambda db, files=None: calls.append((db, files)) or 0)
    assert app.main([str(VCARD)]) == 0
    assert app.main(["--db", "x.sqlite3", str(CSV), str(VCARD)]) == 0
    # a file that is called like a subcommand is a file, when it exists
    monkeypatch.chdir(tmp_path)
    (tmp_path / "import").write_text("BEGIN:VCARD\nEND:VCARD\n")
    assert app.main(["import"]) == 0
    assert calls == [(None, [str(VCARD)]), ("x.sqlite3", [str(CSV), str(VCARD)]), (None, ["import"])]


def test_a_mistyped_command_is_still_a_usage_error(monkeypatch, capsys):
    import iomdesk.app as app

    monkeypatch.setattr("iomdesk.ui.application.run_gui", lambda *a, **k: pytest.fail("the GUI started"))
    with pytest.raises(SystemExit) as info:
        app.main(["serach", "geneva"])
    assert info.value.code == 2
    assert "no such command or file: serach" in capsys.readouterr().err


def test_a_real_second_process_hands_over_and_exits_0(first, qtbot, tmp_path, monkeypatch):
    """``iomdesk --db X contacts.vcf`` as a second process, while this test is the first instance."""
    if sys.platform != "win32":
        (tmp_path / "run").mkdir(mode=0o700)
        monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path / "run"))
    db = tmp_path / "dir.sqlite3"
    first.close()
    instance = SingleInstance(server_name(str(db)))
    assert instance.listen()
    received: list = []
    instance.filesReceived.connect(received.append)
    # No window system for the second start: it hands over before it makes a QApplication.
    env = dict(os.environ, QT_QPA_PLATFORM="no-such-platform", PYTHONPATH=str(ROOT))
    proc = subprocess.Popen([sys.executable, "-m", "iomdesk", "--db", str(db), str(VCARD)], cwd=tmp_path,
                            env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        qtbot.waitUntil(lambda: bool(received), timeout=30000)
        assert proc.wait(30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
        instance.close()
    assert received == [[str(VCARD)]]
    assert not db.exists()  # the second start never opened the database
    QCoreApplication.processEvents()
