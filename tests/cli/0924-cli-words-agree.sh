# What a new user types first: a long option spelled a little off gets the
# option it meant; 'terms validate' (the word of 'bitext help') works as
# 'terms check'; a UI language without messages is said, not ignored
. tests/cli/lib.sh
printf 'Hello.\n' > "$T/a.en"
printf 'Hallo.\n' > "$T/a.de"
run align "$T/a.en" "$T/a.de" --target-lang de
expect_rc 2
expect_err_has "did you mean --tgt-lang?"
run align "$T/a.en" "$T/a.de" --tgt-lnag de
expect_rc 2
expect_err_has "did you mean --tgt-lang?"
run segment --lnag en "$T/a.en"
expect_rc 2
expect_err_has "did you mean --lang?"
run check --source-lang=en "$T/a.en" "$T/a.de"
expect_rc 2
expect_err_has "did you mean --src-lang?"
# nothing close: no guess
run segment --frobnicate "$T/a.en"
expect_rc 2
grep -q "did you mean" "$T/err" && fail "a guess for an option like no other"
# bitext help says terms validates: the command takes the word
"$BITEXT" help | grep -q "validate" || fail "bitext help no longer says validate"
printf 'Haus\thouse\nHaus\thouse\n' > "$T/g.tsv"
run terms check -s de -l en "$T/g.tsv"
cp "$T/out" "$T/check.out"
crc=$rc
run terms validate -s de -l en "$T/g.tsv"
[ "$rc" -eq "$crc" ] || fail "terms validate exit $rc, terms check $crc"
cmp -s "$T/check.out" "$T/out" || fail "terms validate says otherwise than terms check"
# --ui-lang of a language without messages
run --ui-lang fr segment -l en "$T/a.en"
expect_rc 0
expect_err_has "'fr'"
expect_err_has "en and ko"
run --ui-lang ko segment -l en "$T/a.en"
expect_rc 0
[ -s "$T/err" ] && { cat "$T/err"; fail "--ui-lang ko warned"; }
run segment --ui-lang=en -l en "$T/a.en"
expect_rc 0
[ -s "$T/err" ] && { cat "$T/err"; fail "--ui-lang=en warned"; }
exit 0
