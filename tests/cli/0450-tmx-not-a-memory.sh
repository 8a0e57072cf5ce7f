#!/bin/sh
# Inputs that are no memory, or only part of one: empty files, directories,
# Markdown, binary files, truncated files and entity bombs get an error in
# user terms, with the right exit status, and no output is written.
. tests/cli/lib.sh
d=tests/data/tmx
: > "$T/empty.tmx"
for sub in stats validate; do
	run tmx $sub "$T/empty.tmx"
	expect_rc 65
	expect_err_has "empty.tmx is empty"
done
run tmx convert "$T/empty.tmx" -o "$T/o.tmx"
expect_rc 65
expect_err_has "empty.tmx is empty"
[ ! -e "$T/o.tmx" ] || fail "output written for an empty input"
"$BITEXT" tmx stats - < "$T/empty.tmx" > "$T/out" 2> "$T/err"
[ $? -eq 65 ] || fail "empty standard input"
expect_err_has "<stdin> is empty"
# a directory: an I/O error
mkdir "$T/adir"
run tmx stats "$T/adir"
expect_rc 74
expect_err_has "cannot read $T/adir: Is a directory"
run tmx convert "$T/adir" --to tsv
expect_rc 74
# the same for the other formats
mkdir "$T/d.tsv"
run tmx stats "$T/d.tsv"
expect_rc 74
expect_err_has "Is a directory"
: > "$T/e.jsonl"
run tmx convert "$T/e.jsonl" -o "$T/e.tmx"
expect_rc 65
expect_err_has "e.jsonl is empty"
[ ! -e "$T/e.tmx" ] || fail "output written for an empty JSON Lines input"
run tmx lookup "$T/empty.tmx" "text"
expect_rc 65
expect_err_has "empty.tmx is empty"
# Markdown and binary files
printf '# Notes\n\nSome *text*.\n' > "$T/readme.md"
run tmx stats "$T/readme.md"
expect_rc 65
expect_err_has "readme.md is not a TMX memory (no <tmx> element)"
printf '\177ELF\002\001\001\000\000\000\000\000' > "$T/prog"
run tmx validate "$T/prog"
expect_rc 65
expect_err_has "prog looks like a binary file"
# but one NUL inside a memory is located, not called binary
printf '<?xml version="1.0"?>\n<tmx version="1.4"><header/><body>\n<tu><tuv xml:lang="en"><seg>a\000b</seg></tuv></tu></body></tmx>\n' > "$T/nul.tmx"
run tmx stats "$T/nul.tmx"
expect_rc 65
expect_err_has "nul.tmx:3:"
grep -q "binary" "$T/err" && fail "a stray NUL called binary"
# truncated: after a </tu>, and in the middle of a Korean character
off=$(grep -bo '</tu>' $d/inline14.tmx | head -n 1 | cut -d: -f1)
head -c $((off + 5)) $d/inline14.tmx > "$T/cut.tmx"
run tmx convert "$T/cut.tmx" -o "$T/c.tmx"
expect_rc 65
expect_err_has "cut.tmx:28:10: the file ends before </body> and </tmx> are closed (truncated?)"
[ ! -e "$T/c.tmx" ] || fail "output written for a truncated input"
off=$(grep -bo '지금' $d/inline14.tmx | head -n 1 | cut -d: -f1)
head -c $((off + 1)) $d/inline14.tmx > "$T/cutchar.tmx"
run tmx stats "$T/cutchar.tmx"
expect_rc 65
expect_err_has "cutchar.tmx:26:"
expect_err_has "ends in the middle of a UTF-8 character"
run tmx validate "$T/cut.tmx"
expect_rc 1
expect_out_has "the file ends before </body> and </tmx> are closed"
# --recover on a long memory cut inside its last unit: that unit is
# counted as skipped, the others written
{ sed -n '1,/<\/tu>/p' $d/inline14.tmx
  i=0; while [ $i -lt 300 ]; do sed -n '/<tu tuid="u1"/,/<\/tu>/p' $d/inline14.tmx; i=$((i + 1)); done
} > "$T/long.tmx"
size=$(wc -c < "$T/long.tmx")
head -c $((size - 40)) "$T/long.tmx" > "$T/longcut.tmx"
run tmx convert --recover "$T/longcut.tmx" --to tsv
expect_rc 0
expect_err_has "300 units written"
expect_err_has "1 unit could not be read and was skipped"
# bytes that are not UTF-8 in the middle
printf '<?xml version="1.0"?>\n<tmx version="1.4"><header/><body>\n<tu><tuv xml:lang="en"><seg>caf\351</seg></tuv></tu></body></tmx>\n' > "$T/latin.tmx"
run tmx stats "$T/latin.tmx"
expect_rc 65
expect_err_has "latin.tmx:3:"
expect_err_has "not UTF-8"
# an entity bomb: refused, at its first declaration
run tmx stats $d/bomb.tmx
expect_rc 65
expect_err_has "bomb.tmx:3:2: entity declarations and references are not accepted in memories"
exit 0
