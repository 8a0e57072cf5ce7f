#!/bin/sh
# TSV/CSV pairs are read by the library's one row reader (bitext/rows.h),
# as the TM reader and the glossaries read them: an RFC 4180 quoted cell
# may span lines, text after a closing quote is kept, a quote that never
# ends is an error with file and line; --fix keeps quoted rows as they are.
. tests/cli/lib.sh
printf 'source,target\n"그는 말했다.\n그리고 떠났다.","He said so.\nThen he left the the room."\n정부가 발표했다.,The government  announced it.\n' > "$T/m.csv"
run check -s ko -l en "$T/m.csv"
expect_rc 0
expect_out_has "$T/m.csv:unit 1: warning: [repeated] repeated word in the target"
expect_out_has "$T/m.csv:unit 2: warning: [whitespace] double space"
# text after the closing quote is part of the cell
printf 'source,target\nQuoted then more.,"Quoted" then  more.\n' > "$T/after.csv"
run check -s en -l en "$T/after.csv"
expect_rc 0
expect_out_has "$T/after.csv:unit 1: warning: [whitespace] double space in the target"
printf 'source,target\n"never closed,x\nmore,text\n' > "$T/open.csv"
run check -s ko -l en "$T/open.csv"
expect_rc 65
expect_err_has "$T/open.csv:2:"
expect_err_has "never ends"
# --fix: the unquoted row is repaired, the quoted one kept byte for byte
printf 'source,target\n"a  ""b""","c"\nd e,f  g\n' > "$T/f.csv"
run check --fix whitespace -s en -l en -o "$T/fixed.csv" "$T/f.csv"
expect_rc 0
printf 'source,target\n"a  ""b""","c"\nd e,f g\n' > "$T/want.csv"
diff -u "$T/want.csv" "$T/fixed.csv" || fail "fix output differs"
exit 0
