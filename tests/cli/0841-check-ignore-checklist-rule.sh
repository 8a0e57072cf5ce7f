#!/bin/sh
# A "not a problem" mark on a checklist finding holds for that rule alone:
# ignore lists and the HTML report's marks key checklist findings by
# checklist:RULE-ID, so that marking one rule's finding does not hide
# another rule's finding on the same text. Old lists (plain `checklist`)
# are still read and mark every rule's finding on their text, as before.
. tests/cli/lib.sh
cat > "$T/c.checklist" <<'CL'
[galaxy-trademark]
severity = warning
message = Galaxy needs the trademark sign on first use
target = \bGalaxy\b

[galaxy-in-english]
severity = error
message = the product name Galaxy stays in English
source = 갤럭시
target = \bGalaxy\b
when = both
CL
src='갤럭시 S24가 나왔다.'
printf 'ko\ten\n%s\tThe Galaxy S24 is out.\n' "$src" > "$T/m.tsv"
run check --checklist "$T/c.checklist" "$T/m.tsv"
expect_rc 1
expect_out_has '[checklist:galaxy-trademark]'
expect_out_has '[checklist:galaxy-in-english]'
# -f ignore names each rule
run check --checklist "$T/c.checklist" -f ignore -o "$T/all.ignore" "$T/m.tsv"
grep -q "^checklist:galaxy-trademark	$src	Galaxy\$" "$T/all.ignore" ||
	{ cat "$T/all.ignore"; fail "-f ignore lacks the rule id"; }
grep -q "^checklist:galaxy-in-english	" "$T/all.ignore" || fail "-f ignore lacks the second rule"
# one rule marked: the other stays
grep -v 'galaxy-in-english' "$T/all.ignore" > "$T/one.ignore"
run check --checklist "$T/c.checklist" --ignore "$T/one.ignore" "$T/m.tsv"
expect_rc 1
expect_out_has '[checklist:galaxy-in-english]'
grep -q 'galaxy-trademark' "$T/out" && fail "the marked rule is still reported"
expect_err_has "1 finding marked not a problem (--ignore) left out"
# the HTML report's marks carry the rule id
run check --checklist "$T/c.checklist" -f html -o "$T/r.html" "$T/m.tsv"
grep -q 'data-key="checklist:galaxy-trademark&#9;' "$T/r.html" ||
	grep -q 'data-key="checklist:galaxy-trademark	' "$T/r.html" ||
	{ grep -o 'data-key="[^"]*"' "$T/r.html"; fail "html marks lack the rule id"; }
# an old list (check name alone) is read and marks both, as it did
printf '# bitext ignore\nchecklist\t%s\tGalaxy\n' "$src" > "$T/old.ignore"
run check --checklist "$T/c.checklist" --ignore "$T/old.ignore" "$T/m.tsv"
expect_rc 0
expect_err_has "2 findings marked not a problem"
# a rule id that cannot be one: an error with file, line and column
printf 'checklist:bad id!\t%s\tGalaxy\n' "$src" > "$T/bad.ignore"
run check --checklist "$T/c.checklist" --ignore "$T/bad.ignore" "$T/m.tsv"
expect_rc 65
expect_err_has "bad.ignore:1:14: 'checklist:bad id!' is no checklist rule"
# a mark on another check's finding with the same text is no checklist mark
printf 'spelling\t%s\tGalaxy\n' "$src" > "$T/sp.ignore"
run check --checklist "$T/c.checklist" --ignore "$T/sp.ignore" "$T/m.tsv"
expect_rc 1
grep -c 'checklist:' "$T/out" | grep -qx 2 || { cat "$T/out"; fail "a spelling mark hid a checklist finding"; }
exit 0
