#!/bin/sh
# `terms list` then `terms check` on the glossary: the same concepts as the
# termbase, no made-up "occurs in several concepts", findings once each
# and in line order.
. tests/cli/lib.sh
TB=corpora/ko-en/terms.tbx
[ -f "$TB" ] || TB=tests/data/check/terms.tbx
run terms check "$TB"
expect_rc 0
sed -n 's/^\([0-9][0-9]*\) concepts.*/\1/p' "$T/err" > "$T/n1"
run terms list -o "$T/g.tsv" "$TB"
expect_rc 0
run terms check "$T/g.tsv"
expect_rc 0
sed -n 's/^\([0-9][0-9]*\) concepts.*/\1/p' "$T/err" > "$T/n2"
[ -s "$T/n1" ] && cmp -s "$T/n1" "$T/n2" ||
	fail "concepts: termbase $(cat "$T/n1"), glossary $(cat "$T/n2")"
grep -q "several concepts" "$T/out" && fail "glossary: $(head -3 "$T/out")"
run terms list "$T/g.tsv"
cmp -s "$T/out" "$T/g.tsv" || fail "list of the glossary differs from the glossary"
# findings sorted by line, once each
printf '# bitext-glossary ko en\n소니\tSony\n유엔\tUN\n해커\thacker\n유엔\tUN\n소니\tSony\n소니\tSony\n' > "$T/r.tsv"
run terms check "$T/r.tsv"
expect_rc 1
cut -d: -f2 "$T/out" > "$T/lines"
printf '5\n6\n7\n' | cmp -s - "$T/lines" || fail "findings: $(cat "$T/out")"
exit 0
