#!/bin/sh
# terms list -o FILE.tbx and terms extract -o FILE.tbx write TBX-Basic in
# the TBX core structure (tbx/text/body/conceptEntry/langSec/termSec/term)
# that terms list reads back: the same glossary after the round trip.
. tests/cli/lib.sh
tb=corpora/ko-en/terms.tbx
run terms list $tb -o "$T/t.tbx"
expect_rc 0
xmllint --noout "$T/t.tbx" || fail "not well-formed"
grep -q '<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">' "$T/t.tbx" || fail "root"
grep -q '<conceptEntry id="kim-jong-un">' "$T/t.tbx" || fail "concept ids"
grep -q '<termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>' "$T/t.tbx" || fail "status"
# (the structure, checked by element path)
xmllint --xpath 'count(/*[local-name()="tbx"]/*[local-name()="text"]/*[local-name()="body"]/*[local-name()="conceptEntry"]/*[local-name()="langSec"]/*[local-name()="termSec"]/*[local-name()="term"])' "$T/t.tbx" > "$T/n"
run terms check $tb
expect_err_has "$(cat "$T/n") terms"
run terms list $tb
cp "$T/out" "$T/a.txt"
run terms list "$T/t.tbx"
expect_rc 0
diff "$T/a.txt" "$T/out" || fail "the TBX written reads back differently"
# a TSV glossary: forbidden terms come back deprecated, with a note
printf '# bitext-glossary ko en\n북한\tNorth Korea\tpreferred\t\n동해\tSea of Japan\tforbidden\t\n대통령\tPresident\tadmitted\ttitle <b>&</b>\n' > "$T/g.tsv"
run terms list "$T/g.tsv" -o "$T/g.tbx"
expect_rc 0
run terms list "$T/g.tbx"
expect_rc 0
expect_out_has "북한	North Korea	preferred	"
expect_out_has "동해	Sea of Japan	deprecated	forbidden"
expect_out_has "대통령	President	admitted	title <b>&</b>"
# extract: candidates as TBX, usable with check --terms
run terms extract -s ko -l en -o "$T/cand.tbx" tests/data/check/clean-ko-en.tsv
expect_rc 0
xmllint --noout "$T/cand.tbx" || fail "candidates: not well-formed"
run terms list "$T/cand.tbx"
expect_rc 0
grep -q '^북한	North' "$T/out" || fail "북한 not paired with North"
run check -t "$T/cand.tbx" tests/data/check/small.tmx
[ "$rc" -le 1 ] || fail "candidates not usable with --terms"
exit 0
