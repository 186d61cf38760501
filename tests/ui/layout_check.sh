#!/usr/bin/env bash
# ui: layout check WxH S — rootcause --layout-check at one window size and UI scale: every scene of
# every bundled case, the menus and the class screens, with no text cut beyond reach, no texts
# over texts and none off the window ("layout: 0 problems", exit status 0).
set -uo pipefail
xvfb_run=$(dirname "$0")/xvfb_run.sh
game=$1 content=$2 width=$3 height=$4 scale=$5
out=$("$xvfb_run" -s "-screen 0 ${width}x${height}x24" \
  "$game" --content "$content" --layout-check --width "$width" --height "$height" --scale "$scale" 2>&1)
# (The game's verdict is its last line, checked below.)
# The lines the check prints (scenes print others when autoplayed: differential bars...).
grep '^layout: ' <<<"$out"
last=$(grep '^layout: ' <<<"$out" | tail -n 1)
if [ "$last" != "layout: 0 problems" ]; then
  echo "FAIL: the layout check at ${width}x${height} scale $scale found problems" >&2
  exit 1
fi
grep -q '^layout: [0-9]* screens looked at' <<<"$out" || { echo "FAIL: no tour summary" >&2; exit 1; }
