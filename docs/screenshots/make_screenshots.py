"""Screenshots for the docs, offscreen, on a throw-away directory of the sample contacts:

- name-1x.png and name-2x.png (QT_SCALE_FACTOR=2, what a 200% display shows) of the main window, the
  contact editor, the send dialog, the import wizard (file and mapping pages) and the conflict dialog;
- name-dark.png of the main window, the conflict dialog and the send dialog with a dark palette (the light
  ones are the 1x pictures);
- name-fr-2x.png and name-es-1x.png: the same windows in French at 200% and in Spanish (the longest texts).

Each run also lists any label or button narrower than its text. Usage (from the repository root):
    python docs/screenshots/make_screenshots.py
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
ALL = ["main", "editor", "send", "import-file", "import-mapping", "conflict"]
RUNS = [("1x", "1", [], ALL), ("2x", "2", [], ALL), ("dark", "1", ["--dark"], ["main", "conflict", "send"]),
        ("fr-2x", "2", ["--language", "fr"], ALL), ("es-1x", "1", ["--language", "es"], ALL)]


def main() -> int:
    worst = 0
    for suffix, scale, extra, scenes in RUNS:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR=scale)
        done = subprocess.run([sys.executable, "-m", "iomdesk.ui.scenes", "--check", "--out", str(HERE),
                               "--suffix", suffix, *extra, *scenes], cwd=ROOT, env=env, text=True,
                              capture_output=True)
        sys.stdout.write(done.stdout)
        worst = max(worst, done.returncode)
    return worst


if __name__ == "__main__":
    sys.exit(main())
