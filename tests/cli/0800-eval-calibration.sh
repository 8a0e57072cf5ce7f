# bitext eval: calibration of the confidence - per band, the predicted
# links, their mean confidence and the share that is right (strict, lax),
# from JSON Lines predictions as `bitext align --format jsonl` writes them;
# text, TSV and JSON output; a malformed confidence is an error with its line
. tests/cli/lib.sh
printf '0:0\n1:1\n2,3:2\n4:3\n5:\n6:4\n7:5\n8:6\n' > "$T/gold"
# band < 0.5:     5: (0.4, right)                      -> 1 link, 1/1, 1/1
# band 0.5-0.8:   3: (0.6, wrong), 6:4 (0.5, right)     -> 2 links, 1/2, 1/2
# band 0.8-0.95:  4:3 (0.8, right)                      -> 1 link, 1/1, 1/1
# band >= 0.95:   0:0 (1), 1:1 (0.97), 2:2 (0.96, lax only),
#                 7:5,6 (0.95, lax only)                -> 4 links, 2/4, 4/4
# 8: has no confidence (null)
cat > "$T/pred.jsonl" <<'J'
{"src":[0],"tgt":[0],"shape":"1-1","confidence":1,"source":"a","target":"b"}
{"src":[1],"tgt":[1],"shape":"1-1","confidence":0.97}
{"src":[2],"tgt":[2],"confidence":0.96}
{"src":[3],"tgt":[],"confidence":0.6}
{"tgt":[3],"src":[4],"confidence":8e-1}
{"src":[5],"tgt":[],"confidence":0.4}
{"src":[6],"tgt":[4],"confidence":0.5}
{"src":[7],"tgt":[5, 6],"confidence":0.95,"note":{"x":[1,2]}}
{"src":[8],"tgt":[],"confidence":null}
J
run eval "$T/gold" "$T/pred.jsonl"
expect_rc 0
# strict: right 0:0 1:1 4:3 5: 6:4 = 5/9; found 0:0 1:1 4:3 6:4 of 7 = 4/7
expect_out_has "strict   0.5556     0.5714  0.5634"
expect_out_has "< 0.5               1  0.400   1.000   1.000"
expect_out_has "0.5 - 0.8           2  0.550   0.500   0.500"
expect_out_has "0.8 - 0.95          1  0.800   1.000   1.000"
expect_out_has ">= 0.95             4  0.970   0.500   1.000"
expect_out_has "no confidence       1"
run eval --format tsv "$T/gold" "$T/pred.jsonl"
expect_rc 0
expect_out_is "$(printf 'from\tto\tlinks\tconfidence\tstrict\tlax
0\t0.5\t1\t0.4000\t1.0000\t1.0000
0.5\t0.8\t2\t0.5500\t0.5000\t0.5000
0.8\t0.95\t1\t0.8000\t1.0000\t1.0000
0.95\t1\t4\t0.9700\t0.5000\t1.0000
\t\t1\t\t\t')"
run eval --format json "$T/gold" "$T/pred.jsonl"
expect_rc 0
expect_out_has '"strict":{"precision":0.5556,"recall":0.5714,"f1":0.5634}'
expect_out_has '"calibration":[{"from":0,"to":0.5,"links":1,"confidence":0.4000,"strict":1.0000,"lax":1.0000},'
expect_out_has '{"from":0.95,"to":1,"links":4,"confidence":0.9700,"strict":0.5000,"lax":1.0000}],"unscored":1'
# a link file has no confidence: every link is unscored, empty bands
printf '0:0\n1:1\n' > "$T/pred.links"
run eval --format json "$T/gold" "$T/pred.links"
expect_rc 0
expect_out_has '{"from":0,"to":0.5,"links":0,"confidence":null,"strict":null,"lax":null}'
expect_out_has '"unscored":2'
run eval "$T/gold" "$T/pred.links"
expect_rc 0
expect_out_has "no predicted link carries a confidence"
# folders of JSON Lines (--ext), pooled
mkdir -p "$T/g" "$T/p"
cp "$T/gold" "$T/g/a.gold"
cp "$T/pred.jsonl" "$T/p/a.jsonl"
printf '0:0\n' > "$T/g/b.gold"
printf '{"src":[0],"tgt":[0],"confidence":0.2}\n' > "$T/p/b.jsonl"
run eval --gold-dir "$T/g" --pred-dir "$T/p" --ext .jsonl
expect_rc 0
expect_out_has "< 0.5               2  0.300   1.000   1.000"
# the real thing: an alignment scored against its own links is all right
printf 'One line here.\nTwo lines there.\n' > "$T/s"
printf 'Eine Zeile hier.\nZwei Zeilen dort.\n' > "$T/t"
run align --segmented --src-lang en --tgt-lang de --no-default-dict \
	--format jsonl -o "$T/al.jsonl" "$T/s" "$T/t"
expect_rc 0
run align --segmented --src-lang en --tgt-lang de --no-default-dict \
	-o "$T/al.links" "$T/s" "$T/t"
run eval --format json "$T/al.links" "$T/al.jsonl"
expect_rc 0
expect_out_has '"unscored":0'
expect_out_has '"strict":{"precision":1.0000,"recall":1.0000,"f1":1.0000}'
# malformed confidences and JSON: file and line
printf '{"src":[0],"tgt":[0],"confidence":0.5}\n{"src":[1],"tgt":[1],"confidence":1.5}\n' > "$T/bad.jsonl"
run eval "$T/gold" "$T/bad.jsonl"
expect_rc 65
expect_err_has "bad.jsonl:2:"
expect_err_has "confidence"
printf '{"src":[0],"tgt":[0]}\n{"src":[1],"tgt":[1,"x"]}\n' > "$T/bad2.jsonl"
run eval "$T/gold" "$T/bad2.jsonl"
expect_rc 65
expect_err_has "bad2.jsonl:2:"
printf '{"src":[0],"tgt":[0]}\n{"tgt":[1]\n' > "$T/bad3.jsonl"
run eval "$T/gold" "$T/bad3.jsonl"
expect_rc 65
expect_err_has "bad3.jsonl:2:"
run eval --format xml "$T/gold" "$T/pred.jsonl"
expect_rc 2
run eval --help
expect_rc 0
expect_out_has "0.8 - 0.95"
exit 0
