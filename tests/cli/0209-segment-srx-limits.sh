#!/bin/sh
# A user rule with a catastrophic regular expression stops at ICU's time
# limit (BITEXT_SRX_TIME_LIMIT) with an error naming the rule, instead of
# running for ever; no output is written. The files ask for ICU's
# boundaries (Okapi's option), so the break="no" rules run at them.
. tests/cli/lib.sh
mk_srx() {
	cat > "$T/$1.srx" <<X
<srx version="2.0" xmlns:okpsrx="http://okapi.sf.net/srx-extensions"><header><okpsrx:options useIcu4jBreakRules="yes"/></header><body><languagerules>
<languagerule languagerulename="A">
<rule break="$2">
<beforebreak>$3</beforebreak><afterbreak>$4</afterbreak>
</rule></languagerule></languagerules>
<maprules><languagemap languagepattern="en.*" languagerulename="A"/></maprules>
</body></srx>
X
}
{ printf 'One. '; head -c 3000 /dev/zero | tr '\000' X; printf '. Two. Three.\n'; } > "$T/in.txt"
mk_srx after no '\.' '\s(X+X+)+(?=Y)X'
mk_srx before no '(X+X+)+(?=Y)X\.' '\s'
mk_srx scan yes '(X+X+)+y' '\s'
for r in after before scan; do
	start=$(date +%s)
	timeout 120 "$BITEXT" segment --lang en --srx "$T/$r.srx" -o "$T/out.txt" "$T/in.txt" >"$T/out" 2>"$T/err"
	rc=$?
	[ $rc -ne 124 ] || fail "$r: still running after 120 s"
	expect_rc 65
	expect_err_has "$r.srx:3:"
	expect_err_has "BITEXT_SRX_TIME_LIMIT"
	[ $(( $(date +%s) - start )) -le 60 ] || fail "$r: the limit took too long"
	[ ! -e "$T/out.txt" ] || fail "$r: output written"
done
# a rule that cannot match within the text it may read (no "y" in the
# BITEXT_SRX_LOOKAHEAD units after the break) is ruled out before ICU runs:
# no error, and the sentences are the ones without the rule
mk_srx noy no '\.' '\s(X+X+)+y'
run segment --lang en --srx "$T/noy.srx" "$T/in.txt"
expect_rc 0
[ "$(wc -l < "$T/out")" -eq 4 ] || { cat "$T/out"; fail "noy: expected 4 sentences"; }
# the same rules on text they do not blow up on: no error
printf 'One. Two.\n' > "$T/ok.txt"
for r in after before scan; do
	run segment --lang en --srx "$T/$r.srx" "$T/ok.txt"
	expect_rc 0
done
exit 0
