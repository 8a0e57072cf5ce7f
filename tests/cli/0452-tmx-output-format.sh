#!/bin/sh
# An output name whose extension names no format is a usage error (no TMX
# written under a misleading name); every TMX-writing command writes the
# same prologue (XML declaration and DOCTYPE), to a file or to stdout.
. tests/cli/lib.sh
d=tests/data/tmx
run tmx convert $d/okapi.tmx -o "$T/out.xyz"
expect_rc 2
expect_err_has "extension '.xyz'"
expect_err_has ".tmx, .tsv"
[ ! -e "$T/out.xyz" ] || fail "output written"
run tmx convert $d/okapi.tmx -o "$T/noext"
expect_rc 2
expect_err_has "has no extension"
[ ! -e "$T/noext" ] || fail "output written"
run tmx convert $d/okapi.tmx -o "$T/noext" --to tmx
expect_rc 0
grep -q '<tmx version="1.4">' "$T/noext" || fail "--to tmx"
run tmx filter $d/okapi.tmx -o "$T/f.xyz"
expect_rc 2
expect_err_has "extension '.xyz'"
run tmx merge $d/okapi.tmx $d/tmx13.tmx -o "$T/m.xyz"
expect_rc 2
# the same first two lines from convert (file, stdout), merge and filter
run tmx convert $d/okapi.tmx -o "$T/c.tmx"
expect_rc 0
head -n 2 "$T/c.tmx" > "$T/want"
grep -q '^<!DOCTYPE tmx SYSTEM "tmx14.dtd">$' "$T/want" || fail "convert: no DOCTYPE"
for cmd in "convert $d/okapi.tmx" "merge $d/okapi.tmx" "filter $d/okapi.tmx"; do
	run tmx $cmd
	expect_rc 0
	head -n 2 "$T/out" | cmp -s - "$T/want" || { head -n 2 "$T/out"; fail "tmx $cmd: another prologue"; }
done
exit 0
