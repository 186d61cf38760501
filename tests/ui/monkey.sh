#!/usr/bin/env bash
# Monkey test (issue "Reliability"): random input through the game's event path for a while,
# from the title and from inside a case; the game must exit 0 and report it stayed responsive.
# usage: monkey.sh ROOTCAUSE CONTENT_DIR WORK_DIR
set -u
xvfb_run=$(dirname "$0")/xvfb_run.sh
game=$1 content=$2 work=$3
rm -rf "$work" && mkdir -p "$work/data"
export XDG_DATA_HOME="$work/data" ALSOFT_DRIVERS=null
fail=0
run() { # name, then the game's arguments
  local name=$1; shift
  "$xvfb_run" -s "-screen 0 1280x720x24" "$game" --content "$content" "$@" >"$work/$name.out" 2>"$work/$name.err"
  local rc=$?
  local line; line=$(grep '^monkey:' "$work/$name.out")
  echo "$name: exit $rc: $line"
  if [ $rc -ne 0 ] || ! grep -q '^monkey: .* responsive$' "$work/$name.out" || grep -q 'NOT responsive' "$work/$name.out"; then
    echo "FAIL: $name"; tail -20 "$work/$name.err"; fail=1
  fi
}
run title --monkey 20 --seed 7
run case --case knee-l3-disc --monkey 15 --seed 11
# The monkey presses F1 and types ? too: the help overlay opened over some screen and closed.
for name in title case; do
  opened=$(grep '^help: ' "$work/$name.out" | grep -vc '^help: closed')
  grep -q '^help: closed' "$work/$name.out" && [ "$opened" -gt 0 ] ||
    { echo "FAIL: $name: the monkey never opened and closed the help ($opened opened)"; fail=1; }
  echo "$name: help opened $opened times"
done
exit $fail
