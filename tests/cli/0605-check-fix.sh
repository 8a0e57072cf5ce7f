#!/bin/sh
# --fix repairs normalization, invisible characters and white space, writes
# the memory atomically, and changes nothing else.
. tests/cli/lib.sh
run check --fix all tests/data/check/small.tmx -o "$T/fixed.tmx"
expect_rc 0
expect_err_has "repaired"
run check -f jsonl "$T/fixed.tmx"
if grep -q '"check": "invisible"\|"check": "whitespace"' "$T/out"; then cat "$T/out"; fail "not fixed"; fi
expect_out_has '"check": "tags"'
# (the source's white space is the reference: its double space stays)
grep -q '<bpt i="1">&lt;b&gt;</bpt>경고<ept i="1">&lt;/b&gt;</ept>: 소니가  공격받았다.' "$T/fixed.tmx" || fail "codes lost"
grep -q 'tuid="u4"' "$T/fixed.tmx" || fail "unit lost"
# TSV: columns repaired in place, comments kept
printf '# pairs\n북한이 발사했다.\tNorth\342\200\213 Korea  fired .\textra\n' > "$T/m.tsv"
run check --fix whitespace,invisible "$T/m.tsv" -o "$T/f.tsv"
expect_rc 0
printf '# pairs\n북한이 발사했다.\tNorth Korea fired.\textra\n' > "$T/want"
cmp "$T/want" "$T/f.tsv" || { cat "$T/f.tsv"; fail "TSV not fixed"; }
# a failure leaves an existing output untouched
echo keep > "$T/out.tmx"
run check --fix all "$T/missing.tmx" -o "$T/out.tmx"
expect_rc 66
[ "$(cat "$T/out.tmx")" = keep ] || fail "output overwritten"
run check --fix sparkle "$T/m.tsv"
expect_rc 2
exit 0
