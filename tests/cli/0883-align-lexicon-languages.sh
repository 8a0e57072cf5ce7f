# A learnt lexicon names its languages on its first line; given to align
# for another pair it is refused with the file and both pairs named, and
# one learnt the other way round is read backwards
. tests/cli/lib.sh
printf 'The house is red.\n\nThe tree is green.\n' > "$T/a.en"
printf 'La maison est rouge.\n\nL'"'"'arbre est vert.\n' > "$T/a.fr"
printf '# bitext-lexicon en de\nhouse\tHaus\t0.9\n' > "$T/ende.lex"
run align --src-lang en --tgt-lang fr --no-default-dict --dict "$T/ende.lex" "$T/a.en" "$T/a.fr" -o "$T/o.tsv"
expect_rc 65
expect_err_has "ende.lex"
expect_err_has "en -> de"
expect_err_has "en -> fr"
[ -e "$T/o.tsv" ] && fail "output written"
printf '# bitext-lexicon fr en\nmaison\thouse\t0.9\narbre\ttree\t0.8\n' > "$T/fren.lex"
run align --src-lang en --tgt-lang fr --no-default-dict --dict "$T/fren.lex" "$T/a.en" "$T/a.fr" -f tsv
expect_rc 0
expect_err_has "fren.lex: 2 entries"
printf '# bitext-lexicon en-US fr-CA\nhouse\tmaison\t0.9\n' > "$T/region.lex"
run align --src-lang en --tgt-lang fr --no-default-dict --dict "$T/region.lex" "$T/a.en" "$T/a.fr" -f tsv
expect_rc 0
exit 0
