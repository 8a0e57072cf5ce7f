# bitext eval: strict and lax scores of link files, folders of documents,
# malformed link files
. tests/cli/lib.sh
printf '0:0\n1,2:1\n3:\n:2\n4:3\n' > "$T/gold"
printf '0:0\n1:1\n2:\n3:\n4:2,3\n' > "$T/pred"
# strict: correct 0:0 and 3: -> P 2/5; found 0:0 of 3 gold -> R 1/3
# lax: 0:0, 1:1 (shares 1 and target 1), 3: (exact), 4:2,3 (shares 4, 3)
#      -> P 4/5; found 0:0, 1,2:1, 4:3 -> R 3/3
run eval "$T/gold" "$T/pred"
expect_rc 0
expect_out_has "strict   0.4000     0.3333  0.3636"
expect_out_has "lax      0.8000     1.0000  0.8889"
# folders: NAME.gold against NAME.links, counts pooled
mkdir -p "$T/g" "$T/p"
cp "$T/gold" "$T/g/one.gold"
cp "$T/pred" "$T/p/one.links"
printf '0:0\n' > "$T/g/two.gold"
printf '0:0\n' > "$T/p/two.links"
run eval --gold-dir "$T/g" --pred-dir "$T/p" --per-doc
expect_rc 0
expect_out_has "strict   0.5000     0.5000  0.5000"
expect_out_has "2 documents, 6 predicted links, 4 gold links with both sides"
expect_out_has "two.gold: strict F1 1.0000, lax F1 1.0000"
rm "$T/p/two.links"
run eval --gold-dir "$T/g" --pred-dir "$T/p"
expect_rc 66
expect_err_has "two.links"
# malformed: file and line
printf '0:0\n1;1\n' > "$T/bad"
run eval "$T/gold" "$T/bad"
expect_rc 65
expect_err_has "bad:2:2: not a link"
printf '0:0\n0:1\n' > "$T/dup"
run eval "$T/gold" "$T/dup"
expect_rc 65
expect_err_has "dup:2: source segment 0 appears in two links"
run eval "$T/gold"
expect_rc 2
run eval --help
expect_rc 0
expect_out_has "Sennrich & Volk"
exit 0
