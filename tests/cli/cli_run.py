"""The CLI as a test runs it: ``run(capsys, db_path, "list", "show", ...)`` -> (exit code, stdout, stderr)."""

from iomdesk.app import main


def run(capsys, db_path, *argv):
    code = main(["--db", str(db_path), *argv])
    captured = capsys.readouterr()
    return code, captured.out, captured.err
