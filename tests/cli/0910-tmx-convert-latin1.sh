#!/bin/sh
# tmx convert of a TSV that is not UTF-8 (Latin-1) names the file, line,
# column and byte and says the file is not UTF-8, instead of reporting
# control characters.
. tests/cli/lib.sh
printf 'en\tde\nOpen the file.\t\326ffnen Sie die Datei.\n' > "$T/l1.tsv"
run tmx convert "$T/l1.tsv" -o "$T/l1.tmx"
expect_rc 65
expect_err_has "l1.tsv:2:16:"
expect_err_has "not UTF-8"
expect_err_has "0xD6"
grep -q "control" "$T/err" && { cat "$T/err"; fail "reported as control characters"; }
[ -e "$T/l1.tmx" ] && fail "a memory written"
iconv -f ISO-8859-1 -t UTF-8 "$T/l1.tsv" > "$T/u.tsv"
run tmx convert "$T/u.tsv" -o "$T/u.tmx"
expect_rc 0
exit 0
