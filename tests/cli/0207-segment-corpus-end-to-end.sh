#!/bin/sh
# End to end on the demo corpus: `bitext segment` of every raw article
# (intake, then the segmenter) prints exactly the sentences of its hand
# segmentation (.seg), in order
. tests/cli/lib.sh
n=0
for txt in corpora/*/[0-9]*.txt; do
	[ -f "$txt" ] || continue
	case $txt in *.cp949.txt) continue ;; esac
	seg=${txt%.txt}.seg
	[ -f "$seg" ] || continue
	lang=$(echo "$txt" | sed 's/.*\.\([a-z][a-z]\)\.txt$/\1/')
	run segment --lang "$lang" "$txt"
	expect_rc 0
	grep -v '^$' "$T/out" > "$T/got"
	grep -v '^$' "$seg" > "$T/want"
	diff -u "$T/want" "$T/got" || fail "$txt: sentences differ from $seg"
	n=$((n + 1))
done
[ "$n" -gt 0 ] || skip "no corpus in corpora/"
echo "$n articles match their hand segmentation"
