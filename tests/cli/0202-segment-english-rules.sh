#!/bin/sh
# English rules: titles, initialisms, times and months before numbers do not
# end sentences; "p.m. The" and "Inc. The" do; quotes continued in lowercase
# stay one sentence; URLs and versions never break
. tests/cli/lib.sh
# the sentences as printed, without the blank line that may end the output
trim_out() {
	awk '{ a[NR] = $0 } END { n = NR; while (n > 0 && a[n] == "") n--;
		for (i = 1; i <= n; i++) print a[i] }' "$T/out" > "$T/out.trim"
	mv "$T/out.trim" "$T/out"
}
cat > "$T/en.txt" <<'TXT'
SEOUL, Dec. 3 (Yonhap) -- U.S. President Joe Biden met Mr. Yoon at 10:30 a.m. Seoul time. The talks ended at 3 p.m. The two leaders did not take questions.
"Why now?" she asked. The deal was signed with Apple Inc. The file v1.2 is at example.com for download.
TXT
run segment --lang en "$T/en.txt"
expect_rc 0
trim_out
expect_out_is 'SEOUL, Dec. 3 (Yonhap) -- U.S. President Joe Biden met Mr. Yoon at 10:30 a.m. Seoul time.
The talks ended at 3 p.m.
The two leaders did not take questions.
"Why now?" she asked.
The deal was signed with Apple Inc.
The file v1.2 is at example.com for download.'
