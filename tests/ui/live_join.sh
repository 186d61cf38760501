#!/usr/bin/env bash
# live_join.sh ROOTCAUSE REPLAY EXPERT_LOG PNG_CHECK CONTENT HOST BOARD CHALLENGE WORK [crash|ended]
# A live class under Xvfb: rootcause-host serves a one-case exam on loopback; the game joins it
# (--join) and autoplays the case's expert path through the interface, each action acknowledged
# by the host; then the host's results file, re-scored by rootcause-board, must equal
# rootcause-replay of the log the host journaled (its own time stamps), and the game must have
# written no results file of its own.
# With "crash": the game is killed (SIGKILL) mid-case and started again: it rejoins with the
# secret it kept, replays the host's log of the case and plays on; the checks are the same.
# With "ended": the game plays three actions and waits; the instructor ends the challenge
# (Ctrl-C at rootcause-host) and the game must leave the case for the summary with the host's
# total, as rootcause-board counts it.
set -euo pipefail
xvfb_run=$(dirname "$0")/xvfb_run.sh
game=$1 replay=$2 expertlog=$3 pngcheck=$4 content=$5 host=$6 board=$7 challenge=$8 work=$9
kind=${10:-played}
rm -rf "$work" && mkdir -p "$work/shots" "$work/data" "$work/logs"
export XDG_DATA_HOME="$work/data" ALSOFT_DRIVERS=null
hostpid=
cleanup() { if [ -n "$hostpid" ]; then kill "$hostpid" 2> /dev/null || true; fi; }
trap cleanup EXIT
"$host" --challenge "$challenge" --content "$content" --data "$work/class" --listen 127.0.0.1:0 --code 4321 \
    > "$work/host.out" 2> "$work/host.err" &
hostpid=$!
for _ in $(seq 100); do grep -q '^listening ' "$work/host.out" 2> /dev/null && break; sleep 0.1; done
endpoint=$(sed -n 's/^listening \([^ ]*\) code .*/\1/p' "$work/host.out")
[ -n "$endpoint" ] || { echo "the host did not start"; cat "$work/host.out" "$work/host.err"; exit 1; }
case "$endpoint" in 127.0.0.1:*) ;; *) echo "not loopback: $endpoint"; exit 1 ;; esac
cases=$(sed -n 's/.*<case ref="\([^"]*\)".*/\1/p' "$challenge")
for c in $cases; do "$expertlog" "$c" "$content" > "$work/logs/$c.log"; done
play=("$xvfb_run" -s "-screen 0 1280x720x24" "$game" --content "$content" --join "$endpoint" --code 4321
    --student-id S1234567 --player "Ada Lovelace" --autoplay-dir "$work/logs" --autoplay-pace 0.05
    --screenshot-dir "$work/shots" --exit-after-challenge)
