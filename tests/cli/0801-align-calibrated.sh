# A link's confidence says how likely it is to be right: on the news of
# corpora/ (ko-en and ja-en, gold links; the confidence map was fitted
# elsewhere), in every band of `bitext eval` that holds 20 links or more,
# the share of right links (strict) is within 0.1 of their mean confidence
. tests/cli/lib.sh
mkdir -p "$T/gold" "$T/pred"
for pair in ko-en ja-en; do
	src=${pair%-en}
	for g in corpora/$pair/*.gold; do
		n=$(basename "$g" .gold)
		cp "$g" "$T/gold/$n.gold"
		run align --segmented --src-lang "$src" --tgt-lang en --format jsonl \
			-o "$T/pred/$n.jsonl" "corpora/$pair/$n.$src.seg" \
			"corpora/$pair/$n.en.seg"
		expect_rc 0
	done
done
run eval --format tsv --gold-dir "$T/gold" --pred-dir "$T/pred" --ext .jsonl
expect_rc 0
awk -F'\t' 'NR > 1 && $1 != "" && $3 >= 20 {
	d = $4 - $5; if (d < 0) d = -d
	printf "band %s-%s: %d links, mean confidence %s, right %s\n", $1, $2, $3, $4, $5
	if (d > 0.1) bad = 1
} END { exit bad }' "$T/out" > "$T/bands" ||
	{ cat "$T/bands"; fail "a band's confidence is off by more than 0.1"; }
cat "$T/bands"
exit 0
