# The FreeDict dictionaries Debian installs (make deps: dict-freedict-*)
# are found for the pair by default, in either direction, read only for
# the texts' words (fast), and used: on the German story the last two
# sentences find their translations. Skips when they are not installed.
. tests/cli/lib.sh
d=tests/data/dictd
[ -r /usr/share/dictd/freedict-deu-eng.index ] ||
	skip "dict-freedict-deu-eng is not installed (make deps)"
run align --segmented --src-lang de --tgt-lang en $d/story.de.seg $d/story.en.seg
expect_rc 0
expect_err_has "dictionary /usr/share/dictd/freedict-deu-eng.index: "
grep -qx '2:1' "$T/out" && grep -qx '3:2' "$T/out" ||
	{ cat "$T/out"; fail "links with FreeDict deu-eng"; }
n=$(sed -n 's/.*freedict-deu-eng.index: \([0-9,]*\) entries.*/\1/p' "$T/err" | tr -d ,)
[ "${n:-0}" -gt 20 ] && [ "$n" -lt 20000 ] ||
	fail "entries read for a four-sentence text: $n (only the texts' words should be read)"
# --no-default-dict: none
run align --segmented --src-lang de --tgt-lang en --no-default-dict \
	$d/story.de.seg $d/story.en.seg
expect_rc 0
grep -q freedict "$T/err" && fail "--no-default-dict still read FreeDict"
# the other direction's dictionary when the pair's own is missing: fra-eng
# serves en -> fr as well as fr -> en
if [ -r /usr/share/dictd/freedict-fra-eng.index ] &&
		[ ! -r /usr/share/dictd/freedict-eng-fra.index ]; then
	run align --segmented --src-lang en --tgt-lang fr $d/story.en.seg $d/story.en.seg
	expect_err_has "freedict-fra-eng.index"
fi
run align --segmented --src-lang fr --tgt-lang en $d/story.en.seg $d/story.en.seg
expect_rc 0
expect_err_has "/usr/share/dictd/freedict-fra-eng.index"
exit 0
