#!/usr/bin/env bash
# man.sh PROGRAM PAGE [PROGRAM PAGE...]: each manual page was written from its program's own
# option definitions: every option --help lists is in the page, the page has the sections of a
# man page, and groff formats it without a warning.
set -euo pipefail
while [ $# -ge 2 ]; do
    prog=$1 page=$2
    shift 2
    name=$(basename "$prog")
    [ -s "$page" ] || { echo "$page: missing or empty"; exit 1; }
    for s in NAME SYNOPSIS DESCRIPTION OPTIONS CONTENT "SEE ALSO"; do
        grep -q "^\.SH $s" "$page" || { echo "$page: no $s section"; exit 1; }
    done
    grep -qF "${name//-/\\-} \\- " "$page" || { echo "$page: NAME line is not '$name \\- summary'"; exit 1; }
    opts=$("$prog" --help | grep -oE '(^|[ ,])--[a-z][a-z0-9-]*' | sed 's/^[ ,]//' | sort -u)
    [ -n "$opts" ] || { echo "$name --help lists no options"; exit 1; }
    for o in $opts; do
        grep -qF -- "${o//-/\\-}" "$page" || { echo "$page: $o (from --help) is missing"; exit 1; }
    done
    # Hidden options stay out of the page, as out of --help.
    ! grep -qF -- '\-\-man' "$page" || { echo "$page: shows the hidden --man"; exit 1; }
    warnings=$(LC_ALL=C.UTF-8 groff -man -Tutf8 -ww -z "$page" 2>&1)
    [ -z "$warnings" ] || { echo "$page: groff: $warnings"; exit 1; }
    echo "$page: $(echo "$opts" | wc -w) options, as --help"
done
