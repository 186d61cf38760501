#!/usr/bin/env bash
# install.sh BUILD SOURCE EXPERT_LOG: `cmake --install` into a temporary prefix, move the prefix
# elsewhere, hide the build and source trees, then run the installed programs from another
# folder: they must find the installed content (by their own path, not a compiled-in one) and
# the game must autoplay a case to the debrief with the replay tool's total.
set -euo pipefail
build=$1 src=$2 expertlog=$3 case=knee-l3-disc
RC_TMP=$(mktemp -d /tmp/rootcause-install.XXXXXX)
trap 'rm -rf "$RC_TMP"' EXIT
RC_HIDE="$build $src"
source "$(dirname "$0")/hide.sh"
rc_check_hidden

cmake --install "$build" --prefix "$RC_TMP/stage" > "$RC_TMP/install.log"
mv "$RC_TMP/stage" "$RC_TMP/moved"
p=$RC_TMP/moved
for f in bin/rootcause bin/rootcause-lint bin/rootcause-replay bin/rootcause-board bin/rootcause-pack \
         bin/rootcause-genresults bin/rootcause-host bin/rootcause-classbots share/rootcause/content/catalog/exams.xml \
         share/rootcause/content/cases/$case.xml share/applications/rootcause.desktop \
         share/icons/hicolor/scalable/apps/rootcause.svg share/metainfo/example.rootcause.RootCause.metainfo.xml \
         share/man/man6/rootcause.6.gz share/man/man1/rootcause-lint.1.gz share/man/man1/rootcause-board.1.gz \
         share/rootcause/sounds/report.wav share/rootcause/sounds/debrief.wav; do
    [ -e "$p/$f" ] || { echo "not installed: $f"; exit 1; }
done
for s in 16 24 32 48 64 128 256; do
    file "$p/share/icons/hicolor/${s}x$s/apps/rootcause.png" | grep -q "PNG image data, $s x $s" ||
        { echo "no ${s}x$s icon"; exit 1; }
done
[ -z "$(find "$p" -name '*.a' -o -name '*.hpp' -o -name CMakeLists.txt)" ] || { echo "build files installed"; exit 1; }

"$expertlog" "$case" "$src/content" > "$RC_TMP/expert.log"
expected=$("$build/tools/rootcause-replay" --content "$src/content" --case "$case" --actions "$RC_TMP/expert.log" |
           sed -n 's/^  Total *\([0-9.]*\).*/\1/p')

# Every program says (in --help) that it found the moved prefix's content.
for prog in rootcause rootcause-lint rootcause-replay rootcause-board rootcause-pack rootcause-genresults \
            rootcause-host rootcause-classbots; do
    rc_hidden "$p/bin/$prog" --help > "$RC_TMP/help.txt"
    grep -qF "$p/share/rootcause/content (from install prefix)" "$RC_TMP/help.txt" ||
        { echo "$prog --help:"; cat "$RC_TMP/help.txt"; echo "$prog did not find the installed content"; exit 1; }
done
rc_hidden "$p/bin/rootcause-lint" --quiet | tee "$RC_TMP/lint.txt"
grep -q ": 0 errors" "$RC_TMP/lint.txt"
rc_hidden "$p/bin/rootcause-replay" --case "$case" --expert > "$RC_TMP/replay.txt"
grep -q "^  Total" "$RC_TMP/replay.txt"

total=$(rc_autoplay "$p/bin/rootcause" "$case" "$RC_TMP/expert.log" "$RC_TMP/game.txt")
echo "installed game total $total, replay total $expected"
[ -n "$total" ] && [ "$total" = "$expected" ]
# The installed game found its sounds beside its prefix and played the cues.
rc_hidden "$p/bin/rootcause" --help | grep -qF "Sounds found: $p/share/rootcause/sounds (from install prefix)" ||
    { echo "the installed game did not find its sounds"; exit 1; }
grep -Eq '^sounds: [1-9][0-9]* voices' "$RC_TMP/game.txt" || { cat "$RC_TMP/game.txt.err"; echo "the installed game played no sound"; exit 1; }
