#!/bin/sh
# HTML report: self-contained (no network resource), counts per check,
# units side by side with marks; filters work in headless Chromium.
. tests/cli/lib.sh
run check -f html -o "$T/r.html" -t tests/data/check/terms.tbx tests/data/check/small.tmx
expect_rc 1
grep -q '<table id="summary">' "$T/r.html" || fail "no summary"
grep -q '<mark' "$T/r.html" || fail "no highlighted span"
if grep -Eiq '(src|href)="?(https?:)?//' "$T/r.html"; then fail "network resource"; fi
command -v chromium >/dev/null 2>&1 || skip "chromium not installed"
prof=$(mktemp -d)
timeout 60 chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
	--disable-component-update --disable-sync --no-first-run --user-data-dir="$prof" \
	--dump-dom "file://$T/r.html" > "$T/dom" 2>/dev/null
rm -rf "$prof"
[ -s "$T/dom" ] || skip "chromium produced no DOM"
# the script ran: the count of shown findings is filled in
grep -q '<span id="shown">[1-9][0-9]*</span>' "$T/dom" || fail "filter script did not run"
grep -q 'class="unit"' "$T/dom" || fail "no unit"
exit 0
