# bitext lexicon learn MEMORY -o LEXICON: word translation probabilities
# learnt with IBM Model 1 from a small hand-written German-English memory
# (20 units): the lexicon has its header, pairs such as Haus -> house with
# their probabilities, and Haus not also -> the (a word of most units);
# progress goes to stderr; align --dict reads it
# back and places the German story's sentences that length alone misplaces,
# as --learn MEMORY does in one run. Errors: a missing memory, no
# languages, no subcommand.
. tests/cli/lib.sh
d=tests/data/lexicon
s=tests/data/dictd
run lexicon learn $d/mem.de-en.tsv -o "$T/lex.tsv"
expect_rc 0
expect_err_has "20 units of de -> en"
expect_err_has "EM iteration 5 of 5"
expect_err_has "word pairs written"
head -n 1 "$T/lex.tsv" | grep -qx '# bitext-lexicon de en' ||
	{ head -n 3 "$T/lex.tsv"; fail "header"; }
for pair in 'Haus	house' 'Kinder	children' 'Garten	garden' 'Fluss	river' \
		'Wetter	weather'; do
	grep -q "^$pair	0\.[0-9]*$" "$T/lex.tsv" ||
		{ cat "$T/lex.tsv"; fail "no pair '$pair' with a probability"; }
done
grep -qi '^Haus	the	' "$T/lex.tsv" && fail "learnt Haus -> the (chance)"
# read back as a dictionary
o="--segmented --src-lang de --tgt-lang en --no-default-dict"
run align $o --dict "$T/lex.tsv" $s/story.de.seg $s/story.en.seg
expect_rc 0
grep -qx '2:1' "$T/out" && grep -qx '3:2' "$T/out" ||
	{ cat "$T/out"; fail "links with the learnt lexicon"; }
cp "$T/out" "$T/with-dict.links"
run align $o --learn $d/mem.de-en.tsv $s/story.de.seg $s/story.en.seg
expect_rc 0
cmp -s "$T/out" "$T/with-dict.links" ||
	{ cat "$T/out"; fail "--learn gives other links than --dict of the learnt lexicon"; }
expect_err_has "dictionary --learn $d/mem.de-en.tsv: "
# to standard output; languages given
run lexicon learn --src-lang de --tgt-lang en $d/mem.de-en.tsv
expect_rc 0
expect_out_has "# bitext-lexicon de en"
# errors
run lexicon learn "$T/missing.tmx" -o "$T/x.tsv"
expect_rc 66
[ -e "$T/x.tsv" ] && fail "output written after an error"
run lexicon "$T/x.tsv"
expect_rc 2
run lexicon --help
expect_rc 0
expect_out_has "IBM Model 1"
run align --help
expect_out_has "--learn MEMORY"
exit 0
