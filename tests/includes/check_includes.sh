#!/usr/bin/env bash
# check_includes.sh ROOT: fails, naming file:line, when an #include breaks the layering that
# ARCHITECTURE.md draws ("The tree and its directions"):
#   1. every #include "game/..." in ROOT/game goes in an allowed direction (the table below);
#   2. no file outside game/ui and game/app includes <SFML/Graphics...> or <SFML/Window...>
#      (tests/ui, the UI's own tests, may);
#   3. nothing includes X11 or GLX headers (the game presents through SFML and portable OpenGL);
#   4. Box2D stays in the body module: nothing in game/ outside game/body includes <box2d/...>
#      (the interface draws from ExamSimulation::pose(); the body's own tests may include it).
# Files under tests/fixtures are data, not code, and are not read.
set -euo pipefail
root=${1:?usage: check_includes.sh ROOT}
cd "$root"

# What each folder of game/ may include of the game's own folders (besides itself).
declare -A allowed=(
  [engine]=""
  [body]="engine"
  [net]="engine"
  [cli]=""
  [grading]="engine"
  [play]="engine body net"
  [ui/kit]="engine"
  [ui/art]="ui/kit engine body"
  [ui/core]="ui/kit play engine"
  [ui/scenes]="ui/core ui/kit ui/art play engine body net grading"
  [ui/dev]="ui/scenes ui/core ui/kit ui/art play engine body net grading"
  [app]="ui/dev ui/scenes ui/core ui/kit ui/art play engine body net cli grading"
)

# The folder a path under game/ belongs to: game/ui/<room>/... -> ui/<room>, game/<x>/... -> x.
folder() {
  local p=${1#game/}
  case $p in
    ui/*/*) p=${p#ui/}; echo "ui/${p%%/*}" ;;
    */*) echo "${p%%/*}" ;;
    *) echo "" ;;
  esac
}

sources() { # DIR...: the C++ files under the folders given, fixtures left out
  find "$@" -type f \( -name '*.cpp' -o -name '*.hpp' -o -name '*.h' -o -name '*.inc' \) \
    -not -path 'tests/fixtures/*' 2> /dev/null | sort
}

bad=0
report() { echo "$1" >&2; bad=$((bad + 1)); }

# 1. Directions between the game's folders.
while IFS= read -r file; do
  from=$(folder "$file")
  if [ -z "$from" ] || [ -z "${allowed[$from]+set}" ]; then
    report "$file:1: in no folder ARCHITECTURE.md names (game/ui files live in a room: kit, art, core, scenes, dev)"
    continue
  fi
  while IFS=: read -r line target; do
    to=$(folder "$target")
    [ "$to" = "$from" ] && continue
    if [ -z "$to" ] || [ -z "${allowed[$to]+set}" ]; then
      report "$file:$line: includes \"$target\", in no folder ARCHITECTURE.md names"
      continue
    fi
    case " ${allowed[$from]} " in
      *" $to "*) ;;
      *) report "$file:$line: game/$from may not include game/$to (\"$target\"; game/$from may include: ${allowed[$from]:-nothing of the game})" ;;
    esac
  done < <(grep -nE '^[[:space:]]*#[[:space:]]*include[[:space:]]*"game/' "$file" |
             sed -E 's/^([0-9]+):[^"]*"(game\/[^"]*)".*/\1:\2/' || true)
done < <(sources game)

# 2. SFML's graphics and window modules: game/ui and game/app only (and the UI's tests).
while IFS= read -r hit; do
  case $hit in
    game/ui/* | game/app/* | tests/ui/*) ;;
    *) report "$hit: SFML graphics or window outside game/ui and game/app" ;;
  esac
done < <(sources game tools tests | xargs grep -nE '^[[:space:]]*#[[:space:]]*include[[:space:]]*<SFML/(Graphics|Window)' /dev/null | cut -d: -f1,2 || true)

# 3. X11 and GLX: nowhere (no platform code: SFML and portable OpenGL only).
while IFS= read -r hit; do
  report "$hit: X11 or GLX (the game has no platform code)"
done < <(sources game tools tests | xargs grep -nE '^[[:space:]]*#[[:space:]]*include[[:space:]]*<(X11/|GL/glx|GL/glxext)' /dev/null | cut -d: -f1,2 || true)

# 4. Box2D: the body module only (and its tests).
while IFS= read -r hit; do
  case $hit in
    game/body/* | tests/body/*) ;;
    *) report "$hit: Box2D outside game/body (draw from ExamSimulation::pose())" ;;
  esac
done < <(sources game tools tests | xargs grep -nE '^[[:space:]]*#[[:space:]]*include[[:space:]]*<box2d/' /dev/null | cut -d: -f1,2 || true)

n=$(sources game | wc -l)
if [ "$bad" -gt 0 ]; then
  echo "check_includes: $bad include(s) break the layering (ARCHITECTURE.md)" >&2
  exit 1
fi
echo "check_includes: the includes of $n files in game/ follow ARCHITECTURE.md's directions"
