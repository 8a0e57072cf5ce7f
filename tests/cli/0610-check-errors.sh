#!/bin/sh
# Bad input: one line with file and position, the right exit status, and no
# half-written report.
. tests/cli/lib.sh
run check "$T/none.tsv"
expect_rc 66
printf 'a\tb\nno tab here\n' > "$T/bad.tsv"
echo keep > "$T/r.txt"
run check -o "$T/r.txt" "$T/bad.tsv"
expect_rc 65
expect_err_has "$T/bad.tsv:2:"
[ "$(cat "$T/r.txt")" = keep ] || fail "report overwritten"
printf '<tmx version="1.4"><header srclang="ko"/><body><tu><tuv xml:lang="ko"><seg>x</seg></tuv>\n' > "$T/bad.tmx"
run check -l en "$T/bad.tmx"
expect_rc 65
expect_err_has "$T/bad.tmx:"
run check -t "$T/none.tbx" tests/data/check/small.tmx
expect_rc 66
# an extra dictionary that is not there
run check --dict "en=$T/nodict" tests/data/check/small.tmx
expect_rc 66
expect_err_has "nodict"
exit 0
