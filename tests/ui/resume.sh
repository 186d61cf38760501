#!/usr/bin/env bash
# resume.sh ROOTCAUSE REPLAY EXPERT_LOG PNG_CHECK CONTENT CASE WORK
# Autoplay half of the expert log, SIGKILL the game mid-case, then check that --resume restores
# exactly the actions played and the notes typed (the half log's `#| ` lines, typed into the
# Notes panel by autoplay), and that --resume --autoplay finishes with replay's total.
set -euo pipefail
xvfb_run=$(dirname "$0")/xvfb_run.sh
game=$1 replay=$2 expertlog=$3 pngcheck=$4 content=$5 case=$6 work=$7
rm -rf "$work" && mkdir -p "$work/data" "$work/shots"
export XDG_DATA_HOME="$work/data" ALSOFT_DRIVERS=null
save="$work/data/rootcause/autosave.log"
"$expertlog" "$case" "$content" > "$work/full.log"
total=$(grep -cv '^#' "$work/full.log")
half=$((total / 2))
"$expertlog" "$case" "$content" "$half" > "$work/half.log"
notes=$'#| Resume test: pain down the front of the thigh ✓\n#|\n#| \tcheck PKB both sides'
printf '%s\n' "$notes" >> "$work/half.log"
"$xvfb_run" -s "-screen 0 1280x720x24" "$game" --content "$content" --case "$case" \
    --autoplay "$work/half.log" --autoplay-pace 0.05 > "$work/run1.txt" 2>&1 &
pid=$!
# Wait until the autosave holds all the half log's actions (the game then idles mid-case).
for _ in $(seq 1 600); do
    if [ -f "$save" ] && grep -q "^# actions: $half\$" "$save"; then break; fi
    sleep 0.1
done
sleep 0.3
# SIGKILL the game itself (xvfb_run.sh's child). xvfb_run.sh then stops its X server and exits;
# a SIGKILL to xvfb_run.sh as well would leave that server running after the test.
pkill -KILL -P "$pid" -x rootcause || { echo "the game was not running to be killed"; exit 1; }
wait "$pid" 2> /dev/null || true
grep -q "^# actions: $half\$" "$save" || { echo "autosave did not reach $half actions"; cat "$save"; exit 1; }
"$game" --content "$content" --resume --print-state > "$work/restored.log"
diff <(grep -v '^#' "$work/half.log") <(grep -v '^#' "$work/restored.log") || { echo "restored log differs"; exit 1; }
diff <(printf '%s\n' "$notes") <(grep '^#|' "$work/restored.log") || { echo "restored notes differ"; cat "$save"; exit 1; }
echo "restored $half actions and the notes exactly"
# Finish the case from the autosave: the rest of the full log.
"$xvfb_run" -s "-screen 0 1280x720x24" "$game" --content "$content" --resume --autoplay "$work/full.log" \
    --autoplay-pace 0.05 --screenshot-dir "$work/shots" --exit-after-debrief > "$work/run2.txt" 2> "$work/err2.txt" \
    || { cat "$work/err2.txt"; exit 1; }
game_total=$(sed -n 's/^debrief-total: //p' "$work/run2.txt")
replay_total=$("$replay" --content "$content" --case "$case" --actions "$work/full.log" | sed -n 's/^  Total *\([0-9.]*\).*/\1/p')
echo "resumed game total $game_total, replay total $replay_total"
[ -n "$game_total" ] && [ "$game_total" = "$replay_total" ]
