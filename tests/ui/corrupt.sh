#!/usr/bin/env bash
# corrupt.sh ROOTCAUSE REPLAY EXPERT_LOG PNG_CHECK CONTENT CASE WORK
# A cut-off autosave and a garbled profile: the game says so, sets both aside and starts fresh.
# Also photographs the title and the case library.
set -euo pipefail
xvfb_run=$(dirname "$0")/xvfb_run.sh
game=$1 replay=$2 expertlog=$3 pngcheck=$4 content=$5 case=$6 work=$7
rm -rf "$work" && mkdir -p "$work/data/rootcause" "$work/shots"
export XDG_DATA_HOME="$work/data" ALSOFT_DRIVERS=null
dir="$work/data/rootcause"
printf '# case: %s\n# seed: 1\nask pain-site\nask onse' "$case" > "$dir/autosave.log"
printf 'garbage\x00\x01 not a profile\n' > "$dir/profile.txt"
if "$game" --content "$content" --resume --print-state > "$work/out.txt" 2> "$work/err.txt"; then
    echo "resume of a corrupt save should fail"; exit 1
fi
cat "$work/err.txt"
grep -q "corrupt" "$work/err.txt"
ls "$dir"/autosave.log.corrupt-* > /dev/null
[ ! -e "$dir/autosave.log" ]
ls "$dir"/profile.txt.corrupt-* > /dev/null
grep -q "profile could not be read" "$work/err.txt"
# The title (with its notice) and the library render.
"$xvfb_run" -s "-screen 0 1280x720x24" "$game" --content "$content" --no-tutorial --screenshot-dir "$work/shots" --frames 20 > /dev/null 2>&1
"$xvfb_run" -s "-screen 0 1280x720x24" "$game" --content "$content" --library --screenshot-dir "$work/shots" --frames 20 > /dev/null 2>&1
ls "$work"/shots/*-title.png "$work"/shots/*-library.png
"$pngcheck" "$work"/shots/*.png
