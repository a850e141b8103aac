"""The Windows installer script (packaging/windows/iomdesk.iss) cannot be compiled here: its rules
that matter are checked as text. Per user without administrator rights, nothing under HKLM, both
file associations behind tasks (.vcf checked, .csv only by choice), the executable's name as the
PyInstaller spec makes it, the version from the project."""

from __future__ import annotations

import re
import struct
import tomllib
from pathlib import Path

import pytest

import iomdesk

PACKAGING = Path(__file__).resolve().parents[2] / "packaging"
ISS = PACKAGING / "windows" / "iomdesk.iss"
SPEC = PACKAGING / "iomdesk.spec"
BUILD_PS1 = PACKAGING / "windows" / "build.ps1"


def sections(text: str) -> dict[str, list[str]]:
    """[Section] -> its lines, without comments and blank lines."""
    out: dict[str, list[str]] = {}
    current = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        m = re.fullmatch(r"\[(\w+)\]", line)
        if m:
            current = m.group(1)
            out.setdefault(current, [])
        elif current is not None:
            out[current].append(line)
    return out


def params(line: str) -> dict[str, str]:
    """'Root: HKCU; Subkey: "x"; ...' -> {'Root': 'HKCU', 'Subkey': 'x', ...}"""
    result = {}
    for part in re.findall(r'(\w+):\s*((?:"(?:[^"]|"")*"|[^;])*)', line):
        key, value = part
        value = value.strip()
        if value.startswith('"') and value.endswith('"'):
            value = value[1:-1].replace('""', '"')
        result[key] = value
    return result


@pytest.fixture(scope="module")
def iss() -> str:
    return ISS.read_text(encoding="utf-8-sig")


@pytest.fixture(scope="module")
def setup(iss) -> dict[str, str]:
    return dict(line.split("=", 1) for line in sections(iss)["Setup"])


def defines(iss: str) -> dict[str, str]:
    return dict(re.findall(r'^#define\s+(\w+)\s+"([^"]*)"', iss, re.M))


def test_installs_per_user_without_administrator_rights(setup):
    assert setup["PrivilegesRequired"] == "lowest"
    assert "PrivilegesRequiredOverridesAllowed" not in setup  # no "install for all users" dialog
    assert setup["DefaultDirName"] == r"{localappdata}\Programs\IOM Desk"
    assert setup["ChangesAssociations"] == "yes"  # Explorer hears about the new associations


def test_nothing_goes_to_the_machine_wide_places(iss):
    code = "\n".join(line for lines in sections(iss).values() for line in lines).lower()
    for forbidden in ("HKLM", "HKEY_LOCAL_MACHINE", "HKA", "HKCR", "{commonpf", "{pf}", "{pf32}", "{pf64}",
                      "{commonprograms}", "{commondesktop}", "{commonappdata}", "{sys}", "{win}",
                      "=admin", "poweruser"):
        assert forbidden.lower() not in code, forbidden


def test_every_registry_entry_is_the_users_classes(iss):
    entries = [params(line) for line in sections(iss)["Registry"]]
    assert entries
    for e in entries:
        assert e["Root"] == "HKCU"
        assert e["Subkey"].startswith("Software\\Classes\\")


def test_both_associations_are_behind_tasks_vcf_checked_csv_by_choice(iss):
    tasks = {params(line)["Name"]: params(line) for line in sections(iss)["Tasks"]}
    assert "unchecked" not in tasks["assocvcf"].get("Flags", "")
    assert "unchecked" in tasks["assoccsv"].get("Flags", "")
    entries = [params(line) for line in sections(iss)["Registry"]]
    ext_entries = [e for e in entries if re.match(r"Software\\Classes\\\.(vcf|csv)\b", e["Subkey"])]
    assert {e["Subkey"].split("\\")[2] for e in ext_entries} == {".vcf", ".csv"}
    for e in ext_entries:
        ext = e["Subkey"].split("\\")[2]
        assert e.get("Tasks") == ("assocvcf" if ext == ".vcf" else "assoccsv"), e
    # Taking a type over is only by a task; "Applications\...\SupportedTypes" merely lists it in Open with.
    untasked = [e for e in entries if "Tasks" not in e]
    assert all("\\Applications\\" in e["Subkey"] for e in untasked)


def test_the_file_type_opens_the_exe_with_the_file(iss):
    d = defines(iss)
    entries = [params(line) for line in sections(iss)["Registry"]]
    commands = [e for e in entries if e["Subkey"].endswith(r"\shell\open\command")]
    assert commands
    for e in commands:
        assert e["ValueData"] == '"{app}\\{#AppExe}" "%1"'
    prog_id = d["ProgId"]
    ext_defaults = [e for e in entries if e["Subkey"] in (r"Software\Classes\.vcf", r"Software\Classes\.csv")]
    assert all(e["ValueData"] == "{#ProgId}" for e in ext_defaults)
    assert any(e["Subkey"] == "Software\\Classes\\{#ProgId}\\shell\\open\\command" for e in commands)
    assert prog_id and " " not in prog_id


