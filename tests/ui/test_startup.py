"""Start-up stays light: nothing heavy is imported before the first window appears."""

import json
import os
import subprocess
import sys

from iomdesk.core.contact import ContactInput

SCRIPT = r"""
import json, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QSettings
from iomdesk.services.context import AppContext
from iomdesk.ui.application import make_app
from iomdesk.ui.main_window import MainWindow
app = make_app([])
ctx = AppContext.open(sys.argv[1])
window = MainWindow(ctx, QSettings(sys.argv[2], QSettings.Format.IniFormat))
window.show()
app.processEvents()
heavy = ["phonenumbers", "email_validator", "alembic", "vobject", "bs4", "charset_normalizer"]
print(json.dumps({"loaded": [m for m in heavy if m in sys.modules], "rows": window.model.rowCount()}))
"""


def test_first_window_imports_no_phone_email_or_migration_libraries(ctx, db_path, tmp_path):
    ctx.contacts.add(ContactInput(name="Knowledge Mareyanadzo", office="IOM Zimbabwe",
                                  phones=["+ 263 4 33 50 44"], emails=["kmareyanadzo@iom.int"]))
    ctx.close()
    env = {**os.environ, "IOMDESK_DATA_DIR": str(tmp_path / "data")}
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(db_path), str(tmp_path / "s.ini")],
                         capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, out.stderr
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert report == {"loaded": [], "rows": 1}
