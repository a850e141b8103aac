#!/usr/bin/env bash
# Builds the Linux package of IOM Desk from a clone of the repository:
#     bash packaging/build_linux.sh
# makes its own virtual environment (build/linux/venv), installs the project and PyInstaller from
# PyPI, freezes the app into one folder (packaging/iomdesk.spec) and writes
#     dist/iomdesk-VERSION-linux-x86_64.tar.gz
# with the app folder, iomdesk.desktop, the hicolor icons and install.sh (a per-user install, no root:
# tar xzf iomdesk-*.tar.gz && ./iomdesk-*/install.sh [--with-csv]; --uninstall removes it again).
# Prints the build time and the sizes. IOMDESK_BUILD_DIR moves build/linux; PYTHON picks the Python.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
BUILD="${IOMDESK_BUILD_DIR:-$ROOT/build/linux}"
PYTHON="${PYTHON:-python3}"
started=$(date +%s)

mkdir -p "$BUILD"
if [ ! -x "$BUILD/venv/bin/python" ]; then
    "$PYTHON" -m venv "$BUILD/venv"
fi
PY="$BUILD/venv/bin/python"
"$PY" -m pip install --quiet --upgrade pip
# Not editable: PyInstaller must see the installed package (iomdesk.resources exists only there).
"$PY" -m pip install --quiet --force-reinstall --no-deps "$ROOT"
"$PY" -m pip install --quiet "$ROOT[build]"
VERSION="$("$PY" -c 'import iomdesk; print(iomdesk.__version__)')"
installed=$(date +%s)

cd "$ROOT/packaging"
"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$BUILD/dist" --workpath "$BUILD/work" iomdesk.spec
frozen=$(date +%s)

NAME="iomdesk-$VERSION"
STAGE="$BUILD/stage/$NAME"
rm -rf "$BUILD/stage"
mkdir -p "$STAGE"
cp -a "$BUILD/dist/iomdesk" "$STAGE/app"
cp "$ROOT/packaging/linux/install.sh" "$STAGE/install.sh"
chmod +x "$STAGE/install.sh"
cp "$ROOT/packaging/linux/iomdesk.desktop" "$STAGE/iomdesk.desktop"
for size in 16 32 48 256; do
    mkdir -p "$STAGE/icons/hicolor/${size}x${size}/apps"
    cp "$ROOT/resources/iomdesk-$size.png" "$STAGE/icons/hicolor/${size}x${size}/apps/iomdesk.png"
done
mkdir -p "$STAGE/icons/hicolor/scalable/apps"
cp "$ROOT/resources/iomdesk.svg" "$STAGE/icons/hicolor/scalable/apps/iomdesk.svg"

mkdir -p "$ROOT/dist"
TARBALL="$ROOT/dist/$NAME-linux-x86_64.tar.gz"
tar -C "$BUILD/stage" -czf "$TARBALL" "$NAME"
ended=$(date +%s)

echo "built $TARBALL"
echo "time: $((ended - started)) s (venv and install $((installed - started)) s, PyInstaller $((frozen - installed)) s, tarball $((ended - frozen)) s)"
echo "size: app folder $(du -sm "$STAGE/app" | cut -f1) MB, tarball $(( $(stat -c %s "$TARBALL") / 1048576 )) MB"
echo "run it without installing: $BUILD/dist/iomdesk/iomdesk"
