#!/usr/bin/env bash
# what_if.sh ROOTCAUSE REPLAY EXPERT_LOG PNG_CHECK CONTENT CASE WORK POINT ALTERNATIVE
# "What if" from the debrief (issue #19): autoplay a case's expert path to its debrief, branch it
# with --what-if at the decision after POINT actions (the chooser shows it, then plays it live),
# reach the branch's own outcome and debrief, side by side with the student's path. The branch
# must end in another outcome than the expert path's (rootcause-replay --branch says which), and
# record nothing: no autosave, the profile's best is the student's own total. Then at 640x480.
set -euo pipefail
xvfb_run=$(dirname "$0")/xvfb_run.sh
game=$1 replay=$2 expertlog=$3 pngcheck=$4 content=$5 case=$6 work=$7 point=$8 alt=$9
rm -rf "$work" && mkdir -p "$work"
export ALSOFT_DRIVERS=null
"$expertlog" "$case" "$content" > "$work/expert.log"
run() { # run NAME WIDTH HEIGHT: the game, autoplayed and branched
    local name=$1
    mkdir -p "$work/$name/shots" "$work/$name/data"
    XDG_DATA_HOME="$work/$name/data" "$xvfb_run" -s "-screen 0 $2x$3x24" "$game" \
        --content "$content" --case "$case" --autoplay "$work/expert.log" --autoplay-pace 0.05 \
        --width "$2" --height "$3" --screenshot-dir "$work/$name/shots" --exit-after-debrief \
        --what-if "$point:$alt" > "$work/$name/out.txt" 2> "$work/$name/err.txt"
}
check() { # check NAME STATUS: what the run NAME left
    local name=$1 out=$work/$1/out.txt
    [ "$2" = 0 ] || { cat "$work/$name/err.txt"; echo "$name: the game failed ($2)"; exit 1; }
    cat "$out" | grep -E '^(what-if|debrief-total)' || true
    # The branch's outcome, from the game, against rootcause-replay's for the same branch.
    grep -q "^what-if: .* -> " "$out" || { echo "$name: no branch was started"; exit 1; }
    local got
    got=$(sed -n 's/^what-if-outcome: [a-z0-9-]* \(([a-z-]*): .*\)/\1/p' "$out")
    [ -n "$got" ] || { echo "$name: the branch's debrief was not reached"; exit 1; }
    [ "$got" = "$branch_outcome" ] || { echo "$name: branch outcome '$got', replay says '$branch_outcome'"; exit 1; }
    [ "$got" != "$expert_outcome" ] || { echo "$name: the branch ends as the expert path does"; exit 1; }
    # Nothing of the branch is recorded: no autosave, the best is the student's own total.
    [ ! -e "$work/$name/data/rootcause/autosave.log" ] || { echo "$name: an autosave was left"; exit 1; }
    grep -q "^best: $case $expert_total" "$work/$name/data/rootcause/profile.txt" ||
        { echo "$name: the profile's best is not the student's total"; cat "$work/$name/data/rootcause/profile.txt"; exit 1; }
    [ "$(grep -c "^best: $case " "$work/$name/data/rootcause/profile.txt")" = 1 ] || { echo "$name: more than one best"; exit 1; }
    for scene in debrief what-if what-if-debrief what-if-debrief-decisions; do
        ls "$work/$name"/shots/*-"$scene".png > /dev/null 2>&1 || { echo "$name: no screenshot of $scene"; ls "$work/$name/shots"; exit 1; }
    done
    "$pngcheck" "$work/$name"/shots/*-what-if.png "$work/$name"/shots/*-what-if-debrief.png
}
outcome_of() { sed -n 's/^Outcome \(([a-z-]*): .*\)/\1/p' "$1" | head -1; }
# What the branch should reach, by the tool: the first POINT actions, then the alternative.
"$replay" --content "$content" --case "$case" --actions "$work/expert.log" > "$work/expert.txt"
expert_total=$(sed -n 's/^  Total *\([0-9.]*\).*/\1/p' "$work/expert.txt")
printf 'plan %s\nadvance\n' "$alt" > "$work/then.log"
"$replay" --content "$content" --case "$case" --actions "$work/expert.log" --branch "$point" \
    --then "$work/then.log" > "$work/branch.txt"
expert_outcome=$(outcome_of "$work/expert.txt")
branch_outcome=$(outcome_of "$work/branch.txt")
echo "expert: $expert_outcome ($expert_total)"
echo "branch: $branch_outcome"
[ -n "$expert_outcome" ] && [ -n "$branch_outcome" ] || { echo "replay did not give both outcomes"; cat "$work/branch.txt"; exit 1; }
# Both sizes side by side (each under an X server of its own).
run wide 1280 720 &
wide=$!
run small 640 480 &
small=$!
ws=0 ss=0
wait $wide || ws=$?
wait $small || ss=$?
check wide $ws
check small $ss
echo "ok"
