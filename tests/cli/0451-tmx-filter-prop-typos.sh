#!/bin/sh
# tmx filter --prop: a malformed expression or a numeric comparison with a
# value that is no number is a usage error naming the expression; a prop
# type that no unit has gets a warning.
. tests/cli/lib.sh
d=tests/data/tmx
for e in 'x-score<<' 'x-score<=>0.5' 'x-score!0.5' '<0.5' '=x'; do
	run tmx filter $d/inline14.tmx --prop "$e"
	expect_rc 2
	expect_err_has "bad prop filter '$e'"
	[ ! -s "$T/out" ] || fail "output for '$e'"
done
run tmx filter $d/inline14.tmx --prop 'x-score<abc' -o "$T/f.tmx"
expect_rc 2
expect_err_has "bad prop filter 'x-score<abc': < compares numbers, and 'abc' is not a number"
[ ! -e "$T/f.tmx" ] || fail "output written"
# a misspelt type: kept nothing, and says why
run tmx filter $d/inline14.tmx --prop 'x-scor<0.5'
expect_rc 0
expect_err_has "no unit of the input has a prop of type 'x-scor'"
# a type that exists: no warning, even when no unit passes
run tmx filter $d/inline14.tmx --prop 'x-score>0.9'
expect_rc 0
grep -q "no unit of the input has" "$T/err" && fail "warning for a type in use"
# a unit whose value is no number never passes a numeric comparison
printf '<tmx version="1.4"><header srclang="en"/><body>\n<tu tuid="a"><prop type="x-score">high</prop><tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="fr"><seg>a</seg></tuv></tu>\n<tu tuid="b"><prop type="x-score">0.3</prop><tuv xml:lang="en"><seg>b</seg></tuv><tuv xml:lang="fr"><seg>b</seg></tuv></tu>\n</body></tmx>\n' > "$T/m.tmx"
run tmx filter "$T/m.tmx" --prop 'x-score<0.5'
expect_rc 0
grep -q 'tuid="b"' "$T/out" || fail "0.3 < 0.5"
grep -q 'tuid="a"' "$T/out" && fail "'high' compared as a string"
run tmx filter "$T/m.tmx" --prop 'x-score=high'
grep -q 'tuid="a"' "$T/out" || fail "string equality"
exit 0
