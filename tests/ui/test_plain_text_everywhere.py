"""User data is shown as plain text everywhere: labels, tooltips (widgets and models), buttons and menus.

A contact whose every field looks like HTML, with "&" (a Qt mnemonic) in its address, is opened in the
window; every visible string that carries its data must show that data literally.
"""

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QTextDocument
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import QAbstractButton, QLabel, QListWidget, QWidget

from iomdesk.core.contact import ContactInput

from .conftest import make_window

NAME = "<b>Zed</b> & <img src=x.png>"
ROLE = "<i>Chief</i> <a href='http://example.org'>Press</a>"
EMAIL = "tom&jerry@example.org"
TITLE = "<h1>Floods</h1> & <u>relief</u>"
MARKERS = {"Zed": NAME, "Chief": ROLE, "Floods": TITLE, "jerry": EMAIL}


def rendered(text: str) -> str:
    """What Qt shows for a tooltip or an auto-format label: rich text when it looks like it."""
    doc = QTextDocument()
    if GuiQt.mightBeRichText(text):
        doc.setHtml(text)
    else:
        doc.setPlainText(text)
    return doc.toPlainText()


def shown_button_text(text: str) -> str:
    """A button or action text as shown: "&&" is an ampersand, a lone "&" marks the mnemonic."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def check(shown: str, where: str, problems: list[str]) -> None:
    for marker, literal in MARKERS.items():
        if marker in shown and literal not in shown:
            problems.append(f"{where}: shows {shown!r}, not {literal!r}")


def test_hostile_contact_is_shown_literally_in_every_widget_and_tooltip(ctx, qtbot, settings, captured):
    article = ctx.articles.add(TITLE)
    c = ctx.contacts.add(ContactInput(name=NAME, role=ROLE, office="IOM Geneva", emails=[EMAIL],
                                      phones=["+41 22 717 9111"]))
    ctx.contacts.link_article(c.id, article.id)
    window = make_window(ctx, qtbot, settings, captured)
    window.table.selectRow(0)
    window.show_article(article.id)
    window.tabs.setCurrentIndex(0)

    problems: list[str] = []
    seen = set()
    for w in window.findChildren(QWidget):
        if w.toolTip():
            check(rendered(w.toolTip()), f"tooltip of {type(w).__name__}", problems)
            seen.add("tooltip")
        if isinstance(w, QLabel) and w.text():
            shown = w.text() if w.textFormat() == Qt.TextFormat.PlainText else rendered(w.text())
            check(shown, f"label {w.objectName() or w.text()[:20]!r}", problems)
            seen.add("label")
        if isinstance(w, QAbstractButton) and w.text():
            check(shown_button_text(w.text()), f"button {w.text()[:20]!r}", problems)
            seen.add("button")
        if isinstance(w, QListWidget):
            for i in range(w.count()):
                item = w.item(i)
                if item.toolTip():
                    check(rendered(item.toolTip()), "list item tooltip", problems)
                    seen.add("list tooltip")
    for model in (window.model, window.articles_view.table.model()):
        for r in range(model.rowCount()):
            for col in range(model.columnCount()):
                tip = model.data(model.index(r, col), Qt.ItemDataRole.ToolTipRole)
                if tip:
                    check(rendered(tip), f"{type(model).__name__} tooltip", problems)
                    seen.add("model tooltip")
    for action in window.findChildren(QAction):
        check(shown_button_text(action.text()), f"action {action.text()!r}", problems)

    assert problems == []
    # The walk reached the places user data goes (so the test cannot pass by finding nothing).
    assert {"tooltip", "label", "button", "list tooltip", "model tooltip"} <= seen
    labels = [w.text() for w in window.detail.findChildren(QLabel)]
    assert NAME in labels and ROLE in labels
    buttons = [shown_button_text(b.text()) for b in window.detail.findChildren(QAbstractButton)]
    assert EMAIL in buttons
