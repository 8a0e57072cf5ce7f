# The review page of align --fixed and of align --links (Chromium,
# tests/browser/links-page.mjs): the confirmed links show confirmed, and the
# page saves the links it was given, so the loop page -> save -> --fixed ->
# page goes round without losing a confirmation
. tests/cli/lib.sh
c=corpora/ko-en/12-college-entrance-exam
[ -f $c.gold ] || skip "corpus not present"
printf '# bitext links\n1,2:1\tconfirmed\n5,6:6,7\tconfirmed\n' > "$T/fix"
run align --segmented $c.ko.seg $c.en.seg --fixed "$T/fix" -o "$T/re.links"
expect_rc 0
[ "$(grep -c confirmed "$T/re.links")" -eq 2 ] || fail "two confirmed links"
run align --segmented $c.ko.seg $c.en.seg --fixed "$T/fix" --format html -o "$T/re.html"
expect_rc 0
browser_test links-page.mjs "$T/re.html" "$T/re.links"
# --links: the gold links, a third of them confirmed, as they are
awk 'NR % 3 == 0 { print $0 "\tconfirmed"; next } { print }' $c.gold > "$T/given"
run align --segmented $c.ko.seg $c.en.seg --links "$T/given" --format html -o "$T/given.html"
expect_rc 0
browser_test links-page.mjs "$T/given.html" "$T/given"
exit 0
