#!/usr/bin/env bash
# links_no_graphics.sh EXE: fails if EXE (the play layer's tests) needs SFML's graphics or window
# module, OpenGL or X11 at run time: the play layer must run where there is no display.
set -euo pipefail
exe=$1
command -v readelf > /dev/null || { echo "SKIPPED: readelf (binutils) is not installed"; exit 0; }
needed=$(readelf -d "$exe" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
[ -n "$needed" ] || { echo "$exe: readelf found no NEEDED entries" >&2; exit 1; }
bad=$(grep -E '^lib(sfml-graphics|sfml-window|GL|OpenGL|GLX|EGL|X11)\b' <<< "$needed" || true)
if [ -n "$bad" ]; then
  echo "$exe needs what the play layer must not link:" >&2
  echo "$bad" >&2
  exit 1
fi
echo "$exe needs only: $(tr '\n' ' ' <<< "$needed")"
