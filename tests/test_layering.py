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


def module_name(path: Path) -> str:
    return ".".join(("iomdesk", *path.relative_to(PACKAGE).with_suffix("").parts)).removesuffix(".__init__")


def package_imports(path: Path) -> set[str]:
    """The iomdesk modules `path` imports, relative imports resolved (``from . import x`` gives the
    submodule x when there is one, else the package)."""
    here = module_name(path) if path.name == "__init__.py" else module_name(path).rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = here.rsplit(".", node.level - 1)[0] if node.level else ""
            target = ".".join(x for x in (base, node.module) if x)
            for alias in node.names:
                sub = f"{target}.{alias.name}"
                is_module = (PACKAGE.parent / sub.replace(".", "/")).with_suffix(".py").exists() or (
                    PACKAGE.parent / sub.replace(".", "/") / "__init__.py"
                ).exists()
                found.add(sub if is_module else target)
    return {m for m in found if m == "iomdesk" or m.startswith("iomdesk.")}


def find_cycle(graph: dict[str, set[str]]) -> list[str]:
    """A cycle in `graph` as [a, b, ..., a], or [] when it has none."""
    state: dict[str, int] = {}  # 1 on the current path, 2 done
    path: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return path[path.index(nxt):] + [nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        path.pop()
        state[node] = 2
        return []

    for node in sorted(graph):
        if node not in state and (cycle := visit(node)):
            return cycle
    return []


def test_find_cycle_finds_one():
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b", "c"}, "b": {"c"}, "c": set()}) == []


def test_the_cli_package_has_no_import_cycle():
    """The command modules import `iomdesk.cli.base` only, never the package whose __init__ imports them."""
    modules = {p: package_imports(p) for p in (PACKAGE / "cli").glob("*.py")}
    graph = {
        module_name(p): {
            m for m in imported if m == "iomdesk.cli" or m.startswith("iomdesk.cli.")
        }
        for p, imported in modules.items()
    }
    assert find_cycle(graph) == []
    commands = set(graph) - {"iomdesk.cli", "iomdesk.cli.base"}
    assert len(commands) >= 5 and graph["iomdesk.cli"] >= commands  # __init__ imports every command module
    assert {m: graph[m] for m in commands if graph[m] != {"iomdesk.cli.base"}} == {}
    assert graph["iomdesk.cli.base"] == set()


def test_only_the_entry_point_imports_the_cli():
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        rel = path.relative_to(PACKAGE)
        if rel.parts[0] == "cli" or rel.as_posix() == "app.py":
            continue
        if any(m == "iomdesk.cli" or m.startswith("iomdesk.cli.") for m in package_imports(path)):
            offenders.append(rel.as_posix())
    assert offenders == []
    assert "iomdesk.cli" in package_imports(PACKAGE / "app.py")


def test_every_package_folder_ships_in_the_wheel():
    """pyproject.toml lists the packages by hand: a new folder left out would be missing when installed."""
    import tomllib

    listed = tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    folders = {module_name(p) for p in PACKAGE.rglob("__init__.py")}
    assert {"iomdesk", "iomdesk.cli", "iomdesk.ui"} <= folders
    assert folders - set(listed["packages"]) == set()
