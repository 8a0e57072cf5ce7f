#!/bin/sh
# TMX <-> TSV <-> CSV <-> JSON Lines keep the texts; NFC is reported.
. tests/cli/lib.sh
d=tests/data/tmx
run tmx convert $d/trados-utf16.tmx -o "$T/a.tsv"
expect_rc 0
expect_err_has "2 units written"
head -n 1 "$T/a.tsv" | grep -qx "$(printf 'KO-KR\tEN-US')" || fail "TSV header row"
grep -q "북한이 동해상으로 탄도미사일을 발사했다." "$T/a.tsv" || fail "TSV text"
run tmx convert "$T/a.tsv" -o "$T/a.csv"
expect_rc 0
run tmx convert "$T/a.csv" -o "$T/a.jsonl"
expect_rc 0
run tmx convert "$T/a.jsonl" -o "$T/b.tmx"
expect_rc 0
run tmx convert "$T/b.tmx" --to tsv
expect_rc 0
sed 1d "$T/a.tsv" > "$T/x"
sed 1d "$T/out" > "$T/y"
diff "$T/x" "$T/y" || fail "texts changed on the way"
# CSV with quotes, commas, newlines (RFC 4180)
printf 'en-US,fr-FR\r\n"He said ""hi"", then left","Il a dit « salut »,\r\npuis est parti"\r\nplain,simple\r\n' > "$T/q.csv"
run tmx convert "$T/q.csv" -o "$T/q.jsonl"
expect_rc 0
grep -qF '"text":"He said \"hi\", then left"' "$T/q.jsonl" || { cat "$T/q.jsonl"; fail "CSV quotes"; }
grep -qF 'salut »,\r\npuis' "$T/q.jsonl" || fail "CSV newline in field"
run tmx convert "$T/q.jsonl" -o "$T/q2.csv"
expect_rc 0
cmp "$T/q.csv" "$T/q2.csv" || fail "CSV round trip"
# inline codes survive JSON Lines
run tmx convert $d/inline14.tmx -o "$T/i.jsonl"
run tmx convert "$T/i.jsonl" -o "$T/i.tmx"
expect_rc 0
grep -q '<bpt i="1" x="1" type="bold">&lt;b&gt;</bpt>' "$T/i.tmx" || fail "codes lost"
grep -q '<tuv xml:lang="en-US" creationid="alice">' "$T/i.tmx" || fail "variant attributes lost"
grep -q '<prop type="x-origin">manual</prop>' "$T/i.tmx" || fail "variant props lost"
grep -q '<note>low score</note>' "$T/i.tmx" || fail "notes lost"
# NFD input is normalized and counted
printf 'en\tfr\ncafe\314\201\tcaf\303\251\n' > "$T/n.tsv"
run tmx convert "$T/n.tsv" --to tsv
expect_rc 0
expect_err_has "1 segment normalized to Unicode NFC"
grep -q "$(printf 'caf\303\251\tcaf\303\251')" "$T/out" || fail "not NFC"
# a bad JSON line: error with line, no output file
printf '{"tuvs":[{"lang":"en","text":"a"}]}\n{"tuvs":[\n' > "$T/bad.jsonl"
run tmx convert "$T/bad.jsonl" -o "$T/bad.tmx"
expect_rc 65
expect_err_has "bad.jsonl:2"
[ ! -e "$T/bad.tmx" ] || fail "output written for bad input"
run tmx convert "$T/bad.jsonl" --recover -o "$T/bad.tmx"
expect_rc 0
expect_err_has "1 unit could not be read"
exit 0
