#!/usr/bin/env bash
# challenge.sh ROOTCAUSE REPLAY EXPERT_LOG PNG_CHECK CONTENT BOARD CHALLENGE KIND WORK
# Plays a classroom challenge through the interface (--challenge, --autoplay-dir) and hands the
# results file to rootcause-board, which must re-score it with no problems and the same totals.
#   KIND=exam     every case autoplays its expert path; no debrief or outcome before the summary.
#   KIND=timeout  the first case plays three actions and then idles until its one-minute limit
#                 (sped up with --time-scale) runs out: it must be recorded unfinished.
#   KIND=pack     the exam is played from its exam pack (rootcause-pack): the game has no key,
#                 shows no score, and the board re-scores against the full cases.
set -euo pipefail
xvfb_run=$(dirname "$0")/xvfb_run.sh
game=$1 replay=$2 expertlog=$3 pngcheck=$4 content=$5 board=$6 challenge=$7 kind=$8 work=$9
rm -rf "$work" && mkdir -p "$work/shots" "$work/data" "$work/logs" "$work/results"
export XDG_DATA_HOME="$work/data" ALSOFT_DRIVERS=null
cases=$(sed -n 's/.*<case ref="\([^"]*\)".*/\1/p' "$challenge")
first=$(echo "$cases" | head -n 1)
for c in $cases; do
    "$expertlog" "$c" "$content" > "$work/logs/$c.log"
done
extra=()
if [ "$kind" = timeout ]; then
    # Three actions of the first case, then nothing: the clock must end it.
    grep -v '^#' "$work/logs/$first.log" | head -n 3 > "$work/logs/$first.tmp"
    mv "$work/logs/$first.tmp" "$work/logs/$first.log"
    extra=(--time-scale 20)
fi
play_content=$content play_challenge=$challenge
if [ "$kind" = pack ]; then
    "$(dirname "$board")/rootcause-pack" --challenge "$challenge" --content "$content" --out "$work/pack" \
        > "$work/pack.txt" || { cat "$work/pack.txt"; exit 1; }
    play_content=$work/pack
    play_challenge=$work/pack/challenges/$(basename "$challenge")
    if grep -rq '<expert\|<truth\|<scoring' "$work/pack/cases"; then echo "the pack holds the key"; exit 1; fi
fi
"$xvfb_run" -s "-screen 0 1280x720x24" "$game" --content "$play_content" --challenge "$play_challenge" \
    --player "Ada Lovelace" --student-id "S1234567" --email ada@example.org --results-dir "$work/results" \
    --autoplay-dir "$work/logs" --autoplay-pace 0.05 --screenshot-dir "$work/shots" "${extra[@]}" \
    --exit-after-challenge > "$work/out.txt" 2> "$work/err.txt" || { cat "$work/out.txt" "$work/err.txt"; exit 1; }
shots=("$work"/shots/*.png)
echo "${#shots[@]} screenshots"
"$pngcheck" "${shots[@]}"
for scene in challenge-intro encounter-v1-history challenge-summary; do
    ls "$work"/shots/*-"$scene".png > /dev/null || { echo "no screenshot of $scene"; exit 1; }
done
# Exam mode: no outcome and no debrief while playing (the summary opens them at the end).
if ls "$work"/shots/*-debrief*.png "$work"/shots/*-outcome.png > /dev/null 2>&1; then
    echo "exam mode showed an outcome or a debrief before the end"; exit 1
fi
file=$(sed -n 's/^results-file: //p' "$work/out.txt")
total=$(sed -n 's/^challenge-total: //p' "$work/out.txt")
echo "results file $file, game total $total"
[ -n "$file" ] && [ -n "$total" ] && [ -f "$file" ] || { echo "no results file"; cat "$work/out.txt"; exit 1; }
[ "$file" = "$work/results/$(sed -n 's/.*<challenge id="\([^"]*\)".*/\1/p' "$challenge")-S1234567.xml" ] \
    || { echo "unexpected results path $file"; exit 1; }
# Every action of the log carries its @seconds since the case started.
grep -Eq '^(ask|exam|order|differential|diagnose|plan|advance)( .*)? @[0-9]+\.[0-9]$' "$file" \
    || { echo "no time stamps in the results log"; cat "$file"; exit 1; }
if grep -Eq '^(ask|exam|order|differential|diagnose|plan|advance)( [^@]*)?$' "$file"; then
    echo "an action without a time stamp"; cat "$file"; exit 1
fi
if [ "$kind" = timeout ]; then
    ls "$work"/shots/*-challenge-time-up-1.png > /dev/null || { echo "no time-up screen"; exit 1; }
    n_unfinished=$(grep -c 'finished="false"' "$file" || true)
    [ "$n_unfinished" = 1 ] || { echo "expected one unfinished case, got $n_unfinished"; cat "$file"; exit 1; }
    grep -A1 "case=\"$first\"\|id=\"$first\"" "$file" | grep -q 'finished="false"' \
        || grep -q "\"$first\"[^>]*finished=\"false\"\|finished=\"false\"[^>]*\"$first\"" "$file" \
        || { echo "the first case is not the unfinished one"; cat "$file"; exit 1; }
    # A one-minute case is inside its last two minutes from the start: the timer cue, once.
    [ "$(grep -c '^cue: timer.wav' "$work/out.txt")" = 1 ] || { echo "not one timer cue"; exit 1; }
    n_actions=$(grep -cE ' @[0-9]+\.[0-9]$' "$file")
    echo "$n_actions timed actions in the results file"
else
    ls "$work"/shots/*-challenge-recorded-1.png > /dev/null || { echo "no case-recorded screen"; exit 1; }
    # Cases of 20 and 25 minutes played in seconds: never near their end, no timer cue.
    ! grep -q '^cue: timer.wav' "$work/out.txt" || { echo "a timer cue far from the end"; exit 1; }
    if grep -q 'finished="false"' "$file"; then echo "a case was not finished"; cat "$file"; exit 1; fi
fi
# The board re-scores the file: no problems, the same total.
"$board" --challenge "$challenge" --content "$content" "$work/results" --csv "$work/grades.csv" \
    > "$work/board.txt" 2>&1 || { cat "$work/board.txt"; exit 1; }
cat "$work/board.txt"
if grep -q '^Problems' "$work/board.txt"; then echo "the board listed problems"; exit 1; fi
board_total=$(awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "Total") t = i } NR == 2 { print $t }' \
    "$work/grades.csv" | tr -d '"\r')
echo "board total $board_total"
if [ "$kind" = pack ]; then
    case "$total" in unscored*) ;; *) echo "the game scored a pack: $total"; exit 1 ;; esac
    awk -v b="$board_total" 'BEGIN { exit !(b + 0 >= 90) }' || { echo "expert paths from a pack scored $board_total"; exit 1; }
    exit 0
fi
awk -v a="$total" -v b="$board_total" 'BEGIN { exit !(a + 0 == b + 0) }' \
    || { echo "game total $total, board total $board_total"; cat "$work/grades.csv"; exit 1; }
