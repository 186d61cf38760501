#!/usr/bin/env bash
# hostile.sh ROOTCAUSE CONTENT WORK
# The game without a display says so and exits 2; a FIFO as the profile or the autosave is
# reported and set aside, never waited on; a missing --autoplay log is one message per line.
set -uo pipefail
game=$1 content=$2 work=$3
rm -rf "$work" && mkdir -p "$work/data/rootcause"
export XDG_DATA_HOME="$work/data" ALSOFT_DRIVERS=null
dir="$work/data/rootcause"
fail() { echo "FAIL: $*"; exit 1; }

env -u DISPLAY timeout 20 "$game" --content "$content" > "$work/out.txt" 2> "$work/err.txt"
st=$?
cat "$work/err.txt"
[ "$st" -eq 2 ] || fail "without a display: exit $st, not 2"
grep -qx "Root Cause needs a graphical display (no X display found)" "$work/err.txt" ||
    fail "without a display: no message"

mkfifo "$dir/profile.txt" "$dir/autosave.log"
timeout 20 "$game" --content "$content" --resume --print-state > "$work/out.txt" 2> "$work/err.txt"
st=$?
cat "$work/err.txt"
[ "$st" -ne 124 ] || fail "the game waited on a FIFO"
[ "$st" -eq 1 ] || fail "a FIFO autosave: exit $st, not 1"
grep -q "the save is a FIFO (named pipe), not a file" "$work/err.txt" || fail "autosave FIFO not named"
grep -q "it is a FIFO (named pipe), not a file" "$work/err.txt" || fail "profile FIFO not named"

DISPLAY=:99999 timeout 20 "$game" --content "$content" --autoplay "$work/none.log" > "$work/out.txt" 2> "$work/err.txt"
st=$?
cat "$work/err.txt"
[ "$st" -eq 1 ] || fail "a missing --autoplay log: exit $st, not 1"
grep -q "^rootcause: error: cannot autoplay" "$work/err.txt" || fail "two messages share a line"
echo "ok"