def test_the_exe_name_is_the_one_the_spec_makes(iss):
    spec = SPEC.read_text(encoding="utf-8")
    m = re.search(r'^APP_NAME = "([^"]+)" if sys.platform == "win32" else "([^"]+)"', spec, re.M)
    assert m, "the spec's APP_NAME line changed: update this test and the .iss together"
    assert defines(iss)["AppExe"] == f"{m.group(1)}.exe"
    assert f'{m.group(1)}.exe' in BUILD_PS1.read_text(encoding="utf-8")
    assert f"dist\\{m.group(1)}" in BUILD_PS1.read_text(encoding="utf-8")  # the folder it hands to ISCC


def test_the_version_comes_from_the_project(iss, setup):
    assert setup["AppVersion"] == "{#AppVersion}"
    assert "{#AppVersion}" in setup["OutputBaseFilename"]
    ps1 = BUILD_PS1.read_text(encoding="utf-8")
    assert "import iomdesk; print(iomdesk.__version__)" in ps1
    assert '"/DAppVersion=$Version"' in ps1
    pyproject = tomllib.loads((PACKAGING.parent / "pyproject.toml").read_text(encoding="utf-8"))
    assert pyproject["project"]["version"] == iomdesk.__version__  # one version, in both places


def test_start_menu_shortcut_and_uninstaller(iss, setup):
    icons = [params(line) for line in sections(iss)["Icons"]]
    assert any(i["Name"].startswith("{userprograms}") and i["Filename"] == r"{app}\{#AppExe}" for i in icons)
    assert setup.get("Uninstallable", "yes") == "yes"
    assert re.fullmatch(r"\{\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}", setup["AppId"])


def test_installer_texts_in_french_and_spanish(iss):
    messages = dict(line.split("=", 1) for line in sections(iss)["CustomMessages"])
    for name in ("AssocGroup", "AssocVcf", "AssocCsv", "FileTypeName"):
        for lang in ("english", "french", "spanish"):
            assert messages[f"{lang}.{name}"].strip()
    assert messages["french.AssocGroup"].endswith("\u00a0:")  # French: a no-break space before the colon


def test_the_icon_file_holds_every_size():
    from importlib import util

    spec = util.spec_from_file_location("make_ico", PACKAGING / "windows" / "make_ico.py")
    module = util.module_from_spec(spec)
    spec.loader.exec_module(module)
    data = module.make_ico([(PACKAGING.parent / "resources" / f"iomdesk-{s}.png").read_bytes() for s in module.SIZES])
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind, count) == (0, 1, 4)
    sizes = [data[6 + 16 * i] or 256 for i in range(count)]
    assert sizes == [16, 32, 48, 256]
    committed = (PACKAGING / "windows" / "iomdesk.ico").read_bytes()
    assert committed == data, "packaging/windows/iomdesk.ico is stale: python packaging/windows/make_ico.py"


def test_the_packaging_readme_gives_the_commands_that_exist():
    readme = (PACKAGING / "README.md").read_text(encoding="utf-8")
    for command in (r"packaging\windows\build.ps1", "bash packaging/build_linux.sh", "bash packaging/smoke_linux.sh",
                    "install.sh --with-csv", "install.sh --uninstall"):
        assert command in readme, command
    for path in re.findall(r"packaging[\\/][\w\\/.]+\.(?:ps1|sh|iss|spec|py)", readme):
        assert (PACKAGING.parent / path.replace("\\", "/")).is_file(), path


def test_uninstall_removes_every_registry_key_and_value_it_wrote(iss):
    """Inno Setup deletes nothing from the registry at uninstall unless an entry says so (uninsdelete*):
    each key written is deleted with it or with a key above it, or its value is deleted."""
    entries = [params(line) for line in sections(iss)["Registry"]]
    deleted_keys = [e["Subkey"] for e in entries if "uninsdeletekey" in e.get("Flags", "").split()]
    left = []
    for e in entries:
        flags = e.get("Flags", "").split()
        under = any(e["Subkey"] == k or e["Subkey"].startswith(k + "\\") for k in deleted_keys)
        if not under and "uninsdeletevalue" not in flags:
            left.append(e["Subkey"])
    assert left == []
    assert "Software\\Classes\\Applications\\{#AppExe}" in deleted_keys  # "Open with" forgets the exe
