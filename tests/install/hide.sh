# Sourced by the install tests. rc_hidden CMD...: runs CMD with the build and source trees out of
# view (an empty folder mounted over each, in a private mount namespace), from a folder outside
# them, with no content path in the environment: only what was installed can be found.
# RC_HIDE (space-separated folders) and RC_TMP must be set. Where no mount namespace can be made
# (not root, no unshare), the trees stay visible and the test says so; the checks on where the
# content was found still hold.
rc_hidden() {
    mkdir -p "$RC_TMP/empty" "$RC_TMP/home"
    local mounts="" d
    for d in $RC_HIDE; do mounts+="mount --bind '$RC_TMP/empty' '$d' && "; done
    (
        cd "$RC_TMP"
        unset ROOTCAUSE_CONTENT ROOTCAUSE_FIXTURES ROOTCAUSE_TOOLS
        export XDG_DATA_DIRS="$RC_TMP/no-data" XDG_DATA_HOME="$RC_TMP/home/data" HOME="$RC_TMP/home"
        if [ -z "${RC_HIDE_OFF:-}" ] && unshare -m true 2>/dev/null; then
            exec unshare -m sh -c "$mounts"'exec "$@"' sh "$@"
        fi
        echo "NOTE: no mount namespace here: the build and source trees stay visible" >&2
        exec "$@"
    )
}

# rc_check_hidden: fails unless rc_hidden really hides the trees (or says it cannot).
rc_check_hidden() {
    local d
    for d in $RC_HIDE; do
        if [ "$(rc_hidden sh -c "ls -A '$d' | wc -l" 2>/dev/null)" != 0 ]; then
            unshare -m true 2>/dev/null && { echo "could not hide $d"; return 1; }
        fi
    done
    return 0
}

# rc_autoplay GAME CASE LOG OUT: plays the log through the game to the debrief under Xvfb (hidden
# trees) and prints the game's total.
rc_autoplay() {
    rc_hidden xvfb-run -a -s "-screen 0 1280x720x24" "$1" --case "$2" --autoplay "$3" \
        --autoplay-pace 0.05 --exit-after-debrief > "$4" 2> "$4.err" || { cat "$4.err"; return 1; }
    sed -n 's/^debrief-total: //p' "$4"
}
