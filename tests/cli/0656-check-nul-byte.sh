#!/bin/sh
# A NUL byte inside a TSV or CSV cell is a character of the cell: it is
# reported once, as an invisible control character, and nothing beyond the
# cell is read (a cell copied up to the NUL but used at its full length read
# past the copy and reported heap bytes as findings).
. tests/cli/lib.sh
long=$(head -c 600 /dev/zero | tr '\000' x)
printf 'Hello world.\tBonjour\000 le monde %s.\nSecond row.\tDeuxi\303\250me\000 ligne.\n' "$long" > "$T/n.tsv"
run check -s en -l fr "$T/n.tsv"
expect_rc 0
[ "$(grep -c 'control character' "$T/out")" -eq 2 ] || { cat "$T/out"; fail "phantom findings"; }
expect_out_has "$T/n.tsv:unit 1: warning: [invisible] control character U+0000 in the target"
expect_out_has "$T/n.tsv:unit 2: warning: [invisible] control character U+0000 in the target"
printf 'source,target\n"Hello\000 world.","Bonjour le monde."\n' > "$T/n.csv"
run check -s en -l fr "$T/n.csv"
expect_rc 0
[ "$(grep -c 'control character' "$T/out")" -eq 1 ] || { cat "$T/out"; fail "phantom findings (CSV)"; }
expect_out_has "$T/n.csv:unit 1: warning: [invisible] control character U+0000 in the source"
exit 0
