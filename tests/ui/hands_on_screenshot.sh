#!/bin/bash
# hands_on_screenshot.sh GAME PNG_CHECK WORK CASE:EXAM:SIDE AUTO_ANGLE EXPECTED_ANGLE
# Opens the hands-on scene under Xvfb with autoplay, then checks that
#  - the recorded action is printed as "hands-on: exam EXAM SIDE N" with |N - EXPECTED| <= 3,
#  - the scene was photographed when it opened and while the reading was held, and
#  - every presented frame equals a whole redraw (ROOTCAUSE_CHECK_DAMAGE=1),
#  - every PNG is non-blank (PNG_CHECK: ui-png-check, or "size" for a file-size check).
set -u
xvfb_run=$(dirname "$0")/xvfb_run.sh
GAME=$1 PNG_CHECK=$2 WORK=$3 TARGET=$4 AUTO=$5 EXPECT=$6
fail() { echo "FAIL: $*" >&2; exit 1; }
rm -rf "$WORK" && mkdir -p "$WORK/shots" || fail "cannot create $WORK"
IFS=: read -r CASE EXAM SIDE <<<"$TARGET"
out=$("$xvfb_run" -s "-screen 0 1280x720x24" "$GAME" --hands-on "$TARGET" --autoplay-angle "$AUTO" \
        --screenshot-dir "$WORK/shots" --frames 3600 2>"$WORK/stderr.txt")
status=$?
echo "$out"
[ $status -eq 0 ] || { cat "$WORK/stderr.txt" >&2; fail "rootcause exited with $status"; }
# ROOTCAUSE_CHECK_DAMAGE=1 (set by CTest): every presented frame equals a whole redraw.
grep -Eq '^damage-check: [1-9][0-9]* frames checked, 0 differ' <<<"$out" || fail "partial redraws left a wrong picture (or did not run)"
line=$(grep '^hands-on: ' <<<"$out" | tail -n 1)
[ -n "$line" ] || fail "no 'hands-on:' line: the finding was not recorded"
prefix="hands-on: exam $EXAM $SIDE "
[[ "$line" == "$prefix"* ]] || fail "expected '$prefix<angle>', got '$line'"
angle=${line#"$prefix"}
[[ "$angle" =~ ^-?[0-9]+$ ]] || fail "bad angle in '$line'"
diff=$(( angle - EXPECT )); diff=${diff#-}
[ "$diff" -le 3 ] || fail "recorded $angle deg, the case's onset is $EXPECT deg (tolerance 3)"
shots=("$WORK"/shots/*hands-on-"$EXAM".png "$WORK"/shots/*hands-on-"$EXAM"-reading.png)
for f in "${shots[@]}"; do [ -f "$f" ] || fail "missing screenshot $f"; done
if [ "$PNG_CHECK" = size ]; then
    for f in "${shots[@]}"; do [ "$(stat -c %s "$f")" -gt 30000 ] || fail "$f looks blank"; done
else
    "$PNG_CHECK" "${shots[@]}" || fail "blank screenshot"
fi
echo "ok: $line (onset $EXPECT), screenshots in $WORK/shots"
