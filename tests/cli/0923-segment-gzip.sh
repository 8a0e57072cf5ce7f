# A gzip-compressed text is read as the text it holds (as the .txt.gz
# files of /usr/share/doc); a damaged one is refused with its file and byte
# offset, and one that would inflate past the limit is refused too
. tests/cli/lib.sh
printf 'Erster Satz. Zweiter Satz.\n\nDritter Satz.\n' > "$T/a.txt"
gzip -c "$T/a.txt" > "$T/a.txt.gz"
run segment -l de "$T/a.txt"
expect_rc 0
cp "$T/out" "$T/plain"
run segment -l de "$T/a.txt.gz"
expect_rc 0
cmp -s "$T/plain" "$T/out" || { cat "$T/out" "$T/err"; fail "gzip text segmented differently"; }
# standard input, and a file whose name does not say gzip
cp "$T/a.txt.gz" "$T/noext"
run segment -l de "$T/noext"
expect_rc 0
cmp -s "$T/plain" "$T/out" || fail "gzip told by its name only"
"$BITEXT" segment -l de - < "$T/a.txt.gz" > "$T/out" 2>"$T/err" || fail "gzip on standard input"
cmp -s "$T/plain" "$T/out" || fail "gzip on standard input segmented differently"
# two members (cat a.gz b.gz) are one text
printf 'Vierter Satz.\n' | gzip -c > "$T/b.gz"
cat "$T/a.txt.gz" "$T/b.gz" > "$T/ab.gz"
run segment -l de "$T/ab.gz"
expect_rc 0
expect_out_has "Vierter Satz."
expect_out_has "Erster Satz."
# cut short: an error naming the file, not "binary file"
head -c 30 "$T/a.txt.gz" > "$T/cut.gz"
run segment -l de "$T/cut.gz"
[ "$rc" -ne 0 ] || fail "a truncated gzip file was accepted"
expect_err_has "cut.gz"
expect_err_has "gzip"
grep -q "binary" "$T/err" && fail "a truncated gzip file called binary"
[ -s "$T/out" ] && fail "output written for a damaged file"
# align reads it too
printf 'First sentence. Second sentence.\n\nThird sentence.\n' | gzip -c > "$T/a.en.gz"
run align --src-lang de --tgt-lang en "$T/a.txt.gz" "$T/a.en.gz"
expect_rc 0
expect_out_lines 3 "links"
# a bomb: 8 MiB of one byte compress a thousand times
head -c 8388608 /dev/zero | tr '\0' 'a' | gzip -c > "$T/bomb.gz"
run segment -l en "$T/bomb.gz"
[ "$rc" -ne 0 ] || fail "a gzip bomb was inflated"
expect_err_has "bomb.gz"
expect_err_has "times its compressed size"
