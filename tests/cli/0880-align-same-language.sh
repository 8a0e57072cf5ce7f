# A text aligned with a revision in the same language (en-US against
# en-GB, or en against en) gives a memory whose units hold both sides in
# every output format: XLIFF takes the second variant as the target
. tests/cli/lib.sh
printf 'The colour is grey.\n\nWe organise a meeting.\n' > "$T/gb"
printf 'The color is gray.\n\nWe organize a meeting.\n' > "$T/us"
for pair in "en en" "en-GB en-US"; do
	set -- $pair
	for fmt in xliff xliff2 tmx; do
		run align --src-lang $1 --tgt-lang $2 "$T/gb" "$T/us" -f $fmt -o "$T/o.$fmt"
		expect_rc 0
		n=$(grep -c 'colour is grey' "$T/o.$fmt")
		[ "$n" = 1 ] || fail "$pair $fmt: source sentence written $n times"
		n=$(grep -c 'color is gray' "$T/o.$fmt")
		[ "$n" = 1 ] || fail "$pair $fmt: target sentence written $n times"
	done
	grep -q "target-language=\"$2" "$T/o.xliff" || fail "$pair: no target-language"
	# read back: the memory converts to TSV with the two sides in order
	run tmx convert "$T/o.xliff" --to tsv
	expect_rc 0
	expect_out_has "We organise a meeting.	We organize a meeting."
done
