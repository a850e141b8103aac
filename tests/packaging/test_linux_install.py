"""The Linux tarball's install.sh (packaging/linux/) on a tarball-shaped folder with a stand-in app:
a per-user install without root, the menu entry and its file types (CSV only when asked), a second
install over the first, and --uninstall leaving the contacts alone. The desktop's tools
(xdg-mime, update-desktop-database) are stand-ins that record their calls."""

from __future__ import annotations

import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
ROOT = PACKAGING.parent

pytestmark = pytest.mark.skipif(shutil.which("bash") is None or os.name == "nt", reason="a bash script for Linux")


def desktop_entry(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "[Desktop Entry]"
    return dict(line.split("=", 1) for line in lines[1:] if "=" in line)


@pytest.fixture
def unpacked(tmp_path) -> Path:
    """What build_linux.sh puts in the tarball, with a shell script as the app."""
    top = tmp_path / "iomdesk-0.1.0"
    (top / "app" / "_internal").mkdir(parents=True)
    app = top / "app" / "iomdesk"
    app.write_text("#!/bin/sh\necho stand-in iomdesk \"$@\"\n")
    app.chmod(app.stat().st_mode | stat.S_IXUSR)
    (top / "app" / "_internal" / "lib.so").write_text("x")
    shutil.copy(PACKAGING / "linux" / "install.sh", top / "install.sh")
    shutil.copy(PACKAGING / "linux" / "iomdesk.desktop", top / "iomdesk.desktop")
    for size in (16, 32, 48, 256):
        icons = top / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        icons.mkdir(parents=True)
        shutil.copy(ROOT / "resources" / f"iomdesk-{size}.png", icons / "iomdesk.png")
    (top / "icons" / "hicolor" / "scalable" / "apps").mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "iomdesk.svg", top / "icons" / "hicolor" / "scalable" / "apps" / "iomdesk.svg")
    return top


@pytest.fixture
def home(tmp_path) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    return home


@pytest.fixture
def tools(tmp_path) -> Path:
    """xdg-mime and update-desktop-database that write their arguments to calls.log."""
    bin_dir = tmp_path / "tools"
    bin_dir.mkdir()
    for name in ("xdg-mime", "update-desktop-database"):
        script = bin_dir / name
        script.write_text(f'#!/bin/sh\necho "{name} $*" >> "{tmp_path}/calls.log"\n')
        script.chmod(0o755)
    return bin_dir


def run(unpacked: Path, home: Path, tools: Path, *args: str) -> subprocess.CompletedProcess:
    env = {"HOME": str(home), "PATH": f"{tools}:/usr/bin:/bin", "LANG": "C.UTF-8"}
    return subprocess.run(["bash", str(unpacked / "install.sh"), *args], env=env, capture_output=True,
                          text=True, timeout=60)


def calls(tools: Path) -> str:
    log = tools.parent / "calls.log"
    return log.read_text() if log.exists() else ""


def test_installs_for_the_user_without_root(unpacked, home, tools):
    proc = run(unpacked, home, tools)
    assert proc.returncode == 0, proc.stderr
    opt = home / ".local" / "opt" / "iomdesk"
    assert (opt / "iomdesk").is_file() and (opt / "_internal" / "lib.so").is_file()
    link = home / ".local" / "bin" / "iomdesk"
    assert link.is_symlink() and link.resolve() == (opt / "iomdesk").resolve()
    assert subprocess.run([str(link), "--version"], capture_output=True, text=True).stdout.startswith("stand-in")
    entry = desktop_entry(home / ".local" / "share" / "applications" / "iomdesk.desktop")
    assert entry["Exec"] == f'"{opt}/iomdesk" %F'
    assert entry["MimeType"] == "text/vcard;text/x-vcard;"
    assert entry["Icon"] == "iomdesk" and entry["Categories"] == "Office;ContactManagement;"
    for size in ("16x16", "32x32", "48x48", "256x256"):
        assert (home / ".local" / "share" / "icons" / "hicolor" / size / "apps" / "iomdesk.png").is_file()
    assert (home / ".local" / "share" / "icons" / "hicolor" / "scalable" / "apps" / "iomdesk.svg").is_file()
    log = calls(tools)
    assert "update-desktop-database" in log
    assert "xdg-mime default iomdesk.desktop text/vcard" in log and "text/csv" not in log


def test_csv_only_when_asked(unpacked, home, tools):
    assert run(unpacked, home, tools, "--with-csv").returncode == 0
    entry = desktop_entry(home / ".local" / "share" / "applications" / "iomdesk.desktop")
    assert entry["MimeType"] == "text/vcard;text/x-vcard;text/csv;"
    assert "xdg-mime default iomdesk.desktop text/csv" in calls(tools)


def test_a_reinstall_without_csv_gives_csv_back(unpacked, home, tools):
    assert run(unpacked, home, tools, "--with-csv").returncode == 0
    mimeapps = home / ".config" / "mimeapps.list"
    mimeapps.parent.mkdir(parents=True)
    mimeapps.write_text("[Default Applications]\ntext/csv=iomdesk.desktop;\ntext/vcard=iomdesk.desktop;\n")
    assert run(unpacked, home, tools).returncode == 0
    assert "text/csv" not in mimeapps.read_text()  # the stand-in xdg-mime writes nothing back
    entry = desktop_entry(home / ".local" / "share" / "applications" / "iomdesk.desktop")
    assert "text/csv" not in entry["MimeType"]


