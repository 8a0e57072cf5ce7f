# a review page of 20,000 links opens and scrolls without freezing
# (tests/browser/big.mjs): the first rows show before the rest are drawn,
# every link gets its row, and an edit at the end of the list takes effect.
# The times are printed, not asserted (doc/benchmarks.md has them).
. tests/cli/lib.sh
d=tests/data/align
# 20,000 sentence pairs: the news sentences again and again, numbered, in
# paragraphs of seven
for f in ko en; do
	grep -v '^$' $d/news.$f.seg > "$T/one.$f"
	awk -v n=20000 'NR == FNR { s[m++] = $0; next }
		END { for (i = 0; i < n; i++) { print s[i % m] " (" i ")"; if (i % 7 == 6) print "" } }' \
		"$T/one.$f" /dev/null > "$T/big.$f"
done
run align --segmented --src-lang ko --tgt-lang en --no-default-dict "$T/big.ko" "$T/big.en" --format html -o "$T/big.html"
expect_rc 0
run align --segmented --src-lang ko --tgt-lang en --no-default-dict "$T/big.ko" "$T/big.en" --format links
n=$(grep -c : "$T/out")
[ "$n" -ge 19000 ] || fail "only $n links"
browser_test big.mjs "$T/big.html" "$n"
exit 0
