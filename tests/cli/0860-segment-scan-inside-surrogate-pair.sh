#!/bin/sh
# A break="yes" rule is searched for at every position where its match may
# start. A character outside the BMP is two UTF-16 units, and no match
# starts between them: ICU's matcher, started there on a rule whose
# search backtracks ("(.*)x" then a lookahead that fails), read outside
# the text and crashed. The rule now runs from whole characters only, and
# gives the sentences it would give with the character in the BMP.
. tests/cli/lib.sh
cat > "$T/r.srx" <<'X'
<srx version="2.0"><body><languagerules><languagerule languagerulename="A">
<rule break="yes"><beforebreak>(.*)x</beforebreak><afterbreak>\s(?!y)</afterbreak></rule>
</languagerule></languagerules>
<maprules><languagemap languagepattern=".*" languagerulename="A"/></maprules></body></srx>
X
# U+1F600 (two units), then "x y": the rule cannot match (a "y" follows)
printf '\360\237\230\200x y\n' > "$T/a.txt"
run segment --lang en --srx "$T/r.srx" "$T/a.txt"
expect_rc 0
[ "$(cat "$T/out")" = "$(printf '\360\237\230\200x y')" ] || { cat "$T/out"; fail "one sentence expected"; }
# and the sentences are those of the same text with a BMP character there
printf '\360\237\230\200x z. \360\237\230\200 A x y x z\n' > "$T/b.txt"
sed 's/\xF0\x9F\x98\x80/\xC2\xA9/g' "$T/b.txt" > "$T/c.txt"
run segment --lang en --srx "$T/r.srx" "$T/b.txt"
expect_rc 0
sed 's/\xF0\x9F\x98\x80/\xC2\xA9/g' "$T/out" > "$T/b.seg"
run segment --lang en --srx "$T/r.srx" "$T/c.txt"
expect_rc 0
cmp -s "$T/b.seg" "$T/out" || { cat "$T/b.seg" "$T/out"; fail "not the sentences of the BMP text"; }
[ "$(wc -l < "$T/out")" -ge 2 ] || { cat "$T/out"; fail "the rule never broke"; }
exit 0
