import pytest
from PySide6.QtCore import QSettings

from iomdesk.core.contact import ContactInput, PhoneInput


class Captured:
    """Replaces dialogs and the desktop's URL handler: tests never pop real modal dialogs."""

    def __init__(self):
        self.urls: list[str] = []
        self.messages: list[tuple[str, str, str]] = []

    def open_url(self, url) -> bool:
        self.urls.append(bytes(url.toEncoded()).decode("ascii"))
        return True

    def present(self, level, title, text, details=None):
        self.messages.append((level, title, text))


@pytest.fixture
def captured():
    return Captured()


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def seeded(ctx):
    """A few contacts, one per kind of case the window must handle."""
    add = ctx.contacts.add
    mcof = ctx.articles.add("Zimbabwe rolls out Migration Crisis Operational Framework (MCOF)")
    k = add(ContactInput(name="Knowledge Mareyanadzo", office="IOM Zimbabwe", phones=["+ 263 4 33 50 44"],
                         emails=["kmareyanadzo@iom.int"], tags=["media"]))
    ctx.contacts.link_article(k.id, mcof.id)
    add(ContactInput(name="Ana Kovač", role="Media Officer", office="IOM Croatia", phones=["+385 1 4816 774"],
                     emails=["akovac@iom.int"]))
    add(ContactInput(name="Sofia Lindqvist", office="IOM Geneva",
                     phones=["+41 22 717 9111", PhoneInput("+41 79 285 4410", "mobile")],
                     emails=["slindqvist@iom.int", "sofia.l@example.org"]))
    add(ContactInput(name="No Email Person", office="IOM Geneva", phones=["+41 22 717 9000"]))
    return ctx


def make_window(ctx, qtbot, settings, captured):
    from iomdesk.ui.application import make_app
    from iomdesk.ui.main_window import MainWindow

    make_app([])
    window = MainWindow(ctx, settings=settings, open_url=captured.open_url)
    window.alerts.presenter = captured.present
    qtbot.addWidget(window)
    window.show()
    return window


@pytest.fixture
def window(seeded, qtbot, settings, captured):
    return make_window(seeded, qtbot, settings, captured)


@pytest.fixture(scope="session", autouse=True)
def compiled_translations():
    """The .qm files are build products (packaging/build_backend.py compiles them at install): after a
    .ts is edited in a working copy, compile again so the tests see the translations of the sources."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[2] / "resources" / "i18n"
    stale = [ts for ts in root.glob("*.ts")
             if not ts.with_suffix(".qm").exists() or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime]
    if stale or not (root / "iomdesk_en.qm").exists():  # the English plurals have no .ts: made from the sources
        import subprocess
        import sys

        subprocess.run([sys.executable, str(root.parents[1] / "packaging" / "translations.py"), "release"],
                       check=True, stdout=subprocess.DEVNULL)


def use_language(language: str) -> str:
    """The interface in ``language`` as a user who chose it gets it (iomdesk.ui.i18n.install: the build's
    .qm, Qt's own qtbase_LANG.qm, QLocale()), with the formats of the language's main country (en_US,
    fr_FR, es_ES) whatever the machine's locale. Undone after the test by ``english_interface``."""
    from PySide6.QtCore import QLocale

    from iomdesk.ui import i18n

    assert i18n.install(language) == language, f"no compiled translation for {language}"
    QLocale.setDefault(QLocale(language))
    return language


@pytest.fixture
def language(qapp):
    """``language("fr")``: the rest of the test runs in French (see ``use_language``); a test for each
    language takes ``@pytest.mark.parametrize("lang", ["fr", "es"])`` and calls ``language(lang)``."""
    return use_language


@pytest.fixture(autouse=True)
def english_interface(qapp, compiled_translations):
    """Every UI test sees what an English user sees: the English plural forms ("1 contact") and
    English (United States) numbers and dates, whatever the machine's locale; afterwards the translators
    are removed and QLocale's default is put back, whatever language the test chose."""
    from PySide6.QtCore import QLocale

    from iomdesk.ui import i18n

    before = QLocale()
    use_language("en")
    yield
    i18n.remove()
    QLocale.setDefault(before)
