#!/bin/sh
# --srx takes rules exported from OmegaT (cascading language maps) or Okapi
# (with okpsrx extensions) instead of the shipped ones
. tests/cli/lib.sh
# the sentences as printed, without the blank line that may end the output
trim_out() {
	awk '{ a[NR] = $0 } END { n = NR; while (n > 0 && a[n] == "") n--;
		for (i = 1; i <= n; i++) print a[i] }' "$T/out" > "$T/out.trim"
	mv "$T/out.trim" "$T/out"
}
printf 'Ask Mr. Lee; he knows. Then go.\n' > "$T/en.txt"
run segment --lang en "$T/en.txt"
expect_rc 0
trim_out
expect_out_is 'Ask Mr. Lee; he knows.
Then go.'
run segment --lang en --srx tests/data/segment/omegat-style.srx "$T/en.txt"
expect_rc 0
trim_out
expect_out_is 'Ask Mr. Lee;
he knows.
Then go.'
printf 'It is from the U.K. not the U.S. Is Dr. Watson there? Yes: both are.\n' > "$T/ok.txt"
run segment --lang en-GB --srx tests/data/segment/okapi-style.srx "$T/ok.txt"
expect_rc 0
trim_out
expect_out_is 'It is from the U.K. not the U.S.
Is Dr. Watson there?
Yes:
both are.'
# The user's rules decide alone, as in OmegaT and Okapi: a position where
# no rule matches is no break, even where ICU has one ("! 5" breaks for
# ICU; the OmegaT-style rule wants a capital after the mark)
printf 'Hello world! 5 apples are here. Done.\n' > "$T/num.txt"
run segment --lang en --srx tests/data/segment/omegat-style.srx "$T/num.txt"
expect_rc 0
trim_out
expect_out_is 'Hello world! 5 apples are here.
Done.'
# without --srx the shipped English rules and ICU break there
run segment --lang en "$T/num.txt"
expect_rc 0
trim_out
expect_out_is 'Hello world!
5 apples are here.
Done.'
# a file that asks for ICU's breaks (Okapi's useIcu4jBreakRules="yes")
# gets them wherever its rules are silent
run segment --lang en --srx tests/data/segment/okapi-icu.srx "$T/num.txt"
expect_rc 0
trim_out
expect_out_is 'Hello world!
5 apples are here.
Done.'
printf 'Ask Dr. Kim. He knows.\n' > "$T/dr.txt"
run segment --lang en --srx tests/data/segment/okapi-icu.srx "$T/dr.txt"
expect_rc 0
trim_out
expect_out_is 'Ask Dr. Kim.
He knows.'
# a language the file does not map is left to ICU alone
printf 'Il est venu. Elle est partie. 5 pommes.\n' > "$T/fr.txt"
run segment --lang en --srx tests/data/segment/french-only.srx "$T/num.txt"
expect_rc 0
trim_out
expect_out_is 'Hello world!
5 apples are here.
Done.'
run segment --lang fr --srx tests/data/segment/french-only.srx "$T/fr.txt"
expect_rc 0
trim_out
expect_out_is 'Il est venu.
Elle est partie. 5 pommes.'
