#!/usr/bin/env bash
# writes.sh ROOTCAUSE EXPERT_LOG PNG_CHECK CONTENT CASE KIND WORK
# Failed writes are visible (issue 17). Runs as root in CI, where chmod does not stop a write, so
# the data folder is made unwritable by a path that cannot be created (under a regular file) and
# the disk full by a file-size limit (prlimit --fsize).
#   KIND=readonly   the data folder cannot be created: the game prints 'save-error: Cannot save
#                   to PATH: Not a directory ...' and shows the banner (photographed), the case
#                   still plays to its debrief, and --exit-after-debrief exits 4.
#   KIND=recover    the same, then the folder becomes writable mid-case: the retry writes, the
#                   banner clears ('save-ok'), and the game exits 0.
#   KIND=fulldisk   a challenge whose results file cannot be written (a full disk): no
#                   'results-file:' line, the reason on stderr, exit 4.
#   KIND=duplicate  a content folder with a case file copied twelve times under other names: each
#                   duplicate case id is on stderr as rootcause-lint prints it, the first on the
#                   title screen, and "Read all the problems" (typed through the X server) opens
#                   the dialog that lists them all.
set -euo pipefail
xvfb_run=$(dirname "$0")/xvfb_run.sh
game=$1 expertlog=$2 pngcheck=$3 content=$4 case=$5 kind=$6 work=$7
rm -rf "$work" && mkdir -p "$work/shots" "$work/logs"
export ALSOFT_DRIVERS=null
"$expertlog" "$case" "$content" > "$work/logs/$case.log"
xvfb=("$xvfb_run" -s "-screen 0 1280x720x24")

case $kind in
readonly)
    echo "a regular file, not a folder" > "$work/file"
    export XDG_DATA_HOME="$work/file/data"
    status=0
    "${xvfb[@]}" "$game" --content "$content" --case "$case" --autoplay "$work/logs/$case.log" \
        --autoplay-pace 0.1 --screenshot-dir "$work/shots" --exit-after-debrief \
        > "$work/out.txt" 2> "$work/err.txt" || status=$?
    cat "$work/out.txt"
    [ "$status" = 4 ] || { cat "$work/err.txt"; echo "exit status $status, expected 4"; exit 1; }
    grep -q "^save-error: Cannot save to $work/file/data/rootcause/autosave.log: Not a directory" \
        "$work/out.txt" || { echo "no save-error line naming the autosave"; exit 1; }
    grep -q "^debrief-total: " "$work/out.txt" || { echo "the case did not reach its debrief"; exit 1; }
    grep -q "rootcause: error: Cannot save to" "$work/err.txt" || { echo "no error on stderr"; exit 1; }
    ls "$work"/shots/*-encounter-v1-history.png "$work"/shots/*-debrief.png > /dev/null
    "$pngcheck" "$work"/shots/*.png
    ;;
recover)
    echo "a regular file, not a folder" > "$work/file"
    export XDG_DATA_HOME="$work/file/data"
    "${xvfb[@]}" "$game" --content "$content" --case "$case" --autoplay "$work/logs/$case.log" \
        --autoplay-pace 0.4 --exit-after-debrief > "$work/out.txt" 2> "$work/err.txt" &
    pid=$!
    for _ in $(seq 1 200); do
        grep -q "^save-error: " "$work/out.txt" && break
        sleep 0.1
    done
    grep -q "^save-error: " "$work/out.txt" || { kill "$pid"; echo "no save-error line"; exit 1; }
    rm "$work/file" # the folder can now be created: the next retry must succeed
    status=0
    wait "$pid" || status=$?
    cat "$work/out.txt"
    [ "$status" = 0 ] || { cat "$work/err.txt"; echo "exit status $status after recovery"; exit 1; }
    grep -q "^save-ok: " "$work/out.txt" || { echo "the banner never cleared"; exit 1; }
    grep -q "^debrief-total: " "$work/out.txt"
    ;;
fulldisk)
    export XDG_DATA_HOME="$work/data"
    mkdir -p "$work/data" "$work/results"
    printf '<?xml version="1.0" encoding="UTF-8"?>\n<challenge id="ui-full" title="Full disk" mode="exam" seed="7">\n  <instructions>One patient; the disk is full.</instructions>\n  <case ref="%s" time-limit="30"/>\n</challenge>\n' \
        "$case" > "$work/full.xml"
    status=0
    "${xvfb[@]}" prlimit --fsize=1024 "$game" --content "$content" --challenge "$work/full.xml" \
        --student-id S1 --results-dir "$work/results" --autoplay-dir "$work/logs" \
        --autoplay-pace 0.05 --exit-after-challenge > "$work/out.txt" 2> "$work/err.txt" ||
        status=$?
    cat "$work/out.txt" "$work/err.txt"
    [ "$status" = 4 ] || { echo "exit status $status, expected 4"; exit 1; }
    if grep -q "^results-file:" "$work/out.txt"; then echo "named a results file not written"; exit 1; fi
    grep -q "cannot write the results file" "$work/err.txt" || { echo "no reason on stderr"; exit 1; }
    grep -q "^challenge-total: " "$work/out.txt" || { echo "the challenge did not finish"; exit 1; }
    ;;
duplicate)
    export XDG_DATA_HOME="$work/data"
    cp -r "$content" "$work/content"
    for i in 01 02 03 04 05 06 07 08 09 10 11 12; do
        cp "$content/cases/$case.xml" "$work/content/cases/zz-copy-$i-of-$case.xml"
    done
    # The title shows the first problem; four Downs from "Case library" reach "Read all the
    # problems", and Enter opens the dialog with every one of them.
    status=0
    "${xvfb[@]}" bash "$(dirname "$0")/keys_driver.sh" "$game" "$work/shots" title message \
        Down Down Down Down Return -- --content "$work/content" \
        > "$work/out.txt" 2> "$work/err.txt" || status=$?
    cat "$work/out.txt"
    [ "$status" = 0 ] || { cat "$work/err.txt"; echo "exit status $status"; exit 1; }
    [ "$(grep -Ec "zz-copy-[0-9]+-of-$case.xml:[0-9]+:[0-9]+: error: .*\[duplicate-id\]" \
        "$work/err.txt")" = 12 ] || { echo "not every duplicate case id is on stderr"; exit 1; }
    ls "$work"/shots/*-title.png "$work"/shots/*-message.png > /dev/null
    "$pngcheck" "$work"/shots/*-title.png "$work"/shots/*-message.png
    ;;
*)
    echo "unknown kind $kind"; exit 2 ;;
esac
