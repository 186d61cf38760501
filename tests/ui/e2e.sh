#!/usr/bin/env bash
# e2e.sh ROOTCAUSE REPLAY EXPERT_LOG PNG_CHECK CONTENT CASE WORK [motion]
# With "motion" the game runs as a player sees it, without screenshots (which show settled
# screens, so no fade): the follow-up fades must also leave every frame equal to a whole redraw.
set -euo pipefail
xvfb_run=$(dirname "$0")/xvfb_run.sh
game=$1 replay=$2 expertlog=$3 pngcheck=$4 content=$5 case=$6 work=$7 mode=${8:-shots}
rm -rf "$work" && mkdir -p "$work/shots" "$work/data"
export XDG_DATA_HOME="$work/data" ALSOFT_DRIVERS=null
"$expertlog" "$case" "$content" > "$work/expert.log"
shotargs=(--screenshot-dir "$work/shots")
# The motion run is also the muted one: no sound object may be created.
[ "$mode" = motion ] && shotargs=(--mute)
"$xvfb_run" -s "-screen 0 1280x720x24" "$game" --content "$content" --case "$case" \
    --autoplay "$work/expert.log" --autoplay-pace 0.05 "${shotargs[@]}" \
    --exit-after-debrief > "$work/out.txt" 2> "$work/err.txt" || { cat "$work/err.txt"; exit 1; }
# ROOTCAUSE_CHECK_DAMAGE=1 (set by CTest): every presented frame equals a whole redraw.
grep -Eq '^damage-check: [1-9][0-9]* frames checked, 0 differ' "$work/out.txt" || { grep damage "$work/out.txt"; echo "partial redraws left a wrong picture (or the check did not run)"; exit 1; }
if [ "$mode" = motion ]; then
    # Each follow-up fades in from the bare background: that first frame skips copying the
    # freshly drawn layer (checked above to leave the next frames right).
    grep -Eq '^live-cover: [1-9][0-9]* frames' "$work/out.txt" || { grep live-cover "$work/out.txt"; echo "no follow-up fade started from a covered frame"; exit 1; }
else
    shots=("$work"/shots/*.png)
    echo "${#shots[@]} screenshots"
    "$pngcheck" "${shots[@]}"
    for scene in encounter-v1-history encounter-v1-examination decision-v1 outcome debrief debrief-decisions debrief-learning debrief-scoring debrief-transcript; do
        ls "$work"/shots/*-"$scene".png > /dev/null || { echo "no screenshot of $scene"; exit 1; }
    done
fi
game_total=$(sed -n 's/^debrief-total: //p' "$work/out.txt")
replay_total=$("$replay" --content "$content" --case "$case" --actions "$work/expert.log" | sed -n 's/^  Total *\([0-9.]*\).*/\1/p')
echo "game total $game_total, replay total $replay_total"
[ -n "$game_total" ] && [ "$game_total" = "$replay_total" ]
[ ! -e "$work/data/rootcause/autosave.log" ] || { echo "autosave not cleared at the debrief"; exit 1; }
grep -q "^best: $case $game_total" "$work/data/rootcause/profile.txt" || { echo "best score not in the profile"; cat "$work/data/rootcause/profile.txt"; exit 1; }
# Sound cues (printed under autoplay): every case records findings and reaches the debrief; the
# cauda equina patient's bladder answer is a positive red flag. Muted: no sound was created.
grep -q '^cue: finding.wav' "$work/out.txt" || { echo "no finding cue"; exit 1; }
grep -q '^cue: debrief.wav' "$work/out.txt" || { echo "no debrief cue"; exit 1; }
if [ "$case" = cauda-equina-stenosis ]; then
    grep -q '^cue: red-flag.wav' "$work/out.txt" || { echo "no red-flag cue"; exit 1; }
fi
# Only this expert orders a test (an MRI, whose report arrives at the next visit): one cue.
if [ "$case" = sciatica-failed-conservative ]; then
    [ "$(grep -c '^cue: report.wav' "$work/out.txt")" = 1 ] || { echo "not one report cue"; exit 1; }
fi
# Knee-l3-disc's patient has no red flag: none sounds.
if [ "$case" = knee-l3-disc ]; then
    ! grep -q '^cue: red-flag.wav' "$work/out.txt" || { echo "a red-flag cue for a negative answer"; exit 1; }
fi
if [ "$mode" = motion ]; then
    grep -q '^sounds: none (--mute)' "$work/out.txt" || { grep '^sounds' "$work/out.txt"; echo "--mute did not keep the game silent"; exit 1; }
else
    grep -Eq '^sounds: [1-9][0-9]* voices' "$work/out.txt" || { grep '^sounds' "$work/out.txt"; echo "no cue was played"; exit 1; }
fi
! grep -q 'rootcause: sound\|no sounds folder' "$work/err.txt" || { cat "$work/err.txt"; echo "the committed sounds did not load"; exit 1; }
