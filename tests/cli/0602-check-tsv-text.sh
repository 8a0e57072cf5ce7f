#!/bin/sh
# Text reports: FILE:UNIT: severity: [check] message; exit 1 on errors,
# --fail-on decides which severity fails.
. tests/cli/lib.sh
printf 'source\ttarget\n북한이 4만7000명을 동원했다.\tNorth Korea mobilized 47,000 people.\n그는 영화를 봤다.\tHe saw the the film.\n정부가 발표했다.\t\n' > "$T/m.tsv"
run check "$T/m.tsv"
expect_rc 1
expect_out_has "$T/m.tsv:unit 2: warning: [repeated] repeated word in the target: “the the”"
expect_out_has "$T/m.tsv:unit 3: error: [empty] the target is empty"
if grep -q ':unit 1:' "$T/out"; then fail "unit 1 is clean"; fi
# only warnings: exit 0 by default, 1 with --fail-on warning
printf '그는 영화를 봤다.\tHe saw the the film.\n' > "$T/w.tsv"
run check "$T/w.tsv"
expect_rc 0
run check --fail-on warning "$T/w.tsv"
expect_rc 1
run check --fail-on loud "$T/w.tsv"
expect_rc 2
# CSV with RFC 4180 quotes
printf 'source,target\n"그는 ""좋다""고 말했다.","He said ""good."""\n북한이 발사했다.,North Korea  fired.\n' > "$T/m.csv"
run check -s ko -l en "$T/m.csv"
expect_rc 0
expect_out_has "$T/m.csv:unit 2: warning: [whitespace] double space"
if grep -q ':unit 1:' "$T/out"; then fail "quoted CSV row misread"; fi
exit 0
