#!/usr/bin/env bash
# live_host.sh ROOTCAUSE REPLAY EXPERT_LOG PNG_CHECK CONTENT CLASSBOTS BOARD CHALLENGE WORK
# The instructor's side under Xvfb: the game hosts a class (--host-class, loopback only) while
# rootcause-classbots plays four students through the real protocol; once every student has
# finished, the game ends the challenge (--exit-after-challenge), shows the leaderboard and
# exits. The projector view is photographed mid-class and at the end, and rootcause-board must
# count the four from the game's results folder with no problems. Hosting the challenge again
# (no --data) starts a new class beside the ended one instead of resuming it.
set -euo pipefail
xvfb_run=$(dirname "$0")/xvfb_run.sh
game=$1 pngcheck=$4 content=$5 bots=$6 board=$7 challenge=$8 work=$9
rm -rf "$work" && mkdir -p "$work/shots" "$work/data"
export XDG_DATA_HOME="$work/data" ALSOFT_DRIVERS=null
id=$(sed -n 's/.*<challenge id="\([^"]*\)".*/\1/p' "$challenge")
classes="$work/data/rootcause/classes"
"$xvfb_run" -s "-screen 0 1280x720x24" "$game" --content "$content" --host-class "$challenge" \
    --listen 127.0.0.1:0 --code 5678 --exit-after-challenge \
    --screenshot-dir "$work/shots" > "$work/out.txt" 2> "$work/err.txt" &
gamepid=$!
trap 'kill $gamepid 2> /dev/null || true' EXIT
for _ in $(seq 200); do grep -q '^listening ' "$work/out.txt" 2> /dev/null && break; sleep 0.1; done
endpoint=$(sed -n 's/^listening \([^ ]*\) code 5678$/\1/p' "$work/out.txt")
[ -n "$endpoint" ] || { echo "the game did not host"; cat "$work/out.txt" "$work/err.txt"; exit 1; }
case "$endpoint" in 127.0.0.1:*) ;; *) echo "not loopback: $endpoint"; exit 1 ;; esac
"$bots" --connect "$endpoint" --code 5678 --students 4 --seed 11 --think-ms 80 --content "$content" \
    > "$work/bots.txt" 2>&1 || { cat "$work/bots.txt" "$work/err.txt"; exit 1; }
cat "$work/bots.txt"
grep -q 'bots: 4 finished, 0 failed' "$work/bots.txt"
wait "$gamepid" || { echo "the game failed"; cat "$work/out.txt" "$work/err.txt"; exit 1; }
trap - EXIT
grep -q "^results-dir: $classes/$id/results\$" "$work/out.txt" || { echo "no results-dir line"; cat "$work/out.txt"; exit 1; }
# Ended, the board grades its own results: what the class found hard, printed and on screen.
grep -Eq '^highlights: [0-9]+$' "$work/out.txt" || { echo "no highlights"; cat "$work/out.txt"; exit 1; }
# Graded once: the students leaving after the end change the board, not the results.
[ "$(grep -c '^highlights: ' "$work/out.txt")" = 1 ] || { echo "graded more than once"; cat "$work/out.txt"; exit 1; }
grep '^highlight: ' "$work/out.txt" || true
for scene in host-class host-class-board host-class-leaderboard; do
    ls "$work"/shots/*-"$scene".png > /dev/null || { echo "no screenshot of $scene"; ls "$work/shots"; exit 1; }
done
"$pngcheck" "$work"/shots/*.png
"$board" --challenge "$challenge" --content "$content" "$classes/$id/results" > "$work/board.txt" 2>&1 \
    || { cat "$work/board.txt"; exit 1; }
cat "$work/board.txt"
grep -q '4 results files: 4 students counted, 0 held, 0 problems' "$work/board.txt"
# The class was ended: hosting the challenge again is a new class, in a folder beside it. This
# time with a class list (the LMS's CSV) naming the first bot only: the second is refused.
printf '%s\n' '"First name","Last name","ID number","Email address"' \
    '"Ada","Lovelace","S2400011","ada@example.org"' > "$work/roster.csv"
# A class list that cannot be read stops the host before it listens, saying why.
status=0
"$xvfb_run" -s "-screen 0 1280x720x24" "$game" --content "$content" --host-class "$challenge" \
    --listen 127.0.0.1:0 --roster "$work/no-such.csv" > "$work/out-bad.txt" 2> "$work/err-bad.txt" ||
    status=$?
[ "$status" = 2 ] && grep -q 'class list cannot be used' "$work/err-bad.txt" &&
    ! grep -q '^listening ' "$work/out-bad.txt" ||
    { echo "a missing class list was not refused ($status)"; cat "$work/err-bad.txt"; exit 1; }
"$xvfb_run" -s "-screen 0 1280x720x24" "$game" --content "$content" --host-class "$challenge" \
    --listen 127.0.0.1:0 --code 5679 --roster "$work/roster.csv" --exit-after-challenge \
    > "$work/out2.txt" 2> "$work/err2.txt" &
gamepid=$!
trap 'kill $gamepid 2> /dev/null || true' EXIT
for _ in $(seq 200); do grep -q '^listening ' "$work/out2.txt" 2> /dev/null && break; sleep 0.1; done
endpoint=$(sed -n 's/^listening \([^ ]*\) code 5679$/\1/p' "$work/out2.txt")
[ -n "$endpoint" ] || { echo "the game did not host again"; cat "$work/out2.txt" "$work/err2.txt"; exit 1; }
"$bots" --connect "$endpoint" --code 5679 --students 2 --seed 12 --think-ms 80 --content "$content" \
    > "$work/bots2.txt" 2>&1 || true
cat "$work/bots2.txt"
grep -q 'bots: 1 finished, 1 failed' "$work/bots2.txt" ||
    { echo "the class list did not let exactly one of two students in"; cat "$work/err2.txt"; exit 1; }
wait "$gamepid" || { echo "the game failed"; cat "$work/out2.txt" "$work/err2.txt"; exit 1; }
trap - EXIT
grep -q "^results-dir: $classes/$id-2/results\$" "$work/out2.txt" || { echo "not a new class"; cat "$work/out2.txt"; exit 1; }
[ "$(ls "$classes/$id/results" | wc -l)" = 4 ] || { echo "the first class changed"; ls "$classes/$id/results"; exit 1; }
