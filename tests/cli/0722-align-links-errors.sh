# Link files given to align --fixed / --links and tmx convert --links:
# links out of range, overlapping, out of order or not consecutive are a
# usage error (2) naming the file and line; a line that is not a link is
# bad input (65) with file, line and column; nothing is written
. tests/cli/lib.sh
printf 'One.\nTwo.\nThree.\nFour.\n' > "$T/s"
printf 'Eins.\nZwei.\nDrei.\nVier.\n' > "$T/t"
bad() {   # bad RC LINE MESSAGE-PART: each way of reading $T/l refuses it
	for how in --fixed --links; do
		run align --segmented "$T/s" "$T/t" $how "$T/l" -o "$T/o"
		expect_rc "$1"
		expect_err_has "$T/l:$2"
		expect_err_has "$3"
		[ -e "$T/o" ] && fail "output written"
	done
	run tmx convert --links "$T/l" "$T/s" "$T/t" --segmented -o "$T/o.tmx"
	expect_rc "$1"
	expect_err_has "$T/l:$2"
	[ -e "$T/o.tmx" ] && fail "memory written"
	return 0
}
printf '# bitext links\n0:0\n1:4\tconfirmed\n' > "$T/l"
bad 2 3 "past the end"
printf '0:0\n\n1,2:1\n2:2\n' > "$T/l"
bad 2 4 "overlaps"
printf '0:0\n2:2\n1:1\n' > "$T/l"
bad 2 3 "document order"
printf '0:1\n1:0\n' > "$T/l"
bad 2 2 "document order"
printf '0:0\n1,3:1\n' > "$T/l"
bad 2 2 "consecutive"
printf '0:0\n1:1 confirmd\n' > "$T/l"
bad 65 2:5 "not a link"
printf '0:0\n1:\tconfirmed\n:1\tconfirmed\n2,3:2,3\n' > "$T/l"
run align --segmented "$T/s" "$T/t" --links "$T/l"
expect_rc 0
expect_out_is "0:0
1:	confirmed
:1	confirmed
2,3:2,3"
# a confirmed omission of two sentences comes back as given
printf 'Eins.\nZwei.\nDrei.\nVier.\nFünf.\n' > "$T/t5"
printf ':1,2\tconfirmed\n' > "$T/l2"
run align --segmented "$T/s" "$T/t5" --fixed "$T/l2"
expect_rc 0
grep -qx ':1,2	confirmed' "$T/out" || { cat "$T/out"; fail "0-2 omission not kept"; }
grep -q '^:1$\|^:2$' "$T/out" && fail "the omission split in two"
run align --segmented "$T/s" "$T/t" --fixed "$T/nonexistent"
expect_rc 66
run align --segmented "$T/s" "$T/t" --fixed "$T/l" --links "$T/l"
expect_rc 2
run tmx convert --links "$T/l" "$T/s" -o "$T/o.tmx"
expect_rc 2
expect_err_has "SRC and TGT"
run tmx convert --links "$T/l" "$T/s" "$T/t" --segmented -o "$T/o.jsonl"
expect_rc 2
exit 0
