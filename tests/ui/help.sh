#!/usr/bin/env bash
# The help overlay with real key presses (xdotool, under Xvfb). On the title: F1 opens it over the
# title (its screenshot is taken), Esc closes it without asking to quit, ? opens and closes it;
# in the name field ? is typed (no help) while F1 still opens it. In a case's encounter: F1 opens
# the encounter's help, Esc closes it, and the next Esc reaches the encounter (back to the
# library). Every screenshot is non-blank.
# usage: help.sh ROOTCAUSE PNG_CHECK CONTENT WORK
set -u
xvfb_run=$(dirname "$0")/xvfb_run.sh
game=$1 pngcheck=$2 content=$3 work=$4
command -v xdotool > /dev/null || { echo "SKIPPED: xdotool is not installed"; exit 0; }
rm -rf "$work" && mkdir -p "$work/title" "$work/case" "$work/data"
export XDG_DATA_HOME="$work/data" ALSOFT_DRIVERS=null
"$xvfb_run" -s "-screen 0 1280x720x24" bash -c '
  game=$1 content=$2 work=$3
  say() { echo "$*" >> "$work/steps.txt"; }
  waitfor() { # DIR GLOB: a screenshot named so appears within 10 s
    for _ in $(seq 100); do ls "$1"/$2 > /dev/null 2>&1 && return 0; sleep 0.1; done; return 1
  }
  key() { xdotool windowfocus --sync "$wid" 2> /dev/null; xdotool key --clearmodifiers "$@"; sleep 0.4; }
  # The title, 1024x640.
  "$game" --content "$content" --no-tutorial --width 1024 --height 640 --screenshot-dir "$work/title" \
      > "$work/title.out" 2> "$work/title.err" &
  pid=$!
  wid=$(xdotool search --sync --name "^Root Cause$" | head -1)
  waitfor "$work/title" "*-title.png" && say "title shown"
  key F1;       waitfor "$work/title" "*-help-title.png" && say "help over the title"
  key Escape;   say "escaped"
  key question; say "question"
  key question; say "question again"
  key Up Up Up Up Up Up Up Up # up to the name field
  key question; say "question typed in the name"
  key F1;       say "F1 while typing"
  key Escape; key Escape; key Return # closes the help, asks to quit, quits
  for _ in $(seq 30); do kill -0 $pid 2> /dev/null || break; sleep 0.1; done
  kill $pid 2> /dev/null; wait $pid 2> /dev/null
  # A case: the encounter at 800x600, then Esc back to the library.
  "$game" --content "$content" --case knee-l3-disc --width 800 --height 600 \
      --screenshot-dir "$work/case" > "$work/case.out" 2> "$work/case.err" &
  pid=$!
  wid=$(xdotool search --sync --name "^Root Cause$" | head -1)
  waitfor "$work/case" "*-briefing.png" && key Return # the briefing comes first
  waitfor "$work/case" "*-encounter*.png" && say "encounter shown"
  key F1;       waitfor "$work/case" "*-help-encounter.png" && say "help over the encounter"
  key Escape;   say "escaped"
  key Escape;   waitfor "$work/case" "*-library.png" && say "library after Esc"
  kill $pid; wait $pid 2> /dev/null
' _ "$game" "$content" "$work"
cat "$work/steps.txt"
fail=0
check() { grep -q "$1" "$2" || { echo "FAIL: $3"; fail=1; }; }
count() { grep -c "$1" "$2"; }
check '^help over the title' "$work/steps.txt" "F1 did not open the help over the title"
check '^help over the encounter' "$work/steps.txt" "F1 did not open the help over the encounter"
check '^library after Esc' "$work/steps.txt" "after the help closed, Esc did not reach the encounter"
# Title: F1, ?, F1-while-typing open (3); Esc, ?, Esc close (3); the ? typed in the name did not.
[ "$(count '^help: title$' "$work/title.out")" = 3 ] || { echo "FAIL: the title's help did not open 3 times"; fail=1; }
[ "$(count '^help: closed$' "$work/title.out")" = 3 ] || { echo "FAIL: the title's help did not close 3 times"; fail=1; }
grep -qs '^name: .*?' "$work"/data/rootcause/* || { echo "FAIL: ? was not typed into the name field"; fail=1; }
# Esc closed the help without asking to quit: the quit question came only after the last close.
asked=$(grep -n 'confirm.png$' "$work/title.out" | head -1 | cut -d: -f1)
closed=$(grep -n '^help: closed$' "$work/title.out" | tail -1 | cut -d: -f1)
[ -n "$asked" ] && [ -n "$closed" ] && [ "$asked" -gt "$closed" ] ||
  { echo "FAIL: Esc in the help asked to quit the game (or Esc on the title did not ask)"; fail=1; }
check '^help: encounter$' "$work/case.out" "no encounter help said on stdout"
check '^help: closed$' "$work/case.out" "the encounter's help did not close"
# ROOTCAUSE_CHECK_DAMAGE=1 (set by CTest): every frame with the help over the title equals a
# whole redraw.
if [ -n "${ROOTCAUSE_CHECK_DAMAGE:-}" ]; then
  check "^damage-check: [1-9][0-9]* frames checked, 0 differ" "$work/title.out" "a frame with the help differs from a whole redraw"
fi
shots=("$work"/title/*.png "$work"/case/*.png)
echo "${#shots[@]} screenshots: ${shots[*]##*/}"
"$pngcheck" "${shots[@]}" || fail=1
[ $fail -eq 0 ] || { cat "$work/title.out" "$work/case.out"; tail -n 5 "$work/title.err" "$work/case.err"; }
exit $fail
