#!/usr/bin/env bash
# Windowing with real key presses (xdotool, under Xvfb): F11 and Alt+Enter toggle fullscreen and
# back to the windowed size, and Alt+Enter never reaches the title as Enter (it would open the
# case library); the picture after each toggle is not blank; a window made smaller than 640x480
# is set back; Esc on the title asks first (Esc again stays), then Esc and Enter quit with status 0.
# usage: windowing.sh ROOTCAUSE PNG_CHECK CONTENT WORK
set -u
xvfb_run=$(dirname "$0")/xvfb_run.sh
game=$1 pngcheck=$2 content=$3 work=$4
command -v xdotool > /dev/null || { echo "SKIPPED: xdotool is not installed"; exit 0; }
rm -rf "$work" && mkdir -p "$work/shots" "$work/data"
export XDG_DATA_HOME="$work/data" ALSOFT_DRIVERS=null
"$xvfb_run" -s "-screen 0 1280x720x24" bash -c '
  game=$1 content=$2 work=$3
  "$game" --content "$content" --no-tutorial --width 800 --height 600 --screenshot-dir "$work/shots" \
      > "$work/out.txt" 2> "$work/err.txt" &
  pid=$!
  wid=$(xdotool search --sync --name "^Root Cause$" | head -1)
  say() { echo "$*" >> "$work/steps.txt"; }
  key() { xdotool windowfocus --sync "$wid" 2> /dev/null; xdotool key --clearmodifiers "$@"; sleep 0.6; }
  sleep 1
  key F11;        say "after F11"
  wid=$(xdotool search --sync --name "^Root Cause$" | head -1)
  key F12                                   # a screenshot of the fullscreen title
  key alt+Return; say "after Alt+Enter"
  wid=$(xdotool search --sync --name "^Root Cause$" | head -1)
  key F12                                   # and of the windowed one
  xdotool windowsize "$wid" 300 200; sleep 0.8
  say "geometry $(xdotool getwindowgeometry "$wid" | sed -n "s/.*Geometry: //p")"
  key Escape;     say "asked"
  key Escape;     say "stayed"
  kill -0 $pid 2> /dev/null && say "running after Esc Esc"
  key Escape
  key Return
  for i in $(seq 1 30); do kill -0 $pid 2> /dev/null || break; sleep 0.2; done
  if kill -0 $pid 2> /dev/null; then say "still running after Esc Enter"; kill $pid; fi
  wait $pid; say "exit $?"
' _ "$game" "$content" "$work"
cat "$work/steps.txt"
fail=0
check() { grep -q "$1" "$2" || { echo "FAIL: $3"; fail=1; }; }
check '^fullscreen: on 1280x720' "$work/out.txt" "F11 did not go fullscreen"
check '^fullscreen: off 800x600' "$work/out.txt" "Alt+Enter did not come back to the windowed 800x600"
check '^geometry 640x480' "$work/steps.txt" "a 300x200 window was not set back to 640x480"
check '^running after Esc Esc' "$work/steps.txt" "Esc on the title quit without asking (or Esc did not stay)"
check '^exit 0' "$work/steps.txt" "Esc then Enter did not quit with status 0"
# ROOTCAUSE_CHECK_DAMAGE=1 (set by CTest): every frame, before and after each new window, equals
# a whole redraw.
if [ -n "${ROOTCAUSE_CHECK_DAMAGE:-}" ]; then
    check "^damage-check: [1-9][0-9]* frames checked, 0 differ" "$work/out.txt" "a frame after a toggle differs from a whole redraw"
fi
# Alt+Enter is not Enter: the title's focused "Case library" never opened.
! ls "$work"/shots/*-library.png > /dev/null 2>&1 || { echo "FAIL: Alt+Enter reached the title as Enter"; fail=1; }
ls "$work"/shots/*-confirm.png > /dev/null 2>&1 || { echo "FAIL: no quit question shown"; fail=1; }
shots=("$work"/shots/*.png)
echo "${#shots[@]} screenshots: ${shots[*]##*/}"
[ "${#shots[@]}" -ge 4 ] || { echo "FAIL: too few screenshots"; fail=1; }
"$pngcheck" "${shots[@]}" || fail=1
[ $fail -eq 0 ] || { cat "$work/out.txt"; tail -5 "$work/err.txt"; }
exit $fail
