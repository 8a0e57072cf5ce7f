#!/bin/sh
# terms extract proposes aligned phrases and transliterated names as a
# glossary that --terms accepts.
. tests/cli/lib.sh
run terms extract -s ko -l en -o "$T/cand.tsv" tests/data/check/clean-ko-en.tsv
expect_rc 0
grep -q '^# bitext-glossary ko en' "$T/cand.tsv" || fail "no header"
grep -q '^북한	North' "$T/cand.tsv" || { head -30 "$T/cand.tsv"; fail "북한 not paired with North"; }
grep -q '	name count=' "$T/cand.tsv" || fail "no transliterated name"
run terms check "$T/cand.tsv"
[ "$rc" -le 1 ] || fail "candidates do not load as a glossary"
run check -t "$T/cand.tsv" tests/data/check/small.tmx
[ "$rc" -le 1 ] || fail "candidates not usable with --terms"
exit 0