if [ "$kind" = ended ]; then
    first=$(echo "$cases" | head -n 1)
    grep -v '^#' "$work/logs/$first.log" | head -n 3 > "$work/logs/$first.tmp"
    mv "$work/logs/$first.tmp" "$work/logs/$first.log"
    "${play[@]}" > "$work/out.txt" 2> "$work/err.txt" &
    gamepid=$!
    for _ in $(seq 300); do [ "$(grep -c '^act' "$work/class/journal.log" 2> /dev/null)" = 3 ] && break; sleep 0.1; done
    sleep 0.5
    kill -INT "$hostpid"
    wait "$hostpid" || true
    hostpid=
    wait "$gamepid" || { echo "the game failed"; cat "$work/out.txt" "$work/err.txt"; exit 1; }
    game_total=$(sed -n 's/^challenge-total: \([0-9.]*\) (the host.s)$/\1/p' "$work/out.txt")
    [ -n "$game_total" ] || { echo "no host total"; cat "$work/out.txt" "$work/err.txt"; exit 1; }
    ls "$work"/shots/*-challenge-summary.png > /dev/null || { echo "no summary"; exit 1; }
    grep -q '^end' "$work/class/journal.log" || { echo "the host did not record the end"; exit 1; }
    "$board" --challenge "$challenge" --content "$content" "$work/class/results" --csv "$work/grades.csv" \
        > "$work/board.txt" 2>&1 || { cat "$work/board.txt"; exit 1; }
    board_total=$(awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "Total") t = i } NR == 2 { print $t }' \
        "$work/grades.csv" | tr -d '"\r')
    echo "game (the host's) total $game_total, board total $board_total"
    [ "$(grep -c 'finished="false"' "$work/class/results/"*.xml)" = 1 ] || { echo "the open case is not recorded"; exit 1; }
    awk -v a="$game_total" -v b="$board_total" 'BEGIN { exit !(a + 0 == b + 0) }' || exit 1
    exit 0
fi
if [ "$kind" = crash ]; then
    "$xvfb_run" -s "-screen 0 1280x720x24" "$game" --content "$content" --join "$endpoint" --code 4321 \
        --student-id S1234567 --player "Ada Lovelace" --autoplay-dir "$work/logs" --autoplay-pace 0.4 \
        > "$work/crash.out" 2> "$work/crash.err" &
    pid=$!
    for _ in $(seq 300); do [ "$(grep -c '^act' "$work/class/journal.log" 2> /dev/null)" -ge 5 ] && break; sleep 0.1; done
    pkill -KILL -P "$pid" -x rootcause || { echo "the game was not running to be killed"; cat "$work/crash.err"; exit 1; }
    wait "$pid" 2> /dev/null || true
    before=$(grep -c '^act' "$work/class/journal.log")
    echo "killed the game after $before acknowledged actions"
fi
"${play[@]}" > "$work/out.txt" 2> "$work/err.txt" || { cat "$work/out.txt" "$work/err.txt" "$work/host.err"; exit 1; }
if [ "$kind" = crash ]; then
    grep -q "rejoined S1234567" "$work/host.err" || { echo "the game did not rejoin"; cat "$work/host.err"; exit 1; }
    if grep -q "refused" "$work/host.err"; then echo "the host refused the game"; cat "$work/host.err"; exit 1; fi
fi
grep -q "^results-host: $endpoint\$" "$work/out.txt" || { echo "no results-host line"; cat "$work/out.txt"; exit 1; }
shots=("$work"/shots/*.png)
echo "${#shots[@]} screenshots"
"$pngcheck" "${shots[@]}"
for scene in challenge-intro encounter-v1-history challenge-recorded-1 challenge-summary; do
    ls "$work"/shots/*-"$scene".png > /dev/null || { echo "no screenshot of $scene"; exit 1; }
done
if ls "$work"/shots/*-debrief*.png "$work"/shots/*-outcome.png > /dev/null 2>&1; then
    echo "an exam showed an outcome or a debrief"; exit 1
fi
# The game keeps the host's secret for a rejoin, and no results file of its own.
ls "$work"/data/rootcause/classes/*S1234567.secret > /dev/null || { echo "no secret kept"; find "$work/data"; exit 1; }
if [ -d "$work/data/rootcause/results" ]; then echo "the game wrote results of its own"; exit 1; fi
# SIGTERM: the host stops hosting with everything written.
kill -TERM "$hostpid"
wait "$hostpid" || true
hostpid=
id=$(sed -n 's/.*<challenge id="\([^"]*\)".*/\1/p' "$challenge")
[ -f "$work/class/results/$id-S1234567.xml" ] || { echo "no results file on the host"; ls -R "$work/class"; exit 1; }
# The host's log of the case, as it journaled it (host time stamps).
awk -F'\t' '$1 == "act" { s = ""; t = ""; l = ""
    for (i = 2; i <= NF; i++) { split($i, kv, "="); k = kv[1]; v = substr($i, length(k) + 2)
        if (k == "student") s = v; else if (k == "t") t = v; else if (k == "line") l = v }
    if (s == "S1234567") print l " @" t }' "$work/class/journal.log" > "$work/journaled.log"
n=$(wc -l < "$work/journaled.log")
expected=$(grep -cv '^#' "$work/logs/$(echo "$cases" | head -n 1).log")
[ "$n" = "$expected" ] || { echo "the host journaled $n actions, the log has $expected"; cat "$work/journaled.log"; exit 1; }
seed=$(sed -n 's/.*seed="\([0-9]*\)".*/\1/p' "$challenge")
"$replay" --case "$(echo "$cases" | head -n 1)" --content "$content" --actions "$work/journaled.log" --seed "$seed" \
    > "$work/replay.txt" 2>&1 || { cat "$work/replay.txt"; exit 1; }
replay_total=$(sed -n 's/^ *Total  *\([0-9.]*\).*/\1/p' "$work/replay.txt" | head -n 1)
"$board" --challenge "$challenge" --content "$content" "$work/class/results" --csv "$work/grades.csv" \
    > "$work/board.txt" 2>&1 || { cat "$work/board.txt"; exit 1; }
cat "$work/board.txt"
if grep -q '^Problems' "$work/board.txt"; then echo "the board listed problems"; exit 1; fi
board_total=$(awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "Total") t = i } NR == 2 { print $t }' \
    "$work/grades.csv" | tr -d '"\r')
echo "board total $board_total, replay total $replay_total"
[ -n "$replay_total" ] && [ -n "$board_total" ] || { echo "a total is missing"; cat "$work/replay.txt"; exit 1; }
awk -v a="$replay_total" -v b="$board_total" 'BEGIN { exit !(a + 0 == b + 0 && b + 0 >= 90) }' \
    || { echo "replay $replay_total, board $board_total"; cat "$work/grades.csv"; exit 1; }
