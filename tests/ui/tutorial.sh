#!/usr/bin/env bash
# tutorial.sh ROOTCAUSE EXPERT_LOG PNG_CHECK CONTENT WORK
# A new player (an empty data folder): the tutorial's briefing (a --case start without autoplay
# shows it), then the tutorial autoplayed to its debrief. Every step of the coach must show, in
# order, moved on by the play (the game prints each as it shows); the profile records the
# tutorial done and no score for it.
set -euo pipefail
xvfb_run=$(dirname "$0")/xvfb_run.sh
game=$1 expertlog=$2 pngcheck=$3 content=$4 work=$5
rm -rf "$work" && mkdir -p "$work/shots" "$work/brief" "$work/data"
export XDG_DATA_HOME="$work/data" ALSOFT_DRIVERS=null
x=("$xvfb_run" -s "-screen 0 1280x720x24")
# A new player's first launch opens the tutorial's briefing by itself; Esc skips it (real keys),
# the profile keeps the choice, and the next launch starts at the title.
first="$work/first"
mkdir -p "$first/look" "$first/shots" "$first/data"
XDG_DATA_HOME="$first/data" "${x[@]}" "$game" --content "$content" --screenshot-dir "$first/look" \
    --frames 20 > /dev/null 2>&1
ls "$first"/look/*-briefing.png > /dev/null || { echo "a first launch did not open the tutorial"; exit 1; }
! grep -qs '^tutorial: 1$' "$first/data/rootcause/profile.txt" ||
    { echo "the tutorial counts as skipped before it was"; exit 1; }
if command -v xdotool > /dev/null; then
    XDG_DATA_HOME="$first/data" "${x[@]}" bash "$(dirname "$0")/keys_driver.sh" "$game" \
        "$first/shots" briefing title Escape -- --content "$content" > "$first/out.txt" 2>&1 ||
        { cat "$first/out.txt"; echo "the first launch did not open the tutorial's briefing"; exit 1; }
    grep -q '^tutorial: 1$' "$first/data/rootcause/profile.txt" ||
        { echo "skipping the tutorial was not kept"; exit 1; }
    "$pngcheck" "$first"/shots/*-briefing.png
    rm -rf "$first/shots" && mkdir -p "$first/shots"
    XDG_DATA_HOME="$first/data" "${x[@]}" "$game" --content "$content" --screenshot-dir "$first/shots" \
        --frames 20 > /dev/null 2>&1
    ls "$first"/shots/*-title.png > /dev/null || { echo "the second launch has no title"; exit 1; }
    if ls "$first"/shots/*-briefing.png > /dev/null 2>&1; then
        echo "the tutorial opened by itself again after it was skipped"; exit 1
    fi
    echo "first launch: the tutorial's briefing, skipped with Esc and not offered again"
else
    echo "xdotool is not installed: the first launch's skip is not driven by keys"
fi
"${x[@]}" "$game" --content "$content" --case tutorial --screenshot-dir "$work/brief" --frames 20 \
    > /dev/null 2> "$work/brief.err" || { cat "$work/brief.err"; exit 1; }
ls "$work"/brief/*-briefing.png > /dev/null || { echo "no briefing before the tutorial"; exit 1; }
"$pngcheck" "$work"/brief/*-briefing.png
[ ! -e "$work/data/rootcause/profile.txt" ] || ! grep -q '^tutorial: 1' "$work/data/rootcause/profile.txt" ||
    { echo "the tutorial is done before it was played"; exit 1; }
"$expertlog" tutorial "$content" > "$work/tutorial.log"
"${x[@]}" "$game" --content "$content" --case tutorial --autoplay "$work/tutorial.log" \
    --autoplay-pace 0.05 --screenshot-dir "$work/shots" --exit-after-debrief \
    > "$work/out.txt" 2> "$work/err.txt" || { cat "$work/err.txt"; exit 1; }
grep '^coach: ' "$work/out.txt"
steps=$(grep -c '^coach: step [1-7]/7 ' "$work/out.txt")
[ "$steps" = 7 ] || { echo "the coach showed $steps of its 7 steps"; exit 1; }
[ "$(grep '^coach: ' "$work/out.txt" | cut -d' ' -f3 | tr '\n' ' ')" = "1/7 2/7 3/7 4/7 5/7 6/7 7/7 " ] ||
    { echo "the coach's steps came out of order"; exit 1; }
for scene in encounter-v1-history hands-on decision-v1 outcome debrief; do
    ls "$work"/shots/*-"$scene"*.png > /dev/null || { echo "no screenshot of $scene"; exit 1; }
done
"$pngcheck" "$work"/shots/*.png
profile="$work/data/rootcause/profile.txt"
grep -q '^tutorial: 1$' "$profile" || { cat "$profile"; echo "the profile does not record the tutorial"; exit 1; }
! grep -q '^\(best\|played\): tutorial ' "$profile" || { cat "$profile"; echo "the tutorial counted as a case played"; exit 1; }
[ ! -e "$work/data/rootcause/autosave.log" ] || { echo "autosave not cleared at the debrief"; exit 1; }
echo "tutorial played to its debrief with every coach step"
