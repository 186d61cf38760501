#!/usr/bin/env bash
# estimate.sh ROOTCAUSE REPLAY EXPERT_LOG PNG_CHECK CONTENT CASE WORK
# The estimate asked before an investigation and the debrief's calibration (issue #19). A profile
# with "ask-estimates: 1" and the case's expert path with two orders carrying estimates (one
# before the examination, one after it). Practice: the prompt shows before each order (stdout and
# a screenshot) and the debrief's Learning tab draws the calibration (stdout and a screenshot);
# again at 640x480. Exam, same profile and log: no prompt, no calibration, and W on the debrief
# opens no What if (real keys: W, then 3 for the Learning tab; no what-if screen ever appears).
set -euo pipefail
xvfb_run=$(dirname "$0")/xvfb_run.sh
game=$1 expertlog=$3 pngcheck=$4 content=$5 case=$6 work=$7
rm -rf "$work" && mkdir -p "$work"
export ALSOFT_DRIVERS=null
"$expertlog" "$case" "$content" > "$work/expert.log"
# The orders: one before the first examination, one before the differential.
awk '/^exam / && !a { print "order xray-knee estimate knee-oa=50 l3-radiculopathy=10"; a = 1 }
     /^differential / && !b { print "order mri-lumbar estimate l3-radiculopathy=60 knee-oa=30"; b = 1 }
     { print }' "$work/expert.log" > "$work/play.log"
[ "$(grep -c ' estimate ' "$work/play.log")" = 2 ] || { echo "the log has not its two orders"; exit 1; }
profile() { # profile DIR: a profile with the setting on
    mkdir -p "$1/rootcause"
    printf '# rootcause profile\nname: Ana\ntutorial: 1\nask-estimates: 1\n# end\n' > "$1/rootcause/profile.txt"
}
run() { # run NAME WIDTH HEIGHT MODE: autoplayed to the debrief, each tab photographed
    local name=$1
    mkdir -p "$work/$name/shots"
    profile "$work/$name/data"
    XDG_DATA_HOME="$work/$name/data" "$xvfb_run" -s "-screen 0 $2x$3x24" "$game" \
        --content "$content" --case "$case" --autoplay "$work/play.log" --autoplay-pace 0.05 \
        --width "$2" --height "$3" --mode "$4" --screenshot-dir "$work/$name/shots" \
        --exit-after-debrief > "$work/$name/out.txt" 2> "$work/$name/err.txt"
}
exam() { # the exam's debrief left open: W (What if), then 3 (Learning), by real keys
    mkdir -p "$work/exam/shots"
    profile "$work/exam/data"
    XDG_DATA_HOME="$work/exam/data" "$xvfb_run" -s "-screen 0 1280x720x24" \
        bash "$(dirname "$0")/keys_driver.sh" "$game" "$work/exam/shots" debrief debrief-learning w 3 \
        -- --content "$content" --case "$case" --autoplay "$work/play.log" --autoplay-pace 0.05 \
        --mode exam > "$work/exam/out.txt" 2> "$work/exam/err.txt"
}
check() { # check NAME STATUS: a practice run
    local name=$1 out=$work/$1/out.txt
    [ "$2" = 0 ] || { cat "$work/$name/err.txt"; echo "$name: the game failed ($2)"; exit 1; }
    grep -E '^(estimate-prompt|debrief-calibration)' "$out" | sed "s/^/$name: /"
    [ "$(grep -c '^estimate-prompt: ' "$out")" = 2 ] || { echo "$name: the prompt did not show before each order"; exit 1; }
    grep -q '^estimate-prompt: mri-lumbar · 5 rows · sent: order mri-lumbar estimate l3-radiculopathy=60 knee-oa=30$' "$out" ||
        { echo "$name: the prompt did not send the logged estimates"; exit 1; }
    grep -q '^debrief-calibration: 4 estimates: ' "$out" || { echo "$name: no calibration in the debrief"; exit 1; }
    # Before any finding knee OA is at its prior (30 %): 50 is 20 points over.
    grep -q '^debrief-calibration-row: X-ray knee .* · visit 1 · Knee osteoarthritis.* · you said 50 % · the findings then gave 30 % · Over-confident by 20 points$' "$out" ||
        { echo "$name: the first estimate's row is not the hand-computed one"; exit 1; }
    grep -q '^debrief-calibration-row: MRI lumbar spine .* · you said 60 % · the findings then gave ' "$out" ||
        { echo "$name: no row for the MRI's estimate"; exit 1; }
    for scene in estimate debrief-learning; do
        ls "$work/$name"/shots/*-"$scene".png > /dev/null 2>&1 || { echo "$name: no screenshot of $scene"; exit 1; }
    done
    "$pngcheck" "$work/$name"/shots/*-estimate.png "$work/$name"/shots/*-debrief-learning.png
}
run wide 1280 720 practice &
wide=$!
run small 640 480 practice &
small=$!
ws=0 ss=0 es=0
exam || es=$?
wait $wide || ws=$?
wait $small || ss=$?
check wide $ws
check small $ss
# Exam: the same profile and log ask nothing, show no calibration, and W opens no What if.
if command -v xdotool > /dev/null; then
    [ "$es" = 0 ] || { cat "$work/exam/out.txt" "$work/exam/err.txt"; echo "exam: the debrief's Learning tab was not reached"; exit 1; }
else
    echo "xdotool is not installed: W is not pressed on the exam's debrief"
fi
if grep -E '^(estimate-prompt|debrief-calibration)' "$work/exam/out.txt"; then echo "exam: an estimate was asked or shown"; exit 1; fi
if ls "$work"/exam/shots/*-estimate.png "$work"/exam/shots/*what-if*.png 2> /dev/null; then
    echo "exam: the estimate prompt or a What if screen appeared"; exit 1
fi
echo "ok"
