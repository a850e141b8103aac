#!/usr/bin/env bash
# Installs IOM Desk for the current user, without root, from the unpacked tarball:
#     ./install.sh               the app, a menu entry and the vCard file association
#     ./install.sh --with-csv    the same, and IOM Desk also opens .csv files
#     ./install.sh --uninstall   removes all of that again (your directory of contacts stays); a copy of
#                                this script stays in ~/.local/opt/iomdesk/ for that, the tarball may go
# Where: ~/.local/opt/iomdesk (the app), ~/.local/bin/iomdesk (a link, for the terminal),
# ~/.local/share/applications/iomdesk.desktop and ~/.local/share/icons/hicolor (XDG_DATA_HOME moves
# the last two). The contacts live in ~/.local/share/IOM Desk/ and are never touched here.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
DATA_HOME="${XDG_DATA_HOME:-$HOME/.local/share}"
OPT="$HOME/.local/opt/iomdesk"
BIN="$HOME/.local/bin"
APPS="$DATA_HOME/applications"
ICONS="$DATA_HOME/icons/hicolor"
DESKTOP="$APPS/iomdesk.desktop"
VCARD_TYPES="text/vcard text/x-vcard"
CSV_TYPES="text/csv"

with_csv=0
uninstall=0
for arg in "$@"; do
    case "$arg" in
        --with-csv) with_csv=1 ;;
        --uninstall) uninstall=1 ;;
        -h|--help) awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"; exit 0 ;;
        *) echo "install.sh: unknown option $arg (try --help)" >&2; exit 2 ;;
    esac
done

refresh() {  # the desktop's caches, when their tools are there
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$APPS" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t "$ICONS" 2>/dev/null || true
    fi
}

forget_defaults() {  # our entries in the user's default applications (mimeapps.list)
    local list="${XDG_CONFIG_HOME:-$HOME/.config}/mimeapps.list"
    if [ -f "$list" ]; then
        sed -i -e 's/iomdesk\.desktop;//g' -e '/^[^=[]*=$/d' "$list"
    fi
}

if [ "$uninstall" = 1 ]; then
    if [ -L "$BIN/iomdesk" ] || [ -e "$BIN/iomdesk" ]; then rm -f "$BIN/iomdesk"; fi
    rm -rf "$OPT"
    rm -f "$DESKTOP"
    for icon in "$ICONS"/*/apps/iomdesk.png "$ICONS"/scalable/apps/iomdesk.svg; do
        rm -f "$icon"
    done
    forget_defaults
    refresh
    echo "IOM Desk is uninstalled. Your contacts stay in ${DATA_HOME}/IOM Desk/."
    exit 0
fi

if [ ! -x "$HERE/app/iomdesk" ]; then
    echo "install.sh: no app/iomdesk beside this script; run it from the unpacked tarball" >&2
    exit 1
fi

# The app: copied next to the old one, then swapped, so a failed copy leaves the old one working.
mkdir -p "$(dirname "$OPT")" "$BIN" "$APPS"
rm -rf "$OPT.new"
cp -a "$HERE/app" "$OPT.new"
cp "$HERE/install.sh" "$OPT.new/install.sh"  # uninstalling needs no tarball kept around
chmod +x "$OPT.new/install.sh"
rm -rf "$OPT"
mv "$OPT.new" "$OPT"
ln -sfn "$OPT/iomdesk" "$BIN/iomdesk"

# Icons.
for dir in "$HERE"/icons/hicolor/*/apps; do
    size="$(basename "$(dirname "$dir")")"
    mkdir -p "$ICONS/$size/apps"
    cp "$dir"/iomdesk.* "$ICONS/$size/apps/"
done

# The menu entry: Exec with the full path (~/.local/bin is not on every desktop session's PATH).
types="$VCARD_TYPES"
if [ "$with_csv" = 1 ]; then types="$types $CSV_TYPES"; fi
mime="$(printf '%s;' $types)"
sed -e "s|^Exec=.*|Exec=\"$OPT/iomdesk\" %F|" -e "s|^MimeType=.*|MimeType=$mime|" \
    "$HERE/iomdesk.desktop" > "$DESKTOP.new"
mv "$DESKTOP.new" "$DESKTOP"

refresh
if command -v xdg-mime >/dev/null 2>&1; then
    forget_defaults  # a reinstall without --with-csv gives .csv back
    for type in $types; do
        xdg-mime default iomdesk.desktop "$type" 2>/dev/null || true
    done
fi

echo "IOM Desk is installed in $OPT."
echo "To remove it later: $OPT/install.sh --uninstall"
case ":$PATH:" in
    *":$BIN:"*) echo "Start it from the applications menu, or as 'iomdesk' in a terminal." ;;
    *) echo "Start it from the applications menu, or as $BIN/iomdesk in a terminal ($BIN is not on your PATH)." ;;
esac
if [ "$with_csv" = 1 ]; then
    echo "vCard and CSV files open in IOM Desk."
else
    echo "vCard files open in IOM Desk (./install.sh --with-csv adds CSV files)."
fi
