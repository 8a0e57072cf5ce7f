#!/bin/sh
# Quality: the clean ko-en memory (real news units and tricky cases) has no
# finding at warning or above; in the planted memory (one problem a unit)
# the planted check is found in at least 95% of the units.
. tests/cli/lib.sh
[ -r /usr/share/hunspell/en_US.dic ] || skip "no en_US hunspell dictionary"
run check --fail-on warning -t corpora/ko-en/terms.tbx tests/data/check/clean-ko-en.tsv
[ "$rc" -eq 0 ] || { grep -v ' info: ' "$T/out"; fail "clean memory has findings"; }
run check -f jsonl -t corpora/ko-en/terms.tbx tests/data/check/planted-ko-en.tsv
expect_rc 1
grep -v '"severity": "info"' "$T/out" | sed 's/^{"unit": \([0-9]*\), "check": "\([a-z]*\)".*/\1\t\2/' | sort -u > "$T/found"
total=$(wc -l < tests/data/check/planted-ko-en.expected)
hit=$(sort tests/data/check/planted-ko-en.expected | comm -12 - "$(sort "$T/found" > "$T/found.s"; echo "$T/found.s")" | wc -l)
echo "planted: $hit of $total found"
[ $((hit * 100)) -ge $((total * 95)) ] || fail "recall $hit/$total under 95%"
exit 0
