#!/usr/bin/env bash
# check_includes_fails.sh CHECK FIXTURES: the include check must fail on FIXTURES (a tree shaped
# like game/ with broken includes) and name every broken line, and only those.
set -uo pipefail
check=$1 fixtures=$2
out=$(bash "$check" "$fixtures" 2>&1)
status=$?
echo "$out"
[ "$status" -eq 1 ] || { echo "FAIL: the check exited $status on broken includes, not 1"; exit 1; }
expect=(
  "game/ui/kit/bad_kit.hpp:3: game/ui/kit may not include game/ui/scenes"
  "game/play/bad_play.cpp:3: game/play may not include game/ui/core"
  "game/engine/bad_engine.cpp:3: game/engine may not include game/play"
  "game/ui/flat.hpp:1: in no folder"
  "game/play/bad_play.cpp:2: SFML graphics or window outside game/ui and game/app"
  "game/engine/bad_engine.cpp:2: X11 or GLX (the game has no platform code)"
  "game/ui/kit/bad_kit.hpp:4: Box2D outside game/body"
  "check_includes: 7 include(s) break the layering"
)
missing=0
for e in "${expect[@]}"; do
  grep -qF -- "$e" <<< "$out" || { echo "FAIL: not reported: $e"; missing=1; }
done
if grep -q "good_scene.cpp" <<< "$out"; then
  echo "FAIL: an allowed include was reported (good_scene.cpp)"
  missing=1
fi
exit $missing