def test_a_second_install_replaces_the_first(unpacked, home, tools):
    assert run(unpacked, home, tools).returncode == 0
    old = home / ".local" / "opt" / "iomdesk" / "_internal" / "old-only.so"
    old.write_text("left from the old version")
    assert run(unpacked, home, tools).returncode == 0
    assert not old.exists()  # no mix of two versions' files
    assert (home / ".local" / "opt" / "iomdesk" / "iomdesk").is_file()


def test_uninstall_removes_everything_but_the_contacts(unpacked, home, tools):
    assert run(unpacked, home, tools, "--with-csv").returncode == 0
    data = home / ".local" / "share" / "IOM Desk"
    data.mkdir(parents=True)
    (data / "iomdesk.sqlite3").write_text("the user's contacts")
    mimeapps = home / ".config" / "mimeapps.list"
    mimeapps.parent.mkdir(parents=True)
    mimeapps.write_text("[Default Applications]\ntext/vcard=iomdesk.desktop;\ntext/html=firefox.desktop;\n"
                        "text/csv=iomdesk.desktop;libreoffice-calc.desktop;\n")
    proc = run(unpacked, home, tools, "--uninstall")
    assert proc.returncode == 0, proc.stderr
    assert not (home / ".local" / "opt" / "iomdesk").exists()
    assert not (home / ".local" / "bin" / "iomdesk").exists()
    assert not (home / ".local" / "share" / "applications" / "iomdesk.desktop").exists()
    assert not list((home / ".local" / "share" / "icons").rglob("iomdesk.*"))
    assert (data / "iomdesk.sqlite3").read_text() == "the user's contacts"
    assert mimeapps.read_text() == ("[Default Applications]\ntext/html=firefox.desktop;\n"
                                    "text/csv=libreoffice-calc.desktop;\n")


def test_uninstalls_after_the_unpacked_tarball_was_deleted(unpacked, home, tools):
    proc = run(unpacked, home, tools)
    opt = home / ".local" / "opt" / "iomdesk"
    assert proc.returncode == 0 and f"{opt}/install.sh --uninstall" in proc.stdout  # where it says
    shutil.rmtree(unpacked)  # the IT person cleaned up the download
    proc = run(opt, home, tools, "--uninstall")
    assert proc.returncode == 0, proc.stderr
    assert not opt.exists() and not (home / ".local" / "bin" / "iomdesk").exists()
    assert not (home / ".local" / "share" / "applications" / "iomdesk.desktop").exists()


def test_help_shows_the_whole_usage(unpacked, home, tools):
    proc = run(unpacked, home, tools, "--help")
    assert proc.returncode == 0 and "--uninstall" in proc.stdout and "set -euo" not in proc.stdout
    assert "contacts live in" in proc.stdout


def test_without_the_desktop_tools_it_still_installs(unpacked, home, tmp_path):
    empty = tmp_path / "no-tools"
    empty.mkdir()
    proc = run(unpacked, home, empty)
    assert proc.returncode == 0, proc.stderr
    assert (home / ".local" / "share" / "applications" / "iomdesk.desktop").is_file()


def test_an_unknown_option_installs_nothing(unpacked, home, tools):
    proc = run(unpacked, home, tools, "--system")
    assert proc.returncode == 2 and "unknown option" in proc.stderr
    assert not (home / ".local").exists()


def test_the_desktop_file_is_valid(tmp_path):
    entry = desktop_entry(PACKAGING / "linux" / "iomdesk.desktop")
    assert entry["Exec"].endswith(" %F") and entry["Type"] == "Application" and entry["Name"] == "IOM Desk"
    assert "text/csv" not in entry["MimeType"]  # CSV only with --with-csv
    validate = shutil.which("desktop-file-validate")
    if validate:
        proc = subprocess.run([validate, str(PACKAGING / "linux" / "iomdesk.desktop")], capture_output=True, text=True)
        assert proc.returncode == 0, proc.stdout + proc.stderr


def test_the_build_scripts_parse():
    for script in ("build_linux.sh", "smoke_linux.sh", "linux/install.sh"):
        proc = subprocess.run(["bash", "-n", str(PACKAGING / script)], capture_output=True, text=True)
        assert proc.returncode == 0, f"{script}: {proc.stderr}"


def test_the_spec_ships_the_migrations_as_source_and_the_resources():
    spec = (PACKAGING / "iomdesk.spec").read_text(encoding="utf-8")
    assert 'collect_data_files("iomdesk.store.migrations", include_py_files=True)' in spec
    assert 'collect_data_files("iomdesk", include_py_files=False)' in spec
    for hidden in ("sqlalchemy.dialects.sqlite", "sqlalchemy.dialects.postgresql.psycopg", "psycopg_binary",
                   'collect_submodules("keyring.backends")', 'copy_metadata("keyring")'):
        assert hidden in spec, hidden
