"""The layering in DESIGN.md: PySide6 only under iomdesk/ui/."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "iomdesk"


def imported_modules(path: Path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            yield node.module


def test_nothing_outside_ui_imports_pyside6():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] == "ui":
            continue
        if any(m.split(".")[0] in {"PySide6", "shiboken6"} for m in imported_modules(path)):
            offenders.append(rel.as_posix())
    assert offenders == []
    assert len(list(PACKAGE.rglob("*.py"))) > 10  # the walk really looked at the package


def test_core_does_no_io_and_knows_no_database():
    for path in (PACKAGE / "core").rglob("*.py"):
        for module in imported_modules(path):
            assert module.split(".")[0] not in {"sqlalchemy", "alembic", "PySide6", "socket", "http"}, path
            assert module not in {"urllib.request", "os", "pathlib", "shutil"}, path
