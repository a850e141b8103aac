"""A French and Spanish reviewer's findings, kept fixed: one term per idea in each language (the glossary
below), long French and Spanish texts never cut, and no English left in what the window says after an
action."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from iomdesk.ui import i18n

ROOT = Path(__file__).resolve().parents[2]

# The settled terms: the words on the left never appear in that language's translations.
AVOIDED = {
    "fr": {
        "répertoire": "annuaire (the directory)",
        "liste intelligente": "liste dynamique (smart list)",
        "domaine de couverture": "rubrique (beat)",
        "délier": "dissocier (unlink)",
        "délié": "dissocié (unlinked)",
        "détaché": "dissocié (unlinked)",
    },
    "es": {
        "lista inteligente": "lista dinámica (smart list)",
        "área temática": "tema (beat)",
        "origen": "fuente (source of the data)",
        "editado": "modificado (edited, as in the history)",
    },
}


def translations(language: str) -> list[tuple[str, str, str]]:
    root = ET.parse(ROOT / "resources" / "i18n" / f"iomdesk_{language}.ts").getroot()
    out = []
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            tr = message.find("translation")
            texts = [n.text or "" for n in tr.iter("numerusform")] or [tr.text or ""]
            out += [(name, message.findtext("source"), t) for t in texts]
    return out


@pytest.mark.parametrize("language", ["fr", "es"])
def test_one_term_per_idea(language):
    found = [f"{ctx} {source!r}: {text!r} uses {word!r}, say {instead}"
             for ctx, source, text in translations(language)
             for word, instead in AVOIDED[language].items() if word in text.lower()]
    assert found == [], "\n".join(found)


def test_french_typography_before_colons_and_semicolons():
    """A no-break space before : ; ? ! and inside « », never a plain space next to it."""
    bad = [(ctx, text) for ctx, _source, text in translations("fr")
           if " \u00a0" in text or "\u00a0 " in text or " :" in text or " ;" in text]
    assert bad == []


@pytest.mark.parametrize("language", ["fr", "es"])
def test_the_bcc_batches_explanation_is_never_cut(language, window, qtbot):
    from iomdesk.ui.controllers.outreach import BccDialog
    from iomdesk.ui.scenes import clipped

    i18n.install(language)
    dialog = BccDialog([["a@example.org"], ["b@example.org"]], ["mailto:?bcc=a", "mailto:?bcc=b"],
                       window.open_url, window.copy_text, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert clipped(dialog) == []
