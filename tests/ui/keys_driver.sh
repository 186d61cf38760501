#!/usr/bin/env bash
# keys_driver.sh GAME SHOTS WAIT_FOR THEN_WAIT_FOR KEYS... -- GAME_ARGS...
# Run inside xvfb_run.sh: starts the game, waits for the screenshot named *-WAIT_FOR.png, types
# KEYS through the X server (xdotool: real key events, as a student's keyboard sends them),
# waits for *-THEN_WAIT_FOR.png, then closes the game. Exit 0 only when both screens appeared.
set -uo pipefail
game=$1 shots=$2 first=$3 then=$4
shift 4
keys=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do keys+=("$1"); shift; done
shift
"$game" --screenshot-dir "$shots" "$@" &
pid=$!
waitfor() {
  for _ in $(seq 200); do
    ls "$shots"/*-"$1".png > /dev/null 2>&1 && return 0
    kill -0 "$pid" 2> /dev/null || return 1
    sleep 0.1
  done
  return 1
}
status=0
if waitfor "$first"; then
  # Without a window manager the keyboard follows the pointer: put it over the window.
  xdotool mousemove 20 20
  sleep 0.3
  xdotool key --delay 80 "${keys[@]}"
  waitfor "$then" || { echo "FAIL: no $then screen after ${keys[*]}"; status=1; }
else
  echo "FAIL: no $first screen"; status=1
fi
kill "$pid" 2> /dev/null
wait "$pid" 2> /dev/null
exit "$status"
