#!/usr/bin/env bash
# package.sh BUILD SOURCE EXPERT_LOG: builds the .deb with CPack, unpacks it into a throw-away
# root (dpkg -x), hides the build and source trees and runs the packaged game from there:
# --version, and an autoplayed case to the debrief under Xvfb. Checks the control fields.
set -euo pipefail
build=$1 src=$2 expertlog=$3 case=knee-l3-disc
RC_TMP=$(mktemp -d /tmp/rootcause-deb.XXXXXX)
trap 'rm -rf "$RC_TMP"' EXIT
RC_HIDE="$build $src"
source "$(dirname "$0")/hide.sh"
rc_check_hidden

(cd "$build" && cpack -G DEB -B "$RC_TMP/pkg" > "$RC_TMP/cpack.log") || { cat "$RC_TMP/cpack.log"; exit 1; }
deb=$(ls "$RC_TMP"/pkg/rootcause_*.deb)
echo "$(basename "$deb"): $(stat -c %s "$deb") bytes"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
for d in libsfml-graphics2.5 libbox2d2 libtinyxml2-9 libcurl4 fonts-inter fonts-dejavu-core; do
    grep -q "$d" <<< "$depends" || { echo "Depends lacks $d"; exit 1; }
done
[ "$(dpkg-deb -f "$deb" Package)" = rootcause ]
dpkg-deb -c "$deb" > "$RC_TMP/contents.txt"
grep -q ' \./usr/share/applications/rootcause.desktop$' "$RC_TMP/contents.txt"
grep -q ' \./usr/share/rootcause/content/cases/'"$case"'.xml$' "$RC_TMP/contents.txt"
grep -q ' \./usr/share/man/man6/rootcause.6.gz$' "$RC_TMP/contents.txt"

root=$RC_TMP/root
dpkg -x "$deb" "$root"
[ "$(rc_hidden "$root/usr/bin/rootcause" --version)" = "rootcause $(dpkg-deb -f "$deb" Version)" ]
desktop-file-validate "$root/usr/share/applications/rootcause.desktop"
"$expertlog" "$case" "$src/content" > "$RC_TMP/expert.log"
expected=$("$build/tools/rootcause-replay" --content "$src/content" --case "$case" --actions "$RC_TMP/expert.log" |
           sed -n 's/^  Total *\([0-9.]*\).*/\1/p')
total=$(rc_autoplay "$root/usr/bin/rootcause" "$case" "$RC_TMP/expert.log" "$RC_TMP/game.txt")
echo "packaged game total $total, replay total $expected"
[ -n "$total" ] && [ "$total" = "$expected" ]
