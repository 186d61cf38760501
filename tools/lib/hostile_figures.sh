#!/usr/bin/env bash
# tools/lib/hostile_figures.sh BUILD WORK: every command-line tool over the hostile inputs of
# issue 17 (FIFOs, devices, folders, oversized and sparse files, entity bombs, invalid UTF-8,
# escape sequences, 20,000 duplicate cases, a 3 MB token, the fuzzers' regression corpus, a
# full disk). Prints one row per run (exit status, seconds, peak resident memory) and ends with
# the largest memory and the longest run. Each run is under `timeout 30`: a hang shows as 124.
# Figures only; the refusals themselves are asserted by tests/tools/hostile_input_test.cpp.
set -uo pipefail
B="$(cd "$1" && pwd)"
mkdir -p "$2"
W="$(cd "$2" && pwd)"
T="$B/tools"
ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
H="$W/hostile"
rm -rf "$H"
mkdir -p "$H/empty" "$H/dup/cases" "$H/out"
FIX="$ROOT/tests/fixtures/content"
CASE="$FIX/cases/fixture-l3.xml"
PACK="$FIX/challenges/fixture-pack.xml"

mkfifo "$H/fifo.xml"
truncate -s 500M "$H/sparse-500M.txt"
head -c $((5 << 20)) /dev/zero | tr '\0' 'a' > "$H/big-5M.txt"
printf '<case id="x">%s</case>\n' "$(head -c $((3 << 20)) /dev/zero | tr '\0' 'b')" > "$H/token-3M.xml"
cat > "$H/bomb.xml" <<'XML'
<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">
<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>
<case id="bomb"><title>&d;</title></case>
XML
cat > "$H/xxe.xml" <<'XML'
<?xml version="1.0"?>
<!DOCTYPE case [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<case id="xxe"><title>&xxe;</title></case>
XML
sed 's/<title>/<title>\xff\xfe /' "$CASE" > "$H/bad-utf8.xml"
sed "s/<title>/<title>$(printf '\033]0;pwned\007')/" "$CASE" > "$H/escape.xml"
{
  echo '<cases>'
  for i in $(seq 20000); do echo '<case id="dup"/>'; done
  echo '</cases>'
} > "$H/dup/cases/dup.xml"
"$T/rootcause-genresults" --challenge "$PACK" --students 3 --out "$H/in" > /dev/null 2>&1
first=$(ls "$H/in"/*.xml 2>/dev/null | grep -v challenge | head -1)
if [ -n "$first" ]; then
  sed "s/student=\"[^\"]*\"/student=\"$(printf '\033[2J\033]0;x\007')\"/" "$first" > "$H/in/escape-results.xml"
fi

rows=()
run() { # label, then the command
  local label="$1"; shift
  /usr/bin/time -f "%e %M" -o "$H/t" timeout 30 "$@" > "$H/o" 2>&1 < /dev/null
  local st=$?
  read -r secs rss < <(tail -1 "$H/t") || { secs=0; rss=0; }
  printf '  %-58s exit %3s %7.2f s %8.1f MB\n' "$label" "$st" "$secs" "$(awk "BEGIN {print $rss / 1024}")"
  rows+=("$secs $rss $label")
}

cd "$H" || exit 1
run "lint FIFO" "$T/rootcause-lint" fifo.xml
run "lint folder with nothing to check" "$T/rootcause-lint" empty
run "lint 5 MB file" "$T/rootcause-lint" big-5M.txt
run "lint 500 MB sparse file" "$T/rootcause-lint" sparse-500M.txt
run "lint 3 MB token" "$T/rootcause-lint" token-3M.xml
run "lint entity bomb" "$T/rootcause-lint" bomb.xml
run "lint XXE" "$T/rootcause-lint" xxe.xml
run "lint invalid UTF-8" "$T/rootcause-lint" bad-utf8.xml
run "lint escape sequences" "$T/rootcause-lint" escape.xml
run "lint 20,000 duplicate cases" "$T/rootcause-lint" dup
for f in "$ROOT"/tests/fuzz/regressions/case/* "$ROOT"/tests/fuzz/seeds/case/*; do
  [ -f "$f" ] && run "lint fuzz corpus $(basename "$f" | cut -c1-20)" "$T/rootcause-lint" "$f"
done
run "replay --case FIFO" "$T/rootcause-replay" --case fifo.xml --expert
run "replay --actions FIFO" "$T/rootcause-replay" --case "$CASE" --actions fifo.xml
run "replay --actions /dev/zero" "$T/rootcause-replay" --case "$CASE" --actions /dev/zero
run "replay --actions folder" "$T/rootcause-replay" --case "$CASE" --actions empty
run "replay --actions 500 MB sparse file" "$T/rootcause-replay" --case "$CASE" --actions sparse-500M.txt
run "replay --json, case with invalid UTF-8" "$T/rootcause-replay" --case bad-utf8.xml --expert --json
for f in "$ROOT"/tests/fuzz/regressions/action_log/* "$ROOT"/tests/fuzz/seeds/action_log/*; do
  [ -f "$f" ] && run "replay fuzz log $(basename "$f" | cut -c1-20)" "$T/rootcause-replay" --case "$CASE" --actions "$f"
done
run "board --challenge FIFO" "$T/rootcause-board" --challenge fifo.xml in
run "board, FIFO among results" "$T/rootcause-board" --challenge "$PACK" in fifo.xml
run "board, escape sequences in results" "$T/rootcause-board" --challenge "$PACK" in
run "board --csv /dev/full" "$T/rootcause-board" --challenge "$PACK" in --csv /dev/full
run "board --csv over an input" "$T/rootcause-board" --challenge "$PACK" in --csv "${first:-in/x.xml}"
run "genresults --challenge FIFO" "$T/rootcause-genresults" --challenge fifo.xml --out out/a
run "genresults --start notadate" "$T/rootcause-genresults" --challenge "$PACK" --out out/b --start notadate
run "genresults --cases-from /nonexistent" "$T/rootcause-genresults" --cases-from /nonexistent --out out/c
run "host --challenge FIFO" "$T/rootcause-host" --challenge fifo.xml --data out/h --listen 127.0.0.1:0
# A full disk: the file-size limit applies to the tool alone (its output goes through a pipe).
run "board --csv on a full disk (ulimit -f 0)" bash -c \
  '(ulimit -f 0; exec "$0" "$@") 2>&1 | cat; exit "${PIPESTATUS[0]}"' \
  "$T/rootcause-board" --challenge "$PACK" in --csv out/full.csv

printf '%s\n' "${rows[@]}" | sort -k2 -n | tail -1 | awk '{printf "  largest resident memory: %.1f MB (", $2 / 1024; for (i = 3; i <= NF; i++) printf "%s%s", $i, (i < NF ? " " : ""); print ")"}'
printf '%s\n' "${rows[@]}" | sort -k1 -g | tail -1 | awk '{printf "  longest run: %.2f s (", $1; for (i = 3; i <= NF; i++) printf "%s%s", $i, (i < NF ? " " : ""); print ")"}'
echo "  runs: ${#rows[@]}"
