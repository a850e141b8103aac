#!/usr/bin/env bash
# Starts the built Linux app the way a user would, headless, in a throw-away home folder:
#     bash packaging/smoke_linux.sh [APP_FOLDER]      (default: build/linux/dist/iomdesk)
# Checks: --version; a CLI search on a new directory (the migrations are shipped); a 6,000-row CSV
# import with two worker processes (the frozen app starts its import workers); the window shows
# (IOMDESK_EXIT_AFTER_SHOW=1, offscreen); a second start with a vCard hands it to the running first
# start and exits 0. Prints what it checked; exits 1 at the first failure.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
APP="${1:-$ROOT/build/linux/dist/iomdesk}"
BIN="$APP/iomdesk"
[ -x "$BIN" ] || { echo "smoke: no $BIN; build it with packaging/build_linux.sh" >&2; exit 1; }

TMP="$(mktemp -d)"
first=""
cleanup() {
    if [ -n "$first" ]; then kill "$first" 2>/dev/null || true; fi
    rm -rf "$TMP"
}
trap cleanup EXIT
export HOME="$TMP/home" XDG_DATA_HOME="$TMP/home/.local/share" XDG_CONFIG_HOME="$TMP/home/.config"
export XDG_CACHE_HOME="$TMP/home/.cache" XDG_RUNTIME_DIR="$TMP/run" TMPDIR="$TMP/tmp"
unset IOMDESK_DB IOMDESK_DATA_DIR
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" "$TMPDIR"
chmod 700 "$XDG_RUNTIME_DIR"
export QT_QPA_PLATFORM=offscreen
fail() { echo "smoke: FAILED: $*" >&2; exit 1; }

version="$("$BIN" --version)"
want="iomdesk $(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$ROOT/iomdesk/__init__.py")"
[ "$version" = "$want" ] || fail "--version said '$version', not '$want'"
echo "smoke: --version: $version"

out="$("$BIN" search geneva 2>&1)" || fail "search on a new directory: $out"
echo "smoke: CLI on a new directory (migrations ran): $out"
data="$XDG_DATA_HOME/IOM Desk"
[ -f "$data/iomdesk.sqlite3" ] || fail "no database in $data"

python3 - "$TMP/big.csv" <<'PY'
import csv, sys
with open(sys.argv[1], "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["Name", "Email", "Phone", "Office"])
    for i in range(6000):
        w.writerow([f"Person {i}", f"p{i}@example.org", f"+41 22 717 {i:04d}", "IOM Geneva"])
PY
out="$(IOMDESK_IMPORT_WORKERS=2 "$BIN" import "$TMP/big.csv" 2>&1)" || fail "import: $out"
case "$out" in *"added 6000"*) ;; *) fail "import with two workers: $out" ;; esac
echo "smoke: import with 2 worker processes: $out"

out="$(IOMDESK_EXIT_AFTER_SHOW=1 timeout 120 "$BIN" 2>&1)" || fail "the window did not show: $out"
case "$out" in *"shown "*) ;; *) fail "the window did not show: $out" ;; esac
echo "smoke: the window showed"

# One instance: a second start with a vCard hands it over to the first and exits 0.
printf 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Smoke Test\r\nEMAIL:smoke@example.org\r\nEND:VCARD\r\n' > "$TMP/one.vcf"
"$BIN" > "$TMP/first.log" 2>&1 &
first=$!
for _ in $(seq 1 100); do  # the first start listens once its window is up
    if grep -q "listening for later starts" "$data/logs/iomdesk.log" 2>/dev/null; then break; fi
    sleep 0.2
done
sleep 1
start=$(date +%s%N)
timeout 60 "$BIN" "$TMP/one.vcf" || fail "the second start did not exit 0"
took=$(( ($(date +%s%N) - start) / 1000000 ))
kill -0 "$first" 2>/dev/null || fail "the first start is gone: $(cat "$TMP/first.log")"
grep -q "another start handed over 1 file" "$data/logs/iomdesk.log" || fail "the first start got no file"
echo "smoke: a second start handed its file to the first and exited 0 in $took ms"
kill "$first"
wait "$first" 2>/dev/null || true
first=""
echo "smoke: all checks passed"
