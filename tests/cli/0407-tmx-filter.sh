#!/bin/sh
# bitext tmx filter: by prop value, language pair, length, regex.
. tests/cli/lib.sh
d=tests/data/tmx
run tmx filter $d/inline14.tmx --prop 'x-score<0.5'
expect_rc 0
grep -q 'tuid="u3"' "$T/out" || fail "u3 has x-score 0.42"
[ "$(grep -c '<tu ' "$T/out")" -eq 1 ] || fail "only u3"
expect_err_has "2 units left out by the filters"
run tmx filter $d/inline14.tmx --prop 'x-score>=0.5'
[ "$(grep -c '<tu ' "$T/out")" -eq 0 ] || fail "none above 0.5"
run tmx filter $d/inline14.tmx --prop 'x-Context=ctx-1'
grep -q 'tuid="u1"' "$T/out" || fail "prop equality"
run tmx filter $d/inline14.tmx --pair en-US,ko-KR -o "$T/p.tmx"
expect_rc 0
grep -q 'fr-FR' "$T/p.tmx" && fail "pair-only kept French"
grep -q 'ko-KR' "$T/p.tmx" || fail "pair lost Korean"
# the unit is otherwise unchanged
grep -q '<prop type="x-Context">ctx-1</prop>' "$T/p.tmx" || fail "props lost"
run tmx filter $d/trados-utf16.tmx --min-length 20
[ "$(grep -c '<tu ' "$T/out")" -eq 1 ] || fail "min-length"
run tmx filter $d/trados-utf16.tmx --source-regex '^북한' --target ko-KR --source en-US
expect_rc 0
run tmx filter $d/trados-utf16.tmx --source-regex '미사일' --to-nowhere
expect_rc 2
run tmx filter $d/trados-utf16.tmx --source-regex '미사일'
[ "$(grep -c '<tu ' "$T/out")" -eq 1 ] || fail "regex"
run tmx filter $d/trados-utf16.tmx --target-regex '(?i)joint chiefs' -v
grep -q 'ballistic' "$T/out" || fail "invert"
run tmx filter $d/trados-utf16.tmx --source-regex '(' 
expect_rc 2
expect_err_has "bad regular expression"
exit 0
