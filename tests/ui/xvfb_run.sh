#!/usr/bin/env bash
# xvfb_run.sh [-a] [-s SERVER_ARGS] COMMAND...: runs COMMAND under an X server of its own and
# exits with COMMAND's status, the server stopped. Xvfb chooses a free display itself
# (-displayfd), so UI tests run side by side: xvfb-run -a picks a number before it starts the
# server, and two tests started together pick the same number and one of them fails.
# A SIGTERM or SIGINT (CTest's timeout, a test killing it) stops COMMAND and the server.
set -uo pipefail
server_args="-screen 0 1280x720x24"
[ "${1:-}" = -a ] && shift
if [ "${1:-}" = -s ]; then
  server_args=$2
  shift 2
fi
[ $# -gt 0 ] || { echo "usage: xvfb_run.sh [-s SERVER_ARGS] COMMAND..." >&2; exit 2; }
command -v Xvfb > /dev/null || { echo "xvfb_run.sh: Xvfb is not installed" >&2; exit 2; }
dir=$(mktemp -d "${TMPDIR:-/tmp}/rc-xvfb.XXXXXX")
xvfb_pid=
cmd_pid=
cleanup() {
  if [ -n "$cmd_pid" ]; then kill "$cmd_pid" 2> /dev/null; wait "$cmd_pid" 2> /dev/null; fi
  if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2> /dev/null; wait "$xvfb_pid" 2> /dev/null; fi
  rm -rf "$dir"
}
trap cleanup EXIT
trap 'exit 143' TERM
trap 'exit 130' INT
# shellcheck disable=SC2086 # the server's options are a word list, as xvfb-run takes them
Xvfb -displayfd 3 -nolisten tcp $server_args 3> "$dir/display" 2> "$dir/xvfb.err" &
xvfb_pid=$!
# Xvfb writes the display number once it accepts connections.
for _ in $(seq 400); do
  [ -s "$dir/display" ] && break
  kill -0 "$xvfb_pid" 2> /dev/null || break
  sleep 0.05
done
display=$(head -n 1 "$dir/display" 2> /dev/null)
if [ -z "$display" ]; then
  echo "xvfb_run.sh: Xvfb did not start:" >&2
  cat "$dir/xvfb.err" >&2
  exit 1
fi
# In the background so a signal is handled at once; stdin passed on explicitly (a background
# command would otherwise read /dev/null).
DISPLAY=":$display" "$@" <&0 &
cmd_pid=$!
wait "$cmd_pid"
status=$?
cmd_pid=
exit "$status"
