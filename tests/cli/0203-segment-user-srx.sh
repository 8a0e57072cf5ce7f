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
