"""A directory file this user may not write opens read-only: reading works, every writing command stops
with exit 1 and says why, and the file is unchanged. The file's permissions are real: as root (CI),
where permissions do not bind, the commands run in a forked child that has become ``nobody``."""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import os
import stat

import pytest

from iomdesk.app import main
from iomdesk.core.contact import ContactInput
from iomdesk.services.context import AppContext

NOBODY = 65534


def run_as_reader(argv_list: list[list[str]]) -> list[tuple[int, str, str]]:
    """Run each CLI command as a user without write access; (exit code, stdout, stderr) each."""

    def run_all() -> list[tuple[int, str, str]]:
        results = []
        for argv in argv_list:
            out, err = io.StringIO(), io.StringIO()
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                code = main(argv)
            results.append((code, out.getvalue(), err.getvalue()))
        return results

    if os.geteuid() != 0:
        return run_all()
    import iomdesk.cli  # noqa: F401  (loaded before the child loses access to the venv under /root)
    import iomdesk.store.fts  # noqa: F401

    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: become nobody, run, send the results, and leave without cleanup
        code = 0
        try:
            os.close(read)
            os.setgid(NOBODY)
            os.setuid(NOBODY)
            data = json.dumps(run_all()).encode()
            with os.fdopen(write, "wb") as fh:
                fh.write(data)
        except BaseException:
            import traceback

            os.write(2, traceback.format_exc().encode())
            code = 3
        os._exit(code)
    os.close(write)
    with os.fdopen(read, "rb") as fh:
        data = fh.read()
    _pid, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0, "the read-only child failed"
    return [tuple(r) for r in json.loads(data)]  # type: ignore[misc]


@pytest.fixture(params=["file", "folder"])
def read_only_file(request):
    # Not under pytest's tmp_path: its parent folder is private to the user running the tests.
    import shutil
    import tempfile
    from pathlib import Path

    tmp_path = Path(tempfile.mkdtemp(prefix="iomdesk-ro-"))
    folder = tmp_path / "shared"
    folder.mkdir()
    path = folder / "directory.sqlite3"
    ctx = AppContext.open(str(path))
    ctx.contacts.add(ContactInput(name="Ana Kovač", office="IOM Croatia", emails=["akovac@iom.int"]))
    ctx.close()
    os.chmod(tmp_path, 0o755)
    if request.param == "file":
        os.chmod(folder, 0o777)
        os.chmod(path, 0o444)
    else:
        os.chmod(folder, 0o755)
        os.chmod(path, 0o644)
    yield path
    os.chmod(folder, 0o755)
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
    shutil.rmtree(tmp_path, ignore_errors=True)


def digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_writing_commands_fail_with_exit_1_and_reading_works(read_only_file):
    db = ["--db", str(read_only_file)]
    before = digest(read_only_file)
    results = run_as_reader([
        db + ["add", "--name", "Someone New"],
        db + ["list", "create", "Editors"],
        db + ["search", "ana"],
        db + ["show", "1"],
    ])
    (add_code, _o1, add_err), (list_code, _o2, list_err), (search_code, search_out, _e3), (show_code, _o4, _e4) = results
    assert add_code == 1 and "read-only access to this directory" in add_err and "nothing was changed" in add_err
    assert list_code == 1 and "read-only access" in list_err
    assert "Traceback" not in add_err + list_err
    assert search_code == 0 and "Ana Kovač" in search_out
    assert show_code == 0
    assert digest(read_only_file) == before
    ctx = AppContext.open(str(read_only_file))
    try:
        assert ctx.contacts.count() == 1
    finally:
        ctx.close()
